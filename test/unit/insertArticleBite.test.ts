// "Insert an article here" (features/insertArticle.ts) as data: a workspace with the cursor ‸,
// the mode, and the whole answer — every edit ⟦old→new⟧ in place (line breaks ↵), by file, in
// the order the client gets them, and the whole result (edits counted, the new article's name,
// where its text goes, or why nothing is done). Written by reading the texts, for the mutation
// run of insertArticle.ts (docs/mutation.md, branch mutren12).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contextOf } from '../../server/src/features/context';
import { InsertArticleResult, InsertMode, insertArticle } from '../../server/src/features/insertArticle';
import { markedEdit } from '../support/editMarks';
import { workspace } from '../support/workspace';

interface Want { files?: Record<string, string[]>; result: InsertArticleResult }
const NO_ARTICLES = { applied: false, edits: 0, message: '该文件没有“第…条”形式的条款，无法插入或重新编号。' };

const CASES: [string, string, InsertMode, Want][] = [
  ['a text numbered by paragraphs: nothing, and why',
    '# 测试联合声明\n\n一、双方‸同意。\n\n二、双方认为。\n', 'renumber', { result: NO_ARTICLES }],
  ['a text with no units at all: nothing, and why',
    '# 测试协定\n\n双方‸同意。\n', 'sub', { result: NO_ARTICLES }],
  ['after the article at the cursor: every later heading and every reference to a later article moves, edits in document order',
    '# 测试协定\n\n## 第一条\n\n依照第二条和第三条。\n\n## 第二条\n\n乙‸。\n\n## 第三条\n\n依照第一条。\n', 'renumber',
    { files: { 'test.md': [
      '5: 依照第二条和第⟦三→四⟧条。',
      '9: 乙。⟦→↵↵## 第三条↵⟧',
      '11: ## 第⟦三→四⟧条',
    ] }, result: { applied: false, edits: 3, name: '第三条', position: { line: 11, character: 0 } } }],
  ['an article whose number is not its place (a gap): the new one follows its number',
    '# 测试协定\n\n## 第一条\n\n甲。\n\n## 第五条\n\n乙‸。\n', 'renumber',
    { files: { 'test.md': ['9: 乙。⟦→↵↵## 第六条↵⟧'] }, result: { applied: false, edits: 1, name: '第六条', position: { line: 11, character: 0 } } }],
  ['above the first article of an excerpt starting at 第三条: the new one takes 第三条',
    '# 测试协定（节选）‸\n\n## 第三条\n\n甲。\n\n## 第四条\n\n乙。\n', 'renumber',
    { files: { 'test.md': ['3: ⟦→## 第三条↵↵↵⟧## 第⟦三→四⟧条', '7: ## 第⟦四→五⟧条'] }, result: { applied: false, edits: 3, name: '第三条', position: { line: 3, character: 0 } } }],
  ['as 之一: the highest 之N of that article only, not of another',
    '# 测试协定\n\n## 第一条\n\n甲‸。\n\n## 第二条\n\n乙。\n\n## 第二条之三\n\n丙。\n', 'sub',
    { files: { 'test.md': ['5: 甲。⟦→↵↵## 第一条之一↵⟧'] }, result: { applied: false, edits: 1, name: '第一条之一', position: { line: 7, character: 0 } } }],
  ['an article ending with a reference and no full stop: its edit and the insertion right after it are both kept',
    '# 测试协定\n\n## 第一条\n\n甲‸，见第二条\n\n## 第二条\n\n乙。\n', 'renumber',
    { files: { 'test.md': ['5: 甲，见第⟦二→三⟧条⟦→↵↵## 第二条↵⟧', '7: ## 第⟦二→三⟧条'] }, result: { applied: false, edits: 3, name: '第二条', position: { line: 7, character: 0 } } }],
  // 前两条 reaching across the new article would name it (one that named nothing, with too few articles before it, would name it and the one before).
  ['above the first article, 前两条 in the second (too few before it: it names nothing) would name the new one: refused',
    '# 测试协定‸\n\n## 第一条\n\n甲。\n\n## 第二条\n\n依照前两条。\n', 'renumber',
    { result: { applied: false, edits: 0, name: '第一条', message: '插入第一条后，第9行“前两条”会改指新条款，未插入。请先把它写成条号。' } }],
  ['after the first article, 前两条 in the third (the first and second) would name the new one and the second: refused',
    '# 测试协定\n\n## 第一条\n\n甲‸。\n\n## 第二条\n\n乙。\n\n## 第三条\n\n依照前两条。\n', 'renumber',
    { result: { applied: false, edits: 0, name: '第二条', message: '插入第二条后，第13行“前两条”会改指新条款，未插入。请先把它写成条号。' } }],
  ['after the first article, 上条第一款 in the second (a paragraph of the first) would name the new one\'s: refused',
    '# 测试协定\n\n## 第一条\n\n一、甲。\n\n二、乙‸。\n\n## 第二条\n\n依照上条第一款。\n', 'renumber',
    { result: { applied: false, edits: 0, name: '第二条', message: '插入第二条后，第11行“上条第一款”会改指新条款，未插入。请先把它写成条号。' } }],
  ['above the first article, its 上条第一款 (no article before it: its own 第一款) would name the new one\'s: refused',
    '# 测试协定‸\n\n## 第一条\n\n一、甲。\n\n二、依照上条第一款。\n', 'renumber',
    { result: { applied: false, edits: 0, name: '第一条', message: '插入第一条后，第7行“上条第一款”会改指新条款，未插入。请先把它写成条号。' } }],
  ['after the third article, 前两条 in the sixth (the fourth and fifth, the new one not between them): inserted, 前两条 left as written',
    '# 测试协定\n\n## 第一条\n\n甲。\n\n## 第二条\n\n乙。\n\n## 第三条\n\n丙‸。\n\n## 第四条\n\n丁。\n\n## 第五条\n\n戊。\n\n## 第六条\n\n依照前两条。\n', 'renumber',
    { files: { 'test.md': ['13: 丙。⟦→↵↵## 第四条↵⟧', '15: ## 第⟦四→五⟧条', '19: ## 第⟦五→六⟧条', '23: ## 第⟦六→七⟧条'] }, result: { applied: false, edits: 4, name: '第四条', position: { line: 15, character: 0 } } }],
  ['bold headings: the new heading bold too; LF kept',
    '# 测试协定\n\n**第一条**\n\n甲‸。\n\n**第二条**\n\n乙。\n', 'renumber',
    { files: { 'test.md': ['5: 甲。⟦→↵↵**第二条**↵⟧', '7: **第⟦二→三⟧条**'] }, result: { applied: false, edits: 2, name: '第二条', position: { line: 7, character: 0 } } }],
  ['a markdown heading in bold with spaces after it: both marks kept, the spaces not',
    '# 测试协定\n\n## **第一条**  \n\n甲‸。\n', 'renumber',
    { files: { 'test.md': ['5: 甲。⟦→↵↵## **第二条**↵⟧'] }, result: { applied: false, edits: 1, name: '第二条', position: { line: 7, character: 0 } } }],
  ['a bold label with the article text after it on its line: the new heading is closed in bold',
    '# 测试协定\n\n**第一条**　甲‸。\n\n**第二条**　乙。\n', 'renumber',
    { files: { 'test.md': ['3: **第一条**　甲。⟦→↵↵**第二条**↵⟧', '5: **第⟦二→三⟧条**　乙。'] }, result: { applied: false, edits: 2, name: '第二条', position: { line: 5, character: 0 } } }],
  ['a bold heading holding its caption: the new heading is closed in bold',
    '# 测试协定\n\n**第一条　总则**\n\n甲‸。\n', 'sub',
    { files: { 'test.md': ['5: 甲。⟦→↵↵**第一条之一**↵⟧'] }, result: { applied: false, edits: 1, name: '第一条之一', position: { line: 7, character: 0 } } }],
  ['refused when a reference to an article that does not exist would come to name the moved one',
    '# 测试协定\n\n## 第一条\n\n甲‸，见第三条。\n\n## 第二条\n\n乙。\n', 'renumber',
    { result: { applied: false, edits: 0, name: '第二条', message: '悬空引用第5行“第三条”会指向新编号的条款' } }],
  // A short line without punctuation standing alone right before an article heading is read as a sub-heading (组织, 职权):
  // the new heading put after the last line of an article that is one (an unfinished sentence, a stray word) would take it.
  ['refused when the article ends with a short line without punctuation: the new heading would make it a sub-heading',
    '# 测试协定\n\n## 第一条\n\n甲。\n\n## 第二条\n\n乙‸。\n\n缔约双方应当\n', 'renumber',
    { result: { applied: false, edits: 0, name: '第三条', message: '插入第三条后，第11行“缔约双方应当”会被读作它前面的小标题，不再属于第二条，未插入。请先给这一行加上标点。' } }],
  ['refused as 之一 too, and before a chapter heading',
    '# 测试协定\n\n## 第一章\n\n## 第一条\n\n甲‸。\n\n缔约双方应当\n\n## 第二章\n\n## 第二条\n\n乙。\n', 'sub',
    { result: { applied: false, edits: 0, name: '第一条之一', message: '插入第一条之一后，第9行“缔约双方应当”会被读作它前面的小标题，不再属于第一条，未插入。请先给这一行加上标点。' } }],
  ['that line punctuated: inserted',
    '# 测试协定\n\n## 第一条\n\n甲‸。\n\n缔约双方应当。\n', 'sub',
    { files: { 'test.md': ['7: 缔约双方应当。⟦→↵↵## 第一条之一↵⟧'] }, result: { applied: false, edits: 1, name: '第一条之一', position: { line: 9, character: 0 } } }],
  ['citing documents follow, each its own list of edits',
    '%! a.md\n# 测试条约\n\n## 第一条\n\n甲‸。\n\n## 第二条\n\n乙。\n%! b.md\n# 测试议定书\n\n## 第一条\n\n依照《测试条约》第二条和第一条。\n', 'renumber',
    { files: { 'a.md': ['5: 甲。⟦→↵↵## 第二条↵⟧', '7: ## 第⟦二→三⟧条'], 'b.md': ['5: 依照《测试条约》第⟦二→三⟧条和第一条。'] },
      result: { applied: false, edits: 3, name: '第二条', position: { line: 7, character: 0 } } }],
];

for (const [name, source, mode, want] of CASES) {
  test(`insert article (bite): ${name}`, () => {
    const ws = workspace(source);
    const { edit, result } = insertArticle(contextOf(ws.index, ws.snapshot()), ws.offset, mode);
    const got: Want = { result };
    const files = markedEdit(ws, edit);
    if (files) got.files = files;
    assert.deepEqual(got, want);
  });
}
