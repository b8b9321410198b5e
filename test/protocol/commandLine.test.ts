// The built server started by hand: without a transport, or with --help or
// --version, it prints a short text and exits (0 for --help/--version, 2 for
// no transport) instead of printing its minified source and a stack trace.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from '../support/fixture';

const SERVER = path.join(ROOT, 'server/out/server.js');
const version = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [SERVER, ...args], { encoding: 'utf8', timeout: 20_000, stdio: ['ignore', 'pipe', 'pipe'] });
  assert.equal(r.error, undefined);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A usage text names every transport, is short, and is no stack trace. */
function assertUsage(text: string) {
  for (const flag of ['--stdio', '--node-ipc', '--socket=N', '--help', '--version']) assert.ok(text.includes(flag), `usage names ${flag}`);
  assert.ok(text.length < 2000, `usage is short (${text.length} characters)`);
  assert.doesNotMatch(text, /^\s+at /m, 'no stack trace');
}

test('--help prints the usage on stdout and exits 0', () => {
  const r = run('--help');
  assert.equal(r.code, 0);
  assertUsage(r.stdout);
  assert.equal(r.stderr, '');
});

test('--version prints the version of package.json and exits 0', () => {
  const r = run('--version');
  assert.equal(r.code, 0);
  assert.equal(r.stdout.trim(), version);
});

test('no transport: the usage on stderr, exit code 2', () => {
  const r = run();
  assert.equal(r.code, 2);
  assertUsage(r.stderr);
  assert.match(r.stderr, /no transport/);
  assert.equal(r.stdout, '');
});

test('an unknown flag alone is no transport either; a port that is not a number is refused', () => {
  const unknown = run('--verbose');
  assert.equal(unknown.code, 2);
  assertUsage(unknown.stderr);
  const socket = run('--socket=abc');
  assert.equal(socket.code, 2);
  assert.match(socket.stderr, /--socket needs a port number/);
});
