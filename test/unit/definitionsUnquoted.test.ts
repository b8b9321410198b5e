// Terms defined by 指 with no quotation marks, as the Chinese texts of free trade agreements define them: one to an item or
// a line of the list a lead-in opens (RCEP ch. 1 art. 2: `就本协定而言,除非本协定另有规定:` / `(十一)IMF指国际货币基金组织;`;
// China–New Zealand art. 4: `除另有规定外,就本协定而言:` / `APEC 是指亚太经济合作组织;`), or the one term of a sentence
// opening with the scope (the Tokyo Round's import licensing agreement: `在本协议中,进口许可证是指…`). Outside such a list a
// sentence `本协定指…` or `缔约方指…` defines nothing (test/fixtures/real: agreement_rcep_2020_ch1_wikisource.md,
// agreement_cn_nz_fta_2008_ch2_wanglu.md, agreement_tokyo_round_import_licensing_1979_fsou.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textContext } from '../../server/src/features/context';

function read(name: string, source: string, want: [string, string][]): void {
  test(`definitions without quotation marks: ${name}`, () => {
    const got = textContext(source).treaty.definitions.filter((d) => d.byMeaning).map((d) => [d.term, d.meaning]);
    assert.deepEqual(got, want);
  });
}

const HEAD = '# 甲国和乙国自由贸易协定\n\n甲国政府和乙国政府达成协议如下：\n\n';

read('items under 就本协定而言 (RCEP)', `${HEAD}## 第一条 一般定义\n\n就本协定而言,除非本协定另有规定:\n\n(一)本协定指《甲国和乙国自由贸易协定》;\n\n(二)《农业协定》指《WTO协定》附件1A所含《农业协定》;\n\n(三)指日历日,包括周末和节假日;\n\n(四)现行指在本协定生效之日有效;\n\n(五)GATT 1994指《1994年关税与贸易总协定》;\n\n(六)协调制度或者HS指《商品名称及编码协调制度》;\n\n(七)IMF指国际货币基金组织;\n`, [
  // Not 本协定 (the text's self-reference), not a title in 《》, not an item whose term the page lost (`(三)指日历日`).
  ['现行', '在本协定生效之日有效'],
  ['GATT 1994', '《1994年关税与贸易总协定》'],
  ['协调制度', '《商品名称及编码协调制度》'],
  ['HS', '《商品名称及编码协调制度》'],
  ['IMF', '国际货币基金组织'],
]);

read('lines under 除另有规定外,就本协定而言: glued to the article (China–New Zealand)', `${HEAD}## 第四条 总定义 除另有规定外,就本协定而言: 协定是指《甲国和乙国自由贸易协定》;\nAPEC 是指亚太经济合作组织;\n关税包括任何针对货物进口征收的相关税费;\n日是指日历日;\n自贸区联合委员会是指根据第五条建立的委员会;\n`, [
  // Not 协定 (an instrument's kind: the text itself); 包括 is no definition by 指.
  ['APEC', '亚太经济合作组织'],
  ['日', '日历日'],
  ['自贸区联合委员会', '根据第五条建立的委员会'],
]);

read('one term in a sentence opening 在本协议中, (the Tokyo Round)', '# 进口许可证手续协议\n\n## 第一条 总则\n\n1. 在本协议中,进口许可证是指作为进口的先决条件的行政管理手续。\n2. 进口许可证手续的规则在适用中应是中性的。\n', [
  ['进口许可证', '作为进口的先决条件的行政管理手续'],
]);

read('no lead-in: 本协定指…, 缔约方指…, 域内成员指… define nothing', `${HEAD}## 第一条\n\n本协定指双方之间的安排。\n\n## 第二条\n\n一、缔约方指甲国或乙国。\n二、域内成员指列入附件一的成员。\n`, []);

read('the list ends with its article, and a list of items with the next numbered paragraph', `${HEAD}## 第一条 定义\n\n一、就本协定而言:\n\n(一)IMF指国际货币基金组织;\n\n二、缔约方指甲国或乙国。\n\n## 第二条\n\n日指日历日。\n`, [
  ['IMF', '国际货币基金组织'],
]);

read('the same in traditional characters (read folded)', '# 甲國和乙國自由貿易協定\n\n## 第一條 一般定義\n\n就本協定而言,除非本協定另有規定:\n\n(一)IMF指國際貨幣基金組織;\n', [
  ['IMF', '國際貨幣基金組織'],
]);
