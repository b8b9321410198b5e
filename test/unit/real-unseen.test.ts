// Rules found by reading real instruments of kinds the corpus had not held (test/fixtures/real/README.md:
// the Treaty of Amity and Cooperation in Southeast Asia and its amending protocol, the BRICS New Development
// Bank's agreement, …): each rule on its fixture as found, and on a short text of the same form.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { textContext } from '../../server/src/features/context';
import { buildTreaty, Treaty } from '../../server/src/model/treaty';
import { documentSymbols } from '../../server/src/features/documentSymbols';
import { ROOT } from '../support/fixture';

const real = (name: string) => fs.readFileSync(path.join(ROOT, 'test/fixtures/real', name), 'utf8');
const article = (t: Treaty, name: string) => {
  const a = t.articles.find((x) => x.name === name);
  assert.ok(a, `${name} read`);
  return a;
};
const itemNumbers = (t: Treaty, name: string) => article(t, name).paragraphs.map((p) => p.items.map((i) => i.num));

test('unseen: items numbered by a roman numeral\'s one character ((ⅰ) … (ⅴ), U+2170 on) are items of the lead, numbered 1, 2, …', () => {
  const t = buildTreaty(real('agreement_ndb_2014_wikisource_hant.md'));
  assert.deepEqual(itemNumbers(t, '第三条'), [[1, 2, 3, 4, 5]]);
  const short = buildTreaty('# 测试协定\n\n第一条　职能\n\n银行有权行使下列职能：\n\n(ⅰ)提供贷款；\n\n(ⅱ)开展合作；\n\n(ⅲ)提供技术援助。\n\n第二条　本协定自签字之日起生效。\n');
  assert.deepEqual(itemNumbers(short, '第一条'), [[1, 2, 3]]);
  // Under a bracketed (一), they are its sub-items, as (i) (ii) are.
  const sub = buildTreaty('# 测试协定\n\n第一条　双方同意：\n\n（一）合作：\n\n(ⅰ)交流；\n\n(ⅱ)协商；\n\n（二）协调。\n\n第二条　本协定自签字之日起生效。\n');
  const items = article(sub, '第一条').paragraphs[0].items;
  assert.deepEqual(items.map((i) => [i.num, i.items.map((s) => s.num)]), [[1, [1, 2]], [2, []]]);
});
