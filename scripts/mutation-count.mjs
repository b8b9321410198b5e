// Counts the mutants StrykerJS makes in each source file of server/src/model and
// server/src/features, with Stryker's own instrumenter and no test run: the denominator of
// an overall score, and what a whole-file run of a file costs (docs/mutation.md).
//
//   node scripts/mutation-count.mjs            every file, most mutants first, and the total
//   node scripts/mutation-count.mjs FILE …     those files only
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Instrumenter } from '@stryker-mutator/instrumenter';

const quiet = () => false;
const logger = { trace() {}, debug() {}, info() {}, warn: console.warn, error: console.error, fatal: console.error, isTraceEnabled: quiet, isDebugEnabled: quiet, isInfoEnabled: quiet, isWarnEnabled: quiet, isErrorEnabled: quiet, isFatalEnabled: quiet };

function sources(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const files = process.argv.length > 2 ? process.argv.slice(2) : ['server/src/model', 'server/src/features'].flatMap(sources);
const rows = [];
for (const name of files) {
  const { mutants } = await new Instrumenter(logger).instrument([{ name, mutate: true, content: fs.readFileSync(name, 'utf8') }], { plugins: null, excludedMutations: [], ignorers: [] });
  rows.push([mutants.length, name]);
}
rows.sort((a, b) => b[0] - a[0] || a[1].localeCompare(b[1]));
for (const [n, name] of rows) console.log(`${String(n).padStart(6)}  ${name}`);
console.log(`${String(rows.reduce((s, [n]) => s + n, 0)).padStart(6)}  total, ${rows.length} files`);
