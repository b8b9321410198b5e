// New texts of the real corpus (test/fixtures/real, docs/variants.md) read by rules in session 58 (s58unseenA: traditional
// script, Qing and Republican texts). Each rule is about how Chinese treaty text is written or copied, shown on a fixture
// string with what a careful reader reads in it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textContext } from '../../server/src/features/context';
import { diagnostics } from '../../server/src/features/diagnostics';
import { referencesOf } from '../../server/src/model/references';

const read = (source: string) => textContext(source).treaty;
/** The codes of the errors and warnings raised on a text. */
const raised = (source: string) => diagnostics(textContext(source)).filter((d) => d.severity === 1 || d.severity === 2).map((d) => String(d.code));

// The Chefoo convention (1876) on a history site (test/fixtures/real/treaty_qing_gb_chefoo_1876_yamab2b_hant.md): the page's
// headline the name and 原文介紹, each clause of the convention's first part marked 一、.
const CHEFOO = '中英煙臺條約原文介紹\n《中英煙臺條約》,又稱《滇案條約》,是1876年清廷與英國簽訂的條約。\n' +
  '一八七六年九月十三日,光緒二年七月二十六日,煙臺。\n' +
  '為會議條款事,現在本大臣等會商一切,今與李大臣議定辦法,分條開列於後:\n第一端 昭雪滇案\n' +
  '一、威大臣另有擬作為滇案奏稿大概底本,先與李大臣商定。\n一、奏明奉旨發抄後,由衙門將折稿、諭旨恭錄知照。\n' +
  '一、所有滇省邊界與緬甸地方來往通商一節,會同妥為商訂。\n';

test('known 58 (hant): clauses each marked 一、 (a Qing text\'s mark, no number) repeat no number', () => {
  const t = read(CHEFOO);
  assert.deepEqual(t.articles.map((a) => a.name), ['一、', '一、', '一、']);
  assert.deepEqual(raised(CHEFOO).filter((c) => c.startsWith('numbering')), []);
  // A 一、 among points numbered 一、 二、 is a repeat, as before.
  const numbered = CHEFOO.replace('一、所有滇省', '二、所有滇省') + '一、自英歷來年正月初一日起,定以五年為限。\n';
  assert.ok(raised(numbered).includes('numbering.duplicate'));
});

test('known 58 (hant): a history site\'s original-text words after the name (…條約原文介紹) are no part of the title', () => {
  const t = read(CHEFOO);
  assert.equal(t.title?.text, '中英煙臺條約');
  assert.equal(t.kind, '条约');
  // `…條約原文` likewise; words of another remark stay (a title ending with no kind then).
  assert.equal(read(CHEFOO.replace('原文介紹\n', '原文\n')).title?.text, '中英煙臺條約');
  assert.notEqual(read(CHEFOO.replace('原文介紹\n', '研究介紹\n')).title?.text, '中英煙臺條約');
});

// The Qing–Japan treaty of amity (1871) on Wikisource (test/fixtures/real/treaty_qing_jp_amity_1871_wikisource.md).
const AMITY = '中日修好条规\n\n维基文库,自由的图书馆\n\n' +
  '大清国、大日本国素敦友谊,历有年所,兹欲同修旧好,益固邦交,各遵所奉谕旨,公同会议订立修好条规。所有议定各条开列于左:\n\n' +
  '第一条 嗣后大清国、大日本国倍敦和谊,与天壤无穷。\n\n第二条 两国既经通好,自必互相关切。\n';

test('known 58 (hant): a treaty of amity named 修好條規 is of the kind 条规, its name the title', () => {
  const t = read(AMITY);
  assert.equal(t.kind, '条规');
  assert.equal(t.title?.text, '中日修好条规');
  assert.equal(read(AMITY.replace('中日修好条规\n', '中日修好條規\n')).kind, '条规');
  // 条规 alone is no kind (it ends `第五条规` in `第五条规定`).
  assert.equal(read(AMITY.replace('中日修好条规\n', '中日通商条规\n')).kind, undefined);
});

// The ROC–US mutual defense treaty (1954) on a cross-strait news site (test/fixtures/real/treaty_roc_us_mutual_defense_1954_lagxw.md).
const DEFENSE = '欢迎访问两岸关系网!\n\n中华民国与美利坚合众国间共同防御条约\n\n来源:www.lagxw.com 发布时间:2016-08-06 11:14:55\n\n' +
  '本条约缔约国\n\n兹重申其对联合国宪章之宗旨与原则之信心:兹议定下列各条款:\n\n' +
  '第一条  本条约缔约国承允依照联合国宪章之规定,以和平方法解决任何国际争议。\n\n第二条  缔约国将个别并联合维持并发展其能力。\n';

test('known 58 (hant): a site\'s greeting over the page (欢迎访问…!) is its furniture: the title below it is read', () => {
  const t = read(DEFENSE);
  assert.equal(t.title?.text, '中华民国与美利坚合众国间共同防御条约');
  assert.equal(read(DEFENSE.replace('欢迎访问两岸关系网!', '歡迎光臨兩岸關係網!')).title?.text, '中华民国与美利坚合众国间共同防御条约');
  // Another sentence over it is no furniture: the title is not looked for past it.
  assert.equal(read(DEFENSE.replace('欢迎访问两岸关系网!', '本网转载以下条约文本供参考!')).title, undefined);
});

// A forum post quoting one article of the same treaty (test/fixtures/real/treaty_roc_us_mutual_defense_1954_ptt_wrapped_hant.md).
const POST = '《中華民國與美利堅合眾國間共同防禦條約》\n本條約締約國\n茲重申其對聯合國憲章之宗旨與原則之信心,\n茲議訂下列各條款。\n' +
  '第六條\n為適用於第二條及第五條之目的,所有『領土』等辭,就中華民國而言,應指臺灣與澎湖。\n' +
  '《中美共同防禦條約》早就承認臺灣是中華民國的領土\nARTICLE VI\nFor the purposes of Articles II and V, the terms shall mean Taiwan and the Pescadores.\n';

test('known 58 (hant): a part of a treaty opening past its first article, unsigned, is not asked for final clauses', () => {
  assert.deepEqual(raised(POST).filter((c) => c.startsWith('final.')), []);
  // The same text from its first article is whole: its entry into force and signing clause are missing.
  const whole = raised(POST.replace('第六條\n', '第一條\n'));
  assert.ok(whole.includes('final.no-entry-into-force'), whole.join(' '));
  assert.ok(whole.includes('final.no-signing-clause'), whole.join(' '));
});

// The Sino-French treaty of 1885 on Wikisource (test/fixtures/real/treaty_qing_fr_vietnam_1885_wikisource_hant.md): the header's
// date alone on its line over the wiki's notes.
const VIETNAM = '中法會訂越南條約十款\n\n條約 中法會訂越南條約十款\n清政府、法國\n1885年6月9日\n' +
  '本條約見《光緒條約》,卷20,頁7-11。\n本條約又稱為《中法新約》。\n條約原文:\n' +
  '大清國大皇帝、大法民主國大伯理璽天德,訂立新約,立定條約如左:\n\n第一款 越南諸省與中國邊界毗連者,法國約明自行弭亂安撫。\n';

test('known 58 (hant): a date alone on its line is a dateline no phrase goes on from (…9日 / 本條約 is no 日本)', () => {
  const selves = (source: string) => referencesOf(read(source)).filter((r) => r.kind === 'self').map((r) => source.slice(r.start, r.end));
  assert.deepEqual(selves(VIETNAM), ['本條約', '本條約']);
  // A line broken after 日 inside a sentence still goes on (`…於1885年6月9日` / `本條約…` is read as before: one run).
  assert.deepEqual(selves(VIETNAM.replace('1885年6月9日\n', '簽訂於1885年6月9日\n')), ['本條約']);
  // A date alone goes on with where it was done on the next line: the signing clause's date and place over two lines.
  const signed = read('中华人民共和国政府和刚果共和国政府关于派遣医疗队的协定\n\n第一条 中国政府同意派遣医疗队。\n\n' +
    '第二条 本协定自签字之日起生效。\n\n一九九五年八月十四日\n于布拉柴维尔签订,共两份。\n').signing;
  assert.deepEqual([signed?.date?.year, signed?.date?.month, signed?.date?.day, signed?.place, signed?.copies], [1995, 8, 14, '布拉柴维尔', 2]);
});
