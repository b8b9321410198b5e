// Readings of real pages of shapes the corpus lacked (session 44: test/fixtures/real/README.md), as data: a small text as a
// drafter pastes it, the reading a reader gives, and the texts the rule must leave alone. Expected readings written by reading.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textContext } from '../../server/src/features/context';

// A trade site's copy of an agreement, its page source cut into the text above the title: the `<meta name="description">`
// content (the preamble's first words, naming the joint communique in 《》) closed by `" />`, then the site's spam and
// breadcrumb, then the title. The tag's end makes the line the page's source: no title, whatever kind it names.
const META_DESCRIPTION = [
  '執行日期:1980-09-17',
  '甲國政府和乙國政府根據《甲國和乙國關于建立外交關系的聯合公報》的精神,考慮到海運" />',
  '',
  '網站簡介,聯繫我們,常見問題,外貿資訊',
  '',
  '外貿課堂 外貿網站 外貿知識 外貿百科',
  '當前位置:首頁 > 外貿知識 > 甲國政府和乙國政府海運協定',
  '',
  '甲國政府和乙國政府海運協定',
  '',
  '甲國政府和乙國政府根據《甲國和乙國關于建立外交關系的聯合公報》的精神,達成協議如下:',
  '',
  '第一條',
  '',
  '雙方同意發展海運合作。',
  '',
  '第二條',
  '',
  '本協定自簽字之日起生效。',
  '',
].join('\n');

test('unseen 44: a meta description cut into a page, closed by the tag\'s end, is no title', () => {
  const t = textContext(META_DESCRIPTION).treaty;
  assert.equal(t.title?.text, '甲國政府和乙國政府海運協定');
  assert.equal(t.kind, '协定');
  assert.deepEqual(t.articles.map((a) => a.name), ['第一条', '第二条']);
  // Not: a title line ending with an instrument's name in 「」 or a bracket (no quote mark then `>`): still the title.
  const own = textContext('甲國政府和乙國政府海運協定(1980)\n\n雙方達成協議如下:\n\n第一條\n\n雙方同意發展海運合作。\n\n第二條\n\n本協定自簽字之日起生效。\n').treaty;
  assert.equal(own.title?.text, '甲國政府和乙國政府海運協定(1980)');
  // Nor a title holding a whole tag of its own (`<img src="…">`, its start on the line): the line is the title, markup and all.
  const tagged = textContext('# 甲乙协议<img src="https://example.org/t.png">\n\n甲国和乙国,达成协议如下:\n\n## 第一条\n\n双方合作。\n').treaty;
  assert.equal(tagged.title?.text, '甲乙协议<img src="https://example.org/t.png">');
});

// A law library's page: the title, then the dates as fields glued to their labels, no colon (`签订日期1989.8.31 生效日期1990.10.29`),
// over the preamble naming the parties: the line is the fields, the preamble's phrase (and the short name it defines) starts
// under it, as under a field with a colon.
test('unseen 44: date fields glued to their labels are no phrase the preamble goes on', () => {
  for (const fields of ['签订日期1989.8.31 生效日期1990.10.29', '签订日期1989年8月31日', '生效日期1990-10-29']) {
    const t = textContext(`关于民事和刑事司法协助的条约\n${fields}\n甲国和乙国(以下简称“缔约双方”),决定缔结本条约。\n第一条 司法保护\n缔约双方相互提供司法协助。\n第二条 生效\n本条约自签字之日起生效。\n`).treaty;
    assert.deepEqual(t.definitions.map((d) => [d.term, d.meaning]), [['缔约双方', '甲国和乙国']], fields);
  }
  // Not: a sentence opening with such a word and broken by the width (`生效日期1990年10月29日以后` / `签订的协定…`): it goes on.
  const u = textContext('甲国和乙国条约\n生效日期1990年10月29日以后\n签订的合同(以下简称“新合同”)适用本条约。\n第一条 适用\n本条约适用于新合同。\n第二条 生效\n本条约自签字之日起生效。\n').treaty;
  assert.deepEqual(u.definitions.map((d) => [d.term, d.meaning]), [['新合同', '生效日期1990年10月29日以后签订的合同']]);
});

// An agreement's point citing the Chicago Convention without 《》 by its date and place (`依據一九四四年簽於芝加哥之國際民航公約`,
// Taiwan's air agreements, on a line the database's width broke; the page cut it after 公): the place after 簽於 and 之 make the date-place the convention's, no signing
// clause of this agreement. A signing clause going on after its place (`…簽於臺北,一式兩份`) stays one.
test('unseen 44: a date and place after 簽於 followed by 之 date the noun after them, no signing clause', () => {
  const head = '中華民國民用航空局與甲國航空當局間交換航權協定\n\n雙方爰協議如左:\n一 各方得以書面指定航空公司營運附約所載之航線。\n';
  for (const cited of ['一九四四年簽於芝加哥之國際民航公約', '一九四四年簽於芝加哥之國際民航公', '一九四四年訂於芝加哥的國際民用航空公約']) {
    const t = textContext(`${head}二 各方對於他方所發之證書應承認其效力,但此項證書之要件至少須相等\n於依據${cited}`).treaty;
    assert.equal(t.signing, undefined, cited);
  }
  const signed = textContext(`${head}二 各方應承認他方所發之證書。\n\n本協定於中華民國八十年八月三十日簽於臺北,一式兩份。\n`).treaty;
  assert.equal(signed.signing?.place, '臺北');
  assert.equal(signed.signing?.date?.year, 1991);
  // 之 inside the place's name (Shimonoseki, `下之關`): the clause's place.
  const named = textContext(`${head}二 各方應承認他方所發之證書。\n\n光緒二十一年三月二十三日訂於下之關，繕寫兩分。\n`).treaty;
  assert.equal(named.signing?.place, '下之關');
});

// An investment agreement's terms as items, one defined for the party it applies to (the 1988 China–Japan agreement:
// `(三)“国民”,对缔约一方系指具有该缔约一方国籍的自然人。`): the qualifier between the term and 系指 is no part of the meaning.
test('unseen 44: a term defined for a party (对缔约一方系指) means what follows the verb', () => {
  for (const [term, line, meaning] of [
    ['国民', '(三)“国民”,对缔约一方系指具有该缔约一方国籍的自然人。', '具有该缔约一方国籍的自然人'],
    ['國民', '(三)「國民」,對締約任何一方係指具有該締約一方國籍的自然人。', '具有該締約一方國籍的自然人'],
  ]) {
    const t = textContext(`甲国和乙国关于鼓励和相互保护投资协定\n第一条\n本协定内:\n(一)“收益”,系指由投资财产所产生的价值。\n${line}\n第二条\n本协定自签字之日起生效。\n`).treaty;
    assert.equal(t.definitions.find((d) => d.term === term)?.meaning, meaning, line);
  }
});

// Taiwan's law database printing an agreement with no name field: its history field over the title (`沿革:` / `1.中華民國八十九年
// 八月一日…副代表` / `羅致遠與…簽訂;並於八十九年八月一日` / `開始執行`), the entry numbered and broken by the width, then the title over
// two lines and a line on its signing: the entry is the database's, the title the lines after it.
test('unseen 44: a law database\'s history field and its numbered entries over the title are no title', () => {
  const history = '沿革:\n1.中華民國八十九年八月一日甲協會副代表\n某甲與乙協會副執行理事某乙簽訂;並於八十九年八月一日\n開始執行\n';
  const body = '甲協會及乙協會\n關於公務人員研習交流計畫之協定\n簽署於西元二千年八月一日並於簽署日起開始執行\n第一條 範圍\n本協定係提供雙方合作之架構。\n第二條 授權\n本協定係依據雙方之規定。\n';
  assert.equal(textContext(history + body).treaty.title?.text, '甲協會及乙協會關於公務人員研習交流計畫之協定');
  // Two entries, the second on one line.
  assert.equal(textContext(history + '2.中華民國九十年一月一日修正;並於同日生效\n' + body).treaty.title?.text, '甲協會及乙協會關於公務人員研習交流計畫之協定');
  // Not: a history label with no numbered entry under it: the line after it is read as before.
  assert.equal(textContext('沿革:\n' + body).treaty.title?.text, '甲協會及乙協會關於公務人員研習交流計畫之協定');
});
