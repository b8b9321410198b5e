// A check worker of `treaty-check` (worker_threads): holds the whole workspace as the scan left it
// (every treaty's text with its title and info, admitted without parsing) and runs the checks on
// its share of the files, as the main thread would (the same index, features and suppression).
// Started by cli/checkPool.ts; a bundle of its own (server/out/checkWorker.js).
import { parentPort } from 'worker_threads';
import { Analysis, DeclaredCounterparts, WorkspaceIndex } from '../index/workspace';
import { contextOf } from '../features/context';
import { SeveritySettings, diagnostics } from '../features/diagnostics';
import { unsuppressed } from '../features/suppression';
import { Diagnostic } from 'vscode-languageserver-types';

export interface CheckJob {
  docs: { uri: string; text: string; analysis: Analysis }[];
  /** The URIs this worker checks. */
  share: string[];
  severity: SeveritySettings;
  markdownDetection: boolean;
  /** The texts declared to be one instrument's (`.treatyrc.json`), as URIs. */
  counterparts: DeclaredCounterparts;
}

export interface CheckAnswer {
  results: { uri: string; diagnostics: Diagnostic[] }[];
}

/** The diagnostics of each document of the share, in the share's order. */
export function runJob(job: CheckJob): CheckAnswer {
  const index = new WorkspaceIndex();
  index.markdownDetection = job.markdownDetection;
  index.setCounterparts(job.counterparts);
  for (const d of job.docs) index.setAnalysed(d.uri, d.text, d.analysis);
  const results: CheckAnswer['results'] = [];
  for (const uri of job.share) {
    const s = index.get(uri);
    if (!s) continue;
    const ctx = contextOf(index, s);
    results.push({ uri, diagnostics: unsuppressed(ctx.treaty, diagnostics(ctx, job.severity)) });
    s.evict();
  }
  return { results };
}

parentPort?.on('message', (job: CheckJob) => {
  try {
    parentPort!.postMessage(runJob(job));
  } catch (e) {
    parentPort!.postMessage({ error: String((e as Error)?.stack ?? e) });
  }
});
