// Quick fixes (features/codeActions.ts) as data: a workspace, the codes of the server's own
// diagnostics the client asks about (or a stale, forged or foreign one), and the whole list of
// actions in the order the client gets them — each one's title, whether it is preferred, the
// diagnostics it answers (`code@line`, 1-based), why it is disabled, and every edit ⟦old→new⟧ in
// place, by file. "Disable CODE for this line" (tested whole in suppressionBite) shows as its
// title and line. Written by reading the texts, for the mutation run of codeActions.ts
// (docs/mutation.md, branch mutren12).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { contextOf } from '../../server/src/features/context';
import { codeActions } from '../../server/src/features/codeActions';
import { diagnostics } from '../../server/src/features/diagnostics';
import { markedEdit } from '../support/editMarks';
import { TestWorkspace, workspace } from '../support/workspace';

const at = (d: Diagnostic) => `${d.code}@${d.range.start.line + 1}`;

type Shown = string | { title: string; preferred?: boolean; diagnostics: string[]; disabled?: string; files?: Record<string, string[]> };

function shown(ws: TestWorkspace, a: CodeAction): Shown {
  assert.equal(a.kind, 'quickfix');
  if (a.title.startsWith('在下一行禁用')) return `${a.title}@${a.diagnostics!.map((d) => d.range.start.line + 1).join()}`;
  const out: Shown = { title: a.title, diagnostics: a.diagnostics!.map(at) };
  if (a.isPreferred !== undefined) out.preferred = a.isPreferred;
  if (a.disabled) out.disabled = a.disabled.reason;
  if (a.edit) out.files = markedEdit(ws, a.edit);
  return out;
}

/** The actions for the server's diagnostics of the main file with these codes (all of them when `codes` is empty). */
function actionsFor(source: string, codes: string[], change?: (ds: Diagnostic[]) => Diagnostic[]): Shown[] {
  const ws = workspace(source);
  const ctx = contextOf(ws.index, ws.snapshot());
  let asked = diagnostics(ctx).filter((d) => codes.length === 0 || codes.includes(String(d.code)));
  if (change) asked = change(asked);
  return codeActions(ctx, asked).map((a) => shown(ws, a));
}

const HEAD = '# 中华人民共和国和甲国友好合作协定\n\n中华人民共和国和甲国（以下简称“双方”），达成协议如下：\n\n';
const TAIL = '\n本协定自签字之日起生效，有效期五年。\n\n本协定于2001年7月16日在莫斯科签订，一式两份，每份均用中文和俄文写成，两种文本同等作准。\n';
const CITED = '%! b.md\n# 测试条约\n\n## 第一条\n\n甲。\n\n本条约于1999年5月4日在北京签署。\n';
const A = [
  '%! a.md',
  '# 测试协定', // 1
  '',
  '根据2001年1月1日《测试条约》，双方达成协议如下：', // 3
  '',
  '## 第一条', // 5
  '',
  '本条约适用于双方,并依照第三条。', // 7
  '',
  '## 第三条', // 9
  '',
  '乙(甲)。', // 11
  '',
  '本协议于2002年1月17日在北京签署，一式两份，每份均用中文和俄文写成，三种文本同等作准。', // 13
  '',
].join('\n') + CITED;

/**
 * Fix all in A, beside a safe fix: its six safe fixes as one edit (the bracket pair's second diagnostic gets the same
 * two edits as its first: one fix); not the renumbering, which a person chooses.
 */
const fixAllA = (...asked: string[]): Shown => ({
  title: '修正本文件全部可安全修正的问题（6 处）', diagnostics: asked, files: { 'a.md': [
    '3: 根据⟦2001年1月1日→1999年5月4日⟧《测试条约》，双方达成协议如下：',
    '7: ⟦本条约→本协定⟧适用于双方⟦,→，⟧并依照第三条。',
    '11: 乙⟦(→（⟧甲⟦)→）⟧。',
    '13: ⟦本协议→本协定⟧于2002年1月17日在北京签署，一式两份，每份均用中文和俄文写成，⟦三种文本同等作准→两种文本同等作准⟧。',
  ] },
});

const CASES: [string, string, string[], Shown[]][] = [
  ['renumbering: headings and references follow; the action answers every numbering diagnostic', A, ['numbering.gap'], [
    { title: '重新编号全部条款并更新引用', diagnostics: ['numbering.gap@9'], files: { 'a.md': ['7: 本条约适用于双方,并依照第⟦三→二⟧条。', '9: ## 第⟦三→二⟧条'] } },
    '在下一行禁用 numbering.gap@9',
  ]],
  ['a self-reference naming another kind: replaced by the document\'s own', A, ['self.mismatch'], [
    { title: '改为“本协定”', preferred: true, diagnostics: ['self.mismatch@7'], files: { 'a.md': ['7: ⟦本条约→本协定⟧适用于双方,并依照第三条。'] } },
    fixAllA('self.mismatch@7'),
    '在下一行禁用 self.mismatch@7',
  ]],
  ['half-width marks: each fixed alone, then every one in the document at once', A, ['style.half-width-punctuation'], [
    { title: '改为全角“，”', preferred: true, diagnostics: ['style.half-width-punctuation@7'], files: { 'a.md': ['7: 本条约适用于双方⟦,→，⟧并依照第三条。'] } },
    // A bracket with the other of its pair, never `乙（甲)`.
    { title: '改为全角“（）”', preferred: true, diagnostics: ['style.half-width-punctuation@11'], files: { 'a.md': ['11: 乙⟦(→（⟧甲⟦)→）⟧。'] } },
    { title: '改为全角“（）”', preferred: true, diagnostics: ['style.half-width-punctuation@11'], files: { 'a.md': ['11: 乙⟦(→（⟧甲⟦)→）⟧。'] } },
    { title: '全文改为全角标点（3 处）', diagnostics: ['style.half-width-punctuation@7', 'style.half-width-punctuation@11', 'style.half-width-punctuation@11'],
      files: { 'a.md': ['7: 本条约适用于双方⟦,→，⟧并依照第三条。', '11: 乙⟦(→（⟧甲⟦)→）⟧。'] } },
    fixAllA('style.half-width-punctuation@7', 'style.half-width-punctuation@11', 'style.half-width-punctuation@11'),
    '在下一行禁用 style.half-width-punctuation@7',
    '在下一行禁用 style.half-width-punctuation@11',
    '在下一行禁用 style.half-width-punctuation@11',
  ]],
  ['one half-width mark asked about, three in the document: its fix and all three', A, ['style.half-width-punctuation'], [
    { title: '改为全角“，”', preferred: true, diagnostics: ['style.half-width-punctuation@7'], files: { 'a.md': ['7: 本条约适用于双方⟦,→，⟧并依照第三条。'] } },
    { title: '全文改为全角标点（3 处）', diagnostics: ['style.half-width-punctuation@7'], files: { 'a.md': ['7: 本条约适用于双方⟦,→，⟧并依照第三条。', '11: 乙⟦(→（⟧甲⟦)→）⟧。'] } },
    fixAllA('style.half-width-punctuation@7'),
    '在下一行禁用 style.half-width-punctuation@7',
  ]],
  ['the signing clause\'s self-reference and its count of authentic texts (two languages: 两)', A, ['signing.self-reference', 'signing.authentic-count'], [
    { title: '改为“本协定”', preferred: true, diagnostics: ['signing.self-reference@13'], files: { 'a.md': ['13: ⟦本协议→本协定⟧于2002年1月17日在北京签署，一式两份，每份均用中文和俄文写成，三种文本同等作准。'] } },
    { title: '改为“两种文本同等作准”', preferred: true, diagnostics: ['signing.authentic-count@13'], files: { 'a.md': ['13: 本协议于2002年1月17日在北京签署，一式两份，每份均用中文和俄文写成，⟦三种文本同等作准→两种文本同等作准⟧。'] } },
    fixAllA('signing.self-reference@13', 'signing.authentic-count@13'),
    '在下一行禁用 signing.self-reference@13',
    '在下一行禁用 signing.authentic-count@13',
  ]],
  ['three languages, written with two digits: 三', '# 测试协定\n\n## 第一条\n\n甲。\n\n本协定于2002年1月17日在北京签署，一式三份，每份均用中文、哈文和俄文写成，12种文本同等作准。\n', ['signing.authentic-count'], [
    { title: '改为“三种文本同等作准”', preferred: true, diagnostics: ['signing.authentic-count@7'], files: { 'test.md': ['7: 本协定于2002年1月17日在北京签署，一式三份，每份均用中文、哈文和俄文写成，⟦12种文本同等作准→三种文本同等作准⟧。'] } },
    '在下一行禁用 signing.authentic-count@7',
  ]],
  // Two languages in a traditional text: 兩, as the text writes it, not the simplified 两.
  ['a traditional text: three for two languages is replaced by 兩', '# 測試協定\n\n## 第一條\n\n甲。\n\n本協定於2002年1月17日在北京簽署，一式兩份，每份均用中文和俄文寫成，三種文本同等作準。\n', ['signing.authentic-count'], [
    { title: '改为“兩種文本同等作準”', preferred: true, diagnostics: ['signing.authentic-count@7'], files: { 'test.md': ['7: 本協定於2002年1月17日在北京簽署，一式兩份，每份均用中文和俄文寫成，⟦三種文本同等作準→兩種文本同等作準⟧。'] } },
    '在下一行禁用 signing.authentic-count@7',
  ]],
  // A text in traditional characters: the count is read folded (兩 is 两), so it is replaced too (sampled gap codeActions.ts:73, branch g12feat).
  ['a traditional text: its count written 兩 for three languages is replaced', '# 測試協定\n\n## 第一條\n\n甲。\n\n本協定於2002年1月17日在北京簽署，一式三份，每份均用中文、哈薩克文和俄文寫成，兩種文本同等作準。\n', ['signing.authentic-count'], [
    { title: '改为“三種文本同等作準”', preferred: true, diagnostics: ['signing.authentic-count@7'], files: { 'test.md': ['7: 本協定於2002年1月17日在北京簽署，一式三份，每份均用中文、哈薩克文和俄文寫成，⟦兩種文本同等作準→三種文本同等作準⟧。'] } },
    '在下一行禁用 signing.authentic-count@7',
  ]],
  ['a cited date: the copy\'s signing date, written as the citation writes it', A, ['ref.date-mismatch'], [
    { title: '改为该文件的日期 1999年5月4日', preferred: true, diagnostics: ['ref.date-mismatch@3'], files: { 'a.md': ['3: 根据⟦2001年1月1日→1999年5月4日⟧《测试条约》，双方达成协议如下：'] } },
    fixAllA('ref.date-mismatch@3'),
    '在下一行禁用 ref.date-mismatch@3',
  ]],
  ['a cited date in Chinese numerals', '%! a.md\n# 测试协定\n\n根据二〇〇一年一月一日《测试条约》，双方达成协议如下：\n\n## 第一条\n\n甲。\n' + CITED, ['ref.date-mismatch'], [
    { title: '改为该文件的日期 1999年5月4日', preferred: true, diagnostics: ['ref.date-mismatch@3'], files: { 'a.md': ['3: 根据⟦二〇〇一年一月一日→一九九九年五月四日⟧《测试条约》，双方达成协议如下：'] } },
    '在下一行禁用 ref.date-mismatch@3',
  ]],
  ['a cited date written with spaces', '%! a.md\n# 测试协定\n\n根据2001 年 1 月 1 日《测试条约》，双方达成协议如下：\n\n## 第一条\n\n甲。\n' + CITED, ['ref.date-mismatch'], [
    { title: '改为该文件的日期 1999年5月4日', preferred: true, diagnostics: ['ref.date-mismatch@3'], files: { 'a.md': ['3: 根据⟦2001 年 1 月 1 日→1999 年 5 月 4 日⟧《测试条约》，双方达成协议如下：'] } },
    '在下一行禁用 ref.date-mismatch@3',
  ]],
  ['a dated short form with no copy in the workspace: the date written at the citation, not preferred',
    '# 测试协定\n\n根据1994年4月26日《测试条约》（以下简称“条约”），双方达成协议如下：\n\n## 第一条\n\n依照1995年4月26日条约。\n', ['ref.date-mismatch'], [
      { title: '改为该文件的日期 1994年4月26日', preferred: false, diagnostics: ['ref.date-mismatch@7'], files: { 'test.md': ['7: 依照⟦1995年4月26日→1994年4月26日⟧条约。'] } },
      '在下一行禁用 ref.date-mismatch@7',
    ]],
  ['a dated short form whose instrument the workspace has: the copy\'s date, preferred',
    '%! a.md\n# 测试协定\n\n根据《测试条约》（以下简称“条约”），双方达成协议如下：\n\n## 第一条\n\n依照1995年4月26日条约。\n' + CITED, ['ref.date-mismatch'], [
      { title: '改为该文件的日期 1999年5月4日', preferred: true, diagnostics: ['ref.date-mismatch@7'], files: { 'a.md': ['7: 依照⟦1995年4月26日→1999年5月4日⟧条约。'] } },
      '在下一行禁用 ref.date-mismatch@7',
    ]],
  ['renumbering refused: said, not done, with the references to no article named', '# 测试协定\n\n## 第一条\n\n依照第二条。\n\n## 第三条\n\n乙。\n', ['numbering.gap'], [
    { title: '重新编号全部条款并更新引用（不可用）', diagnostics: ['numbering.gap@7'], disabled: '无法重新编号：悬空引用第5行“第二条”会指向新编号的条款。悬空引用：第5行“第二条”' },
    '在下一行禁用 numbering.gap@7',
  ]],
  ['renumbering with one reference to no article: kept, and said in the title', '# 测试协定\n\n## 第一条\n\n依照第九条。\n\n## 第三条\n\n乙。\n', ['numbering.gap'], [
    { title: '重新编号全部条款并更新引用（1 处悬空引用保持不变：第5行“第九条”）', diagnostics: ['numbering.gap@7'], files: { 'test.md': ['7: ## 第⟦三→二⟧条'] } },
    '在下一行禁用 numbering.gap@7',
  ]],
  ['renumbering with four references to no article: the first three named', '# 测试协定\n\n## 第一条\n\n依照第九条、第十条、第十一条和第十二条。\n\n## 第三条\n\n乙。\n', ['numbering.gap'], [
    { title: '重新编号全部条款并更新引用（4 处悬空引用保持不变：第5行“第九条”、第5行“第十条”、第5行“第十一条”…）', diagnostics: ['numbering.gap@7'], files: { 'test.md': ['7: ## 第⟦三→二⟧条'] } },
    '在下一行禁用 numbering.gap@7',
  ]],
  ['a single half-width mark in the document: its fix, no fix of every mark', '# 测试协定\n\n## 第一条\n\n甲,乙。\n', ['style.half-width-punctuation'], [
    { title: '改为全角“，”', preferred: true, diagnostics: ['style.half-width-punctuation@5'], files: { 'test.md': ['5: 甲⟦,→，⟧乙。'] } },
    '在下一行禁用 style.half-width-punctuation@5',
  ]],
  ['renumbering refused with two references to no article, both named', '# 测试协定\n\n## 第一条\n\n依照第九条和第二条。\n\n## 第三条\n\n乙。\n', ['numbering.gap'], [
    { title: '重新编号全部条款并更新引用（不可用）', diagnostics: ['numbering.gap@7'], disabled: '无法重新编号：悬空引用第5行“第二条”会指向新编号的条款。悬空引用：第5行“第九条”、第5行“第二条”' },
    '在下一行禁用 numbering.gap@7',
  ]],
  ['renumbering with three references to no article: all three named, no ellipsis', '# 测试协定\n\n## 第一条\n\n依照第九条、第十条和第十一条。\n\n## 第三条\n\n乙。\n', ['numbering.gap'], [
    { title: '重新编号全部条款并更新引用（3 处悬空引用保持不变：第5行“第九条”、第5行“第十条”、第5行“第十一条”）', diagnostics: ['numbering.gap@7'], files: { 'test.md': ['7: ## 第⟦三→二⟧条'] } },
    '在下一行禁用 numbering.gap@7',
  ]],
  ['articles out of order: one renumbering answers the gap and the order', '# 测试协定\n\n## 第一条\n\n甲。\n\n## 第三条\n\n乙。\n\n## 第二条\n\n丙。\n', [], [
    { title: '重新编号全部条款并更新引用', diagnostics: ['numbering.gap@7', 'numbering.order@11'], files: { 'test.md': ['7: ## 第⟦三→二⟧条', '11: ## 第⟦二→三⟧条'] } },
    '在下一行禁用 numbering.gap@7',
    '在下一行禁用 numbering.order@11',
  ]],
  ['a repeated number: renumbered', '# 测试协定\n\n## 第一条\n\n甲。\n\n## 第二条\n\n乙。\n\n## 第二条\n\n丙。\n', [], [
    { title: '重新编号全部条款并更新引用', diagnostics: ['numbering.duplicate@11'], files: { 'test.md': ['11: ## 第⟦二→三⟧条'] } },
    '在下一行禁用 numbering.duplicate@11',
  ]],
  ['a gap among points 一、三、 (a joint statement numbers points, not articles): the points renumbered', '# 测试联合声明\n\n一、甲。\n\n三、乙。\n', [], [
    { title: '重新编号各点并更新引用', diagnostics: ['numbering.gap@5'], files: { 'test.md': ['5: ⟦三→二⟧、乙。'] } },
    '在下一行禁用 numbering.gap@5',
  ]],
  ['a copy dated to the month: the fix writes no day', '%! a.md\n# 测试协定\n\n根据2001年1月1日《测试条约》，双方达成协议如下：\n\n## 第一条\n\n甲。\n%! b.md\n# 测试条约\n\n## 第一条\n\n甲。\n\n本条约于1999年5月在北京签署。\n', ['ref.date-mismatch'], [
    { title: '改为该文件的日期 1999年5月', preferred: true, diagnostics: ['ref.date-mismatch@3'], files: { 'a.md': ['3: 根据⟦2001年1月1日→1999年5月⟧《测试条约》，双方达成协议如下：'] } },
    '在下一行禁用 ref.date-mismatch@3',
  ]],
  ['a copy with a date above its title and a signing date: the signing date', '%! a.md\n# 测试协定\n\n根据2001年1月1日《测试条约》，双方达成协议如下：\n\n## 第一条\n\n甲。\n%! b.md\n1998年1月1日\n\n# 测试条约\n\n## 第一条\n\n甲。\n\n本条约于1999年5月4日在北京签署。\n', ['ref.date-mismatch'], [
    { title: '改为该文件的日期 1999年5月4日', preferred: true, diagnostics: ['ref.date-mismatch@3'], files: { 'a.md': ['3: 根据⟦2001年1月1日→1999年5月4日⟧《测试条约》，双方达成协议如下：'] } },
    '在下一行禁用 ref.date-mismatch@3',
  ]],
  ['a copy with no signing date: the date above its title', '%! a.md\n# 测试协定\n\n根据2001年1月1日《测试条约》，双方达成协议如下：\n\n## 第一条\n\n甲。\n%! b.md\n1998年1月1日\n\n# 测试条约\n\n## 第一条\n\n甲。\n', ['ref.date-mismatch'], [
    { title: '改为该文件的日期 1998年1月1日', preferred: true, diagnostics: ['ref.date-mismatch@3'], files: { 'a.md': ['3: 根据⟦2001年1月1日→1998年1月1日⟧《测试条约》，双方达成协议如下：'] } },
    '在下一行禁用 ref.date-mismatch@3',
  ]],
  ['two dated short forms of two instruments: each fixed to its own instrument\'s date',
    '# 测试协定\n\n根据1994年4月26日《测试条约》（以下简称“条约”）和1996年1月1日《测试公约》（以下简称“公约”），双方达成协议如下：\n\n## 第一条\n\n依照1995年4月26日条约和1997年1月1日公约。\n', ['ref.date-mismatch'], [
      { title: '改为该文件的日期 1994年4月26日', preferred: false, diagnostics: ['ref.date-mismatch@7'], files: { 'test.md': ['7: 依照⟦1995年4月26日→1994年4月26日⟧条约和1997年1月1日公约。'] } },
      { title: '改为该文件的日期 1996年1月1日', preferred: false, diagnostics: ['ref.date-mismatch@7'], files: { 'test.md': ['7: 依照1995年4月26日条约和⟦1997年1月1日→1996年1月1日⟧公约。'] } },
      '在下一行禁用 ref.date-mismatch@7',
      '在下一行禁用 ref.date-mismatch@7',
    ]],
  ['items numbered on from the gap', `${HEAD}## 第一条\n\n双方在以下方面合作：\n\n（一）合作事项；\n\n（二）合作事项；\n\n（四）合作事项；\n\n（五）合作事项。\n${TAIL}`, ['numbering.item-gap'], [
    { title: '从此处起依次编号（（三）…）', preferred: true, diagnostics: ['numbering.item-gap@13'], files: { 'test.md': ['13: （⟦四→三⟧）合作事项；', '15: （⟦五→四⟧）合作事项。'] } },
    '在下一行禁用 numbering.item-gap@13',
  ]],
  ['a heading written otherwise: written as the others', `${HEAD}## 第一条\n\n双方合作。\n\n## 第二条\n\n双方交流。\n\n## 第3条\n\n双方协商。\n${TAIL}`, ['style.heading-mixed'], [
    { title: '改为“## 第三条”', preferred: true, diagnostics: ['style.heading-mixed@13'], files: { 'test.md': ['13: ## ⟦第3条→第三条⟧'] } },
    '在下一行禁用 style.heading-mixed@13',
  ]],
  // The fix read again: a bare label reads a short line under it as its caption (`## 第三条` / `协商`, made `第三条`): not offered
  // (a heading typed into a word, `营业利` / `## 第九条` / `润`, in a tax agreement: TREATY_FC_SEED=2026).
  ['a heading written otherwise whose fix would make the line under it its caption: only the suppression', `${HEAD}第一条\n\n双方合作。\n\n第二条\n\n双方交流。\n\n## 第三条\n\n协商\n\n双方协商。\n${TAIL}`, ['style.heading-mixed'], [
    '在下一行禁用 style.heading-mixed@13',
  ]],
  ['the phrase a term stands for: the term', `${HEAD}## 第一条\n\n中华人民共和国和甲国发展合作，双方加强交流。\n${TAIL}`, ['term.long-form'], [
    { title: '改为“双方”', preferred: true, diagnostics: ['term.long-form@7'], files: { 'test.md': ['7: ⟦中华人民共和国和甲国→双方⟧发展合作，双方加强交流。'] } },
    '在下一行禁用 term.long-form@7',
  ]],
  ['another form of the parties\' defined name: the defined one', `# 中华人民共和国和甲国友好合作协定\n\n中华人民共和国和甲国（以下简称“双方”），达成协议如下：\n\n## 第一条\n\n双方发展合作，缔约双方加强交流。\n${TAIL}`, ['term.variant'], [
    { title: '改为“双方”', preferred: true, diagnostics: ['term.variant@7'], files: { 'test.md': ['7: 双方发展合作，⟦缔约双方→双方⟧加强交流。'] } },
    '在下一行禁用 term.variant@7',
  ]],
  ['a dated short form of an instrument cited by its year alone: the year written',
    '# 测试协定\n\n根据1994年签订的《测试条约》（以下简称“条约”），双方达成协议如下：\n\n## 第一条\n\n依照1995年4月26日条约。\n', ['ref.date-mismatch'], [
      { title: '改为该文件的日期 1994年', preferred: false, diagnostics: ['ref.date-mismatch@7'], files: { 'test.md': ['7: 依照⟦1995年4月26日→1994年⟧条约。'] } },
      '在下一行禁用 ref.date-mismatch@7',
    ]],
  ['items numbered on past a label written otherwise: no renumbering (the drafter decides), only the line\'s suppression', `${HEAD}## 第一条\n\n双方在以下方面合作：\n\n（一）合作事项；\n\n（二）合作事项；\n\n（四）合作事项；\n\n(5)合作事项。\n${TAIL}`, ['numbering.item-gap'], [
    '在下一行禁用 numbering.item-gap@13',
  ]],
];

for (const [name, source, codes, want] of CASES) {
  test(`code actions (bite): ${name}`, () => {
    const change = name.startsWith('one half-width') ? (ds: Diagnostic[]) => ds.slice(0, 1) : undefined;
    assert.deepEqual(actionsFor(source, codes, change), want);
  });
}

const moved = (d: Diagnostic, by: number): Diagnostic => ({ ...d, range: { start: { ...d.range.start, character: d.range.start.character + by }, end: d.range.end } });
const FORGED: [string, (ds: Diagnostic[]) => Diagnostic[]][] = [
  ['a diagnostic moved by one character (stale)', (ds) => ds.map((d) => moved(d, 1))],
  ['its end moved', (ds) => ds.map((d) => ({ ...d, range: { start: d.range.start, end: { ...d.range.end, character: d.range.end.character + 1 } } }))],
  ['its start line moved', (ds) => ds.map((d) => ({ ...d, range: { start: { ...d.range.start, line: d.range.start.line - 1 }, end: d.range.end } }))],
  ['its end line moved', (ds) => ds.map((d) => ({ ...d, range: { start: d.range.start, end: { ...d.range.end, line: d.range.end.line + 1 } } }))],
  ['another code of ours at the same range', (ds) => ds.map((d) => ({ ...d, code: 'numbering.duplicate' }))],
  ['a code that is not ours', (ds) => ds.map((d) => ({ ...d, code: 'MD013' }))],
  ['no code', (ds) => ds.map((d) => ({ ...d, code: undefined }))],
  ['no diagnostic at all', () => []],
];

for (const [name, change] of FORGED) {
  test(`code actions (bite): nothing for ${name}`, () => assert.deepEqual(actionsFor(A, ['numbering.gap'], change), []));
}

// ——— Fix all (`source.fixAll.treaty`, asked by kind as VS Code asks on save) ———

/** The actions a client asking only for `only` gets, no diagnostics given (VS Code's `source.fixAll` on save). */
function onlyFor(source: string, only: string[], given: (ds: Diagnostic[]) => Diagnostic[] = () => []): { kind?: string; title: string; files?: Record<string, string[]> }[] {
  const ws = workspace(source);
  const ctx = contextOf(ws.index, ws.snapshot());
  return codeActions(ctx, given(diagnostics(ctx)), only).map((a) => ({ kind: a.kind, title: a.title, ...(a.edit ? { files: markedEdit(ws, a.edit) } : {}) }));
}

const FIX_ALL_A = { kind: 'source.fixAll.treaty', title: '修正本文件全部可安全修正的问题（6 处）', files: (fixAllA() as { files: Record<string, string[]> }).files };

const ONLY: [string, string, string[], ReturnType<typeof onlyFor>][] = [
  ['source.fixAll: every safe fix, no diagnostic given', A, ['source.fixAll'], [FIX_ALL_A]],
  ['source: the source actions hold it', A, ['source'], [FIX_ALL_A]],
  ['its own kind', A, ['source.fixAll.treaty'], [FIX_ALL_A]],
  ['another source kind: nothing', A, ['source.organizeImports'], []],
  ['quick fixes only, no diagnostic given: nothing', A, ['quickfix'], []],
  // One fix is fix all too: on save it is made.
  ['one safe fix', '# 测试协定\n\n## 第一条\n\n甲,乙。\n', ['source.fixAll'], [
    { kind: 'source.fixAll.treaty', title: '修正本文件全部可安全修正的问题（1 处）', files: { 'test.md': ['5: 甲⟦,→，⟧乙。'] } },
  ]],
  // A gap in the numbering is renumbered by a person's choice (it moves references): no fix all.
  ['nothing safe to fix: nothing', '# 测试协定\n\n## 第一条\n\n依照第三条。\n\n## 第三条\n\n乙。\n', ['source.fixAll'], []],
  // A suppressed check is not fixed: the comment keeps the drafter's half-width comma.
  ['a suppressed diagnostic is left', '# 测试协定\n\n## 第一条\n\n<!-- treaty-disable-next-line style.half-width-punctuation -->\n甲,乙。\n\n本条约适用于双方。\n', ['source.fixAll'], [
    { kind: 'source.fixAll.treaty', title: '修正本文件全部可安全修正的问题（1 处）', files: { 'test.md': ['8: ⟦本条约→本协定⟧适用于双方。'] } },
  ]],
];

for (const [name, source, only, want] of ONLY) {
  test(`code actions (bite): only ${only.join()}: ${name}`, () => assert.deepEqual(onlyFor(source, only), want));
}

test('code actions (bite): only quickfix, a safe diagnostic given: its fix and fix all as a quick fix, no source action', () => {
  const got = onlyFor(A, ['quickfix'], (ds) => ds.filter((d) => d.code === 'self.mismatch'));
  assert.deepEqual(got.map((a) => [a.kind, a.title]), [
    ['quickfix', '改为“本协定”'],
    ['quickfix', '修正本文件全部可安全修正的问题（6 处）'],
    ['quickfix', '在下一行禁用 self.mismatch'],
  ]);
});

test('code actions (bite): an empty only list asks for no kind in particular: the quick fixes, no source action', () => {
  assert.deepEqual(onlyFor(A, [], (ds) => ds.filter((d) => d.code === 'self.mismatch')).map((a) => [a.kind, a.title]), [
    ['quickfix', '改为“本协定”'],
    ['quickfix', '修正本文件全部可安全修正的问题（6 处）'],
    ['quickfix', '在下一行禁用 self.mismatch'],
  ]);
});

test('code actions (bite): only half-width marks to fix: no fix all beside them (their own action fixes every one), the source action on save', () => {
  const src = '# 测试协定\n\n## 第一条\n\n甲,乙;丙。\n';
  assert.deepEqual(onlyFor(src, ['quickfix'], (ds) => ds).map((a) => a.title), ['改为全角“，”', '改为全角“；”', '全文改为全角标点（2 处）', '在下一行禁用 style.half-width-punctuation', '在下一行禁用 style.half-width-punctuation']);
  assert.deepEqual(onlyFor(src, ['source.fixAll']), [{ kind: 'source.fixAll.treaty', title: '修正本文件全部可安全修正的问题（2 处）', files: { 'test.md': ['5: 甲⟦,→，⟧乙⟦;→；⟧丙。'] } }]);
});
