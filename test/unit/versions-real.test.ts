// Real pairs of versions (issue #16; sources in test/fixtures/amendments/README.md): for each,
// the articles that changed, the amending clauses generated from the two versions — written
// here by reading the two texts, as a drafter would write them — and the oracle: the generated
// instrument applied to the real earlier text gives the real later text, article by article.
// What differs outside the articles is listed with each pair, and why.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { UnitChange, compareVersions, unitText, unitsOf } from '../../server/src/features/compare';
import { amendmentClauses, amendmentText } from '../../server/src/features/amend';
import { consolidate } from '../../server/src/features/consolidate';
import { buildTreaty } from '../../server/src/model/treaty';
import { ROOT } from '../support/fixture';

const DIR = path.join(ROOT, 'test/fixtures/amendments');
const read = (f: string) => fs.readFileSync(path.join(DIR, f), 'utf8');
const articles = (text: string) => unitsOf(buildTreaty(text)).map((u) => [u.name, unitText(u)]);

interface Pair {
  name: string;
  before: string;
  after: string;
  /**
   * What changed, by reading the two texts, in the order of the later one: `~第五条` modified,
   * `=第二十一条→第二十二条` renumbered, `~第二十二条→第二十四条` both, `+第二十一条` added,
   * `+第四十八条<第四十三条` added, split from an old article, `-第九条` deleted. Articles
   * unchanged under their own number are not listed.
   */
  changes: string[];
  /** The clauses a drafter would write, by reading; a quoted text is checked whole. */
  clauses: string[];
  /** Lines of the later text outside its articles that no amending clause writes (metadata, a title set over several lines). */
  outside: string[];
}

const quote = (lines: string[]) => lines.map((l) => `“${l}`).join('\n\n') + '”';

function describe(c: UnitChange): string {
  switch (c.type) {
    case 'added': return `+${c.new.name}${c.splitFrom ? `<${c.splitFrom.name}` : ''}`;
    case 'deleted': return `-${c.old.name}${c.mergedInto ? `>${c.mergedInto.name}` : ''}`;
    default: return `${c.type === 'modified' ? '~' : '='}${c.old.name}${c.renumbered || c.moved ? `→${c.new.name}${c.moved ? '(moved)' : ''}` : ''}`;
  }
}

/**
 * The lines of an article as the file writes them (read from the markdown by hand, not by the
 * parser): its paragraphs and items, the first without its label, up to the next article or heading.
 */
/** An added article's lines as a clause adding several quotes them: its label, a full-width space, then its first line. */
const labelled = (label: string, ls: string[]) => [`${label}\u3000${ls[0]}`, ...ls.slice(1)];

function lines(file: string, name: string): string[] {
  const text = read(file);
  const start = text.indexOf(`\n${name} `);
  assert.ok(start >= 0, `${name} in ${file}`);
  const rest = text.slice(start + 1);
  const end = rest.search(/\n\n(?:第[一二三四五六七八九十百零]+条 |#)/);
  return (end < 0 ? rest : rest.slice(0, end)).slice(name.length + 1).split('\n\n');
}

const PAIRS: Pair[] = [
  {
    name: '人身损害赔偿解释 2020 → 2022 (the court decision adopted 2022-02-15: one urban standard for rural and urban victims)',
    before: 'renshen-2020.md',
    after: 'renshen-2022.md',
    changes: ['~第十二条', '~第十五条', '~第十七条', '~第十八条', '~第二十二条', '~第二十四条'],
    clauses: [
      '删去第十二条中的“或者农村居民人均纯收入”',
      '删去第十五条中的“或者农村居民人均纯收入”',
      `将第十七条修改为：${quote([
        '被扶养人生活费根据扶养人丧失劳动能力程度，按照受诉法院所在地上一年度城镇居民人均消费支出标准计算。被扶养人为未成年人的，计算至十八周岁；被扶养人无劳动能力又无其他生活来源的，计算二十年。但六十周岁以上的，年龄每增加一岁减少一年；七十五周岁以上的，按五年计算。',
        '被扶养人是指受害人依法应当承担扶养义务的未成年人或者丧失劳动能力又无其他生活来源的成年近亲属。被扶养人还有其他扶养人的，赔偿义务人只赔偿受害人依法应当负担的部分。被扶养人有数人的，年赔偿总额累计不超过上一年度城镇居民人均消费支出额。',
      ])}`,
      '删去第十八条中的“或者农村居民人均纯收入”',
      `将第二十二条第一款修改为：${quote(['本解释所称‘城镇居民人均可支配收入’‘城镇居民人均消费支出’‘职工平均工资’，按照政府统计部门公布的各省、自治区、直辖市以及经济特区和计划单列市上一年度相关统计数据确定。'])}`,
      `将第二十四条修改为：${quote(['本解释自2022年5月1日起施行。施行后发生的侵权行为引起的人身损害赔偿案件适用本解释。', '本院以前发布的司法解释与本解释不一致的，以本解释为准。'])}`,
    ],
    outside: ['2022年2月15日 最高人民法院审判委员会第1864次会议通过', '2022年5月1日 施行', '最高人民法院', '关于审理人身损害赔偿案件适用法律', '若干问题的解释'],
  },
  {
    name: '国际商事法庭规定 2018 → 2023 (the court decision adopted 2023-12-05: the new article number in the civil procedure law; how foreign law is ascertained)',
    before: 'shangshi-2018.md',
    after: 'shangshi-2023.md',
    changes: ['~第二条', '~第八条'],
    clauses: [
      `将第二条第一项修改为：${quote(['（一）当事人依照民事诉讼法第二百七十七条的规定协议选择最高人民法院管辖且标的额为人民币3亿元以上的第一审国际商事案件；'])}`,
      `将第八条第一款修改为：${quote([
        '国际商事法庭审理案件应当适用域外法律时，可以通过下列途径查明：',
        '（一）由当事人提供；',
        '（二）通过司法协助渠道由对方的中央机关或者主管机关提供；',
        '（三）通过最高人民法院请求我国驻该国使领馆或者该国驻我国使领馆提供；',
        '（四）由最高人民法院建立或者参与的法律查明合作机制参与方提供；',
        '（五）由最高人民法院国际商事专家委员会专家提供；',
        '（六）由法律查明服务机构或者中外法律专家提供；',
        '（七）其他适当途径。',
      ])}`,
    ],
    outside: ['2023年12月5日 最高人民法院审判委员会第1908次会议通过', '2024年1月1日 施行', '最高人民法院关于', '设立国际商事法庭若干问题的规定'],
  },
  {
    // Nine articles added (第二十一条, 第二十三条, 第二十五条, 第四十六条, 第五十一条, 第六十二条, 第六十四条,
    // and 第四十八条, 第四十九条 split off 第四十三条), every later article renumbered. The earlier file
    // writes an ASCII colon before the items of ten articles, the later one a full-width colon: a
    // difference of the repository's texts, not of the decision, which the clauses must still write.
    name: '监察法 2018 → 2024 (the NPCSC decision of 2024-12-25: 强制到案, 责令候查, 管护, 禁闭; nine articles added, the rest renumbered)',
    before: 'jiancha-2018.md',
    after: 'jiancha-2024.md',
    changes: [
      '~第一条', '~第五条', '~第十一条', '~第十二条', '~第十五条', '~第十八条', '~第十九条', '~第二十条',
      '+第二十一条', '=第二十一条→第二十二条', '+第二十三条', '~第二十二条→第二十四条', '+第二十五条',
      '=第二十三条→第二十六条', '=第二十四条→第二十七条', '=第二十五条→第二十八条', '~第二十六条→第二十九条',
      '=第二十七条→第三十条', '=第二十八条→第三十一条', '=第二十九条→第三十二条', '=第三十条→第三十三条',
      '~第三十一条→第三十四条', '=第三十二条→第三十五条', '=第三十三条→第三十六条', '=第三十四条→第三十七条',
      '=第三十五条→第三十八条', '=第三十六条→第三十九条', '=第三十七条→第四十条', '=第三十八条→第四十一条',
      '=第三十九条→第四十二条', '~第四十条→第四十三条', '~第四十一条→第四十四条', '=第四十二条→第四十五条',
      '+第四十六条', '~第四十三条→第四十七条', '+第四十八条<第四十三条', '+第四十九条<第四十三条',
      '~第四十四条→第五十条', '+第五十一条', '~第四十五条→第五十二条', '=第四十六条→第五十三条',
      '=第四十七条→第五十四条', '~第四十八条→第五十五条', '=第四十九条→第五十六条', '=第五十条→第五十七条',
      '~第五十一条→第五十八条', '~第五十二条→第五十九条', '=第五十三条→第六十条', '=第五十四条→第六十一条',
      '+第六十二条', '=第五十五条→第六十三条', '+第六十四条', '=第五十六条→第六十五条', '=第五十七条→第六十六条',
      '~第五十八条→第六十七条', '=第五十九条→第六十八条', '~第六十条→第六十九条', '=第六十一条→第七十条',
      '=第六十二条→第七十一条', '~第六十三条→第七十二条', '=第六十四条→第七十三条', '~第六十五条→第七十四条',
      '=第六十六条→第七十五条', '=第六十七条→第七十六条', '=第六十八条→第七十七条', '=第六十九条→第七十八条',
    ],
    clauses: [
      `将第一条修改为：${quote(lines('jiancha-2024.md', '第一条'))}`,
      `将第五条修改为：${quote(lines('jiancha-2024.md', '第五条'))}`,
      // The same words replaced in eight articles: one clause where the first stood.
      '将第十一条、第十五条、第二十二条、第三十一条、第四十五条、第五十二条、第五十八条、第六十三条中的“:”修改为“：”',
      `将第十二条修改为：${quote(lines('jiancha-2024.md', '第十二条'))}`,
      `将第十八条第二款修改为：${quote(['监察机关及其工作人员对监督、调查过程中知悉的国家秘密、工作秘密、商业秘密、个人隐私和个人信息，应当保密。'])}`,
      `将第十九条修改为：${quote(['对可能发生职务违法的监察对象，监察机关按照管理权限，可以直接或者委托有关机关、人员进行谈话，或者进行函询，要求说明情况。'])}`,
      '在第二十条第一款中的“可以”后增加“进行谈话，”',
      `在第二十条后增加一条，作为第二十一条：${quote(['监察机关根据案件情况，经依法审批，可以强制涉嫌严重职务违法或者职务犯罪的被调查人到案接受调查。'])}`,
      `在第二十一条后增加一条，作为第二十三条：${quote(lines('jiancha-2024.md', '第二十三条'))}`,
      `在第二十二条后增加一条，作为第二十五条：${quote(lines('jiancha-2024.md', '第二十五条'))}`,
      `将第二十六条修改为：${quote(lines('jiancha-2024.md', '第二十九条'))}`,
      `将第四十条修改为：${quote(lines('jiancha-2024.md', '第四十三条'))}`,
      '在第四十一条中的“询问、”后增加“强制到案、责令候查、管护、”',
      `在第四十二条后增加一条，作为第四十六条：${quote(lines('jiancha-2024.md', '第四十六条'))}`,
      `将第四十三条修改为：${quote(lines('jiancha-2024.md', '第四十七条'))}`,
      // Two articles added after one: one clause, each quoted with its label.
      `在第四十三条后增加二条，作为第四十八条、第四十九条：${quote([...labelled('第四十八条', lines('jiancha-2024.md', '第四十八条')), ...labelled('第四十九条', lines('jiancha-2024.md', '第四十九条'))])}`,
      `将第四十四条修改为：${quote(lines('jiancha-2024.md', '第五十条'))}`,
      `在第四十四条后增加一条，作为第五十一条：${quote(lines('jiancha-2024.md', '第五十一条'))}`,
      '删去第四十八条中的“经省级以上监察机关批准，”',
      `将第五十一条修改为：${quote(lines('jiancha-2024.md', '第五十八条'))}`,
      `在第五十四条后增加一条，作为第六十二条：${quote(lines('jiancha-2024.md', '第六十二条'))}`,
      `在第五十五条后增加一条，作为第六十四条：${quote(lines('jiancha-2024.md', '第六十四条'))}`,
      `将第六十条第一款修改为：${quote(lines('jiancha-2024.md', '第六十九条').slice(0, 7))}`,
      `将第六十五条修改为：${quote(lines('jiancha-2024.md', '第七十四条'))}`,
    ],
    outside: [
      '2024年12月25日 第十四届全国人民代表大会常务委员会第十三次会议《关于修改〈中华人民共和国监察法〉的决定》修正）',
      '## 第一章 总 则',
      '## 第九章 附 则',
    ],
  },
  {
    // Three articles added (第六条, 第九条, 第二十条), the rest renumbered; a paragraph added before
    // the first of 第三条; items added and one split in two (第三十九条第一款第二项); a cross-reference
    // changed with the renumbering (第十四条 cites 第十二条, which becomes 第十四条).
    name: '统计法 2009 → 2024 (the NPCSC decision of 2024-09-13: statistical supervision, fraud; three articles added, the rest renumbered)',
    before: 'tongji-2009.md',
    after: 'tongji-2024.md',
    changes: [
      '~第一条', '~第三条', '~第五条', '+第六条', '~第六条→第七条', '=第七条→第八条', '+第九条', '=第八条→第十条',
      '~第九条→第十一条', '~第十条→第十二条', '=第十一条→第十三条', '=第十二条→第十四条', '=第十三条→第十五条',
      '~第十四条→第十六条', '=第十五条→第十七条', '~第十六条→第十八条', '=第十七条→第十九条', '+第二十条',
      '=第十八条→第二十一条', '=第十九条→第二十二条', '~第二十条→第二十三条', '~第二十一条→第二十四条',
      '=第二十二条→第二十五条', '=第二十三条→第二十六条', '=第二十四条→第二十七条', '=第二十五条→第二十八条',
      '=第二十六条→第二十九条', '=第二十七条→第三十条', '=第二十八条→第三十一条', '=第二十九条→第三十二条',
      '=第三十条→第三十三条', '=第三十一条→第三十四条', '~第三十二条→第三十五条', '=第三十三条→第三十六条',
      '=第三十四条→第三十七条', '=第三十五条→第三十八条', '=第三十六条→第三十九条', '~第三十七条→第四十条',
      '~第三十八条→第四十一条', '~第三十九条→第四十二条', '~第四十条→第四十三条', '~第四十一条→第四十四条',
      '~第四十二条→第四十五条', '~第四十三条→第四十六条', '=第四十四条→第四十七条', '~第四十五条→第四十八条',
      '~第四十六条→第四十九条', '~第四十七条→第五十条', '=第四十八条→第五十一条', '=第四十九条→第五十二条',
      '=第五十条→第五十三条',
    ],
    clauses: [
      `将第一条修改为：${quote(lines('tongji-2024.md', '第一条'))}`,
      `在第三条中增加一款，作为第一款：${quote(['统计工作坚持中国共产党的领导。'])}`,
      `将第五条修改为：${quote(lines('tongji-2024.md', '第五条'))}`,
      `在第五条后增加一条，作为第六条：${quote(lines('tongji-2024.md', '第六条'))}`,
      `将第六条第二款修改为：${quote(lines('tongji-2024.md', '第七条').slice(1))}`,
      `在第七条后增加一条，作为第九条：${quote(lines('tongji-2024.md', '第九条'))}`,
      `将第九条修改为：${quote(lines('tongji-2024.md', '第十一条'))}`,
      '在第十条中的“职务”后增加“职级等”',
      '将第十四条中的“第十二条”修改为“第十四条”',
      '在第十六条中的“记录”后增加“、社会大数据”',
      `在第十七条后增加一条，作为第二十条：${quote(['国家实施统一的国民经济核算制度。', '国家统计局统一组织和实施地区生产总值核算工作。'])}`,
      `将第二十条修改为：${quote(lines('tongji-2024.md', '第二十三条'))}`,
      `将第二十一条第一款修改为：${quote(lines('tongji-2024.md', '第二十四条').slice(0, 1))}`,
      '删去第三十二条中的“及其监察机关”',
      `将第三十七条修改为：${quote(lines('tongji-2024.md', '第四十条'))}`,
      `将第三十八条第一款修改为：${quote(lines('tongji-2024.md', '第四十一条').slice(0, 6))}`,
      `将第三十九条第一款修改为：${quote(lines('tongji-2024.md', '第四十二条').slice(0, 5))}`,
      '在第四十条中的“秘密”后增加“、工作秘密”',
      `将第四十一条修改为：${quote(lines('tongji-2024.md', '第四十四条'))}`,
      `将第四十二条修改为：${quote(lines('tongji-2024.md', '第四十五条'))}`,
      `将第四十三条修改为：${quote(lines('tongji-2024.md', '第四十六条'))}`,
      `将第四十五条修改为：${quote(lines('tongji-2024.md', '第四十八条'))}`,
      `将第四十六条修改为：${quote(lines('tongji-2024.md', '第四十九条'))}`,
      '在第四十七条中的“规定，”后增加“造成人身损害、财产损失的，依法承担民事责任；”',
    ],
    outside: [
      '1996年5月15日 第八届全国人民代表大会常务委员会第十九次会议《关于修改〈中华人民共和国统计法〉的决定》第一次修正　',
      '2009年6月27日 第十一届全国人民代表大会常务委员会第九次会议修订　',
      '2024年9月13日 第十四届全国人民代表大会常务委员会第十一次会议《关于修改〈中华人民共和国统计法〉的决定》第二次修正）',
      '## 第一章 总 则',
      '## 第七章 附 则',
    ],
  },
];

for (const p of PAIRS) {
  test(`real pair: ${p.name}`, () => {
    const before = read(p.before);
    const after = read(p.after);
    const cmp = compareVersions(before, after);
    // What changed, article by article.
    assert.deepEqual(cmp.changes.map(describe).filter((d) => !/^=[^→]*$/.test(d)), p.changes);
    // The clauses a drafter would write.
    assert.deepEqual(amendmentClauses(cmp).clauses, p.clauses);
    // The oracle: applied to the earlier text, the generated instrument gives the later text, article by article.
    for (const kind of ['decision', 'protocol'] as const) {
      const result = consolidate(before, amendmentText(cmp, { kind }));
      assert.deepEqual(result.problems, []);
      assert.deepEqual(articles(result.text), articles(after));
      // Outside the articles: what the later text adds and no amending clause writes, and nothing else.
      const lines = (s: string) => s.split('\n').filter((l) => l.trim());
      const got = new Set(lines(result.text));
      assert.deepEqual(lines(after).filter((l) => !got.has(l)), p.outside);
    }
  });
}
