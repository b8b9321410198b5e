import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatChinese, formatChineseDigits, parseNumeral } from '../../server/src/syntax/numerals';

const PARSE: [string, number | undefined][] = [
  ['一', 1], ['十', 10], ['十一', 11], ['一十一', 11], ['二十', 20], ['二十六', 26], ['一百', 100],
  ['一百零二', 102], ['一百一十', 110], ['一百十', 110], ['两百', 200], ['一千零一', 1001], ['三千二百', 3200],
  ['二〇〇八', 2008], ['一九九六', 1996], ['〇', 0], ['零', 0], ['廿一', 21], ['卅', 30],
  ['102', 102], ['１０２', 102], [' 十 一 ', 11], ['十 一', 11], ['二 十 六', 26],
  ['', undefined], ['十十', undefined], ['一一十', undefined], ['百', 100], ['abc', undefined],
];

for (const [input, expected] of PARSE) {
  test(`parseNumeral(${JSON.stringify(input)}) = ${expected}`, () => assert.equal(parseNumeral(input), expected));
}

const FORMAT: [number, string][] = [
  [1, '一'], [10, '十'], [11, '十一'], [20, '二十'], [26, '二十六'], [100, '一百'], [102, '一百零二'],
  [110, '一百一十'], [1001, '一千零一'], [1010, '一千零一十'], [3200, '三千二百'], [9999, '九千九百九十九'],
];
for (const [n, expected] of FORMAT) {
  test(`formatChinese(${n}) = ${expected}`, () => assert.equal(formatChinese(n), expected));
}

test('formatChineseDigits writes years digit by digit', () => {
  assert.equal(formatChineseDigits(2008), '二〇〇八');
  assert.equal(formatChineseDigits(1996), '一九九六');
});

test('format and parse are inverse up to 9999', () => {
  for (let n = 1; n < 10000; n++) assert.equal(parseNumeral(formatChinese(n)), n, `n=${n}`);
});
