// New texts of the real corpus read by rules in session 64 (s64unseenB: multilateral conventions and protocols 2000–2006, a WTO
// agreement's page in both scripts, a law touching foreign relations, news reports of a communiqué pasted as one line). Each rule
// is about how Chinese treaty text is printed or copied, shown on a fixture string with what a careful reader reads in it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contextOf, textContext } from '../../server/src/features/context';
import { definition } from '../../server/src/features/definition';
import { diagnostics } from '../../server/src/features/diagnostics';
import { titleKeyOf } from '../../server/src/model/treaty';
import { workspace } from '../support/workspace';

const read = (source: string) => textContext(source).treaty;
/** The codes of the errors and warnings raised on a text. */
const raised = (source: string) => diagnostics(textContext(source)).filter((d) => d.severity === 1 || d.severity === 2).map((d) => String(d.code));

// China Daily's regional pages of the TRIPS Agreement, simplified and through a mirror converting them to traditional (test/fixtures/
// real/agreement_wto_trips_1994_chinadaily_p4.md, agreement_wto_trips_1994_syxj_p4_hant.md): the headline names the agreement, the
// page's part and the parts in all (words.ts PARTS_REMARK).
const TRIPS = '政策与法规\n\n与贸易有关的知识产权协定(1)(共两部分)\n\n\nUpdated: 2010-08-13 10:59\nLarge Medium Small\n\n' +
  '  第4条\n\n  最惠国待遇\n\n  对于知识产权保护,一成员对任何其他国家国民给予的任何利益,应立即无条件地给予所有其他成员的国民。\n\n' +
  '  第5条\n\n  关于取得或维持保护的多边协定\n\n  第4条的义务不适用于在WIPO主持下订立的多边协定中规定的程序。\n';
const TRIPS_HANT = TRIPS.replace('政策与法规', '政策與法規').replace('与贸易有关的知识产权协定(1)(共两部分)', '與貿易有關的知識產權協定(1)(共兩部分)');

test('unseen 64b: a page\'s part and the parts in all after the title are the site\'s, in either script', () => {
  assert.equal(read(TRIPS).title?.text, '与贸易有关的知识产权协定');
  assert.equal(read(TRIPS).kind, '协定');
  assert.equal(read(TRIPS_HANT).title?.text, '與貿易有關的知識產權協定');
  // One instrument's title in both scripts: the same key, the key citations give.
  assert.equal(read(TRIPS_HANT).title?.normalized, read(TRIPS).title?.normalized);
  assert.equal(read(TRIPS).title?.normalized, titleKeyOf('與貿易有關的知識產權協定'));
  // The part's number alone, or the parts in all alone: the same title.
  assert.equal(read(TRIPS.replace('(1)(共两部分)', '（共两部分）')).title?.text, '与贸易有关的知识产权协定');
  // A site's note sending the reader to the other part quotes the headline: furniture still, no title.
  const note = TRIPS.replace('与贸易有关的知识产权协定(1)(共两部分)', '其他请参考“与贸易有关的知识产权协定(1)共两部分”');
  assert.equal(read(note).title, undefined);
  assert.deepEqual(raised(TRIPS_HANT), []);
});

test('unseen 64b: a citation in traditional characters finds the page titled in simplified, its part remark apart', () => {
  const ws = workspace('%! trips.md\n' + TRIPS + '%! hk.md\n# 香港特別行政區政府和土耳其共和國政府相互促進和保護投資協定\n\n第一條 定義\n' +
    '“投資”包括《與貿易有關的知識產權協定‸》所定義及描述的版權。\n');
  const links = definition(contextOf(ws.index, ws.snapshot(ws.file('hk.md'))), ws.offset);
  assert.deepEqual(links.map((l) => l.targetUri), [ws.file('trips.md').uri]);
});

// Xinhua's reports of the Chinese and Russian heads of government's communiqués (test/fixtures/real/communique_cn_ru_premiers_
// 2017_chinacom.md, communique_cn_ru_premiers_2021_fjsen_oneline.md): the agency's dateline over the title or glued before it
// (words.ts NEWS_DATELINE).
const COMMUNIQUE = '中俄总理第二十六次定期会晤联合公报';
const BODY = '中华人民共和国国务院总理李克强和俄罗斯联邦政府总理米舒斯京于2021年11月30日以视频方式举行中俄总理第二十六次定期会晤。 一 ' +
  '两国总理(以下简称“双方”)强调,今年双方庆祝《中俄睦邻友好合作条约》签署20周年。中俄关系成熟、稳定、坚固。 二 双方指出,两国经贸合作重回增长轨道。';

test('unseen 64b: a news agency\'s dateline alone on its line is no line of the title under it', () => {
  const text = `新华社北京11月30日电\n${COMMUNIQUE}\n\n${BODY.replace(/ (?=[一二] )/g, '\n').replace(/([一二]) /g, '$1\n')}\n`;
  assert.equal(read(text).title?.text, COMMUNIQUE);
  // In traditional characters, the reporters named after it: the same.
  assert.equal(read(text.replace('新华社北京11月30日电', '新華社北京11月30日電(記者王明)')).title?.text, COMMUNIQUE);
  // A line of a report that opens like a dateline and goes on is no dateline: read as before (the title's first line).
  assert.notEqual(read(text.replace('新华社北京11月30日电', '新华社北京11月30日电两国')).title?.text, COMMUNIQUE);
});

test('unseen 64b: a page pasted as one line, the dateline before the title, reads as the communiqué it prints', () => {
  const line = `新华社北京11月30日电 ${COMMUNIQUE} ${BODY}\n`;
  const t = read(line);
  assert.equal(t.title?.text, COMMUNIQUE);
  assert.equal(t.kind, '联合公报');
  assert.ok(t.isTreaty);
  // The short name's meaning starts after the section's numeral (`。 一 两国总理(以下简称“双方”)`).
  assert.deepEqual(t.definitions.map((d) => [d.term, d.meaning]), [['双方', '两国总理']]);
  // No dateline: the title is cut off the line as before, the page a communiqué too.
  assert.ok(read(`${COMMUNIQUE} ${BODY}\n`).isTreaty);
  // The body one sentence only: too little prose to read as a communiqué.
  assert.equal(read(`新华社北京11月30日电 ${COMMUNIQUE} 双方举行会晤。\n`).isTreaty, false);
  assert.deepEqual(raised(line), []);
});

test('unseen 64b: a section\'s numeral before a short name\'s phrase is no part of its meaning only after a sentence', () => {
  const t = read(`# ${COMMUNIQUE}\n\n会晤于北京举行。 一 两国总理(以下简称“双方”)强调合作。\n\n双方同意加强合作。\n`);
  assert.deepEqual(t.definitions.map((d) => [d.term, d.meaning]), [['双方', '两国总理']]);
});

// The Stockholm Convention on a law firm's page (test/fixtures/real/convention_stockholm_pops_2001_yz148.md): the lawyer's blurb
// over it ends with the link to the rest (words.ts MORE_LINK).
const POPS = '关于就某些持久性有机污染物采取国际行动的斯德哥尔摩公约';
const BLURB = '杨周律师,江苏连众律师事务所主任,全国法律援助工作先进个人,从业以来,能够严格遵守律师职业道德,恪尽职守,先后为连云港电视台等数十…[详细介绍]';
const STOCKHOLM = `${BLURB}\n${POPS}\n发布日期:2006-09-03 12:03:57\n${POPS}\nA.序言\n本公约缔约方,\n认识到持久性有机污染物具有毒性、难以降解,\n` +
  '意识到必须在全球范围内对持久性有机污染物采取行动,\n';

test('unseen 64b: a site\'s teaser closing with its link to the rest is the page\'s, over the title', () => {
  assert.equal(read(STOCKHOLM).title?.text, POPS);
  assert.equal(read(STOCKHOLM).kind, '公约');
  assert.ok(read(STOCKHOLM).isTreaty);
  // The same paragraph with no link: the text's first line, as before (no title read over it).
  assert.equal(read(STOCKHOLM.replace('…[详细介绍]', '。')).title, undefined);
  // `[更多]` and a full-width bracket: the same.
  assert.equal(read(STOCKHOLM.replace('[详细介绍]', '【更多】')).title?.text, POPS);
});

// The Cartagena Protocol as a document site's preview of a .docx named after the convention (test/fixtures/real/
// protocol_cartagena_2000_360docs_glued.md): the title glued to the preamble naming the parties by 本议定书.
const CARTAGENA = '《生物多样性公约》中文版\n- 1、下载文档前请自行甄别文档内容的完整性。\n' +
  '《生物多样性公约》的卡塔赫纳生物安全议定书本议定书缔约方,\n作为《生物多样性公约》(以下简称《公约》)的缔约方,\n' +
  '忆及《公约》第19条第3和第4款,\n兹协议如下:\n第 1 条\n目标\n本议定书的目标是协助确保在安全转移领域内采取充分的保护措施。\n';

test('unseen 64b: a title glued to the preamble that names the parties by its self-word, under a file name naming another kind', () => {
  const t = read(CARTAGENA);
  assert.equal(t.title?.text, '《生物多样性公约》的卡塔赫纳生物安全议定书');
  assert.equal(t.kind, '议定书');
  assert.deepEqual(t.articles.map((a) => a.name), ['第一条']);
  // The file name of the same kind as the self-word: it stays the title.
  assert.equal(read(CARTAGENA.replace('《生物多样性公约》中文版', '《卡塔赫纳生物安全议定书》中文版')).title?.text, '卡塔赫纳生物安全议定书');
  // A self-word of another kind after the glued words: no cut, the file name's title as before.
  assert.equal(read(CARTAGENA.replace('本议定书缔约方', '本公约缔约方')).kind, '公约');
  assert.deepEqual(raised(CARTAGENA), []);
});

// Xinhua's «authorized release» column, a colon after its name (`受权发布：`, words.ts NEWS_COLUMN_LEAD): as with its bar.
test('unseen 64b: a news column\'s name and a colon before a headline are no part of the title', () => {
  const decision = '全国人民代表大会常务委员会关于批准《关于制止非法劫持航空器的公约的补充议定书》的决定';
  const text = `受权发布：${decision}\n新华社北京6月28日电\n(2023年6月28日第十四届全国人民代表大会常务委员会第三次会议通过)\n` +
    '第十四届全国人民代表大会常务委员会第三次会议决定：批准2010年9月10日由中华人民共和国政府代表在北京签署的《关于制止非法劫持航空器的公约的补充议定书》。\n';
  assert.equal(read(text).title?.text, decision);
  assert.equal(read(text.replace('受权发布：', '受权发布:')).title?.text, decision);
});

// The UNTOC's trafficking protocol as a document site copies a treaty database's record (test/fixtures/real/
// protocol_untoc_trafficking_2000_yfs8.md): its fields after bullets, one label naming 条约, a stray tag glued before a bullet, then
// `正文` alone over the title (words.ts BULLETED_FIELD, BODY_LABEL).
const TRAFFICKING = '联合国打击跨国有组织犯罪公约关于预防、禁止和惩治贩运人口特别是妇女和儿童行为的补充议定书';
const RECORD = `文章属性\n∙【缔约国】联合国\n∙【条约领域】刑事,人权\n∙【公布日期】2000.11.15\n犯罪未遂∙【条约类别】议定书\n∙【签订地点】巴勒莫\n正文\n${TRAFFICKING}\n` +
  '(2000年11月15日由第55届联合国大会通过,2003年9月29日生效)\n序言\n本议定书缔约国,\n兹商定如下:\n第1条\n与联合国打击跨国有组织犯罪公约的关系\n' +
  '1. 本议定书是对联合国打击跨国有组织犯罪公约的补充。\n2. 除非本议定书中另有规定,公约的规定应经适当变通后适用于本议定书。\n';

test('unseen 64b: a database\'s fields after bullets and its body label over the title are the page\'s', () => {
  assert.equal(read(RECORD).title?.text, TRAFFICKING);
  assert.equal(read(RECORD).kind, '议定书');
  // With `•` for the bullets, and `全文:` for the label: the same.
  assert.equal(read(RECORD.replace(/∙/g, '•').replace('正文', '全文:')).title?.text, TRAFFICKING);
  // `正文` glued to the title is no label alone: the title's words as before.
  assert.notEqual(read(RECORD.replace(`正文\n${TRAFFICKING}`, `正文${TRAFFICKING}`)).title?.text, TRAFFICKING);
  assert.deepEqual(raised(RECORD), []);
});
