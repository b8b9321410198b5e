#!/usr/bin/env node
// treaty-check: the drafting checks on the command line (see README, "Checks in review and CI").
// A larger young generation: a check of many files makes short-lived objects by the million
// (garbage collection fell from 22 % to 14 % of a 5,000-file run with it).
// A function is optimized after 4× the interrupt budget V8 gives it by default (66 KB of bytecode
// run): TurboFan compiles 329 functions a run over LawRefBook/Laws instead of 584 (fewer compiled
// at all, fewer compiled again after a deoptimization), which each isolate — the main thread's,
// each check worker's — pays on the background threads: 3.0 → 2.0 s of them with one thread.
// (No --max-optimized-bytecode-size any more: model/references.ts reads a run in small functions,
// and no function of 4,000 bytes of bytecode or more is hot.)
// TurboFan inlines at most 150 bytes of bytecode into a function (920 by default): its compiles —
// a hot function compiled again after each deoptimization, the inlined callees with it — cost each
// isolate ~1/3 less on the background threads (300: LawRefBook/Laws, --jobs 1: 2.7–2.9 → 2.0–2.2 s),
// with no slower code on the main thread; CPU −9 % with one thread and with two, where those
// threads take a core from the check (the main thread and each worker share the process's flags).
// 300 → 150 (session 57, valgrind, --jobs 1 in-process): every tenth law 9,658 → 9,420 M instructions (−2.5 %), every
// fifth 13,884 → 13,506 M (−2.7 %), the first 500 generated treaties 8,666 → 8,617 M (−0.6 %), the first 1,000
// 12,246 → 12,146 M (−0.8 %; the second 500 alone −1.4 %: the code optimized with less inlined is not slower as a run
// goes on). 100 and 200 counted too: 100 the same over the laws (9,430 M), more over the generated (8,642 M); 200 between.
// An old generation of 512 MB before its first mark-compact (--initial-old-space-size): what a run keeps
// (each file's summary and pending checks, ~50 KB a generated treaty) grows the old generation steadily,
// and V8 marked it again and again as it grew — with the write barrier on meanwhile — for little garbage
// (short-lived objects die young). valgrind over 2,000 generated treaties: --jobs 2 30.5 → 28.4 G instructions
// (the collector's 3.4 → 2.0 G), --jobs 1 20.0 → 19.6 G; peak RSS unchanged (5,000 generated: 322–324 MB
// with one thread, 434–447 MB with two; LawRefBook/Laws 189–190 MB).
// And --single-threaded when the threads asked for (--jobs) fill the cores: V8's background threads (TurboFan's compiles,
// the collector's concurrent marking) then take a core from a thread that checks, and the same work costs less done on
// the thread that needs it; with fewer threads they run on the idle core, in parallel. With the flags given directly, on
// a quiet machine of 2 cores: --jobs 2 4.6 → 4.3 s over the 5,000 generated treaties, 4.2 → 3.9 s over LawRefBook/Laws;
// but --jobs 1 5.3 → 6.2 s.
// And --no-regexp-tier-up: each regular expression compiled once, to machine code, at its first use — not first to
// irregexp's bytecode, then again to machine code once it runs again (V8's default; a global replace or a long subject
// forces the second compile at once). A run compiles some 290 of them so, the largest ~60 KB of bytecode (the article
// references'), ~0.8 M instructions each: 237 M of the 8,842 M of a 500-file run (valgrind, --single-threaded, the first
// 500 generated treaties). Without the bytecode: 6,858 → 6,724 M instructions over those 500 (−2.0 %), 8,061 → 7,820 M
// over every tenth law of LawRefBook/Laws (−3.0 %) (bench/instructions.ts's check, less reading the files; docs/performance.md,
// session 56).
// None of them for a few files named (a pre-commit hook's staged files, up to SMALL_RUN bytes): starting the process
// again costs ~0.1 s, more than the flags save there. Measured on LawRefBook/Laws's files named on the command line,
// alternated ×3: 1.1 MB 0.53–0.58 s as started against 0.61–0.63 s started again; 2.6 MB 0.87–0.94 s against 0.82–0.84 s;
// one file 0.24 s against 0.36 s.
const FLAGS = ['--max-semi-space-size=32', '--interrupt-budget=270336', '--max-inlined-bytecode-size-cumulative=150', '--initial-old-space-size=512', '--no-regexp-tier-up'];
const SMALL_RUN = 1.5 * 1024 * 1024;
const fs = require('fs');
const os = require('os');
const path = require('path');
const cores = os.availableParallelism?.() ?? os.cpus().length;
const argv = process.argv.slice(2);
const few = fewFiles(argv);
const jobs = jobsAsked(argv);
require('./launch')('treaty-check', few ? [] : jobs >= cores ? [...FLAGS, '--single-threaded'] : FLAGS, () => {
  if (!few && jobs > 1 && onlyChecked(argv)) startWorkers(jobs - 1);
});

/**
 * The check workers of `--jobs N` (N − 1 of them) started now, before the tool's bundle loads, and left for the tool's
 * checkPool.ts (`EARLY_WORKERS`, which takes them as its `WorkersAhead` — when started as it would start them: the same
 * script, the same resourceLimits as its WORKER_LIMITS — or ends them). Started by the tool, a worker started after the
 * bundle had compiled and run (~80 ms after the process's start, at a load of ~1) and was ready to read ~55 ms later, when
 * the main thread had found the files and cut them into chunks: each thread's first chunk waited for both. Started here,
 * its start overlaps the bundle's compile too. Unreferenced: a run that ends before it takes them is not kept alive by them.
 */
function startWorkers(n) {
  const out = path.join(__dirname, '../server/out');
  const script = path.join(out, 'checkWorker.js');
  const loader = path.join(out, 'codeCache.js');
  if (!fs.existsSync(script)) return;
  const { Worker } = require('worker_threads');
  // (checkPool.ts WORKER_LIMITS.)
  const resourceLimits = { maxYoungGenerationSizeMb: 96 };
  const at = performance.timeOrigin + performance.now();
  const started = [];
  for (let i = 0; i < n; i++) {
    let worker;
    try {
      worker = !process.env.TREATY_NO_CODE_CACHE && fs.existsSync(loader) ? new Worker(loader, { workerData: { treatyBundle: script }, resourceLimits }) : new Worker(script, { resourceLimits });
    } catch {
      break;
    }
    const s = { worker, gone: false };
    worker.unref();
    worker.on('error', () => undefined);
    worker.on('exit', () => {
      s.gone = true;
    });
    started.push(s);
  }
  globalThis[Symbol.for('treaty-drafting.checkWorkersEarly')] = { started, script, resourceLimits, at };
}

/** Whether the run only checks (no --outline, --fix, --fix-dry-run, --stats; nor --help, --version): the runs that read and check on `--jobs` threads. */
function onlyChecked(argv) {
  for (let i = 0; i < argv.length && argv[i] !== '--'; i++) {
    if (['--outline', '--fix', '--fix-dry-run', '--stats', '-h', '--help', '-v', '--version'].includes(argv[i])) return false;
  }
  return true;
}

/** The threads asked for as the tool reads them (`--jobs N` or `--jobs=N`, the last one given), 1 without; NaN when malformed (the tool says so). */
function jobsAsked(argv) {
  let jobs = 1;
  for (let i = 0; i < argv.length && argv[i] !== '--'; i++) {
    if (argv[i] === '--jobs') jobs = Number(argv[++i]);
    else if (argv[i].startsWith('--jobs=')) jobs = Number(argv[i].slice('--jobs='.length));
  }
  return jobs;
}

/**
 * Whether the paths given are only files, SMALL_RUN bytes or fewer in all: no folder (nor no path, which is the folder the
 * tool runs in), no glob. Any other argument is an option or an option's value, passed over — but for --config's file,
 * which is read, not checked.
 */
function fewFiles(argv) {
  let files = 0;
  let bytes = 0;
  let options = true;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (options && a === '--') options = false;
    else if (options && a.startsWith('-')) {
      if (a === '--config') i++;
    } else if (/[*?[\]{}]/.test(a)) return false;
    else {
      let stat;
      try {
        stat = fs.statSync(path.resolve(a));
      } catch {
        continue; // not a path: an option's value, or a path the tool will say it cannot read
      }
      if (!stat.isFile()) return false;
      files++;
      bytes += stat.size;
    }
  }
  return files > 0 && bytes <= SMALL_RUN;
}
