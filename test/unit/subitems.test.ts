// Sub-items (目): `(i)`, `(ii)` under `(a)`; Russian `1)` under `а)`; Chinese `1.` under `（一）` and
// `（1）` under `1.`; unnumbered markdown list entries indented under an item. Parsed as items of
// items, aligned at their depth, checked at their depth (counts between the texts, numbering in
// one text), and the counterpart found down to them. Cases are data: a text and its whole reading.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTreaty, Item, Treaty } from '../../server/src/model/treaty';
import { align, counterpartUnit, ItemPair } from '../../server/src/features/align';
import { contextOf, textContext } from '../../server/src/features/context';
import { documentSymbols } from '../../server/src/features/documentSymbols';
import { unitLines, unitsOf } from '../../server/src/features/compare';
import { diagnostics } from '../../server/src/features/diagnostics';
import { WorkspaceIndex } from '../../server/src/index/workspace';

/** Items as `1,2[1,2],3`: each number (`-` for an unnumbered list entry), its sub-items in brackets. */
function items(list: Item[]): string {
  return list.map((i) => `${i.num ?? (i.label === '-' ? '-' : '?')}${i.items.length ? `[${items(i.items)}]` : ''}`).join(',');
}

/** One line per article: its name and its paragraphs, each `number(items)`. */
function reading(t: Treaty): string[] {
  return t.articles.map((a) => `${a.name} ${a.paragraphs.map((p) => `${p.num ?? '-'}(${items(p.items)})`).join(' ')}`);
}

const READINGS: [string, string, string[]][] = [
  ['Chinese: （一） → 1. → （1）, and back up to （二）', `# 中华人民共和国政府和哈萨克斯坦共和国政府经济合作协定

## 第一条

双方在以下方面开展合作：

（一）经济：

1. 贸易；

2. 投资：

（1）直接投资；

（2）间接投资；

3. 金融；

（二）文化。

## 第二条

本协定自签署之日起生效。
`, ['第一条 -(1[1,2[1,2],3],2)', '第二条 -()']],
  ['Russian: 1) under а), then б)', `СОГЛАШЕНИЕ

Статья 1

Стороны сотрудничают в следующих областях:

а) торговля:

1) экспорт;

2) импорт;

б) инвестиции.

Статья 2

Настоящее Соглашение вступает в силу с даты подписания.
`, ['Статья 1 -(1[1,2],2)', 'Статья 2 -()']],
  ['English: markdown lists `- (a)` with `  - (i)` under them; `(i)` after `(h)` is a letter', `# Convention

### Article 1
For the purposes of this Convention, the following are covered:
- (a) rare collections;
- (b) property of artistic interest, such as:
  - (i) pictures;
  - (ii) original works of statuary art;
- (c) products of excavations;
- (d) elements of monuments;
- (e) antiquities;
- (f) objects of ethnological interest;
- (g) archives;
- (h) manuscripts;
- (i) stamps.

### Article 2
This Convention is open to all States.
`, ['Article 1 -(1,2[1,2],3,4,5,6,7,8,9)', 'Article 2 -()']],
  ['Chinese: unnumbered list entries indented under `2.`', `# 测试公约

### 第一条
本公约所称文化财产属于下列各类：

1. 稀有收集品；
2. 有艺术价值的财产，如
   - 手工完成的图画；
   - 雕塑艺术的原作；
3. 古物。

### 第二条
本公约自交存批准书之日起生效。
`, ['第一条 -(1,2[-,-],3)', '第二条 -()']],
  ['Chinese: a chapeau\'s `1.` list ended by `；` holds items; one of sentences ended by `。` holds paragraphs (`（子）…；` under a paragraph does not count)', `# 测试公约

### 第一条
1. 缔约国开展合作。
2. 缔约国交流信息。

### 第二条
本公约缔约国承担：
1. 交换信息；
2. 举行会晤。

### 第三条
联合国之宗旨为：
1. 维持国际和平及安全。
2. 发展国际间友好关系。

### 第四条
缔约国同意：
1. 设立委员会，其职权为：
（子）审议报告；
（丑）提出建议。
2. 委员会每年举行会议。
`, ['第一条 1() 2()', '第二条 -(1,2)', '第三条 1() 2()', '第四条 1(1,2) 2()']],
  ['an item of another family that does not start at 1 stays beside the others (mixed numbering, as before)', `# 测试协定

## 第一条

双方商定：

（一）交换信息；

（二）举行会晤；

3. 互派代表。
`, ['第一条 -(1,2,3)']],
  ['Chinese text, lettered items: (i) (ii) under (b) are a roman list, (i) after (h) a letter, (v) after (iv) roman',
    '# 甲乙协定\n\n## 第一条\n\n本协定中：\n\n(a) 甲；\n\n(b) 乙，包括：\n\n(i) 丙；\n\n(ii) 丁；\n\n(iii) 戊；\n\n(iv) 己；\n\n(v) 庚；\n\n(c) 辛。\n\n## 第二条\n\n下列事项：\n\n(a) 一；\n\n(b) 二；\n\n(c) 三；\n\n(d) 四；\n\n(e) 五；\n\n(f) 六；\n\n(g) 七；\n\n(h) 八；\n\n(i) 九；\n\n(j) 十。\n',
    ['第一条 -(1,2[1,2,3,4,5],3)', '第二条 -(1,2,3,4,5,6,7,8,9,10)']],
  ['one-character roman numerals (ⅰ) … (ⅳ), as the BRICS bank\'s Chinese text numbers its items: numbered 1 to 4, and a sub-list under (b)',
    '# 甲乙协定\n\n## 第一条\n\n银行有权行使下列职能：\n\n(ⅰ)提供贷款；\n\n(ⅱ)进行合作；\n\n(ⅲ)提供技术援助；\n\n(ⅳ)支持项目。\n\n## 第二条\n\n本协定中：\n\n(a) 甲；\n\n(b) 乙，包括：\n\n(ⅰ) 丙；\n\n(ⅱ) 丁；\n\n(c) 辛。\n',
    ['第一条 -(1,2,3,4)', '第二条 -(1,2[1,2],3)']],
];

for (const [name, text, expected] of READINGS) {
  test(`sub-items: ${name}`, () => assert.deepEqual(reading(buildTreaty(text)), expected));
}

test('sub-items: the tree stays lossless and every sub-item lies inside its item', () => {
  for (const [, text] of READINGS) {
    const t = buildTreaty(text);
    const walk = (list: Item[], start: number, end: number) => {
      for (const i of list) {
        assert.ok(i.start >= start && i.end <= end, `${i.label} inside its parent`);
        walk(i.items, i.start, i.end);
      }
    };
    for (const a of t.articles) for (const p of a.paragraphs) walk(p.items, p.start, p.end);
  }
});

// ---- Alignment and checks at the depth of sub-items -----------------------------------------

const ZH = `# 中华人民共和国政府和大不列颠及北爱尔兰联合王国政府文化合作协定

## 第一条

双方在以下方面合作：

（一）教育：

1. 互派留学生；

2. 互认学历；

（二）文化。

## 第二条

本协定自签署之日起生效。
`;
const EN = `# Agreement between the Government of the People's Republic of China and the Government of the United Kingdom on Cultural Cooperation

## Article 1

The Parties shall cooperate in the following fields:

(a) education:

(i) exchange of students;

(ii) recognition of degrees;

(b) culture.

## Article 2

This Agreement shall enter into force on the date of signature.
`;

function describeItems(list: ItemPair[]): string {
  return list.map((i) => `${i.a?.index ?? '-'}${i.b?.index ?? '-'}${i.items.length ? `{${describeItems(i.items)}}` : ''}`).join(' ');
}

test('align: sub-items pair inside their items (`1.` `2.` under `（一）` ↔ `(i)` `(ii)` under `(a)`)', () => {
  const al = align(buildTreaty(ZH), buildTreaty(EN));
  assert.deepEqual(al.articles.map((p) => p.paragraphs.map((q) => describeItems(q.items)).join(' / ')), ['11{11 22} 22', '']);
});

test('align: the counterpart of a sub-item is the sub-item (`2. 互认学历` → `(ii)`)', () => {
  const a = buildTreaty(ZH);
  const b = buildTreaty(EN);
  const hit = counterpartUnit(align(a, b), 'a', ZH.indexOf('互认学历'));
  assert.equal(b.text.slice(hit!.to!.item!.start, hit!.to!.item!.end).trim(), '(ii) recognition of degrees;');
  assert.equal(a.text.slice(hit!.from.item!.start, hit!.from.item!.end).trim(), '2. 互认学历；');
});

/** The align.* and numbering.* diagnostics of each file, as `line:code:message`. */
function findings(files: Record<string, string>): Record<string, string[]> {
  const index = new WorkspaceIndex();
  for (const [name, text] of Object.entries(files)) index.set(`file:///ws/${name}`, text, 1, 'markdown');
  return Object.fromEntries(Object.keys(files).map((name) => [name, diagnostics(contextOf(index, index.get(`file:///ws/${name}`)!))
    .filter((d) => /^(?:align|numbering)\./.test(String(d.code)))
    .map((d) => `${d.range.start.line + 1}:${d.code}:${d.message}`)]));
}

test('divergence: sub-items as many on both sides, none reported', () => {
  assert.deepEqual(findings({ 'a.zh.md': ZH, 'a.en.md': EN }), { 'a.zh.md': [], 'a.en.md': [] });
});

test('divergence align.item-count: a sub-item missing under `(a)` is reported on the item, not on the paragraph', () => {
  const en = EN.replace('(ii) recognition of degrees;\n\n', '');
  assert.deepEqual(findings({ 'a.zh.md': ZH, 'a.en.md': en }), {
    'a.zh.md': ['7:align.item-count:本项有2目，英文本Article 1第1项有1目'],
    'a.en.md': ['7:align.item-count:本项有1目，中文本第一条第1项有2目'],
  });
});

test('numbering: sub-items are numbered in their own run (`(i)` `(iii)` is a gap; `(h)` after `(g)(i)(ii)` is not)', () => {
  const text = `# Convention

### Article 1
The following are covered:
- (a) collections;
- (b) property, such as:
  - (i) pictures;
  - (iii) statuary;
- (c) archives.
`;
  assert.deepEqual(findings({ 'c.en.md': text })['c.en.md'], ['8:numbering.item-gap:编号不连续：应为(ii)，这里是(iii)']);
  assert.deepEqual(findings({ 'c.en.md': text.replace('(iii)', '(ii)') })['c.en.md'], []);
});

test('outline: sub-items are listed under their item', () => {
  const names = (ss: ReturnType<typeof documentSymbols>): unknown[] => ss.map((x) => (x.children?.length ? [x.name, names(x.children)] : x.name));
  assert.deepEqual(names(documentSymbols(textContext(ZH))), [
    ['中华人民共和国政府和大不列颠及北爱尔兰联合王国政府文化合作协定', [['第一条', [['第一款', [['（一）', ['1.', '2.']], '（二）']]]], '第二条']],
  ]);
});

test('versions: an item and each of its sub-items are lines of their own when two versions are compared', () => {
  assert.deepEqual(unitLines(unitsOf(buildTreaty(ZH))[0]), ['双方在以下方面合作：', '（一）教育：', '1. 互派留学生；', '2. 互认学历；', '（二）文化。']);
});
