// Session 42's drafter's review of the features: what session 41's review left, each case a text and what a drafter
// expects, written by reading the features and the texts (never by running the server).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CompletionItem, DocumentSymbol, TextEdit } from 'vscode-languageserver-types';
import { completion } from '../../server/src/features/completion';
import { NAMES_TRADITIONAL } from '../../server/src/features/clausesTraditional';
import { documentSymbols } from '../../server/src/features/documentSymbols';
import { foldingRanges } from '../../server/src/features/foldingRanges';
import { textContext } from '../../server/src/features/context';
import { foldScript } from '../../server/src/syntax/script';

function inserted(doc: string): Map<string, string> {
  const lines = doc.split('\n');
  const list = completion(textContext(doc), { line: lines.length - 1, character: lines[lines.length - 1].length }, { now: new Date(2024, 5, 15) });
  return new Map(list.items.map((i: CompletionItem) => [String(i.label), (i.textEdit as TextEdit).newText]));
}

// 1a. A capital or a language completion takes from the lexicon (simplified) is written as a traditional text writes names.
const MONGOLIA = '# 中華人民共和國政府和蒙古國政府關於邊境口岸的協定\n\n中華人民共和國政府和蒙古國政府（以下簡稱“雙方”）達成協議如下：\n\n## 第一條\n\n雙方開展合作。\n\n';
const KOREA = '# 中華人民共和國政府和大韓民國政府關於海運的協定\n\n中華人民共和國政府和大韓民國政府（以下簡稱“雙方”）達成協議如下：\n\n## 第一條\n\n雙方開展合作。\n\n';

test('a traditional text is offered its parties\' capitals and languages, and the count of two texts, in traditional characters', () => {
  assert.equal(inserted(`${MONGOLIA}签署`).get('签署条款'),
    '本協定於${1:2024}年${2:6}月${3:15}日在${4|北京,烏蘭巴托|}簽署，一式兩份，每份均用${6|中文和蒙文寫成，兩種文本,中文、蒙文和俄文寫成，三種文本,中文和俄文寫成，兩種文本,中文、蒙文和英文寫成，三種文本|}同等作準。\n$0');
  const korea = inserted(`${KOREA}签署`).get('签署条款')!;
  assert.ok(korea.includes('${4|北京,首爾|}'), korea);
  assert.ok(korea.includes('${6|中文和韓文寫成，兩種文本,中文、韓文和俄文寫成，三種文本,'), korea);
  // The same texts in simplified characters: the lexicon's names as they are.
  assert.ok(inserted(`${foldScript(MONGOLIA)}签署`).get('签署条款')!.includes('${4|北京,乌兰巴托|}签署，一式两份，每份均用${6|中文和蒙文写成，两种文本,'));
  // Every name's traditional form is the name read as simplified.
  for (const [s, t] of Object.entries(NAMES_TRADITIONAL)) assert.equal(foldScript(t), s);
});

// 1b. A multilateral convention naming no two parties: its 缔约国 are many (各缔约国, 任何缔约国), never two.
const CONVENTION = '# 关于某事项的公约\n\n本公约缔约国，\n\n认识到合作的重要性，\n\n兹协议如下：\n\n## 第一条\n\n各缔约国应采取必要措施。\n\n## 第二条\n\n任何缔约国均可提出修正案。\n\n';

test('a convention counting its parties as many is offered a multilateral instrument\'s final clauses: one original deposited, ratification and accession', () => {
  const c = inserted(`${CONVENTION}签`);
  assert.equal(c.get('签署条款'), '本公约于${1:2024}年${2:6}月${3:15}日在${4:北京}签订，正本一份，用${6|阿拉伯文、中文、英文、法文、俄文和西班牙文写成，六种文本,中文、英文、法文、俄文和西班牙文写成，五种文本,中文和英文写成，两种文本|}同等作准，交存${8|保存机关,联合国秘书长|}。\n$0');
  assert.equal(c.get('生效条款'), '## 第${1:三}条\n\n本公约${2|自第二十份批准书、接受书、核准书或加入书交存之日后第三十天起生效,需经缔约国批准，自保存机关收到最后一份批准书之日起生效|}。\n$0');
  assert.equal(c.get('批准和加入条款'), '## 第${1:三}条\n\n一、本公约开放供各国签署。\n\n二、本公约须经批准、接受或核准。批准书、接受书或核准书应交存${2|保存机关,联合国秘书长|}。\n\n三、本公约开放供任何国家加入。加入书应交存${2}。\n$0');
  assert.equal(c.get('争议解决条款'), '## 第${1:三}条\n\n缔约国在解释和执行本公约产生分歧时，将通过${2|磋商和谈判,协商和会谈,外交途径|}的方式解决。\n$0');
  // Its accession clause written: not offered again.
  assert.equal(inserted(`${CONVENTION}## 第三条\n\n本公约开放供任何国家加入。加入书应交存联合国秘书长。\n\n签`).has('批准和加入条款'), false);
  // A tax treaty's 缔约国 are two (缔约国一方): bilateral, though it writes 任何缔约国.
  const tax = inserted('# 关于对所得避免双重征税的协定\n\n## 第一条\n\n本协定适用于缔约国一方或者同时为缔约国双方居民的人。\n\n## 第二条\n\n任何缔约国均可通知。\n\n签');
  assert.equal(tax.get('签署条款'), '本协定于${1:2024}年${2:6}月${3:15}日在${4:北京}签署，一式${5:两}份，每份均用中文和${6:……}文写成，两种文本同等作准。\n$0');
  assert.equal(tax.has('批准和加入条款'), false);
});

// 1c. A heading with nothing under it in the tree, the articles after it its siblings: they stand under it.
const names = (s: DocumentSymbol[]): unknown[] => s.map((x) => (x.children ? [x.name, names(x.children)] : x.name));

test('the outline holds the articles under an unnumbered 附则 heading, and under a judicial interpretation\'s numbered headings', () => {
  const law = '# 中华人民共和国某某法\n\n## 第一编 总则\n\n### 第一章 任务\n\n第一条 为了规范某事，制定本法。\n\n第二条 本法适用于某事。\n\n## 附则\n\n第三条 本法自2025年1月1日起施行。\n\n第四条 本法由国务院负责解释。\n';
  assert.deepEqual(names(documentSymbols(textContext(law))), [['中华人民共和国某某法', [['第一编', [['第一章', ['第一条', '第二条']]]], ['附则', ['第三条', '第四条']]]]]);
  const rule = '# 最高人民法院关于审理某类案件若干问题的规定\n\n第一条 因某事引起的纠纷，由人民法院受理。\n\n## 二、证据\n\n第二条 当事人应当提供证据。\n\n第三条 证据应当在法庭上出示。\n\n## 三、附则\n\n第四条 本规定自公布之日起施行。\n';
  assert.deepEqual(names(documentSymbols(textContext(rule))), [['最高人民法院关于审理某类案件若干问题的规定', ['第一条', ['二、证据', ['第二条', '第三条']], ['三、附则', ['第四条']]]]]);
  const symbols = documentSymbols(textContext(law))[0].children!;
  // The heading's range runs to its last article's end.
  assert.deepEqual(symbols[1].range, { start: { line: 10, character: 0 }, end: { line: 14, character: 15 } });
  // And it folds them, as a chapter folds its own (lines 10 to 14); the articles fold each as before.
  const folds = foldingRanges(textContext(law)).map((r) => `${r.startLine}-${r.endLine}`);
  assert.ok(folds.includes('10-14'), folds.join(' '));
  assert.equal(foldingRanges(textContext(rule)).filter((r) => r.startLine === 4 || r.startLine === 10).map((r) => `${r.startLine}-${r.endLine}`).sort().join(' '), '10-12 4-8');
});
