// First reads of classes of real instrument the corpus lacked (test/fixtures/real): a military armistice between
// commanders quoted in part on a question-and-answer site, an international organisation's constitution on a law
// database, a boundary protocol's page of tables. Each rule they needed is about how Chinese treaty text is written,
// shown on a fixture string with what a careful reader reads in it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textContext } from '../../server/src/features/context';
import { referencesOf } from '../../server/src/model/references';
import { errorsAndWarnings } from '../support/wholeDiagnostics';

const read = (source: string) => textContext(source).treaty;
const problems = errorsAndWarnings;

// An excerpt leaves out paragraphs as it leaves out articles: the armistice's, numbered through the whole agreement,
// quoted `一、` then `四、`, `十二、` then `十四、`. The same text that does not say it is an excerpt has gaps.
const ARMISTICE = (title: string) =>
  `${title}\n第一条 军事分界线与非军事区\n一、确定一军事分界线,双方各由此线后退二公里。\n四、军事分界线按照军事停战委员会的指示加以明白标志。\n` +
  '第二条 停火与停战的具体安排\n十二、敌对双方司令官命令其控制下的一切武装力量完全停止敌对行为。\n十四、本停战协定适用于一切敌对的地面军事力量。\n十五、本停战协定适用于一切敌对的海上军事力量。\n';
test('unseen organisations: an excerpt\'s paragraph numbers skip on purpose (no numbering.item-gap); a whole text\'s do not', () => {
  for (const title of ['朝鲜停战协定(节选)', '朝鲜停战协定（节录）', '朝鲜停战协定摘录']) assert.deepEqual(problems(ARMISTICE(title)), [], title);
  assert.deepEqual(problems(ARMISTICE('朝鲜停战协定')), ['numbering.item-gap', 'numbering.item-gap']);
  // A repeated number is a fault in an excerpt too.
  assert.deepEqual(problems(ARMISTICE('朝鲜停战协定(节选)').replace('十五、', '十四、')), ['numbering.item-duplicate']);
});

// A title naming an instrument and, after 及其, what goes with it: the kind is the first one's.
test('unseen organisations: `…协定及其附件和临时补充协议` is of the kind 协定, its annexes and the texts beside it after 及其', () => {
  assert.equal(read(ARMISTICE('朝鲜停战协定及其附件和临时补充协议(节选)')).kind, '协定');
  assert.equal(read('联合国海洋法公约及其附件\n第一条 用语\n本公约适用于海洋。\n').kind, '公约');
  // Where 的 follows, the phrase qualifies a longer name, whose kind is the last word's.
  assert.equal(read('关于修改甲协定及其附件的议定书\n第一条 双方同意修改。\n').kind, '议定书');
  // 及其 after no kind (`国家及其财产…`) leaves the title's ending to say it.
  assert.equal(read('国家及其财产管辖豁免公约\n第一条 本公约适用于国家。\n').kind, '公约');
});

// An international organisation's constitution (`世界卫生组织组织法`, `国际电信联盟组织法`) is a treaty of the kind 组织法,
// calling itself 本组织法; a state organ's (`国务院组织法`) is a law, whose 本组织法 is itself too.
test('unseen organisations: an organisation\'s 组织法 is a constitution between states, of the kind 组织法, and 本组织法 is itself', () => {
  const text = '世界卫生组织组织法\n本组织法的签字国宣告下列各项原则。\n各签字国同意本组织法,成立世界卫生组织。\n第一章 目的\n第一条 世界卫生组织的宗旨为求各民族企达卫生之最高可能水准。\n';
  const t = read(text);
  assert.deepEqual([t.title?.text, t.kind], ['世界卫生组织组织法', '组织法']);
  assert.deepEqual(referencesOf(t).filter((r) => r.kind === 'self').map((r) => text.slice(r.start, r.end)), ['本组织法', '本组织法']);
  assert.equal(read('国际电信联盟组织法\n第一条 国际电信联盟的宗旨\n').kind, '组织法');
  const law = '中华人民共和国国务院组织法\n第一条 根据宪法有关国务院的规定,制定本组织法。\n第二条 国务院由总理、副总理组成。\n';
  const organ = read(law);
  assert.equal(organ.kind, '法');
  assert.deepEqual(referencesOf(organ).filter((r) => r.kind === 'self').map((r) => law.slice(r.start, r.end)), ['本组织法']);
});

// A table after its lead (`第十四条 关于界桩和分界点的位置,列表叙述如下:`, a boundary protocol's page): what the lead announces,
// in the lead's paragraph, whether a rule line of dashes or a blank line (as markdown sets a table apart) comes between.
test('unseen organisations: a table after a lead ending with `:` is that paragraph\'s, over a rule line or a blank line', () => {
  const table = '|界桩号|经度|纬度|\n|--|--|--|\n|1|74°34′00″.9|37°01′57″.4|\n';
  for (const gap of ['\n', '\n------------------------------------------------------------\n', '\n\n']) {
    const t = read(`第三部分 界桩和分界点位置叙述\n第十四条 关于界桩和分界点的位置,列表叙述如下:${gap}${table}\n第十五条 本议定书自签字之日起生效。\n`);
    assert.deepEqual(t.articles.map((a) => [a.name, a.paragraphs.length]), [['第十四条', 1], ['第十五条', 1]], JSON.stringify(gap));
  }
  // A table after a sentence that ends is a paragraph of its own, as before.
  const own = read(`第十四条 界桩的位置由双方测定。\n\n${table}\n第十五条 本议定书自签字之日起生效。\n`);
  assert.equal(own.articles[0].paragraphs.length, 2);
});
