// A scan worker (worker_threads): reads the files of the workspace scan and
// analyses each with the same model code as the main thread (`analyse`: the
// title and the `TreatyInfo` the index keeps of a closed document), so that the
// main thread fills the index without parsing. Only treaties' texts are sent
// back, as buffers of UTF-16 code units handed over (transferred), not copied.
// Started by protocol/scanPool.ts; a bundle of its own (server/out/scanWorker.js).
import { parentPort } from 'worker_threads';
import { FileLimits, Loaded, analysedFile, loadFileSync, utf16Of } from './files';

export interface ScanBatch {
  files: { file: string; uri: string }[];
  limits: FileLimits;
}

export interface ScanResults {
  results: { file: string; uri: string; loaded: Loaded }[];
}

/**
 * A batch's results, and the buffers their texts are in (transferred with them). The files are read with
 * blocking calls (`loadFileSync`): this thread answers nothing else, and `loadFile`'s trips through the
 * thread pool (open, fstat, head, rest, close) were a third of a worker's time.
 */
function scan(batch: ScanBatch): { results: ScanResults; transfer: ArrayBuffer[] } {
  const results: ScanResults['results'] = [];
  const transfer: ArrayBuffer[] = [];
  for (const { file, uri } of batch.files) {
    const analysed = analysedFile(uri, loadFileSync(file, uri, batch.limits));
    if (analysed.kind === 'analysed' && analysed.text !== undefined) {
      // The text handed over in a buffer, not copied into the main thread's heap.
      const { text, ...rest } = analysed;
      const utf16 = utf16Of(text);
      transfer.push(utf16);
      results.push({ file, uri, loaded: { ...rest, utf16 } });
    } else results.push({ file, uri, loaded: analysed });
  }
  return { results: { results }, transfer };
}

parentPort?.on('message', (batch: ScanBatch) => {
  let r: ReturnType<typeof scan>;
  try {
    r = scan(batch);
  } catch (e) {
    parentPort!.postMessage({ error: String(e) });
    return;
  }
  parentPort!.postMessage(r.results, r.transfer);
});
