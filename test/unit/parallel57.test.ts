// Read in session 57 on real pairs (test/fixtures/multilingual): the 2021 Sino-Russian joint statement, the 1994 China–Russia
// and 1991 Sino-Soviet border agreements as Russian databases and a book print them. A century is compared as a number
// (`21世纪` against `XXI веке`, `the 21st century`, `XXIe siècle`); a Roman numeral alone over the first paragraph is a part's
// number, no title; the kind alone again under a title that opens with it is no part of the title; a note mark with its label at
// a title's end (`*О)`) is none, nor a database's note in brackets after a title in quotes; `Дополнительное соглашение` is a
// 补充协定; and in the Security Council's resolution 1621 (2005) as Wikisource prints it in Chinese and
// English, a document's symbol (`S/PRST/2005/27`) and a resolution's number and year (`resolutions 1565 of 1 October 2004 and
// 1592`, `Resolution 1621 (2005)`, `第1620(2005)号决议`) are no numbers the text says. Cases are data: texts and what they say,
// by reading. And the Macao–Maldives air services agreement (2006) as Macao's gazette and AsianLII print it: a list's label in
// brackets inside a sentence (`及(2) 任何附件`, `and (2) any Annex`) is no number, as `(ii)` is none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WorkspaceIndex } from '../../server/src/index/workspace';
import { numbersIn } from '../../server/src/model/quantities';
import { divergences } from '../support/divergence';


const centuries = (text: string, lang: string) => numbersIn(text, 0, text.length, lang).quantities.map((q) => `${q.value} ${q.unit ?? '-'} ${text.slice(q.start, q.end)}`);

const CENTURIES: [string, string, string, string[]][] = [
  ['Chinese, in digits', 'zh', '成为21世纪两国关系的基础。', ['21 century 21世纪']],
  ['Chinese, in numerals', 'zh', '成为二十一世纪两国关系的基础。', ['21 century 二十一世纪']],
  ['Russian, a Roman numeral', 'ru', 'развития отношений в XXI веке.', ['21 century XXI веке']],
  ['Russian, the twentieth', 'ru', 'в конце XX века', ['20 century XX века']],
  ['French, a Roman numeral and its ordinal ending', 'fr', 'au XXIe siècle', ['21 century XXIe siècle']],
  ['English, an ordinal in digits', 'en', 'in the 21st century', ['21 century 21st century']],
  ['English, a Roman numeral', 'en', 'in the XXI century', ['21 century XXI century']],
  ['no century: a Roman numeral before another word (a part, a chapter)', 'ru', 'см. раздел XXI настоящего Договора', []],
  ['no century: a lower-case word before it', 'en', 'a mix century', []],
];
for (const [name, lang, text, expected] of CENTURIES) {
  test(`century: ${name}`, () => assert.deepEqual(centuries(text, lang), expected));
}

const ZH = 'I\n条约将中俄关系发展的历史经验与公认的国际法准则有机结合,成为21世纪中俄全面战略协作伙伴关系长期稳定发展的纲领性和基础性文件。\n';
const RU = 'I\nДоговор органично соединил в себе исторический опыт развития российско-китайских отношений. Этот документ создал правовую основу для развития отношений в XXI веке.\n';
test('century: 21世纪 against XXI веке agrees (once align.number on the Chinese text, a false alarm)', () => {
  assert.deepEqual(divergences({ 's.zh.md': ZH, 's.ru.md': RU }), { 's.zh.md': [], 's.ru.md': [] });
});
test('century: 21世纪 against XX веке is reported on both texts', () => {
  const got = divergences({ 's.zh.md': ZH, 's.ru.md': RU.replace('XXI', 'XX') });
  assert.equal(got['s.zh.md'].length, 1);
  assert.match(got['s.zh.md'][0], /^2:align\.number:“21世纪”/);
  assert.equal(got['s.ru.md'].length, 1);
  assert.match(got['s.ru.md'][0], /^2:align\.number:“XX веке”/);
});

const ARTICLE = '\nСтатья 1\n\nДоговаривающиеся Стороны согласились уточнить прохождение линии границы.\n';
const TITLES: [string, string, string | undefined, string | undefined][] = [
  ['a Roman numeral alone over the first paragraph is no title', 'I\nДоговор органично соединил в себе исторический опыт развития отношений.\n', undefined, undefined],
  ['the kind alone again under the title in capitals, then the date line', `Приложение 1.\nСОГЛАШЕНИЕ МЕЖДУ СОЮЗОМ СОВЕТСКИХ СОЦИАЛИСТИЧЕСКИХ РЕСПУБЛИК И КИТАЙСКОЙ НАРОДНОЙ РЕСПУБЛИКОЙ О ГРАНИЦЕ\nСОГЛАШЕНИЕ\nмая 1991 г.\n(Д)\nСоюз Советских Социалистических Республик и Китайская Народная Республика договорились о нижеследующем:\n${ARTICLE}`, 'СОГЛАШЕНИЕ МЕЖДУ СОЮЗОМ СОВЕТСКИХ СОЦИАЛИСТИЧЕСКИХ РЕСПУБЛИК И КИТАЙСКОЙ НАРОДНОЙ РЕСПУБЛИКОЙ О ГРАНИЦЕ', '协定'],
  ['a title over lines whose second line is not the kind alone stays whole', `СОГЛАШЕНИЕ\nо российско-китайской государственной границе\n\nСтороны договорились о нижеследующем:\n${ARTICLE}`, 'СОГЛАШЕНИЕ о российско-китайской государственной границе', '协定'],
  ['a note mark with its label at the title\'s end', `СОГЛАШЕНИЕ\nмежду Российской Федерацией и Китайской Народной\nРеспубликой о российско-китайской государственной\nгранице на ее Западной части*О)\n\n_________________\n     * Соглашение вступило в силу 17 октября 1995 года..\n\nРоссийская Федерация и Китайская Народная Республика договорились о нижеследующем:\n${ARTICLE}`, 'СОГЛАШЕНИЕ между Российской Федерацией и Китайской Народной Республикой о российско-китайской государственной границе на ее Западной части', '协定'],
  ['a supplementary agreement in quotes, the database\'s note in brackets after it', `"ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ МЕЖДУ РОССИЙСКОЙ ФЕДЕРАЦИЕЙ И КИТАЙСКОЙ НАРОДНОЙ РЕСПУБЛИКОЙ О ГРАНИЦЕ"(Заключено в г. Пекине 14.10.2004)\n\nРоссийская Федерация и Китайская Народная Республика согласились о нижеследующем:\n${ARTICLE}`, 'ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ МЕЖДУ РОССИЙСКОЙ ФЕДЕРАЦИЕЙ И КИТАЙСКОЙ НАРОДНОЙ РЕСПУБЛИКОЙ О ГРАНИЦЕ', '补充协定'],
  ['a title in quotes with words after the closing quote keeps them', `«Соглашение» о границе между Российской Федерацией и Китайской Народной Республикой\n\nСтороны согласились о нижеследующем:\n${ARTICLE}`, '«Соглашение» о границе между Российской Федерацией и Китайской Народной Республикой', '协定'],
];
for (const [name, text, title, kind] of TITLES) {
  test(`title: ${name}`, () => {
    const index = new WorkspaceIndex();
    index.set('file:///ws/t.ru.md', text, 1, 'markdown');
    const t = index.model(index.get('file:///ws/t.ru.md')!);
    assert.deepEqual([t.language, t.title?.text, t.kind], ['ru', title, kind]);
  });
}

const said = (text: string, lang: string) => {
  const n = numbersIn(text, 0, text.length, lang);
  return [...n.quantities.map((q) => `${q.value}${q.unit ? ` ${q.unit}` : ''}`), ...n.dates.map((d) => [d.year, d.month, d.day].filter((x) => x !== undefined).join('-'))];
};
const DOCUMENTS: [string, string, string, string[]][] = [
  ['a symbol in Chinese', 'zh', '2005年6月29日的声明(S/PRST/2005/27),', ['2005-6-29']],
  ['a symbol in English', 'en', 'the statement of 29 June 2005 (S/PRST/2005/27),', ['2005-6-29']],
  ['a symbol with a session in brackets and a revision', 'en', 'WT/MIN(01)/DEC/2 and ST/AI/189/Add.9/Rev.2 within 30 days', ['30 day']],
  ['resolutions listed with their dates', 'en', 'in particular resolutions 1565 of 1 October 2004 and 1592 of 30 March 2005', ['2004-10-1', '2005-3-30']],
  ['a resolution and its year in brackets', 'en', 'Security Council Resolution 1621 (2005), adopted on 6 September 2005', ['2005-9-6']],
  ['Russian: резолюция and its date, the next listed after и', 'ru', 'резолюцию 1546 (2004) от 8 июня 2004 года и 1637 (2005)', ['2004-6-8']],
  ['Chinese: the year before 号 is the resolution\'s', 'zh', '联合国安理会第1620(2005)号决议', []],
  ['Chinese: a year in brackets not before 号 is still read', 'zh', '该决议(2005),', ['2005']],
  ['a number after a date that follows an article is still a quantity', 'en', 'the Agreement of 1 October 2004 and 30 days', ['30 day', '2004-10-1']],
  ['a capital word and a slash before a number of the text', 'en', 'an increase of 841 personnel and 125 officers', ['841', '125']],
];
for (const [name, lang, text, expected] of DOCUMENTS) {
  test(`document numbers: ${name}`, () => assert.deepEqual(said(text, lang), expected));
}

const LABELS: [string, string, string, string[]][] = [
  ['Chinese: labels in brackets inside a sentence', 'zh', '包括﹕(1)根據該公約的任何修改﹔及(2) 任何附件和(12)项', []],
  ['Chinese: a repetition in brackets after a number stays its number', 'zh', '期限为三十(30)日,两(2)年', ['30 day', '2 year']],
  ['English: labels in brackets inside a sentence', 'en', 'includes: (1) any amendment; and (2) any Annex', []],
  ['English: a repetition in brackets after a number in words stays its number', 'en', 'within five (5) years', ['5 year']],
  ['a number in brackets takes the unit after its closing bracket', 'zh', '有效期为(3)年,共(3)份', ['3 year', '3 copy']],
];
for (const [name, lang, text, expected] of LABELS) {
  test(`bracket labels: ${name}`, () => assert.deepEqual(said(text, lang), expected));
}
