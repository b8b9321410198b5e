// treaty-check on every core: the files are read and analysed by the scan workers
// (protocol/scanPool.ts, as the server's start-up scan does), then the checks run in check
// workers (cli/checkWorker.ts), each holding the whole workspace and checking its share of the
// files. The answers are the same as on one thread: every worker resolves citations against
// the same documents. A worker that fails or cannot start leaves its share to this thread.
import * as os from 'os';
import * as path from 'path';
import * as fs from 'fs';
import { Worker } from 'worker_threads';
import { Diagnostic } from 'vscode-languageserver-types';
import { Analysis, DeclaredCounterparts, WorkspaceIndex, analyse } from '../index/workspace';
import { SeveritySettings } from '../features/diagnostics';
import { ScanPool } from '../protocol/scanPool';
import { DEFAULT_LIMITS, FileLimits } from '../protocol/files';
import { CheckAnswer, CheckJob, runJob } from './checkWorker';

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
  /** Files that could not be read, and why. */
  unreadable: { file: string; why: string }[];
}

/** Reads, analyses and checks `files` ({ file, uri }) on `size` threads. */
export async function checkInParallel(
  files: { file: string; uri: string }[], maxFileBytes: number, severity: SeveritySettings, markdownDetection: boolean,
  counterparts: DeclaredCounterparts, size = workerCount(),
): Promise<ParallelResult> {
  const limits: FileLimits = { ...DEFAULT_LIMITS, maxFiles: Math.max(DEFAULT_LIMITS.maxFiles, files.length), maxFileBytes, maxKeptChars: Number.MAX_SAFE_INTEGER };
  const docs = new Map<string, { uri: string; text: string; analysis: Analysis }>();
  const unreadable: { file: string; why: string }[] = [];
  // 1. Read and analyse (title and info; no model is kept).
  await new ScanPool(size).load(files, limits, (results) => {
    for (const { file, uri, loaded } of results) {
      if (loaded.kind === 'skip') unreadable.push({ file, why: loaded.why });
      else if (loaded.kind === 'analysed' && loaded.text !== undefined && loaded.analysis) docs.set(uri, { uri, text: loaded.text, analysis: loaded.analysis });
      else if (loaded.kind === 'text') {
        // Read on this thread (no worker could): analysed here.
        const a = analyse(uri, loaded.text);
        if (a.treaty && !a.refusal) docs.set(uri, { uri, text: loaded.text, analysis: a.analysis });
      }
    }
  });
  // What this configuration serves (markdown detection may be off).
  const index = new WorkspaceIndex();
  index.markdownDetection = markdownDetection;
  const served: { file: string; uri: string; length: number }[] = [];
  for (const { file, uri } of files) {
    const d = docs.get(uri);
    if (!d) continue;
    const s = index.setAnalysed(uri, d.text, d.analysis);
    if (index.isServed(s)) served.push({ file, uri, length: d.text.length });
  }
  // 2. Check: shares of about equal text, each a run of consecutive files (in path order): files
  // of one folder cite the same instruments, whose models then stay among the index's live ones.
  const k = Math.max(1, Math.min(size, served.length));
  const total = served.reduce((n, f) => n + f.length, 0);
  const shares: { uris: string[]; chars: number }[] = Array.from({ length: k }, () => ({ uris: [], chars: 0 }));
  let at = 0;
  for (const f of served) {
    if (shares[at].chars >= total / k && at < k - 1) at++;
    shares[at].uris.push(f.uri);
    shares[at].chars += f.length;
  }
  // In the order of the files, as one thread admits them: where two titles answer a name
  // equally well, the first one wins, so the order must not be the order the reads ended in.
  const all = files.map((f) => docs.get(f.uri)).filter((d): d is { uri: string; text: string; analysis: Analysis } => d !== undefined);
  const job = (share: string[]): CheckJob => ({ docs: all, share, severity, markdownDetection, counterparts });
  const script = checkWorkerScript();
  const answers = await Promise.all(shares.map((s) => (script && k > 1 ? inWorker(script, job(s.uris)) : Promise.resolve(undefined)).then((a) => a ?? runJob(job(s.uris)))));
  const byUri = new Map<string, Diagnostic[]>();
  for (const a of answers) for (const r of a.results) byUri.set(r.uri, r.diagnostics);
  return { checked: served.map((f) => ({ file: f.file, uri: f.uri, diagnostics: byUri.get(f.uri) ?? [] })), unreadable };
}

/** One job in a worker; undefined when the worker fails (the caller runs the job itself). */
function inWorker(script: string, job: CheckJob): Promise<CheckAnswer | undefined> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(script, { resourceLimits: { maxYoungGenerationSizeMb: 96 } });
    } catch {
      resolve(undefined);
      return;
    }
    let done = false;
    const end = (a: CheckAnswer | undefined) => {
      if (done) return;
      done = true;
      worker.removeAllListeners();
      void worker.terminate();
      resolve(a);
    };
    worker.on('message', (m: CheckAnswer | { error: string }) => end('error' in m ? undefined : m));
    worker.on('error', () => end(undefined));
    worker.on('exit', () => end(undefined));
    worker.postMessage(job);
  });
}
