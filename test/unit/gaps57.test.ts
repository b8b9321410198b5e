// Real-text gaps session 56 left (docs/variants.md, "Read in session 56"; test/fixtures/real known-failures.json), read by
// rules in session 57 (s57features). Each rule is about how Chinese treaty and law text is written or copied, shown on
// fixture strings of representative words with what a careful reader reads in them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WorkspaceIndex } from '../../server/src/index/workspace';
import { contextOf, textContext } from '../../server/src/features/context';
import { diagnostics } from '../../server/src/features/diagnostics';
import { hover } from '../../server/src/features/hover';
import { buildTreaty } from '../../server/src/model/treaty';
import { parseTreaty } from '../../server/src/syntax/parser';
import { documentSymbols } from '../../server/src/features/documentSymbols';

// 1. A reference into another document's article that the workspace's copy breaks off in (the China–Japan investment
// agreement on a treaty database, test/fixtures/real/agreement_cn_jp_investment_1988_fsou.md, cut by its store inside article
// 3: `第三条` / `一、缔`; its protocol, protocol_cn_jp_investment_1988_fdilaw.md, cites `协定第三条第二款`): the copy shows one
// paragraph of article 3, the agreement has two. A copy that shows no end (no signing clause, entry into force or
// commencement) and stops mid-sentence may lack the paragraphs and items of the article it stops in, as it may lack the
// articles past it: no warning.
const AGREEMENT = (end: string) => `# 甲国和乙国关于鼓励和相互保护投资协定\n\n甲国和乙国,达成协议如下:\n\n第一条\n\n本协定内:\n(一)“投资财产”,系指所有种类的资产。\n(二)“收益”,系指由投资财产所产生的价值。\n\n第二条\n\n缔约各方应尽可能促进投资。\n\n${end}`;
const PROTOCOL = '# 甲国和乙国关于鼓励和相互保护投资协定的议定书\n\n当此甲国和乙国关于鼓励和相互保护投资协定(以下称“协定”)签订之际,签字者同意下列各项。\n\n一、关于协定第三条第二款的规定,缔约任何一方给予的差别待遇,不应视为低于所享受的待遇。\n\n二、协定第三条第二款第(三)项的规定不妨碍特别手续。\n\n三、协定第二条第二款的规定不影响外汇限制。\n\n（签字）\n\n一九八八年八月二十七日订于北京\n';
/** The codes and cited words of the errors and warnings the protocol gets beside the agreement ending with `end`, and the hover on its first 第三条第二款. */
function protocolBeside(end: string): { found: string[]; hover: string } {
  const index = new WorkspaceIndex();
  index.set('file:///ws/agreement.md', AGREEMENT(end), 1, 'markdown');
  index.set('file:///ws/protocol.md', PROTOCOL, 1, 'markdown');
  const snapshot = index.get('file:///ws/protocol.md')!;
  const ctx = contextOf(index, snapshot);
  const lines = PROTOCOL.split('\n');
  const offsetOf = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  const found = diagnostics(ctx).filter((d) => d.severity === 1 || d.severity === 2).map((d) => `${d.code} ${PROTOCOL.slice(offsetOf(d.range.start), offsetOf(d.range.end))}`);
  const h = hover(ctx, PROTOCOL.indexOf('第三条第二款') + 4);
  const contents = h?.contents as { value: string } | undefined;
  return { found, hover: contents?.value ?? '' };
}

test('gaps 57: a paragraph or item past where another document\'s copy breaks off inside its last article is not called missing', () => {
  // The agreement cut in article 3's first paragraph: 第三条第二款 and its 第(三)项 may be past the cut; 第二条第二款 is not
  // (article 2 is whole, the copy going on past it), and stays a warning.
  const cut = protocolBeside('第三条\n\n一、缔\n');
  assert.deepEqual(cut.found, ['ref.no-such-paragraph 第二条第二款']);
  assert.match(cut.hover, /中断/);
  // Cut by a preview's ellipsis: the same.
  assert.deepEqual(protocolBeside('第三条\n\n一、缔约各方应给予……\n').found, ['ref.no-such-paragraph 第二条第二款']);
  // The article's last sentence ended (the copy whole, or cut at an article's end): its missing paragraph is one.
  const whole = protocolBeside('第三条\n\n缔约各方应给予公正待遇。\n');
  assert.deepEqual(whole.found, ['ref.no-such-paragraph 第三条第二款', 'ref.no-such-paragraph 第三条第二款第(三)项', 'ref.no-such-paragraph 第二条第二款']);
  assert.doesNotMatch(whole.hover, /中断/);
  // Cut mid-sentence after its signing clause (a text that shows its end: what is cut is no article's): a warning.
  assert.deepEqual(protocolBeside('第三条\n\n缔约各方应给予公正待遇。\n\n本协定于一九八八年八月二十七日在北京签订,一式两份。\n\n甲国代表\n').found.length, 3);
});

// 2. A writing manual's model after the real instrument it prints (test/fixtures/real/memorandum_cn_ie_embassies_1979_cread_hant.md:
// the China–Ireland memorandum, then the book's next model, `中華人民共和國××部和××共和國××部關於××××合作的備忘錄`, its articles
// `第一條…`, `第二條××××××`, `第××條終結條款`): the model's blanks (two × or more in a row) are words the drafter fills in —
// `(以下簡稱××部)` defines no term, and `第××條` is an article's label whose number is left blank, its `一、` numbering that
// article's paragraphs from 1 again.
const MODEL = (term: string, label: string) => `中華人民共和國××部和××共和國××部關於××××合作的備忘錄\n中華人民共和國××部(以下簡稱${term}),與××共和國××部(以下簡稱${term}),為了××××,願加強技術合作,達成協議如下:\n第一條技術合作的原則\n一、×××××××。\n二、×××××。\n第二條××××××\n一、×××××××××。\n1.×××××.\n2.×××.\n……\n${label}終結條款\n一、本備忘錄未盡事宜,由雙方協同解決。\n二、本備忘錄簽署後的第×年內,×××組織予以審議。\n`;
const warned = (source: string) => diagnostics(textContext(source)).filter((d) => d.severity === 1 || d.severity === 2).map((d) => d.code);

test('gaps 57: a model\'s blanks (××) are no term defined and no article number; its paragraphs after 第××條 are numbered anew', () => {
  assert.deepEqual(warned(MODEL('××部', '第××條')), []);
  assert.deepEqual(buildTreaty(MODEL('××部', '第××條')).definitions.map((d) => d.term), []);
  // One × is a product or a mark, no blank: a term so written is a term, defined twice otherwise; a real article's label (no
  // blank) numbered as it stands under 第二條's paragraphs goes on with them: 一、 again is a duplicate.
  assert.deepEqual(buildTreaty(MODEL('×部', '第××條')).definitions.map((d) => d.term), ['×部', '×部']);
  assert.deepEqual(warned(MODEL('××部', '附則')), ['numbering.item-duplicate']);
  assert.deepEqual(warned(MODEL('××部', '第×條')), ['numbering.item-duplicate']);
});

// 3. A note's closing broken before the addressee's honorific (抬頭: Taiwan's law database's copy of the 1945 Sino-Soviet notes,
// test/fixtures/real/notes_roc_su_friendship_1945_moj_hant.md: `關於上列各項所述之諒解,倘荷` / `貴部長函復證實,本照會與` / `貴部長復照,
// 即成為上述友好同盟條約之一部分。`): the lines are one sentence, the note's closing (本照會與貴部長復照…), not paragraphs of its
// last point.
const NOTE = (closing: string) => `中華民國蘇維埃社會主義共和國聯邦友好同盟條約之換文\n\n換文 (一)\n(甲) 蘇聯外交人民委員部莫洛托夫部長致中華民國國民政府外交部王部\n長照會\n部長閣下:\n查中蘇友好同盟條約業於本日簽訂,本部長茲特申明兩締約國間之\n諒解如左:\n一 蘇聯政府同意予中國以道義上之援助。\n二 蘇聯政府重申尊重中國在東三省之充分主權。\n三 蘇聯政府重申無干涉中國內政之意。\n${closing}\n此照\n中華民國國民政府外交部王部長世杰\n中華民國三十四年八月十四日\n`;
const pointParagraphs = (source: string) => buildTreaty(source).articles.map((a) => a.paragraphs.length);

test('gaps 57: a note\'s closing broken before the addressee\'s honorific set at a line\'s start is the note\'s closing, not its last point\'s', () => {
  assert.deepEqual(pointParagraphs(NOTE('關於上列各項所述之諒解,倘荷\n貴部長函復證實,本照會與\n貴部長復照,即成為上述友好同盟條約之一部分。\n本部長順向\n貴部長表示崇高之敬意。')), [1, 1, 1]);
  // Simplified script, broken before another honorific: the same.
  assert.deepEqual(pointParagraphs(NOTE('关于上列各项所述之谅解,倘荷\n贵国政府函复证实,本照会与\n贵国政府复照,即成为上述条约之一部分。')), [1, 1, 1]);
  // Not broken before an honorific (贵州 is a place), or no closing's words in the sentence: no closing is read there, the lines
  // are the last point's paragraphs, as before.
  assert.ok(pointParagraphs(NOTE('关于上列各项所述之谅解,倘荷\n贵州省政府函复证实,本照会与\n贵州省政府复照,即成为上述条约之一部分。'))[2] > 1);
  assert.ok(pointParagraphs(NOTE('關於上列各項所述之諒解,倘荷\n貴部長函復證實,蘇聯政府\n貴部長之意見,將予考慮。'))[2] > 1);
});

// 4. A page that omits the first note's head (the 1994 China–Bolivia notes on a law site, test/fixtures/real/
// notes_cn_bo_consultations_1994_lawtime.md: the page opens at the addressee, `阁下:`, points `1.`…`5.`, `顺致最崇高的敬意。`, the
// signatory and the date-place line, then `(二)玻方复照`): what stands before the reply's head is the first note, and its last
// point ends where the note's closing begins, as a point of a note with its head does.
const REPLY = '(二)乙方复照\n\n甲国外交部长阁下:\n\n我荣幸地收到您今日的来照。\n\n我谨代表乙国政府确认上述协议。\n\n顺致最崇高的敬意。\n\n乙国外交部长\n\n一九九四年十月十一日于北京\n';
const FIRST_NOTE = (head: string) => `${head}乙国外交部长\n\n阁下:\n\n我荣幸地告知阁下,甲国政府建议建立磋商制度:\n\n1.双方将根据需要举行磋商。\n\n2.参加磋商的代表团由两国外交部的高级官员率领。\n\n3.本照会和阁下的复照将构成两国政府间的协议。\n\n顺致最崇高的敬意。\n\n甲国外交部长(签字)\n\n一九九四年十月十一日于北京\n\n${REPLY}`;

test('gaps 57: the last point before a reply\'s head ends where the first note\'s closing begins, the first note\'s head lost or not', () => {
  assert.deepEqual(pointParagraphs(FIRST_NOTE('')), [1, 1, 1]);
  assert.deepEqual(pointParagraphs(FIRST_NOTE('(一)甲方去照\n\n')), [1, 1, 1]);
});

// 5. A note's head a database's width broke (session 56's reread): the parser read it (findNotes) and the model read it again
// (isNoteHead, NOTE_HEAD over the head and the line under it). The tree now marks each note's head with the line that ends it
// (SyntaxTree.notes), the model makes its notes from that mark alone, and the note and its outline entry are named by the whole head.
test('gaps 57: the tree marks a note\'s head and the line a width broke its end onto; the model and the outline read the head whole', () => {
  const source = NOTE('關於上列各項所述之諒解,倘荷\n貴部長函復證實,本照會與\n貴部長復照,即成為上述友好同盟條約之一部分。');
  const tree = parseTreaty(source);
  const line = (l: { contentStart: number; contentEnd: number } | undefined) => (l ? source.slice(l.contentStart, l.contentEnd) : undefined);
  assert.deepEqual([...(tree.notes ?? new Map()).entries()].map(([head, rest]) => [line(head), line(rest)]), [['(甲) 蘇聯外交人民委員部莫洛托夫部長致中華民國國民政府外交部王部', '長照會']]);
  const whole = '(甲) 蘇聯外交人民委員部莫洛托夫部長致中華民國國民政府外交部王部長照會';
  assert.deepEqual(buildTreaty(source, tree).notes.map((n) => n.name), [whole]);
  assert.deepEqual(documentSymbols(textContext(source))[0].children?.map((s) => s.name).filter((n) => n !== '序言'), [whole]);
  // The model reads the tree's mark, not the words again: a tree without it has no note.
  const unmarked = { ...tree, notes: undefined };
  assert.deepEqual(buildTreaty(source, unmarked).notes, []);
  // A head on one line: marked with no rest, named as written.
  const one = NOTE('').replace('王部\n長照會', '王部長照會');
  assert.deepEqual([...(parseTreaty(one).notes ?? new Map()).values()], [undefined]);
  assert.deepEqual(buildTreaty(one).notes.map((n) => n.name), [whole]);
});
