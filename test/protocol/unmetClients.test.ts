// An independent review of the protocol surface, from clients the other protocol tests do not play
// in full (docs/editors.md, "Other clients"): each client's initialize capabilities and habits, as
// its source shows them (test/fixtures/clients/*.json: Helix, Zed, Sublime LSP, Kate, LSP4IJ, coc.nvim,
// Emacs lsp-bridge, Lapce, …), against the built server on a seed treaty and a real law, with a
// character outside the BMP (𠀀) before the positions asked about; then what such clients do around
// the requests: the position encoding they offer, no root or a file as the root, several folders
// added and removed, workspace/configuration left unanswered, progress not declared, a diagnostic
// pulled, a BOM, a request before initialize or after shutdown, exit without shutdown.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { URI } from 'vscode-uri';
import {
  createProtocolConnection, DefinitionRequest, DidChangeTextDocumentNotification, DocumentHighlightRequest, DidChangeWorkspaceFoldersNotification, DocumentSymbolRequest, ErrorCodes, ProtocolConnection,
  ReferencesRequest, ResponseError, StreamMessageReader, StreamMessageWriter, WorkspaceSymbolRequest,
} from 'vscode-languageserver-protocol/node';
import { startServer } from '../support/lsp';
import { ROOT } from '../support/fixture';

const CLIENTS = path.join(ROOT, 'test/fixtures/clients');
const SEEDS = path.join(ROOT, 'test/fixtures/seeds');
const SEED = fs.readdirSync(SEEDS).find((f) => f.startsWith('000'))!;
// The seed, a reference to its 第十二条 (line 84) written after 𠀀.
const SEED_TEXT = fs.readFileSync(path.join(SEEDS, SEED), 'utf8').replace('如果议定书内无其它说明', '𠀀如果议定书内无其它说明');
// A real law (LawRefBook/Laws, test/fixtures/laws/README.md): 本规定第五条 on line 61 (after 𠀀) cites 第五条, line 45.
const LAW_TEXT = fs.readFileSync(path.join(ROOT, 'test/fixtures/laws/provisions_face_recognition.md'), 'utf8').replace('信息处理者主张其不承担民事责任的，应当', '𠀀信息处理者主张其不承担民事责任的，应当');

/** Columns of `before` (the start of a line) in `encoding`: UTF-16 units, UTF-8 bytes, code points (UTF-32). */
function count(encoding: string, before: string): number {
  return encoding === 'utf-8' ? Buffer.byteLength(before) : encoding === 'utf-32' ? [...before].length : before.length;
}

/** The position `shift` UTF-16 units into the first `needle` of `text`, in `encoding`. */
function at(encoding: string, text: string, needle: string, shift = 0): { line: number; character: number } {
  const lines = text.slice(0, text.indexOf(needle) + shift).split('\n');
  return { line: lines.length - 1, character: count(encoding, lines[lines.length - 1]) };
}

/** The range of the first `needle` of `text` at or after `from`, in `encoding`. */
function rangeOf(encoding: string, text: string, needle: string, from = ''): { start: { line: number; character: number }; end: { line: number; character: number } } {
  const i = text.indexOf(needle, text.indexOf(from));
  const lines = text.slice(0, i).split('\n');
  const line = lines.length - 1;
  const start = count(encoding, lines[line]);
  return { start: { line, character: start }, end: { line, character: start + count(encoding, needle) } };
}

interface Fixture {
  capabilities: Record<string, any>;
  clientInfo?: unknown;
  initializationOptions?: unknown;
  languageId?: string;
}

// Each fixture, and two clients that leave UTF-16 out of their list (the server then answers in what they offer).
const PLAYED: [string, Fixture][] = [
  ...fs.readdirSync(CLIENTS).filter((f) => f.endsWith('.json')).sort().map((f) => [f.replace(/\.json$/, ''), JSON.parse(fs.readFileSync(path.join(CLIENTS, f), 'utf8')) as Fixture] as [string, Fixture]),
  ['utf-8 only', { capabilities: { general: { positionEncodings: ['utf-8'] }, textDocument: { definition: { linkSupport: true } } } }],
  ['utf-32 only', { capabilities: { general: { positionEncodings: ['utf-32'] } } }],
];

test('each client, no root (one file opened): a seed treaty and a real law, positions after 𠀀 read and answered in the encoding the server announced; no error or warning', async (t) => {
  for (const [name, c] of PLAYED) {
    await t.test(name, async () => {
      const client = await startServer({ rootUri: null, initialize: { capabilities: c.capabilities, clientInfo: c.clientInfo, rootPath: null, workspaceFolders: null }, initializationOptions: c.initializationOptions });
      try {
        const encoding = client.initialized.capabilities.positionEncoding ?? 'utf-16';
        const offered: string[] = c.capabilities.general?.positionEncodings ?? [];
        // UTF-16 when the client offers it or offers nothing; else the first it offers.
        assert.equal(encoding, !offered.length || offered.includes('utf-16') ? 'utf-16' : offered[0]);
        const languageId = c.languageId ?? 'markdown';
        const links = !!c.capabilities.textDocument?.definition?.linkSupport;
        const target = (d: any) => (links ? [d.targetUri, d.targetSelectionRange] : [d.uri, d.range]);

        // The seed: 本协议第十二条 after 𠀀 goes to `## 第 十 二 条`, the label selected.
        const seed = URI.file(path.join(os.tmpdir(), 'unmet', SEED)).toString();
        const seedDiagnostics = client.waitForDiagnostics(seed);
        await client.open(seed, SEED_TEXT, languageId);
        const cursor = at(encoding, SEED_TEXT, '本协议第十二条', 5);
        let defs = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: seed }, position: cursor })) as any[];
        assert.deepEqual(defs.map(target), [[seed, rangeOf(encoding, SEED_TEXT, '第 十 二 条', '## 第 十 二 条')]]);
        assert.deepEqual((await seedDiagnostics)?.diagnostics.filter((d) => d.severity! <= 2), []);
        // A second 𠀀 typed just before the reference, its range in the client's encoding: the reference follows it.
        const typed = at(encoding, SEED_TEXT, '本协议第十二条');
        await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
          textDocument: { uri: seed, version: 2 }, contentChanges: [{ range: { start: typed, end: typed }, text: '𠀀' }],
        });
        const changed = SEED_TEXT.replace('本协议第十二条', '𠀀本协议第十二条');
        defs = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: seed }, position: at(encoding, changed, '本协议第十二条', 5) })) as any[];
        assert.deepEqual(defs.map(target), [[seed, rangeOf(encoding, changed, '第 十 二 条', '## 第 十 二 条')]]);
        const highlights = await client.connection.sendRequest(DocumentHighlightRequest.type, { textDocument: { uri: seed }, position: at(encoding, changed, '本协议第十二条', 5) });
        assert.ok(highlights?.some((h) => JSON.stringify(h.range) === JSON.stringify(rangeOf(encoding, changed, '本协议第十二条'))), JSON.stringify(highlights));
        const outline = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: seed } })) as any[];
        const flat = (s: any[]): any[] => s.flatMap((x) => [x, ...flat(x.children ?? [])]);
        const twelve = flat(outline).find((s) => s.name === '第十二条');
        const headingLine = at(encoding, changed, '## 第 十 二 条').line;
        assert.deepEqual(twelve.selectionRange ?? twelve.location.range.start, twelve.selectionRange ? rangeOf(encoding, changed, '第 十 二 条', '## 第 十 二 条') : { line: headingLine, character: 0 });

        // The law: 第五条 (line 45) is cited once, after 𠀀 on line 61; its definition is the article's label.
        const law = URI.file(path.join(os.tmpdir(), 'unmet', 'provisions_face_recognition.md')).toString();
        const lawDiagnostics = client.waitForDiagnostics(law);
        await client.open(law, LAW_TEXT, languageId);
        defs = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: law }, position: at(encoding, LAW_TEXT, '本规定第五条', 4) })) as any[];
        assert.deepEqual(defs.map(target), [[law, rangeOf(encoding, LAW_TEXT, '第五条', '\n第五条')]]);
        const cited = await client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri: law }, position: at(encoding, LAW_TEXT, '\n第五条', 2), context: { includeDeclaration: false } });
        assert.deepEqual(cited, [{ uri: law, range: rangeOf(encoding, LAW_TEXT, '本规定第五条') }]);
        // The laws it cites (民法典 …) are not in the workspace: said, as information at most.
        assert.deepEqual((await lawDiagnostics)?.diagnostics.filter((d) => d.severity! <= 2), []);
      } finally {
        await client.stop();
      }
    });
  }
});

// --- A client of its own, for what the harness answers for every test: requests it never answers, every notification recorded.

interface Raw {
  connection: ProtocolConnection;
  process: ChildProcess;
  requests: string[];
  notifications: { method: string; params: any }[];
  exited: Promise<number | null>;
}

/**
 * The built server, and a client that answers the requests in `answers` (a handler), leaves those named `never` unanswered and refuses any other;
 * `env`: the server's environment besides this process's (TREATY_CLIENT_ANSWER_MS: how long it waits for an answer).
 */
function raw(answers: Record<string, (params: any) => unknown> = {}, never: string[] = [], env: Record<string, string> = {}): Raw {
  const proc = spawn(process.execPath, [process.env.TREATY_SERVER ?? path.join(ROOT, 'server/out/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  const reader = new StreamMessageReader(proc.stdout!);
  reader.partialMessageTimeout = 0;
  const connection = createProtocolConnection(reader, new StreamMessageWriter(proc.stdin!));
  const requests: string[] = [];
  const notifications: { method: string; params: any }[] = [];
  (connection as unknown as { onRequest(h: (method: string, params: unknown) => unknown): void }).onRequest((method, params) => {
    requests.push(method);
    if (never.includes(method)) return new Promise(() => undefined);
    return answers[method] ? answers[method](params) : new ResponseError(ErrorCodes.MethodNotFound, `Unhandled method ${method}`);
  });
  (connection as unknown as { onNotification(h: (method: string, params: unknown) => void): void }).onNotification((method, params) => void notifications.push({ method, params }));
  connection.listen();
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  return { connection, process: proc, requests, notifications, exited };
}

async function stop(r: Raw): Promise<void> {
  r.process.kill();
  await r.exited;
  r.connection.dispose();
}

const logs = (r: Raw) => r.notifications.filter((n) => n.method === 'window/logMessage').map((n) => n.params.message as string);
async function until<T>(f: () => T | undefined, ms = 15000): Promise<T | undefined> {
  const end = Date.now() + ms;
  for (let v = f(); Date.now() < end; v = f()) {
    if (v) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
  return f();
}

let dir: string;
let root: string;
before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'treaty-unmet-'));
  for (const f of fs.readdirSync(SEEDS)) fs.copyFileSync(path.join(SEEDS, f), path.join(dir, f));
  root = URI.file(dir).toString();
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

const DRAFT = '# 测试协定\n\n双方达成协议如下：\n\n## 第一条\n\n依照第九条。\n';

test('a client that declares workspace/configuration, file watchers and progress but never answers them (nor the registration): the scan still happens, and no progress is reported', async () => {
  const r = raw({}, ['workspace/configuration', 'client/registerCapability', 'window/workDoneProgress/create']);
  try {
    await r.connection.sendRequest('initialize', {
      processId: null, rootUri: root, workspaceFolders: [{ uri: root, name: 'ws' }],
      capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } }, window: { workDoneProgress: true } },
    });
    await r.connection.sendNotification('initialized', {});
    const indexed = await until(() => logs(r).find((l) => /^indexed/.test(l)));
    assert.match(indexed ?? logs(r).join('\n'), /^indexed 5 treaties of 5 files/);
    assert.deepEqual([...new Set(r.requests)].sort(), ['client/registerCapability', 'window/workDoneProgress/create', 'workspace/configuration']);
    assert.equal(r.requests.filter((m) => m === 'workspace/configuration').length, 1, 'asked once: a client that does not answer is not asked again');
    assert.deepEqual(r.notifications.filter((n) => n.method === '$/progress'), []);
    // Its settings pushes are then read as a client's that cannot be asked.
    const uri = `${root}/draft.md`;
    await r.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: DRAFT } });
    await r.connection.sendNotification('workspace/didChangeConfiguration', { settings: { treaty: { diagnostics: { severity: { 'ref.no-such-article': 'hint' } } } } });
    const hinted = await until(() => r.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri).at(-1)?.params.diagnostics.find((d: any) => d.severity === 4));
    assert.equal(hinted?.code, 'ref.no-such-article');
  } finally {
    await stop(r);
  }
});

test('a client that answers workspace/configuration with null (not a list), and one without progress: scanned, no progress request or notification', async () => {
  for (const capabilities of [{ workspace: { configuration: true } }, {}]) {
    const r = raw({ 'workspace/configuration': () => null });
    try {
      await r.connection.sendRequest('initialize', { processId: null, rootUri: root, workspaceFolders: null, capabilities });
      await r.connection.sendNotification('initialized', {});
      assert.match((await until(() => logs(r).find((l) => /^indexed/.test(l)))) ?? logs(r).join('\n'), /^indexed 5 treaties of 5 files/);
      assert.deepEqual(r.requests.filter((m) => m !== 'workspace/configuration'), []);
      assert.deepEqual(r.notifications.filter((n) => n.method === '$/progress'), []);
    } finally {
      await stop(r);
    }
  }
});

test('a root that is a file (Emacs lsp-bridge in single-file mode sends the file as rootUri): that file is read, nothing else, no error logged; a root URI ending in / (Lapce) is the folder', async () => {
  const file = URI.file(path.join(dir, SEED)).toString();
  for (const [rootUri, expected] of [[file, /^indexed 1 treaties of 1 files/], [`${root}/`, /^indexed 5 treaties of 5 files/]] as const) {
    const r = raw();
    try {
      await r.connection.sendRequest('initialize', { processId: null, rootUri, rootPath: URI.parse(rootUri).fsPath, capabilities: {} });
      await r.connection.sendNotification('initialized', {});
      assert.match((await until(() => logs(r).find((l) => /^indexed/.test(l)))) ?? logs(r).join('\n'), expected);
      assert.deepEqual(logs(r).filter((l) => /cannot list/.test(l)), []);
      // lsp-bridge opens it at version 0, and sends rangeLength with its changes.
      await r.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: file, languageId: 'markdown', version: 0, text: SEED_TEXT } });
      await r.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: file, version: 1 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, rangeLength: 0, text: '\n' }],
      });
      const published = await until(() => r.notifications.find((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === file && n.params.version === 1));
      assert.deepEqual(published?.params.diagnostics.filter((d: any) => d.severity <= 2), []);
    } finally {
      await stop(r);
    }
  }
});

test('several workspace folders; one removed and another added (workspace/didChangeWorkspaceFolders): the workspace symbols follow', async () => {
  const a = fs.mkdtempSync(path.join(os.tmpdir(), 'treaty-unmet-a-'));
  const b = fs.mkdtempSync(path.join(os.tmpdir(), 'treaty-unmet-b-'));
  const c = fs.mkdtempSync(path.join(os.tmpdir(), 'treaty-unmet-c-'));
  fs.writeFileSync(path.join(a, 'a.md'), '# 甲国和乙国友好协定\n\n## 第一条\n\n甲。\n');
  fs.writeFileSync(path.join(b, 'b.md'), '# 丙国和丁国合作协定\n\n## 第一条\n\n乙。\n');
  fs.writeFileSync(path.join(c, 'c.md'), '# 戊国和己国贸易协定\n\n## 第一条\n\n丙。\n');
  const folder = (d: string) => ({ uri: URI.file(d).toString(), name: path.basename(d) });
  const client = await startServer({ rootUri: folder(a).uri, initialize: { workspaceFolders: [folder(a), folder(b)] } });
  try {
    const titles = async () => ((await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: '' })) ?? []).filter((s) => s.kind === 1).map((s) => s.name).sort();
    /** The titles once `done` holds of them (or after 15 s). */
    const settled = async (done: (t: string[]) => boolean) => {
      let now = await titles();
      for (const end = Date.now() + 15000; !done(now) && Date.now() < end; now = await titles()) await new Promise((r) => setTimeout(r, 100));
      return now;
    };
    assert.deepEqual(await settled((t) => t.length === 2), ['丙国和丁国合作协定', '甲国和乙国友好协定']);
    await client.connection.sendNotification(DidChangeWorkspaceFoldersNotification.type, { event: { added: [folder(c)], removed: [folder(b)] } });
    assert.deepEqual(await settled((t) => t.includes('戊国和己国贸易协定')), ['戊国和己国贸易协定', '甲国和乙国友好协定']);
  } finally {
    await client.stop();
    for (const d of [a, b, c]) fs.rmSync(d, { recursive: true, force: true });
  }
});

test('diagnostics are pushed, not pulled: no diagnosticProvider announced, a textDocument/diagnostic request refused (MethodNotFound); no tags or codeDescription to a client that declares neither', async () => {
  const client = await startServer({ minimal: true });
  try {
    assert.equal(client.initialized.capabilities.diagnosticProvider, undefined);
    const uri = 'file:///drafts/pulled.md';
    const pushed = client.waitForDiagnostics(uri);
    await client.open(uri, DRAFT);
    const refused = await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }).then(() => undefined, (e: ResponseError<unknown>) => e.code);
    assert.equal(refused, ErrorCodes.MethodNotFound);
    const d = (await pushed)?.diagnostics ?? [];
    assert.deepEqual(d.map((x) => x.code), ['ref.no-such-article']);
    for (const x of d) assert.deepEqual(Object.keys(x).filter((k) => !['range', 'severity', 'code', 'source', 'message', 'data'].includes(k)), [], JSON.stringify(x));
  } finally {
    await client.stop();
  }
});

test('a document with a BOM (kept in the text by a client that does not strip it): served, its positions counted with the BOM as one unit of the first line', async () => {
  const client = await startServer({ minimal: true });
  try {
    const uri = 'file:///drafts/bom.md';
    const text = `\uFEFF${DRAFT}`;
    const pushed = client.waitForDiagnostics(uri);
    await client.open(uri, text);
    assert.deepEqual((await pushed)?.diagnostics.map((x) => [x.code, x.range]), [['ref.no-such-article', rangeOf('utf-16', text, '第九条')]]);
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as { name: string }[];
    assert.deepEqual(symbols.map((s) => s.name), ['测试协定', '序言', '第一条']);
  } finally {
    await client.stop();
  }
});

test("LSP's lifecycle: a request before initialize is refused (ServerNotInitialized) and a notification dropped; between initialize and initialized, served; pending requests answered before shutdown's answer, then requests refused (InvalidRequest); exit after shutdown is code 0", async () => {
  const r = raw();
  try {
    const uri = 'file:///drafts/life.md';
    const early = await r.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }).then(() => undefined, (e: ResponseError<unknown>) => e.code);
    assert.equal(early, ErrorCodes.ServerNotInitialized);
    await r.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: DRAFT } });
    await r.connection.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} });
    assert.equal(await r.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }), null, 'the open before initialize was dropped');
    await r.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: DRAFT } });
    const symbols = (await r.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as { name: string }[];
    assert.deepEqual(symbols.map((s) => s.name), ['测试协定', '序言', '第一条'], 'served before initialized');
    await r.connection.sendNotification('initialized', {});
    // Sent together: the requests before shutdown are answered, then shutdown.
    const order: string[] = [];
    const pending = [
      r.connection.sendRequest('textDocument/references', { textDocument: { uri }, position: { line: 4, character: 4 }, context: { includeDeclaration: true } }).then(() => order.push('references')),
      r.connection.sendRequest('workspace/symbol', { query: '第' }).then(() => order.push('symbols')),
      r.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 7, character: 0 } }).then(() => order.push('completion')),
      r.connection.sendRequest('shutdown').then((answer) => order.push(`shutdown ${answer}`)),
    ];
    await Promise.all(pending);
    assert.equal(order.at(-1), 'shutdown null');
    assert.equal(order.length, 4);
    const late = await r.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }).then(() => undefined, (e: ResponseError<unknown>) => e.code);
    assert.equal(late, ErrorCodes.InvalidRequest);
    await r.connection.sendNotification('exit');
    assert.equal(await r.exited, 0);
  } finally {
    await stop(r);
  }
});

test('exit without shutdown, during the scan: the process ends at once, code 1', async () => {
  const r = raw();
  try {
    await r.connection.sendRequest('initialize', { processId: null, rootUri: root, capabilities: {} });
    await r.connection.sendNotification('initialized', {});
    const sent = Date.now();
    await r.connection.sendNotification('exit');
    assert.equal(await r.exited, 1);
    assert.ok(Date.now() - sent < 3000, `${Date.now() - sent} ms`);
  } finally {
    await stop(r);
  }
});

// --- Session 61 (s61clients): pull diagnostics; requests a client never answers or refuses; a root with an empty folder list.

/** A client that declares pull diagnostics and their refresh (LSP 3.17), as coc.nvim, LSP4IJ and monaco-languageclient do. */
const PULLS = { textDocument: { diagnostic: { dynamicRegistration: false } }, workspace: { diagnostics: { refreshSupport: true } } };
// A draft citing an instrument not open, and that instrument: opened, the citation resolves.
const CITING = '# 测试协定\n\n双方达成协议如下：\n\n## 第一条\n\n依照《乙国和丙国合作协定》第二条。\n';
const CITED = '# 乙国和丙国合作协定\n\n## 第一条\n\n甲。\n\n## 第二条\n\n乙。\n';

async function initialized(r: Raw, capabilities: object, initializationOptions?: unknown): Promise<any> {
  const answer = await r.connection.sendRequest('initialize', { processId: null, rootUri: null, capabilities, initializationOptions });
  await r.connection.sendNotification('initialized', {});
  return answer;
}
const pull = (r: Raw, uri: string, previousResultId?: string) => r.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri }, previousResultId }) as Promise<any>;
const published = (r: Raw) => r.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics');

test('pull diagnostics, to a client that declares them and their refresh: the diagnostics the push gives, a result id, unchanged when nothing changed; checked again when a cited instrument opens, a refresh when it is edited; none pushed', async () => {
  const r = raw({ 'workspace/diagnostic/refresh': () => null });
  const push = raw();
  try {
    const caps = (await initialized(r, PULLS)).capabilities;
    assert.deepEqual(caps.diagnosticProvider, { interFileDependencies: true, workspaceDiagnostics: false });
    await initialized(push, {});
    const a = 'file:///drafts/citing.md';
    const b = 'file:///drafts/cited.md';
    for (const x of [r, push]) await x.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: a, languageId: 'markdown', version: 1, text: CITING } });
    const first = await pull(r, a);
    assert.equal(first.kind, 'full');
    assert.equal(typeof first.resultId, 'string');
    assert.deepEqual(first.items.map((d: any) => d.code), ['ref.citation-not-found']);
    // The same diagnostics as pushed to a client that does not pull.
    const pushed = await until(() => published(push).find((n) => n.params.uri === a));
    assert.deepEqual(first.items, pushed?.params.diagnostics);
    // Nothing changed: unchanged, under the same id.
    assert.deepEqual(await pull(r, a, first.resultId), { kind: 'unchanged', resultId: first.resultId });
    // The cited instrument opened, and the citing text pulled at once: checked again, its citation resolved.
    await r.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: b, languageId: 'markdown', version: 1, text: CITED } });
    const second = await pull(r, a, first.resultId);
    assert.equal(second.kind, 'full');
    assert.notEqual(second.resultId, first.resultId);
    assert.deepEqual(second.items, []);
    // The cited instrument edited (its title changed) and the citing text not pulled: the client is asked to pull again.
    assert.ok(!r.requests.includes('workspace/diagnostic/refresh'), 'nothing to refresh: the client pulled the current diagnostics');
    await r.connection.sendNotification('textDocument/didChange', { textDocument: { uri: b, version: 2 }, contentChanges: [{ text: CITED.replace('乙国和丙国', '丁国和戊国') }] });
    assert.ok(await until(() => r.requests.includes('workspace/diagnostic/refresh')), 'refresh asked');
    const refreshed = await pull(r, a, second.resultId);
    assert.equal(refreshed.kind, 'full');
    assert.deepEqual(refreshed.items.map((d: any) => d.code), ['ref.citation-not-found']);
    // The document itself changed: pulled again, the change's diagnostics.
    await r.connection.sendNotification('textDocument/didChange', { textDocument: { uri: a, version: 2 }, contentChanges: [{ text: CITING.replace('《乙国和丙国合作协定》第二条', '第九条') }] });
    const third = await pull(r, a, refreshed.resultId);
    assert.equal(third.kind, 'full');
    assert.deepEqual(third.items.map((d: any) => d.code), ['ref.no-such-article']);
    await r.connection.sendNotification('textDocument/didClose', { textDocument: { uri: a } });
    await new Promise((done) => setTimeout(done, 500));
    // Never pushed, not even the empty list at closing.
    assert.deepEqual(published(r), []);
  } finally {
    await stop(r);
    await stop(push);
  }
});

test('diagnostics pushed, and a pull refused, to a client that declares the pull without its refresh (Zed, lsp-bridge) or whose initialization options say diagnostics.pull: false (the VS Code extension)', async () => {
  const without = { textDocument: { diagnostic: { dynamicRegistration: false } } };
  for (const [capabilities, options] of [[without, undefined], [PULLS, { diagnostics: { pull: false } }]] as const) {
    const r = raw();
    try {
      assert.equal((await initialized(r, capabilities, options)).capabilities.diagnosticProvider, undefined);
      const uri = 'file:///drafts/pushed.md';
      await r.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: DRAFT } });
      const got = await until(() => published(r).find((n) => n.params.uri === uri));
      assert.deepEqual(got?.params.diagnostics.map((d: any) => d.code), ['ref.no-such-article']);
      assert.equal(await pull(r, uri).then(() => undefined, (e: ResponseError<unknown>) => e.code), ErrorCodes.MethodNotFound);
    } finally {
      await stop(r);
    }
  }
});

test('a rootUri with workspaceFolders: [] (LSP: null is "none configured", and a rootUri is the folder open): the root is scanned', async () => {
  const r = raw();
  try {
    await r.connection.sendRequest('initialize', { processId: null, rootUri: root, workspaceFolders: [], capabilities: { workspace: { workspaceFolders: true } } });
    await r.connection.sendNotification('initialized', {});
    assert.match((await until(() => logs(r).find((l) => /^indexed/.test(l)))) ?? logs(r).join('\n'), /^indexed 5 treaties of 5 files/);
  } finally {
    await stop(r);
  }
});

test('workspace/configuration refused with an error: the initialization options\' severities stay, and it is not asked again', async () => {
  const r = raw();
  try {
    await initialized(r, { workspace: { configuration: true } }, { diagnostics: { severity: { 'ref.no-such-article': 'hint' } } });
    const uri = 'file:///drafts/refused.md';
    await r.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: DRAFT } });
    const got = await until(() => published(r).find((n) => n.params.uri === uri));
    assert.deepEqual(got?.params.diagnostics.map((d: any) => [d.code, d.severity]), [['ref.no-such-article', 4]]);
    await r.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await new Promise((done) => setTimeout(done, 500));
    assert.equal(r.requests.filter((m) => m === 'workspace/configuration').length, 1);
  } finally {
    await stop(r);
  }
});

/** A command's answer, or 'pending' after `ms`. */
const within = <T>(p: Promise<T>, ms: number) => Promise.race([p, new Promise<'pending'>((done) => setTimeout(() => done('pending'), ms))]);
// The server waits 100 ms for a machine's answer and 2 s (twenty times as long) for one a person gives.
const SHORT = { TREATY_CLIENT_ANSWER_MS: '100' };
const GAP = '# 测试协定\n\n双方达成协议如下：\n\n## 第一条\n\n甲。\n\n## 第三条\n\n乙。\n';

test('workspace/applyEdit never answered, or refused: the command answers, not applied, and says why', async () => {
  for (const [answers, never, message] of [[{}, ['workspace/applyEdit'], /did not say within 2 s/], [{}, [], /Unhandled method workspace\/applyEdit/]] as const) {
    const r = raw(answers, [...never], SHORT);
    try {
      await initialized(r, { workspace: { applyEdit: true } }, { locale: 'en' });
      const uri = 'file:///drafts/gap.md';
      await r.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: GAP } });
      const answer: any = await within(r.connection.sendRequest('workspace/executeCommand', { command: 'treaty.server.renumberArticles', arguments: [uri] }), 10000);
      assert.notEqual(answer, 'pending');
      assert.equal(answer.applied, false);
      assert.match(answer.message, message);
      assert.ok(r.requests.includes('workspace/applyEdit'));
    } finally {
      await stop(r);
    }
  }
});

test('a lens command to a client with window/showDocument that never answers the pick or the document, or refuses the pick: the command answers, and the places are listed in a message', async () => {
  const loc = (line: number) => ({ uri: 'file:///drafts/a.md', range: { start: { line, character: 0 }, end: { line, character: 3 } } });
  const cases: [string, string[], Record<string, (p: any) => unknown>, string, unknown[]][] = [
    ['pick never answered', ['window/showMessageRequest'], {}, 'treaty.server.showReferences', ['file:///drafts/b.md', { line: 0, character: 0 }, [loc(4), loc(8)]]],
    ['pick refused', [], {}, 'treaty.server.showReferences', ['file:///drafts/b.md', { line: 0, character: 0 }, [loc(4), loc(8)]]],
    ['document never shown', ['window/showDocument'], {}, 'treaty.server.revealCounterpart', [loc(4).uri, loc(4).range]],
    ['document not shown (success: false)', [], { 'window/showDocument': () => ({ success: false }) }, 'treaty.server.revealCounterpart', [loc(4).uri, loc(4).range]],
  ];
  for (const [name, never, answers, command, args] of cases) {
    const r = raw(answers, never, SHORT);
    try {
      await initialized(r, { window: { showDocument: { support: true } } }, { locale: 'en' });
      const answer = await within(r.connection.sendRequest('workspace/executeCommand', { command, arguments: args }), 10000);
      assert.notEqual(answer, 'pending', name);
      const shown = await until(() => r.notifications.find((n) => n.method === 'window/showMessage'), 2000);
      assert.match(shown?.params.message ?? '', /a\.md:5/, name);
    } finally {
      await stop(r);
    }
  }
});
