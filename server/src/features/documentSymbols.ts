// textDocument/documentSymbol: Title → preamble → chapters → articles → paragraphs (款) → items (项);
// signing clause; signature block. `range` is the whole unit, `selectionRange` its heading.
import { DocumentSymbol, Range, SymbolKind } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Block, Line, Node, linesOf } from '../syntax/tree';
import { Article, Treaty, summarize, summarizeBlock } from '../model/treaty';
import { formatChinese } from '../syntax/numerals';
import { formatDate } from '../model/signing';

export function documentSymbols(doc: TextDocument, treaty: Treaty, token?: { isCancellationRequested: boolean }): DocumentSymbol[] {
  const text = treaty.text;
  const range = (start: number, end: number): Range => ({ start: doc.positionAt(start), end: doc.positionAt(trimEnd(text, start, end)) });
  const lineSel = (l: Line): Range => range(l.contentStart, Math.max(l.contentStart, l.contentEnd));
  const articleByBlock = new Map<Block, Article>(treaty.articles.map((a) => [a.block, a]));

  const children: DocumentSymbol[] = [];
  const symbol = (name: string, detail: string, kind: SymbolKind, start: number, end: number, sel: Range, kids?: DocumentSymbol[]): DocumentSymbol => {
    const r = range(start, end);
    // selectionRange must be inside range.
    const s = within(sel, r) ? sel : { start: r.start, end: r.start };
    return { name: name || '…', detail, kind, range: r, selectionRange: s, children: kids };
  };

  const visit = (b: Block, out: DocumentSymbol[]): void => {
    if (token?.isCancellationRequested) return;
    switch (b.kind) {
      case 'preamble': {
        const first = firstContent(b);
        out.push(symbol('序言', summarizeBlock(text, b), SymbolKind.Module, b.start, b.end, first ? lineSel(first) : range(b.start, b.start)));
        return;
      }
      case 'chapter': {
        const c = treaty.chapters.find((x) => x.block === b);
        const kids: DocumentSymbol[] = [];
        for (const ch of b.children) if (ch.type === 'block') visit(ch, kids);
        out.push(symbol(c?.name ?? '', c?.caption ?? '', SymbolKind.Namespace, b.start, b.end, lineSel(b.head!), kids));
        return;
      }
      case 'article': {
        const a = articleByBlock.get(b);
        if (!a) return;
        out.push(symbol(a.name, a.summary, SymbolKind.Class, b.start, b.end, range(a.label.start, a.label.end), paragraphSymbols(a)));
        return;
      }
      case 'section': {
        const kids: DocumentSymbol[] = [];
        out.push(symbol(text.slice(b.head!.contentStart, b.head!.contentEnd), '', SymbolKind.Module, b.start, b.end, lineSel(b.head!), kids));
        return;
      }
      case 'signing': {
        const sg = treaty.signing;
        const detail = sg ? [sg.date ? formatDate(sg.date) : '', sg.place ?? ''].filter(Boolean).join(' ') : '';
        out.push(symbol('签署', detail, SymbolKind.Event, b.start, b.end, lineSel(b.head ?? firstContent(b)!)));
        return;
      }
      case 'signatures': {
        const first = firstContent(b);
        out.push(symbol('签字', first ? text.slice(first.contentStart, first.contentEnd).slice(0, 24) : '', SymbolKind.Struct, b.start, b.end, first ? lineSel(first) : range(b.start, b.start)));
        return;
      }
      case 'metadata':
      case 'title':
        return;
      default:
        for (const ch of b.children) if (ch.type === 'block') visit(ch, out);
    }
  };

  const paragraphSymbols = (a: Article): DocumentSymbol[] => {
    // An article with a single unnumbered paragraph and no items has nothing worth listing.
    if (a.paragraphs.length === 1 && a.paragraphs[0].items.length === 0 && a.paragraphs[0].num === undefined) return [];
    return a.paragraphs.map((p) => {
      const first = firstContent(p.block)!;
      const name = p.num !== undefined ? `${formatChinese(p.num)}、` : `第${formatChinese(p.index)}款`;
      const items = p.items.map((it) => symbol(it.label, summarizeBlock(text, it.block), SymbolKind.EnumMember, it.start, it.end, lineSel(it.block.head!)));
      return symbol(name, summarizeBlock(text, p.block), SymbolKind.Property, p.start, p.end, lineSel(first), items);
    });
  };

  for (const ch of treaty.tree.root.children) if (ch.type === 'block') visit(ch, children);

  const t = treaty.title;
  if (!t) return children;
  // The title holds the rest of the document.
  const titleStart = t.line.start;
  return [
    {
      name: t.text || '（无标题）',
      detail: treaty.kind ?? '',
      kind: SymbolKind.File,
      range: range(titleStart, text.length),
      selectionRange: range(t.start, t.end),
      children,
    },
  ];
}

function firstContent(node: Node): Line | undefined {
  return linesOf(node).find((l) => l.kind !== 'blank' && l.kind !== 'break' && l.kind !== 'tag');
}

/** The end of a range without its trailing blank lines and line break. */
function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}

function within(inner: Range, outer: Range): boolean {
  const le = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return le(outer.start, inner.start) && le(inner.end, outer.end);
}
