// New texts of the real corpus read by rules in session 63 (s63unseenB: multilateral conventions, an NPC decision and laws
// touching foreign relations, pasted from news sites and document sites). Each rule is about how Chinese treaty text is
// written or copied, shown on a fixture string with what a careful reader reads in it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contextOf, textContext } from '../../server/src/features/context';
import { definition } from '../../server/src/features/definition';
import { diagnostics } from '../../server/src/features/diagnostics';
import { workspace } from '../support/workspace';

const read = (source: string) => textContext(source).treaty;
/** The codes of the errors and warnings raised on a text. */
const raised = (source: string) => diagnostics(textContext(source)).filter((d) => d.severity === 1 || d.severity === 2).map((d) => String(d.code));
/** The line `definition` lands on from the cursor (‸), or undefined when it answers nothing. */
function landsOn(source: string): number | undefined {
  const ws = workspace(source);
  const links = definition(contextOf(ws.index, ws.snapshot()), ws.offset);
  assert.ok(links.length <= 1, `${links.length} targets`);
  return links[0]?.targetSelectionRange.start.line;
}

// The NPC Standing Committee's decision ratifying the BBNJ agreement as Xinhua's «authorized release» prints it (test/fixtures/real/
// decision_npc_bbnj_2025_55883801_hant.md): the column's name and a bar before the headline (words.ts NEWS_COLUMN_LEAD).
const NAME = '《〈聯合國海洋法公約〉下國家管轄范圍以外區域海洋生物多樣性的養護和可持續利用協定》';
const DECISION = `全國人民代表大會常務委員會關于批準${NAME}的決定`;
const BBNJ = `受權發布丨${DECISION}\n新華社北京10月28日電\n全國人民代表大會常務委員會關于\n批準${NAME}的決定\n` +
  '(2025年10月28日第十四屆全國人民代表大會常務委員會第十八次會議通過)\n' +
  `第十四屆全國人民代表大會常務委員會第十八次會議決定:批準2023年9月20日由中華人民共和國政府代表在美國紐約聯合國總部簽署的${NAME}(以下簡稱《協定》)。同時聲明:\n` +
  '一、根據《協定》第十條第一款和第七十條,中華人民共和國對《協定》規定的適用作出例外聲明。\n' +
  '二、根據《協定》第七十一條,中華人民共和國對《協定》作出以下聲明。\n';

test('unseen 63b: a news agency\'s column name and bar before a headline are no part of the title', () => {
  assert.equal(read(BBNJ).title?.text, DECISION);
  assert.equal(read(BBNJ).kind, '决定');
  assert.deepEqual(read(BBNJ).articles.map((a) => a.name), ['一、', '二、']);
  // Simplified, with a full-width bar or a half-width one: the same.
  assert.equal(read(BBNJ.replace('受權發布丨', '受权发布｜')).title?.text, DECISION);
  assert.equal(read(BBNJ.replace('受權發布丨', '受权发布 | ')).title?.text, DECISION);
  // No bar after the column's words: they are not set apart as a column's, and stay (a title is not cut on a guess).
  assert.equal(read(BBNJ.replace('受權發布丨', '受權發布')).title?.text, '受權發布' + DECISION);
  // The agreement's articles cited through its short name are its own, not the decision's.
  assert.deepEqual(raised(BBNJ), []);
});

// The 1970 UNESCO convention on the illicit traffic in cultural property in a repository's Chinese text (test/fixtures/real/
// convention_unesco_cultural_property_1970_arcsite_bilingual_hant.md): `第六條（2）和第七條（2）` for Articles 6 (b) and 7 (b), the number
// of the article's item in brackets with no unit's word (model/references.ts BARE_NUMBER).
const UNESCO = '## 關於禁止和防止非法進出口文化財產和非法轉讓其所有權的方法的公約\n\n### 第五條\n' +
  '1. 本公約締約國承認文化財產非法進出口是原因之一。\n2. 為此目的,締約國承擔反對這種做法。\n\n' +
  '### 第六條\n本公約締約國承擔：\n1. 發放適當證件；\n2. 除非附有上述出口證件，禁止文化財產從本國領土出口；\n3. 通過適當方法宣傳這種禁止。\n\n' +
  '### 第七條\n本公約締約國承擔對觸犯上述第六‸條（2）所列的禁止規定負有責任者予以懲處。\n';

test('unseen 63b: a bracketed number after an article, no unit\'s word, names its item, or its paragraph', () => {
  const lines = UNESCO.split('\n');
  // Item 2 of article 6 (its one paragraph's list under the lead).
  assert.equal(landsOn(UNESCO), lines.indexOf('2. 除非附有上述出口證件，禁止文化財產從本國領土出口；'));
  // Article 5 has no items: its paragraph 2.
  assert.equal(landsOn(UNESCO.replace('第六‸條（2）', '第五‸條（2）')), lines.indexOf('2. 為此目的,締約國承擔反對這種做法。'));
  // A half-width bracket, a full-width digit: the same item.
  assert.equal(landsOn(UNESCO.replace('第六‸條（2）', '第六‸條(２)')), lines.indexOf('2. 除非附有上述出口證件，禁止文化財產從本國領土出口；'));
  // A caption in brackets after the label names no unit: the article.
  assert.equal(landsOn(UNESCO.replace('第六‸條（2）', '第六‸條（出口證件）')), lines.indexOf('### 第六條'));
  // An item the article lacks is reported, not read as the article.
  assert.ok(raised(UNESCO.replace('第六‸條（2）', '第六條（5）')).includes('ref.no-such-item'));
  assert.deepEqual(raised(UNESCO.replace('‸', '')), []);
});

// The 2023 consular protection regulation as a document site names its bilingual file (test/fixtures/real/
// regulation_cn_consular_protection_2023_yzwku_docx_bilingual.md): the languages paired and a year before the name (words.ts PARALLEL_LEAD).
const CONSULAR = '中英对照2023中华人民共和国领事保护与协助条例.docx\n\n' +
  '第一条 为了维护在国外的中国公民、法人、非法人组织正当权益,规范和加强领事保护与协助工作,制定本条例。\n\n' +
  '第二条 领事保护与协助工作坚持以人民为中心。\n';

test('unseen 63b: a bilingual file\'s languages and year before the name are no part of the title', () => {
  assert.equal(read(CONSULAR).title?.text, '中华人民共和国领事保护与协助条例');
  assert.equal(read(CONSULAR).kind, '条例');
  assert.equal(read(CONSULAR.replace('中英对照2023', '中俄文对照版')).title?.text, '中华人民共和国领事保护与协助条例');
  // A title opening with two countries' short names is whole (`中英联合声明`: no 对照 after them).
  assert.equal(read('中英联合声明\n\n一、双方声明如下。\n\n二、本声明自签字之日起生效。\n').title?.text, '中英联合声明');
});
