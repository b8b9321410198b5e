// textDocument/selectionRange: Expand Selection grows from the reference or defined term under
// the cursor to its clause (between ，；。：), its sentence (to its 。 or ；), the line, and then its
// item, paragraph, article, chapter and the whole document.
import { SelectionRange } from 'vscode-languageserver-types';
import { Block, Line } from '../syntax/tree';
import { trimEnd } from '../syntax/positions';
import { referenceAt } from '../model/references';
import { FeatureContext } from './context';

/** Lines of running text: text, numbered paragraphs and items (an article's line only with text after its label). */
const TEXT_KINDS: ReadonlySet<string> = new Set(['text', 'para', 'item']);
/** What ends a clause, and what ends a sentence (kept in the sentence's span). */
const CLAUSE_END = /[，,；;。：:！!？?]/;
const SENTENCE_END = /[；;。！!？?]/;

/**
 * The spans inside a line of text around `offset`, innermost first: the clause, without its
 * punctuation, and the sentence with its closing mark; from after the line's label (`一、`, `（一）`).
 */
function inLine(text: string, line: Line, offset: number): [number, number][] {
  const from = Math.max(line.contentStart, line.rest ?? 0);
  const to = trimEnd(text, line.contentStart, line.contentEnd);
  if (offset < from || offset > to) return [];
  const bound = (end: RegExp, keep: boolean): [number, number] => {
    let a = offset;
    while (a > from && !end.test(text[a - 1])) a--;
    let b = offset;
    while (b < to && !end.test(text[b])) b++;
    return [a, keep && b < to ? b + 1 : b];
  };
  return [bound(CLAUSE_END, false), bound(SENTENCE_END, true)];
}

export function selectionRanges(ctx: FeatureContext, offsets: number[]): SelectionRange[] {
  const { treaty } = ctx;
  const map = ctx.lines;
  const text = treaty.text;
  const toRange = ([start, end]: [number, number]) => map.range(start, end);
  return offsets.map((offset) => {
    // The chain of blocks around the offset, outermost first.
    const chain: Block[] = [];
    let b: Block | undefined = treaty.tree.root;
    while (b) {
      chain.push(b);
      b = b.children.find((c): c is Block => c.type === 'block' && c.start <= offset && offset < c.end);
    }
    // Innermost first: the line's content, then each block without its trailing white space.
    // Each span is widened to hold the one inside it (the cursor at column 0 of `## 第一条`,
    // a blank line after an article's text): VS Code rejects ranges that do not nest.
    const line = map.row(map.lineOf(offset));
    const spans: [number, number][] = [];
    const ref = referenceAt(treaty, offset);
    if (ref) spans.push([ref.start, ref.end]);
    if (line && (TEXT_KINDS.has(line.kind) || (line.kind === 'article' && line.rest !== undefined))) spans.push(...inLine(text, line, offset));
    if (line) spans.push([line.contentStart, trimEnd(text, line.contentStart, line.contentEnd)]);
    for (let i = chain.length - 1; i >= 0; i--) spans.push([chain[i].start, trimEnd(text, chain[i].start, chain[i].end)]);
    let inner: [number, number] = [offset, offset];
    const nested: [number, number][] = [];
    for (const [start, end] of spans) {
      const span: [number, number] = [Math.min(start, inner[0]), Math.max(end, inner[1])];
      const last = nested[nested.length - 1];
      if (!last || JSON.stringify(toRange(last)) !== JSON.stringify(toRange(span))) nested.push(span);
      inner = span;
    }
    let result: SelectionRange | undefined;
    for (let i = nested.length - 1; i >= 0; i--) result = { range: toRange(nested[i]), parent: result };
    return result ?? { range: toRange([offset, offset]) };
  });
}
