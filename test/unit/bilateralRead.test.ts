// Bilateral instruments as public pages give them (branch s22bilateral): a Taiwan database's date before the
// title (`99.07.02 海峽兩岸經濟合作架構協議`), its part number after it (`…效期換文(譯)-1`); a supplementary
// agreement's title broken inside the 《》 of the instrument it supplements, a blank line between the halves
// (the State Council's gazette); short names given `以上简称` and `以下总称…，个别称…` (investment and judicial
// assistance treaties); a numbered paragraph's sentence after its list of items (`一、“投资”一词，应包括：` /
// `（一）…` / `所投资产形式的变更不影响其作为投资的性质。`). Each answer written by reading the text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTreaty } from '../../server/src/model/treaty';
import { unitLines, unitsOf } from '../../server/src/features/compare';

/** [what, text, title, kind]. */
const TITLES: [string, string, string | undefined, string | undefined][] = [
  ['a database date before the title', '99.07.02 海峽兩岸經濟合作架構協議\n\n第一條 目標\n雙方同意合作。\n', '海峽兩岸經濟合作架構協議', '协议'],
  ['a date with dashes before the title', '2010-06-29 海峡两岸经济合作框架协议\n\n第一条 目标\n双方同意合作。\n', '海峡两岸经济合作框架协议', '协议'],
  ['digits before a title that names no kind stay', '99.07.02 海峽兩岸經濟合作架構\n\n第一條 目標\n雙方同意合作。\n', undefined, undefined],
  ['a part number after a translation remark', '中華民國政府與甘比亞共和國政府間關於延長農業技術合作協定效期換文(譯)-1\n\n一 駐甘比亞共和國大使館致甘比亞共和國外交部節略譯文。\n\n二○○○年二月廿二日於班竹\n', '中華民國政府與甘比亞共和國政府間關於延長農業技術合作協定效期換文(譯)', '换文'],
  ['a part number right after the kind', '甲国和乙国文化合作协定-2\n\n第一条 双方同意合作。\n', '甲国和乙国文化合作协定', '协定'],
  ['a title broken inside its 《》, a blank line between', '《内地与香港关于建立更紧密经贸\n\n关系的安排》补充协议\n\n\n为进一步提高合作的水平，双方决定签署本协议。\n\n一、货物贸易\n\n（一）自2005年1月1日起实行零关税。\n', '《内地与香港关于建立更紧密经贸关系的安排》补充协议', '补充协议'],
];

test('model: a title with a database date before it, a part number after it, or broken inside its 《》 over a blank line', () => {
  assert.deepEqual(TITLES.map(([what, text]) => { const t = buildTreaty(text); return [what, t.title?.text, t.kind]; }), TITLES.map(([what, , title, kind]) => [what, title, kind]));
});

/** [what, text, term → meaning]. */
const NAMES: [string, string, Record<string, string>][] = [
  ['以上简称', '甲国和乙国关于民事和刑事司法协助的条约\n\n甲国和乙国(以上简称“缔约双方”),决定缔结本条约。\n\n第一条 缔约双方相互提供协助。\n', { 缔约双方: '甲国和乙国' }],
  ['以下总称, then the name each has', '甲国政府和乙国政府关于促进和保护投资协定\n\n甲国政府和乙国政府(以下总称缔约国,个别称缔约一国),\n愿为扩大经济合作;\n达成协议如下:\n第一条 本协定适用于缔约国。\n', { 缔约国: '甲国政府和乙国政府' }],
  ['以下总称 quoted', '甲国政府和乙国政府关于促进和保护投资协定\n\n甲国政府和乙国政府（以下总称“缔约国”），达成协议如下：\n\n第一条 本协定适用于缔约国。\n', { 缔约国: '甲国政府和乙国政府' }],
];

test('model: short names given 以上简称 and 以下总称…，个别称…', () => {
  for (const [what, text, want] of NAMES) {
    const t = buildTreaty(text);
    assert.deepEqual(Object.fromEntries(Object.keys(want).map((k) => [k, t.definitions.find((d) => d.term === k)?.meaning])), want, what);
  }
});

test('model: a bare name in brackets followed by another clause than the name each has is no term', () => {
  const t = buildTreaty('甲国和乙国协定\n\n甲国政府和乙国政府(以下总称缔约国,另外称缔约一国),达成协议如下:\n\n第一条 甲。\n');
  assert.equal(t.definitions.find((d) => d.term === '缔约国'), undefined);
});

/** [what, text, article → paragraphs]. */
const PARAGRAPHS: [string, string, Record<string, number>][] = [
  ['a sentence after a numbered paragraph\'s items', '甲国和乙国投资协定\n\n第一条 定义\n本协定内:\n一、“投资”一词,应包括:\n(一)动产和不动产;\n(二)公司的股份。\n所投资产形式的变更不影响其作为投资的性质。\n二、“投资者”一词,系指缔约一国的自然人。\n三、“自然人”一词,系指持有其国籍的自然人。\n', { 第一条: 3 }],
  ['two sentences after the items', '甲国和乙国投资协定\n\n第一条 定义\n本协定内:\n一、“投资”一词系指各种财产,包括但不限于:\n(一)动产;\n(二)股份。\n作为投资的财产发生任何形式上的变化,不影响其作为投资的性质。\n再投资收益应享受与初始投资同样的待遇。\n二、“收益”一词系指由投资所产生的款项。\n', { 第一条: 2 }],
  ['a note in brackets after the items stays a paragraph', '甲乙关于对所得避免双重征税的安排\n\n第二条 税种范围\n一、本安排适用的税种是:\n(一)个人所得税;\n(二)企业所得税。\n（本条所称税收包括附加税。）\n', { 第二条: 2 }],
  ['unnumbered paragraphs after items stay paragraphs', '甲国和乙国协定\n\n第一条 双方在下列领域合作:\n(一)文化;\n(二)教育。\n双方鼓励交流。\n', { 第一条: 2 }],
];

test('model: the sentence after a numbered paragraph\'s items is that paragraph\'s', () => {
  for (const [what, text, want] of PARAGRAPHS) {
    const t = buildTreaty(text);
    assert.deepEqual(Object.fromEntries(Object.keys(want).map((k) => [k, t.articles.find((a) => a.name === k)?.paragraphs.length])), want, what);
  }
});

test('compare: a numbered paragraph\'s sentence after its list comes after its items, in order', () => {
  const text = '甲国和乙国投资协定\n\n第一条 定义\n本协定内:\n一、“投资”一词,应包括:\n(一)动产和不动产;\n(二)公司的股份。\n所投资产形式的变更不影响其作为投资的性质。\n二、“投资者”一词,系指缔约一国的自然人。\n';
  const lines = unitLines(unitsOf(buildTreaty(text))[0]);
  // (Its lead, 本协定内:, first: the article's words before its numbered paragraphs; its caption 定义 is none of them.)
  assert.deepEqual(lines.map((l) => l.slice(0, 6)), ['本协定内:', '一、“投资”', '(一)动产和', '(二)公司的', '所投资产形式', '二、“投资者']);
});
