// Session 47's drafter's review of the features: what session 46's review left, each case a text and what a drafter
// expects, written by reading the features and the texts (never by running the server).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NURSES, hoverOf, inWorkspace, names } from '../support/review';
import { textContext } from '../../server/src/features/context';
import { documentSymbols } from '../../server/src/features/documentSymbols';
import { diagnostics } from '../../server/src/features/diagnostics';
import { codeActions } from '../../server/src/features/codeActions';
import { insertArticle } from '../../server/src/features/insertArticle';
import { Location } from 'vscode-languageserver-types';
import { documentHighlights, references } from '../../server/src/features/references';

/** Each location as `file line:character-character`. */
const where = (ls: Location[]): string[] => ls.map((l) => `${decodeURI(l.uri.split('/').pop()!)} ${l.range.start.line}:${l.range.start.character}-${l.range.end.character}`);

// 1a. A protocol's 本协定 is its agreement (session 46: hover, definition). Find references on it, and on the agreement's
// title, list the agreement's title and every 本协定 of the protocol, as a citing document's citations are listed.
const DE_PROTOCOL = [
  '中华人民共和国和德意志联邦共和国关于促进和相互保护投资的协定的议定书', // 0
  '', // 1
  '值此中华人民共和国和德意志联邦共和国关于促进和相互保护投资的协定签字之际,双方正式授权的代表议定下列条款:', // 2
  '', // 3
  '一、本协定的各项规定适用于缔约双方的投资。', // 4
  '', // 5
  '本议定书与协定同时生效。本协定的其他规定不受影响。', // 6
  '',
].join('\n');
const DE_AGREEMENT = [
  '# 中华人民共和国和德意志联邦共和国关于促进和相互保护投资的协定', // 0
  '',
  '## 第一条', // 2
  '',
  '本协定所称“投资”，系指缔约一方投资者投入的各种财产。', // 4
  '',
].join('\n');

test('a protocol\'s 本协定: find references list the agreement\'s title and the protocol\'s every 本协定', () => {
  const ws = inWorkspace({ 'protocol.md': DE_PROTOCOL, 'agreement.md': DE_AGREEMENT });
  const uses = ['protocol.md 4:2-5', 'protocol.md 6:12-15'];
  const last = DE_PROTOCOL.lastIndexOf('本协定') + 1;
  assert.deepEqual(where(references(ws(), last, true)), ['agreement.md 0:2-32', ...uses]);
  assert.deepEqual(where(references(ws(), last, false)), uses);
  // From the agreement's title: the same uses (its own 本协定 are no references to it from elsewhere).
  assert.deepEqual(where(references(ws('agreement.md'), 5, false)), uses);
  // In the protocol, each of its 本协定 is highlighted.
  assert.deepEqual(documentHighlights(ws(), last).map((h) => `${h.range.start.line}:${h.range.start.character}`), ['4:2', '6:12']);
  // A protocol to another agreement: its 本协定 is not this one.
  const other = DE_PROTOCOL.replace('相互保护投资的协定的议定书', '相互保护投资的协定的补充议定书').replace(/促进和相互保护投资/g, '海运');
  assert.deepEqual(where(references(inWorkspace({ 'protocol.md': other, 'agreement.md': DE_AGREEMENT })('agreement.md'), 5, false)), []);
});

// 1c. A convention labelling its articles in digits (convention_cites_1973_page.md: `第1条 定义`, `第2条 基本原则`): the outline
// and a hover's heading name each article as labelled, `第1条`, not the server's `第一条`; Taiwan's `第 9-1 條` is `第9-1條`.
test('articles labelled in digits are named as labelled in the outline and a hover', () => {
  const cites = [
    '# 濒临绝种野生动植物国际贸易公约', // 0
    '',
    '第1条 定义', // 2
    '',
    '就适用本公约而言:“物种”系指任何种、亚种。', // 4
    '',
    '第2条 基本原则', // 6
    '',
    '附录一应包括受贸易影响而有灭种威胁之所有物种。依第1条所称物种为之。', // 8
    '',
  ].join('\n');
  assert.deepEqual(names(documentSymbols(textContext(cites))), [['濒临绝种野生动植物国际贸易公约', ['第1条', '第2条']]]);
  assert.match(hoverOf(textContext(cites), cites.indexOf('依第1条') + 2) ?? '', /^\*\*第1条\*\* 定义\n/);
  // Cited from another text: the instrument's title, then the label as written.
  const citing = '# 某某法\n\n第一条 依照《濒临绝种野生动植物国际贸易公约》第2条的规定。\n';
  const ws = inWorkspace({ 'law.md': citing, 'cites.md': cites });
  assert.match(hoverOf(ws(), citing.indexOf('第2条') + 1) ?? '', /^\*\*濒临绝种野生动植物国际贸易公约 第2条\*\* 基本原则\n/);
  // Taiwan's labels, spaced and with a dash (law_tw_government_bonds_2002_moj_hant.md), in traditional script.
  const tw = '# 中央政府建設公債及借款條例\n\n第 9 條\n本條例所稱公債。\n\n第 9-1 條\n依第 9 條之規定。\n';
  assert.deepEqual(names(documentSymbols(textContext(tw))), [['中央政府建設公債及借款條例', ['第9條', '第9-1條']]]);
  // A label in Chinese numerals keeps the server's name, in the text's word.
  assert.deepEqual(names(documentSymbols(textContext(cites.replace('第1条', '第一条').replace('第2条 ', '第二条 ')))), [['濒临绝种野生动植物国际贸易公约', ['第一条', '第二条']]]);
});

// 1e. 护士条例 printed under the order publishing it (test/support/review.ts NURSES): the order is a symbol of the
// outline of its own, above the regulation, named by its heading and number.

test('an order printed above the regulation it publishes is in the outline, above it', () => {
  const outline = documentSymbols(textContext(NURSES));
  assert.deepEqual(names(outline), ['中华人民共和国国务院令 第517号', ['护士条例', [['第一章', ['第一条', '第二条']]]]]);
  // From its heading to its date; the name selects the heading and the number.
  assert.deepEqual([outline[0].range.start, outline[0].range.end, outline[0].selectionRange.end], [{ line: 0, character: 0 }, { line: 8, character: 11 }, { line: 2, character: 5 }]);
  // The number on the heading's line (`中华人民共和国主席令（第十八号）`): the name is that line.
  const oneLine = NURSES.replace('中华人民共和国国务院令\n\n第517号', '中华人民共和国主席令（第十八号）');
  assert.equal(documentSymbols(textContext(oneLine))[0].name, '中华人民共和国主席令（第十八号）');
  // Above the title, lines under no order's heading (an office's name): no order in the outline.
  assert.deepEqual(names(documentSymbols(textContext(NURSES.replace('中华人民共和国国务院令', '国务院办公厅')))), [['护士条例', [['第一章', ['第一条', '第二条']]]]]);
});

// 1f. treaty_cn_ge_consular_1997_gqb_hant.md: the site's footer after the text (a row of links, its address, its copyright and
// its registration numbers) is the page's, not the treaty's: no hint on its colons and brackets; the text's own are hinted.
test('a site\'s footer after the text is not hinted as the text\'s own', () => {
  const text = [
    '# 中華人民共和國和格魯吉亞領事條約', // 0
    '',
    '## 第一條', // 2
    '',
    '(一)“領館”指總領事館、領事館、副領事館或領事代理處;', // 4
    '',
    '中國政府網| 中華人民共和國外交部 | 全國人大華僑委員會 | 全國政協港澳臺僑委員會 | 中國致公黨 | 中華全國歸國華僑聯合會 |', // 6
    '地址:北京市西城區阜外大街35號 郵編:100037 聯系方式:gqb@gqb.gov.cn', // 7
    '國務院僑務辦公室版權所有 中國僑網技術支持', // 8
    '[京ICP備05072101號] [京公網安備:110102002928]', // 9
    '',
  ].join('\n');
  const hinted = (t: string) => diagnostics(textContext(t)).filter((d) => d.code === 'style.half-width-punctuation').map((d) => `${d.range.start.line}:${d.range.start.character}`);
  assert.deepEqual(hinted(text), ['4:0', '4:2', '4:27']);
  // The same lines as the text's last paragraph (a sentence, with its stop): hinted.
  assert.deepEqual(hinted(text.replace('聯系方式:gqb@gqb.gov.cn', '聯系方式:見附件。')).filter((h) => h.startsWith('7:')).length > 0, true);
});

// 1h. agreement_cn_au_air_2004_p8.md's route table (`澳大利亚境内地点: 任意点`): the colon made full-width takes the space after it
// with it (`：` holds its own), in the fix of one mark and in the fix of all; a space ending a line (a hard break's) stays.
test('a half-width colon made full-width takes the space after it', () => {
  const text = [
    '# 中华人民共和国政府和澳大利亚政府民用航空运输协定', // 0
    '',
    '## 第一条', // 2
    '',
    '本协定所附航线表为本协定的组成部分。', // 4
    '',
    '附件:', // 6
    '澳大利亚境内地点: 任意点', // 7
    '中间地点:  任意点,以远地点', // 8
    '',
  ].join('\n');
  const ctx = textContext(text);
  const found = diagnostics(ctx).filter((d) => d.code === 'style.half-width-punctuation');
  // (The fixes of one mark, each for its diagnostic; the fix of all, for every one of them. No suppression's comment.)
  const edits = (all: boolean) => codeActions(ctx, found)
    .filter((a) => 'edit' in a && (a.diagnostics?.length === 1) !== all && !a.title.includes('style.half-width-punctuation'))
    .flatMap((a) => ('edit' in a ? Object.values(a.edit?.changes ?? {}).flat() : []))
    .map((e) => `${e.range.start.line}:${e.range.start.character}-${e.range.end.character} ${e.newText}`);
  const one = ['6:2-3 ：', '7:8-10 ：', '8:4-7 ：', '8:10-11 ，'];
  assert.deepEqual(edits(false), one);
  assert.deepEqual(edits(true), one);
});

// 1d. treaty_cn_mn_judicial_assistance_1989_page.md sets no blank line between its articles (nor its paragraphs): an article
// inserted after 第二条 comes on the next line, its text's empty line under it, the next article straight after.
test('an article inserted into a text with no blank lines between articles follows its layout', () => {
  const text = [
    '# 中华人民共和国和蒙古人民共和国关于民事和刑事司法协助的条约', // 0
    '第一条 司法保护', // 1
    '一、缔约一方国民享有司法保护。', // 2
    '第二条 司法协助的提供', // 3
    '一、缔约双方应相互提供司法协助。', // 4
    '第三条 联系途径', // 5
    '一、缔约双方应通过中央机关联系。', // 6
    '',
  ].join('\n');
  const inserts = (t: string, at: string) => {
    const made = insertArticle(textContext(t), t.indexOf(at) + 1, 'sub');
    const own = Object.values(made.edit?.changes ?? {}).flat().map((e) => `${e.range.start.line}:${e.range.start.character} ${JSON.stringify(e.newText)}`);
    return [...own, `${made.result.position?.line}:${made.result.position?.character}`];
  };
  assert.deepEqual(inserts(text, '第二条'), ['4:16 "\\n第二条之一\\n"', '6:0']);
  // A law's style, the text on the label's line: the new label on the next line, its text after the space.
  const law = '# 某某条例\n第一条 为了规范，制定本条例。\n第二条 本条例适用于全国。\n第三条 本条例自公布之日起施行。\n';
  assert.deepEqual(inserts(law, '第二条'), ['2:13 "\\n第二条之一 "', '3:6']);
  // One blank line between two articles anywhere: blank lines around the new one, as before.
  const spaced = text.replace('第三条 联系途径', '\n第三条 联系途径');
  assert.deepEqual(inserts(spaced, '第二条'), ['4:16 "\\n\\n第二条之一\\n"', '7:0']);
});
