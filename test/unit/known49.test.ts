// Known failures and new texts of the real corpus (test/fixtures/real, known-failures.json, docs/variants.md) read by rules in
// session 49. Each rule is about how Chinese treaty text is written or copied, shown on a fixture string with what a careful
// reader reads in it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textContext } from '../../server/src/features/context';

const read = (source: string) => textContext(source).treaty;

// General Assembly resolution 50/72 (1995) on the UN's Chinese site as the store gives it, its printed lines joined by single
// spaces (test/fixtures/real/resolution_unga_50_72_1995_unorg.md), and resolution 54/254 (2000) in a news agency's table row,
// its paragraphs' numbers glued to their text (`1.决定…`; resolution_unga_54_254_2000_chinanews_oneline.md): the number and
// title, a part's heading, `大会,`, the preamble, the operative paragraphs, the adoption record and the next part, each cut
// out of the line as the lines the document prints.
test('known 49: a UN resolution run into one line reads as its printed lines', () => {
  const un = '第五十届会议 议程项目72 大会决议 [根据第一委员会的报告(A/50/592)通过] 50/72. 审查大会第十届特别会议通过的建议和决定的执行情况 A. 裁军谈判会议的报告 大会, 审议了裁军谈判会议的报告,1 深信裁军谈判会议应发挥主要作用, 1. 重申裁军谈判会议应发挥的作用; 2. 欢迎裁军谈判会议决心发挥该项作用; 3. 决定将题为“裁军谈判会议的报告”的项目列入大会第五十一届会议临时议程。 1995年12月12日 第90次全体会议 B. 裁军周 大会, 回顾其1978年6月30日S-10/2号决议, 注意到秘书长的报告,\n';
  const t = read(un);
  assert.equal(t.title?.text, '审查大会第十届特别会议通过的建议和决定的执行情况');
  assert.equal(t.kind, '决议');
  assert.ok(t.isTreaty);
  // Each paragraph to its end: the adoption record and part B's preamble are none of paragraph 3.
  assert.deepEqual(t.articles.map((a) => `${a.name} ${un.slice(a.start, a.end).trim()}`), [
    '1. 1. 重申裁军谈判会议应发挥的作用;',
    '2. 2. 欢迎裁军谈判会议决心发挥该项作用;',
    '3. 3. 决定将题为“裁军谈判会议的报告”的项目列入大会第五十一届会议临时议程。',
  ]);
  const glued = '中国新闻社主办 |\n|\n第五十四届会议议程项目 2000年9月5日 15:27 大会决议 [根据未经发交主要委员会而通过的决议(A/54/L.81/Rev.l)] 54/254.联合国千年首脑会议 大会, 回顾其1998年12月17日第53/202号决议, 铭记着需要进行适当的筹备工作, 1.决定于2000年9月6日至8日在纽约举行千年首脑会议; 2.又决定千年首脑会议将包含全体会议; 3.请大会主席作出决定。 2000年3月15日 第93次全体会议 |\n';
  assert.equal(read(glued).title?.text, '联合国千年首脑会议');
  assert.deepEqual(read(glued).articles.map((a) => a.name), ['1.', '2.', '3.']);
  // A number out of turn (a footnote's `,2 `, a year's `1995.`) cuts nothing; nor does a number with no organ after its title.
  assert.deepEqual(read('大会决议 50/72. 某项决议 大会, 注意到报告,2 以及决定, 1. 重申; 3. 欢迎; 2. 决定。\n').articles.map((a) => a.name), ['1.', '2.']);
  assert.equal(read('会议记录 50/72. 审查执行情况 委员会, 1. 重申作用; 2. 欢迎决心。\n').kind, undefined);
});

// Portugal's Decree-Law 455/91 on Macao's gazette site (https://www.io.gov.mo/cn/bo/a/link/10817,
// test/fixtures/real/decree_pt_mo_chinese_official_1991_bo_hant.md): the decree's number and kind, `第455/91號法令`, among the
// site's fields (over `公報編號:`), in its list of related acts (`第455/91號法令 - 賦予…`), and again alone over the decree's first
// sentence: that last line is the title, as the gazette prints it.
test('known 49: a gazette act named by its number alone over its first sentence is titled by it', () => {
  const title = (source: string) => read(source).title?.text;
  const page = '法規:\n\n第455/91號法令\n\n公報編號:\n\n2/1992\n\n相關法規 :\n  • 第11/89/M號法令 - 規定在政府文件內使用中文。\n\n    第455/91號法令\n\n    一九九一年一月,葡萄牙與中華人民共和國的外交部部長在里斯本,就葡語在澳門的地位達致諒解。\n\n    政府根據憲法第二0一條第一款a項的規定,命令制定條文如下:\n\n    獨一條 - 中文在澳門具有與葡文相等之官方地位及法律效力。\n';
  assert.equal(title(page), '第455/91號法令');
  assert.equal(title('第3/1999號法律\n\n立法會根據《澳門特別行政區基本法》第七十一條(一)項,制定本法律。\n\n第一條 本法律規範法規的公佈。\n'), '第3/1999號法律');
  // Among a site's fields only (a label under it), or with words after it, it is none.
  assert.equal(title('法規:\n\n第455/91號法令\n\n公報編號:\n\n獨一條 - 中文在澳門具有官方地位。\n'), undefined);
  assert.equal(title('第455/91號法令 - 賦予中文具有與葡文相等之官方地位。\n\n獨一條 - 中文在澳門具有官方地位。\n'), undefined);
});

// The protocol to the China–Japan investment agreement (1988) on an investment law site (http://fdi-law.com/view.php?id=625,
// test/fixtures/real/protocol_cn_jp_investment_1988_fdilaw.md) opens `当此中华人民共和国和日本国关于…投资协定(以下称“协定”)签订之际`:
// 当此 (and 值此, the German protocol's `值此…协定签字之际`) are the occasion's words, the agreement named after them the short name's meaning.
test('known 49: a short name defined after 当此 or 值此 means the instrument named after the word', () => {
  const meaning = (source: string, term: string) => read(source).definitions.find((d) => d.term === term)?.meaning;
  assert.equal(meaning('当此中华人民共和国和日本国关于鼓励和相互保护投资协定(以下称“协定”)签订之际,签字者同意下列各项作为不可分割的组成部分。\n一、协定的任何规定都不应解释为在著作权方面给予任何权利。\n二、协定第三条的规定不影响特别手续。\n', '协定'), '中华人民共和国和日本国关于鼓励和相互保护投资协定');
  assert.equal(meaning('值此甲国和乙国投资保护协定（以下简称“协定”）签字之际，双方议定如下：\n一、协定第一条所述的投资包括再投资。\n二、协定第二条适用于全部领土。\n', '协定'), '甲国和乙国投资保护协定');
  // 当 alone (when) keeps cutting as before: the phrase after 在 is the name.
  assert.equal(meaning('当缔约双方在中华人民共和国境内（以下简称“中国境内”）进行合作时，应遵守法律。\n', '中国境内'), '中华人民共和国境内');
});

// The China–Seychelles agreement (1997) on Wikisource inside the foreign ministry's filing letter to the State Council
// (test/fixtures/real/letter_cn_sc_hk_honorary_consulate_1997_wikisource_hant.md): the letter's heading over the page, then one
// line holding the letter's sentences and, after white space, the agreement's whole title, the preamble below opening with the
// parties the title opens with. The title is cut out of the line and is the text's, not the letter's heading.
test('known 49: an instrument\'s title run in at the end of a letter\'s line, its preamble below, is the title', () => {
  const title = (source: string) => read(source).title?.text;
  const letter = '關於我與塞舌爾共和國簽署塞在香港特區保留名譽領事館協定的備案函\n\n維基文庫,自由的圖書館\n\n  國務院:   我與塞舌爾共和國政府已於一九九七年一月三日簽訂《中華人民共和國政府和塞舌爾共和國政府關於塞舌爾共和國在中華人民共和國香港特別行政區保留名譽領事館的協定》。現送上協定中、英文(影印件),請予備案。協定正本已存外交部。   中華人民共和國政府和塞舌爾共和國政府關於塞舌爾共和國在中華人民共和國香港特別行政區保留名譽領事館的協定\n\n  中華人民共和國政府和塞舌爾共和國政府(以下簡稱「締約雙方」),本着發展兩國之間友好關係的共同願望,達成協議如下:\n\n  一、中華人民共和國政府同意塞舌爾共和國政府在香港特別行政區保留名譽領事館。\n\n  二、名譽領事官員人數以一名為限。\n';
  const t = read(letter);
  assert.equal(t.title?.text, '中華人民共和國政府和塞舌爾共和國政府關於塞舌爾共和國在中華人民共和國香港特別行政區保留名譽領事館的協定');
  assert.equal(t.kind, '协定');
  assert.ok(t.isTreaty);
  // A comment line between the letter's line and the preamble changes nothing.
  assert.equal(title(letter.replace('領事館的協定\n\n  中華', '領事館的協定\n<!-- 注 -->\n  中華')), t.title?.text);
  // A preamble that does not open with the title's first words, a law's title, or a title after a comma: no cut, no such title.
  assert.notEqual(title(letter.replace('  中華人民共和國政府和塞舌爾共和國政府(以下簡稱', '  雙方(以下簡稱')), t.title?.text);
  assert.equal(title('通知\n\n各有关单位:现将有关事项通知如下。   中华人民共和国出境入境管理法\n\n中华人民共和国出境入境管理法是为了规范出境入境管理制定的。\n'), undefined);
  assert.notEqual(title('報告\n\n我們已經簽訂了協定,   中華人民共和國政府和甲國政府文化協定\n\n中華人民共和國政府和甲國政府,為發展兩國文化關係,達成協議如下:\n\n一、雙方加強合作。\n\n二、雙方交換代表團。\n'), '中華人民共和國政府和甲國政府文化協定');
});
