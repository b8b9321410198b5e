// A page's HTML source pasted as a treaty (features/htmlPaste.ts): text.html on its first piece of
// markup, and the quick fix that makes it the plain text the page showed — only where that is the
// whole of it. Markdown's own comments are no markup of a page. Expected texts written by reading.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import { buildTreaty } from '../../server/src/model/treaty';
import { referencesOf } from '../../server/src/model/references';
import { contextOf } from '../../server/src/features/context';
import { diagnostics } from '../../server/src/features/diagnostics';
import { codeActions } from '../../server/src/features/codeActions';
import { workspace } from '../support/workspace';
import { checkTextEdits } from '../support/editSafety';

const PAGE = [
  '<!-- treaty-disable-next-line final.no-signing-clause -->',
  '<p style="text-align:center">中华人民共和国政府和甲国政府关于经济合作的协定</p>',
  '<p>中华人民共和国政府和甲国政府（以下简称&ldquo;双方&rdquo;），</p>',
  '<p>为发展两国经济合作，达成协议如下：</p>',
  '<p>第一条　双方在平等互利的基础上发展经济合作。</p>',
  '  <p>第二条　本协定第一条所述合作包括贸易&#12289;投资和技术交流。</p><br>',
  '<div>第三条&nbsp;本协定自签字之日起生效。</div>',
  '',
].join('\n');

function ours(text: string): Diagnostic[] {
  const ws = workspace(text);
  return diagnostics(contextOf(ws.index, ws.snapshot())).filter((d) => d.code === 'text.html');
}

function fixed(text: string, d: Diagnostic): { title: string; text: string } | undefined {
  const ws = workspace(text);
  const [action] = codeActions(contextOf(ws.index, ws.snapshot()), [d]).filter((a) => !/禁用|Disable/.test(a.title));
  if (!action) return undefined;
  const edits = action.edit!.changes![ws.snapshot().uri];
  const doc = TextDocument.create('file:///x', 'markdown', 1, text);
  // Each edit replaces one tag (with the indentation before it) or one entity, and no two overlap.
  assert.deepEqual(checkTextEdits(text, edits), []);
  for (const e of edits) assert.match(text.slice(doc.offsetAt(e.range.start), doc.offsetAt(e.range.end)), /^(?:[ \t]*<[^<>]+>|&#?[0-9a-zA-Z]+;)$/);
  return { title: action.title, text: TextDocument.applyEdits(doc, edits) };
}

test('html paste: a page\'s source gets one warning on its first tag, counting its tags and entities', () => {
  const found = ours(PAGE);
  // Line 1's `<p style="text-align:center">` is 29 characters; 13 tags, 4 entities (the comment is none).
  assert.deepEqual(found.map((d) => [d.severity, d.range]), [[DiagnosticSeverity.Warning, { start: { line: 1, character: 0 }, end: { line: 1, character: 29 } }]]);
  assert.match(String(found[0].message), /13 个 HTML 标签、4 个 HTML 实体/);
});

test('html paste: the quick fix gives the plain text — tags gone, entities their characters, the comment kept — and the treaty then reads', () => {
  const out = fixed(PAGE, ours(PAGE)[0])!;
  assert.equal(out.title, '转为纯文本（17 处标签和实体）');
  assert.equal(out.text, [
    '<!-- treaty-disable-next-line final.no-signing-clause -->',
    '中华人民共和国政府和甲国政府关于经济合作的协定',
    '中华人民共和国政府和甲国政府（以下简称“双方”），',
    '为发展两国经济合作，达成协议如下：',
    '第一条　双方在平等互利的基础上发展经济合作。',
    '第二条　本协定第一条所述合作包括贸易、投资和技术交流。',
    '第三条\u00a0本协定自签字之日起生效。',
    '',
  ].join('\n'));
  const t = buildTreaty(out.text);
  assert.equal(t.title?.text, '中华人民共和国政府和甲国政府关于经济合作的协定');
  assert.deepEqual(t.articles.map((a) => a.name), ['第一条', '第二条', '第三条']);
  assert.deepEqual(t.definitions.map((d) => `${d.term}=${d.meaning}`), ['双方=中华人民共和国政府和甲国政府']);
  assert.deepEqual(referencesOf(t).flatMap((r) => (r.kind === 'article' ? [`${out.text.slice(r.start, r.end)} ${JSON.stringify(r.target)}`] : [])), ['本协定第一条 {"num":1}']);
  assert.deepEqual(ours(out.text), []);
});

test('html paste: paragraphs run together on one line, unclosed, or split by <br> become lines of their own', () => {
  const text = '<div><p>第一条　甲。<p>第二条　乙。</div>\n<p>第三条　丙。<br>丁。</p>\n<p>第四条　戊。</p>\n';
  const [d] = ours(text);
  assert.equal(fixed(text, d)!.text, '第一条　甲。\n第二条　乙。\n第三条　丙。\n丁。\n第四条　戊。\n');
});

test('html paste: a page holding a table gets the warning and no conversion (its cells would run together)', () => {
  const text = '<p>第一条　甲。</p>\n<p>第二条　乙。</p>\n<table><tr><td>甲国</td><td>乙国</td></tr></table>\n<p>第三条　丙。</p>\n';
  const [d] = ours(text);
  assert.match(String(d.message), /不提供自动转换/);
  assert.equal(fixed(text, d), undefined);
});

test('html paste: a markdown treaty with a few inline tags, non-breaking spaces and suppression comments is no paste', () => {
  const text = '# 测试协定\n\n<!-- treaty-disable-next-line term.unused -->\n## 第一条\n\n甲<sup>1</sup>。&nbsp;&nbsp;&nbsp;乙。\n\n## 第二条\n\n丙<br>丁。\n\n<!-- 注：<p>此处</p> -->\n';
  assert.deepEqual(ours(text), []);
});

test('html paste: a comment is passed over whole — its tags and entities count none — while `<![CDATA[` in it, as anywhere, keeps the conversion off', () => {
  // Three lines of `<p>…</p>` outside the comment: 6 tags, no entity; the comment's `<p>`, `&ldquo;` are not counted.
  const text = '<p>第一条　甲。</p>\n<!-- <p>注</p> &ldquo; <![CDATA[x]]> --><p>第二条　乙。</p>\n<p>第三条　丙。</p>\n';
  const [d] = ours(text);
  assert.deepEqual(d.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } });
  assert.match(String(d.message), /6 个 HTML 标签、0 个 HTML 实体/);
  assert.match(String(d.message), /不提供自动转换/);
  // Without the CDATA the page converts, the comment kept as written (the `<p>` after it opens a line of its own).
  const plain = text.replace(' <![CDATA[x]]>', '');
  assert.equal(fixed(plain, ours(plain)[0])!.text, '第一条　甲。\n<!-- <p>注</p> &ldquo; -->\n第二条　乙。\n第三条　丙。\n');
});

test('html paste: a comment never closed is no comment — the tags after its `<!--` count', () => {
  const text = '<p>第一条　甲。</p>\n<!-- 未完 &ldquo;\n<p>第二条　乙。</p>\n<p>第三条　丙。</p>\n';
  const [d] = ours(text);
  assert.match(String(d.message), /6 个 HTML 标签、1 个 HTML 实体/);
  assert.doesNotMatch(String(d.message), /不提供自动转换/);
});
