// What a piece of text says in numbers (model/quantities.ts), read in Chinese, Russian, English
// and French: each case is a text and its whole reading, every quantity as `written=value unit`
// and every date as `written@year-month-day`, the written part cut from the text at the offsets
// the reader gives. Expected readings written by reading the texts and the rules in the file's
// head comment; they guard the mutants of quantities.ts (docs/mutation.md, “Runs of branch
// mutpar12”).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { numbersBetween, numbersIn, numbersOf } from '../../server/src/model/quantities';
import { buildTreaty } from '../../server/src/model/treaty';

function reading(text: string, n: ReturnType<typeof numbersIn>): string[] {
  return [
    ...n.quantities.map((q) => `${text.slice(q.start, q.end)}=${q.value}${q.unit ? ` ${q.unit}` : ''}`),
    ...n.dates.map((d) => `${text.slice(d.start, d.end)}@${d.year}-${d.month ?? ''}-${d.day ?? ''}`),
  ];
}

const read = (text: string, lang: string | undefined, start = 0, end = text.length) => reading(text, numbersIn(text, start, end, lang));

const CASES: [string, string | undefined, string, string[]][] = [
  // ---- Chinese ----
  ['a number in words repeated in digits: one quantity, written whole', 'zh', '自1996年7月5日起三十（30）日内',
    ['三十（30）日=30 day', '1996年7月5日@1996-7-5']],
  ['digits repeated in words', 'zh', '在30（三十）日内', ['30（三十）日=30 day']],
  ['percentages: 百分之 before the number, % and ％ after', 'zh', '利率为百分之二点五，另收5%，即５％。',
    ['百分之二点五=2.5 percent', '5%=5 percent', '５％=5 percent']],
  ['amounts: 万 and 亿, digits grouped by commas (full-width too); 元 is no unit', 'zh', '资金100万美元，或5亿元，或1,000,000元，或１，２００元',
    ['100万=1000000', '5亿=500000000', '1,000,000=1000000', '１，２００=1200']],
  ['decimals, full-width too', 'zh', '宽3.5公里，深１．５千米', ['3.5公里=3.5 km', '１．５千米=1.5 km']],
  ['every unit, the longest word first (周年 before 年, 个星期 before 周)', 'zh', '三十五周年、六个月、两个星期、四十八小时、二百海里、三周、十天、两份',
    ['三十五周年=35 year', '六个月=6 month', '两个星期=2 week', '四十八小时=48 hour', '二百海里=200 nmi', '三周=3 week', '十天=10 day', '两份=2 copy']],
  ['not quantities: units of a text, annexes, numbers in words before no unit, the value 1, a sub-unit\'s label', 'zh',
    '第五条、第 5 条、5款、3 条、附件一、一方、一年、第六条（2）、第2款(3)', []],
  ['numbers inside dates are the dates\'; a number after them is read', 'zh', '本协定于2001年7月16日签署，自2002年1月1日起10年内有效',
    ['10年=10 year', '2001年7月16日@2001-7-16', '2002年1月1日@2002-1-1']],
  ['a unit after spaces', 'zh', '期限为 5 年，即 3 个月', ['5 年=5 year', '3 个月=3 month']],
  ['no language given: read as Chinese', undefined, '双方在五年内完成', ['五年=5 year']],
  ['a percentage in brackets is a percentage, not a label', 'zh', '利率（百分之五）', ['百分之五=5 percent']],
  // Branch s13par: the 1972 World Heritage Convention's Chinese text (traditional characters) against its English text.
  ['traditional characters read as simplified: 兩 and 萬 in a number, 個月 and 週 as units, 條 and 項 after a number (a unit of a text)', 'zh',
    '每兩年一次，三個月後，兩週內，100萬美元，第1和2條、第31 和 32條、第二和三項',
    ['兩年=2 year', '三個月=3 month', '兩週=2 week', '100萬=1000000']],
  ['months in whole years count years: 二十四个月 is two years, 十二个月 one year (no quantity, as 一年)', 'zh', '十二个月后，二十四个月内，十八个月',
    ['二十四个月=2 year', '十八个月=18 month']],
  // ---- Russian ----
  ['durations: digits with their words, words alone, a compound adjective, a compound number', 'ru',
    'в течение 30 (тридцати) дней, пяти лет, шестимесячный срок, двадцати пяти дней',
    ['30 (тридцати) дней=30 day', 'пяти лет=5 year', 'шестимесячный=6 month', 'двадцати пяти дней=25 day']],
  ['a compound adjective of duration standing alone', 'ru', 'Стороны заключают пятилетний договор.', ['пятилетний=5 year']],
  ['a number in words repeated in digits, in Russian', 'ru', 'в течение тридцати (30) дней', ['тридцати (30) дней=30 day']],
  ['dates, years alone (года, г.), amounts grouped by spaces, millions, a decimal comma', 'ru',
    '5 июля 1996 года, 1996 года, 2001 г. и 1 000 000 долларов, 2 млн рублей, 5,5 процента',
    ['1 000 000=1000000', '2 млн=2000000', '5,5 процента=5.5 percent', '5 июля 1996@1996-7-5', '1996 года@1996--', '2001 г.@2001--']],
  ['numbers of units of a text are no quantities (lists, sub-unit labels between); one of the Parties is none either', 'ru',
    'статьи 5, пунктов 2 и 3, Article 5(2), Articles 6 (b) and 7 (b), paragraph 2, одна из Сторон', []],
  ['a decimal after a reference is a quantity', 'ru', 'по статье 5 — 2,5 процента', ['2,5 процента=2.5 percent']],
  ['endings of up to three letters on a unit or a multiplier; two decimals after a comma; a year before году and a full stop', 'ru',
    'пятью годами ранее и 2 миллионами рублей, 2,25 процента, в 1996 году.',
    ['пятью годами=5 year', '2 миллионами=2000000', '2,25 процента=2.25 percent', '1996 году@1996--']],
  ['a word that only starts like a conjunction ends a list of numbers (итого is not и)', 'ru', 'статьи 5 итого 3 процента', ['3 процента=3 percent']],
  // Branch h12model (sample H): only a word starting with год (or г itself) after a year is its year word; налог ends in г, выгода holds год.
  ['a year before a word that only ends in г or holds год is a year alone', 'ru', 'За 2019 налог не взимается, а в 2020 году взимается, в 2021 выгода.',
    ['2019@2019--', '2020 году@2020--', '2021@2021--']],
  ['thousands in words', 'ru', 'пять тысяч лет', ['пять тысяч лет=5000 year']],
  ['часть is not час', 'ru', 'две части и два часа', ['два часа=2 hour']],
  // ---- English, French ----
  ['durations, percentages and amounts', 'en',
    'within thirty (30) days, a five-year period, two hundred and fifty days, 2.5 per cent, 10 percent, $1,000,000, 5 million, twenty-five years',
    ['thirty (30) days=30 day', 'five-year=5 year', 'two hundred and fifty days=250 day', '2.5 per cent=2.5 percent', '10 percent=10 percent', '1,000,000=1000000', '5 million=5000000', 'twenty-five years=25 year']],
  ['thousands and hundreds in words', 'en', 'five thousand years and one hundred days', ['five thousand years=5000 year', 'one hundred days=100 day']],
  ['dates: day first, month first (capitalised only), a year alone', 'en', 'on 5 July 1996, on July 5, 1996, the 1982 Convention and june 5, 1996',
    ['5=5', '5 July 1996@1996-7-5', 'July 5, 1996@1996-7-5', '1982@1982--', '1996@1996--']],
  ['a year alone lies between 1800 and 2100; a four-digit number before a unit other than years is a quantity (2101 joined by and to 1850 km counts km; a year ends the list before it)', 'en', '1799, 1800, 2100, 2101 and 1850 km',
    ['1799=1799', '2101=2101 km', '1850 km=1850 km', '1800@1800--', '2100@2100--']],
  // Branch h12model (sample H): a number word after digits multiplies them only from a thousand up
  // (`2 million`); below, it repeats them (`30 thirty days`, brackets lost): 30 days, not 900.
  ['digits repeated in words without brackets: one quantity, not a product', 'en', 'within 30 thirty days', ['30 thirty days=30 day']],
  ['months in whole years count years: twelve months is one year (no quantity, as `a year`), 24 months two years', 'en',
    'twelve months after the receipt, within 24 months, eighteen months, 12 (twelve) months',
    ['24 months=2 year', 'eighteen months=18 month']],
  ['months in whole years count years, in Russian', 'ru', 'через двенадцать месяцев, в течение 36 месяцев', ['36 месяцев=3 year']],
  ['French: vingt et un', 'fr', 'dans un délai de vingt et un jours', ['vingt et un jours=21 day']],
  ['French: a date and a duration', 'fr', 'le 27 janvier 1964, pour une durée de cinq ans', ['cinq ans=5 year', '27 janvier 1964@1964-1-27']],
];

for (const [name, lang, text, expected] of CASES) {
  test(`numbers (${lang ?? 'no language'}): ${name}`, () => assert.deepEqual(read(text, lang), expected));
}

test('numbers: far apart in a long text, each read in its own stretch, offsets the text\'s', () => {
  const text = `${'word '.repeat(60)}within thirty days${' word'.repeat(60)} and five years${' more'.repeat(40)}, 30 (тридцати) дней`;
  assert.deepEqual(read(text, 'en'), ['thirty days=30 day', 'five years=5 year', '30 (тридцати) дней=30 day']);
});

test('numbers: a stretch of a text read with its offsets (Chinese and English)', () => {
  const zh = '第一条 双方在五年内完成。第二条 三十日。';
  assert.deepEqual(read(zh, 'zh', zh.indexOf('双方'), zh.indexOf('第二条')), ['五年=5 year']);
  const zhd = '前言。自2002年1月1日起五年。';
  assert.deepEqual(read(zhd, 'zh', 3), ['五年=5 year', '2002年1月1日@2002-1-1']);
  const en = 'Article 1 within five years. Article 2 within thirty days.';
  assert.deepEqual(read(en, 'en', en.indexOf('within'), en.indexOf('Article 2')), ['five years=5 year']);
});

test('numbers of a model: read once, and those inside [start, end) only', () => {
  const t = buildTreaty('# Agreement\n\nArticle 1\n\nThe Parties shall act within five years and notify within thirty days.\n');
  const all = numbersOf(t, 'en');
  assert.equal(numbersOf(t, 'en'), all, 'read once per model');
  assert.deepEqual(reading(t.text, all), ['five years=5 year', 'thirty days=30 day']);
  const [five, thirty] = all.quantities;
  const between = (start: number, end: number) => reading(t.text, numbersBetween(t, 'en', start, end));
  assert.deepEqual(between(five.start, thirty.end), ['five years=5 year', 'thirty days=30 day']);
  assert.deepEqual(between(five.start + 1, thirty.end), ['thirty days=30 day']);
  assert.deepEqual(between(five.start, thirty.end - 1), ['five years=5 year']);
  assert.deepEqual(between(five.end, thirty.start), []);
});
