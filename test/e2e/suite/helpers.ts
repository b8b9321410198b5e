// Helpers shared by the end-to-end tests: locate the sample workspace's files,
// wait for the language server, and pick our symbols out of the merged outline.
import * as assert from 'assert';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'treaty-drafting.treaty-drafting';

// The sample workspace names each file by its short title (scripts/vscode-env.mjs,
// makeSampleWorkspace; the fixtures' own names are hashes): seeds/000_c6ff318dd0620b0f.md
// is seeds/中哈边防合作协议.md there.
export const SEEDS = {
  border_kz: 'seeds/中哈边防合作协议.md', // test/fixtures/seeds/000_…
  border_kg: 'seeds/中吉边防合作协议.md', // 001_…
  friendship_kz: 'seeds/中哈睦邻友好合作条约.md', // 002_…
  statement_kz: 'seeds/中哈联合声明.md', // 003_…
  sco: 'seeds/上海合作组织成员国长期睦邻友好合作条约.md', // 004_…
} as const;

export const DRAFTS = {
  agreement: 'drafts/中哈边境地区合作的协定.md', // test/fixtures/drafts/draft_01_kz_border_agreement.md
  protocol: 'drafts/中吉边防合作协议的补充议定书.md', // draft_02_kg_protocol.md: cites 本议定书第八条; it has six articles
  memorandum: 'drafts/上海合作组织成员国边防部门合作谅解备忘录.treaty.md', // draft_03_sco_memorandum.treaty.md
} as const;

/** Sets of files (SAMPLE_SETS in scripts/vscode-env.mjs). */
export const PARALLEL = {
  // The Belovezha agreement (1991): test/fixtures/multilingual/cis_belovezha_1991.{zh,ru}.md, paired by their names.
  zh: 'parallel/独立国家联合体协定.zh.md',
  ru: 'parallel/独立国家联合体协定.ru.md',
} as const;

export const VERSIONS = {
  // 最高人民法院关于设立国际商事法庭若干问题的规定, 2018 and 2023: test/fixtures/amendments/shangshi-{2018,2023}.md.
  earlier: 'versions/国际商事法庭规定（2018）.md',
  later: 'versions/国际商事法庭规定（2023）.md',
} as const;

/** Whether VS Code's display language is Chinese (the server's messages follow it). */
export const chinese = () => vscode.env.language.toLowerCase().startsWith('zh');

/** The code of a diagnostic, whether VS Code gives it as a value or with a link. */
export const codeOf = (d: vscode.Diagnostic) => String(typeof d.code === 'object' ? d.code.value : d.code);

/**
 * Puts a document back as it was, on disk too: VS Code saves the files a workspace
 * edit changes (`files.refactoring.autoSave`), so reverting the editor is not enough.
 */
export async function restore(doc: vscode.TextDocument, original: string): Promise<void> {
  if (doc.getText() !== original) {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), original);
    await vscode.workspace.applyEdit(edit);
  }
  await doc.save();
}

/**
 * Runs `use` on an untitled document opened with `content` and shown, then closes it unsaved: a document with
 * text is dirty, and the save prompt closing it otherwise would block the host.
 */
export async function withUntitled<T>(language: string, content: string, use: (doc: vscode.TextDocument) => Promise<T>): Promise<T> {
  const doc = await vscode.workspace.openTextDocument({ language, content });
  await vscode.window.showTextDocument(doc);
  try {
    return await use(doc);
  } finally {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
}

/** Timings the runners put into the results file. */
export const metrics: Record<string, unknown> = {};

export function workspaceFile(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open (the sample workspace)');
  return vscode.Uri.joinPath(folder.uri, relative);
}

export async function open(relative: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(workspaceFile(relative));
  return vscode.window.showTextDocument(doc, { preview: false });
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `probe` until it returns something truthy, or fails after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (last error: ${last})` : ''}`);
    }
    await sleep(50);
  }
}

export function symbolsOf(uri: vscode.Uri): Thenable<vscode.DocumentSymbol[] | undefined> {
  return vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
}

const compact = (s: string) => s.replace(/\s+/g, '');

function descendants(symbols: readonly vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return symbols.flatMap((s) => [s, ...descendants(s.children ?? [])]);
}

/**
 * Our outline among the merged symbols of all providers (on markdown, VS Code's
 * markdown extension returns its heading symbols too, with kind String): the
 * top-level symbols that hold an article (第…条, kind Field) or a numbered
 * paragraph (一、) somewhere below them, or are one.
 */
export function ourSymbols(all: readonly vscode.DocumentSymbol[] | undefined): vscode.DocumentSymbol[] {
  const ours = (s: vscode.DocumentSymbol) =>
    (s.kind !== vscode.SymbolKind.String && /^第[一二三四五六七八九十百零〇两\d]+条$/.test(compact(s.name))) ||
    (s.kind !== vscode.SymbolKind.String && /^[一二三四五六七八九十]+、/.test(compact(s.name)));
  return (all ?? []).filter((top) => descendants([top]).some(ours));
}

/** Waits for a non-empty outline of ours; returns it and how long it took. */
export async function waitForOutline(uri: vscode.Uri, timeoutMs = 20_000) {
  const t0 = Date.now();
  const symbols = await waitFor(`our outline of ${uri.path}`, async () => {
    const mine = ourSymbols(await symbolsOf(uri));
    return mine.length ? mine : undefined;
  }, timeoutMs);
  return { symbols, ms: Date.now() - t0 };
}

/** Opens a file and waits for our outline; `ms` runs from the open to the first non-empty outline. */
export async function openWithOutline(relative: string, timeoutMs?: number) {
  const t0 = Date.now();
  const editor = await open(relative);
  const { symbols } = await waitForOutline(editor.document.uri, timeoutMs);
  return { editor, symbols, ms: Date.now() - t0 };
}

/** Names of every symbol below `roots` of the given kind, in document order. */
export function namesOfKind(roots: readonly vscode.DocumentSymbol[], kind: vscode.SymbolKind): string[] {
  return descendants(roots)
    .filter((s) => s.kind === kind)
    .sort((a, b) => a.range.start.compareTo(b.range.start))
    .map((s) => compact(s.name));
}

/** All symbol names below `roots` (compacted), in document order. */
export function allNames(roots: readonly vscode.DocumentSymbol[]): string[] {
  return descendants(roots)
    .sort((a, b) => a.range.start.compareTo(b.range.start))
    .map((s) => compact(s.name));
}

/** Position of the `index`-th code unit of the first occurrence of `text` in the document. */
export function positionOf(doc: vscode.TextDocument, text: string, index = 0): vscode.Position {
  const offset = doc.getText().indexOf(text);
  assert.ok(offset >= 0, `${JSON.stringify(text)} occurs in ${doc.uri.path}`);
  return doc.positionAt(offset + index);
}

/** Line (0-based) of the first line matching `re`. */
export function lineMatching(doc: vscode.TextDocument, re: RegExp): number {
  for (let i = 0; i < doc.lineCount; i++) if (re.test(doc.lineAt(i).text)) return i;
  assert.fail(`no line of ${doc.uri.path} matches ${re}`);
}

export const chineseNumeral = (n: number): string => {
  const d = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (n < 10) return d[n];
  if (n < 20) return '十' + d[n % 10];
  if (n < 100) return d[Math.floor(n / 10)] + '十' + d[n % 10];
  throw new Error(`numeral ${n} not needed here`);
};

export const articleNames = (count: number) => Array.from({ length: count }, (_, i) => `第${chineseNumeral(i + 1)}条`);
