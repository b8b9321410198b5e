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

test('script: text without traditional characters is returned as the same string', () => {
  const text = '中华人民共和国和哈萨克斯坦共和国'.repeat(100);
  assert.equal(foldScript(text), text);
});
