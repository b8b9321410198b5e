// A constitution's amendments (宪法修正案) as their drafters write them: each clause, under the amendment's own
// 第X条, names the constitution's unit after its name — the preamble's 自然段 (counted after the heading 序言), an
// article, a paragraph, the items after the words that lead into them, a chapter's 章名 — quotes the old words
// before the new ones, and may then state the unit whole (这一自然段相应修改为：“…”), which is what is applied once
// the words changed before are found in the base and in it. Each case: the base, the amendment, the problems and
// the consolidated text, written by reading them. The real amendments: test/unit/consolidateConstitutionReal.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { consolidate } from '../../server/src/features/consolidate';

const BASE = [
  '# 示例宪法', '## 序言', '第一段文字。', '第二段：在甲指引下，坚持乙，实现丙。',
  '## 第一章 总纲',
  '第一条 国家实行甲制度。', '国家保障乙。',
  '第二条 国家行使下列职权：', '（一）制定法律；', '（二）监督实施；', '（三）其他职权。',
  '第三条 国家保护财产。', '国家保护继承权。',
  '## 第二章 国旗、首都',
  '第四条 国旗是红旗。',
].join('\n\n') + '\n';

/** The base with lines replaced: [old line, new line(s)]. */
function edited(...pairs: [string, string][]): string {
  let t = BASE;
  for (const [a, b] of pairs) {
    assert.ok(t.includes(a), a);
    t = t.replace(a, b);
  }
  return t;
}

/** [what, amendment, problems (code: words of the message), the consolidated text]. */
const CASES: [string, string, string[], string][] = [
  ['the preamble\'s 自然段 counted after its heading 序言; words changed in it, then the paragraph stated whole: the whole applied',
    '第一条 宪法序言第二自然段中“在甲指引下”修改为“在甲、乙指引下”；在“实现丙”前增写“贯彻丁”。这一自然段相应修改为：“第二段：在甲、乙指引下，坚持乙，贯彻丁，实现丙。”\n',
    [], edited(['第二段：在甲指引下，坚持乙，实现丙。', '第二段：在甲、乙指引下，坚持乙，贯彻丁，实现丙。'])],
  ['new words the paragraph stated whole does not hold: neither applied, the clause reported',
    '第一条 宪法序言第二自然段中“在甲指引下”修改为“在甲、乙指引下”。这一自然段相应修改为：“第二段：在甲指引下，坚持乙，实现丙。”\n',
    ['amend.conflict:在甲、乙指引下'], BASE],
  ['old words the base does not hold: the paragraph stated whole not applied',
    '第一条 宪法序言第二自然段中“在戊指引下”修改为“在甲、乙指引下”。这一自然段相应地修改为：“第二段：在甲、乙指引下，坚持乙，实现丙。”\n',
    ['amend.text-not-found:在戊指引下'], BASE],
  ['words put at the end of a paragraph of the preamble (末尾增加)',
    '第一条 宪法序言第一自然段末尾增加：“补充一句。”\n',
    [], edited(['第一段文字。', '第一段文字。补充一句。'])],
  ['a paragraph of the preamble quoted whole before 修改为, after a colon',
    '第一条 宪法序言第二自然段：“第二段：在甲指引下，坚持乙，实现丙。”修改为：“第二段：坚持乙。”\n',
    [], edited(['第二段：在甲指引下，坚持乙，实现丙。', '第二段：坚持乙。'])],
  ['an article quoted whole before 修改为, paragraph by paragraph: the article replaced',
    '第一条 宪法第三条：“国家保护财产。”“国家保护继承权。”修改为：“国家保护合法财产。”“国家保护继承权。”“国家依法征收。”\n',
    [], edited(['国家保护财产。', '国家保护合法财产。'], ['国家保护继承权。', '国家保护继承权。\n\n国家依法征收。'])],
  ['an article quoted otherwise than the base writes it: not replaced',
    '第一条 宪法第三条：“国家保护财产。”“国家保护债权。”修改为：“国家保护合法财产。”\n',
    ['amend.text-not-found:与这一修改引用的原文不同'], BASE],
  ['a paragraph quoted whole without a colon (宪法第一条第一款“…”修改为：“…”)',
    '第一条 宪法第一条第一款“国家实行甲制度。”修改为：“国家实行甲、乙制度。”\n',
    [], edited(['国家实行甲制度。', '国家实行甲、乙制度。'])],
  ['a sentence added after words (后增写一句，内容为)',
    '第一条 宪法第一条第一款“国家实行甲制度。”后增写一句，内容为：“甲制度长期坚持。”\n',
    [], edited(['国家实行甲制度。', '国家实行甲制度。甲制度长期坚持。'])],
  ['words of a paragraph replaced, then the paragraph stated whole (这一款相应修改为)',
    '第一条 宪法第一条第二款中“保障乙”修改为“保障乙和丙”。这一款相应修改为：“国家保障乙和丙。”\n',
    [], edited(['国家保障乙。', '国家保障乙和丙。'])],
  ['a paragraph added (增加一款，作为第二款，规定), the one it displaces said to move (第二款相应地改为第三款)',
    '第一条 宪法第三条增加一款，作为第二款，规定：“国家依法征收。”第二款相应地改为第三款。\n',
    [], edited(['国家保护财产。', '国家保护财产。\n\n国家依法征收。'])],
  ['a provision added to an article (增加规定): a paragraph after its last',
    '第一条 宪法第四条增加规定：“国旗的式样由法律规定。”\n',
    [], edited(['国旗是红旗。', '国旗是红旗。\n\n国旗的式样由法律规定。'])],
  ['the items after the words that lead into them: one replaced, one added, the next renumbered, the added one taking the semicolon of its neighbours',
    '第一条 宪法第二条“国家行使下列职权”中第二项“（二）监督实施”修改为“（二）监督宪法实施”；增加一项，作为第三项“（三）选举主任”，第三项相应改为第四项。\n',
    [], edited(['（二）监督实施；', '（二）监督宪法实施；'], ['（三）其他职权。', '（三）选举主任；\n\n（四）其他职权。'])],
  ['the words leading into the items not in the base: the item not added',
    '第一条 宪法第二条“国家行使下列权力”中增加一项，作为第三项“（三）选举主任”，第三项相应改为第四项。\n',
    ['amend.text-not-found:国家行使下列权力'], BASE],
  ['an item named after words describing them (宪法第二条国家职权第一项“…”修改为“…”)',
    '第一条 宪法第二条国家职权第一项“（一）制定法律”修改为“（一）制定和修改法律”。\n',
    [], edited(['（一）制定法律；', '（一）制定和修改法律；'])],
  ['a chapter\'s name (第二章章名“…”修改为“…”): its number kept as written',
    '第一条 宪法第二章章名“国旗、首都”修改为“国旗、国歌、首都”。\n',
    [], edited(['## 第二章 国旗、首都', '## 第二章 国旗、国歌、首都'])],
];

for (const [what, amendment, problems, expected] of CASES) {
  test(`constitution: ${what}`, () => {
    const r = consolidate(BASE, amendment);
    assert.deepEqual(r.problems.map((p) => p.code), problems.map((p) => p.split(':')[0]), r.problems.map((p) => p.message).join('\n'));
    problems.forEach((p, i) => assert.ok(r.problems[i].message.includes(p.split(':')[1]), r.problems[i].message));
    assert.equal(r.text, expected);
  });
}

test('constitution: words put after words the unit already has after them are not put again (an amendment applied twice)', () => {
  const once = consolidate(BASE, '第一条 宪法第一条第一款“国家实行甲制度。”后增写一句，内容为：“甲制度长期坚持。”\n');
  assert.deepEqual(once.problems, []);
  const twice = consolidate(once.text, '第一条 宪法第一条第一款“国家实行甲制度。”后增写一句，内容为：“甲制度长期坚持。”\n');
  assert.deepEqual(twice.problems.map((p) => p.code), ['amend.conflict']);
  assert.equal(twice.text, once.text);
  const item = consolidate(BASE, '第一条 宪法第二条“国家行使下列职权”中增加一项，作为第三项“（三）其他职权”。\n');
  assert.deepEqual(item.problems.map((p) => p.code), ['amend.conflict']);
  assert.equal(item.text, BASE);
});
