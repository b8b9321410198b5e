// First reads of real instruments of shapes the corpus had few of (an investment agreement's last page with its
// protocol under a letter-spaced `附 件:`, exchanges of notes with an annexed letter or with no title), as data: the
// text as a drafter pastes it, and the reading a reader gives. Each rule is about how Chinese treaty text is written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textContext } from '../../server/src/features/context';
import { partiesFromTitle } from '../../server/src/model/parties';
import { signingCopies } from '../../server/src/features/export/alternat';
import { errorsAndWarnings } from '../support/wholeDiagnostics';

const read = (source: string) => textContext(source).treaty;
const problems = errorsAndWarnings;

// A page spreads a short heading to its width: `附 件:` (and `附 录`, `附 表`) is the annex heading `附件:`, and the
// protocol's points under it (`一、关于第二条:`) are the annex's, numbered on their own, not more points of the text
// before the signatures. The signing clause between them is the text's.
const ANNEXED = (heading: string) =>
  '二、在本协定终止通知生效之日前进行的投资,本协定的规定应自终止之日起继续有效二十年。\n由各自政府授权其代表签署本协定,以昭信守。\n' +
  '本协定于公元一九九三年七月一日即回历一四一四年一月十一日在阿布扎比签署,一式两份,每份都用中文、阿拉伯文和英文写成,三种文本具有同等效力。\n' +
  '甲国政府 乙国政府\n代 表 代 表\n(签字) (签字)\n' + heading + '\n议 定 书\n值此…签字之际,双方签字人议定如下各项,作为本协定的组成部分:\n' +
  '一、关于第二条:\n投资者有权申请适当的便利。\n二、关于第三条:\n(一)一切有关购买原料的活动,应享受不低于第三国投资者的待遇。\n';
test('unseen shapes: a letter-spaced annex heading (附 件:) after the signatures holds the protocol\'s points', () => {
  for (const heading of ['附 件:', '附　件：', '附件:']) {
    const t = read(ANNEXED(heading));
    assert.deepEqual(t.articles.map((a) => a.name), ['二、'], heading);
    assert.deepEqual([t.signing?.date?.year, t.signing?.date?.month, t.signing?.date?.day, t.signing?.place, t.signing?.copies], [1993, 7, 1, '阿布扎比', 2], heading);
    assert.deepEqual(problems(ANNEXED(heading)), [], heading);
  }
});
// A sentence opening with the word is no heading: `附 件` spaced is a heading's word only on a short line of its own.
test('unseen shapes: 附件 in a sentence is no annex heading', () => {
  const t = read('# 甲乙协定\n\n第一条 双方合作。\n\n第二条 本协定自签字之日起生效。\n附件,联合委员会的职责由双方商定。\n');
  assert.deepEqual(t.articles.map((a) => a.name), ['第一条', '第二条']);
});

// An exchange of notes dated on a line of its own, then `附:` and a letter annexed to it: the place is the date
// line's, the `附:` under it no part of it.
test('unseen shapes: a note\'s date-place line followed by `附:` (an annexed letter)', () => {
  const t = read('甲国政府和乙国政府关于延长派遣医疗队的换文\n中方去文\n乙国外交部:\n中华人民共和国驻乙国大使馆向乙国外交部致意并荣幸地告知如下内容:\n请外交部尽快答复,并致以崇高的敬意。\n中华人民共和国驻乙国大使馆\n二○○六年三月八日于塔那那利佛\n乙方来文\n中华人民共和国驻乙国大使馆:\n乙国外交部向中华人民共和国驻塔那那利佛大使馆致意,并谨通知如下:\n乙国政府确认同意。\n乙国外交部\n二○○六年四月二十七日于塔那那利佛\n附:\n临时代办致乙国外交部长函\n尊敬的部长先生:\n我荣幸地收到来照,内容如下:\n');
  assert.equal(t.kind, '换文');
  assert.deepEqual([t.signing?.date?.year, t.signing?.date?.month, t.signing?.date?.day, t.signing?.place], [2006, 4, 27, '塔那那利佛']);
});

// Notes that say they make an agreement (`本照会和阁下的复照将构成…一项磋商协议`) and then call it 本协议: with no title, the
// text is an exchange of notes, not a 协议 by its self-references.
test('unseen shapes: untitled notes constituting an agreement (本照会和阁下的复照将构成…协议) are an exchange of notes', () => {
  const notes = (closing: string) => read(`甲国外交部长\n\n阁下:\n\n我荣幸地告知阁下,建议甲国政府确认双方达成的谅解:\n\n1.双方将进行磋商。\n\n2.${closing}\n\n3.在该协议有效期满六个月前,如果任何一方未以书面形式通知另一方,要求终止本协议,则本协议的有效期将自动延长一年。\n\n顺致最崇高的敬意。\n\n乙国外交部长\n\n一九九四年十月十一日于北京\n`);
  assert.equal(notes('因此,如上述承蒙甲方接受,本照会和阁下的复照将构成两国政府之间的一项磋商协议,该协议将从阁下复照之日起生效。').kind, '换文');
  assert.equal(notes('本函和阁下的复函即成为两国政府之间的一项协议。').kind, '换文');
  // No such words: its 本协议 names it.
  assert.equal(notes('该协议将自签字之日起生效。').kind, '协议');
});

// A document site's one line: the database's fields glued (`【法规名称】…协定【颁布部门】【颁布时间】2002-03-26【正文】…`). The
// name field's value ends at the next field's 【: the title.
test('unseen shapes: a database\'s name field glued to its next fields on one line (【法规名称】…【颁布部门】…)', () => {
  const t = read('【法规名称】甲国代表处与乙国协会间之刑事司法互助协定【颁布部门】【颁布时间】2002-03-26【正文】甲国代表处与乙国协会间之刑事司法互助协定1乙国协会与甲国代表处基于相互尊重,同意订立下列条款:第一条用词定义1本协定所用名词定义如下。第二条协助之范围1缔约双方应提供相互协助。第三条生效1本协定自签署之日起生效。\n');
  assert.equal(t.title?.text, '甲国代表处与乙国协会间之刑事司法互助协定');
  assert.equal(t.kind, '协定');
  // A field naming no kind before the next 【 is no title.
  assert.notEqual(read('【法规名称】两岸交流事项【颁布时间】2002-03-26\n\n第一条 双方合作。\n').title?.text, '两岸交流事项');
});

// A copying site's keywords above the page (a spammer's phrases joined by commas or hyphens), blank lines after each:
// page chrome, the title the line after them.
test('unseen shapes: a spammer\'s keyword lines above the title are no title', () => {
  const t = read('国产高清三级在线观看,欧美网站免费观看在线,黄瓜视频在线观看网址\n\n成人精品一区日本无码网-久久精品国产成人-国产偷亚洲偷欧美偷精品-无码成人一区二区\n\n氣候變化框架公約\n[日期:2007-03-30]  來源:  作者:\n\n本公約各締約方,\n  承認地球氣候的變化及其不利影響是人類共同關心的問題,\n  回顧各國根據《聯合國憲章》和國際法原則,擁有主權權利,\n');
  assert.equal(t.title?.text, '氣候變化框架公約');
  assert.equal(t.kind, '公约');
  assert.ok(t.isTreaty);
  // A preamble's clause joined by commas is no keyword line: it names the kind, or it has a quotation mark or a book title.
  const own = read('甲国政府和乙国政府,以下简称“双方”,本着友好合作的精神\n\n甲乙文化协定\n\n第一条 双方合作。\n');
  assert.notEqual(own.title?.text, '甲乙文化协定');
});

// A preamble closing with a colon and the first chapter and article glued after it, every space lost
// (`…并议定下列各条:第一章定义第一条在本条约中…`): the chapter heading and its caption, then the article.
test('unseen shapes: a chapter heading glued after the preamble\'s colon (…各条:第一章定义第一条…)', () => {
  const t = read('甲国和乙国,为加强领事关系,决定缔结本领事条约,并议定下列各条:第一章定义第一条在本条约中出现的下列用语具有以下意义:(一)“领馆”指总领事馆、领事馆;(二)“领区”指为领馆执行领事职务而设定的区域。第二章领馆的设立第二条领馆须经接受国同意才得设立。\n');
  assert.deepEqual(t.chapters.map((c) => `${c.name} ${c.caption}`), ['第一章 定义', '第二章 领馆的设立']);
  assert.deepEqual(t.articles.map((a) => a.name), ['第一条', '第二条']);
  assert.deepEqual(Object.fromEntries(t.definitions.map((d) => [d.term, d.meaning])), { 领馆: '总领事馆、领事馆', 领区: '为领馆执行领事职务而设定的区域' });
  // A colon in running text before a chapter named without a caption cuts nothing: `下列规定适用：第二章第三条所列…`.
  const running = read('# 甲乙协定\n\n第一条 下列规定适用:第二章第三条所列事项除外。\n\n第二条 本协定自签字之日起生效。\n');
  assert.deepEqual(running.articles.map((a) => a.name), ['第一条', '第二条']);
});

// A title naming what is between its parties (`A与B间之…协定`, `A和B之间的…`, `A和B之间关于…`): the parties end at 间, each name
// whole (an office, an institute), not the state a name holds (美国 in 美国在台协会). The other party's signing copy names it
// first: `美国在台协会与驻美国台北经济文化代表处间之…`, not `美国与驻美国台北经济文化代表处在台协会间之…`.
test('unseen shapes: parties named before 间之 / 之间 in a title are whole names', () => {
  assert.deepEqual(partiesFromTitle('驻美国台北经济文化代表处与美国在台协会间之刑事司法互助协定', '协定'), ['驻美国台北经济文化代表处', '美国在台协会']);
  assert.deepEqual(partiesFromTitle('甲国政府和乙国政府之间的航空运输协定', '协定'), ['甲国政府', '乙国政府']);
  assert.deepEqual(partiesFromTitle('中华人民共和国政府和哈萨克斯坦共和国政府之间关于边境口岸的协定', '协定'), ['中华人民共和国政府', '哈萨克斯坦共和国政府']);
  // 间 of another word (期间, 民间) ends no party: `中日民间渔业协定` is read as before.
  assert.deepEqual(partiesFromTitle('中华人民共和国和哈萨克斯坦共和国睦邻友好合作条约', '条约'), ['中华人民共和国', '哈萨克斯坦共和国']);
  const text = '驻美国台北经济文化代表处与美国在台协会间之刑事司法互助协定\n\n美国在台协会与驻美国台北经济文化代表处基于相互尊重,同意订立下列条款:\n\n第一条 缔约双方相互协助。\n\n第二条 本协定自签署之日起生效。\n';
  const copies = signingCopies(text);
  assert.deepEqual(copies.map((c) => c.party), ['驻美国台北经济文化代表处', '美国在台协会']);
  assert.ok(copies[1].text.startsWith('美国在台协会与驻美国台北经济文化代表处间之刑事司法互助协定\n'), copies[1].text.split('\n')[0]);
});

// A note refers to an instrument with 提及…事 (`我谨提及经延长的…海运协定及换函事(以下称‘协定’)`: the matter of it): the short
// name stands for the instrument, the matter's 事 no part of it; a name ending with 事 otherwise keeps it (理事, 董事).
test('unseen shapes: a short name after 提及…事 stands for the instrument, not the matter', () => {
  const terms = (s: string) => Object.fromEntries(read(s).definitions.map((d) => [d.term, d.meaning]));
  const NOTE = (object: string) => `甲国政府和乙国政府关于延长海运协定的换文\n中方复照\n阁下:\n我荣幸地收到阁下的照会,内容如下:\n“我谨提及经延长的一九八八年十二月十五日签署的${object}(以下称‘协定’)。\n如本建议对贵国政府是可以接受的,本照会和阁下的复照即构成两国政府间的一项协议。”\n`;
  assert.deepEqual(terms(NOTE('甲国政府和乙国政府海运协定及换函事')), { 协定: '甲国政府和乙国政府海运协定及换函' });
  assert.deepEqual(terms(NOTE('甲国政府和乙国政府海运协定')), { 协定: '甲国政府和乙国政府海运协定' });
  assert.deepEqual(terms('# 甲乙协定\n\n第一条 双方设立联合委员会理事(以下简称“理事”),负责执行本协定。\n\n第二条 本协定自签字之日起生效。\n'), { 理事: '联合委员会理事' });
});
