// What a keystroke leaves in V8's old space (promoted by scavenges): old-space growth over many
// keystrokes, per keystroke, for typing alone, typing + model, typing + model + references + definition.
// Usage: node --expose-gc --max-semi-space-size=32 scripts/promoted.mjs OUT
import * as v8 from 'v8';
import { keystrokeLoop } from './keystroke-loop.mjs';
const out = process.argv[2] ?? 'out';
const { typing, model, define } = keystrokeLoop(out, { spread: 1 });
const old = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'old_space').space_used_size;
const loops = { typing, model, definition: define };
for (const [name, f] of Object.entries(loops)) {
  for (let i = 0; i < 50; i++) f();
  globalThis.gc();
  const o0 = old();
  const N = 400;
  const t0 = performance.now();
  for (let i = 0; i < N; i++) f();
  const t = performance.now() - t0;
  const grown = old() - o0;
  globalThis.gc();
  console.log(`${out} ${name.padEnd(10)} old space +${(grown / N / 1024).toFixed(0)} KB per keystroke (${N} keystrokes, ${(t / N).toFixed(2)} ms each)`);
}
