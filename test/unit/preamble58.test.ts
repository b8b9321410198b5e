// Read in session 58 (s58parallel): the preambles of two texts with articles compared, each from its own first words to the first
// article (model/preamble.ts), after what a page or a database sets over it — fields (`簽訂日期: 民國 34 年 08 月 14 日`, `[Date]
// July 16, 2001`), a note under a rule (`_____` / `* Вступило в силу 20 января 1992 г.`), the title again with its parties and date,
// a line in capitals or in brackets (`СОГЛАШЕНИЕ` / `мая 1991 г.` / `(Д)`), a heading naming the preamble (`### Preamble`). A
// year a fixed-width line broke (`並根據一` / `九四二年一月一日`) is read across the break. Cases are data: texts and, by reading,
// where each preamble's own words begin and what the two texts say differently.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTreaty } from '../../server/src/model/treaty';
import { preambleSpan } from '../../server/src/model/preamble';
import { numbersIn } from '../../server/src/model/quantities';
import { languageOf } from '../../server/src/features/language';
import { divergences } from '../support/divergence';

/** The first line of the preamble's own span (`` when it is empty, undefined when there is no preamble). */
function opening(text: string): string | undefined {
  const t = buildTreaty(text);
  const s = preambleSpan(t, languageOf(t));
  return s && t.text.slice(s.start, s.end).trim().split('\n')[0];
}

const ZH_ARTICLE = '\n第一条\n缔约双方同意。\n';
const EN_ARTICLE = '\nArticle 1\n\nThe Parties agree.\n';
const RU_ARTICLE = '\nСтатья 1\n\nСтороны согласились.\n';

// The 1997 agreement on the Russian consulate general in Hong Kong as a Russian legal database prints it (cut in the preamble).
const RU_HK = `СОГЛАШЕНИЕ МЕЖДУ ПРАВИТЕЛЬСТВОМ РОССИЙСКОЙ ФЕДЕРАЦИИ И ПРАВИТЕЛЬСТВОМ КИТАЙСКОЙ НАРОДНОЙ РЕСПУБЛИКИ О СОХРАНЕНИИ ГЕНЕРАЛЬНОГО КОНСУЛЬСТВА РОССИЙСКОЙ ФЕДЕРАЦИИ В ГОНКОНГЕ. Соглашение. Правительство РФ. 27.06.97

         СОГЛАШЕНИЕ МЕЖДУ ПРАВИТЕЛЬСТВОМ РОССИЙСКОЙ ФЕДЕРАЦИИ
            И ПРАВИТЕЛЬСТВОМ КИТАЙСКОЙ НАРОДНОЙ РЕСПУБЛИКИ
            О СОХРАНЕНИИ КОНСУЛЬСТВА В ГОНКОНГЕ (СЯНГАНЕ)

                              СОГЛАШЕНИЕ

                           ПРАВИТЕЛЬСТВО РФ

                           27 июня 1997 г.


                             (БМД 97-12)


     Правительство Российской  Федерации  и  Правительство   Китайской
Народной   Республики,   именуемые   в   дальнейшем  Договаривающимися
Сторонами,
     стремясь к   дальнейшему   развитию  взаимовыгодных  двусторонних
отношений между странами,
`;
const ZH_HK = `中華人民共和國政府和俄羅斯聯邦政府關於保留俄羅斯聯邦在中華人民共和國香港特別行政區總領事館的協定\n\n中華人民共和國政府和俄羅斯聯邦政府(以下簡稱“締約雙方”),為了進一步發展兩國間的雙邊互利關係,\n`;

const SPANS: [string, string, string | undefined][] = [
  ['zh: a wiki\'s heading block (the title again, the signatories, the date), a line in brackets', `中华人民共和国和俄罗斯联邦关于中俄国界西段的协定\n中华人民共和国外交部、俄罗斯联邦外交部\n1994年9月3日\n\n(1994年9月3日中华人民共和国外交部同俄罗斯联邦外交部在莫斯科签订;1995年10月17日生效)\n\n中华人民共和国和俄罗斯联邦,为了明确和确定中俄国界西段边界线走向,达成协议如下:\n${ZH_ARTICLE}`, '中华人民共和国和俄罗斯联邦,为了明确和确定中俄国界西段边界线走向,达成协议如下:'],
  ['zh: a law database\'s fields and its record of the treaty\'s history', `法規名稱: 中華民國蘇維埃社會主義共和國聯邦友好同盟條約\n簽訂日期: 民國 34 年 08 月 14 日\n終止日期: 民國 42 年 02 月 25 日\n沿革:\n1.中華民國三十四年八月十四日於莫斯科簽訂;並於三十四年八月二十四日生效\n\n中華民國國民政府主席蘇維埃社會主義共和國聯邦最高蘇維埃主席團願以\n同盟及戰後善鄰合作,決定簽訂本條約,約定條款如左:\n第一條 締約國擔任協同其他聯合國對日本作戰。\n`, '中華民國國民政府主席蘇維埃社會主義共和國聯邦最高蘇維埃主席團願以'],
  ['zh: a page\'s table row, the title with its date and place', `中华人民共和国和白俄罗斯共和国建交协议\n\n中华人民共和国和白俄罗斯共和国建交协议 1992年1月20日于北京市 |\n中华人民共和国和白俄罗斯共和国根据联合国宪章的宗旨和原则,达成了以下协议:\n${ZH_ARTICLE}`, '中华人民共和国和白俄罗斯共和国根据联合国宪章的宗旨和原则,达成了以下协议:'],
  ['zh: the sentence naming the parties opens the preamble', `中华人民共和国和俄罗斯联邦睦邻友好合作条约\n\n中华人民共和国和俄罗斯联邦(以下简称“缔约双方”),\n\n基于中俄两国人民睦邻友好的历史传统,\n\n兹达成协议如下:\n${ZH_ARTICLE}`, '中华人民共和国和俄罗斯联邦(以下简称“缔约双方”),'],
  ['zh: a recital with a colon is no field', `某某协定\n\n鉴于：双方于一九九二年签署联合声明,\n\n兹达成协议如下:\n${ZH_ARTICLE}`, '鉴于：双方于一九九二年签署联合声明,'],
  ['en: a database\'s fields in brackets and the preamble elided: an empty span', `[Title] Treaty of Good-Neighborliness and Friendly Cooperation\n\n[Date] July 16, 2001\n[Source] Modern International Relations, pp.523-527.\n[Full text]\n\n[Preamble] (...)\n${EN_ARTICLE}`, ''],
  ['en: a heading naming the preamble: what stands above it is the page\'s', `## Historic Gardens (The Florence Charter)\n*Adopted by ICOMOS in December 1982.*\n\n### Preamble\nThe Committee, meeting in Florence on 21 May 1981, decided to draw up a charter.\n\n#### Article 1\nA historic garden is a composition.\n`, 'The Committee, meeting in Florence on 21 May 1981, decided to draw up a charter.'],
  ['en: a site\'s date line under the title, then the parties', `Agreement between Japan and China\n\nPublished June 1, 2002\n\nThe High Contracting Parties,\n\nRecalling the joint statement of 29 September 1972,\n\nHave agreed as follows:\n${EN_ARTICLE}`, 'The High Contracting Parties,'],
  ['en: the preamble\'s last paragraph ends no clause where a store cut it: still the preamble\'s', `Treaty of Peace and Friendship between Japan and the People\'s Republic of China\n\nJapan and the People\'s Republic of\nHaving recalled the joint statement of 29 September 1972,\nhave agreed as\n${EN_ARTICLE}`, "Japan and the People's Republic of"],
  ['en: a first paragraph a page broke, long, stays the preamble\'s', `AGREEMENT CONCERNING A MILITARY ARMISTICE IN KOREA.\n\nThe undersigned, the Commander-in-Chief, United Nations Command, on the one hand, and the Supreme Commander of the Korean People's Army and the Commander of the Chinese People's Volunteers, on the other hand, in the interest of stopping the Korean conflict, with its great toll of suffering and bloodshed on both sides, and with the objective of establishing an armistice until a final peaceful\n\nsettlement is achieved, do agree to accept the terms set forth in the following Articles:\n${EN_ARTICLE}`, "The undersigned, the Commander-in-Chief, United Nations Command, on the one hand, and the Supreme Commander of the Korean People's Army and the Commander of the Chinese People's Volunteers, on the other hand, in the interest of stopping the Korean conflict, with its great toll of suffering and bloodshed on both sides, and with the objective of establishing an armistice until a final peaceful"],
  ['en: a clause in a list entry right under the title is no note (no rule over it)', `Convention on Heritage\n\n* Considering that the heritage is threatened since 1972,\n\nHave agreed as follows:\n${EN_ARTICLE}`, '* Considering that the heritage is threatened since 1972,'],
  ['ru: a database\'s note under a rule', `СОГЛАШЕНИЕ МЕЖДУ РЕСПУБЛИКОЙ БЕЛАРУСЬ И КИТАЙСКОЙ НАРОДНОЙ РЕСПУБЛИКОЙ ОБ УСТАНОВЛЕНИИ ДИПЛОМАТИЧЕСКИХ ОТНОШЕНИЙ\n_____________________________\n* Вступило в силу 20 января 1992 г.\nВ соответствии с целями и принципами Устава Организации Объединенных Наций Республика Беларусь и Китайская Народная Республика согласились о нижеследующем:\n${RU_ARTICLE}`, 'В соответствии с целями и принципами Устава Организации Объединенных Наций Республика Беларусь и Китайская Народная Республика согласились о нижеследующем:'],
  ['ru: the kind alone again, a date line that lost its day, a bracketed mark', `СОГЛАШЕНИЕ МЕЖДУ СОЮЗОМ СОВЕТСКИХ СОЦИАЛИСТИЧЕСКИХ РЕСПУБЛИК И КИТАЙСКОЙ НАРОДНОЙ РЕСПУБЛИКОЙ О ГРАНИЦЕ\nСОГЛАШЕНИЕ\nмая 1991 г.\n(Д)\nСоюз Советских Социалистических Республик и Китайская Народная Республика договорились о нижеследующем:\n${RU_ARTICLE}`, 'Союз Советских Социалистических Республик и Китайская Народная Республика договорились о нижеследующем:'],
  ['ru: the ratifying law, a block ending no clause', `СОГЛАШЕНИЕ\nмежду Российской Федерацией и Китайской Народной Республикой о границе\n\n   Ратифицировано\n Федеральным законом РФ\n от 15 июля 1995 года N 104-ФЗ\n\nРоссийская Федерация и Китайская Народная Республика договорились о нижеследующем:\n${RU_ARTICLE}`, 'Российская Федерация и Китайская Народная Республика договорились о нижеследующем:'],
  ['zh: a party\'s name on a line of its own (no number, the next line no page\'s) stays the preamble\'s', `    中華人民共和國澳門特別行政區與荷蘭王國關於相互鼓勵和保護投資的協定\n\n    經中華人民共和國中央人民政府正式授權簽訂本協定的中華人民共和國澳門特別行政區\n\n    荷蘭王國,\n\n    以下簡稱“締約方”,\n\n    因此,達成協定如下:\n\n    第1條\n\n    為適用本協定:\n`, '經中華人民共和國中央人民政府正式授權簽訂本協定的中華人民共和國澳門特別行政區'],
  ['ru: the title again over lines, then a database\'s heading block (the kind, the issuer, the date with the year\'s word, its mark)', RU_HK, 'Правительство Российской  Федерации  и  Правительство   Китайской'],
  ['en: a Chinese law database\'s field in lenticular brackets under the title', `【名称】 agreement between the government of the people's republic of china and the government of australia\n【题注】 whole document\nthe government of the people's republic of china and the government of australia have reached the following agreement on 1 july 1997:\n1. the government of the people's republic of china agrees.\n`, "the government of the people's republic of china and the government of australia have reached the following agreement on 1 july 1997:"],
  ['no preamble: none', `某某协定\n${ZH_ARTICLE}`, undefined],
];
for (const [name, text, expected] of SPANS) {
  test(`preamble span: ${name}`, () => assert.equal(opening(text), expected));
}

const dates = (text: string) => numbersIn(text, 0, text.length, 'zh').dates.map((d) => `${[d.year, d.month, d.day].filter((x) => x !== undefined).join('-')} ${text.slice(d.start, d.end)}`);
const quantities = (text: string) => numbersIn(text, 0, text.length, 'zh').quantities.map((q) => `${q.value} ${q.unit ?? '-'}`);
const WRAPPED: [string, string, string[], string[]][] = [
  ['a year a fixed width broke after its first digit', '並根據一\n九四二年一月一日聯合國共同宣言', ['1942-1-1 一\n九四二年一月一日'], []],
  ['after its second digit', '並根據一九\n四二年一月一日聯合國共同宣言', ['1942-1-1 一九\n四二年一月一日'], []],
  ['with 〇 as the letter O', '認為二\nOOO年期間', ['2000 二\nOOO年'], []],
  ['a numeral not a year\'s first (三) is not joined', '共三\n九四二年', [], ['942 year']],
  ['five digits are no year', '一二\n九四二年', [], ['942 year']],
];
for (const [name, text, wantDates, wantQuantities] of WRAPPED) {
  test(`wrapped year: ${name}`, () => assert.deepEqual([dates(text), quantities(text)], [wantDates, wantQuantities]));
}

const ZH = `中华人民共和国和俄罗斯联邦睦邻友好合作条约\n1994年9月3日\n\n中华人民共和国和俄罗斯联邦(以下简称“缔约双方”),\n\n认为一九九二年至二〇〇〇年期间两国元首签署的联合声明具有重要意义,\n\n兹达成协议如下:\n\n第一条\n\n缔约双方发展睦邻友好关系。\n`;
const RU = `ДОГОВОР о добрососедстве, дружбе и сотрудничестве между Российской Федерацией и Китайской Народной Республикой\n_____________\n* Вступил в силу 28 февраля 2002 года.\n\nРоссийская Федерация и Китайская Народная Республика, именуемые в дальнейшем "Договаривающиеся Стороны",\n\nсчитая, что подписанные в 1992–2000 годах совместные декларации имеют важное значение,\n\nдоговорились о нижеследующем:\n\nСтатья 1\n\nДоговаривающиеся Стороны развивают отношения добрососедства.\n`;
test('preambles compared: the same years, different page lines above them: nothing', () => {
  assert.deepEqual(divergences({ 't.zh.md': ZH, 't.ru.md': RU }), { 't.zh.md': [], 't.ru.md': [] });
});
test('preambles compared: a year changed in one preamble is reported on both texts', () => {
  assert.deepEqual(divergences({ 't.zh.md': ZH, 't.ru.md': RU.replace('1992–2000', '1993–2000') }), {
    't.zh.md': ['6:align.date:日期“一九九二年”在俄文本序言中没有对应'],
    't.ru.md': ['7:align.date:日期“1993”在中文本序言中没有对应'],
  });
});
test('preambles compared: a preamble the other text elides: its dates are reported on the text that says them', () => {
  const en = `[Title] Treaty of Good-Neighborliness and Friendly Cooperation\n\n[Date] July 16, 2001\n[Notes] Signed: 16 July, 2001\n\n[Preamble] (...)\n\nArticle 1\n\nThe Contracting Parties develop relations of good-neighborliness.\n`;
  assert.deepEqual(divergences({ 't.zh.md': ZH, 't.en.md': en }), {
    't.zh.md': ['6:align.date:日期“一九九二年”在英文本序言中没有对应', '6:align.date:日期“二〇〇〇年”在英文本序言中没有对应'],
    't.en.md': [],
  });
});
test('preambles compared: a year said twice in one preamble and once in the other: nothing', () => {
  const zh = ZH.replace('兹达成协议如下:', '双方于一九九二年签署联合声明。\n\n兹达成协议如下:');
  assert.deepEqual(divergences({ 't.zh.md': zh, 't.ru.md': RU }), { 't.zh.md': [], 't.ru.md': [] });
});
test('preambles compared: a year wrapped across a line is the year the other text says', () => {
  const zh = ZH.replace('认为一九九二年', '认为一\n九九二年');
  assert.deepEqual(divergences({ 't.zh.md': zh, 't.ru.md': RU }), { 't.zh.md': [], 't.ru.md': [] });
});
test('preambles compared: a wrapped year reported is shown on one line', () => {
  const en = `[Title] Treaty of Good-Neighborliness and Friendly Cooperation\n\n[Preamble] (...)\n\nArticle 1\n\nThe Contracting Parties develop relations of good-neighborliness.\n`;
  assert.deepEqual(divergences({ 't.zh.md': ZH.replace('认为一九九二年', '认为一\n九九二年'), 't.en.md': en }), {
    't.zh.md': ['6:align.date:日期“一九九二年”在英文本序言中没有对应', '7:align.date:日期“二〇〇〇年”在英文本序言中没有对应'],
    't.en.md': [],
  });
});

// The Florence Charter as one page prints it: the Chinese repeats the date of registration in a line of its own under the preamble.
const GARDENS_ZH = `## 佛羅倫斯憲章\n\n### 前言\n國際古跡遺址理事會與國際歷史園林委員會於1981年5月21日在佛羅倫斯召開會議，決定起草一份歷史園林保護憲章。本憲章由國際古跡遺址理事會於1982年12月15日登記。\n\n國際古跡遺址理事會於1982年12月15日登記。\n\n#### 第一條\n歷史園林指從歷史或藝術角度而言民眾所感興趣的建築和園藝構造。\n`;
const GARDENS_EN = `## Historic Gardens (The Florence Charter)\n*Adopted by ICOMOS in December 1982.*\n\n### Preamble\nThe Committee, meeting in Florence on 21 May 1981, decided to draw up a charter. The Charter was registered by ICOMOS on 15 December 1982.\n\n#### Article 1\nA historic garden is an architectural and horticultural composition.\n`;
test('preambles compared: a date said twice in one preamble and once in the other: nothing', () => {
  assert.deepEqual(divergences({ 'g.zh.md': GARDENS_ZH, 'g.en.md': GARDENS_EN }), { 'g.zh.md': [], 'g.en.md': [] });
});
test('preambles compared: a date said twice in one and not at all in the other: both reported', () => {
  const got = divergences({ 'g.zh.md': GARDENS_ZH, 'g.en.md': GARDENS_EN.replace('15 December 1982', '16 December 1982') });
  assert.deepEqual(got['g.zh.md'], ['4:align.date:日期“1982年12月15日”在英文本序言中没有对应', '6:align.date:日期“1982年12月15日”在英文本序言中没有对应']);
});

test('a text of paragraphs alone is compared from its preamble\'s own words: a database\'s heading block over it is not (once `27 июня 1997`, `97`, `12` on the Russian text)', () => {
  assert.deepEqual(divergences({ 'h.zh.md': ZH_HK, 'h.ru.md': RU_HK }), { 'h.zh.md': [], 'h.ru.md': [] });
});
test('a text of paragraphs alone: a date in its own words the other lacks is still reported', () => {
  const got = divergences({ 'h.zh.md': ZH_HK.replace('為了', '自一九九七年七月一日起,為了'), 'h.ru.md': RU_HK });
  assert.deepEqual(got['h.zh.md'], ['3:align.date:日期“一九九七年七月一日”在俄文本正文中没有对应']);
});

/** The title a text's model reads. */
const titleOf = (text: string) => buildTreaty(text).title?.text;
const RECORDS: [string, string, string | undefined][] = [
  ['a neutral citation after the title (AsianLII): no part of it', `Agreement between the Macao Special Administrative Region and the Kingdom of the Netherlands on Encouragement and Reciprocal Protection of Investments [2008] MOBTSer 3 (22 May 2008)\n\nThe Macao Special Administrative Region and the Kingdom of the Netherlands,\n\nHave agreed as follows:\n${EN_ARTICLE}`, 'Agreement between the Macao Special Administrative Region and the Kingdom of the Netherlands on Encouragement and Reciprocal Protection of Investments'],
  ['the kind, the issuer and the date after the title\'s full stop (a Russian legal database): no part of it', RU_HK, 'СОГЛАШЕНИЕ МЕЖДУ ПРАВИТЕЛЬСТВОМ РОССИЙСКОЙ ФЕДЕРАЦИИ И ПРАВИТЕЛЬСТВОМ КИТАЙСКОЙ НАРОДНОЙ РЕСПУБЛИКИ О СОХРАНЕНИИ ГЕНЕРАЛЬНОГО КОНСУЛЬСТВА РОССИЙСКОЙ ФЕДЕРАЦИИ В ГОНКОНГЕ'],
  ['a year in brackets alone at a title\'s end stays', `Agreement between the Kingdom of the Netherlands and Japan on Trade [1998]\n\nThe Contracting Parties,\n\nHave agreed as follows:\n${EN_ARTICLE}`, 'Agreement between the Kingdom of the Netherlands and Japan on Trade [1998]'],
  ['a Chinese law database\'s field labels in lenticular brackets: the title after `【名称】`, `【题注】` a field of its own', `【名称】 agreement between the government of the people's republic of china and the government of australia concerning the maintenance of the consulate-general\n【题注】 whole document\nthe government of the people's republic of china and the government of australia have reached the following agreement:\n1. the government of the people's republic of china agrees to the maintenance of the consulate-general.\n2. the government of the people's republic of china shall provide assistance.\n`, "agreement between the government of the people's republic of china and the government of australia concerning the maintenance of the consulate-general"],
];
for (const [name, text, expected] of RECORDS) {
  test(`title: ${name}`, () => assert.equal(titleOf(text), expected));
}
