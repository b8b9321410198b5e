// What a keystroke leaves in V8's old space (promoted by scavenges): old-space growth over many
// keystrokes, per keystroke, for typing alone, typing + model, typing + model + references + definition.
// Usage: node --expose-gc --max-semi-space-size=32 scripts/promoted.mjs OUT
import { createRequire } from 'module';
import * as path from 'path';
import * as v8 from 'v8';
const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const out = process.argv[2] ?? 'out';
const r = (p) => require(path.resolve(ROOT, out, p));
const { WorkspaceIndex } = r('server/src/index/workspace.js');
const { contextOf } = r('server/src/features/context.js');
const { definition } = r('server/src/features/definition.js');
const { referencesOf } = r('server/src/model/references.js');
const { PieceText } = r('server/src/syntax/text.js');
const { largeTreaty } = r('bench/generate.js');
const index = new WorkspaceIndex();
const big = largeTreaty(ROOT, 1000, 1024 * 1024);
const uri = 'file:///ws/large.md';
let snapshot = index.set(uri, big, 1, 'markdown');
const refs = referencesOf(index.model(snapshot)).filter((x) => x.kind === 'article');
const at = big.length >> 1;
let pieces = PieceText.of(big);
let version = 2;
const typing = () => {
  const edit = version % 2 ? { start: at, end: at, text: '的' } : { start: at, end: at + 1, text: '' };
  pieces = pieces.edit(edit.start, edit.end, edit.text);
  snapshot = index.update(uri, pieces, [edit], version++, 'markdown');
};
const old = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'old_space').space_used_size;
const loops = {
  typing,
  model: () => { typing(); void index.model(snapshot); },
  definition: () => { typing(); definition(contextOf(index, snapshot), refs[0].start + 1); },
};
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
