// What a treaty text in another language says beyond its structure: its articles' names,
// the kind it names itself by, and its signing clause (`Done at … in duplicate, in the Chinese
// and English languages, both texts being equally authentic`, `Совершено в г. Пекине … в двух
// экземплярах, каждый на китайском и русском языках, причем оба текста имеют одинаковую силу`).
// Words come from syntax/foreign.ts.
import { Block, Line } from '../syntax/tree';
import { once } from '../syntax/memo';
import { COPIES_WORDS, EN_DAY_ORDINALS, Language, MONTHS, SELF_WORDS, foreignKind, languageCode } from '../syntax/foreign';
import { EN_NUMBER_WORDS, ruWordDate } from '../syntax/words';
import type { DateValue, Signing } from './signing';

/** An article's or chapter's name as written, spaces squeezed: `Article 5`, `Статья 5`, `1-бап`, `CHAPTER I`. */
export function labelName(text: string, head: Line): string {
  return text.slice(head.label!.start, head.label!.end).replace(/\s+/g, ' ').trim();
}

/** The kind of a text without a title: the instrument its self-references name most (`настоящего Соглашения`). */
export function foreignKindOfText(text: string, language: Language): string | undefined {
  const self = selfWords(language);
  if (!self) return undefined;
  const counts = new Map<string, number>();
  let best: string | undefined;
  for (const m of text.slice(0, 200_000).matchAll(self)) {
    const k = foreignKind(m[1]);
    if (!k) continue;
    const n = (counts.get(k) ?? 0) + 1;
    counts.set(k, n);
    if (!best || n > counts.get(best)!) best = k;
  }
  return best;
}

/** How the text calls itself, as written the first time (`this Agreement`, `настоящего Соглашения`); '' when it does not. */
export function foreignSelfRef(text: string, language: Language): string {
  const self = selfWords(language);
  if (!self) return '';
  self.lastIndex = 0;
  const m = self.exec(text.slice(0, 200_000));
  return m ? m[0].replace(/\s+/g, ' ') : '';
}

function selfWords(language: Language): RegExp | undefined {
  const re = SELF_WORDS[language === 'kk' || language === 'ky' ? 'ru' : language];
  return re ? new RegExp(re.source, re.flags) : undefined;
}

const MONTH = Object.keys(MONTHS).join('|');
/** Number words (words.ts `EN_NUMBER_WORDS`) of plain letters, longest first: a year in words is read by `yearOf`. */
const EN_WORD = Object.keys(EN_NUMBER_WORDS).filter((w) => /^[a-z]+$/.test(w)).sort((a, b) => b.length - a.length).join('|');
/**
 * A year written out in English, as UN and older treaties date their signing (`the twenty-sixth day of June, one thousand
 * nine hundred and forty-five`, `two thousand and five`, `nineteen hundred and seventy`): number words with `thousand` or
 * `hundred` among them, joined by spaces, hyphens and `and`.
 */
const YEAR_WORDS = `(?<!\\p{L})(?:(?:${EN_WORD})[\\s-]+){0,3}(?:thousand|hundred)(?:[\\s-]+(?:and[\\s-]+)?(?:${EN_WORD}))*(?!\\p{L})`;
/** A day as an ordinal in words, longest first (`twenty-third` before `third`). */
const DAY_WORD = Object.keys(EN_DAY_ORDINALS).sort((a, b) => b.length - a.length).join('|').replace(/ /g, '\\s+');
/** What a prevailing text does in Russian: `используется`, `имеет преимущественную силу`, `является определяющим`, `принимается за основу`. */
const RU_PREVAILS = '(?:используется|применяется|имеет\\s+преимущественную\\s+силу|преимущественную\\s+силу\\s+имеет|является\\s+определяющим|принимается\\s+за\\s+основу|за\\s+основу\\s+принимается)';
/**
 * The signing clause's patterns, made at the first clause read in another language: most texts checked are Chinese and never
 * read one, and a pattern of `\p{L}` with the `u` or `i` flag costs ~0.5 M instructions to make (the nine of them ~7.6 M,
 * valgrind) — paid at load by every isolate of treaty-check (the main thread's, each check worker's) before.
 */
function makeSigningPatterns() {
  return {
    DATE_DMY: new RegExp(`(?:«|")?(\\d{1,2}|(?<!\\p{L})(?:${DAY_WORD}))(?:»|")?(?:st|nd|rd|th|er)?\\s+(?:day\\s+of\\s+)?(${MONTH})\\s*,?\\s+(\\d{4}|${YEAR_WORDS})`, 'iu'),
    DATE_MDY: new RegExp(`(?<!\\p{L})(${MONTH})\\s+(\\d{1,2}),?\\s+(\\d{4})`, 'iu'),
    PLACE: /(?:(?<!\p{L})(?:Done|DONE)\s+(?:at|in|AT|IN)\s+(?:the\s+city\s+of\s+)?|Совершено\s+(?:в|во)\s+(?:г\.\s*|городе\s+|гор\.\s*)?|(?<!\p{L})(?:Fait|FAIT)\s+[àÀ]\s+)([\p{Lu}][\p{L}\-']*(?:\s[\p{Lu}][\p{L}\-']*){0,2})/u,
    COPIES: /(?<!\p{L})in\s+(duplicate|triplicate|quadruplicate|quintuplicate)(?!\p{L})|(?<!\p{L})in\s+(\w+)\s+(?:original\s+|authentic\s+)?(?:copies|originals)(?!\p{L})|(?<!\p{L})в\s+(\S+)\s+(?:подлинных\s+)?экземпляр|(?<!\p{L})en\s+(double|triple|\S+)\s+exemplaires?/iu,
    /** A number of copies in digits, with a case ending in Russian: `3`, `2-х`, `2-ух`. */
    COPIES_DIGITS: /^(\d{1,2})(?:-\p{L}{1,3})?$/u,
    LANGUAGES_EN: /(?<!\p{L})in\s+the\s+((?:[A-Z][a-z]+)(?:(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)[A-Z][a-z]+)*)\s+languages?(?!\p{L})/u,
    LANGUAGES_RU: /(?<!\p{L})на\s+((?:[а-яё]+)(?:(?:\s*,\s*|\s+и\s+)[а-яё]+)*)\s+язык/iu,
    LANGUAGES_FR: /(?<!\p{L})en\s+langues?\s+(\p{Ll}+(?:\s*,\s*\p{Ll}+)*\s+et\s+\p{Ll}+|\p{Ll}+)/u,
    /**
     * The text that prevails in case of divergence: `the English text shall prevail`, `the text in the English language shall
     * govern`, `используется текст на английском языке`, `текст на английском языке имеет преимущественную силу`, `le texte
     * anglais prévaudra`, `le texte en langue anglaise fait foi` (the language, one of groups 1 to 6).
     */
    PREVAILS: new RegExp(
      [
        `(?<!\\p{L})the\\s+(\\p{L}+)\\s+(?:text|version)\\s+(?:shall|will|is\\s+to)\\s+(?:prevail|govern|be\\s+used|be\\s+authoritative)`,
        `(?<!\\p{L})the\\s+(?:text|version)\\s+in\\s+the\\s+(\\p{L}+)\\s+language\\s+(?:shall|will|is\\s+to)\\s+(?:prevail|govern|be\\s+used|be\\s+authoritative)`,
        `${RU_PREVAILS}\\s+текст\\s+на\\s+(\\p{L}+)\\s+языке`,
        `(?<!\\p{L})текст\\s+на\\s+(\\p{L}+)\\s+языке\\s+${RU_PREVAILS}`,
        `(?<!\\p{L})(\\p{L}+)\\s+текст\\s+${RU_PREVAILS}`,
        `(?<!\\p{L})(?:le\\s+texte|la\\s+version)\\s+(?:en\\s+langue\\s+)?(\\p{L}+)\\s+(?:prévaudra|prévaut|fera\\s+foi|fait\\s+foi|l['’]emporte(?:ra)?)`,
      ].join('|'),
      'iu',
    ),
    AUTHENTIC: /(?<!\p{L})(both|all|each|the\s+(\w+))\s+(?:texts?\s+)?(?:being\s+|are\s+|is\s+)?equally\s+authentic|(оба|все|(\S+))\s+текст(?:а|ы)?\s+(?:имеют|являются)[^.]{0,30}(?:силу|аутентичн)|(?:les\s+)?(deux|trois|tous\s+les)\s+textes\s+(?:faisant|font)\s+également\s+foi/iu,
  };
}
const signingPatterns = once(makeSigningPatterns);

/**
 * The list of languages a signing clause in another language names, group 1 (`in the Chinese, Russian and English languages`,
 * `на китайском и русском языках`, `en langues chinoise et française`): read here, and reordered by the alternat's copies
 * (features/export/alternat.ts).
 */
export function foreignLanguageList(raw: string): RegExpExecArray | null {
  const { LANGUAGES_EN, LANGUAGES_RU, LANGUAGES_FR } = signingPatterns();
  return LANGUAGES_EN.exec(raw) ?? LANGUAGES_RU.exec(raw) ?? LANGUAGES_FR.exec(raw);
}
/** What separates the languages of that list, captured (the list split keeps it): `, `, `, and `, ` and `, ` и `, ` et `. */
export const LANGUAGE_LIST_SEPARATOR = /(\s*,\s*and\s+|\s*,\s*|\s+and\s+|\s+и\s+|\s+et\s+)/u;

/** Reads a signing clause written in another language; values as written, offsets the user's. */
export function readForeignSigning(text: string, block: Block): Signing {
  const { DATE_DMY, DATE_MDY, PLACE, COPIES, COPIES_DIGITS, AUTHENTIC, PREVAILS } = signingPatterns();
  const raw = text.slice(block.start, block.end);
  const s: Signing = { start: block.start, end: block.end, text: raw.replace(/\s*\n\s*/g, ' ').trim(), languages: [] };
  let m: RegExpExecArray | null;
  if ((m = DATE_DMY.exec(raw)) && yearOf(m[3]) !== undefined) s.date = date(m, block.start, yearOf(m[3])!, m[2], dayOf(m[1]));
  else if ((m = DATE_MDY.exec(raw))) s.date = date(m, block.start, Number(m[3]), m[1], Number(m[2]));
  else {
    const written = ruSignedDate(raw, block.start);
    if (written) s.date = written;
  }
  if ((m = PLACE.exec(raw))) s.place = m[1];
  if ((m = COPIES.exec(raw))) {
    const word = (m[1] ?? m[2] ?? m[3] ?? m[4]).toLowerCase();
    const digits = COPIES_DIGITS.exec(word);
    const n = COPIES_WORDS[word] ?? (digits ? Number(digits[1]) : undefined);
    if (n) {
      s.copies = n;
      s.copiesStart = block.start + m.index;
      s.copiesEnd = s.copiesStart + m[0].length;
    }
  }
  if ((m = foreignLanguageList(raw))) {
    s.languages = m[1].split(LANGUAGE_LIST_SEPARATOR).filter((_, i) => i % 2 === 0).map((x) => x.trim()).filter(Boolean);
  }
  s.languageCodes = s.languages.map((l) => languageCode(l) ?? '');
  if ((m = AUTHENTIC.exec(raw))) {
    // Spaces squeezed: `tous  les textes`.
    const word = (m[2] ?? m[1] ?? m[4] ?? m[3] ?? m[5]).toLowerCase().replace(/\s+/g, ' ');
    const n = word === 'each' || word === 'all' || word === 'все' || word === 'tous les' ? s.languages.length : COPIES_WORDS[word];
    if (n) {
      s.authentic = n;
      s.authenticStart = block.start + m.index;
      s.authenticEnd = s.authenticStart + m[0].length;
    }
  }
  if ((m = PREVAILS.exec(raw))) {
    const word = m.slice(1).find((g) => g !== undefined)!;
    const code = languageCode(word);
    if (code) {
      s.prevails = word;
      s.prevailsCode = code;
      s.prevailsStart = block.start + m.index;
      s.prevailsEnd = s.prevailsStart + m[0].length;
    }
  }
  return s;
}

/**
 * A year in digits or written out in English (`1945`, `one thousand nine hundred and forty-five`, `nineteen hundred and
 * seventy`, `two thousand and five`), or undefined when the words make no year (1000 to 2999).
 */
export function yearOf(written: string): number | undefined {
  if (/^\d+$/.test(written)) return Number(written);
  let total = 0;
  let current = 0;
  for (const w of written.toLowerCase().split(/[\s-]+/)) {
    if (w === 'and' || w === '') continue;
    const v = EN_NUMBER_WORDS[w];
    if (v === undefined) return undefined;
    if (v === 1000) {
      total += (current || 1) * 1000;
      current = 0;
    } else if (v === 100) current = (current || 1) * 100;
    else current += v;
  }
  const year = total + current;
  return year >= 1000 && year <= 2999 ? year : undefined;
}

/** A day in digits or as an ordinal in words (`23`, `twenty-third`). */
function dayOf(written: string): number {
  return /^\d/.test(written) ? Number(written) : EN_DAY_ORDINALS[written.toLowerCase().replace(/\s+/g, ' ')];
}

/**
 * A Russian date whose day is written out as an ordinal (`Совершено в г. Пекине двадцать пятого мая 2002 года`, `… тридцать первого
 * декабря две тысячи пятого года`), the year in digits or in words (words.ts ruWordDate); undefined in a clause
 * with no Cyrillic letter or no such date.
 */
function ruSignedDate(raw: string, base: number): DateValue | undefined {
  if (!/[а-яё]/iu.test(raw)) return undefined;
  const words = [...raw.matchAll(/\p{L}+|\d+/gu)].map((w) => ({ lower: w[0].toLowerCase(), start: w.index!, end: w.index! + w[0].length }));
  for (let i = 0; i < words.length; i++) {
    const d = ruWordDate(words, i);
    if (d) return { year: d.year, month: d.month, day: d.day, start: base + words[i].start, end: base + words[d.last].end };
  }
  return undefined;
}

function date(m: RegExpExecArray, base: number, year: number, month: string, day: number): DateValue {
  return { year, month: MONTHS[month.toLowerCase()], day, start: base + m.index, end: base + m.index + m[0].length };
}
