// What a piece of text says in numbers, in any of the languages of a treaty's equally
// authentic texts: quantities (`五年`, `пять лет`, `five years`, `30 (тридцати) дней`,
// `百分之五`, `5%`, `100万`) and dates (`1996年7月5日`, `5 июля 1996 года`, `July 5, 1996`),
// as values, with their offsets. Used to check that two texts say the same thing
// (features/divergence.ts). Numbers that name a unit of a text (`第五条`, `статьи 5`,
// `Article 5`, the labels `1.`, `а)`) are not quantities.
//
// A number written in words counts only before a unit (`пять лет`, `五年`): `一方`, `одна из
// Сторон`, `one of the Parties` are not quantities; an amount of a thousand or more in words
// counts with no unit (`五十万美元`, `five million US dollars`: the other text may write it in digits). Numbers in digits always count. The value
// 1 never counts: `一年` is `года`, `a year`. Months in whole years count years (`twelve months` is
// `一年`). Chinese is read with traditional characters folded (`兩年`, `三個月`). A link's address and a bare
// address are not read (`](../BWBV0004143/README.md)`). The vocabulary is in syntax/words.ts.
import { asciiDigits, parseNumeral } from '../syntax/numerals';
import { foldScript } from '../syntax/script';
import { partitionPoint } from '../syntax/tree';
import { findDates } from './signing';
import type { Treaty } from './treaty';
import { markHolder, versionBase } from './versionLink';
import {
  ANNIVERSARY_NOUNS, ANNIVERSARY_NOUN_SOURCE, DATE_RANGE_WORDS, OCR_ZEROS, DAY_SUFFIXES, EN_NUMBER_WORDS, MONTHS, MULTIPLIER_STEMS, NOUN_PHRASE_ARTICLES, NUMBER_JOINERS, ORDINAL_DAY_WORDS, ORDINAL_ENDINGS, ORDINAL_WORDS, POSITIONAL_CN, RU_COMPOUND_PREFIXES, RU_NOT_UNITS, RU_NUMBER_WORDS, RU_ORDINAL_ENDINGS, RU_ORDINAL_STEMS, RU_ORDINAL_WORD, ruWordDate, SESSION_NOUNS, SESSION_NOUN_SOURCE, UNITS, UNIT_QUALIFIERS, UNIT_REFERENCE_WORDS,
  ZH_DATE_RANGE_END, ZH_DAY_WITHOUT_RI, ZH_MULTIPLIERS, ZH_SESSION_AFTER, ZH_NUMBER_JOINERS, ZH_PERCENT_PREFIX,
} from '../syntax/words';
import { Memo } from '../syntax/memo';
import { parseRoman } from '../syntax/foreign';

export interface Quantity {
  value: number;
  /** The unit it counts (`year`, `percent`, `copy` …; keys of UNITS), if written. */
  unit?: string;
  start: number;
  end: number;
}

export interface DateMention {
  year: number;
  month?: number;
  day?: number;
  start: number;
  end: number;
}

export interface Numbers {
  quantities: Quantity[];
  dates: DateMention[];
}

/** Whether a language is written in Chinese characters. */
export const isChinese = (lang: string | undefined) => lang === undefined || lang === 'zh';

/** The quantities and dates in `text[start, end)`, read as `lang` (`zh`, or any other: words in Cyrillic or Latin letters). */
export function numbersIn(text: string, start: number, end: number, lang: string | undefined): Numbers {
  const s = withoutAddresses(text.slice(start, end));
  // Traditional characters read as simplified (`兩年`, `三個月`, `第1和2條`): same length, same offsets.
  let wraps: number[] | undefined;
  let out: Numbers;
  if (isChinese(lang)) {
    const folded = foldScript(s);
    wraps = WRAPPED_YEAR.test(folded) ? [] : undefined;
    out = chinese(wraps ? unwrapYears(folded, wraps) : folded);
  } else out = sparse(s);
  if (wraps?.length) wrappedStarts(out, wraps);
  for (const q of out.quantities) {
    q.start += start;
    q.end += start;
    // Months in whole years are years (`twelve months` is `一年`, `24 months` `两年`): either text may count either.
    if (q.unit === 'month' && q.value >= 12 && q.value % 12 === 0) {
      q.value /= 12;
      q.unit = 'year';
    }
  }
  for (const d of out.dates) {
    d.start += start;
    d.end += start;
  }
  out.quantities = dedupe(out.quantities.filter((q) => q.value !== 1), text);
  return out;
}

/**
 * A year in Chinese digits a fixed-width line broke (Taiwan's law database: `並根據一` / `九四二年一月一日聯合國共同宣言`, the 1945
 * Sino-Soviet treaty): its first digits end a line (no digit before them), the rest open the next and 年 follows, four in all, the
 * first 一 or 二. Read across the break it is the year 1942; read line by line it was `九四二年`, 942 years.
 */
const WRAPPED_YEAR_SOURCE = `(?<![0-9０-９${POSITIONAL_CN}${OCR_ZEROS}])([一二][${POSITIONAL_CN}${OCR_ZEROS}]{0,2})(\\r?\\n)([${POSITIONAL_CN}${OCR_ZEROS}]{1,3})(?=年)`;
const WRAPPED_YEAR = new RegExp(WRAPPED_YEAR_SOURCE);

/**
 * `s` with each wrapped year's line break moved before its first digits (`一\n九四二年` → `\n一九四二年`: same length, the other
 * offsets kept), the year's digits read together; `wraps` gets, for each, where its digits start and where they start once moved.
 */
function unwrapYears(s: string, wraps: number[]): string {
  return s.replace(new RegExp(WRAPPED_YEAR_SOURCE, 'g'), (m, head: string, nl: string, tail: string, at: number) => {
    if (head.length + tail.length !== 4) return m;
    wraps.push(at, at + nl.length);
    return nl + head + tail;
  });
}

/** A number read at a moved year's start starts where its digits stand in the text, before the line break. */
function wrappedStarts(n: Numbers, wraps: number[]): void {
  for (let i = 0; i < wraps.length; i += 2) {
    for (const x of [...n.dates, ...n.quantities]) if (x.start === wraps[i + 1]) x.start = wraps[i];
  }
}

/**
 * A document's symbol (`S/PRST/2005/27`, `S/2005/436`, `WT/MIN(01)/DEC/2`, `ST/AI/189/Add.9/Rev.2`: its year and number are no
 * numbers the text says, in either language) and a resolution's year in brackets before 号 (`第1620(2005)号决议`, as `resolution
 * 1621 (2005)` is read after its noun, words.ts UNIT_REFERENCE_WORDS);
 * a link's address (`[Article 102 of the Charter](../BWBV0004143/README.md)`) or a bare one (`https://…/1972/12/`);
 * a number alone in square brackets, not a link's text: a book's page number run into the text (`…and social
 * security. [319]`, the Atlantic Charter as a book prints it) or a note's call (`[2]`).
 */
const ADDRESS = /(?<=\]\()[^)\s]{1,2000}(?=\))|(?:https?|ftp):\/\/[^\s)\]）」>]{1,2000}|\[[0-9]{1,4}\](?![(\[:])|(?<![A-Za-z0-9/])[A-Z]{1,8}(?:\([0-9]{2}\))?(?:\/[A-Za-z0-9.()\-]{1,12}){1,6}|(?<=[0-9])[(（](?:19|20)[0-9]{2}[)）](?=[ \t]?[号號])/gu;

/** The text with its addresses and page or note marks blanked (same length, same offsets): their digits are no numbers of the text. */
function withoutAddresses(s: string): string {
  return s.replace(ADDRESS, (m) => ' '.repeat(m.length));
}

const wholeCache = new Memo<Treaty, { numbers: Numbers; lang: string | undefined }>();

/** How `numbersOf` read the models it read (for the benchmark and tests): again where an earlier version changed, or whole. */
export const numbersStats = { partial: 0, whole: 0 };

/**
 * Every quantity and date of a text, read once per model (in the model's language). A new version
 * of a document whose earlier version's numbers were read (model/versionLink.ts) is read again only
 * in the articles the edit touched, with one article on each side for context: a keystroke in a
 * 1 MB text reads a few articles, not the whole text. Either way the numbers are those a reading
 * of the whole text gives.
 */
export function numbersOf(treaty: Treaty, lang: string | undefined): Numbers {
  const cached = wholeCache.get(treaty);
  if (cached) return cached.numbers;
  const base = versionBase(treaty);
  const before = base && wholeCache.get(base);
  let n = before && before.lang === lang ? rereadChanged(base!, before.numbers, treaty, lang) : undefined;
  if (n) {
    numbersStats.partial++;
    n = offThePage(treaty, n);
  } else {
    n = numbersWhole(treaty, lang);
    numbersStats.whole++;
  }
  wholeCache.set(treaty, { numbers: n, lang });
  markHolder(treaty);
  return n;
}

/**
 * The numbers of `treaty` from those of an earlier version of its text (`old`, read from `base`):
 * the text before and after the change is the same, so are its numbers (those after it shifted);
 * the articles around the change are read again. Undefined when the change is not inside a few
 * articles, or a number lies across the seam: then the text is read whole.
 */
function rereadChanged(base: Treaty, old: Numbers, treaty: Treaty, lang: string | undefined): Numbers | undefined {
  const a = base.text;
  const b = treaty.text;
  const max = Math.min(a.length, b.length);
  // The same text before and after the change, compared a block at a time, then a character.
  let p = 0;
  while (p + DIFF_BLOCK <= max && a.slice(p, p + DIFF_BLOCK) === b.slice(p, p + DIFF_BLOCK)) p += DIFF_BLOCK;
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  let s = 0;
  while (s + DIFF_BLOCK <= max - p && a.slice(a.length - s - DIFF_BLOCK, a.length - s) === b.slice(b.length - s - DIFF_BLOCK, b.length - s)) s += DIFF_BLOCK;
  while (s < max - p && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  const delta = b.length - a.length;
  // The articles' starts in the new text: the change lies between two of them, read again with the one before and after.
  const starts = treaty.articles.map((x) => x.start);
  const at = partitionPoint(starts.length, (i) => starts[i] <= p) - 1; // the article the change starts in (-1: before the first)
  const to = partitionPoint(starts.length, (i) => starts[i] < b.length - s); // the first article starting after it
  const innerStart = at >= 0 ? starts[at] : 0;
  const innerEnd = to < starts.length ? starts[to] : b.length;
  const outerStart = at >= 1 ? starts[at - 1] : 0;
  const outerEnd = to + 1 < starts.length ? starts[to + 1] : b.length;
  if (outerEnd - outerStart > b.length / 2) return undefined;
  const fresh = numbersIn(b, outerStart, outerEnd, lang);
  // No number across a seam, in the new reading (at innerStart, innerEnd) or the old one (at innerStart, innerEnd - delta).
  const across = (list: { start: number; end: number }[], x: number, y: number) => list.some((q) => (q.start < x && q.end > x) || (q.start < y && q.end > y));
  if (across(fresh.quantities, innerStart, innerEnd) || across(fresh.dates, innerStart, innerEnd) || across(old.quantities, innerStart, innerEnd - delta) || across(old.dates, innerStart, innerEnd - delta)) return undefined;
  // Those before the change as they are, the new ones, those after it moved by `delta` (copies: the earlier version keeps its own).
  const splice = <T extends { start: number; end: number }>(before: T[], now: T[], moved: (x: T) => T): T[] => {
    const out = before.slice(0, partitionPoint(before.length, (i) => before[i].start < innerStart));
    for (const x of now) if (x.start >= innerStart && x.start < innerEnd) out.push(x);
    for (let i = partitionPoint(before.length, (k) => before[k].start < innerEnd - delta); i < before.length; i++) out.push(moved(before[i]));
    return out;
  };
  return {
    quantities: splice(old.quantities, fresh.quantities, (q) => ({ value: q.value, unit: q.unit, start: q.start + delta, end: q.end + delta })),
    dates: splice(old.dates, fresh.dates, (d) => ({ ...d, start: d.start + delta, end: d.end + delta })),
  };
}

/** The numbers of a text read whole, none on a page's furniture (what `numbersOf` gives, however it reads). */
export function numbersWhole(treaty: Treaty, lang: string | undefined): Numbers {
  return offThePage(treaty, numbersIn(treaty.text, 0, treaty.text.length, lang));
}

/**
 * The numbers not on a page's furniture: a page number (`198`, `- 12 -`) and a footnote (`[^1]: …`,
 * a note at a page's foot, `* Source: …, Shanghai 1917, vol. 1, pp. 351-56.`) sit inside the
 * sentence that runs over them, and their numbers are none of the text's.
 */
function offThePage(treaty: Treaty, n: Numbers): Numbers {
  const text = treaty.text;
  const spans: number[] = [];
  for (const l of treaty.tree.lines) {
    if (l.kind === 'footnote' || (l.kind === 'break' && /[0-9０-９]/.test(text.slice(l.contentStart, l.contentEnd)))) spans.push(l.contentStart, l.contentEnd);
  }
  if (spans.length === 0) return n;
  // The span a number starts in: the last one starting at or before it (the spans are in text order).
  const off = <T extends { start: number }>(list: T[]): T[] => list.filter((x) => {
    const k = partitionPoint(spans.length / 2, (i) => spans[2 * i] <= x.start) - 1;
    return k < 0 || spans[2 * k + 1] <= x.start;
  });
  const quantities = off(n.quantities);
  const dates = off(n.dates);
  return quantities.length === n.quantities.length && dates.length === n.dates.length ? n : { quantities, dates };
}

/** How much text `rereadChanged` compares at once before it compares characters. */
const DIFF_BLOCK = 4096;

/** The quantities and dates of a text that lie inside [start, end). */
export function numbersBetween(treaty: Treaty, lang: string | undefined, start: number, end: number): Numbers {
  const n = numbersOf(treaty, lang);
  return { quantities: within(n.quantities, start, end), dates: within(n.dates, start, end) };
}

function within<T extends { start: number; end: number }>(list: T[], start: number, end: number): T[] {
  const lo = partitionPoint(list.length, (i) => list[i].start < start);
  let to = lo;
  while (to < list.length && list[to].end <= end) to++;
  return list.slice(lo, to);
}

/** `30 (тридцати) дней`, `三十（30）日`: one quantity written twice. */
function dedupe(qs: Quantity[], text: string): Quantity[] {
  const out: Quantity[] = [];
  for (const q of qs) {
    const last = out[out.length - 1];
    if (last && last.value === q.value && q.start - last.end <= 4 && /^[\s(（]*$/.test(text.slice(last.end, q.start))) {
      last.unit ??= q.unit;
      // `三十（30）日`: the unit was read after the repetition, so the first may already end past it.
      last.end = Math.max(last.end, q.end);
      continue;
    }
    out.push(q);
  }
  return out;
}

// ---- Chinese ------------------------------------------------------------------------------

const ZH_NUMBER = new RegExp(`(${ZH_PERCENT_PREFIX})?([0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?|[${POSITIONAL_CN}两十百千]+(?:万[${POSITIONAL_CN}两十百千]+)?(?:点[${POSITIONAL_CN}]+)?)([${Object.keys(ZH_MULTIPLIERS).join('')}])?`, 'g');
/** Units after a Chinese number, longest first. */
const ZH_UNITS: [string, string][] = Object.entries(UNITS).flatMap(([unit, w]) => w.zh.map((word): [string, string] => [word, unit])).sort((a, b) => b[0].length - a[0].length);
/** Around an amount in words: the rest of the same amount, which the pattern reads apart (`一亿二千万`; `一万二千` it reads whole). */
const ZH_AMOUNT_BEFORE = /[万亿]$/;
const ZH_AMOUNT_AFTER = new RegExp(`^[${POSITIONAL_CN}两十百千]`);
/**
 * A number in words `m` (of value `value`, at `m.index` in `s`) that is an amount of thousands (`五千`,
 * `五十万美元`), which the other text may well write in digits with no unit (`500,000 US dollars`):
 * not a part of one the pattern cuts in two (`一亿二千万`).
 */
function isAmountInWords(s: string, m: RegExpExecArray, value: number): boolean {
  const at = m.index;
  const end = at + m[0].length;
  return (m[3] !== undefined || (value >= 1000 && m[2].length >= 2)) && !ZH_AMOUNT_BEFORE.test(s.slice(Math.max(0, at - 1), at)) && !ZH_AMOUNT_AFTER.test(s.slice(end, end + 1));
}

/** After a number: it names a unit of the text (`第五条`, `5款`), not a quantity. */
const ZH_UNIT_OF_TEXT = /^[ \t]*(?:条|款|项|章|节|编|段|部分|号|次会议|届)/;
/** After a number: a bracketed repetition (`三十（30）日`), and the white space around it. */
const ZH_REPEATED = /^[ \t]*(?:[（(][^（）()]{1,12}[）)])?[ \t]*/;
/** The number pattern, read at one offset. */
const ZH_NUMBER_AT = new RegExp(ZH_NUMBER.source, 'y');

/** The unit a number joined to the one before (`三十或六十日`: at `六十日`) counts: its own, or that of the next one joined to it. */
function zhJoinedUnit(s: string, pos: number, depth: number): string | undefined {
  ZH_NUMBER_AT.lastIndex = pos;
  const m = ZH_NUMBER_AT.exec(s);
  if (!m) return undefined;
  const end = pos + m[0].length;
  // (After `五条`, `五项`: no unit nor joiner.)
  const after = end + ZH_REPEATED.exec(s.slice(end, end + 20))![0].length;
  for (const [word, u] of ZH_UNITS) if (s.startsWith(word, after)) return u;
  const j = ZH_NUMBER_JOINERS.exec(s.slice(after, after + 2));
  return j && depth < 8 ? zhJoinedUnit(s, after + j[0].length, depth + 1) : undefined;
}

/** A numeral of a date's month or day, in digits (full width too) or characters. */
const zhDatePart = (x: string) => parseNumeral(asciiDigits(x));

function chinese(s: string): Numbers {
  const found: DateMention[] = findDates(s).map((d) => ({ year: d.year, month: d.month, day: d.day, start: d.start, end: d.end }));
  // `2001年1月1日至1月31日`, `…至31日`: the end of a range takes the year (and month) of its start.
  const dates: DateMention[] = [];
  for (const d of found) {
    if (d.month !== undefined && d.day === undefined) {
      // `二月二十八的`: the day written without 日.
      const r = ZH_DAY_WITHOUT_RI.exec(s.slice(d.end, d.end + 4));
      const day = r ? zhDatePart(r[1]) : undefined;
      if (day !== undefined && day >= 1 && day <= 31) {
        d.day = day;
        d.end += r![1].length;
      }
    }
    dates.push(d);
    const r = ZH_DATE_RANGE_END.exec(s.slice(d.end, d.end + 12));
    const day = r ? zhDatePart(r[3]) : undefined;
    if (!r || day === undefined) continue;
    const month = r[2] !== undefined ? zhDatePart(r[2]) : d.month;
    dates.push({ year: d.year, month, day, start: d.end + r[1].length, end: d.end + r[0].length });
  }
  const quantities: Quantity[] = [];
  let di = 0;
  ZH_NUMBER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ZH_NUMBER.exec(s))) {
    const at = m.index;
    while (di < dates.length && dates[di].end <= at) di++;
    if (di < dates.length && dates[di].start <= at) continue; // inside a date
    const before = s.slice(Math.max(0, at - 2), at);
    if (/第[ \t]*$|附件$|[（(]$/.test(before) && !m[1]) {
      // `第五条`, `附件一`; `（30）` after a number in words is read below with its neighbour.
      if (!/[（(]$/.test(before)) {
        // `第一九七六次全体会议`, `第十六届会议`: a meeting's number, compared as one (unit `session`).
        const e = at + m[0].length;
        const meeting = /第[ \t]*$/.test(before) && ZH_SESSION_AFTER.test(s.slice(e, e + 10));
        const n = meeting ? (/[0-9０-９]/.test(m[2]) ? Number(asciiDigits(m[2])) : zhValue(m[2])) : undefined;
        if (n !== undefined && Number.isFinite(n)) quantities.push({ value: n, unit: 'session', start: at, end: e + /^[ \t]*[次届]/.exec(s.slice(e))![0].length });
        continue;
      }
      // `第六条（2）`, `第2款(1)`: the label of a unit under the one named, not a quantity.
      if (/[条條款项項][ \t]*[（(]$/.test(s.slice(Math.max(0, at - 4), at))) continue;
      // `包括﹕(1)根據…﹔及(2) 任何附件` (the Macao–Maldives air services agreement): a list's label in brackets inside a
      // sentence, as the English `(i)`, `(ii)`, not a quantity — not a repetition after a number (`三十（30）日`), nor before a
      // unit (`(3)份`).
      if (bracketLabel(s, at, m[0].length)) continue;
    }
    const digits = /[0-9０-９]/.test(m[2]);
    let value = digits ? Number(asciiDigits(m[2]).replace(/[,，]/g, '').replace('．', '.')) : zhValue(m[2]);
    if (value === undefined || !Number.isFinite(value)) continue;
    if (m[3]) value *= ZH_MULTIPLIERS[m[3]];
    let end = at + m[0].length;
    const after = s.slice(end, end + 8);
    if (ZH_UNIT_OF_TEXT.test(after)) continue;
    // `三十（30）日`: the unit may follow a bracketed repetition; `(3)年`, a number in brackets, its closing bracket.
    const skip = /[（(]$/.test(before) && /^[）)]/.test(after) ? 1 : ZH_REPEATED.exec(after)![0].length;
    const rest = s.slice(end + skip, end + skip + 4);
    let unit = m[1] ? 'percent' : undefined;
    if (!unit) for (const [word, u] of ZH_UNITS) if (rest.startsWith(word)) {
      unit = u;
      end += skip + word.length;
      break;
    }
    // `三十或六十日`, `十五至三十日`: the unit written after the last of numbers joined.
    const joiner = unit ? null : ZH_NUMBER_JOINERS.exec(s.slice(end + skip, end + skip + 2));
    if (joiner) {
      unit = zhJoinedUnit(s, end + skip + joiner[0].length, 0);
      // Its span: the number as written, with its repetition (`三十（30）`).
      if (unit) end += /^[ \t]*(?:[（(][^（）()]{1,12}[）)])?/.exec(after)![0].length;
    }
    // In words, only before a unit (`一方` is no quantity), or an amount of thousands.
    if (!digits && !unit && !isAmountInWords(s, m, value)) continue;
    quantities.push({ value, unit, start: at, end });
  }
  return { quantities, dates };
}

/** The number at `at` (`len` long, in digits) is a list's label in brackets: one or two digits, closed right after, no numeral before the opening bracket, no unit after the closing one. */
function bracketLabel(s: string, at: number, len: number): boolean {
  if (len > 2 || !/^[0-9０-９]+$/.test(s.slice(at, at + len))) return false;
  const close = s.charCodeAt(at + len);
  if (close !== 0x29 && close !== 0xff09) return false;
  if (/[0-9０-９〇零一二三四五六七八九十百千万萬两兩]/.test(s.charAt(at - 2))) return false;
  const rest = s.slice(at + len + 1, at + len + 8).replace(/^[ \t]+/, '');
  return !ZH_UNITS.some(([word]) => rest.startsWith(word));
}

/** `三十`, `二点五`. */
function zhValue(s: string): number | undefined {
  const [int, frac] = s.split('点');
  const n = parseNumeral(int);
  if (n === undefined || frac === undefined) return n;
  const digits = [...frac].map((c) => parseNumeral(c) ?? 0).join('');
  return Number(`${n}.${digits}`);
}

// ---- Russian, English, French ------------------------------------------------------------

/** Tokens: numbers in digits (groups of three by spaces or commas, decimals), words, `%`, brackets, punctuation (a comma ends a number in words: `thirty, sixty`), dashes (`30–60 days`). */
const TOKEN = /\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d{1,3}(?:,\d{3})+(?!\d|,\d)|\d+(?:[.,]\d+)?|[\p{L}]+(?:-[\p{L}]+)*|%|[()«»"“”]|[.,;:!?\-–]/gu;
interface Tok {
  s: string;
  lower: string;
  start: number;
  end: number;
}

/** Units after a number in words: Russian stems, English and French words. */
const UNIT_WORDS: [string, string][] = Object.entries(UNITS).flatMap(([unit, w]) => [...w.ru, ...w.en].map((x): [string, string] => [x, unit]));

/** A word between a number and its unit (`calendar`, `рабочих`). */
const isQualifier = (lower: string) => UNIT_QUALIFIERS.en.includes(lower) || UNIT_QUALIFIERS.ru.some((stem) => lower.startsWith(stem) && lower.length <= stem.length + 3);

/** The unit a word (and the word after it: `per cent`), or the words after qualifiers (`consecutive calendar days`), name, if any. */
function unitOf(tokens: Tok[], i: number): { unit: string; last: number } | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  if (isQualifier(t.lower)) return unitOf(tokens, i + 1);
  const two = tokens[i + 1] ? `${t.lower} ${tokens[i + 1].lower}` : '';
  for (const [word, unit] of UNIT_WORDS) {
    if (word.includes(' ')) {
      if (two === word) return { unit, last: i + 1 };
      continue;
    }
    // Russian: a stem and an ending of at most three letters (`лет`, `года`, `месяцев`); others: the word.
    if (/[а-яё]/.test(word) ? t.lower.startsWith(word) && t.lower.length <= word.length + 3 && !RU_NOT_UNITS.has(t.lower) : t.lower === word) return { unit, last: i };
  }
  return undefined;
}


/** The value of a number word in the table (English and French), not a property every object has (`constructor`). */
const enValue = (w: string): number | undefined => (Object.prototype.hasOwnProperty.call(EN_NUMBER_WORDS, w) ? EN_NUMBER_WORDS[w] : undefined);

/** The value of a word for thousand, million or billion after a number, read by its stem and a short ending: `тысячи`, `миллионов`, `millions`. */
const multiplierOf = (w: string): number | undefined => MULTIPLIER_STEMS.find(([stem]) => w.startsWith(stem) && w.length <= stem.length + 3)?.[1];

/** The largest power of ten that divides `n` (a whole number above 0). */
function place(n: number): number {
  let p = 1;
  while (n % (p * 10) === 0) p *= 10;
  return p;
}

/**
 * Whether a number word of value `v` adds to the number read so far (`n`): below its last place
 * (`twenty five`, `сто двадцать`, `two hundred and fifty`), or 1–19 after sixty or eighty in
 * French (`soixante-quinze`, `quatre-vingt-dix`); not `thirty sixty`, `fifteen twenty` (two numbers).
 */
function adds(n: number, v: number): boolean {
  return n === 0 || v < place(n) || (v < 20 && (n % 100 === 60 || n % 100 === 80));
}

/**
 * One token of a number in words read on from `total` and `current` (`started`: a number word
 * came before it), or undefined when it is no part of it: `twenty-five`, `quatre-vingt-dix`
 * (`quatre-vingt` is one word of the table), `тысяч` after a number.
 */
function numberToken(w: string, total: number, current: number, started: boolean): { total: number; current: number } | undefined {
  const parts = w.split('-');
  for (let k = 0; k < parts.length; k++) {
    let p = parts[k];
    if (k + 1 < parts.length && enValue(`${p}-${parts[k + 1]}`) !== undefined) p = `${p}-${parts[++k]}`;
    const ru = RU_NUMBER_WORDS.get(p);
    const en = enValue(p);
    const add = ru ?? (en !== undefined && en < 100 ? en : undefined);
    if (add !== undefined) {
      if (!adds(total + current, add)) return undefined;
      current += add;
    } else if (en === 100) current = (current || 1) * 100;
    else if (en !== undefined) {
      total += (current || 1) * en;
      current = 0;
    } else {
      const mult = started || k > 0 ? multiplierOf(p) : undefined;
      if (mult === undefined) return undefined;
      total += (current || 1) * mult;
      current = 0;
    }
  }
  return { total, current };
}

/** The value of a number word at `i`, with the index of its last token: `двадцати пяти`, `twenty-five`, `five thousand`. */
function wordNumber(tokens: Tok[], i: number): { value: number; last: number } | undefined {
  let total = 0;
  let current = 0;
  let last = -1;
  for (let j = i; j < tokens.length; j++) {
    const w = tokens[j].lower;
    const next = numberToken(w, total, current, last >= 0);
    if (!next) {
      // `two hundred and fifty`, `vingt et un`: and/et inside one number; not `thirty and sixty`,
      // `five thousand and ten thousand` (two).
      if ((w === 'and' || w === 'et') && last >= 0) {
        const rest = wordNumber(tokens, j + 1);
        if (rest && adds(total + current, rest.value)) continue;
      }
      break;
    }
    ({ total, current } = next);
    last = j;
  }
  return last >= 0 ? { value: total + current, last } : undefined;
}

/** A compound adjective of duration: `пятилетний` → 5 years, `шестимесячный` → 6 months. */
function compound(lower: string): { value: number; unit: string } | undefined {
  const m = /^([а-яё]+?)(летн|месячн|дневн)[а-яё]*$/.exec(lower);
  const value = m ? RU_COMPOUND_PREFIXES[m[1]] : undefined;
  return value !== undefined ? { value, unit: m![2] === 'летн' ? 'year' : m![2] === 'месячн' ? 'month' : 'day' } : undefined;
}

/** `five-year`, `thirty-day`: a number word and a unit in one token. */
function hyphenated(tokens: Tok[], i: number): { value: number; unit: string } | undefined {
  const t = tokens[i];
  const cut = t.lower.lastIndexOf('-');
  if (cut < 0) return undefined;
  const head = { ...t, lower: t.lower.slice(0, cut) };
  const tail = { ...t, lower: t.lower.slice(cut + 1) };
  const n = wordNumber([head], 0);
  const u = unitOf([tail], 0);
  return n && u ? { value: n.value, unit: u.unit } : undefined;
}

function monthOf(lower: string): number | undefined {
  return Object.prototype.hasOwnProperty.call(MONTHS, lower) ? MONTHS[lower] : undefined;
}

const isDigits = (t: Tok | undefined) => !!t && /^\d/.test(t.s);
const digitValue = (s: string) => Number(s.replace(/[ \u00a0\u202f]/g, '').replace(/,(\d{1,2})$/, '.$1').replace(/,/g, ''));

/**
 * Where a number may be written: digits, a number word, a compound adjective of duration (`пятилетний`, read by `compound`),
 * or a Roman numeral before a century's noun (`XXI веке`, `XXIe siècle`, read by `centuryAt`). Made at its first use, not at
 * load: ~1.6 M instructions an isolate (a `u` pattern of word lists and `\p{L}` lookbehinds), and never run by treaty-check over
 * LawRefBook/Laws nor the 5,000 generated treaties, Chinese texts all (session 57's census).
 */
let candidate: RegExp | undefined;
const candidatePattern = (): RegExp =>
  (candidate ??= new RegExp(`\\d|(?<![\\p{L}])[IVXL]{1,7}(?:e|ème)?[ \\u00a0]+(?:век|siècle|centur)|(?<![\\p{L}])(?:(?:${[...RU_NUMBER_WORDS.keys(), ...Object.keys(EN_NUMBER_WORDS)]
  .sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}])|(?:${SESSION_NOUN_SOURCE}|${ANNIVERSARY_NOUN_SOURCE})(?![\\p{L}])|(?:${Object.keys(RU_COMPOUND_PREFIXES).sort((a, b) => b.length - a.length).join('|')})(?=летн|месячн|дневн))`, 'giu'));

/**
 * Reads only the stretches of text around the places a number may be written (most words are
 * not numbers): each stretch from a word boundary some 40 characters before to one some 120 after,
 * overlapping stretches merged, read by `alphabetic`.
 */
function sparse(s: string): Numbers {
  const out: Numbers = { quantities: [], dates: [] };
  const CANDIDATE = candidatePattern();
  CANDIDATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let from = -1;
  let to = -1;
  const flush = () => {
    if (from < 0) return;
    const a = boundaryBefore(s, from);
    const b = boundaryAfter(s, to);
    const n = alphabetic(s.slice(a, b));
    for (const q of n.quantities) out.quantities.push({ ...q, start: q.start + a, end: q.end + a });
    for (const d of n.dates) out.dates.push({ ...d, start: d.start + a, end: d.end + a });
  };
  while ((m = CANDIDATE.exec(s))) {
    const a = Math.max(0, m.index - 40);
    const b = Math.min(s.length, m.index + m[0].length + 120);
    if (from >= 0 && a <= to) to = Math.max(to, b);
    else {
      flush();
      from = a;
      to = b;
    }
    // Digits run on: skip them in one step.
    if (m[0] >= '0' && m[0] <= '9') while (CANDIDATE.lastIndex < s.length && /[\d ,.]/.test(s[CANDIDATE.lastIndex])) CANDIDATE.lastIndex++;
  }
  flush();
  return out;
}

/** A start at white space at or before `at` (at most 30 characters back), so no word is cut. */
function boundaryBefore(s: string, at: number): number {
  for (let i = at; i > 0 && i > at - 30; i--) if (/\s/.test(s[i - 1])) return i;
  return at <= 30 ? 0 : at;
}

function boundaryAfter(s: string, at: number): number {
  for (let i = at; i < s.length && i < at + 30; i++) if (/\s/.test(s[i])) return i;
  return Math.min(s.length, at);
}

/** A day of a month: one or two digits, with an ordinal's ending glued on (`1er`, `16th`); the index of its last token. */
function dayAt(tokens: Tok[], i: number): { day: number; last: number } | undefined {
  const t = tokens[i];
  if (!isDigits(t) || t.s.length > 2) return undefined;
  const suffix = tokens[i + 1];
  return { day: Number(t.s), last: suffix && suffix.start === t.end && DAY_SUFFIXES.has(suffix.lower) ? i + 1 : i };
}

const isYear = (t: Tok | undefined) => isDigits(t) && t!.s.length === 4;
/** Closing quotation marks after an opening one, around the day of a Russian date (`«16» июля`). */
const CLOSE_QUOTE: Record<string, string> = { '«': '»', '"': '"', '“': '”' };

/**
 * A date starting at token `i`, with the index of its last token: day first (`5 июля 1996`,
 * `«16» июля 2001`, `le 1er janvier 2001`, `the 16th day of July, 2001`, `the 1st of January 2001`) or month first
 * (`July 5, 1996`); the start of a range written short (`from 1 [January] to 31 March 2001`).
 */
function dateAt(tokens: Tok[], i: number): (DateMention & { last: number }) | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  // (A Cyrillic word: a Russian day in words, `двадцать пятого мая две тысячи второго года`.)
  const c0 = t.s.charCodeAt(0);
  if (c0 >= 0x400 && c0 <= 0x4ff) {
    const ru = ruWordDateAt(tokens, i);
    if (ru) return ru;
  }
  const close = CLOSE_QUOTE[t.s];
  const d = dayAt(tokens, close ? i + 1 : i);
  if (d) {
    let k = d.last + 1;
    if (close) {
      if (tokens[k]?.s !== close) return undefined;
      k++;
    }
    if (tokens[k]?.lower === 'day') k++;
    if (tokens[k]?.lower === 'of') k++;
    const month = monthOf(tokens[k]?.lower ?? '');
    // `from 1 to 31 January 2001`: the day alone, the month and year of the range's end.
    if (month === undefined) return rangeStart(tokens, k, { day: d.day, start: t.start, end: tokens[d.last].end, last: d.last });
    const y = tokens[k + 1]?.s === ',' ? k + 2 : k + 1;
    if (isYear(tokens[y])) return { day: d.day, month, year: Number(tokens[y].s), start: t.start, end: tokens[y].end, last: y };
    // `from 1 January to 31 March 2001`: the year of the range's end.
    return rangeStart(tokens, k + 1, { day: d.day, month, start: t.start, end: tokens[k].end, last: k });
  }
  const month = monthOf(t.lower);
  const day = month !== undefined && t.s[0] === t.s[0].toUpperCase() ? dayAt(tokens, i + 1) : undefined;
  if (!day) return undefined;
  const y = tokens[day.last + 1]?.s === ',' ? day.last + 2 : day.last + 1;
  return isYear(tokens[y]) ? { month, day: day.day, year: Number(tokens[y].s), start: t.start, end: tokens[y].end, last: y } : undefined;
}

/**
 * A Russian date whose day is an ordinal in words, in any case (`двадцать пятого мая 2002 года`, `первое июля`, `тридцать первого
 * декабря`), its year in digits or in words (`две тысячи второго года`, `тысяча девятьсот девяносто четвертого года`,
 * `двухтысячного года`): a signing clause's and a preamble's dates as Russian texts write them out. Not a day and month alone.
 */
function ruWordDateAt(tokens: Tok[], i: number): (DateMention & { last: number }) | undefined {
  const d = ruWordDate(tokens, i);
  return d && { day: d.day, month: d.month, year: d.year, start: tokens[i].start, end: tokens[d.last].end, last: d.last };
}

/**
 * The start of a range of dates written short (`part`, with no year; or no month either), when a
 * range word at token `k` leads to a date: the month and year it lacks are that date's.
 */
function rangeStart(tokens: Tok[], k: number, part: Omit<DateMention, 'year'> & { last: number }): (DateMention & { last: number }) | undefined {
  // (`1, 2 and 3 July 2001`: the end may itself be a start written short.)
  const end = DATE_RANGE_WORDS.has(tokens[k]?.lower ?? '') ? dateAt(tokens, k + 1) : undefined;
  return end ? { ...part, month: part.month ?? end.month, year: end.year } : undefined;
}

/** A number read at token `i`: its value, its last token, its unit; the last token of its span (its unit when written after it, else the number with a bracketed repetition: `thirty (30)`). */
interface Read {
  value: number;
  last: number;
  span: number;
  unit?: string;
  /** The unit is written after the number (`span` is its last token). */
  written?: boolean;
  /** The unit is the next number's, passed on by a word joining them (`sixty or ninety days`), maybe after commas (`thirty, sixty or ninety days`). */
  listed?: boolean;
}

/** A year standing alone (`1996 года`, `the 1982 Convention`): four digits from 1800 to 2100, before no unit but years. */
function yearAlone(tokens: Tok[], i: number): boolean {
  const t = tokens[i];
  const v = Number(t.s);
  if (!/^\d{4}$/.test(t.s) || v < 1800 || v > 2100) return false;
  const unit = unitOf(tokens, i + 1)?.unit;
  return unit === undefined || unit === 'year';
}

/**
 * The number at token `i` (digits, words, `five-year`, `пятилетний`) and its unit, after a
 * bracketed repetition (`five (5) years`, `30 (тридцати) дней`); with none written, the unit of
 * the next number joined to it (`thirty and sixty days`, `тридцати, шестидесяти или девяноста
 * дней`, `from thirty to sixty days`), as far as `depth` allows.
 */
function readAt(tokens: Tok[], i: number, depth: number): Read | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  let value: number;
  let last = i;
  if (isDigits(t)) {
    if (depth > 0 && yearAlone(tokens, i)) return undefined;
    value = digitValue(t.s);
    // `1 000 000 долларов`, `1 млн`, `2 million`, `2 millions`.
    const next = tokens[i + 1]?.lower ?? '';
    const en = enValue(next);
    const mult = en !== undefined && en >= 1e3 ? en : multiplierOf(next);
    if (mult !== undefined) {
      value *= mult;
      last = i + 1;
    }
  } else {
    const c = compound(t.lower) ?? hyphenated(tokens, i);
    if (c) return { value: c.value, last: i, span: i, unit: c.unit, written: true };
    const w = wordNumber(tokens, i);
    if (!w) return undefined;
    value = w.value;
    last = w.last;
  }
  let u = last + 1;
  if (tokens[u]?.s === '(') {
    let close = u + 1;
    while (close < tokens.length && close < u + 6 && tokens[close].s !== ')') close++;
    if (tokens[close]?.s === ')') u = close + 1;
  }
  const unit = unitOf(tokens, u);
  if (unit) return { value, last, span: unit.last, unit: unit.unit, written: true };
  // `sixty or ninety days`, `thirty, sixty, or ninety days`: a word joining, after a comma or not;
  // a comma alone only in a list a word ends (not `$1,000,000, 5 million, twenty-five years`).
  const comma = tokens[u]?.s === ',';
  const word = NUMBER_JOINERS.has(tokens[comma ? u + 1 : u]?.lower ?? '');
  const at = word ? (comma ? u + 2 : u + 1) : comma ? u + 1 : -1;
  const next = at >= 0 && depth < 8 ? readAt(tokens, at, depth + 1) : undefined;
  const listed = !!next?.unit && (word || !!next.listed);
  return { value, last, span: listed ? u - 1 : last, unit: listed ? next!.unit : undefined, listed };
}

function alphabetic(s: string): Numbers {
  const tokens: Tok[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(s))) tokens.push({ s: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  const quantities: Quantity[] = [];
  const dates: DateMention[] = [];
  const used = new Set<number>();
  // Dates first: `5 июля 1996 года`, `5 July 1996`, `July 5, 1996`, `le 1er juillet 1996`.
  for (let i = 0; i < tokens.length; i++) {
    // (No date opens inside another: `двадцать пятого мая …` is not also `пятого мая …`.)
    if (used.has(i)) continue;
    const d = dateAt(tokens, i);
    if (!d) continue;
    dates.push({ day: d.day, month: d.month, year: d.year, start: d.start, end: d.end });
    for (let k = i; k <= d.last; k++) used.add(k);
  }
  for (let i = 0; i < tokens.length; i++) {
    if (used.has(i)) continue;
    const t = tokens[i];
    if (isDigits(t)) {
      // An ordinal (`1976th plenary meeting`, `1976e séance`, `26-й сессии`): a place in a series, not a number said.
      const o = ordinalEnd(tokens, i);
      if (o > i) {
        // Before a meeting's noun (`1976th plenary meeting`): the meeting's number, compared as one.
        if (sessionAhead(tokens, o)) quantities.push({ value: digitValue(t.s), unit: 'session', start: t.start, end: tokens[o].end });
        // Before `anniversary` (`400th anniversary`): the years it counts (`400周年`).
        else if (ANNIVERSARY_NOUNS.test(tokens[o + 1]?.lower ?? '')) quantities.push({ value: digitValue(t.s), unit: 'year', start: t.start, end: tokens[o + 1].end });
        // Before `century` (`the 21st century`): the century (`21世纪`).
        else if (unitOf(tokens, o + 1)?.unit === 'century') quantities.push({ value: digitValue(t.s), unit: 'century', start: t.start, end: tokens[o + 1].end });
        i = o;
        continue;
      }
      // (Not a number with its unit after a list of them: `Articles 5 to 7 and 30 days`.)
      if (!/[.,]/.test(t.s) && referenceBefore(tokens, i) && !unitOf(tokens, i + 1)) continue;
      // A year standing alone: `1996 года`, `the 1982 Convention`.
      if (yearAlone(tokens, i)) {
        const year = /^(?:год|г$)/.test(tokens[i + 1]?.lower ?? '') ? i + 1 : i;
        dates.push({ year: Number(t.s), start: t.start, end: tokens[year].end + (tokens[year].lower === 'г' && s[tokens[year].end] === '.' ? 1 : 0) });
        i = year;
        continue;
      }
      // A list's label in brackets inside a sentence (`and (2) any Annex`, as `及(2) 任何附件`): one or two digits, no unit after,
      // no number before (`five (5) years` is read with `five`).
      if (t.s.length <= 2 && tokens[i - 1]?.s === '(' && tokens[i + 1]?.s === ')' && !unitOf(tokens, i + 2) && !(i >= 2 && (isDigits(tokens[i - 2]) || wordNumber(tokens, i - 2)))) continue;
      // Right before an article (`0 a people's commune`: a scan's stray mark read as a digit; not a year, `in 1973 the`), a
      // numeral counts nothing.
      if (!/[.,]/.test(t.s) && NOUN_PHRASE_ARTICLES.has(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.s !== '.') continue;
    }
    // A Roman numeral before a century's noun (`в XXI веке`, `au XXIe siècle`): the century (`21世纪`).
    const century = centuryAt(tokens, i);
    if (century) {
      quantities.push(century);
      i++;
      continue;
    }
    // An ordinal in words (`sixteenth`, `twenty-sixth`, `première`, `первое`): a meeting's number before its noun, else nothing.
    const ord = t.s.length < 5 || isDigits(t) ? undefined : ordinalWord(t.lower);
    if (ord !== undefined) {
      if (sessionAhead(tokens, i)) quantities.push({ value: ord, unit: 'session', start: t.start, end: t.end });
      else if (ANNIVERSARY_NOUNS.test(tokens[i + 1]?.lower ?? '')) quantities.push({ value: ord, unit: 'year', start: t.start, end: tokens[i + 1].end });
      continue;
    }
    const r = readAt(tokens, i, 0);
    if (!r) continue;
    // In words, only with a unit, or an amount of thousands (`five hundred thousand US dollars`).
    if (!r.unit && !isDigits(t) && r.value < 1000) {
      i = r.last;
      continue;
    }
    // Its span: to the unit written after it; a unit of the next number's, the number as written (`thirty (30)`).
    quantities.push({ value: r.value, unit: r.unit, start: t.start, end: tokens[r.span].end });
    // On after its unit (`per cent` is no `cent`); a repetition in brackets is read again and kept as one (dedupe).
    i = r.written ? r.span : r.last;
  }
  // (Quantities are read in order; dates are not: a year alone is found after the full dates.)
  dates.sort((a, b) => a.start - b.start);
  return { quantities, dates };
}

/** A Roman numeral in capitals (French with its ordinal's `e`: `XXIe`) right before a century's noun (`XXI веке`, `XXIe siècle`): the century, or undefined. */
function centuryAt(tokens: Tok[], i: number): Quantity | undefined {
  const t = tokens[i];
  const m = t.s.length <= 9 && t.s.charCodeAt(0) <= 0x58 ? ROMAN_CENTURY.exec(t.s) : null;
  if (!m) return undefined;
  const next = tokens[i + 1];
  if (!next || unitOf(tokens, i + 1)?.unit !== 'century') return undefined;
  // (A numeral written ill, `IIII`, is none: syntax/foreign.ts parseRoman, as articles and chapters are numbered.)
  const value = parseRoman(m[1]) ?? 0;
  return value > 0 && value <= 40 ? { value, unit: 'century', start: t.start, end: next.end } : undefined;
}
const ROMAN_CENTURY = /^([IVXL]{1,7})(?:e|ème)?$/;

/** A meeting's or session's noun within the three words after token `k` (`plenary meeting`, `ordinary session`, `séance`). */
function sessionAhead(tokens: Tok[], k: number): boolean {
  for (let j = k + 1; j <= k + 3 && j < tokens.length; j++) {
    const w = tokens[j];
    if (!/^\p{L}/u.test(w.s)) return false;
    if (SESSION_NOUNS.test(w.lower)) return true;
  }
  return false;
}

/** The value of an ordinal in words (`sixteenth`, `twenty-sixth`, `vingt-sixième`, `первое`: five letters or more), or undefined. */
function ordinalWord(lower: string): number | undefined {
  if (Object.prototype.hasOwnProperty.call(ORDINAL_WORDS, lower)) return ORDINAL_WORDS[lower];
  const dash = lower.lastIndexOf('-');
  if (dash > 0) {
    const tens = enValue(lower.slice(0, dash));
    const unit = lower.slice(dash + 1);
    if (tens !== undefined && tens >= 20 && tens < 100 && Object.prototype.hasOwnProperty.call(ORDINAL_WORDS, unit) && ORDINAL_WORDS[unit] < 10) return tens + ORDINAL_WORDS[unit];
    return undefined;
  }
  const m = RU_ORDINAL_WORD.exec(lower);
  return m ? RU_ORDINAL_STEMS.find(([stem]) => stem === m[1])![1] : undefined;
}

/**
 * The last token of an ordinal's ending glued to the number in digits at `i` (`1976th`, `1976e`,
 * `26-й`) when a noun follows it (`plenary meeting`, `séance`, `сессии`: not `of`, `day`); `i` when not.
 */
function ordinalEnd(tokens: Tok[], i: number): number {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!next || next.start !== t.end || /[.,]/.test(t.s)) return i;
  let last = -1;
  if (ORDINAL_ENDINGS.has(next.lower)) last = i + 1;
  else if (next.s === '-' && tokens[i + 2]?.start === next.end && RU_ORDINAL_ENDINGS.has(tokens[i + 2].lower)) last = i + 2;
  const word = tokens[last + 1];
  return last > 0 && word && /^\p{L}/u.test(word.s) && !ORDINAL_DAY_WORDS.has(word.lower) ? last : i;
}

/** Before token `j`, the end of a date `of 1 October 2004` (`du 1er`, `от 8 июня 2004 года`): the token before `of`, or -1. */
function ofDateBefore(tokens: Tok[], j: number): number {
  if (!isDigits(tokens[j])) j--;
  return j >= 3 && isDigits(tokens[j]) && monthOf(tokens[j - 1].lower) !== undefined && isDigits(tokens[j - 2]) && /^(?:of|du|от)$/.test(tokens[j - 3].lower) ? j - 4 : -1;
}

/** `статьи 5`, `Article 5`, `пунктов 2 и 3`, `Articles 5, 6 and 7`: the number names a unit of a text. */
function referenceBefore(tokens: Tok[], i: number): boolean {
  let j = i - 1;
  for (;;) {
    // A date between the numbers listed: `resolutions 1565 of 1 October 2004 and 1592`, `резолюции 1546 от 8 июня 2004 года и 1637`.
    const d = j >= 0 && isDigits(tokens[j]) || tokens[j]?.lower === 'года' || tokens[j]?.lower === 'г' ? ofDateBefore(tokens, j) : -1;
    if (d >= 0) j = d;
    else if (j >= 0 && (isDigits(tokens[j]) || /^(?:и|или|and|or|et|ou|to|по|-|–|,)$/.test(tokens[j].lower))) j--;
    // A sub-unit's label between: `Articles 6 (b) and 7 (b)`, `Article 5(2)`.
    else if (j >= 2 && tokens[j].s === ')' && tokens[j - 2].s === '(' && tokens[j - 1].s.length <= 4) j -= 3;
    else if (j >= 0 && tokens[j].s === '(') j--;
    else break;
  }
  return j >= 0 && UNIT_REFERENCE_WORDS.test(tokens[j].lower);
}
