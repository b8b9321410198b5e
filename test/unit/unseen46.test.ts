// Readings of real texts first read in session 46 (test/fixtures/real, docs/variants.md "Read in session 46"), as data: a small
// text laid out as the real one is, the reading a reader gives, and the texts the rule must leave alone. Each rule is about how
// Chinese treaty text is printed, never about one document.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textContext } from '../../server/src/features/context';
import { infoOf } from '../../server/src/model/info';

function title(name: string, source: string, want: string | undefined): void {
  test(`session 46 readings, title: ${name}`, () => {
    assert.equal(textContext(source).treaty.title?.text, want);
  });
}

// A book's list of the instruments it prints, each numbered, its date under its name (`9.中華人民共和國和日本國和平友好條約` /
// `(一九七八年八月十二日)`): the name is the title, without the list's number.
title('a numbered entry of a book\'s list over a lone date: the title without the number',
  '9.中华人民共和国和甲国友好条约\n(一九八〇年五月一日)\n中华人民共和国和甲国决定缔结本条约，达成协议如下：\n第一条\n缔约双方发展友好关系。\n第二条\n本条约自签字之日起生效。\n',
  '中华人民共和国和甲国友好条约');
title('a numbered entry of a book\'s list, its number with 、: the title',
  '12、甲国和乙国文化合作协定\n(1985年3月2日)\n甲国和乙国达成协议如下：\n第一条 双方鼓励文化交流。\n第二条 本协定自签字之日起生效。\n',
  '甲国和乙国文化合作协定');
// Not: a numbered sentence opening a text (a point, no date under it), nor an entry naming no kind.
title('a numbered sentence opening the text, a date under it: no title',
  '1.双方同意加强文化合作。\n(一九八〇年五月一日)\n第一条 双方鼓励文化交流。\n第二条 本协定自签字之日起生效。\n',
  undefined);
title('a numbered line naming no kind over a date: no title',
  '3.文化交流\n(一九八〇年五月一日)\n第一条 双方鼓励文化交流。\n第二条 本协定自签字之日起生效。\n',
  undefined);

function kind(name: string, source: string, want: string | undefined): void {
  test(`session 46 readings, kind: ${name}`, () => {
    assert.equal(textContext(source).treaty.kind, want);
  });
}

// A page of a law's articles without its title (a bilingual site's page of the Macao Basic Law, an English line after each
// Chinese one): its 本法 says it is a law, its self-word 本法.
kind('a page of articles without a title, 本法 once: a law',
  '第一条甲地是乙国不可分离的部分。\nArticle 1 A is an inalienable part of B.\n第二条甲地依照本法的规定实行高度自治。\nArticle 2 A shall exercise a high degree of autonomy.\n',
  '法');
test('session 46 readings, self-word: a page of a law\'s articles without a title calls itself 本法', () => {
  assert.equal(textContext('第一条 为了规范交流，制定本法。\n第二条 本法自公布之日起施行。\n').treaty.selfRef, '本法');
});
// Not: 本法 inside 基本法 or 根本法, nor 本法院 (a court's word for itself), nor a page naming another kind by 本.
kind('基本法 only, no 本法 of its own: no kind',
  '第一条 根据甲地基本法，制定规则。\n第二条 宪法是国家的根本法。\n',
  undefined);
kind('本法院: no law',
  '第一条 本法院对下列犯罪具有管辖权。\n第二条 本法院设在海牙。\n',
  undefined);
kind('本协定 and 本法 on one page: the kind 本 names, as before (协定)',
  '第一条 本协定适用于双方。\n第二条 依照本法的规定。\n',
  '协定');

// A title naming the instruments a protocol amends with their dates (`修正一九二一年九月三十日在日內瓦簽訂之…公約…之議定書`, the
// 1947 UN protocol): those dates are theirs, not the protocol's (a hover on 本議定書 showed 1921-09-30).
function headingDates(name: string, source: string, want: number[][]): void {
  test(`session 46 readings, dates of the title: ${name}`, () => {
    const dates = infoOf(textContext(source).treaty).dates.filter((d) => d.source === 'heading').map((d) => [d.year, d.month ?? 0, d.day ?? 0]);
    assert.deepEqual(dates, want);
  });
}
headingDates('a date and place, 签订之, before the instrument the title names: not the text\'s',
  '修正一九二一年九月三十日在日内瓦签订之取缔贩卖妇女儿童公约之议定书\n\n第一条 本议定书签订国同意修正上述公约。\n第二条 本议定书自签字之日起生效。\n',
  []);
headingDates('a date, 签订的, before the instrument the title names: not the text\'s',
  '关于修改1995年6月22日签订的甲乙两国贸易协定的议定书\n\n第一条 双方同意修改该协定。\n第二条 本议定书自签字之日起生效。\n',
  []);
// Not: the text's own date in or under its title line.
headingDates('the text\'s own date in brackets on the title line: the text\'s',
  '甲国和乙国文化合作协定（1985年3月2日）\n\n第一条 双方鼓励文化交流。\n第二条 本协定自签字之日起生效。\n',
  [[1985, 3, 2]]);
headingDates('a date and place opening the title line (a list\'s): the text\'s',
  '一九九二年四月二十日于北京 甲国和乙国领事条约\n\n第一条 双方互设领事馆。\n第二条 本条约自签字之日起生效。\n',
  [[1992, 4, 20]]);
