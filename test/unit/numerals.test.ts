import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SPACES, formatChinese, formatChineseDigits, numeralIn, parseNumeral } from '../../server/src/syntax/numerals';
import { classify } from '../../server/src/syntax/lines';

const PARSE: [string, number | undefined][] = [
  ['一', 1], ['十', 10], ['十一', 11], ['一十一', 11], ['二十', 20], ['二十六', 26], ['一百', 100],
  ['一百零二', 102], ['一百一十', 110], ['一百十', 110], ['两百', 200], ['一千零一', 1001], ['三千二百', 3200],
  ['二〇〇八', 2008], ['一九九六', 1996], ['〇', 0], ['零', 0], ['廿一', 21], ['卅', 30],
  ['102', 102], ['１０２', 102], [' 十 一 ', 11], ['十 一', 11], ['二 十 六', 26],
  ['', undefined], ['十十', undefined], ['一一十', undefined], ['百', 100], ['abc', undefined],
  // The financial numerals (大写), traditional and simplified, as a converter writes every 一 (the 1890 Sikkim convention's page).
  ['壹', 1], ['貳拾參', 23], ['贰拾叁', 23], ['参', 3], ['肆佰伍拾陸', 456], ['陆仟', 6000], ['柒捌', 78], ['玖', 9], ['壹八九○', 1890],
  ['壹千八百九十', 1890], ['拾壹', 11], ['拾拾', undefined],
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

// A label's numeral read in place (the lexer's article, chapter and paragraph labels): the span of a
// longer text, white space left out, traditional characters read as simplified when asked.
const IN_PLACE: [text: string, from: number, to: number, fold: boolean, expected: number | undefined][] = [
  ['第十一条', 1, 3, false, 11],
  ['第 十 一 条', 1, 6, false, 11],
  ['第二千五百八十九条', 1, 8, false, 2589],
  ['第一百零二条之一', 1, 5, false, 102],
  ['第一百零二条之一', 7, 8, false, 1],
  ['一九九六年', 0, 4, false, 1996],
  ['第１０２条', 1, 4, false, 102],
  ['第12条', 1, 3, false, 12],
  ['第兩條', 1, 2, true, 2],
  ['第兩條', 1, 2, false, undefined],
  ['一萬零一', 0, 4, true, 10001],
  ['一萬零一', 0, 4, false, undefined],
  ['第　　条', 1, 3, false, undefined],
  ['第十十条', 1, 3, false, undefined],
  ['第两〇条', 1, 3, false, undefined],
  ['〇两', 0, 2, false, 2],
  ['廿一日', 0, 2, false, 21],
  ['一二三四五六七八九〇一二三四五六七', 0, 17, false, undefined],
  // Seventeen characters with a unit among them (零 may repeat): too long too, however far the first reading went.
  ['一千零零零零零零零零零零零零零零一', 0, 17, false, undefined],
  ['一千零零零零零零零零零零零零零一', 0, 16, false, 1001],
];
for (const [text, from, to, fold, expected] of IN_PLACE) {
  test(`numeralIn(${JSON.stringify(text)}, ${from}, ${to}${fold ? ', folded' : ''}) = ${expected}`, () => assert.equal(numeralIn(text, from, to, fold), expected));
}

test('the white space numeralIn leaves out is what /[\\s\\u3000]/ matches', () => {
  for (let c = 0; c < 0x10000; c++) assert.equal(SPACES.includes(c), /[\s\u3000]/.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
});

// The parser reads a label's number in place, folded (lines.ts numeralAt): 兩 and 萬 of traditional text count.
test('an article heading written 第兩條 or 第一萬零一條 is article 2 or 10001 (traditional numerals read folded)', () => {
  assert.deepEqual(['第兩條　甲。', '第一萬零一條　乙。'].map((l) => classify(l, 0, l.length, l.length).num), [2, 10001]);
});

// A label written in financial numerals (words.ts FINANCIAL_NUMERALS): `第壹款` of the 1890 Sikkim convention, `第貳拾參條`.
test('an article heading written 第壹款, 第貳拾參條 or 第陆条 is article 1, 23 or 6', () => {
  assert.deepEqual(['第壹款 藏、哲之界。', '第貳拾參條　乙。', '第陆条　丙。'].map((l) => classify(l, 0, l.length, l.length).num), [1, 23, 6]);
});
