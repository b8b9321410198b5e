// Versions and amendments of texts counted by points (一、 二、 … at the top: minutes, memoranda, joint statements) and
// by 款 alone (older treaties: 第一款 第二款 …). For each shape of change: the two versions, the comparison (points
// compared as units, their numbers not as words), the amending instrument's clauses written by hand by reading the two
// texts (第二点, 增加一点，作为第二点, 删去第三点, 第二点第三段; 第二款, 增加一款), and the round trip (the amendment
// applied to the old text gives the new one). Then amendments written by hand as drafters write them, read back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareVersions, explain } from '../../server/src/features/compare';
import { amendmentClauses, amendmentText } from '../../server/src/features/amend';
import { consolidate } from '../../server/src/features/consolidate';
import { changes } from '../support/versions';

/** Minutes of talks, counted by points; the second point of two paragraphs. */
const MINUTES = `# 中华人民共和国商务部和甲国经济部经贸合作会谈纪要

中华人民共和国商务部和甲国经济部（以下简称“双方”）于2015年6月10日在北京举行会谈，就下列事项达成一致：

一、双方同意设立经贸合作工作组，每年举行一次会议。

二、工作组由双方各派五名代表组成。

工作组会议轮流在两国举行。

三、双方鼓励两国企业参加对方举办的展览会。

四、本纪要自签字之日起生效。

本纪要于2015年6月10日在北京签订，一式两份，每份均用中文和甲文写成，两种文本同等作准。

中华人民共和国商务部代表　　　　甲国经济部代表
`;

/** An older treaty whose articles are 款. */
const TREATY = `# 中甲通商条约

大清国大皇帝与甲国大君主，为两国通商事宜，各派全权大臣，议定条款如下：

第一款　嗣后两国和好，永敦睦谊。

第二款　甲国商民准在通商口岸居住贸易，照例完纳税饷。

第三款　两国商船往来，均照本约所定章程办理。

第四款　本约应由两国君主批准，于一年内在京城互换。

光绪二十年三月二十日在京城画押，缮写汉文、甲文各两份。
`;

/** Minutes cut from a longer record: its points start at 六、 (an excerpt: renumbering said point by point). */
const EXCERPT = `六、双方同意交换检验证书样本。

七、双方每年举行一次工作会晤。

八、本纪要于1994年5月10日在莫斯科签订。
`;

const renumbered = (s: string, pairs: [string, string][]) => pairs.reduce((t, [a, b]) => t.replace(a, b), s);

/** [what, old, new, the comparison, the clauses of the protocol (原协定) and whether 对…作相应调整 closes them, the clauses of the decision]. */
const SHAPES: [string, string, string, string[], string[], boolean][] = [
  ['points: words changed in a point',
    MINUTES, MINUTES.replace('各派五名代表', '各派七名代表'),
    ['=一、', '~二、', '=三、', '=四、'],
    ['将原协定第二点中的“五名”修改为“七名”'], false],
  ['points: a point inserted in the middle is an insertion, the points after it renumbered, not changed',
    MINUTES, renumbered(MINUTES, [['二、工作组由', '二、双方同意互设商务代表处。\n\n三、工作组由'], ['三、双方鼓励', '四、双方鼓励'], ['四、本纪要', '五、本纪要']]),
    ['=一、', '+二、', '=二、→三、', '=三、→四、', '=四、→五、'],
    ['在原协定第一点后增加一点，作为第二点：“二、双方同意互设商务代表处。”'], true],
  ['points: a point deleted, the points after it renumbered',
    MINUTES, renumbered(MINUTES, [['三、双方鼓励两国企业参加对方举办的展览会。\n\n', ''], ['四、本纪要', '三、本纪要']]),
    ['=一、', '=二、', '-三、', '=四、→三、'],
    ['删去原协定第三点'], true],
  ['points: a point rewritten, quoted whole with its label',
    MINUTES, MINUTES.replace('三、双方鼓励两国企业参加对方举办的展览会。', '三、双方鼓励并支持两国企业参加对方举办的展览会和投资洽谈会。'),
    ['=一、', '=二、', '~三、', '=四、'],
    ['将原协定第三点修改为：“三、双方鼓励并支持两国企业参加对方举办的展览会和投资洽谈会。”'], false],
  ['points: a paragraph added to a point (段)',
    MINUTES, MINUTES.replace('工作组会议轮流在两国举行。', '工作组会议轮流在两国举行。\n\n工作组可以设立专家小组。'),
    ['=一、', '~二、', '=三、', '=四、'],
    ['在原协定第二点中增加一段，作为第三段：“工作组可以设立专家小组。”'], false],
  ['points: a paragraph of a point rewritten (第二点第二段)',
    MINUTES, MINUTES.replace('工作组会议轮流在两国举行。', '工作组会议每年在两国轮流举行，由东道方主持。'),
    ['=一、', '~二、', '=三、', '=四、'],
    ['将原协定第二点第二段修改为：“工作组会议每年在两国轮流举行，由东道方主持。”'], false],
  ['points of an excerpt (六、 七、 八、): a point inserted, the renumbering said point by point',
    EXCERPT, renumbered(EXCERPT, [['七、双方每年', '七、双方互派检验专家。\n\n八、双方每年'], ['八、本纪要', '九、本纪要']]),
    ['=六、', '+七、', '=七、→八、', '=八、→九、'],
    ['在原协定第六点后增加一点，作为第七点：“七、双方互派检验专家。”', '原协定第七点改为第八点，原协定第八点改为第九点'], false],
  ['款 alone: words changed in an article (第二款)',
    TREATY, TREATY.replace('照例完纳', '照章完纳'),
    ['=第一款', '~第二款', '=第三款', '=第四款'],
    ['将原条约第二款中的“照例”修改为“照章”'], false],
  ['款 alone: an article inserted in the middle (增加一款), the articles after it renumbered',
    TREATY, renumbered(TREATY, [['第二款　甲国', '第二款　两国人民各在对方境内，均获保护。\n\n第三款　甲国'], ['第三款　两国商船', '第四款　两国商船'], ['第四款　本约', '第五款　本约']]),
    ['=第一款', '+第二款', '=第二款→第三款', '=第三款→第四款', '=第四款→第五款'],
    ['在原条约第一款后增加一款，作为第二款：“两国人民各在对方境内，均获保护。”'], true],
  ['款 alone: a paragraph added to an article (段)',
    TREATY, TREATY.replace('照例完纳税饷。', '照例完纳税饷。\n\n前项商民须遵守地方章程。'),
    ['=第一款', '~第二款', '=第三款', '=第四款'],
    ['在原条约第二款中增加一段，作为第二段：“前项商民须遵守地方章程。”'], false],
];

/** The text without white space: an added paragraph is laid out as the base lays out its paragraphs, not as the new version chose. */
const words = (s: string) => s.replace(/[\s\u3000]+/g, '');

for (const [what, old, next, compared, clauses, renumberAll] of SHAPES) {
  test(`versions by points and 款: ${what}`, () => {
    assert.deepEqual(changes(old, next), compared, 'the comparison');
    const cmp = compareVersions(old, next);
    const orig = old === TREATY ? '原条约' : '原协定';
    assert.deepEqual(amendmentClauses(cmp, orig), { clauses, renumberAll }, 'the protocol\'s clauses');
    // The decision names the units without the instrument.
    assert.deepEqual(amendmentClauses(cmp).clauses, clauses.map((c) => c.split(orig).join('')), 'the decision\'s clauses');
    for (const kind of ['protocol', 'decision'] as const) {
      const amendment = amendmentText(cmp, { kind });
      const back = consolidate(old, amendment);
      assert.deepEqual(back.problems, [], `${kind}: no problem\n${amendment}`);
      assert.equal(words(back.text), words(next), `${kind}: the new version\n${amendment}`);
    }
  });
}

test('versions by points: the protocol amending minutes, whole — the renumbering of the points closes its clauses', () => {
  const next = renumbered(MINUTES, [['二、工作组由', '二、双方同意互设商务代表处。\n\n三、工作组由'], ['三、双方鼓励', '四、双方鼓励'], ['四、本纪要', '五、本纪要']]);
  const amendment = amendmentText(compareVersions(MINUTES, next), { kind: 'protocol' });
  assert.equal(amendment, `# 关于修改《中华人民共和国商务部和甲国经济部经贸合作会谈纪要》的议定书

中华人民共和国商务部和甲国经济部（以下简称“双方”），为修改2015年6月10日在北京签订的《中华人民共和国商务部和甲国经济部经贸合作会谈纪要》（以下简称“原纪要”），达成协议如下：

## 第一条

在原纪要第一点后增加一点，作为第二点：“二、双方同意互设商务代表处。”

## 第二条

原纪要根据本议定书作相应修改并对各点序号作相应调整。

## 第三条

本议定书自双方完成各自国内法律程序并相互通知之日起生效。

本议定书于　　年　　月　　日在　　签订，一式两份，每份均用中文和甲文写成，两种文本同等作准。

中华人民共和国商务部代表

（签字）

甲国经济部代表

（签字）
`);
  // Applied, exactly the new version: the new point written as the text writes its points, the later ones relabelled.
  const back = consolidate(MINUTES, amendment);
  assert.deepEqual(back.problems, []);
  assert.equal(back.text, next);
});

test('versions by points: the 修改对照表 says a point renumbered as a point (原第二点改为第三点), not its label', () => {
  const next = renumbered(MINUTES, [['二、工作组由', '二、双方同意互设商务代表处。\n\n三、工作组由'], ['三、双方鼓励', '四、双方鼓励'], ['四、本纪要', '五、本纪要']]);
  assert.deepEqual(compareVersions(MINUTES, next).changes.map(explain), ['未修改', '新增', '原第二点改为第三点', '原第三点改为第四点', '原第四点改为第五点']);
  const kuan = renumbered(TREATY, [['第二款　甲国', '第二款　两国人民各在对方境内，均获保护。\n\n第三款　甲国'], ['第三款　两国商船', '第四款　两国商船'], ['第四款　本约', '第五款　本约']]);
  assert.deepEqual(compareVersions(TREATY, kuan).changes.map(explain), ['未修改', '新增', '原第二款改为第三款', '原第三款改为第四款', '原第四款改为第五款']);
});

/** [what, base, the amendment as drafters write it, the consolidated text]. */
const WRITTEN: [string, string, string, string][] = [
  ['将第三点修改为 with the point quoted with its label: the label written once',
    MINUTES, '一、将第三点修改为：“三、双方鼓励两国企业互办展览会。”',
    MINUTES.replace('三、双方鼓励两国企业参加对方举办的展览会。', '三、双方鼓励两国企业互办展览会。')],
  ['第三点修改为, 将 unwritten, the point quoted without its label: its label kept',
    MINUTES, '一、第三点修改为：“双方鼓励两国企业互办展览会。”',
    MINUTES.replace('三、双方鼓励两国企业参加对方举办的展览会。', '三、双方鼓励两国企业互办展览会。')],
  ['删去第三点 and the points renumbered (对各点序号作相应调整)',
    MINUTES, '一、删去第三点。\n\n二、对各点序号作相应调整。',
    MINUTES.replace('三、双方鼓励两国企业参加对方举办的展览会。\n\n', '').replace('四、本纪要', '三、本纪要')],
  ['增加一点，作为第四点: written as the text writes its points',
    MINUTES, '一、在第三点后增加一点，作为第四点：“四、双方加强海关合作。”\n\n二、对各点序号作相应调整。',
    MINUTES.replace('四、本纪要', '四、双方加强海关合作。\n\n五、本纪要')],
  ['a point\'s paragraph (第二点第二段) replaced',
    MINUTES, '一、将第二点第二段修改为：“工作组会议每年在两国轮流举行。”',
    MINUTES.replace('工作组会议轮流在两国举行。', '工作组会议每年在两国轮流举行。')],
  ['a point called 项 where nothing names it otherwise (将第一项中的…)',
    MINUTES, '一、将第一项中的“每年”修改为“每半年”。',
    MINUTES.replace('每年举行一次会议', '每半年举行一次会议')],
  ['the preamble of a text of points still counted by its 段 (序言第一段 is no point)',
    MINUTES, '一、将序言第一段修改为：“中华人民共和国商务部和甲国经济部（以下简称“双方”）举行会谈，就下列事项达成一致：”',
    MINUTES.replace('于2015年6月10日在北京举行会谈', '举行会谈')],
  ['款 alone: 删去第三款 and the articles renumbered',
    TREATY, '一、删去第三款。\n\n二、对条文顺序作相应调整。',
    TREATY.replace('第三款　两国商船往来，均照本约所定章程办理。\n\n', '').replace('第四款　本约', '第三款　本约')],
  ['款 alone: 将第四款修改为 (an article of an older treaty, not a paragraph)',
    TREATY, '一、将第四款修改为：“本约应由两国君主批准，于六个月内在京城互换。”',
    TREATY.replace('于一年内', '于六个月内')],
];

for (const [what, base, amendment, expected] of WRITTEN) {
  test(`consolidate by points and 款: ${what}`, () => {
    const r = consolidate(base, amendment);
    assert.deepEqual(r.problems, []);
    assert.equal(r.text, expected);
  });
}

test('consolidate by points and 款: a unit the text does not have is reported as the text counts its units', () => {
  const r = consolidate(MINUTES, '一、将第九点修改为：“九、双方加强合作。”\n\n二、将第二点第五段修改为：“工作组会议每年举行。”');
  assert.deepEqual(r.problems.map((p) => [p.code, p.message]), [['amend.no-such-article', '没有第九点'], ['amend.no-such-paragraph', '第二点没有第五段']]);
  assert.equal(r.text, MINUTES);
  const k = consolidate(TREATY, '一、将第二款第三段修改为：“甲国商民照章纳税。”');
  assert.deepEqual(k.problems.map((p) => [p.code, p.message]), [['amend.no-such-paragraph', '第二款没有第三段']]);
});

/** A notice numbering its points anew under each part: two 第二点, two 第三点. */
const NOTICE = `# 关于加强边境管理的通知

各有关单位：

为加强边境管理，现就有关事项通知如下：

## 一、总体要求

一、坚持依法管理。

二、坚持统筹协调。

三、坚持分类指导。

## 二、主要措施

一、加强口岸管理。

二、加强巡逻执勤。

三、加强信息共享。
`;

// The generator names a point of such a text with its part (第一部分第二点: the part counted as the text numbers its points
// anew, the first part 1), and consolidation finds it there: each amendment below, written by reading the two versions,
// applied to the old text gives the new one.
const IN_PARTS: Array<[string, string, string[]]> = [
  ['words added in the first part’s second point', NOTICE.replace('二、坚持统筹协调。', '二、坚持统筹协调，形成合力。'), ['在第一部分第二点中的“协调”后增加“，形成合力”']],
  ['words added in the second part’s second point', NOTICE.replace('二、加强巡逻执勤。', '二、加强边境巡逻执勤。'), ['在第二部分第二点中的“加强”后增加“边境”']],
  ['a point of the second part deleted, the one after it renumbered within its part', NOTICE.replace('二、加强巡逻执勤。\n\n三、加强信息共享。', '二、加强信息共享。'), ['删去第二部分第二点', '第二部分第三点改为第二部分第二点']],
  ['a point added at the end of the first part', NOTICE.replace('三、坚持分类指导。', '三、坚持分类指导。\n\n四、坚持从严要求。'), ['在第一部分第三点后增加一点，作为第一部分第四点：“四、坚持从严要求。”']],
  [
    'a point changed in each part',
    NOTICE.replace('二、坚持统筹协调。', '二、坚持统筹协调，形成合力。').replace('三、加强信息共享。', '三、加强信息共享，互通情报。'),
    ['在第一部分第二点中的“协调”后增加“，形成合力”', '在第二部分第三点中的“共享”后增加“，互通情报”'],
  ],
];

for (const [what, next, expected] of IN_PARTS) {
  test(`points numbered anew under each part, round trip: ${what}`, () => {
    const { clauses } = amendmentClauses(compareVersions(NOTICE, next));
    assert.deepEqual(clauses, expected);
    const r = consolidate(NOTICE, clauses.map((c, i) => `${'一二三四五'[i]}、${c}。`).join('\n'));
    assert.deepEqual(r.problems, []);
    assert.equal(r.text, next);
  });
}

test('points numbered anew under each part, by hand: 第二部分第三点 is the second part’s; 第三部分第一点 is no point; a text numbered once takes 第一部分第二点 as its 第二点', () => {
  const r = consolidate(NOTICE, '一、将第二部分第三点修改为：“三、加强信息共享和联合执法。”\n二、删去第三部分第一点。');
  assert.deepEqual(r.problems.map((p) => [p.code, p.message]), [['amend.no-such-article', '没有第一点']]);
  assert.equal(r.text, NOTICE.replace('三、加强信息共享。', '三、加强信息共享和联合执法。'));
  const once = consolidate(MINUTES, '一、删去第一部分第二点。');
  assert.deepEqual(once.problems, []);
  assert.ok(!once.text.includes('工作组由双方'));
});

test('a clause naming a point the text numbers twice (points numbered anew under each part) is reported, not applied to the first', () => {
  const amendment = '一、删去第二点。\n\n二、将第三点修改为：“三、坚持因地制宜。”\n';
  const r = consolidate(NOTICE, amendment);
  assert.deepEqual(r.problems.map((p) => [p.code, amendment.slice(p.start, p.end), p.message]), [
    ['amend.ambiguous', '删去第二点', '本文件有两个第二点，这一修改所指不明，未应用'],
    ['amend.ambiguous', '将第三点修改为：“三、坚持因地制宜。”', '本文件有两个第三点，这一修改所指不明，未应用'],
  ]);
  assert.equal(r.text, NOTICE);
  // Numbered once (the minutes): the same clauses applied.
  const once = consolidate(MINUTES, amendment);
  assert.deepEqual(once.problems, []);
  assert.ok(!once.text.includes('工作组由双方') && once.text.includes('三、坚持因地制宜。'), once.text);
});

// Session 59: a page converted with every comma doubled writes a point's label `一,、` (the Federated States of Micronesia's
// joint statement of 2024, test/fixtures/real/statement_cn_fm_2024_xingmingjy_pinyin_hant.md), which lines.ts paraAt reads
// as the label. A point quoted whole with that label had the label written twice: `一,、一,、雙方…`.
test('consolidate by points: a point quoted whole with its label written `一,、` as the text writes it, the label once', () => {
  const base = '# 甲乙聯合聲明\n\n一,、雙方積極評價建交以來雙邊關係發展成果。\n\n二,、雙方同意加強合作。\n\n三,、本聲明以中文寫成。\n';
  const r = consolidate(base, '# 決定\n\n一、将第一点修改为：“一,、雙方積極評價建交35年以來雙邊關係發展成果。”\n\n二、将第三点修改为：“三、本聲明以中文和英文寫成。”\n');
  assert.deepEqual(r.problems, []);
  assert.equal(r.text, base.replace('建交以來', '建交35年以來').replace('以中文寫成', '以中文和英文寫成'));
});

// Session 63: a declaration numbering its sections by a numeral alone on its line (`一` over its words, `二` …: the SCO heads
// of state's declarations, lines.ts bareNumeralPoints). A point added or quoted whole was written `二缔约…` — its label glued to
// its words, which is no point: the bare numerals were then text again and the comparison saw every section deleted. The
// amendment quotes the label as a paragraph of its own (`“二` / `“…”`), and consolidation writes it on its line, over the words.
const BARE = `# 甲乙丙三国元首宣言

甲国、乙国和丙国元首于2014年9月12日举行会晤，并宣示如下：

一
世界正经历复杂的过渡时期，国际格局多极化正在形成。

二
各国重申将继续加强在政治、经济和人文领域的合作。

三
各国元首商定下次会晤于2015年在乙国举行。
`;

test('versions by bare numerals (`二` alone on its line): a section inserted is quoted with its label on a line of its own, and written back so', () => {
  const next = renumbered(BARE, [['二\n各国重申', '二\n各国支持通过对话协商解决地区热点问题。\n\n三\n各国重申'], ['三\n各国元首', '四\n各国元首']]);
  assert.deepEqual(changes(BARE, next), ['=一、', '+二、', '=二、→三、', '=三、→四、'], 'the comparison');
  const cmp = compareVersions(BARE, next);
  assert.deepEqual(amendmentClauses(cmp, '原宣言'), { clauses: ['在原宣言第一点后增加一点，作为第二点：“二\n\n“各国支持通过对话协商解决地区热点问题。”'], renumberAll: true });
  for (const kind of ['protocol', 'decision'] as const) {
    const back = consolidate(BARE, amendmentText(cmp, { kind }));
    assert.deepEqual(back.problems, []);
    // Exactly the new version: the new section's numeral alone on its line, the later ones renumbered.
    assert.equal(back.text.replace(/\n+/g, '\n'), next.replace(/\n+/g, '\n'), kind);
  }
});

test('versions by bare numerals: a section rewritten is quoted whole with its label on a line of its own', () => {
  const next = BARE.replace('各国重申将继续加强在政治、经济和人文领域的合作。', '各国重申将继续深化在政治、安全、经济和人文领域的全面合作。');
  const cmp = compareVersions(BARE, next);
  const { clauses } = amendmentClauses(cmp, '原宣言');
  assert.deepEqual(clauses, ['将原宣言第二点修改为：“二\n\n“各国重申将继续深化在政治、安全、经济和人文领域的全面合作。”']);
  const back = consolidate(BARE, amendmentText(cmp, { kind: 'decision' }));
  assert.deepEqual(back.problems, []);
  assert.equal(back.text, next);
});

test('consolidate by bare numerals: a section added as drafters write it, without its label or with it alone, is written `四` over its words', () => {
  const added = BARE.replace(/\n$/, '\n\n四\n各国元首对乙国的热情接待表示感谢。\n');
  for (const quoted of ['“各国元首对乙国的热情接待表示感谢。”', '“四\n\n“各国元首对乙国的热情接待表示感谢。”']) {
    const r = consolidate(BARE, `一、在第三点后增加一点，作为第四点：${quoted}`);
    assert.deepEqual(r.problems, []);
    assert.equal(r.text.replace(/\n+/g, '\n'), added.replace(/\n+/g, '\n'), quoted);
  }
});
