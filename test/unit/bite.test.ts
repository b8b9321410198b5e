// Whole-result tests for answers whose details a count or a substring would not catch:
// the range a hover covers, the kind of each highlight, the range filter of inlay hints,
// and the bound on models of closed documents. Each failed under a mutation that left the
// rest of the suite green.
import { test } from 'node:test';
import { contextOf } from '../../server/src/features/context';
import assert from 'node:assert/strict';
import { DocumentHighlightKind } from 'vscode-languageserver-types';
import { hover } from '../../server/src/features/hover';
import { documentHighlights } from '../../server/src/features/references';
import { inlayHints } from '../../server/src/features/inlayHints';
import { WorkspaceIndex } from '../../server/src/index/workspace';
import { workspace } from '../support/workspace';

test('hover: the range is exactly the reference under the cursor', () => {
  const ws = workspace('# 甲乙协定\n\n## 第一条\n\n双方合作。\n\n## 第二条\n\n依照⟦本协定第一‸条⟧。\n');
  const h = hover(contextOf(ws.index, ws.snapshot()), ws.offset);
  assert.ok(h, 'a hover');
  assert.deepEqual(h.range, ws.location(ws.fx.main).range);
});

test('highlights: the definition is written, every use is read, each at its own range', () => {
  const ws = workspace('# 甲乙协定\n\n中国和甲国（以下简称“⟦双方⟧”）达成协议如下：\n\n## 第一条\n\n⟦双‸方⟧合作。\n\n## 第二条\n\n⟦双方⟧交流。\n');
  const got = documentHighlights(contextOf(ws.index, ws.snapshot()), ws.offset)
    .sort((a, b) => a.range.start.line - b.range.start.line)
    .map((h) => ({ range: h.range, kind: h.kind }));
  const kinds = [DocumentHighlightKind.Write, DocumentHighlightKind.Read, DocumentHighlightKind.Read];
  assert.deepEqual(got, ws.fx.main.marks.map((_, i) => ({ range: ws.location(ws.fx.main, i).range, kind: kinds[i] })));
});

test('inlay hints: only the relative references inside the range asked for', () => {
  const ws = workspace('# 甲乙协定\n\n## 第一条\n\n一、双方合作。\n\n二、前款所述。\n\n## 第二条\n\n本条所称。\n\n## 第三条\n\n前条所述。\n');
  const lines = ws.fx.main.text.split('\n');
  const all = inlayHints(contextOf(ws.index, ws.snapshot()), { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } });
  assert.deepEqual(all.map((h) => [h.position.line, h.label]), [[6, '第一条第一款'], [10, '第二条'], [14, '第二条']]);
  const middle = inlayHints(contextOf(ws.index, ws.snapshot()), { start: { line: 9, character: 0 }, end: { line: 11, character: 0 } });
  assert.deepEqual(middle.map((h) => [h.position.line, h.label]), [[10, '第二条']]);
});

test('index: at most 64 models of closed documents stay alive, the least recently used goes first', () => {
  const index = new WorkspaceIndex();
  const uris = Array.from({ length: 70 }, (_, i) => `file:///ws/${i}.md`);
  for (const uri of uris) index.set(uri, `# 协定${uri}\n\n## 第一条\n\n甲。\n`, 0);
  for (const uri of uris) index.model(index.get(uri)!);
  const alive = uris.filter((uri) => index.get(uri)!.hasModel);
  assert.deepEqual(alive, uris.slice(6));
  index.model(index.get(uris[6])!); // used again: now the most recent
  index.model(index.get(uris[0])!); // rebuilt: evicts the least recent, uris[7]
  assert.equal(index.get(uris[6])!.hasModel, true);
  assert.equal(index.get(uris[7])!.hasModel, false);
});
