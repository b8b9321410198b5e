// More classes of instrument the corpus had few of, read for the first time (test/fixtures/real: the
// Hague Choice of Court Convention on a Japanese page, the ILC's draft articles, the agreed
// statements on a WIPO treaty, the Vienna Convention on Consular Relations' preamble): each rule
// they needed, with a fixture string and what a careful reader reads in it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTreaty } from '../../server/src/model/treaty';
import { referencesOf } from '../../server/src/model/references';
import { WorkspaceIndex } from '../../server/src/index/workspace';
import { contextOf } from '../../server/src/features/context';
import { prepareRename, rename } from '../../server/src/features/renumber';

test('classes: a preamble clause saying another convention has been open for signature since a date (该公约业自一九六一年四月十八日起听由各国签署) is no signing clause', () => {
  for (const clause of [
    '鉴于联合国外交往来及豁免会议曾通过维也纳外交关系公约,该公约业自一九六一年四月十八日起听由各国签署,',
    '鉴于甲公约自2005年6月30日起开放供各国签署,',
  ]) {
    // With the articles after it, and on a page cut before them (the UN's Geneva office's text, cut at `Art`).
    for (const rest of ['第一条 定义\n\n本公约适用于领馆。\n', 'Art\n']) {
      const t = buildTreaty(`测试公约\n\n本公约各当事国,\n\n${clause}\n\n深信一项国际公约亦能有助于各国间友好关系之发展,\n\n爰议定条款如下:\n\n${rest}`);
      assert.equal(t.signing, undefined, `${clause} ${rest}`);
    }
  }
  // A signing clause stays one.
  const signed = buildTreaty('测试公约\n\n本公约各当事国,\n\n爰议定条款如下:\n\n第一条 定义\n\n本公约适用于领馆。\n\n一九六三年四月二十四日订于维也纳。\n');
  assert.deepEqual([signed.signing?.date?.year, signed.signing?.place], [1963, '维也纳']);
});

test('classes: fields in lenticular brackets above the title, whatever their label (`【公布日】2005.06.30`, `【公布機関】…`, a Japanese site\'s), are the page\'s: the title is the line after them', () => {
  const t = buildTreaty('【公布日】2005.06.30\n【公布機関】ハーグ国際私法会議において採択\n选择法院协议公约\n本公约缔约国,\n兹决定缔结本公约,并议定下列条款:\n第1条 范围\n一、本公约适用于排他性选择法院协议。\n');
  assert.deepEqual([t.title?.text, t.kind], ['选择法院协议公约', '公约']);
  // A known label keeps its reading; a name line gives the title after its label.
  assert.equal(buildTreaty('【标题】测试协定\n\n第一条 双方合作。\n').title?.text, '测试协定');
});

test('classes: the ILC\'s draft articles (`…条款草案`) are of the kind 条款 and call themselves 本条款, the present articles, not this article; a title ending with 条款 alone names clauses', () => {
  const text = '国家及其财产的管辖豁免条款草案\n第一部分 导言\n第一条 本条款的范围\n本条款适用于国家及其财产对另一国法院的管辖豁免。\n第二条 用语\n1.为本条款的目的:\n(a)“法院”是指一国有权行使司法职能的任何机关;\n2.确定本条第1款(a)项下的合同时,应考虑其性质。\n第三条 不受本条款影响的特权和豁免\n1.本条款不妨碍一国根据国际法所享有的特权和豁免。\n';
  const t = buildTreaty(text);
  assert.deepEqual([t.title?.text, t.kind], ['国家及其财产的管辖豁免条款草案', '条款']);
  const refs = referencesOf(t);
  const at = (s: string, n = 1) => { let i = -1; for (let k = 0; k < n; k++) i = text.indexOf(s, i + 1); return refs.find((r) => r.start === i); };
  // 本条款 in article 3 is the whole draft; 本条第1款(a)项 is article 2's.
  assert.equal(at('本条款不妨碍')?.kind, 'self');
  assert.equal(at('本条款适用于')?.kind, 'self');
  const own = at('本条第1款');
  assert.ok(own?.kind === 'article' && own.target.num === 2 && own.target.paragraph === 1 && own.target.item === 1, JSON.stringify(own));
  // Elsewhere 本条款 is this article still (`与本条款规定内容…`, a trade agreement's).
  const trade = '测试协定\n\n第一条 合作\n\n双方给予与本条款规定内容相同的待遇。\n\n第二条 生效\n\n本协定自签字之日起生效。\n';
  const r = referencesOf(buildTreaty(trade)).find((x) => x.start === trade.indexOf('本条款'));
  assert.ok(r?.kind === 'article' && r.target.num === 1, JSON.stringify(r));
  // A heading after a dash naming clauses of a treaty is no kind: the treaty's title stays.
  assert.deepEqual(((x) => [x.title?.text, x.kind])(buildTreaty('# 《甲條約》節錄——中國與山東條款\n\n第一條 締約國同意。\n\n第二條 締約國承認。\n')), ['甲條約', '条约']);
});

test('classes: in agreed statements on a treaty (`…条约的议定声明`), 本条约 is the treaty\'s, not the statements\'', () => {
  const text = '关于甲条约的议定声明\n\n本条约由外交会议于2013年6月27日通过\n\n关于第二条第(一)项的议定声明:各方达成共识,为本条约的目的,该定义包括有声读物。\n';
  const t = buildTreaty(text);
  const selves = referencesOf(t).filter((r) => r.kind === 'self');
  assert.equal(selves.length, 2);
  assert.ok(selves.every((r) => r.kind === 'self' && r.uncertain), JSON.stringify(selves));
  // A protocol's 本协定 is its agreement's still, and a statement's own self-word its own.
  assert.ok(referencesOf(buildTreaty('关于甲协定的议定书\n\n第一条 本协定第二条修改如下。\n\n第二条 本议定书自签字之日起生效。\n')).some((r) => r.kind === 'self' && !r.uncertain));
  assert.ok(referencesOf(buildTreaty('甲乙两国联合声明\n\n一、双方同意合作。\n\n二、本联合声明自发表之日起生效。\n')).some((r) => r.kind === 'self' && !r.uncertain));
});

test('classes: the last page of a conference\'s final act, its points numbered past 1 (`13.`…`16.`) and closed by its signing clause, is read by those points; it calls itself 本最终议定书', () => {
  const text = '13.会议通过了下述文件:\n甲公约;\n乙议定书。\n该公约列为本最终议定书的附件一。\n14.会议还通过了一些决议。\n15.本最终议定书的文本交秘书长保存。本议定书只有一份正本。\n16.秘书长应将本最终议定书的副本寄送各国政府。\n下列具名代表特签署本最终议定书,以昭信守。\n1973年11月2日订于伦敦。\n签署者:\n阿根廷 澳大利亚\n';
  const t = buildTreaty(text);
  assert.ok(t.isTreaty);
  assert.deepEqual(t.articles.map((a) => a.name), ['13.', '14.', '15.', '16.']);
  assert.deepEqual([t.signing?.date?.year, t.signing?.place], [1973, '伦敦']);
  const self = referencesOf(t).filter((r) => r.kind === 'self').map((r) => text.slice(r.start, r.end));
  assert.deepEqual(self.slice(0, 4), ['本最终议定书', '本最终议定书', '本议定书', '本最终议定书']);
  assert.equal(buildTreaty('1973年国际海洋污染会议最终议定书\n\n1.会议于伦敦举行。\n\n2.会议通过了公约。\n').kind, '最终议定书');
  // Numbered lines opening past 1 with no signing clause after them stay what they were (a bill's sections, an excerpt's list).
  assert.deepEqual(buildTreaty('3.甲事项。\n4.乙事项。\n5.丙事项。\n').articles.map((a) => a.name), []);
});

test('classes: renaming an article of one of two texts of one title to the number a citation of that title names and neither has is refused (the citation would come to name it)', () => {
  // A notice printing an arrangement and the arrangement alone share its title; a protocol cites the title's article 12.
  const index = new WorkspaceIndex();
  const title = '内地和澳门特别行政区关于对所得避免双重征税的安排';
  index.set('file:///a.md', `# ${title}\n\n第一条 人的范围\n\n本安排适用于双方居民。\n\n第二条 税种范围\n\n本安排适用于所得税。\n\n第三条 生效\n\n本安排自通知之日起生效。\n`, 1, 'markdown');
  index.set('file:///n.md', `# ${title}\n\n第一条 人的范围\n\n本安排适用于双方居民。\n\n第二条 税种范围\n\n本安排适用于所得税。\n\n第三条 生效\n\n本安排自通知之日起生效。\n`, 1, 'markdown');
  index.set('file:///p.md', `# 《${title}》第三议定书\n\n第一条 《${title}》第十二条修改如下。\n\n第二条 本议定书自通知之日起生效。\n`, 1, 'markdown');
  const notice = index.get('file:///n.md')!;
  const at = notice.text.indexOf('第二条') + 1;
  prepareRename(contextOf(index, notice), at);
  const r = rename(contextOf(index, notice), at, '第十二条');
  assert.ok(r !== null && 'refused' in r, `the rename is proposed: ${JSON.stringify(r)}`);
  // A number no citation names is renamed to as before.
  const free = rename(contextOf(index, notice), at, '第五条');
  assert.ok(free !== null && !('refused' in free) && free.changes?.['file:///n.md']?.length === 1, JSON.stringify(free));
});
