// New texts of the real corpus (test/fixtures/real, docs/variants.md) read by rules in session 60 (s60unseenB: modern texts as
// drafters paste them from news mirrors, a ministry's training site, a treaty database and a book site). Each rule is about how
// such pages are written or copied, shown on a fixture string with what a careful reader reads in it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textContext } from '../../server/src/features/context';
import { diagnostics } from '../../server/src/features/diagnostics';

const read = (source: string) => textContext(source).treaty;
const errorsAndWarnings = (source: string) => diagnostics(textContext(source)).filter((d) => d.severity === 1 || d.severity === 2).map((d) => d.code);
const signingOf = (source: string) => {
  const s = read(source).signing;
  return s ? { date: [s.date?.year, s.date?.month, s.date?.day], place: s.place } : undefined;
};

// Xinhua's joint statement as a scraper's mirror copies it (test/fixtures/real/statement_cn_tl_partnership_2024_javascriptjump.md):
// the mirror's line, the dateline, the title, the statement's date and place in brackets under it, its points; no clause closes it.
const HEADED = '发布时间:2024-11-24 18:28:41 来源: sp20241124\n新华社北京7月29日电\n' +
  '中华人民共和国和东帝汶民主共和国关于深化全面战略伙伴关系的联合声明\n(2024年7月29日,北京)\n' +
  '一、应中华人民共和国主席习近平邀请,东帝汶民主共和国总统于2024年7月28日至31日对中国进行国事访问。\n' +
  '二、双方一致认为,建交22年来,中国与东帝汶始终相互尊重、平等相待。\n三、中方高度赞赏东帝汶恢复独\n';

test('known 60b: a date and a place in brackets right under the title date an instrument no clause signs', () => {
  assert.deepEqual(signingOf(HEADED), { date: [2024, 7, 29], place: '北京' });
  assert.deepEqual(signingOf(HEADED.replace('(2024年7月29日,北京)', '（2024年7月29日，北京）')), { date: [2024, 7, 29], place: '北京' });
  assert.deepEqual(read(HEADED).articles.map((a) => a.name), ['一、', '二、', '三、']);
  assert.deepEqual(errorsAndWarnings(HEADED), []);
  // Not a bracketed record of adoption (a law's `（…会议通过）`), nor a line further down, nor a clause's own place and date.
  assert.equal(signingOf(HEADED.replace('(2024年7月29日,北京)', '(2024年7月29日第十四届全国人民代表大会常务委员会第十次会议通过)')), undefined);
  assert.equal(signingOf(HEADED.replace('(2024年7月29日,北京)\n一、', '一、').replace('二、', '(2024年7月29日,北京)\n二、')), undefined);
  const closed = HEADED.replace('三、中方高度赞赏东帝汶恢复独\n', '三、双方同意。\n本联合声明于2024年7月30日在北京签署。\n');
  assert.deepEqual(signingOf(closed), { date: [2024, 7, 30], place: '北京' });
});

// A news mirror's copy of a declaration cut by the store in its first section (test/fixtures/real/declaration_sco_dushanbe_2021_cj8832.md):
// the page's last line a sentence the copy cut that names a date in its words.
const DECLARATION = '上海合作组织二十周年杜尚别宣言\n\n值此上海合作组织(简称“上合组织”或“本组织”)成立20周年之际,成员国:\n\n' +
  '高度评价上合组织为推动和深化成员国睦邻友好关系发挥的积极作用。\n\n根据2021年9月17日在杜尚别举行的上合组织成员国元首理事会会议成果声明如下:\n\n' +
  '一、上合组织的建立、发展建设和主要原则\n\n上合组织在两个协定基础上建立。\n\n' +
  '2001年6月15日,哈萨克斯坦共和国、中华人民共和国、吉尔吉斯共和国、俄罗斯联邦、塔吉克斯坦共和国和乌兹别克斯坦共和国元首在上海通过《上海\n';

test('known 60b: a lone point 一、 in a copy cut in a sentence that names a date is the text\'s point', () => {
  const t = read(DECLARATION);
  assert.equal(t.kind, '宣言');
  assert.deepEqual(t.articles.map((a) => a.name), ['一、']);
  assert.deepEqual(t.definitions.map((d) => [d.term, d.meaning]), [['上合组织', '上海合作组织'], ['本组织', '上海合作组织']]);
  // A note's date and place closing the text (a short line holding a date) is still its close: the 一、 stays a paragraph's.
  const note = '关于互免签证的换文\n\n阁下:\n\n我谨代表本国政府确认双方达成的协议如下:\n\n一、双方公民互免签证\n\n顺致崇高的敬意。\n\n二○○○年二月廿二日於班竹\n';
  assert.deepEqual(read(note).articles.map((a) => a.name), []);
});

// The commerce ministry's training site's copy of China's WTO accession protocol
// (test/fixtures/real/protocol_cn_wto_accession_2001_mofcom_training.md).
const ACCESSION = '中国加入世贸组织议定书(标准中文版全文)\n\n    序言\n\n' +
  '    世界贸易组织(“WTO”),按照WTO部长级会议根据《马拉喀什建立世界贸易组织协定》(“《WTO协定》”)第12条所作出的批准,与中华人民共和国(“中国”),\n\n    协议如下:\n\n' +
  '    第一部分 总 则\n\n    第1条 总体情况\n\n    1.自加入时起,中国根据《WTO协定》第12条加入该协定,并由此成为WTO成员。\n\n' +
  '    2.中国可维持与《服务贸易总协定》(“GATS”)第2条第1款规定不一致的措施。\n\n' +
  '     第2条 贸易制度的实施\n\n    (A)统一实施\n\n' +
  '    1.《WTO协定》和本议定书的规定应适用于中国的全部关税领土,包括边境贸易地区、民族自治地方、经济特区、沿海开放城市、经济技术开发区以及其他在关税、国内税和法规方面已建立特殊制度的地区(统称为“特殊经济区”)。\n';

test('known 60b: a site\'s remark ending with 全文 in brackets after the kind is no part of the title', () => {
  assert.equal(read(ACCESSION).title?.text, '中国加入世贸组织议定书');
  assert.equal(read(ACCESSION).kind, '议定书');
  // The bare remark as before, and words that are the instrument's own in brackets stay (`(草案)` is a draft's).
  assert.equal(read(ACCESSION.replace('(标准中文版全文)', '(全文)')).title?.text, '中国加入世贸组织议定书');
  assert.equal(read(ACCESSION.replace('(标准中文版全文)', '(中文本)')).title?.text, '中国加入世贸组织议定书(中文本)');
});

test('known 60b: a name in quotes alone in brackets right after a title in 《》 is the title\'s; a verb in the qualifier of a list\'s 其他 is its own', () => {
  const terms = Object.fromEntries(read(ACCESSION).definitions.map((d) => [d.term, d.meaning]));
  assert.equal(terms['GATS'], '《服务贸易总协定》');
  assert.equal(terms['《WTO协定》'], '《马拉喀什建立世界贸易组织协定》');
  assert.equal(terms['WTO'], '世界贸易组织');
  assert.equal(terms['中国'], '中华人民共和国');
  assert.equal(terms['特殊经济区'], '边境贸易地区、民族自治地方、经济特区、沿海开放城市、经济技术开发区以及其他在关税、国内税和法规方面已建立特殊制度的地区');
  // (The qualifier's own list, `关税、国内税`, no conjunction after its 、: the list before 其他 still ends in the phrase.)
  const own = ACCESSION.replace('关税、国内税和法规方面', '关税、国内税方面');
  assert.equal(read(own).definitions.find((d) => d.term === '特殊经济区')?.meaning, '边境贸易地区、民族自治地方、经济特区、沿海开放城市、经济技术开发区以及其他在关税、国内税方面已建立特殊制度的地区');
  // Two titles before the name: not the last alone (the phrase as the words before it make it).
  const two = '甲乙协定\n第一条\n缔约方应履行《甲公约》和《乙公约》(“两公约”)规定的义务。\n第二条\n本协定自签字之日起生效。\n';
  assert.match(read(two).definitions.find((d) => d.term === '两公约')?.meaning ?? '', /《甲公约》和《乙公约》$/);
});

// A dictionary of document genres printing a communique as the example of its entry `公报`
// (test/fixtures/real/communique_cn_qa_diplomatic_1988_renwuwiki.md).
const MANUAL = '当前位置:首页 > 经典书库 > 中国文书大典\n\n公报\n\n出处:按学科分类—社会科学总论 中国建材工业出版社《中国文书大典下卷》第2395页(6490字)\n\n' +
  '【简介】:\n\n公报,亦称会谈公报、新闻公报。共同发表的称“联合公报”。\n\n【范例】:\n\n中华人民共和国和卡塔尔国建立外交关系联合公报\n\n' +
  '从加强和发展两国友好合作关系的共同愿望出发,中华人民共和国政府和卡塔尔国政府决定自1988年7月9日起建立大使级外交关系。\n\n' +
  '中华人民共和国代表 卡塔尔国代表\n\n周觉 阿迪亚\n\n(签字) (签字)\n\n1988年7月5日于巴黎\n';

test('known 60b: a heading that is a kind alone over a manual\'s example is no title; the example\'s title is', () => {
  const t = read(MANUAL);
  assert.equal(t.title?.text, '中华人民共和国和卡塔尔国建立外交关系联合公报');
  assert.equal(t.kind, '联合公报');
  assert.deepEqual(signingOf(MANUAL), { date: [1988, 7, 5], place: '巴黎' });
  // With no example under it, the heading stays the title it was read as.
  assert.equal(read('公报\n\n双方同意建立大使级外交关系。\n\n1988年7月5日于巴黎\n').title?.text, '公报');
});

// A convention's signing clause hard-wrapped at a PDF's width inside its place, a page's number between the two lines (the wrap
// property's pick once this session's texts moved its picks: test/fixtures/real/convention_hcch_choice_of_court_2005_castglobal.md).
test('known 60b: a signing clause broken inside its place with a page number between is read with its run', () => {
  const clause = '2005 年 6 月 30 日订于海\n牙,用英文和法文写成,两种文本同时作准。正本一份。\n';
  const head = '选择法院协议公约\n本公约缔约国,\n兹议定下列条款:\n第1条 范围\n本公约适用于国际案件。\n第2条 生效\n本公约自交存之日起生效。\n下列签署人经正式授权,签署本公约,以昭信守。\n';
  const want = { date: [2005, 6, 30], place: '海牙' };
  assert.deepEqual(signingOf(head + clause), want);
  assert.deepEqual(signingOf(head + clause.replace('订于海\n', '订于海\n\n第 3 页\n\n')), want);
  assert.equal(read(head + clause.replace('订于海\n', '订于海\n\n第 3 页\n\n')).signing?.languages.join(), '英文,法文');
});
