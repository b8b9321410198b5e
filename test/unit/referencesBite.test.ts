// The reading of references out of a Chinese text (model/references.ts), every form the reader
// knows, as data: a text with ⟦…⟧ around each reference the reader must find, and, in the same
// order, what each one is (written by reading the text, not by running the reader). The whole
// list of the text's references is compared: span, kind, target, the instrument cited, the
// relative word, the end of a range, the label's span when it is not the whole span, doubt.
//
//   art 3 · art 3之1 · art 3¶2 (paragraph) · art 3¶2(1) (item of a paragraph) · art 3(2) (item)
//   · art 1–2 (articles 1 to 2: 前两条) · art 3¶1–2 (paragraphs 1 to 2: 前两款) · art 3¶1(1–2) (items 1 to 2: 前两项) · art 3(2)? (第Z项: item, or else paragraph) · 《title》 the instrument cited (bare: named
//   without brackets) · rel 前款 · from / to (a range's ends) · ~ uncertain · label=… the label
//   when the span holds more (`本协定第三条`: label 第三条)
//   cite 《title》 (=normalized when it differs; date=… the date written before; short, quoted)
//   self (~ in quoted text) · term 双方#0 (the index of its definition)
//
// Then the texts where words look like references and are not (no ⟦⟧ at all), and the reader's
// small exported helpers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTreaty } from '../../server/src/model/treaty';
import { Reference, citedTitles, conventionOf, dateBeforeOffset, expandShortForm, referenceAt, referenceStats, referencesOf, resolveInTreaty, shortFormParts } from '../../server/src/model/references';
import { reparse } from '../../server/src/syntax/reparse';
import { CURSOR, fixture } from '../support/fixture';

function describe(text: string, r: Reference): string {
  const span = `⟦${text.slice(r.start, r.end)}⟧@${r.start}`;
  switch (r.kind) {
    case 'self': return `${span} self${r.uncertain ? ' ~' : ''}`;
    case 'term': return `${span} term ${r.term}#${r.definition}`;
    case 'citation': {
      const c = r.citation;
      let s = `${span} cite 《${c.title}》`;
      if (c.normalized !== c.title) s += ` =${c.normalized}`;
      if (c.date) s += ` date=${text.slice(c.date.start, c.date.end)}`;
      if (c.short) s += ' short';
      if (c.quoted) s += ' quoted';
      if (c.bare) s += ' bare';
      return s;
    }
    case 'article': {
      const t = r.target;
      let s = `${span} art ${t.num}`;
      if (t.sub !== undefined) s += `之${t.sub}`;
      if (t.lastArticle !== undefined) s += `–${t.lastArticle.num}${t.lastArticle.sub !== undefined ? `之${t.lastArticle.sub}` : ''}`;
      if (t.paragraph !== undefined) s += `¶${t.paragraph}`;
      if (t.lastParagraph !== undefined) s += `–${t.lastParagraph}`;
      if (t.item !== undefined) s += `(${t.item}${t.lastItem !== undefined ? `–${t.lastItem}` : ''})`;
      if (t.itemOrParagraph) s += '?';
      if (r.citation) s += ` 《${r.citation.title}》${r.citation.bare ? ' bare' : ''}${r.citation.quoted ? ' quoted' : ''}${r.citation.short ? ' short' : ''}`;
      if (r.relative) s += ` rel ${r.relative}`;
      if (r.range) s += ` ${r.range}`;
      if (r.uncertain) s += ' ~';
      if (r.labelStart !== r.start || r.labelEnd !== r.end) s += ` label=${text.slice(r.labelStart, r.labelEnd)}`;
      return s;
    }
  }
}

/** The references of a marked text as written, in the order of their starts (then ends: a citation before the article reference it opens). */
function expectedOf(text: string, marks: { start: number; end: number }[], want: string[]): string[] {
  assert.equal(marks.length, want.length, 'one description a mark');
  return marks.map((m, i) => ({ ...m, s: `⟦${text.slice(m.start, m.end)}⟧@${m.start} ${want[i]}` })).sort((a, b) => a.start - b.start || a.end - b.end).map((x) => x.s);
}

/** The references the reader finds, in text order (checked), then ordered as `expectedOf` orders the marks. */
function found(text: string): string[] {
  const refs = referencesOf(buildTreaty(text));
  for (let i = 1; i < refs.length; i++) if (refs[i - 1].start > refs[i].start) assert.fail(`not in text order: ${describe(text, refs[i])} after ${describe(text, refs[i - 1])}`);
  return refs.slice().sort((a, b) => a.start - b.start || a.end - b.end).map((r) => describe(text, r));
}

/** A treaty whose first article holds the line(s) `body`, and articles 二 to 五 (二 with two paragraphs and items). */
const doc = (body: string, title = '甲国和乙国合作协定', more = '') =>
  `# ${title}\n\n## 第一条\n\n${body}\n\n## 第二条\n\n甲：\n\n（一）乙；\n\n（二）丙。\n\n丁。\n\n## 第三条\n\n戊。\n\n## 第四条\n\n己。\n\n## 第五条\n\n庚。\n${more}`;

// [what it shows, the text with ⟦⟧, what each marked reference is, in order of the marks' starts]
const CASES: [string, string, string[]][] = [
  // Articles of this instrument.
  ['第X条', doc('依照⟦第三条⟧办理。'), ['art 3']],
  ['本协定第X条: the span holds the self-reference, the label does not', doc('依照⟦本协定第三条⟧办理。'), ['art 3 label=第三条']],
  ['本协定 第X条, spaced', doc('依照⟦本协定 第 三 条⟧办理。'), ['art 3 label=第 三 条']],
  ['arabic and full-width digits', doc('依照⟦第3条⟧和⟦第４条⟧办理。'), ['art 3', 'art 4']],
  ['large numbers: 第一百零二条, 第二十条', doc('依照⟦第一百零二条⟧和⟦第二十条⟧办理。'), ['art 102', 'art 20']],
  ['第X条之一', doc('依照⟦第三条之一⟧和⟦第三条之二⟧办理。'), ['art 3之1', 'art 3之2']],
  ['traditional script: 本協定第三條, the span the user\'s', doc('依照⟦本協定第三條⟧辦理。'), ['art 3 label=第三條']],
  ['第X条第Y款', doc('依照⟦第二条第二款⟧办理。'), ['art 2¶2']],
  ['第X条第Y款第（Z）项', doc('依照⟦第二条第一款第（二）项⟧办理。'), ['art 2¶1(2)']],
  ['第X条第Y款第Z项 (unbracketed)', doc('依照⟦第二条第一款第二项⟧办理。'), ['art 2¶1(2)']],
  ['第X条第（Z）项: an item', doc('依照⟦第二条第（二）项⟧办理。'), ['art 2(2)']],
  ['第X条(c)项 and (寅)项: letters and branches are items', doc('依照⟦第二条第(c)项⟧和⟦第二条第（寅）项⟧办理。'), ['art 2(3)', 'art 2(3)']],
  ['第X条第Z项 where the convention is not shown: item or paragraph', doc('依照⟦第三条第二项⟧办理。'), ['art 3(2)?']],
  ['第X条第一项(寅)款 (条/项/款): paragraph 1, sub-unit 3', doc('依照⟦第二条第一项(寅)款⟧办理。'), ['art 2¶1(3)']],
  ['第X条第Y款第Y款: two units of one word', doc('依照⟦第二条第一款第二款⟧办理。'), ['art 2¶1 ~']],
  ['a unit number that cannot be read', doc('依照⟦第二条第十十款⟧办理。'), ['art 2 ~']],

  // Ranges and lists.
  ['第X条至第Y条: two ends', doc('依照⟦第二条⟧至⟦第四条⟧办理。'), ['art 2 from', 'art 4 to']],
  ['range words 到 — － -', doc('⟦第二条⟧到⟦第三条⟧，⟦第二条⟧—⟦第四条⟧，⟦第二条⟧－⟦第五条⟧，⟦第三条⟧-⟦第四条⟧。'),
    ['art 2 from', 'art 3 to', 'art 2 from', 'art 4 to', 'art 2 from', 'art 5 to', 'art 3 from', 'art 4 to']],
  ['本协定第X条至第Y条: the first end holds the self-reference', doc('依照⟦本协定第二条⟧至⟦第四条⟧办理。'), ['art 2 from label=第二条', 'art 4 to']],
  ['spaced range', doc('依照⟦第二条⟧ 至 ⟦第四条⟧办理。'), ['art 2 from', 'art 4 to']],
  ['a list 第X条、第Y条和第Z条', doc('依照⟦第二条⟧、⟦第三条⟧和⟦第五条⟧办理。'), ['art 2', 'art 3', 'art 5']],
  // Several numbers sharing one 条: one reference a number, each its own label (the joiner in none); 至 between them a range.
  ['several numbers sharing one 条: 第X、Y条', doc('依照⟦第二⟧、⟦三条⟧办理。'), ['art 2', 'art 3']],
  ['three numbers sharing one 条', doc('依照⟦第二⟧、⟦三⟧、⟦五条⟧办理。'), ['art 2', 'art 3', 'art 5']],
  ['第X和Y條: Arabic numerals, traditional 條', doc('依照⟦第2⟧和⟦3條⟧辦理。'), ['art 2', 'art 3']],
  ['第X 和 Y條: spaced around the joiner', doc('依照⟦第31⟧ 和 ⟦32條⟧辦理。'), ['art 31', 'art 32']],
  ['第X及Y条', doc('依照⟦第二⟧及⟦四条⟧办理。'), ['art 2', 'art 4']],
  ['第X到Y条: a range', doc('依照⟦第二⟧到⟦四条⟧办理。'), ['art 2 from', 'art 4 to']],
  ['more spaces around the joiner than a label holds: each number\'s span without them', doc('依照⟦第2⟧   和   ⟦3条⟧办理。'), ['art 2', 'art 3']],
  ['a number that cannot be read among them names nothing; the others are read', doc('依照⟦第二⟧、十十、⟦四条⟧办理。'), ['art 2', 'art 4']],
  ['第X至Y条: a range, as 第X条至第Y条', doc('依照⟦第二⟧至⟦四条⟧办理。'), ['art 2 from', 'art 4 to']],
  ['第X、Y条第Z款: the units after 条 are each number\'s; the last span holds them', doc('依照⟦第二⟧、⟦三条第一款⟧办理。'), ['art 2¶1', 'art 3¶1']],
  // A later number written with its own 条 but no 第 (第十九條和二十條), or with its own 第 but no 条 before it (第十至第十二条, 第三、第四条).
  ['第X条和Y条: the second number with 条 and no 第 is an article too', doc('依照⟦第十九條⟧和⟦二十條⟧辦理。'), ['art 19', 'art 20']],
  ['第X条、Y条和Z条', doc('依照⟦第二条⟧、⟦三条⟧和⟦五条⟧办理。'), ['art 2', 'art 3', 'art 5']],
  ['第X至第Y条: a range with 第 repeated and 条 once', doc('依照⟦第十⟧至⟦第十二条⟧办理。'), ['art 10 from', 'art 12 to']],
  ['第X、第Y条: a list with 第 repeated and 条 once', doc('依照⟦第三⟧、⟦第四条⟧办理。'), ['art 3', 'art 4']],
  ['第X、Y条之一: 之一 goes with the last number only', doc('依照⟦第二⟧、⟦三条之一⟧办理。'), ['art 2', 'art 3之1']],
  ['第X、Y至Z条: a number, then a range', doc('依照⟦第二⟧、⟦三⟧至⟦五条⟧办理。'), ['art 2', 'art 3 from', 'art 5 to']],
  ['第X、Y条至第Z条: the last number opens the range written after 条', doc('依照⟦第二⟧、⟦三条⟧至⟦第五条⟧办理。'), ['art 2', 'art 3 from', 'art 5 to']],
  // A count after the list, before 条 or 款 (older texts: `第四、第五、第六三款`, articles 4, 5 and 6): no part of the last number,
  // whose label is the number alone; read only where it counts the list (as many numbers, or as many as the range spans).
  ['第X、第Y两条: the count is no part of the last number', doc('依照⟦第二⟧、⟦第三两条⟧办理。'), ['art 2', 'art 3 label=第三']],
  ['第X、Y两条: the last number without its 第', doc('依照⟦第二⟧、⟦三两条⟧办理。'), ['art 2', 'art 3 label=三']],
  ['第X至第Y三条: a range counted', doc('依照⟦第二⟧至⟦第四三条⟧办理。'), ['art 2 from', 'art 4 to label=第四']],
  ['第X、第Y、第Z三条', doc('依照⟦第二⟧、⟦第三⟧、⟦第四三条⟧办理。'), ['art 2', 'art 3', 'art 4 label=第四']],
  ['第X、第YZ条 where Z is no count of the list: two numbers, not three', doc('依照⟦第一⟧、⟦第二十三条⟧办理。'), ['art 1', 'art 23']],
  ['a list going up to its last number, its last digit its length: no count (二十 would not follow 二十二)', doc('依照⟦第二十一⟧、⟦二十二⟧、⟦二十三条⟧办理。'), ['art 21', 'art 22', 'art 23']],
  ['a range whose last digit is not its span: no count', doc('依照⟦第一⟧至⟦第二十三条⟧办理。'), ['art 1 from', 'art 23 to']],
  ['a list not running on by one, its last digit its length: no count (a digit may be the number\'s own)', doc('依照⟦第一⟧、⟦第二⟧、⟦第十三条⟧办理。'), ['art 1', 'art 2', 'art 13']],
  ['a modern list of three, the last number\'s last digit 三: articles 11, 12 and 23', doc('依照⟦第十一⟧、⟦第十二⟧、⟦第二十三条⟧办理。'), ['art 11', 'art 12', 'art 23']],
  ['两 is no digit: a list going up, not by one, is counted', doc('依照⟦第二⟧、⟦第五两条⟧办理。'), ['art 2', 'art 5 label=第五']],
  ['units alone counted: 第X、第Y两款, each a paragraph of the article, the count and 款 in neither span', doc('甲。\n\n乙。\n\n依照⟦第一⟧、⟦第二⟧两款办理。'), ['art 1¶1 ~', 'art 1¶2 ~']],
  // Units listed before one word, later members without their 第 or word (`第一、二款`: paragraphs 1 and 2, as `第二、三条` is
  // articles 2 and 3), each its own unit; after an article's label, that article's (session 62; the last alone was read before,
  // `第一、第二款`, and as the enclosing article's after `第二条`).
  ['units alone listed with no count: each a paragraph of the article', doc('甲。\n\n乙。\n\n依照⟦第一⟧、⟦第二款⟧办理。'), ['art 1¶1 ~', 'art 1¶2 ~']],
  ['第X、Y款: the later number without 第, paragraphs X and Y', doc('甲。\n\n乙。\n\n依照⟦第一⟧、⟦二款⟧办理。'), ['art 1¶1 ~', 'art 1¶2 ~']],
  ['第X、Y两款: counted, the count no part of the last', doc('甲。\n\n乙。\n\n依照⟦第一⟧、⟦二⟧两款办理。'), ['art 1¶1 ~', 'art 1¶2 ~']],
  ['第A条第X、Y款: the article named before the list', doc('依照⟦第二条⟧⟦第一⟧、⟦二款⟧办理。'), ['art 2', 'art 2¶1', 'art 2¶2']],
  ['第A条第X、第Y款: the article named before the list, not the enclosing one', doc('依照⟦第二条⟧⟦第一⟧、⟦第二款⟧办理。'), ['art 2', 'art 2¶1', 'art 2¶2']],
  ['第A条第X、Y、Z款 and 第A条第X至Y款', doc('依照⟦第二条⟧⟦第一⟧、⟦二⟧、⟦三款⟧和⟦第三条⟧，⟦第四条⟧⟦第一⟧至⟦三款⟧。'), ['art 2', 'art 2¶1', 'art 2¶2', 'art 2¶3', 'art 3', 'art 4', 'art 4¶1', 'art 4¶3']],
  ['第A条第十一、十二款: a modern list, no count', doc('依照⟦第二条⟧⟦第十一⟧、⟦十二款⟧办理。'), ['art 2', 'art 2¶11', 'art 2¶12']],
  ['第A条第X款第Y、Z项: items of the paragraph named before the list', doc('依照⟦第二条第一款⟧⟦第一⟧、⟦二项⟧办理。'), ['art 2¶1', 'art 2¶1(1)', 'art 2¶1(2)']],
  ['《title》第A条第X、Y款: the cited instrument\'s', doc('依照⟦⟦《甲乙公约》⟧第二条⟧⟦第一⟧、⟦二款⟧办理。'), ['cite 《甲乙公约》', 'art 2 《甲乙公约》 label=第二条', 'art 2¶1 《甲乙公约》', 'art 2¶2 《甲乙公约》']],
  ['本协定第X、Y条: the first span holds the self-reference', doc('依照⟦本协定第二⟧、⟦三条⟧办理。'), ['art 2 label=第二', 'art 3']],
  ['《title》第X、Y条: both the cited instrument\'s', doc('依照⟦⟦《甲乙公约》⟧第二⟧、⟦三条⟧。'), ['cite 《甲乙公约》', 'art 2 《甲乙公约》 label=第二', 'art 3 《甲乙公约》']],
  ['第X条第Y款第（一）项至第（四）项: the second item in the same paragraph', doc('依照⟦第二条第一款第（一）项⟧至⟦第（二）项⟧办理。'), ['art 2¶1(1)', 'art 2¶1(2)']],
  ['第（一）项、第（二）项 after an item', doc('依照⟦第二条第一款第（一）项⟧、⟦第（二）项⟧或者⟦第（三）项⟧办理。'), ['art 2¶1(1)', 'art 2¶1(2)', 'art 2¶1(3)']],
  // Bracketed labels listed before one word are read member by member, each an item of the unit named before the list (session
  // 63; before, only the last was read, the others were the article alone).
  ['第X条第(一)、第(三)项: the labels listed after an article', doc('依照⟦第二条⟧⟦第(一)⟧、⟦第(二)项⟧办理。'), ['art 2', 'art 2(1)', 'art 2(2)']],
  ['the labels listed after an article\'s paragraph', doc('依照⟦第二条第一款⟧⟦第（一）⟧、⟦（二）⟧、⟦第（三）项⟧办理。'), ['art 2¶1', 'art 2¶1(1)', 'art 2¶1(2)', 'art 2¶1(3)']],
  ['第A条第(X)、(Y)项: the later members without their 第', doc('依照⟦第一条⟧⟦第(一)⟧、⟦(二)项⟧办理。'), ['art 1', 'art 1(1)', 'art 1(2)']],
  ['第A条第（X）、（Y）、（Z）项: three members, not in a row, full-width', doc('依照⟦第三条⟧⟦第（一）⟧、⟦（二）⟧、⟦（四）项⟧办理。'), ['art 3', 'art 3(1)', 'art 3(2)', 'art 3(4)']],
  ['第A条第（X）至（Y）项: a range\'s ends, as 第一至三款\'s', doc('依照⟦第二条⟧⟦第（一）⟧至⟦（二）项⟧办理。'), ['art 2', 'art 2(1)', 'art 2(2)']],
  // Counted (session 64): a count word closing the list (`第（一）、（二）两项`, as `第一、二两款`) is no part of the last member.
  ['第A条第（X）、（Y）两项: counted, the count and 项 in neither span', doc('依照⟦第二条⟧⟦第（一）⟧、⟦（二）⟧两项办理。'), ['art 2', 'art 2(1)', 'art 2(2)']],
  ['第A条第X款第(X)、第(Y)、(Z)三项: counted, three members', doc('依照⟦第二条第一款⟧⟦第(一)⟧、⟦第(二)⟧、⟦(三)⟧三项办理。'), ['art 2¶1', 'art 2¶1(1)', 'art 2¶1(2)', 'art 2¶1(3)']],
  ['第（X）、（Y）两项 alone: counted, items of the article written in', doc('甲：\n\n（一）乙；\n\n（二）丙。\n\n依照⟦第（一）⟧、⟦（二）⟧两项办理。'), ['art 1¶1(1)', 'art 1¶1(2)']],
  ['bracketed labels listed alone: items of the article written in (of its paragraph holding them)', doc('甲：\n\n（一）乙；\n\n（二）丙。\n\n依照⟦第(一)⟧、⟦(二)项⟧办理。'), ['art 1¶1(1)', 'art 1¶1(2)']],

  // Relative references.
  ['本条, 前条, 次条', doc('甲。\n\n乙'.replace('乙', '⟦本条⟧、⟦次条⟧')).replace('## 第三条\n\n戊。', '## 第三条\n\n依照⟦前条⟧。'), ['art 1 rel 本条', 'art 2 rel 次条', 'art 2 rel 前条']],
  ['前款, 本款, 次款: paragraphs of the same article', doc('甲。\n\n依照⟦前款⟧、⟦本款⟧和⟦次款⟧。\n\n乙。'), ['art 1¶1 rel 前款', 'art 1¶2 rel 本款', 'art 1¶3 rel 次款']],
  ['本条第Y款, 本条第Y款第（Z）项', doc('甲。\n\n乙。\n\n依照⟦本条第二款⟧和⟦本条第一款第（三）项⟧。'), ['art 1¶2 rel 本条', 'art 1¶1(3) rel 本条']],
  ['前款第（Z）项: an item of that paragraph', doc('甲：\n\n（一）乙；\n\n（二）丙。\n\n依照⟦前款第（二）项⟧。'), ['art 1¶1(2) rel 前款']],
  ['前款第Z项 where the convention is not shown: an item of that paragraph (a paragraph holds items, never 项 paragraphs), and the items listed after it', doc('甲：\n\n（一）乙；\n\n（二）丙。\n\n有⟦前款第二项⟧、⟦第一项⟧行为的。'), ['art 1¶1(2) rel 前款', 'art 1¶1(1)']],
  ['本条第Z项: item or paragraph', doc('甲。\n\n依照⟦本条第二项⟧。'), ['art 1(2)? rel 本条']],
  ['前款第Y款: 前款 does not take the paragraph; 第Y款 is then read alone (uncertain)', doc('甲。\n\n依照⟦前款⟧⟦第二款⟧。'), ['art 1¶1 rel 前款', 'art 1¶2 ~']],
  ['前条 in the first article, 前款 in the first paragraph, 次条 in the last: nothing', doc('前条、前款。', '甲国和乙国合作协定', '\n次条。\n'), []],
  ['前两款 in paragraph 3: the two paragraphs before it', doc('甲。\n\n乙。\n\n依照⟦前两款⟧规定。'), ['art 1¶1–2 rel 前两款']],
  ['前两款 in paragraph 4: paragraphs 2 and 3 (the two right before)', doc('甲。\n\n乙。\n\n丙。\n\n⟦前两款⟧规定以外的。'), ['art 1¶2–3 rel 前两款']],
  ['前二款, 前三款, 前四款: the N paragraphs before', doc('甲。\n\n乙。\n\n丙。\n\n丁。\n\n⟦前四款⟧、⟦前三款⟧和⟦前二款⟧。'), ['art 1¶1–4 rel 前四款', 'art 1¶2–4 rel 前三款', 'art 1¶3–4 rel 前二款']],
  ['本条前两款, 本条前款: one reference each (本条 names the article they are in)', doc('甲。\n\n乙。\n\n适用⟦本条前两款⟧，⟦本条前款⟧除外。'), ['art 1¶1–2 rel 前两款', 'art 1¶2 rel 前款']],
  ['前两款 in paragraph 2, 前三款 in paragraph 3: fewer paragraphs before it than it names — nothing, as 前款 in paragraph 1', doc('甲。\n\n前两款。\n\n前三款。'), []],
  ['第X条前两款 (刑法第三百零七条之一前三款): that article\'s first paragraphs, not the ones before the reference', doc('甲。\n\n乙。\n\n丙。\n\n依照⟦第二条⟧⟦前两款⟧和刑法⟦第三百零七条之一⟧⟦前三款⟧。'),
    ['art 2', 'art 2¶1–2', 'art 307之1 《刑法》 bare', 'art 307之1¶1–3 《刑法》 bare']],
  ['第X条前款 names nothing: not the paragraph before the reference', doc('甲。\n\n依照⟦第二条⟧前款。'), ['art 2']],
  ['前两款 in quoted text is uncertain', doc('甲。\n\n乙。\n\n修改为：“⟦前两款⟧规定”。'), ['art 1¶1–2 rel 前两款 ~']],
  ['前项, 本项 in an item: the item before it, this item', doc('甲：\n\n（一）乙；\n\n（二）不属于⟦前项⟧规定的情形；\n\n（三）⟦本项⟧所称丙。'), ['art 1¶1(1) rel 前项', 'art 1¶1(3) rel 本项']],
  ['前项 in an item of a list that goes on after a paragraph inside an item: the item before it', doc('甲：\n\n（一）乙。\n\n丙；\n\n（二）以⟦前项⟧手段获取的。'), ['art 1¶1(1) rel 前项']],
  ['前项 in the first item, 前项 and 本项 outside a list (条/款/项): nothing', doc('甲：\n\n（一）前项；\n\n（二）乙。\n\n依照前项和本项规定。'), []],
  ['本项目, 资本项下, 目前项目 in an item: words, not 本项 or 前项', doc('甲：\n\n（一）乙；\n\n（二）本项目、资本项下和目前项目。'), []],
  ['前项, 本项 in the 条/项/款 convention: the paragraph before, this paragraph', '# 测试协定\n\n## 第一条\n\n一、甲。\n\n二、依照⟦本条第一项⟧、⟦前项⟧和⟦本项⟧。\n', ['art 1¶1 rel 本条', 'art 1¶1 rel 前项', 'art 1¶2 rel 本项']],
  ['前两项, 前三项 in an item: the N items right before it', doc('甲：\n\n（一）乙；\n\n（二）丙；\n\n（三）丁；\n\n（四）⟦前三项⟧和⟦前两项⟧以外的。'), ['art 1¶1(1–3) rel 前三项', 'art 1¶1(2–3) rel 前两项']],
  ['前三项 in item (三), 前两项 outside a list (对前三项污染物征收: the first of a ranking): nothing', doc('甲：\n\n（一）乙；\n\n（二）丙；\n\n（三）前三项。\n\n对前两项污染物征收。'), []],
  ['前两项 in the 条/项/款 convention: the paragraphs before', '# 测试协定\n\n## 第一条\n\n一、甲。\n\n二、乙。\n\n三、依照⟦本条第一项⟧和⟦前两项⟧。\n', ['art 1¶1 rel 本条', 'art 1¶1–2 rel 前两项']],
  ['第X条第Y款前两项 (婚姻法第三十二条第三款前三项): that paragraph\'s first items', doc('甲。\n\n依照⟦第二条第一款⟧⟦前两项⟧。'), ['art 2¶1', 'art 2¶1(1–2)']],
  ['上款, 上款第（Z）项, 上条: the paragraph before, an item of it, the article before, as 前款 and 前条 (教师资格条例: 依照上款规定确定类别; 母婴保健法: 上款第（三）项)',
    doc('甲：\n\n（一）乙；\n\n（二）丙。\n\n依照⟦上款⟧和⟦上款第（二）项⟧。').replace('## 第三条\n\n戊。', '## 第三条\n\n依照⟦上条⟧。'), ['art 1¶1 rel 上款', 'art 1¶1(2) rel 上款', 'art 2 rel 上条']],
  ['以上条件, 以上款项, 上款 in the first paragraph, 上条 in the first article: nothing', doc('达到以上条件的，收取以上款项。依照上款和上条。'), []],
  ['前两条, 前五条: the N articles right before the one it is written in (政府采购法: 有前两条违法行为之一)',
    doc('甲。', '甲国和乙国合作协定', '\n## 第六条\n\n有⟦前两条⟧、⟦前五条⟧和⟦前二条⟧规定的情形。\n'), ['art 4–5 rel 前两条', 'art 1–5 rel 前五条', 'art 4–5 rel 前二条']],
  ['前两条 over an article 之一: the two articles right before, whatever their numbers', '# 测试协定\n\n## 第一条\n\n甲。\n\n## 第一条之一\n\n乙。\n\n## 第二条\n\n依照⟦前两条⟧。\n', ['art 1–1之1 rel 前两条']],
  ['前两条 in the second article, 前三条 in the third: fewer articles before it than it names — nothing', doc('甲。').replace('## 第二条\n\n甲：', '## 第二条\n\n前两条：').replace('## 第三条\n\n戊。', '## 第三条\n\n前三条。'), []],
  ['前条 after 第X条之一', '# 测试协定\n\n## 第一条\n\n甲。\n\n## 第一条之一\n\n乙。\n\n## 第二条\n\n依照⟦前条⟧。\n', ['art 1之1 rel 前条']],
  ['in an article headed 第…款 (old treaties), 前款 本款 次款 are articles', '# 测试条约\n\n## 第一款\n\n甲。\n\n## 第二款\n\n⟦前款⟧、⟦本款⟧、⟦次款⟧、⟦第一款⟧。\n\n## 第三款\n\n丙。\n', ['art 1 rel 前款', 'art 2 rel 本款', 'art 3 rel 次款', 'art 1']],
  ['a relative word in quoted text is uncertain', doc('甲。\n\n修改为：“⟦前款⟧规定”。'), ['art 1¶1 rel 前款 ~']],

  // Units of the enclosing article written alone.
  ['第（Z）项 alone: an item of the paragraph it is written in', '# 测试协定\n\n## 第一条\n\n甲：\n\n（一）乙；\n\n（二）丙，⟦第（一）项⟧除外。\n', ['art 1¶1(1)']],
  ['第（Z）项 in a paragraph after the list: the list\'s paragraph', '# 测试协定\n\n## 第一条\n\n甲：\n\n（一）乙；\n\n（二）丙。\n\n有⟦第（二）项⟧情形的，丁。\n', ['art 1¶1(2)']],
  ['第Y款 alone: a paragraph of this article, never reported', '# 测试协定\n\n## 第一条\n\n甲。\n\n乙。\n\n适用⟦第二款⟧。\n', ['art 1¶2 ~']],
  ['第Z项 alone: item or paragraph of this article', '# 测试协定\n\n## 第一条\n\n甲。\n\n适用⟦第二项⟧。\n', ['art 1(2)?']],
  ['第Y款第（Z）项 alone', '# 测试协定\n\n## 第一条\n\n甲：\n\n（一）乙；\n\n（二）丙。\n\n适用⟦第一款第（二）项⟧。\n', ['art 1¶1(2) ~']],
  ['an item in a list whose lead names another article: that article\'s item', '# 测试条例\n\n## 第一条\n\n甲。\n\n## 第二条\n\n违反⟦本条例第一条⟧规定，有下列行为之一的：\n\n（一）乙；\n\n（二）违反⟦第七项⟧规定的。\n',
    ['art 1 label=第一条', 'art 1(7)?']],
  // Branch h12model (sample H, references.ts `units.item !== undefined` before leadArticle): a unit
  // whose number is left blank (a form to fill in: 第  项, 第  款) names no unit, in an item under a
  // lead naming another article or not.
  // 本条's units in such an item (a penalty clause's `违反本条例第十九条规定，有下列行为之一的：（二）违反本条第二款规定的`,
  // LawRefBook/Laws): the lead's article's, uncertain — this article's own paragraphs are meant less often.
  ['本条第二款 in an item of a list whose lead names another article: that article\'s paragraph, uncertain', '# 测试条例\n\n## 第一条\n\n甲。\n\n乙。\n\n## 第二条\n\n违反⟦本条例第一条⟧规定，有下列行为之一的：\n\n（一）违反⟦本条第二款⟧规定的；\n\n（二）丙。\n',
    ['art 1 label=第一条', 'art 1¶2 rel 本条 ~']],
  ['本条第二款 in an item of a list whose lead names another article, this article having a second paragraph: this article\'s', '# 测试条例\n\n## 第一条\n\n甲。\n\n乙。\n\n## 第二条\n\n违反⟦本条例第一条⟧规定，有下列行为之一的：\n\n（一）违反⟦本条第二款⟧规定的；\n\n（二）丙。\n\n丁。\n',
    ['art 1 label=第一条', 'art 2¶2 rel 本条']],
  ['本条第二款 in an item of a list whose lead names no other article: this article\'s', '# 测试条例\n\n## 第一条\n\n甲。\n\n## 第二条\n\n有下列行为之一的：\n\n（一）违反⟦本条第二款⟧规定的；\n\n（二）丙。\n\n丁。\n',
    ['art 2¶2 rel 本条']],
  ['第  项 and 第  款 left blank name nothing', '# 测试条例\n\n## 第一条\n\n甲。\n\n## 第二条\n\n违反⟦本条例第一条⟧规定，有下列行为之一的：\n\n（一）乙；\n\n（二）违反第  项或者第  款规定的。\n\n适用第  款。\n',
    ['art 1 label=第一条']],
  ['an item after an article named in its own item: that article\'s, uncertain', '# 测试条例\n\n## 第一条\n\n甲。\n\n## 第二条\n\n有下列行为之一的：\n\n（一）违反⟦第一条⟧规定，或者违反⟦第（三）项⟧规定的；\n\n（二）乙。\n',
    ['art 1', 'art 1(3) ~']],
  ['financial numerals (大写, every 一 a converter wrote 壹) where the articles are 款: 第壹款, 第貳款', '# 测试条约\n\n## 第壹款\n\n甲。\n\n## 第貳款\n\n以⟦第壹款⟧所定之界限为准，照⟦第貳款⟧办理。\n', ['art 1', 'art 2']],
  ['a list of 款 counted where the articles are 款 (`第四、第五、第六三款`, the 1890 Sikkim convention): articles, not article 63', '# 测试条约\n\n## 第一款\n\n甲。\n\n## 第二款\n\n乙。\n\n## 第三款\n\n将⟦第一⟧、⟦第二⟧两款会商，⟦第一⟧至⟦第三⟧三款为准。\n', ['art 1', 'art 2', 'art 1', 'art 3']],
  ['第X、Y款 where the articles are 款: articles X and Y', '# 测试条约\n\n## 第一款\n\n甲。\n\n## 第二款\n\n乙。\n\n## 第三款\n\n将⟦第一⟧、⟦二款⟧会商。\n', ['art 1', 'art 2']],
  ['第六款 alone where the articles are 款: that article', '# 测试条约\n\n## 第一款\n\n按照⟦第二款⟧赔偿。\n\n## 第二款\n\n乙。\n', ['art 2']],

  // Self-references and defined terms.
  ['本协定 alone', doc('⟦本协定⟧自签字之日起生效。'), ['self']],
  ['a resolution\'s paragraphs: 上文第1段 is its point 1., another resolution\'s 第10段 none', '联合国安理会第1号决议\n\n安全理事会，\n\n回顾其决议，\n1. 决定设立委员会；\n2. 决定审议⟦上文第1段⟧所述任务和第1483(2003)号决议第10段；\n3. 决定继续处理此案。\n', ['art 1 label=第1段']],
  ['本 after a verb ending in 成 (完成, 构成, 達成): the self-reference after it', doc('双方完成⟦本协定⟧生效所需的程序。附件构成⟦本协定⟧的组成部分，達成⟦本協定⟧。'), ['self', 'self', 'self']],
  ['本协定 in quoted text: uncertain', doc('修改为：“⟦本协定⟧适用。”'), ['self ~']],
  // A protocol to an agreement (`…协定的议定书`, `…協定附加議定書`) says 本协定 of the agreement it belongs to, 本议定书 of itself:
  // the agreement's words are uncertain here, as quoted ones are (the China–Germany investment protocol of 2003).
  ['本协定 in a protocol to an agreement: the agreement\'s, uncertain; 本议定书 is the protocol', doc('⟦本协定⟧适用于缔约各方领土，⟦本议定书⟧同时生效，⟦本协定第三条⟧除外。', '甲国和乙国投资协定的议定书'),
    ['self ~', 'self', 'art 3 ~ label=第三条']],
  ['本協定 in a protocol added to an agreement, in traditional script', doc('依據⟦本協定⟧派遣。', '甲國與乙國農業技術合作協定附加議定書'), ['self ~']],
  // A law named by its number, as Macao's are (`第3/1999號法律`, `第9/2000號行政法規`, `第43/99/M號法令`): its articles, and those listed after
  // them, are that law's, cited by its number as its title (a Macao law's file is titled so: `第3/1999號法律` / `法規的公佈與格式`).
  // (`(六)項`, Macao's item named by its bracketed number with no 第, is article 3's item; the article listed after it the same law's.)
  ['a law named by its number: its articles are that law\'s', doc('根據澳門特別行政區第3/1999號法律⟦第三條(六)項⟧及⟦第六條第一款⟧、第43/99/M號法令⟦第六條⟧的規定。依照⟦第三条⟧。'),
    ['art 3(6) 《第3/1999号法律》 bare', 'art 6¶1 《第3/1999号法律》 bare', 'art 6 《第43/99/M号法令》 bare', 'art 3']],
  // An ordinance named by its year and number alone, as Hong Kong's amending ordinances are cited (`1998年第26号第2条`, `(由1993年第89号第2条增补)`): its sections are another's.
  ['an ordinance named by its number alone (年第N号): its sections are another\'s', doc('具追溯力的适应化修订─见1998年第26号第2条。(由1993年第89号 第2条增补)。依照⟦第三条⟧。'), ['art 3']],
  // UN model texts bracket the word a treaty calls itself (`本《條約》各項規定`, `本《公约》第三条`): this text, not a citation of one titled 条约.
  ['本《公约》, 本《條約》: this text, not a citation', doc('依照⟦本《公约》⟧和⟦本《條約》⟧，⟦本《公约》第三条⟧，⟦《公约》⟧。'), ['self', 'self', 'art 3 label=第三条', 'cite 《公约》']],
  ['本协定 in a protocol whose title names no agreement: this text\'s (a wrong word, not another\'s)', doc('⟦本协定⟧适用。', '甲国和乙国议定书'), ['self']],
  ['a protocol titled by its kind alone: the agreement its first sentence is concluded with (在签订…协定时) is what 本协定 names, uncertain',
    '# 议 定 书\n\n在签订甲国政府和乙国政府关于对所得避免双重征税的协定时，下列代表同意以下规定作为⟦本协定⟧的组成部分：\n\n## 第一条\n\n⟦本议定书⟧自签字之日起生效。\n', ['self ~', 'self']],
  // The quick fix 在下一行禁用 puts a comment line above the first sentence: the sentence is still the first, 本协定 still the agreement's.
  ['a protocol titled by its kind alone, a comment line before its first sentence: 本协定 still names the agreement concluded, uncertain',
    '# 议 定 书\n\n<!-- treaty-disable-next-line style.half-width-punctuation -->\n在签订甲国政府和乙国政府关于对所得避免双重征税的协定时,下列代表同意以下规定作为⟦本协定⟧的组成部分:\n\n## 第一条\n\n⟦本议定书⟧自签字之日起生效。\n', ['self ~', 'self']],
  ['a protocol titled by its kind alone whose first sentence concludes nothing: 本协定 is this text\'s', '# 议定书\n\n双方同意如下：\n\n## 第一条\n\n⟦本协定⟧适用。\n', ['self']],
  ['self words of every kind', doc('⟦本议定书⟧、⟦本公约⟧、⟦本法⟧、⟦本條約⟧。'), ['self', 'self', 'self', 'self']],
  ['self words of rules and other instruments: 本细则, 本规则, 本准则, 本解释, 本规范, 本守则, 本标准, 本通则, 本法典, 本纲要',
    doc('⟦本细则⟧、⟦本规则⟧、⟦本准则⟧、⟦本解释⟧、⟦本规范⟧、⟦本守则⟧、⟦本标准⟧、⟦本通则⟧、⟦本法典⟧、⟦本纲要⟧。'), ['self', 'self', 'self', 'self', 'self', 'self', 'self', 'self', 'self', 'self']],
  ['本细则第X条, 本法典第X条: the span holds the self-reference', doc('依照⟦本细则第三条⟧和⟦本法典第四条⟧。'), ['art 3 label=第三条', 'art 4 label=第四条']],
  ['a defined term and its uses', '# 测试协定\n\n甲国和乙国（以下简称“双方”），达成协议如下：\n\n## 第一条\n\n⟦双方⟧合作，⟦雙方⟧同意。\n', ['term 双方#0', 'term 雙方#0']],

  // Citations.
  ['《title》', doc('根据⟦《联合国宪章》⟧。'), ['cite 《联合国宪章》']],
  ['nested 《关于〈…〉的议定书》: both', doc('根据⟦《关于⟦〈甲乙协定〉⟧的议定书》⟧。'), ['cite 《关于〈甲乙协定〉的议定书》 =关于甲乙协定的议定书', 'cite 《甲乙协定》']],
  ['a dated citation', doc('根据1993年10月18日⟦《甲乙协定》⟧。'), ['cite 《甲乙协定》 date=1993年10月18日']],
  ['a date with 签署的 between', doc('根据2002年6月7日在北京签署的⟦《甲乙协定》⟧。'), ['cite 《甲乙协定》 date=2002年6月7日']],
  ['a span of years dates no citation', doc('根据一九九三年至一九九九年签署的⟦《甲乙协定》⟧。'), ['cite 《甲乙协定》']],
  ['a title in quotation marks ending with a kind (older texts)', doc('根据⟦“中华人民共和国和甲国贸易协定”⟧。'), ['cite 《中华人民共和国和甲国贸易协定》 quoted']],
  ['a short form of a joint statement', doc('重申⟦中哈联合声明⟧的原则。'), ['cite 《中哈联合声明》 =中华人民共和国和哈萨克斯坦共和国联合声明 short']],
  ['a short form with 建交, dated', doc('重申1992年1月3日⟦中哈建交联合公报⟧。'), ['cite 《中哈建交联合公报》 =中华人民共和国和哈萨克斯坦共和国建交联合公报 date=1992年1月3日 short']],

  // Articles of other instruments.
  ['《title》第X条: the span opens with the citation', doc('依照⟦⟦《联合国宪章》⟧第一百零二条⟧。'), ['cite 《联合国宪章》', 'art 102 《联合国宪章》 label=第一百零二条']],
  ['《title》第X条和第Y条: the second is the same instrument\'s', doc('依照⟦⟦《甲乙公约》⟧第二条⟧和⟦第三条⟧。'), ['cite 《甲乙公约》', 'art 2 《甲乙公约》 label=第二条', 'art 3 《甲乙公约》']],
  ['《title》第X条至第Y条', doc('依照⟦⟦《甲乙公约》⟧第二条⟧至⟦第三条⟧。'), ['cite 《甲乙公约》', 'art 2 《甲乙公约》 from label=第二条', 'art 3 《甲乙公约》 to']],
  ['《title》（以下简称“X”）第X条', '# 测试议定书\n\n## 第一条\n\n⟦《甲乙公约》⟧（以下简称“公约”）⟦第二条⟧规定，⟦公约⟧⟦第三条⟧。\n',
    ['cite 《甲乙公约》', 'art 2 《甲乙公约》', 'term 公约#0', 'art 3 《甲乙公约》']],
  ['该公约第X条: the last cited convention', doc('根据⟦《甲乙公约》⟧。\n\n该公约⟦第二条⟧规定。'), ['cite 《甲乙公约》', 'art 2 《甲乙公约》']],
  ['其第X条: the instrument just cited', doc('根据⟦《甲乙公约》⟧及其⟦第二条⟧。'), ['cite 《甲乙公约》', 'art 2 《甲乙公约》']],
  ['a kind not this instrument\'s, cited before: 公约第X条', doc('根据⟦《甲乙公约》⟧，以及公约⟦第二条⟧。'), ['cite 《甲乙公约》', 'art 2 《甲乙公约》']],
  ['a bare name before 第X条: 香港特别行政区基本法', doc('依照香港特别行政区基本法⟦第二条⟧。'), ['art 2 《香港特别行政区基本法》 bare']],
  ['刑法第X条: a law cited by a short name; a bare article later in the sentence continues it', doc('依照刑法⟦第一百六十三条⟧规定的罪、⟦第二百七十一条⟧规定的罪。又见⟦第三条⟧。'),
    ['art 163 《刑法》 bare', 'art 271 《刑法》 bare ~', 'art 3']],
  ['a bilateral title named bare: its two states joined by 和, and 和平 a word of it, no cut (中华人民共和国和日本国和平友好条约第三条)', doc('根据一九七八年八月十二日在北京签订的中华人民共和国和日本国和平友好条约⟦第三条⟧的规定。'),
    ['art 3 《中华人民共和国和日本国和平友好条约》 bare']],
  ['和 before a name opening with no state\'s cuts still (本法和刑法第五条)', doc('依照中华人民共和国和刑法⟦第五条⟧。'), ['art 5 《刑法》 bare']],
  ['a law named …法律适用法: 适用 is part of its name, not the verb before it (涉外民事关系法律适用法第十条第一款)', doc('根据涉外民事关系法律适用法⟦第十条第一款⟧的规定。'), ['art 10¶1 《涉外民事关系法律适用法》 bare']],
  ['a law\'s part and chapter before the article', doc('依照刑法分则第九章⟦第三百九十八条⟧。'), ['art 398 《刑法》 bare']],
  ['修改前的《…》第X条: another version, uncertain', doc('依照修改前的⟦⟦《中华人民共和国商标法》⟧第二十七条⟧。'), ['cite 《中华人民共和国商标法》', 'art 27 《中华人民共和国商标法》 ~ label=第二十七条']],
  ['修改前商标法第X条', doc('依照修改前商标法⟦第二十七条⟧。'), ['art 27 《商标法》 bare ~']],
  ['修订前的刑法第X条: the version words before a law\'s short name (the 的 cuts them off the name): another version, uncertain', doc('依照修订前的刑法⟦第三条⟧和修正后的中华人民共和国刑法⟦第四条⟧。'),
    ['art 3 《刑法》 bare ~', 'art 4 《中华人民共和国刑法》 bare ~']],
  ['修改前的刑法第X条 after the law was cited: that law in another version, uncertain', doc('根据⟦《中华人民共和国刑法》⟧。\n\n依照修改前的刑法⟦第三条⟧和刑法⟦第四条⟧。'),
    ['cite 《中华人民共和国刑法》', 'art 3 《中华人民共和国刑法》 ~', 'art 4 《中华人民共和国刑法》']],
  ['该宣言第五项: another instrument\'s numbered paragraph, uncertain', doc('根据⟦《甲乙联合宣言》⟧。\n\n该宣言⟦第五项⟧。'), ['cite 《甲乙联合宣言》', 'art 5 《甲乙联合宣言》 ~']],
  ['an instrument cited on an earlier line, the kind named again', doc('根据⟦《甲乙公约》⟧。\n\n上述公约⟦第三条⟧。'), ['cite 《甲乙公约》', 'art 3 《甲乙公约》']],

  ['本条约 is a self-reference, not 本条', doc('⟦本条约⟧。'), ['self']],
  ['双方声明第X条: 声明 alone is a common word, so the article is this instrument\'s', doc('双方声明⟦第三条⟧。'), ['art 3']],
  // Sixteen terms, more than the bits a run's walk gives them (references.ts C_TERMS: fourteen, a term's bit its index modulo
  // fourteen): the fifteenth and sixteenth share the first two's bits, their uses found on runs holding no other term.
  ['sixteen defined terms: the last two found on lines of their own', '# 测试协定\n\n子国（以下简称“子方”）、丑国（以下简称“丑方”）、寅国（以下简称“寅方”）、卯国（以下简称“卯方”）、辰国（以下简称“辰方”）、巳国（以下简称“巳方”）、午国（以下简称“午方”）、未国（以下简称“未方”）、申国（以下简称“申方”）、酉国（以下简称“酉方”）、戌国（以下简称“戌方”）、亥国（以下简称“亥方”）、甲国（以下简称“甲方”）、乙国（以下简称“乙方”）、丙国（以下简称“丙方”）、丁国（以下简称“丁方”），达成协议如下：\n\n## 第一条\n\n⟦丙方⟧和⟦丁方⟧合作。\n\n⟦子方⟧同意。\n',
    ['term 丙方#14', 'term 丁方#15', 'term 子方#0']],
  ['a defined short name in quotation marks is no quoted title; its use is a term', '# 测试议定书\n\n## 第一条\n\n⟦《甲乙两国政府间协定》⟧（以下简称“甲乙协定”）。⟦甲乙协定⟧。\n', ['cite 《甲乙两国政府间协定》', 'term 甲乙协定#0']],

  // Quotation.
  ['quoted in 「」 and 『』: uncertain; after the closing mark: certain', doc('修改为「⟦第三条⟧」，『⟦本协定⟧』，⟦第四条⟧。'), ['art 3 ~', 'self ~', 'art 4']],
  ['a quotation open over several lines: the lines inside it are quoted', doc('修改为：“依照⟦第三条⟧。\n\n依照⟦第四条⟧。”\n\n依照⟦第五条⟧。'), ['art 3 ~', 'art 4 ~', 'art 5']],
  ['a sentence ending inside quotation marks does not end the sentence', doc('依照刑法⟦第一条⟧规定的“罪。”、⟦第二条⟧。'), ['art 1 《刑法》 bare', 'art 2 《刑法》 bare ~']],
  ['本… before a later article: this instrument\'s, not the law\'s', doc('依照刑法⟦第一条⟧和本司法解释⟦第九条⟧。'), ['art 1 《刑法》 bare', 'art 9']],
  ['本解释第X条 ends a list of a law\'s articles: the articles listed after it are this text\'s', doc('依照⟦⟦《刑法》⟧第一条⟧、⟦第二条⟧和⟦本解释第九条⟧、⟦第十条⟧，刑法⟦第三条⟧、本司法解释⟦第四条⟧和⟦第五条⟧。'),
    ['cite 《刑法》', 'art 1 《刑法》 label=第一条', 'art 2 《刑法》', 'art 9 label=第九条', 'art 10', 'art 3 《刑法》', 'art 4', 'art 5']],
  // (In the last article: 第二条 after 第一条 in the first would be read as the next article's heading, glued.)
  ['a sentence ended by ； ！ ？ or ;', doc('甲。', '甲国和乙国合作协定', '\n依照刑法⟦第一条⟧；⟦第二条⟧！⟦第一条⟧？⟦第二条⟧;⟦第三条⟧。\n'), ['art 1 《刑法》 bare', 'art 2', 'art 1', 'art 2', 'art 3']],

  // Anaphors.
  ['前述, 所述, 这, 各该, 原 before a kind', doc('根据⟦《甲乙公约》⟧。\n\n前述公约⟦第一条⟧、所述公约⟦第二条⟧、这公约⟦第三条⟧、各该公约⟦第四条⟧、原公约⟦第五条⟧。'),
    ['cite 《甲乙公约》', 'art 1 《甲乙公约》', 'art 2 《甲乙公约》', 'art 3 《甲乙公约》', 'art 4 《甲乙公约》', 'art 5 《甲乙公约》']],
  ['此第X条: 此 alone is no instrument', doc('根据⟦《甲乙公约》⟧，此⟦第三条⟧。'), ['cite 《甲乙公约》', 'art 3']],
  ['the anaphor\'s kind decides: 该条约 after a 公约 and a 条约, the 条约', doc('根据⟦《甲乙条约》⟧和⟦《丙丁公约》⟧，该条约⟦第三条⟧。'), ['cite 《甲乙条约》', 'cite 《丙丁公约》', 'art 3 《甲乙条约》']],
  ['the last one cited of that kind', doc('根据⟦《甲乙公约》⟧和⟦《丙丁公约》⟧，该公约⟦第三条⟧。'), ['cite 《甲乙公约》', 'cite 《丙丁公约》', 'art 3 《丙丁公约》']],
  ['cited again: the later citation is the last one', doc('根据⟦《甲乙公约》⟧和⟦《丙丁公约》⟧。\n\n又依照⟦《甲乙公约》⟧。\n\n该公约⟦第三条⟧。'), ['cite 《甲乙公约》', 'cite 《丙丁公约》', 'cite 《甲乙公约》', 'art 3 《甲乙公约》']],
  ['a name before the kind: the instrument cited under that name', doc('根据⟦《中华人民共和国和甲国边界条约》⟧，依照边界条约⟦第二条⟧。'), ['cite 《中华人民共和国和甲国边界条约》', 'art 2 《中华人民共和国和甲国边界条约》']],
  ['a name before the kind not cited: a bare name', doc('依照甲国民法典⟦第二条⟧和民法通则⟦第三条⟧。'), ['art 2 《甲国民法典》 bare', 'art 3 《民法通则》 bare']],
  ['a kind this document is: 双方协定第X条 is its own', doc('依照双方协定⟦第二条⟧。'), ['art 2']],
  ['条例 cited by name', doc('依照医疗器械监督管理条例⟦第八十六条⟧。'), ['art 86 《医疗器械监督管理条例》 bare']],
  ['a short name defined: 协议第X条 is that instrument\'s', '# 测试议定书\n\n根据⟦《甲乙合作协议》⟧（以下简称“协议”），达成⟦协议⟧如下：\n\n## 第一条\n\n依照⟦协议⟧⟦第二条⟧和修改后的⟦协议⟧⟦第三条⟧。\n',
    ['cite 《甲乙合作协议》', 'term 协议#0', 'term 协议#0', 'art 2 《甲乙合作协议》', 'term 协议#0', 'art 3 《甲乙合作协议》 ~']],
  ['《…》（…）第X条: the citation\'s parenthetical between', doc('依照⟦《甲乙公约》⟧（2001年）⟦第二条⟧。'), ['cite 《甲乙公约》', 'art 2 《甲乙公约》']],
  ['a citation in a text without articles: its articles are certain', '# 甲国和乙国合作协定\n\n一、依照⟦⟦《甲乙公约》⟧第三条⟧。\n', ['cite 《甲乙公约》', 'art 3 《甲乙公约》 label=第三条']],

  // Citations, more.
  ['a date with 0 or O among Chinese numerals', doc('根据二O一三年五月一日⟦《甲乙协定》⟧和二0一四年五月一日签订的⟦《丙丁协定》⟧。'), ['cite 《甲乙协定》 date=二O一三年五月一日', 'cite 《丙丁协定》 date=二0一四年五月一日']],
  ['a date too far before, or with other words between, dates nothing', doc('根据2001年6月15日双方在北京举行会谈时所签的⟦《甲乙协定》⟧。'), ['cite 《甲乙协定》']],
  ['a short form inside 《》 is the one citation', doc('根据⟦《中哈联合声明》⟧。'), ['cite 《中哈联合声明》']],
  // (The title is read off the folded text: simplified, where the Citation type says "as written".)
  ['a title in traditional script', doc('根據⟦《聯合國憲章》⟧。'), ['cite 《联合国宪章》']],
  ['markup in a title', doc('根据⟦《甲乙 *合作* 协定》⟧。'), ['cite 《甲乙合作协定》']],
  ['a title of 200 characters with a title inside is a citation; 121 without one is not', doc(`见⟦《${'甲'.repeat(193)}⟦〈乙协定〉⟧协定》⟧和《${'丙'.repeat(119)}协定》。`), [`cite 《${'甲'.repeat(193)}〈乙协定〉协定》 =${'甲'.repeat(193)}乙协定协定`, 'cite 《乙协定》']],
  ['a title of 120 characters is a citation; 201 with a title inside is not, the title inside is', doc(`见⟦《${'丙'.repeat(118)}协定》⟧和《${'甲'.repeat(194)}⟦〈乙协定〉⟧协定》。`), [`cite 《${'丙'.repeat(118)}协定》`, 'cite 《乙协定》']],
  ['a line opening with a quotation mark: quoted', doc('“依照⟦第三条⟧。”\n\n「⟦本协定⟧」\n\n『依照⟦第四条⟧』'), ['art 3 ~', 'self ~', 'art 4 ~']],
  ['a title in quotation marks opening a line', doc('⟦“中华人民共和国和甲国贸易协定”⟧已终止。'), ['cite 《中华人民共和国和甲国贸易协定》 quoted']],
  ['terms: the longest first; none inside a citation; a one-character term by meaning never looked for',
    '# 测试协定\n\n“人”一语包括个人。甲乙两国（以下简称“双方”）设立委员会（以下简称“机构”）和合作委员会（以下简称“合作机构”）：\n\n## 第一条\n\n⟦双方⟧、⟦合作机构⟧、⟦机构⟧、⟦《双方协定》⟧、个人。\n',
    ['term 双方#1', 'term 合作机构#3', 'term 机构#2', 'cite 《双方协定》']],

  // Short names, more.
  ['a short name that is no kind: 文件第X条 after “文件” is defined', '# 测试议定书\n\n## 第一条\n\n根据⟦《甲乙合作文件》⟧（以下简称“文件”）。\n\n依照⟦文件⟧⟦第二条⟧、本⟦文件⟧⟦第三条⟧和修改后的⟦文件⟧⟦第四条⟧。\n',
    ['cite 《甲乙合作文件》', 'term 文件#0', 'art 2 《甲乙合作文件》', 'term 文件#0', 'art 3', 'term 文件#0', 'art 4 《甲乙合作文件》 ~']],
  ['a short name defined two characters after the citation', '# 测试议定书\n\n## 第一条\n\n根据⟦《甲乙合作文件》⟧全文（以下简称“文件”）。\n\n依照⟦文件⟧⟦第二条⟧。\n', ['cite 《甲乙合作文件》', 'term 文件#0', 'art 2 《甲乙合作文件》']],
  ['a short name defined three characters after the citation is not its', '# 测试议定书\n\n## 第一条\n\n根据⟦《甲乙合作文件》⟧的全文（以下简称“文件”）。\n\n依照⟦文件⟧⟦第二条⟧。\n', ['cite 《甲乙合作文件》', 'term 文件#0', 'art 2']],
  ['a half-width parenthetical after the citation', doc('依照⟦《甲乙公约》⟧(2001年)⟦第二条⟧。'), ['cite 《甲乙公约》', 'art 2 《甲乙公约》']],
  ['a parenthetical of more than 60 characters cuts the citation off', doc(`依照《甲乙协议》（${'甲'.repeat(60)}）⟦第二条⟧。`.replace('《甲乙协议》', '⟦《甲乙协议》⟧')), ['cite 《甲乙协议》', 'art 2']],
  ['附录 like 附件: another text', doc('附录二第三条。'), []],
  ['a law\'s chapter and section, then a list', doc('依照刑法分则第三章第二节、⟦第一百九十条⟧。'), ['art 190 《刑法》 bare']],
  ['a name with 共和国: the 和 of 共和国 does not cut it', doc('依照中华人民共和国刑法⟦第三条⟧。'), ['art 3 《中华人民共和国刑法》 bare']],
  ['a name of two characters before a kind that is not a law\'s short name is a word', doc('根据⟦《丙丁条例》⟧，依照甲乙条例⟦第二条⟧和甲乙丙条例⟦第三条⟧。'), ['cite 《丙丁条例》', 'art 2 《丙丁条例》', 'art 3 《甲乙丙条例》 bare']],
  ['该声明第X条: a joint statement cited before', doc('根据⟦《甲国和乙国联合声明》⟧，该声明⟦第三条⟧。'), ['cite 《甲国和乙国联合声明》', 'art 3 《甲国和乙国联合声明》']],
  ['a name cited before, matched by its ending', doc('根据⟦《中华人民共和国刑法》⟧。\n\n依照刑法⟦第三条⟧。'), ['cite 《中华人民共和国刑法》', 'art 3 《中华人民共和国刑法》']],

  // Headings and lines.
  // A law's article, its label and first paragraph on one line (`第二条　依照…`): the label is no reference, a later 第…条 on its line
  // is (the heading alone, one 第 and the label's 条, is read for none: references.ts onlyOwnLabel).
  ['a law\'s article: a reference on its label\'s line', '# 测试条例\n\n第一条　甲。\n\n第二条　依照⟦第一条⟧的规定。\n\n第三条　依照⟦第二条⟧和⟦本条例第一条⟧。\n', ['art 1', 'art 2', 'art 1 label=第一条']],
  ['a reference in an article\'s caption is one; its label is not', '# 测试协定\n\n## 第一条\n\n甲。\n\n## 第二条　关于⟦第一条⟧的适用\n\n乙。\n', ['art 1']],
  ['a relative word inside a citation is none', doc('根据⟦《关于前款事项的协定》⟧。'), ['cite 《关于前款事项的协定》']],
  ['a line of 20 000 characters is read', doc('依照⟦第三条⟧' + '甲'.repeat(19995)), ['art 3']],
  ['a line of more is not', doc('依照第三条' + '甲'.repeat(19996)), []],
  ['many references on a line stay in text order', doc(Array(20).fill('⟦本协定⟧和⟦第三条⟧').join('，')), Array(20).fill(['self', 'art 3']).flat()],
  ['a quotation left open is closed after 40 lines', doc('修改为：“甲。\n\n' + '乙。\n\n'.repeat(38) + '依照⟦第三条⟧。\n\n依照⟦第四条⟧。'), ['art 3 ~', 'art 4']],

  // The kinds the document calls itself (本协定 outside quotation marks): a kind word alone before 第X条 names it.
  ['本协定 in a protocol: 协定第X条 is its own', '# 测试议定书\n\n## 第一条\n\n⟦本协定⟧适用。\n\n依照协定⟦第三条⟧。\n', ['self', 'art 3']],
  ['本协定 only in quotation marks: 协定第X条 is another\'s, which cannot be told; the quoted 本协定 is the agreement\'s, not this protocol\'s', '# 测试议定书\n\n## 第一条\n\n修改为：“本协定适用。”\n\n依照协定第三条。\n', []],
  ['quoted in a protocol that calls itself 本议定书: 本协定 is the amended agreement\'s, 本议定书 still this one', '# 甲国和乙国合作协定附加议定书\n\n## 第一条\n\n协定第七条附加一段如下：\n\n「依据本协定派遣的专家，适用⟦本议定书⟧。」\n\n## 第二条\n\n⟦本议定书⟧自签字之日起生效。\n', ['self ~', 'self']],
  ['quoted 本協定 in traditional script: the same', '# 甲國和乙國合作協定附加議定書\n\n## 第一條\n\n「依據本協定派遣。」\n\n## 第二條\n\n⟦本議定書⟧自簽字之日起生效。\n', ['self']],
  ['本协定 on a line opening with quotation marks: not counted', '# 测试议定书\n\n## 第一条\n\n“甲”是指⟦本协定⟧的缔约方。\n\n依照协定第三条。\n', ['self']],

  // Survivors of the first mutation run (each case the other side of a guard).
  ['a line opening with 第, 前款 or 次条', doc('甲。\n\n前款所称，次条。', '甲国和乙国合作协定').replace('前款所称，次条。', '⟦前款⟧所称。\n\n⟦次条⟧所称。\n\n⟦第三条⟧所称。'), ['art 1¶1 rel 前款', 'art 2 rel 次条', 'art 3']],
  ['a line with 次条 alone', doc('依照⟦次条⟧办理。'), ['art 2 rel 次条']],
  ['a number that cannot be read names no article, nor the end of a range', doc('依照第十十条和⟦第二条⟧至第十十条。'), ['art 2 from']],
  ['本条… with units read uncertain, and units in quoted text', doc('依照⟦本条第一款第二款⟧，修改为“⟦本条第一款⟧”。'), ['art 1¶1 rel 本条 ~', 'art 1¶1 rel 本条 ~']],
  ['前款第Y款第（Z）项: 前款 alone, then the units alone', doc('甲。\n\n依照⟦前款⟧⟦第一款第（二）项⟧。'), ['art 1¶1 rel 前款', 'art 1¶1(2) ~']],
  ['a relative word inside a citation in a later paragraph is none', doc('甲。\n\n根据⟦《关于前款事项的协定》⟧。'), ['cite 《关于前款事项的协定》']],
  ['a reference right after a closing quotation mark is not quoted', doc('“甲”⟦第三条⟧。'), ['art 3']],
  ['a citation right before 本协定第X条 is not its instrument', doc('根据⟦《甲乙公约》⟧⟦本协定第三条⟧。'), ['cite 《甲乙公约》', 'art 3 label=第三条']],
  ['本… between a law\'s article and a later one, not at the end: still the law\'s', doc('依照刑法⟦第一条⟧和⟦本法⟧的规定、⟦第二条⟧。'), ['art 1 《刑法》 bare', 'self', 'art 2 《刑法》 bare ~']],
  ['本协定第X条 between: a later bare article is this instrument\'s', doc('依照刑法⟦第一条⟧、⟦本协定第二条⟧、⟦第三条⟧。'), ['art 1 《刑法》 bare', 'art 2 label=第二条', 'art 3']],
  ['another instrument\'s 第Y款, or its 第Z项 with none cited: nothing', doc('根据⟦《甲乙联合宣言》⟧。\n\n该宣言第五款。又见该公约第五项。'), ['cite 《甲乙联合宣言》']],
  ['where the articles are 款: 第Y款第（Z）项 is a paragraph\'s item of this article; quoted, uncertain', '# 测试条约\n\n## 第一款\n\n按照⟦第二款第（一）项⟧，“按照⟦第二款⟧”。\n\n## 第二款\n\n乙。\n', ['art 1¶2(1) ~', 'art 2 ~']],
  ['a paragraph after an item reference: the same article\'s paragraph (the level above the item)', doc('依照⟦第二条第一款第（一）项⟧、⟦第二款⟧、⟦第二条第一款第（一）项⟧、⟦第二款第（二）项⟧。'), ['art 2¶1(1)', 'art 2¶2', 'art 2¶1(1)', 'art 2¶2(2)']],
  ['labels listed after an article, then a paragraph: not the article\'s', doc('依照⟦第二条⟧第(一)、⟦第二款⟧，⟦第二条⟧第(一)、⟦第一款第（二）项⟧。'), ['art 2', 'art 1¶2 ~', 'art 2', 'art 1¶1(2) ~']],
  ['quoted: an item after an item, labels listed, all uncertain', doc('修改为“依照⟦第二条第一款第（一）项⟧至⟦第（二）项⟧，⟦第三条⟧⟦第(一)⟧、⟦第(二)项⟧”。'), ['art 2¶1(1) ~', 'art 2¶1(2) ~', 'art 3 ~', 'art 3(1) ~', 'art 3(2) ~']],
  ['units and relative words before the first article: nothing', '# 测试协定\n\n依照第二款和第（一）项、前款、本条。\n\n## 第一条\n\n甲。\n', []],
  ['公报 alone is a common word too', doc('双方公报⟦第三条⟧。'), ['art 3']],
  ['a cited title with a note in brackets is of its kind', doc('根据⟦《甲乙公约（修订本）》⟧，该公约⟦第三条⟧。'), ['cite 《甲乙公约（修订本）》', 'art 3 《甲乙公约（修订本）》']],
  ['a parenthetical with no citation before it names no instrument', doc('依照刑法⟦第一条⟧。依照（甲）⟦第二条⟧规定的罪、⟦第三条⟧。'), ['art 1 《刑法》 bare', 'art 2', 'art 3']],
  ['第（Z）项 opening a paragraph after the list', '# 测试协定\n\n## 第一条\n\n甲：\n\n（一）乙；\n\n（二）丙。\n\n⟦第（二）项⟧所列情形除外。\n', ['art 1¶1(2)']],
  ['第（Z）项 in a paragraph after a paragraph without items: the last one with items', '# 测试协定\n\n## 第一条\n\n甲：\n\n（一）乙；\n\n（二）丙。\n\n丁。\n\n有⟦第（二）项⟧情形的，戊。\n\n己：\n\n（一）庚；\n\n（二）辛。\n', ['art 1¶1(2)']],
  ['a paragraph in an item of a list whose lead names another article: this article\'s', '# 测试条例\n\n## 第一条\n\n甲。\n\n## 第二条\n\n违反⟦本条例第一条⟧规定，有下列行为之一的：\n\n（一）乙；\n\n（二）违反⟦第二款⟧规定的。\n\n丙。\n', ['art 1 label=第一条', 'art 2¶2 ~']],
  ['a one-character term and a term defined by what it means are looked for; the longest first',
    '# 测试协定\n\n“缔约方”是指两国。某国（以下简称“甲”）、某某国（以下简称“成员国”）、某某（以下简称“成员”）：\n\n## 第一条\n\n⟦缔约方⟧、⟦甲⟧、⟦成员国⟧、⟦成员⟧。\n',
    ['term 缔约方#0', 'term 甲#1', 'term 成员国#2', 'term 成员#3']],
  ['terms that overlap: the use that starts first, the next looked for after its end (乙丙 inside 甲乙丙 is none)',
    '# 测试协定\n\n甲国（以下简称“甲乙”）、乙国（以下简称“乙丙”）：\n\n## 第一条\n\n⟦甲乙⟧丙、⟦乙丙⟧、⟦甲乙⟧⟦乙丙⟧、丙⟦乙丙⟧乙。\n',
    ['term 甲乙#0', 'term 乙丙#1', 'term 甲乙#0', 'term 乙丙#1', 'term 乙丙#1']],
  ['an amending instrument that also calls itself 本协定: its bare articles are still the amended text\'s', '# 甲国和乙国合作协定修正案\n\n## 第一条\n\n⟦本协定⟧适用。将⟦第三条⟧修改为。\n\n## 第二条\n\n乙。\n', ['self', 'art 3 ~']],

  // Survivors of the second mutation run (branch mutrefs, 2026-12-01): each case the other side of a guard.
  ['或 joins a list of another instrument\'s articles too', doc('依照⟦⟦《甲乙公约》⟧第二条⟧或⟦第三条⟧。'), ['cite 《甲乙公约》', 'art 2 《甲乙公约》 label=第二条', 'art 3 《甲乙公约》']],
  ['a bare item after an item, spaced: 第（一）项 至 第（二）项', doc('依照⟦第二条第一款第（一）项⟧ 至 ⟦第（二）项⟧办理。'), ['art 2¶1(1)', 'art 2¶1(2)']],
  ['a short name in 《》 defined after other words than the citation\'s: no alias of it', doc('根据⟦《甲乙协定》⟧的附件（以下简称⟦《附件》⟧），⟦⟦《附件》⟧第三条⟧。'), ['cite 《甲乙协定》', 'cite 《附件》', 'cite 《附件》', 'art 3 《附件》 label=第三条']],
  ['spaces inside a unit\'s number', doc('依照⟦第二条第   二款⟧办理。'), ['art 2¶2']],
  ['本协定 quoted after a quotation closed on its line: not the document\'s kind', '# 测试议定书\n\n## 第一条\n\n将“甲”改为“本协定适用。”\n\n依照协定第三条。\n', []],
  ['a line inside an open quotation, opening with a reference: quoted', doc('修改为：“依照⟦第三条⟧。\n\n⟦第四条⟧适用。”\n\n依照⟦第五条⟧。'), ['art 3 ~', 'art 4 ~', 'art 5']],
  ['第（Z）项 in the list of a later paragraph: that paragraph\'s item', '# 测试协定\n\n## 第一条\n\n甲。\n\n乙：\n\n（一）丙；\n\n（二）丁，⟦第（一）项⟧除外。\n\n戊：\n\n（一）己；\n\n（二）庚，⟦第（一）项⟧除外。\n', ['art 1¶2(1)', 'art 1¶3(1)']],
  ['〈…〉 before 《…》 on a line: both citations', doc('根据⟦〈甲乙协定〉⟧和⟦《丙丁协定》⟧。'), ['cite 《甲乙协定》', 'cite 《丙丁协定》']],
  ['a quoted title before a definition clause is a citation', '# 测试协定\n\n根据⟦“中华人民共和国和甲国贸易协定”⟧（以下简称“贸易协定”），达成协议如下：\n\n## 第一条\n\n甲。\n', ['cite 《中华人民共和国和甲国贸易协定》 quoted']],
  ['a stray closing quotation mark quotes nothing', doc('依照⟦第三条⟧”。'), ['art 3']],
  ['a citation, then a word, then 第X条: this instrument\'s', doc('根据⟦《甲乙公约》⟧和⟦第三条⟧。'), ['cite 《甲乙公约》', 'art 3']],
  ['a space before the citation\'s parenthetical', doc('依照⟦《甲乙公约》⟧ （2001年）⟦第二条⟧。'), ['cite 《甲乙公约》', 'art 2 《甲乙公约》']],
  ['该公约第X条 before the convention is cited on its line: which one cannot be told', doc('该公约第三条和⟦《甲乙公约》⟧。'), ['cite 《甲乙公约》']],
  ['a bare name is read back 40 characters at most', doc(`依照${'甲'.repeat(45)}条例⟦第二条⟧。`), [`art 2 《${'甲'.repeat(40)}条例》 bare`]],
  ['a citation before a bare item on its line: the item is still this article\'s', '# 测试协定\n\n## 第一条\n\n甲：\n\n（一）乙；\n\n（二）丙，⟦《甲乙公约》⟧规定的⟦第（一）项⟧除外。\n', ['cite 《甲乙公约》', 'art 1¶1(1)']],
  ['an item in a list whose lead names another article, an article named in an earlier item: the lead\'s', '# 测试条例\n\n## 第一条\n\n甲。\n\n## 第二条\n\n违反⟦本条例第一条⟧规定，有下列行为之一的：\n\n（一）违反⟦第三条⟧规定的；\n\n（二）违反⟦第七项⟧规定的。\n',
    ['art 1 label=第一条', 'art 3', 'art 1(7)?']],
  ['a list whose lead is in the article\'s second paragraph', '# 测试条例\n\n## 第一条\n\n甲。\n\n## 第二条\n\n乙。\n\n违反⟦本条例第一条⟧规定，有下列行为之一的：\n\n（一）丙；\n\n（二）违反⟦第七项⟧规定的。\n',
    ['art 1 label=第一条', 'art 1(7)?']],
  ['a self-reference in a list\'s lead does not hide the article it names', '# 测试条例\n\n## 第一条\n\n甲。\n\n## 第二条\n\n违反⟦本条例第一条⟧和⟦本条例⟧的规定，有下列行为之一的：\n\n（一）乙；\n\n（二）违反⟦第七项⟧规定的。\n',
    ['art 1 label=第一条', 'self', 'art 1(7)?']],
  ['three spaces between a citation and 第X条', doc('依照⟦⟦《甲乙公约》⟧   第二条⟧。'), ['cite 《甲乙公约》', 'art 2 《甲乙公约》 label=第二条']],

  ['a bare item after an item with other words between: this article\'s', doc('依照⟦第二条第一款第（一）项⟧和丁方⟦第（二）项⟧办理。'), ['art 2¶1(1)', 'art 1¶1(2)']],
  ['a short name in 《》 after other words inside the parenthetical: no alias of the citation before', doc('根据⟦《甲乙协定》⟧（该协定的附件，以下简称⟦《附件》⟧），⟦⟦《附件》⟧第三条⟧。'), ['cite 《甲乙协定》', 'cite 《附件》', 'cite 《附件》', 'art 3 《附件》 label=第三条']],
  ['a term of two characters defined by what it means is looked for', '# 测试协定\n\n“双方”一语是指甲国和乙国。\n\n## 第一条\n\n⟦双方⟧合作。\n', ['term 双方#0']],
  ['a bare item in quoted text: uncertain', '# 测试协定\n\n## 第一条\n\n甲：\n\n（一）乙；\n\n（二）丙，修改为“⟦第（一）项⟧除外”。\n', ['art 1¶1(1) ~']],
  ['a line opening with 〈…〉', doc('⟦〈甲乙协定〉⟧已终止。'), ['cite 《甲乙协定》']],
  ['修订前的刑法第X条 opening a line', doc('修订前的刑法⟦第三条⟧规定。'), ['art 3 《刑法》 bare ~']],
  ['a list whose lead names another instrument\'s article: an item alone is this article\'s', '# 测试条例\n\n## 第一条\n\n甲。\n\n## 第二条\n\n违反⟦⟦《甲乙公约》⟧第一条⟧规定，有下列行为之一的：\n\n（一）乙；\n\n（二）违反⟦第七项⟧规定的。\n',
    ['cite 《甲乙公约》', 'art 1 《甲乙公约》 label=第一条', 'art 2(7)?']],
  ['a 本 that opens no self-reference (基本法) does not end the search for them', doc('依照基本法和⟦本协定⟧。'), ['self']],
  ['前款第Z项 (第Z项 item or paragraph where it stands alone): after 前款 an item of that paragraph', doc('甲。\n\n依照⟦前款第五项⟧。'), ['art 1¶1(5) rel 前款']],
  ['a defined term in quotation marks that ends with a kind is no quoted title', '# 测试协定\n\n“甲乙协定”是指甲国和乙国签订的合作协定。\n\n## 第一条\n\n依照⟦甲乙协定⟧。\n', ['term 甲乙协定#0']],
  ['a quoted title inside 《》 is no citation of its own', doc('根据⟦《关于“甲乙协定”的议定书》⟧。'), ['cite 《关于“甲乙协定”的议定书》 =关于甲乙协定的议定书']],
  ['至 earlier on the line does not make a date a span of years', doc('甲方至乙方，根据2002年6月7日签署的⟦《甲乙协定》⟧。'), ['cite 《甲乙协定》 date=2002年6月7日']],
  ['前 or 后 inside a law\'s name is no version word', doc('依照战后赔偿法⟦第三条⟧。'), ['art 3 《战后赔偿法》 bare']],
  ['修改前《…》 without 的: another version, uncertain', doc('依照修改前⟦⟦《中华人民共和国商标法》⟧第二十七条⟧。'), ['cite 《中华人民共和国商标法》', 'art 27 《中华人民共和国商标法》 ~ label=第二十七条']],
  ['a short name in 《》 defined between two citations: the next citation stays one; later uses are the instrument', doc('根据⟦《甲乙合作安排》⟧（以下简称《安排》）和⟦《丙丁协定》⟧。\n\n依照⟦⟦《安排》⟧第三条⟧。'),
    ['cite 《甲乙合作安排》', 'cite 《丙丁协定》', 'cite 《甲乙合作安排》', 'art 3 《甲乙合作安排》 label=第三条']],
  // Short names in 《》 given in other shapes (LawRefBook/Laws, session 39): several titles named at once, a remark's bracket
  // before the definition's, the title the text had before.
  ['titles named at once by a list of short names (《A》《B》（以下简称《a》《b》）): each short name is the title in its place', doc('根据⟦《中华人民共和国森林法》⟧⟦《中华人民共和国森林法实施条例》⟧（以下简称《森林法》《森林法实施条例》）制定。\n\n违反⟦《森林法》⟧⟦《森林法实施条例》⟧的。'),
    ['cite 《中华人民共和国森林法》', 'cite 《中华人民共和国森林法实施条例》', 'cite 《中华人民共和国森林法》', 'cite 《中华人民共和国森林法实施条例》']],
  ['titles joined by 、 named by short names joined by 、 (以下分别简称): each the title in its place; the article after one is its instrument\'s', doc('根据⟦《中华人民共和国药品管理法》⟧、⟦《中华人民共和国海关法》⟧、⟦《中华人民共和国药品管理法实施条例》⟧（以下分别简称《药品管理法》、《海关法》、《药品管理法实施条例》）。\n\n按照⟦⟦《海关法》⟧第三条⟧和⟦《药品管理法》⟧。'),
    ['cite 《中华人民共和国药品管理法》', 'cite 《中华人民共和国海关法》', 'cite 《中华人民共和国药品管理法实施条例》', 'cite 《中华人民共和国海关法》', 'art 3 《中华人民共和国海关法》 label=第三条', 'cite 《中华人民共和国药品管理法》']],
  ['a bracketed remark between the title and its short name (《…》（…通过，…施行）（以下简称《决定》）): the short name is the title, past the title cited inside it', doc('为正确适用⟦《关于修改⟦〈甲国民事诉讼法〉⟧的决定》⟧（2012年8月31日通过，2013年1月1日起施行）（以下简称《决定》），规定如下。\n\n根据⟦《决定》⟧。'),
    ['cite 《关于修改〈甲国民事诉讼法〉的决定》 =关于修改甲国民事诉讼法的决定', 'cite 《甲国民事诉讼法》', 'cite 《关于修改〈甲国民事诉讼法〉的决定》 =关于修改甲国民事诉讼法的决定']],
  ['the text\'s former title after its own name (本法（原称《…》）): the text itself; another\'s (《A》（原称《B》）) stands for that title', doc('⟦本协定⟧（原称⟦《甲乙合作条例》⟧）自签署之日起生效。⟦《丙丁合作法》⟧（原称《丙丁合作条例》）同时适用，依照⟦《丙丁合作条例》⟧。'),
    ['self', 'self', 'cite 《丙丁合作法》', 'cite 《丙丁合作法》']],
  ['a list of short names with fewer titles before it, or a short name as long as its title: no short names, each a citation', doc('根据⟦《甲法》⟧（以下简称⟦《甲乙法》⟧、⟦《丙丁法》⟧）。'),
    ['cite 《甲法》', 'cite 《甲乙法》', 'cite 《丙丁法》']],
  ['a quoted title after a definition clause on its line is a citation', '# 测试协定\n\n甲国和乙国（以下简称“双方”）根据⟦“中华人民共和国和甲国贸易协定”⟧，达成协议如下：\n\n## 第一条\n\n甲。\n', ['cite 《中华人民共和国和甲国贸易协定》 quoted']],
  // Sample F's references.ts:1088 (listed as a boundary no reference sits on, branch g12feat): a term defined by what it
  // means ends its clause at 是指, where the quoted title it means begins.
  ['a quoted title right after 是指 is a citation', '# 测试协议\n\n## 第一条\n\n⟦本协议⟧中，“管理协定”一语是指⟦“中华人民共和国和甲国边境管理协定”⟧。\n\n## 第二条\n\n双方依照⟦管理协定⟧开展合作。\n',
    ['self', 'cite 《中华人民共和国和甲国边境管理协定》 quoted', 'term 管理协定#0']],
  // Doubt.
  ['an article reference in quoted text', doc('修改为：“依照⟦第三条⟧。”'), ['art 3 ~']],
  ['an amending instrument: its articles without 本… are the amended text\'s', '# 甲国和乙国合作协定修正案\n\n## 第一条\n\n将⟦第三条⟧修改为：⟦本修正案第二条⟧。\n\n## 第二条\n\n乙。\n', ['art 3 ~', 'art 2 label=第二条']],
  ['a text without articles: 第X条 is nothing, 本协定第X条 uncertain', '# 甲国和乙国合作协定\n\n一、依照第三条。\n\n二、依照⟦本协定第三条⟧。\n', ['art 3 ~ label=第三条']],

  // Lines broken mid-phrase (pasted from a PDF).
  ['本协定第 / 二条 over a hard break', doc('依照⟦本协定第\n二条⟧办理。'), ['art 2 label=第\n二条']],

  // Lists of an article's paragraphs (`依照本法第二十条第一款、第二款的规定`): the paragraph listed after
  // a paragraph is the same article's, and the same instrument's.
  ['第X条第Y款、第Z款: the second paragraph is the same article\'s; so after 至 and in a chain', doc('依照⟦第二条第一款⟧、⟦第二款⟧和⟦第三条第一款⟧至⟦第三款⟧、⟦第四款⟧。'),
    ['art 2¶1', 'art 2¶2', 'art 3¶1', 'art 3¶3', 'art 3¶4']],
  ['第X条第Y款、第Z款第（W）项: the paragraph\'s item, the same article\'s', doc('依照⟦第二条第一款⟧、⟦第二款第（一）项⟧。'), ['art 2¶1', 'art 2¶2(1)']],
  ['第X条第Y款第（W）项、第Z款: the paragraph, the level above the item, the same article\'s', doc('依照⟦第一条第一款第（一）项⟧、⟦第二款⟧和⟦第二条第二款⟧规定的。'), ['art 1¶1(1)', 'art 1¶2', 'art 2¶2']],
  ['第X条之一第Y款、第Z款: the same article 之一', doc('依照⟦第三条之一第一款⟧、⟦第二款⟧。'), ['art 3之1¶1', 'art 3之1¶2']],
  ['本协定第X条第Y款、第Z款', doc('依照⟦本协定第四条第二款⟧、⟦第三款⟧的规定。'), ['art 4¶2 label=第四条第二款', 'art 4¶3']],
  ['《title》第X条第Y款、第Z款: the cited instrument\'s', doc('依照⟦⟦《甲乙公约》⟧第五条第一款⟧或者⟦第二款⟧。'), ['cite 《甲乙公约》', 'art 5¶1 《甲乙公约》 label=第五条第一款', 'art 5¶2 《甲乙公约》']],
  ['本条第Y款、第Z款: this article\'s paragraphs', doc('甲。\n\n乙。\n\n依照⟦本条第一款⟧、⟦第二款⟧的规定。'), ['art 1¶1 rel 本条', 'art 1¶2']],
  ['a paragraph listed after a paragraph in quoted amending text: both uncertain', doc('将⟦第二款⟧修改为：“依照⟦第三条第一款⟧、⟦第二款⟧的规定。”'), ['art 1¶2 ~', 'art 3¶1 ~', 'art 3¶2 ~']],
  ['a paragraph after an article named without one, or after words: not its', doc('依照⟦第二条⟧、⟦第二款⟧，⟦第三条第一款⟧规定的⟦第二款⟧。'), ['art 2', 'art 1¶2 ~', 'art 3¶1', 'art 1¶2 ~']],
  ['in the 条/项/款 convention: 第X条第Y项、第Z项 lists paragraphs', '# 测试协定\n\n## 第一条\n\n依照⟦第二条第一项⟧、⟦第二项⟧和⟦第二条第一项(寅)款⟧。\n\n## 第二条\n\n一、甲。\n\n二、乙。\n', ['art 2¶1', 'art 2¶2', 'art 2¶1(3)']],
  ['convention not shown: 第X条第Y项、第Z项 both item or paragraph', '# 测试协定\n\n## 第一条\n\n依照⟦第二条第一项⟧、⟦第二项⟧。\n\n## 第二条\n\n甲。\n\n乙。\n', ['art 2(1)?', 'art 2(2)?']],
  ['convention not shown: 第X条第Y项、第（Z）项: the bracketed one an item', '# 测试协定\n\n## 第一条\n\n依照⟦第二条第一项⟧、⟦第（二）项⟧。\n\n## 第二条\n\n甲。\n\n乙。\n', ['art 2(1)?', 'art 2(2)']],
  ['convention not shown: 第X条第（Y）项、第Z项 are items', '# 测试协定\n\n## 第一条\n\n依照⟦第二条第（一）项⟧、⟦第二项⟧。\n\n## 第二条\n\n甲。\n\n乙。\n', ['art 2(1)', 'art 2(2)']],

  // 该条 before a unit: the article named last before it on the line.
  ['该条第Y款 after another instrument\'s article: that article\'s paragraph', doc('依照⟦⟦《甲乙协定》⟧第五条⟧和该条⟦第二款⟧的规定。'), ['cite 《甲乙协定》', 'art 5 《甲乙协定》 label=第五条', 'art 5¶2 《甲乙协定》']],
  ['该条第Y款, 该条第（Z）项 after this instrument\'s article, a sentence between', doc('违反⟦第二条⟧规定的，依照该条⟦第二款⟧处理。该条⟦第（一）项⟧除外。'), ['art 2', 'art 2¶2', 'art 2(1)']],
  ['该条第Y款 with no article named before it on its line: nothing (该条 is never the article it is written in, which is 本条)', doc('依照该条第二款。'), []],
  // A negotiation draft's square brackets around words not agreed yet (`依照第二条[第一款]`): a unit in them right after an
  // article is that article's, as without the brackets — not the article it is written in; a paragraph's item keeps its paragraph.
  ['第X条[第Y款], 第X条第Y款[第（Z）项], 第X条[第Y款][第Y款], another instrument\'s 第X条[第Y款]: that article\'s units; [第Y款] alone: this article\'s',
    doc('依照⟦第二条⟧[⟦第二款⟧]、⟦第二条第一款⟧[⟦第（二）项⟧]和⟦第二条⟧[⟦第一款⟧][⟦第二款⟧]以及⟦⟦《甲乙协定》⟧第五条⟧[⟦第二款⟧]办理。\n\n依照[⟦第二款⟧]。'),
    ['art 2', 'art 2¶2', 'art 2¶1', 'art 2¶1(2)', 'art 2', 'art 2¶1', 'art 2¶2', 'cite 《甲乙协定》', 'art 5 《甲乙协定》 label=第五条', 'art 5¶2 《甲乙协定》', 'art 1¶2 ~']],
  ['该条中的第Y款, 该条的第Y款: as 该条第Y款', doc('依照⟦第三条⟧和该条中的⟦第二款⟧、该条的⟦第一款⟧。'), ['art 3', 'art 3¶2', 'art 3¶1']],
  // 该条 alone, as LawRefBook/Laws writes it (依照该条规定处理, 无需考虑该条规定的全部因素, 单位有违反该条规定行为的).
  ['该条 alone: the article named last before it on its line, by its number, that instrument\'s and as doubtful',
    doc('违反⟦第三条⟧的，依照⟦该条⟧规定处理。依照刑法⟦第五条第一款⟧规定的因素，无需考虑⟦该条⟧规定的全部因素。'), ['art 3', 'art 3 rel 该条', 'art 5¶1 《刑法》 bare', 'art 5 《刑法》 bare rel 该条']],
  ['该条 alone with no article named before it on its line; 各该条, 该条款, 该条件, 该条文: nothing', doc('依照⟦第三条⟧。\n\n依照该条规定。\n\n依照⟦第二条⟧、⟦第四条⟧，依照各该条的规定；该条款、该条件和该条文。'), ['art 3', 'art 2', 'art 4']],
  ['该条 after several numbers sharing one 条: which cannot be told — nothing', doc('依照⟦第二⟧、⟦三条⟧，依照该条规定。'), ['art 2', 'art 3']],
  ['该条 after a range or a bare unit: which article cannot be told, or the unit names none — nothing', doc('依照⟦第二条⟧至⟦第四条⟧，依照该条规定。\n\n甲。\n\n依照⟦第二款⟧，该条规定。'), ['art 2 from', 'art 4 to', 'art 1¶2 ~']],
  // The unit an amendment makes (刑法修正案: 在刑法第一百六十五条中增加一款作为第二款，将该条修改为…): not yet one of that
  // article's units, nor of the article it is written in — nothing; 该条 after it is the article.
  ['增加一款作为第Y款, 增加一项，作为第Z项, 增加两款作为第Y款、第Y款: the units being made name nothing', doc('在刑法⟦第三条⟧中增加一款作为第二款，将⟦该条⟧修改为。\n\n在⟦第二条⟧增加一项，作为第三项。\n\n在刑法⟦第四条⟧中增加两款作为第二款、第三款。'),
    ['art 3 《刑法》 bare', 'art 3 《刑法》 bare rel 该条', 'art 2', 'art 4 《刑法》 bare']],
  ['该条 in quoted text: uncertain', doc('修改为：“依照⟦第三条⟧和⟦该条⟧规定。”'), ['art 3 ~', 'art 3 rel 该条 ~']],
  ['该条第Y款 after 第X条之一, and 该条第Z项 where the convention is not shown', doc('依照⟦第三条之一⟧和该条⟦第二款⟧，⟦第三条⟧和该条⟦第二项⟧。'), ['art 3之1', 'art 3之1¶2', 'art 3', 'art 3(2)?']],
  ['该条: the article named last before it, not a citation after it nor an article after it', doc('依照⟦第二条⟧和⟦第三条⟧、⟦《甲乙公约》⟧，该条⟦第二款⟧和⟦第四条⟧。'), ['art 2', 'art 3', 'cite 《甲乙公约》', 'art 3¶2', 'art 4']],
  ['该条第Y款 after an article read as a law\'s, continued: the same instrument, the same doubt', doc('依照刑法⟦第一条⟧规定的罪、⟦第二条⟧规定的罪，该条⟦第二款⟧。'), ['art 1 《刑法》 bare', 'art 2 《刑法》 bare ~', 'art 2¶2 《刑法》 bare ~']],
  ['该条第Y款 in quoted text: uncertain', doc('修改为：“依照⟦第三条⟧和该条⟦第二款⟧。”'), ['art 3 ~', 'art 3¶2 ~']],
  ['该条约第Y款 is no 该条', doc('根据⟦《甲乙条约》⟧，该条约第二款。'), ['cite 《甲乙条约》']],
  // A title in quotation marks right where a definition's clause ends (sample F's references.ts:1088 `<=`, listed as a boundary never met): the meaning, cited.
  ['a title in quotes opening a definition\'s meaning, right at its clause\'s end: a citation', doc('⟦本协定⟧中，“公约”一语是指⟦“联合国海洋法公约”⟧。'), ['self', 'cite 《联合国海洋法公约》 quoted']],
  ['该条 ending a sentence names no unit after it (该条 itself is article 3): the next sentence\'s 第Y款 is the enclosing article\'s, in doubt', doc('缔约一方违反⟦第三条⟧的，适用⟦该条⟧。⟦第二款⟧所述情形除外。'), ['art 3', 'art 3 rel 该条', 'art 1¶2 ~']],

  // Survivors of session 11's runs (eighths 0–7).
  ['a bare item in an article\'s caption: that article\'s item', '# 测试协定\n\n## 第一条\n\n甲。\n\n## 第二条　⟦第（一）项⟧的适用\n\n甲：\n\n（一）乙；\n\n（二）丙。\n', ['art 2(1)']],
  ['该宣言第（Z）项: another instrument\'s numbered paragraph in brackets', doc('根据⟦《甲乙联合宣言》⟧。\n\n该宣言⟦第（五）项⟧。'), ['cite 《甲乙联合宣言》', 'art 5 《甲乙联合宣言》 ~']],
  ['a parenthetical of 60 characters, brackets included, still joins the citation to the article', doc(`依照《甲乙协议》（${'甲'.repeat(58)}）⟦第二条⟧。`.replace('《甲乙协议》', '⟦《甲乙协议》⟧')), ['cite 《甲乙协议》', 'art 2 《甲乙协议》']],
  ['a citation\'s parenthetical, then a conjunction: the article after is this instrument\'s', doc('依照⟦《甲乙公约》⟧（2001年）和⟦第二条⟧。'), ['cite 《甲乙公约》', 'art 2']],
  ['labels listed over 40 characters after an article: still its items, each read (session 63)', doc('依照⟦第二条⟧⟦第(一)⟧、⟦第(二)⟧、⟦第(三)⟧、⟦第(四)⟧、⟦第(五)⟧、⟦第(六)⟧、⟦第(七)⟧、⟦第(八)⟧、⟦第(九)项⟧。'), ['art 2', ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((k) => `art 2(${k})`)]],
  ['a list whose lead names two articles: an item alone is this article\'s', '# 测试条例\n\n## 第一条\n\n甲。\n\n## 第二条\n\n乙。\n\n## 第三条\n\n违反⟦本条例第一条⟧、⟦第二条⟧规定，有下列行为之一的：\n\n（一）乙；\n\n（二）违反⟦第七项⟧规定的。\n',
    ['art 1 label=第一条', 'art 2', 'art 3(7)?']],
  ['a short name defined before a citation on its line is not the citation\'s', '# 测试议定书\n\n## 第一条\n\n中华人民共和国和甲国关于经济合作的议定书（以下简称“经合文件”）和⟦《丙丁公约》⟧。\n\n依照⟦经合文件⟧⟦第三条⟧。\n',
    ['cite 《丙丁公约》', 'term 经合文件#0', 'art 3']],
  ['a quotation mark opened again inside a quotation: all of it quoted', doc('修改为：“依照⟦第三条⟧和“⟦第四条⟧”。'), ['art 3 ~', 'art 4 ~']],
  ['a citation on a line of 20 000 characters is read', doc('根据⟦《甲乙公约》⟧' + '甲'.repeat(19992)), ['cite 《甲乙公约》']],
  ['item (z): the 26th', doc('依照⟦第二条第(z)项⟧。'), ['art 2(26)']],
  ['a term that begins another: the longer one where it is written', '# 测试协定\n\n甲乙两国设立委员会（以下简称“机构”）及其成员（以下简称“机构成员”）：\n\n## 第一条\n\n⟦机构成员⟧和⟦机构⟧。\n', ['term 机构成员#1', 'term 机构#0']],
  ['本协定 200 characters after an opening quotation mark on its line: the kind is the document\'s', `# 测试议定书\n\n## 第一条\n\n“${'甲'.repeat(200)}⟦本协定⟧适用。”\n\n依照协定⟦第三条⟧。\n`, ['self ~', 'art 3']],
  ['本协定 quoted far into the text: not the document\'s kind', `# 测试议定书\n\n## 第一条\n\n${'甲'.repeat(200)}。\n\n修改为：“本协定适用。”\n\n依照协定第三条。\n`, []],
  ['本协定 in a second quotation on its line: not the document\'s kind', '# 测试议定书\n\n## 第一条\n\n依照“甲”和“修改为本协定适用。”\n\n依照协定第三条。\n', []],
  ['a quotation closed by 」: the text after it is not quoted', doc('修改为「⟦第三条⟧」，依照⟦第四条⟧。'), ['art 3 ~', 'art 4']],
  ['其第X条 before the citation on its line: no instrument cited before it', doc('依照其第三条和⟦《甲乙公约》⟧。'), ['cite 《甲乙公约》']],
  ['本协定 after a quotation closed on its line: the document\'s kind', '# 测试议定书\n\n## 第一条\n\n依照“甲”的定义，⟦本协定⟧适用。\n\n依照协定⟦第三条⟧。\n', ['self', 'art 3']],
  ['本总则第X条: this instrument named by a kind the self-references do not list', doc('依照本总则⟦第四条⟧。'), ['art 4']],
  ['an item named before an article in its own item: not that article\'s', '# 测试条例\n\n## 第一条\n\n甲。\n\n## 第二条\n\n乙。\n\n## 第三条\n\n有下列行为之一的：\n\n（一）违反⟦第（三）项⟧和⟦第一条⟧规定的；\n\n（二）丙。\n', ['art 3¶1(3)', 'art 1']],
  ['a short name defined three characters after the citation: a later article in its sentence is this instrument\'s', '# 测试议定书\n\n## 第一条\n\n根据⟦《甲乙合作文件》⟧的全文（以下简称“文件”）。\n\n依照⟦文件⟧⟦第二条⟧规定的事项，适用⟦第三条⟧。\n',
    ['cite 《甲乙合作文件》', 'term 文件#0', 'art 2', 'art 3']],
  ['a bare item after an article\'s item that follows a relative reference: the article\'s', doc('甲。\n\n依照⟦前款第（一）项⟧和⟦第二条第一款第（二）项⟧、⟦第（三）项⟧。'), ['art 1¶1(1) rel 前款', 'art 2¶1(2)', 'art 2¶1(3)']],
  ['a bare paragraph after an article\'s paragraph that follows a relative reference: the article\'s', doc('甲。\n\n依照⟦前款⟧和⟦第二条第一款⟧、⟦第二款⟧。'), ['art 1¶1 rel 前款', 'art 2¶1', 'art 2¶2']],
  ['该法第X条, 该法典第X条: the law cited last of that kind', doc('根据⟦《中华人民共和国刑法》⟧和⟦《中华人民共和国民法典》⟧。\n\n依照该法⟦第三条⟧和该法典⟦第五条⟧的规定。'),
    ['cite 《中华人民共和国刑法》', 'cite 《中华人民共和国民法典》', 'art 3 《中华人民共和国刑法》', 'art 5 《中华人民共和国民法典》']],
  ['该法第X条 after a 办法 is cited: a 办法 is no 法, which law cannot be told', doc('根据⟦《外国人入境出境管理办法》⟧。\n\n依照该法第三条。'), ['cite 《外国人入境出境管理办法》']],
  ['a paragraph and item in an item of a list whose lead names another article: this article\'s', '# 测试条例\n\n## 第一条\n\n甲。\n\n## 第二条\n\n违反⟦本条例第一条⟧规定，有下列行为之一的：\n\n（一）乙；\n\n（二）违反⟦第一款第（二）项⟧规定的。\n',
    ['art 1 label=第一条', 'art 2¶1(2) ~']],
  ['an item after two articles named in its own item: the later one\'s, uncertain', '# 测试条例\n\n## 第一条\n\n甲。\n\n## 第二条\n\n乙。\n\n## 第三条\n\n有下列行为之一的：\n\n（一）违反⟦第一条⟧或者⟦第二条⟧规定，或者违反⟦第（三）项⟧规定的；\n\n（二）丙。\n',
    ['art 1', 'art 2', 'art 2(3) ~']],
  ['a second list in an article: its own lead names the article', '# 测试条例\n\n## 第一条\n\n甲。\n\n## 第二条\n\n乙。\n\n## 第三条\n\n违反⟦第一条⟧规定，有下列行为之一的：\n\n（一）甲；\n\n（二）乙。\n\n违反⟦第二条⟧规定，有下列行为之一的：\n\n（一）丙；\n\n（二）违反⟦第七项⟧规定的。\n',
    ['art 1', 'art 2', 'art 2(7)?']],
  ['a bare item six characters after an item, spaces and 以及 between', doc('依照⟦第二条第一款第（一）项⟧  以及  ⟦第（二）项⟧。'), ['art 2¶1(1)', 'art 2¶1(2)']],
  ['a term right after a citation is a use', '# 测试协定\n\n甲国和乙国（以下简称“双方”），达成协议如下：\n\n## 第一条\n\n根据⟦《甲乙公约》⟧⟦双方⟧同意。\n', ['cite 《甲乙公约》', 'term 双方#0']],
  ['a line opening with a quotation mark that is opened again: all of it quoted', doc('“依照⟦第三条⟧和“⟦第四条⟧”。'), ['art 3 ~', 'art 4 ~']],
  ['a 修正案 without a title that calls itself 本修正案: its bare articles are the amended text\'s', '## 第一条\n\n将⟦第三条⟧修改为：“甲。”\n\n## 第二条\n\n⟦本修正案⟧自公布之日起施行。\n', ['art 3 ~', 'self']],
];

for (const [label, source, want] of CASES) {
  test(`references: ${label}`, () => {
    const fx = fixture(source).main;
    assert.deepEqual(found(fx.text), expectedOf(fx.text, fx.marks, want));
  });
}

// Words that look like references and are not: none of these texts has a reference.
const NONE: [string, string][] = [
  ['the heading of an article', '# 测试协定\n\n## 第一条\n\n甲。\n\n## 第二条\n\n乙。\n'],
  ['次条件 and 次款项 are words', doc('次条件和次款项。')],
  ['本 after a word it belongs to: 基本法, 日本法, 文本协定, 样本协议', doc('基本法、日本法、文本协定、样本协议。')],
  ['本 after a word it belongs to: 基本准则, 基本规范, 成本标准, 资本规则', doc('遵守国际关系基本准则、文明行为基本规范、成本标准和资本规则。')],
  ['成本 after a word it belongs to: 重置成本法, 生产成本协定价', doc('按照重置成本法和生产成本协定价计算。')],
  ['成本 after a noun ending in a verb\'s character: 制造成本法, 建造成本协定价, 结构成本法, 班组成本法, 機構成本協議', doc('按照制造成本法、建造成本协定价、结构成本法、班组成本法和機構成本協議价计算。')],
  ['an annex\'s articles: 附件一第三条', doc('附件一第三条。')],
  ['上文第1段 in a text whose units are articles: no point named', doc('依照上文第1段。')],
  ['该公约第X条 with no convention cited: which one cannot be told', doc('该公约第三条。')],
  ['宪章第X条 with no charter cited', doc('依宪章第五十一条。')],
  ['其第X条 with nothing cited before', doc('其第三条。')],
  ['empty and mismatched brackets', doc('《》和《甲乙协定〉和〈甲乙协定》。')],
  ['a bare kind in quotation marks, and a defined short name in quotation marks', '# 测试协定\n\n## 第一条\n\n“协定”和“补充协定”两词。\n'],
  ['a text in a code comment', doc('<!-- 依照本协定第三条。 -->')],
  ['该法第X条 with no law cited', doc('依照该法第三条。')],
  ['an annex named after its instrument: 甲乙合作协定附件一第三条', doc('依照甲乙合作协定附件一第三条。')],
  // Another instrument named by its date, of this text's kind too, with no title to tell which.
  ['a dated instrument of this one\'s kind: 1996年4月26日协定第三条', doc('依照1996年4月26日协定第三条的规定。')],
  ['a dated instrument signed: 二〇〇一年七月十六日签订的协定中第五条', doc('依照二〇〇一年七月十六日签订的协定中第五条。')],
  ['an older treaty\'s 条款 named by its date (辛丑条约): 十一月初一日条款内第六款', doc('此款系光绪二十六年十一月初一日条款内第六款所载之赔偿总数。')],
  ['the former treaty: 原约第五条, 前约第五条', doc('依照原约第五条和前约第五条办理。')],
];

for (const [label, source] of NONE) {
  test(`no reference: ${label}`, () => {
    const fx = fixture(source).main;
    assert.deepEqual(found(fx.text), []);
  });
}

// The convention a document names units in, read off its own references.
/** A text in English quoting `x` in its first article, `second` the body of its second (a text not in Chinese reads the convention over its whole text). */
const en = (x: string, second = '1. The Parties shall consult each other.\n\n2. The Parties shall inform each other.') =>
  `# Agreement between the Government of A and the Government of B\n\n## Article 1\n\nThe Parties shall apply the provisions that the Chinese text of this Agreement calls ${x} in good faith and without delay.\n\n## Article 2\n\n${second}\n`;

const CONVENTIONS: [string, string, 'kuan' | 'xiang' | undefined][] = [
  ['no unit written', doc('依照第三条。'), undefined],
  ['项 then 款 (第一项(寅)款)', doc('依照第三条第一项(寅)款。'), 'xiang'],
  ['款 then 项', doc('依照第三条第一款第二项。'), 'kuan'],
  ['第X条第Y项 where article X has items: 项 is an item', doc('依照第二条第二项。'), 'kuan'],
  ['第X条第Y项 where article X has numbered paragraphs and no items: 项 is a paragraph', '# 测试协定\n\n## 第一条\n\n依照第二条第二项。\n\n## 第二条\n\n一、甲。\n\n二、乙。\n', 'xiang'],
  ['本条第Y项 in an article with numbered paragraphs', '# 测试协定\n\n## 第一条\n\n一、甲。\n\n二、本条第一项。\n', 'xiang'],
  ['第X条第Y项 where article X has fewer paragraphs than Y', '# 测试协定\n\n## 第一条\n\n依照第二条第三项。\n\n## 第二条\n\n一、甲。\n\n二、乙。\n', undefined],
  ['第X条第Y项 where article X has unnumbered paragraphs', '# 测试协定\n\n## 第一条\n\n依照第二条第二项。\n\n## 第二条\n\n甲。\n\n乙。\n', undefined],
  ['a tie', doc('依照第三条第一项(寅)款，第三条第一款第二项。'), undefined],
  ['第X条第Y项 where there is no article X', doc('依照第九条第二项。'), undefined],
  ['第X条第Y项 over a hard break, article X with numbered paragraphs', '# 测试协定\n\n## 第一条\n\n依照第二条第\n二项。\n\n## 第二条\n\n一、甲。\n\n二、乙。\n', 'xiang'],
  ['a text in English quoting 第一项(寅)款', en('第一项(寅)款'), 'xiang'],
  ['a text in English quoting 本条第一项 in an article with numbered paragraphs', en('第一项', '1. The Parties shall consult each other.\n\n2. The Parties shall apply 本条第一项 in good faith.'), 'xiang'],
  ['a text in English quoting 本条第一项 in an article with items', en('第一项', '(a) the Parties shall apply 本条第一项;\n\n(b) the second case.'), 'kuan'],
  ['a text in English quoting 本条第二项 in an article of two numbered paragraphs: the last one', en('第一项', '1. The Parties shall consult each other.\n\n2. The Parties shall apply 本条第二项 in good faith.'), 'xiang'],
  ['a text in English quoting 本条第三项 in an article of two numbered paragraphs', en('第一项', '1. The Parties shall consult each other.\n\n2. The Parties shall apply 本条第三项 in good faith.'), undefined],
  ['a text in English with 款 and no convention', en('款'), undefined],
  ['a text in English without 项 or 款', en('条'), undefined],
  ['项 then 款 over a hard break (a line pasted from a PDF)', doc('依照第三条第一\n项(寅)款。'), 'xiang'],
  ['第X条第Y项 in a run over a hard break, not cut by it: counted once (a tie)', '# 测试协定\n\n## 第一条\n\n依照第二条第一项和\n有关条款。\n\n依照第三条第一项。\n\n## 第二条\n\n甲：\n\n（一）乙；\n\n（二）丙。\n\n## 第三条\n\n一、甲。\n\n二、乙。\n', undefined],
  ['第X条第Y项 whose Y cannot be read: not counted', doc('依照第二条第十十项。'), undefined],
  ['第X条第Y项 where article X has a paragraph without a number before numbered ones', '# 测试协定\n\n## 第一条\n\n依照第二条第二项。\n\n## 第二条\n\n甲。\n\n一、乙。\n\n二、丙。\n', 'xiang'],
  ['项 then 款 over a hard break in a later article, 款 then 项 in an earlier one: a tie', '# 测试协定\n\n## 第一条\n\n依照第三条第一款第二项。\n\n## 第二条\n\n依照第三条第一\n项(寅)款。\n\n## 第三条\n\n甲。\n', undefined],
  ['第X条第Y项第…: a second unit follows, not counted', '# 测试协定\n\n## 第一条\n\n依照第二条第二项第三目。\n\n## 第二条\n\n一、甲。\n\n二、乙。\n', undefined],
];

for (const [label, text, want] of CONVENTIONS) {
  test(`convention: ${label}`, () => assert.equal(conventionOf(buildTreaty(text)), want));
}

// (A bracketed number before 项 is a paragraph here too, by its word, in doubt: 7cd6e1bc; it was item 1, uncertain.)
test('in the 条/项/款 convention: 第Y项 is a paragraph, 第Y款 alone an item of a paragraph not named (uncertain), a bracketed 项 a paragraph (uncertain)', () => {
  const fx = fixture('# 测试协定\n\n## 第一条\n\n依照⟦第二条第二项⟧、⟦第二条第一款⟧、⟦第二条第（一）项⟧和⟦第二条第一项(寅)款⟧。\n\n## 第二条\n\n一、甲。\n\n二、乙。\n').main;
  assert.deepEqual(found(fx.text), expectedOf(fx.text, fx.marks, ['art 2¶2', 'art 2(1) ~', 'art 2¶1 ~', 'art 2¶1(3)']));
});

test('in the 条/款/项 convention: 第Z项 is an item', () => {
  const fx = fixture(doc('依照⟦第二条第二项⟧和⟦第三条第二项⟧。')).main;
  assert.deepEqual(found(fx.text), expectedOf(fx.text, fx.marks, ['art 2(2)', 'art 3(2)']));
});

test('referenceAt: the innermost reference; the article over the citation that opens it, unless inside the brackets', () => {
  const text = '# 测试议定书\n\n## 第一条\n\n依照《甲乙公约》第二条。\n';
  const t = buildTreaty(text);
  const open = text.indexOf('《');
  const close = text.indexOf('》') + 1;
  const at = (o: number) => {
    const r = referenceAt(t, o);
    return r && describe(text, r);
  };
  assert.deepEqual([open - 1, open, open + 1, close - 1, close, close + 3, close + 4].map(at), [
    undefined,
    `⟦《甲乙公约》⟧@${open} cite 《甲乙公约》`,
    `⟦《甲乙公约》⟧@${open} cite 《甲乙公约》`,
    `⟦《甲乙公约》⟧@${open} cite 《甲乙公约》`,
    `⟦《甲乙公约》第二条⟧@${open} art 2 《甲乙公约》 label=第二条`,
    `⟦《甲乙公约》第二条⟧@${open} art 2 《甲乙公约》 label=第二条`,
    undefined,
  ]);
});

// Branch h12model (sample H, references.ts `seen < 9`): the holder of the cursor was looked for among
// the nine references before it only, so the article after a title naming seven or nine articles
// (eight or eleven references inside it) was not found under the cursor.
test('referenceAt: the article after a title that names many articles, however many', () => {
  for (const named of ['第一条、第二条、第三条、第四条、第五条、第六条、第七条', '第一条、第二条、第三条、第四条、第五条、第六条、第七条、第八条、第九条']) {
    const title = `关于〈刑法〉${named}的解释`;
    const fx = fixture(`# 甲国和乙国合作协定\n\n## 第一条\n\n依照⟦《${title}》第十‸条⟧。\n`).main;
    const r = referenceAt(buildTreaty(fx.text), fx.cursor!);
    assert.equal(r && describe(fx.text, r), `⟦《${title}》第十条⟧@${fx.marks[0].start} art 10 《${title}》 label=第十条`, named);
  }
});

test('referenceAt: right after a citation that a later 该公约第X条 names, the citation', () => {
  const text = '# 测试协定\n\n## 第一条\n\n根据《甲乙公约》。该公约第三条。\n';
  const t = buildTreaty(text);
  const r = referenceAt(t, text.indexOf('》') + 1);
  assert.equal(r && describe(text, r), `⟦《甲乙公约》⟧@${text.indexOf('《')} cite 《甲乙公约》`);
});

test('referenceAt: a term inside a citation is the innermost', () => {
  const text = '# 测试协定\n\n甲国和乙国（以下简称“双方”），达成协议如下：\n\n## 第一条\n\n依照《双方合作公约》。\n';
  const t = buildTreaty(text);
  const at = text.indexOf('《双方') + 1;
  const r = referenceAt(t, at);
  assert.equal(r && describe(text, r), `⟦《双方合作公约》⟧@${at - 1} cite 《双方合作公约》`);
});

test('referenceAt: right after a citation that opens no article, the citation (not an earlier reference)', () => {
  const text = '# 测试协定\n\n## 第一条\n\n依照第三条和《甲乙公约》。\n';
  const t = buildTreaty(text);
  const close = text.indexOf('》') + 1;
  const r = referenceAt(t, close);
  assert.equal(r && describe(text, r), `⟦《甲乙公约》⟧@${text.indexOf('《')} cite 《甲乙公约》`);
});

test('citedTitles: a short form alone on its line, before and after the references are read (only citations)', () => {
  const text = '# 测试协定\n\n## 第一条\n\n重申中哈联合声明。\n\n## 第二条\n\n依照第一条和本协定。\n';
  const want = ['中华人民共和国和哈萨克斯坦共和国联合声明'];
  const t = buildTreaty(text);
  assert.deepEqual(citedTitles(t), want);
  referencesOf(t);
  assert.deepEqual(citedTitles(t), want);
  const u = buildTreaty(text);
  referencesOf(u);
  assert.deepEqual(citedTitles(u), want);
});

test('an empty text: no references, no citations', () => {
  const t = buildTreaty('');
  assert.deepEqual([citedTitles(t), referencesOf(t), citedTitles(t)], [[], [], []]);
});

test('citedTitles: a line of more than 20 000 characters is not read, as the references are not', () => {
  const text = `# 测试协定\n\n## 第一条\n\n根据《甲乙公约》${'甲'.repeat(20000)}。\n\n## 第二条\n\n根据《丙丁公约》。\n`;
  assert.deepEqual(citedTitles(buildTreaty(text)), ['丙丁公约']);
});

test('short forms: expanded, and read back into parties and kind', () => {
  assert.deepEqual(
    [expandShortForm('中哈', '联合声明'), expandShortForm('中俄', '联合公报', true), expandShortForm('中X', '联合声明')],
    ['中华人民共和国和哈萨克斯坦共和国联合声明', '中华人民共和国和俄罗斯联邦建交联合公报', '中华人民共和国和X联合声明'],
  );
  assert.deepEqual(
    [shortFormParts('中哈联合声明'), shortFormParts('中哈聯合聲明'), shortFormParts('中哈建交联合公报'), shortFormParts('甲乙联合声明'), shortFormParts('关于中哈联合声明')],
    [
      { names: ['中华人民共和国', '哈萨克斯坦共和国'], kind: '联合声明' },
      { names: ['中华人民共和国', '哈萨克斯坦共和国'], kind: '联合声明' },
      { names: ['中华人民共和国', '哈萨克斯坦共和国'], kind: '联合公报' },
      undefined,
      undefined,
    ],
  );
});

test('dateBeforeOffset: the date written right before an offset on its line', () => {
  const text = '# 测试协定\n\n## 第一条\n\n根据1994年4月26日签署的该协定，二〇〇二年六月七日在北京签订的协议，和1993年至1994年签署的协议。\n';
  const t = buildTreaty(text);
  const span = (o: number) => {
    const d = dateBeforeOffset(t, o);
    return d && text.slice(d.start, d.end);
  };
  assert.deepEqual([span(text.indexOf('该协定')), span(text.indexOf('的协议')), span(text.lastIndexOf('协议')), span(text.indexOf('根据'))], ['1994年4月26日', '二〇〇二年六月七日', undefined, undefined]);
});

// After an edit the references are read again only where needed (the units of the edited
// articles; the units after them reused, moved, when the edited ones leave the same state and the
// whole document reads the same). Each case: a document, ‸ where `typed` replaces `deleted`
// characters, and how the references were read; what is read equals a reading from scratch.
const INCREMENTAL = '# 甲国和乙国合作协定\n\n根据《甲乙公约》和2001年6月15日签署的《丙丁公约》（以下简称“公约”），缔约双方（以下简称“双方”）达成协议如下：\n\n' +
  '## 第一条\n\n双方依照《甲乙公约》和《丙丁公约》，以及《甲乙公约》第二条。\n\n' +
  '## 第二条\n\n双方应当‸交换信息，该公约第三条和公约第四条、本协定第一条第二款。\n\n' +
  '## 第三条\n\n前条、公约第五条和1999年1月1日《戊己条约》第六条，该条约第七条、本协定。\n\n' +
  '## 第四条\n\n“修改为：本协定第一条。\n\n本协定自签字之日起生效。\n';
/** Short names defined in an article, not before the first: in 《》 and in quotation marks. */
const SHORT_NAMED = '# 甲国和乙国合作协定\n\n## 第一条\n\n双方‸依照《甲乙合作安排》（以下简称《安排》）和《丙丁合作协议》（以下简称“协议”）。\n\n## 第二条\n\n《安排》第三条和协议第四条。\n\n## 第三条\n\n乙。\n';
type Stats = { incremental: number; reread: number; reused: number; full: number };
const EDITS: [string, string, number, string, Stats][] = [
  ['typing in an article: that unit read again, the units after it moved', INCREMENTAL, 0, '及时', { incremental: 1, reread: 1, reused: 4, full: 0 }],
  ['a citation typed: the units after it read again', INCREMENTAL, 0, '《庚辛公约》', { incremental: 1, reread: 1, reused: 0, full: 0 }],
  ['a citation retitled (as many as before): the units after it read again', INCREMENTAL.replace('‸交换信息', '交换信息《‸壬癸协议》'), 2, '子丑', { incremental: 1, reread: 1, reused: 0, full: 0 }],
  ['a quotation opened: the units after it read again', INCREMENTAL.replace('交换信息，', '交换信息，‸'), 0, '“', { incremental: 1, reread: 1, reused: 0, full: 0 }],
  ['typing before the first article: the model is built anew, and the references read whole', INCREMENTAL.replace('缔约双方', '缔约‸双方'), 0, '各', { incremental: 0, reread: 0, reused: 0, full: 1 }],
  ['typing in the last article: the units before it are the reused ones', INCREMENTAL.replace('本协定自签字', '本协定‸自签字'), 0, '应', { incremental: 1, reread: 1, reused: 4, full: 0 }],
  ['typing in the first article', INCREMENTAL.replace('双方依照', '双方‸依照'), 0, '应', { incremental: 1, reread: 1, reused: 4, full: 0 }],
  ['a self-reference of another kind: the document reads otherwise, read whole', INCREMENTAL, 0, '本公约', { incremental: 0, reread: 0, reused: 0, full: 1 }],
  ['an article added: the units do not line up, read whole', INCREMENTAL, 0, '\n\n## 第二条之一\n\n', { incremental: 0, reread: 0, reused: 0, full: 1 }],
  ['a defined term added: read whole', INCREMENTAL, 0, '（以下简称“信息”）', { incremental: 0, reread: 0, reused: 0, full: 1 }],
  ['a unit word typed that tells the convention: read whole', INCREMENTAL, 0, '第二条第一项(寅)款', { incremental: 0, reread: 0, reused: 0, full: 1 }],
  ['a self-reference of another kind for one of the same number: read whole', INCREMENTAL.replace('‸', '').replace('本协定第一条第二款', '本‸议定书第一条第二款'), 3, '公约', { incremental: 0, reread: 0, reused: 0, full: 1 }],
  ['typing in an article that defines short names: its aliases are the same, the units after it moved', SHORT_NAMED, 0, '应', { incremental: 1, reread: 1, reused: 3, full: 0 }],
  ['a short name in 《》 renamed: a defined term renamed, read whole', SHORT_NAMED.replace('‸', '').replace('以下简称《安排》', '以下简称《‸安排》'), 2, '协议', { incremental: 0, reread: 0, reused: 0, full: 1 }],
  ['a defined term renamed (as many terms as before): read whole', '# 甲国和乙国合作协定\n\n## 第一条\n\n甲国和乙国（以下简称“‸双方”）合作。\n\n## 第二条\n\n双方同意。\n\n## 第三条\n\n乙。\n', 2, '各方', { incremental: 0, reread: 0, reused: 0, full: 1 }],
  ['typing in an article after the one citing what 该公约 names', '# 甲国和乙国合作协定\n\n## 第一条\n\n根据《甲乙公约》。\n\n## 第二条\n\n双方‸依照该公约第三条。\n', 0, '应', { incremental: 1, reread: 1, reused: 2, full: 0 }],
  ['typing before an article that defines short names: its aliases moved', SHORT_NAMED.replace('‸', '').replace('## 第一条\n\n', '## 第一条\n\n甲‸。\n\n## 第一条之一\n\n'), 0, '乙', { incremental: 1, reread: 1, reused: 4, full: 0 }],
  ['the only self-reference of another kind deleted: the document reads otherwise, read whole', '# 甲国和乙国合作议定书\n\n## 第一条\n\n依照‸本协定办理。\n\n## 第二条\n\n乙。\n', 3, '', { incremental: 0, reread: 0, reused: 0, full: 1 }],
  ['a self-reference deleted where another article keeps its kind: the units after it moved', '# 甲国和乙国合作议定书\n\n## 第一条\n\n依照‸本协定办理。\n\n## 第二条\n\n本协定第三条。\n\n## 第三条\n\n乙。\n', 3, '', { incremental: 1, reread: 1, reused: 3, full: 0 }],
  ['typing between articles that tell the convention: the same convention, the units after it moved', '# 测试协定\n\n## 第一条\n\n依照第三条第一项。\n\n## 第二条\n\n甲‸。\n\n## 第三条\n\n一、甲。\n\n二、乙。\n\n## 第四条\n\n依照第三条第二项。\n', 0, '乙', { incremental: 1, reread: 1, reused: 4, full: 0 }],
  ['typing in an article that tells the convention, after another that does', '# 测试协定\n\n## 第一条\n\n依照第三条第一项。\n\n## 第二条\n\n甲。\n\n## 第三条\n\n一、甲。\n\n二、乙。\n\n## 第四条\n\n依照第三条第二项‸。\n', 0, '和', { incremental: 1, reread: 1, reused: 4, full: 0 }],
  ['a long text typed before an article whose 本条第Y项 tells the convention: its evidence moved with it', '# 测试协定\n\n## 第一条\n\n甲‸。\n\n## 第二条\n\n一、本条第一项。\n\n二、乙。\n', 0, '丙'.repeat(40), { incremental: 1, reread: 1, reused: 2, full: 0 }],
  ['typing in an article whose 项 then 款 is outnumbered by another\'s 款 then 项: the same convention', '# 测试协定\n\n## 第一条\n\n依照第三条第一款第二项和第四条第一款第二项。\n\n## 第二条\n\n依照第三条第一项(寅)款‸。\n\n## 第三条\n\n甲。\n\n## 第四条\n\n乙。\n', 0, '和', { incremental: 1, reread: 1, reused: 4, full: 0 }],
  ['typing in the first article of a text that opens with it', '## 第一条\n\n双方‸依照第二条。\n\n## 第二条\n\n乙。\n', 0, '应', { incremental: 1, reread: 1, reused: 1, full: 0 }],
  ['a defined term deleted (the others the same): read whole', '# 甲国和乙国合作协定\n\n## 第一条\n\n甲国和乙国（以下简称“双方”）交换的资料‸（以下简称“信息”）。\n\n## 第二条\n\n双方同意。\n', 10, '', { incremental: 0, reread: 0, reused: 0, full: 1 }],
  ['typing in an article whose 款 then 项 is outnumbered by another\'s 项 then 款: the same convention', '# 测试协定\n\n## 第一条\n\n依照第三条第一项(寅)款和第四条第一项(寅)款。\n\n## 第二条\n\n依照第三条第一款第二项‸。\n\n## 第三条\n\n甲。\n\n## 第四条\n\n乙。\n', 0, '和', { incremental: 1, reread: 1, reused: 4, full: 0 }],
  ['typing in an article inside a quotation opened in the article before: still quoted', '# 甲国和乙国合作协定\n\n## 第一条\n\n修改为：“依照第二条。\n\n## 第二条\n\n依照‸第三条。”\n\n## 第三条\n\n依照第一条。\n', 0, '本协定', { incremental: 1, reread: 1, reused: 3, full: 0 }],
];

for (const [label, source, deleted, typed, stats] of EDITS) {
  test(`references after an edit: ${label}`, () => {
    const at = source.indexOf(CURSOR);
    const before = buildTreaty(source.replace(CURSOR, ''));
    referencesOf(before);
    const tree = reparse(before.tree, [{ start: at, end: at + deleted, text: typed }]);
    const after = buildTreaty(tree.text, tree, before);
    const was = { ...referenceStats };
    const refs = referencesOf(after);
    const fresh = buildTreaty(tree.text);
    assert.deepStrictEqual({ refs, convention: conventionOf(after) }, { refs: referencesOf(fresh), convention: conventionOf(fresh) });
    assert.deepEqual(
      { incremental: referenceStats.incremental - was.incremental, reread: referenceStats.reread - was.reread, reused: referenceStats.reused - was.reused, full: referenceStats.full - was.full - 1 },
      stats,
    );
  });
}

/**
 * The references of a text after two edits in turn, each model built from the one before: `typed`
 * at the cursor of article 1, then `双方` before article 3's `依照第一条`. With them, the references of
 * a fresh parse of the same text, and how the last were derived (referenceStats, the fresh parse's
 * full read left out).
 */
function afterTwoEdits(typed: string): { refs: Reference[]; fresh: Reference[]; stats: Record<string, number> } {
  const source = '# 甲国和乙国合作协定\n\n## 第一条\n\n双方‸依照《甲乙公约》。\n\n## 第二条\n\n该公约第三条。\n\n## 第三条\n\n依照第一条和本协定。\n';
  const at = source.indexOf(CURSOR);
  const first = buildTreaty(source.replace(CURSOR, ''));
  referencesOf(first);
  const tree1 = reparse(first.tree, [{ start: at, end: at, text: typed }]);
  const second = buildTreaty(tree1.text, tree1, first);
  referencesOf(second);
  const at2 = tree1.text.indexOf('依照第一条');
  const tree2 = reparse(second.tree, [{ start: at2, end: at2, text: '双方' }]);
  const third = buildTreaty(tree2.text, tree2, second);
  const was = { ...referenceStats };
  const refs = referencesOf(third);
  const fresh = referencesOf(buildTreaty(tree2.text));
  const stats = { incremental: referenceStats.incremental - was.incremental, reread: referenceStats.reread - was.reread, reused: referenceStats.reused - was.reused, full: referenceStats.full - was.full - 1 };
  return { refs, fresh, stats };
}

test('references after two edits in turn: the units the first moved line up for the second', () => {
  const { refs, fresh, stats } = afterTwoEdits('应当及时');
  assert.deepStrictEqual(refs, fresh);
  assert.deepEqual(stats, { incremental: 1, reread: 1, reused: 3, full: 0 });
});

test('convention: a match over a hard break is counted once, one not cut by the break once too (a tie)', () => {
  assert.equal(conventionOf(buildTreaty(doc('依照第三条第一款第二项和第三条第一\n项(寅)款。'))), undefined);
});

test('a bare name\'s citation spans the name and its kind', () => {
  const text = doc('依照中华人民共和国刑法第三条和香港特别行政区基本法第五条。');
  const spans = referencesOf(buildTreaty(text)).flatMap((r) => (r.kind === 'article' && r.citation ? [text.slice(r.citation.start, r.citation.end)] : []));
  assert.deepEqual(spans, ['中华人民共和国刑法', '香港特别行政区基本法']);
});

test('resolveInTreaty: an item of a list that a paragraph written inside an item continues', () => {
  const text = '# 测试协定\n\n## 第一条\n\n甲：\n\n（一）乙。\n\n丙；\n\n（二）丁。\n\n戊。\n';
  const r = resolveInTreaty(buildTreaty(text), { num: 1, paragraph: 1, item: 2 });
  assert.deepEqual(r && { text: text.slice(r.start, r.end), missing: r.missing }, { text: '（二）丁。\n', missing: undefined });
});

// Branch h12model (sample H, references.ts:1543 `() => undefined` for the lastItem lookup in the
// paragraph's list): items 1 to 2 (前两项) of a list that a paragraph written inside an item splits end at
// the (二) after that paragraph; the paragraph's own items hold only (一).
test('resolveInTreaty: items 1 to 2 of a list a paragraph written inside an item continues: to its second item', () => {
  const text = '# 测试协定\n\n## 第一条\n\n甲：\n\n（一）乙。\n\n丙；\n\n（二）丁。\n\n戊。\n';
  const r = resolveInTreaty(buildTreaty(text), { num: 1, paragraph: 1, item: 1, lastItem: 2 });
  assert.deepEqual(r && { text: text.slice(r.start, r.end), missing: r.missing }, { text: '（一）乙。\n\n丙；\n\n（二）丁。\n', missing: undefined });
});

// Branch h12model (sample H's neighbour of references.ts:1543: the last item looked for in the
// paragraph's own items first): the paragraph before numbers on into this one ((一)…(三), then (一) again, then 乙's (二)),
// so the list the two share holds a (三) of its own; items 2 to 3 of paragraph 2 end at its (三).
test('resolveInTreaty: items 2 to 3 of a paragraph end at its own third item, not at an earlier paragraph\'s of the list it continues', () => {
  const text = '# 测试条例\n\n## 第一条\n\n甲：\n\n（一）子；\n\n（二）丑；\n\n（三）寅；\n\n（一）卯。\n\n乙：\n\n（二）辰；\n\n（三）巳。\n';
  const r = resolveInTreaty(buildTreaty(text), { num: 1, paragraph: 2, item: 2, lastItem: 3 });
  assert.deepEqual(r && { text: text.slice(r.start, r.end), missing: r.missing }, { text: '（二）辰；\n\n（三）巳。\n', missing: undefined });
});

test('referenceAt in a text in English: the reference holding the offset, its end included; none elsewhere', () => {
  const text = '# Agreement between the Government of A and the Government of B\n\n## Article 1\n\nThe Parties shall apply Article 2 and paragraph 2 of Article 3 of this Agreement.\n\n## Article 2\n\nText.\n\n## Article 3\n\n1. One.\n\n2. Two.\n';
  const t = buildTreaty(text);
  const a2 = text.indexOf('Article 2 and');
  const p2 = text.indexOf('paragraph 2');
  const at = (o: number) => {
    const r = referenceAt(t, o);
    return r && (r.kind === 'article' ? `${text.slice(r.start, r.end)} ${r.target.num}¶${r.target.paragraph ?? '-'}` : r.kind);
  };
  assert.deepEqual([0, a2 - 1, a2, a2 + 9, a2 + 10, p2 + 5, text.indexOf('this Agreement.') + 14, text.indexOf('this Agreement.') + 15].map(at), [
    undefined,
    undefined,
    'Article 2 2¶-',
    'Article 2 2¶-',
    undefined,
    'paragraph 2 of Article 3 of this Agreement 3¶2',
    'paragraph 2 of Article 3 of this Agreement 3¶2',
    undefined,
  ]);
});

test('references after a citation typed, then an edit after it: the units read again line up too', () => {
  const { refs, fresh, stats } = afterTwoEdits('和《丙丁条约》');
  assert.deepStrictEqual(refs, fresh);
  assert.deepEqual(stats, { incremental: 1, reread: 1, reused: 3, full: 0 });
});

test('referenceAt: in an article before its first reference, none (the earlier article\'s are not under it)', () => {
  const text = '# 测试协定\n\n## 第一条\n\n依照第二条。\n\n## 第二条\n\n双方依照第一条。\n';
  const t = buildTreaty(text);
  assert.deepEqual([text.indexOf('双方'), text.indexOf('依照第一条') + 3].map((o) => referenceAt(t, o)?.start), [undefined, text.indexOf('第一条。')]);
});
