// The lexicon: every domain word the code reads text by, in one place — kinds of
// instrument and the words that name one (本协定), states with their short forms,
// languages and capitals, verbs of signing, numeral character classes, the words
// that head the notes of an exchange. The
// parser needs some of them, so they live in syntax/; model, features and index
// read them from here. The TextMate grammar (syntaxes/*.tmLanguage.json) writes the
// same lists: test/unit/grammar.test.ts holds every alternation there equal to these.
import { foldScript } from './script';
import { MONTHS, foreignKind } from './foreign';
import type { TextLike } from './text';

// The other languages' words (article and chapter headings, kinds of instrument, signing clauses).
export * from './foreign';

// ---------------------------------------------------------------------------------------
// Numerals

/** 一 to 九. */
export const DIGITS_CN = '一二三四五六七八九';
/** 两 and 二 to 九: how many paragraphs `前两款`, `前三款` name (the ones right before). */
export const FEW_CN = `两${DIGITS_CN.slice(1)}`;
/** 一 to 十: items `（三）`, the head of a note `(一)中方去文`. */
export const SMALL_CN = `${DIGITS_CN}十`;
/** Digits written one by one, as years are: `二〇〇八`. */
export const POSITIONAL_CN = `〇零${DIGITS_CN}`;
/** Arabic digits, half- and full-width (a character-class body). */
export const ARABIC = '0-9０-９';
/**
 * The financial numerals (大写: 壹 貳 參 … 拾 佰 仟, traditional and simplified, 參 folded as 参), as a converter or a clerk writes
 * every 一 of a text (the 1890 Sikkim convention's page: `第壹款`, `壹八九○年`): numerals.ts reads them as 一 to 九, 十, 百, 千.
 */
export const FINANCIAL_NUMERALS = '壹贰貳叁參参肆伍陆陸柒捌玖拾佰仟';
/** Characters that may appear in a numeral (Chinese or Arabic, half- or full-width): article, chapter and unit numbers. */
export const NUMERAL_CHARS = `0-9０-９〇零○一二两三四五六七八九十百千万廿卅${FINANCIAL_NUMERALS}`;
/** The number after 之 (`第十条之一`), of an annex (`附件二`). */
export const SUB_NUMERAL = `${SMALL_CN}0-9`;
/** A paragraph number `一、`. */
export const PARA_NUMERAL = `${SMALL_CN}百〇零两`;
/** A Chinese item number `（十一）`. */
export const ITEM_NUMERAL = `${SMALL_CN}百`;
/** A roman numeral written as one character, `ⅰ` … `ⅻ` (U+2170–U+217B), as a translation numbers its items `(ⅰ)`: a class for patterns. */
export const ROMAN_CHARS = '\u2170-\u217b';
/** The value of a one-character roman numeral (`ⅰ` 1 … `ⅻ` 12) from its code; 0 for any other character. */
export function romanCharValue(code: number): number {
  return code >= 0x2170 && code <= 0x217b ? code - 0x216f : 0;
}
/** The numbers of dates: `二〇〇二年六月七日`, `2002年6月7日`. */
export const DATE_DIGITS = `${ARABIC}〇零○${SMALL_CN}廿卅`;
/** The letter O where OCR and typists meant 〇: `二O二三年`. */
export const OCR_ZEROS = 'OＯ';

// ---------------------------------------------------------------------------------------
// Kinds of instrument and the words that name one

/** A word that names (a kind of) instrument, and what the code reads it for. */
export interface InstrumentWord {
  word: string;
  /** A title that ends with it is of that kind (`endingKind`, `kindOf`): `INSTRUMENT_KINDS`. */
  kind?: true;
  /** A law or rule rather than an instrument between parties: a title alone does not make a document one. */
  law?: true;
  /** A domestic text's own name that is no kind a title is read by (`…的解释`, `…实施细则`): amended, as a law is, by a decision. */
  rules?: true;
  /** `本…` with it names the text itself (`本协定第三条`): `SELF_WORDS`. */
  self?: true;
  /** It names another instrument: a quoted title ends with it (`“…协定”`), before `第X条` it is another's (`该公约第二条`): `CITED_KINDS`. */
  cited?: true;
  /** `本…` with it in a signing clause is checked against the title's kind (signing.self-reference). */
  signed?: true;
  /** `本…` with it may have been copied from another text (the wording check on self-references). */
  copied?: true;
  /** A snippet's choice of self-references (`${1|本协议,本协定|}`) is fitted to the document. */
  snippet?: true;
  /**
   * Laws only: after a name, before `第X条`, it names another law (`民法典第五条`,
   * `医疗器械监督管理条例第八十六条`, `民法通则第一百三十四条`): `CITED_LAW_KINDS`.
   */
  lawCited?: true;
  /** An amending instrument: its articles without 本… name the amended text's (`AMENDING_KINDS`). */
  amending?: true;
  /** Its laws are cited by a name of one or two characters (`刑法`, `民法典`, `民法通则`): `SHORT_NAMED_KINDS`. */
  shortNamed?: true;
  /** A draft's title that ends with it and the draft's stage is of that kind (`…条款草案`), a title ending with it alone is not. */
  draftKind?: true;
  /** A title that ends with it is of this kind (`endingKind`): `中华人民共和国民法典` is a 法, and says 本法. */
  kindAs?: string;
  /** The shorter word a text of this kind calls itself by after 本 (a 执行计划 says 本计划): `selfWordOf`. */
  selfAs?: string;
}

/**
 * In the order kinds are tried on a title: a kind that ends another comes after it (联合声明
 * before 声明), and where a title holds two, the first listed wins (`…议定书…协定` is a 议定书).
 */
export const INSTRUMENT_WORDS: readonly InstrumentWord[] = [
  { word: '联合新闻公报', kind: true, self: true, cited: true },
  { word: '联合公报', kind: true, self: true, cited: true },
  { word: '联合声明', kind: true, self: true, cited: true },
  { word: '联合宣言', kind: true },
  { word: '谅解备忘录', kind: true, self: true, cited: true },
  // Taiwan's spelling of a memorandum of understanding (`駐美國台北經濟文化代表處與美國在台協會瞭解備忘錄(中譯本)`, its law database's
  // TECRO–AIT memorandum, 2007; its treaty database writes 瞭解備忘錄 beside 諒解備忘錄): a 谅解备忘录, 瞭 (to understand) kept by the fold.
  // A kind only (a title ending with it): the grammars' lists of self-words and cited kinds are the lexicon's (grammar.test).
  { word: '瞭解备忘录', kindAs: '谅解备忘录' },
  { word: '备忘录', kind: true, self: true, cited: true, snippet: true },
  // A conference's final act (`1973年国际海洋污染会议最终议定书`, `…会议最后文件`): it records what the conference
  // adopted and calls itself 本最终议定书; no protocol to enter into force (not a `FINAL_CLAUSE_KINDS` one).
  { word: '最终议定书', kind: true, self: true },
  { word: '最后文件', kind: true, self: true },
  // A protocol supplementing an agreement (`…贸易协定补充议定书`) is a 议定书 (PART_OF) that calls itself 本补充议定书 too.
  { word: '补充议定书', self: true },
  { word: '议定书', kind: true, self: true, cited: true, signed: true, snippet: true },
  { word: '补充协定', kind: true, self: true, cited: true },
  { word: '补充协议', kind: true, self: true, cited: true },
  { word: '会谈纪要', kind: true },
  { word: '会议纪要', kind: true },
  { word: '纪要', kind: true, self: true },
  // Plans carrying out an agreement: a cultural agreement's 执行计划 (`二○○三…年执行计划`), the CEPA's
  // 经济和技术合作工作计划; each calls itself 本计划.
  { word: '执行计划', kind: true, self: true, selfAs: '计划' },
  // An arrangement carrying out an agreement between two bodies (the AIT–TECRO `…执行办法`, `…第一号执行协定`), which calls
  // itself 本执行办法, 本执行协定 (`依本執行辦法第 6 條`): no kind a title is read by (执行协定 ends with 协定).
  { word: '执行办法', self: true },
  { word: '执行协定', self: true },
  { word: '工作计划', kind: true, self: true, selfAs: '计划' },
  // A plan of what the parties will do over some years, adopted by their leaders or ministers (`落实…联合宣言的行动计划(2021-2025)`,
  // `中非合作论坛—亚的斯亚贝巴行动计划(2004至2006年)`): numbered points, no signing; it says 本行动计划 or 本《行动计划》.
  { word: '行动计划', kind: true, self: true },
  { word: '计划', self: true },
  // An organisation's strategy over years, approved by its leaders' decision (`上海合作组织至2025年发展战略`, `…未来10年（2026—2035年）
  // 发展战略`): its aims and the fields of its cooperation, no signing, as a plan of action; it says 本战略.
  { word: '发展战略', kind: true, self: true, selfAs: '战略' },
  // An outline carrying out a treaty, agreed by its parties (`《中华人民共和国和俄罗斯联邦睦邻友好合作条约》实施纲要`): their tasks in
  // points under fields (`一、政治领域` / `(一)…`), no signing, as a plan of action. A kind only (纲要 alone is a self-word, no kind:
  // a law's programme, `…发展纲要`, keeps the kind it has); the treaty named in 《》 before it is what it carries out.
  { word: '实施纲要', kind: true },
  { word: '战略', self: true },
  { word: '和约', kind: true, self: true },
  // A Qing-era convention on one matter, in a few sentences or articles (`展拓香港界址专条`, 1898; `订租威海卫专条`; the `议定专条`
  // after the Treaty of Shimonoseki). A self-word too (`本專條及會議憑單均只有漢文本`, the 1874 Sino-Japanese convention's page: this
  // convention); no citation of it is read yet (the grammars' lists stay the lexicon's).
  { word: '专条', kind: true, self: true },
  // The Qing's treaty of amity with Japan (`中日修好條規`, 1871, with its trade regulations `通商章程`): its negotiators named it
  // 條規, regulations, not 條約, and it is in articles (`第一條 嗣後大清國、大日本國倍敦和誼…`) opened by full powers as a treaty's.
  // Read by 修好条规 only: 条规 alone ends `第五条规` in `第五条规定`, and a kind inside a line is looked for (isChrome, headings).
  { word: '修好条规', kindAs: '条规' },
  // A convention on one matter the Republic of China concluded (`中華民國與西班牙國間文化專約`, 1957; its preamble `締結一項文化專約`):
  // articles, full powers and ratification as a treaty's; it calls itself 本專約 (`本專約第三條`, its own article), in the grammars'
  // self-references too (s57gaps). No title of LawRefBook/Laws ends with 专约, and no law of it says 本专约.
  { word: '专约', kind: true, self: true },
  { word: '条约', kind: true, self: true, cited: true, signed: true, copied: true, snippet: true },
  { word: '协定', kind: true, self: true, cited: true, signed: true, copied: true, snippet: true },
  // A record of what representatives agreed at talks (`关于中蒙边界548-I号界桩重建的协议书`, a boundary commission's
  // 会谈协议书): it calls itself 本协议书, not 本协议.
  { word: '协议书', kind: true, self: true, cited: true, signed: true },
  { word: '协议', kind: true, self: true, cited: true, signed: true, copied: true, snippet: true },
  { word: '公约', kind: true, self: true, cited: true, signed: true, copied: true, snippet: true },
  { word: '宪章', kind: true, self: true, cited: true, signed: true, snippet: true },
  { word: '换文', kind: true, self: true, cited: true },
  { word: '宣言', kind: true, self: true, cited: true },
  { word: '声明', kind: true, self: true, cited: true, snippet: true },
  { word: '公报', kind: true, self: true, cited: true, snippet: true },
  { word: '公告', kind: true, self: true },
  { word: '规约', kind: true, self: true, cited: true },
  { word: '盟约', kind: true, self: true, cited: true },
  { word: '决议案', self: true },
  { word: '决议', kind: true, self: true },
  { word: '布告', kind: true },
  { word: '修正案', kind: true, self: true, amending: true },
  // The International Law Commission's draft articles (`国家及其财产的管辖豁免条款草案`): the present articles call
  // themselves 本条款 (`ARTICLES_KIND`), which elsewhere is 本条, this article. A draft's kind only: a title ending
  // with 条款 alone names clauses (`…节錄——中國與山東條款`, `最后条款`), no kind of instrument.
  { word: '条款', draftKind: true },
  // An amendment named by where or for what it was adopted, after the instrument it amends (`《蒙特利尔议定书》伦敦修正`,
  // `《京都议定书》多哈修正`, `《…》的修正`): a title ending with it is an amendment's.
  { word: '修正', kindAs: '修正案' },
  // The constitution of an international organisation (`联合国工业发展组织章程`, `国际劳工组织章程`, `世界旅游组织章程`): a
  // treaty setting it up, between the states that become its members, read by the organisation's word right before 章程 as
  // 组织组织法 is. 章程 alone is no kind: a company's, an association's, a party's articles (`公司章程`, `中国工会章程`,
  // `中国共产党章程`) are 章程 too, and a domestic body is named by no 组织 or 联盟 of its own (the laws' `…组织章程` are
  // categories in a sentence, `慈善组织章程`, `农村集体经济组织章程`, no title). Not 委员会 or 机构 (`村民委员会`, `培训机构`).
  { word: '组织章程', kindAs: '章程' },
  { word: '联盟章程', kindAs: '章程' },
  { word: '章程', self: true, cited: true },
  // The constitution of an international organisation (`世界卫生组织组织法`, `国际电信联盟组织法`): a treaty setting the
  // organisation up, which calls itself 本组织法. A domestic body's (`中华人民共和国国务院组织法`) is a law, of the kind 法.
  { word: '组织组织法', kindAs: '组织法' },
  { word: '联盟组织法', kindAs: '组织法' },
  { word: '组织法', self: true },
  // Between the Mainland and Hong Kong or Macao: `内地与香港关于建立更紧密经贸关系的安排` (CEPA), `本安排`.
  { word: '安排', kind: true, self: true, cited: true },
  { word: '约法', self: true },
  // The Republic's and older treaties call themselves 本約 (`本約自互換批准書之日起發生效力`, `本約批准互換之後`).
  { word: '约', self: true },
  // An entente or a convention of the late Qing and the Republic (`圖們江中韓界務條款` calling itself `本協約` in its article 2, `中俄蒙
  // 協約`, `俄蒙協約`): a self-word only — 协约国 (the Allied Powers) holds it, and no kind is read from it yet (s61unseenA).
  { word: '协约', self: true },
  { word: '宪法', self: true },
  { word: '决定', kind: true, law: true, self: true },
  // A notice (`国家税务局关于中澳避免双重征税协定生效的通知`, `…关于执行…协定有关问题的通知`): a domestic act about the instrument
  // it names, which says 本通知. Its kind is read from the notice's title (`NOTICE_TITLE`, `endingKind`), not from a line ending
  // with 通知 alone (`…应当书面通知`).
  { word: '通知', law: true, self: true },
  // Macao's Chief Executive's executive order (`第30/2005號行政命令`, titled by its number, NUMBERED_LAW), in articles, which
  // says 本行政命令 (`本行政命令自公佈翌日起生效`).
  { word: '行政命令', kind: true, law: true, self: true },
  { word: '办法', kind: true, law: true, self: true },
  { word: '条例', kind: true, law: true, self: true, lawCited: true },
  { word: '规定', kind: true, law: true, self: true },
  // Rules and other texts that call themselves 本细则, 本解释 (judicial interpretations), 本标准 …
  // (not kinds a title is read by: such a title keeps the kind it has, if any).
  { word: '细则', self: true, rules: true },
  { word: '规则', self: true, rules: true },
  { word: '准则', self: true, rules: true },
  { word: '解释', self: true, rules: true },
  // The court's reply to a question a lower court asked (`最高人民法院关于…问题的批复`, `本批复自…起施行`): a judicial interpretation too.
  { word: '批复', self: true, rules: true },
  { word: '规范', self: true, rules: true },
  { word: '守则', self: true, rules: true },
  { word: '标准', self: true, rules: true },
  { word: '纲要', self: true, rules: true },
  // Macao's codes say 本法典; 企业财务通则 says 本通则 (民法典 and 民法通则 say 本法).
  { word: '法典', self: true, lawCited: true, shortNamed: true, kindAs: '法' },
  { word: '通则', self: true, lawCited: true, shortNamed: true, rules: true },
  { word: '总则', lawCited: true, shortNamed: true },
  // The Republic of China's constitution as amended is cited by its additional articles (`憲法增修條文第二條第四項`).
  { word: '增修条文', lawCited: true },
  // Macao's laws are titled by their number, `第3/1999號法律`, and call themselves 本法律.
  { word: '法律', self: true, kindAs: '法', selfAs: '法律' },
  { word: '法', kind: true, law: true, self: true, shortNamed: true },
];

const wordsWhere = (p: (w: InstrumentWord) => boolean | undefined): string[] => INSTRUMENT_WORDS.filter(p).map((w) => w.word);
/** Longest first, so that an alternation tries 决议案 before 决议. */
const longestFirst = (words: readonly string[]): string[] => [...words].sort((a, b) => b.length - a.length);

/** Kinds of instrument a title ends with, in the order they are tried (see `INSTRUMENT_WORDS`). */
export const INSTRUMENT_KINDS: readonly string[] = wordsWhere((w) => w.kind);
/** Kinds that are laws and rules rather than instruments between parties: a title alone does not make a document one. */
export const LAW_KINDS: ReadonlySet<string> = new Set(wordsWhere((w) => w.law));
/** The names of domestic rules a title may end with though they are no kind (`RULES` words: 解释, 细则, 规则 …), longest first. */
export const RULES_ENDINGS: readonly string[] = longestFirst(wordsWhere((w) => w.rules));
/**
 * A domestic text's title that ends with the name of its rules though that is no kind (`RULES_ENDINGS`): what the issuing body
 * says `关于…的` them, a remark after it (`最高人民法院关于适用《…》若干问题的解释（一）`, read folded to simplified). A line
 * merely ending with one of those words is none (`…作出的解释`).
 */
export function isRulesTitle(words: string): boolean {
  const t = withoutRemarks(words);
  return t.length > 6 && t.indexOf('关于') >= 0 && RULES_TITLE.test(t);
}
const RULES_TITLE = new RegExp(`关于[^，。；：,;:！？]{2,}的(?:${alternation(RULES_ENDINGS)})$`);

/** Words that, after 本, name the text itself: 本协定, 本宪章, 本法 (longest first). */
export const SELF_WORDS: readonly string[] = longestFirst(wordsWhere((w) => w.self));
/** The first character of each self-word, by its code (1 where one starts): what stands right after the 本 of every self-word. */
export const SELF_WORD_FIRST = new Uint8Array(0x10000);
for (const w of SELF_WORDS) SELF_WORD_FIRST[w.charCodeAt(0)] = 1;
/** Kinds that name another instrument (a quoted title's end, the word before another's `第X条`), longest first. */
export const CITED_KINDS: readonly string[] = longestFirst(wordsWhere((w) => w.cited));
/** Kinds of law that, after a name and before `第X条`, name another law (beside the cited kinds and 法), longest first. */
export const CITED_LAW_KINDS: readonly string[] = longestFirst(wordsWhere((w) => w.lawCited));
/** Amending instruments (修正案): `第一百二十三条至第一百三十八条相应改为…` names the amended text's articles. */
export const AMENDING_KINDS: ReadonlySet<string> = new Set(wordsWhere((w) => w.amending));
/**
 * A title that says the instrument amends another: `关于修改《…》的议定书`, `…关于对《…》的修订议定书`,
 * `…修正议定书`. Its articles named without 本… are the amended text's, as a 修正案's are. The
 * cited title is left out first, so a protocol to an instrument whose own title amends is not one.
 */
export function amendingTitle(title: string): boolean {
  return /修订|修改|修正/.test(foldScript(title).replace(/《[^《》]*》/g, ''));
}
/**
 * Papers a 《》 names that are no instrument, a workspace never holding them (LawRefBook/Laws: a fifth of its
 * citations not found): a certificate, permit or licence (`《居民身份证》`, `《植物检疫证书》`, `《营业执照》`,
 * `《合格证明》`), a form or table (`《…立案呈批表》`, `《缴费登记卡》`), a register (`《新兵花名册》`, `《户口簿》`), a
 * newspaper (`《温州日报》`), a gazette, named by the body or the state that publishes it (`《…人民代表大会常务委员会公报》`,
 * Macao's `《政府公报》` and `《澳门特别行政区公报》`, Portugal's `《共和国公报》`; an issue after it, `《…公报/2001年/第二号》`); a paper
 * served or filed whose name ends with what it does: a notice, a decision, a request (`《受理通知书》`,
 * `《行政处罚决定书》`, `《检疫处理通知单》`, `《进口药品通关单》`), or a list of the things kept, received or seized in one case
 * (`《暂存物品清单》`, `《诉讼材料收取清单》`: 清单 after what is done with them); a paper of one case or one application that
 * says what it is (`《价格鉴证结论书》`, `《…行政裁决书》`, `《…快速处理记录书》`, `《测量标志委托保管书》`, `《…申报书》`,
 * `《期货交易风险说明书》`, `《建设用地批准书》`), an agreement the parties of one dispute sign (`《…调解协议书》`, `《协调处理协议书》`)
 * and a report of one accident, inspection or case (`《海上交通事故报告书》`, `《进口药品检验报告书》`, `《提请抗诉报告书》`). Not 公报
 * alone (a 联合公报 is an instrument), 单 alone (a 负面清单, a 管制清单 is one) or 书 alone (a 协议书, an 议定书 is one), nor
 * 报告书 alone (`《中国加入工作报告书》` is the working party's report, part of an accession protocol), nor 批准书 alone (a state's
 * instrument of ratification). A remark in brackets after the
 * name is no part of its ending (`《国内水路运输经营许可证（个体）》`).
 */
const NOT_INSTRUMENT_ENDING = /(?:证|证书|证明|执照|表|册|簿|卡|日报|晚报|时报|周报|杂志|学报|(?:委员会|政府|国务院|共和国|特别行政区)公报(?:\/[^\/]{1,10})*|(?:通知|决定|建议|意见|确认|查询|请求|申请|抗诉|告知|判决|裁定|调解|起诉|证明|结论|裁决|记录|回复|推荐|申报|保管|立案|说明|用地批准|(?:调解|处理)协议|(?:事故|检验|检查|调查|抗诉|索赔|技术)报告)书|(?:通知|通关|联系|报验|记录|催报|回执)单|(?:暂存|收取|扣押|查封|接收|交接|移交|退还|发还)(?:物品|财物|材料)?清单)(?:[（(][^（）()]{1,10}[）)])?$/;

/**
 * A name in book-title marks that names no instrument a workspace could hold, read folded (a citation's `normalized`): a paper that is
 * none (`NOT_INSTRUMENT_ENDING`); a kind or a text's word alone (`《公报》原始 PDF 版本`, Macao's Official Gazette on its legal
 * database's page; `《公约》`, `《安排》` where no short name was read for them), which no title is; a name with no Chinese character
 * (`《LegisMac》的法例註釋`, the database's own name). A name naming no kind but a title (`《中国人民解放军纪律条令》`,
 * `《…关于…的意见》`) stays an instrument to look for: over LawRefBook/Laws 396 of the 3,756 such citations name no kind, a
 * regulation, a judicial interpretation or a tariff among them.
 */
export function namesNoInstrument(normalized: string, written = normalized): boolean {
  if (NOT_INSTRUMENT_ENDING.test(normalized)) return true;
  const name = withoutRemarks(foldScript(normalized));
  return BARE_INSTRUMENT_WORDS.has(name) || (!/[\u3400-\u9fff]/.test(name) && !foreignTitle(written));
}

/**
 * A title in another language as a Chinese text cites it (`written`, its spaces kept): words naming a kind of instrument
 * (syntax/foreign.ts `foreignKind`: `《Foreign Investment Law》`, `《United Nations Convention on the Law of the Sea》`) and at
 * least one word besides — an instrument a workspace could hold, looked for as a Chinese title is; not a kind alone
 * (`《Convention》`) nor a name of no kind (`《LegisMac》`, a database's).
 */
function foreignTitle(written: string): boolean {
  return foreignKind(written) !== undefined && written.trim().split(/[\s\u00a0]+/).length > 1;
}
const BARE_INSTRUMENT_WORDS: ReadonlySet<string> = new Set(INSTRUMENT_WORDS.map((w) => w.word));
/**
 * The tail of a body's name that a place's or an area's name heads (`普陀山风景名胜区管理委员会`, `…开发区管委会`): after the long
 * form a term stands for, the body's proper name, which the short name (风景区) would change — no long form written again.
 */
export const BODY_NAME_TAIL = /^(?:管理委员会|管委会|管理局|管理处)/;
/**
 * Names that hold a word a law defines as a term, the word no use of it there: 代表, a deputy (`省人民代表大会代表（以下简称
 * 代表）`), in 人民代表大会, the congress (its sessions recorded under the title: `…人民代表大会常务委员会第二次会议通过`); and
 * the names of kinds of zone, enterprise and bank that the law's own kind is not, whose last word a law takes as the short name
 * of its own: 开发区 (`宁波大榭开发区（以下简称开发区）`) in 经济技术开发区, the national kind it enjoys the policies of; 企业
 * (`农村股份合作企业（以下简称企业）`) in 集体企业, 乡镇企业, the enterprises it is made from; 银行 in 外资银行, 外国银行. A law
 * defining the kind itself (`…（以下简称集体企业）`) is not concerned: a name holds only a shorter term.
 */
export const NAMES_HOLDING_TERMS: readonly string[] = ['人民代表大会', '经济技术开发区', '高新技术产业开发区', '集体企业', '乡镇企业', '外资银行', '外国银行'];
/**
 * The title of a notice issuing one text, a line of its own: `关于印发《工资支付暂行规定》的通知` (发布, 颁布, 公布; an issuer before
 * 关于), markdown marks and white space before it; the title it issues is the first group. A copy keeping the notice above
 * the text's first article (model/references.ts `issuingNotice`) keeps another document's words there.
 */
export const ISSUING_NOTICE = /^[ \t\u3000#*]*(?:[\u4e00-\u9fff、]{0,24}?关于)?(?:印发|发布|颁布|公布)《(.+)》的通知$/;
/**
 * The title of a text interpreting the application of a law it names (`最高人民法院关于适用《中华人民共和国婚姻法》若干问题的解释（一）`,
 * `…关于适用《刑事诉讼法》的解释`): such a text names that law's articles bare as well as its own.
 */
export const APPLYING_TITLE = /关于适用[《〈<][^》〉>]+[》〉>]/;
/**
 * The word ending a party's name (`中国有关单位(以下简称中方)`, `外国组织和国际组织(以下简称外方)`, `提供方`): a law naming a body
 * so names it as one party to the dealing it governs (考古涉外工作管理办法: the foreign side of a joint excavation), a role.
 */
export const PARTY_ENDING = '方';
/**
 * The verbs ending a clause's words before the members of what its subject names (`公司类型包括…`, `…分为…`, `…是指…`): the term
 * written before them, the phrase after is the term's meaning said again, no long form to shorten (draftingChecks.ts).
 */
export const MEMBERS_NAMED_BY = /(?:包括|分为|是指|系指|指)$/;
/**
 * A meaning opening its line, the term before it on lines of its own (a PDF's extraction setting a defined term apart between
 * quotation marks alone on their lines, `"` / `缔约方会议` / `"` / `指《公约》缔约方会议。`: syntax/runs.ts `shreddedTerm`).
 */
export const MEANING_OPENING = /^(?:是指|系指|意指|指(?![定导示出令南挥标控责明派]))/;
/** A quotation mark opening a term, alone on its line (`shreddedTerm`), and the marks that close it. */
export const TERM_QUOTES_OPENING: Readonly<Record<string, string>> = { '"': '"', '“': '”', '「': '」', '『': '』' };
/** Whether `s` holds at `at` a term that is part of one of `NAMES_HOLDING_TERMS` written around it. */
export function heldByName(s: string, at: number, term: string): boolean {
  for (const name of NAMES_HOLDING_TERMS) {
    if (name.length <= term.length) continue;
    for (let k = name.indexOf(term); k >= 0; k = name.indexOf(term, k + 1)) if (at >= k && s.startsWith(name, at - k)) return true;
  }
  return false;
}
/** Kinds whose laws are cited by short names (`刑法第五条`, `民法典第五条`): a name of one or two characters is no preposition. */
export const SHORT_NAMED_KINDS: ReadonlySet<string> = new Set(wordsWhere((w) => w.shortNamed));
/** Self-references a signing clause is checked against the title by: 本协议, 本协定 … */
export const SIGNED_SELF_REFS: ReadonlySet<string> = new Set(wordsWhere((w) => w.signed).map((w) => `本${w}`));
/** Kinds whose self-reference a drafter may have copied from another text: 协议, 协定, 条约, 公约. */
export const COPIED_KINDS: ReadonlySet<string> = new Set(wordsWhere((w) => w.copied));
/** Self-references a snippet's choice may offer: 本协议, 本协定 … */
export const SNIPPET_SELF_REFS: ReadonlySet<string> = new Set(wordsWhere((w) => w.snippet).map((w) => `本${w}`));
/** Characters that make a word with 本 (基本法 is no 本法, 日本 no self-reference). */
export const NOT_SELF = '基根日资成副文样版原正课剧范账';
/**
 * The text's name for itself by a kind of two characters and more, not the end of another word (`本议定书`, `本協定`; not
 * `日本`, `基本`, `资本`: NOT_SELF), read folded to simplified: a line holding it outside brackets names the text from inside
 * it, no title of it (a contracts site's caption of the clause it was found by over the page: `对本议定书附录“…”的修正`).
 */
export const SELF_REFERENCE = new RegExp(`(?<![${NOT_SELF}])本(?:${SELF_WORDS.filter((w) => w.length > 1).join('|')})`);
/** Verbs ending in 成 a self-reference follows (完成本议定书, 构成本协定的组成部分, 達成本協議): 成本 there is no word, as it is in 成本标准, 重置成本法. */
export const CHENG_VERBS = '完构構组組形造达達促';
/** Nouns ending in one of those verbs' characters that make 成本 a word again (制造成本法, 建造成本协定价, 结构成本, 班组成本): no verb there. */
export const CHENG_NOUNS: readonly string[] = ['制造', '建造', '改造', '营造', '營造', '酿造', '釀造', '铸造', '鑄造', '结构', '結構', '机构', '機構', '班组', '班組', '机组', '機組'];
/** What follows 本约 when it is no self-reference but a word of its own: 本约定 (as agreed here), 本约合同 (the main contract, 民法典), 本约束. */
export const NOT_AFTER_BENYUE = '定合束';
/** What follows 本章程 when it is no self-reference but 本章 and a word of its own: 本章程序 (this chapter's procedure, 民事诉讼法 `依照本章程序审理的案件`). */
export const NOT_AFTER_BENZHANGCHENG = '序';
/** What follows 本法 when it is no self-reference but a word of its own: 本法院 (the Court, the Rome Statute's and the ICJ Statute's own word), 本法庭, 本法官, 本法人. */
export const NOT_AFTER_BENFA = '院庭官人';
/**
 * Each self-word that is no self-reference when one of these characters follows it right after (no converter's gloss between):
 * what the self-reference's pattern (model/references.ts `selfPattern`) and reader (`selfEnd`) both pass over.
 */
export const NOT_AFTER_SELF_WORD: Readonly<Record<string, string>> = { 约: NOT_AFTER_BENYUE, 法: NOT_AFTER_BENFA, 章程: NOT_AFTER_BENZHANGCHENG };
/**
 * A law's word for itself, read folded (`依照本法的规定`, `本法律`): not the 本法 inside another word (`基本法`, `根本法`: NOT_SELF),
 * nor 本法院 and its like (NOT_AFTER_BENFA). What a page of a law's articles without its title names itself by (model/treaty.ts
 * kindWithoutTitle); the kind it says, `LAW_KIND`.
 */
export const LAW_SELF_WORD = new RegExp(`(?<![${NOT_SELF}])本法(?![${NOT_AFTER_BENFA}])`);
/** The kind of a law, as its title's last word names it (`…基本法`, `…法`). */
export const LAW_KIND = '法';
/** The kinds a short form of a joint statement or communiqué ends with: `中哈联合声明`. */
export const JOINT_KINDS: readonly string[] = ['联合声明', '联合公报', '联合新闻公报'];
/**
 * Kinds whose text is prose, paragraphs at most (a declaration, a statement, a communiqué, a proclamation): their text in
 * another language reads as one by its title naming the kind over prose (`Cairo Declaration` / `The several military
 * missions…`), as the Chinese does — not a `Treaty …` or an `Agreement …` without articles, which is a page about one.
 */
export const PROSE_KINDS: ReadonlySet<string> = new Set(['宣言', '声明', '联合声明', '公报', '联合公报', '公告']);

/**
 * An organ that issues texts in its own name, at the start of a title before 关于 (`最高人民法院关于…的规定`,
 * `国务院关于…的决定`, `财政部关于…的办法`): the one to adopt a decision amending such a text.
 */
export const ISSUING_ORGAN = /^([\u4e00-\u9fff]{0,24}?(?:人民法院|人民检察院|国务院|人民政府|委员会|总局|部|局|署|办公厅|银行))关于/;
/**
 * A record of an instrument's adoption, promulgation or amendment standing alone under its title, as databases and
 * gazettes print it (`2000年12月28日 第九届全国人民代表大会常务委员会第十九次会议通过`, `2022年5月1日 施行`,
 * `（1997年3月14日第八届全国人民代表大会第五次会议修订）`): a date first, the act last — the instrument's metadata, no
 * preamble. (The line's head and its end are read: its length is bounded by the caller.)
 */
export const ADOPTION_RECORD = new RegExp(`^[（(]?[ \\t\\u3000]*(?:根据)?[${NUMERAL_CHARS}]{2,4}[ \\t\\u3000]*年[ \\t\\u3000]*[${NUMERAL_CHARS}]{1,2}[ \\t\\u3000]*月[ \\t\\u3000]*[${NUMERAL_CHARS}]{1,3}[ \\t\\u3000]*日[^。；]*?(?:通过|公布|施行|修正|修订|发布|批准)[ \\t\\u3000]*[)）]?$`);
/** A standing committee named in a record of adoption (`2020年5月14日上海市第十五届人民代表大会常务委员会第二十一次会议通过`): the words before its meeting's number. */
export const ADOPTING_COMMITTEE = new RegExp(`([\\u4e00-\\u9fff]{0,24}?人民代表大会常务委员会)第[${NUMERAL_CHARS}]+次(?:全体)?会议`);
/** A congress's session (`第十五届`), no part of the committee's name. */
export const SESSION = new RegExp(`第[${NUMERAL_CHARS}]+届`);

/** The word a text of `kind` calls itself by after 本, when shorter than the kind: 计划 for a 执行计划. */
export function selfWordOf(kind: string): string | undefined {
  return INSTRUMENT_WORDS.find((w) => w.word === kind)?.selfAs;
}

/**
 * What a meaning written as a pointer to the list under it opens with (`“技术资料”是指下列形式：` / `1．规划` / `2．计划` …: the
 * meaning is the items, model/definitions.ts listedBelow), a few characters naming what is listed after it (形式, 各项, 情形).
 */
export const LIST_POINTERS = ['下列', '以下'] as const;

/**
 * A table an instrument holds, named after 之 or 的 (`…處理要點第二點之評量表`, `本法之附表`, `该办法的表`): the units named
 * after it (`第（一）項第（13）小項`) are its rows, not the text's paragraphs or items (model/references.ts FOREIGN_BEFORE).
 */
export const TABLE_WORDS = ['评量表', '附表', '表'] as const;

/** Alternation of words, for a regular expression: `a|b|c`. */
/** The units of a part of a law or a long treaty, `第…编/分编/章/节/部分`, the longer before the one it starts with. */
export const CHAPTER_UNITS = ['分编', '编', '章', '节', '部分'] as const;
/**
 * Characters after `本` and a unit's word that make them no words naming the unit holding them (`本章`, `本编`:
 * model/chapterReferences.ts `unitHereAt`): the unit's character opens a word with them (`文本编制`, `成本节能`, `节约`,
 * `节目`, `编号`). Not a character before: `构成本节第一百四十条规定之罪` (刑法) is this section's; nor 程: `依照本章程序审理的案件`
 * (民事诉讼法) is this chapter's procedure — `本章程` is a text's own name only in a 章程 (the text's self-word is asked).
 */
export const NOT_UNIT_HERE = '制能约目日号选';
/**
 * The unit of a part an older treaty's translation divides into books before them, named on the book's own heading line
 * (`## 第四部 第八編 山東`: the Treaty of Versailles' Part IV, Section VIII): the part's label before the chapter's, white
 * space between. Never a chapter's unit alone (`第二部` opens a sentence as well as a heading).
 */
export const PART_BEFORE_CHAPTER = ['部'] as const;

/**
 * The part a Qing treaty divides its articles into, each numbering them from 第一款 again (`第一端 胶澳租界` / `第一款 …` … `第二端
 * 铁路、矿务等事` / `第一款 …`, the 1898 Sino-German Kiautschou convention: 三端十款): a chapter's unit on its heading line only — the
 * label alone, or white space and a caption after it (lines.ts). Never in CHAPTER_UNITS: `第一端口` is no heading, `本端` no
 * self-reference, and a part is cited by no one.
 */
export const QING_PART_UNITS = ['端'] as const;

/**
 * What a page writes after a part's label to close it, nothing else on the line (`第二部分完`, `第一章（完）`: a site's
 * instrument split over pages, simplified): the end of that part, no heading of a new one.
 */
export const PART_END = /^[（(]?(?:完|终|完毕|结束|全文完)[）)]?$/;

/**
 * What a site that splits an instrument over pages writes of them at a page's foot, ending its line (`共两部分`, `其他请参考
 * “商标国际注册马德里(1)共两部分”`): how many parts there are in all, page furniture as `共10页` is. Simplified, read on folded text.
 */
export const PARTS_IN_ALL = /共[ \t\u3000]*[一二两三四五六七八九十0-9０-９]{1,3}[ \t\u3000]*部分[”」』）)]?$/;
/**
 * A news site's headline of one page of an instrument it split into parts: the name, the part's number in brackets, then how many
 * parts there are in all, bracketed too (`与贸易有关的知识产权协定(1)(共两部分)`, China Daily's regional pages and their mirrors,
 * simplified or converted to traditional). The remark (group 0, from its part number) is no part of the title, and the line is the
 * page's title, not its furniture (syntax/lines.ts endsWithParts, model/treaty.ts pageTitleEnd). Read on folded text.
 */
export const PARTS_REMARK = /(?:[（(][ \t\u3000]*[一二三四五六七八九十0-9０-９]{1,2}[ \t\u3000]*[）)][ \t\u3000]*)?[（(][ \t\u3000]*共[ \t\u3000]*[一二两三四五六七八九十0-9０-９]{1,3}[ \t\u3000]*部分[ \t\u3000]*[）)][ \t\u3000]*$/;

/** A table of contents' heading alone on its line (`目录`, `目錄`, `目次`), white space inside it aside. */
export const CONTENTS_HEADING = /^目[ \t\u3000]*(?:录|錄|次)$/;

/**
 * The marks a signatory's name is followed by, in brackets, where the signed original had the signature or the seal
 * (`王某（签字）`, `(签名)`, `（盖章）`): parser.ts `SIGNED_MARKS` (a line of them), lines.ts `SIGNATORIES_ACROSS` (a row read across).
 */
export const SIGNATURE_MARKS: readonly string[] = ['签字', '签名', '签署', '盖章', '签章'];

/**
 * A signatory's line names who signs (folded to simplified): a representative, a government, a head of state or an
 * office (`中华民国政府代表`, `阿根廷共和国政府全权代表`, `中华人民共和国主席`, `外交部长`) — never the rest of a place a
 * width broke (`…于瓜地` / `马拉城`, `…订于布宜诺斯艾` / `利斯`): parser.ts `datePlaceAt` stops its place there.
 */
export const NAMES_SIGNATORY = /代表|全权|政府|主席|总统|总理|首相|部长|大臣|国王|女王|大使|秘书长/;

/**
 * A section's heading over a text's numbered points, folded (`一 . 价值和原则`, `一. 我们的共同承诺`: the UN's style, a Chinese
 * numeral, a full stop and a caption of a few words, no clause): what stands between a declaration's title and its first point
 * `1.` when the page holds the first section alone — that section's name, no preamble (features/documentSymbols.ts).
 */
export const POINTS_SECTION_HEADING = /^[一二三四五六七八九十]{1,3}[ \t\u3000]*[.．][ \t\u3000]*[^，,。；;：:、\s][^，,。；;：:]{0,30}$/;

/**
 * A side named as many states together, folded (`非洲国家` in `中國和非洲國家(以下簡稱“雙方”)`, the FOCAC ministers' action plan;
 * `东南亚国家联盟成员国`): no one state nor organ, so no party holding a copy of its own. No state's name ends so (they end with
 * 共和国, 王国, 国, …); an organ of one ends with its own word (`国家教育委员会`).
 */
export const STATES_TOGETHER = /(?:国家|成员国|各国)$/;
/**
 * The parties' collective term of a text of two sides (`双方`, `缔约双方`; read folded): three names read in it are two sides misread
 * (a name with 和 inside, `国家发展和改革委员会`; the armistice's commanders `一方` / `另一方`), not three parties
 * (features/export/alternat.ts: a copy for each of three).
 */
export const TWO_SIDES = /双方/;
/**
 * How the name of a state's organ ends, folded (`…国家发展和改革委员会`, `…工业部`, `…政府`): a party's name a 和 inside it cut
 * ends so after the cut, and not before it (features/export/alternat.ts sidesJoined: `…国家发展` / `改革委员会`).
 */
export const ORGAN_END = /(?:政府|委员会|部|局|署|院|厅|办公室|银行|总署|协会|中心)$/;

/**
 * A caption cut by a line break, folded: it ends with a word that joins it to what follows (`听取和审议人民政府、人民法院和` /
 * `人民检察院的专项工作报告`, 监督法 2006's 第二章 in LawRefBook/Laws; `审查和批准决算，听取和审议国民经济和` / `社会发展计划、…`): a
 * conjunction, an enumeration's or a clause's comma, 的 — no name ends so (model/treaty.ts `chapterCaption`).
 */
export const CAPTION_GOES_ON = /(?:[和与及或、，,的]|以及|并)$/;
/** The longest rest of a caption a line break cut (监督法 2006's 第三章: 27 characters). */
const MAX_CAPTION_REST = 40;
/**
 * Whether a line's words (trimmed) can be the rest of a caption a line break cut after a CAPTION_GOES_ON word: a name's words,
 * no sentence nor clause mark, MAX_CAPTION_REST characters at most. The parser reads such a line under a chapter's heading as
 * no sub-heading (parser.ts `goesOnCaption`), the model as the caption's rest (model/treaty.ts `chapterCaption`).
 */
export function captionRestShaped(rest: string): boolean {
  return rest.length > 0 && rest.length <= MAX_CAPTION_REST && !/[。；;：:！？]/.test(rest);
}

export function alternation(words: Iterable<string>): string {
  return [...words].join('|');
}

/**
 * One converter's pinyin gloss after a character (`(xié)`), as a pattern's source: in brackets, small letters, one with a
 * tone mark, or a tone's digit after them — what PINYIN_NOTE and PINYIN_GLOSS match.
 */
export const PINYIN = '[(（](?=[a-z\\u00e0-\\u01dc\\u01f9\\u1e3f]{0,5}[\\u00e0-\\u01dc\\u01f9\\u1e3f]|[a-z]{1,6}[1-5])[a-z\\u00e0-\\u01dc\\u01f9\\u1e3f]{1,6}[1-5]?[)）]';
/** Every converter's pinyin right after a Chinese character (`協(xié)議`): no part of the words. */
export const PINYIN_GLOSS = new RegExp(`(?<=[\\u3400-\\u9fff])${PINYIN}`, 'g');
/**
 * A converter's pinyin written without its tone (`中(zhong)华`, `协(xie)定(ding)`, as some sites' ruby converters leave it): in
 * brackets after a character, two to six small letters making one syllable — an initial, or none, and a final. A bracketed
 * item letter (`(a)`, `(i)`), a numeral (`(ii)`, `(iv)`) or an abbreviation (`(EU)`) makes none.
 */
const TONELESS_SYLLABLE = '(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ue|ve|a|o|e|i|u|v)';
const TONELESS_GLOSS = new RegExp(`(?<=[\\u3400-\\u9fff])[(（](?=[a-z]{2,6}[)）])${TONELESS_SYLLABLE}[)）]`, 'g');
/**
 * `s` without a converter's toneless pinyin (TONELESS_GLOSS), where it holds two or more: a converter glosses many characters of
 * a name (`《中(zhong)华人民共和国政府和瑙鲁共和国政府关于互免(mian)…协(xie)定(ding)》`), a drafter brackets one word at most.
 */
export function withoutTonelessPinyin(s: string): string {
  if (s.indexOf('(') < 0 && s.indexOf('（') < 0) return s;
  TONELESS_GLOSS.lastIndex = 0;
  let n = 0;
  while (TONELESS_GLOSS.exec(s) && ++n < 2);
  return n < 2 ? s : s.replace(TONELESS_GLOSS, '');
}
/**
 * A title's words as a title set stacked on a gazette's page is compared with its citation: no joining word nor 的 (the layout
 * stands for them: `中華人民共和國` / `澳門特別行政區` / `馬里共和國` / `互免簽證的協定`, cited `《…澳門特別行政區與馬里共和國互免簽證的協定》`).
 */
export function stackedName(words: string): string {
  return words.replace(/[和与與及的]/g, '');
}
/**
 * Whether code unit `c` may open a gloss's letters, right after its bracket (PINYIN's first class: a small letter, or one with
 * a tone mark): a text with no bracket followed by one holds no gloss (features/documentSymbols.ts tells an article's so).
 */
export function opensPinyin(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0xe0 && c <= 0x1dc) || c === 0x1f9 || c === 0x1e3f;
}
/**
 * Markup, white space and marks a title's words are read without; a converter's pinyin too (`協(xié)議`); a book's
 * footnote mark, a circled number (`中苏友好同盟互助条约①(①本文引自…)`: the note after it is a remark).
 */
const MARKUP = new RegExp(`<sup>[^<]*<\\/sup>|\\^[^^\\s]{1,12}\\^|<[^>]{1,20}>|\\[\\^[^\\]]*\\]|\\\\\\*|${PINYIN_GLOSS.source}|[*_\`#\\s\\u3000《》〈〉“”"「」\\u2460-\\u2473]+`, 'g');

/** A line of a title as the kinds are matched on it: simplified, no markup or white space. */
export function titleWords(raw: string): string {
  return foldScript(raw).replace(MARKUP, '');
}

/** A notice's kind (`INSTRUMENT_WORDS`). */
export const NOTICE = '通知';
/**
 * The title of a notice about an instrument, its issuer's `关于…的通知` (`国家税务局关于中澳避免双重征税协定生效的通知`, `…关于执行…
 * 协定…的通知`, `…的紧急通知`; read folded): a notice, whatever instrument it names before 的 — the agreement it puts into effect is
 * another's, cited by `协定第二十七条`. Not a notice issuing or passing on a text (`关于印发《…规定》的通知`, ISSUING_NOTICE; the
 * title read without its 《》; its first 关于, not one inside the name of the text it issues), whose copy is read as the text it issues.
 */
const NOTICE_TITLE = /^(?:(?!关于).)*关于(?!印发|发布|颁布|公布|转发).{2,}的(?:紧急)?通知$/;

/** A document's number of its year after its kind, as a series numbers statements and notices (`…主席声明2017年第19号`): no part of the kind. */
const YEAR_NUMBER = /[0-9０-９]{4}年第[0-9０-９]{1,4}号$/;

/** `及其`, `and its`: what a title names after it goes with the instrument named before it. */
const WITH_ITS = '及其';

/**
 * A preamble's last clause announcing the points after it as an instrument of a kind it names, folded to simplified characters:
 * a verb of concluding, `左列`/`下列`, 之 or 的, the instrument's name (group 1, ending with its kind: words.ts endingKind), then the
 * colon before the points (`…締結左列之停戰協定:`, the 1933 Tanggu truce quoted on a book's page with no title line). Not
 * `达成协议如下：` (达成 is no verb of concluding an instrument named after it: the text says what was agreed, not what it is).
 * Or the verb, the instrument's name and the count of its articles (group 2: `…在璦琿城議定和約三條:`, the 1858 Aigun treaty's
 * lead on a page with no title line; `订立条约十款：`), as Qing treaties announce their clauses.
 */
export const ANNOUNCED_KIND = /(?:缔结|订立|签订|议定)(?:(?:左列|下列)[之的]([\u4e00-\u9fff]{1,16})|([\u4e00-\u9fff]{1,16}?)[一二三四五六七八九十]{1,3}[条款])[:：][ \t\u3000]*$/;

/**
 * The kind a (normalized) title ends with, a bracketed remark after it apart: `世界人权宣言`, `…协定（草案）`; a
 * negotiation draft's words after the kind apart too (`《世卫组织大流行协定》草案`, `…协定谈判案文提案`, `…公约主席案文`).
 */
export function endingKind(words: string): string | undefined {
  let t = withoutRemarks(words);
  // A document numbered by its year after its kind (`联合国安理会主席声明2017年第19号`, `…公告2018年第1号`): the kind before the number.
  if (t.charCodeAt(t.length - 1) === 0x53f7 /* 号 */) t = t.replace(YEAR_NUMBER, '');
  // An instrument named with what goes with it after 及其 (`朝鲜停战协定及其附件和临时补充协议`): the first one's kind, the
  // others being its annexes and the texts beside it. Not where 的 follows, making the whole a longer name's qualifier
  // (`关于修改…协定及其附件的议定书`).
  const joined = t.indexOf(WITH_ITS);
  if (joined > 0 && t.indexOf('的', joined) < 0) {
    const first = endingKind(t.slice(0, joined));
    if (first) return first;
  }
  const kinds = KIND_ENDINGS.get(t.charCodeAt(t.length - 1));
  if (kinds !== undefined) for (const w of kinds) if (t.endsWith(w.word)) return w.kindAs ?? w.word;
  if (t.endsWith(NOTICE) && NOTICE_TITLE.test(t)) return NOTICE;
  // A draft's title: the instrument's name, then what stage of it this is (`草案`, `谈判案文`, `提案`), any of them in turn.
  for (let n = 0; n < 3 && DRAFT_LAST.includes(t.charAt(t.length - 1)); n++) {
    const tail = DRAFT_TITLE_WORDS.find((d) => t.endsWith(d));
    if (!tail) break;
    t = withoutRemarks(t.slice(0, t.length - tail.length));
    const drafts = DRAFT_KIND_ENDINGS.get(t.charCodeAt(t.length - 1));
    if (drafts !== undefined) for (const w of drafts) if (t.endsWith(w.word)) return w.kindAs ?? w.word;
  }
  return undefined;
}

/**
 * The INSTRUMENT_WORDS a title's ending makes its kind (`kind`, `kindAs`; with `draft`, `draftKind` too), by the code of their
 * last character, each list in INSTRUMENT_WORDS' order: `endingKind` asks only the words a title can end with whether it does,
 * not all 74 (6,327 titles over every tenth law of LawRefBook/Laws, each asked 74 times, ~13,000 instructions a title).
 */
function kindEndings(draft: boolean): Map<number, InstrumentWord[]> {
  const out = new Map<number, InstrumentWord[]>();
  for (const w of INSTRUMENT_WORDS) {
    if (!(w.kind || w.kindAs || (draft && w.draftKind))) continue;
    const last = w.word.charCodeAt(w.word.length - 1);
    const list = out.get(last);
    if (list) list.push(w);
    else out.set(last, [w]);
  }
  return out;
}
const KIND_ENDINGS = kindEndings(false);
const DRAFT_KIND_ENDINGS = kindEndings(true);

/**
 * The words after an instrument's name that make a title a draft of it, longest first (simplified): the stage of a
 * negotiation (`谈判案文`, `主席案文`, `零草案`, `案文草案`, `提案`), of a law's making (`修订草案`, `征求意见稿`, `送审稿`).
 */
export const DRAFT_TITLE_WORDS: readonly string[] = [
  '谈判案文', '主席案文', '案文草案', '综合案文', '修订草案', '修正草案', '工作草案', '征求意见稿', '送审稿', '讨论稿', '零草案', '草案', '案文', '提案', '预稿', '初稿',
];
/**
 * A title (`titleWords`) that says the text is a draft: it ends with a draft's stage, or its remark after the kind names one
 * (`…协定（草案）`, `《…协定》草案`, `…条例(草案修改二稿征求意见稿)`, `…协定谈判案文提案`).
 */
export function isDraftTitle(words: string): boolean {
  const remarks = words.slice(withoutRemarks(words).length);
  return DRAFT_TITLE_WORDS.some((d) => remarks.includes(d)) || DRAFT_TITLE_WORDS.some((d) => withoutRemarks(words).endsWith(d));
}
/** A name's words before the title it publishes: the issuer and 关于 (`最高人民法院关于`). */
const ISSUER_ABOUT = /^[\u4e00-\u9fff]{2,20}(?:关于|關於)$/;

/**
 * Whether `name` is `title` as its issuer publishes it, the issuer and 关于 before it (`最高人民法院关于内地与香港…的安排`
 * of `内地与香港…的安排`): the same instrument.
 */
export function issuedAs(name: string, title: string): boolean {
  return name.length > title.length && name.endsWith(title) && ISSUER_ABOUT.test(name.slice(0, -title.length));
}

/**
 * Whether `name` is `title` without the issuer its title names (`關於內地與香港…的安排` of
 * `最高人民法院關於內地與香港…的安排`: the court's own notice above the arrangement it publishes cites it by the words after
 * its name): the same instrument. The inverse of `issuedAs`, 关于 kept on both sides.
 */
export function issuerDropped(name: string, title: string): boolean {
  return title.length > name.length && (name.startsWith('关于') || name.startsWith('關於')) && title.endsWith(name) && ISSUER_ABOUT.test(title.slice(0, -name.length + 2));
}

/**
 * The name of the instrument a draft's title (normalized) is a draft of, its stage words and the remark naming them
 * dropped (`世卫组织大流行协定草案` → `世卫组织大流行协定`, `…条例(草案修改二稿征求意见稿)` → `…条例`); undefined for no draft's title.
 */
export function draftOfTitle(words: string): string | undefined {
  let t = words;
  const bare = withoutRemarks(t);
  if (bare.length < t.length && DRAFT_TITLE_WORDS.some((d) => t.slice(bare.length).includes(d))) t = bare;
  for (let n = 0; n < 3; n++) {
    const tail = DRAFT_TITLE_WORDS.find((d) => t.endsWith(d));
    if (!tail) break;
    t = withoutRemarks(t.slice(0, t.length - tail.length));
  }
  return t.length < words.length && t.length > 0 ? t : undefined;
}
/** The last characters of `DRAFT_TITLE_WORDS`: a title ending otherwise is no draft's (a cheap test first). */
const DRAFT_LAST = [...new Set(DRAFT_TITLE_WORDS.map((d) => d.charAt(d.length - 1)))].join('');

/**
 * A title's words without the bracketed remarks after its kind (`…条约（中文本）`, `…的决定(2015)`) and a law database's
 * status after them (`…框架协议[现行有效]`, `【已失效】`: `VALIDITY_STATUS`): the name a citation gives.
 */
export function withoutRemarks(words: string): string {
  // (Only a text ending with a closing bracket ends with a remark: most titles are not searched.)
  const last = words.charCodeAt(words.length - 1);
  if (last !== 0xff09 /* ） */ && last !== 0x29 /* ) */ && last !== 0x5d /* ] */ && last !== 0xff3d /* ］ */ && last !== 0x3011 /* 】 */) return words;
  return words.replace(REMARKS_AT_END, '');
}

/**
 * How a preamble opens after its title (simplified): its purpose (`为了…`, `为…`), its grounds
 * (`鉴于…`, `根据…`, `本着…`, `考虑到…`), or the parties (`缔约双方`, `双方`, `各方`, `本协定缔约方`, `本公约缔约各国`); a
 * preamble naming the states opens with a state's name (`stateOf`). A store giving a page as one line glues it to the title.
 */
export const PREAMBLE_OPENING = /^(?:为了|为|鉴于|根据|本着|考虑到|认识到|注意到|重申|缔约|双方|各方|本(?:协定|协议|公约|条约|议定书)缔约)/;

/**
 * A recital opening its line (folded): `鉴于…`, and `缘,…` (緣, whereas: Taiwan's translations of its agreements with the United
 * States, `缘,美国在台协会 (AIT) 与…于一九九九年六月三十日签署…协议书`), however its sentence ends or a width breaks it.
 */
export const RECITAL_OPENING = /^(?:鉴于|缘[，,])/;

/**
 * The labels of the lines a database or a news site prints under a title: `发布日期：…`,
 * `【法规来源】…`, `【效力级别】…` (simplified: lines are matched folded).
 */
export const DATABASE_LABELS: readonly string[] = [
  '来源', '出处', '发布日期', '发布时间', '发布部门', '发布机关', '发文单位', '发文机关', '发文字号', '文号', '法规来源', '公布日期',
  '颁布日期', '实施日期', '施行日期', '执行日期', '生效日期', '签订日期', '签署日期', '失效日期', '效力级别', '时效性', '浏览次数',
];
/** A database's field glued after the title, its label and a colon (`…的解释发文单位:最高人民法院文号:…`, read folded): the title ends before it. */
export const GLUED_LABEL = new RegExp(`(?<=[^\\s：:])(?:${DATABASE_LABELS.join('|')})[ \\t\\u3000]*[：:]`);
/** Labels a text may open with itself (minutes: `时间：…` / `地点：…`): a database's only with another label on the line (`时间：2009-06-17 来源：…`). */
const SHARED_LABELS = ['时间', '作者'];
/**
 * A converter's pinyin after a character, in brackets (`依據(jù)`, `【發(fā)布部門】`): a reading aid the
 * page kept from a ruby annotation, no part of the text's words. Small letters, one with a tone mark, or a tone's digit
 * after them: a bracketed abbreviation or letter (`(EU)`, `(a)`) is the text's own.
 */
export const PINYIN_NOTE = new RegExp(`^${PINYIN}`);
/** `label`'s characters, each optionally followed by a converter's pinyin (`PINYIN_NOTE`): `发(fā)布部门`. */
export function withPinyin(label: string): string {
  return [...label].map((c) => `${c}(?:${PINYIN})?`).join('');
}

/**
 * A site's breadcrumb, the path of links to the page (the text folded to simplified): `首页 -> 政务公开 -> 其他政府信息 -> 公 告`,
 * `首页 > 条约库`, its sections after white space alone (`首页 理论教育 国际核心劳工标准公约`: two or three, the whole line;
 * four and more are a navigation bar, `网站首页 语文基础 语文资料 古诗文阅读 …`, the page's menu, which parser.ts reads as
 * such), or a bracketed label of the page's place, `【现在位置】六法首页〉〉国际法及公约…`; or a short
 * line of two sections joined by a doubled arrow, no 首页 (`新法规速递>>纯文字版`): a title holds no `>>`.
 */
export const BREADCRUMB = /^(?:【(?:现在|当前|您的|所在)位置】|(?:网站)?首页[ \t\u3000]*(?:->|-->|>>|>|»|〉〉|〉|→|\/)|(?:网站)?首页(?:[ \t\u3000]+[^，,。；;：:\s《》]{1,16}){2,3}$|[^，,。；;：:\s《》>]{1,12}[ \t\u3000]*(?:-->|>>|»|〉〉)[ \t\u3000]*[^，,。；;：:\s《》]{1,12}$)/;

/**
 * A UN document's masthead above a negotiation text (matched folded to simplified): its symbol (`第七次会议 A/INB/7/3`,
 * `A/CONF.232/2019/6`, `FCCC/PA/CMA/2018/L.3`, `A/INB/9/3 Rev.1`), its agenda item (`临时议程项目 2 2023 年 10 月 30 日`).
 */
export const UN_MASTHEAD = /(?:^|[ \t\u3000])(?:[A-Z]{1,6}[0-9]{0,3})(?:\/[A-Z0-9][A-Za-z0-9.()-]*){2,}(?:[ \t\u3000]+(?:Rev|Add|Corr)\.[0-9]+)*(?:[ \t\u3000]|$)|^(?:临时)?议程项目[ \t\u3000]*[0-9０-９]/;
/** The body negotiating or drafting an instrument, named above its text (`起草和谈判…国际文书的政府间谈判机构`): no title, though it names kinds. */
export const NEGOTIATING_BODY = /(?:谈判机构|谈判委员会|工作组|筹备委员会|特设委员会|政府间会议|起草委员会)$/;

/**
 * A law database's history field over an agreement (Taiwan's law database: `沿革:` / `1.中華民國八十九年八月一日…簽訂;並於八十九年八月一日` /
 * `開始執行`), its entries numbered, each ending when the instrument took effect or was applied (matched folded to simplified).
 */
export const HISTORY_LABEL = /^沿革[ \t\u3000]*[：:]$/;
export const HISTORY_ENTRY_END = /(?:生效|施行|开始执行|开始实施|废止|失效)[。；;]?$/;

/** A database's label line: `发布日期：2009-06-17`, `**来源**：…`, `【法规来源】…`, `【发(fā)布部门】`, `执(zhí)行日期:1998-05-27`, `时间：2009-06-17 来源：…` (the text folded to simplified). */
export const DATABASE_LABEL = new RegExp(
  `^(?:\\*\\*)?(?:【(?:${DATABASE_LABELS.map(withPinyin).join('|')})】|(?:${DATABASE_LABELS.map(withPinyin).join('|')})(?:\\*\\*)?[ \\t\\u3000]*[：:]|(?:${alternation(SHARED_LABELS)})[ \\t\\u3000]*[：:][^：:]{1,40}?[ \\t\\u3000](?:${alternation([...DATABASE_LABELS, ...SHARED_LABELS])})[ \\t\\u3000]*[：:])`,
);

/**
 * Whether a line opening with the code unit `c` (folded) can be a DATABASE_LABEL line: `*`, `【` or a label's first character.
 * A test before the regex, whose ~24,000 characters of alternation ran cold after the lexer's pass over 1 MB (a few µs a line).
 */
export function opensDatabaseLabel(c: number): boolean {
  return DATABASE_LABEL_OPENINGS.includes(String.fromCharCode(c));
}
const DATABASE_LABEL_OPENINGS = [...new Set(['*', '【', ...[...DATABASE_LABELS, ...SHARED_LABELS].map((label) => label[0])])].join('');

/**
 * A database's field label naming the instrument's name before it on its line, a kind then 名称 and white space, no colon
 * (`协定名称 甲国和乙国…的协定 协定序言 …`, read folded): the title follows it.
 */
export const KIND_NAME_LABEL = new RegExp(`^(?:${alternation(INSTRUMENT_KINDS)})名称[ \\t\\u3000]+`);

/**
 * A database's name line: `法规名称: …`, `标题：…`, `**名称**：…`, `【標題】…`, `[文件名称] …` (the title after it). So is a
 * compilation's number of an instrument appended to another it prints (`附一:中英交收威海卫专约`, a gazetteer's appendix; `附八:`
 * before a set of notes), 附 and a numeral: the title after it (the line is read as a name line only when that names a kind).
 */
export const NAME_LINE = /^(?:\*\*)?(?:(?:法[规規]名[称稱]|文件名[称稱]|名[称稱]|[标標][题題]|[题題]名|篇名|附[一二三四五六七八九十]{1,3})(?:\*\*)?[ \t\u3000]*[：:]|【(?:法[规規]|文件)?(?:名[称稱]|[标標][题題])】|\[(?:法[规規]|文件)?(?:名[称稱]|[标標][题題])\])[ \t\u3000]*/;

/**
 * A Hong Kong ordinance's heading as law sites copy it: its chapter number in the Laws of Hong Kong, a hyphen between
 * spaces, its name (`第 1 章 - 释义及通则条例`, `第 383 章 - 香港人权法案条例`, `第 4A 章`): the prefix before the name.
 */
export const CAP_HEADING = /^第[ \t\u3000]*[0-9０-９]+[A-Z]?[ \t\u3000]*章[ \t\u3000]+[-–—－][ \t\u3000]+/;

/** An amending bill's instruction after the label of the amended instrument's article (read folded to simplified): `第3条现予修订──`, `第四条现予废除`. */
export const AMENDING_INSTRUCTION = /^[ \t\u3000]*现予(?:修订|修改|废除|废止|删除|增补)/;

/** A database's field label in square brackets opening a line: `[地点] 比什凯克`, `[日期] 2013年9月13日`, `[全文]`. */
export const BRACKETED_FIELD = /^\[[\u3400-\u9fff]{1,6}\]/;
/**
 * A database's field label in lenticular brackets opening a line, whatever the label (`【公布日】2005.06.30`,
 * `【公布機関】ハーグ国際私法会議において採択`, a Japanese site's fields above a Chinese text): as `BRACKETED_FIELD`.
 */
export const LENTICULAR_FIELD = /^【[\u3400-\u9fff]{1,6}】/;
/**
 * The same field after a bullet (`∙【缔约国】联合国`, `•【条约类别】议定书`, a treaty database's `文章属性` list as document sites copy
 * it), a site's stray tag perhaps glued before the bullet (`犯罪未遂∙【条约类别】议定书`): a field, no title, whatever kind its label
 * or value names (syntax/parser.ts isMetaLine).
 */
/** A database's label of the text below it alone on its line (`正文`, `全文`, a colon perhaps after it; read folded): the page's, no title's first word. */
export const BODY_LABEL = /^(?:正文|全文)[ \t\u3000]*[：:]?$/;
export const BULLETED_FIELD = /^[^【】\s，。,；;]{0,8}?[•∙·●][ \t\u3000]*【[\u3400-\u9fff]{1,6}】/;

/**
 * A news or government page's furniture after the text (the text folded to simplified): the editor's credit
 * (`责任编辑：王萌萌`, `（责任编辑：…）`, `[ 责任编辑:… ]`, `【纠错】 责任编辑: …`), the source (`来源：新华网`,
 * `(资料来源:…《侨务法律法规实用手册》)`), the
 * buttons (`【打印】【关闭】`, `【打 印】`, `关闭窗口`, `返回顶部`, `分享到：`, `【字体：大 中 小】`), `上一篇：…`, `相关新闻：`,
 * a page id of digits alone. A converter's pinyin may follow a character (`責(zé)任編輯`). No text of an instrument
 * ends with such a line: after the text, it is looked past (model/clauses.ts `stopsShort`).
 */
const PAGE_LABELS = ['责任编辑', '编辑', '责编', '来源', '稿源', '文章来源', '信息来源', '资料来源', '作者', '分享到', '分享', '上一篇', '下一篇', '相关新闻', '相关链接', '相关阅读', '扫一扫', '打印', '关闭', '纠错'];
const PAGE_BUTTONS = ['打印本页', '打印此页', '打印', '关闭窗口', '关闭本页', '关闭', '纠错', '收藏', '返回顶部', '返回', '顶部', '分享到', '分享', '图集', '评论'];
/** The words of a list, longest first, each with a converter's pinyin allowed after its characters and a space between them (`【打 印】`). */
function pageWords(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map((w) => [...w].map((c) => `${c}(?:${PINYIN})?`).join('[ \\t\\u3000]?')).join('|');
}
const PAGE_BUTTON = `(?:${pageWords(PAGE_BUTTONS)}|字[体号][ \\t\\u3000]*[：:]?(?:[ \\t\\u3000]*[大中小])+|\\+1)`;
const PAGE_SPACE = '[ \\t\\u3000]*';
const PAGE_OPEN = '[\\[【（(〔|｜]';
const PAGE_CLOSE = '[\\]】）)〕|｜]';
/** A site's count of the page's characters after the text (`全文693个字,`, a legal Q&A site's), its comma left by the page. */
const WORD_COUNT = '(?:全文|本文)共?[0-9]{1,7}个?字[,，]?';
/**
 * A site's footer after the text (folded), as government sites print it: its copyright, sponsor, map, technical support and
 * registration numbers (`国务院侨务办公室版权所有 中国侨网技术支持`, `主办单位：…`, `网站地图`, `[京ICP备05072101号] [京公网安备:…]`),
 * its address for mail (`地址:… 邮编:100037 联系方式:…`), or a row of its links (`中国政府网| 中华人民共和国外交部 | …`: five
 * names at least between bars, none a sentence's; a table's row opens with its bar, or has fewer columns). No sentence in it.
 */
const SITE_FOOTER_WORDS = ['版权所有', '主办单位', '承办单位', '协办单位', '网站地图', '联系我们', '技术支持', 'ICP备', '公网安备', '网站标识码', '邮编：', '邮编:'];
const SITE_FOOTER = `[^。；]{0,60}(?:${SITE_FOOTER_WORDS.join('|')})[^。；]{0,60}|${WORD_COUNT}|(?:[^|｜。，；,;:：\\-]{1,24}[|｜]){4,}[^|｜。，；,;:：\\-]{0,24}`;

/**
 * A site's registration over or under its page, as a copy breaks it over lines (the Ministry of Justice's law database: `京公网安备` /
 * `11010502035627号` over a treaty's preamble): the registration's words with their province and number (`京ICP备05072101号`,
 * `京公网安备 11010502035627号`), or its number alone with 号 (eight digits at least). No phrase of a text goes on from it
 * (syntax/runs.ts `opens`): the preamble under it was read `京公网安备11010502035627号中华人民共和国和泰王国(以下称“双方”)`,
 * 双方 so defined.
 */
export const SITE_REGISTRATION = /^[ \t\u3000]*(?:[\u4e00-\u9fff]{0,2}(?:公网安备|ICP备|ICP证)[ \t\u3000:：]*(?:[0-9]{6,}[ \t\u3000]*号?)?|[0-9]{8,}[ \t\u3000]*号)[ \t\u3000]*$/;

/**
 * A site's greeting over its page (`欢迎访问两岸关系网!`, `歡迎光臨…`): the page's furniture, a sentence ended with `!` though it
 * is (syntax/parser.ts isChrome), never a title nor a text's first words.
 */
export const SITE_WELCOME = /^(?:欢迎|歡迎)(?:访问|訪問|光临|光臨|来到|來到|莅临|蒞臨)/;

/**
 * A label's value that is a web address, however long (`【资料来源:http://law.npc.gov.cn:87/page/secondbrw.cbs?rid=1&…】`, a law
 * site's note of the database it copied from), its bracket closed after it.
 */
const PAGE_ADDRESS = `(?:https?:\\/\\/|www\\.)[^\\s。；]+${PAGE_SPACE}${PAGE_CLOSE}?`;
/**
 * Buttons, each bracketed or not, then a label with its value (`责任编辑：王萌萌`, or a web address: PAGE_ADDRESS) or a page id of
 * digits; a line of one of them at least. Or a site's footer (SITE_FOOTER).
 */
export const PAGE_FOOTER = new RegExp(
  `^(?:${SITE_FOOTER})$|^(?=.)(?:${PAGE_CLOSE}${PAGE_SPACE})?(?:${PAGE_OPEN}?${PAGE_SPACE}${PAGE_BUTTON}(?:${PAGE_SPACE}[：:])?${PAGE_SPACE}${PAGE_CLOSE}?${PAGE_SPACE})*` +
    `(?:${PAGE_OPEN}?${PAGE_SPACE}(?:${pageWords(PAGE_LABELS)})${PAGE_SPACE}[：:]${PAGE_SPACE}(?:${PAGE_ADDRESS}|[^。；]{0,40})|[0-9]{8,})?$`,
);


/**
 * The words that end the head of a note: 来文, 去文, 来照, 去照, 复照, 照会, and a reply's 复文 or, as the 1950s wrote it, 覆文 / 覆照
 * (`去文` … `覆文`, the 1952 China–USSR notes on Port Arthur).
 */
const NOTE_WORDS = ['来文', '去文', '来照', '去照', '复照', '复文', '覆文', '覆照', '照会'];
/** What an exchange of notes is called (its kind), when its notes are all the text says of it. */
export const EXCHANGE_OF_NOTES = '换文';
/**
 * A note of an exchange of notes is headed by who sent it: `(一)中方去文`, `对方来文`, `我方复照`,
 * its characters spaced as printed (`(一)对 方 来 文`), or who wrote to whom
 * (`(二) 我国外交部部长黄少谷复日本驻华大使井口贞夫照会`, `(三)(甲)英国驻华大使…致中国外交部部长…照会`), the
 * other side's given in translation (`(一) 日本國全權代表致中華民國全權代表照會譯文`), its language named (`薩爾瓦多外交部照會中譯文`,
 * `中華民國駐薩爾瓦多大使館照會中文譯文`: a Taiwan law site's exchange whose notes were written in Spanish).
 */
export const NOTE_HEAD = new RegExp(
  `^(?:[（(][ \\t\\u3000]*[${SMALL_CN}]{1,3}[ \\t\\u3000]*[）)][ \\t\\u3000]*)?(?:[（(][甲乙丙丁][）)][ \\t\\u3000]*)?` +
  `(?:[^，。；：,;:\\s][ \\t\\u3000]?){0,30}(?:${NOTE_WORDS.map((w) => [...w].join('[ \\t\\u3000]?')).join('|')})(?:[ \\t\\u3000]*(?:中文?)?译文)?(?:[ \\t\\u3000]*[（(][^）)]{0,20}[）)])?$`,
);

/**
 * The head of an instrument attached to the page's own, its title after the attachment's label and a colon (folded): `附二: 关于延长
 * 一九八一年三月二十日换文有效期限的换文` (a treaty database's page of the 1981 China–Japan library exchange, the exchange extending it
 * attached), `附件一：…的换文`, `附：…`. The title's words follow the match (parser.ts `attachedExchange` asks them for a kind).
 */
export const ATTACHED_INSTRUMENT = /^附(?:件|录)?[一二三四五六七八九十0-9]{0,3}[ \t\u3000]*[：:][ \t\u3000]*/;

/**
 * The heading of an article added after another whose number a copy lost (folded): `分条` alone, a note's mark after it or none
 * (`分条②`, `分条*`, `分条[2]`) — ICAO's Chinese text writes Article 3 bis `第三条分条`, and a page that kept only `分条②` under
 * article 3 (its editor's note `注②` below) heads the added article, whose paragraphs are none of article 3's.
 */
export const BIS_HEADING = /^分条[ \t\u3000]*(?:[\u2460-\u2473\u2776-\u277f*＊]|[（(\[［【〔]?[0-9０-９]{1,2}[）)\]］】〕])?$/;

/**
 * A caption heading a part of an article between its numbered paragraphs (folded): a stem letter and 、 (`甲、通则`,
 * `乙、军事停战委员会`), or a bracketed numeral under it (`(一)组成`), then a few words and no sentence — the Korean armistice
 * divides its articles into lettered sections over paragraphs numbered through the whole agreement (第二条 `甲、通则` /
 * `十二、…` … `乙、军事停战委员会` / `(一)组成` / `十九、…`). Group 1 holds the stem letter (a section), else it is a sub-section.
 */
export const ARTICLE_SECTION_CAPTION = /^(?:([甲乙丙丁戊己庚辛壬癸])[ \t\u3000]*、|[（(][ \t\u3000]*[一二三四五六七八九十]{1,3}[ \t\u3000]*[）)])[ \t\u3000]*[\u3400-\u9fff]{2,16}$/;

/**
 * Words naming an article (`第六条`, `第 十 四 条`, `第13条`) or a range of them sharing one 条 (`第一至八条`, `第三到五条`), in either script:
 * never a sub-heading, never a defined term.
 */
export const NAMES_ARTICLE = new RegExp(`第[ \\t\\u3000]*[${NUMERAL_CHARS}]+(?:[ \\t\\u3000]*[至到][ \\t\\u3000]*第?[ \\t\\u3000]*[${NUMERAL_CHARS}]+)?[ \\t\\u3000]*[条條]`);

/**
 * The opening of a note written as a letter (folded): who presents its compliments to whom, a sentence of its own
 * (`科威特国外交部礼宾司向中华人民共和国驻科威特国大使馆致意。`). Two such letters, with no heads, are an exchange of notes.
 */
export const NOTE_COMPLIMENTS = /^[^，。；,;：:]{2,40}向[^，。；,;：:]{2,60}致意[。，,]/;

/**
 * The closing of a diplomatic note, opening a paragraph after its points (the text folded to
 * simplified): `如蒙阁下复照确认上述建议，本照会和阁下的复照即构成…协议`, a reply's `我谨代表…政府确认上述
 * 建议`, `顺致最崇高的敬意。`, `此致`.
 */
export const NOTE_CLOSING = /^(?:如蒙|如阁下|顺致|顺此|此致|本照会(?:和|与|及)|我谨代表|阁下的来照(?:和|与|及))/;

/**
 * An honorific opening a line (folded): a note sets the addressee's honorific at a line's start (抬頭), breaking its sentence
 * before it (`關於上列各項所述之諒解,倘荷` / `貴部長函復證實,本照會與` / `貴部長復照,即成為…`). Not 贵 alone (`贵州`).
 */
export const HONORIFIC_OPENING = /^[ \t\u3000]*贵(?:部长|大臣|大使|代办|公使|总理|首相|外长|主席|总统|国王|政府|国|方|部|馆|使馆|代表团|代表|委员|阁下)/;

/**
 * The words by which notes make an agreement (folded): `本照会和阁下的复照将构成…一项磋商协议`, `本照会暨贵部长对本照会之复照，即构成…之协议`,
 * `本函和阁下的复函即成为…`. The 协议 they name is what the notes constitute: a text saying so with no title of its own is an exchange
 * of notes, whatever it calls that agreement (`要求终止本协议`).
 */
export const NOTES_CONSTITUTE = /本(?:照会|函)[ \t\u3000]*(?:和|与|及|暨)[^。；;]{0,20}?复(?:照|函)[^。；;]{0,20}?(?:构成|成为)/;

/**
 * A note's opening referring to an instrument (`我谨提及…签署的…海运协定及换函事（以下称‘协定’）`, `本大使兹提及…协定事`): 提及 …
 * 事, "the matter of"; the 事 closing the object is no part of what a short name after it stands for.
 */
export const REFERS_TO = '提及';
export const MATTER_OF = '事';

/** The kind of a UN organ's decision, and its opening: the organ adopting it alone on a line (`安全理事会，`, `大会，`; folded to simplified). */
export const RESOLUTION = '决议';
/**
 * Kinds adopted by a body, never signed by parties: laws and rules (`LAW_KINDS`) and resolutions. Such a text takes none
 * of a treaty's final clauses (no signing, no term, no amendment by the parties), whatever its own closing says.
 */
export const ADOPTED_KINDS: ReadonlySet<string> = new Set([...LAW_KINDS, RESOLUTION]);
/** The UN organs whose resolutions open with their name and a comma (`大会，`, `安全理事会，`), read folded to simplified. */
const RESOLUTION_ORGANS = '(?:安全理事会|大会|经济及社会理事会|人权理事会)';
export const RESOLUTION_OPENING = new RegExp(`^${RESOLUTION_ORGANS}[，,]$`);
/**
 * A UN body's words adopting the instrument it prints below them, alone on their line after its name (`大會` / `通過以下宣言:` /
 * `聯合國千年宣言`), read folded to simplified: the kind they name.
 */
export const ADOPTS_BELOW = /^通过(?:以下|下列)([^\s:：，,。]{2,5})[:：]$/;
/** A UN resolution's number before its title, as its document prints it (`73/198. 联合国关于…公约`, then `大会，`). */
export const RESOLUTION_NUMBER = /^[0-9０-９]{1,3}[\/／][0-9０-９]{1,4}[ \t\u3000]*[.．][ \t\u3000]*/;
/**
 * The heading of one part of a UN resolution adopted in parts, between its number and title and the organ opening the
 * part (`50/28. 联合国近东巴勒斯坦难民救济和工程处` / `A. 援助巴勒斯坦难民` / `大会，`): a capital letter, a full stop, the
 * part's title of a few words.
 */
export const RESOLUTION_PART = /^[A-Z][.．][ \t\u3000]*[^ \t\u3000.．，,。；;:：]{2,30}$/;
/**
 * A UN resolution's heading run into one line with the text around it, as a page that joined the printed lines by single
 * spaces gives it (`… [根据第一委员会的报告(A/50/592)通过] 50/72. 审查…的执行情况 A. 裁军谈判会议的报告 大会, 审议了…`, read
 * folded to simplified): white space or a bracket before the number (group 1: the number, title and spaces), the title of
 * a few words, a part's heading (group 2), then the organ with its comma (group 3), white space after it.
 */
export const RESOLUTION_RUN_IN = new RegExp(`(?:^|[ \t\u3000\\]】）)])([0-9０-９]{1,3}[\/／][0-9０-９]{1,4}[ \t\u3000]*[.．][ \t\u3000]*[^ \t\u3000.．，,。；;:：]{2,60}?[ \t\u3000]+)([A-Z][.．][ \t\u3000]*[^ \t\u3000.．，,。；;:：]{2,30}[ \t\u3000]+)?(${RESOLUTION_ORGANS}[，,])[ \t\u3000]+`);
/** A resolution's next part in such a line, after its adoption record: the part's heading (group 1), the organ with its comma (group 2). */
export const RESOLUTION_NEXT_PART = new RegExp(`^([A-Z][.．][ \t\u3000]*[^ \t\u3000.．，,。；;:：]{2,30}[ \t\u3000]+)(${RESOLUTION_ORGANS}[，,])[ \t\u3000]+`);
/** The record closing a resolution in such a line (`1995年12月12日 第90次全体会议`), after its last paragraph's full stop and white space. */
export const RESOLUTION_ADOPTED = /^[0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日[ \t\u3000]*第[ \t\u3000]*[0-9０-９]{1,4}[ \t\u3000]*次(?:全体)?会议[ \t\u3000]*/;

/**
 * A paragraph after the last of an instrument's numbered points that speaks of them all (the
 * text folded to simplified): `上述条款体现了…所达成的谅解。`, `以上各点…`; or a wiki's licence
 * note on the page (`本作品来自…的决定、决议`, `本作品收錄於《…》`); a resolution's adoption line
 * (`第4872次会议一致通过。`, `第 77 次全体会议`, `2003年11月24日安全理事会第4872次会议通过`) or the next resolution's opening (`安全理事会，`, `大会，`). The
 * instrument's closing, not a paragraph of its last point; so is its entry into force, unnumbered after the
 * points (`本谅解备忘录自签字之日起生效，并长期有效。`).
 */
export const POINTS_CLOSING = new RegExp(`^(?:本(?:${alternation(INSTRUMENT_KINDS)})自[^。；;]{0,24}生效|` + /(?:(?:上述|以上|前述)(?:各?条款|各点|各条|诸点|几点)|本作品(?:来自|收录于)|(?:[0-9０-９]{4}[ \t\u3000]*年[ \t\u3000]*[0-9０-９]{1,2}[ \t\u3000]*月[ \t\u3000]*[0-9０-９]{1,2}[ \t\u3000]*日[ \t\u3000]*)?(?:安全理事会|大会)?[ \t\u3000]*第[ \t\u3000]*[0-9０-９]{1,5}[ \t\u3000]*次(?:全体)?会|安全理事会[,，]|大会[,，])/.source + ')');

/**
 * A signer's name in Latin letters glued after the place of a date-place line, as a PDF's
 * signature comes out with the text: `公曆一千九百四十七年七月二十三日於南京Ralph Skrine Stevenson`. No
 * part of the place (a pattern's source: capitalised words).
 */
export const LATIN_SIGNATURE = `[A-Z][A-Za-z.'’-]*(?:[ \\t]+[A-Z][A-Za-z.'’-]*){0,5}`;

/**
 * Calendars other than the Western one a signing clause dates itself by as well (folded to
 * simplified): `阿曆一千三百二十二年十二月十二日` (the Afghan), `按照回历为1423年1月11日` (the Hijri).
 * A year written after one of them is no Western year.
 */
export const OTHER_CALENDARS: readonly string[] = ['阿历', '回历', '伊斯兰历', '希吉来历', '波斯历', '佛历'];

/**
 * The Republic of China's era, folded (`中華民國三十三年三月二日`, `民國七十一年`): its treaties and notes
 * date themselves by it; year N of the era is the Western year N + 1911.
 */
export const REPUBLIC_ERA: readonly string[] = ['大中华民国', '中华民国', '民国'];
export const REPUBLIC_ERA_OFFSET = 1911;
/**
 * Japan's eras, folded, each with the Western year before its first: year N of 昭和 is 1925 + N. The Chinese texts
 * of treaties and notes with Japan date the Japanese side's copy or note by them (`昭和二十七年四月二十八日於臺北`,
 * `中華民國四十一年即日本國昭和二十七年…`), `日本国` before the era or not.
 */
export const JAPANESE_ERAS: ReadonlyMap<string, number> = new Map([['明治', 1867], ['大正', 1911], ['昭和', 1925], ['平成', 1988], ['令和', 2018]]);
/** Every era a date is written in with a year to convert, folded, with that year's offset to the Western year. */
export const DATING_ERAS: ReadonlyMap<string, number> = new Map([
  ...REPUBLIC_ERA.map((e): [string, number] => [e, REPUBLIC_ERA_OFFSET]),
  // (`大日本國明治十八年四月十八日`, the 1885 Tianjin convention's closing: the state's name with 大 before the era, as 大中華民國.)
  ...[...JAPANESE_ERAS].flatMap(([e, offset]): [string, number][] => [[`大日本国${e}`, offset], [`日本国${e}`, offset], [e, offset]]),
]);
/**
 * The Qing emperors' reign eras, folded (`光緒二十二年六月十一日`, `咸豐八年四月十六日`, `道光二十二年七月二十四日`): the Chinese side
 * of a Qing treaty dates it by the reign, the other side by its own calendar beside it (`明治二十九年七月二十一日`, `西曆一千八百
 * 九十八年七月一日`, `即英國記年之一千八百四十二年八月二十九日`). Their months and days are lunar — no offset gives the Western
 * day —, so a date in them is a date line of the closing but dates nothing itself: the Western or Japanese date beside it does.
 */
export const QING_ERAS: readonly string[] = ['道光', '咸丰', '同治', '光绪', '宣统'];
/** The Qing state's name a closing's date may open with (`大清光緒十一年三月初四日`, the 1885 Tianjin convention's), folded. */
export const QING_STATE = ['大清国', '大清'];
/** The Western era's names before a year (`公历一九九六年`, `西元…`). */
export const WESTERN_ERA: readonly string[] = ['公历', '西历', '西元', '公元'];
/** The words of a sealing testimonium (`為此兩全權代表將本約簽字蓋印，以昭信守`), folded. */
export const SEALED = '以昭信守';
/**
 * The copies written after their languages, each language's count (`繕為華英文各二份`, the 1928 Sino-American tariff treaty's;
 * `繕就華、英文各四份`, the 1890 Sikkim convention's; folded): group 1 the languages, 2 the count. The parser takes it before the
 * seal for a testimonium (parser.ts COPIES_THEN_SEALED) and the signing reader reads copies and languages from it
 * (model/signing.ts): one rule. (Until session 61 each wrote its own: the parser's verb optional, its languages any 16
 * characters; the reader's a verb, languages ending in 文 or 语; the only two such clauses of test/fixtures, LawRefBook/Laws
 * and the 5,000 generated treaties are the two above, which both read.)
 */
export const COPIES_BY_LANGUAGE = /缮(?:为|就|成)?[ \t\u3000]*([^。，,；;缮]{1,30}?[文语])各[ \t\u3000]*([0-9一二两三四五六七八九十]{1,3})[ \t\u3000]*[份分]/;

/** The caption of the chapter a law ends with, its supplementary provisions (`第九章　附　则`), folded, spaces removed. */
export const FINAL_CHAPTERS: readonly string[] = ['附则'];
/**
 * Captions only a law's chapter (章) carries, never a 节 (none of the 1,681 chapters of LawRefBook/Laws so captioned is a
 * 节), folded, spaces removed: a bare line so captioned under a 章 is a chapter whose label the copy lost (parser.ts).
 */
export const CHAPTER_CAPTIONS: readonly string[] = ['法律责任', '罚则'];
/** The caption of a law's first chapter, its general provisions (2,035 of the 2,059 `第一章` of LawRefBook/Laws), simplified and traditional. */
export const FIRST_CHAPTER_CAPTION = { simplified: '总则', traditional: '總則' } as const;

/** Words saying a text is an excerpt of an instrument (`…（节录）`, `《联合国宪章》——节录`, `说明：本文节选…`), in simplified script. */
export const EXCERPT_WORDS: readonly string[] = ['节录', '节选', '摘录', '摘编', '节译'];

/**
 * What the name of a site ends with, as a page's title gives it after the instrument's, a space between
 * (`…建交协议 中华文库`), in simplified script; after a separator (`…_百度百科`, `… | 外交部`) any name is one.
 */
export const SITE_WORDS: readonly string[] = ['文库', '百科', '网', '网站', '官网', '图书馆', '数据库', '法规库', '资料库'];
/**
 * A site's banner on a line of its own: its short name, a separator, its long name ending with a site's word (`法搜网--中国法律
 * 信息搜索网`), read folded. No title's first line: a broken title breaks off at a joining word, and names no site.
 */
export const SITE_BANNER = new RegExp(`^[^，。,；;：:《》\\s]{1,20}(?:--|[-–—_|｜])[^，。,；;：:《》\\s]{1,30}(?:${SITE_WORDS.join('|')})$`);

/**
 * What a writing site calls the model text it prints after the kind it is a model of (`会谈纪要范文`, `会议纪要模板`,
 * `协议书范本`), in simplified script: a kind with one of these after it names no instrument — the site's heading over a
 * model, not its title — though it says what kind the text under it is (`sampleHeadingKind`).
 */
export const SAMPLE_WORDS: readonly string[] = ['范文', '范本', '范例', '模板', '模版', '样本', '样板', '例文', '格式', '写法', '大全'];

/**
 * The kind a site's heading over a model text names (`会谈纪要范文`: 会谈纪要), undefined when the words are not a kind of
 * instrument (bare, nothing before it) with a sample word after it (SAMPLE_WORDS): a title names its parties or subject
 * before the kind (`海峡两岸…会谈纪要`), and ends with it. A short line (24 characters at most) is read.
 */
export function sampleHeadingKind(words: string): string | undefined {
  if (words.length > 24) return undefined;
  const t = titleWords(words).replace(/[ \t\u3000]+/g, '');
  const sample = SAMPLE_WORDS.find((w) => t.endsWith(w));
  if (!sample) return undefined;
  const head = t.slice(0, t.length - sample.length);
  const w = INSTRUMENT_WORDS.find((x) => (x.kind || x.kindAs) && head === x.word);
  return w && (w.kindAs ?? w.word);
}

/**
 * A document site's file name after the title it gives (`国际民用航空公约Word格式.docx`, `…公约.pdf`, `…协定(中英文).doc`):
 * the format named (`Word格式`, `PDF格式`, `word版`), then the file's extension; no part of the instrument's title.
 */
export const FILE_NAME_SUFFIX = /[ \t\u3000]*(?:(?:Word|WORD|word|PDF|pdf|Pdf)(?:格式|版|文档)?)?\.(?:docx?|DOCX?|pdf|PDF|txt|TXT|wps|WPS)$/;

/**
 * A record of adoption by a resolution, opening the instrument for signature (`联合国大会一九八九年十一月二十日第44/25号决议
 * 通过并开放给各国签字、批准和加入`, the UN's header above a convention): no signing clause, its date no date of signing.
 */
export const ADOPTED_BY_RESOLUTION = /决议[ \t\u3000]*通过(?:[，,]?[ \t\u3000]*并)?[ \t\u3000]*开放/;

/** Words no site's name holds and a title may go on with after a separator (`…协定 - 附件一`, `…公约——草案`). */
export const TITLE_PART_WORDS: readonly string[] = ['附件', '附录', '附表', '草案', '修正', '修订', '节录', '节选', '全文', '译文', '文本'];

/**
 * A news headline reporting a signing or the publication of a text, the parties' short form, the verb, then the instrument
 * (`中俄签署睦邻友好合作条约`, `中美签署第一阶段经贸协议`, `中美公布建立外交关系的联合公报`, `中日发表联合声明`, read folded):
 * no title though it ends with a kind. A title's verb stands inside 关于…的 (`关于签署…的谅解备忘录`, `关于公布…的决定`)
 * or is a participle (`…签署的…`, `…发表的…`).
 */
export const REPORTS_SIGNING = /^[^关，。,：:]{1,8}?(?:签署|签订|公布|发表)(?![的之])/;

/**
 * Where an encyclopedia's lead sentence naming an instrument ends its name: before 是 (`…的換文是由美國在…簽定的條約。`,
 * `《…公约》是…于…通过的…`) — the words before it, no punctuation among them, ending with a kind, the sentence after it
 * saying the instrument was concluded, the line ending with a stop; 是否 is no such 是 (`关于…是否…的决定`). 0 when the
 * line is no such sentence. (No title line holds a stop.)
 */
export function leadTitleEnd(line: string): number {
  const last = line.charCodeAt(line.length - 1);
  if (last !== 0x3002 /* 。 */ && last !== 0x2e) return 0;
  const k = line.indexOf('是');
  if (k < LEAD_TITLE_MIN || line.charAt(k + 1) === '否' || /[，。；：,;:]/.test(line.slice(0, k))) return 0;
  // (It says when or where the instrument was concluded: `是由…簽定的條約`, `是…于…签署的`; not any sentence about an
  // agreement, `双方签署的协定是两国关系的里程碑`.)
  if (!LEAD_CONCLUDED.test(foldScript(line.slice(k)))) return 0;
  return endingKind(titleWords(line.slice(0, k))) !== undefined ? k : 0;
}
/** A lead sentence's verb of concluding an instrument, read folded. */
const LEAD_CONCLUDED = /签[订定署]|缔结|通过/;
/** The shortest instrument's name a lead sentence opens with. */
const LEAD_TITLE_MIN = 6;

/** A report's sentence announcing the text printed below it (`…条约全文如下：`, read folded): the title line follows. */
export const TEXT_FOLLOWS = /(?:全文|文本)如下[：:]/;
/**
 * A lead announcing the points under it, at the end of its line (read folded): `…声明如下：`, `…达成如下共识：`, `…宣布：` — a
 * lone `一、` under it is the text's one numbered section (parser.ts loneAnnouncedPoint). Not a report's `全文如下：` (TEXT_FOLLOWS)
 * nor an amendment's `修改如下：` (NEW_TEXT_INTRO): a text printed or quoted below.
 */
export const POINTS_ANNOUNCED = /(?:如下(?:共识|几点|意见)?|声明|宣布|宣告)[ \t\u3000]*[：:][ \t\u3000]*$/;
/**
 * The words before a colon announcing a Qing treaty's articles below them, folded (`特将議定條款開列于後:`, `所有議定各條開列於左:`,
 * `議定條款如左:`; 左 the next column of a text written in columns): its first point glued after the colon on the preamble's line
 * (`…開列于後: 一、大清國大皇帝…`) is the first article, though the line holds no second (lines.ts leadPointCuts).
 */
export const LISTED_BELOW = /(?:开列(?:于|如)?[后左]|如左)$/;

/**
 * A publishing order's or notice's sentence naming the instrument it publishes in 《》 (read folded): Macao's Official Gazette's
 * `行政長官根據…的規定,命令公佈《…協定》。`, `现公布《…》，自…起施行。`, `《…》已于…通过，现予公布，自…起施行。`. Where in
 * `line` the name's words start and end (inside the marks), when the line is such a sentence (it ends with a stop) and the
 * name ends with a kind of instrument; else undefined. (A title line holds no stop; a preamble citing an instrument cites it
 * 根据《…》, publishing nothing.)
 */
export function publishedName(line: string): [number, number] | undefined {
  let t = line.trimEnd();
  // (A page that joined its lines, the order's sentence first: it ends at the first full stop with white space after it,
  // `…命令公布…《…公约》的中文译本。 上述公约的正式文本为法文,…`.)
  if (t.charCodeAt(t.length - 1) !== 0x3002 /* 。 */) {
    const joined = JOINED_SENTENCE_END.exec(t);
    if (!joined) return undefined;
    t = t.slice(0, joined.index + 1);
  }
  const folded = foldScript(t);
  const m = PUBLISHES_NAMED.exec(folded);
  // (Or the name first, the words publishing it after: `《…》已于…通过，现予公布`, the sentence's first name in 《》.)
  const before = m ? undefined : NAMED_THEN_PUBLISHED.exec(folded);
  const name = m ? m[1] : before?.[1];
  if (name === undefined || !endingKind(titleWords(name))) return undefined;
  const start = m ? m.index + m[0].length - name.length - 1 : before!.index + before![0].indexOf('《') + 1;
  return [start, start + name.length];
}
/** The words publishing an instrument, then its name (read folded): `命令公布《…》`, `现公布《…》`, `公布修订后的《…》`. */
const PUBLISHES_NAMED = /公布[^《》。，,；;]{0,24}《([^《》]{4,300})》/;
/** A full stop with white space after it inside a line: where a page that joined its lines ended a sentence. */
const JOINED_SENTENCE_END = /。[ \t\u3000]/;
/** The instrument's name opening the sentence, then the words publishing it (read folded): `《…》已于…通过，现予公布`. */
const NAMED_THEN_PUBLISHED = /^[^《》。]{0,40}《([^《》]{4,300})》[^《》。]{0,80}现予公布/;

/**
 * Conjunctions a list's entry ends with when the list stands inside one sentence (`对 / 1.意大利国家邮政局…。及 / 2.中国邮电部…
 * 提供服务的个人支付的报酬,适用…`, `1.…；或者`): the numbered lines are no text's points. A conjunction of one character after a
 * mark only (`…缓和` ends no list). Simplified, read on folded text.
 */
export const LIST_CONJUNCTION = /(?:(?:^|[。，；、,;：:])(?:及|和|或|与)|或者|以及|并且)$/;

/** A remark after a title that it is the whole text (`…协议(全文)(2009.04.26)`): no part of the title citations give. */
export const WHOLE_TEXT_WORDS: readonly string[] = ['全文'];
/**
 * A document site's words after the instrument's name for the edition of the file it offers, its bracketed remarks after
 * them (`亞洲基礎設施投資銀行協定官方版(DOC 59頁)`, a file's name as a page's only title line): no part of the title, read
 * as the whole-text words are (`WHOLE_TEXT_TAIL`).
 */
export const EDITION_WORDS: readonly string[] = ['官方版', '完整版', '最新版'];
/**
 * A history site's words after the instrument's name saying the page gives its original text (`中英煙臺條約原文介紹`, the 1876
 * Chefoo convention's page headline, over `《中英煙臺條約》***1876***` and the text; `中德胶澳租界条约原文简介`, the 1898 Kiautschou
 * convention's): no part of the title, read as the whole-text
 * words are (`WHOLE_TEXT_TAIL`). Longest first. A title never ends with them (the instrument's own name names no text of it).
 */
export const ORIGINAL_TEXT_WORDS: readonly string[] = ['原文介绍', '原文简介', '原文'];
/**
 * A language's edition alone on a line (`俄文版`, `中文本`, `英文译本`, read folded): a page's label of the text below or of the one it was
 * translated from, no title (parser.ts isTitleLine). The language's name of one to three characters before 文.
 */
export const LANGUAGE_EDITION = /^[\u4e00-\u9fff]{1,3}文(?:版|本|译本)$/;
/**
 * A kind of instrument alone, then words saying the page gives its text (`條約原文`, a story site's heading over the 1858 Aigun
 * treaty it pastes; `协定全文`, `条约文本`), read folded: a site's heading naming no instrument (its name is before such words,
 * `…條約原文介紹`: WHOLE_TEXT_TAIL), no title (parser.ts isTitleLine).
 */
export const KIND_TEXT_HEADING = new RegExp(`^(?:${alternation(INSTRUMENT_KINDS)})(?:${[...WHOLE_TEXT_WORDS, ...ORIGINAL_TEXT_WORDS, '文本', '正文'].join('|')})$`);
/**
 * The same remark after a title, bracketed (`…关于移管被判刑人的条约（中文本）`, the NPC database's treaty under the decision ratifying
 * it; `（英文译本）`), read on a normalized title: the text's language, no part of the name the decision above gives it
 * (features/resolve.ts `namesOwnInstrument`: the decision's `《…关于移管被判刑人的条约》` names the page's own treaty).
 */
export const LANGUAGE_REMARK = /[（(][\u4e00-\u9fff]{1,3}文(?:版|本|文本|译本)[）)]$/;
/**
 * The name of a book of treaties a site copying from it glues before each instrument's title, bare or in 『』 or 《》 (`中國近代條約中華
 * 民國暹羅王國友好條約`, the 1946 Sino-Siamese treaty of amity on an encyclopedia site; `『中国近代条约』中华民国暹罗王国友好条约`, a
 * reading site's chapter of the same book): no part of the title, which is what follows when it names a kind (model/treaty.ts).
 * Read folded. The compilations: 中国近代条约, 中外旧约章汇编, 中外条约汇编, 中外条约辑编.
 */
export const COMPILATION_LEAD = /^(?:[『《](?:中国近代条约|中外旧约章汇编|中外条约(?:汇|辑)编)[』》]|中国近代条约|中外旧约章汇编|中外条约(?:汇|辑)编)[ \t\u3000]*/;
/**
 * A news agency's column label before a headline, a bar or colon after it (`受權發布丨全國人民代表大會常務委員會關于批準《…》的決定`,
 * Xinhua's «authorized release» column over the decision it prints; the bar written 丨, the CJK stroke a vertical line, or ｜ | ︱ │,
 * or a colon): no part of the title, which is what follows when it names a kind (model/treaty.ts). Read folded.
 */
export const NEWS_COLUMN_LEAD = /^(?:受权发布|授权发布|权威发布)[ \t\u3000]*[丨｜|︱│:：][ \t\u3000]*/;

/** News agencies whose datelines open their reports (`新华社北京11月1日电`), simplified (read folded). */
export const NEWS_AGENCIES: readonly string[] = ['新华社', '新华网', '中新社', '中新网', '中评社', '中国新闻社', '人民网', '央视网'];
/**
 * A news agency's dateline opening a report (`新华社北京11月30日电`, `新華社北京10月28日電`, `中新社北京电`, a reporter's names in
 * brackets after it): the agency, the place, the month and day (or none), then 电 or 讯 — the report's, no part of the headline
 * beside it nor of the instrument's title it prints, on its own line above or under the headline (syntax/parser.ts isMetaLine) or
 * glued before the title on a page pasted as one line (syntax/lines.ts titleCuts). Read folded; group 0 with the white space after it.
 */
export const NEWS_DATELINE = new RegExp(`^[（(]?(?:${NEWS_AGENCIES.join('|')})[^，。,；;：:\\s（）()《》“”]{0,12}?(?:[0-9０-９一二三四五六七八九十〇○零]{1,4}月[0-9０-９一二三四五六七八九十〇○零]{1,3}日)?(?:电|讯)[）)]?(?:[ \\t\\u3000]*[（(]记者[^（）()]{1,30}[）)])?[ \\t\\u3000]*`);

/**
 * A site's teaser closing with its link to the rest (`杨周律师,江苏连众律师事务所主任,…等数十…[详细介绍]`, a law firm's sidebar over
 * the text its page copied; `[更多]`, `[查看全文]`): the page's furniture, no line of the text (syntax/parser.ts isMetaLine). Read folded.
 */
export const MORE_LINK = /[\[［【][ \t\u3000]*(?:详细介绍|详细|详情|更多|更多>>|查看详情|查看更多|查看全文|阅读全文)[ \t\u3000]*[\]］】][ \t\u3000]*$/;
/**
 * A document site's file name opening with the languages its text pairs and 对照, a year perhaps after them
 * (`中英对照2023中华人民共和国领事保护与协助条例.docx`, a bilingual edition of the 2023 consular protection regulation; `中英对照版`,
 * `中俄文对照`): no part of the title, which is what follows when it names a kind (model/treaty.ts), as the same words after
 * it in brackets are none (`PARALLEL_TEXT_WORDS`). Read folded.
 */
export const PARALLEL_LEAD = /^[中英俄日法德韩西葡阿]{2,3}文?对照(?:版|本)?[ \t\u3000]*(?:[0-9０-９]{4}年?版?[ \t\u3000]*)?/;
/**
 * A news headline's words after the instrument's name saying the page prints its whole text, bare or in brackets
 * (`…联合声明(全文)`, a company site's news headline over the statement; a few words before them in the brackets, `…议定书(标准中文版全文)`,
 * the commerce ministry's training site), or a site's edition words
 * (`EDITION_WORDS`) or original-text words (`ORIGINAL_TEXT_WORDS`), glued to the name, the site's bracketed remarks after them
 * (`联合国安理会第2094号决议全文(制裁朝鲜3次核爆)`, `…協定官方版(DOC 59頁)`, read folded): no part of the title.
 */
export const WHOLE_TEXT_TAIL = new RegExp(`(?:[（(][^（）()]{0,6}?(?:${WHOLE_TEXT_WORDS.join('|')})[）)]|${[...WHOLE_TEXT_WORDS, ...EDITION_WORDS, ...ORIGINAL_TEXT_WORDS].join('|')})(?:[ \\t\\u3000]*[（(][^（）()]{0,30}[）)])*[ \\t\\u3000]*$`);
/** The kind a headline names before its whole-text words (`…决议全文(…)` → 决议), when it ends with them. */
export function headlineKind(words: string): string | undefined {
  const m = WHOLE_TEXT_TAIL.exec(words);
  return m && m.index > 0 ? endingKind(words.slice(0, m.index)) : undefined;
}

/** A law database's remark after a title naming the revision its text is (`…管理条例(2025修订)`, `…法(2018修正)`): no part of the title citations give. */
export const REVISION_WORDS: readonly string[] = ['修订', '修正'];

/** What a law's history record says was done on its date, glued before the law's name on a law firm's page (`104.07.01制定條約締結法`): no part of the title. */
export const HISTORY_ACTS: readonly string[] = ['制定', '修正', '修订', '增订', '废止', '公布'];

/** A remark after a title that the page sets the text beside its translation (`…程序法(中英文对照版)`, `（双语版）`): no part of the title citations give. */
export const PARALLEL_TEXT_WORDS: readonly string[] = ['对照版', '对照本', '对照', '双语版', '双语本'];

/**
 * A law database's remark after an instrument's name saying what else its record holds (`…免除外國公文書重複驗證協定(含雙方相關節略)`,
 * Taiwan's law database: the two sides' notes verbales with the agreement; `(含議定書)`, `(含附件)`): no part of the title.
 */
export const CONTENTS_REMARK = /[（(]含[^（）()]{1,30}[）)][ \t\u3000]*$/;

/** A law database's status of an instrument, in brackets after its title (`联合国海洋法公约 [现行有效]`, `【已失效】`): no part of the title. */
export const VALIDITY_STATUS: readonly string[] = ['现行有效', '部分失效', '已失效', '失效', '已被修改', '已修改', '尚未生效', '有效'];
/**
 * A remark after a title saying whether the instrument is in force, naming it by its self-word (folded: `(本协议尚待完成相关程序后生效)`,
 * the cross-strait ECFA as a forum posted it before it took effect; `（本协定尚未生效）`): no part of the title (model/treaty.ts pageTitleEnd).
 */
export const IN_FORCE_REMARK = new RegExp(`[（(]本(?:${alternation(SELF_WORDS)})[^（）()]{0,30}?(?:生效|有效|失效)[）)][ \\t\\u3000]*$`);
/** Bracketed remarks and a database's status at the end of a title's words (`withoutRemarks`). */
const REMARKS_AT_END = new RegExp(`(?:[（(][^）)]*[）)]|[\\[［【](?:${alternation(VALIDITY_STATUS)})[\\]］】])+$`);

/**
 * The testimonium (the text folded to simplified): `下列代表，经正式授权，已在本议定书上签字为证。`,
 * `下列签字人经各自政府正式授权，签署本协定，以昭信守。`, `为此，双方全权代表在本协定上签字。` — who signed
 * and on what authority. Right before the signing clause it opens that clause: it belongs to the
 * instrument's closing, not to its last article or point. A multilateral treaty's parties sign it themselves
 * (`缔约各方特此在条约上签字并盖章。`, the Treaty of Amity and Cooperation in Southeast Asia): the parties, 特此, and
 * the signing on the instrument. After 为此, the representatives named in any words, signing and sealing it
 * with 以昭信守 (`為此聯合國各會員國政府之代表謹簽字于本憲章，以昭信守。`, the UN Charter's). The authority first, then the
 * representatives it gave (`经各自授权的代表,已在本协定上签字,以昭信守。`, the 1980 China–US maritime agreement's). The
 * signatories so named (`为此,经两国政府适当授权之下列签署人,爰于本议定书签字,以昭信守。`, the 1955 ROC–Japan protocol's).
 */
export const TESTIMONIUM = /^(?:为此[，,、 \t\u3000]*)?(?:(?:下列|以下|缔约双方|双方)[^。]{0,12}(?:签字人|签署人|代表)[^。]{0,80}(?:签字|签署|签名)|(?:缔约各方|缔约双方|缔约各国|缔约国|各方|双方)特此在[^。]{0,20}上(?:签字|签署))|^为此[，,、 \t\u3000]*[^。]{0,30}?(?:代表|签署人|签字人)[^。]{0,30}?(?:签字|签署)[^。]{0,20}?以昭信守|^经[^。]{0,20}?授权的?(?:全权)?代表[，, \t\u3000]*(?:已|业已)?在本[^。]{1,6}上(?:签字|签署)/;

/**
 * Kinds of instrument that take final clauses — entry into force, a term or how it ends, a
 * signing clause — when concluded between two parties. Not laws, declarations, joint
 * statements or communiqués, which have none of them.
 */
export const FINAL_CLAUSE_KINDS = new Set(['协定', '协议', '补充协定', '补充协议', '条约', '议定书']);

/**
 * An ordinance named by its year and number alone, as Hong Kong's amending ordinances are cited (`1998年第26号第2条`),
 * right before an article (read folded to simplified): another instrument, which no title tells.
 */
export const NUMBERED_ACT = /[0-9０-９]{4}[ \t\u3000]*年[ \t\u3000]*第[ \t\u3000]*[0-9０-９]+[ \t\u3000]*号[ \t\u3000]{0,2}$/;
/**
 * A law or regulation named by its number and kind, as Macao's are (`第3/1999号法律`, `第9/2000号行政法规`, `第43/99/M号法令`; the
 * Chief Executive's and secretaries' acts too, `第30/2005號行政命令`, `第166/2024號行政長官批示`, `第228/2005號行政長官批示`),
 * right before an article (read folded to simplified): its name is the citation (a Macao law's file is titled so), group 1.
 */
export const NUMBERED_LAW = /(第[ \t\u3000]*[0-9０-９]+(?:[\/／][0-9０-９]+)*(?:[\/／][A-Z])?[ \t\u3000]*号[ \t\u3000]*(?:法律|行政法规|法令|法规|条例|训令|行政命令|(?:[\u4e00-\u9fff]{0,6}?(?:长官|司长))?批示))[ \t\u3000]{0,2}$/;

/**
 * The lines closing a Macao act under its date (read folded): the order to publish it, `命令公佈。`, and its signer's office and
 * name, `行政長官 何厚鏵`, `社會文化司司長 歐陽瑜` (parser.ts `actClosing`).
 */
export const ACT_PROMULGATION = /^命令公[布佈][。.]?$/;
export const ACT_SIGNER = /^(?:行政长官|[\u4e00-\u9fff]{2,6}司司长)[ \t\u3000]+[\u4e00-\u9fff·]{2,5}$/;

/**
 * A model's blank (a writing manual's template: `中華人民共和國××部…`, `19××年×月×日於××`, `(以下簡稱××部)`): two multiplication signs
 * or more in a row stand for words the drafter fills in, never a drafter's own words (one × is a product: `3×4`).
 */
export const PLACEHOLDER = '××';
/** A model's article label with a blank for its number, opening a line (`第××條終結條款`): no drafter numbers an article so. */
export const PLACEHOLDER_LABEL = /(?:^|\n)[ \t\u3000]*第[ \t]*××+[ \t]*[条條]/;

/**
 * A writing manual's label before the model text it prints, the model's title after it (`【范例】: 中日两国政府关于…的换文`,
 * `例: …`, `示例：…`; read folded to simplified): no part of the title.
 */
export const EXAMPLE_LABEL = /^(?:【(?:范例|例文|示例|实例|例)[一二三四五六七八九十0-9]{0,2}】[ \t\u3000]*[：:]?|(?:附(?:范例|例文|示例|实例)|范例|例文|示例|实例|例)[一二三四五六七八九十0-9]{0,2}[ \t\u3000]*[：:])[ \t\u3000]*/;

/**
 * A manual's example label ending its description's last line, its model below (`…这里介绍的是狭义的条约。 例:` / the model's title
 * on the next line): the label alone or after a sentence's end, the line's last words (folded to simplified). `例如:` and `条例:`
 * are no label. A real instrument given after a model, `附實例:` (an example attached), is labelled so too; 附 before 例 alone is
 * no label (`附例`, a by-law).
 */
const EXAMPLE_LABEL_AT_END = /(?:^|[。；;！!？?][ \t\u3000]*)(?:【(?:范例|例文|示例|实例|例)[一二三四五六七八九十0-9]{0,2}】[ \t\u3000]*[：:]?|(?:附(?:范例|例文|示例|实例)|范例|例文|示例|实例|例)[一二三四五六七八九十0-9]{0,2}[ \t\u3000]*[：:])[ \t\u3000]*$/;

/** Whether the line from `start` to `end` ends with a manual's example label (EXAMPLE_LABEL_AT_END); its last 24 characters are read. */
export function endsWithExampleLabel(text: TextLike, start: number, end: number): boolean {
  return EXAMPLE_LABEL_AT_END.test(foldScript(text.slice(Math.max(start, end - 24), end)));
}

/**
 * A database's field label in square brackets before a title (`[Title] Treaty of Friendship and Alliance between …`,
 * `[文件名称] 日本和美利坚合众国共同合作和安全条约`, `[文書名] …`: "The World and Japan" database's pages, GRIPS/Tokyo), or in
 * lenticular brackets (`【名称】 agreement between the government of …`: a Chinese law database's English text).
 */
const TITLE_FIELD_LABEL = /^(?:\[(?:Title|TITLE|文件名称|文件名稱|文書名|标题|標題|名称|名稱)\]|【(?:名称|名稱|标题|標題)】)[ \t\u3000]*/u;

/**
 * A line opening with a database's field label in brackets (`【题注】 whole document`, `[Date] August 14, 1945`): a field of its own,
 * never a title's next line (syntax/foreignLines.ts).
 */
export const FIELD_LABEL_LINE = /^(?:\[[^\]\n]{1,12}\]|【[^】\n]{1,8}】)/;

/** Where a title line's words start after a database's field label at `start` (TITLE_FIELD_LABEL), or `start`. */
export function afterTitleFieldLabel(text: TextLike, start: number, end: number): number {
  const c = text.charCodeAt(start);
  if (c !== 0x5b /* [ */ && c !== 0x3010 /* 【 */) return start;
  const label = TITLE_FIELD_LABEL.exec(text.slice(start, Math.min(end, start + 12)));
  return label && label[0].length < end - start ? start + label[0].length : start;
}

/**
 * Where a line's words start after a manual's example label at `start` (EXAMPLE_LABEL: `【范例】: 中日两国政府关于…`), or `start`
 * when there is none or nothing after it. A first-character test first: the label opens with 【, 范 (範), 例, 示 or 实 (實).
 */
export function afterExampleLabel(text: TextLike, start: number, end: number): number {
  const c = text.charCodeAt(start);
  if (c !== 0x3010 /* 【 */ && c !== 0x4f8b /* 例 */ && c !== 0x8303 /* 范 */ && c !== 0x793a /* 示 */ && c !== 0x5b9e /* 实 */ && c !== 0x7bc4 /* 範 */ && c !== 0x5be6 /* 實 */ && c !== 0x9644 /* 附 */) return start;
  const label = EXAMPLE_LABEL.exec(foldScript(text.slice(start, Math.min(end, start + 16))));
  return label && label[0].length < end - start ? start + label[0].length : start;
}

/**
 * Another instrument named by its Latin letters right before an article, with its year or not (`GATT 1994 第三条第二款`, `GATS 第十四条`,
 * `TRIPS第三十九条`): an agreement's own articles are cited by 本协定 or bare, never by an acronym in capitals.
 */
export const LATIN_NAMED_ACT = /(?:^|[^A-Za-z0-9])[A-Z]{2,8}s?(?:[ \t\u3000]*[0-9]{4})?[ \t\u3000]{0,2}$/;

/**
 * The words between an instrument's kind and the protocol added to it, at the end of the instrument's name: `…协定的议定书`, `…协定附加议定书`,
 * `…公约任择议定书`; and between it and the statements made on it (`…条约的议定声明`, `…公约的解释性声明`).
 */
const PART_LINKS = ['的', '之'];
const PART_QUALIFIERS = ['附加', '补充', '任择', '议定', '解释性'];
export const PART_OF = new RegExp(`(?:${PART_LINKS.join('|')})?(?:${PART_QUALIFIERS.join('|')})?$`);
/** Every run of words PART_OF takes off (the empty one too): an agreement's parts' titles are its own with one of these and a part's kind. */
export const PART_JOINTS: readonly string[] = ['', ...PART_LINKS].flatMap((l) => ['', ...PART_QUALIFIERS].map((q) => l + q));
/**
 * After a year in a plan's title, the rest of the years it runs and the plan's name (`2019年至2022年执行计划`, `二○○三、二○○四、
 * 二○○五年执行计划`, `2001-2003年执行计划`, `2006—2008年度教育交流计划`): the period the plan covers, not a date it was made on
 * (model/info.ts reads a title's dates). Read folded.
 */
export const PLAN_YEARS_AFTER = /^(?:[、，,至到\-－—~～和及][0-9０-９〇○零一二三四五六七八九]{2,4}年)*度?[^，,。；;\s（(《》]{0,10}?计划/;
/**
 * Kinds of instrument added to another one and part of it (`…协定的议定书`), unlike an amendment that calls itself 本协定 (`…协定修正案`);
 * and statements made on another one (`…马拉喀什条约的议定声明`, the agreed statements a diplomatic conference adopts with a
 * treaty): in either, the other's self-word (本条约) names the other, not this text. So does a memorandum recording what the
 * parties understood on an agreement when they initialled it (`…避免双重征税和防止偷漏税的协定备忘录`: `本协定第十九条` is the
 * agreement's).
 */
export const PART_KINDS: ReadonlySet<string> = new Set(['议定书', '声明', '备忘录', '谅解备忘录']);
/**
 * The title of the instrument a part's title names (`…协定的议定书`, `…协定附加议定书` → `…协定`): the part's kind and the
 * words joining it taken off (PART_OF); undefined when `kind` is no part's (PART_KINDS) or the title does not end with it.
 */
export function partParentTitle(title: string, kind: string): string | undefined {
  return PART_KINDS.has(kind) && title.endsWith(kind) ? title.slice(0, title.length - kind.length).replace(PART_OF, '') : undefined;
}
/** A text of articles that calls itself by them (`…条款草案`: `本条款适用于…`, the present articles): its 本条款 is itself. */
export const ARTICLES_KIND = '条款';

// ---------------------------------------------------------------------------------------
// Verbs of signing

/** A verb of signing or adopting, and where it is read (the text is folded to simplified first). */
export interface SigningVerb {
  word: string;
  /** Ends a signing clause's date and place: `于2002年…在北京签署` (`SIGNING_VERBS`). */
  signs?: true;
  /** Opens a sentence that ends in `作准` or `同等效力`: a signing clause without a date first. */
  concludes?: true;
  /** Between a date and a citation: `1993年10月18日签署的《…》` (`DATING_VERBS`). */
  dates?: true;
  /** Before an instrument's whole title written without 《》: `签订…关于…的协定` (`TITLE_VERBS`). */
  titles?: true;
}

export const VERBS: readonly SigningVerb[] = [
  { word: '签署', signs: true, concludes: true, dates: true, titles: true },
  { word: '签订', signs: true, concludes: true, dates: true, titles: true },
  { word: '签定', signs: true, concludes: true },
  { word: '订立', signs: true, concludes: true, titles: true },
  { word: '定立', signs: true },
  { word: '缔结', signs: true, concludes: true, dates: true, titles: true },
  { word: '签字', signs: true, dates: true, titles: true },
  { word: '订于', signs: true },
  // Older treaties are sealed and marked: `由江寧省會行大英君主汗華囇船上鈐闗防`, `畫押蓋印`.
  { word: '钤', signs: true },
  { word: '画押', signs: true },
  { word: '盖印', signs: true },
  { word: '通过', dates: true },
  { word: '发表', dates: true },
];

/**
 * The text that prevails in case of divergence, in a signing clause (read folded to simplified): `以英文本为准`, `以俄文文本为准`,
 * `以英文为准`, `则以英文文本为准` — group 1 the language's name (`英文`), kept when it names a language (`以正式文本为准`: no
 * language, `以本解释为准`: no text).
 */
export const PREVAILING_TEXT = /以[ \t]*([\u3400-\u9fff]{1,8}?[文语])[ \t]*(?:文本|本)?[ \t]*为准/;

const verbsWhere = (p: (v: SigningVerb) => boolean | undefined): string[] => VERBS.filter(p).map((v) => v.word);
/** The verbs of a signing clause: 签署, 签订, 签定, 订立, 定立, 缔结, 签字, 订于; 钤 (a seal), 画押, 盖印. */
export const SIGNING_VERBS: readonly string[] = verbsWhere((v) => v.signs);
/** The verbs that open a dateless signing sentence ending in 作准 / 同等效力. */
export const CONCLUDING_VERBS: readonly string[] = verbsWhere((v) => v.concludes);
/** The verbs between a date and what was signed or adopted then: 签署, 签订, 通过, 缔结, 发表, 签字. */
export const DATING_VERBS: readonly string[] = verbsWhere((v) => v.dates);
/**
 * What follows a date that dates another instrument the title names after it, read folded: where, then the verb and 之 or 的
 * (`修正一九二一年九月三十日在日內瓦簽訂之取締販賣婦女兒童公約…之議定書`, `关于修改1995年签订的…协定的议定书`): no date of the
 * text the title names (model/info.ts).
 */
export const DATES_ANOTHER = new RegExp(`^[ \\t\u3000]*(?:[在于][^，。,、；;\\s]{1,12}?)?(?:${alternation(DATING_VERBS)})[之的]`);
/** The verbs of concluding before an instrument's whole title written without 《》: 签署, 签订, 订立, 缔结, 签字. */
export const TITLE_VERBS: readonly string[] = verbsWhere((v) => v.titles);

/**
 * Verbs that open a phrase naming what they issue, make, conclude or set up, the short name being the thing's
 * (`發行中央政府建設公債（以下簡稱本公債）`, `举办中外合资经营企业（以下简称合营企业）`, `制定…应急预案（以下简称应急预案）`): the
 * meaning is their object (model/definitions.ts). Read at the phrase's start only, so a name holding one keeps it
 * (`股票发行审核委员会`); `MAKING_VERBS_JOINED` may follow one after 、 or 或者 (`制定或者调整…规划`, `制定、修改、废止和解释本市地方性法规`).
 */
export const MAKING_VERBS: readonly string[] = ['发行', '签订', '签署', '缔结', '订立', '制定', '编制', '设置', '开办', '兴办', '举办', '组建', '开展', '实施', '建设', '颁布', '发布'];
export const MAKING_VERBS_JOINED: readonly string[] = [...MAKING_VERBS, '调整', '修改', '修订', '公布', '废止', '解释'];
/**
 * What makes a making verb the first word of a noun rather than a verb with its object (`发行人`, `建设单位`,
 * `建设项目`, `实施细则`, `发行价格`): no object follows it then.
 */
export const MAKING_NOUN_HEADS: readonly string[] = ['人', '者', '方', '机构', '机关', '单位', '主体', '部门', '项目', '工程', '细则', '办法', '价', '日', '时', '期', '额', '量', '费', '权', '地'];

// ---------------------------------------------------------------------------------------
// States

/** What is known of a state, by the names it is written by. */
export interface State {
  /**
   * The names it is written by, short and full (`美国`, `美利坚合众国`): a party's name (`…国防部`)
   * or a title begins with one, a law's name is qualified by one (`俄罗斯联邦宪法`). A name may be
   * the beginning of longer ones (`吉尔吉斯` of 吉尔吉斯共和国, 吉尔吉斯斯坦).
   */
  names: readonly string[];
  /** Its name in full, which a short form stands for: 中 → 中华人民共和国. */
  full?: string;
  /** Its one-character short form, as in 中哈 (a short title, a short form `中哈联合声明`). */
  short?: string;
  /**
   * False: the short form is not read in running text, where the character is a common word
   * (`9月29日中日联合声明`: the 日 of the date would be read as Japan).
   */
  shortInText?: false;
  /** Its official language: 哈文 (given for the states treaties here are made with, and by language groups). */
  language?: string;
  /** Its capital (a likely place of signing). */
  capital?: string;
}

/**
 * The states: the members of the United Nations by their Chinese short and full names, and those
 * treaties here are made with, with what is known of them. The longest name a text begins with is
 * its state (`stateOf`): 印度尼西亚 is not 印度, 白俄罗斯 not 俄罗斯.
 */
// Short forms are given only where one state is meant: 新 (Singapore, New Zealand), 马 (Malaysia,
// Maldives), 尼 (Nepal, Nigeria), 斯 (Sri Lanka, Slovakia), 伊 (Iran, Iraq) are not.
export const STATES: readonly State[] = [
  { names: ['中华人民共和国', '中国'], full: '中华人民共和国', short: '中', language: '中文', capital: '北京' },
  { names: ['哈萨克斯坦'], full: '哈萨克斯坦共和国', short: '哈', language: '哈文', capital: '阿斯塔纳' },
  { names: ['吉尔吉斯'], full: '吉尔吉斯共和国', short: '吉', language: '吉文', capital: '比什凯克' },
  { names: ['俄罗斯', '俄罗斯联邦'], full: '俄罗斯联邦', short: '俄', language: '俄文', capital: '莫斯科' },
  { names: ['塔吉克斯坦'], full: '塔吉克斯坦共和国', short: '塔', language: '塔文', capital: '杜尚别' },
  { names: ['乌兹别克斯坦'], full: '乌兹别克斯坦共和国', short: '乌', language: '乌文', capital: '塔什干' },
  { names: ['土库曼斯坦'], full: '土库曼斯坦', short: '土', shortInText: false, language: '土文', capital: '阿什哈巴德' },
  { names: ['蒙古', '蒙古国'], full: '蒙古国', short: '蒙', language: '蒙文', capital: '乌兰巴托' },
  { names: ['美利坚', '美利坚合众国', '美国'], full: '美利坚合众国', short: '美', language: '英文' },
  { names: ['大不列颠', '大不列颠及北爱尔兰联合王国', '英国', '联合王国'], full: '大不列颠及北爱尔兰联合王国', short: '英', language: '英文' },
  { names: ['澳大利亚', '澳大利亚联邦'], language: '英文' },
  { names: ['新西兰'], language: '英文' },
  { names: ['爱尔兰'], language: '英文' },
  { names: ['法兰西', '法兰西共和国', '法国'], full: '法兰西共和国', short: '法', language: '法文' },
  { names: ['德意志', '德意志联邦共和国', '德国'], full: '德意志联邦共和国', short: '德', language: '德文' },
  { names: ['日本', '日本国'], full: '日本国', short: '日', shortInText: false, language: '日文' },
  { names: ['大韩民国', '韩国'], full: '大韩民国', short: '韩', language: '韩文', capital: '首尔' },
  { names: ['朝鲜', '朝鲜民主主义人民共和国'], full: '朝鲜民主主义人民共和国', short: '朝', language: '朝鲜文', capital: '平壤' },
  { names: ['巴基斯坦', '巴基斯坦伊斯兰共和国'], full: '巴基斯坦伊斯兰共和国', short: '巴', language: '乌尔都文', capital: '伊斯兰堡' },
  { names: ['印度', '印度共和国'], full: '印度共和国', short: '印', language: '印地文', capital: '新德里' },
  { names: ['越南', '越南社会主义共和国'], full: '越南社会主义共和国', short: '越', language: '越南文', capital: '河内' },
  { names: ['老挝', '老挝人民民主共和国'], full: '老挝人民民主共和国', short: '老', language: '老挝文', capital: '万象' },
  { names: ['缅甸', '缅甸联邦共和国'], full: '缅甸联邦共和国', short: '缅', language: '缅甸文', capital: '内比都' },
  { names: ['柬埔寨', '柬埔寨王国'], full: '柬埔寨王国', short: '柬', language: '柬埔寨文', capital: '金边' },
  { names: ['泰王国', '泰国'], full: '泰王国', short: '泰', language: '泰文', capital: '曼谷' },
  { names: ['尼泊尔'], full: '尼泊尔', language: '尼泊尔文', capital: '加德满都' },
  { names: ['不丹', '不丹王国'], full: '不丹王国', language: '宗卡文', capital: '廷布' },
  { names: ['阿富汗', '阿富汗伊斯兰共和国'], full: '阿富汗伊斯兰共和国', language: '普什图文', capital: '喀布尔' },
  { names: ['孟加拉', '孟加拉国', '孟加拉人民共和国'], full: '孟加拉人民共和国', short: '孟', language: '孟加拉文', capital: '达卡' },
  { names: ['斯里兰卡', '斯里兰卡民主社会主义共和国'], full: '斯里兰卡民主社会主义共和国', language: '僧伽罗文', capital: '科伦坡' },
  { names: ['印度尼西亚', '印度尼西亚共和国', '印尼'], full: '印度尼西亚共和国', language: '印度尼西亚文', capital: '雅加达' },
  { names: ['马来西亚'], full: '马来西亚', language: '马来文', capital: '吉隆坡' },
  { names: ['新加坡', '新加坡共和国'], full: '新加坡共和国', language: '英文', capital: '新加坡' },
  { names: ['菲律宾', '菲律宾共和国'], full: '菲律宾共和国', short: '菲', language: '英文', capital: '马尼拉' },
  { names: ['文莱', '文莱达鲁萨兰国'], full: '文莱达鲁萨兰国', language: '马来文', capital: '斯里巴加湾市' },
  { names: ['白俄罗斯', '白俄罗斯共和国'], full: '白俄罗斯共和国', short: '白', language: '白俄罗斯文', capital: '明斯克' },
  { names: ['乌克兰'], full: '乌克兰', language: '乌克兰文', capital: '基辅' },
  { names: ['阿塞拜疆', '阿塞拜疆共和国'], full: '阿塞拜疆共和国', language: '阿塞拜疆文', capital: '巴库' },
  { names: ['格鲁吉亚'], full: '格鲁吉亚', language: '格鲁吉亚文', capital: '第比利斯' },
  { names: ['亚美尼亚', '亚美尼亚共和国'], full: '亚美尼亚共和国', language: '亚美尼亚文', capital: '埃里温' },
  { names: ['伊朗', '伊朗伊斯兰共和国'], full: '伊朗伊斯兰共和国', language: '波斯文', capital: '德黑兰' },
  { names: ['土耳其', '土耳其共和国'], full: '土耳其共和国', language: '土耳其文', capital: '安卡拉' },
  // The Arabic-speaking states (and a name beginning 阿拉伯: 阿拉伯国家联盟).
  { names: ['阿拉伯'], language: '阿拉伯文' },
  { names: ['埃及', '阿拉伯埃及共和国'], language: '阿拉伯文' },
  { names: ['沙特', '沙特阿拉伯', '沙特阿拉伯王国'], language: '阿拉伯文' },
  { names: ['阿联酋', '阿拉伯联合酋长国'], language: '阿拉伯文' },
  { names: ['叙利亚', '阿拉伯叙利亚共和国'], language: '阿拉伯文' },
  { names: ['阿尔及利亚', '阿尔及利亚民主人民共和国'], language: '阿拉伯文' },
  { names: ['利比亚', '利比亚国'], language: '阿拉伯文' },
  { names: ['摩洛哥', '摩洛哥王国'], language: '阿拉伯文' },
  { names: ['突尼斯', '突尼斯共和国'], language: '阿拉伯文' },
  { names: ['苏丹', '苏丹共和国'], language: '阿拉伯文' },
  { names: ['毛里塔尼亚', '毛里塔尼亚伊斯兰共和国'], language: '阿拉伯文' },
  { names: ['伊拉克', '伊拉克共和国'], language: '阿拉伯文' },
  { names: ['约旦', '约旦哈希姆王国'], language: '阿拉伯文' },
  { names: ['科威特', '科威特国'], language: '阿拉伯文' },
  { names: ['黎巴嫩', '黎巴嫩共和国'], language: '阿拉伯文' },
  { names: ['巴林', '巴林王国'], language: '阿拉伯文' },
  { names: ['卡塔尔', '卡塔尔国'], language: '阿拉伯文' },
  { names: ['阿曼', '阿曼苏丹国'], language: '阿拉伯文' },
  { names: ['也门', '也门共和国'], language: '阿拉伯文' },
  { names: ['巴勒斯坦', '巴勒斯坦国'], language: '阿拉伯文' },
  // The Spanish-speaking states the table knew by language.
  { names: ['西班牙', '西班牙王国'], language: '西班牙文' },
  { names: ['墨西哥', '墨西哥合众国'], language: '西班牙文' },
  { names: ['阿根廷', '阿根廷共和国'], language: '西班牙文' },
  { names: ['智利', '智利共和国'], language: '西班牙文' },
  // The other members of the United Nations, by name only.
  { names: ['南苏丹', '南苏丹共和国'] }, { names: ['安哥拉', '安哥拉共和国'] }, { names: ['贝宁', '贝宁共和国'] },
  { names: ['博茨瓦纳', '博茨瓦纳共和国'] }, { names: ['布基纳法索'] }, { names: ['布隆迪', '布隆迪共和国'] },
  { names: ['喀麦隆', '喀麦隆共和国'] }, { names: ['佛得角', '佛得角共和国'] }, { names: ['中非共和国'] },
  { names: ['乍得', '乍得共和国'] }, { names: ['科摩罗', '科摩罗联盟'] }, { names: ['刚果共和国'] },
  { names: ['刚果民主共和国'] }, { names: ['科特迪瓦', '科特迪瓦共和国'] }, { names: ['吉布提', '吉布提共和国'] },
  { names: ['赤道几内亚', '赤道几内亚共和国'] }, { names: ['厄立特里亚', '厄立特里亚国'] }, { names: ['埃斯瓦蒂尼', '埃斯瓦蒂尼王国', '斯威士兰'] },
  { names: ['埃塞俄比亚', '埃塞俄比亚联邦民主共和国'] }, { names: ['加蓬', '加蓬共和国'] }, { names: ['冈比亚', '冈比亚共和国'] },
  { names: ['加纳', '加纳共和国'] }, { names: ['几内亚', '几内亚共和国'] }, { names: ['几内亚比绍', '几内亚比绍共和国'] },
  { names: ['肯尼亚', '肯尼亚共和国'] }, { names: ['莱索托', '莱索托王国'] }, { names: ['利比里亚', '利比里亚共和国'] },
  { names: ['马达加斯加', '马达加斯加共和国'] }, { names: ['马拉维', '马拉维共和国'] }, { names: ['马里', '马里共和国'] },
  { names: ['毛里求斯', '毛里求斯共和国'] }, { names: ['莫桑比克', '莫桑比克共和国'] }, { names: ['纳米比亚', '纳米比亚共和国'] },
  { names: ['尼日尔', '尼日尔共和国'] }, { names: ['尼日利亚', '尼日利亚联邦共和国'] }, { names: ['卢旺达', '卢旺达共和国'] },
  { names: ['圣多美和普林西比', '圣多美和普林西比民主共和国'] }, { names: ['塞内加尔', '塞内加尔共和国'] }, { names: ['塞舌尔', '塞舌尔共和国'] },
  { names: ['塞拉利昂', '塞拉利昂共和国'] }, { names: ['索马里', '索马里联邦共和国'] }, { names: ['南非', '南非共和国'] },
  { names: ['坦桑尼亚', '坦桑尼亚联合共和国'] }, { names: ['多哥', '多哥共和国'] }, { names: ['乌干达', '乌干达共和国'] },
  { names: ['赞比亚', '赞比亚共和国'] }, { names: ['津巴布韦', '津巴布韦共和国'] },
  { names: ['塞浦路斯', '塞浦路斯共和国'] }, { names: ['以色列', '以色列国'] }, { names: ['马尔代夫', '马尔代夫共和国'] },
  { names: ['东帝汶', '东帝汶民主共和国'] },
  { names: ['阿尔巴尼亚', '阿尔巴尼亚共和国'] }, { names: ['安道尔', '安道尔公国'] }, { names: ['奥地利', '奥地利共和国'] },
  { names: ['比利时', '比利时王国'] }, { names: ['波斯尼亚和黑塞哥维那', '波黑'] }, { names: ['保加利亚', '保加利亚共和国'] },
  { names: ['克罗地亚', '克罗地亚共和国'] }, { names: ['捷克', '捷克共和国'] }, { names: ['丹麦', '丹麦王国'] },
  { names: ['爱沙尼亚', '爱沙尼亚共和国'] }, { names: ['芬兰', '芬兰共和国'] }, { names: ['希腊', '希腊共和国'] },
  { names: ['匈牙利'] }, { names: ['冰岛'] }, { names: ['意大利', '意大利共和国'] },
  { names: ['拉脱维亚', '拉脱维亚共和国'] }, { names: ['列支敦士登', '列支敦士登公国'] }, { names: ['立陶宛', '立陶宛共和国'] },
  { names: ['卢森堡', '卢森堡大公国'] }, { names: ['马耳他', '马耳他共和国'] }, { names: ['摩纳哥', '摩纳哥公国'] },
  { names: ['黑山'] }, { names: ['荷兰', '荷兰王国'] }, { names: ['北马其顿', '北马其顿共和国'] },
  { names: ['挪威', '挪威王国'] }, { names: ['波兰', '波兰共和国'] }, { names: ['葡萄牙', '葡萄牙共和国'] },
  { names: ['摩尔多瓦', '摩尔多瓦共和国'] }, { names: ['罗马尼亚'] }, { names: ['圣马力诺', '圣马力诺共和国'] },
  { names: ['塞尔维亚', '塞尔维亚共和国'] }, { names: ['斯洛伐克', '斯洛伐克共和国'] }, { names: ['斯洛文尼亚', '斯洛文尼亚共和国'] },
  { names: ['瑞典', '瑞典王国'] }, { names: ['瑞士', '瑞士联邦'] },
  { names: ['安提瓜和巴布达'] }, { names: ['巴哈马', '巴哈马国'] }, { names: ['巴巴多斯'] },
  { names: ['伯利兹'] }, { names: ['玻利维亚', '多民族玻利维亚国'] }, { names: ['巴西', '巴西联邦共和国'] },
  { names: ['加拿大'] }, { names: ['哥伦比亚', '哥伦比亚共和国'] }, { names: ['哥斯达黎加', '哥斯达黎加共和国'] },
  { names: ['古巴', '古巴共和国'] }, { names: ['多米尼克', '多米尼克国'] }, { names: ['多米尼加', '多米尼加共和国'] },
  { names: ['厄瓜多尔', '厄瓜多尔共和国'] }, { names: ['萨尔瓦多', '萨尔瓦多共和国'] }, { names: ['格林纳达'] },
  { names: ['危地马拉', '危地马拉共和国'] }, { names: ['圭亚那', '圭亚那合作共和国'] }, { names: ['海地', '海地共和国'] },
  { names: ['洪都拉斯', '洪都拉斯共和国'] }, { names: ['牙买加'] }, { names: ['尼加拉瓜', '尼加拉瓜共和国'] },
  { names: ['巴拿马', '巴拿马共和国'] }, { names: ['巴拉圭', '巴拉圭共和国'] }, { names: ['秘鲁', '秘鲁共和国'] },
  { names: ['圣基茨和尼维斯'] }, { names: ['圣卢西亚'] }, { names: ['圣文森特和格林纳丁斯'] },
  { names: ['苏里南', '苏里南共和国'] }, { names: ['特立尼达和多巴哥', '特立尼达和多巴哥共和国'] }, { names: ['乌拉圭', '乌拉圭东岸共和国'] },
  { names: ['委内瑞拉', '委内瑞拉玻利瓦尔共和国'] },
  { names: ['斐济', '斐济共和国'] }, { names: ['基里巴斯', '基里巴斯共和国'] }, { names: ['马绍尔群岛', '马绍尔群岛共和国'] },
  { names: ['密克罗尼西亚', '密克罗尼西亚联邦'] }, { names: ['瑙鲁', '瑙鲁共和国'] }, { names: ['帕劳', '帕劳共和国'] },
  { names: ['巴布亚新几内亚', '巴布亚新几内亚独立国'] }, { names: ['萨摩亚', '萨摩亚独立国'] }, { names: ['所罗门群岛'] },
  { names: ['汤加', '汤加王国'] }, { names: ['图瓦卢'] }, { names: ['瓦努阿图', '瓦努阿图共和国'] },
];

/** The states' capitals: the places a signing clause is read to name without 在 or 于 before them (`于2002年北京签署`). */
export const CAPITALS: readonly string[] = STATES.flatMap((s) => (s.capital ? [s.capital] : []));

/** The state a law's name is read as when it names none: the texts are Chinese (`刑法` is `中华人民共和国刑法`). */
export const HOME_STATE: State = STATES[0];

/**
 * Words the two sides of the Strait write differently in one instrument's title, read folded to simplified, and the word a
 * title's key takes for them: Taiwan's 架構協議 is the mainland's 框架协议 (`海峽兩岸經濟合作架構協議` as Taipei publishes ECFA,
 * `《海峡两岸经济合作框架协议》` as the services agreement cites it). Only before a kind of agreement: 架构 alone is a structure.
 */
export const TITLE_WORD_VARIANTS: readonly [RegExp, string][] = [[/架构(?=协议|协定)/g, '框架']];

/** Words that name the home state by pointing at it: `我国宪法`. */
export const HOME_STATE_WORDS: readonly string[] = ['我国'];

/** Words that make a title's words a party's name though no state's name ends them: `…政府`, `香港特别行政区`. */
export const PARTY_NAME_WORDS = /政府|特别行政区/;

/** A party's name as a letterhead lists it over an agreement (folded): a government, a ministry or commission, a court. */
export const LETTERHEAD_PARTY_END = /(?:政府|委员会|部|法院|检察院)$/;

/** A state's name ends with one of these (tried in this order): `…共和国`, `…联邦`, `…王国`, `…国`. */
export const STATE_NAME_ENDINGS: readonly string[] = ['共和国', '联邦', '合众国', '联合王国', '王国', '大公国', '公国', '酋长国', '苏丹国', '联盟', '国'];

/**
 * Every state's names by their first (`BY_FIRST`) and last (`BY_LAST`) character, longest first
 * (names of one length in the table's order): a name is looked for among those that can match, not
 * through the whole table — a workspace of laws asks it for every title a bare name might be.
 */
const BY_FIRST = namesBy((n) => n.charCodeAt(0));
const BY_LAST = namesBy((n) => n.charCodeAt(n.length - 1));

function namesBy(key: (name: string) => number): ReadonlyMap<number, readonly { name: string; state: State }[]> {
  const out = new Map<number, { name: string; state: State }[]>();
  for (const state of STATES) {
    for (const name of state.names) {
      const list = out.get(key(name));
      if (list) list.push({ name, state });
      else out.set(key(name), [{ name, state }]);
    }
  }
  for (const list of out.values()) list.sort((a, b) => b.name.length - a.name.length);
  return out;
}

/** Whether a state's name may begin with the character `code`: where `stateOf` may find one. */
export function startsStateName(code: number): boolean {
  return BY_FIRST.has(code);
}

/** The state whose longest name `text` begins with, when known: a party (`哈萨克斯坦共和国国防部`), a title. */
export function stateOf(text: string): State | undefined {
  return BY_FIRST.get(text.charCodeAt(0))?.find((n) => text.startsWith(n.name))?.state;
}

/**
 * The state named at the end of `words` (what is written before a law's name: `俄罗斯联邦` in
 * `俄罗斯联邦宪法`): the state whose longest name it ends with; `我国`, the home state; else, for
 * words that end as states' names do (`…王国`, `…共和国`, `外国`), a state the table does not
 * list (a new object, none of its rows); undefined when it names none.
 */
export function stateNamedAtEnd(words: string): State | undefined {
  if (HOME_STATE_WORDS.some((w) => words.endsWith(w))) return HOME_STATE;
  const best = nameAtEnd(words)?.state;
  if (best) return best;
  return words.length >= 2 && STATE_NAME_ENDINGS.some((e) => words.endsWith(e)) ? { names: [words] } : undefined;
}

/** The longest name of a state in the table that `words` end with (`中华人民共和国` of `…签订的中华人民共和国`), if any. */
export function stateNameEnding(words: string): string | undefined {
  return nameAtEnd(words)?.name;
}

/** The table's longest state name `words` end with, and its state. */
function nameAtEnd(words: string): { name: string; state: State } | undefined {
  return BY_LAST.get(words.charCodeAt(words.length - 1))?.find((n) => words.endsWith(n.name));
}

/** Short forms read in running text (`中哈联合声明`), and the names they stand for. */
export const SHORT_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  STATES.filter((s) => s.short && s.full && s.shortInText !== false).map((s) => [s.short!, s.full!]),
);


// ---------------------------------------------------------------------------------------------
// Parallel texts (features/align.ts, model/quantities.ts): number words and units of measure in
// Chinese, Russian, English and French (languages and months are in foreign.ts).

/** Russian number words, every case form (`пять`, `пяти`, `пятью`): the word → its value. */
export const RU_NUMBER_WORDS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  const add = (n: number, ...forms: string[]) => forms.forEach((f) => m.set(f, n));
  add(1, 'один', 'одна', 'одно', 'одного', 'одной', 'одному', 'одним', 'одном', 'одну');
  add(2, 'два', 'две', 'двух', 'двум', 'двумя');
  add(3, 'три', 'трех', 'трёх', 'трем', 'трём', 'тремя');
  add(4, 'четыре', 'четырех', 'четырёх', 'четырем', 'четырём', 'четырьмя');
  add(8, 'восемь', 'восьми', 'восемью', 'восьмью');
  add(40, 'сорок', 'сорока');
  add(90, 'девяносто', 'девяноста');
  add(100, 'сто', 'ста');
  // Stems declined -ь / -и / -ью: пять, пяти, пятью.
  const soft: [string, number][] = [['пят', 5], ['шест', 6], ['сем', 7], ['девят', 9], ['десят', 10], ['одиннадцат', 11], ['двенадцат', 12],
    ['тринадцат', 13], ['четырнадцат', 14], ['пятнадцат', 15], ['шестнадцат', 16], ['семнадцат', 17], ['восемнадцат', 18], ['девятнадцат', 19],
    ['двадцат', 20], ['тридцат', 30]];
  for (const [stem, n] of soft) add(n, stem + 'ь', stem + 'и', stem + 'ью');
  add(50, 'пятьдесят', 'пятидесяти', 'пятьюдесятью');
  add(60, 'шестьдесят', 'шестидесяти', 'шестьюдесятью');
  add(70, 'семьдесят', 'семидесяти', 'семьюдесятью');
  add(80, 'восемьдесят', 'восьмидесяти', 'восемьюдесятью');
  add(200, 'двести', 'двухсот', 'двумстам');
  add(300, 'триста', 'трехсот', 'трёхсот');
  add(400, 'четыреста', 'четырехсот', 'четырёхсот');
  add(500, 'пятьсот', 'пятисот');
  add(600, 'шестьсот', 'шестисот');
  add(700, 'семьсот', 'семисот');
  add(800, 'восемьсот', 'восьмисот');
  add(900, 'девятьсот', 'девятисот');
  return m;
})();
/** The first part of a compound adjective of duration (`пятилетний`, `шестимесячный`, `трехдневный`): the number. */
export const RU_COMPOUND_PREFIXES: Record<string, number> = {
  одно: 1, двух: 2, трех: 3, трёх: 3, четырех: 4, четырёх: 4, пяти: 5, шести: 6, семи: 7, восьми: 8, девяти: 9, десяти: 10,
  двенадцати: 12, пятнадцати: 15, двадцати: 20, тридцати: 30, сорока: 40, шестидесяти: 60, девяноста: 90, ста: 100,
};
/** Words for thousand, million, billion after a number, as stems: Russian (`тысячи`, `миллионов`), French plurals (`millions`, `milliards`). */
export const MULTIPLIER_STEMS: readonly (readonly [string, number])[] = [
  ['тысяч', 1e3], ['миллион', 1e6], ['млн', 1e6], ['миллиард', 1e9], ['млрд', 1e9], ['million', 1e6], ['milliard', 1e9],
];

export const EN_NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9,
  // French.
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12,
  treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, cent: 100, cents: 100, mille: 1e3,
  'quatre-vingt': 80, 'quatre-vingts': 80,
};

/**
 * Words between two numbers that make them two (`thirty and sixty days`, `тридцати или шестидесяти
 * дней`, `from thirty to sixty days`, `de trente à soixante jours`, `30–60 days`; a comma in a list
 * ended by one of them): the first counts the unit written after the last. `and`/`et` inside one
 * number (`two hundred and fifty`, `vingt et un`) is read by the number first.
 */
export const NUMBER_JOINERS: ReadonlySet<string> = new Set(['and', 'or', 'to', 'и', 'или', 'до', 'et', 'ou', 'à', '-', '–']);
/** Words between the two ends of a range of dates, the first written short (`from 1 to 31 January 2001`, `с 1 января по 31 марта 2001 года`, `du 1er au 31 janvier`). */
export const DATE_RANGE_WORDS: ReadonlySet<string> = new Set(['to', 'until', 'and', 'по', 'до', 'и', 'au', 'et', '-', '–']);
/** The same in Chinese, after a full date: the end of the range written without its year (`2001年1月1日至1月31日`, `…至31日`). */
export const ZH_DATE_RANGE_END = /^([ \t]*(?:至|到|－|-|—|～|~)[ \t]*)(?:([0-9０-９]{1,2}|[〇零一二三四五六七八九十]{1,3})月)?([0-9０-９]{1,2}|[〇零一二三四五六七八九十]{1,3})日/;
/**
 * After a date written to the month: its day written without 日, before 的 or a stop (`一九七二年二月二十八的上海公报`,
 * as a copy of the 1982 Sino-US communiqué prints it): the date's day.
 */
export const ZH_DAY_WITHOUT_RI = /^([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})(?=[的，,。；;、])/;
/** The same in Chinese, after a number: `三十或六十日`, `十五至三十日`. */
export const ZH_NUMBER_JOINERS = /^(?:或者|或|和|及|以及|与|、|至|到)/;
/** After the day of a date: an ordinal's ending (`1er janvier`, `16th day of July`). */
export const DAY_SUFFIXES: ReadonlySet<string> = new Set(['er', 'st', 'nd', 'rd', 'th']);
/**
 * Glued to a number in digits: an ordinal's ending (`1976th plenary meeting`, `1976e séance plénière`,
 * `26-й сессии` after its hyphen). Before a noun the number names a place in a series (a meeting, a
 * session), as `第一九七六次` does in Chinese: no year, no quantity. (Alone, `until the 16th`, a day.)
 */
export const ORDINAL_ENDINGS: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th', 'e', 'er', 're', 'ère', 'ème', 'eme', 'è']);
export const RU_ORDINAL_ENDINGS: ReadonlySet<string> = new Set(['й', 'я', 'е', 'го', 'му', 'м', 'ом', 'ой', 'ю', 'х', 'ми']);
/**
 * A meeting's or a session's number (`第一九七六次全体会议`, `第十六届会议`, `第三次常会`; `1976th plenary meeting`,
 * `the sixteenth session`, `1976e séance plénière`, `первое заседание`): compared between the texts as a
 * quantity of its own unit, `session`. In Chinese, after the number: 次 or 届 and the meeting's word.
 */
export const ZH_SESSION_AFTER = /^[ \t]*[次届](?:全体|常|特别)?(?:会议|大会|会)/;
/** The nouns of a meeting or session, in Cyrillic and Latin letters (Russian by stem), as a pattern's source: where a text's numbers are looked for (quantities.ts reads the stretch around each). */
export const SESSION_NOUN_SOURCE = 'sessions?|meetings?|séances?|réunions?|сесси[а-яё]*|заседани[а-яё]*|совещани[а-яё]*';
/** The same, a whole word. */
export const SESSION_NOUNS = new RegExp(`^(?:${SESSION_NOUN_SOURCE})$`, 'u');
/**
 * Articles that open a noun phrase (`a`, `an`, `the`, `le`, `la`, `les`): a numeral in digits right before one counts
 * nothing (`0 a people's commune`, a scanned page's stray mark read as a digit in the Australian–Chinese communiqué of
 * 1973): quantities.ts reads no number there. Not before `a.m.` (a time: `5 a.m.`).
 */
export const NOUN_PHRASE_ARTICLES = new Set(['a', 'an', 'the', 'le', 'la', 'les']);
/**
 * After an ordinal (`400th anniversary`, `fortieth anniversary`, `400e anniversaire`, `400-й годовщины`): the years
 * it counts, as Chinese writes them with its unit (`建城400周年`, `建交四十五周年`: UNITS.year) — compared as years.
 */
export const ANNIVERSARY_NOUN_SOURCE = 'anniversary|anniversaries|anniversaires?|годовщин[а-яё]*|юбиле[а-яё]*';
/** The same, a whole word. */
export const ANNIVERSARY_NOUNS = new RegExp(`^(?:${ANNIVERSARY_NOUN_SOURCE})$`, 'u');
/** Ordinals in words, English and French (`sixteenth`, `twenty-sixth`: the tens word read as a number). */
export const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
  thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20,
  thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100,
  premier: 1, première: 1, deuxième: 2, seconde: 2, troisième: 3, quatrième: 4, cinquième: 5, sixième: 6, septième: 7, huitième: 8,
  neuvième: 9, dixième: 10, onzième: 11, douzième: 12, treizième: 13, quatorzième: 14, quinzième: 15, seizième: 16, vingtième: 20, trentième: 30,
};
/** Russian ordinals one to ten by stem, and their endings (`первое`, `третьей`, `десятого`; not `пяти`, `пятью`, a cardinal's). */
export const RU_ORDINAL_STEMS: readonly (readonly [string, number])[] = [
  ['перв', 1], ['втор', 2], ['трет', 3], ['четвёрт', 4], ['четверт', 4], ['пят', 5], ['шест', 6], ['седьм', 7], ['восьм', 8], ['девят', 9], ['десят', 10],
];
const RU_ORDINAL_WORD_ENDINGS = 'ый|ой|ий|ая|ое|ого|ому|ом|ую|ые|ых|ым|ья|ье|ьего|ьей|ьем|ьему';
/** A Russian ordinal as one pattern, tried once a word: the stem (group 1; its value, RU_ORDINAL_STEMS) and an ending. */
export const RU_ORDINAL_WORD = new RegExp(`^(${RU_ORDINAL_STEMS.map(([stem]) => stem).join('|')})(?:${RU_ORDINAL_WORD_ENDINGS})$`);
/**
 * Russian ordinals past ten as stems, with RU_ORDINAL_WORD's endings (`одиннадцатого`, `двадцатого`, `девяностого`, `тысячного`,
 * `двухтысячного`): the stem → its value. With RU_ORDINAL_STEMS they read a day and a year written in words (`двадцать пятого
 * мая две тысячи второго года`, `тысяча девятьсот девяносто четвертого года`: model/quantities.ts).
 */
export const RU_ORDINAL_MORE_STEMS: Readonly<Record<string, number>> = {
  одиннадцат: 11, двенадцат: 12, тринадцат: 13, четырнадцат: 14, пятнадцат: 15, шестнадцат: 16, семнадцат: 17, восемнадцат: 18, девятнадцат: 19,
  двадцат: 20, тридцат: 30, сороков: 40, пятидесят: 50, шестидесят: 60, семидесят: 70, восьмидесят: 80, девяност: 90, сот: 100, тысячн: 1000, двухтысячн: 2000,
};
export const RU_ORDINAL_MORE = new RegExp(`^(${Object.keys(RU_ORDINAL_MORE_STEMS).join('|')})(?:${RU_ORDINAL_WORD_ENDINGS})$`);

/** The value of a Russian ordinal in words, in any case (`пятого`, `первое`, `двадцатого`, `тысячного`); undefined for another word. */
export function ruOrdinalValue(lower: string): number | undefined {
  const m = RU_ORDINAL_WORD.exec(lower);
  if (m) return RU_ORDINAL_STEMS.find(([stem]) => stem === m[1])![1];
  const n = RU_ORDINAL_MORE.exec(lower);
  return n ? RU_ORDINAL_MORE_STEMS[n[1]] : undefined;
}

/** A day of a month as a Russian ordinal in words at `words[i]` (`пятого`, `двадцать пятого`, `тридцать первое`): its value and words. */
export function ruDayWords(words: readonly { lower: string }[], i: number): { day: number; count: number } | undefined {
  const first = words[i]?.lower;
  if (first === undefined) return undefined;
  const tens = RU_NUMBER_WORDS.get(first);
  if (tens === 20 || tens === 30) {
    const unit = words[i + 1] && ruOrdinalValue(words[i + 1].lower);
    if (unit !== undefined && unit <= 9 && tens + unit <= 31) return { day: tens + unit, count: 2 };
  }
  const v = ruOrdinalValue(first);
  return v !== undefined && v <= 31 ? { day: v, count: 1 } : undefined;
}

/**
 * A Russian date whose day is an ordinal in words at `words[i]`, in any case (`двадцать пятого мая 2002 года`, `первое июля 2001`,
 * `тридцать первого декабря две тысячи пятого года`), its year four digits or in words (`ruYearWords`): day, month, year and the
 * index of its last word; not a day and month alone. `words`: the text's words and numbers in order, lower-cased. One reading for
 * a foreign signing clause (model/foreign.ts) and the numbers compared across parallel texts (model/quantities.ts), which wrote it
 * twice until session 62 (the year in digits: four digits, where quantities.ts took any number token four characters long, `1,25`).
 */
export function ruWordDate(words: readonly { lower: string }[], i: number): { day: number; month: number; year: number; last: number } | undefined {
  const d = ruDayWords(words, i);
  if (!d) return undefined;
  const mo = words[i + d.count]?.lower;
  const month = mo !== undefined && Object.prototype.hasOwnProperty.call(MONTHS, mo) ? MONTHS[mo] : undefined;
  if (month === undefined) return undefined;
  const k = i + d.count + 1;
  const digits = words[k]?.lower;
  if (digits !== undefined && /^\d{4}$/.test(digits)) return { day: d.day, month, year: Number(digits), last: k };
  const y = ruYearWords(words, k);
  return y && { day: d.day, month, year: y.year, last: k + y.count - 1 };
}

/**
 * A year in Russian words at `words[i]`, cardinals then an ordinal (`две тысячи второго`, `тысяча девятьсот девяносто четвертого`,
 * `двухтысячного`): its value and words; undefined outside 1000–2999.
 */
export function ruYearWords(words: readonly { lower: string }[], i: number): { year: number; count: number } | undefined {
  let total = 0;
  let current = 0;
  let j = i;
  for (; j < words.length && j < i + 6; j++) {
    const w = words[j].lower;
    if (/^тысяч[аи]?$/.test(w)) {
      total += (current || 1) * 1000;
      current = 0;
      continue;
    }
    const c = RU_NUMBER_WORDS.get(w);
    if (c === undefined) break;
    current += c;
  }
  const o = words[j] && ruOrdinalValue(words[j].lower);
  if (o === undefined || (j === i && o < 1000)) return undefined;
  const year = total + current + o;
  return year >= 1000 && year <= 2999 ? { year, count: j - i + 1 } : undefined;
}
/** After such an ordinal, words that make it a day of a month (`the 16th of each month`, `le 16e jour`), a number read as one. */
export const ORDINAL_DAY_WORDS: ReadonlySet<string> = new Set(['of', 'day', 'days', 'de', 'du', 'jour', 'числа', 'день']);

/**
 * Units a number counts, the same in every language: a quantity is a number (in digits, or in
 * words before one of these) and what it counts. Chinese as written after the numeral; Russian
 * stems; English and French words. `percent` is a rate, the others are measures.
 */
export const UNITS: Record<string, { zh: readonly string[]; ru: readonly string[]; en: readonly string[] }> = {
  year: { zh: ['周年', '年'], ru: ['лет', 'год'], en: ['years', 'year', 'ans', 'an', 'années', 'année'] },
  month: { zh: ['个月'], ru: ['месяц'], en: ['months', 'month', 'mois'] },
  week: { zh: ['周', '星期', '个星期'], ru: ['недел'], en: ['weeks', 'week', 'semaines', 'semaine'] },
  day: { zh: ['天', '日', '个工作日', '工作日', '个自然日', '自然日'], ru: ['дн', 'ден', 'сут'], en: ['days', 'day', 'jours', 'jour'] },
  hour: { zh: ['小时'], ru: ['час'], en: ['hours', 'hour', 'heures', 'heure'] },
  percent: { zh: ['%', '％'], ru: ['%', 'процент'], en: ['%', 'per cent', 'percent', 'per centum', 'pour cent'] },
  km: { zh: ['公里', '千米'], ru: ['км', 'километр'], en: ['km', 'kilometres', 'kilometers', 'kilometre', 'kilometer'] },
  nmi: { zh: ['海里'], ru: ['морск'], en: ['nautical miles', 'nautical mile', 'milles marins'] },
  copy: { zh: ['份'], ru: ['экземпляр'], en: ['copies', 'originals', 'copy', 'original', 'exemplaires'] },
  // `21世纪`, `XXI веке`, `21st century`, `XXIe siècle` (the 2021 Sino-Russian joint statement: the Chinese `21世纪` once
  // align.number against the Russian `XXI веке`, a false alarm): the century is compared as a number with this unit;
  // a Roman numeral or an ordinal before it is read as its number (model/quantities.ts `centuryAt`).
  century: { zh: ['世纪'], ru: ['век'], en: ['century', 'centuries', 'siècle', 'siècles'] },
};

/**
 * What a capital letter names when a space and one of these follow it (`A 节初始条款`, Section A; `B 类`, `C 级`, `D 区`): a part,
 * a class, a grade or a zone, no item lettered `A 學術進修:…` (lines.ts `capitalItemAt`). Either script.
 */
export const LETTERED_NOUNS = '节節章部篇类類级級区區型款项項段组組栏欄表号號栋棟座轮輪期档檔';

/** The Chinese units of UNITS written in characters (`个月`, `年`, `日`, `公里`), longest first: after a number and a space (`3 个月内`, `一 年内`) the number is a quantity, not a label. */
export const ZH_UNIT_WORDS: readonly string[] = Object.values(UNITS).flatMap((u) => u.zh).filter((w) => /^[\u4e00-\u9fff]/.test(w)).sort((a, b) => b.length - a.length);
/**
 * Characters that, right after a digit, make it a quantity's or an ordinal's and no paragraph's bare label (`。3个月内`, `。2名代表`,
 * `。2006年`): the first characters of the Chinese units above and the measure words a count takes. A paragraph numbered by a bare
 * digit glued to its text (`…相互协助。2协助应包括:`) opens with any other character.
 */
export const COUNTED_AFTER_DIGIT = [...new Set(ZH_UNIT_WORDS.map((w) => w[0]))].join('') + '个個名人件次项項份条條款届屆倍岁歲号號位家所间間台臺辆輛艘架吨噸元角万萬千百亿億米克升期批类類种種成';
/** Particles after which a phrase's words stand whole (`边境地区合作的协定`): a last article's caption repeating the words before one is a caption, not a sentence cut there (model/clauses.ts `echoCutShort`). */
export const PHRASE_CLOSING = '的之和及与與或等';
/** What follows a quantity's unit (`3 个月内`, `30 日起`, `一 年以上`, `两 年，`): 日本, 年金, 天然, 周边 open with a unit's character and are no quantity. */
export const ZH_AFTER_UNIT = '内內外以后後前起止的之期为為或至到满滿、，,。；;：: \t\u3000';

/** Words between a number and its unit that do not change what it counts: `sixty calendar days`, `two further years`, `десяти рабочих дней` (Russian stems). */
export const UNIT_QUALIFIERS: { ru: readonly string[]; en: readonly string[] } = {
  ru: ['календарн', 'рабоч', 'полн', 'последующ', 'дополнительн'],
  en: ['calendar', 'working', 'business', 'consecutive', 'full', 'clear', 'additional', 'further', 'more', 'successive'],
};

/** Chinese multipliers written after a number: `100万`, `5亿`. */
export const ZH_MULTIPLIERS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** `百分之五`: a percentage written before its number. */
export const ZH_PERCENT_PREFIX = '百分之';

/**
 * Words before a number that make it a reference to a unit of a text, not a quantity: `статьи 5`, `Article 5`, `paragraph 2`;
 * and a resolution's number, `resolutions 1565 of 1 October 2004 and 1592`, `Resolution 1621 (2005)`, `резолюцию 1546 (2004)`,
 * which Chinese writes as a label, `第1565号决议`, `第1621(2005)号决议` (read as no number: the Security Council's resolution
 * 1621 of 2005 once showed align.number on both texts).
 */
export const UNIT_REFERENCE_WORDS = /(?:стать[а-яё]*|пункт[а-яё]*|подпункт[а-яё]*|част[а-яё]*|раздел[а-яё]*|глав[а-яё]*|приложени[а-яё]*|протокол[а-яё]*|бап[а-яё]*|резолюци[а-яё]*|articles?|paragraphs?|subparagraphs?|items?|sections?|chapters?|annex(?:es)?|parts?|rules?|points?|alinéas?|r[ée]solutions?|№|no\.|nos\.)$/i;

/** Russian words that start like a unit and are not one (`части` is not `час`). */
export const RU_NOT_UNITS: ReadonlySet<string> = new Set(['части', 'частей', 'частью', 'частях', 'частям', 'денег', 'сути', 'суть']);

/** A Russian adjective or participle, by its ending: `Договаривающиеся`, `Высокие`. */
export const RU_ADJECTIVE_ENDING = /(?:ие|ые|ая|яя|ое|ее|ой|ий|ый|их|ых|им|ым|ими|ыми|ую|юю|его|ого|ему|ому|ей)(?:ся)?$/;

/** Characters before a Chinese defined term that make it part of a longer word: `缔约双方`, `各方`. */
export const TERM_COMPOUND_BEFORE = /(?:缔约|締約|各)$/;

/**
 * Collective names of the parties that a definition gives (`（以下简称“缔约双方”）`): the forms of
 * one group name the same parties (two: 双; several: 各), with or without 缔约. A form of another
 * group is not a variant (a bilateral text's 各方 is “each side”), nor a singular form
 * (缔约一方, 缔约另一方, 任何一方), nor another head (缔约国双方: the States, not the Parties).
 */
export const PARTY_TERM_GROUPS: readonly (readonly string[])[] = [['缔约双方', '双方'], ['缔约各方', '各方']];
/** The generic party word, a variant of either group where it stands alone (not 各缔约方, 该缔约方, 缔约方大会). */
export const PARTY_TERM_GENERIC = '缔约方';
/**
 * The generic party word written with the party it names (缔约一方, 缔约另一方, 缔约双方, 缔约各方): a use of the term 缔约方 a
 * definition gives (`（以下称为締約方）`, then `締約雙方根據…`, `締約一方…`), though no variant of it (PARTY_TERM_GROUPS).
 */
export const PARTY_TERM_COMPOUND = /缔约(?:一|另一|双|各)方/;
/**
 * The parties named with the other head (folded): a text defining 缔约双方 (the governments, `…政府（以下简称“缔约双方”）`) that
 * writes 缔约国双方 (the States) throughout, or the reverse. The term is unused all the same (the heads are not variants,
 * PARTY_TERM_GROUPS), and term.unused names the words the text writes instead.
 */
export const PARTY_TERM_OTHER_HEAD: ReadonlyMap<string, string> = new Map([['缔约双方', '缔约国双方'], ['缔约国双方', '缔约双方'], ['缔约各方', '缔约国各方'], ['缔约国各方', '缔约各方']]);
/**
 * A text naming no two parties counts them as many (`各缔约国`, `任何缔约国`, `缔约各方`, `全体成员国`) and never as two (TWO_PARTIES):
 * a multilateral instrument, whose parties are all the States that join it (a convention's 缔约国). Read folded to simplified.
 * Over the real corpus's 225 texts naming no two parties, the 37 counting them as many and never as two are all multilateral
 * (conventions, the Antarctic and non-proliferation treaties, a WHO draft, the Lancang-Mekong memorandum, the CIS agreement).
 */
export const MANY_PARTIES = /各缔约国|缔约各国|任何缔约国|所有缔约国|全体缔约国|每一缔约国|缔约各方|各缔约方|所有缔约方|任何缔约方|各成员国|全体成员国/;
/** Two parties: `缔约双方`, `双方`, `缔约国一方`, `缔约另一方` (a tax treaty's 缔约国 are two). */
export const TWO_PARTIES = /双方|缔约(?:国)?(?:另)?一方/;
/**
 * A clause's words counting the parties as two (a clause snippet's, its choices and placeholders apart; folded): `双方`, `缔约一方`,
 * `另一方`, the copies one for each party (`一式两份，每份均用…`). A clause of the bilateral family (`自双方通过外交途径相互通知…`,
 * `…通知另一方要求终止…`), not offered in a multilateral text (features/completionSnippets.ts `snippetFamily`).
 */
export const TWO_PARTY_CLAUSE = new RegExp(`${TWO_PARTIES.source}|另一方|每份`);
/**
 * A clause's words counting the parties as many, or naming what only a multilateral instrument has: its depositary, instruments
 * of accession deposited (`任何缔约方均可以书面形式通知保存机关退出`, `…自保存机关收到有关加入书之日起…`): the multilateral family.
 */
export const MANY_PARTY_CLAUSE = new RegExp(`${MANY_PARTIES.source}|保存机关|加入书`);
/** A multilateral instrument's ratification or accession clause: the instruments deposited (`批准书`, `加入书`), folded. */
export const ACCEDES = /批准书|加入书|加入文书/;
/** The word a multilateral text names its parties by, the first of these it writes (else 缔约各方). */
export const MANY_PARTY_WORDS: readonly string[] = ['缔约国', '缔约方', '成员国'];
/** Another head: a text that writes 缔约国 (缔约国双方, 缔约国一方) may mean the States by a bare 双方 or 各方. */
export const PARTY_STATE_HEAD = '缔约国';
/**
 * The subject a sentence opens with, and the verb after it (the text folded to simplified): the
 * parties (`双方`, `缔约双方`, `缔约一方`, `各缔约方`, `缔约国`) or the instrument itself (`本协定`),
 * then a modal or a verb — `双方同意…`, `本协定自…生效`, `缔约各方应…`. A caption names them
 * (`双方的义务`, `缔约方大会`, `双方合作机制`, `本协定的解释`, `本协定适用范围`).
 */
/**
 * The words that go on from an article's number in running text (`第三条规定的`, `第三条所称`, `第三条至第五条`, `第三条第二款`,
 * `第三条和第四条`, `第三条中`): after a number with no space, they are never a caption glued to it. Read folded to simplified.
 * Nor is a numeral: it goes on with the number, longer than a label holds (`第十条之一二三四五`).
 */
export const GOES_ON_FROM_LABEL = new RegExp(`^(?:规定|所|的|之|至|到|和|与|及|或|、|中|第|款|项|以|在|未|已|不|内|外|下|上|前|后|并|者|等|条|同|即|则|也|是|为|列|载|关于|有关|项下|范围|[${NUMERAL_CHARS}])`);

/**
 * A noun opening the text after a label's 、, though its first character goes on from a label elsewhere (`第三款、条约各款必使…`,
 * the 1858 Treaty of Tianjin's article 3: 条约, not the 条 of `第三条、四条`), read folded.
 */
export const NOUN_AFTER_LABEL_MARK = /^(?:条约|条例|条款)/;
/**
 * A caption glued to its label that opens with a word GOES_ON_FROM_LABEL lists: `与…的关系` ("relation to …", `第1.2 条与其他协定的关系`,
 * a converted page's heading that lost its space), a heading whole, naming no article. Read folded.
 */
export const RELATION_CAPTION = /^与[^第条款项，。；：,;:\s]{1,12}的关系$/;

/**
 * The words that end an amending article's sentence before the new text of the article it amends,
 * quoted on the lines after (`协定第五条修改为：`, `修订为：`, `改为：`, `表述为：`, `替换为：`, `修改如下：`,
 * `用下列规定代替：`, `应由以下内容取代：`, `被以下条款全部替代：`, the articles a constitution's amendment adds `…内容如下：`; an opening quotation
 * mark may follow): read folded, at a line's end.
 */
export const NEW_TEXT_INTRO = new RegExp(`(?:${alternation(['修改为', '修订为', '修正为', '改为', '表述为', '替换为', '更改为', '改写为', '修改如下', '修订如下', '修正如下', '表述如下', '内容如下', '代替', '替代', '取代'])})[ \\t\\u3000]*[：:][ \\t\\u3000]*[“「"]?$`);

/**
 * A table of amendments' line naming the lines of the article amended, then its old text unquoted up to `改为` at the line's end
 * (`行:3—6如果准成员…接受本协定所规定的权利和义务。改为`, an ESCAP agreement's table beside `删:“…”,改为` / `增:“…”`; read folded):
 * group 1 the line numbers with the label, the old text between them and the closing words — another text's words, as quoted
 * ones are (model/references.ts `tableOldTexts`).
 */
export const TABLE_OLD_TEXT = /^(行[ \t\u3000]*[:：][ \t\u3000]*[0-9０-９]{1,3}(?:[ \t\u3000]*[,，、—–\-~～至][ \t\u3000]*[0-9０-９]{1,3})*[ \t\u3000]*)[^0-9０-９ \t\u3000]/;
/** What closes a table's old text (`TABLE_OLD_TEXT`) at its line's end: `改为`, a comma before it, a stop or colon after. */
export const TABLE_OLD_TEXT_END = /[,，]?改为[。：:]?[ \t\u3000]*$/;

/**
 * The words that end an amending instrument's instruction before the amended text's new words, written unquoted on the
 * lines after with their own numbers (the Montreal Protocol's amendments: `1. 议定书第1 条第4 款应以下文取代` / `4. 受控物质是指…`,
 * `3. 议定书第1 条内应加列下款` / `9. 过渡性物质是指…`), or NEW_TEXT_INTRO's: read folded, at an item's end.
 */
export const REPLACEMENT_INTRO = new RegExp(`(?:${alternation(['以下文取代', '以下列案文取代', '以下列文字取代', '代之以', '加列下款', '加列下列各款', '增列下款', '插入下款', '插入下文'])})[ \\t\\u3000]*[：:]?[ \\t\\u3000]*$|${NEW_TEXT_INTRO.source}`);

/**
 * An annex's heading run into its first point on a line a page joined (`…订于维也纳。 附件 一、联合国秘书长应制成…`, the Vienna
 * Convention's conciliation annex on a law site's one line; folded): the word alone, white space, then the point's number.
 * Group 1: the heading and the white space after it.
 */
export const ANNEX_RUN_IN = /^(附[件录表][ \t\u3000]+)(?:[一二三四五六七八九十]{1,3}、|[0-9]{1,2}[.．、])/;

/**
 * An annex or an appendix of the text itself, named after its self-word (`本条例附件`, `本协定附件二`, `本办法附录1`; folded):
 * group 1 the word, group 2 its number if any. A heading of an annex is read with it (`附件`, `附件二：…`, `附录 1`).
 */
export const OWN_ANNEX = new RegExp(`^(附件|附录|附表)(?:[ \\t\\u3000]{0,2}([${SUB_NUMERAL}０-９]{1,3}))?`);

/** An annex or an appendix named by its number (`附件二`, `附录1`): after `第三条、` a list of references goes on (`第三条、附件二所列的`). */
export const NUMBERED_ANNEX = new RegExp(`^(?:附件|附录|附表)[ \\t\\u3000]{0,2}[${SUB_NUMERAL}A-Z０-９Ａ-Ｚ]`);

/** The kinds of a notice or a decision that publishes or approves an instrument printed below it (`…关于批准《…》的决定`, `第25/2012號行政長官公告`). */
export const PUBLISHING_KINDS: readonly string[] = ['公告', '决定'];

/**
 * The heading of an order publishing an instrument printed under it (folded): `中华人民共和国国务院令`, `中华人民共和国主席令`,
 * `公安部令`, its number on the line or the next (`第517号`, `（第756号）`: ORDER_NUMBER).
 */
export const ORDER_HEAD = /^[\u4e00-\u9fff]{1,20}令(?:[ \t\u3000]*[（(]?第[ \t\u3000]*[0-9０-９一二三四五六七八九十百零〇]{1,8}[ \t\u3000]*号[)）]?)?$/;
/** An order's number on a line of its own, under its heading (`第517号`, `（第756号）`; folded). */
export const ORDER_NUMBER = /^[（(]?第[ \t\u3000]*[0-9０-９一二三四五六七八九十百零〇]{1,8}[ \t\u3000]*号[)）]?$/;

/**
 * A line that only names what the lines above it give, in brackets (folded): `(以下简称“内地税收”)` closing a list of
 * taxes, `（下称“乙方税收”）`, `（以下合称“税收”）` — the list's, no paragraph of its own.
 */
/**
 * A description saying a page's heading is an instrument's short name (folded): `《中华人民共和国和蒙古人民共和国友好互助条约》的简称。`,
 * the full title in 《》 opening the line.
 */
export const SHORT_NAME_OF = /^《([^《》]{4,80})》(?:的)?(?:简称|略称|简写)/;
export const SHORT_NAME_REMARK = /^[（(][ \t]*(?:以下|下文|下)?(?:合并|一并|分别|统一|合|统|并)?(?:简称|称)[“"「‘]?[^（()）“”"「」‘’，,。；;]{1,30}[”"」’]?[）)][；;。，,]?$/;

/** Two to four topics of one to eight characters between semicolons: `签字；语言；保存人的职责` (none opening with a party, as a clause would: `双方合作；互相协助`). */
export const TOPIC_LIST = /^(?!双方|雙方|各方|缔约|締約|本)[^；;\s]{1,8}(?:[ \t\u3000]*[；;][ \t\u3000]*(?!双方|雙方|各方|缔约|締約|本)[^；;\s]{1,8}){1,3}$/;
/**
 * A sole article's label (folded), the artigo único of a Portuguese decree as Macao's Chinese texts write it (`獨一條 - …`) and
 * simplified texts render it (`独一条`, `唯一条`, `单一条款`), the line's end, white space or a mark after it (lines.ts soleArticle).
 */
export const SOLE_ARTICLE = /^(?:独一条|唯一条|单一条款|单一条)(?=$|[ \t\u3000：:．.—–\-－])/;

/**
 * Words that open a clause, never a caption (folded): after an article's label on its line they begin its first sentence
 * (`第五条 根据布隆迪政府`, a page cut there), where a caption names a subject (`第五条 争议解决`).
 */
export const CLAUSE_OPENING = /^(?:根据|依照|按照|依据|为了|如果|鉴于)/;
/** Words a sentence cites an instrument by, right before its name (`按照两国政府关于…的协定`): model/references.ts reads a title written without brackets after them. */
export const CITING_VERBS: readonly string[] = ['依照', '依据', '根据', '按照', '遵照', '参照', '违反', '适用', '援引', '执行', '遵守', '履行', '实施'];
/**
 * Words that say what an act is under a law named right after them (`认定为刑法第二百六十四条规定的`, `涉嫌刑法分则第四章`,
 * `符合民事诉讼法第一百二十二条`): no part of the law's name (model/references.ts cuts the name after them). None is written
 * inside a law's title.
 */
export const QUALIFYING_VERBS: readonly string[] = ['认定为', '涉嫌', '构成', '触犯', '属于', '符合', '包括', '是指', '行使', '援用', '对于'];

/**
 * The subject a treaty's sentence opens with (folded): the parties, or the instrument itself — its original in its final
 * clauses too (`本公约之原本应送请联合国秘书长存放`, `本协定的正本…`) —, or the parties by their part in a request, as
 * extradition and judicial assistance treaties name them (`请求方应及时…`, `被请求国可…`).
 */
const SUBJECT = `(?:缔约(?:双方|各方|一方|另一方|国(?:双方|各方|一方)?|方)|各缔约(?:方|国)|双方|各方|被?请求(?:方|国)|本(?:${alternation(SELF_WORDS)})(?:[之的](?:原本|正本))?)`;

export const SENTENCE_SUBJECT = new RegExp(
  `^${SUBJECT}` +
    '(?:应|同意|将|可|须|不|在|于|自|根据|依|按|承担|承诺|决定|鼓励|支持|负责|保证|确认|通过|享有|有权|有义务|均|各自|互|相互|共同|为|对|向|就|适用于|给予|允许|采取|建立|设立|指定)',
);
/** A sentence's subject alone (folded: `双方`, `缔约双方`): spaced off its verb, no caption (`第五条 双方 应当…`). */
export const SUBJECT_ALONE = new RegExp(`^${SUBJECT}$`);

/**
 * How an article's first sentence opens after a caption run in on the label's line, white space between (`第十七条 通报结果
 * 请求方应及时…`, `第二十条 争议的解决 因实施或解释本条约所产生的任何争议,应…`; folded): its subject and verb (SENTENCE_SUBJECT),
 * a clause's first word (CLAUSE_OPENING), or the cause of the matter it governs (`因…产生的`, `凡…`).
 */
export const RUN_IN_SENTENCE = new RegExp(`${SENTENCE_SUBJECT.source}|${CLAUSE_OPENING.source}|^(?:因|凡)`);

/**
 * One-character words after which a party word starts a phrase of its own (`经双方同意`, `由缔约方`):
 * prepositions and adverbs. Not 或/和/与/及 (`缔约国一方或者双方` leaves a head out), nor a
 * determiner (各、该、其他、所有、一、另、非).
 */
export const PARTY_TERM_LEAD = '经由对向在为按将把使让请供给被并且但均凡则即应可从自以于据';
/** Words after a party word that make it part of another word: 各方面, 双方向, 缔约方大会, 缔约方会议. */
export const PARTY_TERM_TAIL = /^(?:面|向|大会|会议)/;

/** Words that point back at an instrument cited before: `该协定`, `上述协定`, `前述公约`. */
export const CITATION_ANAPHORS: readonly string[] = ['上述', '前述', '所述', '该'];

/** What a treaty's preamble is called: its outline entry, its row in a 修改对照表, the word amending clauses name it by (`将序言第二段修改为`). */
export const PREAMBLE = '序言';
/** What the outline calls the text of a statement or a communiqué in paragraphs alone (no article, no point): its body, not a preamble. */
export const BODY = '正文';
/**
 * What the outline calls the lines above the first article of a page that opens inside a text (no title, its first article
 * past 第一条: a site's page 2, a book's page 88): the end of the article before it, continued, not a preamble.
 */
export const CONTINUED = '（续前）';
/**
 * Lines a page or a database sets over a preamble, none of its own words (model/preamble.ts reads the preamble's span after
 * them): a field in brackets (`[Date] July 16, 2001`, `[Full text]`, `[Preamble] (...)`, `【题注】 whole document`), a field of Chinese words, a colon and
 * its value (`簽訂日期: 民國 34 年 08 月 14 日`, `(簽訂日期:1991年5月16日 生效日期:1992年3月16日) |`, `**性質**：史料全文`; not a
 * recital's opening word, `鉴于：…`: PREAMBLE_OPENING), a rule (`_____`, `---`, `=====`), a row of a page's table (`…协议
 * 1992年1月20日于北京市 |`), a line in capitals alone (the kind again under a title, `СОГЛАШЕНИЕ`; `PREAMBLE`), a line wholly
 * in brackets (`(Д)`, `(1994年9月3日…签订;1995年10月17日生效)`).
 */
export const PAGE_FIELD = /^\[[^\]\n]{1,30}\](?!\()|^【[^】\n]{1,8}】|^[(（]?(?:\*\*)?(\p{Script=Han}{2,8})(?:\*\*)?[ \t\u3000]*[:：][ \t\u3000]*\S/u;
export const PAGE_RULE = /^[_\-=—]{3,}$/;
export const PAGE_TABLE_ROW = /[|｜]$/;
export const PAGE_CAPITALS = /^(?=.*\p{Lu}.*\p{Lu})[\p{Lu}\s\-–—.]{2,60}$/u;
export const PAGE_BRACKETED = /^[(（\[［][^()（）\[\]［］\n]*[)）\]］][\s|｜]*$/;
/** A note under a page's rule, its mark and a space (`* Вступило в силу 20 января 1992 г.`; not a word in italics, `*Noting*`). */
export const PAGE_NOTE = /^\*[ \t]/;
/**
 * A database's remark on a line of its own over the text (`Примечание РЦПИ. В Хартию предусмотрены изменения Законом РК от
 * 15.12.2008 N 103-IV ; …`, Kazakhstan's legal database over the SCO Charter; `Примечание.`, `Note:`): the word and its
 * stop or colon, an issuer's letters between.
 */
export const PAGE_REMARK = /^(?:Примечание|ПРИМЕЧАНИЕ|Note|NOTE|Remarque)(?:[ \t]+\p{Lu}{2,8})?[ \t]*[.:]/u;
/**
 * A database's record of who adopted a text and when, opened by this word alone on its line (`Принято` / `Правительством
 * Российской Федерации` / `27 января 1994 года,` / …, a legal database's record over the 1994 agreement on the junctions of
 * the Sino-Russian-Mongolian boundaries): the record runs over the lines that end no clause and those saying a date alone.
 */
export const PAGE_RECORD_OPENING = /^(?:Принят[оаы]?|Подписан[оаы]?|Ратифицирован[оаы]?)$/u;
/**
 * A line naming the preamble, as a heading over it (markdown's `#` and bold taken off): `序言`, `前言`, `弁言`, `序` (a law firm's
 * copy of the China–Canada legal assistance treaty over its preamble), `Preamble`,
 * `Преамбула`, `Préambule`, and a wiki's edit link after it (`序言 编辑`). What stands above it is no part of the preamble.
 */
export const PREAMBLE_HEADING = /^(?:序言|前言|弁言|序文|序|preamble|преамбула|préambule)(?:[ \t\u3000]+(?:编辑|編輯))?$/i;
/** Words a date line may hold beside its date (lower case): the Russian year's word and its abbreviation (`27 июня 1997 г.`, `мая 1991 г.`). */
export const DATE_LINE_WORDS: readonly string[] = ['г', 'гг', 'год', 'года'];
/** How a clause or a sentence ends (a preamble's line before the first article ends one: `…如下:`, `have agreed as follows:`). */
export const CLAUSE_END = /[.,;:。，；：!?！？、]$/;

/** A line only a preamble holds (folded to simplified): its grounds `鉴于…`, or its closing `达成协议如下`, `议定下列各条`. */
export const PREAMBLE_MARK = /^鉴于|(?:协议|议定|协定|商定)如下|议定下列各条/;

/**
 * The scope a definition is given for (folded): `就本协定而言`, `在本协定中`, `本协定中`, `为本协定目的` (of an instrument's
 * self-word, a chapter or a section). Its words are a definitions article's: a list defining its terms by 指 with no
 * quotation marks comes after it (`DEFINITIONS_LEAD`), or the one term of its sentence (`在本协议中,进口许可证是指…`).
 */
export const DEFINITION_SCOPE = `(?:就本(?:${alternation(SELF_WORDS)}|章|节)而言|在?本(?:${alternation(SELF_WORDS)}|章|节)中|为(?:了)?本(?:${alternation(SELF_WORDS)}|章|节)的?目的)`;

/**
 * The lead-in of a list of terms defined by 指 without quotation marks, one a line or an item, as the Chinese texts of
 * free trade agreements write them (RCEP: `就本协定而言,除非本协定另有规定:` / `(十一)IMF指国际货币基金组织;`; China–New
 * Zealand: `除另有规定外,就本协定而言:` / `APEC 是指亚太经济合作组织;`): the scope, a proviso (`除非…另有规定`, `除…外`)
 * before or after it, and the colon (read folded).
 */
export const DEFINITIONS_LEAD = new RegExp(`(?:(?:除非|除)[^。；;：:，,\\n]{0,16}[，,][ \\t]*)?${DEFINITION_SCOPE}(?:[ \\t]*[，,][ \\t]*(?:除非|除)[^。；;：:，,\\n]{0,16})?[ \\t]*[：:]`, 'g');

/**
 * The words that make a clause a question (read folded: `嗎`, `甚麼` as `吗`, `甚么`; not `任何`, `那么`): a half-width `?` after one is a question's
 * mark (`…有哪些?`, `发生了哪些大事?联合国…`). One between two characters of a clause without them is most often a character a
 * conversion lost (a GBK or Big5 page decoded as another: `双方?决定`, `签订的?统一国际航空运输某些规则的公约`, `1.?职业税`), no
 * punctuation (features/diagnostics.ts lostCharacter).
 */
export const QUESTION_WORDS = /[吗呢嘛哪谁怎岂]|[什甚]么|如何|为何|何[时种地处]|多少|几[个种项次年天]|是否|难道/;

/**
 * The word before a state's name that makes it the place of an office, not a party (`驻美国台北经济文化代表处`, Taiwan's office in the
 * United States; `中华人民共和国驻美国大使馆`), read folded: the name is the office's, whole (model/parties.ts `splitParties`).
 */
export const STATIONED_IN = '驻';

/**
 * The clause a party's name may open with, saying who authorized it (`经中华人民共和国中央人民政府正式授权缔结本协定的中华人民共和国
 * 澳门特别行政区政府`, Macao's and Hong Kong's agreements), read folded to simplified: no part of the name (model/parties.ts
 * `splitParties`), and in the other party's copy it goes with its party (features/export/alternat.ts `swapPairs`).
 */
export const AUTHORIZED_BY_SOURCE = '经[^\\s，。；,;()（）《》]{1,40}?授权[^\\s，。；,;()（）《》]{0,20}?的';
