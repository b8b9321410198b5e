// First reads of classes of real instrument the corpus lacked (test/fixtures/real): a military armistice between
// commanders quoted in part on a question-and-answer site. Each rule it needed is about how Chinese treaty text is
// written, shown on a fixture string with what a careful reader reads in it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contextOf, textContext } from '../../server/src/features/context';
import { diagnostics } from '../../server/src/features/diagnostics';
import { WorkspaceIndex } from '../../server/src/index/workspace';

const read = (source: string) => textContext(source).treaty;
function problems(text: string): string[] {
  const index = new WorkspaceIndex();
  index.set('file:///a.md', text, 1, 'markdown');
  return diagnostics(contextOf(index, index.get('file:///a.md')!)).filter((d) => d.severity === 1 || d.severity === 2).map((d) => String(d.code));
}

// An excerpt leaves out paragraphs as it leaves out articles: the armistice's, numbered through the whole agreement,
// quoted `一、` then `四、`, `十二、` then `十四、`. The same text that does not say it is an excerpt has gaps.
const ARMISTICE = (title: string) =>
  `${title}\n第一条 军事分界线与非军事区\n一、确定一军事分界线,双方各由此线后退二公里。\n四、军事分界线按照军事停战委员会的指示加以明白标志。\n` +
  '第二条 停火与停战的具体安排\n十二、敌对双方司令官命令其控制下的一切武装力量完全停止敌对行为。\n十四、本停战协定适用于一切敌对的地面军事力量。\n十五、本停战协定适用于一切敌对的海上军事力量。\n';
test('unseen organisations: an excerpt\'s paragraph numbers skip on purpose (no numbering.item-gap); a whole text\'s do not', () => {
  for (const title of ['朝鲜停战协定(节选)', '朝鲜停战协定（节录）', '朝鲜停战协定摘录']) assert.deepEqual(problems(ARMISTICE(title)), [], title);
  assert.deepEqual(problems(ARMISTICE('朝鲜停战协定')), ['numbering.item-gap', 'numbering.item-gap']);
  // A repeated number is a fault in an excerpt too.
  assert.deepEqual(problems(ARMISTICE('朝鲜停战协定(节选)').replace('十五、', '十四、')), ['numbering.item-duplicate']);
});

// A title naming an instrument and, after 及其, what goes with it: the kind is the first one's.
test('unseen organisations: `…协定及其附件和临时补充协议` is of the kind 协定, its annexes and the texts beside it after 及其', () => {
  assert.equal(read(ARMISTICE('朝鲜停战协定及其附件和临时补充协议(节选)')).kind, '协定');
  assert.equal(read('联合国海洋法公约及其附件\n第一条 用语\n本公约适用于海洋。\n').kind, '公约');
  // Where 的 follows, the phrase qualifies a longer name, whose kind is the last word's.
  assert.equal(read('关于修改甲协定及其附件的议定书\n第一条 双方同意修改。\n').kind, '议定书');
  // 及其 after no kind (`国家及其财产…`) leaves the title's ending to say it.
  assert.equal(read('国家及其财产管辖豁免公约\n第一条 本公约适用于国家。\n').kind, '公约');
});
