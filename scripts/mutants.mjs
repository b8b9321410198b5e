// The mutants StrykerJS makes of a source file, with its own instrumenter and no test run: shared
// by mutation-count.mjs (how many), mutation-sample.mjs (a sample of all) and
// mutation-inprocess.mjs (one file's, tested in one process).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Instrumenter } from '@stryker-mutator/instrumenter';

const quiet = () => false;
const logger = { trace() {}, debug() {}, info() {}, warn: console.warn, error: console.error, fatal: console.error, isTraceEnabled: quiet, isDebugEnabled: quiet, isInfoEnabled: quiet, isWarnEnabled: quiet, isErrorEnabled: quiet, isFatalEnabled: quiet };

/** The TypeScript files under `dir`. */
export function sources(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Every source file of server/src/model and server/src/features: what the score is over. */
export function modelAndFeatures() {
  return ['server/src/model', 'server/src/features'].flatMap(sources);
}

/** Stryker's instrumentation of one file: `{ files, mutants }` (`mutate`: true, or the spans to mutate). */
export function instrument(name, content = fs.readFileSync(name, 'utf8'), mutate = true) {
  return new Instrumenter(logger).instrument([{ name, mutate, content }], { plugins: null, excludedMutations: [], ignorers: [] });
}

/** mulberry32: a small seeded generator, uniform on [0, 1) (mutation-sample's draw, mutation-inprocess's --shuffle). */
export function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
