// Defects found in review: each test failed before its fix.
import { test } from 'node:test';
import { contextOf, textContext } from '../../server/src/features/context';
import assert from 'node:assert/strict';
import { Range, SelectionRange, TextEdit } from 'vscode-languageserver-types';
import { WorkspaceIndex } from '../../server/src/index/workspace';
import { buildTreaty } from '../../server/src/model/treaty';
import { selectionRanges } from '../../server/src/features/selectionRanges';
import { completion } from '../../server/src/features/completion';
import { LineMap } from '../../server/src/syntax/positions';
import { seeds } from '../support/fixture';

const SEEDS = seeds();
const SEED = SEEDS.get('002')!;
const SEED_URI = 'file:///ws/002.md';

test('index: closing a file that is on disk goes back to its disk version (citations still resolve)', () => {
  const index = new WorkspaceIndex();
  index.set(SEED_URI, SEED.text, 0); // the start-up scan
  const title = index.get(SEED_URI)!.titleKey!;
  index.set(SEED_URI, SEED.text, 1, 'markdown'); // opened in the editor
  index.close(SEED_URI);
  const s = index.get(SEED_URI);
  assert.ok(s, 'the file is still in the index');
  assert.equal(s.open, false);
  assert.deepEqual(index.withTitle(title).map((x) => x.uri), [SEED_URI]);
});

test('index: closing a file edited but not saved goes back to the text on disk', () => {
  const index = new WorkspaceIndex();
  index.set(SEED_URI, SEED.text, 0);
  index.set(SEED_URI, SEED.text, 1, 'markdown');
  index.set(SEED_URI, '# 另一个协定\n\n## 第一条\n\n甲。\n', 2, 'markdown');
  index.close(SEED_URI);
  assert.equal(index.get(SEED_URI)?.text, SEED.text);
});

test('index: a file deleted on disk while open keeps the editor text until closed', () => {
  const index = new WorkspaceIndex();
  index.set(SEED_URI, SEED.text, 0);
  index.set(SEED_URI, SEED.text, 1, 'markdown');
  index.delete(SEED_URI);
  assert.equal(index.get(SEED_URI)?.open, true, 'still served while open');
  index.close(SEED_URI);
  assert.equal(index.get(SEED_URI), undefined, 'gone once closed');
  assert.equal(index.withTitle(buildTreaty(SEED.text).title!.normalized).length, 0);
});

test('index: a new file (not on disk) deleted while open stays served', () => {
  const index = new WorkspaceIndex();
  index.set('file:///ws/new.md', '# 测试协议\n\n## 第一条\n\n甲。\n', 1, 'markdown');
  index.delete('file:///ws/new.md');
  assert.equal(index.get('file:///ws/new.md')?.open, true);
});

const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
const contains = (outer: Range, inner: Range) => before(outer.start, inner.start) && before(inner.end, outer.end);

test('selection ranges: the first contains the cursor and every parent contains its child (VS Code rejects the answer otherwise)', () => {
  for (const seed of SEEDS.values()) {
    const treaty = buildTreaty(seed.text);
    const map = new LineMap(treaty.tree.lines);
    const lines = seed.text.split(/\r\n|\r|\n/);
    const positions = lines.flatMap((l, line) => [{ line, character: 0 }, { line, character: l.length }]);
    const ranges = selectionRanges(textContext(treaty.text), positions.map((p) => map.offsetAt(p)));
    ranges.forEach((r: SelectionRange | undefined, i) => {
      const p = positions[i];
      assert.ok(contains(r!.range, { start: p, end: p }), `${seed.name} ${JSON.stringify(p)}: ${JSON.stringify(r!.range)}`);
      for (; r!.parent; r = r!.parent) assert.ok(contains(r!.parent.range, r!.range), `${seed.name} ${JSON.stringify(p)}: parent ${JSON.stringify(r!.parent.range)} of ${JSON.stringify(r!.range)}`);
    });
  }
});

test('completion on the empty last line of a document ending with a line break edits that line', () => {
  const text = '# 测试协议\n\n## 第一条\n\n双方开展合作。\n';
  const index = new WorkspaceIndex();
  index.set('file:///ws/a.md', text, 1, 'markdown');
  const s = index.get('file:///ws/a.md')!;
  const last = text.split('\n').length - 1;
  const { items } = completion(contextOf(index, s), { line: last, character: 0 });
  assert.ok(items.length > 0);
  for (const it of items) {
    const r = (it.textEdit as TextEdit).range;
    assert.deepEqual([r.start, r.end], [{ line: last, character: 0 }, { line: last, character: 0 }], it.label);
  }
});

test('completion after 《 reads titles from the closed files\' infos, not by parsing every file', () => {
  const index = new WorkspaceIndex();
  for (const seed of SEEDS.values()) index.set(`file:///ws/${seed.name}`, seed.text, 0);
  index.set('file:///ws/a.md', '# 测试协议\n\n根据《\n', 1, 'markdown');
  const { items } = completion(contextOf(index, index.get('file:///ws/a.md')!), { line: 2, character: 3 });
  assert.ok(items.some((i) => i.label === '《中华人民共和国和哈萨克斯坦共和国睦邻友好合作条约》'));
  assert.ok(items.some((i) => i.label === '2002年12月23日《中华人民共和国和哈萨克斯坦共和国睦邻友好合作条约》'));
  for (const seed of SEEDS.values()) assert.equal(index.get(`file:///ws/${seed.name}`)!.hasModel, false, seed.name);
});

test('completion after 《title》第 finds the instrument by its title without parsing every file', () => {
  const index = new WorkspaceIndex();
  for (const seed of SEEDS.values()) index.set(`file:///ws/${seed.name}`, seed.text, 0);
  const line = '依照《中华人民共和国和哈萨克斯坦共和国睦邻友好合作条约》第';
  index.set('file:///ws/a.md', `# 测试协议\n\n${line}\n`, 1, 'markdown');
  const { items } = completion(contextOf(index, index.get('file:///ws/a.md')!), { line: 2, character: line.length });
  assert.equal(items.length, 19);
  const parsed = [...SEEDS.values()].filter((seed) => index.get(`file:///ws/${seed.name}`)!.hasModel).map((seed) => seed.name);
  assert.deepEqual(parsed, [SEED_NAME_002()]);
});

function SEED_NAME_002(): string {
  return SEED.name;
}
