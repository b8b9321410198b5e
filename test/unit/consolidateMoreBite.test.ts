// Consolidation, more cases (features/consolidate.ts): items named by the base's numbering after
// an earlier item is gone, words replaced in one item only, an item replaced by lines of its own,
// a numeral that does not read, the message of a clause not understood, and a renumbered
// article's label written as the base writes its labels. For each, the amendment (⟦⟧ the clause
// in trouble), every problem and the whole consolidated text, written by reading the base and
// the clauses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { consolidate } from '../../server/src/features/consolidate';
import { fixture } from '../support/fixture';

/** An article of one paragraph with three items, and a second article. */
const ITEMS = '# 示例法\n\n第一条　有下列情形之一的，责令改正：\n\n（一）未登记的；\n\n（二）拒绝检查的；\n\n（三）其他违法的。\n\n第二条　本法自公布之日起施行。\n';
/** The same, its article of two paragraphs: the items in the first. */
const ITEMS2 = '# 示例法\n\n第一条　有下列情形之一的，责令改正：\n\n（一）未登记的；\n\n（二）拒绝检查的；\n\n（三）其他违法的。\n\n违反前款规定的，处罚款。\n\n第二条　本法自公布之日起施行。\n';

/** Items with sub-items (1. 2.): the sub-items are part of their item, no items of their own. */
const SUBS = '# 示例法\n\n第一条　有下列情形之一的，责令改正：\n\n（一）未登记，包括：\n\n1. 未申请的；\n\n2. 申请未获准的；\n\n（二）拒绝检查，包括：\n\n1. 隐匿材料的；\n\n（三）其他违法的。\n\n第二条　本法自公布之日起施行。\n';

/** [what, base, amendment, the consolidated text] — every clause applies, no problem. */
const APPLIED: [string, string, string, string][] = [
  // Every clause names the base's units: 第三项 is （三） though （一） went before it.
  [
    'an item deleted, then a later item named by its number in the base',
    ITEMS,
    '一、删去第一条第一项。\n\n二、将第一条第三项修改为：“（三）其他违反本法的。”',
    '# 示例法\n\n第一条　有下列情形之一的，责令改正：\n\n（二）拒绝检查的；\n\n（三）其他违反本法的。\n\n第二条　本法自公布之日起施行。\n',
  ],
  [
    'an item deleted, then words replaced in a later item named by its paragraph and number',
    ITEMS2,
    '一、删去第一条第一款第二项。\n\n二、将第一条第一款第三项中的“违法”修改为“违规”。',
    '# 示例法\n\n第一条　有下列情形之一的，责令改正：\n\n（一）未登记的；\n\n（三）其他违规的。\n\n违反前款规定的，处罚款。\n\n第二条　本法自公布之日起施行。\n',
  ],
  [
    'two items deleted by the base numbering, the second after the first',
    ITEMS,
    '一、删去第一条第一项。\n\n二、删去第一条第二项。',
    '# 示例法\n\n第一条　有下列情形之一的，责令改正：\n\n（三）其他违法的。\n\n第二条　本法自公布之日起施行。\n',
  ],
  [
    'an item added first, then an item named by its number in the base',
    ITEMS,
    '一、在第一条中增加一项，作为第一项：“（一）未申报的；”\n\n二、删去第一条第三项。',
    '# 示例法\n\n第一条　有下列情形之一的，责令改正：\n\n（一）未申报的；\n\n（一）未登记的；\n\n（二）拒绝检查的；\n\n第二条　本法自公布之日起施行。\n',
  ],
  // 对条文顺序作相应调整: the items of a paragraph that lost or gained one are numbered again, in their own style.
  [
    'an item deleted and the order adjusted: the later items numbered again',
    ITEMS,
    '一、删去第一条第一项。\n\n二、对条文顺序作相应调整。',
    '# 示例法\n\n第一条　有下列情形之一的，责令改正：\n\n（一）拒绝检查的；\n\n（二）其他违法的。\n\n第二条　本法自公布之日起施行。\n',
  ],
  [
    'an item added and the order and the items\' numbers adjusted: the later items numbered again',
    ITEMS,
    '一、在第一条中增加一项，作为第二项：“（二）未申报的；”\n\n二、对条文顺序和项的序号作相应调整。',
    '# 示例法\n\n第一条　有下列情形之一的，责令改正：\n\n（一）未登记的；\n\n（二）未申报的；\n\n（三）拒绝检查的；\n\n（四）其他违法的。\n\n第二条　本法自公布之日起施行。\n',
  ],
  [
    'an item deleted and the order adjusted, items numbered 1. to 11.: the two-digit labels numbered again too',
    `# 示例法\n\n第一条　有下列情形之一的，责令改正：\n\n${Array.from({ length: 11 }, (_, i) => `${i + 1}. 第${i + 1}种情形；`).join('\n\n')}\n\n第二条　本法自公布之日起施行。\n`,
    '一、删去第一条第一项。\n\n二、对条文顺序作相应调整。',
    `# 示例法\n\n第一条　有下列情形之一的，责令改正：\n\n${Array.from({ length: 10 }, (_, i) => `${i + 1}. 第${i + 2}种情形；`).join('\n\n')}\n\n第二条　本法自公布之日起施行。\n`,
  ],
  [
    'an item deleted, an article deleted and the order adjusted',
    ITEMS,
    '一、删去第一条第二项。\n\n二、删去第二条。\n\n三、对条文顺序作相应调整。',
    '# 示例法\n\n第一条　有下列情形之一的，责令改正：\n\n（一）未登记的；\n\n（二）其他违法的。\n',
  ],
  // Words replaced in an item are replaced there only, not in the paragraph's text nor in the other items.
  [
    'words replaced in one item, found in the other items and the paragraph too',
    ITEMS,
    '一、将第一条第二项中的“的”修改为“者”。',
    ITEMS.replace('（二）拒绝检查的；', '（二）拒绝检查者；'),
  ],
  [
    'words replaced in one item named with its paragraph',
    ITEMS2,
    '一、将第一条第一款第三项中的“的”修改为“者”。',
    ITEMS2.replace('（三）其他违法的。', '（三）其他违法者。'),
  ],
  [
    'words added before words of one item',
    ITEMS,
    '一、在第一条第（一）项中的“的”前增加“或者未备案”。',
    ITEMS.replace('（一）未登记的；', '（一）未登记或者未备案的；'),
  ],
  [
    'words deleted from one item',
    ITEMS,
    '一、删去第一条第三项中的“的”。',
    ITEMS.replace('（三）其他违法的。', '（三）其他违法。'),
  ],
  // An item replaced by an item with sub-items: each line of the quotation stays a line.
  [
    'an item replaced by an item with two sub-items',
    ITEMS,
    '一、将第一条第二项修改为：“（二）拒绝检查，有下列情形之一的：\n\n“1. 隐匿材料；\n\n“2. 阻碍检查人员；”',
    ITEMS.replace('（二）拒绝检查的；', '（二）拒绝检查，有下列情形之一的：\n\n1. 隐匿材料；\n\n2. 阻碍检查人员；'),
  ],
  [
    'an item replaced by sub-items, then the next item of the base replaced',
    ITEMS,
    '一、将第一条第一项修改为：“（一）未登记，包括：\n\n“1. 未申请的；\n\n“2. 申请未获准的；”\n\n二、将第一条第二项修改为：“（二）拒绝或者阻碍检查的；”',
    ITEMS.replace('（一）未登记的；', '（一）未登记，包括：\n\n1. 未申请的；\n\n2. 申请未获准的；').replace('（二）拒绝检查的；', '（二）拒绝或者阻碍检查的；'),
  ],
  // A sentence that is no clause (the closing words of a decision) is no problem, whatever number it cites.
  [
    'a number that does not read in a sentence that is no clause',
    ITEMS,
    '一、删去第二条。\n\n本决定依照原法第十十条的规定作出。',
    '# 示例法\n\n第一条　有下列情形之一的，责令改正：\n\n（一）未登记的；\n\n（二）拒绝检查的；\n\n（三）其他违法的。\n',
  ],
  // Sub-items go with their item: 第二项 is （二）, not the first item's 1.
  [
    'an item with a sub-item deleted: its sub-item with it',
    SUBS,
    '一、删去第一条第二项。',
    SUBS.replace('（二）拒绝检查，包括：\n\n1. 隐匿材料的；\n\n', ''),
  ],
  [
    'an item with a sub-item replaced whole',
    SUBS,
    '一、将第一条第二项修改为：“（二）拒绝或者阻碍检查的；”',
    SUBS.replace('（二）拒绝检查，包括：\n\n1. 隐匿材料的；', '（二）拒绝或者阻碍检查的；'),
  ],
  [
    'words replaced in an item: in its sub-items too, not in the next item\'s',
    SUBS,
    '一、将第一条第一项中的“的”修改为“者”。',
    SUBS.replace('1. 未申请的；', '1. 未申请者；').replace('2. 申请未获准的；', '2. 申请未获准者；'),
  ],
  [
    'an item added as the third: before the third item, after the second one\'s sub-item',
    SUBS,
    '一、在第一条中增加一项，作为第三项：“（三）伪造材料的；”',
    SUBS.replace('（三）其他违法的。', '（三）伪造材料的；\n\n（三）其他违法的。'),
  ],
  [
    'the first item with its sub-items deleted and the order adjusted: the items numbered again, the sub-items as they were',
    SUBS,
    '一、删去第一条第一项。\n\n二、对条文顺序作相应调整。',
    '# 示例法\n\n第一条　有下列情形之一的，责令改正：\n\n（一）拒绝检查，包括：\n\n1. 隐匿材料的；\n\n（二）其他违法的。\n\n第二条　本法自公布之日起施行。\n',
  ],
  [
    'items numbered 1. 2. 3., the first deleted and the order adjusted',
    '# 示例法\n\n第一条　下列机构适用本法：\n\n1. 甲机构；\n\n2. 乙机构；\n\n3. 丙机构。\n\n第二条　本法自公布之日起施行。\n',
    '一、删去第一条第一项。\n\n二、对条文顺序作相应调整。',
    '# 示例法\n\n第一条　下列机构适用本法：\n\n1. 乙机构；\n\n2. 丙机构。\n\n第二条　本法自公布之日起施行。\n',
  ],
  // 第一条之一 and 第一条之二 are two articles: a clause on each is no conflict.
  [
    'two articles numbered 之一 and 之二 of the same article, each deleted by its own clause',
    '# 示例法\n\n第一条　为了规范示例工作，制定本法。\n\n第一条之一　示例机构应当登记。\n\n第一条之二　示例机构应当公开信息。\n\n第二条　本法自公布之日起施行。\n',
    '一、删去第一条之一。\n\n二、删去第一条之二。',
    '# 示例法\n\n第一条　为了规范示例工作，制定本法。\n\n第二条　本法自公布之日起施行。\n',
  ],
  // A renumbered article's label written as the base writes its labels.
  [
    'an article labelled 之一 renumbered as 之二: the new number in place of the old, nothing of the old kept',
    '# 示例法\n\n第一条　为了规范示例工作，制定本法。\n\n第一条之一　示例机构应当登记。\n\n第二条　本法自公布之日起施行。\n',
    '一、第一条之一改为第一条之二。',
    '# 示例法\n\n第一条　为了规范示例工作，制定本法。\n\n第一条之二　示例机构应当登记。\n\n第二条　本法自公布之日起施行。\n',
  ],
  [
    'a spaced label renumbered to a two-character numeral keeps its spacing',
    '# 示例协定\n\n## 第 一 条\n\n双方开展合作。\n\n## 第 二 条\n\n本协定自签署之日起生效。\n',
    '一、第二条改为第十二条。',
    '# 示例协定\n\n## 第 一 条\n\n双方开展合作。\n\n## 第 十二 条\n\n本协定自签署之日起生效。\n',
  ],
  [
    'a spaced label of two characters renumbered keeps its spacing',
    '# 示例协定\n\n## 第 十一 条\n\n双方开展合作。\n\n## 第 十二 条\n\n本协定自签署之日起生效。\n',
    '一、第十二条改为第二十条。',
    '# 示例协定\n\n## 第 十一 条\n\n双方开展合作。\n\n## 第 二十 条\n\n本协定自签署之日起生效。\n',
  ],
  [
    'a spaced label renumbered as 之一: 之 spaced as the numeral',
    '# 示例协定\n\n## 第 一 条\n\n双方开展合作。\n\n## 第 二 条\n\n本协定自签署之日起生效。\n',
    '一、第二条改为第一条之一。',
    '# 示例协定\n\n## 第 一 条\n\n双方开展合作。\n\n## 第 一 条 之 一\n\n本协定自签署之日起生效。\n',
  ],
  [
    'full-width digits renumbered stay full-width',
    '# 示例协定\n\n第１条　双方开展合作。\n\n第２条　本协定自签署之日起生效。\n',
    '一、删去第一条。\n\n二、对条文顺序作相应调整。',
    '# 示例协定\n\n第１条　本协定自签署之日起生效。\n',
  ],
  [
    'full-width digits: an article renumbered to 之一 and one to two digits',
    '# 示例协定\n\n第１条　双方开展合作。\n\n第２条　双方互相通报。\n\n第３条　本协定自签署之日起生效。\n',
    '一、第二条改为第一条之一，第三条改为第十二条。',
    '# 示例协定\n\n第１条　双方开展合作。\n\n第１条之１　双方互相通报。\n\n第１２条　本协定自签署之日起生效。\n',
  ],
  // A database's digits for 第十四条之一 (law.moj.gov.tw writes 第14-1條) keep their dash when the article is rewritten.
  [
    'a 第14-1條 label kept as written when its first paragraph is replaced',
    '# 示例條例\n\n第1條　為規範交流，特制定本條例。\n\n第1-1條　有下列情形之一者，得暫予收容：\n\n一、無旅行證件。\n\n二、於境外遭通緝。\n\n第2條　本條例自公布日施行。\n',
    '一、将第一条之一第一款修改为：“有下列情形之一者，得暫予收容：\n\n“一、無旅行證件。\n\n“二、於境外遭通緝。\n\n“三、其他情形。”',
    '# 示例條例\n\n第1條　為規範交流，特制定本條例。\n\n第1-1條　有下列情形之一者，得暫予收容：\n\n一、無旅行證件。\n\n二、於境外遭通緝。\n\n三、其他情形。\n\n第2條　本條例自公布日施行。\n',
  ],
  // Some decisions quote a rewritten article with its own label (将第二条修改为：“第二条　…”): the label is not its words.
  [
    'a whole article quoted with its own label',
    '# 示例协定\n\n第一条　双方开展合作。\n\n第二条　有下列情形：\n\n一、甲。\n\n第三条　本协定自签署之日起生效。\n',
    '一、将第二条修改为：“第二条　有下列情形：\n\n“一、乙。”',
    '# 示例协定\n\n第一条　双方开展合作。\n\n第二条　有下列情形：\n\n一、乙。\n\n第三条　本协定自签署之日起生效。\n',
  ],
  // …and quoted with its label and caption on a line of their own: the caption is the base's, no paragraph of it.
  [
    'a whole article quoted with its label and caption on their own line',
    '# 示例协定\n\n第一条　双方开展合作。\n\n第二条　合作领域\n\n一、甲。\n\n二、丙。\n\n第三条　本协定自签署之日起生效。\n',
    '一、将第二条修改为：“第二条　合作领域\n\n“一、乙。\n\n“二、丙。”',
    '# 示例协定\n\n第一条　双方开展合作。\n\n第二条　合作领域\n\n一、乙。\n\n二、丙。\n\n第三条　本协定自签署之日起生效。\n',
  ],
  [
    'an ideographic space inside a label is kept',
    '# 示例协定\n\n## 第\u3000一\u3000条\n\n双方开展合作。\n\n## 第\u3000二\u3000条\n\n本协定自签署之日起生效。\n',
    '一、第二条改为第二十条。',
    '# 示例协定\n\n## 第\u3000一\u3000条\n\n双方开展合作。\n\n## 第\u3000二十\u3000条\n\n本协定自签署之日起生效。\n',
  ],
];

for (const [what, base, amendment, expected] of APPLIED) {
  test(`consolidate: ${what}`, () => {
    const r = consolidate(base, amendment);
    assert.deepEqual(r.problems, []);
    assert.equal(r.text, expected);
  });
}

/** [base, the amendment, ⟦⟧ the clause in trouble, its code and message, the consolidated text]. */
const PROBLEMS: [string, string, string, string, string][] = [
  // A numeral that does not read (十十: mistyped or OCR'd) is reported, never dropped.
  [ITEMS, '一、⟦第十十条改为第三条⟧。', 'amend.unreadable', '读不懂编号：第十十条', ITEMS],
  // The clause is not applied in part: its other pair stays as it was too.
  [ITEMS, '一、⟦第二条改为第三条，第十十条改为第四条⟧。', 'amend.unreadable', '读不懂编号：第十十条', ITEMS],
  [ITEMS, '一、⟦将第十十条中的“责令”修改为“要求”⟧。', 'amend.unreadable', '读不懂编号：第十十条', ITEMS],
  [ITEMS, '一、⟦删去第一条第十十项⟧。', 'amend.unreadable', '读不懂编号：第十十项', ITEMS],
  // The message gives the clause as written, its quotations in their marks.
  [ITEMS, '一、⟦将第一条移到“第二条”之后⟧。', 'amend.unreadable', '读不懂这一修改：将第一条移到“第二条”之后', ITEMS],
  // Forty characters of a long clause, counted with its quotation marks.
  [ITEMS, '一、⟦将第一条移到“第二条”之后，并将其中的“责令改正”一语改写为更为明确、更便于执行的表述方式⟧。', 'amend.unreadable', '读不懂这一修改：将第一条移到“第二条”之后，并将其中的“责令改正”一语改写为更为明确、更便于执行', ITEMS],
  // Words of another item are not in the item named.
  [ITEMS, '一、⟦将第一条第一项中的“检查”修改为“核查”⟧。', 'amend.text-not-found', '第一条中没有“检查”', ITEMS],
  // Nor are the paragraph's own words before its items.
  [ITEMS, '一、⟦将第一条第一项中的“责令”修改为“要求”⟧。', 'amend.text-not-found', '第一条中没有“责令”', ITEMS],
  // An item deleted is gone: a later clause on it finds no item, as a paragraph deleted (the base numbering still holds for the others).
  [ITEMS, '一、删去第一条第二项。\n\n二、⟦将第一条第二项修改为：“（二）甲。”⟧', 'amend.no-such-item', '第一条没有第二项', ITEMS.replace('（二）拒绝检查的；\n\n', '')],
];

for (const [base, source, code, message, expected] of PROBLEMS) {
  test(`consolidate: ${code} ${message}`, () => {
    const f = fixture(source).main;
    const r = consolidate(base, f.text);
    assert.deepEqual(r.problems, [{ start: f.marks[0].start, end: f.marks[0].end, code, message }]);
    assert.equal(r.text, expected);
  });
}
