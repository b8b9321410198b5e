// Session 41's drafter's review of the features: what session 40's review found and left, each case a text and what a
// drafter expects, written by reading the features and the texts (never by running the server).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CompletionItem, Hover, MarkupContent, TextEdit } from 'vscode-languageserver-types';
import { hover } from '../../server/src/features/hover';
import { diagnostics } from '../../server/src/features/diagnostics';
import { insertArticle } from '../../server/src/features/insertArticle';
import { consolidate } from '../../server/src/features/consolidate';
import { foldScript } from '../../server/src/syntax/script';
import { completion } from '../../server/src/features/completion';
import { textContext } from '../../server/src/features/context';

function inserted(doc: string): Map<string, string> {
  const lines = doc.split('\n');
  const list = completion(textContext(doc), { line: lines.length - 1, character: lines[lines.length - 1].length }, { now: new Date(2024, 5, 15) });
  return new Map(list.items.map((i: CompletionItem) => [String(i.label), (i.textEdit as TextEdit).newText]));
}

// A memorandum titled 谅解备忘录 that calls itself 本备忘录 (as most do): completion offered 本谅解备忘录, a word the text never writes.
const MEMO = '# 中华人民共和国商务部和甲国经济部关于经济合作的谅解备忘录\n\n一、双方在本备忘录框架下开展合作。\n\n二、本备忘录自签字之日起生效。\n\n';

test('the self-reference completion writes is the one the text writes most; the kind\'s where it writes none', () => {
  const typed = inserted(`${MEMO}本`);
  assert.equal(typed.get('本备忘录'), '本备忘录');
  assert.equal(typed.has('本谅解备忘录'), false);
  assert.equal(inserted(`${MEMO}签署`).get('签署条款'), '本备忘录于${1:2024}年${2:6}月${3:15}日在${4:北京}签署，一式两份，每份均用中文和${6:……}文写成，两种文本同等作准。\n$0');
  // A text writing no self-reference: the title's kind.
  const bare = '# 中华人民共和国商务部和甲国经济部关于经济合作的谅解备忘录\n\n一、双方开展合作。\n\n本';
  assert.equal(inserted(bare).get('本谅解备忘录'), '本谅解备忘录');
  // One that writes both: the more used (本谅解备忘录 twice, 本备忘录 once).
  const both = '# 甲国和乙国关于合作的谅解备忘录\n\n一、本谅解备忘录适用于合作。\n\n二、本谅解备忘录自签字之日起生效。\n\n三、本备忘录可以修改。\n\n本';
  assert.equal(inserted(both).has('本谅解备忘录'), true);
  assert.equal(inserted(both).has('本备忘录'), false);
});

// A reference in Arabic numerals to an article the text lacks (`第9條` in a text of 第1條, 第2條): the hover said 本文件没有第9條,
// the reference's own words back; a drafter wants what there is.
test('hover on a reference to a missing article: named as written, with how many articles there are, the first and the last', () => {
  const value = (text: string, find: string) => ((hover(textContext(text), text.indexOf(find) + 1) as Hover).contents as MarkupContent).value;
  const arabic = '# 中華人民共和國政府和日本國政府文化交流協定\n\n## 第1條\n\n雙方開展合作。\n\n## 第2條\n\n依照本協定第9條進行。\n';
  assert.equal(value(arabic, '第9條'), '本協定没有第9條（共2條：第1條至第2條）');
  const simplified = '# 甲国和乙国合作协定\n\n## 第一条\n\n双方合作。\n\n## 第二条\n\n依照本协定第9条进行。\n';
  assert.equal(value(simplified, '第9条'), '本协定没有第9条（共2条：第一条至第二条）');
  // A text of no kind: 本文件.
  const plain = '## 第一条\n\n双方合作。\n\n## 第二条\n\n依照第十条进行。\n';
  assert.equal(value(plain, '第十条'), '本文件没有第十条（共2条：第一条至第二条）');
});

// The kind of instrument a message names, as the title writes it: a text titled …協定 was told 本协定没有生效条款.
test('messages name the kind as the title writes it: 本協定 in a traditional text, 本协定 in a simplified one', () => {
  const finals = (text: string) => diagnostics(textContext(text)).filter((d) => String(d.code).startsWith('final.')).map((d) => d.message);
  const hant = '# 中華人民共和國政府和日本國政府文化交流協定\n\n## 第一條\n\n雙方開展合作。\n';
  assert.deepEqual(finals(hant), ['本協定没有生效条款', '本協定没有有效期或终止条款', '本協定没有签署条款（日期、地点、份数、文字）']);
  assert.deepEqual(finals(foldScript(hant)), ['本协定没有生效条款', '本协定没有有效期或终止条款', '本协定没有签署条款（日期、地点、份数、文字）']);
});

// A text of 條/項/款 (Taiwan's laws): 第一條第三項 is paragraph 3, 第一條第二項第五款 an item; messages and hovers said 没有该款
// of the paragraph and 没有该项 of the item.
test('a text of 條/項/款 is told of its paragraphs as 項 and its items as 款; a text of 条/款/项 as before', () => {
  const tw = '# 甲地區與乙地區關係條例\n\n## 第一條\n\n本條例適用於甲地區。\n\n機構應依下列規定登記：\n\n一、名稱。\n\n二、地址。\n\n## 第二條\n\n依第一條第三項登記之名稱，不得變更。依第一條第二項第五款辦理。\n';
  const refs = (text: string) => diagnostics(textContext(text)).filter((d) => String(d.code).startsWith('ref.')).map((d) => `${d.code} ${d.message}`);
  assert.deepEqual(refs(tw), ['ref.no-such-paragraph 第一條没有该項（共2項）', 'ref.no-such-item 第一條没有该款']);
  const value = (text: string, find: string) => ((hover(textContext(text), text.indexOf(find) + 1) as Hover).contents as MarkupContent).value;
  assert.equal(value(tw, '第一條第三項'), '第一條没有该項');
  assert.equal(value(tw, '第一條第二項第五款'), '第一條没有该款');
  const cn = '# 甲国和乙国合作协定\n\n## 第一条\n\n双方合作。\n\n双方交换信息。\n\n## 第二条\n\n依照第一条第三款进行。\n';
  assert.deepEqual(refs(cn), ['ref.no-such-paragraph 第一条没有该款（共2款）']);
  assert.equal(value(cn, '第一条第三款'), '第一条没有该款');
});

// Articles whose labels a width broke over two lines (飞行基本规则 cut at 12 and 30: `…安全间隔。 第三` / `条 未配备…`, `第` /
// `四条 当天…`, syntax/lines.ts brokenLabel) are not read: renumbering refuses (unseenWraps). Inserting an article before them,
// or consolidating a clause about them, left their numbers wrong (or said 没有第四条): both refuse with renumbering's message.
const FLIGHT_RUN =
  '飞行基本规则\n\n第一条 为了维护国家领空主权，规范境内飞行活动，制定本规则。\n\n第二条 在靠近航路的航线上飞行时，应当与航路的边界保持规定的安全间隔。 第三\n' +
  '条 未配备复杂气象飞行设备的航空器，在安全高度以上进行目视飞行。 第\n四条 当天气情况不低于机长飞行的最低气象条件时，机长方可进行目视飞行。 第五条 航\n' +
  '空器沿航路和固定航线飞行，应当报告预计通过的时间和高度。\n\n第六条 本规则自发布之日起施行。\n';
const BROKEN_3 = '第三条的条号被换行拆在两行（“第三 / 条”），未读作一条：请先把条号接回一行';
const BROKEN_4 = '第四条的条号被换行拆在两行（“第 / 四条”），未读作一条：请先把条号接回一行';

test('insert-article and consolidation refuse near an article whose label a width broke, as renumbering does; elsewhere as before', () => {
  const ctx = textContext(FLIGHT_RUN);
  const at = (s: string) => FLIGHT_RUN.indexOf(s) + 1;
  assert.deepEqual(insertArticle(ctx, at('第一条'), 'renumber').result, { applied: false, edits: 0, name: '第二条', message: BROKEN_3 });
  // After the broken ones: inserted, the articles after it moved.
  const after = insertArticle(ctx, at('第五条'), 'renumber');
  assert.equal(after.result.message, undefined);
  assert.deepEqual(Object.values(after.edit!.changes!)[0].map((e) => e.newText), ['\n\n第六条\n', '七']);
  // A 之一 article moves nothing: inserted.
  assert.equal(insertArticle(ctx, at('第一条'), 'sub').result.name, '第一条之一');
  const decision = (clause: string) => `关于修改飞行基本规则的决定\n\n一、${clause}\n\n本决定自公布之日起施行。\n`;
  const problems = (clause: string) => consolidate(FLIGHT_RUN, decision(clause)).problems.map((p) => `${p.code} ${p.message}`);
  assert.deepEqual(problems('第四条修改为：“第四条 天气好时可以目视飞行。”'), [`amend.broken-label ${BROKEN_4}`]);
  assert.deepEqual(problems('增加一条，作为第三条：“第三条 飞行应当安全。”'), [`amend.broken-label ${BROKEN_3}`]);
  // A clause about an article read, inserting nothing: applied.
  assert.deepEqual(problems('第六条修改为：“第六条 本规则自公布之日起施行。”'), []);
  assert.ok(consolidate(FLIGHT_RUN, decision('第六条修改为：“第六条 本规则自公布之日起施行。”')).text.includes('第六条 本规则自公布之日起施行。'));
});

// 缔约方 defined, then written with the party it names — 締約雙方根據…, 締約一方… (agreement_mo_pt_legal_judicial_assistance_2001_bo_hant.md,
// agreement_mo_nl_investment_2008_hant.md): the term is used; the hint said “締約方”定义后未使用.
test('a party term 缔约方 written as 缔约一方, 缔约双方 is used; written nowhere, unused', () => {
  const unused = (text: string) => diagnostics(textContext(text)).filter((d) => d.code === 'term.unused').map((d) => d.message);
  const text = '# 甲地區與乙國法律及司法協助協定\n\n甲地區與乙國（以下稱為“締約方”），達成協議如下：\n\n## 第一條\n\n締約雙方相互提供司法協助。\n\n## 第二條\n\n締約一方可以拒絕協助。\n';
  assert.deepEqual(unused(text), []);
  assert.deepEqual(unused(text.replace('締約雙方相互', '兩地相互').replace('締約一方可以', '任何一方可以')), ['“締約方”定义后未使用']);
});
