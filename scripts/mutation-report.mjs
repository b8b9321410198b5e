// Reads a Stryker JSON report (reports/mutation/NAME.json) and prints, per mutated file, the
// score and every surviving mutant (line, mutator, replacement), so that survivors can be read
// and killed or listed as harmless in docs/mutation.md.
//
//   node scripts/mutation-report.mjs reports/mutation/diagnostics.json
//   node scripts/mutation-report.mjs REPORT --without resolve.test,checks.test
//       the score had those test files not been there (list it last in
//       MUTATION_TESTS: a mutant is credited to the first test file that kills it)
//   node scripts/mutation-report.mjs REPORT --ranges
//       the survivors as `--mutate` ranges, to test only them again after adding tests
//   node scripts/mutation-report.mjs REPORT --merge LATER.json
//       the score once the mutants tested again in LATER.json take their new status
//   node scripts/mutation-report.mjs REPORT --or OTHER.json[,OTHER2.json]
//       the score of the test files of both runs: a mutant detected in either is detected, one
//       tested in one only (`--every`, `--skip-static`) has that run's status (another run with
//       other test files, e.g. only the new ones, on the same source)
import * as fs from 'node:fs';

const [file, ...args] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/mutation-report.mjs REPORT.json [--without TEST] [--ranges] [--merge LATER.json]');
  process.exit(2);
}
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const report = JSON.parse(fs.readFileSync(file, 'utf8'));
const without = opt('--without');
const later = opt('--merge') ? JSON.parse(fs.readFileSync(opt('--merge'), 'utf8')) : undefined;
const others = (opt('--or') ?? '').split(',').filter(Boolean).map((f) => JSON.parse(fs.readFileSync(f, 'utf8')));

const testName = new Map();
for (const [path, tf] of Object.entries(report.testFiles ?? {})) for (const t of tf.tests ?? []) testName.set(t.id, `${path} ${t.name}`);
const key = (m) => `${m.mutatorName} ${m.location.start.line}:${m.location.start.column}-${m.location.end.line}:${m.location.end.column} ${m.replacement ?? ''}`;

const DETECTED = new Set(['Killed', 'Timeout']);
const VALID = new Set(['Killed', 'Timeout', 'Survived', 'NoCoverage']);
for (const [path, f] of Object.entries(report.files)) {
  // A mutant left out of the later run (`Ignored`: `--only-static`, `--skip-static`) keeps its status.
  const again = new Map((later?.files?.[path]?.mutants ?? []).filter((m) => VALID.has(m.status)).map((m) => [key(m), m]));
  const lines = f.source.split('\n');
  const elsewhere = others.map((o) => new Map((o.files?.[path]?.mutants ?? []).map((m) => [key(m), m])));
  if (others.length && elsewhere.some((o, i) => others[i].files?.[path]?.source !== f.source)) throw new Error(`--or: ${path} differs between the reports`);
  let detected = 0;
  let valid = 0;
  const survivors = [];
  for (const m0 of f.mutants) {
    let m = again.get(key(m0)) ?? m0;
    for (const o of elsewhere) {
      const x = o.get(key(m0));
      if (x && ((DETECTED.has(x.status) && !DETECTED.has(m.status)) || (!VALID.has(m.status) && VALID.has(x.status)))) m = x;
    }
    if (!VALID.has(m.status)) continue;
    valid++;
    let status = m.status;
    if (without && status === 'Killed' && (m.killedBy ?? []).every((id) => without.split(',').some((w) => (testName.get(id) ?? id).includes(w)))) status = 'Survived';
    if (DETECTED.has(status)) detected++;
    else survivors.push(m);
  }
  console.log(`${path}: ${(100 * detected / valid).toFixed(1)} % (${detected} of ${valid} mutants detected, ${survivors.length} left)`);
  if (args.includes('--ranges')) {
    // Whole lines (Stryker reads `file:line-line`); every mutant on them is tested again.
    const ranges = [...new Set(survivors.map((m) => `${path}:${m.location.start.line}-${m.location.end.line}`))];
    console.log(`--mutate ${ranges.join(',')}`);
    continue;
  }
  for (const m of survivors.sort((a, b) => a.location.start.line - b.location.start.line)) {
    const line = m.location.start.line;
    const replacement = (m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 60);
    console.log(`  ${String(line).padStart(4)} ${m.status === 'NoCoverage' ? '(no coverage) ' : ''}${m.mutatorName}: ${replacement}    | ${lines[line - 1].trim().slice(0, 90)}`);
  }
}
