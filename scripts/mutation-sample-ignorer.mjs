// A Stryker ignorer for scripts/mutation-sample.mjs: under `--mutate file:L:C-L:C` Stryker also
// makes every mutant nested in the range (a sampled `{}` of a function body brings all of the
// function's mutants). This ignorer, given the sample (MUTATION_SAMPLE=reports/mutation/NAME.sample.json),
// ignores every node that holds no sampled mutant's place, so that only the sampled places are
// tested. The other mutants made on exactly a sampled place (`true` beside a sampled `false`, the
// other variants of a sampled regular expression) are ignored too: the instrumenter's collector
// is wrapped so that a mutant whose place, mutator and replacement are not sampled is ignored.
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { declareValuePlugin, PluginKind } from '@stryker-mutator/api/plugin';

const sample = process.env.MUTATION_SAMPLE ? JSON.parse(fs.readFileSync(process.env.MUTATION_SAMPLE, 'utf8')) : { mutants: [] };
// Sampled places by file (babel's locations: lines 1-based, columns 0-based).
const places = new Map();
for (const m of sample.mutants) {
  const list = places.get(m.file) ?? [];
  list.push({ start: { line: m.start.line, column: m.start.column - 1 }, end: { line: m.end.line, column: m.end.column - 1 } });
  places.set(m.file, list);
}
const rel = (file) => file.replace(/\\/g, '/').replace(/^.*?(server\/src\/)/, '$1');
const sampled = new Set(sample.mutants.map((m) => `${m.file} ${m.start.line}:${m.start.column - 1}-${m.end.line}:${m.end.column - 1} ${m.mutatorName} ${m.replacement}`));

// The collector Stryker's instrumenter uses (the same module: same file in node_modules).
const instrumenter = path.dirname(createRequire(import.meta.url).resolve('@stryker-mutator/instrumenter'));
const { MutantCollector } = await import(pathToFileURL(path.join(instrumenter, 'transformers', 'mutant-collector.js')).href);
if (process.env.MUTATION_SAMPLE && !MutantCollector.prototype.collect.sampled) {
  const collect = MutantCollector.prototype.collect;
  MutantCollector.prototype.collect = function (fileName, original, mutable, offset) {
    const mutant = collect.call(this, fileName, original, mutable, offset);
    const { start, end } = original.loc; // babel: lines 1-based, columns 0-based
    const k = `${rel(fileName)} ${start.line}:${start.column}-${end.line}:${end.column} ${mutant.mutatorName} ${mutant.replacementCode}`;
    if (!mutant.ignoreReason && !sampled.has(k)) mutant.ignoreReason = 'not in the sample';
    return mutant;
  };
  MutantCollector.prototype.collect.sampled = true;
}

const before = (a, b) => a.line < b.line || (a.line === b.line && a.column <= b.column);
const holds = (outer, inner) => before(outer.start, inner.start) && before(inner.end, outer.end);

export const strykerPlugins = [
  declareValuePlugin(PluginKind.Ignore, 'sample', {
    shouldIgnore(path) {
      const loc = path.node.loc;
      const file = path.hub?.file?.opts?.filename;
      if (!loc || !file) return undefined;
      const list = places.get(rel(file));
      if (!list) return undefined; // a file with no sampled mutant is not mutated at all
      return list.some((p) => holds(loc, p)) ? undefined : 'not in the sample';
    },
  }),
];
