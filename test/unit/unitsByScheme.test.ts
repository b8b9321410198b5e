// The units below an article as the text's own scheme numbers them. Taiwan's laws (the Republic of China's) name them 條/項/款
// — 項 a paragraph, written unlabelled, 款 an item, `一、` under a lead, the reverse of the mainland's 款/项 — and the law
// database ends a lead with `︰` (U+FE30); Macao's texts name an item by its bracketed number with no 第 (`第三條(六)項`), as a
// few mainland laws do (`海事诉讼特别程序法第七条（三）项`). The Taiwan fixture is the Administrative Procedure Act (行政程序法,
// articles 78, 81, 111 and 115) as the law database lays it out; the Macao one the Chief Executive's notice of 2006
// (test/fixtures/real/agreement_mo_ch_readmission_2005_hant.md) citing Law 3/1999 (law_mo_publication_format_1999_2022_wikisource_hant.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contextOf, textContext } from '../../server/src/features/context';
import { resolve } from '../../server/src/features/resolve';
import { referencesOf } from '../../server/src/model/references';
import { WorkspaceIndex } from '../../server/src/index/workspace';

/** Each article reference of the first document, its target, and the words of the unit it resolves to (or what resolve says instead). */
function landings(source: string, others: Record<string, string> = {}): string[] {
  const index = new WorkspaceIndex();
  index.set('file:///ws/main.md', source, 1, 'markdown');
  for (const [name, text] of Object.entries(others)) index.set(`file:///ws/${name}`, text, 1, 'markdown');
  const ctx = contextOf(index, index.get('file:///ws/main.md')!);
  return referencesOf(ctx.treaty)
    .filter((r) => r.kind === 'article')
    .map((r) => {
      const t = r.kind === 'article' ? resolve(ctx, r) : undefined;
      const at = !t ? 'nothing' : t.kind === 'article' ? t.snapshot.text.slice(t.start, t.end).trim().slice(0, 8) : t.kind;
      return `${source.slice(r.start, r.end)} ${JSON.stringify(r.target)} → ${at}`;
    });
}

const PROCEDURE = (lead = '︰') =>
  '行政程序法\n\n第 78 條\n' +
  `對於當事人之送達，有下列各款情形之一者，行政機關得依申請，准為公示送達${lead}\n一、應為送達之處所不明者。\n二、於有治外法權人之住居所或事務所為送達而無效者。\n三、於外國或境外為送達，不能依第八十六條之規定辦理或預知雖依該規定辦理而無效者。\n` +
  '有前項所列各款之情形而無人為公示送達之申請者，行政機關為避免行政程序遲延，認為有必要時，得依職權命為公示送達。\n\n' +
  '第 81 條\n公示送達自前條公告之日起，其刊登政府公報或新聞紙者，自最後刊登之日起，經二十日發生效力；於依第七十八條第一項第三款為公示送達者，經六十日發生效力。\n\n' +
  `第 111 條\n行政處分有下列各款情形之一者，無效${lead}\n一、不能由書面處分中得知處分機關者。\n二、應以證書方式作成而未給予證書者。\n三、內容對任何人均屬不能實現者。\n四、所要求或許可之行為構成犯罪者。\n五、內容違背公共秩序、善良風俗者。\n六、未經授權而違背法規有關專屬管轄之規定或缺乏事務權限者。\n七、其他具有重大明顯之瑕疵者。\n\n` +
  '第 115 條\n行政處分違反土地管轄之規定者，除依第一百十一條第六款規定而無效者外，有管轄權之機關如就該事件仍應為相同之處分時，原處分無須撤銷。\n';

test('units by scheme: Taiwan\'s 第X條第Y項第Z款 and 第X條第Z款 are items of a lead ending with ︰, 前項 the paragraph before', () => {
  const read = landings(PROCEDURE()).filter((r) => /項|款/.test(r));
  assert.deepEqual(read, [
    // 前項 in article 78's second paragraph: its first, the lead with its items.
    '前項 {"num":78,"paragraph":1} → 對於當事人之送達',
    // Article 78, paragraph 1, item 3.
    '第七十八條第一項第三款 {"num":78,"paragraph":1,"item":3} → 三、於外國或境外',
    // 第Y款 alone in a text of 條/項/款: an item (article 111's only paragraph has seven), not a sixth paragraph.
    '第一百十一條第六款 {"num":111,"item":6} → 六、未經授權而違',
  ]);
  // The lead written with `：`, the same reading.
  assert.deepEqual(landings(PROCEDURE('：')).filter((r) => /項|款/.test(r)), read);
});

test('units by scheme: 第X條第Y款 against an article of one paragraph listing Y items or more tells 條/項/款 where nothing else does', () => {
  // Articles 111 and 115 alone: no 第…項第…款 anywhere, the article cited holds a lead and seven items.
  const excerpt = PROCEDURE().slice(PROCEDURE().indexOf('第 111 條'));
  assert.deepEqual(landings(`行政程序法\n\n${excerpt}`), ['第一百十一條第六款 {"num":111,"item":6} → 六、未經授權而違']);
  // Article 111 with one item: 第六款 cannot be its item, and tells nothing (a paragraph 6 it lacks, in doubt or not, is no item).
  const one = excerpt.replace(/二、[\s\S]*?七、其他具有重大明顯之瑕疵者。\n/, '');
  assert.doesNotMatch(landings(`行政程序法\n\n${one}`)[0], /"item":6/);
});

test('units by scheme: 第Y款 alone reads as a paragraph where the text names its units 条/款/项', () => {
  const mainland = '某市某条例\n\n第一条 为了规范管理，制定本条例。\n\n第二条 有关单位应当遵守本条例。\n\n本条例另有规定的除外。\n\n第三条 违反本条例第二条第二款规定的，依照第一条第一款处理。\n';
  assert.deepEqual(landings(mainland).slice(0, 1), ['本条例第二条第二款 {"num":2,"paragraph":2} → 本条例另有规定的']);
});

// Law 3/1999 (publication and form of laws), its article 3 listing what the Gazette's first series publishes.
const LAW_3_1999 =
  '第3/1999號法律\n法規的公佈與格式\n\n第一條 《澳門特別行政區公報》\n公佈法規及本法律規定的文件的正式刊物為《澳門特別行政區公報》。\n\n第二條 公佈\n《公報》包括第一組及第二組。\n\n' +
  '第三條 須公佈於第一組的法規及文件\n下列者須公佈於《公報》第一組,否則不產生法律效力:\n(一)法律;\n(二)行政法規;\n(三)立法會決議;\n(四)行政命令及行政長官對外規範性批示;\n(五)澳門特別行政區主要官員對外規範性批示;\n(六)以"中國澳門"名義簽訂的有關國際協議;\n(七)立法會的選舉結果。\n';

test('units by scheme: Macao\'s 第三條(六)項 (a bracketed item with no 第) is that article\'s item 6', () => {
  const notice =
    '第1/2006號行政長官公告\n\n公佈《中華人民共和國澳門特別行政區政府與瑞士聯邦委員會關於接收未經許可逗留的人的協定》\n\n' +
    '行政長官根據澳門特別行政區第3/1999號法律第三條(六)項和第六條第一款的規定,命令公佈該協定的正式中文及法文文本。\n';
  assert.deepEqual(landings(notice, { 'law3.md': LAW_3_1999 }), [
    '第三條(六)項 {"num":3,"item":6} → (六)以"中國澳',
    '第六條第一款 {"num":6,"paragraph":1} → no-such-article',
  ]);
  // With the full-width brackets and simplified script of a mainland law, the same reading.
  const maritime = '最高人民法院关于适用《中华人民共和国海事诉讼特别程序法》若干问题的解释\n\n第一条 海事诉讼特别程序法第七条（三）项规定的有管辖权的海域指中华人民共和国的毗连区、专属经济区、大陆架。\n';
  assert.deepEqual(referencesOf(textContext(maritime).treaty).filter((r) => r.kind === 'article').map((r) => `${maritime.slice(r.start, r.end)} ${JSON.stringify(r.target)}`), ['第七条（三）项 {"num":7,"item":3}']);
});

// An older treaty of the Republic of China (the ROC–Swaziland extradition treaty of 1988, test/fixtures/real/
// treaty_roc_sz_extradition_1988_rootlaw_hant.md, its labels restored) numbers an article's paragraphs `(一)` `(二)` and names
// them 項: `本條第(一)項` against an article of three numbered paragraphs and no items shows 條/項/款, and in that scheme a
// bracketed number before 項 is a paragraph, as `第一項` is — the text's items are 款. It was item 1, which the article lacks.
const ROC_EXTRADITION =
  '中華民國政府與史瓦濟蘭王國政府引渡條約\n\n中華民國政府與史瓦濟蘭王國政府咸欲增進兩國間更有效之合作,爰經協議如下:\n\n' +
  '第一條 引渡之義務\n締約雙方承諾,依照本條約之規定及條件,相互引渡曾在請求國領域內犯本條約第二條所規定之罪行之人。\n\n' +
  '第二條 得予引渡之罪行\n(一)依照請求國及被請求國之法律均屬犯罪行為,且均得處以最重本刑為一年以上有期徒刑者,應准予引渡。\n' +
  '(二)為執行前項刑罰,凡屬本條第(一)項所定之犯罪行為,不論其刑期之長短,均得准予引渡。\n' +
  '(三)倘就一個以上之罪行請求引渡時,雖其中某罪行之刑罰低於本條第(一)項所規定者,被請求國仍得酌量准予引渡。\n\n' +
  '第三條 生效\n本條約自簽字之日起生效。\n';

test('units by scheme: 本條第(一)項 in a text numbering its paragraphs (一) (二) is paragraph 1, and shows 條/項/款', () => {
  assert.deepEqual(landings(ROC_EXTRADITION), [
    '本條約第二條 {"num":2} → 第二條 得予引渡',
    // 前項 in paragraph (二): paragraph (一), read now that the text's scheme is told.
    '前項 {"num":2,"paragraph":1} → (一)依照請求國',
    '本條第(一)項 {"num":2,"paragraph":1} → (一)依照請求國',
    '本條第(一)項 {"num":2,"paragraph":1} → (一)依照請求國',
  ]);
  // A mainland law's `第二条第（一）项` against an article whose paragraph lists items: an item, and the text of 条/款/项.
  const mainland = '某市某条例\n\n第一条 违反本条例第二条第（二）项规定的，依照第二条第二款处理。\n\n第二条 有下列行为之一的，予以警告：\n（一）擅自占用的；\n（二）擅自改变用途的。\n\n前款规定的行为，情节严重的，处以罚款。\n';
  assert.deepEqual(landings(mainland).slice(0, 2), ['本条例第二条第（二）项 {"num":2,"item":2} → （二）擅自改变用', '第二条第二款 {"num":2,"paragraph":2} → 前款规定的行为，']);
});

// A table's rows named through it (`…處理要點第二點之評量表第（一）項第（13）小項`, a Taiwan regulation citing another instrument's
// scoring table; `本辦法之附表第（二）項`): not this text's paragraph or item (words.ts TABLE_WORDS, model/references.ts
// FOREIGN_BEFORE), where `第（一）項` was read as the article's own paragraph 1. The same unit with no table before it is the
// article's, as before.
test('units by scheme: 第（一）項 after 之評量表 or 之附表 names a table\'s row, not this text\'s unit', () => {
  const scored = (cited: string) =>
    '某某辦法\n\n第一條 本辦法依某某法訂定之。\n\n第二條 績效評核分為下列等第：\n一、優等。\n二、甲等。\n\n' +
    `第三條 評量結果依${cited}第（一）項第（13）小項辦理。\n\n第四條 本辦法自發布日施行。\n`;
  const units = (source: string) => referencesOf(textContext(source).treaty).filter((r) => r.kind === 'article').map((r) => source.slice(r.start, r.end));
  assert.deepEqual(units(scored('臺北市政府某某處理要點第二點之評量表')), []);
  assert.deepEqual(units(scored('本辦法之附表')), []);
  assert.deepEqual(units(scored('某某處理要點的表')), []);
  assert.deepEqual(units(scored('本條')).slice(0, 1), ['本條第（一）項']);
});
