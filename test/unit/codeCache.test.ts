// treaty-check's bundles compiled from a code cache beside them (protocol/codeCache.ts): the module a bundle exports is the
// same with a cache or without one, and a cache that does not fit its bundle — made from another source of the same
// length (V8 checks only the length), cut short, or spoilt — is never run: the bundle is compiled anew and the cache
// written again.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { cacheCode, cacheFileOf, requireCached } from '../../server/src/protocol/codeCache';
import { spawnSync } from 'child_process';
import { tempFolder } from '../support/fixture';

/** A bundle's source: a function a run calls (compiled lazily, so in a cache made after the call), and the value it gives. */
const bundle = (value: string) => `"use strict";\nfunction answer() { return ${JSON.stringify(value)}; }\nmodule.exports = { answer, file: __filename, dir: __dirname, fs: typeof require('fs').readFileSync };\n`;

/** The length of a cache file's payload (V8's data, after the source and the lengths). */
function payloadLength(b: Buffer): number {
  return b.readUInt32LE(4 + b.readUInt32LE(0));
}

function load(file: string): { answer(): string; file: string; dir: string; fs: string } {
  const m = requireCached(file) as { answer(): string; file: string; dir: string; fs: string };
  m.answer();
  return m;
}

test('a bundle loaded without a cache, then from the cache it left: the same module; a cache that fits is not written again', () => {
  const dir = tempFolder({ 'tool.js': bundle('one') });
  const file = path.join(dir, 'tool.js');
  const cache = cacheFileOf(file);
  const first = load(file);
  assert.deepEqual([first.answer(), first.file, first.dir, first.fs], ['one', file, dir, 'function']);
  assert.equal(fs.existsSync(cache), false, 'written only when asked (cacheCode)');
  cacheCode();
  const bytes = fs.readFileSync(cache);
  const source = Buffer.from(bundle('one'));
  assert.equal(bytes.readUInt32LE(0), source.length);
  assert.deepEqual(bytes.subarray(4, 4 + source.length), source, 'the source it was made from');
  assert.equal(bytes.readUInt32LE(4 + source.length), bytes.length - 8 - source.length);
  const inode = fs.statSync(cache).ino;
  const second = load(file);
  assert.equal(second.answer(), 'one');
  cacheCode();
  assert.equal(fs.statSync(cache).ino, inode, 'a cache that fits is kept');
  assert.deepEqual(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp')), [], 'no temporary file left');
});

test('a cache made from another source of the same length is not run', () => {
  const dir = tempFolder({ 'tool.js': bundle('one') });
  const file = path.join(dir, 'tool.js');
  load(file);
  cacheCode();
  fs.writeFileSync(file, bundle('two'));
  assert.equal(bundle('one').length, bundle('two').length);
  assert.equal(load(file).answer(), 'two');
  cacheCode();
  assert.deepEqual(fs.readFileSync(cacheFileOf(file)).subarray(4, 4 + bundle('two').length), Buffer.from(bundle('two')), 'written again for the new source');
  assert.equal(load(file).answer(), 'two');
});

test('a bundle of many pieces (the cache\'s source is compared a piece at a time): another source differing only in its last piece is not run', () => {
  // 300 KB of comment before the function: the cache's copy of the source is read in pieces of 64 KB.
  const large = (value: string) => `// ${'x'.repeat(300 * 1024)}\n${bundle(value)}`;
  const dir = tempFolder({ 'tool.js': large('one') });
  const file = path.join(dir, 'tool.js');
  assert.equal(load(file).answer(), 'one');
  cacheCode();
  const cache = cacheFileOf(file);
  const inode = fs.statSync(cache).ino;
  assert.equal(load(file).answer(), 'one');
  cacheCode();
  assert.equal(fs.statSync(cache).ino, inode, 'a cache that fits is kept');
  fs.writeFileSync(file, large('two'));
  assert.equal(load(file).answer(), 'two');
  cacheCode();
  assert.notEqual(fs.statSync(cache).ino, inode, 'written again for the new source');
  assert.equal(load(file).answer(), 'two');
});

test('a cache cut short or spoilt: the bundle is compiled anew, and the cache written again', () => {
  for (const spoil of [(b: Buffer) => b.subarray(0, b.length - 100), (b: Buffer) => Buffer.concat([b.subarray(0, b.length - payloadLength(b)), Buffer.alloc(payloadLength(b), 0x5a)]), () => Buffer.alloc(0)]) {
    const dir = tempFolder({ 'tool.js': bundle('one') });
    const file = path.join(dir, 'tool.js');
    load(file);
    cacheCode();
    const cache = cacheFileOf(file);
    const good = fs.readFileSync(cache);
    fs.writeFileSync(cache, spoil(good));
    assert.equal(load(file).answer(), 'one');
    cacheCode();
    assert.equal(fs.readFileSync(cache).length, good.length, 'written again');
  }
});

test('a folder that cannot be written keeps no cache, and the bundle loads', { skip: process.getuid?.() === 0 ? 'root writes anywhere' : false }, () => {
  const dir = tempFolder({ 'tool.js': bundle('one') });
  const file = path.join(dir, 'tool.js');
  fs.chmodSync(dir, 0o555);
  try {
    assert.equal(load(file).answer(), 'one');
    cacheCode();
    assert.deepEqual(fs.readdirSync(dir), ['tool.js']);
  } finally {
    fs.chmodSync(dir, 0o755);
  }
});

test('a cache file where a folder stands: no cache, and the bundle loads', () => {
  const dir = tempFolder({ 'tool.js': bundle('one') });
  const file = path.join(dir, 'tool.js');
  fs.mkdirSync(cacheFileOf(file));
  assert.equal(load(file).answer(), 'one');
  cacheCode();
  assert.equal(load(file).answer(), 'one');
  assert.deepEqual(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp')), [], 'no temporary file left');
});

test('TREATY_NO_CODE_CACHE: the bundle required as it is, no cache', () => {
  const dir = tempFolder({ 'tool.js': bundle('one') });
  const file = path.join(dir, 'tool.js');
  process.env.TREATY_NO_CODE_CACHE = '1';
  try {
    assert.equal(load(file).answer(), 'one');
    cacheCode();
    assert.equal(fs.existsSync(cacheFileOf(file)), false);
  } finally {
    delete process.env.TREATY_NO_CODE_CACHE;
  }
});

test('the language server started as every editor starts it, `node server/out/server.js`: its bundle loaded through the cache, written at the exit and used by the next start', () => {
  // The built entry, the server's bundle and the loader, in a folder of their own (the tree's server/out is the build's).
  const out = path.resolve(__dirname, '../../../server/out');
  const dir = tempFolder({});
  for (const f of ['server.js', 'languageServer.js', 'codeCache.js']) fs.copyFileSync(path.join(out, f), path.join(dir, f));
  const caches = () => fs.readdirSync(dir).filter((f) => /^languageServer\.js\.[0-9a-f]{8}\.cache$/.test(f));
  const start = () => spawnSync(process.execPath, [path.join(dir, 'server.js'), '--version'], { encoding: 'utf8', env: { ...process.env, TREATY_NO_CODE_CACHE: '' } });
  const first = start();
  assert.equal(first.status, 0, first.stderr);
  assert.match(first.stdout, /\d+\.\d+\.\d+/);
  assert.equal(caches().length, 1, 'the bundle\'s cache written at the exit');
  const inode = fs.statSync(path.join(dir, caches()[0])).ino;
  const second = start();
  assert.deepEqual([second.status, second.stdout], [0, first.stdout]);
  assert.equal(fs.statSync(path.join(dir, caches()[0])).ino, inode, 'the cache fitted the next start: not written again');
  assert.deepEqual(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp') || (f.endsWith('.cache') && !caches().includes(f))), [], 'no other file');
});
