// Rules read or made one in session 61 (s61features): each about how Chinese treaty text is written, shown on a fixture string
// with what a careful reader reads in it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textContext } from '../../server/src/features/context';
import { diagnostics } from '../../server/src/features/diagnostics';

const read = (source: string) => textContext(source).treaty;
/** The codes of the errors and warnings raised on a text. */
const raised = (source: string) => diagnostics(textContext(source)).filter((d) => d.severity === 1 || d.severity === 2).map((d) => String(d.code));

// A testimonium counting the copies by language before the seal (the 1928 Sino-American tariff treaty's form, test/fixtures/real/
// treaty_roc_us_tariff_1928_wikisource_hant.md), cut by a page before its date: one rule (words.ts COPIES_BY_LANGUAGE) says
// where the parser takes it for the clause and what the signing reader reads in it — the verb after 繕 written or not.
const SEALED = '整理中美兩國關稅關係之條約\n\n各將所奉文據互相校閱,均屬妥協,會商議定條約如左:\n\n' +
  '第一條 歷來中美兩國所訂立有效之條約內所載關於在中國進出口貨物之稅率,應即撤銷作廢。\n\n' +
  '第二條 本約之華文及英文業經詳加校對證實;惟遇有意旨兩歧之處,應以英文為準。\n\n' +
  '    因此,以上條約繕為華英文各二份,兩國全權畫押蓋印,以昭信守\n';

test('known 61: copies counted by language before the seal, 繕 with its verb or without, read by the parser and the reader alike', () => {
  for (const [copies, n] of [['繕為華英文各二份', 2], ['繕華英文各二份', 2], ['繕成華、英文各三份', 3], ['繕就華、英文各四份', 4]] as const) {
    const t = read(SEALED.replace('繕為華英文各二份', copies));
    assert.ok(t.signing, `${copies}: no signing clause read`);
    assert.equal(t.signing?.copies, n, copies);
    assert.deepEqual(t.signing?.languages, ['華文', '英文'], copies);
    assert.equal(t.articles.find((a) => a.name === '第二条')?.paragraphs.length, 1, copies);
    assert.deepEqual(raised(SEALED.replace('繕為華英文各二份', copies)), [], copies);
  }
  // No language before the count: no testimonium, the sentence the article's paragraph.
  const counted = read(SEALED.replace('繕為華英文各二份', '繕為各二份'));
  assert.equal(counted.signing, undefined);
  assert.equal(counted.articles.find((a) => a.name === '第二条')?.paragraphs.length, 2);
});

// A joint statement headed by its date and place in brackets under its title (Xinhua's form), no clause of its own: one rule
// (signing.ts BRACKETED_DATE_PLACE) for the model's line under the title and the reader's place in it.
const HEADED = '中华人民共和国和甲国关于深化全面战略伙伴关系的联合声明\n（二〇二四年七月二十九日，北京）\n' +
  '一、应中华人民共和国主席邀请,甲国总统于2024年7月28日至31日对中国进行国事访问。\n二、双方一致认为,两国始终相互尊重、平等相待。\n';

test('known 61: a bracketed date and place under a title, in Chinese numerals or digits, spaced: its date and place', () => {
  for (const line of ['（二〇二四年七月二十九日，北京）', '(2024年7月29日, 北京)', '（2024 年 7 月 29 日，北京 ）']) {
    const s = read(HEADED.replace('（二〇二四年七月二十九日，北京）', line)).signing;
    assert.deepEqual(s && [s.date?.year, s.date?.month, s.date?.day, s.place], [2024, 7, 29, '北京'], line);
  }
  // A day with no year is no date the line is read by.
  assert.equal(read(HEADED.replace('（二〇二四年七月二十九日，北京）', '（七月二十九日，北京）')).signing, undefined);
});

// The 1890 Sikkim convention on a page whose converter wrote every 一 as 壹 (test/fixtures/real/
// convention_qing_gb_sikkim_tibet_1890_ndbrw_hant.md): articles 第壹款…, and the signing clause glued in the last article's line
// after its seal, dated by the reign and the Western calendar (壹千八百九十年), the copies counted by language where they were made:
// a dated sentence counting its copies by language is a signing clause (parser.ts SIGNING), read in the last unit as one run on
// after its sentence is.
const SIKKIM = '茲因大清國大皇帝、大英國大君主實願固敦兩國睦誼,現經議定條約三款,臚列於後:\n' +
  '第壹款 藏、哲之界,以自布坦交界之支莫摯山起,分水流之壹帶山頂為界。\n' +
  '第二款 中、英兩國互允以第壹款所定之界限為準,由兩國遵守。\n' +
  '第三款 以上條款既定後,應送呈兩國批準,彼此各執,以昭信守。光緒十六年二月二十七日,即西歷壹千八百九十年三月十七日,在孟臘城繕就華、英文各四份,蓋印畫押 。\n' +
  '附註\n本條約見《光緒條約》,卷29,頁8-10。\n';

test('known 61: 第壹款 is article 1, and a dated sentence counting its copies by language in the last article signs the text', () => {
  const t = read(SIKKIM);
  assert.deepEqual(t.articles.map((a) => a.num), [1, 2, 3]);
  assert.deepEqual(t.articles.map((a) => a.paragraphs.length), [1, 1, 1]);
  const s = t.signing;
  assert.deepEqual(s && [s.date?.year, s.date?.month, s.date?.day, s.place, s.copies, s.languages], [1890, 3, 17, '孟臘城', 4, ['華文', '英文']]);
  assert.deepEqual(raised(SIKKIM), []);
  // The copies written in numerals of every day (一千八百九十年, 各四份): the same clause.
  const plain = read(SIKKIM.replace('壹千八百九十年', '一千八百九十年')).signing;
  assert.deepEqual(plain && [plain.date?.year, plain.place, plain.copies], [1890, '孟臘城', 4]);
  // A dated sentence counting no copies and signing nothing: the article's, no clause.
  assert.equal(read(SIKKIM.replace(',在孟臘城繕就華、英文各四份,蓋印畫押 。', '。')).signing, undefined);
  // Copies counted by language with no date before them: no clause either (a testimonium's, sealed, is: known 60 hant).
  assert.equal(read(SIKKIM.replace('光緒十六年二月二十七日,即西歷壹千八百九十年三月十七日,', '')).signing, undefined);
});
