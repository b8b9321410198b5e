// A document outline as compact text, one symbol per line: indentation, kind, name.
// Expected outlines are stored this way in test/fixtures/outlines/.
import { DocumentSymbol, SymbolKind } from 'vscode-languageserver-types';
import { ARTICLE_SYMBOL_KIND } from '../../server/src/features/documentSymbols';

const KIND: Partial<Record<SymbolKind, string>> = {
  [SymbolKind.File]: 'title',
  [SymbolKind.Module]: 'part',
  [SymbolKind.Namespace]: 'chapter',
  [ARTICLE_SYMBOL_KIND]: 'article',
  [SymbolKind.Property]: 'paragraph',
  [SymbolKind.EnumMember]: 'item',
  [SymbolKind.Event]: 'signing',
  [SymbolKind.Struct]: 'signatures',
};

export function outlineText(symbols: DocumentSymbol[], indent = ''): string {
  let out = '';
  for (const s of symbols) {
    out += `${indent}${KIND[s.kind] ?? s.kind} ${s.name} L${s.range.start.line + 1}-${s.range.end.line + 1}\n`;
    if (s.children?.length) out += outlineText(s.children, indent + '  ');
  }
  return out;
}
