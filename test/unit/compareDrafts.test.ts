// Comparing two rounds of a negotiation text (features/compare.ts): a round often rewrites the preamble's clauses
// and leaves the articles, or the page holds the preamble only; the 修改对照表 shows the preamble's change, and a
// draft's title that holds the instrument's name in 《》 keeps its marks apart (〈〉 inside 《》).
// Expected results written by reading the two texts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { comparisonJson, comparisonTable, compareVersions } from '../../server/src/features/compare';
import { comparisonRows } from '../../server/src/features/export/comparisonDocx';
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
  assert.deepEqual(comparisonRows(compareVersions(ROUND1, ROUND1)), []);
  assert.deepEqual(comparisonJson(compareVersions(ROUND1, ROUND1)), [{ type: 'unchanged', old: '第一条', new: '第一条', renumbered: false, moved: false, splitFrom: undefined, mergedInto: undefined, note: '未修改', words: undefined }]);
});

test('compare drafts: the Word table and the JSON have the changed preamble\'s row too, first', () => {
  const cmp = compareVersions(ROUND1, ROUND2);
  const rows = comparisonRows(cmp);
  assert.equal(rows.length, 1);
  const words = (cell: { text: string; mark?: string }[][], mark: string) => cell.flat().filter((r) => r.mark === mark).map((r) => r.text).join('');
  assert.equal(rows[0].old[0][0].text, '序言\u3000');
  assert.equal(rows[0].note, '内容修改');
  assert.match(words(rows[0].new, 'added'), /各国对维护本国人民的健康负有首要责任/);
  assert.equal(words(rows[0].new, 'removed'), '');
  const json = comparisonJson(cmp) as { type: string; old?: string; new?: string; note: string; words?: { kind: string; text: string }[] }[];
  assert.deepEqual(json.map((c) => [c.type, c.old, c.new, c.note]), [['modified', '序言', '序言', '内容修改'], ['unchanged', '第一条', '第一条', '未修改']]);
  assert.ok(json[0].words!.some((w) => w.kind === 'added' && w.text.includes('首要责任')), JSON.stringify(json[0].words));
  assert.ok(json[0].words!.every((w) => w.kind !== 'same'));
});

test('compare drafts: the amending instrument cites a title holding 《》 with 〈〉 inside', () => {
  const next = ROUND2.replace('本协定的目标是预防大流行。', '本协定的目标是预防、防范和应对大流行。');
  const text = amendmentText(compareVersions(ROUND2, next));
  assert.match(text, /《〈甲组织乙协定〉草案》/);
  assert.ok(!text.includes('《《'), text);
});
