// New texts of the real corpus (test/fixtures/real, docs/variants.md) read by rules in session 61 (s61unseenB: modern texts as
// drafters paste them from a blog, a news portal's later page, a treaty database, a document-sharing site and an academy's
// digest). Each rule is about how such pages are written or copied, shown on a fixture string with what a careful reader reads in it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textContext } from '../../server/src/features/context';
import { diagnostics } from '../../server/src/features/diagnostics';
import { kindOf } from '../../server/src/model/treaty';

const read = (source: string) => textContext(source).treaty;
const codes = (source: string) => diagnostics(textContext(source)).filter((d) => d.severity === 1 || d.severity === 2).map((d) => d.code);
const paragraphs = (source: string, article: string) => read(source).articles.find((a) => a.name === article)?.paragraphs.length;

// A blog's copy of an extradition treaty (test/fixtures/real/treaty_cn_au_extradition_2007_songsheng_blog.md): every line indented
// four spaces, a blank line between, every bracket lost — the parties' short name, and the items of a paragraph's lead-in.
const INDENTED = '中华人民共和国和澳大利亚引渡条约\n\n    中华人民共和国和澳大利亚以下简称双方,\n\n' +
  '    希望在相互尊重主权和平等互利的基础上,缔结引渡条约促进两国在打击犯罪方面的有效合作,\n\n' +
  '    第一条引渡义务\n\n    缔约一方同意根据本条约的规定,应另一方请求,将被通缉的任何人引渡给另一方。\n\n' +
  '    第二条可引渡的犯罪\n\n    一、为本条约目的,可引渡的犯罪是指可判处一年以上监禁的犯罪。\n\n' +
  '    二、在决定一项犯罪是否是违反双方法律的犯罪时:\n\n' +
  '    一不应考虑双方法律是否将构成该犯罪的行为归入同一犯罪种类;\n\n' +
  '    二应作为一个整体考虑被请求引渡人受到指控的行为。\n\n' +
  '    三、如果引渡请求涉及两个以上的犯罪,只要至少一项犯罪是本条第一款规定的可引渡的犯罪,可以就所有犯罪同意引渡。\n\n' +
  '    第三条应当拒绝引渡的理由\n\n    有下列\n';

test('known 61b: on a page indenting every line, lines set apart between paragraphs 二、 and 三、 go on with 二、', () => {
  assert.equal(paragraphs(INDENTED, '第二条'), 3);
  // The page unindented reads alike (as before).
  assert.equal(paragraphs(INDENTED.replace(/^ {4}/gm, ''), '第二条'), 3);
  // An indented line under a paragraph whose label is flush left opens a paragraph of its own, the line after it another (as before).
  const mixed = INDENTED.replace(/^ {4}/gm, '').replace('一不应考虑', '    一不应考虑');
  assert.equal(paragraphs(mixed, '第二条'), 5);
  assert.deepEqual(codes(INDENTED), []);
});

test('known 61b: the parties\' names opening a line, then 以下简称 and a comma, define the short name a copy left unbracketed', () => {
  assert.deepEqual(read(INDENTED).definitions.filter((d) => d.term === '双方').map((d) => d.meaning), ['中华人民共和国和澳大利亚']);
  // No comma after the name: no bounds, no definition (`以下称甲方` in a sentence).
  const run = INDENTED.replace('以下简称双方,', '以下简称双方希望');
  assert.deepEqual(read(run).definitions.filter((d) => d.term === '双方'), []);
  // A sentence's words before it, marks between them, are no names opening the line.
  const sentence = INDENTED.replace('中华人民共和国和澳大利亚以下简称双方,', '为此,中华人民共和国和澳大利亚政府同意下列条款以下简称双方,');
  assert.deepEqual(read(sentence).definitions.filter((d) => d.term === '双方').map((d) => d.meaning), []);
});

// A treaty database's page of a joint statement (statement_cn_kz_strategic_partnership_2005_askfsou.md): the preamble, then the
// first point, the copy cut in the point's own line.
const CUT_IN_POINT = '中哈关于建立和发展战略伙伴关系的联合声明\n' +
  '应哈萨克斯坦共和国总统纳扎尔巴耶夫的邀请,中华人民共和国主席胡锦涛2005年7月3日至4日对哈萨克斯坦共和国进行了国事访问。\n' +
  '遵循进一步拓展和深化两国全面合作的共同意愿,中华人民共和国和哈萨克斯坦共和国(以下简称“双方”)声明如下:\n' +
  '一、双方一致认为,两国高层交往在扩大两国全面合作方面发挥了重要作用。双方将继续保持和加强这种交往势\n';
// A news portal's fourth page of a joint statement (statement_cn_kz_2023_chinacom_p4.md): opening inside point 四, cut in 五.
const LATER_PAGE = '中国-中亚峰会|中华人民共和国和哈萨克斯坦共和国联合声明(全文)(4)\n\n' +
  '两国元首宣布2024年为中国的哈萨克斯坦旅游年。\n\n双方支持两国地方间开展各种形式的交往合作,进一步加强两国民间交往。\n\n' +
  '五、双方重申坚定恪守《联合国宪章》和国际法原则。\n\n双方对不稳定的国际形势表示关切,重申将继续推动联合国及其专门机构的\n';

test('known 61b: a lone point cut in its own line, or on a later page cut in the point after, is the text\'s point', () => {
  assert.deepEqual(read(CUT_IN_POINT).articles.map((a) => a.name), ['一、']);
  assert.deepEqual(read(LATER_PAGE).articles.map((a) => a.name), ['五、']);
  assert.equal(read(LATER_PAGE).title?.text, '中华人民共和国和哈萨克斯坦共和国联合声明');
  assert.deepEqual(codes(CUT_IN_POINT), []);
  assert.deepEqual(codes(LATER_PAGE), []);
  // The point's line a whole sentence, the text not cut: under the lead's `声明如下:` the statement's one numbered section (session
  // 63, rules63: loneAnnouncedPoint); without that lead, a letter's lone numbered paragraph, no point (as before).
  assert.deepEqual(read(CUT_IN_POINT.replace('这种交往势\n', '这种交往。\n')).articles.map((a) => a.name), ['一、']);
  assert.deepEqual(read(CUT_IN_POINT.replace('这种交往势\n', '这种交往。\n').replace('声明如下:', '发表声明。')).articles.map((a) => a.name), []);
  assert.deepEqual(read(LATER_PAGE.replace('专门机构的\n', '专门机构的作用。\n')).articles.map((a) => a.name), []);
  // With no text before it, the line is no point of a text cut short (as before).
  assert.deepEqual(read(CUT_IN_POINT.replace(/^[^\n]*\n[^\n]*\n[^\n]*\n/, '')).articles.map((a) => a.name), []);
});

// A document-sharing site's copy of the government's declarations for Hong Kong (declarations_cn_hk_multilateral_1997_doczj.md):
// entries numbered in digits for each convention, each numbering its own points.
const ENTRIES = '中国政府为香港特别行政区适用有关多边国际条约所作的声明和保留\n\n' +
  '1、经一九七二年三月二十五日议定书修订的《一九六一年麻醉药品单一公约》中国政府声明:中华人民共和国政府对公约第四十八条第二款所作的保留亦适用于香港特别行政区。\n\n' +
  '2、一九七一年二月二十一日《精神药物公约》中国政府声明:一、中华人民共和国政府对公约第三十一条第二款所作的保留亦适用于香港特别行政区。\n\n' +
  '二、根据公约第二十八条的规定,指定香港特别行政区为一个单独的区域。\n\n' +
  '3、一九八八年十二月二十日《联合国禁止非法贩运麻醉药品和精神药物公约》中国政府声明:一、中华人民共和国政府对公约第三十二条第二款、第三款所作的保留亦适用于香港特别行政区。\n\n' +
  '二、根据公约第七条第八款的规定,指定香港特别行政区政府律政司长为负责执行关于相互法律协助的请求的当局。\n\n' +
  '三、根据公约第十七条第七款的规定,指定香港特别行政区海关关长为接受并答复该款提及的请求的机关。\n\n' +
  '4、一九四八年十二月九日《防止及惩治灭绝种族罪公约》中国政府声明:中华人民共和国政府对公约第九条所作的保留亦适用于香港特别行政区。\n';

test('known 61b: each entry numbered 1、 2、 3、 numbers its own points: a point repeated under the next entry is no duplicate', () => {
  assert.deepEqual(codes(ENTRIES), []);
  // With no entry's label between them, the second 二、 repeats the first (as before).
  assert.ok(codes(ENTRIES.replace('3、一九八八年', '一九八八年')).includes('numbering.duplicate'));
});

test('known 61b: the kind after a title\'s last 的 is its head, before a kind the words qualifying it name', () => {
  assert.equal(read(ENTRIES).kind, '声明');
  assert.equal(kindOf('中国政府为香港特别行政区适用有关多边国际条约所作的声明和保留'), '声明');
  // No kind after the last 的: the kind inside the title, as before.
  assert.equal(kindOf('关于执行中美海运协定的说明'), '协定');
  // A title ending with its kind: that kind, as before.
  assert.equal(kindOf('关于修改《中华人民共和国政府和新加坡共和国政府自由贸易协定》的议定书'), '议定书');
});

// An academy's digest page of an SCO declaration (declaration_sco_dushanbe_2014_cssn.md): its summary field repeats the opening
// sentence, the two short names given in one clause twice.
const DIGEST = '内容摘要:上海合作组织(以下简称“上合组织”或“本组织”)成员国元首于2014年9月11日至12日在杜尚别举行会议,并宣示如下:一。\n' +
  '关键词:杜尚别;上合组织;成员国;上海合作组织成员国元首;宣言\n作者简介:\n' +
  '上海合作组织(以下简称“上合组织”或“本组织”)成员国元首于2014年9月11日至12日在杜尚别举行上合组织成员国元首理事会会议,并宣示如下:\n' +
  '一\n世界正经历复杂的过渡时期。\n在此背景下,各成员国重申,必须根据《联合国宪章》进一步巩固国际关系的法律基础。\n二\n各成员国强调,要加强联合国在国际关系中的核心协调作用。\n';

test('known 61b: a definition clause given again whole names nothing twice', () => {
  assert.ok(!codes(DIGEST).includes('term.two-names'));
  // A later clause giving the thing another name than before still does.
  const other = DIGEST.replace('上海合作组织(以下简称“上合组织”或“本组织”)成员国元首于2014年9月11日至12日在杜尚别举行上合', '上海合作组织(以下简称“上组”)成员国元首于2014年9月11日至12日在杜尚别举行上合');
  assert.ok(codes(other).includes('term.two-names'));
});
