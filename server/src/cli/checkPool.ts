// treaty-check on every core, each file read and parsed once: the files are cut into shares of
// about equal size, each a run of consecutive files (in path order), read and checked alone in
// check workers (cli/checkWorker.ts `readShare`) — this thread takes the first share — which send
// back only small records (summaries, diagnostics, the checks left pending); this thread then
// finishes the pending checks against all the summaries (`finishAll`), as one thread does. The
// answers are the same as on one thread. A worker that fails or cannot start leaves its share to
// this thread.
import * as os from 'os';
import * as path from 'path';
import * as fs from 'fs';
import { Worker } from 'worker_threads';
import { Diagnostic } from 'vscode-languageserver-types';
import { DeclaredCounterparts } from '../index/workspace';
import { SeveritySettings } from '../features/diagnostics';
import { ReadJob, ReadResult, finishAll, readShare } from './checkWorker';

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

/** Reads and checks `files` ({ file, uri }) on `size` threads (`script`: the worker's). */
export async function checkInParallel(
  files: { file: string; uri: string }[], severity: SeveritySettings, markdownDetection: boolean,
  counterparts: DeclaredCounterparts, hints: boolean, size = workerCount(), script = checkWorkerScript(),
): Promise<ParallelResult> {
  // Shares of about equal bytes, each a run of consecutive files.
  const bytes = files.map((f) => {
    try {
      return fs.statSync(f.file).size;
    } catch {
      return 0;
    }
  });
  const k = Math.max(1, Math.min(size, files.length));
  const total = bytes.reduce((n, b) => n + b, 0);
  const shares: { files: { file: string; uri: string }[]; bytes: number }[] = Array.from({ length: k }, () => ({ files: [], bytes: 0 }));
  let at = 0;
  files.forEach((f, i) => {
    if (shares[at].bytes >= total / k && at < k - 1) at++;
    shares[at].files.push(f);
    shares[at].bytes += bytes[i];
  });
  const job = (s: { files: { file: string; uri: string }[] }): ReadJob => ({ files: s.files, severity, markdownDetection, hints });
  // The workers first; this thread takes the first share (it would wait idle otherwise).
  const inWorkers = shares.map((s, i) => (script && i > 0 ? inWorker(script, job(s)) : undefined));
  await new Promise(setImmediate);
  const mine = readShare(job(shares[0]));
  const others = await Promise.all(inWorkers.slice(1).map((p, i) => (p ?? Promise.resolve(undefined)).then((a) => a ?? readShare(job(shares[i + 1])))));
  const read = [mine, ...others].flat();
  return {
    checked: finishAll(read, severity, markdownDetection, counterparts, hints),
    read: read.map((r) => ({ file: r.file, why: r.why, note: r.note })),
  };
}

/** One share read in a worker; undefined when the worker fails (the caller reads it itself). */
function inWorker(script: string, job: ReadJob): Promise<ReadResult[] | undefined> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      // A young generation large enough for a parse's many short-lived objects (as the server's --max-semi-space-size).
      worker = new Worker(script, { resourceLimits: { maxYoungGenerationSizeMb: 96 } });
    } catch {
      resolve(undefined);
      return;
    }
    let done = false;
    const end = (a: ReadResult[] | undefined) => {
      if (done) return;
      done = true;
      worker.removeAllListeners();
      worker.on('error', () => undefined);
      void worker.terminate();
      resolve(a);
    };
    worker.on('message', (m: { read: ReadResult[] } | { error: string }) => end('read' in m ? m.read : undefined));
    worker.on('error', () => end(undefined));
    worker.on('exit', () => end(undefined));
    worker.postMessage(job);
  });
}
