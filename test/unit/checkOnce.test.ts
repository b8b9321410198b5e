// treaty-check reads, parses and checks each file once (cli/checkWorker.ts): the checks a document
// decides alone run while it is read, those that need other documents are kept as small records and
// finished when every file is read. The oracle is the editor's path — every document in one index,
// `diagnostics` with its suppressions — over every fixture folder at once (citations between real
// texts, laws citing each other's articles, texts in other languages beside their Chinese text) and
// a workspace written to exercise each pending check.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { Worker } from 'worker_threads';
import { URI } from 'vscode-uri';
import { Diagnostic } from 'vscode-languageserver-types';
import { Snapshot, WorkspaceIndex } from '../../server/src/index/workspace';
import { contextOf } from '../../server/src/features/context';
import { diagnostics } from '../../server/src/features/diagnostics';
import { unsuppressed } from '../../server/src/features/suppression';
import { Checked, fileUri, finishAll, finishChunks, readChecked, readShare } from '../../server/src/cli/checkWorker';
import { EARLY_WORKERS, EarlyWorkers, ParallelResult, Started, WORKER_LIMITS, WorkersAhead, checkInParallel, cutChunks, fileCost } from '../../server/src/cli/checkPool';
import { JsonRunWriter, formatJson, relativePath, writeJsonRuns } from '../../server/src/cli/formats';
import { ROOT, tempFolder } from '../support/fixture';

type Result = { file: string; uri: string; diagnostics: Diagnostic[] }[];

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile() && /\.(md|txt)$/.test(e.name)) out.push(path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name));
  }
  return out.sort();
}

const list = (files: string[]) => files.map((file) => ({ file, uri: URI.file(file).toString() }));

/** The editor's answers: every file in one index, each checked with the whole workspace at hand. */
function oracle(files: string[], hints: boolean, counterparts: string[][] = []): Result {
  const index = new WorkspaceIndex();
  index.setCounterparts(counterparts);
  for (const { file, uri } of list(files)) {
    const r = readChecked(file);
    if ('text' in r) index.set(uri, r.text, 0);
  }
  const out: Result = [];
  for (const { file, uri } of list(files)) {
    const s = index.get(uri);
    if (!s || !index.isServed(s)) continue;
    const ctx = contextOf(index, s, undefined, { severity: { 'term.unused': 'warning' } });
    const all = unsuppressed(ctx.treaty, diagnostics(ctx));
    out.push({ file, uri, diagnostics: hints ? all : all.filter((d) => d.severity !== 4) });
  }
  return out;
}

function once(files: string[], hints: boolean, counterparts: string[][] = []): Result {
  const severity = { 'term.unused': 'warning' } as const;
  return finishAll(readShare({ files: list(files), severity, markdownDetection: true, hints }), severity, true, counterparts, hints);
}


const TITLE = (i: number) => `中华人民共和国政府和甲国政府关于第${i}号事项的合作协定`;
const SIGNED = '\n本协定于二〇〇二年六月七日在北京签署，一式两份，每份均用中文和俄文写成，两种文本同等作准。\n';
/** Texts that cite each other: articles that exist and do not, paragraphs and items, a dated short form, a part of a law, an excerpt, suppressions, a counterpart. */
const WORKSPACE: Record<string, string> = {
  'a/01.md': `# ${TITLE(1)}\n\n双方根据2002年6月7日《${TITLE(2)}》（以下简称“二号协定”），达成协议如下：\n\n## 第一条\n\n双方依照《${TITLE(2)}》第二条第二款和《${TITLE(2)}》第九条合作。\n\n## 第二条\n\n一、双方依照《${TITLE(2)}》第一条第（三）项和《${TITLE(3)}节录》第五条交换信息。\n\n二、1999年二号协定继续有效。<!-- treaty-disable-line ref.date-mismatch -->\n\n## 第三条\n\n本协定第四条和《未收入的协定》第一条同样适用，2000年二号协定亦然。\n${SIGNED}`,
  'a/02.md': `# ${TITLE(2)}\n\n双方达成协议如下：\n\n## 第一条\n\n双方：\n\n（一）交换信息；\n\n（二）进行磋商。\n\n## 第二条\n\n双方依照2001年《${TITLE(1)}》第三条合作。\n${SIGNED}`,
  'a/03.md': `# ${TITLE(3)}节录\n\n## 第一条\n\n双方依照1998年二号协定合作。\n\n## 第三条\n\n本协定第一条同样适用。\n${SIGNED}`,
  'b/法.md': `# 中华人民共和国测试法\n\n## 第一条\n\n本法依照本法第五条制定。\n`,
  'b/法（二）.md': `# 中华人民共和国测试法\n\n## 第五条\n\n本法第一条和本法第七条同样适用。依照测试法第一条和刑法第三条。\n`,
  'c/协定.md': `# ${TITLE(9)}\n\n## 第一条\n\n双方在二〇〇二年合作。\n\n## 第二条\n\n本协定自签字之日起生效。\n${SIGNED}`,
  'c/协定.ru.md': `# Соглашение о сотрудничестве\n\n## Статья 1\n\nСтороны сотрудничают в 2003 году.\n\n## Статья 2\n\nНастоящее Соглашение вступает в силу с даты подписания.\n`,
};

test('check once: the records finished after reading give the editor\'s answers, on every fixture folder as one workspace', () => {
  const files = filesUnder(path.join(ROOT, 'test/fixtures'));
  assert.ok(files.length >= 90, `${files.length} fixture files`);
  for (const hints of [false, true]) assert.deepEqual(once(files, hints), oracle(files, hints), `hints ${hints}`);
});

test('check once: each pending check (other instruments\' articles, paragraphs, items, short-form dates, parts, excerpts, counterparts) as the editor finds it', () => {
  const dir = tempFolder(WORKSPACE);
  const files = filesUnder(dir);
  const declared = [[URI.file(path.join(dir, 'a/02.md')).toString(), URI.file(path.join(dir, 'c/协定.ru.md')).toString()]];
  for (const counterparts of [[], declared]) {
    const expected = oracle(files, true, counterparts);
    assert.deepEqual(once(files, true, counterparts), expected);
    // The fixture exercises what is pending: these are found in it.
    const codes = new Set(expected.flatMap((f) => f.diagnostics.map((d) => `${path.relative(dir, f.file)} ${d.code}`)));
    // Read in the fixture: 01 cites a paragraph, an article and an item 02 lacks, an instrument not
    // in the workspace, its own missing 第四条, and dates its short form 2000 (1999: suppressed);
    // the excerpt's missing 第五条 is not said (nor its final clauses), nor the part's 本法第七条; 02 dates 01 wrongly; the
    // two texts in c/ disagree on a year.
    assert.deepEqual(codes, new Set(['a/01.md ref.no-such-paragraph', 'a/01.md ref.no-such-article', 'a/01.md ref.no-such-item', 'a/01.md ref.citation-not-found', 'a/01.md ref.date-mismatch', 'a/01.md final.no-entry-into-force', 'a/01.md final.no-duration',
      'a/02.md ref.date-mismatch', 'a/02.md final.no-entry-into-force', 'a/02.md final.no-duration', 'c/协定.md final.no-duration', 'c/协定.md align.date', 'c/协定.ru.md align.date',
      // Declared a text of 02 too, the Russian text lacks 02's items and its year 2001.
      ...(counterparts.length ? ['a/02.md align.date', 'a/02.md align.item-count', 'c/协定.ru.md align.item-count'] : [])]));
    assert.equal(expected[0].diagnostics.filter((d) => d.code === 'ref.no-such-article').length, 2);
  }
});

test('check once: finishing reads no text again (no model is rebuilt) but a counterpart\'s', () => {
  const dir = tempFolder(WORKSPACE);
  const files = filesUnder(dir);
  const expected = oracle(files, true);
  const read = readShare({ files: list(files), severity: { 'term.unused': 'warning' }, markdownDetection: true, hints: true });
  // Every file gone but the two texts of one instrument: the answers are the same, and only those two texts are read.
  for (const f of files) if (!f.includes(`${path.sep}c${path.sep}`)) fs.writeFileSync(f, '');
  const text = Object.getOwnPropertyDescriptor(Snapshot.prototype, 'text')!;
  const readTexts = new Set<string>();
  Object.defineProperty(Snapshot.prototype, 'text', { ...text, get(this: Snapshot) {
    readTexts.add(path.relative(dir, URI.parse(this.uri).fsPath));
    return text.get!.call(this);
  } });
  try {
    assert.deepEqual(finishAll(read, { 'term.unused': 'warning' }, true, [], true), expected);
  } finally {
    Object.defineProperty(Snapshot.prototype, 'text', text);
  }
  assert.deepEqual([...readTexts].sort(), ['c/协定.md', 'c/协定.ru.md']);
});

test('check once: finished run by run, each run handed on as soon as it is finished (its diagnostics not kept to the end: written as JSON there), in order, the same answers', () => {
  const dir = tempFolder(WORKSPACE);
  const files = filesUnder(dir);
  const severity = { 'term.unused': 'warning' } as const;
  const expected = finishAll(readShare({ files: list(files), severity, markdownDetection: true, hints: true }), severity, true, [], true);
  const read = readShare({ files: list(files), severity, markdownDetection: true, hints: true });
  const chunks = [read.slice(0, 2), read.slice(2, 2), read.slice(2, 5), read.slice(5)];
  const handed: number[] = [];
  const got: Checked[] = [];
  const kept = finishChunks(chunks, severity, true, [], true, (i, checked) => {
    handed.push(i);
    got.push(...checked);
    // Handed on before the next run is finished: its files still hold their checks.
    for (const later of chunks.slice(i + 1)) for (const r of later) if (r.analysis && !r.garbled && !r.why) assert.ok(r.checks, `${r.file}: finished before run ${i} was handed on`);
  });
  assert.deepEqual(handed, [0, 1, 2, 3]);
  assert.deepEqual(kept, [[], [], [], []]);
  assert.deepEqual(got, expected);
});

test('check once: --jobs N gives the same records and answers, the workers sharing the files (cross-document citations across the shares) or reading them all, and when a worker cannot start, fails or dies', async () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 12; i++) {
    const text = WORKSPACE['a/01.md'].replaceAll(TITLE(1), TITLE(i)).replaceAll(TITLE(2), TITLE((i + 5) % 12)).replaceAll(TITLE(3), TITLE((i + 7) % 12));
    files[`${String(i).padStart(2, '0')}.md`] = text;
  }
  const dir = tempFolder(files);
  const all = list(filesUnder(dir));
  const severity = {};
  const one = await checkInParallel(all, severity, true, [], false, 1, undefined);
  assert.deepEqual(one.checked, oracle(all.map((f) => f.file), false).map((r) => ({ ...r })));
  assert.ok(one.checked.flatMap((c) => c.diagnostics).filter((d) => d.code === 'ref.no-such-article').length >= 12);
  const worker = path.join(__dirname, '../../server/src/cli/checkWorker.js');
  assert.deepEqual(await checkInParallel(all, severity, true, [], false, 3, worker), one);
  // The workers alone read every chunk (this thread only finishes the files: with 12 small files it would read them all before a worker starts).
  assert.deepEqual(await checkInParallel(all, severity, true, [], false, 3, worker, false), one);
  const scripts: Record<string, string> = {
    exits: 'process.exit(3);',
    'answers an error': "require('worker_threads').parentPort.on('message', () => require('worker_threads').parentPort.postMessage({ error: 'no' }));",
    'dies while reading': "require('worker_threads').parentPort.on('message', () => process.exit(4));",
    // The real worker (which sends through the port it is given, a MessagePort as parentPort is), which gives back its first chunk and dies while reading its second.
    'dies after a chunk': `let n = 0; const { MessagePort } = require('worker_threads'); const post = MessagePort.prototype.postMessage; MessagePort.prototype.postMessage = function (m, t) { post.call(this, m, t); if (m.chunk !== undefined && ++n === 1) process.exit(5); }; require(${JSON.stringify(worker)});`,
    // The real worker, which reads its chunks and dies, or fails, before it gives back any of them finished (this thread has only their summaries then).
    'dies while finishing': `const { MessagePort } = require('worker_threads'); const post = MessagePort.prototype.postMessage; MessagePort.prototype.postMessage = function (m, t) { if (m.finished !== undefined) process.exit(6); post.call(this, m, t); }; require(${JSON.stringify(worker)});`,
    'fails to finish': `const { MessagePort } = require('worker_threads'); const post = MessagePort.prototype.postMessage; MessagePort.prototype.postMessage = function (m, t) { post.call(this, m.finished !== undefined ? { error: 'no' } : m, m.finished !== undefined ? undefined : t); }; require(${JSON.stringify(worker)});`,
    // The real worker, which gives back the first chunk it finished and dies.
    'dies after finishing a chunk': `const { MessagePort } = require('worker_threads'); const post = MessagePort.prototype.postMessage; MessagePort.prototype.postMessage = function (m, t) { post.call(this, m, t); if (m.finished !== undefined) process.exit(7); }; require(${JSON.stringify(worker)});`,
  };
  // The results asked for as JSON: each thread writes those of the files it finished, the whole byte for byte treaty-check's JSON on one thread.
  const json = formatJson(one.checked.map((c) => ({ path: relativePath(dir, c.file), diagnostics: c.diagnostics })));
  const asJson = async (r: Promise<ParallelResult>) => {
    const { json: runs, checked, read } = await r;
    let out = '';
    writeJsonRuns(runs!, (s) => (out += s), (b) => (out += Buffer.from(b).toString()));
    return { json: out, files: checked.map((c) => c.file), read };
  };
  const expected = { json, files: one.checked.map((c) => c.file), read: one.read };
  // Or handed on as they come (treaty-check writing them at once): every file's note first, then each chunk in order, none kept.
  const streamed = async (script: string, mainReads: boolean) => {
    let out = '';
    const events: string[] = [];
    const writer = new JsonRunWriter((s) => (out += s), (b) => (out += Buffer.from(b).toString()));
    let notes: unknown;
    const r = await checkInParallel(all, severity, true, [], false, 3, script, mainReads, undefined, { cwd: dir, bytes: true }, {
      read: (read) => (events.push('read'), (notes = read)),
      chunk: (c) => (events.push('chunk'), writer.add(c.json!)),
    });
    writer.end();
    assert.equal(r.json, undefined);
    assert.deepEqual(notes, one.read);
    assert.deepEqual(events.slice(0, 2), ['read', 'chunk']);
    assert.ok(events.length > 3 && events.lastIndexOf('read') === 0, events.join());
    return { json: out, files: r.checked.map((c) => c.file), read: r.read };
  };
  assert.deepEqual(await streamed(worker, true), expected);
  assert.deepEqual(await streamed(worker, false), expected);
  assert.ok(json.includes('"ref.no-such-article"') && json.includes('"08.md"'));
  assert.deepEqual(await asJson(checkInParallel(all, severity, true, [], false, 3, worker, true, undefined, { cwd: dir })), expected);
  assert.deepEqual(await asJson(checkInParallel(all, severity, true, [], false, 3, worker, false, undefined, { cwd: dir })), expected);
  // The workers' JSON in UTF-8, encoded where it was written.
  assert.deepEqual(await asJson(checkInParallel(all, severity, true, [], false, 3, worker, false, undefined, { cwd: dir, bytes: true })), expected);
  for (const [name, body] of Object.entries(scripts)) {
    const script = path.join(dir, `${name.replace(/ /g, '-')}.js`);
    fs.writeFileSync(script, body);
    assert.deepEqual(await checkInParallel(all, severity, true, [], false, 3, script), one, name);
    assert.deepEqual(await checkInParallel(all, severity, true, [], false, 3, script, false), one, `${name}, the workers alone reading`);
    assert.deepEqual(await asJson(checkInParallel(all, severity, true, [], false, 3, script, false, undefined, { cwd: dir, bytes: true })), expected, `${name}, as JSON`);
    assert.deepEqual(await streamed(script, false), expected, `${name}, as JSON handed on as it comes`);
  }
});

test('check once: workers started before the files are known take the chunks; one ended before it is given them, or one too many, leaves every file checked once; unused, they keep no process alive; files given without URIs get them where read', async () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 12; i++) files[`${String(i).padStart(2, '0')}.md`] = WORKSPACE['a/01.md'].replaceAll(TITLE(1), TITLE(i)).replaceAll(TITLE(2), TITLE((i + 5) % 12));
  const dir = tempFolder(files);
  const all = list(filesUnder(dir));
  const one = await checkInParallel(all, {}, true, [], false, 1, undefined);
  const worker = path.join(__dirname, '../../server/src/cli/checkWorker.js');
  // The real worker, which also writes down each job it is given (not the other threads' summaries, nor the word to finish, it is sent after).
  const jobs = path.join(dir, 'jobs.log');
  const counted = path.join(dir, 'counted.js');
  fs.writeFileSync(counted, `require('worker_threads').parentPort.on('message', (m) => { if (m.chunks) require('fs').appendFileSync(${JSON.stringify(jobs)}, 'job\\n'); }); require(${JSON.stringify(worker)});`);
  // Three threads, this one reading no chunk: the two workers started ahead read them all (none is started from `script`).
  const ahead = new WorkersAhead(3, counted);
  assert.deepEqual(await checkInParallel(all, {}, true, [], false, 3, path.join(dir, 'no-such-worker.js'), false, ahead), one);
  assert.equal(fs.readFileSync(jobs, 'utf8'), 'job\njob\n');
  // The third was not needed: ended, not left for another run.
  assert.deepEqual(ahead.take(1), []);
  // The files given without their URIs: each thread works out those of the files it reads.
  assert.deepEqual(await checkInParallel(all.map((f) => ({ file: f.file })), {}, true, [], false, 3, worker), one);
  assert.deepEqual(await checkInParallel(all.map((f) => ({ file: f.file })), {}, true, [], false, 3, worker, false), one);
  // A worker that ended before the files were known (it could not load): its share is read here.
  const exits = path.join(dir, 'exits.js');
  fs.writeFileSync(exits, 'process.exit(3);');
  const dead = new WorkersAhead(1, exits);
  await new Promise((r) => setTimeout(r, 500));
  assert.deepEqual(await checkInParallel(all, {}, true, [], false, 2, path.join(dir, 'no-such-worker.js'), false, dead), one);
  // Workers started and never given a job (fewer files than a parallel run takes) end with the process.
  const pool = path.join(__dirname, '../../server/src/cli/checkPool.js');
  const r = spawnSync(process.execPath, ['-e', `new (require(${JSON.stringify(pool)}).WorkersAhead)(2, ${JSON.stringify(worker)})`], { timeout: 20000 });
  assert.equal(r.status, 0);
});

test('check once: the workers bin/treaty-check.js started before the bundle loaded are taken when started as the pool starts them (its script, its limits), else ended', async () => {
  const g = globalThis as typeof globalThis & { [EARLY_WORKERS]?: EarlyWorkers };
  const idle = (limits: typeof WORKER_LIMITS): Started => {
    const s: Started = { worker: new Worker('setInterval(() => {}, 1000);', { eval: true, resourceLimits: limits }), gone: false };
    s.worker.on('exit', () => (s.gone = true));
    // (Never keeping the test's process alive, should an assertion fail before they are ended.)
    s.worker.unref();
    return s;
  };
  const script = path.join(__dirname, 'no-such-worker.js');
  // Taken: the one asked for; the second, one too many, ended.
  const [a, b] = [idle(WORKER_LIMITS), idle(WORKER_LIMITS)];
  g[EARLY_WORKERS] = { started: [a, b], script, resourceLimits: { ...WORKER_LIMITS }, at: 0 };
  const ahead = new WorkersAhead(1, script);
  assert.deepEqual(ahead.take(2), [a]);
  // Taken once: the next run starts its own.
  assert.equal(g[EARLY_WORKERS], undefined);
  // Started with other limits, or for another script: ended, and the pool's own started instead.
  const c = idle({ maxYoungGenerationSizeMb: 8 });
  g[EARLY_WORKERS] = { started: [c], script, resourceLimits: { maxYoungGenerationSizeMb: 8 }, at: 0 };
  const other = new WorkersAhead(1, script);
  const d = idle(WORKER_LIMITS);
  g[EARLY_WORKERS] = { started: [d], script: path.join(__dirname, 'another-worker.js'), resourceLimits: WORKER_LIMITS, at: 0 };
  const third = new WorkersAhead(1, script);
  const mine = [...other.take(1), ...third.take(1)];
  assert.equal(mine.length, 2);
  assert.ok(!mine.includes(c) && !mine.includes(d));
  // The ended ones' exit awaited (a loaded machine takes seconds to end a thread), then the kept one seen still running.
  for (const until = Date.now() + 20_000; !(b.gone && c.gone && d.gone) && Date.now() < until; ) await new Promise((r) => setTimeout(r, 25));
  await new Promise((r) => setTimeout(r, 100));
  assert.deepEqual([a.gone, b.gone, c.gone, d.gone], [false, true, true, true]);
  for (const s of [a, ...mine]) await s.worker.terminate();
});

test('check once: the chunks the threads take are runs of consecutive files, larger first, a quarter of what is left for two threads, down to 1/192 of the bytes', () => {
  const ten = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
  // 1,000 bytes for two threads: a chunk ends once it holds 250 bytes (a quarter of 1,000), then 175 (of 700), 125 (of 500), 75 (of 300), 50 (of 200).
  assert.deepEqual(cutChunks(ten, ten.map(() => 100), 2), [[0, 1, 2], [3, 4], [5, 6], [7], [8], [9]]);
  // Forty files of 10 bytes: at least 100 bytes, then 75 (of 300), 55 (of 220), 40 (of 160), 30 (of 120), 22.5 (of 90),
  // 15 (of 60), 10 (of 40), 7.5 (of 30), 5 (of 20) — one file each.
  const forty = Array.from({ length: 40 }, (_, i) => i);
  const cut = cutChunks(forty, forty.map(() => 10), 2);
  assert.deepEqual(cut.map((c) => c.length), [10, 8, 6, 4, 3, 3, 2, 1, 1, 1, 1]);
  assert.deepEqual(cut.flat(), forty);
  // Four hundred of 1 byte: a quarter of what is left (100 of 400, 75 of 300, 56.25 of 225 …) down to 2.08 bytes (1/96 of
  // a thread's 200, 1/192 of the 400), no chunk smaller: 3 files each once a quarter is less (of 8 and of 5 left), then the 2 left.
  const many = Array.from({ length: 400 }, (_, i) => i);
  const small = cutChunks(many, many.map(() => 1), 2);
  assert.deepEqual(small.map((c) => c.length), [100, 75, 57, 42, 32, 24, 18, 13, 10, 8, 6, 4, 3, 3, 3, 2]);
  assert.deepEqual(small.flat(), many);
  // Three threads: a sixth of what is left — 183 of 1,100 (the large file first, alone), 83 of 500, 67 of 400 …: a file each.
  assert.deepEqual(cutChunks(['big', 'a', 'b', 'c', 'd', 'e'], [600, 100, 100, 100, 100, 100], 3), [['big'], ['a'], ['b'], ['c'], ['d'], ['e']]);
  // Files of different sizes: 1,000 bytes, a chunk ends at 250 — [300], then 175 of 700 — [100, 100], then 125 of 500 — [50, 50, 50], then 87.5 of 350 — [200], then 37.5 of 150 — [100], [50].
  assert.deepEqual(cutChunks(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'], [300, 100, 100, 50, 50, 50, 200, 100, 50], 2), [['a'], ['b', 'c'], ['d', 'e', 'f'], ['g'], ['h'], ['i']]);
  // One thread, or one file: one chunk; no files: one empty chunk.
  assert.deepEqual(cutChunks(ten, ten.map(() => 100), 1), [ten]);
  assert.deepEqual(cutChunks(['a'], [5], 4), [['a']]);
  assert.deepEqual(cutChunks([], [], 2), [[]]);
});

test('check once: the chunks are cut by what the files cost — each file a fixed part (10 KB) beside its bytes —, so that a run of short laws makes more chunks than its bytes say', () => {
  // Eight laws of 1 KB (11 KB each), then two of 20 KB (30 KB): 148 KB for two threads. A chunk ends at 37 (a quarter):
  // four short ones (44); then 26 of 104: three (33); then 17.75 of 71: the last short one and a long one; the other long one.
  // (By bytes alone, 48 KB, the eight short laws and a long one would be the first chunk: 28 KB past its 12.)
  const files = ['s0', 's1', 's2', 's3', 's4', 's5', 's6', 's7', 'L0', 'L1'];
  const sizes = [1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 20480, 20480];
  assert.deepEqual(cutChunks(files, sizes.map(fileCost), 2), [['s0', 's1', 's2', 's3'], ['s4', 's5', 's6'], ['s7', 'L0'], ['L1']]);
});

test('check once: a file\'s record holds no hover facts — its parties and how it enters into force, which no check reads of another text — where the editor\'s info has them', () => {
  const text = `# 中华人民共和国政府和蒙古国政府关于边境口岸的协定

中华人民共和国政府和蒙古国政府（以下简称“双方”），达成协议如下：

## 第一条

双方在边境开放口岸。

## 第二条

本协定自签字之日起生效。

本协定于二〇〇四年六月八日在北京签订，一式两份，每份均用中文和蒙文写成，两种文本同等作准。
`;
  const dir = tempFolder({ '协定.md': text });
  const [r] = readShare({ files: list(filesUnder(dir)), severity: {}, markdownDetection: true, hints: true });
  const editor = new Snapshot('file:///协定.md', text, 0, undefined).info;
  assert.deepEqual([editor.parties, editor.entryIntoForce], [['中华人民共和国政府', '蒙古国政府'], '本协定自签字之日起生效。']);
  assert.deepEqual({ ...r.analysis!.info }, { ...editor, parties: [], entryIntoForce: undefined });
});

test('checkOnce: a file\'s URI made with its folder\'s kept is vscode-uri\'s, character for character', () => {
  // Written by hand (UTF-8 bytes of each character, percent-encoded; vscode-uri also encodes `!'()*`).
  assert.equal(fileUri('/tmp/法律/民法典(2020-05-28).md'), 'file:///tmp/%E6%B3%95%E5%BE%8B/%E6%B0%91%E6%B3%95%E5%85%B8%282020-05-28%29.md');
  assert.equal(fileUri("/srv/条约/it's*new!.md"), 'file:///srv/%E6%9D%A1%E7%BA%A6/it%27s%2Anew%21.md');
  assert.equal(fileUri('/a/b c#d?.md'), 'file:///a/b%20c%23d%3F.md');
  // The same folder again (its URI kept), then another; and the paths whose start vscode-uri reads (a host, a drive letter).
  const paths = [
    '/tmp/法律/民法典(2020-05-28).md', '/tmp/法律/刑法.md', '/tmp/法律/x/y[1]@{2}+$&=;,:~_.md', '/tmp/法律/刑法.md',
    '/C:/条约/a.md', '/c:/b.md', 'C:/条约/a.md', '/X:a.md', '/ab/C:a.md', '//host/share/条约.md', '//host/a.md', '//a.md', '/a.md', 'a.md',
    'rel/条约 甲.md', '/tmp/%E6%B3%95.md', '/tmp/a\\b.md', '/tmp/Ｃ（一）.md', '/tmp/\u{20000}𠀀.md',
  ];
  for (const p of paths) assert.equal(fileUri(p), URI.file(p).toString(), p);
});
