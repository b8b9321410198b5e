// Real text as drafters paste it from a store, a database page or a converter that joined what the
// instrument writes apart: paragraphs joined on one line, a page heading or a database's fields glued
// to the title, the English beside the Chinese. Each case: the text, and the reading a reader gives it
// (title, kind, articles with their paragraph counts, chapters), written by reading the text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTreaty } from '../../server/src/model/treaty';
import { referencesOf } from '../../server/src/model/references';

interface Reading {
  title?: string;
  kind?: string;
  /** `第一条 3`: an article and how many paragraphs it has. */
  articles?: string[];
  /** `第一章 总则: 第一条 第二条`. */
  chapters?: string[];
  /** `term=meaning`. */
  definitions?: string[];
  /** The self-references, as written. */
  selfRefs?: string[];
  /** The signing clause's date and place: `1983-2-10 布加勒斯特`. */
  signed?: string;
}

function reading(text: string, want: Reading): Reading {
  const t = buildTreaty(text);
  const got: Reading = {};
  if ('title' in want) got.title = t.title?.text;
  if ('kind' in want) got.kind = t.kind;
  if (want.articles) got.articles = t.articles.map((a) => `${a.name} ${a.paragraphs.length}`);
  if (want.chapters) got.chapters = t.chapters.map((c) => `${c.name}${c.caption ? ` ${c.caption}` : ''}: ${t.articles.filter((a) => a.chapter === c).map((a) => a.name).join(' ')}`);
  if (want.definitions) got.definitions = t.definitions.map((d) => `${d.term}=${d.meaning}`);
  if ('signed' in want) got.signed = t.signing ? `${t.signing.date?.year}-${t.signing.date?.month}-${t.signing.date?.day} ${t.signing.place}` : undefined;
  if (want.selfRefs) got.selfRefs = referencesOf(t).filter((r) => r.kind === 'self').map((r) => t.text.slice(r.start, r.end));
  return got;
}

const CASES: [string, string, Reading][] = [
  // A numbered paragraph joined to the one before it after a full stop and a space: cut out when its number continues the line's.
  ['二、…法人。 三、… (a store joined two paragraphs): three paragraphs',
    '# 中华人民共和国和俄罗斯联邦司法协助条约\n\n第一条 司法保护\n一、缔约一方的国民享有司法保护。\n二、本条第一款的规定亦适用于法人。 三、本条约所指的“民事案件”，亦包括商事案件。\n\n第二条 联系途径\n一、双方通过中央机关联系。\n',
    { articles: ['第一条 3', '第二条 1'] }],
  ['一、…。 二、…。 三、… all on one line: three paragraphs',
    '# 甲国和乙国合作协定\n\n第一条\n一、双方合作。 二、双方交流。 三、双方磋商。\n',
    { articles: ['第一条 3'] }],
  ['二、… wrapped by a PDF, the joined 三、 on the line continuing it: three paragraphs',
    '# 甲国和乙国合作协定\n\n第一条\n一、双方合作。\n二、本条第一款的规定亦适用于\n法人。 三、本协定所指的案件包括商事案件。\n',
    { articles: ['第一条 3'] }],
  ['二、…。 四、… (the number does not continue the line\'s): one line, no cut',
    '# 甲国和乙国合作协定\n\n第一条\n一、双方合作。\n二、双方交流。 四、双方磋商。\n',
    { articles: ['第一条 2'] }],
  ['二、…如下 三、… (no sentence end before the label): no cut',
    '# 甲国和乙国合作协定\n\n第一条\n一、双方合作。\n二、双方交流的方式为 三、四种。\n',
    { articles: ['第一条 2'] }],
  // A law firm's page heads the law with its history record, the date and what was done glued before the name.
  ['104.07.01制定條約締結法: the law\'s name is the title',
    '104.07.01制定條約締結法\n\n第 1 條    為規範條約與協定之締結程序，特制定本法。\n\n第 2 條    條約之締結，依本法之規定。\n',
    { title: '條約締結法', kind: '法' }],
  ['99.07.02修正 … 法 (a revision\'s record): the law\'s name is the title',
    '99.07.02修正著作權法\n\n第 1 條    為保障著作人著作權益，特制定本法。\n',
    { title: '著作權法', kind: '法' }],
  // A judicial interpretation's title names no kind of instrument: its issuing body says `关于…的解释`, a series number after it.
  ['最高人民法院关于…的解释（一） under a site\'s line: the title',
    '跳至内容\n\n最高人民法院关于适用《中华人民共和国涉外民事关系法律适用法》若干问题的解释(一)\n\n维基文库，自由的图书馆\n\n第一条 民事关系具有下列情形之一的，人民法院可以认定为涉外民事关系。\n\n第二条 涉外民事关系法律适用法施行前发生的涉外民事关系，适用当时的法律。\n',
    { title: '最高人民法院关于适用《中华人民共和国涉外民事关系法律适用法》若干问题的解释(一)' }],
  ['最高人民法院关于…问题的批复 (a reply, its document number and who asked below): the title, and 本批复 names it',
    '最高人民法院关于债务人在约定的期限届满后未履行债务而出具没有还款日期的欠款条诉讼时效期间应从何时开始计算问题的批复\n法复[1994]3号\n山东省高级人民法院:\n你院请示收悉。经研究，答复如下：本批复自公布之日起施行。\n此复\n',
    { title: '最高人民法院关于债务人在约定的期限届满后未履行债务而出具没有还款日期的欠款条诉讼时效期间应从何时开始计算问题的批复', selfRefs: ['本批复'] }],
  ['a line merely ending with 解释 (…作出的解释) is no title',
    '双方对条款作出的解释\n\n第一条 民事关系具有下列情形之一的，人民法院可以认定为涉外民事关系。\n',
    { title: undefined }],
  // A converter's pinyin after a character (`協(xié)定`): the word read as if it were not there.
  ['（以下簡稱協(xié)定雙方） and 本協(xié)定: a term and a self-reference, as written',
    '# 中華人民共和國政府和朝鮮民主主義人民共和國政府獸醫(yī)防疫互助合作協(xié)定\n\n中華人民共和國政府和朝鮮民主主義人民共和國政府(以下簡稱協(xié)定雙方)為了加強合作,決定締結本協(xié)定,達成如下協(xié)議:\n\n第一條\n\n協(xié)定雙方同意進行密切協(xié)作。\n',
    { definitions: ['協(xié)定雙方=中華人民共和國政府和朝鮮民主主義人民共和國政府'], selfRefs: ['本協(xié)定'] }],
  // A bilingual page: each line gives the Chinese, then its English after a space.
  ['a title line with its English after a space, a preamble so written: the title, its kind, the parties\' short name',
    '中华人民共和国和俄罗斯联邦睦邻友好合作条约 Treaty of Good-Neighborliness and Friendly Cooperation between the People\'s Republic of China and the Russian Federation\n中华人民共和国和俄罗斯联邦(以下简称“缔约双方”), The People\'s Republic of China and the Russian Federation (hereafter known as the “contracting parties”),\n基于中俄两国人民睦邻友好的历史传统, In view of the historical tradition of good-neighborliness,\n坚信巩固两国间各个领域的友好合作符合两国人民的根本利益, Firmly believing that consolidating friendship serves the interests of both peoples,\n',
    { title: '中华人民共和国和俄罗斯联邦睦邻友好合作条约', kind: '条约', definitions: ['缔约双方=中华人民共和国和俄罗斯联邦'] }],
  ['a news headline reporting the signing (中俄签署…条约), the report announcing the full text (…全文如下:), then the title: the title',
    '中俄签署睦邻友好合作条约(2001/7/16)\n7月16日,两国元首在莫斯科签署了《中俄睦邻友好合作条约》。条约全文如下:\n中华人民共和国和俄罗斯联邦睦邻友好合作条约\n中华人民共和国和俄罗斯联邦(以下简称“缔约双方”),\n基于中俄两国人民睦邻友好的历史传统,\n坚信巩固两国间各个领域的友好合作符合两国人民的根本利益,\n',
    { title: '中华人民共和国和俄罗斯联邦睦邻友好合作条约', kind: '条约' }],
  // A news page printing the communiqué establishing China–US relations (communique_cn_us_diplomatic_relations_1979_page.md).
  ['a news headline reporting the publication (中美公布…的联合公报), the report announcing the full text, then the title: the title',
    '中美公布建立外交关系的联合公报\n\n          中华人民共和国和美利坚合众国决定自一九七九年一月一日起建立外交关系。联合公报的全文如下:\n\n          中华人民共和国和美利坚合众国关于建立外交关系的联合公报\n\n          一九七九年一月一日\n\n          中华人民共和国和美利坚合众国商定自一九七九年一月一日起互相承认并建立外交关系。\n',
    { title: '中华人民共和国和美利坚合众国关于建立外交关系的联合公报', kind: '联合公报' }],
  // A court's page printing the Mainland–Hong Kong arrangement on judgments (arrangement_hk_judgments_2019_court_bilingual.md): the
  // Supreme People's Court's sentence publishing it names it with the issuer (《最高人民法院关于…的安排》), the title below is without it, over two lines.
  ['the court publishing an arrangement by its name with the issuer (《最高人民法院关于…》…现予公布), the title below over two lines without it: the title',
    '《最高人民法院关于内地与香港特别行政区法院相互认可和执行民商事案件判决的安排》已于2019年1月14日由最高人民法院审判委员会第1759次会议通过,现予公布,自2024年1月29日起施行。\nArrangement on Reciprocal Recognition and Enforcement of Judgments\n内地与香港特别行政区法院\n相互认可和执行民商事案件判决的安排\n根据《中华人民共和国香港特别行政区基本法》第九十五条的规定,最高人民法院与香港特别行政区政府经协商,现就民商事案件判决的相互认可和执行问题作出如下安排。\n第一条 内地与香港特别行政区法院民商事案件生效判决的相互认可和执行,适用本安排。\n第二条 本安排自2024年1月29日起施行。\n',
    { title: '内地与香港特别行政区法院相互认可和执行民商事案件判决的安排', kind: '安排' }],
  ['the same with a name in 《》 that is another instrument (《关于…的决定》), the lines below it no title of it: no title from it',
    '《全国人民代表大会常务委员会关于修改〈民事诉讼法〉的决定》已于2023年9月1日通过,现予公布。\n内地与香港特别行政区法院\n相互认可和执行民商事案件判决的安排\n根据基本法,作出如下安排。\n第一条 适用本安排。\n第二条 本安排自2024年1月29日起施行。\n',
    { kind: '安排' }],
  ['a headline reporting a statement issued (中日发表联合声明), the title below it: the title',
    '中日发表联合声明\n\n新华社北京电 双方发表联合声明。全文如下：\n\n中华人民共和国政府和日本国政府联合声明\n\n一、双方确认两国关系发展顺利。\n\n二、双方同意加强合作。\n',
    { title: '中华人民共和国政府和日本国政府联合声明', kind: '联合声明' }],
  // A book's appendix printing the 1950 Sino-Soviet treaty (treaty_cn_su_alliance_1950_book.md): its footnote mark after the title, the note in brackets.
  ['a title with a book\'s footnote mark after it, the note in brackets (…条约①(①本文引自…)): the title, to the mark',
    '附录16:中苏友好同盟互助条约\n\n  中苏友好同盟互助条约①(①本文引自某某编《国际关系史料选编》法律出版社1988年第一版。)\n    (一九五○年二月十四日)\n    缔约国双方决定缔结本条约,同意下述各条:\n    第一条 缔约国双方保证共同维护和平。\n    第二条 缔约国双方保证彼此磋商。\n',
    { title: '中苏友好同盟互助条约', kind: '条约' }],
  // A site copying the China–Germany social security agreement (agreement_cn_de_social_security_2001_page.md): the page's
  // name (the title, `-`, the site's), the date, the site's name on the line right above the title.
  ['the site\'s name on the line above a title the page\'s name already gave whole (…协定-某某网 / 某某网-某某k8 / …协定): the title alone',
    '中华人民共和国与甲国社会保险协定-某某网\n\n2022年01月05日\n某某网-某某k8娱乐\n中华人民共和国与甲国社会保险协定\n发布时间:2020-09-18\n\n中华人民共和国与甲国为加强合作,达成协议如下:\n\n第一条 定义\n\n本协定内用语具有各自法律赋予的含义。\n',
    { title: '中华人民共和国与甲国社会保险协定', kind: '协定' }],
  ['a title broken after words that join no name (联合国打击跨国有组织犯罪 / 公约关于…议定书), no page\'s name above it: both lines',
    '联合国打击跨国有组织犯罪\n公约关于预防、禁止和惩治贩运人口特别是妇女和儿童行为的补充议定书\n\n第一条 本议定书补充该公约。\n',
    { title: '联合国打击跨国有组织犯罪公约关于预防、禁止和惩治贩运人口特别是妇女和儿童行为的补充议定书', kind: '议定书' }],
  // The China–Germany social security agreement's definitions (agreement_cn_de_social_security_2001_page.md): each term an
  // item's head, its meaning for each party on the lines under it, each ending with `；`, blank lines between.
  ['terms heading items ((一)“主管机关”一词), the meaning for each party on the lines under them ending with ；: one paragraph\'s items',
    '# 中华人民共和国与甲国社会保险协定\n\n第一条 定义\n\n一、本协定内:\n\n(一)“法律规定”一词\n\n在中华人民共和国,系指有关法律;\n\n在甲国,系指有关法规;\n\n(二)“主管机关”一词\n\n在中华人民共和国,系指劳动和社会保障部;\n\n在甲国,系指劳动部;\n\n二、其他词语具有各缔约国法律规定赋予的含义。\n\n第二条 适用范围\n\n本协定适用于养老保险。\n',
    { articles: ['第一条 2', '第二条 1'] }],
  ['an item ending its sentence with ； under a lead, the next line a paragraph of its own: still a paragraph',
    '# 中华人民共和国与甲国合作协定\n\n第一条 合作\n\n双方在下列领域开展合作:\n\n(一)贸易;\n\n(二)投资;\n\n双方鼓励企业参与合作。\n',
    { articles: ['第一条 2'] }],
  // A protocol to the 1983 China–Romania investment agreement pasted as one line (protocol_cn_ro_investment_1983_fdtk.md).
  ['a lead and its points pasted as one line (…组成部分: 一、 关于第四条…。 二、 关于第七条…。 本议定书于…签订…): the points, the signing clause',
    '中华人民共和国政府和甲国政府关于相互促进和保护投资的协定的议定书\n缔约双方商定如下内容,作为协定的组成部分: 一、 关于第四条第一款 协定第四条第一款所述的补偿,应相当于投资被征收之日的实际价值。 二、 关于第七条 协定第七条所述的转移不应迟延。 本议定书于一九八三年二月十日在布加勒斯特签订,共两份,每份都用中文和英文写成,两种文本具有同等效力。\n',
    { articles: ['一、 1', '二、 1'], signed: '1983-2-10 布加勒斯特' }],
  ['a preamble naming two things in one sentence (…如下: 一、二审…), no second point after a stop: no points',
    '中华人民共和国和甲国合作协定\n双方商定如下: 一、二审法院的判决应当相互承认。 双方开展合作。\n',
    { articles: [] }],
  // An encyclopedia's page of the 1981 China–US exchange of notes on consulates (notes_cn_us_consulates_1981_newton_hant.md): no title line, its lead sentence naming it.
  ['an encyclopedia\'s lead sentence opening with the instrument\'s name (…的換文是由…簽定的條約。), no title line: the name before 是',
    '中國政府和甲國政府關於相互增設總領事館的換文是由甲國在1981年06月16日,於北京簽定的條約。\n基本介紹\n- 條約種類:換文\n(一)我方去文\n甲國駐華大使館:\n中華人民共和國外交部向甲國駐華大使館致意,並謹確認兩國政府達成諒解如下:\n雙方可各增設一個總領事館。\n',
    { title: '中國政府和甲國政府關於相互增設總領事館的換文', kind: '换文' }],
  ['a sentence about an agreement opening a text with no title (双方签署的协定是两国关系的里程碑。): no title',
    '双方签署的协定是两国关系的里程碑。\n\n第一条 双方开展合作。\n\n第二条 双方加强交流。\n',
    { title: undefined }],
  ['关于签署…的谅解备忘录 (the verb inside 关于…的) is a title',
    '中华人民共和国政府和新加坡共和国政府关于签署自由贸易协定的谅解备忘录\n\n第一条 双方同意启动谈判。\n\n第二条 本备忘录自签字之日起生效。\n',
    { title: '中华人民共和国政府和新加坡共和国政府关于签署自由贸易协定的谅解备忘录', kind: '谅解备忘录' }],
  // A database's one line: the title glued to its fields, a part's caption glued between the preamble's stop and the first article.
  ['…的解释发文单位:最高人民法院文号:… : the title ends before the fields',
    '最高人民法院关于适用《中华人民共和国民事诉讼法》的解释发文单位:最高人民法院文号:法释〔2015〕5号发布日期:2015130\n\n第一条 民事诉讼法第十八条第一项规定的重大涉外案件，包括争议标的额大的案件。\n\n第二条 专利纠纷案件由知识产权法院管辖。\n',
    { title: '最高人民法院关于适用《中华人民共和国民事诉讼法》的解释' }],
  ['…制定本解释。一、管辖第一条…。第二条… (a part\'s caption glued before the first article, no space anywhere): the articles',
    '# 最高人民法院关于适用《中华人民共和国民事诉讼法》的解释\n\n根据民事诉讼法，结合审判工作实际，制定本解释。一、管辖第一条民事诉讼法第十八条第一项规定的重大涉外案件，包括争议标的额大的案件。第二条专利纠纷案件由知识产权法院管辖。\n',
    { articles: ['第一条 1', '第二条 1'] }],
  ['…。二、依照第一条规定… (第一条 after a numbered sentence, a reference): no article',
    '# 甲国和乙国合作协定\n\n一、双方开展合作。二、依照第一条规定，双方交流。\n',
    { articles: [] }],
  // A page converted from a word processor, a blank line after every line: a bare chapter label's caption a blank line below it.
  ['第一章 / (blank) / 公约的一般原则和适用 / (blank) / 第一条 …: the chapter\'s caption',
    '# 国际民用航空公约\n\n第一章 \n\n公约的一般原则和适用\n\n第一条 \n\n主权\n\n缔约各国承认每一国家对其领土之上的空气空间具有完全的和排他的主权。\n\n第二章 \n\n在缔约国领土上空飞行\n\n第二条 \n\n领土\n\n本公约所指一国的领土，应认为是在该国主权下的陆地区域及与其邻接的领水。\n',
    { chapters: ['第一章 公约的一般原则和适用: 第一条', '第二章 在缔约国领土上空飞行: 第二条'] }],
  // A database's field label before the title, no colon: `协定名称 …的协定 协定序言 …` (a model convention's optional words `<和资本>` kept).
  ['协定名称 甲国和乙国关于对所得<和资本>避免双重征税的协定 协定序言 …: the title',
    '协定名称 甲国和乙国关于对所得<和资本>避免双重征税的协定 协定序言 (协定的序言应按照缔约国双方的宪法程序起草)\n\n第一条 纳税人范围\n\n本协定适用于纳税人为缔约国一方的居住者。\n',
    { title: '甲国和乙国关于对所得<和资本>避免双重征税的协定', kind: '协定' }],
  // A book's running head over each page, its chapter and the page within it: no chapter of the convention it prints.
  ['第88章 政务公文写作(49) over a page of a convention in a book: no chapter',
    '# 关于制止非法劫持航空器的公约\n\n第七条 在其境内发现被指称的罪犯的缔约国，如不将此人引渡，应将此案件提交其主管当局以便起诉。\n\n第88章 政务公文写作(49)\n\n第八条 前述罪行应看作是包括在缔约各国间现有引渡条约中的一种可引渡的罪行。\n',
    { chapters: [], articles: ['第七条 1', '第八条 1'] }],
  ['第二章 缔约国的义务（一） (a Chinese numeral in brackets): a chapter',
    '# 关于制止非法劫持航空器的公约\n\n第一章 总则\n\n第一条 凡在飞行中的航空器内的任何人，即是犯有罪行。\n\n第二章 缔约国的义务（一）\n\n第二条 各缔约国承允对上述罪行给予严厉惩罚。\n',
    { chapters: ['第一章 总则: 第一条', '第二章 缔约国的义务（一）: 第二条'] }],
  // A width that cut the first entry after a lead (the SCO Charter's article 1 wrapped at 14, as the pasted property
  // drew it): the entry's first line has no mark but the lines under it do — no bare member of a list, which the lead's
  // paragraph takes in, but the entry's first line; a page number between changes nothing. The bare members stay the lead's.
  ['…任務是: / 加強…和睦鄰 / 友好; (an entry a width cut after a lead): its own paragraph',
    '# 上海合作組織憲章\n\n第一條 宗旨和任務\n\n本組織的基本宗旨和任務是:\n\n加強成員國間的相互信任和睦鄰\n—3—\n友好;\n\n發展多領域合作,維護和加強地區和平;\n',
    { articles: ['第一条 3'] }],
  ['…的规定： / 外交护照 / 公务护照 / 海员证。 (bare members of a list): the lead\'s paragraph',
    '# 中华人民共和国政府和某国政府关于互免签证的协定\n\n第一条\n\n缔约一方公民持有下列有效护照，可以享受本协定的规定：\n\n外交护照\n公务护照\n海员证。\n\n第二条 本协定自签字之日起生效。\n',
    { articles: ['第一条 1', '第二条 1'] }],
];

for (const [name, text, want] of CASES) {
  test(`pasted joins: ${name}`, () => assert.deepEqual(reading(text, want), want));
}
