// Chinese and Arabic numerals as they are written in article numbers and dates.
// Strict: anything that is not a well-formed numeral gives `undefined`.

const DIGIT: Record<string, number> = {
  // 〇 as OCR and typists write it: `二O二三年`, `二0二三年`, `二○二三年`.
  '〇': 0, '零': 0, '○': 0, 'Ｏ': 0, 'O': 0, '0': 0, '０': 0,
  '一': 1, '二': 2, '两': 2, '三': 3, '四': 4,
  '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
};
const UNIT: Record<string, number> = { '十': 10, '百': 100, '千': 1000 };
const TENS: Record<string, number> = { '廿': 20, '卅': 30 };

/** Characters that may appear in a numeral: the lexicon's (syntax/words.ts). */
export { NUMERAL_CHARS } from './words';

const SPACES = /[\s\u3000]+/g;

/** Parses `十一`, `一十一`, `一百零二`, `二〇〇八`, `102`, `１０２`, `第 十 一`-style spaced numerals. */
export function parseNumeral(raw: string): number | undefined {
  // Article and item numbers repeat endlessly; remember the answers.
  const known = memo.get(raw);
  if (known !== undefined || memo.has(raw)) return known;
  if (memo.size > 4096) memo.clear();
  const n = parseUncached(raw);
  memo.set(raw, n);
  return n;
}

const memo = new Map<string, number | undefined>();

function parseUncached(raw: string): number | undefined {
  const s = raw.replace(SPACES, '');
  if (s.length === 0 || s.length > 16) return undefined;
  if (/^[0-9０-９]+$/.test(s)) {
    let n = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      n = n * 10 + (c >= 0xff10 ? c - 0xff10 : c - 0x30);
    }
    return n;
  }
  return parseChinese(s);
}

function parseChinese(s: string): number | undefined {
  // Positional digits only: 二〇〇八, 一九九六 (years), or a single digit.
  let positional = true;
  for (const ch of s) if (!(ch in DIGIT)) { positional = false; break; }
  if (positional) {
    if (s.length > 1 && s[0] !== '〇' && s.includes('两')) return undefined;
    let n = 0;
    for (const ch of s) n = n * 10 + DIGIT[ch];
    return n;
  }
  let total = 0; // completed 万 groups
  let section = 0; // value below 万
  let digit: number | undefined; // pending digit
  let lastUnit = Infinity; // units must descend inside a section
  let zero = false; // a 零 was seen since the last unit
  for (const ch of s) {
    if (ch in DIGIT) {
      const d = DIGIT[ch];
      if (d === 0) {
        if (digit !== undefined) return undefined;
        zero = true;
        continue;
      }
      if (digit !== undefined) return undefined; // two digits without a unit
      digit = d;
    } else if (ch in UNIT) {
      const u = UNIT[ch];
      if (u >= lastUnit) return undefined;
      if (digit === undefined && zero) return undefined; // 零十
      section += (digit ?? 1) * u;
      digit = undefined;
      lastUnit = u;
      zero = false;
    } else if (ch in TENS) {
      if (digit !== undefined || lastUnit <= 10) return undefined;
      section += TENS[ch];
      lastUnit = 10;
    } else if (ch === '万') {
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

const CN = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 11 → 十一, 102 → 一百零二, 110 → 一百一十, 20000 → 二万. */
export function formatChinese(n: number): string {
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
