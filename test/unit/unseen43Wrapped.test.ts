// A date-place line a PDF's width broke (test/unit/pasted.test.ts's property drew the 1983 state succession convention's last
// page, test/fixtures/real/convention_succession_state_property_1983_fsou_p8.md, wrapped at 15), as data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textContext } from '../../server/src/features/context';

// A date-place line a PDF's width broke inside the place, the full stop after it on the next line (`一千九百八十三年四月八日订于维`
// / `也纳。`): the clause is both lines, the place whole — as the line unbroken reads it.
test('a date-place line broken inside its place, its full stop on the next line: the place whole', () => {
  const text = '某公约\n\n第一条 本公约须经批准。\n\n为此,下列全权代表,经各自政府正式授权,在本公约上签字,以资证明。\n一千九百八十三年四月八日订于维也纳。\n';
  const broken = text.replace('订于维也纳。', '订于维\n也纳。');
  for (const t of [textContext(text).treaty, textContext(broken).treaty]) assert.deepEqual([t.signing?.date?.year, t.signing?.place], [1983, '维也纳']);
});
// Not: a line wrapped after 签订的, the next line naming the instrument signed then (`…于` / `一九八四年九月七日在北京签订的` /
// `民用航空运输协定。`): no date-place line; the agreement's own clause below is the signing.
test('a line wrapped after 签订的 over the instrument it names: no date-place line', () => {
  const t = textContext('某协定\n\n第一条 本协定一旦生效，应取代双方于\n一九八四年九月七日在北京签订的\n民用航空运输协定。\n\n本协定于二○○四年三月二十三日在堪培拉签订，共两份。\n').treaty;
  assert.deepEqual([t.signing?.date?.year, t.signing?.place], [2004, '堪培拉']);
});
