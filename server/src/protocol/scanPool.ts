// Worker threads for the workspace scan: the files are handed out in small
// batches to one worker per core (protocol/scanWorker.ts reads and analyses
// them); the main thread only admits the results into the index, one batch at
// a time, between which it answers requests. A worker that fails or cannot
// start leaves its files to the main thread, which reads them itself.
import * as os from 'os';
import * as path from 'path';
import * as fs from 'fs';
import { Worker } from 'worker_threads';
import { FileLimits, FileLoader, Loaded, loadInOrder } from './files';
import { ScanBatch, ScanResults } from './scanWorker';

/** Files per message to a worker. */
const BATCH = 16;

/** The worker's script: beside this module (server/out/scanWorker.js in the bundle, out/…/protocol/scanWorker.js under tsc). */
export function workerScript(): string | undefined {
  const file = path.join(__dirname, 'scanWorker.js');
  return fs.existsSync(file) ? file : undefined;
}

export class ScanPool implements FileLoader {
  constructor(
    private readonly size = Math.max(1, Math.min(8, os.availableParallelism?.() ?? os.cpus().length)),
    private readonly script: string | null = workerScript() ?? null,
    private readonly log: (m: string) => void = () => undefined,
  ) {}

  async load(files: { file: string; uri: string }[], limits: FileLimits, admit: (results: { file: string; uri: string; loaded: Loaded }[]) => void | Promise<void>, stopped: () => boolean = () => false): Promise<void> {
    const queue: { file: string; uri: string }[][] = [];
    for (let i = 0; i < files.length; i += BATCH) queue.push(files.slice(i, i + BATCH));
    const workers = this.script ? Math.min(this.size, queue.length) : 0;
    // One admission at a time, in arrival order.
    let admitting: Promise<void> = Promise.resolve();
    const hand = (results: ScanResults['results']) => (admitting = admitting.then(() => admit(results)));
    const run = (worker: Worker) => new Promise<void>((resolve) => {
      // Two batches in flight, so that a worker is not idle while its last results are admitted.
      const inFlight: ScanBatch['files'][] = [];
      let ended = false;
      const end = () => {
        ended = true;
        worker.removeAllListeners();
        void worker.terminate();
        resolve();
      };
      const next = () => {
        const batch = stopped() ? undefined : queue.shift();
        if (batch) {
          inFlight.push(batch);
          worker.postMessage({ files: batch, limits } satisfies ScanBatch);
        } else if (inFlight.length === 0) end();
      };
      const fail = (why: string) => {
        if (ended) return;
        this.log(`scan worker failed (${why}); its files are read on the main thread`);
        queue.push(...inFlight.splice(0));
        end();
      };
      worker.on('message', (m: ScanResults | { error: string }) => {
        if ('error' in m) return fail(m.error);
        inFlight.shift();
        void hand(m.results);
        next();
      });
      worker.on('error', (e) => fail(e.message));
      worker.on('exit', (code) => fail(`exit ${code}`));
      next();
      next();
    });
    const started: Promise<void>[] = [];
    for (let i = 0; i < workers; i++) {
      try {
        started.push(run(new Worker(this.script!)));
      } catch (e) {
        this.log(`cannot start a scan worker: ${(e as Error).message}`);
      }
    }
    await Promise.all(started);
    // What no worker read (none could start, or one failed): read here.
    for (const batch of queue.splice(0)) {
      if (stopped()) break;
      const results = [];
      for await (const r of loadInOrder(batch, limits)) results.push(r);
      await hand(results);
    }
    await admitting;
  }
}
