// A scan worker (worker_threads): reads the files of the workspace scan and
// analyses each with the same model code as the main thread (`analyse`: the
// title and the `TreatyInfo` the index keeps of a closed document), so that the
// main thread fills the index without parsing. Only treaties' texts are sent
// back. Started by protocol/scanPool.ts; a bundle of its own (server/out/scanWorker.js).
import { parentPort } from 'worker_threads';
import { analyse } from '../index/workspace';
import { FileLimits, Loaded, loadFileSync } from './files';

export interface ScanBatch {
  files: { file: string; uri: string }[];
  limits: FileLimits;
}

export interface ScanResults {
  results: { file: string; uri: string; loaded: Loaded }[];
}

// The files are read with blocking calls (`loadFileSync`): this thread waits for nothing else.
function scan(batch: ScanBatch): ScanResults {
  const results: ScanResults['results'] = [];
  for (const { file, uri } of batch.files) {
    const loaded = loadFileSync(file, uri, batch.limits);
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
  let r: ScanResults;
  try {
    r = scan(batch);
  } catch (e) {
    parentPort!.postMessage({ error: String(e) });
    return;
  }
  parentPort!.postMessage(r);
});
