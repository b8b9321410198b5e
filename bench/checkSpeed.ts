// The treaty-check speed run (issue #14; not in CI, not in `npm run bench`): treaty-check over
// 5,000 generated treaties (about 50 MB) and, when given, a folder of real texts (the
// LawRefBook/Laws corpus: 3,504 laws, about 60 MB; take it from its public repository, never
// commit it), on one thread (`--jobs 1`) and on every core, beside markdown-it merely
// tokenizing the same files in the same run. Each treaty-check is a process of its own, started
// as a user starts it (bin/treaty-check.js); its CPU time and peak RSS are read at its exit.
//
//   npm run build && npx tsc -p . && node out/bench/checkSpeed.js [/path/to/LawRefBook-Laws]
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import MarkdownIt from 'markdown-it';
import { generatedWorkspace } from './generate';

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'bin/treaty-check.js');

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(md|markdown|txt|treaty)$/i.test(e.name)) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** markdown-it reading and tokenizing every file, in this process: the baseline. */
function markdownIt(files: string[]): number {
  const md = new MarkdownIt();
  const t0 = performance.now();
  let tokens = 0;
  for (const f of files) tokens += md.parse(fs.readFileSync(f, 'utf8'), {}).length;
  if (tokens === 0) throw new Error('markdown-it read nothing');
  return performance.now() - t0;
}

interface Run { ms: number; cpuMs: number; peakMb: number; status: number | null; files: number; diagnostics: number; stderr: string }

/** One treaty-check process over `dir`, its JSON output counted. */
function treatyCheck(dir: string, jobs: number, probe: string): Run {
  const args = ['-r', probe, BIN, '.', '--format', 'json', '--jobs', String(jobs)];
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - t0;
  const usage = /TREATY_USAGE (\{.*\})/.exec(r.stderr ?? '');
  const u = usage ? (JSON.parse(usage[1]) as { cpu: number; rss: number }) : { cpu: NaN, rss: NaN };
  let files = 0;
  let diagnostics = 0;
  try {
    const out = JSON.parse(r.stdout) as { files: { diagnostics: unknown[] }[] };
    files = out.files.length;
    diagnostics = out.files.reduce((n, f) => n + f.diagnostics.length, 0);
  } catch {
    /* reported below through status and stderr */
  }
  return { ms, cpuMs: u.cpu / 1000, peakMb: u.rss / 1024, status: r.status, files, diagnostics, stderr: (r.stderr ?? '').replace(/TREATY_USAGE .*\n?/, '').slice(0, 2000) };
}

function main(): void {
  const cores = os.availableParallelism?.() ?? os.cpus().length;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'treaty-check-speed-'));
  const probe = path.join(tmp, 'usage.js');
  // Read at the process's exit: CPU time of every thread, and the peak resident set.
  fs.writeFileSync(probe, "process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write('TREATY_USAGE ' + JSON.stringify({ cpu: u.userCPUTime + u.systemCPUTime, rss: u.maxRSS }) + '\\n'); });\n");
  try {
    const generated = path.join(tmp, 'generated');
    fs.mkdirSync(generated);
    for (const f of generatedWorkspace(ROOT, 5000, 10 * 1024)) fs.writeFileSync(path.join(generated, f.name), f.text);
    const corpora: [string, string][] = [['5,000 generated treaties', generated]];
    if (process.argv[2]) corpora.push([`${path.basename(path.resolve(process.argv[2]))} (real texts)`, path.resolve(process.argv[2])]);
    console.log(`treaty-check speed run: ${cores} cores, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}, node ${process.version}`);
    for (const [name, dir] of corpora) {
      const files = filesUnder(dir);
      const bytes = files.reduce((n, f) => n + fs.statSync(f).size, 0);
      const baseline = markdownIt(files);
      console.log(`\n${name}: ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB`);
      console.log(`  markdown-it tokenizing them            ${baseline.toFixed(0).padStart(7)} ms`);
      for (const jobs of [1, cores]) {
        const r = treatyCheck(dir, jobs, probe);
        const label = `treaty-check --jobs ${jobs}`;
        console.log(`  ${label.padEnd(38)} ${r.ms.toFixed(0).padStart(7)} ms  CPU ${r.cpuMs.toFixed(0)} ms  peak RSS ${r.peakMb.toFixed(0)} MB  ${(r.ms / baseline).toFixed(1)}x markdown-it  (exit ${r.status}; ${r.files} treaties, ${r.diagnostics} diagnostics)`);
        if (r.status !== 0 && r.status !== 1) console.log(`    failed: ${r.stderr}`);
      }
    }
    console.log('\nGoals (issue #14): 5,000 treaties under 5 s, within 2x of markdown-it; timings on a loaded machine say little, CPU time more.');
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main();
