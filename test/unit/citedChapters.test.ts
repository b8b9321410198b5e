// A chapter, section or part of another instrument named in a text (`《中华人民共和国矿山安全法》第六章、第七章`, `该法第二章`,
// `《…》第七章第一节`): definition, hover, document links and find references reach it in the workspace's copy; and it is
// never read as the text's own chapter of that number (the list's later units, `第七章` after `第六章、`, were). Expected
// answers written by reading the texts: the law's headings are on lines 2, 6 … 26, 30 of LAW.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { definition } from '../../server/src/features/definition';
import { documentLinks } from '../../server/src/features/documentLinks';
import { references } from '../../server/src/features/references';
import { chapterReferences, citedChapters } from '../../server/src/model/chapterReferences';
import { buildTreaty } from '../../server/src/model/treaty';
import { LineMap } from '../../server/src/syntax/positions';
import { hoverOf, inWorkspace, at } from '../support/review';
import { CODE_BOOKS, INTERPRETATION } from '../support/codeBooks';

const LAW = `# 中华人民共和国矿山安全法

## 第一章 总则

第一条 为了保障矿山生产安全，制定本法。

## 第二章 矿山建设的安全保障

第二条 矿山建设工程的安全设施必须和主体工程同时设计。

## 第三章 矿山开采的安全保障

第三条 矿山开采必须具备保障安全生产的条件。

## 第四章 矿山企业的安全管理

第四条 矿山企业必须建立、健全安全生产责任制。

## 第五章 矿山安全的监督和管理

第五条 县级以上人民政府劳动行政主管部门监督矿山安全。

## 第六章 矿山事故处理

第六条 发生矿山事故，矿山企业必须立即组织抢救。

## 第七章 法律责任

第七条 违反本法规定的，依法处罚。

### 第一节 行政责任

第八条 由劳动行政主管部门责令改正。
`;

// A regulation with chapters of its own, 第三章 among them, citing the law's.
const REG = `# 某省矿山安全条例

## 第一章 总则

第一条 根据《中华人民共和国矿山安全法》，制定本条例。

## 第二章 事故处理

第二条 发生矿山事故，按照《中华人民共和国矿山安全法》第六章、第三章的规定和本条例第三章处理。该法第二章另有规定的，从其规定。

第三条 依照《中华人民共和国矿山安全法》第七章第一节处罚。

## 第三章 附则

第四条 本条例第二章自公布之日起施行。
`;


test('definition: another instrument’s chapter, section or part lands on its heading in the workspace’s copy', () => {
  const ws = inWorkspace({ 'reg.md': REG, 'law.md': LAW });
  const ctx = ws('reg.md');
  const heading = (find: string, plus: number) => definition(ctx, at(REG, find, plus)).map((l) => `${l.targetUri.replace('file:///ws/', '')} ${l.targetSelectionRange.start.line}:${l.targetSelectionRange.start.character}`);
  assert.deepEqual(heading('》第六章', 2), ['law.md 22:3']);
  // The list's second unit is the law's too, not the regulation's own 第三章.
  assert.deepEqual(heading('、第三章', 2), ['law.md 10:3']);
  // 该法: the law cited last.
  assert.deepEqual(heading('该法第二章', 3), ['law.md 6:3']);
  // A section, in the chapter named before it.
  assert.deepEqual(heading('第一节处罚', 1), ['law.md 30:4']);
  // The text's own chapter stays its own.
  assert.deepEqual(heading('本条例第三章', 4), ['reg.md 12:3']);
});

test('hover: the instrument’s title and the unit’s name and caption, the articles it holds, the file', () => {
  const ws = inWorkspace({ 'reg.md': REG, 'law.md': LAW });
  assert.equal(hoverOf(ws('reg.md'), at(REG, '》第六章', 2)), '**中华人民共和国矿山安全法 第六章** 矿山事故处理\n\n第六条\n\n*law\\.md*');
  assert.equal(hoverOf(ws('reg.md'), at(REG, '第七章第一节', 1)), '**中华人民共和国矿山安全法 第七章** 法律责任\n\n第七条至第八条\n\n*law\\.md*');
  // No copy in the workspace: nothing said of the unit.
  const alone = inWorkspace({ 'reg.md': REG });
  assert.equal(hoverOf(alone(), at(REG, '》第六章', 2)), undefined);
});

test('document links: each unit of another instrument links to its heading’s line', () => {
  const ws = inWorkspace({ 'reg.md': REG, 'law.md': LAW });
  const ctx = ws('reg.md');
  const lines = new LineMap(ctx.treaty.tree.lines);
  const chapters = documentLinks(ctx).filter((l) => l.target!.includes('#L')).map((l) => `${REG.slice(lines.offsetAt(l.range.start), lines.offsetAt(l.range.end))} ${l.target!.replace('file:///ws/', '')} ${l.tooltip}`);
  assert.deepEqual(chapters, [
    '第六章 law.md#L23 中华人民共和国矿山安全法 第六章',
    '第三章 law.md#L11 中华人民共和国矿山安全法 第三章',
    '第二章 law.md#L7 中华人民共和国矿山安全法 第二章',
    '第七章 law.md#L27 中华人民共和国矿山安全法 第七章',
    '第一节 law.md#L31 中华人民共和国矿山安全法 第一节',
  ]);
});

test('find references from a chapter’s heading: the words of the documents citing its instrument that name it', () => {
  const ws = inWorkspace({ 'law.md': LAW, 'reg.md': REG });
  const place = (l: { uri: string; range: { start: { line: number; character: number } } }) => `${l.uri.replace('file:///ws/', '')} ${l.range.start.line}:${l.range.start.character}`;
  assert.deepEqual(references(ws('law.md'), at(LAW, '## 第三章', 4), true).map(place), ['law.md 10:3', 'reg.md 8:31']);
  assert.deepEqual(references(ws('law.md'), at(LAW, '### 第一节', 5), false).map(place), ['reg.md 10:23']);
  // From the citing text's words: the same list.
  assert.deepEqual(references(ws('reg.md'), at(REG, '、第三章', 2), true).map(place), ['law.md 10:3', 'reg.md 8:31']);
  // The regulation's own 第三章: its heading and 本条例第三章 only, not the law's 第三章 in the list.
  assert.deepEqual(references(ws('reg.md'), at(REG, '## 第三章', 4), true).map(place), ['reg.md 12:3', 'reg.md 8:41']);
});

// The words before the first unit of a list say whose units all of them are.
const units = (text: string) => {
  const t = buildTreaty(text);
  return {
    own: chapterReferences(t).map((r) => `${text.slice(r.start, r.end)}→${r.chapter.name}`),
    cited: citedChapters(t).map((r) => `${text.slice(r.start, r.end)}→${r.citation.normalized}${r.within ? `/${r.within.num}` : ''}`),
  };
};

test('a list of another instrument’s units (第四章、第五章; 第二编第二章) is none of the text’s own chapters', () => {
  const law = `# 中华人民共和国刑事诉讼法

## 第一章 任务和基本原则

第一条 对于依照刑法分则第四章、第五章规定应当追究刑事责任的未成年人，可以适用本章规定。

第二条 可以适用民事诉讼法第二编第二章规定的程序，本法第五章另有规定的除外。

## 第二章 管辖

第三条 管辖依照本法规定。

## 第三章 回避

第四条 回避依照本法规定。

## 第四章 辩护与代理

第五条 辩护依照本法规定。

## 第五章 证据

第六条 证据依照本法规定。
`;
  const { own, cited } = units(law);
  assert.deepEqual(own, ['第五章→第五章']);
  assert.deepEqual(cited, ['第四章→刑法', '第五章→刑法', '第二编→民事诉讼法', '第二章→民事诉讼法/2']);
});

test('a law naming its own units after its general part (本法总则第四章第八节) or by its self-word is no other instrument', () => {
  const law = `# 某某办法

## 第一章 总则

第一条 违反本办法第二章规定的，依照本办法总则第一章处理。

## 第二章 管理

第二条 管理依照本办法规定。
`;
  const { own, cited } = units(law);
  assert.deepEqual(own, ['第二章→第二章', '第一章→第一章']);
  assert.deepEqual(cited, []);
  // Its self-word with words of its title before the kind (`本停战协定`, as the model reads it).
  const armistice = units(`# 某某停战协定

## 第一章 军事分界线

第一条 确定一条军事分界线。

## 第二章 停火安排

第二条 本停战协定第一章所定的军事分界线不得越过。
`);
  assert.deepEqual(armistice, { own: ['第一章→第一章'], cited: [] });
});

// A criminal law in two parts, each numbering its chapters from 第一章: 总则 (general) and 分则 (special).
const CRIMINAL = `# 中华人民共和国刑法

## 第一编 总则

### 第一章 刑法的任务、基本原则和适用范围

第一条 为了惩罚犯罪，保护人民，制定本法。

### 第二章 犯罪

#### 第一节 犯罪和刑事责任

第二条 明知自己的行为会发生危害社会的结果，是故意犯罪。

#### 第二节 犯罪的预备、未遂和中止

第三条 为了犯罪，准备工具、制造条件的，是犯罪预备。

## 第二编 分则

### 第一章 危害国家安全罪

第四条 勾结外国，危害中华人民共和国的主权的，处无期徒刑或者十年以上有期徒刑。

### 第二章 破坏社会主义市场经济秩序罪

#### 第一节 生产、销售伪劣商品罪

第五条 生产者、销售者在产品中掺杂、掺假的，处二年以下有期徒刑。

#### 第二节 走私罪

第六条 走私武器、弹药的，处七年以上有期徒刑。
`;

test('a law’s special or general part before the unit (刑法分则第二章第二节): the unit of the 编 so captioned; listed units share the larger unit before them', () => {
  const cites = `# 某某司法解释

第一条 涉嫌刑法分则第一章、第二章规定的犯罪的，依照本解释处理；同时构成刑法分则第二章第二节规定的犯罪的，依照处罚较重的规定定罪处罚。

第二条 刑法总则第二章第一节所称故意犯罪，适用刑法第二编第二章和第一章的规定。
`;
  const ws = inWorkspace({ 'cites.md': cites, 'criminal.md': CRIMINAL });
  const heading = (find: string, plus: number) => definition(ws(), at(cites, find, plus)).map((l) => CRIMINAL.split('\n')[l.targetSelectionRange.start.line]);
  assert.deepEqual(heading('分则第一章', 2), ['### 第一章 危害国家安全罪']);
  assert.deepEqual(heading('、第二章规定', 1), ['### 第二章 破坏社会主义市场经济秩序罪']);
  assert.deepEqual(heading('分则第二章第二节', 5), ['#### 第二节 走私罪']);
  assert.deepEqual(heading('总则第二章第一节', 5), ['#### 第一节 犯罪和刑事责任']);
  assert.deepEqual(heading('第二编第二章', 3), ['### 第二章 破坏社会主义市场经济秩序罪']);
  // 第一章 after 第二编第二章和: the 编's chapter too.
  assert.deepEqual(heading('和第一章', 1), ['### 第一章 危害国家安全罪']);
});

test('the text’s own sections listed after their chapter (本法第二章第二节、第三节) are that chapter’s, wherever the words stand', () => {
  const law = `# 某某法

## 第一章 总则

### 第一节 一般规定

第一条 参照本法第二章第一节、第二节的规定执行。

## 第二章 程序

### 第一节 申请

第二条 申请依照本法规定。

### 第二节 审查

第三条 审查依照本法规定。
`;
  const t = buildTreaty(law);
  const line = (offset: number) => law.slice(0, offset).split('\n').length - 1;
  assert.deepEqual(chapterReferences(t).map((r) => `${law.slice(r.start, r.end)}→${r.chapter.name}@${line(r.chapter.start)}`), ['第二章→第二章@8', '第一节→第一节@10', '第二节→第二节@14']);
});

test('a code kept one file per book with no 第N编 label: its books are its parts in the order of their articles', () => {
  const ws = inWorkspace({ 'interp.md': INTERPRETATION, ...CODE_BOOKS });
  const ctx = ws('interp.md');
  const heading = (find: string, plus: number) => definition(ctx, at(INTERPRETATION, find, plus)).map((l) => `${decodeURIComponent(l.targetUri.replace('file:///ws/', ''))} ${l.targetSelectionRange.start.line}`);
  // The second book, the second file by its articles (物权编, from 第二百零五条): its 第六章, not 合同编's (it has none).
  assert.deepEqual(heading('第二编第六章', 4), ['minfadian/物权编.md 12']);
  // The third book's 第一分编, not the second's of the same number (物权编 has one).
  assert.deepEqual(heading('第三编第一分编', 4), ['minfadian/合同编.md 4']);
  // In the third book's 第二分编 (`第三编第二分编第九章`).
  assert.deepEqual(heading('第二分编第九章', 5), ['minfadian/合同编.md 16']);
  assert.equal(hoverOf(ctx, at(INTERPRETATION, '第二编第六章', 4)), '**中华人民共和国民法典 第六章** 业主的建筑物区分所有权\n\n第二百七十一条至第二百七十二条\n\n*物权编\\.md*');
  // A copy labelling its own 编 is read by its labels: with two of the books only, the third named is no file's.
  const two = inWorkspace({ 'interp.md': INTERPRETATION, 'minfadian/总则.md': CODE_BOOKS['minfadian/总则.md'], 'minfadian/物权编.md': CODE_BOOKS['minfadian/物权编.md'] });
  assert.deepEqual(definition(two('interp.md'), at(INTERPRETATION, '第三编第一分编', 4)), []);
});
