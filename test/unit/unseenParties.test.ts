// Bilateral treaties often name each party once with its short name in a bare bracket, no 以下简称 and no quotation marks
// (`美利坚合众国政府(美国)和中华人民共和国政府（中国）`, as the 1979 China–US agreements and many since write them), and call
// the party by that name in the articles. The name is a defined term like any other: found by rename and hover, its uses
// counted. The rule is the state table's (syntax/words.ts STATES): the bracket holds another name of the state the words
// right before it name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textContext } from '../../server/src/features/context';
import { diagnostics } from '../../server/src/features/diagnostics';

const terms = (source: string) => Object.fromEntries(textContext(source).treaty.definitions.map((d) => [d.term, d.meaning]));
const codes = (source: string) => diagnostics(textContext(source)).filter((d) => d.severity! <= 2).map((d) => d.code);

const US_CN = (parties: string) =>
  `中华人民共和国政府和美利坚合众国政府科学技术合作协定\n\n${parties}，\n\n本着平等互利的原则，达成协议如下：\n\n第一条 美国和中国应当在科学技术领域开展合作。\n\n第二条 本协定自签字之日起生效，有效期五年。\n\n本协定于一九七九年一月三十一日在华盛顿签订，一式两份，每份都用中文和英文写成，两种文本同等作准。\n`;

test('parties: a state\'s short name in a bare bracket after its name, with 政府 or not, is a defined term', () => {
  assert.deepEqual(terms(US_CN('美利坚合众国政府(美国)和中华人民共和国政府（中国）')), { 美国: '美利坚合众国政府', 中国: '中华人民共和国政府' });
  assert.deepEqual(terms(US_CN('美利坚合众国（美国）与中华人民共和国（中国）')), { 美国: '美利坚合众国', 中国: '中华人民共和国' });
  // With 以下简称 after them, the parties' names are read as well.
  assert.deepEqual(terms(US_CN('美利坚合众国政府(美国)和中华人民共和国政府（中国）（以下简称“双方”）')), { 美国: '美利坚合众国政府', 中国: '中华人民共和国政府', 双方: '美利坚合众国政府(美国)和中华人民共和国政府（中国）' });
  assert.deepEqual(codes(US_CN('美利坚合众国政府(美国)和中华人民共和国政府（中国）')), []);
});

test('parties: a bracket naming another state, the same name again, or no state, defines nothing', () => {
  // Another state than the words before it name.
  assert.deepEqual(terms(US_CN('美利坚合众国政府(中国)和中华人民共和国政府')), {});
  // The same name again, and a place that is no state's name before the bracket.
  assert.deepEqual(terms(US_CN('美国(美国)和香港特别行政区(中国)')), {});
  // A longer name in the bracket than before it: a gloss of the name, not a short name for it.
  assert.deepEqual(terms(US_CN('美国(美利坚合众国)和中国（中华人民共和国）')), {});
  // Words that are no state's name in the bracket (a status, a party's side).
  assert.deepEqual(terms(US_CN('美利坚合众国政府(草案)和中华人民共和国政府（中方）')), {});
});
