// Instruments of paragraphs alone — a UN resolution, a joint communiqué, a declaration with no
// article in either text — checked against their other text (test/fixtures/multilingual:
// un_ga_res2758_1971, cn_us_diplomatic_1979): the numbers and dates of the whole text are compared,
// as an article's are; the date a page prints under the title is the title's; an ordinal in digits
// (`1976th plenary meeting`, `1976e séance plénière`) is no year; a meeting's number (`第一九七六次全體會議`,
// `1976th plenary meeting`, `the sixteenth session`) is compared with the other text's, when it has one. Cases are data: two texts (or one
// edited) and the align.* diagnostics each file shows, as `line:code:message`, written by reading.
// And a Chinese date's day written without 日 (`一九七二年二月二十八的上海公报`, a copy of the 1982
// communiqué, cn_us_communique_1982_para1-3) is the date's day: it agrees with `February 28, 1972`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { numbersIn } from '../../server/src/model/quantities';
import { divergences } from '../support/divergence';


const ZH_1979 = `中华人民共和国和美利坚合众国关于建立外交关系的联合公报
一九七九年一月一日
中华人民共和国和美利坚合众国商定自一九七九年一月一日起互相承认并建立外交关系。
美利坚合众国承认中华人民共和国政府是中国的唯一合法政府。
中华人民共和国和美利坚合众国将于一九七九年三月一日互派大使并建立大使馆。
`;
const EN_1979 = `Joint Communique On The Establishment of Diplomatic Relations between the People's Republic of China and the United States of America
The United States of America and the People's Republic of China have agreed to recognize each other and to establish diplomatic relations as of January 1, 1979.
The United States of America recognizes the Government of the People's Republic of China as the sole legal Government of China.
The United States of America and the People's Republic of China will exchange Ambassadors and establish Embassies on March 1, 1979.
`;

const ZH_RES = `大會決議 二七五八（二十六）．恢復中華人民共和國在聯合國的合法權利

大會，

承認中華人民共和國政府的代表是中國在聯合國組織的唯一合法代表，中華人民共和國是安全理事會五個常任理事國之一，

一九七一年十月二十五日，第一九七六次全體會議
`;
const FR_RES = `Résolution 2758 (XXVI). Rétablissement des droits légitimes de la République populaire de Chine à l’Organisation des Nations unies

L’Assemblée générale,

Reconnaissant que les représentants du Gouvernement de la République populaire de Chine sont les seuls représentants légitimes de la Chine à l’Organisation des Nations unies et que la République populaire de Chine est un des cinq membres permanents du Conseil de sécurité,

1976e séance plénière, 25 octobre 1971
`;

const WHITLAM_ZH = `關於澳大利亞總理訪問中華人民共和國的聯合新聞公報

應中華人民共和國國務院總理周恩來的邀請，澳大利亞總理惠特拉姆先生於一九七三年十月三十一日至十一月四日對中華人民共和國進行了正式訪問。
惠特拉姆總理和夫人及隨行人員在北京訪問期間參觀了工廠、人民公社。
`;
const WHITLAM_EN = `Joint Press Communique
At the invitation of the Premier of the State Council of the People's Republic of China, the Prime Minister of Australia paid an official visit to the People's Republic of China from 31 October to 4 November 1973.
While in Peking, the Prime Minister, Mrs Whitlam and his party visited a factory,
0 a people's commune and famous historic and cultural sites.
`;

const CASES: [string, Record<string, string>, Record<string, string[]>][] = [
  ['a joint communiqué whose texts say the same dates (the date under the Chinese title is the title\'s): none',
    { 'c.zh.md': ZH_1979, 'c.en.md': EN_1979 }, { 'c.zh.md': [], 'c.en.md': [] }],
  ['the date of the exchange of ambassadors changed in the English text: shown in both texts',
    { 'c.zh.md': ZH_1979, 'c.en.md': EN_1979.replace('March 1, 1979', 'April 1, 1979') },
    { 'c.zh.md': ['5:align.date:日期“一九七九年三月一日”在英文本正文中没有对应'], 'c.en.md': ['4:align.date:日期“April 1, 1979”在中文本正文中没有对应'] }],
  ['the date of recognition changed in the Chinese text (the title\'s date line left as it is)',
    { 'c.zh.md': ZH_1979.replace('商定自一九七九年一月一日起', '商定自一九七九年二月一日起'), 'c.en.md': EN_1979 },
    { 'c.zh.md': ['3:align.date:日期“一九七九年二月一日”在英文本正文中没有对应'], 'c.en.md': ['2:align.date:日期“January 1, 1979”在中文本正文中没有对应'] }],
  ['a resolution\'s record line, `1976e séance plénière` against `第一九七六次全體會議`: the ordinal is no year; none',
    { 'r.zh.md': ZH_RES, 'r.fr.md': FR_RES }, { 'r.zh.md': [], 'r.fr.md': [] }],
  ['the record line as the English message prints it, `1967th plenary meeting`, against `第一九七六次全體會議`: shown in both texts',
    { 'r.zh.md': ZH_RES, 'r.en.md': FR_RES.replace('1976e séance plénière, 25 octobre 1971', '1967th plenary meeting, 25 October 1971').replace(/^Résolution 2758 \(XXVI\)\..*$/m, 'Resolution 2758 (XXVI)') },
    { 'r.zh.md': ['7:align.number:“一九七六次”（1976）在英文本正文中没有对应的数值'], 'r.en.md': ['7:align.number:“1967th”（1967）在中文本正文中没有对应的数值'] }],
  ['a meeting\'s number the other text does not write in figures or words it reads (`第十六届会议` / `at its session`): none',
    { 's.zh.md': '大会决议\n\n大会，\n\n大会第十六届会议通过。\n', 's.en.md': 'Resolution\n\nThe General Assembly,\n\nAdopted by the General Assembly at its session.\n' },
    { 's.zh.md': [], 's.en.md': [] }],
  ['the date of adoption changed in the French text: shown in both texts',
    { 'r.zh.md': ZH_RES, 'r.fr.md': FR_RES.replace('25 octobre 1971', '26 octobre 1971') },
    { 'r.zh.md': ['7:align.date:日期“一九七一年十月二十五日”在法文本正文中没有对应'], 'r.fr.md': ['7:align.date:日期“26 octobre 1971”在中文本正文中没有对应'] }],
  // The Australian–Chinese joint press communiqué of 1973 as a scan's text gives it (au_cn_whitlam_visit_1973_para1-8): a stray
  // mark read as a digit before an article (`0 a people's commune`) counts nothing; a number before a noun still does.
  ['a scan\'s stray digit before an article (`0 a people\'s commune`) against `人民公社`: none',
    { 'w.zh.md': WHITLAM_ZH, 'w.en.md': WHITLAM_EN }, { 'w.zh.md': [], 'w.en.md': [] }],
  ['the same line with a number before its noun (`2 factories`): shown in the English text',
    { 'w.zh.md': WHITLAM_ZH, 'w.en.md': WHITLAM_EN.replace('visited a factory,', 'visited 2 factories,') },
    { 'w.zh.md': [], 'w.en.md': ['3:align.number:“2”（2）在中文本正文中没有对应的数值'] }],
  ['a year before an article (`in 1974 the`) is still a date: shown in both texts',
    { 'w.zh.md': WHITLAM_ZH, 'w.en.md': WHITLAM_EN.replace('from 31 October to 4 November 1973.', 'from 31 October to 4 November 1973. In 1974 the two sides will meet again.') },
    { 'w.zh.md': [], 'w.en.md': ['2:align.date:日期“1974”在中文本正文中没有对应'] }],
];

for (const [name, files, expected] of CASES) test(`paragraphs only: ${name}`, () => assert.deepEqual(divergences(files), expected));

const ORDINALS: [string, string, string[]][] = [
  ['en', '1976th plenary meeting, 25 October 1971', ['1976th=1976 session', '25 October 1971@1971-10-25']],
  ['fr', '1976e séance plénière, 25 octobre 1971', ['1976e=1976 session', '25 octobre 1971@1971-10-25']],
  ['ru', '1976-е пленарное заседание, 25 октября 1971 года', ['1976-е=1976 session', '25 октября 1971@1971-10-25']],
  ['en', 'the 21st session, within 30 days', ['21st=21 session', '30 days=30 day']],
  ['en', 'at its sixteenth session, and the twenty-sixth session', ['sixteenth=16 session', 'twenty-sixth=26 session']],
  ['ru', 'третье заседание Комиссии, в течение пятью годами', ['третье=3 session', 'пятью годами=5 year']],
  // An anniversary counts years, as Chinese writes it (`建城400周年` / `the 400th anniversary of the founding of Québec`): no date.
  ['en', 'the 1990th anniversary of the city, within 30 days', ['1990th anniversary=1990 year', '30 days=30 day']],
  ['en', 'the fortieth anniversary of the Treaty', ['fortieth anniversary=40 year']],
  ['fr', 'le 400e anniversaire de la fondation de Québec', ['400e anniversaire=400 year']],
  ['en', 'the 16th General Assembly and the 400th anniversary', ['400th anniversary=400 year']],
  ['en', 'the third Party, the sixteenth day', []],
  ['zh', '一九七一年十月二十五日，第一九七六次全體會議', ['一九七六次=1976 session', '一九七一年十月二十五日@1971-10-25']],
  ['zh', '大會第十六屆會議，第三次常會閉幕時，第一次選舉', ['十六屆=16 session', '三次=3 session']],
];
for (const [lang, text, expected] of ORDINALS) {
  test(`paragraphs only: an ordinal is no year; before a meeting's noun, the meeting's number (${lang}: ${text})`, () => {
    const n = numbersIn(text, 0, text.length, lang);
    assert.deepEqual([...n.quantities.map((q) => `${text.slice(q.start, q.end)}=${q.value}${q.unit ? ` ${q.unit}` : ''}`), ...n.dates.map((d) => `${text.slice(d.start, d.end)}@${d.year}-${d.month ?? ''}-${d.day ?? ''}`)], expected);
  });
}

const ZH_DAYS: [string, string, string[]][] = [
  ['a day without 日 before 的', '一九七二年二月二十八的上海公报确认了这些原则。', ['一九七二年二月二十八@1972-2-28']],
  ['in digits, before a comma', '1972年2月28，双方发表公报。', ['1972年2月28@1972-2-28']],
  ['not a day: a count after the month', '一九七二年二月二十八个国家', ['一九七二年二月@1972-2-']],
  ['the day written with 日 as before', '一九七二年二月二十八日的上海公报', ['一九七二年二月二十八日@1972-2-28']],
];
for (const [name, text, expected] of ZH_DAYS) {
  test(`paragraphs only: a Chinese date's day without 日 — ${name}`, () => {
    const n = numbersIn(text, 0, text.length, 'zh');
    assert.deepEqual([...n.quantities.map((q) => `${text.slice(q.start, q.end)}=${q.value}${q.unit ? ` ${q.unit}` : ''}`), ...n.dates.map((d) => `${text.slice(d.start, d.end)}@${d.year}-${d.month ?? ''}-${d.day ?? ''}`)], expected);
  });
}

test('paragraphs only: the 1982 communiqué\'s points, `February 28, 1972` over a line break against `一九七二年二月二十八的`: no divergence there', () => {
  const zh = '中华人民共和国和美利坚合众国联合公报\n\n一、互相尊重主权和领土完整是根本原则。一九七二年二月二十八的上海公报确认了这些原则。\n';
  const en = 'Joint Communique of the United States of America and the People\'s Republic of China\n\n1. Respect for each other\'s sovereignty and territorial integrity constitutes the fundamental principles. These principles were confirmed in the Shanghai Communique of February 28,\n1972.\n';
  assert.deepEqual(divergences({ 'p.zh.md': zh, 'p.en.md': en }), { 'p.zh.md': [], 'p.en.md': [] });
});

// The Atlantic Charter (14 August 1941): the Chinese text of 《國際條約集（1934—1944）》 (dream23-byte/2026-teaching-optimization
// `史料/大西洋憲章-1941.md` @da08f1ece2f3fc465e164fbef1e908f4e72b5ebe) and the English as a book sets it on a stored public web page
// (https://energyenhancement.org/Alice-Bailey/bk/Alice-Bailey-Djwhal-Khul-Esoteric-Philosophy-The-Externalization-of-the-Hierarchy/exte1135.html):
// its heading over two lines with the date under it, indented, and the book's page number `[319]` run into the fifth point.
// Excerpt: the preamble and the first, fifth and seventh points, as found. Neither the date under the heading (the Chinese
// title's `（1941年8月14日）`) nor the page number is a number the text says.
const ZH_ATLANTIC = `# 《大西洋憲章》（1941年8月14日）

美利堅合眾國總統羅斯福和聯合王國國王陛下政府代表首相邱吉爾經過會晤，認為他們兩國國策中某些共同原則應該予以宣布。他們對於世界所抱有一個美好未來局面的希望是以此項政策為根據。

（一）兩國並不追求領土或其他方面的擴張。

（五）兩國願意促成一切國家在經濟方面最全面的合作，以便向大家保證改進勞動標準、經濟進步與社會安全。

（七）這樣一個自由，應使一切人類可以橫渡公海大洋，不受阻礙。
`;
const EN_ATLANTIC = `The Eight
    Points of the Atlantic Charter 
    August 14, 1941 
    The President of the United States of America, Franklin D. Roosevelt, and the Prime
    Minister, Mr. Churchill, representing His Majesty's Government in the United Kingdom,
    being met together, deem it right to make known certain common principles in the national
    policies of their respective countries on which they base their hopes for a better future
    for the world. 
      - First, their countries seek no aggrandizement, territorial or other;
 
      - Fifth, they desire to bring about the fullest collaboration between all nations in the
        economic field with the object of securing, for all, improved labor standards, economic
        advancement and social security. [319]
 
      - Seventh, such a peace should enable all men to traverse the high seas and oceans without
        hindrance;
`;

test('paragraphs only: the Atlantic Charter — the date under a heading read as no title, and a page number in brackets, are no numbers of the text', () => {
  assert.deepEqual(divergences({ 'a.zh.md': ZH_ATLANTIC, 'a.en.md': EN_ATLANTIC }), { 'a.zh.md': [], 'a.en.md': [] });
  // A number in brackets that is a link's text or a note's definition is not a page number: read as before.
  const n = numbersIn('see [2](#n2) and [3]: the note, and 5 days [319]', 0, 49, 'en');
  assert.deepEqual(n.quantities.map((q) => q.value), [2, 3, 5]);
});

test('paragraphs only: a date under the heading is the heading\'s only before the text\'s first sentence or clause ends', () => {
  // The date on the heading's third line: the heading's. The same date after a line ending a clause: the text's, and compared.
  const en = (between: string) => `The Eight\nPoints of the Atlantic Charter${between}\nAugust 14, 1941\nThe President and the Prime Minister have met.\n`;
  const zh = '# 《大西洋憲章》（1941年8月14日）\n\n兩國總統和首相經過會晤。\n';
  assert.deepEqual(divergences({ 'a.zh.md': zh, 'a.en.md': en('') }), { 'a.zh.md': [], 'a.en.md': [] });
  assert.deepEqual(divergences({ 'a.zh.md': zh, 'a.en.md': en(',') }), { 'a.zh.md': [], 'a.en.md': ['3:align.date:日期“August 14, 1941”在中文本正文中没有对应'] });
});

// The Potsdam Proclamation (test/fixtures/multilingual/potsdam_1945): the English as an Australian cable gives it, its
// paragraphs numbered `2\.` (markdown's escape) and the thirteenth run on into the twelfth (`…responsible Government. 13. We
// call upon …`); the Chinese numbers them `(二)` … `(十三)`. The labels are no numbers the text says; a number in a sentence is.
test('paragraphs only: paragraph labels of a text with no article, escaped or run on into the paragraph before, are no numbers', () => {
  const zh = '# 《波茨坦公告》\n\n美、英、中三國政府領袖公告：\n\n(一)余等業經會商。\n\n(二)其由西方調來之軍隊，即將予日本以最後之打擊。\n\n(十二)同盟國佔領軍隊當即撤退。\n\n(十三)吾人通告日本政府立即宣布無條件投降。\n';
  const en = (twelve: string) => `TEXT OF THREE POWER PROCLAMATION TO JAPAN\n\nBEGINS- We have conferred.\n\n2\\. The forces from the West are poised to strike the final blow.\n\n${twelve}. The occupation forces shall be withdrawn. 13. We call upon the Government of Japan to proclaim unconditional surrender.\n`;
  assert.deepEqual(divergences({ 'p.zh.md': zh, 'p.en.md': en('12\\') }), { 'p.zh.md': [], 'p.en.md': [] });
  // Run on after a label that does not come before it (`11\.` … `13.`): a number the text says, reported.
  assert.deepEqual(divergences({ 'p.zh.md': zh, 'p.en.md': en('11\\') }), { 'p.zh.md': [], 'p.en.md': ['7:align.number:“13”（13）在中文本正文中没有对应的数值'] });
});
