// Session 52's drafter's review: negotiation rounds and the amendment writer, completion in a code kept one file per book, …
// each case a text and what a drafter expects, written by reading the features and the texts (never by running the server).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareVersions } from '../../server/src/features/compare';
import { amendmentClauses, amendmentText } from '../../server/src/features/amend';
import { consolidate } from '../../server/src/features/consolidate';
import { completion } from '../../server/src/features/completion';
import { inWorkspace, at } from '../support/review';
import { CODE_BOOKS } from '../support/codeBooks';

/**
 * The articles of a text, one string each (label, paragraphs a line each): what consolidating the amendment must give. (The
 * consolidated text parts paragraphs as its base does — these bases' articles are of one paragraph, one line break.)
 */
const articles = (text: string) => text.split(/\n(?=第[一二三四五六七八九十百零]+条 )/).slice(1).map((a) => a.trim().replace(/\n+/g, '\n'));

/** The clauses written from `before` to `after`, after checking that consolidating them into `before` gives `after`'s articles. */
function clausesOf(before: string, after: string): string[] {
  const cmp = compareVersions(before, after);
  const result = consolidate(before, amendmentText(cmp));
  assert.deepEqual(result.problems, []);
  assert.deepEqual(articles(result.text), articles(after));
  return amendmentClauses(cmp).clauses;
}

// 1. Two paragraphs added to an article together. The Anti-Monopoly Law (LawRefBook/Laws 2f4c5c2 经济法/反垄断法(2007-08-30).md
// 第十四条; 反垄断法(2022-06-24).md 第十八条, the same article with two paragraphs after its items; numbered here as the 2007
// text). The 2022 decision writes `将第十四条改为第十八条，增加二款，作为第二款、第三款：“…”`, and 刑法修正案（七） `在刑法第二百八十五条
// 中增加两款作为第二款、第三款：` (刑法/刑法修正案（七）.md 九). The writer wrote the whole article anew (`将第十四条修改为：` and its
// three items again): one paragraph added was `增加一款`, two were no clause it knew.
const AML_2007 = `# 中华人民共和国反垄断法

第十四条 禁止经营者与交易相对人达成下列垄断协议：

（一）固定向第三人转售商品的价格；

（二）限定向第三人转售商品的最低价格；

（三）国务院反垄断执法机构认定的其他垄断协议。
`;
const AML_2022 = `${AML_2007}
对前款第一项和第二项规定的协议，经营者能够证明其不具有排除、限制竞争效果的，不予禁止。

经营者能够证明其在相关市场的市场份额低于国务院反垄断执法机构规定的标准，并符合国务院反垄断执法机构规定的其他条件的，不予禁止。
`;

test('two paragraphs added to an article together are one clause: 增加二款，作为第二款、第三款', () => {
  assert.deepEqual(clausesOf(AML_2007, AML_2022), [
    '在第十四条中增加二款，作为第二款、第三款：“对前款第一项和第二项规定的协议，经营者能够证明其不具有排除、限制竞争效果的，不予禁止。\n\n' +
      '“经营者能够证明其在相关市场的市场份额低于国务院反垄断执法机构规定的标准，并符合国务院反垄断执法机构规定的其他条件的，不予禁止。”',
  ]);
  // One paragraph added stays 增加一款.
  const one = AML_2022.slice(0, AML_2022.lastIndexOf('\n经营者能够证明'));
  assert.deepEqual(clausesOf(AML_2007, `${one.trimEnd()}\n`), ['在第十四条中增加一款，作为第二款：“对前款第一项和第二项规定的协议，经营者能够证明其不具有排除、限制竞争效果的，不予禁止。”']);
});

// 2. Two articles added after one. The same law (2007 第四十五条's first paragraph and 第四十七条; 2022 第五十三条 the same words,
// then 第五十四条 and 第五十五条 added, then 第五十七条 = 2007's 第四十七条; numbered here as the excerpt). The 2022 decision adds them
// in one clause, `增加两条，作为第五十四条、第五十五条`, and 刑法修正案（九） `在刑法第二百八十七条后增加二条，作为第二百八十七条之一、第二百八十七条之二:`
// with each article quoted from its label (刑法/刑法修正案（九）.md 二十九). The writer wrote `在第四十五条后增加一条` twice, the
// second naming the same place as the first though it goes after the first added.
const SUSPEND = '对反垄断执法机构调查的涉嫌垄断行为，被调查的经营者承诺在反垄断执法机构认可的期限内采取具体措施消除该行为后果的，反垄断执法机构可以决定中止调查。中止调查的决定应当载明被调查的经营者承诺的具体内容。';
const ABUSE = '经营者违反本法规定，滥用市场支配地位的，由反垄断执法机构责令停止违法行为，没收违法所得，并处上一年度销售额百分之一以上百分之十以下的罚款。';
const COOPERATE = '反垄断执法机构依法对涉嫌滥用行政权力排除、限制竞争的行为进行调查，有关单位或者个人应当配合。';
const CIVIL = '经营者实施垄断行为，给他人造成损失的，依法承担民事责任。\n\n经营者实施垄断行为，损害社会公共利益的，设区的市级以上人民检察院可以依法向人民法院提起民事公益诉讼。';
const TALK = '经营者、行政机关和法律、法规授权的具有管理公共事务职能的组织，涉嫌违反本法规定的，反垄断执法机构可以对其法定代表人或者负责人进行约谈，要求其提出改进措施。';

test('articles added one after another at one place are one clause, each quoted from its label', () => {
  const before = `# 中华人民共和国反垄断法\n\n第四十五条 ${SUSPEND}\n\n第四十六条 ${ABUSE}\n`;
  const after = `# 中华人民共和国反垄断法\n\n第四十五条 ${SUSPEND}\n\n第四十六条 ${COOPERATE}\n\n第四十七条 ${TALK}\n\n第四十八条 ${ABUSE}\n`;
  // (The excerpt's numbers do not open at 第一条: the article moved on is named, not left to 对条文顺序作相应调整.)
  assert.deepEqual(clausesOf(before, after), [`在第四十五条后增加二条，作为第四十六条、第四十七条：“第四十六条　${COOPERATE}\n\n“第四十七条　${TALK}”`, '第四十六条改为第四十八条']);
  // Three and more one after another: a range (the 2018 constitutional amendment's `增加五条，分别作为第一百二十三条至第一百二十七条`;
  // the third here is the 2022 text's 第六十条, 民事责任, set after the two for the case).
  const three = after.replace(`第四十八条 ${ABUSE}`, `第四十八条 ${CIVIL}\n\n第四十九条 ${ABUSE}`);
  const [clause] = clausesOf(before, three);
  assert.ok(clause.startsWith(`在第四十五条后增加三条，作为第四十六条至第四十八条：“第四十六条　${COOPERATE}`), clause);
  assert.ok(clause.includes(`“第四十八条　${CIVIL.split('\n\n')[0]}\n\n“${CIVIL.split('\n\n')[1]}”`), clause);
  // Added at two places: a clause each.
  const apart = `# 中华人民共和国反垄断法\n\n第四十五条 ${SUSPEND}\n\n第四十六条 ${COOPERATE}\n\n第四十七条 ${ABUSE}\n\n第四十八条 ${TALK}\n`;
  assert.deepEqual(clausesOf(before, apart), [`在第四十五条后增加一条，作为第四十六条：“${COOPERATE}”`, `在第四十六条后增加一条，作为第四十八条：“${TALK}”`, '第四十六条改为第四十七条']);
});

// 3. The same words replaced in several articles. The Accounting Law (LawRefBook/Laws 2f4c5c2 经济法/会计法(2017-11-04).md 第三条,
// 第四条, 第九条; 会计法(2024-06-28).md the same articles, 帐簿 written 账簿): the writer wrote a clause an article, six of them
// over the whole law. The Supreme People's Court's 2020 decision amending eighteen interpretations names the units together,
// `将名称、第一条、第三条、第八条中的“侵犯”修改为“侵害”` (test/fixtures/amendments/spc-ip18-decision.md), which consolidate.ts reads.
const ACCOUNTING_2017 = `# 中华人民共和国会计法

第三条 各单位必须依法设置会计帐簿，并保证其真实、完整。

第四条 单位负责人对本单位的会计工作和会计资料的真实性、完整性负责。

第九条 各单位必须根据实际发生的经济业务事项进行会计核算，填制会计凭证，登记会计帐簿，编制财务会计报告。
`;

test('the same words replaced in several articles are one clause naming them all', () => {
  const after = ACCOUNTING_2017.replaceAll('帐簿', '账簿');
  assert.deepEqual(clausesOf(ACCOUNTING_2017, after), ['将第三条、第九条中的“帐簿”修改为“账簿”']);
  // Other words in one of them: a clause of its own, the rest together still.
  const other = after.replace('填制会计凭证', '取得会计凭证');
  assert.equal(clausesOf(ACCOUNTING_2017, other).length, 2);
});

// 4. Completion after `本法第` in one book of a code kept one file per book (LawRefBook/Laws 2f4c5c2 民法典/, test/support/codeBooks.ts):
// the code numbers its articles through its books, and 合同编 cites 总则's (第四百六十六条 `应当依据本法第一百四十二条第一款的规定`).
// Only 合同编's own articles were offered (session 51 left it): 总则's 第一条 and 第十三条, 物权编's, were not.
test('completion after 本法第 in a book of a code kept one file per book offers the articles of every book, each its own file\'s', () => {
  const text = CODE_BOOKS['minfadian/合同编.md'].replace('本编调整因合同产生的民事关系。', '本编调整因合同产生的民事关系，适用本法第');
  const ws = inWorkspace({ ...CODE_BOOKS, 'minfadian/合同编.md': text });
  const offset = at(text, '适用本法第') + 5;
  const line = text.slice(0, offset).split('\n');
  const items = completion(ws('minfadian/合同编.md'), { line: line.length - 1, character: line[line.length - 1].length }).items.filter((i) => /条$/.test(i.label));
  const first = items.find((i) => i.label === '第一条');
  assert.ok(first, '总则\'s first article');
  assert.match(first.detail ?? '', /^总则 第一条/);
  assert.match((first.data as { uri: string }).uri, /%E6%80%BB%E5%88%99/);
  assert.ok(items.some((i) => i.label === '第十三条'));
  assert.ok(items.some((i) => i.label === '第四百六十三条' && (i.data as { uri: string }).uri.includes('%E5%90%88%E5%90%8C')), 'its own');
  // A law kept as one file: its own articles only (another law's file holds other numbers).
  const law = '# 中华人民共和国某某法\n\n第一条 为了规范某某，制定本法。\n\n第二条 依照本法第\n';
  const alone = inWorkspace({ 'law.md': law, ...CODE_BOOKS })('law.md');
  assert.deepEqual(completion(alone, { line: 4, character: 9 }).items.filter((i) => /条$/.test(i.label)).map((i) => i.label), ['第一条', '第二条']);
});

// 5. Articles deleted one after another. The Accounting Law (LawRefBook/Laws 2f4c5c2 经济法/会计法(2017-11-04).md 第三章's 第二十四条 to
// 第二十六条, the last cut after its second item; 会计法(2024-06-28).md keeps 第二十六条's words and neither of the two before it): the
// writer wrote `删去第二十四条`, `删去第二十五条`, a clause each. The Supreme People's Court's decision amending its interpretation on
// railway injuries (test/fixtures/amendments/spc-tielu-decision.md) writes `删去第十二条和第十三条`, which consolidate.ts reads.
const SPECIAL = `# 中华人民共和国会计法

第二十四条 公司、企业进行会计核算，除应当遵守本法第二章的规定外，还应当遵守本章规定。

第二十五条 公司、企业必须根据实际发生的经济业务事项，按照国家统一的会计制度的规定确认、计量和记录资产、负债、所有者权益、收入、费用、成本和利润。

`;
const IMPROPER = `第二十六条 公司、企业进行会计核算不得有下列行为:

（一）随意改变资产、负债、所有者权益的确认标准或者计量方法，虚列、多列、不列或者少列资产、负债、所有者权益；

（二）虚列或者隐瞒收入，推迟或者提前确认收入；
`;

test('articles deleted one after another are one clause naming them', () => {
  const after = `# 中华人民共和国会计法\n\n${IMPROPER.replace('第二十六条', '第二十四条')}`;
  assert.deepEqual(clausesOf(SPECIAL + IMPROPER, after), ['删去第二十四条和第二十五条', '第二十六条改为第二十四条']);
  // As a protocol: the instrument named once, before the first.
  const cmp = compareVersions(SPECIAL + IMPROPER, after);
  assert.match(amendmentText(cmp, { kind: 'protocol' }), /删去原法第二十四条和第二十五条。/);
  // Deleted at two places (第二十八条 below, 会计法(2017-11-04).md's, taken away too): a clause each.
  const apart = SPECIAL.replace(/\n第二十五条[^\n]*\n/, '\n') + IMPROPER + '\n第二十八条 单位负责人应当保证会计机构、会计人员依法履行职责，不得授意、指使、强令会计机构、会计人员违法办理会计事项。\n';
  assert.deepEqual(clausesOf(apart, after), ['删去第二十四条', '删去第二十八条', '第二十六条改为第二十四条']);
});
