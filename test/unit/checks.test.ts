// Every drafting check as data: a document with the spans it must flag marked ⟦…⟧, and
// the codes of those diagnostics in order. The whole result is compared (code and range
// of every diagnostic), so a check that fires too little, too much or in the wrong place
// fails here; each check also has a document that is correct and gets nothing.
import { test } from 'node:test';
import { contextOf } from '../../server/src/features/context';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions } from '../../server/src/features/codeActions';
import { unsuppressed } from '../../server/src/features/suppression';
import { SeverityName, SeveritySettings, diagnostics } from '../../server/src/features/diagnostics';
import { LineMap } from '../../server/src/syntax/positions';
import { formatChinese } from '../../server/src/syntax/numerals';
import { workspace } from '../support/workspace';
import { Whole, assertWholeDiagnostics } from '../support/wholeDiagnostics';

/**
 * The marked spans are the diagnostics, in order. Then, for each diagnostic, its quick fix
 * "在下一行禁用 CODE" is applied: that diagnostic is gone and every other one stays.
 */
function check(name: string, source: string, codes: string[]): void {
  test(`check ${name}`, () => {
    const ws = workspace(source);
    const snapshot = ws.snapshot();
    const map = new LineMap(ws.index.model(snapshot).tree.lines);
    const raised = diagnostics(contextOf(ws.index, snapshot));
    const got = raised
      .map((d) => ({ code: String(d.code), range: d.range }))
      .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    const want = ws.fx.main.marks.map((m, i) => ({ code: codes[i], range: { start: map.positionAt(m.start), end: map.positionAt(m.end) } }));
    assert.equal(ws.fx.main.marks.length, codes.length, 'one code per marked span');
    assert.deepEqual(got, want);
    raised.forEach((d) => {
      const title = `在下一行禁用 ${String(d.code)}`;
      const action = codeActions(contextOf(ws.index, snapshot), [d]).find((a) => a.title === title);
      assert.ok(action?.edit?.changes, `${title}: offered`);
      const text = TextDocument.applyEdits(TextDocument.create(snapshot.uri, 'markdown', 1, snapshot.text), action.edit.changes[snapshot.uri]);
      const after = ws.index.set(snapshot.uri, text, snapshot.version + 1, 'markdown');
      const left = unsuppressed(ws.index.model(after), diagnostics(contextOf(ws.index, after))).map((x) => String(x.code)).sort();
      // A comment names a code for a whole line: the same check elsewhere on that line goes too.
      const kept = raised.filter((x) => x.code !== d.code || x.range.start.line !== d.range.start.line);
      assert.deepEqual(left, kept.map((x) => String(x.code)).sort(), `${title}: that diagnostic alone is gone`);
      ws.index.set(snapshot.uri, snapshot.text, snapshot.version + 2, 'markdown');
    });
  });
}

const HEAD = '# 中华人民共和国和甲国友好合作协定\n\n中华人民共和国和甲国（以下简称“双方”），达成协议如下：\n\n';
// The final clauses an agreement needs: entry into force and term, then the signing clause.
const FINAL = '\n本协定自签字之日起生效，有效期五年。\n';
const TAIL = `${FINAL}\n本协定于2001年7月16日在莫斯科签订，一式两份，每份均用中文和俄文写成，两种文本同等作准。\n`;

check('a correct agreement gets nothing', `${HEAD}## 第一条\n\n双方发展合作。\n\n## 第二条\n\n本协定自签字之日起生效。\n${TAIL}`, []);

check('numbering.gap', `${HEAD}## 第一条\n\n双方发展合作。\n\n## ⟦第三条⟧\n\n本协定自签字之日起生效。\n${TAIL}`, ['numbering.gap']);

check('numbering.duplicate', `${HEAD}## 第一条\n\n双方发展合作。\n\n## 第二条\n\n甲。\n\n## ⟦第二条⟧\n\n本协定自签字之日起生效。\n${TAIL}`, ['numbering.duplicate']);

// An amendment inserts articles under their new numbers, announced in the article before: no gap, and its own numbering goes on after them.
const AMENDMENT = '# 甲法修正案\n\n第一条 甲法第三条修改为：“乙。”\n\n第二条 甲法第二章中增加一节，作为第五节；增加两条，分别作为第二十条至第二十一条。内容如下：\n\n第五节 丙\n\n第二十条 丁。\n\n第二十一条 戊。\n\n第三条 己。\n';
check('numbering: articles an amendment inserts, announced before them (作为第二十条), are no gap', AMENDMENT, []);
// Points a copy made headings of (LawRefBook/Laws: `## 五、强力推进…` between `四、…` and `六、…`) are numbered on through.
const HEADED = (fifth: string) => `# 甲省人民代表大会常务委员会关于加强生态环境保护的决议\n\n## 一、坚持法治\n\n甲。\n\n## 二、加强领导\n\n乙。\n\n三、完善立法。\n\n丙。\n\n${fifth}\n\n丁。\n\n⟦五、⟧广泛动员群众。\n\n戊。\n`;
check('numbering.gap: a point a copy made a heading (## 四、) is no gap', HEADED('## 四、推进防治').replace('⟦五、⟧', '五、'), []);
check('numbering.gap: a heading that is no point between two points is a gap', HEADED('## 附则'), ['numbering.gap']);
// (Without the lead to the new text, `内容如下：`, whose articles are the amending article's text: review48Bite.test.ts 1e.)
check('numbering.gap: a jump to a number not announced', AMENDMENT.replace('分别作为第二十条至第二十一条', '分别列于第五节').replace('。内容如下：', '。').replace('第二十条 丁', '⟦第二十条⟧ 丁').replace('第三条 己', '⟦第三条⟧ 己'), ['numbering.gap', 'numbering.order']);
check('numbering: 笫 for 第 (OCR) heads its article, no gap', '# 甲条例\n\n第一条 甲。\n\n笫二条 乙，依照笫一条办理。\n\n第三条 丙。\n', []);
check('numbering.order: an article number lower than one before it', `${HEAD}## 第一条\n\n双方发展合作。\n\n## ⟦第三条⟧\n\n甲。\n\n## ⟦第二条⟧\n\n本协定自签字之日起生效。\n${TAIL}`, ['numbering.gap', 'numbering.order']);

check('signing.copies: two parties, three copies', `${HEAD}## 第一条\n\n双方发展合作。\n${TAIL.replace('一式两份', '⟦一式三份⟧')}`, ['signing.copies']);

check('signing.copies: two parties, two copies is right', `${HEAD}## 第一条\n\n双方发展合作。\n${TAIL}`, []);

check('signing.authentic-count', `${HEAD}## 第一条\n\n双方发展合作。\n${TAIL.replace('两种文本同等作准', '⟦三种文本同等作准⟧')}`, ['signing.authentic-count']);

check('signing.self-reference', `${HEAD}## 第一条\n\n双方发展合作。\n${TAIL.replace('本协定于', '⟦本协议⟧于')}`, ['signing.self-reference']);

check('self.mismatch: 本协议 in an 协定', `${HEAD}## 第一条\n\n双方执行⟦本协议⟧。\n${TAIL}`, ['self.mismatch']);

check('term.duplicate: the same term defined as something else', `${HEAD}## 第一条\n\n双方发展合作。中华人民共和国政府和甲国政府（以下简称“⟦双方⟧”）合作。\n${TAIL}`, ['term.duplicate']);

check('term.duplicate: the same definition repeated is not flagged', `${HEAD}## 第一条\n\n中华人民共和国和甲国（以下简称“双方”）发展合作，双方加强交流。\n${TAIL}`, []);

check('term.before-definition', `# 中华人民共和国和甲国友好合作协定\n\n⟦双方⟧决心发展友好关系。中华人民共和国和甲国（以下简称“双方”），达成协议如下：\n\n## 第一条\n\n双方发展合作。\n${TAIL}`, ['term.before-definition']);

check('term.unused: a short name in 《》 used later as the instrument it stands for (a citation) is used; one never used again is not', `${HEAD}## 第一条\n\n双方依照⟦《甲乙合作安排》⟧（以下简称《安排》）和⟦《丙丁合作协定》⟧（以下简称⟦《协定》⟧）合作。\n\n## 第二条\n\n双方依照⟦《安排》⟧办理。\n${TAIL}`, ['ref.citation-not-found', 'ref.citation-not-found', 'term.unused', 'ref.citation-not-found']);
check('term.unused', `# 中华人民共和国和甲国友好合作协定\n\n中华人民共和国和甲国（以下简称“⟦缔约方⟧”），达成协议如下：\n\n## 第一条\n\n甲国和中国发展合作。\n${TAIL}`, ['term.unused']);

check('ref.no-such-article', `${HEAD}## 第一条\n\n双方依照⟦本协定第九条⟧合作。\n${TAIL}`, ['ref.no-such-article']);

// Chapters copied from a page (no title, a chapter heading first, no final clauses) are cut from a longer
// text: an article past their last may be in the part not copied. One inside their range is missing all the same.
check('ref.no-such-article: a chapter copied without its title or final clauses — an article past its last is not called missing', '第一章　宗旨\n\n## 第一条\n\n本组织之宗旨为维持和平。\n\n## 第二条\n\n会员国依第一百一十条规定批准本宪章。\n', []);
check('ref.no-such-article: such a chapter citing an article inside its range that it lacks', '第一章　宗旨\n\n## 第一条\n\n本组织之宗旨为维持和平。\n\n## ⟦第三条⟧\n\n会员国依⟦第二条⟧规定行事。\n', ['numbering.gap', 'ref.no-such-article']);
check('ref.no-such-article: a draft not yet titled, without chapters or final clauses, citing an article past its last', '## 第一条\n\n双方依照⟦第五条⟧合作。\n\n## 第二条\n\n双方交换信息。\n', ['ref.no-such-article']);
check('ref.no-such-article: a titled text citing an article past its last', `${HEAD}## 第一条\n\n双方依照⟦本协定第一百一十条⟧合作。\n${TAIL}`, ['ref.no-such-article']);

// A page cut by whoever copied it, mid-sentence (`…有权主管的当局或`, no stop at its end): an article past its last may be in the part not copied.
// A draft without final clauses yet, whose last article is its heading alone: not a page cut mid-sentence.
for (const [name, last, missing] of [
  ['its last article its heading alone (## 第三条 争议解决): past its last is missing', '## 第三条 争议解决\n', ['本协定第十二条']],
  ['its last line ending mid-sentence (…有权主管的当局或, a page its store cut): past its last is not called missing', '## 第三条\n\n依文书发出国法律有权主管的当局或\n', []],
] as const) {
  test(`check ref.no-such-article in a titled draft without final clauses, ${name}`, () => {
    const ws = workspace(`${HEAD}## 第一条\n\n双方依照本协定第十二条合作。\n\n## 第二条\n\n双方交流。\n\n${last}`);
    const s = ws.snapshot();
    const map = new LineMap(ws.index.model(s).tree.lines);
    const got = diagnostics(contextOf(ws.index, s)).filter((d) => d.code === 'ref.no-such-article').map((d) => s.text.slice(map.offsetAt(d.range.start), map.offsetAt(d.range.end)));
    assert.deepEqual(got, missing);
  });
}
check('ref.no-such-article: a text cut mid-sentence citing an article past its last is not called missing', '## 第一条\n\n每一缔约国根据第五条的规定接收请求书。\n\n## 第二条\n\n依文书发出国法律有权主管的当局或\n', []);
check('ref.no-such-article: the same text, its last sentence ended, citing an article past its last', '## 第一条\n\n每一缔约国根据⟦第五条⟧的规定接收请求书。\n\n## 第二条\n\n依文书发出国法律有权主管的当局送达。\n', ['ref.no-such-article']);

check('ref.no-such-paragraph', `${HEAD}## 第一条\n\n双方发展合作。\n\n## 第二条\n\n双方依照⟦第一条第三款⟧合作。\n${TAIL}`, ['ref.no-such-paragraph']);

check('ref.citation-not-found', `${HEAD}## 第一条\n\n双方依照⟦《中华人民共和国和乙国边界协定》⟧合作。\n${TAIL}`, ['ref.citation-not-found']);
// A paper in 《》 that is no instrument (LawRefBook/Laws: certificates, permits, forms, registers, newspapers) is not
// looked for in the workspace; an instrument named beside it still is.
check('ref.citation-not-found: a notice or a decision served, a form, a proof, a register or a gazette in 《》 is no instrument, a remark in brackets after it no part of its name; a 议定书, 清单 or 联合公报 is one', `${HEAD}## 第一条\n\n双方发出《受理通知书》《行政处罚决定书》《检疫处理通知单》《进口药品通关单》，出具《合格证明》《缴费登记卡》《户口簿》，领取《经营许可证（个体）》，在《甲市人民代表大会常务委员会公报》刊载，依照⟦《甲乙议定书》⟧、⟦《甲乙管制清单》⟧和⟦《甲乙联合公报》⟧合作。\n${TAIL}`, ['ref.citation-not-found', 'ref.citation-not-found', 'ref.citation-not-found']);
// A list of the things kept, received or seized in one case is a paper (公安机关适用继续盘问规定: `《暂存物品清单》`); a list
// a body publishes is an instrument (`《…出口管制清单》`, `《…物质清单》`).
check('ref.citation-not-found: a list of the things kept or received in one case (暂存物品清单, 材料收取清单) is a paper, a published list an instrument', `${HEAD}## 第一条\n\n双方开具《暂存物品清单》《诉讼材料收取清单》《扣押财物清单》，依照⟦《甲乙核出口管制清单》⟧和⟦《甲乙受控物质清单》⟧办理。\n${TAIL}`, ['ref.citation-not-found', 'ref.citation-not-found']);
// A paper of one case or one application that says what it is (`《价格鉴证结论书》`, `《…行政裁决书》`, `《…快速处理记录书》`,
// `《期货交易风险说明书》`), an agreement of the parties to one dispute (`《…调解协议书》`) and a report of one accident or inspection
// (`《海上交通事故报告书》`, `《进口药品检验报告书》`) are papers; a 协议书, a 报告书 or a 批准书 of another kind is looked for.
check('ref.citation-not-found: a conclusion, ruling, record, statement, dispute agreement or accident report of one case is a paper; a 协议书 or 报告书 of another kind an instrument', `${HEAD}## 第一条\n\n双方出具《价格鉴证结论书》《林木林地权属争议行政裁决书》《交通事故快速处理记录书》《期货交易风险说明书》《测量标志委托保管书》《权属争议调解协议书》《协调处理协议书》《海上交通事故报告书》《进口药品检验报告书》《建设用地批准书》，依照⟦《甲乙合作协议书》⟧和⟦《中国加入工作报告书》⟧合作。\n${TAIL}`, ['ref.citation-not-found', 'ref.citation-not-found']);
// A title named inside a title (the first law of those a decision amends, the text's own earlier name) is part of its
// name: the outer title is looked for, the name inside it not again (LawRefBook/Laws: 139 infos, each beside its decision's).
check('ref.citation-not-found: a title inside a title is part of its name, reported once, as the outer title', `${HEAD}## 第一条\n\n双方依照⟦《关于修改〈甲乙边界协定〉等五件协定的议定书》⟧和⟦《甲乙丙边界协定》⟧合作。\n${TAIL}`, ['ref.citation-not-found', 'ref.citation-not-found']);
check('ref.citation-not-found: a certificate, a licence, a form, a register or a newspaper in 《》 is no instrument', `${HEAD}## 第一条\n\n双方凭《居民身份证》《植物检疫证书》《营业执照》办理，填写《立案呈批表》《新兵花名册》，并在《温州日报》上刊载，依照⟦《中华人民共和国和乙国边界协定》⟧合作。\n${TAIL}`, ['ref.citation-not-found']);

check('style.half-width-punctuation', `${HEAD}## 第一条\n\n双方发展合作⟦,⟧加强交流。\n${TAIL}`, ['style.half-width-punctuation']);

check('numbering: each note of an exchange of notes numbers its own points', '# 中华人民共和国政府和古巴共和国政府关于互免签证的换文\n\n（一）中方去文\n\n一、双方互免签证。\n\n二、本换文自签字之日起生效。\n\n（二）古方来文\n\n一、双方互免签证。\n\n二、本换文自签字之日起生效。\n', []);

test('check ref.no-such-article: an article of another instrument whose workspace copy is an excerpt is not called missing', () => {
  const ws = workspace('%! 宪章节录.md\n# 《联合国宪章》——节录\n\n## 第一条\n\n甲。\n\n## 第二条\n\n乙。\n%! a.md\n# 甲乙协定\n\n## 第一条\n\n依照《联合国宪章》第一百零二条‸登记。\n');
  assert.deepEqual(diagnostics(contextOf(ws.index, ws.snapshot())).filter((d) => d.code === 'ref.no-such-article'), []);
  const whole = workspace('%! 宪章.md\n# 联合国宪章\n\n## 第一条\n\n甲。\n\n## 第二条\n\n本宪章自批准书交存之日起生效。\n%! a.md\n# 甲乙协定\n\n## 第一条\n\n依照《联合国宪章》第一百零二条‸登记。\n');
  assert.deepEqual(diagnostics(contextOf(whole.index, whole.snapshot())).map((d) => d.code), ['ref.no-such-article']);
});

test('check ref.citation-not-found: a text citing its own title with a date is itself when it has no date of its own (a gazette page under the order publishing it), an earlier version when its own date differs', () => {
  const T = '中华人民共和国澳门特别行政区与甲国关于相互鼓励和保护投资的协定';
  const notFound = (signed: string) => {
    const ws = workspace(`%! a.md\n# ${T}\n\n## 第一条\n\n2008年5月22日在澳门签订的《${T}》的中文文本由行政长官命令公布。‸\n${signed}`);
    return diagnostics(contextOf(ws.index, ws.snapshot())).filter((d) => d.code === 'ref.citation-not-found').length;
  };
  assert.deepEqual([notFound(''), notFound('\n本协定于2010年1月1日在澳门签订。\n')], [0, 1]);
});

test('check ref.no-such-article: a workspace copy that shows no end (no signing, no entry into force, no commencement) may be cut: an article past its last is not called missing, one it skips is', () => {
  const missing = (copy: string, cited: string): string[] => {
    const ws = workspace(`%! 基本法.md\n# 中华人民共和国香港特别行政区基本法\n\n## 第一章 总则\n\n第一条 甲。\n\n第三条 乙。\n${copy}%! a.md\n# 甲乙安排\n\n## 第一条\n\n依照《中华人民共和国香港特别行政区基本法》${cited}‸办理。\n`);
    return diagnostics(contextOf(ws.index, ws.snapshot())).filter((d) => d.code === 'ref.no-such-article').map((d) => String(d.message));
  };
  assert.deepEqual(
    [missing('', '第九十五条'), missing('', '第二条'), missing('\n第四条 本法自1997年7月1日起实施。\n', '第九十五条'), missing('\n第四条 本法于1997年7月1日施行。\n', '第九十五条')],
    [[], ['《中华人民共和国香港特别行政区基本法》没有第二条（共2条）'], ['《中华人民共和国香港特别行政区基本法》没有第九十五条（共3条）'], ['《中华人民共和国香港特别行政区基本法》没有第九十五条（共3条）']],
  );
});

test('check ref.no-such-article: a copy numbered by points (一、二、) shows its end in its last point (八、本修正案自…起施行): an article past it is called missing', () => {
  // The point's head line is its first paragraph: the commencement is on it, not below it.
  const missing = (last: string): string[] => {
    const ws = workspace(`%! 修正案.md\n# 中华人民共和国刑法修正案（十二）\n\n一、将刑法第一百六十五条修改为：“甲。”\n\n二、${last}\n%! a.md\n# 甲乙协定\n\n## 第一条\n\n依照《中华人民共和国刑法修正案（十二）》第三条‸办理。\n`);
    return diagnostics(contextOf(ws.index, ws.snapshot())).filter((d) => d.code === 'ref.no-such-article').map((d) => String(d.message));
  };
  assert.deepEqual(
    [missing('本修正案自2024年3月1日起施行。'), missing('本修正案自公布之日起生效。'), missing('将刑法第三百九十一条修改为：“乙。”')],
    [['《中华人民共和国刑法修正案（十二）》没有第三条（共2条）'], ['《中华人民共和国刑法修正案（十二）》没有第三条（共2条）'], []],
  );
});

test('check ref.no-such-article: a law\'s commencement is a date or its promulgation before 施行 (本法自…起施行, 本办法…发布施行), not any 于 or 自 before 实施', () => {
  // A copy of a law's first articles: the last says where it applies or who enforces it, not when it commences.
  const missing = (last: string): string[] => {
    const ws = workspace(`%! 甲法.md\n# 中华人民共和国甲法\n\n第一条 为了甲，制定本法。\n\n第二条 ${last}\n%! a.md\n# 甲乙协定\n\n## 第一条\n\n依照《中华人民共和国甲法》第九条‸办理。\n`);
    return diagnostics(contextOf(ws.index, ws.snapshot())).filter((d) => d.code === 'ref.no-such-article').map((d) => String(d.message));
  };
  const NO_NINE = ['《中华人民共和国甲法》没有第九条（共2条）'];
  assert.deepEqual(
    [
      missing('本法适用于在中华人民共和国领域内实施的行为。'),
      missing('本法规定的行政处罚，由有关部门按照各自职责实施。'),
      missing('本法自1990年4月4日起施行。'),
      missing('本法自公布之日起实施。'),
      missing('本法经国务院批准由交通部发布施行。'),
      missing('本法施行前已经设立的机构，应当在六个月内重新登记。'),
    ],
    [[], [], NO_NINE, NO_NINE, NO_NINE, NO_NINE],
  );
});

test('check ref.no-such-article: a law whose last articles stand in its supplementary provisions (第九章　附　则) shows its end without a commencement', () => {
  // The Hong Kong Basic Law ends with 第九章 附则 第一百六十条 and no commencement (the NPC's decision gives it).
  const missing = (chapter: string): string[] => {
    const ws = workspace(`%! 基本法.md\n# 中华人民共和国香港特别行政区基本法\n\n## 第一章　总则\n\n第一条 甲。\n\n## 第二章　${chapter}\n\n第二条 香港特别行政区成立时，香港原有法律采用为香港特别行政区法律。\n%! a.md\n# 甲乙安排\n\n## 第一条\n\n依照《中华人民共和国香港特别行政区基本法》第一百六十一条‸办理。\n`);
    return diagnostics(contextOf(ws.index, ws.snapshot())).filter((d) => d.code === 'ref.no-such-article').map((d) => String(d.message));
  };
  assert.deepEqual(
    [missing('附　则'), missing('附則'), missing('中央和香港特别行政区的关系')],
    [['《中华人民共和国香港特别行政区基本法》没有第一百六十一条（共2条）'], ['《中华人民共和国香港特别行政区基本法》没有第一百六十一条（共2条）'], []],
  );
});

check('ref.no-such-item: an article with items has no such item', `${HEAD}## 第一条\n\n双方在以下方面合作：\n\n（一）边境；\n\n（二）经贸。\n\n## 第二条\n\n双方依照⟦第一条第（五）项⟧合作。\n${TAIL}`, ['ref.no-such-item']);

check('ref.no-such-item: an existing item is not flagged', `${HEAD}## 第一条\n\n双方在以下方面合作：\n\n（一）边境；\n\n（二）经贸。\n\n## 第二条\n\n双方依照第一条第（二）项合作。\n${TAIL}`, []);

// ——— Numbering of paragraphs and items, heading styles, dates, final clauses, terms (features/draftingChecks.ts) ———

/** The text after the quick fix titled `title` on the diagnostic with `code` (the first one). */
function fix(name: string, source: string, code: string, title: string, after: string): void {
  test(`fix ${name}`, () => {
    const ws = workspace(source);
    const snapshot = ws.snapshot();
    const d = diagnostics(contextOf(ws.index, snapshot)).find((x) => x.code === code);
    assert.ok(d, `${code} raised`);
    const actions = codeActions(contextOf(ws.index, snapshot), [d]);
    const action = actions.find((a) => a.title === title);
    assert.ok(action?.edit?.changes, `“${title}” among ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(TextDocument.applyEdits(TextDocument.create(snapshot.uri, 'markdown', 1, snapshot.text), action.edit.changes[snapshot.uri]), after);
  });
}

const ITEMS = (labels: string[]) => `${HEAD}## 第一条\n\n双方在以下方面合作：\n\n${labels.map((l) => `${l}合作事项；`).join('\n\n')}\n\n## 第二条\n\n双方加强交流。\n${TAIL}`;

check('numbering.item-gap: （一）（二）（四）', ITEMS(['（一）', '（二）', '⟦（四）⟧', '（五）']), ['numbering.item-gap']);
fix('numbering.item-gap: the label and those after it numbered on', ITEMS(['（一）', '（二）', '（四）', '（五）']).replace(/⟦|⟧/g, ''), 'numbering.item-gap', '从此处起依次编号（（三）…）', ITEMS(['（一）', '（二）', '（三）', '（四）']));
fix('numbering.item-gap: labels escaped as markdown writes them (pandoc: 1\\. 2\\. 4\\.) numbered on, the escape kept', ITEMS(['1\\.', '2\\.', '4\\.', '5\\.']), 'numbering.item-gap', '从此处起依次编号（3.…）', ITEMS(['1\\.', '2\\.', '3\\.', '4\\.']));
check('numbering.item-gap: items in order, and items of a level below starting again from 1, are right', ITEMS(['（一）', '1.', '2.', '（二）', '1.', '（三）']), []);
// An entry whose label was lost in copying (a web page's numbered list): it keeps its place in the list,
// the warning is on it, not on the labels after it, and its fix writes the label (the others stay).
const LOST = (entries: string[]) => `${HEAD}## 第一条\n\n双方在以下方面合作：\n\n${entries.join('\n\n')}\n\n## 第二条\n\n双方加强交流。\n${TAIL}`;
check('numbering.item-gap: an entry between （一） and （三） whose label was lost', LOST(['（一）合作事项；', '⟦经贸事项；⟧', '（三）合作事项。']), ['numbering.item-gap']);
check('numbering.item-gap: the first entry after the chapeau whose label was lost', LOST(['⟦经贸事项；⟧', '（二）合作事项；', '（三）合作事项。']), ['numbering.item-gap']);
check('numbering.item-gap: two entries in a row whose labels were lost, each named', LOST(['⟦经贸事项；⟧', '⟦人文事项；⟧', '（三）合作事项。']), ['numbering.item-gap', 'numbering.item-gap']);
check('numbering.item-gap: four unlabelled lines before （五） are too many to read as lost labels', LOST(['（一）合作事项；', '经贸事项；', '人文事项；', '科技事项；', '教育事项；', '（六）合作事项。']), []);
fix('numbering.item-gap: the lost label written, the others left', LOST(['（一）合作事项；', '经贸事项；', '（三）合作事项。']), 'numbering.item-gap', '补上编号（二）', LOST(['（一）合作事项；', '（二）经贸事项；', '（三）合作事项。']));
// A label half deleted (`（六）生态…` with `六）生` gone): what is left of it is the label's, replaced by the label written in
// (not `（二）（经贸事项；`); a bracket closed on the line is the text's own, kept.
fix('numbering.item-gap: a lost label\'s opening bracket left alone is replaced', LOST(['（一）合作事项；', '（经贸事项；', '（三）合作事项。']), 'numbering.item-gap', '补上编号（二）', LOST(['（一）合作事项；', '（二）经贸事项；', '（三）合作事项。']));
fix('numbering.item-gap: a lost label\'s number and closing bracket left (half-width too) are replaced', LOST(['（一）合作事项；', '六)经贸事项；', '（三）合作事项。']), 'numbering.item-gap', '补上编号（二）', LOST(['（一）合作事项；', '（二）经贸事项；', '（三）合作事项。']));
fix('numbering.item-gap: a bracket closed on the line is the entry\'s own words, kept', LOST(['（一）合作事项；', '（甲方）经贸事项；', '（三）合作事项。']), 'numbering.item-gap', '补上编号（二）', LOST(['（一）合作事项；', '（二）（甲方）经贸事项；', '（三）合作事项。']));
fix('numbering.item-gap: a lost 1. whose text opens with a decimal number keeps it', LOST(['1.合作事项；', '2.5倍的经贸事项；', '3.合作事项。']), 'numbering.item-gap', '补上编号2.', LOST(['1.合作事项；', '2.2.5倍的经贸事项；', '3.合作事项。']));
check('numbering.item-gap: an item wrapped after ，over a blank line is one item, no label lost', LOST(['（一）合作事项；', '（二）在经贸领域开展合作，', '并交流经验；', '（三）合作事项。']), []);
check('numbering.item-gap: an entry in bold whose label was lost is named as the parser reads it (its ** no bullet)', LOST(['（一）合作事项；', '**⟦经贸事项；⟧**', '（三）合作事项。']), ['numbering.item-gap']);
check('numbering.item-gap: a markdown list entry under a chapeau is no lost label', LOST(['- 合作事项；', '- 交流事项；', '（三）合作事项。']), []);
fix('numbering.item-duplicate: numbered on past an entry whose label was lost, its whole label written in', LOST(['（一）合作事项；', '（一）交流事项；', '经贸事项；', '（三）合作事项。']), 'numbering.item-duplicate', '从此处起依次编号（（二）…）', LOST(['（一）合作事项；', '（二）交流事项；', '（三）经贸事项；', '（四）合作事项。']));
// Items a page joined into one line, each after a stop and white space: items all the same, no gap.
check('numbering.item-gap: items joined on one line (（一）…； （二）…；) go on the list', LOST(['（一）合作事项； （二）交流事项；', '（三）合作事项。']), []);
// The line break lost without a trace (LawRefBook/Laws: `（三）降雨量、蒸发量、墒情；（四）大中型水库…`): the label right after ；
// that numbers on the line's own item is one; one that does not is the item's own words.
check('numbering.item-gap: an item glued right after ； numbering on the line\'s item (（二）…；（三）…) goes on the list', LOST(['（一）合作事项；', '（二）交流事项；（三）经贸事项；', '（四）合作事项。']), []);
check('numbering.item-gap: a bracket right after ； that does not number on the line\'s item is its words', LOST(['（一）合作事项；', '（二）交流事项；（五）经贸事项；', '⟦（四）⟧合作事项。']), ['numbering.item-gap']);
check('numbering.item-gap: a lead and its items on one line (…： （一）…； （二）…。)', `${HEAD}## 第一条\n\n双方在以下方面合作： （一）经贸合作； （二）人文交流。\n\n## 第二条\n\n双方依照第一条第二项加强交流。\n${TAIL}`, []);
// Items quoted in an amending decision (`“下列情形不适用本规定：` / `（一）…` / `（二）…。”`) are the quoted article's, not the decision's `1.` `2.` `3.`.
check('numbering.item-mixed: items inside a quotation are a list of their own', `# 最高人民法院关于修改二件司法解释的决定\n\n一、修改关于审理环境案件的规定\n\n1.将第一条修改为：\n\n“为正确审理案件，制定本规定。”\n\n2.将第二条修改为：\n\n“下列情形不适用本规定：\n\n（一）因污染环境要求赔偿的；\n\n（二）因海洋环境损害要求赔偿的。”\n\n3.将第十一条修改为：\n\n“被告应当承担责任。”\n\n4.将第十四条修改为：\n\n“原告请求被告承担费用的，予以支持。”\n\n二、修改关于审理海事案件的规定\n\n1.将第一条修改为：\n\n“为正确审理案件，制定本规定。”\n`, []);
check('numbering.item-duplicate: 一、二、二、', `${HEAD}## 第一条\n\n一、双方合作。\n\n二、双方交流。\n\n⟦二、⟧双方磋商。\n\n三、双方协商。\n${TAIL}`, ['numbering.item-duplicate']);
fix('numbering.item-duplicate: numbered on from the repeat', `${HEAD}## 第一条\n\n一、双方合作。\n\n二、双方交流。\n\n二、双方磋商。\n\n三、双方协商。\n${TAIL}`, 'numbering.item-duplicate', '从此处起依次编号（三、…）', `${HEAD}## 第一条\n\n一、双方合作。\n\n二、双方交流。\n\n三、双方磋商。\n\n四、双方协商。\n${TAIL}`);
check('numbering.item-mixed: (一) and 1. at one level', ITEMS(['（一）', '（二）', '⟦3.⟧']), ['numbering.item-mixed']);

const ARTICLES = (heads: string[]) => `${HEAD}${heads.map((h, i) => `${h}\n\n双方合作${i + 1}。\n`).join('\n')}${TAIL}`;
check('style.heading-mixed: 第3条 among 第…条 in Chinese numerals', ARTICLES(['## 第一条', '## 第二条', '## ⟦第3条⟧', '## 第四条']), ['style.heading-mixed']);
fix('style.heading-mixed: the label written as the others', ARTICLES(['## 第一条', '## 第二条', '## 第3条', '## 第四条']), 'style.heading-mixed', '改为“## 第三条”', ARTICLES(['## 第一条', '## 第二条', '## 第三条', '## 第四条']));
// A chapter heading reduced to its caption in the copy (`## 第三章 法律责任` kept as `法律责任`, as 53 laws of LawRefBook/Laws are written).
const LOST_CHAPTER = (gap: string, third: string) => `# 某某条例\n\n## 第一章 总则\n\n第一条 为了规范某事，制定本条例。\n\n## 第二章${gap}管理\n\n第二条 主管部门负责管理某事。\n\n${third}\n\n第三条 违反本条例第二条规定的，责令改正。\n\n## 第四章${gap}附则\n\n第四条 本条例自2023年9月1日起施行。\n`;
check('numbering.chapter-label: a bare caption between 第二章 and 第四章', LOST_CHAPTER(' ', '⟦法律责任⟧'), ['numbering.chapter-label']);
check('numbering.chapter-label: not where the chapters run on', LOST_CHAPTER(' ', '法律责任').replace('## 第四章', '## 第三章'), []);
check('numbering.chapter-label: not for a heading with its label', LOST_CHAPTER(' ', '## 第三章 法律责任'), []);
fix('numbering.chapter-label: the heading written as the chapter before it', LOST_CHAPTER(' ', '法律责任'), 'numbering.chapter-label', '改为“## 第三章 法律责任”', LOST_CHAPTER(' ', '## 第三章 法律责任'));
fix('numbering.chapter-label: its white space and digits as the chapter before it', LOST_CHAPTER('　', '法律责任').replace(/第([一二四])章/g, (_, n: string) => `第${'一二三四'.indexOf(n) + 1}章`), 'numbering.chapter-label', '改为“## 第3章　法律责任”', LOST_CHAPTER('　', '## 第3章　法律责任').replace(/第([一二四])章/g, (_, n: string) => `第${'一二三四'.indexOf(n) + 1}章`));
// 法律责任 (a caption only a chapter carries) after the last labelled 章: its number is the next, unless that 章 holds captions of its own.
const LAST_CHAPTER = (third: string, second = '第二条 主管部门负责管理某事。') => `# 某某条例\n\n## 第一章 总则\n\n第一条 为了规范某事，制定本条例。\n\n## 第二章 管理\n\n${second}\n\n${third}\n\n第三条 违反本条例第二条规定的，责令改正。\n\n附则\n\n第四条 本条例自2023年9月1日起施行。\n`;
check('numbering.chapter-label: 法律责任 after the last labelled 章', LAST_CHAPTER('⟦法律责任⟧'), ['numbering.chapter-label']);
fix('numbering.chapter-label: 法律责任 after the last labelled 章 made 第三章', LAST_CHAPTER('法律责任'), 'numbering.chapter-label', '改为“## 第三章 法律责任”', LAST_CHAPTER('## 第三章 法律责任'));
check('numbering.chapter-label: not when the 章 before holds captions (their labels lost too: the number is unknown)', LAST_CHAPTER('法律责任', '第二条 主管部门负责管理某事。\n\n养护管理\n\n第三条 养护单位负责养护。').replace(/第([三四])条 (违反|本条例自)/g, (_, n: string, w: string) => `第${n === '三' ? '四' : '五'}条 ${w}`), []);
// Two captions whose labels were lost, filling the gap between 第一章 and 第四章 exactly: each a chapter, each with its fix.
const TWO_LOST = (second: string, third: string) => `# 某某条例\n\n## 第一章 总则\n\n第一条 为了规范某事，制定本条例。\n\n${second}\n\n第二条 规划应当公开。\n\n${third}\n\n第三条 运行应当安全。\n\n## 第四章 附则\n\n第四条 本条例自2023年9月1日起施行。\n`;
check('numbering.chapter-label: two bare captions between 第一章 and 第四章', TWO_LOST('⟦规划和建设⟧', '⟦运行和改造⟧'), ['numbering.chapter-label', 'numbering.chapter-label']);
fix('numbering.chapter-label: the first of two made 第二章 (the second still read as 第三章)', TWO_LOST('规划和建设', '运行和改造'), 'numbering.chapter-label', '改为“## 第二章 规划和建设”', TWO_LOST('## 第二章 规划和建设', '运行和改造'));
check('numbering.chapter-label: two captions before the next chapter but one are sections (no number to give; 第二章 missing)', TWO_LOST('规划和建设', '运行和改造').replace('## 第四章', '## ⟦第三章⟧'), ['numbering.chapter']);
// Chapters, sections and parts numbered 1, 2, 3 … (features/chapterNumbering.ts): `numbering.chapter` on the label.
const CHAPTERS = (heads: string[]) => `# 某某条例\n\n${heads.map((h, i) => `${h}\n\n第${formatChinese(i + 1)}条 主管部门负责第${i + 1}项管理。\n`).join('\n')}`;
check('numbering.chapter: 第一章 第二章 第四章', CHAPTERS(['## 第一章 总则', '## 第二章 管理', '## ⟦第四章⟧ 附则']), ['numbering.chapter']);
check('numbering.chapter: 第二章 twice', CHAPTERS(['## 第一章 总则', '## 第二章 管理', '## ⟦第二章⟧ 监督', '## 第三章 附则']), ['numbering.chapter']);
check('numbering.chapter: one out of place, those after it read on from it', CHAPTERS(['## 第一章 总则', '## 第二章 管理', '## 第三章 监督', '## 第四章 责任', '## ⟦第二章⟧ 管理', '## 第三章 监督']), ['numbering.chapter']);
check('numbering.chapter: the heading of 第一章 lost above its articles', `# 某某条例\n\n第一条 为了规范某事，制定本条例。\n\n## ⟦第二章⟧ 管理\n\n第二条 主管部门负责管理某事。\n`, ['numbering.chapter']);
fix('numbering.chapter: a law\'s first chapter heading lost above 第一条, inserted as 第二章 is written', `# 某某条例\n\n第一条 为了规范某事，制定本条例。\n\n## 第二章　管理\n\n第二条 主管部门负责管理某事。\n`, 'numbering.chapter', '在第一条前插入“## 第一章　总则”', `# 某某条例\n\n## 第一章　总则\n\n第一条 为了规范某事，制定本条例。\n\n## 第二章　管理\n\n第二条 主管部门负责管理某事。\n`);
fix('numbering.chapter: 總則 in a law in traditional script', `# 某某條例\n\n第一條 為了規範某事，制定本條例。\n\n## 第二章 管理\n\n第二條 主管部門負責管理某事。\n`, 'numbering.chapter', '在第一条前插入“## 第一章 總則”', `# 某某條例\n\n## 第一章 總則\n\n第一條 為了規範某事，制定本條例。\n\n## 第二章 管理\n\n第二條 主管部門負責管理某事。\n`);
// Renumbered in order, with the references naming them (and not another instrument's chapter, nor a chapter named before the run).
const RENUMBER_LAW = (c: string[], refs: string) => `# 某某条例\n\n## 第一章 总则\n\n第一条 为了规范某事，制定本条例。${refs}\n\n## ${c[0]} 管理\n\n第二条 主管部门负责管理某事。\n\n## ${c[1]} 监督\n\n第三条 监督依照本条例${c[2]}的规定进行。\n\n## ${c[2]} 附则\n\n第四条 本条例自2023年9月1日起施行。\n`;
fix('numbering.chapter: 第一章 第二章 第四章 numbered in order, 本条例第四章 with them', RENUMBER_LAW(['第二章', '第四章', '第五章'], '违反第二章规定的，依照《联合国宪章》第五章处理。'), 'numbering.chapter', '依次编号各章（第三章…）并更新引用', RENUMBER_LAW(['第二章', '第三章', '第四章'], '违反第二章规定的，依照《联合国宪章》第五章处理。'));
fix('numbering.chapter: 第2章 twice, the second and those after it numbered on in Arabic digits, 第3章 named with them', RENUMBER_LAW(['第2章', '第2章', '第3章'], '').replace('## 第一章', '## 第1章'), 'numbering.chapter', '依次编号各章（第3章…）并更新引用', RENUMBER_LAW(['第2章', '第3章', '第4章'], '').replace('## 第一章', '## 第1章'));
test('fix numbering.chapter: not offered for a gap after a chapter holding 节 (the missing chapter\'s heading may be lost above them)', () => {
  const titles = (source: string) => {
    const ws = workspace(source);
    const snapshot = ws.snapshot();
    const found = diagnostics(contextOf(ws.index, snapshot)).filter((x) => x.code === 'numbering.chapter');
    assert.equal(found.length, 1);
    return codeActions(contextOf(ws.index, snapshot), found).map((a) => a.title).filter((t) => !t.startsWith('在下一行禁用'));
  };
  const gap = RENUMBER_LAW(['第二章', '第四章', '第五章'], '');
  assert.deepEqual(titles(gap), ['依次编号各章（第三章…）并更新引用']);
  assert.deepEqual(titles(gap.replace('第二条 主管部门', '### 第一节 一般规定\n\n第二条 主管部门')), []);
});
check('numbering.chapter: a page of chapters opens at 第三章', `## 第三章 管理\n\n第十条 主管部门负责管理某事。\n\n## 第四章 附则\n\n第十一条 本条例自2023年9月1日起施行。\n`, []);
check('numbering.chapter: 第一节 lost under its chapter (a caption over its articles)', CHAPTERS(['## 第一章 总则', '## 第二章 管理\n\n一般规定', '### ⟦第二节⟧ 特别规定', '### 第三节 监督']), ['numbering.chapter']);
check('numbering.chapter: chapters numbered through the law\'s 编 (第二编 opens at 第三章), or again in each', CHAPTERS(['## 第一编 总则\n\n### 第一章 任务', '### 第二章 原则', '## 第二编 程序\n\n### 第三章 管辖', '### 第四章 审判', '## 第三编 执行\n\n### 第一章 一般规定']), []);
check('numbering.chapter: a chapter an amendment quotes', `# 某某法修正案\n\n第一条 本法增加一章，作为第五章：\n\n## 第五章 监督\n\n第二条 本修正案自公布之日起施行。\n`, []);
check('numbering.chapter: an excerpt skips chapters', `# 某某条例（节选）\n\n## 第一章 总则\n\n第一条 为了规范某事，制定本条例。\n\n## 第三章 附则\n\n第三十条 本条例自2023年9月1日起施行。\n`, []);
check('style.heading-mixed: a bare 第三条 among ## headings', ARTICLES(['## 第一条', '## 第二条', '⟦第三条⟧', '## 第四条']), ['style.heading-mixed']);
fix('style.heading-mixed: the bare heading made a markdown heading', ARTICLES(['## 第一条', '## 第二条', '第三条', '## 第四条']), 'style.heading-mixed', '改为“## 第三条”', ARTICLES(['## 第一条', '## 第二条', '## 第三条', '## 第四条']));
// A text in traditional characters writes 條: the fix changes the label's form, not its script (the fix wrote
// 第三条 over 第 三 條 in a text of 第一條, 第二條).
fix('style.heading-mixed: 第 三 條 among 第一條, 第二條 written 第三條', ARTICLES(['第一條', '第二條', '第 三 條', '第四條']), 'style.heading-mixed', '改为“第三條”', ARTICLES(['第一條', '第二條', '第三條', '第四條']));
fix('style.heading-mixed: 第3條之一 among 第…條 written 第三條之一', ARTICLES(['## 第一條', '## 第二條', '## 第三條', '## 第3條之一', '## 第四條']), 'style.heading-mixed', '改为“## 第三條之一”', ARTICLES(['## 第一條', '## 第二條', '## 第三條', '## 第三條之一', '## 第四條']));
check('style.heading-mixed: ## and ### headings, one style of label, are one style', ARTICLES(['## 第一条', '## 第二条', '### 第三条', '## 第四条']), []);

check('date.invalid: 2月30日 and 十三月', `${HEAD}## 第一条\n\n双方于⟦2023年2月30日⟧和⟦二〇〇二年十三月⟧会晤。\n${TAIL}`, ['date.invalid', 'date.invalid']);
check('date.invalid: 29 February of a leap year exists', `${HEAD}## 第一条\n\n双方于2000年2月29日和二〇二四年二月二十九日会晤。\n${TAIL}`, []);
// A line with a 年 and no 月 holds no date to check (`有效期五年`, `三年以下`): passed over, the dates after it still read.
check('date.invalid: read after lines with a 年 and no month, and after a 年 before the date on its line', `${HEAD}## 第一条\n\n本协定有效期五年。\n\n处三年以下有期徒刑。\n\n为期一年，双方于⟦2023年2月30日⟧会晤。\n\n双方每年会晤一次。\n\n双方于⟦二〇〇二年十三月⟧会晤。\n${TAIL}`, ['date.invalid', 'date.invalid']);
check('date.cited-after-signing: a citation dated after the signing', `${HEAD}## 第一条\n\n双方依照⟦2005年7月5日⟧⟦《中华人民共和国和乙国边界协定》⟧合作。\n${TAIL}`, ['date.cited-after-signing', 'ref.citation-not-found']);
check('date.cited-after-signing: a citation dated before the signing is right', `${HEAD}## 第一条\n\n双方依照1999年7月5日⟦《中华人民共和国和乙国边界协定》⟧合作。\n${TAIL}`, ['ref.citation-not-found']);

const SIGNING = '\n本协定于2001年7月16日在莫斯科签订，一式两份，每份均用中文和俄文写成，两种文本同等作准。\n';
const TITLED = (title: string, body: string, signing = SIGNING.replace('本协定', `本${title.replace(/⟦|⟧/g, '').slice(-2)}`)) => `# ${title}\n\n中华人民共和国和甲国（以下简称“双方”），达成协议如下：\n\n## 第一条\n\n${body}\n${signing}`;
check('final.no-entry-into-force: an agreement that never says when it enters into force', TITLED('⟦中华人民共和国和甲国友好合作协定⟧', '双方发展合作。本协定有效期五年。'), ['final.no-entry-into-force']);
check('final.no-duration: an agreement that says nothing of its term', TITLED('⟦中华人民共和国和甲国友好合作协定⟧', '双方发展合作。本协定自签字之日起生效。'), ['final.no-duration']);
check('final.no-signing-clause: an agreement without a signing clause', TITLED('⟦中华人民共和国和甲国友好合作协定⟧', '双方发展合作。本协定自签字之日起生效，有效期五年。', ''), ['final.no-signing-clause']);
// A draft's signing clause with its date and place left blank, to be filled in at the signing, is its signing clause (white space or underscores where the numbers go).
for (const blank of ['于　　年　　月　　日在　　签订，一式两份，均用中文和俄文写成。', '于    年  月  日在    签订，一式两份，均用中文和俄文写成。', '于____年__月__日在______签订，一式两份，均用中文和俄文写成。']) {
  check(`final.no-signing-clause: not asked for where the date is left blank (${blank.slice(0, 12)})`, TITLED('中华人民共和国和甲国友好合作协定', '双方发展合作。本协定自签字之日起生效，有效期五年。', `\n本协定${blank}\n`), []);
}
// Blanks that are no date (`于　　在北京签订`, no 年月日) make no signing clause.
check('final.no-signing-clause: asked for where blanks stand without a year, month and day', TITLED('⟦中华人民共和国和甲国友好合作协定⟧', '双方发展合作。本协定自签字之日起生效，有效期五年。', '\n本协定于　　在北京签订，均用中文和俄文写成。\n'), ['final.no-signing-clause']);
// A draft that says it is one in its title (`（草案）`, `《…》草案`, `…谈判案文`) is not signed yet and its final clauses are still
// being negotiated: none is asked for. (A text that does not say so is asked for them, below.)
for (const title of ['中华人民共和国和甲国友好合作协定（草案）', '《中华人民共和国和甲国友好合作协定》草案', '中华人民共和国和甲国友好合作协定谈判案文', '中华人民共和国和甲国友好合作协定（修订草案征求意见稿）']) {
  check(`final clauses: not asked for in a draft titled ${title}`, TITLED(title, '双方发展合作。', ''), []);
}
// The instrument a draft is a draft of, named in its preamble (`《…》各缔约方`), is this text: no citation of a missing document.
check('ref.citation-not-found: not for the instrument a draft says it is a draft of', '# 《甲组织乙协定》草案\n\n《甲组织乙协定》各缔约方，\n\n认识到合作的重要性，\n\n兹协议如下：\n\n## 第一条\n\n各缔约方应开展合作。\n', []);
// Nor for the text itself as its issuer publishes it (the Supreme People's Court's sentence above an arrangement: its name
// with `最高人民法院关于` before the title); a citation of another instrument with an issuer before it is still one.
check('ref.citation-not-found: not for the text itself named with its issuer\'s 关于 before its title', '《最高人民法院关于内地与甲特别行政区法院相互认可和执行民商事案件判决的安排》已于2019年1月14日由最高人民法院审判委员会第1759次会议通过，现予公布。\n\n内地与甲特别行政区法院相互认可和执行民商事案件判决的安排\n\n根据甲特别行政区的情况，经协商，达成如下安排：\n\n第一条　内地与甲特别行政区法院民商事案件生效判决的相互认可和执行，适用本安排。\n\n第二条　本安排自公布之日起施行。\n', []);
check('ref.citation-not-found: still for another instrument named with its issuer\'s 关于', '⟦《最高人民法院关于内地与甲特别行政区法院相互委托送达民商事司法文书的安排》⟧已于2019年1月14日由最高人民法院审判委员会第1759次会议通过，现予公布。\n\n内地与甲特别行政区法院相互认可和执行民商事案件判决的安排\n\n根据甲特别行政区的情况，经协商，达成如下安排：\n\n第一条　内地与甲特别行政区法院民商事案件生效判决的相互认可和执行，适用本安排。\n\n第二条　本安排自公布之日起施行。\n', ['ref.citation-not-found']);
// A text that stops short — a page its store cut mid-sentence, or a preview ending `... ...` before the page's
// footer — may have its final clauses past its end: none is asked for. A text ending a sentence, or a draft whose
// last article is a heading not written yet, is asked for them.
for (const [what, body] of [
  ['a letter', '双方发展合作。派遣国拟向接受国派遣领馆馆长时，应通过'],
  ['a comma', '双方发展合作，'],
  ['an opening bracket', '双方发展合作：（'],
  ['a character lost in copying', '双方发展合作，被请求方境\ufffd'],
  ['a preview’s ellipsis, the page’s footer after it', '双方发展合作，指以航空器从事定期航... ...\n\n支付方式\n\n免责声明：各类文本仅供参考。'],
  ['an ellipsis', '双方发展合作……'],
  // (The UN model tax convention's page, cut after its 第三条's list: `(1)(甲国)的……;和` / `(2)(乙国)的……;`.)
  ['a semicolon, its list going on', '双方的“主管当局”一词系指：\n\n（一）甲国的财政部长；\n\n（二）乙国的财政部长；'],
  ['a colon', '双方同意如下：'],
]) {
  check(`final clauses: not asked for in a text that stops short, ending with ${what}`, TITLED('中华人民共和国和甲国友好合作协定', body, ''), []);
}
check('final clauses: asked for in a text that ends its sentence', TITLED('⟦⟦⟦中华人民共和国和甲国友好合作协定⟧⟧⟧', '双方发展合作。', ''), ['final.no-entry-into-force', 'final.no-duration', 'final.no-signing-clause']);
check('final clauses: asked for in a draft ending with its signatures (names end no sentence, yet cut nothing)', TITLED('⟦⟦⟦中华人民共和国和甲国友好合作协定⟧⟧⟧', '双方发展合作。\n\n中华人民共和国代表　　　甲国代表\n\n王五　　　　　　　　　赵六', ''), ['final.no-entry-into-force', 'final.no-duration', 'final.no-signing-clause']);
check('final clauses: asked for in a draft ending with a date alone', TITLED('⟦⟦⟦中华人民共和国和甲国友好合作协定⟧⟧⟧', '双方发展合作。\n\n2020年1月1日', ''), ['final.no-entry-into-force', 'final.no-duration', 'final.no-signing-clause']);
// A date alone in the Republic's era or with the Western era's name (`中華民國三十八年五月二十日`, a proclamation's last line) ends a text as `2020年1月1日` does.
check('final clauses: asked for in a draft ending with a date alone in the Republic\'s era', TITLED('⟦⟦⟦中华人民共和国和甲国友好合作协定⟧⟧⟧', '双方发展合作。\n\n中华民国三十八年五月二十日', ''), ['final.no-entry-into-force', 'final.no-duration', 'final.no-signing-clause']);
check('final clauses: asked for in a draft ending with a date alone in Japan\'s era', TITLED('⟦⟦⟦中华人民共和国和甲国友好合作协定⟧⟧⟧', '双方发展合作。\n\n平成十年十一月二十六日', ''), ['final.no-entry-into-force', 'final.no-duration', 'final.no-signing-clause']);
check('final clauses: asked for in a draft ending with a date alone after 公元', TITLED('⟦⟦⟦中华人民共和国和甲国友好合作协定⟧⟧⟧', '双方发展合作。\n\n公元一九九六年七月五日', ''), ['final.no-entry-into-force', 'final.no-duration', 'final.no-signing-clause']);
// A draft's signature block with dotted lines to sign on (`中华人民共和国政府代表：…………`) is no preview's cut: the dots follow a colon, a blank to fill.
check('final clauses: asked for in a draft ending with dotted lines to sign on', TITLED('⟦⟦⟦中华人民共和国和甲国友好合作协定⟧⟧⟧', '双方发展合作。\n\n中华人民共和国政府代表：…………\n\n甲国政府代表：…………', ''), ['final.no-entry-into-force', 'final.no-duration', 'final.no-signing-clause']);
// A page cut short in its last article, its text broken off mid-word (`第二条 1.双方`, `二、双方`): the final clauses may be on the part not copied.
check('final clauses: not asked for in a page broken off in its last article\'s numbered paragraph', TITLED('中华人民共和国和甲国友好合作协定', '双方发展合作。\n\n## 第二条\n\n一、双方交流。\n\n二、双方在教', ''), []);
check('final clauses: not asked for in a page broken off after its last article\'s caption and paragraph number', TITLED('中华人民共和国和甲国友好合作协定', '双方发展合作。\n\n第二条 争议解决 1.本协', ''), []);
// A page its store cut right after an item's or a paragraph's number (`(二)` alone, the France extradition treaty on Wikisource): the entry is empty, the text goes on past the cut.
check('final clauses: not asked for in a page cut after an item\'s number alone (（二）)', TITLED('中华人民共和国和甲国引渡条约', '有下列情形之一的，双方应当拒绝引渡：\n\n（一）被请求方认为，该犯罪是政治犯罪；\n\n（二）', ''), []);
check('final clauses: not asked for in a page cut after a paragraph\'s number alone (3.)', TITLED('中华人民共和国和甲国友好合作协定', '1. 双方交流。\n\n2. 双方协商。\n\n3.', ''), []);
check('final clauses: asked for in a draft whose last article is its label and caption', TITLED('⟦⟦⟦中华人民共和国和甲国友好合作协定⟧⟧⟧', '双方发展合作。\n\n第二条　争议解决', ''), ['final.no-entry-into-force', 'final.no-duration', 'final.no-signing-clause']);
// A page's furniture after a complete text is no cut: `（责任编辑：王萌萌）`, `[ 責(zé)任編輯:陽艷萍 ]` and `【糾錯】 責(zé)任編輯: 王萌萌`,
// `图集` / `+1` and a page id (Xinhua's pages and a mirror converting them, with a converter's pinyin), `】 【打 印】` (crntt.com),
// `| 关闭 | 分享到:` (law-lib.com), `来源：新华网`, `【打印】【关闭】`: the text ends before it, and its final clauses are asked for.
for (const footer of [
  '（责任编辑：王萌萌）',
  '[ 責(zé)任編輯:陽艷萍 ]',
  '图集\n+1\n【糾錯】 責(zé)任編輯: 王萌萌\n010020030300000000000000011107271123302595',
  '】 【打 印】',
  '来源：新华网\n\n【打印】【关闭】',
  '分享到：\n\n上一篇：中华人民共和国和乙国联合声明',
  '【字体：大 中 小】 【打印本页】 【关闭窗口】',
]) {
  check(`final clauses: asked for in a text followed by its page's footer: ${footer.replace(/\n/g, ' / ')}`, TITLED('⟦⟦⟦中华人民共和国和甲国友好合作协定⟧⟧⟧', `双方发展合作。\n\n${footer}`, ''), ['final.no-entry-into-force', 'final.no-duration', 'final.no-signing-clause']);
}
check('final clauses: a text cut by its store before its page\'s footer is still cut', TITLED('中华人民共和国和甲国友好合作协定', '双方发展合作，派遣国拟向接受国派遣领馆馆长时，应通过\n\n（责任编辑：王萌萌）', ''), []);
// Words after the label that open a clause (根据, 依照, 按照, 为了, 如果, 鉴于 …) are the article's first sentence, not its caption:
// a page cut there (`第五条 根据布隆迪政府`, a law site's 1972 China–Burundi agreement) stops short.
check('final clauses: not asked for in a text cut in the first words of its last article, on the label\'s line (第二条 根据甲国政府)', TITLED('中华人民共和国和甲国友好合作协定', '双方发展合作。\n\n第二条 根据甲国政府', ''), []);
check('final clauses: not asked for in a text cut so in traditional script (第二條 依照甲國法律)', TITLED('中华人民共和国和甲国友好合作协定', '双方发展合作。\n\n第二條 依照甲國法律', ''), []);
// A last article's "caption" that is the first words of a phrase the title wrote, cut where the title goes on (`第一条 中国新疆和由巴基斯`, a
// treaty database's page of the 1965 China–Pakistan boundary protocol, the title writing `…中国新疆和由巴基斯坦实际控制其防务的…`): a cut.
check('final clauses: not asked for in a text cut in its last article\'s first words, the title\'s own words cut short (第二条 甲国和乙国边境地)', TITLED('中华人民共和国和甲国关于甲国和乙国边境地区合作的协定', '双方发展合作。\n\n第二条 甲国和乙国边境地', ''), []);
// Not: a caption of its own words (`边境地区合作`, whole in the title, then the title's 的), nor a short one (`定义`), nor a caption ending
// the text that the title or preamble holds whole.
check('final clauses: asked for in a draft whose last article has a caption alone, the title\'s words whole (第二条 边境地区合作)', TITLED('⟦⟦⟦中华人民共和国和甲国关于边境地区合作协定⟧⟧⟧', '双方发展合作。\n\n第二条 边境地区合作', ''), ['final.no-entry-into-force', 'final.no-duration', 'final.no-signing-clause']);
check('final clauses: asked for in a draft whose last article has a short caption alone (第二条 定义)', TITLED('⟦⟦⟦中华人民共和国和甲国友好合作协定⟧⟧⟧', '双方同意定义如下。\n\n第二条 定义', ''), ['final.no-entry-into-force', 'final.no-duration', 'final.no-signing-clause']);
check('final clauses: not asked for in a short line cut (同意在)', TITLED('中华人民共和国和甲国友好合作协定', '双方发展合作。\n\n双方同意在', ''), []);
check('final clauses: asked for in a draft whose last article is a heading alone', TITLED('⟦⟦⟦中华人民共和国和甲国友好合作协定⟧⟧⟧', '双方发展合作。\n\n## 第二条', ''), ['final.no-entry-into-force', 'final.no-duration', 'final.no-signing-clause']);
check('final clauses: an ellipsis in the middle of a text that ends its sentence is no cut', TITLED('⟦⟦⟦中华人民共和国和甲国友好合作协定⟧⟧⟧', '双方在下列领域合作：经贸、科技……\n\n双方加强交流。\n\n双方定期会晤。\n\n双方交换信息。\n\n双方协商解决争议。', ''), ['final.no-entry-into-force', 'final.no-duration', 'final.no-signing-clause']);
check('final clauses: a protocol needs no term of its own', TITLED('中华人民共和国和甲国友好合作协定的议定书', '双方发展合作。本议定书自签字之日起生效。'), []);
check('final clauses: a joint statement needs none', '# 中华人民共和国和甲国联合声明\n\n中华人民共和国和甲国（以下简称“双方”）发表声明如下：\n\n一、双方发展合作。\n\n二、双方加强交流。\n\n2001年7月16日于莫斯科\n', []);
check('final clauses: a law needs none', '# 中华人民共和国某某法\n\n## 第一条\n\n为了规范某某，制定本法。\n\n## 第二条\n\n国家发展某某。\n', []);

check('term.two-names: one thing given a second short name', `${HEAD}## 第一条\n\n中华人民共和国和甲国（以下简称“⟦缔约双方⟧”）发展合作，双方和缔约双方加强交流。\n${TAIL}`, ['term.two-names']);
check('term.two-names: two kinds of one thing (信仰宗教的公民, 不信仰宗教的公民) are two terms', '# 甲条例\n\n第一条 不得歧视信仰宗教的公民（以下称信教公民）或者不信仰宗教的公民（以下称不信教公民）。\n\n第二条 信教公民和不信教公民应当相互尊重。\n', []);
check('term.two-names: the same qualified thing named twice', '# 甲条例\n\n第一条 从事经营的企业（以下简称经营企业）应当登记。\n\n第二条 从事经营的企业（以下简称“⟦经营者⟧”）和经营企业应当纳税，经营者应当守法。\n', ['term.two-names']);
check('term.two-names: two lists ending with 其他… (…主管部门或者…确定的其他部门) are two things, not one 其他部门 named twice', '# 甲条例\n\n第一条 甲市经济主管部门或者县（市、区）人民政府确定的其他部门（以下统称经济部门）负责经济工作。\n\n第二条 甲市数据主管部门或者县（市、区）人民政府确定的其他部门（以下统称数据部门）负责数据工作。\n\n第三条 经济部门和数据部门应当合作。\n', []);
check('term.two-names: one list ending with 其他… named twice', '# 甲条例\n\n第一条 甲市经济主管部门或者甲市人民政府确定的其他部门（以下统称经济部门）负责经济工作。\n\n第二条 甲市经济主管部门或者甲市人民政府确定的其他部门（以下统称⟦统管部门⟧）负责数据工作。\n\n第三条 经济部门和统管部门应当合作。\n', ['term.two-names']);
// A law names one class by the role it plays in its articles (安阳市政务服务条例: 单位和个人 named 申请人, then 来电人); a second
// short name of it (商务部门 beside 主管部门, both its own words) is still a second name.
check('term.two-names: a law\'s names of one class for its roles (申请人, 来电人) are two roles, not two names', '# 甲市政务服务条例\n\n第一条 单位和个人（以下简称申请人）可以申请办理政务服务事项。\n\n第二条 单位和个人（以下简称来电人）可以拨打热线，申请人和来电人依法享有权利。\n', []);
check('term.two-names: a law\'s two short names made of its words are two names', '# 甲市商务条例\n\n第一条 甲市商务主管部门（以下简称商务部门）负责商务工作。\n\n第二条 甲市商务主管部门（以下简称⟦主管部门⟧）负责监督，商务部门和主管部门依法履行职责。\n', ['term.two-names']);
check('term.two-names: one definition giving two names is right', '# 甲乙协定\n\n中华人民共和国和甲国（以下简称“双方”或“缔约双方”），达成协议如下：\n\n## 第一条\n\n双方和缔约双方发展合作。本协定自签字之日起生效，有效期五年。\n\n本协定于2001年7月16日在莫斯科签订，一式两份。\n', []);
check('term.long-form: the phrase a term stands for, written again', `${HEAD}## 第一条\n\n⟦中华人民共和国和甲国⟧发展合作，双方加强交流。\n${TAIL}`, ['term.long-form']);
fix('term.long-form: the term instead', `${HEAD}## 第一条\n\n中华人民共和国和甲国发展合作，双方加强交流。\n${TAIL}`, 'term.long-form', '改为“双方”', `${HEAD}## 第一条\n\n双方发展合作，双方加强交流。\n${TAIL}`);
// A phrase that names an article (本条第一款所述机构, 前条规定的机构) names another one where written again in another article
// (本条, 前条 are where they stand), and the term in its place would drop the reference: no long form.
check('term.long-form: a noun read after 的 (…指定的金融机构) is the thing so qualified: the noun alone elsewhere is the wider kind, no long form', '# 甲条例\n\n第一条 清算组可以委托甲银行指定的金融机构（以下简称托管机构）办理清算事务。\n\n第二条 被撤销的金融机构应当配合托管机构。\n', []);
check('term.long-form: a list\'s last member read after 的 (…或者外交部委托的其他驻外机构): 其他… alone elsewhere is no long form', '# 甲条例\n\n第一条 甲国驻外使馆、领馆或者外交部委托的其他驻外机构（以下称签证机关）负责签发签证。\n\n第二条 其他驻外机构不得签发签证，应当告知签证机关。\n', []);
// 浙江省普陀山风景名胜区条例: `普陀山风景名胜区（以下简称风景区）`, then `普陀山风景名胜区管理委员会` in twenty articles, the committee's name.
check('term.long-form: the long form heading a body\'s name (…风景名胜区管理委员会) is that name, no long form; alone it is one', '# 甲省乙山风景名胜区条例\n\n第一条 为了加强乙山风景名胜区（以下简称风景区）的管理，制定本条例。\n\n第二条 乙山风景名胜区管理委员会负责风景区的保护，乙山风景名胜区管委会、乙山风景名胜区管理局和乙山风景名胜区管理处予以配合。\n\n第三条 ⟦乙山风景名胜区⟧内禁止开山采石。\n', ['term.long-form']);
// A law's name of a body for one role (城镇国有土地使用权出让和转让暂行条例: `市、县人民政府土地管理部门（以下简称出让方）`):
// the body written again acting in another role is no long form of the role; a short name made of its words still is.
// A law naming a body as one party to the dealing it governs (考古涉外工作管理办法: `外国组织和国际组织(以下简称外方)`, the foreign side
// of a joint excavation): the body written again outside it (`外国公民、外国组织和国际组织` visiting a site) is no long form of the side;
// a treaty's parties (双方) are still checked.
check('term.long-form: a law\'s party name (外方) leaves the body outside the dealing alone; a short name of its words (文物局) does not', '# 甲省考古涉外工作管理办法\n\n第一条 中国有关单位（以下简称中方）同外国组织和国际组织（以下简称外方）合作发掘，中方和外方应当遵守本办法。\n\n第二条 外国公民、外国组织和国际组织参观文物点，应当经批准。\n\n第三条 甲省文物局和乙市文物局（以下简称文物局）负责审批，⟦甲省文物局和乙市文物局⟧应当公开，文物局依法监督。\n', ['term.long-form']);
check('term.long-form: a law\'s role name (出让方) leaves the body in other roles alone; a short name of its words (国土部门) does not', '# 甲省土地使用权出让条例\n\n第一条 甲市土地管理部门（以下简称出让方）与土地使用者签订出让合同。\n\n第二条 甲市土地管理部门责令限期纠正，出让方依法收回。\n\n第三条 甲县国土资源管理部门（以下简称国土部门）负责登记，⟦甲县国土资源管理部门⟧应当公开，国土部门依法监督。\n', ['term.long-form']);
check('term.long-form: a phrase holding a relative reference (前条所述机构) is no long form: in another article it names another', '# 甲乙协定\n\n## 第一条\n\n甲。\n\n## 第二条\n\n前条所述机构（以下简称“机构”）负责协调。\n\n## 第三条\n\n前条所述机构和机构应当合作。本协定自签字之日起生效。\n\n本协定于2001年7月16日在莫斯科签订，一式两份。\n', []);
check('term.long-form: a use holding a reference its definition\'s words did not make (前条 in the first article names nothing)', '# 甲乙协定\n\n## 第一条\n\n前条所述机构（以下简称“机构”）负责协调。\n\n## 第二条\n\n前条所述机构和机构应当合作。本协定自签字之日起生效。\n\n本协定于2001年7月16日在莫斯科签订，一式两份。\n', []);
check('term.long-form: a phrase holding an article number is no long form either (the term would drop the reference)', '# 甲乙协定\n\n## 第一条\n\n甲。\n\n## 第二条\n\n本协定第一条所述机构（以下简称“机构”）负责协调。\n\n## 第三条\n\n本协定第一条所述机构和机构应当合作。本协定自签字之日起生效。\n\n本协定于2001年7月16日在莫斯科签订，一式两份。\n', []);
// An instrument named without 《》 after the organization (`遵循…签署的上海合作组织宪章`, the SCO science agreement): its name, not the organization's.
check('term.long-form: the phrase before a kind of instrument, no 《》 around it, is that instrument\'s name', '# 甲组织成员国政府间科技合作协定\n\n甲组织成员国政府，发展和加强甲合作组织（以下简称甲合组织）成员国之间的友好关系，遵循甲合作组织宪章，达成协议如下：\n\n## 第一条\n\n各方在甲合组织框架下合作。\n\n## 第二条\n\n本协定自签字之日起生效，有效期五年。\n\n本协定于2013年9月13日在比什凯克签订，一式两份。\n', []);
check('term.long-form: a longer name, or a title, that begins with the phrase is right', `${HEAD}## 第一条\n\n中华人民共和国和甲国政府依照⟦《中华人民共和国和甲国边界协定》⟧合作，双方加强交流。\n${TAIL}`, ['ref.citation-not-found']);

// term.variant (features/termVariants.ts): a defined name of the parties written in another form of the same group.
const PARTIES = (term: string, body: string) => `# 中华人民共和国和甲国友好合作协定\n\n中华人民共和国和甲国（以下简称“${term}”），达成协议如下：\n\n## 第一条\n\n${body}\n${TAIL}`;
check('term.variant: 双方 and 缔约方 where 缔约双方 is defined', PARTIES('缔约双方', '缔约双方发展合作。经⟦双方⟧同意，⟦缔约方⟧可以交换信息；⟦双方⟧加强交流。'), ['term.variant', 'term.variant', 'term.variant']);
check('term.variant: 缔约双方 where 双方 is defined', PARTIES('双方', '双方发展合作，⟦缔约双方⟧加强交流。'), ['term.variant']);
check('term.variant: 各方 where 缔约各方 is defined', PARTIES('缔约各方', '缔约各方发展合作。⟦各方⟧加强交流。'), ['term.variant']);
check('term.variant: forms that name something else are right (缔约一方, 缔约另一方, 一方或者双方, 各缔约方, 该缔约方, 其他缔约方, 缔约方大会, 各方面, 争端双方)',
  PARTIES('缔约双方', '缔约双方发展合作。缔约一方应通知缔约另一方；一方或者双方、各缔约方、该缔约方、其他缔约方、非缔约方均可参加缔约方大会。双方面的、各方面的合作，由争端双方协商。'), []);
check('term.variant: a bilateral 各方 (each side) is not 双方', PARTIES('双方', '双方发展合作，费用由各方自行承担。'), []);
check('term.variant: a multilateral 双方 is not 缔约各方', PARTIES('缔约各方', '缔约各方发展合作，争议由有关的双方协商，经双方同意解决。'), []);
check('term.variant: not where the text also speaks of 缔约国 (a bare 双方 may mean the States)', PARTIES('缔约双方', '缔约双方发展合作。同时为缔约国双方居民的人，由双方主管当局协商。'), []);
check('term.variant: not before the definition, in quoted text, in a title, in the signing clause, nor a form defined too',
  '# 中华人民共和国和甲国友好合作协定\n\n缔约方决心发展合作。中华人民共和国和甲国（以下简称“缔约双方”或“双方”），达成协议如下：\n\n## 第一条\n\n缔约双方依照⟦《缔约方合作协定》⟧和“缔约方应合作”的原则，双方加强交流。\n\n本协定自签字之日起生效，有效期五年。\n\n本协定于2001年7月16日在莫斯科签订，一式两份，缔约方各执一份。\n', ['ref.citation-not-found']);
fix('term.variant: the defined term instead, nothing else changed', PARTIES('缔约双方', '缔约双方发展合作。经双方同意，缔约一方可以通知。'), 'term.variant', '改为“缔约双方”', PARTIES('缔约双方', '缔约双方发展合作。经缔约双方同意，缔约一方可以通知。'));
// Every check's whole diagnostic: range (⟦…⟧), code, severity, message and the data its
// quick fix reads, so that a wrong number in a message or a wrong severity fails too.
// Severities: 1 error, 2 warning, 3 information, 4 hint.
function described(name: string, source: string, want: Whole[], severities: SeveritySettings = {}): void {
  test(`whole diagnostic: ${name}`, () => assertWholeDiagnostics(source, want, { settings: { severity: severities } }));
}

const BODY = '## 第一条\n\n双方发展合作。\n';

described('numbering.gap over two articles', `${HEAD}${BODY}\n## ⟦第四条⟧\n\n本协定自签字之日起生效。\n${TAIL}`,
  [{ code: 'numbering.gap', severity: 2, message: '缺少第二条至第三条', data: { expected: 2 } }]);
// A gap named as the units are: a joint statement's points (三、), an older treaty's articles numbered 款.
described('numbering.gap in a joint statement\'s points names the point', '# 中华人民共和国和甲国联合声明\n\n应甲国总统邀请，中华人民共和国主席对甲国进行国事访问。双方声明如下：\n\n一、双方同意发展合作。\n\n二、双方加强交流。\n\n⟦四、⟧双方支持多边主义。\n',
  [{ code: 'numbering.gap', severity: 2, message: '缺少三、', data: { expected: 3 } }]);
// A resolution's operative paragraphs with one deleted (1. 3. 4.): still its points (they were read as none, the
// outline empty), the one missing named as they are numbered.
const RESOLUTION = '# 安全理事会第1518（2003）号决议\n\n安全理事会，\n\n回顾其以前所有有关决议，\n\n1. 决定设立一个委员会；\n\n⟦3.⟧ 决定不断审议上文第1段所述委员会的任务；\n\n4. 决定继续处理此案。\n';
described('numbering.gap in a resolution\'s points numbered in digits names the point so', RESOLUTION,
  [{ code: 'numbering.gap', severity: 2, message: '缺少2.', data: { expected: 2 } }]);
described('numbering.gap among articles numbered 第…款 names the 款', '# 中华民国与甲国友好条约\n\n中华民国与甲国，愿敦睦邦交，议定条款如下：\n\n第一款　两国永敦和好。\n\n⟦第三款⟧　本约自签字之日起生效，有效期十年。本约用中文及甲文各缮两份。\n\n本约于中华民国三十三年三月二日在重庆签订。\n',
  [{ code: 'numbering.gap', severity: 2, message: '缺少第二款', data: { expected: 2 } }]);
described('numbering.gap and numbering.order', `${HEAD}${BODY}\n## ⟦第三条⟧\n\n甲。\n\n## ⟦第二条⟧\n\n本协定自签字之日起生效。\n${TAIL}`, [
  { code: 'numbering.gap', severity: 2, message: '缺少第二条', data: { expected: 2 } },
  { code: 'numbering.order', severity: 2, message: '第二条位置不对：应在第三条之前' },
]);
described('numbering.duplicate', `${HEAD}${BODY}\n## 第二条\n\n甲。\n\n## ⟦第二条⟧\n\n乙。\n${TAIL}`,
  [{ code: 'numbering.duplicate', severity: 1, message: '第二条重复' }]);
described('syntax.bad-number', `${HEAD}${BODY}\n## ⟦第十十条⟧\n\n甲。\n${TAIL}`,
  [{ code: 'syntax.bad-number', severity: 1, message: '无法识别的条号：第十十条' }]);
described('signing.copies', `${HEAD}${BODY}${TAIL.replace('一式两份', '⟦一式三份⟧')}`,
  [{ code: 'signing.copies', severity: 3, message: '2个缔约方，一式三份' }]);
described('signing.authentic-count', `${HEAD}${BODY}${TAIL.replace('两种文本同等作准', '⟦三种文本同等作准⟧')}`,
  [{ code: 'signing.authentic-count', severity: 2, message: '列出了2种语文（中文、俄文），却说三种文本同等作准' }]);
described('signing.authentic-count, two said: 两, not 二', `${HEAD}${BODY}${TAIL.replace('每份均用中文和俄文写成', '每份均用中文、哈萨克文和俄文写成').replace('两种文本同等作准', '⟦两种文本同等作准⟧')}`,
  [{ code: 'signing.authentic-count', severity: 2, message: '列出了3种语文（中文、哈萨克文、俄文），却说两种文本同等作准' }]);
described('signing.self-reference', `${HEAD}${BODY}${TAIL.replace('本协定于', '⟦本协议⟧于')}`,
  [{ code: 'signing.self-reference', severity: 2, message: '标题称“协定”，这里应为“本协定”' }]);
described('self.mismatch', `${HEAD}## 第一条\n\n双方执行⟦本条约⟧。\n${TAIL}`,
  [{ code: 'self.mismatch', severity: 2, message: '标题称“协定”，这里应为“本协定”' }]);
described('term.duplicate', `${HEAD}## 第一条\n\n双方发展合作。中华人民共和国政府和甲国政府（以下简称“⟦双方⟧”）合作。\n${TAIL}`,
  [{ code: 'term.duplicate', severity: 2, message: '“双方”已定义为“中华人民共和国和甲国”' }]);
described('term.before-definition', `# 中华人民共和国和甲国友好合作协定\n\n⟦双方⟧决心发展友好关系。中华人民共和国和甲国（以下简称“双方”），达成协议如下：\n\n${BODY}${TAIL}`,
  [{ code: 'term.before-definition', severity: 4, message: '“双方”在定义之前使用' }]);
described('term.unused', `# 中华人民共和国和甲国友好合作协定\n\n中华人民共和国和甲国（以下简称“⟦缔约方⟧”），达成协议如下：\n\n## 第一条\n\n甲国和中国发展合作。\n${TAIL}`,
  [{ code: 'term.unused', severity: 4, message: '“缔约方”定义后未使用' }]);
described('ref.no-such-article here', `${HEAD}## 第一条\n\n双方依照⟦本协定第九条⟧合作。\n${TAIL}`,
  [{ code: 'ref.no-such-article', severity: 1, message: '本协定没有第九条（共1条）', data: { num: 9 } }]);
described('ref.no-such-paragraph', `${HEAD}${BODY}\n## 第二条\n\n双方依照⟦第一条第三款⟧合作。\n${TAIL}`,
  [{ code: 'ref.no-such-paragraph', severity: 1, message: '第一条没有该款（共1款）' }]);
described('ref.no-such-item', `${HEAD}## 第一条\n\n双方在以下方面合作：\n\n（一）边境；\n\n（二）经贸。\n\n## 第二条\n\n双方依照⟦第一条第（五）项⟧合作。\n${TAIL}`,
  [{ code: 'ref.no-such-item', severity: 1, message: '第一条没有该项' }]);
described('ref.citation-not-found', `${HEAD}## 第一条\n\n双方依照⟦《中华人民共和国和乙国边界协定》⟧合作。\n${TAIL}`,
  [{ code: 'ref.citation-not-found', severity: 3, message: '工作区中找不到《中华人民共和国和乙国边界协定》' }]);
described('style.half-width-punctuation', `${HEAD}## 第一条\n\n双方发展合作⟦;⟧加强交流。\n${TAIL}`,
  [{ code: 'style.half-width-punctuation', severity: 4, message: '中文中应使用全角“；”' }]);
described('ref.date-mismatch and ref.no-such-article in another document',
  '%! a.md\n# 测试协定\n\n根据⟦2001年1月1日⟧《联合国宪章》，达成协议如下：\n\n## 第一条\n\n依照⟦《联合国宪章》第五条⟧。\n%! charter.md\n# 联合国宪章\n\n## 第一条\n\n甲。\n\n## 第二条\n\n乙。\n\n本宪章于1945年6月26日在旧金山签字。\n', [
    { code: 'ref.date-mismatch', severity: 2, message: '引用日期 2001年1月1日 与《联合国宪章》的日期（1945年6月26日）不符' },
    { code: 'ref.no-such-article', severity: 1, message: '《联合国宪章》没有第五条（共2条）', data: { num: 5 } },
  ]);
described('term.variant', `# 中华人民共和国和甲国友好合作协定\n\n中华人民共和国和甲国（以下简称“缔约双方”），达成协议如下：\n\n## 第一条\n\n缔约双方发展合作，⟦双方⟧加强交流。\n${TAIL}`,
  [{ code: 'term.variant', severity: 3, message: '已定义“缔约双方”，这里写作“双方”' }]);
// ref.date-mismatch for short forms (features/shortFormDates.ts): a defined short name or 该/上述 + kind, dated.
const BORDER = '%! border.md\n# 中华人民共和国和甲国国界协定\n\n## 第一条\n\n双方确定国界。\n\n本协定于1994年4月26日在北京签订，一式两份。\n';
const ALIASED = (body: string) => `%! a.md\n# 中华人民共和国和甲国边境管理协定\n\n中华人民共和国和甲国（以下简称“双方”），根据1994年4月26日签订的《中华人民共和国和甲国国界协定》（以下简称“国界协定”），达成协议如下：\n\n## 第一条\n\n${body}\n${TAIL}`;
described('ref.date-mismatch: a defined short name dated otherwise than the workspace copy', ALIASED('双方依照⟦1995年4月26日⟧国界协定管理边境，并依照1994年4月26日国界协定和国界协定第一条会晤。') + BORDER,
  [{ code: 'ref.date-mismatch', severity: 2, message: '引用日期 1995年4月26日 与《中华人民共和国和甲国国界协定》的日期（1994年4月26日）不符' }]);
described('ref.date-mismatch: 该协定 dated otherwise than where it was cited (no copy in the workspace)',
  `${HEAD}## 第一条\n\n双方根据1994年4月26日签订的⟦《中华人民共和国和乙国国界协定》⟧，重申⟦1995年4月26日⟧签订的该协定，并执行1994年4月26日上述协定和该协定。\n${TAIL}`, [
    { code: 'ref.citation-not-found', severity: 3, message: '工作区中找不到《中华人民共和国和乙国国界协定》' },
    { code: 'ref.date-mismatch', severity: 2, message: '引用日期 1995年4月26日 与前文所引《中华人民共和国和乙国国界协定》的日期（1994年4月26日）不符' },
  ]);
check('ref.date-mismatch: short forms dated as the instrument, undated, or of a kind not cited before, are right',
  ALIASED('双方依照1994年4月26日签订的国界协定和该协定管理边境；1995年5月1日该公约不适用。') + BORDER, []);
fix('ref.date-mismatch: a short form given the copy\'s date', ALIASED('双方依照1995年4月26日国界协定管理边境。') + BORDER, 'ref.date-mismatch', '改为该文件的日期 1994年4月26日',
  ALIASED('双方依照1994年4月26日国界协定管理边境。').replace(/^%! a\.md\n/, ''));
described('severity settings: raised, turned off, an unknown name keeps the default',
  `# 中华人民共和国和甲国友好合作协定\n\n中华人民共和国和甲国（以下简称“缔约方”），达成协议如下：\n\n## 第一条\n\n甲国和中国发展合作。\n\n## ⟦第三条⟧\n\n乙。\n${TAIL.replace('一式两份', '⟦一式三份⟧')}`, [
    { code: 'numbering.gap', severity: 1, message: '缺少第二条', data: { expected: 2 } },
    { code: 'signing.copies', severity: 3, message: '2个缔约方，一式三份' },
  ], { 'numbering.gap': 'error', 'term.unused': 'off', 'signing.copies': 'loud' as SeverityName });

// What each check leaves alone, on purpose.
check('numbering: an excerpt skips articles on purpose', '# 中华人民共和国和甲国友好合作协定（节录）\n\n## 第一条\n\n甲。\n\n## 第三条\n\n乙。\n', []);
check('numbering: a second run 1, 2, 3 (a translation) is not repeats', `${HEAD}${BODY}\n## 第二条\n\n乙。\n\n## 第三条\n\n丙。\n\n## 第一条\n\n甲。\n\n## 第二条\n\n乙。\n\n## 第三条\n\n丙。\n${TAIL}`, []);
check('numbering: 1, 2, 3, 1, 2 repeats', `${HEAD}${BODY}\n## 第二条\n\n乙。\n\n## 第三条\n\n丙。\n\n## ⟦第一条⟧\n\n甲。\n\n## ⟦第二条⟧\n\n乙。\n${TAIL}`, ['numbering.duplicate', 'numbering.duplicate']);
check('numbering: 第一条之一 follows 第一条', `${HEAD}${BODY}\n## 第一条之一\n\n甲。\n\n## 第二条\n\n乙。\n${TAIL}`, []);
check('ref.no-such-item: an article without recognised items is not checked', `${HEAD}${BODY}\n## 第二条\n\n双方依照第一条第（二）项合作。\n${TAIL}`, []);
check('ref.citation-not-found: once, on the citation, not again for its article', `${HEAD}## 第一条\n\n双方依照⟦《中华人民共和国和乙国边界协定》⟧第二条合作。\n${TAIL}`, ['ref.citation-not-found']);
check('self.mismatch: another kind of instrument (本议定书) is not a copied self-reference', `${HEAD}## 第一条\n\n双方执行本议定书。\n${TAIL}`, []);
check('self.mismatch: not checked in a 议定书', '# 测试议定书\n\n## 第一条\n\n双方执行本协议。\n', []);
check('self.mismatch: not in an annex after the signatures', `${HEAD}${BODY}${TAIL}\n中华人民共和国代表\n\n（签字）\n\n甲国代表\n\n（签字）\n\n附件\n\n本协议附件。\n`, []);
check('term.duplicate: a meaning inside the other is the same term', `${HEAD}## 第一条\n\n双方发展合作。甲国和中华人民共和国（以下简称“双方”）合作。\n${TAIL}`.replace('甲国和中华人民共和国（', '中华人民共和国和甲国政府（'), []);
check('term.before-definition: the term at the end of the long form written before the definition, whole or in part (…国家自主创新示范区, 股份合作企业), is the long form; the term alone is a use', '# 甲条例\n\n第一条 为了促进甲市国家自主创新示范区和股份合作企业发展，规范⟦示范区⟧管理，制定本条例。\n\n第二条 甲市国家自主创新示范区（以下简称示范区）是指经批准建设的区域。甲市农村股份合作企业（以下简称企业）依法设立。\n\n第三条 示范区和企业应当守法。\n', ['term.before-definition']);
check('term.before-definition: a use in the title is not a use before the definition', `# 双方友好合作协定\n\n中华人民共和国和甲国（以下简称“双方”），达成协议如下：\n\n${BODY}${TAIL}`, []);
check('term.before-definition: nor on the second line of a title broken over two', `中华人民共和国政府和甲国政府关于\n双方边境口岸的协定\n\n中华人民共和国政府和甲国政府（以下简称“双方”），达成协议如下：\n\n${BODY}${TAIL}`, []);
// A table of contents of chapters above the text (a draft published for comment: `第四章 社会信用主体权益保护` listed before `第一章`)
// names the chapters; its words are no use of a term the articles define later.
check('term.before-definition: nor in a table of contents of chapters above the text', `甲市社会信用条例（征求意见稿）\n\n第一章 总则\n\n第二章 社会信用主体权益保护\n\n第一章 总则\n\n第一条 本条例所称社会信用，是指自然人、法人和非法人组织（以下统称社会信用主体）履行义务的状况。\n\n第二条 社会信用主体享有权利。\n\n第二章 社会信用主体权益保护\n\n第三条 社会信用主体可以提出异议。\n`, []);
check('style.half-width-punctuation: not on a page\'s fields and navigation above the title; in the text, as ever', `您的位置:首页 >> 条约库 >> 双边条约\n\n發布時間:2020-01-16 09:29  點擊:\n\n${HEAD}## 第一条\n\n双方发展合作⟦,⟧加强交流。\n${TAIL}`, ['style.half-width-punctuation']);
check('style.half-width-punctuation: not in lines with links or code, nor between ASCII words', `${HEAD}## 第一条\n\n双方依照[附件](a.md),合作。\n\n双方使用\`a,b\`,合作。\n\n双方使用 x,y 格式。\n${TAIL}`, []);
check('signing.copies: one original (a depositary keeps it) is not counted against the parties', `${HEAD}${BODY}${TAIL.replace('一式两份', '一式一份')}`, []);
check('quoted text: its article numbers and self-references are another text\'s', `${HEAD}## 第一条\n\n双方同意援引下列规定：“缔约方应依照第九条和本协议办理。”\n${TAIL}`, []);
check('ref.no-such-item: checked in an article where one paragraph has items', `${HEAD}## 第一条\n\n甲。\n\n双方在以下方面合作：\n\n（一）边境；\n\n（二）经贸。\n\n## 第二条\n\n双方依照⟦第一条第二款第（五）项⟧合作。\n${TAIL}`, ['ref.no-such-item']);
check('signing.authentic-count: no languages listed, nothing to count', `${HEAD}${BODY}${FINAL}\n本协定于2001年7月16日在莫斯科签订，一式两份，两种文本同等作准。\n`, []);
check('numbering: an excerpt is said so in the title, not in the text', `${HEAD}## 第一条\n\n双方交换文件节选。\n\n## ⟦第三条⟧\n\n乙。\n${TAIL}`, ['numbering.gap']);
check('numbering: a repeat (1, 2, 2) does not stop a second run from being one', `${HEAD}${BODY}\n## 第二条\n\n乙。\n\n## ⟦第二条⟧\n\n乙。\n\n## 第一条\n\n甲。\n\n## 第二条\n\n乙。\n\n## 第三条\n\n丙。\n${TAIL}`, ['numbering.duplicate']);
check('numbering: after a disorder, 1, 2, 3 again are repeats', `${HEAD}${BODY}\n## ⟦第三条⟧\n\n丙。\n\n## ⟦第二条⟧\n\n乙。\n\n## ⟦第一条⟧\n\n甲。\n\n## ⟦第二条⟧\n\n乙。\n\n## ⟦第三条⟧\n\n丙。\n${TAIL}`,
  ['numbering.gap', 'numbering.order', 'numbering.duplicate', 'numbering.duplicate', 'numbering.duplicate']);
check('self.mismatch: 本协定 in a 协议', '# 测试合作协议\n\n## 第一条\n\n双方执行⟦本协定⟧。\n', ['self.mismatch']);
check('self.mismatch: 本条约 in a 公约', '# 甲乙丙三国公约\n\n## 第一条\n\n各方执行⟦本条约⟧。\n', ['self.mismatch']);
check('style.half-width-punctuation: Chinese on one side is enough; not in a line with an address', `${HEAD}## 第一条\n\n双方确认⟦:⟧A类货物免税。\n\nB类⟦,⟧双方另行商定。\n\n详见http://example.cn,双方另行商定。\n${TAIL}`,
  ['style.half-width-punctuation', 'style.half-width-punctuation']);
// Brackets are a pair: both marks or neither (`(1)本议定书` was reported at `)` alone, and fixed to `(1）`); a Security
// Council resolution's symbol keeps its own (`第1483(2003)号决议`: a digit before, digits inside).
check('style.half-width-punctuation: brackets as pairs; not a symbol\'s', `${HEAD}## 第一条\n\n⟦(⟧1⟦)⟧双方依照第1483(2003)号决议和A(1)款合作。\n${TAIL}`,
  ['style.half-width-punctuation', 'style.half-width-punctuation']);
// The 1972 World Heritage Convention's English text in the Dutch treaty database writes curly quotes (`“cultural
// heritage”:`): the punctuation of a text in another language is its own, even beside “ ”.
check('style.half-width-punctuation: not in a text in another language, beside curly quotes', '# Convention for the Protection of the World Cultural and Natural Heritage\n\n## Article 1\n\nFor the purposes of this Convention, the following shall be considered as “cultural heritage”: monuments, groups of buildings and sites.\n\n## Article 2\n\nThe term “natural heritage”, as used here, means natural features.\n', []);
described('style.half-width-punctuation: each mark and its full-width form', `${HEAD}## 第一条\n\n双方甲⟦,⟧乙⟦;⟧丙⟦:⟧丁吗⟦?⟧戊⟦!⟧己⟦(⟧庚⟦)⟧辛。\n${TAIL}`,
  ['，', '；', '：', '？', '！', '（', '）'].map((m) => ({ code: 'style.half-width-punctuation', severity: 4, message: `中文中应使用全角“${m}”` })));
check('self.mismatch: 本协议 in a 条约', '# 测试睦邻友好合作条约\n\n## 第一条\n\n双方执行⟦本协议⟧。\n', ['self.mismatch']);
check('numbering: 1 again not followed by 2 is a repeat, not a second run', `${HEAD}${BODY}\n## 第二条\n\n乙。\n\n## 第三条\n\n丙。\n\n## ⟦第一条⟧\n\n甲。\n\n## 第四条\n\n丁。\n\n## ⟦第三条⟧\n\n丙。\n${TAIL}`, ['numbering.duplicate', 'numbering.duplicate']);

// ref.no-such-chapter: a chapter the text names with its own word and does not have — past its last chapter, in a text that shows
// its end. A law of three chapters (its last 附则, its date of effect there).
const LAW_CHAPTERS = (body: string) => `# 某某市档案管理条例\n\n## 第一章 总则\n\n第一条 为了加强档案管理，制定本条例。\n\n## 第二章 管理\n\n第二条 ${body}\n\n## 第三章 附则\n\n第三条 本条例自2022年1月1日起施行。\n`;
check('ref.no-such-chapter', LAW_CHAPTERS('违反本条例⟦第五章⟧规定的，依照本条例第二章处理。'), ['ref.no-such-chapter']);
described('ref.no-such-chapter', LAW_CHAPTERS('违反本条例⟦第五章⟧规定的，依照本条例第二章处理。'),
  [{ code: 'ref.no-such-chapter', severity: 1, message: '本条例没有第五章（共3章）' }]);
// The later units of a list are the first's: 第四章 in `本条例第二章、第四章`, a section in a chapter named before it that has sections.
check('ref.no-such-chapter: a list and a section', LAW_CHAPTERS('依照本条例第二章、⟦第四章⟧处理。').replace('## 第三章 附则', '### 第一节 登记\n\n## 第三章 附则').replace('依照', '依照本条例第二章⟦第二节⟧和'), ['ref.no-such-chapter', 'ref.no-such-chapter']);
// Not: its own chapter, another law's (`档案法第五章`), a bare `第五章`, a law's part named (`本条例分则第五章`), a section in a
// chapter that has none, a number in a gap of its own (a heading whose label was lost: the chapters' numbering check names it), a
// text that shows no end (chapters copied from a longer one), a text without chapters.
check('ref.no-such-chapter: not another\'s, a bare one, a part\'s, a section of a chapter without', LAW_CHAPTERS('依照本条例第三章、档案法第五章、第五章、本条例分则第五章和本条例第二章第三节处理。'), []);
check('ref.no-such-chapter: not a number in a gap of its own chapters (the gap is named)', LAW_CHAPTERS('依照本条例第二章处理。').replace('## 第二章 管理', '## 管理').replace('## 第三章', '## ⟦第三章⟧'), ['numbering.chapter']);
check('ref.no-such-chapter: not in a text that shows no end', LAW_CHAPTERS('依照本条例第五章处理。').replace(/\n## 第三章 附则[^]*$/, '\n## 第三章 登记\n\n第三条 登记依照规定办理。\n'), []);
check('ref.no-such-chapter: not in a text without chapters', `${HEAD}## 第一条\n\n双方依照本协定第五章合作。\n${TAIL}`, []);
