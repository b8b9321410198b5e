// textDocument/selectionRange: Expand Selection grows from the line to its item,
// paragraph, article, chapter and the whole document.
import { SelectionRange } from 'vscode-languageserver-types';
import { Block } from '../syntax/tree';
import { trimEnd } from '../syntax/positions';
import { FeatureContext } from './context';

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
