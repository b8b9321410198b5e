// A document closed goes back to its file's text as last read; the file is read again at the close only when no
// file event could report the editor's save (docs/editors.md, session 63): the client's watchers registered and
// matching it, or the server's own watches of its folder, report it — no read; a `.MD` the registered glob does not
// match, or a file in a folder the client's watchers leave out (VS Code's files.watcherExclude) — read. A file
// outside every workspace folder is never read: closed, it leaves the index.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { URI } from 'vscode-uri';
import { startServer } from '../support/lsp';

type Client = Awaited<ReturnType<typeof startServer>>;

// A draft citing an instrument by its title, and that instrument; retitled, the citation no longer resolves.
const CITING = '# 测试协定\n\n双方达成协议如下：\n\n## 第一条\n\n依照《乙国和丙国合作协定》第二条。\n';
const CITED = '# 乙国和丙国合作协定\n\n## 第一条\n\n甲。\n\n## 第二条\n\n乙。\n';
const RETITLED = CITED.replace('乙国和丙国', '丁国和戊国');

async function indexed(client: Client): Promise<void> {
  const end = Date.now() + 20000;
  while (!client.logs.some((l) => /^indexed/.test(l)) && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
}

async function codesUntil(client: Client, uri: string, expected: string[], ms = 10000): Promise<string[] | undefined> {
  const end = Date.now() + ms;
  const codes = () => client.diagnostics.get(uri)?.diagnostics.map((d) => String(d.code));
  while (Date.now() < end && JSON.stringify(codes()) !== JSON.stringify(expected)) await new Promise((r) => setTimeout(r, 50));
  return codes();
}

/** A server on `dir` asked for a trace; `reads` collects its "read … again on close" lines. */
async function traced(dir: string, options: Parameters<typeof startServer>[0] = {}): Promise<{ client: Client; reads: string[] }> {
  const client = await startServer({ rootUri: URI.file(dir).toString(), ...options, initialize: { trace: 'verbose', ...options.initialize } });
  const reads: string[] = [];
  client.connection.onNotification('$/logTrace', (p: { message: string }) => void (/again on close/.test(p.message) && reads.push(p.message)));
  await indexed(client);
  return { client, reads };
}

/** The instrument at `file` opened, retitled, saved (written as the editor writes it) and closed, with no file event sent. */
async function saveAndClose(client: Client, file: string): Promise<void> {
  const uri = URI.file(file).toString();
  await client.open(uri, CITED);
  await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: RETITLED }] });
  fs.writeFileSync(file, RETITLED);
  await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
  await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
}

test('a client whose registered watchers match the file: closing it reads nothing — the save\'s file event does', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'treaty-close-'));
  fs.writeFileSync(path.join(dir, 'cited.md'), CITED);
  const { client, reads } = await traced(dir);
  try {
    const draft = URI.file(path.join(dir, 'draft.md')).toString();
    await client.open(draft, CITING);
    assert.deepEqual(await codesUntil(client, draft, []), []);
    await saveAndClose(client, path.join(dir, 'cited.md'));
    await new Promise((r) => setTimeout(r, 1000));
    // Not read at the close: the index holds the file as last read (the scan's), the citation resolves.
    assert.deepEqual(reads, []);
    assert.deepEqual(await codesUntil(client, draft, [], 100), []);
    // The save's event, as the client's watcher sends it (VS Code's after its own save): read, the citation gone.
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: URI.file(path.join(dir, 'cited.md')).toString(), type: 2 }] });
    assert.deepEqual(await codesUntil(client, draft, ['ref.citation-not-found']), ['ref.citation-not-found']);
    assert.deepEqual(reads, []);
  } finally {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a file no event of the client\'s watchers reports — a .MD its glob does not match, a folder VS Code\'s files.watcherExclude leaves out: read again on close, the saved text', async () => {
  for (const file of ['CITED.MD', 'archive/cited.md']) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'treaty-close-'));
    fs.mkdirSync(path.join(dir, 'archive'));
    fs.writeFileSync(path.join(dir, file), CITED);
    const { client, reads } = await traced(dir, { configuration: { 'files.watcherExclude': { '**/archive/**': true, '**/drafts/**': false } } });
    try {
      const draft = URI.file(path.join(dir, 'draft.md')).toString();
      await client.open(draft, CITING);
      assert.deepEqual(await codesUntil(client, draft, []), [], file);
      await saveAndClose(client, path.join(dir, file));
      assert.deepEqual(await codesUntil(client, draft, ['ref.citation-not-found']), ['ref.citation-not-found'], `${file}: closed after its save, the saved text`);
      assert.equal(reads.length, 1, `${file}: ${reads.join('\n')}`);
      assert.match(reads[0], new RegExp(path.basename(file).replace('.', '\\.')));
    } finally {
      await client.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
});

test('a client that sends no file events: the server\'s own watches report the save, and the close reads nothing', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'treaty-close-'));
  fs.writeFileSync(path.join(dir, 'cited.md'), CITED);
  const { client, reads } = await traced(dir, { minimal: true });
  try {
    assert.ok(client.logs.some((l) => /the server watches the workspace folders/.test(l)), client.logs.join('\n'));
    const draft = URI.file(path.join(dir, 'draft.md')).toString();
    await client.open(draft, CITING);
    assert.deepEqual(await codesUntil(client, draft, []), []);
    await saveAndClose(client, path.join(dir, 'cited.md'));
    assert.deepEqual(await codesUntil(client, draft, ['ref.citation-not-found']), ['ref.citation-not-found'], 'the saved text, by the server\'s watch');
    await new Promise((r) => setTimeout(r, 500));
    assert.deepEqual(reads, []);
  } finally {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a file outside every workspace folder: never read — while open its title resolves a draft\'s citation; closed, it leaves the index and the citation no longer resolves', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'treaty-close-'));
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'treaty-outside-'));
  fs.writeFileSync(path.join(outside, 'cited.md'), CITED);
  // Watchers registered, and a client without them (the server's watches): the same either way.
  for (const minimal of [false, true]) {
    const { client, reads } = await traced(dir, { minimal });
    try {
      const draft = URI.file(path.join(dir, 'draft.md')).toString();
      await client.open(draft, CITING);
      assert.deepEqual(await codesUntil(client, draft, ['ref.citation-not-found']), ['ref.citation-not-found'], 'the scan reads nothing outside the folder');
      const cited = URI.file(path.join(outside, 'cited.md')).toString();
      await client.open(cited, CITED);
      assert.deepEqual(await codesUntil(client, draft, []), [], 'open, it is cited');
      await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: cited } });
      assert.deepEqual(await codesUntil(client, draft, ['ref.citation-not-found']), ['ref.citation-not-found'], 'closed, it is gone (not read from disk)');
      await new Promise((r) => setTimeout(r, 500));
      assert.deepEqual(await codesUntil(client, draft, ['ref.citation-not-found'], 100), ['ref.citation-not-found']);
      assert.deepEqual(reads, []);
    } finally {
      await client.stop();
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(outside, { recursive: true, force: true });
});
