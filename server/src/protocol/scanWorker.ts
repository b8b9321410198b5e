// A scan worker (worker_threads): reads the files of the workspace scan and
// analyses each with the same model code as the main thread (`analyse`: the
// title and the `TreatyInfo` the index keeps of a closed document), so that the
// main thread fills the index without parsing. Only treaties' texts are sent
// back, as buffers of UTF-16 code units handed over (transferred), not copied.
// Started by protocol/scanPool.ts; a bundle of its own (server/out/scanWorker.js).
import { parentPort } from 'worker_threads';
import { FileLimits, Loaded, analysedFile, loadInOrder, utf16Of } from './files';

export interface ScanBatch {
  files: { file: string; uri: string }[];
  limits: FileLimits;
}

export interface ScanResults {
  results: { file: string; uri: string; loaded: Loaded }[];
}

/** A batch's results, and the buffers their texts are in (transferred with them). */
async function scan(batch: ScanBatch): Promise<{ results: ScanResults; transfer: ArrayBuffer[] }> {
  const results: ScanResults['results'] = [];
  const transfer: ArrayBuffer[] = [];
  for await (const { file, uri, loaded } of loadInOrder(batch.files, batch.limits)) {
    const analysed = analysedFile(uri, loaded);
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
  scan(batch).then((r) => parentPort!.postMessage(r.results, r.transfer), (e: unknown) => parentPort!.postMessage({ error: String(e) }));
});
