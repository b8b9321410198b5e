// The divergence checks between the Chinese and the English text of one instrument
// (features/divergence.ts), as the whole list of findings on each side: the line, the code,
// the span ⟦…⟧ in this text, the message the user reads, and where the other text is shown
// (its unit, line:column and span). One agreement written for these tests in both languages,
// every number, date, reference, term and signing detail agreeing; each case makes one
// deliberate divergence in a copy and lists what each side reports, written by reading the
// two texts. They guard the mutants of divergence.ts (docs/mutation.md, “Runs of branch
// mutpar12”).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings } from '../support/divergence';

const ZH = `# 中华人民共和国政府和测试国政府关于测试合作的协定

中华人民共和国政府和测试国政府（以下简称“双方”），

## 第一条

双方自2002年起在五年内完成合作，每年提供百分之五的资金。

## 第二条

一、双方应在三十日内通知对方。

二、本协定第一条所述期限可延长两年。

## 第三条

双方商定：

（一）交换信息；

（二）每三个月举行会晤。

## 第四条

本协定自签署之日起生效，有效期十年。

本协定于2001年7月16日在北京签订，一式两份，每份均用中文和英文写成，两种文本同等作准。
`;

const EN = `# Agreement between the Government of the People's Republic of China and the Government of Testland on Cooperation

The Government of the People's Republic of China and the Government of Testland (hereinafter referred to as "the Parties"),

## Article 1

The Parties shall, starting in 2002, complete the cooperation within five years and provide five per cent of the funds each year.

## Article 2

1. The Parties shall notify each other within thirty days.

2. The period referred to in Article 1 of this Agreement may be extended by two years.

## Article 3

The Parties agree:

(a) to exchange information;

(b) to meet every three months.

## Article 4

This Agreement shall enter into force on the date of its signature and shall remain in force for ten years.

Done at Beijing on 16 July 2001, in duplicate, in the Chinese and English languages, both texts being equally authentic.
`;

/** [name, the Chinese text, the English text, what each side reports]. */
const CASES: [string, string, string, { zh: string[]; en: string[] }][] = [
  ['the two texts agree: nothing', ZH, EN, { zh: [], en: [] }],
  ['a number of a paragraph: thirty days → sixty days', ZH, EN.replace('within thirty days', 'within sixty days'), {
    zh: ['11 align.number ⟦三十日⟧ “三十日”（30）在英文本Article 2第1款中没有对应的数值 → Article 2第1款 11:2⟦⟧'],
    en: ['11 align.number ⟦sixty days⟧ “sixty days”（60）在中文本第二条第1款中没有对应的数值 → 第二条第1款 11:2⟦⟧'],
  }],
  ['the same value in another unit is taken as the same number (thirty days → thirty months)', ZH, EN.replace('within thirty days', 'within thirty months'), { zh: [], en: [] }],
  ['the first article missing in English: shown at the first article there is', ZH, EN.replace(/## Article 1\n\n[^\n]*\n\n/, ''), {
    zh: ['5 align.article-count ⟦第一条⟧ 英文本没有与第一条对应的条款（本文本共4条，英文本共3条） → Article 2 5:3⟦Article 2⟧'],
    en: ['5 align.article-count ⟦Article 2⟧ 中文本的第一条在本文本中没有对应条款（本文本共3条，中文本共4条） → 第一条 5:3⟦第一条⟧'],
  }],
  ['the last article missing in English: shown at the article before it', ZH, EN.replace(/## Article 4\n\n[^\n]*\n\n/, ''), {
    zh: ['23 align.article-count ⟦第四条⟧ 英文本没有与第四条对应的条款（本文本共4条，英文本共3条） → Article 3 15:3⟦Article 3⟧'],
    en: ['15 align.article-count ⟦Article 3⟧ 中文本的第四条在本文本中没有对应条款（本文本共3条，中文本共4条） → 第四条 23:3⟦第四条⟧'],
  }],
  ['a paragraph missing in English: the article\'s numbers compared whole (两年 has no counterpart)', ZH, EN.replace(/\n2\. The period[^\n]*\n/, ''), {
    zh: [
      '9 align.paragraph-count ⟦第二条⟧ 本条有2款，英文本Article 2有1款 → Article 2 9:3⟦Article 2⟧',
      '13 align.number ⟦两年⟧ “两年”（2）在英文本Article 2中没有对应的数值 → Article 2 10:0⟦⟧',
    ],
    en: ['9 align.paragraph-count ⟦Article 2⟧ 本条有1款，中文本第二条有2款 → 第二条 9:3⟦第二条⟧'],
  }],
  ['an item missing in English: the paragraph\'s numbers compared whole (三个月 has no counterpart)', ZH, EN.replace(/\n\(b\) to meet[^\n]*\n/, ''), {
    zh: [
      '17 align.item-count ⟦双方商定：⟧ 本款有2项，英文本Article 3有1项 → Article 3 17:0⟦The Parties agree:⟧',
      '21 align.number ⟦三个月⟧ “三个月”（3）在英文本Article 3中没有对应的数值 → Article 3 17:0⟦⟧',
    ],
    en: ['17 align.item-count ⟦The Parties agree:⟧ 本款有1项，中文本第三条有2项 → 第三条 17:0⟦双方商定：⟧'],
  }],
  ['a number of an item: three months → four months', ZH, EN.replace('every three months', 'every four months'), {
    zh: ['21 align.number ⟦三个月⟧ “三个月”（3）在英文本Article 3第2项中没有对应的数值 → Article 3第2项 21:3⟦⟧'],
    en: ['21 align.number ⟦four months⟧ “four months”（4）在中文本第三条第2项中没有对应的数值 → 第三条第2项 21:3⟦⟧'],
  }],
  ['an amount in words over 万 (一万二千) is the amount in digits of the other text', ZH.replace('的资金。', '的资金，另提供一万二千美元。'), EN.replace('of the funds each year.', 'of the funds each year, and a further 12,000 US dollars.'), { zh: [], en: [] }],
  ['an amount in words over 万 against another amount', ZH.replace('的资金。', '的资金，另提供一万二千美元。'), EN.replace('of the funds each year.', 'of the funds each year, and a further 13,000 US dollars.'), {
    zh: ['7 align.number ⟦一万二千⟧ “一万二千”（12000）在英文本Article 1中没有对应的数值 → Article 1 7:0⟦⟧'],
    en: ['7 align.number ⟦13,000⟧ “13,000”（13000）在中文本第一条中没有对应的数值 → 第一条 7:0⟦⟧'],
  }],
  ['a percentage with decimals on each side', ZH.replace('百分之五', '百分之二点五'), EN.replace('five per cent', '3.5 per cent'), {
    zh: ['7 align.number ⟦百分之二点五⟧ “百分之二点五”（2.5）在英文本Article 1中没有对应的数值 → Article 1 7:0⟦⟧'],
    en: ['7 align.number ⟦3.5 per cent⟧ “3.5 per cent”（3.5）在中文本第一条中没有对应的数值 → 第一条 7:0⟦⟧'],
  }],
  ['a number written over a line break is named on one line; the same value in another unit is no counterpart once taken', ZH, EN.replace('within five years', 'within six\nyears'), {
    zh: ['7 align.number ⟦五年⟧ “五年”（5）在英文本Article 1中没有对应的数值 → Article 1 7:0⟦⟧'],
    en: ['7 align.number ⟦six\nyears⟧ “six years”（6）在中文本第一条中没有对应的数值 → 第一条 7:0⟦⟧'],
  }],
  ['the English text has no articles: each Chinese article is missing there, shown at its start', ZH, '# Agreement\n\nThe Parties agree to cooperate.\n', {
    zh: [
      '5 align.article-count ⟦第一条⟧ 英文本没有与第一条对应的条款（本文本共4条，英文本共0条） →  1:0⟦⟧',
      '9 align.article-count ⟦第二条⟧ 英文本没有与第二条对应的条款（本文本共4条，英文本共0条） →  1:0⟦⟧',
      '15 align.article-count ⟦第三条⟧ 英文本没有与第三条对应的条款（本文本共4条，英文本共0条） →  1:0⟦⟧',
      '23 align.article-count ⟦第四条⟧ 英文本没有与第四条对应的条款（本文本共4条，英文本共0条） →  1:0⟦⟧',
    ],
    en: [
      '1 align.article-count ⟦⟧ 中文本的第一条在本文本中没有对应条款（本文本共0条，中文本共4条） → 第一条 5:3⟦第一条⟧',
      '1 align.article-count ⟦⟧ 中文本的第二条在本文本中没有对应条款（本文本共0条，中文本共4条） → 第二条 9:3⟦第二条⟧',
      '1 align.article-count ⟦⟧ 中文本的第三条在本文本中没有对应条款（本文本共0条，中文本共4条） → 第三条 15:3⟦第三条⟧',
      '1 align.article-count ⟦⟧ 中文本的第四条在本文本中没有对应条款（本文本共0条，中文本共4条） → 第四条 23:3⟦第四条⟧',
    ],
  }],
  ['a longer form in English where the Chinese too says more than the term (缔约双方): nothing', ZH.replace('双方自2002年起', '缔约双方自2002年起'), EN.replace('The Parties shall, starting', 'The Contracting Parties shall, starting'), { zh: [], en: [] }],
  ['a longer form in English when the texts define different numbers of terms: not compared', ZH,
    EN.replace('"the Parties"),', '"the Parties" and separately as "a Party"),').replace('The Parties shall, starting', 'The Contracting Parties shall, starting'), { zh: [], en: [] }],
  ['numbers matched by value inside a paragraph once the article differs', ZH, EN.replace('within thirty days', 'within thirty months').replace('by two years', 'by three years'), {
    zh: ['13 align.number ⟦两年⟧ “两年”（2）在英文本Article 2第2款中没有对应的数值 → Article 2第2款 13:2⟦⟧'],
    en: ['13 align.number ⟦three years⟧ “three years”（3）在中文本第二条第2款中没有对应的数值 → 第二条第2款 13:2⟦⟧'],
  }],
  ['a date of another day', ZH.replace('自2002年起', '自2002年1月1日起'), EN.replace('starting in 2002', 'starting on 2 January 2002'), {
    zh: ['7 align.date ⟦2002年1月1日⟧ 日期“2002年1月1日”在英文本Article 1中没有对应 → Article 1 7:0⟦⟧'],
    en: ['7 align.date ⟦2 January 2002⟧ 日期“2 January 2002”在中文本第一条中没有对应 → 第一条 7:0⟦⟧'],
  }],
  ['a date of another month', ZH.replace('自2002年起', '自2002年1月1日起'), EN.replace('starting in 2002', 'starting on 1 February 2002'), {
    zh: ['7 align.date ⟦2002年1月1日⟧ 日期“2002年1月1日”在英文本Article 1中没有对应 → Article 1 7:0⟦⟧'],
    en: ['7 align.date ⟦1 February 2002⟧ 日期“1 February 2002”在中文本第一条中没有对应 → 第一条 7:0⟦⟧'],
  }],
  ['a closing line dated and short, in the Chinese text only (no signing clause there): not a paragraph of the article', ZH.replace(/本协定于2001年7月16日[^\n]*/, '二〇〇一年七月十六日于北京。'), EN, { zh: [], en: [] }],
  ['a closing line without a date is a paragraph of the article', ZH.replace(/本协定于2001年7月16日[^\n]*/, '以上各条，均应遵守。'), EN, {
    zh: ['23 align.paragraph-count ⟦第四条⟧ 本条有2款，英文本Article 4有1款 → Article 4 23:3⟦Article 4⟧'],
    en: ['23 align.paragraph-count ⟦Article 4⟧ 本条有1款，中文本第四条有2款 → 第四条 23:3⟦第四条⟧'],
  }],
  ['a dated closing line of 80 characters or more is a paragraph of the article, its date compared', ZH.replace(/本协定于2001年7月16日[^\n]*/, `二〇〇一年七月十六日于北京。${'本段为说明文字，不构成正文的一部分，仅供参考和存档之用。'.repeat(3)}`), EN, {
    zh: [
      '23 align.paragraph-count ⟦第四条⟧ 本条有2款，英文本Article 4有1款 → Article 4 23:3⟦Article 4⟧',
      '27 align.date ⟦二〇〇一年七月十六日⟧ 日期“二〇〇一年七月十六日”在英文本Article 4中没有对应 → Article 4 24:0⟦⟧',
    ],
    en: ['23 align.paragraph-count ⟦Article 4⟧ 本条有1款，中文本第四条有2款 → 第四条 23:3⟦第四条⟧'],
  }],
  ['a reference to another instrument\'s article is not compared', ZH, EN.replace('by two years.', 'by two years, subject to Article 5 of the Charter.'), { zh: [], en: [] }],
  ['a reference written twice in Chinese and once in English: the second has no counterpart', ZH.replace('可延长两年。', '可延长两年，第一条所述合作亦同。'), EN, {
    zh: ['13 align.reference ⟦第一条⟧ “第一条”所指条款与英文本Article 2中的引用（Article 1）不对应 → Article 2 13:29⟦Article 1⟧'],
    en: [],
  }],
  ['references to other articles: each named, the other text\'s references listed', ZH.replace('本协定第一条所述期限', '本协定第四条所述期限'), EN.replace('in Article 1 of this Agreement', 'in Articles 1 and 3'), {
    zh: ['13 align.reference ⟦第四条⟧ “本协定第四条”所指条款与英文本Article 2中的引用（Articles 1, 3）不对应 → Article 2 13:29⟦Articles 1⟧'],
    en: [
      '13 align.reference ⟦Articles 1⟧ “Articles 1”所指条款与中文本第二条中的引用（本协定第四条）不对应 → 第二条 13:5⟦第四条⟧',
      '13 align.reference ⟦3⟧ “3”所指条款与中文本第二条中的引用（本协定第四条）不对应 → 第二条 13:5⟦第四条⟧',
    ],
  }],
  ['a year alone agrees with a full date of that year', ZH, EN.replace('starting in 2002', 'starting on 1 January 2002'), { zh: [], en: [] }],
  ['a date of another year', ZH, EN.replace('starting in 2002', 'starting on 1 January 2003'), {
    zh: ['7 align.date ⟦2002年⟧ 日期“2002年”在英文本Article 1中没有对应 → Article 1 7:0⟦⟧'],
    en: ['7 align.date ⟦1 January 2003⟧ 日期“1 January 2003”在中文本第一条中没有对应 → 第一条 7:0⟦⟧'],
  }],
  ['a longer form of the defined term in English where the Chinese uses the term', ZH, EN.replace('The Parties shall, starting', 'The Contracting Parties shall, starting'), {
    zh: ['7 align.term ⟦双方⟧ “双方”在英文本此处译作“Contracting Parties”，与定义的“Parties”不一致 → Article 1 7:4⟦Contracting Parties⟧'],
    en: ['7 align.term ⟦Contracting Parties⟧ “Contracting Parties”与定义的“Parties”不一致（中文本此处为“双方”） → 第一条 7:0⟦双方⟧'],
  }],
  ['the languages of the signing clause', ZH, EN.replace('in the Chinese and English languages', 'in the Chinese and French languages'), {
    zh: ['27 align.signing ⟦本协定于2001年7月16日在北京签订，一式两份，每份均用中文和英文写成，两种文⟧ 语文（中文, 英文）与英文本（Chinese, French）不一致 → 签署条款 27:0⟦Done at Beijing on 16 July 2001, in dupl⟧'],
    en: ['27 align.signing ⟦Done at Beijing on 16 July 2001, in dupl⟧ 语文（Chinese, French）与中文本（中文, 英文）不一致 → 签署条款 27:0⟦本协定于2001年7月16日在北京签订，一式两份，每份均用中文和英文写成，两种文⟧'],
  }],
  ['the copies of the signing clause', ZH, EN.replace('in duplicate', 'in triplicate'), {
    zh: ['27 align.signing ⟦一式两份⟧ 本文本为2份，英文本为3份 → 签署条款 27:0⟦Done at Beijing on 16 July 2001, in trip⟧'],
    en: ['27 align.signing ⟦in triplicate⟧ 本文本为3份，中文本为2份 → 签署条款 27:0⟦本协定于2001年7月16日在北京签订，一式两份，每份均用中文和英文写成，两种文⟧'],
  }],
  // The text that prevails in case of divergence (model/signing.ts, model/foreign.ts `PREVAILS`): compared when both texts name one.
  ['the same text prevails in both: nothing', ZH.replace('两种文本同等作准。', '两种文本同等作准。如对本协定的解释发生分歧，以英文本为准。'), EN.replace('equally authentic.', 'equally authentic. In case of divergence of interpretation, the English text shall prevail.'), { zh: [], en: [] }],
  ['the Chinese text prevails in the Chinese, the English in the English', ZH.replace('两种文本同等作准。', '两种文本同等作准。如对本协定的解释发生分歧，以中文本为准。'), EN.replace('equally authentic.', 'equally authentic. In case of divergence of interpretation, the English text shall prevail.'), {
    zh: ['27 align.signing ⟦以中文本为准⟧ 分歧时为准的文本（中文）与英文本（English）不一致 → 签署条款 27:0⟦Done at Beijing on 16 July 2001, in dupl⟧'],
    en: ['27 align.signing ⟦the English text shall prevail⟧ 分歧时为准的文本（English）与中文本（中文）不一致 → 签署条款 27:0⟦本协定于2001年7月16日在北京签订，一式两份，每份均用中文和英文写成，两种文⟧'],
  }],
  // Named in one text only (session 62): which text governs is no question of translation — reported on both texts, where the
  // silent text's clause names its languages and no prevailing text at all, read or not.
  ['a prevailing text named in the Chinese text only', ZH.replace('两种文本同等作准。', '两种文本同等作准。如对本协定的解释发生分歧，以英文本为准。'), EN, {
    zh: ['27 align.signing ⟦以英文本为准⟧ 本文本规定分歧时以英文本为准，英文本未规定为准的文本 → 签署条款 27:0⟦Done at Beijing on 16 July 2001, in dupl⟧'],
    en: ['27 align.signing ⟦Done at Beijing on 16 July 2001, in dupl⟧ 中文本规定分歧时以英文本为准，本文本未规定为准的文本 → 签署条款 27:0⟦本协定于2001年7月16日在北京签订，一式两份，每份均用中文和英文写成，两种文⟧'],
  }],
  ['a prevailing text named in the English text only', ZH, EN.replace('equally authentic.', 'equally authentic. In case there is any divergence of interpretation, the English text shall prevail.'), {
    zh: ['27 align.signing ⟦本协定于2001年7月16日在北京签订，一式两份，每份均用中文和英文写成，两种文⟧ 英文本规定分歧时以英文本为准，本文本未规定为准的文本 → 签署条款 27:0⟦Done at Beijing on 16 July 2001, in dupl⟧'],
    en: ['27 align.signing ⟦the English text shall prevail⟧ 本文本规定分歧时以英文本为准，中文本未规定为准的文本 → 签署条款 27:0⟦本协定于2001年7月16日在北京签订，一式两份，每份均用中文和英文写成，两种文⟧'],
  }],
  // (`the English version prevails`, no `shall`: words of a prevailing text the reader does not read — no silence, nothing said.)
  ['a prevailing clause the reader cannot read in the other text is not compared', ZH.replace('两种文本同等作准。', '两种文本同等作准。如对本协定的解释发生分歧，以英文本为准。'), EN.replace('equally authentic.', 'equally authentic. In case of divergence, the English version prevails.'), { zh: [], en: [] }],
  ['a prevailing text named in one text only, the other clause naming no languages, is not compared', ZH.replace('两种文本同等作准。', '两种文本同等作准。如对本协定的解释发生分歧，以英文本为准。'), EN.replace(', in duplicate, in the Chinese and English languages, both texts being equally authentic', ''), { zh: [], en: [] }],
  ['a signing clause naming no languages or no copies is not compared on them', ZH, EN.replace(', in duplicate, in the Chinese and English languages', ''), { zh: [], en: [] }],
  ['the date of signature', ZH, EN.replace('16 July 2001', '17 July 2001'), {
    zh: ['27 align.date ⟦2001年7月16日⟧ 签署日期 2001年7月16日 与英文本的 2001年7月17日 不一致 → 签署条款 27:0⟦Done at Beijing on 17 July 2001, in dupl⟧'],
    en: ['27 align.date ⟦17 July 2001⟧ 签署日期 2001年7月17日 与中文本的 2001年7月16日 不一致 → 签署条款 27:0⟦本协定于2001年7月16日在北京签订，一式两份，每份均用中文和英文写成，两种文⟧'],
  }],
  ['the month of signature', ZH, EN.replace('16 July 2001', '16 August 2001'), {
    zh: ['27 align.date ⟦2001年7月16日⟧ 签署日期 2001年7月16日 与英文本的 2001年8月16日 不一致 → 签署条款 27:0⟦Done at Beijing on 16 August 2001, in du⟧'],
    en: ['27 align.date ⟦16 August 2001⟧ 签署日期 2001年8月16日 与中文本的 2001年7月16日 不一致 → 签署条款 27:0⟦本协定于2001年7月16日在北京签订，一式两份，每份均用中文和英文写成，两种文⟧'],
  }],
  ['a signing clause without a date is not compared on it', ZH, EN.replace(' on 16 July 2001', ''), { zh: [], en: [] }],
  ['a third language in the English signing clause only', ZH, EN.replace('in the Chinese and English languages', 'in the Chinese, English and French languages'), {
    zh: ['27 align.signing ⟦本协定于2001年7月16日在北京签订，一式两份，每份均用中文和英文写成，两种文⟧ 语文（中文, 英文）与英文本（Chinese, English, French）不一致 → 签署条款 27:0⟦Done at Beijing on 16 July 2001, in dupl⟧'],
    en: ['27 align.signing ⟦Done at Beijing on 16 July 2001, in dupl⟧ 语文（Chinese, English, French）与中文本（中文, 英文）不一致 → 签署条款 27:0⟦本协定于2001年7月16日在北京签订，一式两份，每份均用中文和英文写成，两种文⟧'],
  }],
  ['the English text numbered 11–14: a reference follows the pairing (Article 11 is 第一条)', ZH,
    EN.replace('Article 1\n', 'Article 11\n').replace('Article 2\n', 'Article 12\n').replace('Article 3\n', 'Article 13\n').replace('Article 4\n', 'Article 14\n').replace('in Article 1 of', 'in Article 11 of'),
    { zh: [], en: [] }],
  ['the English text numbered 11–14, its reference to Article 12 where the Chinese cites 第一条', ZH,
    EN.replace('Article 1\n', 'Article 11\n').replace('Article 2\n', 'Article 12\n').replace('Article 3\n', 'Article 13\n').replace('Article 4\n', 'Article 14\n').replace('in Article 1 of', 'in Article 12 of'), {
      zh: ['13 align.reference ⟦第一条⟧ “本协定第一条”所指条款与英文本Article 12中的引用（Article 12）不对应 → Article 12 13:29⟦Article 12⟧'],
      en: ['13 align.reference ⟦Article 12⟧ “Article 12”所指条款与中文本第二条中的引用（本协定第一条）不对应 → 第二条 13:5⟦第一条⟧'],
    }],
];

for (const [name, zh, en, expected] of CASES) {
  test(`divergence: ${name}`, () => {
    assert.ok(name.startsWith('the two texts agree') || zh !== ZH || en !== EN, 'the deliberate divergence is made');
    assert.deepEqual(findings(zh, en), expected);
  });
}
