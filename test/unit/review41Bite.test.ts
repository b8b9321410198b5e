// Session 41's drafter's review of the features: what session 40's review found and left, each case a text and what a
// drafter expects, written by reading the features and the texts (never by running the server).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CompletionItem, TextEdit } from 'vscode-languageserver-types';
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
