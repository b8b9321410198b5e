// Texts of the Macao SAR as its Official Gazette and MacauLITES publish them (test/fixtures/real/agreement_mo_pt_legal_judicial_assistance_2001_bo_hant.md,
// arrangement_mo_hk_sentenced_persons_2005_worldlii_hant.md): drafted beside Portuguese, they letter items `a)` … `j)`, `l)` —
// the Portuguese alphabet had no k, w or y — and name the parties after 經, by whom the arrangement was negotiated.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contextOf, textContext } from '../../server/src/features/context';
import { WorkspaceIndex } from '../../server/src/index/workspace';
import { referencesOf } from '../../server/src/model/references';
import { diagnostics } from '../../server/src/features/diagnostics';

const warnings = (source: string) => diagnostics(textContext(source)).filter((d) => d.severity === 1 || d.severity === 2).map((d) => `${d.range.start.line + 1}: ${d.code} ${d.message}`);
const letters = (labels: string[]) => labels.map((l) => `${l} 有關事宜；`).join('\n');
const AGREEMENT = (list: string) =>
  `中華人民共和國澳門特別行政區與葡萄牙共和國法律及司法協助協定\n\n第一條\n一、締約雙方的法律及司法協助所涉及的事宜包括：\n${list}\n二、締約雙方可將上款所指的協助範圍擴展至其他領域。\n\n第二條\n本協定自簽署之日起生效。\n`;

test('macao: items lettered in the Portuguese alphabet (j) then l), v) then x) then z)) have no gap', () => {
  assert.deepEqual(warnings(AGREEMENT(letters(['a)', 'b)', 'c)', 'd)', 'e)', 'f)', 'g)', 'h)', 'i)', 'j)', 'l)', 'm)', 'n)', 'o)']))), []);
  const long = 'abcdefghijlmnopqrstuvxz'.split('').map((c) => `${c})`);
  assert.deepEqual(warnings(AGREEMENT(letters(long))), []);
  // Bracketed both sides, the same.
  assert.deepEqual(warnings(AGREEMENT(letters('abcdefghijlm'.split('').map((c) => `(${c})`)))), []);
});

test('macao: a letter missing that the Portuguese alphabet has is a gap, named as the list writes its letters', () => {
  const gap = warnings(AGREEMENT(letters(['a)', 'b)', 'd)'])));
  assert.equal(gap.length, 1);
  assert.match(gap[0], /^7: numbering\.item-gap .*c.*d/);
  // Two letters passed over after j): a gap still.
  assert.equal(warnings(AGREEMENT(letters('abcdefghijm'.split('').map((c) => `${c})`)))).length, 1);
});

test('macao: a short name defined after 經 (by whom) means the name after it', () => {
  const meaning = (source: string, term: string) => textContext(source).treaty.definitions.find((d) => d.term === term)?.meaning;
  const arrangement = '澳門特別行政區政府與香港特別行政區政府關於移交被判刑人的安排\n\n經澳門特別行政區政府與香港特別行政區政府(下稱“雙方”)代表協商,達成以下共識:\n\n第一條\n雙方應指定聯絡機關。\n\n第二條\n本安排自簽署之日起生效。\n';
  assert.equal(meaning(arrangement, '雙方'), '澳門特別行政區政府與香港特別行政區政府');
  // A law's 经 before the body that decides: 经常务委员会主任会议（以下简称主任会议）.
  const law = '某省人民代表大会常务委员会议事规则\n\n第一条 代表议案，经常务委员会主任会议（以下简称主任会议）决定，提请常务委员会会议审议。\n\n第二条 主任会议处理常务委员会的重要日常工作。\n';
  assert.equal(meaning(law, '主任会议'), '常务委员会主任会议');
  // A word 经 opens is the name's own: 经济技术开发区.
  const zone = '某市开发区条例\n\n第一条 经济技术开发区（以下简称开发区）的管理适用本条例。\n\n第二条 开发区管理委员会负责开发区的日常管理。\n';
  assert.equal(meaning(zone, '开发区'), '经济技术开发区');
});

// Macao cites its laws by number and kind (`第3/1999號法律第六條第一款`, `第9/2002號行政法規第十條`): the law so numbered is the
// instrument cited, found in a workspace holding it by its title, which is that number (`第3/1999號法律` / `法規的公佈與格式`).
const PUBLICATION = '第3/1999號法律\n法規的公佈與格式\n\n第一條\n《澳門特別行政區公報》\n公佈法規的正式刊物為《澳門特別行政區公報》。\n\n第二條\n生效\n本法律自公佈翌日起生效。\n';
const CITING = (cited: string) => `第5/2006號法律\n司法警察局\n\n第一條\n標的\n一、本法律訂定司法警察局的職責。\n二、司法警察局為刑事警察機關。\n三、司法警察局具有行政自治權。\n\n第二條\n公佈\n${cited}的規定，適用於本法律。\n\n第三條\n生效\n本法律自公佈翌日起生效。\n`;

test('macao: a law cited by its number and kind is that law; its articles are checked against it in the workspace', () => {
  const refs = (source: string) => referencesOf(textContext(source).treaty).filter((r) => r.kind === 'article').map((r) => `${source.slice(r.start, r.end)} ${JSON.stringify(r.target)} ${r.citation?.normalized ?? 'own'}`);
  assert.deepEqual(refs(CITING('第3/1999號法律第一條第一款及第9/2002號行政法規第十條')), ['第一條第一款 {"num":1,"paragraph":1} 第3/1999号法律', '第十條 {"num":10} 第9/2002号行政法规']);
  const checked = (cited: string) => {
    const index = new WorkspaceIndex();
    index.set('file:///law3.md', PUBLICATION, 1, 'markdown');
    index.set('file:///law5.md', CITING(cited), 1, 'markdown');
    return diagnostics(contextOf(index, index.get('file:///law5.md')!)).filter((d) => d.severity === 1).map((d) => `${d.code} ${d.message}`);
  };
  // Its article 2 is there; its article 1 has one paragraph (the citing law's own article 1 has three).
  assert.deepEqual(checked('第3/1999號法律第二條'), []);
  // (Named with the word both laws label their articles with, 第一條: features/unitWords.ts.)
  assert.deepEqual(checked('第3/1999號法律第一條第三款'), ['ref.no-such-paragraph 第一條没有该款（共1款）']);
});
