// New texts of the real corpus (test/fixtures/real, docs/variants.md) read by rules in session 59 (s59unseenB: modern texts as
// drafters paste them from forums, contracts sites, law firms' and companies' news pages). Each rule is about how such pages are
// written or copied, shown on a fixture string with what a careful reader reads in it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textContext } from '../../server/src/features/context';
import { diagnostics } from '../../server/src/features/diagnostics';
import { parseTreaty } from '../../server/src/syntax/parser';
import { reparse } from '../../server/src/syntax/reparse';

const read = (source: string) => textContext(source).treaty;
const errorsAndWarnings = (source: string) => diagnostics(textContext(source)).filter((d) => d.severity === 1 || d.severity === 2).map((d) => d.code);

// A forum post copied with the forum software's scraper-jamming characters (test/fixtures/real/convention_untoc_2000_dalianlaw_forum.md):
// random tokens of one or two ASCII characters glued after the title, opening lines before their labels, closing lines after
// their sentences, one line opening `# ` (a markdown heading's mark).
const JAMMED = '联合国打击跨国有组织犯罪公约- A( L5 s\' r) G; o\n' +
  '      第一条   宗旨\n   本公约的宗旨是促进合作,以便更有效地预防和打击跨国有组织犯罪。. t$ K\' H9 `2 F: m: w5 j; U5 i\n' +
  '! G3 R: g\' i4 e# m   第二条   术语的使用\n' +
  '% M. k. O& N" |, d5 U    在本公约中:7 @3 K4 A; v" N  g4 i5 P! ?$ }4 a, v\n' +
  '    (一)“有组织犯罪集团”系指由三人或多人所组成的有组织结构的集团;\n' +
  '5 w: ^0 S% Q0 q% S! g9 y    (二)“严重犯罪”系指构成可受到最高刑至少四年的剥夺自由或更严厉处罚的犯罪的行为;0 H) w+ t( y+ L$ V  v; v. a! D$ B; S\n' +
  '# E5 Q4 L; O+ L0 u  l7 {& `# d    (三)“犯罪所得”系指直接或间接地通过犯罪而产生或获得的任何财产。\n';

/** Each line's content as the lexer reads it (its indentation, and what it takes for no part of it, left out). */
const contents = (source: string) => parseTreaty(source).lines.filter((l) => l.contentEnd > l.contentStart).map((l) => source.slice(l.contentStart, l.contentEnd));

test('known 59b: a forum\'s scraper-jamming characters opening or closing a line are no part of its content', () => {
  assert.deepEqual(contents(JAMMED), [
    '联合国打击跨国有组织犯罪公约', '第一条   宗旨', '本公约的宗旨是促进合作,以便更有效地预防和打击跨国有组织犯罪。', '第二条   术语的使用', '在本公约中:',
    '(一)“有组织犯罪集团”系指由三人或多人所组成的有组织结构的集团;', '(二)“严重犯罪”系指构成可受到最高刑至少四年的剥夺自由或更严厉处罚的犯罪的行为;',
    '(三)“犯罪所得”系指直接或间接地通过犯罪而产生或获得的任何财产。',
  ]);
  const t = read(JAMMED);
  assert.equal(t.title?.text, '联合国打击跨国有组织犯罪公约');
  assert.deepEqual(t.articles.map((a) => a.name), ['第一条', '第二条']);
  assert.deepEqual(t.articles[1].paragraphs.map((p) => p.items.length), [3]);
  assert.deepEqual(t.definitions.map((d) => [d.term, d.meaning]), [
    ['有组织犯罪集团', '由三人或多人所组成的有组织结构的集团'],
    ['严重犯罪', '构成可受到最高刑至少四年的剥夺自由或更严厉处罚的犯罪的行为'],
    ['犯罪所得', '直接或间接地通过犯罪而产生或获得的任何财产'],
  ]);
  // (Read with them, 第二条 was a reference to an article not there and the items numbered with gaps: three false diagnostics.)
  assert.deepEqual(errorsAndWarnings(JAMMED), []);
  // An edit beside them re-parses to what a full parse reads.
  const at = JAMMED.indexOf('第二条');
  const tree = reparse(parseTreaty(JAMMED), [{ start: at, end: at, text: ' ' }]);
  assert.deepStrictEqual(tree, parseTreaty(tree.text));
});

test('known 59b: a formula, an abbreviation or a list of numbers in ASCII at a line\'s end or start stays its content', () => {
  const ARTICLE = '甲乙两国协定\n第一条\n';
  for (const line of ['应纳税额的计算公式为 x = a + b * 2', '本协定所称美国指 U. S. A. and its territories', '下列年度适用本条: 1 2 3 4 5 6 7', '! 1 2 3 4 5 6 双方同意。']) {
    assert.deepEqual(contents(ARTICLE + line + '\n'), ['甲乙两国协定', '第一条', line]);
  }
});

// A contracts site's heading over the page: the caption of the clause it was found by, naming the text by its self-word
// (test/fixtures/real/protocol_cn_asean_goods_trade_second_lawinsider.md).
const CAPTIONED = '对本议定书附录“签证操作程序”和“原产地证书(Form E)”的修正\n' +
  '《中华人民共和国政府与东南亚国家联盟成员国政府全面经济合作框架协议货物贸易协议》第二议定书\n' +
  '中华人民共和国(以下简称“中国”)政府与东南亚国家联盟成员国政府(以下简称缔约方);\n达成协议如下:\n' +
  '第一条\n对《货物贸易协议》附件3的修正\n通过替换下列文本对《货物贸易协议》附件3加以修正。\n第二条\n本议定书自签字之日起生效。\n';

test('known 59b: a line naming the text by its self-word is no title; a title right under it is', () => {
  const t = read(CAPTIONED);
  assert.equal(t.title?.text, '《中华人民共和国政府与东南亚国家联盟成员国政府全面经济合作框架协议货物贸易协议》第二议定书');
  assert.equal(t.kind, '议定书');
  assert.equal(t.definitions.find((d) => d.term === '中国')?.meaning, '中华人民共和国');
  // A self-word in a database's bracketed remark after the title is the remark's (pageTitleEnd), and 日本 holds no 本协定.
  assert.equal(read('海峡两岸经济合作框架协议(本协议尚待完成相关程序后生效)\n第一条\n双方同意。\n第二条\n本协议自签署之日起生效。\n').title?.text, '海峡两岸经济合作框架协议');
  assert.equal(read('中华人民共和国和日本国和平友好条约\n第一条\n双方同意。\n第二条\n本条约自签字之日起生效。\n').title?.text, '中华人民共和国和日本国和平友好条约');
});

// A company site's news page of a joint statement (test/fixtures/real/statement_cn_ps_strategic_partnership_2023_lzkjedu.md):
// the headline with `(全文)`, the page's fields, the title again, the visit, point 一、 of two paragraphs, cut in the second.
const STATEMENT = '中华人民共和国和巴勒斯坦国关于建立战略伙伴关系的联合声明(全文)\n\n作者: 时间:2023-06-15 08:35:13 点击:3869\n\n' +
  '  中华人民共和国和巴勒斯坦国关于建立战略伙伴关系的联合声明\n\n  应中华人民共和国主席习近平邀请,巴勒斯坦国总统于2023年6月13日至16日对中国进行国事访问。\n\n' +
  '  一、双方将继续在涉及彼此核心利益和重大关切问题上坚定相互支持。\n\n  中方坚定支持巴勒斯坦人民恢复民族合法权利的正义事业;支持\n';

test('known 59b: a bracketed whole-text remark after a title is the site\'s', () => {
  assert.equal(read(STATEMENT).title?.text, '中华人民共和国和巴勒斯坦国关于建立战略伙伴关系的联合声明');
  assert.equal(read('中美第一阶段经贸协议(全文)\n第一条\n双方同意。\n第二条\n本协议自签署之日起生效。\n').title?.text, '中美第一阶段经贸协议');
});

test('known 59b: a lone point 一、 in a text the copy cuts after it is its point', () => {
  assert.deepEqual(read(STATEMENT).articles.map((a) => [a.name, a.paragraphs.length]), [['一、', 2]]);
  // A text that ends with a sentence, a note's bare head `一 `, a date and place closing the text: no point read, as before.
  assert.deepEqual(read(STATEMENT.replace(';支持\n', '。\n')).articles.map((a) => a.name), []);
  assert.deepEqual(read(STATEMENT.replace('  一、', '  一 ')).articles.map((a) => a.name), []);
  assert.deepEqual(read(STATEMENT.replace(';支持\n', '。\n  二○二三年六月十四日於北京\n')).articles.map((a) => a.name), []);
});

// A legal Q&A site's copy of a treaty's first articles (test/fixtures/real/treaty_cn_ca_criminal_assistance_110ask.md): `序` over
// the preamble, a CMS's section marker glued before the chapter heading, the site's word count after the last article.
const MARKED = '序\n中华人民共和国和加拿大(以下简称“双方”),为加强两国在刑事司法协助领域的密切合作,决定缔结本条约。\n为此目的,双方议定下列各条:\n' +
  '[章节]第一章总则\n第一条刑事司法协助\n一、双方应根据本条约的规定,相互提供刑事司法协助。\n二、司法协助系指被请求方所提供的任何协助。\n' +
  '第二条语言\n协助请求书应用请求方的文字书写。\n全文693个字,\n';

test('known 59b: a site\'s bracketed section marker glued before a chapter heading is no part of it', () => {
  const t = read(MARKED);
  assert.deepEqual(t.chapters.map((c) => [c.name, c.caption]), [['第一章', '总则']]);
  assert.deepEqual(t.articles.map((a) => a.chapter?.name), ['第一章', '第一章']);
  // A database's field label before a heading's words stays the field's line (a manual's index path: no chapter, no part).
  const FIELD = '一、条约\n【主题索引】第七编 条约契据类 > 第六章 外交协议文书 > 一、条约\n甲乙两国友好条约\n第一条\n双方友好。\n第二条\n本条约自签字之日起生效。\n';
  assert.deepEqual(read(FIELD).chapters.map((c) => c.name), []);
});

test('known 59b: `序` alone over the preamble is its heading, no word of its first sentence', () => {
  assert.equal(read(MARKED).definitions.find((d) => d.term === '双方')?.meaning, '中华人民共和国和加拿大');
  assert.equal(read(MARKED.replace('序\n', '序言\n')).definitions.find((d) => d.term === '双方')?.meaning, '中华人民共和国和加拿大');
});

test('known 59b: a site\'s word count after the last article is no paragraph of it', () => {
  assert.deepEqual(read(MARKED).articles.map((a) => a.paragraphs.length), [2, 1]);
  assert.deepEqual(read(MARKED.replace('全文693个字,\n', '本文共1024字\n')).articles.map((a) => a.paragraphs.length), [2, 1]);
  // A sentence counting characters is the article's (a rule on names' length): its paragraph still.
  assert.deepEqual(read(MARKED.replace('全文693个字,\n', '译文全文不得超过3000个字。\n')).articles.map((a) => a.paragraphs.length), [2, 2]);
});
