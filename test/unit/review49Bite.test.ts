// Session 49's drafter's review of the features (the eleventh): what session 48's review left, each case a text and what a
// drafter expects, written by reading the features and the texts (never by running the server).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textContext } from '../../server/src/features/context';
import { definition } from '../../server/src/features/definition';
import { missingChapters } from '../../server/src/model/chapterReferences';
import { buildTreaty } from '../../server/src/model/treaty';
import { documentSymbols } from '../../server/src/features/documentSymbols';
import { NURSES, hoverOf, inWorkspace, names, at, headingLine } from '../support/review';
import { CODE_BOOKS } from '../support/codeBooks';


// 1. The constitution names its own units by its short name, not by 本法: `宪法第三章第五节规定的地方国家机关的职权` (第一百一十五条),
// `根据宪法第三章第五节、第六节规定的基本原则` (第九十五条). Excerpt of LawRefBook/Laws 2f4c5c2 宪法/宪法.md: its title, the
// headings of 第三章 and of its 第五节–第七节, the articles that name them. Definition found nothing: `宪法` read as another
// instrument's name, and the workspace holds no other constitution. A law's title without the home state's name
// (`中华人民共和国宪法` → `宪法`) is its own name.
const CONSTITUTION = [
  '# 中华人民共和国宪法', // 0
  '',
  '## 第三章 国家机构', // 2
  '',
  '### 第五节 地方各级人民代表大会和地方各级人民政府', // 4
  '',
  '第九十五条 省、直辖市、县、市、市辖区、乡、民族乡、镇设立人民代表大会和人民政府。', // 6
  '',
  '地方各级人民代表大会和地方各级人民政府的组织由法律规定。', // 8
  '',
  '自治区、自治州、自治县设立自治机关。自治机关的组织和工作根据宪法第三章第五节、第六节规定的基本原则由法律规定。', // 10
  '',
  '### 第六节 民族自治地方的自治机关', // 12
  '',
  '第一百一十二条 民族自治地方的自治机关是自治区、自治州、自治县的人民代表大会和人民政府。', // 14
  '',
  '第一百一十五条 自治区、自治州、自治县的自治机关行使宪法第三章第五节规定的地方国家机关的职权，同时依照宪法、民族区域自治法和其他法律规定的权限行使自治权，根据本地方实际情况贯彻执行国家的法律、政策。', // 16
  '',
  '### 第七节 监察委员会', // 18
  '',
  '第一百二十三条 中华人民共和国各级监察委员会是国家的监察机关。', // 20
  '',
].join('\n');

test('the constitution naming its own chapter and section by its short name: go to definition and hover reach them', () => {
  const art115 = at(CONSTITUTION, '第一百一十五条');
  // 第一百一十五条's `第五节`, in 第三章 as the words say.
  assert.deepEqual(headingLine(CONSTITUTION, CONSTITUTION.indexOf('第五节', art115) + 1), [4]);
  assert.deepEqual(headingLine(CONSTITUTION, CONSTITUTION.indexOf('第三章', art115) + 1), [2]);
  // 第九十五条's list: its `第六节` is the one under the same 第三章.
  assert.deepEqual(headingLine(CONSTITUTION, at(CONSTITUTION, '、第六节规定', 2)), [12]);
  assert.equal(hoverOf(textContext(CONSTITUTION), CONSTITUTION.indexOf('第五节', art115) + 1), '**第五节** 地方各级人民代表大会和地方各级人民政府\n\n第九十五条');
  // A section the constitution lacks, named so, is one the check `ref.no-such-chapter` reports (an excerpt's diagnostics
  // say nothing of it: its model's reading, which the check reports in a whole text), as one named by 本法 is — the
  // message naming it by the words the text wrote, `宪法没有第九节（共3节）`.
  const wrong = CONSTITUTION.replace('行使宪法第三章第五节', '行使宪法第三章第九节');
  assert.deepEqual(missingChapters(buildTreaty(wrong)).map((c) => [wrong.slice(c.start, c.end), c.count, c.by]), [['第九节', 3, '宪法']]);
  // An article named so (`宪法第九十五条`, a drafter's words in the constitution's text) is its own article too, as `本法第九十五条` is.
  const drafted = CONSTITUTION.replace('行使宪法第三章第五节规定的', '行使宪法第九十五条规定的');
  assert.deepEqual(headingLine(drafted, at(drafted, '宪法第九十五条', 4)), [6]);
  // Another law's text naming the constitution so is still citing another instrument: its own `第五节` is not meant.
  const other = '# 中华人民共和国民族区域自治法\n\n## 第三章 自治机关的组成\n\n### 第五节 某节\n\n第十五条 依照宪法第三章第五节的规定。\n';
  assert.deepEqual(headingLine(other, other.indexOf('宪法第三章第五节') + 5), []);
});

// 2. A code whose chapters are numbered through a book, under its 分编 (the 民法典 as the NPC publishes it, one text:
// `第三编　合同` / `第一分编　通则` / `第一章　一般规定` …; http://www.npc.gov.cn/npc/c30834/202006/75ba6483b8344591abd07917e1d25cc8.shtml,
// the headings and first articles as LawRefBook/Laws 2f4c5c2 民法典/合同编.md prints them). A draft naming `本法第三编第三十章`
// (the book ends with its 第二十九章) was told nothing: the check counted the chapters right under 第三编 (none: they are its
// 分编's), while go to definition reads any chapter inside it. One reading now, `inside`, for both.
const CODE = [
  '# 中华人民共和国民法典', // 0
  '',
  '## 第三编　合同', // 2
  '',
  '### 第一分编　通则', // 4
  '',
  '#### 第一章　一般规定', // 6
  '',
  '第四百六十三条　本编调整因合同产生的民事关系。', // 8
  '',
  '#### 第二章　合同的订立', // 10
  '',
  '第四百六十九条　当事人订立合同，可以采用书面形式、口头形式或者其他形式。', // 12
  '',
  '### 第二分编　典型合同', // 14
  '',
  '#### 第九章　买卖合同', // 16
  '',
  '第五百九十五条　买卖合同是出卖人转移标的物的所有权于买受人，买受人支付价款的合同。', // 18
  '',
  '第五百九十六条　买卖合同的内容一般包括标的物的名称、数量、质量、价款，适用本法第三编第十章的规定。', // 20
  '',
].join('\n');

test('a chapter named in a book of a code whose chapters stand under its 分编: the check counts them as go to definition does', () => {
  // (What the check `ref.no-such-chapter` reports in a whole code: an excerpt's diagnostics leave it out.)
  assert.deepEqual(missingChapters(buildTreaty(CODE)).map((c) => [CODE.slice(c.start, c.end), c.count, c.by]), [['第十章', 3, '本法']]);
  // A chapter the book has, named so, is none and is reached.
  const right = CODE.replace('本法第三编第十章', '本法第三编第九章');
  assert.deepEqual(missingChapters(buildTreaty(right)), []);
  assert.deepEqual(headingLine(right, at(right, '第三编第九章', 4)), [16]);
});

// 3. 护士条例 under the order publishing it (test/support/review.ts NURSES) on a page with its furniture above the order: a
// news site's breadcrumb and share button (test/fixtures/real/law_foreign_relations_2023_people_hant.md: `中國共產黨新聞網>>高層動態`
// / `分享`) and a law site's download link (regulation_state_council_organs_1997_wrapped.md: `下载地址: 点击此处下载`). The outline
// showed the order, but the hover gave the regulation no date: the date's reading of an order (model/info.ts) looked for its
// heading among the first three lines only, and stripped a line its own way. One reading now, `publishingOrderOf`, for both.
const UNDER_FURNITURE = ['中國共產黨新聞網>>高層動態', '分享', '下载地址: 点击此处下载', ''].join('\n') + '\n' + NURSES;

test('an order printed under a page\'s furniture: the outline shows it and the regulation is dated by it', () => {
  assert.deepEqual(names(documentSymbols(textContext(UNDER_FURNITURE))).slice(-2), ['中华人民共和国国务院令 第517号', ['护士条例', [['第一章', ['第一条', '第二条']]]]]);
  assert.match(hoverOf(textContext(UNDER_FURNITURE), UNDER_FURNITURE.indexOf('本条例') + 1) ?? '', /- 日期：2008年1月31日\n/);
  const citing = '# 某某医疗机构管理办法\n\n第一条 护士的执业注册，依照《护士条例》的规定办理。\n';
  const ws = inWorkspace({ 'law.md': citing, 'nurses.md': UNDER_FURNITURE });
  assert.match(hoverOf(ws(), citing.indexOf('护士条例') + 1) ?? '', /^\*\*护士条例\*\*\n\n- 种类：条例\n- 日期：2008年1月31日\n/);
});

// 4. A whole book of the 民法典 named alone, where the workspace keeps the code one file per book with no `第N编` label
// (test/support/codeBooks.ts CODE_BOOKS, LawRefBook/Laws 2f4c5c2 民法典/: `# 中华人民共和国民法典` / `# 总则`). The interpretation's
// words are LawRefBook/Laws 2f4c5c2 司法解释/最高人民法院关于适用《民法典》总则编若干问题的解释(2022-02-24).md 第一条. Go to
// definition and hover found nothing on `第一编` (a book's 第三编第一分编 was reached, the book alone not): the N-th book by its
// articles is the N-th file, its heading `# 总则` under the code's title, its articles the file's.
const GENERAL = `# 最高人民法院关于适用《中华人民共和国民法典》总则编若干问题的解释

第一条 民法典第二编至第七编对民事关系有规定的，人民法院直接适用该规定；民法典第二编至第七编没有规定的，适用民法典第一编的规定，但是根据其性质不能适用的除外。
`;

const FINAL_PART = `# 中华人民共和国民法典

# 附则

第一千二百五十九条 民法所称的“以上”、“以下”、“以内”、“届满”，包括本数；所称的“不满”、“超过”、“以外”，不包括本数。
`;

test('a book of a code kept one file per book, named alone: definition and hover reach its file', () => {
  const ws = inWorkspace({ 'interp.md': GENERAL, ...CODE_BOOKS });
  const ctx = ws('interp.md');
  const reached = (offset: number) => definition(ctx, offset).map((l) => `${decodeURIComponent(l.targetUri.replace('file:///ws/', ''))} ${l.targetSelectionRange.start.line}-${l.targetRange.end.line}`);
  // 第一编: the first file by its articles (总则, from 第一条), its heading on line 2, the book to its last line.
  assert.deepEqual(reached(at(GENERAL, '民法典第一编', 4)), ['minfadian/总则.md 2-12']);
  // 第二编: 物权编 (from 第二百零五条), though 合同编 is listed before it.
  assert.deepEqual(reached(at(GENERAL, '民法典第二编', 4)), ['minfadian/物权编.md 2-16']);
  assert.equal(hoverOf(ctx, at(GENERAL, '民法典第一编', 4)), '**中华人民共和国民法典 第一编 总则**\n\n第一条至第十三条\n\n*总则\\.md*');
  // Named by its label and its heading (the file's heading, `# 物权编`, gives no number).
  assert.match(hoverOf(ctx, at(GENERAL, '民法典第二编', 4)) ?? '', /^\*\*中华人民共和国民法典 第二编 物权编\*\*/);
  // 第七编: the workspace holds three books: none.
  assert.deepEqual(reached(at(GENERAL, '至第七编', 2)), []);
  // The code's supplementary provisions kept as a file of their own after its books (LawRefBook/Laws 2f4c5c2 民法典/附则.md:
  // `# 中华人民共和国民法典` / `# 附则`, from 第一千二百五十九条) are no book: with them the workspace still holds three books.
  const withFinal = inWorkspace({ 'interp.md': GENERAL, ...CODE_BOOKS, 'minfadian/附则.md': FINAL_PART });
  assert.deepEqual(definition(withFinal('interp.md'), at(GENERAL, '民法典第一编', 4)).map((l) => decodeURIComponent(l.targetUri.replace('file:///ws/', ''))), ['minfadian/总则.md']);
  const fourth = GENERAL.replace('适用民法典第一编的规定', '适用民法典第四编的规定');
  assert.deepEqual(definition(inWorkspace({ 'interp.md': fourth, ...CODE_BOOKS, 'minfadian/附则.md': FINAL_PART })('interp.md'), at(fourth, '民法典第四编', 4)), []);
  // A unit named after the book is still the unit (`民法典第三编第一分编`, citedChapters.test.ts).
  const unit = GENERAL.replace('适用民法典第一编的规定', '适用民法典第三编第一分编的规定');
  assert.deepEqual(definition(inWorkspace({ 'interp.md': unit, ...CODE_BOOKS })('interp.md'), at(unit, '第三编第一分编', 4)).map((l) => l.targetSelectionRange.start.line), [4]);
});
