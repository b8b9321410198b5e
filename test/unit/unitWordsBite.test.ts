// The article word of what the server writes about a text — a diagnostic's message, a hover, an inlay hint — is the
// text's own: a text in traditional characters labels its articles 第二條, and was told `缺少第三条`, `第一条没有该款`,
// hovered `**第一条**` and hinted `‹第一条›` (session 39's review, agreement_cn_jp_culture_1979_hant.md and the
// traditional texts of test/fixtures/real). Expected answers written by reading features/unitWords.ts and the texts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Hover, MarkupContent } from 'vscode-languageserver-types';
import { textContext, contextOf } from '../../server/src/features/context';
import { checkAlone, diagnostics, finishChecks } from '../../server/src/features/diagnostics';
import { hover } from '../../server/src/features/hover';
import { inlayHints } from '../../server/src/features/inlayHints';
import { withTraditionalArticleWord } from '../../server/src/features/unitWords';
import { WorkspaceIndex } from '../../server/src/index/workspace';

const HANT = `# 中華人民共和國政府和日本國政府文化交流協定

## 第一條

雙方開展合作。

## 第二條

前條規定的合作依照本協定第九條和第一條第三款進行。

## 第四條

本協定自簽字之日起生效。
`;

const messages = (text: string) => diagnostics(textContext(text)).filter((d) => /^(?:ref|numbering)\./.test(String(d.code))).map((d) => `${d.code} ${d.message}`);

test('diagnostics of a text labelling its articles 第二條 name them so; a text of 第二条 keeps 条', () => {
  // The count of articles too (session 41): 共3條.
  const told = ['ref.no-such-article 本協定没有第九條（共3條）', 'ref.no-such-paragraph 第一條没有该款（共1款）', 'numbering.gap 缺少第三條'];
  assert.deepEqual(messages(HANT), told);
  // treaty-check's two steps say the same.
  const index = new WorkspaceIndex();
  const ctx = contextOf(index, index.set('file:///ws/a.md', HANT, 1, 'markdown'));
  const finished = finishChecks(ctx, checkAlone(ctx)).filter((d) => /^(?:ref|numbering)\./.test(String(d.code))).map((d) => `${d.code} ${d.message}`);
  assert.deepEqual(finished, told);
  assert.deepEqual(messages(HANT.replace(/條/g, '条')), ['ref.no-such-article 本協定没有第九条（共3条）', 'ref.no-such-paragraph 第一条没有该款（共1款）', 'numbering.gap 缺少第三条']);
});

test('hover and inlay hints in a text labelling its articles 第二條', () => {
  const value = (find: string) => ((hover(textContext(HANT), HANT.indexOf(find) + 1) as Hover).contents as MarkupContent).value;
  assert.equal(value('第一條第三款'), '第一條没有该款');
  // The article as the reference names it, and what there is (session 41: it said 本文件没有第9條).
  assert.equal(value('第九條'), '本協定没有第九條（共3條：第一條至第四條）');
  assert.equal(value('前條'), '**第一條**\n\n雙方開展合作。');
  const hints = inlayHints(textContext(HANT), { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } }).map((h) => `${h.position.line}:${h.position.character} ${h.label}`);
  assert.deepEqual(hints, ['8:2 第一條']);
});

test('withTraditionalArticleWord: the word of an article name alone, whatever its numeral; other 条 kept', () => {
  assert.equal(withTraditionalArticleWord('第二次会议通过的条例'), '第二次会议通过的条例');
  assert.equal(withTraditionalArticleWord('缺少第十条之一、第 5 条和第１２条；条约'), '缺少第十條之一、第 5 條和第１２條；条约');
  // A title quoted is another instrument's words (protocol_cn_wto_accession_2001_hant.md: 《关于第 2 条豁免的附属档案》).
  assert.equal(withTraditionalArticleWord('工作区中找不到《关于第 2 条豁免的附属档案》，第二条'), '工作区中找不到《关于第 2 条豁免的附属档案》，第二條');
});

// A text of 條/項/款 (Taiwan's laws: law_tw_hk_macao_relations_2022_moj_hant.md) names a paragraph 項 and an item 款: the hint
// after 前項 said ‹第六條第一款›, an item there.
test('inlay hints in a text of 條/項/款: a paragraph is 第一項, an item 第一款; in a text of 条/款/项 as before', () => {
  const tw = '# 甲地區與乙地區關係條例\n\n## 第一條\n\n本條例適用於甲地區。\n\n機構應依下列規定登記：\n\n一、名稱。\n\n二、地址。\n\n## 第二條\n\n依第一條第二項第一款登記之名稱，不得變更。\n\n前項名稱，依主管機關之規定。\n';
  const hints = (text: string) => inlayHints(textContext(text), { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } }).map((h) => `${h.position.line}:${h.position.character} ${h.label}`);
  assert.deepEqual(hints(tw), ['16:2 第二條第一項']);
  const cn = '# 甲国和乙国合作协定\n\n## 第一条\n\n双方合作。\n\n## 第二条\n\n双方交换信息。\n\n前款信息应予保密。\n';
  assert.deepEqual(hints(cn), ['10:2 第二条第一款']);
});
