// Session 44's drafter's review of the features: what session 43's review left, each case a text and what a drafter
// expects, written by reading the features and the texts (never by running the server).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DocumentSymbol } from 'vscode-languageserver-types';
import { diagnostics } from '../../server/src/features/diagnostics';
import { documentSymbols } from '../../server/src/features/documentSymbols';
import { foldingRanges } from '../../server/src/features/foldingRanges';
import { definition } from '../../server/src/features/definition';
import { hover } from '../../server/src/features/hover';
import { insertArticle } from '../../server/src/features/insertArticle';
import { textContext } from '../../server/src/features/context';

const names = (s: DocumentSymbol[]): unknown[] => s.map((x) => (x.children ? [x.name, names(x.children)] : x.name));
const hoverText = (text: string, at: number): string | undefined => {
  const h = hover(textContext(text), at);
  return h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : undefined;
};

// 1a. A law of 编 and 章 whose supplementary provisions lost their `##` (刑事诉讼法 2018: `附则` a bare line after 第五编第五章).
const CODE = [
  '# 中华人民共和国某某程序法', // 0
  '',
  '## 第一编 总则', // 2
  '',
  '### 第一章 任务和基本原则', // 4
  '',
  '第一条 为了保证刑法的正确实施，制定本法。', // 6
  '',
  '## 第二编 特别程序', // 8
  '',
  '### 第一章 未成年人案件诉讼程序', // 10
  '',
  '第二条 对犯罪的未成年人实行教育、感化、挽救的方针。', // 12
  '',
  '### 第二章 强制医疗程序', // 14
  '',
  '第三条 人民检察院对强制医疗的决定和执行实行监督。', // 16
  '',
  '附则', // 18
  '',
  '第四条 军队保卫部门对军队内部发生的刑事案件行使侦查权。', // 20
  '',
  '对罪犯在监狱内犯罪的案件由监狱进行侦查。', // 22
  '',
].join('\n');

test('a law\'s supplementary provisions written as a bare caption stand at the top, after the last 编, not in its last chapter', () => {
  const symbols = documentSymbols(textContext(CODE));
  assert.deepEqual(names(symbols), [['中华人民共和国某某程序法', [
    ['第一编', [['第一章', ['第一条']]]],
    ['第二编', [['第一章', ['第二条']], ['第二章', ['第三条']]]],
    ['附则', [['第四条', ['第一款', '第二款']]]],
  ]]]);
  // 第二编 and its last chapter end with 第三条; 附则 folds its article.
  const folds = foldingRanges(textContext(CODE)).map((r) => `${r.startLine}-${r.endLine}`);
  assert.ok(folds.includes('8-16') && folds.includes('14-16') && folds.includes('18-22'), folds.join(' '));
  // A law of chapters alone (教师资格条例: `附则` after 第六章 罚则): a sibling of the chapters too.
  const regulation = '# 某某条例\n\n## 第一章 总则\n\n第一条 为了规范某事，制定本条例。\n\n## 第二章 罚则\n\n第二条 违反本条例的，依法处理。\n\n附　则\n\n第三条 本条例自发布之日起施行。\n';
  assert.deepEqual(names(documentSymbols(textContext(regulation))), [['某某条例', [['第一章', ['第一条']], ['第二章', ['第二条']], ['附　则', ['第三条']]]]]);
  // Another bare caption among a chapter's articles is still that chapter's section (`一般规定`).
  const sub = '# 某某条例\n\n## 第一章 总则\n\n第一条 为了规范某事，制定本条例。\n\n一般规定\n\n第二条 本条例适用于某事。\n';
  assert.deepEqual(names(documentSymbols(textContext(sub))), [['某某条例', [['第一章', ['第一条', ['一般规定', ['第二条']]]]]]]);
});

// 1b. A short name that is the head noun of its own phrase: the hover shows the words that define it.
const PORTS = [
  '# 中华人民共和国政府和某国政府关于边境口岸的协定',
  '',
  '中华人民共和国政府和某国政府（以下简称“缔约双方”）达成协议如下：',
  '',
  '## 第一条',
  '',
  '缔约双方同意在边境开放本协定附件所列的口岸（以下简称“口岸”）。',
  '',
  '## 第二条',
  '',
  '口岸的开放时间由缔约双方主管部门商定。',
  '',
  '## 第三条',
  '',
  '本协定附件是本协定不可分割的组成部分。',
  '',
  '本协定自签字之日起生效。',
  '',
  '## 附件',
  '',
  '### 边境口岸清单',
  '',
  '1. 甲口岸（中方）——乙口岸（某方）。',
  '',
].join('\n');

test('hover on a term whose meaning is its own name shows the clause that defines it, not “口岸” 指 口岸', () => {
  const use = PORTS.indexOf('口岸的开放');
  assert.equal(hoverText(PORTS, use), '**“口岸”** 定义于：缔约双方同意在边境开放本协定附件所列的口岸');
  // At the definition itself: the same.
  assert.equal(hoverText(PORTS, PORTS.indexOf('“口岸”') + 1), '**“口岸”** 定义于：缔约双方同意在边境开放本协定附件所列的口岸');
  // A meaning other than the name: as before.
  assert.equal(hoverText(PORTS, PORTS.indexOf('缔约双方同意') + 1), '**“缔约双方”** 指 中华人民共和国政府和某国政府');
  // A law's article whose line opens with its label: not the label.
  const law = '# 某省管道保护条例\n\n第一条 为了保护管道，制定本条例。\n\n第二条 本省行政区域内输送石油、天然气的管道（以下简称管道）的保护，适用本条例。\n\n第三条 管道企业负责管道的日常巡护。\n';
  assert.equal(hoverText(law, law.indexOf('管道企业')), '**“管道”** 定义于：本省行政区域内输送石油、天然气的管道');
});

// 1c. The text's own annex, named after its self-word.
test('go to definition and hover on 本协定附件 / 本条例附件 land on the annex the text holds', () => {
  const at = PORTS.indexOf('本协定附件所列') + 4;
  const links = definition(textContext(PORTS), at);
  assert.equal(links.length, 1);
  // The annex's heading, its range over its sub-heading's list.
  assert.deepEqual([links[0].targetSelectionRange.start.line, links[0].targetRange.start.line, links[0].targetRange.end.line], [18, 18, 22]);
  assert.deepEqual([links[0].originSelectionRange!.start.character, links[0].originSelectionRange!.end.character], [11, 16]);
  assert.equal(hoverText(PORTS, at), '**附件**\n\n边境口岸清单\n\n1\\. 甲口岸（中方）——乙口岸（某方）。');
  // A regulation whose annex is a bare line (地质资料管理条例: `附件` / `地质资料汇交范围` / `一、…`), named by its number elsewhere.
  const reg = '# 某某条例\n\n第一条 汇交人应当按照本条例附件二规定的范围汇交资料。\n\n第二条 本条例自发布之日起施行。\n\n附件一\n\n资料目录\n\n附件二\n\n资料汇交范围\n\n一、区域地质调查资料。\n';
  const two = definition(textContext(reg), reg.indexOf('附件二规定'));
  assert.deepEqual(two.map((l) => l.targetSelectionRange.start.line), [10]);
  // The self-word alone, an annex the text does not hold (附件三): the title, as before.
  assert.deepEqual(definition(textContext(reg), reg.indexOf('本条例自')).map((l) => l.targetSelectionRange.start.line), [0]);
  const none = reg.replace('附件二规定', '附件三规定');
  assert.deepEqual(definition(textContext(none), none.indexOf('附件三规定') - 1).map((l) => l.targetSelectionRange.start.line), [0]);
});

// 1d. Insert article in a text of 第…條: the result names the new article as the text labels it.
test('insert article names the new article in the text\'s script: 第二條, not 第二条', () => {
  const hant = '# 中華人民共和國政府和某國政府關於某事的協定\n\n雙方達成協議如下：\n\n## 第一條\n\n雙方合作。\n\n## 第二條\n\n雙方交流。\n';
  assert.equal(insertArticle(textContext(hant), hant.indexOf('雙方合作'), 'renumber').result.name, '第二條');
  const hans = '# 某协定\n\n## 第一条\n\n双方合作。\n\n## 第二条\n\n双方交流。\n';
  assert.equal(insertArticle(textContext(hans), hans.indexOf('双方合作'), 'renumber').result.name, '第二条');
});

// 1e. The parties defined with one head and written with the other.
test('term.unused on 缔约双方 names the words the text writes instead, 缔约国双方', () => {
  const tax = '# 中华人民共和国政府和某国政府关于对所得避免双重征税的协定\n\n中华人民共和国政府和某国政府（以下简称“缔约双方”），达成协议如下：\n\n## 第一条\n\n本协定适用于缔约国一方或者同时为缔约国双方居民的人。\n\n## 第二条\n\n缔约国双方主管当局应当交换情报。\n';
  const unused = diagnostics(textContext(tax)).filter((d) => d.code === 'term.unused').map((d) => d.message);
  assert.deepEqual(unused, ['“缔约双方”定义后未使用：文中写作“缔约国双方”']);
  const other = tax.replace(/缔约国双方/g, '两国');
  assert.deepEqual(diagnostics(textContext(other)).filter((d) => d.code === 'term.unused').map((d) => d.message), ['“缔约双方”定义后未使用']);
});

// 1f. A Chinese text printed with its translation line by line: the preamble's summary of the Chinese lines alone.
test('the preamble summary of a bilingual page reads on over its Chinese lines, not into the translation', () => {
  const bilingual = '# 维也纳领事关系公约\n\nThe States Parties to the present Convention,\n\n本公约各当事国，\n\nRecalling that, consular relations have been established,\n\n查各国人民自古即已建立领事关系；\n\n## 第一条\n\n定义。\n';
  assert.equal(documentSymbols(textContext(bilingual))[0].children!.find((s) => s.name === '序言')!.detail, '本公约各当事国，查各国人民自古即已建立领事关系');
});

// 2. Read as a drafter (session 44): a page converted with pinyin glosses after some characters (`關(guān)于`, the
// Mongolia strategic partnership statement): the outline's title and summaries read without them.
test('the outline shows the title and the summaries without a converter\'s pinyin glosses', () => {
  const page = '# 中華人民共和國和蒙古國關(guān)于建立戰(zhàn)略伙伴關(guān)系的聯(lián)合聲明\n\n一、應(yīng)中華人民共和國國務(wù)院總理邀請，蒙古國總理對中國進行正式訪問。\n\n二、雙方一致認(rèn)為，中蒙是有著漫長共同邊界的友好鄰邦。\n';
  const symbols = documentSymbols(textContext(page));
  assert.equal(symbols[0].name, '中華人民共和國和蒙古國關于建立戰略伙伴關系的聯合聲明');
  assert.deepEqual(symbols[0].children!.map((s) => [s.name, s.detail]), [
    // (Summarized as the page writes it, 24 characters glosses and all, then read without them: shorter.)
    ['一、', '應中華人民共和國國務院總理邀…'],
    ['二、', '雙方一致認為，中蒙是有著漫長共同邊界的…'],
  ]);
});

// 2. Read as a drafter (session 44): a law database's fields under a treaty's title (agreement_cn_de_social_security_2001_page.md,
// `发布时间:2020-09-14`; agreement_cn_bh_air_page.md, `- 发布日期:1944年12月0…`) are the site's lines, not the instrument's:
// no half-width punctuation hint on them, nor a change by the fix-all; a law's record of adoption there is the instrument's.
test('no half-width punctuation hint on a database\'s fields under the title; a record of adoption is still told', () => {
  const page = [
    '# 中华人民共和国和某国社会保险协定', // 0
    '',
    '发布时间:2020-09-14', // 2
    '',
    '来源: 外交部网站',
    '',
    '中华人民共和国和某国(以下简称“双方”),达成协议如下:', // 6
    '',
    '## 第一条',
    '',
    '一方应当根据本协定的规定,给予另一方国民同等待遇。', // 10
  ].join('\n');
  const hints = (text: string) => diagnostics(textContext(text)).filter((d) => d.code === 'style.half-width-punctuation').map((d) => `${d.range.start.line}:${d.range.start.character}`);
  assert.deepEqual(hints(page), ['6:10', '6:19', '6:20', '6:27', '10:12']);
  // A law's record of adoption under its title, in half-width brackets: the law's own line, told.
  const law = '# 某某条例\n\n(2020年5月28日某某省人民代表大会常务委员会第十次会议通过)\n\n第一条 为了规范某事，制定本条例。\n\n第二条 本条例自公布之日起施行。\n';
  assert.deepEqual(hints(law), ['2:0', '2:32']);
});
