// A reference holding an invisible character, as pages and PDFs leave them: a zero-width space
// (U+200B), a word joiner (U+2060), a soft hyphen (U+00AD) between 第 and the number or between
// the number and 条/款. The reader sees `第一条`; the server reads it so too, and every range it
// gives covers the text as it is (the characters stay where they are: offsets are the text's own).
// Each expected answer is written by reading the text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { buildTreaty } from '../../server/src/model/treaty';
import { referencesOf } from '../../server/src/model/references';
import { contextOf } from '../../server/src/features/context';
import { definition } from '../../server/src/features/definition';
import { diagnostics } from '../../server/src/features/diagnostics';
import { renumberArticles } from '../../server/src/features/renumber';
import { workspace } from '../support/workspace';
import { checkWorkspaceEdit, meanings } from '../support/editSafety';

const ZWSP = '\u200b';
const WJ = '\u2060';
const SHY = '\u00ad';

/** Every article reference: its text as written (invisible characters shown as ·) and its target. */
function articleRefs(text: string): string[] {
  return referencesOf(buildTreaty(text)).flatMap((r) => (r.kind === 'article' ? [`${text.slice(r.start, r.end).replace(/[\u200b\u2060\u00ad]/g, '·')} → ${JSON.stringify(r.target)}`] : []));
}

const TREATY = `# 测试条约\n\n## 第一条\n\n甲。\n\n乙。\n\n## 第二条\n\n依照本条约第${ZWSP}一条第二${WJ}款和第${SHY}三条。\n\n## 第三条\n\n丙。\n`;

test('invisible characters: a reference holding a zero-width space, a word joiner or a soft hyphen is read as the reference it shows', () => {
  assert.deepEqual(articleRefs(TREATY), [
    '本条约第·一条第二·款 → {"num":1,"paragraph":2}',
    '第·三条 → {"num":3}',
  ]);
  // Each character alone, in the three places it is found: after 第, after the number, before 款.
  assert.deepEqual(articleRefs(`# 测试条约\n\n## 第一条\n\n甲。\n\n## 第二条\n\n见第二${ZWSP}条、第一${SHY}条第${WJ}一款。\n`), [
    '第二·条 → {"num":2}',
    '第一·条第·一款 → {"num":1,"paragraph":1}',
  ]);
});

test('invisible characters: go to definition from inside such a reference lands on the article', () => {
  const ws = workspace(`# 测试条约\n\n## 第一条\n\n甲。\n\n## 第二条\n\n依照本条约第${ZWSP}一‸条。\n`);
  const [link] = definition(contextOf(ws.index, ws.snapshot()), ws.offset);
  // Line 8 is `依照本条约第\u200b一条。`: the reference spans 本条约第\u200b一条, characters 2–9.
  assert.deepEqual(link.originSelectionRange, { start: { line: 8, character: 2 }, end: { line: 8, character: 9 } });
  assert.deepEqual(link.targetSelectionRange, { start: { line: 2, character: 3 }, end: { line: 2, character: 6 } });
});

test('invisible characters: a reference to an article the treaty lacks is reported on the text as it is', () => {
  const text = `# 测试条约\n\n## 第一条\n\n甲。\n\n## 第二条\n\n依照本条约第${ZWSP}五条。\n`;
  const ws = workspace(text);
  const found = diagnostics(contextOf(ws.index, ws.snapshot())).filter((d) => d.severity === DiagnosticSeverity.Error);
  assert.deepEqual(found.map((d) => [d.code, d.range]), [
    ['ref.no-such-article', { start: { line: 8, character: 2 }, end: { line: 8, character: 9 } }],
  ]);
});

test('invisible characters: renumbering rewrites the number inside such a reference and keeps the invisible character', () => {
  const before = `# 测试条约\n\n## 第一条\n\n甲。\n\n## 第三条\n\n依照本条约第${ZWSP}四条和第三${WJ}条第${SHY}一款。\n\n## 第四条\n\n见第一条。\n`;
  const ws = workspace(before);
  const before_ = meanings(ws.index);
  const edit = renumberArticles(contextOf(ws.index, ws.snapshot())).edit!;
  // The safety harness (README, What a proposed edit cannot do): only the spans meant, every reference means what it meant.
  assert.deepEqual(checkWorkspaceEdit(ws.index, edit, before_), []);
  const edits = edit.changes!['file:///ws/test.md'];
  const after = TextDocument.applyEdits(TextDocument.create('file:///x', 'markdown', 1, before), edits);
  assert.equal(after, `# 测试条约\n\n## 第一条\n\n甲。\n\n## 第二条\n\n依照本条约第${ZWSP}三条和第二${WJ}条第${SHY}一款。\n\n## 第三条\n\n见第一条。\n`);
  // Only numbers change: each edit replaces one numeral.
  assert.deepEqual(edits.map((e) => e.newText).sort(), ['三', '三', '二', '二']);
});

test('invisible characters: a defined term holding one is the term it shows, its span the text as it is, and its uses are found', () => {
  const text = `# 中华人民共和国和甲国引渡条约\n\n中华人民共和国和甲国（以下简称${ZWSP}“双${SHY}方”），根据《联合国${ZWSP}宪章》，达成协议如下：\n\n## 第一条\n\n双方依照本条约第${WJ}二条引渡。\n\n## 第二条\n\n甲。\n`;
  const t = buildTreaty(text);
  assert.deepEqual(t.definitions.map((d) => [d.term, d.meaning, text.slice(d.start, d.end)]), [['双方', '中华人民共和国和甲国', `双${SHY}方`]]);
  assert.deepEqual(referencesOf(t).map((r) => `${r.kind} ${text.slice(r.start, r.end)}${r.kind === 'citation' ? ` 《${r.citation.normalized}》` : ''}`), [
    `citation 《联合国${ZWSP}宪章》 《联合国宪章》`,
    'term 双方',
    `article 本条约第${WJ}二条`,
  ]);
});
