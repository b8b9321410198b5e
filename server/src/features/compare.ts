// Comparing two versions of a treaty or law by unit (issue #16). Articles are matched
// by content as well as number, so that a renumbered or moved article is reported as
// such, not as deleted and added; inside a matched article the difference is word by
// word (Intl.Segmenter's Chinese words, jsdiff's diffArrays), never character noise.
// Pure functions over the model; the 修改对照表 is rendered as markdown.
import { diffArrays } from 'diff';
import { Article, Item, Treaty, buildTreaty } from '../model/treaty';
import { Block, Line, Node, partitionPoint } from '../syntax/tree';
import { perModel } from '../model/perModel';
import { Memo } from '../syntax/memo';
import { PREAMBLE } from '../syntax/words';
import { formatChinese } from '../syntax/numerals';
import { Locale, msgIn } from './messages';

/** A paragraph (款) as words: its own text and its items (项), one line each. */
export interface UnitParagraph {
  text: string;
  items: string[];
}

/** One article as compared: its name and its text, paragraph by paragraph. */
export interface Unit {
  /** `第十条`, `第十条之一`. */
  name: string;
  num?: number;
  sub?: number;
  paragraphs: UnitParagraph[];
  /**
   * The article's words before its first paragraph, when its paragraphs are numbered under them
   * (`第一条　双方同意下列事项：` over `一、…` `二、…`): no paragraph, but its text. Absent when there are none.
   */
  lead?: string;
  /** The article's span in its document (end after its last line). */
  start: number;
  end: number;
  article?: Article;
}

/**
 * The word a text's units are counted by, as amendments name them: 条 (articles, and the ordinals alone of the UN
 * Treaty Series' texts, 第一 第二), 款 (older treaties' articles, 第一款), 点 (the points of a joint statement, minutes or
 * memorandum, `一、` `二、` at the top, and a resolution's `1.`: 第六点).
 */
export function unitWord(u: Unit | undefined): '条' | '款' | '点' {
  const head = u?.article?.head;
  if (!head) return '条';
  if (head.kind !== 'article') return '点';
  return head.unit === '款' ? '款' : '条';
}

/**
 * A unit named as an amendment names it: `第十条`, `第十条之一`; a point `第六点` (a joint statement's `六、`, a
 * resolution's `6.`); an older treaty's `第三款`; an ordinal alone (`第一`, as the UN Treaty Series prints articles) as
 * the article it is, `第一条`.
 */
export function unitRef(u: Unit): string {
  if (u.num === undefined) return u.name;
  const word = unitWord(u);
  if (word === '条' && u.article?.head.unit !== '') return u.name;
  return `第${formatChinese(u.num)}${word}${u.sub !== undefined ? `之${formatChinese(u.sub)}` : ''}`;
}

/**
 * The part each unit stands in, for a text that numbers its units anew under each part (一、二、 under `一、总体要求`,
 * 一、二、 again under `二、主要措施`): a part opens where a unit's number is not past the one before it (1-based, the
 * first part 1). Undefined when no unit's number repeats — every unit is then named by its number alone. Amendments
 * name such a unit with its part, `第一部分第二点` (amend.ts), and consolidate.ts reads the part back the same way.
 */
export function unitParts(units: readonly Unit[]): Map<Unit, number> | undefined {
  const seen = new Set<string>();
  let repeats = false;
  for (const u of units) {
    if (u.num === undefined) continue;
    const key = `${u.num}/${u.sub ?? 0}`;
    if (seen.has(key)) repeats = true;
    seen.add(key);
  }
  if (!repeats) return undefined;
  const out = new Map<Unit, number>();
  let part = 1;
  let last: Unit | undefined;
  for (const u of units) {
    if (u.num === undefined) continue;
    if (last && (u.num < last.num! || (u.num === last.num && (u.sub ?? 0) <= (last.sub ?? 0)))) part++;
    out.set(u, part);
    last = u;
  }
  return out;
}

/** A unit named in the 说明 of the 修改对照表: a point as `第六点` (`原六、改为七、` says nothing), an article by its name. */
function said(u: Unit): string {
  return unitWord(u) === '点' ? unitRef(u) : u.name;
}

/** The lines of a unit in order: its lead, then each paragraph's text, then its items. */
export function unitLines(u: { paragraphs: UnitParagraph[]; lead?: string }): string[] {
  const out: string[] = [];
  if (u.lead) out.push(u.lead);
  for (const p of u.paragraphs) {
    if (p.text) out.push(p.text);
    out.push(...p.items);
  }
  return out;
}

/** The text of a unit as compared: its lines joined by line breaks. */
export function unitText(u: { paragraphs: UnitParagraph[]; lead?: string }): string {
  const ps = u.paragraphs;
  // Most articles: one paragraph without items, whose text is the unit's.
  if (!u.lead && ps.length === 1 && !ps[0].items.length) return ps[0].text;
  return unitLines(u).join('\n');
}

const CONTENT_KINDS = new Set(['text', 'para', 'item', 'article']);

/**
 * Where the words of a line start (they end at its `contentEnd`): a law-style article line's after its label, another
 * content line's at its content; undefined for a line with none compared (page breaks, footnotes, blank lines, a heading alone).
 */
function wordsStart(l: Line): number | undefined {
  if (!CONTENT_KINDS.has(l.kind)) return undefined;
  if (l.kind === 'article') return l.inlineBody ? l.rest : undefined;
  return l.contentStart;
}

/** The words of one line, added to `s` (`wordsStart`). */
function addLine(text: string, l: Line, s: string): string {
  const start = wordsStart(l);
  return start === undefined ? s : s + text.slice(start, l.contentEnd);
}

/** The words of all the lines under a node, in order. */
function addNode(text: string, n: Node, s: string): string {
  if (n.type === 'line') return addLine(text, n, s);
  for (const c of n.children) s = addNode(text, c, s);
  return s;
}

/** A label written before the content (`1. ` that markdown took for a list bullet), else ''. */
function writtenLabel(text: string, b: Block): string {
  const h = b.head;
  return h && h.kind !== 'article' && h.label && h.label.start < h.contentStart ? text.slice(h.label.start, h.contentStart).trim() : '';
}

/** An item (项) as one line, its label as written. */
function itemLine(text: string, b: Block): string {
  const h = b.head;
  // Its own lines: its sub-items are lines of their own (`itemLines`).
  let s = '';
  for (const c of b.children) if (c.type === 'line' || c.kind !== 'item') s = addNode(text, c, s);
  s = s.trim();
  return h?.label && h.label.start < h.contentStart ? text.slice(h.label.start, h.contentStart).trim() + s : s;
}

/** Items and their sub-items, each a line, in reading order. */
function itemLines(text: string, list: readonly Item[], out: string[]): void {
  for (const i of list) {
    out.push(itemLine(text, i.block));
    itemLines(text, i.items, out);
  }
}

/** Where each paragraph of a model's units stands in its text (unitsOf). */
const PARAGRAPH_SPANS = new Memo<UnitParagraph, { start: number; end: number }>();

/** The span in its document of a paragraph of `unitsOf`, from its first line to its end. */
export function paragraphSpan(p: UnitParagraph): { start: number; end: number } | undefined {
  return PARAGRAPH_SPANS.get(p);
}

/** The articles of a model as units; computed once per model (the array is shared: do not change it). */
export const unitsOf: (model: Treaty) => Unit[] = perModel((model: Treaty): Unit[] => {
  const { text } = model;
  const units: Unit[] = [];
  for (const a of model.articles) {
    const paragraphs: UnitParagraph[] = [];
    const captions = sectionCaptions(a);
    let c = 0;
    for (const p of a.paragraphs) {
      // The paragraph's own lines: all but its items (项), which are lines of their own.
      const children = p.block.children;
      // (A numbered paragraph's sentence after its list — `一、…应包括：` / `（一）…` / `所投资产…。` — comes after its items, in order.)
      let t = '';
      let after: string[] | undefined;
      let listed = false;
      if (children.length === 1 && children[0].type === 'line') t = addLine(text, children[0], t);
      else for (const c of children) {
        if (c.type !== 'line' && c.kind === 'item') listed = true;
        else if (!listed) t = addNode(text, c, t);
        else {
          const s = addNode(text, c, '').trim();
          if (s) (after ??= []).push(s);
        }
      }
      t = writtenLabel(text, p.block) + t.trim();
      // The captions of the article's sections standing over the paragraph (`乙、军事停战委员会` / `(一)组成` / `十九、…`: parser.ts
      // articleSectionCaption), each a line of the paragraph's text before its own words: compared and written with it.
      let from = p.start;
      if (captions) {
        let heads = '';
        while (c < captions.length && captions[c].start < p.start) {
          if (heads === '') from = captions[c].start;
          heads += `${text.slice(captions[c].contentStart, captions[c].contentEnd)}\n`;
          c++;
        }
        t = heads + t;
      }
      // A point's own number (`三、` of a joint statement's point, `3.` of a resolution's) is its label, not its words:
      // a point inserted before it renumbers it without changing it, as an article's label is no part of its text.
      if (p.block.head === a.head && a.head.kind !== 'article' && a.head.rest !== undefined && a.head.rest > a.head.contentStart) {
        const label = text.slice(a.head.contentStart, a.head.rest);
        if (t.startsWith(label)) t = t.slice(label.length).trim();
      }
      const items: string[] = [];
      itemLines(text, p.items, items);
      if (after) items.push(...after);
      if (t || items.length) {
        const up = { text: t, items };
        PARAGRAPH_SPANS.set(up, { start: from, end: p.end });
        paragraphs.push(up);
      }
    }
    // A law-style article whose body is on its own line only has paragraphs; one whose heading carries it has it in the first paragraph.
    if (a.head.inlineBody && a.head.rest !== undefined && !a.paragraphs.length) {
      const t = text.slice(a.head.rest, a.head.contentEnd).trim();
      if (t) paragraphs.push({ text: t, items: [] });
    }
    const lead = leadOf(model, a);
    units.push({ name: a.name, num: a.num, sub: a.sub, paragraphs, ...(lead ? { lead } : {}), start: a.start, end: a.end, article: a });
  }
  return units;
});

/**
 * The article's own content lines after its first paragraph starts (in order), undefined when there are none: the captions of
 * its sections between its numbered paragraphs (parser.ts articleSectionCaption), the only lines the parser leaves there.
 */
function sectionCaptions(a: Article): Line[] | undefined {
  const first = a.paragraphs[0];
  if (!first) return undefined;
  let out: Line[] | undefined;
  for (const ch of a.block.children) if (ch.type === 'line' && ch.start > first.start && wordsStart(ch) !== undefined) (out ??= []).push(ch);
  return out;
}

/**
 * The lines of article `a` before its first paragraph that hold its lead: its heading line, whose words after its label
 * are the lead's when its body is on it (`第一条　双方同意下列事项：`), and the lines between it and the paragraph — when
 * the paragraphs are numbered under them and the heading is none of theirs; none otherwise. Its caption on a line of
 * its own (`第一条⏎定义⏎…`) is no lead: captions are not compared.
 */
function leadLines(model: Treaty, a: Article): Line[] {
  const first = a.paragraphs[0];
  if (!first || first.block.head === a.head) return [];
  const { text } = model;
  const lines = model.tree.lines;
  const out: Line[] = [];
  for (let i = partitionPoint(lines.length, (k) => lines[k].start < a.head.start); i < lines.length && lines[i].start < first.start; i++) {
    const l = lines[i];
    if (wordsStart(l) === undefined) continue;
    if (a.caption !== undefined && l.kind === 'text' && text.slice(l.contentStart, l.contentEnd).trim() === a.caption) continue;
    out.push(l);
  }
  return out;
}

/** The words of article `a` before its first paragraph (`leadLines`), '' when there are none. */
function leadOf(model: Treaty, a: Article): string {
  let s = '';
  for (const l of leadLines(model, a)) s = addLine(model.text, l, s);
  return s.trim();
}

/** Where article `a`'s lead stands in its text: from its first word (after the heading's label) to its last line's end. */
export function leadSpan(model: Treaty, a: Article): { start: number; end: number } | undefined {
  const ls = leadLines(model, a);
  if (!ls.length) return undefined;
  return { start: wordsStart(ls[0])!, end: ls[ls.length - 1].contentEnd };
}

// ---------------------------------------------------------------------------
// Words

let segmenter: Intl.Segmenter | undefined;

/**
 * The words of lines, each line segmented once (a paragraph is a line; most lines of two
 * versions are the same). A line break is always a word boundary (Unicode word-break rules
 * WB3a/WB3b), so the words of a text are the words of its lines with the breaks between them:
 * segmenting line by line gives what segmenting the whole text gives (versions-fast.test.ts).
 */
export class LineWords {
  private readonly lines = new Map<string, readonly string[]>();

  /** The words of one line (no line break in it). */
  line(s: string): readonly string[] {
    let w = this.lines.get(s);
    if (!w) {
      segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
      const out: string[] = [];
      for (const seg of segmenter.segment(s)) out.push(seg.segment);
      this.lines.set(s, (w = out));
    }
    return w;
  }

  /** The words of some lines, with the line breaks between them as words. */
  addLines(lines: readonly string[], out: string[] = []): string[] {
    lines.forEach((l, k) => {
      if (k) out.push('\n');
      if (l) for (const w of this.line(l)) out.push(w);
    });
    return out;
  }
}

/** Chinese words (Intl.Segmenter 'zh', granularity 'word'); punctuation and spaces are segments too. */
export function segmentWords(s: string, words: LineWords = new LineWords()): string[] {
  // A carriage return joins the next line break into one segment: such a text is segmented whole.
  if (s.includes('\r')) return wholeWords(s);
  return words.addLines(s.split('\n'));
}

function wholeWords(s: string): string[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const out: string[] = [];
  for (const seg of segmenter.segment(s)) out.push(seg.segment);
  return out;
}

export interface WordChange {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

function push(out: WordChange[], kind: WordChange['kind'], t: string): void {
  const last = out[out.length - 1];
  if (last && last.kind === kind) last.text += t;
  else out.push({ kind, text: t });
}

/**
 * A word-level difference: runs of the same, removed and added words. The lines both texts
 * open with are the same words and are not segmented: jsdiff takes the common start of two
 * lists before anything else, so leaving it out gives the same difference.
 */
export function wordDiff(a: string, b: string, words: LineWords = new LineWords()): WordChange[] {
  const out: WordChange[] = [];
  let x: string[];
  let y: string[];
  if (a.includes('\r') || b.includes('\r')) {
    x = wholeWords(a);
    y = wholeWords(b);
  } else {
    const la = a.split('\n');
    const lb = b.split('\n');
    let k = 0;
    let same = '';
    // A line in both, followed by a line break in both.
    while (k < la.length - 1 && k < lb.length - 1 && la[k] === lb[k]) same += la[k++] + '\n';
    if (same) out.push({ kind: 'same', text: same });
    x = words.addLines(k ? la.slice(k) : la);
    y = words.addLines(k ? lb.slice(k) : lb);
  }
  for (const part of diffArrays(x, y)) push(out, part.added ? 'added' : part.removed ? 'removed' : 'same', part.value.join(''));
  return out;
}

// ---------------------------------------------------------------------------
// Matching

/**
 * A text's character bigrams (its spaces and common punctuation left out) as sorted codes with
 * their counts: the bigram `ab` is a·65536+b; a text of one character is that character alone.
 */
interface Bigrams {
  codes: Float64Array;
  counts: Uint32Array;
  /** How many bigrams, counted with repetition. */
  size: number;
}

const IGNORED = /[\s\u3000，。；：、“”（）《》]/g;

function bigrams(s: string): Bigrams {
  const t = s.replace(IGNORED, '');
  if (!t.length) return { codes: new Float64Array(0), counts: new Uint32Array(0), size: 0 };
  if (t.length === 1) return { codes: Float64Array.of(-1 - t.charCodeAt(0)), counts: Uint32Array.of(1), size: 1 };
  const all = new Float64Array(t.length - 1);
  for (let i = 0; i + 1 < t.length; i++) all[i] = t.charCodeAt(i) * 65536 + t.charCodeAt(i + 1);
  all.sort();
  let n = 0;
  const counts = new Uint32Array(all.length);
  for (let i = 0; i < all.length; i++) {
    if (n && all[n - 1] === all[i]) counts[n - 1]++;
    else {
      all[n] = all[i];
      counts[n++] = 1;
    }
  }
  return { codes: all.subarray(0, n), counts: counts.subarray(0, n), size: t.length - 1 };
}

/** Bigrams in common, counted with repetition. */
function common(a: Bigrams, b: Bigrams): number {
  const { codes: x, counts: cx } = a;
  const { codes: y, counts: cy } = b;
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < x.length && j < y.length) {
    if (x[i] < y[j]) i++;
    else if (x[i] > y[j]) j++;
    else n += Math.min(cx[i++], cy[j++]);
  }
  return n;
}

function dice(x: Bigrams, y: Bigrams): number {
  const total = x.size + y.size;
  return total ? (2 * common(x, y)) / total : 1;
}

/** Dice similarity of two texts over character bigrams, 0…1. */
export function similarity(a: string, b: string): number {
  return dice(bigrams(a), bigrams(b));
}

/** How much of `part` is found in `whole`, 0…1. */
function containment(part: Bigrams, whole: Bigrams): number {
  return part.size ? common(part, whole) / part.size : 0;
}

/** Text taken from an article: mostly found in its old version, not in its new one. */
function drawn(part: Bigrams, from: Bigrams, to: Bigrams): boolean {
  return containment(part, from) >= 0.6 && containment(part, to) < 0.5;
}

export type UnitChange =
  | { type: 'unchanged'; old: Unit; new: Unit; renumbered: boolean; moved: boolean }
  | { type: 'modified'; old: Unit; new: Unit; renumbered: boolean; moved: boolean; words: WordChange[] }
  | { type: 'added'; new: Unit; splitFrom?: Unit }
  | { type: 'deleted'; old: Unit; mergedInto?: Unit };

export interface Comparison {
  old: Treaty;
  new: Treaty;
  oldUnits: Unit[];
  newUnits: Unit[];
  /** In the order of the new version; a deleted unit stands where it stood in the old one. */
  changes: UnitChange[];
  /** The preamble's words, when both versions have one and it changed (a negotiation round rewrites its clauses). */
  preamble?: WordChange[];
}

/** Similarity at or above which two articles are the same article, changed. */
export const SAME_ARTICLE = 0.55;
/** When the numbers agree, a lower bar. */
const SAME_NUMBER = 0.3;

function key(u: Unit): string {
  return `${u.num ?? u.name}:${u.sub ?? 0}`;
}

/** The texts of a model's units (unitText), in order; computed once per model. */
const unitTextsOf = perModel((model: Treaty): string[] => unitsOf(model).map(unitText));

/** The bigrams of some texts, each read when first asked for. */
function gramsOf(texts: readonly string[]): (k: number) => Bigrams {
  const grams: Bigrams[] = [];
  return (k) => (grams[k] ??= bigrams(texts[k]));
}

/**
 * Whether pairing old unit `i` with new unit `j` keeps the sequence of the pairs found before it:
 * the nearest paired old unit before or after `i` is moved by as much (`j - i`).
 */
export function inSequence(pairs: ReadonlyMap<number, number>, i: number, j: number, count: number): boolean {
  for (let p = i - 1; p >= 0; p--) {
    const q = pairs.get(p);
    if (q !== undefined) {
      if (q - p === j - i) return true;
      break;
    }
  }
  for (let p = i + 1; p < count; p++) {
    const q = pairs.get(p);
    if (q !== undefined) return q - p === j - i;
  }
  return false;
}

/** Pairs old and new units: identical text first, then the same number with similar text, then the most similar. */
export function matchUnits(oldUnits: Unit[], newUnits: Unit[]): Map<number, number> {
  const oldTexts = oldUnits.map(unitText);
  const newTexts = newUnits.map(unitText);
  return match(oldUnits, newUnits, oldTexts, newTexts, gramsOf(oldTexts), gramsOf(newTexts));
}

function match(oldUnits: Unit[], newUnits: Unit[], oldTexts: readonly string[], newTexts: readonly string[], oldGrams: (i: number) => Bigrams, newGrams: (j: number) => Bigrams): Map<number, number> {
  const pairs = new Map<number, number>(); // old index → new index
  const taken = new Set<number>();
  const byText = new Map<string, number[]>();
  newTexts.forEach((t, j) => {
    const l = byText.get(t);
    if (l) l.push(j);
    else byText.set(t, [j]);
  });
  // Identical text (most articles of two versions): prefer the one with the same number, else the first free.
  oldTexts.forEach((t, i) => {
    const cands = byText.get(t);
    if (!cands) return;
    let j: number | undefined;
    if (cands.length === 1) j = taken.has(cands[0]) ? undefined : cands[0];
    else {
      const free = cands.filter((j) => !taken.has(j));
      const k = key(oldUnits[i]);
      j = free.find((j) => key(newUnits[j]) === k) ?? free[0];
    }
    if (j === undefined) return;
    pairs.set(i, j);
    taken.add(j);
  });
  const newByKey = new Map<string, number>();
  newUnits.forEach((u, j) => newByKey.set(key(u), j));
  // Same number, similar enough — unless either of the two is more like another unit left after
  // the identical ones (after a renumbering, the old 第四十一条 is more like the new 第四十四条 than
  // the new 第四十一条, the old 第三十八条 changed). Two texts' sizes bound their similarity: most
  // units left are not counted against each other.
  const leftOld = oldUnits.map((_, i) => i).filter((i) => !pairs.has(i));
  const leftNew = newUnits.map((_, j) => j).filter((j) => !taken.has(j));
  const barred = leftOld.length * leftNew.length <= 250_000;
  const moreLike = (x: Bigrams, others: number[], grams: (k: number) => Bigrams, s: number): boolean =>
    others.some((k) => {
      const y = grams(k);
      const total = x.size + y.size;
      if (total && (2 * Math.min(x.size, y.size)) / total <= Math.max(s, SAME_ARTICLE - 1e-9)) return false;
      const d = dice(x, y);
      return d >= SAME_ARTICLE && d > s;
    });
  oldUnits.forEach((u, i) => {
    if (pairs.has(i)) return;
    const j = newByKey.get(key(u));
    if (j === undefined || taken.has(j)) return;
    const x = oldGrams(i);
    const y = newGrams(j);
    const s = dice(x, y);
    if (s < SAME_NUMBER || (barred && (moreLike(x, leftNew, newGrams, s) || moreLike(y, leftOld, oldGrams, s)))) return;
    pairs.set(i, j);
    taken.add(j);
  });
  // The rest: the most similar pairs first. Only the units left are compared, all pairs at once:
  // the bigrams in common with every unit left of the new version, through an index of its bigrams.
  const cands: { i: number; j: number; s: number }[] = [];
  const freeOld = oldUnits.map((_, i) => i).filter((i) => !pairs.has(i));
  const freeNew = newUnits.map((_, j) => j).filter((j) => !taken.has(j));
  if (freeOld.length && freeNew.length && freeOld.length * freeNew.length <= 250_000) {
    const ys = freeNew.map(newGrams);
    // Bigram code → the units (their place in freeNew) that have it, with its count in each.
    const postings = new Map<number, number[]>();
    ys.forEach((y, k) => {
      for (let g = 0; g < y.codes.length; g++) {
        const l = postings.get(y.codes[g]);
        if (l) l.push(k, y.counts[g]);
        else postings.set(y.codes[g], [k, y.counts[g]]);
      }
    });
    const inCommon = new Uint32Array(freeNew.length);
    for (const i of freeOld) {
      const x = oldGrams(i);
      inCommon.fill(0);
      for (let g = 0; g < x.codes.length; g++) {
        const l = postings.get(x.codes[g]);
        if (!l) continue;
        const c = x.counts[g];
        for (let p = 0; p < l.length; p += 2) inCommon[l[p]] += Math.min(c, l[p + 1]);
      }
      freeNew.forEach((j, k) => {
        // As `dice` has it.
        const total = x.size + ys[k].size;
        const s = total ? (2 * inCommon[k]) / total : 1;
        if (s >= SAME_ARTICLE) cands.push({ i, j, s });
      });
    }
  }
  // In sequence with the pairs found so far first, then the most similar: of articles written alike
  // (offences under one template, each more or less like all the others), after a renumbering the one
  // in sequence is the same article (law_hk_national_security, 第十七条 deleted: old 第二十三条 is new
  // 第二十二条, not new 第二十条).
  const seq = new Set(cands.filter((c) => inSequence(pairs, c.i, c.j, oldUnits.length)));
  cands.sort((a, b) => +seq.has(b) - +seq.has(a) || b.s - a.s || a.i - b.i);
  for (const c of cands) {
    if (pairs.has(c.i) || taken.has(c.j)) continue;
    pairs.set(c.i, c.j);
    taken.add(c.j);
  }
  return pairs;
}

/** Compares two versions of a document by article. */
export function compareVersions(oldText: string, newText: string): Comparison {
  const oldModel = buildTreaty(oldText);
  const newModel = buildTreaty(newText);
  return compareModels(oldModel, newModel);
}

/** The words of the lines of a comparison's two versions, segmented once (amend.ts reads them again). */
const wordsOfComparison = new Memo<Comparison, LineWords>();

export function lineWordsOf(cmp: Comparison): LineWords {
  let w = wordsOfComparison.get(cmp);
  if (!w) wordsOfComparison.set(cmp, (w = new LineWords()));
  return w;
}

export function compareModels(oldModel: Treaty, newModel: Treaty): Comparison {
  const oldUnits = unitsOf(oldModel);
  const newUnits = unitsOf(newModel);
  const oldTexts = unitTextsOf(oldModel);
  const newTexts = unitTextsOf(newModel);
  const oldGrams = gramsOf(oldTexts);
  const newGrams = gramsOf(newTexts);
  const words = new LineWords();
  const pairs = match(oldUnits, newUnits, oldTexts, newTexts, oldGrams, newGrams);
  const oldOf = new Map<number, number>();
  for (const [i, j] of pairs) oldOf.set(j, i);
  // Moved: the matched pairs whose old order disagrees with the new order, outside a longest increasing run.
  const seq = newUnits.map((_, j) => oldOf.get(j)).filter((i): i is number => i !== undefined);
  const stay = longestIncreasing(seq);
  const changes: UnitChange[] = [];
  /** Each change's units by their index: old, new (-1 for none). */
  const at: [number, number][] = [];
  // The old units before `next` are all paired or emitted.
  let next = 0;
  const emitDeletedBefore = (limit: number) => {
    for (; next < limit; next++) {
      if (pairs.has(next)) continue;
      changes.push({ type: 'deleted', old: oldUnits[next] });
      at.push([next, -1]);
    }
  };
  newUnits.forEach((nu, j) => {
    const i = oldOf.get(j);
    if (i === undefined) {
      changes.push({ type: 'added', new: nu });
      at.push([-1, j]);
      return;
    }
    if (stay.has(i)) emitDeletedBefore(i);
    const ou = oldUnits[i];
    const renumbered = ou.name !== nu.name;
    const moved = !stay.has(i);
    const a = oldTexts[i];
    const b = newTexts[j];
    if (a === b) changes.push({ type: 'unchanged', old: ou, new: nu, renumbered, moved });
    else changes.push({ type: 'modified', old: ou, new: nu, renumbered, moved, words: wordDiff(a, b, words) });
    at.push([i, j]);
  });
  emitDeletedBefore(oldUnits.length);
  // Splits and merges: an added article drawn from a matched old one, a deleted one taken into a matched new one.
  const modified = changes.flatMap((c, k) => (c.type === 'modified' ? [{ c, i: at[k][0], j: at[k][1] }] : []));
  changes.forEach((c, k) => {
    if (c.type === 'added') {
      // The whole article drawn from the old one; else its first paragraph (an article split off
      // opens with the text it takes, and may go on with text of its own).
      const t = newGrams(at[k][1]);
      const ps = c.new.paragraphs;
      const first = ps.length > 1 ? bigrams(unitLines({ paragraphs: [ps[0]] }).join('\n')) : undefined;
      const from = modified.find((d) => drawn(t, oldGrams(d.i), newGrams(d.j))) ?? (first && modified.find((d) => drawn(first, oldGrams(d.i), newGrams(d.j))));
      c.splitFrom = from ? from.c.old : undefined;
    } else if (c.type === 'deleted') {
      const t = oldGrams(at[k][0]);
      c.mergedInto = modified.find((d) => containment(t, newGrams(d.j)) >= 0.6 && containment(t, oldGrams(d.i)) < 0.5)?.c.new;
    }
  });
  // A paragraph made an article of its own that the bigrams missed, its words shared with the paragraphs it stood beside
  // (会计法 2024's 第八条第三款, `splitArticles`): the added article is split from that article all the same.
  // (The map read, the comparison carries it: amend.ts writes those articles' clauses from it, `splitsOf`.)
  const splits = changes.some((c) => c.type === 'added' && !c.splitFrom) ? splitArticles(changes) : undefined;
  if (splits) {
    for (const [old, s] of splits) {
      const c = changes.find((d) => d.type === 'added' && d.new === s.added);
      if (c?.type === 'added') c.splitFrom ??= old;
    }
  }
  const oldPreamble = preambleText(oldModel);
  const newPreamble = preambleText(newModel);
  const preamble = oldPreamble !== undefined && newPreamble !== undefined && oldPreamble !== newPreamble ? wordDiff(oldPreamble, newPreamble, words) : undefined;
  const cmp: Comparison = { old: oldModel, new: newModel, oldUnits, newUnits, changes, ...(preamble ? { preamble } : {}) };
  wordsOfComparison.set(cmp, words);
  if (splits) splitsOfComparison.set(cmp, splits);
  return cmp;
}

/** The articles split of a comparison (`splitArticles` of its changes), read once: compareModels reads them where the bigrams left an added article with no article it came from, amend.ts reads them again for any comparison. */
const splitsOfComparison = new Memo<Comparison, Map<Unit, SplitOff>>();

/** The articles split of `cmp` (`splitArticles` of its changes): the map compareModels read, else read now, once. */
export function splitsOf(cmp: Comparison): ReadonlyMap<Unit, SplitOff> {
  let s = splitsOfComparison.get(cmp);
  if (!s) splitsOfComparison.set(cmp, (s = splitArticles(cmp.changes)));
  return s;
}

/** The preamble's lines as compared, one a line (undefined without a preamble). */
function preambleText(model: Treaty): string | undefined {
  return preambleOf(model)?.map((l) => l.text).join('\n');
}

/** A line of the preamble as compared: its words, and where its content stands in the text (its indentation and marks outside). */
export interface PreambleLine {
  text: string;
  start: number;
  end: number;
}

/** The preamble's lines with words, in order (undefined without a preamble): what comparing, amending and consolidating read of it. */
export function preambleOf(model: Treaty): PreambleLine[] | undefined {
  const b = model.preamble;
  if (!b) return undefined;
  const lines: PreambleLine[] = [];
  const walk = (n: Node) => {
    if (n.type === 'line') {
      const s = addLine(model.text, n, '').trim();
      if (s) lines.push({ text: s, start: n.contentStart, end: n.contentEnd });
    } else for (const c of n.children) walk(c);
  };
  if (b.head) walk(b.head);
  for (const c of b.children) walk(c);
  return lines;
}

/** A title in book-title marks, the marks inside it turned to 〈〉 (`《《世卫组织大流行协定》草案》` is `《〈世卫组织大流行协定〉草案》`). */
export function bookTitle(title: string): string {
  return `《${title.replace(/《/g, '〈').replace(/》/g, '〉')}》`;
}

/** Indices (values of seq) on one longest strictly increasing subsequence. */
function longestIncreasing(seq: number[]): Set<number> {
  const tails: number[] = [];
  const prev: number[] = new Array(seq.length).fill(-1);
  const tailIdx: number[] = [];
  seq.forEach((v, k) => {
    const lo = partitionPoint(tails.length, (i) => tails[i] < v);
    tails[lo] = v;
    tailIdx[lo] = k;
    prev[k] = lo > 0 ? tailIdx[lo - 1] : -1;
  });
  const out = new Set<number>();
  let k = tails.length ? tailIdx[tails.length - 1] : -1;
  while (k >= 0) {
    out.add(seq[k]);
    k = prev[k];
  }
  return out;
}

/** A unit paragraph's lines: its text, then its items. */
export function paragraphLines(p: UnitParagraph): string[] {
  return p.text ? [p.text, ...p.items] : [...p.items];
}

/** Whether two unit paragraphs say the same, item by item. */
export function sameParagraph(a: UnitParagraph, b: UnitParagraph): boolean {
  return a.text === b.text && a.items.length === b.items.length && a.items.every((t, i) => t === b.items[i]);
}

/**
 * The index at which `longer` holds a run of extra elements, all it holds more than `shorter` (one, or `upTo` at most), the
 * rest the same in order; -1 when the lists differ otherwise.
 */
export function extraAt<T>(longer: T[], shorter: T[], same: (a: T, b: T) => boolean, upTo = 1): number {
  const n = longer.length - shorter.length;
  if (n < 1 || n > upTo) return -1;
  let k = 0;
  while (k < shorter.length && same(longer[k], shorter[k])) k++;
  for (let i = k; i < shorter.length; i++) if (!same(longer[i + n], shorter[i])) return -1;
  return k;
}

/** A paragraph made an article of its own: its number in the old article (from 0), the article it makes, whether its words stayed. */
export interface SplitOff {
  at: number;
  added: Unit;
  same: boolean;
}

/**
 * Articles split: an article added whose words are those of a paragraph an old article lost — the same, or like them as an
 * article changed is like its old version (`SAME_ARTICLE`) —, that article the same but for that paragraph; written as the 2024
 * decision amending the Accounting Law writes its 二、, `将第八条第三款单列一条，作为第四十九条，修改为：“…”` (without `，修改为…`
 * when its words stayed), not as the paragraph deleted and an article added (consolidate.ts `P.split` reads it); by the old
 * article. The 修改对照表 says such an article `新增（由原…拆分）` too (`splitFrom`, set from it where the bigrams missed it). (Not `splitFrom` alone: a paragraph split off shares the words of the paragraphs it stood beside — 第八条's
 * three all say 国家统一的会计制度 — so that most of it is still found in the article it left.)
 */
export function splitArticles(changes: readonly UnitChange[]): Map<Unit, SplitOff> {
  const out = new Map<Unit, SplitOff>();
  // The articles that lost one paragraph and changed no other: the paragraph's number and its words.
  const lost: { old: Unit; at: number; words: string }[] = [];
  for (const d of changes) {
    if (d.type !== 'modified' || unitWord(d.old) !== '条' || (d.old.lead ?? '') !== (d.new.lead ?? '')) continue;
    const at = extraAt(d.old.paragraphs, d.new.paragraphs, sameParagraph);
    if (at >= 0) lost.push({ old: d.old, at, words: paragraphLines(d.old.paragraphs[at]).join('\n') });
  }
  if (!lost.length) return out;
  for (const c of changes) {
    if (c.type !== 'added' || unitWord(c.new) !== '条') continue;
    const now = unitLines(c.new).join('\n');
    let best: (typeof lost)[number] | undefined;
    let most = SAME_ARTICLE;
    for (const l of lost) {
      if (out.has(l.old)) continue;
      const like = l.words === now ? 1 : similarity(l.words, now);
      if (like > most || (like === most && !best)) [best, most] = [l, like];
    }
    if (best) out.set(best.old, { at: best.at, added: c.new, same: best.words === now });
  }
  return out;
}

// ---------------------------------------------------------------------------
// 修改对照表

/** What changed, in words: the 说明 of the 修改对照表, in Chinese (a document's words, in every display). */
export function explain(c: UnitChange): string {
  return explainIn(c, 'zh-cn');
}

/** What changed, in `locale`'s words: `explain` for a list the display shows (versionCommands.ts `changedUnits`). */
export function explainIn(c: UnitChange, locale: Locale): string {
  switch (c.type) {
    case 'added':
      return c.splitFrom ? msgIn(locale, 'change.addedSplit', said(c.splitFrom)) : msgIn(locale, 'change.added');
    case 'deleted':
      return c.mergedInto ? msgIn(locale, 'change.deletedMerged', said(c.mergedInto)) : msgIn(locale, 'change.deleted');
    default: {
      const modified = c.type === 'modified';
      if (c.moved) return msgIn(locale, modified ? 'change.movedModified' : 'change.moved', said(c.old), said(c.new));
      if (c.renumbered) return msgIn(locale, modified ? 'change.renumberedModified' : 'change.renumbered', said(c.old), said(c.new));
      return msgIn(locale, modified ? 'change.modified' : 'change.unchanged');
    }
  }
}

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, '<br>');
}

/** Markdown of a word difference: removed words ~~struck~~, added words **bold**. */
export function markWords(words: WordChange[], side: 'old' | 'new'): string {
  let s = '';
  for (const w of words) {
    if (w.kind === 'same') s += w.text;
    else if (w.kind === 'removed' && side === 'old') s += w.text.split('\n').map((t) => (t ? `~~${t}~~` : t)).join('\n');
    else if (w.kind === 'added' && side === 'new') s += w.text.split('\n').map((t) => (t ? `**${t}**` : t)).join('\n');
  }
  return s;
}

export interface TableOptions {
  /** Include the articles that did not change (default false). */
  unchanged?: boolean;
  /** Cells longer than this make the table blocks per unit (default 160). */
  maxCell?: number;
}

/** The 修改对照表: 原条文 / 修改后条文 / 说明, as a markdown table, or blocks per unit when cells are long. */
export function comparisonTable(cmp: Comparison, options: TableOptions = {}): string {
  const rows: [string, string, string][] = [];
  for (const c of cmp.changes) {
    if (c.type === 'unchanged' && !c.renumbered && !options.unchanged) continue;
    const oldCell = c.type === 'added' ? '' : `${c.old.name}　${c.type === 'modified' ? markWords(c.words, 'old') : unitText(c.old)}`;
    const newCell = c.type === 'deleted' ? '' : `${c.new.name}　${c.type === 'modified' ? markWords(c.words, 'new') : unitText(c.new)}`;
    rows.push([oldCell, newCell, explain(c)]);
  }
  // A preamble that changed comes first (序言), as the articles do.
  if (cmp.preamble) rows.unshift([`${PREAMBLE}　${markWords(cmp.preamble, 'old')}`, `${PREAMBLE}　${markWords(cmp.preamble, 'new')}`, PREAMBLE_NOTE]);
  const title = cmp.new.title?.text ?? cmp.old.title?.text;
  const head = `# ${title ? bookTitle(title) : ''}修改对照表\n\n`;
  if (!rows.length) return `${head}两个文本的条文相同。\n`;
  const max = options.maxCell ?? 160;
  if (rows.every((r) => r[0].length <= max && r[1].length <= max)) {
    return head + '| 原条文 | 修改后条文 | 说明 |\n| --- | --- | --- |\n' + rows.map((r) => `| ${r.map(cell).join(' | ')} |`).join('\n') + '\n';
  }
  return head + rows.map((r) => {
    const name = r[1] ? r[1].split('　')[0] : r[0].split('　')[0];
    const body = (s: string) => s ? s.slice(s.indexOf('　') + 1).split('\n').join('\n\n') : '（无）';
    return `## ${name}\n\n**原条文**\n\n${body(r[0])}\n\n**修改后条文**\n\n${body(r[1])}\n\n**说明**：${r[2]}\n`;
  }).join('\n');
}

/** What a changed preamble's row says in its 说明 (the row goes by PREAMBLE, words.ts). */
export const PREAMBLE_NOTE = '内容修改';

/** The comparison as plain data (for --format json): a changed preamble first, as in the table, then the units. */
export function comparisonJson(cmp: Comparison): unknown {
  const preamble = cmp.preamble ? [{ type: 'modified', old: PREAMBLE, new: PREAMBLE, note: PREAMBLE_NOTE, words: cmp.preamble.filter((w) => w.kind !== 'same') }] : [];
  return [...preamble, ...cmp.changes.map((c) => ({
    type: c.type,
    old: c.type === 'added' ? undefined : c.old.name,
    new: c.type === 'deleted' ? undefined : c.new.name,
    renumbered: 'renumbered' in c ? c.renumbered : undefined,
    moved: 'moved' in c ? c.moved : undefined,
    splitFrom: c.type === 'added' ? c.splitFrom?.name : undefined,
    mergedInto: c.type === 'deleted' ? c.mergedInto?.name : undefined,
    note: explain(c),
    words: c.type === 'modified' ? c.words.filter((w) => w.kind !== 'same') : undefined,
  }))];
}
