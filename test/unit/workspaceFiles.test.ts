// What the server reads from the workspace folders (server/src/protocol/files.ts):
// only paths inside them, never through a link out or into an excluded folder;
// only regular files; non-treaties dropped after their first bytes, with nothing
// kept; the text kept for closed treaties bounded. Measured in-process on the
// index: 20 files of 5 MB of logs leave the heap as it was.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as v8 from 'v8';
import * as vm from 'vm';
import { execFileSync, spawnSync } from 'child_process';
import { URI } from 'vscode-uri';
import { WorkspaceIndex } from '../../server/src/index/workspace';
import { DEFAULT_LIMITS, WorkspaceFiles, loadFile, loadFileSync, loadInOrder } from '../../server/src/protocol/files';
import { seeds } from '../support/fixture';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

const seed = seeds().get('000')!;
let dir: string;

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'treaty-files-'));
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

function folder(name: string): string {
  const p = path.join(dir, name);
  fs.mkdirSync(p, { recursive: true });
  return p;
}

const FILES = 20;
const MB = 1024 * 1024;

test(`${FILES} files of 5 MB that are not treaties: only their heads are read, nothing is kept, the heap stays as it was`, async (t) => {
  const ws = folder('logs');
  const line = Buffer.from('2026-11-30 02:19:26 INFO 请求已处理 request handled in 12 ms id=4f1c2a\n');
  const big = Buffer.concat(Array(Math.ceil((5 * MB) / line.length)).fill(line));
  for (let i = 0; i < FILES; i++) fs.writeFileSync(path.join(ws, `server-${i}.log.md`), big);
  fs.writeFileSync(path.join(ws, seed.name), seed.text);
  // A treaty longer than the head is read whole.
  const long = seed.text + '\n' + '双方开展合作。\n\n'.repeat(20000);
  fs.writeFileSync(path.join(ws, 'long.md'), long);

  const index = new WorkspaceIndex();
  const logs: string[] = [];
  const files = new WorkspaceFiles(index, (m) => logs.push(m));
  await files.setRoots([ws]);
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const list = await files.list(ws);
  const outcomes = [];
  for (const f of list) outcomes.push(await files.read(f));
  gc();
  const grown = process.memoryUsage().heapUsed - heapBefore;
  t.diagnostic(`${(FILES * big.length / MB).toFixed(0)} MB of logs: ${(files.bytesRead / MB).toFixed(2)} MB read, heap ${grown >= 0 ? '+' : ''}${(grown / MB).toFixed(1)} MB`);

  assert.equal(list.length, FILES + 2);
  assert.equal(outcomes.filter((o) => o === 'treaty').length, 2);
  assert.deepEqual([...index.all()].map((s) => path.basename(URI.parse(s.uri).fsPath)).sort(), [seed.name, 'long.md'].sort());
  assert.equal(files.takeHeadOnly().length, FILES);
  const treatyBytes = Buffer.byteLength(seed.text) + Buffer.byteLength(long);
  assert.ok(files.bytesRead <= FILES * DEFAULT_LIMITS.headBytes + treatyBytes, `${files.bytesRead} bytes read`);
  // 100 MB of logs went through; what stays is the two treaties' text and infos.
  assert.ok(grown < 12 * MB, `heap grew by ${(grown / MB).toFixed(1)} MB`);
  assert.equal(files.keptCharacters, seed.text.length + long.length);
});

test('the text kept for closed files has a budget; files past it are skipped and logged', async () => {
  const ws = folder('budget');
  for (const n of ['a', 'b', 'c']) fs.writeFileSync(path.join(ws, `${n}.md`), seed.text);
  const logs: string[] = [];
  const index = new WorkspaceIndex();
  const files = new WorkspaceFiles(index, (m) => logs.push(m), { ...DEFAULT_LIMITS, maxKeptChars: Math.floor(seed.text.length * 2.5) });
  await files.setRoots([ws]);
  const outcomes = [];
  for (const f of (await files.list(ws)).sort()) outcomes.push(await files.read(f));
  assert.deepEqual(outcomes, ['treaty', 'treaty', 'skipped']);
  assert.match(logs.join('\n'), /skipped .*c\.md: the index already holds \d+ characters of closed files/);
  // A deleted file gives its share back.
  files.forget(URI.file(path.join(ws, 'a.md')).toString());
  assert.equal(await files.read(path.join(ws, 'c.md')), 'treaty');
});

test('paths outside the workspace folders, links out of them and excluded folders are refused', async () => {
  const ws = folder('ws');
  const outside = folder('outside');
  for (const p of [path.join(outside, 'x.md'), path.join(ws, 'in.md')]) fs.writeFileSync(p, seed.text);
  fs.symlinkSync(path.join(outside, 'x.md'), path.join(ws, 'link.md'));
  fs.symlinkSync(outside, path.join(ws, 'linkdir'));
  for (const sub of ['node_modules/pkg', '.git', '.hidden', 'docs']) {
    fs.mkdirSync(path.join(ws, sub), { recursive: true });
    fs.writeFileSync(path.join(ws, sub, 'y.md'), seed.text);
  }
  const files = new WorkspaceFiles(new WorkspaceIndex(), () => undefined);
  await files.setRoots([ws]);
  assert.equal(await files.refusal(path.join(ws, 'in.md')), undefined);
  assert.equal(await files.refusal(path.join(ws, 'docs/y.md')), undefined);
  assert.equal(await files.refusal(path.join(outside, 'x.md')), 'outside the workspace folders');
  assert.equal(await files.refusal(path.join(ws, '../outside/x.md')), 'outside the workspace folders');
  assert.equal(await files.refusal(path.join(ws, 'link.md')), 'a link out of the workspace folders');
  assert.equal(await files.refusal(path.join(ws, 'linkdir/x.md')), 'a link out of the workspace folders');
  for (const sub of ['node_modules/pkg', '.git', '.hidden']) assert.equal(await files.refusal(path.join(ws, sub, 'y.md')), 'in an excluded folder', sub);
  // The scan follows no link and enters no excluded folder.
  assert.deepEqual((await files.list(ws)).map((f) => path.relative(ws, f)).sort(), ['docs/y.md', 'in.md']);
});

test('a file asked about while the folders are being set waits for them (a file the editor opens at start-up)', async () => {
  const ws = folder('early');
  fs.writeFileSync(path.join(ws, 'in.md'), seed.text);
  const files = new WorkspaceFiles(new WorkspaceIndex(), () => undefined);
  // Not awaited: the server sets the folders at initialize and the editor may open a file at once.
  const setting = files.setRoots([ws]);
  assert.equal(await files.refusal(path.join(ws, 'in.md')), undefined);
  await setting;
  // Set again (folders added), the last setting wins whichever finishes first.
  const other = folder('early-other');
  void files.setRoots([ws]);
  void files.setRoots([other]);
  assert.equal(await files.refusal(path.join(ws, 'in.md')), 'outside the workspace folders');
});

test('the user\'s files.exclude/search.exclude globs: excluded folders are not scanned, excluded paths not read', async () => {
  const ws = folder('globs');
  for (const rel of ['archive/old.md', 'sub/archive/older.md', 'drafts/old/x.md', 'drafts/new/y.md', 'notes.bak.md', 'keep.md']) {
    fs.mkdirSync(path.dirname(path.join(ws, rel)), { recursive: true });
    fs.writeFileSync(path.join(ws, rel), seed.text);
  }
  const files = new WorkspaceFiles(new WorkspaceIndex(), () => undefined);
  await files.setRoots([ws]);
  files.setExcludes(['**/archive', 'drafts/old/**', '**/*.bak.md']);
  assert.deepEqual((await files.list(ws)).map((f) => path.relative(ws, f)).sort(), ['drafts/new/y.md', 'keep.md']);
  for (const rel of ['archive/old.md', 'sub/archive/older.md', 'drafts/old/x.md', 'notes.bak.md']) {
    assert.equal(await files.refusal(path.join(ws, rel)), 'excluded by files.exclude/search.exclude', rel);
  }
  assert.equal(await files.refusal(path.join(ws, 'drafts/new/y.md')), undefined);
  files.setExcludes([]);
  assert.equal((await files.list(ws)).length, 6);
});

test('a file longer than its head is read whole when its first 8 KB read as a treaty, else when its whole head does; dropped when neither', () => {
  const ws = folder('heads');
  const prose = (bytes: number) => '一些文字。\n'.repeat(Math.ceil(bytes / Buffer.byteLength('一些文字。\n')));
  const filler = '双方同意。\n'.repeat(20000);
  // The seed's articles in the first 8 KB; after 12 KB of notes (in the head, not in its first 8 KB); after 70 KB of them (past the head).
  fs.writeFileSync(path.join(ws, 'early.md'), seed.text + '\n' + filler);
  fs.writeFileSync(path.join(ws, 'late.md'), prose(12 * 1024) + '\n' + seed.text + '\n' + filler);
  fs.writeFileSync(path.join(ws, 'past.md'), prose(70 * 1024) + '\n' + seed.text + '\n' + filler);
  const kind = (name: string) => loadFileSync(path.join(ws, name), URI.file(path.join(ws, name)).toString(), DEFAULT_LIMITS).kind;
  assert.deepEqual(['early.md', 'late.md', 'past.md'].map(kind), ['text', 'text', 'head-only']);
});

test('loadFileSync, the blocking read of the scan workers and of small files on the main thread, answers as loadFile: texts, heads alone, folders, FIFOs, sizes over the limit, missing files', async () => {
  const ws = folder('blocking');
  fs.writeFileSync(path.join(ws, 'seed.md'), seed.text);
  fs.writeFileSync(path.join(ws, 'gbk.txt'), Buffer.from([0xb5, 0xda, 0xd2, 0xbb, 0xcc, 0xf5, 0x0a]));
  fs.writeFileSync(path.join(ws, 'notes.md'), '# 笔记\n\n' + '一些文字。\n'.repeat(20000));
  fs.writeFileSync(path.join(ws, 'long.md'), seed.text + '\n' + '双方同意。\n'.repeat(20000));
  fs.writeFileSync(path.join(ws, 'empty.md'), '');
  fs.mkdirSync(path.join(ws, 'folder.md'));
  execFileSync('mkfifo', [path.join(ws, 'pipe.md')]);
  const names = ['seed.md', 'gbk.txt', 'notes.md', 'long.md', 'empty.md', 'folder.md', 'pipe.md', 'missing.md'];
  const small = { ...DEFAULT_LIMITS, maxFileBytes: 100_000 };
  for (const limits of [DEFAULT_LIMITS, small, { ...DEFAULT_LIMITS, headBytes: 7 }]) {
    for (const name of names) {
      const file = path.join(ws, name);
      const uri = URI.file(file).toString();
      const expected = await loadFile(file, uri, limits);
      assert.deepEqual(loadFileSync(file, uri, limits), expected, name);
      // Up to a size: a regular file larger is left to loadFile (nothing read); the rest answered as loadFile does.
      const upTo = loadFileSync(file, uri, limits, 1000);
      if (upTo === undefined) assert.ok(fs.statSync(file).size > 1000 && fs.statSync(file).size <= limits.maxFileBytes && fs.statSync(file).isFile(), name);
      else assert.deepEqual(upTo, expected, name);
    }
  }
  const kinds = (limits: typeof DEFAULT_LIMITS) => ['head-only', 'text', 'skip'].map((k) => names.filter((n) => loadFileSync(path.join(ws, n), 'file:///' + n, limits).kind === k));
  assert.deepEqual(kinds(DEFAULT_LIMITS), [['notes.md'], ['seed.md', 'gbk.txt', 'long.md', 'empty.md'], ['folder.md', 'pipe.md', 'missing.md']]);
  assert.deepEqual(kinds(small), [[], ['seed.md', 'gbk.txt', 'empty.md'], ['notes.md', 'long.md', 'folder.md', 'pipe.md', 'missing.md']]);
  // The scan's order of reads hands out the same, whether a file is read at once or through the thread pool.
  const all = names.map((n) => ({ file: path.join(ws, n), uri: URI.file(path.join(ws, n)).toString() }));
  const seen = async (limits: typeof DEFAULT_LIMITS) => {
    const out = [];
    for await (const r of loadInOrder(all, limits)) out.push(r);
    return out;
  };
  assert.deepEqual(await seen({ ...DEFAULT_LIMITS, blockingBytes: 0 }), await seen(DEFAULT_LIMITS));
  // A FIFO never blocks the blocking read (a child process, so that a regression times out instead of hanging the tests).
  const filesJs = require.resolve('../../server/src/protocol/files');
  const child = spawnSync(process.execPath, ['-e', `const f = require(${JSON.stringify(filesJs)}); console.log(f.loadFileSync(process.argv[1], 'file:///pipe.md', f.DEFAULT_LIMITS).why)`, path.join(ws, 'pipe.md')], { timeout: 10_000, encoding: 'utf8' });
  assert.equal(child.stdout.trim(), 'not a regular file', child.stderr);
});

test('a FIFO or a folder named *.md is not read (and does not block)', async () => {
  const ws = folder('special');
  const fifo = path.join(ws, 'pipe.md');
  execFileSync('mkfifo', [fifo]);
  fs.mkdirSync(path.join(ws, 'folder.md'));
  const logs: string[] = [];
  const files = new WorkspaceFiles(new WorkspaceIndex(), (m) => logs.push(m));
  await files.setRoots([ws]);
  const timeout = new Promise((r) => setTimeout(() => r('blocked'), 3000));
  assert.equal(await Promise.race([files.read(fifo), timeout]), 'skipped');
  assert.equal(await Promise.race([files.read(path.join(ws, 'folder.md')), timeout]), 'skipped');
  assert.match(logs.join('\n'), /pipe\.md: not a regular file/);
  assert.match(logs.join('\n'), /folder\.md: a folder/);
});
