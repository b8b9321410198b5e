// New texts of the real corpus (test/fixtures/real, docs/variants.md) read by rules in session 62 (s62unseenA: Qing and
// Republican treaties, traditional script, Wikisource's pages and pages that dropped the space after a label). Each rule is about
// how Chinese treaty text is written or copied, shown on a fixture string with what a careful reader reads in it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textContext } from '../../server/src/features/context';
import { diagnostics } from '../../server/src/features/diagnostics';

const read = (source: string) => textContext(source).treaty;
/** The articles read, each with its count of paragraphs. */
const articles = (source: string) => read(source).articles.map((a) => [a.name, a.paragraphs.length]);
/** The signing date read, [year, month, day]. */
const signed = (source: string) => {
  const d = read(source).signing?.date;
  return d && [d.year, d.month, d.day];
};
/** The codes of the errors and warnings raised on a text. */
const raised = (source: string) => diagnostics(textContext(source)).filter((d) => d.severity === 1 || d.severity === 2).map((d) => String(d.code));

// The 1886 Sino-British Burma convention on Wikisource (test/fixtures/real/convention_qing_gb_burma_1886_wikisource_hant.md): the
// category line over the name, five clauses marked 一, the reign's date and the Western one under it, written 西厯.
const BURMA = '中英緬甸條款\n\n条约  中英會議緬甸條款\n大清帝國、英國\n\n' +
  '大清國大皇帝、大英國大君主五印度大后帝,因欲固存兩國友睦,厯久不渝,茲由\n\n將所議條款開列於左:\n\n' +
  '一 因緬甸每屆十年,向有派員呈進方物成例,英國允由緬甸最大之大臣,每屆十年,派員循例舉行。\n\n' +
  '一 中國允英國在緬甸現時所秉一切政權,均聽其便。\n\n' +
  '一 本約立定由兩國特派大臣在中國京城,將約文各三分先行畫押,蓋用印章,恭候兩國御筆批准,在於英國京城速行互換,以昭信守。\n\n' +
  '光緒十二年六月二十三日\n\n西厯一千八百八十六年七月二十四日\n';

test('known 62 (hant): 西厯, 厯 a variant of 曆, dates a Qing closing as 西曆 does', () => {
  assert.deepEqual(signed(BURMA), [1886, 7, 24]);
  assert.deepEqual(signed(BURMA.replace('西厯', '西曆')), [1886, 7, 24]);
  assert.deepEqual(raised(BURMA), []);
});

test('known 62 (hant): a wiki\'s category line names the kind before the title, white space between', () => {
  const t = read(BURMA);
  assert.equal(t.title?.text, '中英會議緬甸條款');
  // The name names no kind (條款): the category's is the text's.
  assert.equal(t.kind, '条约');
  assert.deepEqual(articles(BURMA).map(([n]) => n), ['一、', '一、', '一、']);
  // A kind glued to the words after it is a title's own word (`条约汇编`, no white space): kept.
  assert.equal(read(BURMA.replace('条约  中英會議緬甸條款', '協定中英會議緬甸條款')).title?.text, '協定中英會議緬甸條款');
});

// The 1885 Sino-Japanese convention of Tianjin on Wikisource (convention_qing_jp_tianjin_1885_wikisource_hant.md): each side's date
// over its plenipotentiary, the state's name before the era.
const TIANJIN = '中日天津條約\n\n各遵所奉諭旨,公同會議,訂立專條,以敦和誼。所有約款臚列於左:\n\n' +
  '一、議定中國撤駐紮朝鮮之兵,日本國撤在朝鮮護衛使館之兵弁,以四箇月為期。\n\n' +
  '一、將來朝鮮國若有變亂重大事件,中、日两國或一國要派兵,应先互行文知照。\n\n' +
  '大清光緒十一年三月初四日\n\n特派全權大臣文華殿大學士直隸總督一等肅毅伯爵李鴻章\n\n' +
  '大日本國明治十八年四月十八日\n\n特派全權大使參議兼宫內卿勳一等伯爵伊藤博文\n';

test('known 62 (hant): a Qing closing\'s dates with the states\' names, each over its plenipotentiary, sign the text', () => {
  // The lunar reign date dates nothing: the Japanese one, under the first plenipotentiary, does.
  assert.deepEqual(signed(TIANJIN), [1885, 4, 18]);
  // The two points keep one paragraph each: the closing is none of theirs.
  assert.deepEqual(articles(TIANJIN), [['一、', 1], ['一、', 1]]);
  assert.deepEqual(raised(TIANJIN), []);
  // Without 大清 the reign's date opens the clause as before.
  assert.deepEqual(signed(TIANJIN.replace('大清光緒', '光緒')), [1885, 4, 18]);
  // A line between the dates naming no signatory ends the run: the Japanese date is no longer the clause's.
  assert.equal(signed(TIANJIN.replace('特派全權大臣文華殿大學士直隸總督一等肅毅伯爵李鴻章', '中國兵由馬山浦撤去')), undefined);
});

// The 1844 Treaty of Whampoa on a page that dropped the space after every label (treaty_qing_fr_whampoa_1844_3du_hant.md).
const WHAMPOA = '黃埔條約條約原文\n一八四四年十月二十四日,道光二十四年九月十三日,黃埔。\n' +
  '今大清國與大佛蘭西國以所歷久貿易、船隻情事等之往來,兩國大皇帝酌定議立和好、貿易、船隻情事章程,議立條款開列於左:\n' +
  '第一款嗣後大清國皇上與大佛蘭西國皇上及兩國民人均永遠和好。\n' +
  '第二款自今以後,凡佛蘭西人家眷,可帶往中國之廣州、廈門、福州、寧波、上海五口市埠地方居住、貿易。\n' +
  '第三款凡佛蘭西人在五口地方,所有各家產、財貨,中國民人均不得欺凌侵犯。\n';

test('known 62 (hant): an older treaty\'s 第N款 glued to its text, numbered on, heads its article', () => {
  assert.deepEqual(articles(WHAMPOA), [['第一款', 1], ['第二款', 1], ['第三款', 1]]);
  assert.deepEqual(raised(WHAMPOA), []);
  // A label a reference goes on from (`第二款規定`) is the sentence's: article 1's paragraph.
  assert.deepEqual(articles(WHAMPOA.replace('第二款自今以後', '第二款規定自今以後')), [['第一款', 2], ['第三款', 1]]);
  // A label numbered again (`第一款` after `第一款`): no label either — the next, numbered on from the first, is one.
  assert.deepEqual(articles(WHAMPOA.replace('第二款自今以後', '第一款自今以後')), [['第一款', 2], ['第三款', 1]]);
  // An article deleted (`第二款`): the next is read all the same, its gap warned and renumbering offered as for any treaty.
  const deleted = WHAMPOA.replace(/第二款[^\n]*\n/, '');
  assert.deepEqual(articles(deleted), [['第一款', 1], ['第三款', 1]]);
  assert.deepEqual(raised(deleted), ['numbering.gap']);
  // Under a law's articles of 条, a line opening `第二款…` is a paragraph of the article above, never an article.
  const law = '某某条例\n\n第一条 为了规范管理，制定本条例。\n第二款适用于本市行政区域。\n';
  assert.deepEqual(articles(law), [['第一条', 2]]);
});

test('known 62 (hant): a wiki\'s year in brackets after the title is its disambiguation', () => {
  const page = '中德條約 (民國17年)\n\n大中華民國大德意志民國因欲增進兩國間固有之睦誼,決定締結條約。\n\n' +
    '第一條 兩締約國議定對於一切關稅及其關係事項享受之待遇毫無差別。\n\n第二條 本條約應於最短期內批准。\n';
  assert.equal(read(page).title?.text, '中德條約');
  assert.equal(read(page.replace(' (民國17年)', ' (1928年)')).title?.text, '中德條約');
  // A bracket that is no year alone (`(2018年修正)`, a law's revision) stays the title's.
  assert.equal(read(page.replace(' (民國17年)', ' (2018年修正)')).title?.text, '中德條約 (2018年修正)');
});
