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
  LSPErrorCodes,
  ErrorCodes,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import * as fs from 'fs';
import * as path from 'path';
import { Snapshot, WorkspaceIndex, fileNameOf } from './index/workspace';
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
import { unsuppressed } from './features/suppression';
import { CONFIG_FILE, DEFAULT_CONFIG, TreatyConfig, layered, readConfig } from './protocol/config';
import { codeActions } from './features/codeActions';
import { RenameAnswer, prepareRename } from './features/renumber';
import { renameWithCounterparts, renumberWithCounterparts } from './features/counterpartEdits';
import { inlayHints } from './features/inlayHints';
import { selectionRanges } from './features/selectionRanges';
import { TRIGGER_CHARACTERS, completion, readSnippets, resolveCompletion } from './features/completion';
import { ClientSupport, flattenSymbols, plainCompletions, plainDocumentation, plainHover, takesMarkdown, toLocations } from './protocol/adapt';
import { Guard, guardConnection } from './protocol/guard';
import { TREATY_FILE, WorkspaceFiles } from './protocol/files';
import { SERVER_VERSION, checkCommandLine } from './protocol/commandLine';
import { EditResult, InsertMode, SERVER_COMMANDS, SUMMARY_REQUEST, SummaryParams } from './protocol/commands';
import { localeOf, msg, setLocale } from './features/messages';
import { summary } from './features/summary';
import { citedBy } from './features/citedBy';
import { insertArticle } from './features/insertArticle';
import { templates } from './features/templates';
import { DeclaredCounterparts, counterpartLenses, counterpartLocation, counterpartsOf } from './features/counterparts';
import { contextOf } from './features/context';
// The clause snippets, bundled at build time (esbuild's json loader; see code-snippets.d.ts).
import snippetFile from '../../snippets/treaty.code-snippets';

// `--help`, `--version` or no transport: a short usage text, not the library's stack trace.
const cli = checkCommandLine(process.argv.slice(2));
if (cli) {
  (cli.code === 0 ? process.stdout : process.stderr).write(cli.text);
  process.exit(cli.code);
}

// Every handler registered on `connection` (and every timer through `guard`) is
// validated and guarded: bad parameters are refused, a failure logs and answers
// empty, and the process stays up (protocol/guard.ts).
const raw = createConnection(ProposedFeatures.all);
const guard = new Guard((m) => raw.console.error(m));
const connection = guardConnection(raw, guard);
process.on('unhandledRejection', (e) => raw.console.error(`unhandled rejection: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`));
const documents = new TextDocuments(TextDocument);
const index = new WorkspaceIndex();
const files = new WorkspaceFiles(index, (m) => connection.console.log(m));
const settings = { markdownDetection: true, severity: {} as SeveritySettings };
/** What the editor says (settings, initialization options) and what `.treatyrc.json` says; `settings` is the two layered. */
const sources = { editor: { markdownDetection: true, severity: {} as SeveritySettings }, file: DEFAULT_CONFIG as TreatyConfig };
function layer(): void {
  const c = layered(sources.file, { severity: sources.editor.severity });
  settings.severity = c.severity;
  // Either the editor or the file can turn detection off.
  settings.markdownDetection = sources.editor.markdownDetection && sources.file.markdownDetection;
  index.markdownDetection = settings.markdownDetection;
}
const client = { workDoneProgress: false, watchers: false, configuration: false, workspaceFolders: false };
const support: ClientSupport = { hierarchicalSymbols: true, linkSupport: true, snippets: true, markdownHover: true, markdownDocumentation: true };
const warned = new Set<string>();
/** `.treatyrc.json`'s `counterparts`, as URIs. */
let declaredCounterparts: DeclaredCounterparts = [];
let folders: string[] = [];

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const options = (params.initializationOptions ?? {}) as { markdownDetection?: boolean; locale?: string } & TreatySettings;
  // Messages in the client's display language (see features/messages.ts).
  setLocale(localeOf(typeof options.locale === 'string' ? options.locale : params.locale));
  if (typeof options.markdownDetection === 'boolean') sources.editor.markdownDetection = options.markdownDetection;
  if (options.diagnostics?.severity) sources.editor.severity = options.diagnostics.severity;
  layer();
  const caps = params.capabilities;
  client.workDoneProgress = !!caps.window?.workDoneProgress;
  client.watchers = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  client.configuration = !!caps.workspace?.configuration;
  client.workspaceFolders = !!caps.workspace?.workspaceFolders;
  support.hierarchicalSymbols = !!caps.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport;
  support.linkSupport = !!caps.textDocument?.definition?.linkSupport;
  support.snippets = !!caps.textDocument?.completion?.completionItem?.snippetSupport;
  support.markdownHover = takesMarkdown(caps.textDocument?.hover?.contentFormat);
  support.markdownDocumentation = takesMarkdown(caps.textDocument?.completion?.completionItem?.documentationFormat);
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
    serverInfo: { name: 'treaty-language-server', version: SERVER_VERSION },
  };
});

connection.onInitialized(async () => {
  // Each step on its own: one the client refuses must not stop the workspace scan.
  if (client.watchers) {
    await guard.run('register file watchers', () => connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [{ globPattern: '**/*.{md,markdown,txt,treaty}' }, { globPattern: '**/' }, { globPattern: `**/${CONFIG_FILE}` }],
    }), () => undefined);
  }
  await guard.run('read the configuration file', readConfigFile, () => undefined);
  await readConfiguration();
  await readExcludes();
  // Folder change events exist only for clients that declare workspace folders.
  if (client.workspaceFolders) connection.workspace.onDidChangeWorkspaceFolders((e) => {
    for (const f of e.removed) files.forget(f.uri);
    folders = folders.filter((u) => !e.removed.some((r) => r.uri === u));
    folders.push(...e.added.map((f) => f.uri));
    guard.detach('index added folders', indexFolders(e.added.map((f) => f.uri)));
  });
  await indexFolders(folders);
});

async function readConfiguration(): Promise<void> {
  if (!client.configuration) return;
  try {
    const c = (await connection.workspace.getConfiguration('treaty')) as TreatySettings | null;
    sources.editor.severity = c?.diagnostics?.severity ?? {};
  } catch {
    sources.editor.severity = {};
  }
  layer();
}

/** `.treatyrc.json` in the first workspace folder: severities, ignored files and detection shared with treaty-check. */
async function readConfigFile(): Promise<void> {
  const root = folders.map((u) => URI.parse(u)).find((u) => u.scheme === 'file');
  let value: unknown;
  if (root) {
    const file = `${root.fsPath.replace(/[\\/]$/, '')}/${CONFIG_FILE}`;
    const text = await fs.promises.readFile(file, 'utf8').catch(() => undefined);
    if (text !== undefined) {
      try {
        value = JSON.parse(text.replace(/^\ufeff/, ''));
      } catch (e) {
        connection.console.warn(`${CONFIG_FILE}: ${(e as Error).message}`);
      }
    }
  }
  const { config, problems } = readConfig(value);
  for (const p of problems) connection.console.warn(`${CONFIG_FILE}: ${p}`);
  sources.file = config;
  declaredCounterparts = root ? config.counterparts.map((g) => g.map((f) => URI.file(path.resolve(root.fsPath, f)).toString())) : [];
  layer();
}

type TreatySettings = { diagnostics?: { severity?: SeveritySettings } };

/** The user's `files.exclude` and `search.exclude` globs (those set to true): files there are not read. */
async function readExcludes(): Promise<void> {
  if (!client.configuration) {
    files.setExcludes(sources.file.ignore);
    return;
  }
  const sections = await guard.run('read exclusion settings', () => connection.workspace.getConfiguration([{ section: 'files.exclude' }, { section: 'search.exclude' }]) as Promise<unknown[]>, () => Promise.resolve([]));
  const globs: string[] = [];
  for (const map of Array.isArray(sections) ? sections : []) {
    if (map && typeof map === 'object') for (const [glob, on] of Object.entries(map)) if (on === true) globs.push(glob);
  }
  files.setExcludes([...globs, ...sources.file.ignore]);
}

connection.onDidChangeConfiguration(async (params) => {
  // Clients that cannot be asked (no workspace/configuration) push their settings here.
  const pushed = (params.settings as { treaty?: TreatySettings } | null)?.treaty;
  if (!client.configuration && pushed) {
    sources.editor.severity = pushed.diagnostics?.severity ?? {};
    layer();
  } else await readConfiguration();
  await readExcludes();
  revalidateOpen();
});

/** Reads every treaty file under the folders into the index, reporting progress. */
async function indexFolders(uris: string[]): Promise<void> {
  const roots = uris.map((u) => URI.parse(u)).filter((u) => u.scheme === 'file').map((u) => u.fsPath);
  await files.setRoots(folders.map((u) => URI.parse(u)).filter((u) => u.scheme === 'file').map((u) => u.fsPath));
  if (roots.length === 0) return;
  const started = Date.now();
  const progress = client.workDoneProgress ? await guard.run('create progress', () => connection.window.createWorkDoneProgress(), () => undefined) : undefined;
  progress?.begin(msg('progress.indexing'), 0, msg('progress.listing'), true);
  const list: string[] = [];
  for (const root of roots) await files.list(root, list);
  let done = 0;
  let indexed = 0;
  for (const file of list) {
    if (progress?.token.isCancellationRequested) break;
    if ((await files.read(file)) === 'treaty') indexed++;
    done++;
    if (done % 50 === 0) {
      progress?.report(Math.round((done / list.length) * 100), `${done}/${list.length}`);
      await new Promise((r) => setImmediate(r)); // let requests through
    }
  }
  progress?.done();
  connection.console.log(`indexed ${indexed} treaties of ${list.length} files in ${Date.now() - started} ms`);
  logHeadOnly();
  revalidateOpen();
}

/** One line for the files dropped after their first bytes (not treaties). */
function logHeadOnly(): void {
  const dropped = files.takeHeadOnly();
  if (dropped.length === 0) return;
  const some = dropped.slice(0, 5).join(', ') + (dropped.length > 5 ? ' …' : '');
  connection.console.log(`skipped ${dropped.length} files that do not start as treaties (only their first bytes were read): ${some}`);
}

connection.onDidChangeWatchedFiles(async (params) => {
  for (const change of params.changes) {
    const u = URI.parse(change.uri);
    if (u.scheme !== 'file') continue;
    if (fileNameOf(change.uri) === CONFIG_FILE) {
      await readConfigFile();
      await readExcludes();
      continue;
    }
    if (change.type === FileChangeType.Deleted) {
      files.forget(change.uri);
      continue;
    }
    // Only files inside the workspace folders, never through a link out of them.
    const refused = await files.refusal(u.fsPath);
    if (refused) {
      connection.console.log(`ignored ${u.fsPath}: ${refused}`);
      continue;
    }
    const stat = await fs.promises.stat(u.fsPath).catch(() => undefined);
    if (stat?.isDirectory()) {
      // A folder created or moved in: index what it holds.
      if (change.type === FileChangeType.Created) for (const f of await files.list(u.fsPath)) await files.read(f);
    } else if (TREATY_FILE.test(u.fsPath)) await files.read(u.fsPath);
  }
  logHeadOnly();
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
  const diags = s ? unsuppressed(s.treaty, diagnostics(index, s, settings.severity, undefined, declaredCounterparts)) : [];
  guard.detach('publish diagnostics', connection.sendDiagnostics({ uri, version: s?.version, diagnostics: diags }));
  return s;
}
function validateSoon(uri: string, delay = 200): void {
  clearTimeout(pending.get(uri));
  pending.set(uri, guard.timer(`diagnostics of ${uri}`, () => {
    pending.delete(uri);
    const s = publish(uri);
    // Its texts in other languages are checked against it.
    if (s) for (const c of counterpartsOf(index, s, declaredCounterparts)) if (c.snapshot.open && !pending.has(c.snapshot.uri)) publish(c.snapshot.uri);
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
  guard.detach('clear diagnostics', connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }));
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
  const h = s ? hover(index, s, offsetOf(s, params.position)) : null;
  return support.markdownHover ? h : plainHover(h);
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
  return s ? [...codeLenses(index, s, token), ...counterpartLenses(contextOf(index, s, token), declaredCounterparts)] : null;
});

connection.onCodeAction((params) => {
  const s = served(params.textDocument.uri);
  return s ? codeActions(index, s, params.range, params.context.diagnostics) : null;
});

// Rename at an article heading or reference is the server's: a refusal is an error
// with the reason (a null would let another provider, e.g. markdown's, rewrite the heading).
connection.onPrepareRename((params) => {
  const s = served(params.textDocument.uri);
  return s ? refusedAsError(prepareRename(index, s, offsetOf(s, params.position))) : null;
});

connection.onRenameRequest((params) => {
  const s = served(params.textDocument.uri);
  return s ? refusedAsError(renameWithCounterparts(index, s, offsetOf(s, params.position), params.newName, declaredCounterparts)) : null;
});

/** A refused rename: InvalidParams when the new name is not a number, RequestFailed when the rename cannot be done. */
function refusedAsError<T>(answer: RenameAnswer<T>): T | null | ResponseError<void> {
  if (!answer || typeof answer !== 'object' || !('refused' in answer)) return answer;
  return new ResponseError(answer.invalidName ? ErrorCodes.InvalidParams : LSPErrorCodes.RequestFailed, answer.refused);
}

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

connection.onCompletionResolve((item) => {
  const resolved = resolveCompletion(item, index);
  return support.markdownDocumentation ? resolved : plainDocumentation(resolved);
});

// Commands (workspace/executeCommand): edits are applied with workspace/applyEdit.
connection.onExecuteCommand(async (params, token) => {
  const args = params.arguments ?? [];
  const uri = typeof args[0] === 'string' ? args[0] : undefined;
  if (params.command === SERVER_COMMANDS.templates) return templates(snippets);
  const s = uri ? served(uri) : undefined;
  switch (params.command) {
    case SERVER_COMMANDS.renumberArticles: {
      if (!s) return { applied: false, edits: 0, message: msg('command.notTreaty') } satisfies EditResult;
      const r = renumberWithCounterparts(index, s, declaredCounterparts);
      if (r.refused) return { applied: false, edits: 0, message: r.refused } satisfies EditResult;
      if (!r.edit) return { applied: false, edits: 0, message: msg('command.renumberNothing') } satisfies EditResult;
      const count = Object.values(r.edit.changes ?? {}).reduce((n, e) => n + e.length, 0);
      return applied(await connection.workspace.applyEdit({ label: msg('command.renumberLabel'), edit: r.edit }), { applied: false, edits: count });
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
    case SERVER_COMMANDS.counterpart: {
      const at = args[1] as Position | undefined;
      if (!s || !at || typeof at.line !== 'number' || typeof at.character !== 'number') return null;
      return counterpartLocation(contextOf(index, s, token), offsetOf(s, at), declaredCounterparts, typeof args[2] === 'string' ? args[2] : undefined);
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
