// model/definitions.ts `bracketsStateName`: whether a text holds a bracket of a state's name alone (`（中国）`, `(美国)`), asked
// before the parties' short names are read from its runs (`stateShortNames`); each full-width and each half-width bracket
// found by indexOf, the pattern tried only where a state's name may begin after it. Data: a real side letter writing the
// brackets half-width (test/fixtures/real/notes_us_sg_tpp_textiles_2016_qbook.md, its page in the README there); expected
// terms read off its first paragraph: 美国 for 美利坚合众国政府; `新加坡政府(新加坡)` the same name again, no term.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { buildTreaty } from '../../server/src/model/treaty';

const FIXTURE = path.resolve(__dirname, '../../../test/fixtures/real/notes_us_sg_tpp_textiles_2016_qbook.md');

test('state brackets: a party\'s short name in a half-width bracket after its name is a term', () => {
  const terms = buildTreaty(fs.readFileSync(FIXTURE, 'utf8')).definitions.map((d) => [d.term, d.meaning]);
  assert.deepEqual(terms.filter(([t]) => t === '美国' || t === '新加坡'), [['美国', '美利坚合众国政府']]);
});

test('state brackets: full-width and half-width, a bracket of other words before them', () => {
  // (The first paragraph's words, its brackets made full-width, then mixed: a bracket of no state's name first, `(纺织品)`.)
  const head = '美国与新加坡换文(纺织品)\n\n我很荣幸地提及';
  const body = '代表在谈判中进行的讨论。\n';
  const termsOf = (parties: string) => buildTreaty(head + parties + body).definitions.map((d) => [d.term, d.meaning]);
  assert.deepEqual(termsOf('美利坚合众国政府（美国）代表和新加坡政府（新加坡）'), [['美国', '美利坚合众国政府']]);
  assert.deepEqual(termsOf('新加坡政府(新加坡)代表和美利坚合众国政府（美国）'), [['美国', '美利坚合众国政府']]);
  assert.deepEqual(termsOf('新加坡政府（新加坡）代表和美利坚合众国政府(美国)'), [['美国', '美利坚合众国政府']]);
});
