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
  FileEvent,
  CancellationToken,
  Position,
  ResponseError,
  LSPErrorCodes,
  ErrorCodes,
  CancellationTokenSource,
  CodeAction,
  CodeActionKind,
  Diagnostic,
  Message,
  Range,
  Location,
  WorkspaceEdit,
  DocumentDiagnosticReport,
  DiagnosticServerCancellationData,
  StreamMessageReader,
  ShowMessageNotification,
  MessageType,
  FileOperationPatternKind,
  TextEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { counterpartRenames } from './protocol/configRenames';
import { PositionCodec } from './protocol/positionCodec';
import { composed, stdioWriter } from './protocol/encode';
import { outlineMaxSymbols, sizedOutline, symbolCount } from './protocol/outlineSize';
import { URI } from 'vscode-uri';
import * as v8 from 'v8';
import * as fs from 'fs';
import * as path from 'path';
import { Snapshot, WorkspaceIndex, fileNameOf } from './index/workspace';
import { FeatureContext, contextOf } from './features/context';
import { EditRecorder } from './protocol/documents';
import { documentSymbols } from './features/documentSymbols';
import { foldingRanges } from './features/foldingRanges';
import { definition } from './features/definition';
import { hover } from './features/hover';
import { documentHighlights, referencesWork } from './features/references';
import { documentLinks } from './features/documentLinks';
import { workspaceSymbolsWork } from './features/workspaceSymbols';
import { codeLensesWork } from './features/codeLens';
import { SeveritySettings, diagnosticsWork } from './features/diagnostics';
import { unsuppressed } from './features/suppression';
import { CONFIG_FILE, DEFAULT_CONFIG, TreatyConfig, layered, readConfig } from './protocol/config';
import { FIX_ALL_KIND, codeActions, kindAsked } from './features/codeActions';
import { RenameAnswer, prepareRename } from './features/renumber';
import { renameWithCounterpartsWork, renumberWithCounterpartsWork } from './features/counterpartEdits';
import { prepareTermRename, renameTerm } from './features/renameTerm';
import { inlayHints } from './features/inlayHints';
import { selectionRanges } from './features/selectionRanges';
import { TRIGGER_CHARACTERS, completion, readSnippets, resolveCompletion } from './features/completion';
import {
  ClientSupport, actionsFor, asCommands, completionsFor, diagnosticsFor, flattenSymbols, kindsOf, linksFor, plainCompletions, documentationIn, hoverIn, lensesFor, markupForm, symbolsIn,
  toLocations, workspaceSymbolsFor,
} from './protocol/adapt';
import { Guard, guardConnection } from './protocol/guard';
import { TREATY_FILE, TREATY_GLOB, WorkspaceFiles, clientWatches } from './protocol/files';
import { readTreatyFile } from './protocol/decode';
import type { Encoding } from './syntax/encoding';
import { ENCODING_CODE, encodingNotice, encodingRepairs, garbledAlike, misdecodingOf } from './features/encodingNotice';
import { ScanPool } from './protocol/scanPool';
import { DiskWatcher, ownWritesOnly } from './protocol/diskWatch';
import { PulledResults } from './protocol/pulled';
import { SERVER_VERSION, checkCommandLine } from './protocol/commandLine';
import { EditResult, ExportFormat, HeadVersion, InsertMode, PREVIEW_REQUEST, PreviewParams, SERVER_COMMANDS, SUMMARY_REQUEST, SummaryParams } from './protocol/commands';
import { EXPORT_FORMATS, exportFiles } from './protocol/exportFiles';
import { preview } from './features/preview';
import { localeOf, msg, setLocale } from './features/messages';
import { summary } from './features/summary';
import { citedByWork } from './features/citedBy';
import { Work } from './features/work';
import { afterTurn, cancelledError, releaseOnCancel, sliced, slicedOn } from './protocol/slices';
import { hold } from './syntax/reparse';
import { insertArticle } from './features/insertArticle';
import { templates } from './features/templates';
import { amendmentOf, compareTexts, comparisonDocxBase64, consolidateTexts } from './features/versionCommands';
import { gitVersion } from './protocol/gitVersion';
import { counterpartLenses, counterpartLocation } from './features/counterparts';
// The clause snippets, bundled at build time (esbuild's json loader; see code-snippets.d.ts).
import snippetFile from '../../snippets/treaty.code-snippets';
import traditionalSnippetFile from '../../snippets/treaty.traditional.code-snippets';

// `--help`, `--version` or no transport: a short usage text, not the library's stack trace.
const cli = checkCommandLine(process.argv.slice(2));
if (cli) {
  (cli.code === 0 ? process.stdout : process.stderr).write(cli.text);
  process.exit(cli.code);
}

// No allocation-site pretenuring: V8 otherwise decides, some runs and not others, to allocate a parse's lines and
// label objects in the old generation, and a process so decided parses a 1 MB treaty in 21–25 ms instead of 11
// (in three of six fresh processes, each measured over 40 parses); without it, 11.5–12.5 ms in every one. Unlike
// the heap's sizes it takes effect when set from inside the process, so it holds in every editor, not only VS Code.
v8.setFlagsFromString('--no-allocation-site-pretenuring');

// Every handler registered on `connection` (and every timer through `guard`) is
// validated and guarded: bad parameters are refused, a failure logs and answers
// empty, and the process stays up (protocol/guard.ts).
// A request still queued when its cancel arrives is answered RequestCancelled without running;
// one already running reads its token between units of work (protocol/slices.ts).
const connectionOptions = {
  cancelUndispatched: (message: Message) => ({ jsonrpc: '2.0', id: (message as { id?: number | string }).id ?? null, error: cancelledError().toJson() }),
};
// Over stdio, answers are written by protocol/encode.ts (the bytes of an outline's unchanged articles kept).
// Over stdio a client that counts columns in UTF-8 bytes is read and answered in them (protocol/positionCodec.ts).
const codec = new PositionCodec((uri) => index.get(uri)?.text ?? configTexts.get(uri));
/** The text of `.treatyrc.json` an edit of it was computed against (`willRenameFiles`): the codec counts its columns in it. */
const configTexts = new Map<string, string>();
const raw = process.argv.includes('--stdio')
  ? createConnection(ProposedFeatures.all, codec.reader(new StreamMessageReader(process.stdin)), codec.writer(stdioWriter()), connectionOptions)
  : createConnection(ProposedFeatures.all, connectionOptions);
const guard = new Guard((m) => raw.console.error(m));
// LSP's lifecycle: until `initialize`, requests are refused and notifications dropped (protocol/guard.ts).
guard.phase = 'new';
const connection = guardConnection(raw, guard);
process.on('unhandledRejection', (e) => raw.console.error(`unhandled rejection: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`));
const edits = new EditRecorder();
const documents = new TextDocuments(edits);
const index = new WorkspaceIndex();
const files = new WorkspaceFiles(index, (m) => connection.console.log(m));
const settings = { markdownDetection: true, severity: {} as SeveritySettings, outlineMaxSymbols: outlineMaxSymbols(undefined) };
/** What the editor says (settings, initialization options) and what `.treatyrc.json` says; `settings` is the two layered. */
const sources = { editor: { markdownDetection: true, severity: {} as SeveritySettings }, file: DEFAULT_CONFIG as TreatyConfig };
function layer(): void {
  const c = layered(sources.file, { severity: sources.editor.severity });
  settings.severity = c.severity;
  // Either the editor or the file can turn detection off.
  settings.markdownDetection = sources.editor.markdownDetection && sources.file.markdownDetection;
  index.markdownDetection = settings.markdownDetection;
}
const client = {
  workDoneProgress: false, watchers: false, configuration: false,
  /** Its watchers report only its own writes (Helix: protocol/diskWatch.ts `ownWritesOnly`): the server watches too. */
  ownWritesOnly: false, workspaceFolders: false, applyEdit: false, showDocument: false,
  /**
   * Diagnostics pulled (`textDocument/diagnostic`) rather than pushed: a client that declares both the pull and
   * `workspace/diagnostic/refresh` — a treaty's diagnostics change with the instruments it cites, which only a
   * refresh tells a pulling client — unless its initialization options say `diagnostics.pull: false` (the VS Code
   * extension's). Never both for one client.
   */
  pullDiagnostics: false,
  /** The lens commands the client runs itself (initialization option `clientCommands`: the VS Code extension's). */
  commands: new Set<string>(),
};
const support: ClientSupport = {
  hierarchicalSymbols: true, linkSupport: true, snippets: true, hover: 'markdown', documentation: 'markdown', codeActionLiterals: true, prepareRename: true,
  disabledActions: true, preferredActions: true, labelDetails: true, relatedInformation: true, linkTooltips: true, rangelessSymbols: true,
  symbolKinds: kindsOf(undefined), workspaceSymbolKinds: kindsOf(undefined), completionKinds: kindsOf(undefined),
};
const warned = new Set<string>();
/** The editor's settings as the initialization options gave them. */
const initialOptions: { severity: SeveritySettings; outline: unknown } = { severity: {}, outline: undefined };
let folders: string[] = [];

connection.onInitialize((params: InitializeParams): InitializeResult => {
  // Requests from now on are served (before, refused: protocol/guard.ts).
  guard.phase = 'running';
  const options = (params.initializationOptions ?? {}) as { markdownDetection?: boolean; locale?: string; clientCommands?: unknown } & TreatySettings;
  // Messages in the client's display language (see features/messages.ts).
  setLocale(localeOf(typeof options.locale === 'string' ? options.locale : params.locale));
  if (typeof options.markdownDetection === 'boolean') sources.editor.markdownDetection = options.markdownDetection;
  if (options.diagnostics?.severity) sources.editor.severity = options.diagnostics.severity;
  settings.outlineMaxSymbols = outlineMaxSymbols(options.outline?.maxSymbols);
  // What a settings push without our section goes back to (Neovim 0.7 pushes `{}` after every start).
  initialOptions.severity = sources.editor.severity;
  initialOptions.outline = options.outline?.maxSymbols;
  layer();
  const caps = params.capabilities;
  client.workDoneProgress = !!caps.window?.workDoneProgress;
  client.watchers = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  client.ownWritesOnly = ownWritesOnly(params.clientInfo, caps);
  client.configuration = !!caps.workspace?.configuration;
  client.workspaceFolders = !!caps.workspace?.workspaceFolders;
  client.applyEdit = !!caps.workspace?.applyEdit;
  client.showDocument = !!caps.window?.showDocument?.support;
  client.pullDiagnostics = !!caps.textDocument?.diagnostic && !!caps.workspace?.diagnostics?.refreshSupport && options.diagnostics?.pull !== false;
  client.commands = new Set(Array.isArray(options.clientCommands) ? options.clientCommands.filter((c): c is string => typeof c === 'string') : []);
  support.hierarchicalSymbols = !!caps.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport;
  support.linkSupport = !!caps.textDocument?.definition?.linkSupport;
  support.snippets = !!caps.textDocument?.completion?.completionItem?.snippetSupport;
  support.hover = markupForm(caps.textDocument?.hover?.contentFormat);
  support.documentation = markupForm(caps.textDocument?.completion?.completionItem?.documentationFormat);
  support.codeActionLiterals = !!caps.textDocument?.codeAction?.codeActionLiteralSupport;
  support.prepareRename = !!caps.textDocument?.rename?.prepareSupport;
  // What an answer may hold: fields, and kinds past LSP 3.0's, only as declared.
  support.disabledActions = !!caps.textDocument?.codeAction?.disabledSupport;
  support.preferredActions = !!caps.textDocument?.codeAction?.isPreferredSupport;
  support.labelDetails = !!caps.textDocument?.completion?.completionItem?.labelDetailsSupport;
  // (A pulling client may declare it with the pull, as vscode-languageclient does: LSP 3.18's DiagnosticsCapabilities.)
  support.relatedInformation = !!(caps.textDocument?.publishDiagnostics?.relatedInformation || (client.pullDiagnostics && (caps.textDocument?.diagnostic as { relatedInformation?: boolean } | undefined)?.relatedInformation));
  support.linkTooltips = !!caps.textDocument?.documentLink?.tooltipSupport;
  support.rangelessSymbols = !!caps.workspace?.symbol?.resolveSupport;
  support.symbolKinds = kindsOf(caps.textDocument?.documentSymbol?.symbolKind?.valueSet);
  support.workspaceSymbolKinds = kindsOf(caps.workspace?.symbol?.symbolKind?.valueSet);
  support.completionKinds = kindsOf(caps.textDocument?.completion?.completionItemKind?.valueSet);
  // Older clients name the root by its path only (`rootPath`, deprecated in LSP 3.0).
  const rootUri = params.rootUri ?? (params.rootPath ? URI.file(params.rootPath).toString() : null);
  // The folders, else the root. An empty list is not "no folder open": LSP gives `null` for none configured, and a
  // `rootUri` is "null if no folder is open" — one given with `workspaceFolders: []` is the folder open.
  folders = (params.workspaceFolders?.length ? params.workspaceFolders : rootUri ? [{ uri: rootUri, name: '' }] : []).map((f) => f.uri);
  // Set now, not when the scan starts (after the configuration is read): a file opened meanwhile is asked whether it is inside them.
  void files.setRoots(fileFolders(folders));
  return {
    capabilities: {
      // LSP 3.17: UTF-16 to a client that lists it in general.positionEncodings (Helix lists utf-8 first, then
      // utf-32 and utf-16) or lists none; the first of utf-8 and utf-32 to one that leaves UTF-16 out (protocol/
      // positionCodec.ts). A client that counts bytes without offering utf-8 (ALE) is answered in them when its
      // user sets initialization option positionEncoding: "utf-8".
      positionEncoding: codec.encoding,
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
      // The options objects only for a client that declares what they need (LSP: CodeActionOptions and
      // RenameOptions "may only be specified if the client states" codeActionLiteralSupport / prepareSupport).
      codeActionProvider: support.codeActionLiterals ? { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] } : true,
      renameProvider: support.prepareRename ? { prepareProvider: true } : true,
      inlayHintProvider: true,
      selectionRangeProvider: true,
      executeCommandProvider: { commands: Object.values(SERVER_COMMANDS) },
      completionProvider: { triggerCharacters: TRIGGER_CHARACTERS, resolveProvider: true },
      // Pulled by a client that can (see client.pullDiagnostics): a document's diagnostics depend on others (the
      // instruments it cites, its counterparts); none for the workspace's files unopened, as none are pushed.
      ...(client.pullDiagnostics ? { diagnosticProvider: { interFileDependencies: true, workspaceDiagnostics: false } } : {}),
      workspace: {
        workspaceFolders: { supported: true, changeNotifications: true },
        // Renames of treaty files and of folders (which may hold them) asked about first: `.treatyrc.json`'s
        // counterparts follow them (`willRenameFiles`). ignoreCase: the scan reads a `.MD` too (TREATY_FILE).
        fileOperations: { willRename: { filters: [
          { scheme: 'file', pattern: { glob: TREATY_GLOB, matches: FileOperationPatternKind.file, options: { ignoreCase: true } } },
          { scheme: 'file', pattern: { glob: '**', matches: FileOperationPatternKind.folder } },
        ] } },
      },
    },
    serverInfo: { name: 'treaty-language-server', version: SERVER_VERSION },
  };
});

connection.onInitialized(async () => {
  // Each step on its own: one the client refuses, or never answers, must not stop the workspace scan.
  // Not awaited: nothing waits for the registration (a client may leave it unanswered).
  if (client.watchers) guard.detach('register file watchers', registerWatchers());
  else watchDisk('the client does not declare dynamic registration of workspace/didChangeWatchedFiles');
  if (client.ownWritesOnly) watchDisk('the client\'s file events report only its own writes (Helix)');
  await guard.run('read the configuration file', readConfigFile, () => undefined);
  await readConfiguration();
  await readExcludes();
  // Folder change events exist only for clients that declare workspace folders.
  if (client.workspaceFolders) connection.workspace.onDidChangeWorkspaceFolders((e) => {
    for (const f of e.removed) files.forget(f.uri);
    for (const f of fileFolders(e.removed.map((r) => r.uri))) disk.forgetUnder(f);
    folders = folders.filter((u) => !e.removed.some((r) => r.uri === u));
    folders.push(...e.added.map((f) => f.uri));
    guard.detach('index added folders', indexFolders(e.added.map((f) => f.uri)));
  });
  await indexFolders(folders);
});

/**
 * The client's file watchers (workspace/didChangeWatchedFiles, registered dynamically); refused, or not answered
 * within CLIENT_ANSWER_MS, the server watches the disk itself (`watchDisk`). (A client that answers later may send
 * events too: the same file read twice, no harm.)
 */
async function registerWatchers(): Promise<void> {
  const registered = connection.client.register(DidChangeWatchedFilesNotification.type, {
    watchers: [{ globPattern: TREATY_GLOB }, { globPattern: '**/' }, { globPattern: `**/${CONFIG_FILE}` }],
  });
  const answer = await answered(registered).catch((e: unknown) => e instanceof Error ? e : new Error(String(e)));
  if (answer === UNANSWERED) watchDisk(`client/registerCapability for workspace/didChangeWatchedFiles unanswered after ${CLIENT_ANSWER_MS} ms`);
  else if (answer instanceof Error) watchDisk(`client/registerCapability for workspace/didChangeWatchedFiles refused (${answer.message})`);
  else clientWatchers.registered = true;
}
/** The client's watchers, once their registration is accepted: their events report every change of the files they match. */
const clientWatchers = { registered: false };
/**
 * Whether a file event reports a change of `file` on disk — the editor's own save included: the server's own
 * watches when it watches (its folder watched: not past the cap, nor the system's limit, nor listed after the
 * file was opened), else the client's accepted watchers when their glob matches it and it is not in a folder
 * they leave out (VS Code's `files.watcherExclude`). Not while the registration is unanswered.
 */
function eventsCover(file: string): boolean {
  if (disk.active) return disk.covers(file);
  return clientWatchers.registered && clientWatches(file) && !files.unwatched(file);
}
/** The server's own watches of the folders its scan lists (protocol/diskWatch.ts), for a client that sends no file events. */
const disk = new DiskWatcher(
  (events) => guard.detach('changes on disk', filesChanged(events.map((e) => ({ uri: URI.file(e.path).toString(), type: e.type === 'created' ? FileChangeType.Created : e.type === 'deleted' ? FileChangeType.Deleted : FileChangeType.Changed })))),
  (m) => connection.console.log(m),
  (name) => TREATY_FILE.test(name) || name === CONFIG_FILE,
);
function watchDisk(why: string): void {
  if (disk.active) return;
  connection.console.log(`${why}: the server watches the workspace folders for changes on disk itself`);
  disk.start();
}

/**
 * How long the server waits for the client to answer a request it needs before going on: a client that
 * declares workspace/configuration or window/workDoneProgress and never answers (the request lost, or
 * queued behind the client's own start-up) must not hold the workspace scan for ever. (Environment variable
 * TREATY_CLIENT_ANSWER_MS: a shorter wait, for the tests of clients that never answer.)
 */
const CLIENT_ANSWER_MS = Number(process.env.TREATY_CLIENT_ANSWER_MS) || 3000;
/**
 * How long a command waits for an answer a person may have to give first: an item picked of a
 * window/showMessageRequest, a workspace/applyEdit the editor asks to confirm (eglot asks by default,
 * `eglot-confirm-server-initiated-edits`). A client that never answers must not hold the command for ever.
 */
const USER_ANSWER_MS = 20 * CLIENT_ANSWER_MS;
const UNANSWERED = Symbol('unanswered');
/** `request`'s answer, or UNANSWERED after `ms` (a later answer is dropped). */
async function answered<T>(request: Promise<T>, ms = CLIENT_ANSWER_MS): Promise<T | typeof UNANSWERED> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<typeof UNANSWERED>((resolve) => (timer = setTimeout(() => resolve(UNANSWERED), ms)));
  try {
    return await Promise.race([request, late]);
  } finally {
    clearTimeout(timer);
  }
}
/** A client that left workspace/configuration unanswered is not asked again: it is taken as one that pushes its settings. */
function noConfigurationAnswer(what: string): void {
  client.configuration = false;
  connection.console.warn(`${what}: workspace/configuration unanswered after ${CLIENT_ANSWER_MS} ms; settings from the initialization options and settings pushes only`);
}

async function readConfiguration(): Promise<void> {
  if (!client.configuration) return;
  try {
    const answer = await answered(connection.workspace.getConfiguration('treaty') as Promise<TreatySettings | null>);
    if (answer === UNANSWERED) {
      noConfigurationAnswer('treaty settings');
      return layer();
    }
    const c = answer;
    // An answer without severities (lsp-mode answers {}, eglot null, when the user set none there): what the
    // initialization options said stays, as after a settings push without our section.
    sources.editor.severity = c?.diagnostics?.severity ?? initialOptions.severity;
    // Unset (a client without the setting): what the initialization options said stays.
    if (c?.outline?.maxSymbols !== undefined) settings.outlineMaxSymbols = outlineMaxSymbols(c.outline.maxSymbols);
  } catch (e) {
    // Refused (an error answer: a client that declares the request but has no handler for it): taken as one that
    // never answers — not asked again, and the initialization options' severities stay (they were dropped).
    client.configuration = false;
    sources.editor.severity = initialOptions.severity;
    connection.console.warn(`treaty settings: workspace/configuration refused (${e instanceof Error ? e.message : String(e)}); settings from the initialization options and settings pushes only`);
  }
  layer();
}

/** The folder of `.treatyrc.json`: the first workspace folder on disk. */
const configRoot = () => folders.map((u) => URI.parse(u)).find((u) => u.scheme === 'file');
/** `.treatyrc.json`'s path in its folder (`configRoot`). */
const configFileIn = (root: URI) => path.join(root.fsPath, CONFIG_FILE);

/**
 * Files or folders about to be renamed (LSP 3.16 `workspace/willRenameFiles`, announced for treaty files and
 * folders): the edit of `.treatyrc.json` that keeps its counterparts naming them (protocol/configRenames.ts),
 * computed against its text as the editor holds it, else as on disk. The client applies it with the rename
 * (VS Code saves it: `files.refactoring.autoSave`), and the file event of its save has the server read it again.
 */
connection.workspace.onWillRenameFiles(async (params) => {
  const root = configRoot();
  if (!root) return null;
  const file = configFileIn(root);
  const uri = URI.file(file).toString();
  const text = documents.get(uri)?.getText() ?? (await readTreatyFile(file).catch(() => undefined))?.text;
  if (text === undefined) return null;
  const renames = params.files.map((f) => ({ from: URI.parse(f.oldUri), to: URI.parse(f.newUri) }))
    .filter((r) => r.from.scheme === 'file' && r.to.scheme === 'file').map((r) => ({ from: r.from.fsPath, to: r.to.fsPath }));
  const replacements = counterpartRenames(text, root.fsPath, renames);
  if (!replacements.length) return null;
  configTexts.set(uri, text);
  const doc = TextDocument.create(uri, 'json', 0, text);
  return { changes: { [uri]: replacements.map((r) => TextEdit.replace({ start: doc.positionAt(r.start), end: doc.positionAt(r.end) }, r.text)) } };
});

/** `.treatyrc.json` in the first workspace folder: severities, ignored files and detection shared with treaty-check. */
async function readConfigFile(): Promise<void> {
  const root = configRoot();
  let value: unknown;
  if (root) {
    const file = configFileIn(root);
    // Decoded as a treaty is: Notepad saves it as UTF-16.
    const text = (await readTreatyFile(file).catch(() => undefined))?.text;
    if (text !== undefined) {
      try {
        value = JSON.parse(text);
      } catch (e) {
        connection.console.warn(`${CONFIG_FILE}: ${(e as Error).message}`);
      }
    }
  }
  const { config, problems } = readConfig(value);
  for (const p of problems) connection.console.warn(`${CONFIG_FILE}: ${p}`);
  sources.file = config;
  // Its `counterparts`, as URIs: the index answers who is whose counterpart.
  index.setCounterparts(root ? config.counterparts.map((g) => g.map((f) => URI.file(path.resolve(root.fsPath, f)).toString())) : []);
  layer();
}

type TreatySettings = { diagnostics?: { severity?: SeveritySettings; pull?: unknown }; outline?: { maxSymbols?: unknown } };

/** The user's `files.exclude` and `search.exclude` globs (those set to true): files there are not read. */
async function readExcludes(): Promise<void> {
  if (!client.configuration) {
    files.setExcludes(sources.file.ignore);
    return;
  }
  // (files.watcherExclude: the folders VS Code's watchers leave out, whose files are read again on close: `eventsCover`.)
  const answer = await guard.run('read exclusion settings', () => answered(connection.workspace.getConfiguration([{ section: 'files.exclude' }, { section: 'search.exclude' }, { section: 'files.watcherExclude' }]) as Promise<unknown[]>), () => Promise.resolve([]));
  if (answer === UNANSWERED) noConfigurationAnswer('exclusion settings');
  const sections = answer === UNANSWERED ? [] : answer;
  const on = (map: unknown) => (map && typeof map === 'object' ? Object.entries(map).filter(([, v]) => v === true).map(([g]) => g) : []);
  const globs = (Array.isArray(sections) ? sections.slice(0, 2) : []).flatMap(on);
  files.setExcludes([...globs, ...sources.file.ignore]);
  files.setUnwatched(Array.isArray(sections) ? on(sections[2]) : []);
}

connection.onDidChangeConfiguration(async (params) => {
  // Clients that cannot be asked (no workspace/configuration) push their settings here.
  // Each push replaces the one before; a push without our section (settings for other servers only) goes back to
  // what the initialization options said.
  if (!client.configuration) {
    const pushed = (params.settings as { treaty?: TreatySettings } | null)?.treaty;
    sources.editor.severity = pushed?.diagnostics?.severity ?? initialOptions.severity;
    settings.outlineMaxSymbols = outlineMaxSymbols(pushed?.outline?.maxSymbols ?? initialOptions.outline);
    layer();
  } else await readConfiguration();
  await readExcludes();
  revalidateOpen();
});

/** The file system paths of the folders of `uris` on disk. */
function fileFolders(uris: string[]): string[] {
  return uris.map((u) => URI.parse(u)).filter((u) => u.scheme === 'file').map((u) => u.fsPath);
}

/** Reads every treaty file under the folders into the index, reporting progress. */
async function indexFolders(uris: string[]): Promise<void> {
  const roots = fileFolders(uris);
  await files.setRoots(fileFolders(folders));
  if (roots.length === 0) return;
  const started = Date.now();
  // The scan's workers start while the files are listed.
  const pool = new ScanPool(undefined, undefined, (m) => connection.console.log(m)).start();
  const created = client.workDoneProgress ? await guard.run('create progress', () => answered(connection.window.createWorkDoneProgress()), () => undefined) : undefined;
  // Unanswered: the scan goes on without reporting.
  const progress = created === UNANSWERED ? undefined : created;
  progress?.begin(msg('progress.indexing'), 0, msg('progress.listing'), true);
  const list: string[] = [];
  const listed: string[] = [];
  for (const root of roots) await files.list(root, list, listed);
  // Watched by the server only for a client that sends no file events (`watchDisk`).
  disk.add(listed);
  // Read and analysed in worker threads (protocol/scanPool.ts); the index is filled here, between requests.
  const indexed = await files.readAll(list, pool, async (done) => {
    if (done % 50 === 0) {
      progress?.report(Math.round((done / list.length) * 100), `${done}/${list.length}`);
      await new Promise((r) => setImmediate(r)); // let requests through
    }
  }, () => progress?.token.isCancellationRequested === true);
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

connection.onDidChangeWatchedFiles((params) => filesChanged(params.changes));
/** Files changed on disk, as the client's file events say (or the server's own watches: `disk`). */
async function filesChanged(changes: FileEvent[]): Promise<void> {
  for (const change of changes) {
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
      // A folder created or moved in: index what it holds (and watch its folders, when the server watches).
      const listed: string[] = [];
      if (change.type === FileChangeType.Created) for (const f of await files.list(u.fsPath, [], listed)) await files.read(f);
      disk.add(listed);
    } else if (TREATY_FILE.test(u.fsPath)) await files.read(u.fsPath);
  }
  logHeadOnly();
  revalidateOpen();
}

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

/** The feature context of an open, served document; undefined for any other. */
function contextFor(uri: unknown, token?: CancellationToken): FeatureContext | undefined {
  const s = typeof uri === 'string' ? served(uri) : undefined;
  return s ? contextOf(index, s, token, settings) : undefined;
}

// Diagnostics: per document after a pause in typing; then the documents the index says may
// have changed with it (`affectedBy`: those citing it and its counterparts, or all when its
// title changed). server.ts debounces and publishes; it does not decide which.
// The checks run in slices; a new version of the document (or its closing) cancels a run
// not yet published, so a large document's stale diagnostics stop at the next unit.
// To a client that pulls them (client.pullDiagnostics) nothing is published: the same checks, run
// on the same schedule, keep what they found for its next pull, and when what it was last answered
// is out of date — a change in another document, the settings, a version it did not pull — it is
// asked to pull again (workspace/diagnostic/refresh).
const pending = new Map<string, NodeJS.Timeout>();
const running = new Map<string, CancellationTokenSource>();
async function publish(uri: string): Promise<void> {
  const source = new CancellationTokenSource();
  running.get(uri)?.cancel();
  running.set(uri, source);
  const asOf = { epoch: epochOf(uri), snapshot: index.get(uri) };
  try {
    const { version, diagnostics } = await checksOf(uri, source.token);
    if (!client.pullDiagnostics) await connection.sendDiagnostics({ uri, version, diagnostics });
    // A pull waiting for these checks is answered them (`pulledNow`): no refresh for it.
    else if (keep(uri, asOf, diagnostics) && !wake(uri) && pulled.stale(uri, diagnostics)) refreshSoon();
  } catch (e) {
    if (!source.token.isCancellationRequested) throw e;
  } finally {
    if (running.get(uri) === source) running.delete(uri);
    wake(uri);
  }
}
/** The diagnostics of a document as the client is given them, and the version of the open document they are of. */
async function checksOf(uri: string, token: CancellationToken): Promise<{ version: number | undefined; diagnostics: Diagnostic[] }> {
  // A document opened in the wrong encoding gets the one diagnostic that says so, and no other.
  const notice = await encodingNoticeOf(uri, token);
  const ctx = notice ? undefined : contextFor(uri, token);
  const started = Date.now();
  const diags = notice ? [notice.diagnostic] : ctx ? unsuppressed(ctx.treaty, await slicedOn(ctx.treaty.tree, diagnosticsWork(ctx), token)) : [];
  // The version is the open document's even when it is not served (no diagnostics for that version).
  const open = index.get(uri);
  const version = notice?.version ?? ctx?.snapshot.version ?? (open?.open ? open.version : undefined);
  // `$/logTrace`, sent only to a client that asked for a trace (initialize's `trace`, `$/setTrace`): each check run.
  if (ctx || notice) connection.tracer.log(`checked ${uri} (version ${version}): ${diags.length} diagnostics in ${Date.now() - started} ms`);
  return { version, diagnostics: diagnosticsFor(diags, support.relatedInformation) };
}

/** What a pulling client was answered, by document (result ids). */
const pulled = new PulledResults();
/** Per document, a count of the times it was to be checked again (validateSoon): checks begun before the last are out of date. */
const epochs = new Map<string, number>();
const epochOf = (uri: string) => epochs.get(uri) ?? 0;
/** The checks' last findings of each document, for the next pull, while nothing has asked for them again. */
const checked = new Map<string, { epoch: number; snapshot: Snapshot | undefined; diagnostics: Diagnostic[] }>();
/** Keeps checks begun `asOf` for the next pull, and says true, when no change since calls for them again. */
function keep(uri: string, asOf: { epoch: number; snapshot: Snapshot | undefined }, diagnostics: Diagnostic[]): boolean {
  if (!asOf.snapshot?.open || epochOf(uri) !== asOf.epoch || index.get(uri) !== asOf.snapshot) return false;
  checked.set(uri, { ...asOf, diagnostics });
  return true;
}
/** Per document, the pulls waiting for its next checks (`pulledNow`), woken when they end or the document's checks are called for again. */
const waiting = new Map<string, (() => void)[]>();
/** Wakes the pulls waiting on `uri`; says whether there were any. */
function wake(uri: string): boolean {
  const woken = waiting.get(uri);
  waiting.delete(uri);
  for (const w of woken ?? []) w();
  return woken !== undefined;
}
/** Until `wake(uri)` or the request's cancellation. */
function nextChecks(uri: string, token: CancellationToken): Promise<void> {
  return new Promise<void>((resolve) => {
    const cancelled = token.onCancellationRequested(() => resolve());
    const list = waiting.get(uri) ?? [];
    list.push(() => {
      cancelled.dispose();
      resolve();
    });
    waiting.set(uri, list);
  });
}
/**
 * A pull answered ServerCancelled because the document's checks were called for again while it waited (the
 * document edited, or one it depends on): LSP 3.17's DiagnosticServerCancellationData `retriggerRequest: true`
 * — the client pulls again (vscode-languageclient, coc.nvim: a pull rescheduled), for the new version.
 */
function superseded(uri: string): ResponseError<DiagnosticServerCancellationData> {
  // A client that does not pull again (LSP4IJ) is asked to by a refresh when the checks then due end (`publish`).
  pulled.cancelled(uri);
  return new ResponseError(LSPErrorCodes.ServerCancelled, `textDocument/diagnostic: ${fileNameOf(uri)} changed while its diagnostics were pulled; pull again`, { retriggerRequest: true });
}
/**
 * A pulled document's diagnostics: those the checks kept, if still current; else those of the checks due (after
 * the pause in typing, as for the push), waited for — a client that pulls after every keystroke does not get a
 * check per pull — and a pull whose document changes meanwhile is answered `superseded` (the checks then due
 * answer the next pull); with no checks due, checked now.
 */
async function pulledNow(uri: string, token: CancellationToken): Promise<Diagnostic[]> {
  const asOf = { epoch: epochOf(uri), snapshot: index.get(uri) };
  for (;;) {
    if (token.isCancellationRequested) throw cancelledError();
    // Closed meanwhile: nothing to answer (what the checks of a document not open give).
    if (!index.get(uri)?.open) return [];
    if (epochOf(uri) !== asOf.epoch || index.get(uri) !== asOf.snapshot) throw superseded(uri);
    const kept = checked.get(uri);
    if (kept && kept.epoch === asOf.epoch && kept.snapshot === asOf.snapshot) return kept.diagnostics;
    if (!pending.has(uri) && !running.has(uri)) break;
    await nextChecks(uri, token);
  }
  const { diagnostics } = await checksOf(uri, token);
  if (!keep(uri, asOf, diagnostics)) throw superseded(uri);
  return diagnostics;
}
connection.languages.diagnostics.on(async (params, token): Promise<DocumentDiagnosticReport> => {
  // A client the server pushes to gets no second copy (never both for one document).
  if (!client.pullDiagnostics) throw new ResponseError(ErrorCodes.MethodNotFound, 'textDocument/diagnostic: the server pushes diagnostics to this client (it declares no workspace/diagnostic/refresh, or its initialization options say diagnostics.pull: false)');
  const uri = params.textDocument.uri;
  return pulled.report(uri, await pulledNow(uri, token), params.previousResultId);
});

/**
 * Asks a pulling client to pull again (workspace/diagnostic/refresh): one request at a time, another after it
 * when asked meanwhile; one the client refuses or leaves unanswered (CLIENT_ANSWER_MS) is logged, and the next
 * change asks again.
 */
const refreshing = { sent: false, again: false };
function refreshSoon(): void {
  if (refreshing.sent) {
    refreshing.again = true;
    return;
  }
  refreshing.sent = true;
  guard.detach('refresh pulled diagnostics', (async () => {
    try {
      const answer = await answered(connection.languages.diagnostics.refresh());
      if (answer === UNANSWERED) connection.console.warn(`workspace/diagnostic/refresh unanswered after ${CLIENT_ANSWER_MS} ms`);
    } catch (e) {
      connection.console.warn(`workspace/diagnostic/refresh refused: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      const again = refreshing.again;
      refreshing.sent = refreshing.again = false;
      if (again) refreshSoon();
    }
  })());
}
/** The encoding diagnostic of an open document that reads as misdecoded, naming the encoding of the file on disk when it can be read. */
async function encodingNoticeOf(uri: string, token: CancellationToken): Promise<{ diagnostic: Diagnostic; version: number } | undefined> {
  const s = index.get(uri);
  if (!s?.open || s.refusal || !misdecodingOf(s)) return undefined;
  const { onDisk, inText } = await garblingOf(s);
  const diagnostic = encodingNotice(contextOf(index, s, token), onDisk, inText);
  return diagnostic && { diagnostic, version: s.version };
}

/**
 * Of an open document that reads as misdecoded: the encoding of its file on disk, when it can be
 * read, and whether the garbling is in the text itself — the file, as the server reads it, garbled
 * alike, or no file (pasted into an untitled editor) — which its quick fix repairs (features/encodingNotice.ts).
 */
async function garblingOf(s: Snapshot): Promise<{ onDisk?: Encoding; inText: boolean }> {
  const u = URI.parse(s.uri);
  if (u.scheme !== 'file') return { inText: u.scheme === 'untitled' };
  const disk = !(await files.refusal(u.fsPath)) ? await readTreatyFile(u.fsPath).catch(() => undefined) : undefined;
  return { onDisk: disk?.encoding, inText: disk !== undefined && garbledAlike(s, disk.text) };
}

/**
 * The quick fixes for `diagnostics` of a document (the client's, in the range it asks about): the
 * drafting checks' (a served treaty), and the repair of a text garbled in itself (any open
 * document). Null when the document is neither served nor so garbled.
 */
async function codeActionsOf(uri: string, diagnostics: Diagnostic[], token?: CancellationToken, only?: string[]): Promise<CodeAction[] | null> {
  const s = index.get(uri);
  const garbled = s?.open && !s.refusal && misdecodingOf(s) && diagnostics.some((d) => d.code === ENCODING_CODE);
  const inText = garbled && (await garblingOf(s)).inText;
  // Edited while the file was read: these diagnostics are stale (the client asks again).
  if (garbled && index.get(uri) !== s) return null;
  const repairs = inText && kindAsked(CodeActionKind.QuickFix, only) ? encodingRepairs(contextOf(index, s, token, settings), diagnostics) : [];
  const ctx = contextFor(uri, token);
  if (!ctx && !repairs.length) return null;
  return ctx ? [...repairs, ...codeActions(ctx, diagnostics, only)] : repairs;
}
function stopChecks(uri: string): void {
  running.get(uri)?.cancel();
  running.delete(uri);
}
function validateSoon(uri: string, delay = 200): void {
  clearTimeout(pending.get(uri));
  stopChecks(uri);
  epochs.set(uri, epochOf(uri) + 1);
  checked.delete(uri);
  // A pull waiting for the checks now dropped is answered ServerCancelled (`pulledNow`).
  wake(uri);
  pending.set(uri, guard.timer(`diagnostics of ${uri}`, () => {
    pending.delete(uri);
    guard.detach('publish diagnostics', publish(uri));
  }, delay));
}
function revalidate(affected: Snapshot[] | 'all'): void {
  if (affected === 'all') for (const d of documents.all()) validateSoon(d.uri, 300);
  else for (const s of affected) if (s.open) validateSoon(s.uri, 300);
}
function revalidateOpen(): void {
  revalidate('all');
}

/**
 * A document's text changed in the index (`change`): it is checked after `delay` ms (not at all
 * when undefined: closed), then the documents the index says the change affects.
 */
function changed(uri: string, change: () => void, delay?: number): void {
  const before = index.citedAs(uri);
  change();
  if (delay !== undefined) validateSoon(uri, delay);
  revalidate(index.affectedBy(uri, before));
}
documents.onDidOpen(({ document: d }) => changed(d.uri, () => index.set(d.uri, d.getText(), d.version, d.languageId), 0));
documents.onDidChangeContent(({ document: d }) => changed(d.uri, () => index.update(d.uri, d.text, edits.take(d.uri), d.version, d.languageId), 200));
documents.onDidClose((e) => {
  // Back to the disk version, or gone: what other documents' citations resolve to may change.
  changed(e.document.uri, () => index.close(e.document.uri));
  warned.delete(e.document.uri);
  clearTimeout(pending.get(e.document.uri));
  stopChecks(e.document.uri);
  checked.delete(e.document.uri);
  epochs.delete(e.document.uri);
  wake(e.document.uri);
  // A pulling client drops what it pulled of a document it closes.
  if (client.pullDiagnostics) pulled.forget(e.document.uri);
  else guard.detach('clear diagnostics', connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }));
  guard.detach('read a closed document', readClosed(e.document.uri));
});
/**
 * A document closed goes back to its file's text as last read (index.close): the scan's, or the last file
 * event's. Saved with no file event to say so — none registered yet, a `.MD` the client's glob does not match, a
 * folder its watchers leave out or past the server's watches (`eventsCover`) — that text is not the file's:
 * the file is read again, as a file event would have it read, and the documents citing it checked again. A
 * file an event covers is not read (its save's event reads it, before or after the close). A file outside
 * every workspace folder is never read (files.refusal): closed, it leaves the index, as marksman drops the
 * folder it makes of a single file at its close (docs/editors.md, session 63).
 */
async function readClosed(uri: string): Promise<void> {
  const u = URI.parse(uri);
  if (u.scheme !== 'file' || !TREATY_FILE.test(u.fsPath) || eventsCover(u.fsPath) || (await files.refusal(u.fsPath))) return;
  // Opened again meanwhile: the editor's text is the document's (and a read now would be its disk version only).
  if (index.get(uri)?.open) return;
  connection.tracer.log(`read ${u.fsPath} again on close: no file event reports its changes`);
  const before = index.citedAs(uri);
  await files.read(u.fsPath);
  revalidate(index.affectedBy(uri, before));
}

// Requests on one document: each route is a feature of the document's context (null when the
// document is not served), adapted to what the client supports at the boundary.
type DocumentParams = { textDocument: { uri: string } };
function route<P extends DocumentParams, R>(answer: (ctx: FeatureContext, params: P) => R): (params: P, token: CancellationToken) => R | null {
  return (params, token) => {
    const ctx = contextFor(params.textDocument.uri, token);
    return ctx ? answer(ctx, params) : null;
  };
}
/**
 * A long request: its work runs in slices (protocol/slices.ts), reading the token between units;
 * a cancelled one answers RequestCancelled. The snapshot is taken when the request arrives,
 * so that edits read meanwhile do not move the positions it was asked at; its model is held
 * meanwhile (`slicedOn`), so that a newer version's re-parse does not move it either.
 */
function routeWork<P extends DocumentParams, R>(work: (ctx: FeatureContext, params: P) => Work<R>): (params: P, token: CancellationToken) => Promise<R | null> {
  return async (params, token) => {
    const ctx = contextFor(params.textDocument.uri, token);
    return ctx ? slicedOn(ctx.treaty.tree, work(ctx, params), token) : null;
  };
}
const at = (ctx: FeatureContext, p: Position) => ctx.lines.offsetAt(p);

/** Documents whose shortened outline was logged (once each). */
const shortOutlines = new Set<string>();
connection.onDocumentSymbol(route((ctx) => {
  // Articles without their paragraphs and items past `treaty.outline.maxSymbols` (protocol/outlineSize.ts).
  const whole = documentSymbols(ctx);
  const symbols = sizedOutline(whole, settings.outlineMaxSymbols);
  if (symbols !== whole && !shortOutlines.has(ctx.snapshot.uri)) {
    shortOutlines.add(ctx.snapshot.uri);
    connection.console.log(`${ctx.snapshot.uri}: outline of ${symbolCount(whole)} symbols, over treaty.outline.maxSymbols (${settings.outlineMaxSymbols}): its articles without their paragraphs and items`);
  }
  const taken = symbolsIn(symbols, support.symbolKinds);
  return support.hierarchicalSymbols ? composed(taken) : flattenSymbols(ctx.snapshot.uri, taken);
}));
connection.onFoldingRanges(route((ctx) => foldingRanges(ctx)));
connection.onDefinition(route((ctx, p) => {
  const links = definition(ctx, at(ctx, p.position));
  return support.linkSupport ? links : toLocations(links);
}));
connection.onHover(route((ctx, p) => {
  return hoverIn(hover(ctx, at(ctx, p.position)), support.hover);
}));
connection.onReferences(routeWork((ctx, p) => referencesWork(ctx, at(ctx, p.position), p.context.includeDeclaration)));
connection.onDocumentHighlight(route((ctx, p) => documentHighlights(ctx, at(ctx, p.position))));
connection.onDocumentLinks(route((ctx) => linksFor(documentLinks(ctx), support.linkTooltips)));
connection.onCodeLens(routeWork(function* (ctx) {
  // Commands the client can run: the VS Code extension's own, else the server's (protocol/adapt.ts).
  return lensesFor([...(yield* codeLensesWork(ctx)), ...counterpartLenses(ctx)], client.commands);
}));
connection.onCodeAction(async (p, token) => {
  const actions = await codeActionsOf(p.textDocument.uri, p.context.diagnostics, token, p.context.only);
  if (!actions) return null;
  if (support.codeActionLiterals) return actionsFor(actions, support.disabledActions, support.preferredActions);
  // Bare Commands the server runs (SERVER_COMMANDS.codeAction); none for a client that cannot take their edits either.
  return client.applyEdit ? asCommands(actions, SERVER_COMMANDS.codeAction, p.textDocument.uri, p.range, p.context.diagnostics) : [];
});
// Rename at an article heading or reference, or at a defined term, is the server's: a refusal is an
// error with the reason (a null would let another provider, e.g. markdown's, rewrite the heading).
connection.onPrepareRename(route((ctx, p) => {
  const offset = at(ctx, p.position);
  return refusedAsError(prepareRename(ctx, offset) ?? prepareTermRename(ctx, offset));
}));
connection.onRenameRequest(routeWork(function* (ctx, p) {
  const offset = at(ctx, p.position);
  return refusedAsError((yield* renameWithCounterpartsWork(ctx, offset, p.newName)) ?? renameTerm(ctx, offset, p.newName));
}));
connection.languages.inlayHint.on(route((ctx, p) => inlayHints(ctx, p.range)));
connection.onSelectionRanges(route((ctx, p) => selectionRanges(ctx, p.positions.map((x) => at(ctx, x)))));
connection.onWorkspaceSymbol(async (params, token) =>
  workspaceSymbolsFor(symbolsIn(await sliced(workspaceSymbolsWork(index, params.query, token), token), support.workspaceSymbolKinds), support.rangelessSymbols));

/** A refused rename: InvalidParams when the new name is not a number, RequestFailed when the rename cannot be done. */
function refusedAsError<T>(answer: RenameAnswer<T>): T | null | ResponseError<void> {
  if (!answer || typeof answer !== 'object' || !('refused' in answer)) return answer;
  return new ResponseError(answer.invalidName ? ErrorCodes.InvalidParams : LSPErrorCodes.RequestFailed, answer.refused);
}

const snippets = readSnippets(snippetFile);
const traditionalSnippets = readSnippets(traditionalSnippetFile);

connection.onCompletion((params, token) => {
  // The snapshot as typed; computed after one turn, so that a completion cancelled by the next keystroke is not computed.
  const ctx = contextFor(params.textDocument.uri, token);
  if (!ctx) return null;
  // Held over the turn: a model built meanwhile for the next keystroke does not move this one's (syntax/reparse.ts).
  const release = releaseOnCancel(hold(ctx.treaty.tree), token);
  return afterTurn(token, () => {
    // Today, read here at the boundary: the dates clauses and templates write (filled in by the server for every client).
    const list = completion(ctx, params.position, { snippets, traditionalSnippets, now: new Date() });
    const taken = completionsFor(list, support.completionKinds, support.labelDetails);
    return support.snippets ? taken : plainCompletions(taken);
  }).finally(release);
});

connection.onCompletionResolve((item) => {
  return documentationIn(resolveCompletion(item, index), support.documentation);
});

// Commands (workspace/executeCommand): edits are applied with workspace/applyEdit.
connection.onExecuteCommand(async (params, token) => {
  const args = params.arguments ?? [];
  const uri = typeof args[0] === 'string' ? args[0] : undefined;
  if (params.command === SERVER_COMMANDS.templates) return templates(snippets);
  // Versions (issue #16): texts in, documents out; the client passes the texts it holds.
  const text = (i: number) => (typeof args[i] === 'string' ? (args[i] as string) : undefined);
  switch (params.command) {
    case SERVER_COMMANDS.headVersion: {
      const u = uri ? URI.parse(uri) : undefined;
      if (!u || u.scheme !== 'file') return { message: msg('versions.noFile') } satisfies HeadVersion;
      // Only a file the server may read (inside a workspace folder, not excluded).
      const refused = await files.refusal(u.fsPath);
      // (The refusal's own words, files.ts's for the log, are English: the client shows this message as it is.)
      if (refused) return { message: msg('versions.refused', refused) } satisfies HeadVersion;
      const r = await gitVersion(u.fsPath);
      return (r.text !== undefined ? { text: r.text } : { message: msg('versions.noCommit', r.error ?? '') }) satisfies HeadVersion;
    }
    case SERVER_COMMANDS.compare:
    case SERVER_COMMANDS.amendment:
    case SERVER_COMMANDS.consolidate:
    case SERVER_COMMANDS.comparisonDocx: {
      const a = text(0);
      const b = text(1);
      if (a === undefined || b === undefined) throw new ResponseError(ErrorCodes.InvalidParams, `${params.command}: two texts expected`);
      if (params.command === SERVER_COMMANDS.compare) return compareTexts(a, b);
      if (params.command === SERVER_COMMANDS.amendment) return amendmentOf(a, b, args[2] === 'protocol' || args[2] === 'decision' ? args[2] : undefined);
      if (params.command === SERVER_COMMANDS.consolidate) return consolidateTexts(a, b);
      return comparisonDocxBase64(a, b);
    }
  }
  // The lenses' commands, for an editor that does not run the VS Code extension's (see lensesFor).
  if (params.command === SERVER_COMMANDS.showReferences) {
    const locations = args[2];
    if (!uri || !Array.isArray(locations) || !locations.every((l) => Location.is(l))) {
      throw new ResponseError(ErrorCodes.InvalidParams, `${params.command}: [uri, position, locations] expected`);
    }
    await showLocations(locations, msg('lens.citedAt'), (places) => msg('lens.citedAtList', places));
    return locations;
  }
  if (params.command === SERVER_COMMANDS.revealCounterpart) {
    const target = { uri: text(0), range: args[1] };
    if (!Location.is(target)) throw new ResponseError(ErrorCodes.InvalidParams, `${params.command}: [uri, range] expected`);
    await showLocations([target], '', (places) => msg('lens.counterpartAt', places));
    return target;
  }
  const ctx = contextFor(uri, token);
  switch (params.command) {
    case SERVER_COMMANDS.renumberArticles: {
      if (!ctx) return { applied: false, edits: 0, message: msg('command.notTreaty') } satisfies EditResult;
      const r = await slicedOn(ctx.treaty.tree, renumberWithCounterpartsWork(ctx), token);
      if (r.refused) return { applied: false, edits: 0, message: r.refused } satisfies EditResult;
      if (!r.edit) return { applied: false, edits: 0, message: msg('command.renumberNothing') } satisfies EditResult;
      return applyEdit(msg('command.renumberLabel'), r.edit, { applied: false, edits: editCount(r.edit) });
    }
    case SERVER_COMMANDS.insertArticle: {
      if (!ctx) return { applied: false, edits: 0, message: msg('command.notTreaty') };
      const p = args[1] as Position | undefined;
      const mode: InsertMode = args[2] === 'sub' ? 'sub' : 'renumber';
      const offset = p && typeof p.line === 'number' && typeof p.character === 'number' ? at(ctx, p) : 0;
      const { edit, result } = insertArticle(ctx, offset, mode);
      if (!edit) return result;
      return applyEdit(msg('command.insertLabel', result.name ?? ''), edit, result);
    }
    case SERVER_COMMANDS.codeAction: {
      const [uri, range, diagnostics, title] = args;
      if (!Range.is(range) || !Array.isArray(diagnostics) || !diagnostics.every((d) => Diagnostic.is(d)) || typeof title !== 'string') {
        throw new ResponseError(ErrorCodes.InvalidParams, `${params.command}: [uri, range, diagnostics, title] expected`);
      }
      // Computed again: the document may have changed since the client listed the fix.
      const actions = typeof uri === 'string' ? await codeActionsOf(uri, diagnostics, token) : null;
      if (!actions) return { applied: false, edits: 0, message: msg('command.notTreaty') } satisfies EditResult;
      const fix = actions.find((a) => a.title === title && a.edit);
      if (!fix?.edit) return { applied: false, edits: 0, message: msg('command.fixGone') } satisfies EditResult;
      return applyEdit(fix.title, fix.edit, { applied: false, edits: editCount(fix.edit) });
    }
    case SERVER_COMMANDS.counterpart: {
      const p = args[1] as Position | undefined;
      if (!ctx || !p || typeof p.line !== 'number' || typeof p.character !== 'number') return null;
      return counterpartLocation(ctx, at(ctx, p), typeof args[2] === 'string' ? args[2] : undefined);
    }
    case SERVER_COMMANDS.citedBy:
      if (!ctx) return { locations: [], message: msg('command.notTreaty') };
      return slicedOn(ctx.treaty.tree, citedByWork(ctx), token);
    case SERVER_COMMANDS.export: {
      const format = EXPORT_FORMATS.find((f) => f === args[1]);
      if (!format) throw new ResponseError(ErrorCodes.InvalidParams, `export: format ${String(args[1])}: one of ${EXPORT_FORMATS.join(', ')}`);
      if (!ctx || !uri) return { files: [], message: msg('command.notTreaty') };
      return exportFiles(uri, ctx.treaty, format as ExportFormat);
    }
    default:
      throw new ResponseError(ErrorCodes.InvalidParams, `unknown command ${params.command}`);
  }
});

/**
 * Where a lens points, shown: with window/showDocument the one location, or the one picked of several
 * (window/showMessageRequest `title`, which every client takes: its items `1. agreement.md:12`); to a client
 * without showDocument, a message naming them (`listed`) — and to one that refuses either request, answers
 * neither (USER_ANSWER_MS for the pick, CLIENT_ANSWER_MS to show the document) or cannot show it (`success: false`).
 * An item not picked (the message dismissed: `null`) shows nothing.
 */
async function showLocations(locations: Location[], title: string, listed: (places: string) => string): Promise<void> {
  const place = (l: Location, i: number) => `${locations.length > 1 ? `${i + 1}. ` : ''}${fileNameOf(l.uri)}:${l.range.start.line + 1}`;
  // A notification: nothing to answer.
  const list = () => void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: listed(locations.map(place).join('; ')) });
  if (!locations.length) return;
  if (!client.showDocument) return list();
  let chosen: Location | undefined = locations[0];
  if (locations.length > 1) {
    const items = locations.map((l, i) => ({ title: place(l, i) }));
    const picked = await answered(connection.window.showInformationMessage(title, ...items), USER_ANSWER_MS).catch((): typeof UNANSWERED => UNANSWERED);
    if (picked === UNANSWERED) return list();
    chosen = picked ? locations[items.findIndex((x) => x.title === picked.title)] : undefined;
  }
  if (!chosen) return;
  const shown = await answered(connection.window.showDocument({ uri: chosen.uri, selection: chosen.range, takeFocus: true })).catch((): typeof UNANSWERED => UNANSWERED);
  if (shown === UNANSWERED || !shown?.success) list();
}

/**
 * An edit of a command, through workspace/applyEdit — only to a client that declares it (`workspace.applyEdit`):
 * any other is told why nothing happened, in the answer and in a message, rather than sent a request it may
 * never answer. A client that fails the request gets the same answer as one that refuses the edit.
 */
/** How many text edits a workspace edit makes, over all its documents. */
function editCount(edit: WorkspaceEdit): number {
  return Object.values(edit.changes ?? {}).reduce((n, e) => n + e.length, 0);
}

async function applyEdit<T extends EditResult>(label: string, edit: WorkspaceEdit, result: T): Promise<T> {
  if (!client.applyEdit) {
    void connection.window.showWarningMessage(msg('command.noApplyEdit'));
    return { ...result, applied: false, message: msg('command.noApplyEdit') };
  }
  const answer = await answered(connection.workspace.applyEdit({ label, edit }).catch((e: unknown) => ({ applied: false, failureReason: e instanceof Error ? e.message : undefined })), USER_ANSWER_MS);
  if (answer === UNANSWERED) {
    // The command answers; an edit the client applies after this is its own (the server holds nothing for it).
    connection.console.warn(`workspace/applyEdit (${label}) unanswered after ${USER_ANSWER_MS} ms`);
    return { ...result, applied: false, message: msg('command.editUnanswered', String(Math.round(USER_ANSWER_MS / 1000))) };
  }
  return answer.applied ? { ...result, applied: true } : { ...result, applied: false, message: answer.failureReason ?? msg('command.editRejected') };
}

connection.onRequest(PREVIEW_REQUEST, (params: PreviewParams, token) => {
  const s = params && typeof params.uri === 'string' ? served(params.uri) : undefined;
  return s ? preview(contextOf(index, s, token)) : null;
});

connection.onRequest(SUMMARY_REQUEST, (params: SummaryParams) => {
  const ctx = contextFor(params?.uri);
  return ctx ? summary(ctx) : null;
});

// After `shutdown` every request is refused (InvalidRequest); `exit` ends the process (code 0, or 1 without a shutdown).
// From `shutdown` on, nothing of the server's own: no file watched, no check due run (no diagnostics pushed, no
// refresh asked); a pull waiting for its checks is checked at once (`pulledNow`).
connection.onShutdown(() => {
  guard.phase = 'shut';
  disk.close();
  for (const [uri, timer] of pending) {
    clearTimeout(timer);
    pending.delete(uri);
    wake(uri);
  }
  for (const uri of [...running.keys()]) stopChecks(uri);
});

documents.listen(connection);
connection.listen();
