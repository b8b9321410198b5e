// New texts of the real corpus (test/fixtures/real, known-failures.json, docs/variants.md) read by rules in session 56
// (s56unseen). Each rule is about how Chinese treaty text is written or copied, shown on a fixture string with what a careful
// reader reads in it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contextOf, textContext } from '../../server/src/features/context';
import { WorkspaceIndex } from '../../server/src/index/workspace';
import { diagnostics } from '../../server/src/features/diagnostics';

const read = (source: string) => textContext(source).treaty;
const names = (source: string) => read(source).articles.map((a) => a.name);

/** The codes of the errors and warnings raised on `source` alone in a workspace. */
function problems(source: string): string[] {
  const index = new WorkspaceIndex();
  const uri = 'file:///ws/text.md';
  index.set(uri, source, 1, 'markdown');
  return diagnostics(contextOf(index, index.get(uri)!)).filter((d) => d.severity === 1 || d.severity === 2).map((d) => `${d.code}`);
}

// The outline implementing the 2001 China–Russia treaty on a treaty database (test/fixtures/real/
// programme_cn_ru_treaty_implementation_fsou.md): the treaty's name in 《》, then what the text is.
const OUTLINE = '《中华人民共和国和俄罗斯联邦睦邻友好合作条约》实施纲要\n中华人民共和国和俄罗斯联邦(以下简称“双方”)一致认为,全面落实《中俄睦邻友好合作条约》符合两国人民的根本利益。\n双方决心采取积极步骤,做好以下工作:\n一、政治领域\n(一)保持和加强两国领导人的频繁接触与交流。\n(二)完善中俄总理定期会晤机制。\n二、经贸领域\n(一)扩大贸易规模。\n';

test('known 56: an outline carrying out a treaty named in 《》 before it (《…条约》实施纲要) is titled by the whole line, its kind 实施纲要', () => {
  const t = read(OUTLINE);
  assert.equal(t.title?.text, '《中华人民共和国和俄罗斯联邦睦邻友好合作条约》实施纲要');
  assert.equal(t.kind, '实施纲要');
  assert.deepEqual(names(OUTLINE), ['一、', '二、']);
  // The treaty's name alone on the line is its title, as before.
  assert.equal(read(OUTLINE.replace('》实施纲要', '》')).title?.text, '中华人民共和国和俄罗斯联邦睦邻友好合作条约');
});

// The China–Micronesia joint statement (2024) run through a converter that doubled its commas (test/fixtures/real/
// statement_cn_fm_2024_xingmingjy_pinyin_hant.md): each point labelled 一,、.
const DOUBLED = '中華人民共和國和密克羅尼西亞聯邦聯合聲明\n應中華人民共和國主席邀請,密克羅尼西亞聯邦總統對中國進行國事訪問,。訪問期間,,雙方舉行會談,,達成重要共識,。\n一,、雙方積極評價建交35年以來雙邊關係發展成果,,也促進了亞太地區和平,、穩定和繁榮。\n二,、雙方一致認為,,國家不分大小、強弱,、貧富一律平等。\n三,、雙方將加強各層級各領域交往。\n';

test('known 56: a point labelled with a converter\'s comma before its 、 (一,、) is the point', () => {
  assert.deepEqual(names(DOUBLED), ['一、', '二、', '三、']);
  // A comma alone after the numeral is no label (a sentence opening 一,): no point.
  assert.deepEqual(names(DOUBLED.replace(/,、/g, ',')), []);
});

// The notes of the 1945 Sino-Soviet treaty on Taiwan's law database (test/fixtures/real/notes_roc_su_friendship_1945_moj_hant.md).
const NOTES = '法規名稱: 中華民國蘇維埃社會主義共和國聯邦友好同盟條約之換文\n簽訂日期: 民國 34 年 08 月 14 日\n\n換文 (一)\n' +
  '(甲) 蘇聯外交人民委員部莫洛托夫部長致中華民國國民政府外交部王部\n長照會\n部長閣下:\n查中蘇友好同盟條約業於本日簽訂,本部長茲特申明兩締約國間之\n諒解如左:\n' +
  '一 蘇聯政府同意予中國以道義上與軍需品及其他物資之援助。\n二 蘇聯政府重申尊重中國在東三省之充分主權。\n本部長順向\n貴部長表示崇高之敬意。\n' +
  '此照\n中華民國國民政府外交部王部長世杰\n中華民國三十四年八月十四日\n西曆一九四五年八月十四日\n\n莫洛托夫 (簽字)\n' +
  '(乙) 中華民國國民政府外交部王部長復蘇聯外交人民委員部莫洛托夫部\n長照會\n部長閣下:\n接准貴部長本日照會內開:\n' +
  '一 蘇聯政府同意予中國以道義上與軍需品及其他物資之援助。\n二 蘇聯政府重申尊重中國在東三省之充分主權。\n本部長順向\n貴部長表示崇高之敬意。\n';

test('known 56: a kind alone numbered in brackets (換文 (一)) heads a set of notes, no title: the database\'s name line is', () => {
  const t = read(NOTES);
  assert.equal(t.title?.text, '中華民國蘇維埃社會主義共和國聯邦友好同盟條約之換文');
  assert.equal(t.kind, '换文');
  // A title line naming its kind with no number stays the title.
  assert.equal(read(NOTES.replace('換文 (一)', '中蘇關於外蒙古問題之換文')).title?.text, '中蘇關於外蒙古問題之換文');
});

test('known 56: a note\'s head broken by a database\'s width (…王部 / 長照會) heads the note, each note numbering its own points', () => {
  const t = read(NOTES);
  assert.equal(t.notes.length, 2);
  // The line its label opens is the head (not the rest under it, read as a head of its own).
  assert.equal(t.notes[0].head.contentStart, NOTES.indexOf('(甲)'));
  assert.deepEqual(t.notes.map((n) => n.points.map((a) => a.name)), [['一、', '二、'], ['一、', '二、']]);
  assert.deepEqual(problems(NOTES), []);
  // The words under a head that is whole are the note's: one head a line, as before (`…照會` / `長照會` is no broken head).
  const whole = NOTES.replace('外交部王部\n長照會', '外交部王部長照會\n長照會');
  assert.equal(read(whole).notes[0].head.contentStart, whole.indexOf('(甲)'));
});

// The ROC–Macedonia communique on Wikisource (test/fixtures/real/communique_roc_mk_diplomatic_1999_wikisource_hant.md): the
// wiki's licence note after the text quotes the ROC Copyright Act's article 9 as a list.
const COMMUNIQUE = '中華民國與馬其頓共和國建立外交關係聯合公報\n' +
  '中華民國政府與馬其頓共和國政府為加強兩國間之友好合作關係,爰經決定自一九九九年一月二十七日起建立全面外交關係。\n' +
  '中華民國政府與馬其頓共和國政府並經協議在台北及史高比那互設大使館。\n' +
  '本聯合公報以中文、馬其頓文、英文繕裝,三種文字正本同一作準,惟遇解釋上有歧異時,應以英文本為準。\n' +
  '中華民國八十八年一月二十七日即公曆一九九九年一月二十七日訂於台北。\n中華民國政府代表 |\n馬其頓共和國政府代表 |\n' +
  '中華民國《著作權法》:\n- 第九條(著作權標的之限制)\n- 下列各款不得為著作權之標的:\n- 一、憲法、法律、命令或公文。\n- 二、中央或地方機關就前款著作作成之翻譯物或編輯物。\n' +
  '本作品來自上列各款,在中華民國,屬於公有領域。\n';

test('known 56: a site\'s note quoting a law as a list under its name (中華民國《著作權法》: / - 第九條…) holds no unit of the text', () => {
  const t = read(COMMUNIQUE);
  assert.deepEqual(t.articles.map((a) => a.name), []);
  assert.deepEqual([t.signing?.date?.year, t.signing?.date?.month, t.signing?.date?.day, t.signing?.place], [1999, 1, 27, '台北']);
  // A list under a line naming no law in 《》 is the text's (`下列各款:` / `- 第九條…`).
  assert.deepEqual(names(COMMUNIQUE.replace('中華民國《著作權法》:', '下列各款:')), ['第九条']);
});

test('known 56: the texts\' languages in the sentence before a date-place line, the instrument naming itself (本聯合公報以…文繕裝), are the clause\'s', () => {
  assert.deepEqual(read(COMMUNIQUE).signing?.languages, ['中文', '馬其頓文', '英文']);
  // A sentence naming no languages before the date: none.
  assert.deepEqual(read(COMMUNIQUE.replace(/本聯合公報以[^\n]*\n/, '雙方同意加強合作。\n')).signing?.languages, []);
});

// A page of a book on official writing (test/fixtures/real/memorandum_cn_ie_embassies_1979_cread_hant.md): a model's end, then
// a real memorandum under 附實例:.
const EXAMPLE = '××××××××××\n中華人民共和國\n全權代表\n(簽署)\n19××年×月×日於××\n附實例:\n中國和愛爾蘭關於在北京和都柏林建立使館的諒解備忘錄\n' +
  '中華人民共和國和愛爾蘭將按照維也納外交關係公約和本備忘錄的規定,互派特命全權大使級的首席外交代表。\n每方最多可派駐十七名使館成員。\n' +
  '愛爾蘭常駐聯合國代表\n特命全權大使\n(簽署)\n一九七九年六月二十二日於紐約\n';

test('known 56: a real instrument printed after a model under 附實例: is titled by the line under the label', () => {
  const t = read(EXAMPLE);
  assert.equal(t.title?.text, '中國和愛爾蘭關於在北京和都柏林建立使館的諒解備忘錄');
  assert.equal(t.kind, '谅解备忘录');
  // 附例 (a by-law) is no label.
  assert.equal(read(EXAMPLE.replace('附實例:', '附例:')).title, undefined);
});

test('known 56: notes dated with no place (中華民國三十四年八月十四日 / 西曆一九四五年八月十四日 under the addressee) are dated so', () => {
  const date = (source: string) => { const d = read(source).signing?.date; return d && [d.year, d.month, d.day]; };
  assert.deepEqual(date(NOTES), [1945, 8, 14]);
  assert.equal(read(NOTES).signing?.place, undefined);
  // No date alone in a note: no date read (a date inside a sentence is no note's date).
  assert.equal(date(NOTES.replace('中華民國三十四年八月十四日\n西曆一九四五年八月十四日\n', '')), undefined);
  assert.equal(date(NOTES.replace('中華民國三十四年八月十四日\n西曆一九四五年八月十四日\n', '本照會於一九四五年八月十四日送達。\n')), undefined);
});
