// The workspace scan on both cores: files read and analysed in a worker thread
// and on the main thread, batch by batch (protocol/scanPool.ts, scanWorker.ts),
// fill the index exactly as reading them on the main thread alone does — the same
// documents, texts, titles and `TreatyInfo`s, the same files dropped after their
// head or skipped — and no model is kept for them (the index takes the analysis:
// `setAnalysed`); a worker's texts come as buffers of UTF-16 code units.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { WorkspaceIndex, analyse } from '../../server/src/index/workspace';
import { infoOf } from '../../server/src/model/info';
import { buildTreaty } from '../../server/src/model/treaty';
import { DEFAULT_LIMITS, WorkspaceFiles, loadFile, loadInOrder, utf16Of } from '../../server/src/protocol/files';
import { ScanPool, workerScript } from '../../server/src/protocol/scanPool';
import { scannedFile } from '../../server/src/protocol/scanWorker';
import { decodeBytes } from '../../server/src/protocol/decode';
import { spawnSync } from 'child_process';
import { ROOT } from '../support/fixture';

let dir: string;

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'treaty-scan-'));
  for (const sub of ['seeds', 'drafts', 'real']) {
    fs.mkdirSync(path.join(dir, sub));
    for (const f of fs.readdirSync(path.join(ROOT, 'test/fixtures', sub))) {
      if (/\.(md|txt|markdown)$/.test(f)) fs.copyFileSync(path.join(ROOT, 'test/fixtures', sub, f), path.join(dir, sub, f));
    }
  }
  // Not treaties, skipped, or dropped after their first bytes.
  fs.writeFileSync(path.join(dir, 'notes.md'), '# 会议记录\n\n讨论了第十二条。\n');
  fs.writeFileSync(path.join(dir, 'image.md'), Buffer.from([0, 1, 2, 3, 0, 255, 0]));
  fs.writeFileSync(path.join(dir, 'long-notes.md'), '# 笔记\n\n' + '一些文字。\n'.repeat(20000));
  fs.mkdirSync(path.join(dir, 'folder.md'));
});

after(() => fs.rmSync(dir, { recursive: true, force: true }));

async function scan(pool: ScanPool | undefined) {
  const index = new WorkspaceIndex();
  const calls = { set: 0, setAnalysed: 0 };
  const set = index.set.bind(index);
  const setAnalysed = index.setAnalysed.bind(index);
  index.set = (...a: Parameters<typeof set>) => (calls.set++, set(...a));
  index.setAnalysed = (...a: Parameters<typeof setAnalysed>) => (calls.setAnalysed++, setAnalysed(...a));
  const logs: string[] = [];
  const files = new WorkspaceFiles(index, (m) => logs.push(m));
  await files.setRoots([dir]);
  const list = await files.list(dir);
  const treaties = await files.readAll(list, pool);
  const docs = [...index.all()].sort((a, b) => a.uri.localeCompare(b.uri)).map((s) => ({
    uri: s.uri, text: s.text, titleKey: s.titleKey, info: s.info, served: index.isServed(s), model: s.hasModel,
  }));
  return { treaties, docs, calls, headOnly: files.takeHeadOnly().sort(), bytes: files.bytesRead, kept: files.keptCharacters, logs: logs.sort(), listed: list.length };
}

test('the scan worker is built beside the pool', () => {
  assert.ok(workerScript(), 'scanWorker.js next to scanPool.js');
});

test('a worker and the main thread fill the index as the main thread alone does, keeping no model', async () => {
  const single = await scan(undefined);
  const workers = await scan(new ScanPool(2));
  assert.ok(single.treaties > 50, `${single.treaties} treaties`);
  assert.deepEqual(workers.docs, single.docs);
  assert.equal(workers.treaties, single.treaties);
  assert.deepEqual(workers.headOnly, single.headOnly);
  assert.equal(workers.bytes, single.bytes);
  assert.equal(workers.kept, single.kept);
  assert.deepEqual(workers.logs, single.logs);
  // Every treaty came analysed (by the worker or by the main thread's share); none was set (and parsed again) here.
  assert.deepEqual(workers.calls, { set: 0, setAnalysed: single.docs.length });
  assert.ok(workers.docs.every((d) => !d.model));
});

test('a worker\'s text, handed over as UTF-16 code units, reads back as the same string: lone surrogates, ASCII, nothing', () => {
  for (const text of ['', 'abc\r\n', '第一条　双方\ud800合作\udc00。\u{20000}\n', '\ufeffx\u0000y']) {
    const utf16 = utf16Of(text);
    assert.equal(utf16.byteLength, text.length * 2);
    assert.equal(Buffer.from(utf16).toString('utf16le'), text);
  }
});

test('a worker hands over the decoder\'s own buffer of a UTF-8 text, the text written into one otherwise: each reads back as the text the main thread reads', () => {
  const texts: [string, Buffer, boolean][] = [
    ['第一条　双方合作。\n', Buffer.from('第一条　双方合作。\n'), true],
    ['Article 1\n', Buffer.from('Article 1\n'), false],
    ['第一条　双方合作。\n', Buffer.from([0xb5, 0xda, 0xd2, 0xbb, 0xcc, 0xf5, 0xa1, 0xa1, 0xcb, 0xab, 0xb7, 0xbd, 0xba, 0xcf, 0xd7, 0xf7, 0xa1, 0xa3, 0x0a]), false],
    ['第一条\n', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('第一条\n')]), false],
  ];
  const file = path.join(dir, 'units.treaty.md');
  for (const [text, bytes, own] of texts) {
    assert.equal(decodeBytes(bytes).text, text);
    const decoded = decodeBytes(bytes, false, true);
    assert.equal(decoded.utf16 !== undefined, own, text);
    if (decoded.utf16) assert.equal(Buffer.from(decoded.utf16).toString('utf16le'), text);
    fs.writeFileSync(file, bytes);
    const { loaded, utf16 } = scannedFile(file, 'file:///units.treaty.md', DEFAULT_LIMITS);
    assert.ok(loaded.kind === 'analysed' && loaded.utf16 === utf16 && utf16 !== undefined);
    assert.equal(Buffer.from(utf16).toString('utf16le'), text);
    // The one buffer, handed over whole: no other view of it is left behind in the worker.
    assert.equal(utf16.byteLength, text.length * 2);
  }
  fs.rmSync(file);
});

test('a worker\'s texts are made strings on the main thread only when read', async () => {
  const index = new WorkspaceIndex();
  let readers = 0;
  const setAnalysed = index.setAnalysed.bind(index);
  index.setAnalysed = (...a: Parameters<typeof setAnalysed>) => (typeof a[1] === 'function' && readers++, setAnalysed(...a));
  const files = new WorkspaceFiles(index, () => undefined);
  await files.setRoots([dir]);
  // The seeds first: the worker's first batch (`FIRST`, 4 files), taken before the main thread takes one, is four treaties.
  const list = (await files.list(dir)).sort((a, b) => Number(!a.includes(`${path.sep}seeds${path.sep}`)) - Number(!b.includes(`${path.sep}seeds${path.sep}`)));
  await files.readAll(list, new ScanPool(2));
  const snapshots = [...index.all()];
  assert.ok(list.length > 32 && readers >= 4, `${readers} of ${snapshots.length} texts from the worker`);
  // Read back as loadFile reads the file, and counted at its length against the budget of kept text.
  let kept = 0;
  for (const s of snapshots) {
    const text = decodeBytes(fs.readFileSync(new URL(s.uri))).text;
    assert.equal(s.text, text);
    kept += text.length;
  }
  assert.equal(files.keptCharacters, kept);
});

test('a worker that fails leaves its files to the main thread: the same index', async () => {
  const single = await scan(undefined);
  const script = path.join(dir, 'failing-worker.js');
  fs.writeFileSync(script, "require('worker_threads').parentPort.on('message', () => { throw new Error('boom'); });\n");
  try {
    const said: string[] = [];
    const failed = await scan(new ScanPool(2, script, (m) => said.push(m)));
    assert.deepEqual(failed.docs, single.docs);
    assert.equal(failed.treaties, single.treaties);
    assert.deepEqual(failed.logs, single.logs);
    assert.deepEqual(said, ['scan worker failed (boom); its files are read on the main thread']);
  } finally {
    fs.rmSync(script);
  }
});

test('a worker scans the batches it is given one at a time, in the order given: a short batch sent second comes back second', async () => {
  // Scanned at once (each file's turn of the event loop letting the next batch's message in), the batch of one file
  // sent second ended first; the two ended together, and the worker waited for the main thread to hand it more.
  const { Worker } = await import('worker_threads');
  const real = fs.readdirSync(path.join(dir, 'real')).filter((f) => f.endsWith('.md')).slice(0, 4).map((f) => ({ file: path.join(dir, 'real', f), uri: `file:///${f}` }));
  const worker = new Worker(workerScript()!);
  try {
    const answers: string[][] = [];
    const done = new Promise<void>((resolve, reject) => {
      worker.on('message', (m: { results: { uri: string }[] }) => {
        answers.push(m.results.map((r) => r.uri));
        if (answers.length === 2) resolve();
      });
      worker.on('error', reject);
    });
    worker.postMessage({ files: real.slice(0, 3), limits: DEFAULT_LIMITS });
    worker.postMessage({ files: real.slice(3), limits: DEFAULT_LIMITS });
    await done;
    assert.deepEqual(answers, [real.slice(0, 3).map((f) => f.uri), real.slice(3).map((f) => f.uri)]);
  } finally {
    await worker.terminate();
  }
});

test('the batches shrink as the files run out, so that the threads end together: the last seven files or more go one a batch (two threads)', async () => {
  const list = await new WorkspaceFiles(new WorkspaceIndex(), () => undefined).list(dir);
  const files = list.map((file) => ({ file, uri: `file://${file}` }));
  assert.ok(files.length > 300, `${files.length} files`);
  const sizes: number[] = [];
  await new ScanPool(2).load(files, DEFAULT_LIMITS, (results) => void sizes.push(results.length));
  assert.equal(sizes.reduce((a, b) => a + b, 0), files.length, 'every file once');
  // (A worker's grow from 4 as it answers, never past an eighth of the files left: two threads, each 4 shares.)
  assert.ok(sizes.every((n) => n >= 1 && n <= Math.ceil(files.length / 8)), `batches of 1 to an eighth of the files: ${sizes.join(' ')}`);
  assert.ok(sizes.filter((n) => n === 16).length >= 10, `batches of 16 while many files are left: ${sizes.join(' ')}`);
  assert.ok(sizes.filter((n) => n === 1).length >= 7, `the last files alone: ${sizes.join(' ')}`);
});

test('a worker is given one batch of four files first, then each batch at most twice the one it answered last', async () => {
  // A worker that answers at once, its files marked as its own (not read).
  const script = path.join(dir, 'answering-worker.js');
  fs.writeFileSync(script, "const { parentPort } = require('worker_threads');\nparentPort.on('message', (m) => m.end ? process.exit(0) : parentPort.postMessage({ results: m.files.map((f) => ({ ...f, loaded: { kind: 'head-only', bytes: -1 } })) }));\n");
  try {
    const list = await new WorkspaceFiles(new WorkspaceIndex(), () => undefined).list(dir);
    const files = list.map((file) => ({ file, uri: `file://${file}` }));
    const theirs: number[] = [];
    await new ScanPool(2, script).load(files, DEFAULT_LIMITS, (results) => void (results[0].loaded.bytes === -1 && theirs.push(results.length)));
    // (Its first batch is always answered; how many more it gets depends on when it has started: under load the main thread
    // may read the rest first.)
    assert.equal(theirs[0], 4, `the worker's batches: ${theirs.join(' ')}`);
    assert.ok(theirs.every((n, i) => i === 0 || n <= 2 * theirs[i - 1] || n <= 2 * theirs[i - 2]), `the worker's batches: ${theirs.join(' ')}`);
    assert.ok(theirs.every((n) => n <= Math.ceil(files.length / 8)), `the worker's batches: ${theirs.join(' ')}`);
    if (theirs.length >= 4) assert.ok(theirs.includes(16), `the worker's batches: ${theirs.join(' ')}`);
  } finally {
    fs.rmSync(script);
  }
});

test('workers started ahead, while the files are listed (start), fill the same index; one that failed before the scan leaves its files to the main thread', async () => {
  const single = await scan(undefined);
  const started = await scan(new ScanPool(2).start());
  assert.deepEqual(started.docs, single.docs);
  assert.deepEqual(started.calls, { set: 0, setAnalysed: single.docs.length });
  const script = path.join(dir, 'failing-at-start.js');
  fs.writeFileSync(script, "throw new Error('at start');\n");
  try {
    const said: string[] = [];
    const pool = new ScanPool(2, script, (m) => said.push(m)).start();
    await new Promise((r) => setTimeout(r, 500));
    const failed = await scan(pool);
    assert.deepEqual(failed.docs, single.docs);
    assert.deepEqual(said, ['scan worker failed (at start); its files are read on the main thread']);
  } finally {
    fs.rmSync(script);
  }
});

test('workers started ahead and not needed end: a pool given one batch, or never given files, leaves nothing running', () => {
  const poolJs = require.resolve('../../server/src/protocol/scanPool');
  const filesJs = require.resolve('../../server/src/protocol/files');
  const one = path.join(dir, 'real');
  const code = `const { ScanPool } = require(${JSON.stringify(poolJs)}); const { DEFAULT_LIMITS } = require(${JSON.stringify(filesJs)});
    new ScanPool(3).start();
    const files = require('fs').readdirSync(${JSON.stringify(one)}).slice(0, 3).map((f) => ({ file: require('path').join(${JSON.stringify(one)}, f), uri: 'file:///' + f }));
    new ScanPool(3).start().load(files, DEFAULT_LIMITS, (r) => console.log(r.length));`;
  const child = spawnSync(process.execPath, ['-e', code], { timeout: 20_000, encoding: 'utf8' });
  assert.equal(child.signal, null, 'the process ended by itself');
  assert.equal(child.stdout.trim(), '3', child.stderr);
});

test('the scan\'s tiering flags are set from start until the last scan running ends, once; not when the process was given either flag', () => {
  const poolJs = require.resolve('../../server/src/protocol/scanPool');
  const filesJs = require.resolve('../../server/src/protocol/files');
  const one = path.join(dir, 'real');
  // V8's flags are the process's: recorded in a child, V8 left alone.
  const code = `const v8 = require('v8'); const said = []; v8.setFlagsFromString = (f) => said.push(f);
    const { ScanPool } = require(${JSON.stringify(poolJs)}); const { DEFAULT_LIMITS } = require(${JSON.stringify(filesJs)});
    const files = require('fs').readdirSync(${JSON.stringify(one)}).slice(0, 3).map((f) => ({ file: require('path').join(${JSON.stringify(one)}, f), uri: 'file:///' + f }));
    (async () => {
      const a = new ScanPool(2).start(); said.push('started');
      const b = new ScanPool(2, null);
      const first = a.load(files, DEFAULT_LIMITS, () => undefined); const second = b.load(files, DEFAULT_LIMITS, () => undefined);
      // Which of the two ends first is the scheduler's (the pool with no worker may end before or after the one with): the
      // flags go back once, as the last of them ends, so just before that one's end is marked.
      first.then(() => said.push('a ended')); second.then(() => said.push('b ended'));
      await Promise.all([first, second]);
      await new ScanPool(2).start().load([], DEFAULT_LIMITS, () => undefined);
      console.log(JSON.stringify(said));
    })();`;
  const run = (args: string[]) => {
    const child = spawnSync(process.execPath, [...args, '-e', code], { timeout: 20_000, encoding: 'utf8' });
    assert.equal(child.status, 0, child.stderr);
    return JSON.parse(child.stdout) as string[];
  };
  const during = ['--interrupt-budget=270336', '--max-inlined-bytecode-size-cumulative=300'];
  const after = ['--interrupt-budget=67584', '--max-inlined-bytecode-size-cumulative=920'];
  const ended = (said: string[]) => said.filter((s) => s.endsWith(' ended'));
  const both = run([]);
  const [earlier, last] = ended(both);
  assert.deepEqual(both, [...during, 'started', earlier, ...after, last, ...during, ...after]);
  assert.deepEqual(new Set([earlier, last]), new Set(['a ended', 'b ended']));
  for (const given of ['--interrupt-budget=100000', '--max-inlined-bytecode-size-cumulative=500']) {
    const said = run([given]);
    assert.deepEqual(said, ['started', ...ended(said)]);
    assert.equal(ended(said).length, 2);
  }
});

test('a scan worker started through the code cache\'s loader beside its bundle writes the bundle\'s cache once its scan ends, with the scan\'s flags still on: the next scan\'s workers load it, and it is not written again', () => {
  // The built bundles (server/out), copied to a folder of their own; each scan in a process of its own (V8's flags are the process's).
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'treaty-scan-cache-'));
  try {
    for (const f of ['scanWorker.js', 'codeCache.js']) fs.copyFileSync(path.join(ROOT, 'server/out', f), path.join(out, f));
    const poolJs = require.resolve('../../server/src/protocol/scanPool');
    const filesJs = require.resolve('../../server/src/protocol/files');
    const code = `const { ScanPool } = require(${JSON.stringify(poolJs)}); const { DEFAULT_LIMITS } = require(${JSON.stringify(filesJs)});
      const fs = require('fs'), path = require('path');
      const files = []; const walk = (d) => { for (const e of fs.readdirSync(d, { withFileTypes: true })) { const f = path.join(d, e.name); if (e.isDirectory()) walk(f); else if (f.endsWith('.md')) files.push({ file: f, uri: 'file://' + f }); } };
      walk(${JSON.stringify(path.join(dir, 'real'))});
      let read = 0;
      new ScanPool(2, ${JSON.stringify(path.join(out, 'scanWorker.js'))}).start().load(files, DEFAULT_LIMITS, (r) => { read += r.length; }).then(() => console.log(read, files.length));`;
    const scanned = () => {
      const child = spawnSync(process.execPath, ['-e', code], { timeout: 60_000, encoding: 'utf8', env: { ...process.env, TREATY_NO_CODE_CACHE: '' } });
      assert.equal(child.status, 0, child.stderr);
      const [read, listed] = child.stdout.trim().split(' ').map(Number);
      assert.ok(listed > 32 && read === listed, child.stdout);
      const caches = fs.readdirSync(out).filter((f) => f.startsWith('scanWorker.js.') && f.endsWith('.cache'));
      assert.equal(caches.length, 1, `one cache: ${caches.join(', ')}`);
      return fs.statSync(path.join(out, caches[0])).ino;
    };
    const written = scanned();
    assert.equal(scanned(), written, 'the cache fitted: not written again');
    assert.deepEqual(fs.readdirSync(out).filter((f) => f.endsWith('.tmp')), [], 'no temporary file left');
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
});

test('on a V8 whose defaults are not known (another version), the scan leaves V8\'s flags alone', () => {
  const poolJs = require.resolve('../../server/src/protocol/scanPool');
  const code = `const v8 = require('v8'); const said = []; v8.setFlagsFromString = (f) => said.push(f);
    const { scanTiering } = require(${JSON.stringify(poolJs)});
    scanTiering('12.4.254.21-electron.0')(); said.push('other ended'); scanTiering(process.versions.v8)();
    console.log(JSON.stringify(said));`;
  const child = spawnSync(process.execPath, ['-e', code], { timeout: 20_000, encoding: 'utf8' });
  assert.equal(child.status, 0, child.stderr);
  assert.equal(process.versions.v8.split('.').slice(0, 2).join('.'), '11.3', 'these tests run on node 20 (V8 11.3), whose defaults the scan puts back');
  assert.deepEqual(JSON.parse(child.stdout), ['other ended', '--interrupt-budget=270336', '--max-inlined-bytecode-size-cumulative=300', '--interrupt-budget=67584', '--max-inlined-bytecode-size-cumulative=920']);
});

test('with no worker script, the pool reads on the main thread: the same index', async () => {
  const single = await scan(undefined);
  const none = await scan(new ScanPool(2, null));
  assert.deepEqual(none.docs, single.docs);
  assert.equal(none.calls.setAnalysed, 0);
});

test('setAnalysed keeps the analysis it is given: the index parses nothing for it', () => {
  const index = new WorkspaceIndex();
  const text = '# 甲乙两国友好合作条约\n\n## 第一条\n\n双方友好。\n';
  const analysis = { titleKey: '给定标题', info: { title: '给定标题', normalized: '给定标题', dates: [], parties: [], languages: [], articleCount: 7, cites: ['某协定'], isTreaty: true } };
  const s = index.setAnalysed('file:///ws/a.md', text, analysis);
  assert.deepEqual({ info: s.info, titleKey: s.titleKey, model: s.hasModel }, { info: analysis.info, titleKey: '给定标题', model: false });
  assert.deepEqual(index.withTitle('给定标题').map((x) => x.uri), ['file:///ws/a.md']);
  assert.deepEqual(index.citing('某协定').map((x) => x.uri), ['file:///ws/a.md']);
});

test('a scanned text\'s parties and entry into force, left out of its analysis, are read off its model when first asked, and the model is not kept', () => {
  const text = fs.readFileSync(path.join(ROOT, 'test/fixtures/real', fs.readdirSync(path.join(ROOT, 'test/fixtures/real')).find((f) => /^agreement_cn_.*\.md$/.test(f) && infoOf(buildTreaty(fs.readFileSync(path.join(ROOT, 'test/fixtures/real', f), 'utf8'))).entryIntoForce !== undefined)!), 'utf8');
  const eager = infoOf(buildTreaty(text));
  assert.ok(eager.parties.length > 0 && eager.entryIntoForce, 'a text with parties and an entry into force');
  const { analysis } = analyse('file:///ws/a.md', text);
  // What a worker posts: no parties, no entry into force (nor getters: a plain object).
  const posted = structuredClone(analysis);
  assert.deepEqual([posted.info.parties, posted.info.entryIntoForce, posted.hoverFactsLater], [[], undefined, true]);
  const index = new WorkspaceIndex();
  const s = index.setAnalysed('file:///ws/a.md', text, posted);
  assert.equal(s.hasModel, false);
  assert.deepEqual(s.info.parties, eager.parties);
  assert.equal(s.info.entryIntoForce, eager.entryIntoForce);
  assert.equal(s.hasModel, false, 'the model built for them is dropped');
  assert.equal(JSON.stringify(s.info), JSON.stringify(eager), 'the same fields in the same order as infoOf\'s');
  // A text set (not analysed) has the same info.
  assert.equal(JSON.stringify(new WorkspaceIndex().set('file:///ws/a.md', text, 0).info), JSON.stringify(eager));
  // A text treaty-check checks next keeps its info plain (what only a hover shows is never asked of it there).
  const checked = analyse('file:///ws/a.md', text, true, true).analysis;
  assert.equal(checked.hoverFactsLater, undefined);
  assert.equal(new WorkspaceIndex().setAnalysed('file:///ws/a.md', text, checked).info.parties.length, 0);
});

test('the scan reads each file when its turn comes (loadInOrder): in order, each as loadFile reads it alone, none read ahead', async () => {
  const sub = fs.mkdtempSync(path.join(dir, 'ahead-'));
  const files = ['a', 'b', 'c', 'd', 'e'].map((n) => ({ file: path.join(sub, `${n}.md`), uri: `file:///${n}.md` }));
  files.forEach((f, i) => fs.writeFileSync(f.file, `# 第${i}号协定\n\n第一条　双方合作。\n`));
  fs.rmSync(files[2].file);
  const seen: { uri: string; kind: string; text?: string }[] = [];
  for await (const r of loadInOrder(files, DEFAULT_LIMITS)) {
    seen.push({ uri: r.uri, kind: r.loaded.kind, text: r.loaded.kind === 'text' ? r.loaded.text : undefined });
    // While the caller holds the first file, the next one is not read yet (a text decoded ahead would be
    // alive at the collections between two files): removed now, it is missing when its turn comes.
    if (r.uri === 'file:///a.md') fs.rmSync(files[1].file);
  }
  assert.deepEqual(seen.map((s) => [s.uri, s.kind]), [['file:///a.md', 'text'], ['file:///b.md', 'skip'], ['file:///c.md', 'skip'], ['file:///d.md', 'text'], ['file:///e.md', 'text']]);
  assert.equal(seen[3].text, '# 第3号协定\n\n第一条　双方合作。\n');
  // A file over blockingBytes is read through the thread pool, as loadFile reads it.
  const big = { ...DEFAULT_LIMITS, blockingBytes: 10 };
  const viaPool = [];
  for await (const r of loadInOrder(files.slice(3), big)) viaPool.push(r);
  assert.deepEqual(viaPool.map((r) => r.loaded), await Promise.all(files.slice(3).map((f) => loadFile(f.file, f.uri, big))));
});
