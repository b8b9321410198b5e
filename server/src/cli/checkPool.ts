// treaty-check on every core, each file read and parsed once: the files are cut into chunks, each
// a run of consecutive files (in path order), larger first, several a thread (`cutChunks`); every
// thread — the check workers and this one — takes the next chunk left until none is (a counter
// they share), reads and checks it alone (cli/checkWorker.ts `readShare`), and the workers send
// back only small records (summaries, diagnostics, the checks left pending); this thread then
// finishes the pending checks against all the summaries in the files' order (`finishAll`), as one
// thread does. The answers are the same as on one thread. A chunk a worker took and did not give
// back (it failed, died or could not start) is read by this thread. The workers may be started
// before the files are known (`WorkersAhead`): an isolate takes ~0.1 s to start, which then overlaps
// this thread's search for the files instead of delaying the worker's first chunk.
import * as os from 'os';
import * as path from 'path';
import * as fs from 'fs';
import { Worker } from 'worker_threads';
import { Diagnostic } from 'vscode-languageserver-types';
import { DeclaredCounterparts } from '../index/workspace';
import { SeveritySettings } from '../features/diagnostics';
import { ChunkJob, ReadJob, ReadResult, finishAll, readShare } from './checkWorker';

/** Below this many files one thread is faster than starting workers. */
export const PARALLEL_FROM = 64;

export function workerCount(): number {
  return Math.max(1, Math.min(8, os.availableParallelism?.() ?? os.cpus().length));
}

function checkWorkerScript(): string | undefined {
  const file = path.join(__dirname, 'checkWorker.js');
  return fs.existsSync(file) ? file : undefined;
}

export interface ParallelResult {
  /** Served files, in the order given, with their diagnostics. */
  checked: { file: string; uri: string; diagnostics: Diagnostic[] }[];
  /** Every file in the order given: why it could not be read, or what to say of its encoding. */
  read: { file: string; why?: string; note?: string }[];
}

/** The smallest chunk, as a share of the bytes a thread has (a run's last chunks are this small, so that the threads finish together). */
const LAST_CHUNK_SHARE = 1 / 24;

/**
 * `files` cut into runs of consecutive files for `k` threads to take in turn, larger first: each
 * chunk a share of the bytes still to cut (1 / 2k), down to LAST_CHUNK_SHARE of a thread's bytes —
 * few chunks while every thread has work, small ones at the end, where a thread that is done
 * would wait for another's last chunk (`bytes`: each file's size).
 */
export function cutChunks<T>(files: readonly T[], bytes: readonly number[], k: number): T[][] {
  if (k <= 1 || files.length <= 1) return [files.slice()];
  const total = bytes.reduce((x, b) => x + b, 0);
  const least = (total / k) * LAST_CHUNK_SHARE;
  const chunks: T[][] = [];
  let left = total;
  let chunk: T[] = [];
  let inChunk = 0;
  let target = Math.max(least, left / (2 * k));
  files.forEach((f, i) => {
    if (chunk.length > 0 && inChunk >= target) {
      chunks.push(chunk);
      left -= inChunk;
      chunk = [];
      inChunk = 0;
      target = Math.max(least, left / (2 * k));
    }
    chunk.push(f);
    inChunk += bytes[i];
  });
  chunks.push(chunk);
  return chunks;
}

/** A check worker started, and whether it has ended meanwhile (failed, died, or could not load). */
interface Started {
  worker: Worker;
  gone: boolean;
}

function newWorker(script: string): Worker {
  // A young generation large enough for a parse's many short-lived objects (as the server's --max-semi-space-size).
  return new Worker(script, { resourceLimits: { maxYoungGenerationSizeMb: 96 } });
}

/**
 * Check workers started before the files are known (treaty-check starts them, then looks for the
 * files): each isolate starts meanwhile. Unreferenced until a run takes them, so that they keep no
 * process alive; `close` ends those no run took (fewer files than PARALLEL_FROM, or a usage error).
 */
export class WorkersAhead {
  private readonly started: Started[] = [];
  constructor(count: number, script = checkWorkerScript()) {
    for (let i = 0; i < count && script; i++) {
      try {
        const started: Started = { worker: newWorker(script), gone: false };
        started.worker.unref();
        // (An error before a run takes the worker: its chunks are read by another thread then.)
        started.worker.on('error', () => undefined);
        started.worker.on('exit', () => {
          started.gone = true;
        });
        this.started.push(started);
      } catch {
        break;
      }
    }
  }
  /** At most `n` of the workers, handed over: they are the taker's to end. */
  take(n: number): Started[] {
    return this.started.splice(0, Math.max(0, n));
  }
  /** Ends the workers not taken. */
  close(): void {
    for (const s of this.started.splice(0)) void s.worker.terminate();
  }
}

/**
 * Reads and checks `files` ({ file, uri? }: ReadJob) on `size` threads (`script`: the worker's; `mainReads`:
 * whether this thread takes chunks too — tests say false, so that the workers read every chunk;
 * `ahead`: workers started already, taken before any is started here).
 */
export async function checkInParallel(
  files: ReadJob['files'], severity: SeveritySettings, markdownDetection: boolean,
  counterparts: DeclaredCounterparts, hints: boolean, size = workerCount(), script = checkWorkerScript(), mainReads = true,
  ahead?: WorkersAhead,
): Promise<ParallelResult> {
  const bytes = files.map((f) => {
    try {
      return fs.statSync(f.file).size;
    } catch {
      return 0;
    }
  });
  const k = Math.max(1, Math.min(size, files.length));
  const chunks = cutChunks(files, bytes, k);
  const n = chunks.length;
  // Each thread takes the next chunk not yet taken (one counter shared by all) until none is left.
  const job: ChunkJob = { chunks, next: new SharedArrayBuffer(4), severity, markdownDetection, hints };
  const results: (ReadResult[] | undefined)[] = new Array(n);
  // The workers first; this thread takes chunks too (it would wait idle otherwise), and between two
  // it reads the records the workers sent meanwhile (they would all be read at the end otherwise,
  // after the last chunk: ~0.25 s of a run over LawRefBook/Laws with two threads).
  const taken = ahead?.take(k - 1) ?? [];
  ahead?.close();
  const inWorkers = taken.map((w) => inWorker(w, job, results));
  if (script) for (let i = taken.length; i < k - 1; i++) inWorkers.push(inWorker(script, job, results));
  const next = new Int32Array(job.next);
  for (let i = mainReads ? Atomics.add(next, 0, 1) : n; i < n; i = Atomics.add(next, 0, 1)) {
    await new Promise(setImmediate);
    results[i] = readShare({ files: chunks[i], severity, markdownDetection, hints });
  }
  await Promise.all(inWorkers);
  // A chunk a worker took and did not give back (it failed or died) is read here.
  for (let i = 0; i < n; i++) results[i] ??= readShare({ files: chunks[i], severity, markdownDetection, hints });
  const read = results.flatMap((r) => r ?? []);
  return {
    checked: finishAll(read, severity, markdownDetection, counterparts, hints),
    read: read.map((r) => ({ file: r.file, why: r.why, note: r.note })),
  };
}

/** A worker (`from`: started here from this script, or started ahead) taking chunks of `job` and giving back each one's records into `results`; settled when it is done, fails or dies. */
function inWorker(from: string | Started, job: ChunkJob, results: (ReadResult[] | undefined)[]): Promise<void> {
  return new Promise((resolve) => {
    let worker: Worker;
    if (typeof from !== 'string') {
      // Ended before it was given the job (no event comes any more).
      if (from.gone) {
        resolve();
        return;
      }
      worker = from.worker;
      worker.ref();
    } else {
      try {
        worker = newWorker(from);
      } catch {
        resolve();
        return;
      }
    }
    let done = false;
    const end = () => {
      if (done) return;
      done = true;
      worker.removeAllListeners();
      worker.on('error', () => undefined);
      void worker.terminate();
      resolve();
    };
    worker.on('message', (m: { chunk: number; read: ReadResult[] } | { done: true } | { error: string }) => {
      if ('chunk' in m) results[m.chunk] = m.read;
      else end();
    });
    worker.on('error', end);
    worker.on('exit', end);
    worker.postMessage(job);
  });
}
