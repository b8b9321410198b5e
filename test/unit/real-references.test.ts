// References, citations and defined terms as real instruments write them (issue #9):
// the other numbering convention (条/项/款), other instruments' articles, defined terms
// written other ways, traditional characters, citations in quotes and nested titles.
// Each case is data: `‸` the cursor, `⟦…⟧` the expected target; and no error or warning
// where the text is right.
import { test } from 'node:test';
import { contextOf } from '../../server/src/features/context';
import assert from 'node:assert/strict';
import { definition } from '../../server/src/features/definition';
import { diagnostics } from '../../server/src/features/diagnostics';
import { conventionOf, referenceAt } from '../../server/src/model/references';
import { buildTreaty } from '../../server/src/model/treaty';
import { partyInfoOf } from '../../server/src/model/parties';
import { workspace } from '../support/workspace';

/** The cursor's reference goes to the first ⟦…⟧ of the file holding marks. */
function assertTarget(source: string): void {
  const ws = workspace(source);
  const target = ws.fx.files.find((f) => f.marks.length > 0)!;
  const links = definition(contextOf(ws.index, ws.snapshot()), ws.offset);
  assert.equal(links.length, 1, 'one target');
  const expected = ws.location(target);
  assert.equal(links[0].targetUri, expected.uri);
  assert.deepEqual(links[0].targetSelectionRange.start, expected.range.start);
}

/** Errors and warnings on the main file. */
function problems(source: string): string[] {
  const ws = workspace(source);
  return diagnostics(contextOf(ws.index, ws.snapshot())).filter((d) => d.severity === 1 || d.severity === 2).map((d) => `${d.code} ${d.message}`);
}

/** A UN-style text: articles with paragraphs 一、二、, sub-units (a) (b), references 第X条第Y项(b)款. */
const UN = (body: string) => `# 测试组织公约

## 第一条

一、本组织设大会。

二、大会由全体会员国组成。

## 第二条

一、大会得讨论下列事项：

(a) 和平事项；

(b) 合作事项。

二、大会每年举行常会。

## 第三条

${body}
`;

// 4. The other numbering convention.

test('convention: 第X条第Y项(Z)款 and 本条第Y项 make a document 条/项/款', () => {
  const t = buildTreaty(UN('依第二条第一项(b)款及本条第一项之规定。\n\n一、甲。\n\n二、乙。'));
  assert.equal(conventionOf(t), 'xiang');
  const prc = buildTreaty('# 测试协定\n\n## 第一条\n\n双方在以下方面合作：\n\n（一）甲；\n\n（二）乙。\n\n## 第二条\n\n第一条第（二）项和第一条第一款第（一）项所列事项。\n');
  assert.equal(conventionOf(prc), 'kuan');
  assert.equal(conventionOf(buildTreaty('# 测试协定\n\n## 第一条\n\n甲。\n')), undefined);
});

/** Taiwan's laws name an article's paragraphs 項 and a paragraph's items 款 (條/項/款), with paragraphs unnumbered. */
const TW = (body: string) => `法規名稱：甲條例

第 1 條
本條例所稱甲，指乙。
本條例所稱丙，指丁。
前二項人員，其權益應予維護。

第 2 條
有下列情形之一者，得強制出境：
一、未經許可入境。
二、逾期居留。

第 3 條
${body}
`;

test('convention: Taiwan\'s laws — the items of a paragraph named together (第二條第一項各款, 前項各款) make a document 條/項/款; 第一條第三項 of an article of unnumbered paragraphs alone says nothing', () => {
  assert.equal(conventionOf(buildTreaty(TW('有第二條第一項各款情形之一者，不予許可。'))), 'xiang');
  assert.equal(conventionOf(buildTreaty(TW('依第一條第三項辦理。'))), undefined);
  // 条/款/项 written so: 第一款各项.
  assert.equal(conventionOf(buildTreaty('# 甲条例\n\n第一条 有下列情形之一的：\n（一）甲；\n（二）乙。\n\n第二条 有第一条第一款各项情形的，不予许可。\n')), 'kuan');
  assertTarget(TW('有第二條第一項各款情形之一者，依第一條第三‸項辦理。').replace('前二項人員，其權益應予維護。', '⟦前二項人員，其權益應予維護。⟧'));
});

test('convention: 第一條第一項 naming an article whose items stand in its second paragraph only is no evidence of 条/款/项 (香港澳門關係條例 第四十八條 on 第二十四條)', () => {
  const text = (cursor: string) => `法規名稱：甲條例

第 1 條
⟦甲船舶得航行至乙地。但有危害之虞者，得予限制。
⟧乙船舶得航行至甲地。但有下列情形之一者，得予限制：
一、有危害之虞。
二、採取不利措施。

第 2 條
違反${cursor}所為限制者，處罰鍰。
違反第一條第二項所為限制者，亦同。

第 3 條
有第一條第二項各款情形之一者，不予許可。
`;
  assert.equal(conventionOf(buildTreaty(text('第一條第一項').replace(/[⟦⟧]/g, ''))), 'xiang');
  assertTarget(`%! a.md\n${text('第一條第一‸項')}`);
});

test('convention: the Republic of China\'s constitution cited by its additional articles (憲法增修條文第二條第四項) is another law\'s article, not this one\'s', () => {
  assert.deepEqual(problems(TW('有第二條第一項各款情形之一者，行政院得依憲法增修條文第二條第四項之規定停止本條例之適用。')), []);
});

test('citation: a law database\'s revision remark after the title (…条例(2025修订), …法（2018年修正）) is no part of the title its promulgation notice cites', () => {
  for (const remark of ['(2025修订)', '（2018年修正）']) {
    const ws = workspace(`%! a.md\n甲市市政设施管理条例${remark}\n甲市人民代表大会常务委员会公告\n《甲市市政设施管理条例》已由甲市人民代表大会常务委员会通过，现予公布。\n甲市市政设施管理条例\n第一条 为了加强市政设施管理，制定本条例。\n第二条 本条例自公布之日起施行。\n`);
    const notFound = diagnostics(contextOf(ws.index, ws.snapshot())).filter((d) => d.code === 'ref.citation-not-found').map((d) => d.message);
    assert.deepEqual(notFound, [], remark);
  }
});

test('convention: 第三十五条第二项 in a 条/项/款 document → paragraph 二、 of the article', () => {
  assertTarget(UN('依第一条第二‸项所述，并参照第二条第一项(b)款。').replace('二、大会由全体会员国组成。', '⟦二、大会由全体会员国组成。⟧'));
});

test('convention: 第八十六条第一项(寅)款 order → item (b) of paragraph 一、', () => {
  assertTarget(UN('参照第二条第一项(b)‸款。').replace('(b) 合作事项。', '⟦(b) 合作事项。⟧'));
});

test('convention: sub-units numbered by earthly branches (子)(丑)(寅) and letters (a)(b)', () => {
  const ws = workspace(UN('依第二条第一项(寅)款、第二条第一项(b)款及第二条第一项第(二)款。'));
  const t = ws.index.model(ws.snapshot());
  const targets = ['(寅)', '(b)', '(二)'].map((w) => { const r = referenceAt(t, t.text.indexOf(w, t.text.indexOf('依第二条'))); return r?.kind === 'article' ? [r.target.paragraph, r.target.item] : undefined; });
  assert.deepEqual(targets, [[1, 3], [1, 2], [1, 2]]);
});

test('convention: 本条第一项 in a 条/项/款 document → this article\'s paragraph 一、', () => {
  assertTarget(UN('⟦一、甲。⟧\n\n二、依本条第一‸项及第二条第一项(a)款之规定。'));
});

test('convention: a document that shows none — 第Y项 of an article without items is its paragraph Y', () => {
  assertTarget('# 测试条约\n\n## 第一条\n\n一、甲。\n\n⟦二、乙。⟧\n\n## 第二条\n\n依照第一条第二‸项。\n');
});

test('convention: UN-style references give no errors (12 before on one document)', () => {
  const src = UN('依第一条第二项、第二条第一项(b)款、第二条第二项及本条第一项之规定。\n\n一、甲。\n\n二、乙；(子)款所述。') +
    '\n## 第四条\n\n一、依第三条第一项(子)款之规定。\n';
  assert.deepEqual(problems(src), []);
  // A paragraph that is not there is still wrong in either convention.
  assert.deepEqual(problems(UN('依第一条第五项及第二条第一项(b)款。')).map((p) => p.split(' ')[0]), ['ref.no-such-paragraph']);
});

test('convention: full-width digits and 第 1 款(c)项 (条/款/项 written with Arabic numerals)', () => {
  assertTarget('# 测试公约\n\n## 第 1 条\n\n1. 甲：\n\n(a) 子；\n\n(b) 丑；\n\n⟦(c) 寅。⟧\n\n## 第 2 条\n\n依第１条第１款(c‸)项。\n');
  assertTarget('# 测试公约\n\n## 第 1 条\n\n1. 甲：\n\n(a) 子；\n\n(b) 丑；\n\n⟦(c) 寅。⟧\n\n2. 依第 1 款(c‸)项所述。\n');
});

// 5. References that belong to another instrument.

const COOP = `%! coop.md
# 测试合作协议

## 第一条

甲。

## ⟦第十条⟧

乙。
`;

test('another instrument: 《…》（以下简称“协议”）第十条 is article 10 of that agreement', () => {
  assertTarget(`%! a.md\n# 测试议定书\n\n## 第一条\n\n《测试合作协议》（以下简称“协议”）第十‸条规定的合作。\n${COOP}`);
});

test('another instrument: 一九九五年八月二十三日签订的《…》第一条和第八条 — both are that instrument\'s', () => {
  assertTarget(`%! a.md\n# 测试议定书\n\n根据一九九五年八月二十三日签订的《测试合作协议》第一条和第十‸条，达成协议如下：\n\n## 第一条\n\n甲。\n${COOP}`);
});

test('another instrument: 该协议第十条, 上述协议第十条 — the instrument of that kind cited before', () => {
  assertTarget(`%! a.md\n# 测试议定书\n\n根据《测试合作协议》，达成协议如下：\n\n## 第一条\n\n该协议第十‸条所述事项。\n${COOP}`);
  assertTarget(`%! a.md\n# 测试议定书\n\n根据《测试合作协议》，达成协议如下：\n\n## 第一条\n\n上述协议第十‸条所述事项。\n${COOP}`);
});

test('another instrument: 本条 in a point about another instrument\'s article (关于协定第十条，…本条规定) names that article, not the point', () => {
  assertTarget(`%! a.md\n# 测试议定书\n\n在签订《测试合作协议》（以下简称“协议”）时，双方同意下列规定应作为协议的组成部分：\n\n一、关于协议第一条，双方另行商定。\n\n二、关于协议第十条，在税率统一以前，乙方将不能完全执行本‸条规定。\n${COOP}`);
  // The agreement named by its whole title without brackets, its kind word its short name (the Oman protocol).
  const LONG = COOP.replace('# 测试合作协议', '# 甲国政府和乙国政府测试合作协议');
  assertTarget(`%! a.md\n# 测试议定书\n\n在签订甲国政府和乙国政府测试合作协议（以下简称“协议”）时，双方同意下列规定应作为协议的组成部分：\n\n一、关于协议第一条，双方另行商定。\n\n二、关于协议第十条，在税率统一以前，乙方将不能完全执行本‸条规定。\n${LONG}`);
  assertTarget(`%! a.md\n# 测试议定书\n\n在签订甲国政府和乙国政府测试合作协议（以下简称“协议”）时，双方同意下列规定应作为协议的组成部分：\n\n一、协议第十‸条所述合作。\n${LONG}`);
  // A point about no article: 本条 is the point itself (its own unit).
  assertTarget(`%! a.md\n# 测试议定书\n\n在签订《测试合作协议》（以下简称“协议”）时，双方同意：\n\n⟦一、⟧依照协议第十条，双方执行本‸条规定。\n\n二、乙。\n${COOP.replace('⟦第十条⟧', '第十条')}`);
});

test('another instrument: 该声明第五项 → unit 五、 of the statement cited', () => {
  assertTarget(`%! a.md\n# 测试联合公报\n\n一、双方重申《甲乙联合声明》的原则，该声明第五‸项尤为重要。\n\n二、乙。\n%! decl.md\n# 甲乙联合声明\n\n一、甲。\n\n二、乙。\n\n三、丙。\n\n四、丁。\n\n⟦五、戊。⟧\n`);
});

test('another instrument: never an error against this document, found or not', () => {
  const src = (body: string) => `# 测试议定书\n\n缔约双方，愿意修订《测试贸易协定》（以下简称“协定”），达成协议如下：\n\n## 第一条\n\n${body}\n\n## 第二条\n\n乙。\n`;
  for (const body of [
    '《测试贸易协定》（以下简称“协定”）第十条不适用。',
    '一九九五年八月二十三日签订的《另一合作协议》第一条和第八条继续有效。',
    '该公约第二十条、上述协定第三十条和其第九条的规定。',
    '依照《联合国宪章》第五十一条和宪章第一百零三条。',
    '该宣言第十五项。',
    '依照中华人民共和国民法第九十九条。',
    '协定第二十条第三款第（一）项。',
  ]) assert.deepEqual(problems(src(body)), [], body);
  // This document's own articles are still checked.
  assert.deepEqual(problems(src('本议定书第九条。')).map((p) => p.split(' ')[0]), ['ref.no-such-article']);
});

const BASIC_LAW = `%! basic.md
# 中华人民共和国测试特别行政区基本法

第一条　测试特别行政区是中华人民共和国不可分离的部分。

⟦第二条⟧　全国人民代表大会授权测试特别行政区实行高度自治。
`;

test('another instrument: a name without brackets (…基本法第二条) is the end of a title in the workspace', () => {
  assertTarget(`%! a.md\n# 中华人民共和国测试国家安全法\n\n第一条　关于测试特别行政区法律地位的测试特别行政区基本法第二‸条规定是根本性条款。\n\n第二条　本法第一条。\n${BASIC_LAW}`);
  assertTarget(`%! a.md\n# 中华人民共和国测试国家安全法\n\n第一条　依照测试特别行政区基本法第一条和第二‸条。\n${BASIC_LAW}`);
  // A name cited before in 《》 is that citation, with its date: `依照测试合作协议第十条`.
  const ws = workspace('# 测试议定书\n\n根据1995年8月23日《测试合作协议》，达成协议如下：\n\n## 第一条\n\n依照测试合作协议第十‸条。\n');
  const ref = referenceAt(ws.index.model(ws.snapshot()), ws.offset);
  assert.equal(ref?.kind === 'article' && ref.citation?.date?.year, 1995);
  // 基本法 is no 本法: its articles are not this law's, found or not.
  assert.deepEqual(problems('# 中华人民共和国测试国家安全法\n\n第一条　测试特别行政区基本法第十八条和第二十三条，刑法第一百零二条。\n\n第二条　本法第一条。\n'), []);
});

test('another instrument: the kinds a document calls itself (本宪章) are its own — 宪章第一百一十条 in an untitled charter is its article', () => {
  // (Each whole, with its entry into force: an untitled text without final clauses reads as cut, its articles past the last unknown.)
  assert.deepEqual(problems('第一条\n\n本宪章之宗旨。\n\n第二条\n\n且依宪章第一百一十条批准。\n\n第三条\n\n本宪章自批准之日起生效。\n').map((p) => p.split(' ')[0]), ['ref.no-such-article']);
  assert.deepEqual(problems('第一条\n\n本协定之宗旨。\n\n第二条\n\n依宪章第一百一十条批准。\n\n第三条\n\n本协定自签字之日起生效。\n'), []);
});

test('another instrument: a reference in quoted text (an amended article quoted in full) is not this document\'s', () => {
  const src = '# 测试议定书\n\n## 第一条\n\n删去协定第五条第三款，代之以：\n\n“三、依照本协定第二十条和第二十一条第四款，\n\n缔约双方可以另行商定。”\n\n## 第二条\n\n本议定书第一条。\n';
  assert.deepEqual(problems(src), []);
});

test('another instrument: 第三条 in a text without articles (a joint statement) says nothing', () => {
  assert.deepEqual(problems('# 测试联合声明\n\n一、双方重申条约第三条和第二十条的原则。\n\n二、双方同意。\n'), []);
  assert.deepEqual(problems('# 测试联合声明\n\n一、双方同意按照第二十条办理。\n\n二、乙。\n'), []);
  // Nor does it lead to the statement's own second unit.
  const ws = workspace('# 测试联合声明\n\n一、双方同意按照第二‸条办理。\n\n二、乙。\n');
  assert.deepEqual(definition(contextOf(ws.index, ws.snapshot()), ws.offset), []);
});

test('another instrument: a joint statement of another date is not found, not a wrong date', () => {
  const src = `%! a.md\n# 测试协定\n\n重申1995年9月11日中哈联合声明的原则，达成协议如下：\n\n## 第一条\n\n甲。\n%! s.md\n# 中华人民共和国和哈萨克斯坦共和国联合声明\n\n一、甲。\n\n1996年7月5日于阿拉木图\n`;
  const ws = workspace(src);
  assert.deepEqual(diagnostics(contextOf(ws.index, ws.index.get('file:///ws/a.md')!)).map((d) => d.code), ['ref.citation-not-found']);
  // A charter has one text: there a date that does not agree is a wrong date.
  const charter = `%! a.md\n# 测试协定\n\n根据2001年1月1日《联合国宪章》，达成协议如下：\n\n## 第一条\n\n甲。\n%! c.md\n# 联合国宪章\n\n## 第一条\n\n甲。\n\n本宪章于1945年6月26日在旧金山签字。\n`;
  const wc = workspace(charter);
  assert.deepEqual(diagnostics(contextOf(wc.index, wc.index.get('file:///ws/a.md')!)).map((d) => d.code), ['ref.date-mismatch']);
});

// 6. Defined terms written other ways.

const TERMS: [string, string, string][] = [
  ['（以下简称缔约双方）, unquoted', '中华人民共和国政府和蒙古国政府（以下简称⟦缔约双方⟧）', '缔约双方'],
  ['以下合并简称“双方”', '中华人民共和国政府和蒙古国政府（以下合并简称“⟦双方⟧”）', '双方'],
  ['以下统称“缔约各方”', '甲国、乙国和丙国（以下统称“⟦缔约各方⟧”）', '缔约各方'],
  ['以下称“双方”', '中华人民共和国政府和蒙古国政府（以下称“⟦双方⟧”）', '双方'],
  ['（下称“双方”）', '中华人民共和国政府和蒙古国政府（下称“⟦双方⟧”）', '双方'],
  ['，下称“双方”，', '中华人民共和国政府和蒙古国政府，下称“⟦双方⟧”，', '双方'],
  ['（简称“双方”）', '中华人民共和国政府和蒙古国政府（简称“⟦双方⟧”）', '双方'],
  ['「」 quotes', '中华人民共和国政府和蒙古国政府（以下简称「⟦双方⟧」）', '双方'],
  ['traditional （以下簡稱“雙方”）', '中華人民共和國政府和蒙古國政府（以下簡稱“⟦雙方⟧”）', '雙方'],
  ['traditional definition, simplified use', '中華人民共和國政府和蒙古國政府（以下簡稱“⟦雙方⟧”）', '双方'],
  ['simplified definition, traditional use', '中华人民共和国政府和蒙古国政府（以下简称“⟦缔约双方⟧”）', '締約雙方'],
];

for (const [name, preamble, use] of TERMS) {
  test(`defined term: ${name}`, () => {
    assertTarget(`# 测试协定\n\n${preamble}，达成协议如下：\n\n## 第一条\n\n${use.slice(0, 1)}‸${use.slice(1)}开展合作。\n`);
  });
}

test('defined terms: unquoted between commas, and closing brackets opened by other words', () => {
  const law = buildTreaty('# 测试特别行政区基本法\n\n第二十四条　测试特别行政区居民，简称测试居民，包括永久性居民。\n\n第二十五条　测试居民在法律面前一律平等。\n');
  assert.deepEqual(law.definitions.map((d) => [d.term, d.meaning]), [['测试居民', '测试特别行政区居民']]);
  const decl = buildTreaty('# 测试联合声明\n\n一、甲国政府声明：收回测试地区（包括甲岛、乙半岛和「丙界」，以下稱测试）是全体人民的共同愿望。\n\n二、乙。\n');
  assert.deepEqual(decl.definitions.map((d) => [d.term, d.meaning]), [['测试', '测试地区']]);
});

test('defined terms: what the term stands for, and the parties read from it', () => {
  const t = buildTreaty('# 测试协定\n\n中華人民共和國政府和蒙古國政府（以下合并簡稱“雙方”），达成协议如下：\n\n## 第一条\n\n雙方合作。\n');
  assert.deepEqual(t.definitions.map((d) => [d.term, d.meaning]), [['雙方', '中華人民共和國政府和蒙古國政府']]);
  assert.deepEqual(partyInfoOf(t).names, ['中华人民共和国政府', '蒙古国政府']);
  // `所称“边界代表”，是指` defines a word by what it means, not a short name; `以下称甲方` without brackets is no term.
  assert.deepEqual(buildTreaty('# 测试协定\n\n本协定所称“边界代表”，是指代表。以下称甲方。\n\n## 第一条\n\n甲。\n').definitions.map((d) => [d.term, d.meaning, d.byMeaning]), [['边界代表', '代表', true]]);
});

test('defined terms: one term written in both scripts is one definition, used, not duplicated', () => {
  const src = '# 测试协定\n\n中华人民共和国政府和蒙古国政府（以下简称“双方”），达成协议如下：\n\n## 第一条\n\n雙方合作。\n\n## 第二条\n\n中華人民共和國政府和蒙古國政府（以下簡稱“雙方”）同意。本协定自签字之日起生效，有效期五年。\n\n本协定于2001年7月16日在北京签订，一式两份。\n';
  const ws = workspace(src);
  assert.deepEqual(diagnostics(contextOf(ws.index, ws.snapshot())).map((d) => d.code), []);
});

// 7. Traditional characters in references.

test('traditional: 本議定書第三條 → article 3; 第一條第二款 → its paragraph 2', () => {
  assertTarget('# 测试议定书\n\n## 第一条\n\n甲。\n\n⟦乙。⟧\n\n## ⟦第三条⟧\n\n丙。\n\n## 第四条\n\n依照本議定書第三‸條。\n'.replace('⟦乙。⟧', '乙。'));
  assertTarget('# 测试议定书\n\n## 第一条\n\n甲。\n\n⟦乙。⟧\n\n## 第二条\n\n依照第一條第二‸款。\n');
  assert.deepEqual(problems('# 测试议定书\n\n## 第一条\n\n甲。\n\n## 第二条\n\n依照本議定書第九條。\n').map((p) => p.split(' ')[0]), ['ref.no-such-article']);
});

test('traditional: 本約 is the treaty itself, as the Republic\'s and older treaties say it — 本約第二條 → article 2, 本約 alone → this text', () => {
  assertTarget('# 中國阿富汗友好條約\n\n第一條 兩國應永敦和好。\n\n⟦第二條⟧ 兩締約國建立外交關係。\n\n第三條 依照本約第二‸條辦理。\n');
  const ws = workspace('# 中國阿富汗友好條約\n\n第一條 兩國應永敦和好。\n\n第二條 本‸約自互換批准書之日起發生效力。\n');
  assert.equal(referenceAt(ws.index.model(ws.snapshot()), ws.offset)?.kind, 'self');
  // Not after a word ending in 本 (日本、文本、正本).
  // Nor 本约定 (as agreed here) nor 本约合同 (the main contract, 民法典's words) nor 本约束: words of their own.
  for (const line of ['日本約定如下。', '文本約有三種。', '正本約三十頁。', '依本約定辦理。', '當事人請求訂立本約合同的。', '受本約束力。']) {
    const w = workspace(`# 中國阿富汗友好條約\n\n第一條 ${line.replace('約', '‸約')}\n`);
    assert.notEqual(referenceAt(w.index.model(w.snapshot()), w.offset)?.kind, 'self', line);
  }
});

// 8. Citations written other ways.

test('citation: a title in quotation marks that ends with a kind of instrument', () => {
  assertTarget(`%! a.md\n# 测试议定书\n\n根据一九五八年四月二十三日签订的“测试贸易‸协定”，达成协议如下：\n\n## 第一条\n\n甲。\n%! b.md\n# ⟦测试贸易协定⟧\n\n## 第一条\n\n甲。\n`);
  // A defined term in quotes is no title.
  const t = workspace('# 测试议定书\n\n根据《测试贸易协定》（以下简称“协定”），达成协议如下：\n\n## 第一条\n\n甲。\n');
  assert.equal(referenceAt(t.index.model(t.snapshot()), t.snapshot().text.indexOf('“协定”') + 1)?.kind, undefined);
});

test('citation: a date in Chinese numerals with O or 0 for 〇 before it', () => {
  for (const year of ['二O二三', '二0二三', '二〇二三']) {
    const ws = workspace(`# 测试协定\n\n根据${year}年五月四日签署的《测试贸易‸协定》，达成协议如下：\n\n## 第一条\n\n甲。\n`);
    const ref = referenceAt(ws.index.model(ws.snapshot()), ws.offset);
    assert.ok(ref?.kind === 'citation' && ref.citation.date, year);
    assert.deepEqual(ref.kind === 'citation' && [ref.citation.date!.year, ref.citation.date!.month, ref.citation.date!.day], [2023, 5, 4], year);
  }
});

test('citation: a title that contains a dated citation — the outer title is cited, and the inner one too', () => {
  const docs = `%! p.md\n# ⟦关于一九九七年六月二十七日《测试贸易协定》的议定书⟧\n\n## 第一条\n\n甲。\n`;
  assertTarget(`%! a.md\n# 测试换文\n\n根据《关于一九九七年六月二十七日〈测试贸易协定〉的议‸定书》，达成协议如下：\n\n## 第一条\n\n甲。\n${docs}`);
  assertTarget(`%! a.md\n# 测试换文\n\n根据《关于一九九七年六月二十七日《测试贸易协定》的议‸定书》，达成协议如下：\n\n## 第一条\n\n甲。\n${docs}`);
  assertTarget(`%! a.md\n# 测试换文\n\n根据《关于一九九七年六月二十七日〈测试贸易‸协定〉的议定书》，达成协议如下：\n\n## 第一条\n\n甲。\n%! b.md\n# ⟦测试贸易协定⟧\n\n## 第一条\n\n甲。\n`);
});

// Numbering checks on real texts: excerpts, amendments, and a text given twice.

test('numbering: an excerpt (…节录) skips articles; an amendment may start at its article 2', () => {
  const excerpt = '# 测试和约节录\n\n## 第一百二十八条\n\n甲。\n\n## 第一百二十九条\n\n乙。\n\n## 第一百五十六条\n\n丙。\n';
  assert.deepEqual(problems(excerpt), []);
  assert.deepEqual(problems(excerpt.replace('节录', '')).map((p) => p.split(' ')[0]), ['numbering.gap']);
  assert.deepEqual(problems('# 测试宪法增修条文\n\n## 第 2 条\n\n甲。\n\n## 第 3 条\n\n乙。\n'), []);
});

test('numbering: 1, 2, 3 … given again (an original and its translation) is no repeat; a repeated article still is', () => {
  const twice = '# 测试条约\n\n## 第一条\n\n甲。\n\n## 第二条\n\n乙。\n\n## 第三条\n\n丙。\n\n## 第一条\n\n甲。\n\n## 第二条\n\n乙。\n\n## 第三条\n\n丙。\n';
  assert.deepEqual(problems(twice), []);
  assert.deepEqual(problems('# 测试条约\n\n## 第一条\n\n甲。\n\n## 第二条\n\n乙。\n\n## 第一条\n\n甲。\n\n## 第四条\n\n丁。\n').map((p) => p.split(' ')[0]), ['numbering.duplicate', 'numbering.gap']);
});
