// nextOfAny (syntax/text.ts), the search for the next of several characters that numbering and quotation
// checks read quotation marks with: against a reading of the text a character at a time, at offsets
// asked in increasing order (repeated, past the end), over texts of marks, Chinese, ASCII and line breaks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { nextOfAny } from '../../server/src/syntax/text';

const MARKS = '“「『‘”」』’';
const text = fc.array(fc.constantFrom('“', '」', '’', '‘', '条', '约', 'a', '"', '\n', '﹁', '\\', ']'), { maxLength: 40 }).map((c) => c.join(''));

/** The next mark at or after `at`, a character at a time (the text's length: none). */
function slowly(text: string, marks: string, at: number): number {
  for (let i = Math.max(0, at); i < text.length; i++) if (marks.includes(text[i])) return i;
  return text.length;
}

test('property: nextOfAny finds the next mark as a reading a character at a time does', () => {
  fc.assert(
    fc.property(text, fc.array(fc.nat(45), { maxLength: 12 }), (t, steps) => {
      const next = nextOfAny(t, MARKS);
      const offsets = steps.sort((a, b) => a - b);
      for (const at of offsets) assert.equal(next(at), slowly(t, MARKS, at), `${JSON.stringify(t)} at ${at}`);
    }),
  );
});

test('nextOfAny: each mark walked in turn; other lists of marks searched apart', () => {
  const t = '第一条“甲方”和「乙方」\n“丙”';
  const next = nextOfAny(t, MARKS);
  const found: number[] = [];
  for (let i = next(0); i < t.length; i = next(i + 1)) found.push(i);
  assert.deepEqual(found, [3, 6, 8, 11, 13, 15]);
  const closing = nextOfAny(t, '”」');
  assert.equal(closing(0), 6);
  assert.equal(next(16), t.length);
  assert.equal(closing(7), 11);
});
