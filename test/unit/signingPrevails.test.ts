// The text that prevails in case of divergence, as a signing clause names it in each language (model/signing.ts with
// words.ts `PREVAILING_TEXT`, model/foreign.ts `PREVAILS`): the language as written and its code, which
// features/divergence.ts compares between the texts (align.signing). Each clause is written as the treaties of China
// with Russia, the UK and the US write it; the expected answers are read from the clause.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTreaty } from '../../server/src/model/treaty';

const ZH_HEAD = '# 甲国和乙国关于合作的协定\n\n## 第一条\n\n双方合作。\n\n';
const RU_HEAD = '# Соглашение между Стороной А и Стороной Б о сотрудничестве\n\n## Статья 1\n\nСтороны сотрудничают.\n\n';
const EN_HEAD = '# Agreement between A and B on Cooperation\n\n## Article 1\n\nThe Parties shall cooperate.\n\n';
const FR_HEAD = '# Accord entre A et B sur la coopération\n\n## Article 1\n\nLes Parties coopèrent.\n\n';

const CASES: [string, string, { prevails: string; prevailsCode: string; marked: string } | undefined][] = [
  ['以英文本为准', `${ZH_HEAD}本协定于2005年10月14日在北京签订，一式两份，每份均用中文、俄文和英文写成，三种文本同等作准。如对本协定的解释发生分歧，以英文本为准。\n`, { prevails: '英文', prevailsCode: 'en', marked: '以英文本为准' }],
  ['以俄文文本为准', `${ZH_HEAD}本协定于2005年10月14日在北京签订，一式两份，每份均用中文、俄文和英文写成，三种文本同等作准。如遇分歧，以俄文文本为准。\n`, { prevails: '俄文', prevailsCode: 'ru', marked: '以俄文文本为准' }],
  ['以英文為準 (traditional characters)', `${ZH_HEAD}本協定於2005年10月14日在北京簽訂，一式兩份，每份均用中文和英文寫成，兩種文本同等作準。如有分歧，以英文為準。\n`, { prevails: '英文', prevailsCode: 'en', marked: '以英文為準' }],
  ['以该第三种文本为准: no language named', `${ZH_HEAD}本协定于2005年10月14日在北京签订，一式两份，每份均用中文、俄文和英文写成，三种文本同等作准。如遇分歧，以该第三种文本为准。\n`, undefined],
  ['no prevailing text', `${ZH_HEAD}本协定于2005年10月14日在北京签订，一式两份，每份均用中文和俄文写成，两种文本同等作准。\n`, undefined],
  ['the English text shall prevail', `${EN_HEAD}Done at Beijing on 14 October 2005, in duplicate, in the Chinese, Russian and English languages, all texts being equally authentic. In case of divergence of interpretation, the English text shall prevail.\n`, { prevails: 'English', prevailsCode: 'en', marked: 'the English text shall prevail' }],
  ['the text in the English language shall govern', `${EN_HEAD}Done at London on 14 October 2005, in duplicate, in the Chinese, Russian and English languages, all texts being equally authentic. In case of any divergence, the text in the English language shall govern.\n`, { prevails: 'English', prevailsCode: 'en', marked: 'the text in the English language shall govern' }],
  ['используется текст на английском языке', `${RU_HEAD}Совершено в г. Пекине 14 октября 2005 года в двух экземплярах, каждый на китайском, русском и английском языках, причем все тексты имеют одинаковую силу. В случае расхождений в толковании настоящего Соглашения используется текст на английском языке.\n`, { prevails: 'английском', prevailsCode: 'en', marked: 'используется текст на английском языке' }],
  ['текст на русском языке имеет преимущественную силу', `${RU_HEAD}Совершено в г. Москве 14 октября 2005 года в двух экземплярах, каждый на китайском, русском и английском языках, причем все тексты имеют одинаковую силу. В случае расхождений текст на русском языке имеет преимущественную силу.\n`, { prevails: 'русском', prevailsCode: 'ru', marked: 'текст на русском языке имеет преимущественную силу' }],
  ['le texte anglais prévaudra', `${FR_HEAD}Fait à Pékin le 14 octobre 2005, en double exemplaire, en langues chinoise, française et anglaise, les trois textes faisant également foi. En cas de divergence d'interprétation, le texte anglais prévaudra.\n`, { prevails: 'anglais', prevailsCode: 'en', marked: 'le texte anglais prévaudra' }],
  ['no prevailing text in English', `${EN_HEAD}Done at Beijing on 14 October 2005, in duplicate, in the Chinese and English languages, both texts being equally authentic.\n`, undefined],
];

for (const [name, text, want] of CASES) {
  test(`signing clause: the text that prevails — ${name}`, () => {
    const s = buildTreaty(text).signing;
    assert.ok(s, 'a signing clause');
    const got = s.prevails === undefined ? undefined : { prevails: s.prevails, prevailsCode: s.prevailsCode!, marked: text.slice(s.prevailsStart, s.prevailsEnd) };
    assert.deepEqual(got, want);
  });
}
