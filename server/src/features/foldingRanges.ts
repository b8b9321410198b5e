// textDocument/foldingRange: every article, chapter, the preamble, the signature
// block, and paragraphs that span several lines.
import { FoldingRange, FoldingRangeKind } from 'vscode-languageserver-types';
import { Block, forEachBlock } from '../syntax/tree';
import { trimEnd } from '../syntax/positions';
import { FeatureContext } from './context';

const FOLDED = new Set<Block['kind']>(['preamble', 'chapter', 'article', 'section', 'signatures', 'metadata', 'paragraph', 'item']);

export function foldingRanges(ctx: FeatureContext): FoldingRange[] {
  const { treaty } = ctx;
  const text = treaty.text;
  const map = ctx.lines;
  const out: FoldingRange[] = [];
  forEachBlock(treaty.tree.root, (b) => {
    if (!FOLDED.has(b.kind)) return;
    const end = trimEnd(text, b.start, b.end);
    const startLine = map.lineOf(b.start);
    const endLine = map.lineOf(end);
    if (endLine <= startLine) return;
    out.push({ startLine, endLine, kind: b.kind === 'metadata' ? FoldingRangeKind.Comment : b.kind === 'preamble' ? FoldingRangeKind.Region : undefined });
  });
  return out;
}
