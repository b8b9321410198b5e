// Comparing two rounds of a negotiation text (features/compare.ts): a round often rewrites the preamble's clauses
// and leaves the articles, or the page holds the preamble only; the 修改对照表 shows the preamble's change, and a
// draft's title that holds the instrument's name in 《》 keeps its marks apart (〈〉 inside 《》).
// Expected results written by reading the two texts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { comparisonTable, compareVersions } from '../../server/src/features/compare';
import { amendmentText } from '../../server/src/features/amend';

const ROUND1 = '甲组织乙协定谈判案文提案\n\n甲组织乙协定各缔约方,\n\n1. 认识到甲组织是国际卫生工作的指导和协调机构,\n\n2. 忆及《甲组织组织法》的规定,\n\n兹协议如下:\n\n第一条 本协定的目标是预防大流行。\n';
const ROUND2 = '《甲组织乙协定》草案\n\n《甲组织乙协定》各缔约方,\n\n1. 认识到各国对维护本国人民的健康负有首要责任,\n\n2. 认识到甲组织是国际卫生工作的指导和协调机构,\n\n3. 忆及《甲组织组织法》的规定,\n\n兹协议如下:\n\n第一条 本协定的目标是预防大流行。\n';

test('compare drafts: a changed preamble is a row of the table, the articles being the same', () => {
  const cmp = compareVersions(ROUND1, ROUND2);
  const table = comparisonTable(cmp);
  assert.ok(!table.includes('条文相同'), table);
  assert.match(table, /序言/);
  // The added clause is marked added on the new side; the article that did not change is no row.
  assert.match(table, /\*\*[^*]*各国对维护本国人民的健康负有首要责任/);
  assert.ok(!table.includes('第一条'), table);
});

test('compare drafts: a title holding 《》 is set in 〈〉 inside the table\'s 《》', () => {
  const table = comparisonTable(compareVersions(ROUND1, ROUND2));
  assert.ok(table.startsWith('# 《〈甲组织乙协定〉草案》修改对照表'), table.split('\n')[0]);
});

test('compare drafts: the same preamble in both is no row', () => {
  assert.match(comparisonTable(compareVersions(ROUND1, ROUND1)), /两个文本的条文相同/);
});

test('compare drafts: the amending instrument cites a title holding 《》 with 〈〉 inside', () => {
  const next = ROUND2.replace('本协定的目标是预防大流行。', '本协定的目标是预防、防范和应对大流行。');
  const text = amendmentText(compareVersions(ROUND2, next));
  assert.match(text, /《〈甲组织乙协定〉草案》/);
  assert.ok(!text.includes('《《'), text);
});
