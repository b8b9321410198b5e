// Text whose only line breaks are U+2028 LINE SEPARATOR / U+2029 PARAGRAPH SEPARATOR (some PDF and
// Word copies). LSP, VS Code and the parser break lines at \n, \r\n and \r only: such a text is one
// line. The server says so (text.line-separators, on the first separator) and offers a quick fix
// that turns each separator into a line break, after which the treaty reads. Expected answers
// written by reading the texts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import { buildTreaty } from '../../server/src/model/treaty';
import { contextOf } from '../../server/src/features/context';
import { diagnostics } from '../../server/src/features/diagnostics';
import { codeActions } from '../../server/src/features/codeActions';
import { workspace } from '../support/workspace';
import { checkTextEdits } from '../support/editSafety';

const LS = '\u2028';
const PS = '\u2029';
// 23 characters of title, then the separators.
const PASTED = `中华人民共和国政府和甲国政府关于经济合作的协定${PS}第一条　双方发展经济合作。${PS}第二条　本协定自签字之日起生效，${LS}有效期五年。`;

function ours(text: string): Diagnostic[] {
  const ws = workspace(text);
  return diagnostics(contextOf(ws.index, ws.snapshot())).filter((d) => d.code === 'text.line-separators');
}

function fixed(text: string, d: Diagnostic): { title: string; text: string } | undefined {
  const ws = workspace(text);
  const [action] = codeActions(contextOf(ws.index, ws.snapshot()), [d]).filter((a) => a.title !== undefined && !/禁用|Disable/.test(a.title));
  if (!action) return undefined;
  const edits = action.edit!.changes![ws.snapshot().uri];
  const doc = TextDocument.create('file:///x', 'markdown', 1, text);
  // Each edit replaces one separator, and no two overlap.
  assert.deepEqual(checkTextEdits(text, edits), []);
  for (const e of edits) assert.match(text.slice(doc.offsetAt(e.range.start), doc.offsetAt(e.range.end)), /^[\u2028\u2029]$/);
  return { title: action.title, text: TextDocument.applyEdits(doc, edits) };
}

test('line separators: a text broken only by U+2028/U+2029 is one line — no articles read — and one warning says so, on the first separator', () => {
  assert.deepEqual(buildTreaty(PASTED).articles.map((a) => a.name), []);
  const found = ours(PASTED);
  assert.deepEqual(found.map((d) => [d.severity, d.range]), [[DiagnosticSeverity.Warning, { start: { line: 0, character: 23 }, end: { line: 0, character: 24 } }]]);
  assert.match(String(found[0].message), /3 处/);
});

test('line separators: the quick fix turns every separator into \\n, and the treaty then reads', () => {
  const [d] = ours(PASTED);
  const out = fixed(PASTED, d)!;
  assert.equal(out.title, '换成换行符（3 处）');
  assert.equal(out.text, '中华人民共和国政府和甲国政府关于经济合作的协定\n第一条　双方发展经济合作。\n第二条　本协定自签字之日起生效，\n有效期五年。');
  const t = buildTreaty(out.text);
  assert.equal(t.title?.text, '中华人民共和国政府和甲国政府关于经济合作的协定');
  assert.deepEqual(t.articles.map((a) => a.name), ['第一条', '第二条']);
  assert.deepEqual(ours(out.text), []);
});

test('line separators: in a text whose lines end in \\r\\n the fix writes \\r\\n; the diagnostic is on the client\'s line', () => {
  const text = `# 测试协定\r\n\r\n## 第一条\r\n\r\n甲。${LS}乙。\r\n`;
  const [d] = ours(text);
  assert.deepEqual(d.range, { start: { line: 4, character: 2 }, end: { line: 4, character: 3 } });
  assert.equal(fixed(text, d)!.text, '# 测试协定\r\n\r\n## 第一条\r\n\r\n甲。\r\n乙。\r\n');
});

test('line separators: a stale or made-up diagnostic (another range) gets no fix', () => {
  const [d] = ours(PASTED);
  assert.equal(fixed(PASTED, { ...d, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } }), undefined);
});
