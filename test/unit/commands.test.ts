// The server's commands and the status bar's summary: inserting an article
// (renumbering what follows, or as 之一), what cites a document, the templates.
// Edits are applied and the result parsed again.
import { test } from 'node:test';
import { contextOf, textContext } from '../../server/src/features/context';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TextEdit } from 'vscode-languageserver-types';
import { insertArticle } from '../../server/src/features/insertArticle';
import { citedBy } from '../../server/src/features/citedBy';
import { summary } from '../../server/src/features/summary';
import { templates } from '../../server/src/features/templates';
import { readSnippets } from '../../server/src/features/completionSnippets';
import { setLocale } from '../../server/src/features/messages';
import { buildTreaty } from '../../server/src/model/treaty';
import { workspace } from '../support/workspace';
import { ROOT, seeds } from '../support/fixture';
import type { InsertMode } from '../../server/src/features/insertArticle';
import * as fs from 'fs';
import * as path from 'path';

function apply(text: string, edits: TextEdit[] = []): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'markdown', 1, text), edits);
}

/** [name, fixture with ‸, mode, expected text, expected new article name]; the cursor line of the answer is marked ‸ in the expected text. */
const INSERT: [string, string, InsertMode, string, string][] = [
  ['after the article at the cursor; later articles and references move up',
    '# 测试协定\n\n## 第一条\n\n甲‸。\n\n## 第二条\n\n依照本协定第二条和第 3 条。\n\n## 第三条\n\n见第一条。\n',
    'renumber',
    '# 测试协定\n\n## 第一条\n\n甲。\n\n## 第二条\n‸\n\n## 第三条\n\n依照本协定第三条和第 4 条。\n\n## 第四条\n\n见第一条。\n',
    '第二条'],
  ['as 之一: nothing else moves',
    '# 测试协定\n\n## 第一条\n\n甲‸。\n\n## 第二条\n\n依照第二条。\n',
    'sub',
    '# 测试协定\n\n## 第一条\n\n甲。\n\n## 第一条之一\n‸\n\n## 第二条\n\n依照第二条。\n',
    '第一条之一'],
  ['as 之二 after an existing 之一, in the arabic spaced style',
    '# 测试公约\n\n**第 1 条**\n\n甲‸。\n\n**第 1 条之一**\n\n乙。\n\n**第 2 条**\n\n丙。\n',
    'sub',
    '# 测试公约\n\n**第 1 条**\n\n甲。\n\n**第 1 条之一**\n\n乙。\n\n**第 1 条之二**\n‸\n\n**第 2 条**\n\n丙。\n',
    '第一条之二'],
  ['after the 之一 articles of the article at the cursor',
    '# 测试协定\n\n## 第一条\n\n甲‸。\n\n## 第一条之一\n\n乙。\n\n## 第二条\n\n丙。\n',
    'renumber',
    '# 测试协定\n\n## 第一条\n\n甲。\n\n## 第一条之一\n\n乙。\n\n## 第二条\n‸\n\n## 第三条\n\n丙。\n',
    '第二条'],
  ['above every article: the new one is first',
    '# 测试‸协定\n\n双方达成协议如下：\n\n## 第一条\n\n甲。\n\n## 第二条\n\n见第一条。\n',
    'renumber',
    '# 测试协定\n\n双方达成协议如下：\n\n## 第一条\n‸\n\n## 第二条\n\n甲。\n\n## 第三条\n\n见第二条。\n',
    '第一条'],
  ['at the end of a text without a final line break',
    '# 测试协定\n\n## 第一条\n\n甲。\n\n## 第二条\n\n乙‸。',
    'renumber',
    '# 测试协定\n\n## 第一条\n\n甲。\n\n## 第二条\n\n乙。\n\n## 第三条\n‸\n',
    '第三条'],
  ['CRLF line breaks are kept',
    '# 测试协定\r\n\r\n## 第一条\r\n\r\n甲‸。\r\n\r\n## 第二条\r\n\r\n乙。\r\n',
    'renumber',
    '# 测试协定\r\n\r\n## 第一条\r\n\r\n甲。\r\n\r\n## 第二条\r\n‸\r\n\r\n## 第三条\r\n\r\n乙。\r\n',
    '第二条'],
];

for (const [name, source, mode, expected, newName] of INSERT) {
  test(`insert article: ${name}`, () => {
    const ws = workspace(source);
    const { edit, result } = insertArticle(contextOf(ws.index, ws.snapshot()), ws.offset, mode);
    assert.ok(edit, result.message);
    const out = apply(ws.snapshot().text, edit.changes![ws.snapshot().uri]);
    const lines = out.split(/\r?\n/);
    const pos = result.position!;
    lines[pos.line] = lines[pos.line].slice(0, pos.character) + '‸' + lines[pos.line].slice(pos.character);
    assert.equal(lines.join(source.includes('\r\n') ? '\r\n' : '\n'), expected);
    assert.equal(result.name, newName);
    // The new article is one of the document's articles, under its own name.
    assert.ok(buildTreaty(out).articles.some((a) => a.name === newName), `${newName} in ${buildTreaty(out).articles.map((a) => a.name)}`);
  });
}

test('insert article: citing documents follow the articles that move', () => {
  const ws = workspace('%! a.md\n# 测试条约\n\n## 第一条\n\n甲‸。\n\n## 第二条\n\n乙。\n%! b.md\n# 测试议定书\n\n## 第一条\n\n依照《测试条约》第二条和第一条。\n');
  const { edit } = insertArticle(contextOf(ws.index, ws.snapshot()), ws.offset, 'renumber');
  const b = apply(ws.snapshot(ws.file('b.md')).text, edit!.changes!['file:///ws/b.md']);
  assert.match(b, /依照《测试条约》第三条和第一条。/);
});

test('insert article: every seed with articles takes one after its first article, and parses to one more article in order', () => {
  let tried = 0;
  for (const [, seed] of seeds()) {
    const ws = workspace(`%! ${seed.name}\n${seed.text}`);
    const s = ws.snapshot();
    const before = ws.index.model(s).articles;
    if (ws.index.model(s).tree.unitStyle !== 'article' || before.length < 2) continue;
    tried++;
    const { edit } = insertArticle(contextOf(ws.index, s), before[0].start + 1, 'renumber');
    const edits = edit!.changes![s.uri];
    const out = apply(s.text, edits);
    const after = buildTreaty(out).articles;
    assert.equal(after.length, before.length + 1, seed.name);
    assert.deepEqual(after.map((a) => a.num), [before[0].num, ...before.map((a) => a.num! + 1)].slice(0, after.length), seed.name);
    // Only the inserted lines and the numbers inside labels change.
    for (const e of edits) if (e.newText.includes('\n')) assert.equal(e.range.start.line, e.range.end.line);
    for (const e of edits.filter((x) => !x.newText.includes('\n'))) assert.match(e.newText, /^[ 0-9一二三四五六七八九十百零〇]+$/, seed.name);
  }
  assert.ok(tried >= 2);
});

test('insert article: a joint statement numbered 一、二、 has no articles to insert among', () => {
  const ws = workspace('# 测试联合声明\n\n一、双方‸同意。\n\n二、双方认为。\n');
  const { edit, result } = insertArticle(contextOf(ws.index, ws.snapshot()), ws.offset, 'renumber');
  assert.equal(edit, undefined);
  assert.ok(result.message);
});

test('cited by: citations in other documents, not the document\'s own self-references', () => {
  const ws = workspace('%! a.md\n# 测试条约\n\n## 第一条\n\n本条约自签字之日起生效。\n%! b.md\n# 测试议定书\n\n## 第一条\n\n依照《测试条约》第一条。\n%! c.md\n# 另一协定\n\n## 第一条\n\n见《测试条约》。\n');
  const r = citedBy(contextOf(ws.index, ws.snapshot(ws.file('a.md'))));
  assert.deepEqual(r.locations.map((l) => l.uri).sort(), ['file:///ws/b.md', 'file:///ws/c.md']);
  assert.equal(r.message, undefined);
  assert.deepEqual(r.position, { line: 0, character: 2 });
  const none = citedBy(contextOf(ws.index, ws.snapshot(ws.file('c.md'))));
  assert.deepEqual(none.locations, []);
  assert.match(none.message!, /另一协定/);
});

test('summary: kind and number of articles; joint statements count their paragraphs', () => {
  const a = summary(textContext('# 测试协定\n\n## 第一条\n\n甲。\n\n## 第二条\n\n乙。\n\n## 第二条之一\n\n丙。\n'));
  assert.deepEqual(a, { title: '测试协定', kind: '协定', units: 3, unitStyle: 'article', chapters: 0 });
  const j = summary(textContext('# 中哈联合声明\n\n一、双方同意。\n\n二、双方认为。\n'));
  assert.equal(j.unitStyle, 'paragraph');
  assert.equal(j.kind, '联合声明');
  assert.equal(j.units, 2);
});

test('templates: the whole-document snippets, labelled in the client\'s language', () => {
  const snippets = readSnippets(JSON.parse(fs.readFileSync(path.join(ROOT, 'snippets/treaty.code-snippets'), 'utf8')));
  try {
    setLocale('en');
    const en = templates(snippets);
    setLocale('zh-cn');
    const zh = templates(snippets);
    assert.equal(en.length, snippets.filter((s) => s.isFileTemplate).length);
    assert.ok(en.length >= 4);
    assert.ok(en.some((t) => t.label === 'Bilateral agreement'), en.map((t) => t.label).join());
    assert.ok(zh.some((t) => t.label === '双边协定'), zh.map((t) => t.label).join());
    for (const t of en) assert.doesNotMatch(t.description, /[\u4e00-\u9fff]{3}/, t.description);
    for (const t of zh) assert.match(t.label + t.description, /^[^A-Za-z]*$/, t.label);
    // The body is the treaty text, never translated.
    assert.deepEqual(en.map((t) => t.body), zh.map((t) => t.body));
  } finally {
    setLocale('zh-cn');
  }
});
