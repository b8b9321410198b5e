// A list brought in by a lead ending with a colon, its members one a line with no mark at all (the China–Poland visa
// agreement of 1988 as law-lib.com gives it, test/fixtures/real/agreement_cn_pl_visa_1988_lawlib.md: `(1)…如持有下列一种有效证件，
// 可以享受本协定第一条的规定：` / `外交护照` / `公务护照` / `海员证`): the members are the lead's paragraph, not a paragraph of their own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textContext } from '../../server/src/features/context';

/** Each article's paragraphs, as their text without white space. */
const paragraphs = (source: string) =>
  textContext(source).treaty.articles.map((a) => a.paragraphs.map((p) => source.slice(p.start, p.end).replace(/\s+/g, '')));
const VISA = (second: string) =>
  `中华人民共和国政府和波兰人民共和国政府关于互免公务旅行签证的协定\n\n  第一条 缔约一方公民持有本协定第二条所列的旅行证件之一者，免办签证。\n\n  第二条\n${second}\n\n  第三条 本协定自签字之日起第三十天生效。\n`;

test('lists: members written one a line with no mark after a lead ending with a colon are the lead\'s paragraph', () => {
  const second = '  (1)中华人民共和国公民，如持有下列一种有效证件，可以享受本协定第一条的规定：\n  外交护照\n  公务护照\n  海员证\n  (2)波兰人民共和国公民，如持有下列一种有效证件，可以享受本协定第一条的规定：\n  外交护照或外交部颁发的公务护照\n  内务部所属护照机构颁发的公务护照\n  飞行员证';
  assert.deepEqual(paragraphs(VISA(second))[1], [
    '(1)中华人民共和国公民，如持有下列一种有效证件，可以享受本协定第一条的规定：外交护照公务护照海员证',
    '(2)波兰人民共和国公民，如持有下列一种有效证件，可以享受本协定第一条的规定：外交护照或外交部颁发的公务护照内务部所属护照机构颁发的公务护照飞行员证',
  ]);
  // An unnumbered lead, the same.
  assert.deepEqual(paragraphs(VISA('  双方公民持有下列证件之一者免办签证：\n  外交护照\n  公务护照'))[1], ['双方公民持有下列证件之一者免办签证：外交护照公务护照']);
});

test('lists: after a colon, a sentence or a long line is a paragraph of its own; a blank line keeps the members the lead\'s', () => {
  // A sentence on the next line (it ends with a full stop): the quoted text or the next paragraph, as before.
  assert.deepEqual(paragraphs(VISA('  双方同意如下：\n  缔约双方公民免办签证。'))[1], ['双方同意如下：', '缔约双方公民免办签证。']);
  // A line longer than a list's member, with no mark: a sentence cut short, a paragraph of its own.
  assert.deepEqual(paragraphs(VISA('  双方同意如下：\n  缔约双方持有效外交护照或者公务护照的公民在对方境内免办签证'))[1], ['双方同意如下：', '缔约双方持有效外交护照或者公务护照的公民在对方境内免办签证']);
  // An article's new text brought in after the colon, its heading on a line of its own: no member of a list.
  const amending = '中华人民共和国政府和甲国政府关于修改协定的议定书\n\n第一条　协定第五条修改为：\n\n第五条　常设机构\n\n一、在本协定中，“常设机构”一语是指固定营业场所。\n\n第二条　本议定书自签字之日起生效。\n';
  assert.deepEqual(paragraphs(amending)[0].slice(0, 2), ['第一条协定第五条修改为：', '第五条常设机构']);
  // A blank line between: the members still the lead's, as a list's members ending with `，` are over one (`…组成：` / `总理，`).
  assert.deepEqual(paragraphs(VISA('  双方公民持有下列证件之一者免办签证：\n\n  外交护照\n  公务护照'))[1], ['双方公民持有下列证件之一者免办签证：外交护照公务护照']);
});
