// A resolution whose operative paragraphs open at 2. — a draft that lost its first point — is still read by its
// points (before, a run opening at 2 was read as no points at all: an empty outline, no check), and numbering.gap
// names the point missing (缺少1.). Only where the text says it is a resolution (its organ alone on a line,
// `安全理事会，`, or a title ending with 决议) and the line before 2. is no lead-in ending with a colon: a law's list,
// a bill's sections opening at 2. or 3., an excerpt, stay what they were. Expected readings written from the texts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTreaty } from '../../server/src/model/treaty';
import { diagnostics } from '../../server/src/features/diagnostics';
import { contextOf, textContext } from '../../server/src/features/context';
import { renumberArticles } from '../../server/src/features/renumber';
import { WorkspaceIndex } from '../../server/src/index/workspace';
import { TextDocument } from 'vscode-languageserver-textdocument';

const TITLE = '# 安全理事会第1518（2003）号决议\n\n';
const ORGAN = '安全理事会，\n\n';
const PREAMBLE = '回顾其以前所有有关决议，\n\n';
const POINTS = '2. 决定设立一个委员会；\n\n3. 决定不断审议该委员会的任务；\n\n4. 决定继续处理此案。\n';

const CASES: [label: string, text: string, points: string[], gaps: string[]][] = [
  ['title, organ and preamble, points from 2.', TITLE + ORGAN + PREAMBLE + POINTS, ['2.', '3.', '4.'], ['缺少1.']],
  ['the organ alone says it (no title)', ORGAN + PREAMBLE + POINTS, ['2.', '3.', '4.'], ['缺少1.']],
  ['the title alone says it (no organ line)', TITLE + PREAMBLE + POINTS, ['2.', '3.', '4.'], ['缺少1.']],
  ['the General Assembly, traditional title', '# 大會第60/1號決議\n\n大会，\n\n' + PREAMBLE + POINTS, ['2.', '3.', '4.'], ['缺少1.']],
  ['from 1., as before', TITLE + ORGAN + PREAMBLE + '1. 决定设立一个委员会；\n\n' + POINTS, ['1.', '2.', '3.', '4.'], []],
  // No points.
  ['a list opening at 2. under a lead-in ending with a colon', TITLE + ORGAN + '决定如下：\n\n' + POINTS, [], []],
  ['no resolution named: a page opening at 2.', '# 工作报告\n\n' + PREAMBLE + POINTS, [], []],
  ['a resolution opening at 3.', TITLE + ORGAN + PREAMBLE + '3. 决定设立一个委员会；\n\n4. 决定继续处理此案。\n', [], []],
];

// A news site's page of a resolution's operative part (its page 4: `  22.`…, every paragraph indented two spaces, no organ
// line nor preamble before them, the headline naming the resolution with the site's whole-text word and remark after it):
// its points as numbered, an excerpt (no gap reported). Before, the indented lines were a list and a run opening past 1
// no points: nothing read, and the headline (…决议全文(…)) no title.
const HEADLINE = '联合国安理会第2094号决议全文(制裁朝鲜3次核爆)\n\n2013-03-09 18:32:34  来源:联合国\n\n';
const PAGE = '  22. 呼吁所有国家防止向朝鲜供应任何物项;\n\n  23. 重申第1718(2006)号决议第8(a)㈢段为奢侈品规定的措施;\n\n  24. 决定继续处理此案。\n';
CASES.push(
  ['a news page of the operative part, indented, under a headline naming the resolution', HEADLINE + PAGE, ['22.', '23.', '24.'], []],
  ['the same page from 1.', HEADLINE + PAGE.replace('22.', '1.').replace('23.', '2.').replace('24.', '3.'), ['1.', '2.', '3.'], []],
  // No points: no resolution named (an indented list), or its organ and preamble before a run opening past 2 (as above).
  ['indented, no resolution named', '# 工作报告\n\n' + PAGE, [], []],
  ['indented from 22. after the organ and a preamble', HEADLINE + ORGAN + PREAMBLE + PAGE, [], []],
  // A bilingual declaration printing each paragraph in Chinese, then in English with the same number: the English is no point.
  // A section heading over them (`一、序言`, a BRICS declaration's parts): no point, before, it was point 1 and 1. a repeat of it.
  ['a declaration\'s section heading 一、序言 over its numbered paragraphs', '金砖国家领导人厦门宣言\n\n一、序言\n1. 我们举行金砖国家领导人第九次会晤。\n2. 我们重申金砖国家的合作。\n', ['1.', '2.'], []],
  // A point inserted and the Chinese renumbered, the English left as it was (`3. 我们…` / `2. We…`): still its translation.
  ['a point inserted, the English after the next one numbered as before', '金砖国家领导人厦门宣言\n\n1. 我们举行金砖国家领导人第九次会晤。\n1. We, the Leaders of BRICS, met in Xiamen.\n2. 我们欢迎新成员。\n3. 我们重申金砖国家的合作。\n2. We reiterate our cooperation.\n', ['1.', '2.', '3.'], []],
  ['a declaration\'s paragraphs, each followed by its English', '金砖国家领导人厦门宣言\n\n1. 我们举行金砖国家领导人第九次会晤。\n1. We, the Leaders of BRICS, met in Xiamen.\n2. 我们重申金砖国家的合作。\n2. We reiterate our cooperation.\n', ['1.', '2.'], []],
);

// A judicial interpretation numbering its points `1.` … through its parts' markdown headings (最高人民法院关于人民法院执行工作
// 若干问题的规定（试行）: `## 一、执行机构及其职责` / `1.…` / … / `## 八、执行担保` / `54.…` / `九、多个债权人…参与分配` (its `##` lost)
// / `55.…` / `## 十、…`): its points, the headings its parts; before, a markdown heading among them made them lists, and the
// text no text. Lists numbered again under each part stay lists, and so do points under one heading alone.
const PARTS = '# 最高人民法院关于人民法院执行工作若干问题的规定\n\n为了保证正确适用法律，制定本规定。\n\n## 一、执行机构\n\n1.人民法院设立执行机构。\n\n2.执行机构负责执行下列文书：\n\n（1）判决；\n\n（2）裁定。\n\n## 二、执行管辖\n\n3.执行由第一审人民法院负责。\n\n三、多个债权人对一个债务人申请执行和参与分配\n\n4.多个债权人的债权种类不同的，依照法律清偿。\n\n## 四、附则\n\n5.本规定自公布之日起施行。\n';
CASES.push(
  ['points numbered on through markdown headings, one heading\'s ## lost', PARTS, ['1.', '2.', '3.', '4.', '5.'], []],
  ['lists numbered again under each markdown heading', PARTS.replace('3.执行', '1.执行').replace('4.多个', '1.多个').replace('5.本规定', '1.本规定'), [], []],
  ['a list under one markdown heading alone', '# 甲规定\n\n## 一、执行机构\n\n1.人民法院设立执行机构。\n\n2.执行机构负责执行。\n', [], []],
);

test('resolution points: the headline is the title, its whole-text word and the site\'s remark apart', () => {
  const t = buildTreaty(HEADLINE + PAGE);
  assert.equal(t.title?.text, '联合国安理会第2094号决议');
  assert.equal(t.kind, '决议');
});

test('resolution points: a paragraph\'s English under it is no repeat of its number', () => {
  const text = '金砖国家领导人厦门宣言\n\n1. 我们举行金砖国家领导人第九次会晤。\n1. We, the Leaders of BRICS, met in Xiamen.\n2. 我们重申金砖国家的合作。\n2. We reiterate our cooperation.\n';
  assert.deepEqual(diagnostics(textContext(text)).filter((d) => String(d.code).startsWith('numbering.')).map((d) => d.code), []);
});

for (const [label, text, points, gaps] of CASES) {
  test(`resolution points: ${label}`, () => {
    const t = buildTreaty(text);
    assert.deepEqual(t.articles.map((a) => a.name), points);
    assert.deepEqual(diagnostics(textContext(text)).filter((d) => d.code === 'numbering.gap').map((d) => d.message), gaps);
  });
}

// Renumbering such a page after deleting a point keeps its first number (`22.`): the points before are on the pages
// before. Before, the page read with its headline as title was numbered from 1. (`22.` → `1.`): text outside the
// deleted point changed, and every point's number with it.
test('resolution points: renumbering a page of the operative part after deleting 23. keeps 22.', () => {
  const text = HEADLINE + PAGE.replace(/  23\. [^\n]*\n\n/, '');
  const index = new WorkspaceIndex();
  index.set('file:///ws/r.md', text, 1, 'markdown');
  const r = renumberArticles(contextOf(index, index.get('file:///ws/r.md')!));
  const edits = r.edit?.changes?.['file:///ws/r.md'] ?? [];
  const out = TextDocument.applyEdits(TextDocument.create('file:///x', 'markdown', 1, text), edits);
  assert.equal(out, HEADLINE + PAGE.replace(/  23\. [^\n]*\n\n/, '').replace('  24.', '  23.'));
});
