// Known failures and new texts of the real corpus (test/fixtures/real, known-failures.json, docs/variants.md) read by rules in
// session 50. Each rule is about how Chinese treaty text is written or copied, shown on a fixture string with what a careful
// reader reads in it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textContext } from '../../server/src/features/context';
import { definition } from '../../server/src/features/definition';

const read = (source: string) => textContext(source).treaty;

// The additional protocol (2007) to the China–Romania investment agreement (https://globalsummitryproject.com/RuleofLaw/bits/
// romania2007ch.html, test/fixtures/real/protocol_cn_ro_investment_additional_2007_gsp.md): `协定第三条第三款被以下条款全部替代:`
// over the new paragraph, quoted across lines with its items. 替代 leads the new text as 代替 and 取代 do: the quotation is
// the lead's paragraph, and the 本条 it holds is the agreement's article, not the protocol's.
const PROTOCOL = '关于《甲国政府和乙国政府关于鼓励和相互保护投资协定》的附加议定书\n\n甲国政府和乙国政府(下称“缔约双方”),现就修改《甲国政府和乙国政府关于鼓励和相互保护投资协定》(以下简称“协定”),达成协议如下:\n\n第一条\n\n协定第三条第三款被以下条款全部替代:\n\n“本条的条款不应被解释为缔约一方有义务将下列原因产生的待遇给予缔约另一方投资者:\n\n    (一)该缔约国在任何现存的关税同盟中的成员地位;\n    (二)全部或主要与税收有关的任何国际协定或安排。”\n\n第二条\n\n本附加议定书应构成协定的一部分。\n';

test('known 50: a new text quoted after a lead ending 替代 is the lead\'s paragraph', () => {
  const t = read(PROTOCOL);
  assert.deepEqual(t.articles.map((a) => [a.name, a.paragraphs.length]), [['第一条', 1], ['第二条', 1]]);
  // A lead ending otherwise (`…替代了…。`, a sentence) is a paragraph of its own, the quotation another.
  const sentence = PROTOCOL.replace('被以下条款全部替代:', '已被替代,内容为协定的附件。');
  assert.equal(read(sentence).articles[0].paragraphs.length, 2);
});

test('known 50: a relative reference in quoted new text is the quoted article\'s, not this text\'s', () => {
  const at = PROTOCOL.indexOf('本条的条款') + 1;
  assert.deepEqual(definition(textContext(PROTOCOL), at), []);
  // Unquoted, 本条 is the article it is written in.
  const own = PROTOCOL.replace('本附加议定书应构成协定的一部分。', '本条所称协定是指上述协定。');
  const links = definition(textContext(own), own.indexOf('本条所称') + 1);
  assert.equal(links.length, 1);
  assert.equal(links[0].targetSelectionRange.start.line, own.slice(0, own.indexOf('第二条')).split('\n').length - 1);
});

// The reply note of the China–Israel exchange of notes on visas for Hong Kong SAR passports (1997) on a law site as one line
// (https://code.fabao365.com/law_16272.html, test/fixtures/real/notes_il_hk_visa_1997_fabao_oneline.md): the points of the
// note it quotes, its closing, then the ambassador's title and name and the note's date and place glued at the line's end.
// The date and place are the note's, as on the line a note prints them.
const NOTE = '|\n甲国 外交部长 某某阁下 阁下: 我荣幸地收到阁下一九九七年六月二十九日的来照,内容如下: “我谨荣幸地建议我们两国政府就互免签证问题达成协议如下: 一、甲国公民持有效的甲国护照入、出或途经中华人民共和国香港特别行政区,免办签证。 二、中华人民共和国公民持有效的中华人民共和国香港特别行政区护照入、出或途经甲国,免办签证。 三、本协议自一九九七年七月一日起生效。 上述建议如蒙中华人民共和国政府同意,本照会以及阁下的复照将构成两国政府之间的一项协议。” 我谨荣幸地代表中华人民共和国政府确认,同意上述照会内容。 顺致最崇高的敬意。 中华人民共和国驻甲国特命全权大使王某 一九九七年六月三十日于特拉维夫 |\n';

test('known 50: a note\'s date and place glued after its closing and signatory on a line of points are its date and place', () => {
  const t = read(NOTE);
  assert.deepEqual(t.articles.map((a) => a.name), ['一、', '二、', '三、']);
  assert.deepEqual([t.signing?.date?.year, t.signing?.date?.month, t.signing?.date?.day, t.signing?.place], [1997, 6, 30, '特拉维夫']);
  // No note's closing before the signatory (`…生效。 王某 …`), or punctuation among the signatory's words: no cut, no date.
  assert.equal(read(NOTE.replace('顺致最崇高的敬意。', '以上为复照。')).signing, undefined);
  assert.equal(read(NOTE.replace('特命全权大使王某', '特命全权大使,王某')).signing, undefined);
});

// The Hague Evidence Convention (1970) in Macao's notice on a law site as one line (test/fixtures/real/
// convention_hcch_evidence_1970_mo_notice_fabao_oneline.md, a known failure): article 3's items (一) to (四), then after item
// (四)'s full stop and a space the article's second paragraph, a lead ending with a colon over the items it numbers on, (五) ….
// The lead is no words of item (四): it opens a paragraph, as it would after a line break.
test('known 50: a lead sentence a glued list numbers on after starts a paragraph of its own', () => {
  const oneLine = '关于从国外调取证据的公约\n第一条 一、在民事或商事案件中,缔约国司法机关可以请求调取证据。 二、请求书不得用来调取不打算用于诉讼的证据。 第二条 ——请求书应载明: (一)请求执行的机关; (二)诉讼当事人的姓名和地址; (三)诉讼的性质; (四)需要调取的证据。 必要时,请求书还应特别载明: (五)需询问的人的姓名和地址; (六)需向被询问人提出的问题。 第三条 被请求执行的机关应予执行。\n';
  const t = read(oneLine);
  assert.deepEqual(t.articles.map((a) => [a.name, a.paragraphs.length]), [['第一条', 2], ['第二条', 2], ['第三条', 1]]);
  assert.deepEqual(t.articles[1].paragraphs.map((p) => p.items.length), [4, 2]);
  // A list pasted as one line under its lead, in a text written line by line: the same.
  const lines = '某某协定\n\n第一条\n\n请求书应载明:\n(一)请求执行的机关; (二)诉讼的性质; (三)需要调取的证据。 必要时,请求书还应特别载明: (四)需询问的人的姓名和地址。\n\n第二条\n\n被请求执行的机关应予执行。\n';
  assert.deepEqual(read(lines).articles.map((a) => a.paragraphs.length), [2, 1]);
  // The item's own sentence after its stop (no colon, no label after it) stays in the item.
  const own = oneLine.replace('必要时,请求书还应特别载明: (五)', '该项证据应予说明。 (五)');
  assert.equal(read(own).articles[1].paragraphs.length, 1);
});

// The AIT–TECRO implementing arrangement on environmental cooperation (2006) in Taiwan's law database
// (test/fixtures/real/arrangement_tecro_ait_environment_2006_moj_hant.md, a known failure): `以實施 1993 年 6 月 21 日所簽定之
// 北美事務協調委員會與美國在台協會環境保護技術合作協定(以下簡稱「本協定」)`. The short name stands for the agreement named after
// 所簽定之 (之 after 所 and a verb, a relative clause's end, in Taiwan's and older texts), and 在 inside the body's name 美國在台協會 (the American Institute in Taiwan) cuts
// nothing.
test('known 50: a short name stands for the phrase after 所…之, and 在台 inside a body\'s name cuts nothing', () => {
  const meaning = (source: string, term: string) => read(source).definitions.find((d) => d.term === term)?.meaning;
  const source = '駐美國台北經濟文化代表處與美國在台協會執行辦法\n\n第 1 條:目的\n駐美國台北經濟文化代表處與美國在台協會訂定本執行辦法,以實施 1993 年 6 月 21 日所簽定之北美事務協調委員會與美國在台協會環境保護技術合作協定(以下簡稱「本協定」)下之計畫活動。\n';
  assert.equal(meaning(source, '本協定'), '北美事務協調委員會與美國在台協會環境保護技術合作協定');
  // 之 but after 所 and a verb is a name's or a qualifier's own (a title's `…氣候之衛星…協議書`, `之間`): no cut; 在 as a preposition
  // still cuts (`在中华人民共和国境内`).
  assert.match(meaning('雙方簽署技術合作以發展氣象及氣候之衛星觀測系統協議書(以下簡稱「本協議書」)。\n', '本協議書') ?? '', /以發展氣象及氣候之衛星觀測系統協議書$/);
  assert.equal(meaning('雙方同意,兩國之間邊界(以下簡稱「邊界」)應予維護。\n', '邊界'), '兩國之間邊界');
  assert.equal(meaning('当缔约双方在中华人民共和国境内（以下简称“中国境内”）进行合作时，应遵守法律。\n', '中国境内'), '中华人民共和国境内');
});
