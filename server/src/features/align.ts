// Alignment of two equally authentic texts of one instrument (the Chinese text and
// the Russian, English … one): article by article, paragraph by paragraph, item by
// item, as data. A pure function of two models.
//
// Articles are paired by number first (`第五条` ↔ `Статья 5`), in order; the articles
// left between two pairs are paired by position when both sides have as many, else by
// what they say in numbers (quantities, dates, references) and by their share of the
// text; when the numbers mostly disagree (a text numbered differently) the whole text
// is paired that way. Paragraphs and items the same, inside each pair: by their written
// numbers when both have them, by position when the counts agree, else by content.
import { Article, Item, Paragraph, Treaty, articleKey } from '../model/treaty';
import { Numbers, numbersBetween } from '../model/quantities';
import { languageOf } from './language';
import { Memo } from '../syntax/memo';

export type PairedBy = 'number' | 'position' | 'content';

export interface Pair<T> {
  /** The unit of the first text; undefined when the second has one the first lacks. */
  a?: T;
  b?: T;
  by: PairedBy;
}

export interface ItemPair extends Pair<Item> {
  /** Their sub-items, paired the same way (`(i)` ↔ `（1）`, or unnumbered list entries by position). */
  items: ItemPair[];
}

export interface ParagraphPair extends Pair<Paragraph> {
  items: ItemPair[];
}

export interface ArticlePair extends Pair<Article> {
  paragraphs: ParagraphPair[];
}

export interface Alignment {
  a: Treaty;
  b: Treaty;
  articles: ArticlePair[];
}

interface Span {
  start: number;
  end: number;
}

/**
 * The alignments of a model, by the other model. The inner cache is a WeakMap, not a Memo
 * (syntax/memo.ts): a Memo keeps its entries on its keys, so one made per model `a` would leave
 * each alignment — which holds `a` — on `b`, and every version of an edited text aligned with a
 * counterpart that stays would live as long as the counterpart. This WeakMap is young, made
 * with `a`, and dies with it.
 */
const cache = new Memo<Treaty, WeakMap<Treaty, Alignment>>();

/** The alignment of `a` with `b`, computed once per pair of models. */
export function align(a: Treaty, b: Treaty): Alignment {
  let inner = cache.get(a);
  if (!inner) cache.set(a, (inner = new WeakMap()));
  let out = inner.get(b);
  if (!out) inner.set(b, (out = computeAlignment(a, b)));
  return out;
}

/** The alignment computed afresh, without the cache (the bench). */
export function alignUncached(a: Treaty, b: Treaty): Alignment {
  return computeAlignment(a, b);
}

/**
 * No pairs: one frozen list for the thousands of paragraphs and items without items (nothing adds
 * to an alignment). The pairs `alignUnits` makes are fresh: each is given its units' pairs in
 * place, not copied into a larger object.
 */
const NO_PAIRS: ItemPair[] = Object.freeze([]) as unknown as ItemPair[];

/** An article's number as a key: the number itself when it has no sub-number (no string made for each article), else `5/1`. */
const articleKeyOf = (x: Article): string | number | undefined => (x.num === undefined ? undefined : x.sub === undefined ? x.num : articleKey(x.num, x.sub));
const numberKeyOf = (u: Paragraph | Item): number | undefined => u.num;

type Similarity = (x: Span, y: Span) => number;

/**
 * A pair of two units, made whole at once: an article pair with its paragraphs' place, a paragraph
 * or item pair with its items' (NO_PAIRS until they are paired), so that giving them their pairs
 * fills a field the object has rather than adding one (a second allocation, for thousands of pairs).
 */
const plainPair = <T>(a: T, b: T, by: PairedBy): Pair<T> => ({ a, b, by });
const articlePair = (a: Article, b: Article, by: PairedBy): ArticlePair => ({ a, b, by, paragraphs: NO_PAIRS as ParagraphPair[] });
const paragraphPair = (a: Paragraph, b: Paragraph, by: PairedBy): ParagraphPair => ({ a, b, by, items: NO_PAIRS });
const itemPair = (a: Item, b: Item, by: PairedBy): ItemPair => ({ a, b, by, items: NO_PAIRS });

function computeAlignment(a: Treaty, b: Treaty): Alignment {
  const ctx = { a: signatures(a), b: signatures(b) };
  const sim: Similarity = (x, y) => similarity(ctx, x, y);
  const articles = alignUnits(a.articles, b.articles, articleKeyOf, sim, articlePair);
  for (const p of articles) p.paragraphs = p.a && p.b ? alignParagraphs(sim, p.a, p.b) : (NO_PAIRS as ParagraphPair[]);
  return { a, b, articles };
}

/**
 * A list numbered as the article's paragraphs in one text and as the items of the one paragraph that leads
 * into it in the other (the UN Charter's Article 1: `一、` … `四、` after `聯合國之宗旨為：` on the heading's line,
 * against `The Purposes of the United Nations are:` with `1.` … `4.`): the same units, numbered alike, each with
 * as many items. True when `x` numbers them as paragraphs and `y` as items.
 */
export function listAsParagraphs(x: Article, y: Article): boolean {
  const lead = y.paragraphs.length === 1 ? y.paragraphs[0] : undefined;
  if (!lead || lead.num !== undefined || x.paragraphs.length < 2 || lead.items.length !== x.paragraphs.length) return false;
  return x.paragraphs.every((p, i) => p.num === i + 1 && lead.items[i].num === i + 1 && p.items.length === lead.items[i].items.length);
}

/** The units paired as an article's paragraphs: a list's items stand for paragraphs when the other text numbers them so. */
const paragraphUnits = (x: Article, y: Article): readonly Paragraph[] => (listAsParagraphs(y, x) ? x.paragraphs[0].items : x.paragraphs);

function alignParagraphs(sim: Similarity, a: Article, b: Article): ParagraphPair[] {
  const pairs = alignUnits(paragraphUnits(a, b), paragraphUnits(b, a), numberKeyOf, sim, paragraphPair);
  for (const p of pairs) p.items = p.a && p.b ? alignItems(sim, p.a.items, p.b.items) : NO_PAIRS;
  return pairs;
}

/** Items paired like paragraphs, then their sub-items inside each pair, as deep as they go. */
function alignItems(sim: Similarity, a: readonly Item[], b: readonly Item[]): ItemPair[] {
  if (!a.length && !b.length) return NO_PAIRS;
  const pairs = alignUnits(a, b, numberKeyOf, sim, itemPair);
  for (const p of pairs) p.items = p.a && p.b ? alignItems(sim, p.a.items, p.b.items) : NO_PAIRS;
  return pairs;
}

/**
 * Pairs two sequences of units: by key (when at least half the units of the shorter side
 * pair that way, in order), the runs between pairs by position when they are as long, else
 * by similarity (a dynamic programme that may leave units unpaired).
 */
function alignUnits<T, P extends Pair<T> = Pair<T>>(
  xs: readonly T[], ys: readonly T[], key: (u: T) => string | number | undefined, sim: (x: T, y: T) => number, both = plainPair as (a: T, b: T, by: PairedBy) => P,
): P[] {
  // The common case, quickly: as many units, numbered alike (or neither numbered).
  if (xs.length === ys.length) {
    let numbered = 0;
    let alike = true;
    for (let i = 0; i < xs.length && alike; i++) {
      const k = key(xs[i]);
      const l = key(ys[i]);
      if (k !== l) alike = false;
      else if (k !== undefined) numbered++;
    }
    if (alike && (numbered === xs.length || numbered === 0)) {
      const by = numbered ? 'number' : 'position';
      // Made at its length (a list pushed to from empty takes room for 17).
      const pairs = new Array<P>(xs.length);
      for (let i = 0; i < xs.length; i++) pairs[i] = both(xs[i], ys[i], by);
      return pairs;
    }
  }
  const anchors: [number, number][] = [];
  /** The units of `xs` whose anchor is their content's, not their number's (`shiftOf`). */
  const byContent = new Set<number>();
  if (xs.length && ys.length) {
    const where = new Map<string | number, number>();
    ys.forEach((y, j) => {
      const k = key(y);
      if (k !== undefined && !where.has(k)) where.set(k, j);
    });
    let last = -1;
    xs.forEach((x, i) => {
      const k = key(x);
      const j = k !== undefined ? where.get(k) : undefined;
      if (j !== undefined && j > last) {
        anchors.push([i, j]);
        last = j;
      }
    });
    // Numbers that mostly disagree are not the same numbering: pair by content and order.
    if (anchors.length * 2 < Math.min(xs.length, ys.length)) anchors.length = 0;
    // Numbers that disagree with what the units say: one side numbered again after a unit was deleted or added there alone
    // (the Chinese 第一条 deleted and the rest numbered again: its new 第一条 says what Статья 2 says). From the edit on,
    // each unit is paired with the unit its content matches, one off its number (by 'content'); the unit left over is unpaired.
    else if (xs.length !== ys.length) {
      const shift = shiftOf(xs, ys, anchors, sim);
      if (shift) {
        const kept = anchors.slice(0, shift.from);
        for (const [ai, aj] of anchors.slice(shift.from)) {
          const j = aj + shift.by;
          while (kept.length && kept[kept.length - 1][1] >= j) kept.pop();
          kept.push([ai, j]);
          byContent.add(ai);
        }
        anchors.splice(0, anchors.length, ...kept);
      }
    }
  }
  const out: P[] = [];
  let i = 0;
  let j = 0;
  for (const [ai, aj] of [...anchors, [xs.length, ys.length] as [number, number]]) {
    fillGap(xs.slice(i, ai), ys.slice(j, aj), sim, both, out);
    if (ai < xs.length) out.push(both(xs[ai], ys[aj], byContent.has(ai) ? 'content' : 'number'));
    i = ai + 1;
    j = aj + 1;
  }
  return out;
}

/** Below this similarity two units are not paired when the counts differ. */
const PAIR_AT = 0.35;
/** How much more like its counterpart's neighbour, on average, the units from an edit on must be to say their numbers pair them wrongly. */
const SHIFT_MARGIN = 0.15;

/**
 * Where the pairs by number go one unit off against the content, and which way: the last run of pairs (two at least)
 * whose units are on average clearly more like the unit next to their counterpart (one after: `by` 1, one before: -1)
 * than like their counterpart — what a unit deleted or added in one text alone, and that text numbered again, leaves
 * (the Chinese 第一条 deleted, its 第二条 made 第一条: it says what Статья 2 says). The suffix of greatest gain; undefined
 * when no suffix gains enough.
 */
function shiftOf<T>(xs: readonly T[], ys: readonly T[], anchors: readonly [number, number][], sim: (x: T, y: T) => number): { from: number; by: 1 | -1 } | undefined {
  const n = anchors.length;
  // A renumbering shifts every pair after the edit, so the last pairs show it: when the last three are not more like their
  // counterparts' neighbours either way, there is no shift (and the pairs before them are never read: a unit deleted or added
  // in one text without renumbering costs a few comparisons, not one a pair).
  const tail = Math.min(3, n);
  const leans = (by: 1 | -1) => {
    let gain = 0;
    for (let k = n - tail; k < n; k++) {
      const [i, j] = anchors[k];
      if (j + by < 0 || j + by >= ys.length) return false;
      gain += sim(xs[i], ys[j + by]) - sim(xs[i], ys[j]);
    }
    return gain > 0;
  };
  if (!leans(1) && !leans(-1)) return undefined;
  const here = anchors.map(([i, j]) => sim(xs[i], ys[j]));
  let best: { from: number; by: 1 | -1; gain: number } | undefined;
  for (const by of [1, -1] as const) {
    let gain = 0;
    for (let k = n - 1; k >= 0; k--) {
      const [i, j] = anchors[k];
      const other = j + by;
      if (other < 0 || other >= ys.length) break;
      gain += sim(xs[i], ys[other]) - here[k];
      const count = n - k;
      if (count >= 2 && gain / count >= SHIFT_MARGIN && (!best || gain > best.gain)) best = { from: k, by, gain };
    }
  }
  return best && { from: best.from, by: best.by };
}

function fillGap<T, P extends Pair<T>>(xs: T[], ys: T[], sim: (x: T, y: T) => number, both: (a: T, b: T, by: PairedBy) => P, out: P[]): void {
  if (xs.length === ys.length) {
    xs.forEach((x, k) => out.push(both(x, ys[k], 'position')));
    return;
  }
  if (!xs.length || !ys.length) {
    for (const x of xs) out.push({ a: x, by: 'position' } as P);
    for (const y of ys) out.push({ b: y, by: 'position' } as P);
    return;
  }
  // Needleman–Wunsch: a pair scores its similarity less the threshold, a gap nothing.
  const n = xs.length;
  const m = ys.length;
  const score = new Float64Array((n + 1) * (m + 1));
  const move = new Uint8Array((n + 1) * (m + 1));
  const at = (p: number, q: number) => p * (m + 1) + q;
  for (let p = 1; p <= n; p++) move[at(p, 0)] = 1;
  for (let q = 1; q <= m; q++) move[at(0, q)] = 2;
  for (let p = 1; p <= n; p++) {
    for (let q = 1; q <= m; q++) {
      const pair = score[at(p - 1, q - 1)] + sim(xs[p - 1], ys[q - 1]) - PAIR_AT;
      const up = score[at(p - 1, q)];
      const left = score[at(p, q - 1)];
      if (pair >= up && pair >= left) {
        score[at(p, q)] = pair;
        move[at(p, q)] = 0;
      } else if (up >= left) {
        score[at(p, q)] = up;
        move[at(p, q)] = 1;
      } else {
        score[at(p, q)] = left;
        move[at(p, q)] = 2;
      }
    }
  }
  const back: P[] = [];
  let p = n;
  let q = m;
  while (p > 0 || q > 0) {
    const mv = move[at(p, q)];
    if (mv === 0) back.push(both(xs[--p], ys[--q], 'content'));
    else if (mv === 1) back.push({ a: xs[--p], by: 'content' } as P);
    else back.push({ b: ys[--q], by: 'content' } as P);
  }
  out.push(...back.reverse());
}

// ---- Similarity -----------------------------------------------------------------------------

interface Side {
  treaty: Treaty;
  lang: string | undefined;
  /** The length of the articles, to compare shares of the text. */
  total: number;
  numbers: Map<Span, Set<string>>;
}
interface Ctx {
  a: Side;
  b: Side;
}

function signatures(treaty: Treaty): Side {
  const first = treaty.articles[0];
  const last = treaty.articles[treaty.articles.length - 1];
  return { treaty, lang: languageOf(treaty), total: first && last ? Math.max(1, last.end - first.start) : 1, numbers: new Map() };
}

/** The values a unit says, after its label (`1.`, `(a)`): quantities and dates, as strings. */
function valuesOf(side: Side, u: Span & { block?: { head?: { label?: Span } } }): Set<string> {
  let v = side.numbers.get(u);
  if (!v) {
    const label = u.block?.head?.label;
    const from = label && label.start >= u.start && label.end <= u.end ? label.end : u.start;
    const n: Numbers = numbersBetween(side.treaty, side.lang, from, u.end);
    v = new Set([...n.quantities.map((q) => `q${q.value}`), ...n.dates.map((d) => `d${d.year}-${d.month ?? ''}-${d.day ?? ''}`)]);
    side.numbers.set(u, v);
  }
  return v;
}

/** 0…1: shares of the text alike, values shared. */
function similarity(ctx: Ctx, x: Span, y: Span): number {
  const sx = (x.end - x.start) / ctx.a.total;
  const sy = (y.end - y.start) / ctx.b.total;
  const length = Math.min(sx, sy) / Math.max(sx, sy, 1e-9);
  const vx = valuesOf(ctx.a, x);
  const vy = valuesOf(ctx.b, y);
  if (vx.size === 0 && vy.size === 0) return length;
  let shared = 0;
  for (const v of vx) if (vy.has(v)) shared++;
  const values = shared / Math.max(vx.size, vy.size);
  return 0.4 * length + 0.6 * values;
}

// ---- Lookup ---------------------------------------------------------------------------------

/** A unit down to its innermost item (a sub-item when the offset is in one). */
export type Unit = { article: Article; paragraph?: Paragraph; item?: Item };

/** The innermost unit of `side` at `offset`, and its counterpart in the other text (as far down as it pairs). */
export function counterpartUnit(al: Alignment, side: 'a' | 'b', offset: number): { from: Unit; to?: Unit } | undefined {
  const other = side === 'a' ? 'b' : 'a';
  for (const ap of al.articles) {
    const art = ap[side];
    if (!art || offset < art.start || offset >= art.end) continue;
    const from: Unit = { article: art };
    const to: Unit | undefined = ap[other] ? { article: ap[other]! } : undefined;
    for (const pp of ap.paragraphs) {
      const par = pp[side];
      if (!par || offset < par.start || offset >= par.end) continue;
      from.paragraph = par;
      if (to && pp[other]) to.paragraph = pp[other];
      // Down the items and sub-items that hold the offset, as far as they pair.
      let items = pp.items;
      let paired = !!to?.paragraph;
      for (let found = true; found; ) {
        found = false;
        for (const ip of items) {
          const it = ip[side];
          if (!it || offset < it.start || offset >= it.end) continue;
          from.item = it;
          paired = paired && ip[other] !== undefined;
          if (paired) to!.item = ip[other];
          items = ip.items;
          found = true;
          break;
        }
      }
    }
    return { from, to };
  }
  return undefined;
}
