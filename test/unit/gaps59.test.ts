// Real-text gaps session 58 left (docs/variants.md, "Read in session 58"; test/fixtures/real known-failures.json), read by rules
// in session 59 (s59features). Each rule is about how Chinese treaty and law text is written or copied, shown on fixture strings
// of representative words with what a careful reader reads in them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTreaty } from '../../server/src/model/treaty';
import { referencesOf } from '../../server/src/model/references';
import { documentSymbols } from '../../server/src/features/documentSymbols';
import { textContext } from '../../server/src/features/context';

/** The article references read, each as its words and what it names of this text: `第二款 art 2`, `第三款 art 4¶3`. */
function articleRefs(source: string): string[] {
  const t = buildTreaty(source);
  return referencesOf(t).filter((r) => r.kind === 'article').map((r) => {
    if (r.kind !== 'article') return '';
    const where = r.citation ? ` of ${r.citation.normalized}` : '';
    return `${source.slice(r.start, r.end)} art ${r.target.num}${r.target.paragraph !== undefined ? `¶${r.target.paragraph}` : ''}${where}`;
  });
}

// 1. A unit of another instrument that an older treaty names by what was concluded, not by a kind of instrument (the 1887
// Sino-Portuguese treaty, test/fixtures/real/treaty_qing_pt_amity_commerce_1887_zhesa_hant.md: `二、前在大西洋國京都理斯波阿所訂預立節略
// 内,大西洋國永居、管理澳門之第二款,大清國仍允無異。`, the Lisbon protocol's article 2; 節略 is no kind of instrument): the clause opens
// inside that instrument (所 and a verb of concluding, its name, 内 or 中), so the bare unit after it in the sentence is its unit, none
// of this text's points. So is the unit of "that treaty", `該約第二款`. This text's own units read as before: a bare unit in a
// sentence naming nothing concluded, and one inside what this text concluded (`本約所訂…内`).
const QING = (second: string, third = '') => `中葡和好通商條約\n\n一、兩國永遠敦篤友誼。\n\n二、${second}\n\n三、${third || '照第二款辦理。'}\n\n四、彼此遵守。\n`;

test('gaps 59: a bare unit after `所訂<name>内,` is the unit of the instrument the clause opened inside, not this text\'s', () => {
  assert.deepEqual(articleRefs(QING('前在大西洋國京都理斯波阿所訂預立節略内,大西洋國永居、管理澳門之第二款,大清國仍允無異。')), ['第二款 art 2']);
  assert.deepEqual(articleRefs(QING('前在北京所訂節略中,關於界址之第一款,仍照行。')), ['第二款 art 2']);
  // In a text of articles, its 第N條 too.
  const articles = '中葡和好通商條約\n\n第一條 兩國永遠敦篤友誼。\n\n第二條 前在理斯波阿所訂預立節略内,大西洋國永居、管理澳門之第三條,大清國仍允無異。\n\n第三條 照第一條辦理。\n';
  assert.deepEqual(articleRefs(articles), ['第一條 art 1']);
  // "That treaty": another instrument's, as 原约 and 前约 are.
  assert.deepEqual(articleRefs(QING('所有該約第二款,一體遵守。')), ['第二款 art 2']);
  // The clause's sentence ended: the unit after it is this text's again (point 二, as `照第二款辦理` in point 三).
  assert.deepEqual(articleRefs(QING('前在北京所訂節略内,一切照行。', '照第二款辦理。')), ['第二款 art 2']);
  assert.deepEqual(articleRefs(QING('前在北京所訂節略内,一切照行。第一款所載,彼此遵守。')), ['第一款 art 2¶1', '第二款 art 2']);
  // What this text concluded (本約所訂…内): its own unit.
  assert.deepEqual(articleRefs(QING('本約所訂節略内,澳門之第一款照行。')), ['第一款 art 2¶1', '第二款 art 2']);
});

// 2. An exchange of notes attached to the page's own note (the second page of the 1981 China–Japan library exchange of letters,
// test/fixtures/real/notes_cn_jp_library_microfilm_1981_fsou_p2.md: the Chinese reply with its date, `一九八一年三月二十日于北京`, then
// `附二: 关于延长一九八一年三月二十日换文有效期限的换文` over `(一)我方去文` / `(二)对方来文`, each dated 1981-09-12): the page's exchange is
// dated by its own note, the one closing before the attachment's heading, not by the attached exchange's last letter. The attached
// letters are the text's notes, as before.
const LIBRARY = (attached: string) => `日本国驻中华人民共和国特命全权大使阁下\n阁下:\n我谨代表中华人民共和国政府同意阁下来函中提出的建议。\n顺致最崇高的敬意。\n国立北京图书馆馆长\n(签字)\n一九八一年三月二十日于北京\n${attached}(一)我方去文\n日本国驻中华人民共和国特命全权大使阁下\n阁下:\n我代表中华人民共和国政府希望日本国政府能将上述换文第三款所提及的期限延长到一九八一年十二月三十一日。\n顺致最崇高的敬意。\n国立北京图书馆馆长\n(签字)\n一九八一年九月十二日于北京\n(二)对方来文\n中华人民共和国国立北京图书馆馆长阁下\n阁下:\n我荣幸地通知阁下,日本国政府没有反对意见。\n顺致最崇高的敬意。\n日本国驻中华人民共和国特命全权大使\n(签字)\n一九八一年九月十二日于北京\n`;

/** The kind, the signing's date and place, and the notes' names. */
function notesReading(source: string): string {
  const t = buildTreaty(source);
  const d = t.signing?.date;
  return `${t.kind} ${d ? `${d.year}-${d.month}-${d.day}` : '-'} ${t.signing?.place ?? '-'} ${t.notes.map((n) => n.name).join(' ')}`;
}

test('gaps 59: an exchange attached under `附二: 关于…的换文` after the page\'s own note: the page is dated by its own note', () => {
  assert.equal(notesReading(LIBRARY('附二: 关于延长一九八一年三月二十日换文有效期限的换文\n')), '换文 1981-3-20 北京 (一)我方去文 (二)对方来文');
  // Traditional script, a full-width colon, a blank line under the heading, 附件 as the label.
  assert.equal(notesReading(LIBRARY('附件二：關於延長一九八一年三月二十日換文有效期限的換文\n\n')), '换文 1981-3-20 北京 (一)我方去文 (二)对方来文');
  // No attachment's heading, or one naming no instrument (a list of equipment): the last letter's date, as before.
  assert.equal(notesReading(LIBRARY('')), '换文 1981-9-12 北京 (一)我方去文 (二)对方来文');
  assert.equal(notesReading(LIBRARY('附二: 设备清单\n')), '换文 1981-9-12 北京 (一)我方去文 (二)对方来文');
  // The outline shows each signing clause with its own date: the page's note, then the attached exchange's last letter.
  const signings = documentSymbols(textContext(LIBRARY('附二: 关于延长一九八一年三月二十日换文有效期限的换文\n'))).filter((s) => s.name === '签署').map((s) => s.detail);
  assert.deepEqual(signings, ['1981年3月20日 北京', '1981年9月12日 北京']);
});

// 3. A note's date between its addressee and its signatory on one line (the 1943 Sino-British notes on a law site, test/fixtures/
// real/notes_roc_gb_extraterritoriality_1943_fabao.md: `…本部长顺向 贵大使重表敬意。 此致` / `英王陛下钦命驻中华民国全权大使薛穆爵士阁下。
// 中华民国三十二年一月十一日 宋子文 (签字)` / `附件 (一) 关于本约第二条…双方了解:` / `(甲) …`, no note head): the date and the signatory
// open a line of their own, read as the signing, as the page that prints them one a line is; the annex under it is a section of its
// own, neither the clause's sentence going on nor its signatories.
const NOTE_1943 = (addressee: string) => `中英关于取消英国在华治外法权及有关特权条约之换文\n\n中华民国国民政府主席阁下与英王陛下本日所签订之条约,于其谈判时,曾讨论若干问题。如荷阁下证实此等谅解,本部长至深感幸。 本部长顺向 贵大使重表敬意。 此致\n\n${addressee}\n附件 (一) 关于本约第二条双方了解:\n(甲) 英王陛下放弃关于在中国通商口岸制度之一切现行条约权利。\n(乙) 英王陛下放弃关于上海及厦门公共租界特别法院一切现行条约权利。\n`;

test('gaps 59: a note\'s date glued between its addressee (…阁下。) and its signatory is the text\'s signing; its annex a section', () => {
  const t = buildTreaty(NOTE_1943('英王陛下钦命驻中华民国全权大使薛穆爵士阁下。 中华民国三十二年一月十一日 宋子文 (签字)'));
  assert.deepEqual([t.kind, t.signing?.date?.year, t.signing?.date?.month, t.signing?.date?.day], ['换文', 1943, 1, 11]);
  const outline = documentSymbols(textContext(t.text))[0].children!.map((s) => `${s.name} ${s.detail ?? ''}`.trim());
  assert.deepEqual(outline.slice(1), ['签署 1943年1月11日', '附件 (一) 关于本约第二条双方了解:']);
  // Traditional script, a Western date, a full-width mark: the same.
  assert.equal(buildTreaty(NOTE_1943('英王陛下欽命駐中華民國全權大使薛穆爵士閣下。 一九四三年一月十一日 宋子文（簽字）')).signing?.date?.year, 1943);
  // The addressee alone on its line, no date and signatory after it: no signing, as before.
  assert.equal(buildTreaty(NOTE_1943('英王陛下钦命驻中华民国全权大使薛穆爵士阁下。')).signing, undefined);
});

// 4. A forum post quoting an article, then the poster's own lines, then the article's English text (the 1954 ROC–US Mutual Defense
// Treaty's article 6 on a forum, test/fixtures/real/treaty_roc_us_mutual_defense_1954_ptt_wrapped_hant.md: `…之其他領土。` /
// `《中美共同防禦條約》早就承認臺灣是中華民國的領土` / `美國爸爸說的話勝過千言萬語` / `對了,有人可能會說這是自嗨` / `ARTICLE VI` / `For the
// purposes of …`): a paragraph ends its sentence, and words that never end one before the page changes language are no paragraph of the
// article; the translation after them is none either. The English right after the article's last sentence, and Chinese lines going
// on to a sentence's end, read as before.
const POST = (after: string) => `《中華民國與美利堅合眾國間共同防禦條約》\n本條約締約國\n茲重申其對聯合國憲章之宗旨與原則之信心,\n茲議訂下列各條款。\n第六條\n為適用於第二條及第五條之目的,所有『領土』等辭,就中華民國而言,應指臺灣與澎湖\n;就美利堅合眾國而言,應指西太平洋區域內在其管轄下之各島嶼領土。第二條及第五條\n之規定,並將適用於共同協議所決定之其他領土。\n${after}`;
const ENGLISH = 'ARTICLE VI\nFor the purposes of Articles II and V, the terms "territorial" and\n"territories" shall mean in respect of the Republic of China, Taiwan and the\nPescadores; and in respect of the United States of America, the island\nterritories in the West Pacific under its jurisdiction.\n';

test('gaps 59: a post\'s own lines ending no sentence, then the English text, after the last article: no paragraph of it', () => {
  const paragraphs = (after: string) => buildTreaty(POST(after)).articles.map((a) => `${a.name} ${a.paragraphs.length}`);
  assert.deepEqual(paragraphs(`《中美共同防禦條約》早就承認臺灣是中華民國的領土\n美國爸爸說的話勝過千言萬語\n對了,有人可能會說這是自嗨\n${ENGLISH}`), ['第六条 1']);
  // With a blank line between them, the same.
  assert.deepEqual(paragraphs(`\n早就承認臺灣是中華民國的領土\n\n美國爸爸說的話勝過千言萬語\n\n${ENGLISH}`), ['第六条 1']);
  // The English right after the article: no paragraph of it, as before.
  assert.deepEqual(paragraphs(ENGLISH), ['第六条 1']);
  // Chinese lines that end a sentence before the English: the article's second paragraph, as before.
  assert.deepEqual(paragraphs(`本條之規定適用於其他領土\n並自簽字之日起生效。\n${ENGLISH}`), ['第六条 2']);
  // An article's paragraph a copy cut before its sentence's end, the English under it: the article's lines, not a post's words.
  assert.deepEqual(buildTreaty(POST(ENGLISH).replace('其他領土。', '其他領土')).articles.map((a) => `${a.name} ${a.paragraphs.length}`), ['第六条 1']);
  // No English after the words: the article's, as before.
  assert.deepEqual(paragraphs('早就承認臺灣是中華民國的領土\n美國爸爸說的話勝過千言萬語\n'), ['第六条 2']);
});
