// Readings of real text past sessions noted and left open (session 41), each a rule about how Chinese treaty and law
// text is written, shown on fixture strings with what a careful reader reads in them (docs/variants.md, "Read in
// session 41 (readings left open)").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textContext, contextOf } from '../../server/src/features/context';
import { definition } from '../../server/src/features/definition';
import { referencesOf } from '../../server/src/model/references';
import { diagnostics } from '../../server/src/features/diagnostics';
import { documentSymbols } from '../../server/src/features/documentSymbols';
import { WorkspaceIndex } from '../../server/src/index/workspace';

const read = (source: string) => textContext(source).treaty;
const ARTICLES = '第一条 本组织的主要目标是促进发展中国家的工业发展。\n第二条 本组织的会员应当履行本章程规定的义务。\n';

// An international organisation's constitution called 章程 (`联合国工业发展组织章程`, `国际劳工组织章程`): the organisation's
// word right before 章程 makes it a kind, as `…组织组织法` is one. A company's, an association's, a party's articles are no
// instrument between parties: no title, no kind.
test('readings left open: an organisation\'s 章程 (`…组织章程`, `…联盟章程`) is of the kind 章程; a company\'s or a party\'s is not', () => {
  for (const title of ['联合国工业发展组织章程', '国际劳工组织章程', '某国际联盟章程']) {
    const t = read(`${title}\n${ARTICLES}`);
    assert.deepEqual([t.title?.text, t.kind], [title, '章程'], title);
  }
  for (const title of ['某某有限公司章程', '中国共产党章程', '某某协会章程', '某村村民委员会章程']) assert.equal(read(`${title}\n${ARTICLES}`).kind, undefined, title);
});

// A page's headline, the whole-text words after the name (`…组织章程全文`), a site's line over it (`- 相关推荐`): the title,
// as `…协定全文` is, for a kind read by its ending alone too (章程 after 组织, 组织法 after 组织).
test('readings left open: a headline `…组织章程全文` under a site\'s line is the title, its kind 章程; `…组织组织法全文` likewise', () => {
  const unido = read(`- 相关推荐\n联合国工业发展组织章程全文\n导语:工业化是实现增长的有力工具。\n第一章 目标和职能\n${ARTICLES}`);
  assert.deepEqual([unido.title?.text, unido.kind], ['联合国工业发展组织章程', '章程']);
  const who = read(`世界卫生组织组织法全文\n\n${ARTICLES}`);
  assert.deepEqual([who.title?.text, who.kind], ['世界卫生组织组织法', '组织法']);
});

// An amending protocol quoting the new text of the article it amends after its lead (`…表述为：`, `…修改为：`, `…应由以下内容
// 取代：`), in quotation marks over blank lines: one paragraph of the amending article, the lead's, whatever labels the
// quotation holds; its 第四条 numbers no article of the protocol, and the references in it are the amended text's.
const TONGJIANG =
  '关于修改《甲乙界河桥协定》的议定书\n\n第一条\n\n一、协定第四条表述为：\n\n「第四条\n\n一、主桥共同建设。\n\n二、建设界河桥不应改变主航道。\n\n三、所有权的分界线为国界线，本协定第二条另有规定的除外。」\n\n' +
  '二、协定第六条第一款表述为：\n\n「由双方勘察。」\n\n第二条\n\n本议定书自签字之日起生效。\n';
const SINGAPORE =
  '关于修改《甲乙自由贸易协定》的议定书\n\n第一条\n对自贸协定第21条的修改\n\n自贸协定第21条应由以下内容取代：\n\n“第二十一条 可互换产品和材料\n\n在确定货物是否为原产货物时，任何可互换货物应通过下列方法加以区分：\n\n' +
  '（一）货物的物理分离；或者\n\n（二）库存管理方法。”\n\n第二条\n\n自贸协定第27条第5段应由以下内容取代：\n\n“五、原产地证书可以在货物装运之日起一年内补发。”\n\n第三条\n\n本议定书自签字之日起生效。\n';
test('readings left open: an amended article quoted over blank lines after `…表述为：` is one paragraph of the amending article', () => {
  const t = read(TONGJIANG);
  assert.deepEqual(t.articles.map((a) => [a.name, a.paragraphs.length]), [['第一条', 2], ['第二条', 1]]);
  const s = read(SINGAPORE);
  assert.deepEqual(s.articles.map((a) => [a.name, a.paragraphs.length]), [['第一条', 1], ['第二条', 1], ['第三条', 1]]);
  // The quoted list's entries are the paragraph's items still, the quotation closed on the last (`…方法。”`).
  assert.equal(s.articles[0].paragraphs[0].items.length, 2);
  // The lead's words broken by a PDF's width, a page number between the lines (`…应由以下内容取` / `第7页` / `代：`): the same reading.
  const wrapped = read(SINGAPORE.replace('应由以下内容取代：\n\n“五、', '应由以下内容取\n第7页 共10页\n代：\n\n“五、'));
  assert.deepEqual(wrapped.articles.map((a) => [a.name, a.paragraphs.length]), [['第一条', 1], ['第二条', 1], ['第三条', 1]]);
});

test('readings left open: the quoted article\'s labels number no article of the protocol and are no reference to it', () => {
  const t = read(TONGJIANG);
  assert.deepEqual(t.articles.map((a) => a.name), ['第一条', '第二条']);
  // 本协定第二条 in the quotation is the amended agreement's article 2, not the protocol's: it goes nowhere in this text.
  const ctx = textContext(TONGJIANG, 'file:///p.md');
  const at = TONGJIANG.indexOf('本协定第二条') + 5;
  assert.deepEqual(definition(ctx, at).filter((l) => l.targetUri === 'file:///p.md'), []);
  const quoted = referencesOf(t).filter((r) => r.kind === 'article' && r.start >= TONGJIANG.indexOf('「第四条') && r.start < TONGJIANG.indexOf('」'));
  assert.ok(quoted.length > 0 && quoted.every((r) => r.kind === 'article' && (r.uncertain || r.elsewhere)), JSON.stringify(quoted));
});

// A legal database's page under a Macao instrument (`《LegisMac》的法例註釋`, `《公報》原始 PDF 版本`): the database's name and the
// gazette's, a kind alone, are no instrument to look for (no ref.citation-not-found); a title naming no kind (a regulation,
// `《中国人民解放军纪律条令》`) and an instrument's title are still looked for.
test('readings left open: 《LegisMac》, 《公報》, 《公约》 alone name no instrument to look for; a title does', () => {
  const text = '甲乙合作协定\n\n第一条 双方依照《甲乙边界条约》和《中国人民解放军纪律条令》合作，《公约》另有规定的除外。\n\n第二条 本协定自签字之日起生效。\n\n《LegisMac》的法例註釋\n\n《公報》原始 PDF 版本\n';
  const index = new WorkspaceIndex();
  index.set('file:///a.md', text, 1, 'markdown');
  const found = diagnostics(contextOf(index, index.get('file:///a.md')!)).filter((d) => d.code === 'ref.citation-not-found').map((d) => d.message);
  assert.deepEqual(found, ['工作区中找不到《甲乙边界条约》', '工作区中找不到《中国人民解放军纪律条令》']);
});

// A section of a part headed with the part's label before its own (`## 第四部 第八編 山東`, the Treaty of Versailles's Part IV,
// Section VIII): the outline names it with its part, as written; the model's chapter is the section (第八编), as references name it.
test('readings left open: the outline names `## 第四部 第八編 山東` with its part (第四部 第八编), its caption beside it', () => {
  const text = '# 凡爾賽條約\n\n## 第四部 第八編 山東\n\n第一百五十六條 德國放棄其權利。\n\n## 第九編 其他\n\n第一百五十九條 德國軍隊應予復員。\n';
  const ctx = textContext(text);
  assert.deepEqual(ctx.treaty.chapters.map((c) => c.name), ['第八编', '第九编']);
  const top = documentSymbols(ctx)[0].children ?? [];
  assert.deepEqual(top.map((x) => [x.name, x.detail]), [['第四部 第八编', '山東'], ['第九编', '其他']]);
});
