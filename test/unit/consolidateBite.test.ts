// Consolidation clause by clause (features/consolidate.ts): for a base law and an amending
// instrument, the whole consolidated text and every problem (code, ⟦⟧ span of the clause,
// message). The expected texts were written by reading the base and the clause.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { consolidate, paragraphsOf, readClauses } from '../../server/src/features/consolidate';
import { formatChinese } from '../../server/src/syntax/numerals';
import { fixture } from '../support/fixture';
import { LAW, LAW_PARTS } from '../support/versions';

const { A1, A2, A3, A4, HEAD, CH2 } = LAW_PARTS;

/** [what, amendment, the consolidated text] — every clause applies, no problem. */
const APPLIED: [string, string, string][] = [
  ['an item replaced', '一、将第二条第一款第二项修改为：“（二）拒绝或者阻碍检查的。”', LAW.replace('（二）拒绝检查的。', '（二）拒绝或者阻碍检查的。')],
  ['an item deleted', '一、删去第二条第一款第一项。', LAW.replace('（一）未按规定登记的；\n\n', '')],
  ['an item of an article named without its paragraph deleted', '一、删去第二条第（二）项。', LAW.replace('\n\n（二）拒绝检查的。', '')],
  ['a paragraph deleted', '一、删去第二条第二款。', LAW.replace('\n\n违反前款规定，情节严重的，处一万元以下罚款。', '')],
  ['a paragraph replaced by two', '一、将第二条第二款修改为：“违反前款规定的，责令改正。\n\n“情节严重的，处罚款。”', LAW.replace('违反前款规定，情节严重的，处一万元以下罚款。', '违反前款规定的，责令改正。\n\n情节严重的，处罚款。')],
  ['an article replaced whole', '一、将第三条修改为：“国家支持示例研究。\n\n“地方人民政府提供便利。”', LAW.replace('国家鼓励开展示例研究。', '国家支持示例研究。\n\n地方人民政府提供便利。')],
  ['an article deleted: the chapter heading stays before the next one', '一、删去第三条。', HEAD + A1 + A2 + CH2 + A4],
  ['an article deleted and the rest renumbered', '一、删去第三条。\n\n二、对条文顺序作相应调整。', HEAD + A1 + A2 + CH2 + A4.replace('第四条', '第三条')],
  ['the first article deleted and the rest renumbered', '一、删去第一条。\n\n本决定自公布之日起施行。\n\n《中华人民共和国示例法》根据本决定作相应修改并对条文顺序作相应调整，重新公布。', HEAD + A2.replace('第二条', '第一条') + CH2 + A3.replace('第三条', '第二条') + A4.replace('第四条', '第三条')],
  ['words replaced, two pairs in one clause', '一、将第二条中的“主管部门”修改为“有关部门”，“一万元”修改为“五万元”。', LAW.replace('主管部门', '有关部门').replace('一万元', '五万元')],
  ['words replaced in an item', '一、将第二条第一款第一项中的“登记”修改为“备案”。', LAW.replace('未按规定登记', '未按规定备案')],
  ['words replaced in one paragraph only', '一、将第二条第二款中的“前款”修改为“第一款”。', LAW.replace('违反前款', '违反第一款')],
  ['words added before', '一、在第三条中的“示例研究”前增加“相关”。', LAW.replace('开展示例研究', '开展相关示例研究')],
  ['words added after', '一、在第四条中的“公布”后增加“后三十日”。', LAW.replace('自公布之日', '自公布后三十日之日')],
  ['words deleted', '一、删去第一条中的“示例”。', LAW.replace('规范示例工作', '规范工作')],
  ['words found in an item and a paragraph replaced in both', '一、将第二条中的“的”修改为“者”。', LAW.replace('情形之一的', '情形之一者').replace('登记的；', '登记者；').replace('检查的。', '检查者。').replace('情节严重的', '情节严重者')],
  ['a paragraph added at the end', '一、在第三条中增加一款，作为第二款：“地方人民政府提供便利。”', LAW.replace('国家鼓励开展示例研究。', '国家鼓励开展示例研究。\n\n地方人民政府提供便利。')],
  ['a paragraph added first', '一、在第三条中增加一款作为第一款：“为了促进研究：”', LAW.replace('第三条　国家鼓励开展示例研究。', '第三条　为了促进研究：\n\n国家鼓励开展示例研究。')],
  ['an item added after the others', '一、在第二条第一款中增加一项，作为第三项：“（三）其他情形的。”', LAW.replace('（二）拒绝检查的。', '（二）拒绝检查的。\n\n（三）其他情形的。')],
  ['an item added first, its article named alone', '一、在第二条中增加一项，作为第（一）项：“（〇）未申报的；”', LAW.replace('（一）未按规定登记的；', '（〇）未申报的；\n\n（一）未按规定登记的；')],
  ['an item added to an article without items goes to its first paragraph', '一、在第三条中增加一项，作为第一项：“（一）基础研究。”', LAW.replace('国家鼓励开展示例研究。', '国家鼓励开展示例研究。\n\n（一）基础研究。')],
  ['an item added to a paragraph without items, not to the one with items', '一、在第二条第二款中增加一项，作为第一项：“（一）拒不改正的。”', LAW.replace('处一万元以下罚款。', '处一万元以下罚款。\n\n（一）拒不改正的。')],
  // The text ends as the base did, with one line break after the heading (CH2 has a blank line after it).
  ['the articles of the last chapter deleted: its heading stays, the text ends with it', '一、删去第三条。\n\n二、删去第四条。', HEAD + A1 + A2 + '## 第二章　附则\n'],
  ['an article added after another, as 之一', '一、在第三条后增加一条，作为第三条之一：“国家建立示例标准。”', LAW.replace(A3, A3 + '第三条之一　国家建立示例标准。\n\n')],
  // The article the new one follows stays, the one after it is deleted: the new article stays in the first chapter, before the heading of the second.
  ['an article added after one whose next article is deleted: before the chapter heading that opened the deleted one', '一、删去第三条。\n\n二、在第二条后增加一条，作为第二条之一：“示例机构应当登记。”', HEAD + A1 + A2 + '第二条之一　示例机构应当登记。\n\n' + CH2 + A4],
  ['an article added before another: before the chapter heading that opens it', '一、在第三条前增加一条，作为第二条之一：“示例机构应当登记。”', HEAD + A1 + A2 + '第二条之一　示例机构应当登记。\n\n' + CH2 + A3 + A4],
  ['an article added with no anchor goes last', '一、增加一条，作为第五条：“本法由国务院解释。”', LAW + '\n第五条　本法由国务院解释。\n'],
  ['an article added after the last one, with items', '一、在第四条后增加一条，作为第五条：“下列机构适用本法：\n\n“（一）甲机构；\n\n“（二）乙机构。”', LAW + '\n第五条　下列机构适用本法：\n\n（一）甲机构；\n\n（二）乙机构。\n'],
  ['an article inserted and the rest renumbered', '一、在第一条后增加一条，作为第二条：“示例工作应当公正。”\n\n二、对条文顺序作相应调整。', HEAD + A1 + '第二条　示例工作应当公正。\n\n' + A2.replace('第二条', '第三条') + CH2 + A3.replace('第三条', '第四条') + A4.replace('第四条', '第五条')],
  // The chapter heading stays before the article it opened, now 第四条.
  ['two articles swapped by 改为', '一、第三条改为第四条，第四条改为第三条。', HEAD + A1 + A2 + '第三条　本法自公布之日起施行。\n\n' + CH2 + '第四条　国家鼓励开展示例研究。\n'],
  // Session 59: a heading after the articles the clause takes out of order stays where it was, before the article it opened
  // (it went to the text's end, after the last article, the chapter emptied: render's pointer stopped at the first article
  // not reached yet).
  ['two articles swapped by 改为 before a chapter heading: the heading stays before the article it opened', '一、第二条改为第一条，第一条改为第二条。', HEAD + A2.replace('第二条', '第一条') + A1.replace('第一条', '第二条') + CH2 + A3 + A4],
  ['the first article moved to the end: the heading stays before the article it opened', '一、第一条改为第四条，第二条改为第一条，第三条改为第二条，第四条改为第三条。', HEAD + A2.replace('第二条', '第一条') + CH2 + A3.replace('第三条', '第二条') + A4.replace('第四条', '第三条').replace(/\n$/, '\n\n') + A1.replace('第一条', '第四条').replace(/\n\n$/, '\n')],
  ['an article renumbered as 之一', '一、第四条改为第三条之一。', LAW.replace('第四条　', '第三条之一　')],
  ['arabic numbers in a clause', '一、将第3条中的“鼓励”修改为“支持”。', LAW.replace('国家鼓励', '国家支持')],
  ['the replaced paragraph replaces a whole article (刑法修正案 style)', '一、在第三条中增加一款作为第二款，将该条修改为：“国家鼓励开展示例研究。\n\n“地方人民政府提供便利。”', LAW.replace('国家鼓励开展示例研究。', '国家鼓励开展示例研究。\n\n地方人民政府提供便利。')],
  ['clauses of a protocol, under 第一条 headings', '# 议定书\n\n缔约双方同意作如下修改：\n\n## 第一条\n\n将原法第三条中的“鼓励”修改为“支持”。\n\n## 第二条\n\n本议定书自签署之日起生效。\n', LAW.replace('国家鼓励', '国家支持')],
  ['a quoted text holding quotation marks and 。', '一、将第三条修改为：“国家鼓励开展“示例”研究。研究成果应当公开。”', LAW.replace('国家鼓励开展示例研究。', '国家鼓励开展“示例”研究。研究成果应当公开。')],
  // The new text has a ” no “ opens (a drafter's slip, quoted as it stands): no other “ opens after it on the line, so the
  // ” that ends the line closes the quotation, not the stray one.
  ['a quoted text holding a ” that no “ opens: the quotation runs to the ” that ends its line', '一、将第三条修改为：“国家鼓励开展示例”）研究。”', LAW.replace('国家鼓励开展示例研究。', '国家鼓励开展示例”）研究。')],
  ['an article added holding a ” that no “ opens', '一、在第三条后增加一条，作为第三条之一：“示例（以下简示例”）应当登记。”', LAW.replace(A3, A3 + '第三条之一　示例（以下简示例”）应当登记。\n\n')],
  ['an instrument written with carriage returns', '一、将第三条中的“鼓励”修改为“支持”。\r\n\r\n二、删去第四条。\r\n', HEAD + A1 + A2 + CH2 + '第三条　国家支持开展示例研究。\n'],
  // The chapter heading stays before the article it opened (old 第三条, now after old 第四条): 之一 sorts before 之二.
  ['two articles renumbered as 之二 and 之一 of the same article', '一、第三条改为第二条之二，第四条改为第二条之一。', HEAD + A1 + A2 + '第二条之一　本法自公布之日起施行。\n\n' + CH2 + '第二条之二　国家鼓励开展示例研究。\n'],
  ['a clause after a sentence ending in ；', '一、将第三条中的“鼓励”修改为“支持”；删去第一条中的“示例”。', LAW.replace('国家鼓励', '国家支持').replace('规范示例工作', '规范工作')],
];

for (const [what, amendment, expected] of APPLIED) {
  test(`consolidate: ${what}`, () => {
    const r = consolidate(LAW, amendment);
    assert.deepEqual(r.problems, []);
    assert.equal(r.text, expected);
  });
}

/** [the amendment, ⟦⟧ the clause in trouble, its code and message, the consolidated text]. */
const PROBLEMS: [string, string, string, string][] = [
  ['一、⟦删去第九条⟧。', 'amend.no-such-article', '没有第九条', LAW],
  ['一、删去第三条。\n\n二、⟦将第三条中的“鼓励”修改为“支持”⟧。', 'amend.no-such-article', '第三条已被删去', HEAD + A1 + A2 + CH2 + A4],
  ['一、⟦在第九条后增加一条，作为第九条之一：“甲。”⟧', 'amend.no-such-article', '没有第九条，无法在其后增加条文', LAW],
  ['一、⟦在第九条前增加一条，作为第八条之一：“甲。”⟧', 'amend.no-such-article', '没有第九条，无法在其前增加条文', LAW],
  ['一、⟦第九条改为第十条⟧。', 'amend.no-such-article', '没有第九条', LAW],
  ['一、⟦第三条之一改为第三条之二⟧。', 'amend.no-such-article', '没有第三条之一', LAW],
  ['一、第三条改为第五条。\n\n二、⟦第三条改为第六条⟧。', 'amend.conflict', '第三条已经改过编号', HEAD + A1 + A2 + A4.replace('\n', '\n\n') + CH2 + '第五条　国家鼓励开展示例研究。\n'],
  ['一、⟦将第三条第二款修改为：“甲。”⟧', 'amend.no-such-paragraph', '第三条没有第二款', LAW],
  ['一、⟦在第三条中增加一款，作为第三款：“甲。”⟧', 'amend.no-such-paragraph', '第三条只有一款，不能作为第三款', LAW],
  ['一、⟦在第三条中增加一款，作为第〇款：“甲。”⟧', 'amend.no-such-paragraph', '第三条只有一款，不能作为第零款', LAW],
  ['一、⟦将第二条第一款第三项修改为：“（三）甲。”⟧', 'amend.no-such-item', '第二条第一款没有第三项', LAW],
  ['一、⟦删去第三条第一项⟧。', 'amend.no-such-item', '第三条没有第一项', LAW],
  ['一、⟦将第二条第二款第一项修改为：“（一）甲。”⟧', 'amend.no-such-item', '第二条第二款没有第一项', LAW],
  ['一、⟦在第二条中增加一项，作为第四项：“（四）甲。”⟧', 'amend.no-such-item', '第二条不能增加第四项', LAW],
  ['一、⟦在第二条中增加一项，作为第〇项：“（〇）甲。”⟧', 'amend.no-such-item', '第二条不能增加第零项', LAW],
  ['一、⟦将第四条中的“鼓励”修改为“支持”⟧。', 'amend.text-not-found', '第四条中没有“鼓励”', LAW],
  ['一、⟦将第二条第二款中的“登记”修改为“备案”⟧。', 'amend.text-not-found', '第二条中没有“登记”', LAW],
  ['一、⟦将第三条中的“”修改为“支持”⟧。', 'amend.text-not-found', '第三条中没有“”', LAW],
  ['一、删去第二条第二款。\n\n二、⟦将第二条修改为：“甲。”⟧', 'amend.conflict', '第二条已由另一条修改（删去第二条第二款…）', LAW.replace('\n\n违反前款规定，情节严重的，处一万元以下罚款。', '')],
  ['一、将第二条修改为：“甲。”\n\n二、⟦将第二条中的“甲”修改为“乙”⟧。', 'amend.conflict', '第二条已由另一条修改（将第二条修改为：“甲。”…）', LAW.replace(A2, '第二条　甲。\n\n')],
  // A paragraph replaced whole was the old one: its 款 is no more (the clauses name the base's units).
  ['一、将第二条修改为：“甲。”\n\n二、⟦删去第二条第二款⟧。', 'amend.no-such-paragraph', '第二条没有第二款', LAW.replace(A2, '第二条　甲。\n\n')],
  ['一、将第二条第一款修改为：“甲：”\n\n二、⟦将第二条第一款中的“甲”修改为“乙”⟧。', 'amend.conflict', '第二条已由另一条修改（将第二条第一款修改为：“甲：”…）', LAW.replace('有下列情形之一的，由主管部门责令改正：\n\n（一）未按规定登记的；\n\n（二）拒绝检查的。', '甲：')],
  ['一、将第二条第一款修改为：“甲：\n\n“（一）乙；\n\n“（二）丙。”\n\n二、⟦将第二条第一款第一项中的“乙”修改为“丁”⟧。', 'amend.conflict', '第二条已由另一条修改（将第二条第一款修改为：“甲：\n\n“（一）…）', LAW.replace('有下列情形之一的，由主管部门责令改正：\n\n（一）未按规定登记的；\n\n（二）拒绝检查的。', '甲：\n\n（一）乙；\n\n（二）丙。')],
  ['一、将第二条第一款第一项中的“登记”修改为“备案”。\n\n二、⟦将第二条第一款修改为：“甲：”⟧', 'amend.conflict', '第二条已由另一条修改（将第二条第一款第一项中的“登记”修改为“…）', LAW.replace('登记', '备案')],
  ['一、删去第二条第二款。\n\n二、⟦删去第二条第二款⟧。', 'amend.no-such-paragraph', '第二条没有第二款', LAW.replace('\n\n违反前款规定，情节严重的，处一万元以下罚款。', '')],
  ['一、⟦将第三条移到第五条之后⟧。', 'amend.unreadable', '读不懂这一修改：将第三条移到第五条之后', LAW],
  ['一、⟦第三条改为第五条之后⟧。', 'amend.unreadable', '读不懂这一修改：第三条改为第五条之后', LAW],
  ['一、⟦增加第三条之外的规定⟧。', 'amend.unreadable', '读不懂这一修改：增加第三条之外的规定', LAW],
];

for (const [source, code, message, expected] of PROBLEMS) {
  test(`consolidate: ${code} ${message}`, () => {
    const f = fixture(source).main;
    const r = consolidate(LAW, f.text);
    assert.deepEqual(r.problems, [{ start: f.marks[0].start, end: f.marks[0].end, code, message }]);
    assert.equal(r.text, expected);
  });
}

test('consolidate: two clauses on different paragraphs, or words in one and an item of another, are no conflict', () => {
  const r = consolidate(LAW, '一、将第二条第二款修改为：“甲。”\n\n二、将第二条第一款第一项中的“登记”修改为“备案”。\n\n三、将第二条中的“主管部门”修改为“有关部门”。');
  assert.deepEqual(r.problems, []);
  assert.equal(r.text, LAW.replace('违反前款规定，情节严重的，处一万元以下罚款。', '甲。').replace('登记', '备案').replace('主管部门', '有关部门'));
});

test('consolidate: an item replaced whole does not hold item 12 of its paragraph (no conflict)', () => {
  const items = Array.from({ length: 12 }, (_, i) => `（${formatChinese(i + 1)}）情形${formatChinese(i + 1)}；`);
  const base = `# 示例法\n\n第一条　有下列情形之一的，责令改正：\n\n${items.join('\n\n')}\n\n第二条　本法自公布之日起施行。\n`;
  const r = consolidate(base, '一、将第一条第一款第一项修改为：“（一）情形甲；”\n\n二、将第一条第一款第十二项中的“情形十二”修改为“情形乙”。');
  assert.deepEqual(r.problems, []);
  assert.equal(r.text, base.replace('（一）情形一；', '（一）情形甲；').replace('（十二）情形十二；', '（十二）情形乙；'));
});

test('readClauses: sentences that are not clauses are skipped; each clause keeps its span and text', () => {
  const text = '# 关于修改《中华人民共和国示例法》的决定\n\n全国人民代表大会常务委员会决定对《中华人民共和国示例法》作如下修改：\n\n一、删去第三条。\n\n二、第四条改为第三条。\n\n## 第三条\n\n本决定自公布之日起施行。\n';
  const { clauses, problems } = readClauses(text);
  assert.deepEqual(problems, []);
  assert.deepEqual(clauses.map((c) => [c.text, text.slice(c.start, c.end), c.ops]), [
    ['删去第三条', '删去第三条', [{ op: 'delete', target: { num: 3, sub: undefined, para: undefined, item: undefined } }]],
    ['第四条改为第三条', '第四条改为第三条', [{ op: 'renumber', pairs: [{ from: { num: 4, sub: undefined }, num: 3, sub: undefined }] }]],
  ]);
});

test('readClauses: a sentence naming no article is no clause, and no problem', () => {
  assert.deepEqual(readClauses('一、删去附件一。\n\n二、在序言中增加一段。'), { clauses: [], problems: [] });
});

test('readClauses: 将标题修改为“…” (将名称修改为：“…” as the court writes it) is the title replaced', () => {
  assert.deepEqual(readClauses('三、将标题修改为“示例管理法”。').clauses.map((c) => c.ops), [[{ op: 'title', words: '示例管理法' }]]);
  const r = consolidate(LAW, '一、将名称修改为：“中华人民共和国示例管理法”\n');
  assert.deepEqual(r.problems, []);
  assert.equal(r.text, LAW.replace('# 中华人民共和国示例法', '# 中华人民共和国示例管理法'));
});

test('readClauses: every form of clause, as its operations', () => {
  const t = (num: number, sub?: number, para?: number, item?: number) => ({ num, sub, para, item });
  const cases: [string, unknown[]][] = [
    ['将第二条之一第三款第（四）项修改为：“（四）甲。”', [{ op: 'replace', target: t(2, 1, 3, 4), lines: ['（四）甲。'] }]],
    ['将刑法第二条中的“甲”修改为“乙”、“丙”修改为“丁”', [{ op: 'replaceText', target: t(2), from: '甲', to: '乙' }, { op: 'replaceText', target: t(2), from: '丙', to: '丁' }]],
    ['在第二条第一款中的“甲”前增加“乙”', [{ op: 'replaceText', target: t(2, undefined, 1), from: '甲', to: '乙甲' }]],
    ['在第二条中的“甲”后增加“乙”', [{ op: 'replaceText', target: t(2), from: '甲', to: '甲乙' }]],
    ['删去第二条第二款中的“甲”', [{ op: 'replaceText', target: t(2, undefined, 2), from: '甲', to: '' }]],
    ['在第二条中增加一项作为第三项，将该条修改为：“甲。”', [{ op: 'replace', target: { num: 2, sub: undefined }, lines: ['甲。'] }]],
    ['在第二条中增加一款，作为第三款:“甲。”', [{ op: 'addParagraph', target: t(2), at: 3, lines: ['甲。'] }]],
    ['在第二条第一款中增加一项，作为第(三)项：“(三)甲。”', [{ op: 'addItem', target: t(2, undefined, 1), at: 3, lines: ['(三)甲。'] }]],
    ['在第二条前增加一条，作为第一条之二：“甲。”', [{ op: 'addArticle', anchor: t(2), before: true, num: 1, sub: 2, lines: ['甲。'] }]],
    ['增加一条作为第九条之一：“甲。”', [{ op: 'addArticle', before: false, num: 9, sub: 1, lines: ['甲。'] }]],
    ['删去第十二条之一第二款第三项', [{ op: 'delete', target: t(12, 1, 2, 3) }]],
    ['第五条改为第四条之一、第六条之一改为第五条', [{ op: 'renumber', pairs: [{ from: { num: 5, sub: undefined }, num: 4, sub: 1 }, { from: { num: 6, sub: 1 }, num: 5, sub: undefined }] }]],
    ['对条文顺序作相应调整', [{ op: 'renumberAll' }]],
    // A protocol names the instrument before each pair.
    ['原协定第五条改为第四条，原协定第六条改为第五条', [{ op: 'renumber', pairs: [{ from: { num: 5, sub: undefined }, num: 4, sub: undefined }, { from: { num: 6, sub: undefined }, num: 5, sub: undefined }] }]],
  ];
  for (const [clause, ops] of cases) {
    const { clauses, problems } = readClauses(`一、${clause}。`);
    assert.deepEqual(problems, [], clause);
    assert.deepEqual(clauses.map((c) => c.ops), [ops], clause);
  }
});

test('readClauses: a quotation is whole across paragraphs; an unclosed one ends at its paragraph', () => {
  // A quotation after a colon keeps the quotation marks it holds; paragraphs each open with “.
  assert.deepEqual(readClauses('一、将第二条修改为：“甲“乙”。\n\n“丙。”\n\n二、删去第三条。').clauses.map((c) => c.ops), [
    [{ op: 'replace', target: { num: 2, sub: undefined, para: undefined, item: undefined }, lines: ['甲“乙”。', '丙。'] }],
    [{ op: 'delete', target: { num: 3, sub: undefined, para: undefined, item: undefined } }],
  ]);
  // Not after a colon: a nested quotation, then the paragraph break ends an unclosed one.
  const { clauses, problems } = readClauses('一、将第二条中的“甲“乙”丙”修改为“丁\n\n二、删去第三条。');
  assert.deepEqual(problems, []);
  assert.deepEqual(clauses.map((c) => c.ops), [
    [{ op: 'replaceText', target: { num: 2, sub: undefined, para: undefined, item: undefined }, from: '甲“乙”丙', to: '丁' }],
    [{ op: 'delete', target: { num: 3, sub: undefined, para: undefined, item: undefined } }],
  ]);
  // A quotation going on over a single line break keeps it in its text.
  assert.deepEqual(readClauses('一、将第二条中的“甲\n乙”修改为“丙”。').clauses.map((c) => c.ops), [
    [{ op: 'replaceText', target: { num: 2, sub: undefined, para: undefined, item: undefined }, from: '甲\n乙', to: '丙' }],
  ]);
});

test('paragraphsOf: a line opening with an item label goes to the paragraph before it', () => {
  assert.deepEqual(paragraphsOf(['（一）甲；', '乙：', '（一）丙；', '(二)丁；', '1. 戊', '2、己', '(3)庚', '辛。']), [
    { text: '', items: ['（一）甲；'] },
    { text: '乙：', items: ['（一）丙；', '(二)丁；', '1. 戊', '2、己', '(3)庚'] },
    { text: '辛。', items: [] },
  ]);
});

// ---------------------------------------------------------------------------
// How the consolidated text is written: labels, headings, separators, text outside the articles.

const WRITTEN: [string, string, string, string][] = [
  [
    'markdown headings with captions: the heading line kept, the body replaced',
    '# 示例协定\n\n## 第一条　定义\n\n本协定所称示例，是指样本。\n\n## 第二条　合作\n\n双方开展合作。\n',
    '一、将第二条修改为：“双方开展广泛合作。”',
    '# 示例协定\n\n## 第一条　定义\n\n本协定所称示例，是指样本。\n\n## 第二条　合作\n\n双方开展广泛合作。\n',
  ],
  [
    'markdown headings: a renumbered article keeps its caption, an added one has none',
    '# 示例协定\n\n## 第一条　定义\n\n本协定所称示例，是指样本。\n\n## 第二条　合作\n\n双方开展合作。\n',
    '一、在第一条后增加一条，作为第二条：“双方互相通报。”\n\n二、对条文顺序作相应调整。',
    '# 示例协定\n\n## 第一条　定义\n\n本协定所称示例，是指样本。\n\n## 第二条\n\n双方互相通报。\n\n## 第三条　合作\n\n双方开展合作。\n',
  ],
  [
    'arabic labels stay arabic, 之一 as 之1',
    '# 示例协定\n\n## 第1条\n\n双方开展合作。\n\n## 第2条\n\n本协定自签署之日起生效。\n',
    '一、在第一条后增加一条，作为第一条之一：“双方互相通报。”',
    '# 示例协定\n\n## 第1条\n\n双方开展合作。\n\n## 第1条之1\n\n双方互相通报。\n\n## 第2条\n\n本协定自签署之日起生效。\n',
  ],
  [
    'arabic labels renumbered stay arabic',
    '# 示例协定\n\n## 第1条\n\n双方开展合作。\n\n## 第2条\n\n本协定自签署之日起生效。\n',
    '一、删去第一条。\n\n二、对条文顺序作相应调整。',
    '# 示例协定\n\n## 第1条\n\n本协定自签署之日起生效。\n',
  ],
  [
    'spaced labels stay spaced',
    '# 示例协定\n\n## 第 一 条\n\n双方开展合作。\n\n## 第 二 条\n\n本协定自签署之日起生效。\n',
    '一、删去第一条。\n\n二、对条文顺序作相应调整。',
    '# 示例协定\n\n## 第 一 条\n\n本协定自签署之日起生效。\n',
  ],
  [
    'lines without blank lines between them stay so',
    '# 示例法\n\n第一条　有下列情形之一的，责令改正：\n（一）未登记的；\n（二）拒绝检查的。\n第二条　本法自公布之日起施行。\n',
    '一、删去第一条第一项。',
    '# 示例法\n\n第一条　有下列情形之一的，责令改正：\n（二）拒绝检查的。\n第二条　本法自公布之日起施行。\n',
  ],
  [
    'the text after the last article (signatures) is kept',
    '# 示例协定\n\n第一条　双方开展合作。\n\n第二条　本协定自签署之日起生效。\n\n本协定于二〇二四年一月一日在北京签订，一式两份。\n\n甲方代表　　乙方代表\n',
    '一、将第二条修改为：“本协定自双方通知之日起生效。”',
    '# 示例协定\n\n第一条　双方开展合作。\n\n第二条　本协定自双方通知之日起生效。\n\n本协定于二〇二四年一月一日在北京签订，一式两份。\n\n甲方代表　　乙方代表\n',
  ],
  [
    'a text without articles: the added one goes at the end',
    '# 示例协定\n\n双方同意合作。\n',
    '一、增加一条，作为第一条：“双方互相通报。”',
    '# 示例协定\n\n双方同意合作。\n\n第一条　双方互相通报。\n',
  ],
  [
    'a text without articles nor a final line break',
    '# 示例协定',
    '一、增加一条，作为第一条：“双方互相通报。”',
    '# 示例协定\n\n第一条　双方互相通报。',
  ],
  [
    'a text without articles ending in a blank line: the blank line stays last',
    '# 示例协定\n\n双方同意合作。\n\n',
    '一、增加一条，作为第一条：“双方互相通报。”\n\n二、增加一条，作为第二条：“双方定期会晤。”',
    '# 示例协定\n\n双方同意合作。\n\n第一条　双方互相通报。\n\n第二条　双方定期会晤。\n\n',
  ],
  [
    'a base written with CRLF: the article replaced by two paragraphs, its heading line and the separators written with CRLF',
    '# 示例协定\r\n\r\n## 第一条\r\n\r\n甲方同意。\r\n\r\n## 第二条\r\n\r\n乙方同意。\r\n',
    '一、将第二条修改为：“丙。\n\n“丁。”',
    '# 示例协定\r\n\r\n## 第一条\r\n\r\n甲方同意。\r\n\r\n## 第二条\r\n\r\n丙。\r\n\r\n丁。\r\n',
  ],
  [
    // Articles of one line each: no evidence of blank lines inside an article, its lines one CRLF apart.
    'a base written with CRLF, one line an article: an article added after the last one, with an item',
    '# 示例法\r\n\r\n第一条　本法适用于示例。\r\n\r\n第二条　本法自公布之日起施行。\r\n',
    '一、在第二条后增加一条，作为第三条：“下列机构适用本法：\n\n“（一）甲机构。”',
    '# 示例法\r\n\r\n第一条　本法适用于示例。\r\n\r\n第二条　本法自公布之日起施行。\r\n\r\n第三条　下列机构适用本法：\r\n（一）甲机构。\r\n',
  ],
  [
    'a base written with CRLF without articles: the added one after a blank line, the base\'s last line break last',
    '# 示例协定\r\n\r\n双方同意合作。\r\n',
    '一、增加一条，作为第一条：“双方互相通报。”',
    '# 示例协定\r\n\r\n双方同意合作。\r\n\r\n第一条　双方互相通报。\r\n',
  ],
  [
    'a text without articles: an added article of two paragraphs, a blank line between them',
    '# 示例协定\n\n双方同意合作。\n',
    '一、增加一条，作为第一条：“双方互相通报。\n\n“双方定期会晤。”',
    '# 示例协定\n\n双方同意合作。\n\n第一条　双方互相通报。\n\n双方定期会晤。\n',
  ],
  [
    'the first article deleted and the rest renumbered: an article 之一 that stands first becomes 第一条',
    '# 示例法\n\n第一条　本法适用于示例。\n\n第一条之一　示例机构应当登记。\n\n第二条　本法自公布之日起施行。\n',
    '一、删去第一条。\n\n二、对条文顺序作相应调整。',
    '# 示例法\n\n第一条　示例机构应当登记。\n\n第二条　本法自公布之日起施行。\n',
  ],
  [
    'a text without articles and an amendment without clauses: unchanged',
    '# 示例协定\n\n双方同意合作。\n',
    '本决定自公布之日起施行。',
    '# 示例协定\n\n双方同意合作。\n',
  ],
];

for (const [what, base, amendment, expected] of WRITTEN) {
  test(`consolidate: ${what}`, () => {
    const r = consolidate(base, amendment);
    assert.deepEqual(r.problems, []);
    assert.equal(r.text, expected);
  });
}
