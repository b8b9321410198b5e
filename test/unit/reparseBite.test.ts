// Tests that bite for the reuse of a previous model in model/treaty.ts (reusedArticle, moveArticle,
// moveItems, reusedDefinitions; issue 12): fixed edits inside articles of one text, each model
// re-built from the previous one. What is expected: the model built from scratch, field for field
// (the contract written in buildTreaty's comment), and which articles are the previous model's own
// objects — those before the edited article and those after it (moved), read off the edit's place.
// The property tests of remodel.test.ts draw random edits; these are the same checks on chosen ones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Edit, reparse } from '../../server/src/syntax/reparse';
import { Treaty, buildTreaty } from '../../server/src/model/treaty';

const TEXT = `# 中华人民共和国和哈萨克斯坦共和国边境合作协定

中华人民共和国和哈萨克斯坦共和国（以下简称“双方”），

## 第一章　总则

## 第一条

双方设立联合委员会（以下简称“委员会”）。

## 第二条

一、委员会每年举行会议。

二、委员会的任务是：

（一）协调合作；

1. 制定计划；

2. 检查执行；

（二）交换信息。

## 第二章　附则

## 第三条

“边境地区”一语是指双方接壤的地区（以下简称“地区”）。

## 第四条

本协定自签字之日起生效。
`;

/** An edit that puts `text` in place of `del` characters after the first `after`. */
function at(text: string, after: string, insert: string, del = 0): Edit {
  const start = text.indexOf(after) + after.length;
  assert.ok(start >= after.length, after);
  return { start, end: start + del, text: insert };
}

/** The model re-built after `edit`, checked against a fresh model; the indexes of the articles that are the previous model's own objects. */
function rebuild(previous: Treaty, edit: (text: string) => Edit, readDefinitions = true): { model: Treaty; kept: number[] } {
  if (readDefinitions) void previous.definitions;
  const before = previous.articles.slice();
  const tree = reparse(previous.tree, [edit(previous.text)]);
  const model = buildTreaty(tree.text, tree, previous);
  assert.deepStrictEqual({ model, definitions: model.definitions }, { model: buildTreaty(tree.text), definitions: buildTreaty(tree.text).definitions });
  return { model, kept: model.articles.flatMap((a, i) => (before.includes(a) ? [i] : [])) };
}

const cases: [string, (text: string) => Edit, number[]][] = [
  ['a word typed into a paragraph of 第二条', (t) => at(t, '委员会每年', '至少'), [0, 2, 3]],
  ['a word deleted in a sub-item of 第二条', (t) => at(t, '1. ', '', 2), [0, 2, 3]],
  ['a paragraph added to 第二条', (t) => at(t, '（二）交换信息。', '\n\n三、委员会可以设立工作组。'), [0, 2, 3]],
  ['an item added to 第二条', (t) => at(t, '（二）交换信息。', '\n\n（三）处理其他事项。'), [0, 2, 3]],
  ['a definition typed into 第三条', (t) => at(t, '接壤的地区（以下简称“地区”）', '，双方设立工作组（以下简称“工作组”）'), [0, 1, 3]],
  ['a word typed into the last article', (t) => at(t, '本协定自签字', '并批准'), [0, 1, 2]],
  ['a word typed into the first article', (t) => at(t, '双方设立', '共同'), [1, 2, 3]],
  ['a definition deleted from 第一条', (t) => at(t, '联合委员会', '', 9), [1, 2, 3]],
];

for (const [name, edit, kept] of cases) {
  test(`remodel: ${name}`, () => {
    assert.deepEqual(rebuild(buildTreaty(TEXT), edit).kept, kept);
  });
}

test('remodel: definitions never read before the edit are read whole', () => {
  const { kept, model } = rebuild(buildTreaty(TEXT), (t) => at(t, '委员会每年', '至少'), false);
  assert.deepEqual(kept, [0, 2, 3]);
  assert.deepEqual(model.definitions.map((d) => d.term), ['双方', '委员会', '边境地区', '地区']);
});

test('remodel: two edits in a row, each model re-built from the last; an edit outside the articles reuses none', () => {
  const first = rebuild(buildTreaty(TEXT), (t) => at(t, '委员会每年', '至少'));
  const second = rebuild(first.model, (t) => at(t, '本协定自签字', '并批准'));
  assert.deepEqual(second.kept, [0, 1, 2]);
  const head = rebuild(second.model, (t) => at(t, '（以下简称“双方”）', '，经友好协商'));
  assert.deepEqual(head.kept, []);
});

// Sample G's treaty.ts:370 (listed as a speed path, branch g12feat): a text of People's Daily tags re-built from the previous
// model takes the previous tag lines before the edit (k++ walks them; no test reached it). The title is the BT tag's.
test('remodel: a tagged text (〖RQ〗 and 〖BT〗 lines) — the tags before the edited article are the previous ones, the title read from them', () => {
  const tagged = '〖RQ/日期〗19960706〖-RQ/日期〗\n〖BT/标题〗关于口岸的协定〖-BT/标题〗\n\n## 第一条\n\n双方合作。\n\n## 第二条\n\n双方交流。\n\n## 第三条\n\n本协定自签字之日起生效。\n';
  const { model, kept } = rebuild(buildTreaty(tagged), (t) => at(t, '双方交流', '信息'));
  assert.deepEqual(kept, [0, 2]);
  assert.deepEqual([model.title?.text, model.publicationDate], ['关于口岸的协定', '1996-07-06']);
});

// The parser tells a tree that holds no tag line (SyntaxTree.tagless), so that the model lists none without a pass over
// every line; a text whose title is a BT tag past its first 4,000 code units reads it only off that list.
test('tag lines: a BT tag past the head titles the text, fresh and after a keystroke; a text without one is told tagless', () => {
  const long = '双方愿意进一步加强两国之间的友好合作关系并为此进行了多次友好协商。\n\n'.repeat(130);
  const tagged = `${long}〖BT/标题〗关于口岸的协定〖-BT/标题〗\n\n## 第一条\n\n双方合作。\n\n## 第二条\n\n本协定自签字之日起生效。\n`;
  const fresh = buildTreaty(tagged);
  assert.ok(tagged.indexOf('〖') > 4000);
  assert.deepEqual([fresh.title?.text, fresh.tree.tagless], ['关于口岸的协定', undefined]);
  assert.equal(rebuild(fresh, (t) => at(t, '双方合作', '信息')).model.title?.text, '关于口岸的协定');
  const plain = buildTreaty(tagged.replace(/〖-?BT\/标题〗/g, ''));
  assert.equal(plain.tree.tagless, true);
  assert.equal(rebuild(plain, (t) => at(t, '双方合作', '信息')).model.tree.tagless, true);
});
