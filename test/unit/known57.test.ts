// New texts of the real corpus (test/fixtures/real, docs/variants.md) read by rules in session 57 (s57unseen). Each rule is
// about how Chinese treaty text is written or copied, shown on a fixture string with what a careful reader reads in it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textContext } from '../../server/src/features/context';

const read = (source: string) => textContext(source).treaty;

// The Republic of China–Spain cultural convention (1957) on Taiwan's law database (test/fixtures/real/
// convention_roc_es_culture_1957_moj_hant.md): the name field is the only title, the kind 專約.
const CONVENTION = '法規名稱: 中華民國與西班牙國間文化專約\n簽訂日期: 民國 46 年 02 月 07 日\n\n' +
  '中華民國政府與西班牙國政府為加強兩國文化聯絡,爰決定締結一項文化專約,並為此各派全權代表如左:\n' +
  '第一條 締約雙方茲宣示其意願,將兩國文化關係建立於鞏固基礎之上。\n第二條 締約雙方應對兩國學生、教授之交換,盡力予以便利。\n';

test('known 57: a convention on one matter (…專約) is of the kind 专约, its database name line its title', () => {
  const t = read(CONVENTION);
  assert.equal(t.kind, '专约');
  assert.equal(t.title?.text, '中華民國與西班牙國間文化專約');
  assert.deepEqual(t.articles.map((a) => a.name), ['第一条', '第二条']);
  // Simplified likewise.
  assert.equal(read(CONVENTION.replace('間文化專約\n', '间文化专约\n')).kind, '专约');
  // A name line ending with no kind gives no title.
  assert.equal(read(CONVENTION.replace('間文化專約\n', '間文化交流\n')).title, undefined);
});

// The Republic of China (Taiwan)–Paraguay agreement (2017) on the same database (test/fixtures/real/
// agreement_roc_py_apostille_2017_moj_hant.md): its name field with the database's note of what else the record holds.
const NOTED = '法規名稱: 中華民國(臺灣)政府與巴拉圭共和國政府免除外國公文書重複驗證協定(含雙方相關節略)\n簽訂日期: 民國 106 年 07 月 12 日\n\n' +
  '中華民國政府與巴拉圭共和國政府,以下簡稱「締約雙方」;\n\n同意下列條款:\n\n' +
  '第一條 公文書之定義與適用範圍\n本協定適用於在一締約方領土內作成之公文書。\n第二條 免除重複驗證\n締約雙方應予免除重複驗證手續。\n';

test('known 57: a database\'s remark on what else its record holds (…協定(含雙方相關節略)) is no part of the title', () => {
  const t = read(NOTED);
  assert.equal(t.title?.text, '中華民國(臺灣)政府與巴拉圭共和國政府免除外國公文書重複驗證協定');
  assert.equal(t.kind, '协定');
  // Another record's contents, in full-width brackets, likewise.
  assert.equal(read(NOTED.replace('(含雙方相關節略)', '（含議定書）')).title?.text, '中華民國(臺灣)政府與巴拉圭共和國政府免除外國公文書重複驗證協定');
  // A bracket after the kind not opening with 含 stays (a remark no rule reads).
  assert.equal(read(NOTED.replace('(含雙方相關節略)', '(草簽本)')).title?.text, '中華民國(臺灣)政府與巴拉圭共和國政府免除外國公文書重複驗證協定(草簽本)');
});

// The amendment of the Republic of China–United States atomic energy agreement (1962) on a blog (test/fixtures/real/
// agreement_roc_us_atomic_energy_amending_1962_ranotyam_hant.md): the testimonium, the copies and the date each a sentence of
// its own under the last article.
const AMENDMENT = '中華民國政府與美利堅合眾國政府民用原子能合作協定之修正協定\n' +
  '中華民國政府與美利堅合眾國政府願就民用原子能合作協定 (以下簡稱「合作協定」) 予以修展。\n經協議如左:\n' +
  '第一條 合作協定業經修正之第八條內「一九六二年七月十七日」之日期應予刪除,而以「一九六四年七月十七日」之日期代替。\n' +
  '第二條 本修正案自締約每一方政府均接收對方政府書面通知之日起生效。\n' +
  '為此,雙方全權代表爰於本修正案簽字,以昭信守。\n本修正案應繕兩份。\n公曆一九六二年五月三十一日訂於華盛頓。\n' +
  '中華民國政府代表 蔣廷黻 (簽字) 美利堅合眾國政府代表: 哈里曼 (簽字)\n';

test('known 57: a testimonium a sentence before the copies\' (…以昭信守。 / 本修正案應繕兩份。 / date-place) opens the signing clause', () => {
  const t = read(AMENDMENT);
  assert.deepEqual(t.articles.map((a) => a.name), ['第一条', '第二条']);
  assert.equal(t.articles[1].paragraphs.length, 1);
  assert.deepEqual([t.signing?.date?.year, t.signing?.date?.month, t.signing?.date?.day, t.signing?.place, t.signing?.copies], [1962, 5, 31, '華盛頓', 2]);
  // A sentence between them that is no testimonium stays the last article's (its second paragraph).
  const other = read(AMENDMENT.replace('為此,雙方全權代表爰於本修正案簽字,以昭信守。', '本修正案在合作協定有效期間內繼續有效。'));
  assert.equal(other.articles[1].paragraphs.length, 2);
  assert.equal(other.signing?.copies, 2);
});
