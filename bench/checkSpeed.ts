// The treaty-check speed run (issue #14; not in CI, not in `npm run bench`): treaty-check over
// 5,000 generated treaties (about 50 MB) and, when given, a folder of real texts (the
// LawRefBook/Laws corpus: 3,504 laws, about 60 MB; take it from its public repository, never
// commit it), on one thread (`--jobs 1`) and on every core, beside markdown-it merely
// tokenizing the same files in the same run. Each treaty-check is a process of its own, started
// as a user starts it (bin/treaty-check.js); its CPU time and peak RSS are read at its exit.
//
//   npm run build && npx tsc -p . && nice node out/bench/checkSpeed.js [/path/to/LawRefBook-Laws] [--baseline other/bin/treaty-check.js] [--timings]
//
// `--timings`: each of this build's runs times its phases thread by thread (cli/timings.ts, TREATY_TIMINGS), printed
// below its line: when each thread starts, finds the files, reads its chunks (its CPU time meanwhile and its CPU a
// million characters), hands on the summaries, finishes its files, and when the process ends — on a shared machine
// the CPU times and the order of the phases mean more than their wall times. Beside the same build's run on one thread,
// each thread of the run on every core says what its files cost it against what the same files cost the one thread
// (their CPU, its first 300 files and the rest apart: a worker's isolate starts cold, its code not yet optimized). Read it
// knowing that bin/treaty-check.js starts --jobs N on N cores `--single-threaded`: its threads compile and collect on
// themselves what the one thread's isolate leaves to V8's background threads, outside its files' CPU (alternate runs with
// the same V8 flags, TREATY_NO_RESTART=1 and the flags given to node, to weigh the threads alone).
//
// It ends with the goals and what was measured, and exits 1 when one is missed by more than the
// noise margin: NOISE, or the difference between the two markdown-it runs of the same files in
// this run, whichever is larger (the machine is shared: the same build's CPU time over the same
// files varied by up to a quarter between consecutive runs at a load of 10–16).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { generatedWorkspace } from './generate';
import { filesUnder } from './files';

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'bin/treaty-check.js');

/**
 * markdown-it reading and tokenizing every file: the baseline (wall and CPU ms, measured inside the process
 * around the loop, so its start-up is not counted). A process of its own each time, started fresh as each
 * treaty-check is: run in this process, the second run over the 5,000 often took 2.1–2.2 s against the first's
 * 1.2–1.3 s (this process's heap, grown by reading four runs' JSON), which widened the margin and flattered the
 * ratios.
 */
function markdownIt(list: string, tokenizer: string): { ms: number; cpuMs: number } {
  const r = spawnSync(process.execPath, [tokenizer, require.resolve('markdown-it'), list], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0) throw new Error(`markdown-it failed: ${r.stderr}`);
  const out = JSON.parse(r.stdout) as { ms: number; cpuMs: number; tokens: number };
  if (out.tokens === 0) throw new Error('markdown-it read nothing');
  return out;
}

/** The script markdownIt runs: argv markdown-it's path, then a file listing the files, one per line. */
const TOKENIZER = `const fs = require('fs');
const MarkdownIt = require(process.argv[2]);
const files = fs.readFileSync(process.argv[3], 'utf8').split('\\n').filter(Boolean);
const md = new MarkdownIt();
const c0 = process.cpuUsage();
const t0 = performance.now();
let tokens = 0;
for (const f of files) tokens += md.parse(fs.readFileSync(f, 'utf8'), {}).length;
const ms = performance.now() - t0;
const c = process.cpuUsage(c0);
process.stdout.write(JSON.stringify({ ms, cpuMs: (c.user + c.system) / 1000, tokens }));
`;

interface Run { ms: number; cpuMs: number; peakMb: number; status: number | null; files: number; diagnostics: number; stderr: string; marks?: Mark[] }

/** One mark of cli/timings.ts. */
interface Mark { thread: string; what: string; at: number; cpu: number; chunk?: number; chars?: number; file?: string }

/** The marks of a run (cli/timings.ts), from its file. */
function marksOf(file: string): Mark[] {
  return fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Mark);
}

/** What reading a file cost its thread: its CPU time (ms) and its place in the thread's reading (0: the thread's first file). */
export interface FileCpu { thread: string; cpu: number; k: number }

/**
 * Each file's reading CPU (`file` marks: the thread's CPU at its mark less that at the mark before, a file's or its chunk's
 * start; a file after any other mark is left out).
 */
export function fileCpus(marks: readonly Mark[]): Map<string, FileCpu> {
  const out = new Map<string, FileCpu>();
  const threads = new Map<string, Mark[]>();
  for (const m of marks) threads.set(m.thread, [...(threads.get(m.thread) ?? []), m]);
  for (const [thread, own] of threads) {
    own.sort((a, b) => a.at - b.at);
    let k = 0;
    own.forEach((m, i) => {
      const before = own[i - 1];
      if (m.what !== 'file' || !m.file) return;
      if (before && (before.what === 'file' || before.what === 'chunk read from')) out.set(m.file, { thread, cpu: m.cpu - before.cpu, k });
      k++;
    });
  }
  return out;
}

/** A thread's files read several threads at once, beside the same files read on one thread (`alone`): their CPU as a multiple of it, its first FIRST_FILES and the rest. */
const FIRST_FILES = 300;
function againstAlone(thread: string, cpus: Map<string, FileCpu>, alone: Map<string, FileCpu>): string {
  const sums = [0, 0, 0, 0];
  for (const [file, c] of cpus) {
    const a = alone.get(file);
    if (c.thread !== thread || !a) continue;
    const rest = c.k >= FIRST_FILES ? 2 : 0;
    sums[rest] += c.cpu;
    sums[rest + 1] += a.cpu;
  }
  const ratio = (x: number, y: number) => (y > 0 ? `${(x / y).toFixed(2)}×` : '—');
  return `its files' CPU against one thread's: ${ratio(sums[0] + sums[2], sums[1] + sums[3])} (its first ${FIRST_FILES} files ${ratio(sums[0], sums[1])}, ${(sums[0] - sums[1]).toFixed(0)} ms more; the rest ${ratio(sums[2], sums[3])}, ${(sums[2] - sums[3]).toFixed(0)} ms more)`;
}

/**
 * The phases of a run, thread by thread, from the marks of cli/timings.ts (`file`): each line a thread's phase, its wall
 * time from the process's start (the first start, before bin/launch.js's restart) and its CPU time.
 */
export function phasesOf(marks: readonly Mark[], alone?: Map<string, FileCpu>): string {
  if (!marks.length) return '    (no timings)';
  const cpus = alone && fileCpus(marks);
  const t0 = Math.min(...marks.map((m) => m.at));
  const at = (m: Mark | undefined) => (m ? `${(m.at - t0).toFixed(0)} ms` : '—');
  const span = (a: Mark | undefined, b: Mark | undefined) => (a && b ? `${(b.at - a.at).toFixed(0)} ms, CPU ${(b.cpu - a.cpu).toFixed(0)} ms` : '—');
  const out: string[] = [];
  const ends: Record<string, Mark | undefined> = {};
  for (const thread of [...new Set(marks.map((m) => m.thread))].sort()) {
    const own = marks.filter((m) => m.thread === thread).sort((a, b) => a.at - b.at);
    const first = (what: string) => own.find((m) => m.what === what);
    const files = own.filter((m) => m.what === 'file');
    const chars = files.reduce((n, m) => n + (m.chars ?? 0), 0);
    const start = first('run') ?? first('job');
    const read = first('done reading');
    ends[thread] = read;
    // (Handing on: from a chunk read to its summaries sent.)
    let sent = 0;
    own.forEach((m, i) => {
      if (m.what === 'chunk sent' && own[i - 1]?.what === 'chunk read') sent += m.cpu - own[i - 1].cpu;
    });
    const readFrom = own.find((m) => m.what === 'chunk read from') ?? files[0];
    const readCpu = readFrom && read ? read.cpu - readFrom.cpu : NaN;
    out.push(`    ${thread}: ${thread === 'main' ? `started ${at(first('process start'))}${first('launched') ? ' (started again by bin/launch.js with V8\'s flags)' : ''}, bundle loaded ${at(first('run'))}, files found ${at(first('files found'))}` : `loaded ${at(first('worker loaded'))}, job ${at(start)}`}`);
    out.push(`      reading from ${at(readFrom)} to ${at(read)}: ${span(readFrom, read)} (${files.length} files, ${(chars / 1e6).toFixed(1)} M characters, CPU ${(readCpu / (chars / 1e6)).toFixed(0)} ms a million; summaries handed on: CPU ${sent.toFixed(0)} ms)`);
    if (cpus) out.push(`      ${againstAlone(thread, cpus, alone!)}`);
    out.push(`      finishing from ${at(first('finish from'))} to ${at(first('finished'))}: ${span(first('finish from'), first('finished'))} (the index of every summary: ${span(first('finish from'), first('index built'))})`);
    if (thread === 'main') out.push(`      output written ${at(first('written'))}, exit ${at(first('exit'))}`);
  }
  const done = Object.values(ends).filter((m): m is Mark => !!m).map((m) => m.at);
  if (done.length > 1) out.push(`    the threads ended their reading ${(Math.max(...done) - Math.min(...done)).toFixed(0)} ms apart`);
  return out.join('\n');
}

/** A thread's span of time doing one thing, drawn by `timelineOf` with its letter. */
interface Span { from: number; to: number; letter: string }

/**
 * What a thread did when (`own`: its marks, in order): the launcher's start (l); a thread's start (s: the process's, to its bundle run; a worker's, from being started to its bundle
 * loaded, `startedAt`: the main thread's mark), the files found and cut into chunks (g), reading its chunks (r), finishing its files (f), the JSON's last runs
 * written and the exit (o); nothing marked: waiting (·).
 */
function spansOf(thread: string, own: readonly Mark[], startedAt?: number): Span[] {
  const at = (what: string) => own.find((m) => m.what === what)?.at;
  const pair = (a: number | undefined, b: number | undefined, letter: string): Span[] => (a !== undefined && b !== undefined && b >= a ? [{ from: a, to: b, letter }] : []);
  const spans: Span[] = [];
  if (thread === 'launcher') return [];
  if (thread === 'main') {
    spans.push(...pair(at('launched'), at('process start'), 'l'), ...pair(at('process start'), at('run'), 's'), ...pair(at('run'), at('chunks cut') ?? at('files found'), 'g'));
    spans.push(...pair(at('finished'), at('exit'), 'o'));
  } else spans.push(...pair(startedAt, at('worker loaded'), 's'));
  let from: number | undefined;
  for (const m of own) {
    if (m.what === 'chunk read from') from = m.at;
    else if (m.what === 'chunk read' && from !== undefined) {
      spans.push({ from, to: m.at, letter: 'r' });
      from = undefined;
    }
  }
  // (One thread: no chunks, its reading from the files found to its last read.)
  if (!own.some((m) => m.what === 'chunk read from')) spans.push(...pair(at('files found'), at('done reading'), 'r'));
  spans.push(...pair(at('finish from') ?? at('done reading'), at('finished'), 'f'));
  return spans;
}

/**
 * The run drawn thread by thread (`width` columns from its first mark to its last — the launcher's, when the tool was
 * started again — each the letter of what the thread did most of that time: spansOf), and its serial and idle parts:
 * before every thread reads, the threads' reading ends apart, their finishing ends apart, and the tail after the last.
 */
export function timelineOf(marks: readonly Mark[], width = 72): string {
  if (!marks.length) return '    (no timings)';
  const t0 = Math.min(...marks.map((m) => m.at));
  const t1 = Math.max(...marks.map((m) => m.at));
  const threads = [...new Set(marks.map((m) => m.thread))].sort();
  const own = new Map(threads.map((t) => [t, marks.filter((m) => m.thread === t).sort((a, b) => a.at - b.at)]));
  const first = (thread: string, what: string) => own.get(thread)?.find((m) => m.what === what);
  const exit = first('main', 'exit');
  const step = (t1 - t0) / width || 1;
  const out: string[] = [`    timeline, ${(t1 - t0).toFixed(0)} ms (one column ${step.toFixed(0)} ms; l launcher, s start, g files found and cut, r reading, f finishing, o output and exit, · waiting):`];
  const checkers = threads.filter((t) => t !== 'launcher');
  // (A worker is started by the main thread, which marks it: the workers in the order of their numbers, as started.)
  const workers = checkers.filter((t) => t !== 'main').sort((a, b) => Number(a.replace(/\D/g, '')) - Number(b.replace(/\D/g, '')));
  const startedAt = new Map(workers.map((t, i) => [t, own.get('main')?.filter((m) => m.what === 'worker started')[i]?.at]));
  for (const thread of checkers) {
    const spans = spansOf(thread, own.get(thread)!, startedAt.get(thread));
    const row: string[] = [];
    for (let c = 0; c < width; c++) {
      const a = t0 + c * step;
      const b = a + step;
      // (The letter covering most of the column; before a thread's first mark or after its last, blank.)
      const mine = own.get(thread)!;
      if (b <= (startedAt.get(thread) ?? mine[0].at) || a >= mine[mine.length - 1].at) {
        row.push(' ');
        continue;
      }
      let best = '·';
      let most = 0;
      for (const s of spans) {
        const overlap = Math.min(b, s.to) - Math.max(a, s.from);
        if (overlap > most) {
          most = overlap;
          best = s.letter;
        }
      }
      row.push(best);
    }
    out.push(`    ${thread.padEnd(9)}|${row.join('')}|`);
  }
  const ms = (x: number) => `${x.toFixed(0)} ms`;
  const rel = (m: Mark | undefined) => (m ? ms(m.at - t0) : '—');
  const readFrom = checkers.map((t) => first(t, 'chunk read from') ?? first(t, 'files found')).filter((m): m is Mark => !!m);
  const readEnd = checkers.map((t) => first(t, 'done reading')).filter((m): m is Mark => !!m);
  const finished = checkers.map((t) => first(t, 'finished')).filter((m): m is Mark => !!m);
  const launched = first('main', 'launched');
  const started = first('main', 'process start');
  out.push(`    before every thread reads: ${ms(Math.max(...readFrom.map((m) => m.at)) - t0)} (${launched ? `the restart ${ms(started!.at - launched.at)}, ` : ''}the process's start and bundle ${started && first('main', 'run') ? ms(first('main', 'run')!.at - started.at) : '—'}, the files found ${first('main', 'files found') && first('main', 'run') ? ms(first('main', 'files found')!.at - first('main', 'run')!.at) : '—'} and cut ${first('main', 'chunks cut') && first('main', 'files found') ? ms(first('main', 'chunks cut')!.at - first('main', 'files found')!.at) : '—'}; ${workers.map((t) => `${t} started ${startedAt.get(t) !== undefined ? ms(startedAt.get(t)! - t0) : '—'}, loaded ${rel(first(t, 'worker loaded'))}`).join(', ') || 'no worker'}; reading from ${readFrom.map((m) => rel(m)).join(' and ')})`);
  if (readEnd.length > 1) out.push(`    reading ended ${ms(Math.max(...readEnd.map((m) => m.at)) - Math.min(...readEnd.map((m) => m.at)))} apart (${readEnd.map((m) => `${m.thread} ${rel(m)}`).join(', ')}); finishing ended ${ms(Math.max(...finished.map((m) => m.at)) - Math.min(...finished.map((m) => m.at)))} apart (${finished.map((m) => `${m.thread} ${rel(m)}`).join(', ')})`);
  const ended = first('launcher', 'child ended');
  out.push(`    after the last finishing: the output's end ${first('main', 'written') ? ms(first('main', 'written')!.at - Math.max(...finished.map((m) => m.at))) : '—'}, the exit ${exit ? rel(exit) : '—'}${ended && exit ? `, the launcher let it go ${ms(ended.at - exit.at)} later` : ''}; CPU ${checkers.map((t) => `${t} ${ms(Math.max(...own.get(t)!.map((m) => m.cpu).filter((c) => !Number.isNaN(c))))}`).join(', ')}`);
  return out.join('\n');
}

/**
 * The processes' CPU (`cpuMs`: the launcher's and the tool's, at their exits) split between the threads that check — the
 * main thread and each worker, their CPU at their last marks — and the rest: V8's compiler and collector threads (with
 * `--jobs 1`, where bin/treaty-check.js leaves them on: TurboFan's compiles and the concurrent marking, off the checking
 * thread; with `--jobs N` on N cores `--single-threaded`, they run on the checking threads and are counted there), libuv's,
 * the launcher's process and each thread after its last mark. Read beside phasesOf's "its files' CPU against one thread's":
 * a thread of `--jobs 1` does not count its isolate's compiles and marking, a thread of `--jobs 2` does.
 */
export function threadsCpu(marks: readonly Mark[], cpuMs: number): string {
  const threads = new Map<string, number>();
  for (const m of marks) if (m.thread !== 'launcher' && !Number.isNaN(m.cpu)) threads.set(m.thread, Math.max(threads.get(m.thread) ?? 0, m.cpu));
  const checking = [...threads.values()].reduce((n, c) => n + c, 0);
  if (!threads.size || Number.isNaN(cpuMs)) return '    (no CPU split)';
  return `    CPU ${cpuMs.toFixed(0)} ms: the checking threads ${checking.toFixed(0)} ms (${[...threads].map(([t, c]) => `${t} ${c.toFixed(0)}`).join(', ')}), the rest ${(cpuMs - checking).toFixed(0)} ms (${((100 * (cpuMs - checking)) / cpuMs).toFixed(0)} %: V8's helper threads, the launcher, what comes after the last marks)`;
}

/**
 * One treaty-check process over `dir`, its JSON output counted. The tool writes its output into a file, where a CI
 * job writes it, not into a pipe that this process reads: collecting 37 MB of JSON from a pipe made the measured
 * time ~0.4 s longer than the same command's with its output sent to a file or through `| cat` from a shell, time
 * spent by this process reading, not by the tool. The file is read once the tool has ended, outside the time.
 */
function treatyCheck(dir: string, jobs: number, probe: string, output: string, bin = BIN, timings?: string): Run {
  const args = ['-r', probe, bin, '.', '--format', 'json', '--jobs', String(jobs)];
  const fd = fs.openSync(output, 'w');
  if (timings) fs.rmSync(timings, { force: true });
  const env = timings ? { ...process.env, TREATY_TIMINGS: timings } : process.env;
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', fd, 'pipe'], env });
  const ms = performance.now() - t0;
  fs.closeSync(fd);
  // bin/launch.js may start the tool again with its V8 flags: both processes report (CPU summed, the larger peak).
  const usages = [...(r.stderr ?? '').matchAll(/TREATY_USAGE (\{.*\})/g)].map((m) => JSON.parse(m[1]) as { cpu: number; rss: number });
  const u = usages.length ? { cpu: usages.reduce((n, x) => n + x.cpu, 0), rss: Math.max(...usages.map((x) => x.rss)) } : { cpu: NaN, rss: NaN };
  let files = 0;
  let diagnostics = 0;
  try {
    const out = JSON.parse(fs.readFileSync(output, 'utf8')) as { files: { diagnostics: unknown[] }[] };
    files = out.files.length;
    diagnostics = out.files.reduce((n, f) => n + f.diagnostics.length, 0);
  } catch {
    /* reported below through status and stderr */
  }
  return { ms, cpuMs: u.cpu / 1000, peakMb: u.rss / 1024, status: r.status, files, diagnostics, stderr: (r.stderr ?? '').replace(/TREATY_USAGE .*\n?/g, '').slice(0, 2000), marks: timings && fs.existsSync(timings) ? marksOf(timings) : undefined };
}

/** The goals of issue #14, and how far past one a run may land at least before it counts as missed (the machine is shared). */
const GOAL_RATIO = 2;
const GOAL_MS = 5000;
const NOISE = 0.25;

/** The noise margin of a corpus: NOISE, or how far the two markdown-it runs of the run differ. */
function margin(a: { ms: number }, b: { ms: number }): number {
  return Math.max(NOISE, Math.abs(a.ms - b.ms) / Math.min(a.ms, b.ms));
}

function main(): void {
  const argv = process.argv.slice(2);
  const at = argv.indexOf('--baseline');
  // Another build's bin/treaty-check.js (say, main's), run beside this one on the same corpora.
  const baseline = at >= 0 ? path.resolve(argv.splice(at, 2)[1]) : undefined;
  // `--timeline FILE`: a run's TREATY_TIMINGS file drawn (timelineOf, phasesOf), and nothing run.
  const drawn = argv.indexOf('--timeline');
  if (drawn >= 0) {
    const marks = marksOf(argv[drawn + 1]);
    console.log(`${phasesOf(marks)}\n${timelineOf(marks)}`);
    return;
  }
  const timed = argv.includes('--timings');
  if (timed) argv.splice(argv.indexOf('--timings'), 1);
  const cores = os.availableParallelism?.() ?? os.cpus().length;
  const load = () => os.loadavg()[0].toFixed(1);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'treaty-check-speed-'));
  const probe = path.join(tmp, 'usage.js');
  const tokenizer = path.join(tmp, 'tokenize.js');
  fs.writeFileSync(tokenizer, TOKENIZER);
  // Read at the process's exit: CPU time of every thread, and the peak resident set.
  fs.writeFileSync(probe, "process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write('TREATY_USAGE ' + JSON.stringify({ cpu: u.userCPUTime + u.systemCPUTime, rss: u.maxRSS }) + '\\n'); });\n");
  // (`within`: the measure meets the goal itself; one past it by less than the margin is said to be within the noise, not met.)
  const goals: { what: string; goal: string; measured: string; missed: boolean; counts: boolean; within?: boolean }[] = [];
  try {
    const generated = path.join(tmp, 'generated');
    fs.mkdirSync(generated);
    for (const f of generatedWorkspace(ROOT, 5000, 10 * 1024)) fs.writeFileSync(path.join(generated, f.name), f.text);
    const corpora: [string, string][] = [['5,000 generated treaties', generated]];
    if (argv[0]) corpora.push([`${path.basename(path.resolve(argv[0]))} (real texts)`, path.resolve(argv[0])]);
    console.log(`treaty-check speed run: ${cores} cores, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}, node ${process.version}`);
    for (const [name, dir] of corpora) {
      const files = filesUnder(dir);
      const bytes = files.reduce((n, f) => n + fs.statSync(f).size, 0);
      console.log(`\n${name}: ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB`);
      // Every file read once first, so that no run reads them cold from the disk (a first markdown-it run
      // over the laws took 4.7 s cold, 1.4 s warm: the mean and the margin then flattered every ratio).
      for (const f of files) fs.readFileSync(f);
      const list = path.join(tmp, 'files.txt');
      fs.writeFileSync(list, files.join('\n'));
      // markdown-it before and after the treaty-check runs, the faster of the two the baseline (the harder
      // ratio), their difference the margin: the load may change meanwhile.
      const before = markdownIt(list, tokenizer);
      console.log(`  ${'markdown-it tokenizing them'.padEnd(40)} ${before.ms.toFixed(0).padStart(7)} ms  CPU ${before.cpuMs.toFixed(0)} ms  (load ${load()})`);
      const runs: { label: string; jobs: number; bin: string }[] = [];
      for (const jobs of [1, cores]) runs.push({ label: `treaty-check --jobs ${jobs}`, jobs, bin: BIN });
      if (baseline) for (const jobs of [1, cores]) runs.push({ label: `baseline --jobs ${jobs}`, jobs, bin: baseline });
      const results = runs.map((r) => {
        const x = treatyCheck(dir, r.jobs, probe, path.join(tmp, 'output.json'), r.bin, timed && r.bin === BIN ? path.join(tmp, 'timings.jsonl') : undefined);
        return { ...r, ...x, load: load() };
      });
      const after = markdownIt(list, tokenizer);
      console.log(`  ${'markdown-it again'.padEnd(40)} ${after.ms.toFixed(0).padStart(7)} ms  CPU ${after.cpuMs.toFixed(0)} ms  (load ${load()})`);
      const md = { ms: Math.min(before.ms, after.ms), cpuMs: Math.min(before.cpuMs, after.cpuMs) };
      const noise = margin(before, after);
      for (const r of results) {
        console.log(`  ${r.label.padEnd(40)} ${r.ms.toFixed(0).padStart(7)} ms  CPU ${r.cpuMs.toFixed(0)} ms  peak RSS ${r.peakMb.toFixed(0)} MB  ${(r.ms / md.ms).toFixed(2)}x markdown-it's time, ${(r.cpuMs / md.cpuMs).toFixed(2)}x its CPU  (load ${r.load}; exit ${r.status}; ${r.files} treaties, ${r.diagnostics} diagnostics)`);
        if (r.status !== 0 && r.status !== 1) console.log(`    failed: ${r.stderr}`);
        // (Beside this build's run on one thread, each thread's files read with more: what they cost it against one thread.)
        const alone = r.jobs > 1 ? results.find((o) => o.bin === r.bin && o.jobs === 1 && o.marks)?.marks : undefined;
        if (r.marks) console.log(`${phasesOf(r.marks, alone && fileCpus(alone))}\n${timelineOf(r.marks)}\n${threadsCpu(r.marks, r.cpuMs)}`);
      }
      const ours = results.filter((r) => r.bin === BIN);
      if (ours.some((r) => r.status !== 0 && r.status !== 1)) goals.push({ what: `${name}: treaty-check runs`, goal: 'exit 0 or 1', measured: 'failed', missed: true, counts: true });
      // Each of one thread and every core: time and CPU against markdown-it's, and the 5,000 under 5 s.
      for (const r of ours) {
        const ratio = r.ms / md.ms;
        const cpu = r.cpuMs / md.cpuMs;
        goals.push({ what: `${name}: --jobs ${r.jobs} / markdown-it, time`, goal: `≤ ${GOAL_RATIO}x`, measured: `${ratio.toFixed(2)}x (margin ${(noise * 100).toFixed(0)}%)`, missed: ratio > GOAL_RATIO * (1 + noise), counts: true, within: ratio <= GOAL_RATIO });
        goals.push({ what: `${name}: --jobs ${r.jobs} / markdown-it, CPU`, goal: `≤ ${GOAL_RATIO}x`, measured: `${cpu.toFixed(2)}x; peak RSS ${r.peakMb.toFixed(0)} MB`, missed: cpu > GOAL_RATIO * (1 + noise), counts: true, within: cpu <= GOAL_RATIO });
        if (dir === generated) goals.push({ what: `${name}: --jobs ${r.jobs}, time`, goal: `< ${GOAL_MS} ms`, measured: `${r.ms.toFixed(0)} ms (load ${r.load})`, missed: r.ms > GOAL_MS * (1 + noise), counts: true, within: r.ms < GOAL_MS });
      }
      // Beside a baseline build: the same answers, no more memory.
      for (const b of results.filter((r) => r.bin !== BIN)) {
        const o = ours.find((r) => r.jobs === b.jobs)!;
        goals.push({ what: `${name}: --jobs ${b.jobs} diagnostics as the baseline's`, goal: `${b.diagnostics}`, measured: `${o.diagnostics}`, missed: o.diagnostics !== b.diagnostics || o.files !== b.files, counts: true });
        goals.push({ what: `${name}: --jobs ${b.jobs} peak RSS / the baseline's`, goal: '≤ 1x', measured: `${(o.peakMb / b.peakMb).toFixed(2)}x (${o.peakMb.toFixed(0)} vs ${b.peakMb.toFixed(0)} MB); CPU ${(o.cpuMs / b.cpuMs).toFixed(2)}x`, missed: o.peakMb > b.peakMb * (1 + noise), counts: true, within: o.peakMb <= b.peakMb });
      }
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  console.log(`\nGoals (issue #14), missed when past the goal by more than the noise margin (at least ${NOISE * 100}%, or the difference between the two markdown-it runs):`);
  for (const g of goals) console.log(`  ${(g.missed ? (g.counts ? 'MISSED' : 'missed') : g.within === false ? 'within noise' : 'met').padEnd(12)}  ${g.what.padEnd(66)} goal ${g.goal.padEnd(10)} measured ${g.measured}`);
  if (goals.some((g) => g.missed && g.counts)) process.exitCode = 1;
}

if (require.main === module) main();
