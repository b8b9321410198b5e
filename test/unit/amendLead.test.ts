// Versions of an article whose paragraphs are numbered under a lead sentence (`第一条　双方同意下列事项：` over `一、…`
// `二、…`, or the sentence on a line of its own under the heading): the lead is the article's text, no paragraph of it.
// Before, it was compared as nothing — a changed lead gave `两个文本的条文相同` and an empty amendment. For each shape:
// the two versions, the comparison, the protocol's clauses written by hand by reading the two texts, and the round trip
// (the amendment applied to the old text gives the new one, byte for byte).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareVersions } from '../../server/src/features/compare';
import { amendmentClauses, amendmentText } from '../../server/src/features/amend';
import { consolidate } from '../../server/src/features/consolidate';
import { changes } from '../support/versions';

/** The lead on the heading's line. */
const ON_HEADING = `# 甲国和乙国文化合作协定

第一条　双方同意下列事项：

一、交换信息；

二、互派专家。

第二条　本协定自签字之日起生效。
`;

/** The lead on a line of its own under the heading. */
const UNDER_HEADING = ON_HEADING.replace('第一条　双方同意', '第一条\n\n双方同意');

/** A caption on a line of its own, then the lead: the caption is none of the lead (captions are not compared). */
const CAPTIONED = `# 甲国和乙国投资协定

第一条
定义
本协定内：
一、“投资”一词系指各种财产；
二、“投资者”一词系指缔约一方的国民。

第二条　本协定自签字之日起生效。
`;

const SHAPES: [string, string, string, string[], string[]][] = [
  ['the lead under a caption changed: the caption kept where it stands',
    CAPTIONED, CAPTIONED.replace('本协定内：', '在本协定内：'),
    ['~第一条', '=第二条'],
    ['将原协定第一条修改为：“在本协定内：\n\n“一、‘投资’一词系指各种财产；\n\n“二、‘投资者’一词系指缔约一方的国民。”']],
  ['the lead on the heading line changed, the paragraphs not',
    ON_HEADING, ON_HEADING.replace('下列事项', '下列各项'),
    ['~第一条', '=第二条'],
    ['将原协定第一条修改为：“双方同意下列各项：\n\n“一、交换信息；\n\n“二、互派专家。”']],
  ['the lead on its own line changed, and a paragraph',
    UNDER_HEADING, UNDER_HEADING.replace('下列事项', '下列各项').replace('互派专家', '互派专家和学者'),
    ['~第一条', '=第二条'],
    ['将原协定第一条修改为：“双方同意下列各项：\n\n“一、交换信息；\n\n“二、互派专家和学者。”']],
  ['a paragraph changed under a lead that did not: the words in the article',
    ON_HEADING, ON_HEADING.replace('互派专家', '互派学者'),
    ['~第一条', '=第二条'],
    ['将原协定第一条中的“专家”修改为“学者”']],
  ['words the lead shares with a paragraph: named in the paragraph, not in the article',
    ON_HEADING.replace('下列事项', '交换下列信息'), ON_HEADING.replace('下列事项', '交换下列信息').replace('交换信息', '交流信息'),
    ['~第一条', '=第二条'],
    ['将原协定第一条第一款中的“交换”修改为“交流”']],
  // The lead taken out: the quotation opens with the first paragraph's label, and the base's lead goes (it stayed before).
  ['the lead on the heading line taken out',
    ON_HEADING, ON_HEADING.replace('第一条　双方同意下列事项：\n\n一、', '第一条\n\n一、'),
    ['~第一条', '=第二条'],
    ['将原协定第一条修改为：“一、交换信息；\n\n“二、互派专家。”']],
  ['the lead on its own line taken out',
    UNDER_HEADING, UNDER_HEADING.replace('双方同意下列事项：\n\n', ''),
    ['~第一条', '=第二条'],
    ['将原协定第一条修改为：“一、交换信息；\n\n“二、互派专家。”']],
  ['the lead under a caption taken out: the caption kept',
    CAPTIONED, CAPTIONED.replace('本协定内：\n', ''),
    ['~第一条', '=第二条'],
    ['将原协定第一条修改为：“一、‘投资’一词系指各种财产；\n\n“二、‘投资者’一词系指缔约一方的国民。”']],
];

for (const [what, old, next, compared, clauses] of SHAPES) {
  test(`versions of an article with a lead: ${what}`, () => {
    assert.deepEqual(changes(old, next), compared, 'the comparison');
    const cmp = compareVersions(old, next);
    assert.deepEqual(amendmentClauses(cmp, '原协定').clauses, clauses, "the protocol's clauses");
    const amendment = amendmentText(cmp, { kind: 'protocol' });
    const back = consolidate(old, amendment);
    assert.deepEqual(back.problems, [], `no problem\n${amendment}`);
    assert.equal(back.text, next, `the new version\n${amendment}`);
  });
}
