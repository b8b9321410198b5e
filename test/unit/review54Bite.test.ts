// Session 54's drafter's review: the amendment writer and its reader on a chapter's name changed alone, an article split in two
// and chapters labelled in full-width digits; an English title cited in a Chinese text that no workspace document holds; the
// plenipotentiaries' lines in the other party's signing copy. Each case a text and what a drafter expects, written by reading
// the texts (never by running the server).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareVersions } from '../../server/src/features/compare';
import { amendmentText } from '../../server/src/features/amend';
import { consolidate } from '../../server/src/features/consolidate';
import { diagnostics } from '../../server/src/features/diagnostics';
import { signingCopies } from '../../server/src/features/export/alternat';
import { at, clausesOf, comparedLines, hoverOf, inWorkspace } from '../support/review';


// 1. A chapter's name changed alone. The 2004 constitutional amendment (LawRefBook/Laws 2f4c5c2 宪法/宪法修正案（2004年）.md,
// 第三十一条) writes `宪法第四章章名“国旗、国徽、首都”修改为“国旗、国歌、国徽、首都”。宪法第一百三十六条增加一款，作为第二款：“中华人民
// 共和国国歌是《义勇军进行曲》。”`; the chapter and its articles as 宪法/宪法.md prints them (its 第一百四十一条 to 第一百四十三条,
// numbered as the amendment numbers them, the anthem's paragraph not yet there). The writer wrote the heading whole,
// `将“第四章 国旗、国徽、首都”修改为：“第四章 国旗、国歌、国徽、首都”`; and the reader did not read the name changed without its
// old name quoted, as the NPC's reports write it (`将第四章章名修改为“保障与监督”`, the counter-espionage law's second draft).
const CONST_1999 = `# 中华人民共和国宪法

## 第四章 国旗、国徽、首都

第一百三十六条 中华人民共和国国旗是五星红旗。

第一百三十七条 中华人民共和国国徽，中间是五星照耀下的天安门，周围是谷穗和齿轮。

第一百三十八条 中华人民共和国首都是北京。
`;
const CONST_2004 = CONST_1999.replace('国旗、国徽、首都', '国旗、国歌、国徽、首都').replace('五星红旗。\n', '五星红旗。\n\n中华人民共和国国歌是《义勇军进行曲》。\n');

test('a chapter\'s name changed alone is 将第X章章名“…”修改为“…”, read back with its old name quoted or not', () => {
  assert.deepEqual(clausesOf(CONST_1999, CONST_2004), [
    '将第四章章名“国旗、国徽、首都”修改为“国旗、国歌、国徽、首都”',
    '在第一百三十六条中增加一款，作为第二款：“中华人民共和国国歌是《义勇军进行曲》。”',
  ]);
  // A sentence of its own: the decision's clause ends with a full stop.
  assert.match(amendmentText(compareVersions(CONST_1999, CONST_2004)), /^一、将第四章章名“国旗、国徽、首都”修改为“国旗、国歌、国徽、首都”。$/m);
  const renamed = CONST_1999.replace('国旗、国徽、首都', '国旗、国歌、国徽、首都');
  const without = consolidate(CONST_1999, '一、将第四章章名修改为“国旗、国歌、国徽、首都”。\n');
  assert.deepEqual(without.problems, []);
  assert.equal(without.text, renamed);
  // Of a chapter the text does not have, a problem.
  assert.equal(consolidate(CONST_1999, '一、将第五章章名修改为“国旗、国歌、国徽、首都”。\n').problems.length, 1);
});

// 2. An article split in two. The 2024 decision amending the Accounting Law (news.cn 2024-06-28,
// http://news.cn/20240628/f9424e9b29694cd3baa6b7014e6485be/c.html, 二、) writes `将第八条第三款单列一条，作为第四十九条，修改为：“…”`:
// 会计法(2017-11-04).md's 第八条 and its 第五十一条, 第五十二条, numbered here 第一条 to 第三条, and 会计法(2024-06-28).md's
// 第四十九条 (中央军事委员会有关部门…抄送国务院财政部门) made of 第八条's third paragraph. The writer wrote `删去第一条第三款` and
// `在第一条后增加一条，作为第二条：“…”`, and the reader did not read 单列一条.
const ACC8 = [
  '国家实行统一的会计制度。国家统一的会计制度由国务院财政部门根据本法制定并公布。',
  '国务院有关部门可以依照本法和国家统一的会计制度制定对会计核算和会计监督有特殊要求的行业实施国家统一的会计制度的具体办法或者补充规定，报国务院财政部门审核批准。',
  '中国人民解放军总后勤部可以依照本法和国家统一的会计制度制定军队实施国家统一的会计制度的具体办法，报国务院财政部门备案。',
];
const ACC49 = '中央军事委员会有关部门可以依照本法和国家统一的会计制度制定军队实施国家统一的会计制度的具体办法，抄送国务院财政部门。';
const ACC_SELF = '个体工商户会计管理的具体办法，由国务院财政部门根据本法的原则另行规定。';
const ACC_FORCE = '本法自2000年7月1日起施行。';
const ACC_BEFORE = `# 中华人民共和国会计法\n\n第一条 ${ACC8.join('\n\n')}\n\n第二条 ${ACC_SELF}\n\n第三条 ${ACC_FORCE}\n`;
const accAfter = (split: string) => `# 中华人民共和国会计法\n\n第一条 ${ACC8.slice(0, 2).join('\n\n')}\n\n第二条 ${split}\n\n第三条 ${ACC_SELF}\n\n第四条 ${ACC_FORCE}\n`;

test('a paragraph made an article of its own is 将第X条第Y款单列一条，作为第Z条(，修改为：“…”), which consolidation reads', () => {
  assert.deepEqual(clausesOf(ACC_BEFORE, accAfter(ACC49)), [`将第一条第三款单列一条，作为第二条，修改为：“${ACC49}”`]);
  assert.deepEqual(clausesOf(ACC_BEFORE, accAfter(ACC8[2])), ['将第一条第三款单列一条，作为第二条']);
  // The decision's own wording, read as written: the articles after it numbered again by the closing.
  const decision = `一、将第一条第三款单列一条，作为第二条，修改为：“${ACC49}”\n\n《中华人民共和国会计法》根据本决定作相应修改并对条文顺序作相应调整，重新公布。\n`;
  const read = consolidate(ACC_BEFORE, decision);
  assert.deepEqual(read.problems, []);
  assert.deepEqual(comparedLines(read.text), comparedLines(accAfter(ACC49)));
  // A paragraph the article does not have is a problem, no article made.
  assert.equal(consolidate(ACC_BEFORE, '一、将第二条第二款单列一条，作为第三条。\n').problems.length, 1);
});

// 3. Chapters labelled in digits, numbered again by the closing after a chapter deleted (the Accounting Law's 第一章 总则, 第三章
// 公司、企业会计核算的特别规定 and 第四章 会计监督, 会计法(2017-11-04).md, each with its first article). consolidate.ts chapterNumbers
// wrote `第３章` again as `第2章`, in ASCII digits; and it told a text numbering its chapters through by the first chapter's number,
// so that a first chapter whose label reads as no number (`第十十章`, mistyped) left every chapter after the deletion unnumbered again.
const accChapters = (labels: string[]) => `# 中华人民共和国会计法

## ${labels[0]} 总则

第一条 为了规范会计行为，保证会计资料真实、完整，加强经济管理和财务管理，提高经济效益，维护社会主义市场经济秩序，制定本法。

## ${labels[1]} 公司、企业会计核算的特别规定

第二条 公司、企业进行会计核算，除应当遵守本法第二章的规定外，还应当遵守本章规定。

## ${labels[2]} 会计监督

第三条 各单位应当建立、健全本单位内部会计监督制度。
`;
const DELETE_2 = '一、删去第二章。\n\n《中华人民共和国会计法》根据本决定作相应修改并对章、条的序号作相应调整，重新公布。\n';
/** The law after 删去第二章: its first chapter and the last, labelled `labels`. */
const withoutSecond = (labels: string[]) => accChapters([labels[0], '', labels[1]]).replace(/## +公司[^\n]*\n\n第二条[^\n]*\n\n/, '').replace('第三条 各单位', '第二条 各单位');

test('chapters numbered again by the closing keep their digits, full-width or not, and a first chapter read as no number', () => {
  for (const [base, now] of [
    [['第１章', '第２章', '第３章'], ['第１章', '第２章']],
    [['第1章', '第2章', '第3章'], ['第1章', '第2章']],
    [['第十十章', '第二章', '第三章'], ['第一章', '第二章']],
  ]) {
    const r = consolidate(accChapters(base), DELETE_2);
    assert.deepEqual(r.problems, []);
    assert.equal(r.text, withoutSecond(now), base.join());
  }
});

// 4. An English title cited in a Chinese note that no workspace document holds. namesNoInstrument took every name without a
// Chinese character for none (right for `《LegisMac》`, Macao's database), so `《Foreign Investment Law》` and a UN convention's
// English title got no `ref.citation-not-found`, as a Chinese title does. A title naming a kind of instrument in English is an
// instrument the workspace could hold: looked for, and said when not found (Information, as for a Chinese title); a kind alone
// (`《Convention》`) or a name of no kind is not. The 外商投资法 as LawRefBook/Laws 2f4c5c2 民法商法/外商投资法(2019-03-15).md
// prints its 第一条, the English text's title and Article 1 as https://deyuan.enterprises/?p=87 prints them (read 2026-12-06).
const FIL_ZH = '# 中华人民共和国外商投资法\n\n第一条 为了进一步扩大对外开放，积极促进外商投资，保护外商投资合法权益，规范外商投资管理，推动形成全面开放新格局，促进社会主义市场经济健康发展，根据宪法，制定本法。\n';
const FIL_EN = 'Foreign Investment Law of the People’s Republic of China\n\nArticle 1\n\nIn order to further expand opening up, actively promote foreign investment, protect the legitimate rights and interests of foreign investment, standardize foreign investment management, facilitate the formation of a comprehensive and new opening-up pattern, and promote the healthy development of the socialist market economy, this Law is enacted in accordance with the Constitution.\n';
const NOTE = `${FIL_ZH}\n（英文本：《Foreign Investment Law》。另见《United Nations Convention on the Law of the Sea》、《LegisMac》、《Convention》。）\n`;

test('an English title naming a kind of instrument that no workspace document holds is a citation not found', () => {
  const notFound = (files: Record<string, string>) => diagnostics(inWorkspace(files)('note.md')).filter((d) => d.code === 'ref.citation-not-found').map((d) => d.message);
  assert.deepEqual(notFound({ 'note.md': NOTE }), ['工作区中找不到《Foreign Investment Law》', '工作区中找不到《United Nations Convention on the Law of the Sea》']);
  // The English text in the workspace: the law found (resolve.ts homeLawTarget), the convention still not.
  assert.deepEqual(notFound({ 'note.md': NOTE, '外商投资法.en.md': FIL_EN }), ['工作区中找不到《United Nations Convention on the Law of the Sea》']);
});

// 5. The plenipotentiaries' lines in the other party's copy. The 1962 China–Mongolia boundary treaty (test/fixtures/real/
// treaty_cn_mn_boundary_1963.md: http://law174.infoeach.com/view-MTc0fDU5MTgz.html) sends its plenipotentiaries in two lines,
// China's first; the alternat puts a party's organs and plenipotentiaries first in its own copy (V. B. Djafarov, Diplomatic
// correspondence, p. 141, emirsaba.org). Mongolia's copy kept China's head of state first in the preamble's opening (the two
// heads named with organs of their own, `主席` and `大人民呼拉尔主席团`, no pair swapPairs reads) and China's plenipotentiary first
// below it. Both change places; the lines' `;` and `。` stay where they stand.
const MN = `# 中华人民共和国和蒙古人民共和国边界条约

中华人民共和国主席和蒙古人民共和国大人民呼拉尔主席团,深信本着无产阶级国际主义的精神,根据互相尊重、平等互利和互谅互让的原则,通过友好协商,正式划定中华人民共和国和蒙古人民共和国之间的边界,既符合两国人民的利益,也有助于进一步巩固和发展两国人民的兄弟般的传统友谊和合作事业;为此,决定缔结本条约,并各派全权代表如下:
中华人民共和国主席特派中华人民共和国国务院总理周恩来;
蒙古人民共和国大人民呼拉尔主席团特派蒙古人民共和国部长会议主席尤睦佳·泽登巴尔。
双方全权代表互相校阅全权证书,认为妥善后,议定下列各条:
第一条 缔约双方同意,两国边界线的走向叙述如下:
`;
const MN_SECOND = `# 蒙古人民共和国和中华人民共和国边界条约

蒙古人民共和国大人民呼拉尔主席团和中华人民共和国主席,深信本着无产阶级国际主义的精神,根据互相尊重、平等互利和互谅互让的原则,通过友好协商,正式划定蒙古人民共和国和中华人民共和国之间的边界,既符合两国人民的利益,也有助于进一步巩固和发展两国人民的兄弟般的传统友谊和合作事业;为此,决定缔结本条约,并各派全权代表如下:
蒙古人民共和国大人民呼拉尔主席团特派蒙古人民共和国部长会议主席尤睦佳·泽登巴尔;
中华人民共和国主席特派中华人民共和国国务院总理周恩来。
双方全权代表互相校阅全权证书,认为妥善后,议定下列各条:
第一条 缔约双方同意,两国边界线的走向叙述如下:
`;

test('the other party\'s copy names its plenipotentiary first, the marks between and after the lines kept', () => {
  const copies = signingCopies(MN);
  assert.equal(copies.length, 2);
  assert.equal(copies[0].text, MN);
  assert.equal(copies[1].text, MN_SECOND);
  // On one line (the 1960 China–Burma boundary treaty, test/fixtures/real/treaty_cn_mm_boundary_1960_wikisource_hant.md).
  const mm = '# 中華人民共和國和緬甸聯邦邊界條約\n\n中華人民共和國主席和緬甸聯邦總統,一致認為,兩國間久懸未決的邊界問題,是歷史上遺留下來的問題;為此,締結本條約,並各派全權代表如下:\n\n中華人民共和國主席特派國務院總理周恩來;緬甸聯邦總統特派總理吳努。\n\n雙方全權代表互相校閱全權證書認為妥善後,議定下列各條:\n\n第一條 緬甸聯邦同意把屬於中國的片馬、古浪、崗房地區劃歸中國。\n';
  assert.match(signingCopies(mm)[1].text, /\n\n緬甸聯邦總統和中華人民共和國主席,一致認為,[^\n]*\n\n緬甸聯邦總統特派總理吳努;中華人民共和國主席特派國務院總理周恩來。\n\n/);
});

// 6. Hover, a drafter's daily look at what a reference names, on two texts not read before: the 1992 China–Vietnam agreement on
// mutual visa exemption as http://fsou.com/html/text/eag/1006645/100664528.html prints it (its title over two lines, the
// paragraphs of 第一条 on lines of their own with no blank line between; the page's first articles), and the 1997 China–Jamaica
// agreement on visas for Hong Kong as http://cnenc.net/b4291283.html prints it (one line from the preamble on; its first four
// articles). Hovering on `本协定第一条` in the Vietnam text showed 第一条's two paragraphs as one: a line break alone is no break in
// markdown, so `…免办签证。二、本条第一款…` ran on. A line ending a sentence now ends its line in the hover (a hard break); the defined parties
// are shown by what they stand for in both texts.
const VN = `中华人民共和国政府和越南
社会主义共和国政府关于互免签证的协定
中华人民共和国政府和越南社会主义共和国政府(以下简称缔约双方)为进一步发展两国的友好关系,便利两国公民的往来,根据平等互惠原则,经过友好协商,就互免签证问题达成协议如下:
第一条
一、中华人民共和国持有效的中华人民共和国外交、公务、因公普通护照的公民和越南社会主义共和国持有效的越南社会主义共和国外交、公务、因公普通护照的公民,及其使用同一本护照的偕行人,在缔约另一方入境、出境或者过境,免办签证。
二、本条第一款所述偕行人,仅限于护照持有人的配偶或者未成年子女。偕行人的姓名、出生日期和照片应当注明和贴在同一本护照内。
第二条 本协定第一条所述缔约双方公民,须从缔约另一方对国际旅客开放的口岸和经缔约双方议定为两国公民的交往而开设的正式口岸入境、出境或者过境,并应当依照该国主管机关的规定履行必要的手续。
第三条 缔约一方公民在缔约另一方境内逗留期间,应当遵守缔约另一方的法律和规章,包括有关外国人居留和活动的规定。
`;
const JM = `中华人民共和国政府和牙买加政府关于中华人民共和国香港特别行政区与牙买加互免签证的协定

中华人民共和国政府和牙买加政府(以下简称“缔约双方”),为了发展两国的友好关系,促进中华人民共和国香港特别行政区和牙买加之间的经济和贸易的发展,便利人员往来,通过友好协商,就中华人民共和国香港特别行政区和牙买加之间的互免签证问题议定如下: 第一条 中华人民共和国公民持有效中华人民共和国香港特别行政区护照短期旅行入、出或途径牙买,停留不超过三十(30)天,免办签证;牙买加公民持有效的牙买加护照短期旅行入、出或途径中华人民共和国香港特别行政区,停留不超过三十(30)天,免办签证。 第二条 一、本协定第一条所述双方持照人,在对方境内逗留期间,应遵守其有关法律和规章。 二、本协定第一条所述双方持照人,如在对方境内停留超过三十(30)天,应根据对方的法律和规定办理签证。 第三条 本协定不限制中华人民共和国香港特别行政区政府和牙买加政府的如下权利:拒绝不受欢迎或不可接受的对方人员进入自己管辖区内或者终止其在该管辖区内的逗留,并无须说明理由。 第四条 由于国家安全、社会秩序、公共卫生等原因,缔约双方均可临时中止本协定的全部或者部分条款,但在采取或者取消上述措施前,缔约一方应当及时通过外交途径通知缔约另一方,并自对方收到通知之日起生效。
`;

test('hover on an article shows its paragraphs apart in a text that sets none apart; on the parties\' term, what it stands for', () => {
  const vn = inWorkspace({ 'vn.md': VN })();
  const article = hoverOf(vn, at(VN, '本协定第一条', 5)) ?? '';
  assert.match(article, /^\*\*第一条\*\*\n\n一、/);
  // (A hard break: a backslash before the line break, which a plain-text client's form drops.)
  assert.match(article, /免办签证。\\\n二、本条第一款所述偕行人/);
  assert.match(hoverOf(vn, at(VN, '缔约双方公民', 1)) ?? '', /中华人民共和国政府和越南社会主义共和国政府/);
  const jm = inWorkspace({ 'jm.md': JM })();
  assert.match(hoverOf(jm, at(JM, '缔约双方均可', 1)) ?? '', /中华人民共和国政府和牙买加政府/);
  // One line: 第一条's words up to 第二条, its two sentences one paragraph as the page sets them.
  const one = hoverOf(jm, at(JM, '本协定第一条', 5)) ?? '';
  assert.match(one, /^\*\*第一条\*\*\n\n中华人民共和国公民持有效/);
  assert.doesNotMatch(one, /第二条/);
});
