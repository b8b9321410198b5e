// The lists a model's articles and its units' first lines are collected into are kept from call to call and copied out
// at their size (model/treaty.ts `articleScratch`, model/references.ts `startsScratch`): a model built after one with more
// articles holds its own articles and its own references, nothing of the one before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTreaty } from '../../server/src/model/treaty';
import { ArticleReference, referencesOf } from '../../server/src/model/references';

const LONG = [
  '# 甲国和乙国合作协定',
  '',
  '第一条　缔约双方依照本协定第三条开展合作。',
  '',
  '第二条　合作的方式见第一条。',
  '',
  '第三条　合作的领域见第二条。',
  '',
  '第四条　第三条所列领域可以扩大。',
  '',
  '第五条　本协定自签署之日起生效。',
  '',
].join('\n');

const SHORT = ['# 丙国和丁国合作协定', '', '第一条　缔约双方依照本协定第二条开展合作。', '', '第二条　本协定自签署之日起生效。', ''].join('\n');

function articleReferences(text: string): { label: string; num: number }[] {
  return referencesOf(buildTreaty(text))
    .filter((r): r is ArticleReference => r.kind === 'article')
    .map((r) => ({ label: text.slice(r.labelStart, r.labelEnd), num: r.target.num }));
}

test('a model built after a longer one: its own articles, none of the one before', () => {
  assert.deepEqual(buildTreaty(LONG).articles.map((a) => a.name), ['第一条', '第二条', '第三条', '第四条', '第五条']);
  assert.deepEqual(buildTreaty(SHORT).articles.map((a) => a.name), ['第一条', '第二条']);
  // And the longer one again, after the shorter: all five.
  assert.deepEqual(buildTreaty(LONG).articles.map((a) => a.name), ['第一条', '第二条', '第三条', '第四条', '第五条']);
});

test('a model built after a longer one: its own references, read over its own units', () => {
  assert.deepEqual(articleReferences(LONG), [
    { label: '第三条', num: 3 },
    { label: '第一条', num: 1 },
    { label: '第二条', num: 2 },
    { label: '第三条', num: 3 },
  ]);
  assert.deepEqual(articleReferences(SHORT), [{ label: '第二条', num: 2 }]);
});
