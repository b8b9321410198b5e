// Tests that bite for features/shortFormDates.ts (issue 12, item 5): the dated short forms of a
// text (its defined short names of a cited instrument, and 该/上述/前述/所述 + kind) as ⟦…⟧ on each
// date with, in the same order, `date→the title cited`; then, with copies in the workspace, the
// whole of each date found wrong (its source, the instrument's dates, the date the fix writes,
// the title). Written from the rules in the source's comments and the mutants that survived
// (docs/mutation.md, “Runs of branch mutterms12”); answers by reading the texts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTreaty } from '../../server/src/model/treaty';
import { formatDate } from '../../server/src/model/signing';
import { shortFormDates, shortFormsOf } from '../../server/src/features/shortFormDates';
import { contextOf } from '../../server/src/features/context';
import { fixture } from '../support/fixture';
import { workspace } from '../support/workspace';

/** The dated short forms: the marked dates in order, each `date→title`. */
function forms(name: string, source: string, want: string[]): void {
  test(`shortFormsOf: ${name}`, () => {
    const { text, marks } = fixture(source).main;
    const got = shortFormsOf(buildTreaty(text));
    assert.deepEqual(got.map((f) => `${text.slice(f.date.start, f.date.end)}→${f.citation.title}`), want);
    // (In the order read: the marks are in text order.)
    assert.deepEqual(got.map((f) => ({ start: f.date.start, end: f.date.end })).sort((a, b) => a.start - b.start), marks);
  });
}

/** The dates found wrong in the first file of a workspace: the marked dates, each `date→title source own [dates]`. */
function wrong(name: string, source: string, want: string[]): void {
  test(`shortFormDates: ${name}`, () => {
    const ws = workspace(source);
    const got = shortFormDates(contextOf(ws.index, ws.snapshot()));
    const text = ws.fx.main.text;
    assert.deepEqual(got.map((f) => `${text.slice(f.date.start, f.date.end)}→${f.title} ${f.source} ${formatDate(f.own)} [${f.dates.map(formatDate).join(' ')}]`), want);
    assert.deepEqual(got.map((f) => ({ start: f.date.start, end: f.date.end })), ws.fx.main.marks);
  });
}

const TAIL = '\n本协定自签字之日起生效。\n\n本协定于2001年7月16日在莫斯科签订，一式两份。\n';
const DOC = (preamble: string, body: string) => `# 中华人民共和国和甲国边境管理协定\n\n中华人民共和国和甲国（以下简称“双方”）${preamble}，达成协议如下：\n\n## 第一条\n\n${body}\n${TAIL}`;
const CITED = '，根据1994年4月26日签订的《中华人民共和国和甲国国界协定》';
const ALIAS = `${CITED}（以下简称“国界协定”）`;

// ——— Defined short names ———

forms('a defined short name, dated: that date; the citation\'s own date is not a short form\'s', DOC(ALIAS, '双方依照⟦1995年4月26日⟧国界协定管理边境。'),
  ['1995年4月26日→中华人民共和国和甲国国界协定']);
forms('dated with a verb between, in Chinese numerals', DOC(ALIAS, '双方依照⟦一九九五年四月二十六日⟧签订的国界协定管理边境。'),
  ['一九九五年四月二十六日→中华人民共和国和甲国国界协定']);
forms('undated, or a date not right before: nothing', DOC(ALIAS, '双方依照国界协定，于1995年4月26日起管理边境，1995年4月26日双方依照国界协定。'), []);
forms('the clause two characters after the citation still names it', DOC(`${CITED}　 （以下简称“国界协定”）`, '双方依照⟦1995年4月26日⟧国界协定管理边境。'),
  ['1995年4月26日→中华人民共和国和甲国国界协定']);
forms('three characters after: another thing', DOC(`${CITED}全文，以下简称“国界协定”，`, '双方依照1995年4月26日国界协定管理边境。'), []);
forms('a term defined by its meaning right after the citation names no instrument', DOC(`${CITED}，“国界”一语是指两国之间的边界线`, '双方依照1995年4月26日国界管理边境。'), []);
forms('a short name of something else (the parties) dated: not a short form of an instrument', DOC(ALIAS, '1995年4月26日双方会晤。'), []);
forms('no citation at all: nothing', DOC('', '双方依照1995年4月26日该协定管理边境。'), []);

// ——— 该, 上述, 前述, 所述 + the kind ———

forms('each anaphor, with a kind the citation has', DOC(CITED, '双方重申⟦1995年4月26日⟧签订的该协定、⟦1996年4月26日⟧上述协定、⟦1997年4月26日⟧前述协定和⟦1998年4月26日⟧所述协定。'), [
  '1995年4月26日→中华人民共和国和甲国国界协定',
  '1996年4月26日→中华人民共和国和甲国国界协定',
  '1997年4月26日→中华人民共和国和甲国国界协定',
  '1998年4月26日→中华人民共和国和甲国国界协定',
]);
forms('a title ending in a bracketed note: its kind still named', DOC('，根据1994年4月26日签订的《中华人民共和国和甲国国界协定（修订本）》', '双方重申⟦1995年4月26日⟧签订的该协定。'),
  ['1995年4月26日→中华人民共和国和甲国国界协定（修订本）']);
forms('another kind names nothing', DOC(CITED, '双方重申1995年4月26日签订的该条约。'), []);
forms('the latest citation of the kind before it', DOC(`${CITED}和2000年1月1日签订的《中华人民共和国和甲国边境口岸协定》及《联合国海洋法公约》`,
  '双方重申⟦1995年4月26日⟧该协定和⟦1982年12月10日⟧该公约。'), [
  '1995年4月26日→中华人民共和国和甲国边境口岸协定',
  '1982年12月10日→联合国海洋法公约',
]);
forms('a citation after the anaphor is not what it names', DOC('', '双方重申1995年4月26日签订的该协定和1994年4月26日签订的《中华人民共和国和甲国国界协定》。'), []);
forms('one date named twice is one short form (the name, then the anaphor)', DOC(ALIAS, '双方依照⟦1995年4月26日⟧国界协定即该协定管理边境。'),
  ['1995年4月26日→中华人民共和国和甲国国界协定']);
forms('short names first, then the anaphors, each in text order', DOC(ALIAS, '双方重申⟦1996年4月26日⟧该协定，依照⟦1995年4月26日⟧国界协定和⟦1997年4月26日⟧国界协定。'), [
  '1995年4月26日→中华人民共和国和甲国国界协定',
  '1997年4月26日→中华人民共和国和甲国国界协定',
  '1996年4月26日→中华人民共和国和甲国国界协定',
]);

// ——— Against the instrument's dates ———

const BORDER = (signing: string) => `%! border.md\n# 中华人民共和国和甲国国界协定\n\n## 第一条\n\n双方确定国界。\n\n${signing}\n`;
wrong('the workspace copy\'s signing date: a date that differs', `%! a.md\n${DOC(ALIAS, '双方依照⟦1995年4月26日⟧国界协定和1994年4月26日国界协定及1994年4月国界协定。')}${BORDER('本协定于1994年4月26日在北京签订。')}`,
  ['1995年4月26日→中华人民共和国和甲国国界协定 copy 1994年4月26日 [1994年4月26日]']);
wrong('the copy says, not the citation (the citation\'s date is wrong too)', `%! a.md\n${DOC(ALIAS.replace('1994年4月26日', '1993年4月26日'), '双方依照⟦1993年4月26日⟧国界协定和1994年4月26日国界协定。')}${BORDER('本协定于1994年4月26日在北京签订。')}`,
  ['1993年4月26日→中华人民共和国和甲国国界协定 copy 1994年4月26日 [1994年4月26日]']);
wrong('a copy without a date: nothing to compare', `%! a.md\n${DOC(ALIAS, '双方依照1995年4月26日国界协定。')}${BORDER('双方签字。')}`, []);
wrong('the copy\'s dates: any one agrees; the fix writes its signing date', `%! a.md\n${DOC(ALIAS, '双方依照1993年3月1日国界协定和⟦1995年4月26日⟧国界协定。')}%! border.md\n1993年3月1日\n\n# 中华人民共和国和甲国国界协定\n\n## 第一条\n\n双方确定国界。\n\n本协定于1994年4月26日在北京签订。\n`,
  ['1995年4月26日→中华人民共和国和甲国国界协定 copy 1994年4月26日 [1994年4月26日 1993年3月1日]']);
wrong('the copy\'s first date when it has no signing date', `%! a.md\n${DOC(ALIAS, '双方依照⟦1995年4月26日⟧国界协定。')}%! border.md\n1993年3月1日\n\n# 中华人民共和国和甲国国界协定\n\n## 第一条\n\n双方确定国界。\n`,
  ['1995年4月26日→中华人民共和国和甲国国界协定 copy 1993年3月1日 [1993年3月1日]']);
wrong('no copy: the date written at the citation; in text order (short names are read before anaphors)', DOC(ALIAS, '双方重申⟦1996年4月26日⟧该协定和1994年4月26日上述协定，依照⟦1995年4月26日⟧国界协定。'), [
  '1996年4月26日→中华人民共和国和甲国国界协定 cited 1994年4月26日 [1994年4月26日]',
  '1995年4月26日→中华人民共和国和甲国国界协定 cited 1994年4月26日 [1994年4月26日]',
]);
wrong('no copy and an undated citation: nothing', DOC('，根据《中华人民共和国和甲国国界协定》', '双方重申1996年4月26日该协定。'), []);
wrong('a partial date agrees with a fuller one', DOC(CITED, '双方重申1994年该协定和1994年4月上述协定，⟦1994年5月⟧前述协定。'),
  ['1994年5月→中华人民共和国和甲国国界协定 cited 1994年4月26日 [1994年4月26日]']);
wrong('a document citing its own title: the date written at the citation, not its own signing date',
  '# 中华人民共和国和甲国国界协定\n\n中华人民共和国和甲国（以下简称“双方”），根据1994年4月26日签订的《中华人民共和国和甲国国界协定》（以下简称“国界协定”），达成协议如下：\n\n## 第一条\n\n双方依照⟦1995年4月26日⟧国界协定管理边境。\n\n本协定于2001年7月16日在莫斯科签订。\n',
  ['1995年4月26日→中华人民共和国和甲国国界协定 cited 1994年4月26日 [1994年4月26日]']);
wrong('a copy whose title the citation writes otherwise (traditional characters, a space): the copy\'s title', `%! a.md\n${DOC('，根据《中華人民共和國和甲國 國界協定》（以下简称“国界协定”）', '双方依照⟦1995年4月26日⟧国界协定。')}${BORDER('本协定于1994年4月26日在北京签订。')}`,
  ['1995年4月26日→中华人民共和国和甲国国界协定 copy 1994年4月26日 [1994年4月26日]']);
