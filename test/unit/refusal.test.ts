// index/workspace.ts refusalOf: which texts are not analysed — too large, or binary (a NUL, or more
// than 5 % C0 control characters other than tab, line feed, form feed and carriage return, in the
// first 8,192 characters). Each text below is written out with the answer it gets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_DOCUMENT_LENGTH, refusalOf } from '../../server/src/index/workspace';
import { PieceText } from '../../server/src/syntax/text';

const ARTICLE = '第一条　缔约双方同意。\n';

const CASES: [string, string, string | undefined][] = [
  ['nothing', '', undefined],
  ['a treaty text', `# 协定\n\n${ARTICLE}`, undefined],
  ['tabs, form feeds, CR LF', `# 协定\r\n\f\t${ARTICLE}`, undefined],
  ['a NUL at the start', `\u0000${ARTICLE}`, 'binary'],
  ['a NUL at the last character of the head', `${'a'.repeat(8191)}\u0000`, 'binary'],
  ['a NUL just after the head', `${'a'.repeat(8192)}\u0000`, undefined],
  ['6 of 100 characters U+0001 (over 5 %)', '\u0001'.repeat(6) + 'a'.repeat(94), 'binary'],
  ['5 of 100 characters U+001F (5 %, not over)', '\u001f'.repeat(5) + 'a'.repeat(95), undefined],
  ['one vertical tab and one escape in 70 characters (2.9 %)', `# 协定\u000b\n${ARTICLE.repeat(5)}\u001b[0m`, undefined],
  ['the same two in 22 characters (9 %)', `# 协定\u000b\n${ARTICLE}\u001b[0m`, 'binary'],
  ['20 of 200 escapes, all after the head of a long text', 'a'.repeat(8192) + '\u001b'.repeat(20) + 'a'.repeat(180), undefined],
  ['U+007F and U+0080 (no C0 controls)', '\u007f\u0080'.repeat(50), undefined],
  ['too large', 'a'.repeat(MAX_DOCUMENT_LENGTH + 1), 'too-large'],
];

for (const [what, text, expected] of CASES) {
  test(`refusalOf: ${what} → ${expected ?? 'read'}`, () => {
    assert.equal(refusalOf(text), expected);
    // The same text held in pieces (an editor's document): the same answer.
    if (text.length <= MAX_DOCUMENT_LENGTH) assert.equal(refusalOf(PieceText.of(text)), expected);
  });
}
