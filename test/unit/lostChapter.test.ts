// A law's chapter whose label was lost in the copy (`## 第五章 监督管理` … a bare `法律责任` … `## 第七章 附则`: the
// heading `## 第六章 法律责任` reduced to its caption, as 53 laws of LawRefBook/Laws are written): the caption is that
// chapter's, beside the chapter before it, not a section of it. Expected results written by reading the texts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DocumentSymbol } from 'vscode-languageserver-types';
import { documentSymbols } from '../../server/src/features/documentSymbols';
import { foldingRanges } from '../../server/src/features/foldingRanges';
import { textContext } from '../../server/src/features/context';
import { diagnostics } from '../../server/src/features/diagnostics';

const names = (s: DocumentSymbol[]): unknown[] => s.map((x) => (x.children ? [x.name, names(x.children)] : x.name));
const outline = (text: string): unknown[] => names(documentSymbols(textContext(text)));

const FUNDS = [
  '# 某某投资基金监督管理条例', // 0
  '',
  '## 第一章 总 则', // 2
  '',
  '第一条 为了规范某某投资基金业务活动，制定本条例。', // 4
  '',
  '## 第二章 监督管理', // 6
  '',
  '第二条 国务院证券监督管理机构对基金业务活动实施监督管理。', // 8
  '',
  '法律责任', // 10
  '',
  '第三条 违反本条例第二条规定的，责令改正，给予警告。', // 12
  '',
  '第四条 违反本条例规定，构成犯罪的，依法追究刑事责任。', // 14
  '',
  '## 第四章 附 则', // 16
  '',
  '第五条 本条例自2023年9月1日起施行。', // 18
  '',
].join('\n');

test('a bare caption where the chapters skip a number is the lost chapter, beside the one before it', () => {
  assert.deepEqual(outline(FUNDS), [['某某投资基金监督管理条例', [
    ['第一章', ['第一条']],
    ['第二章', ['第二条']],
    ['法律责任', ['第三条', '第四条']],
    ['第四章', ['第五条']],
  ]]]);
  // 第二章 folds its one article; the lost chapter folds its two.
  const folds = foldingRanges(textContext(FUNDS)).map((r) => `${r.startLine}-${r.endLine}`);
  assert.ok(folds.includes('6-8') && folds.includes('10-14'), folds.join(' '));
  assert.ok(!folds.includes('6-14'), folds.join(' '));
});

test('the lost chapter may be any chapter, and a 节 among 节 (烈士褒扬条例: `烈士的评定` between 第一章 and 第三章)', () => {
  const law = '# 某某条例\n\n## 第一章 总则\n\n第一条 为了某事，制定本条例。\n\n某事的评定\n\n第二条 具有下列情形之一的，评定为某事。\n\n## 第三章 附则\n\n第三条 本条例自发布之日起施行。\n';
  assert.deepEqual(outline(law), [['某某条例', [['第一章', ['第一条']], ['某事的评定', ['第二条']], ['第三章', ['第三条']]]]]);
  const sections = '# 某某解释\n\n## 第一章 证据\n\n### 第一节 一般规定\n\n第一条 认定案件事实，必须以证据为根据。\n\n笔录的审查与认定\n\n第二条 对勘验、检查笔录应当着重审查。\n\n### 第三节 非法证据排除\n\n第三条 采用刑讯逼供等非法方法收集的供述，应当予以排除。\n';
  assert.deepEqual(outline(sections), [['某某解释', [['第一章', [['第一节', ['第一条']], ['笔录的审查与认定', ['第二条']], ['第三节', ['第三条']]]]]]]);
});

test('a caption where the chapters run on is the open chapter\'s section; so is one of two, or one before no chapter', () => {
  // The next chapter is the next number: the caption heads a part of 第二章 (法律责任 too: the law's chapter says so).
  const runOn = FUNDS.replace('## 第四章 附 则', '## 第三章 附 则');
  assert.deepEqual(outline(runOn)[0], ['某某投资基金监督管理条例', [
    ['第一章', ['第一条']],
    ['第二章', ['第二条', ['法律责任', ['第三条', '第四条']]]],
    ['第三章', ['第五条']],
  ]]);
  // Two captions in the chapter (neither a caption only a chapter carries): neither is read as the lost chapter.
  const checks = FUNDS.replace('法律责任', '监督检查');
  const two = checks.replace('第四条 违反', '一般规定\n\n第四条 违反');
  assert.deepEqual(outline(two)[0], ['某某投资基金监督管理条例', [
    ['第一章', ['第一条']],
    ['第二章', ['第二条', ['监督检查', ['第三条']], ['一般规定', ['第四条']]]],
    ['第四章', ['第五条']],
  ]]);
  // No chapter after it: nothing says a chapter was lost.
  const last = checks.slice(0, checks.indexOf('## 第四章'));
  assert.deepEqual(outline(last)[0], ['某某投资基金监督管理条例', [
    ['第一章', ['第一条']],
    ['第二章', ['第二条', ['监督检查', ['第三条', '第四条']]]],
  ]]);
});

// A caption only a law's chapter carries (法律责任, 罚则: none of the laws' 1,681 so captioned is a 节), its label lost after the
// last labelled 章, a bare 附则 or nothing after it (郑州市燃气管理条例: `## 第七章 燃气安全` … `法律责任` … `附则`).
test('a bare 法律责任 or 罚则 under a 章 is a chapter, unless the next 章 is numbered next', () => {
  const gas = '# 某某条例\n\n## 第一章 总则\n\n第一条 为了某事，制定本条例。\n\n## 第二章 燃气安全\n\n第二条 燃气经营者应当建立安全制度。\n\n法律责任\n\n第三条 违反本条例第二条规定的，责令改正。\n\n附则\n\n第四条 本条例自发布之日起施行。\n';
  assert.deepEqual(outline(gas), [['某某条例', [['第一章', ['第一条']], ['第二章', ['第二条']], ['法律责任', ['第三条']], ['附则', ['第四条']]]]]);
  const end = '# 某某条例\n\n## 第一章 总则\n\n第一条 为了某事，制定本条例。\n\n## 第二章 管理\n\n### 第一节 一般规定\n\n第二条 主管部门负责管理。\n\n罚　则\n\n第三条 违反本条例规定的，处以罚款。\n';
  assert.deepEqual(outline(end), [['某某条例', [['第一章', ['第一条']], ['第二章', [['第一节', ['第二条']]]], ['罚　则', ['第三条']]]]]);
  // 第三章 comes next after 第二章: the caption is a part of 第二章 (the law's chapter says so).
  const next = gas.replace('附则', '## 第三章 附则');
  assert.deepEqual(outline(next), [['某某条例', [['第一章', ['第一条']], ['第二章', ['第二条', ['法律责任', ['第三条']]]], ['第三章', ['第四条']]]]]);
  // Another caption is a section still.
  const other = gas.replace('法律责任', '监督检查');
  assert.deepEqual(outline(other), [['某某条例', [['第一章', ['第一条']], ['第二章', ['第二条', ['监督检查', ['第三条']]]], ['附则', ['第四条']]]]]);
});

// Two or more captions filling the gap exactly (深圳经济特区绿色建筑条例: `规划和建设`, `运行和改造` between 第一章 and 第四章;
// 重庆市统计管理条例: three between 第二章 and 第六章): each is a lost chapter, beside the others.
test('k bare captions where the chapters skip k numbers are the k lost chapters', () => {
  const two = FUNDS.replace('## 第四章', '## 第五章').replace('第四条 违反', '罚款规定\n\n第四条 违反');
  assert.deepEqual(outline(two)[0], ['某某投资基金监督管理条例', [
    ['第一章', ['第一条']],
    ['第二章', ['第二条']],
    ['法律责任', ['第三条']],
    ['罚款规定', ['第四条']],
    ['第五章', ['第五条']],
  ]]);
  const diags = diagnostics(textContext(two)).filter((d) => String(d.code).startsWith('numbering.chapter'));
  assert.deepEqual(diags.map((d) => [d.code, d.message]), [
    ['numbering.chapter-label', '此章标题缺少编号，应为“## 第三章 法律责任”'],
    ['numbering.chapter-label', '此章标题缺少编号，应为“## 第四章 罚款规定”'],
  ]);
  // One caption short of the gap (neither only a chapter's): the captions are the chapter's sections, the numbers skip three.
  const short = two.replace('## 第五章', '## 第六章').replace('法律责任', '监督检查');
  assert.deepEqual(outline(short)[0], ['某某投资基金监督管理条例', [
    ['第一章', ['第一条']],
    ['第二章', ['第二条', ['监督检查', ['第三条']], ['罚款规定', ['第四条']]]],
    ['第六章', ['第五条']],
  ]]);
  assert.deepEqual(diagnostics(textContext(short)).filter((d) => String(d.code).startsWith('numbering.chapter')).map((d) => [d.code, d.message]), [
    ['numbering.chapter', '缺少第三章至第五章'],
  ]);
});

// Chapters numbered with a gap, twice or out of place (features/chapterNumbering.ts): the message names what is missing or where it belongs.
test('numbering.chapter says the chapters missing, repeated or out of place, in the text\'s digits', () => {
  const law = (heads: string[]) => `# 某某条例\n\n${heads.map((h, i) => `${h}\n\n第${'一二三四五六七八九'[i]}条 主管部门负责管理某事。\n`).join('\n')}`;
  const said = (text: string) => diagnostics(textContext(text)).filter((d) => d.code === 'numbering.chapter').map((d) => d.message);
  assert.deepEqual(said(law(['## 第一章 总则', '## 第三章 管理'])), ['缺少第二章']);
  assert.deepEqual(said(law(['## 第1章 总则', '## 第2章 管理', '## 第2章 监督'])), ['第2章重复']);
  assert.deepEqual(said(law(['## 第一章 总则', '## 第二章 管理', '## 第三章 监督', '## 第二章 责任', '## 第三章 附则'])), ['第二章位置不对：应在第三章之前']);
  assert.deepEqual(said(law(['## 第一章 总则', '## 第二章 管理', '### 第一节 一般规定', '### 第三节 特别规定'])), ['缺少第二节']);
  assert.deepEqual(said(law(['## 第一章 总则', '## 第二章 管理', '## 第三章 附则'])), []);
});
