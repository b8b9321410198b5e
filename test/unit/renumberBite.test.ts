// Renumbering and rename (features/renumber.ts) as data: a workspace (several files: `%! name`),
// the cursor ‸ for a rename, and the whole answer — every edit ⟦old→new⟧ in place, by file, in the
// order the client gets them (document order), the count, the references to no article, or the
// refusal as the user reads it. Written by reading the texts, for the mutation run of renumber.ts
// (docs/mutation.md, branch mutren12); renumberEdges.test.ts has the edges of the first run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contextOf } from '../../server/src/features/context';
import { parseArticleNumber, prepareRename, rename, renumberArticles, renumberTo, styleLike } from '../../server/src/features/renumber';
import { RenameWant, RenumberingWant, markedEdit, renumbering } from '../support/editMarks';
import { workspace } from '../support/workspace';


const HOME = '%! a.md\n# 测试协定\n\n## 第一条\n\n甲。\n\n## 第三条\n\n乙。\n';

const RENUMBERS: [string, string, RenumberingWant][] = [
  ['a document without a title', '## 第一条\n\n甲。\n\n## 第三条\n\n乙。\n',
    { files: { 'test.md': ['5: ## 第⟦三→二⟧条'] }, articles: 1, dangling: [] }],
  ['references before the headings they follow: edits in document order, two on one line in order',
    '# 测试协定\n\n## 第一条\n\n依照第四条和第三条。\n\n## 第三条\n\n乙。\n\n## 第四条\n\n丙。\n',
    { files: { 'test.md': ['5: 依照第⟦四→三⟧条和第⟦三→二⟧条。', '7: ## 第⟦三→二⟧条', '11: ## 第⟦四→三⟧条'] }, articles: 2, dangling: [] }],
  ['the first article is 第一条之一: it keeps number 1',
    '# 测试协定\n\n## 第一条之一\n\n甲。\n\n## 第三条\n\n乙。\n',
    { files: { 'test.md': ['7: ## 第⟦三→二⟧条'] }, articles: 1, dangling: [] }],
  ['a 之一 article follows its base',
    '# 测试协定\n\n## 第一条\n\n甲。\n\n## 第三条\n\n乙。\n\n## 第三条之一\n\n丙，依照第三条之一。\n',
    { files: { 'test.md': ['7: ## 第⟦三→二⟧条', '11: ## 第⟦三→二⟧条之一', '13: 丙，依照第⟦三→二⟧条之一。'] }, articles: 2, dangling: [] }],
  ['a document citing its own title: its references followed once, its dangling one listed once',
    '# 测试协定\n\n## 第一条\n\n依照第九条和《测试协定》第三条。\n\n## 第三条\n\n乙。\n',
    { files: { 'test.md': ['5: 依照第九条和《测试协定》第⟦三→二⟧条。', '7: ## 第⟦三→二⟧条'] }, articles: 1, dangling: ['第5行“第九条”'] }],
  ['a citing document: only its references to this document\'s articles follow; those to a third document, its missing paragraph or article, do not; its dangling reference here is listed',
    `${HOME}%! b.md\n# 测试议定书\n\n## 第一条\n\n依照《测试协定》第三条、《其他条约》第二条、《其他条约》第一条第九款、《其他条约》第八条和《测试协定》第九条。\n%! c.md\n# 其他条约\n\n## 第一条\n\n甲。\n\n## 第二条\n\n乙。\n`,
    { files: { 'a.md': ['7: ## 第⟦三→二⟧条'], 'b.md': ['5: 依照《测试协定》第⟦三→二⟧条、《其他条约》第二条、《其他条约》第一条第九款、《其他条约》第八条和《测试协定》第九条。'] },
      articles: 1, dangling: ['第5行“《测试协定》第九条”'] }],
  ['a citing document whose references do not move gets no edit; the home headings\' offsets are not its own',
    `${HOME}%! b.md\n# 测试公约\n\n## 第一条\n\n甲。\n\n## 第五条\n\n依照《测试协定》第一条。\n`,
    { files: { 'a.md': ['7: ## 第⟦三→二⟧条'] }, articles: 1, dangling: [] }],
  ['law-style articles: a heading and a reference on one line, edits in order',
    '# 测试条例\n\n第一条　甲。\n\n第三条　依照第四条办理。\n\n第四条　乙。\n',
    { files: { 'test.md': ['5: 第⟦三→二⟧条　依照第⟦四→三⟧条办理。', '7: 第⟦四→三⟧条　乙。'] }, articles: 2, dangling: [] }],
  // A bare 第一款 is a paragraph of the article it is written in: it keeps its number when the article moves (it was rewritten
  // with the article's new number, 第二款, and the check refused the whole renumbering).
  ['a bare paragraph reference in an article that moves keeps its text', '# 测试条例\n\n第一条　甲。\n\n第三条　双方交换信息。\n\n违反第一款规定的，予以处罚。\n',
    { files: { 'test.md': ['5: 第⟦三→二⟧条　双方交换信息。'] }, articles: 1, dangling: [] }],
  ['an English text: numbers of two digits, followed by punctuation', 
    '# Agreement on Testing\n\n## Article 1\n\nThe Parties, under Article 12.\n\n## Article 12\n\nUnder Article 12(2), Article 1.\n',
    { files: { 'test.md': ['5: The Parties, under Article ⟦12→2⟧.', '7: ## Article ⟦12→2⟧', '9: Under Article ⟦12→2⟧(2), Article 1.'] }, articles: 1, dangling: [] }],
  // A bare article later in a sentence that cites home's article (`《测试协定》第一条规定的程序、第三条规定的期限`)
  // is home's too, read in doubt (a continued citation): in a Chinese text it follows its article all the same.
  ['a citing document: an article continuing a citation in its sentence, uncertain, follows',
    `${HOME}%! b.md\n# 测试议定书\n\n## 第一条\n\n依照《测试协定》第一条规定的程序、第三条规定的期限。\n`,
    { files: { 'a.md': ['7: ## 第⟦三→二⟧条'], 'b.md': ['5: 依照《测试协定》第一条规定的程序、第⟦三→二⟧条规定的期限。'] }, articles: 1, dangling: [] }],
  // A citing document of another title is no part of home's text: its own reference to an article it
  // lacks (本议定书第二条) does not come to name home's new 第二条, and the renumbering goes ahead.
  ['a citing document of another title: its own dangling reference is not home\'s, not a refusal',
    `${HOME}%! b.md\n# 测试议定书\n\n## 第一条\n\n依照《测试协定》第三条和本议定书第二条。\n`,
    { files: { 'a.md': ['7: ## 第⟦三→二⟧条'], 'b.md': ['5: 依照《测试协定》第⟦三→二⟧条和本议定书第二条。'] }, articles: 1, dangling: [] }],
  // Several numbers sharing one 条 (第三、四条, the range 第三至四条): each rewritten in place, the joiner kept.
  ['numbers sharing one 条, a list and a range: each number rewritten in place',
    '# 测试协定\n\n## 第一条\n\n依照第三、四条和第三至四条。\n\n## 第三条\n\n乙。\n\n## 第四条\n\n丙。\n',
    { files: { 'test.md': ['5: 依照第⟦三→二⟧、⟦四→三⟧条和第⟦三→二⟧至⟦四→三⟧条。', '7: ## 第⟦三→二⟧条', '11: ## 第⟦四→三⟧条'] }, articles: 2, dangling: [] }],
  ['Arabic numbers sharing one 條, spaced: each rewritten in place',
    '# 测试协定\n\n## 第一条\n\n依照第3 和 4條。\n\n## 第三条\n\n乙。\n\n## 第四条\n\n丙。\n',
    { files: { 'test.md': ['5: 依照第⟦3→2⟧ 和 ⟦4→3⟧條。', '7: ## 第⟦三→二⟧条', '11: ## 第⟦四→三⟧条'] }, articles: 2, dangling: [] }],
  ['numbers sharing one 条 with a paragraph after it: the numbers rewritten, not the paragraph\'s',
    '# 测试协定\n\n## 第一条\n\n依照第三、四条第一款。\n\n## 第三条\n\n乙。\n\n## 第四条\n\n丙。\n',
    { files: { 'test.md': ['5: 依照第⟦三→二⟧、⟦四→三⟧条第一款。', '7: ## 第⟦三→二⟧条', '11: ## 第⟦四→三⟧条'] }, articles: 2, dangling: [] }],
  // A later number with its own 条 and no 第 (第三条和四条), or its own 第 and no 条 before it (第三至第四条): each number follows its article.
  ['a second number with its own 条 but no 第, and a range with 第 repeated: each number rewritten in place',
    '# 测试协定\n\n## 第一条\n\n依照第三条和四条，第三至第四条。\n\n## 第三条\n\n乙。\n\n## 第四条\n\n丙。\n',
    { files: { 'test.md': ['5: 依照第⟦三→二⟧条和⟦四→三⟧条，第⟦三→二⟧至第⟦四→三⟧条。', '7: ## 第⟦三→二⟧条', '11: ## 第⟦四→三⟧条'] }, articles: 2, dangling: [] }],
  ['an English text in Roman numerals', 
    '# Agreement on Testing\n\n## Article I\n\nUnder Article IV.\n\n## Article IV\n\nThe Parties.\n',
    { files: { 'test.md': ['5: Under Article ⟦IV→II⟧.', '7: ## Article ⟦IV→II⟧'] }, articles: 1, dangling: [] }],
];

for (const [name, source, want] of RENUMBERS) {
  test(`renumber (bite): ${name}`, () => {
    const ws = workspace(source);
    assert.deepEqual(renumbering(ws, renumberArticles(contextOf(ws.index, ws.snapshot()))), want);
  });
}

const NOT_NUMBER = (name: string) => ({ refused: `“${name}”不是条号。可输入条号：第二十条、二十 或 20。`, invalidName: true });
const DOC = (cursorAt: string) => `# 测试协定\n\n## 第一条\n\n甲。\n\n## 第二条\n\n依照第二条和前条。\n\n## 第三条\n\n依照第 二 条第一款。\n`.replace(cursorAt.replace('|', ''), cursorAt.replace('|', '‸'));
const TO_FIVE = { 'test.md': ['7: ## 第⟦二→五⟧条', '9: 依照第⟦二→五⟧条和前条。', '13: 依照第 ⟦二→五⟧ 条第一款。'] };

const RENAMES: [string, string, string, RenameWant][] = [
  ['on the heading line, at its start', DOC('|## 第二条'), '五', TO_FIVE],
  ['on the heading line, at its end', DOC('## 第二条|'), '五', TO_FIVE],
  ['at the start of a reference\'s label', DOC('依照|第二条和'), '五', TO_FIVE],
  ['at the end of a reference\'s label', DOC('依照第二条|和'), '五', TO_FIVE],
  ['a spaced reference label: spaced as it was', DOC('第 二| 条'), '第十二条', { 'test.md': ['7: ## 第⟦二→十二⟧条', '9: 依照第⟦二→十二⟧条和前条。', '13: 依照第 ⟦二→十 二⟧ 条第一款。'] }],
  ['on the second of two numbers sharing one 条: that number renamed',
    '# 测试协定\n\n## 第一条\n\n依照第一、二‸条。\n\n## 第二条\n\n乙。\n', '五',
    { 'test.md': ['5: 依照第一、⟦二→五⟧条。', '7: ## 第⟦二→五⟧条'] }],
  ['on a relative reference: nothing to rename', DOC('和前|条'), '五', null],
  ['in an article\'s text, off its heading: nothing', DOC('甲|'), '五', null],
  ['the new name with spaces around it', DOC('## 第二条|'), '  第五条 ', TO_FIVE],
  ['a new name with something before 第', DOC('## 第二条|'), 'x第五条', NOT_NUMBER('x第五条')],
  ['a new name with something after 条', DOC('## 第二条|'), '第五条x', NOT_NUMBER('第五条x')],
  ['a number too large to be safe', DOC('## 第二条|'), '99999999999999999999', NOT_NUMBER('99999999999999999999')],
  ['a name of 40 characters is read', DOC('## 第二条|'), `第${' '.repeat(37)}五条`, TO_FIVE],
  ['a name of 41 characters is not, and is shown cut to 20', DOC('## 第二条|'), `第${' '.repeat(38)}五条`, NOT_NUMBER(`第${' '.repeat(19)}…`)],
  ['a wrong name of 20 characters is shown whole', DOC('## 第二条|'), 'abcdefghijklmnopqrst', NOT_NUMBER('abcdefghijklmnopqrst')],
  ['a 之一 article to a number whose 之一 exists: refused, naming it',
    '# 测试协定\n\n## 第一条\n\n甲。\n\n## 第一条之一\n\n乙。\n\n## 第二条\n\n丙。\n\n## 第二条之‸一\n\n丁。\n', '第一条',
    { refused: '本协定已有第一条之一。请选择其他条号，或先“重新编号全部条款”。' }],
  ['a 之一 article to a free number',
    '# 测试协定\n\n## 第一条\n\n甲。\n\n## 第二条\n\n丙。\n\n## 第二条之‸一\n\n丁。\n', '第五条',
    { 'test.md': ['11: ## 第⟦二→五⟧条之一'] }],
  ['on a reference to a missing paragraph: the article is renamed, the reference follows',
    '# 测试协定\n\n## 第一条\n\n依照第‸二条第九款。\n\n## 第二条\n\n乙。\n', '五',
    { 'test.md': ['5: 依照第⟦二→五⟧条第九款。', '7: ## 第⟦二→五⟧条'] }],
  ['on a reference to a missing item: the same',
    '# 测试协定\n\n## 第一条\n\n依照第‸二条第（九）项。\n\n## 第二条\n\n乙：\n\n（一）丙；\n\n（二）丁。\n', '五',
    { 'test.md': ['5: 依照第⟦二→五⟧条第（九）项。', '7: ## 第⟦二→五⟧条'] }],
  ['on a reference to no article: refused, naming it',
    '# 测试协定\n\n## 第一条\n\n依照第‸九条。\n', '五', { refused: '“第九条”所指的条款不存在，无法重命名' }],
  ['in a document numbered by paragraphs, on a reference to another document\'s article',
    '%! a.md\n# 测试联合声明\n\n一、依照《测试协定》第‸一条。\n%! b.md\n# 测试协定\n\n## 第一条\n\n甲。\n', '五',
    { 'a.md': ['3: 一、依照《测试协定》第⟦一→五⟧条。'], 'b.md': ['3: ## 第⟦一→五⟧条'] }],
  // A markdown note citing the treaty that is no treaty itself (not served: a README, a memo) is left as written.
  ['on an article\'s heading: a note citing it that is no treaty is not edited',
    '%! b.md\n# 测试协定\n\n## 第‸一条\n\n甲。\n%! notes.md\n# 笔记\n\n依照《测试协定》第一条。\n', '五',
    { 'b.md': ['3: ## 第⟦一→五⟧条'] }],
];

for (const [name, source, newName, want] of RENAMES) {
  test(`rename (bite): ${name}`, () => {
    const ws = workspace(source);
    const r = rename(contextOf(ws.index, ws.snapshot()), ws.offset, newName);
    assert.deepEqual(r && 'changes' in r ? markedEdit(ws, r) : r, want);
  });
}

test('prepare rename: the label\'s range and the article\'s name; null off an article; the refusal on a reference to none', () => {
  const at = (source: string) => {
    const ws = workspace(source);
    return prepareRename(contextOf(ws.index, ws.snapshot()), ws.offset);
  };
  assert.deepEqual(at(DOC('## 第|二条')), { range: { start: { line: 6, character: 3 }, end: { line: 6, character: 6 } }, placeholder: '第二条' });
  // A reference's label runs on through its paragraph (`第 二 条第一款`), the placeholder is the article's name.
  assert.deepEqual(at(DOC('第 二| 条')), { range: { start: { line: 12, character: 2 }, end: { line: 12, character: 10 } }, placeholder: '第二条' });
  assert.deepEqual(at(DOC('前|条')), null);
  assert.deepEqual(at('# 中华人民共和国和甲国友好合作协定\n\n中华人民共和国和甲国（以下简称“双方”），达成协议如下：\n\n## 第一条\n\n双‸方合作。\n'), null);
  assert.deepEqual(at('# 测试协定\n\n## 第一条\n\n依照第‸九条。\n'), { refused: '“第九条”所指的条款不存在，无法重命名' });
});

test('styleLike: each way of writing a number kept', () => {
  const cases: [string, number, boolean | undefined, string][] = [
    ['九', 12, undefined, '十二'],
    ['九', 12, true, '十 二'],
    [' 十  二 ', 13, undefined, ' 十 三 '],
    ['IV', 9, undefined, 'IX'],
    ['12', 3, undefined, '3'],
    ['１２', 13, undefined, '１３'],
    // Financial numerals (大写, numerals.ts financialLike, session 62): past 壹, every character; traditional forms where written.
    ['叁', 4, undefined, '肆'],
    ['叁', 12, undefined, '拾贰'],
    ['參', 2, undefined, '貳'],
    // 壹 alone, the text labelling nothing else so (a converter's every 一, the 1890 Sikkim page: 第壹款 beside 第二款): 一 alone.
    ['壹', 11, undefined, '十壹'],
    ['壹', 2, undefined, '二'],
  ];
  assert.deepEqual(cases.map(([w, n, s]) => styleLike(w, n, s)), cases.map((c) => c[3]));
  // 壹 alone in a text whose labels write numerals past 壹 so: every character, in the text's script.
  assert.equal(styleLike('壹', 2, false, '## 第壹条\n\n## 第贰条\n'), '贰');
  assert.equal(styleLike('壹', 12, false, '## 第壹條\n\n## 第貳條\n'), '拾貳');
  assert.equal(styleLike('壹', 2, false, '## 第壹款\n\n## 第二款\n\n壹千八百九十年'), '二');
});

test('parseArticleNumber: what a typed name is read as', () => {
  const names = ['第二十条', '二十', '20', '第 20 条', 'Article 6', 'Статья 6', 'VI', '6-бап', ' 7 ', '', '第零条', '0', 'x20', '20x', '第二十条之一'];
  assert.deepEqual(names.map(parseArticleNumber), [20, 20, 20, 20, 6, 6, 6, 6, 7, undefined, undefined, undefined, undefined, undefined, undefined]);
});

// A text in traditional characters (the Korean Armistice Agreement as Wikisource gives it, `第一條、軍事分界綫與非軍事區`):
// its drafter types the new number in its script.
test('parseArticleNumber: a number typed in traditional characters', () => {
  assert.deepEqual(['第二條', '第二十三條', '第 20 條', '第二十條之一'].map(parseArticleNumber), [2, 23, 20, undefined]);
});

// Plans given from outside (`renumberTo`: a counterpart's numbers come from its pairing), as
// [article's index, new number]: the check behind every plan refuses those the texts cannot carry.
const THREE = '# 测试协定\n\n## 第一条\n\n依照第二条。\n\n## 第二条\n\n依照第一条。\n\n## 第三条\n\n甲。\n';
const ENGLISH = '# Agreement\n\n## Article 1\n\nSee Article 2.\n\n## Article 2\n\nSee Article 1.\n';
const PLANS: [string, string, [number, number][], RenumberingWant][] = [
  ['two articles swapped: their headings and the references follow, in this document and a citing one', `%! a.md\n${THREE}%! b.md\n# 测试议定书\n\n## 第一条\n\n依照《测试协定》第一条和第三条。\n`, [[0, 3], [2, 1]],
    { files: { 'a.md': ['3: ## 第⟦一→三⟧条', '9: 依照第⟦一→三⟧条。', '11: ## 第⟦三→一⟧条'], 'b.md': ['5: 依照《测试协定》第⟦一→三⟧条和第⟦三→一⟧条。'] }, articles: 2, dangling: [] }],
  ['an article given the number of another that keeps it: the other\'s reference would point elsewhere', THREE, [[0, 2]],
    { articles: 1, dangling: [], refused: '第5行“第二条”改写后不再指向第二条' }],
  ['the same in an English text', ENGLISH, [[0, 2]], { articles: 1, dangling: [], refused: '第5行“Article 2”改写后不再指向Article 2' }],
  ['a number its heading cannot carry: not read back', THREE, [[1, 1e16]], { articles: 1, dangling: [], refused: '第二条改写后读不出第一万万万万条' }],
  ['a number an English heading cannot carry: no longer an article', ENGLISH, [[1, 10000]], { articles: 1, dangling: [], refused: '第7行“Article 2”改写后不再读作条款标题，本文件会少一条' }],
  ['a negative number: no longer an article', THREE, [[2, -1]], { articles: 1, dangling: [], refused: '第11行“第三条”改写后不再读作条款标题，本协定会少一条' }],
  // Sampled gap renumber.ts:202 (branch g12feat): headings in digits carry 100000000, a reference in Chinese numerals
  // (第一亿条) is read as none: the document's references would change.
  ['a number the references cannot carry: one reference fewer', '# 测试协定\n\n## 第1条\n\n依照第二条。\n\n## 第2条\n\n甲。\n', [[1, 100000000]],
    { articles: 1, dangling: [], refused: '第5行“第二条”现指本协定第二条，改写后不再读作引用' }],
];

for (const [name, source, plan, want] of PLANS) {
  test(`renumberTo (bite): ${name}`, () => {
    const ws = workspace(source);
    const home = ws.snapshot();
    const articles = ws.index.model(home).articles;
    assert.deepEqual(renumbering(ws, renumberTo(ws.index, home, new Map(plan.map(([i, n]) => [articles[i], n])))), want);
  });
}
