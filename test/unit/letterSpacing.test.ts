// Lines set apart character by character, as pdftotext gives a justified line of a Chinese PDF
// (features/letterSpacing.ts): found, said once, and the quick fix takes the spaces out of those lines only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { buildTreaty } from '../../server/src/model/treaty';
import { referencesOf } from '../../server/src/model/references';
import { LineMap } from '../../server/src/syntax/positions';
import { contextOf, textContext } from '../../server/src/features/context';
import { workspace } from '../support/workspace';
import { checkWorkspaceEdit, meanings } from '../support/editSafety';
import { diagnostics } from '../../server/src/features/diagnostics';
import { codeActions } from '../../server/src/features/codeActions';
import { letterSpaced, letterSpacingEdits } from '../../server/src/features/letterSpacing';

// Lines as pdftotext 22.02 wrote them from a PDF LibreOffice made of seed 003 (the 1996 joint statement).
const LINES: [string, boolean][] = [
  ['一 、 双 方 重 申 恪 守 1992 年 1 月 3 日 中 哈 建 交 联 合 公 报 、', true],
  ['会(以下简称“双方”),根据 1993 年 10 月 18 日《中华人民共和', false],
  ['1992 年 2 月 26 日中哈联合公报、1993 年 10 月 18 日中哈联合声', false],
  ['This Agreement shall enter into force on the date of signature.', false],
  ['第 一 条', false],
  ['中华人民共和国主席 江泽民', false],
  // Set apart for display, no sentence in them (real fixtures: agreement_cn_bf_economic_1973's signature block, its two
  // columns one space apart — taking the spaces out would make one word of them, 全权代表全权代表 —, and the Macao
  // office's heading in agreement_mo_nl_investment_2008_hant).
  ['全 权 代 表 全 权 代 表', false],
  ['澳 門 特 別 行 政 區', false],
];

for (const [line, spaced] of LINES) {
  test(`letter-spaced: ${JSON.stringify(line)} ${spaced ? 'is' : 'is not'}`, () => {
    const t = buildTreaty(`# 中华人民共和国和甲国联合声明\n\n${line}\n`);
    assert.equal(letterSpaced(t.text, t.tree.lines).length, spaced ? 1 : 0);
  });
}

const PDF = '# 中华人民共和国和哈萨克斯坦共和国联合声明\n\n中华人民共和国和哈萨克斯坦共和国（以下简称“双方”）声明如下：\n\n一 、 双 方 重 申 恪 守 1992 年 1 月 3 日 《 中 哈 建 交 联 合 公 报 》 。\n\n二、双方同意发展合作。\n';

test('letter-spaced: one diagnostic on the first such line; the fix takes out its spaces and nothing else; the term in it is read after it', () => {
  const ctx = textContext(PDF);
  const found = diagnostics(ctx).filter((d) => d.code === 'text.letter-spaced');
  assert.equal(found.length, 1);
  const map = new LineMap(ctx.treaty.tree.lines);
  assert.equal(PDF.slice(map.offsetAt(found[0].range.start), map.offsetAt(found[0].range.end)), '一 、 双 方 重 申 恪 守 1992 年 1 月 3 日 《 中 哈 建 交 联 合 公 报 》 。');
  const action = codeActions(ctx, found).find((a) => a.edit);
  assert.ok(action, 'a quick fix');
  const fixed = TextDocument.applyEdits(TextDocument.create('untitled:treaty.md', 'treaty', 1, PDF), action.edit!.changes!['untitled:treaty.md']);
  assert.equal(fixed, PDF.replace('一 、 双 方 重 申 恪 守 1992 年 1 月 3 日 《 中 哈 建 交 联 合 公 报 》 。', '一、双方重申恪守1992年1月3日《中哈建交联合公报》。'));
  // The defined term in the spaced line (`双 方`) is read once the spaces are out; the citation in 《》 was read either way.
  const read = (text: string) => referencesOf(buildTreaty(text)).map((r) => (r.kind === 'citation' ? r.citation.normalized : r.kind)).sort();
  assert.deepEqual(read(PDF), ['term', '中哈建交联合公报']);
  assert.deepEqual(read(fixed), ['term', 'term', '中哈建交联合公报']);
  assert.deepEqual(diagnostics(textContext(fixed)).filter((d) => d.code === 'text.letter-spaced'), []);
});

test('letter-spaced: the edits are one space each, inside their lines', () => {
  const t = buildTreaty(PDF);
  const edits = letterSpacingEdits(letterSpaced(t.text, t.tree.lines), new LineMap(t.tree.lines));
  assert.equal(edits.length, 24);
  for (const e of edits) assert.equal(e.range.start.line, e.range.end.line);
});

test('letter-spaced: the safety harness takes the fix (a reference read after it, none lost) and still refuses an edit that loses one', () => {
  const ws = workspace(PDF);
  const before = meanings(ws.index);
  const s = ws.snapshot();
  const ctx = contextOf(ws.index, s);
  const found = diagnostics(ctx).filter((d) => d.code === 'text.letter-spaced');
  const fix = codeActions(ctx, found).find((a) => a.edit)!.edit!;
  assert.deepEqual(checkWorkspaceEdit(ws.index, fix, before, 0, true), []);
  // Taking the cited title out is no completed reading.
  const map = new LineMap(ws.index.model(s).tree.lines);
  const at = s.text.indexOf('《');
  const lose = { changes: { [s.uri]: [{ range: map.range(at, s.text.indexOf('》') + 1), newText: '' }] } };
  assert.equal(checkWorkspaceEdit(ws.index, lose, before, 0, true).length, 1);
});
