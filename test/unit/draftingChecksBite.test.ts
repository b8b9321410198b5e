// Tests that bite for features/draftingChecks.ts (issue 12, item 5): each case a document with
// the spans its drafting findings must cover marked ⟦…⟧ and, for each span in order, the code
// and the whole message the user reads; the fixes as the text they leave and the edits they
// make. The model is built straight from the text (`buildTreaty`), so only this file's checks
// speak, and a check that reaches too far, stops too early or words a number wrongly fails.
// Written from the rules in the source and the mutants that survived the tests before them
// (docs/mutation.md, “Runs of branch mutate12”); every expected answer is read off the fixture.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTreaty } from '../../server/src/model/treaty';
import { draftingChecks, headingFixEdits, longFormEdit, renumberRunEdits } from '../../server/src/features/draftingChecks';
import { fixture } from '../support/fixture';

/** The findings of the source, in order, against its marks: `want[i]` is the code and message of the i-th span. */
function findings(name: string, source: string, want: [string, string][], excerpt = false): void {
  test(`drafting ${name}`, () => {
    const f = fixture(source).main;
    const got: { code: string; start: number; end: number; message: string }[] = [];
    draftingChecks(buildTreaty(f.text), (code, start, end, message) => got.push({ code, start, end, message }), excerpt);
    got.sort((a, b) => a.start - b.start || a.end - b.end);
    assert.equal(f.marks.length, want.length, 'one finding per marked span');
    assert.deepEqual(got, f.marks.map((m, i) => ({ code: want[i][0], start: m.start, end: m.end, message: want[i][1] })));
  });
}

type Edit = { start: number; end: number; newText: string };

/** Applies edits to the text, each to the text as it was (an insertion before a replacement at the same place goes first, as in LSP). */
function apply(text: string, edits: readonly Edit[]): string {
  let out = '';
  let at = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    assert.ok(e.start >= at, 'edits do not overlap');
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}

/**
 * The fix at the cursor (‸ before the flagged label) or the marked span: its title, how many
 * edits it makes and the text after them; `undefined`: no fix is offered there.
 */
function fixed(name: string, kind: 'renumber' | 'heading' | 'long-form', source: string, want: { title: string; edits: number; text: string } | undefined): void {
  test(`drafting fix ${name}`, () => {
    const f = fixture(source).main;
    const t = buildTreaty(f.text);
    const fix = kind === 'renumber' ? renumberRunEdits(t, f.cursor!)
      : kind === 'heading' ? headingFixEdits(t, f.cursor!)
      : (() => { const u = longFormEdit(t, f.marks[0].start, f.marks[0].end); return u && { title: u.title, edits: [u.edit] }; })();
    assert.deepEqual(fix && { title: fix.title, edits: fix.edits.length, text: apply(f.text, fix.edits) }, want);
  });
}

const HEAD = '# 中华人民共和国和甲国友好合作协定\n\n中华人民共和国和甲国（以下简称“双方”），达成协议如下：\n\n';
const FINAL = '\n本协定自签字之日起生效，有效期五年。\n';
const TAIL = `${FINAL}\n本协定于2001年7月16日在莫斯科签订，一式两份，每份均用中文和俄文写成，两种文本同等作准。\n`;
/** One article holding `body`, a second article, the final clauses and the signing clause. */
const ARTICLE = (body: string) => `${HEAD}## 第一条\n\n${body}\n\n## 第二条\n\n双方加强交流。\n${TAIL}`;
/** A list of labels, one entry each, in the first article. */
const LIST = (labels: string[]) => ARTICLE(`双方在以下方面合作：\n\n${labels.map((l, i) => `${l}合作事项${i + 1}；`).join('\n\n')}`);

// ——— Numbering of paragraphs and items: every class of label, named in its own form ———

findings('item gap, 一、 (paragraphs)', ARTICLE('一、双方合作。\n\n二、双方交流。\n\n⟦四、⟧双方磋商。'), [['numbering.item-gap', '编号不连续：应为三、，这里是四、']]);
findings('item gap, （一）', LIST(['（一）', '（二）', '⟦（四）⟧']), [['numbering.item-gap', '编号不连续：应为（三），这里是（四）']]);
findings('item gap, 1.', LIST(['1.', '2.', '⟦4.⟧']), [['numbering.item-gap', '编号不连续：应为3.，这里是4.']]);
findings('item gap, full-width １． (named in half-width digits)', LIST(['１．', '２．', '⟦４．⟧']), [['numbering.item-gap', '编号不连续：应为3.，这里是4.']]);
findings('item gap, **1.** (a bold label)', LIST(['**1.** ', '**2.** ', '**⟦4.⟧** ']), [['numbering.item-gap', '编号不连续：应为3.，这里是4.']]);
findings('item gap, 1、', LIST(['1、', '2、', '⟦4、⟧']), [['numbering.item-gap', '编号不连续：应为3、，这里是4、']]);
findings('item gap, （1）', LIST(['（1）', '（2）', '⟦（4）⟧']), [['numbering.item-gap', '编号不连续：应为（3），这里是（4）']]);
findings('item gap, (a)', LIST(['(a) ', '(b) ', '⟦(d)⟧ ']), [['numbering.item-gap', '编号不连续：应为(c)，这里是(d)']]);
findings('item gap, full-width （ａ） (named in half-width letters)', LIST(['（ａ）', '（ｂ）', '⟦（ｄ）⟧']), [['numbering.item-gap', '编号不连续：应为(c)，这里是(d)']]);
findings('item gap, (子)', LIST(['(子) ', '(丑) ', '⟦(卯)⟧ ']), [['numbering.item-gap', '编号不连续：应为(寅)，这里是(卯)']]);
findings('item gap, (甲)', LIST(['(甲) ', '(乙) ', '⟦(丁)⟧ ']), [['numbering.item-gap', '编号不连续：应为(丙)，这里是(丁)']]);
findings('item gap, (i) under (b) (roman numerals of their own)',
  '# Convention\n\n### Article 1\nThe following are covered:\n- (a) collections;\n- (b) property, such as:\n  - (i) pictures;\n  - (ii) prints;\n  - ⟦(iv)⟧ statuary;\n- (c) archives.\n',
  [['numbering.item-gap', '编号不连续：应为(iii)，这里是(iv)']]);
findings('item gap in a sub-list: 1. 2. 4. under （一）', LIST(['（一）', '1.', '2.', '⟦4.⟧', '（二）']), [['numbering.item-gap', '编号不连续：应为3.，这里是4.']]);

findings('item duplicate, （ 二 ） written with spaces (named without them)', LIST(['（ 一 ）', '（ 二 ）', '⟦（ 二 ）⟧']), [['numbering.item-duplicate', '编号（二）重复']]);
findings('item duplicate, 1. 1. 2.', LIST(['1. ', '⟦1.⟧ ', '2. ']), [['numbering.item-duplicate', '编号1.重复']]);
findings('items: every problem of one list, in order (gap, then a repeat of the number after it)', LIST(['（一）', '（二）', '⟦（四）⟧', '⟦（四）⟧', '（五）']),
  [['numbering.item-gap', '编号不连续：应为（三），这里是（四）'], ['numbering.item-duplicate', '编号（四）重复']]);

findings('item mixed: （一）（二）3. 4. (the list goes on in another form, twice)', LIST(['（一）', '（二）', '⟦3.⟧', '⟦4.⟧']),
  [['numbering.item-mixed', '编号格式不一致：1.与同一层的（一）混用'], ['numbering.item-mixed', '编号格式不一致：1.与同一层的（一）混用']]);
findings('item mixed: （一）（二）3.（四） (back in the list\'s own form, no gap)', LIST(['（一）', '（二）', '⟦3.⟧', '（四）']), [['numbering.item-mixed', '编号格式不一致：1.与同一层的（一）混用']]);
findings('item mixed: a level below is closed by a label of the level above (（一）1. 2.（二）3.)', LIST(['（一）', '1.', '2.', '（二）', '⟦3.⟧']), [['numbering.item-mixed', '编号格式不一致：1.与同一层的（一）混用']]);
findings('items: a level below starting again from 1 under each item is right', LIST(['（一）', '1.', '2.', '（二）', '1.', '2.', '（三）']), []);
findings('items: a list going back (not to 1) is not read, and goes on from there', LIST(['（一）', '（二）', '（三）', '（二）', '（三）']), []);
findings('items: a list going back to 1 goes on from 1', LIST(['（一）', '（二）', '（一）', '⟦（三）⟧']), [['numbering.item-gap', '编号不连续：应为（二），这里是（三）']]);
findings('items: zero-padded 09. 10. 11. are one list of digits (a 0 first is a digit too), not mixed', LIST(['09.', '10.', '11.']), []);
findings('item gap, zero-padded 08. 09. 11.: named by its number', LIST(['08.', '09.', '⟦11.⟧']), [['numbering.item-gap', '编号不连续：应为10.，这里是11.']]);
// WIPO's and the UN's final clauses glue an item's first sub-item to it: `(1)(a)…` / `(b)…` / `(2)…`.
findings('items: (1)(a) (b) (2) (3), the sub-item (a) glued to (1), are two right lists', LIST(['(1)(a)', '(b)', '(2)', '(3)']), []);
findings('items: （1）（a） (b) （2） likewise, in full-width brackets', LIST(['（1）（a）', '(b)', '（2）']), []);
findings('items: (1)(a) (c) (2) (2): the glued (a) is counted, so (c) is a gap; (2) again a duplicate', LIST(['(1)(a)', '⟦(c)⟧ ', '(2)', '⟦(2)⟧']),
  [['numbering.item-gap', '编号不连续：应为(b)，这里是(c)'], ['numbering.item-duplicate', '编号（2）重复']]);
findings('items: (1)(b) is no glued first sub-item, and (2) after it goes on', LIST(['(1)(b)', '(2)']), []);
findings('items: one item alone is numbered neither wrong nor mixed', ARTICLE('双方在以下方面合作：\n\n（三）合作事项。\n\n双方另行商定：\n\n1.合作事项。'), []);
findings('items of two paragraphs are two lists', ARTICLE('双方在以下方面合作：\n\n（一）甲；\n\n（二）乙。\n\n双方另在以下方面合作：\n\n（一）丙；\n\n（二）丁。'), []);
findings('a joint statement: its units\' own 一、 are no paragraph numbers',
  '# 中华人民共和国和甲国联合声明\n\n中华人民共和国和甲国（以下简称“双方”）发表声明如下：\n\n一、双方发展合作。\n\n二、双方加强交流：\n\n（一）经贸；\n\n（二）人文。\n\n三、双方同意继续磋商。\n\n2001年7月16日于莫斯科\n', []);

findings('paragraphs inside a quoted article (an amending protocol) are the quoted article\'s list, not the amending one\'s',
  ARTICLE('一、协定第四条表述为：\n\n“第四条\n\n一、主桥共同建设。\n\n二、建设界河桥不应改变主航道。\n\n三、所有权的分界线为国界线。”\n\n二、第六条第一款第二段表述为：\n\n“由双方勘察。”'), []);
findings('a quoted article\'s own list is still checked, and the amending list goes on after the quotation',
  ARTICLE('一、协定第四条表述为：\n\n「第四條\n\n一、主橋共同建設。\n\n⟦三、⟧所有權的分界線為國界線。」\n\n⟦三、⟧第六條表述為：\n\n「由雙方勘察。」'),
  [['numbering.item-gap', '编号不连续：应为二、，这里是三、'], ['numbering.item-gap', '编号不连续：应为二、，这里是三、']]);

// ——— The fix of a gap or a repeat: that label and the rest of its run numbered on ———

fixed('gap, full-width digits stay full-width, numbers already right are not edited', 'renumber', LIST(['１．', '２．', '‸４．', '４．', '５．']),
  { title: '从此处起依次编号（3.…）', edits: 1, text: LIST(['１．', '２．', '３．', '４．', '５．']) });
fixed('repeat: numbered on from the number after the one repeated', 'renumber', LIST(['1. ', '‸1. ', '2. ']),
  { title: '从此处起依次编号（2.…）', edits: 2, text: LIST(['1. ', '2. ', '3. ']) });
fixed('gap in a sub-list: its own labels only', 'renumber', LIST(['（一）', '1.', '‸3.', '4.', '（二）']),
  { title: '从此处起依次编号（2.…）', edits: 2, text: LIST(['（一）', '1.', '2.', '3.', '（二）']) });
fixed('（一）（二）（四）（五）: the number inside its brackets', 'renumber', LIST(['（一）', '（二）', '‸（四）', '（五）']),
  { title: '从此处起依次编号（（三）…）', edits: 2, text: LIST(['（一）', '（二）', '（三）', '（四）']) });
fixed('（ 一 ）（ 二 ）（ 四 ）: the number between its spaces', 'renumber', LIST(['（ 一 ）', '（ 二 ）', '‸（ 四 ）']),
  { title: '从此处起依次编号（（三）…）', edits: 1, text: LIST(['（ 一 ）', '（ 二 ）', '（ 三 ）']) });
fixed('(a) (b) (d) (e): letters', 'renumber', LIST(['(a) ', '(b) ', '‸(d) ', '(e) ']),
  { title: '从此处起依次编号（(c)…）', edits: 2, text: LIST(['(a) ', '(b) ', '(c) ', '(d) ']) });
fixed('(子) (丑) (卯): branches', 'renumber', LIST(['(子) ', '(丑) ', '‸(卯) ']),
  { title: '从此处起依次编号（(寅)…）', edits: 1, text: LIST(['(子) ', '(丑) ', '(寅) ']) });
fixed('一、 二、 四、: paragraphs', 'renumber', ARTICLE('一、双方合作。\n\n二、双方交流。\n\n‸四、双方磋商。\n\n五、双方协商。'),
  { title: '从此处起依次编号（三、…）', edits: 2, text: ARTICLE('一、双方合作。\n\n二、双方交流。\n\n三、双方磋商。\n\n四、双方协商。') });
fixed('none where a label of another form is in the run after it (the drafter decides)', 'renumber', LIST(['（一）', '（二）', '‸（四）', '5.']), undefined);
fixed('none where a number has no label of its kind ((癸) is the last stem)', 'renumber', LIST(['(甲) ', '(乙) ', '‸(乙) ', '(丙) ', '(丁) ', '(戊) ', '(己) ', '(庚) ', '(辛) ', '(壬) ', '(癸) ']), undefined);
fixed('none at a label that is not flagged', 'renumber', LIST(['（一）', '‸（二）', '（四）']), undefined);
fixed('none at a mixed label', 'renumber', LIST(['（一）', '（二）', '‸3.']), undefined);

// ——— Article headings written unlike most of the document's ———

/** Articles with these headings (`⟦…⟧` around a label to be flagged), a body each, the final clauses. */
const HEADINGS = (heads: string[]) => `${HEAD}${heads.map((h, i) => `${h}\n\n双方合作${i + 1}。\n`).join('\n')}${TAIL}`;
const mixed = (usual: string): [string, string] => ['style.heading-mixed', `条标题的写法与本文件其他条不同，应为“${usual}”`];

findings('heading: 第三条 among 第…条 in arabic numerals', HEADINGS(['## 第1条', '## 第2条', '## ⟦第三条⟧', '## 第4条']), [mixed('## 第3条')]);
findings('heading: 第四条 among spaced 第 一 条', HEADINGS(['## 第 一 条', '## 第 二 条', '## 第 三 条', '## ⟦第四条⟧']), [mixed('## 第 四 条')]);
findings('heading: a spaced 第 三 条 among 第…条', HEADINGS(['## 第一条', '## 第二条', '## ⟦第 三 条⟧', '## 第四条']), [mixed('## 第三条')]);
findings('heading: a tie goes to the first article\'s form', HEADINGS(['## 第1条', '## ⟦第二条⟧', '## ⟦第三条⟧', '## 第4条']), [mixed('## 第2条'), mixed('## 第3条')]);
findings('heading: a tie goes to the first article\'s form (Chinese first)', HEADINGS(['## 第一条', '## ⟦第2条⟧', '## ⟦第3条⟧', '## 第四条']), [mixed('## 第二条'), mixed('## 第三条')]);
findings('heading: two articles are too few to tell a usual form', HEADINGS(['## 第一条', '## 第2条']), []);
findings('heading: a ## heading among bare ones', HEADINGS(['第一条', '第二条', '## ⟦第三条⟧', '第四条']), [mixed('第三条')]);
findings('heading: a bare heading among ### ones, at their level', HEADINGS(['### 第一条', '### 第二条', '⟦第三条⟧', '### 第四条']), [mixed('### 第三条')]);
findings('heading: the levels of markdown headings alone are counted (a bare heading has none)', HEADINGS(['⟦第一条⟧', '## 第二条', '### 第三条', '#### 第四条']), [mixed('## 第一条')]);
findings('heading: the most used level, not the first', HEADINGS(['## 第一条', '### 第二条', '### 第三条', '⟦第四条⟧']), [mixed('### 第四条')]);
findings('heading: a ## label in arabic among ### headings keeps its own level', HEADINGS(['### 第一条', '### 第二条', '## ⟦第3条⟧', '### 第四条']), [mixed('## 第三条')]);
findings('heading: 之一 written in the usual numerals', HEADINGS(['## 第1条', '## 第2条', '## ⟦第二条之一⟧', '## 第3条']), [mixed('## 第2条之1')]);
findings('heading: 之1 among Chinese numerals', HEADINGS(['## 第一条', '## 第二条', '## ⟦第2条之1⟧', '## 第三条']), [mixed('## 第二条之一')]);
findings('heading: a law\'s 第一条　正文 has no markdown form to differ in',
  '# 中华人民共和国某某法\n\n第一条　为了规范某某，制定本法。\n\n第二条　国家发展某某。\n\n⟦第3条⟧　国家鼓励某某。\n\n第四条　本法自公布之日起施行。\n', [mixed('第三条')]);
findings('heading: a law-style 第3条　正文 among ## headings: the label as the others write it, no marks (its text is on its line)',
  '# 中华人民共和国某某法\n\n## 第一条\n\n为了规范某某，制定本法。\n\n## 第二条\n\n国家发展某某。\n\n⟦第3条⟧　国家鼓励某某。\n\n## 第四条\n\n本法自公布之日起施行。\n', [mixed('第三条')]);
findings('heading: a law-style 第三条　正文 among ## 第…条 in arabic numerals: the label in arabic numerals',
  '# 中华人民共和国某某法\n\n## 第1条\n\n为了规范某某，制定本法。\n\n## 第2条\n\n国家发展某某。\n\n⟦第三条⟧　国家鼓励某某。\n\n## 第4条\n\n本法自公布之日起施行。\n', [mixed('第3条')]);
findings('heading: a law\'s 第一条　正文 among ## headings is no heading of another style',
  '# 中华人民共和国某某法\n\n## 第一条\n\n为了规范某某，制定本法。\n\n## 第二条\n\n国家发展某某。\n\n第三条　国家鼓励某某。\n\n## 第四条\n\n本法自公布之日起施行。\n', []);

fixed('heading: the label in the usual numerals', 'heading', HEADINGS(['## 第1条', '## 第2条', '## ‸第三条', '## 第4条']),
  { title: '改为“## 第3条”', edits: 1, text: HEADINGS(['## 第1条', '## 第2条', '## 第3条', '## 第4条']) });
fixed('heading: the ## marks taken away', 'heading', HEADINGS(['第一条', '第二条', '## ‸第三条', '第四条']),
  { title: '改为“第三条”', edits: 1, text: HEADINGS(['第一条', '第二条', '第三条', '第四条']) });
fixed('heading: ### marks given, at the usual level', 'heading', HEADINGS(['### 第一条', '### 第二条', '‸第三条', '### 第四条']),
  { title: '改为“### 第三条”', edits: 1, text: HEADINGS(['### 第一条', '### 第二条', '### 第三条', '### 第四条']) });
fixed('heading: marks and label both', 'heading', HEADINGS(['## 第1条', '## 第2条', '‸第三条', '## 第4条']),
  { title: '改为“## 第3条”', edits: 2, text: HEADINGS(['## 第1条', '## 第2条', '## 第3条', '## 第4条']) });
fixed('heading: none at a heading that is not flagged', 'heading', HEADINGS(['## 第1条', '## ‸第2条', '## 第三条', '## 第4条']), undefined);

// ——— Dates that do not exist, and citations dated after the signing ———

const DATES = (dates: string) => ARTICLE(`双方于${dates}会晤。`);
const noDay = (y: number, m: number, days: number): [string, string] => ['date.invalid', `日期不存在：${y}年${m}月只有${days}天`];
findings('date: 31 April, 31 June, 31 September, 31 November', DATES('⟦2023年4月31日⟧、⟦2023年6月31日⟧、⟦2023年9月31日⟧和⟦2023年11月31日⟧'),
  [noDay(2023, 4, 30), noDay(2023, 6, 30), noDay(2023, 9, 30), noDay(2023, 11, 30)]);
findings('date: the last day of every month of 31 days exists', DATES('2023年1月31日、3月31日、2023年5月31日、2023年7月31日、2023年8月31日、2023年10月31日和2023年12月31日'), []);
findings('date: 29 February of 1900, 2023 and 2100 (not leap years), of 2000 and 2024 (leap years)',
  DATES('⟦1900年2月29日⟧、⟦2023年2月29日⟧、⟦二一〇〇年二月二十九日⟧、2000年2月29日和2024年2月29日'), [noDay(1900, 2, 28), noDay(2023, 2, 28), noDay(2100, 2, 28)]);
findings('date: day 0 and day 32', DATES('⟦2023年5月0日⟧和⟦2023年5月32日⟧'), [noDay(2023, 5, 31), noDay(2023, 5, 31)]);
findings('date: month 0 and month 13', DATES('⟦2023年0月⟧和⟦2023年13月5日⟧'), [['date.invalid', '日期不存在：没有0月'], ['date.invalid', '日期不存在：没有13月']]);
findings('date: the years 1000 and 2999 are read, 999 and 3000 are not (another calendar or no year)',
  DATES('⟦1000年2月29日⟧、⟦2999年2月29日⟧、999年2月30日和3000年2月30日'), [noDay(1000, 2, 28), noDay(2999, 2, 28)]);
findings('date: an era\'s year (光绪二十一年) and a lunar day (初一) are another calendar', DATES('光绪二十一年二月三十日和2023年2月初三十日'), []);
findings('date: spaces before the year are not part of the date', DATES(' ⟦二〇二三 年二月三十日⟧'), [noDay(2023, 2, 28)]);
findings('date: every line with a year is read, not in a comment', ARTICLE('双方于⟦2023年2月30日⟧会晤。\n\n<!-- 2023年2月30日 -->\n\n双方于⟦2024年2月30日⟧和⟦2024年4月31日⟧再次会晤。'),
  [noDay(2023, 2, 28), noDay(2024, 2, 29), noDay(2024, 4, 30)]);

const CITED = (date: string) => ARTICLE(`双方依照${date}《中华人民共和国和乙国边界协定》合作。`);
const after = (cited: string): [string, string] => ['date.cited-after-signing', `所引日期${cited}晚于本文件的签署日期2001年7月16日`];
findings('cited after the signing: a later day of the same month', CITED('⟦2001年7月17日⟧'), [after('2001年7月17日')]);
findings('cited after the signing: a later month, no day', CITED('⟦2001年8月⟧'), [after('2001年8月')]);
findings('cited after the signing: a later year, no month', CITED('⟦2002年⟧'), [after('2002年')]);
for (const date of ['2001年7月16日', '2001年7月15日', '2001年6月30日', '2000年12月31日', '2001年7月', '2001年']) {
  findings(`cited after the signing: ${date} is not after 2001年7月16日`, CITED(date), []);
}
findings('cited after the signing: not when the signing clause has no month',
  `${HEAD}## 第一条\n\n双方依照2005年《中华人民共和国和乙国边界协定》合作。\n${FINAL}\n本协定于2001年在莫斯科签订，一式两份。\n`, []);
findings('cited after the signing: the date of the signing itself is not cited',
  `${HEAD}## 第一条\n\n双方合作。\n${FINAL}\n本协定于2001年7月16日在莫斯科签订，一式两份，2005年7月5日《中华人民共和国和乙国边界协定》随附。\n`, []);

// Sampled gap draftingChecks.ts:453 (branch g12feat): only the signing clause's own dates are passed over; an annex after
// the signatures is still the instrument's, its citations checked against the signing.
findings('cited after the signing: in an annex after the signatures, as anywhere else',
  ARTICLE('双方合作。') + '\n中华人民共和国代表\n\n（签字）\n\n甲国代表\n\n（签字）\n\n## 附件\n\n双方依照⟦2005年7月5日⟧《中华人民共和国和乙国边界协定》交换信息。\n', [after('2005年7月5日')]);

// ——— The final clauses a bilateral agreement needs ———

/** An instrument titled `title` (⟦…⟧ around it when findings are on it), one article `body`, then `signing`. */
const INSTRUMENT = (title: string, body: string, signing = '\n本协定于2001年7月16日在莫斯科签订，一式两份。\n') =>
  `# ${title}\n\n中华人民共和国和甲国（以下简称“双方”），达成协议如下：\n\n## 第一条\n\n${body}\n${signing}`;
const AGREEMENT = '中华人民共和国和甲国友好合作协定';
for (const words of ['自签字之日起生效', '自公布之日起施行', '自签字之日起实行', '以批准书交换之日为准', '须经互换批准', '须经交换批准', '于批准后执行', '经批准后执行']) {
  findings(`final clauses: “${words}” is entry into force`, INSTRUMENT(AGREEMENT, `本协定${words}，有效期五年。`), []);
}
for (const words of ['有效期五年', '无限期有效', '长期有效', '期满后自动延长', '可以终止', '可以废止', '可以退出', '即行失效']) {
  findings(`final clauses: “${words}” is a term`, INSTRUMENT(AGREEMENT, `本协定自签字之日起生效，${words}。`), []);
}
findings('final clauses: none of them in an agreement: each finding on the title, in the words of its kind',
  INSTRUMENT(`⟦⟦⟦${AGREEMENT}⟧⟧⟧`, '双方发展合作。', ''),
  [['final.no-entry-into-force', '本协定没有生效条款'], ['final.no-duration', '本协定没有有效期或终止条款'], ['final.no-signing-clause', '本协定没有签署条款（日期、地点、份数、文字）']]);
findings('final clauses: a 协议 needs a term', INSTRUMENT('⟦中华人民共和国和甲国合作协议⟧', '本协议自签字之日起生效。', '\n本协议于2001年7月16日在莫斯科签订，一式两份。\n'),
  [['final.no-duration', '本协议没有有效期或终止条款']]);
findings('final clauses: a 条约 needs a term', INSTRUMENT('⟦中华人民共和国和甲国睦邻友好合作条约⟧', '本条约自互换批准书之日起生效。', '\n本条约于2001年7月16日在莫斯科签订，一式两份。\n'),
  [['final.no-duration', '本条约没有有效期或终止条款']]);
findings('final clauses: a 补充协定 lives as long as its agreement, but enters into force', INSTRUMENT('⟦中华人民共和国和甲国友好合作协定的补充协定⟧', '双方发展合作。', '\n本补充协定于2001年7月16日在莫斯科签订，一式两份。\n'),
  [['final.no-entry-into-force', '本补充协定没有生效条款']]);
findings('final clauses: entry into force said only before the articles does not count',
  `# ⟦${AGREEMENT}⟧\n\n为使合作早日生效，中华人民共和国和甲国（以下简称“双方”），达成协议如下：\n\n## 第一条\n\n本协定有效期五年。\n\n本协定于2001年7月16日在莫斯科签订，一式两份。\n`,
  [['final.no-entry-into-force', '本协定没有生效条款']]);
findings('final clauses: entry into force and a term said only after the signatures (an annex) do not count',
  INSTRUMENT(`⟦⟦${AGREEMENT}⟧⟧`, '双方发展合作。', '\n本协定于2001年7月16日在莫斯科签订，一式两份。\n\n中华人民共和国代表\n\n（签字）\n\n甲国代表\n\n（签字）\n\n附件\n\n本附件自签字之日起生效，有效期五年。\n'),
  [['final.no-entry-into-force', '本协定没有生效条款'], ['final.no-duration', '本协定没有有效期或终止条款']]);
findings('final clauses: an agreement of three parties (a multilateral instrument) is not checked',
  '# 中华人民共和国、甲国和乙国友好合作协定\n\n中华人民共和国、甲国和乙国（以下简称“三方”），达成协议如下：\n\n## 第一条\n\n三方合作。\n', []);
findings('final clauses: an excerpt is not checked', INSTRUMENT(AGREEMENT, '双方发展合作。', ''), [], true);
findings('final clauses: an agreement in 一、 paragraphs (no articles) is not checked',
  '# 中华人民共和国和甲国友好合作协定\n\n中华人民共和国和甲国（以下简称“双方”），达成协议如下：\n\n一、双方发展合作。\n\n二、双方加强交流。\n', []);
findings('final clauses: no title, nothing to check', '中华人民共和国和甲国（以下简称“双方”），达成协议如下：\n\n## 第一条\n\n双方发展合作。\n', []);

// ——— Defined terms: two names for one thing, and the long form written again ———

findings('term.two-names: the whole message',
  `${HEAD}## 第一条\n\n中华人民共和国和甲国（以下简称“⟦缔约双方⟧”）发展合作，双方和缔约双方加强交流。\n${TAIL}`,
  [['term.two-names', '“中华人民共和国和甲国”已简称“双方”，这里又简称“缔约双方”']]);
findings('term.two-names: the same term in traditional characters is one name',
  `${HEAD}## 第一条\n\n中华人民共和国和甲国（以下簡稱“雙方”）发展合作，双方加强交流。\n${TAIL}`, []);
findings('term.two-names: a second name after the signatures (an annex of its own) is not checked',
  `${HEAD}## 第一条\n\n双方发展合作。\n${TAIL}\n中华人民共和国代表\n\n（签字）\n\n甲国代表\n\n（签字）\n\n附件\n\n中华人民共和国和甲国（以下简称“缔约双方”）另行商定。\n`, []);
findings('term.two-names: terms defined by what they mean name no phrase',
  `${HEAD}## 第一条\n\n本协定中：“甲方”是指中华人民共和国政府；“乙方”是指中华人民共和国政府。\n${TAIL}`, []);
findings('term.two-names: a meaning of one character is too short to tell',
  `${HEAD}## 第一条\n\n甲（以下简称“子”）合作。甲（以下简称“丑”）同意，子丑交流。\n${TAIL}`, []);

const TERMS = (body: string) => `${HEAD}## 第一条\n\n${body}\n${TAIL}`;
const longForm = (phrase: string, term: string): [string, string] => ['term.long-form', `“${phrase}”已简称“${term}”`];
findings('term.long-form: every use after the definition, in order, each with its own term',
  TERMS('边境合作委员会（以下简称“委员会”）由双方组成。⟦中华人民共和国和甲国⟧同意，⟦边境合作委员会⟧每年开会，⟦中华人民共和国和甲国⟧轮流主办。'),
  [longForm('中华人民共和国和甲国', '双方'), longForm('边境合作委员会', '委员会'), longForm('中华人民共和国和甲国', '双方')]);
findings('term.long-form: a phrase of four characters is one, of three is not',
  TERMS('甲乙两国（以下简称“两国”）合作。丙丁国（以下简称“丙丁”）同意。⟦甲乙两国⟧和丙丁国同意，两国和丙丁加强交流。'), [longForm('甲乙两国', '两国')]);
findings('term.long-form: not before its definition, not in the phrase of another definition, not in a title, nor the longer names it begins',
  TERMS('双方合作。中华人民共和国和甲国政府（以下简称“两国政府”）依照《中华人民共和国和甲国边界协定》和中华人民共和国和甲国边界管理制度，两国政府加强交流。'), []);
findings('term.long-form: not inside 《》, whatever follows the phrase there', TERMS('双方依照《中华人民共和国和甲国友好合作条约》合作。'), []);
// (A title cited in quotation marks, as older texts cite: the term in its place would make the citation name another title.
// Seed 1234567 of the edit-safety harness, the China–Brazil tax protocol, session 49.)
findings('term.long-form: not inside a title cited in “”, but after it',
  TERMS('双方在签订“中华人民共和国和甲国关于避免双重征税的协定”时，⟦中华人民共和国和甲国⟧同意。'), [longForm('中华人民共和国和甲国', '双方')]);
findings('term.long-form: not in a title that opened on the line, but after a title closed',
  TERMS('双方依照《边界协定》，⟦中华人民共和国和甲国⟧合作。'), [longForm('中华人民共和国和甲国', '双方')]);
findings('term.long-form: not in the signing clause or the signatures',
  `${HEAD}## 第一条\n\n双方发展合作。\n${FINAL}\n本协定于2001年7月16日在莫斯科签订，中华人民共和国和甲国各执一份。\n\n中华人民共和国和甲国代表\n\n（签字）\n`, []);
findings('term.long-form: a phrase defined as two terms is reported as two names, not as a long form',
  TERMS('中华人民共和国和甲国（以下简称“⟦缔约双方⟧”）发展合作，中华人民共和国和甲国同意，双方和缔约双方加强交流。'),
  [['term.two-names', '“中华人民共和国和甲国”已简称“双方”，这里又简称“缔约双方”']]);
findings('term.long-form: a phrase with a title or quotation marks in it is not looked for',
  TERMS('《甲乙协定》缔约方（以下简称“缔约方”）依照《甲乙协定》缔约方会议决定合作，缔约方加强交流。'), []);

fixed('term.long-form: the term instead', 'long-form', TERMS('⟦中华人民共和国和甲国⟧同意，双方合作。'),
  { title: '改为“双方”', edits: 1, text: TERMS('双方同意，双方合作。') });
fixed('term.long-form: none where no long form is', 'long-form', TERMS('⟦中华人民共和国和甲国政府⟧同意，双方合作。'), undefined);

// ——— Cases for the mutants the cases above left alive (in-process run of 14:22, docs/mutation.md) ———

findings('item gap: 9. is a digit (the last one), so 11. after it is a gap', LIST(['1.', '2.', '3.', '4.', '5.', '6.', '7.', '8.', '9.', '⟦11.⟧']), [['numbering.item-gap', '编号不连续：应为10.，这里是11.']]);
findings('item gap: full-width ９． likewise', LIST(['１．', '２．', '３．', '４．', '５．', '６．', '７．', '８．', '９．', '⟦１１．⟧']), [['numbering.item-gap', '编号不连续：应为10.，这里是11.']]);
findings('paragraph gap at the second paragraph: the first paragraph\'s label counts', ARTICLE('一、双方合作。\n\n⟦三、⟧双方交流。'), [['numbering.item-gap', '编号不连续：应为二、，这里是三、']]);
findings('item mixed right after the first label: named against that label', LIST(['（一）', '⟦2.⟧']), [['numbering.item-mixed', '编号格式不一致：1.与同一层的（一）混用']]);
findings('item mixed, named in each form: (a) (b) （3）', LIST(['(a) ', '(b) ', '⟦（3）⟧']), [['numbering.item-mixed', '编号格式不一致：（1）与同一层的(a)混用']]);
findings('item mixed, named in each form: (子) (丑) (3)', LIST(['(子) ', '(丑) ', '⟦(3)⟧ ']), [['numbering.item-mixed', '编号格式不一致：（1）与同一层的(子)混用']]);
findings('item mixed, named in each form: (甲) (乙) 3、', LIST(['(甲) ', '(乙) ', '⟦3、⟧']), [['numbering.item-mixed', '编号格式不一致：1、与同一层的(甲)混用']]);
findings('item mixed, named in each form: 1、 2、 （三）', LIST(['1、', '2、', '⟦（三）⟧']), [['numbering.item-mixed', '编号格式不一致：（一）与同一层的1、混用']]);
findings('item mixed, named in each form: （1）（2）(c)', LIST(['（1）', '（2）', '⟦(c)⟧ ']), [['numbering.item-mixed', '编号格式不一致：(a)与同一层的（1）混用']]);
findings('item mixed, named in each form: 1. 2. (丙)', LIST(['1.', '2.', '⟦(丙)⟧ ']), [['numbering.item-mixed', '编号格式不一致：(甲)与同一层的1.混用']]);
findings('item mixed, named in each form: 1. 2. (寅)', LIST(['1.', '2.', '⟦(寅)⟧ ']), [['numbering.item-mixed', '编号格式不一致：(子)与同一层的1.混用']]);
fixed('(w) (x) (x) (y): renumbered up to (z), the last letter', 'renumber', LIST(['(w) ', '(x) ', '‸(x) ', '(y) ']),
  { title: '从此处起依次编号（(y)…）', edits: 2, text: LIST(['(w) ', '(x) ', '(y) ', '(z) ']) });
fixed('(x) (y) (y) (z): none, as there is no letter after (z)', 'renumber', LIST(['(x) ', '(y) ', '‸(y) ', '(z) ']), undefined);

findings('heading: three articles are enough to tell', HEADINGS(['## 第一条', '## 第二条', '## ⟦第3条⟧']), [mixed('## 第三条')]);
findings('heading: the majority, not the first article', HEADINGS(['## ⟦第1条⟧', '## 第二条', '## 第三条', '## 第四条']), [mixed('## 第一条')]);
findings('heading: spaced with ideographic spaces 第　一　条', HEADINGS(['## 第　一　条', '## 第　二　条', '## 第　三　条', '## ⟦第四条⟧']), [mixed('## 第 四 条')]);
findings('heading: law-style articles are neither markdown nor bare: one ## and one bare decide by the first',
  '# 中华人民共和国某某法\n\n## 第一条\n\n为了规范某某，制定本法。\n\n第二条　国家发展某某。\n\n第三条　国家鼓励某某。\n\n第四条　国家支持某某。\n\n⟦第五条⟧\n\n本法自公布之日起施行。\n', [mixed('## 第五条')]);
fixed('heading: a law-style article gets its label only, no marks', 'heading',
  '# 中华人民共和国某某法\n\n## 第一条\n\n为了规范某某，制定本法。\n\n## 第二条\n\n国家发展某某。\n\n‸第3条　国家鼓励某某。\n\n## 第四条\n\n本法自公布之日起施行。\n',
  { title: '改为“第三条”', edits: 1, text: '# 中华人民共和国某某法\n\n## 第一条\n\n为了规范某某，制定本法。\n\n## 第二条\n\n国家发展某某。\n\n第三条　国家鼓励某某。\n\n## 第四条\n\n本法自公布之日起施行。\n' });
fixed('heading: none where the bare label has other marks before it (**第三条**)', 'heading', HEADINGS(['## 第一条', '## 第二条', '**‸第三条**', '## 第四条']), undefined);

findings('cited after the signing: a signing clause without a day is named so',
  `${HEAD}## 第一条\n\n双方依照⟦2002年⟧《中华人民共和国和乙国边界协定》合作。\n${FINAL}\n本协定于2001年7月在莫斯科签订，一式两份。\n`, [['date.cited-after-signing', '所引日期2002年晚于本文件的签署日期2001年7月']]);
findings('date: a line ending with 年 does not stop the search', ARTICLE('双方每年\n\n双方于⟦2023年2月30日⟧会晤。'), [noDay(2023, 2, 28)]);

findings('term.two-names: a meaning of two characters is long enough',
  `${HEAD}## 第一条\n\n甲乙（以下简称“子”）合作。甲乙（以下简称“⟦丑⟧”）同意，子丑交流。\n${TAIL}`, [['term.two-names', '“甲乙”已简称“子”，这里又简称“丑”']]);
findings('term.long-form: not inside the phrase of a later definition, whatever follows there',
  TERMS('中华人民共和国和甲国友好合作委员会（以下简称“委员会”）由双方组成，委员会每年开会。'), []);
findings('term.long-form: 民间 after the phrase is no longer name (the words must start there)', TERMS('⟦中华人民共和国和甲国⟧民间交流，双方合作。'), [longForm('中华人民共和国和甲国', '双方')]);
findings('term.long-form: not inside 《》 further back on the line', TERMS('双方依照《关于中华人民共和国和甲国友好合作的条约》合作。'), []);
findings('term.long-form: a 《 on the line before does not make a title', TERMS('双方依照《边界协定\n\n⟦中华人民共和国和甲国⟧合作。'), [longForm('中华人民共和国和甲国', '双方')]);
findings('term.long-form: a 《 200 characters back is too far to make a title', TERMS(`《${'甲'.repeat(199)}⟦中华人民共和国和甲国⟧合作，双方同意。`), [longForm('中华人民共和国和甲国', '双方')]);
findings('term.long-form: not at the very start of the signing clause',
  `${HEAD}## 第一条\n\n双方合作。\n${FINAL}\n中华人民共和国和甲国于2001年7月16日在莫斯科签订本协定，一式两份。\n`, []);
findings('term.quote-mixed: every kind, each message', `${HEAD}## 第一条\n\n双方根据中吉国界（以下简称⟦「国界」⟧）和边境地区（以下简称⟦“边境」⟧）的情况，⟦「双方」⟧在国界合作。\n${TAIL}`, [
  ['term.quote-mixed', '定义术语的引号不一致：本文件的定义用“”，这里用「」'],
  ['term.quote-mixed', '引号不配对：“边境」（本文件用“”）'],
  ['term.quote-mixed', '术语“双方”这里用「」，本文件定义术语用“”'],
]);
fixed('term.long-form: the fix of the long form asked for, among several', 'long-form',
  TERMS('边境合作委员会（以下简称“委员会”）由双方组成。中华人民共和国和甲国同意，⟦边境合作委员会⟧每年开会。'),
  { title: '改为“委员会”', edits: 1, text: TERMS('边境合作委员会（以下简称“委员会”）由双方组成。中华人民共和国和甲国同意，委员会每年开会。') });
fixed('term.long-form: none for a span that only ends where a long form ends', 'long-form', TERMS('双⟦方中华人民共和国和甲国⟧同意，双方合作。'), undefined);

// ——— Cases for the survivors of branch s11checks (in-process, every second mutant; docs/mutation.md) ———

// A mainland amending text quotes in “”: its own list goes on after the quotation closes (二、 after
// the quoted 一、 二、 is the amending list's, no repeat); a text quoting in 『』 likewise.
findings('an amending list goes on after a quotation in “” that ends with the number it goes on with',
  ARTICLE('一、协定第四条表述为：\n\n“第四条\n\n一、主桥共同建设。\n\n二、建设界河桥不应改变主航道。”\n\n二、第六条表述为：“由双方勘察。”\n\n三、第七条删除。'), []);
findings('the same in 『』',
  ARTICLE('一、协定第四条表述为：\n\n『第四条\n\n一、主桥共同建设。\n\n二、建设界河桥不应改变主航道。』\n\n二、第六条表述为：『由双方勘察。』\n\n三、第七条删除。'), []);

// Sampled gap draftingChecks.ts:164 (branch g12feat): each quotation's list is its own, closed where the quotation closes —
// a quoted article's 一、 二、 and, in a second quotation, the paragraphs 三、 四、 added to another article are no repeat.
findings('two quotations in one article, each numbered as its own article is',
  ARTICLE('一、协定第四条表述为：\n\n“第四条\n\n一、主桥共同建设。\n\n二、建设界河桥不应改变主航道。”\n\n二、协定第五条增加两款，作为第三款和第四款：\n\n“三、双方共同勘察。\n\n四、勘察结果由双方确认。”\n\n三、第七条删除。'), []);

// A quotation inside a quoted article, in ‘’ as Chinese nests it, opens and closes nothing of the “” around it (s51checks:
// the runs read the marks termQuotes.ts finds, ‘ ’ " ＂ among them): the quoted 1. 2. stay the quoted article's list, and the
// amending list's 2. goes on from its 1. (‘ read as closing the “ made the quoted 2. the amending list's, and its 2. a repeat).
findings('a nested quotation in ‘’ inside quoted items leaves the quotation open',
  ARTICLE('双方同意修改下列条款：\n\n1.将第二条修改为：“下列地区不适用本协定：\n\n1.本协定所称‘边境’地区；\n\n2.海洋区域。”\n\n2.第三条删除。'), []);

// Two names for one thing are checked in a signed text up to its signatures (the annex after them is its own).
findings('term.two-names: in a text with its signatures, before them',
  `${HEAD}## 第一条\n\n中华人民共和国和甲国（以下简称“⟦缔约双方⟧”）发展合作，双方和缔约双方加强交流。\n${TAIL}\n中华人民共和国代表\n\n（签字）\n\n甲国代表\n\n（签字）\n`,
  [['term.two-names', '“中华人民共和国和甲国”已简称“双方”，这里又简称“缔约双方”']]);

// The final clauses are those of a kind that needs them (协定, 议定书 …): a joint statement in articles has none.
findings('final clauses: a joint statement written in articles is not checked',
  '# 中华人民共和国和甲国联合声明\n\n中华人民共和国和甲国（以下简称“双方”）声明如下：\n\n## 第一条\n\n双方发展合作。\n\n## 第二条\n\n双方加强交流。\n', []);

// A running header of a text pasted from a PDF (the title again, as page furniture) is no use of a term's phrase.
findings('term.long-form: not on a running header (the title repeated between pages)',
  `${HEAD}## 第一条\n\n双方发展合作。\n\n中华人民共和国和甲国友好合作协定\n\n## 第二条\n\n双方加强交流。\n${TAIL}`, []);

// The findings are kept per model: asked first without the long forms (treaty-check without
// --hints, or the hint turned off), then with them, the long forms are looked for then.
test('drafting: the long forms, not asked for the first time, are found when asked for on the same model', () => {
  const f = fixture(TERMS('⟦中华人民共和国和甲国⟧同意，双方合作。')).main;
  const t = buildTreaty(f.text);
  const run = (on?: (code: string) => boolean) => {
    const got: [string, number, number][] = [];
    draftingChecks(t, (code, start, end) => got.push([code, start, end]), false, on);
    return got;
  };
  assert.deepEqual(run((code) => code !== 'term.long-form'), []);
  assert.deepEqual(run(), [['term.long-form', f.marks[0].start, f.marks[0].end]]);
});
