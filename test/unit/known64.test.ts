// Rules first read on real texts the corpus listed as known failures (session 64), as data: each a text a page or a
// converter gives, and what the model reads from it. (The real texts: test/fixtures/real/, docs/variants.md.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTreaty } from '../../server/src/model/treaty';
import { parse } from '../../server/src/syntax/parser';

// A site's heading that is a kind alone and words saying the page gives its text names no instrument: no title.
const KIND_TEXT_HEADINGS: [string, string, string | undefined][] = [
  ['a kind and 原文 (traditional)', '條約原文\n甲國和乙國議定如下:\n一、甲。\n二、乙。\n', undefined],
  ['a kind and 全文', '协定全文\n甲国和乙国议定如下:\n一、甲。\n二、乙。\n', undefined],
  ['a kind and 文本', '条约文本\n甲国和乙国议定如下:\n一、甲。\n二、乙。\n', undefined],
  ['a name before 原文 is a title (the words after it dropped)', '中英煙臺條約原文\n甲國和乙國議定如下:\n一、甲。\n二、乙。\n', '中英煙臺條約'],
];
for (const [name, text, want] of KIND_TEXT_HEADINGS) {
  test(`title: ${name}`, () => assert.equal(buildTreaty(text).title?.text, want));
}

test('points: a converter\'s 壹 for 一 opening the first point glued after the lead, the kind announced with the count of points', () => {
  const text = '條約原文\n壹八五八年五月二十八日。 兩國大臣在某城議定和約三條: 壹、某江左岸屬甲國。 二、兩國之人互相交易。 三、 兩國大臣畫押。\n';
  const t = buildTreaty(text);
  assert.deepEqual(t.articles.map((a) => a.name), ['一、', '二、', '三、']);
  assert.equal(t.kind, '和约');
  assert.equal(t.isTreaty, true);
});

test('points: 壹、 opening a line is point one; 壹 before another numeral is none', () => {
  assert.deepEqual(buildTreaty('議定條約如下:\n壹、甲。\n二、乙。\n').articles.map((a) => a.num), [1, 2]);
  assert.deepEqual(parse('議定條約如下:\n壹八五八年、甲。\n二、乙。\n').lines.map((l) => l.kind), ['text', 'text', 'para']);
});

const HEAD = '# 测试公约\n\n第一条\n\n甲。\n\n第二条\n\n本公约一经生效，即行登记。\n\n';

test('signing clause: a testimonium, then the clause cut by the page after its date (no place, no verb)', () => {
  const t = buildTreaty(HEAD + '为此，下列全权代表，各依本国正式授权，谨签署本公约，以昭信守。\n本公约于二00五年十月二十八日在中华人\n');
  assert.deepEqual([t.signing?.date?.year, t.signing?.date?.month, t.signing?.date?.day], [2005, 10, 28]);
  assert.equal(t.articles[1].paragraphs.length, 1);
});

test('signing clause: a dated line under a testimonium that ends its sentence with no signing verb is no clause', () => {
  const t = buildTreaty(HEAD + '为此，下列全权代表，各依本国正式授权，谨签署本公约，以昭信守。\n本公约于二00五年十月二十八日起适用。\n');
  assert.equal(t.signing, undefined);
});

test('signing clause: a Qing closing — the seal and the copies by language ending the paragraph, the signatories, two dates', () => {
  const text = '某某專條\n\n今議定，甲國將某地租與乙國。此約應自畫押之日起，開辦施行。為此，兩國大臣，將此專條畫押蓋印，以昭信守。此專條，在中國京城繕立漢文四分，英文四分，共八分。\n大清國總理各國事務衙門大臣甲\n大英國欽差大臣乙\n光緒二十四年五月十三日\n西曆一千八百九十八年七月一日\n';
  const sg = buildTreaty(text).signing;
  assert.ok(sg, 'a signing clause');
  assert.deepEqual([sg.date?.year, sg.date?.month, sg.date?.day, sg.copies], [1898, 7, 1, 8]);
  assert.deepEqual(sg.languages, ['漢文', '英文']);
  assert.ok(sg.text.startsWith('為此'), sg.text);
});

test('signing clause: in such a closing the signatories are the clause\'s, and a note after the dates is no signature', () => {
  const text = '某某專條\n\n今議定，甲國將某地租與乙國。為此，兩國大臣，將此專條畫押蓋印，以昭信守。此專條，在中國京城繕立漢文四分，英文四分，共八分。\n大清國總理各國事務衙門大臣甲\n大英國欽差大臣乙\n光緒二十四年五月十三日\n西曆一千八百九十八年七月一日\n附註\n本專條於一八九八年十月五日在倫敦交換批准。\n';
  const t = buildTreaty(text);
  assert.equal(t.signatures, undefined);
  assert.ok(t.signing?.text.includes('大英國欽差大臣乙'));
});

const UNDERTAKING = '# 测试公约\n\n第一条\n\n1. 甲。\n\n2. 乙。\n\n第二条\n\n';
test('paragraphs: numbered lines after a lead undertaking (承担：) are its items, each ending with 。', () => {
  const a = buildTreaty(UNDERTAKING + '本公约缔约国承担：\n1. 通过教育限制文化财产的移动。\n2. 努力使公众认识文化财产的价值。\n').articles[1];
  assert.deepEqual(a.paragraphs.map((p) => p.items.length), [2]);
});
test('paragraphs: numbered lines after another lead stay paragraphs where the text numbers paragraphs so', () => {
  const a = buildTreaty(UNDERTAKING + '本公约缔约国应遵守下列规定：\n1. 通过教育限制文化财产的移动。\n2. 努力使公众认识文化财产的价值。\n').articles[1];
  assert.equal(a.paragraphs.length, 2);
});
