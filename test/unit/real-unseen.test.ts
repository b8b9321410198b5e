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

test('unseen: a multilateral treaty\'s parties signing it themselves (缔约各方特此在条约上签字并盖章。) is its testimonium, no paragraph of the last article', () => {
  const text = real('treaty_asean_amity_1976_lygzb_p3.md');
  const t = buildTreaty(text);
  assert.equal(article(t, '第二十条').paragraphs.length, 1);
  assert.ok(t.signing, 'signing clause read');
  assert.equal(t.signing.start, text.indexOf('缔约各方特此'));
  const short = buildTreaty('# 测试条约\n\n第一条　本条约自签字之日起生效。\n\n第二条　本条约用中文写成。\n\n缔约各方特此在本条约上签字。\n\n二〇〇〇年一月一日订于北京\n');
  assert.equal(article(short, '第二条').paragraphs.length, 1);
  assert.equal(short.signing?.place, '北京');
});

test('unseen: a date-place line written with its verb (…日订于巴厘, no full stop) ends at the line: the next instrument\'s title under it is no part of the place', () => {
  const t = buildTreaty(real('treaty_asean_amity_1976_lygzb_p3.md'));
  assert.deepEqual([t.signing?.date?.year, t.signing?.date?.month, t.signing?.date?.day, t.signing?.place], [1976, 2, 24, '巴厘']);
  const short = buildTreaty('# 测试条约\n\n第一条　甲。\n\n第二条　乙。\n\n一九七六年二月二十四日订于巴厘\n测试条约修改议定书\n兹同意如下：\n第一条　丙。\n');
  assert.equal(short.signing?.place, '巴厘');
});

test('unseen: another instrument\'s title after the signing clause (…修改议定书(中译本)), its preamble before its own 第一条, heads the annex its articles are listed under', () => {
  const t = buildTreaty(real('treaty_asean_amity_1976_lygzb_p3.md'));
  assert.deepEqual(t.articles.map((a) => a.name), ['第十九条', '第二十条']);
  const annex = documentSymbols(textContext(t.text)).find((s) => s.name.startsWith('东南亚友好合作条约修改议定书'));
  assert.ok(annex, 'the protocol\'s title heads a section');
  assert.deepEqual(annex.children?.map((s) => s.name), ['第一条', '第二条', '第三条']);
});

test('unseen: a wiki\'s edit link glued to a chapter\'s caption (第一章 宗旨和原則[編輯]) is no part of it', () => {
  const t = buildTreaty(real('treaty_asean_amity_1976_wikisource_hant.md'));
  assert.deepEqual(t.chapters.map((c) => c.caption), ['宗旨和原則', '友好', '合作']);
  const short = buildTreaty('# 测试条约\n\n第一章 总则[编辑]\n\n第一条　甲。\n');
  assert.deepEqual(short.chapters.map((c) => c.caption), ['总则']);
});

test('unseen: a gazette\'s order publishing an instrument, its heading naming no kind (第33/83號政府命令): the title line below that it names in 《》 is the title', () => {
  const t = buildTreaty(real('convention_hcch_child_abduction_1980_bo_mo_hant.md'));
  assert.equal(t.title?.text, '國際性誘拐兒童民事方面的公約');
  const short = buildTreaty('第1/2000號政府命令\n\n獨一條\n\n通過《測試公約》；該公約之文本附於本命令。\n\n測試公約\n\n本公約締約國，議定下列條款：\n\n第一條\n\n本公約的目的是合作。\n');
  assert.equal(short.title?.text, '測試公約');
  // A line citing another instrument names no title below it that is not the same instrument.
  const other = buildTreaty('第1/2000號政府命令\n\n通過《其他公約》。\n\n測試公約\n\n本公約締約國，議定下列條款：\n\n第一條\n\n本公約的目的是合作。\n');
  assert.notEqual(other.title?.text, '測試公約');
});
