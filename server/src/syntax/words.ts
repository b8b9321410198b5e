// The lexicon: every domain word the code reads text by, in one place — kinds of
// instrument and the words that name one (本协定), states with their short forms,
// languages and capitals, verbs of signing, numeral character classes, the words
// that head the notes of an exchange. The
// parser needs some of them, so they live in syntax/; model, features and index
// read them from here. The TextMate grammar (syntaxes/*.tmLanguage.json) writes the
// same lists: test/unit/grammar.test.ts holds every alternation there equal to these.
import { foldScript } from './script';

// The other languages' words (article and chapter headings, kinds of instrument, signing clauses).
export * from './foreign';

// ---------------------------------------------------------------------------------------
// Numerals

/** 一 to 九. */
export const DIGITS_CN = '一二三四五六七八九';
/** 一 to 十: items `（三）`, the head of a note `(一)中方去文`. */
export const SMALL_CN = `${DIGITS_CN}十`;
/** Digits written one by one, as years are: `二〇〇八`. */
export const POSITIONAL_CN = `〇零${DIGITS_CN}`;
/** Arabic digits, half- and full-width (a character-class body). */
export const ARABIC = '0-9０-９';
/** Characters that may appear in a numeral (Chinese or Arabic, half- or full-width): article, chapter and unit numbers. */
export const NUMERAL_CHARS = '0-9０-９〇零○一二两三四五六七八九十百千万廿卅';
/** The number after 之 (`第十条之一`), of an annex (`附件二`). */
export const SUB_NUMERAL = `${SMALL_CN}0-9`;
/** A paragraph number `一、`. */
export const PARA_NUMERAL = `${SMALL_CN}百〇零两`;
/** A Chinese item number `（十一）`. */
export const ITEM_NUMERAL = `${SMALL_CN}百`;
/** The numbers of dates: `二〇〇二年六月七日`, `2002年6月7日`. */
export const DATE_DIGITS = `${ARABIC}〇零○${SMALL_CN}廿卅`;
/** The letter O where OCR and typists meant 〇: `二O二三年`. */
export const OCR_ZEROS = 'OＯ';

// ---------------------------------------------------------------------------------------
// Kinds of instrument and the words that name one

/** A word that names (a kind of) instrument, and what the code reads it for. */
export interface InstrumentWord {
  word: string;
  /** A title that ends with it is of that kind (`endingKind`, `kindOf`): `INSTRUMENT_KINDS`. */
  kind?: true;
  /** A law or rule rather than an instrument between parties: a title alone does not make a document one. */
  law?: true;
  /** `本…` with it names the text itself (`本协定第三条`): `SELF_WORDS`. */
  self?: true;
  /** It names another instrument: a quoted title ends with it (`“…协定”`), before `第X条` it is another's (`该公约第二条`): `CITED_KINDS`. */
  cited?: true;
  /** `本…` with it in a signing clause is checked against the title's kind (signing.self-reference). */
  signed?: true;
  /** `本…` with it may have been copied from another text (the wording check on self-references). */
  copied?: true;
  /** A snippet's choice of self-references (`${1|本协议,本协定|}`) is fitted to the document. */
  snippet?: true;
  /**
   * Laws only: after a name, before `第X条`, it names another law (`民法典第五条`,
   * `医疗器械监督管理条例第八十六条`, `民法通则第一百三十四条`): `CITED_LAW_KINDS`.
   */
  lawCited?: true;
  /** An amending instrument: its articles without 本… name the amended text's (`AMENDING_KINDS`). */
  amending?: true;
  /** Its laws are cited by a name of one or two characters (`刑法`, `民法典`, `民法通则`): `SHORT_NAMED_KINDS`. */
  shortNamed?: true;
  /** A title that ends with it is of this kind (`endingKind`): `中华人民共和国民法典` is a 法, and says 本法. */
  kindAs?: string;
}

/**
 * In the order kinds are tried on a title: a kind that ends another comes after it (联合声明
 * before 声明), and where a title holds two, the first listed wins (`…议定书…协定` is a 议定书).
 */
export const INSTRUMENT_WORDS: readonly InstrumentWord[] = [
  { word: '联合新闻公报', kind: true, self: true, cited: true },
  { word: '联合公报', kind: true, self: true, cited: true },
  { word: '联合声明', kind: true, self: true, cited: true },
  { word: '联合宣言', kind: true },
  { word: '谅解备忘录', kind: true, self: true, cited: true },
  { word: '备忘录', kind: true, self: true, cited: true, snippet: true },
  { word: '议定书', kind: true, self: true, cited: true, signed: true, snippet: true },
  { word: '补充协定', kind: true, self: true, cited: true },
  { word: '补充协议', kind: true, self: true, cited: true },
  { word: '会谈纪要', kind: true },
  { word: '会议纪要', kind: true },
  { word: '纪要', kind: true, self: true },
  { word: '和约', kind: true, self: true },
  { word: '条约', kind: true, self: true, cited: true, signed: true, copied: true, snippet: true },
  { word: '协定', kind: true, self: true, cited: true, signed: true, copied: true, snippet: true },
  { word: '协议', kind: true, self: true, cited: true, signed: true, copied: true, snippet: true },
  { word: '公约', kind: true, self: true, cited: true, signed: true, copied: true, snippet: true },
  { word: '宪章', kind: true, self: true, cited: true, signed: true, snippet: true },
  { word: '换文', kind: true, self: true, cited: true },
  { word: '宣言', kind: true, self: true, cited: true },
  { word: '声明', kind: true, self: true, cited: true, snippet: true },
  { word: '公报', kind: true, self: true, cited: true, snippet: true },
  { word: '公告', kind: true, self: true },
  { word: '规约', kind: true, self: true, cited: true },
  { word: '盟约', kind: true, self: true, cited: true },
  { word: '决议案', self: true },
  { word: '决议', kind: true, self: true },
  { word: '布告', kind: true },
  { word: '修正案', kind: true, self: true, amending: true },
  { word: '章程', self: true, cited: true },
  // Between the Mainland and Hong Kong or Macao: `内地与香港关于建立更紧密经贸关系的安排` (CEPA), `本安排`.
  { word: '安排', kind: true, self: true, cited: true },
  { word: '约法', self: true },
  { word: '宪法', self: true },
  { word: '决定', kind: true, law: true, self: true },
  { word: '办法', kind: true, law: true, self: true },
  { word: '条例', kind: true, law: true, self: true, lawCited: true },
  { word: '规定', kind: true, law: true, self: true },
  { word: '法典', lawCited: true, shortNamed: true, kindAs: '法' },
  { word: '通则', lawCited: true, shortNamed: true },
  { word: '总则', lawCited: true, shortNamed: true },
  { word: '法', kind: true, law: true, self: true, shortNamed: true },
];

const wordsWhere = (p: (w: InstrumentWord) => boolean | undefined): string[] => INSTRUMENT_WORDS.filter(p).map((w) => w.word);
/** Longest first, so that an alternation tries 决议案 before 决议. */
const longestFirst = (words: readonly string[]): string[] => [...words].sort((a, b) => b.length - a.length);

/** Kinds of instrument a title ends with, in the order they are tried (see `INSTRUMENT_WORDS`). */
export const INSTRUMENT_KINDS: readonly string[] = wordsWhere((w) => w.kind);
/** Kinds that are laws and rules rather than instruments between parties: a title alone does not make a document one. */
export const LAW_KINDS: ReadonlySet<string> = new Set(wordsWhere((w) => w.law));
/** Words that, after 本, name the text itself: 本协定, 本宪章, 本法 (longest first). */
export const SELF_WORDS: readonly string[] = longestFirst(wordsWhere((w) => w.self));
/** Kinds that name another instrument (a quoted title's end, the word before another's `第X条`), longest first. */
export const CITED_KINDS: readonly string[] = longestFirst(wordsWhere((w) => w.cited));
/** Kinds of law that, after a name and before `第X条`, name another law (beside the cited kinds and 法), longest first. */
export const CITED_LAW_KINDS: readonly string[] = longestFirst(wordsWhere((w) => w.lawCited));
/** Amending instruments (修正案): `第一百二十三条至第一百三十八条相应改为…` names the amended text's articles. */
export const AMENDING_KINDS: ReadonlySet<string> = new Set(wordsWhere((w) => w.amending));
/**
 * A title that says the instrument amends another: `关于修改《…》的议定书`, `…关于对《…》的修订议定书`,
 * `…修正议定书`. Its articles named without 本… are the amended text's, as a 修正案's are. The
 * cited title is left out first, so a protocol to an instrument whose own title amends is not one.
 */
export function amendingTitle(title: string): boolean {
  return /修订|修改|修正/.test(foldScript(title).replace(/《[^《》]*》/g, ''));
}
/** Kinds whose laws are cited by short names (`刑法第五条`, `民法典第五条`): a name of one or two characters is no preposition. */
export const SHORT_NAMED_KINDS: ReadonlySet<string> = new Set(wordsWhere((w) => w.shortNamed));
/** Self-references a signing clause is checked against the title by: 本协议, 本协定 … */
export const SIGNED_SELF_REFS: ReadonlySet<string> = new Set(wordsWhere((w) => w.signed).map((w) => `本${w}`));
/** Kinds whose self-reference a drafter may have copied from another text: 协议, 协定, 条约, 公约. */
export const COPIED_KINDS: ReadonlySet<string> = new Set(wordsWhere((w) => w.copied));
/** Self-references a snippet's choice may offer: 本协议, 本协定 … */
export const SNIPPET_SELF_REFS: ReadonlySet<string> = new Set(wordsWhere((w) => w.snippet).map((w) => `本${w}`));
/** Characters that make a word with 本 (基本法 is no 本法, 日本 no self-reference). */
export const NOT_SELF = '基根日资成副文样版原正课剧范账';
/** The kinds a short form of a joint statement or communiqué ends with: `中哈联合声明`. */
export const JOINT_KINDS: readonly string[] = ['联合声明', '联合公报', '联合新闻公报'];

/** Alternation of words, for a regular expression: `a|b|c`. */
export function alternation(words: Iterable<string>): string {
  return [...words].join('|');
}

const MARKUP = /<sup>[^<]*<\/sup>|<[^>]{1,20}>|\[\^[^\]]*\]|\\\*|[*_`#\s\u3000《》〈〉“”"「」]+/g;

/** A line of a title as the kinds are matched on it: simplified, no markup or white space. */
export function titleWords(raw: string): string {
  return foldScript(raw).replace(MARKUP, '');
}

/** The kind a (normalized) title ends with, a bracketed remark after it apart: `世界人权宣言`, `…协定（草案）`. */
export function endingKind(words: string): string | undefined {
  const t = words.replace(/(?:[（(][^）)]*[）)])+$/, '');
  for (const w of INSTRUMENT_WORDS) if ((w.kind || w.kindAs) && t.endsWith(w.word)) return w.kindAs ?? w.word;
  return undefined;
}

/** A note of an exchange of notes is headed by who sent it: `(一)中方去文`, `对方来文`, `我方复照`. */
export const NOTE_HEAD = new RegExp(`^(?:[（(][ \\t\\u3000]*[${SMALL_CN}]{1,3}[ \\t\\u3000]*[）)][ \\t\\u3000]*)?[^，。；：,;:\\s]{0,16}(?:来文|去文|来照|去照|复照|照会)(?:[ \\t\\u3000]*[（(][^）)]{0,20}[）)])?$`);

/**
 * Kinds of instrument that take final clauses — entry into force, a term or how it ends, a
 * signing clause — when concluded between two parties. Not laws, declarations, joint
 * statements or communiqués, which have none of them.
 */
export const FINAL_CLAUSE_KINDS = new Set(['协定', '协议', '补充协定', '补充协议', '条约', '议定书']);

// ---------------------------------------------------------------------------------------
// Verbs of signing

/** A verb of signing or adopting, and where it is read (the text is folded to simplified first). */
export interface SigningVerb {
  word: string;
  /** Ends a signing clause's date and place: `于2002年…在北京签署` (`SIGNING_VERBS`). */
  signs?: true;
  /** Opens a sentence that ends in `作准` or `同等效力`: a signing clause without a date first. */
  concludes?: true;
  /** Between a date and a citation: `1993年10月18日签署的《…》` (`DATING_VERBS`). */
  dates?: true;
}

export const VERBS: readonly SigningVerb[] = [
  { word: '签署', signs: true, concludes: true, dates: true },
  { word: '签订', signs: true, concludes: true, dates: true },
  { word: '签定', signs: true, concludes: true },
  { word: '订立', signs: true, concludes: true },
  { word: '定立', signs: true },
  { word: '缔结', signs: true, concludes: true, dates: true },
  { word: '签字', signs: true, dates: true },
  { word: '订于', signs: true },
  // Older treaties are sealed and marked: `由江寧省會行大英君主汗華囇船上鈐闗防`, `畫押蓋印`.
  { word: '钤', signs: true },
  { word: '画押', signs: true },
  { word: '盖印', signs: true },
  { word: '通过', dates: true },
  { word: '发表', dates: true },
];

const verbsWhere = (p: (v: SigningVerb) => boolean | undefined): string[] => VERBS.filter(p).map((v) => v.word);
/** The verbs of a signing clause: 签署, 签订, 签定, 订立, 定立, 缔结, 签字, 订于; 钤 (a seal), 画押, 盖印. */
export const SIGNING_VERBS: readonly string[] = verbsWhere((v) => v.signs);
/** The verbs that open a dateless signing sentence ending in 作准 / 同等效力. */
export const CONCLUDING_VERBS: readonly string[] = verbsWhere((v) => v.concludes);
/** The verbs between a date and what was signed or adopted then: 签署, 签订, 通过, 缔结, 发表, 签字. */
export const DATING_VERBS: readonly string[] = verbsWhere((v) => v.dates);

// ---------------------------------------------------------------------------------------
// States

/** What is known of a state, by how its name begins. */
export interface State {
  /** How its name (or a party named after it, `…国防部`) begins. */
  name: RegExp;
  /** Its name in full, which a short form stands for: 中 → 中华人民共和国. */
  full?: string;
  /** Its one-character short form, as in 中哈 (a short title, a short form `中哈联合声明`). */
  short?: string;
  /**
   * False: the short form is not read in running text, where the character is a common word
   * (`9月29日中日联合声明`: the 日 of the date would be read as Japan).
   */
  shortInText?: false;
  /** Its official language: 哈文. */
  language: string;
  /** Its capital (a likely place of signing). */
  capital?: string;
}

/** The first state whose name pattern matches is the party's. */
// Short forms are given only where one state is meant: 新 (Singapore, New Zealand), 马 (Malaysia,
// Maldives), 尼 (Nepal, Nigeria), 斯 (Sri Lanka, Slovakia), 伊 (Iran, Iraq) are not.
export const STATES: readonly State[] = [
  { name: /^中华人民共和国|^中国/, full: '中华人民共和国', short: '中', language: '中文', capital: '北京' },
  { name: /^哈萨克斯坦/, full: '哈萨克斯坦共和国', short: '哈', language: '哈文', capital: '阿斯塔纳' },
  { name: /^吉尔吉斯/, full: '吉尔吉斯共和国', short: '吉', language: '吉文', capital: '比什凯克' },
  { name: /^俄罗斯/, full: '俄罗斯联邦', short: '俄', language: '俄文', capital: '莫斯科' },
  { name: /^塔吉克斯坦/, full: '塔吉克斯坦共和国', short: '塔', language: '塔文', capital: '杜尚别' },
  { name: /^乌兹别克斯坦/, full: '乌兹别克斯坦共和国', short: '乌', language: '乌文', capital: '塔什干' },
  { name: /^土库曼斯坦/, full: '土库曼斯坦', short: '土', shortInText: false, language: '土文', capital: '阿什哈巴德' },
  { name: /^蒙古/, full: '蒙古国', short: '蒙', language: '蒙文', capital: '乌兰巴托' },
  { name: /^美利坚/, full: '美利坚合众国', short: '美', language: '英文' },
  { name: /^大不列颠|^英国/, full: '大不列颠及北爱尔兰联合王国', short: '英', language: '英文' },
  { name: /^澳大利亚|^新西兰|^爱尔兰/, language: '英文' },
  { name: /^法兰西|^法国/, full: '法兰西共和国', short: '法', language: '法文' },
  { name: /^德意志|^德国/, full: '德意志联邦共和国', short: '德', language: '德文' },
  { name: /^日本/, full: '日本国', short: '日', shortInText: false, language: '日文' },
  { name: /^大韩民国|^韩国/, full: '大韩民国', short: '韩', language: '韩文', capital: '首尔' },
  { name: /^朝鲜/, full: '朝鲜民主主义人民共和国', short: '朝', language: '朝鲜文', capital: '平壤' },
  { name: /^巴基斯坦/, full: '巴基斯坦伊斯兰共和国', short: '巴', language: '乌尔都文', capital: '伊斯兰堡' },
  { name: /^印度(?!尼西亚)/, full: '印度共和国', short: '印', language: '印地文', capital: '新德里' },
  { name: /^越南/, full: '越南社会主义共和国', short: '越', language: '越南文', capital: '河内' },
  { name: /^老挝/, full: '老挝人民民主共和国', short: '老', language: '老挝文', capital: '万象' },
  { name: /^缅甸/, full: '缅甸联邦共和国', short: '缅', language: '缅甸文', capital: '内比都' },
  { name: /^柬埔寨/, full: '柬埔寨王国', short: '柬', language: '柬埔寨文', capital: '金边' },
  { name: /^泰王国|^泰国/, full: '泰王国', short: '泰', language: '泰文', capital: '曼谷' },
  { name: /^尼泊尔/, full: '尼泊尔', language: '尼泊尔文', capital: '加德满都' },
  { name: /^不丹/, full: '不丹王国', language: '宗卡文', capital: '廷布' },
  { name: /^阿富汗/, full: '阿富汗伊斯兰共和国', language: '普什图文', capital: '喀布尔' },
  { name: /^孟加拉/, full: '孟加拉人民共和国', short: '孟', language: '孟加拉文', capital: '达卡' },
  { name: /^斯里兰卡/, full: '斯里兰卡民主社会主义共和国', language: '僧伽罗文', capital: '科伦坡' },
  { name: /^印度尼西亚|^印尼/, full: '印度尼西亚共和国', language: '印度尼西亚文', capital: '雅加达' },
  { name: /^马来西亚/, full: '马来西亚', language: '马来文', capital: '吉隆坡' },
  { name: /^新加坡/, full: '新加坡共和国', language: '英文', capital: '新加坡' },
  { name: /^菲律宾/, full: '菲律宾共和国', short: '菲', language: '英文', capital: '马尼拉' },
  { name: /^文莱/, full: '文莱达鲁萨兰国', language: '马来文', capital: '斯里巴加湾市' },
  { name: /^白俄罗斯/, full: '白俄罗斯共和国', short: '白', language: '白俄罗斯文', capital: '明斯克' },
  { name: /^乌克兰/, full: '乌克兰', language: '乌克兰文', capital: '基辅' },
  { name: /^阿塞拜疆/, full: '阿塞拜疆共和国', language: '阿塞拜疆文', capital: '巴库' },
  { name: /^格鲁吉亚/, full: '格鲁吉亚', language: '格鲁吉亚文', capital: '第比利斯' },
  { name: /^亚美尼亚/, full: '亚美尼亚共和国', language: '亚美尼亚文', capital: '埃里温' },
  { name: /^伊朗/, full: '伊朗伊斯兰共和国', language: '波斯文', capital: '德黑兰' },
  { name: /^土耳其/, full: '土耳其共和国', language: '土耳其文', capital: '安卡拉' },
  { name: /^阿拉伯|^埃及|^沙特/, language: '阿拉伯文' },
  { name: /^西班牙|^墨西哥|^阿根廷|^智利/, language: '西班牙文' },
];

/** The state a party's name begins with, when known. */
export function stateOf(party: string): State | undefined {
  return STATES.find((s) => s.name.test(party));
}

/** Short forms read in running text (`中哈联合声明`), and the names they stand for. */
export const SHORT_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  STATES.filter((s) => s.short && s.full && s.shortInText !== false).map((s) => [s.short!, s.full!]),
);


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
/** Words for thousand, million, billion after a number, as stems: Russian (`тысячи`, `миллионов`), French plurals (`millions`, `milliards`). */
export const MULTIPLIER_STEMS: readonly (readonly [string, number])[] = [
  ['тысяч', 1e3], ['миллион', 1e6], ['млн', 1e6], ['миллиард', 1e9], ['млрд', 1e9], ['million', 1e6], ['milliard', 1e9],
];

export const EN_NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9,
  // French.
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12,
  treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, cent: 100, cents: 100, mille: 1e3,
  'quatre-vingt': 80, 'quatre-vingts': 80,
};

/**
 * Words between two numbers that make them two (`thirty and sixty days`, `тридцати или шестидесяти
 * дней`, `from thirty to sixty days`, `de trente à soixante jours`, `30–60 days`; a comma in a list
 * ended by one of them): the first counts the unit written after the last. `and`/`et` inside one
 * number (`two hundred and fifty`, `vingt et un`) is read by the number first.
 */
export const NUMBER_JOINERS: ReadonlySet<string> = new Set(['and', 'or', 'to', 'и', 'или', 'до', 'et', 'ou', 'à', '-', '–']);
/** Words between the two ends of a range of dates, the first written short (`from 1 to 31 January 2001`, `с 1 января по 31 марта 2001 года`, `du 1er au 31 janvier`). */
export const DATE_RANGE_WORDS: ReadonlySet<string> = new Set(['to', 'until', 'and', 'по', 'до', 'и', 'au', 'et', '-', '–']);
/** The same in Chinese, after a full date: the end of the range written without its year (`2001年1月1日至1月31日`, `…至31日`). */
export const ZH_DATE_RANGE_END = /^([ \t]*(?:至|到|－|-|—|～|~)[ \t]*)(?:([0-9０-９]{1,2}|[〇零一二三四五六七八九十]{1,3})月)?([0-9０-９]{1,2}|[〇零一二三四五六七八九十]{1,3})日/;
/** The same in Chinese, after a number: `三十或六十日`, `十五至三十日`. */
export const ZH_NUMBER_JOINERS = /^(?:或者|或|和|及|以及|与|、|至|到)/;
/** After the day of a date: an ordinal's ending (`1er janvier`, `16th day of July`). */
export const DAY_SUFFIXES: ReadonlySet<string> = new Set(['er', 'st', 'nd', 'rd', 'th']);

/**
 * Units a number counts, the same in every language: a quantity is a number (in digits, or in
 * words before one of these) and what it counts. Chinese as written after the numeral; Russian
 * stems; English and French words. `percent` is a rate, the others are measures.
 */
export const UNITS: Record<string, { zh: readonly string[]; ru: readonly string[]; en: readonly string[] }> = {
  year: { zh: ['周年', '年'], ru: ['лет', 'год'], en: ['years', 'year', 'ans', 'an', 'années', 'année'] },
  month: { zh: ['个月'], ru: ['месяц'], en: ['months', 'month', 'mois'] },
  week: { zh: ['周', '星期', '个星期'], ru: ['недел'], en: ['weeks', 'week', 'semaines', 'semaine'] },
  day: { zh: ['天', '日', '个工作日', '工作日', '个自然日', '自然日'], ru: ['дн', 'ден', 'сут'], en: ['days', 'day', 'jours', 'jour'] },
  hour: { zh: ['小时'], ru: ['час'], en: ['hours', 'hour', 'heures', 'heure'] },
  percent: { zh: ['%', '％'], ru: ['%', 'процент'], en: ['%', 'per cent', 'percent', 'per centum', 'pour cent'] },
  km: { zh: ['公里', '千米'], ru: ['км', 'километр'], en: ['km', 'kilometres', 'kilometers', 'kilometre', 'kilometer'] },
  nmi: { zh: ['海里'], ru: ['морск'], en: ['nautical miles', 'nautical mile', 'milles marins'] },
  copy: { zh: ['份'], ru: ['экземпляр'], en: ['copies', 'originals', 'copy', 'original', 'exemplaires'] },
};

/** Words between a number and its unit that do not change what it counts: `sixty calendar days`, `two further years`, `десяти рабочих дней` (Russian stems). */
export const UNIT_QUALIFIERS: { ru: readonly string[]; en: readonly string[] } = {
  ru: ['календарн', 'рабоч', 'полн', 'последующ', 'дополнительн'],
  en: ['calendar', 'working', 'business', 'consecutive', 'full', 'clear', 'additional', 'further', 'more', 'successive'],
};

/** Chinese multipliers written after a number: `100万`, `5亿`. */
export const ZH_MULTIPLIERS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** `百分之五`: a percentage written before its number. */
export const ZH_PERCENT_PREFIX = '百分之';

/** Words before a number that make it a reference to a unit of a text, not a quantity: `статьи 5`, `Article 5`, `paragraph 2`. */
export const UNIT_REFERENCE_WORDS = /(?:стать[а-яё]*|пункт[а-яё]*|подпункт[а-яё]*|част[а-яё]*|раздел[а-яё]*|глав[а-яё]*|приложени[а-яё]*|протокол[а-яё]*|бап[а-яё]*|articles?|paragraphs?|subparagraphs?|items?|sections?|chapters?|annex(?:es)?|parts?|rules?|points?|alinéas?|№|no\.|nos\.)$/i;

/** Russian words that start like a unit and are not one (`части` is not `час`). */
export const RU_NOT_UNITS: ReadonlySet<string> = new Set(['части', 'частей', 'частью', 'частях', 'частям', 'денег', 'сути', 'суть']);

/** A Russian adjective or participle, by its ending: `Договаривающиеся`, `Высокие`. */
export const RU_ADJECTIVE_ENDING = /(?:ие|ые|ая|яя|ое|ее|ой|ий|ый|их|ых|им|ым|ими|ыми|ую|юю|его|ого|ему|ому|ей)(?:ся)?$/;

/** Characters before a Chinese defined term that make it part of a longer word: `缔约双方`, `各方`. */
export const TERM_COMPOUND_BEFORE = /(?:缔约|締約|各)$/;

/**
 * Collective names of the parties that a definition gives (`（以下简称“缔约双方”）`): the forms of
 * one group name the same parties (two: 双; several: 各), with or without 缔约. A form of another
 * group is not a variant (a bilateral text's 各方 is “each side”), nor a singular form
 * (缔约一方, 缔约另一方, 任何一方), nor another head (缔约国双方: the States, not the Parties).
 */
export const PARTY_TERM_GROUPS: readonly (readonly string[])[] = [['缔约双方', '双方'], ['缔约各方', '各方']];
/** The generic party word, a variant of either group where it stands alone (not 各缔约方, 该缔约方, 缔约方大会). */
export const PARTY_TERM_GENERIC = '缔约方';
/** Another head: a text that writes 缔约国 (缔约国双方, 缔约国一方) may mean the States by a bare 双方 or 各方. */
export const PARTY_STATE_HEAD = '缔约国';
/**
 * One-character words after which a party word starts a phrase of its own (`经双方同意`, `由缔约方`):
 * prepositions and adverbs. Not 或/和/与/及 (`缔约国一方或者双方` leaves a head out), nor a
 * determiner (各、该、其他、所有、一、另、非).
 */
export const PARTY_TERM_LEAD = '经由对向在为按将把使让请供给被并且但均凡则即应可从自以于据';
/** Words after a party word that make it part of another word: 各方面, 双方向, 缔约方大会, 缔约方会议. */
export const PARTY_TERM_TAIL = /^(?:面|向|大会|会议)/;

/** Words that point back at an instrument cited before: `该协定`, `上述协定`, `前述公约`. */
export const CITATION_ANAPHORS: readonly string[] = ['上述', '前述', '所述', '该'];
