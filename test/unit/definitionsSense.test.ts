// A term defined for one sense, as every Chinese tax agreement defines the states' names: `“中国”一语用于地理概念时，是指…`
// (test/fixtures/real/entry_tax_cn_us_dta_definitions_taxorg.md, the China–US agreement's article 3 quoted by a tax wiki).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textContext } from '../../server/src/features/context';

test('definitions: “X”一语用于地理概念时，是指… (a tax agreement\'s state names)', () => {
  const source = '# 中华人民共和国政府和甲国政府关于对所得避免双重征税和防止偷漏税的协定\n\n## 第三条 一般定义\n\n一、在本协定中，除上下文另有解释的以外：\n\n（一）“中国”一语用于地理概念时，是指有效行使有关中国税收法律的所有中华人民共和国领土；\n\n（二）“甲国”一语用于地理概念时,是指甲国领土；\n\n（三）“人”一语包括个人、公司和其他团体；\n';
  const got = textContext(source).treaty.definitions.map((d) => [d.term, d.meaning]);
  assert.deepEqual(got, [
    ['中国', '有效行使有关中国税收法律的所有中华人民共和国领土'],
    ['甲国', '甲国领土'],
    ['人', '个人、公司和其他团体'],
  ]);
});

// A term defined for each party in turn, as customs, judicial-assistance and tax agreements define their authorities
// (test/fixtures/real/agreement_cn_pk_customs_assistance_2005_fsou.md; treaty_cn_mn_judicial_assistance_1989_page.md's 中央机关;
// the China–US tax agreement's 主管当局): the meaning every party's, from the first 在 on, across a `；` between the parties.
test('definitions: “X”在甲方面系指…，在乙方面系指… (a term defined for each party in turn)', () => {
  const source = '# 中华人民共和国政府和甲国政府关于海关事务的合作与互助协定\n\n## 第一条 定义\n\n在本协定中：\n\n（一）“海关当局”在中华人民共和国方面系指海关总署，在甲国方面系指中央税收委员会；\n\n（二）“主管当局”一语，在中国方面是指国家税务总局或其授权的代表；在甲国方面是指财政部长或其授权的代表；\n\n（三）“请求方”系指提出协助请求的海关当局；\n\n## 第二条 合作\n\n双方在技术方面指定专家，“合作”在经济方面十分重要。\n';
  const got = textContext(source).treaty.definitions.map((d) => [d.term, d.meaning]);
  assert.deepEqual(got, [
    ['海关当局', '在中华人民共和国方面系指海关总署，在甲国方面系指中央税收委员会'],
    ['主管当局', '在中国方面是指国家税务总局或其授权的代表；在甲国方面是指财政部长或其授权的代表'],
    ['请求方', '提出协助请求的海关当局'],
  ]);
});
