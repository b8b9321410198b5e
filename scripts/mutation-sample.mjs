// A sampled estimate of the mutation score of all of server/src/model and server/src/features
// (docs/mutation.md, “A sampled estimate”). A whole run takes 10–60 hours on this machine; a
// uniform random sample of N mutants gives the score within about ±1.96·√(p(1−p)/N)
// (±4.5 points for N = 300 at p ≈ 0.8), the way mutation-sampling studies do.
//
// 1. Every mutant of model + features is enumerated with Stryker's own instrumenter (as
//    scripts/mutation-count.mjs does), sorted by file, place, mutator and replacement.
// 2. N of them are drawn uniformly without replacement with a seeded generator (same seed,
//    same sources → same sample), and written to reports/mutation/NAME.sample.json.
// 3. Stryker runs on exactly their places (`--mutate file:L:C-L:C`, one range per sampled
//    mutant). A range also holds the mutants nested in it (a mutant of `a + b` holds those of
//    `a`); those are tested too but not counted: the report keeps only the sampled mutants,
//    matched by place, mutator and replacement.
// 4. The score detected / (detected + survived + no coverage) of the sample, with its 95 %
//    Wilson interval, and every sampled survivor.
//
//   MUTATION_TESTS=… nice -n 19 node scripts/mutation-sample.mjs --seed 1 --n 300 [--run]
//       draw (and, with --run, run Stryker on) the sample; Stryker's report is
//       reports/mutation/NAME.json, NAME = sample-s1-n300 unless --name is given
//   node scripts/mutation-sample.mjs --seed 1 --n 300 --report [--without TESTS]
//       the estimate and the survivors, from the sample and Stryker's report
//   … --report --merge LATER.json     the sampled mutants tested again in LATER.json (say, the
//       timed-out ones, or the survivors after new tests: `--ranges`) take their new status
//   … --report --ranges               the sampled survivors (and timeouts) as `--mutate` ranges
//   … --n 300 --from 20 --run         run only the mutants drawn after the first 20 (the sample of
//       20 is the start of the sample of 300), then `--report --stryker A.json,B.json`
//   … --again A.json,B.json --run     only the sampled mutants those runs left undetected
//   … --only 'export/|amend' --run           only the sampled mutants of those files (with other tests:
//       MUTATION_TESTS=export,akn,…); `--stryker A.json,B.json`: detected if detected in either
// Options: --concurrency C (1), --temp DIR (.stryker-tmp-sample), --list (print the sample),
// --run-name NAME (the report of a partial run: reports/mutation/NAME.json).
import * as fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import { instrument, modelAndFeatures, seeded } from './mutants.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const seed = Number(opt('--seed', '1'));
const n = Number(opt('--n', '300'));
const name = opt('--name', `sample-s${seed}-n${n}`);
const sampleFile = `reports/mutation/${name}.sample.json`;
const reportFile = `reports/mutation/${name}.json`;

// --- the population and the sample -------------------------------------------------------

/** Every mutant of model + features, in a fixed order; locations as Stryker's report writes them (1-based). */
async function population() {
  const all = [];
  for (const file of modelAndFeatures().sort()) {
    const { mutants } = await instrument(file);
    for (const m of mutants) {
      const { start, end } = m.location; // 0-based lines and columns
      all.push({ file, mutatorName: m.mutatorName, replacement: m.replacement, start: { line: start.line + 1, column: start.column + 1 }, end: { line: end.line + 1, column: end.column + 1 } });
    }
  }
  const cmp = (a, b) => a.file.localeCompare(b.file) || a.start.line - b.start.line || a.start.column - b.start.column || a.end.line - b.end.line || a.end.column - b.end.column || a.mutatorName.localeCompare(b.mutatorName) || a.replacement.localeCompare(b.replacement);
  return all.sort(cmp);
}

/** N of the population, uniformly without replacement (a partial Fisher–Yates shuffle). */
function draw(all, count, s) {
  const random = seeded(s);
  const idx = all.map((_, i) => i);
  const k = Math.min(count, idx.length);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (idx.length - i));
    [idx[i], idx[j]] = [idx[j], idx[i]];
  }
  return idx.slice(0, k).map((i) => all[i]); // in the order drawn: the first K of a sample of N are the sample of K

}

/** Stryker's `--mutate` range of a mutant: lines 1-based, columns 0-based. */
const range = (m) => `${m.file}:${m.start.line}:${m.start.column - 1}-${m.end.line}:${m.end.column - 1}`;
const key = (file, m) => `${file} ${m.mutatorName} ${m.location?.start.line ?? m.start.line}:${m.location?.start.column ?? m.start.column}-${m.location?.end.line ?? m.end.line}:${m.location?.end.column ?? m.end.column} ${m.replacement ?? ''}`;

/** The 95 % Wilson score interval of k successes in n trials. */
function wilson(k, total, z = 1.96) {
  if (total === 0) return [0, 1];
  const p = k / total;
  const d = 1 + (z * z) / total;
  const centre = (p + (z * z) / (2 * total)) / d;
  const half = (z / d) * Math.sqrt((p * (1 - p)) / total + (z * z) / (4 * total * total));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
const pct = (x) => `${(100 * x).toFixed(1)} %`;

// --- report --------------------------------------------------------------------------------

function report() {
  const sample = JSON.parse(fs.readFileSync(sampleFile, 'utf8'));
  // Stryker's report(s) of the sample: its own, or several (`--stryker A.json,B.json`: a run of the
  // first K mutants and one `--from K`), later ones winning.
  const [stryker, ...more] = opt('--stryker', reportFile).split(',').map((f) => JSON.parse(fs.readFileSync(f, 'utf8')));
  const later = opt('--merge') ? JSON.parse(fs.readFileSync(opt('--merge'), 'utf8')) : undefined;
  const without = opt('--without');
  // The test files that killed a mutant, by name (test ids are per report).
  const killers = (r, m) => {
    const names = new Map();
    for (const [p, tf] of Object.entries(r.testFiles ?? {})) for (const t of tf.tests ?? []) names.set(t.id, `${p} ${t.name}`);
    return (m.killedBy ?? []).map((id) => names.get(id) ?? id);
  };
  // A sampled mutant in several reports of runs with different test files (`--stryker A,B`):
  // detected if any run detected it. `--merge LATER` overrides (the same tests, run again).
  const rank = { Killed: 4, Timeout: 3, Survived: 2, NoCoverage: 1 };
  const found = new Map();
  for (const r of [stryker, ...more]) {
    for (const [file, f] of Object.entries(r.files)) {
      for (const m of f.mutants) {
        const k = key(file, m);
        if ((rank[m.status] ?? 0) >= (rank[found.get(k)?.status] ?? 0)) found.set(k, { ...m, file, source: f.source, killers: killers(r, m) });
      }
    }
  }
  for (const [file, f] of Object.entries(later?.files ?? {})) for (const m of f.mutants) if (m.status !== 'Ignored') found.set(key(file, m), { ...m, file, source: f.source, killers: killers(later, m) });
  const counts = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, invalid: 0, missing: 0 };
  const left = [];
  const timeouts = [];
  for (const s of sample.mutants) {
    const m = found.get(key(s.file, s));
    if (!m) { counts.missing++; console.warn(`not in the report: ${key(s.file, s)}`); continue; }
    let status = m.status;
    if (without && status === 'Killed' && m.killers.every((t) => without.split(',').some((w) => t.includes(w)))) status = 'Survived';
    if (status in counts) counts[status]++;
    else counts.invalid++; // CompileError, RuntimeError, Ignored: not in the score, as in Stryker's
    if (status === 'Survived' || status === 'NoCoverage') left.push({ ...m, status });
    if (status === 'Timeout') timeouts.push(m);
  }
  const detected = counts.Killed + counts.Timeout;
  const valid = detected + counts.Survived + counts.NoCoverage;
  const [lo, hi] = wilson(detected, valid);
  const [lo0, hi0] = wilson(counts.Killed, valid);
  console.log(`sample ${name}: seed ${sample.seed}, ${sample.mutants.length} of ${sample.population} mutants (${sample.files} files), tests: ${[stryker, ...more].map((r) => Object.keys(r.testFiles ?? {}).length).join(' + ')} files`);
  console.log(`  killed ${counts.Killed}, timed out ${counts.Timeout}, survived ${counts.Survived}, no coverage ${counts.NoCoverage}, not valid ${counts.invalid}, not in the report ${counts.missing}`);
  console.log(`  score ${pct(detected / valid)} (${detected} of ${valid}), 95 % interval ${pct(lo)}–${pct(hi)} (Wilson)`);
  if (counts.Timeout) console.log(`  timeouts counted as survivors: ${pct(counts.Killed / valid)}, ${pct(lo0)}–${pct(hi0)}`);
  if (args.includes('--ranges')) {
    console.log(`--mutate ${[...left, ...timeouts].map((m) => range({ file: m.file, start: m.location.start, end: m.location.end })).join(',')}`);
    return;
  }
  const byPlace = (a, b) => a.file.localeCompare(b.file) || a.location.start.line - b.location.start.line || a.location.start.column - b.location.start.column;
  for (const [title, list] of [['survivors', left], ['timed out (counted detected)', timeouts]]) {
    if (!list.length) continue;
    console.log(`${title}:`);
    for (const m of list.sort(byPlace)) {
      const line = m.source.split('\n')[m.location.start.line - 1].trim().slice(0, 80);
      console.log(`  ${m.file.replace('server/src/', '')}:${m.location.start.line}:${m.location.start.column} ${m.status === 'NoCoverage' ? '(no coverage) ' : ''}${m.mutatorName}: ${(m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 50)}    | ${line}`);
    }
  }
}

// --- main ------------------------------------------------------------------------------------

if (args.includes('--report')) {
  report();
} else {
  const all = await population();
  const files = new Set(all.map((m) => m.file)).size;
  const mutants = draw(all, n, seed);
  fs.mkdirSync('reports/mutation', { recursive: true });
  fs.writeFileSync(sampleFile, JSON.stringify({ seed, population: all.length, files, mutants }, null, 1));
  console.log(`${mutants.length} of ${all.length} mutants in ${files} files, seed ${seed}: ${sampleFile}`);
  if (args.includes('--list')) for (const m of mutants) console.log(`  ${range(m)} ${m.mutatorName}: ${m.replacement.replace(/\s+/g, ' ').slice(0, 50)}`);
  if (args.includes('--run')) {
    // --from K: only the mutants drawn after the first K (those were run as the sample of K).
    // --only REGEXP: only the mutants of the files whose path matches (say `export/|amend`, run
    // with the export and versions tests that are too slow to run for every mutant).
    const only = opt('--only');
    // --again A.json,B.json: only the sampled mutants those runs did not detect (survived, no
    // coverage), to test them again with new or slower test files (then `--stryker A,B,AGAIN`).
    const again = opt('--again');
    let undetected = () => true;
    if (again) {
      const status = new Map();
      for (const f of again.split(',')) for (const [file, x] of Object.entries(JSON.parse(fs.readFileSync(f, 'utf8')).files)) for (const m of x.mutants) if (m.status !== 'Ignored') status.set(key(file, m), m.status);
      undetected = (m) => ['Survived', 'NoCoverage'].includes(status.get(key(m.file, m)));
    }
    const run = mutants.slice(Number(opt('--from', '0'))).filter((m) => (!only || new RegExp(only).test(m.file)) && undetected(m));
    const runName = opt('--run-name') ?? (run.length < mutants.length ? `${name}${opt('--from') ? `-from${opt('--from')}` : ''}${only ? `-${only.replace(/\W+/g, '')}` : ''}${again ? '-again' : ''}` : name);
    const runFile = `reports/mutation/${runName}.sample.json`;
    if (runFile !== sampleFile) fs.writeFileSync(runFile, JSON.stringify({ seed, population: all.length, files, mutants: run }, null, 1));
    const ranges = [...new Set(run.map(range))];
    const cli = ['stryker', 'run', '--concurrency', opt('--concurrency', '1'), '--tempDirName', opt('--temp', '.stryker-tmp-sample'), '--mutate', ranges.join(',')];
    console.log(`MUTATION_TESTS=${process.env.MUTATION_TESTS ?? ''} MUTATION_REPORT=${runName} MUTATION_SAMPLE=${runFile} npx ${cli.slice(0, 6).join(' ')} --mutate <${ranges.length} ranges>`);
    const started = Date.now();
    const r = spawnSync('npx', cli, { stdio: 'inherit', env: { ...process.env, MUTATION_REPORT: runName, MUTATION_SAMPLE: runFile } });
    console.log(`Stryker: exit ${r.status}, ${((Date.now() - started) / 60000).toFixed(1)} min`);
    if (r.status === 0 && runName === name) report();
  }
}
