// features/align.ts as data, in the form of alignBite.test.ts: paragraphs without numbers,
// a paragraph missing in the other text, so that they are paired by what they say in numbers.
// The first paragraph names two periods joined by and/и/et (`thirty and sixty days`), the
// second one period: read as one sum (90) or without its first number (`тридцати и
// шестидесяти дней` was 60 alone), the first paragraph of the other text was paired with the
// second of the Chinese (a bug); read as two periods, with the first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTreaty } from '../../server/src/model/treaty';
import { align, Alignment } from '../../server/src/features/align';

/** Every pair: `第一条↔Article 1 number 1/1:content 2/-:content 3/2:content`. */
function describe(al: Alignment): string[] {
  return al.articles.map((p) => `${p.a?.name ?? '-'}↔${p.b?.name ?? '-'} ${p.by}${p.paragraphs.map((q) => ` ${q.a?.index ?? '-'}/${q.b?.index ?? '-'}:${q.by}`).join('')}`);
}

const both = (zh: string, other: string) => describe(align(buildTreaty(zh), buildTreaty(other)));

const zhDoc = (second: string) => `# 中华人民共和国政府和测试国政府关于领事通知的协定

## 第一条

一方应分别在三十日和六十日内通知另一方。

${second}

本协定有效期五年。
`;

const EN = `# Agreement between the Government of the People's Republic of China and the Government of Testland on Consular Notification

## Article 1

Either Party shall notify the other within thirty and sixty days respectively.

This Agreement shall remain in force for five years.
`;

const RU = `# Соглашение между Правительством Китайской Народной Республики и Правительством Республики Тестландия о консульском уведомлении

## Статья 1

Каждая из Сторон уведомляет другую в течение тридцати и шестидесяти дней соответственно.

Настоящее Соглашение действует в течение пяти лет.
`;

const FR = `# Accord entre le Gouvernement de la République populaire de Chine et le Gouvernement de la République de Testland relatif à la notification consulaire

## Article 1

Chacune des Parties avise l'autre dans un délai de trente et soixante jours respectivement.

Le présent Accord demeure en vigueur pendant cinq ans.
`;

test('align more: English thirty and sixty days is the paragraph of 三十日和六十日, not that of 九十日', () => {
  assert.deepEqual(both(zhDoc('审查期限为九十日。'), EN), ['第一条↔Article 1 number 1/1:content 2/-:content 3/2:content']);
});

test('align more: Russian тридцати и шестидесяти дней is the paragraph of 三十日和六十日, not that of 六十日', () => {
  assert.deepEqual(both(zhDoc('审查期限为六十日。'), RU), ['第一条↔Статья 1 number 1/1:content 2/-:content 3/2:content']);
});

test('align more: French trente et soixante jours is the paragraph of 三十日和六十日, not that of 九十日', () => {
  assert.deepEqual(both(zhDoc('审查期限为九十日。'), FR), ['第一条↔Article 1 number 1/1:content 2/-:content 3/2:content']);
});

// Dates decide where the shares of the text would not: the second Chinese paragraph is long, its
// share of the article like that of the first English one, but only the first says the same date.
const zhDated = (second: string) => `# 中华人民共和国政府和测试国政府关于科学技术合作的协定

## 第一条

双方于2001年7月16日交换批准书。

${second}

本协定有效期五年。
`;

const EN_DATED = `# Agreement between the Government of the People's Republic of China and the Government of Testland on Scientific and Technological Cooperation

## Article 1

The Parties exchanged the instruments of ratification on 16 July 2001 in Beijing.

This Agreement shall remain in force for five years.
`;

const LONG = '双方应在北京举行联合委员会第一次会议，审议合作计划的执行情况，并就今后的合作方向和重点领域交换意见';

test('align more: a date of another month (2001年8月16日) is another value: the English paragraph of 16 July 2001 pairs with the short Chinese one', () => {
  assert.deepEqual(both(zhDated(`${LONG}，会议于2001年8月16日举行。`), EN_DATED), ['第一条↔Article 1 number 1/1:content 2/-:content 3/2:content']);
});

test('align more: a date of another day (2001年7月20日) is another value', () => {
  assert.deepEqual(both(zhDated(`${LONG}，会议于2001年7月20日举行。`), EN_DATED), ['第一条↔Article 1 number 1/1:content 2/-:content 3/2:content']);
});

test('align more: values shared are counted against the larger set: 六十日 alone shares half of 三十日和六十日, so the paragraph saying both pairs though its share of the text is further', () => {
  assert.deepEqual(both(zhDoc(`${LONG}，审查期限为六十日。`), RU), ['第一条↔Статья 1 number 1/1:content 2/-:content 3/2:content']);
});

test('align more: a paragraph saying no number pairs by its share of the text with one saying none, not with a longer one that says a number (九十日)', () => {
  const zh = `# 中华人民共和国政府和测试国政府关于科学技术合作的协定

## 第一条

双方应当在平等互利的基础上加强科学技术领域的合作，促进两国的共同发展。

${LONG}，审查期限为九十日。

本协定有效期五年。
`;
  const en = `# Agreement between the Government of the People's Republic of China and the Government of Testland on Scientific and Technological Cooperation

## Article 1

The Parties shall strengthen their cooperation in the fields of science and technology.

This Agreement shall remain in force for five years.
`;
  assert.deepEqual(both(zh, en), ['第一条↔Article 1 number 1/1:content 2/-:content 3/2:content']);
});
