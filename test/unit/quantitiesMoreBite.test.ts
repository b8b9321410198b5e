// More of what a piece of text says in numbers (model/quantities.ts), in the form of
// quantitiesBite.test.ts: a text and its whole reading, quantities as `written=value unit`,
// dates as `written@year-month-day`. The cases turn on the rules quantitiesBite leaves
// untested: a number in brackets after a word (not a sub-unit label), an ordinal or an annex
// number in digits, a compound adjective in days, 1 000 as a multiplier, a month-first date with
// a two-digit day, a month after a short word, a bracket left open after a number; amounts of
// thousands in words, which count with no unit (a bug: `五十万美元` against `500,000 US dollars`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { numbersRead } from '../support/numbers';

const read = numbersRead;

const CASES: [string, string | undefined, string, string[]][] = [
  ['a duration in brackets, right after the bracket or after a word in it, is a quantity', 'zh', '在合理期限（30日）内，或在短期内（约15日）', ['30日=30 day', '15日=15 day']],
  ['an ordinal and an annex number in digits are no quantities', 'zh', '在第5年，见附件5', []],
  ['a compound adjective in days', 'ru', 'в десятидневный срок', ['десятидневный=10 day']],
  ['thousand after digits multiplies by 1 000', 'en', 'up to 5 thousand tonnes', ['5 thousand=5000']],
  ['a date month first with a two-digit day', 'en', 'signed on July 16, 1996 in Beijing', ['July 16, 1996@1996-7-16']],
  ['a month after a two-letter word is no day: the year alone', 'en', 'signed in July 1996', ['1996@1996--']],
  ['a bracket left open after a number: the number, with no unit', 'en', 'within a period of 30 (thirty', ['30=30']],
  ['amounts of thousands in words count with no unit (the other text may write them in digits), 一万二千 whole; an amount the pattern cuts in two, 千方百计 and 一方 do not', 'zh',
    '援助五十万美元，贷款三千万元，另付五千美元；一万二千元；一万零五百元；一亿二千万元；千方百计；一方', ['五十万=500000', '三千万=30000000', '五千=5000', '一万二千=12000', '一万零五百=10500']],
  ['amounts of thousands in words, in English and Russian; numbers in words below a thousand with no unit are none', 'en',
    'a grant of five million US dollars and five hundred thousand dollars, one of the Parties, two hundred and fifty', ['five million=5000000', 'five hundred thousand=500000']],
  ['amounts of thousands in words, in Russian', 'ru', 'пять миллионов долларов США и пятьсот тысяч рублей, одна из Сторон, двести пятьдесят', ['пять миллионов=5000000', 'пятьсот тысяч=500000']],
];

for (const [name, lang, text, expected] of CASES) {
  test(`numbers (more): ${name}`, () => assert.deepEqual(read(text, lang), expected));
}
