// `npm run bench`: speed, measured against a baseline in the same run and
// reported as ratios. Each goal is a ratio to a baseline of the same run; the run ends
// with a table of goal / measured / margin and exits 1 when a goal is missed by more
// than the noise margin (see GOALS below). Not part of `npm test`.
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CancellationTokenSource } from 'vscode-languageserver-protocol';
import { URI } from 'vscode-uri';
import MarkdownIt from 'markdown-it';
import { markdownService } from './markdownService';
import { buildTreaty } from '../server/src/model/treaty';
import { documentSymbols } from '../server/src/features/documentSymbols';
import { completion, readSnippets } from '../server/src/features/completion';
import { WorkspaceIndex } from '../server/src/index/workspace';
import { contextOf, textContext } from '../server/src/features/context';
import * as fs from 'fs';
import { generatedTitle, generatedWorkspace, largeTreaty, parallelTreaties } from './generate';
import { alignUncached } from '../server/src/features/align';
import { divergencesOf } from '../server/src/features/divergence';
import { numbersOf } from '../server/src/model/quantities';
import { definition } from '../server/src/features/definition';
import { diagnostics } from '../server/src/features/diagnostics';
import { references } from '../server/src/features/references';
import { referencesOf } from '../server/src/model/references';
import { compareModels, compareVersions } from '../server/src/features/compare';
import { amendmentClauses, amendmentText } from '../server/src/features/amend';
import { formatChinese } from '../server/src/syntax/numerals';
import { reparse, reparseStats } from '../server/src/syntax/reparse';
import { PieceText } from '../server/src/syntax/text';
import { toDocx } from '../server/src/features/export/docx';
import { toAkn } from '../server/src/features/export/akn';
import { previewHtml } from '../server/src/features/export/html';
import { WorkspaceFiles } from '../server/src/protocol/files';
import { ScanPool } from '../server/src/protocol/scanPool';
import * as os from 'os';
import { DidChangeTextDocumentNotification, DocumentSymbolRequest } from 'vscode-languageserver-protocol/node';
import { startServer } from '../test/support/lsp';
import { filesUnder } from './files';

const ROOT = path.resolve(__dirname, '../..');

/**
 * Run-to-run noise of a ratio on these shared 2-core machines: the outline ratio ranged
 * 2.3–3.6× over the runs recorded for issue #2 (about ±22% around its middle), so a goal
 * fails only when missed by more than this. Run on a quiet machine: under load from other
 * processes the ratios of in-process work to a baseline are not comparable.
 */
export const NOISE = 0.25;

interface Goal {
  name: string;
  /** The measured ratio. */
  measured: number;
  /** `min`: measured must be at least target; `max`: at most. */
  kind: 'min' | 'max';
  target: number;
}
const GOALS: Goal[] = [];

/** Keystrokes typed before a keystroke loop is timed: enough for V8 to have optimized what a keystroke runs (see indexBench). */
const WARM = 1000;

function goal(name: string, measured: number, kind: Goal['kind'], target: number): void {
  GOALS.push({ name, measured, kind, target });
}

function missed(g: Goal): boolean {
  return g.kind === 'min' ? g.measured < g.target * (1 - NOISE) : g.measured > g.target * (1 + NOISE);
}

function report(): boolean {
  console.log('\ngoals (ratios to a baseline measured in the same run; noise margin ±' + (NOISE * 100).toFixed(0) + '%; margin: how far inside (+) or outside (−) its target a measure is)');
  const width = Math.max(...GOALS.map((g) => g.name.length));
  console.log(`  ${'goal'.padEnd(width)} ${'target'.padStart(9)} ${'measured'.padStart(9)} ${'margin'.padStart(7)}  result`);
  let ok = true;
  for (const g of GOALS) {
    const miss = missed(g);
    const margin = g.kind === 'min' ? g.measured / g.target - 1 : g.target / g.measured - 1;
    ok &&= !miss;
    const target = (g.kind === 'min' ? '≥ ' : '≤ ') + Number(g.target.toPrecision(3));
    const shown = `${margin >= 0 ? '+' : '−'}${Math.min(999, Math.abs(margin * 100)).toFixed(0)}%`;
    console.log(`  ${g.name.padEnd(width)} ${target.padStart(9)} ${g.measured.toFixed(3).padStart(9)} ${shown.padStart(7)}  ${margin >= 0 ? 'met' : miss ? 'MISSED' : 'within noise'}`);
  }
  return ok;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

/**
 * Runs `f` `warmup` times unmeasured, then `runs` times; returns the durations in ms. Between the
 * two, a full collection (`--expose-gc`, as `npm run bench` runs): the garbage of what ran before
 * (another section: the index of 5,000 treaties, a whole string made per keystroke) is not
 * collected during these runs and charged to them — each measures its own garbage.
 */
export async function time(runs: number, warmup: number, f: () => unknown): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await f();
  (globalThis as { gc?: () => void }).gc?.();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await f();
    out.push(performance.now() - t0);
  }
  return out;
}

/**
 * `a` and `b` timed alternately — a b, b a, a b, … — `runs` times each after `warmup` of each, a full
 * collection between the warm-up and the timed runs (as `time`). Alternated because the two cores of
 * these machines are not alike: memory-heavy code ran 1.5–2× slower on cpu0 than on cpu1 of the same
 * VM (pinned with taskset: parse + outline of 1 MB 16 ms against 8.5 ms, markdown-it over 5,000 files
 * 2.7 s against 1.5 s), and a process stays on one for seconds then moves. Timed one after the other,
 * a baseline could land on the other core than what it is the baseline of: the outline ratio read
 * 8.0× in one run and 2.8× in the next, the code unchanged. Alternated, each pair runs on one core.
 * Each run starts with the young generation emptied (a minor collection, untimed), so that neither
 * pays for collecting the other's garbage: markdown-it's, ten times ours, landed in our runs.
 */
export async function timePaired(runs: number, warmup: number, a: () => unknown, b: () => unknown): Promise<{ a: number[]; b: number[] }> {
  for (let i = 0; i < warmup; i++) {
    await a();
    await b();
  }
  (globalThis as { gc?: () => void }).gc?.();
  const out = { a: [] as number[], b: [] as number[] };
  const gc = (globalThis as { gc?: (o?: { type: 'minor' }) => void }).gc;
  const one = async (f: () => unknown, into: number[]): Promise<void> => {
    gc?.({ type: 'minor' });
    const t0 = performance.now();
    await f();
    into.push(performance.now() - t0);
  };
  for (let i = 0; i < runs; i++) {
    if (i % 2) {
      await one(b, out.b);
      await one(a, out.a);
    } else {
      await one(a, out.a);
      await one(b, out.b);
    }
  }
  return out;
}

/** The median of the ratios of alternated pairs (`timePaired`): a[i] / b[i] compares runs made side by side. */
export function pairedRatio(a: readonly number[], b: readonly number[]): number {
  return median(a.map((x, i) => x / b[i]));
}

/** vscode-markdown-languageservice's outline of `text`, as a function to time (markdown-it parses it whole: a fresh URI each time). */
function markdownOutline(text: string): () => unknown {
  const service = markdownService();
  const cts = new CancellationTokenSource();
  let n = 0;
  return () => service.getDocumentSymbols(TextDocument.create(`file:///bench/md-${n++}.md`, 'markdown', 1, text), {}, cts.token);
}

async function outlineBench(): Promise<void> {
  const text = largeTreaty(ROOT, 1000, 1024 * 1024);
  const bytes = Buffer.byteLength(text);
  let n = 0;
  const { a: ours, b: base } = await timePaired(30, 5, () => {
    const doc = TextDocument.create(`file:///bench/ours-${n++}.md`, 'markdown', 1, text);
    return documentSymbols(textContext(doc.getText()));
  }, markdownOutline(text));
  const treaty = buildTreaty(text);
  const mOurs = median(ours);
  const mBase = median(base);
  const ratio = 1 / pairedRatio(ours, base);
  console.log(`outline: ${treaty.articles.length} articles, ${(bytes / 1024 / 1024).toFixed(2)} MB (${text.length} UTF-16 units); 30 runs of each, alternated`);
  console.log(`  treaty parse + outline        median ${mOurs.toFixed(2)} ms  (${(bytes / 1024 / 1024 / (mOurs / 1000)).toFixed(0)} MB/s; fastest ${Math.min(...ours).toFixed(2)} ms)`);
  console.log(`  markdown-languageservice      median ${mBase.toFixed(2)} ms  (getDocumentSymbols, markdown-it, fresh URI)`);
  console.log(`  ratio: ours is ${ratio.toFixed(1)}x faster than the baseline (median of the pairs' ratios; goal >= 4x, and under 8 ms: median ${mOurs.toFixed(2)} ms)`);
  goal('outline: times faster than vscode-markdown-languageservice', ratio, 'min', 4);
}

/**
 * The outline as an editor gets it: the built server over stdio, a 1 MB treaty open, one
 * character typed (an incremental change) and the outline asked for, timed from the change
 * sent to the symbols received and parsed; against vscode-markdown-languageservice's
 * outline of the same text in-process (markdown-it parsing it whole, fresh URI).
 */
async function stdioOutlineBench(): Promise<void> {
  const text = largeTreaty(ROOT, 1000, 1024 * 1024);
  const client = await startServer({ rootUri: null });
  try {
    const uri = 'file:///bench/stdio.md';
    await client.open(uri, text);
    // Type at the start of a paragraph in the middle of the treaty, one character at a time.
    const lines = text.split('\n');
    let line = lines.length >> 1;
    while (line < lines.length - 1 && !/^[^#\s第]/.test(lines[line])) line++;
    let version = 1;
    let symbols = 0;
    const { a: ours, b: base } = await timePaired(40, 8, async () => {
      version++;
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: '经' }],
      });
      const r = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as unknown[];
      symbols = r.length;
    }, markdownOutline(text));
    const mOurs = median(ours);
    const mBase = median(base);
    const ratio = pairedRatio(ours, base);
    console.log(`outline over stdio: keystroke + documentSymbol on 1 MB (${symbols} top-level symbols)`);
    console.log(`  treaty server over stdio      median ${mOurs.toFixed(2)} ms  (change sent → symbols parsed)`);
    console.log(`  markdown-languageservice      median ${mBase.toFixed(2)} ms  (in-process, whole parse)`);
    console.log(`  ratio ${ratio.toFixed(2)} (median of the pairs' ratios; 40 runs of each, alternated: the server is another process, on either core)`);
    goal('outline over stdio after a keystroke, as a fraction of md-ls in-process', ratio, 'max', 0.5);
  } finally {
    await client.stop();
  }
}

/**
 * Completion latency on the 1 MB treaty at several kinds of position, against two
 * baselines measured in the same run: a naive scan of the text (`text.split('\n')`)
 * and a full parse (`buildTreaty`), which completion must never pay (the model is
 * cached per document version).
 */
async function completionBench(): Promise<void> {
  const text = largeTreaty(ROOT, 1000, 1024 * 1024);
  const snippets = readSnippets(JSON.parse(fs.readFileSync(path.join(ROOT, 'snippets/treaty.code-snippets'), 'utf8')));
  const index = new WorkspaceIndex();
  // Every seed in the workspace too, for the titles after 《.
  const seedDir = path.join(ROOT, 'test/fixtures/seeds');
  for (const name of fs.readdirSync(seedDir)) index.set(`file:///bench/seeds/${name}`, fs.readFileSync(path.join(seedDir, name), 'utf8'), 1, 'markdown');
  // The positions: each edit puts a context into the text at a place in the document.
  const at = (fraction: number) => text.indexOf('\n\n', Math.floor(text.length * fraction)) + 1;
  const cases: Array<[string, number, string]> = [
    ['line start, early (heading, clauses, snippets)', at(0.05), ''],
    ['line start, end (heading, clauses, snippets)', text.lastIndexOf('\n本协定于') + 1, '生效'],
    ['本协定第 (every article; a long list is cut to 300)', at(0.5), '依照本协定第'],
    ['第X条第 (paragraphs, items)', at(0.7), '依照本协定第二条第'],
    ['《 (titles in the workspace)', at(0.3), '根据《'],
    ['running text (terms)', text.indexOf('，', Math.floor(text.length * 0.9)) + 1, '缔约'],
  ];
  const rows: Array<[string, number, number]> = [];
  let articles = 0;
  for (const [name, offset, typed] of cases) {
    const doc = text.slice(0, offset) + typed + text.slice(offset);
    const uri = `file:///bench/large-${rows.length}.md`;
    const snapshot = index.set(uri, doc, 1, 'markdown');
    const ctx = contextOf(index, snapshot); // the model built once, as the server's cache does
    articles = ctx.treaty.articles.length;
    const position = ctx.lines.positionAt(offset + typed.length);
    let count = 0;
    const runs = await time(500, 50, () => (count = completion(contextOf(index, snapshot), position, { snippets }).items.length));
    rows.push([`${name}: ${count} items`, percentile(runs, 50), percentile(runs, 99)]);
    index.delete(uri);
  }
  const split = await time(30, 5, () => text.split('\n').length);
  const parse = await time(10, 2, () => buildTreaty(text));
  const mSplit = median(split);
  const mParse = median(parse);
  console.log(`completion: ${articles} articles, ${(Buffer.byteLength(text) / 1024 / 1024).toFixed(2)} MB; 500 runs per position`);
  for (const [name, p50, p99] of rows) {
    console.log(`  ${name.padEnd(62)} p50 ${p50.toFixed(3)} ms  p99 ${p99.toFixed(3)} ms  (${(mSplit / p99).toFixed(1)}x faster than a split, ${(mParse / p99).toFixed(0)}x than a parse)`);
  }
  const worst = Math.max(...rows.map((r) => r[2]));
  console.log(`  baselines: text.split('\\n') median ${mSplit.toFixed(2)} ms, buildTreaty median ${mParse.toFixed(2)} ms`);
  console.log(`  worst p99 ${worst.toFixed(3)} ms (goal < 10 ms): ${(worst / mSplit).toFixed(2)}x a naive split, ${(worst / mParse).toFixed(3)}x a parse`);
  goal('completion: worst p99 as a fraction of one parse of the document', worst / mParse, 'max', 0.5);
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

/** Issue #4: index 5,000 treaties; definition and references on a 1 MB document inside; one keystroke. */
async function indexBench(): Promise<void> {
  const files = generatedWorkspace(ROOT, 5000, 10 * 1024);
  const total = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let peak = heapBefore;
  // Baseline: tokenizing the same files as markdown (what any markdown language service does first), once
  // before the indexing and once after, the mean of the two: the run may move between the machine's two
  // cores, which are not alike (see timePaired).
  const tokenize = (): number => {
    const it = new MarkdownIt({ html: true });
    const t0 = performance.now();
    for (const f of files) it.parse(f.text, {});
    return performance.now() - t0;
  };
  const before = tokenize();
  gc?.();
  const index = new WorkspaceIndex();
  let t0 = performance.now();
  files.forEach((f, i) => {
    index.set(`file:///ws/${f.name}`, f.text, 0);
    if (i % 250 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
  });
  const indexing = performance.now() - t0;
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  gc?.();
  const retained = process.memoryUsage().heapUsed - heapBefore;
  const after = tokenize();
  const baseline = (before + after) / 2;
  let served = 0;
  for (const s of index.all()) if (index.isServed(s)) served++;
  console.log(`index: ${files.length} generated treaties, ${mb(total)} (${served} served as treaties)`);
  console.log(`  indexing            ${indexing.toFixed(0)} ms   (goal < 5000 ms)  peak heap +${mb(peak - heapBefore)}, retained +${mb(retained)} (goal < 400 MB)${gc ? '' : ' [run with --expose-gc for exact figures]'}`);
  console.log(`  baseline: markdown-it tokenizing the same files ${baseline.toFixed(0)} ms (${before.toFixed(0)} before, ${after.toFixed(0)} after); indexing is ${(baseline / indexing).toFixed(1)}x that speed`);
  goal('index: 5,000 treaties, time over markdown-it tokenizing them', indexing / baseline, 'max', 1.5);

  // A 1 MB document inside that workspace, citing the generated treaties.
  let big = largeTreaty(ROOT, 1000, 1024 * 1024);
  const cites = Array.from({ length: 50 }, (_, k) => `《${generatedTitle(k * 97)}》第${(k % 5) + 1}条`).join('和');
  big = big.replace('达成协议如下：', `并依照${cites}，达成协议如下：`);
  const uri = 'file:///ws/large.md';
  let snapshot = index.set(uri, big, 1, 'markdown');
  const treaty = index.model(snapshot);
  const refs = referencesOf(treaty).filter((r) => r.kind === 'article' || r.kind === 'citation');
  const sample = Array.from({ length: 500 }, (_, k) => refs[(k * 7919) % refs.length]);
  // The first definition into a closed document builds its model (kept for the next: WorkspaceIndex.model): timed apart,
  // as a multiple of building that document's model alone in the same run — the 500 below, each target built before,
  // are the definition's own work (its p99 was these few first landings, a parse of another document each). Goal: a
  // first landing costs at most a second build of that model (measured 1.3–1.6×: the target's title and info read once).
  // Every citation of the document first (50 documents: the median of the ten the sample happened to reach swung
  // from 1.4× to 2.8× between runs minutes apart, the same code; over 50, 1.51× quiet, 2.3–2.6× at load 12).
  const landed = new Map<string, number>();
  for (const r of refs.filter((r) => r.kind === 'citation')) {
    const t0 = performance.now();
    const to = definition(contextOf(index, snapshot), r.start + 1)[0]?.targetUri;
    const ms = performance.now() - t0;
    if (to && to !== uri && !landed.has(to)) landed.set(to, ms);
  }
  const firstLanding = [...landed].map(([to, ms]) => {
    const text = index.get(to)!.text;
    return ms / median([0, 1, 2].map(() => { const t0 = performance.now(); buildTreaty(text); return performance.now() - t0; }));
  });
  let k = 0;
  const defs = await time(500, 50, () => definition(contextOf(index, snapshot), sample[k++ % sample.length].start + 1));
  const parseOnce = median(await time(5, 1, () => buildTreaty(big)));
  console.log(`  1 MB document: ${treaty.articles.length} articles, ${refs.length} references and citations`);
  console.log(`  definition          p50 ${percentile(defs, 50).toFixed(3)} ms  p99 ${percentile(defs, 99).toFixed(3)} ms  (goal p99 < 5 ms; ${(parseOnce / percentile(defs, 99)).toFixed(0)}x faster than one parse of the document, ${parseOnce.toFixed(1)} ms)`);
  console.log(`  first definition into a closed document (${landed.size} documents): median ${median(firstLanding).toFixed(2)}x, most ${Math.max(...firstLanding).toFixed(2)}x building its model alone`);
  goal('first definition into a closed document: median over building its model', median(firstLanding), 'max', 2);
  const articleRefs = sample.filter((r) => r.kind === 'article' && !r.citation);
  k = 0;
  const refTimes = await time(100, 5, () => references(contextOf(index, snapshot), articleRefs[k++ % articleRefs.length].start + 1, true));
  const citing = sample.filter((r) => r.kind === 'citation');
  k = 0;
  const citeTimes = await time(50, 3, () => references(contextOf(index, snapshot), citing[k++ % citing.length].start + 2, true));
  const diags = await time(10, 2, () => diagnostics(contextOf(index, snapshot)));
  console.log(`  diagnostics (all checks, model cached)  median ${median(diags).toFixed(1)} ms  (${(median(diags) / parseOnce).toFixed(2)}x one parse)`);
  console.log(`  references (article, in the document)   p50 ${percentile(refTimes, 50).toFixed(2)} ms  p99 ${percentile(refTimes, 99).toFixed(2)} ms`);
  console.log(`  references (instrument, workspace-wide) p50 ${percentile(citeTimes, 50).toFixed(2)} ms  p99 ${percentile(citeTimes, 99).toFixed(2)} ms`);

  // One keystroke in the 1 MB document: what the server does on didChange (new snapshot, title check),
  // given the whole text as it gets it — one string decoded from the message's JSON, not the rope a
  // concatenation makes here, which the first read would flatten (a copy of 1 MB) inside the timing.
  let version = 2;
  const at = big.length >> 1;
  const keystrokes: number[] = [];
  for (let k = 0; k < 220; k++) {
    big = JSON.parse(JSON.stringify(big.slice(0, at) + (version % 2 ? '的' : '') + big.slice(at + (version % 2 ? 0 : 1)))) as string;
    const t0 = performance.now();
    snapshot = index.set(uri, big, version++, 'markdown');
    if (k >= 20) keystrokes.push(performance.now() - t0);
  }
  const thenDefine = await time(20, 2, () => {
    big = big.slice(0, at) + (version % 2 ? '的' : '') + big.slice(at + (version % 2 ? 0 : 1));
    snapshot = index.set(uri, big, version++, 'markdown');
    definition(contextOf(index, snapshot), sample[0].start + 1);
  });
  console.log(`  keystroke → index up to date  p50 ${percentile(keystrokes, 50).toFixed(3)} ms  p99 ${percentile(keystrokes, 99).toFixed(3)} ms  (goal < 10 ms; the model is rebuilt lazily)`);
  goal('definition on 1 MB: p99 as a fraction of one parse', percentile(defs, 99) / parseOnce, 'max', 0.1);
  goal('keystroke → index up to date on 1 MB: p99 as a fraction of one parse', percentile(keystrokes, 99) / parseOnce, 'max', 0.5);
  console.log(`  keystroke → first definition  median ${median(thenDefine).toFixed(1)} ms  (whole text set: a full parse, ${(median(thenDefine) / parseOnce).toFixed(2)}x one parse)`);

  // Issue #13: the same keystrokes as the server sends them — the editor's document kept in pieces
  // (protocol/documents.ts, syntax/text.ts), its didChange ranges → WorkspaceIndex.update — the tree
  // re-parsed from the previous model (syntax/reparse.ts). First as before: a whole new string per
  // keystroke (`big = slice + text + slice`, what TextDocument.update did), for comparison.
  const wholeTyping = (): void => {
    const edit = version % 2 ? { start: at, end: at, text: '的' } : { start: at, end: at + 1, text: '' };
    big = big.slice(0, edit.start) + edit.text + big.slice(edit.end);
    snapshot = index.update(uri, big, [edit], version++, 'markdown');
  };
  void index.model(snapshot);
  const wholeKeystrokes = await time(100, 10, wholeTyping);
  const wholeDefine = await time(100, 10, () => {
    wholeTyping();
    definition(contextOf(index, snapshot), sample[0].start + 1);
  });
  let pieces = PieceText.of(big);
  const typing = (): void => {
    const edit = version % 2 ? { start: at, end: at, text: '的' } : { start: at, end: at + 1, text: '' };
    pieces = pieces.edit(edit.start, edit.end, edit.text);
    snapshot = index.update(uri, pieces, [edit], version++, 'markdown');
  };
  void index.model(snapshot);
  const stats = { ...reparseStats };
  // 300 keystrokes each (p99: the fourth slowest, not the second of 100: one late compilation of the
  // re-parse's code or one collection decided it), after WARM that warm the code up. (The slowest of
  // the tail's keystrokes after 30 were compilations: traced, `--trace-opt`, the re-parse's and the
  // references' functions — cutGluedHeadings, readTerms, addClosing, reparseOne — were still being
  // optimized after a thousand keystrokes, 10–45 ms of compiling each, one in a hundred keystrokes;
  // on a quiet machine the p99 of those windows went from 0.2 to 0.96 of a parse from one run to the next.)
  const incKeystrokes = await time(200, 20, typing);
  const incDefine = await time(300, WARM, () => {
    typing();
    definition(contextOf(index, snapshot), sample[0].start + 1);
  });
  const incParse = await time(300, WARM, () => {
    typing();
    void index.model(snapshot);
  });
  // What the one string made per version costs (PieceText.toString, once a reader asks for the whole text).
  const flatten = await time(100, 10, () => {
    pieces = pieces.edit(at, at, '的').edit(at, at + 1, '');
    void pieces.toString().charCodeAt(0);
  });
  const local = reparseStats.local - stats.local;
  console.log(`  incremental (${local} of ${local + reparseStats.full - stats.full} re-parses inside one article):`);
  console.log(`    whole string per keystroke (before): keystroke → index up to date  p50 ${percentile(wholeKeystrokes, 50).toFixed(3)} ms  p99 ${percentile(wholeKeystrokes, 99).toFixed(3)} ms; → first definition  p50 ${percentile(wholeDefine, 50).toFixed(2)} ms  p99 ${percentile(wholeDefine, 99).toFixed(2)} ms`);
  console.log(`    keystroke → index up to date  p50 ${percentile(incKeystrokes, 50).toFixed(3)} ms  p99 ${percentile(incKeystrokes, 99).toFixed(3)} ms  (goal p99 < 5 ms)`);
  console.log(`    keystroke → model rebuilt     p50 ${percentile(incParse, 50).toFixed(2)} ms  p99 ${percentile(incParse, 99).toFixed(2)} ms`);
  console.log(`    keystroke → first definition  p50 ${percentile(incDefine, 50).toFixed(2)} ms  p99 ${percentile(incDefine, 99).toFixed(2)} ms  (goal p50 < 3 ms, p99 < 10 ms; one parse ${parseOnce.toFixed(1)} ms)`);
  console.log(`    the whole string of a version in pieces (made once, when read)  p50 ${percentile(flatten, 50).toFixed(2)} ms  p99 ${percentile(flatten, 99).toFixed(2)} ms`);
  big = pieces.toString();
  // The same keystrokes in the final clauses, after the last article's head (syntax/reparse.ts: the tail is a unit of its own).
  const tailAt = big.lastIndexOf('\n本协定于') + 4;
  const tailTyping = (): void => {
    const edit = version % 2 ? { start: tailAt, end: tailAt, text: '的' } : { start: tailAt, end: tailAt + 1, text: '' };
    pieces = pieces.edit(edit.start, edit.end, edit.text);
    snapshot = index.update(uri, pieces, [edit], version++, 'markdown');
  };
  const tailStats = { ...reparseStats };
  const tailDefine = await time(300, WARM, () => {
    tailTyping();
    definition(contextOf(index, snapshot), sample[0].start + 1);
  });
  big = pieces.toString();
  const tailLocal = reparseStats.local - tailStats.local;
  console.log(`    in the final clauses (${tailLocal} of ${tailLocal + reparseStats.full - tailStats.full} re-parses inside the tail): keystroke → first definition  p50 ${percentile(tailDefine, 50).toFixed(2)} ms  p99 ${percentile(tailDefine, 99).toFixed(2)} ms`);
  // Issue #13's goals in ms (index up to date p99 < 5 ms; first definition p50 < 3 ms, p99 < 10 ms) as fractions of
  // vscode-markdown-languageservice's outline of the same text in this run, which took 47 ms on the machine the issue
  // measured. Until session 56 the yardstick was one parse of ours, 19 ms there: the parse the issue made faster
  // (5.5–15 ms on the session 55 host), so each gain of the parse tightened the keystroke goals by as much — a p99 of
  // 5.6 ms read as a miss against a 5.5 ms parse. The markdown service's work does not move with our code.
  const markdownMs = median(await time(5, 1, markdownOutline(big)));
  console.log(`    vscode-markdown-languageservice's outline of the same text  ${markdownMs.toFixed(1)} ms (the keystroke goals' yardstick: 47 ms where the issue set 3 / 5 / 10 ms)`);
  goal('incremental keystroke in the final clauses → first definition on 1 MB: p99 / md-ls outline', percentile(tailDefine, 99) / markdownMs, 'max', 10 / 47);
  goal('incremental keystroke → index up to date on 1 MB: p99 / md-ls outline', percentile(incKeystrokes, 99) / markdownMs, 'max', 5 / 47);
  goal('incremental keystroke → first definition on 1 MB: p50 / md-ls outline', percentile(incDefine, 50) / markdownMs, 'max', 3 / 47);
  goal('incremental keystroke → first definition on 1 MB: p99 / md-ls outline', percentile(incDefine, 99) / markdownMs, 'max', 10 / 47);

  // Memory per character: the heap one open 1 MB document's model keeps (tree, model, references).
  const gcNow = (globalThis as { gc?: () => void }).gc;
  if (gcNow) {
    index.delete(uri);
    index.close(uri);
    gcNow();
    const base = process.memoryUsage().heapUsed;
    const kept = index.set(uri, big, version++, 'markdown');
    void referencesOf(index.model(kept));
    gcNow();
    const used = process.memoryUsage().heapUsed - base;
    console.log(`  memory: ${(used / big.length).toFixed(0)} bytes of heap per character (model, tree and references of the 1 MB document; the text itself ${(2).toFixed(0)} bytes per UTF-16 unit)`);
  }
}

/**
 * Versions (issue #16): two versions of a 1 MB law (the Civil Code's size) — words changed in
 * every 30th article (86), one deleted, one inserted so that every later article is renumbered —
 * compared by article and the amending instrument generated from the two models. Goal: under
 * 200 ms, and at most four parses of the same law measured in the same run (the ratio holds on a
 * loaded machine where the milliseconds do not); the CPU time and the time with both parses are
 * printed beside it.
 */
async function versionsBench(): Promise<void> {
  const before = largeTreaty(ROOT, 1300, 1024 * 1024, '中华人民共和国大型测试法');
  const model = buildTreaty(before);
  const arts = model.articles;
  let after = before;
  // From the end, so that offsets stay valid: words in every 30th article, one article deleted, one inserted.
  for (let k = arts.length - 1; k >= 0; k--) {
    const a = arts[k];
    if (k === Math.floor(arts.length / 2)) after = after.slice(0, a.start) + after.slice(a.end);
    else if (k % 30 === 7) {
      const body = after.slice(a.head.end, a.end);
      const at = a.head.end + Math.floor(body.length / 2);
      after = after.slice(0, at) + '并且依法' + after.slice(at);
    }
  }
  const third = arts[Math.floor(arts.length / 3)];
  after = after.slice(0, third.start) + '## 第一条\n\n缔约双方应当进一步加强边境信息交流与合作。\n\n' + after.slice(third.start);
  let n = 0;
  after = after.replace(/^## 第[一二三四五六七八九十百千零]+条$/gm, () => `## 第${formatChinese(++n)}条`);
  const renumbered = buildTreaty(after);
  console.log(`\nversions: ${mb(Buffer.byteLength(before))} law, ${arts.length} articles → ${renumbered.articles.length}`);
  // In the editor both models are already built (the open document's, the index's): the goal is
  // the comparison and the amendment from the two models. Each run gets models of its own, so that
  // nothing kept per model (unitsOf) is reused from a run before, and times one parse of the old
  // text beside the comparison, the two measured alike (the garbage before each collected first,
  // when the bench may: --expose-gc), so that the load on the machine weighs on both.
  const gcNow = (globalThis as { gc?: () => void }).gc;
  const runs = 7;
  const warmup = 2;
  let clauses = 0;
  const wall: number[] = [];
  const cpu: number[] = [];
  const parses: number[] = [];
  const ratios: number[] = [];
  const cpuRatios: number[] = [];
  const parseCpu: number[] = [];
  for (let k = 0; k < runs + warmup; k++) {
    gcNow?.();
    const p0 = process.cpuUsage();
    let t0 = performance.now();
    const oldModel = buildTreaty(before);
    const parse = performance.now() - t0;
    const p = process.cpuUsage(p0);
    const newModel = buildTreaty(after);
    gcNow?.();
    const c0 = process.cpuUsage();
    t0 = performance.now();
    const cmp = compareModels(oldModel, newModel);
    clauses = amendmentClauses(cmp).clauses.length;
    amendmentText(cmp);
    const t = performance.now() - t0;
    const c = process.cpuUsage(c0);
    if (k < warmup) continue;
    wall.push(t);
    cpu.push((c.user + c.system) / 1000);
    parses.push(parse);
    // Each run's comparison against the parse just before it: the load of the moment weighs on both.
    ratios.push(t / parse);
    cpuRatios.push((c.user + c.system) / (p.user + p.system));
    parseCpu.push((p.user + p.system) / 1000);
  }
  const fromModels = median(wall);
  const parse = median(parses);
  const ratio = median(ratios);
  const withParse = median(await time(3, 1, () => amendmentText(compareVersions(before, after))));
  console.log(`  compare + amendment from the two models  median ${fromModels.toFixed(0)} ms (goal < 200 ms), ${clauses} clauses; CPU time ${median(cpu).toFixed(0)} ms`);
  console.log(`  one parse of the 1 MB law  median ${parse.toFixed(0)} ms  CPU time ${median(parseCpu).toFixed(0)} ms  (compare + amendment = ${ratio.toFixed(2)}x the parse of the same run; in CPU time ${median(cpuRatios).toFixed(2)}x)`);
  console.log(`  the same from the two texts, parses included  median ${withParse.toFixed(0)} ms`);
  goal('versions: compare + amendment of a 1 MB law from its two models, ms', fromModels, 'max', 200);
  // The same goal where the load makes milliseconds meaningless: one parse of this law (after a
  // collection, as measured here) takes 50–55 ms of CPU time on these machines, so 200 ms is about
  // four parses.
  goal('versions: compare + amendment as a multiple of one parse of the law', ratio, 'max', 4);
}

/** Export of a 100-article treaty (issue #17: .docx under 300 ms), from the model (`buildTreaty` each run). */
async function exportBench(): Promise<void> {
  console.log('\nexport: a 100-article treaty');
  const text = largeTreaty(ROOT, 100, 0, '中华人民共和国和俄罗斯联邦边防合作协定');
  const parse = median(await time(10, 2, () => buildTreaty(text)));
  const docx = median(await time(10, 2, () => toDocx(buildTreaty(text))));
  const akn = median(await time(10, 2, () => toAkn(buildTreaty(text))));
  const html = median(await time(10, 2, () => previewHtml(buildTreaty(text))));
  console.log(`  parse ${parse.toFixed(1)} ms · .docx ${docx.toFixed(1)} ms (goal < 300 ms) · Akoma Ntoso ${akn.toFixed(1)} ms · preview HTML ${html.toFixed(1)} ms`);
  goal('export: 100-article treaty to .docx, ms', docx, 'max', 300);
  goal('export: 100-article treaty to Akoma Ntoso, ms', akn, 'max', 300);
}

/** Parallel texts: aligning and checking a 1 MB Chinese text against a 1 MB Russian one (issue #15: under 50 ms). */
async function parallelBench(): Promise<void> {
  console.log('\nparallel texts (features/align.ts, divergence.ts)');
  const { zh: zhText, ru: ruText } = parallelTreaties(1024 * 1024);
  const zh = buildTreaty(zhText);
  const ru = buildTreaty(ruText);
  // What is read once per model (per version of a document), then kept: the numbers each text says, the references.
  let t = performance.now();
  numbersOf(zh, 'zh');
  const numbersZh = performance.now() - t;
  t = performance.now();
  numbersOf(ru, 'ru');
  const numbersRu = performance.now() - t;
  t = performance.now();
  referencesOf(zh);
  const refsZh = performance.now() - t;
  // Keystrokes in articles of the Russian text: each new version's numbers, read again where it changed (model/versionLink.ts).
  const keystrokes: number[] = [];
  for (let k = 0, typedRu = ru; k < 21; k++) {
    const keyAt = typedRu.text.indexOf('\n\n', Math.floor(typedRu.text.length * (0.1 + 0.04 * k))) + 2;
    const typed = reparse(typedRu.tree, [{ start: keyAt, end: keyAt, text: '5' }]);
    typedRu = buildTreaty(typed.text, typed, typedRu);
    t = performance.now();
    numbersOf(typedRu, 'ru');
    keystrokes.push(performance.now() - t);
  }
  const numbersKeystroke = median(keystrokes);
  let findings = 0;
  const run = () => {
    const al = alignUncached(zh, ru);
    findings = divergencesOf(al, 'a', '俄文本').length + divergencesOf(al, 'b', '中文本').length;
  };
  const t0 = performance.now();
  run();
  const first = performance.now() - t0;
  // The two sides of the ratio measured alike, in turn: each run parses both texts (fresh models) and
  // then aligns and checks the kept ones, after the same warm-up, with one full collection before the
  // runs (when the bench may: --expose-gc), as `time` does. Measured apart, the parses were timed nearly
  // cold (5 runs, 1 warm-up) and the alignment warm, and the ratio said as much about the JIT's state (a
  // full run, whose earlier sections warm the parser, against this section alone) as about the code: 0.43
  // in one, 0.17 in the other. (A collection before each run is no fairer: the sweeping it leaves behind
  // falls on the few milliseconds of the alignment, which then ranged 5–70 ms.)
  const runs = 15;
  const warmup = 3;
  const parsesZh: number[] = [];
  const parsesRu: number[] = [];
  const checks: number[] = [];
  const ratios: number[] = [];
  for (let k = 0; k < warmup + runs; k++) {
    if (k === warmup) (globalThis as { gc?: () => void }).gc?.();
    let t1 = performance.now();
    buildTreaty(zhText);
    const pz = performance.now() - t1;
    t1 = performance.now();
    buildTreaty(ruText);
    const pr = performance.now() - t1;
    t1 = performance.now();
    run();
    const c = performance.now() - t1;
    if (k < warmup) continue;
    parsesZh.push(pz);
    parsesRu.push(pr);
    checks.push(c);
    // Each run's alignment against the parses just before it: the load of the moment weighs on both.
    ratios.push(c / (pz + pr));
  }
  const m = median(checks);
  const parseZh = median(parsesZh);
  const parseRu = median(parsesRu);
  const ratio = median(ratios);
  console.log(`  ${(Buffer.byteLength(zhText) / 1048576).toFixed(2)} MB zh (${zh.articles.length} articles) against ${(Buffer.byteLength(ruText) / 1048576).toFixed(2)} MB ru (${ru.articles.length} articles): ${findings} divergences`);
  console.log(`  align + check both sides  median ${m.toFixed(1)} ms  (goal < 50 ms); first run ${first.toFixed(1)} ms`);
  console.log(`  read once per model before that: numbers zh ${numbersZh.toFixed(1)} ms, ru ${numbersRu.toFixed(1)} ms; references zh ${refsZh.toFixed(1)} ms (shared with the other checks)`);
  console.log(`  after a keystroke in an article of the Russian text: its numbers median ${numbersKeystroke.toFixed(1)} ms (the edited article and its neighbours read again)`);
  console.log(`  beside one parse, in the same runs (${runs}, ${warmup} warm-up): zh ${parseZh.toFixed(1)} ms, ru ${parseRu.toFixed(1)} ms  (align + check = ${ratio.toFixed(2)}x both parses, the median of the runs' ratios; ${(m / (parseZh + parseRu)).toFixed(2)}x of the medians)`);
  // 50 ms against the two parses of about 100 ms each when the goal was set (issue #15); they take 30–40 ms now.
  goal('parallel texts: align + check 1 MB zh/ru as a fraction of parsing both', ratio, 'max', 0.25);
}

/**
 * Issue #13: the start-up scan as the server runs it (list, read, keep what the index needs), on
 * the main thread alone and with the files read and analysed in worker threads
 * (protocol/scanPool.ts), beside markdown-it reading and tokenizing the same files on one thread,
 * in the same run: 5,000 generated treaties written to disk (about 50 MB; goal: under 5 s with the
 * workers on this 2-core machine) and, when a folder is given (`bench.js scan <folder>`, or
 * TREATY_BENCH_LAWS), that folder: the goal is the LawRefBook/Laws corpus (3,504 laws,
 * ~58 MB; take it from its public repository) indexed within 1.2× of markdown-it's time.
 */
async function scanBench(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'treaty-bench-scan-'));
  try {
    const files = generatedWorkspace(ROOT, 5000, 10 * 1024);
    for (const f of files) fs.writeFileSync(path.join(dir, f.name), f.text);
    const generated = await scanFolder(dir, `${files.length} generated treaties on disk`);
    goal('scan: 5,000 treaties from disk with scan workers, ms', generated.workers, 'max', 5000);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const laws = process.argv[3] ?? process.env.TREATY_BENCH_LAWS;
  if (laws) {
    const r = await scanFolder(path.resolve(laws), path.resolve(laws));
    goal('scan: a folder of real texts with scan workers, over markdown-it tokenizing it', r.workers / r.markdownIt, 'max', 1.2);
  }
}

/** Rounds of the scan with workers and of markdown-it, alternated. */
const SCAN_ROUNDS = 3;

/** The scan of `dir` on one thread and with the workers, and markdown-it over the same files; printed. */
async function scanFolder(dir: string, what: string): Promise<{ workers: number; markdownIt: number }> {
  const gc = (globalThis as { gc?: () => void }).gc;
  const run = async (makePool: (() => ScanPool) | undefined) => {
    gc?.();
    const index = new WorkspaceIndex();
    const wf = new WorkspaceFiles(index, () => undefined);
    const rss = process.memoryUsage().rss;
    let peak = rss;
    const t0 = performance.now();
    // As the server does: the pool made, its workers started, before the files are listed.
    const pool = makePool?.().start();
    await wf.setRoots([dir]);
    const list = await wf.list(dir);
    const treaties = await wf.readAll(list, pool, (done) => {
      if (done % 250 === 0) peak = Math.max(peak, process.memoryUsage().rss);
    });
    return { ms: performance.now() - t0, files: list.length, treaties, peak: Math.max(peak, process.memoryUsage().rss) - rss };
  };
  const single = await run(undefined);
  // markdown-it reading and tokenizing every file the scan listed, on this thread.
  const listed = filesUnder(dir);
  let bytes = 0;
  const tokenize = (): number => {
    gc?.();
    const it = new MarkdownIt();
    bytes = 0;
    const t0 = performance.now();
    for (const f of listed) {
      const text = fs.readFileSync(f, 'utf8');
      bytes += Buffer.byteLength(text);
      it.parse(text, {});
    }
    return performance.now() - t0;
  };
  // Three rounds, the scan with workers and markdown-it alternated, medians: markdown-it alone ran 1.5 s on
  // one core of these machines and 2.7 s on the other (see timePaired), and a round lands on either.
  const rounds: { workers: Awaited<ReturnType<typeof run>>; markdownIt: number }[] = [];
  for (let k = 0; k < SCAN_ROUNDS; k++) {
    const markdownIt = tokenize();
    rounds.push({ workers: await run(() => new ScanPool()), markdownIt });
  }
  const workers = rounds.map((r) => r.workers).sort((x, y) => x.ms - y.ms)[rounds.length >> 1];
  const markdownIt = median(rounds.map((r) => r.markdownIt));
  console.log(`\nscan: ${what}, ${single.files} files, ${mb(bytes)}, ${os.availableParallelism?.() ?? os.cpus().length} cores`);
  console.log(`  main thread only     ${single.ms.toFixed(0)} ms  (${single.treaties} treaties; peak RSS +${mb(single.peak)})`);
  console.log(`  with scan workers    ${workers.ms.toFixed(0)} ms  (median of ${SCAN_ROUNDS} rounds alternated with markdown-it's; ${workers.treaties} treaties; peak RSS of the main thread's process +${mb(workers.peak)}); ${(single.ms / workers.ms).toFixed(2)}x the single-thread scan`);
  console.log(`  markdown-it          ${markdownIt.toFixed(0)} ms  (reading and tokenizing the same files, one thread; rounds ${rounds.map((r) => r.markdownIt.toFixed(0)).join(', ')} ms); the scan with workers takes ${(workers.ms / markdownIt).toFixed(2)}x that`);
  return { workers: workers.ms, markdownIt };
}

async function main(): Promise<boolean> {
  const only = process.argv[2];
  const benches: [string, () => Promise<void>][] = [['outline', outlineBench], ['stdio', stdioOutlineBench], ['completion', completionBench], ['index', indexBench], ['versions', versionsBench], ['export', exportBench], ['parallel', parallelBench], ['scan', scanBench]];
  if (only && !benches.some(([name]) => name === only)) {
    // A mistyped name ran nothing and printed an empty table of goals, exit 0: as if all were met.
    console.error(`bench: no bench named "${only}" (${benches.map(([name]) => name).join(', ')}; none: all of them)`);
    process.exit(2);
  }
  for (const [name, run] of benches) if (!only || only === name) await run();
  return report();
}

void main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
void URI;
