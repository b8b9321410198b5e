// Comparing two versions (features/compare.ts): the units read from a text, the word difference,
// the similarity, the pairing of articles, and the whole 修改对照表 and JSON of a comparison.
// The expected results were written by reading the two texts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  LineWords, UnitChange, comparisonJson, comparisonTable, compareVersions, explain, markWords, matchUnits, segmentWords, similarity, unitLines, unitText, unitsOf, wordDiff,
} from '../../server/src/features/compare';
import { buildTreaty } from '../../server/src/model/treaty';
import { changes } from '../support/versions';

const OLD = `# 示例协定

第一条　双方在平等互利的基础上开展经济合作。

第二条　双方鼓励两国企业相互投资。

第三条　双方设立联合委员会，负责协调合作事宜。

第四条　本协定自签署之日起生效，有效期五年。
`;

// ---------------------------------------------------------------------------
// Units

test('unitsOf: each article as paragraphs of text and items, sub-items as lines of their own, labels as written', () => {
  const text = `# 示例法

第一条　有下列情形之一的，责令改正：

（一）未登记的；

1. 未按期登记的；

2. 登记不实的；

（二）拒绝检查的。

违反前款规定的，处罚款。

## 第二条　定义

本法所称示例，是指样本。

1. 第一项说明；

第三条
`;
  const units = unitsOf(buildTreaty(text));
  assert.deepEqual(units.map((u) => [u.name, u.num, u.sub, u.paragraphs, text.slice(u.start, u.end)]), [
    ['第一条', 1, undefined, [
      { text: '有下列情形之一的，责令改正：', items: ['（一）未登记的；', '1. 未按期登记的；', '2. 登记不实的；', '（二）拒绝检查的。'] },
      { text: '违反前款规定的，处罚款。', items: [] },
    ], text.slice(text.indexOf('第一条'), text.indexOf('## 第二条'))],
    ['第二条', 2, undefined, [{ text: '本法所称示例，是指样本。', items: ['1. 第一项说明；'] }], text.slice(text.indexOf('## 第二条'), text.indexOf('第三条'))],
    ['第三条', 3, undefined, [], '第三条\n'],
  ]);
  assert.equal(unitText(units[0]), '有下列情形之一的，责令改正：\n（一）未登记的；\n1. 未按期登记的；\n2. 登记不实的；\n（二）拒绝检查的。\n违反前款规定的，处罚款。');
  assert.equal(unitText(units[1]), '本法所称示例，是指样本。\n1. 第一项说明；');
  assert.equal(unitText(units[2]), '');
  assert.deepEqual(unitLines({ paragraphs: [{ text: '', items: ['（一）甲'] }, { text: '乙', items: [] }] }), ['（一）甲', '乙']);
  assert.equal(unitText({ paragraphs: [{ text: '甲', items: [] }] }), '甲');
  assert.equal(unitText({ paragraphs: [{ text: '甲', items: [] }, { text: '乙', items: [] }] }), '甲\n乙');
});

test('unitsOf: a law-style article line whose body follows on the next lines, and one that is all on its line', () => {
  const text = '# 示例法\n\n第一条　本法所称示例，是指样本。\n\n第二条　下列机构适用本法：\n\n甲机构。\n';
  assert.deepEqual(unitsOf(buildTreaty(text)).map((u) => [u.name, u.paragraphs]), [
    ['第一条', [{ text: '本法所称示例，是指样本。', items: [] }]],
    ['第二条', [{ text: '下列机构适用本法：', items: [] }, { text: '甲机构。', items: [] }]],
  ]);
});

// ---------------------------------------------------------------------------
// Words

test('segmentWords: Chinese words, line breaks as words; a text with carriage returns segmented whole', () => {
  assert.deepEqual(segmentWords('双方鼓励投资。\n双方合作'), ['双方', '鼓励', '投资', '。', '\n', '双方', '合作']);
  assert.deepEqual(segmentWords('双方合作\r\n投资'), ['双方', '合作', '\r\n', '投资']);
  assert.deepEqual(segmentWords('甲\n\n乙'), ['甲', '\n', '\n', '乙']);
  const words = new LineWords();
  assert.equal(words.line('双方合作'), words.line('双方合作'));
  assert.deepEqual(words.addLines(['双方', '', '合作'], ['开头']), ['开头', '双方', '\n', '\n', '合作']);
});

test('wordDiff: runs of the same, removed and added words; the lines both open with are one run', () => {
  assert.deepEqual(wordDiff('双方鼓励投资。', '双方支持投资。'), [
    { kind: 'same', text: '双方' }, { kind: 'removed', text: '鼓励' }, { kind: 'added', text: '支持' }, { kind: 'same', text: '投资。' },
  ]);
  assert.deepEqual(wordDiff('第一段。\n第二段。\n双方鼓励投资。', '第一段。\n第二段。\n双方支持投资和贸易。'), [
    { kind: 'same', text: '第一段。\n第二段。\n双方' }, { kind: 'removed', text: '鼓励' }, { kind: 'added', text: '支持' }, { kind: 'same', text: '投资' }, { kind: 'added', text: '和贸易' }, { kind: 'same', text: '。' },
  ]);
  assert.deepEqual(wordDiff('第一段。\n甲', '第一段。'), [{ kind: 'same', text: '第一段。' }, { kind: 'removed', text: '\n甲' }]);
  assert.deepEqual(wordDiff('双方鼓励\r\n投资', '双方支持\r\n投资'), [
    { kind: 'same', text: '双方' }, { kind: 'removed', text: '鼓励' }, { kind: 'added', text: '支持' }, { kind: 'same', text: '\r\n投资' },
  ]);
  assert.deepEqual(wordDiff('', '双方'), [{ kind: 'added', text: '双方' }]);
});

test('similarity: Dice over character bigrams with repetition, spaces and common punctuation left out', () => {
  const cases: [string, string, number][] = [
    ['甲乙丙', '甲乙丁', 0.5],
    ['甲乙丙', '甲乙丙', 1],
    ['甲乙丙', '丁戊己', 0],
    ['甲甲甲', '甲甲', 2 / 3],
    ['甲，乙。丙', '甲乙丙', 1],
    ['“甲 乙”（丙）', '甲乙丙', 1],
    ['《甲》、乙；丙：', '甲乙丙', 1],
    ['甲\u3000乙丙', '甲乙丙', 1],
    ['甲', '甲', 1],
    ['甲', '乙', 0],
    ['甲', '甲乙', 0],
    ['', '', 1],
    ['，。', '', 1],
    ['', '甲乙', 0],
    ['乙甲', '甲乙', 0],
    ['甲乙丙丁', '丙丁甲乙', 2 / 3],
  ];
  for (const [a, b, s] of cases) {
    assert.equal(similarity(a, b), s, `${a} ~ ${b}`);
    assert.equal(similarity(b, a), s, `${b} ~ ${a}`);
  }
});

// ---------------------------------------------------------------------------
// Pairing articles

test('matchUnits: identical texts first, the same number preferred among copies, then the same number, then the most similar', () => {
  const units = (text: string) => unitsOf(buildTreaty(text));
  const a = units('第一条　双方设立联合委员会负责协调。\n\n第二条　双方合作。\n\n第三条　双方合作。\n\n第四条　双方鼓励两国企业相互投资和贸易。\n');
  const b = units('第一条　双方合作。\n\n第二条　双方合作。\n\n第三条　双方设立联合委员会负责协调事宜。\n\n第四条　双方鼓励两国企业相互投资。\n');
  // Two copies of 双方合作: the old 第二条 keeps its number, the old 第三条 takes the other; then 第四条 by its number, 第一条 by its text.
  assert.deepEqual([...matchUnits(a, b)].sort(), [[0, 2], [1, 1], [2, 0], [3, 3]]);
});

const CHANGES: [string, string, string[]][] = [
  ['nothing changed', OLD, ['=第一条', '=第二条', '=第三条', '=第四条']],
  ['words changed', OLD.replace('鼓励', '支持'), ['=第一条', '~第二条', '=第三条', '=第四条']],
  ['an article deleted, the rest renumbered', OLD.replace('第二条　双方鼓励两国企业相互投资。\n\n', '').replace('第三条', '第二条').replace('第四条', '第三条'), ['=第一条', '-第二条', '=第三条→第二条', '=第四条→第三条']],
  ['the last article deleted', OLD.replace('\n第四条　本协定自签署之日起生效，有效期五年。\n', ''), ['=第一条', '=第二条', '=第三条', '-第四条']],
  ['two articles swapped', OLD.replace('第二条　双方鼓励', '第三条　双方鼓励').replace('第三条　双方设立', '第二条　双方设立').replace(/(第三条　双方鼓励.*\n\n)(第二条　双方设立.*\n\n)/, '$2$1'), ['=第一条', '=第三条→第二条(moved)', '=第二条→第三条', '=第四条']],
  ['an article changed a little under the same number', OLD.replace('双方设立联合委员会，负责协调合作事宜。', '双方设立联合工作组，负责协调合作事宜。'), ['=第一条', '=第二条', '~第三条', '=第四条']],
  ['an article rewritten under the same number: deleted and added', OLD.replace('双方设立联合委员会，负责协调合作事宜。', '各方应当遵守本国法律。'), ['=第一条', '=第二条', '+第三条', '-第三条', '=第四条']],
  ['two articles merged', OLD.replace('第二条　双方鼓励两国企业相互投资。\n\n第三条　双方设立联合委员会，负责协调合作事宜。', '第二条　双方鼓励两国企业相互投资，并设立联合委员会负责协调合作事宜。').replace('第四条', '第三条'),
    ['=第一条', '-第二条>第二条', '~第三条→第二条', '=第四条→第三条']],
];

/** 第三条 holding two things, to be split. */
const SPLIT_OLD = OLD.replace('负责协调合作事宜。', '负责协调合作事宜，并定期交流经济信息。');

test('compare: an article split in two: the new one drawn from the old is named as split from it', () => {
  const split = SPLIT_OLD.replace('，并定期交流经济信息。\n\n第四条', '。\n\n第四条　双方定期交流经济信息。\n\n第五条').replace('第四条　本协定', '第五条　本协定');
  assert.deepEqual(changes(SPLIT_OLD, split), ['=第一条', '=第二条', '~第三条', '+第四条<第三条', '=第四条→第五条']);
  // An article of two paragraphs whose first is drawn from the old one, the second its own.
  const own = SPLIT_OLD.replace('，并定期交流经济信息。\n\n第四条', '。\n\n第四条　双方定期交流经济信息。\n\n交流的方式由联合委员会另行商定，并报双方政府备案。\n\n第五条').replace('第四条　本协定', '第五条　本协定');
  assert.deepEqual(changes(SPLIT_OLD, own), ['=第一条', '=第二条', '~第三条', '+第四条<第三条', '=第四条→第五条']);
});

for (const [what, after, expected] of CHANGES) {
  test(`compare: ${what}`, () => {
    assert.deepEqual(changes(OLD, after), expected);
  });
}

// ---------------------------------------------------------------------------
// 说明, the table, the JSON

test('explain: every kind of change in words', () => {
  const u = (name: string) => ({ name, paragraphs: [], start: 0, end: 0 });
  const cases: [UnitChange, string][] = [
    [{ type: 'added', new: u('第五条') }, '新增'],
    [{ type: 'added', new: u('第五条'), splitFrom: u('第三条') }, '新增（由原第三条拆分）'],
    [{ type: 'deleted', old: u('第三条') }, '删去'],
    [{ type: 'deleted', old: u('第三条'), mergedInto: u('第二条') }, '删去（并入第二条）'],
    [{ type: 'unchanged', old: u('第三条'), new: u('第三条'), renumbered: false, moved: false }, '未修改'],
    [{ type: 'unchanged', old: u('第三条'), new: u('第二条'), renumbered: true, moved: false }, '原第三条改为第二条'],
    [{ type: 'unchanged', old: u('第三条'), new: u('第五条'), renumbered: true, moved: true }, '原第三条移至第五条'],
    [{ type: 'modified', old: u('第三条'), new: u('第三条'), renumbered: false, moved: false, words: [] }, '内容修改'],
    [{ type: 'modified', old: u('第三条'), new: u('第四条'), renumbered: true, moved: false, words: [] }, '原第三条改为第四条；内容修改'],
  ];
  for (const [c, s] of cases) assert.equal(explain(c), s);
});

test('markWords: removed words struck on the old side, added ones bold on the new, line by line', () => {
  const words = [{ kind: 'same' as const, text: '双方' }, { kind: 'removed' as const, text: '鼓励\n甲' }, { kind: 'added' as const, text: '支持\n\n乙' }, { kind: 'same' as const, text: '投资' }];
  assert.equal(markWords(words, 'old'), '双方~~鼓励~~\n~~甲~~投资');
  assert.equal(markWords(words, 'new'), '双方**支持**\n\n**乙**投资');
});

test('comparisonTable: one row a change; | escaped, line breaks as <br>; unchanged rows on demand; the same texts said so', () => {
  const after = OLD.replace('鼓励', '支持').replace('双方设立联合委员会，负责协调合作事宜。', '双方设立联合委员会。\n\n委员会每年举行一次会议|必要时可举行特别会议。');
  assert.equal(comparisonTable(compareVersions(OLD, after)), `# 《示例协定》修改对照表

| 原条文 | 修改后条文 | 说明 |
| --- | --- | --- |
| 第二条　双方~~鼓励~~两国企业相互投资。 | 第二条　双方**支持**两国企业相互投资。 | 内容修改 |
| 第三条　双方设立联合委员会~~，负责协调合作事宜~~。 | 第三条　双方设立联合委员会。<br>**委员会每年举行一次会议\\|必要时可举行特别会议。** | 内容修改 |
`);
  const renumbered = OLD.replace('第二条　双方鼓励两国企业相互投资。\n\n', '').replace('第三条', '第二条').replace('第四条', '第三条');
  assert.equal(comparisonTable(compareVersions(OLD, renumbered), { unchanged: true }), `# 《示例协定》修改对照表

| 原条文 | 修改后条文 | 说明 |
| --- | --- | --- |
| 第一条　双方在平等互利的基础上开展经济合作。 | 第一条　双方在平等互利的基础上开展经济合作。 | 未修改 |
| 第二条　双方鼓励两国企业相互投资。 |  | 删去 |
| 第三条　双方设立联合委员会，负责协调合作事宜。 | 第二条　双方设立联合委员会，负责协调合作事宜。 | 原第三条改为第二条 |
| 第四条　本协定自签署之日起生效，有效期五年。 | 第三条　本协定自签署之日起生效，有效期五年。 | 原第四条改为第三条 |
`);
  assert.equal(comparisonTable(compareVersions(OLD, OLD)), '# 《示例协定》修改对照表\n\n两个文本的条文相同。\n');
  assert.equal(comparisonTable(compareVersions('第一条　甲。\n', '第一条　甲。\n')), '# 修改对照表\n\n两个文本的条文相同。\n');
  assert.equal(comparisonTable(compareVersions('第一条　甲。\n', '# 新协定\n\n第一条　甲。\n')), '# 《新协定》修改对照表\n\n两个文本的条文相同。\n');
});

test('comparisonTable: cells longer than the limit make blocks per unit, paragraphs apart, （无） for a side missing', () => {
  const after = OLD.replace('第二条　双方鼓励两国企业相互投资。\n\n', '').replace('第三条', '第二条').replace('第四条', '第三条').replace('联合委员会，负责', '联合委员会。\n\n委员会负责');
  assert.equal(comparisonTable(compareVersions(OLD, after), { maxCell: 20 }), `# 《示例协定》修改对照表

## 第二条

**原条文**

双方鼓励两国企业相互投资。

**修改后条文**

（无）

**说明**：删去

## 第二条

**原条文**

双方设立联合委员会~~，~~负责协调合作事宜。

**修改后条文**

双方设立联合委员会**。**

**委员会**负责协调合作事宜。

**说明**：原第三条改为第二条；内容修改

## 第三条

**原条文**

本协定自签署之日起生效，有效期五年。

**修改后条文**

本协定自签署之日起生效，有效期五年。

**说明**：原第四条改为第三条
`);
  // At the limit, still a table.
  const cell = '第二条　双方支持两国企业相互投资。'.length;
  assert.match(comparisonTable(compareVersions(OLD, OLD.replace('鼓励', '支持')), { maxCell: cell + 4 }), /^\| 原条文/m);
});

test('comparisonJson: every change as plain data', () => {
  const after = OLD.replace('第二条　双方鼓励两国企业相互投资。\n\n', '').replace('第三条', '第二条').replace('第四条　本协定', '第三条　本协定').replace('有效期五年', '有效期十年');
  assert.deepEqual(comparisonJson(compareVersions(OLD, after)), [
    { type: 'unchanged', old: '第一条', new: '第一条', renumbered: false, moved: false, splitFrom: undefined, mergedInto: undefined, note: '未修改', words: undefined },
    { type: 'deleted', old: '第二条', new: undefined, renumbered: undefined, moved: undefined, splitFrom: undefined, mergedInto: undefined, note: '删去', words: undefined },
    { type: 'unchanged', old: '第三条', new: '第二条', renumbered: true, moved: false, splitFrom: undefined, mergedInto: undefined, note: '原第三条改为第二条', words: undefined },
    { type: 'modified', old: '第四条', new: '第三条', renumbered: true, moved: false, splitFrom: undefined, mergedInto: undefined, note: '原第四条改为第三条；内容修改', words: [{ kind: 'removed', text: '五年' }, { kind: 'added', text: '十年' }] },
  ]);
  const split = SPLIT_OLD.replace('，并定期交流经济信息。\n\n第四条', '。\n\n第四条　双方定期交流经济信息。\n\n第五条').replace('第四条　本协定', '第五条　本协定');
  const merged = OLD.replace('第二条　双方鼓励两国企业相互投资。\n\n第三条　双方设立联合委员会，负责协调合作事宜。', '第二条　双方鼓励两国企业相互投资，并设立联合委员会负责协调合作事宜。').replace('第四条', '第三条');
  assert.deepEqual((comparisonJson(compareVersions(OLD, merged)) as { type: string; mergedInto?: string; note: string }[]).filter((c) => c.type === 'deleted').map((c) => [c.mergedInto, c.note]), [['第二条', '删去（并入第二条）']]);
  assert.deepEqual((comparisonJson(compareVersions(SPLIT_OLD, split)) as { type: string; splitFrom?: string; note: string }[]).filter((c) => c.type === 'added').map((c) => [c.splitFrom, c.note]), [['第三条', '新增（由原第三条拆分）']]);
});

test('compare: two old copies of one text, one new: the other copy is deleted', () => {
  const old = '# 示例协定\n\n第一条　双方合作。\n\n第二条　双方合作。\n\n第三条　本协定自签署之日起生效。\n';
  assert.deepEqual(changes(old, old.replace('第二条　双方合作。\n\n', '').replace('第三条', '第二条')), ['=第一条', '-第二条', '=第三条→第二条']);
});

test('wordDiff: a text that goes on after the lines of the other', () => {
  assert.deepEqual(wordDiff('第一段。\n第二段。', '第一段。\n第二段。\n第三段。'), [{ kind: 'same', text: '第一段。\n第二段。' }, { kind: 'added', text: '\n第三段。' }]);
});

test('unitsOf: a paragraph over two lines is one text', () => {
  const u = unitsOf(buildTreaty('# 甲乙协定\n\n## 第一条\n\n双方同意在边境\n地区开展合作。\n\n双方交流。\n'));
  assert.deepEqual(u.map((x) => x.paragraphs), [[{ text: '双方同意在边境地区开展合作。', items: [] }, { text: '双方交流。', items: [] }]]);
});

test('compare: the similarity bars met exactly — 0.3 under the same number (modified), 0.55 under another (renumbered); a bigram repeated in one text counts as often as in the other', () => {
  // 10 bigrams each, 3 in common (甲乙 乙丙 丙丁): 6/20 = 0.3, the same number's bar.
  assert.deepEqual(changes('# 示例协定\n\n第一条　甲乙丙丁戊己庚辛壬癸子。\n', '# 示例协定\n\n第一条　甲乙丙丁丑寅卯辰巳午未。\n'), ['~第一条']);
  // 20 bigrams each, 11 in common (the first 12 characters): 22/40 = 0.55, the bar of two numbers.
  assert.deepEqual(
    changes('# 示例协定\n\n第一条　甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌。\n', '# 示例协定\n\n第二条　甲乙丙丁戊己庚辛壬癸子丑天地玄黄宇宙洪荒日。\n'),
    ['~第一条→第二条'],
  );
  // 甲甲 four times against once: 1 in common of 4 + 4, 0.25: not the same article.
  assert.deepEqual(changes('# 示例协定\n\n第一条　甲甲甲甲甲。\n', '# 示例协定\n\n第二条　甲甲丙丁戊。\n'), ['+第二条', '-第一条']);
});

test('wordDiff: a text that stops before the lines of the other', () => {
  assert.deepEqual(wordDiff('甲\n乙\n丙', '甲\n乙'), [{ kind: 'same', text: '甲\n乙' }, { kind: 'removed', text: '\n丙' }]);
});

test('wordDiff: lines that differ first, or a one-line text that another goes on after, are not a common start', () => {
  assert.deepEqual(wordDiff('甲\n丁', '乙\n丁'), [{ kind: 'removed', text: '甲' }, { kind: 'added', text: '乙' }, { kind: 'same', text: '\n丁' }]);
  assert.deepEqual(wordDiff('甲', '甲\n乙'), [{ kind: 'same', text: '甲' }, { kind: 'added', text: '\n乙' }]);
});

test('similarity: a bigram repeated in both texts counts as often as in the one that has it fewer times', () => {
  // 甲乙 twice, 乙甲 once (3) against 甲乙 three times, 乙甲 twice (5): 2 + 1 in common, 6/8.
  assert.equal(similarity('甲乙甲乙', '甲乙甲乙甲乙'), 0.75);
  assert.equal(similarity('甲乙甲乙甲乙', '甲乙甲乙'), 0.75);
});

/** Twelve characters, eleven bigrams, no character twice. */
const X12 = '甲乙丙丁戊己庚辛壬癸子丑';
const doc = (...articles: [string, string][]) => `# 示例协定\n\n${articles.map(([n, t]) => `${n}　${t}。\n`).join('\n')}`;

test('compare: the same number is not enough when the old article is more like another new one (at 0.55 and over), and enough when the other is less like it', () => {
  // The new 第一条 shares 甲…己 (5 bigrams: 10/22, 0.45); the new 第二条 differs in its last character (20/22): the old 第一条 went there.
  assert.deepEqual(changes(doc(['第一条', X12]), doc(['第一条', '甲乙丙丁戊己天地玄黄宇宙'], ['第二条', '甲乙丙丁戊己庚辛壬癸子寅'])), ['+第一条', '~第一条→第二条']);
  // The new 第二条 holds the old 第一条 whole in 30 characters: 22/40, exactly the bar of two numbers (its size alone allows no more).
  assert.deepEqual(changes(doc(['第一条', X12]), doc(['第一条', '甲乙丙丁戊己天地玄黄宇宙'], ['第二条', `${X12}寅卯辰巳午未申酉戌亥金木水火土日月星`])), ['+第一条', '~第一条→第二条']);
  // The new 第一条 shares 甲…戊 (4 bigrams: 8/22, 0.36); the new 第二条 甲…庚 (6: 12/22, 0.545, under the bar): the number holds.
  assert.deepEqual(changes(doc(['第一条', X12]), doc(['第一条', '甲乙丙丁戊天地玄黄宇宙洪'], ['第二条', '甲乙丙丁戊己庚天地玄黄宇'])), ['~第一条', '+第二条']);
});

test('compare: a deleted article stands where it stood in the old text, after the articles before it, not before an article moved up', () => {
  const old = doc(['第一条', '双方开展经济合作'], ['第二条', '双方鼓励相互投资'], ['第三条', '双方设立联合委员会'], ['第四条', '本协定自签署之日起生效']);
  const now = doc(['第一条', '本协定自签署之日起生效'], ['第二条', '双方开展经济合作'], ['第三条', '双方鼓励相互投资']);
  assert.deepEqual(changes(old, now), ['=第四条→第一条(moved)', '=第一条→第二条', '=第二条→第三条', '-第三条']);
});

test('compare: merged and split at the bars exactly — 0.6 of a deleted article found in a changed one is merged; 0.5 of an added one left in the changed one is not split off', () => {
  // 子丑 丑寅 寅卯 of 子丑寅卯辰巳's five bigrams: 3/5 in the new 第一条, none in the old.
  assert.deepEqual(changes(doc(['第一条', '甲乙丙丁戊己庚辛壬癸'], ['第二条', '子丑寅卯辰巳']), doc(['第一条', '甲乙丙丁戊己庚辛壬癸子丑寅卯'])), ['~第一条', '-第二条>第一条']);
  // 癸子丑寅卯: all four bigrams in the old 第一条, two (癸子 子丑) still in the new one: 0.5, not less.
  assert.deepEqual(changes(doc(['第一条', '甲乙丙丁戊己庚辛壬癸子丑寅卯辰']), doc(['第一条', X12], ['第二条', '癸子丑寅卯'])), ['~第一条', '+第二条']);
});

test('unitsOf: paragraphs numbered 一、 are the article\'s text; a page number inside a paragraph or an item is left out', () => {
  assert.deepEqual(unitsOf(buildTreaty('# 示例协定\n\n## 第一条\n\n一、缔约双方开展合作。\n\n二、合作的方式由双方商定。\n')).map((u) => u.paragraphs), [
    [{ text: '一、缔约双方开展合作。', items: [] }, { text: '二、合作的方式由双方商定。', items: [] }],
  ]);
  assert.deepEqual(unitsOf(buildTreaty('# 示例协定\n\n## 第一条\n\n双方同意在边境\n-- 12 --\n地区开展合作。\n\n## 第二条\n\n（一）甲方\n- 3 -\n同意；\n\n（二）乙方同意。\n')).map((u) => u.paragraphs), [
    [{ text: '双方同意在边境地区开展合作。', items: [] }],
    [{ text: '', items: ['（一）甲方同意；', '（二）乙方同意。'] }],
  ]);
});

test('compare: the units paired as identical are not counted against the same number — old or new', () => {
  // 庚辛天地玄黄宇宙洪荒日月 against 甲乙丙丁戊己庚辛天地玄黄: 5 bigrams of 11 (10/22) under 第二条; the latter
  // is more like the identical 第一条 (7 of 11: 14/22), which is taken.
  const q = '甲乙丙丁戊己庚辛天地玄黄';
  const r = '庚辛天地玄黄宇宙洪荒日月';
  assert.deepEqual(changes(doc(['第一条', X12], ['第二条', r]), doc(['第一条', X12], ['第二条', q])), ['=第一条', '~第二条']);
  assert.deepEqual(changes(doc(['第一条', X12], ['第二条', q]), doc(['第一条', X12], ['第二条', r])), ['=第一条', '~第二条']);
});

test('compare: an old article as like another new one as the one of its number keeps its number', () => {
  // The first or the last character changed: 20/22 each.
  assert.deepEqual(changes(doc(['第二条', X12]), doc(['第一条', '天乙丙丁戊己庚辛壬癸子丑'], ['第二条', '甲乙丙丁戊己庚辛壬癸子寅'])), ['+第一条', '~第二条']);
});

test('compare: split and merged at the other bars exactly — 0.6 of an added article found in the old text is split off; 0.5 of a deleted one in the old text of the changed one is not merged', () => {
  // 子丑 丑寅 寅卯 of 子丑寅卯辰巳's five bigrams in the old 第一条 (3/5), none left in the new one.
  assert.deepEqual(changes(doc(['第一条', '甲乙丙丁戊己庚辛壬癸子丑寅卯']), doc(['第一条', '甲乙丙丁戊己庚辛壬癸'], ['第二条', '子丑寅卯辰巳'])), ['~第一条', '+第二条<第一条']);
  // 子丑寅卯辰 all in the new 第一条, but half of it (子丑 丑寅) was there already.
  assert.deepEqual(changes(doc(['第一条', '甲乙丙丁戊己庚辛壬癸子丑寅'], ['第二条', '子丑寅卯辰']), doc(['第一条', '甲乙丙丁戊己庚辛壬癸子丑寅卯辰'])), ['~第一条', '-第二条']);
});

test('comparisonTable: one cell over the limit, on either side, makes blocks', () => {
  const longer = OLD.replace('双方鼓励两国企业相互投资。', '双方鼓励两国企业相互投资，并为投资者提供便利和保护。');
  assert.equal(comparisonTable(compareVersions(OLD, longer), { maxCell: 20 }), '# 《示例协定》修改对照表\n\n## 第二条\n\n**原条文**\n\n双方鼓励两国企业相互投资。\n\n**修改后条文**\n\n双方鼓励两国企业相互投资**，并为投资者提供便利和保护**。\n\n**说明**：内容修改\n');
  assert.equal(comparisonTable(compareVersions(longer, OLD), { maxCell: 20 }), '# 《示例协定》修改对照表\n\n## 第二条\n\n**原条文**\n\n双方鼓励两国企业相互投资~~，并为投资者提供便利和保护~~。\n\n**修改后条文**\n\n双方鼓励两国企业相互投资。\n\n**说明**：内容修改\n');
});
