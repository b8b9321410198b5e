// Divergence checks between two equally authentic texts of one instrument, read through
// their alignment (align.ts): a missing article, paragraph or item; a number, duration,
// percentage, amount or date one text has and the other lacks; an internal reference
// that points at a different article; a defined term rendered inconsistently; signing
// clauses that disagree on the copies, the languages or the date.
//
// `divergencesOf` is the pure core, a function of the alignment and one side: each
// finding carries its offsets in that side and in the other. Run for each side, the
// checks report on both. `counterpartDiagnostics` (through counterparts.ts) turns them
// into what diagnostics.ts reports, with the counterpart's location as related information.
import { Article, Item, Paragraph, Treaty, articleAt } from '../model/treaty';
import { DateMention, Numbers, Quantity, isChinese, numbersBetween, numbersOf } from '../model/quantities';
import { referencesOf } from '../model/references';
import { preambleSpan } from '../model/preamble';
import { termForms } from '../model/foreignDefinitions';
import { formatDate } from '../model/signing';
import { firstContentLine } from '../syntax/tree';
import { RU_ADJECTIVE_ENDING, TERM_COMPOUND_BEFORE, languageCode } from '../syntax/words';
import { PREVAILING_WORDS } from '../syntax/foreign';
import { Alignment, ArticlePair, ItemPair, Pair, listAsParagraphs } from './align';
import { languageOf } from './language';
import { MessageKey, msg } from './messages';
import { Memo } from '../syntax/memo';

const ALIGN_CODES = [
  'align.article-count', 'align.paragraph-count', 'align.item-count', 'align.number', 'align.date', 'align.reference', 'align.term', 'align.signing',
] as const;
export type AlignCode = (typeof ALIGN_CODES)[number];

/** The name of a text in a language (`text.zh`: 中文本), by the language's code. */
export const TEXT_NAMES: Record<string, MessageKey> = {
  zh: 'text.zh', ru: 'text.ru', en: 'text.en', fr: 'text.fr', es: 'text.es', ar: 'text.ar', kk: 'text.kk', ky: 'text.ky',
};

export interface Finding {
  code: AlignCode;
  /** In this side's text. */
  start: number;
  end: number;
  message: string;
  /** Where the other text says otherwise (or would say it). */
  otherStart: number;
  otherEnd: number;
  /** The other text's unit, named: `Статья 5`, `Article 5, paragraph 2`. */
  otherUnit: string;
}

type Side = 'a' | 'b';
interface Sides {
  own: Treaty;
  other: Treaty;
  ownLang: string | undefined;
  otherLang: string | undefined;
  /** What the message calls the other text: `俄文本`, `the Russian text`. */
  otherName: string;
  /** A closing line read as a paragraph of the last article on one side and as the signing clause on the other. */
  ownStray?: Paragraph;
  otherStray?: Paragraph;
  side: Side;
  otherSide: Side;
}

/** The unit of pair `p` in this side's text, and in the other's: named loads, read in every pair (a load keyed by `s.side`, 'a' in one check and 'b' in the other, is not). */
const mineOf = <T>(p: Pair<T>, s: Sides): T | undefined => (s.side === 'a' ? p.a : p.b);
const theirsOf = <T>(p: Pair<T>, s: Sides): T | undefined => (s.side === 'a' ? p.b : p.a);

/** Every divergence of side `side` of the alignment from the other side, reported in side `side`. */
export function divergencesOf(al: Alignment, side: Side, otherName: string): Finding[] {
  const s: Sides = {
    own: al[side], other: al[side === 'a' ? 'b' : 'a'], side, otherSide: side === 'a' ? 'b' : 'a', otherName,
    ownLang: languageOf(al[side]), otherLang: languageOf(al[side === 'a' ? 'b' : 'a']),
  };
  s.ownStray = strayClosing(s.own, s.ownLang, s.other);
  s.otherStray = strayClosing(s.other, s.otherLang, s.own);
  const out: Finding[] = [];
  const agree = agreementOf(al);
  structure(al, s, out, agree);
  for (let k = 0; k < al.articles.length; k++) {
    const ap = al.articles[k];
    if (ap.a && ap.b && !(agree[k] & NUMBERS_AGREE) && numbers(ap, s, out)) agree[k] |= NUMBERS_AGREE;
  }
  release(HERE);
  release(THERE);
  body(s, out);
  preambles(s, out);
  references(al, s, out);
  terms(al, s, out);
  signing(s, out);
  return out.sort((x, y) => x.start - y.start);
}

/**
 * What the first side checked found the same in a pair of articles, by pair: the structure
 * (paragraphs, items, sub-items in equal numbers), the numbers and dates. Both comparisons are
 * symmetric, so the other side's check (a document and its counterpart are both open, each
 * with its diagnostics) need not run them again where the first found nothing: the pair agrees.
 */
const STRUCTURE_AGREES = 1;
const NUMBERS_AGREE = 2;
const agreements = new Memo<Alignment, Uint8Array>();

function agreementOf(al: Alignment): Uint8Array {
  let agree = agreements.get(al);
  if (!agree) agreements.set(al, (agree = new Uint8Array(al.articles.length)));
  return agree;
}

// ---- Structure ------------------------------------------------------------------------------

/**
 * The last paragraph of a text's last article when it is a short dated closing line (`1964年8月10日批准`)
 * that the other text, having a signing clause where this one has none, reads as its signing clause
 * (`Approved August 10, 1964`): it is not part of the article when the two are compared.
 */
function strayClosing(own: Treaty, lang: string | undefined, other: Treaty): Paragraph | undefined {
  if (own.signing || !other.signing) return undefined;
  const last = own.articles[own.articles.length - 1];
  const p = last && last.paragraphs.length >= 2 ? last.paragraphs[last.paragraphs.length - 1] : undefined;
  return p && p.end - p.start < 80 && numbersBetween(own, lang, p.start, p.end).dates.length > 0 ? p : undefined;
}

/** An article's paragraphs as compared: without a stray closing line. */
function paragraphCount(a: Article, stray: Paragraph | undefined): number {
  return a.paragraphs.length - (stray && a.paragraphs[a.paragraphs.length - 1] === stray ? 1 : 0);
}

/** Where an article ends as compared: before a stray closing line. */
function articleEnd(a: Article, stray: Paragraph | undefined): number {
  return stray && a.paragraphs[a.paragraphs.length - 1] === stray ? stray.start : a.end;
}

function structure(al: Alignment, s: Sides, out: Finding[], agree: Uint8Array): void {
  const { own, other } = s;
  let lastOwn: Article | undefined;
  let lastOther: Article | undefined;
  for (let k = 0; k < al.articles.length; k++) {
    const ap = al.articles[k];
    const mine = mineOf(ap, s);
    const theirs = theirsOf(ap, s);
    if (mine && !theirs) {
      const at = lastOther ?? other.articles[0];
      out.push({
        code: 'align.article-count', start: mine.label.start, end: mine.label.end,
        message: msg('align.articleMissing', s.otherName, unitName(own, s.ownLang, mine), own.articles.length, other.articles.length),
        otherStart: at?.label.start ?? 0, otherEnd: at?.label.end ?? 0, otherUnit: at ? unitName(other, s.otherLang, at) : '',
      });
    } else if (theirs && !mine) {
      const at = lastOwn ?? own.articles[0];
      out.push({
        code: 'align.article-count', start: at?.label.start ?? 0, end: at?.label.end ?? 0,
        message: msg('align.articleExtra', s.otherName, unitName(other, s.otherLang, theirs), own.articles.length, other.articles.length),
        otherStart: theirs.label.start, otherEnd: theirs.label.end, otherUnit: unitName(other, s.otherLang, theirs),
      });
    } else if (mine && theirs) {
      lastOwn = mine;
      lastOther = theirs;
      if (agree[k] & STRUCTURE_AGREES) continue;
      const n = out.length;
      pairStructure(ap, mine, theirs, s, out);
      if (out.length === n) agree[k] |= STRUCTURE_AGREES;
    }
  }
}

/** A pair of articles compared by paragraphs, items and sub-items in number. */
function pairStructure(ap: ArticlePair, mine: Article, theirs: Article, s: Sides, out: Finding[]): void {
  const { other } = s;
  const pm = paragraphCount(mine, s.ownStray);
  const pt = paragraphCount(theirs, s.otherStray);
  if (pm !== pt) {
    if (listAsParagraphs(mine, theirs) || listAsParagraphs(theirs, mine)) return;
    out.push({
      code: 'align.paragraph-count', start: mine.label.start, end: mine.label.end,
      message: msg('align.paragraphCount', pm, s.otherName, unitName(other, s.otherLang, theirs), pt),
      otherStart: theirs.label.start, otherEnd: theirs.label.end, otherUnit: unitName(other, s.otherLang, theirs),
    });
    return;
  }
  if (pm !== mine.paragraphs.length || pt !== theirs.paragraphs.length) return;
  // (Emptied only when not empty: an array's length set to 0 lets go of its room, and the next push allocates it again.)
  if (CHAIN.length) CHAIN.length = 0;
  for (const pp of ap.paragraphs) {
    const p = mineOf(pp, s);
    const q = theirsOf(pp, s);
    if (!p || !q) continue;
    if (p.items.length !== q.items.length) {
      const head = headSpan(p);
      const there = headSpan(q);
      out.push({
        code: 'align.item-count', start: head.start, end: head.end,
        message: msg('align.itemCount', p.items.length, s.otherName, paragraphName(other, s.otherLang, theirs, q), q.items.length),
        otherStart: there.start, otherEnd: there.end, otherUnit: paragraphName(other, s.otherLang, theirs, q),
      });
    } else if (pp.items.length) subItems(pp.items, s, theirs, q, out, CHAIN);
  }
}

/** The other side's items above those being compared, outermost first: one stack for every check, empty between two. */
const CHAIN: Item[] = [];

/**
 * Sub-items counted at their own depth: an item with as many items as its counterpart whose
 * sub-items differ in number. `chain` holds the other side's items above `pairs` (outermost
 * first), so that a sub-item of paragraph `q` of article `theirs` is named as one
 * (`第一条第1项第2目`), not as an item.
 */
function subItems(pairs: ItemPair[], s: Sides, theirs: Article, q: Paragraph, out: Finding[], chain: Item[]): void {
  for (const ip of pairs) {
    const x = mineOf(ip, s);
    const y = theirsOf(ip, s);
    if (!x || !y) continue;
    chain.push(y);
    if (x.items.length !== y.items.length) {
      const head = headSpan(x);
      const there = headSpan(y);
      const name = paragraphName(s.other, s.otherLang, theirs, q, chain);
      out.push({
        code: 'align.item-count', start: head.start, end: head.end,
        message: msg('align.subItemCount', x.items.length, s.otherName, name, y.items.length),
        otherStart: there.start, otherEnd: there.end, otherUnit: name,
      });
    } else if (ip.items.length) subItems(ip.items, s, theirs, q, out, chain);
    chain.pop();
  }
}

/** The first line of a paragraph or item, as a span to report on. */
function headSpan(u: Paragraph | Item): { start: number; end: number } {
  const l = firstContentLine(u.block);
  return l ? { start: l.contentStart, end: Math.min(l.contentEnd, l.contentStart + 40) } : { start: u.start, end: u.start };
}

/** An article's name in its own language: `第五条`, `Статья 5`. */
export function unitName(t: Treaty, lang: string | undefined, a: Article): string {
  return isChinese(lang) ? a.name : t.text.slice(a.label.start, a.label.end).replace(/\s+/g, ' ').trim();
}

/**
 * A paragraph's name, or an item's (`chain`: the item and the items above it, outermost first):
 * `Article 5, paragraph 2, item 3`, a sub-item `第五条第3项第1目` (its position among its item's sub-items).
 */
function paragraphName(t: Treaty, lang: string | undefined, a: Article, p: Paragraph, chain: readonly Item[] = []): string {
  let name = a.paragraphs.length > 1 ? msg('align.paragraphOf', unitName(t, lang, a), p.index) : unitName(t, lang, a);
  chain.forEach((item, depth) => {
    name = msg(depth === 0 ? 'align.itemOf' : 'align.subItemOf', name, item.index);
  });
  return name;
}

// ---- Numbers and dates -----------------------------------------------------------------------

interface Piece {
  spans: { start: number; end: number }[];
  /** The piece's name for messages (`Статья 5, paragraph 2`), made only when one is reported. */
  name: () => string;
}

/** The pieces of a pair of articles compared one with another: the smallest units that pair, each with its own text. */
function pieces(ap: ArticlePair, s: Sides): [Piece, Piece][] {
  const a = ap[s.side]!;
  const b = ap[s.otherSide]!;
  const whole = (x: Article, t: Treaty, lang: string | undefined, stray?: Paragraph): Piece => ({ spans: [{ start: bodyStart(x), end: articleEnd(x, stray) }], name: () => unitName(t, lang, x) });
  if (a.paragraphs.length !== b.paragraphs.length || ap.paragraphs.some((p) => !p.a || !p.b)) return [[whole(a, s.own, s.ownLang, s.ownStray), whole(b, s.other, s.otherLang, s.otherStray)]];
  const out: [Piece, Piece][] = [];
  for (const pp of ap.paragraphs) {
    const p = pp[s.side]!;
    const q = pp[s.otherSide]!;
    const mine = (chain: Item[] = []) => () => paragraphName(s.own, s.ownLang, a, p, chain);
    const theirs = (chain: Item[] = []) => () => paragraphName(s.other, s.otherLang, b, q, chain);
    if (p.items.length !== q.items.length || pp.items.some((i) => !i.a || !i.b)) {
      out.push([{ spans: [{ start: labelEnd(p), end: p.end }], name: mine() }, { spans: [{ start: labelEnd(q), end: q.end }], name: theirs() }]);
      continue;
    }
    out.push([{ spans: ownText(p), name: mine() }, { spans: ownText(q), name: theirs() }]);
    itemPieces(pp.items, s, mine, theirs, out, [], []);
  }
  return out;
}

/**
 * Each pair of items a piece; items whose sub-items all pair, their own text and then each
 * sub-item. `xs`/`ys`: the items above `pairs` on each side, for the names.
 */
function itemPieces(pairs: ItemPair[], s: Sides, mine: (chain: Item[]) => () => string, theirs: (chain: Item[]) => () => string, out: [Piece, Piece][], xs: Item[], ys: Item[]): void {
  for (const ip of pairs) {
    const x = ip[s.side]!;
    const y = ip[s.otherSide]!;
    const cx = [...xs, x];
    const cy = [...ys, y];
    if (x.items.length && x.items.length === y.items.length && ip.items.every((i) => i.a && i.b)) {
      out.push([{ spans: ownText(x), name: mine(cx) }, { spans: ownText(y), name: theirs(cy) }]);
      itemPieces(ip.items, s, mine, theirs, out, cx, cy);
    } else out.push([{ spans: [{ start: labelEnd(x), end: x.end }], name: mine(cx) }, { spans: [{ start: labelEnd(y), end: y.end }], name: theirs(cy) }]);
  }
}

/** Where an article's text starts: after its heading line (law style `第一条　正文`: after the label). */
function bodyStart(a: Article): number {
  return a.head.inlineBody && a.head.rest !== undefined ? a.head.rest : a.head.end;
}

/** After the label of a paragraph or item (`1.`, `а)`, `（一）`). */
function labelEnd(u: Paragraph | Item): number {
  const h = u.block.head;
  return h?.label && h.label.start >= u.start ? h.label.end : u.start;
}

/** A paragraph's (or an item's) own text: without its items. */
function ownText(p: Paragraph | Item): { start: number; end: number }[] {
  if (!p.items.length) return [{ start: labelEnd(p), end: p.end }];
  const out = [{ start: labelEnd(p), end: p.items[0].start }];
  const last = p.items[p.items.length - 1];
  if (last.end < p.end) out.push({ start: last.end, end: p.end });
  return out;
}

/** Reports the numbers and dates of `ap` that differ from the other side's; true when the two say the same values (neither side has anything to report). */
function numbers(ap: ArticlePair, s: Sides, out: Finding[]): boolean {
  const a = mineOf(ap, s)!;
  const b = theirsOf(ap, s)!;
  // Articles that say no number on either side need no closer look.
  const here = within(HERE, s.own, s.ownLang, a.start, a.end);
  const there = within(THERE, s.other, s.otherLang, b.start, b.end);
  if (here.q === here.qEnd && here.d === here.dEnd && there.q === there.qEnd && there.d === there.dEnd) return true;
  // The common case: the articles, as compared (without a stray closing line), say the same values in the same order.
  const endA = articleEnd(a, s.ownStray);
  const endB = articleEnd(b, s.otherStray);
  if (endA !== a.end) within(here, s.own, s.ownLang, a.start, endA);
  if (endB !== b.end) within(there, s.other, s.otherLang, b.start, endB);
  if (sameWithin(here, there)) return true;
  for (const [mine, theirs] of pieces(ap, s)) {
    comparePieces(mine, theirs, s, out);
  }
  return false;
}

/** Reports the numbers and dates of piece `mine` that piece `theirs` of the other text does not say. */
function comparePieces(mine: Piece, theirs: Piece, s: Sides, out: Finding[], datesOnce = false): void {
  const x = collect(s.own, s.ownLang, mine.spans);
  const y = collect(s.other, s.otherLang, theirs.spans);
  const at = theirs.spans[0];
  if (same(x, y)) return;
  // Quantities by value and unit, then by value alone, as many times as written.
  const left = new Map<string, number>();
  for (const q of y.quantities) for (const k of [`${q.value}/${q.unit ?? ''}`, `${q.value}`]) left.set(k, (left.get(k) ?? 0) + 1);
  const take = (q: Quantity, k: string) => {
    if ((left.get(k) ?? 0) <= 0) return false;
    left.set(k, left.get(k)! - 1);
    if (k.includes('/')) left.set(`${q.value}`, left.get(`${q.value}`)! - 1);
    return true;
  };
  const loose: Quantity[] = [];
  for (const q of x.quantities) if (!q.unit || !take(q, `${q.value}/${q.unit}`)) loose.push(q);
  // Then by value alone: one of the other side's same values, whatever its unit. A meeting's number
  // is reported only against another (`1967th plenary meeting` / `第一九七六次全体会议`): the other text
  // may write it in words the reading does not know.
  const meetings = y.quantities.some((q) => q.unit === 'session');
  for (const q of loose) {
    if (!take(q, `${q.value}`) && (q.unit !== 'session' || meetings)) out.push({ code: 'align.number', start: q.start, end: q.end, message: msg('align.number', written(s.own, q), formatValue(q.value), s.otherName, theirs.name()), otherStart: at.start, otherEnd: at.start, otherUnit: theirs.name() });
  }
  for (const d of unmatchedDates(x.dates, y.dates, datesOnce)) {
    out.push({ code: 'align.date', start: d.start, end: d.end, message: msg('align.date', writtenDate(s.own, d), s.otherName, theirs.name()), otherStart: at.start, otherEnd: at.start, otherUnit: theirs.name() });
  }
}

/**
 * An instrument of paragraphs alone (a resolution, a joint communiqué, a declaration: no article
 * in either text) is compared as one unit: the numbers and dates of its text, from the preamble
 * (the text after the title) to the signing clause or the end. A date standing alone on the first
 * line under the title is the title's, as a page prints it (`一九七九年一月一日` under a communiqué's
 * name), not a date the text says: left out.
 */
function body(s: Sides, out: Finding[]): void {
  if (s.own.articles.length || s.other.articles.length || !s.own.preamble || !s.other.preamble) return;
  const span = (t: Treaty, lang: string | undefined) => {
    // (From the preamble's own words too, past a database's heading block: `СОГЛАШЕНИЕ` / `ПРАВИТЕЛЬСТВО РФ` / `27 июня 1997 г.` /
    // `(БМД 97-12)`, model/preamble.ts.)
    const start = Math.max(t.title ? afterDateLine(t, lang, t.preamble!.start) : afterHeadDate(t, lang, t.preamble!.start), preambleSpan(t, lang)!.start);
    const end = Math.min(t.signing?.start ?? t.text.length, t.signatures?.start ?? t.text.length);
    return { start, end: Math.max(start, end) };
  };
  const name = () => msg('align.body');
  comparePieces({ spans: [span(s.own, s.ownLang)], name }, { spans: [span(s.other, s.otherLang)], name }, s, out);
}

/**
 * The preambles of two texts with articles, compared as `body` compares a text of paragraphs alone: the numbers and dates of
 * each preamble's own span (model/preamble.ts: from its first words to the first article, after the fields, notes, dates and
 * headings a page or a database sets over it), when both texts have a preamble. A span of a page's lines alone is empty (a
 * database eliding the preamble, `[Preamble] (...)`): the other text's numbers are reported, as its preamble says them and this
 * text does not. A date a preamble says twice (a page's line repeating the date of registration under it, `國際古跡遺址理事會於
 * 1982年12月15日登記。`) is matched by the other's saying it once: a preamble recalls dates; it is what it recalls that is compared.
 */
function preambles(s: Sides, out: Finding[]): void {
  if (!s.own.articles.length || !s.other.articles.length) return;
  const mine = preambleSpan(s.own, s.ownLang);
  const theirs = preambleSpan(s.other, s.otherLang);
  if (!mine || !theirs) return;
  const name = () => msg('align.preamble');
  comparePieces({ spans: [mine], name }, { spans: [theirs], name }, s, out, true);
}

/**
 * In a text whose title was not read (a heading broken over lines, `The Eight` / `Points of the Atlantic Charter` /
 * `August 14, 1941`, as a book sets the Atlantic Charter), its date under the heading: after a date alone on one of
 * its first three lines, when no line before it ends a sentence or a clause (`.` `,` `;` `:`: the preamble has not
 * begun); else `start`.
 */
function afterHeadDate(t: Treaty, lang: string | undefined, start: number): number {
  const text = t.text;
  let at = start;
  for (let k = 0; k < 3 && at < text.length; k++) {
    const after = afterDateLine(t, lang, at);
    if (after !== at) return after;
    const eol = text.indexOf('\n', at);
    if (eol < 0) break;
    const line = text.slice(at, eol).trim();
    if (!line || /[.,;:。，；：!?！？]$/.test(line)) break;
    at = eol + 1;
  }
  return start;
}

/** After the first line from `start` when that line says a date and nothing else (brackets and punctuation aside); else `start`. */
function afterDateLine(t: Treaty, lang: string | undefined, start: number): number {
  const text = t.text;
  let from = start;
  while (from < text.length && (text[from] === '\n' || text[from] === '\r')) from++;
  const eol = text.indexOf('\n', from);
  const end = eol < 0 ? text.length : eol;
  const n = numbersBetween(t, lang, from, end);
  if (n.dates.length !== 1 || n.quantities.length) return start;
  const d = n.dates[0];
  const rest = text.slice(from, d.start) + text.slice(d.end, end);
  return /^[\s()（）［］\[\]—–\-.,，。]*$/u.test(rest) ? end : start;
}

/** The same values, in the same order. */
function same(x: { quantities: Quantity[]; dates: DateMention[] }, y: { quantities: Quantity[]; dates: DateMention[] }): boolean {
  return x.dates.length === y.dates.length && x.quantities.length === y.quantities.length && x.quantities.every((q, i) => q.value === y.quantities[i].value) &&
    x.dates.every((d, i) => d.year === y.dates[i].year && d.month === y.dates[i].month && d.day === y.dates[i].day);
}

/**
 * The labels of a text's paragraphs and items (`1.`, `(a)`): not numbers the text says. Read once
 * per model, as one sorted list of starts and ends (`[start, end, start, end, …]`: labels neither
 * overlap nor nest), for the checks of every alignment it takes part in.
 */
const labelCache = new Memo<Treaty, number[]>();

function labelsOf(t: Treaty): number[] {
  let out = labelCache.get(t);
  if (out) return out;
  const labels: number[] = [];
  const items = (list: Item[]): void => {
    for (const i of list) {
      const l = i.block.head?.label;
      if (l) labels.push(l.start, l.end);
      items(i.items);
    }
  };
  for (const a of t.articles) {
    for (const p of a.paragraphs) {
      const l = p.block.head?.label;
      if (l) labels.push(l.start, l.end);
      items(p.items);
    }
  }
  if (!t.articles.length) pointLabels(t, labels);
  labelCache.set(t, (out = labels));
  return out;
}

/**
 * In a text of paragraphs alone (no article: a declaration, a proclamation, a communiqué), the labels of
 * its numbered lines (`1.`, `2\.` as markdown escapes it, `(一)`), and a label run on into the line before
 * it where a print lost the line break: after a sentence's end, the number next after the line's own
 * label, before a capital (`12\. … responsible Government. 13. We call upon …`, the Potsdam
 * Proclamation as a cable gives it). The paragraphs' numbers are no numbers the text says.
 */
function pointLabels(t: Treaty, labels: number[]): void {
  for (const l of t.tree.lines) {
    if (!l.label || (l.kind !== 'item' && l.kind !== 'para')) continue;
    labels.push(l.label.start, l.label.end);
    if (l.num === undefined) continue;
    let next = l.num + 1;
    const rest = t.text.slice(l.label.end, l.contentEnd);
    RUN_ON_LABEL.lastIndex = 0;
    for (let m = RUN_ON_LABEL.exec(rest); m; m = RUN_ON_LABEL.exec(rest)) {
      if (Number(m[1]) !== next) continue;
      labels.push(l.label.end + m.index, l.label.end + m.index + m[0].length);
      next++;
    }
  }
}

/** After a sentence's end, a number and its full stop before a capital: a paragraph's label run on (see pointLabels). */
const RUN_ON_LABEL = /(?<=[.;!?][ \t]+)([0-9]{1,3})\.(?=[ \t]+\p{Lu})/gu;

/** Whether `q` overlaps one of `labels` (see labelsOf). */
function onLabel(labels: number[], q: Quantity): boolean {
  // The first label ending after the quantity's start: it overlaps if it starts before the quantity ends.
  let lo = 0;
  let hi = labels.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (labels[2 * mid + 1] <= q.start) lo = mid + 1;
    else hi = mid;
  }
  return 2 * lo < labels.length && labels[2 * lo] < q.end;
}

/** The numbers and dates said in `spans` of `t`, in order: labels left out. */
function collect(t: Treaty, lang: string | undefined, spans: { start: number; end: number }[]): Numbers {
  if (spans.length === 1) return unlabelled(t, numbersBetween(t, lang, spans[0].start, spans[0].end));
  const quantities: Quantity[] = [];
  const dates: DateMention[] = [];
  for (const sp of spans) {
    const n = unlabelled(t, numbersBetween(t, lang, sp.start, sp.end));
    quantities.push(...n.quantities);
    dates.push(...n.dates);
  }
  return { quantities, dates };
}

/**
 * The numbers and dates a text says in one span, read in place: index ranges of the text's numbers
 * (`numbersOf`), the ones `numbersBetween` would copy out. Two of them, reused for every pair of
 * articles (HERE, THERE): the check of a pair that says the same values allocates nothing.
 */
interface Within {
  /** The text read, its numbers (`numbersOf`), and its labels (labelsOf) once a quantity is in a span: looked up once a check, not for each article. */
  t: Treaty | undefined;
  n: Numbers;
  labels: number[] | undefined;
  /** Whether the text's quantities and dates are in order of their starts (firstFromHint). */
  sorted: boolean;
  q: number;
  qEnd: number;
  d: number;
  dEnd: number;
}
const NO_NUMBERS: Numbers = { quantities: [], dates: [] };
const HERE: Within = { t: undefined, n: NO_NUMBERS, labels: undefined, sorted: false, q: 0, qEnd: 0, d: 0, dEnd: 0 };
const THERE: Within = { t: undefined, n: NO_NUMBERS, labels: undefined, sorted: false, q: 0, qEnd: 0, d: 0, dEnd: 0 };

/** `w` let go of the text it read (a module's scratch keeps no model alive). */
function release(w: Within): void {
  w.t = undefined;
  w.n = NO_NUMBERS;
  w.labels = undefined;
}

/** `w` set to the numbers of `t` in [start, end), as numbersBetween takes them: from the first starting at `start` or after, while they end by `end`. */
function within(w: Within, t: Treaty, lang: string | undefined, start: number, end: number): Within {
  if (w.t !== t) {
    w.t = t;
    w.n = numbersOf(t, lang);
    w.labels = undefined;
    w.sorted = sortedByStart(w.n.quantities) && sortedByStart(w.n.dates);
    w.q = w.d = 0;
  }
  const n = w.n;
  w.q = firstFromHint(n.quantities, start, w.q, w.sorted);
  w.qEnd = endBy(n.quantities, w.q, end);
  w.d = firstFromHint(n.dates, start, w.d, w.sorted);
  w.dEnd = endBy(n.dates, w.d, end);
  if (w.q < w.qEnd) w.labels ??= labelsOf(t);
  return w;
}

/** In `list`, in document order, the index of the first span starting at `start` or after (from `lo`: all before it start before `start`). */
function firstFrom(list: readonly { start: number }[], start: number, lo = 0): number {
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * `firstFrom`, from the index it gave for the article before (`hint`): the pairs of an alignment are
 * read in document order on each side, so the answer is a few steps on, not a search over the whole
 * text's list. Only in a list whose starts never decrease (`sorted`, looked at once a check), where
 * every span before `hint` starting before `start` makes the first one on that starts at or after it
 * the answer; else, or a step back, or more than a few steps on, the search.
 */
function firstFromHint(list: readonly { start: number }[], start: number, hint: number, sorted: boolean): number {
  if (!sorted || hint > list.length || (hint > 0 && list[hint - 1].start >= start)) return firstFrom(list, start);
  const stop = Math.min(list.length, hint + 8);
  while (hint < stop && list[hint].start < start) hint++;
  return hint < stop || hint === list.length ? hint : firstFrom(list, start, hint);
}

/** Whether the starts of `list` never decrease. */
function sortedByStart(list: readonly { start: number }[]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i].start < list[i - 1].start) return false;
  return true;
}

/** From `lo`, the index of the first span of `list` that ends after `end`. */
function endBy(list: readonly { end: number }[], lo: number, end: number): number {
  while (lo < list.length && list[lo].end <= end) lo++;
  return lo;
}

/** What `same` tells of the two spans' numbers, the labels left out (as `unlabelled`), read in place. */
function sameWithin(x: Within, y: Within): boolean {
  if (x.dEnd - x.d !== y.dEnd - y.d) return false;
  const xd = x.n.dates;
  const yd = y.n.dates;
  for (let i = x.d, j = y.d; i < x.dEnd; i++, j++) {
    if (xd[i].year !== yd[j].year || xd[i].month !== yd[j].month || xd[i].day !== yd[j].day) return false;
  }
  const xq = x.n.quantities;
  const yq = y.n.quantities;
  for (let i = x.q, j = y.q; ; i++, j++) {
    while (i < x.qEnd && onLabel(x.labels!, xq[i])) i++;
    while (j < y.qEnd && onLabel(y.labels!, yq[j])) j++;
    if (i === x.qEnd || j === y.qEnd) return i === x.qEnd && j === y.qEnd;
    if (xq[i].value !== yq[j].value) return false;
  }
}

/** `n` without the quantities that are labels of paragraphs and items (`n` itself when none is). */
function unlabelled(t: Treaty, n: Numbers): Numbers {
  if (!n.quantities.length) return n;
  const labels = labelsOf(t);
  let k = 0;
  while (k < n.quantities.length && !onLabel(labels, n.quantities[k])) k++;
  if (k === n.quantities.length) return n;
  return { quantities: n.quantities.filter((q) => !onLabel(labels, q)), dates: n.dates };
}

/** Dates of `x` not in `y`: the same day first; then a year alone matches any date of that year. */
function unmatchedDates(x: DateMention[], y: DateMention[], once = false): DateMention[] {
  const key = (d: DateMention) => `${d.year}-${d.month ?? ''}-${d.day ?? ''}`;
  const left = new Map<string, number>();
  for (const d of y) left.set(key(d), (left.get(key(d)) ?? 0) + 1);
  const rest: DateMention[] = [];
  for (const d of x) {
    const n = left.get(key(d)) ?? 0;
    if (n > 0) left.set(key(d), n - 1);
    // `once`: a date said again that the other text says at least once.
    else if (!(once && left.has(key(d)))) rest.push(d);
  }
  const years = new Set(y.map((d) => d.year));
  return rest.filter((d) => !(years.has(d.year) && (d.month === undefined || y.some((e) => e.year === d.year && e.month === undefined))));
}

/** A date as written, on one line: a line break a width put inside it is none in Chinese (`一` / `九四二年一月一日`), a space in other languages. */
function writtenDate(t: Treaty, d: DateMention): string {
  return t.text.slice(d.start, d.end).replace(/[ \t]*\r?\n[ \t]*/g, (m, at: number, all: string) => (/[\u3000-\u9fff]/.test(all.charAt(at - 1)) ? '' : ' '));
}

function written(t: Treaty, q: Quantity): string {
  return t.text.slice(q.start, q.end).replace(/\s+/g, ' ');
}

function formatValue(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toFixed(2).replace(/0+$/, '');
}

// ---- References -----------------------------------------------------------------------------

interface ArticleRef {
  num: number;
  start: number;
  end: number;
  /** As written, for messages: `本协定第五条`, `Article 5`. */
  shown: string;
}

const refCache = new Memo<Treaty, ArticleRef[]>();

/**
 * References to articles of this text, in document order, as the model reads them in either
 * language (`本协定第五条`, `статьи 6`, `paragraph 2 of Article 6`): not another instrument's
 * (`Article 5 of the Charter`), not relative (`本条`, `this Article`), not one end of a range.
 */
function articleRefs(t: Treaty): ArticleRef[] {
  let out = refCache.get(t);
  if (out) return out;
  out = [];
  for (const r of referencesOf(t)) {
    if (r.kind === 'article' && !r.citation && !r.relative && !r.uncertain && !r.range && r.target.num !== undefined) {
      out.push({ num: r.target.num, start: r.labelStart, end: r.labelEnd, shown: isChinese(t.language) ? t.text.slice(r.start, r.end) : t.text.slice(r.labelStart, r.labelEnd) });
    }
  }
  refCache.set(t, out);
  return out;
}

/** In `refs` (in document order), from `lo`, the index of the first reference starting at `end` or after. */
function refsEnd(refs: ArticleRef[], lo: number, end: number): number {
  while (lo < refs.length && refs[lo].start < end) lo++;
  return lo;
}

/**
 * The other text's number for each of this text's articles (the first pair of an article so numbered),
 * read as far down the alignment as the numbers asked for need: references to early articles read a
 * few pairs, not the whole alignment; all of them read it once.
 */
interface Counterparts {
  nums: Map<number, number | undefined>;
  /** The next pair to read. */
  next: number;
}

function counterpartNum(c: Counterparts, al: Alignment, s: Sides, num: number): number | undefined {
  if (c.nums.has(num)) return c.nums.get(num);
  while (c.next < al.articles.length) {
    const ap = al.articles[c.next++];
    const a = mineOf(ap, s);
    if (a?.num !== undefined && a.sub === undefined && !c.nums.has(a.num)) {
      const n = theirsOf(ap, s)?.num;
      c.nums.set(a.num, n);
      if (a.num === num) return n;
    }
  }
  return undefined;
}

/**
 * The references of each pair of articles, compared: read in place, as index ranges of the two
 * texts' references, with one mark a reference (`matched` on this side, `taken` on the other) for the
 * whole check — not two sets and a count by number for each article, nor a copy of its references.
 */
function references(al: Alignment, s: Sides, out: Finding[]): void {
  const mine = articleRefs(s.own);
  const theirs = articleRefs(s.other);
  if (!mine.length || !theirs.length) return;
  const counterparts: Counterparts = { nums: new Map(), next: 0 };
  const matched = new Uint8Array(mine.length);
  const taken = new Uint8Array(theirs.length);
  const mineSorted = sortedByStart(mine);
  const theirsSorted = sortedByStart(theirs);
  let xHint = 0;
  let yHint = 0;
  for (const ap of al.articles) {
    const a = mineOf(ap, s);
    const b = theirsOf(ap, s);
    if (!a || !b) continue;
    const x0 = (xHint = firstFromHint(mine, a.start, xHint, mineSorted));
    const x1 = refsEnd(mine, x0, a.end);
    if (x0 === x1) continue;
    const y0 = (yHint = firstFromHint(theirs, b.start, yHint, theirsSorted));
    const y1 = refsEnd(theirs, y0, b.end);
    if (y0 === y1) continue;
    matched.fill(0, x0, x1);
    taken.fill(0, y0, y1);
    // Paired paragraph by paired paragraph first, then over the article: a reference that differs is
    // found in its own paragraph, not on a later one citing the same article (world_heritage_1972 第6條).
    for (const pp of ap.paragraphs) {
      const pa = mineOf(pp, s);
      const pb = theirsOf(pp, s);
      if (!pa || !pb) continue;
      for (let i = x0; i < x1; i++) {
        const r = mine[i];
        if (r.start < pa.start || r.start >= pa.end) continue;
        const want = counterpartNum(counterparts, al, s, r.num) ?? r.num;
        // The first of the other paragraph's references to that article not taken yet.
        for (let j = y0; j < y1; j++) {
          const q = theirs[j];
          if (q.start >= pb.start && q.start < pb.end && q.num === want && !taken[j]) {
            matched[i] = 1;
            taken[j] = 1;
            break;
          }
        }
      }
    }
    // Then over the article: each reference left takes one of the other article's left to the same article.
    for (let i = x0; i < x1; i++) {
      if (matched[i]) continue;
      const r = mine[i];
      const want = counterpartNum(counterparts, al, s, r.num) ?? r.num;
      let j = y0;
      while (j < y1 && (taken[j] || theirs[j].num !== want)) j++;
      if (j < y1) {
        taken[j] = 1;
        continue;
      }
      const other = theirs[y0];
      out.push({
        code: 'align.reference', start: r.start, end: r.end,
        message: msg('align.reference', r.shown, s.otherName, unitName(s.other, s.otherLang, b), theirs.slice(y0, y1).map((q) => q.shown).join(', ')),
        otherStart: other.start, otherEnd: other.end, otherUnit: unitName(s.other, s.otherLang, b),
      });
    }
  }
}

// ---- Defined terms --------------------------------------------------------------------------

interface Term {
  term: string;
  start: number;
  end: number;
}

/** A text's defined terms, in order, as the model reads them: `（以下简称“双方”）`, `(далее — «Стороны»)`, `(hereinafter "the Parties")`. */
function termsOf(t: Treaty): Term[] {
  return t.definitions.map((d) => ({ term: d.term, start: d.start, end: d.end }));
}

/**
 * Uses of a foreign term with more capitalized words before it than it was defined with:
 * `Договаривающиеся Стороны` where `Стороны` was defined. Returns the spans of the longer forms.
 */
function longerForms(t: Treaty, lang: string | undefined, term: Term): { start: number; end: number }[] {
  let byTerm = formsCache.get(t);
  if (!byTerm) formsCache.set(t, (byTerm = new Map()));
  const key = `${term.start}:${term.term}`;
  let found = byTerm.get(key);
  if (!found) byTerm.set(key, (found = findLongerForms(t, lang, term)));
  return found;
}

const formsCache = new Memo<Treaty, Map<string, { start: number; end: number }[]>>();

function findLongerForms(t: Treaty, lang: string | undefined, term: Term): { start: number; end: number }[] {
  const words = term.term.split(/\s+/);
  const last = words[words.length - 1];
  if (last.length < 3) return [];
  const out: { start: number; end: number }[] = [];
  // The last word in its other forms, as the model finds the term's uses: `Party`, `Сторон`, `Сторонами`.
  const re = termForms(last);
  const ru = !isChinese(lang) && /[а-яё]/i.test(last);
  for (const m of t.text.matchAll(re)) {
    if (m.index! < term.end) continue;
    // Walk back over the words before it, as many as the definition has, then look at one more.
    let at = m.index!;
    let ok = true;
    for (let k = words.length - 2; k >= 0 && ok; k--) {
      const w = /(\p{L}+)\s+$/u.exec(t.text.slice(Math.max(0, at - 40), at));
      if (!w) ok = false;
      else at -= w[0].length;
    }
    if (!ok) continue;
    const before = /(\p{Lu}\p{Ll}+)\s+$/u.exec(t.text.slice(Math.max(0, at - 40), at));
    if (!before) continue;
    const wordStart = at - before[0].length;
    // Not the first word of a sentence, a line or a quotation.
    const prev = t.text.slice(Math.max(0, wordStart - 3), wordStart);
    if (/(?:^|[.;:!?\n«"“(]\s*)$/.test(prev) || wordStart === 0) continue;
    if (ru && !RU_ADJECTIVE_ENDING.test(before[1])) continue;
    out.push({ start: wordStart, end: m.index! + m[0].length });
  }
  return out;
}

function terms(al: Alignment, s: Sides, out: Finding[]): void {
  const zhSide: Side | undefined = isChinese(s.ownLang) ? s.side : isChinese(s.otherLang) ? s.otherSide : undefined;
  if (!zhSide || (isChinese(s.ownLang) && isChinese(s.otherLang))) return;
  const zh = al[zhSide];
  const fSide: Side = zhSide === 'a' ? 'b' : 'a';
  const foreign = al[fSide];
  const fLang = zhSide === s.side ? s.otherLang : s.ownLang;
  const zt = termsOf(zh);
  const ft = termsOf(foreign);
  if (!zt.length || zt.length !== ft.length) return;
  zt.forEach((z, i) => {
    const f = ft[i];
    for (const use of longerForms(foreign, fLang, f)) {
      const fa = articleAt(foreign, use.start);
      const pair = fa && al.articles.find((p) => p[fSide] === fa);
      const za = pair?.[zhSide];
      if (!fa || !za) continue;
      // Only where the Chinese text uses the defined term itself (not `缔约双方`).
      const zUse = usesOf(zh.text, z.term, za.start, za.end)[0];
      if (zUse === undefined) continue;
      const shown = foreign.text.slice(use.start, use.end);
      if (s.side === fSide) {
        out.push({ code: 'align.term', start: use.start, end: use.end, message: msg('align.termHere', shown, f.term, s.otherName, z.term), otherStart: zUse, otherEnd: zUse + z.term.length, otherUnit: za.name });
      } else {
        out.push({ code: 'align.term', start: zUse, end: zUse + z.term.length, message: msg('align.termThere', z.term, s.otherName, shown, f.term), otherStart: use.start, otherEnd: use.end, otherUnit: unitName(foreign, fLang, fa) });
      }
    }
  });
}

/** Offsets of a Chinese term used alone in [start, end) (not inside a longer word such as `缔约双方`). */
function usesOf(text: string, term: string, start: number, end: number): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(term, start); at >= 0 && at + term.length <= end; at = text.indexOf(term, at + term.length)) {
    if (!TERM_COMPOUND_BEFORE.test(text.slice(Math.max(0, at - 2), at))) out.push(at);
  }
  return out;
}

// ---- Signing --------------------------------------------------------------------------------

function signing(s: Sides, out: Finding[]): void {
  const x = s.own.signing;
  const y = s.other.signing;
  if (!x || !y) return;
  const head = { start: x.start, end: Math.min(x.end, x.start + 40) };
  const name = msg('align.signingClause');
  const report = (code: AlignCode, key: MessageKey, start: number, end: number, ...args: (string | number)[]) =>
    out.push({ code, start, end, message: msg(key, ...args), otherStart: y.start, otherEnd: Math.min(y.end, y.start + 40), otherUnit: name });
  if (x.copies !== undefined && y.copies !== undefined && x.copies !== y.copies) {
    report('align.signing', 'align.signingCopies', x.copiesStart ?? head.start, x.copiesEnd ?? head.end, x.copies, s.otherName, y.copies);
  }
  const codes = (sg: typeof x) => new Set((sg.languageCodes ?? sg.languages.map((l) => languageCode(l) ?? '')).filter(Boolean));
  const lx = codes(x);
  const ly = codes(y);
  if (lx.size && ly.size && ([...lx].some((c) => !ly.has(c)) || [...ly].some((c) => !lx.has(c)))) {
    report('align.signing', 'align.signingLanguages', head.start, head.end, x.languages.join(', '), s.otherName, y.languages.join(', '));
  }
  // The text that prevails in case of divergence, when both texts name one: `以英文本为准` against `the Russian text shall prevail`.
  if (x.prevailsCode && y.prevailsCode && x.prevailsCode !== y.prevailsCode) {
    report('align.signing', 'align.signingPrevails', x.prevailsStart ?? head.start, x.prevailsEnd ?? head.end, x.prevails!, s.otherName, y.prevails!);
  }
  // Named in one text only (`In case there is any divergence of interpretation, the English text shall prevail.` in the English
  // text, nothing in the Chinese one): a real divergence — which text governs is no question of translation. Reported on both
  // texts (this one's clause, or the other's where this one's names it), where the silent text's clause says its languages (a
  // clause, not a date line) and has no words of a prevailing text at all (one the reader could not read is no silence).
  const silent = (sg: typeof x) => !sg.prevailsCode && sg.languages.length > 0 && !PREVAILING_WORDS.test(sg.text);
  // (The prevailing text by its name, `英文本`, where the language has one.)
  const textName = (code: string, written: string) => (TEXT_NAMES[code] ? msg(TEXT_NAMES[code]) : written);
  if (x.prevailsCode && silent(y)) {
    report('align.signing', 'align.signingPrevailsHere', x.prevailsStart ?? head.start, x.prevailsEnd ?? head.end, textName(x.prevailsCode, x.prevails!), s.otherName);
  } else if (y.prevailsCode && silent(x)) {
    report('align.signing', 'align.signingPrevailsThere', head.start, head.end, s.otherName, textName(y.prevailsCode, y.prevails!));
  }
  if (x.date && y.date && (x.date.year !== y.date.year || x.date.month !== y.date.month || x.date.day !== y.date.day)) {
    report('align.date', 'align.signingDate', x.date.start, x.date.end, formatDate(x.date), s.otherName, formatDate(y.date));
  }
}
