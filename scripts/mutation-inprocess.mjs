// Mutation testing of one source file in one process, for a machine too loaded for Stryker's
// runner (a node process per test file per mutant: minutes a mutant at `nice -n 19` under load).
// The mutants are Stryker's own (its instrumenter, every mutant switchable at run time); the
// compiled test files are loaded once, their `test(…)` cases collected instead of run by
// node:test, and each mutant is tested by switching it on and calling the cases that reach it
// (per-case coverage from a first run), in the order of the files given, up to the first failure.
// A mutant of code run when a module loads (a constant, a regular expression: "static") is tested
// by loading every compiled module again with it switched on. An endless loop is stopped by
// Stryker's hit limit and counted a timeout. The report is Stryker's JSON format, so
// scripts/mutation-report.mjs reads it (`--without`, `--ranges`, `--merge`).
//
//   npx tsc -p . && nice -n 19 node scripts/mutation-inprocess.mjs \
//     --mutate server/src/features/draftingChecks.ts[:L-L,…] --tests checks,draftingChecksBite \
//     --report reports/mutation/NAME.json [--skip-static | --only-static] [--out out2] [--trace] [--endless ID,ID] [--skip-cases REGEX] [--shuffle SEED]
//
// Differences from `npx stryker run`: cases share one process (a case that leaves state behind
// could hide or fake a kill: the dry run checks that every case passes after loading, and the
// test files used here build their own models); only sync or awaited `test` cases are collected
// (`describe`, hooks and options are not supported: the script stops if a file uses them).
import * as fs from 'node:fs';
import * as path from 'node:path';
import Module, { createRequire } from 'node:module';
import ts from 'typescript';
import { instrument, seeded } from './mutants.mjs';

const args = process.argv.slice(2);
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const mutate = opt('--mutate');
const tests = (opt('--tests') ?? '').split(',').filter(Boolean);
const reportFile = opt('--report') ?? 'reports/mutation/inprocess.json';
const hitLimit = Number(opt('--hit-limit') ?? 5_000_000);
/** `--skip-static`: static mutants are reported `Ignored` (not in the score): each one reloads every module. */
const skipStatic = args.includes('--skip-static');
/** `--out DIR`: the compiled tree to load (`npx tsc -p . --outDir DIR`), so that another run can go on reading `out/`. */
const out = opt('--out') ?? 'out';
/**
 * `--every K`: only every K-th mutant (from the first), the others `Ignored`: a systematic sample of
 * the file, spread over it evenly, when the whole would take too long (the score is over the sample).
 */
const every = Number(opt('--every') ?? 1);
/** `--every K --at J`: the mutants J, J + K, J + 2K … (another systematic sample, disjoint from `--at 0`'s). */
const at = Number(opt('--at') ?? 0);
/** `--only-static`: the other mutants are reported `Ignored`: the static ones measured apart (`mutation-report.mjs --merge` joins the two reports). */
const onlyStatic = args.includes('--only-static');
/**
 * `--static-by-module`: a mutant is static only when it is hit while the mutated module itself is
 * evaluated (its patterns and tables), not when a test file's top-level code reaches it (a corpus
 * parsed at load: then nearly every mutant of a model file would be static). Mutants reached that
 * way are tested through the cases that reach them: a kill seen only through data a test file
 * built at load is missed, so the score is a lower bound.
 */
const staticByModule = args.includes('--static-by-module');
/**
 * `--endless ID,ID`: mutants that loop for ever outside the instrumented code (a mutated guard
 * lets `indexOf('', i)` run on: the hit limit counts only the mutant's own expression), found
 * with `--trace` (each mutant's id and place printed before it runs); reported `Timeout` unrun.
 */
const endless = new Set((opt('--endless') ?? '').split(',').filter(Boolean));
const trace = args.includes('--trace');
/** `--skip-cases REGEX`: cases left out by name, e.g. those that only spawn a CLI process (the child never loads the mutant). */
const skipCases = opt('--skip-cases') ? new RegExp(opt('--skip-cases')) : undefined;
/**
 * `--shuffle SEED`: the mutants in a seeded random order (mulberry32, Fisher–Yates). The report is
 * written every 25 mutants with those tested so far, so a run stopped early is a uniform random
 * sample of the file's mutants: its score estimates the whole file's.
 */
const shuffleSeed = opt('--shuffle');
if (!mutate || tests.length === 0) {
  console.error('usage: node scripts/mutation-inprocess.mjs --mutate FILE.ts[:L-L,L-L] --tests NAME,NAME [--report OUT.json]');
  process.exit(2);
}
const root = process.cwd();
const [source, rangeText] = mutate.split(':');
const ranges = rangeText?.split(',').map((r) => r.split('-').map(Number));
const content = fs.readFileSync(source, 'utf8');

// ——— Instrument and compile the one source file ———
const spans = ranges?.map(([a, b]) => ({ start: { line: a - 1, column: 0 }, end: { line: b, column: 0 } }));
const { files, mutants } = await instrument(source, content, spans ?? true);
const tsconfig = JSON.parse(fs.readFileSync('tsconfig.json', 'utf8').replace(/^\s*\/\/.*$/gm, ''));
let js = ts.transpileModule(files[0].content, { fileName: source, compilerOptions: { ...tsconfig.compilerOptions, module: ts.ModuleKind.CommonJS, sourceMap: false, declaration: false } }).outputText;
// Stryker's hit limit counts the hits of the active mutant only: a mutant in code run once (a
// pattern built per model) that makes a loop elsewhere endless (a pattern matching the empty
// string) is never stopped. So every mutant point passed while a mutant is active counts too,
// against a limit set from the dry run (`--all-hit-limit`, by default 20 times the most any case
// passes, at least 1 000 000); past it the case fails as a timeout.
const isActive = /(\n[ \t]*)(if \(ns\.activeMutant === id\) \{)/;
if (!isActive.test(js)) throw new Error('the instrumented helper has changed: no `if (ns.activeMutant === id)`');
js = js.replace(isActive, '$1if (ns.allHitLimit !== void 0 && ++ns.allHits > ns.allHitLimit) throw new Error("Stryker: Hit count limit reached (every mutant point)");$1$2');
const compiled = path.join(root, out, source.replace(/\.ts$/, '.js'));
if (!fs.existsSync(compiled)) throw new Error(`${compiled} not found: run npx tsc -p . first`);

// ——— Load the compiled tests with the instrumented module in place, collecting their cases ———
const ns = (globalThis.__stryker__ = { mutantCoverage: { static: {}, perTest: {} } });
const originalLoad = Module._load;
let cases = [];
let file = '';
const fakeTest = {
  test: (name, fn) => {
    if (typeof fn !== 'function') throw new Error(`${file}: test options are not supported (${name})`);
    if (skipCases?.test(name)) return;
    cases.push({ file, name: `${file} ${name}`, fn });
  },
};
for (const k of ['describe', 'it', 'before', 'after', 'beforeEach', 'afterEach', 'suite']) fakeTest[k] = () => { throw new Error(`${file}: node:test ${k} is not supported`); };
fakeTest.default = fakeTest.test;
Module._load = function (request, parent, isMain) {
  if (request === 'node:test') return fakeTest;
  return originalLoad.call(this, request, parent, isMain);
};
const originalJs = Module._extensions['.js'];
Module._extensions['.js'] = function (module, filename) {
  if (filename === compiled) return module._compile(js, filename);
  return originalJs(module, filename);
};
const require = createRequire(import.meta.url);
const outDir = path.join(root, out) + path.sep;
function load() {
  for (const k of Object.keys(require.cache)) if (k.startsWith(outDir)) delete require.cache[k];
  cases = [];
  if (staticByModule) {
    require(compiled);
    ns.currentTestId = '(load)';
  }
  for (const t of tests) {
    file = `${out}/test/unit/${t}.test.js`;
    require(path.join(root, file));
  }
  if (staticByModule) {
    ns.currentTestId = undefined;
    delete ns.mutantCoverage.perTest['(load)'];
  }
  return cases;
}

async function run(c) {
  try {
    await c.fn({ name: c.name });
    return true;
  } catch (e) {
    return e;
  }
}

// ——— Dry run: every case passes, and which cases reach which mutant ———
let all = load();
const staticIds = new Set(Object.keys(ns.mutantCoverage.static));
const coveredBy = new Map();
let mostHits = 0;
for (const c of all) {
  ns.currentTestId = c.name;
  ns.allHits = 0;
  ns.allHitLimit = Infinity;
  const ok = await run(c);
  mostHits = Math.max(mostHits, ns.allHits);
  if (ok !== true) throw new Error(`dry run: ${c.name} fails without a mutant: ${ok?.message ?? ok}`);
}
ns.currentTestId = undefined;
const allHitLimit = Number(opt('--all-hit-limit') ?? Math.max(1_000_000, 20 * mostHits));
ns.allHitLimit = undefined;
for (const [test, ids] of Object.entries(ns.mutantCoverage.perTest)) for (const id of Object.keys(ids)) (coveredBy.get(id) ?? coveredBy.set(id, []).get(id)).push(test);
console.error(`${source}: ${mutants.length} mutants, ${all.length} cases in ${tests.length} files, ${staticIds.size} static mutants; at most ${mostHits} mutant points passed by a case, limit ${allHitLimit}`);

// ——— Each mutant ———
const results = [];
const started = Date.now();
const order = [...mutants];
if (shuffleSeed !== undefined) {
  const random = seeded(Number(shuffleSeed));
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
}
for (const [i, m] of order.entries()) {
  let status = 'Survived';
  let killedBy = [];
  const isStatic = staticIds.has(m.id);
  const reach = isStatic ? all.map((c) => c.name) : coveredBy.get(m.id) ?? [];
  if (trace) console.error(`mutant ${m.id} ${m.location.start.line + 1}:${m.location.start.column + 1} ${m.mutatorName} ${JSON.stringify(m.replacement ?? '').slice(0, 60)}`);
  if ((isStatic && skipStatic) || (!isStatic && onlyStatic) || i % every !== at % every) status = 'Ignored';
  else if (endless.has(String(m.id))) status = 'Timeout';
  else if (reach.length === 0) status = 'NoCoverage';
  else {
    ns.activeMutant = m.id;
    ns.hitCount = 0;
    ns.hitLimit = hitLimit;
    let list = all;
    try {
      if (isStatic) list = load();
    } catch {
      status = 'Killed';
      killedBy = ['(module load)'];
    }
    if (status !== 'Killed') {
      const wanted = new Set(reach);
      for (const c of list) {
        if (!wanted.has(c.name)) continue;
        ns.hitCount = 0;
        ns.allHits = 0;
        ns.allHitLimit = allHitLimit;
        const ok = await run(c);
        ns.allHitLimit = undefined;
        if (ok !== true) {
          status = /Hit count limit/.test(String(ok?.message)) ? 'Timeout' : 'Killed';
          killedBy = [c.file];
          break;
        }
      }
    }
    ns.activeMutant = undefined;
    ns.hitCount = undefined;
    if (isStatic) all = load();
  }
  results.push({
    id: m.id, mutatorName: m.mutatorName, replacement: m.replacement, status, killedBy, static: isStatic || undefined,
    location: { start: { line: m.location.start.line + 1, column: m.location.start.column + 1 }, end: { line: m.location.end.line + 1, column: m.location.end.column + 1 } },
  });
  if ((i + 1) % 25 === 0) {
    console.error(`${i + 1}/${mutants.length} (${Math.round((Date.now() - started) / 1000)} s)`);
    // The report so far (the mutants not yet tested are left out), so that a run stopped early still says something.
    write(results);
  }
}
write(results);

function write(list) {
  fs.mkdirSync(path.dirname(reportFile), { recursive: true });
  const testFiles = Object.fromEntries(tests.map((t) => [`${out}/test/unit/${t}.test.js`, { tests: [{ id: `${out}/test/unit/${t}.test.js`, name: '' }] }]));
  fs.writeFileSync(reportFile, JSON.stringify({ schemaVersion: '2', thresholds: { high: 80, low: 60 }, files: { [source]: { language: 'typescript', source: content, mutants: list } }, testFiles }, null, 1));
}
const count = (s) => results.filter((r) => r.status === s).length;
console.error(`done in ${Math.round((Date.now() - started) / 1000)} s: ${count('Killed')} killed, ${count('Timeout')} timed out, ${count('Survived')} survived, ${count('NoCoverage')} no coverage → ${reportFile}`);
