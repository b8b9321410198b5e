// Real-text gaps session 54 left (docs/variants.md, "Read in session 54"; test/fixtures/real known-failures.json), read by
// rules in session 55 (s55features). Each rule is about how Chinese treaty and law text is written or copied, shown on
// fixture strings of representative words with what a careful reader reads in them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTreaty } from '../../server/src/model/treaty';
import { textContext } from '../../server/src/features/context';
import { documentSymbols } from '../../server/src/features/documentSymbols';
import { signingCopies } from '../../server/src/features/export/alternat';
import { compareVersions, explain } from '../../server/src/features/compare';
import { amendmentClauses } from '../../server/src/features/amend';
import { consolidate } from '../../server/src/features/consolidate';


// 1. A date-and-place line whose place a page's width broke (`…于瓜地` / `马拉城`, the 1982 ROC–Guatemala protocol as a PDF
// sets it), the signatories' lines right under it with no blank line between.
const CLOSED = (closing: string) =>
  `# 中华人民共和国和甲国边境合作协定\n\n## 第一条\n\n双方加强合作。\n\n## 第二条\n\n本协定自签字之日起生效。\n\n${closing}\n`;
const COPIES = '本协定以中文及西班牙文各缮二份，两种文字同一作准，以昭信守。\n\n';

test('gaps 55: a place broken by the width over two lines, the signatories right under it, is the whole place', () => {
  const place = (closing: string) => buildTreaty(CLOSED(closing)).signing?.place;
  assert.equal(place(`${COPIES}一九八二年九月廿二日于瓜地\n马拉城\n中华民国政府代表\n瓜地马拉共和国政府代表`), '瓜地马拉城');
  assert.equal(place(`${COPIES}二〇〇五年三月一日订于布宜诺斯艾\n利斯\n中华人民共和国政府全权代表　　阿根廷共和国政府全权代表`), '布宜诺斯艾利斯');
  // The heads of state or a minister signing, in traditional script: the same.
  assert.equal(place(`${COPIES}一九八三年四月八日訂於維\n也納\n中華人民共和國主席\n奧地利共和國總統`), '維也納');
  assert.equal(place(`${COPIES}二〇一〇年五月四日订于基\n多\n外交部长`), '基多');
  // A blank line between (read before): the same place.
  assert.equal(place(`${COPIES}一九八二年九月廿二日于瓜地\n马拉城\n\n中华民国政府代表\n瓜地马拉共和国政府代表`), '瓜地马拉城');
  // A place on its line whole, the signatories under it: the place alone.
  assert.equal(place(`${COPIES}一九八二年九月廿二日于瓜地马拉城\n中华民国政府代表\n瓜地马拉共和国政府代表`), '瓜地马拉城');
  // The date-place line alone as the clause (no copies sentence before it).
  assert.equal(place('二〇〇五年三月一日订于布宜诺斯艾\n利斯\n中华人民共和国政府代表　　阿根廷共和国政府代表'), '布宜诺斯艾利斯');
});

// 2. A declaration's first section heading alone between the title and the points (the Millennium Declaration on a mirror of
// the Minnesota human rights library, test/fixtures/real/declaration_un_millennium_2000_hrlibrary_mirror_hant.md, its page holding
// the first section: `一 . 價 值 和原則` over `1.`…`5.`): the section's name, not a preamble summarized by it.
const SECTIONED = '聯合國千年宣言\n\n一 . 價 值 和原則\n\n1. 我們各國元首和政府首腦聚集于聯合國紐約總部,重申我們對聯合國的信心。\n\n2. 我們認識到,我們還有在全球維護人的尊嚴的集體責任。\n\n3. 我們重申對《聯合國憲章》各項宗旨和原則的承諾。\n';
/** The title's symbol, then the symbols under it: name and detail. */
const outline = (source: string) => documentSymbols(textContext(source)).flatMap((s) => [s, ...(s.children ?? [])]).map((s) => [s.name, s.detail ?? '']);

test('gaps 55: the points\' first section heading alone above them names that section, no preamble', () => {
  assert.deepEqual(outline(SECTIONED).slice(0, 2), [['聯合國千年宣言', '宣言'], ['一 . 價值和原則', '']]);
  assert.deepEqual(outline(SECTIONED).slice(2).map(([name]) => name), ['1.', '2.', '3.']);
  // Simplified, the UN's page style `一. ` with no space before the stop: the same.
  assert.deepEqual(outline(SECTIONED.replace('一 . 價 值 和原則', '一. 我们的共同承诺'))[1], ['一. 我们的共同承诺', '']);
  // A sentence of the preamble above it: a preamble, summarized by that sentence.
  assert.deepEqual(outline(SECTIONED.replace('\n一 . ', '\n我們各國元首重申,聯合國是不可或缺的。\n\n一 . '))[1], ['序言', '我們各國元首重申,聯合國是不可或缺的']);
  // Words with no section's number: a preamble's line.
  assert.equal(outline(SECTIONED.replace('一 . 價 值 和原則', '價值和原則'))[1][0], '序言');
});

// 3. A forum's plan, China and the African states its two sides (the FOCAC Addis Ababa action plan on a portal,
// test/fixtures/real/plan_focac_addis_ababa_2003_gymcjnpx_pinyin_hant.md: `中國和非洲國家(以下簡稱“雙方”)`, adopted by the
// ministers of China and 44 African states): one side many states, no party holding a copy of its own — one copy, as a
// multilateral text has, not an alternat naming 非洲國家 first.
const PLAN = '亞的斯亞貝巴行動計劃\n\n1、序言\n\n1.1 我們,來自中國和非洲44個國家的外長,共同舉行中非合作論壇第2屆部長級會議。\n\n1.2 我們回顧了中國和非洲國家(以下簡稱“雙方”)共同落實後續行動的情況。\n\n2、政治事務\n\n2.1 雙方同意加強高層交往。\n';

test('gaps 55: two sides, one of them many states (中國和非洲國家, 中华人民共和国和东南亚国家联盟成员国), make one copy, no alternat', () => {
  const parties = (source: string) => signingCopies(source).map((c) => c.party);
  assert.deepEqual(parties(PLAN), [undefined]);
  assert.deepEqual(parties(PLAN.replace('中國和非洲國家', '中國和東南亞國家聯盟成員國')), [undefined]);
  // Two states: a copy each, the second naming its party first.
  const two = PLAN.replace('中國和非洲國家', '中國和埃塞俄比亞');
  assert.deepEqual(parties(two), ['中国', '埃塞俄比亚']);
  assert.ok(signingCopies(two)[1].text.includes('埃塞俄比亞和中國(以下簡稱“雙方”)'));
  // An organ of one state whose name holds 国家 (`国家教育委员会`): a party.
  assert.equal(parties(PLAN.replace('中國和非洲國家', '中華人民共和國國家教育委員會和阿拉伯埃及共和國高教部')).length, 2);
});

// 5. An item heading a term's meanings, its colon the only mark (the 2024 China–Vietnam transfer treaty on a law library site,
// test/fixtures/real/treaty_cn_vn_transfer_sentenced_2024_cehavas_mojibake_hant.md: `（四）“國民”分別有以下含義:` with a meaning for
// each party on the lines under it): the lines are the item's, not the article's next paragraphs.
const DEFINED = (entry: string) => `中华人民共和国和甲国关于移管被判刑人的条约\n\n第一条 定义\n  在本条约中:\n  （一）“移交方”系指将被判刑人移管出其境内的一方；\n${entry}\n\n第二条 一般原则\n  双方应当相互合作。\n`;
// (Every line indented, as the page sets them: an indented line after a colon opens a paragraph unless it is the entry's.)
const MEANINGS = '  （二）“国民”分别有以下含义：\n  中华人民共和国国民，系指具有中华人民共和国国籍者；\n  甲国国民，系指具有甲国国籍者。';

test('gaps 55: the lines under an item heading a term\'s meanings with a colon (“国民”分别有以下含义：) are the item\'s', () => {
  const first = (source: string) => buildTreaty(source).articles[0].paragraphs.map((p) => p.items.length);
  assert.deepEqual(first(DEFINED(MEANINGS)), [2]);
  // Traditional script, half-width marks: the same.
  assert.deepEqual(first(DEFINED('  (二)“國民”分別有以下含義:\n  中華人民共和國國民,系指具有中華人民共和國國籍者;\n  甲國國民,系指具有甲國國籍者。')), [2]);
  // The item's last line its own paragraph's words: the item holds both meanings, its text to the full stop.
  const t = buildTreaty(DEFINED(MEANINGS));
  assert.ok(t.text.slice(t.articles[0].paragraphs[0].items[1].block.start, t.articles[0].paragraphs[0].items[1].block.end).trim().endsWith('甲国国民，系指具有甲国国籍者。'));
  // A blank line after the head: the indented lines under it stand apart, the article's next paragraphs (as before).
  assert.deepEqual(first(DEFINED(MEANINGS.replace('：\n', '：\n\n'))), [2, 0, 0]);
  // A head that is a sentence (a comma in it) before its colon: the indented line under it opens the article's next paragraph (as before).
  assert.deepEqual(first(DEFINED('  （二）在下列情况下，“国民”分别有以下含义：\n  中华人民共和国国民，系指具有中华人民共和国国籍者。')), [2, 0]);
});

// 6a. The heads opening the preamble with no comma after them (the 1960 China–Mongolia mutual assistance treaty,
// test/fixtures/real/treaty_cn_mn_mutual_assistance_1960_baike_hant.md: `中華人民共和國主席和蒙古人民共和國大人民呼拉爾主席團亟願…`),
// the organs sending the plenipotentiaries named below (`…主席特派…;` / `…主席團特派…。`): in Mongolia's copy both its head and
// its plenipotentiary come first, as the alternat puts a party's organs first (review54Bite.test.ts 5, with a comma).
const HEADS = '# 中華人民共和國和蒙古人民共和國友好互助條約\n\n中華人民共和國主席和蒙古人民共和國大人民呼拉爾主席團亟願在互相尊重國家主權和領土完整的原則基礎上,進一步發展兩國的友好合作關系,為此,決定締結本條約,並各派全權代表如下:\n中華人民共和國主席特派國務院總理周恩來;\n蒙古人民共和國大人民呼拉爾主席團特派部長會議主席尤睦佳·澤登巴爾。\n雙方全權代表互相校閱全權證書,認為妥善後,議定下列各條:\n\n第一條 締約雙方將鞏固兩國的友好關系。\n';

test('gaps 55: the heads opening the preamble with no comma after them change places with the plenipotentiaries they send', () => {
  const second = signingCopies(HEADS)[1].text;
  assert.ok(second.includes('\n蒙古人民共和國大人民呼拉爾主席團和中華人民共和國主席亟願在互相尊重'), second);
  assert.ok(second.includes('\n蒙古人民共和國大人民呼拉爾主席團特派部長會議主席尤睦佳·澤登巴爾;\n中華人民共和國主席特派國務院總理周恩來。\n'));
  // Without the plenipotentiaries' lines naming the organs, nothing tells where a head ends before the verb: the order kept.
  const alone = HEADS.replace(/並各派全權代表如下:\n[^\n]*\n[^\n]*\n雙方全權代表互相校閱全權證書,認為妥善後,/, '');
  assert.ok(signingCopies(alone)[1].text.includes('\n中華人民共和國主席和蒙古人民共和國大人民呼拉爾主席團亟願'));
});

// 6b. A chapter's name a line break cut (监督法 2006 in LawRefBook/Laws 2f4c5c2, 宪法相关法/各级人民代表大会常务委员会监督法(2006-08-27).md:
// `## 第二章 听取和审议人民政府、人民法院和` / `` / `人民检察院的专项工作报告`): the name is both lines', as the 2024 text's decision
// quotes it, and the writer's clause and the consolidation read it whole.
const CUT_OLD = '# 甲市监督条例\n\n## 第一章 总则\n\n第一条 为了保障监督工作，制定本条例。\n\n## 第二章 听取和审议人民政府、人民法院和\n\n人民检察院的专项工作报告\n\n第二条 常务委员会每年听取和审议专项工作报告。\n\n## 第三章 附则\n\n第三条 本条例自公布之日起施行。\n';
const CUT_NEW = CUT_OLD.replace('## 第二章 听取和审议人民政府、人民法院和\n\n人民检察院的专项工作报告', '## 第二章 听取和审议专项工作报告');

test('gaps 55: a chapter\'s name cut by a line break after 和 is read over both lines, in the clause and its consolidation', () => {
  assert.deepEqual(buildTreaty(CUT_OLD).chapters.map((c) => c.caption), ['总则', '听取和审议人民政府、人民法院和人民检察院的专项工作报告', '附则']);
  assert.deepEqual(amendmentClauses(compareVersions(CUT_OLD, CUT_NEW)).clauses, ['将第二章章名“听取和审议人民政府、人民法院和人民检察院的专项工作报告”修改为“听取和审议专项工作报告”']);
  const done = consolidate(CUT_OLD, '一、将第二章章名“听取和审议人民政府、人民法院和人民检察院的专项工作报告”修改为“听取和审议专项工作报告”。\n');
  assert.deepEqual([done.problems, done.text], [[], CUT_NEW]);
  // A name ending as names do, or a next line that is a sentence (its full stop): the heading's line alone.
  assert.equal(buildTreaty(CUT_OLD.replace('人民法院和\n', '人民法院\n')).chapters[1].caption, '听取和审议人民政府、人民法院');
  assert.equal(buildTreaty(CUT_OLD.replace('人民检察院的专项工作报告\n', '人民检察院的专项工作报告应当公开。\n')).chapters[1].caption, '听取和审议人民政府、人民法院和');
});

// 6c. The 修改对照表's 说明 for an article split off that the bigrams miss (会计法 2024's 第四十九条, made of 2017's 第八条第三款,
// whose words 国家统一的会计制度 its other paragraphs share; review54Bite.test.ts 2, numbered 第一条 to 第四条 here): the writer's
// clause says 单列一条, and the table says so too — `新增（由原第一条拆分）`, not `新增`.
const ACC8 = [
  '国家实行统一的会计制度。国家统一的会计制度由国务院财政部门根据本法制定并公布。',
  '国务院有关部门可以依照本法和国家统一的会计制度制定对会计核算和会计监督有特殊要求的行业实施国家统一的会计制度的具体办法或者补充规定，报国务院财政部门审核批准。',
  '中国人民解放军总后勤部可以依照本法和国家统一的会计制度制定军队实施国家统一的会计制度的具体办法，报国务院财政部门备案。',
];
const ACC49 = '中央军事委员会有关部门可以依照本法和国家统一的会计制度制定军队实施国家统一的会计制度的具体办法，抄送国务院财政部门。';
const ACC_BEFORE = `# 中华人民共和国会计法\n\n第一条 ${ACC8.join('\n\n')}\n\n第二条 个体工商户会计管理的具体办法，由国务院财政部门根据本法的原则另行规定。\n\n第三条 本法自2000年7月1日起施行。\n`;
const ACC_AFTER = ACC_BEFORE.replace(`\n\n${ACC8[2]}\n\n第二条 `, `\n\n第二条 ${ACC49}\n\n第三条 `).replace('第三条 本法', '第四条 本法');

test('gaps 55: the comparison table says an article split off the bigrams miss is split from its article (新增（由原第一条拆分）)', () => {
  const notes = compareVersions(ACC_BEFORE, ACC_AFTER).changes.map((c) => [c.type === 'deleted' ? c.old.name : c.new.name, explain(c)]);
  assert.deepEqual(notes, [['第一条', '内容修改'], ['第二条', '新增（由原第一条拆分）'], ['第三条', '原第二条改为第三条'], ['第四条', '原第三条改为第四条']]);
  // An article added that no paragraph lost: 新增 alone.
  const added = ACC_BEFORE.replace('\n\n第二条 ', `\n\n第二条 ${ACC49}\n\n第三条 `).replace('第三条 本法', '第四条 本法');
  assert.equal(explain(compareVersions(ACC_BEFORE, added).changes[1]), '新增');
});
