// Renumbering and rename at their edges (features/renumber.ts), as data: a workspace, and the
// whole answer — every edited file as it reads afterwards, the count, the dangling references
// and the refusal as the user sees it. Written for the mutation run of renumber.ts
// (docs/mutation.md); listed last in it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { WorkspaceEdit } from 'vscode-languageserver-types';
import { contextOf } from '../../server/src/features/context';
import { rename, renumberArticles } from '../../server/src/features/renumber';
import { TestWorkspace, workspace } from '../support/workspace';

/** Every edited file of a workspace edit, by file name, as it reads after the edit. */
function edited(ws: TestWorkspace, edit: WorkspaceEdit | undefined): Record<string, string> | undefined {
  if (!edit) return undefined;
  const files: Record<string, string> = {};
  for (const [uri, edits] of Object.entries(edit.changes ?? {})) {
    const f = ws.fx.files.find((x) => x.uri === uri)!;
    files[f.name] = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, f.text), edits);
  }
  return files;
}

const LAW = '# 中华人民共和国测试法\n\n';

interface RenumberWant { files?: Record<string, string>; articles: number; dangling: string[]; refused?: string }

const RENUMBERS: [string, string, RenumberWant][] = [
  ['a reference to an article that does not exist stays as it is, and is listed',
    '# 测试协定\n\n## 第一条\n\n依照第九条。\n\n## 第三条\n\n乙。\n',
    { files: { 'test.md': '# 测试协定\n\n## 第一条\n\n依照第九条。\n\n## 第二条\n\n乙。\n' }, articles: 1, dangling: ['第5行“第九条”'] }],
  ['refused when a reference to an article that does not exist would come to name one',
    '# 测试协定\n\n## 第一条\n\n依照第二条。\n\n## 第三条\n\n乙。\n',
    { articles: 1, dangling: ['第5行“第二条”'], refused: '悬空引用第5行“第二条”会指向新编号的条款' }],
  ['in a text in another language, refused when a reference left as written (uncertain: `of the Agreement` in an agreement, a heading broken into text) would come to name an article',
    '# Agreement between A and B\n\n## Article 1\n\nIn conformity with Article 2 of the Agreement on Trade.\n\n## Article 3\n\nB.\n',
    { articles: 1, dangling: [], refused: '悬空引用第5行“Article 2”会指向新编号的条款' }],
  ['in a text in another language, another instrument’s article (of the Charter) names none of this text’s, before or after: renumbered',
    '# Agreement between A and B\n\n## Article 1\n\nIn conformity with Article 2 of the Charter.\n\n## Article 3\n\nB.\n',
    { files: { 'test.md': '# Agreement between A and B\n\n## Article 1\n\nIn conformity with Article 2 of the Charter.\n\n## Article 2\n\nB.\n' }, articles: 1, dangling: [] }],
  ['a document numbered by points (a joint statement’s 一、二、) has its points renumbered',
    '# 中华人民共和国和甲国联合声明\n\n一、甲。\n\n三、乙。\n',
    { files: { 'test.md': '# 中华人民共和国和甲国联合声明\n\n一、甲。\n\n二、乙。\n' }, articles: 1, dangling: [] }],
  ['a point named as the text’s own (本联合声明第四点, 上文第三点) follows it; another instrument’s point (公报第四点) stays',
    '# 中华人民共和国和甲国联合声明\n\n一、甲，重申1972年联合公报第四点。\n\n三、乙，依照本联合声明第四点。\n\n四、丙，见上文第三点。\n',
    { files: { 'test.md': '# 中华人民共和国和甲国联合声明\n\n一、甲，重申1972年联合公报第四点。\n\n二、乙，依照本联合声明第三点。\n\n三、丙，见上文第二点。\n' }, articles: 2, dangling: [] }],
  ['refused when a point is named bare (依照第四点): whose point it is, is not known',
    '# 中华人民共和国和甲国联合声明\n\n一、甲。\n\n三、乙，依照第四点。\n\n四、丙。\n',
    { articles: 2, dangling: [], refused: '不能确定第5行“第四点”是否指本文的某一点（不是“本…第X点”的写法）' }],
  ['a resolution\'s points in digits (one deleted): renumbered, 上文第1段 following its point, another resolution\'s 第10段 not',
    '# 安全理事会第1518（2003）号决议\n\n安全理事会，\n\n回顾其以前所有有关决议，\n\n1. 决定设立一个委员会；\n\n3. 决定不断审议上文第1段所述委员会的任务，即履行第1483(2003)号决议第10段规定的义务；\n\n4. 决定继续处理此案。\n',
    { files: { 'test.md': '# 安全理事会第1518（2003）号决议\n\n安全理事会，\n\n回顾其以前所有有关决议，\n\n1. 决定设立一个委员会；\n\n2. 决定不断审议上文第1段所述委员会的任务，即履行第1483(2003)号决议第10段规定的义务；\n\n3. 决定继续处理此案。\n' }, articles: 2, dangling: [] }],
  ['an exchange of notes: each note numbers its own points',
    '# 中华人民共和国政府和甲国政府关于互免签证的换文\n\n（一）甲方来文\n\n一、甲。\n\n二、乙。\n\n（二）中方去文\n\n一、丙。\n\n三、丁。\n',
    { files: { 'test.md': '# 中华人民共和国政府和甲国政府关于互免签证的换文\n\n（一）甲方来文\n\n一、甲。\n\n二、乙。\n\n（二）中方去文\n\n一、丙。\n\n二、丁。\n' }, articles: 1, dangling: [] }],
  ['a reference to a missing paragraph or item of an article follows that article all the same',
    '# 测试协定\n\n## 第一条\n\n甲。\n\n## 第三条\n\n乙：\n\n（一）丙；\n\n（二）丁。\n\n## 第四条\n\n依照第三条第五款和第三条第（九）项。\n',
    { files: { 'test.md': '# 测试协定\n\n## 第一条\n\n甲。\n\n## 第二条\n\n乙：\n\n（一）丙；\n\n（二）丁。\n\n## 第三条\n\n依照第二条第五款和第二条第（九）项。\n' }, articles: 2, dangling: [] }],
  ['a document numbered 1, 2, 3 already: nothing to do',
    '# 测试协定\n\n## 第一条\n\n甲。\n\n## 第二条\n\n依照第一条。\n',
    { articles: 0, dangling: [] }],
  ['a citing document follows; its own articles, and relative references, stay',
    '%! a.md\n# 测试协定\n\n## 第一条\n\n甲。\n\n## 第三条\n\n乙，依照前条和本条第一款。\n%! b.md\n# 测试议定书\n\n## 第一条\n\n依照《测试协定》第三条和本议定书第一条。\n\n## 第三条\n\n依照第三条。\n',
    { files: {
      'a.md': '# 测试协定\n\n## 第一条\n\n甲。\n\n## 第二条\n\n乙，依照前条和本条第一款。\n',
      'b.md': '# 测试议定书\n\n## 第一条\n\n依照《测试协定》第二条和本议定书第一条。\n\n## 第三条\n\n依照第三条。\n',
    }, articles: 1, dangling: [] }],
  ['a law kept one file per part: the part keeps its first number, and the other part’s references to it (no citation) follow',
    `%! a.md\n${LAW}## 第三条\n\n依照第一条的规定。\n\n## 第五条\n\n适用第五条。\n%! b.md\n${LAW}## 第一条\n\n为了测试，制定本法。\n\n## 第二条\n\n依照第五条的规定。\n`,
    { files: {
      'a.md': `${LAW}## 第三条\n\n依照第一条的规定。\n\n## 第四条\n\n适用第四条。\n`,
      'b.md': `${LAW}## 第一条\n\n为了测试，制定本法。\n\n## 第二条\n\n依照第四条的规定。\n`,
    }, articles: 1, dangling: [] }],
  ['a law kept one file per part: refused when the other part’s reference to no article would come to name a renumbered one',
    `%! a.md\n${LAW}## 第三条\n\n甲。\n\n## 第五条\n\n乙。\n%! b.md\n${LAW}## 第一条\n\n依照第四条的规定。\n\n## 第二条\n\n丙。\n`,
    { articles: 1, dangling: [], refused: '悬空引用第5行“第四条”会指向新编号的条款' }],
  ['a law kept one file per part: refused when the other part’s reference would come to name its own article',
    `%! a.md\n${LAW}## 第三条\n\n甲。\n\n## 第五条\n\n乙。\n%! b.md\n${LAW}## 第一条\n\n依照第五条的规定。\n\n## 第二条\n\n丙。\n\n## 第四条\n\n丁。\n`,
    { articles: 1, dangling: [], refused: '第5行“第五条”改写后不再指向第五条' }],
  ['a text alone whose first article is 第二条 is numbered from 第一条 (a part only when its other parts are there)',
    `${LAW}## 第二条\n\n甲。\n\n## 第三条\n\n依照第二条。\n`,
    { files: { 'test.md': `${LAW}## 第一条\n\n甲。\n\n## 第二条\n\n依照第一条。\n` }, articles: 2, dangling: [] }],
  // An article inserted by hand with the number of the one it goes before: a bare 第一款 in the later of the two is its own
  // article's (renumbering was refused, “第…行“第一款”改写后不再指向第二条”, after inserting a 第二條 into
  // treaty_cn_fr_extradition_2007_wikisource_hant.md: the reference was read as the first 第二條's).
  ['an article inserted with the number of the next: both renumbered, a bare 第一款 staying with its own article, 第三条 following its article',
    '# 测试协定\n\n## 第一条\n\n甲。\n\n## 第二条\n\n依照第三条。\n\n## 第二条\n\n一、乙。\n\n二、符合第一款的，适用本条。\n\n## 第三条\n\n丙。\n',
    { files: { 'test.md': '# 测试协定\n\n## 第一条\n\n甲。\n\n## 第二条\n\n依照第四条。\n\n## 第三条\n\n一、乙。\n\n二、符合第一款的，适用本条。\n\n## 第四条\n\n丙。\n' }, articles: 2, dangling: [] }],
];

for (const [name, source, want] of RENUMBERS) {
  test(`renumber edge: ${name}`, () => {
    const ws = workspace(source);
    const r = renumberArticles(contextOf(ws.index, ws.snapshot()));
    const got: RenumberWant = { articles: r.articles, dangling: r.dangling };
    const files = edited(ws, r.edit);
    if (files) got.files = files;
    if (r.refused !== undefined) got.refused = r.refused;
    assert.deepEqual(got, want);
  });
}

type RenameWant = { files: Record<string, string> } | { refused: string; invalidName?: boolean } | null;

const NOT_NUMBER = (name: string) => ({ refused: `“${name}”不是条号。可输入条号：第二十条、二十 或 20。`, invalidName: true });
const TWO = '# 测试协定\n\n## 第一条\n\n甲。\n\n## 第二‸条\n\n乙。\n\n## 第三条\n\n依照第二条第一款和前条。\n';
const TWO_AS = (label: string) => ({ files: { 'test.md': `# 测试协定\n\n## 第一条\n\n甲。\n\n## ${label}\n\n乙。\n\n## 第三条\n\n依照${label}第一款和前条。\n` } });

const RENAMES: [string, string, string, RenameWant][] = [
  ['a new name in English', TWO, 'Article 7', TWO_AS('第七条')],
  ['a new name in Roman numerals', TWO, 'VII', TWO_AS('第七条')],
  ['a new name written 第 8 条', TWO, '第 8 条', TWO_AS('第八条')],
  ['0 is no article number', TWO, '0', NOT_NUMBER('0')],
  ['Article 0 is no article number', TWO, 'Article 0', NOT_NUMBER('Article 0')],
  ['第零条 is no article number', TWO, '第零条', NOT_NUMBER('第零条')],
  ['an empty name', TWO, ' ', NOT_NUMBER(' ')],
  // Two whole texts of one title are versions, not parts — until a rename makes one start past 第一条: then
  // the other's 第九条, which names no article, would come to name the renamed one.
  ['refused when renaming makes a same-titled file a part whose article the other file\'s dangling reference would name',
    '%! b.md\n# 测试协定\n\n## 第一‸条\n\n甲。\n\n## 第二条\n\n乙。\n%! a.md\n# 测试协定\n\n## 第一条\n\n依照第九条。\n', '第九条',
    { refused: '无法改为第九条：悬空引用第5行“第九条”会指向新编号的条款。' }],
];

for (const [name, source, newName, want] of RENAMES) {
  test(`rename edge: ${name}`, () => {
    const ws = workspace(source);
    const r = rename(contextOf(ws.index, ws.snapshot()), ws.offset, newName);
    assert.deepEqual(r && 'changes' in r ? { files: edited(ws, r) } : r, want);
  });
}
