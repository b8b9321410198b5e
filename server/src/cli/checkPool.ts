// treaty-check on every core, each file read and parsed once: the files are cut into chunks, each
// a run of consecutive files (in path order), larger first, several a thread (`cutChunks`); every
// thread — the check workers and this one — takes the next chunk left until none is (a counter
// they share), reads and checks it alone (cli/checkWorker.ts `readShare`), keeps its records and
// sends the others only the files' summaries (what their checks read of other documents). Once
// every chunk is read, each thread finishes the pending checks of the files it read against all the
// summaries in the files' order (`finishChunks`), as one thread does, the workers sending back the
// diagnostics: the answers are the same as on one thread. A chunk a worker took and did not give back
// read (it failed, died or could not start), or finished, is read and finished by this thread. The
// workers may be started before the files are known (`WorkersAhead`): an isolate takes ~0.1 s to
// start, which then overlaps this thread's search for the files instead of delaying the worker's first chunk.
import * as os from 'os';
import * as path from 'path';
import * as fs from 'fs';
import { MessageChannel, MessagePort, Worker, receiveMessageOnPort } from 'worker_threads';
import { DeclaredCounterparts } from '../index/workspace';
import { SeveritySettings } from '../features/diagnostics';
import { Checked, ChunkJob, FinishedChunk, FromWorker, JsonWanted, ReadJob, ReadResult, StartJob, ToWorker, finishChunks, finishedChunk, readShare, summaryOf } from './checkWorker';
import { JsonRun } from './formats';
import { mark } from './timings';

/** Below this many files one thread is faster than starting workers. */
export const PARALLEL_FROM = 64;

function workerCount(): number {
  return Math.max(1, Math.min(8, os.availableParallelism?.() ?? os.cpus().length));
}

function checkWorkerScript(): string | undefined {
  const file = path.join(__dirname, 'checkWorker.js');
  return fs.existsSync(file) ? file : undefined;
}

export interface ParallelResult {
  /** Served files, in the order given, with their diagnostics (none when `json` was asked for: they are in `json`). */
  checked: Checked[];
  /** `json` asked for: the served files' results as JSON, in runs (formats.ts `writeJsonRuns`), written by the threads that checked them. */
  json?: JsonRun[];
  /** Every file in the order given: why it could not be read, or what to say of its encoding. */
  read: ReadNote[];
}

/** A file read: why it could not be, or what to say of its encoding. */
export interface ReadNote {
  file: string;
  why?: string;
  note?: string;
}

/**
 * The results as they come (treaty-check writing them while the threads still finish theirs): `read`, every file's
 * note once every file is read (before any chunk is finished); `chunk`, each chunk finished, in the files' order, as
 * soon as it and every chunk before it are (then not kept: the result's `json` is left out, its `checked` holds the files).
 */
export interface Streamed {
  read(read: ReadNote[]): void;
  chunk(finished: FinishedChunk): void;
}

/**
 * What reading and checking a file costs beyond its bytes, in bytes: each file pays a fixed part (opened, its index
 * entry, its model's and checks' set-up, its records) which its size does not say. Measured over LawRefBook/Laws
 * (TREATY_TIMINGS, one thread, the files past the first fifth: a least-squares fit of a file's CPU time on its size)
 * at 0.75–0.84 ms a file plus 0.06–0.08 ms a KB: the fixed part is worth 10–12 KB, two fifths of a run's CPU. The
 * half of the laws under 5,000 characters cost 1.8 ms each: two fifths of the CPU for a quarter of the bytes. Counted
 * by bytes alone, a chunk of many short laws cost up to twice its share, and the last chunks, cut small so that the
 * threads end together, were not small.
 */
export const FILE_COST = 10 * 1024;

/** A file's cost for `cutChunks`: its size and the fixed part every file pays (FILE_COST). */
export function fileCost(size: number): number {
  return size + FILE_COST;
}

/**
 * The smallest chunk, as a share of the cost a thread has (a run's last chunks are this small, so that the threads finish
 * together). A thread that has read its last chunk waits for the other's to end (its records are needed to finish any
 * file): at 1/24 the last chunks of LawRefBook/Laws and of the 5,000 generated treaties took ~55–130 ms each with two
 * threads (each file's cost, `fileCost`, at a quiet thread's 2.6 s for its half), and the threads ended their reading 15–70 ms
 * apart at a load of ~1–5 (timelineOf). At 1/96: ~25–45 ms each, four or five chunks more in a run (a message of summaries
 * and a few marks each).
 */
const LAST_CHUNK_SHARE = 1 / 96;

/**
 * `files` cut into runs of consecutive files for `k` threads to take in turn, larger first: each
 * chunk a share of the cost still to cut (1 / 2k), down to LAST_CHUNK_SHARE of a thread's cost —
 * few chunks while every thread has work, small ones at the end, where a thread that is done
 * would wait for another's last chunk (`costs`: each file's, `fileCost`).
 */
export function cutChunks<T>(files: readonly T[], costs: readonly number[], k: number): T[][] {
  if (k <= 1 || files.length <= 1) return [files.slice()];
  const total = costs.reduce((x, c) => x + c, 0);
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
    inChunk += costs[i];
  });
  chunks.push(chunk);
  return chunks;
}

/** A check worker started, and whether it has ended meanwhile (failed, died, or could not load). */
export interface Started {
  worker: Worker;
  gone: boolean;
}

/** A check worker's young generation: large enough for a parse's many short-lived objects (as the server's --max-semi-space-size). */
export const WORKER_LIMITS = { maxYoungGenerationSizeMb: 96 };

function newWorker(script: string): Worker {
  mark('worker started');
  const resourceLimits = WORKER_LIMITS;
  // Started through the code cache's loader beside it when there is one (protocol/codeCache.ts): the bundle compiled from its cache.
  const loader = path.join(path.dirname(script), 'codeCache.js');
  if (!process.env.TREATY_NO_CODE_CACHE && fs.existsSync(loader)) return new Worker(loader, { workerData: { treatyBundle: script }, resourceLimits });
  return new Worker(script, { resourceLimits });
}

/**
 * Check workers bin/treaty-check.js started before this bundle loaded (a run of `--jobs N` over a folder: while this
 * thread compiles the bundle and finds the files, each isolate starts), left here: `script`, the worker's bundle,
 * `resourceLimits`, what each was started with (newWorker's, or they are not taken), `at`, when.
 */
export const EARLY_WORKERS = Symbol.for('treaty-drafting.checkWorkersEarly');
export interface EarlyWorkers {
  started: Started[];
  script: string;
  resourceLimits: typeof WORKER_LIMITS;
  at: number;
}

/** The workers bin/treaty-check.js started for `script` (taken once: each run its own), or none — ended when they were not started as newWorker starts one. */
function earlyWorkers(script: string): Started[] {
  const g = globalThis as typeof globalThis & { [EARLY_WORKERS]?: EarlyWorkers };
  const early = g[EARLY_WORKERS];
  if (!early) return [];
  delete g[EARLY_WORKERS];
  if (path.resolve(early.script) !== path.resolve(script) || JSON.stringify(early.resourceLimits) !== JSON.stringify(WORKER_LIMITS)) {
    for (const s of early.started) void s.worker.terminate();
    return [];
  }
  for (let i = 0; i < early.started.length; i++) mark('worker started', { at: early.at });
  return early.started;
}

/**
 * Check workers started before the files are known (treaty-check starts them, then looks for the
 * files): each isolate starts meanwhile. Unreferenced until a run takes them, so that they keep no
 * process alive; `close` ends those no run took (fewer files than PARALLEL_FROM, or a usage error).
 */
export class WorkersAhead {
  private readonly started: Started[] = [];
  constructor(count: number, script = checkWorkerScript()) {
    // (Those bin/treaty-check.js started already first; more than asked for ended.)
    if (script) {
      const early = earlyWorkers(script);
      this.started.push(...early.splice(0, count));
      for (const s of early) void s.worker.terminate();
    }
    for (let i = this.started.length; i < count && script; i++) {
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
 * `ahead`: workers started already, taken before any is started here; `json`: the results wanted as JSON — each thread
 * writes those of the files it finished, a worker in UTF-8 when `json.bytes`).
 */
export async function checkInParallel(
  files: ReadJob['files'], severity: SeveritySettings, markdownDetection: boolean,
  counterparts: DeclaredCounterparts, hints: boolean, size = workerCount(), script = checkWorkerScript(), mainReads = true,
  ahead?: WorkersAhead, json?: JsonWanted, streamed?: Streamed,
): Promise<ParallelResult> {
  const costs = files.map((f) => {
    try {
      return fileCost(fs.statSync(f.file).size);
    } catch {
      return fileCost(0);
    }
  });
  const k = Math.max(1, Math.min(size, files.length));
  const chunks = cutChunks(files, costs, k);
  const n = chunks.length;
  mark('chunks cut', { chunks: n, threads: k });
  // Each thread takes the next chunk not yet taken (one counter shared by all) until none is left.
  const job: ChunkJob = { chunks, next: new SharedArrayBuffer(4), severity, markdownDetection, hints, counterparts, json };
  // Each chunk's records: whole, of the chunks this thread read (`own`); the summaries of those a worker read.
  const records: (ReadResult[] | undefined)[] = new Array(n);
  const own: boolean[] = new Array(n).fill(false);
  const checked: (FinishedChunk | undefined)[] = new Array(n);
  const readHere = (i: number) => {
    mark('chunk read from', { chunk: i, files: chunks[i].length });
    records[i] = readShare({ files: chunks[i], severity, markdownDetection, hints });
    own[i] = true;
    mark('chunk read', { chunk: i });
  };
  // The workers first; this thread takes chunks too (it would wait idle otherwise), and between two
  // it reads the records the workers sent meanwhile (they would all be read at the end otherwise,
  // after the last chunk: ~0.25 s of a run over LawRefBook/Laws with two threads).
  const taken = ahead?.take(k - 1) ?? [];
  ahead?.close();
  const helpers: Helper[] = [];
  // Each chunk handed on in order once finished, and every chunk before it (its JSON then not kept).
  let handed = 0;
  const handOn = () => {
    if (!streamed) return;
    for (let c: FinishedChunk | undefined; handed < n && (c = checked[handed]); handed++) {
      streamed.chunk(c);
      checked[handed] = { checked: c.checked };
    }
  };
  const sink: Sink = { records, checked, helpers, handOn };
  for (const w of taken) helpers.push(new Helper(w, job, sink));
  if (script) for (let i = taken.length; i < k - 1; i++) helpers.push(new Helper(script, job, sink));
  try {
    const next = new Int32Array(job.next);
    for (let i = mainReads ? Atomics.add(next, 0, 1) : n; i < n; i = Atomics.add(next, 0, 1)) {
      await new Promise(setImmediate);
      readHere(i);
      sendSummaries(helpers, i, records[i]!);
      mark('chunk sent', { chunk: i });
    }
    mark('done reading');
    await Promise.all(helpers.map((h) => h.reading));
    mark('workers done reading');
    // A chunk a worker took and did not give back (it failed or died) is read here.
    for (let i = 0; i < n; i++) {
      if (records[i]) continue;
      readHere(i);
      sendSummaries(helpers, i, records[i]!);
    }
    streamed?.read(notesOf(records));
    // Every chunk's summaries sent: the workers finish the chunks they read while this thread finishes its own, taking
    // the chunks the workers finished meanwhile after each of its own (so that each is handed on at once, in order).
    for (const h of helpers) h.post({ finish: true });
    mark('finish from');
    finishChunks(records as ReadResult[][], severity, markdownDetection, counterparts, hints, (i, here) => {
      if (own[i]) {
        checked[i] = finishedChunk(here, json);
        mark('chunk finished', { chunk: i });
      }
      for (const h of helpers) h.pull();
      handOn();
    });
    mark('finished');
    await Promise.all(helpers.map((h) => h.ended));
    mark('workers finished');
    // A chunk a worker read and did not finish (it failed or died meanwhile) is read again and finished here.
    const lost: number[] = [];
    for (let i = 0; i < n; i++) {
      if (checked[i]) continue;
      lost.push(i);
      readHere(i);
    }
    if (lost.length) {
      finishChunks(records.map((r, i) => (lost.includes(i) ? r! : r!.map(summaryOf))), severity, markdownDetection, counterparts, hints, (i, again) => {
        if (lost.includes(i)) checked[i] = finishedChunk(again, json);
        handOn();
      });
    }
  } finally {
    for (const h of helpers) h.end();
  }
  const result: ParallelResult = { checked: checked.flatMap((c) => c?.checked ?? []), read: notesOf(records) };
  if (json && !streamed) result.json = checked.map((c) => c!.json!);
  return result;
}

function notesOf(records: readonly (ReadResult[] | undefined)[]): ReadNote[] {
  return records.flatMap((r) => r ?? []).map((r) => ({ file: r.file, why: r.why, note: r.note }));
}

/** The summaries of chunk `i`, read by this thread, sent to every worker. */
function sendSummaries(helpers: readonly Helper[], i: number, read: ReadResult[]): void {
  if (helpers.every((h) => h.gone)) return;
  const summaries = read.map(summaryOf);
  for (const h of helpers) h.post({ chunk: i, read: summaries });
}

/** Where the workers' messages go: each chunk's records, each chunk's diagnostics (then handed on), and the workers (a chunk's summaries go on to the others). */
interface Sink {
  records: (ReadResult[] | undefined)[];
  checked: (FinishedChunk | undefined)[];
  helpers: readonly Helper[];
  handOn(): void;
}

/**
 * A worker (`from`: started here from this script, or started ahead) taking chunks of `job`, giving back each
 * one's summaries, then finishing them; `reading` settles when it has no chunk left to read (or fails or dies),
 * `ended` when it has finished (or fails or dies). Its messages come through a port of its own, which this thread
 * reads as the event loop turns and also, while it is busy finishing its own chunks, between two (`pull`).
 */
class Helper {
  gone = false;
  readonly reading: Promise<void>;
  readonly ended: Promise<void>;
  private worker: Worker | undefined;
  private port: MessagePort | undefined;
  private readonly take: (m: FromWorker) => void;
  private doneReading!: () => void;
  private doneAll!: () => void;

  constructor(from: string | Started, job: ChunkJob, sink: Sink) {
    this.reading = new Promise((resolve) => (this.doneReading = resolve));
    this.ended = new Promise((resolve) => (this.doneAll = resolve));
    this.take = (m: FromWorker) => {
      if ('chunk' in m) {
        mark('summaries got', { chunk: m.chunk });
        sink.records[m.chunk] = m.read;
        // (Only with more than one worker: the others need them too.)
        for (const h of sink.helpers) if (h !== this) h.post({ chunk: m.chunk, read: m.read });
      } else if ('done' in m) this.doneReading();
      else if ('finished' in m) {
        mark('finished got', { chunk: m.finished });
        sink.checked[m.finished] = m.result;
        sink.handOn();
      } else this.end();
    };
    if (typeof from !== 'string') {
      // Ended before it was given the job (no event comes any more).
      if (from.gone) {
        this.end();
        return;
      }
      this.worker = from.worker;
      this.worker.ref();
    } else {
      try {
        this.worker = newWorker(from);
      } catch {
        this.end();
        return;
      }
    }
    const worker = this.worker;
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    port1.on('message', this.take);
    // (And what it says through its parent port, as a worker that fails before it has the job may.)
    worker.on('message', this.take);
    // (Failed or died: what it sent before is taken first.)
    worker.on('error', () => this.end());
    worker.on('exit', () => this.end());
    const started: StartJob = { ...job, port: port2 };
    worker.postMessage(started, [port2]);
  }

  /** Takes the messages the worker has sent and this thread has not read yet, now. */
  pull(): void {
    const port = this.port;
    if (!port || this.gone) return;
    for (let m = receiveMessageOnPort(port); m && !this.gone; m = receiveMessageOnPort(port)) this.take(m.message as FromWorker);
  }

  post(m: ToWorker): void {
    if (!this.gone) this.worker?.postMessage(m);
  }

  /** Ends the worker (done, failed or died): the chunks it did not give back are read or finished elsewhere. */
  end(): void {
    // (What it sent before is taken first: a chunk it finished is not finished again.)
    if (!this.gone) this.pull();
    if (!this.gone) {
      this.gone = true;
      this.port?.close();
      const worker = this.worker;
      if (worker) {
        worker.removeAllListeners();
        worker.on('error', () => undefined);
        void worker.terminate();
      }
    }
    this.doneReading();
    this.doneAll();
  }
}
