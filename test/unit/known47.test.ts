// Known failures and open readings of the real corpus (test/fixtures/real, known-failures.json, docs/variants.md) read by
// rules in session 47. Each rule is about how Chinese treaty text is written or copied, shown on a fixture string with what a
// careful reader reads in it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textContext } from '../../server/src/features/context';
import { referencesOf } from '../../server/src/model/references';

const read = (source: string) => textContext(source).treaty;
/** The titles cited in 《》, as read. */
const cited = (source: string) => referencesOf(read(source)).flatMap((r) => (r.kind === 'citation' ? [r.citation.normalized] : []));

// The Convention on the Rights of the Child as a slide site extracts its PDF: a blank line after every printed line, and a
// word of one printed line set on a line of its own, indented, right under the line whose title in 《》 it stood in
// (`…独立生活, 《联` / `                              并在` / (blank line) / `合国宪章》宣布的…`). The title is one citation, the
// displaced word no part of it.
test('known 47: a title in 《》 a PDF broke around a displaced word is one citation', () => {
  const crc = '儿童权利公约\n\n序言\n\n考虑到应充分培养儿童可在社会上独立生活, 《联\n                              并在\n\n合国宪章》宣布的理想的精神下,抚养他们成长。\n\n第一条 为本公约之目的,儿童系指18岁以下的任何人。\n';
  assert.deepEqual(cited(crc), ['联合国宪章']);
  // The citation spans the break: it opens at 《 and ends after 》.
  const c = referencesOf(read(crc)).find((r) => r.kind === 'citation')!;
  assert.equal(crc.slice(c.start, c.start + 2), '《联');
  assert.equal(crc.slice(c.end - 2, c.end), '章》');
  // A short line with no blank line after it is the text going on (a title of its own line, `《联` / `合国` / `宪章》`,
  // reads as before); a line not indented further, or one holding a mark, is no displaced word.
  assert.deepEqual(cited('儿童权利公约\n\n序言\n\n考虑到儿童应在《联\n合国\n宪章》宣布的理想的精神下成长。\n'), ['联合国宪章']);
  assert.deepEqual(cited('儿童权利公约\n\n序言\n\n考虑到儿童应在《联\n并在\n\n合国宪章》宣布的理想的精神下成长。\n'), []);
  assert.deepEqual(cited('儿童权利公约\n\n序言\n\n考虑到儿童应在《联\n                              并在。\n\n合国宪章》宣布的理想的精神下成长。\n'), []);
});

// The Kyoto Protocol on an essay site, its PDF's text shredded: each defined term alone between ASCII quotation marks on
// lines of their own, a blank line between every piece (`"` / `缔约方会议` / `"` / `指《公约》缔约方会议。`). The four lines
// are one definition, as `"缔约方会议"指《公约》缔约方会议。` is.
test('known 47: a defined term set apart between quotation marks alone on their lines is defined', () => {
  const terms = (source: string) => read(source).definitions.map((d) => `${d.term} ← ${d.meaning}`);
  const kyoto = '京都议定书\n\n第一条\n\n定义\n\n为本议定书的目的,此外:\n\n"\n\n缔约方会议\n\n"\n\n指《公约》缔约方会议。\n\n"\n\n政府间气候变化专门委员会\n\n"\n\n指世界气象组织和联合国环境规\n\n划署\n\n第二条\n\n本议定书自签字之日起生效。\n';
  // The second meaning goes on past its line, cut by the copy (`…环境规` / `划署`): no sentence's end, no definition read.
  assert.deepEqual(terms(kyoto), ['缔约方会议 ← 《公约》缔约方会议']);
  // Curly quotation marks alike; a quotation mark alone before no term, or a term with no meaning after its closing mark, is none.
  assert.deepEqual(terms('京都议定书\n\n第一条 此外:\n\n“\n\n缔约方会议\n\n”\n\n系指《公约》缔约方会议。\n'), ['缔约方会议 ← 《公约》缔约方会议']);
  assert.deepEqual(terms('京都议定书\n\n第一条 此外:\n\n"\n\n缔约方会议\n\n"\n\n1992年在纽约通过。\n'), []);
  assert.deepEqual(terms('京都议定书\n\n第一条 此外:\n\n"\n\n缔约方会议,\n\n"\n\n指《公约》缔约方会议。\n'), []);
});
