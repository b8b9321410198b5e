// `npm run test:reliability`: the reliability harness (not part of `npm test`). It
// spawns the built server over stdio on a workspace holding the seeds and the real
// corpus, opens them, and for a given time (default 2 minutes) drives it with what
// a careless editor and a broken client can send: random edits (inserts, deletes,
// replacements at random offsets; pasted Chinese text, binary junk, huge lines,
// CR/CRLF mixes), random requests of every kind at random positions, cancellations,
// malformed JSON-RPC messages, out-of-order versions, didClose of unknown documents.
// It checks that the server never exits, that every request is answered (a result or
// a proper error) within a deadline, that diagnostics carry a version that was sent
// (and, once quiet, the latest), that no handler failed (the guard's "failed" log
// line), and that RSS stays under a bound; prints a summary and exits 1 on any
// violation. Seeded: `--seed N` replays a run.
//
//   npm run test:reliability -- [--seconds 120] [--seed N] [--rss-mb 1500] [--deadline-ms 20000]
import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { URI } from 'vscode-uri';
import { TextDocument } from 'vscode-languageserver-textdocument';

const ROOT = path.resolve(__dirname, '../../..');

/** mulberry32: a small seedable PRNG, so that a failing run can be replayed with its seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) ? v : fallback;
}

const SECONDS = option('seconds', 120);
const SEED = option('seed', Date.now() % 1_000_000_007);
const RSS_MB = option('rss-mb', 1500);
const DEADLINE_MS = option('deadline-ms', 20_000);
const IN_FLIGHT = 6;
const rand = prng(SEED);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
const int = (n: number) => Math.floor(rand() * n);

// ---- a minimal JSON-RPC client over stdio, which can also write what no library would ----

interface Pending { method: string; sent: number; cancelled: boolean }

class Wire {
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  readonly pending = new Map<number, Pending>();
  onMessage: (m: { id?: number; method?: string; params?: unknown; result?: unknown; error?: { code: number; message: string } }) => void = () => undefined;

  constructor(private readonly proc: ChildProcess) {
    proc.stdout!.on('data', (chunk: Buffer) => this.read(chunk));
  }

  private read(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const end = this.buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/Content-Length: *(\d+)/i.exec(this.buffer.subarray(0, end).toString('ascii'))?.[1]);
      if (this.buffer.length < end + 4 + length) return;
      const body = this.buffer.subarray(end + 4, end + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(end + 4 + length);
      this.onMessage(JSON.parse(body));
    }
  }

  raw(body: string): void {
    this.proc.stdin!.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  }

  send(message: object): void {
    this.raw(JSON.stringify({ jsonrpc: '2.0', ...message }));
  }

  request(method: string, params: unknown): number {
    const id = this.nextId++;
    this.pending.set(id, { method, sent: performance.now(), cancelled: false });
    this.send({ id, method, params });
    return id;
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }
}

// ---- the workspace: the seeds and the real corpus, copied ----

function corpus(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  for (const sub of ['seeds', 'real']) {
    const dir = path.join(ROOT, 'test/fixtures', sub);
    for (const f of fs.readdirSync(dir).sort()) if (/\.md$/.test(f) && f !== 'README.md') out.push({ name: `${sub}/${f}`, text: fs.readFileSync(path.join(dir, f), 'utf8') });
  }
  return out;
}

const REQUESTS = [
  'textDocument/documentSymbol', 'textDocument/foldingRange', 'textDocument/definition', 'textDocument/hover', 'textDocument/references',
  'textDocument/documentHighlight', 'textDocument/documentLink', 'workspace/symbol', 'textDocument/codeLens', 'textDocument/codeAction',
  'textDocument/prepareRename', 'textDocument/rename', 'textDocument/inlayHint', 'textDocument/selectionRange', 'textDocument/completion',
  'completionItem/resolve', 'workspace/executeCommand', 'treaty/summary',
] as const;

async function main(): Promise<number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'treaty-reliability-'));
  const files = corpus();
  for (const f of files) {
    fs.mkdirSync(path.dirname(path.join(dir, f.name)), { recursive: true });
    fs.writeFileSync(path.join(dir, f.name), f.text);
  }
  const server = process.env.TREATY_SERVER ?? path.join(ROOT, 'server/out/server.js');
  const proc = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  proc.stderr!.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  const violations: string[] = [];
  const violate = (v: string) => {
    if (violations.length < 50) violations.push(v);
  };
  let exited = false;
  proc.on('exit', (code, signal) => {
    exited = true;
    if (!stopping) violate(`the server exited (code ${code}, signal ${signal}); stderr: ${stderr.slice(-500)}`);
  });
  let stopping = false;
  const wire = new Wire(proc);

  // What the client holds, and what it sent.
  const docs = new Map<string, TextDocument>();
  const sentVersions = new Map<string, Set<number>>();
  const lastDiagnostics = new Map<string, number | null>();
  const latency = new Map<string, number[]>();
  const errors = new Map<string, number>();
  const stats = { requests: 0, answered: 0, edits: 0, cancels: 0, cancelsHonoured: 0, malformed: 0, unknownCloses: 0, outOfOrder: 0, diagnostics: 0 };
  const failures: string[] = [];
  let initialized = false;

  wire.onMessage = (m) => {
    if (m.method !== undefined && m.id !== undefined) {
      // A request from the server: answer it (edits are not applied, so the client's texts stay as sent).
      const result = m.method === 'workspace/configuration' ? ((m.params as { items: unknown[] }).items ?? []).map(() => null)
        : m.method === 'workspace/applyEdit' ? { applied: false, failureReason: 'harness' } : null;
      wire.send({ id: m.id, result });
      return;
    }
    if (m.method === 'textDocument/publishDiagnostics') {
      stats.diagnostics++;
      const p = m.params as { uri: string; version?: number | null };
      const v = p.version ?? null;
      if (v !== null && !sentVersions.get(p.uri)?.has(v)) violate(`diagnostics of ${p.uri} for version ${v}, which was never sent`);
      lastDiagnostics.set(p.uri, v);
      return;
    }
    if (m.method === 'window/logMessage') {
      const text = (m.params as { message: string }).message;
      // The guard logs a handler that threw as "<name> failed: <stack>".
      if (/^\S+ failed: /.test(text) && failures.length < 20) failures.push(text.slice(0, 600));
      return;
    }
    if (m.id === undefined || m.method !== undefined) return;
    const p = wire.pending.get(m.id);
    if (!p) return;
    wire.pending.delete(m.id);
    if (m.id === 0) return;
    stats.answered++;
    const ms = performance.now() - p.sent;
    if (!latency.has(p.method)) latency.set(p.method, []);
    latency.get(p.method)!.push(ms);
    if (m.error) {
      if (m.error.code === -32800) {
        if (p.cancelled) stats.cancelsHonoured++;
        else violate(`${p.method} answered RequestCancelled without being cancelled`);
      } else {
        const key = `${p.method} ${m.error.code}`;
        errors.set(key, (errors.get(key) ?? 0) + 1);
        // InvalidParams for garbage, RequestFailed for a refused rename, MethodNotFound for unknown methods are proper answers.
        if (![-32602, -32803, -32601].includes(m.error.code)) violate(`${p.method}: error ${m.error.code} ${m.error.message.slice(0, 200)}`);
      }
    }
  };

  // Initialize.
  const rootUri = URI.file(dir).toString();
  wire.pending.set(0, { method: 'initialize', sent: performance.now(), cancelled: false });
  const initAnswer = new Promise<void>((resolve) => {
    const t = setInterval(() => {
      if (!wire.pending.has(0) || exited) {
        clearInterval(t);
        resolve();
      }
    }, 20);
  });
  wire.send({
    id: 0, method: 'initialize', params: {
      processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: 'ws' }],
      capabilities: {
        window: { workDoneProgress: true },
        workspace: { configuration: true, workspaceFolders: true, applyEdit: true },
        textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true }, definition: { linkSupport: true }, completion: { completionItem: { snippetSupport: true } } },
      },
    },
  });
  await initAnswer;
  wire.notify('initialized', {});
  initialized = true;

  const uris: string[] = [];
  const open = (name: string, text: string) => {
    const uri = URI.file(path.join(dir, name)).toString();
    docs.set(uri, TextDocument.create(uri, 'markdown', 1, text));
    // Every version ever sent stays valid: diagnostics of a version sent before a close may still be on their way.
    if (!sentVersions.has(uri)) sentVersions.set(uri, new Set());
    sentVersions.get(uri)!.add(1);
    wire.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    if (!uris.includes(uri)) uris.push(uri);
  };
  for (const f of files) open(f.name, f.text);

  // RSS of the server, sampled every second.
  const rssOf = () => {
    try {
      return Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${proc.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
    } catch {
      return 0;
    }
  };
  const rss = { start: rssOf(), peak: 0, end: 0 };
  const sampler = setInterval(() => {
    const r = rssOf();
    rss.peak = Math.max(rss.peak, r);
    if (r > RSS_MB) violate(`RSS ${r.toFixed(0)} MB over the bound of ${RSS_MB} MB`);
  }, 1000);

  const fragments = files.map((f) => f.text);
  const chinese = () => {
    const t = pick(fragments);
    const at = int(Math.max(1, t.length - 200));
    return t.slice(at, at + 1 + int(200));
  };
  const junk = () => Array.from({ length: 1 + int(64) }, () => String.fromCharCode(int(rand() < 0.5 ? 0x20 : 0xffff))).join('');
  const insertion = (): string => {
    const r = rand();
    if (r < 0.45) return chinese();
    if (r < 0.55) return pick(['\r\n', '\r', '\n', '\r\r\n', '\n\r', '## 第十二条\r\n', '\r\n第三条\r']);
    if (r < 0.65) return junk();
    if (r < 0.68) return '第'.repeat(20_000 + int(80_000)); // a huge line
    if (r < 0.8) return pick(['本协定第', '《', '第三条第二款', '（以下简称“双方”）', '## 第', '一、', '(一)', '本协定于2001年6月15日在北京签署，一式两份。']);
    return String.fromCharCode(0xd800 + int(0x800)); // half a surrogate pair
  };

  const edit = () => {
    const uri = pick(uris);
    const doc = docs.get(uri);
    if (!doc) return;
    const n = doc.getText().length;
    const a = int(n + 1);
    const b = Math.min(n, a + (rand() < 0.5 ? 0 : int(400)));
    const text = rand() < 0.3 && b > a ? '' : insertion();
    let version = doc.version + 1;
    // Now and then a version out of order (lower than the last one sent): applied all the same.
    if (rand() < 0.03) {
      version = Math.max(0, doc.version - 1 - int(3));
      stats.outOfOrder++;
    }
    const change = rand() < 0.05 ? { text: doc.getText().slice(0, a) + text + doc.getText().slice(b) } : { range: { start: doc.positionAt(a), end: doc.positionAt(b) }, text };
    docs.set(uri, TextDocument.update(doc, [change], version));
    sentVersions.get(uri)!.add(version);
    wire.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    stats.edits++;
  };

  const position = (doc: TextDocument) => {
    if (rand() < 0.05) return { line: int(1e6), character: int(1e4) }; // past the end
    return doc.positionAt(int(doc.getText().length + 1));
  };

  const request = () => {
    const method = pick(REQUESTS);
    const uri = pick(uris);
    const doc = docs.get(uri)!;
    const td = { uri: rand() < 0.05 ? `file:///nowhere/${int(100)}.md` : uri };
    const pos = position(doc);
    const range = { start: pos, end: position(doc) };
    const params: Record<string, unknown> = { textDocument: td, position: pos };
    switch (method) {
      case 'textDocument/references': params.context = { includeDeclaration: rand() < 0.5 }; break;
      case 'workspace/symbol': params.query = pick(['', '第三条', '12', '协定', '第 十 二 条', '宪章第102条', chinese().slice(0, 6)]); break;
      case 'textDocument/codeAction': params.range = range; params.context = { diagnostics: [] }; break;
      case 'textDocument/rename': params.newName = pick(['第九十九条', '20', '二十', 'x', '第一条']); break;
      case 'textDocument/inlayHint': params.range = { start: { line: 0, character: 0 }, end: { line: 200, character: 0 } }; break;
      case 'textDocument/selectionRange': params.positions = [pos, position(doc)]; break;
      case 'completionItem/resolve': Object.assign(params, { label: '第一条', data: { k: pick(['article', 'title']), uri, num: 1, name: '第一条' } }); break;
      case 'workspace/executeCommand': Object.assign(params, { command: pick(['treaty.server.citedBy', 'treaty.server.renumberArticles', 'treaty.server.insertArticle', 'treaty.server.templates']), arguments: [uri, pos] }); break;
      case 'treaty/summary': params.uri = uri; break;
    }
    const id = wire.request(method, params);
    stats.requests++;
    if (rand() < 0.25) {
      setTimeout(() => {
        const p = wire.pending.get(id);
        if (!p) return;
        p.cancelled = true;
        stats.cancels++;
        wire.notify('$/cancelRequest', { id });
      }, int(40));
    }
  };

  const malformed = () => {
    stats.malformed++;
    const r = int(9);
    if (r === 0) wire.raw('{"jsonrpc":"2.0","id":');
    else if (r === 1) wire.raw('[1,2,3]');
    else if (r === 2) wire.raw('"just a string"');
    else if (r === 3) wire.send({ id: 1_000_000 + int(1000), method: 'no/such/method', params: {} });
    else if (r === 4) wire.send({ method: 'textDocument/didChange', params: { textDocument: { uri: pick(uris) }, contentChanges: 'x' } });
    else if (r === 5) wire.raw(JSON.stringify({ jsonrpc: '1.0', id: 'x', method: 'textDocument/hover' }));
    else if (r === 6) wire.send({ id: 2_000_000 + int(1000), result: { unexpected: true } }); // a response to nothing
    else if (r === 7) wire.send({ method: '$/cancelRequest', params: { id: 'never-sent' } });
    else wire.send({ method: 'textDocument/didOpen', params: { textDocument: { uri: 42, text: null } } });
  };

  const closeUnknown = () => {
    stats.unknownCloses++;
    wire.notify('textDocument/didClose', { textDocument: { uri: `file:///unknown/${int(1000)}.md` } });
  };

  const reopen = () => {
    // Close a real document and open it again with its disk text.
    const f = pick(files);
    const uri = URI.file(path.join(dir, f.name)).toString();
    wire.notify('textDocument/didClose', { textDocument: { uri } });
    docs.delete(uri);
    open(f.name, f.text);
  };

  // The run.
  const started = Date.now();
  const until = started + SECONDS * 1000;
  while (Date.now() < until && !exited) {
    // Every request answered within the deadline.
    const now = performance.now();
    for (const [id, p] of wire.pending) if (now - p.sent > DEADLINE_MS) {
      violate(`${p.method} (#${id}) unanswered after ${DEADLINE_MS} ms`);
      wire.pending.delete(id);
    }
    const r = rand();
    if (r < 0.45) edit();
    else if (r < 0.9) {
      if (wire.pending.size < IN_FLIGHT) request();
    } else if (r < 0.95) malformed();
    else if (r < 0.98) closeUnknown();
    else reopen();
    await new Promise((res) => setTimeout(res, int(rand() < 0.1 ? 300 : 15)));
  }

  // Quiet: every request answered, and the last diagnostics of every open document are of its last version.
  const quietUntil = performance.now() + DEADLINE_MS;
  while ([...wire.pending.keys()].some((k) => k !== 0) && performance.now() < quietUntil && !exited) await new Promise((res) => setTimeout(res, 50));
  for (const [id, p] of wire.pending) if (id !== 0) violate(`${p.method} (#${id}) unanswered at the end`);
  const settle = performance.now() + Math.min(DEADLINE_MS, 15_000);
  const stale = () => [...docs.values()].filter((d) => lastDiagnostics.get(d.uri) !== d.version);
  while (stale().length > 0 && performance.now() < settle && !exited) await new Promise((res) => setTimeout(res, 100));
  for (const d of stale().slice(0, 5)) violate(`the last diagnostics of ${d.uri} are for version ${lastDiagnostics.get(d.uri)}, not ${d.version}`);
  for (const f of failures) violate(`a handler failed: ${f}`);
  clearInterval(sampler);
  rss.end = rssOf();
  stopping = true;
  wire.send({ id: 999_999_999, method: 'shutdown' });
  await new Promise((res) => setTimeout(res, 300));
  wire.notify('exit', undefined);
  await new Promise((res) => setTimeout(res, 300));
  if (!exited) proc.kill('SIGKILL');
  fs.rmSync(dir, { recursive: true, force: true });

  // The summary.
  const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
  console.log(`reliability: seed ${SEED}, ${SECONDS} s, ${files.length} documents (seeds and real corpus) open${initialized ? '' : ' (initialize failed)'}`);
  console.log(`  requests ${stats.requests} (answered ${stats.answered}), edits ${stats.edits} (out-of-order versions ${stats.outOfOrder}), malformed messages ${stats.malformed}, didClose of unknown documents ${stats.unknownCloses}, diagnostics received ${stats.diagnostics}`);
  console.log(`  cancels sent ${stats.cancels}, honoured (RequestCancelled) ${stats.cancelsHonoured}`);
  console.log(`  RSS start ${rss.start.toFixed(0)} MB, peak ${rss.peak.toFixed(0)} MB, end ${rss.end.toFixed(0)} MB (bound ${RSS_MB} MB)`);
  console.log(`  ${'method'.padEnd(32)} ${'count'.padStart(6)} ${'p50 ms'.padStart(9)} ${'p99 ms'.padStart(9)}`);
  for (const [m, xs] of [...latency].sort()) console.log(`  ${m.padEnd(32)} ${String(xs.length).padStart(6)} ${q(xs, 50).toFixed(1).padStart(9)} ${q(xs, 99).toFixed(1).padStart(9)}`);
  if (errors.size) console.log(`  errors answered: ${[...errors].map(([k, n]) => `${k} ×${n}`).join(', ')}`);
  if (violations.length) {
    console.log(`VIOLATIONS (${violations.length}); replay with --seed ${SEED}:`);
    for (const v of violations) console.log(`  - ${v}`);
    return 1;
  }
  console.log('no violation');
  return 0;
}

void main().then((code) => process.exit(code), (e) => {
  console.error(e);
  process.exit(2);
});
