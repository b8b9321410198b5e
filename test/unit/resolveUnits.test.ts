// The units below an article, as the model reads and resolves them (model/references.ts:
// relative references, unit numbers, the 条/款/项 and 条/项/款 conventions, resolveInTreaty),
// as data in the form of resolve.test.ts: `‸` on the reference, the target marked ⟦…⟧ or
// the answer written out; `null` when the words are not read as a reference at all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Want, answerOf, expected } from '../support/resolveAnswer';

const HEAD = '%! a.md\n# 测试协议\n\n';

const CASES: [string, string, Want][] = [
  // Relative references: 本条, 前条, 本款, 前款.
  ['前条 → the article before', `${HEAD}⟦## 第一条\n\n甲。\n\n⟧## 第二条\n\n依照前‸条。\n`, 'marked article'],
  ['前条 in the first article names nothing', `${HEAD}## 第一条\n\n依照前‸条。\n`, null],
  ['本款 → the paragraph it is written in', `${HEAD}## 第一条\n\n甲。\n\n⟦乙，依照本‸款。\n⟧`, 'marked article'],
  ['本款 in the first paragraph → the first paragraph', `${HEAD}## 第一条\n\n⟦甲，依照本‸款。\n⟧\n乙。\n`, 'marked article'],
  ['前款 → the paragraph before', `${HEAD}## 第一条\n\n⟦甲。\n⟧\n乙，依照前‸款。\n`, 'marked article'],
  ['前款 in the first paragraph names nothing', `${HEAD}## 第一条\n\n甲，依照前‸款。\n`, null],
  ['本条第二款 in 第二条之一 → its own paragraph, not 第二条\'s', `${HEAD}## 第二条\n\n甲。\n\n乙。\n\n## 第二条之一\n\n甲。\n\n⟦乙。\n⟧\n本条第二‸款所称。\n`, 'marked article'],
  ['前条 after 第二条之一 → 第二条之一', `${HEAD}## 第二条\n\n甲。\n\n⟦## 第二条之一\n\n乙。\n\n⟧## 第三条\n\n依照前‸条。\n`, 'marked article'],

  // Unit numbers: Chinese, letters, earthly branches; paragraphs numbered 1. 2.
  ['第(c)项 → the item lettered (c)', `${HEAD}## 第一条\n\n甲：\n\n(a)丙；\n\n(b)丁；\n\n⟦(c)戊。\n⟧\n## 第二条\n\n适用第一条第(c‸)项。\n`, 'marked article'],
  ['第(丑)项 → the second item, numbered by earthly branches', `${HEAD}## 第一条\n\n甲：\n\n（子）丙；\n\n⟦（丑）丁。\n⟧\n## 第二条\n\n适用第一条第(丑‸)项。\n`, 'marked article'],
  ['第二款 → the paragraph numbered 2.', `${HEAD}## 第一条\n\n1. 甲。\n\n⟦2. 乙。\n⟧\n## 第二条\n\n适用第一条第二‸款。\n`, 'marked article'],
  ['第二款 of an article of two paragraphs, the second with items → the whole second paragraph', `${HEAD}## 第一条\n\n甲。\n\n⟦乙：\n\n（一）丙；\n\n（二）丁。\n⟧\n## 第二条\n\n适用第一条第二‸款。\n`, 'marked article'],

  // 第Z项 alone: an item, or in a 条/项/款 document a paragraph.
  ['第二项 where the document writes 项 before 款 (条/项/款) → the paragraph', `${HEAD}## 第一条\n\n一、甲。\n\n⟦二、乙。\n⟧\n## 第二条\n\n适用第一条第二项第（一）款和第一条第二‸项。\n`, 'marked article'],
  ['第二项 where the document writes 款 before 项 (条/款/项) → the item', `${HEAD}## 第一条\n\n甲：\n\n（一）丙；\n\n⟦（二）丁。\n⟧\n## 第二条\n\n适用第一条第一款第（一）项和第一条第二‸项。\n`, 'marked article'],
  ['第一条第二项第（二）款 (项 before 款) → the sub-unit （二） of paragraph 二', `${HEAD}## 第一条\n\n一、甲。\n\n二、乙：\n\n（一）丙；\n\n⟦（二）丁。\n⟧\n## 第二条\n\n适用第一条第二项第（二）‸款。\n`, 'marked article'],
  ['第一项 in an article of numbered paragraphs without items → the paragraph', `${HEAD}## 第一条\n\n⟦一、甲。\n⟧\n二、乙。\n\n## 第二条\n\n适用第一条第一‸项。\n`, 'marked article'],
  ['第（二）项 in an article whose first of two paragraphs has the items', `${HEAD}## 第一条\n\n甲：\n\n（一）丙；\n\n⟦（二）丁。\n⟧\n乙。\n\n## 第二条\n\n适用第一条第（二‸）项。\n`, 'marked article'],
  // Numbers as written first, then the place: paragraphs numbered 一、三、四、, items (一)(三).
  ['第三款 → the paragraph numbered 三, not the third', `${HEAD}## 第一条\n\n一、甲。\n\n⟦三、乙。\n⟧\n四、丙。\n\n## 第二条\n\n适用第一条第三‸款。\n`, 'marked article'],
  ['第三项 in an article of numbered paragraphs → the paragraph numbered 三', `${HEAD}## 第一条\n\n一、甲。\n\n⟦三、乙。\n⟧\n四、丙。\n\n## 第二条\n\n适用第一条第三‸项。\n`, 'marked article'],
  ['第二款 where no paragraph is numbered 二 → the second paragraph', `${HEAD}## 第一条\n\n一、甲。\n\n⟦三、乙。\n⟧\n## 第二条\n\n适用第一条第二‸款。\n`, 'marked article'],
  ['第（二）项 where no item is numbered (二), in a one-paragraph article → the second item', `${HEAD}## 第一条\n\n甲：\n\n（一）丙；\n\n⟦（三）丁。\n⟧\n## 第二条\n\n适用第一条第（二‸）项。\n`, 'marked article'],
  ['第二款第（二）项 where no item is numbered (二) → the second item of that paragraph', `${HEAD}## 第一条\n\n甲。\n\n乙：\n\n（一）丙；\n\n⟦（三）丁。\n⟧\n## 第二条\n\n适用第一条第二款第（二‸）项。\n`, 'marked article'],
  // An entry whose label was lost in copying: an entry of its list all the same, read by its place.
  ['第二项 where (二)\'s label was lost → that entry', `${HEAD}## 第一条\n\n甲：\n\n（一）丙；\n\n⟦丁；\n⟧\n（三）戊。\n\n## 第二条\n\n适用第一条第二‸项。\n`, 'marked article'],
  ['第一款第一项 where the first entry\'s label was lost → that entry', `${HEAD}## 第一条\n\n甲：\n\n⟦丙；\n⟧\n（二）丁；\n\n（三）戊。\n\n乙。\n\n## 第二条\n\n适用第一条第一款第一‸项。\n`, 'marked article'],
  ['第二项 where the labels of the first two entries were lost → the second entry', `${HEAD}## 第一条\n\n甲：\n\n丙；\n\n⟦丁；\n⟧\n（三）戊。\n\n## 第二条\n\n适用第一条第二‸项。\n`, 'marked article'],
  // (A bulleted list under a chapeau is its paragraph's items, unnumbered: the first of them is 第一项.)
  ['第一项 where markdown list entries (- 子； - 丑；) under the lead come before （三） → the first entry', `${HEAD}## 第一条\n\n甲：\n\n⟦- 子；\n⟧\n- 丑；\n\n（三）寅。\n\n## 第二条\n\n适用第一条第一‸项。\n`, 'marked article'],
  ['第一款第四项 after an entry whose first label was lost → （四）, in the first paragraph', `${HEAD}## 第一条\n\n甲：\n\n丙；\n\n（二）丁；\n\n（三）戊；\n\n⟦（四）己。\n⟧\n乙。\n\n## 第二条\n\n适用第一条第一款第四‸项。\n`, 'marked article'],
  ['第二款 after an item wrapped after ，over a blank line → the paragraph after the list (the wrapped line is no paragraph)', `${HEAD}## 第一条\n\n甲：\n\n（一）丙；\n\n（二）丁；\n\n（三）戊，\n\n己；\n\n（四）庚。\n\n⟦乙。\n⟧\n## 第二条\n\n适用第一条第二‸款。\n`, 'marked article'],
  ['第二项 of items a page joined into one line (甲： （一）…； （二）…； （三）…) → the second', `${HEAD}## 第一条\n\n甲： （一）丙； ⟦（二）丁； ⟧（三）戊。\n\n## 第二条\n\n适用第一条第二‸项。\n`, 'marked article'],
  // An article's paragraph never ends with ，: a blank line after one is inside the sentence.
  ['第二款 after a list\'s members written one a line (组成： / 主任， / 副主任若干人， / 委员若干人。) → the paragraph after them', `${HEAD}## 第一条\n\n委员会由下列人员组成：\n\n主任，\n\n副主任若干人，\n\n委员若干人。\n\n⟦委员会实行主任负责制。\n⟧\n## 第二条\n\n适用第一条第二‸款。\n`, 'marked article'],
  ['第二款 after a paragraph broken after ，over a blank line → the paragraph after it', `${HEAD}## 第一条\n\n新建项目应当配套绿化用地，\n\n其绿地率应当达到下列标准：\n\n（一）居住区不低于百分之三十；\n\n（二）工业区不低于百分之二十。\n\n⟦本条第一款第一项不适用于旧城区。\n⟧\n## 第二条\n\n适用第一条第二‸款。\n`, 'marked article'],
  ['第（二）项 where no item is numbered (二), in an article of two paragraphs: no such item', `${HEAD}## 第一条\n\n甲：\n\n（一）丙；\n\n（三）丁。\n\n乙。\n\n## 第二条\n\n适用第一条第（二‸）项。\n`, { kind: 'no-such-item', article: '第一条', in: 'a.md' }],
  ['第（二）项 in an article of paragraphs without items: no such item (a bracketed number is an item)', `${HEAD}## 第一条\n\n甲。\n\n乙。\n\n## 第二条\n\n适用第一条第（二‸）项。\n`, { kind: 'no-such-item', article: '第一条', in: 'a.md' }],
  ['第三项 in an article with items (一)(二) and three paragraphs: no such item, not the third paragraph', `${HEAD}## 第一条\n\n甲：\n\n（一）丙；\n\n（二）丁。\n\n乙。\n\n丙。\n\n## 第二条\n\n适用第一条第三‸项。\n`, { kind: 'no-such-item', article: '第一条', in: 'a.md' }],
  // 第Z项 in a document that shows no convention (its own articles say nothing): an item, or,
  // in an article without items, its paragraph Z.
  ['《…》第一条第三项 → the paragraph numbered 三 of an article without items', `%! a.md\n# 测试议定书\n\n## 第一条\n\n依照《甲乙协定》第一条第三‸项。\n%! b.md\n# 甲乙协定\n\n## 第一条\n\n一、甲。\n\n⟦三、乙。\n⟧\n四、丙。\n`, 'marked article'],
  ['《…》第一条第三项 in an article with items (一)(二) and three paragraphs: no such item, not its third paragraph', `%! a.md\n# 测试议定书\n\n## 第一条\n\n依照《甲乙协定》第一条第三‸项。\n%! b.md\n# 甲乙协定\n\n## 第一条\n\n甲：\n\n（一）丙；\n\n（二）丁。\n\n乙。\n\n丙。\n`, { kind: 'no-such-item', article: '第一条', in: 'b.md' }],
  ['第二款第（三）项 where the items are (一)(三) → the item numbered (三), not the third', `${HEAD}## 第一条\n\n甲。\n\n乙：\n\n（一）丙；\n\n⟦（三）丁。\n⟧\n## 第二条\n\n适用第一条第二款第（三‸）项。\n`, 'marked article'],
  ['《…》第一条第二项 where no paragraph is numbered 二, in an article without items → the second paragraph', `%! a.md\n# 测试议定书\n\n## 第一条\n\n依照《甲乙协定》第一条第二‸项。\n%! b.md\n# 甲乙协定\n\n## 第一条\n\n一、甲。\n\n⟦三、乙。\n⟧\n四、丙。\n`, 'marked article'],
  // 第Z项 in a document that writes 款 before 项 (条/款/项) is an item, even where the article has
  // none and has a paragraph Z: no such item, not that paragraph (readUnits' `convention === 'kuan'`).
  ['第三项 in a 条/款/项 document, in an article of three paragraphs without items: no such item', `${HEAD}## 第一条\n\n甲：\n\n（一）丙；\n\n（二）丁。\n\n## 第二条\n\n甲。\n\n乙。\n\n丙。\n\n## 第三条\n\n适用第一条第一款第（一）项和第二条第三‸项。\n`, { kind: 'no-such-item', article: '第二条', in: 'a.md' }],
  ['第(a)项 → the first item, lettered (a)', `${HEAD}## 第一条\n\n甲：\n\n⟦(a)丙；\n⟧\n(b)丁。\n\n## 第二条\n\n适用第一条第(a‸)项。\n`, 'marked article'],
  ['第(子)项 → the first item, numbered by earthly branches', `${HEAD}## 第一条\n\n甲：\n\n⟦（子）丙；\n⟧\n（丑）丁。\n\n## 第二条\n\n适用第一条第(子‸)项。\n`, 'marked article'],
];

for (const [label, source, want] of CASES) {
  test(`resolve units: ${label}`, () => {
    assert.deepEqual(answerOf(source), expected(source, want));
  });
}
