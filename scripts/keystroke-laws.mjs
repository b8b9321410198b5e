// Keystrokes in a law opened in a workspace of laws (issue #13: a request after each keystroke answers in time
// in any workspace, not only in the bench's of generated treaties): every file of FOLDER read into one index, as
// the scan reads them; the largest file whose name starts with NAME opened and `的` typed at its middle and deleted
// again, each keystroke sent as the server gets it (the document in pieces, the edit with it); after each, a first
// go-to-definition on one of its references, then its diagnostics. Then laws of 20,000–60,000 characters opened in
// turn, each until its diagnostics, and closed. Laws cite laws by bare names (`刑法第二百四十六条`)
// that are looked up among every title of the workspace: what `npm run bench` (generated treaties, no bare names)
// does not measure. Several builds in the same run, in alternation (on a loaded machine only figures taken side by
// side compare). Not CI; a script of its own. Usage, after `npx tsc -p .` in each checkout:
//   node --expose-gc --max-semi-space-size=32 scripts/keystroke-laws.mjs FOLDER [NAME] [--n 100] [--rounds 3] [ROOT …]
// e.g. FOLDER = LawRefBook/Laws (github.com/LawRefBook/Laws), NAME = 最高人民法院关于适用《刑事诉讼法》的解释(2021
// (94,000 characters citing the criminal law and the criminal procedure law some 200 times); ROOT: checkouts whose
// out/ to load (default: this one).
import { createRequire } from 'module';
import * as fs from 'fs';
import * as path from 'path';

const require = createRequire(import.meta.url);
const HERE = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(name);
  if (i < 0) return def;
  const v = Number(args[i + 1]);
  args.splice(i, 2);
  return v;
};
const n = opt('--n', 100);
const rounds = opt('--rounds', 3);
const [folder, name = '', ...roots] = args;
if (!folder) {
  console.error('usage: keystroke-laws.mjs FOLDER [NAME] [--n 100] [--rounds 3] [ROOT …]');
  process.exit(2);
}

const files = [];
(function walk(d) {
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) walk(p);
    else if (p.endsWith('.md')) files.push(p);
  }
})(path.resolve(folder));
files.sort();
const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
const target = files.map((f, i) => [f, i]).filter(([f]) => path.basename(f).startsWith(name)).sort((a, b) => texts[b[1]].length - texts[a[1]].length)[0];
if (!target) {
  console.error(`no file of ${folder} starts with ${name}`);
  process.exit(2);
}
const uriOf = (f) => 'file://' + encodeURI(f);

function setup(root) {
  const r = (p) => require(path.join(root, 'out/server/src', p));
  const { WorkspaceIndex } = r('index/workspace.js');
  const { contextOf } = r('features/context.js');
  const { definition } = r('features/definition.js');
  const { diagnostics } = r('features/diagnostics.js');
  const { referencesOf } = r('model/references.js');
  const { PieceText } = r('syntax/text.js');
  const index = new WorkspaceIndex();
  files.forEach((f, i) => index.set(uriOf(f), texts[i], 0));
  const uri = uriOf(target[0]);
  let pieces = PieceText.of(texts[target[1]]);
  let snapshot = index.set(uri, pieces, 1, 'markdown');
  const refs = referencesOf(index.model(snapshot)).filter((x) => x.kind === 'article' || x.kind === 'citation');
  const at = pieces.length >> 1;
  let version = 2;
  let k = 0;
  const type = () => {
    const e = version % 2 ? { start: at, end: at, text: '的' } : { start: at, end: at + 1, text: '' };
    pieces = pieces.edit(e.start, e.end, e.text);
    snapshot = index.update(uri, pieces, [e], version++, 'markdown');
  };
  // Laws of 20,000 to 60,000 characters, opened in turn (and closed again): opening one in a workspace of thousands.
  const others = files.map((f, i) => i).filter((i) => i !== target[1] && texts[i].length > 20000 && texts[i].length < 60000);
  let o = 0;
  return {
    root,
    refs: refs.length,
    open() {
      const i = others[(o++ * 37) % others.length];
      const t0 = performance.now();
      const opened = index.set(uriOf(files[i]), texts[i], 1, 'markdown');
      diagnostics(contextOf(index, opened));
      const t1 = performance.now();
      index.close(uriOf(files[i]));
      return t1 - t0;
    },
    step() {
      const t0 = performance.now();
      type();
      const t1 = performance.now();
      definition(contextOf(index, snapshot), refs[k++ % refs.length].start + 1);
      const t2 = performance.now();
      diagnostics(contextOf(index, snapshot));
      return [t1 - t0, t2 - t1, performance.now() - t2];
    },
  };
}

const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const builds = (roots.length ? roots : [HERE]).map((r) => setup(path.resolve(r)));
console.log(`${files.length} files of ${folder}; ${path.basename(target[0])}: ${texts[target[1]].length} characters, ${builds[0].refs} references; ${n} keystrokes a round`);
for (let round = 0; round < rounds; round++) {
  for (const b of builds) {
    globalThis.gc?.();
    for (let i = 0; i < 10; i++) b.step();
    const rows = Array.from({ length: n }, () => b.step());
    const col = (j) => rows.map((r) => r[j]);
    const f = (xs) => `p50 ${pct(xs, 50).toFixed(2)} p99 ${pct(xs, 99).toFixed(2)}`;
    const opens = Array.from({ length: n }, () => b.open());
    console.log(`  round ${round + 1} ${b.root}: keystroke ${f(col(0))} | → first definition ${f(col(1))} | → diagnostics ${f(col(2))} | another law opened → its diagnostics ${f(opens)} ms`);
  }
}
