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
import { WorkspaceIndex } from '../../server/src/index/workspace';
import { contextOf } from '../../server/src/features/context';
import { diagnostics } from '../../server/src/features/diagnostics';
import { numbersIn } from '../../server/src/model/quantities';

function divergences(files: Record<string, string>): Record<string, string[]> {
  const index = new WorkspaceIndex();
  for (const [name, text] of Object.entries(files)) index.set(`file:///ws/${encodeURI(name)}`, text, 1, 'markdown');
  const out: Record<string, string[]> = {};
  for (const name of Object.keys(files)) {
    out[name] = diagnostics(contextOf(index, index.get(`file:///ws/${encodeURI(name)}`)!)).filter((d) => String(d.code).startsWith('align.')).map((d) => `${d.range.start.line + 1}:${d.code}:${d.message}`);
  }
  return out;
}

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
];

for (const [name, files, expected] of CASES) test(`paragraphs only: ${name}`, () => assert.deepEqual(divergences(files), expected));

const ORDINALS: [string, string, string[]][] = [
  ['en', '1976th plenary meeting, 25 October 1971', ['1976th=1976 session', '25 October 1971@1971-10-25']],
  ['fr', '1976e séance plénière, 25 octobre 1971', ['1976e=1976 session', '25 octobre 1971@1971-10-25']],
  ['ru', '1976-е пленарное заседание, 25 октября 1971 года', ['1976-е=1976 session', '25 октября 1971@1971-10-25']],
  ['en', 'the 21st session, within 30 days', ['21st=21 session', '30 days=30 day']],
  ['en', 'at its sixteenth session, and the twenty-sixth session', ['sixteenth=16 session', 'twenty-sixth=26 session']],
  ['ru', 'третье заседание Комиссии, в течение пятью годами', ['третье=3 session', 'пятью годами=5 year']],
  ['en', 'the 1990th anniversary of the city, within 30 days', ['30 days=30 day']],
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
