// New texts of the real corpus (test/fixtures/real, docs/variants.md) read by rules in session 61 (s61unseenA: Qing and
// Republican treaties, traditional script, pages copied from books and novels). Each rule is about how Chinese treaty text is
// written or copied, shown on a fixture string with what a careful reader reads in it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textContext } from '../../server/src/features/context';
import { diagnostics } from '../../server/src/features/diagnostics';
import { referencesOf } from '../../server/src/model/references';

const read = (source: string) => textContext(source).treaty;
/** The articles read, each with its count of paragraphs. */
const articles = (source: string) => read(source).articles.map((a) => [a.name, a.paragraphs.length]);
/** The codes of the errors and warnings raised on a text. */
const raised = (source: string) => diagnostics(textContext(source)).filter((d) => d.severity === 1 || d.severity === 2).map((d) => String(d.code));
/** The self-references read (`本協約`), as written. */
const selfRefs = (source: string) => referencesOf(read(source)).filter((r) => r.kind === 'self').map((r) => source.slice(r.start, r.end));

// The 1858 Sino-British Treaty of Tianjin on a reading site (test/fixtures/real/treaty_qing_gb_tianjin_1858_zhesa_hant.md): its first
// article glued after the colon announcing the articles, white space between, on the preamble's line.
const TIANJIN = '中英天津條約\n\n大清皇帝、大英君主,因視兩國情意未洽,今願重修舊好;各将所奉全權大臣便宜行事之上谕互相較閱,俱屬妥當,' +
  '現将會議商定條約開列于左: 第一款 前壬寅年七月二十四日江甯所定和約仍留照行。\n廣東所定善後舊約并通商章程現在更章,所有舊約作為廢紙。\n' +
  '第二款 大清皇帝、大英君主意存睦好不絕。\n第三款 大英欽差各等大員及各眷屬可在京師。\n';

test('known 61 (hant): a Qing treaty\'s 第一款 glued after the colon announcing the articles heads article 1', () => {
  assert.deepEqual(articles(TIANJIN), [['第一款', 2], ['第二款', 1], ['第三款', 1]]);
  // Glued to the colon, no white space (the fix to full-width punctuation leaves none): the same.
  assert.deepEqual(articles(TIANJIN.replace('開列于左: 第一款', '開列于左：第一款')), [['第一款', 2], ['第二款', 1], ['第三款', 1]]);
  assert.deepEqual(raised(TIANJIN), []);
  // After a colon announcing nothing below (`議定如下:`), or a label that goes on as a reference (`第一款規定`): part of the preamble.
  assert.deepEqual(articles(TIANJIN.replace('開列于左: 第一款', '議定: 第一款')).map(([n]) => n), ['第二款', '第三款']);
  assert.deepEqual(articles(TIANJIN.replace('開列于左: 第一款 前壬寅年', '開列于左:第一款規定前壬寅年')).map(([n]) => n), ['第二款', '第三款']);
});

// The same treaty in a book's edition (test/fixtures/real/treaty_qing_gb_tianjin_1858_yishiweijian_footnotes.md): each article's text
// opens with the clause mark 一、 (one clause), the last label glued to it.
const TIANJIN_BOOK = '1858.6.26 天津\n大清皇帝、大英君主,因视两国情意未洽,今愿重修旧好;现将会议商定条约开列于左:\n' +
  '第一款 一、前壬寅年七月二十四日江宁所定和约仍留照行。\n第二款 一、大清皇帝、大英君主意存睦好不绝。\n第三款一、今兹约定,以上所开应有大清优待各节。\n';

test('known 61 (hant): 第N款 glued to the clause mark 一、 heads its article', () => {
  assert.deepEqual(articles(TIANJIN_BOOK), [['第一款', 1], ['第二款', 1], ['第三款', 1]]);
  // A numeral after the 、 is a list going on (`第三款一、二项`), no clause mark: the line stays the article's before.
  assert.deepEqual(articles(TIANJIN_BOOK.replace('第三款一、今兹', '第三款一、二项今兹')).map(([n]) => n), ['第一款', '第二款']);
});

// The 1898 Sino-German Kiautschou convention (test/fixtures/real/treaty_qing_de_kiautschou_1898_shijii.md, …_ibalu_p2_pinyin.md):
// 三端十款, each part numbering its articles from 第一款 again.
const KIAUTSCHOU = '中德胶澳租界条约\n\n山东曹州府教案现已商结,故大清国国家、大德国国家,是以和衷商定专条,开列于下:\n\n' +
  '第一端 胶澳租界\n\n第一款 大清国大皇帝允许离胶澳海面潮平周遍一百里内,准德国官兵无论何时过调。\n\n' +
  '第二款 大清国大皇帝已允将胶澳之口,南北两面,租与德国,先以九十九年为限。\n\n' +
  '第二端 铁路、矿务等事\n\n第一款 中国国家允准德国在山东盖造铁路二道。\n\n第二款 于所开各道铁路附近之处相距三十里内,允准德商开挖煤斤。\n';

test('known 61 (hant): a Qing treaty\'s parts 第一端, 第二端 are its chapters, each numbering its articles again', () => {
  const t = read(KIAUTSCHOU);
  assert.deepEqual(t.chapters.map((c) => [c.name, c.caption]), [['第一端', '胶澳租界'], ['第二端', '铁路、矿务等事']]);
  assert.deepEqual(t.articles.map((a) => [a.name, a.chapter?.name]), [['第一款', '第一端'], ['第二款', '第一端'], ['第一款', '第二端'], ['第二款', '第二端']]);
  // No numbering warning: 第一款 opens the second part as it opens the first.
  assert.deepEqual(raised(KIAUTSCHOU), []);
  // A label glued to its words (`第一端口`, a port) is no part's heading: a paragraph of the article above.
  const port = KIAUTSCHOU.replace('允准德商开挖煤斤。\n', '允准德商开挖煤斤。\n\n第一端口之税则另议。\n');
  assert.equal(read(port).chapters.length, 2);
  assert.equal(read(port).articles[3].paragraphs.length, 2);
});

// A novel's chapter quoting the convention over two pages, the second's heading (`第375章 中德胶澳租借条约(2 / 2)`): the chapter's
// page of its pages, the book's running head — no chapter of the convention.
test('known 61 (hant): a chapter\'s heading ending with its page of pages `(2 / 2)` is a running head', () => {
  const page = '第375章 中德胶澳租借条约(2 / 2)\n\n晚清崛起 老沈阳 6573 字 2019-11-20\n\n' +
    '第四款 胶澳外各岛及险滩,德国应设立浮桩等号,各国船均应纳费。\n\n第五款 嗣后如德国租期未满之前,自愿将胶澳归还中国,中国应许赔还。\n\n' +
    '第二端 铁路、矿务等事\n\n第一款 中国国家允准德国在山东盖造铁路二道。\n';
  assert.deepEqual(read(page).chapters.map((c) => c.name), ['第二端']);
  assert.deepEqual(read(page.replace('(2 / 2)', '（1/3）')).chapters.map((c) => c.name), ['第二端']);
  // Without the page in brackets it is a chapter's heading as written.
  assert.deepEqual(read(page.replace('(2 / 2)', '')).chapters.map((c) => c.name), ['第三百七十五章', '第二端']);
});

const SIAM = '中華民國暹羅王國爲建立兩國親睦邦交,增進兩國人民相互利益起見,訂立友好條約,議定條款如左:\n' +
  '第一條中華民國與暹羅王國及兩國人民間,應永敦和好,歷久不渝。\n第二條兩締約國有相互派遣正式外交代表之權。\n';

test('known 61 (hant): a site\'s words and a book\'s name around the title are no part of it', () => {
  // A history site's `原文简介` after the name (the 1898 convention's page).
  assert.equal(read(KIAUTSCHOU.replace('中德胶澳租界条约\n', '中德胶澳租界条约原文简介\n')).title?.text, '中德胶澳租界条约');
  // The book of treaties the site copies from, glued before the name, bare or in its marks (the 1946 Sino-Siamese treaty of amity).
  assert.equal(read('中國近代條約中華民國暹羅王國友好條約\n' + SIAM).title?.text, '中華民國暹羅王國友好條約');
  assert.equal(read('『中国近代条约』中华民国暹罗王国友好条约\n' + SIAM).title?.text, '中华民国暹罗王国友好条约');
  assert.equal(read('中國近代條約中華民國暹羅王國友好條約\n' + SIAM).kind, '条约');
});

// The 1915 Kyakhta agreement retranslated from Russian on a forum (test/fixtures/real/agreement_roc_ru_mn_kyakhta_1915_usmitbbs_hant.md).
const KYAKHTA = '俄文版\n俄羅斯、中國及蒙古三方關於外蒙古自治之協議:1915年5月25日\n' +
  '大俄皇帝陛下、中華民國總統及外蒙古博克多哲布尊丹巴呼圖克圖汗,乃各自委任全權代表如下:經核查其全權資格,達成如下協議:\n' +
  '第一條\n外蒙古承認1913年10月23日(中華民國二年十一月五日)俄中兩國交換之宣言及照會。\n第二條\n外蒙古承認中國之宗主權。\n' +
  '第三條\n關於外蒙古政治及領土之問題,中國政府應遵守1913年10月23日(中華民國二年十一月五日)俄中兩國交換照會之第九條。\n';

test('known 61 (hant): a language\'s edition over the title, and the title\'s date after a colon, are no part of it', () => {
  assert.equal(read(KYAKHTA).title?.text, '俄羅斯、中國及蒙古三方關於外蒙古自治之協議');
  assert.equal(read(KYAKHTA).kind, '协议');
  assert.equal(read(KYAKHTA.replace('俄文版', '中文本')).title?.text, '俄羅斯、中國及蒙古三方關於外蒙古自治之協議');
});

test('known 61 (hant): an article named after a note (照會之第九條) is the note\'s, not this text\'s', () => {
  assert.deepEqual(raised(KYAKHTA), []);
  assert.deepEqual(raised(KYAKHTA.replace('交換照會之第九條', '交換照會第九條')), []);
  // This text's own (本照會第九條 in a note, or the article with no note named) is an article it lacks.
  assert.ok(raised(KYAKHTA.replace('俄中兩國交換照會之第九條', '本照會第九條')).includes('ref.no-such-article'));
  assert.ok(raised(KYAKHTA.replace('俄中兩國交換照會之第九條', '第九條')).includes('ref.no-such-article'));
});

test('known 61 (hant): 本協約 names the text itself', () => {
  const tumen = '圖們江中韓界務條款\n\n大清国政府及大日本政府,顾念善邻交谊,所订各条款并列于左:\n\n' +
    '第一款 中、日两国政府彼此声明,以图们江为中、韩两国国界。\n\n第二款 中国政府俟本協約签定后,从速开放左开各处。\n';
  assert.deepEqual(selfRefs(tumen), ['本協約']);
  assert.deepEqual(selfRefs(tumen.replace('本協約', '本协约')), ['本协约']);
});
