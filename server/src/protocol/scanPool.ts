// Worker threads for the workspace scan: the files are handed out in small
// batches to the main thread and one worker for each other core
// (protocol/scanWorker.ts reads and analyses them), whichever is free taking the
// next; the main thread admits every result into the index, one batch at a
// time, and yields between its own files, so that it answers requests. A worker
// that fails or cannot start leaves its files to the main thread.
//
// Why the main thread takes batches too, and one worker fewer: a worker starts
// cold, and its share of LawRefBook/Laws (3,505 files) cost it about as much
// again in warming up — the parser's functions run in the interpreter, then are
// compiled by TurboFan on V8's background threads, often several times, once
// in every isolate. With a worker per core beside an idle main thread the scan
// took 1.7× the CPU of the single-thread scan (per-thread CPU times from
// /proc: main 0.5 s, two workers 1.9–2.5 s each, V8's four background
// threads 1.2–1.5 s each) and no less wall time; the main thread, which parses
// the open documents anyway, was idle four fifths of the scan.
import * as os from 'os';
import * as path from 'path';
import * as fs from 'fs';
import * as v8 from 'v8';
import { Worker } from 'worker_threads';
import { FileLimits, FileLoader, Loaded, analysedFile, loadInOrder } from './files';
import { ScanBatch, ScanEnd, ScanResults } from './scanWorker';

/** Files in one of the main thread's batches, at most (a worker's: `FIRST`). */
const BATCH = 16;
/**
 * Towards the end smaller batches (guided: the files left shared out `TAIL` times over among the threads), so that the
 * threads end together: a cold worker took 1–2 ms a law, and the main thread, done with its share, waited for the
 * worker's last two batches of 16.
 */
const TAIL = 4;
/**
 * A worker's first batch, alone in flight until it is answered; then each batch at most twice the last it answered (and
 * never more than the guided share, `TAIL`: a worker that keeps up gets batches of more than 16, fewer messages). The
 * worker is still starting when the scan begins (0.1–0.8 s, its script loaded) and then cold (2–5 ms a law against the
 * warm main thread's 0.3); two batches of 16 handed to it at once were the last files of a small workspace, the main thread
 * having read all the others (test/fixtures' 900 files: the last two batches admitted were the worker's first two).
 */
const FIRST = 4;

/** The worker's script: beside this module (server/out/scanWorker.js in the bundle, out/…/protocol/scanWorker.js under tsc). */
export function workerScript(): string | undefined {
  const file = path.join(__dirname, 'scanWorker.js');
  return fs.existsSync(file) ? file : undefined;
}

/**
 * A scan worker running `script`: through the code cache's loader beside it when there is one (server/out/codeCache.js,
 * protocol/codeCache.ts), which compiles the bundle from its cache — no parse and compile of the bundle, nor of the parser's
 * functions one by one as its first files call them — and writes one when the scan ends (`end` below) if none fitted.
 */
function newWorker(script: string): Worker {
  const loader = path.join(path.dirname(script), 'codeCache.js');
  if (!process.env.TREATY_NO_CODE_CACHE && fs.existsSync(loader)) return new Worker(loader, { workerData: { treatyBundle: script } });
  return new Worker(script);
}

/**
 * V8's tiering while a scan runs (`scanTiering`), against its defaults (node 20's V8 11.3): a function is
 * optimized after four times the bytecode run (interrupt budget), with less inlined into it. Each isolate —
 * a scan worker, the main thread at the server's start — starts cold, and TurboFan compiled the parser's
 * long functions several times over as files took branches the earlier feedback had not seen ("insufficient
 * type feedback": classify 8 times, findCuts 8, fillParagraphs 7 in a worker over LawRefBook/Laws), each
 * compile a large graph of inlined calls, on V8's background threads that share the cores with the scan's.
 * One cold isolate analysing 1,000 laws: 2.0–2.1 s of CPU with the defaults, 1.4–1.5 s with these; the same
 * files once warm 0.34 against 0.37 ms each (pinned to one core, alternated). V8's flags are the process's:
 * set for the scan only, the defaults back when the last scan running ends; left alone when the process was
 * started with either flag (`execArgv`, `NODE_OPTIONS`), or on a V8 whose defaults are not known here.
 */
// `after` is what V8 11.3 starts with: another V8 has other defaults (12.x's interrupt budget is 132 or 144 KB — VS Code
// runs the server in Electron's), which a scan must not leave changed: there, V8 is left alone.
const SCAN_TIERING = { v8: '11.3.', during: ['--interrupt-budget=270336', '--max-inlined-bytecode-size-cumulative=300'], after: ['--interrupt-budget=67584', '--max-inlined-bytecode-size-cumulative=920'] };
let scansTiering = 0;

/** Sets the scan's tiering flags (`SCAN_TIERING`) until the returned function is called. */
export function scanTiering(v8Version = process.versions.v8): () => void {
  const given = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((a) => /--interrupt[-_]budget|--max[-_]inlined[-_]bytecode[-_]size[-_]cumulative/.test(a));
  if (given || !v8Version.startsWith(SCAN_TIERING.v8)) return () => undefined;
  if (scansTiering++ === 0) for (const f of SCAN_TIERING.during) v8.setFlagsFromString(f);
  let done = false;
  return () => {
    if (done) return;
    done = true;
    if (--scansTiering === 0) for (const f of SCAN_TIERING.after) v8.setFlagsFromString(f);
  };
}

export class ScanPool implements FileLoader {
  /** Workers started ahead (`start`), before the files are known; `load` takes them first. */
  private readonly ahead: { worker: Worker; failed?: string }[] = [];
  /** Ends the scan's tiering flags (`scanTiering`), set from `start` or `load` until `load` ends. */
  private tiering: (() => void) | undefined;

  constructor(
    /** Threads that read and analyse: the main thread and `size - 1` workers. */
    private readonly size = Math.max(1, Math.min(8, os.availableParallelism?.() ?? os.cpus().length)),
    private readonly script: string | null = workerScript() ?? null,
    private readonly log: (m: string) => void = () => undefined,
  ) {}

  /**
   * Starts the workers now, while the caller lists the files (a worker takes 100-300 ms to start,
   * its script loaded and compiled); `load` takes them, and ends those it has no files for. Started
   * and never given a `load`, they do not keep the process alive.
   */
  start(): this {
    this.tiering ??= scanTiering();
    if (!this.script || this.ahead.length > 0) return this;
    for (let i = 0; i < this.size - 1; i++) {
      try {
        const w: { worker: Worker; failed?: string } = { worker: newWorker(this.script) };
        // Until `load` listens: a worker that fails to start is then told to it, not thrown here.
        w.worker.on('error', (e) => (w.failed ??= e.message));
        w.worker.on('exit', (code) => (w.failed ??= `exit ${code}`));
        w.worker.unref();
        this.ahead.push(w);
      } catch (e) {
        this.log(`cannot start a scan worker: ${(e as Error).message}`);
      }
    }
    return this;
  }

  async load(files: { file: string; uri: string }[], limits: FileLimits, admit: (results: { file: string; uri: string; loaded: Loaded }[]) => void | Promise<void>, stopped: () => boolean = () => false): Promise<void> {
    this.tiering ??= scanTiering();
    try {
      await this.loadAll(files, limits, admit, stopped);
    } finally {
      this.tiering();
      this.tiering = undefined;
    }
  }

  private async loadAll(files: { file: string; uri: string }[], limits: FileLimits, admit: (results: { file: string; uri: string; loaded: Loaded }[]) => void | Promise<void>, stopped: () => boolean): Promise<void> {
    const workers = this.script ? Math.min(this.size - 1, Math.ceil(files.length / BATCH) - 1) : 0;
    // The next batch: one a failed worker gave back, else the next files, fewer as they run out.
    const queue: { file: string; uri: string }[][] = [];
    let taken = 0;
    const take = (most = BATCH) => {
      if (queue.length > 0) return queue.shift();
      const left = files.length - taken;
      if (left <= 0) return undefined;
      const n = workers === 0 ? BATCH : Math.max(1, Math.min(most, Math.ceil(left / (TAIL * (workers + 1)))));
      return files.slice(taken, (taken += n));
    };
    // One admission at a time, in arrival order.
    let admitting: Promise<void> = Promise.resolve();
    const hand = (results: ScanResults['results']) => (admitting = admitting.then(() => admit(results)));
    const run = (worker: Worker, failed?: string) => new Promise<void>((resolve) => {
      // Two batches in flight once the worker has answered its first (`FIRST`), so that it is not idle while its last
      // results are admitted and the next batch is sent.
      const inFlight: ScanBatch['files'][] = [];
      let answered = 0;
      let ended = false;
      // Done: told to end, it writes its code cache if it needs one and exits, and the scan waits for that — a cache made
      // once `load` has set V8's flags back (`scanTiering`) carries their hash, and every later worker, loading it while
      // the scan's flags are on, rejected it and wrote it again. Failed: ended here.
      const end = (done: boolean) => {
        ended = true;
        worker.removeAllListeners();
        if (done) {
          worker.once('exit', () => resolve());
          worker.once('error', () => resolve());
          worker.postMessage({ end: true } satisfies ScanEnd);
          return;
        }
        void worker.terminate();
        resolve();
      };
      const next = (most?: number) => {
        const batch = stopped() ? undefined : take(most);
        if (batch) {
          inFlight.push(batch);
          worker.postMessage({ files: batch, limits } satisfies ScanBatch);
        } else if (inFlight.length === 0) end(true);
      };
      const fail = (why: string) => {
        if (ended) return;
        this.log(`scan worker failed (${why}); its files are read on the main thread`);
        queue.push(...inFlight.splice(0));
        end(false);
      };
      worker.on('message', (m: ScanResults | { error: string }) => {
        if ('error' in m) return fail(m.error);
        inFlight.shift();
        void hand(m.results);
        const first = answered === 0;
        answered = m.results.length;
        next(2 * answered);
        if (first) next(2 * answered);
      });
      worker.on('error', (e) => fail(e.message));
      worker.on('exit', (code) => fail(`exit ${code}`));
      if (failed) return fail(failed);
      worker.ref();
      next(FIRST);
    });
    const started: Promise<void>[] = [];
    for (const w of this.ahead.splice(Math.max(0, workers))) {
      w.worker.removeAllListeners();
      void w.worker.terminate();
    }
    for (let i = 0; i < workers; i++) {
      const w = this.ahead.shift();
      if (w) {
        w.worker.removeAllListeners();
        started.push(run(w.worker, w.failed));
        continue;
      }
      try {
        started.push(run(newWorker(this.script!)));
      } catch (e) {
        this.log(`cannot start a scan worker: ${(e as Error).message}`);
      }
    }
    // The main thread's share: the next batch no worker has taken, read and analysed here (the same
    // analysis as a worker's), a turn of the event loop after each file. Then what a worker that
    // failed left, until every worker is done.
    const here = async () => {
      for (let batch = take(); batch && !stopped(); batch = take()) {
        const results: ScanResults['results'] = [];
        for await (const { file, uri, loaded } of loadInOrder(batch, limits)) {
          results.push({ file, uri, loaded: workers > 0 ? analysedFile(uri, loaded) : loaded });
          await new Promise((r) => setImmediate(r));
        }
        await hand(results);
      }
    };
    await here();
    await Promise.all(started);
    await here();
    await admitting;
  }
}
