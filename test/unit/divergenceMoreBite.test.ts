// The divergence checks (features/divergence.ts) on numbers written in lists, in the form of
// divergenceBite.test.ts: the whole list of findings on each side (the line, the code, the span
// ⟦…⟧, the message, the other text's unit, line:column and span). One agreement written for
// these tests in Chinese, English, Russian and French, every number agreeing: two periods joined
// by and/и/et (`thirty and sixty days` was read as one period of 90: a bug), three rates in a
// list with commas (`five, ten or fifteen per cent`: `five, ten` ran together), a French amount
// of hundreds (`deux cents jours` was read as nothing). Each differing case changes one number
// of the foreign text and lists what each side reports, written by reading the two texts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTreaty } from '../../server/src/model/treaty';
import { align } from '../../server/src/features/align';
import { divergencesOf } from '../../server/src/features/divergence';
import { shown } from '../support/divergence';

const ZH = `# 中华人民共和国政府和测试国政府关于领事通知的协定

中华人民共和国政府和测试国政府（以下简称“双方”），

## 第一条

一方应分别在三十日和六十日内通知另一方。

## 第二条

对于延误，收取百分之五、百分之十或百分之十五的费用。

## 第三条

本协定有效期二百日。
`;

const EN = `# Agreement between the Government of the People's Republic of China and the Government of Testland on Consular Notification

The Government of the People's Republic of China and the Government of Testland (hereinafter referred to as "the Parties"),

## Article 1

Either Party shall notify the other within thirty and sixty days respectively.

## Article 2

A fee of five, ten or fifteen per cent shall be charged for delays.

## Article 3

This Agreement shall remain in force for two hundred days.
`;

const RU = `# Соглашение между Правительством Китайской Народной Республики и Правительством Республики Тестландия о консульском уведомлении

Правительство Китайской Народной Республики и Правительство Республики Тестландия (далее — «Стороны»),

## Статья 1

Каждая из Сторон уведомляет другую в течение тридцати и шестидесяти дней соответственно.

## Статья 2

За просрочку взимается сбор в размере пяти, десяти или пятнадцати процентов.

## Статья 3

Настоящее Соглашение действует в течение двухсот дней.
`;

const FR = `# Accord entre le Gouvernement de la République populaire de Chine et le Gouvernement de la République de Testland relatif à la notification consulaire

Le Gouvernement de la République populaire de Chine et le Gouvernement de la République de Testland (ci-après dénommés « les Parties »),

## Article 1

Chacune des Parties avise l'autre dans un délai de trente et soixante jours respectivement.

## Article 2

Une redevance de cinq, dix ou quinze pour cent est perçue en cas de retard.

## Article 3

Le présent Accord demeure en vigueur pendant deux cents jours.
`;

/** [name, the Chinese text, the other text, what the Chinese text calls it, what each side reports]. */
const CASES: [string, string, string, string, { zh: string[]; other: string[] }][] = [
  ['English: the two texts agree (thirty and sixty days; five, ten or fifteen per cent): nothing', ZH, EN, '英文本', { zh: [], other: [] }],
  ['English: thirty and ninety days against 三十日和六十日', ZH, EN.replace('thirty and sixty days', 'thirty and ninety days'), '英文本', {
    zh: ['7 align.number ⟦六十日⟧ “六十日”（60）在英文本Article 1中没有对应的数值 → Article 1 7:0⟦⟧'],
    other: ['7 align.number ⟦ninety days⟧ “ninety days”（90）在中文本第一条中没有对应的数值 → 第一条 7:0⟦⟧'],
  }],
  ['English: five, ten or twenty per cent against 百分之五、百分之十或百分之十五', ZH, EN.replace('fifteen per cent', 'twenty per cent'), '英文本', {
    zh: ['11 align.number ⟦百分之十五⟧ “百分之十五”（15）在英文本Article 2中没有对应的数值 → Article 2 11:0⟦⟧'],
    other: ['11 align.number ⟦twenty per cent⟧ “twenty per cent”（20）在中文本第二条中没有对应的数值 → 第二条 11:0⟦⟧'],
  }],
  ['Russian: the two texts agree (тридцати и шестидесяти дней; пяти, десяти или пятнадцати процентов; двухсот дней): nothing', ZH, RU, '俄文本', { zh: [], other: [] }],
  ['Russian: тридцати и девяноста дней against 三十日和六十日', ZH, RU.replace('шестидесяти дней', 'девяноста дней'), '俄文本', {
    zh: ['7 align.number ⟦六十日⟧ “六十日”（60）在俄文本Статья 1中没有对应的数值 → Статья 1 7:0⟦⟧'],
    other: ['7 align.number ⟦девяноста дней⟧ “девяноста дней”（90）在中文本第一条中没有对应的数值 → 第一条 7:0⟦⟧'],
  }],
  ['Russian: сорока, десяти или пятнадцати процентов against 百分之五', ZH, RU.replace('пяти, десяти', 'сорока, десяти'), '俄文本', {
    zh: ['11 align.number ⟦百分之五⟧ “百分之五”（5）在俄文本Статья 2中没有对应的数值 → Статья 2 11:0⟦⟧'],
    other: ['11 align.number ⟦сорока⟧ “сорока”（40）在中文本第二条中没有对应的数值 → 第二条 11:0⟦⟧'],
  }],
  ['French: the two texts agree (trente et soixante jours; cinq, dix ou quinze pour cent; deux cents jours): nothing', ZH, FR, '法文本', { zh: [], other: [] }],
  ['English: a full date against the year alone (2002年1月1日, from 2002), beside a full date said by both: agrees', ZH.replace('本协定有效期二百日。', '本协定自2002年1月1日起适用于2001年7月16日以后的合作，有效期二百日。'),
    EN.replace('This Agreement shall remain in force for two hundred days.', 'This Agreement shall apply from 2002 to the cooperation after 16 July 2001 and shall remain in force for two hundred days.'), '英文本', { zh: [], other: [] }],
  ['French: trois cents jours against 二百日', ZH, FR.replace('deux cents jours', 'trois cents jours'), '法文本', {
    zh: ['15 align.number ⟦二百日⟧ “二百日”（200）在法文本Article 3中没有对应的数值 → Article 3 15:0⟦⟧'],
    other: ['15 align.number ⟦trois cents jours⟧ “trois cents jours”（300）在中文本第三条中没有对应的数值 → 第三条 15:0⟦⟧'],
  }],
];

// A closing line: the English text has a signing clause, the Chinese text a short dated last line
// instead (read as a paragraph of its last article, left out when the articles are compared).
const SIGNED_EN = `${EN}\nDone at Beijing on 16 July 2001, in duplicate, in the Chinese and English languages, both texts being equally authentic.\n`;
const ZH_CLOSING = `${ZH}\n二〇〇一年七月十六日于北京。\n`;

CASES.push(
  ['a range of dates, the Chinese end and the English start written short: agrees', ZH.replace('本协定有效期二百日。', '本协定适用于2001年1月1日至3月31日期间的合作，有效期二百日。'),
    EN.replace('This Agreement shall remain in force for two hundred days.', 'This Agreement applies to cooperation from 1 January to 31 March 2001 and shall remain in force for two hundred days.'), '英文本', { zh: [], other: [] }],
  ['thirty days said twice against thirty months said twice, in another order than five years: each taken by its value once', ZH.replace('一方应分别在三十日和六十日内通知另一方。', '一方应在三十日内通知另一方，并可再延长三十日，但合计不超过五年。'),
    EN.replace('Either Party shall notify the other within thirty and sixty days respectively.', 'For no more than five years in all, either Party shall notify the other within thirty months and may extend this by thirty months.'), '英文本', { zh: [], other: [] }],
  ['a closing line in Chinese and an article of two paragraphs in English: that article alone compared whole, the closing line no part of it', ZH_CLOSING,
    SIGNED_EN.replace('within thirty and sixty days respectively.', 'within thirty and sixty days respectively.\n\nEach Party shall bear its own costs.'), '英文本', {
      zh: ['5 align.paragraph-count ⟦第一条⟧ 本条有1款，英文本Article 1有2款 → Article 1 5:3⟦Article 1⟧'],
      other: ['5 align.paragraph-count ⟦Article 1⟧ 本条有2款，中文本第一条有1款 → 第一条 5:3⟦第一条⟧'],
    }],
  ['a last article of one short dated paragraph, the English text signed: the article, not a closing line', ZH.replace('本协定有效期二百日。', '本协定自2001年7月16日起生效。'),
    SIGNED_EN.replace('This Agreement shall remain in force for two hundred days.', 'This Agreement shall enter into force on 16 July 2001.'), '英文本', { zh: [], other: [] }],
);

for (const [name, zh, other, otherName, expected] of CASES) {
  test(`divergence (numbers in lists): ${name}`, () => {
    const a = buildTreaty(zh);
    const b = buildTreaty(other);
    const al = align(a, b);
    assert.deepEqual({ zh: divergencesOf(al, 'a', otherName).map((f) => shown(a, b, f)), other: divergencesOf(al, 'b', '中文本').map((f) => shown(b, a, f)) }, expected);
  });
}
