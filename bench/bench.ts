// `npm run bench`: speed, measured against a baseline in the same run and
// reported as ratios. Not a test: nothing here fails a build.
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CancellationTokenSource } from 'vscode-languageserver-protocol';
import { URI } from 'vscode-uri';
import MarkdownIt from 'markdown-it';
import * as md from 'vscode-markdown-languageservice';
import { buildTreaty } from '../server/src/model/treaty';
import { documentSymbols } from '../server/src/features/documentSymbols';
import { largeTreaty } from './generate';

const ROOT = path.resolve(__dirname, '../..');

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

/** Runs `f` `warmup` times unmeasured, then `runs` times; returns the durations in ms. */
export async function time(runs: number, warmup: number, f: () => unknown): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await f();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await f();
    out.push(performance.now() - t0);
  }
  return out;
}

function markdownService(): md.IMdLanguageService {
  const it = new MarkdownIt({ html: true });
  const parser: md.IMdParser = {
    slugifier: md.githubSlugifier,
    tokenize: async (doc) => it.parse(doc.getText(), {}),
  };
  const workspace: md.IWorkspace = {
    workspaceFolders: [],
    onDidChangeMarkdownDocument: () => ({ dispose() {} }),
    onDidCreateMarkdownDocument: () => ({ dispose() {} }),
    onDidDeleteMarkdownDocument: () => ({ dispose() {} }),
    getAllMarkdownDocuments: async () => [],
    hasMarkdownDocument: () => false,
    openMarkdownDocument: async () => undefined,
    stat: async () => undefined,
    readDirectory: async () => [],
  };
  const logger: md.ILogger = { level: md.LogLevel.Off, log() {} };
  return md.createLanguageService({ workspace, parser, logger });
}

async function outlineBench(): Promise<void> {
  const text = largeTreaty(ROOT, 1000, 1024 * 1024);
  const bytes = Buffer.byteLength(text);
  const service = markdownService();
  const cts = new CancellationTokenSource();
  let n = 0;
  const ours = await time(30, 5, () => {
    const doc = TextDocument.create(`file:///bench/ours-${n++}.md`, 'markdown', 1, text);
    return documentSymbols(buildTreaty(doc.getText()));
  });
  const base = await time(15, 3, () => {
    const doc = TextDocument.create(`file:///bench/md-${n++}.md`, 'markdown', 1, text);
    return service.getDocumentSymbols(doc, {}, cts.token);
  });
  const treaty = buildTreaty(text);
  const mOurs = median(ours);
  const mBase = median(base);
  console.log(`outline: ${treaty.articles.length} articles, ${(bytes / 1024 / 1024).toFixed(2)} MB (${text.length} UTF-16 units)`);
  console.log(`  treaty parse + outline        median ${mOurs.toFixed(2)} ms  (${(bytes / 1024 / 1024 / (mOurs / 1000)).toFixed(0)} MB/s)`);
  console.log(`  markdown-languageservice      median ${mBase.toFixed(2)} ms  (getDocumentSymbols, markdown-it, fresh URI)`);
  console.log(`  ratio: ours is ${(mBase / mOurs).toFixed(1)}x faster than the baseline (goal >= 3x, < 10 ms)`);
}

async function main(): Promise<void> {
  const only = process.argv[2];
  const benches: [string, () => Promise<void>][] = [['outline', outlineBench]];
  for (const [name, run] of benches) if (!only || only === name) await run();
}

void main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
void URI;
