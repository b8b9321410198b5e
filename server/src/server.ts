// The language server: the only module that touches the LSP connection and the
// file system. It keeps the workspace index up to date (documents open in the
// editor, and every treaty file in the workspace folders) and routes requests to
// the features, which are pure functions of a snapshot and the index.
import {
  createConnection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  InitializeParams,
  InitializeResult,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  CancellationToken,
  Position,
  ResponseError,
  ErrorCodes,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import * as fs from 'fs';
import * as path from 'path';
import { MAX_DOCUMENT_LENGTH, Snapshot, WorkspaceIndex, fileNameOf } from './index/workspace';
import { LineMap } from './syntax/positions';
import { documentSymbols } from './features/documentSymbols';
import { foldingRanges } from './features/foldingRanges';
import { definition } from './features/definition';
import { hover } from './features/hover';
import { documentHighlights, references } from './features/references';
import { documentLinks } from './features/documentLinks';
import { workspaceSymbols } from './features/workspaceSymbols';
import { codeLenses } from './features/codeLens';
import { SeveritySettings, diagnostics } from './features/diagnostics';
import { codeActions } from './features/codeActions';
import { prepareRename, rename, renumberArticles } from './features/renumber';
import { inlayHints } from './features/inlayHints';
import { selectionRanges } from './features/selectionRanges';
import { TRIGGER_CHARACTERS, completion, readSnippets, resolveCompletion } from './features/completion';
import { ClientSupport, flattenSymbols, plainCompletions, toLocations } from './protocol/adapt';
import { EditResult, InsertMode, SERVER_COMMANDS, SUMMARY_REQUEST, SummaryParams } from './protocol/commands';
import { localeOf, msg, setLocale } from './features/messages';
import { summary } from './features/summary';
import { citedBy } from './features/citedBy';
import { insertArticle } from './features/insertArticle';
import { templates } from './features/templates';
// The clause snippets, bundled at build time (esbuild's json loader; see code-snippets.d.ts).
import snippetFile from '../../snippets/treaty.code-snippets';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const index = new WorkspaceIndex();
const settings = { markdownDetection: true, severity: {} as SeveritySettings };
const client = { workDoneProgress: false, watchers: false, configuration: false };
const support: ClientSupport = { hierarchicalSymbols: true, linkSupport: true, snippets: true };
const warned = new Set<string>();
let folders: string[] = [];

/** Files the workspace scan reads. */
const TREATY_FILE = /\.(?:md|markdown|txt|treaty)$/i;
/** Folders it never enters. */
const SKIP_DIR = new Set(['node_modules', '.git', '.hg', '.svn', '.vscode-test', 'out', 'dist', '.cache']);
const MAX_FILES = 50_000;

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const options = (params.initializationOptions ?? {}) as { markdownDetection?: boolean; locale?: string } & TreatySettings;
  // Messages in the client's display language (see features/messages.ts).
  setLocale(localeOf(typeof options.locale === 'string' ? options.locale : params.locale));
  if (typeof options.markdownDetection === 'boolean') settings.markdownDetection = options.markdownDetection;
  if (options.diagnostics?.severity) settings.severity = options.diagnostics.severity;
  index.markdownDetection = settings.markdownDetection;
  const caps = params.capabilities;
  client.workDoneProgress = !!caps.window?.workDoneProgress;
  client.watchers = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  client.configuration = !!caps.workspace?.configuration;
  support.hierarchicalSymbols = !!caps.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport;
  support.linkSupport = !!caps.textDocument?.definition?.linkSupport;
  support.snippets = !!caps.textDocument?.completion?.completionItem?.snippetSupport;
  folders = (params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : [])).map((f) => f.uri);
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      documentSymbolProvider: { label: msg('outline.label') },
      foldingRangeProvider: true,
      definitionProvider: true,
      hoverProvider: true,
      referencesProvider: true,
      documentHighlightProvider: true,
      documentLinkProvider: { resolveProvider: false },
      workspaceSymbolProvider: true,
      codeLensProvider: { resolveProvider: false },
      codeActionProvider: { codeActionKinds: ['quickfix'] },
      renameProvider: { prepareProvider: true },
      inlayHintProvider: true,
      selectionRangeProvider: true,
      executeCommandProvider: { commands: Object.values(SERVER_COMMANDS) },
      completionProvider: { triggerCharacters: TRIGGER_CHARACTERS, resolveProvider: true },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'treaty-language-server', version: '0.1.0' },
  };
});

connection.onInitialized(async () => {
  if (client.watchers) {
    await connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [{ globPattern: '**/*.{md,markdown,txt,treaty}' }, { globPattern: '**/' }],
    });
  }
  await readConfiguration();
  if (client.configuration) connection.workspace.onDidChangeWorkspaceFolders((e) => {
    for (const f of e.removed) index.deleteUnder(f.uri);
    folders = folders.filter((u) => !e.removed.some((r) => r.uri === u));
    folders.push(...e.added.map((f) => f.uri));
    void indexFolders(e.added.map((f) => f.uri));
  });
  await indexFolders(folders);
});

async function readConfiguration(): Promise<void> {
  if (!client.configuration) return;
  try {
    const c = (await connection.workspace.getConfiguration('treaty')) as TreatySettings | null;
    settings.severity = c?.diagnostics?.severity ?? {};
  } catch {
    settings.severity = {};
  }
}

type TreatySettings = { diagnostics?: { severity?: SeveritySettings } };

connection.onDidChangeConfiguration(async (params) => {
  // Clients that cannot be asked (no workspace/configuration) push their settings here.
  const pushed = (params.settings as { treaty?: TreatySettings } | null)?.treaty;
  if (!client.configuration && pushed) settings.severity = pushed.diagnostics?.severity ?? {};
  else await readConfiguration();
  revalidateOpen();
});

/** Reads every treaty file under the folders into the index, reporting progress. */
async function indexFolders(uris: string[]): Promise<void> {
  const roots = uris.map((u) => URI.parse(u)).filter((u) => u.scheme === 'file').map((u) => u.fsPath);
  if (roots.length === 0) return;
  const started = Date.now();
  const progress = client.workDoneProgress ? await connection.window.createWorkDoneProgress() : undefined;
  progress?.begin(msg('progress.indexing'), 0, msg('progress.listing'), true);
  const files: string[] = [];
  for (const root of roots) await listFiles(root, files);
  let done = 0;
  let indexed = 0;
  for (const file of files) {
    if (progress?.token.isCancellationRequested) break;
    if (await readIntoIndex(file)) indexed++;
    done++;
    if (done % 50 === 0) {
      progress?.report(Math.round((done / files.length) * 100), `${done}/${files.length}`);
      await new Promise((r) => setImmediate(r)); // let requests through
    }
  }
  progress?.done();
  connection.console.log(`indexed ${indexed} treaties of ${files.length} files in ${Date.now() - started} ms`);
  revalidateOpen();
}

async function listFiles(dir: string, out: string[]): Promise<void> {
  let entries: fs.Dirent[];
  try {
    entries = await fs.promises.readdir(dir, { withFileTypes: true });
  } catch (e) {
    connection.console.warn(`cannot list ${dir}: ${(e as Error).message}`);
    return;
  }
  for (const e of entries) {
    if (out.length >= MAX_FILES) return;
    const p = path.join(dir, e.name);
    if (e.isDirectory() && !SKIP_DIR.has(e.name) && !e.name.startsWith('.')) await listFiles(p, out);
    else if (e.isFile() && TREATY_FILE.test(e.name)) out.push(p);
  }
}

async function isDirectory(p: string): Promise<boolean> {
  try {
    return (await fs.promises.stat(p)).isDirectory();
  } catch {
    return false;
  }
}

/** Reads one file into the index (unless it is open in the editor). Returns whether it is a treaty. */
async function readIntoIndex(file: string): Promise<boolean> {
  const uri = URI.file(file).toString();
  try {
    const stat = await fs.promises.stat(file);
    if (stat.size > MAX_DOCUMENT_LENGTH * 2) {
      connection.console.log(`skipped ${file}: ${stat.size} bytes is too large`);
      index.delete(uri);
      return false;
    }
    // Editors drop a byte order mark from a document's text; so do we, or line 1's columns would differ.
    const text = (await fs.promises.readFile(file, 'utf8')).replace(/^\ufeff/, '');
    const s = index.set(uri, text, 0);
    if (s.refusal) {
      connection.console.log(`skipped ${file}: ${s.refusal}`);
      return false;
    }
    return index.isServed(s);
  } catch (e) {
    // Deleted while being indexed, unreadable: not a treaty any more.
    connection.console.log(`skipped ${file}: ${(e as Error).message}`);
    index.delete(uri);
    return false;
  }
}

connection.onDidChangeWatchedFiles(async (params) => {
  for (const change of params.changes) {
    const u = URI.parse(change.uri);
    if (u.scheme !== 'file') continue;
    if (change.type === FileChangeType.Deleted) {
      index.delete(change.uri);
      index.deleteUnder(change.uri);
    } else if (TREATY_FILE.test(u.fsPath)) await readIntoIndex(u.fsPath);
    else if (change.type === FileChangeType.Created && (await isDirectory(u.fsPath))) {
      // A folder created or moved in: index what it holds.
      const files: string[] = [];
      await listFiles(u.fsPath, files);
      for (const f of files) await readIntoIndex(f);
    }
  }
  revalidateOpen();
});

/** The snapshot of an open document, if the server serves it. */
function served(uri: string): Snapshot | undefined {
  const snapshot = index.get(uri);
  if (!snapshot || !snapshot.open) return undefined;
  if (snapshot.refusal && !warned.has(uri)) {
    warned.add(uri);
    const why = snapshot.refusal === 'binary' ? 'looks like a binary file' : 'is too large to analyse';
    void connection.window.showWarningMessage(msg(snapshot.refusal === 'binary' ? 'notice.binary' : 'notice.tooLarge', fileNameOf(uri)));
    connection.console.warn(`${uri}: ${why}`);
  }
  return snapshot.isTreaty(settings.markdownDetection) ? snapshot : undefined;
}

function offsetOf(s: Snapshot, p: Position): number {
  return new LineMap(s.treaty.tree.lines).offsetAt(p);
}

// Diagnostics: per document after a pause in typing; all open documents when the workspace changes.
const pending = new Map<string, NodeJS.Timeout>();
function publish(uri: string): Snapshot | undefined {
  const s = served(uri);
  const diags = s ? diagnostics(index, s, settings.severity) : [];
  void connection.sendDiagnostics({ uri, version: s?.version, diagnostics: diags });
  return s;
}
function validateSoon(uri: string, delay = 200): void {
  clearTimeout(pending.get(uri));
  pending.set(uri, setTimeout(() => {
    pending.delete(uri);
    const s = publish(uri);
    // Open documents that cite this one may now cite an article it no longer has (or has again).
    const title = s?.treaty.title?.normalized;
    if (!title) return;
    for (const d of documents.all()) {
      const other = d.uri !== uri && !pending.has(d.uri) ? index.get(d.uri) : undefined;
      if (other && !other.refusal && other.info.cites.includes(title)) publish(d.uri);
    }
  }, delay));
}
function revalidateOpen(): void {
  for (const d of documents.all()) validateSoon(d.uri, 300);
}

documents.onDidOpen((e) => {
  index.set(e.document.uri, e.document.getText(), e.document.version, e.document.languageId);
  validateSoon(e.document.uri, 0);
});
documents.onDidChangeContent((e) => {
  const before = index.get(e.document.uri)?.titleKey;
  const s = index.set(e.document.uri, e.document.getText(), e.document.version, e.document.languageId);
  validateSoon(e.document.uri);
  // A changed title changes what other documents' citations resolve to.
  if (before !== s.titleKey) revalidateOpen();
});
documents.onDidClose((e) => {
  const before = index.get(e.document.uri)?.titleKey;
  index.close(e.document.uri);
  // Back to the disk version, or gone: what other documents' citations resolve to may change.
  if (before !== index.get(e.document.uri)?.titleKey) revalidateOpen();
  warned.delete(e.document.uri);
  clearTimeout(pending.get(e.document.uri));
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

connection.onDocumentSymbol((params, token) => {
  const s = served(params.textDocument.uri);
  if (!s) return null;
  const symbols = documentSymbols(s.treaty, token);
  return support.hierarchicalSymbols ? symbols : flattenSymbols(s.uri, symbols);
});

connection.onFoldingRanges((params) => {
  const s = served(params.textDocument.uri);
  return s ? foldingRanges(s.treaty) : null;
});

connection.onDefinition((params) => {
  const s = served(params.textDocument.uri);
  if (!s) return null;
  const links = definition(index, s, offsetOf(s, params.position));
  return support.linkSupport ? links : toLocations(links);
});

connection.onHover((params) => {
  const s = served(params.textDocument.uri);
  return s ? hover(index, s, offsetOf(s, params.position)) : null;
});

connection.onReferences((params, token: CancellationToken) => {
  const s = served(params.textDocument.uri);
  return s ? references(index, s, offsetOf(s, params.position), params.context.includeDeclaration, token) : null;
});

connection.onDocumentHighlight((params) => {
  const s = served(params.textDocument.uri);
  return s ? documentHighlights(index, s, offsetOf(s, params.position)) : null;
});

connection.onDocumentLinks((params) => {
  const s = served(params.textDocument.uri);
  return s ? documentLinks(index, s) : null;
});

connection.onWorkspaceSymbol((params, token) => workspaceSymbols(index, params.query, token));

connection.onCodeLens((params, token) => {
  const s = served(params.textDocument.uri);
  return s ? codeLenses(index, s, token) : null;
});

connection.onCodeAction((params) => {
  const s = served(params.textDocument.uri);
  return s ? codeActions(index, s, params.range, params.context.diagnostics) : null;
});

connection.onPrepareRename((params) => {
  const s = served(params.textDocument.uri);
  return s ? prepareRename(index, s, offsetOf(s, params.position)) : null;
});

connection.onRenameRequest((params) => {
  const s = served(params.textDocument.uri);
  return s ? rename(index, s, offsetOf(s, params.position), params.newName) : null;
});

connection.languages.inlayHint.on((params) => {
  const s = served(params.textDocument.uri);
  return s ? inlayHints(s, params.range) : null;
});

connection.onSelectionRanges((params) => {
  const s = served(params.textDocument.uri);
  return s ? selectionRanges(s.treaty, params.positions.map((p) => offsetOf(s, p))) : null;
});

const snippets = readSnippets(snippetFile);

connection.onCompletion((params, token) => {
  const s = served(params.textDocument.uri);
  if (!s) return null;
  // Today, read here at the boundary: the dates clauses and templates write (filled in by the server for every client).
  const list = completion(s, params.position, index, token, { snippets, now: new Date() });
  return support.snippets ? list : plainCompletions(list);
});

connection.onCompletionResolve((item) => resolveCompletion(item, index));

// Commands (workspace/executeCommand): edits are applied with workspace/applyEdit.
connection.onExecuteCommand(async (params, token) => {
  const args = params.arguments ?? [];
  const uri = typeof args[0] === 'string' ? args[0] : undefined;
  if (params.command === SERVER_COMMANDS.templates) return templates(snippets);
  const s = uri ? served(uri) : undefined;
  switch (params.command) {
    case SERVER_COMMANDS.renumberArticles: {
      if (!s) return { applied: false, edits: 0, message: msg('command.notTreaty') } satisfies EditResult;
      const edits = renumberArticles(index, s);
      if (edits.length === 0) return { applied: false, edits: 0, message: msg('command.renumberNothing') } satisfies EditResult;
      return applied(await connection.workspace.applyEdit({ label: msg('command.renumberLabel'), edit: { changes: { [s.uri]: edits } } }), { applied: false, edits: edits.length });
    }
    case SERVER_COMMANDS.insertArticle: {
      if (!s) return { applied: false, edits: 0, message: msg('command.notTreaty') };
      const at = args[1] as Position | undefined;
      const mode: InsertMode = args[2] === 'sub' ? 'sub' : 'renumber';
      const offset = at && typeof at.line === 'number' && typeof at.character === 'number' ? offsetOf(s, at) : 0;
      const { edit, result } = insertArticle(index, s, offset, mode);
      if (!edit) return result;
      return applied(await connection.workspace.applyEdit({ label: msg('command.insertLabel', result.name ?? ''), edit }), result);
    }
    case SERVER_COMMANDS.citedBy:
      if (!s) return { locations: [], message: msg('command.notTreaty') };
      return citedBy(index, s, token);
    default:
      throw new ResponseError(ErrorCodes.InvalidParams, `unknown command ${params.command}`);
  }
});

function applied<T extends EditResult>(answer: { applied: boolean; failureReason?: string }, result: T): T {
  return answer.applied ? { ...result, applied: true } : { ...result, applied: false, message: answer.failureReason ?? msg('command.editRejected') };
}

connection.onRequest(SUMMARY_REQUEST, (params: SummaryParams) => {
  const s = params && typeof params.uri === 'string' ? served(params.uri) : undefined;
  return s ? summary(s.treaty) : null;
});

documents.listen(connection);
connection.listen();
