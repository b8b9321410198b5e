// New texts and known failures of the real corpus (test/fixtures/real, known-failures.json, docs/variants.md) read by rules in
// session 51 (s51unseen). Each rule is about how Chinese treaty and law text is written or copied, shown on a fixture string
// with what a careful reader reads in it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textContext } from '../../server/src/features/context';
import { definition } from '../../server/src/features/definition';
import { referencesOf } from '../../server/src/model/references';

const read = (source: string) => textContext(source).treaty;

// The State Tax Bureau's notice that the China–Australia tax agreement is in force (1991, http://ask.fsou.com/html/text/chl/873/
// 87325.html, test/fixtures/real/notice_cn_au_tax_in_force_1991_fsou.md): `国家税务局关于中澳避免双重征税协定生效的通知`. A notice
// about an agreement is a notice, not the agreement: 通知 is its kind, and `协定第二十七条` is the agreement's article.
const NOTICE = '国家税务局关于中澳避免双重征税协定生效的通知\n\n各省、自治区、直辖市税务局:\n\n一、根据协定第二十七条的规定,该协定自一九九0年十二月二十八日开始生效。\n\n二、请遵照执行。\n';

test('known 51: a notice\'s title (…关于…的通知) is of the kind 通知, whatever instrument it names', () => {
  const t = read(NOTICE);
  assert.equal(t.kind, '通知');
  assert.equal(t.selfRef, '本通知');
  // The agreement's article is no article of the notice: nothing in it to go to.
  assert.deepEqual(definition(textContext(NOTICE), NOTICE.indexOf('第二十七条') + 2), []);
  // An urgent notice too; a notice issuing a text in 《》 is read as the text it issues (its copy keeps the notice above it).
  assert.equal(read(NOTICE.replace('生效的通知', '生效的紧急通知')).kind, '通知');
  assert.equal(read('关于印发《某某市工资支付规定》的通知\n\n第一条\n\n为了规范工资支付,制定本规定。\n\n第二条\n\n本规定自发布之日起施行。\n').kind, '规定');
  // (Its first 关于 is the notice's: one inside the name of the text it issues, `…贯彻<国务院关于职工工作时间的规定>的实施办法》`, is not.)
  assert.equal(read('关于印发《某某单位贯彻<国务院关于职工工作时间的规定>的实施办法》的通知\n\n第一条\n\n甲。\n\n第二条\n\n乙。\n').kind, '办法');
  // A line ending with 通知 that is no notice's title (no 关于…的) names no kind.
  assert.notEqual(read('甲方应当书面通知\n\n一、甲。\n\n二、乙。\n').kind, '通知');
});

test('known 51: a title the page gives again below, under a site\'s banner, is the title, not the banner\'s next line', () => {
  const page = '法搜网--中国法律信息搜索网\n国家税务局关于中澳避免双重征税协定生效的通知\n\n国家税务局关于中澳避免双重征税协定生效的通知\n(国税函发[1991]237号)\n\n各省税务局:\n  根据协定第二十七条的规定,该协定自一九九0年十二月二十八日开始生效。\n';
  assert.equal(read(page).title?.text, '国家税务局关于中澳避免双重征税协定生效的通知');
  // A title broken over two lines, its second half not repeated below, is still read whole.
  const broken = '中华人民共和国政府和苏维埃社会主义\n共和国联盟政府关于双方公民相互往来的协定\n\n第一条\n\n甲。\n\n第二条\n\n乙。\n';
  assert.equal(read(broken).title?.text, '中华人民共和国政府和苏维埃社会主义共和国联盟政府关于双方公民相互往来的协定');
});

// The WIPO Convention (1967) on a news site's twelfth page (http://m.syxj.com.cn/regional/2010-08/13/content_11150612_12.htm,
// read 2026-12-06; its head below as found, its articles cut short): a spammer's keywords, then the site's section `政策與法規(guī)`
// over the title. 法 inside the section's word (法規, regulations) names no kind: the section is the page's own, the title below it.
test('known 51: a site\'s section naming a one-character kind inside a word (政策與法規) is the page\'s, the title under it', () => {
  const page = '日韩精品久久一区二区三区_亚洲色图p_亚洲综合在线最大成人\n\n政策與法規(guī)\n\n建立世界知識(shí)產(chǎn)權(quán)組織公約\n\n\nUpdated: 2010-08-13 14:02\n\n第十四條\n\n本公約的參加\n\n  (1) 第五條所指的國家可以成為本公約的當事國。\n\n第十五條\n\n本公約的生效\n\n  (1) 本公約應在三個月後生效。\n';
  assert.equal(read(page).title?.text, '建立世界知識(shí)產(chǎn)權(quán)組織公約');
  // A line ending with the one-character kind (a law's name, `中华人民共和国宪法`) is still no page's chrome.
  assert.equal(read('中华人民共和国宪法\n\n第一条\n\n甲。\n\n第二条\n\n乙。\n').title?.text, '中华人民共和国宪法');
});

// Macao's Executive Order 30/2005 (https://bo.io.gov.mo/bo/i/2005/28/ordem30_cn.asp?printer=1, test/fixtures/real/
// order_mo_election_spending_2005_bo_print_hant.md) and Dispatch 166/2024 of the Chief Executive (test/fixtures/real/
// dispatch_mo_electronic_government_2024_bo_hant.md, a known failure): the gazette names each by its number and kind alone over
// its enacting sentence, as it does a law or a decree.
test('known 51: Macao\'s executive order and dispatch named by number and kind over their first sentence are titled so', () => {
  const order = '葡文版本\n\n第30/2005號行政命令\n\n行政長官行使《澳門特別行政區基本法》第五十條(四)項規定的職權,發佈本行政命令。\n\n第一條\n\n將開支之權限授予選舉委員會。\n\n第二條\n\n本行政命令自公佈翌日起生效。\n';
  const t = read(order);
  assert.deepEqual([t.title?.text, t.kind, t.selfRef], ['第30/2005號行政命令', '行政命令', '本行政命令']);
  const dispatch = '葡文版本\n\n第166/2024號行政長官批示\n\n行政長官行使《澳門特別行政區基本法》第五十條賦予的職權,作出本批示。\n\n一、重新公佈第2/2020號法律的全文。\n\n二、重新公佈第5/2022號法律的全文。\n';
  assert.equal(read(dispatch).title?.text, '第166/2024號行政長官批示');
  // A secretary's dispatch too.
  assert.equal(read(dispatch.replace('行政長官批示', '社會文化司司長批示')).title?.text, '第166/2024號社會文化司司長批示');
});

// The same order's closing under its last article (test/fixtures/real/order_mo_election_spending_2005_bo_print_hant.md,
// order_mo_ce_election_spending_2019_bo_legismac_hant.md): its date alone, `命令公佈。`, the Chief Executive's office and name.
// They are the order's date and signature, not paragraphs of its last article.
test('known 51: a Macao act\'s date, 命令公佈 and signer under its last article are its closing, not the article\'s paragraphs', () => {
  const order = '第30/2005號行政命令\n\n行政長官行使《澳門特別行政區基本法》第五十條(四)項規定的職權,發佈本行政命令。\n\n第一條\n\n將開支之權限授予選舉委員會。\n\n第二條\n\n本行政命令自公佈翌日起生效,其效力追溯至二零一九年二月十一日。\n\n二零零五年七月十一日。\n\n命令公佈。\n\n行政長官 何厚鏵\n\n< ] ^ ]\n';
  const t = read(order);
  assert.deepEqual(t.articles.map((a) => a.paragraphs.length), [1, 1]);
  assert.deepEqual([t.signing?.date?.year, t.signing?.date?.month, t.signing?.date?.day], [2005, 7, 11]);
  // The date over the signer alone (a dispatch's) closes it too; a date line over a sentence goes on with the article.
  assert.deepEqual(read(order.replace('\n\n命令公佈。', '')).articles.map((a) => a.paragraphs.length), [1, 1]);
  assert.deepEqual(read(order.replace('命令公佈。', '本命令由行政法務司負責執行。')).articles.map((a) => a.paragraphs.length), [1, 4]);
  // A notice's date of publishing (`…日發佈。`, the day a notice publishing a convention was issued) is no act's date.
  assert.deepEqual(read(order.replace('二零零五年七月十一日。', '二零零五年七月十一日發佈。')).articles.map((a) => a.paragraphs.length), [1, 4]);
});

// The Kyoto Protocol shredded by a composition site (test/fixtures/real/protocol_kyoto_1997_zuowen_shredded.md) as
// test/unit/pasted.test's property wraps it at 14 columns: a defined term set apart between lone quotation marks, its meaning
// then wrapped (`指本议定书缔约方,除非文中另` / `有说明。`), and a title cut by a blank line after a wrapped line
// (`…通过的《联合国气候变` / `化纲` / `` / `要公约》`). Wrapped, the copy reads as it did: the term and the title are kept.
test('known 51: a shredded term\'s meaning and a title cut by a blank line read the same when the copy is wrapped', () => {
  const meaning = (source: string) => read(source).definitions.map((d) => `${d.term}=${d.meaning}`);
  const term = '某某议定书\n\n第一条\n\n为本议定书的目的:\n\n"\n\n缔约方\n\n"\n\n指本议定书缔约方,除非文中另有说明。\n\n第二条\n\n甲。\n';
  assert.deepEqual(meaning(term.replace('除非文中另有说明。', '除非文中另\n有说明。')), meaning(term));
  assert.deepEqual(meaning(term), ['缔约方=本议定书缔约方,除非文中另有说明']);
  const cited = (source: string) => referencesOf(read(source)).flatMap((r) => (r.kind === 'citation' ? [r.citation.normalized] : []));
  const title = '某某议定书\n\n第一条\n\n“公约”指1992年5月9日在纽约通过的《联合国气候变化纲\n\n要公约》。\n\n第二条\n\n甲。\n';
  assert.deepEqual(cited(title), ['联合国气候变化纲要公约']);
  assert.deepEqual(cited(title.replace('通过的《联合国气候变化纲', '通过的《联合国气候变\n化纲')), ['联合国气候变化纲要公约']);
});
