// New texts of the real corpus (test/fixtures/real, docs/variants.md) read by rules in session 58 (s58unseenB: modern texts as
// drafters paste them from ministry pages, treaty databases and law sites). Each rule is about how such pages are written or
// copied, shown on a fixture string with what a careful reader reads in it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textContext } from '../../server/src/features/context';
import { parseTreaty } from '../../server/src/syntax/parser';
import { reparse } from '../../server/src/syntax/reparse';

const read = (source: string) => textContext(source).treaty;

// The NPC Standing Committee's decision acceding to the Refugee Convention, with reservations, on a law site (test/fixtures/real/
// decision_npc_refugees_1982_lenchy.md): the reserved provisions numbered 一、 二、 三、, then the site's note of its source.
const DECISION = '全国人民代表大会常务委员会关于我国加入《关于难民地位的公约》和《关于难民地位的议定书》的决定\n\n(1982年8月23日通过)\n\n' +
  '  第五届全国人民代表大会常务委员会第二十四次会议决定:中华人民共和国加入《关于难民地位的公约》和《关于难民地位的议定书》,并同时声明对下列条款予以保留:\n' +
  '  一、《公约》第十四条后半部分;\n  二、《公约》第十六条第(三)款;\n  三、《议定书》第四条。\n';
const SOURCE = '【资料来源:http://law.npc.gov.cn:87/page/secondbrw.cbs?rid=1&order=7&result=C%3A%5CWINDOWS%5CTEMP%5CC113D85%2Etmp&page=codetitle&f=&field=%B7%D6%C0%E0%BA%C5&transword=+&dkall=0&code2=40110&OpenCondition=】\n';

const paragraphsOf = (source: string) => read(source).articles.map((a) => a.paragraphs.length);

test('known 58b: a page\'s source line with its web address after the last point (【资料来源:http://…】) is no paragraph of it', () => {
  assert.deepEqual(paragraphsOf(DECISION), [1, 1, 1]);
  // The site's source after the text, however long its address: the page's, not the point's second paragraph.
  assert.deepEqual(paragraphsOf(DECISION + SOURCE), [1, 1, 1]);
  assert.deepEqual(paragraphsOf(DECISION + '\n来源: http://www.npc.gov.cn/wxzl/wxzl/2000-12/06/content_4466.htm\n'), [1, 1, 1]);
  // The other furniture of a page's end likewise (words.ts PAGE_FOOTER): an editor's credit, the buttons.
  assert.deepEqual(paragraphsOf(DECISION + '(责任编辑:王萌萌)\n'), [1, 1, 1]);
  assert.deepEqual(paragraphsOf(DECISION + '【打印】【关闭】\n'), [1, 1, 1]);
  assert.deepEqual(paragraphsOf(DECISION + SOURCE + '【打印】【关闭】\n'), [1, 1, 1]);
  // A sentence after the last point stays its paragraph, and a line naming a source in words is a sentence's too when it says more.
  assert.deepEqual(paragraphsOf(DECISION + '本决定自通过之日起施行。\n'), [1, 1, 2]);
  assert.deepEqual(paragraphsOf(DECISION + '资料来源于缔约双方交换的各项文件,双方应予保密。\n'), [1, 1, 2]);
});

// A memorandum signed under its last article, then the news site's credit (the furniture closing the page is no part of the
// signatures either).
const SIGNED = '中华人民共和国外交部和罗马尼亚外交部合作谅解备忘录\n双方达成如下共识:\n第一条\n双方定期举行磋商。\n第二条\n本备忘录自签字之日起生效。\n' +
  '本备忘录于二〇〇五年四月二十五日在北京签署,一式两份,每份均用中文和罗马尼亚文写成,两种文本同等作准。\n中华人民共和国外交部代表 罗马尼亚外交部代表\n';

test('known 58b: the page\'s furniture after a signed text\'s signatures leaves the articles and the signing clause as they are', () => {
  for (const tail of ['', '(责任编辑:王萌萌)\n', SOURCE]) {
    const t = read(SIGNED + tail);
    assert.deepEqual(t.articles.map((a) => a.paragraphs.length), [1, 1]);
    assert.deepEqual([t.signing?.date?.year, t.signing?.date?.month, t.signing?.date?.day, t.signing?.place, t.signing?.copies], [2005, 4, 25, '北京', 2]);
  }
});

// Typing in the last article of such a page: the incremental re-parse of the document's tail (syntax/reparse.ts inTail) ends the
// body before the page's furniture as a full parse does (the property of test/unit/reparse.test.ts found it on the real corpus's
// China–Georgia consular treaty, its page's `(資料來源:…)` line and footer after its cut article).
const CONSULAR = '中华人民共和国和格鲁吉亚领事条约\n中华人民共和国和格鲁吉亚,决定缔结本领事条约,议定下列各条:\n第一条 定义\n就本条约而言,下列用语具有以下意义:\n' +
  '(一)“领馆”指总领事馆、领事馆、副领事馆或领事代理处;\n(二)“派遣国国民”指任何具有派遣国\n第二条 领馆的设立\n领馆须经接受国同意,始得在该国境内设立。\n' +
  '(资料来源:全国人大华侨委员会办公室法案室《侨务法律法规实用手册》)\n' + SOURCE + '【打印】【关闭】\n';

test('known 58b: an edit in the last article of a page closed by its furniture reparses to the full parse', () => {
  assert.deepEqual(paragraphsOf(CONSULAR), [1, 1]);
  const text = CONSULAR;
  for (const [at, typed] of [[text.indexOf('第二条'), '　'], [text.indexOf('始得'), '的'], [text.indexOf('(资料来源'), '\n'], [text.indexOf('【打印】'), '双方']] as const) {
    const tree = reparse(parseTreaty(text), [{ start: at, end: at, text: typed }]);
    assert.deepStrictEqual(tree, parseTreaty(tree.text), `typing ${JSON.stringify(typed)} at ${at}`);
  }
});

// An unnumbered sentence set apart between an article's paragraphs 一、 and 二、 goes on with 一、 (session 56's
// numberedGoesOnApart); a PDF's page number between its wrapped lines changes nothing (the pasted property of
// test/unit/pasted.test.ts found it on the 1963 China–Mongolia boundary treaty's gazette page, wrapped at 14 columns).
const APART = '第二条\n\n締約双方同意:\n\n一、凡是以河流为界的地段,以干流的河道中心綫为界。\n\n界河中的河水由双方共同使用,使\n用河水的办法,由双方有关当局\n第7页 共10页\n另行协商确定。\n\n二、界河中的島屿和沙洲由双方协商确定其归屬。\n\n第三条\n\n本条約自签字之日起生效。\n';

test('known 58b: a page number between the lines of a sentence set apart under 一、 leaves it going on with 一、', () => {
  assert.deepEqual(read(APART).articles.map((a) => a.paragraphs.length), [2, 1]);
  assert.deepEqual(read(APART.replace('第7页 共10页\n', '')).articles.map((a) => a.paragraphs.length), [2, 1]);
});
