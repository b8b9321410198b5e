// Columns in UTF-16 units and in UTF-8 bytes (protocol/positionCodec.ts), counted by reading each
// line: a Chinese character one unit and three bytes, 𠀀 two units and four bytes, ASCII one and one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { utf16Column, utf8Column } from '../../server/src/protocol/positionCodec';

test('UTF-16 units → UTF-8 bytes', () => {
  const cases: [string, number, number][] = [
    ['第一条', 0, 0],
    ['第一条', 1, 3],
    ['第一条', 3, 9],
    ['a𠀀b', 1, 1],
    ['a𠀀b', 3, 5],
    ['a𠀀b', 4, 6],
    ['§ 1（一）', 5, 10],
    // The ends of each width: U+007F one byte, U+0080 two, U+07FF two, U+0800 three, U+FFFF three, U+10000 and U+10FFFF four.
    ['\u007f\u0080', 2, 3],
    ['\u07ff\u0800', 2, 5],
    ['\uffff\u{10000}', 3, 7],
    ['\u{10ffff}a', 3, 5],
    // A lone surrogate is one character of three bytes (as Node writes it): high at the end, low before `a`, high before `a`.
    ['a\ud800', 2, 4],
    ['\udc00a', 2, 4],
    ['\ud800a', 2, 4],
    ['\ud800a', 1, 3],
    ['a\udc00', 2, 4],
    ['第\udc00', 2, 6],
    ['\udc00\udc00', 2, 6],
    ['\ud800\ue000', 2, 6],
    // A unit inside a pair: the pair's start.
    ['a𠀀b', 2, 1],
    // Past the line's end: one a unit.
    ['第', 3, 5],
  ];
  for (const [line, units, bytes] of cases) assert.equal(utf8Column(line, units), bytes, `${line} ${units}`);
});

test('UTF-8 bytes → UTF-16 units; a byte inside a character is that character', () => {
  const cases: [string, number, number][] = [
    ['第一条', 0, 0],
    ['第一条', 3, 1],
    ['第一条', 4, 1],
    ['第一条', 8, 2],
    ['第一条', 9, 3],
    ['a𠀀b', 1, 1],
    ['a𠀀b', 3, 1],
    ['a𠀀b', 5, 3],
    ['a𠀀b', 6, 4],
    ['\u007f\u0080', 1, 1],
    ['\u007f\u0080', 3, 2],
    ['\u07ff\u0800', 2, 1],
    ['\u07ff\u0800', 5, 2],
    ['\u{10000}a', 4, 2],
    ['\udc00a', 3, 1],
    ['\ud800a', 4, 2],
    // Past the line's end: one a byte.
    ['第一条', 12, 6],
    ['', 2, 2],
  ];
  for (const [line, bytes, units] of cases) assert.equal(utf16Column(line, bytes), units, `${line} ${bytes}`);
});
