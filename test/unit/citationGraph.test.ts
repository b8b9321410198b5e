// The index's citation graph: who cites whom, kept by difference as documents change,
// and the documents whose diagnostics a change may affect.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WorkspaceIndex } from '../../server/src/index/workspace';

const A = 'file:///ws/a.md';
const B = 'file:///ws/b.md';
const C = 'file:///ws/c.md';
const treaty = (title: string, body: string) => `# ${title}\n\n${body}\n\n## 第一条\n\n甲。\n`;
const uris = (list: { uri: string }[] | 'all') => (list === 'all' ? 'all' : list.map((s) => s.uri));

test('citation graph: citing and dependents follow each change, in both directions', () => {
  const index = new WorkspaceIndex();
  index.set(A, treaty('甲条约', '双方同意。'), 1, 'markdown');
  index.set(B, treaty('乙协定', '根据《甲条约》，双方同意。'), 1, 'markdown');
  index.set(C, treaty('丙协定', '根据《甲条约》和《乙协定》，双方同意。'), 1);
  assert.deepEqual(uris(index.citing('甲条约')), [B, C]);
  assert.deepEqual(uris(index.dependentsOf(A)), [B, C]);
  assert.deepEqual(uris(index.dependentsOf(B)), [C]);
  assert.deepEqual(uris(index.dependentsOf(C)), []);

  // B stops citing 甲条约 and cites 丙协定 instead.
  index.set(B, treaty('乙协定', '根据《丙协定》，双方同意。'), 2, 'markdown');
  assert.deepEqual(uris(index.dependentsOf(A)), [C]);
  assert.deepEqual(uris(index.dependentsOf(C)), [B]);

  // C deleted: nothing cites 乙协定 any more.
  index.delete(C);
  assert.deepEqual(uris(index.dependentsOf(B)), []);
  assert.deepEqual(uris(index.citing('甲条约')), []);
});

test('citation graph: a document citing its own title is not its own dependent', () => {
  const index = new WorkspaceIndex();
  index.set(A, treaty('甲条约', '本条约即《甲条约》。'), 1, 'markdown');
  assert.deepEqual(uris(index.citing('甲条约')), [A]);
  assert.deepEqual(uris(index.dependentsOf(A)), []);
});

test('affected by a change: the citing documents; every document when the title changed', () => {
  const index = new WorkspaceIndex();
  index.set(A, treaty('甲条约', '双方同意。'), 1, 'markdown');
  index.set(B, treaty('乙协定', '根据《甲条约》，双方同意。'), 1, 'markdown');
  index.set(C, treaty('丙协定', '双方同意。'), 1, 'markdown');
  let before = index.get(A)!.titleKey;
  index.set(A, treaty('甲条约', '双方同意，并且。'), 2, 'markdown');
  assert.deepEqual(uris(index.affectedBy(A, before)), [B]);
  before = index.get(A)!.titleKey;
  index.set(A, treaty('丁条约', '双方同意。'), 3, 'markdown');
  assert.equal(index.affectedBy(A, before), 'all');
  // Closing an open document restores its disk version (none here: it goes), and its citers are affected.
  before = index.get(C)!.titleKey;
  index.close(C);
  assert.equal(index.affectedBy(C, before), 'all');
});

test('a keystroke does not build the changed document’s model to answer who depends on it', () => {
  const index = new WorkspaceIndex();
  index.set(B, treaty('乙协定', '根据《甲条约》，双方同意。'), 1, 'markdown');
  index.set(A, treaty('甲条约', '双方同意。'), 1, 'markdown');
  assert.deepEqual(uris(index.dependentsOf(A)), [B]);
  // A long document (its title is read from its head, not from a model).
  const long = treaty('甲条约', '双方同意了。') + Array.from({ length: 400 }, (_, i) => `\n## 第${i + 2}条\n\n双方合作，共同发展。\n`).join('');
  const s = index.set(A, long, 2, 'markdown');
  assert.deepEqual(uris(index.affectedBy(A, s.titleKey)), [B]);
  assert.equal(s.hasModel, false);
});

test('affected by a change: the counterparts too, by file name and as declared', () => {
  const index = new WorkspaceIndex();
  const ZH = `file:///ws/${encodeURI('协定.md')}`;
  const RU = `file:///ws/${encodeURI('协定.ru.md')}`;
  const OTHER_RU = `file:///ws/other/${encodeURI('协定.ru.md')}`;
  const NOTE = 'file:///ws/note.md';
  const NOTE_RU = 'file:///ws/nota.md';
  const ru = (body: string) => `# Соглашение между Российской Федерацией и Китайской Народной Республикой\n\n## Статья 1\n\n${body}\n`;
  index.set(ZH, treaty('中华人民共和国和俄罗斯联邦协定', '双方同意。'), 1, 'markdown');
  index.set(RU, ru('Стороны согласились.'), 1, 'markdown');
  index.set(OTHER_RU, ru('Стороны согласились.'), 1, 'markdown');
  index.set(B, treaty('乙协定', '根据《中华人民共和国和俄罗斯联邦协定》，双方同意。'), 1, 'markdown');
  index.set(NOTE, treaty('丙协定', '双方同意。'), 1, 'markdown');
  index.set(NOTE_RU, ru('Стороны договорились.'), 1, 'markdown');

  // The Russian text edited: the Chinese text, beside it in the same folder, is checked against it.
  let before = index.get(RU)!.titleKey;
  index.set(RU, ru('Стороны согласились о сотрудничестве.'), 2, 'markdown');
  assert.deepEqual(uris(index.affectedBy(RU, before)), [ZH]);
  // The Chinese text edited: the document citing it, then its Russian text (not the one in another folder).
  before = index.get(ZH)!.titleKey;
  index.set(ZH, treaty('中华人民共和国和俄罗斯联邦协定', '双方同意合作。'), 2, 'markdown');
  assert.deepEqual(uris(index.affectedBy(ZH, before)), [B, RU]);

  // Names that do not pair: nothing, until `.treatyrc.json` declares them.
  before = index.get(NOTE_RU)!.titleKey;
  index.set(NOTE_RU, ru('Стороны договорились о сотрудничестве.'), 2, 'markdown');
  assert.deepEqual(uris(index.affectedBy(NOTE_RU, before)), []);
  index.setCounterparts([[NOTE, NOTE_RU]]);
  assert.deepEqual(uris(index.affectedBy(NOTE_RU, before)), [NOTE]);
  assert.deepEqual(uris(index.affectedBy(NOTE, index.get(NOTE)!.titleKey)), [NOTE_RU]);
});

test('affected by a change: a markdown note that is no treaty affects nothing, until it becomes one', () => {
  const index = new WorkspaceIndex();
  index.set(A, treaty('甲条约', '双方同意。'), 1, 'markdown');
  index.set(B, '# 会议记录\n\n今天讨论了日程。\n', 1, 'markdown');
  let before = index.citedAs(B);
  index.set(B, '# 会议记录\n\n今天讨论了日程，很好。\n', 2, 'markdown');
  assert.deepEqual(uris(index.affectedBy(B, before)), []);
  // An article makes it a treaty, citable as 会议记录: every citation may now find it.
  before = index.citedAs(B);
  index.set(B, '# 会议记录\n\n## 第一条\n\n今天讨论了日程。\n', 3, 'markdown');
  assert.equal(index.affectedBy(B, before), 'all');
});
