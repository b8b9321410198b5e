// More tests that bite for model/treaty.ts: chapters and sections, items and sub-items, joint
// statements' points, People's Daily tags, whether a text reads as a treaty, and the helpers
// (kindOf, cleanTitle, normalizeTitle, articleKey, summarize), as whole readings of a fixture.
// The expected readings were written from the source's rules and the fixture text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Treaty, articleKey, articleNumbered, buildTreaty, cleanTitle, kindOf, normalizeTitle, summarize, summarizeBlock } from '../../server/src/model/treaty';

/** A model as plain data: its head, chapters, and each article with its paragraphs and items. */
function reading(t: Treaty): unknown {
  return {
    title: t.title?.text, kind: t.kind, selfRef: t.selfRef, isTreaty: t.isTreaty, publicationDate: t.publicationDate,
    chapters: t.chapters.map((c) => `${c.name} ${c.num ?? '-'} ${c.unit} ${c.caption ?? '-'} ${c.parent?.name ?? '-'}`),
    articles: t.articles.map((a) => [
      `${a.name} ${a.num ?? '-'}${a.sub !== undefined ? `/${a.sub}` : ''} ${a.caption ?? '-'} ${a.summary || '-'} ${a.chapter?.name ?? '-'}`,
      ...a.paragraphs.map((p) => `${p.index}:${p.num ?? '-'}:${p.label ?? ''}${p.items.map((i) => ` ${i.index}:${i.num ?? '-'}:${i.label}${i.items.map((j) => `(${j.index}:${j.num ?? '-'}:${j.label})`).join('')}`).join('')}`),
    ]),
  };
}

test('model: a law in chapters and sections; items, their labels and numbers', () => {
  const text = `# 中华人民共和国示例法

## 第一章　总则

第一条　为了规范示例工作，制定本法。

## 第二章　管理

### 第一节　登记

第二条　示例机构应当登记。

### 第二节　检查

第三条　主管部门可以检查下列事项：

（一）账簿；

（二）现场。

## 第三章　附则

第四条　本法自公布之日起施行。
`;
  assert.deepEqual(reading(buildTreaty(text)), {
    title: '中华人民共和国示例法', kind: '法', selfRef: '本法', isTreaty: true, publicationDate: undefined,
    chapters: ['第一章 1 章 总则 -', '第二章 2 章 管理 -', '第一节 1 节 登记 第二章', '第二节 2 节 检查 第二章', '第三章 3 章 附则 -'],
    articles: [
      ['第一条 1 - 为了规范示例工作，制定本法 第一章', '1:-:'],
      ['第二条 2 - 示例机构应当登记 第一节', '1:-:'],
      ['第三条 3 - 主管部门可以检查下列事项 第二节', '1:-: 1:1:（一） 2:2:（二）'],
      ['第四条 4 - 本法自公布之日起施行 第三章', '1:-:'],
    ],
  });
});

test('model: items with sub-items; numbered paragraphs', () => {
  const text = `# 甲乙协定

## 第一条

一、双方在下列领域开展合作：

（一）贸易，包括：

1. 货物贸易；

2. 服务贸易；

（二）投资。

二、合作的具体事项另行商定。
`;
  assert.deepEqual(reading(buildTreaty(text)), {
    title: '甲乙协定', kind: '协定', selfRef: '本协定', isTreaty: true, publicationDate: undefined,
    chapters: [],
    articles: [
      ['第一条 1 - 双方在下列领域开展合作 -', '1:1: 1:1:（一）(1:1:1.)(2:2:2.) 2:2:（二）', '2:2:'],
    ],
  });
});

test('model: a joint statement: its points are its articles, named 一、, their paragraphs not numbered', () => {
  const text = '# 中华人民共和国和甲国联合声明\n\n一、双方同意加强合作。\n\n二、双方将定期会晤，交流意见。\n';
  assert.deepEqual(reading(buildTreaty(text)), {
    title: '中华人民共和国和甲国联合声明', kind: '联合声明', selfRef: '本声明', isTreaty: true, publicationDate: undefined,
    chapters: [],
    articles: [['一、 1 - 双方同意加强合作 -', '1:-:'], ['二、 2 - 双方将定期会晤，交流意见 -', '1:-:']],
  });
});

test('model: People\'s Daily tags: the title of 〖BT〗, the date of 〖RQ〗', () => {
  const text = '〖BT/标题〗中华人民共和国和甲国贸易协定\n〖RQ/日期〗19960706\n\n第一条　双方发展贸易。\n\n第二条　本协定自签字之日起生效。\n';
  const t = buildTreaty(text);
  assert.deepEqual(reading(t), {
    title: '中华人民共和国和甲国贸易协定', kind: '协定', selfRef: '本协定', isTreaty: true, publicationDate: '1996-07-06',
    chapters: [],
    articles: [['第一条 1 - 双方发展贸易 -', '1:-:'], ['第二条 2 - 本协定自签字之日起生效 -', '1:-:']],
  });
  assert.equal(text.slice(t.title!.start, t.title!.end), '中华人民共和国和甲国贸易协定');
});

/** [what, text, whether it reads as a treaty]. */
const TREATIES: [string, string, boolean][] = [
  ['a law without articles', '# 中华人民共和国示例法\n\n本法规定示例工作的基本制度和要求。\n\n示例机构应当依法登记并接受监督。\n', false],
  ['a declaration of prose paragraphs', '# 世界和平宣言\n\n大会，\n\n鉴于各国人民都希望在和平与安全中生活和发展，\n\n决心以和平方式解决一切国际争端和分歧，\n', true],
  ['a declaration of one prose paragraph', '# 世界和平宣言\n\n鉴于各国人民都希望在和平与安全中生活和发展，\n', false],
  ['prose lines too short', '# 世界和平宣言\n\n大会，\n\n回顾以往，\n\n决定：\n', false],
  ['a note with no kind', '# 会议纪念品清单\n\n今天讨论了很多事情，大家都很满意。\n\n明天继续讨论其余的事情，并作出决定。\n', false],
  ['a title that does not end with its kind', '# 关于协定的若干说明\n\n今天讨论了很多事情，大家都很满意。\n\n明天继续讨论其余的事情，并作出决定。\n', false],
  ['articles numbered', '# 备忘\n\n第一条　甲。\n', true],
  // A page whose store gives its punctuation half-width (a database's page of the 1899 Hague convention, cut in its preamble).
  ['a convention\'s preamble with half-width marks', '和平解决国际争端公约\n\n前言\n\n在维持普遍和平的强烈愿望的激励下;\n\n决心竭尽全力促进国际争端的友好解决;\n\n各缔约国决定为此目的缔结一项', true],
  ['a UN resolution titled by the convention it adopts (73/198. …公约 / 大会,)', '联合国 A/RES/73/198\n73/198. 联合国关于调解所产生的国际和解协议公约\n大会,\n回顾其 1966 年 12 月 17 日第 2205(XXI)号决议设立联合国国际贸易法委员会,\n认识到调解作为一种友好解决争议的方法所具有的价值,\n', true],
  ['half-width marks, one prose line', '和平解决国际争端公约\n\n在维持普遍和平的强烈愿望的激励下;\n', false],
];

for (const [what, text, isTreaty] of TREATIES) {
  test(`model: reads as a treaty? ${what}`, () => {
    assert.equal(buildTreaty(text).isTreaty, isTreaty);
  });
}

test('model: summaries across hard line breaks and markup; an article with no text', () => {
  const text = '# 甲乙协定\n\n## 第一条\n\n双方同意在边境\n地区开展合作。\n\n## 第二条\n\n**双方**同意交流。\n\n## 第三条\n\n## 第四条\n\n双方 同意：甲。\n';
  assert.deepEqual(buildTreaty(text).articles.map((a) => a.summary), ['双方同意在边境地区开展合作', '双方同意交流', '', '双方同意']);
});

// A law hard-wrapped at a width on a law site (test/fixtures/real/regulation_state_council_organs_1997_wrapped.md, its source in
// test/fixtures/real/README.md): each article's first line, after its glued label, is shorter than a summary and holds no full stop;
// the summary reads on over the wrapped lines (read in place, model/treaty.ts summarizeJoined) to 24 characters and `…`, as the
// joined words are cut (`summarize`). Below it: a wrapped line holding a space or markup is read by the joining path, cleaned; a
// short line whose next line is an item's (not a wrapped line of it) is whole.
test('model: a summary reads on over the lines a width broke, to 24 characters (a law site\'s wrapped regulation)', () => {
  const text = readFileSync(join(__dirname, '../../../test/fixtures/real/regulation_state_council_organs_1997_wrapped.md'), 'utf8');
  const t = buildTreaty(text);
  assert.deepEqual(t.articles.slice(0, 3).map((a) => a.summary), [
    '为了规范国务院行政机构的设置,加强编制管理,提高…',
    '国务院行政机构设置和编制管理应当适应国家政治、经…',
    '国务院根据宪法和国务院组织法的规定,行使国务院行…',
  ]);
  const third = t.articles[2].paragraphs[1];
  assert.equal(summarizeBlock(text, third.block), '国务院机构编制管理机关在国务院领导下,负责国务院…');
  const marked = '# 甲乙协定\n\n## 第一条\n\n双方同意在边境\n地区开展 **合作** 和交流，加强边境地区的往来与友好关系。\n\n## 第二条\n\n双方同意\n\n（一）交换信息；\n';
  assert.deepEqual(buildTreaty(marked).articles.map((a) => a.summary), ['双方同意在边境地区开展合作和交流，加强边境地区的…', '双方同意']);
});

// Sample H's treaty.ts:735 (branch h12featb): a paragraph indented with em spaces (U+2003, as text
// pasted from a word processor has it: no indentation to the line reader) is summarized without
// them, and a paragraph of 24 characters and a trailing em space is whole, no `…`; the short cut for a
// first line of plain characters kept the spaces (`  双方同意`, `…四…`).
test('model: a summary drops the em spaces around a paragraph', () => {
  const text = '# 甲乙协定\n\n## 第一条\n\n\u2003\u2003双方同意：甲。\n\n## 第二条\n\n\u2003\u2003一二三四五六七八九十一二三四五六七八九十一二三四五六\n\n## 第三条\n\n一二三四五六七八九十一二三四五六七八九十一二三四\u2003\n';
  assert.deepEqual(buildTreaty(text).articles.map((a) => a.summary), ['双方同意', '一二三四五六七八九十一二三四五六七八九十一二三四…', '一二三四五六七八九十一二三四五六七八九十一二三四']);
});

test('kindOf: the kind a title ends with, a bracketed remark after it apart, else one it holds', () => {
  const cases: [string, string | undefined][] = [
    ['中华人民共和国和甲国贸易协定', '协定'],
    ['中华人民共和国和甲国贸易协定（草案）', '协定'],
    ['中华人民共和国和甲国贸易协定(修订)', '协定'],
    ['关于贸易协定的若干说明', '协定'],
    ['会议纪念品清单', undefined],
    ['示例法', '法'],
    ['法的若干问题', undefined],
  ];
  for (const [title, kind] of cases) assert.equal(kindOf(title), kind, title);
});

test('cleanTitle and normalizeTitle: markup, spaces, full-width letters, brackets and commas', () => {
  assert.equal(cleanTitle(' 甲 乙<sup>1</sup> 协定 '), '甲乙协定');
  assert.equal(cleanTitle('WTO 协定'), 'WTO 协定');
  assert.equal(cleanTitle('甲\u3000\u3000乙'), '甲乙');
  assert.equal(cleanTitle('甲[^2]乙\\*'), '甲乙');
  assert.equal(cleanTitle('  甲乙  '), '甲乙');
  assert.equal(normalizeTitle('ＡＢＣ（甲）, "乙"'), 'ABC（甲），乙');
  assert.equal(normalizeTitle('《甲 (乙)》「丙」‘丁’'), '甲（乙）丙丁');
  assert.equal(normalizeTitle('聯合國憲章'), '联合国宪章');
});

test('summarize: to the first stop, at most 24 characters', () => {
  assert.equal(summarize('双方同意：甲。'), '双方同意');
  assert.equal(summarize('双方同意;甲'), '双方同意');
  assert.equal(summarize('双方同意:甲'), '双方同意');
  assert.equal(summarize('一二三四五六七八九十一二三四五六七八九十一二三四'), '一二三四五六七八九十一二三四五六七八九十一二三四');
  assert.equal(summarize('一二三四五六七八九十一二三四五六七八九十一二三四五'), '一二三四五六七八九十一二三四五六七八九十一二三四…');
});

test('articleKey and articleNumbered: the key of a number, the first article of a repeated one', () => {
  assert.equal(articleKey(10, 1), '10/1');
  assert.equal(articleKey(10), '10/');
  assert.equal(articleKey(10, 0), '10/0');
  const holder = { articles: [{ num: 1, name: 'a' }, { num: 2, name: 'b' }, { num: 2, name: 'c' }, { num: 2, sub: 1, name: 'd' }] };
  assert.deepEqual([articleNumbered(holder as never, 2), articleNumbered(holder as never, 2, 1), articleNumbered(holder as never, 3)].map((a) => (a as { name: string } | undefined)?.name), ['b', 'd', undefined]);
});

/** [what, text, the title read, the kind]. */
const TITLES: [string, string, string, string | undefined][] = [
  ['a title over two lines, joined', '中华人民共和国和甲国\n关于合作的协定\n\n第一条　双方合作。\n', '中华人民共和国和甲国关于合作的协定', '协定'],
  ['a name in 《》 inside the title is not the title', '# 关于执行《联合国宪章》的协定\n\n第一条　甲。\n', '关于执行《联合国宪章》的协定', '协定'],
  ['a name of one character in 《》', '# 《甲》\n\n第一条　甲。\n', '甲', undefined],
  ['a space before the dash, the full title after it', '# 《中英联合声明》 ——中华人民共和国政府和大不列颠及北爱尔兰联合王国政府关于香港问题的联合声明\n\n一、甲。\n', '中华人民共和国政府和大不列颠及北爱尔兰联合王国政府关于香港问题的联合声明', '联合声明'],
  ['a single dash, the full title after it', '# 《中英联合声明》—中华人民共和国政府和大不列颠及北爱尔兰联合王国政府关于香港问题的联合声明\n\n一、甲。\n', '中华人民共和国政府和大不列颠及北爱尔兰联合王国政府关于香港问题的联合声明', '联合声明'],
];

for (const [what, text, title, kind] of TITLES) {
  test(`model: the title, ${what}`, () => {
    const t = buildTreaty(text);
    assert.deepEqual([t.title?.text, t.kind], [title, kind]);
  });
}

test('model: paragraphs numbered 1. 2., articles of a text in 款, a caption holding brackets', () => {
  const read = (text: string) => (reading(buildTreaty(text)) as { articles: unknown }).articles;
  assert.deepEqual(read('# 甲乙协定\n\n## 第一条\n\n1. 甲方负责运输。\n\n2. 乙方负责仓储。\n'), [['第一条 1 - 甲方负责运输 -', '1:1:1.', '2:2:2.']]);
  assert.deepEqual(read('# 甲乙换文\n\n第一款　双方合作。\n\n第二款　双方交流。\n'), [['第一款 1 - 双方合作 -', '1:-:'], ['第二款 2 - 双方交流 -', '1:-:']]);
  assert.deepEqual(read('# 甲乙协定\n\n## 第二条　适用（范围）说明\n\n甲。\n'), [['第二条 2 适用（范围）说明 适用（范围）说明 -', '1:-:']]);
  // A caption that ends in a bracketed part keeps its closing bracket (the WIPO Copyright Treaty's `第5条 数据汇编(数据库)`);
  // a caption wholly in brackets loses both (`第三条（定义）`).
  assert.deepEqual(read('# 甲乙条约\n\n## 第五条 数据汇编(数据库)\n\n甲。\n\n## 第六条（定义）\n\n乙。\n'),
    [['第五条 5 数据汇编(数据库) 数据汇编(数据库) -', '1:-:'], ['第六条 6 定义 定义 -', '1:-:']]);
});

/** [what, a text without a title, its kind]: a source line counts among the first six lines that are not blank, before any article. */
const SOURCE_LINES: [string, string, string | undefined][] = [
  ['the sixth line, blank lines and comments between', '甲。\n\n乙。\n\n<!-- 注 -->\n\n丙。\n\n丁。\n\n戊。\n\n**出处**：《中美联合公报》，1978年\n', '联合公报'],
  ['the seventh line', '甲。\n\n乙。\n\n丙。\n\n丁。\n\n戊。\n\n己。\n\n**出处**：《中美联合公报》，1978年\n', undefined],
  ['after an article', '第一条　甲。\n\n**出处**：《中美联合公报》，1978年\n', undefined],
];

for (const [what, text, kind] of SOURCE_LINES) {
  test(`model: no title, a source line: ${what}`, () => {
    assert.equal(buildTreaty(text).kind, kind);
  });
}

test('model: items lettered a) b), as Macao\'s texts letter them (`為適用本協定:` / `a)“投資”一詞係指…`), are items of the paragraph they follow', () => {
  const t = buildTreaty('# 甲乙協定\n\n第1條\n\n為適用本協定:\n\na)“投資”一詞係指各種資產;\n\nb)“收益”一詞係指利潤。\n\n第2條\n\n甲。\n');
  assert.deepEqual(t.articles.map((a) => [a.name, a.paragraphs.map((p) => p.items.map((i) => `${i.num}:${i.label}`))]), [['第一条', [['1:a)', '2:b)']]], ['第二条', [[]]]]);
});

test('model: no title: the kind a text calls itself twice, bracketed as UN model texts write it (本《條約》)', () => {
  assert.equal(buildTreaty('茲協定如下:\n\n第一條 義務\n\n締約國同意根據本《條約》各項規定引渡。\n\n第二條 罪行\n\n為本《條約》目的，甲。\n').kind, '条约');
  assert.equal(buildTreaty('茲協定如下:\n\n第一條 義務\n\n締約國同意根據《條約》各項規定引渡。\n\n第二條 罪行\n\n為《條約》目的，甲。\n').kind, undefined);
});

test('kindOf, cleanTitle, summarize: brackets inside a title, a line break, a stop first', () => {
  assert.equal(kindOf('关于（协定）的说明'), '协定');
  assert.equal(kindOf('甲法（协定草案）'), '法');
  assert.equal(cleanTitle('甲乙\n'), '甲乙');
  assert.equal(summarize('：甲乙'), '');
});
