// A drafter's first hour: what the README promises a new user, held as data — the command-line
// tools used as a newcomer uses them (piped into `head`, pointed at the wrong folder), the Get
// Started walkthrough's pictures of its sample against what the server says of that sample, and
// every snippet typed where a drafter types it leaving no error or warning.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { spawn } from 'child_process';
import { DocumentSymbol } from 'vscode-languageserver-types';
import { ROOT } from '../support/fixture';
import { WorkspaceIndex } from '../../server/src/index/workspace';
import { contextOf } from '../../server/src/features/context';
import { diagnostics } from '../../server/src/features/diagnostics';
import { documentSymbols } from '../../server/src/features/documentSymbols';
import { codeActions } from '../../server/src/features/codeActions';
import { setLocale } from '../../server/src/features/messages';

/**
 * Runs a bin (bin/NAME.js) with `args` in `cwd`, reads its standard output until `bytes` have
 * come, then closes the pipe as `head -c` does; the exit code and what it wrote on standard error.
 */
function runClosingEarly(name: string, args: string[], cwd: string, bytes: number): Promise<{ code: number | null; err: string; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', `${name}.js`), ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString('utf8');
      if (out.length >= bytes) child.stdout.destroy();
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
    child.on('close', (code) => resolve({ code, err, out }));
  });
}

test('a tool piped into head stops quietly when the reader goes: no stack trace; the exit code of a broken pipe (141), or its own when it had finished writing', async () => {
  // The real corpus in JSON with hints (some 300 KB) and its outline: more than a pipe holds, so the tool is still writing when the reader leaves.
  for (const args of [['test/fixtures/real', '--format', 'json', '--hints'], ['--outline', 'test/fixtures/real']]) {
    const r = await runClosingEarly('treaty-check', args, ROOT, 10);
    assert.equal(r.err, '', args.join(' '));
    // 1: the corpus has its errors (a copy's own defects), the code of a run that wrote all it had before the pipe closed.
    assert.ok(r.code === 141 || r.code === 1, `${args.join(' ')}: exit code ${r.code}`);
  }
});

// ---------------------------------------------------------------------------------------
// The Get Started walkthrough (package.json contributes.walkthroughs): its pages picture what the
// server gives its sample agreement (media/walkthrough/sample.treaty.md, opened by
// treaty.openSample as an untitled treaty document).

const media = (f: string) => fs.readFileSync(path.join(ROOT, 'media/walkthrough', f), 'utf8');
/** The lines of a page's first fenced block. */
const block = (page: string) => /```\n([\s\S]*?)```/.exec(page)![1].trimEnd().split('\n');

function sample() {
  setLocale('zh-cn');
  const index = new WorkspaceIndex();
  return contextOf(index, index.set('untitled:Untitled-1', media('sample.treaty.md'), 1, 'treaty'));
}

test('walkthrough: the problem the Fix page shows is the one the sample gets, and Ctrl+. on it offers the renumbering it names', () => {
  const ctx = sample();
  const found = diagnostics(ctx).filter((d) => d.severity === 1 || d.severity === 2);
  // The sample jumps from 第三条 to 第五条: one warning, no error.
  assert.deepEqual(found.map((d) => [d.code, d.message]), [['numbering.gap', '缺少第四条']]);
  assert.deepEqual(block(media('fix.md')), [`⚠ ${found[0].code}   ${found[0].message}`]);
  const titles = codeActions(ctx, found[0].range, found).map((a) => a.title);
  assert.ok(titles.includes('重新编号全部条款并更新引用'), titles.join(' / '));
  assert.match(media('fix.md'), /\*\*重新编号全部条款并更新引用\*\*/);
});

test('walkthrough: the Outline page shows the outline the sample gets, name and detail', () => {
  const lines: string[] = [];
  const walk = (symbols: DocumentSymbol[], depth: number) => {
    for (const s of symbols) {
      lines.push(`${'  '.repeat(depth)}${s.name}${s.detail ? ` ${s.detail}` : ''}`);
      walk(s.children ?? [], depth + 1);
    }
  };
  walk(documentSymbols(sample()), 0);
  // The page aligns the details in a column: name, two spaces or more, detail.
  assert.deepEqual(block(media('outline.md')).map((l) => l.replace(/(\S) {2,}/, '$1 ')), lines);
});
