// Known failures of the real corpus (test/fixtures/real/known-failures.json) read by rules in session 63 (m63known): each rule is
// about how Chinese treaty texts are written, printed or copied, shown on a fixture string with what a careful reader reads in it,
// and beside it the text the rule must leave as it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textContext } from '../../server/src/features/context';
import { diagnostics } from '../../server/src/features/diagnostics';

const read = (source: string) => textContext(source).treaty;
const errorsAndWarnings = (source: string) => diagnostics(textContext(source)).filter((d) => d.severity === 1 || d.severity === 2).map((d) => d.code);

// The Republic's treaties close with two dates, the Republic's and the Western one, joined by 、 (the 1928 Sino-German tariff
// treaty on Wikisource, test/fixtures/real/treaty_roc_de_tariff_1928_wikisource_hant.md, the store cutting the Western one in its month).
const TARIFF = '中德條約\n' +
  '大中華民國大德意志民國因欲增進兩國間固有之睦誼,決定締結條約,議定條約於後:\n' +
  '第一條 兩締約國議定對於一切關稅及其關係事項在彼此領土內享受之待遇應與任何其他國享受之待遇毫無差別。\n' +
  '第二條 本條約應於最短期內批准,於兩國政府互相通知批准之日起,發生效力。\n';

test('known 63: a closing\'s two dates in two calendars on the last line, cut or whole, are the signing clause, no paragraph of the last article', () => {
  for (const dates of ['大中華民國十七年八月十七日、西曆一九二八年八月', '大中華民國十七年八月十七日、西曆一九二八年八月十七日', '中华民国四十一年四月二十八日,即公历一九五二年四月二十八日']) {
    const t = read(TARIFF + dates + '\n');
    assert.deepEqual(t.articles.map((a) => a.paragraphs.length), [1, 1], dates);
    assert.ok(t.signing, `no signing clause read under ${dates}`);
    assert.equal(t.signing.date?.year, dates.includes('一九五二') ? 1952 : 1928);
    assert.deepEqual(errorsAndWarnings(TARIFF + dates + '\n'), []);
  }
});

test('known 63: one date alone, two dates the text goes on after, or a date and more words are no such closing', () => {
  // (A date alone, no place: a page's date as well as a closing's — read as before, the article's paragraph.)
  assert.deepEqual(read(TARIFF + '大中華民國十七年八月十七日\n').articles.map((a) => a.paragraphs.length), [1, 2]);
  // (Two dates, then a line of the text: not the text's last line, so no closing cut by a page — the line goes on into the next.)
  const goesOn = read(TARIFF + '大中華民國十七年八月十七日、西曆一九二八年八月\n兩國政府另以換文定之。\n');
  assert.deepEqual(goesOn.articles.map((a) => a.paragraphs.length), [1, 2]);
  assert.equal(goesOn.signing, undefined);
  // (A sentence holding dates: the article's.)
  assert.deepEqual(read(TARIFF + '大中華民國十七年八月十七日、西曆一九二八年八月十七日以前之稅率仍舊。\n').articles.map((a) => a.paragraphs.length), [1, 2]);
});

// A law database's editorial note in round brackets under the title, never closed (the store cut the page inside it), holding a
// party's declarations numbered 一、 二、 (test/fixtures/real/convention_untoc_2000_pkulaw_declarations.md).
const NOTED = '联合国打击跨国有组织犯罪公约\n\n' +
  '(本公约于2000年11月15日经第55届联合国大会审议通过,2003年9月29日生效。\n' +
  '我国政府于2000年12月12日签署该约,全国人大常委会于2003年8月27日予以批准。中华人民共和国于2003年9月23日交存批准书,并声明如下:\n' +
  ' 一、中华人民共和国对本公约第35条第2款予以保留,不受该款约束。\n' +
  ' 二、在中华人民共和国政府另行通知前,本公约暂不适用于香港特别行政区。\n' +
  ' 三、本公约适用于澳门特别行政区。同时作如下声明:\n' +
  ' 1.澳门特别行政区指定澳门特别行政区行政法务司司长为中央当局;\n' +
  ' 2.澳门特别行政区仅接受以中文或葡文提出的司法协助请求。\n';

test('known 63: a database\'s note on the text never closed holds its points: none of the text\'s, and no signing clause in it', () => {
  const t = read(NOTED);
  assert.equal(t.title?.text, '联合国打击跨国有组织犯罪公约');
  assert.deepEqual(t.articles.map((a) => a.name), []);
  assert.equal(t.signing, undefined);
  assert.deepEqual(errorsAndWarnings(NOTED), []);
});

test('known 63: a note closed after its first sentence, or one that does not speak of the text, leaves the points the text\'s', () => {
  const closed = NOTED.replace('2003年9月29日生效。\n', '2003年9月29日生效。)\n');
  assert.deepEqual(read(closed).articles.map((a) => a.name), ['一、', '二、', '三、']);
  const other = NOTED.replace('(本公约于', '(该会议于');
  assert.deepEqual(read(other).articles.map((a) => a.name), ['一、', '二、', '三、']);
});

// A drafting manual's page: an example under its label, signed and dated, then the next model's title over its points or articles
// (test/fixtures/real/communique_cn_qa_diplomatic_1988_renwuwiki.md, memorandum_cn_ie_embassies_1979_cread_hant.md).
const EXAMPLE = '公报\n\n【简介】:\n\n公报,亦称会谈公报、新闻公报。\n\n【范例】:\n\n' +
  '中华人民共和国和卡塔尔国建立外交关系联合公报\n\n' +
  '中华人民共和国政府和卡塔尔国政府决定自一九八八年七月九日起建立大使级外交关系。\n\n' +
  '中华人民共和国代表 卡塔尔国代表\n\n周觉 阿迪亚\n\n(签字) (签字)\n\n1988年7月5日于巴黎\n\n';
const NEXT_POINTS = '中秘两国政府新闻公报\n\n一、应中华人民共和国主席的邀请,秘鲁共和国总统对中国进行国事访问。\n\n二、两国领导人就当前国际形势交换了意见。\n';
const NEXT_ARTICLES = '二、條款式\n\n中華人民共和國××部和××共和國××部關於××××合作的備忘錄\n\n雙方達成協議如下:\n\n第一條技術合作的原則\n\n一、×××××××××××××。\n\n第二條××××××\n\n一、×××××××××××××××。\n';

test('known 63: a manual\'s example ends at its date-place line under the signatories\' marks: the next model\'s units are not its', () => {
  // (The book's heading right under the date-place line, no blank line between, is no part of the place: `於紐約` / `二、條款式`.)
  for (const page of [EXAMPLE + NEXT_POINTS, EXAMPLE + NEXT_ARTICLES, EXAMPLE.replace(/\n\n$/, '\n') + NEXT_ARTICLES]) {
    const t = read(page);
    assert.equal(t.title?.text, '中华人民共和国和卡塔尔国建立外交关系联合公报');
    assert.deepEqual(t.articles.map((a) => a.name), []);
    assert.ok(t.signing, 'no signing clause read');
    assert.deepEqual([t.signing.date?.year, t.signing.date?.month, t.signing.date?.day, t.signing.place], [1988, 7, 5, '巴黎']);
  }
});

test('known 63: with no example label above, or no marks over the date, the instrument under the date keeps its units', () => {
  // (A signed note over the agreement it sends: the agreement's points are the page's.)
  const note = EXAMPLE.replace('【范例】:', '附:');
  assert.deepEqual(read(note + NEXT_POINTS).articles.map((a) => a.name), ['一、', '二、']);
  const unmarked = EXAMPLE.replace('(签字) (签字)\n\n', '');
  assert.deepEqual(read(unmarked + NEXT_POINTS).articles.map((a) => a.name), ['一、', '二、']);
});

// The sentence naming the languages the text is written in, after the last article, the store cutting the page before its date
// (the 1932 Shanghai truce quoted in a novel, test/fixtures/real/agreement_roc_jp_shanghai_truce_1932_uuks_pinyin_hant.md).
const TRUCE = '上海停戰協定\n\n' +
  '第一條中國及日本當局既經下令停戰,茲雙方協定,自中華民國二十一年五月五日起,確定停戰。\n\n' +
  '第二條本協定自簽字之日起,發生效力。\n\n';

test('known 63: the languages\' sentence closing the text after its last article is the closing\'s, no paragraph of the article', () => {
  for (const closing of ['本協定用中、日、英三國文字繕成,如意義上發生疑義時,或中、日、英三文間發生有不同', '本协定用中文和英文两种文字写成,两种文本同等作准。']) {
    const t = read(TRUCE + closing + '\n');
    assert.deepEqual(t.articles.map((a) => a.paragraphs.length), [1, 1], closing);
    assert.ok(t.signing, `no signing clause read in ${closing}`);
  }
});

test('known 63: a last paragraph saying anything else, or a languages\' sentence the text goes on after, stays the article\'s', () => {
  assert.deepEqual(read(TRUCE + '本協定之附件,為本協定之組成部分。\n').articles.map((a) => a.paragraphs.length), [1, 2]);
  assert.deepEqual(read(TRUCE + '本協定用中、日、英三國文字繕成。\n\n本協定之附件,為本協定之組成部分。\n').articles.map((a) => a.paragraphs.length), [1, 3]);
});
