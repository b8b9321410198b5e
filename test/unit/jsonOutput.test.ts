// treaty-check --format json (cli/formats.ts `writeJson`): written in pieces, no one string of the
// whole output, each piece's text what JSON.stringify({ files, summary }, null, 2) gave, byte for byte —
// the data below are the shapes a result may take: no file, a file without diagnostics, a code that is
// a number or absent, a message with quotation marks, a line break, a backslash, U+2028, a lone surrogate.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import { FileResult, count, formatJson, jsonRun, jsonRunBytes, messageOf, severityName, writeJson, writeJsonBytes, writeJsonRuns } from '../../server/src/cli/formats';
import { utf8Of } from '../../server/src/cli/commandLine';

/** What formatJson wrote before it wrote in pieces. */
function stringified(results: FileResult[]): string {
  const files = results.map((r) => ({
    path: r.path,
    diagnostics: r.diagnostics.map((d) => ({
      code: d.code, severity: severityName(d), message: messageOf(d),
      line: d.range.start.line + 1, column: d.range.start.character + 1,
      endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1,
    })),
  }));
  return JSON.stringify({ files, summary: count(results) }, null, 2) + '\n';
}

function diag(message: string, code: string | number | undefined, severity: DiagnosticSeverity | undefined, line = 3): Diagnostic {
  const d: Diagnostic = { range: { start: { line, character: 4 }, end: { line: line + 1, character: 0 } }, message, source: 'treaty' };
  if (code !== undefined) d.code = code;
  if (severity !== undefined) d.severity = severity;
  return d;
}

const CASES: [string, FileResult[]][] = [
  ['no file', []],
  ['a file without diagnostics', [{ path: 'a.md', diagnostics: [] }]],
  ['every severity, a code absent or a number', [
    { path: '条约/甲 "乙".md', diagnostics: [diag('本协定没有第九条（共1条）', 'ref.no-such-article', DiagnosticSeverity.Error), diag('标题称“协定”', 'signing.self-reference', DiagnosticSeverity.Warning), diag('x', 7, DiagnosticSeverity.Information), diag('y', undefined, DiagnosticSeverity.Hint), diag('z', 'c', undefined)] },
    { path: 'b.md', diagnostics: [] },
    { path: 'c\\d.md', diagnostics: [diag('"引号" \\ 反斜杠\n换行\t制表\u2028分隔\ud800孤', 'text.html', DiagnosticSeverity.Warning, 0)] },
  ]],
  ['numbers that are not small whole numbers, a message in markup', [
    { path: 'e.md', diagnostics: [
      { range: { start: { line: NaN, character: 1.5 }, end: { line: 2 ** 31, character: -3 } }, message: 'a', severity: DiagnosticSeverity.Information },
      { range: { start: { line: 0, character: 0 }, end: { line: Infinity, character: 1e21 } }, message: { kind: 'markdown', value: '**条**' } as unknown as string, code: 'x' },
      diag('标题称“协定”', 'signing.self-reference', DiagnosticSeverity.Warning, 9),
      diag('标题称“协定”', 'signing.self-reference', DiagnosticSeverity.Warning, 99999),
    ] },
  ]],
];

test('json output: byte for byte what JSON.stringify with two spaces gives', () => {
  for (const [name, results] of CASES) assert.equal(formatJson(results), stringified(results), name);
});

test('json output: a large output is written in pieces of about a megabyte, together the same text', () => {
  const one: FileResult = { path: 'treaty.md', diagnostics: Array.from({ length: 200 }, (_, i) => diag(`第${i}条：${'长'.repeat(40)}`, 'ref.no-such-article', DiagnosticSeverity.Error, i)) };
  const results = Array.from({ length: 100 }, (_, i) => ({ ...one, path: `treaty-${i}.md` }));
  const pieces: string[] = [];
  writeJson(results, (s) => pieces.push(s));
  assert.ok(pieces.length > 2, `${pieces.length} pieces`);
  assert.ok(Math.max(...pieces.map((p) => p.length)) < 2 << 20);
  assert.equal(pieces.join(''), stringified(results));
});

test('json output: written ahead in runs of files (each thread those it checked, treaty-check --jobs N), the same text — runs without files first, between and last, runs of megabytes', () => {
  const big: FileResult = { path: 'big.md', diagnostics: Array.from({ length: 3000 }, (_, i) => diag(`第${i}条：${'长'.repeat(200)}`, 'ref.no-such-article', DiagnosticSeverity.Error, i)) };
  for (const [name, results] of [...CASES, ['large files', [big, { ...big, path: 'b.md' }, { path: 'c.md', diagnostics: [] }, { ...big, path: 'd.md' }]] as [string, FileResult[]]]) {
    // Every way of cutting the results into runs of at most two, with runs of none put before, between and after.
    for (let cut = 0; cut < 1 << results.length; cut++) {
      const runs = [jsonRun([])];
      let run: FileResult[] = [];
      results.forEach((r, i) => {
        run.push(r);
        if (cut & (1 << i) || run.length === 2) {
          runs.push(jsonRun(run), jsonRun([]));
          run = [];
        }
      });
      runs.push(jsonRun(run));
      const pieces: string[] = [];
      writeJsonRuns(runs, (s) => pieces.push(s));
      assert.equal(pieces.join(''), stringified(results), `${name}, cut ${cut}`);
      assert.ok(pieces.every((p) => p.length < 3 << 20), `${name}: pieces of ${pieces.map((p) => p.length)}`);
      // Every other run in UTF-8 (a worker's), in blocks cut anywhere (inside a character too), written as bytes, or
      // decoded when there is no writer of bytes.
      const encoded = runs.map((r, i) => (i % 4 === 1 ? { ...r, json: blocksOf(new TextEncoder().encode(r.json as string), cut % 7) } : r));
      const bytes: Buffer[] = [];
      writeJsonRuns(encoded, (s) => bytes.push(Buffer.from(s)), (b) => bytes.push(Buffer.from(b)));
      assert.equal(Buffer.concat(bytes).toString(), stringified(results), `${name}, cut ${cut}, in UTF-8`);
      let decoded = '';
      writeJsonRuns(encoded, (s) => (decoded += s));
      assert.equal(decoded, stringified(results), `${name}, cut ${cut}, decoded`);
    }
  }
});

test('output: a long string is written as the UTF-8 Buffer.from gives, a lone surrogate as U+FFFD', () => {
  for (const s of ['', 'abc', '条约第一条', '\ud83d\ude00 emoji', 'lone \ud800 high, lone \udc00 low, end \ud83d', '\u2028\u0000\uffff', '条'.repeat(70000) + '\ud83d\ude00'.repeat(5000)]) {
    assert.deepEqual(utf8Of(s), Buffer.from(s), JSON.stringify(s.slice(0, 40)));
  }
});

test('json output in UTF-8, written straight into bytes (treaty-check writing to standard output): the bytes of the text, whole or in runs', () => {
  const big: FileResult = { path: '大.md', diagnostics: Array.from({ length: 3000 }, (_, i) => diag(`第${i}条：${'长'.repeat(i % 7 ? 20 : 200)}`, i % 3 ? 'ref.no-such-article' : 'self.mismatch', ((i % 4) + 1) as DiagnosticSeverity, i * 37)) };
  for (const [name, results] of [...CASES, ['large files', [big, { ...big, path: 'b.md' }, { path: 'c.md', diagnostics: [] }, { ...big, path: 'd.md' }]] as [string, FileResult[]]]) {
    const run = jsonRun(results);
    const bytes = jsonRunBytes(results);
    assert.deepEqual(bytes.counts, run.counts, name);
    const json = bytes.json as Uint8Array[];
    assert.deepEqual(Buffer.concat(json), Buffer.from(run.json as string), name);
    // In blocks, each a buffer of its own, which a worker moves to the main thread; none of them mostly empty (the last
    // copied at its size), as a run is kept until it is written.
    assert.equal(new Set(json.map((b) => b.buffer)).size, json.length, name);
    for (const b of json) {
      assert.equal(b.byteOffset, 0, name);
      assert.ok(b.length > 0 && b.buffer.byteLength - b.length <= b.buffer.byteLength / 8, `${name}: ${b.length} bytes in a buffer of ${b.buffer.byteLength}`);
    }
    if (name === 'large files') assert.ok(json.length > 1, `${name}: ${json.length} block`);
    const blocks: Uint8Array[] = [];
    writeJsonBytes(results, (b) => blocks.push(b));
    assert.deepEqual(Buffer.concat(blocks), Buffer.from(stringified(results)), name);
    assert.ok(blocks.every((b) => b.length <= (1 << 20) + 4096), `${name}: blocks of ${blocks.map((b) => b.length)}`);
    // Each block a buffer of its own, never written into again once handed on (a stream may write it later).
    assert.equal(new Set(blocks.map((b) => b.buffer)).size, blocks.length, name);
  }
});

/** `b` cut into about a hundred blocks, of some bytes more or less (`odd`: 0–6) than a hundredth, each a buffer of its own. */
function blocksOf(b: Uint8Array, odd: number): Uint8Array[] {
  const k = Math.max(1, Math.floor(b.length / 100) + odd - 3);
  const out: Uint8Array[] = [];
  for (let i = 0; i < b.length; i += k) out.push(b.slice(i, i + k));
  return out;
}
