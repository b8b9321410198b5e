// A defined term whose phrase opens with a verb of issuing, making, concluding or setting up (`發行中央政府建設公債
// （以下簡稱本公債）`, Taiwan's 中央政府建設公債及借款條例): the meaning is the verb's object, 中央政府建設公債 — before,
// 發行中央政府建設公債. The verb is read at the phrase's start only, so a name holding it keeps it (股票发行审核委员会);
// nor is it cut when it makes a noun (发行人, 建设单位, 建设项目), when the term holds its characters, when it is in a
// relative clause (`实施…收费的单位`: the units, not the fees), or when a list of verbs goes on after it (`建设、开发利用规划`).
// A verb after its subject (`财政部依法发行特别国债`) is not read here: the phrase is cut at its start only.
// Each case's meaning is written from the sentence (the verb-opened ones are the forms LawRefBook/Laws writes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTreaty } from '../../server/src/model/treaty';

const CASES: [label: string, sentence: string, term: string, meaning: string][] = [
  ['发行 opening the phrase (traditional)', '中央政府為支應重大建設，依本條例之規定，發行中央政府建設公債（以下簡稱本公債）。', '本公債', '中央政府建設公債'],
  ['发行 opening the phrase (simplified)', '经国务院批准，发行特别国债（以下简称本国债）。', '本国债', '特别国债'],
  ['举办', '外国合营者依照本法，举办中外合资经营企业（以下简称合营企业）。', '合营企业', '中外合资经营企业'],
  ['制定', '县级以上人民政府应当根据本省实际，制定农作物病虫害灾害应急预案（以下简称应急预案）。', '应急预案', '农作物病虫害灾害应急预案'],
  ['编制, before a title in 《》', '省人民政府，编制《甲省水功能区划分方案》（以下简称功能区划分方案），报国务院批准。', '功能区划分方案', '《甲省水功能区划分方案》'],
  ['开展', '国家机关、社会团体，开展科学技术普及（以下简称科普），应当坚持群众性。', '科普', '科学技术普及'],
  ['签订 before an agreement named whole', '双方同意，签订港口合作备忘录（以下简称备忘录）。', '备忘录', '港口合作备忘录'],
  ['verbs joined by 或者', '市交通行政管理部门应当，制定或者调整本市公共汽车客运线网规划（以下简称线网规划）。', '线网规划', '本市公共汽车客运线网规划'],
  ['verbs joined by 、 and 和', '本条例适用于，制定、修改、废止和解释本市地方性法规（以下简称法规）。', '法规', '本市地方性法规'],
  // Kept.
  ['a name holding the verb inside', '国务院设立股票发行审核委员会（以下简称发审委）。', '发审委', '股票发行审核委员会'],
  ['the verb making a noun: 建设单位, the term holding it', '本省行政区域内，建设单位、项目法人（以下统称建设单位）应当遵守本条例。', '建设单位', '建设单位、项目法人'],
  ['the verb making a noun: 建设项目', '本市，建设项目（以下简称项目）应当进行环境影响评价。', '项目', '建设项目'],
  ['the verb making a noun: 发行人', '本条例所规定的，发行人（以下简称公司）应当公告。', '公司', '发行人'],
  ['the verb in a relative clause', '本市，实施行政性、事业性收费的单位（以下简称收费单位）应当公示。', '收费单位', '实施行政性、事业性收费的单位'],
  ['the verb in a relative clause (签订)', '本条例所称，签订合同的外国企业（以下简称外国合同者）应当遵守。', '外国合同者', '签订合同的外国企业'],
  ['a list of verbs going on with one not read', '国务院有关部门组织编制的，建设、开发利用规划（以下简称综合性规划）应当评价。', '综合性规划', '建设、开发利用规划'],
  ['the object too short', '本办法所称，发行商（以下简称商）应当登记。', '商', '发行商'],
];

for (const [label, sentence, term, meaning] of CASES) {
  test(`definitions, a making verb: ${label}`, () => {
    const text = `# 甲省某某条例\n\n第一条 ${sentence}\n`;
    const found = buildTreaty(text).definitions.find((d) => d.term === term);
    assert.ok(found, `${term} defined`);
    assert.equal(found.meaning, meaning);
    assert.equal(text.slice(found.meaningStart, found.meaningEnd), meaning, 'the meaning at its offsets');
  });
}
