// The lexicon: every domain word the code reads text by, in one place — kinds of
// instrument and the words that name one (本协定), states with their short forms,
// languages and capitals, verbs of signing, numeral character classes, the words
// that head the notes of an exchange. The
// parser needs some of them, so they live in syntax/; model, features and index
// read them from here. The TextMate grammar (syntaxes/*.tmLanguage.json) writes the
// same lists: test/unit/grammar.test.ts holds every alternation there equal to these.
import { foldScript } from './script';

// The other languages' words (article and chapter headings, kinds of instrument, signing clauses).
export * from './foreign';

// ---------------------------------------------------------------------------------------
// Numerals

/** 一 to 九. */
export const DIGITS_CN = '一二三四五六七八九';
/** 一 to 十: items `（三）`, the head of a note `(一)中方去文`. */
export const SMALL_CN = `${DIGITS_CN}十`;
/** Digits written one by one, as years are: `二〇〇八`. */
export const POSITIONAL_CN = `〇零${DIGITS_CN}`;
/** Arabic digits, half- and full-width (a character-class body). */
export const ARABIC = '0-9０-９';
/** Characters that may appear in a numeral (Chinese or Arabic, half- or full-width): article, chapter and unit numbers. */
export const NUMERAL_CHARS = '0-9０-９〇零○一二两三四五六七八九十百千万廿卅';
/** The number after 之 (`第十条之一`), of an annex (`附件二`). */
export const SUB_NUMERAL = `${SMALL_CN}0-9`;
/** A paragraph number `一、`. */
export const PARA_NUMERAL = `${SMALL_CN}百〇零两`;
/** A Chinese item number `（十一）`. */
export const ITEM_NUMERAL = `${SMALL_CN}百`;
/** The numbers of dates: `二〇〇二年六月七日`, `2002年6月7日`. */
export const DATE_DIGITS = `${ARABIC}〇零○${SMALL_CN}`;
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
  { word: '备忘录', kind: true, self: true, cited: true, snippet: true },
  { word: '议定书', kind: true, self: true, cited: true, signed: true, snippet: true },
  { word: '补充协定', kind: true, self: true, cited: true },
  { word: '补充协议', kind: true, self: true, cited: true },
  { word: '会谈纪要', kind: true },
  { word: '会议纪要', kind: true },
  { word: '纪要', kind: true, self: true },
  { word: '和约', kind: true, self: true },
  { word: '条约', kind: true, self: true, cited: true, signed: true, copied: true, snippet: true },
  { word: '协定', kind: true, self: true, cited: true, signed: true, copied: true, snippet: true },
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
  { word: '修正案', kind: true, self: true },
  { word: '章程', self: true, cited: true },
  { word: '约法', self: true },
  { word: '宪法', self: true },
  { word: '决定', kind: true, law: true, self: true },
  { word: '办法', kind: true, law: true, self: true },
  { word: '条例', kind: true, law: true, self: true },
  { word: '规定', kind: true, law: true, self: true },
  { word: '法', kind: true, law: true, self: true },
];

const wordsWhere = (p: (w: InstrumentWord) => boolean | undefined): string[] => INSTRUMENT_WORDS.filter(p).map((w) => w.word);
/** Longest first, so that an alternation tries 决议案 before 决议. */
const longestFirst = (words: readonly string[]): string[] => [...words].sort((a, b) => b.length - a.length);

/** Kinds of instrument a title ends with, in the order they are tried (see `INSTRUMENT_WORDS`). */
export const INSTRUMENT_KINDS: readonly string[] = wordsWhere((w) => w.kind);
/** Kinds that are laws and rules rather than instruments between parties: a title alone does not make a document one. */
export const LAW_KINDS: ReadonlySet<string> = new Set(wordsWhere((w) => w.law));
/** Words that, after 本, name the text itself: 本协定, 本宪章, 本法 (longest first). */
export const SELF_WORDS: readonly string[] = longestFirst(wordsWhere((w) => w.self));
/** Kinds that name another instrument (a quoted title's end, the word before another's `第X条`), longest first. */
export const CITED_KINDS: readonly string[] = longestFirst(wordsWhere((w) => w.cited));
/** Self-references a signing clause is checked against the title by: 本协议, 本协定 … */
export const SIGNED_SELF_REFS: ReadonlySet<string> = new Set(wordsWhere((w) => w.signed).map((w) => `本${w}`));
/** Kinds whose self-reference a drafter may have copied from another text: 协议, 协定, 条约, 公约. */
export const COPIED_KINDS: ReadonlySet<string> = new Set(wordsWhere((w) => w.copied));
/** Self-references a snippet's choice may offer: 本协议, 本协定 … */
export const SNIPPET_SELF_REFS: ReadonlySet<string> = new Set(wordsWhere((w) => w.snippet).map((w) => `本${w}`));
/** Characters that make a word with 本 (基本法 is no 本法, 日本 no self-reference). */
export const NOT_SELF = '基根日资成副文样版原正课剧范账';
/** The kinds a short form of a joint statement or communiqué ends with: `中哈联合声明`. */
export const JOINT_KINDS: readonly string[] = ['联合声明', '联合公报', '联合新闻公报'];

/** Alternation of words, for a regular expression: `a|b|c`. */
export function alternation(words: Iterable<string>): string {
  return [...words].join('|');
}

const MARKUP = /<sup>[^<]*<\/sup>|<[^>]{1,20}>|\[\^[^\]]*\]|\\\*|[*_`#\s\u3000《》〈〉“”"「」]+/g;

/** A line of a title as the kinds are matched on it: simplified, no markup or white space. */
export function titleWords(raw: string): string {
  return foldScript(raw).replace(MARKUP, '');
}

/** The kind a (normalized) title ends with, a bracketed remark after it apart: `世界人权宣言`, `…协定（草案）`. */
export function endingKind(words: string): string | undefined {
  const t = words.replace(/(?:[（(][^）)]*[）)])+$/, '');
  for (const k of INSTRUMENT_KINDS) if (t.endsWith(k)) return k;
  return undefined;
}

/** A note of an exchange of notes is headed by who sent it: `(一)中方去文`, `对方来文`, `我方复照`. */
export const NOTE_HEAD = new RegExp(`^(?:[（(][ \\t\\u3000]*[${SMALL_CN}]{1,3}[ \\t\\u3000]*[）)][ \\t\\u3000]*)?[^，。；：,;:\\s]{0,16}(?:来文|去文|来照|去照|复照|照会)(?:[ \\t\\u3000]*[（(][^）)]{0,20}[）)])?$`);

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
}

export const VERBS: readonly SigningVerb[] = [
  { word: '签署', signs: true, concludes: true, dates: true },
  { word: '签订', signs: true, concludes: true, dates: true },
  { word: '签定', signs: true, concludes: true },
  { word: '订立', signs: true, concludes: true },
  { word: '定立', signs: true },
  { word: '缔结', signs: true, concludes: true, dates: true },
  { word: '签字', signs: true, dates: true },
  { word: '订于', signs: true },
  { word: '通过', dates: true },
  { word: '发表', dates: true },
];

const verbsWhere = (p: (v: SigningVerb) => boolean | undefined): string[] => VERBS.filter(p).map((v) => v.word);
/** The verbs of a signing clause: 签署, 签订, 签定, 订立, 定立, 缔结, 签字, 订于. */
export const SIGNING_VERBS: readonly string[] = verbsWhere((v) => v.signs);
/** The verbs that open a dateless signing sentence ending in 作准 / 同等效力. */
export const CONCLUDING_VERBS: readonly string[] = verbsWhere((v) => v.concludes);
/** The verbs between a date and what was signed or adopted then: 签署, 签订, 通过, 缔结, 发表, 签字. */
export const DATING_VERBS: readonly string[] = verbsWhere((v) => v.dates);

// ---------------------------------------------------------------------------------------
// States

/** What is known of a state, by how its name begins. */
export interface State {
  /** How its name (or a party named after it, `…国防部`) begins. */
  name: RegExp;
  /** Its name in full, which a short form stands for: 中 → 中华人民共和国. */
  full?: string;
  /** Its one-character short form, as in 中哈 (a short title, a short form `中哈联合声明`). */
  short?: string;
  /**
   * False: the short form is not read in running text, where the character is a common word
   * (`9月29日中日联合声明`: the 日 of the date would be read as Japan).
   */
  shortInText?: false;
  /** Its official language: 哈文. */
  language: string;
  /** Its capital (a likely place of signing). */
  capital?: string;
}

/** The first state whose name pattern matches is the party's. */
export const STATES: readonly State[] = [
  { name: /^中华人民共和国|^中国/, full: '中华人民共和国', short: '中', language: '中文', capital: '北京' },
  { name: /^哈萨克斯坦/, full: '哈萨克斯坦共和国', short: '哈', language: '哈文', capital: '阿斯塔纳' },
  { name: /^吉尔吉斯/, full: '吉尔吉斯共和国', short: '吉', language: '吉文', capital: '比什凯克' },
  { name: /^俄罗斯/, full: '俄罗斯联邦', short: '俄', language: '俄文', capital: '莫斯科' },
  { name: /^塔吉克斯坦/, full: '塔吉克斯坦共和国', short: '塔', language: '塔文', capital: '杜尚别' },
  { name: /^乌兹别克斯坦/, full: '乌兹别克斯坦共和国', short: '乌', language: '乌文', capital: '塔什干' },
  { name: /^土库曼斯坦/, full: '土库曼斯坦', short: '土', shortInText: false, language: '土文', capital: '阿什哈巴德' },
  { name: /^蒙古/, full: '蒙古国', short: '蒙', language: '蒙文', capital: '乌兰巴托' },
  { name: /^美利坚/, full: '美利坚合众国', short: '美', language: '英文' },
  { name: /^大不列颠|^英国/, full: '大不列颠及北爱尔兰联合王国', short: '英', language: '英文' },
  { name: /^澳大利亚|^新西兰|^爱尔兰/, language: '英文' },
  { name: /^法兰西|^法国/, full: '法兰西共和国', short: '法', language: '法文' },
  { name: /^德意志|^德国/, full: '德意志联邦共和国', short: '德', language: '德文' },
  { name: /^日本/, full: '日本国', short: '日', shortInText: false, language: '日文' },
  { name: /^大韩民国|^韩国/, full: '大韩民国', short: '韩', language: '朝文' },
  { name: /^朝鲜民主主义人民共和国/, full: '朝鲜民主主义人民共和国', short: '朝', language: '朝文' },
  { name: /^巴基斯坦/, full: '巴基斯坦伊斯兰共和国', short: '巴', language: '乌尔都文' },
  { name: /^印度(?!尼西亚)/, full: '印度共和国', short: '印', language: '印地文' },
  { name: /^越南/, full: '越南社会主义共和国', short: '越', language: '越文' },
  { name: /^阿拉伯|^埃及|^沙特/, language: '阿拉伯文' },
  { name: /^西班牙|^墨西哥|^阿根廷|^智利/, language: '西班牙文' },
];

/** The state a party's name begins with, when known. */
export function stateOf(party: string): State | undefined {
  return STATES.find((s) => s.name.test(party));
}

/** Short forms read in running text (`中哈联合声明`), and the names they stand for. */
export const SHORT_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  STATES.filter((s) => s.short && s.full && s.shortInText !== false).map((s) => [s.short!, s.full!]),
);
