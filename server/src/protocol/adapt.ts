// Answers adapted to what the client says it supports, at the output boundary:
// older or smaller editors may not take hierarchical symbols, location links,
// snippets or markdown. The features always produce the richest form.
import {
  CodeAction, CodeLens, Command, Diagnostic, DocumentLink, Range, CompletionItem, CompletionItemKind, CompletionList, DocumentSymbol, Hover, InsertTextFormat, Location, LocationLink, MarkupContent, MarkupKind,
  SymbolInformation, SymbolKind, WorkspaceSymbol,
} from 'vscode-languageserver-types';
import { expandSnippet } from '../features/completionSnippets';
import { SHOW_REFERENCES } from '../features/codeLens';
import { REVEAL_COUNTERPART } from '../features/counterparts';
import { SERVER_COMMANDS } from './commands';

export interface ClientSupport {
  hierarchicalSymbols: boolean;
  linkSupport: boolean;
  snippets: boolean;
  /** Hovers and completion documentation: MarkupContent in markdown or plain text, or a bare string (see `markupForm`). */
  hover: MarkupForm;
  documentation: MarkupForm;
  /** Code actions as CodeAction literals (`codeActionLiteralSupport`), else as bare Commands. */
  codeActionLiterals: boolean;
  /** The client asks `textDocument/prepareRename` first (`rename.prepareSupport`). */
  prepareRename: boolean;
  /** Code actions' `disabled` and `isPreferred` (`codeAction.disabledSupport`, `isPreferredSupport`). */
  disabledActions: boolean;
  preferredActions: boolean;
  /** Completion items' `labelDetails` (`completionItem.labelDetailsSupport`). */
  labelDetails: boolean;
  /** Diagnostics' `relatedInformation` (`publishDiagnostics.relatedInformation`). */
  relatedInformation: boolean;
  /** Document links' `tooltip` (`documentLink.tooltipSupport`). */
  linkTooltips: boolean;
  /** A workspace symbol's location without a range (`workspace.symbol.resolveSupport`, LSP 3.17). */
  rangelessSymbols: boolean;
  /** The kinds the client takes: its `valueSet`, else LSP 3.0's (see `kindsOf`). */
  symbolKinds: Set<number>;
  workspaceSymbolKinds: Set<number>;
  completionKinds: Set<number>;
}

/** LSP 3.0's kinds, which a client that declares no `valueSet` takes alone: symbols File to Array, completion items Text to Reference. */
const FIRST_KINDS = 18;

/** A client's declared kinds (`symbolKind.valueSet`, `completionItemKind.valueSet`), else LSP 3.0's. */
export function kindsOf(valueSet: unknown): Set<number> {
  return new Set(Array.isArray(valueSet) ? valueSet.filter((k): k is number => typeof k === 'number') : Array.from({ length: FIRST_KINDS }, (_, i) => i + 1));
}

/** The later kinds as the nearest of LSP 3.0's, for a client that does not take them. */
const SYMBOL_FALLBACK: Record<number, SymbolKind> = {
  [SymbolKind.Object]: SymbolKind.Class,
  [SymbolKind.Key]: SymbolKind.Property,
  [SymbolKind.Null]: SymbolKind.Variable,
  [SymbolKind.EnumMember]: SymbolKind.Constant,
  [SymbolKind.Struct]: SymbolKind.Class,
  [SymbolKind.Event]: SymbolKind.Function,
  [SymbolKind.Operator]: SymbolKind.Function,
  [SymbolKind.TypeParameter]: SymbolKind.Variable,
};
const COMPLETION_FALLBACK: Record<number, CompletionItemKind> = {
  [CompletionItemKind.Folder]: CompletionItemKind.File,
  [CompletionItemKind.EnumMember]: CompletionItemKind.Enum,
  [CompletionItemKind.Constant]: CompletionItemKind.Value,
  [CompletionItemKind.Struct]: CompletionItemKind.Class,
  [CompletionItemKind.Event]: CompletionItemKind.Function,
  [CompletionItemKind.Operator]: CompletionItemKind.Function,
  [CompletionItemKind.TypeParameter]: CompletionItemKind.Variable,
};

function kindIn<K extends number>(kind: K, kinds: Set<number>, fallback: Record<number, K>): K {
  return kinds.has(kind) ? kind : (fallback[kind] ?? kind);
}

/** The kinds a client may not take, each with its fallback. */
const FALLBACK_KINDS = Object.keys(SYMBOL_FALLBACK).map(Number);

/** Whether `kinds` holds every kind `kindIn` would replace: then it replaces none. */
function takesEveryKind(kinds: Set<number>): boolean {
  for (const k of FALLBACK_KINDS) if (!kinds.has(k)) return false;
  return true;
}

/** Outline or workspace symbols, nested or flat, with each kind one the client takes: the same array (and symbols) when all are. */
export function symbolsIn<T extends DocumentSymbol | SymbolInformation | WorkspaceSymbol>(symbols: T[], kinds: Set<number>): T[] {
  // A client taking every kind that has a fallback (VS Code, any LSP 3.10+ client) takes every symbol as it is: not
  // walked (a 1 MB treaty's outline after each keystroke: a new array per level and a megamorphic `in` per symbol).
  if (takesEveryKind(kinds)) return symbols;
  let changed = false;
  const out = symbols.map((s) => {
    const kind = kindIn(s.kind, kinds, SYMBOL_FALLBACK);
    const before = 'children' in s ? s.children : undefined;
    const children = before ? symbolsIn(before, kinds) : before;
    if (kind === s.kind && children === before) return s;
    changed = true;
    return { ...s, kind, children };
  });
  return changed ? out : symbols;
}

/** Completion items with kinds the client takes, and `labelDetails` only for a client that reads them. */
export function completionsFor(list: CompletionList, kinds: Set<number>, labelDetails: boolean): CompletionList {
  return {
    ...list,
    items: list.items.map((item) => {
      const kind = item.kind === undefined ? undefined : kindIn(item.kind, kinds, COMPLETION_FALLBACK);
      if (kind === item.kind && (labelDetails || !item.labelDetails)) return item;
      const { labelDetails: _, ...rest } = item;
      return { ...(labelDetails ? item : rest), kind };
    }),
  };
}

/** Code action literals for a client without `disabledSupport` (none that cannot be done) or `isPreferredSupport`. */
export function actionsFor(actions: CodeAction[], disabled: boolean, preferred: boolean): CodeAction[] {
  return actions.filter((a) => disabled || !a.disabled).map((a) => {
    if (preferred || a.isPreferred === undefined) return a;
    const { isPreferred: _, ...rest } = a;
    return rest;
  });
}

/** Diagnostics without `relatedInformation` for a client that does not declare it (their messages name what it points at). */
export function diagnosticsFor(diagnostics: Diagnostic[], relatedInformation: boolean): Diagnostic[] {
  if (relatedInformation) return diagnostics;
  return diagnostics.map((d) => {
    if (!d.relatedInformation) return d;
    const { relatedInformation: _, ...rest } = d;
    return rest;
  });
}

/**
 * How a client takes hovers (`hover.contentFormat`) or completion documentation (`documentationFormat`):
 * MarkupContent in the first of markdown and plain text it lists (the list is its preference), or —
 * a client that lists neither (LSP before 3.3, or one that declares nothing) — no MarkupContent at all:
 * a bare string (for a hover a MarkedString, which is markdown; for documentation, plain text).
 */
export type MarkupForm = 'markdown' | 'plaintext' | 'string';
export function markupForm(formats: unknown): MarkupForm {
  const known = Array.isArray(formats) ? formats.find((f): f is MarkupForm => f === MarkupKind.Markdown || f === MarkupKind.PlainText) : undefined;
  return known ?? 'string';
}

/**
 * Markdown the features wrote, as plain text: escaped characters (all document
 * text is escaped, see features/plainText.ts) become themselves, and the bare
 * `*` of our own emphasis goes, and so does the backslash of our own hard line
 * break (a term's meaning over several lines: escaped document text never ends a
 * line with a lone backslash): the line break stays, nothing trailing before it.
 */
export function plainMarkup(content: MarkupContent): MarkupContent {
  if (content.kind !== MarkupKind.Markdown) return content;
  return { kind: MarkupKind.PlainText, value: content.value.replace(/\\([!-/:-@[-`{-~])|\*|\\(?=\r?\n)/g, (_m, c: string | undefined) => c ?? '') };
}

/** A hover in the client's form: as written (markdown), in plain text, or its markdown as a MarkedString (a string). */
export function hoverIn(h: Hover | null, form: MarkupForm): Hover | null {
  if (!h || form === MarkupKind.Markdown || !MarkupContent.is(h.contents)) return h;
  return { ...h, contents: form === 'string' ? h.contents.value : plainMarkup(h.contents) };
}

/** A completion item's documentation in the client's form: as written (markdown), in plain text, or plain text as a string. */
export function documentationIn(item: CompletionItem, form: MarkupForm): CompletionItem {
  if (form === MarkupKind.Markdown || !MarkupContent.is(item.documentation)) return item;
  const plain = plainMarkup(item.documentation);
  return { ...item, documentation: form === 'string' ? plain.value : plain };
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

/** Document links without `tooltip` for a client that does not declare `tooltipSupport`. */
export function linksFor(links: DocumentLink[], tooltips: boolean): DocumentLink[] {
  return tooltips ? links : links.map(({ tooltip: _, ...rest }) => rest);
}

/**
 * Workspace symbols for a client that cannot take a location without a range (no `workspace.symbol.resolveSupport`):
 * an instrument's symbol, which names its whole file, gets the file's start.
 */
export function workspaceSymbolsFor(symbols: WorkspaceSymbol[], rangeless: boolean): WorkspaceSymbol[] {
  if (rangeless) return symbols;
  const start = { line: 0, character: 0 };
  return symbols.map((s) => ('range' in s.location ? s : { ...s, location: { uri: s.location.uri, range: { start, end: start } } }));
}

/** The lenses' client commands and the server's that do the same, for a client that does not run them. */
const LENS_COMMANDS: Record<string, string> = {
  [SHOW_REFERENCES]: SERVER_COMMANDS.showReferences,
  [REVEAL_COUNTERPART]: SERVER_COMMANDS.revealCounterpart,
};

/**
 * Code lenses a client can run: a lens's command is the client's own only when the client says it runs it
 * (`clientCommands`, the VS Code extension), else the server's (listed in executeCommandProvider); a lens
 * that is a label only (no command: `No counterpart in the Russian text`) goes only to a client that runs the
 * client commands — any other editor runs, or tries to run, every lens it shows.
 */
export function lensesFor(lenses: CodeLens[], clientCommands: ReadonlySet<string>): CodeLens[] {
  const out: CodeLens[] = [];
  for (const lens of lenses) {
    const command = lens.command;
    if (!command || clientCommands.has(command.command)) out.push(lens);
    else if (LENS_COMMANDS[command.command]) out.push({ ...lens, command: { ...command, command: LENS_COMMANDS[command.command] } });
    else if (command.command !== '' || clientCommands.size > 0) out.push(lens);
  }
  return out;
}
