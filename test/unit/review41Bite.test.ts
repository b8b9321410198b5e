// Session 41's drafter's review of the features: what session 40's review found and left, each case a text and what a
// drafter expects, written by reading the features and the texts (never by running the server).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CompletionItem, Hover, MarkupContent, TextEdit } from 'vscode-languageserver-types';
import { hover } from '../../server/src/features/hover';
import { diagnostics } from '../../server/src/features/diagnostics';
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
