// Tests that bite for model/info.ts and model/outline.ts (issue 12): what the workspace keeps of
// a document without its tree — its info (title, kind, dates and where each was read, place,
// parties, languages, entry into force, citations, version) and its outline (articles,
// paragraphs and items packed, unpacked again; excerpts). Each answer written by reading the
// fixture against the rules in the source's comments.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTreaty } from '../../server/src/model/treaty';
import { compareDates, dateAgrees, infoOf } from '../../server/src/model/info';
import { Outline, isExcerpt, outlineOf } from '../../server/src/model/outline';

// ——— infoOf ———

test('infoOf: an agreement with a date above its title, in it, in the signing clause and in a footnote', () => {
  const text = `2002年6月7日

# 中华人民共和国和哈萨克斯坦共和国边境合作协定（2002年6月7日）

中华人民共和国和哈萨克斯坦共和国（以下简称“双方”），

## 第一条

双方根据《中华人民共和国和哈萨克斯坦共和国睦邻友好合作条约》合作。[^1]

## 第二条

本协定自签字之日起生效。

本协定于2002年6月7日在阿斯塔纳签署，一式两份，每份均用中文、哈萨克文和俄文写成，三种文本同等作准。

[^1]: 该条约于2003年12月24日生效。
`;
  assert.deepEqual(infoOf(buildTreaty(text)), {
    title: '中华人民共和国和哈萨克斯坦共和国边境合作协定（2002年6月7日）',
    normalized: '中华人民共和国和哈萨克斯坦共和国边境合作协定',
    kind: '协定',
    dates: [
      { year: 2002, month: 6, day: 7, source: 'signing' },
      { year: 2002, month: 6, day: 7, source: 'heading' },
      { year: 2002, month: 6, day: 7, source: 'heading' },
      { year: 2003, month: 12, day: 24, source: 'footnote' },
    ],
    place: '阿斯塔纳',
    parties: ['中华人民共和国', '哈萨克斯坦共和国'],
    languages: ['中文', '哈萨克文', '俄文'],
    articleCount: 2,
    entryIntoForce: '本协定自签字之日起生效。',
    cites: ['中华人民共和国和哈萨克斯坦共和国睦邻友好合作条约'],
    isTreaty: true,
  });
});

test('infoOf: a People\'s Daily record — the publication date, entry into force on a law-style head line', () => {
  const text = '〖BT/标题〗中华人民共和国和甲国贸易协定\n〖RQ/日期〗19960706\n\n第一条　双方发展贸易。\n\n第二条　本协定自签字之日起生效。\n';
  const info = infoOf(buildTreaty(text));
  assert.deepEqual([info.dates, info.entryIntoForce, info.articleCount, info.place, info.languages], [
    [{ year: 1996, month: 7, day: 6, source: 'publication' }], '本协定自签字之日起生效。', 2, undefined, [],
  ]);
});

test('infoOf: only the first three lines up to the title\'s last are read for dates', () => {
  const text = '2001年1月1日\n2001年2月2日\n2001年3月3日\n\n# 甲国协定（2001年4月4日）\n\n## 第一条\n\n甲。\n';
  assert.deepEqual(infoOf(buildTreaty(text)).dates.map((d) => `${d.year}-${d.month}-${d.day} ${d.source}`), ['2001-1-1 heading', '2001-2-2 heading', '2001-3-3 heading']);
  // Blank lines and comments are not lines of the head: three dates apart, the title's among them; a comment's date is not read.
  const apart = '2001年1月1日\n\n<!-- 2001年6月6日 -->\n\n2001年2月2日\n\n# 甲国协定（2001年4月4日）\n\n## 第一条\n\n甲。\n';
  assert.deepEqual(infoOf(buildTreaty(apart)).dates.map((d) => `${d.year}-${d.month}-${d.day} ${d.source}`), ['2001-1-1 heading', '2001-2-2 heading', '2001-4-4 heading']);
  // A footnote is read to its 200th character.
  const note = (n: number) => `# 甲国协定\n\n## 第一条\n\n甲。[^1]\n\n[^1]: ${'注'.repeat(n)}2001年7月7日。\n`;
  assert.deepEqual(infoOf(buildTreaty(note(180))).dates.map((d) => d.source), ['footnote']);
  assert.deepEqual(infoOf(buildTreaty(note(200))).dates, []);
  const after = '# 甲国协定\n\n2001年5月5日\n\n## 第一条\n\n甲。\n';
  assert.deepEqual(infoOf(buildTreaty(after)).dates, [], 'a date after the title is not the title\'s');
  assert.deepEqual(infoOf(buildTreaty('2001年5月5日\n\n## 第一条\n\n甲。\n')).dates, [], 'no title: no heading dates');
});

test('infoOf: a law\'s version is the latest date of its record of adoption and amendments', () => {
  const text = `# 中华人民共和国示例法

（1979年7月1日第五届全国人民代表大会第二次会议通过　根据2018年10月26日第十三届全国人民代表大会常务委员会第六次会议《关于修改〈中华人民共和国示例法〉的决定》第二次修正）

2020年1月1日

根据2015年4月24日决定第一次修正

## 第一章　总则

第一条　为了规范示例工作，制定本法。2021年3月1日通过的规定另行适用。

第二条　本法自公布之日起施行。
`;
  const info = infoOf(buildTreaty(text));
  assert.deepEqual([info.kind, info.version, info.dates, info.parties, info.entryIntoForce, info.isTreaty], ['法', { year: 2018, month: 10, day: 26 }, [], [], undefined, true]);
});

test('infoOf: the version read from the first forty lines after the title only, none without a title', () => {
  const filler = (n: number) => Array.from({ length: n }, () => '说明。').join('\n\n');
  const law = (n: number) => `# 中华人民共和国示例法\n\n${filler(n)}\n\n（2018年10月26日通过）\n\n第一条　甲。\n`;
  assert.deepEqual(infoOf(buildTreaty(law(39))).version, { year: 2018, month: 10, day: 26 });
  assert.equal('version' in infoOf(buildTreaty(law(40))), false);
  assert.equal('version' in infoOf(buildTreaty('（2018年10月26日通过）\n\n第一条　甲。\n')), false);
  // The line right after the title is read; the title's own date and a comment's are not.
  assert.deepEqual(infoOf(buildTreaty('# 中华人民共和国示例法（2020年修正）\n（2018年10月26日通过）\n<!-- 2019年1月1日修正 -->\n\n第一条　甲。\n')).version, { year: 2018, month: 10, day: 26 });
  assert.deepEqual(infoOf(buildTreaty('# 中华人民共和国示例法\n\n（2018年10月通过，2018年10月26日修正，2018年公布）\n')).version, { year: 2018, month: 10, day: 26 }, 'no article: every line read');
});

test('compareDates and dateAgrees', () => {
  assert.deepEqual([
    compareDates({ year: 2018 }, { year: 2018, month: 1 }) < 0,
    compareDates({ year: 2018, month: 2 }, { year: 2018, month: 1, day: 31 }) > 0,
    compareDates({ year: 2018, month: 2, day: 3 }, { year: 2018, month: 2, day: 3 }) === 0,
    compareDates({ year: 2017, month: 12, day: 31 }, { year: 2018 }) < 0,
    compareDates({ year: 2018, month: 2, day: 3 }, { year: 2018, month: 2 }) > 0,
  ], [true, true, true, true, true]);
  const dates = [{ year: 2002, month: 6, day: 7, source: 'signing' as const }, { year: 1999, source: 'footnote' as const }];
  assert.deepEqual([
    dateAgrees({ year: 2002, month: 6, day: 7 }, dates),
    dateAgrees({ year: 2002, month: 6 }, dates),
    dateAgrees({ year: 2002 }, dates),
    dateAgrees({ year: 2002, month: 7 }, dates),
    dateAgrees({ year: 2002, month: 6, day: 8 }, dates),
    dateAgrees({ year: 1999, month: 3, day: 4 }, dates),
    dateAgrees({ year: 2001 }, dates),
    dateAgrees({ year: 2002 }, []),
  ], [true, true, true, false, false, true, false, false]);
});

// ——— outlineOf ———

/** An article shape as plain data. */
function shape(a: { num?: number; sub?: number; name: string; start: number; end: number; paragraphs: readonly { index: number; num?: number; start: number; end: number; items: readonly unknown[] }[] }): unknown {
  type I = { num?: number; start: number; end: number; items: readonly I[] };
  const item = (i: I): unknown => ({ num: i.num, start: i.start, end: i.end, items: i.items.map(item) });
  return { num: a.num, sub: a.sub, name: a.name, start: a.start, end: a.end, paragraphs: a.paragraphs.map((p) => ({ index: p.index, num: p.num, start: p.start, end: p.end, items: (p.items as I[]).map(item) })) };
}

test('outlineOf: articles, paragraphs, items and sub-items, written out', () => {
  const text = '# 甲国协定\n\n## 第一条\n\n一、甲。\n\n二、乙：\n\n（一）丙；\n\n1. 丁；\n\n2. 戊。\n\n（二）己。\n\n## 第二条之一\n\n庚。\n';
  const t = buildTreaty(text);
  const o = outlineOf(t);
  const at = (s: string) => text.indexOf(s);
  assert.equal(o.articleCount, 2);
  assert.equal(o.excerpt, false);
  const first = o.article(0);
  assert.deepEqual({ ...first, paragraphs: first.paragraphs.map((p) => ({ ...p, items: p.items.map((i) => [i.num, text.slice(i.start, i.end).trim(), i.items.map((j) => [j.num, text.slice(j.start, j.end).trim()])]) })) }, {
    at: 0, num: 1, sub: undefined, name: '第一条', start: at('## 第一条'), end: t.articles[0].end,
    paragraphs: [
      { index: 1, num: 1, start: at('一、'), end: t.articles[0].paragraphs[0].end, items: [] },
      { index: 2, num: 2, start: at('二、'), end: t.articles[0].paragraphs[1].end, items: [
        [1, '（一）丙；\n\n1. 丁；\n\n2. 戊。', [[1, '1. 丁；'], [2, '2. 戊。']]],
        [2, '（二）己。', []],
      ] },
    ],
  });
  assert.deepEqual([o.article(1).num, o.article(1).sub, o.article(1).name, o.article(1).at], [2, 1, '第二条之一', 1]);
  // Every article as the model has it.
  assert.deepEqual(t.articles.map((_, i) => { const { at: _at, ...rest } = o.article(i); return shape(rest); }), t.articles.map(shape));
  assert.equal(o.numbered(1)?.name, '第一条');
  assert.equal(o.numbered(2), undefined, '第二条之一 is not 第二条');
  assert.equal(o.numbered(2, 1)?.name, '第二条之一');
  assert.equal(o.numbered(1, 1), undefined);
  assert.equal(o.numbered(3), undefined);
});

test('outlineOf: the first of repeated numbers; an unnumbered label', () => {
  const text = '# 甲国协定\n\n## 第一条\n\n甲。\n\n## 第二条\n\n乙。\n\n## 第二条\n\n丙。\n';
  const o = outlineOf(buildTreaty(text));
  assert.equal(o.numbered(2)?.start, text.indexOf('## 第二条'));
  assert.equal(o.numbered(2)?.at, 1);
  const points = outlineOf(buildTreaty('# 中华人民共和国和甲国联合声明\n\n一、甲。\n\n二、乙。\n'));
  assert.deepEqual([points.articleCount, points.numbered(2)?.name], [2, '二、']);
});

test('Outline.revive: an outline cloned to another thread works again; one already an outline is itself', () => {
  const o = outlineOf(buildTreaty('# 甲国协定（节录）\n\n## 第三条\n\n一、甲。\n\n二、乙。\n'));
  const clone = structuredClone(o);
  assert.equal(clone instanceof Outline, false);
  const back = Outline.revive(clone);
  assert.equal(back instanceof Outline, true);
  assert.deepEqual([back.articleCount, back.excerpt, back.numbered(3)], [1, true, o.article(0)]);
  assert.equal(Outline.revive(o), o);
});

// ——— isExcerpt ———

const EXCERPTS: [text: string, excerpt: boolean][] = [
  ['# 联合国宪章（节录）\n\n## 第一条\n\n甲。\n', true],
  ['# 《聯合國憲章》——1945年節錄\n\n## 第一条\n\n甲。\n', true],
  ['# 甲国协定节选\n\n## 第一条\n\n甲。\n', true],
  ['# 甲国协定\n\n（摘录）\n\n## 第一条\n\n甲。\n', true],
  ['# 甲国协定\n\n【摘编】\n\n## 第一条\n\n甲。\n', true],
  ['# 甲国协定\n\n**性质**：史料全文（節錄）\n\n## 第一条\n\n甲。\n', true],
  ['# 甲国协定\n\n说明：本文节选自原件。\n\n## 第一条\n\n甲。\n', true],
  ['# 甲国协定\n\n出处：条约集，摘录。\n\n## 第一条\n\n甲。\n', true],
  ['# 甲国协定\n\n（本文节录）\n\n## 第一条\n\n甲。\n', true],
  ['# 甲国协定\n\n（节录 ）\n\n## 第一条\n\n甲。\n', true],
  ['# 甲国协定\n\n**说明**：本文节选自原件。\n\n## 第一条\n\n甲。\n', true],
  ['# 甲国协定\n\n说明 ：本文节选自原件。\n\n## 第一条\n\n甲。\n', true],
  ['# 甲国协定\n\n附件说明：本文节选自原件。\n\n## 第一条\n\n甲。\n', false],
  ['# 甲国协定\n\n## 第一条\n\n甲。\n\n（节录）\n', false],
  [`# 甲国协定\n\n说明：${'甲'.repeat(196)}节录\n\n## 第一条\n\n甲。\n`, false],
  [`# 甲国协定\n\n说明：${'甲'.repeat(195)}节录\n\n## 第一条\n\n甲。\n`, true],
  ['# 甲国协定\n\n本文不是节录的文本。\n\n## 第一条\n\n甲。\n', false],
  ['# 甲国协定\n\n## 第一条\n\n甲。\n', false],
  [`# 甲国协定\n\n${'说明。\n\n'.repeat(900)}（节录）\n`, false],
  [`# 甲国协定\n\n${'说明。\n\n'.repeat(700)}（节录）\n`, true],
];

test('isExcerpt: the title line, or a note before the first article (within 4 000 characters)', () => {
  assert.deepEqual(EXCERPTS.map(([t]) => [t.slice(0, 40), isExcerpt(buildTreaty(t))]), EXCERPTS.map(([t, e]) => [t.slice(0, 40), e]));
});
