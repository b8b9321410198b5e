// Self-references read on a line from what its unit's evidence found (model/references.ts `selvesOn`): the unit's text is
// searched for them once, for the kinds it calls itself by, and each line standing apart in it (white space or a line
// break on both sides) takes its own from there instead of searching again. Data: two real laws (LawRefBook/Laws,
// https://github.com/LawRefBook/Laws, commit 2f4c5c2), their self-references at a line's start, after an article's label,
// inside a sentence and before its end, and a 本 that opens none (`偿还本金`, `还本付息`); each expected reference is the
// line it is on and its words, read off the text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Treaty, buildTreaty } from '../../server/src/model/treaty';
import { referenceStats, referencesOf } from '../../server/src/model/references';
import { reparse } from '../../server/src/syntax/reparse';

/** 宪法相关法/外国中央银行财产司法强制措施豁免法(2005-10-25).md */
const IMMUNITY = `# 中华人民共和国外国中央银行财产司法强制措施豁免法

中华人民共和国外国中央银行

财产司法强制措施豁免法

2005年10月25日 第十届全国人民代表大会常务委员会第十八次会议通过

<!-- INFO END -->

第一条 中华人民共和国对外国中央银行财产给予财产保全和执行的司法强制措施的豁免；但是，外国中央银行或者其所属国政府书面放弃豁免的或者指定用于财产保全和执行的财产除外。

第二条 本法所称外国中央银行，是指外国的和区域经济一体化组织的中央银行或者履行中央银行职能的金融管理机构。

本法所称外国中央银行财产，是指外国中央银行的现金、票据、银行存款、有价证券、外汇储备、黄金储备以及该银行的不动产和其他财产。

第三条 外国不给予中华人民共和国中央银行或者中华人民共和国特别行政区金融管理机构的财产以豁免，或者所给予的豁免低于本法的规定的，中华人民共和国根据对等原则办理。

第四条 本法自公布之日起施行。`;

/** 行政法规/国库券条例(2011-01-08).md */
const TREASURY_BILLS = `# 中华人民共和国国库券条例

1992年3月18日 中华人民共和国国务院令第95号发布　

<!-- INFO END -->

第一条 为了筹集社会资金，进行社会主义现代化建设，制定本条例。

第二条 国库券的发行对象是：居民个人、个体工商户、企业、事业单位、机关、社会团体和其他组织。

第三条 国库券以人民币元为计算单位。

第四条 每年国库券的发行数额、利率、偿还期等，经国务院确定后，由财政部予以公告。

第五条 国库券发行采取承购包销、认购等方式。

国家下达的国库券发行计划，应当按期完成。

第六条 国库券按期偿还本金。国库券利息在偿还本金时一次付给，不计复利。

第七条 国库券的发行和还本付息事宜，在各级人民政府统一领导下，由财政部门和中国人民银行组织有关部门多渠道办理。

第八条 国库券可以用于抵押，但是不得作为货币流通。

第九条 国库券可以转让，但是应当在国家批准的交易场所办理。

第十条 发行国库券筹集的资金，由国务院统一安排使用。

第十一条 对伪造国库券的，依法追究刑事责任。

对倒卖国库券的，按照投机倒把论处。(2011年1月8日删除)

第十二条 国库券的利息收入享受免税待遇。

第十三条 本条例由财政部负责解释。实施细则由财政部商中国人民银行制定。

第十四条 本条例自发布之日起施行。`;

/** Each self-reference as `line:words` (0-based line), `?` after an uncertain one. */
function selves(source: string | Treaty): string[] {
  const treaty = typeof source === 'string' ? buildTreaty(source) : source;
  const text = treaty.text;
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const lineOf = (at: number) => starts.filter((s) => s <= at).length - 1;
  return referencesOf(treaty)
    .filter((r) => r.kind === 'self')
    .map((r) => `${lineOf(r.start)}:${text.slice(r.start, r.end)}${'uncertain' in r && r.uncertain ? '?' : ''}`);
}

test('a law calling itself 本法 after a label, at a paragraph\'s start, inside a sentence', () => {
  assert.deepEqual(selves(IMMUNITY), ['12:本法', '14:本法', '16:本法', '18:本法']);
});

test('本条例 in the first and the last articles; 本金 and 还本付息 no self-reference', () => {
  assert.deepEqual(selves(TREASURY_BILLS), ['6:本条例', '34:本条例', '36:本条例']);
});

test('the same self-references after an edit, the edited unit read again', () => {
  // (An edit in 第三条's sentence: its unit's evidence read again and handed to its scan, the units around it kept.)
  const at = IMMUNITY.indexOf('根据对等原则办理');
  const before = buildTreaty(IMMUNITY);
  referencesOf(before);
  const tree = reparse(before.tree, [{ start: at, end: at + 2, text: '依照' }]);
  const was = referenceStats.incremental;
  const after = buildTreaty(tree.text, tree, before);
  assert.deepEqual(selves(after), ['12:本法', '14:本法', '16:本法', '18:本法']);
  assert.equal(referenceStats.incremental - was, 1, 'read after the edit, not whole');
});
