// Session 61 (s61parallel): Russian dates written out in words, and what legal databases set around a Russian (or English, French) treaty text, read as the page's and not
// the text's, and a text of three parties. Each case was written by reading the text: the title and kind a reader gives it, where
// its preamble's own words begin, the parties the alternat's copies are named for. Each rule read from Kazakhstan's and Russia's
// legal databases as test/fixtures/multilingual holds them (kz_cn_border_1998_preamble, sco_charter_2002_preamble,
// cn_ru_mn_junction_1994_preamble, cn_by_diplomatic_1992_art1-2).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTreaty } from '../../server/src/model/treaty';
import { preambleSpan } from '../../server/src/model/preamble';
import { foreignPartiesOf } from '../../server/src/model/foreignParties';
import { foreignKind } from '../../server/src/syntax/foreign';
import { numbersIn } from '../../server/src/model/quantities';
import { WorkspaceIndex } from '../../server/src/index/workspace';
import { contextOf } from '../../server/src/features/context';
import { diagnostics } from '../../server/src/features/diagnostics';

const BODY_RU = '\n\nСтатья 1\n\nСтороны сотрудничают.\n';

// The kind of a law's title ratifying an instrument is the instrument's, in any case it is named in.
const KINDS: [string, string, string | undefined][] = [
  ['a Kazakh law ratifying a supplementary agreement, the agreement in the genitive', 'Закон Республики Казахстан о ратификации Дополнительного Соглашения между Республикой Казахстан и Китайской Народной Республикой о казахстанско-китайской государственной границе', '补充协定'],
  ['a federal law ratifying a treaty', 'Федеральный закон о ратификации Договора о добрососедстве, дружбе и сотрудничестве между Российской Федерацией и Китайской Народной Республикой', '条约'],
  ['in English', 'Law of the Republic of Kazakhstan on the Ratification of the Agreement between the Republic of Kazakhstan and the People\'s Republic of China on the State Border', '协定'],
  ['in French', 'Loi portant ratification de la Convention entre la France et la Chine', '公约'],
  ['a law ratifying nothing is a law', 'Закон Республики Казахстан о государственной границе', '法'],
  ['a supplementary agreement in the nominative and in the instrumental', 'Дополнительным соглашением между Российской Федерацией и Китайской Народной Республикой', '补充协定'],
];
for (const [name, title, kind] of KINDS) {
  test(`foreign kind: ${name}`, () => assert.equal(foreignKind(title), kind));
}

// A database's record over the title (its category, the kind and the date, no parties), then the title naming the parties.
const TITLES: [string, string, string | undefined][] = [
  ['a record, then after a blank line the title with между', 'Международный договор\nСоглашение от 27 января 1994 года\n\nСоглашение между Правительством Российской Федерации и Правительством Монголии об определении точек стыков\n\nПравительство Российской Федерации и Правительство Монголии согласились о нижеследующем:' + BODY_RU, 'Соглашение между Правительством Российской Федерации и Правительством Монголии об определении точек стыков'],
  ['in English', 'International treaty\nAgreement of 27 January 1994\n\nAgreement between the Government of the Russian Federation and the Government of Mongolia\n\nThe Parties have agreed as follows:\n\nArticle 1\n\nThe Parties cooperate.\n', 'Agreement between the Government of the Russian Federation and the Government of Mongolia'],
  ['a title naming its parties is kept, whatever follows it', 'Соглашение между Российской Федерацией и Монголией\n\nСоглашение между Правительством Российской Федерации и Правительством Монголии о другом\n\nСтороны согласились о нижеследующем:' + BODY_RU, 'Соглашение между Российской Федерацией и Монголией'],
  ['a title without parties followed by a line naming none is kept', 'Хартия Шанхайской организации сотрудничества\n\nСоглашение о сотрудничестве\n\nСтороны согласились о нижеследующем:' + BODY_RU, 'Хартия Шанхайской организации сотрудничества'],
];
for (const [name, text, title] of TITLES) {
  test(`foreign title: ${name}`, () => assert.equal(buildTreaty(text).title?.text, title));
}

// Where the preamble's own words begin: after a database's remark and after its record of adoption.
const PREAMBLES: [string, string, string][] = [
  ['a remark of the database (`Примечание РЦПИ.`) with its dates', 'Хартия *\nШанхайской организации сотрудничества\n\n      Примечание РЦПИ. В Хартию предусмотрены изменения Законом РК от 15.12.2008 N 103-IV ; от 05.01.2009 N 118-IV .\n\n      Республика Казахстан и Китайская Народная Республика,\n      основываясь на связях их народов;' + BODY_RU, 'Республика Казахстан'],
  ['a remark in English, `Note:`', 'Agreement between A and B\n\nNote: amended on 15 December 2008.\n\nThe Government of A and the Government of B,\n\nhave agreed as follows:\n\nArticle 1\n\nThe Parties cooperate.\n', 'The Government of A'],
  ['a record of adoption, `Принято` / by whom / when, run into the preamble', 'Соглашение между Правительством Российской Федерации и Правительством Монголии\n\nПринято\nПравительством Российской Федерации\n27 января 1994 года,\nПравительством Монголии\n27 января 1994 года\n    Правительство Российской Федерации и Правительство Монголии, далее именуемые Договаривающимися Сторонами,\n    в целях укрепления отношений\nсогласились о нижеследующем:' + BODY_RU, 'Правительство Российской Федерации и'],
  ['a preamble opening with `Принимая во внимание` is the preamble', 'Соглашение между А и Б\n\nПринимая во внимание дружбу,\nСтороны согласились о нижеследующем:' + BODY_RU, 'Принимая во внимание'],
];
for (const [name, text, opening] of PREAMBLES) {
  test(`foreign preamble: ${name}`, () => {
    const t = buildTreaty(text);
    const span = preambleSpan(t, t.language);
    assert.ok(span, 'a preamble');
    assert.equal(t.text.slice(span.start).trimStart().slice(0, opening.length), opening);
  });
}

// The parties the copies are named for: in the nominative where the preamble names them together later; three parties each
// (session 62: a copy each, features/export/alternat.ts), none for four.
const PARTIES: [string, string, string[] | undefined][] = [
  ['the preamble names them inside a sentence, in the nominative', 'СОГЛАШЕНИЕ\nМЕЖДУ РЕСПУБЛИКОЙ БЕЛАРУСЬ И КИТАЙСКОЙ НАРОДНОЙ РЕСПУБЛИКОЙ\nОБ УСТАНОВЛЕНИИ ДИПЛОМАТИЧЕСКИХ ОТНОШЕНИЙ\n\nВ соответствии с целями Устава, Республика Беларусь и Китайская Народная\nРеспублика согласились о нижеследующем:' + BODY_RU, ['Республика Беларусь', 'Китайская Народная Республика']],
  ['the preamble names them in no other case: the title\'s', 'Соглашение между Республикой Беларусь и Китайской Народной Республикой\n\nСтороны согласились о нижеследующем:' + BODY_RU, ['Республикой Беларусь', 'Китайской Народной Республикой']],
  ['three parties in the title, the preamble\'s nominative', 'Соглашение между Правительством Российской Федерации, Правительством Китайской Народной Республики и Правительством Монголии об определении точек стыков\n\nПравительство Российской Федерации, Правительство Китайской Народной Республики и Правительство Монголии согласились о нижеследующем:' + BODY_RU, ['Правительство Российской Федерации', 'Правительство Китайской Народной Республики', 'Правительство Монголии']],
  ['three parties in English', 'Agreement between the Government of A, the Government of B and the Government of C on junction points\n\nThe Government of A, the Government of B and the Government of C have agreed as follows:\n\nArticle 1\n\nThe Parties cooperate.\n', ['Government of A', 'Government of B', 'Government of C']],
  ['four parties: a multilateral text, no copies', 'Agreement between the Government of A, the Government of B, the Government of C and the Government of D on junction points\n\nThe Parties have agreed as follows:\n\nArticle 1\n\nThe Parties cooperate.\n', undefined],
  ['a party\'s name holding a comma is one party', 'Agreement between the Government of the Republic of Korea, Seoul and the Government of B\n\nThe Parties have agreed as follows:\n\nArticle 1\n\nThe Parties cooperate.\n', ['Government of the Republic of Korea, Seoul', 'Government of B']],
];
for (const [name, text, parties] of PARTIES) {
  test(`foreign parties: ${name}`, () => assert.deepEqual(foreignPartiesOf(buildTreaty(text))?.names, parties));
}

// Russian dates whose day is an ordinal in words, in any case, the year in digits or in words: one date, no number beside it.
const DATES: [string, string, string[], number[]][] = [
  ['the day and the year in words, genitive', 'с двадцать пятого мая две тысячи второго года', ['2002-5-25'], []],
  ['the year from тысяча', 'третьего сентября тысяча девятьсот девяносто четвертого года', ['1994-9-3'], []],
  ['the day in words, the year in digits', 'тридцать первого декабря 2005 года', ['2005-12-31'], []],
  ['nominative', 'первое июля две тысячи первого года', ['2001-7-1'], []],
  ['a year of one word', 'от пятого мая двухтысячного года, в 2 экземплярах', ['2000-5-5'], [2]],
  ['teens and a year of the 2020s', 'девятнадцатого июня две тысячи двадцать первого года', ['2021-6-19'], []],
  ['a day and a month without a year are no date', 'до пятого мая', [], []],
  ['a cardinal day is no ordinal: the year alone is read (the cardinal, with no unit, counts nothing)', 'двадцать пять мая 2002 года', ['2002'], []],
  ['no day over 31', 'сорокового мая 2002 года', ['2002'], []],
  // One reading with the signing clause's (words.ts ruWordDate, session 62): a year in digits is four digits, not any number four
  // characters long (`1,25`, a rate: quantities.ts read it as the year once).
  ['a number of four characters after a day and month is no year', 'до пятого мая 1,25 процента', [], [1.25]],
];
for (const [name, text, dates, numbers] of DATES) {
  test(`Russian date in words: ${name}`, () => {
    const n = numbersIn(text, 0, text.length, 'ru');
    assert.deepEqual(n.dates.map((d) => [d.year, d.month, d.day].filter((x) => x !== undefined).join('-')), dates);
    assert.deepEqual(n.quantities.map((q) => q.value), numbers);
  });
}

const PAIR_RU = `Соглашение между Российской Федерацией и Китайской Народной Республикой о сотрудничестве

Российская Федерация и Китайская Народная Республика, далее именуемые Сторонами,
согласились о нижеследующем:

Статья 1

1. Стороны сотрудничают.

2. Стороны обмениваются информацией.

Статья 2

Положения пункта 2 статьи 1 настоящего Соглашения применяются с двадцать пятого мая две тысячи второго года.

Статья 3

Совершено в г. Пекине двадцать пятого мая 2002 года в двух экземплярах, каждый на китайском и русском языках, причем оба текста имеют одинаковую силу.
`;
const PAIR_ZH = `中华人民共和国和俄罗斯联邦关于合作的协定

中华人民共和国和俄罗斯联邦（以下简称“双方”），达成协议如下：

第一条

一、双方开展合作。

二、双方交换信息。

第二条

第一条第二款的规定自二〇〇二年五月二十五日起适用。

第三条

本协定于二〇〇二年五月二十五日在北京签订，一式两份，每份都用中文和俄文写成，两种文本同等作准。
`;

test('Russian date in words: a signing clause\'s date (`Совершено в г. Пекине двадцать пятого мая 2002 года`)', () => {
  const s = buildTreaty(PAIR_RU).signing;
  assert.deepEqual(s?.date && [s.date.year, s.date.month, s.date.day], [2002, 5, 25]);
  // (The year's word after it is no part of the date, as in `27 июня 1997 г.`.)
  assert.equal(s?.date && PAIR_RU.slice(s.date.start, s.date.end), 'двадцать пятого мая 2002');
});

test('Russian date in words: a correct pair raises no align.* (the dates in words, `пункта 2 статьи 1` ↔ `第一条第二款`, `1.` ↔ `一、`)', () => {
  const index = new WorkspaceIndex();
  index.set('file:///p/x.ru.md', PAIR_RU, 1, 'markdown');
  index.set('file:///p/x.zh.md', PAIR_ZH, 1, 'markdown');
  const aligns = (uri: string) => diagnostics(contextOf(index, index.get(uri)!)).filter((d) => String(d.code).startsWith('align.')).map((d) => `${d.code} ${d.message}`);
  assert.deepEqual([...aligns('file:///p/x.ru.md'), ...aligns('file:///p/x.zh.md')], []);
  // (And a date changed in the Russian text is reported.)
  index.set('file:///p/x.ru.md', PAIR_RU.replace('с двадцать пятого мая', 'с двадцать шестого мая'), 2, 'markdown');
  assert.ok(aligns('file:///p/x.ru.md').some((m) => m.startsWith('align.date')) || aligns('file:///p/x.zh.md').some((m) => m.startsWith('align.date')), 'the changed date is reported');
});
