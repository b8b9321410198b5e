// Session 43's drafter's review of the features: what session 42's review left, each case a text and what a drafter
// expects, written by reading the features and the texts (never by running the server).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CompletionItem, DocumentSymbol } from 'vscode-languageserver-types';
import { completion, readSnippets } from '../../server/src/features/completion';
import { diagnostics } from '../../server/src/features/diagnostics';
import { documentSymbols } from '../../server/src/features/documentSymbols';
import { foldingRanges } from '../../server/src/features/foldingRanges';
import { textContext } from '../../server/src/features/context';
import { referencesOf } from '../../server/src/model/references';
import { insertArticle } from '../../server/src/features/insertArticle';
import { applyEdits } from '../../server/src/features/renumber';

const ROOT = path.resolve(__dirname, '../../..');
const names = (s: DocumentSymbol[]): unknown[] => s.map((x) => (x.children ? [x.name, names(x.children)] : x.name));

// 1a. A judicial interpretation: an opening paragraph, then `## 一、…` over its first articles, as `## 二、…` over the next.
const RULE = [
  '# 最高人民法院关于审理某类纠纷案件若干问题的规定', // 0
  '',
  '为了正确审理某类纠纷案件，根据有关法律的规定，现就有关问题规定如下：', // 2
  '',
  '## 一、受理和管辖', // 4
  '',
  '第一条 因某事引起的纠纷，人民法院应当依法受理。', // 6
  '',
  '第二条 因某类纠纷提起的诉讼，由被告住所地人民法院管辖。', // 8
  '',
  '## 二、保全', // 10
  '',
  '第三条 人民法院可以依法采取保全措施。', // 12
  '',
].join('\n');

test('a judicial interpretation\'s first part after its opening paragraph is a part, as the others: not the preamble\'s', () => {
  const symbols = documentSymbols(textContext(RULE));
  assert.deepEqual(names(symbols), [['最高人民法院关于审理某类纠纷案件若干问题的规定', ['序言', ['一、受理和管辖', ['第一条', '第二条']], ['二、保全', ['第三条']]]]]);
  // The preamble is its paragraph alone, line 2; the first part runs from its heading to its last article.
  const kids = symbols[0].children!;
  assert.equal(kids[0].range.start.line, 2);
  assert.equal(kids[0].range.end.line, 2);
  assert.deepEqual([kids[1].range.start.line, kids[1].range.end.line], [4, 8]);
  // Both parts fold their articles.
  const folds = foldingRanges(textContext(RULE)).map((r) => `${r.startLine}-${r.endLine}`);
  assert.ok(folds.includes('4-8') && folds.includes('10-12'), folds.join(' '));
  // A heading between two paragraphs of the preamble is no part: the preamble holds it (text follows it before the first article).
  const inside = '# 某某规定\n\n为了规范某事，制定本规定。\n\n## 说明\n\n本规定所称某事，是指某类活动。\n\n第一条 本规定适用于某事。\n';
  assert.deepEqual(names(documentSymbols(textContext(inside))), [['某某规定', ['序言', '第一条']]]);
});

// 1b. The preamble's summary is of the instrument's words, not of the site's lines over it.
const PAGE = [
  '# 中华人民共和国政府和某国政府文化合作协定',
  '',
  '下载地址: 点击此处下载',
  '',
  '- 其他语言版本:',
  '- English',
  '',
  '中华人民共和国政府和某国政府文化合作协定',
  '',
  '(签订日期1980年4月23日 生效日期1980年9月23日)',
  '',
  '中华人民共和国政府和某国政府为了发展两国的友好关系，达成协议如下：',
  '',
  '## 第一条',
  '',
  '双方开展文化合作。',
  '',
].join('\n');

const preambleDetail = (text: string): string | undefined => documentSymbols(textContext(text))[0].children!.find((s) => s.name === '序言')?.detail;

test('the preamble\'s summary passes over a page\'s fields, its navigation, the title again and a bracketed note', () => {
  assert.equal(preambleDetail(PAGE), '中华人民共和国政府和某国政府为了发展两国的友好关…');
  // A convention's preamble opening with its parties alone on a line: the summary opens there, read on across the lines.
  const convention = '# 关于某事项的公约\n\n维基文库，自由的图书馆\n\n本公约缔约国，\n\n认识到合作的重要性，\n\n兹协议如下：\n\n## 第一条\n\n各缔约国应采取必要措施。\n';
  assert.equal(preambleDetail(convention), '本公约缔约国，认识到合作的重要性，兹协议如下');
  // A label alone with no sentence after it is the site's (`所屬分類:` / `投資管理`): passed over too.
  assert.equal(preambleDetail('# 某协定\n\n所属分类:\n\n投资管理\n\n缔约双方为了加强两国之间的经济合作，达成协议如下：\n\n## 第一条\n\n双方合作。\n'), '缔约双方为了加强两国之间的经济合作，达成协议如下');
  // A Chinese text printed with its translation, line by line: the Chinese opening, the translation's lines passed over.
  const bilingual = '# 维也纳领事关系公约\n\nThe States Parties to the present Convention,\n\n本公约各当事国，\n\nRecalling that, consular relations have been established,\n\n查各国人民自古即已建立领事关系；\n\n## 第一条\n\n定义。\n';
  // (The summary reads on across the lines, the translation's with them: model/treaty.ts summarizeLines, left.)
  assert.ok(preambleDetail(bilingual)!.startsWith('本公约各当事国，'), preambleDetail(bilingual));
  // A preamble with no sentence at all: its first line, as before.
  assert.equal(preambleDetail('# 某协定\n\n下载地址: 点击此处下载\n\n## 第一条\n\n双方合作。\n'), '下载地址');
});

// 1c. A converter's pinyin inside the self-word before an article's label.
test('a reference with a pinyin gloss inside its self-word is read through the gloss', () => {
  const memo = '# 中華人民共和國政府和意大利共和國政府關於對所得避免雙重征稅的協定備忘錄\n\n在草簽協定時，達成如下諒解：\n\n對向下列機構提供服務的個人支付的報酬，適用本協(xié)定第十九條第一款和第二款的規定。\n';
  const refs = referencesOf(textContext(memo).treaty).filter((r) => r.kind === 'article');
  assert.deepEqual(refs.map((r) => [memo.slice(r.start, r.end), r.kind === 'article' && JSON.stringify(r.target), r.kind === 'article' && r.uncertain]), [
    ['本協(xié)定第十九條第一款', '{"num":19,"paragraph":1}', true],
    ['第二款', '{"num":19,"paragraph":2}', true],
  ]);
  // In the agreement itself, the glossed self-word names its own article, as the plain one does.
  const agreement = '# 中華人民共和國政府和某國政府關於某事的協定\n\n雙方達成協議如下：\n\n## 第一條\n\n雙方合作。\n\n## 第二條\n\n本協(xié)定第一條所述合作按照計劃進行。\n';
  const own = referencesOf(textContext(agreement).treaty).filter((r) => r.kind === 'article');
  assert.deepEqual(own.map((r) => [agreement.slice(r.start, r.end), r.kind === 'article' && JSON.stringify(r.target), r.kind === 'article' && r.uncertain]), [['本協(xié)定第一條', '{"num":1}', undefined]]);
});

// 1d. One family of clause snippets: the one the text is.
const SNIPPETS = readSnippets(JSON.parse(fs.readFileSync(path.join(ROOT, 'snippets/treaty.code-snippets'), 'utf8')));
const TRADITIONAL = readSnippets(JSON.parse(fs.readFileSync(path.join(ROOT, 'snippets/treaty.traditional.code-snippets'), 'utf8')));

function snippetLabels(doc: string): Set<string> {
  const lines = doc.split('\n');
  const list = completion(textContext(doc), { line: lines.length - 1, character: lines[lines.length - 1].length }, { snippets: SNIPPETS, traditionalSnippets: TRADITIONAL, now: new Date(2024, 5, 15) });
  return new Set(list.items.filter((i: CompletionItem) => i.sortText?.startsWith('2-')).map((i) => String(i.label)));
}

const BILATERAL_ONLY = ['联系机制', '经费', '信息交换', '保密', '使用武器', '争议', '生效通知', '有效期', '终止', '签署'];
const MULTILATERAL_ONLY = ['无限期', '加入', '保存机关'];
const EITHER = ['序言', '以下简称', '宗旨', '合作领域', '议定书补充', '修改', '其他条约', '解释', '定义', '生效', '生效批准', '登记', '签字', '条', '章'];

test('a convention is offered the multilateral clause snippets and no bilateral one; a bilateral agreement the reverse', () => {
  const convention = snippetLabels('# 关于某事项的公约\n\n本公约缔约国，\n\n兹协议如下：\n\n## 第一条\n\n各缔约国应采取必要措施。\n\n');
  for (const l of [...MULTILATERAL_ONLY, ...EITHER]) assert.ok(convention.has(l), `${l} offered in a convention`);
  for (const l of BILATERAL_ONLY) assert.ok(!convention.has(l), `${l} not offered in a convention`);
  const agreement = snippetLabels('# 中华人民共和国政府和蒙古国政府关于某事的协定\n\n中华人民共和国政府和蒙古国政府（以下简称“双方”）达成协议如下：\n\n## 第一条\n\n双方开展合作。\n\n');
  for (const l of [...BILATERAL_ONLY, ...EITHER]) assert.ok(agreement.has(l), `${l} offered in a bilateral agreement`);
  for (const l of MULTILATERAL_ONLY) assert.ok(!agreement.has(l), `${l} not offered in a bilateral agreement`);
  // The same in traditional characters (the traditional snippets, read folded).
  const hant = snippetLabels('# 關於某事項的公約\n\n本公約締約國，\n\n茲協議如下：\n\n## 第一條\n\n各締約國應採取必要措施。\n\n');
  assert.ok(hant.has('加入') && !hant.has('生效通知'));
  // A text that tells neither (a draft with no parties yet): every family.
  const draft = snippetLabels('# 关于某事的协定\n\n## 第一条\n\n合作。\n\n');
  for (const l of [...BILATERAL_ONLY, ...MULTILATERAL_ONLY, ...EITHER]) assert.ok(draft.has(l), `${l} offered in a draft that tells neither`);
});

// 1e. A law's terms defined in its supplementary provisions hold for the whole law.
const LAW = [
  '# 中华人民共和国某某保护法',
  '',
  '## 第一章 总则',
  '',
  '第一条 为了保护海洋环境，制定本法。',
  '',
  '## 第二章 陆源污染物污染防治',
  '',
  '第二条 向海域排放陆源污染物，应当执行国家标准。',
  '',
  '## 第三章 附则',
  '',
  '第三条 本法下列用语的含义是：',
  '',
  '（一）陆地污染源（简称陆源），是指从陆地向海域排放污染物的场所、设施等。',
  '',
  '（二）陆源污染物，是指由陆地污染源排放的污染物。',
  '',
  '第四条 本法自2025年1月1日起施行。',
  '',
].join('\n');

test('a term a law defines in its supplementary provisions is no use before its definition where the articles before use it', () => {
  const before = (text: string) => diagnostics(textContext(text)).filter((d) => d.code === 'term.before-definition').map((d) => d.range.start.line);
  assert.deepEqual(before(LAW), []);
  // Defined in another chapter than the last: the uses before it are still told.
  const general = LAW.replace('## 第三章 附则', '## 第三章 其他规定');
  assert.deepEqual(before(general), [6, 8]);
});

// 2. Read as a drafter (session 43): inserting an article in a law, whose articles write their text on the label's line.
test('an article inserted in a law\'s style is its label and the same space, the cursor after it, its text to go on that line', () => {
  const law = '# 某某规定\n\n第一条　为了规范某事，制定本规定。\n\n第二条　本规定适用于某事。\n\n第三条　本规定自公布之日起施行。\n';
  const ctx = textContext(law);
  const after = insertArticle(ctx, law.indexOf('第一条'), 'renumber');
  const edits = after.edit!.changes![Object.keys(after.edit!.changes!)[0]];
  assert.equal(applyEdits(law, ctx.lines, edits), '# 某某规定\n\n第一条　为了规范某事，制定本规定。\n\n第二条　\n\n第三条　本规定适用于某事。\n\n第四条　本规定自公布之日起施行。\n');
  assert.deepEqual(after.result.position, { line: 4, character: 4 });
  // Above the first article: the same.
  const first = insertArticle(ctx, 0, 'renumber');
  const firstEdits = first.edit!.changes![Object.keys(first.edit!.changes!)[0]];
  assert.equal(applyEdits(law, ctx.lines, firstEdits), '# 某某规定\n\n第一条　\n\n第二条　为了规范某事，制定本规定。\n\n第三条　本规定适用于某事。\n\n第四条　本规定自公布之日起施行。\n');
  assert.deepEqual(first.result.position, { line: 2, character: 4 });
  // A label alone on its line (a treaty's `## 第一条`): the text under it, as before.
  const treaty = '# 某协定\n\n## 第一条\n\n双方合作。\n\n## 第二条\n\n双方交流。\n';
  const t = insertArticle(textContext(treaty), treaty.indexOf('双方合作'), 'renumber');
  assert.equal(applyEdits(treaty, textContext(treaty).lines, t.edit!.changes![Object.keys(t.edit!.changes!)[0]]), '# 某协定\n\n## 第一条\n\n双方合作。\n\n## 第二条\n\n\n## 第三条\n\n双方交流。\n');
  assert.deepEqual(t.result.position, { line: 7, character: 0 });
});
