// Units below an article written as free trade agreements and their amending protocols write them: Arabic article
// numbers (`第27条`), a paragraph named 段 (`协定第27条第5段`, the China–Singapore agreement's paragraph 五、 of article 27,
// test/fixtures/real/protocol_cn_sg_fta_amending_2011_wikisource.md), 款 and 项 after Arabic numbers (`第1条第2款第3项`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textContext } from '../../server/src/features/context';
import { referencesOf } from '../../server/src/model/references';
import { diagnostics } from '../../server/src/features/diagnostics';

/** Each article reference as its text, its target and the instrument it is cited from (`own` for none). */
const refs = (source: string) =>
  referencesOf(textContext(source).treaty)
    .filter((r) => r.kind === 'article')
    .map((r) => `${source.slice(r.start, r.end)} ${JSON.stringify(r.target)} ${r.citation ? r.citation.normalized : 'own'}`);
const errors = (source: string) => diagnostics(textContext(source)).filter((d) => d.severity === 1).map((d) => `${d.code} ${d.message}`);

const AGREEMENT = (third: string) =>
  `某某自由贸易协定\n\n第1条\n缔约双方同意合作。\n\n第2条\n一、本协定第1条所述合作包括货物贸易。\n二、依照第1条第1款的规定办理。\n三、原产地证书应当在货物出口时签发。\n\n第3条\n${third}\n\n第4条\n本协定自签字之日起生效。\n`;

test('units: 第X条第Y段 names paragraph Y of article X, Arabic or Chinese numbers', () => {
  assert.deepEqual(refs(AGREEMENT('依照第2条第2段的规定办理。')), ['本协定第1条 {"num":1} own', '第1条第1款 {"num":1,"paragraph":1} own', '第2条第2段 {"num":2,"paragraph":2} own']);
  assert.deepEqual(refs(AGREEMENT('依照第二条第三段的规定办理。')).at(-1), '第二条第三段 {"num":2,"paragraph":3} own');
  // An item of the paragraph after it.
  assert.deepEqual(refs(AGREEMENT('依照第2条第2段第（一）项的规定办理。')).at(-1), '第2条第2段第（一）项 {"num":2,"paragraph":2,"item":1} own');
  // A paragraph the article lacks is reported as a 款 is.
  assert.deepEqual(errors(AGREEMENT('依照第2条第5段的规定办理。')), ['ref.no-such-paragraph 第二条没有该款（共3款）']);
  assert.deepEqual(errors(AGREEMENT('依照第2条第3段的规定办理。')), []);
  // Another instrument's: the amending protocol's 协定第27条第5段 is the agreement's paragraph, not this text's.
  const protocol = '关于修改《某某自由贸易协定》的议定书\n\n某某自由贸易协定(以下简称协定);\n\n第一条\n协定第27条第5段应由以下内容取代:\n\n第二条\n本议定书自签字之日起生效。\n';
  assert.deepEqual(refs(protocol).filter((r) => r.includes('27')), ['第27条第5段 {"num":27,"paragraph":5} 某某自由贸易协定']);
  assert.deepEqual(errors(protocol), []);
});

test('units: 款 and 项 after Arabic numbers, and 段 naming no article\'s paragraph, read as before', () => {
  assert.deepEqual(refs(AGREEMENT('依照第1条第1款第2项办理。')).at(-1), '第1条第1款第2项 {"num":1,"paragraph":1,"item":2} own');
  // A resolution's 上文第1段 is its point, no article's; a 段 after no article label is no unit (`第一阶段`).
  assert.deepEqual(refs(AGREEMENT('第一阶段的合作依照第2条办理。')).at(-1), '第2条 {"num":2} own');
});

// A translation's short name for a title in 《》 is the shorter title in brackets right after it, no word before it
// (`《跨太平洋伙伴关系协定》(《TPP协定》)`, the United States–Singapore side letter of 2016,
// test/fixtures/real/notes_us_sg_tpp_textiles_2016_qbook.md): each later 《TPP协定》 cites the partnership agreement.
test('units: a shorter title in brackets right after a title is its short name; a longer one is not', () => {
  const cited = (source: string) =>
    referencesOf(textContext(source).treaty)
      .filter((r) => r.kind === 'citation')
      .map((r) => `${source.slice(r.start, r.end)} ${r.citation!.normalized}`);
  const letter = '美国与新加坡换文(纺织品)\n我很荣幸地提及双方在《跨太平洋伙伴关系协定》(《TPP协定》)第4章谈判中进行的讨论。\n本函和阁下的复函应构成我们两国政府之间的协议,并于《TPP协定》在新加坡和美国之间生效之日生效。\n';
  assert.deepEqual(cited(letter), ['《跨太平洋伙伴关系协定》 跨太平洋伙伴关系协定', '《TPP协定》 跨太平洋伙伴关系协定']);
  // Full-width brackets, as the words 以下简称 were read before.
  assert.deepEqual(cited(letter.replace('(《TPP协定》)', '（《TPP协定》）')).at(-1), '《TPP协定》 跨太平洋伙伴关系协定');
  // A longer title in the brackets names the instrument whole (or another one): no short name.
  const whole = '某某换文\n双方依照《TPP协定》(《跨太平洋伙伴关系协定》)进行讨论。\n《TPP协定》自签字之日起生效。\n';
  assert.deepEqual(cited(whole), ['《TPP协定》 TPP协定', '《跨太平洋伙伴关系协定》 跨太平洋伙伴关系协定', '《TPP协定》 TPP协定']);
});
