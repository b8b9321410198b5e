// New texts of the real corpus (test/fixtures/real, docs/variants.md) read by rules in session 59 (s59unseenA: Qing and
// Republican treaties, traditional script). Each rule is about how Chinese treaty text is written or copied, shown on a fixture
// string with what a careful reader reads in it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textContext } from '../../server/src/features/context';
import { diagnostics } from '../../server/src/features/diagnostics';

const read = (source: string) => textContext(source).treaty;
const dateOf = (source: string) => {
  const d = read(source).signing?.date;
  return d && [d.year, d.month, d.day];
};
/** The codes of the errors and warnings raised on a text. */
const raised = (source: string) => diagnostics(textContext(source)).filter((d) => d.severity === 1 || d.severity === 2).map((d) => String(d.code));

// The last page of the 1896 Sino-Japanese treaty of commerce and navigation (test/fixtures/real/
// treaty_qing_jp_commerce_navigation_1896_cctv_big5_p3_hant.md): its last article seals it, the dates in the reign and in Meiji
// alone one a line under it, then the plenipotentiaries.
const COMMERCE = '第二十八款 本條約繕寫漢文、日本文、英文,署名為定。\n\n' +
  '第二十九款 本條約兩國大皇帝批准後,在北京迅速互換。為此兩國全權大臣署名蓋印,以昭信守。\n\n' +
  '光緒二十二年六月十一日\n\n明治二十九年七月二十一日\n\n' +
  '大清國欽差全權大臣總理各國事務大臣尚書銜戶部左侍郎張蔭桓\n\n大日本國欽差駐紮北京全權大臣正四位勳一等男爵林董\n';

test('known 59 (hant): a Qing treaty\'s dates alone under its sealing last article are its signing clause, not the article\'s paragraphs', () => {
  const t = read(COMMERCE);
  assert.deepEqual(dateOf(COMMERCE), [1896, 7, 21]);
  assert.equal(t.articles.find((a) => a.name === '第二十九款')?.paragraphs.length, 1);
  // The Western date beside the reign's dates it too (the reign's lunar month and day date nothing).
  assert.deepEqual(dateOf(COMMERCE.replace('明治二十九年七月二十一日', '西曆一千八百九十六年七月二十一日')), [1896, 7, 21]);
  // With the reign's date alone the clause is read, undated (no Western day).
  const reignOnly = read(COMMERCE.replace('明治二十九年七月二十一日\n\n', ''));
  assert.ok(reignOnly.signing, 'no signing clause read');
  assert.equal(reignOnly.signing?.date, undefined);
  assert.equal(reignOnly.articles.find((a) => a.name === '第二十九款')?.paragraphs.length, 1);
  // A last article that seals nothing keeps a date under it as its paragraph, unless a signatory's line follows the dates (the
  // sealing article deleted from a draft: the closing read as before).
  const unsealed = COMMERCE.replace('為此兩國全權大臣署名蓋印,以昭信守。', '');
  assert.deepEqual(dateOf(unsealed), [1896, 7, 21]);
  const unsigned = unsealed.replace(/大清國欽差[^\n]*\n\n大日本國欽差[^\n]*\n/, '此約附件另行刊印\n');
  assert.equal(read(unsigned).signing, undefined);
  assert.ok((read(unsigned).articles.find((a) => a.name === '第二十九款')?.paragraphs.length ?? 0) > 1, 'the dates are the article\'s');
  assert.deepEqual(raised(COMMERCE).filter((c) => c.startsWith('final.no-signing')), []);
});

// The 1898 convention leasing Weihaiwei on Wikisource (test/fixtures/real/convention_qing_gb_weihaiwei_lease_1898_wikisource_hant.md):
// one paragraph sealed, the plenipotentiaries, then the dates alone.
const LEASE = '訂租威海衛專條\n' +
  '今議定,中國政府將山東省之威海衛及附近之海面,租與英國政府。此約應自畫押之日起,開辦施行。為此,兩國大臣,將此專條畫押蓋印,以昭信守。此專條,在中國京城繕立漢文四分,英文四分,共八分。\n' +
  '大清國總理各國事務衙門和碩慶親王 總理各國事務衙門大臣刑部尚書廖\n大英國 欽差駐紮中華便宜行事大臣竇\n' +
  '光緒二十四年五月十三日\n西曆一千八百九十八年七月一日\n附註\n本專條於一八九八年十月五日在倫敦交換批准。\n';

test('known 59 (hant): a Qing convention\'s dates alone under the plenipotentiaries, its text sealed above them, sign it', () => {
  assert.deepEqual(dateOf(LEASE), [1898, 7, 1]);
  assert.equal(read(LEASE).kind, '专条');
  // Unsealed, the lines are no closing (a note's date under its signer stays the note's).
  assert.equal(read(LEASE.replace('為此,兩國大臣,將此專條畫押蓋印,以昭信守。', '')).signing, undefined);
});

// The 1930 convention returning Weihaiwei, as a provincial gazetteer appends it (test/fixtures/real/
// convention_roc_gb_weihaiwei_1930_sdchorography.md): the compilation's number before the name.
const RETURN = '附一:中英交收威海卫专约\n\nOriginal URL: http://lib.sdsqw.cn/bin/mse.exe?K=ba\n\n' +
  '中华民国国民政府主席 大不列颠与爱尔兰及大英国海外各属地兼印度大皇帝\n因欲使威海卫地域主权,完全交还中国,爱决定缔结一交收威海卫专约。两全权代表各将所奉文据,互相校阅,均属妥善。议定条款如左:\n' +
  '第一条 英国兹将威海卫地域交还中华民国。\n第二条 一千八百九十八年七月一日所订租借威海卫专条,即行取消。\n第三条 所有英国驻兵,应自本专约发生效力之日起,一个月内一律撤退。\n';

test('known 59 (hant): a compilation\'s number before an instrument\'s name heading the page (附一:…专约) is no part of the title', () => {
  const t = read(RETURN);
  assert.equal(t.title?.text, '中英交收威海卫专约');
  assert.equal(t.kind, '专约');
  assert.equal(read(RETURN.replace('附一:', '附八:')).title?.text, '中英交收威海卫专约');
  // Further down the page it numbers the next appended instrument, no title of this one.
  const below = '第一条 英国兹将威海卫地域交还中华民国。\n第二条 即行取消。\n第三条 一律撤退。\n\n附二:中英交收威海卫专约\n';
  assert.notEqual(read('\n\n\n' + 'x\n'.repeat(3) + below).title?.text, '中英交收威海卫专约');
});

// The 1887 Sino-Portuguese treaty on a reading site (test/fixtures/real/treaty_qing_pt_amity_commerce_1887_zhesa_hant.md): the
// site joined the first article to the preamble's last line, after the colon announcing the articles.
const AMITY = '中葡和好通商條約\n\n大清國大皇帝、大西洋國大君主,兩國彼此友睦曆有三百馀年。\n\n' +
  '    茲欲訂立通商和好條約,彼此遵守,是以各将所奉便宜行事之上谕公同較閱,俱屬妥善,特将議定條款開列于後: 一、大清國大皇帝、大西洋國大君主,兩國仍舊永遠敦笃友誼和好。\n\n' +
  '     二、大西洋國永居、管理澳門,大清國仍允無異。\n\n     三、未經大清國首肯,則大西洋國永不得将澳門讓與他國。\n';

test('known 59 (hant): a Qing treaty\'s first article glued after the colon announcing the articles (開列于後: 一、…) is its first', () => {
  assert.deepEqual(read(AMITY).articles.map((a) => a.name), ['一、', '二、', '三、']);
  for (const words of ['開列於左:', '議定各條如左:', '開列如後:']) {
    assert.deepEqual(read(AMITY.replace('開列于後:', words)).articles.map((a) => a.name), ['一、', '二、', '三、'], words);
  }
  // Glued to the colon, the space a fix to full-width punctuation leaves out (`開列于後：一、`): the same.
  assert.deepEqual(read(AMITY.replace('開列于後: ', '開列于後：')).articles.map((a) => a.name), ['一、', '二、', '三、']);
  // After other words the line's one 一、 stays the line's (two points at least are cut out of a lead's line).
  assert.deepEqual(read(AMITY.replace('開列于後:', '其要旨:')).articles.map((a) => a.name), ['二、', '三、']);
});
