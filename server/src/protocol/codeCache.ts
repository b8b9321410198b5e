// A code cache for the bundles (treaty-check's, server/out/treaty-check.js and server/out/checkWorker.js; the language
// server's, server/out/languageServer.js, which server/out/server.js loads as any editor starts it, and its workspace scan's workers',
// server/out/scanWorker.js): V8's bytecode of the functions a run compiled, kept in a file beside the bundle, so that the
// next run's isolates — the main thread's and each worker's — neither parse and compile the bundle nor compile its
// functions one by one as the run first calls them (valgrind, every tenth law's first 40, a check worker's bundle: 2,552 → 2,325 M instructions; docs/performance.md,
// session 44). Node 20 has no `module.enableCompileCache`: the bundle is compiled here with `vm.Script`'s `cachedData`
// and run as a CommonJS module.
//
// Safe when the cache is missing, stale or unusable: V8 checks a cache's version, flags and its source's *length* only,
// so each cache file holds the very bytes of the source it was made from, compared whole with the bundle's (a memcmp:
// no hash, whose module alone — crypto — cost ~50 M instructions an isolate to load), and its payload's length; a cache
// of other flags or another Node is another file (`cacheFileOf`). A cache that does not fit, or that V8 rejects, is not used
// (the bundle compiled as without one) and a new one is written once the run has compiled what it needs (`cacheCode`:
// the main thread at its exit, a check worker once it has read its chunks, a scan worker when its scan ends), to a file of its own renamed over the old one (no
// reader ever sees half a file); a folder that cannot be written (an extension installed read-only) keeps no cache. TREATY_NO_CODE_CACHE=1 loads the
// bundles as plain `require` does (a baseline for measurements). The only module of cli/ that is its own bundle's entry
// too (server/out/codeCache.js): bin/launch.js loads treaty-check.js through it, a check worker and a scan worker start
// with it (`workerData.treatyBundle`: the bundle it then loads), and the language server's entry, server/out/server.js,
// loads the server's bundle through it (protocol/serverStart.ts).
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import { createRequire } from 'module';
import { isMainThread, threadId, workerData } from 'worker_threads';

/** The writers of the caches this thread's bundles need (one a bundle loaded without a usable cache), and whether the main thread's exit writes them: shared by every copy of this module in the thread. */
const WRITERS = Symbol.for('treaty-drafting.codeCache.writers');
/** Set while a worker's bundle is loaded by `startWorker`: the copy of this module inside that bundle starts nothing. */
const LOADING = Symbol.for('treaty-drafting.codeCache.loading');
/** A cache file: the source's length in bytes (4 bytes, little-endian), the source, the payload's length (4 bytes), the payload. */
const LENGTH = 4;

type Global = typeof globalThis & { [WRITERS]?: { writers: (() => void)[]; atExit: boolean }; [LOADING]?: boolean };

/** The cache file of `bundle` for this Node and these V8 flags (a run with other flags, `--single-threaded` or none, keeps its own: V8 would reject the other's). */
export function cacheFileOf(bundle: string): string {
  return `${bundle}.${fnv1a(`${process.version}\0${process.arch}\0${v8Flags(process.execArgv).join('\0')}`)}.cache`;
}

/** FNV-1a of `s`'s code units, 8 hex digits: a file name's tag (two flag sets alike would share a file, which V8 then rejects and writes again: no harm). */
function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/** Node's options that do not change what V8 compiles (a module preloaded, a profiler, an inspector), with their values: not in a cache's name, which would be another file for each. */
const NOT_V8 = /^--?(?:r|require|import|loader|experimental-loader|inspect(?:-brk|-port)?|cpu-prof[a-z-]*|heap-prof[a-z-]*|enable-source-maps|title|env-file)(?:=|$)/;
const WITH_VALUE = /^--?(?:r|require|import|loader|experimental-loader|cpu-prof-dir|cpu-prof-name|cpu-prof-interval|heap-prof-dir|heap-prof-name|heap-prof-interval|title|env-file)$/;

function v8Flags(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (!NOT_V8.test(argv[i])) out.push(argv[i]);
    else if (WITH_VALUE.test(argv[i])) i++;
  }
  return out;
}

/** The module.exports of the CommonJS `bundle`, compiled from its cache when one fits. */
export function requireCached(bundle: string): unknown {
  const file = path.resolve(bundle);
  if (process.env.TREATY_NO_CODE_CACHE) return createRequire(file)(file);
  const script = compiled(file);
  const module = { exports: {} as unknown, id: file, filename: file, loaded: false };
  const run = script.runInThisContext() as (exports: unknown, require: NodeRequire, module: unknown, filename: string, dirname: string) => void;
  run.call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file));
  module.loaded = true;
  return module.exports;
}

/**
 * The bundle `file` compiled, from its cache when one fits (else a writer of one pending). Apart from `requireCached` so that
 * what only the compile needs — the bundle's bytes, the cache's payload, the source before it is wrapped: ~5 MB for
 * treaty-check's bundle — is garbage before the bundle runs, and dies young: held while the bundle's top level ran, it lived
 * through its scavenges into the old generation, which the tool's large initial old space leaves unmarked for the whole run
 * (peak RSS +6.5 MB with one thread, +9 MB with two: docs/performance.md, session 45). Only a cache to be written keeps the
 * bytes (its source).
 */
function compiled(file: string): vm.Script {
  // The source read between the wrapper's head and tail, made a string once (a template string of the bundle's text made a
  // second string of it, as large: kept in the old generation's large objects, as the wrapped one is).
  const wrapped = withWrapper(file);
  const bytes = wrapped.subarray(HEAD.length, wrapped.length - TAIL.length);
  const cacheFile = cacheFileOf(file);
  const cachedData = fitting(cacheFile, bytes);
  const script = new vm.Script(wrapped.toString('utf8'), { filename: file, cachedData });
  if (!cachedData || script.cachedDataRejected) {
    const pending = ((globalThis as Global)[WRITERS] ??= { writers: [], atExit: false });
    pending.writers.push(() => writeCache(script, cacheFile, bytes));
    if (isMainThread && !pending.atExit) {
      pending.atExit = true;
      process.once('exit', cacheCode);
    }
  }
  return script;
}

/** A CommonJS module's wrapper, as Node's loader gives it (the bundle's own text between HEAD and TAIL). */
const HEAD = Buffer.from('(function (exports, require, module, __filename, __dirname) { ');
const TAIL = Buffer.from('\n});');

/** The file's bytes between HEAD and TAIL, in one buffer. */
function withWrapper(file: string): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const out = Buffer.allocUnsafe(HEAD.length + size + TAIL.length);
    HEAD.copy(out, 0);
    let n = 0;
    for (let k; n < size && (k = fs.readSync(fd, out, HEAD.length + n, size - n, n)) > 0; ) n += k;
    TAIL.copy(out, HEAD.length + n);
    return out.subarray(0, HEAD.length + n + TAIL.length);
  } finally {
    fs.closeSync(fd);
  }
}

/** How much of a cache file's source is read at a time to compare it with the bundle's (not the whole copy: it would be garbage as large as the bundle). */
const PIECE = 64 * 1024;

/** The payload of `cacheFile` when it was made from the source `source` (its bytes) and is whole; else undefined. Reads the payload alone into a buffer of its own. */
function fitting(cacheFile: string, source: Buffer): Buffer | undefined {
  let fd: number;
  try {
    fd = fs.openSync(cacheFile, 'r');
  } catch {
    return undefined;
  }
  try {
    const n = source.length;
    const size = fs.fstatSync(fd).size;
    const head = LENGTH + n + LENGTH;
    const lengths = Buffer.alloc(LENGTH);
    if (size <= head || fs.readSync(fd, lengths, 0, LENGTH, 0) !== LENGTH || lengths.readUInt32LE(0) !== n) return undefined;
    const piece = Buffer.allocUnsafe(Math.min(PIECE, n));
    for (let at = 0; at < n; at += piece.length) {
      const k = Math.min(piece.length, n - at);
      if (fs.readSync(fd, piece, 0, k, LENGTH + at) !== k || !piece.subarray(0, k).equals(source.subarray(at, at + k))) return undefined;
    }
    if (fs.readSync(fd, lengths, 0, LENGTH, LENGTH + n) !== LENGTH || lengths.readUInt32LE(0) !== size - head) return undefined;
    const payload = Buffer.allocUnsafe(size - head);
    return fs.readSync(fd, payload, 0, payload.length, head) === payload.length ? payload : undefined;
  } catch {
    return undefined;
  } finally {
    fs.closeSync(fd);
  }
}

function writeCache(script: vm.Script, cacheFile: string, source: Buffer): void {
  const temporary = `${cacheFile}.${process.pid}-${threadId}.tmp`;
  try {
    // (A folder this user cannot write, an installation's: the cache's data not even made — tens of milliseconds every run.)
    fs.accessSync(path.dirname(cacheFile), fs.constants.W_OK);
    const data = script.createCachedData();
    const lengths = Buffer.alloc(2 * LENGTH);
    lengths.writeUInt32LE(source.length, 0);
    lengths.writeUInt32LE(data.length, LENGTH);
    fs.writeFileSync(temporary, Buffer.concat([lengths.subarray(0, LENGTH), source, lengths.subarray(LENGTH), data]));
    fs.renameSync(temporary, cacheFile);
  } catch {
    // (A folder that cannot be written, a disk full: no cache, as before.)
    try {
      fs.unlinkSync(temporary);
    } catch {
      // none made
    }
  }
}

/** Writes the caches this thread's bundles need, once: call it when the run has compiled what the next run will need. */
export function cacheCode(): void {
  const pending = (globalThis as Global)[WRITERS];
  if (!pending) return;
  for (const write of pending.writers.splice(0)) write();
}

/** Started as a worker's script (a check worker, cli/checkPool.ts `newWorker`; a scan worker, protocol/scanPool.ts): loads the bundle it is given through the cache. */
function startWorker(): void {
  const g = globalThis as Global;
  const bundle = (workerData as { treatyBundle?: unknown } | null)?.treatyBundle;
  if (isMainThread || typeof bundle !== 'string' || g[LOADING]) return;
  g[LOADING] = true;
  requireCached(bundle);
}

startWorker();
