// The comparison as it was before the fast path (issue #16, compare-speed): every unit's text
// rebuilt on each use, bigram maps of strings, all pairs of unmatched units compared, whole
// texts segmented into words. Kept as the oracle of test/unit/versions-fast.test.ts: the fast
// path in server/src/features/compare.ts must give the very same comparison. Test code only.
import { diffArrays } from 'diff';
// The pairing rule (inSequence) is the comparison's own, not the fast path's: shared, not copied.
import { Comparison, Unit, UnitChange, UnitParagraph, WordChange, inSequence, splitArticles } from '../../server/src/features/compare';
import { Item, Treaty } from '../../server/src/model/treaty';
import { Block, Line, linesOf } from '../../server/src/syntax/tree';

function unitText(u: { paragraphs: UnitParagraph[]; lead?: string }): string {
  const out: string[] = u.lead ? [u.lead] : [];
  for (const p of u.paragraphs) {
    if (p.text) out.push(p.text);
    out.push(...p.items);
  }
  return out.join('\n');
}

const CONTENT_KINDS = new Set(['text', 'para', 'item', 'article']);

/** The words of some lines of a block (page breaks, footnotes and blank lines left out); a law-style article line gives the text after its label. */
function wordsOf(text: string, lines: Line[]): string {
  let s = '';
  for (const l of lines) {
    if (!CONTENT_KINDS.has(l.kind)) continue;
    if (l.kind === 'article') {
      if (l.inlineBody && l.rest !== undefined) s += text.slice(l.rest, l.contentEnd);
      continue;
    }
    s += text.slice(l.contentStart, l.contentEnd);
  }
  return s.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
}

/** The item label as written, when markdown took it for a list bullet (`1. ` before contentStart). Its sub-items are lines of their own (`itemLines`). */
function itemLine(text: string, b: Block): string {
  const lines: Line[] = [];
  for (const c of b.children) {
    if (c.type === 'line') lines.push(c);
    else if (c.kind !== 'item') lines.push(...linesOf(c));
  }
  const head = b.head;
  let s = wordsOf(text, lines);
  if (head?.label && head.label.start < head.contentStart) s = text.slice(head.label.start, head.contentStart).trim() + s;
  return s;
}

/** Items and their sub-items, each a line, in reading order (versions compare a sub-item as a line of its own). */
function itemLines(text: string, list: readonly Item[], out: string[]): string[] {
  for (const i of list) {
    out.push(itemLine(text, i.block));
    itemLines(text, i.items, out);
  }
  return out;
}

/** The articles of a document as units. */
export function unitsOf(model: Treaty): Unit[] {
  const { text } = model;
  return model.articles.map((a) => {
    const paragraphs: UnitParagraph[] = [];
    // The captions of the article's sections between its paragraphs (its own lines after its first paragraph starts: parser.ts
    // articleSectionCaption), each a line before the words of the paragraph it heads.
    const start = a.paragraphs[0]?.start ?? Infinity;
    const captions = a.block.children.filter((c): c is Line => c.type === 'line' && c.start > start && (c.kind === 'text' || c.kind === 'para' || c.kind === 'item'));
    for (const p of a.paragraphs) {
      const own: Line[] = [];
      // (Lines after the paragraph's first item — a numbered paragraph's sentence after its list — come after its items, each a line.)
      const after: string[] = [];
      let listed = false;
      for (const c of p.block.children) {
        if (c.type !== 'line' && c.kind === 'item') listed = true;
        else if (listed) {
          const w = wordsOf(text, c.type === 'line' ? [c] : linesOf(c));
          if (w) after.push(w);
        } else if (c.type === 'line') own.push(c);
        else own.push(...linesOf(c));
      }
      let t = wordsOf(text, own);
      const h = p.block.head;
      if (h && h.kind !== 'article' && h.label && h.label.start < h.contentStart) t = text.slice(h.label.start, h.contentStart).trim() + t;
      // A point's own number (`三、`, a resolution's `3.`) is its label, not its words.
      if (h === a.head && h.kind !== 'article' && h.rest !== undefined && h.rest > h.contentStart) {
        const label = text.slice(h.contentStart, h.rest);
        if (t.startsWith(label)) t = t.slice(label.length).replace(/^[\s\u3000]+/, '');
      }
      const heads = captions.filter((c) => c.start < p.start);
      captions.splice(0, heads.length);
      t = heads.map((c) => `${text.slice(c.contentStart, c.contentEnd)}\n`).join('') + t;
      paragraphs.push({ text: t, items: [...itemLines(text, p.items, []), ...after] });
    }
    // A law-style article whose body is on its own line only has paragraphs; one whose heading carries it has it in the first paragraph.
    if (a.head.inlineBody && a.head.rest !== undefined && !paragraphs.length) {
      paragraphs.push({ text: text.slice(a.head.rest, a.head.contentEnd).trim(), items: [] });
    }
    // The words before the first paragraph when it is not the heading's (`第一条　双方同意下列事项：` over `一、`): the lead.
    // Not the caption on a line of its own.
    const first = a.paragraphs[0];
    const leadLines = first && first.block.head !== a.head
      ? model.tree.lines.filter((l) => l.start >= a.head.start && l.start < first.start && !(l.kind === 'text' && text.slice(l.contentStart, l.contentEnd).trim() === a.caption))
      : [];
    const lead = wordsOf(text, leadLines).trim();
    return { name: a.name, num: a.num, sub: a.sub, paragraphs: paragraphs.filter((p) => p.text || p.items.length), ...(lead ? { lead } : {}), start: a.start, end: a.end, article: a };
  });
}

// ---------------------------------------------------------------------------
// Words

let segmenter: Intl.Segmenter | undefined;

/** Chinese words (Intl.Segmenter 'zh', granularity 'word'); punctuation and spaces are segments too. */
export function segmentWords(s: string): string[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const out: string[] = [];
  for (const seg of segmenter.segment(s)) out.push(seg.segment);
  return out;
}


/** A word-level difference: runs of the same, removed and added words. */
export function wordDiff(a: string, b: string): WordChange[] {
  const out: WordChange[] = [];
  for (const part of diffArrays(segmentWords(a), segmentWords(b))) {
    const kind = part.added ? 'added' : part.removed ? 'removed' : 'same';
    const t = part.value.join('');
    const last = out[out.length - 1];
    if (last && last.kind === kind) last.text += t;
    else out.push({ kind, text: t });
  }
  return out;
}

// ---------------------------------------------------------------------------
// Matching

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  const t = s.replace(/[\s\u3000，。；：、“”（）《》]/g, '');
  if (t.length === 1) m.set(t, 1);
  for (let i = 0; i + 1 < t.length; i++) {
    const g = t.slice(i, i + 2);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

function common(a: Map<string, number>, b: Map<string, number>): number {
  let n = 0;
  for (const [g, c] of a) n += Math.min(c, b.get(g) ?? 0);
  return n;
}

function size(a: Map<string, number>): number {
  let n = 0;
  for (const c of a.values()) n += c;
  return n;
}

/** Dice similarity of two texts over character bigrams, 0…1. */
export function similarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  const total = size(x) + size(y);
  return total ? (2 * common(x, y)) / total : 1;
}

/** How much of `part` is found in `whole`, 0…1. */
function containment(part: string, whole: string): number {
  const x = bigrams(part);
  const n = size(x);
  return n ? common(x, bigrams(whole)) / n : 0;
}



/** Similarity at or above which two articles are the same article, changed. */
const SAME_ARTICLE = 0.55;
/** When the numbers agree, a lower bar. */
const SAME_NUMBER = 0.3;

function key(u: Unit): string {
  return `${u.num ?? u.name}:${u.sub ?? 0}`;
}

/** Pairs old and new units: identical text first, then the same number with similar text, then the most similar. */
export function matchUnits(oldUnits: Unit[], newUnits: Unit[]): Map<number, number> {
  const pairs = new Map<number, number>(); // old index → new index
  const taken = new Set<number>();
  const byText = new Map<string, number[]>();
  newUnits.forEach((u, j) => {
    const t = unitText(u);
    const l = byText.get(t);
    if (l) l.push(j);
    else byText.set(t, [j]);
  });
  // Identical text: prefer the one with the same number, else the first free.
  oldUnits.forEach((u, i) => {
    const cands = byText.get(unitText(u));
    if (!cands) return;
    const free = cands.filter((j) => !taken.has(j));
    const j = free.find((j) => key(newUnits[j]) === key(u)) ?? free[0];
    if (j === undefined) return;
    pairs.set(i, j);
    taken.add(j);
  });
  const texts = { old: oldUnits.map(unitText), new: newUnits.map(unitText) };
  const newByKey = new Map<string, number>();
  newUnits.forEach((u, j) => newByKey.set(key(u), j));
  // Same number, similar enough — unless either of the two is more like another unit left after the identical ones.
  const leftOld = oldUnits.map((_, i) => i).filter((i) => !pairs.has(i));
  const leftNew = newUnits.map((_, j) => j).filter((j) => !taken.has(j));
  const barred = leftOld.length * leftNew.length <= 250_000;
  const better = (s: number, t: number) => t >= SAME_ARTICLE && t > s;
  oldUnits.forEach((u, i) => {
    if (pairs.has(i)) return;
    const j = newByKey.get(key(u));
    if (j === undefined || taken.has(j)) return;
    const s = similarity(texts.old[i], texts.new[j]);
    if (s < SAME_NUMBER) return;
    if (barred && (leftNew.some((k) => better(s, similarity(texts.old[i], texts.new[k]))) || leftOld.some((k) => better(s, similarity(texts.old[k], texts.new[j]))))) return;
    pairs.set(i, j);
    taken.add(j);
  });
  // The rest: the most similar pairs first.
  const cands: { i: number; j: number; s: number }[] = [];
  const freeOld = oldUnits.map((_, i) => i).filter((i) => !pairs.has(i));
  const freeNew = newUnits.map((_, j) => j).filter((j) => !taken.has(j));
  if (freeOld.length * freeNew.length <= 250_000) {
    for (const i of freeOld) for (const j of freeNew) {
      const s = similarity(texts.old[i], texts.new[j]);
      if (s >= SAME_ARTICLE) cands.push({ i, j, s });
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

export function compareModels(oldModel: Treaty, newModel: Treaty): Comparison {
  const oldUnits = unitsOf(oldModel);
  const newUnits = unitsOf(newModel);
  const pairs = matchUnits(oldUnits, newUnits);
  const oldOf = new Map<number, number>();
  for (const [i, j] of pairs) oldOf.set(j, i);
  // Moved: the matched pairs whose old order disagrees with the new order, outside a longest increasing run.
  const seq = newUnits.map((_, j) => oldOf.get(j)).filter((i): i is number => i !== undefined);
  const stay = longestIncreasing(seq);
  const changes: UnitChange[] = [];
  const emitted = new Set<number>();
  const emitDeletedBefore = (limit: number) => {
    for (let i = 0; i < limit; i++) {
      if (pairs.has(i) || emitted.has(i)) continue;
      emitted.add(i);
      changes.push({ type: 'deleted', old: oldUnits[i] });
    }
  };
  newUnits.forEach((nu, j) => {
    const i = oldOf.get(j);
    if (i === undefined) {
      changes.push({ type: 'added', new: nu });
      return;
    }
    if (stay.has(i)) emitDeletedBefore(i);
    const ou = oldUnits[i];
    const renumbered = ou.name !== nu.name;
    const moved = !stay.has(i);
    const a = unitText(ou);
    const b = unitText(nu);
    if (a === b) changes.push({ type: 'unchanged', old: ou, new: nu, renumbered, moved });
    else changes.push({ type: 'modified', old: ou, new: nu, renumbered, moved, words: wordDiff(a, b) });
  });
  emitDeletedBefore(oldUnits.length);
  // Splits and merges: an added article drawn from a matched old one, a deleted one taken into a matched new one.
  for (const c of changes) {
    if (c.type === 'added') {
      // The whole article drawn from the old one, else its first paragraph.
      const drawn = (t: string) => changes.find((d): d is Extract<UnitChange, { type: 'modified' }> => d.type === 'modified' && containment(t, unitText(d.old)) >= 0.6 && containment(t, unitText(d.new)) < 0.5)?.old;
      const ps = c.new.paragraphs;
      c.splitFrom = drawn(unitText(c.new)) ?? (ps.length > 1 ? drawn(unitText({ paragraphs: [ps[0]] })) : undefined);
    } else if (c.type === 'deleted') {
      const t = unitText(c.old);
      c.mergedInto = changes.find((d): d is Extract<UnitChange, { type: 'modified' }> => d.type === 'modified' && containment(t, unitText(d.new)) >= 0.6 && containment(t, unitText(d.old)) < 0.5)?.new;
    }
  }
  // A paragraph made an article of its own that the bigrams missed (compare.ts, session 55): the same rule, no fast path of its own.
  for (const [old, s] of splitArticles(changes)) {
    const c = changes.find((d) => d.type === 'added' && d.new === s.added);
    if (c?.type === 'added') c.splitFrom ??= old;
  }
  return { old: oldModel, new: newModel, oldUnits, newUnits, changes };
}

/** Indices (values of seq) on one longest strictly increasing subsequence. */
function longestIncreasing(seq: number[]): Set<number> {
  const tails: number[] = [];
  const prev: number[] = new Array(seq.length).fill(-1);
  const tailIdx: number[] = [];
  seq.forEach((v, k) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid] < v) lo = mid + 1;
      else hi = mid;
    }
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

