// Counts the mutants StrykerJS makes in each source file of server/src/model and
// server/src/features, with Stryker's own instrumenter and no test run: the denominator of
// an overall score, and what a whole-file run of a file costs (docs/mutation.md).
//
//   node scripts/mutation-count.mjs            every file, most mutants first, and the total
//   node scripts/mutation-count.mjs FILE …     those files only
import { instrument, modelAndFeatures } from './mutants.mjs';

const files = process.argv.length > 2 ? process.argv.slice(2) : modelAndFeatures();
const rows = [];
for (const name of files) {
  const { mutants } = await instrument(name);
  rows.push([mutants.length, name]);
}
rows.sort((a, b) => b[0] - a[0] || a[1].localeCompare(b[1]));
for (const [n, name] of rows) console.log(`${String(n).padStart(6)}  ${name}`);
console.log(`${String(rows.reduce((s, [n]) => s + n, 0)).padStart(6)}  total, ${rows.length} files`);
