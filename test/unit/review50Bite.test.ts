// Session 50's drafter's review: what session 49's left, each case a text and what a drafter expects, written by reading the
// features and the texts (never by running the server).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { definition } from '../../server/src/features/definition';
import { renumberChaptersEdits } from '../../server/src/features/chapterNumbering';
import { chapterReferences } from '../../server/src/model/chapterReferences';
import { buildTreaty } from '../../server/src/model/treaty';
import { withEdits } from '../../server/src/syntax/reparse';
import { hoverOf, inWorkspace, at, headingLine } from '../support/review';
import { CODE_BOOKS } from '../support/codeBooks';
import { documentHighlights, references } from '../../server/src/features/references';
import { Location } from 'vscode-languageserver-types';
import { WorkspaceIndex } from '../../server/src/index/workspace';
import { contextOf, textContext } from '../../server/src/features/context';
import { insertArticle } from '../../server/src/features/insertArticle';
import { ROOT } from '../support/fixture';


// 1. A code naming its own books (编, 分编) and a convention its own parts (部分). The 民法典 as the NPC publishes it, one text
// (`第一编　总则` … `第三编　合同` / `第一分编　通则`; http://www.npc.gov.cn/npc/c30834/202006/75ba6483b8344591abd07917e1d25cc8.shtml),
// its headings and articles as LawRefBook/Laws 2f4c5c2 民法典/总则.md, 物权编.md and 合同编.md print them: 第二百八十五条 names
// `本法第三编`, 第五百零八条 `本法第一编第六章`. Go to definition reached a chapter named so but not a book: a text's own units
// were read as chapters (章) and sections (节) only, while completion after `本法第` offered its books too — accepted, they
// named nothing — and the check `ref.no-such-chapter` reported a book past the last.
const CODE = [
  '# 中华人民共和国民法典', // 0
  '',
  '## 第一编　总则', // 2
  '',
  '### 第六章　民事法律行为', // 4
  '',
  '#### 第三节　民事法律行为的效力', // 6
  '',
  '第一百四十三条　具备下列条件的民事法律行为有效：', // 8
  '',
  '## 第二编　物权', // 10
  '',
  '### 第二分编　所有权', // 12
  '',
  '#### 第六章　业主的建筑物区分所有权', // 14
  '',
  '第二百八十五条　物业服务企业或者其他管理人根据业主的委托，依照本法第三编有关物业服务合同的规定管理建筑区划内的建筑物及其附属设施，接受业主的监督，并及时答复业主对物业服务事项的询问。', // 16
  '',
  '## 第三编　合同', // 18
  '',
  '### 第一分编　通则', // 20
  '',
  '#### 第三章　合同的效力', // 22
  '',
  '第五百零八条　本编对合同的效力没有规定的，适用本法第一编第六章的有关规定。', // 24
  '',
].join('\n');

test('a code naming its own books: go to definition and hover reach the book (编), as they reach a chapter in it', () => {
  assert.deepEqual(headingLine(CODE, at(CODE, '本法第三编', 3)), [18]);
  assert.deepEqual(headingLine(CODE, at(CODE, '本法第一编第六章', 3)), [2]);
  // The chapter after it is the book's (the code numbers its chapters again in each book: 第二编 has a 第六章 too).
  assert.deepEqual(headingLine(CODE, at(CODE, '本法第一编第六章', 6)), [4]);
  assert.match(hoverOf(textContext(CODE), at(CODE, '本法第三编', 3)) ?? '', /^\*\*第三编\*\* 合同/);
  // A 分编 named alone is one of the book the words stand in (as a section alone is one of the chapter): in 第三编, which has
  // no 第二分编, `第二分编` is not 第二编's.
  const alone = CODE.replace('适用本法第一编第六章的有关规定。', '适用第一分编的有关规定，第二分编另有规定的除外。');
  assert.deepEqual(headingLine(alone, at(alone, '适用第一分编', 3)), [20]);
  assert.deepEqual(headingLine(alone, at(alone, '第二分编另有', 1)), []);
  // Another law's text naming the code's book is not this text's book.
  const other = '# 中华人民共和国某某法\n\n## 第三编 其他\n\n第一条 依照民法典第三编的规定。\n';
  assert.deepEqual(headingLine(other, at(other, '民法典第三编', 4)), []);
});

// The China–Afghanistan boundary protocol of 1965 (test/fixtures/real/protocol_cn_af_boundary_1965_fsou.md: `第一部分 总则`, its
// 第一条 naming `本议定书第二部分`) in a draft whose second part's heading was numbered 第三部分: renumbering the parts rewrote the
// heading and left `本议定书第三部分` naming no part — its references to parts were not read, so neither rewritten nor missed.
const PARTS = [
  '# 中华人民共和国政府和阿富汗王国政府关于两国边界的议定书',
  '',
  '## 第一部分 总则',
  '',
  '第一条 对于双方所勘定的两国之间的边界线的走向，在本议定书第三部分内作了比条约更为详细和准确的叙述。',
  '',
  '## 第三部分 边界线的走向',
  '',
  '第二条 边界线从南端起点开始，沿穆斯塔格山脉分水岭而行。',
  '',
].join('\n');

test('renumbering the parts of a text rewrites the references naming them, which it left naming no part', () => {
  const fix = renumberChaptersEdits(buildTreaty(PARTS), at(PARTS, '## 第三部分') + 3);
  assert.ok(fix, 'the renumbering is offered');
  const done = withEdits(PARTS, fix.edits);
  assert.match(fix.title, /第二部分/);
  assert.equal(done, PARTS.replace('## 第三部分', '## 第二部分').replace('本议定书第三部分', '本议定书第二部分'));
});

// 2. The TRIPS agreement's page 3 as a news site gives it (test/fixtures/real/agreement_wto_trips_1994_chinadaily_p3_hant.md,
// traditional script): its `第一部分` heading, then `本協定第一部分至第四部分` in 第2條. The part it holds is reached; those past
// the page are not guessed.
test('an agreement naming its own parts (部分): the part the page holds is reached, those it lacks are none', () => {
  const text = fs.readFileSync(path.join(ROOT, 'test/fixtures/real/agreement_wto_trips_1994_chinadaily_p3_hant.md'), 'utf8');
  const part1 = text.split('\n').findIndex((l) => l.trim() === '第一部分');
  assert.ok(part1 > 0);
  assert.deepEqual(headingLine(text, at(text, '本協定第一部分至第四部分', 4)), [part1]);
  assert.deepEqual(headingLine(text, at(text, '本協定第一部分至第四部分', 9)), []);
});

// 3. An annex's part or chapter is the annex's, not the text's own so numbered: the Asian Infrastructure Investment Bank's
// Articles of Agreement (test/fixtures/real/agreement_aiib_2015_damarti_hant.md, 第一條: `列入附件一第一部分的成員`) name a part
// of their schedule A; in a text divided in parts itself, that part is still the annex's.
test('a part named after an annex (附件一第一部分) is the annex\'s, not the text\'s own part', () => {
  const text = '# 某某协定\n\n## 第一部分 总则\n\n第一条 域内成员是指列入附件一第一部分的成员及依照本协定第一部分加入的成员。\n\n## 第二部分 附则\n\n第二条 本协定自签署之日起生效。\n';
  assert.deepEqual(headingLine(text, at(text, '附件一第一部分', 4)), []);
  assert.deepEqual(headingLine(text, at(text, '本协定第一部分', 5)), [2]);
  const chapters = text.replace(/部分/g, '章');
  assert.deepEqual(headingLine(chapters, at(chapters, '附件一第一章', 4)), []);
});

// 4. Inserting an article first in a part whose heading gives the articles it holds (the Treaty of Versailles' Part IV,
// test/fixtures/real/treaty_versailles_shandong_excerpt_hant.md: `## 第四部 第二編 中國（第一百二十八至一百三十四條）`). The new
// 第一百二十八條 moves the others on and the caption's range with them (`第一百二十九至一百三十五條`), and a heading whose range
// does not open with the article under it is not read as the part's: 第二編, named in the text (`第四部 第二編中國`), was gone.
// The edit is refused, saying which heading, as an insertion that would read its articles otherwise is.
test('an article inserted where the text read again loses a part\'s heading is refused, naming it', () => {
  const text = fs.readFileSync(path.join(ROOT, 'test/fixtures/real/treaty_versailles_shandong_excerpt_hant.md'), 'utf8');
  const index = new WorkspaceIndex();
  index.set('file:///versailles.md', text, 1, 'markdown');
  const ctx = contextOf(index, index.get('file:///versailles.md')!);
  const r = insertArticle(ctx, at(text, '### 第一百二十八條') - 1, 'renumber');
  assert.equal(r.edit, undefined);
  assert.match(r.result.message ?? '', /^插入第一百二十八條后，本文件的章、节或编会被读成另一番样子（第二编的标题），未插入。/);
  // The parts the text names (`第四部 第二編中國、第八編山東` in its note, `本和約第四部第八編`, `除本部第八編之規定外`), not the
  // part's label inside its own heading after 第四部 (`## 第四部 第八編 山東`): read as naming itself, it was one reference more.
  assert.deepEqual(chapterReferences(ctx.treaty).map((c) => `${text.slice(c.start, c.end)}→${c.chapter.name}`), ['第二編→第二编', '第八編→第八编', '第八編→第八编', '第八編→第八编']);
  // After an article of the part, the heading keeps its first article: offered.
  assert.ok(insertArticle(ctx, at(text, '### 第一百三十條'), 'renumber').edit);
});

// 5. Find references of a book of a code kept one file per book (test/support/codeBooks.ts CODE_BOOKS, LawRefBook/Laws 2f4c5c2
// 民法典/: `# 中华人民共和国民法典` / `# 物权编`), from its heading or from a citing text's `民法典第二编` (the interpretation's
// words, LawRefBook/Laws 2f4c5c2 司法解释/最高人民法院关于适用《民法典》总则编若干问题的解释(2022-02-24).md 第一条). Definition
// reached the book's file since session 49; find references found nothing from either end.
const GENERAL = `# 最高人民法院关于适用《中华人民共和国民法典》总则编若干问题的解释

第一条 民法典第二编至第七编对民事关系有规定的，人民法院直接适用该规定；民法典第二编至第七编没有规定的，适用民法典第一编的规定，但是根据其性质不能适用的除外。
`;

test('find references of a code\'s book kept as a file: from its heading and from the words naming it, every citing text\'s words', () => {
  const ws = inWorkspace({ 'interp.md': GENERAL, ...CODE_BOOKS });
  const place = (l: Location) => `${decodeURIComponent(l.uri.replace('file:///ws/', ''))} ${l.range.start.line}:${l.range.start.character}-${l.range.end.character}`;
  const second = CODE_BOOKS['minfadian/物权编.md'];
  // 第二编 is 物权编 (its articles second): its heading (`# 物权编`, line 2), then the interpretation's two `第二编`.
  const expected = ['minfadian/物权编.md 2:2-5', `interp.md 2:${at(GENERAL, '民法典第二编', 3) - at(GENERAL, '第一条')}-${at(GENERAL, '民法典第二编', 6) - at(GENERAL, '第一条')}`, `interp.md 2:${GENERAL.lastIndexOf('民法典第二编') + 3 - at(GENERAL, '第一条')}-${GENERAL.lastIndexOf('民法典第二编') + 6 - at(GENERAL, '第一条')}`];
  assert.deepEqual(references(ws('minfadian/物权编.md'), at(second, '# 物权编', 3), true).map(place), expected);
  assert.deepEqual(references(ws('interp.md'), at(GENERAL, '民法典第二编', 4), true).map(place), expected);
  // 第一编 (总则) once; the highlights in the citing text are its words.
  assert.deepEqual(references(ws('interp.md'), at(GENERAL, '民法典第一编', 4), false).map(place), [`interp.md 2:${at(GENERAL, '民法典第一编', 3) - at(GENERAL, '第一条')}-${at(GENERAL, '民法典第一编', 6) - at(GENERAL, '第一条')}`]);
  assert.equal(documentHighlights(ws('interp.md'), at(GENERAL, '民法典第二编', 4)).length, 2);
  // A book's heading in a file that is no book of a code (a text of that title alone) is nothing to find.
  const alone = inWorkspace({ 'interp.md': GENERAL, 'minfadian/物权编.md': second });
  assert.deepEqual(references(alone('minfadian/物权编.md'), at(second, '# 物权编', 3), false), []);
});

// 6. A code kept one file per book naming its other books with its own words (LawRefBook/Laws 2f4c5c2 民法典/物权编.md
// 第二百八十五条 `依照本法第三编有关物业服务合同的规定`, 合同编.md 第五百零八条 `适用本法第一编第六章的有关规定`; 总则.md's 第六章 heading and
// 第一百四十三条). 本法 is the code, and its third book is 合同编's file: definition found nothing, the file holding no 第三编.
test('a code kept one file per book naming its other books with its own words: definition reaches their files', () => {
  const books: Record<string, string> = {
    ...CODE_BOOKS,
    'minfadian/总则.md': `${CODE_BOOKS['minfadian/总则.md']}\n## 第六章  民事法律行为\n\n### 第三节  民事法律行为的效力\n\n第一百四十三条 具备下列条件的民事法律行为有效：\n`,
    'minfadian/合同编.md': CODE_BOOKS['minfadian/合同编.md'].replace('## 第二分编', '### 第三章  合同的效力\n\n第五百零八条 本编对合同的效力没有规定的，适用本法第一编第六章的有关规定。\n\n## 第二分编'),
    'minfadian/物权编.md': `${CODE_BOOKS['minfadian/物权编.md']}\n第二百八十五条 物业服务企业或者其他管理人根据业主的委托，依照本法第三编有关物业服务合同的规定管理建筑区划内的建筑物及其附属设施，接受业主的监督，并及时答复业主对物业服务事项的询问。\n`,
  };
  const ws = inWorkspace(books);
  const reached = (file: string, find: string, plus: number) => definition(ws(file), at(books[file], find, plus)).map((l) => `${decodeURIComponent(l.targetUri.replace('file:///ws/', ''))} ${l.targetSelectionRange.start.line}`);
  const sixth = books['minfadian/总则.md'].split('\n').indexOf('## 第六章  民事法律行为');
  assert.deepEqual(reached('minfadian/物权编.md', '本法第三编', 3), ['minfadian/合同编.md 2']);
  assert.deepEqual(reached('minfadian/合同编.md', '本法第一编第六章', 3), ['minfadian/总则.md 2']);
  assert.deepEqual(reached('minfadian/合同编.md', '本法第一编第六章', 6), [`minfadian/总则.md ${sixth}`]);
  assert.match(hoverOf(ws('minfadian/物权编.md'), at(books['minfadian/物权编.md'], '本法第三编', 3)) ?? '', /合同编/);
  // A book the code's files do not hold (the workspace keeps three): none.
  const fifth = { ...books, 'minfadian/物权编.md': books['minfadian/物权编.md'].replace('本法第三编', '本法第五编') };
  assert.deepEqual(definition(inWorkspace(fifth)('minfadian/物权编.md'), at(fifth['minfadian/物权编.md'], '本法第五编', 3)), []);
});
