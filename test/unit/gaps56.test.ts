// Real-text gaps session 55 left (docs/variants.md, "Read in session 55"; test/fixtures/real known-failures.json), read by
// rules in session 56 (s56features). Each rule is about how Chinese treaty and law text is written or copied, shown on
// fixture strings of representative words with what a careful reader reads in them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTreaty } from '../../server/src/model/treaty';
import { textContext } from '../../server/src/features/context';
import { referencesOf } from '../../server/src/model/references';
import { compareVersions, splitArticles, splitsOf } from '../../server/src/features/compare';
import { amendmentClauses } from '../../server/src/features/amend';
import { documentSymbols } from '../../server/src/features/documentSymbols';

// 1. A history page's headline about an instrument (the 1898 Convention for the Extension of Hong Kong Territory on a history
// site, test/fixtures/real/convention_gb_qing_hongkong_extension_1898_pinyin_hant.md: `展拓香港界址專條的主要內容 條約原文內容介紹`
// over the page's date and lead, then the convention's name alone on its line): the name is the title, not the headline.
const HISTORY_PAGE = (headline: string, name: string) =>
  `当前位置:首页 > 历史 > 历史解密 > 正文\n\n${headline}\n\n2016-11-23 14:52:07  来源:常识网   热度:\n导语:${name} 《${name}》是在1898年6月9日由大清和英国在北京签订的一份条约。\n\n${name}\n\n` +
  `《${name}》是在1898年6月9日由大清和英国在北京签订的一份租借土地的条约。条约原存于外交部。\n\n主要内容\n\n专条的主要内容是:中国将九龙半岛的其余部分租与英国99年。\n\n条约原文\n\n一八九八年六月九日,光绪二十四年四月二十一日,北京。\n\n` +
  '溯查多年以来,素悉香港一处非展拓界址不足以资保卫,今中、英两国政府议定大略,按照粘附地图,展扩英界,作为新租之地。\n';

test('gaps 56: a page\'s headline naming an instrument then 的 and what the page says of it is no title; the name alone below is', () => {
  const title = (source: string) => buildTreaty(source).title?.text;
  assert.equal(title(HISTORY_PAGE('展拓香港界址专条的主要内容 条约原文内容介绍', '展拓香港界址专条')), '展拓香港界址专条');
  // Traditional script, another kind and another page's words after 的: the same.
  assert.equal(title(HISTORY_PAGE('中英天津條約的簽訂背景', '中英天津條約')), '中英天津條約');
  assert.equal(title(HISTORY_PAGE('甲乙两国边界协定的历史意义和影响', '甲乙两国边界协定')), '甲乙两国边界协定');
  // A headline ending with a kind is a title (an instrument's own name with 的 inside: `…公约的议定书`), a line below naming
  // the instrument it amends notwithstanding.
  assert.equal(title(HISTORY_PAGE('关于消耗臭氧层物质的维也纳公约的议定书', '关于消耗臭氧层物质的维也纳公约')), '关于消耗臭氧层物质的维也纳公约的议定书');
  // No line of the name alone below: the headline stays the title read, as before.
  assert.equal(title(HISTORY_PAGE('展拓香港界址专条的主要内容 条约原文内容介绍', '展拓香港界址专条').replace('\n\n展拓香港界址专条\n\n', '\n\n')), '展拓香港界址专条的主要内容条约原文内容介绍');
});

// 2. A chapter's name a line break cut after a joining word (监督法 2006 in LawRefBook/Laws: `## 第二章 听取和审议人民政府、人民法院和` /
// `` / `人民检察院的专项工作报告`, its 12 characters short enough for a sub-heading): session 55 read the name over both lines in the
// model; the parser read the second line as a section of the chapter, which the outline showed. One name, no section.
const CUT = (second: string) => `# 甲市监督条例\n\n## 第一章 总则\n\n第一条 为了保障监督工作，制定本条例。\n\n${second}\n\n第二条 常务委员会每年听取和审议专项工作报告。\n\n第三条 专项工作报告应当公开。\n\n## 第三章 附则\n\n第四条 本条例自公布之日起施行。\n`;
/** The outline under the title: each symbol's name and detail, a level deeper indented by two spaces. */
const outlineOf = (source: string): string[] => {
  const out: string[] = [];
  const walk = (symbols: ReturnType<typeof documentSymbols>, indent: string) => {
    for (const s of symbols) {
      out.push(`${indent}${s.name}${s.detail ? ` [${s.detail}]` : ''}`);
      walk(s.children ?? [], `${indent}  `);
    }
  };
  walk(documentSymbols(textContext(source))[0].children ?? [], '');
  return out;
};

test('gaps 56: a chapter\'s name cut by a line break after a joining word is no section of the chapter in the outline', () => {
  const cut = CUT('## 第二章 听取和审议人民政府、人民法院和\n\n人民检察院的专项工作报告');
  assert.deepEqual(buildTreaty(cut).chapters.map((c) => c.caption), ['总则', '听取和审议人民政府、人民法院和人民检察院的专项工作报告', '附则']);
  const chapter2 = ['第二章 [听取和审议人民政府、人民法院和人民检察院的专项工作报告]', '  第二条 [常务委员会每年听取和审议专项工作报告]', '  第三条 [专项工作报告应当公开]'];
  assert.deepEqual(outlineOf(cut).slice(2, 5), chapter2);
  // No blank line between, and other joining words (的, 、, 以及): the same.
  assert.deepEqual(outlineOf(CUT('## 第二章 听取和审议人民政府、人民法院和\n人民检察院的专项工作报告')).slice(2, 5), chapter2);
  assert.deepEqual(outlineOf(CUT('## 第二章 人民政府的\n专项工作报告')).slice(2, 3), ['第二章 [人民政府的专项工作报告]']);
  assert.deepEqual(outlineOf(CUT('## 第二章 人民政府以及\n人民法院的报告')).slice(2, 4), ['第二章 [人民政府以及人民法院的报告]', '  第二条 [常务委员会每年听取和审议专项工作报告]']);
  // A name ending as names do over a short line before the article: that line is a section of the chapter, as before.
  assert.deepEqual(outlineOf(CUT('## 第二章 专项工作报告\n\n一般规定')).slice(2, 5), ['第二章 [专项工作报告]', '  一般规定', '    第二条 [常务委员会每年听取和审议专项工作报告]']);
});

// 3. A table of amendments giving an old text unquoted after the lines' numbers (an ESCAP agreement's table on a treaty database,
// test/fixtures/real/amendment_escap_agreement_fsou_p4.md: `行:3—6如果准成员…加入本协定…接受本协定所规定的权利和义务。改为`, beside
// `删:“…”,改为` / `增:“…”`): the old text is the amended agreement's words, as the quoted ones are — its 本协定 is no self-reference
// of the table.
const TABLE = (oldText: string) => `条:16 非原协定签字方的加入\n行:12\n删:“本协定应开放给联合国亚洲及太平洋经济社会委员会成员加入。”,改为\n增:“经修正的协定应开放给联合国亚洲及太平洋经济社会委员会成员加入。”\n${oldText}\n增:“如果准成员加入经修正的协定,应提出一份文书。”\n`;
/** The self-references read (本协定), each as `text:certain` (`uncertain`: another instrument's words quoted). */
const selves = (source: string) => referencesOf(buildTreaty(source)).filter((r) => r.kind === 'self').map((r) => `${source.slice(r.start, r.end)}:${r.uncertain ? 'quoted' : 'own'}`);

test('gaps 56: a table of amendments\' old text given unquoted after 行: and the lines\' numbers, up to 改为, is quoted text', () => {
  const old = '行:3—6如果准成员加入本协定,则该准成员于加入本协定时,应接受本协定所规定的权利和义务。改为';
  assert.deepEqual(selves(TABLE(old)), ['本协定:quoted', '本协定:quoted', '本协定:quoted', '本协定:quoted']);
  // Lines numbered one by one, full-width colon and comma, a comma before 改为 and a colon after it: the same.
  assert.deepEqual(selves(TABLE(old.replace('行:3—6', '行：3，4').replace('义务。改为', '义务,改为：'))).slice(1), ['本协定:quoted', '本协定:quoted', '本协定:quoted']);
  // Not ending with 改为 (the old text deleted, its words going on), or no line numbers before the words: the table's own words.
  assert.deepEqual(selves(TABLE(old.replace('义务。改为', '义务。'))).slice(1), ['本协定:own', '本协定:own', '本协定:own']);
  assert.deepEqual(selves(TABLE(old.replace('行:3—6', ''))).slice(1), ['本协定:own', '本协定:own', '本协定:own']);
});

// 4. A page setting every line apart with a blank line (the 1980 China–US maritime agreement on a trade site,
// test/fixtures/real/agreement_cn_us_maritime_1980_tradesite_hant.md: `一、“船舶”是指…。` / `` / `“船舶”不應包括軍艦…。` / `` / `二、…`; so
// are the China–Mexico maritime agreement's and the 1963 China–Mongolia boundary treaty's pages): an unnumbered line between two
// numbered paragraphs goes on with the first — a text that numbers its paragraphs numbers them all.
const SPACED = (between: string, after = '') => `# 甲乙两国政府海运协定\n\n第一条\n\n在本协定中：\n\n一、“船舶”是指从事商业海运的任何商船。\n\n${between}二、“船员”是指在船上工作的人员。\n\n${after}第二条\n\n本协定自签字之日起生效。\n`;
/** Article 1's paragraphs, each as its lines' words. */
const paragraphsOf = (source: string) => buildTreaty(source).articles[0].paragraphs.map((p) => source.slice(p.start, p.end).trim().split(/\n+/).map((l) => l.slice(0, 6)));

test('gaps 56: an unnumbered line set apart between paragraphs 一、 and 二、 goes on with 一、', () => {
  assert.deepEqual(paragraphsOf(SPACED('“船舶”不应包括军舰。\n\n')), [['一、“船舶”', '“船舶”不应'], ['二、“船员”']]);
  // Two such lines, a comment between: both.
  assert.deepEqual(paragraphsOf(SPACED('“船舶”不应包括军舰。\n\n<!-- 注 -->\n\n渔船亦不包括在内。\n\n')), [['一、“船舶”', '“船舶”不应', '<!-- 注', '渔船亦不包括'], ['二、“船员”']]);
  // After the last numbered paragraph (a 款 of its own, as a law sets one apart), or before a label numbered otherwise (三、:
  // 二、 lost, or a list begun anew): a paragraph of its own, as before.
  assert.deepEqual(paragraphsOf(SPACED('', '前款规定不适用于渔船。\n\n')), [['一、“船舶”'], ['二、“船员”'], ['前款规定不适']]);
  assert.deepEqual(paragraphsOf(SPACED('“船舶”不应包括军舰。\n\n').replace('二、“船员”', '三、“船员”')), [['一、“船舶”'], ['“船舶”不应'], ['三、“船员”']]);
});

// 6. An article's paragraph made an article of its own (会计法 2024's 第四十九条 from 2017's 第八条第三款, gaps55.test 6c): the comparison
// reads the split once (compare.ts splitsOf: the map compareModels read, where the bigrams left the added article with no article
// it came from), and the writer's 单列一条 clause comes from that map — not from splitArticles run again over the same changes.
const SPLIT_OLD = '# 甲市会计条例\n\n第一条 国家实行统一的会计制度。\n\n国务院有关部门可以依照本条例制定会计制度的具体办法。\n\n军队实施国家统一的会计制度的具体办法，报财政部门备案。\n\n第二条 本条例自公布之日起施行。\n';
const SPLIT_NEW = SPLIT_OLD.replace('\n\n军队实施国家统一的会计制度的具体办法，报财政部门备案。\n\n第二条 ', '\n\n第二条 军队实施国家统一的会计制度的具体办法，报财政部门备案。\n\n第三条 ');

test('gaps 56: the comparison carries its articles split, read once, and the writer\'s 单列一条 clause is written from them', () => {
  const cmp = compareVersions(SPLIT_OLD, SPLIT_NEW);
  const splits = splitsOf(cmp);
  assert.equal(splitsOf(cmp), splits, 'read once');
  const named = (m: ReadonlyMap<{ name: string }, { at: number; added: { name: string }; same: boolean }>) => [...m].map(([old, x]) => [old.name, x.at, x.added.name, x.same]);
  assert.deepEqual(named(splits), [['第一条', 2, '第二条', true]]);
  assert.deepEqual(named(splitArticles(cmp.changes)), named(splits));
  assert.ok(amendmentClauses(cmp).clauses.some((c) => c.startsWith('将第一条第三款单列一条，作为第二条')), amendmentClauses(cmp).clauses.join(' / '));
  // A comparison built otherwise (the oracle's, a copy): its splits read from its changes, the same.
  assert.deepEqual(named(splitsOf({ ...cmp })), named(splits));
});
