// First reads of real instruments of classes the corpus had few of (degree recognition agreements, a
// memorandum on the way to one, transfer of sentenced persons treaties, a maritime agreement, Security
// Council resolutions, joint statements with numbered points), as data: the text as a drafter pastes it,
// and the reading a reader gives. Each rule is about how Chinese treaty text is laid out or copied.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contextOf, textContext } from '../../server/src/features/context';
import { insertArticle } from '../../server/src/features/insertArticle';
import { WorkspaceIndex } from '../../server/src/index/workspace';
import { languageOf } from '../../server/src/syntax/foreign';

const read = (source: string) => textContext(source).treaty;

// An encyclopedia's entry as a web table's rows: `词条 | <title> |`, then `释义 | <the text as one line>`. The label's
// cell is no part of the title, and the cell mark no part of a name defined right after it.
test('unseen readings: a table row labelling the title and the text (词条 | … |, 释义 | …)', () => {
  const t = read('词条 | 中华人民共和国政府和甲国政府关于相互承认学历和学位证书的协定 |\n释义 | 中华人民共和国政府和甲国政府(下称“双方”),就相互承认学历和学位证书事宜达成协定如下: 第一条本协定确定相互承认学历和学位证书的程序。 第二条双方相互承认对方颁发的学位证书。 第三条本协定自签字之日起生效。\n');
  assert.equal(t.title?.text, '中华人民共和国政府和甲国政府关于相互承认学历和学位证书的协定');
  assert.equal(t.kind, '协定');
  assert.deepEqual(Object.fromEntries(t.definitions.map((d) => [d.term, d.meaning])), { 双方: '中华人民共和国政府和甲国政府' });
  assert.deepEqual(t.articles.map((a) => a.name), ['第一条', '第二条', '第三条']);
});
// A label's cell that names a kind itself, or a row whose next cell names none, is left as it is.
test('unseen readings: a row whose first cell names a kind is no label before a title', () => {
  const t = read('协定 | 中华人民共和国政府和甲国政府文化协定\n\n第一条 双方发展文化合作。\n\n第二条 本协定自签字之日起生效。\n');
  assert.notEqual(t.title?.text, '中华人民共和国政府和甲国政府文化协定');
});

// A converter's `?` for a character it lost (an ideographic or a non-breaking space) after the colon closing the
// preamble, before the first article glued into the line: white space, and the article is read.
test('unseen readings: the first article after `:?` (a lost character) in a one-line text', () => {
  const t = read('甲国政府和乙国政府本着促进两国在教育领域交流与合作的愿望,就相互承认学历、学位证书事宜达成以下协议:? 第一條:甲方承认乙方颁发的高中毕业证书。第二條:乙方承认甲方颁发的高中毕业证书。第三條:本协议自签字之日起生效。\n');
  assert.deepEqual(t.articles.map((a) => a.name), ['第一条', '第二条', '第三条']);
});
// A `?` that follows no sentence end is a question mark or a lost character inside the sentence: no article starts after it.
test('unseen readings: `?` inside a sentence starts no article', () => {
  const t = read('# 甲乙协定\n\n第一条 双方依照?第二条规定合作。\n\n第二条 本协定自签字之日起生效。\n');
  assert.deepEqual(t.articles.map((a) => a.name), ['第一条', '第二条']);
});

// A short name for an instrument named in 《》 after the verb concluding it (`以签署《…的协议》（以下简称“协议”）`):
// the title stands for it, not the verb.
test('unseen readings: a name for a title in 《》 after 签署 is the title', () => {
  const t = read('甲国教育部与乙国教育部关于签署协议工作的谅解备忘录\n\n甲国教育部与乙国教育部(以下简称“双方”)愿意以签署《甲国政府与乙国政府关于相互承认学历、学位证书的协议》(以下简称“协议”)为最终目标达成以下谅解:\n  一、双方互派专家组。\n  二、双方将对协议草案进行修订。\n  此谅解备忘录于二○○六年五月十九日在墨西哥城签署,一式两份,用中、西文写成,两种文本具有同等效力。\n');
  const terms = Object.fromEntries(t.definitions.map((d) => [d.term, d.meaning]));
  assert.equal(terms['协议'], '《甲国政府与乙国政府关于相互承认学历、学位证书的协议》');
  assert.equal(terms['双方'], '甲国教育部与乙国教育部');
});

// `用中、西文写成`: the first language's 文 is the last one's, shared (中文 and 西文, Spanish).
test('unseen readings: languages sharing the last one\'s 文 (中、西文; 中、英文)', () => {
  const clause = (langs: string) => read(`# 甲国和乙国文化协定\n\n第一条 双方发展文化合作。\n\n第二条 本协定自签字之日起生效。\n\n本协定于二○○六年五月十九日在北京签署,一式两份,用${langs}写成,两种文本具有同等效力。\n`).signing;
  assert.deepEqual(clause('中、西文')?.languages, ['中文', '西文']);
  assert.deepEqual(clause('中、西文')?.languageCodes, ['zh', 'es']);
  assert.deepEqual(clause('中、英文')?.languages, ['中文', '英文']);
  assert.deepEqual(clause('中文和英文')?.languages, ['中文', '英文']);
});

// A site's banner or a photo's credit right above a whole title that opens with a state's name: the banner does not
// break off at a joining word, and no title goes on with a state's name after a word that joins none.
test('unseen readings: a site banner above a title opening with a state\'s name is no part of it', () => {
  const t = read('法搜网--中国法律信息搜索网\n中华人民共和国教育部与墨西哥合众国公共教育部关于签署协议工作的谅解备忘录\n\n中华人民共和国教育部与墨西哥合众国公共教育部(以下简称“双方”)达成以下谅解:\n  一、双方互派专家组。\n  二、双方修订协议草案。\n');
  assert.equal(t.title?.text, '中华人民共和国教育部与墨西哥合众国公共教育部关于签署协议工作的谅解备忘录');
  const credit = read('新華社記者 丁林攝\n中華人民共和國和蒙古國關於建立戰略伙伴關係的聯合聲明\n一、應中華人民共和國國務院總理的邀請,蒙古國總理對中國進行了正式訪問。\n二、訪問期間,雙方舉行了會談。\n');
  assert.equal(credit.title?.text, '中華人民共和國和蒙古國關於建立戰略伙伴關係的聯合聲明');
});
// A title broken after a joining word goes on with the next line, a state's name opening it or not.
test('unseen readings: a title broken after 和 still joins the line opening with a state\'s name', () => {
  const t = read('中华人民共和国政府和\n日本国政府文化交流协定\n\n第一条 双方发展文化合作。\n\n第二条 本协定自签字之日起生效。\n');
  assert.equal(t.title?.text, '中华人民共和国政府和日本国政府文化交流协定');
});

// A news photo's caption (a sentence, over a title's length once a converter's pinyin is counted) above the title:
// the pinyin is no part of the line's words, so the caption is a line of text naming the kind inside and the title
// line below it is the title.
test('unseen readings: a caption glossed with pinyin above a joint statement\'s title', () => {
  const t = read('6月16日,中國國務(wù)院總理溫家寶在北京人民大會堂與蒙古國總理巴特包勒德舉行會談。這是會談后,兩國總理簽署關(guān)于兩國建立戰(zhàn)略伙伴關(guān)系的聯(lián)合聲明。新華社記者 丁林?jǐn)z\n中華人民共和國和蒙古國關(guān)于建立戰(zhàn)略伙伴關(guān)系的聯(lián)合聲明\n一、應(yīng)中華人民共和國國務(wù)院總理溫家寶的邀請,蒙古國總理對中國進行了正式訪問。\n二、訪問期間,雙方舉行了會談。\n三、雙方一致認(rèn)為,中蒙是友好鄰邦。\n');
  assert.equal(t.title?.text, '中華人民共和國和蒙古國關(guān)于建立戰(zhàn)略伙伴關(guān)系的聯(lián)合聲明');
  assert.equal(t.kind, '联合声明');
  assert.ok(t.isTreaty);
  assert.deepEqual(t.articles.map((a) => a.name), ['一、', '二、', '三、']);
});

// Inserting an article into a text pasted as one line whose headings are glued after sentence ends and out of order (a
// drafter swapped two): the new heading breaks the line, and the glued headings after it are read by a new sequence
// (第一条 after 第六条 no longer read, 第八条 and 第九条 now read). The edit would change what the text says: refused.
test('unseen readings: an insertion that would make glued headings read otherwise is refused', () => {
  const text = '词条 | 甲国政府和乙国政府关于相互承认学位证书的协定 |\n释义 | 甲国政府和乙国政府(下称“双方”)达成协定如下: 第七条本协定所规定的承认不免除其他要求。 \n\n第二条甲方承认乙方的证书。 第三条乙方承认甲方的证书。 第四条双方承认学位证书。 第五条双方相互承认学位证书。 第六条证书经认证后得到承认。 第一条本协定确定承认证书的程序。 \n\n第八条双方提供证书的范本。 第九条双方将就实施本协定进行协商\n';
  const index = new WorkspaceIndex();
  index.set('file:///a.md', text, 1, 'markdown');
  const snapshot = index.get('file:///a.md')!;
  const t = index.model(snapshot);
  assert.deepEqual(t.articles.map((a) => a.name), ['第二条', '第三条', '第四条', '第五条', '第六条', '第一条']);
  const at = t.articles.find((a) => a.name === '第五条')!.head.start;
  const r = insertArticle(contextOf(index, snapshot), at, 'sub');
  assert.equal(r.edit, undefined);
  assert.match(r.result.message ?? '', /6条变为8条/);
  // In the same text with each heading on a line of its own, the article is inserted.
  const lined = '# 甲国政府和乙国政府关于相互承认学位证书的协定\n\n第一条 本协定确定承认证书的程序。\n\n第二条 甲方承认乙方的证书。\n\n第三条 乙方承认甲方的证书。\n';
  index.set('file:///b.md', lined, 1, 'markdown');
  const b = index.get('file:///b.md')!;
  const ok = insertArticle(contextOf(index, b), index.model(b).articles[1].head.start, 'sub');
  assert.ok(ok.edit, ok.result.message);
});

// A page mostly in English with some Chinese (a bilingual database page the store cut, the China–ASEAN framework
// agreement's) is read as English; a code block quoting a Chinese treaty's article (`第一条`) says nothing of the
// text's language, as its characters do not: the page stays English with the block, as it is without it.
test('unseen readings: a Chinese heading inside a code block does not make an English page Chinese', () => {
  const page = 'Framework Agreement on Comprehensive Economic Co-operation [Effective]\n中华人民共和国与东南亚国家联盟全面经济合作框架协议\n\nPreamble 序言\nWe, the Heads of Government of the Parties, recalling our decision made at the Summit held on 6 November 2001 regarding a Framework on Economic Co-operation and to establish a Free Trade Area within ten years with special and differential treatment:\n';
  assert.equal(languageOf(page), 'en');
  const quoted = '```\n第一条 双方发展合作。\n```\n\n';
  assert.equal(languageOf(quoted + page), 'en');
  assert.equal(languageOf(page + '\n' + quoted), 'en');
  // Outside a block, a Chinese article heading still makes a short mixed text Chinese.
  assert.equal(languageOf(page + '\n第一条 双方发展合作。\n'), 'zh');
});

// Captions of seventeen to twenty characters, as investment and maritime agreements write them, are captions: the
// article's text starts on the next line (the outline showed `经营权…的待遇缔约双方遵守并…`, caption and text run together).
test('unseen readings: captions up to twenty characters (经营权、国内运输和船舶在港口的待遇)', () => {
  const t = read('# 甲国政府和乙国政府海运协定\n\n第一条 定义\n在本协定中,“船舶”系指商船。\n第二条 经营权、国内运输和船舶在港口的待遇\n缔约双方遵守并执行本协定的规定。\n第三条 缔约一方与缔约另一方投资者之间争议的解决\n双方协商解决争议。\n');
  assert.deepEqual(t.articles.map((a) => a.caption), ['定义', '经营权、国内运输和船舶在港口的待遇', '缔约一方与缔约另一方投资者之间争议的解决']);
  assert.deepEqual(t.articles.map((a) => a.paragraphs.length), [1, 1, 1]);
});
// A line broken after 、 goes on on the next (a list inside a sentence), and a phrase glued to its label past sixteen
// characters is the article's text: neither is a caption.
test('unseen readings: a phrase ending with 、, or glued to its label past sixteen characters, is no caption', () => {
  const t = read('# 甲市机构设置条例\n\n  第一条国务院行政机构根据职能分为国务院办公厅、\n国务院组成部门和国务院直属机构。\n\n  第二条 本条例自发布之日起施行。\n');
  assert.equal(t.articles[0].caption, undefined);
  const spaced = read('# 甲市机构设置条例\n\n第一条 国务院行政机构分为办公厅、组成部门、\n直属机构和办事机构。\n\n第二条 本条例自发布之日起施行。\n');
  assert.equal(spaced.articles[0].caption, undefined);
  const glued = read('# 甲乙协定\n\n第一条缔约双方依照本国法律促进两国投资合作\n第二条本协定自签字之日起生效。\n');
  assert.equal(glued.articles[0].caption, undefined);
});
