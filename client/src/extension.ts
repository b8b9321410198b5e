// The thin client: starts the treaty language server, tells it which documents
// to serve and in which language to speak, and gives VS Code's own surfaces —
// Command Palette, status bar, Get Started — to what the server computes. No
// treaty logic lives here: every command asks the server (workspace/executeCommand,
// treaty/summary) and shows the answer.
import * as path from 'path';
import * as vscode from 'vscode';
import {
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  TransportKind,
  DocumentSelector,
  ExecuteCommandRequest,
  Location as LspLocation,
} from 'vscode-languageclient/node';
import {
  SERVER_COMMANDS, CLIENT_COMMANDS, SUMMARY_REQUEST, PREVIEW_REQUEST, ENCODING_CODE, CitedByResult, EditResult, ExportFormat, ExportResult, InsertArticleResult, InsertMode, Loc, PreviewResult, Summary, Template,
  AmendmentResult, ChangedUnit, CompareResult, ConsolidateResult, HeadVersion,
} from './protocol';
import { TreatyPreview } from './preview';
import { withConfigurationsShown } from './configShown';

let client: LanguageClient | undefined;
let ready: Promise<void> | undefined;

/** `treaty` documents always; markdown and plain text too when detection is on (the server decides per document). */
function documentSelector(markdownDetection: boolean): DocumentSelector {
  const selector: DocumentSelector = [{ language: 'treaty' }];
  if (markdownDetection) {
    selector.push({ language: 'markdown' }, { language: 'plaintext' });
  }
  return selector;
}

function startClient(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('server', 'out', 'server.js'));
  // A larger young generation: a parse allocates many short-lived objects, and with V8's default
  // semi-space garbage collection took over half of the parse time of a 1 MB treaty (issue #13).
  // No allocation-site pretenuring: the server sets it itself (server.ts), but a V8 flag set after the start changes the
  // flags' hash a code cache made after it carries, and the next start, loading its cache before the server sets the
  // flag, rejected every cache the server wrote (and wrote it again at every exit); given here, the two hashes agree.
  const execArgv = ['--max-semi-space-size=32', '--no-allocation-site-pretenuring'];
  // server.js loads the server's bundle through the code cache's loader beside it (protocol/serverStart.ts), as in every
  // editor: compiled from V8's bytecode of what the last session compiled, kept beside it (written at the server's exit
  // when none fits; none when the extension's folder cannot be written).
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...execArgv, '--nolazy', '--inspect=6009'] } },
  };
  const markdownDetection = vscode.workspace.getConfiguration('treaty').get<boolean>('markdownDetection', true);
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(markdownDetection),
    // File events: the server registers its own watchers (workspace/didChangeWatchedFiles), as it does in any editor.
    synchronize: { configurationSection: 'treaty' },
    // The server's messages follow VS Code's display language (LSP's `locale` says the same; this is explicit).
    // Diagnostics pushed, not pulled (`diagnostics.pull: false`): vscode-languageclient pulls only for documents
    // shown in a tab, and on a change only when `diagnosticPullOptions` says so; pushed, every open document's
    // problems are in the Problems view as before (docs/editors.md, session 61).
    initializationOptions: { markdownDetection, locale: vscode.env.language, clientCommands: CLIENT_COMMANDS, diagnostics: { pull: false } },
    middleware: {
      // A treaty file or folder renamed: an unsaved `.treatyrc.json` shown to the server while it computes the edit of
      // its counterparts, so that the edit fits the editor's text, which VS Code applies it to (configShown.ts).
      workspace: {
        willRenameFiles: (event, next) => withConfigurationsShown(
          vscode.workspace.textDocuments.map((d) => ({
            uri: client?.code2ProtocolConverter.asUri(d.uri) ?? d.uri.toString(), scheme: d.uri.scheme, path: d.uri.path,
            isDirty: d.isDirty, version: d.version, text: () => d.getText(), languageId: d.languageId,
          })),
          async (method, params) => {
            await client?.sendNotification(method, params);
          },
          () => next(event),
        ),
      },
      // A document opened in the wrong encoding: its diagnostic's quick fix is VS Code's own
      // "Reopen with Encoding" (the server cannot run an editor command).
      provideCodeActions: async (document, range, context, token, next) => {
        const fixes = encodingFixes(context.diagnostics);
        const theirs = (await next(document, range, context, token)) ?? [];
        return fixes.length ? [...fixes, ...theirs] : theirs;
      },
      // VS Code hands a rename that one provider refuses to the next one — on a markdown
      // file, markdown's own, which rewrites the heading (`## 第 八 条` → `## abc`). A
      // refusal from the server ends the rename here: its reason is shown, nothing is edited.
      provideRenameEdits: async (document, position, newName, token, next) => {
        try {
          return await next(document, position, newName, token);
        } catch (e) {
          if (token.isCancellationRequested || e instanceof vscode.CancellationError) throw e;
          void vscode.window.showWarningMessage(e instanceof Error ? e.message : String(e));
          return new vscode.WorkspaceEdit();
        }
      },
    },
  };
  client = new LanguageClient('treaty', vscode.l10n.t('Treaty Drafting'), serverOptions, clientOptions);
  return client.start();
}

/**
 * "Reopen with Encoding…" for the server's `encoding.wrong` diagnostics; not for a text garbled in
 * itself (`data.inText`: the file on disk holds the garbled characters), which the server repairs.
 */
function encodingFixes(diagnostics: readonly vscode.Diagnostic[]): vscode.CodeAction[] {
  const inText = (d: vscode.Diagnostic) => (d as { data?: { inText?: boolean } }).data?.inText === true;
  return diagnostics.filter((d) => d.source === 'treaty' && (d.code === ENCODING_CODE || (typeof d.code === 'object' && d.code.value === ENCODING_CODE)) && !inText(d)).map((d) => {
    const title = vscode.l10n.t('Reopen with Encoding…');
    const fix = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
    fix.command = { command: 'workbench.action.editor.changeEncoding', title };
    fix.diagnostics = [d];
    fix.isPreferred = true;
    return fix;
  });
}

/** Runs one of the server's commands once the server is up. */
async function serverCommand<T>(command: string, ...args: unknown[]): Promise<T> {
  await ready;
  if (!client) throw new Error(vscode.l10n.t('The treaty language server is not running.'));
  return client.sendRequest(ExecuteCommandRequest.type, { command, arguments: args }) as Promise<T>;
}

/**
 * The active editor, when it shows a document the server serves as a treaty. A markdown or text
 * file the server has not been asked about yet (a command run right after the file was opened,
 * before the status bar's question was answered) is asked about first.
 */
async function treatyEditor(): Promise<vscode.TextEditor | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !(status.isTreaty(editor.document) || (await status.ask(editor.document)))) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a treaty first.'));
    return undefined;
  }
  return editor;
}

function reportUnapplied(result: EditResult | undefined): void {
  if (result && !result.applied && result.message) void vscode.window.showInformationMessage(result.message);
}

const toLocation = (l: Loc) =>
  new vscode.Location(vscode.Uri.parse(l.uri), new vscode.Range(l.range.start.line, l.range.start.character, l.range.end.line, l.range.end.character));

async function insertArticle(mode: InsertMode): Promise<void> {
  const editor = await treatyEditor();
  if (!editor) return;
  const at = editor.selection.active;
  const result = await serverCommand<InsertArticleResult>(SERVER_COMMANDS.insertArticle, editor.document.uri.toString(), { line: at.line, character: at.character }, mode);
  reportUnapplied(result);
  if (result?.applied && result.position) {
    const p = new vscode.Position(result.position.line, result.position.character);
    editor.selection = new vscode.Selection(p, p);
    editor.revealRange(new vscode.Range(p, p), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
}

async function showCitedBy(): Promise<void> {
  const editor = await treatyEditor();
  if (!editor) return;
  const uri = editor.document.uri;
  const result = await serverCommand<CitedByResult>(SERVER_COMMANDS.citedBy, uri.toString());
  if (!result?.locations.length) {
    void vscode.window.showInformationMessage(result?.message ?? vscode.l10n.t('No document cites this one.'));
    return;
  }
  const at = result.position ? new vscode.Position(result.position.line, result.position.character) : editor.selection.active;
  await vscode.commands.executeCommand('editor.action.showReferences', uri, at, result.locations.map(toLocation));
}

/**
 * Export: Word, PDF, Akoma Ntoso or the signing copies, written by the server beside the file.
 * `format` (from a keybinding's `args` or another extension) skips the quick pick. Resolves with
 * the server's answer once the files are written, not when the notification is dismissed.
 */
async function exportTreaty(format?: unknown): Promise<ExportResult | undefined> {
  const editor = await treatyEditor();
  if (!editor) return undefined;
  const formats: Array<{ label: string; detail: string; format: ExportFormat }> = [
    { label: vscode.l10n.t('Word (.docx)'), detail: vscode.l10n.t('One copy per party of a bilateral text (the alternat)'), format: 'docx' },
    { label: 'PDF', detail: vscode.l10n.t('Through LibreOffice'), format: 'pdf' },
    { label: vscode.l10n.t('Akoma Ntoso (.akn.xml)'), detail: vscode.l10n.t('OASIS LegalDocML, for legislative and treaty databases'), format: 'akn' },
    { label: vscode.l10n.t('Signing copies (markdown)'), detail: vscode.l10n.t('Each party named first in its own copy, to review'), format: 'copies' },
  ];
  const pick = formats.find((f) => f.format === format) ?? (await vscode.window.showQuickPick(formats, { title: vscode.l10n.t('Export Treaty') }));
  if (!pick) return undefined;
  const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Exporting…') }, () =>
    serverCommand<ExportResult>(SERVER_COMMANDS.export, editor.document.uri.toString(), pick.format),
  );
  if (!result.files.length) {
    void vscode.window.showWarningMessage(result.message);
    return result;
  }
  const reveal = vscode.l10n.t('Reveal in Explorer');
  void vscode.window.showInformationMessage(result.message, reveal).then(async (answer) => {
    if (answer === reveal) await vscode.commands.executeCommand('revealFileInOS', vscode.Uri.file(result.files[0]));
  });
  return result;
}

/** Opens a location of a counterpart beside the current editor, without taking the focus when `preserveFocus`. */
async function revealBeside(uri: string, range: Loc['range'], preserveFocus: boolean): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const at = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
  const shown = await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preserveFocus, selection: new vscode.Selection(at.start, at.start) });
  shown.revealRange(at, vscode.TextEditorRevealType.AtTop);
}

/**
 * The parallel view: the text in another language beside this one, at the same unit, and kept
 * there as the cursor moves from unit to unit (not line to line) until it is turned off (running
 * the command again, or closing the counterpart).
 */
class ParallelView implements vscode.Disposable {
  private source: vscode.Uri | undefined;
  private target: string | undefined;
  private last = '';
  private timer: NodeJS.Timeout | undefined;
  private readonly listener = vscode.window.onDidChangeTextEditorSelection((e) => this.follow(e.textEditor));

  async toggle(): Promise<void> {
    const editor = await treatyEditor();
    if (!editor) return;
    if (this.source?.toString() === editor.document.uri.toString()) {
      this.source = undefined;
      return;
    }
    const at = editor.selection.active;
    const loc = await serverCommand<Loc | null>(SERVER_COMMANDS.counterpart, editor.document.uri.toString(), { line: at.line, character: at.character });
    if (!loc) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No text of this instrument in another language is in the workspace (name it like 协定.ru.md).'));
      return;
    }
    this.source = editor.document.uri;
    this.target = loc.uri;
    this.last = JSON.stringify(loc.range);
    await revealBeside(loc.uri, loc.range, true);
  }

  private follow(editor: vscode.TextEditor): void {
    if (!this.source || editor.document.uri.toString() !== this.source.toString()) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(async () => {
      const at = editor.selection.active;
      const loc = await serverCommand<Loc | null>(SERVER_COMMANDS.counterpart, editor.document.uri.toString(), { line: at.line, character: at.character }, this.target).catch(() => null);
      // Moves only when the cursor enters another unit.
      if (!loc || !this.source || JSON.stringify(loc.range) === this.last) return;
      this.last = JSON.stringify(loc.range);
      const shown = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === loc.uri);
      if (!shown) {
        this.source = undefined; // the counterpart was closed: the parallel view is off
        return;
      }
      const r = new vscode.Range(loc.range.start.line, loc.range.start.character, loc.range.end.line, loc.range.end.character);
      shown.revealRange(r, vscode.TextEditorRevealType.AtTop);
      shown.selection = new vscode.Selection(r.start, r.start);
    }, 100);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.listener.dispose();
  }
}

async function newTreaty(): Promise<void> {
  const templates = await serverCommand<Template[]>(SERVER_COMMANDS.templates);
  const pick = await vscode.window.showQuickPick(
    templates.map((t) => ({ label: t.label, detail: t.description, template: t })),
    { title: vscode.l10n.t('New Treaty from Template'), placeHolder: vscode.l10n.t('Choose the kind of instrument') },
  );
  if (!pick) return;
  const doc = await vscode.workspace.openTextDocument({ language: 'treaty', content: '' });
  const editor = await vscode.window.showTextDocument(doc);
  await editor.insertSnippet(new vscode.SnippetString(pick.template.body));
}

async function openSample(context: vscode.ExtensionContext): Promise<void> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'media', 'walkthrough', 'sample.treaty.md'));
  const doc = await vscode.workspace.openTextDocument({ language: 'treaty', content: new TextDecoder().decode(bytes) });
  await vscode.window.showTextDocument(doc, { preview: false });
}


// ---------------------------------------------------------------------------
// Versions and amendments (issue #16). The comparison view is VS Code's own diff editor
// over the two versions — the working copy stays editable on the right, and it is the view
// drafters already know — with a quick pick of the changed articles that reveals each in
// both sides. The server computes; the client reads the versions and opens the results.

/** Earlier versions shown in the diff editor's left side, by URI (read-only documents). */
const versions = new Map<string, string>();
const VERSION_SCHEME = 'treaty-version';

class VersionProvider implements vscode.TextDocumentContentProvider {
  provideTextDocumentContent(uri: vscode.Uri): string {
    return versions.get(uri.toString()) ?? '';
  }
}

/** An earlier version: its text and a URI to show it under. */
interface Version {
  text: string;
  uri: vscode.Uri;
  label: string;
}

async function headVersion(doc: vscode.TextDocument): Promise<Version | undefined> {
  const head = await serverCommand<HeadVersion>(SERVER_COMMANDS.headVersion, doc.uri.toString());
  if (head?.text === undefined) {
    void vscode.window.showWarningMessage(head?.message ?? vscode.l10n.t('Cannot read the version in the last commit.'));
    return undefined;
  }
  const uri = vscode.Uri.from({ scheme: VERSION_SCHEME, path: doc.uri.path, query: 'HEAD' });
  versions.set(uri.toString(), head.text);
  return { text: head.text, uri, label: `${path.basename(doc.uri.path)} (HEAD)` };
}

/** A file given to a command as an argument (a URI, or its string from a keybinding's `args`), else undefined. */
function uriArgument(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  return typeof arg === 'string' && arg ? vscode.Uri.parse(arg) : undefined;
}

/** The earlier version in a file: `given` (a command's argument), else the one the user picks. */
async function pickFile(title: string, given?: vscode.Uri): Promise<Version | undefined> {
  const picked = given ? [given] : await vscode.window.showOpenDialog({ title, canSelectMany: false, filters: { [vscode.l10n.t('Treaties')]: ['md', 'txt', 'treaty'] } });
  if (!picked?.length) return undefined;
  const doc = await vscode.workspace.openTextDocument(picked[0]);
  return { text: doc.getText(), uri: doc.uri, label: path.basename(doc.uri.path) };
}

/** The earlier version to compare the active treaty with: the last commit, or a file. */
async function pickVersion(doc: vscode.TextDocument): Promise<Version | undefined> {
  const head = { label: vscode.l10n.t('The last commit (HEAD)'), head: true };
  const file = { label: vscode.l10n.t('Another file…'), head: false };
  const choice = await vscode.window.showQuickPick([head, file], { title: vscode.l10n.t('Compare with which earlier version?') });
  if (!choice) return undefined;
  return choice.head ? headVersion(doc) : pickFile(vscode.l10n.t('Choose the earlier version'));
}

/** The last comparison shown, for Go to Changed Article. */
let lastComparison: { left: vscode.Uri; right: vscode.Uri; changes: ChangedUnit[] } | undefined;

function describe(c: ChangedUnit): string {
  return c.new && c.old && c.new.name !== c.old.name ? `${c.old.name} → ${c.new.name}` : (c.new ?? c.old)!.name;
}

/** Reveals a changed unit in both sides of the diff editor. */
function reveal(c: ChangedUnit, left: vscode.Uri, right: vscode.Uri): void {
  for (const editor of vscode.window.visibleTextEditors) {
    const uri = editor.document.uri.toString();
    const at = uri === left.toString() ? c.old : uri === right.toString() ? c.new : undefined;
    if (!at) continue;
    const range = new vscode.Range(at.line, 0, at.line, 0);
    editor.revealRange(range, vscode.TextEditorRevealType.AtTop);
    if (uri === right.toString()) editor.selection = new vscode.Selection(range.start, range.start);
  }
}

/** A quick pick of the changed articles; moving through it reveals each in both sides. */
async function goToChange(): Promise<void> {
  const last = lastComparison;
  if (!last) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Compare two versions first.'));
    return;
  }
  if (!last.changes.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('The two versions have the same articles.'));
    return;
  }
  const items = last.changes.map((c) => ({ label: describe(c), description: c.note, change: c }));
  const pick = vscode.window.createQuickPick<(typeof items)[number]>();
  pick.title = vscode.l10n.t('Changed articles');
  pick.items = items;
  pick.onDidChangeActive((active) => active[0] && reveal(active[0].change, last.left, last.right));
  pick.onDidAccept(() => {
    if (pick.selectedItems[0]) reveal(pick.selectedItems[0].change, last.left, last.right);
    pick.hide();
  });
  pick.onDidHide(() => pick.dispose());
  pick.show();
}

/** The diff editor over an earlier version and the active treaty, then the changed articles (returned too). */
async function compareWith(version: Version | undefined, doc: vscode.TextDocument): Promise<ChangedUnit[] | undefined> {
  if (!version) return undefined;
  const result = await serverCommand<CompareResult>(SERVER_COMMANDS.compare, version.text, doc.getText());
  const title = `${version.label} ↔ ${path.basename(doc.uri.path)}`;
  await vscode.commands.executeCommand('vscode.diff', version.uri, doc.uri, title);
  lastComparison = { left: version.uri, right: doc.uri, changes: result.changes };
  await goToChange();
  return result.changes;
}

async function openResult(content: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({ language: 'treaty', content });
  return vscode.window.showTextDocument(doc, { preview: false });
}

/**
 * The amending instrument from an earlier version to the active treaty, opened as a new document.
 * `earlier` (a file's URI) and `kind` (`decision` or `protocol`), when a keybinding or a test
 * passes them, skip the quick picks.
 */
async function generateAmendment(earlier?: unknown, kind?: unknown): Promise<void> {
  const editor = await treatyEditor();
  if (!editor) return;
  const given = uriArgument(earlier);
  const version = given ? await pickFile('', given) : await pickVersion(editor.document);
  if (!version) return;
  const forms = [
    { label: vscode.l10n.t('修改决定 (amending a law)'), form: 'decision' },
    { label: vscode.l10n.t('议定书 (amending protocol to a treaty)'), form: 'protocol' },
  ];
  const form = forms.find((f) => f.form === kind) ?? (await vscode.window.showQuickPick(forms, { title: vscode.l10n.t('Which form of amending instrument?') }));
  if (!form) return;
  const result = await serverCommand<AmendmentResult>(SERVER_COMMANDS.amendment, version.text, editor.document.getText(), form.form);
  if (!result.clauses) void vscode.window.showInformationMessage(vscode.l10n.t('The two versions have the same articles.'));
  await openResult(result.text);
}

async function consolidateCommand(): Promise<void> {
  const editor = await treatyEditor();
  if (!editor) return;
  const base = editor.document;
  const open = vscode.workspace.textDocuments.filter((d) => d !== base && !d.isClosed && d.uri.scheme !== VERSION_SCHEME && (d.languageId === 'treaty' || d.languageId === 'markdown'));
  const items = [
    ...open.map((d) => ({ label: path.basename(d.uri.path) || d.uri.toString(), description: d.isUntitled ? vscode.l10n.t('unsaved') : vscode.workspace.asRelativePath(d.uri), doc: d as vscode.TextDocument | undefined })),
    { label: vscode.l10n.t('Another file…'), description: '', doc: undefined },
  ];
  const pick = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Choose the amending instrument to apply') });
  if (!pick) return;
  const amendment = pick.doc ? pick.doc.getText() : (await pickFile(vscode.l10n.t('Choose the amending instrument to apply')))?.text;
  if (amendment === undefined) return;
  const result = await serverCommand<ConsolidateResult>(SERVER_COMMANDS.consolidate, base.getText(), amendment);
  await openResult(result.text);
  if (result.problems.length) {
    const first = result.problems[0];
    void vscode.window.showWarningMessage(
      vscode.l10n.t('{0} clauses could not be applied. Line {1}: {2}', result.problems.length, first.line + 1, first.message),
    );
  }
}

async function comparisonTable(): Promise<void> {
  const editor = await treatyEditor();
  if (!editor) return;
  const version = await pickVersion(editor.document);
  if (!version) return;
  const newText = editor.document.getText();
  const result = await serverCommand<CompareResult>(SERVER_COMMANDS.compare, version.text, newText);
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: result.table });
  await vscode.window.showTextDocument(doc, { preview: false });
  const save = vscode.l10n.t('Save as Word (.docx)…');
  if ((await vscode.window.showInformationMessage(vscode.l10n.t('The comparison table is open as markdown.'), save)) !== save) return;
  const target = await vscode.window.showSaveDialog({
    defaultUri: vscode.Uri.joinPath(editor.document.uri.with({ path: path.dirname(editor.document.uri.path) }), `${path.basename(editor.document.uri.path).replace(/(\.treaty)?\.(md|txt|treaty)$/i, '')}.修改对照表.docx`),
    filters: { Word: ['docx'] },
  });
  if (!target) return;
  const { base64 } = await serverCommand<{ base64: string }>(SERVER_COMMANDS.comparisonDocx, version.text, newText);
  await vscode.workspace.fs.writeFile(target, Buffer.from(base64, 'base64'));
  void vscode.window.showInformationMessage(vscode.l10n.t('Saved {0}', target.fsPath));
}

/**
 * The status bar item for the active treaty — `协定 · 12 条 · 2 处问题` — and the
 * `treaty.isTreaty` context key that shows the commands in the palette. The kind
 * and the number of articles come from the server (treaty/summary); the problems
 * are the server's diagnostics VS Code holds for the document.
 */
class TreatyStatus implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('treaty.status', vscode.StatusBarAlignment.Left, 50);
  private readonly served = new Map<string, Summary>();
  private timer: NodeJS.Timeout | undefined;
  /** What the item shows, for the end-to-end tests (the extension's exports). */
  shown: string | undefined;
  private disposables: vscode.Disposable[] = [];

  constructor() {
    this.item.name = vscode.l10n.t('Treaty');
    this.item.command = 'treaty.showSummary';
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh(0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) this.refresh(400);
      }),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && e.uris.some((u) => u.toString() === active)) this.render();
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.served.delete(d.uri.toString())),
    );
  }

  isTreaty(doc: vscode.TextDocument): boolean {
    return doc.languageId === 'treaty' || this.served.has(doc.uri.toString());
  }

  /** Asks the server again after `delay` ms (typing changes the number of articles). */
  refresh(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), delay);
  }

  private async update(): Promise<void> {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc) return this.render();
    await this.ask(doc);
    this.render();
  }

  /** Asks the server whether it serves `doc` as a treaty (and for its summary); true when it does. */
  async ask(doc: vscode.TextDocument): Promise<boolean> {
    const uri = doc.uri.toString();
    let answer: Summary | null = null;
    try {
      await ready;
      answer = client ? await client.sendRequest<Summary | null>(SUMMARY_REQUEST, { uri }) : null;
    } catch {
      answer = null;
    }
    if (answer) this.served.set(uri, answer);
    else this.served.delete(uri);
    return answer !== null;
  }

  /** Problems as the Problems panel lists them: errors, warnings and information, not hints. */
  static problems(uri: vscode.Uri): number {
    return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'treaty' && d.severity !== vscode.DiagnosticSeverity.Hint).length;
  }

  private render(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const summary = doc ? this.served.get(doc.uri.toString()) : undefined;
    void vscode.commands.executeCommand('setContext', 'treaty.isTreaty', !!doc && this.isTreaty(doc));
    if (!doc || !summary) {
      this.shown = undefined;
      this.item.hide();
      return;
    }
    const problems = TreatyStatus.problems(doc.uri);
    const units = summary.unitStyle === 'paragraph'
      ? (summary.units === 1 ? vscode.l10n.t('1 paragraph') : vscode.l10n.t('{0} paragraphs', summary.units))
      : (summary.units === 1 ? vscode.l10n.t('1 article') : vscode.l10n.t('{0} articles', summary.units));
    const issues = problems === 0 ? vscode.l10n.t('no problems') : problems === 1 ? vscode.l10n.t('1 problem') : vscode.l10n.t('{0} problems', problems);
    // The kind is the treaty's own word (协定, 条约 …), as its title writes it.
    const kind = summary.kind ?? vscode.l10n.t('Treaty');
    this.item.text = `$(law) ${kind} · ${units} · ${issues}`;
    const tooltip = new vscode.MarkdownString();
    tooltip.appendText(summary.title ?? kind);
    tooltip.appendMarkdown('\n\n');
    tooltip.appendText(problems > 0 ? vscode.l10n.t('Click to show the problems.') : vscode.l10n.t('Click to show the outline.'));
    this.item.tooltip = tooltip;
    this.item.accessibilityInformation = { label: `${kind}, ${units}, ${issues}` };
    this.item.backgroundColor = undefined;
    this.item.show();
    this.shown = this.item.text;
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
    this.item.dispose();
  }
}

let status: TreatyStatus;

/** What the extension exports: the status bar item's text while it is shown (read by the end-to-end tests). */
export interface TreatyApi {
  statusText(): string | undefined;
}

export async function activate(context: vscode.ExtensionContext): Promise<TreatyApi> {
  status = new TreatyStatus();
  const preview = new TreatyPreview(async (uri) => {
    await ready;
    return client ? client.sendRequest<PreviewResult | null>(PREVIEW_REQUEST, { uri }) : null;
  });
  const parallel = new ParallelView();
  context.subscriptions.push(
    status,
    preview,
    vscode.commands.registerCommand('treaty.showPreview', async () => {
      const editor = await treatyEditor();
      if (editor) preview.show(editor);
    }),
    vscode.commands.registerCommand('treaty.export', exportTreaty),
    // The "cited N times" code lens: show the references in VS Code's peek view.
    // The lens passes the locations it counted, so the peek lists exactly those (not other providers' too).
    vscode.commands.registerCommand('treaty.showReferences', async (uri: string, position: { line: number; character: number }, counted?: LspLocation[]) => {
      const target = vscode.Uri.parse(uri);
      const at = new vscode.Position(position.line, position.character);
      const locations = counted && client
        ? counted.map((l) => client!.protocol2CodeConverter.asLocation(l))
        : await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', target, at);
      await vscode.commands.executeCommand('editor.action.showReferences', target, at, locations ?? []);
    }),
    vscode.commands.registerCommand('treaty.renumberArticles', async () => {
      const editor = await treatyEditor();
      if (editor) reportUnapplied(await serverCommand<EditResult>(SERVER_COMMANDS.renumberArticles, editor.document.uri.toString()));
    }),
    vscode.commands.registerCommand('treaty.insertArticle', () => insertArticle('renumber')),
    vscode.commands.registerCommand('treaty.insertSubArticle', () => insertArticle('sub')),
    vscode.commands.registerCommand('treaty.showCitedBy', showCitedBy),
    parallel,
    vscode.commands.registerCommand('treaty.openCounterpart', () => parallel.toggle()),
    // The counterpart code lens (`俄文本 Статья 12`): open it beside.
    vscode.commands.registerCommand('treaty.revealCounterpart', (uri: string, range: Loc['range']) => revealBeside(uri, range, false)),
    vscode.commands.registerCommand('treaty.newTreaty', newTreaty),
    vscode.commands.registerCommand('treaty.openSample', () => openSample(context)),
    vscode.workspace.registerTextDocumentContentProvider(VERSION_SCHEME, new VersionProvider()),
    vscode.commands.registerCommand('treaty.compareWithHead', async () => {
      const editor = await treatyEditor();
      return editor ? compareWith(await headVersion(editor.document), editor.document) : undefined;
    }),
    // `earlier` (a file's URI, from a keybinding's args or a test) skips the open dialog.
    vscode.commands.registerCommand('treaty.compareFiles', async (earlier?: unknown) => {
      const editor = await treatyEditor();
      return editor ? compareWith(await pickFile(vscode.l10n.t('Choose the earlier version'), uriArgument(earlier)), editor.document) : undefined;
    }),
    vscode.commands.registerCommand('treaty.goToChange', goToChange),
    vscode.commands.registerCommand('treaty.generateAmendment', generateAmendment),
    vscode.commands.registerCommand('treaty.consolidate', consolidateCommand),
    vscode.commands.registerCommand('treaty.comparisonTable', comparisonTable),
    // The status bar item: the problems when there are any, else the outline.
    vscode.commands.registerCommand('treaty.showSummary', async () => {
      const doc = vscode.window.activeTextEditor?.document;
      await vscode.commands.executeCommand(doc && TreatyStatus.problems(doc.uri) > 0 ? 'workbench.actions.view.problems' : 'outline.focus');
    }),
  );
  ready = startClient(context);
  await ready;
  status.refresh(0);
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (e.affectsConfiguration('treaty.markdownDetection')) {
        await client?.stop();
        ready = startClient(context);
        await ready;
        status.refresh(0);
      }
    }),
  );
  return { statusText: () => status.shown };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
