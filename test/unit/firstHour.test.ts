// A drafter's first hour: what the README promises a new user, held as data — the command-line
// tools used as a newcomer uses them (piped into `head`, pointed at the wrong folder), the Get
// Started walkthrough's pictures of its sample against what the server says of that sample, and
// every snippet typed where a drafter types it leaving no error or warning.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'path';
import { spawn } from 'child_process';
import { ROOT } from '../support/fixture';

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
