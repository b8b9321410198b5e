// New texts of the real corpus (test/fixtures/real, docs/variants.md) read by rules in session 60 (s60unseenA: Qing and
// Republican treaties, traditional script). Each rule is about how Chinese treaty text is written or copied, shown on a fixture
// string with what a careful reader reads in it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textContext } from '../../server/src/features/context';
import { diagnostics } from '../../server/src/features/diagnostics';
import { referencesOf } from '../../server/src/model/references';

const read = (source: string) => textContext(source).treaty;
const dateOf = (source: string) => {
  const d = read(source).signing?.date;
  return d && [d.year, d.month, d.day];
};
/** The codes of the errors and warnings raised on a text. */
const raised = (source: string) => diagnostics(textContext(source)).filter((d) => d.severity === 1 || d.severity === 2).map((d) => String(d.code));
/** The self-references read (`本專條`), as written. */
const selfRefs = (source: string) => referencesOf(read(source)).filter((r) => r.kind === 'self').map((r) => source.slice(r.start, r.end));

// The 1874 Sino-Japanese convention on Taiwan on Wikisource (test/fixtures/real/convention_qing_jp_beijing_special_1874_wikisource_hant.md):
// three points announced by 開列三條於後, sealing nothing, then the reign's date and Meiji's on one line, then the 會議憑單 agreed with it.
const BEIJING = '中日北京專條\n\n本專條見《同治條約》,卷22,頁7。本專條及會議憑單均只有漢文本。\n\n' +
  '為會議條款互立辦法文據事:今與中國議明退兵並善後辦法,開列三條於後:\n\n' +
  '一、日本國此次所辦,原為保民義舉起見,中國不指以為不是。\n\n二、前次所有遇害難民之家,中國定給撫恤銀兩。\n\n' +
  '三、所有此事兩國一切來往公文,彼此撤回註銷,永為罷論。至於該處生番,中國自宜設法妥為約束。\n\n' +
  '同治十三年九月二十二日 明治七年十月三十一日\n\n會議憑單\n\n大日本全權辦理大臣參議兼內務卿大久保;\n\n為會議憑單事:臺番一事,現\n';

test('known 60 (hant): the reign\'s date and the other side\'s paired on one line under the last point sign a Qing convention', () => {
  const t = read(BEIJING);
  assert.deepEqual(dateOf(BEIJING), [1874, 10, 31]);
  assert.deepEqual(t.articles.map((a) => [a.name, a.paragraphs.length]), [['一、', 1], ['二、', 1], ['三、', 1]]);
  // In the other order of calendars, or the Western year beside the reign's: the same.
  assert.deepEqual(dateOf(BEIJING.replace('明治七年十月三十一日', '西曆一千八百七十四年十月三十一日')), [1874, 10, 31]);
  // Each date alone on its line, under a point sealing nothing, with no signatory under them: the point's paragraphs as before.
  const apart = BEIJING.replace('同治十三年九月二十二日 明治七年十月三十一日', '同治十三年九月二十二日\n\n明治七年十月三十一日');
  assert.equal(read(apart).signing, undefined);
  // One date alone (no pair) is no closing either.
  assert.equal(read(BEIJING.replace(' 明治七年十月三十一日', '')).signing, undefined);
  assert.deepEqual(raised(BEIJING), []);
});

test('known 60 (hant): 本專條 names the convention itself', () => {
  assert.deepEqual(selfRefs(BEIJING), ['本專條', '本專條']);
  assert.equal(read(BEIJING).kind, '专条');
});

// The 1906 Anglo-Chinese convention on Tibet (test/fixtures/real/treaty_qing_gb_tibet_1906_wikisource_hant.md): its article 3 names
// an article of the Lhasa convention by who concluded it, `英藏所立之約第九款`.
const TIBET = '中英續訂藏印條約\n\n現議定各款,開列於後:\n\n' +
  '第一款 光緒三十年七月二十八日,英藏所立之約,附入現立之約,作為附約。\n\n第二款 英國國家允不占並藏境。\n\n' +
  '第三款 光緒三十年七月二十八日,英藏所立之約第九款內之第四節所聲明各項權利,除中國獨能享受外,不許他國享受。\n\n' +
  '第四款 所有兩次藏印條約,如與本約無違背者,概應切實施行。\n';

test('known 60 (hant): a unit of 約 named by who concluded it (所立之約第九款) is another instrument\'s', () => {
  assert.deepEqual(raised(TIBET), []);
  for (const words of ['所訂之約', '所定之約', '所簽訂之約']) assert.deepEqual(raised(TIBET.replace('所立之約第九款', words + '第九款')), [], words);
  // This treaty's own (本約第九款, 此約第九款, 現立之約第九款) is a unit it lacks.
  for (const words of ['本約', '此約']) assert.ok(raised(TIBET.replace('英藏所立之約第九款', words + '第九款')).includes('ref.no-such-article'), words);
});

// The 1928 Sino-American tariff treaty on Wikisource (test/fixtures/real/treaty_roc_us_tariff_1928_wikisource_hant.md): its
// testimonium counting the copies by language before the seal, cut by the page before its full stop and its date.
const TARIFF = '整理中美兩國關稅關係之條約\n\n各將所奉文據互相校閱,均屬妥協,會商議定條約如左:\n\n' +
  '第一條 歷來中美兩國所訂立有效之條約內所載關於在中國進出口貨物之稅率,應即撤銷作廢。\n\n' +
  '第二條 本約之華文及英文業經詳加校對證實;惟遇有意旨兩歧之處,應以英文為準。\n\n' +
  '    因此,以上條約繕為華英文各二份,兩國全權畫押蓋印,以昭信守\n';

test('known 60 (hant): copies counted by language before the seal (繕為華英文各二份,…以昭信守) are the signing clause', () => {
  const t = read(TARIFF);
  assert.ok(t.signing, 'no signing clause read');
  assert.equal(t.signing?.copies, 2);
  assert.deepEqual(t.signing?.languages, ['華文', '英文']);
  assert.deepEqual(t.signing?.languageCodes, ['zh', 'en']);
  assert.equal(t.articles.find((a) => a.name === '第二条')?.paragraphs.length, 1);
  // The Qing's form, 繕就 and the languages listed: the same count.
  const qing = read(TARIFF.replace('繕為華英文各二份', '繕就華、英文各四份'));
  assert.equal(qing.signing?.copies, 4);
  assert.deepEqual(qing.signing?.languages, ['華文', '英文']);
  // Sealed without copies, the sentence is the article's paragraph as before.
  const unsealed = read(TARIFF.replace('以上條約繕為華英文各二份,', ''));
  assert.equal(unsealed.signing, undefined);
  assert.equal(unsealed.articles.find((a) => a.name === '第二条')?.paragraphs.length, 2);
});

// The 1933 Tanggu truce quoted in a book's chapter (test/fixtures/real/agreement_roc_jp_tanggu_truce_1933_ranwenzw_hant.md): points
// 一、 to 五、, 項 their word (`第一項`: point 一), and the book's source note in straight quotes above it.
const TANGGU = '塘沽停戰協定\n\n締結左列之停戰協定:\n' +
  '一、中國軍,即撤退至延慶、昌平所連之線以西、以南之地區。\n' +
  '二、日本軍為確認第一項之實行情形,隨時用飛機及其他方法,以行視察。\n' +
  '三、日本軍,如確認第一項所示規定,中國軍業已遵守時,即不再越該線追擊。\n' +
  '四、長城線以南,及第一項所示之線以北之治安維持,以中國警察機關任之。\n' +
  '五、本協定蓋印之後,發生效力。\n';
/** The targets of the article references read, as `text → num/paragraph/item`. */
const targets = (source: string) => referencesOf(read(source)).flatMap((r) => (r.kind === 'article' && r.target ? [`${source.slice(r.start, r.end)} → ${r.target.num}/${r.target.paragraph ?? ''}/${r.target.item ?? ''}`] : []));

test('known 60 (hant): in a text of points, 第Z項 in a point with no items names point Z, not the paragraph it stands in', () => {
  assert.deepEqual(targets(TANGGU), ['第一項 → 1//', '第一項 → 1//', '第一項 → 1//']);
  assert.deepEqual(raised(TANGGU).filter((c) => c.startsWith('ref.')), []);
  // A point with items keeps 第Z項 its own item (一、 with (一) and (二) under it).
  const items = TANGGU.replace('二、日本軍為確認第一項之實行情形,隨時用飛機及其他方法,以行視察。\n', '二、日本軍得為下列視察:\n(一)用飛機;\n(二)用其他方法。第一項之視察,中國方面應予保護。\n');
  assert.deepEqual(targets(items), ['第一項 → 2//1', '第一項 → 1//', '第一項 → 1//']);
  // A bracketed 第(一)項 is an item's, as before.
  assert.ok(!targets(TANGGU.replace('為確認第一項', '為確認第(一)項')).includes('第(一)項 → 1//'));
});

test('known 60 (hant): a straight quote closing a Chinese sentence ends its line', () => {
  const note = '如發現妨礙治安之武裝組織,希望貴軍勿因此而起誤會。\'張篷舟:《近五十年的中國與日本》第149~150頁。\'\n岡村竟然表示,一切宣告必須等待停戰協定簽字以後再行商議。\n';
  const lines = read(note).tree.lines.filter((l) => l.kind === 'text');
  assert.equal(lines[0].terminal, true);
  assert.equal(read(note.replace('頁。\'', '頁。"')).tree.lines.filter((l) => l.kind === 'text')[0].terminal, true);
  // After a Latin full stop, as in English (`…Parties.'` opens no rule of Chinese text), nor a quote alone.
  assert.notEqual(read(note.replace('頁。\'', 'p. 150.\'')).tree.lines.filter((l) => l.kind === 'text')[0].terminal, true);
  assert.notEqual(read(note.replace('頁。\'', '頁\'')).tree.lines.filter((l) => l.kind === 'text')[0].terminal, true);
});
