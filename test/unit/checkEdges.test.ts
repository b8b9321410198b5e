// The edges of the drafting checks (features/diagnostics.ts), as data: each document has the
// spans it must flag marked ⟦…⟧ and the whole diagnostic of each (code, severity, message),
// so that a check that reaches too far or stops too early fails here. Written for mutants that
// survived the tests of checks.test.ts (docs/mutation.md); listed last in the mutation run.
// Severities: 1 error, 2 warning, 3 information, 4 hint.
import { test } from 'node:test';
import { Whole, assertWholeDiagnostics } from '../support/wholeDiagnostics';
import { SeveritySettings } from '../../server/src/features/diagnostics';

function described(name: string, source: string, want: Whole[], cancelled = false): void {
  test(`check edge: ${name}`, () => assertWholeDiagnostics(source, want, { token: { isCancellationRequested: cancelled } }));
}

function configured(name: string, source: string, severity: SeveritySettings, want: Whole[]): void {
  test(`check edge: ${name}`, () => assertWholeDiagnostics(source, want, { settings: { severity } }));
}

const HEAD = '# 中华人民共和国和甲国友好合作协定\n\n中华人民共和国和甲国（以下简称“双方”），达成协议如下：\n\n';
const TAIL = '\n本协定自签字之日起生效，有效期五年。\n\n本协定于2001年7月16日在莫斯科签订，一式两份，每份均用中文和俄文写成，两种文本同等作准。\n';

described('ref.date-mismatch: every date of the cited document is named, its signing and the one above its title',
  '%! a.md\n# 测试协定\n\n根据⟦2001年1月1日⟧《甲乙边界协定》，达成协议如下：\n\n## 第一条\n\n甲。\n%! b.md\n1999年5月1日\n\n# 甲乙边界协定\n\n## 第一条\n\n甲。\n\n本协定于1999年4月2日在北京签订。\n', [
    { code: 'ref.date-mismatch', severity: 2, message: '引用日期 2001年1月1日 与《甲乙边界协定》的日期（1999年4月2日、1999年5月1日）不符' },
  ]);

described('style.half-width-punctuation: not in a comment, nor in a database tag line; in the text it is',
  `${HEAD}〖ZZ/作者〗外交部,商务部〖-ZZ/作者〗\n\n<!-- 待核,再议 -->\n\n## 第一条\n\n双方发展合作⟦,⟧加强交流。\n${TAIL}`, [
    { code: 'style.half-width-punctuation', severity: 4, message: '中文中应使用全角“，”' },
  ]);

// A converter's pinyin glosses (`發(fā)布`, notes_cn_jp_consulates_1980_hant.md: some 90 hints on one page) are no punctuation of
// the text: made full-width they would stay as its words; the brackets of a label and a comma on the same line are reported.
described('style.half-width-punctuation: not the brackets of a pinyin gloss after a character; a label\'s and a comma beside them are',
  `${HEAD}## 第一条

⟦(⟧一⟦)⟧双方各自根據(jù)本國(guó)的法令⟦,⟧予以協(xié)助。
${TAIL}`, [
    { code: 'style.half-width-punctuation', severity: 4, message: '中文中应使用全角“（”' },
    { code: 'style.half-width-punctuation', severity: 4, message: '中文中应使用全角“）”' },
    { code: 'style.half-width-punctuation', severity: 4, message: '中文中应使用全角“，”' },
  ]);

// A character reference in markdown (`&ldquo;`, `&#12289;`, `&#x3001;`) shows its character: its `;` is no mark of the
// text (README, text.html's example); a `;` after a name that is no reference, or after a Chinese character, is.
described('style.half-width-punctuation: not the semicolon closing a character reference; one after other words is',
  `${HEAD}## 第一条

双方就&ldquo;投资”&#x3001;贸易达成一致&⟦;⟧双方加强交流⟦;⟧互相协助。
${TAIL}`, [
    { code: 'style.half-width-punctuation', severity: 4, message: '中文中应使用全角“；”' },
    { code: 'style.half-width-punctuation', severity: 4, message: '中文中应使用全角“；”' },
  ]);

// A cancelled request stops where it notices: the gap and the missing article go unreported.
described('a cancelled check reports nothing',
  `${HEAD}## 第一条\n\n双方依照本协定第九条合作。\n\n## 第三条\n\n乙。\n${TAIL}`, [], true);
described('the same document, not cancelled',
  `${HEAD}## 第一条\n\n双方依照⟦本协定第九条⟧合作。\n\n## ⟦第三条⟧\n\n乙。\n${TAIL}`, [
    { code: 'ref.no-such-article', severity: 1, message: '本协定没有第九条（共2条）', data: { num: 9 } },
    { code: 'numbering.gap', severity: 2, message: '缺少第二条', data: { expected: 2 } },
  ]);


// A protocol whose title says it amends another instrument names that instrument's articles bare,
// as a 修正案 does (zh.wikisource.org, the 2012 China–Russia protocol: `二、第六條第一款第二段表述為`).
const BRIDGE = `%! bridge.md\n# 中华人民共和国政府和甲国政府关于界河桥的协定\n\n${Array.from({ length: 14 }, (_, i) => `第${'一二三四五六七八九十'[i] ?? `十${'一二三四'[i - 10]}`}条 甲。\n`).join('\n')}`;
const AMENDING = (title: string) => `%! protocol.md\n# ${title}\n\n根据二〇〇八年十月二十八日签订的《中华人民共和国政府和甲国政府关于界河桥的协定》（以下简称“协定”）第十四条规定，双方达成协议如下：\n\n## 第一条\n\n一、协定第四条表述为：“双方共同建设主桥。”\n\n二、第六条第一款表述为：“由双方勘察。”\n\n## 第二条\n\n本议定书自签署之日起生效。\n\n本议定书于2012年4月28日在莫斯科签署，一式两份，每份均用中文和俄文写成，两种文本同等作准。\n${BRIDGE}`;
described('ref.no-such-article: not in a protocol that amends another instrument (关于对《…》的修订议定书)',
  AMENDING('中华人民共和国政府和甲国政府关于对二〇〇八年十月二十八日《中华人民共和国政府和甲国政府关于界河桥的协定》的修订议定书'), []);
described('ref.no-such-article: not in one titled 关于修改《…》的议定书', AMENDING('关于修改《中华人民共和国政府和甲国政府关于界河桥的协定》的议定书'), []);
described('ref.no-such-article: a protocol that amends nothing (修改 only in the cited title) is read as it is written',
  AMENDING('中华人民共和国政府和甲国政府关于《关于修改界河桥的协定》的议定书').replace('《关于修改界河桥的协定》', '⟦《关于修改界河桥的协定》⟧').replace('二、第六条第一款', '二、⟦第六条第一款⟧'), [
    { code: 'ref.citation-not-found', severity: 3, message: '工作区中找不到《关于修改界河桥的协定》' },
    { code: 'ref.no-such-article', severity: 1, message: '本议定书没有第六条（共2条）', data: { num: 6 } },
  ]);

// A use of the term inside the phrase it stands for, at the phrase's end (中吉国界) or its start
// (国界线), is the definition itself; a use before the definition is flagged.
const BORDER = (meaning: string) => `# 中华人民共和国和吉尔吉斯共和国边界协定\n\n双方决心解决⟦国界⟧问题。\n\n${meaning}（以下简称“国界”）由双方勘定。\n\n## 第一条\n\n国界走向如下。\n${TAIL}`;
described('term.before-definition: not for the term at the end of its own meaning', BORDER('中吉国界'), [
  { code: 'term.before-definition', severity: 4, message: '“国界”在定义之前使用' },
]);
described('term.before-definition: not for the term at the start of its own meaning', BORDER('国界线'), [
  { code: 'term.before-definition', severity: 4, message: '“国界”在定义之前使用' },
]);

// A use in the clause that defines the term, before its bracket, is in the phrase named: the members a collective name gathers
// (船员条例: `…的海事管理机构和…的地方海事管理机构(以下统称海事管理机构)`); a use in a clause before it is flagged.
described('term.before-definition: not for the members of the list a collective name (统称) gathers, in its own clause; in a clause before it, it is',
  '# 甲省船员条例\n\n第一条 为了加强船员管理，制定本条例。\n\n第二条 ⟦海事管理机构⟧负责监督，负责管理中央水域的海事管理机构和负责管理其他水域的地方海事管理机构（以下统称海事管理机构）依照各自职责负责船员管理工作。\n\n第三条 海事管理机构应当公开办事程序。\n', [
    { code: 'term.before-definition', severity: 4, message: '“海事管理机构”在定义之前使用' },
  ]);

// 代表, a deputy, defined by a law on deputies: in 人民代表大会, the congress (its sessions recorded under the title), no use of it.
described('term.before-definition: not for 代表 inside 人民代表大会; a deputy named before the definition is flagged',
  '# 甲省人民代表大会代表视察办法\n\n2007年10月30日 甲省第十二届人民代表大会常务委员会第三十九次会议修订\n\n第一条 为了保障⟦代表⟧视察，制定本办法。\n\n第二条 甲省人民代表大会代表（以下简称代表）依法视察，代表视察时应当遵守法律。\n', [
    { code: 'term.before-definition', severity: 4, message: '“代表”在定义之前使用' },
  ]);

// The name of another kind of zone, enterprise or bank that ends with the word a law takes as its own kind's short name
// (宁波大榭开发区条例: `享受国家级经济技术开发区的政策` before `宁波大榭开发区（以下简称开发区）`; 北京市农村股份合作企业暂行条例:
// `原有集体企业资产`): that kind, no use of the term; the word alone before the definition is a use.
described('term.before-definition: not for the term ending another kind\'s name (经济技术开发区, 集体企业); the word alone is flagged',
  '# 甲市乙开发区条例\n\n第一条 为了促进⟦开发区⟧建设，制定本条例。\n\n第二条 本区享受国家级经济技术开发区的政策，将原有集体企业资产折成股份。\n\n第三条 设立甲市乙开发区（以下简称开发区）。\n\n第四条 开发区管理本区事务。\n', [
    { code: 'term.before-definition', severity: 4, message: '“开发区”在定义之前使用' },
  ]);
described('term.before-definition: a law defining the kind itself (以下简称集体企业) still has its uses before the definition',
  '# 甲市集体企业条例\n\n第一条 为了规范⟦集体企业⟧，制定本条例。\n\n第二条 本市城镇集体所有制企业（以下简称集体企业）依照本条例管理。\n\n第三条 集体企业自主经营。\n', [
    { code: 'term.before-definition', severity: 4, message: '“集体企业”在定义之前使用' },
  ]);

// A copy keeping the notice that issues the text above its first article (工资支付暂行规定: `关于印发《工资支付暂行规定》的通知` /
// `…规范用人单位的工资支付行为，特制定《工资支付暂行规定》。现印发给你们`): another document's words, no use of the text's term;
// the text's own first article using it before the definition is flagged.
described('term.before-definition: not in the notice issuing the text above its first article; in the first article it is',
  '# 甲省工资支付规定\n\n关于印发《甲省工资支付规定》的通知\n\n甲劳发〔1994〕489号\n\n各市劳动局：\n\n为规范用人单位的工资支付行为，特制定《甲省工资支付规定》。现印发给你们，请贯彻执行。\n\n甲省劳动厅\n\n一九九四年十二月六日\n\n第一条 为了规范⟦用人单位⟧的工资支付行为，制定本规定。\n\n第二条 本规定适用于本省的企业（以下统称用人单位）。\n\n第三条 用人单位应当按时支付工资。\n', [
    { code: 'term.before-definition', severity: 4, message: '“用人单位”在定义之前使用' },
  ]);
described('term.before-definition: a notice issuing another text is no notice of this one: its uses are',
  '# 甲省工资支付规定\n\n关于印发⟦《乙省工资支付规定》⟧的通知\n\n为规范⟦用人单位⟧的工资支付行为，现印发给你们。\n\n第一条 为了规范⟦用人单位⟧的工资支付行为，制定本规定。\n\n第二条 本规定适用于本省的企业（以下统称用人单位）。\n\n第三条 用人单位应当按时支付工资。\n', [
    { code: 'ref.citation-not-found', severity: 3, message: '工作区中找不到《乙省工资支付规定》' },
    { code: 'term.before-definition', severity: 4, message: '“用人单位”在定义之前使用' },
    { code: 'term.before-definition', severity: 4, message: '“用人单位”在定义之前使用' },
  ]);

// A copy writes `<…>` for the `〈…〉` of a title inside a title (国家机关、事业单位贯彻《国务院关于职工工作时间的规定》的实施办法:
// its notice's `关于印发《国家机关、事业单位贯彻<国务院关于职工工作时间的规定>的实施办法》的通知`): the same title, found.
described('ref.citation-not-found: not for a title whose inner title a copy marks with <…>; a title not held is reported',
  '%! a.md\n# 甲省实施办法\n\n第一条 依照《甲省贯彻<乙条例>的办法》和⟦《丙条例》⟧，制定本办法。\n%! b.md\n# 甲省贯彻《乙条例》的办法\n\n第一条 甲。\n', [
    { code: 'ref.citation-not-found', severity: 3, message: '工作区中找不到《丙条例》' },
  ]);

// An interpretation of a law's application names that law's articles bare as well as its own (最高人民法院关于适用《中华人民共和国婚姻法》
// 若干问题的解释（一）: `符合第三十二条第三款规定“应准予离婚”情形的`, its own 第三十二条 one paragraph): a bare paragraph its own article
// lacks is perhaps the law's, not called missing; in another text, or named 本解释, it is.
const APPLYING = (title: string, ref: string) => `# ${title}\n\n第一条 人民法院审理离婚案件，符合${ref}规定“应准予离婚”情形的，不应当因当事人有过错而判决不准离婚。\n\n第二条 本解释自公布之日起施行。\n`;
const LAW_CITED = { code: 'ref.citation-not-found', severity: 3, message: '工作区中找不到《中华人民共和国乙法》' };
const MISSING = { code: 'ref.no-such-paragraph', severity: 1, message: '第二条没有该款（共1款）' };
described('ref.no-such-paragraph: not for a bare paragraph its own article lacks in an interpretation of a law\'s application',
  APPLYING('甲院关于适用⟦《中华人民共和国乙法》⟧若干问题的解释（一）', '第二条第三款'), [LAW_CITED]);
described('ref.no-such-paragraph: the same paragraph named 本解释 in that interpretation is missing',
  APPLYING('甲院关于适用⟦《中华人民共和国乙法》⟧若干问题的解释（一）', '⟦本解释第二条第三款⟧'), [LAW_CITED, MISSING]);
described('ref.no-such-paragraph: the same bare paragraph in an interpretation of another kind is missing',
  APPLYING('甲院关于审理乙案件若干问题的解释', '⟦第二条第三款⟧'), [MISSING]);

// A decision amending an interpretation quotes the amended article's new text: a term it defines is the interpretation's,
// used in its other articles, not quoted; a term the decision defines in its own words and never uses is flagged.
described('term.unused: not for a term defined in the new text an amendment quotes; in the text\'s own words it is',
  '# 甲关于修改乙解释的决定\n\n为了保护当事人（以下简称⟦各方⟧）的权益，决定如下：\n\n一、将第十六条修改为：\n\n“同时投保第三者责任商业保险（以下简称商业三者险）的机动车发生交通事故的，依法处理。”\n\n本决定自公布之日起施行。\n', [
    { code: 'term.unused', severity: 4, message: '“各方”定义后未使用' },
  ]);

// After the signatures (an annex, a note in reply) a term may be defined again for that text.
described('term.duplicate: not for a definition after the signatures; before them it is',
  `${HEAD}## 第一条\n\n双方发展合作。中华人民共和国政府和甲国政府（以下简称“⟦双方⟧”）合作。\n${TAIL}\n中华人民共和国代表\n\n（签字）\n\n甲国代表\n\n（签字）\n\n附件\n\n中华人民共和国外交部和甲国外交部（以下简称“双方”）交换照会。\n`, [
    { code: 'term.duplicate', severity: 2, message: '“双方”已定义为“中华人民共和国和甲国”' },
  ]);

// Each note of an exchange of notes is its sender's letter: the reply names the agreement with its own party
// first and defines its short name again (a writing manual's model, the China–Japan notes of 1979 on airline
// offices: real/notes_cn_jp_airline_offices_1979_manual.md). Defined twice in one note, it is flagged.
const NOTES = (reply: string) => `# 中日两国政府关于设立代表机构的换文\n\n（一）我方去文\n\n日本驻中华人民共和国大使馆：\n\n根据中华人民共和国和日本国航空运输协定（以下简称“协定”）第十五条规定，一致确认：根据协定，双方人数各自不超过24人。\n\n顺致崇高的敬意。\n\n中华人民共和国外交部\n\n1979年8月29日于北京\n\n（二）对方来文\n\n中华人民共和国外交部：\n\n${reply}一致确认如下：根据协定，双方人数各自不超过24名。\n\n日本驻中华人民共和国大使馆\n\n1979年8月29日\n`;
described('term.duplicate: not for a term each note of an exchange defines', NOTES('根据日本国和中华人民共和国航空运输协定（以下称“协定”）第15条规定，'), []);
described('term.duplicate: a term one note defines twice is',
  NOTES('根据日本国和中华人民共和国航空运输协定（以下称“协定”）第15条规定。根据日本国和中华人民共和国领事条约（以下称“⟦协定⟧”），'), [
    { code: 'term.duplicate', severity: 2, message: '“协定”已定义为“日本国和中华人民共和国航空运输协定”' },
  ]);

// A text without a title line (a fragment being drafted) is checked all the same.
described('numbering.gap in a text without a title', '## 第一条\n\n甲。\n\n## ⟦第三条⟧\n\n乙。\n', [
  { code: 'numbering.gap', severity: 2, message: '缺少第二条', data: { expected: 2 } },
]);

// A reference whose units cannot be told for sure is not called wrong (model/references.ts
// readUnits, its `uncertain`): in a 条/项/款 document (units written 第一项第（一）款) 第Y款 alone
// names a sub-unit of an unnamed paragraph and a bracketed 第（Z）项 is not this convention's;
// two units of one word (第三款第四款) and a unit number that cannot be read (第十十款) say
// nothing sure in any document. The same words in a 条/款/项 document are reported; 第三项
// without brackets in a 条/项/款 document is its paragraph 三, and reported.
const UNITS_USED = (article1: string, convention: string) => `# 测试协议\n\n## 第一条\n\n${article1}\n\n## 第二条\n\n适用${convention}。\n\n`;
// The document names a paragraph 项 (第三项 is its paragraph 三): the message names it so (session 41; it said 没有该款).
described('uncertain units: a 条/项/款 document reports only 第三项, its paragraph',
  `${UNITS_USED('一、甲：\n\n（一）丙；\n\n（二）丁。\n\n二、乙。', '第一条第一项第（一）款')}适用⟦第一条第三项⟧。\n\n适用第一条第三款。\n\n适用第一条第（三）项。\n\n适用第一条第三款第四款。\n\n适用第一条第三项第四项。\n\n适用第九条第十十款。\n\n适用本条第九款。\n`, [
    { code: 'ref.no-such-paragraph', severity: 1, message: '第一条没有该项（共2项）' },
  ]);
described('uncertain units: the same references in a 条/款/项 document are reported, but for two units of one word and a number that cannot be read',
  `${UNITS_USED('甲：\n\n（一）丙；\n\n（二）丁。\n\n乙。', '第一条第一款第（一）项')}适用⟦第一条第三项⟧。\n\n适用⟦第一条第三款⟧。\n\n适用⟦第一条第（三）项⟧。\n\n适用第一条第三款第四款。\n\n适用第一条第三项第四项。\n\n适用第九条第十十款。\n\n适用⟦本条第九款⟧。\n`, [
    { code: 'ref.no-such-item', severity: 1, message: '第一条没有该项' },
    { code: 'ref.no-such-paragraph', severity: 1, message: '第一条没有该款（共2款）' },
    { code: 'ref.no-such-item', severity: 1, message: '第一条没有该项' },
    { code: 'ref.no-such-paragraph', severity: 1, message: '第二条没有该款（共8款）' },
  ]);

// A defined short name dated otherwise than the workspace's copy: every date of the copy is named.
described('ref.date-mismatch of a short name: every date of the copy is named',
  `%! a.md\n# 中华人民共和国和甲国边境管理协定\n\n中华人民共和国和甲国（以下简称“双方”），根据《中华人民共和国和甲国国界协定》（以下简称“国界协定”），达成协议如下：\n\n## 第一条\n\n双方依照⟦1995年4月26日⟧国界协定管理边境。\n${TAIL}%! border.md\n1994年5月1日\n\n# 中华人民共和国和甲国国界协定\n\n## 第一条\n\n双方确定国界。\n\n本协定于1994年4月26日在北京签订，一式两份。\n`, [
    { code: 'ref.date-mismatch', severity: 2, message: '引用日期 1995年4月26日 与《中华人民共和国和甲国国界协定》的日期（1994年4月26日、1994年5月1日）不符' },
  ]);

// An amendment's article that announces the articles it inserts (作为第二十条) excuses those numbers only. (After a lead to the
// new text, `…。内容如下：`, the articles are the new text, the amending article's: review48Bite.test.ts 1e.)
described('numbering.gap: an amendment announces 第二十条, the article after it is 第二十五条',
  '# 甲法修正案\n\n第一条 甲法第三条修改为：“乙。”\n\n第二条 甲法增加一条，作为第二十条。\n\n⟦第二十五条⟧ 丁。\n\n⟦第三条⟧ 己。\n', [
    { code: 'numbering.gap', severity: 2, message: '缺少第三条至第二十四条', data: { expected: 3 } },
    { code: 'numbering.order', severity: 2, message: '第三条位置不对：应在第四条之前' },
  ]);

// Severity settings: a check turned off says nothing, whether or not it runs; turning one term
// check off leaves the other.
configured('the article checks turned off', `${HEAD}## 第一条\n\n双方依照本协定第九条合作。\n\n## 第三条\n\n乙。\n${TAIL}`,
  { 'numbering.gap': 'off', 'ref.no-such-article': 'off' }, []);
configured('term.before-definition with term.unused off', `# 中华人民共和国和甲国友好合作协定\n\n⟦双方⟧决心发展友好关系。中华人民共和国和甲国（以下简称“双方”），达成协议如下：\n\n## 第一条\n\n双方发展合作。\n${TAIL}`,
  { 'term.unused': 'off' }, [{ code: 'term.before-definition', severity: 4, message: '“双方”在定义之前使用' }]);
configured('term.unused with term.before-definition off', `${HEAD.replace('（以下简称“双方”）', '（以下简称“⟦缔约方⟧”）')}## 第一条\n\n甲国和中国发展合作。\n${TAIL}`,
  { 'term.before-definition': 'off' }, [{ code: 'term.unused', severity: 4, message: '“缔约方”定义后未使用' }]);
