// Real pairs of versions (issue #16; sources in test/fixtures/amendments/README.md): for each,
// the articles that changed, the amending clauses generated from the two versions — written
// here by reading the two texts, as a drafter would write them — and the oracle: the generated
// instrument applied to the real earlier text gives the real later text, article by article.
// What differs outside the articles is listed with each pair, and why.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { compareVersions, unitText, unitsOf } from '../../server/src/features/compare';
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
  /** The changed articles, by reading the two texts. */
  changed: string[];
  /** The clauses a drafter would write, by reading; a quoted text is checked whole. */
  clauses: string[];
  /** Lines of the later text outside its articles that no amending clause writes (metadata, a title set over several lines). */
  outside: string[];
}

const quote = (lines: string[]) => lines.map((l) => `“${l}`).join('\n\n') + '”';

const PAIRS: Pair[] = [
  {
    name: '人身损害赔偿解释 2020 → 2022 (the court decision adopted 2022-02-15: one urban standard for rural and urban victims)',
    before: 'renshen-2020.md',
    after: 'renshen-2022.md',
    changed: ['第十二条', '第十五条', '第十七条', '第十八条', '第二十二条', '第二十四条'],
    clauses: [
      '删去第十二条中的“或者农村居民人均纯收入”',
      '删去第十五条中的“或者农村居民人均纯收入”',
      `将第十七条修改为：${quote([
        '被扶养人生活费根据扶养人丧失劳动能力程度，按照受诉法院所在地上一年度城镇居民人均消费支出标准计算。被扶养人为未成年人的，计算至十八周岁；被扶养人无劳动能力又无其他生活来源的，计算二十年。但六十周岁以上的，年龄每增加一岁减少一年；七十五周岁以上的，按五年计算。',
        '被扶养人是指受害人依法应当承担扶养义务的未成年人或者丧失劳动能力又无其他生活来源的成年近亲属。被扶养人还有其他扶养人的，赔偿义务人只赔偿受害人依法应当负担的部分。被扶养人有数人的，年赔偿总额累计不超过上一年度城镇居民人均消费支出额。',
      ])}`,
      '删去第十八条中的“或者农村居民人均纯收入”',
      `将第二十二条第一款修改为：${quote(['本解释所称“城镇居民人均可支配收入”“城镇居民人均消费支出”“职工平均工资”，按照政府统计部门公布的各省、自治区、直辖市以及经济特区和计划单列市上一年度相关统计数据确定。'])}`,
      `将第二十四条修改为：${quote(['本解释自2022年5月1日起施行。施行后发生的侵权行为引起的人身损害赔偿案件适用本解释。', '本院以前发布的司法解释与本解释不一致的，以本解释为准。'])}`,
    ],
    outside: ['2022年2月15日 最高人民法院审判委员会第1864次会议通过', '2022年5月1日 施行', '最高人民法院', '关于审理人身损害赔偿案件适用法律', '若干问题的解释'],
  },
  {
    name: '国际商事法庭规定 2018 → 2023 (the court decision adopted 2023-12-05: the new article number in the civil procedure law; how foreign law is ascertained)',
    before: 'shangshi-2018.md',
    after: 'shangshi-2023.md',
    changed: ['第二条', '第八条'],
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
];

for (const p of PAIRS) {
  test(`real pair: ${p.name}`, () => {
    const before = read(p.before);
    const after = read(p.after);
    const cmp = compareVersions(before, after);
    // The changed articles, nothing renumbered, nothing added or deleted.
    assert.deepEqual(cmp.changes.filter((c) => c.type !== 'unchanged').map((c) => `${c.type}:${c.type === 'added' ? c.new.name : c.old.name}`), p.changed.map((n) => `modified:${n}`));
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
