// textDocument/references and documentHighlight, subject by subject: the whole list of places
// (file and ⟦text⟧ at line:char) for an article (its heading, a reference to it, a paragraph of
// it), an instrument (its title, a citation), a defined term, with and without the declaration;
// the highlights with their kinds (a use of a term inside its own meaning is a use, as the model reads it). Expected answers written by reading references.ts and the texts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DocumentHighlightKind } from 'vscode-languageserver-types';
import { documentHighlights, references } from '../../server/src/features/references';
import { contextOf } from '../../server/src/features/context';
import { WorkspaceIndex } from '../../server/src/index/workspace';
import { LineMap } from '../../server/src/syntax/positions';
import { fixture } from '../support/fixture';

const T = '中华人民共和国和哈萨克斯坦共和国睦邻友好合作条约';
const CITED = `# ${T}

中华人民共和国和哈萨克斯坦共和国（以下简称“缔约双方”）达成协议如下：

## 第一条

缔约双方发展友好关系。

## 第二条

本条约自签字之日起生效。
`;

const DRAFT = `# 测试议定书

缔约双方根据《${T}》，达成协议如下：

## 第一条

一、本议定书所称“边境”指两国边境地区。

二、依照《${T}》第一条，缔约双方在边境合作。

## 第二条

依照第一条第二款、第一条第三款和第二条，边境居民往来。本条不影响第一条。
`;

function setUp(source: string) {
  const f = fixture(source);
  const index = new WorkspaceIndex();
  for (const file of f.files) index.set(file.uri, file.text, 1, 'markdown');
  const texts = new Map(f.files.map((x) => [x.uri, x.text]));
  const place = (uri: string, r: { start: { line: number; character: number }; end: { line: number; character: number } }) => {
    const lines = new LineMap(index.model(index.get(uri)!).tree.lines);
    const text = texts.get(uri)!.slice(lines.offsetAt(r.start), lines.offsetAt(r.end));
    return `${uri.replace('file:///ws/', '')} ${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}⟦${text}⟧`;
  };
  return { ctx: contextOf(index, index.get(f.main.uri)!), offset: f.main.cursor!, place, index, uri: f.main.uri };
}

function refs(source: string, declaration: boolean): string[] {
  const s = setUp(source);
  return references(s.ctx, s.offset, declaration).map((l) => s.place(l.uri, l.range));
}

function highlights(source: string): string[] {
  const s = setUp(source);
  return documentHighlights(s.ctx, s.offset).map((h) => `${h.kind === DocumentHighlightKind.Write ? 'write' : 'read'} ${s.place(s.uri, h.range)}`);
}

const cursorIn = (doc: string, find: string, plus = 1) => doc.replace(find, find.slice(0, plus) + '‸' + find.slice(plus));
const files = (cited: string, draft: string) => `%! a.md\n${cited}%! test.md\n${draft}`;

test('an article’s heading: its label, then every reference to it in the documents citing its instrument', () => {
  const source = files(cursorIn(CITED, '## 第一条', 4), DRAFT);
  assert.deepEqual(refs(source, true), ['a.md 4:3-4:6⟦第一条⟧', `test.md 8:4-8:33⟦《${T}》第一条⟧`]);
  assert.deepEqual(refs(source, false), [`test.md 8:4-8:33⟦《${T}》第一条⟧`]);
});

test('a reference to a paragraph of this document’s article: the article’s label, the references that reach it (not a missing paragraph, not another article)', () => {
  const source = files(CITED, cursorIn(DRAFT, '第一条第二款'));
  assert.deepEqual(refs(source, true), ['test.md 4:3-4:6⟦第一条⟧', 'test.md 12:2-12:8⟦第一条第二款⟧', 'test.md 12:32-12:35⟦第一条⟧']);
  assert.deepEqual(highlights(source), ['write test.md 4:3-4:6⟦第一条⟧', 'read test.md 12:2-12:8⟦第一条第二款⟧', 'read test.md 12:32-12:35⟦第一条⟧']);
});

test('a cited instrument: its title, then every citation of it; in its own document the highlights are its self-references', () => {
  assert.deepEqual(refs(files(CITED, cursorIn(DRAFT, `《${T}》，`)), true), [
    `a.md 0:2-0:26⟦${T}⟧`, `test.md 2:6-2:32⟦《${T}》⟧`, `test.md 8:4-8:30⟦《${T}》⟧`,
  ]);
  assert.deepEqual(refs(files(cursorIn(CITED, `# ${T}`, 4), DRAFT), false), [`test.md 2:6-2:32⟦《${T}》⟧`, `test.md 8:4-8:30⟦《${T}》⟧`]);
  assert.deepEqual(highlights(files(cursorIn(CITED, `# ${T}`, 4), DRAFT)), [`write a.md 0:2-0:26⟦${T}⟧`, 'read a.md 10:0-10:3⟦本条约⟧']);
  assert.deepEqual(highlights(files(CITED, cursorIn(DRAFT, '# 测试议定书', 3))), ['write test.md 0:2-0:7⟦测试议定书⟧', 'read test.md 6:2-6:6⟦本议定书⟧']);
});

test('a defined term: its definition, then its uses; nothing under the cursor, nothing', () => {
  const source = files(CITED, cursorIn(DRAFT, '边境合作'));
  assert.deepEqual(refs(source, true), ['test.md 6:9-6:11⟦边境⟧', 'test.md 6:15-6:17⟦边境⟧', 'test.md 8:39-8:41⟦边境⟧', 'test.md 12:20-12:22⟦边境⟧']);
  assert.deepEqual(highlights(files(CITED, cursorIn(DRAFT, '“边境”', 2))), ['write test.md 6:9-6:11⟦边境⟧', 'read test.md 6:15-6:17⟦边境⟧', 'read test.md 8:39-8:41⟦边境⟧', 'read test.md 12:20-12:22⟦边境⟧']);
  assert.deepEqual(refs(files(CITED, cursorIn(DRAFT, '居民往来')), true), []);
  assert.deepEqual(highlights(files(CITED, cursorIn(DRAFT, '居民往来'))), []);
});

test('a cancelled request: the declaration only', () => {
  const s = setUp(files(cursorIn(CITED, '## 第一条', 4), DRAFT));
  const ctx = contextOf(s.index, s.ctx.snapshot, { isCancellationRequested: true });
  assert.deepEqual(references(ctx, s.offset, true).map((l) => s.place(l.uri, l.range)), ['a.md 4:3-4:6⟦第一条⟧']);
});

test('highlights of a cited instrument in the citing document: every citation, no declaration', () => {
  assert.deepEqual(highlights(files(CITED, cursorIn(DRAFT, `《${T}》，`))), [`read test.md 2:6-2:32⟦《${T}》⟧`, `read test.md 8:4-8:30⟦《${T}》⟧`]);
});

test('an article and its 之一: each its own references', () => {
  const text = `# 甲乙协定

## 第一条

依照第二条和第二条之一，双方合作。

## 第二条

双方交流。

## 第二条之一

双方互访。
`;
  assert.deepEqual(refs(cursorIn(text, '## 第二条\n', 4), true), ['test.md 6:3-6:6⟦第二条⟧', 'test.md 4:2-4:5⟦第二条⟧']);
  assert.deepEqual(refs(cursorIn(text, '## 第二条之一', 4), true), ['test.md 10:3-10:8⟦第二条之一⟧', 'test.md 4:6-4:11⟦第二条之一⟧']);
});

test('the cursor at either end of a heading line, of the title line and of a term’s definition: still on it', () => {
  const headingRefs = ['a.md 4:3-4:6⟦第一条⟧', `test.md 8:4-8:33⟦《${T}》第一条⟧`];
  assert.deepEqual(refs(files(CITED.replace('## 第一条', '‸## 第一条'), DRAFT), true), headingRefs);
  assert.deepEqual(refs(files(CITED.replace('## 第一条', '## 第一条‸'), DRAFT), true), headingRefs);
  const titleRefs = [`a.md 0:2-0:26⟦${T}⟧`, `test.md 2:6-2:32⟦《${T}》⟧`, `test.md 8:4-8:30⟦《${T}》⟧`];
  assert.deepEqual(refs(files(`‸${CITED}`, DRAFT), true), titleRefs);
  assert.deepEqual(refs(files(CITED.replace(`# ${T}`, `# ${T}‸`), DRAFT), true), titleRefs);
  const termRefs = ['test.md 6:9-6:11⟦边境⟧', 'test.md 6:15-6:17⟦边境⟧', 'test.md 8:39-8:41⟦边境⟧', 'test.md 12:20-12:22⟦边境⟧'];
  assert.deepEqual(refs(files(CITED, DRAFT.replace('“边境”', '“‸边境”')), true), termRefs);
  assert.deepEqual(refs(files(CITED, DRAFT.replace('“边境”', '“边境‸”')), true), termRefs);
  // Off the heading line, in the article's text with no reference: nothing.
  assert.deepEqual(refs(files(CITED.replace('发展友好', '发展友‸好'), DRAFT), true), []);
});

test('an untitled document: an article’s references in it alone; a document citing its own title: the highlights of its title are its self-references', () => {
  assert.deepEqual(refs('## 第一条‸\n\n双方合作。\n\n## 第二条\n\n依照第一条。\n', true), ['test.md 0:3-0:6⟦第一条⟧', 'test.md 6:2-6:5⟦第一条⟧']);
  assert.deepEqual(highlights('# 测试‸协定\n\n## 第一条\n\n缔约双方依照《测试协定》合作，本协定另有规定的除外。\n'), ['write test.md 0:2-0:6⟦测试协定⟧', 'read test.md 4:15-4:18⟦本协定⟧']);
});

test('off every subject: an untitled document’s text, a blank line above the title, text before a term’s definition', () => {
  assert.deepEqual(refs('## 第一条\n\n双方合‸作。\n', true), []);
  assert.deepEqual(refs(files(CITED, `‸\n${DRAFT}`), true), []);
  assert.deepEqual(refs(files(CITED, DRAFT.replace('达成协议', '达成协‸议')), true), []);
});

// A law kept one file per part (isPart: the second part's articles start at 第三条): a reference
// of the second part to 第一条 resolves in the first part (resolve's inOtherParts), so it is a
// reference to that article, found from either end, and highlighted in its own file.
const PART_A = `# 中华人民共和国测试法

## 第一条

为了测试，制定本法。

## 第二条

本法自公布之日起施行。
`;

const PART_B = `# 中华人民共和国测试法

## 第三条

依照第一条的规定，适用第三条。
`;

test('a law in two parts: the second part’s 第一条 is a reference to the first part’s article, from the heading, from the reference, and in the highlights', () => {
  const fromHeading = `%! a.md\n${cursorIn(PART_A, '## 第一条', 4)}%! b.md\n${PART_B}`;
  assert.deepEqual(refs(fromHeading, true), ['a.md 2:3-2:6⟦第一条⟧', 'b.md 4:2-4:5⟦第一条⟧']);
  const fromReference = `%! a.md\n${PART_A}%! b.md\n${cursorIn(PART_B, '第一条的')}`;
  assert.deepEqual(refs(fromReference, false), ['b.md 4:2-4:5⟦第一条⟧']);
  assert.deepEqual(highlights(fromReference), ['read b.md 4:2-4:5⟦第一条⟧']);
  // 第三条 of the second part is its own: the first part has no reference to it.
  assert.deepEqual(refs(`%! a.md\n${PART_A}%! b.md\n${cursorIn(PART_B, '## 第三条', 4)}`, true), ['b.md 2:3-2:6⟦第三条⟧', 'b.md 4:11-4:14⟦第三条⟧']);
});

test('a paragraph listed after another article’s paragraph (第一条第一款、第二款): a reference to that article, not to the one it is written in', () => {
  const text = '# 甲乙协定\n\n## 第一条\n\n双方合作。\n\n双方交流。\n\n## 第二条\n\n依照第一条第一款、第二款的规定。\n\n双方另行商定。\n';
  assert.deepEqual(refs(cursorIn(text, '## 第一条', 4), true), ['test.md 2:3-2:6⟦第一条⟧', 'test.md 10:2-10:8⟦第一条第一款⟧', 'test.md 10:9-10:12⟦第二款⟧']);
  assert.deepEqual(refs(cursorIn(text, '## 第二条', 4), true), ['test.md 8:3-8:6⟦第二条⟧']);
});

test('该法第X条 in a document citing a law: a reference to the law’s article', () => {
  const law = '# 中华人民共和国测试法\n\n## 第一条\n\n为了测试，制定本法。\n\n## 第二条\n\n本法自公布之日起施行。\n';
  const citing = '# 甲乙协定\n\n## 第一条\n\n根据《中华人民共和国测试法》，依照该法第二条的规定。\n';
  assert.deepEqual(refs(`%! law.md\n${cursorIn(law, '## 第二条', 4)}%! test.md\n${citing}`, true), ['law.md 6:3-6:6⟦第二条⟧', 'test.md 4:19-4:22⟦第二条⟧']);
});

test('a reference to an article the document does not have: nothing, neither references nor highlights', () => {
  const text = '# 甲乙协定\n\n## 第一条\n\n依照第九条办理。\n';
  assert.deepEqual(refs(cursorIn(text, '第九条'), true), []);
  assert.deepEqual(highlights(cursorIn(text, '第九条')), []);
});

test('a self-reference under the cursor: the document, its title and its citations elsewhere; highlights, its self-references', () => {
  const source = files(cursorIn(CITED, '本条约'), DRAFT);
  assert.deepEqual(refs(source, true), [`a.md 0:2-0:26⟦${T}⟧`, `test.md 2:6-2:32⟦《${T}》⟧`, `test.md 8:4-8:30⟦《${T}》⟧`]);
  assert.deepEqual(highlights(source), [`write a.md 0:2-0:26⟦${T}⟧`, 'read a.md 10:0-10:3⟦本条约⟧']);
});

test('highlights of another document’s article in the citing document: its references there, no declaration', () => {
  assert.deepEqual(highlights(files(CITED, cursorIn(DRAFT, '第一条，缔约双方'))), [`read test.md 8:4-8:33⟦《${T}》第一条⟧`]);
});

test('an untitled document named by 本协定: its declaration is its start', () => {
  const text = '## 第一条\n\n‸本协定自签字之日起生效。\n';
  assert.deepEqual(refs(text, true), ['test.md 0:0-0:0⟦⟧']);
  assert.deepEqual(highlights(text), ['write test.md 0:0-0:0⟦⟧', 'read test.md 2:0-2:3⟦本协定⟧']);
});

test('a defined term among others: its own uses only', () => {
  const text = '# 甲乙协定\n\n甲国和乙国（以下简称“双方”）设立委员会（以下简称“机构”），达成协议如下：\n\n## 第一条\n\n双方通过机构合作。\n';
  assert.deepEqual(refs(cursorIn(text, '双方通过'), true), ['test.md 2:11-2:13⟦双方⟧', 'test.md 6:0-6:2⟦双方⟧']);
});

test('an article covered by 前两条 or 前三条: those references list it too, not the articles outside them', () => {
  const text = `# 甲乙协定

## 第一条

双方合作。

## 第二条

双方交流。

## 第二条之一

双方互访。

## 第三条

违反前两条的，依照第一条处理。

## 第四条

前三条不影响第一条。
`;
  assert.deepEqual(refs(cursorIn(text, '## 第二条\n', 4), true), ['test.md 6:3-6:6⟦第二条⟧', 'test.md 16:2-16:5⟦前两条⟧', 'test.md 20:0-20:3⟦前三条⟧']);
  assert.deepEqual(refs(cursorIn(text, '## 第三条', 4), false), ['test.md 20:0-20:3⟦前三条⟧']);
  assert.deepEqual(refs(cursorIn(text, '## 第一条', 4), false), ['test.md 16:9-16:12⟦第一条⟧', 'test.md 20:6-20:9⟦第一条⟧']);
  assert.deepEqual(highlights(cursorIn(text, '## 第二条之一', 4)), ['write test.md 10:3-10:8⟦第二条之一⟧', 'read test.md 16:2-16:5⟦前两条⟧', 'read test.md 20:0-20:3⟦前三条⟧']);
});

// A chapter or section of the text: its heading's label, then the words of the text naming it (本法第二章, 依照第二章; not
// another instrument's 《…》第二章, nor 第三章 or a section of that number).
const LAW = `# 某某条例

## 第一章 总则

第一条 违反本条例第二章规定的，依照《中华人民共和国行政处罚法》第二章处罚。

## 第二章 管理

### 第一节 一般规定

第二条 主管部门依照第二章和第三章的规定管理，第一节另有规定的除外。

## 第三章 附则

第三条 本条例第二章自2023年9月1日起施行。
`;

test('a chapter: from its heading or a reference to it, its label then every reference of the text naming it', () => {
  const want = ['test.md 2:3-2:6⟦第一章⟧'];
  assert.deepEqual(refs(files(CITED, cursorIn(LAW, '## 第一章', 4)), true), want);
  const chapter2 = ['test.md 6:3-6:6⟦第二章⟧', 'test.md 4:9-4:12⟦第二章⟧', 'test.md 10:10-10:13⟦第二章⟧', 'test.md 14:7-14:10⟦第二章⟧'];
  assert.deepEqual(refs(files(CITED, cursorIn(LAW, '## 第二章', 4)), true), chapter2);
  assert.deepEqual(refs(files(CITED, cursorIn(LAW, '依照第二章', 3)), true), chapter2);
  assert.deepEqual(refs(files(CITED, cursorIn(LAW, '依照第二章', 3)), false), chapter2.slice(1));
  assert.deepEqual(highlights(files(CITED, cursorIn(LAW, '本条例第二章自', 4))), ['write test.md 6:3-6:6⟦第二章⟧', ...chapter2.slice(1).map((x) => `read ${x}`)]);
  assert.deepEqual(refs(files(CITED, cursorIn(LAW, '，第一节', 2)), true), ['test.md 8:4-8:7⟦第一节⟧', 'test.md 10:23-10:26⟦第一节⟧']);
  // Another instrument's chapter: not this text's.
  assert.deepEqual(refs(files(CITED, cursorIn(LAW, '》第二章', 2)), true), []);
});
