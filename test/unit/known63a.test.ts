// New texts of the real corpus (test/fixtures/real, docs/variants.md) read by rules in session 63 (s63unseenA: bilateral
// instruments of classes the corpus held little of — Hong Kong's agreements with foreign states as PDFs give them, Taiwan's
// arrangements with the United States on its law database, a treaty under the decision ratifying it). Each rule is about how such
// pages are written or copied, shown on a fixture string with what a careful reader reads in it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textContext } from '../../server/src/features/context';
import { diagnostics } from '../../server/src/features/diagnostics';
import { signingCopies } from '../../server/src/features/export/alternat';

const read = (source: string) => textContext(source).treaty;
const codes = (source: string) => diagnostics(textContext(source)).filter((d) => d.severity === 1 || d.severity === 2).map((d) => d.code);
const meaning = (source: string, term: string) => read(source).definitions.filter((d) => d.term === term).map((d) => d.meaning);

// Taiwan's law database (test/fixtures/real/memorandum_tecro_ait_agriculture_2007_moj_hant.md): its furniture, the name line naming
// the memorandum with the terms of reference printed after it, the history entry, then the memorandum's own title.
const MOJ = '跳至主要內容\n:::\n\n加入資料夾:\n\n所有條文\n\n' +
  '法規名稱: 駐美國台北經濟文化代表處與美國在台協會瞭解備忘錄及建立雙邊農業諮詢委員會工作規範(中譯本)\n' +
  '簽訂日期: 民國 96 年 07 月 10 日\n生效日期: 民國 96 年 07 月 10 日\n簽約國: 北美地區 > 美國\n沿革:\n' +
  '1.中華民國九十六年七月十日駐美國台北經濟文化代表處代表吳釗燮與美 國在台協會執行理事於華府簽署;並自九十六年 七月十日生效\n\n \n' +
  '駐美國台北經濟文化代表處與美國在台協會瞭解備忘錄(中譯本)\n\n' +
  '駐美國台北經濟文化代表處與美國在台協會雙方認知農業部門之重要性;\n駐美國台北經濟文化代表處與美國在台協會協議如下:\n\n' +
  '第一條\n雙方於此成立一農業諮詢委員會。\n\n第二條\n本瞭解備忘錄自簽署之日起生效。\n';

test('known 63a: a database\'s name line naming the instrument with what goes with it: the title line below whose words open it', () => {
  const t = read(MOJ);
  assert.equal(t.title?.text, '駐美國台北經濟文化代表處與美國在台協會瞭解備忘錄(中譯本)');
  // 瞭解備忘錄, Taiwan's spelling, is a memorandum of understanding.
  assert.equal(t.kind, '谅解备忘录');
  assert.deepEqual(codes(MOJ), []);
  // A line below naming another instrument is no title (as before: none read).
  assert.equal(read(MOJ.replace('在台協會瞭解備忘錄(中譯本)\n\n', '在台協會貿易暨投資架構協定(中譯本)\n\n')).title, undefined);
  // A name line ending with its kind is the title itself (as before).
  assert.equal(read(MOJ.replace('及建立雙邊農業諮詢委員會工作規範(中譯本)', '(中譯本)')).title?.text, '駐美國台北經濟文化代表處與美國在台協會瞭解備忘錄(中譯本)');
});

// A reprint of the NPC's database (treaty_cn_ar_extradition_2013_fl1002_hant.md): the site's headline in 《》 announcing the whole
// text, the decision ratifying the treaty, then the treaty's own title line.
const HEADLINE = '《中華人民共和國和阿根廷共和國引渡條約》(中文本全文)\n\n瀏覽量:          時間:2017-06-29 05:13:26\n\n' +
  '《全國人民代表大會常務委員會關于批準〈中華人民共和國和阿根廷共和國引渡條約〉的決定》\n\n' +
  '第十二屆全國人民代表大會常務委員會第二十八次會議決定:批準2013年5月10日由中華人民共和國代表在布宜諾斯艾利斯簽署的《中華人民共和國和阿根廷共和國引渡條約》。\n\n' +
  '中華人民共和國和阿根廷共和國引渡條約(中文本)\n\n中華人民共和國和阿根廷共和國(下稱雙方),\n\n決定締結本條約,并達成協議如下:\n\n' +
  '第一條 引渡義務\n\n雙方有義務根據本條約的規定,相互引渡被另一方通緝的人員。\n\n第二條 生效\n\n本條約自第三十日起生效。\n';

test('known 63a: a headline in 《》 announcing the whole text gives way to the instrument\'s own title line naming it the same', () => {
  const t = read(HEADLINE);
  assert.equal(t.title?.text, '中華人民共和國和阿根廷共和國引渡條約(中文本)');
  assert.equal(t.kind, '条约');
  assert.deepEqual(meaning(HEADLINE, '雙方'), ['中華人民共和國和阿根廷共和國']);
  // The other party's copy, its title line naming Argentina first, the headline's 《》 as written: the same instrument.
  assert.equal(read(HEADLINE.replace('中華人民共和國和阿根廷共和國引渡條約(中文本)', '阿根廷共和國和中華人民共和國引渡條約(中文本)')).title?.text, '阿根廷共和國和中華人民共和國引渡條約(中文本)');
  // With no line below naming it the same, the headline stays the title (as before).
  assert.equal(read(HEADLINE.replace('引渡條約(中文本)\n\n中華', '刑事司法協助條約(中文本)\n\n中華')).title?.text, '中華人民共和國和阿根廷共和國引渡條約');
  // A headline with no whole-text words is the title (as before).
  assert.equal(read(HEADLINE.replace('(中文本全文)', '')).title?.text, '中華人民共和國和阿根廷共和國引渡條約');
});

// A PDF's text of Hong Kong's investment agreement with Turkey (agreement_hk_tr_investment_2023_lawinsider_pdf_hant.md): the title over
// three lines, no blank line under it, the parties' short names in brackets, the second's with spaces inside its quotes.
const PDF = '中華人民共和國香港特別行政區政府和\n土耳其共和國政府\n關於相互促進和保護投資協定\n' +
  '中華人民共和國香港特別行政區(“香港特別行政區”) 政府,經中華人民共和國中央人民政府正式授權簽訂本協定,和土耳其共和國( “ 土耳其”)政府,以下統稱“締約雙方”,\n' +
  '願為締約一方投資者在締約另一方地區內作出更多投資創造有利條件,達成協議如下:\n' +
  '第一條 定義\n本協定內,“企業”指根據適用法律及法規組成或組織的任何法團。\n第二條 生效\n本協定自簽署之日起生效。\n' +
  '下列簽署人經各自政府正式授權,已簽署本協定,以昭信守。\n本協定於二〇二三年三月十五日在伊斯坦布爾簽訂,一式兩份,每份均以中文、土耳其文及英文寫成,三種文本同等作準。\n';

test('known 63a: a short name in brackets under the title\'s lines, spaces inside its quotes, after a list\'s 和', () => {
  // The name starts below the title (not `相互促進和保護投資協定中華人民共和國…`).
  assert.deepEqual(meaning(PDF, '香港特別行政區'), ['中華人民共和國香港特別行政區']);
  // The term without the spaces inside its quotes, the name without the conjunction joining it to the first party.
  assert.deepEqual(meaning(PDF, '土耳其'), ['土耳其共和國']);
  assert.deepEqual(meaning(PDF, ' 土耳其'), []);
  // A party whose name does not hold its short name: read without the 和 as well (was `和大不列顛及北愛爾蘭聯合王國`).
  assert.deepEqual(meaning(PDF.replace('和土耳其共和國( “ 土耳其”)', '和大不列顛及北愛爾蘭聯合王國(“英國”)'), '英國'), ['大不列顛及北愛爾蘭聯合王國']);
  // A blank line under the title (as before).
  assert.deepEqual(meaning(PDF.replace('投資協定\n', '投資協定\n\n'), '香港特別行政區'), ['中華人民共和國香港特別行政區']);
  // 和 opening a name after a comma is a name's (`和平`): kept.
  assert.deepEqual(meaning(PDF.replace('和土耳其共和國( “ 土耳其”)', '和平利用委員會(“委員會”)'), '委員會'), ['和平利用委員會']);
  assert.deepEqual(codes(PDF), []);
});

// A treaty database's memorandum (memorandum_cn_za_health_fsou.md): each party's short name in brackets between its name and its
// organ. The other party's copy (the alternat) names it first there too, and that copy's other copy is the text again.
const SHORT_INSIDE = '中华人民共和国政府和南非共和国政府关于公共卫生和医学科学谅解备忘录\n' +
  '中华人民共和国(以下简称“中国”)政府和南非共和国(以下简称“南非”)政府,以下总称“双方”,单称“一方”。\n' +
  '因而认识到,需要中国和南非的卫生机构进行合作。\n达成谅解如下:\n' +
  '第一条\n双方在公共卫生领域开展合作。\n第二条\n本谅解备忘录自签字之日起生效。\n' +
  '本谅解备忘录于二〇〇三年四月二十五日在比勒陀利亚签订,一式两份,每份均用中文和英文写成,两种文本同等作准。\n';

test('known 63a: the alternat moves a party\'s bracketed short name, between its name and its organ, with the party', () => {
  const copies = signingCopies(SHORT_INSIDE);
  assert.equal(copies.length, 2);
  assert.ok(copies[1].text.includes('南非共和国(以下简称“南非”)政府和中华人民共和国(以下简称“中国”)政府,以下总称“双方”'), copies[1].text.split('\n')[1]);
  assert.equal(signingCopies(copies[1].text)[1].text, SHORT_INSIDE);
  // Without the brackets (as before): the names swapped with their organs.
  const plain = SHORT_INSIDE.replace('中华人民共和国(以下简称“中国”)政府和南非共和国(以下简称“南非”)政府', '中华人民共和国政府和南非共和国政府');
  assert.ok(signingCopies(plain)[1].text.includes('\n南非共和国政府和中华人民共和国政府,以下总称'));
});
