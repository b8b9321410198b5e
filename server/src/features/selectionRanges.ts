// textDocument/selectionRange: Expand Selection grows from the line to its item,
// paragraph, article, chapter and the whole document.
import { SelectionRange } from 'vscode-languageserver-types';
import { Block } from '../syntax/tree';
import { LineMap } from '../syntax/positions';
import { Treaty } from '../model/treaty';

export function selectionRanges(treaty: Treaty, offsets: number[]): SelectionRange[] {
  const map = new LineMap(treaty.tree.lines);
  const text = treaty.text;
  const trim = (start: number, end: number) => {
    while (end > start && /\s/.test(text[end - 1])) end--;
    return { start: map.positionAt(start), end: map.positionAt(end) };
  };
  return offsets.map((offset) => {
    // The chain of blocks around the offset, outermost first.
    const chain: Block[] = [];
    let b: Block | undefined = treaty.tree.root;
    while (b) {
      chain.push(b);
      b = b.children.find((c): c is Block => c.type === 'block' && c.start <= offset && offset < c.end);
    }
    let parent: SelectionRange | undefined;
    for (const block of chain) {
      const range = trim(block.start, block.end);
      if (parent && range.start.line === parent.range.start.line && range.start.character === parent.range.start.character &&
        range.end.line === parent.range.end.line && range.end.character === parent.range.end.character) continue;
      parent = { range, parent };
    }
    const line = treaty.tree.lines[map.lineOf(offset)];
    const own = line ? trim(line.contentStart, line.contentEnd) : undefined;
    const same = own && parent && JSON.stringify(own) === JSON.stringify(parent.range);
    if (own && !same) return { range: own, parent };
    return parent ?? { range: { start: map.positionAt(offset), end: map.positionAt(offset) } };
  });
}
