// Item labels as a line opens with them (syntax/lines.ts ITEM's second and third forms, `classify`):
// a bracketed numeral of any kind items are numbered with — Chinese numerals up to five, digits up to three, a letter,
// a roman numeral in letters (two to five) or in one character, a cyclic sign — with up to three spaces inside the
// brackets, and a small letter with a closing bracket alone (`a)`, as Macao's texts letter items). The label and the
// number read, each written by reading the line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitLines } from '../../server/src/syntax/lines';

/** Each line after an article's heading: its kind, and for an item its label's text and number. */
function read(lines: string[]): { kind: string; label?: string; num?: number }[] {
  const text = `第一条 总则\n${lines.join('\n')}\n`;
  return splitLines(text).slice(1, lines.length + 1).map((l) => (l.kind === 'item' ? { kind: l.kind, label: text.slice(l.label!.start, l.label!.end), num: l.num } : { kind: l.kind }));
}

test('bracketed item labels of every kind: the label and its number', () => {
  const items: [string, string, number][] = [
    ['（一）缔约双方应当相互通报。', '（一）', 1],
    ['（ 十一 ）缔约双方应当相互通报。', '（ 十一 ）', 11],
    ['（一百）缔约双方应当相互通报。', '（一百）', 100],
    ['(三)缔约双方应当相互通报。', '(三)', 3],
    ['（１２）缔约双方应当相互通报。', '（１２）', 12],
    ['(a)缔约双方应当相互通报。', '(a)', 1],
    ['（ｃ）缔约双方应当相互通报。', '（ｃ）', 3],
    // `(i)` alone is a letter here (the ninth); two roman letters or more are a roman numeral.
    ['(i)缔约双方应当相互通报。', '(i)', 9],
    ['(ii)缔约双方应当相互通报。', '(ii)', 2],
    ['(iv) 缔约双方应当相互通报。', '(iv)', 4],
    ['(ⅳ)缔约双方应当相互通报。', '(ⅳ)', 4],
    ['（甲）缔约双方应当相互通报。', '（甲）', 1],
    ['（癸）缔约双方应当相互通报。', '（癸）', 10],
    ['（子）缔约双方应当相互通报。', '（子）', 1],
    ['b)缔约双方应当相互通报。', 'b)', 2],
    ['c） 缔约双方应当相互通报。', 'c）', 3],
  ];
  assert.deepEqual(read(items.map((i) => i[0])), items.map(([, label, num]) => ({ kind: 'item', label, num })));
});

test('what opens like an item label and is none: too many numerals, four spaces, a letter before a letter, a capital, a reference to items', () => {
  const lines = [
    '（一二三四五六）缔约双方应当相互通报。',
    '(iiiiii)缔约双方应当相互通报。',
    '（１２３４）缔约双方应当相互通报。',
    '（一    ）缔约双方应当相互通报。',
    'b)c 缔约双方应当相互通报。',
    'b)2 缔约双方应当相互通报。',
    '(A)缔约双方应当相互通报。',
    '（一）项所列人员应当相互通报。',
  ];
  for (const [i, r] of read(lines).entries()) assert.notEqual(r.kind, 'item', lines[i]);
});
