// Versions and amendments (issue #16): comparison by article, the 修改对照表, the
// amending instrument generated from two versions, and consolidation (applying it back).
// Fixtures are data; the round trip is also a property over random edits of the seeds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { Unit, compareVersions, comparisonTable, segmentWords, unitText, unitsOf, wordDiff } from '../../server/src/features/compare';
import { amendmentClauses, amendmentText } from '../../server/src/features/amend';
import { consolidate, readClauses } from '../../server/src/features/consolidate';
import { buildTreaty } from '../../server/src/model/treaty';
import { changes } from '../support/versions';
import { runDiff } from '../../server/src/cli/treatyDiff';
import { runConsolidate } from '../../server/src/cli/treatyConsolidate';
import { ROOT, fixture, seeds, tempFolder } from '../support/fixture';

const LAW = `# 中华人民共和国测试法

## 第一章　总则

第一条　为了规范测试工作，制定本法。

第二条　下列情形之一的，由主管部门责令改正：

（一）未按规定登记的；

（二）拒绝检查的。

违反前款规定，情节严重的，处一万元以下罚款。

第三条　国家鼓励开展测试研究。

## 第二章　附则

第四条　本法所称测试，是指对产品的检验。

第五条　本法自公布之日起施行。
`;

/** name → text of every article. */
function articles(text: string): [string, string][] {
  return unitsOf(buildTreaty(text)).map((u: Unit) => [u.name, unitText(u)]);
}

// ---------------------------------------------------------------------------
// Comparison by unit

const INSERTED = LAW.replace('第五条', '第六条').replace('第四条', '第五条').replace('第三条', '第四条')
  .replace('第二条　下列', '第三条　下列').replace('制定本法。\n', '制定本法。\n\n第二条　测试工作应当遵循客观、公正的原则。\n');

test('compare: an article inserted renumbers the rest, reported as renumbered, not deleted and added', () => {
  assert.deepEqual(changes(LAW, INSERTED), ['=第一条', '+第二条', '=第二条→第三条', '=第三条→第四条', '=第四条→第五条', '=第五条→第六条']);
});

/** 第三条 moved to the end: 第四条 and 第五条 move up. */
const MOVED = LAW.replace('第三条　国家鼓励开展测试研究。\n\n', '').replace('第四条　', '第三条　').replace('第五条　本法自公布之日起施行。\n', '第四条　本法自公布之日起施行。\n\n第五条　国家鼓励开展测试研究。\n');

test('compare: a moved article is reported as moved', () => {
  const moved = MOVED;
  assert.deepEqual(changes(LAW, moved), ['=第一条', '=第二条', '=第四条→第三条', '=第五条→第四条', '=第三条→第五条(moved)']);
});

test('compare: a split article and merged articles are named as such', () => {
  const split = LAW.replace('第三条　国家鼓励开展测试研究。', '第三条　国家鼓励开展测试研究，支持测试机构发展。')
    .replace('违反前款规定，情节严重的，处一万元以下罚款。\n\n', '')
    .replace('第三条', '第二条之一　违反本法第二条规定，情节严重的，处一万元以下罚款。\n\n第三条');
  assert.deepEqual(changes(LAW, split), ['=第一条', '~第二条', '+第二条之一<第二条', '~第三条', '=第四条', '=第五条']);
  const merged = LAW.replace('第三条　国家鼓励开展测试研究。\n\n', '').replace('为了规范测试工作，制定本法。', '为了规范测试工作，鼓励开展测试研究，制定本法。');
  assert.deepEqual(changes(LAW, merged), ['~第一条', '=第二条', '-第三条>第一条', '=第四条', '=第五条']);
});

test('compare: after a renumbering, an article is paired with the one it is most like, not with the one that took its number', () => {
  // The old 第三条 is like the new 第三条 (the old 第二条, changed) but far more like the new 第四条.
  const before = '# 测试法\n\n第一条　为了规范测试工作，制定本法。\n\n第二条　测试机构未经批准擅自组织实施测试的，由主管部门责令改正，予以通报。\n\n第三条　测试机构泄露测试资料的，由主管部门责令改正，予以通报，并处一万元以下罚款。\n';
  const after = '# 测试法\n\n第一条　为了规范测试工作，制定本法。\n\n第二条　国家建立测试监督体系。\n\n第三条　测试机构未经批准或者备案擅自组织实施测试的，由主管部门责令改正，予以通报。\n\n第四条　测试机构泄露测试资料的，由主管部门责令改正，予以通报，并处五万元以下罚款。\n';
  assert.deepEqual(changes(before, after), ['=第一条', '+第二条', '~第二条→第三条', '~第三条→第四条']);
});

test('compare: an article split off with text of its own after the paragraph it takes is named as split', () => {
  const before = '# 测试法\n\n第一条　为了规范测试工作，制定本法。\n\n第二条　测试机构采取留置措施，应当报上一级主管部门批准。\n\n留置时间不得超过三个月。在特殊情况下，可以延长一次，延长时间不得超过三个月。\n\n第三条　本法自公布之日起施行。\n';
  const after = '# 测试法\n\n第一条　为了规范测试工作，制定本法。\n\n第二条　测试机构采取留置措施，应当报上一级主管部门批准。\n\n第三条　留置时间不得超过三个月。在特殊情况下，可以延长一次，延长时间不得超过三个月。\n\n对可能判处十年有期徒刑以上刑罚的，经国家主管部门批准，可以再延长二个月。留置时间重新计算以一次为限，并应当书面通知被留置人员的家属。\n\n第四条　本法自公布之日起施行。\n';
  assert.deepEqual(changes(before, after), ['=第一条', '~第二条', '+第三条<第二条', '=第三条→第四条']);
});

test('compare: the difference inside an article is by Chinese word, not by character', () => {
  assert.deepEqual(segmentWords('国家鼓励开展测试研究'), ['国家', '鼓励', '开展', '测试', '研究']);
  const d = wordDiff('国家鼓励开展测试研究。', '国家支持开展测试研究。');
  assert.deepEqual(d.filter((w) => w.kind !== 'same'), [{ kind: 'removed', text: '鼓励' }, { kind: 'added', text: '支持' }]);
});

test('compare: the 修改对照表 has 原条文 / 修改后条文 / 说明, words marked, blocks when cells are long', () => {
  const table = comparisonTable(compareVersions(LAW, LAW.replace('国家鼓励', '国家支持')));
  assert.equal(table, '# 《中华人民共和国测试法》修改对照表\n\n| 原条文 | 修改后条文 | 说明 |\n| --- | --- | --- |\n| 第三条　国家~~鼓励~~开展测试研究。 | 第三条　国家**支持**开展测试研究。 | 内容修改 |\n');
  const blocks = comparisonTable(compareVersions(LAW, INSERTED), { maxCell: 10 });
  assert.match(blocks, /^## 第二条\n\n\*\*原条文\*\*\n\n（无）\n\n\*\*修改后条文\*\*\n\n测试工作应当遵循客观、公正的原则。\n\n\*\*说明\*\*：新增$/m);
  assert.match(blocks, /^## 第三条\n\n\*\*原条文\*\*\n\n下列情形之一的，由主管部门责令改正：\n\n（一）未按规定登记的；/m);
  assert.match(blocks, /\*\*说明\*\*：原第二条改为第三条\n/);
});

// ---------------------------------------------------------------------------
// Generating the amending instrument

const GENERATE: [string, (s: string) => string, string[]][] = [
  ['an item', (s) => s.replace('（二）拒绝检查的。', '（二）拒绝或者阻碍检查的。'), ['将第二条第一款第二项修改为：“（二）拒绝或者阻碍检查的。”']],
  ['words in a paragraph', (s) => s.replace('一万元以下罚款', '五万元以下罚款'), ['将第二条中的“一万”修改为“五万”']],
  ['words added after words', (s) => s.replace('国家鼓励开展', '国家鼓励和支持开展'), ['在第三条中的“鼓励”后增加“和支持”']],
  ['a paragraph', (s) => s.replace('违反前款规定，情节严重的，处一万元以下罚款。', '违反前款规定的，没收违法所得，并处罚款。'), ['将第二条第二款修改为：“违反前款规定的，没收违法所得，并处罚款。”']],
  ['a paragraph added', (s) => s.replace('国家鼓励开展测试研究。', '国家鼓励开展测试研究。\n\n地方各级人民政府应当为测试研究提供便利。'), ['在第三条中增加一款，作为第二款：“地方各级人民政府应当为测试研究提供便利。”']],
  ['a paragraph deleted', (s) => s.replace('\n\n违反前款规定，情节严重的，处一万元以下罚款。', ''), ['删去第二条第二款']],
  ['an article added as 之一', (s) => s.replace('国家鼓励开展测试研究。\n', '国家鼓励开展测试研究。\n\n第三条之一　国家建立测试标准体系。\n'), ['在第三条后增加一条，作为第三条之一：“国家建立测试标准体系。”']],
  ['an article inserted, the rest renumbered', () => INSERTED, ['在第一条后增加一条，作为第二条：“测试工作应当遵循客观、公正的原则。”']],
  ['an article deleted', (s) => s.replace('第三条　国家鼓励开展测试研究。\n\n', '').replace('第四条', '第三条').replace('第五条', '第四条'), ['删去第三条']],
];

for (const [what, edit, expected] of GENERATE) {
  test(`amendment: ${what}`, () => {
    const after = edit(LAW);
    const cmp = compareVersions(LAW, after);
    const { clauses, renumberAll } = amendmentClauses(cmp);
    assert.deepEqual(clauses, expected);
    assert.equal(renumberAll, /inserted|deleted/.test(what) && what.startsWith('an article'));
    // Applied to the old version, it gives the new one, in both forms.
    for (const kind of ['decision', 'protocol'] as const) {
      const amendment = amendmentText(cmp, { kind });
      const result = consolidate(LAW, amendment);
      assert.deepEqual(result.problems, [], amendment);
      assert.deepEqual(articles(result.text), articles(after), amendment);
      assert.equal(result.text, after, amendment);
    }
  });
}

/** A law whose 第二条 cites another article and whose 第三条 has two paragraphs that open alike. */
const CITING = '# 中华人民共和国测试法\n\n第一条　为了规范测试工作，制定本法。\n\n第二条　测试机构应当依照本法第十二条的规定登记。\n\n第三条　测试机构可以开展检验。\n\n测试机构可以开展认证。\n';

const GENERATE_CITING: [string, string, string[]][] = [
  // Not “十二条” → “十四条”: the reference the words cut into is quoted whole.
  ['a reference changed is quoted whole', CITING.replace('第十二条', '第十四条'), ['将第二条中的“第十二条”修改为“第十四条”']],
  ['a reference made longer is quoted whole', CITING.replace('第十二条', '第十二条之一'), ['将第二条中的“第十二条”修改为“第十二条之一”']],
  // “测试机构可以” opens both paragraphs: found once only in the second, which the clause names.
  ['words found once in a paragraph, not in the article, name the paragraph', CITING.replace('测试机构可以开展认证', '测试机构可以依法开展认证'), ['在第三条第二款中的“可以”后增加“依法”']],
];

for (const [what, after, expected] of GENERATE_CITING) {
  test(`amendment: ${what}`, () => {
    const cmp = compareVersions(CITING, after);
    assert.deepEqual(amendmentClauses(cmp).clauses, expected);
    for (const kind of ['decision', 'protocol'] as const) {
      const result = consolidate(CITING, amendmentText(cmp, { kind }));
      assert.deepEqual(result.problems, []);
      assert.equal(result.text, after);
    }
  });
}

test('consolidate: in a short law whose only article of several paragraphs is changed, the paragraphs stay apart by a blank line', () => {
  const result = consolidate(CITING, '一、将第三条第一款修改为：“测试机构可以开展检测。”');
  assert.deepEqual(result.problems, []);
  assert.equal(result.text, CITING.replace('开展检验', '开展检测'));
});

test('amendment: a 修改决定 numbers its clauses 一、二、 and closes with the renumbering; a protocol has articles and entry into force', () => {
  const after = INSERTED.replace('国家鼓励', '国家支持');
  const decision = amendmentText(compareVersions(LAW, after), { kind: 'decision' });
  assert.equal(decision, `# 全国人民代表大会常务委员会关于修改《中华人民共和国测试法》的决定

全国人民代表大会常务委员会决定对《中华人民共和国测试法》作如下修改：

一、在第一条后增加一条，作为第二条：“测试工作应当遵循客观、公正的原则。”

二、将第三条中的“鼓励”修改为“支持”。

本决定自公布之日起施行。

《中华人民共和国测试法》根据本决定作相应修改并对条文顺序作相应调整，重新公布。
`);
  const protocol = amendmentText(compareVersions(LAW, after), { kind: 'protocol' });
  assert.match(protocol, /^# 关于修改《中华人民共和国测试法》的议定书\n/);
  assert.match(protocol, /\n## 第一条\n\n在原法第一条后增加一条，作为第二条：“测试工作应当遵循客观、公正的原则。”\n/);
  assert.match(protocol, /\n## 第三条\n\n原法根据本议定书作相应修改并对条文顺序作相应调整。\n\n## 第四条\n\n本议定书自.*生效。\n$/);
  assert.equal(consolidate(LAW, protocol).text, after);
});

test('amendment: a moved article is renumbered clause by clause (第X条改为第Y条) and consolidates back', () => {
  const moved = MOVED;
  const { clauses, renumberAll } = amendmentClauses(compareVersions(LAW, moved));
  assert.deepEqual(clauses, ['第四条改为第三条，第五条改为第四条，第三条改为第五条']);
  assert.equal(renumberAll, false);
  assert.deepEqual(articles(consolidate(LAW, amendmentText(compareVersions(LAW, moved))).text), articles(moved));
});

// ---------------------------------------------------------------------------
// Consolidation: reading clauses, and problems where a clause cannot be applied

test('consolidate: clauses in the style of the criminal law amendments, quotations over several paragraphs', () => {
  const { clauses } = readClauses('一、在刑法第二条中增加一款作为第三款，将该条修改为：“甲。\n\n“（一）乙；\n\n“其他“丙”的。”\n\n二、将刑法第五条第二款修改为：“丁。”\n\n三、第十条改为第九条，第十一条改为第十条。\n\n四、本修正案自2024年3月1日起施行。');
  assert.deepEqual(clauses.map((c) => c.ops), [
    [{ op: 'replace', target: { num: 2, sub: undefined }, lines: ['甲。', '（一）乙；', '其他“丙”的。'] }],
    [{ op: 'replace', target: { num: 5, sub: undefined, para: 2, item: undefined }, lines: ['丁。'] }],
    [{ op: 'renumber', pairs: [{ from: { num: 10, sub: undefined }, num: 9, sub: undefined }, { from: { num: 11, sub: undefined }, num: 10, sub: undefined }] }],
  ]);
});

test('consolidate: several replacements in one clause, and words added before or after others', () => {
  const r = consolidate(LAW, '一、将第二条中的“主管部门”修改为“有关部门”，“一万元”修改为“五万元”。\n\n二、在第三条中的“测试研究”前增加“相关”。\n\n三、在第五条中的“公布”后增加“后三十日”。');
  assert.deepEqual(r.problems, []);
  assert.equal(r.text, LAW.replace('主管部门', '有关部门').replace('一万元', '五万元').replace('开展测试研究', '开展相关测试研究').replace('自公布之日', '自公布后三十日之日'));
});

const PROBLEMS: [string, string][] = [
  ['amend.no-such-article', '一、⟦将第九条修改为：“甲。”⟧\n\n二、将第三条中的“鼓励”修改为“支持”。'],
  ['amend.no-such-paragraph', '一、⟦将第三条第二款修改为：“甲。”⟧'],
  ['amend.no-such-item', '一、⟦将第二条第一款第五项修改为：“（五）甲。”⟧'],
  ['amend.text-not-found', '一、⟦将第四条中的“鼓励”修改为“支持”⟧。'],
  ['amend.conflict', '一、删去第二条第二款。\n\n二、⟦将第二条修改为：“甲。”⟧'],
  ['amend.unreadable', '一、⟦将第三条移到第五条之后⟧。'],
];

for (const [code, source] of PROBLEMS) {
  test(`consolidate: ${code} is reported at the clause, the rest applied`, () => {
    const f = fixture(source).main;
    const result = consolidate(LAW, f.text);
    assert.deepEqual(result.problems.map((p) => [p.code, p.start, p.end]), [[code, f.marks[0].start, f.marks[0].end]], JSON.stringify(result.problems));
    // The clause that could not be applied changes nothing; a good one next to it is applied.
    if (code === 'amend.no-such-article') assert.equal(result.text, LAW.replace('国家鼓励', '国家支持'));
    else if (code !== 'amend.conflict') assert.equal(result.text, LAW);
  });
}

test('compare and generate: bad input never throws', () => {
  const piece = fc.constantFrom('第一条', '第二条之一', '## 第 三 条', '一、', '（一）', '甲乙。', '“', '”', '\n', '\n\n', '1. ', '# 某某协定', '\u0000', '𠀀');
  fc.assert(fc.property(fc.array(piece), fc.array(piece), (a, b) => {
    const cmp = compareVersions(a.join(''), b.join(''));
    assert.equal(typeof comparisonTable(cmp), 'string');
    assert.equal(typeof amendmentText(cmp, { kind: 'protocol' }), 'string');
    assert.equal(typeof consolidate(a.join(''), amendmentText(cmp)).text, 'string');
  }), { numRuns: 200 });
});

test('consolidate: bad input never throws', () => {
  fc.assert(fc.property(fc.string({ unit: fc.constantFrom('将', '第', '二', '条', '修改为', '：', '“', '”', '。', '\n', '删去', '款', '增加一条', '作为', '后', '甲') }), (amendment) => {
    const r = consolidate(LAW, amendment);
    assert.equal(typeof r.text, 'string');
  }), { numRuns: 300 });
});

// ---------------------------------------------------------------------------
// Round trip over random edits of the seed treaties: generate A→B, apply to A, get B.

const WORDS = ['缔约', '双方', '应当', '进一步', '合作', '协商', '边境', '信息', '交流', '并且', '，', '。'];

/** A random edit of a treaty's text inside its articles: a line changed, removed or added; an article removed or added as 之一. */
function edit(text: string, pick: number[], words: string[]): string {
  const model = buildTreaty(text);
  // Not the last article: an unfinished sentence there runs on into the signing clause, which then reads as part of it.
  const arts = model.articles.filter((a) => a.num !== undefined).slice(0, -1);
  if (!arts.length) return text;
  const a = arts[pick[0] % arts.length];
  const lines = model.tree.lines.filter((l) => l.start >= a.head.end && l.end <= a.end && (l.kind === 'text' || l.kind === 'item'));
  const insert = words.join('') || '合作';
  switch (pick[1] % 5) {
    case 0:
    case 1: {
      if (!lines.length) return text;
      const l = lines[pick[2] % lines.length];
      // The line keeps its last mark: a short line without one, alone before the next heading,
      // reads as a sub-heading (组织, 职权), and no amendment could say otherwise.
      const last = Math.max(l.contentStart, l.contentEnd - 1);
      const from = l.contentStart + (pick[3] % Math.max(1, last - l.contentStart));
      return text.slice(0, from) + insert + text.slice(Math.min(last, from + (pick[2] % 5)));
    }
    case 2: {
      if (lines.length < 2) return text;
      const l = lines[pick[2] % lines.length];
      return text.slice(0, l.start) + text.slice(l.end);
    }
    case 3:
      return arts.length > 1 ? text.slice(0, a.start) + text.slice(a.end) : text;
    default: {
      if (a.sub !== undefined) return text;
      const head = text.slice(a.head.start, a.head.end);
      const next = arts[arts.indexOf(a) + 1];
      if (next && next.num === a.num) return text;
      return text.slice(0, a.end) + head.replace(/第[^条]*条/, `${a.name}之一`) + '\n' + insert + '。\n\n' + text.slice(a.end);
    }
  }
}

test('round trip: for random edits of the seeds, the generated amendment applied to the old text gives the new one', () => {
  // Seeds numbered 第…条 (a joint statement numbered 一、 is compared, but amendments address articles).
  const texts = [...seeds().values()].map((s) => s.text).filter((t) => buildTreaty(t).tree.unitStyle === 'article');
  assert.ok(texts.length >= 3);
  fc.assert(fc.property(
    fc.integer({ min: 0, max: texts.length - 1 }),
    fc.array(fc.tuple(fc.array(fc.nat(), { minLength: 4, maxLength: 4 }), fc.array(fc.constantFrom(...WORDS), { maxLength: 4 })), { minLength: 1, maxLength: 3 }),
    fc.constantFrom('decision' as const, 'protocol' as const),
    (k, edits, kind) => {
      const before = texts[k];
      let after = before;
      for (const [pick, words] of edits) after = edit(after, pick, words);
      const amendment = amendmentText(compareVersions(before, after), { kind });
      const result = consolidate(before, amendment);
      assert.deepEqual(result.problems, [], amendment);
      assert.deepEqual(articles(result.text), articles(after), amendment);
    },
  ), { numRuns: 80 });
});

// ---------------------------------------------------------------------------
// treaty-diff and treaty-consolidate

function io(cwd: string) {
  const r = { cwd, out: '', err: '', stdout: (s: string) => void (r.out += s), stderr: (s: string) => void (r.err += s) };
  return r;
}

test('treaty-diff: table, amendment and json from two files; treaty-consolidate applies the amendment back', () => {
  const after = INSERTED.replace('国家鼓励', '国家支持');
  const dir = tempFolder({ 'old.md': LAW, 'new.md': after });
  const t = io(dir);
  assert.equal(runDiff(['old.md', 'new.md'], t), 0);
  assert.equal(t.out, comparisonTable(compareVersions(LAW, after)));
  const j = io(dir);
  assert.equal(runDiff(['old.md', 'new.md', '--format', 'json'], j), 0);
  assert.deepEqual(JSON.parse(j.out).filter((c: { type: string }) => c.type !== 'unchanged').map((c: { type: string; old?: string; new?: string }) => [c.type, c.old, c.new]), [['added', undefined, '第二条'], ['modified', '第三条', '第四条']]);
  const a = io(dir);
  assert.equal(runDiff(['old.md', 'new.md', '--format', 'amendment', '--kind', 'protocol'], a), 0);
  assert.match(a.out, /^# 关于修改《中华人民共和国测试法》的议定书/);
  fs.writeFileSync(path.join(dir, 'amendment.md'), a.out);
  const c = io(dir);
  assert.equal(runConsolidate(['old.md', 'amendment.md'], c), 0);
  assert.equal(c.out, after);
  assert.equal(c.err, '');
});

test('treaty-consolidate: a clause that cannot be applied is reported as file:line:column and exits 1', () => {
  const dir = tempFolder({ 'old.md': LAW, 'am.md': '# 决定\n\n一、将第三条中的“鼓励”修改为“支持”。\n\n二、删去第九条。\n' });
  const c = io(dir);
  assert.equal(runConsolidate(['old.md', 'am.md'], c), 1);
  assert.equal(c.out, LAW.replace('国家鼓励', '国家支持'));
  assert.equal(c.err, 'am.md:5:3  error  amend.no-such-article  没有第九条\n');
});

test('treaty-diff: usage errors and unreadable versions exit 2', () => {
  const dir = tempFolder({ 'old.md': LAW });
  for (const args of [['old.md'], ['old.md', 'old.md', '--format', 'docx'], ['old.md', 'old.md', '--kind', 'treaty'], ['old.md', 'missing.md'], ['old.md', 'git:-x:old.md']]) {
    const r = io(dir);
    assert.equal(runDiff(args, r), 2, args.join(' '));
    assert.match(r.err, /^treaty-diff: /);
  }
});

test('treaty-diff: git:REV:path reads a committed version against the working copy', (t) => {
  const git = (dir: string, ...args: string[]) => spawnSync('git', ['-c', 'user.email=t@t', '-c', 'user.name=t', ...args], { cwd: dir, encoding: 'utf8' });
  const dir = tempFolder({ 'law.md': LAW });
  if (git(dir, 'init', '-q').status !== 0) return t.skip('no git');
  git(dir, 'add', 'law.md');
  assert.equal(git(dir, 'commit', '-qm', 'v1').status, 0);
  fs.writeFileSync(path.join(dir, 'law.md'), LAW.replace('国家鼓励', '国家支持'));
  const r = io(dir);
  assert.equal(runDiff(['git:HEAD:law.md', 'law.md', '--format', 'amendment', '--body', '上海市人民代表大会常务委员会'], r), 0, r.err);
  assert.match(r.out, /^# 上海市人民代表大会常务委员会关于修改《中华人民共和国测试法》的决定\n/);
  assert.match(r.out, /\n一、将第三条中的“鼓励”修改为“支持”。\n/);
  const bad = io(dir);
  assert.equal(runDiff(['git:HEAD:nothing.md', 'law.md'], bad), 2);
  assert.match(bad.err, /cannot read git:HEAD:nothing\.md/);
});

// ---------------------------------------------------------------------------
// Real: the criminal law and its 修正案（十二） (test/fixtures/amendments/README.md)

const REAL = path.join(ROOT, 'test/fixtures/amendments');

test('real: every clause of 刑法修正案（十二） is read, and its text is the consolidated law, article by article', () => {
  const law = fs.readFileSync(path.join(REAL, 'xingfa-2023.md'), 'utf8');
  const amendment = fs.readFileSync(path.join(REAL, 'xingfa-amendment-12.md'), 'utf8');
  const { clauses, problems } = readClauses(amendment);
  assert.deepEqual(problems, []);
  assert.deepEqual(clauses.map((c) => c.ops.map((o) => [o.op, 'target' in o ? o.target?.num : undefined, 'lines' in o ? o.lines.length : 0])), [
    [['replace', 165, 2]], [['replace', 166, 5]], [['replace', 169, 2]],
    [['replace', 387, 1]], [['replace', 390, 10]], [['replace', 391, 1]], [['replace', 393, 1]],
  ]);
  assert.equal((clauses[3].ops[0] as { target: { para?: number } }).target.para, 1);
  // Each clause starts at its instruction (after 一、) and ends with its quotation.
  assert.ok(amendment.slice(clauses[0].start).startsWith('在刑法第一百六十五条中增加一款'));
  assert.ok(amendment.slice(0, clauses[1].end).endsWith('依照前款的规定处罚。”'));
  const result = consolidate(law, amendment);
  assert.deepEqual(result.problems, []);
  assert.deepEqual(articles(result.text), articles(law));
  assert.equal(articles(law).length, 10);
});

test('real: the paragraph 刑法修正案（十二） adds to 第一百六十五条 is generated as 增加一款, and applied back', () => {
  const law = fs.readFileSync(path.join(REAL, 'xingfa-2023.md'), 'utf8');
  const second = '\n\n其他公司、企业的董事、监事、高级管理人员违反法律、行政法规规定，实施前款行为，致使公司、企业利益遭受重大损失的，依照前款的规定处罚。';
  const before = law.replace(second, '');
  assert.notEqual(before, law);
  const cmp = compareVersions(before, law);
  assert.deepEqual(amendmentClauses(cmp).clauses, [`在第一百六十五条中增加一款，作为第二款：“${second.trim()}”`]);
  assert.equal(consolidate(before, amendmentText(cmp)).text, law);
});
