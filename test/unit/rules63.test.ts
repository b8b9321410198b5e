// Rules of session 63 (s63features) about how Chinese treaty texts are numbered, each on a fixture string with what a careful
// reader reads in it (written by reading, not by running the server).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textContext } from '../../server/src/features/context';
import { diagnostics } from '../../server/src/features/diagnostics';

const read = (source: string) => textContext(source).treaty;
const codes = (source: string) => diagnostics(textContext(source)).filter((d) => d.severity === 1 || d.severity === 2).map((d) => d.code);

/**
 * A joint statement of one numbered section: its lead announces what follows (声明如下：), one `一、`, then its signing clause —
 * the whole text (its last line a sentence: no copy cut short, parser.ts lonePointCut).
 */
const ONE_SECTION = `# 中华人民共和国和甲国联合声明

应甲国总统邀请，中华人民共和国主席于2020年5月1日至3日对甲国进行国事访问。双方声明如下：

一、双方一致认为，两国高层交往在扩大两国全面合作方面发挥了重要作用。

双方将继续保持和加强这种交往，就共同关心的问题深入交换意见。

本声明于2020年5月3日在甲城签署，一式两份，每份均用中文和甲文写成，两种文本同等作准。
`;
/** The same, signed: the names of the signatories under it. */
const SIGNED = `${ONE_SECTION}
中华人民共和国主席　　　　甲国总统
`;

// [what, the text, the points a reader reads in it]
const LONE_POINT: Array<[string, string, string[]]> = [
  ['a joint statement of one numbered section, its lead announcing it (声明如下：): the point 一、', ONE_SECTION, ['一、']],
  ['the lead\'s `达成如下共识：`, half-width colon', ONE_SECTION.replace('双方声明如下：', '双方达成如下共识:'), ['一、']],
  ['the lead\'s `宣布：`', ONE_SECTION.replace('双方声明如下：', '两国元首宣布：'), ['一、']],
  ['in traditional script (read folded)', ONE_SECTION.replace('双方声明如下：', '雙方聲明如下：'), ['一、']],
  ['no lead announcing it (a sentence ends the line before): a letter\'s lone numbered paragraph, no point', ONE_SECTION.replace('双方声明如下：', '双方发表联合声明。'), []],
  ['a report printing the text below (全文如下：): no point of this text', ONE_SECTION.replace('双方声明如下：', '联合声明全文如下：'), []],
  ['an amendment\'s new text below (修改如下：): no point', ONE_SECTION.replace('双方声明如下：', '双方同意将第二段修改如下：'), []],
  ['a point numbered 二、 alone under the lead: no first point, none', ONE_SECTION.replace('一、双方', '二、双方'), []],
  ['a label alone with no words on its line: none', ONE_SECTION.replace('一、双方一致认为', '一、\n\n双方一致认为'), []],
];

for (const [what, text, points] of LONE_POINT) {
  test(`known 63: a lone 一、 — ${what}`, () => {
    assert.deepEqual(read(text).articles.map((a) => a.name), points);
  });
}

test('known 63: the joint statement of one numbered section, signed or not, gets no error or warning; its point holds the paragraphs under it', () => {
  assert.deepEqual(codes(ONE_SECTION), []);
  assert.deepEqual(codes(SIGNED), []);
  assert.deepEqual(read(SIGNED).articles.map((a) => a.name), ['一、']);
  const [point] = read(ONE_SECTION).articles;
  assert.equal(point.paragraphs.length, 2);
});

test('known 63: a lone 一、 under a note\'s `…协议如下:` whose words are no sentence (a caption over the closing courtesy) stays a paragraph\'s', () => {
  const note = '关于互免签证的换文\n\n阁下:\n\n我谨代表本国政府确认双方达成的协议如下:\n\n一、双方公民互免签证\n\n顺致崇高的敬意。\n';
  assert.deepEqual(read(note).articles.map((a) => a.name), []);
  assert.deepEqual(read(note.replace('一、双方公民互免签证', '一、双方公民互免签证。')).articles.map((a) => a.name), ['一、']);
});
