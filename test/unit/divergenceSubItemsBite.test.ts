// The divergence checks (features/divergence.ts) on an agreement whose items have sub-items
// (`1.` `2.` under `（二）`, `(i)` `(ii)` under `(b)`), as the whole list of findings on each
// side, in the form of divergenceBite.test.ts: the line, the code, the span ⟦…⟧, the message,
// and the other text's unit, line:column and span. A number in a sub-item is named by its
// sub-item (`第一条第2项第1目`), not as an item; findings come in text order; a value said twice
// on one side and once on the other; a value in another unit in another order; a dated closing
// paragraph when both texts have a signing clause; an article label with two spaces; an amount in
// words against digits (`五十万美元`, `500,000 US dollars`: reported before the fix); a date said twice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTreaty } from '../../server/src/model/treaty';
import { align } from '../../server/src/features/align';
import { divergencesOf } from '../../server/src/features/divergence';
import { findings, shown } from '../support/divergence';

const ZH = `# 中华人民共和国政府和测试国政府关于人员交流的协定

中华人民共和国政府和测试国政府（以下简称“双方”），

## 第一条

双方在五年内开展下列交流：

（一）互派留学生；

（二）互派专家：

1. 短期专家，每次不超过两周；

2. 长期专家，每次不超过六个月；

（三）举办研讨会。

## 第二条

本协定自签署之日起生效，有效期十年。

本协定于2001年7月16日在北京签订，一式两份，每份均用中文和英文写成，两种文本同等作准。
`;

const EN = `# Agreement between the Government of the People's Republic of China and the Government of Testland on Exchanges of Persons

The Government of the People's Republic of China and the Government of Testland (hereinafter referred to as "the Parties"),

## Article 1

The Parties shall, within five years, carry out the following exchanges:

(a) exchanges of students;

(b) exchanges of experts:

(i) short-term experts, for no more than two weeks at a time;

(ii) long-term experts, for no more than six months at a time;

(c) seminars.

## Article 2

This Agreement shall enter into force on the date of its signature and shall remain in force for ten years.

Done at Beijing on 16 July 2001, in duplicate, in the Chinese and English languages, both texts being equally authentic.
`;

/** [name, the Chinese text, the English text, what each side reports]. */
const CASES: [string, string, string, { zh: string[]; en: string[] }][] = [
  ['the two texts agree, sub-items and all: nothing', ZH, EN, { zh: [], en: [] }],
  ['a number of the first sub-item of item (b): named as that sub-item, not as item 1', ZH, EN.replace('two weeks', 'three weeks'), {
    zh: ['13 align.number ⟦两周⟧ “两周”（2）在英文本Article 1第2项第1目中没有对应的数值 → Article 1第2项第1目 13:3⟦⟧'],
    en: ['13 align.number ⟦three weeks⟧ “three weeks”（3）在中文本第一条第2项第1目中没有对应的数值 → 第一条第2项第1目 13:2⟦⟧'],
  }],
  ['a number of the second sub-item: 第2项第2目', ZH.replace('六个月', '九个月'), EN, {
    zh: ['15 align.number ⟦九个月⟧ “九个月”（9）在英文本Article 1第2项第2目中没有对应的数值 → Article 1第2项第2目 15:4⟦⟧'],
    en: ['15 align.number ⟦six months⟧ “six months”（6）在中文本第一条第2项第2目中没有对应的数值 → 第一条第2项第2目 15:2⟦⟧'],
  }],
  ['findings in text order: a number in the first article before an article missing at the end',
    ZH.replace('## 第二条', '## 第二条\n\n双方可协商修改本协定。\n\n## 第三条'), EN.replace('within five years', 'within six years'), {
      zh: [
        '7 align.number ⟦五年⟧ “五年”（5）在英文本Article 1中没有对应的数值 → Article 1 7:0⟦⟧',
        '23 align.article-count ⟦第三条⟧ 英文本没有与第三条对应的条款（本文本共3条，英文本共2条） → Article 2 19:3⟦Article 2⟧',
      ],
      en: [
        '7 align.number ⟦six years⟧ “six years”（6）在中文本第一条中没有对应的数值 → 第一条 7:0⟦⟧',
        '19 align.article-count ⟦Article 2⟧ 中文本的第三条在本文本中没有对应条款（本文本共2条，中文本共3条） → 第三条 23:3⟦第三条⟧',
        // Article 2 pairs with 第二条 by number, which says no number.
        '21 align.number ⟦ten years⟧ “ten years”（10）在中文本第二条中没有对应的数值 → 第二条 21:0⟦⟧',
      ],
    }],
  ['ten years twice in Chinese, once in English (and five years): the second 十年 has no counterpart; a label with two spaces named with one',
    ZH.replace('有效期十年。', '有效期十年，期满后可延长十年。'),
    EN.replace('## Article 2', '## Article  2').replace('for ten years.', 'for ten years and may be extended for five years.'), {
      zh: ['21 align.number ⟦十年⟧ “十年”（10）在英文本Article 2中没有对应的数值 → Article 2 21:0⟦⟧'],
      en: ['21 align.number ⟦five years⟧ “five years”（5）在中文本第二条中没有对应的数值 → 第二条 21:0⟦⟧'],
    }],
  ['thirty days against thirty weeks, said in another order than two weeks: the same value in another unit is the same number',
    ZH.replace('1. 短期专家，每次不超过两周；', '1. 短期专家，提前三十日通知，每次不超过两周；'),
    EN.replace('for no more than two weeks at a time;', 'for no more than two weeks at a time, with thirty weeks\' notice;'), { zh: [], en: [] }],
  ['both texts have a signing clause: a short dated last paragraph is a paragraph, not a stray closing line',
    ZH.replace('有效期十年。', '有效期十年。\n\n本协定自2002年1月1日起适用。'),
    EN.replace('for ten years.', 'for ten years.\n\nThis Agreement shall apply from 1 January 2002 to all exchanges carried out by the Parties under its provisions.'), { zh: [], en: [] }],  ['an amount in words against the same amount in digits, no unit on either side: the same number',
    ZH.replace('（三）举办研讨会。', '（三）举办研讨会，经费为五十万美元。'), EN.replace('(c) seminars.', '(c) seminars, with funding of 500,000 US dollars.'), { zh: [], en: [] }],
  ['an amount in words against another amount in digits', ZH.replace('（三）举办研讨会。', '（三）举办研讨会，经费为五十万美元。'), EN.replace('(c) seminars.', '(c) seminars, with funding of 600,000 US dollars.'), {
    zh: ['17 align.number ⟦五十万⟧ “五十万”（500000）在英文本Article 1第3项中没有对应的数值 → Article 1第3项 17:3⟦⟧'],
    en: ['17 align.number ⟦600,000⟧ “600,000”（600000）在中文本第一条第3项中没有对应的数值 → 第一条第3项 17:3⟦⟧'],
  }],
  ['a percentage with two decimals against another: each value written as it is (2.05, not 2.5)',
    ZH.replace('（一）互派留学生；', '（一）互派留学生，资助比例为2.05%；'), EN.replace('(a) exchanges of students;', '(a) exchanges of students, with 2.5% of the costs funded;'), {
      zh: ['9 align.number ⟦2.05%⟧ “2.05%”（2.05）在英文本Article 1第1项中没有对应的数值 → Article 1第1项 9:3⟦⟧'],
      en: ['9 align.number ⟦2.5%⟧ “2.5%”（2.5）在中文本第一条第1项中没有对应的数值 → 第一条第1项 9:3⟦⟧'],
    }],
  ['a date said twice in Chinese, once in English: the second has no counterpart',
    ZH.replace('有效期十年。', '有效期十年，自2002年1月1日起计算，至2012年1月1日止；2002年1月1日前开始的交流继续进行。'),
    EN.replace('for ten years.', 'for ten years, counted from 1 January 2002 until 1 January 2012.'), {
      zh: ['21 align.date ⟦2002年1月1日⟧ 日期“2002年1月1日”在英文本Article 2中没有对应 → Article 2 21:0⟦⟧'],
      en: [],
    }],
  ['a date of another year, the numbers alike', ZH.replace('有效期十年。', '有效期十年，自2002年1月1日起计算。'),
    EN.replace('for ten years.', 'for ten years, counted from 1 January 2003.'), {
      zh: ['21 align.date ⟦2002年1月1日⟧ 日期“2002年1月1日”在英文本Article 2中没有对应 → Article 2 21:0⟦⟧'],
      en: ['21 align.date ⟦1 January 2003⟧ 日期“1 January 2003”在中文本第二条中没有对应 → 第二条 21:0⟦⟧'],
    }],
  // When the units of a pair do not all pair, the piece compared is the whole unit: the article
  // (paragraphs not all paired) or the paragraph (items not all paired), named as that unit.
  ['paragraphs one against two: the whole article compared, a number named by the article, after the paragraph count',
    ZH, EN.replace('on the date of its signature and shall remain in force for ten years.', 'on the date of its signature.\n\nIt shall remain in force for five years.'), {
      zh: [
        '19 align.paragraph-count ⟦第二条⟧ 本条有1款，英文本Article 2有2款 → Article 2 19:3⟦Article 2⟧',
        '21 align.number ⟦十年⟧ “十年”（10）在英文本Article 2中没有对应的数值 → Article 2 20:0⟦⟧',
      ],
      en: [
        '19 align.paragraph-count ⟦Article 2⟧ 本条有2款，中文本第二条有1款 → 第二条 19:3⟦第二条⟧',
        '23 align.number ⟦five years⟧ “five years”（5）在中文本第二条中没有对应的数值 → 第二条 20:0⟦⟧',
      ],
    }],
  ['three paragraphs on each side, numbered 1. 2. 3. and 1. 3. 4.: 2. and 4. unpaired, so the whole article is compared',
    ZH.replace('本协定自签署之日起生效，有效期十年。', '1. 本协定自签署之日起生效，有效期十年。\n\n2. 双方可协商修改本协定。\n\n3. 任何一方可书面通知另一方终止本协定。'),
    EN.replace('shall remain in force for ten years.', 'shall remain in force for five years.\n\n3. The Parties may amend this Agreement by mutual consent.\n\n4. Either Party may terminate this Agreement by written notice to the other Party.')
      .replace('This Agreement shall enter', '1. This Agreement shall enter'), {
      zh: ['21 align.number ⟦十年⟧ “十年”（10）在英文本Article 2中没有对应的数值 → Article 2 20:0⟦⟧'],
      en: ['21 align.number ⟦five years⟧ “five years”（5）在中文本第二条中没有对应的数值 → 第二条 20:0⟦⟧'],
    }],
  ['items three against two (no (c)): the whole paragraph compared, a sub-item\'s number named by the article, after the item count',
    ZH, EN.replace('two weeks', 'three weeks').replace('\n\n(c) seminars.', ''), {
      zh: [
        '7 align.item-count ⟦双方在五年内开展下列交流：⟧ 本款有3项，英文本Article 1有2项 → Article 1 7:0⟦The Parties shall, within five years, ca⟧',
        '13 align.number ⟦两周⟧ “两周”（2）在英文本Article 1中没有对应的数值 → Article 1 7:0⟦⟧',
      ],
      en: [
        '7 align.item-count ⟦The Parties shall, within five years, ca⟧ 本款有2项，中文本第一条有3项 → 第一条 7:0⟦双方在五年内开展下列交流：⟧',
        '13 align.number ⟦three weeks⟧ “three weeks”（3）在中文本第一条中没有对应的数值 → 第一条 7:0⟦⟧',
      ],
    }],
  // The same at the next level: sub-items 1. 2. 3. against (i) (iii) (iv), paired by number, 2. and (iv) unpaired, so the whole item （二） is compared.
  ['three sub-items on each side, 1. 2. 3. against (i) (iii) (iv): 2. and (iv) unpaired, so the whole item is compared, a number named by the item',
    ZH.replace('2. 长期专家，每次不超过六个月；', '2. 长期专家，每次不超过六个月；\n\n3. 访问学者，每次不超过一年；'),
    EN.replace('(ii) long-term experts, for no more than six months at a time;', '(iii) long-term experts, for no more than nine months at a time;\n\n(iv) visiting scholars, for no more than one year at a time;'), {
      zh: ['15 align.number ⟦六个月⟧ “六个月”（6）在英文本Article 1第2项中没有对应的数值 → Article 1第2项 11:3⟦⟧'],
      en: ['15 align.number ⟦nine months⟧ “nine months”（9）在中文本第一条第2项中没有对应的数值 → 第一条第2项 11:3⟦⟧'],
    }],
  ['four items on each side, (一)–(四) against (a) (b) (d) (e): （三） and (e) unpaired, so the whole paragraph is compared',
    ZH.replace('（三）举办研讨会。', '（三）举办研讨会；\n\n（四）互派艺术团。'),
    EN.replace('two weeks', 'three weeks').replace('(c) seminars.', '(d) exchanges of art troupes;\n\n(e) seminars.'), {
      zh: ['13 align.number ⟦两周⟧ “两周”（2）在英文本Article 1中没有对应的数值 → Article 1 7:0⟦⟧'],
      en: ['13 align.number ⟦three weeks⟧ “three weeks”（3）在中文本第一条中没有对应的数值 → 第一条 7:0⟦⟧'],
    }],
];

const ZH_RU = `# 中华人民共和国政府和俄罗斯联邦政府关于互免签证的协定

中华人民共和国政府和俄罗斯联邦政府（以下简称“双方”），

## 第一条

为此双方通过外交途径交换护照样本。
`;

const RU = `# Соглашение между Правительством Китайской Народной Республики и Правительством Российской Федерации о взаимной отмене визового режима

Правительство Китайской Народной Республики и Правительство Российской Федерации (далее — «Стороны»),

## Статья 1

В этих целях Стороны обмениваются образцами паспортов через Посольства Сторон.
`;

const RU_CASES: [string, string, string, { zh: string[]; ru: string[] }][] = [
  ['a capitalised noun before the term (Посольства Сторон) is no longer form of it; Стороны as defined', ZH_RU, RU, { zh: [], ru: [] }],
  ['«Договаривающиеся Стороны» where «Стороны» was defined and the Chinese says 双方', ZH_RU, RU.replace('В этих целях Стороны', 'В этих целях Договаривающиеся Стороны'), {
    zh: ['7 align.term ⟦双方⟧ “双方”在俄文本此处译作“Договаривающиеся Стороны”，与定义的“Стороны”不一致 → Статья 1 7:13⟦Договаривающиеся Стороны⟧'],
    ru: ['7 align.term ⟦Договаривающиеся Стороны⟧ “Договаривающиеся Стороны”与定义的“Стороны”不一致（中文本此处为“双方”） → 第一条 7:2⟦双方⟧'],
  }],
];

for (const [name, zh, ru, expected] of RU_CASES) {
  test(`divergence (terms in Russian): ${name}`, () => {
    const a = buildTreaty(zh);
    const b = buildTreaty(ru);
    const al = align(a, b);
    assert.deepEqual({ zh: divergencesOf(al, 'a', '俄文本').map((f) => shown(a, b, f)), ru: divergencesOf(al, 'b', '中文本').map((f) => shown(b, a, f)) }, expected);
  });
}

for (const [name, zh, en, expected] of CASES) {
  test(`divergence (sub-items): ${name}`, () => {
    assert.ok(name.startsWith('the two texts agree') || zh !== ZH || en !== EN, 'the deliberate divergence is made');
    assert.deepEqual(findings(zh, en), expected);
  });
}

const ZH_T = `# 中华人民共和国政府和测试国政府关于合作的协定

中华人民共和国政府和测试国政府（以下简称“缔约双方”），

## 第一条

缔约双方应当加强合作。缔约双方应当定期磋商。
`;

const EN_T = `# Agreement between the Government of the People's Republic of China and the Government of Testland on Cooperation

The Government of the People's Republic of China and the Government of Testland (hereinafter referred to as "the Contracting Parties"),

## Article 1

The Contracting Parties shall strengthen cooperation. Both Contracting Parties shall consult regularly.
`;

const TERM_CASES: [string, string, string, { zh: string[]; en: string[] }][] = [
  ['a term of two words used as defined, after `The` at a line\'s start and `Both` at a sentence\'s: nothing', ZH_T, EN_T, { zh: [], en: [] }],
  ['“High Contracting Parties” where “Contracting Parties” was defined and the Chinese says 缔约双方', ZH_T, EN_T.replace('Both Contracting Parties', 'The High Contracting Parties').replace('cooperation. The High', 'cooperation, and the High'), {
    zh: ['7 align.term ⟦缔约双方⟧ “缔约双方”在英文本此处译作“High Contracting Parties”，与定义的“Contracting Parties”不一致 → Article 1 7:62⟦High Contracting Parties⟧'],
    en: ['7 align.term ⟦High Contracting Parties⟧ “High Contracting Parties”与定义的“Contracting Parties”不一致（中文本此处为“缔约双方”） → 第一条 7:0⟦缔约双方⟧'],
  }],
  // A text being typed: its last words are the term, no full stop yet, no line break after it; the use ends where the article ends.
  ['the term the last words of a text being typed (no full stop, no final line break), “High Contracting Parties” in English',
    ZH_T.replace('缔约双方应当加强合作。缔约双方应当定期磋商。\n', '加强合作、定期磋商的义务由缔约双方'),
    EN_T.replace('The Contracting Parties shall strengthen cooperation. Both Contracting Parties shall consult regularly.', 'The High Contracting Parties shall strengthen cooperation and consult regularly.'), {
      zh: ['7 align.term ⟦缔约双方⟧ “缔约双方”在英文本此处译作“High Contracting Parties”，与定义的“Contracting Parties”不一致 → Article 1 7:4⟦High Contracting Parties⟧'],
      en: ['7 align.term ⟦High Contracting Parties⟧ “High Contracting Parties”与定义的“Contracting Parties”不一致（中文本此处为“缔约双方”） → 第一条 7:13⟦缔约双方⟧'],
    }],
];

for (const [name, zh, en, expected] of TERM_CASES) {
  test(`divergence (a term of two words): ${name}`, () => {
    assert.ok(name.startsWith('a term of two words used as defined') || en !== EN_T, 'the deliberate divergence is made');
    assert.deepEqual(findings(zh, en), expected);
  });
}
