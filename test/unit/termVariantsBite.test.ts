// Tests that bite for features/termVariants.ts (issue 12, item 5): each case a text with every
// variant of a defined party name marked ⟦…⟧ and, in the same order, `variant→term` (the form
// written, the defined term meant), so a report too many, too few or one character off fails;
// then the fix as its whole edit. Written from the rule in the source's comment (the group, the
// generic 缔约方, a phrase of its own, 缔约国, quotations and titles, the signing clause) and the
// mutants that survived (docs/mutation.md, “Runs of branch mutterms12”); answers by reading.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTreaty } from '../../server/src/model/treaty';
import { termVariantEdit, termVariants } from '../../server/src/features/termVariants';
import { fixture } from '../support/fixture';

function variants(name: string, source: string, want: string[]): void {
  test(`termVariants: ${name}`, () => {
    const { text, marks } = fixture(source).main;
    const got = termVariants(buildTreaty(text));
    assert.deepEqual(got.map((v) => `${v.variant}→${v.term}`), want);
    assert.deepEqual(got.map((v) => ({ start: v.start, end: v.end })), marks);
  });
}

const TAIL = '\n本协定自签字之日起生效，有效期五年。\n\n本协定于2001年7月16日在莫斯科签订，一式两份，缔约方各执一份，双方确认。\n';
const HEAD = '# 中华人民共和国和甲国友好合作协定\n\n';
/** The parties defined as `term` (marks included) in the preamble, then one article. */
const DOC = (term: string, body: string) => `${HEAD}中华人民共和国和甲国（以下简称${term}），达成协议如下：\n\n## 第一条\n\n${body}\n${TAIL}`;

// ——— The groups, and the generic 缔约方 ———

variants('缔约双方 defined: 双方 and 缔约方, after punctuation, a preposition, at a line\'s start',
  DOC('“缔约双方”', '⟦双方⟧同意，⟦缔约方⟧可以交换信息；经⟦双方⟧同意，由⟦缔约方⟧通知，缔约双方合作。\n\n⟦双方⟧加强交流。'),
  ['双方→缔约双方', '缔约方→缔约双方', '双方→缔约双方', '缔约方→缔约双方', '双方→缔约双方']);
variants('双方 defined: 缔约双方 and 缔约方', DOC('“双方”', '双方同意，⟦缔约双方⟧交流，⟦缔约方⟧合作。'), ['缔约双方→双方', '缔约方→双方']);
variants('缔约各方 defined: 各方 and 缔约方, not 双方', DOC('“缔约各方”', '⟦各方⟧同意，⟦缔约方⟧合作，双方交流。'), ['各方→缔约各方', '缔约方→缔约各方']);
variants('各方 defined: 缔约各方 and 缔约方', DOC('“各方”', '各方同意，⟦缔约各方⟧交流，⟦缔约方⟧合作。'), ['缔约各方→各方', '缔约方→各方']);
variants('the unquoted definition is a definition too', DOC('缔约双方', '⟦双方⟧同意。'), ['双方→缔约双方']);
variants('traditional characters: the form and the term as written', `${HEAD}中華人民共和國和甲國（以下簡稱“締約雙方”），達成協議如下：\n\n## 第一條\n\n⟦雙方⟧同意。\n${TAIL}`,
  ['雙方→締約雙方']);
variants('a form the text defines too is no variant; 缔约方 named after the first term', DOC('“缔约双方”或“双方”', '双方同意，⟦缔约方⟧合作，缔约双方交流。'), ['缔约方→缔约双方']);
variants('two groups defined: each its own, in text order', `${HEAD}中华人民共和国和甲国（以下简称“缔约双方”）及其他国家（以下简称“缔约各方”），达成协议如下：\n\n## 第一条\n\n⟦各方⟧同意，⟦双方⟧合作，⟦缔约方⟧交流。\n${TAIL}`,
  ['各方→缔约各方', '双方→缔约双方', '缔约方→缔约双方']);
variants('a term of no group: nothing', DOC('“两国”', '双方同意，缔约方合作。'), []);
variants('a party word defined by what it means is no short name', `${HEAD}## 第一条\n\n本协定所称“缔约双方”是指中华人民共和国和甲国。双方同意，缔约方合作。\n${TAIL}`, []);
variants('no definition: nothing', `${HEAD}## 第一条\n\n双方同意，缔约方合作。\n${TAIL}`, []);
variants('a text in another language is not read', '# Agreement\n\nA and B (hereinafter referred to as "Parties") agree:\n\n## Article 1\n\n双方 agree.\n', []);

// ——— A phrase of its own ———

variants('after a determiner, a conjunction or inside a word: no (各缔约方, 该缔约方, 其他缔约方, 或者双方, 缔约一方)',
  DOC('“缔约双方”', '各缔约方、该缔约方、其他缔约方、一方或者双方、缔约一方、缔约另一方、任何一方均可。'), []);
variants('a longer word after it: 双方面, 双方向, 缔约方大会, 缔约方会议',
  DOC('“缔约双方”', '双方面的合作，双方向对方通报，缔约方大会和缔约方会议决定，⟦缔约方⟧大力合作。'), ['缔约方→缔约双方']);
variants('after digits and Latin letters: part of a word', DOC('“缔约双方”', 'A双方、3双方、z缔约方均可，（⟦双方⟧）同意。'), ['双方→缔约双方']);
variants('the bounds of a word character: 0 9 A Z a z, 一 and 鿿, 㐀 and 䶿 are; / : @ [ ` { are not',
  DOC('“缔约双方”', '0双方9双方A双方Z双方a双方z双方一双方鿿双方㐀双方䶿双方，/⟦双方⟧:⟦双方⟧@⟦双方⟧[⟦双方⟧`⟦双方⟧{⟦双方⟧。'), Array(6).fill('双方→缔约双方'));
variants('every preposition of the lexicon starts a phrase: 对, 向, 为, 由, 被, 凡, 据',
  DOC('“缔约双方”', '对⟦双方⟧，向⟦双方⟧，为⟦双方⟧，由⟦双方⟧，被⟦双方⟧，凡⟦双方⟧，据⟦双方⟧。'), Array(7).fill('双方→缔约双方'));

// ——— 缔约国, and where the text is not the parties' own ———

variants('where the text speaks of 缔约国, a bare 双方 may mean the States: only forms with 缔约 are variants',
  DOC('“缔约双方”', '同时为缔约国双方居民的人，由双方协商，⟦缔约方⟧通知。'), ['缔约方→缔约双方']);
variants('…and where 双方 is defined, 缔约双方 and 缔约方 still are',
  DOC('“双方”', '同时为缔约国双方居民的人，由⟦缔约双方⟧协商，⟦缔约方⟧通知，双方同意。'), ['缔约双方→双方', '缔约方→双方']);
variants('before the definition: not looked for', `${HEAD}双方和缔约方决心合作。中华人民共和国和甲国（以下简称“缔约双方”），达成协议如下：\n\n## 第一条\n\n⟦双方⟧同意。\n${TAIL}`,
  ['双方→缔约双方']);
variants('in the signing clause and after it: not looked for', DOC('“缔约双方”', '⟦双方⟧同意。'), ['双方→缔约双方']);
variants('right after the defining clause', `${HEAD}中华人民共和国和甲国（以下简称“缔约双方”）⟦双方⟧同意如下：\n\n## 第一条\n\n缔约双方合作。\n${TAIL}`, ['双方→缔约双方']);
variants('inside the meaning of another definition: not a variant', DOC('“缔约双方”', '缔约方代表和观察员（以下简称“与会者”）出席，⟦缔约方⟧同意。'), ['缔约方→缔约双方']);
variants('in a title on its line: no; after the title closed: yes',
  DOC('“缔约双方”', '依照《关于缔约方合作的协定》，⟦缔约方⟧同意；《某协定》⟦双方⟧同意。'), ['缔约方→缔约双方', '双方→缔约双方']);
variants('in quoted words: no; after the quotation closed, or in one opened on another line: yes',
  DOC('“缔约双方”', '依照“双方应合作”和「缔约方应合作」的原则，⟦双方⟧同意。“甲\n⟦双方⟧同意。'), ['双方→缔约双方', '双方→缔约双方']);
variants('a title opened 400 characters before, on the same line: not read as one (399: read)',
  DOC('“缔约双方”', `《${'甲'.repeat(398)}，⟦双方⟧同意。\n\n《${'甲'.repeat(397)}，双方同意。`), ['双方→缔约双方']);

// ——— The fix ———

test('termVariantEdit: the defined term instead, that span alone; none where no variant is', () => {
  const { text, marks } = fixture(DOC('“缔约双方”', '经⟦双方⟧同意，缔约一方⟦可以⟧通知。')).main;
  const treaty = buildTreaty(text);
  assert.deepEqual(termVariantEdit(treaty, marks[0].start, marks[0].end), { term: '缔约双方', edit: { start: marks[0].start, end: marks[0].end, newText: '缔约双方' } });
  assert.equal(termVariantEdit(treaty, marks[1].start, marks[1].end), undefined);
  assert.equal(termVariantEdit(treaty, marks[0].start, marks[0].end + 1), undefined);
  assert.equal(termVariantEdit(treaty, marks[0].start - 1, marks[0].end), undefined);
});
