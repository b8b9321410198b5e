// Speed in executed instructions: the ratio goals of issues #13 (parse + outline of 1 MB ≥ 4× faster than
// vscode-markdown-languageservice) and #14 (treaty-check within 2× of markdown-it tokenizing the same files),
// counted by valgrind (cachegrind, `apt-get install valgrind`) instead of timed. On these shared 2-core machines
// the same build's times vary by half from run to run, its instruction counts by under 1 %: a change of a few per
// cent shows here, never in a timed run. Not CI, not `npm run bench` (a run takes minutes: valgrind runs node
// 30–50× slower); a script of its own, for comparing builds:
//
//   npm run build && npx tsc -p . && node out/bench/instructions.js [folder] [--baseline /path/to/other/build]
//
// `folder`: the texts treaty-check and markdown-it read (default: test/fixtures/real; LawRefBook/Laws whole takes
// long under valgrind — a tenth of it, every tenth file, is plenty). `--baseline`: another checkout, built
// (`npm run build && npx tsc -p .`), measured beside this one (say main's, or an earlier commit's).
//
// Every workload runs in a process of its own, `node --single-threaded --predictable` (the optimizing compiler and the
// collector working on the one thread, counted there, not on helper threads valgrind runs by turns; --predictable: V8's
// choices of when to optimize and collect made the same in every run — without it one build's parse counted 88.4 M
// instructions in one run and 112.7 M in the next, s52parse), and
// the parts both sides share are subtracted: node starting and reading the files (`read`), and for the
// outline the warm-up (instructions of 50 runs less those of 20, over 30). Instructions are not time —
// a workload that misses the caches more runs fewer per second — but they move together with it, and
// only they can be compared across runs here. The times of record stay `npm run bench` and checkSpeed.
import * as fs from 'fs';
import * as path from 'path';
import * as os from 'os';
import { spawnSync } from 'child_process';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CancellationTokenSource } from 'vscode-languageserver-protocol';
import MarkdownIt from 'markdown-it';
import { markdownService } from './markdownService';
import { filesUnder } from './files';

const ROOT = path.resolve(__dirname, '../..');
const NODE_FLAGS = ['--single-threaded', '--predictable', '--expose-gc', '--max-semi-space-size=32'];
/** Outline runs: the count of the larger less that of the smaller, over their difference, is one run's. */
const FEW = 20;
const MANY = 50;
/** The goals, as in `npm run bench` and checkSpeed. */
const OUTLINE_GOAL = 4;
const CHECK_GOAL = 2;

/** One workload, in this process (the side valgrind runs): what `measure` asks for. */
async function workload(name: string, root: string, arg: string, textFile: string): Promise<void> {
  const load = (m: string) => require(path.join(root, 'out', m));
  let n = 0;
  if (name === 'outline' || name === 'md-outline') {
    // The text made by `main` and written to a file (`textFile`): made here, by bench/generate.ts, it would run that build's
    // numerals.ts (formatChinese) before the parse when `root` is this checkout — the same module the parse then runs, with
    // the feedback and the optimized code of that use. A build measured from its own checkout then counted 181 M a run
    // against 141 M from another path, the same code (session 56).
    const text = fs.readFileSync(textFile, 'utf8');
    const runs = Number(arg);
    let run: () => unknown;
    if (name === 'outline') {
      const { documentSymbols } = load('server/src/features/documentSymbols');
      const { textContext } = load('server/src/features/context');
      run = () => documentSymbols(textContext(text));
    } else {
      const service = markdownService();
      const token = new CancellationTokenSource().token;
      run = () => service.getDocumentSymbols(TextDocument.create(`file:///bench/md-${n++}.md`, 'markdown', 1, text), {}, token);
    }
    // A young-generation collection before each run: each starts with an empty nursery, so its own scavenges come at
    // the same points (a per-run count once varied by a third with what earlier runs had left there).
    const collect = (globalThis as { gc?: (o: { type: 'minor' }) => void }).gc;
    const gc = () => collect?.({ type: 'minor' });
    for (let i = 0; i < 10; i++) {
      gc();
      await run();
    }
    for (let i = 0; i < runs; i++) {
      gc();
      await run();
    }
    return;
  }
  const files = filesUnder(arg);
  if (name === 'read') for (const f of files) n += fs.readFileSync(f, 'utf8').length;
  else if (name === 'markdown-it') {
    const it = new MarkdownIt();
    for (const f of files) n += it.parse(fs.readFileSync(f, 'utf8'), {}).length;
  } else if (name === 'check') {
    // treaty-check --jobs 1's two steps, in-process (no second process started with the bin's flags: they are given here).
    const { readShare, finishAll } = load('server/src/cli/checkWorker');
    const read = readShare({ files: files.map((file) => ({ file })), severity: {}, markdownDetection: true, hints: false });
    n += finishAll(read, {}, true, [], false).length;
  } else throw new Error(`no workload ${name}`);
  if (n < 0) console.log(n);
}

/**
 * The V8 flags treaty-check starts with on a folder (bin/treaty-check.js's `FLAGS`), read from `root`'s launcher — or, from an
 * older launcher, the list in its launch line. (The launch line now chooses among lists, so it names none: read there, the
 * check ran without the flags, ~35 % more instructions on the laws, s49check.)
 */
function checkFlags(root: string): string[] {
  const bin = fs.readFileSync(path.join(root, 'bin/treaty-check.js'), 'utf8');
  const m = /^const FLAGS = \[([^\]]*)\]/m.exec(bin) ?? /launch'\)\('treaty-check',\s*\[([^\]]*)\]/.exec(bin);
  return m ? [...m[1].matchAll(/'([^']+)'/g)].map((x) => x[1]) : [];
}

/** Instructions (millions) valgrind counts for one workload. */
function measure(name: string, root: string, arg: string, flags: string[] = []): number {
  const r = spawnSync('valgrind', ['--tool=cachegrind', '--cache-sim=no', '--smc-check=all-non-file', '--cachegrind-out-file=/dev/null', process.execPath, ...NODE_FLAGS, ...flags, __filename, '--workload', name, root, arg, TEXT_FILE], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.error) throw new Error(`valgrind could not be started (${r.error.message}): apt-get install valgrind`);
  const m = /I\s+refs:\s+([\d,]+)/.exec(r.stderr ?? '');
  if (r.status !== 0 || !m) throw new Error(`${name} ${root} ${arg}: exit ${r.status}\n${(r.stderr ?? '').slice(-2000)}`);
  return Number(m[1].replace(/,/g, '')) / 1e6;
}

interface Counts {
  outline: number;
  mdOutline: number;
  check: number;
  markdownIt: number;
}

function countsOf(root: string, dir: string): Counts {
  const perRun = (name: string) => (measure(name, root, String(MANY)) - measure(name, root, String(FEW))) / (MANY - FEW);
  const read = measure('read', root, dir);
  return {
    outline: perRun('outline'),
    mdOutline: perRun('md-outline'),
    check: measure('check', root, dir, checkFlags(root)) - read,
    markdownIt: measure('markdown-it', root, dir) - read,
  };
}

/** The outline's text, the bench's 1 MB treaty, written once by `main` for every outline workload to read. */
const TEXT_FILE = path.join(os.tmpdir(), `treaty-instructions-${process.pid}.md`);

function main(): void {
  // (Required here, not at the top: a workload's process loads no module of this checkout but those its workload asks for.)
  const { largeTreaty } = require('./generate') as typeof import('./generate');
  fs.writeFileSync(TEXT_FILE, largeTreaty(ROOT, 1000, 1024 * 1024));
  process.on('exit', () => fs.rmSync(TEXT_FILE, { force: true }));
  const argv = process.argv.slice(2);
  const at = argv.indexOf('--baseline');
  const baseline = at >= 0 ? path.resolve(argv.splice(at, 2)[1]) : undefined;
  const dir = path.resolve(argv[0] ?? path.join(ROOT, 'test/fixtures/real'));
  const files = filesUnder(dir);
  console.log(`instruction counts (valgrind): ${files.length} files in ${dir}; the outline's text: the bench's 1 MB treaty`);
  const builds: [string, string][] = [['this build', ROOT], ...(baseline ? [['baseline', baseline] as [string, string]] : [])];
  const results = builds.map(([label, root]) => ({ label, root, c: countsOf(root, dir) }));
  const row = (label: string, v: (c: Counts) => string) => console.log(`  ${label.padEnd(58)} ${results.map((r) => v(r.c).padStart(14)).join(' ')}`);
  console.log(`  ${''.padEnd(58)} ${results.map((r) => r.label.padStart(14)).join(' ')}`);
  row('parse + outline of 1 MB, one run (M instructions)', (c) => c.outline.toFixed(1));
  row('vscode-markdown-languageservice outline, one run', (c) => c.mdOutline.toFixed(1));
  row(`  md-ls / ours (goal ≥ ${OUTLINE_GOAL})`, (c) => (c.mdOutline / c.outline).toFixed(2));
  row('treaty-check --jobs 1 over the files, less reading them', (c) => c.check.toFixed(0));
  row('markdown-it tokenizing them, less reading them', (c) => c.markdownIt.toFixed(0));
  row(`  treaty-check / markdown-it (goal ≤ ${CHECK_GOAL})`, (c) => (c.check / c.markdownIt).toFixed(2));
  if (results.length === 2) {
    const [a, b] = results.map((r) => r.c);
    console.log(`  this build / baseline: outline ${(a.outline / b.outline).toFixed(3)}, treaty-check ${(a.check / b.check).toFixed(3)}`);
  }
  const ours = results[0].c;
  const met = ours.mdOutline / ours.outline >= OUTLINE_GOAL && ours.check / ours.markdownIt <= CHECK_GOAL;
  console.log(met ? 'both goals met in instructions' : 'a goal is missed in instructions');
  process.exit(met ? 0 : 1);
}

if (process.argv[2] === '--workload') {
  workload(process.argv[3], process.argv[4], process.argv[5], process.argv[6]).catch((e) => {
    console.error(e);
    process.exit(1);
  });
} else main();
