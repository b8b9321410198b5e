// The protocol surface's leftovers (docs/editors.md, session 62): a client that pulls diagnostics after every
// keystroke; a client that gets no file events (it refuses the watchers' registration, or cannot take it); and
// what an independent reviewer checks again: positions after a character outside the BMP, rename and close.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { URI } from 'vscode-uri';
import { ResponseError } from 'vscode-languageserver-protocol/node';
import { startServer } from '../support/lsp';
import { ROOT } from '../support/fixture';

/** A client that pulls diagnostics and declares their refresh (coc.nvim, LSP4IJ, monaco-languageclient), asking for a trace. */
const PULLING = { textDocument: { diagnostic: { dynamicRegistration: false } }, workspace: { diagnostics: { refreshSupport: true } } };

// Version k of a draft: its one paragraph k characters long; the last cites 第九条, which it lacks.
const typed = (k: number) => `# 测试协定\n\n双方达成协议如下：\n\n## 第一条\n\n${'甲'.repeat(k)}。\n`;

test('a client that pulls after each of 50 quick changes: the checks wait for the pause in typing (a few, not 50); a pull whose document changed meanwhile is answered ServerCancelled with retriggerRequest: true; the last pull, the last version\'s diagnostics', async () => {
  const client = await startServer({ initialize: { capabilities: PULLING, trace: 'verbose' } });
  const checks: string[] = [];
  client.connection.onNotification('$/logTrace', (p: { message: string }) => void (/^checked /.test(p.message) && checks.push(p.message)));
  try {
    const uri = 'file:///drafts/typed.md';
    await client.open(uri, typed(0));
    const first = (await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { kind: string; items: { code: string }[] };
    assert.deepEqual(first.items, []);
    assert.equal(checks.length, 1, checks.join('\n'));
    const pulls: Promise<unknown>[] = [];
    for (let k = 1; k <= 50; k++) {
      const text = k === 50 ? typed(k).replace('。', '，依照第九条。') : typed(k);
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: k + 1 }, contentChanges: [{ text }] });
      pulls.push(client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }).catch((e: unknown) => e));
      await new Promise((r) => setTimeout(r, 5));
    }
    const answers = await Promise.all(pulls);
    const last = answers.pop() as { kind: string; items: { code: string }[] };
    assert.equal(last.kind, 'full');
    assert.deepEqual(last.items.map((d) => d.code), ['ref.no-such-article']);
    for (const a of answers) {
      // Superseded: the client is told to pull again (LSP 3.17 DiagnosticServerCancellationData).
      if (a instanceof ResponseError) assert.deepEqual([a.code, a.data], [-32802, { retriggerRequest: true }]);
      else assert.equal((a as { kind: string }).kind, 'full');
    }
    // The checks run after a pause in typing (200 ms): a few at most however slow the machine, never one per pull.
    assert.ok(checks.length - 1 <= 5, `${checks.length - 1} checks for 50 pulls:\n${checks.join('\n')}`);
    assert.match(checks[checks.length - 1], /\(version 51\): 1 diagnostics/);
  } finally {
    await client.stop();
  }
});

// A draft citing an instrument by its title, and that instrument as a file on disk.
const CITING = '# 测试协定\n\n双方达成协议如下：\n\n## 第一条\n\n依照《乙国和丙国合作协定》第二条。\n';
const CITED = '# 乙国和丙国合作协定\n\n## 第一条\n\n甲。\n\n## 第二条\n\n乙。\n';

test('a client that does not pull again on ServerCancelled (LSP4IJ): a first pull superseded by a change elsewhere is followed, once the checks due end, by workspace/diagnostic/refresh; the pull after it, the diagnostics', async () => {
  const client = await startServer({ initialize: { capabilities: PULLING } });
  try {
    const draft = 'file:///drafts/draft.md';
    const cited = 'file:///drafts/cited.md';
    await client.open(cited, CITED);
    await client.open(draft, CITING);
    // The draft's checks due (a change), its first pull waiting for them, and the instrument it cites retitled meanwhile.
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: draft, version: 2 }, contentChanges: [{ text: CITING }] });
    const first = client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: draft } }).catch((e: unknown) => e);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: cited, version: 2 }, contentChanges: [{ text: CITED.replace('乙国和丙国', '丁国和戊国') }] });
    const answer = await first;
    assert.ok(answer instanceof ResponseError, JSON.stringify(answer));
    assert.deepEqual([answer.code, answer.data], [-32802, { retriggerRequest: true }]);
    // Not pulled again (LSP4IJ's pull has no handler for the error): the server asks for the pull.
    const refreshed = () => client.requests.some((r) => r.method === 'workspace/diagnostic/refresh');
    const end = Date.now() + 10000;
    while (!refreshed() && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
    assert.ok(refreshed(), 'a refresh asked');
    const report = (await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: draft } })) as { items: { code: string }[] };
    assert.deepEqual(report.items.map((d) => d.code), ['ref.citation-not-found']);
  } finally {
    await client.stop();
  }
});

/** The codes of the diagnostics pushed for `uri` once they are `expected` (or the last pushed, after `ms`). */
/** Until the server logs its scan's end (at most 20 s). */
async function indexed(client: Awaited<ReturnType<typeof startServer>>): Promise<void> {
  const end = Date.now() + 20000;
  while (!client.logs.some((l) => /^indexed/.test(l)) && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
}

async function codesUntil(client: Awaited<ReturnType<typeof startServer>>, uri: string, expected: string[], ms = 10000): Promise<string[] | undefined> {
  const end = Date.now() + ms;
  const codes = () => client.diagnostics.get(uri)?.diagnostics.map((d) => String(d.code));
  while (Date.now() < end && JSON.stringify(codes()) !== JSON.stringify(expected)) await new Promise((r) => setTimeout(r, 50));
  return codes();
}

test('a client that sends no file events — it declares no dynamic registration of the watchers, or refuses it: the server watches the folders itself; an instrument written on disk, then its title changed, moves the citing draft\'s diagnostics', async () => {
  for (const refuse of [false, true]) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'treaty-disk-'));
    fs.mkdirSync(path.join(dir, 'instruments'));
    fs.writeFileSync(path.join(dir, 'instruments/other.md'), '# 甲国和乙国协定\n\n## 第一条\n\n甲。\n');
    // Not watched: an excluded folder.
    fs.mkdirSync(path.join(dir, 'node_modules'));
    const client = refuse
      ? await startServer({ rootUri: URI.file(dir).toString(), refuseRegistration: true })
      : await startServer({ rootUri: URI.file(dir).toString(), minimal: true });
    try {
      await indexed(client);
      assert.ok(client.logs.some((l) => /the server watches the workspace folders for changes on disk itself/.test(l)), client.logs.join('\n'));
      const uri = URI.file(path.join(dir, 'draft.md')).toString();
      await client.open(uri, CITING);
      assert.deepEqual(await codesUntil(client, uri, ['ref.citation-not-found']), ['ref.citation-not-found']);
      // Written in an excluded folder: not read.
      fs.writeFileSync(path.join(dir, 'node_modules/cited.md'), CITED);
      await new Promise((r) => setTimeout(r, 700));
      assert.deepEqual(await codesUntil(client, uri, ['ref.citation-not-found'], 100), ['ref.citation-not-found']);
      // The instrument written in a folder of the workspace (as a checkout writes it): the citation resolves.
      fs.writeFileSync(path.join(dir, 'instruments/cited.md'), CITED);
      assert.deepEqual(await codesUntil(client, uri, []), [], 'the instrument created on disk is read');
      // Its title changed on disk: the citation no longer resolves.
      fs.writeFileSync(path.join(dir, 'instruments/cited.md'), CITED.replace('乙国和丙国', '丁国和戊国'));
      assert.deepEqual(await codesUntil(client, uri, ['ref.citation-not-found']), ['ref.citation-not-found'], 'the instrument changed on disk is read again');
      // A folder moved in with the instrument in it: read, and watched.
      fs.mkdirSync(path.join(dir, 'incoming'));
      fs.writeFileSync(path.join(dir, 'incoming/cited.md'), CITED);
      fs.renameSync(path.join(dir, 'incoming'), path.join(dir, 'instruments/moved'));
      assert.deepEqual(await codesUntil(client, uri, []), [], 'the folder moved in is read');
      fs.unlinkSync(path.join(dir, 'instruments/moved/cited.md'));
      assert.deepEqual(await codesUntil(client, uri, ['ref.citation-not-found']), ['ref.citation-not-found'], 'the file deleted in the folder moved in is forgotten');
    } finally {
      await client.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
});

/** A Helix session (its `initialize` as given): its watchers registered, the server watching the folders as well, a file written by another program read. */
async function helixWatched(initialize: Record<string, unknown>): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'treaty-disk-'));
  const client = await startServer({ rootUri: URI.file(dir).toString(), initialize });
  try {
    await indexed(client);
    assert.ok(client.requests.some((r) => r.method === 'client/registerCapability'), 'its watchers registered too');
    assert.ok(client.logs.some((l) => /only its own writes \(Helix\): the server watches the workspace folders/.test(l)), client.logs.join('\n'));
    const uri = URI.file(path.join(dir, 'draft.md')).toString();
    await client.open(uri, CITING);
    assert.deepEqual(await codesUntil(client, uri, ['ref.citation-not-found']), ['ref.citation-not-found']);
    fs.writeFileSync(path.join(dir, 'cited.md'), CITED);
    assert.deepEqual(await codesUntil(client, uri, []), [], 'written on disk, read');
  } finally {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test('Helix, whose accepted watchers report only its own writes: the server watches the folders as well; an instrument written by another program resolves the citation', async () => {
  await helixWatched({ clientInfo: { name: 'helix', version: '25.07.1' } });
});

test('Helix without a clientInfo name, told by its capabilities (test/fixtures/clients/helix.json): the server watches the folders as well', async () => {
  const helix = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/clients/helix.json'), 'utf8')) as { capabilities: object };
  await helixWatched({ capabilities: helix.capabilities });
});

test('a client whose watchers are registered: the server does not watch the disk itself', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'treaty-disk-'));
  const client = await startServer({ rootUri: URI.file(dir).toString() });
  try {
    await indexed(client);
    const uri = URI.file(path.join(dir, 'draft.md')).toString();
    await client.open(uri, CITING);
    assert.deepEqual(await codesUntil(client, uri, ['ref.citation-not-found']), ['ref.citation-not-found']);
    fs.writeFileSync(path.join(dir, 'cited.md'), CITED);
    await new Promise((r) => setTimeout(r, 1000));
    // The client's events are the client's: none sent here, so nothing read.
    assert.deepEqual(await codesUntil(client, uri, ['ref.citation-not-found'], 100), ['ref.citation-not-found']);
    assert.ok(!client.logs.some((l) => /watches the workspace folders/.test(l)));
  } finally {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a document edited, saved and closed, its save reported by the client\'s file event: the index holds the file\'s text as saved, not as the scan read it; edited and closed unsaved: the text on disk', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'treaty-close-'));
  fs.writeFileSync(path.join(dir, 'cited.md'), CITED);
  // Watchers registered (the client accepts); the save's event sent as VS Code's watcher sends it (without it, the close
  // reads nothing: closeReads.test.ts).
  const client = await startServer({ rootUri: URI.file(dir).toString() });
  try {
    await indexed(client);
    const draft = URI.file(path.join(dir, 'draft.md')).toString();
    const cited = URI.file(path.join(dir, 'cited.md')).toString();
    await client.open(draft, CITING);
    assert.deepEqual(await codesUntil(client, draft, []), []);
    // Edited (the instrument retitled) and closed unsaved: back to the text on disk, the citation resolves.
    await client.open(cited, CITED);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: cited, version: 2 }, contentChanges: [{ text: CITED.replace('乙国和丙国', '丁国和戊国') }] });
    assert.deepEqual(await codesUntil(client, draft, ['ref.citation-not-found']), ['ref.citation-not-found']);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: cited } });
    assert.deepEqual(await codesUntil(client, draft, []), [], 'closed unsaved: the text on disk');
    // Edited, saved (the file written as the editor writes it) and closed: the saved text, the citation gone.
    await client.open(cited, CITED);
    const saved = CITED.replace('乙国和丙国', '丁国和戊国');
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: cited, version: 2 }, contentChanges: [{ text: saved }] });
    fs.writeFileSync(path.join(dir, 'cited.md'), saved);
    await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri: cited } });
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: cited, type: 2 }] });
    assert.deepEqual(await codesUntil(client, draft, ['ref.citation-not-found']), ['ref.citation-not-found']);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: cited } });
    await new Promise((r) => setTimeout(r, 1000));
    assert.deepEqual(await codesUntil(client, draft, ['ref.citation-not-found']), ['ref.citation-not-found'], 'closed after its save: the saved text');
  } finally {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('an instrument renamed on disk (git mv) under a client that sends no file events: the citation follows it — its definition is the new file, the old one forgotten', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'treaty-rename-'));
  fs.writeFileSync(path.join(dir, 'cited.md'), CITED);
  const client = await startServer({ rootUri: URI.file(dir).toString(), minimal: true });
  try {
    await indexed(client);
    const draft = URI.file(path.join(dir, 'draft.md')).toString();
    await client.open(draft, CITING);
    assert.deepEqual(await codesUntil(client, draft, []), []);
    const line = CITING.split('\n').findIndex((l) => l.includes('第二条'));
    const position = { line, character: CITING.split('\n')[line].indexOf('第二条') + 1 };
    const target = async () => ((await client.connection.sendRequest('textDocument/definition', { textDocument: { uri: draft }, position })) as { uri: string }[] | null)?.map((l) => l.uri);
    assert.deepEqual(await target(), [URI.file(path.join(dir, 'cited.md')).toString()]);
    fs.renameSync(path.join(dir, 'cited.md'), path.join(dir, 'renamed.md'));
    const renamed = [URI.file(path.join(dir, 'renamed.md')).toString()];
    const wait = Date.now() + 10000;
    while (JSON.stringify(await target()) !== JSON.stringify(renamed) && Date.now() < wait) await new Promise((r) => setTimeout(r, 100));
    assert.deepEqual(await target(), renamed);
    assert.deepEqual(await codesUntil(client, draft, []), []);
  } finally {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('pulled diagnostics to a client counting in UTF-8 or UTF-32: the range of 第九条 after 𠀀 in the client\'s units', async () => {
  const text = '# 测试协定\n\n双方达成协议如下：\n\n## 第一条\n\n𠀀甲依照第九条。\n';
  const before = '𠀀甲依照';
  for (const [encoding, start, end] of [['utf-8', Buffer.byteLength(before), Buffer.byteLength(before + '第九条')], ['utf-32', [...before].length, [...before].length + 3]] as const) {
    const client = await startServer({ initialize: { capabilities: { ...PULLING, general: { positionEncodings: [encoding] } } } });
    try {
      assert.equal(client.initialized.capabilities.positionEncoding, encoding);
      const uri = 'file:///drafts/astral.md';
      await client.open(uri, text);
      const report = (await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: { code: string; range: unknown }[] };
      assert.deepEqual(report.items.map((d) => [d.code, d.range]), [['ref.no-such-article', { start: { line: 6, character: start }, end: { line: 6, character: end } }]]);
    } finally {
      await client.stop();
    }
  }
});

test('after shutdown: a file changed on disk, or a document\'s checks due, push nothing', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'treaty-shut-'));
  const client = await startServer({ rootUri: URI.file(dir).toString(), minimal: true });
  try {
    await indexed(client);
    const draft = URI.file(path.join(dir, 'draft.md')).toString();
    await client.open(draft, CITING);
    assert.deepEqual(await codesUntil(client, draft, ['ref.citation-not-found']), ['ref.citation-not-found']);
    // A change (its checks due in 200 ms), then shutdown at once, then the instrument written on disk.
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: draft, version: 2 }, contentChanges: [{ text: CITING.replace('第二条', '第一条') }] });
    await client.connection.sendRequest('shutdown');
    const pushed = client.pushed.length;
    fs.writeFileSync(path.join(dir, 'cited.md'), CITED);
    await new Promise((r) => setTimeout(r, 1000));
    assert.equal(client.pushed.length, pushed, 'nothing pushed after shutdown');
  } finally {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
