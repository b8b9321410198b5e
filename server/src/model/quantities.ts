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
// 1 never counts: `一年` is `года`, `a year`. The vocabulary is in syntax/words.ts.
import { parseNumeral } from '../syntax/numerals';
import { partitionPoint } from '../syntax/tree';
import { findDates } from './signing';
import type { Treaty } from './treaty';
import {
  EN_NUMBER_WORDS, MONTHS, POSITIONAL_CN, RU_COMPOUND_PREFIXES, RU_NOT_UNITS, RU_MULTIPLIERS, RU_NUMBER_WORDS, UNITS, UNIT_REFERENCE_WORDS, ZH_MULTIPLIERS, ZH_PERCENT_PREFIX,
} from '../syntax/words';

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
  const s = text.slice(start, end);
  const out = isChinese(lang) ? chinese(s) : sparse(s);
  for (const q of out.quantities) {
    q.start += start;
    q.end += start;
  }
  for (const d of out.dates) {
    d.start += start;
    d.end += start;
  }
  out.quantities = dedupe(out.quantities.filter((q) => q.value !== 1), text);
  return out;
}

const wholeCache = new WeakMap<Treaty, Numbers>();

/** Every quantity and date of a text, read once per model (in the model's language). */
export function numbersOf(treaty: Treaty, lang: string | undefined): Numbers {
  let n = wholeCache.get(treaty);
  if (!n) wholeCache.set(treaty, (n = numbersIn(treaty.text, 0, treaty.text.length, lang)));
  return n;
}

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

function chinese(s: string): Numbers {
  const dates: DateMention[] = findDates(s).map((d) => ({ year: d.year, month: d.month, day: d.day, start: d.start, end: d.end }));
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
      if (!/[（(]$/.test(before)) continue;
      // `第六条（2）`, `第2款(1)`: the label of a unit under the one named, not a quantity.
      if (/[条條款项項][ \t]*[（(]$/.test(s.slice(Math.max(0, at - 4), at))) continue;
    }
    const digits = /[0-9０-９]/.test(m[2]);
    let value = digits ? Number(m[2].replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/[,，]/g, '').replace('．', '.')) : zhValue(m[2]);
    if (value === undefined || !Number.isFinite(value)) continue;
    if (m[3]) value *= ZH_MULTIPLIERS[m[3]];
    let end = at + m[0].length;
    const after = s.slice(end, end + 8);
    if (ZH_UNIT_OF_TEXT.test(after)) continue;
    // `三十（30）日`: the unit may follow a bracketed repetition.
    const skip = /^[ \t]*(?:[（(][^（）()]{1,12}[）)])?[ \t]*/.exec(after)![0].length;
    const rest = s.slice(end + skip, end + skip + 4);
    let unit = m[1] ? 'percent' : undefined;
    if (!unit) for (const [word, u] of ZH_UNITS) if (rest.startsWith(word)) {
      unit = u;
      end += skip + word.length;
      break;
    }
    // In words, only before a unit (`一方` is no quantity), or an amount of thousands.
    if (!digits && !unit && !isAmountInWords(s, m, value)) continue;
    quantities.push({ value, unit, start: at, end });
  }
  return { quantities, dates };
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

/** Tokens: numbers in digits (groups of three by spaces or commas, decimals), words, `%`, brackets. */
const TOKEN = /\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d{1,3}(?:,\d{3})+(?!\d|,\d)|\d+(?:[.,]\d+)?|[\p{L}]+(?:-[\p{L}]+)*|%|[()«»"“”]|[.;:!?]/gu;
interface Tok {
  s: string;
  lower: string;
  start: number;
  end: number;
}

/** Units after a number in words: Russian stems, English and French words. */
const UNIT_WORDS: [string, string][] = Object.entries(UNITS).flatMap(([unit, w]) => [...w.ru, ...w.en].map((x): [string, string] => [x, unit]));

/** The unit a word (and the word after it: `per cent`) names, if any. */
function unitOf(tokens: Tok[], i: number): { unit: string; last: number } | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  if (t.s === '%') return { unit: 'percent', last: i };
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


/** The value of a number word at `i`, with the index of its last token: `двадцати пяти`, `twenty-five`, `five thousand`. */
function wordNumber(tokens: Tok[], i: number): { value: number; last: number } | undefined {
  let total = 0;
  let current = 0;
  let last = -1;
  for (let j = i; j < tokens.length; j++) {
    const w = tokens[j].lower;
    const parts = w.includes('-') ? w.split('-') : [w];
    let matched = true;
    for (const p of parts) {
      const ru = RU_NUMBER_WORDS.get(p);
      const en = EN_NUMBER_WORDS[p];
      const mult = RU_MULTIPLIERS.find(([stem]) => p.startsWith(stem) && p.length <= stem.length + 3)?.[1];
      if (ru !== undefined) current += ru;
      else if (en === 100) current = (current || 1) * 100;
      else if (en !== undefined && en >= 1000) {
        total += (current || 1) * en;
        current = 0;
      } else if (en !== undefined) current += en;
      else if (mult !== undefined && last >= 0) {
        total += (current || 1) * mult;
        current = 0;
      } else {
        matched = false;
        break;
      }
    }
    if (!matched) {
      // `two hundred and fifty`.
      if ((w === 'and' || w === 'et') && last >= 0 && tokens[j + 1] && (EN_NUMBER_WORDS[tokens[j + 1].lower] ?? 100) < 100) continue;
      break;
    }
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
  const head = { ...t, s: t.s.slice(0, cut), lower: t.lower.slice(0, cut) };
  const tail = { ...t, s: t.s.slice(cut + 1), lower: t.lower.slice(cut + 1) };
  const n = wordNumber([head], 0);
  const u = unitOf([tail], 0);
  return n && u ? { value: n.value, unit: u.unit } : undefined;
}

function monthOf(lower: string): number | undefined {
  return Object.prototype.hasOwnProperty.call(MONTHS, lower) ? MONTHS[lower] : undefined;
}

const isDigits = (t: Tok | undefined) => !!t && /^\d/.test(t.s);
const digitValue = (s: string) => Number(s.replace(/[ \u00a0\u202f]/g, '').replace(/,(\d{1,2})$/, '.$1').replace(/,/g, ''));

/** Where a number may be written: digits, a number word, or a compound adjective of duration (`пятилетний`, read by `compound`). */
const CANDIDATE = new RegExp(`\\d|(?<![\\p{L}])(?:(?:${[...RU_NUMBER_WORDS.keys(), ...Object.keys(EN_NUMBER_WORDS)]
  .sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}])|(?:${Object.keys(RU_COMPOUND_PREFIXES).sort((a, b) => b.length - a.length).join('|')})(?=летн|месячн|дневн))`, 'giu');

/**
 * Reads only the stretches of text around the places a number may be written (most words are
 * not numbers): each stretch from a word boundary some 40 characters before to one some 120 after,
 * overlapping stretches merged, read by `alphabetic`.
 */
function sparse(s: string): Numbers {
  const out: Numbers = { quantities: [], dates: [] };
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

function alphabetic(s: string): Numbers {
  const tokens: Tok[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(s))) tokens.push({ s: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  const quantities: Quantity[] = [];
  const dates: DateMention[] = [];
  const used = new Set<number>();
  // Dates first: `5 июля 1996 года`, `5 July 1996`, `July 5, 1996`, `le 5 juillet 1996`.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    let month: number | undefined;
    if (isDigits(t) && t.s.length <= 2 && (month = monthOf(tokens[i + 1]?.lower ?? '')) !== undefined && isDigits(tokens[i + 2]) && tokens[i + 2].s.length === 4) {
      dates.push({ day: Number(t.s), month, year: Number(tokens[i + 2].s), start: t.start, end: tokens[i + 2].end });
      used.add(i).add(i + 1).add(i + 2);
    } else if ((month = monthOf(t.lower)) !== undefined && t.s[0] === t.s[0].toUpperCase() && isDigits(tokens[i + 1]) && tokens[i + 1].s.length <= 2 && isDigits(tokens[i + 2]) && tokens[i + 2].s.length === 4) {
      dates.push({ month, day: Number(tokens[i + 1].s), year: Number(tokens[i + 2].s), start: t.start, end: tokens[i + 2].end });
      used.add(i).add(i + 1).add(i + 2);
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    if (used.has(i)) continue;
    const t = tokens[i];
    let value: number | undefined;
    let last = i;
    if (isDigits(t)) {
      if (!/[.,]/.test(t.s) && referenceBefore(tokens, i)) continue;
      value = digitValue(t.s);
      // A year standing alone: `1996 года`, `the 1982 Convention`.
      const unitAfter = unitOf(tokens, i + 1)?.unit;
      if (/^\d{4}$/.test(t.s) && value >= 1800 && value <= 2100 && (unitAfter === undefined || unitAfter === 'year')) {
        const year = /^(?:год|г$)/.test(tokens[i + 1]?.lower ?? '') ? i + 1 : i;
        dates.push({ year: value, start: t.start, end: tokens[year].end + (tokens[year].lower === 'г' && s[tokens[year].end] === '.' ? 1 : 0) });
        i = year;
        continue;
      }
      // `1 000 000 долларов`, `1 млн`, `2 million`.
      const next = tokens[i + 1]?.lower ?? '';
      const mult = EN_NUMBER_WORDS[next] >= 1e3 ? EN_NUMBER_WORDS[next] : RU_MULTIPLIERS.find(([stem]) => next.startsWith(stem) && next.length <= stem.length + 3)?.[1];
      if (mult !== undefined) {
        value *= mult;
        last = i + 1;
      }
    } else {
      const c = compound(t.lower) ?? hyphenated(tokens, i);
      if (c) {
        quantities.push({ value: c.value, unit: c.unit, start: t.start, end: t.end });
        continue;
      }
      const w = wordNumber(tokens, i);
      if (!w) continue;
      value = w.value;
      last = w.last;
    }
    // The unit, after a bracketed repetition: `five (5) years`, `30 (тридцати) дней`.
    let u = last + 1;
    if (tokens[u]?.s === '(') {
      let close = u + 1;
      while (close < tokens.length && close < u + 6 && tokens[close].s !== ')') close++;
      if (tokens[close]?.s === ')') u = close + 1;
    }
    const unit = unitOf(tokens, u);
    // In words, only before a unit, or an amount of thousands (`five hundred thousand US dollars`).
    if (!unit && !isDigits(t) && value < 1000) {
      i = last;
      continue;
    }
    const end = unit ? tokens[unit.last].end : tokens[last].end;
    quantities.push({ value, unit: unit?.unit, start: t.start, end });
    i = last;
  }
  quantities.sort((a, b) => a.start - b.start);
  dates.sort((a, b) => a.start - b.start);
  return { quantities, dates };
}

/** `статьи 5`, `Article 5`, `пунктов 2 и 3`, `Articles 5, 6 and 7`: the number names a unit of a text. */
function referenceBefore(tokens: Tok[], i: number): boolean {
  let j = i - 1;
  for (;;) {
    if (j >= 0 && (isDigits(tokens[j]) || /^(?:и|или|and|or|et|ou|to|по|-|–)$/.test(tokens[j].lower))) j--;
    // A sub-unit's label between: `Articles 6 (b) and 7 (b)`, `Article 5(2)`.
    else if (j >= 2 && tokens[j].s === ')' && tokens[j - 2].s === '(' && tokens[j - 1].s.length <= 4) j -= 3;
    else if (j >= 0 && tokens[j].s === '(') j--;
    else break;
  }
  return j >= 0 && UNIT_REFERENCE_WORDS.test(tokens[j].lower);
}
