// A scan worker (worker_threads): reads the files of the workspace scan and
// analyses each with the same model code as the main thread (`analyse`: the
// title and the `TreatyInfo` the index keeps of a closed document), so that the
// main thread fills the index without parsing. Only treaties' texts are sent
// back. Started by protocol/scanPool.ts; a bundle of its own (server/out/scanWorker.js).
import { parentPort } from 'worker_threads';
import { analyse } from '../index/workspace';
import { FileLimits, Loaded, loadInOrder } from './files';

export interface ScanBatch {
  files: { file: string; uri: string }[];
  limits: FileLimits;
}

export interface ScanResults {
  results: { file: string; uri: string; loaded: Loaded }[];
}

async function scan(batch: ScanBatch): Promise<ScanResults> {
  const results: ScanResults['results'] = [];
  for await (const { file, uri, loaded } of loadInOrder(batch.files, batch.limits)) {
    if (loaded.kind !== 'text') {
      results.push({ file, uri, loaded });
      continue;
    }
    const { analysis, refusal, treaty } = analyse(uri, loaded.text);
    const keep = treaty && !refusal;
    results.push({ file, uri, loaded: { kind: 'analysed', bytes: loaded.bytes, encoding: loaded.encoding, text: keep ? loaded.text : undefined, analysis: keep ? analysis : undefined, refusal, treaty } });
  }
  return { results };
}

parentPort?.on('message', (batch: ScanBatch) => {
  scan(batch).then((r) => parentPort!.postMessage(r), (e: unknown) => parentPort!.postMessage({ error: String(e) }));
});
