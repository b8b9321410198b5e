// Session 51's drafter's review: what session 50's left and what a drafter found using the features on real texts, each case
// a text and what a drafter expects, written by reading the features and the texts (never by running the server).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Location } from 'vscode-languageserver-types';
import { hoverOf, inWorkspace, at } from '../support/review';
import { definition } from '../../server/src/features/definition';
import { textContext } from '../../server/src/features/context';
import { CODE_BOOKS } from '../support/codeBooks';
import { documentHighlights, references } from '../../server/src/features/references';
import { insertArticle } from '../../server/src/features/insertArticle';
import { documentSymbols } from '../../server/src/features/documentSymbols';
import { completion } from '../../server/src/features/completion';
import { layoutOf } from '../../server/src/features/export/layout';
import { buildTreaty } from '../../server/src/model/treaty';

const place = (l: Location) => `${decodeURIComponent(l.uri.replace('file:///ws/', ''))} ${l.range.start.line}:${l.range.start.character}-${l.range.end.character}`;

// 1. Find references of a book of a code kept one file per book (LawRefBook/Laws 2f4c5c2 民法典/: `# 中华人民共和国民法典` /
// `# 人格权编`, no `第四编` label) from its heading: the code's other books name it with its own words — 人格权编 第一千零一条
// `适用本法第一编、第五编和其他法律的相关规定`, 婚姻家庭编 第一千零九十六条 `应当依照本法第一编的规定另行确定监护人` (excerpts: the
// headings and those articles). Definition from those words reached the book's heading since session 50; find references
// from the heading listed the heading alone: only a citing text's `民法典第五编` was read, not the code's own `本法第五编`.
const PERSONALITY = `# 中华人民共和国民法典

# 人格权编

## 第一章  一般规定

第九百八十九条 本编调整因人格权的享有和保护产生的民事关系。

第一千零一条 对自然人因婚姻家庭关系等产生的身份权利的保护，适用本法第一编、第五编和其他法律的相关规定；没有规定的，可以根据其性质参照适用本编人格权保护的有关规定。
`;
const FAMILY = `# 中华人民共和国民法典

# 婚姻家庭编

## 第一章  一般规定

第一千零四十条 本编调整因婚姻家庭产生的民事关系。

## 第五章  收养

### 第一节  收养关系的成立

第一千零九十六条 监护人送养孤儿的，应当征得有抚养义务的人同意。有抚养义务的人不同意送养、监护人不愿意继续履行监护职责的，应当依照本法第一编的规定另行确定监护人。
`;

test('find references of a code\'s book from its heading lists the code\'s own words naming it in its other books\' files', () => {
  const files = { ...CODE_BOOKS, 'minfadian/人格权编.md': PERSONALITY, 'minfadian/婚姻家庭编.md': FAMILY };
  const ws = inWorkspace(files);
  const line = (text: string, find: string) => text.slice(0, text.indexOf(find)).split('\n').length - 1;
  const col = (text: string, find: string, plus: number) => at(text, find, plus) - text.lastIndexOf('\n', at(text, find)) - 1;
  const words = (file: string, text: string, find: string, plus: number) => `${file} ${line(text, find)}:${col(text, find, plus)}-${col(text, find, plus + 3)}`;
  // 第五编 is 婚姻家庭编 (the fifth book by its articles): its heading, then 人格权编's `第五编` after `本法第一编、`.
  assert.deepEqual(references(ws('minfadian/婚姻家庭编.md'), at(FAMILY, '# 婚姻家庭编', 3), true).map(place),
    ['minfadian/婚姻家庭编.md 2:2-7', words('minfadian/人格权编.md', PERSONALITY, '第五编和', 0)]);
  // 第一编 (总则): named in 人格权编 and in 婚姻家庭编 — its own file's words too, the book naming another.
  const first = references(ws('minfadian/总则.md'), at(CODE_BOOKS['minfadian/总则.md'], '# 总则', 2), false).map(place);
  assert.deepEqual(first.sort(), [words('minfadian/人格权编.md', PERSONALITY, '本法第一编', 2), words('minfadian/婚姻家庭编.md', FAMILY, '本法第一编', 2)].sort());
  // The words in the file open in the editor are highlighted from its own `本法第五编`'s book too (definition's subject).
  assert.equal(documentHighlights(ws('minfadian/人格权编.md'), at(PERSONALITY, '第五编', 1)).length, 1);
  // Another law's `本法第五编` is no book of the code's.
  const other = '# 中华人民共和国某某法\n\n第一条 依照本法第五编的规定。\n';
  const alone = inWorkspace({ ...files, 'other.md': other });
  assert.deepEqual(references(alone('minfadian/婚姻家庭编.md'), at(FAMILY, '# 婚姻家庭编', 3), false).map(place), [words('minfadian/人格权编.md', PERSONALITY, '第五编和', 0)]);
});

// 2. "Insert an article" (renumbering the articles after it) in one book of a code kept one file per book, the code numbering its
// articles through its books: in 合同编 (LawRefBook/Laws 2f4c5c2 民法典/合同编.md, its 第三分编's last chapter and last two articles)
// before 第九百八十八条, its last, which becomes 第九百八十九条 — the number 人格权编's first article holds (民法典/人格权编.md). The
// edit was offered, and `本法第九百八十九条` would then name two articles. Refused, naming the file that holds the number; an
// article inserted as 之一 moves nothing and is offered; and in the book's middle, an insertion that moves articles short of
// the next book's is offered still.
const CONTRACTS = `${CODE_BOOKS['minfadian/合同编.md']}
## 第三分编 准 合 同

### 第二十九章  不当得利

第九百八十七条 得利人知道或者应当知道取得的利益没有法律根据的，受损失的人可以请求得利人返还其取得的利益并依法赔偿损失。

第九百八十八条 得利人已经将取得的利益无偿转让给第三人的，受损失的人可以请求第三人在相应范围内承担返还义务。
`;

test('an article inserted in a book of a code kept one file per book is refused where it would give an article the next book\'s number', () => {
  const ws = inWorkspace({ ...CODE_BOOKS, 'minfadian/合同编.md': CONTRACTS, 'minfadian/人格权编.md': PERSONALITY });
  const ctx = ws('minfadian/合同编.md');
  const r = insertArticle(ctx, at(CONTRACTS, '第九百八十七条'), 'renumber');
  assert.equal(r.edit, undefined);
  assert.equal(r.result.name, '第九百八十八条');
  assert.match(r.result.message ?? '', /第九百八十九条.*人格权编\.md已有第九百八十九条/);
  assert.ok(insertArticle(ctx, at(CONTRACTS, '第九百八十七条'), 'sub').edit, '之一 moves nothing');
  // Alone (no 人格权编 in the workspace) the same insertion is offered: no other file holds 第九百八十九条.
  assert.ok(insertArticle(inWorkspace({ ...CODE_BOOKS, 'minfadian/合同编.md': CONTRACTS })('minfadian/合同编.md'), at(CONTRACTS, '第九百八十七条'), 'renumber').edit);
});

// 3. The outline of a book of such a code (LawRefBook/Laws 2f4c5c2 民法典/合同编.md as it opens: the code's title, the book's
// heading, the record of its adoption) listed the book's heading and that record as the text's 序言: a drafter looking for 合同编
// found a preamble the code has not. The heading names the part the file holds; the record is its detail.
test('the outline of a code\'s book kept as a file names the book, not a preamble', () => {
  const book = CODE_BOOKS['minfadian/合同编.md'].replace('# 合同编\n', '# 合同编\n\n2020年5月28日 第十三届全国人民代表大会第三次会议通过\n\n2021年1月1日 施行\n\n<!-- INFO END -->\n');
  const top = documentSymbols(inWorkspace({ 'a.md': book })())[0].children!;
  assert.deepEqual(top.slice(0, 3).map((s) => s.name), ['合同编', '第一分编', '第二分编']);
  assert.match(top[0].detail ?? '', /^2020年5月28日第十三届全国人民代表大会/);
  // A law's record alone is no symbol (as before); a heading over text is the text's, not a part's name.
  const law = '# 中华人民共和国某某法\n\n2020年5月28日 第十三届全国人民代表大会第三次会议通过\n\n第一条 为了规范某某，制定本法。\n';
  assert.deepEqual(documentSymbols(inWorkspace({ 'b.md': law })())[0].children!.map((s) => s.name), ['第一条']);
  const preamble = '# 某某条约\n\n## 序言\n\n缔约双方，为了发展两国之间的友好关系，议定下列各条：\n\n第一条 双方同意。\n';
  assert.deepEqual(documentSymbols(inWorkspace({ 'c.md': preamble })())[0].children!.map((s) => s.name), ['序言', '第一条']);
});

// 4 and 5. Completion in a book of such a code, naming the code's other books with its own words as 合同编 does (LawRefBook/Laws
// 2f4c5c2 民法典/合同编.md 第四百六十六条 `应当依据本法第一百四十二条第一款的规定`, 第五百零五条 `应当依照本法第一编第六章第三节和本编的
// 有关规定确定`; 总则.md's 第六章, its 第二节 and 第三节 headings and 第一百四十二条, two paragraphs). After `本法第一百四十二条第` it offered
// nothing (the article is 总则's file's); after `本法第一编第` 合同编's own units, none of 总则's chapters; after `本法第一编第六章第`
// nothing of 第六章's. Definition and hover reached all three since session 50.
const GENERAL_PART = `${CODE_BOOKS['minfadian/总则.md']}
## 第六章  民事法律行为

### 第二节  意思表示

第一百四十二条 有相对人的意思表示的解释，应当按照所使用的词句，结合相关条款、行为的性质和目的、习惯以及诚信原则，确定意思表示的含义。

无相对人的意思表示的解释，不能完全拘泥于所使用的词句，而应当结合相关条款、行为的性质和目的、习惯以及诚信原则，确定行为人的真实意思。

### 第三节  民事法律行为的效力

第一百四十三条 具备下列条件的民事法律行为有效：
`;

test('completion in a code\'s book kept as a file: the paragraphs of another book\'s article, the chapters and sections of another book', () => {
  const typed = (words: string) => {
    const text = CODE_BOOKS['minfadian/合同编.md'].replace('本编调整因合同产生的民事关系。', `当事人对合同条款的理解有争议的，应当依据${words}`);
    const ws = inWorkspace({ ...CODE_BOOKS, 'minfadian/总则.md': GENERAL_PART, 'minfadian/合同编.md': text });
    const offset = at(text, words) + words.length;
    const line = text.slice(0, offset).split('\n');
    return completion(ws('minfadian/合同编.md'), { line: line.length - 1, character: line[line.length - 1].length }).items.filter((i) => !/条$/.test(i.label)).map((i) => i.label);
  };
  assert.deepEqual(typed('本法第一百四十二条第'), ['第一款', '第二款']);
  assert.deepEqual(typed('本法第一编第'), ['第一章', '第二章', '第二章第一节', '第六章', '第六章第二节', '第六章第三节']);
  assert.deepEqual(typed('本法第一编第六章第'), ['第二节', '第三节']);
  // This book's own chapters after `本法第` as before; a book the workspace does not hold, nothing.
  assert.ok(typed('本法第').includes('第一分编第一章'));
  assert.deepEqual(typed('本法第五编第'), []);
});

// 6. `本章`, `本节`, `本编`: the unit holding the words, which a drafter reading 第一百八十五条 of a long law cannot see. Go to
// definition and hover gave nothing. 民事诉讼法 (LawRefBook/Laws 2f4c5c2 诉讼与非诉讼程序法/民事诉讼法(2023-09-01).md, its 第十五章's
// first section, excerpt; `依照本章程序审理的案件`: 本章 before 程序, not the 章程 of an association), 刑法 (刑法/刑法.md 第三百五十六条
// `又犯本节规定之罪的` in 第六章 第七节) and 合同编 (民法典/合同编.md 第四百六十三条 `本编调整因合同产生的民事关系`, its book's file: the
// book's heading). Not `文本编制` (政府采购法实施条例(2015-01-30).md 第三十二条), nor words outside the articles.
const PROCEDURE = `# 中华人民共和国民事诉讼法

## 第十五章 特别程序

### 第一节 一般规定

第一百八十四条 人民法院审理选民资格案件、宣告失踪或者宣告死亡案件、指定遗产管理人案件、认定公民无民事行为能力或者限制民事行为能力案件、认定财产无主案件、确认调解协议案件和实现担保物权案件，适用本章规定。本章没有规定的，适用本法和其他法律的有关规定。

第一百八十五条 依照本章程序审理的案件，实行一审终审。选民资格案件或者重大、疑难的案件，由审判员组成合议庭审理；其他案件由审判员一人独任审理。
`;
const CRIMINAL = `# 中华人民共和国刑法

## 第六章 妨害社会管理秩序罪

### 第七节 走私、贩卖、运输、制造毒品罪

第三百四十七条 走私、贩卖、运输、制造毒品，无论数量多少，都应当追究刑事责任，予以刑事处罚。

第三百五十六条 因走私、贩卖、运输、制造、非法持有毒品罪被判过刑，又犯本节规定之罪的，从重处罚。
`;
const PROCUREMENT = `# 中华人民共和国政府采购法实施条例

## 第四章 政府采购程序

第三十二条 采购人或者采购代理机构应当按照国务院财政部门制定的招标文件标准文本编制招标文件。
`;

test('本章, 本节 and 本编: definition and hover reach the unit holding the words', () => {
  const lineOf = (text: string, find: string) => text.split('\n').indexOf(find);
  const reached = (text: string, find: string, plus: number) => definition(textContext(text), at(text, find, plus)).map((l) => l.targetSelectionRange.start.line);
  assert.deepEqual(reached(PROCEDURE, '适用本章规定', 3), [lineOf(PROCEDURE, '## 第十五章 特别程序')]);
  assert.deepEqual(reached(PROCEDURE, '依照本章程序', 3), [lineOf(PROCEDURE, '## 第十五章 特别程序')]);
  assert.match(hoverOf(textContext(PROCEDURE), at(PROCEDURE, '本章没有', 1)) ?? '', /^\*\*第十五章\*\* 特别程序\n\n第一百八十四条至第一百八十五条/);
  assert.deepEqual(reached(CRIMINAL, '本节规定', 1), [lineOf(CRIMINAL, '### 第七节 走私、贩卖、运输、制造毒品罪')]);
  assert.deepEqual(reached(PROCUREMENT, '文本编制', 2), []);
  // The book's file of a code kept one file per book: `本编` is its heading.
  const ws = inWorkspace(CODE_BOOKS);
  const contracts = CODE_BOOKS['minfadian/合同编.md'];
  assert.deepEqual(definition(ws('minfadian/合同编.md'), at(contracts, '本编调整', 1)).map((l) => l.targetSelectionRange.start.line), [2]);
  assert.match(hoverOf(ws('minfadian/合同编.md'), at(contracts, '本编调整', 1)) ?? '', /^\*\*第三编 合同编\*\*/);
  // A 章程's own name, `本章程`, is no chapter of it: the text itself (its title), not its 第一章.
  const charter = '# 某某协会章程\n\n## 第一章 总则\n\n第一条 本章程依照有关法律制定。\n';
  assert.deepEqual(reached(charter, '本章程依照', 1), [0]);
});

// 7. The print preview and the Word copy of such a book's file (LawRefBook/Laws 2f4c5c2 民法典/合同编.md as it opens): the
// record of its adoption under the book's heading was printed as one paragraph, its two lines run together
// (`…第三次会议通过2021年1月1日 施行`); a law's record under its title is printed a line each. The record under a part's heading,
// all that heading holds (as the outline reads it, 3.), is printed as the record it is.
test('the record of adoption under a code\'s book heading is printed as a record, a line each, not one paragraph', () => {
  const book = CODE_BOOKS['minfadian/合同编.md'].replace('# 合同编\n', '# 合同编\n\n2020年5月28日 第十三届全国人民代表大会第三次会议通过\n\n2021年1月1日 施行\n\n<!-- INFO END -->\n');
  const pieces = layoutOf(buildTreaty(book)).pieces.slice(0, 5).map((p) => `${p.kind} ${p.text}`);
  assert.deepEqual(pieces, ['title 中华人民共和国民法典', 'heading 合同编', 'record 2020年5月28日 第十三届全国人民代表大会第三次会议通过', 'record 2021年1月1日 施行', 'chapter 第一分编  通则']);
  // A treaty's preamble under a heading is no record; nor a record line under a heading over text too.
  const treaty = '# 某某条约\n\n## 序言\n\n缔约双方，为了发展两国之间的友好关系，议定下列各条：\n\n第一条 双方同意。\n';
  assert.ok(!layoutOf(buildTreaty(treaty)).pieces.some((p) => p.kind === 'record'));
  const mixed = book.replace('2021年1月1日 施行', '本编的条文依照有关规定编排。');
  assert.ok(!layoutOf(buildTreaty(mixed)).pieces.some((p) => p.kind === 'record'));
});
