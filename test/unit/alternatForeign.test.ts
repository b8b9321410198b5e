// The alternat for the text of a bilateral treaty in another language (features/export/alternat.ts `alternateForeign`, its
// parties read by model/foreignParties.ts): each party's copy names it first where the text names the two together — the
// title, the preamble (in the title's case and the preamble's: `между Правительством A и Правительством B`, `Правительство A
// и Правительство B`), its language first among the signing clause's, its signature first. Texts written for these tests as
// the treaties of China with Russia, the United Kingdom and France are written, and four real texts of
// test/fixtures/multilingual; each copy's words were written by reading the text, not by running the export.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { signingCopies } from '../../server/src/features/export/alternat';
import { ROOT } from '../support/fixture';

const EN = `# Agreement between the Government of the People's Republic of China and the Government of the Russian Federation on Mutual Visa Exemption

The Government of the People's Republic of China and the Government of the Russian Federation (hereinafter referred to as "the Parties"), desiring to develop the friendly relations between the two countries, have agreed as follows:

## Article 1

Citizens of either Party holding valid passports may enter, exit or transit the territory of the other Party without a visa and stay for no more than thirty (30) days.

## Article 2

1. Persons referred to in Article 1 of this Agreement who stay in the territory of the other Party for more than twenty-five (25) days shall complete the residence formalities.

2. The Parties shall exchange specimens of their passports through diplomatic channels within sixty (60) days after the signing of this Agreement.

## Article 3

This Agreement shall enter into force on the thirtieth day from the date of its signature and shall remain in force for five (5) years. It shall be automatically extended for successive periods of five years unless either Party notifies the other in writing of its intention to terminate it six (6) months before the expiry of the period.

Done at Beijing on 14 October 2005, in duplicate, in the Chinese, Russian and English languages, all texts being equally authentic. In case of divergence of interpretation, the English text shall prevail.

For the Government of the People's Republic of China　　　　For the Government of the Russian Federation
(signed)　　　　(signed)
`;

const RU = `# Соглашение между Правительством Китайской Народной Республики и Правительством Российской Федерации о взаимной отмене визовых требований

Правительство Китайской Народной Республики и Правительство Российской Федерации (далее именуемые «Стороны»), стремясь развивать дружественные отношения между двумя государствами, согласились о нижеследующем:

## Статья 1

Граждане государства одной Стороны, имеющие действительные паспорта, могут въезжать, выезжать или следовать транзитом через территорию государства другой Стороны без виз и пребывать не более тридцати (30) дней.

## Статья 2

1. Лица, указанные в статье 1 настоящего Соглашения, пребывающие на территории государства другой Стороны более двадцати пяти (25) дней, оформляют вид на жительство.

2. Стороны обмениваются образцами паспортов по дипломатическим каналам в течение шестидесяти (60) дней после подписания настоящего Соглашения.

## Статья 3

Настоящее Соглашение вступает в силу на тридцатый день с даты его подписания и действует в течение пяти (5) лет. Оно автоматически продлевается на последующие пятилетние периоды, если ни одна из Сторон не уведомит в письменной форме другую Сторону о своем намерении прекратить его действие за шесть (6) месяцев до истечения соответствующего периода.

Совершено в г. Пекине 14 октября 2005 года в двух экземплярах, каждый на китайском, русском и английском языках, причем все тексты имеют одинаковую силу. В случае расхождений в толковании настоящего Соглашения используется текст на английском языке.

За Правительство Китайской Народной Республики　　　　За Правительство Российской Федерации
(подпись)　　　　(подпись)
`;

// A party whose name holds `and` (`…of Great Britain and Northern Ireland`), its signature in a column of its own.
const UK = `# Agreement between the Government of the United Kingdom of Great Britain and Northern Ireland and the Government of the People's Republic of China on the Reciprocal Establishment of Consulates-General

The Government of the United Kingdom of Great Britain and Northern Ireland and the Government of the People's Republic of China, desiring to develop consular relations between the two countries, have agreed as follows:

## Article 1

Each Party may establish a Consulate-General in the territory of the other.

## Article 2

This Agreement shall enter into force on the date of signature.

Done at London on 10 October 1986, in duplicate, in the English and Chinese languages, both texts being equally authentic.

For the Government of the United Kingdom of Great Britain and Northern Ireland

Geoffrey Howe

For the Government of the People's Republic of China

Wu Xueqian
`;

const FR = `# Accord entre le Gouvernement de la République populaire de Chine et le Gouvernement de la République française sur la coopération culturelle

Le Gouvernement de la République populaire de Chine et le Gouvernement de la République française, désireux de développer leurs relations culturelles, sont convenus de ce qui suit :

## Article 1

Les Parties encouragent les échanges culturels.

## Article 2

Le présent Accord entre en vigueur à la date de sa signature.

Fait à Paris le 10 octobre 2004, en double exemplaire, en langues chinoise et française, les deux textes faisant également foi.

Pour le Gouvernement de la République populaire de Chine

Pour le Gouvernement de la République française
`;

const real = (name: string) => readFileSync(join(ROOT, 'test/fixtures/multilingual', name), 'utf8');

/** [name, text, the parties, for the second party's copy: lines expected (by their opening words) and what each opens with]. */
const CASES: [string, string, string[], [string, string][]][] = [
  ['English, China–Russia', EN, ["Government of the People's Republic of China", 'Government of the Russian Federation'], [
    ['# Agreement', "# Agreement between the Government of the Russian Federation and the Government of the People's Republic of China on Mutual Visa Exemption"],
    ['The Government', 'The Government of the Russian Federation and the Government of the People\'s Republic of China (hereinafter referred to as "the Parties"), desiring to develop the friendly relations between the two countries, have agreed as follows:'],
    ['Done at', 'Done at Beijing on 14 October 2005, in duplicate, in the Russian, Chinese and English languages, all texts being equally authentic. In case of divergence of interpretation, the English text shall prevail.'],
    ['For the', "For the Government of the Russian Federation\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000For the Government of the People's Republic of China"],
  ]],
  ['Russian, China–Russia: the title\'s instrumental and the preamble\'s nominative', RU, ['Правительство Китайской Народной Республики', 'Правительство Российской Федерации'], [
    ['# Соглашение', '# Соглашение между Правительством Российской Федерации и Правительством Китайской Народной Республики о взаимной отмене визовых требований'],
    ['Правительство', 'Правительство Российской Федерации и Правительство Китайской Народной Республики (далее именуемые «Стороны»), стремясь развивать дружественные отношения между двумя государствами, согласились о нижеследующем:'],
    ['Совершено', 'Совершено в г. Пекине 14 октября 2005 года в двух экземплярах, каждый на русском, китайском и английском языках, причем все тексты имеют одинаковую силу. В случае расхождений в толковании настоящего Соглашения используется текст на английском языке.'],
    ['За ', 'За Правительство Российской Федерации\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000За Правительство Китайской Народной Республики'],
  ]],
  ['English, United Kingdom–China: a name holding `and`, signatures in columns', UK, ['Government of the United Kingdom of Great Britain and Northern Ireland', "Government of the People's Republic of China"], [
    ['# Agreement', "# Agreement between the Government of the People's Republic of China and the Government of the United Kingdom of Great Britain and Northern Ireland on the Reciprocal Establishment of Consulates-General"],
    ['The Government', "The Government of the People's Republic of China and the Government of the United Kingdom of Great Britain and Northern Ireland, desiring to develop consular relations between the two countries, have agreed as follows:"],
    ['Done at', 'Done at London on 10 October 1986, in duplicate, in the Chinese and English languages, both texts being equally authentic.'],
    ['For the', "For the Government of the People's Republic of China"],
    ['Wu', 'Wu Xueqian'],
  ]],
  ['French, China–France', FR, ['Gouvernement de la République populaire de Chine', 'Gouvernement de la République française'], [
    ['# Accord', '# Accord entre le Gouvernement de la République française et le Gouvernement de la République populaire de Chine sur la coopération culturelle'],
    ['Le Gouvernement', 'Le Gouvernement de la République française et le Gouvernement de la République populaire de Chine, désireux de développer leurs relations culturelles, sont convenus de ce qui suit :'],
    ['Fait à', 'Fait à Paris le 10 octobre 2004, en double exemplaire, en langues française et chinoise, les deux textes faisant également foi.'],
    ['Pour le', 'Pour le Gouvernement de la République française'],
  ]],
  // Real texts. The China–Belarus agreement of 1992 in Russian: its title in capitals, the preamble naming the parties inside a
  // sentence and over a line break (`Республика Беларусь и Китайская Народная` / `Республика согласились`).
  ['real: cn_by_diplomatic_1992_art1-2.ru.md', real('cn_by_diplomatic_1992_art1-2.ru.md'), ['Республика Беларусь', 'Китайская Народная Республика'], [
    ['МЕЖДУ', 'МЕЖДУ КИТАЙСКОЙ НАРОДНОЙ РЕСПУБЛИКОЙ И РЕСПУБЛИКОЙ БЕЛАРУСЬ'],
    ['между двумя', 'между двумя народами, Китайская Народная'],
    ['Республика и', 'Республика и Республика Беларусь согласились о нижеследующем:'],
  ]],
  // The China–Australia agreement of 1999 in English: `the Government of  the People’s Republic` (two spaces, as found) in the title.
  ['real: cn_au_macao_consular_1999_preamble.en.md', real('cn_au_macao_consular_1999_preamble.en.md'), ['Government of the People’s Republic of China', 'Government of Australia'], [
    ['Agreement', 'Agreement between the Government of Australia and the Government of  the People’s Republic of China concerning the Continuation of the Consular Functions by Australia'],
    ['The Government', 'The Government of Australia and the Government of the People’s Republic of China (hereinafter referred to as “the two parties”), out of a common desire to develop further the friendly relations between the two countries,'],
  ]],
];

for (const [name, text, parties, lines] of CASES) {
  test(`alternat in another language: ${name}`, () => {
    const copies = signingCopies(text);
    assert.deepEqual(copies.map((c) => c.party), parties);
    assert.equal(copies[0].text, text, 'the first party\'s copy is the text as written');
    // (White space squeezed: side-by-side signatures keep the other party's column in place, padding the row.)
    const squeeze = (l: string) => l.replace(/[\s\u3000]+/g, ' ');
    const got = copies[1].text.split('\n').map(squeeze);
    assert.deepEqual(lines.map(([open]) => got.find((l) => l.startsWith(open))?.slice(0, squeeze(open === '' ? '' : lines.find((x) => x[0] === open)![1]).length)), lines.map(([, want]) => squeeze(want)));
    // The copy only reorders: the same words.
    const letters = (t: string) => [...t.replace(/[\s\u3000]+/g, '')].sort().join('');
    assert.equal(letters(copies[1].text), letters(text), 'the same characters');
  });
}

// One copy: a multilateral convention, a text whose title names no two parties between which it is made.
test('alternat in another language: a multilateral convention is one copy', () => {
  assert.deepEqual(signingCopies(real('unesco_cultural_property_1970.en.md')).map((c) => c.party), [undefined]);
  assert.deepEqual(signingCopies(real('un_charter_ch19.en.md')).map((c) => c.party), [undefined]);
});
