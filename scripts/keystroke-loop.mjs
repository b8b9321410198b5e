// The keystroke loop of `npm run bench index` (issue #13) on a compiled build, for the scripts that
// measure it apart (keystroke-ab.mjs, promoted.mjs): the 1 MB generated treaty opened in a workspace
// index, `的` typed at its middle and deleted again, each keystroke sent as the server gets it (the
// document in pieces, the edit with it). `out`: the compiled tree (`npx tsc -p . --outDir OUT`).
// `workspace`: 300 generated treaties beside it and 50 citations of them in its preamble, as the bench has.
import { createRequire } from 'module';
import * as path from 'path';

const require = createRequire(import.meta.url);
export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

/**
 * `{ typing, model, define }`: a keystroke; a keystroke and its model; a keystroke and a first
 * definition, asked in turn on `spread` references of the kinds `refs` spread over the document.
 */
export function keystrokeLoop(out, { workspace = false, refs: kinds = ['article'], spread = 50 } = {}) {
  const r = (p) => require(path.resolve(ROOT, out, p));
  const { WorkspaceIndex } = r('server/src/index/workspace.js');
  const { contextOf } = r('server/src/features/context.js');
  const { definition } = r('server/src/features/definition.js');
  const { referencesOf } = r('server/src/model/references.js');
  const { PieceText } = r('server/src/syntax/text.js');
  const { generatedTitle, generatedWorkspace, largeTreaty } = r('bench/generate.js');
  const index = new WorkspaceIndex();
  let big = largeTreaty(ROOT, 1000, 1024 * 1024);
  if (workspace) {
    for (const f of generatedWorkspace(ROOT, 300, 10 * 1024)) index.set(`file:///ws/${f.name}`, f.text, 0);
    const cites = Array.from({ length: 50 }, (_, k) => `《${generatedTitle(k * 97)}》第${(k % 5) + 1}条`).join('和');
    big = big.replace('达成协议如下：', `并依照${cites}，达成协议如下：`);
  }
  const uri = 'file:///ws/large.md';
  let snapshot = index.set(uri, big, 1, 'markdown');
  const refs = referencesOf(index.model(snapshot)).filter((x) => kinds.includes(x.kind));
  const sample = Array.from({ length: spread }, (_, k) => refs[(k * 7919) % refs.length]);
  const at = big.length >> 1;
  let pieces = PieceText.of(big);
  let version = 2;
  let k = 0;
  const typing = () => {
    const edit = version % 2 ? { start: at, end: at, text: '的' } : { start: at, end: at + 1, text: '' };
    pieces = pieces.edit(edit.start, edit.end, edit.text);
    snapshot = index.update(uri, pieces, [edit], version++, 'markdown');
  };
  return {
    typing,
    model: () => { typing(); void index.model(snapshot); },
    define: () => { typing(); definition(contextOf(index, snapshot), sample[k++ % sample.length].start + 1); },
  };
}
