// Domain words the grammar reads structure by: kinds of instrument and the words that head
// the notes of an exchange. One place; the model re-exports what it needs.
import { foldScript } from './script';

// The other languages' words (article and chapter headings, kinds of instrument, signing clauses).
export * from './foreign';

/** Kinds of instrument, longest first so that 联合声明 wins over 声明. */
export const INSTRUMENT_KINDS = [
  '联合新闻公报', '联合公报', '联合声明', '联合宣言', '谅解备忘录', '备忘录', '议定书', '补充协定', '补充协议',
  '会谈纪要', '会议纪要', '纪要', '和约', '条约', '协定', '协议', '公约', '宪章', '换文', '宣言', '声明', '公报', '公告',
  '规约', '盟约', '决议', '布告', '修正案', '决定', '办法', '条例', '规定', '法',
];

/** Kinds that are laws and rules rather than instruments between parties: a title alone does not make a document one. */
export const LAW_KINDS = new Set(['决定', '办法', '条例', '规定', '法']);

const MARKUP = /<sup>[^<]*<\/sup>|<[^>]{1,20}>|\[\^[^\]]*\]|\\\*|[*_`#\s\u3000《》〈〉“”"「」]+/g;

/** A line of a title as the kinds are matched on it: simplified, no markup or white space. */
export function titleWords(raw: string): string {
  return foldScript(raw).replace(MARKUP, '');
}

/** The kind a (normalized) title ends with, a bracketed remark after it apart: `世界人权宣言`, `…协定（草案）`. */
export function endingKind(words: string): string | undefined {
  const t = words.replace(/(?:[（(][^）)]*[）)])+$/, '');
  for (const k of INSTRUMENT_KINDS) if (t.endsWith(k)) return k;
  return undefined;
}

/** A note of an exchange of notes is headed by who sent it: `(一)中方去文`, `对方来文`, `我方复照`. */
export const NOTE_HEAD = /^(?:[（(][ \t\u3000]*[一二三四五六七八九十]{1,3}[ \t\u3000]*[）)][ \t\u3000]*)?[^，。；：,;:\s]{0,16}(?:来文|去文|来照|去照|复照|照会)(?:[ \t\u3000]*[（(][^）)]{0,20}[）)])?$/;

// ---------------------------------------------------------------------------------------------
// Parallel texts (features/align.ts, model/quantities.ts): number words and units of measure in
// Chinese, Russian, English and French (languages and months are in foreign.ts).

/** Russian number words, every case form (`пять`, `пяти`, `пятью`): the word → its value. */
export const RU_NUMBER_WORDS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  const add = (n: number, ...forms: string[]) => forms.forEach((f) => m.set(f, n));
  add(1, 'один', 'одна', 'одно', 'одного', 'одной', 'одному', 'одним', 'одном', 'одну');
  add(2, 'два', 'две', 'двух', 'двум', 'двумя');
  add(3, 'три', 'трех', 'трёх', 'трем', 'трём', 'тремя');
  add(4, 'четыре', 'четырех', 'четырёх', 'четырем', 'четырём', 'четырьмя');
  add(8, 'восемь', 'восьми', 'восемью', 'восьмью');
  add(40, 'сорок', 'сорока');
  add(90, 'девяносто', 'девяноста');
  add(100, 'сто', 'ста');
  // Stems declined -ь / -и / -ью: пять, пяти, пятью.
  const soft: [string, number][] = [['пят', 5], ['шест', 6], ['сем', 7], ['девят', 9], ['десят', 10], ['одиннадцат', 11], ['двенадцат', 12],
    ['тринадцат', 13], ['четырнадцат', 14], ['пятнадцат', 15], ['шестнадцат', 16], ['семнадцат', 17], ['восемнадцат', 18], ['девятнадцат', 19],
    ['двадцат', 20], ['тридцат', 30]];
  for (const [stem, n] of soft) add(n, stem + 'ь', stem + 'и', stem + 'ью');
  add(50, 'пятьдесят', 'пятидесяти', 'пятьюдесятью');
  add(60, 'шестьдесят', 'шестидесяти', 'шестьюдесятью');
  add(70, 'семьдесят', 'семидесяти', 'семьюдесятью');
  add(80, 'восемьдесят', 'восьмидесяти', 'восемьюдесятью');
  add(200, 'двести', 'двухсот', 'двумстам');
  add(300, 'триста', 'трехсот', 'трёхсот');
  add(400, 'четыреста', 'четырехсот', 'четырёхсот');
  add(500, 'пятьсот', 'пятисот');
  add(600, 'шестьсот', 'шестисот');
  add(700, 'семьсот', 'семисот');
  add(800, 'восемьсот', 'восьмисот');
  add(900, 'девятьсот', 'девятисот');
  return m;
})();
/** The first part of a compound adjective of duration (`пятилетний`, `шестимесячный`, `трехдневный`): the number. */
export const RU_COMPOUND_PREFIXES: Record<string, number> = {
  одно: 1, двух: 2, трех: 3, трёх: 3, четырех: 4, четырёх: 4, пяти: 5, шести: 6, семи: 7, восьми: 8, девяти: 9, десяти: 10,
  двенадцати: 12, пятнадцати: 15, двадцати: 20, тридцати: 30, сорока: 40, шестидесяти: 60, девяноста: 90, ста: 100,
};
/** Russian words for thousand, million, billion (stems). */
export const RU_MULTIPLIERS: readonly (readonly [string, number])[] = [['тысяч', 1e3], ['миллион', 1e6], ['млн', 1e6], ['миллиард', 1e9], ['млрд', 1e9]];

export const EN_NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9,
  // French.
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12,
  treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, cent: 100, mille: 1e3,
};

/**
 * Units a number counts, the same in every language: a quantity is a number (in digits, or in
 * words before one of these) and what it counts. Chinese as written after the numeral; Russian
 * stems; English and French words. `percent` is a rate, the others are measures.
 */
export const UNITS: Record<string, { zh: readonly string[]; ru: readonly string[]; en: readonly string[] }> = {
  year: { zh: ['周年', '年'], ru: ['лет', 'год'], en: ['years', 'year', 'ans', 'an', 'années', 'année'] },
  month: { zh: ['个月'], ru: ['месяц'], en: ['months', 'month', 'mois'] },
  week: { zh: ['周', '星期', '个星期'], ru: ['недел'], en: ['weeks', 'week', 'semaines', 'semaine'] },
  day: { zh: ['天', '日'], ru: ['дн', 'ден', 'сут'], en: ['days', 'day', 'jours', 'jour'] },
  hour: { zh: ['小时'], ru: ['час'], en: ['hours', 'hour', 'heures', 'heure'] },
  percent: { zh: ['%', '％'], ru: ['%', 'процент'], en: ['%', 'per cent', 'percent', 'pour cent'] },
  km: { zh: ['公里', '千米'], ru: ['км', 'километр'], en: ['km', 'kilometres', 'kilometers', 'kilometre', 'kilometer'] },
  nmi: { zh: ['海里'], ru: ['морск'], en: ['nautical miles', 'nautical mile', 'milles marins'] },
  copy: { zh: ['份'], ru: ['экземпляр'], en: ['copies', 'originals', 'copy', 'original', 'exemplaires'] },
};

/** Chinese multipliers written after a number: `100万`, `5亿`. */
export const ZH_MULTIPLIERS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** `百分之五`: a percentage written before its number. */
export const ZH_PERCENT_PREFIX = '百分之';

/** Words before a number that make it a reference to a unit of a text, not a quantity: `статьи 5`, `Article 5`, `paragraph 2`. */
export const UNIT_REFERENCE_WORDS = /(?:стать[а-яё]*|пункт[а-яё]*|подпункт[а-яё]*|част[а-яё]*|раздел[а-яё]*|глав[а-яё]*|приложени[а-яё]*|протокол[а-яё]*|бап[а-яё]*|articles?|paragraphs?|subparagraphs?|items?|sections?|chapters?|annex(?:es)?|parts?|rules?|points?|alinéas?|№|no\.|nos\.)$/i;

/** Russian words that start like a unit and are not one (`части` is not `час`). */
export const RU_NOT_UNITS: ReadonlySet<string> = new Set(['части', 'частей', 'частью', 'частях', 'частям', 'денег', 'сути', 'суть']);

/** A defined term in a text in another language: `(далее — «Стороны»)`, `(hereinafter referred to as "the Parties")`, `(ci-après dénommés « les Parties »)`. */
export const FOREIGN_DEFINITION = /(?:далее|в дальнейшем|hereinafter|ci-après)[^«"“()]{0,40}[«"“]\s*([^»"”\n]{1,60}?)\s*[»"”]/giu;

/** After `статьи 5` / `Article 5`: words that make it another instrument's article (`Конвенции`, `of the Charter`). */
export const FOREIGN_INSTRUMENT_AFTER = /^\s*(?:\(\d+\)\s*)?(?:(?:of|de)\s+(?:the|la|l'|du)\s+\p{Lu}|[А-ЯЁ][а-яё]+(?<!Сторон\p{L}*))/u;

/** A Russian adjective or participle, by its ending: `Договаривающиеся`, `Высокие`. */
export const RU_ADJECTIVE_ENDING = /(?:ие|ые|ая|яя|ое|ее|ой|ий|ый|их|ых|им|ым|ими|ыми|ую|юю|его|ого|ему|ому|ей)(?:ся)?$/;

/** Characters before a Chinese defined term that make it part of a longer word: `缔约双方`, `各方`. */
export const TERM_COMPOUND_BEFORE = /(?:缔约|締約|各)$/;
