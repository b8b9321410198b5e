// Answers adapted to what the client says it supports, at the output boundary:
// older or smaller editors may not take hierarchical symbols, location links or
// snippets. The features always produce the richest form.
import {
  CompletionItem, CompletionList, DocumentSymbol, InsertTextFormat, Location, LocationLink, SymbolInformation,
} from 'vscode-languageserver-types';
import { expandSnippet } from '../features/completionSnippets';

export interface ClientSupport {
  hierarchicalSymbols: boolean;
  linkSupport: boolean;
  snippets: boolean;
}

/** DocumentSymbol[] → SymbolInformation[] (with containerName) for clients without hierarchy. */
export function flattenSymbols(uri: string, symbols: DocumentSymbol[], container?: string, out: SymbolInformation[] = []): SymbolInformation[] {
  for (const s of symbols) {
    out.push({ name: s.name, kind: s.kind, location: { uri, range: s.range }, containerName: container });
    if (s.children?.length) flattenSymbols(uri, s.children, s.name, out);
  }
  return out;
}

export function toLocations(links: LocationLink[]): Location[] {
  return links.map((l) => ({ uri: l.targetUri, range: l.targetSelectionRange }));
}

/** Snippet items as plain text (placeholders filled with their defaults) for clients without snippets. */
export function plainCompletions(list: CompletionList): CompletionList {
  const plain = (item: CompletionItem): CompletionItem => {
    if (item.insertTextFormat !== InsertTextFormat.Snippet) return item;
    const copy: CompletionItem = { ...item, insertTextFormat: InsertTextFormat.PlainText };
    if (copy.textEdit && 'newText' in copy.textEdit) copy.textEdit = { ...copy.textEdit, newText: expandSnippet(copy.textEdit.newText) };
    if (copy.insertText !== undefined) copy.insertText = expandSnippet(copy.insertText);
    return copy;
  };
  return { ...list, items: list.items.map(plain) };
}
