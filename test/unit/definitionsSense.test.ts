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
