// A scan worker (worker_threads): reads the files of the workspace scan and
// analyses each with the same model code as the main thread (`analyse`: the
// title and the `TreatyInfo` the index keeps of a closed document), so that the
// main thread fills the index without parsing. Only treaties' texts are sent
// back, as buffers of UTF-16 code units handed over (transferred), not copied.
// Started by protocol/scanPool.ts; a bundle of its own (server/out/scanWorker.js).
import { parentPort } from 'worker_threads';
import { FileLimits, Loaded, analysedFile, loadFileSync, utf16Of } from './files';
import { cacheCode } from './codeCache';

export interface ScanBatch {
  files: { file: string; uri: string }[];
  limits: FileLimits;
}

/** The scan is over: the worker writes its bundle's code cache if it needs one (protocol/codeCache.ts), then exits. */
export interface ScanEnd {
  end: true;
}

export interface ScanResults {
  results: { file: string; uri: string; loaded: Loaded }[];
}

/**
 * A batch's results, and the buffers their texts are in (transferred with them). The files are read with
 * blocking calls (`loadFileSync`): this thread answers nothing else, and `loadFile`'s trips through the
 * thread pool (open, fstat, head, rest, close) were a third of a worker's time. A turn of the event loop
 * after each file all the same: V8 runs a young-generation collection it has scheduled there (a task),
 * between two files, when little is alive; a batch run through without one had every collection fall
 * inside a file's parse (allocation failure), copying the text and tree alive then (LawRefBook/Laws: the
 * worker's scavenges 3.4 → 12.5-13.6 ms median, 0.5 → 1.1-1.2 s in all).
 */
async function scan(batch: ScanBatch): Promise<{ results: ScanResults; transfer: ArrayBuffer[] }> {
  const results: ScanResults['results'] = [];
  const transfer: ArrayBuffer[] = [];
  for (const { file, uri } of batch.files) {
    const { loaded, utf16 } = scannedFile(file, uri, batch.limits);
    if (utf16) transfer.push(utf16);
    results.push({ file, uri, loaded });
    await new Promise((r) => setImmediate(r));
  }
  return { results: { results }, transfer };
}

/**
 * One file read and analysed, a treaty's text in a buffer of UTF-16 code units (`utf16`, handed over, not
 * copied into the main thread's heap): the decoder's own when it made the text from one (valid UTF-8 that is
 * not ASCII, nearly every file), else the text written into one (`utf16Of`).
 */
export function scannedFile(file: string, uri: string, limits: FileLimits): { loaded: Loaded; utf16?: ArrayBuffer } {
  // (Read up to any size: never undefined.)
  const read = loadFileSync(file, uri, limits, Infinity, true)!;
  const analysed = analysedFile(uri, read);
  if (analysed.kind !== 'analysed' || analysed.text === undefined) return { loaded: analysed };
  const { text, ...rest } = analysed;
  const utf16 = (read.kind === 'text' && read.utf16) || utf16Of(text);
  return { loaded: { ...rest, utf16 }, utf16 };
}

/**
 * The batches in hand, scanned one at a time in the order they came: the pool keeps two in flight so that the next is
 * here when one is done, and two scanned at once (each file's turn of the event loop lets the other's message in) ended
 * together, leaving the worker with nothing to do until the main thread, busy with a file of its own, handed it more.
 */
let scanning: Promise<void> = Promise.resolve();

parentPort?.on('message', (batch: ScanBatch | ScanEnd) => {
  if ('end' in batch) {
    // Everything a scan reads with is compiled by now (the pool ends a worker with no batch in flight).
    cacheCode();
    process.exit(0);
  }
  scanning = scanning.then(() => scan(batch).then((r) => parentPort!.postMessage(r.results, r.transfer), (e: unknown) => parentPort!.postMessage({ error: String(e) })));
});
