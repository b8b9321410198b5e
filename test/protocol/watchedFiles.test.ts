// What a client's file events can make the server read: one batch of
// `workspace/didChangeWatchedFiles` reports four FIFOs named *.md, a folder
// named *.md, a file outside the workspace, a link out of it, files in
// node_modules and a dot-folder, and one good treaty. Only the good treaty and
// the treaty inside the folder are indexed, the batch is not blocked, and the
// server still exits promptly on shutdown.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execFileSync } from 'child_process';
import { URI } from 'vscode-uri';
import { DidChangeWatchedFilesNotification, FileChangeType, FileEvent, WorkspaceSymbolRequest } from 'vscode-languageserver-protocol/node';
import { Client, startServer } from '../support/lsp';

let parent: string;
let ws: string;
let client: Client;

const treaty = (name: string) => `# 甲乙${name}协定\n\n## 第一条\n\n双方合作。\n`;

before(async () => {
  parent = fs.mkdtempSync(path.join(os.tmpdir(), 'treaty-watch-'));
  ws = path.join(parent, 'ws');
  fs.mkdirSync(ws);
  client = await startServer({ rootUri: URI.file(ws).toString() });
  const until = Date.now() + 20000;
  while (!client.logs.some((l) => /^indexed/.test(l)) && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
});

after(async () => {
  await client.stop();
  fs.rmSync(parent, { recursive: true, force: true });
});

async function found(title: string): Promise<boolean> {
  const symbols = (await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: title })) as { name: string }[];
  return symbols.some((s) => s.name === title);
}

test('one batch of hostile file events: only files inside the workspace are read, FIFOs do not block', async () => {
  const outside = path.join(parent, 'outside');
  fs.mkdirSync(outside);
  fs.writeFileSync(path.join(outside, 'out.md'), treaty('外部'));
  fs.writeFileSync(path.join(outside, 'linked.md'), treaty('链接'));
  fs.symlinkSync(path.join(outside, 'linked.md'), path.join(ws, 'link.md'));
  fs.mkdirSync(path.join(ws, 'node_modules/pkg'), { recursive: true });
  fs.writeFileSync(path.join(ws, 'node_modules/pkg/nm.md'), treaty('依赖'));
  fs.mkdirSync(path.join(ws, '.hidden'));
  fs.writeFileSync(path.join(ws, '.hidden/h.md'), treaty('隐藏'));
  const pipes = [1, 2, 3, 4].map((i) => path.join(ws, `pipe${i}.md`));
  for (const p of pipes) execFileSync('mkfifo', [p]);
  fs.mkdirSync(path.join(ws, 'folder.md'));
  fs.writeFileSync(path.join(ws, 'folder.md/inner.md'), treaty('目录'));
  fs.writeFileSync(path.join(ws, 'good.md'), treaty('正常'));

  const created = (p: string): FileEvent => ({ uri: URI.file(p).toString(), type: FileChangeType.Created });
  await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
    changes: [...pipes, path.join(ws, 'folder.md'), path.join(outside, 'out.md'), path.join(ws, 'link.md'), path.join(ws, 'node_modules/pkg/nm.md'), path.join(ws, '.hidden/h.md'), path.join(ws, 'good.md')].map(created),
  });

  const until = Date.now() + 8000;
  while (!(await found('甲乙正常协定')) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
  assert.ok(await found('甲乙正常协定'), 'the good treaty after the FIFOs is indexed');
  assert.ok(await found('甲乙目录协定'), 'a folder named *.md: what it holds is indexed');
  for (const t of ['外部', '链接', '依赖', '隐藏']) assert.equal(await found(`甲乙${t}协定`), false, t);
  const log = client.logs.join('\n');
  assert.equal(log.match(/pipe\d\.md: not a regular file/g)?.length, 4, log);
  assert.match(log, /out\.md: outside the workspace folders/);
  assert.match(log, /link\.md: a link out of the workspace folders/);
  assert.match(log, /nm\.md: in an excluded folder/);
  assert.match(log, /h\.md: in an excluded folder/);
});

test('files.exclude and search.exclude from the client\'s settings: the scan and file events skip what they name', async () => {
  const root = path.join(parent, 'globs');
  fs.mkdirSync(path.join(root, 'archive'), { recursive: true });
  fs.writeFileSync(path.join(root, 'archive/a.md'), treaty('归档'));
  fs.writeFileSync(path.join(root, 'keep.md'), treaty('保留'));
  const other = await startServer({ rootUri: URI.file(root).toString(), configuration: { 'files.exclude': { '**/archive': true, '**/*.tmp.md': false }, 'search.exclude': { '**/*.bak.md': true } } });
  try {
    const until = Date.now() + 20000;
    while (!other.logs.some((l) => /^indexed/.test(l)) && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    assert.match(other.logs.find((l) => /^indexed/.test(l))!, /^indexed 1 treaties of 1 files/);
    fs.writeFileSync(path.join(root, 'x.bak.md'), treaty('备份'));
    fs.writeFileSync(path.join(root, 'y.tmp.md'), treaty('临时'));
    await other.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: ['x.bak.md', 'y.tmp.md'].map((f): FileEvent => ({ uri: URI.file(path.join(root, f)).toString(), type: FileChangeType.Created })) });
    const has = async (t: string) => ((await other.connection.sendRequest(WorkspaceSymbolRequest.type, { query: t })) as { name: string }[]).some((s) => s.name === t);
    const wait = Date.now() + 5000;
    while (!(await has('甲乙临时协定')) && Date.now() < wait) await new Promise((r) => setTimeout(r, 100));
    assert.ok(await has('甲乙临时协定'), 'a glob set to false excludes nothing');
    assert.equal(await has('甲乙备份协定'), false);
    assert.equal(await has('甲乙归档协定'), false);
    assert.match(other.logs.join('\n'), /x\.bak\.md: excluded by files\.exclude\/search\.exclude/);
  } finally {
    await other.stop();
  }
});

test('after the FIFOs, the server still exits on shutdown', async () => {
  const started = Date.now();
  await client.stop();
  assert.notEqual(client.process.signalCode, 'SIGKILL', 'exited by itself, not killed');
  assert.ok(Date.now() - started < 2000, `${Date.now() - started} ms`);
});
