// The test client itself (test/support/lsp.ts): a test file that used it must end when its
// server stops, even in the middle of writing a message. A stand-in server answers
// `initialize`, then writes half of a message and goes quiet; the client is stopped; the
// process that used it must exit (it did not: vscode-jsonrpc's partial-message timer re-arms
// every 10 s while a message is half read, and outline.test.ts hung for ever under load).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from '../support/fixture';

const HALF_WRITING_SERVER = `
let buf = '';
process.stdin.on('data', (d) => {
  buf += d;
  const m = /"id":(\\d+),"method":"initialize"/.exec(buf) ?? /"method":"initialize"[^]*?"id":(\\d+)/.exec(buf);
  if (!m || buf.includes('done')) return;
  buf += 'done';
  const reply = JSON.stringify({ jsonrpc: '2.0', id: Number(m[1]), result: { capabilities: {} } });
  process.stdout.write('Content-Length: ' + Buffer.byteLength(reply) + '\\r\\n\\r\\n' + reply);
  process.stdout.write('Content-Length: 1000\\r\\n\\r\\n{"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":');
});
setInterval(() => {}, 1000);
`;

test('a client stopped while its server is half-way through a message lets the process end', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'treaty-client-'));
  try {
    const server = path.join(dir, 'server.js');
    fs.writeFileSync(server, HALF_WRITING_SERVER);
    const user = `
      const { startServer } = require(${JSON.stringify(path.join(ROOT, 'out/test/support/lsp.js'))});
      (async () => {
        const client = await startServer({ rootUri: null });
        await new Promise((r) => setTimeout(r, 300));
        await client.stop();
        console.log('stopped');
      })();`;
    const child = spawn(process.execPath, ['-e', user], { env: { ...process.env, TREATY_SERVER: server }, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    const ended = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), 25000);
      child.on('exit', () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
    if (!ended) child.kill('SIGKILL');
    assert.equal(out.trim(), 'stopped');
    assert.ok(ended, 'the process that used the client did not end within 25 s of stopping it');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
