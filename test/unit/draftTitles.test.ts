// Negotiation drafts and drafts published for comment: the title says which draft of which instrument the text is
// (`《世卫组织大流行协定》草案`, `…协定谈判案文提案`, `…条例` / `(草案修改二稿征求意见稿)`), under a UN document's masthead
// (its symbol, its agenda item, the negotiating body) or a notice publishing it; WHO numbers the preamble's clauses.
// Expected readings written by reading the text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTreaty } from '../../server/src/model/treaty';

const PREAMBLE = '《甲组织乙协定》各缔约方,\n1. 认识到各国对维护本国人民的健康负有首要责任,\n2. 忆及《甲组织组织法》的规定,\n3. 重申必须开展多部门合作,\n';
const MASTHEAD = '第九次会议续会 A/INB/9/3 Rev.1\n起草和谈判甲组织乙公约、协定或其他国际文书的政府间谈判机构\n第九次会议续会 A/INB/9/3 Rev.1\n临时议程项目 2 2024 年 4 月 22 日\n';

test('draft titles: the instrument\'s name in 《》, then 草案, is the title, of the instrument\'s kind', () => {
  const t = buildTreaty(MASTHEAD + '《甲组织乙协定》草案\n' + PREAMBLE);
  assert.equal(t.title?.text, '《甲组织乙协定》草案');
  assert.equal(t.kind, '协定');
  assert.ok(t.isTreaty);
});

test('draft titles: the stage of a negotiation after the kind (谈判案文提案, 主席案文, 草案) keeps the kind', () => {
  for (const [title, kind] of [['甲组织乙协定谈判案文提案', '协定'], ['甲国和乙国引渡条约主席案文', '条约'], ['丙海洋生物多样性公约案文草案', '公约'], ['丁市社会信用条例修订草案', '条例']]) {
    const t = buildTreaty(MASTHEAD + title + '\n' + PREAMBLE);
    assert.equal(t.title?.text, title, title);
    assert.equal(t.kind, kind, title);
  }
});

test('draft titles: a UN masthead (symbol, agenda item, negotiating body) is no part of the title', () => {
  const t = buildTreaty('第七次会议 A/INB/7/3\n起草和谈判甲组织乙公约、协定或其他国际文书的政府间谈判机构\n临时议程项目 2 2023 年 10 月 30 日\n甲组织乙协定谈判案文提案\n目录\n' + PREAMBLE);
  assert.equal(t.title?.text, '甲组织乙协定谈判案文提案');
});

test('draft titles: the numbered clauses of a preamble, each ending with a comma, are no articles', () => {
  const t = buildTreaty(MASTHEAD + '甲组织乙协定谈判案文提案\n' + PREAMBLE);
  assert.deepEqual(t.articles.map((a) => a.name), []);
  // A resolution's operative paragraphs, ending with a full stop, still are its points.
  const r = buildTreaty('大会,\n1. 决定设立特设委员会;\n2. 请秘书长提供协助;\n3. 决定将本项目列入议程。\n');
  assert.equal(r.articles.length, 3);
});

test('draft titles: the draft\'s remark in brackets on the line under the title is the title\'s', () => {
  const text = '关于《甲市社会信用条例(草案修改二稿 征求意见稿)》公开征求意见的公告\n\n现将草案修改二稿征求意见稿向社会公开征求意见。\n\n甲市人大常委会办公厅\n\n甲市社会信用条例\n\n(草案修改二稿征求意见稿)\n\n第一章 总则\n\n第一条(立法目的)为了规范社会信用管理,制定本条例。\n';
  const t = buildTreaty(text);
  assert.equal(t.title?.text, '甲市社会信用条例(草案修改二稿征求意见稿)');
  assert.equal(t.kind, '条例');
  // A date under a title is no draft's remark: the title stays one line.
  const d = buildTreaty('甲国和乙国引渡条约\n\n(1999年10月15日订于北京)\n\n第一条 引渡义务\n\n双方同意引渡。\n');
  assert.equal(d.title?.text, '甲国和乙国引渡条约');
});
