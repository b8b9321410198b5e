import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldScript, hasTraditional } from '../../server/src/syntax/script';

const cases: [string, string][] = [
  ['第一條', '第一条'],
  ['本議定書', '本议定书'],
  ['（以下簡稱“雙方”）', '（以下简称“双方”）'],
  ['締約雙方', '缔约双方'],
  ['中華人民共和國和俄羅斯聯邦睦鄰友好合作條約', '中华人民共和国和俄罗斯联邦睦邻友好合作条约'],
  ['簽署於北京', '签署于北京'],
  ['第一条 已是简体', '第一条 已是简体'],
  ['', ''],
];

for (const [traditional, simplified] of cases) {
  test(`script: ${traditional || '(empty)'} folds to ${simplified || '(empty)'}`, () => {
    const folded = foldScript(traditional);
    assert.equal(folded, simplified);
    assert.equal(folded.length, traditional.length, 'same length, same offsets');
    assert.equal(hasTraditional(traditional), traditional !== simplified);
  });
}

test("script: a long text (a model's whole text, read as a copy of its code units, four at a time, 16,384 at a time) holds a character that folds wherever it stands", () => {
  // 條 (traditional), U+200B (invisible, folds to a space), 笫 (OCR's 第) at each place the long reading treats apart: the first unit,
  // each of a step's four, the tail past the last whole step, either side of a chunk's end, the text's last unit.
  const plain = '中华人民共和国和哈萨克斯坦共和国第一条缔约双方';
  for (const length of [256, 257, 258, 259, 1000, 16384, 16385, 16387, 40001]) {
    const text = plain.repeat(Math.ceil(length / plain.length)).slice(0, length);
    assert.equal(hasTraditional(text), false, `${length}: none`);
    for (const at of [0, 1, 2, 3, 4, length - 5, length - 3, length - 2, length - 1, 16383, 16384, 16385, 32767, 32768].filter((k) => k >= 0 && k < length)) {
      for (const c of ['條', '\u200b', '笫']) {
        const marked = text.slice(0, at) + c + text.slice(at + 1);
        assert.equal(hasTraditional(marked), true, `${length}: ${c} at ${at}`);
        assert.equal(foldScript(marked), text.slice(0, at) + (c === '條' ? '条' : c === '笫' ? '第' : ' ') + text.slice(at + 1), `${length}: ${c} at ${at} folded`);
      }
    }
  }
  // A text of one-byte characters (ASCII: Latin-1 in V8) is read so too.
  assert.equal(hasTraditional('Article 1. '.repeat(40)), false);
  assert.equal(hasTraditional('Article 1. '.repeat(40) + '\u00ad'), true);
});

test('script: text without traditional characters is returned as the same string', () => {
  const text = '中华人民共和国和哈萨克斯坦共和国'.repeat(100);
  assert.equal(foldScript(text), text);
});
