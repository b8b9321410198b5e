// textDocument/foldingRange: every article, chapter, the preamble, the signature
// block, paragraphs that span several lines, and fenced code blocks; a heading with
// nothing under it over the articles after it (documentSymbols.ts articlesUnder).
import { FoldingRange, FoldingRangeKind } from 'vscode-languageserver-types';
import { Block, Line, forEachBlock } from '../syntax/tree';
import { fencedBlocks } from '../syntax/lines';
import { trimEnd } from '../syntax/positions';
import { FeatureContext } from './context';
import { articlesUnder } from './documentSymbols';
import { treatyText } from '../model/treaty';

const FOLDED = new Set<Block['kind']>(['preamble', 'chapter', 'article', 'section', 'signatures', 'metadata', 'paragraph', 'item']);

export function foldingRanges(ctx: FeatureContext): FoldingRange[] {
  const { treaty } = ctx;
  const text = treatyText(treaty);
  const map = ctx.lines;
  const out: FoldingRange[] = [];
  forEachBlock(treaty.tree.root, (b) => {
    // A heading with nothing under it folds the articles after it, as the outline holds them (刑法's `## 附则`).
    if (b.kind !== 'article' && b.kind !== 'paragraph' && b.kind !== 'item') {
      const kids = b.children;
      for (let i = 0; i < kids.length; i++) {
        const last = kids[i].type === 'block' ? articlesUnder(kids, i) : 0;
        if (last > 0) out.push({ startLine: map.lineOf(kids[i].start), endLine: map.lineOf(trimEnd(text, kids[last].start, kids[last].end)) });
      }
    }
    if (!FOLDED.has(b.kind)) return;
    const end = trimEnd(text, b.start, b.end);
    const startLine = map.lineOf(b.start);
    const endLine = map.lineOf(end);
    if (endLine <= startLine) return;
    out.push({ startLine, endLine, kind: b.kind === 'metadata' ? FoldingRangeKind.Comment : b.kind === 'preamble' ? FoldingRangeKind.Region : undefined });
  });
  // A code block, its fences with it (markdown folds them too).
  const lines = treaty.tree.lines;
  if (lines.some(isCode)) for (const [open, close] of fencedBlocks(text, lines)) out.push({ startLine: map.lineOf(lines[open].start), endLine: map.lineOf(lines[close].start) });
  return out;
}

function isCode(l: Line): boolean {
  return l.kind === 'code';
}
