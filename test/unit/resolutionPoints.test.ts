// A resolution whose operative paragraphs open at 2. — a draft that lost its first point — is still read by its
// points (before, a run opening at 2 was read as no points at all: an empty outline, no check), and numbering.gap
// names the point missing (缺少1.). Only where the text says it is a resolution (its organ alone on a line,
// `安全理事会，`, or a title ending with 决议) and the line before 2. is no lead-in ending with a colon: a law's list,
// a bill's sections opening at 2. or 3., an excerpt, stay what they were. Expected readings written from the texts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTreaty } from '../../server/src/model/treaty';
import { diagnostics } from '../../server/src/features/diagnostics';
import { textContext } from '../../server/src/features/context';

const TITLE = '# 安全理事会第1518（2003）号决议\n\n';
const ORGAN = '安全理事会，\n\n';
const PREAMBLE = '回顾其以前所有有关决议，\n\n';
const POINTS = '2. 决定设立一个委员会；\n\n3. 决定不断审议该委员会的任务；\n\n4. 决定继续处理此案。\n';

const CASES: [label: string, text: string, points: string[], gaps: string[]][] = [
  ['title, organ and preamble, points from 2.', TITLE + ORGAN + PREAMBLE + POINTS, ['2.', '3.', '4.'], ['缺少1.']],
  ['the organ alone says it (no title)', ORGAN + PREAMBLE + POINTS, ['2.', '3.', '4.'], ['缺少1.']],
  ['the title alone says it (no organ line)', TITLE + PREAMBLE + POINTS, ['2.', '3.', '4.'], ['缺少1.']],
  ['the General Assembly, traditional title', '# 大會第60/1號決議\n\n大会，\n\n' + PREAMBLE + POINTS, ['2.', '3.', '4.'], ['缺少1.']],
  ['from 1., as before', TITLE + ORGAN + PREAMBLE + '1. 决定设立一个委员会；\n\n' + POINTS, ['1.', '2.', '3.', '4.'], []],
  // No points.
  ['a list opening at 2. under a lead-in ending with a colon', TITLE + ORGAN + '决定如下：\n\n' + POINTS, [], []],
  ['no resolution named: a page opening at 2.', '# 工作报告\n\n' + PREAMBLE + POINTS, [], []],
  ['a resolution opening at 3.', TITLE + ORGAN + PREAMBLE + '3. 决定设立一个委员会；\n\n4. 决定继续处理此案。\n', [], []],
];

for (const [label, text, points, gaps] of CASES) {
  test(`resolution points: ${label}`, () => {
    const t = buildTreaty(text);
    assert.deepEqual(t.articles.map((a) => a.name), points);
    assert.deepEqual(diagnostics(textContext(text)).filter((d) => d.code === 'numbering.gap').map((d) => d.message), gaps);
  });
}
