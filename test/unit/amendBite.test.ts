// Generating the amending instrument (features/amend.ts): for two versions, the whole list of
// clauses and the whole instrument, and each generated instrument applied back to the old text
// gives the new one (consolidate.ts). The expected clauses were written by reading the two texts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareVersions } from '../../server/src/features/compare';
import { amendmentClauses, amendmentText, quote } from '../../server/src/features/amend';
import { consolidate } from '../../server/src/features/consolidate';
import { consolidateTexts } from '../../server/src/features/versionCommands';
import { diagnostics } from '../../server/src/features/diagnostics';
import { textContext } from '../../server/src/features/context';
import { LAW } from '../support/versions';

const P1 = '有下列情形之一的，由主管部门责令改正：';
const P2 = '违反前款规定，情节严重的，处一万元以下罚款。';

/** [what, the new version, its clauses, whether the renumbering is left to 对条文顺序作相应调整]. */
const CLAUSES: [string, string, string[], boolean][] = [
  ['two items changed: the paragraph, quoted line by line',
    LAW.replace('未按规定登记的', '未按规定备案的').replace('拒绝检查的', '拒绝或者阻碍检查的'),
    [`将第二条第一款修改为：“${P1}\n\n“（一）未按规定备案的；\n\n“（二）拒绝或者阻碍检查的。”`], false],
  ['an item added: the paragraph',
    LAW.replace('（二）拒绝检查的。', '（二）拒绝检查的；\n\n（三）其他情形的。'),
    [`将第二条第一款修改为：“${P1}\n\n“（一）未按规定登记的；\n\n“（二）拒绝检查的；\n\n“（三）其他情形的。”`], false],
  ['words replaced in the paragraph before the items',
    LAW.replace('由主管部门', '由有关部门'),
    ['将第二条中的“主管”修改为“有关”'], false],
  ['words deleted',
    LAW.replace('国家鼓励开展', '国家开展'),
    ['删去第三条中的“鼓励”'], false],
  ['words added at the very start: the paragraph',
    LAW.replace('国家鼓励开展', '我国国家鼓励开展'),
    ['将第三条修改为：“我国国家鼓励开展示例研究。”'], false],
  ['words found several times in the article, once in the paragraph: the paragraph named',
    LAW.replace('情节严重的', '情节严重者'),
    ['将第二条第二款中的“的”修改为“者”'], false],
  ['words longer than 40 characters: the paragraph',
    LAW.replace('示例研究', '示例研究、示例教育、示例推广、示例交流、示例合作、示例评估、示例咨询、示例认证和示例标准化'),
    ['将第三条修改为：“国家鼓励开展示例研究、示例教育、示例推广、示例交流、示例合作、示例评估、示例咨询、示例认证和示例标准化。”'], false],
  ['words added, 40 characters: after words',
    LAW.replace('示例研究', '示例研究、示例教育、示例推广、示例交流、示例合作、示例评估、示例咨询、示例认证和示例标准'),
    ['在第三条中的“研究”后增加“、示例教育、示例推广、示例交流、示例合作、示例评估、示例咨询、示例认证和示例标准”'], false],
  // Quotation marks inside the quoted text written ‘’, as drafters write them (本条所称‘赔偿权利人’).
  ['words with quotation marks: the paragraph',
    LAW.replace('开展示例研究', '开展“示例”研究'),
    ['将第三条修改为：“国家鼓励开展‘示例’研究。”'], false],
  ['two runs of words changed: the paragraph',
    LAW.replace('国家鼓励开展示例研究', '国家支持开展示例工作'),
    ['将第三条修改为：“国家支持开展示例工作。”'], false],
  ['words added after words: the shortest unique words before them',
    LAW.replace('自公布之日', '自公布后三十日之日'),
    ['在第四条中的“公布”后增加“后三十日”'], false],
  ['a paragraph added between two',
    LAW.replace(`\n\n${P2}`, `\n\n拒不改正的，责令停止。\n\n${P2}`),
    ['在第二条中增加一款，作为第二款：“拒不改正的，责令停止。”'], false],
  ['the first paragraph, with its items, deleted',
    LAW.replace(`${P1}\n\n（一）未按规定登记的；\n\n（二）拒绝检查的。\n\n`, ''),
    ['删去第二条第一款'], false],
  ['both paragraphs changed: the article, quoted line by line',
    LAW.replace('由主管部门', '由有关部门').replace('一万元', '五万元'),
    ['将第二条修改为：“有下列情形之一的，由有关部门责令改正：\n\n“（一）未按规定登记的；\n\n“（二）拒绝检查的。\n\n“违反前款规定，情节严重的，处五万元以下罚款。”'], false],
  ['a paragraph of one paragraph split in two, both changed: the article',
    LAW.replace('国家鼓励开展示例研究。', '国家支持示例研究。\n\n地方人民政府提供便利。'),
    ['将第三条修改为：“国家支持示例研究。\n\n“地方人民政府提供便利。”'], false],
  ['an article added before the first one',
    LAW.replace('第四条', '第五条').replace('第三条', '第四条').replace('第二条　', '第三条　').replace('第一条', '第二条').replace('## 第一章　总则\n\n', '## 第一章　总则\n\n第一条　示例工作应当公正。\n\n'),
    ['在第一条前增加一条，作为第一条：“示例工作应当公正。”'], true],
  ['an article replaced by another of other words: added after the one before, then deleted',
    LAW.replace('本法自公布之日起施行。', '县级以上地方政府设立专项基金。'),
    ['在第三条后增加一条，作为第四条：“县级以上地方政府设立专项基金。”', '删去第四条'], false],
  ['the first article replaced by another: added before the deleted one',
    LAW.replace('为了规范示例工作，制定本法。', '县级以上地方政府设立专项基金。'),
    ['在第一条前增加一条，作为第一条：“县级以上地方政府设立专项基金。”', '删去第一条'], false],
  ['an article deleted and one added as 之一: renumbered clause by clause',
    LAW.replace(`第二条　${P1}\n\n（一）未按规定登记的；\n\n（二）拒绝检查的。\n\n${P2}\n\n`, '').replace('第三条', '第二条').replace('第四条　本法自公布之日起施行。\n', '第三条　本法自公布之日起施行。\n\n第三条之一　县级以上地方政府设立专项基金。\n'),
    ['删去第二条', '在第四条后增加一条，作为第三条之一：“县级以上地方政府设立专项基金。”', '第三条改为第二条，第四条改为第三条'], false],
];

for (const [what, after, expected, renumberAll] of CLAUSES) {
  test(`amendment clauses: ${what}`, () => {
    const cmp = compareVersions(LAW, after);
    assert.deepEqual(amendmentClauses(cmp), { clauses: expected, renumberAll });
    for (const kind of ['decision', 'protocol'] as const) {
      const amendment = amendmentText(cmp, { kind });
      const r = consolidate(LAW, amendment);
      assert.deepEqual(r.problems, [], amendment);
      assert.equal(r.text, after, amendment);
    }
  });
}

/** Four articles of a law, 第一条 to 第四条. */
const law4 = (...arts: string[]) => `# 示例法\n\n${arts.map((t, i) => `第${'一二三四'[i]}条　${t}\n`).join('\n')}`;
const L4 = ['为了规范示例工作，制定本法。', '国家鼓励开展示例研究。', '地方人民政府提供便利。', '本法自公布之日起施行。'];
const SWAPPED: [string, string[], string[]][] = [
  ['two articles swapped (第二条 moved before 第一条): each renumbering said, not left to 对条文顺序作相应调整',
    [L4[1], L4[0], L4[2], L4[3]], ['第二条改为第一条，第一条改为第二条']],
  ['the article moved is also modified: its words changed in the old numbering, then each renumbering said',
    [L4[1].replace('鼓励', '支持'), L4[0], L4[2], L4[3]], ['将第二条中的“鼓励”修改为“支持”', '第二条改为第一条，第一条改为第二条']],
];
for (const [what, arts, expected] of SWAPPED) {
  test(`amendment clauses: ${what}`, () => {
    const before = law4(...L4);
    const after = law4(...arts);
    const cmp = compareVersions(before, after);
    assert.deepEqual(amendmentClauses(cmp), { clauses: expected, renumberAll: false });
    const r = consolidate(before, amendmentText(cmp, { kind: 'decision' }));
    assert.deepEqual(r.problems, []);
    assert.equal(r.text, after);
  });
}

/** A law citing one of its own articles. */
const CITING = '# 示例法\n\n第一条　依照本法第十二条的规定处理。\n\n第二条　本法自公布之日起施行。\n';

/** [what, the new version of CITING, its clauses]. */
const WIDENED: [string, string, string[]][] = [
  // The words differ in 第 → 第二: the reference they cut into, at its end, is quoted whole.
  ['a reference cut into at its end', CITING.replace('第十二条', '第二十二条'), ['将第一条中的“第十二条”修改为“第二十二条”']],
  // 十二条 → 十三条: the reference cut into at its start.
  ['a reference cut into at its start', CITING.replace('第十二条', '第十三条'), ['将第一条中的“第十二条”修改为“第十三条”']],
  ['words replaced at the very start of an article', CITING.replace('依照本法', '按照本法'), ['将第一条中的“依照”修改为“按照”']],
  // 处理 → 办理 comes after 第十二条 and does not cut into it: the words alone, not widened back to the reference.
  ['words replaced after a reference they do not cut into', CITING.replace('处理', '办理'), ['将第一条中的“处理”修改为“办理”']],
];

for (const [what, after, expected] of WIDENED) {
  test(`amendment clauses: ${what}`, () => {
    const cmp = compareVersions(CITING, after);
    assert.deepEqual(amendmentClauses(cmp), { clauses: expected, renumberAll: false });
    const r = consolidate(CITING, amendmentText(cmp));
    assert.deepEqual(r.problems, []);
    assert.equal(r.text, after);
  });
}

test('amendment text: a clause without a quotation and one quoting 中的“…” after a colon; the title renamed (将名称修改为), the old one cited', () => {
  const after = LAW.replace('# 中华人民共和国示例法', '# 中华人民共和国示例管理法').replace('为了规范示例工作，制定本法。', '为了规范示例工作，制定本法。本法中的“示例”，是指样本。').replace('第三条　国家鼓励开展示例研究。\n\n', '');
  const cmp = compareVersions(LAW, after);
  assert.equal(amendmentText(cmp), `# 全国人民代表大会常务委员会关于修改《中华人民共和国示例法》的决定

全国人民代表大会常务委员会决定对《中华人民共和国示例法》作如下修改：

一、将名称修改为：“中华人民共和国示例管理法”

二、将第一条修改为：“为了规范示例工作，制定本法。本法中的‘示例’，是指样本。”

三、删去第三条。

本决定自公布之日起施行。

《中华人民共和国示例法》根据本决定作相应修改，重新公布。
`);
  // The title renamed too (the decision cites the old one).
  assert.equal(consolidate(LAW, amendmentText(cmp)).text, after);
});

test('amendment clauses: an article added to a text without articles', () => {
  const cmp = compareVersions('# 示例协定\n\n双方同意合作。\n', '# 示例协定\n\n双方同意合作。\n\n第一条　双方互相通报。\n');
  assert.deepEqual(amendmentClauses(cmp), { clauses: ['增加一条，作为第一条：“双方互相通报。”'], renumberAll: false });
});

test('amendment clauses: asked again, the same; the list returned is the caller’s own', () => {
  const cmp = compareVersions(LAW, LAW.replace('国家鼓励开展', '国家开展'));
  const first = amendmentClauses(cmp);
  first.clauses.push('changed by the caller');
  assert.deepEqual(amendmentClauses(cmp), { clauses: ['删去第三条中的“鼓励”'], renumberAll: false });
  assert.deepEqual(amendmentClauses(cmp, '原法'), { clauses: ['删去原法第三条中的“鼓励”'], renumberAll: false });
});

test('quote: every paragraph opens with “, the last closes with ”', () => {
  assert.equal(quote(['甲。', '乙。']), '“甲。\n\n“乙。”');
  assert.equal(quote(['甲。']), '“甲。”');
});

test('amendment text: a 修改决定 by its body, each clause a sentence (a quoted text after a colon has its own full stop)', () => {
  const after = LAW.replace('国家鼓励开展', '国家鼓励和支持开展').replace('自公布之日', '自公布后三十日之日').replace('（二）拒绝检查的。', '（二）拒绝或者阻碍检查的。');
  const cmp = compareVersions(LAW, after);
  assert.equal(amendmentText(cmp, { body: '某某省人民代表大会常务委员会' }), `# 某某省人民代表大会常务委员会关于修改《中华人民共和国示例法》的决定

某某省人民代表大会常务委员会决定对《中华人民共和国示例法》作如下修改：

一、将第二条第一款第二项修改为：“（二）拒绝或者阻碍检查的。”

二、在第三条中的“鼓励”后增加“和支持”。

三、在第四条中的“公布”后增加“后三十日”。

本决定自公布之日起施行。

《中华人民共和国示例法》根据本决定作相应修改，重新公布。
`);
  assert.equal(consolidate(LAW, amendmentText(cmp)).text, after);
});

test('amendment text: a 修改决定 of words replaced and deleted: each with its full stop', () => {
  const cmp = compareVersions(LAW, LAW.replace('由主管部门', '由有关部门').replace('国家鼓励开展', '国家开展'));
  assert.equal(amendmentText(cmp), `# 全国人民代表大会常务委员会关于修改《中华人民共和国示例法》的决定

全国人民代表大会常务委员会决定对《中华人民共和国示例法》作如下修改：

一、将第二条中的“主管”修改为“有关”。

二、删去第三条中的“鼓励”。

本决定自公布之日起施行。

《中华人民共和国示例法》根据本决定作相应修改，重新公布。
`);
});

const CLOSE = '\n\n## 第二条\n\n本议定书自双方完成各自国内法律程序并相互通知之日起生效。\n';
/** The protocol amending `cited`; `parties`: the names its title gives them, which open it (else 缔约双方 agree, naming none). */
const protocol = (cited: string, orig: string, parties?: string) =>
  `# 关于修改${cited}的议定书\n\n${parties ? `${parties}（以下简称“双方”），为修改${cited}（以下简称“${orig}”），达成协议如下：` : `缔约双方同意对${cited}（以下简称“${orig}”）作如下修改：`}\n\n## 第一条\n\n将${orig}第一条中的“合作”修改为“广泛交流”。${CLOSE}`;

/** [the old version's title line, the whole instrument: its kind and its name for the old text follow the old version's kind]. */
const KINDS: [string, string][] = [
  ['# 示例管理条例', '# 全国人民代表大会常务委员会关于修改《示例管理条例》的决定\n\n全国人民代表大会常务委员会决定对《示例管理条例》作如下修改：\n\n一、将第一条中的“合作”修改为“广泛交流”。\n\n本决定自公布之日起施行。\n\n《示例管理条例》根据本决定作相应修改，重新公布。\n'],
  ['# 中华人民共和国政府和某国政府关于合作的协定', protocol('《中华人民共和国政府和某国政府关于合作的协定》', '原协定', '中华人民共和国政府和某国政府')],
  ['# 关于合作的议定书', protocol('《关于合作的议定书》', '原议定书')],
  // A kind of several words is called by its shortest ending that is a kind itself: 原声明, 原备忘录, 原纪要.
  ['# 中华人民共和国和某国关于合作的联合声明', protocol('《中华人民共和国和某国关于合作的联合声明》', '原声明', '中华人民共和国和某国')],
  ['# 中华人民共和国政府和某国政府关于合作的谅解备忘录', protocol('《中华人民共和国政府和某国政府关于合作的谅解备忘录》', '原备忘录', '中华人民共和国政府和某国政府')],
  ['# 中华人民共和国商务部和某国经济部关于经贸合作的会谈纪要', protocol('《中华人民共和国商务部和某国经济部关于经贸合作的会谈纪要》', '原纪要', '中华人民共和国商务部和某国经济部')],
  // A 办法 (as a 规定, a 决定) is a domestic text: amended by a decision, not a protocol between parties.
  ['# 某某办法', '# 全国人民代表大会常务委员会关于修改《某某办法》的决定\n\n全国人民代表大会常务委员会决定对《某某办法》作如下修改：\n\n一、将第一条中的“合作”修改为“广泛交流”。\n\n本决定自公布之日起施行。\n\n《某某办法》根据本决定作相应修改，重新公布。\n'],
  ['', protocol('原文本', '原协定')],
];

for (const [title, expected] of KINDS) {
  test(`amendment text: the kind of instrument, by the old version (${title || 'no title'})`, () => {
    const old = `${title ? `${title}\n\n` : ''}第一条　双方开展合作。\n\n第二条　本文件自签署之日起生效。\n`;
    assert.equal(amendmentText(compareVersions(old, old.replace('双方开展合作', '双方开展广泛交流'))), expected);
  });
}

/** A signed agreement: its parties defined in the preamble, its signing clause, its signatures. */
const SIGNED = (signing: string) => `# 中华人民共和国政府和甲国政府文化合作协定

中华人民共和国政府和甲国政府（以下简称“缔约双方”），达成协议如下：

第一条　缔约双方开展文化合作。

第二条　本协定自签字之日起生效。

${signing}

中华人民共和国政府代表　　　　甲国政府代表

王五　　　　　　　　　　　　赵六
`;

test("amendment text: a protocol to a signed agreement opens with its parties and its date and place of signing, and closes with a signing clause left blank as the agreement's (copies, languages, authentic texts) and a signature for each party", () => {
  const old = SIGNED('本协定于2001年7月16日在莫斯科签订，一式两份，每份均用中文和甲文写成，两种文本同等作准。如对本协定的解释发生分歧，以中文本为准。');
  assert.equal(amendmentText(compareVersions(old, old.replace('开展文化合作', '开展广泛的文化合作'))), `# 关于修改《中华人民共和国政府和甲国政府文化合作协定》的议定书

中华人民共和国政府和甲国政府（以下简称“缔约双方”），为修改2001年7月16日在莫斯科签订的《中华人民共和国政府和甲国政府文化合作协定》（以下简称“原协定”），达成协议如下：

## 第一条

在原协定第一条中的“开展”后增加“广泛的”。

## 第二条

本议定书自缔约双方完成各自国内法律程序并相互通知之日起生效。

本议定书于　　年　　月　　日在　　签订，一式两份，每份均用中文和甲文写成，两种文本同等作准。如对本议定书的解释发生分歧，以中文本为准。

中华人民共和国政府代表

（签字）

甲国政府代表

（签字）
`);
});

test("amendment text: the protocol's signing clause — the agreement's words after its copies as written (ASCII commas kept, a fragment a page cut left out), else its copies and languages written anew", () => {
  const closing = (signing: string) => {
    const old = SIGNED(signing);
    const text = amendmentText(compareVersions(old, old.replace('开展文化合作', '开展广泛的文化合作')));
    return text.slice(text.indexOf('\n本议定书于') + 1, text.indexOf('\n\n中华人民共和国政府代表'));
  };
  assert.equal(closing('本协定于2001年7月16日在莫斯科签署,一式两份,每份均用中文和甲文写成,两种文本同等作准。'), '本议定书于　　年　　月　　日在　　签署,一式两份,每份均用中文和甲文写成,两种文本同等作准。');
  assert.equal(closing('本协定于2001年7月16日在莫斯科签订，一式两份，均用中文和甲文写成。两'), '本议定书于　　年　　月　　日在　　签订，一式两份，均用中文和甲文写成。');
  // The copies before the date (Taiwan's form): the copies and languages written after the blank date.
  assert.equal(closing('本協定以中文及甲文各繕二份，於二〇〇一年七月十六日在莫斯科簽訂。'), '本议定书于　　年　　月　　日在　　签订，一式两份，每份均用中文和甲文写成，两种文本同等作准。');
  // No copies nor languages written: the two copies of a bilateral agreement, the other language left blank.
  assert.equal(closing('本协定于2001年7月16日在莫斯科签署。'), '本议定书于　　年　　月　　日在　　签署，一式两份，每份均用中文和　　文写成，两种文本同等作准。');
});

test("amendment text: the protocol a drafter gets is read back as a signed protocol — no warning, its clauses applied give the new text", () => {
  const old = SIGNED('本协定于2001年7月16日在莫斯科签订，一式两份，每份均用中文和甲文写成，两种文本同等作准。');
  const after = old.replace('开展文化合作', '开展广泛的文化合作');
  const text = amendmentText(compareVersions(old, after));
  assert.deepEqual(consolidateTexts(old, text), { text: after, problems: [] });
  assert.deepEqual(diagnostics(textContext(text)).filter((d) => d.severity === 1 || d.severity === 2).map((d) => d.code), []);
});

test('amendment text: a protocol closes with the renumbering when the articles are renumbered in order', () => {
  const old = '# 关于合作的协定\n\n第一条　双方开展合作。\n\n第二条　本协定自签署之日起生效。\n';
  const after = '# 关于合作的协定\n\n第一条　双方开展合作。\n\n第二条　双方互相通报。\n\n第三条　本协定自签署之日起生效。\n';
  assert.equal(amendmentText(compareVersions(old, after)), `# 关于修改《关于合作的协定》的议定书

缔约双方同意对《关于合作的协定》（以下简称“原协定”）作如下修改：

## 第一条

在原协定第一条后增加一条，作为第二条：“双方互相通报。”

## 第二条

原协定根据本议定书作相应修改并对条文顺序作相应调整。

## 第三条

本议定书自双方完成各自国内法律程序并相互通知之日起生效。
`);
});

/** An article whose items have sub-items (1. 2.). */
const SUBS = '# 示例法\n\n第一条　有下列情形之一的，责令改正：\n\n（一）未登记，包括：\n\n1. 未申请的；\n\n2. 申请未获准的；\n\n（二）拒绝检查，包括：\n\n1. 隐匿材料的；\n\n（三）其他违法的。\n\n第二条　本法自公布之日起施行。\n';

test('amendment clauses: one line of an item with sub-items changed — the item named by its number among items, quoted whole with its sub-items; applied back, the new text', () => {
  const cases: [string, string][] = [
    [SUBS.replace('申请未获准的', '申请被驳回的'), '将第一条第一项修改为：“（一）未登记，包括：\n\n“1. 未申请的；\n\n“2. 申请被驳回的；”'],
    [SUBS.replace('拒绝检查，包括', '拒绝或者阻碍检查，包括'), '将第一条第二项修改为：“（二）拒绝或者阻碍检查，包括：\n\n“1. 隐匿材料的；”'],
    [SUBS.replace('其他违法的', '其他违反本法的'), '将第一条第三项修改为：“（三）其他违反本法的。”'],
  ];
  for (const [after, clause] of cases) {
    const cmp = compareVersions(SUBS, after);
    assert.deepEqual(amendmentClauses(cmp), { clauses: [clause], renumberAll: false });
    const r = consolidate(SUBS, amendmentText(cmp));
    assert.deepEqual(r.problems, []);
    assert.equal(r.text, after);
  }
});

// Who adopts the 修改决定 when no --body is given: the organ the text is issued by (its title `最高人民法院关于…的规定`),
// else the standing committee its record of adoption names (`上海市第十五届人民代表大会常务委员会第二十一次会议通过`,
// the session's 第…届 left out), else the NPC Standing Committee.
test('amendment text: the 修改决定 adopted by the organ that issued the text, or by the committee its record names', () => {
  const decisionTitle = (old: string) => amendmentText(compareVersions(old, old.replace('甲。', '乙。')), { kind: 'decision' }).split('\n')[0];
  const rule = '# 最高人民法院关于审理示例案件适用法律若干问题的规定\n\n2018年1月1日最高人民法院审判委员会第1700次会议通过\n\n第一条　甲。\n\n第二条　丙。\n';
  assert.equal(decisionTitle(rule), '# 最高人民法院关于修改《最高人民法院关于审理示例案件适用法律若干问题的规定》的决定');
  assert.equal(decisionTitle('# 国务院关于设立示例区的决定\n\n第一条　甲。\n\n第二条　丙。\n'), '# 国务院关于修改《国务院关于设立示例区的决定》的决定');
  const local = '# 上海市示例条例\n\n2020年5月14日上海市第十五届人民代表大会常务委员会第二十一次会议通过\n\n第一条　甲。\n\n第二条　丙。\n';
  assert.equal(decisionTitle(local), '# 上海市人民代表大会常务委员会关于修改《上海市示例条例》的决定');
  const law = '# 中华人民共和国示例法\n\n2018年10月26日第十三届全国人民代表大会常务委员会第六次会议通过\n\n第一条　甲。\n\n第二条　丙。\n';
  assert.equal(decisionTitle(law), '# 全国人民代表大会常务委员会关于修改《中华人民共和国示例法》的决定');
  assert.equal(amendmentText(compareVersions(local, local.replace('甲。', '乙。')), { kind: 'decision', body: '某机关' }).split('\n')[0], '# 某机关关于修改《上海市示例条例》的决定');
});

/** A treaty whose preamble is three paragraphs set apart by blank lines. */
const PREAMBLED = '# 甲乙协定\n\n甲国和乙国，\n\n认识到合作的重要性，\n\n达成协议如下：\n\n第一条 双方合作。\n\n第二条 本协定自签字之日起生效。\n';
/** The same in a law's layout: each paragraph indented, one line break between. */
const INDENTED = '# 甲法\n\n　　为了合作，\n　　根据宪法，\n　　制定本法。\n第一条 双方合作。\n第二条 本法自公布之日起施行。\n';

/** [what, base, new version, the clauses of the amending instrument]: written by reading. */
const PREAMBLES: [string, string, string, string[]][] = [
  ['a paragraph added to the preamble, after the one before it', PREAMBLED, PREAMBLED.replace('认识到合作的重要性，\n\n', '认识到合作的重要性，\n\n忆及两国友好关系，\n\n'), ['在原协定序言第二段后增加一段：“忆及两国友好关系，”']],
  ['a paragraph added as the first', PREAMBLED, PREAMBLED.replace('甲国和乙国，', '鉴于两国友好，\n\n甲国和乙国，'), ['在原协定序言第一段前增加一段：“鉴于两国友好，”']],
  ['two paragraphs added together', PREAMBLED, PREAMBLED.replace('达成协议如下：', '忆及友好，\n\n注意到进展，\n\n达成协议如下：'), ['在原协定序言第二段后增加二段：“忆及友好，\n\n“注意到进展，”']],
  ['one paragraph changed, with an article', PREAMBLED, PREAMBLED.replace('合作的重要', '友好合作的重要').replace('双方合作。', '双方友好合作。'), ['将原协定序言第二段修改为：“认识到友好合作的重要性，”', '在原协定第一条中的“双方”后增加“友好”']],
  ['a paragraph removed', PREAMBLED, PREAMBLED.replace('认识到合作的重要性，\n\n', ''), ['删去原协定序言第二段']],
  ['the last paragraph removed', PREAMBLED, PREAMBLED.replace('\n\n达成协议如下：', ''), ['删去原协定序言第三段']],
  ['paragraphs both removed and added: the whole preamble', PREAMBLED, PREAMBLED.replace('甲国和乙国，', '甲国和乙国，\n\n愿意合作，').replace('认识到合作的重要性，', '注意到，'), ['将原协定序言修改为：“甲国和乙国，\n\n“愿意合作，\n\n“注意到，\n\n“达成协议如下：”']],
  ['a law\'s indented preamble: the paragraph added indented, on a line of its own', INDENTED, INDENTED.replace('　　根据宪法，\n', '　　根据宪法，\n　　总结经验，\n'), ['在序言第二段后增加一段：“总结经验，”']],
];

for (const [what, base, after, expected] of PREAMBLES) {
  test(`amendment of the preamble: ${what}; consolidating it gives the new version`, () => {
    const cmp = compareVersions(base, after);
    assert.deepEqual(amendmentClauses(cmp, base === PREAMBLED ? '原协定' : '').clauses, expected);
    const r = consolidate(base, amendmentText(cmp));
    assert.deepEqual(r.problems, []);
    assert.equal(r.text, after);
  });
}

test('amendment of the preamble: a clause naming a paragraph the base lacks is a problem, the text left as it was', () => {
  const r = consolidate(PREAMBLED, '一、将序言第五段修改为：“甲。”\n\n二、删去序言第二段至第九段。');
  assert.deepEqual(r.problems.map((p) => [p.code, p.message]), [['amend.no-such-paragraph', '序言只有三段'], ['amend.no-such-paragraph', '序言只有三段']]);
  assert.equal(r.text, PREAMBLED);
  const none = consolidate('# 甲法\n\n第一条 双方合作。\n', '一、在序言第一段后增加一段：“甲。”');
  assert.deepEqual(none.problems.map((p) => p.message), ['没有序言']);
});

test('amendment of the preamble: two clauses changing one paragraph conflict, the second not applied', () => {
  const r = consolidate(PREAMBLED, '一、将序言第二段修改为：“甲，”\n\n二、删去序言第二段。');
  assert.deepEqual(r.problems.map((p) => p.code), ['amend.conflict']);
  assert.equal(r.text, PREAMBLED.replace('认识到合作的重要性，', '甲，'));
});

/** [title, what amends it]: read by a drafter — a treaty by a protocol, a law and domestic rules by a decision, whoever the title says issued them. */
const AMENDED_BY: [string, string][] = [
  ['最高人民法院关于审理测试案件适用法律若干问题的解释', '# 最高人民法院关于修改《最高人民法院关于审理测试案件适用法律若干问题的解释》的决定'],
  ['最高人民法院关于审理测试案件适用法律若干问题的解释（2020修正）', '# 最高人民法院关于修改《最高人民法院关于审理测试案件适用法律若干问题的解释（2020修正）》的决定'],
  ['中华人民共和国测试法实施细则', '# 全国人民代表大会常务委员会关于修改《中华人民共和国测试法实施细则》的决定'],
  ['中华人民共和国和甲国关于测试的协定', '# 关于修改《中华人民共和国和甲国关于测试的协定》的议定书'],
];

for (const [title, head] of AMENDED_BY) {
  test(`amendment text: ${title} is amended by ${head.endsWith('议定书') ? 'a protocol' : 'a decision'}`, () => {
    const old = `# ${title}\n\n第一条 为了测试，制定本规定。\n\n第二条 本规定自公布之日起施行。\n`;
    const text = amendmentText(compareVersions(old, old.replace('为了测试', '为了规范测试')));
    assert.equal(text.split('\n')[0], head);
  });
}
