// Mutation testing (`npm run test:mutation`, not in CI: a whole run takes hours on two cores).
// Stryker mutates the model and the features, compiles once with every mutant switchable,
// and reruns the unit test files that cover each mutant (node:test files speak TAP).
//
// A focused run, one source file against the test files that matter for it (see README,
// “Mutation testing”):
//   MUTATION_TESTS=checks,bite nice -n 19 npx stryker run --concurrency 1 \
//     --mutate server/src/features/diagnostics.ts
// MUTATION_TESTS names unit test files without `.test.ts` (test/unit/checks.test.ts → checks);
// unset, every unit test file runs, the slow real-corpus ones (real*.test.ts) included.
// MUTATION_REPORT names the report (reports/mutation/NAME.json, NAME.html).
// MUTATION_TESTS=fast: every unit test file but the slow ones below (seconds per run each, so
// minutes per surviving mutant: the whole-model estimate of scripts/mutation-sample.mjs uses it).
import * as fs from 'node:fs';
const SLOW = [
  'real', 'real-structure', 'real-references', // the real corpus (versions-real, 4 s, is kept)
  'akn', 'export', 'exportPdf', 'versions', 'versions-fast', 'versions-docx', // exports and versions, 6–50 s a run
  'crossref', 'pasted', 'safety-edits', 'remodel', 'checkOnce', 'cli', // 10–45 s a run
  'parser', 'reparse', 'reparse-move', 'pieceText', // the syntax layer and the text in pieces, 15–28 s a run
  'grammar', 'layers', 'manifest', 'vscodeEnv', 'workspaceFiles', 'workspaceUpdate', 'scanPool', 'encodings', // grammar, build, index, protocol
];
const named = (process.env.MUTATION_TESTS ?? '').split(',').map((t) => t.trim()).filter(Boolean);
const tests = named.flatMap((t) => (t === 'fast'
  ? fs.readdirSync('test/unit').filter((f) => f.endsWith('.test.ts')).map((f) => f.slice(0, -'.test.ts'.length)).filter((f) => !SLOW.includes(f))
  : [t]));
const report = process.env.MUTATION_REPORT || 'mutation';
// The property test of crossref.test.ts (every feature on randomly edited seeds, nothing throws)
// takes seconds per mutant and checks only that nothing throws: skipped under mutation.
process.env.MUTATION_SKIP_PROPERTIES = '1';
// MUTATION_SAMPLE (set by scripts/mutation-sample.mjs): test only the sampled mutants, not the
// ones nested in their ranges (scripts/mutation-sample-ignorer.mjs).
const sample = process.env.MUTATION_SAMPLE;

export default {
  testRunner: 'tap',
  plugins: ['@stryker-mutator/tap-runner', ...(sample ? ['./scripts/mutation-sample-ignorer.mjs'] : [])],
  ...(sample ? { ignorers: ['sample'] } : {}),
  buildCommand: 'npx tsc -p tsconfig.json',
  mutate: ['server/src/model/**/*.ts', 'server/src/features/**/*.ts'],
  tap: {
    testFiles: tests.length > 0 ? tests.map((t) => `out/test/unit/${t}.test.js`) : ['out/test/unit/*.test.js'],
    nodeArgs: ['--test-reporter=tap', '-r', '{{hookFile}}', '{{testFile}}'],
  },
  coverageAnalysis: 'perTest',
  concurrency: 2,
  timeoutMS: 30000,
  dryRunTimeoutMinutes: 30,
  // `.stryker-tmp*`: the sandboxes of another run going on at the same time (`--tempDirName`).
  ignorePatterns: ['out', '.vscode-test', 'test-results', 'reports', '*.vsix', 'docs/images', '.stryker-tmp*'],
  reporters: ['clear-text', 'progress', 'json', 'html'],
  jsonReporter: { fileName: `reports/mutation/${report}.json` },
  htmlReporter: { fileName: `reports/mutation/${report}.html` },
  tempDirName: '.stryker-tmp',
};
