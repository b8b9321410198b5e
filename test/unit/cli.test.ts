// treaty-check: exit codes, every output format (SARIF validated against the OASIS 2.1.0
// schema), --fix (idempotent, writes only what changes), configuration and suppression.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawn, spawnSync } from 'child_process';
import { Writable } from 'stream';
import Ajv from 'ajv-draft-04';
import { cli } from '../support/cli';
import { DIAGNOSTIC_CODES } from '../../server/src/features/diagnostics';
import { readConfig } from '../../server/src/protocol/config';
import { exitWhenWritten } from '../../server/src/cli/commandLine';
import { ROOT, tempFolder } from '../support/fixture';
import { fileCpus, phasesOf, threadsCpu, timelineOf } from '../../bench/checkSpeed';

const HEAD = '# 中华人民共和国和甲国友好合作协定\n\n中华人民共和国和甲国（以下简称“双方”），达成协议如下：\n\n';
const TAIL = '\n本协定于2001年7月16日在莫斯科签订，一式两份，每份均用中文和俄文写成，两种文本同等作准。\n';
const CLEAN = `${HEAD}## 第一条\n\n双方发展合作。\n\n## 第二条\n\n本协定自签字之日起生效，有效期五年。\n${TAIL}`;
/** One error (no 第九条), one warning (a self-reference of another kind in the signing clause), one half-width comma (a hint). */
const FAULTY = `${HEAD}## 第一条\n\n双方依照本协定第九条合作,加强交流。本协定自签字之日起生效，有效期五年。\n${TAIL.replace('本协定于', '本协议于')}`;


test('cli: a clean treaty exits 0 and says so', async () => {
  const dir = tempFolder({ 'a.md': CLEAN, 'notes.md': '# 会议记录\n\n今天讨论了日程。\n' });
  const r = await cli(dir);
  assert.equal(r.code, 0, r.out + r.err);
  assert.equal(r.out, '0 problems (0 errors, 0 warnings) in 1 treaty\n');
});

test('cli: text format lists file:line:column severity code message, then a summary; errors exit 1', async () => {
  const dir = tempFolder({ 'drafts/b.md': FAULTY });
  const r = await cli(dir, 'drafts');
  assert.equal(r.code, 1);
  assert.deepEqual(r.out.trimEnd().split('\n'), [
    'drafts/b.md:7:5  error  ref.no-such-article  本协定没有第九条（共1条）',
    'drafts/b.md:9:1  warning  signing.self-reference  标题称“协定”，这里应为“本协定”',
    '2 problems (1 error, 1 warning) in 1 treaty',
  ]);
  const withHints = await cli(dir, 'drafts', '--hints');
  assert.match(withHints.out, /drafts\/b\.md:7:13 {2}hint {2}style\.half-width-punctuation/);
});

test('cli: --max-warnings: warnings alone exit 0 unless there are more than N', async () => {
  const dir = tempFolder({ 'c.md': CLEAN.replace('本协定于', '本协议于') });
  assert.equal((await cli(dir)).code, 0);
  assert.equal((await cli(dir, '--max-warnings', '1')).code, 0);
  assert.equal((await cli(dir, '--max-warnings', '0')).code, 1);
  assert.equal((await cli(dir, '--max-warnings', 'many')).code, 2);
});

test('cli: usage errors and unreadable paths exit 2 with a message', async () => {
  const dir = tempFolder({ 'a.md': CLEAN });
  for (const args of [['--format', 'xml'], ['--bogus'], ['missing.md'], ['--fix', '--fix-dry-run']]) {
    const r = await cli(dir, ...args);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.err, /^treaty-check: /, args.join(' '));
  }
});

test('cli: json format', async () => {
  const dir = tempFolder({ 'b.md': FAULTY });
  const r = await cli(dir, '--format', 'json');
  const j = JSON.parse(r.out);
  assert.deepEqual(j.summary, { errors: 1, warnings: 1, infos: 0, hints: 0, files: 1 });
  assert.deepEqual(j.files[0].diagnostics[0], { code: 'ref.no-such-article', severity: 'error', message: '本协定没有第九条（共1条）', line: 7, column: 5, endLine: 7, endColumn: 11 });
});

test('cli: SARIF 2.1.0 output is valid against the OASIS schema', async () => {
  const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
  const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }).compile(schema);
  const dir = tempFolder({ 'b.md': FAULTY, '条约/甲.md': FAULTY });
  const r = await cli(dir, '--format', 'sarif');
  const log: any = JSON.parse(r.out);
  assert.ok(validate({ ...log }), JSON.stringify(validate.errors, null, 1));
  const results = log.runs[0].results;
  assert.equal(results.length, 4);
  assert.deepEqual(results[0].locations[0].physicalLocation, { artifactLocation: { uri: 'b.md' }, region: { startLine: 7, startColumn: 5, endLine: 7, endColumn: 11 } });
  assert.equal(results[2].locations[0].physicalLocation.artifactLocation.uri, '%E6%9D%A1%E7%BA%A6/%E7%94%B2.md');
  assert.equal(results[0].level, 'error');
  assert.equal(log.runs[0].tool.driver.rules[results[0].ruleIndex].id, 'ref.no-such-article');
  // and a broken log is caught by the same validator
  delete log.runs[0].tool.driver.name;
  assert.equal(validate({ ...log }), false);
});

test('cli: github format writes workflow annotations', async () => {
  const dir = tempFolder({ 'b.md': FAULTY });
  const r = await cli(dir, '--format', 'github');
  assert.deepEqual(r.out.trimEnd().split('\n'), [
    '::error file=b.md,line=7,col=5,endLine=7,endColumn=11,title=ref.no-such-article::本协定没有第九条（共1条）',
    '::warning file=b.md,line=9,col=1,endLine=9,endColumn=4,title=signing.self-reference::标题称“协定”，这里应为“本协定”',
  ]);
});

test('cli: --fix applies the safe fixes, is idempotent, and leaves other files byte for byte', async () => {
  const dir = tempFolder({ 'b.md': FAULTY, 'a.md': CLEAN.replace(/\n/g, '\r\n') });
  const before = fs.statSync(path.join(dir, 'a.md')).mtimeMs;
  const r = await cli(dir, '--fix', '--hints');
  const fixed = fs.readFileSync(path.join(dir, 'b.md'), 'utf8');
  assert.equal(fixed, FAULTY.replace('合作,加强', '合作，加强').replace('本协议于', '本协定于'));
  assert.equal(r.code, 1, 'the error that has no safe fix remains');
  assert.match(r.out, /ref\.no-such-article/);
  assert.doesNotMatch(r.out, /signing\.self-reference|half-width/);
  assert.equal(fs.readFileSync(path.join(dir, 'a.md'), 'utf8'), CLEAN.replace(/\n/g, '\r\n'));
  assert.equal(fs.statSync(path.join(dir, 'a.md')).mtimeMs, before, 'a file with nothing to fix is not written');
  await cli(dir, '--fix');
  assert.equal(fs.readFileSync(path.join(dir, 'b.md'), 'utf8'), fixed, 'a second --fix changes nothing');
});

// The two fixes that make a paste read at all, as the editor offers them (features/lineSeparators.ts, features/htmlPaste.ts):
// every reference read before is read after, meaning the same (test/support/editSafety.ts COMPLETES_READING).
const PAGE = [
  '<p>中华人民共和国政府和甲国政府关于经济合作的协定</p>',
  '<p>中华人民共和国政府和甲国政府（以下简称&ldquo;双方&rdquo;），达成协议如下：</p>',
  '<p>第一条　双方发展经济合作,加强交流。</p>',
  '<p>第二条　本协定自签字之日起生效，有效期五年。</p>',
  '<p>本协定于2001年7月16日在莫斯科签订，一式两份，每份均用中文和俄文写成，两种文本同等作准。</p>',
  '',
].join('\n');
const PLAIN = PAGE.replace(/<\/?p>/g, '').replace('&ldquo;', '“').replace('&rdquo;', '”');
const SEPARATED = CLEAN.replace(/\n/g, '\u2028');

test('cli: --fix makes a page\'s HTML source and lines broken by U+2028 read, then applies the safe fixes to what they read; a second --fix changes nothing', async () => {
  const dir = tempFolder({ 'page.md': PAGE, 'separated.treaty.md': SEPARATED });
  const r = await cli(dir, '--fix', '--hints');
  assert.equal(fs.readFileSync(path.join(dir, 'page.md'), 'utf8'), PLAIN.replace('合作,加强', '合作，加强'));
  assert.equal(fs.readFileSync(path.join(dir, 'separated.treaty.md'), 'utf8'), CLEAN);
  assert.equal(r.code, 0, r.out + r.err);
  await cli(dir, '--fix');
  assert.equal(fs.readFileSync(path.join(dir, 'page.md'), 'utf8'), PLAIN.replace('合作,加强', '合作，加强'), 'a second --fix changes nothing');
  assert.equal(fs.readFileSync(path.join(dir, 'separated.treaty.md'), 'utf8'), CLEAN);
});

test('cli: --fix does not decode a page\'s text that would read as a page\'s source again (it shows entities as text): left to a person', async () => {
  // The page shows its readers the markup `&ldquo;` `&rdquo;` `&mdash;` (escaped as `&amp;ldquo;` …): decoded once, three typographic entities remain.
  const shown = PAGE.replace('</p>\n<p>第二条', '例如&amp;ldquo;双方&amp;rdquo;&amp;mdash;</p>\n<p>第二条');
  const dir = tempFolder({ 'page.md': shown });
  const r = await cli(dir, '--fix');
  assert.equal(fs.readFileSync(path.join(dir, 'page.md'), 'utf8'), shown);
  assert.match(r.out, /text\.html/);
  // Nor a page holding a table (its cells would run together: no fix offered): and no other fix is made in its source,
  // where a half-width semicolon may be an entity's (`&ldquo;`).
  const table = PAGE.replace('<p>第二条', '<table><tr><td>附表</td></tr></table>\n<p>第二条');
  const other = tempFolder({ 'page.md': table });
  await cli(other, '--fix');
  assert.equal(fs.readFileSync(path.join(other, 'page.md'), 'utf8'), table);
});

test('cli: --fix-dry-run prints a diff and writes nothing', async () => {
  const dir = tempFolder({ 'b.md': FAULTY });
  const r = await cli(dir, '--fix-dry-run');
  assert.equal(fs.readFileSync(path.join(dir, 'b.md'), 'utf8'), FAULTY);
  assert.match(r.out, /^--- a\/b\.md\n\+\+\+ b\/b\.md\n@@ /);
  assert.match(r.out, /\n-双方依照本协定第九条合作,加强交流。本协定自签字之日起生效，有效期五年。\n/);
  assert.match(r.out, /\n\+双方依照本协定第九条合作，加强交流。本协定自签字之日起生效，有效期五年。\n/);
});

test('cli: --fix-dry-run\'s diff, applied by git apply, gives the text --fix writes: fixes two lines apart (one hunk), and a fix that adds lines (a paste\'s line separators)', async () => {
  // A self-reference in the entry-into-force article and the count of authentic texts two lines below it; a half-width comma above.
  const near = `${HEAD}## 第一条\n\n双方发展合作,加强交流。\n\n## 第二条\n\n本协议自签字之日起生效，有效期五年。\n${TAIL.replace('两种文本', '三种文本')}`;
  // Lines broken by U+2028 (the fix makes each one the file's line break) with a half-width comma further down.
  const separated = `${HEAD}## 第一条\u2028\u2028双方发展合作。\n\n## 第二条\n\n本协定自签字之日起生效,有效期五年。\n${TAIL}`;
  for (const [name, text] of [['near.md', near], ['separated.md', separated]]) {
    const dry = tempFolder({ [name]: text });
    const diff = (await cli(dry, '--fix-dry-run', name)).out;
    const fixed = tempFolder({ [name]: text });
    await cli(fixed, '--fix', name);
    const written = fs.readFileSync(path.join(fixed, name), 'utf8');
    assert.notEqual(written, text, `${name}: --fix changes it`);
    fs.writeFileSync(path.join(dry, 'fix.diff'), diff);
    const applied = spawnSync('git', ['apply', '-p1', 'fix.diff'], { cwd: dry, encoding: 'utf8' });
    assert.equal(applied.status, 0, `${name}: ${applied.stderr}\n${diff}`);
    assert.equal(fs.readFileSync(path.join(dry, name), 'utf8'), written, `${name}:\n${diff}`);
  }
});

test('cli: configuration sets severities and ignores files; .gitignore is respected', async () => {
  const dir = tempFolder({
    '.treatyrc.json': JSON.stringify({ severity: { 'ref.no-such-article': 'warning' }, ignore: ['old/**'] }),
    '.gitignore': 'build/\n',
    'b.md': FAULTY, 'old/b.md': FAULTY, 'build/b.md': FAULTY,
  });
  const r = await cli(dir, '--format', 'json');
  const j = JSON.parse(r.out);
  assert.deepEqual(j.files.map((f: { path: string }) => f.path), ['b.md']);
  assert.equal(j.files[0].diagnostics[0].severity, 'warning');
  assert.equal(r.code, 0);
  const bad = tempFolder({ '.treatyrc.json': JSON.stringify({ severity: { 'no.such': 'error' } }), 'b.md': CLEAN });
  assert.match((await cli(bad)).err, /unknown check "no\.such"/);
  const pkg = tempFolder({ 'package.json': JSON.stringify({ name: 'x', treaty: { severity: { 'signing.self-reference': 'off' } } }), 'c.md': CLEAN.replace('本协定于', '本协议于') });
  assert.match((await cli(pkg)).out, /^0 problems/);
});

/** A Chinese text and its Russian counterpart whose names do not pair them, differing in one number. */
const DECLARED_PAIR = {
  'a.md': `${HEAD}## 第一条\n\n双方在五年内完成合作。\n`,
  'texts/russian.md': '# Соглашение между Китайской Народной Республикой и Государством А о дружбе и сотрудничестве\n\n## Статья 1\n\nСтороны завершат сотрудничество в течение шести лет.\n',
};

test('cli: texts the configuration declares counterparts are checked against each other, as in the editor', async () => {
  const files = DECLARED_PAIR;
  // Their names do not pair them: no divergence is reported.
  assert.deepEqual((await cli(tempFolder(files), '--format', 'json')).out.match(/align\.[a-z-]+/g), null);
  const dir = tempFolder({ ...files, '.treatyrc.json': JSON.stringify({ counterparts: [['a.md', 'texts/russian.md']] }) });
  const j = JSON.parse((await cli(dir, '--format', 'json')).out);
  assert.deepEqual(j.files.map((f: { path: string; diagnostics: { code: string; line: number }[] }) => [f.path, f.diagnostics.filter((d) => d.code.startsWith('align.')).map((d) => `${d.line}:${d.code}`)]), [
    ['a.md', ['7:align.number']],
    ['texts/russian.md', ['5:align.number']],
  ]);
});

test('cli: suppression comments silence a check on a line, in a span, or in the file', async () => {
  const text = FAULTY.replace('双方依照', '<!-- treaty-disable-next-line ref.no-such-article -->\n双方依照');
  const dir = tempFolder({ 'b.md': text });
  const r = await cli(dir, '--format', 'json');
  assert.deepEqual(JSON.parse(r.out).files[0].diagnostics.map((d: { code: string }) => d.code), ['signing.self-reference']);
  const file = tempFolder({ 'b.md': `<!-- treaty-disable-file -->\n${FAULTY}` });
  assert.equal((await cli(file)).code, 0);
});

test('cli: --outline prints the article tree', async () => {
  const dir = tempFolder({ 'a.md': CLEAN });
  const r = await cli(dir, '--outline');
  assert.equal(r.code, 0);
  assert.match(r.out, /^a\.md\n {2}中华人民共和国和甲国友好合作协定.*\n {4}序言.*\n {4}第一条.*\n {4}第二条/);
});

test('cli: --stats counts per file', async () => {
  const dir = tempFolder({ 'b.md': FAULTY });
  const r = await cli(dir, '--stats');
  const [head, row] = r.out.trimEnd().split('\n');
  assert.match(head, /^file +articles +references +citations +errors +warnings +info$/);
  assert.match(row, /^b\.md +1 +1 +0 +1 +1 +0$/);
});

test('cli: the bin runs the bundle (npx treaty-check)', () => {
  const dir = tempFolder({ 'b.md': FAULTY });
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/treaty-check.js'), '--format', 'github'], { cwd: dir, encoding: 'utf8' });
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stdout, /^::error file=b\.md,line=7/);
});

test('cli: the bin starts the tool again, once, with the V8 flags it runs best with (its inlining budget among them)', () => {
  const dir = tempFolder({ 'b.md': FAULTY, 'probe.js': "process.stderr.write('EXEC ' + JSON.stringify({ again: !!process.env.TREATY_NO_RESTART, flags: process.execArgv.filter((a) => !a.startsWith('-r') && !a.endsWith('probe.js')) }) + '\\n');\n" });
  const r = spawnSync(process.execPath, ['-r', path.join(dir, 'probe.js'), path.join(ROOT, 'bin/treaty-check.js'), '--format', 'github'], { cwd: dir, encoding: 'utf8' });
  assert.equal(r.status, 1, r.stderr);
  const runs = [...r.stderr.matchAll(/^EXEC (.*)$/gm)].map((m) => JSON.parse(m[1]));
  assert.deepEqual(runs, [
    { again: false, flags: [] },
    // (One thread asked for: --single-threaded as well only on a machine of one core.)
    { again: true, flags: ['--max-semi-space-size=32', '--interrupt-budget=270336', '--max-inlined-bytecode-size-cumulative=150', '--initial-old-space-size=512', '--no-regexp-tier-up', ...(os.availableParallelism() > 1 ? [] : ['--single-threaded'])] },
  ]);
});

test('cli: the bin adds --single-threaded only when the threads asked for (--jobs) fill the cores', () => {
  const cores = os.availableParallelism();
  // (The main thread's: a check worker, which bin/treaty-check.js starts for --jobs 2 or more before the bundle loads, runs the probe too.)
  const dir = tempFolder({ 'b.md': FAULTY, 'probe.js': "if (process.env.TREATY_NO_RESTART && require('worker_threads').isMainThread) process.stderr.write('SINGLE ' + process.execArgv.includes('--single-threaded') + '\\n');\n" });
  // Each: the options given, and the threads they ask for (the last --jobs, in either spelling; 1 without).
  const cases: [string[], number][] = [
    [[], 1],
    [['--jobs', '1'], 1],
    [['--jobs', String(cores)], cores],
    [[`--jobs=${cores}`], cores],
    [['--jobs', String(cores), '--jobs=1'], 1],
  ];
  for (const [options, jobs] of cases) {
    const r = spawnSync(process.execPath, ['-r', path.join(dir, 'probe.js'), path.join(ROOT, 'bin/treaty-check.js'), '--format', 'github', ...options], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 1, r.stderr);
    assert.deepEqual([...r.stderr.matchAll(/^SINGLE (.*)$/gm)].map((m) => m[1]), [String(jobs >= cores)], options.join(' '));
  }
});

test('cli: the bin ends with the exit code the tool started again says once its exit listeners ran, not when its process is gone', () => {
  // The tool's process lingers after its own exit listeners (a listener added once they are all registered, as the teardown
  // of a large heap would): the bin is gone first, with the tool's code and its whole output, and the tool ends when told to.
  const dir = tempFolder({ 'b.md': FAULTY, 'probe.js': "const fs = require('fs'), path = require('path');\nif (process.env.TREATY_NO_RESTART && require('worker_threads').isMainThread) setImmediate(() => process.on('exit', () => { const pause = new Int32Array(new SharedArrayBuffer(4)); for (const until = Date.now() + 20000; !fs.existsSync(path.join(__dirname, 'go')) && Date.now() < until; ) Atomics.wait(pause, 0, 0, 10); fs.writeFileSync(path.join(__dirname, 'gone'), ''); }));\n" });
  // (Its output read through pipes: their ends come with the launcher's, the tool having closed its own.)
  const r = spawnSync(process.execPath, ['-r', path.join(dir, 'probe.js'), path.join(ROOT, 'bin/treaty-check.js'), '--format', 'github'], { cwd: dir, encoding: 'utf8' });
  const lingered = !fs.existsSync(path.join(dir, 'gone'));
  fs.writeFileSync(path.join(dir, 'go'), '');
  for (const until = Date.now() + 20000; !fs.existsSync(path.join(dir, 'gone')) && Date.now() < until; ) spawnSync(process.execPath, ['-e', 'setTimeout(() => 0, 20)']);
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stdout, /^::error file=b\.md,line=7/);
  assert.ok(lingered, 'the bin, or its output\'s end, waited for the tool\'s process to end');
  // Without the flags' restart (a few files named), one process, as before.
  const named = spawnSync(process.execPath, [path.join(ROOT, 'bin/treaty-check.js'), '--format', 'github', 'b.md'], { cwd: dir, encoding: 'utf8' });
  assert.equal(named.status, 1, named.stderr);
});

test('cli: the bin checks a few files named in the process as started, without starting again', () => {
  // Past 1.5 MB named, the flags pay off: a file of 1.6 MB (spaces: nothing to check).
  const dir = tempFolder({ 'b.md': FAULTY, 'c.md': FAULTY, 'big.md': ' '.repeat(1.6 * 1024 * 1024), 'cfg.json': '{}', 'sub/d.md': FAULTY, 'probe.js': "process.stderr.write(process.env.TREATY_NO_RESTART ? 'AGAIN\\n' : '');\n" });
  // Each: the arguments, and whether the tool is started again with its flags.
  const cases: [string[], boolean][] = [
    [['b.md'], false],
    [['b.md', 'c.md', '--format', 'json'], false],
    [['--jobs', '2', 'b.md', 'no-such.md'], false],
    [['--', 'b.md'], false],
    [[], true], // the folder it runs in
    [['sub'], true],
    [['b.md', 'sub'], true],
    [['*.md'], true],
    [['--config', 'cfg.json'], true], // the configuration is read, not checked: the folder is checked
    [['b.md', 'big.md'], true],
  ];
  for (const [args, again] of cases) {
    const r = spawnSync(process.execPath, ['-r', path.join(dir, 'probe.js'), path.join(ROOT, 'bin/treaty-check.js'), ...args], { cwd: dir, encoding: 'utf8' });
    assert.ok(r.status === 1 || r.status === 2, `${args.join(' ')}: ${r.stderr}`);
    assert.equal(/^AGAIN$/m.test(r.stderr), again, args.join(' '));
  }
});

test('cli: the process ends with its code once its output is written, not before (exitWhenWritten)', async () => {
  // A stream whose writes are called back later (a pipe whose reader is slow), and one with nothing pending.
  const calls: string[] = [];
  const slow = new Writable({ highWaterMark: 4, write: (chunk, _e, done) => setTimeout(() => (calls.push(`wrote ${chunk.length}`), done()), 20) });
  const idle = new Writable({ write: (_c, _e, done) => done() });
  slow.write('a long line');
  let code: number | undefined;
  exitWhenWritten(3, [slow, idle], (c) => ((code = c), calls.push('exit')));
  assert.equal(code, undefined);
  await new Promise((resolve) => setTimeout(resolve, 200));
  assert.equal(code, 3);
  assert.deepEqual(calls, ['wrote 11', 'wrote 0', 'exit']);
  // Nothing pending: at once.
  exitWhenWritten(0, [idle], (c) => (code = c));
  assert.equal(code, 0);
  // A write pending that fails (the pipe's reader gone): not ended here, but by the stream's error (the launcher's 141).
  const broken = new Writable({ highWaterMark: 4, write: (_c, _e, done) => setTimeout(() => done(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' })), 20) });
  const errors: string[] = [];
  broken.on('error', (e) => errors.push(e.message));
  broken.write('a long line');
  code = undefined;
  exitWhenWritten(0, [broken, idle], (c) => (code = c));
  await new Promise((resolve) => setTimeout(resolve, 200));
  assert.equal(code, undefined);
  assert.deepEqual(errors, ['write EPIPE']);
});

test('cli: the bin\'s output through a pipe whose reader waits is written whole before the process ends', async () => {
  // Some hundred kilobytes of JSON (more than a pipe holds), read only after a pause.
  const files: Record<string, string> = {};
  for (let i = 0; i < 70; i++) files[`${String(i).padStart(2, '0')}.md`] = FAULTY.replace('第九条', `第${i + 9}条`).repeat(8);
  const dir = tempFolder(files);
  for (const jobs of ['1', '2']) {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/treaty-check.js'), '--format', 'json', '--hints', '--jobs', jobs], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pause();
    const chunks: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => chunks.push(b));
    const ended = new Promise<number | null>((resolve) => child.on('close', resolve));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    child.stdout.resume();
    assert.equal(await ended, 1);
    const out = Buffer.concat(chunks);
    assert.ok(out.length > 1 << 17, `${out.length} bytes`);
    const json = JSON.parse(out.toString()) as { files: unknown[] };
    assert.equal(json.files.length, 70, `--jobs ${jobs}`);
  }
});

test('config: the schema VS Code completes .treatyrc.json with lists every check, and readConfig accepts what it allows', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const entry = pkg.contributes.jsonValidation.find((j: { fileMatch: string }) => j.fileMatch === '.treatyrc.json');
  const schema = JSON.parse(fs.readFileSync(path.join(ROOT, entry.url), 'utf8'));
  assert.deepEqual(Object.keys(schema.properties.severity.properties).sort(), Object.keys(DIAGNOSTIC_CODES).sort());
  const value = { severity: Object.fromEntries(Object.keys(DIAGNOSTIC_CODES).map((c) => [c, 'off'])), include: ['a/**'], ignore: ['b/**'], markdownDetection: false };
  const validate = new Ajv({ strict: false }).compile({ ...schema, $schema: undefined });
  assert.ok(validate(value), JSON.stringify(validate.errors));
  assert.deepEqual(readConfig(value).problems, []);
  assert.equal(readConfig(value).config.markdownDetection, false);
  assert.deepEqual(readConfig({ colour: 1, include: 'x' }).problems, ['unknown key "colour"', '"include" is not a list of globs']);
});

test('cli: --jobs 2 reads and checks in worker threads, with the same answers as one thread; --jobs 0 is a usage error', async () => {
  // 70 files (enough to start workers): treaties citing each other's articles, one faulty, one not a treaty, one unreadable name.
  const files: Record<string, string> = { 'notes.md': '# 会议记录\n\n今天讨论了日程。\n' };
  for (let i = 0; i < 70; i++) {
    const title = `中华人民共和国和甲国第${i}号合作协定`;
    const cites = `依照《中华人民共和国和甲国第${(i + 1) % 70}号合作协定》第${i % 3 === 0 ? '九' : '二'}条`;
    files[`t/${String(i).padStart(2, '0')}.md`] = (i === 5 ? FAULTY : CLEAN).replace('中华人民共和国和甲国友好合作协定', title).replace('双方发展合作。', `双方${cites}合作。`);
  }
  // And a pair of texts declared in the configuration: the workers read it too.
  const dir = tempFolder({ ...files, ...DECLARED_PAIR, '.treatyrc.json': JSON.stringify({ counterparts: [['a.md', 'texts/russian.md']] }) });
  for (const format of ['json', 'text']) {
    const one = await cli(dir, '--jobs', '1', '--format', format, '--hints');
    const two = await cli(dir, '--jobs', '2', '--format', format, '--hints');
    assert.equal(one.code, 1);
    assert.equal(two.code, one.code);
    assert.equal(two.out, one.out);
    assert.equal(two.err, one.err);
  }
  const json = JSON.parse((await cli(dir, '--jobs', '2', '--format', 'json')).out) as { files: { path: string; diagnostics: { code: string }[] }[] };
  assert.equal(json.files.length, 72);
  assert.deepEqual(json.files.flatMap((f) => f.diagnostics.filter((d) => d.code.startsWith('align.')).map((d) => `${f.path} ${d.code}`)), ['a.md align.number', 'texts/russian.md align.number']);
  // Every third (0, 3 … 69: 24) cites a 第九条 its target does not have, 04 cites the 第二条 of the
  // faulty 05 (one article), and 05 names its own 第九条: resolved across files in the workers too.
  assert.equal(json.files.flatMap((f) => f.diagnostics).filter((d) => d.code === 'ref.no-such-article').length, 24 + 1 + 1);
  const bad = await cli(dir, '--jobs', '0');
  assert.equal(bad.code, 2);
  assert.match(bad.err, /--jobs takes a whole number/);
});

test('cli: TREATY_TIMINGS times each thread\'s phases into its file (bench/checkSpeed.ts --timings), and changes nothing of the output', () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 70; i++) files[`${String(i).padStart(2, '0')}.md`] = (i % 7 === 0 ? FAULTY : CLEAN).replace('中华人民共和国和甲国友好合作协定', `中华人民共和国和甲国第${i}号合作协定`);
  const dir = tempFolder(files);
  const timings = path.join(dir, '..', `timings-${path.basename(dir)}.jsonl`);
  const bin = path.join(ROOT, 'bin/treaty-check.js');
  for (const jobs of ['1', '2']) {
    fs.rmSync(timings, { force: true });
    const plain = spawnSync(process.execPath, [bin, '--format', 'json', '--jobs', jobs], { cwd: dir, encoding: 'utf8' });
    const timed = spawnSync(process.execPath, [bin, '--format', 'json', '--jobs', jobs], { cwd: dir, encoding: 'utf8', env: { ...process.env, TREATY_TIMINGS: timings } });
    assert.equal(plain.status, 1);
    assert.equal(timed.status, plain.status);
    assert.equal(timed.stdout, plain.stdout);
    assert.equal(timed.stderr, plain.stderr);
    const marks = fs.readFileSync(timings, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { thread: string; what: string; at: number; files?: number });
    // Every file read once, by one thread or the other; each thread read and finished; the main thread found the 70 files.
    const threads = [...new Set(marks.map((m) => m.thread))].sort();
    // (And the process that started the tool again with V8's flags, bin/launch.js: when it let the tool go — its code said, after its exit listeners.)
    assert.deepEqual(threads.map((t) => t.replace(/\d+$/, 'N')), jobs === '1' ? ['launcher', 'main'] : ['launcher', 'main', 'worker N'], jobs);
    assert.ok(marks.find((m) => m.what === 'child ended')!.at >= marks.find((m) => m.what === 'exit')!.at);
    assert.equal(marks.filter((m) => m.what === 'file').length, 70);
    for (const t of threads.filter((t) => t !== 'launcher')) for (const what of ['done reading', 'finished']) assert.ok(marks.some((m) => m.thread === t && m.what === what), `${t} ${what}`);
    assert.equal(marks.find((m) => m.what === 'files found')?.files, 70);
    // With two threads, the worker started by the bin before the tool's bundle ran (and taken by the run: it read).
    if (jobs === '2') assert.ok(marks.find((m) => m.what === 'worker started')!.at < marks.find((m) => m.what === 'run')!.at);
  }
  fs.rmSync(timings, { force: true });
});

test('checkSpeed --timings: each file\'s reading CPU, and each thread of a run on two weighed against one thread\'s, file by file', () => {
  const mark = (thread: string, what: string, at: number, cpu: number, file?: string) => ({ thread, what, at, cpu, ...(file ? { file, chars: 1 } : {}) });
  // One thread: a.md's CPU unknown (the mark before it is no file's, no chunk's), b.md 3 ms, c.md 4 ms.
  const one = [mark('main', 'files found', 0, 0), mark('main', 'file', 1, 2, 'a.md'), mark('main', 'file', 2, 5, 'b.md'), mark('main', 'file', 3, 9, 'c.md')];
  assert.deepEqual([...fileCpus(one)], [['b.md', { thread: 'main', cpu: 3, k: 1 }], ['c.md', { thread: 'main', cpu: 4, k: 2 }]]);
  // Two: the main thread a.md 3 ms and b.md 6 ms (b.md 2× its 3 ms alone; a.md has no CPU alone), the worker c.md 8 ms (2× its 4 ms).
  const two = [
    mark('main', 'chunk read from', 0, 10), mark('main', 'file', 1, 13, 'a.md'), mark('main', 'file', 2, 19, 'b.md'), mark('main', 'done reading', 3, 19),
    mark('worker 1', 'chunk read from', 0, 0), mark('worker 1', 'file', 2, 8, 'c.md'), mark('worker 1', 'done reading', 3, 8),
  ];
  const lines = phasesOf(two, fileCpus(one)).split('\n').filter((l) => l.includes('against'));
  assert.deepEqual(lines.map((l) => l.trim()), [
    "its files' CPU against one thread's: 2.00× (its first 300 files 2.00×, 3 ms more; the rest —, 0 ms more)",
    "its files' CPU against one thread's: 2.00× (its first 300 files 2.00×, 4 ms more; the rest —, 0 ms more)",
  ]);
  // Without a run on one thread beside it, no such line.
  assert.ok(!phasesOf(two).includes('against'));
});

test('checkSpeed --timings: the processes\' CPU split between the checking threads (each at its last mark) and the rest', () => {
  const mark = (thread: string, what: string, at: number, cpu: number) => ({ thread, what, at, cpu });
  // The main thread's CPU at its last mark 50 ms, the worker's 60 ms (its marks out of order), the launcher's mark not a
  // checking thread's; the processes 140 ms in all: 30 ms the rest.
  const marks = [mark('main', 'run', 0, 5), mark('main', 'exit', 100, 50), mark('worker 1', 'finished', 90, 60), mark('worker 1', 'job', 10, 1), mark('launcher', 'child ended', 100, 40)];
  assert.equal(threadsCpu(marks, 140).trim(), 'CPU 140 ms: the checking threads 110 ms (main 50, worker 1 60), the rest 30 ms (21 %: V8\'s helper threads, the launcher, what comes after the last marks)');
  // A thread whose CPU could not be read (NaN) counts nothing; no CPU of the processes, no split.
  assert.equal(threadsCpu([...marks, mark('worker 2', 'job', 5, NaN)], 140), threadsCpu(marks, 140));
  assert.equal(threadsCpu(marks, NaN).trim(), '(no CPU split)');
});

test('checkSpeed --timings: the run drawn thread by thread, and its serial and idle parts', () => {
  const mark = (thread: string, what: string, at: number, cpu: number) => ({ thread, what, at, cpu });
  // Started again by the launcher (0–10 ms), the bundle run at 20 ms and the worker started, the files found and cut at 30 ms;
  // the main thread reads 30–70 ms, waits, finishes 80–90 ms, writes and exits at 100 ms; the worker loaded at 30 ms reads to
  // 80 ms and finishes 80–90 ms; the launcher lets the tool go at 100 ms. A column a 10 ms.
  const main = [['launched', 0], ['process start', 10], ['run', 20], ['worker started', 20], ['files found', 30], ['chunks cut', 30], ['chunk read from', 30], ['chunk read', 70], ['done reading', 70], ['finish from', 80], ['finished', 90], ['written', 95], ['exit', 100]] as const;
  const worker = [['worker loaded', 30], ['chunk read from', 30], ['chunk read', 80], ['done reading', 80], ['finish from', 80], ['finished', 90]] as const;
  const marks = [...main.map(([w, at]) => mark('main', w, at, at / 2)), ...worker.map(([w, at]) => mark('worker 1', w, at, at - 30)), mark('launcher', 'child ended', 100, 40)];
  assert.deepEqual(timelineOf(marks, 10).split('\n').map((l) => l.trim()), [
    'timeline, 100 ms (one column 10 ms; l launcher, s start, g files found and cut, r reading, f finishing, o output and exit, · waiting):',
    'main     |lsgrrrr·fo|',
    'worker 1 |  srrrrrf |',
    "before every thread reads: 30 ms (the restart 10 ms, the process's start and bundle 10 ms, the files found 10 ms and cut 0 ms; worker 1 started 20 ms, loaded 30 ms; reading from 30 ms and 30 ms)",
    'reading ended 10 ms apart (main 70 ms, worker 1 80 ms); finishing ended 0 ms apart (main 90 ms, worker 1 90 ms)',
    "after the last finishing: the output's end 5 ms, the exit 100 ms, the launcher let it go 0 ms later; CPU main 50 ms, worker 1 60 ms",
  ]);
});
