// Answers adapted to what the client says it supports, at the output boundary:
// older or smaller editors may not take hierarchical symbols, location links,
// snippets or markdown. The features always produce the richest form.
import {
  CodeAction, Command, Diagnostic, Range, CompletionItem, CompletionList, DocumentSymbol, Hover, InsertTextFormat, Location, LocationLink, MarkupContent, MarkupKind, SymbolInformation,
} from 'vscode-languageserver-types';
import { expandSnippet } from '../features/completionSnippets';

export interface ClientSupport {
  hierarchicalSymbols: boolean;
  linkSupport: boolean;
  snippets: boolean;
  /** Hovers and completion documentation as markdown (else plain text). */
  markdownHover: boolean;
  markdownDocumentation: boolean;
  /** Code actions as CodeAction literals (`codeActionLiteralSupport`), else as bare Commands. */
  codeActionLiterals: boolean;
  /** The client asks `textDocument/prepareRename` first (`rename.prepareSupport`). */
  prepareRename: boolean;
}

/** Whether a client's declared formats (`contentFormat`, `documentationFormat`) take markdown; undeclared: yes. */
export function takesMarkdown(formats: unknown): boolean {
  return !Array.isArray(formats) || formats.includes(MarkupKind.Markdown);
}

/**
 * Markdown the features wrote, as plain text: escaped characters (all document
 * text is escaped, see features/plainText.ts) become themselves, and the bare
 * `*` of our own emphasis goes.
 */
export function plainMarkup(content: MarkupContent): MarkupContent {
  if (content.kind !== MarkupKind.Markdown) return content;
  return { kind: MarkupKind.PlainText, value: content.value.replace(/\\([!-/:-@[-`{-~])|\*/g, (_m, c: string | undefined) => c ?? '') };
}

export function plainHover(h: Hover | null): Hover | null {
  return h && MarkupContent.is(h.contents) ? { ...h, contents: plainMarkup(h.contents) } : h;
}

export function plainDocumentation(item: CompletionItem): CompletionItem {
  return MarkupContent.is(item.documentation) ? { ...item, documentation: plainMarkup(item.documentation) } : item;
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

/**
 * Quick fixes as bare Commands, for a client without `codeActionLiteralSupport` (LSP before 3.8): each runs
 * `command` with what it takes to compute the fix again on the document as it will then be — the document,
 * the range asked about, the fix's diagnostics and its title — never an edit that may have gone stale.
 */
export function asCommands(actions: CodeAction[], command: string, uri: string, range: Range, asked: Diagnostic[]): Command[] {
  return actions.filter((a) => a.edit).map((a) => ({ title: a.title, command, arguments: [uri, range, a.diagnostics ?? asked, a.title] }));
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
