// Hover, reference by reference: the whole markdown and the range, for every kind of target
// (an article of this document or another, a paragraph, an instrument with every fact, a term,
// each kind of missing target). Expected answers written by reading hover.ts and the texts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hover } from '../../server/src/features/hover';
import { contextOf } from '../../server/src/features/context';
import { WorkspaceIndex } from '../../server/src/index/workspace';
import { ROOT, fixture } from '../support/fixture';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const T = '中华人民共和国和哈萨克斯坦共和国睦邻友好合作条约';
const CITED = `%! a.md
# ${T}

中华人民共和国和哈萨克斯坦共和国（以下简称“缔约双方”）达成协议如下：

## 第一条　宗旨

缔约双方发展**友好**关系<sup>1</sup>。

---

## 第二条

本条约自签字之日起生效。

本条约于2002年12月23日在北京签署，一式两份，每份均用中文和俄文写成，两种文本同等作准。
`;

const DRAFT = `# 测试议定书

缔约双方根据2001年1月1日签署的《${T}》和《不存在的条约》，达成协议如下：

## 第一条　范围

一、本议定书所称“边境”指两国边境地区。

二、依照《${T}》第一条，缔约双方在边境合作。

## 第二条

依照第一条第二款、第一条第三款、第五条、《${T}》第九条的规定，双方合作。本条不影响第一条。
`;

/** The hover at the cursor (the ‸ in the main file) as `line:char-line:char⟦covered text⟧` and its markdown. */
function hoverAt(source: string): string | null {
  const f = fixture(source);
  const index = new WorkspaceIndex();
  for (const file of f.files) index.set(file.uri, file.text, 1, 'markdown');
  const ctx = contextOf(index, index.get(f.main.uri)!);
  const h = hover(ctx, f.main.cursor!);
  if (!h) return null;
  const r = h.range!;
  const text = f.main.text.slice(ctx.lines.offsetAt(r.start), ctx.lines.offsetAt(r.end));
  return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}⟦${text}⟧ ${(h.contents as { kind: string; value: string }).kind}\n${(h.contents as { value: string }).value}`;
}

const at = (find: string, plus = 1) => `${CITED}%! test.md\n${DRAFT.replace(find, find.slice(0, plus) + '‸' + find.slice(plus))}`;

test('an instrument cited: title, kind, date and place, parties, languages, entry into force, articles, the date cited that differs, the file', () => {
  assert.equal(hoverAt(at(`《${T}》和`, 2)), `2:18-2:44⟦《${T}》⟧ markdown
**${T}**

- 种类：条约
- 日期：2002年12月23日，北京
- 缔约方：中华人民共和国、哈萨克斯坦共和国
- 语文：中文、俄文
- 生效：本条约自签字之日起生效。
- 条数：2
- ⚠ 引用日期 2001年1月1日 与该文件的日期不符

*a\\.md*`);
});

test('an instrument not in the workspace: the title as cited, the kind its title names, no copy (and no other place citing it)', () => {
  assert.equal(hoverAt(at('《不存在的条约》', 2)), '2:45-2:53⟦《不存在的条约》⟧ markdown\n**《不存在的条约》**\n\n- 种类：条约\n- 工作区中没有该文书的文本');
});

test('an instrument not in the workspace, cited elsewhere with another date: each place with the date it is cited with (this text, then the others)', () => {
  const other = `%! b.md\n# 关于边境口岸的议定书\n\n缔约双方根据2003年5月1日签署的《不存在的条约》，达成协议如下：\n\n## 第一条\n\n双方开放口岸。\n`;
  const main = DRAFT.replace('，达成协议如下', '，达成协议如下（另见2002年3月4日《不存在的条约》）').replace('《不存在的条约》', '《不存‸在的条约》');
  assert.equal(
    hoverAt(`${CITED}${other}%! test.md\n${main}`),
    `2:45-2:53⟦《不存在的条约》⟧ markdown
**《不存在的条约》**

- 种类：条约
- 工作区中没有该文书的文本

其他引用之处：
- 本文件第3行（日期：2002年3月4日）
- b\\.md 第3行（日期：2003年5月1日）`,
  );
});

// Real texts: the 1991 China–USSR and the China–Bahrain air agreements cite the Chicago Convention, opened for
// signature 一九四四年十二月七日, which the workspace has no copy of; the China–Brunei one (a converter's pinyin in its
// date, `十二(èr)月`) cites it with no date read.
test('an instrument not in the workspace (real: the Chicago Convention in three air agreements): its kind, the date as cited, every other place citing it', () => {
  const real = (f: string) => readFileSync(join(ROOT, 'test/fixtures/real', f), 'utf8');
  const files = ['agreement_cn_su_air_1991_infoeach.md', 'agreement_cn_bh_air_page.md', 'agreement_cn_bn_air_pinyin_page.md'];
  const index = new WorkspaceIndex();
  for (const f of files) index.set(`file:///w/${f}`, real(f), 1, 'markdown');
  const ctx = contextOf(index, index.get(`file:///w/${files[0]}`)!);
  const text = real(files[0]);
  // The definition in article 1, line 26: `(三)“公约”,指一九四四年十二月七日在芝加哥开放签字的《国际民用航空公约》`.
  const h = hover(ctx, text.indexOf('《国际民用航空公约》', text.indexOf('(三)')) + 1);
  assert.equal(
    (h!.contents as { value: string }).value,
    `**《国际民用航空公约》**

- 种类：公约
- 引用日期：1944年12月7日
- 工作区中没有该文书的文本

其他引用之处：
- 本文件第18行（日期：1944年12月7日）
- agreement\\_cn\\_bh\\_air\\_page\\.md 第8行（日期：1944年12月7日）
- agreement\\_cn\\_bn\\_air\\_pinyin\\_page\\.md 第20行`,
  );
});

test('an article of another instrument: its title and name, caption, the text without markup, the file', () => {
  assert.equal(hoverAt(at('第一条，缔约双方')), `8:4-8:33⟦《${T}》第一条⟧ markdown\n**${T} 第一条** 宗旨\n\n缔约双方发展友好关系。\n\n*a\\.md*`);
});

test('a paragraph of this document: the article’s name and caption, the paragraph’s text; a whole article: its text after the heading', () => {
  assert.equal(hoverAt(at('第一条第二款')), `12:2-12:8⟦第一条第二款⟧ markdown\n**第一条** 范围\n\n二、依照《${T}》第一条，缔约双方在边境合作。`);
  assert.equal(hoverAt(at('第一条。')), `12:63-12:66⟦第一条⟧ markdown\n**第一条** 范围\n\n一、本议定书所称“边境”指两国边境地区。\n\n二、依照《${T}》第一条，缔约双方在边境合作。`);
});

test('what is missing: a paragraph, an article of this document, an article of another', () => {
  assert.equal(hoverAt(at('第一条第三款')), '12:9-12:15⟦第一条第三款⟧ markdown\n第一条没有该款');
  assert.equal(hoverAt(at('第五条')), '12:16-12:19⟦第五条⟧ markdown\n本议定书没有第五条（共2条：第一条至第二条）');
  assert.equal(hoverAt(at('第九条')), `12:20-12:49⟦《${T}》第九条⟧ markdown\n${T}没有第九条`);
});

test('an article past the end of a copy that may be cut, or missing from an excerpt: said so, not called missing', () => {
  const copy = (title: string, last: string) => `%! copy.md\n# ${title}\n\n第一章 总则\n\n第一条 甲。\n\n第二条 ${last}\n%! test.md\n# 测试安排\n\n## 第一条\n\n依照《中华人民共和国香港特别行政区基本法》第九‸十五条办理。\n`;
  const L = '中华人民共和国香港特别行政区基本法';
  assert.deepEqual(
    [hoverAt(copy(L, '乙。')), hoverAt(copy(`${L}（节录）`, '乙。')), hoverAt(copy(L, '本法自1997年7月1日起实施。'))],
    [
      `4:2-4:26⟦《${L}》第九十五条⟧ markdown\n工作区中的${L}只到第2条，未见签署、生效或施行条款，或许不全：第九十五条或许存在`,
      `4:2-4:26⟦《${L}》第九十五条⟧ markdown\n工作区中的${L}是节录本，没有第九十五条：全文或许有`,
      `4:2-4:26⟦《${L}》第九十五条⟧ markdown\n${L}没有第九十五条`,
    ],
  );
});

test('a defined term: what it stands for; plain text: no hover', () => {
  assert.equal(hoverAt(at('边境合作')), '8:39-8:41⟦边境⟧ markdown\n**“边境”** 指 两国边境地区');
  assert.equal(hoverAt(at('双方合作')), null);
});

test('a long article is cut at a full stop past half the limit, or at the limit', () => {
  const sentence = '缔约双方在边境地区开展经济、文化和人员往来方面的合作。'; // 27 characters
  const long = sentence.repeat(30);
  const text = `# 甲乙协定\n\n## 第一条\n\n${long}\n\n## 第二条\n\n依照第‸一条。\n`;
  const cut = sentence.repeat(22); // 594 characters: the last full stop before 600
  assert.equal(hoverAt(text), `8:2-8:5⟦第一条⟧ markdown\n**第一条**\n\n${cut} ……`);
  const noStop = '甲'.repeat(700);
  assert.equal(hoverAt(`# 甲乙协定\n\n## 第一条\n\n${noStop}\n\n## 第二条\n\n依照第‸一条。\n`), `8:2-8:5⟦第一条⟧ markdown\n**第一条**\n\n${'甲'.repeat(600)} ……`);
});

test('an instrument with few facts: only those it has; a citation dated right: no warning', () => {
  const other = '%! b.md\n# 甲国和乙国合作文件\n\n## 第一条\n\n双方合作。\n';
  assert.equal(hoverAt(`${other}%! test.md\n# 测试\n\n依照《甲国和‸乙国合作文件》。\n`), '2:2-2:13⟦《甲国和乙国合作文件》⟧ markdown\n**甲国和乙国合作文件**\n\n- 缔约方：甲国、乙国\n- 条数：1\n\n*b\\.md*');
  const hovered = hoverAt(`${CITED}%! test.md\n# 测试\n\n依照2002年12月23日签署的《中华‸人民共和国和哈萨克斯坦共和国睦邻友好合作条约》。\n`);
  assert.ok(hovered && !hovered.includes('⚠') && hovered.includes('- 条数：2\n\n*a\\.md*'), hovered ?? 'no hover');
});

test('markup in an article’s text: footnote marks of any length, thematic breaks (indented, with spaces after, not those with text after), spaces before a line break, runs of blank lines', () => {
  const other = `%! b.md\n# 甲国和乙国合作协定\n\n## 第一条\n\n甲国和乙国开展合作<sup>12</sup>。  \n---\n乙国提供协助。\n  ***  \n--- 附件一\n丙国可以参加。\n\n\n\n双方合作。\n`;
  assert.equal(
    hoverAt(`${other}%! test.md\n# 测试\n\n依照《甲国和乙国合作协定》第‸一条。\n`),
    '2:2-2:16⟦《甲国和乙国合作协定》第一条⟧ markdown\n**甲国和乙国合作协定 第一条**\n\n甲国和乙国开展合作。\n\n乙国提供协助。\n\n\\-\\-\\- 附件一\n丙国可以参加。\n\n双方合作。\n\n*b\\.md*',
  );
});

test('the cut of a long article: exactly 600 characters shown whole; a full stop at exactly half the limit is not a place to cut', () => {
  const ask = (body: string) => hoverAt(`# 甲乙协定\n\n## 第一条\n\n${body}\n\n## 第二条\n\n依照第‸一条。\n`);
  assert.equal(ask('甲'.repeat(600)), `8:2-8:5⟦第一条⟧ markdown\n**第一条**\n\n${'甲'.repeat(600)}`);
  assert.equal(ask(`${'甲'.repeat(300)}。${'乙'.repeat(400)}`), `8:2-8:5⟦第一条⟧ markdown\n**第一条**\n\n${'甲'.repeat(300)}。${'乙'.repeat(299)} ……`);
});

test('an instrument without parties or articles, signed on a date at no place: the date alone; a missing item', () => {
  const charter = '%! c.md\n# 联合国宪章\n\n我联合国人民同兹决心，欲免后世再遭今代人类两度身历惨不堪言之战祸。\n\n本宪章于1945年6月26日签署。\n';
  assert.equal(hoverAt(`${charter}%! test.md\n# 测试\n\n依照《联合‸国宪章》。\n`), '2:2-2:9⟦《联合国宪章》⟧ markdown\n**联合国宪章**\n\n- 种类：宪章\n- 日期：1945年6月26日\n\n*c\\.md*');
  const items = '# 甲乙协定\n\n## 第一条\n\n一、双方在下列领域合作：\n\n（一）经济；\n\n（二）文化。\n\n## 第二条\n\n第一条第一款第（三）项‸所列领域除外。\n';
  assert.equal(hoverAt(items), '12:0-12:11⟦第一条第一款第（三）项⟧ markdown\n第一条没有该项');
});

// A law writes its articles `第三十条　正文`: the heading line holds the first paragraph (found on
// 中华人民共和国引渡法, test/fixtures/real/law_extradition.md: 前款 at line 158 showed `**第三十条**` and
// nothing, 本法第三十八条 the same, 本法第三十条 its text from the second paragraph on).
const LAW = `# 甲法

第一条　为了规范合作，制定本法。

第二条　合作依照本法进行。

前款规定不适用于紧急情况。

合作不得损害国家利益。

第三条　本法第一条、第二条和前条第二款另有规定的除外。

第四条　前两条规定的事项由国务院决定。
`;

test('an article written law style, its first paragraph on the heading line: the article’s text from after its label, a first paragraph its own words', () => {
  const at = (find: string, plus = 1) => hoverAt(LAW.replace(find, find.slice(0, plus) + '‸' + find.slice(plus)));
  assert.equal(at('本法第一条', 3), '10:4-10:9⟦本法第一条⟧ markdown\n**第一条**\n\n为了规范合作，制定本法。');
  assert.equal(at('第二条和', 1), '10:10-10:13⟦第二条⟧ markdown\n**第二条**\n\n合作依照本法进行。\n\n前款规定不适用于紧急情况。\n\n合作不得损害国家利益。');
  assert.equal(at('前款规定', 1), '6:0-6:2⟦前款⟧ markdown\n**第二条**\n\n合作依照本法进行。');
  assert.equal(at('前条第二款', 1), '10:14-10:19⟦前条第二款⟧ markdown\n**第二条**\n\n前款规定不适用于紧急情况。');
  assert.equal(at('前两条', 1), '12:4-12:7⟦前两条⟧ markdown\n**第二条**\n\n合作依照本法进行。\n\n前款规定不适用于紧急情况。\n\n合作不得损害国家利益。\n\n**第三条**\n\n本法第一条、第二条和前条第二款另有规定的除外。');
});

// A point's text is on its label's line (`二、中方负责…`): a reference to it showed the label and nothing (session 40's
// review, 本备忘录第二点 in memorandum_cn_sg_officials_2003.md).
test('a reference to a point of a memorandum: the point’s text from after its label', () => {
  const memo = '# 甲国外交部和乙国外交部谅解备忘录\n\n甲国外交部和乙国外交部（以下简称“双方”）达成谅解如下：\n\n一、双方开展合作。\n\n二、双方交换信息。\n\n三、双方依照本谅解备忘录第一点‸交换信息。\n';
  assert.equal(hoverAt(memo), '8:6-8:15⟦本谅解备忘录第一点⟧ markdown\n**一、**\n\n双方开展合作。');
});

// Hover at a term's own definition shows it as at a use (there was none: session 39's review).
test('a defined term at its definition: the term and what it stands for, as at a use; the clause around it nothing', () => {
  const text = '# 甲国和乙国合作协定\n\n甲国和乙国（以下简称“双‸方”）达成协议如下：\n\n## 第一条\n\n双方合作。\n';
  assert.equal(hoverAt(text), '2:11-2:13⟦双方⟧ markdown\n**“双方”** 指 甲国和乙国');
  assert.equal(hoverAt(text.replace('双‸方', '双方').replace('达成', '达‸成')), null);
});
