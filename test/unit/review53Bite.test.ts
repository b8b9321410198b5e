// Session 53's drafter's review: the amendment writer on a chapter deleted, a range of articles deleted, articles merged, and an
// article added before the first; each case a text and what a drafter expects, written by reading the texts (never by running
// the server).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareVersions } from '../../server/src/features/compare';
import { amendmentText } from '../../server/src/features/amend';
import { consolidate } from '../../server/src/features/consolidate';
import { definition } from '../../server/src/features/definition';
import { buildTreaty } from '../../server/src/model/treaty';
import { foreignKind } from '../../server/src/syntax/foreign';
import { inWorkspace, at, clausesOf } from '../support/review';


// The Accounting Law (LawRefBook/Laws 2f4c5c2 经济法/会计法(2017-11-04).md): 第一条, 第二十三条 closing 第二章, the whole of 第三章
// 公司、企业会计核算的特别规定 (第二十四条 to 第二十六条, the last cut after its second item) and 第四章's first article cut after its
// lead; numbered here as the excerpt (第一条 … 第六条), so that the articles after the deletion are numbered again from the first.
const ACC = {
  first: '为了规范会计行为，保证会计资料真实、完整，加强经济管理和财务管理，提高经济效益，维护社会主义市场经济秩序，制定本法。',
  archive: '各单位对会计凭证、会计帐簿、财务会计报告和其他会计资料应当建立档案，妥善保管。会计档案的保管期限和销毁办法，由国务院财政部门会同有关部门制定。',
  special: '公司、企业进行会计核算，除应当遵守本法第二章的规定外，还应当遵守本章规定。',
  measure: '公司、企业必须根据实际发生的经济业务事项，按照国家统一的会计制度的规定确认、计量和记录资产、负债、所有者权益、收入、费用、成本和利润。',
  improper: '公司、企业进行会计核算不得有下列行为:\n\n（一）随意改变资产、负债、所有者权益的确认标准或者计量方法，虚列、多列、不列或者少列资产、负债、所有者权益；\n\n（二）虚列或者隐瞒收入，推迟或者提前确认收入；',
  control: '各单位应当建立、健全本单位内部会计监督制度。',
};
const ACC_2017 = `# 中华人民共和国会计法

## 第一章 总则

第一条 ${ACC.first}

## 第二章 会计核算

第二条 ${ACC.archive}

## 第三章 公司、企业会计核算的特别规定

第三条 ${ACC.special}

第四条 ${ACC.measure}

第五条 ${ACC.improper}

## 第四章 会计监督

第六条 ${ACC.control}
`;
const ACC_WITHOUT_3 = `# 中华人民共和国会计法

## 第一章 总则

第一条 ${ACC.first}

## 第二章 会计核算

第二条 ${ACC.archive}

## 第三章 会计监督

第三条 ${ACC.control}
`;

// 1. A chapter deleted whole. The 2024 Accounting Law (会计法(2024-06-28).md) has no 第三章 公司、企业会计核算的特别规定 and its 第四章
// 会计监督 is 第三章. The writer wrote `删去第二十四条和第二十五条` and each chapter after as a heading changed (`将“第四章 会计监督”修改
// 为：“第三章 会计监督”`, four of them in the real round), and the consolidated text kept the deleted chapter's heading over nothing.
// Amending decisions delete the chapter (删去第X章) and leave its renumbering to the closing, 对章、条的序号作相应调整.
test('a chapter deleted whole is 删去第X章, the chapters after numbered again by the closing', () => {
  assert.deepEqual(clausesOf(ACC_2017, ACC_WITHOUT_3), ['删去第三章']);
  const cmp = compareVersions(ACC_2017, ACC_WITHOUT_3);
  assert.match(amendmentText(cmp), /根据本决定作相应修改并对章、条的序号作相应调整，重新公布。/);
});

// 2. Three articles and more deleted one after another: a range, as the 2018 constitutional amendment names ranges of articles
// (`第一百二十三条至第一百三十八条相应改为第一百二十八条至第一百四十三条`, test/fixtures/amendments/xianfa-amendment-2018.md) and as
// amend.ts names three added one after another (`增加三条，作为第四十六条至第四十八条`). The writer listed them, `删去第三条、第四条和
// 第五条`; consolidate.ts did not read a range deleted.
test('three articles and more deleted one after another are 删去第X条至第Y条, which consolidation reads', () => {
  const flat = (t: string) => t.replace(/## [^\n]*\n\n/g, '');
  assert.deepEqual(clausesOf(flat(ACC_2017), flat(ACC_WITHOUT_3)), ['删去第三条至第五条']);
  // Read back in a decision written by hand, and a range that runs backwards is no clause read.
  assert.deepEqual(consolidate(flat(ACC_2017), '一、删去第三条至第五条。\n').problems, []);
  assert.equal(consolidate(flat(ACC_2017), '一、删去第五条至第三条。\n').problems.length, 1);
});

// 3. Two articles merged. The Supreme People's Court's 2021 decision on its interpretation on railway injuries
// (test/fixtures/amendments/spc-tielu-decision.md 五、) writes `将第六条和第七条合并修改为：“…”`; the 2010 text's 第六条 and 第七条 as
// http://goujianmei.fabang.com/article-691374.html quotes them (its half-width commas written as the court's text writes them), the
// 2021 text's 第六条 and 第七条 as test/fixtures/amendments/spc-tielu-2021.md (whose 第七条 stands here as 第八条 of the old excerpt,
// unchanged). The writer wrote `将第六条修改为：“…”` and `删去第七条`: two clauses the court wrote as one.
const RAIL_6 = '因受害人翻越、穿越、损毁、移动铁路线路两侧防护围墙、栅栏或者其他防护设施穿越铁路线路，偷乘货车，攀附行进中的列车，在未设置人行通道的铁路桥梁、隧道内通行，攀爬高架铁路线路，以及其他未经许可进入铁路线路、车站、货场等铁路作业区域的过错行为，造成人身损害的，应当根据受害人的过错程度适当减轻铁路运输企业的赔偿责任，并按照以下情形分别处理：\n\n（一）铁路运输企业未充分履行安全防护、警示等义务，受害人有上述过错行为的，铁路运输企业应当在全部损失的百分之八十至百分之二十之间承担赔偿责任；\n\n（二）铁路运输企业已充分履行安全防护、警示等义务，受害人仍施以上述过错行为的，铁路运输企业应当在全部损失的百分之二十至百分之十之间承担赔偿责任。';
const RAIL_7 = '受害人横向穿越未封闭的铁路线路时存在过错，造成人身损害的，按照前条规定处理。\n\n受害人不听从值守人员劝阻或者无视禁行警示信号、标志硬行通过铁路平交道口、人行过道，或者沿铁路线路纵向行走，或者在铁路线路上坐卧，造成人身损害，铁路运输企业举证证明已充分履行安全防护、警示等义务的，不承担赔偿责任。';
const RAIL_NEW_6 = '因受害人的过错行为造成人身损害，依照法律规定应当由铁路运输企业承担赔偿责任的，根据受害人的过错程度可以适当减轻铁路运输企业的赔偿责任，并按照以下情形分别处理：\n\n（一）铁路运输企业未充分履行安全防护、警示等义务，铁路运输企业承担事故主要责任的，应当在全部损害的百分之九十至百分之六十之间承担赔偿责任；铁路运输企业承担事故同等责任的，应当在全部损害的百分之六十至百分之五十之间承担赔偿责任；铁路运输企业承担事故次要责任的，应当在全部损害的百分之四十至百分之十之间承担赔偿责任；\n\n（二）铁路运输企业已充分履行安全防护、警示等义务，受害人仍施以过错行为的，铁路运输企业应当在全部损害的百分之十以内承担赔偿责任。\n\n铁路运输企业已充分履行安全防护、警示等义务，受害人不听从值守人员劝阻强行通过铁路平交道口、人行过道，或者明知危险后果仍然无视警示规定沿铁路线路纵向行走、坐卧故意造成人身损害的，铁路运输企业不承担赔偿责任，但是有证据证明并非受害人故意造成损害的除外。';
const RAIL_GUARDIAN = '铁路运输造成无民事行为能力人人身损害的，铁路运输企业应当承担赔偿责任；监护人有过错的，按照过错程度减轻铁路运输企业的赔偿责任。';
const RAIL = '# 最高人民法院关于审理铁路运输人身损害赔偿纠纷案件适用法律若干问题的解释\n\n';

test('an article merged into the one before it is 将第X条和第Y条合并修改为：“…”', () => {
  const before = `${RAIL}第六条 ${RAIL_6}\n\n第七条 ${RAIL_7}\n\n第八条 ${RAIL_GUARDIAN}\n`;
  const after = `${RAIL}第六条 ${RAIL_NEW_6}\n\n第七条 ${RAIL_GUARDIAN}\n`;
  const quoted = RAIL_NEW_6.split('\n\n').map((p) => `“${p}`).join('\n\n');
  assert.deepEqual(clausesOf(before, after), [`将第六条和第七条合并修改为：${quoted}”`, '第八条改为第七条']);
  // Two apart (the 2024 decision amending the Accounting Law, news.cn 2024-06-28: `将第十条、第二十五条合并，作为第十条，修改为：`):
  // the article they make named.
  const apart = `${RAIL}第六条 ${RAIL_6}\n\n第七条 ${RAIL_GUARDIAN}\n\n第八条 ${RAIL_7}\n`;
  assert.deepEqual(clausesOf(apart, after), [`将第六条、第八条合并，作为第六条，修改为：${quoted}”`]);
});

// 4. An article added before the first, the article that follows it moved from further on. amend.ts chose the place with
// `next.type === 'deleted' ? next.old : next.old` — both branches alike: the unit after it in the new order, which for a moved
// unit stands elsewhere in the old text. Amending decisions name the place in the old text (`在第四十五条后增加二条`): the first
// old unit that stays where it was. The Accounting Law's 第一条 to 第四条 (会计法(2017-11-04).md), 第四条 moved first, and an
// article added before them all: its 第二条 less its defined name (read as a new article here).
test('an article added before the first is placed before the first old article that did not move', () => {
  const a = ['单位负责人对本单位的会计工作和会计资料的真实性、完整性负责。', ACC.first, '国家机关、社会团体、公司、企业、事业单位和其他组织（以下统称单位）必须依照本法办理会计事务。', '各单位必须依法设置会计帐簿，并保证其真实、完整。'];
  const law = (xs: string[]) => `# 中华人民共和国会计法\n\n${xs.map((x, i) => `第${'一二三四五'[i]}条 ${x}`).join('\n\n')}\n`;
  const added = '会计工作应当贯彻落实党和国家路线方针政策、决策部署，维护社会公共利益，为国民经济和社会发展服务。';
  const [clause, renames] = clausesOf(law([a[1], a[2], a[3], a[0]]), law([added, a[0], a[1], a[2], a[3]]));
  assert.equal(clause, `在第一条前增加一条，作为第一条：“${added}”`);
  assert.equal(renames, '第四条改为第二条，第一条改为第三条，第二条改为第四条，第三条改为第五条');
});

// 5. A Chinese law's English text: the Foreign Investment Law as https://deyuan.enterprises/?p=87 prints it (its title, chapter I,
// Articles 1 and 2's first paragraph; read 2026-12-06), beside the Chinese (LawRefBook/Laws 2f4c5c2 民法商法/外商投资法(2019-03-15).md).
// `Law` was no kind in syntax/foreign.ts FOREIGN_KINDS (session 52 left it): the English text had no title, no kind and no
// self-word (`this Law`), so its outline opened with no name and its `this Law` named nothing.
const FIL_EN = `Foreign Investment Law of the People’s Republic of China

Chapter I General Provisions

Article 1

In order to further expand opening up, actively promote foreign investment, protect the legitimate rights and interests of foreign investment, standardize foreign investment management, facilitate the formation of a comprehensive and new opening-up pattern, and promote the healthy development of the socialist market economy, this Law is enacted in accordance with the Constitution.

Article 2

This Law applies to foreign investment in the territory of the People’s Republic of China (hereinafter referred to as “within the territory of China”).
`;
const FIL_ZH = `# 中华人民共和国外商投资法

## 第一章 总 则

第一条 为了进一步扩大对外开放，积极促进外商投资，保护外商投资合法权益，规范外商投资管理，推动形成全面开放新格局，促进社会主义市场经济健康发展，根据宪法，制定本法。

第二条 在中华人民共和国境内（以下简称中国境内）的外商投资，适用本法。
`;

test('a Chinese law\'s English text is titled, of the kind 法, and calls itself this Law', () => {
  const t = buildTreaty(FIL_EN);
  assert.equal(t.title?.text, 'Foreign Investment Law of the People’s Republic of China');
  assert.equal(t.kind, '法');
  assert.equal(t.selfRef, 'this Law');
  // Another kind named first stays the title's kind (the convention on the law of the sea is a 公约).
  assert.equal(buildTreaty('United Nations Convention on the Law of the Sea\n\nArticle 1\n\nFor the purposes of this Convention: (1) "Area" means the sea-bed.\n').kind, '公约');
  // `Law` before another noun is that noun's word: a law enforcement agreement is an agreement (协定), a law on … a law.
  assert.equal(foreignKind('Law Enforcement Cooperation Agreement between the Government of the People\'s Republic of China and the Government of the Republic of Singapore'), '协定');
  assert.equal(foreignKind('Law of the People\'s Republic of China on Foreign Relations'), '法');
  assert.equal(foreignKind('Model Law on International Commercial Arbitration'), '法');
  assert.equal(foreignKind('Criminal Law'), '法');
});

// 6. The English title cited without its state, as a Chinese note names the law in English (the 外商投资法's 第一条 above, a
// translator's note after it written for the case): `《外商投资法》` names 中华人民共和国外商投资法 (resolve.ts homeLawTarget), and
// `《Foreign Investment Law》` named nothing though the workspace holds the English text titled with its state.
test('an English law title cited without its state names the English text titled with it', () => {
  const note = `${FIL_ZH}\n（英文本：《Foreign Investment Law》）\n`;
  const ws = inWorkspace({ 'note.md': note, '外商投资法.en.md': FIL_EN });
  const found = definition(ws('note.md'), at(note, 'Foreign Investment Law', 2));
  assert.equal(found.length, 1);
  assert.match(found[0].targetUri, /%E5%A4%96%E5%95%86%E6%8A%95%E8%B5%84%E6%B3%95\.en\.md$/);
  // Another law's English title names nothing.
  const other = note.replace('Foreign Investment Law', 'Company Law');
  assert.deepEqual(definition(inWorkspace({ 'note.md': other, '外商投资法.en.md': FIL_EN })('note.md'), at(other, 'Company Law', 2)), []);
});

// 7. Cross-strait agreements cite each other by the mainland's words: the services agreement (2013, as Xinhua prints it:
// test/fixtures/real/agreement_cross_strait_services_2013_xinhua_mirror_hant.md) is made `依據《海峽兩岸經濟合作框架協議》`,
// and Taipei publishes that agreement (ECFA) as `海峽兩岸經濟合作架構協議` (agreement_cross_strait_ecfa_2010_justlaw_hant.md).
// One instrument: the citation names the workspace's copy (words.ts TITLE_WORD_VARIANTS); a 架構 that is no agreement's stays.
test('a cross-strait agreement cited by the mainland\'s title (框架協議) names the copy Taipei titles 架構協議', () => {
  const ecfa = '海峽兩岸經濟合作架構協議\n\n財團法人海峽交流基金會與海峽兩岸關係協會遵循平等互惠、循序漸進的原則,達成加強海峽兩岸經貿關係的意願;經協商,達成協議如下:\n\n第一章 總則\n\n第一條 目標\n\n雙方同意加強經濟合作。\n';
  const services = '海峽兩岸服務貿易協議\n\n為加強海峽兩岸經貿關係,促進服務貿易自由化,依據《海峽兩岸經濟合作框架協議》,雙方同意,達成協議如下:\n\n第一條 目標\n\n本協議致力於逐步減少服務貿易限制性措施。\n';
  const ws = inWorkspace({ 'services.md': services, 'ecfa.md': ecfa });
  const found = definition(ws('services.md'), at(services, '經濟合作框架', 2));
  assert.equal(found.length, 1);
  assert.match(found[0].targetUri, /ecfa\.md$/);
  // An architecture is no framework: 《海峽兩岸金融架構報告》 names nothing.
  const report = services.replace('經濟合作框架協議', '金融架構報告');
  assert.deepEqual(definition(inWorkspace({ 'services.md': report, 'ecfa.md': ecfa, 'r.md': '海峽兩岸金融框架報告\n\n第一條 目標\n\n雙方同意。\n' })('services.md'), at(report, '金融架構', 2)), []);
});
