// Tests that bite for features/language.ts: the language of a text whose model reads Chinese (no
// other language's words found) is told by its letters in the first 4,000 characters — Chinese
// characters (U+3400–U+9FFF) win when there are as many as Cyrillic letters (U+0400–U+04FF) and
// half as many as Latin letters (A–Z, a–z), Cyrillic win over as many Latin ones; a text with none
// of them has no language. A model that reads another language keeps it. Each answer is counted by
// hand from the text. With 20 Latin or Cyrillic letters or more, the model's Chinese is a reading, kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTreaty } from '../../server/src/model/treaty';
import { languageOf } from '../../server/src/features/language';

const CASES: [label: string, text: string, language: string | undefined][] = [
  // What the model reads is kept, whatever the letters say.
  ['a French text (the model reads French; its letters are Latin)', '# Accord\n\nArticle premier\n\nLes Parties conviennent.\n', 'fr'],
  ['a Russian text (the model reads Russian)', '# Договор\n\nСтатья 1\n\nСтороны.\n', 'ru'],
  // The model reads Chinese: the letters decide.
  ['two characters, four Latin letters: Chinese (2 × 2 ≥ 4)', '协定ABCD', 'zh'],
  ['one character, two Latin letters: Chinese (1 × 2 ≥ 2)', '协AB', 'zh'],
  ['one character, one Latin letter: Chinese', '协A', 'zh'],
  ...['A', 'Z', 'a', 'z'].map((c): [string, string, string] => [`a fifth Latin letter ${c}: English (2 × 2 < 5)`, `协定ABCD${c}`, 'en']),
  ...['@', '[', '`', '{'].map((c): [string, string, string] => [`${c} beside the letters is no letter: Chinese`, `协定ABCD${c}`, 'zh']),
  ['one character, one Cyrillic letter: Chinese (as many)', '协Ж', 'zh'],
  ['one character, two Cyrillic letters: Russian (more Cyrillic)', '协ЖЖ', 'ru'],
  ['one Cyrillic letter and one Latin: Russian (as many)', 'ЖA', 'ru'],
  ['one Cyrillic letter and two Latin: English', 'ЖAB', 'en'],
  ['Ѐ (U+0400) is Cyrillic', 'Ѐa', 'ru'],
  ['ӿ (U+04FF) is Cyrillic', 'ӿa', 'ru'],
  ['Ͽ (U+03FF, Greek) is not Cyrillic', 'Ͽa', 'en'],
  ['Ԁ (U+0500, Cyrillic Supplement) is not counted', 'Ԁa', 'en'],
  ['㐀 (U+3400) is a Chinese character', '㐀ab', 'zh'],
  ['鿿 (U+9FFF) is a Chinese character', '鿿ab', 'zh'],
  ['㏿ (U+33FF) is not', '㏿ab', 'en'],
  ['ꀀ (U+A000, Yi) is not', 'ꀀab', 'en'],
  ['full-width punctuation is no Chinese character', '，，ab', 'en'],
  ['Hangul alone: no language', '대한민국', undefined],
  ['an empty text: no language', '', undefined],
  // 20 Latin or Cyrillic letters or more (syntax/foreign.ts FEW_LETTERS): the model's Chinese was read from the
  // text (a Chinese heading, 200 Chinese characters, a Chinese title over its translation), not its default: kept.
  ['a Chinese article heading, 19 Latin letters: the letters decide (3 × 2 < 19): English', '第一条 ABCDEFGHIJKLMNOPQRS', 'en'],
  ['a Chinese article heading, 20 Latin letters: the model read Chinese', '第一条 ABCDEFGHIJKLMNOPQRST', 'zh'],
  ['a Chinese article heading, 20 Cyrillic letters: the model read Chinese', '第一条 ЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖ', 'zh'],
  [
    "a Chinese instrument printed with its English translation (a law database's bilingual view: the Latin letters outnumber the Chinese characters)",
    '# 中国—东盟全面经济合作框架协议 [现行有效]\n\n' +
      'Framework Agreement on Comprehensive Economic Co-operation between the Association of South East Asian Nations and the People\'s Republic of China\n\n' +
      '我们，中华人民共和国和东南亚国家联盟成员国政府首脑或国家元首，\n\n' +
      'We, the Heads of Government/State of Brunei Darussalam, the Kingdom of Cambodia, the Republic of Indonesia, the Lao People\'s Democratic Republic, Malaysia, the Union of Myanmar, the Republic of the Philippines, the Republic of Singapore, the Kingdom of Thailand and the Socialist Republic of Viet Nam,\n',
    'zh',
  ],
  // Only the first 4,000 characters are read.
  ['4,000 Chinese characters, then 9,000 Latin letters: Chinese', `${'甲'.repeat(4000)}${'a'.repeat(9000)}`, 'zh'],
];

for (const [label, text, language] of CASES) {
  test(`languageOf: ${label}`, () => {
    assert.equal(languageOf(buildTreaty(text)), language);
  });
}

test('languageOf: a text whose model reads Chinese is read by its letters (the model says zh for these)', () => {
  // Guards the cases above: they test the letters only if the model did not read another language.
  assert.deepEqual(['协定ABCDA', 'ЖA', '대한민국', '，，ab', '第一条 ABCDEFGHIJKLMNOPQRS'].map((t) => buildTreaty(t).language), ['zh', 'zh', 'zh', 'zh', 'zh']);
});
