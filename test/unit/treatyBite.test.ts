// Tests that bite for model/treaty.ts (issue 12, item 5): the title, kind and self-reference a
// text is read with, each article's name, caption, summary and numbered paragraphs, and the
// look-ups every reference resolves through (findArticle, articleAt), as whole readings.
// Written from the rules in the source's comments; each answer read off the fixture.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleAt, buildTreaty, cleanTitle, findArticle, kindOf, normalizeTitle, summarize } from '../../server/src/model/treaty';

interface Reading {
  title?: [text: string, normalized: string, written: string];
  kind?: string;
  selfRef: string;
  /** Each article: name, caption (or `-`), summary, its paragraphs as `index:num:label`. */
  articles?: string[];
}

function reads(name: string, text: string, want: Reading): void {
  test(`model: ${name}`, () => {
    const t = buildTreaty(text);
    const got: Reading = { title: t.title && [t.title.text, t.title.normalized, text.slice(t.title.start, t.title.end)], kind: t.kind, selfRef: t.selfRef };
    if (want.articles) got.articles = t.articles.map((a) => `${a.name} ${a.caption ?? '-'} ${a.summary} ${a.paragraphs.map((p) => `${p.index}:${p.num ?? '-'}:${p.label ?? ''}`).join(' ')}`);
    if (!want.title) delete got.title;
    assert.deepEqual(got, want);
  });
}

// ——— Titles, kinds and self-references ———

reads('a plain title', '# 中华人民共和国和甲国友好合作条约\n\n## 第一条\n\n甲。\n',
  { title: ['中华人民共和国和甲国友好合作条约', '中华人民共和国和甲国友好合作条约', '中华人民共和国和甲国友好合作条约'], kind: '条约', selfRef: '本条约' });
reads('a name in 《》 with a remark after it, in traditional characters', '# 《大西洋憲章》（1941年8月14日）\n\n## 第一条\n\n甲。\n',
  { title: ['大西洋憲章', '大西洋宪章', '《大西洋憲章》（1941年8月14日）'], kind: '宪章', selfRef: '本憲章' });
reads('a name in 《》 then the full title after a dash', '# 《中英联合声明》——中华人民共和国政府和大不列颠及北爱尔兰联合王国政府关于香港问题的联合声明\n\n一、甲。\n',
  { title: ['中华人民共和国政府和大不列颠及北爱尔兰联合王国政府关于香港问题的联合声明', '中华人民共和国政府和大不列颠及北爱尔兰联合王国政府关于香港问题的联合声明', '《中英联合声明》——中华人民共和国政府和大不列颠及北爱尔兰联合王国政府关于香港问题的联合声明'], kind: '联合声明', selfRef: '本声明' });
reads('a name in 《》, an excerpt remark after the dash', '# 《联合国宪章》——节录\n\n## 第一条\n\n甲。\n',
  { title: ['联合国宪章', '联合国宪章', '《联合国宪章》——节录'], kind: '宪章', selfRef: '本宪章' });
reads('a title with markup, a footnote and OCR spaces', '# 中华人民共和国和甲国 **友好** 合作 协定[^1]\n\n## 第一条\n\n甲。\n',
  { title: ['中华人民共和国和甲国友好合作协定', '中华人民共和国和甲国友好合作协定', '中华人民共和国和甲国 **友好** 合作 协定[^1]'], kind: '协定', selfRef: '本协定' });
reads('a code (法典) is a law: it says 本法, not 本协议', '# 中华人民共和国民法典\n\n# 合同编\n\n## 第一分编  通则\n\n第四百六十三条 本编调整因合同产生的民事关系。\n',
  { title: ['中华人民共和国民法典', '中华人民共和国民法典', '中华人民共和国民法典'], kind: '法', selfRef: '本法' });
reads('a kind with a bracketed remark after it', '# 中华人民共和国和甲国会谈纪要（草案）\n\n一、甲。\n',
  { title: ['中华人民共和国和甲国会谈纪要（草案）', '中华人民共和国和甲国会谈纪要（草案）', '中华人民共和国和甲国会谈纪要（草案）'], kind: '会谈纪要', selfRef: '本会谈纪要' });
reads('a plain title line (pasted from a database) with a remark after its kind: shown, not matched on (a dated remark)', '中华人民共和国政府和甲国政府关于乙的议定书(甲国2009.06.17)\n\n第一条\n\n甲。\n',
  { title: ['中华人民共和国政府和甲国政府关于乙的议定书(甲国2009.06.17)', '中华人民共和国政府和甲国政府关于乙的议定书', '中华人民共和国政府和甲国政府关于乙的议定书(甲国2009.06.17)'], kind: '议定书', selfRef: '本议定书' });
reads('a plain title over two lines, the remark on the second', '中华人民共和国政府和甲国政府\n关于乙的协定（草案）\n\n第一条\n\n甲。\n',
  { title: ['中华人民共和国政府和甲国政府关于乙的协定（草案）', '中华人民共和国政府和甲国政府关于乙的协定（草案）', '中华人民共和国政府和甲国政府\n关于乙的协定（草案）'], kind: '协定', selfRef: '本协定' });
reads('a first line ending with a bracket that names no kind is a sentence, not a title', '中华人民共和国政府和甲国政府（以下简称“双方”）\n\n第一条\n\n甲。\n', { kind: undefined, selfRef: '本协议' });
reads('no title line: a database\'s name line gives it (Taiwan\'s 全國法規資料庫)', '法規名稱: 中華民國與甲國農業技術合作協定附加議定書\n簽訂日期: 民國 71 年 09 月 22 日\n\n第一條 甲。\n',
  { title: ['中華民國與甲國農業技術合作協定附加議定書', '中华民国与甲国农业技术合作协定附加议定书', '中華民國與甲國農業技術合作協定附加議定書'], kind: '议定书', selfRef: '本議定書' });
reads('a Macao law titled by its number (第3/1999號法律) is a law, and calls itself 本法律', '第3/1999號法律\n\n立法會根據《澳門特別行政區基本法》第七十一條(一)項，制定本法律。\n\n第一條 《澳門特別行政區公報》\n\n公佈法規及本法律規定的文件的正式刊物為《澳門特別行政區公報》。\n',
  { title: ['第3/1999號法律', '第3/1999号法律', '第3/1999號法律'], kind: '法', selfRef: '本法律' });
reads('a database\'s bracketed field label before the title (【標題】…) is no part of it', '【標題】中華人民共和國加入甲組織議定書\n【頒布日期】 2001-12-10\n序言\n甲組織與中華人民共和國,協定如下:\n第一部分 總則\n第 1 條 總體情況\n1 .自加入時起,中國成為甲組織成員。\n',
  { title: ['中華人民共和國加入甲組織議定書', '中华人民共和国加入甲组织议定书', '中華人民共和國加入甲組織議定書'], kind: '议定书', selfRef: '本議定書' });
// A database's fields in square brackets (the World and Japan database: `[文件名称] …`, `[地点] 比什凯克`, `[日期] …`), under its own header lines or first.
reads('a database\'s field label in square brackets before the title ([文件名称] …) is no part of it', '「世界和日本」数据库(代表 甲)\n日本政治・国際関係数据库\n\n[文件名称] 甲组织成员国政府间科技合作协定\n\n[地点] 乙城\n[日期] 2013年9月13日\n[全文] \n\n  甲组织成员国政府(以下称各方),达成协议如下:\n\n第一条\n\n  各方开展合作。\n',
  { title: ['甲组织成员国政府间科技合作协定', '甲组织成员国政府间科技合作协定', '甲组织成员国政府间科技合作协定'], kind: '协定', selfRef: '本协定' });
reads('[文件名称] on the first line', '[文件名称] 甲组织成员国长期睦邻友好合作条约\n甲组织成员国,以下简称“缔约各方”,\n兹达成协议如下:\n第一条\n缔约各方发展关系。\n',
  { title: ['甲组织成员国长期睦邻友好合作条约', '甲组织成员国长期睦邻友好合作条约', '甲组织成员国长期睦邻友好合作条约'], kind: '条约', selfRef: '本条约' });
// A school's page of a covenant: the title, its English name in brackets, the database's next field glued after it.
reads('a title with its English name in brackets and a database\'s field glued after it: the Chinese name', '公民與政治權利國際公約(International Covenant on Civil and Political Rights)【發布單位】聯合國大會\n【前文】\n本公約締約各國,爰議定條款如下:\n第一條\n一、所有民族均享有自決權。\n',
  { title: ['公民與政治權利國際公約', '公民与政治权利国际公约', '公民與政治權利國際公約'], kind: '公约', selfRef: '本公約' });
reads('a title with its English name in brackets alone', '濒临绝种野生动植物国际贸易公约（Convention on International Trade in Endangered Species of Wild Fauna and Flora）\n\n第一条 甲。\n',
  { title: ['濒临绝种野生动植物国际贸易公约', '濒临绝种野生动植物国际贸易公约', '濒临绝种野生动植物国际贸易公约'], kind: '公约', selfRef: '本公约' });
// Hong Kong's ordinances as law sites copy them: the chapter number of the Laws of Hong Kong, a hyphen, the name (`第 1 章 - 释义及通则条例`,
// `第 383 章 - 香港人权法案条例`), then sections headed `第 1 条 - 简称 - 30/06/1997`: the name is the title, no chapter of its own.
reads('a Hong Kong ordinance\'s heading: its chapter number of the Laws, a hyphen, its name', '网站首页 法律法规\n\n第 1 章 - 释义及通则条例\n\n状态:有效\n\n第 1 条 - 简称 - 30/06/1997\n\n本条例可引称为《释义及通则条例》。\n\n第 2 条 - 适用范围 - 01/07/1997\n\n(1) 本条例适用于其他条例。\n',
  { title: ['释义及通则条例', '释义及通则条例', '释义及通则条例'], kind: '条例', selfRef: '本条例' });
test('model: a Hong Kong ordinance\'s heading (第 1 章 - …条例) is no chapter', () => {
  const t = buildTreaty('第 383 章 - 香港人权法案条例\n\n第 1 条 - 简称 - 30/06/1997\n\n本条例可引称为《香港人权法案条例》。\n\n第 2 条 - 释义 - 30/06/1997\n\n(1) 在本条例中，“公约”指《公民权利和政治权利国际公约》。\n');
  assert.deepEqual([t.chapters.length, t.articles.map((a) => a.name)], [0, ['第一条', '第二条']]);
});
// A law site's remark that its page sets the text beside a translation (`(中英文對照版)`): shown, not matched on.
reads('a remark after the kind that the page is bilingual (中英文对照版): shown, not matched on', '中華人民共和國締結條約程序法(中英文對照版)\n\n第一條   根據中華人民共和國憲法,制定本法。\n',
  { title: ['中華人民共和國締結條約程序法(中英文對照版)', '中华人民共和国缔结条约程序法', '中華人民共和國締結條約程序法(中英文對照版)'], kind: '法', selfRef: '本法' });
// A law site's link bars above the title, their entries between `|` (one entry of seven characters: longer than a navigation bar's words).
reads('a title under a site\'s link bars (热门站点| 世界资料网 | …)', '热门站点| 世界资料网 | 专利资料网 | 世界资料网论坛\n收藏本站| 设为首页| 首页\n\n中华人民共和国政府和甲国政府文化协定\n\n  第一条 缔约双方同意发展交流。\n',
  { title: ['中华人民共和国政府和甲国政府文化协定', '中华人民共和国政府和甲国政府文化协定', '中华人民共和国政府和甲国政府文化协定'], kind: '协定', selfRef: '本协定' });
// A UN General Assembly resolution adopting a convention, as its document prints it: its number, the convention's name as its title, `大会，`.
reads('a UN resolution numbered and titled by the convention it adopts (73/198. …公约 / 大会,) is a resolution', '联合国 A/RES/73/198\n第七十三届会议\n2018 年 12 月 20 日大会决议\n73/198. 联合国关于调解所产生的国际和解协议公约\n大会,\n回顾其 1966 年 12 月 17 日第 2205(XXI)号决议设立联合国国际贸易法委员会,\n认识到调解作为一种友好解决争议的方法所具有的价值,\n',
  { title: ['联合国关于调解所产生的国际和解协议公约', '联合国关于调解所产生的国际和解协议公约', '联合国关于调解所产生的国际和解协议公约'], kind: '决议', selfRef: '本决议' });
// A resolution adopted in parts (50/28 A, B, …): the first part's heading stands between the number and title and `大会，`.
reads('a UN resolution adopted in parts: the first part\'s heading (A. …) between its number and title and 大会,', '第五十届会议\n议程项目84\n大会决议\n[根据第四委员会的报告\n(A/50/605)通过]\n50/28. 联合国近东巴勒斯坦难民救济和工程处\nA. 援助巴勒斯坦难民\n大会,\n回顾其第194(III)号决议,\n1. 遗憾地注意到难民情况仍然是令人关切的事项;\n2. 表示感谢。\n',
  { title: ['联合国近东巴勒斯坦难民救济和工程处', '联合国近东巴勒斯坦难民救济和工程处', '联合国近东巴勒斯坦难民救济和工程处'], kind: '决议', selfRef: '本决议' });
// An encyclopedia's entry named by the instrument's short name, its description saying so: the full title below is the title.
reads('an entry named by the short name its description gives (《…》的簡稱): the full title below is the title', '複製鏈接\n\n甲乙友好條約\n\n鎖定\n《甲國和乙國友好條約》的簡稱。1960年5月31日簽訂。\n中文名\n甲乙友好條約\n\n目錄\n\n甲國和乙國友好條約\n甲國主席和乙國主席,決定締結本條約,議定以下各條:\n第一條 締約雙方將盡一切努力。\n',
  { title: ['甲國和乙國友好條約', '甲国和乙国友好条约', '甲國和乙國友好條約'], kind: '条约', selfRef: '本條約' });
// The same order on a page that joined its lines: its sentence ends at the first full stop with a space after it, the date and
// the place before the name (`命令公布一九七零年三月十八日订於海牙的《…公约》的中文译本。 上述…`).
reads('an order publishing a convention, first on a page joined into one line: its title is the name the order gives', '|\n行政长官根据第3/1999号法律第六条第一款的规定,命令公布一九七零年三月十八日订於海牙的《关於甲乙调取证据的公约》的中文译本。 上述公约的正式文本为法文。 二零零二年五月九日发布。 行政长官 甲乙丙 关於甲乙调取证据的公约 本公约签字国, 议定下列各条: 第一章 请求书 第一条 ——缔约国同意合作。 第二条 ——缔约国应指定机关。\n',
  { title: ['关於甲乙调取证据的公约', '关于甲乙调取证据的公约', '关於甲乙调取证据的公约'], kind: '公约', selfRef: '本公约' });
reads('【标题】 with the title after a space, simplified', '【标题】 中华人民共和国政府和甲国政府文化合作协定\n\n第一条 甲。\n',
  { title: ['中华人民共和国政府和甲国政府文化合作协定', '中华人民共和国政府和甲国政府文化合作协定', '中华人民共和国政府和甲国政府文化合作协定'], kind: '协定', selfRef: '本协定' });
reads('an instrument printed under the notice that publishes it: its title is the line the notice\'s 附件： names', '各省税务局：\n甲国和乙国税收协定议定书已于2007年4月17日签署。现将议定书文本印发给你们，请予执行。\n附件：甲国政府和乙国政府关于税收协定的议定书\n国家税务总局\n二○○七年四月二十七日\n甲国政府和乙国政府关于税收协定的议定书\n甲国政府和乙国政府，达成协议如下：\n第一条\n取消协定第十一条的规定。\n第二条\n本议定书自签字之日起生效。\n',
  { title: ['甲国政府和乙国政府关于税收协定的议定书', '甲国政府和乙国政府关于税收协定的议定书', '甲国政府和乙国政府关于税收协定的议定书'], kind: '议定书', selfRef: '本议定书' });
reads('an agreement printed under the order publishing it (命令公佈《…協定》…, Macao\'s gazette, after the site\'s navigation): its title is the line repeating what the order names', '< ] ^ ] \n\n    \n\n[ 上一頁 ][ 葡文版本 ]\n\n\n澳 門 特 別 行 政 區\n\n行政長官辦公室\n\n法規:\n\n第1/2008號行政長官公告\n\n公報編號:\n\n33/2008\n\n  • 命令公佈《甲地區與乙國關於保護投資的協定》的正式中文文本。\n\n    行政長官根據第3/1999號法律的規定,命令公佈在澳門簽訂的《甲地區與乙國關於保護投資的協定》的正式中文文本。\n\n    二零零八年八月九日發佈。\n\n    ———\n\n    甲地區與乙國關於保護投資的協定\n\n    甲地區和乙國,達成協定如下:\n\n    第1條\n\n    為適用本協定:\n',
  { title: ['甲地區與乙國關於保護投資的協定', '甲地区与乙国关于保护投资的协定', '甲地區與乙國關於保護投資的協定'], kind: '协定', selfRef: '本協定' });
// An amending protocol's title cites the amended instrument's whole title: 125 characters here (zh.wikisource.org, the 2012 protocol to the 2008 China–Russia rail bridge agreement, shortened names).
const LONG_TITLE = '中華人民共和國政府和甲國政府關於對二〇〇八年十月二十八日《中華人民共和國政府和甲國政府關於共同建設、使用、管理和維護中華人民共和國黑龍江省同江市—甲國猶太自治州下列寧斯闊耶居民點區域內黑龍江（阿穆爾河）鐵路界河橋協定》的修訂議定書';
const LONG_NORMALIZED = '中华人民共和国政府和甲国政府关于对二〇〇八年十月二十八日中华人民共和国政府和甲国政府关于共同建设、使用、管理和维护中华人民共和国黑龙江省同江市—甲国犹太自治州下列宁斯阔耶居民点区域内黑龙江（阿穆尔河）铁路界河桥协定的修订议定书';
reads('a plain title line longer than a hundred characters that cites another title', `${LONG_TITLE}\n2012年4月28日\n\n第一條\n\n甲。\n`,
  { title: [LONG_TITLE, LONG_NORMALIZED, LONG_TITLE], kind: '议定书', selfRef: '本議定書' });
reads('a plain line of a hundred and twenty characters that cites nothing is no title', `${'甲'.repeat(110)}乙國政府關於丙的協定\n\n第一條\n\n甲。\n`, { kind: undefined, selfRef: '本协议' });
reads('a page\'s own words copied before the title (a wiki\'s `跳至內容`, its name) are no part of it', `跳至內容\n\n維基文庫，自由的圖書館\n\n${LONG_TITLE}\n\n第一條\n\n甲。\n`,
  { title: [LONG_TITLE, LONG_NORMALIZED, LONG_TITLE], kind: '议定书', selfRef: '本議定書' });
reads('a page\'s heading that names a kind inside (`…协议一览表`) and its `合集下载` are not the title that follows them', '中外互免签证协议一览表\n\n合集下载\n\n中华人民共和国政府和甲国政府关于互免签证的协议\n\n第一条 甲。\n',
  { title: ['中华人民共和国政府和甲国政府关于互免签证的协议', '中华人民共和国政府和甲国政府关于互免签证的协议', '中华人民共和国政府和甲国政府关于互免签证的协议'], kind: '协议', selfRef: '本协议' });
reads('a line naming a kind inside is the title when no title ending with its kind follows', '中外互免签证协议一览表\n\n合集下载\n\n第一条 甲。\n',
  { title: ['中外互免签证协议一览表', '中外互免签证协议一览表', '中外互免签证协议一览表'], kind: '协议', selfRef: '本协议' });
reads('a title broken after a party\'s name, a blank line between its lines, is one title', '中华人民共和国政府和\n\n甲国政府关于乙的协定\n\n第一条\n\n甲。\n',
  { title: ['中华人民共和国政府和甲国政府关于乙的协定', '中华人民共和国政府和甲国政府关于乙的协定', '中华人民共和国政府和\n\n甲国政府关于乙的协定'], kind: '协定', selfRef: '本协定' });
reads('an arrangement between the Mainland and Hong Kong (CEPA, 2003): a kind of its own, 本安排', '内地与香港关于建立更紧密经贸关系的安排\n\n第一条　目标\n\n本安排的目标是加强合作。\n',
  { title: ['内地与香港关于建立更紧密经贸关系的安排', '内地与香港关于建立更紧密经贸关系的安排', '内地与香港关于建立更紧密经贸关系的安排'], kind: '安排', selfRef: '本安排' });
reads('a cultural agreement\'s executive programme (执行计划) is a kind of its own, calling itself 本计划', '中华人民共和国政府和甲国政府二○○三年至二○○六年文化交流执行计划\n\n第一条　双方互派艺术团体。\n\n第二条　本计划自签字之日起生效。\n',
  { title: ['中华人民共和国政府和甲国政府二○○三年至二○○六年文化交流执行计划', '中华人民共和国政府和甲国政府二○○三年至二○○六年文化交流执行计划', '中华人民共和国政府和甲国政府二○○三年至二○○六年文化交流执行计划'], kind: '执行计划', selfRef: '本计划' });
reads('a work plan (工作計劃) under an arrangement cited in 《》, in traditional characters: 本計劃', '《甲地與乙地關於建立更緊密經貿關係的安排》經濟和技術合作工作計劃\n\n一、雙方加強合作。\n\n二、本計劃自簽署之日起生效。\n',
  { title: ['《甲地與乙地關於建立更緊密經貿關係的安排》經濟和技術合作工作計劃', '甲地与乙地关于建立更紧密经贸关系的安排经济和技术合作工作计划', '《甲地與乙地關於建立更緊密經貿關係的安排》經濟和技術合作工作計劃'], kind: '工作计划', selfRef: '本計劃' });
reads('a record of agreement (协议书: a boundary marker rebuilt, border representatives\' talks) is a kind of its own, calling itself 本协议书', '关于甲乙边界5号界桩重建的协议书\n\n一、重建后的5号界桩位于界线上。\n\n二、本协议书自签字之日起生效。\n',
  { title: ['关于甲乙边界5号界桩重建的协议书', '关于甲乙边界5号界桩重建的协议书', '关于甲乙边界5号界桩重建的协议书'], kind: '协议书', selfRef: '本协议书' });
reads('a site\'s section path right above the title (新法规速递>>纯文字版, no 首页) is the page\'s place, no part of the title', '新法规速递>>纯文字版\n关于甲乙边界5号界桩重建的协议书\n\n\n（签订日期1972年9月7日）\n\n一、重建后的5号界桩位于界线上。\n\n二、本协议书自签字之日起生效。\n',
  { title: ['关于甲乙边界5号界桩重建的协议书', '关于甲乙边界5号界桩重建的协议书', '关于甲乙边界5号界桩重建的协议书'], kind: '协议书', selfRef: '本协议书' });
reads('no title line: a name line that names no instrument gives none', '名称：测试资料\n\n第一条 甲。\n', { kind: undefined, selfRef: '本协议' });
reads('no title: the kind named on a source line', '**出处**：《中美联合公报》，1978年\n\n甲。\n', { kind: '联合公报', selfRef: '本公报' });
reads('no title: the self-reference used twice', '甲乙双方同意本宪章的规定。\n\n本宪章自签字之日起生效。\n', { kind: '宪章', selfRef: '本宪章' });
reads('no title: a self-reference used once is not enough (本协议, the default)', '甲乙双方同意本宪章的规定。\n', { kind: undefined, selfRef: '本协议' });

// ——— Articles: names, captions, summaries, paragraphs ———

reads('article names, captions and summaries', '# 甲乙协定\n\n## 第一条　宗旨\n\n甲。\n\n## 第 十 一 条（定义）\n\n乙。\n\n## 第十一条之一\n\n一、甲方和乙方在边境地区开展合作，加强交流，促进发展繁荣稳定。\n\n二、乙方同意：丙。\n', {
  kind: '协定', selfRef: '本协定',
  articles: ['第一条 宗旨 宗旨 1:-:', '第十一条 定义 定义 1:-:', '第十一条之一 - 甲方和乙方在边境地区开展合作，加强交流，促进发展… 1:1: 2:2:'],
});
reads('a summary stops at the first full stop, semicolon or colon, or at the end of a short paragraph', '# 甲乙协定\n\n## 第一条\n\n双方同意：甲。\n\n## 第二条\n\n双方合作；乙。\n\n## 第三条\n\n双方交流。丙。\n\n## 第四条\n\n双方合作，加强交流\n', {
  kind: '协定', selfRef: '本协定', articles: ['第一条 - 双方同意 1:-:', '第二条 - 双方合作 1:-:', '第三条 - 双方交流 1:-:', '第四条 - 双方合作，加强交流 1:-:'],
});
reads('a short first line where the parties or the instrument do something is a sentence, not a caption; one naming them is a caption', '# 甲乙协定\n\n第一条　双方同意在边境\n地区开展合作，具体领域由双方商定。\n\n第二条　缔约双方的义务\n\n双方应当交换信息。\n\n第三條　雙方同意互派\n人員。\n\n第四条　本协定自签字之日起生效\n\n第五条　缔约方大会\n\n缔约方大会每年举行一次。\n\n第六条　本协定适用范围\n\n本协定适用于两国边境地区。\n\n第七条　缔约各方应\n相互通报。\n', {
  kind: '协定', selfRef: '本协定',
  articles: [
    '第一条 - 双方同意在边境地区开展合作，具体领域由双方商定 1:-:', '第二条 缔约双方的义务 缔约双方的义务 1:-:', '第三条 - 雙方同意互派人員 1:-:', '第四条 - 本协定自签字之日起生效 1:-:',
    '第五条 缔约方大会 缔约方大会 1:-:', '第六条 本协定适用范围 本协定适用范围 1:-:', '第七条 - 缔约各方应相互通报 1:-:',
  ],
});
// A web page or a converted document puts an article's number alone on its line and its caption on the next (fsou's
// investment agreements: `第十五条` / `生效、有效期和终止` / `一、…`): the caption is the article's, not its first paragraph.
// A short first line that is a sentence cut by a hard break is the text's.
reads('a caption on the line after a bare article number', '# 甲乙协定\n\n第十五条\n生效、有效期和终止\n一、本协定自签字之日起生效。\n二、本协定有效期为十年。\n第十六条\n过渡\n本协定适用于所有投资。\n第十七条\n双方同意在边境\n地区开展合作。\n', {
  kind: '协定', selfRef: '本协定',
  articles: ['第十五条 生效、有效期和终止 生效、有效期和终止 1:1: 2:2:', '第十六条 过渡 过渡 1:-:', '第十七条 - 双方同意在边境地区开展合作 1:-:'],
});
// Web pages of Taiwan sites and UN model texts glue the caption to the number (`第一條引渡之義務`): a short phrase with no
// sentence punctuation is the caption, and the `1.` that opens the text then numbers its paragraphs. A hard break before
// a reference (`第三条规定的程序`, `第三条至第五条`) leaves running text.
reads('a caption glued to the article number, no space between', '# 甲乙引渡条约\n\n第一條引渡之義務\n締約國同意相互引渡。\n第二條可予引渡之犯罪行為\n1.可予引渡之犯罪行為系指任何犯罪行為。\n2.在確定某一犯罪行為時:\n(a)不應計較用語;\n(b)應作整體考慮。\n第三条 程序\n依照本条约\n第三条规定的程序\n和第四条至\n第五条至第六条\n办理。\n', {
  kind: '条约', selfRef: '本条约',
  articles: ['第一条 引渡之義務 引渡之義務 1:-:', '第二条 可予引渡之犯罪行為 可予引渡之犯罪行為 1:1:1. 2:2:2.', '第三条 程序 程序 1:-:'],
});
// One character glued to the label is no caption: the article's first character, a page cut there (`第五條締` after
// articles glued to their text, `第四條締約國雙方…`).
reads('one character glued to the last article\'s label is its text cut, not a caption', '# 甲乙友好條約\n\n第一條締約國雙方確認合作。\n第二條締約國雙方進行磋商。\n第三條締\n', {
  kind: '条约', selfRef: '本條約',
  articles: ['第一条 - 締約國雙方確認合作 1:-:', '第二条 - 締約國雙方進行磋商 1:-:', '第三条 - 締 1:-:'],
});
// Samples F and G's treaty.ts:729–730 (listed as a fast path, branch g12feat): a half-width colon stops a summary as the
// full-width one does, and a footnote marker is read as markup (dropped), not as the summary's text.
reads('a summary stops at a half-width colon; a footnote marker in it is dropped', '# 甲乙协定\n\n## 第一条\n\n双方同意:甲。\n\n## 第二条\n\n双方合作[^1]：乙。\n\n[^1]: 注释。\n', {
  kind: '协定', selfRef: '本协定', articles: ['第一条 - 双方同意 1:-:', '第二条 - 双方合作 1:-:'],
});
reads('a name in 《》 that names a kind, a shorter title after the dash', '# 《中华人民共和国和甲国边界条约》——边界条约\n\n## 第一条\n\n甲。\n',
  { title: ['中华人民共和国和甲国边界条约', '中华人民共和国和甲国边界条约', '《中华人民共和国和甲国边界条约》——边界条约'], kind: '条约', selfRef: '本条约' });

test('model: summarize, cleanTitle, normalizeTitle, kindOf', () => {
  assert.deepEqual(
    [summarize('双方同意：甲。'), summarize('一二三四五六七八九十一二三四五六七八九十一二三四五'), summarize('一二三四五六七八九十一二三四五六七八九十一二三四'), summarize('**双方** 同意')],
    ['双方同意', '一二三四五六七八九十一二三四五六七八九十一二三四…', '一二三四五六七八九十一二三四五六七八九十一二三四', '双方同意']);
  assert.deepEqual([cleanTitle(' 甲乙<sup>1</sup>协定 '), cleanTitle('甲 乙 协 定'), cleanTitle('Treaty of Peace')], ['甲乙协定', '甲乙协定', 'Treaty of Peace']);
  assert.deepEqual([normalizeTitle('《聯合國憲章》'), normalizeTitle('ＡＢＣ协定(草案),一'), normalizeTitle('“甲” 乙　丙')], ['联合国宪章', 'ABC协定（草案），一', '甲乙丙']);
  assert.deepEqual([kindOf('甲乙协定（草案）'), kindOf('甲乙协定的议定书'), kindOf('甲乙协定执行情况'), kindOf('甲乙'), kindOf('甲乙法律问题')], ['协定', '议定书', '协定', undefined, undefined]);
});

// ——— Look-ups ———

test('model: findArticle by number and 之 number, the first of repeated numbers, a note\'s own point', () => {
  const t = buildTreaty('# 甲乙协定\n\n## 第一条\n\n甲。\n\n## 第二条\n\n乙。\n\n## 第二条之一\n\n丙。\n\n## 第二条\n\n丁。\n');
  const name = (a: { name: string; start: number } | undefined) => a && `${a.name}@${a.start}`;
  const [one, two, twoA, twoAgain] = t.articles;
  assert.deepEqual([findArticle(t, 1), findArticle(t, 2), findArticle(t, 2, 1), findArticle(t, 3), findArticle(t, 2, 2)].map(name),
    [name(one), name(two), name(twoA), undefined, undefined]);
  assert.notEqual(twoAgain.start, two.start);
  const notes = buildTreaty('# 中华人民共和国政府和古巴共和国政府关于互免签证的换文\n\n（一）中方去文\n\n一、双方互免签证。\n\n二、本换文自签字之日起生效。\n\n（二）古方来文\n\n一、双方互免签证，依照第二条办理。\n\n二、本换文自签字之日起生效。\n');
  const second = notes.notes[1];
  const at = notes.text.indexOf('依照第二条');
  assert.deepEqual([name(findArticle(notes, 2, undefined, at)), name(findArticle(notes, 2)), name(findArticle(notes, 2, 1, at))],
    [name(second.points[1]), name(notes.notes[0].points[1]), undefined]);
});

test('model: articleAt, from the first offset of an article to the last', () => {
  const t = buildTreaty('# 甲乙协定\n\n## 第一条\n\n甲。\n\n## 第二条\n\n乙。\n\n## 第三条\n\n丙。\n');
  const names = [0, ...t.articles.flatMap((a) => [a.start - 1, a.start, a.end - 1, a.end]), t.text.length + 5].map((o) => articleAt(t, o)?.name ?? '-');
  assert.deepEqual(names, ['-', '-', '第一条', '第一条', '第二条', '第一条', '第二条', '第二条', '第三条', '第二条', '第三条', '第三条', '-', '-']);
});

// An amending bill's instruction opening a line: `第3條現予修訂──` (Hong Kong's `…現予修訂`, `…現予廢除，代以──`) names the
// amended ordinance's section, and is no section of the bill.
test('model: a line opening with 第N條現予修訂 is an amending instruction, no article', () => {
  const t = buildTreaty('本條例草案\n旨在修訂《釋義及通則條例》。\n\n3. 原有法律\n\n第2A(4)條現予修訂,廢除"《基本法》"的定義。\n\n4. 詞語和詞句的釋義\n\n第3條現予修訂──\n  1. 廢除下列詞語的定義:"大臣"。\n\n5. 修訂\n\n第四條现予废除。\n');
  assert.deepEqual(t.articles.map((a) => a.name), []);
});

// An amending bill's page opening with the words `本條例草案` / `旨在…` (Hong Kong's: `This Bill is to …`): the bill naming
// itself, no title.
test('model: a first line that is the text\'s self-word (本條例草案, 本协定) is no title', () => {
  const t = buildTreaty('本條例草案\n旨在\n\n\n修訂《釋義及通則條例》中關於法例的釋疑的條文。\n\n由臨時立法會制定。\n\n1. 簡稱\n  1. 本條例可引稱為《法律適應化修改(釋義條文)\n    條例》。\n\n2. 適用範圍\n\n本條例對國家具約束力。\n');
  assert.equal(t.title, undefined);
  assert.equal(buildTreaty('本协定\n\n第一条 双方合作。\n').title, undefined);
});

test('model: question marks opening a line before Chinese text are indentation an encoding lost (full-width spaces turned into ????): the line\'s label and phrase are read', () => {
  const text = '中华人民共和国政府和甲国政府渔业合作协定\n\n????中华人民共和国政府和甲国政府（以下简称“缔约双方”），达成协议如下：\n\n第一部分 总则\n\n????第一条\n\n????本协定适用于协定水域。\n\n????第二条\n\n????一、缔约双方进行渔业合作。\n\n????二、本协定自签字之日起生效。\n';
  const t = buildTreaty(text);
  assert.deepEqual(t.articles.map((a) => [a.name, a.chapter?.name, a.paragraphs.length]), [['第一条', '第一部分', 1], ['第二条', '第一部分', 2]]);
  assert.deepEqual(t.definitions.map((d) => [d.term, d.meaning]), [['缔约双方', '中华人民共和国政府和甲国政府']]);
  // One question mark, or question marks before Latin letters or digits, are the text's own.
  const own = buildTreaty('中华人民共和国政府和甲国政府渔业合作协定\n\n第一条\n\n??ab 第二条\n\n?第三条\n');
  assert.deepEqual(own.articles.map((a) => a.name), ['第一条']);
});
