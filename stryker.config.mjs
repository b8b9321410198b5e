// Mutation testing (`npm run test:mutation`, not in CI: it takes hours on two cores).
// Stryker mutates the model and the features, compiles once with every mutant switchable,
// and reruns the unit test files that cover each mutant (node:test files speak TAP).
// A narrower run: `npm run test:mutation -- --mutate server/src/features/diagnostics.ts`.
export default {
  testRunner: 'tap',
  plugins: ['@stryker-mutator/tap-runner'],
  buildCommand: 'npx tsc -p tsconfig.json',
  mutate: ['server/src/model/**/*.ts', 'server/src/features/**/*.ts'],
  tap: {
    testFiles: ['out/test/unit/*.test.js'],
    nodeArgs: ['--test-reporter=tap', '-r', '{{hookFile}}', '{{testFile}}'],
  },
  coverageAnalysis: 'perTest',
  concurrency: 2,
  timeoutMS: 30000,
  dryRunTimeoutMinutes: 30,
  ignorePatterns: ['out', '.vscode-test', 'test-results', 'reports', '*.vsix', 'docs/images'],
  reporters: ['clear-text', 'progress', 'json', 'html'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  tempDirName: '.stryker-tmp',
};
