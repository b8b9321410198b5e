// Chinese and Arabic numerals as they are written in article numbers and dates.
// Strict: anything that is not a well-formed numeral gives `undefined`.
import type { TextLike } from './text';
import { foldCode, hasTraditional, INVISIBLE } from './script';

const DIGIT: Record<string, number> = {
  // 〇 as OCR and typists write it: `二O二三年`, `二0二三年`, `二○二三年`.
  '〇': 0, '零': 0, '○': 0, 'Ｏ': 0, 'O': 0, '0': 0, '０': 0,
  '一': 1, '二': 2, '两': 2, '三': 3, '四': 4,
  '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
  // The financial numerals (words.ts FINANCIAL_NUMERALS): `第壹款`, `壹八九○年`.
  '壹': 1, '贰': 2, '貳': 2, '叁': 3, '參': 3, '参': 3, '肆': 4, '伍': 5, '陆': 6, '陸': 6, '柒': 7, '捌': 8, '玖': 9,
};
const UNIT: Record<string, number> = { '十': 10, '百': 100, '千': 1000, '拾': 10, '佰': 100, '仟': 1000 };

/** Characters that may appear in a numeral: the lexicon's (syntax/words.ts). */
export { NUMERAL_CHARS } from './words';

/** Parses `十一`, `一十一`, `一百零二`, `二〇〇八`, `102`, `１０２`, `第 十 一`-style spaced numerals. */
export function parseNumeral(raw: string): number | undefined {
  // Article and item numbers repeat endlessly; remember the answers.
  const known = memo.get(raw);
  if (known !== undefined || memo.has(raw)) return known;
  if (memo.size > 4096) memo.clear();
  const n = numeralIn(raw, 0, raw.length, false);
  memo.set(raw, n);
  return n;
}

const memo = new Map<string, number | undefined>();

/**
 * What a code unit is in a numeral, one array read each (CODE): a digit of DIGIT (its value + DIGIT_BASE),
 * a unit of UNIT (its value + UNIT_BASE), 万 (TEN_THOUSAND), white space (SPACE: left out of a numeral),
 * or 0, anything else (廿 and 卅 are told by their own codes).
 */
const SPACE = -1;
const TEN_THOUSAND = -2;
const DIGIT_BASE = 1;
const UNIT_BASE = 100;
/** What `/[\s\u3000]/` matches: ECMAScript's white space and line terminators (numerals.test holds them equal). */
export const SPACES: readonly number[] = [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff];
const CODE = new Int16Array(0x10000);
for (const [ch, d] of Object.entries(DIGIT)) CODE[ch.charCodeAt(0)] = d + DIGIT_BASE;
for (const [ch, u] of Object.entries(UNIT)) CODE[ch.charCodeAt(0)] = u + UNIT_BASE;
for (const c of SPACES) CODE[c] = SPACE;
/** The invisible characters a copy leaves (script.ts INVISIBLE): left out of a numeral, as white space is. */
export { INVISIBLE };
for (const c of INVISIBLE) CODE[c] = SPACE;
CODE['万'.charCodeAt(0)] = TEN_THOUSAND;
const TEN_20 = '廿'.charCodeAt(0);
const TEN_30 = '卅'.charCodeAt(0);
const ZERO_MARK = '〇'.charCodeAt(0);
const LIANG = '两'.charCodeAt(0);

/** The code unit `k` of `text`, read as simplified when `fold` (`foldScript`, one unit at a time). */
function unitAt(text: TextLike, k: number, fold: boolean): number {
  const c = text.charCodeAt(k);
  return fold ? foldCode(c) : c;
}

/**
 * The numeral written in `text` from `from` to `to`, white space left out: `parseNumeral` of that
 * slice (of its simplified form when `fold`, as `foldScript` reads it), read in place — no slice, no
 * folded copy, no lookup by string (a long treaty has thousands of article labels, each read here).
 */
export function numeralIn(text: TextLike, from: number, to: number, fold: boolean): number | undefined {
  const point = decimalPoint(text, from, to);
  if (point >= 0) {
    const chapter = numeralIn(text, from, point, fold);
    const n = numeralIn(text, point + 1, to, fold);
    return chapter !== undefined && n !== undefined ? decimalArticle(chapter, n) : undefined;
  }
  const n = wholeNumeralIn(text, from, to, fold);
  // A number past a million that is an article's by chapter (DECIMAL_ARTICLE) is none written without a point.
  return n !== undefined && isDecimal(n) ? undefined : n;
}

/** `numeralIn` of a numeral without a decimal point. */
function wholeNumeralIn(text: TextLike, from: number, to: number, fold: boolean): number | undefined {
  // The characters that are not white space: how many, whether all are Arabic or positional digits — read only until a
  // character is neither (a numeral with a unit, `二千五百八十六`: its second character), the count then kept by the
  // general reading below (a 1 MB treaty's 2,590 labels each read twice over, s56parse).
  let length = 0;
  let arabic = true;
  let positional = true;
  let first = -1;
  let liang = false;
  for (let k = from; k < to; k++) {
    const c = unitAt(text, k, fold);
    const code = CODE[c];
    if (code === SPACE) continue;
    if (++length > 16) return undefined;
    if (first < 0) first = c;
    if (!((c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19))) arabic = false;
    if (code < DIGIT_BASE || code >= UNIT_BASE) positional = false;
    if (c === LIANG) liang = true;
    if (!arabic && !positional) break;
  }
  if (length === 0) return undefined;
  if (arabic) {
    let n = 0;
    for (let k = from; k < to; k++) {
      const c = unitAt(text, k, fold);
      if (CODE[c] !== SPACE) n = n * 10 + (c >= 0xff10 ? c - 0xff10 : c - 0x30);
    }
    return n;
  }
  // Positional digits only: 二〇〇八, 一九九六 (years), or a single digit.
  if (positional) {
    if (length > 1 && first !== ZERO_MARK && liang) return undefined;
    let n = 0;
    for (let k = from; k < to; k++) {
      const code = CODE[unitAt(text, k, fold)];
      if (code !== SPACE) n = n * 10 + code - DIGIT_BASE;
    }
    return n;
  }
  let total = 0; // completed 万 groups
  let section = 0; // value below 万
  let digit: number | undefined; // pending digit
  let lastUnit = Infinity; // units must descend inside a section
  let zero = false; // a 零 was seen since the last unit
  let count = 0; // characters read, white space left out: no numeral is longer than 16
  for (let k = from; k < to; k++) {
    const c = unitAt(text, k, fold);
    const code = CODE[c];
    if (code === SPACE) continue;
    if (++count > 16) return undefined;
    if (code >= DIGIT_BASE && code < UNIT_BASE) {
      const d = code - DIGIT_BASE;
      if (d === 0) {
        if (digit !== undefined) return undefined;
        zero = true;
        continue;
      }
      if (digit !== undefined) return undefined; // two digits without a unit
      digit = d;
    } else if (code >= UNIT_BASE) {
      const u = code - UNIT_BASE;
      if (u >= lastUnit) return undefined;
      if (digit === undefined && zero) return undefined; // 零十
      section += (digit ?? 1) * u;
      digit = undefined;
      lastUnit = u;
      zero = false;
    } else if (c === TEN_20 || c === TEN_30) {
      if (digit !== undefined || lastUnit <= 10) return undefined;
      section += c === TEN_20 ? 20 : 30;
      lastUnit = 10;
    } else if (code === TEN_THOUSAND) {
      if (total > 0) return undefined;
      section += digit ?? 0;
      if (section === 0) return undefined;
      total = section * 10000;
      section = 0;
      digit = undefined;
      lastUnit = Infinity;
      zero = false;
    } else {
      return undefined;
    }
  }
  if (digit !== undefined) {
    // 一百二 (=120) is colloquial; a trailing digit must follow 十, a 零, or stand alone.
    if (lastUnit !== 10 && lastUnit !== Infinity && !zero) return undefined;
    section += digit;
  }
  return total + section;
}

/**
 * Articles numbered by chapter with a decimal point (`第1.1条`, `第 2.3 条`, `第１．１条`: free trade agreements,
 * the 2020 China–US agreement): article Y of chapter X is the number X·DECIMAL_ARTICLE + Y — one number, as every
 * other article's, that no article numbered 1, 2, 3 … reaches (a law's articles stop in the low thousands), so
 * references, the outline and its look-ups take it as they are; formatChinese writes it back `X.Y`.
 */
export const DECIMAL_ARTICLE = 1 << 20;
/** The largest chapter a decimal number holds (an Int32 outline keeps the number). */
const DECIMAL_CHAPTERS = 2000;
/** Articles in a chapter: fewer than this (an agreement's longest chapters hold a few dozen). */
const DECIMAL_ORDINALS = 1000;

/** Article `n` of chapter `chapter` numbered with a decimal point (`1.1`); undefined when it is no such number (0, or past the range). */
export function decimalArticle(chapter: number, n: number): number | undefined {
  return chapter >= 1 && chapter <= DECIMAL_CHAPTERS && n >= 1 && n < DECIMAL_ORDINALS ? chapter * DECIMAL_ARTICLE + n : undefined;
}

/**
 * Whether an article number is written with a decimal point, by chapter (`第1.1条`): one `decimalArticle` makes.
 * (A numeral without a point never reads as one: `numeralIn` gives no number for the few past a million that would.)
 */
export function isDecimal(n: number): boolean {
  if (n <= DECIMAL_ARTICLE || n >= (DECIMAL_CHAPTERS + 1) * DECIMAL_ARTICLE || !Number.isInteger(n)) return false;
  const ordinal = n % DECIMAL_ARTICLE;
  return ordinal >= 1 && ordinal < DECIMAL_ORDINALS;
}

/** A decimal article number's chapter (`2.3` → 2); 0 for a number that is not decimal. */
export function decimalChapter(n: number): number {
  return Math.floor(n / DECIMAL_ARTICLE);
}

/** A decimal article number's place in its chapter (`2.3` → 3); the number itself when it is not decimal. */
export function decimalOrdinal(n: number): number {
  return n % DECIMAL_ARTICLE;
}

/**
 * The decimal point of a numeral `X.Y` from `from` to `to` (Arabic digits, half or full width, on both sides: `1.1`, `１．１`),
 * or -1. Nothing else holds one: a numeral with any other point reads as no numeral, as before.
 */
function decimalPoint(text: TextLike, from: number, to: number): number {
  let point = -1;
  let digitsBefore = false;
  let digitsAfter = false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x2e || c === 0xff0e) {
      if (point >= 0 || !digitsBefore) return -1;
      point = k;
    } else if ((c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19)) {
      if (point >= 0) digitsAfter = true;
      else digitsBefore = true;
    } else if (CODE[c] !== SPACE) return -1;
  }
  return point >= 0 && digitsAfter ? point : -1;
}

const CN = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 11 → 十一, 102 → 一百零二, 110 → 一百一十, 20000 → 二万. */
export function formatChinese(n: number): string {
  // An article numbered by chapter is written as it is numbered, with its point (`1.1`).
  if (isDecimal(n)) return formatDecimal(n);
  if (n >= 0 && n < FORMATTED.length && Number.isInteger(n)) return (FORMATTED[n] ??= formatUncached(n));
  return formatUncached(n);
}

/** Article, paragraph and item numbers are small and repeat: remember them. */
const FORMATTED: (string | undefined)[] = new Array(1000);

function formatUncached(n: number): string {
  if (!Number.isInteger(n) || n < 0) return String(n);
  if (n < 10) return CN[n];
  if (n < 20) return '十' + (n % 10 ? CN[n % 10] : '');
  if (n >= 10000) {
    const high = Math.floor(n / 10000);
    const low = n % 10000;
    if (low === 0) return formatUncached(high) + '万';
    return formatUncached(high) + '万' + (low < 1000 ? '零' : '') + formatBelow10000(low);
  }
  return formatBelow10000(n);
}

function formatBelow10000(n: number): string {
  const units = ['千', '百', '十', ''];
  const values = [1000, 100, 10, 1];
  let out = '';
  let pendingZero = false;
  for (let i = 0; i < 4; i++) {
    const d = Math.floor(n / values[i]) % 10;
    if (d === 0) {
      if (out) pendingZero = true;
      continue;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += CN[d] + units[i];
  }
  return out;
}

/** Whether a text's first article numbered `n` is past its first (a part of a longer text): past 1, or past 1.1. */
export function startsPast(n: number): boolean {
  return isDecimal(n) ? n > DECIMAL_ARTICLE + 1 : n > 1;
}

/** A decimal article number as written: `1.1` (Arabic digits: a chapter's articles are never numbered `一.一`). */
export function formatDecimal(n: number): string {
  return `${decimalChapter(n)}.${decimalOrdinal(n)}`;
}

/** A number in Arabic digits as a label writes it: `12`, an article by chapter `1.1`. */
export function formatArabic(n: number): string {
  return isDecimal(n) ? formatDecimal(n) : String(n);
}

/** 2008 → 二〇〇八 (digit by digit, as years are written). */
export function formatChineseDigits(n: number): string {
  return String(n).replace(/[0-9]/g, (d) => (d === '0' ? '〇' : CN[+d]));
}

/** ASCII digits written full width: `12` → `１２` (a number written as the text's full-width ones are). */
export function fullWidthDigits(s: string): string {
  return s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
}

/** Full-width digits written as ASCII ones: `１２` → `12`. */
export function asciiDigits(s: string): string {
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/** Each ordinary numeral's financial form (大写), simplified then traditional: 二 贰 貳, 三 叁 參, 六 陆 陸. */
const FINANCIAL_FORM: Record<string, readonly [string, string]> = {
  '一': ['壹', '壹'], '二': ['贰', '貳'], '三': ['叁', '參'], '四': ['肆', '肆'], '五': ['伍', '伍'], '六': ['陆', '陸'], '七': ['柒', '柒'],
  '八': ['捌', '捌'], '九': ['玖', '玖'], '十': ['拾', '拾'], '百': ['佰', '佰'], '千': ['仟', '仟'],
};
/** A financial numeral other than 壹: a numeral so written is written in them all (壹 alone may be a converter's 一). */
const FINANCIAL_PAST_ONE = /[贰貳叁參参肆伍陆陸柒捌玖拾佰仟]/;
/** A label's numeral in financial numerals past 壹 (`第贰条`, `第 拾壹 款`): the text labels its units in them all. */
const FINANCIAL_LABEL = /第[ \t\u3000]*[壹贰貳叁參参肆伍陆陸柒捌玖拾佰仟 \t\u3000]*[贰貳叁參参肆伍陆陸柒捌玖拾佰仟]/;

/**
 * Number `cn` (in ordinary Chinese numerals, `formatChinese`'s) written in financial numerals as `written` writes its own, where
 * it does (`壹`, `叁`, session 61's `第壹款`), so that a renumbering keeps the text's numerals: every character (`第叁条` → `第肆条`)
 * where `written` or, given, the text's labels hold one past 壹 (`第贰条`); else 一 alone as 壹 (a converter that wrote every 一
 * as 壹, the 1890 Sikkim page: `第壹款` beside `第二款`, so 11 is `十壹`). Traditional forms (貳 參 陸) where `written` holds
 * one, or holds no simplified one (贰 叁 参 陆) and the text is in traditional characters; `cn` itself where `written` holds none.
 */
export function financialLike(written: string, cn: string, text?: string): string {
  if (!/[壹贰貳叁參参肆伍陆陸柒捌玖拾佰仟]/.test(written)) return cn;
  if (!FINANCIAL_PAST_ONE.test(written) && !(text !== undefined && FINANCIAL_LABEL.test(text))) return cn.replace(/一/g, '壹');
  const traditional = /[貳參陸]/.test(written) || (!/[贰叁参陆]/.test(written) && hasTraditional(text ?? ''));
  return cn.replace(/[一二三四五六七八九十百千]/g, (c) => FINANCIAL_FORM[c][traditional ? 1 : 0]);
}

/** The counts a list of ordinals may end with before its unit's word: `两` to `九` (`第一、第二两条`, `第四、第五、第六三款`). */
const LIST_COUNT: Record<string, number> = { '两': 2, '兩': 2, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9 };
/** The characters that count a list (`两`, `三` …): after a closing bracket (`第（一）、（二）两项`) always the list's count. */
export const LIST_COUNT_CHARS = Object.keys(LIST_COUNT).join('');

/**
 * How many characters at the end of the last of a list's numbers are the list's count, not the number (0 or 1): older texts
 * count the units they list before the unit's word — `第四、第五、第六三款` (articles 4, 5 and 6, three articles: the 1890
 * Sikkim convention), `第一、第二两条`, `第七至第九三条` (a range: 7 to 9, three) — where `六三` read whole is 63. `numbers`:
 * the list's numbers as written, each without its 第 and unit's word, two or more; `range`: two joined by 至 or 到. A count
 * is read only where it is the list's own (as many numbers as it says, or as many as the range spans), what stands before it
 * is a numeral and the list goes up with it: `第一、第二十三条` is articles 1 and 23 (two numbers, not three),
 * `第二十一、二十二、二十三条` 21, 22 and 23 (二十 would not follow 二十二). A count that is a digit (`三`, not `两`) is read
 * only where the list runs on by one without it: `第一、第二、第十三条` and `第十一、第十二、第二十三条` are 1, 2, 13 and 11, 12,
 * 23 (none of LawRefBook/Laws' 3,505 laws holds a list whose last digit is its length, counted or not).
 */
export function countAfterList(numbers: readonly string[], range: boolean): number {
  if (numbers.length < 2) return 0;
  const last = numbers[numbers.length - 1].trimEnd();
  const count = LIST_COUNT[last.charAt(last.length - 1)];
  if (count === undefined || last.length < 2) return 0;
  const rest = parseNumeral(last.slice(0, -1));
  if (rest === undefined) return 0;
  if (range) {
    const first = numbers.length === 2 ? parseNumeral(numbers[0]) : undefined;
    return first !== undefined && rest - first + 1 === count ? 1 : 0;
  }
  if (numbers.length !== count) return 0;
  // 两 is no digit: after it the list need only go up. A digit could be the number's own: the list must then run on by one
  // (`第四、第五、第六三款`), as counted lists do, where `第十一、第十二、第二十三条` is 11, 12 and 23.
  const byOne = count !== 2 || last.charAt(last.length - 1) === '二';
  let previous = -Infinity;
  for (let i = 0; i < numbers.length; i++) {
    const n = i === numbers.length - 1 ? rest : parseNumeral(numbers[i]);
    if (n === undefined || n <= previous || (byOne && i > 0 && n !== previous + 1)) return 0;
    previous = n;
  }
  return 1;
}
