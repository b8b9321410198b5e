// Keystroke → first go-to-definition on the 1 MB generated treaty (the loop of `npm run bench index`,
// issue #13), for several builds in the same run, in alternation: on a loaded machine only figures
// taken side by side compare. Usage (after `npx tsc -p . --outDir DIR` for each build):
//   node --expose-gc --max-semi-space-size=32 scripts/keystroke-ab.mjs out-main out [--rounds 5] [--n 200]
// Prints per build and round p50/p99 of keystroke → first definition and of keystroke → model rebuilt,
// then the medians over the rounds.
import { keystrokeLoop } from './keystroke-loop.mjs';
const args = process.argv.slice(2);
const opt = (name, def) => { const i = args.indexOf(name); if (i < 0) return def; const v = args[i + 1]; args.splice(i, 2); return Number(v); };
const rounds = opt('--rounds', 5);
const n = opt('--n', 200);
const outs = args.length ? args : ['out'];

function pct(xs, p) { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]; }
function med(xs) { return pct(xs, 50); }

const setup = (out) => keystrokeLoop(out, { workspace: true, refs: ['article', 'citation'] });

function time(runs, warm, f) {
  for (let i = 0; i < warm; i++) f();
  const out = [];
  for (let i = 0; i < runs; i++) { const t0 = performance.now(); f(); out.push(performance.now() - t0); }
  return out;
}

const benches = outs.map((o) => ({ out: o, b: setup(o), rows: [] }));
for (let r = 0; r < rounds; r++) {
  for (const x of benches) {
    globalThis.gc?.();
    const d = time(n, 20, x.b.define);
    const m = time(n >> 1, 10, x.b.model);
    const row = { p50: pct(d, 50), p99: pct(d, 99), m50: pct(m, 50), m99: pct(m, 99) };
    x.rows.push(row);
    console.log(`round ${r + 1} ${x.out.padEnd(10)} first definition p50 ${row.p50.toFixed(2)} p99 ${row.p99.toFixed(2)} ms; model rebuilt p50 ${row.m50.toFixed(2)} p99 ${row.m99.toFixed(2)} ms`);
  }
}
console.log(`medians over ${rounds} rounds (n = ${n} keystrokes each):`);
const base = benches[0];
for (const x of benches) {
  const f = (key) => med(x.rows.map((q) => q[key]));
  const ratio = x === base ? '' : `  (×${(f('p50') / med(base.rows.map((q) => q.p50))).toFixed(2)} p50, ×${(f('p99') / med(base.rows.map((q) => q.p99))).toFixed(2)} p99 of ${base.out})`;
  console.log(`  ${x.out.padEnd(10)} first definition p50 ${f('p50').toFixed(2)} p99 ${f('p99').toFixed(2)} ms; model rebuilt p50 ${f('m50').toFixed(2)} p99 ${f('m99').toFixed(2)} ms${ratio}`);
}
