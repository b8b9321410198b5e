// Every check bites (issue #14, item 5): each check, deleted, turns some test red.
//
// A *check site* is a place in server/src/features or server/src/model where a diagnostic code is
// reported: a call `report('code', …)` / `add('code', …)` whose first argument is one of the codes of
// features/diagnostics.ts's DIAGNOSTIC_CODES (or `report(x.code, …)`: findings passed on, the
// counterparts' and draftingChecks.ts's), or a finding pushed as `out.push({ code: 'code', … })`
// (features/divergence.ts). Each
// site is found in the TypeScript syntax tree, not by a pattern, so a new check is listed as soon as
// it is written. For each site in turn the script:
//   1. deletes it: the call is replaced by `void 0` in the source (conditions and the other branches of
//      an `if … else if` stay as they were: the check runs, it reports nothing);
//   2. compiles that one file (`ts.transpileModule`, the project's compiler options) over its compiled
//      copy in a tree of its own (`--out`, made beforehand with `npx tsc -p . --outDir DIR`);
//   3. runs the test files (`--tests`, default below: the fast unit files that call the checks), each
//      in its own `node --test` process, in order, up to the first that goes red (`--all`: every one,
//      to list all that catch it);
//   4. puts the compiled file back.
// A first run with nothing deleted must be green (else the script stops: the tree is stale). A site
// that no test file catches is "NOT caught": a check no test would miss (the exit code is then 1).
//
//   npx tsc -p . --outDir out-del
//   nice -n 19 node scripts/check-deletion.mjs --out out-del [--tests a,b] [--only CODE|FILE:LINE] [--all] [--list] [--report reports/check-deletion.json]
//
// Prints a markdown table (site, code and message key, caught by which file and case) and writes
// the same as JSON to `--report`. The CLI's bundles (server/out/) are not rebuilt: test cases that
// spawn `bin/treaty-check` see no deletion (they are not what this measures).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import ts from 'typescript';

const args = process.argv.slice(2);
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const out = opt('--out');
if (!out) {
  console.error('usage: node scripts/check-deletion.mjs --out DIR [--tests a,b] [--only CODE|FILE:LINE] [--all] [--report FILE]');
  process.exit(2);
}
/** The fast test files that run the checks, the likeliest to catch first. */
const DEFAULT_TESTS = [
  'checks', 'draftingChecksBite', 'checkEdges', 'bite', 'subitems', 'termVariantsBite', 'termQuotesBite', 'termQuotes',
  'shortFormDatesBite', 'codeActionsBite', 'suppressionBite', 'l10n', 'unseen', 'law-references', 'definitionsByMeaning',
  'excerpt', 'resolve', 'renumber', 'sampledSurvivors', 'checkAloneBite', 'checkOnce',
  'divergenceBite', 'divergenceSubItemsBite', 'alignBite', 'counterpartsBite', 'align', 'multilingual',
];
const tests = (opt('--tests')?.split(',') ?? DEFAULT_TESTS).filter((t) => fs.existsSync(path.join(out, 'test/unit', `${t}.test.js`)));
const all = args.includes('--all');
const only = opt('--only');
const reportFile = opt('--report') ?? 'reports/check-deletion.json';
const timeout = Number(opt('--timeout') ?? 300) * 1000;
const root = process.cwd();

// ——— The codes and the sites ———
const diagnosticsSource = fs.readFileSync('server/src/features/diagnostics.ts', 'utf8');
const block = diagnosticsSource.slice(diagnosticsSource.indexOf('DIAGNOSTIC_CODES = {'), diagnosticsSource.indexOf('} as const'));
const CODES = new Set([...block.matchAll(/'([a-z]+\.[a-z-]+)':/g)].map((m) => m[1]));
if (CODES.size < 20) throw new Error(`only ${CODES.size} codes read from DIAGNOSTIC_CODES`);

const sourceFiles = ['server/src/features', 'server/src/model']
  .flatMap((dir) => fs.readdirSync(dir, { recursive: true }).map((f) => path.join(dir, f)))
  .filter((f) => f.endsWith('.ts'))
  .sort();

/** The sites of one file: the call to delete (its span), the code, the message key it reports, its line. */
function sitesOf(file) {
  const text = fs.readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out = [];
  const literal = (n) => (n && ts.isStringLiteralLike(n) ? n.text : undefined);
  /** The first message key in a call's arguments (`'diag.itemGap'`, `msg('diag.gap', …)`, `message: msg('align.date', …)`). */
  const keyIn = (node, codeNode) => {
    let key;
    const visit = (n) => {
      if (key || n === codeNode) return;
      const s = literal(n);
      if (s && /^(diag|align)\.[A-Za-z]+$/.test(s)) key = s;
      else ts.forEachChild(n, visit);
    };
    ts.forEachChild(node, visit);
    return key;
  };
  /** The message key of a site: in its call, else in the statements around it (`const message = … msg('diag.x')`). */
  const keyOf = (call, codeNode) => {
    for (let n = call, up = 0; n && up < 4; n = n.parent, up++) {
      const key = keyIn(n, codeNode);
      if (key) return key;
    }
    return '';
  };
  const visit = (n) => {
    if (ts.isCallExpression(n)) {
      const callee = n.expression;
      const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
      const first = n.arguments[0];
      let code;
      let codeNode;
      if ((name === 'report' || name === 'add') && first) {
        codeNode = first;
        if (CODES.has(literal(first))) code = literal(first);
        else if (ts.isPropertyAccessExpression(first) && first.name.text === 'code') code = `(${first.getText(sf)}: every finding passed on)`;
      } else if (name === 'push' && first && ts.isObjectLiteralExpression(first)) {
        for (const p of first.properties) {
          if (ts.isPropertyAssignment(p) && p.name.getText(sf) === 'code' && CODES.has(literal(p.initializer))) [code, codeNode] = [literal(p.initializer), p.initializer];
        }
      }
      if (code) {
        const start = n.getStart(sf);
        out.push({ file, line: sf.getLineAndCharacterOfPosition(start).line + 1, code, key: code.startsWith('(') ? '' : keyOf(n, codeNode), start, end: n.getEnd() });
        return;
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return { text, sites: out };
}

const files = sourceFiles.map((f) => ({ file: f, ...sitesOf(f) })).filter((f) => f.sites.length > 0);
let sites = files.flatMap((f) => f.sites);
if (only) sites = sites.filter((s) => s.code === only || `${s.file}:${s.line}` === only || s.file === only);
console.error(`${sites.length} check sites in ${files.map((f) => `${f.file} (${f.sites.length})`).join(', ')}; ${tests.length} test files`);
if (args.includes('--list')) {
  for (const s of sites) console.log(`${s.file}:${s.line} ${s.code} ${s.key}`);
  process.exit(0);
}

// ——— Compile one file over its compiled copy ———
const tsconfig = JSON.parse(fs.readFileSync('tsconfig.json', 'utf8').replace(/^\s*\/\/.*$/gm, ''));
const compilerOptions = { ...tsconfig.compilerOptions, module: ts.ModuleKind.CommonJS, sourceMap: false, declaration: false, declarationMap: false };
const compiledOf = (file) => path.join(root, out, file.replace(/\.ts$/, '.js'));
const originals = new Map(files.map((f) => [f.file, fs.readFileSync(compiledOf(f.file), 'utf8')]));
function install(file, source) {
  fs.writeFileSync(compiledOf(file), ts.transpileModule(source, { fileName: file, compilerOptions }).outputText);
}
function restore() {
  for (const [file, js] of originals) fs.writeFileSync(compiledOf(file), js);
}
process.on('SIGINT', () => {
  restore();
  process.exit(130);
});

/** Runs the test files in order; returns those that went red (the first alone unless `--all`), each with its first failing case. */
function red() {
  const caught = [];
  for (const t of tests) {
    const r = spawnSync(process.execPath, ['--test', '--test-reporter=tap', path.join(out, 'test/unit', `${t}.test.js`)], { cwd: root, encoding: 'utf8', timeout, maxBuffer: 64 << 20 });
    if (r.status === 0) continue;
    const failed = [...(r.stdout ?? '').matchAll(/^\s*not ok \d+ - (.*)$/gm)].map((m) => m[1]).filter((n) => !n.endsWith('.test.js'));
    caught.push({ file: t, test: failed[0] ?? (r.signal ? `(${r.signal}: timed out)` : `(exit ${r.status})`) });
    if (!all) break;
  }
  return caught;
}

// ——— Nothing deleted: green, with every file compiled the way the deletions are ———
try {
  for (const f of files) install(f.file, f.text);
  const before = red();
  if (before.length) throw new Error(`red with nothing deleted (a stale --out tree?): ${before.map((c) => `${c.file}: ${c.test}`).join('; ')}`);

  const results = [];
  const started = Date.now();
  for (const [i, s] of sites.entries()) {
    const f = files.find((x) => x.file === s.file);
    install(s.file, f.text.slice(0, s.start) + 'void 0' + f.text.slice(s.end));
    const caught = red();
    install(s.file, f.text);
    results.push({ file: s.file, line: s.line, code: s.code, key: s.key, caught });
    console.error(`${i + 1}/${sites.length} ${s.file}:${s.line} ${s.code} ${s.key}: ${caught.length ? caught.map((c) => `${c.file} (${c.test})`).join(', ') : 'NOT caught'} [${Math.round((Date.now() - started) / 1000)} s]`);
  }
  fs.mkdirSync(path.dirname(reportFile), { recursive: true });
  fs.writeFileSync(reportFile, JSON.stringify({ tests, all, results }, null, 1));
  const missed = results.filter((r) => r.caught.length === 0);
  console.log('| site | code | message | caught by |');
  console.log('| --- | --- | --- | --- |');
  for (const r of results) {
    const by = r.caught.length ? r.caught.map((c) => `\`${c.file}\``).join(', ') + ` (“${r.caught[0].test.replace(/\|/g, '\\|').slice(0, 90)}”)` : '**not caught**';
    console.log(`| ${path.basename(r.file)}:${r.line} | \`${r.code}\` | ${r.key ? `\`${r.key}\`` : ''} | ${by} |`);
  }
  console.log(`\n${results.length - missed.length} of ${results.length} caught`);
  process.exitCode = missed.length ? 1 : 0;
} finally {
  restore();
}
