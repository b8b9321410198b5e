// References in a treaty's text: articles of this instrument (本协议第十二条, 第九条,
// 第三条第二款, 第二条第（三）项, 第十条至第十二条, 本条, 前条, 前款), citations of other
// instruments (《…》, nested 《关于〈…〉的议定书》, “…协定” in older texts, with an optional
// date before it; 中哈联合声明), articles of other instruments (《联合国宪章》第102条,
// 《…》（以下简称“协议”）第十条, 该公约第二条, or through a defined short name: 协议第二条),
// self-references (本协议) and uses of defined terms.
// Units below an article are read in the document's convention: 条/款/项 (PRC practice:
// 第三条第二款第（一）项) or 条/项/款 (UN, older, Taiwan, Hong Kong and Macao texts:
// 第三十五条第二项, 第八十六条第一项(寅)款).
// Text is matched with traditional characters folded to simplified (one unit for one),
// so offsets are the user's. Found once per model, lazily; offsets are UTF-16.
import { LIST_COUNT_CHARS, countAfterList, parseNumeral, NUMERAL_CHARS } from '../syntax/numerals';
import { foldCode, foldScript, halfWidthForms } from '../syntax/script';
import { Block, Line, lastStartingAt, partitionPoint } from '../syntax/tree';
import { isAdoptionRecord, listedArticles, listedLabels } from '../syntax/parser';
import { stateNameEnding, stateOf, TABLE_WORDS, AMENDING_KINDS, ARTICLES_KIND, LAW_KINDS, CHENG_NOUNS, CHENG_VERBS, SELF_WORD_FIRST, CITED_KINDS, amendingTitle, CITED_LAW_KINDS, DATING_VERBS, FEW_CN, HOME_STATE, ITEM_NUMERAL, SMALL_CN, SHORT_NAMED_KINDS, JOINT_KINDS, LATIN_NAMED_ACT, NOT_AFTER_SELF_WORD, NEW_TEXT_INTRO, NOT_SELF, NUMBERED_ACT, NUMBERED_LAW, SELF_WORDS, SHORT_NAMES, SUB_NUMERAL, PINYIN, PINYIN_GLOSS, alternation, endingKind, stateNamedAtEnd, titleWords, withPinyin, heldByName, NAMES_HOLDING_TERMS, ISSUING_NOTICE, APPLYING_TITLE, CITING_VERBS, QUALIFYING_VERBS, partParentTitle, TABLE_OLD_TEXT, TABLE_OLD_TEXT_END } from '../syntax/words';
import { DateValue, findDates } from './signing';
import { perModel } from './perModel';
import { foldedText, Article, ArticleShape, Item, ItemShape, Paragraph, ParagraphShape, Treaty, articleAt, articleNumbered, cleanTitle, findArticle, kindOf, kuanArticles, normalizeTitle, treatyText } from './treaty';
import { isWhiteSpaceCode } from '../syntax/text';
import type { TextLike } from '../syntax/text';
import { findForeignReferences } from './foreignReferences';
import { Run, eachRun, holding, runOfLines } from '../syntax/runs';
import { Lineage, lineageOf, markDerived } from './lineage';
import { Memo } from '../syntax/memo';

export interface ArticleTarget {
  num: number;
  sub?: number;
  /** 第Y款 (1-based); in the 条/项/款 convention, 第Y项. */
  paragraph?: number;
  /** 前两条, 前五条: the last of the articles named, `num` and `sub` the first. */
  lastArticle?: { num: number; sub?: number };
  /** 前两款, 前三款: the last of the paragraphs named, `paragraph` the first. */
  lastParagraph?: number;
  /** 前两项, 前三项: the last of the items named, `item` the first. */
  lastItem?: number;
  /** 第（Z）项 (1-based); in the 条/项/款 convention, (Z)款. */
  item?: number;
  /**
   * Written `第Z项` alone in a document whose convention is not known: item Z
   * (条/款/项) or else paragraph Z (条/项/款).
   */
  itemOrParagraph?: true;
}

export interface Citation {
  /** The span of `《…》` (or of the short form, or of the quoted title), brackets included. */
  start: number;
  end: number;
  /** The title as written, without brackets. */
  title: string;
  normalized: string;
  /** A date written right before the citation: `1993年10月18日《…》`, `2002年6月7日签署的《…》`. */
  date?: DateValue;
  /** Written as a short form, `中哈联合声明`. */
  short?: boolean;
  /** Written in quotation marks (`“…协定”`, older texts) instead of `《》`. */
  quoted?: true;
  /**
   * Named without brackets before an article (`香港特别行政区基本法第一条`, `刑法第五条`): the
   * words may hold more than the title, or less (`中华人民共和国` left out); matched by ending.
   */
  bare?: true;
}

/**
 * A citation. Every one is made here, all its fields set, in one order (those it lacks undefined):
 * one shape for all of them, which the functions reading citations by the thousand see alone —
 * citations of several shapes (a date, `quoted`, `bare` or `short` added to some) made them
 * deoptimize again and again.
 */
export function newCitation(start: number, end: number, title: string, normalized: string, date: DateValue | undefined, how?: 'short' | 'quoted' | 'bare'): Citation {
  return { start, end, title, normalized, date, short: how === 'short' ? true : undefined, quoted: how === 'quoted' ? true : undefined, bare: how === 'bare' ? true : undefined };
}

export type Reference = ArticleReference | { kind: 'citation'; start: number; end: number; citation: Citation } | SelfReference | { kind: 'term'; start: number; end: number; term: string; definition: number };

export interface ArticleReference {
      kind: 'article';
      start: number;
      end: number;
      /** The span that names the target article (`第十二条`), for rename-like edits and highlights. */
      labelStart: number;
      labelEnd: number;
      target: ArticleTarget;
      /** Undefined: this instrument. Otherwise the cited instrument. */
      citation?: Citation;
      /**
       * Written relative to the cursor's unit: 本条, 前条, 次条, 前款, 本款, 次款, 前两款 (`本条前两款` too), 前两条;
       * or to the article named before it on its line: 该条.
       */
      relative?: Relative;
      /** One end of a range `第十条至第十二条`. */
      range?: 'from' | 'to';
      /**
       * What it means is not certain — inside a quotation of another text, in a document
       * without articles, a unit in a convention the document does not show, another
       * instrument's numbered paragraph (`该宣言第五项`): never reported as an error.
       */
      uncertain?: true;
      /**
       * Another text's article, though no citation names it: in the words of another instrument quoted (or the
       * new text an amendment writes) without 本…, in an amendment, or named by the agreement a protocol is to
       * (`本协定第三条` in `…协定的议定书`). Uncertain too; resolved in no document (not in this one).
       */
      elsewhere?: true;
    }

export interface SelfReference {
  kind: 'self';
  start: number;
  end: number;
  /** In quoted text: another text's words. */
  uncertain?: true;
}

/**
 * An article reference, every field set, in one order (those it lacks undefined): one shape for
 * all of them, as citations have (`newCitation`); some with `citation`, `relative`, `range` or
 * `uncertain` and some without gave the readers of references many shapes, and deoptimizations.
 */
function articleRef(start: number, end: number, labelStart: number, labelEnd: number, target: ArticleTarget, citation: Citation | undefined, uncertain: boolean | undefined, relative?: Relative, range?: 'from' | 'to', elsewhere?: boolean): ArticleReference {
  return { kind: 'article', start, end, labelStart, labelEnd, target, citation, relative, range, uncertain: uncertain || elsewhere ? true : undefined, elsewhere: elsewhere ? true : undefined };
}

/** How a document names the units below an article: 条/款/项 (`kuan`) or 条/项/款 (`xiang`). */
export type Convention = 'kuan' | 'xiang';

/** Earthly branches number sub-units in UN and older texts: (子) (丑) (寅) … */
const BRANCHES = '子丑寅卯辰巳午未申酉戌亥';
const N = `[${NUMERAL_CHARS} ]`;
const SP = '[ \\t\\u3000]{0,2}';
/** A sub-unit label in brackets: `（三）`, `(c)`, `(寅)`. */
const BRACKETED = `[（(]${SP}(?:${N}{1,6}?|[a-z]|[${BRANCHES}])${SP}[）)]`;
/** One unit below an article: `第二款`, `第（三）项`, `(c)项`, `(寅)款`, `第二项`. */
const UNIT = `(?:第${SP}(?:${N}{1,6}?|${BRACKETED})|${BRACKETED})${SP}[款项]`;
/**
 * A number in brackets right after an article with no unit's word after it (`第六條（2）和第七條（2）`, the 1970 UNESCO convention's
 * Chinese text for Articles 6 (b) and 7 (b)): the article's numbered unit, its item of that number or, with no items, its
 * paragraph (`readUnits`, as 第Z项 of a text whose convention is not known). Digits only: a numeral in brackets after a label is
 * a caption's or a date's bracket as often (`第二十八條(經濟和技術合作)`), and 款 项 段 or 条 after the bracket make it another unit.
 */
const BARE_NUMBER = `[（(]${SP}[0-9０-９]{1,2}${SP}[）)](?!${SP}[款项段条條項])`;
/** `BARE_NUMBER` alone, as `readUnits` is given it: group 1 the number. */
const BARE_NUMBER_ALONE = /^[ \t\u3000]*[（(][ \t\u3000]*([0-9０-９]{1,2})[ \t\u3000]*[）)]$/;
/**
 * Up to two units: `第二款第（一）项`, `第一项(寅)款`, `第 1 款(c)项`; a paragraph named 段, as free trade agreements name
 * their articles' numbered paragraphs (`协定第27条第5段`, paragraph 五、 of article 27), first. The first may be a bracketed
 * number with no 第, as Macao's texts name an item (`第3/1999號法律第三條(六)項`) and some laws do (`第七条（三）项`). Or, with no word at
 * all, a bracketed number (`BARE_NUMBER`).
 */
const UNITS = `(${SP}(?:(?:第${SP}(?:${N}{1,6}?|${BRACKETED})|${BRACKETED})${SP}[款项段](?:${SP}${UNIT})?|${BARE_NUMBER}))?`;
/** A self-word with a character after it that makes it none (NOT_AFTER_SELF_WORD: 本约定, 本法院, 本章程序), for `selfPattern`. */
const NOT_AFTER_SELF = Object.entries(NOT_AFTER_SELF_WORD).map(([w, not]) => `(?!(?<=本${w})[${not}])`).join('');
/** Words that name this instrument: 本协议, 本条约 … (本条 alone is relative); UN model texts bracket the word (本《条约》). After 成 only where 成 ends a verb (完成本协定), not a noun's 成本 (制造成本法). */
const selfPattern = (words: string): string => `(?:(?<![${NOT_SELF}])|(?<=[${CHENG_VERBS}]成)(?<!(?:${alternation(CHENG_NOUNS)})成))本(?:${words}|《(?:${alternation(SELF_WORDS)})》)${NOT_AFTER_SELF}`;
/** (A converter's pinyin after a character of the word read as if it were not there, as `selfEnd` reads it: `本協(xié)定第十九條`.) */
const SELF = selfPattern(SELF_WORDS.map(withPinyin).join('|'));
/** The longest pinyin a converter writes after a character (PINYIN: brackets, six letters, a tone's digit). */
const PINYIN_LENGTH = 9;
/** What joins numbers that share one 条 (`第二、三条`, `第1和2條`, `第一至三条`): group 1 the word. */
const SHARED_JOIN = `${SP}(、|和|及|至|到)${SP}`;
const SHARED_JOINS = new RegExp(SHARED_JOIN, 'g');
/** A label opening with its number: a later one of several numbers sharing one 条 (`三条` of `第二、三条`). */
const NUMBER_FIRST = new RegExp(`^[${NUMERAL_CHARS}]`);
/**
 * What joins two of the numbers sharing one 条: a joiner (`第二、三条`), after the number's own 条 when no 第
 * follows (`第十九條和二十條`), or before the next number's own 第 (`第十至第十二条`, `第三、第四条`).
 */
const SHARED_STEP = `(?:${SP}条${SHARED_JOIN.replace('(', '(?:')}|${SHARED_JOIN.replace('(', '(?:')}(?:第${SP})?)`;
/** An article's number: a numeral, or chapter and article with a decimal point (`2.3`, `１．１`: numerals.ts DECIMAL_ARTICLE). */
const ARTICLE_NUMBER = `(?:[0-9０-９]{1,4}[.．][0-9０-９]{1,4}|${N}{1,12}?)`;
/**
 * An article's label after the words naming the text, if any (`nextArticleRef` reads those, `selfEnd`): `第十条`, `第二、三条`,
 * `第三条之一第二款第（一）项`, `第十条至第十二条`. Sticky: tried only where a match can start.
 */
const ARTICLE_LABEL = new RegExp(
  `${SP}第${SP}(${ARTICLE_NUMBER}(?:${SHARED_STEP}${ARTICLE_NUMBER}){0,30})${SP}条(?:${SP}之${SP}([${SUB_NUMERAL}]{1,3}))?${UNITS}` +
    `(?:${SP}(?:至|到|—|－|-)${SP}第${SP}(${ARTICLE_NUMBER})${SP}条)?`,
  'y',
);
/** How far before its first 第 an article reference starts at most: 本, the longest self-word in 《》 or glossed, two spaces. */
const ARTICLE_REF_REACH = 1 + Math.max(...SELF_WORDS.map((w) => w.length)) * (1 + PINYIN_LENGTH) + 2 + 2;

/** An article reference as written (`nextArticleRef`): where it starts in the string read, and its parts. */
interface ArticleMatch {
  index: number;
  /** All its words, `本协定第十条第二款`. */
  text: string;
  /** The words naming this text before the label (SELF: `本协定`, `本協(xié)定`, `本《条约》`), if any. */
  self: string | undefined;
  /** The number, or the numbers sharing one 条 (`二、三`, `十至第十二`). */
  numbers: string;
  /** The number after 之 (`第三条之一`). */
  sub: string | undefined;
  /** The units below the article (`第二款第（一）项`). */
  units: string | undefined;
  /** A range's last article (`第十条至第十二条`: 十二). */
  to: string | undefined;
}

/**
 * The first article reference in `s` starting at or after `from`, as a global search from `from` would find it with SELF
 * before ARTICLE_LABEL. A match opens with 本 (SELF), a space or 第, and holds a 第 at most ARTICLE_REF_REACH after its
 * start: only those places before each 第 are tried, in order (a global search tries the regex's lookbehinds at every
 * offset of the run: three times the time over LawRefBook/Laws); at a 本, the self-word is read by `selfEnd` and the label
 * matched after it (no other reading of the words after a 本 could be followed by a label: a self-word's characters are
 * neither white space nor 第).
 */
function nextArticleRef(s: string, from: number, cursor: BenCursor): ArticleMatch | null {
  let tried = from;
  // The next 本 not yet passed (-1: none left), searched for once for all the 第 it may stand before — and once for all the
  // calls of one run (`cursor`): a 本 an earlier call found at or after `from` is the first there still (no 本 lies between where
  // that search started, at or before `from`, and it), so only one `from` has passed is searched for again, from `from`.
  let ben = cursor.ben;
  if (ben >= 0 && ben < from) ben = s.indexOf('本', from);
  for (let d = s.indexOf('第', from); d >= 0; d = s.indexOf('第', d + 1)) {
    const lo = Math.max(tried, d - ARTICLE_REF_REACH);
    const near = Math.max(lo, d - 2);
    // Before the last two places, only a 本 may open a match (no other 第 stands between `tried` and this one, and white space
    // at most two before it): those alone are tried there, not every place.
    for (; ben >= 0 && ben < near; ben = s.indexOf('本', ben + 1)) {
      if (ben < lo) continue;
      const m = articleRefAt(s, ben, d);
      if (m) {
        cursor.ben = ben;
        return m;
      }
    }
    for (let i = near; i <= d; i++) {
      const m = articleRefAt(s, i, d);
      if (m) {
        cursor.ben = ben;
        return m;
      }
    }
    tried = d + 1;
  }
  return null;
}

/**
 * Where `nextArticleRef`'s search for 本 stands in one run (readArticleRefs keeps it from call to call): the first 本 at or after
 * where it last searched from, or -1 when none is left — from the start when the run holds none (`holdsBen`, readRun's
 * `charsOf`: the search stops at every U+67xx character, 条 权 机 来, 1.2 % of the references' samples over LawRefBook/Laws once).
 */
interface BenCursor {
  ben: number;
}

/**
 * The article reference starting at `i` of `s`, its label's 第 the first at or after `i`, at `d`: from 第; from 本 going on with a
 * self-word; from a space, a tab or an ideographic space at most two before the 第 (SP: a match opening with white space has
 * nothing else before its 第).
 */
function articleRefAt(s: string, i: number, d: number): ArticleMatch | null {
  const c = s.charCodeAt(i);
  let at = i;
  if (c === 0x672c /* 本 */) {
    if (!mayStartSelf(s, i) || (at = selfEnd(s, i)) < 0) return null;
  } else if (c !== 0x7b2c && !((c === 0x20 || c === 0x09 || c === 0x3000) && d - i <= 2)) return null;
  ARTICLE_LABEL.lastIndex = at;
  const m = ARTICLE_LABEL.exec(s);
  if (!m) return null;
  const self = at > i ? s.slice(i, at) : undefined;
  return { index: i, text: self ? self + m[0] : m[0], self, numbers: m[1], sub: m[2], units: m[3], to: m[4] };
}
/** One of the numbers sharing one 条 (`sharedNumbers`). */
interface SharedNumber {
  text: string;
  start: number;
  length: number;
  range?: 'from' | 'to';
  /** The last, a count after it (`第六三款`'s 三) left out of its label. */
  counted?: true;
}

/**
 * The numbers of `第二、三条` (`ArticleMatch.numbers` holding a joiner; `第十九条和二十条`, `第十至第十二条`), each
 * trimmed, its label (with its own 第 or 条) at its offset in `written`, and a range's end where 至 or 到 joins it
 * to the next or the last; undefined for one number.
 */
function sharedNumbers(written: string): SharedNumber[] | undefined {
  SHARED_JOINS.lastIndex = 0;
  let j = SHARED_JOINS.exec(written);
  if (!j) return undefined;
  const out: SharedNumber[] = [];
  let from = 0;
  let before: string | undefined;
  for (;;) {
    const end = j ? j.index : written.length;
    const raw = written.slice(from, end);
    // A number's own 第 before it or 条 after it (`第十至第十二条`, `第十九条和二十条`) is no part of the number, but of its label (from `start`, `length` long).
    const label = raw.trim();
    const text = label.replace(/^第[ \t\u3000]*/, '').replace(/[ \t\u3000]*条$/, '');
    const word = j?.[1];
    const range = word === '至' || word === '到' ? 'from' : before === '至' || before === '到' ? 'to' : undefined;
    out.push({ text, start: from + raw.indexOf(label), length: label.length, ...(range ? { range } : {}) });
    if (!j) {
      // A count after the list is no part of its last number (`第四、第五、第六三款`, `第一、第二两条`: numerals.ts countAfterList):
      // the last label is its number alone.
      const last = out[out.length - 1];
      const cut = countAfterList(out.map((o) => o.text), out.length === 2 && out[0].range === 'from');
      if (cut) {
        const text = last.text.slice(0, -cut).trimEnd();
        last.length -= last.text.length - text.length;
        last.text = text;
        last.counted = true;
      }
      return out;
    }
    before = word;
    from = j.index + j[0].length;
    j = SHARED_JOINS.exec(written);
  }
}

/** One unit, read: its number and its word. */
const ONE_UNIT = new RegExp(`(?:第${SP}(?:(${N}{1,6}?)|[（(]${SP}(${N}{1,6}?|[a-z]|[${BRANCHES}])${SP}[）)])|[（(]${SP}(${N}{1,6}?|[a-z]|[${BRANCHES}])${SP}[）)])${SP}([款项段])`, 'g');
/** Words right before an article naming this text with a kind the lexicon may not list: `本解释`, `本司法解释`. */
const OWN_NAMED = /本[\u4e00-\u9fff]{1,4}[ \t\u3000]*$/;
/** What joins two references to the same instrument: `第十条和第十一条`, `第三条、第五条`. */
const CONJUNCTION = /^[ \t\u3000]*(?:和|及|以及|或者?|与|、)[ \t\u3000]*$/;
/**
 * 本条, 前条, 次条, 前款, 本款, 次款, with the units they go on to name: `本条第一款第（三）项`, `前款第（五）项`,
 * `本条第一项`; 前两款, 前三款 … (the paragraphs right before), and either 前 word after 本条 (`本条前两款`);
 * 前两条, 前五条 … (the articles right before), 次两条 … (the articles right after); 上款 and 上条 as 前款 and 前条 (not `以上条件`, `以上款项`);
 * 前项, 本项, 前两项 (items, or in the 条/项/款 convention paragraphs: `relativeItem`).
 */
const RELATIVE = new RegExp(`((?:本条)?前[${FEW_CN}]?款|本条(?![约例])|前[${FEW_CN}]?条|次[${FEW_CN}]?条(?![约例件款])|(?<!以)上(?:款(?!项)|条(?![约例件文款]))|本款|次款(?!项)|前[${FEW_CN}]?项(?!目)|(?<![${NOT_SELF}])本项(?![目下]))${UNITS}`, 'g');
type Relative = '本条' | '前条' | '次条' | '前款' | '本款' | '次款' | '上款' | '上条' | '该条' | `前${string}款` | `前${string}条` | `次${string}条` | `前${string}项` | '本项';
/** Between an item reference and a bare item that shares its article and paragraph: `第（一）项至第（四）项`. */
const ITEM_JOIN = /^[ \t\u3000]{0,2}(?:至|到|、|和|或者|或|及|以及)[ \t\u3000]{0,2}$/;
/** What joins the numbers of units listed before one word (`第一、二款`, `第四、第五款`, `第一至三款`): a joiner, the next number's 第 or not. */
const UNIT_LIST_STEP = `${SP}(?:、|和|及|至|到)${SP}(?:第${SP})?`;
/**
 * Units of the enclosing article named alone: `第（三）项`, `第三项`, `第二项(子)款`, `第 1 款(c)项`; numbers listed before
 * one word (`第一、二款`, `第四、第五、第六款`, `第一至三款`, counted: `第一、二两款`), each its own unit (`listedUnits`);
 * bracketed labels so listed, the later ones with their 第 or without (`第(一)、(二)项`, `第（一）、第（二）、（四）项`: session 63),
 * counted too (`第（一）、（二）两项`: session 64).
 */
const UNIT_ONLY = new RegExp(`第${SP}(?:${N}{1,6}?(?:${UNIT_LIST_STEP}${N}{1,6}?){0,8}|${BRACKETED}|${BRACKETED}(?:${UNIT_LIST_STEP}${BRACKETED}){1,8}(?:${SP}[${LIST_COUNT_CHARS}])?)${SP}[款项](?:${SP}${UNIT})?`, 'g');
/** Kinds of instrument: a quoted title ends with one (`“…协定”`); before `第X条` one names another instrument. */
const KINDS = alternation(CITED_KINDS);
/**
 * A title in quotation marks (older texts; corner brackets in Taiwan's and Hong Kong's): `“中华人民共和国和…贸易协定”`, `「農業技術合作協定」`.
 * No sentence's punctuation in it, full-width or as a page's store writes it half-width (a manual's quoted closing formula
 * `“以上如蒙复函确认,本函和××的复函即作为××的一项协议”` is no title, with `，` or with `,`).
 */
const QUOTED_TITLE = new RegExp(`“([^“”「」《》\\n。；：，,;:]{2,80}?(?:${KINDS}))”|「([^“”「」《》\\n。；：，,;:]{2,80}?(?:${KINDS}))」`, 'g');
/**
 * Words right before `第X条` that name another instrument: `该公约`, `上述协定`, `其`, `宪章`,
 * `议定书`, `…法`, `附件一`; the kind followed by 中 or 内 (`…签订的贸易协定中第七条`). Group 1: the anaphor; 2: the kind named.
 */
const FOREIGN_BEFORE = new RegExp(`(?:(该|上述|前述|所述|此|其|这些|这|各该|原)[ \\t\\u3000]{0,2})?(?:(${KINDS}|${alternation(CITED_LAW_KINDS)}|(?<=[^本\\s]|[${NOT_SELF}]本)法|附件[${SUB_NUMERAL}]{0,3}|附录[${SUB_NUMERAL}]{0,3}|[之的](?:${alternation(TABLE_WORDS)}))(?:[ \\t\\u3000]{0,2}(?:中的|中|内))?)?[ \\t\\u3000]{0,2}$`);
/**
 * 约 named by who concluded it, 所, a verb of concluding and 之 (`光緒三十年七月二十八日,英藏所立之約第九款`, the 1906 Anglo-Chinese
 * convention naming the Lhasa convention's article 9): another instrument, as 该约 is; this one names itself 本约, 此约, 现立之约.
 */
const CONCLUDED_BY = '所[ \\t\\u3000]*(?:签订|订立|缔结|议定|订|立|定)之约';
/**
 * A note named before an article, 之 or nothing between (`…俄中兩國交換照會之第二條`, the 1915 Kyakhta agreement naming the 1913
 * notes' article 2): another instrument's — 照会 is no kind a citation is read by (a single note), and no text calls its own
 * articles so but `本照会`, `此照会`.
 */
const NOTE_NAMED = '(?<![本此])照会之?';
/**
 * Another instrument named by its date or as the former one, before `第X款`/`第X条`: `1996年4月26日协定`,
 * `光绪二十六年十一月初一日条款内`, `二〇〇一年七月十六日签订的条约中`, `原约`, `前约` — even of this one's kind,
 * and with no title that could tell which (`原公约` after a citation is that convention: FOREIGN_BEFORE's anaphors); so is
 * the one an older treaty names as "that treaty", `该约第二款`, `各该约` (约 is no kind a citation is read by; `此约` is this one).
 */
const DATED_OR_FORMER = new RegExp(`(?:[日年](?:[ \\t\\u3000]*(?:所|在[^，。；]{1,12}?)?(?:签订|签署|订立|缔结|签字|订)的?)?[ \\t\\u3000]*(?:${KINDS}|条款)|(?:原|前|该)约|${CONCLUDED_BY}|${NOTE_NAMED})(?:内|中)?[ \\t\\u3000]{0,2}$`);
/**
 * The clause an older treaty opens inside another instrument it names by what was concluded, not by a kind of instrument:
 * 所 and a verb of concluding, the thing's name, 内 or 中 and a comma (`前在大西洋國京都理斯波阿所訂預立節略内,大西洋國永居、管理澳門之
 * 第二款,大清國仍允無異`: the 1887 Sino-Portuguese treaty confirming the Lisbon protocol's article 2, its 節略 no kind the lexicon
 * reads, Taiwan's word for a note verbale too). A bare unit after it in its sentence is that instrument's (`concludedWithin`). Not
 * units (`所订各款内`) nor what this text concluded (`本约所订…内`: checked before 所).
 */
const CONCLUDED_WITHIN = /所[ \t\u3000]*(?:签订|订立|缔结|签署|签定|议定|订|立)[之的]?[\u4e00-\u9fff]{2,12}?(?<![条款项章节])(?:内|中)[，,]/;
/**
 * The self-words by the code of their first character, each list in SELF_WORDS' order (longest first): what `selfEnd` tries
 * after a 本, as SELF's alternation tries them.
 */
const SELF_WORDS_BY_FIRST = new Map<number, string[]>();
for (const w of SELF_WORDS) {
  const list = SELF_WORDS_BY_FIRST.get(w.charCodeAt(0));
  if (list) list.push(w);
  else SELF_WORDS_BY_FIRST.set(w.charCodeAt(0), [w]);
}
const NOT_SELF_BEFORE = new Uint8Array(0x10000);
for (let i = 0; i < NOT_SELF.length; i++) NOT_SELF_BEFORE[NOT_SELF.charCodeAt(i)] = 1;
const CHENG_VERB = new Uint8Array(0x10000);
for (let i = 0; i < CHENG_VERBS.length; i++) CHENG_VERB[CHENG_VERBS.charCodeAt(i)] = 1;
/** A converter's pinyin at one offset (sticky): tried only where a bracket follows a character of a self-word. */
const PINYIN_AT = new RegExp(PINYIN, 'y');

/** Where `word` read at `j` of `s` ends, a converter's pinyin after any of its characters (`協(xié)定`: `withPinyin`); -1 where it is not there. */
function glossedWordEnd(s: string, j: number, word: string): number {
  for (let k = 0; k < word.length; k++) {
    if (s.charCodeAt(j) !== word.charCodeAt(k)) return -1;
    j++;
    const c = s.charCodeAt(j);
    if (c === 0x28 || c === 0xff08) {
      PINYIN_AT.lastIndex = j;
      if (PINYIN_AT.test(s)) j = PINYIN_AT.lastIndex;
    }
  }
  return j;
}

/**
 * Where the self-reference (SELF) at `i`, a 本 of `s`, ends, or -1: what SELF matched there, read by the characters' codes
 * (the alternation of every self-word with a gloss allowed after each character, tried at each 本, was the costliest
 * pattern of the reading). Not after a character that makes a word with 本 (NOT_SELF: 基本法, 日本), but after 成 ending a
 * verb (完成本协定, not 制造成本); the first self-word in SELF_WORDS' order standing after the 本, or one in 《》 (`本《条约》`);
 * nor a word NOT_AFTER_SELF_WORD passes over (本约定, 本法院, 本章程序: 本章 and its 程序).
 */
export function selfEnd(s: string, i: number): number {
  if (i > 0) {
    const b = s.charCodeAt(i - 1);
    if (NOT_SELF_BEFORE[b] === 1 && !(b === 0x6210 /* 成 */ && i >= 2 && CHENG_VERB[s.charCodeAt(i - 2)] === 1 && !(i >= 3 && CHENG_NOUNS.includes(s.slice(i - 3, i - 1))))) return -1;
  }
  const c = s.charCodeAt(i + 1);
  if (c === 0x300a /* 《 */) {
    for (const w of SELF_WORDS) if (s.startsWith(w, i + 2) && s.charCodeAt(i + 2 + w.length) === 0x300b /* 》 */) return i + 3 + w.length;
    return -1;
  }
  const words = SELF_WORDS_BY_FIRST.get(c);
  if (!words) return -1;
  for (const w of words) {
    const end = glossedWordEnd(s, i + 1, w);
    if (end < 0) continue;
    // (No gloss between the word and what follows it: `本约(yuē)定` is a self-reference.)
    const not = NOT_AFTER_SELF_WORD[w];
    if (not !== undefined && end === i + 1 + w.length && end < s.length && not.includes(s[end])) continue;
    return end;
  }
  return -1;
}

/**
 * The kind a self-word (a SELF match) names: `本协定` → 协定, `本《条约》` → 条约, `本協(xié)定` → 協定. (《》 stand only
 * right after 本 and at the end, around a self-word alone: cut off, not replaced by a pattern at every match.)
 */
function selfKind(word: string): string {
  word = word.charCodeAt(1) === 0x300a /* 《 */ ? word.slice(2, -1) : word.slice(1);
  return word.length > 3 && word.indexOf('(') >= 0 ? word.replace(PINYIN_GLOSS, '') : word;
}

/**
 * Whether a self-reference (SELF) may start at `i`, a 本 of `s`: what stands right after it is the first character of a
 * self-word, or 《 (`本《条约》`). A 本 followed by another (本市, 本级, 本款, 本人: most of a law's) starts none, told by
 * the character's code without the pattern.
 */
function mayStartSelf(s: string, i: number): boolean {
  const c = s.charCodeAt(i + 1);
  return SELF_WORD_FIRST[c] === 1 || c === 0x300a; /* 《 */
}

/** A self-reference found: where it starts in the string read, and its words (`本协定`, `本協(xié)定`, `本《条约》`). */
interface SelfFound {
  index: number;
  word: string;
}

/** The first self-reference in `s` at or after `from` (as a global search from `from` finds it: each starts with 本), or null. */
function nextSelf(s: string, from: number): SelfFound | null {
  for (let i = s.indexOf('本', from); i >= 0; i = s.indexOf('本', i + 1)) {
    if (!mayStartSelf(s, i)) continue;
    const end = selfEnd(s, i);
    if (end >= 0) return { index: i, word: s.slice(i, end) };
  }
  return null;
}
/** A character every citation (《 〈 “), short form (联合…), article reference (第), relative reference (本 前 次 上) and self-reference (本) holds. */
// The characters a run's reading asks about, each its bit: one walk over the run (`charsOf`) tells
// which it holds, instead of a search a character (C_NAMING's, then 条, 款, 项, 本 …, the quotation
// marks, the brackets of a title: a dozen searches of every run that names something).
const C_DI = 1 << 0; // 第
const C_BEN = 1 << 1; // 本
const C_QIAN = 1 << 2; // 前
const C_CI = 1 << 3; // 次
const C_SHANG = 1 << 4; // 上
const C_TIAO = 1 << 5; // 条
const C_KUAN = 1 << 6; // 款
const C_XIANG = 1 << 7; // 项
const C_GAI = 1 << 8; // 该
const C_TITLE = 1 << 9; // 《
const C_INNER_TITLE = 1 << 10; // 〈
const C_QUOTE = 1 << 11; // “
const C_CORNER = 1 << 12; // 「
const C_DOUBLE_CORNER = 1 << 13; // 『
const C_JOINT = 1 << 14; // the first character of a joint kind (联)
const C_POINT = 1 << 15; // 段, 点 (a point's unit words: `第三段`, `第五点`)
const C_GAI_REPLACE = 1 << 16; // 改 (of 改为: a table of amendments' old text, `tableOldTexts`; its search of every naming run was 0.65 % of the references' CPU over LawRefBook/Laws)
/** What every citation, article reference and self-reference holds: 第 本 前 次 上, 《 〈 “, the 联 of a joint kind. */
const C_NAMING = C_DI | C_BEN | C_QIAN | C_CI | C_SHANG | C_TITLE | C_INNER_TITLE | C_QUOTE | C_JOINT;
// (32 bits a character: the 16 of a Uint16Array are all taken.)
const CHAR_BITS = new Int32Array(0x10000);
for (const [chars, bit] of [['第', C_DI], ['本', C_BEN], ['前', C_QIAN], ['次', C_CI], ['上', C_SHANG], ['条', C_TIAO], ['款', C_KUAN], ['项', C_XIANG], ['该', C_GAI], ['《', C_TITLE], ['〈', C_INNER_TITLE], ['“', C_QUOTE], ['「', C_CORNER], ['『', C_DOUBLE_CORNER], [JOINT_KINDS.map((k) => k[0]).join(''), C_JOINT], ['段点', C_POINT], ['改', C_GAI_REPLACE]] as const) {
  for (let i = 0; i < chars.length; i++) CHAR_BITS[chars.charCodeAt(i)] |= bit;
}

/**
 * Bits 17–30, the first characters of the terms a text's units are read for (`Scan.sought`): term `t`'s bit is
 * `C_TERM << (t % TERM_BITS)`, set in CHAR_BITS at its first character (its first code unit) while a unit is read
 * (`scanUnit`, cleared in its `finally`), so that `charsOf`'s walk, made anyway, tells which terms' first characters a run
 * holds and `readTerms` searches only for those. Over LawRefBook/Laws readTerms was asked 253,781 runs a pass, 652,784
 * searches, and 37 % of those runs held no term's first character; over the 5,000 generated treaties 63 % of 484,544.
 * Only one reading marks at a time (`termsMarked`): one started inside another (none does now) searches for every term.
 */
const C_TERM = 1 << 17;
const TERM_BITS = 14;
const C_TERMS = 0x7ffe0000;
let termsMarked = false;

/** Marks the first characters of `sought` in CHAR_BITS, term `t` with `bits[t]` (C_TERMS). */
function markTerms(sought: readonly string[], bits: Int32Array): void {
  for (let t = 0; t < sought.length; t++) CHAR_BITS[sought[t].charCodeAt(0)] |= bits[t];
}

/** Clears what `markTerms` set. */
function unmarkTerms(sought: readonly string[]): void {
  for (let t = 0; t < sought.length; t++) CHAR_BITS[sought[t].charCodeAt(0)] &= ~C_TERMS;
}

/** The bits (C_…) of the characters `s` holds, from `from` to `to`. */
function charsOf(s: string, from = 0, to = s.length): number {
  let bits = 0;
  for (let i = from; i < to; i++) bits |= CHAR_BITS[s.charCodeAt(i)];
  return bits;
}
/** Short forms of joint statements and communiqués: 中哈联合声明, 中哈建交联合公报. */
const SHORT_FORM = new RegExp(`([${Object.keys(SHORT_NAMES).join('')}]{2,6})(建交)?(${alternation(JOINT_KINDS)})`, 'g');


/** `中哈联合声明` → `中华人民共和国和哈萨克斯坦共和国联合声明`. */
export function expandShortForm(parties: string, kind: string, establishing = false): string {
  const names = [...parties].map((c) => SHORT_NAMES[c] ?? c);
  return `${names.join('和')}${establishing ? '建交' : ''}${kind}`;
}

/** `中英联合声明` → the parties' names (中华人民共和国, 大不列颠及北爱尔兰联合王国) and the kind (联合声明). */
export function shortFormParts(title: string): { names: string[]; kind: string } | undefined {
  const m = new RegExp(`^${SHORT_FORM.source}$`).exec(foldScript(title));
  return m ? { names: [...m[1]].map((c) => SHORT_NAMES[c] ?? c), kind: m[3] } : undefined;
}

// The text folded once per model (model/treaty.ts, where the definitions read it too).
export { foldedText };
const references = perModel((treaty: Treaty) => (treaty.language !== 'zh' ? findForeignReferences(treaty) : findReferences(treaty)));
const conventions = perModel((treaty: Treaty) => (treaty.language !== 'zh' ? readConvention(treaty, foldedText(treaty)) : unitsOf(treaty).convention));

/** Every reference in the treaty, in text order. */
export function referencesOf(treaty: Treaty): Reference[] {
  return references(treaty);
}

/**
 * The normalized titles of the instruments the treaty cites, first citation first, each once: what
 * the workspace index keeps of a document (model/info.ts). Read from the references when they were
 * read; else, in a Chinese text, by the same walk over the same units and runs as they are read
 * with (`scanUnit`), looking only for citations (`《…》`, quoted titles, short forms), which depend on
 * no other reference: an index of thousands of files reads no article references, terms or
 * relative references it never keeps.
 */
export function citedTitles(treaty: Treaty): string[] {
  const cites = new Set<string>();
  if (treaty.language !== 'zh' || unitCache.has(treaty)) {
    for (const r of referencesOf(treaty)) if (r.kind === 'citation') cites.add(r.citation.normalized);
    return [...cites];
  }
  const lines = treaty.tree.lines;
  if (!lines.length) return [];
  // The text is not folded whole for this walk (a law of a megabyte is mostly runs that cite nothing):
  // only the runs wanted are, as they are cut out (`FoldedAsRead`), found by the marks their text holds
  // as written (`CITATION_MARKS_WRITTEN`: what folds to a mark, and the marks).
  const folded = new FoldedAsRead(treaty.text);
  // The terms only where a quoted title is met (`Terms`).
  const terms = treaty;
  const starts = unitStarts(treaty);
  // Only the runs holding what every citation holds are cut out of the text.
  const wanted = holding(treaty.text, CITATION_MARKS_WRITTEN);
  const read = readerOf(treaty);
  // Short names in 《》 (`（以下簡稱《安排》）`) are the instrument they stand for, as the full reading has them (`shortNames`).
  const aliases = new Map<string, Citation>();
  const unit = newUnit(0, 0);
  for (let k = 0; k < starts.length; k++) {
    eachRun(folded, lines, read, (p) => {
      const found = runCitations(p, terms);
      if (found.length > 0) {
        formerTitles(p.text, p, found);
        shortNames(p.text, p, found, aliases, unit);
      }
      for (const c of found) cites.add(c.normalized);
    }, wanted, { from: starts[k], to: starts[k + 1] ?? lines.length });
  }
  return [...cites];
}

/** The bracket a short name's definition opens, a bracketed remark perhaps before it (`（…通过，…施行）（`). */
const SHORT_NAME_OPEN = '^[ \\t\\u3000]*(?:[（(][^（）()《》]{1,80}[）)][ \\t\\u3000]*)?[（(][ \\t\\u3000]*';
/**
 * `（以下简称《安排》）` right after a citation, up to the short name's 《: the words that define it; the document's
 * number may come first (`《…的解释》（法释〔2008〕5号，以下简称《解释》）`), and a bracketed remark before the bracket
 * (`《…的决定》（2012年8月31日…通过，2013年1月1日起施行）（以下简称《决定》）`). Several titles may be named at once,
 * each by its short name in the order written (`《中华人民共和国森林法》《中华人民共和国森林法实施条例》（以下简称《森林法》
 * 《森林法实施条例》）`, `（以下分别简称…）`). `原称`/`原名` gives the title the instrument had before (`《A》（原称《B》）`).
 */
const SHORT_NAME_INTRO = new RegExp(`${SHORT_NAME_OPEN}(?:[^（）()，,。；《》]{1,30}号[ \\t\\u3000]*[，,][ \\t\\u3000]*(?=以下|下文|下称|统称|合称|简称|称))?(?:(?:(?:以下|下文)?(?:分别)?(?:合并|一并|统一)?(?:简称|称)|下称|统称|合称|原称|原名)[ \\t\\u3000]*(?:为)?[ \\t\\u3000]*)?$`);
/** A bracket opened with no word after it before the short name (a remark's bracket may come first). */
const BARE_BRACKET = new RegExp(`${SHORT_NAME_OPEN}$`);
/** After the short name: the bracket closes, perhaps after `，下同` (`（以下简称《安排》，下同）`). */
const SHORT_NAME_CLOSE = /^[ \t\u3000]*(?:[，,][ \t\u3000]*下同[ \t\u3000]*)?[）)]/;
/** Between two titles of a list, or two short names of a list (`《森林法》《森林法实施条例》`, `《药品管理法》、《海关法》`). */
const LIST_JOIN = /^[ \t\u3000]*(?:[、和及与]|以及)?[ \t\u3000]*$/;
/**
 * Before a title in a bracket after the text's own name for itself: the text's former title (`本法（原称《中国人民解放军现役
 * 军官服役条例》）`), no other instrument's.
 */
const FORMER_TITLE = new RegExp(`本(?:${alternation(SELF_WORDS)})[ \\t\\u3000]*[（(][ \\t\\u3000]*(?:原称|原名)[ \\t\\u3000]*(?:为)?[ \\t\\u3000]*$`);

/**
 * Short names in 《》 (`《最高人民法院关于…的安排》（以下简称《安排》）`, then `《安排》第十一条`):
 * the name in the parenthetical defines it, and is no citation of its own; each later 《安排》 is
 * the cited instrument, at its own place. Known from the line that defines it on (`aliases`, keyed
 * by the name with its brackets, as written folded).
 */
function shortNames(s: string, p: Run, citations: Citation[], aliases: Map<string, Citation>, unit: Unit): void {
  for (let i = 0; i < citations.length; i++) {
    const c = citations[i];
    // The next citation after this one, past those inside it (`《关于修改〈…〉的决定》`).
    let j = i + 1;
    while (j < citations.length && citations[j].start < c.end) j++;
    const d = citations[j];
    // (With no word between the bracket and the name, `《跨太平洋伙伴关系协定》(《TPP协定》)` as translations write the short name, only
    // a shorter title: a bracket holding a longer one names another instrument, or the same one whole. The lengths as read: a page's
    // number between a PDF's lines inside the short name, `(《T` / `第7页 共10页` / `RIPS協定》)`, is no part of it.)
    const intro = d && !c.short && d.start > c.end ? s.slice(p.back(c.end), p.back(d.start)) : undefined;
    if (d && intro !== undefined && SHORT_NAME_INTRO.test(intro)) {
      if ((!BARE_BRACKET.test(intro) || p.back(d.end) - p.back(d.start) < p.back(c.end) - p.back(c.start)) && SHORT_NAME_CLOSE.test(s.slice(p.back(d.end)))) {
        const name = aliasKey(s.slice(p.back(d.start), p.back(d.end)));
        aliases.set(name, c);
        (unit.aliases = own(unit.aliases)).push([name, c]);
        citations.splice(j, 1);
        continue;
      }
      const m = !BARE_BRACKET.test(intro) && j === i + 1 ? listedShortNames(s, p, citations, i) : 0;
      if (m > 1) {
        // Each short name of the list is the title in its place in the list before (`《A》《B》（以下简称《a》《b》）`).
        for (let k = 0; k < m; k++) {
          const name = aliasKey(s.slice(p.back(citations[i + 1 + k].start), p.back(citations[i + 1 + k].end)));
          aliases.set(name, citations[i - m + 1 + k]);
          (unit.aliases = own(unit.aliases)).push([name, citations[i - m + 1 + k]]);
        }
        citations.splice(i + 1, m);
        continue;
      }
    }
    if (aliases.size === 0) continue;
    const a = aliases.get(aliasKey(s.slice(p.back(c.start), p.back(c.end))));
    if (a && a !== c) citations[i] = newCitation(c.start, c.end, a.title, a.normalized, undefined);
  }
}

/**
 * How many short names a list in the bracket after the title at `i` gives (`（以下简称《森林法》《森林法实施条例》）`), when a list
 * of as many titles ends at `i`, each longer than its short name: else 0.
 */
function listedShortNames(s: string, p: Run, citations: Citation[], i: number): number {
  const joined = (a: Citation, b: Citation): boolean => b.start > a.end ? LIST_JOIN.test(s.slice(p.back(a.end), p.back(b.start))) : b.start === a.end;
  let m = 1;
  while (i + m + 1 < citations.length && joined(citations[i + m], citations[i + m + 1])) {
    m++;
    if (!SHORT_NAME_CLOSE.test(s.slice(p.back(citations[i + m].end)))) continue;
    if (i - m + 1 < 0) return 0;
    for (let k = 0; k < m; k++) {
      const title = citations[i - m + 1 + k];
      const name = citations[i + 1 + k];
      if (title.short || name.end - name.start >= title.end - title.start) return 0;
      if (k > 0 && !joined(citations[i - m + k], title)) return 0;
    }
    return m;
  }
  return 0;
}

/**
 * The citations on a run that name the text itself by its former title (`本法（原称《…》）`), taken out of `citations`:
 * no other instrument.
 */
function formerTitles(s: string, p: Run, citations: Citation[]): Citation[] | undefined {
  let out: Citation[] | undefined;
  for (let i = 0; i < citations.length; i++) {
    const c = citations[i];
    const at = p.back(c.start);
    if (!FORMER_TITLE.test(s.slice(Math.max(0, at - 16), at)) || !/^[ \t\u3000]*[）)]/.test(s.slice(p.back(c.end)))) continue;
    (out ??= []).push(c);
    citations.splice(i--, 1);
  }
  return out;
}

/** A short name's key: as written folded, full-width forms as half-width (`《条例（草案）》` is `《条例(草案)》`). */
function aliasKey(name: string): string {
  return halfWidthForms(name);
}

/** Characters every citation's run holds: brackets of a title (`citationsIn`), quotes of a quoted one, the first character of a joint kind (a short form). */
const CITATION_MARKS = `《〈“「${[...new Set(JOINT_KINDS.map((k) => k[0]))].join('')}`;
/** The characters that are CITATION_MARKS once folded (`foldCode`): the marks, and the traditional forms that fold to one (聯). */
const CITATION_MARKS_WRITTEN = (() => {
  let out = '';
  for (let c = 0; c < 0x10000; c++) if (CITATION_MARKS.includes(String.fromCharCode(foldCode(c)))) out += String.fromCharCode(c);
  return out;
})();

/**
 * A text read as folded (`foldScript`: same length, same offsets) where it is read, and only there: a
 * slice is folded as it is cut, a character as it is read. What the runs of `citedTitles` are cut from
 * (its `holding` filter reads the text as written, with `CITATION_MARKS_WRITTEN`: `indexOf`, which folds all
 * the text after `from`, is not read there).
 */
class FoldedAsRead implements TextLike {
  constructor(private readonly text: string) {}
  get length(): number {
    return this.text.length;
  }
  charCodeAt(index: number): number {
    return foldCode(this.text.charCodeAt(index));
  }
  slice(start?: number, end?: number): string {
    return foldScript(this.text.slice(start, end));
  }
  indexOf(search: string, from = 0): number {
    const start = Math.min(Math.max(0, from), this.text.length);
    const at = foldScript(this.text.slice(start)).indexOf(search);
    return at < 0 ? at : at + start;
  }
}

/** The citations of a run, in text order: `《…》` and quoted titles (`citationsIn`), and short forms of joint instruments. */
function runCitations(p: Run, terms: Terms): Citation[] {
  const s = p.text;
  if (s.length > 20000) return [];
  const chars = charsOf(s);
  return chars & C_NAMING ? citationsOfRun(p, s, terms, chars) : [];
}

/**
 * The defined terms a run's citations are read with (a term in quotes is no quoted title), or the
 * model whose terms they are: read only when a quoted title is met (`citedTitles` reads no
 * definitions of a text that quotes none: most laws).
 */
type Terms = Treaty['definitions'] | Treaty;

function termsOf(terms: Terms): Treaty['definitions'] {
  return 'definitions' in terms ? terms.definitions : terms;
}

/** No citations (shared: never written to; not frozen, an array of the kind the others are). */
const NO_CITATIONS: Citation[] = [];

/**
 * Whether `s` holds a joint kind (JOINT_KINDS: `联合声明`): read at each character that starts one (联), not by a search of the
 * run a kind (most runs holding 联 name a federation, 联邦, or the United Nations, 联合国).
 */
function holdsJointKind(s: string): boolean {
  for (let f = 0; f < JOINT_FIRSTS.length; f++) {
    for (let i = s.indexOf(JOINT_FIRSTS[f]); i >= 0; i = s.indexOf(JOINT_FIRSTS[f], i + 1)) {
      for (let k = 0; k < JOINT_KINDS.length; k++) if (s.startsWith(JOINT_KINDS[k], i)) return true;
    }
  }
  return false;
}
/** The characters the joint kinds start with, each once. */
const JOINT_FIRSTS = [...new Set(JOINT_KINDS.map((k) => k[0]))];

/** runCitations of a run `s` that holds a C_NAMING character (`chars`: charsOf(s)); NO_CITATIONS when it cites nothing. */
function citationsOfRun(p: Run, s: string, terms: Terms, chars: number): Citation[] {
  // The pattern opens with a class of many characters: looked for only where a joint kind is named.
  const joint = (chars & C_JOINT) !== 0 && holdsJointKind(s);
  // No title brackets, quotation marks or joint kind (most runs that name something name an article): none, and nothing made.
  if (!joint && (chars & (C_TITLE | C_INNER_TITLE | C_QUOTE | C_CORNER)) === 0) return NO_CITATIONS;
  const citations = citationsIn(s, p, terms, chars);
  SHORT_FORM.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (joint && (m = SHORT_FORM.exec(s))) {
    if (insideAny(p.at(m.index), citations)) continue;
    const full = expandShortForm(m[1], m[3], !!m[2]);
    citations.push(newCitation(p.at(m.index), p.end(m.index + m[0].length), m[0], normalizeTitle(full), dateBefore(s, m.index, p), 'short'));
  }
  return byStart(citations);
}

/**
 * The convention the document names units in, read off its own references: units written
 * 项 then 款 (`第一项(寅)款`) or 款 then 项; `第X条第Y项` where article X has numbered
 * paragraphs and no items (项 = paragraph) or has items (项 = item). Undefined when the
 * document does not show one.
 */
export function conventionOf(treaty: Treaty): Convention | undefined {
  const c = conventions(treaty);
  return c === 'unknown' ? undefined : c;
}

const XIANG_ORDER = new RegExp(`第${SP}${N}{1,6}?${SP}项${SP}(?:第${SP})?(?:${N}{1,6}?|${BRACKETED})${SP}款`, 'g');
const KUAN_ORDER = new RegExp(`第${SP}${N}{1,6}?${SP}款${SP}(?:第${SP})?(?:${N}{1,6}?|${BRACKETED})${SP}项`, 'g');
/**
 * The items of a paragraph named together: `第一项各款`, `前项各款` (条/项/款: Taiwan's laws, `前條第一項各款`) or
 * `第一款各项`, `前款各项` (条/款/项).
 */
const XIANG_EACH = new RegExp(`(?:第${SP}${N}{1,6}?${SP}|[前本])项${SP}各${SP}款`, 'g');
const KUAN_EACH = new RegExp(`(?:第${SP}${N}{1,6}?${SP}|[前本])款${SP}各${SP}项`, 'g');
/**
 * `第X条第Y项` or `第X条第Y款` with no unit after it (group 4 the word), read against article X (`articleXiangEvidence`); Y
 * in brackets before 项 too (`本條第(一)項`, an older treaty of the Republic of China numbering its paragraphs `(一)`).
 */
const ARTICLE_XIANG = new RegExp(`(?:第${SP}(${N}{1,12}?)${SP}条|(本条))${SP}第${SP}(${N}{1,6}?|${BRACKETED})${SP}([项款])(?!${SP}(?:第|[（(]))`, 'g');

function readConvention(treaty: Treaty, text: string): Convention | 'unknown' {
  if (text.length > 4_000_000 || (!text.includes('项') && !text.includes('款'))) return 'unknown';
  let xiang = 0;
  let kuan = 0;
  xiang += 2 * count(XIANG_ORDER, text);
  kuan += 2 * count(KUAN_ORDER, text);
  // (The units named together, 各, looked for only where the text writes 各 at all.)
  if (text.includes('各')) {
    xiang += 2 * count(XIANG_EACH, text);
    kuan += 2 * count(KUAN_EACH, text);
  }
  ARTICLE_XIANG.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ARTICLE_XIANG.exec(text))) {
    const a = m[2] ? articleAt(treaty, m.index) : findArticleOf(treaty, m[1]);
    const y = xiangNumber(m[3], m[4]);
    if (!a || y === undefined) continue;
    const e = articleXiangEvidence(a, y, m[4], !!m[2]);
    if (e < 0) kuan++;
    else if (e > 0) xiang++;
  }
  return xiang > kuan ? 'xiang' : kuan > xiang ? 'kuan' : 'unknown';
}

/**
 * What `第X条第Y项` says of the convention, read against article X: 条/款/项 (-1) when the article's first
 * paragraph has Y items (the item it names: a text of 条/款/项 names an item of a later paragraph with its 款);
 * 条/项/款 (1) when the article has no items and Y paragraphs, numbered (a UN text's `1.`); else nothing (0:
 * unnumbered paragraphs say nothing, as a text of 条/款/项 may name a unit so wrongly; nor do items of a later
 * paragraph only, Taiwan's `第二十四條第一項` naming the first of three paragraphs, the second holding items).
 * `第X條第Y款` (`word` 款) says 條/項/款 (1) when the article has one paragraph, which lists Y items: its 款 can only be
 * an item (Taiwan's `第一百十一條第六款`, article 111 a lead and its seven items); else nothing (a text of 条/款/项
 * naming a paragraph says nothing another reading would not). Not `本条第Y款` (`self`): in an item of a list whose lead
 * names another article (`违反本条例第十九条规定，有下列行为之一的：（二）违反本条第二款…`) a mainland law's 本条 is
 * that article, and its 款 a paragraph of it.
 */
function articleXiangEvidence(a: Article, y: number, word: string, self: boolean): number {
  if (word === '款') return !self && a.paragraphs.length === 1 && a.paragraphs[0].items.length >= y && y > 1 ? 1 : 0;
  if (a.paragraphs.some((p) => p.items.length > 0)) return (a.paragraphs[0]?.items.length ?? 0) >= y ? -1 : 0;
  return a.paragraphs.length >= y && a.paragraphs.some((p) => p.num !== undefined) ? 1 : 0;
}

/**
 * The Y of an `ARTICLE_XIANG` match: its numeral, or the number in its brackets before 项 (`本條第(一)項`); a bracketed
 * number before 款 tells nothing there (`第(寅)款` is read with a 项 before it, `第一项(寅)款`).
 */
function xiangNumber(written: string, word: string): number | undefined {
  if (written.charCodeAt(0) !== 0xff08 && written[0] !== '(') return parseNumeral(written);
  return word === '项' ? unitNumber(written.replace(/[（()）\s\u3000]/g, '')) : undefined;
}

function findArticleOf(treaty: Treaty, written: string): Article | undefined {
  const n = parseNumeral(written);
  return n === undefined ? undefined : findArticle(treaty, n);
}

function count(re: RegExp, s: string, counts: (a: number, b: number) => boolean = () => true): number {
  re.lastIndex = 0;
  let n = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) if (counts(m.index, m.index + m[0].length)) n++;
  return n;
}

/** Reads the units written after an article (or alone) into a target, in the document's convention. */
function readUnits(written: string | undefined, convention: Convention | undefined, target: ArticleTarget): { uncertain?: true } {
  if (!written) return {};
  const units: { num: number; bracketed: boolean; word: string }[] = [];
  ONE_UNIT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ONE_UNIT.exec(written)) && units.length < 2) {
    const raw = m[1] ?? m[2] ?? m[3];
    const num = unitNumber(raw);
    if (num === undefined) return { uncertain: true };
    units.push({ num, bracketed: m[1] === undefined, word: m[4] });
  }
  const [a, b] = units;
  if (!a) {
    // A bracketed number with no word (`第六條（2）`): the article's item of that number, or its paragraph (`BARE_NUMBER`).
    const bare = BARE_NUMBER_ALONE.exec(written);
    if (bare) {
      target.item = Number(halfWidthDigits(bare[1]));
      target.itemOrParagraph = true;
    }
    return {};
  }
  if (b && a.word !== b.word) {
    // Both words written: their order says the convention (款 then 项, or 项 then 款).
    target.paragraph = a.num;
    target.item = b.num;
    return {};
  }
  // 段 alone is a paragraph in either convention (with an item after it, read above: `第5段第（一）项`).
  if (a.word === '段') {
    target.paragraph = a.num;
    return {};
  }
  if (a.word === '款') {
    // In a 条/项/款 document (Taiwan's laws, UN and older texts) 第Y款 alone names item Y of a paragraph it does not
    // name (`第二條第三款`: the third item of article 2's paragraph), as 第Z项 alone does in a text of 条/款/项.
    if (convention === 'xiang' && !b) target.item = a.num;
    else target.paragraph = a.num;
    return convention === 'xiang' || b ? { uncertain: true } : {};
  }
  // 第Z项 alone: in a text of 条/项/款 a paragraph, by its word, whether its number is bracketed or not (`本條第(一)項`, the
  // paragraph an older treaty of the Republic of China labels `(一)`: the text's items are 款); else an item.
  if (convention === 'xiang') target.paragraph = a.num;
  else if (convention === 'kuan' || a.bracketed) target.item = a.num;
  else {
    target.item = a.num;
    target.itemOrParagraph = true;
  }
  return b || (convention === 'xiang' && a.bracketed) ? { uncertain: true } : {};
}

function unitNumber(raw: string): number | undefined {
  const s = raw.trim();
  if (s.length === 1 && s >= 'a' && s <= 'z') return s.charCodeAt(0) - 0x60;
  const branch = BRANCHES.indexOf(s);
  if (s.length === 1 && branch >= 0) return branch + 1;
  return parseNumeral(s);
}

interface Foreign {
  /** The instrument, when it can be told. */
  citation?: Citation;
  /** Where the words naming it start (the citation, `该公约`, or the label itself). */
  start: number;
  /** The instrument named is not this one, but which it is cannot be told. */
  unknown?: true;
  /**
   * Likely but not certain: not named before it, the instrument of an earlier reference in its
   * sentence; or named as another version of it (`修改前商标法`).
   */
  continued?: true;
}


/**
 * Whether the bare unit at `at` of the run `s` stands in a clause its sentence opened inside another instrument named by what was
 * concluded (CONCLUDED_WITHIN: `…所訂預立節略内,…之第二款`), the words before 所 naming no instrument of this text's (本).
 */
function concludedWithin(s: string, at: number, from: Run, quotes: readonly number[]): boolean {
  // (Most bare units have no 所 before them on their run: answered by one search back. Asked of nearly every bare article and unit
  // of a law, so the sentence's start is then walked to by the characters' codes, no string made of each.)
  const last = s.lastIndexOf('所', at - 1);
  // (The 所 in the unit's own sentence first — a 所 sentences before it answers no — then back to that sentence's start.)
  if (last < 0 || sentenceEnds(s, last + 1, at, from, quotes)) return false;
  const k = sentenceStart(s, last, from, quotes);
  const m = CONCLUDED_WITHIN.exec(s.slice(k, at));
  if (m === null) return false;
  const suo = k + m.index;
  return s.lastIndexOf('本', suo) < Math.max(k, suo - 6);
}

/**
 * Whether `c` is a mark that ends the sentence a bare article goes on citing another instrument's in (`sentenceEnds`,
 * `sentenceStart`): `。；！？`, and `;`, `?` and `!` as `；`, `？` and `！` — the half-width fix makes them so, and must not
 * make a bare article this text's.
 */
function sentenceEndCode(c: number): boolean {
  return c === 0x3002 || c === 0xff1b || c === 0xff01 || c === 0xff1f || c === 0x3b || c === 0x3f || c === 0x21;
}

/** Whether the mark at `i` of the run `s` ends a sentence: `sentenceEndCode`'s, outside quotation marks. */
function endsSentenceAt(s: string, i: number, from: Run, quotes: readonly number[]): boolean {
  return sentenceEndCode(s.charCodeAt(i)) && !inSpans(quotes, from.at(i));
}

/** Whether a sentence ends (`endsSentenceAt`) between `a` and `b` of the run `s`. */
function sentenceEnds(s: string, a: number, b: number, from: Run, quotes: readonly number[]): boolean {
  for (let i = a; i < b; i++) if (endsSentenceAt(s, i, from, quotes)) return true;
  return false;
}

/** Where the sentence holding `at` of the run `s` starts: after the last mark ending one before it (`endsSentenceAt`), or 0. */
function sentenceStart(s: string, at: number, from: Run, quotes: readonly number[]): number {
  let k = at;
  while (k > 0 && !endsSentenceAt(s, k - 1, from, quotes)) k--;
  return k;
}

/**
 * What one unit of the text gives the references: an article with the lines up to the next one
 * (or what comes before the first article). A unit's references depend on its own lines, on what
 * the units before it leave (the instruments cited, the short names defined, an open quotation) and
 * on what is read over the whole document (`Globals`): so after an edit inside one article only
 * that article's unit is read again, and the units after it are reused, shifted, when it leaves
 * the same (ARCHITECTURE.md, "The model after an edit").
 */
interface Unit {
  /** Its text: from the start of its first line to the end of its last. */
  start: number;
  end: number;
  /** The kinds it calls the document by (`本宪章`, outside quotes). */
  kinds: string[];
  /** Evidence of the convention: units written 项 then 款, 款 then 项 (twice each), and `第X条第Y项`, `第X条第Y款` to read against the articles. */
  xiang: number;
  kuan: number;
  articleXiang: { at: number; num?: number; self: boolean; y?: number; word: string }[];
  refs: Reference[];
  /** The citations it makes, in order: what the units after it see as cited before. */
  citations: Citation[];
  /** The short names of instruments it defines, in order (`（以下简称“协议”）`). */
  aliases: [string, Citation][];
  /** A quotation open at its end, and over how many lines; whether it was opened inside an article (not before the first). */
  quoteOpen: boolean;
  quoteLines: number;
  quoteInUnit: boolean;
}

/** What the references read over the whole document. */
interface Globals {
  convention: Convention | 'unknown';
  ownKinds: Set<string>;
  /** The defined terms, in order. */
  terms: string[];
  noArticles: boolean;
  /** The articles are headed 第…款 (old treaties): `第六款` alone names an article, not a paragraph. */
  kuanArticles: boolean;
  /** An amending instrument (a 修正案, or a title that amends: `关于修改《…》的议定书`): its articles named without 本… are the amended text's. */
  amending: boolean;
  /** A protocol to an agreement (`…协定的议定书`): the agreement's kind, whose 本协定 names the agreement, not this text. */
  parent: string | undefined;
  /** The longer words the terms' meanings list (`longerWords`), which are no uses of them: a meaning edited may change them. */
  longer: Map<string, string[]> | undefined;
  /** What the text may call itself by with words of its title before its kind (`titledSelfOf`): `本停战协定`. */
  titled: TitledSelf | undefined;
  /** Its title, normalized and folded: a title written bare before an article (`aboutTitleBefore`) names this text when it ends it. */
  ownTitle: string | undefined;
  /** The highest number of its articles (0 for none): a bare article past it may be another instrument's (`namedInSentence`). */
  lastArticle: number;
  /** The notice issuing the text, above its first article (`issuingNotice`): start, end; or none. */
  notice: readonly [number, number] | undefined;
  /**
   * The text interprets the application of a law its title names (words.ts `APPLYING_TITLE`), its bare articles perhaps
   * that law's: its articles' paragraph counts (`3,1,2…`), which tell whether a bare paragraph is its own (`lacksParagraph`:
   * a unit's references read again when one changes); undefined for any other text.
   */
  applies: string | undefined;
}

/** A text's own kind and its folded title, whose words it may put between 本 and the kind (`本停战协定`). */
interface TitledSelf {
  kind: string;
  title: string;
}

/**
 * What a text may call itself by besides 本 and its kind: 本, words of its own title, its kind (`本停战协定` in
 * `朝鲜停战协定`, `本临时协定` in `…临时贸易协定`, `本框架协议` in `…全面经济合作框架协议`, `本领事条约`). Only for a kind
 * the text calls itself by (a self-word) of an instrument between parties: a law's one-character kind follows words
 * that are no title's (`本公司法定代表人`). Undefined when the text has no title or no such kind.
 */
function titledSelfOf(treaty: Treaty): TitledSelf | undefined {
  const kind = treaty.kind;
  const title = treaty.title?.normalized;
  if (!kind || !title || kind.length < 2 || LAW_KINDS.has(kind) || !SELF_WORDS.includes(kind)) return undefined;
  const folded = foldScript(title);
  return folded.indexOf(kind) > 0 ? { kind, title: folded } : undefined;
}

/** NOT_SELF's characters, by their codes: read before every 本 of a text that calls itself by its title's words (a character read as a string is a string made). */
const NOT_SELF_CODES = new Set([...NOT_SELF].map((c) => c.charCodeAt(0)));

/** The longest words of its title a text puts between 本 and its kind (`本朝鲜停战协定`). */
const MAX_TITLE_WORDS = 4;

/**
 * The length of the titled self-reference (`titledSelfOf`) that starts at the 本 at `at` of the folded `s`, or 0:
 * 本, one to MAX_TITLE_WORDS Han characters its title holds, its kind — the fewest such characters — and 本 not the
 * end of another word (`日本`, `基本`: NOT_SELF).
 */
function titledSelfAt(s: string, at: number, own: TitledSelf): number {
  if (at > 0 && NOT_SELF_CODES.has(s.charCodeAt(at - 1))) return 0;
  for (let n = 1; n <= MAX_TITLE_WORDS; n++) {
    const c = s.charCodeAt(at + n);
    if (!(c >= 0x3400 && c <= 0x9fff)) return 0;
    if (s.startsWith(own.kind, at + 1 + n) && own.title.indexOf(s.slice(at + 1, at + 1 + n)) >= 0) return 1 + n + own.kind.length;
  }
  return 0;
}

/** The length of a titled self-reference (`titledSelfAt`) ending right before `at` (spaces between), or 0: `本停战协定第二条`. */
function titledSelfBefore(s: string, at: number, own: TitledSelf): number {
  let k = at;
  while (k > 0 && /[ \t\u3000]/.test(s[k - 1])) k--;
  if (!s.startsWith(own.kind, k - own.kind.length)) return 0;
  for (let n = 1; n <= MAX_TITLE_WORDS; n++) {
    const from = k - own.kind.length - n - 1;
    if (from >= 0 && s[from] === '本' && titledSelfAt(s, from, own) === k - from) return at - from;
  }
  return 0;
}

/**
 * The notice that issues the text, when a copy keeps it above the text's first article (LawRefBook/Laws: `关于印发《工资支付暂行规定》
 * 的通知` / `劳部发〔1994〕489号` / the bodies it goes to / `…特制定《工资支付暂行规定》。现印发给你们…` / the ministry / its date): from its
 * title, a line naming the text's own title after a verb of issuing (`关于印发《…》的通知`, 发布, 颁布, 公布), to the first article.
 * Another document's words: the text's terms are not used there. Undefined when there is none (most texts: only the text
 * before the first article is looked at, and only when it holds `的通知`).
 */
function issuingNotice(treaty: Treaty): readonly [number, number] | undefined {
  const title = treaty.title;
  const first = treaty.articles[0];
  if (!title || !first || first.start <= title.end) return undefined;
  // (Its title is near the top, under the text's title and record lines: the first 1,000 characters looked at.)
  const head = treatyText(treaty).slice(title.end, Math.min(first.start, title.end + NOTICE_WITHIN));
  for (let k = head.indexOf('的通知'); k >= 0; k = head.indexOf('的通知', k + 1)) {
    const lineStart = head.lastIndexOf('\n', k) + 1;
    const m = ISSUING_NOTICE.exec(head.slice(lineStart, k + 3));
    if (m && normalizeTitle(m[1]) === title.normalized) return [title.end + lineStart, first.start];
  }
  return undefined;
}
/** How far under the text's title a notice issuing it is looked for. */
const NOTICE_WITHIN = 1000;

/** The highest number of the text's articles, 0 when it has none. */
function lastArticleOf(treaty: Treaty): number {
  let last = 0;
  for (const a of treaty.articles) if (a.num !== undefined && a.num > last) last = a.num;
  return last;
}

/** A word that cites an instrument as what something is done by or under: `依照宪法`, `根据《…》`. */
const CITING_WORD = /(?:依照|依据|根据|按照|遵照|参照|违反|适用)[ \t\u3000]*$/;
/** Where a kind of instrument ends a name (`宪法`, `…公约`): the places `namedInSentence` asks `foreignBefore` about. */
const KIND_WORD = new RegExp(`(?:${alternation(CITED_KINDS)}|${alternation(CITED_LAW_KINDS)}|法)`, 'g');

/**
 * The instrument a sentence named before its bare article at `at` (`依照宪法的规定，行使第八十九条规定的职权`,
 * `根据《…公约》的规定，依照第三十条办理`), when that article is past this text's last (`Globals.lastArticle`): a
 * citation in 《》 or quotation marks, or a name after a word citing it (`依照宪法`: CITING_WORD; `国务院依法` names
 * none). The latest one before it and after the text named itself (`《刑法》第一条，本解释第九条、第十条`: 第十条 is this
 * text's); none when the sentence names none.
 */
function namedInSentence(
  s: string, at: number, p: Run, citations: Citation[], cited: Map<string, Citation>, aliases: Map<string, Citation>, ownKinds: Set<string>, quotes: readonly number[], titled: TitledSelf | undefined,
): Foreign | undefined {
  let from = sentenceStart(s, at, p, quotes);
  for (let e = nextSelf(s, from); e && e.index < at; e = nextSelf(s, e.index + 1)) from = e.index + e.word.length;
  if (titled) {
    for (let i = s.indexOf('本', from); i >= 0 && i < at; i = s.indexOf('本', i + 1)) {
      const length = titledSelfAt(s, i, titled);
      if (length > 0) from = i + length;
    }
  }
  let best: { end: number; foreign: Foreign } | undefined;
  for (const c of citations) {
    const end = p.back(c.end);
    if (c.start >= p.at(from) && end <= at && (!best || end > best.end)) best = { end, foreign: { citation: c, start: p.at(at), continued: true } };
  }
  KIND_WORD.lastIndex = from;
  for (let m = KIND_WORD.exec(s); m && m.index + m[0].length <= at; m = KIND_WORD.exec(s)) {
    const end = m.index + m[0].length;
    if (best && end <= best.end) continue;
    const f = foreignBefore(s, end, p, citations, cited, aliases, ownKinds);
    if (!f?.citation || f.citation.start < p.at(from)) continue;
    if (f.citation.bare && !CITING_WORD.test(s.slice(from, p.back(f.citation.start)))) continue;
    best = { end, foreign: { citation: f.citation, start: p.at(at), continued: true } };
  }
  return best?.foreign;
}

interface Units extends Globals {
  units: Unit[];
  tally: Tally;
}

/**
 * The units' evidence summed: how many units call the document by each kind, the convention's
 * counts, and the units holding `第X条第Y项` to read against the articles. Kept with the units and
 * updated by the edited ones alone, so that a keystroke reads no unit it does not read again.
 */
interface Tally {
  kinds: Map<string, number>;
  xiang: number;
  kuan: number;
  /** The units with `articleXiang` evidence, in text order. */
  evidence: Unit[];
}

function tallyOf(units: readonly Unit[]): Tally {
  return tallyAfter({ kinds: new Map(), xiang: 0, kuan: 0, evidence: [] }, [], units);
}

/** `before` without the units `removed` (units of it), with the units `added`, which stand where `removed` stood. */
function tallyAfter(before: Tally, removed: readonly Unit[], added: readonly Unit[]): Tally {
  const kinds = new Map(before.kinds);
  let { xiang, kuan } = before;
  for (const u of removed) {
    for (const k of u.kinds) {
      const n = kinds.get(k)! - 1;
      if (n > 0) kinds.set(k, n);
      else kinds.delete(k);
    }
    xiang -= u.xiang;
    kuan -= u.kuan;
  }
  const evidence: Unit[] = [];
  // In text order: those before the added units, the added, those after. (A reading of every unit, `tallyOf`, removes none
  // and has none before: the added units' alone, no set made.)
  const gone = removed.length > 0 ? new Set(removed) : undefined;
  const at = added.length ? added[0].start : Infinity;
  let k = 0;
  for (; k < before.evidence.length && before.evidence[k].start < at && !gone?.has(before.evidence[k]); k++) evidence.push(before.evidence[k]);
  for (let i = 0; i < added.length; i++) {
    const u = added[i];
    for (let j = 0; j < u.kinds.length; j++) kinds.set(u.kinds[j], (kinds.get(u.kinds[j]) ?? 0) + 1);
    xiang += u.xiang;
    kuan += u.kuan;
    if (u.articleXiang.length > 0) evidence.push(u);
  }
  for (; k < before.evidence.length; k++) if (!gone?.has(before.evidence[k])) evidence.push(before.evidence[k]);
  return { kinds, xiang, kuan, evidence };
}

interface State {
  cited: Map<string, Citation>;
  aliases: Map<string, Citation>;
  quoteOpen: boolean;
  quoteLines: number;
  /** The open quotation was opened inside an article (a unit after the first): it ends at the next article. */
  quoteInUnit: boolean;
}

/** Texts this long are not read for self-references (kinds) nor, over this, for the convention. */
const LONG = 4_000_000;

const unitCache = new Memo<Treaty, Units>();

/** How references were read (for the benchmark and tests): units re-read and reused after an edit, or every unit. */
export const referenceStats = { incremental: 0, reread: 0, reused: 0, full: 0 };

/** The units of a Chinese text, derived again only where the text changed when the model was re-built from a previous one. */
function unitsOf(treaty: Treaty): Units {
  let u = unitCache.get(treaty);
  if (u) return u;
  const lineage = lineageOf(treaty);
  const before = lineage && unitCache.get(lineage.previous);
  u = lineage && before ? unitsAfterEdit(treaty, lineage, before) : undefined;
  if (u) referenceStats.incremental++;
  else {
    u = allUnits(treaty);
    referenceStats.full++;
  }
  unitCache.set(treaty, u);
  markDerived(treaty);
  return u;
}

/**
 * The scratch `unitStarts` fills, kept from call to call (line indexes only: it holds no object), its answer a copy of the
 * part filled, made at its size: a list pushed to from empty was copied over and over as it grew — 69 KB of the 322 KB a
 * keystroke in the bench's 1 MB treaty allocated (2,590 units), which brought the next scavenge nearer.
 */
let startsScratch: number[] = [0];
/** A scratch grown past this many units (a text of twenty thousand articles) is not kept. */
const STARTS_KEPT = 1 << 14;

/** The first line of each unit: the first line, and each article's head standing on a line of its own. */
function unitStarts(treaty: Treaty): number[] {
  const lines = treaty.tree.lines;
  const articles = treaty.articles;
  // (Filled from the second slot on, each slot in turn: the scratch stays a packed list of small integers; its first is 0.)
  const starts = startsScratch;
  let count = 1;
  let i = 0;
  for (let k = 0; k < articles.length; k++) {
    const a = articles[k];
    if (a.head.glued) continue;
    while (i < lines.length && lines[i] !== a.head) i++;
    if (i === lines.length) break;
    if (i > starts[count - 1]) starts[count++] = i;
  }
  const out = starts.slice(0, count);
  if (starts.length > STARTS_KEPT) startsScratch = [0];
  return out;
}

/**
 * No entries yet: the lists of a unit most units never write (its kinds, `第X条第Y项` evidence, citations, short names), shared
 * until the unit's first entry makes its own (`own`). Frozen: an entry pushed onto it would throw, not land in every unit.
 * (Four empty arrays a unit were 4 % of the references' samples over LawRefBook/Laws, ~150,000 units a pass.)
 */
const NONE: never[] = Object.freeze([]) as unknown as never[];

function newUnit(start: number, end: number): Unit {
  return { start, end, kinds: NONE, xiang: 0, kuan: 0, articleXiang: NONE, refs: [], citations: NONE, aliases: NONE, quoteOpen: false, quoteLines: 0, quoteInUnit: false };
}

/** `list`, or a new array where it is the shared empty one (NONE): what a unit's list is pushed onto. */
function own<T>(list: T[]): T[] {
  return list === NONE ? [] : list;
}

/**
 * The evidence of kinds and convention in a unit, the tree's lines `first..next`: `folded` is its
 * folded text, from `start`. Gives the self-references it found (start, end, start, end …: the text's offsets), which the
 * unit's scan reads again on its lines (`selvesOn`); undefined when it read none (a text past LONG).
 */
function readEvidence(u: Unit, raw: TextLike, folded: string, lines: readonly Line[], first: number, next: number): number[] | undefined {
  if (raw.length > LONG) return undefined;
  const base = u.start;
  const found: number[] = [];
  // (As nextSelf finds them, its object and the word's string made only for a kind not known yet.)
  for (let i = folded.indexOf('本'); i >= 0; i = folded.indexOf('本', i + 1)) {
    if (!mayStartSelf(folded, i)) continue;
    const end = selfEnd(folded, i);
    if (end < 0) continue;
    found.push(base + i, base + end);
    const index = i;
    i = end - 1;
    // A kind the unit is known to call the document by already: nothing more to learn (most 本条例 of a law).
    if (knownKind(u.kinds, folded, index, end)) continue;
    const kind = selfKind(folded.slice(index, end));
    if (u.kinds.includes(kind)) continue;
    // Not in quoted text (`“本法第三百八十九条…”` quotes the amended law): in its sentence's lines, up to
    // 200 characters before it, no more opening quotation marks than closing ones, and none opening the
    // stretch. (Back over a line break inside a sentence — a text hard-wrapped at a width, a quotation
    // over several of its lines — not past one ending a sentence or a quotation: a paragraph's end.)
    const at = base + index;
    let from = at;
    while (from > base && at - from < 200 && (raw.charCodeAt(from - 1) !== 0x0a || !endsParagraph(raw, from - 1))) from--;
    if (notQuotedBefore(raw, from, at)) (u.kinds = own(u.kinds)).push(kind);
  }
  if (!folded.includes('项') && !folded.includes('款')) return found;
  // Over the unit's text (one scan per pattern), then over its runs of lines joined across hard
  // breaks (`第三条第二` / `项`), counting there only what a break splits.
  countConvention(u, folded, (i) => base + i, () => true);
  const holds = holding(folded, '项款', base);
  eachRun(folded, lines, isRead, (run) => {
    if (run.line === run.last) return;
    countConvention(u, run.text, (i) => run.at(i), (a, b) => run.at(b - 1) - run.at(a) !== b - 1 - a);
  }, (from, to) => holds(from, to) && crossesLine(folded, from - base, to - base), { from: first, to: next, base });
  return found;
}

/**
 * Whether the self-word `s` holds from `at` to `end` is 本 and one of `kinds` written plainly (no 《》, no gloss: `selfKind`
 * reads it as that kind), told without the word's string.
 */
function knownKind(kinds: readonly string[], s: string, at: number, end: number): boolean {
  for (let k = 0; k < kinds.length; k++) if (kinds[k].length === end - at - 1 && kinds[k].indexOf('(') < 0 && s.startsWith(kinds[k], at + 1)) return true;
  return false;
}

/**
 * Whether `s` holds a line break from `from` to `to`: a run of several lines there, not one line's content (`readEvidence` reads
 * only those; a line's own text is never cut out for it).
 */
function crossesLine(s: string, from: number, to: number): boolean {
  const nl = s.indexOf('\n', from);
  return nl >= 0 && nl < to;
}

/** Whether the line break at `nl` ends a paragraph: nothing before it on its line, or a sentence's or a quotation's last mark (。！？；： ” 」 』 and their ASCII forms). */
function endsParagraph(raw: TextLike, nl: number): boolean {
  let i = nl;
  while (i > 0 && (raw.charCodeAt(i - 1) === 0x20 || raw.charCodeAt(i - 1) === 0x3000 || raw.charCodeAt(i - 1) === 0x09 || raw.charCodeAt(i - 1) === 0x0d)) i--;
  if (i === 0) return true;
  const c = raw.charCodeAt(i - 1);
  return c === 0x0a || c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 0xff1a || c === 0x201d || c === 0x300d || c === 0x300f || c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3b || c === 0x3a;
}

/** Whether `raw` from `from` to `at` holds no more opening quotation marks (“ 「 『) than closing ones (” 」 』), and does not open with one. */
function notQuotedBefore(raw: TextLike, from: number, at: number): boolean {
  let opens = 0;
  let closes = 0;
  for (let i = from; i < at; i++) {
    const c = raw.charCodeAt(i);
    if (c === 0x201c || c === 0x300c || c === 0x300e) {
      if (i === from) return false;
      opens++;
    } else if (c === 0x201d || c === 0x300d || c === 0x300f) closes++;
  }
  return opens <= closes;
}

/** Adds to `u` what `s` shows of the convention; `at` maps an offset in `s` to the text, `counts` says which matches count. */
function countConvention(u: Unit, s: string, at: (i: number) => number, counts: (a: number, b: number) => boolean): void {
  // (The units written in order, or named together, hold 项 and 款: a text of one of them alone shows only `第X条第Y款` or `第X条第Y项`.)
  if (s.includes('项') && s.includes('款')) {
    u.xiang += 2 * count(XIANG_ORDER, s, counts);
    u.kuan += 2 * count(KUAN_ORDER, s, counts);
    if (s.includes('各')) {
      u.xiang += 2 * count(XIANG_EACH, s, counts);
      u.kuan += 2 * count(KUAN_EACH, s, counts);
    }
  }
  ARTICLE_XIANG.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ARTICLE_XIANG.exec(s))) {
    if (counts(m.index, m.index + m[0].length)) (u.articleXiang = own(u.articleXiang)).push({ at: at(m.index), num: m[2] ? undefined : parseNumeral(m[1]), self: !!m[2], y: xiangNumber(m[3], m[4]), word: m[4] });
  }
}

/** The lines references are read on: not blank lines, page breaks or comments. */
export function isRead(l: Line): boolean {
  return l.kind !== 'blank' && l.kind !== 'break' && l.kind !== 'comment' && l.kind !== 'code';
}

/**
 * The lines references and citations are read on in `treaty`: `isRead`'s, less a database's label
 * lines under the title (`来源：《人民日报》`, the parser's `metadata` block of plain lines): the
 * database's words, not the instrument's. The records of adoption and amendment there are read: they
 * cite the decisions that amended the text (`根据…《…关于修改〈…〉的决定》第一次修正`).
 */
function readerOf(treaty: Treaty): (l: Line) => boolean {
  const skipped: Block[] = [];
  for (const c of treaty.tree.root.children) {
    if (c.type !== 'block') continue;
    if (c.kind === 'metadata' && c.children.some((l) => l.type === 'line' && l.kind === 'text')) skipped.push(c);
    else if (c.kind !== 'metadata' && c.kind !== 'title') break;
  }
  // A table of contents listing the articles (`目录` / `第一条 用语和范围`): entries, not references.
  const listed = hasContentsLine(treaty) ? listedArticles(treatyText(treaty), treaty.tree.lines, true) : [];
  // One without `目录`, its bare labels one a line (`第一條` / `第二條` / …).
  if (!listed.length) listed.push(...listedLabels(treatyText(treaty), treaty.tree.lines, true));
  if (!skipped.length && !listed.length) return isRead;
  const entries = new Set(listed);
  const text = treatyText(treaty);
  return (l) => isRead(l) && !entries.has(l) && !skipped.some((c) => c.start <= l.start && l.start < c.end && !isAdoptionRecord(text, l));
}

/**
 * Whether a short line opening with 目 (`目录`) stands before the first article: where a table of contents
 * may be (`listedArticles`). Read by the character's code from the text as it is kept (in pieces after an
 * edit, never made one string here), and only up to the first article: a model is built after every keystroke.
 */
function hasContentsLine(treaty: Treaty): boolean {
  const text = treatyText(treaty);
  for (const l of treaty.tree.lines) {
    if (l.kind === 'article') return false;
    if (l.kind === 'text' && l.contentEnd - l.contentStart <= 5 && text.charCodeAt(l.contentStart) === 0x76ee /* 目 */) return true;
  }
  return false;
}

/** What is read over the whole document, from its units' evidence. */
function globalsOf(treaty: Treaty, tally: Tally): Globals {
  const raw = treatyText(treaty);
  const ownKinds = new Set<string>(treaty.kind ? [treaty.kind] : []);
  if (raw.length < LONG) for (const k of tally.kinds.keys()) ownKinds.add(k);
  let convention: Convention | 'unknown' = 'unknown';
  if (raw.length <= LONG) {
    let xiang = tally.xiang;
    let kuan = tally.kuan;
    for (const u of tally.evidence) {
      for (const e of u.articleXiang) {
        const a = e.self ? articleAt(treaty, e.at) : e.num === undefined ? undefined : findArticle(treaty, e.num);
        if (!a || e.y === undefined) continue;
        const v = articleXiangEvidence(a, e.y, e.word, e.self);
        if (v < 0) kuan++;
        else if (v > 0) xiang++;
      }
    }
    convention = xiang > kuan ? 'xiang' : kuan > xiang ? 'kuan' : 'unknown';
  }
  const amending = [...ownKinds].some((k) => AMENDING_KINDS.has(k)) || (treaty.title !== undefined && amendingTitle(treaty.title.text));
  const terms = treaty.definitions;
  const longer = longerWords(terms, terms.map((d) => foldScript(d.term)));
  return { convention, ownKinds, terms: terms.map((d) => d.term), noArticles: treaty.tree.unitStyle !== 'article', kuanArticles: kuanArticles(treaty), amending, parent: parentKind(treaty), longer, titled: titledSelfOf(treaty), ownTitle: treaty.title && foldScript(treaty.title.normalized), lastArticle: lastArticleOf(treaty), notice: issuingNotice(treaty), applies: treaty.title !== undefined && APPLYING_TITLE.test(treaty.title.text) ? treaty.articles.map((a) => a.paragraphs.length).join(',') : undefined };
}

/**
 * The kind of the instrument a protocol belongs to, when its title says so (`…投资的协定的议定书`,
 * `…合作協定附加議定書`): that instrument's self-word (本协定) there names it, not the protocol (本议定书).
 */
function parentKind(treaty: Treaty): string | undefined {
  const title = treaty.title?.normalized;
  const own = treaty.kind;
  const base = title && own ? partParentTitle(title, own) : undefined;
  if (base === undefined) return undefined;
  let parent = endingKind(base);
  // A title that is the kind alone (`议 定 书`): the instrument its first sentence names as being
  // concluded (`在签订…关于对所得避免双重征税和防止偷漏税的协定时，下列代表同意…`).
  if (parent === undefined && title === own) {
    // (Past the comment lines between them: a line's warning silenced above the sentence leaves it the first.)
    const from = pastComments(treaty, treaty.title!.end);
    const head = foldScript(treatyText(treaty).slice(from, from + 400));
    const m = CONCLUDED_WHEN.exec(head);
    if (m) parent = endingKind(m[1] ?? m[2]);
  }
  return parent !== undefined && parent !== own && SELF_WORDS.includes(parent) ? parent : undefined;
}

/**
 * Whether a self-word (folded) names the instrument a protocol belongs to (`parentSelf`, `本条约`): that word, or 本约, the older
 * texts' short form of a treaty's or a convention's (`除本約中另行給予之權利`, the 1946 ROC–US treaty's protocol: the treaty's rights).
 */
function namesParent(word: string | undefined, parentSelf: string | undefined): boolean {
  return parentSelf !== undefined && (word === parentSelf || (word === '本约' && parentSelf.endsWith('约')));
}

/** `at`, or past the blank and comment lines (`<!-- … -->`) that follow it. */
function pastComments(treaty: Treaty, at: number): number {
  const lines = treaty.tree.lines;
  let i = 0;
  while (i < lines.length && lines[i].start < at) i++;
  for (; i < lines.length && (lines[i].kind === 'comment' || lines[i].kind === 'blank'); i++) at = Math.max(at, lines[i].end);
  return at;
}

/**
 * The instrument being concluded when a protocol is signed: `在签订…协定时`, `于签署…条约之际`; or named before the signing
 * (`值此…关于促进和保护投资的协定签字之际`, the protocols to China's investment agreements): group 1 or 2.
 */
const CONCLUDED_WHEN = /^[^。]{0,40}?(?:[在于][ \t]*(?:签订|签署|缔结)([^。，,；;]{2,160}?)(?:时|之际)|值此[ \t]*([^。，,；;]{2,160}?)(?:签字|签署|签订)(?:时|之际))/;

function sameGlobals(a: Globals, b: Globals): boolean {
  return (
    a.convention === b.convention && a.noArticles === b.noArticles && a.kuanArticles === b.kuanArticles && a.amending === b.amending && a.parent === b.parent && a.ownKinds.size === b.ownKinds.size && [...a.ownKinds].every((k) => b.ownKinds.has(k)) &&
    a.terms.length === b.terms.length && a.terms.every((t, i) => t === b.terms[i]) && sameLonger(a.longer, b.longer) &&
    a.titled?.kind === b.titled?.kind && a.titled?.title === b.titled?.title && a.ownTitle === b.ownTitle && a.lastArticle === b.lastArticle &&
    a.notice?.[0] === b.notice?.[0] && a.notice?.[1] === b.notice?.[1] && a.applies === b.applies
  );
}

function sameLonger(a: Map<string, string[]> | undefined, b: Map<string, string[]> | undefined): boolean {
  if (!a || !b) return a === b;
  return a.size === b.size && [...a].every(([t, words]) => {
    const other = b.get(t);
    return other !== undefined && other.length === words.length && words.every((w, i) => w === other[i]);
  });
}

function newState(): State {
  return { cited: new Map(), aliases: new Map(), quoteOpen: false, quoteLines: 0, quoteInUnit: false };
}

/** Every unit read from scratch. */
function allUnits(treaty: Treaty): Units {
  const raw = treatyText(treaty);
  const folded = foldedText(treaty);
  const lines = treaty.tree.lines;
  const starts = lines.length ? unitStarts(treaty) : [];
  // (The self-references each unit's evidence found, read again by its scan: `selvesOn`.)
  const selves: (number[] | undefined)[] = [];
  const units = starts.map((from, k) => {
    const u = newUnit(lines[from].start, lines[(starts[k + 1] ?? lines.length) - 1].end);
    selves.push(readEvidence(u, raw, folded.slice(u.start, u.end), lines, from, starts[k + 1] ?? lines.length));
    return u;
  });
  const tally = tallyOf(units);
  const globals = globalsOf(treaty, tally);
  const scan = scanOf(treaty, globals);
  const state = newState();
  starts.forEach((from, k) => scanUnit(scan, state, units[k], from, starts[k + 1] ?? lines.length, folded, 0, selves[k]));
  return { units, tally, ...globals };
}

/**
 * The units after `lineage.change`: those before the edited span reused as they are, the edited
 * ones read again, those after reused shifted when the edited ones leave the same state (the same
 * titles cited in the same order, the same short names, the same open quotation) and the whole
 * document reads the same (`Globals`), else read again. Undefined when the units do not line up.
 */
function unitsAfterEdit(treaty: Treaty, lineage: Lineage<Treaty>, before: Units): Units | undefined {
  const raw = treatyText(treaty);
  const { start: cs, end: ce, delta } = lineage.change;
  if (treaty.language !== 'zh' || (raw.length >= LONG) !== (treatyText(lineage.previous).length >= LONG)) return undefined;
  const lines = treaty.tree.lines;
  const starts = lines.length ? unitStarts(treaty) : [];
  const old = before.units;
  const n = old.length;
  if (starts.length !== n || n === 0) return undefined;
  let i0 = 0;
  while (i0 < n && old[i0].end <= cs) i0++;
  let i1 = n - 1;
  while (i1 >= 0 && old[i1].start >= ce) i1--;
  if (i0 > i1) return undefined;
  const startOf = (k: number) => lines[starts[k]].start;
  const endOf = (k: number) => lines[(starts[k + 1] ?? lines.length) - 1].end;
  for (let k = 0; k < i0; k++) if (startOf(k) !== old[k].start || endOf(k) !== old[k].end) return undefined;
  for (let k = i1 + 1; k < n; k++) if (startOf(k) !== old[k].start + delta || endOf(k) !== old[k].end + delta) return undefined;
  // The list of units changes hands (the previous model is spent), the edited units replaced in
  // place: a keystroke makes no list of every unit (a list that lives for one keystroke is what a
  // scavenge finds alive and promotes).
  const removed = old.slice(i0, i1 + 1);
  const units = old as Unit[];
  const dirtyStart = startOf(i0);
  const dirtyEnd = endOf(i1);
  const folded = foldScript(raw.slice(dirtyStart, dirtyEnd));
  const selves: (number[] | undefined)[] = [];
  for (let k = i0; k <= i1; k++) {
    const u = newUnit(startOf(k), endOf(k));
    selves.push(readEvidence(u, raw, folded.slice(u.start - dirtyStart, u.end - dirtyStart), lines, starts[k], starts[k + 1] ?? lines.length));
    units[k] = u;
  }
  // The units after the edited ones are moved in place (the previous model is spent: its tree's
  // lines were moved into this one's, syntax/reparse.ts), their evidence with them.
  for (let k = i1 + 1; k < n; k++) {
    const u = old[k];
    u.start += delta;
    u.end += delta;
    const xs = u.articleXiang;
    for (let j = 0; j < xs.length; j++) xs[j].at += delta;
  }
  const tally = tallyAfter(before.tally, removed, units.slice(i0, i1 + 1));
  const globals = globalsOf(treaty, tally);
  if (!sameGlobals(globals, before)) return undefined;
  const scan = scanOf(treaty, globals);
  // The state the units before leave, as a reading from the start would have it.
  const state = newState();
  for (let k = 0; k < i0; k++) {
    const { citations, aliases } = old[k];
    for (let j = 0; j < citations.length; j++) {
      const c = citations[j];
      state.cited.delete(c.normalized);
      state.cited.set(c.normalized, c);
    }
    for (let j = 0; j < aliases.length; j++) state.aliases.set(aliases[j][0], aliases[j][1]);
  }
  if (i0 > 0) {
    state.quoteOpen = old[i0 - 1].quoteOpen;
    state.quoteLines = old[i0 - 1].quoteLines;
    state.quoteInUnit = old[i0 - 1].quoteInUnit;
  }
  for (let k = i0; k <= i1; k++) scanUnit(scan, state, units[k], starts[k], starts[k + 1] ?? lines.length, folded, dirtyStart, selves[k - i0]);
  referenceStats.reread += i1 - i0 + 1;
  // The citations the edited units made, old → new, when they leave the same state.
  const moved = sameLeaving(removed, units.slice(i0, i1 + 1));
  if (!moved) {
    const all = foldedText(treaty);
    for (let k = i1 + 1; k < n; k++) {
      const u = units[k];
      u.refs = [];
      u.citations = NONE;
      u.aliases = NONE;
      scanUnit(scan, state, u, starts[k], starts[k + 1] ?? lines.length, all, 0);
    }
    return { units, tally, ...globals };
  }
  // A citation after the edited units is moved in place, once; one the edited units made is the new one; one before them stays.
  const move = (c: Citation): Citation => {
    const m = moved.get(c);
    if (m) return m;
    if (c.start >= cs) {
      c.start += delta;
      c.end += delta;
      if (c.date) {
        c.date.start += delta;
        c.date.end += delta;
      }
    }
    moved.set(c, c);
    return c;
  };
  referenceStats.reused += n - (i1 - i0 + 1);
  for (let k = i1 + 1; k < n; k++) {
    const u = units[k];
    const refs = u.refs;
    for (let j = 0; j < refs.length; j++) {
      const r = refs[j];
      r.start += delta;
      r.end += delta;
      if (r.kind === 'article') {
        r.labelStart += delta;
        r.labelEnd += delta;
        if (r.citation) r.citation = move(r.citation);
      } else if (r.kind === 'citation') r.citation = move(r.citation);
    }
    for (let i = 0; i < u.citations.length; i++) u.citations[i] = move(u.citations[i]);
    for (let i = 0; i < u.aliases.length; i++) u.aliases[i][1] = move(u.aliases[i][1]);
  }
  return { units, tally, ...globals };
}

/** Old citations → new when the old units and the new ones leave the same state; undefined otherwise. */
function sameLeaving(old: readonly Unit[], fresh: readonly Unit[]): Map<Citation, Citation> | undefined {
  const a = old.flatMap((u) => u.citations);
  const b = fresh.flatMap((u) => u.citations);
  const lastOld = old[old.length - 1];
  const lastNew = fresh[fresh.length - 1];
  if (a.length !== b.length || lastOld.quoteOpen !== lastNew.quoteOpen || lastOld.quoteLines !== lastNew.quoteLines || lastOld.quoteInUnit !== lastNew.quoteInUnit) return undefined;
  const moved = new Map<Citation, Citation>();
  for (let i = 0; i < a.length; i++) {
    if (a[i].normalized !== b[i].normalized) return undefined;
    moved.set(a[i], b[i]);
  }
  const x = old.flatMap((u) => u.aliases);
  const y = fresh.flatMap((u) => u.aliases);
  if (x.length !== y.length) return undefined;
  for (let i = 0; i < x.length; i++) if (x[i][0] !== y[i][0] || moved.get(x[i][1]) !== y[i][1]) return undefined;
  return moved;
}

interface Scan {
  treaty: Treaty;
  raw: TextLike;
  convention: Convention | undefined;
  terms: Treaty['definitions'];
  foldedTerms: string[];
  /** The terms looked for (folded, each once, longest first), or none (`readTerms`). */
  sought: string[] | undefined;
  /** Where each of `sought` occurs next in the run being read (`readTerms`' own). */
  soughtAt: Int32Array;
  /** For a term whose meaning lists longer words holding it (`longerWords`), those words. */
  longer: Map<string, string[]> | undefined;
  definitionAt: Map<number, number>;
  /** The definitions' starts, in order (`definedAliases`). */
  definitionStarts: number[];
  /** For each of `sought`, the index of its definition (the first defining it): what its uses point at. */
  soughtDefinition: Int32Array;
  /** For each of `sought`, whether a name holds it (NAMES_HOLDING_TERMS: `heldByName` read at its uses); most terms none. */
  soughtHeld: Uint8Array;
  /** For each of `sought`, its bit among C_TERMS: what `charsOf` gives for a run holding its first character while the unit is read. */
  soughtBits: Int32Array;
  noArticles: boolean;
  kuanArticles: boolean;
  ownKinds: Set<string>;
  /** See `Globals.amending`. */
  amending: boolean;
  /** See `Globals.parent`: its self-word (`本协定`), folded. */
  parentSelf: string | undefined;
  /** See `Globals.titled`. */
  titled: TitledSelf | undefined;
  /** See `Globals.ownTitle`. */
  ownTitle: string | undefined;
  /** See `Globals.lastArticle`. */
  lastArticle: number;
  /** See `Globals.notice`. */
  notice: readonly [number, number] | undefined;
  /** See `Globals.applies`. */
  applies: boolean;
  /** The lines read (`readerOf`). */
  read: (l: Line) => boolean;
  /** What the units' runs are read with, one for the scan (`scanUnit` sets its state and unit, unit after unit). */
  reading: RunReading | undefined;
}

/**
 * The longer words a term's own meaning lists beside it, holding it (`“领事馆”指总领事馆、领事馆、副领事馆或领事代理处`:
 * 总领事馆, 副领事馆 — a consulate-general is no use of 领事馆), and the meaning's members holding the term written whole
 * (`北京中轴线文化遗产（以下简称北京中轴线）`, `编制北京历史文化名城保护规划、专项保护规划…（以下统称保护规划）`: where the text
 * writes `北京中轴线文化遗产保护` or `组织编制北京历史文化名城保护规划`, it writes the long form, not the short name; a definition by
 * meaning names no long form, only the longer words it lists ending with the term, four characters before it at most): for each
 * such term, those words (the term's place in each is its first). Undefined when no meaning lists one (most texts).
 */
function longerWords(terms: Treaty['definitions'], folded: readonly string[]): Map<string, string[]> | undefined {
  let out: Map<string, string[]> | undefined;
  for (let i = 0; i < terms.length; i++) {
    const t = folded[i];
    const meaning = terms[i].meaning;
    if (t.length < 2 || meaning.length <= t.length || meaning.indexOf(terms[i].term) < 0 && foldScript(meaning).indexOf(t) < 0) continue;
    for (const member of foldScript(meaning).split(LIST_JOINERS)) {
      const m = member.trim();
      const k = m.indexOf(t);
      if (k < 0 || m.length <= t.length || m.length > t.length + MAX_WORDS_AROUND || !/^[\u3400-\u9fff]+$/.test(m)) continue;
      // A meaning saying what the term means (`“边境”指两国边境地区`) is no long form: only the words it lists ending with the
      // term are others (总领事馆), its own uses of the word are the term's.
      if (terms[i].byMeaning && (k !== m.length - t.length || k > MAX_WORD_BEFORE)) continue;
      out ??= new Map();
      const list = out.get(t) ?? [];
      if (!list.includes(m)) list.push(m);
      out.set(t, list);
    }
  }
  return out;
}
/** What joins the members of a list in a meaning: `、`, commas, semicolons, 或者, 或, 以及, 和, 及, 与. */
const LIST_JOINERS = /[、，,；;]|或者|或|以及|和|及|与/;
/** How many characters a longer word listed in a meaning by what it means has before the term, at most. */
const MAX_WORD_BEFORE = 4;
/** How many characters a member of a meaning holding the term has besides it, at most (a name, not a clause). */
const MAX_WORDS_AROUND = 12;

function scanOf(treaty: Treaty, g: Globals): Scan {
  const terms = treaty.definitions;
  const foldedTerms = terms.map((d) => foldScript(d.term));
  // A one-character term defined by what it means (`“人”一语包括个人…`) is not looked for: every 人 would be a use. (Each term
  // once, longest first, by loops: a text defines a few terms, and a typed array's `from` with a mapping function, a Set
  // spread and a Map from pairs took ~40 ms over the 5,000 generated treaties, a scan each, s54refs.)
  const sought: string[] = [];
  for (let i = 0; i < terms.length; i++) {
    const t = foldedTerms[i];
    if (t.length > 0 && !(terms[i].byMeaning && t.length < 2) && !sought.includes(t)) sought.push(t);
  }
  sought.sort((a, b) => b.length - a.length);
  const soughtDefinition = new Int32Array(sought.length);
  const soughtHeld = new Uint8Array(sought.length);
  const soughtBits = new Int32Array(sought.length);
  for (let k = 0; k < sought.length; k++) {
    const t = sought[k];
    soughtBits[k] = C_TERM << (k % TERM_BITS);
    soughtDefinition[k] = foldedTerms.indexOf(t);
    soughtHeld[k] = NAMES_HOLDING_TERMS.some((n) => n.length > t.length && n.includes(t)) ? 1 : 0;
  }
  const definitionAt = new Map<number, number>();
  for (let i = 0; i < terms.length; i++) definitionAt.set(terms[i].start, i);
  return {
    treaty, raw: treatyText(treaty), convention: g.convention === 'unknown' ? undefined : g.convention, terms, foldedTerms,
    sought: sought.length > 0 ? sought : undefined, soughtAt: new Int32Array(sought.length), longer: g.longer,
    definitionAt, definitionStarts: terms.map((d) => d.start).sort((a, b) => a - b), soughtDefinition, soughtHeld, soughtBits, noArticles: g.noArticles, kuanArticles: g.kuanArticles, ownKinds: g.ownKinds,
    amending: g.amending, parentSelf: g.parent && `本${g.parent}`, titled: g.titled, ownTitle: g.ownTitle, lastArticle: g.lastArticle, notice: g.notice, applies: g.applies !== undefined, read: readerOf(treaty), reading: undefined,
  };
}

/**
 * Reads the references of the unit `unit` (the tree's lines `from_..to_`), from and into `state`: `text` is the folded text
 * from offset `base` on, holding the unit's; `selves`: the self-references its evidence found (`readEvidence`), if read.
 */
function scanUnit(scan: Scan, state: State, unit: Unit, from_: number, to_: number, text: string, base: number, selves?: number[]): void {
  // (One reading for all the units of the scan, not four objects and a closure a unit: a treaty has dozens of articles.)
  const r = (scan.reading ??= new RunReading(scan, state, unit));
  r.state = state;
  r.unit = unit;
  r.selves = selves;
  r.text = text;
  r.textBase = base;
  // A quotation opened inside an article and left open (a page's lost closing mark, or the new text
  // after `…修改为：` unquoted) ends at the text's own next article, which a unit after the first opens
  // with; one opened before the first article (a note quoted whole, its points the units) goes on.
  if (from_ > 0 && state.quoteInUnit) {
    state.quoteOpen = false;
    state.quoteLines = 0;
    state.quoteInUnit = false;
  }
  // Run by run: a line with the lines that continue it over hard breaks (`本协定第` / `二条`), never
  // past the unit's last line (a run does not cross an article's head: syntax/runs.ts).
  const scope = r.scope;
  scope.from = from_;
  scope.to = to_;
  scope.base = unit.start;
  // The sought terms' first characters marked while the unit is read (C_TERMS); unmarked, every run is taken to hold them.
  const sought = scan.sought;
  const marking = sought !== undefined && !termsMarked;
  r.termChars = marking ? 0 : C_TERMS;
  if (marking) {
    markTerms(sought, scan.soughtBits);
    termsMarked = true;
  }
  try {
    eachRun(text.slice(unit.start - base, unit.end - base), scan.treaty.tree.lines, scan.read, r.visit, undefined, scope);
  } finally {
    if (marking) {
      unmarkTerms(sought);
      termsMarked = false;
    }
  }
  unit.quoteOpen = state.quoteOpen;
  unit.quoteLines = state.quoteLines;
  unit.quoteInUnit = state.quoteInUnit;
}

/**
 * What the runs of the units are read with: the scan, the state, the unit being read, and what one run's
 * reading shares among its steps (the references read on it, the spans they take, its quoted
 * spans). One object a scan (`Scan.reading`), its fields set in place unit by unit and run by run (always of the same kinds): the
 * steps below are small functions reading one shape of object, which V8 optimizes once.
 */
class RunReading {
  /** The lines of the unit being read (`scanUnit` sets them). */
  readonly scope = { from: 0, to: 0, base: 0 };
  /** `readRun` of this reading: what eachRun calls with each run. */
  readonly visit = (p: Run): void => readRun(this, p);
  /** The references read on the run, in the order found (sorted by start when kept); emptied after each run. */
  readonly lineRefs: Reference[] = [];
  /** Spans taken by a reference already: start, end, start, end …; emptied after each run. */
  readonly taken: number[] = [];
  /** The run's quoted spans (absolute offsets: start, end, start, end …): a reference in quoted text belongs to the text quoted. */
  readonly quotes: number[] = [];
  /** The self-references the unit's evidence found (`readEvidence`), or undefined: what `readSelf` reads on a line, not matched again (`selvesOn`). */
  selves: number[] | undefined = undefined;
  /**
   * The folded text the unit's runs are cut from, from offset `textBase` on (`scanUnit` sets them): a run of one line is walked
   * there (`charsOf`), by its offsets, not in the slice cut for it — a slice's characters are read through its parent each.
   */
  text = '';
  textBase = 0;
  /** C_TERMS while the unit's terms are not marked in CHAR_BITS (another reading marks its own), else 0: or-ed into every run's characters. */
  termChars = 0;
  constructor(readonly scan: Scan, public state: State, public unit: Unit) {}
  isFree(a: number, b: number): boolean {
    const taken = this.taken;
    for (let i = 0; i < taken.length; i += 2) if (a < taken[i + 1] && b > taken[i]) return false;
    return true;
  }
  quoted(at: number): boolean {
    return inSpans(this.quotes, at);
  }
}

/** Whether a run (folded) ends with the words before an amended provision's new text (NEW_TEXT_INTRO); one comparison for most runs. */
function introducesNewText(s: string): boolean {
  let end = s.length;
  while (end > 0 && (s.charCodeAt(end - 1) === 0x20 || s.charCodeAt(end - 1) === 0x3000 || s.charCodeAt(end - 1) === 0x09)) end--;
  const last = end > 0 ? s.charCodeAt(end - 1) : 0;
  return (last === 0xff1a || last === 0x3a) && NEW_TEXT_INTRO.test(s.slice(Math.max(0, end - 12), end));
}

/** Whether `at` is inside one of `spans` (start, end, start, end …; start inclusive, end exclusive). */
function inSpans(spans: readonly number[], at: number): boolean {
  for (let i = 0; i < spans.length; i += 2) if (at >= spans[i] && at < spans[i + 1]) return true;
  return false;
}

/**
 * One run. Most runs name nothing: one walk over it (charsOf) tells whether it holds a character
 * that every citation, article reference and self-reference holds (C_NAMING), or a quotation mark;
 * a run without one is read only for the defined terms, in a few steps.
 */
function readRun(r: RunReading, p: Run): void {
  const s = p.text;
  if (s.length > 20000) return; // a pathological line: no references looked for
  const state = r.state;
  const quotes = r.quotes;
  if (quotes.length > 0) quotes.length = 0;
  const l = p.line;
  const chars = (l === p.last && s.length === l.contentEnd - l.contentStart ? charsOf(r.text, l.contentStart - r.textBase, l.contentEnd - r.textBase) : charsOf(s)) | r.termChars;
  const inside = state.quoteOpen && state.quoteLines < 40;
  const open = inside || (chars & (C_QUOTE | C_CORNER | C_DOUBLE_CORNER)) !== 0 ? quotedSpans(s, p, inside, quotes) : false;
  // A quotation opened here: inside an article, or before the first (the first unit starts the text).
  if (open && !inside) state.quoteInUnit = r.unit.start > 0;
  state.quoteOpen = open;
  state.quoteLines = open ? state.quoteLines + 1 : 0;
  // A run of an article ending `…修改为：` / `用下列规定代替：` (NEW_TEXT_INTRO): the new text of the amended
  // provision follows, quoted or not — another text's words, as quoted text is, up to the next article.
  if (!open && r.unit.start > 0 && introducesNewText(s)) {
    state.quoteOpen = true;
    state.quoteInUnit = true;
  }
  if (chars & C_NAMING) readNamingRun(r, s, p, chars);
  else if (r.scan.sought && (chars & C_TERMS) !== 0) readTerms(r, s, p, NO_CITATIONS, r.unit.refs, chars);
}


/** A run that may name something (`readRun`): each kind of reference read in its own step, only where the characters it cannot match without occur. */
function readNamingRun(r: RunReading, s: string, p: Run, chars: number): void {
  const { unit } = r;
  const { terms } = r.scan;
  const { cited, aliases: instrumentAlias } = r.state;
  const lineRefs = r.lineRefs;
  // A table of amendments' old text given unquoted (`行:3—6…本协定…改为`): quoted, as the others are.
  // (One search: the first 改为 found here is where tableOldTexts starts.)
  const replaced = chars & C_GAI_REPLACE ? s.indexOf('改为') : -1;
  if (replaced > 0) tableOldTexts(s, p, r.quotes, replaced);
  // Citations, with a date written just before.
  const citations = citationsOfRun(p, s, terms, chars);
  if (citations.length > 0) {
    // The text's own former title (`本法（原称《…》）`) is the text itself.
    const former = formerTitles(s, p, citations);
    if (former) for (const c of former) {
      lineRefs.push({ kind: 'self', start: c.start, end: c.end, uncertain: undefined });
      r.taken.push(c.start, c.end);
    }
    shortNames(s, p, citations, instrumentAlias, unit);
  }
  const tiao = (chars & C_TIAO) !== 0;
  const ben = (chars & C_BEN) !== 0;
  const unitWord = (chars & (C_KUAN | C_XIANG)) !== 0;
  const di = (tiao || unitWord) && (chars & C_DI) !== 0;
  if (di && tiao) readArticleRefs(r, s, p, citations, ben);
  for (const c of citations) {
    lineRefs.push({ kind: 'citation', start: c.start, end: c.end, citation: c });
    r.taken.push(c.start, c.end);
  }
  // (本, 前, 次 or 上 before 条, 款 or 项: every word RELATIVE reads, 次条, 次款, 上款 and 上条 included.)
  if ((tiao || unitWord) && (chars & (C_BEN | C_QIAN | C_CI | C_SHANG)) !== 0) readRelative(r, s, p);
  if (di && unitWord) readUnitsAlone(r, s, p, citations);
  const points = (chars & C_DI) !== 0 && (chars & C_POINT) !== 0 ? pointsNumbered(r.scan.treaty) : undefined;
  if (points) readPointRefs(r, s, p, points);
  if (tiao && (chars & C_GAI) !== 0 && s.indexOf('该条') >= 0) readThatAlone(r, s, p);
  if (ben) readSelf(r, s, p);
  if (r.scan.sought && (chars & C_TERMS) !== 0) readTerms(r, s, p, citations, lineRefs, chars);

  // After this line, its defined short names of instruments are known: given to a citation on the line, or
  // on a line with none, a kind word standing for a whole title written without brackets (`bareTitle`).
  if (citations.length > 0 || r.scan.sought) definedAliases(r, s, p, citations);
  for (const c of citations) {
    cited.delete(c.normalized);
    cited.set(c.normalized, c);
    (unit.citations = own(unit.citations)).push(c);
  }
  if (lineRefs.length > 0) {
    byStart(lineRefs);
    for (let i = 0; i < lineRefs.length; i++) unit.refs.push(lineRefs[i]);
    lineRefs.length = 0;
  }
  if (r.taken.length > 0) r.taken.length = 0;
}

/** The short names of instruments defined on the run (`aliases`): each term defined there that names a citation right before it, or else (no citation on the run) a whole title (`bareTitle`). */
function definedAliases(r: RunReading, s: string, p: Run, citations: Citation[]): void {
  const { terms, foldedTerms } = r.scan;
  const from = p.line.contentStart;
  const to = p.last.contentEnd;
  // (None defined on the run, most runs: the terms are not each read.)
  const starts = r.scan.definitionStarts;
  const first = partitionPoint(starts.length, (i) => starts[i] < from);
  if (first === starts.length || starts[first] > to) return;
  for (let i = 0; i < terms.length; i++) {
    const d = terms[i];
    if (d.start < from || d.start > to) continue;
    const c = citations.length > 0 ? citations.find((x) => x.end <= d.clauseStart && d.clauseStart - x.end <= 2) : bareTitle(r, d, foldedTerms[i]);
    if (c) {
      const key = aliasKey(foldedTerms[i]);
      r.state.aliases.set(key, c);
      (r.unit.aliases = own(r.unit.aliases)).push([key, c]);
      aliasUsesAfter(r, s, p, citations, d.clauseEnd, key, c);
    }
  }
}

/**
 * The uses of a short name in 《》 on the run that defines it, after its clause (`…《聯合國海洋法公約》(以下簡稱“《公約》”)的規定…,
 * 重申在《公約》下…`, ReCAAP's preamble): the instrument it stands for, as on the lines after (`shortNames`); they were read before
 * the name was known, as citations of a text titled by the kind alone (公约).
 */
function aliasUsesAfter(r: RunReading, s: string, p: Run, citations: Citation[], after: number, key: string, c: Citation): void {
  for (let k = 0; k < citations.length; k++) {
    const u = citations[k];
    if (u.start < after || u === c || aliasKey(s.slice(p.back(u.start), p.back(u.end))) !== key) continue;
    const named = newCitation(u.start, u.end, c.title, c.normalized, undefined);
    citations[k] = named;
    for (const x of r.lineRefs) if (x.kind === 'citation' && x.citation === u) x.citation = named;
  }
}

/**
 * A term that is a kind of instrument (`协定`) standing for a whole title that ends with that kind and
 * is not this instrument's own (`在签订中华人民共和国政府和阿曼苏丹国政府关于…的协定（以下简称“协定”）时`):
 * that title, named without brackets (`bare`), as a short name given in 《》 stands for its citation.
 * After its line, `协定第二条` is that instrument's.
 */
function bareTitle(r: RunReading, d: Treaty['definitions'][number], kind: string): Citation | undefined {
  if (d.meaning.length <= d.term.length + 4) return undefined;
  if (endingKind(kind) !== kind || endingKind(titleWords(d.meaning)) !== kind) return undefined;
  const normalized = normalizeTitle(d.meaning);
  const { treaty } = r.scan;
  if (treaty.title && normalizeTitle(treaty.title.text) === normalized) return undefined;
  return newCitation(d.meaningStart, d.meaningEnd, d.meaning, normalized, undefined, 'bare');
}

/** Whether `at` lies inside a title in 《》 or 〈〉 on the run (between its marks). */
function inTitle(citations: readonly Citation[], at: number): boolean {
  for (const c of citations) if (c.start < at && at < c.end - 1 && !c.quoted && !c.bare) return true;
  return false;
}

/**
 * Whether the run `s` names no article but its first line's own label (`第十条　缔约双方…`, the heading of an article: 135,911 of
 * the 154,770 runs readArticleRefs was asked over LawRefBook/Laws, each read by ARTICLE_LABEL for no reference): the run opens
 * with the label, whose one 条 ends it, and holds no other 第. Every match of nextArticleRef then holds that 第 (a match's other
 * 第 are a later number's or a range's end's), so starts at it — not at a 本 (a self-word), none standing before it —, and reads
 * its number up to a 条 no earlier than the label's: it covers the label, and a heading's label is no reference (readArticleRefs'
 * first test). A label ending past its 条 (`第十条之一`) is read as before: ARTICLE_LABEL may read less of it (之 and three digits).
 */
function onlyOwnLabel(s: string, p: Run, label: { start: number; end: number }): boolean {
  if (s.charCodeAt(0) !== 0x7b2c /* 第 */ || p.at(0) !== label.start) return false;
  const last = label.end - label.start - 1;
  return s.indexOf('条') === last && p.at(last) === label.end - 1 && s.indexOf('第', 1) < 0;
}

/** Article references (this instrument or a cited one): `第十条`, `本协定第十条第二款`, `《…》第十条至第十二条`, `第二、三条`. */
function readArticleRefs(r: RunReading, s: string, p: Run, citations: Citation[], holdsBen: boolean): void {
  const { convention, noArticles, ownKinds, amending, parentSelf, titled, lastArticle } = r.scan;
  const { cited, aliases: instrumentAlias } = r.state;
  const { lineRefs, taken } = r;
  const line = p.line;
  // The previous article reference on the line: `《X》第十条和第十一条` — the second is X's too.
  let previous: { end: number; foreign?: Foreign } | undefined;
  // The last reference on the line to another instrument's article: `刑法第一百六十三条规定的…罪、
  // 第二百七十一条规定的…罪` — a bare article later in the same sentence is most likely its too.
  let lastForeign: { end: number; foreign: Foreign } | undefined;
  // (The heading of an article alone, most runs read here: `onlyOwnLabel`.)
  if (line.label !== undefined && onlyOwnLabel(s, p, line.label)) return;
  const cursor: BenCursor = { ben: holdsBen ? s.indexOf('本') : -1 };
  for (let m = nextArticleRef(s, 0, cursor); m; m = nextArticleRef(s, m.index + m.text.length, cursor)) {
    let start = p.at(m.index);
    const end = p.end(m.index + m.text.length);
    // The heading of an article is not a reference to it.
    if (line.label && start <= line.label.start && end >= line.label.end && !m.self) continue;
    // Several numbers sharing one 条 (`第二、三条`, `第一至三条`): each its own reference (`shared`).
    const shared = sharedNumbers(m.numbers);
    const num = parseNumeral(shared ? shared[0].text : m.numbers);
    if (num === undefined) continue;
    const prefix = m.self ?? '';
    // (The words as read, a converter's pinyin in them apart: `本協(xié)定` is 本協定.)
    const prefixRead = prefix.length > 3 && prefix.indexOf('(') >= 0 ? prefix.replace(PINYIN_GLOSS, '') : prefix;
    // `本停战协定第二条`: this text named by its kind with its title's words before it (`titledSelfOf`), as 本协定 names it.
    const before = !prefix && titled ? titledSelfBefore(s, m.index, titled) : 0;
    if (before) start = p.at(m.index - before);
    const named = !!prefix || before > 0;
    let foreign: Foreign | undefined;
    // Words naming this text (`本解释第九条`: 本 and a kind the lexicon may not list) end a list of another's articles.
    let ownNamed = named;
    if (!named) {
      foreign = foreignBefore(s, m.index, p, citations, cited, instrumentAlias, ownKinds, r.scan.ownTitle);
      // The number an article takes in the text an amendment amends (`增加一条款,列为第七条`, `将其改列为第八条`): that text's numbering.
      if (!foreign && m.index >= 2 && RENUMBERED_AS.test(s.slice(Math.max(0, m.index - 6), m.index))) foreign = { start: p.at(m.index), unknown: true };
      // `…所訂預立節略内,…之第二條`: the instrument the clause opened inside.
      if (!foreign && concludedWithin(s, m.index, p, r.quotes)) foreign = { start: p.at(m.index), unknown: true };
      if (!foreign && previous?.foreign && CONJUNCTION.test(s.slice(p.back(previous.end), m.index))) foreign = { ...previous.foreign, start: p.at(m.index) };
      ownNamed = !foreign && OWN_NAMED.test(s.slice(Math.max(0, m.index - 8), m.index));
      if (!foreign && lastForeign && !ownNamed && !sentenceEnds(s, p.back(lastForeign.end), m.index, p, r.quotes)) {
        foreign = { ...lastForeign.foreign, start: p.at(m.index), continued: true };
      }
      // `依照宪法的规定，行使第八十九条规定的职权`: an article this text does not reach, after another instrument named in the sentence.
      if (!foreign && !ownNamed && lastArticle > 0 && num > lastArticle) foreign = namedInSentence(s, m.index, p, citations, cited, instrumentAlias, ownKinds, r.quotes, titled);
    }
    previous = { end, foreign };
    if (foreign) lastForeign = { end, foreign };
    else if (ownNamed) lastForeign = undefined;
    taken.push(start, end);
    // Another instrument's article, which cannot be told; or `第三条` in a text without articles: nothing to say — but
    // `上述第二条` in a text of points `一、 二、` is its point 二, as memoranda and older texts cite their points.
    if (foreign?.unknown || (noArticles && !named && !foreign)) {
      const above = !foreign && !shared && m.sub === undefined && m.to === undefined && !m.units ? ABOVE.exec(s.slice(Math.max(0, m.index - 4), m.index)) : null;
      if (above && pointsNumbered(r.scan.treaty) === 'chinese') lineRefs.push(articleRef(p.at(m.index - above[0].length), end, start, end, { num }, undefined, r.quoted(start) || undefined));
      continue;
    }
    const citation = foreign?.citation;
    if (citation && foreign!.start === citation.start) start = citation.start;
    const labelStart = p.at(m.index + prefix.length + (m.text.slice(prefix.length).length - m.text.slice(prefix.length).trimStart().length));
    const target: ArticleTarget = { num };
    if (m.sub !== undefined) target.sub = parseNumeral(m.sub);
    const { uncertain } = readUnits(m.units, citation ? undefined : convention, target);
    // An interpretation of a law's application (`关于适用《中华人民共和国婚姻法》若干问题的解释`) names that law's articles bare as well
    // as its own: a bare paragraph its own article lacks (`符合第三十二条第三款规定“应准予离婚”情形的`, its 第三十二条 one
    // paragraph) is perhaps the law's, uncertain.
    const applied = r.scan.applies && !named && !citation && target.paragraph !== undefined && convention !== 'xiang' && lacksParagraph(r.scan.treaty, target);
    const toIndex = m.to !== undefined ? m.text.lastIndexOf('第') : -1;
    const firstEnd = toIndex >= 0 ? p.end(m.index + m.text.slice(0, toIndex).replace(/[ \t\u3000]*(?:至|到|—|－|-)[ \t\u3000]*$/, '').length) : end;
    // Inside a title in 《》 (`《最高人民法院关于…第九条至第十二条…的解释》`, `《本协定第一条第二款…法》`): words of that title, another
    // text's — no article of this one, whatever stands before it (not a cited text's own, `《关于〈…刑法〉第九十三条…的解释》`).
    const withinTitle = !citation && inTitle(citations, labelStart);
    const doubt = !!(uncertain || applied || foreign?.continued || r.quoted(labelStart) || withinTitle || ((noArticles || (amending && !named)) && !citation) || namesParent(prefixRead, parentSelf));
    const elsewhere = doubt && !citation && ((!named && (r.quoted(labelStart) || amending)) || withinTitle || namesParent(prefixRead, parentSelf));
    if (shared) {
      // One reference a number: the first holds what is written before it (本协定, 《…》), the last what
      // follows 条 (之一, the units, which name the same units of each); 至 between two makes them a range.
      const at = m.index + m.text.indexOf(m.numbers, prefix.length);
      for (let i = 0; i < shared.length; i++) {
        const n = parseNumeral(shared[i].text);
        if (n === undefined) continue;
        const last = i === shared.length - 1;
        const t: ArticleTarget = { ...target, num: n };
        if (!last) delete t.sub;
        const a = i === 0 ? start : p.at(at + shared[i].start);
        const b = last ? firstEnd : p.end(at + shared[i].start + shared[i].length);
        const range = shared[i].range ?? (last && toIndex >= 0 ? 'from' : undefined);
        // (A counted last number's label is the number alone, `第六` of `第六三款`: an edit of its number leaves the count.)
        const labelEnd = shared[i].counted ? p.end(at + shared[i].start + shared[i].length) : b;
        lineRefs.push(articleRef(a, b, i === 0 ? labelStart : a, labelEnd, t, citation, doubt, undefined, range, elsewhere));
      }
    } else lineRefs.push(articleRef(start, firstEnd, labelStart, firstEnd, target, citation, doubt, undefined, toIndex >= 0 ? 'from' : undefined, elsewhere));
    if (toIndex >= 0) {
      const toNum = parseNumeral(m.to!);
      if (toNum !== undefined) lineRefs.push(articleRef(p.at(m.index + toIndex), end, p.at(m.index + toIndex), end, { num: toNum }, citation, doubt, undefined, 'to', elsewhere));
    }
  }
}

/** Whether the text's own article `target` names has fewer paragraphs than the one it names. */
function lacksParagraph(treaty: Treaty, target: ArticleTarget): boolean {
  const a = articleNumbered(treaty, target.num, target.sub);
  return a !== undefined && a.paragraphs.length < target.paragraph!;
}

/** Words naming what a text said above, before a unit's number: `上述第二条`, `前述第三条`, `上文第二条`. */
const ABOVE = /(?:上述|前述|上文)[ \t\u3000]{0,2}$/;

/**
 * A resolution's paragraphs named as such (`上文第1段`, `下文第3段`, `本决议第2段`), a joint statement's or a memorandum's points
 * (`本联合声明第四点`, `上文第二点`): not another instrument's (`第1483(2003)号决议第10段`, `1972年联合公报第四点`).
 */
const POINT_LABEL = `第${SP}([0-9０-９]{1,3})${SP}段`;
const CHINESE_POINT_LABEL = `第${SP}([〇零一二两三四五六七八九十百]{1,4})${SP}点`;
/**
 * The two patterns of point references, made at their first use (`pointRefs`), not at load: ~23,000 characters each (SELF's
 * words and lookbehinds), ~2.5 M instructions an isolate to make, and neither ever run over LawRefBook/Laws nor the 5,000
 * generated treaties (session 57's census) — a text whose units are points, most often a resolution or a memorandum, is rare.
 */
let pointPatterns: { digits: RegExp; chinese: RegExp } | undefined;
function pointRefs(): { digits: RegExp; chinese: RegExp } {
  return (pointPatterns ??= {
    digits: new RegExp(`(?:上文|下文|${SELF})${SP}${POINT_LABEL}`, 'g'),
    chinese: new RegExp(`(?:上文|下文|${SELF})${SP}${CHINESE_POINT_LABEL}`, 'g'),
  });
}
/**
 * The label a point reference ends with, alone (`第1段`, `第四点`): what a run must hold for the pattern, whose words before the label
 * (SELF's lookbehinds among them) are tried at every place, to be run on it (a law's 地点, 特点, 重点 hold no label).
 */
const POINT_LABEL_ALONE = new RegExp(POINT_LABEL);
const CHINESE_POINT_LABEL_ALONE = new RegExp(CHINESE_POINT_LABEL);

/** How the instrument's points are numbered, when its units are points: with digits (a resolution's `1.` `2.`, its 段) or Chinese numerals (`一、`, its 点). */
function pointsNumbered(treaty: Treaty): 'digits' | 'chinese' | undefined {
  if (treaty.tree.unitStyle !== 'paragraph') return undefined;
  const first = treaty.articles[0]?.name.charCodeAt(0) ?? 0;
  return (first >= 0x30 && first <= 0x39) || (first >= 0xff10 && first <= 0xff19) ? 'digits' : 'chinese';
}

/** References to the instrument's own points (`numbered`: `pointsNumbered`'s): `上文第1段` is a resolution's point 1, `本联合声明第四点` a statement's point 四、. */
function readPointRefs(r: RunReading, s: string, p: Run, numbered: 'digits' | 'chinese'): void {
  if (!(numbered === 'digits' ? POINT_LABEL_ALONE : CHINESE_POINT_LABEL_ALONE).test(s)) return;
  const pattern = pointRefs()[numbered];
  let m: RegExpExecArray | null;
  pattern.lastIndex = 0;
  while ((m = pattern.exec(s))) {
    const start = p.at(m.index);
    const end = p.end(m.index + m[0].length);
    const num = parseNumeral(m[1].replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)));
    if (num === undefined || !r.isFree(start, end)) continue;
    r.lineRefs.push(articleRef(start, end, p.at(m.index + m[0].indexOf('第')), end, { num }, undefined, r.quoted(start) || undefined));
    r.taken.push(start, end);
  }
}

/** Relative references: 本条, 前条, 前款, 本款, and the units that follow. */
function readRelative(r: RunReading, s: string, p: Run): void {
  const { treaty, convention } = r.scan;
  const { lineRefs, taken } = r;
  let m: RegExpExecArray | null;
  RELATIVE.lastIndex = 0;
  while ((m = RELATIVE.exec(s))) {
    const start = p.at(m.index);
    if (!r.isFree(start, p.end(m.index + 2))) continue;
    // `本条前两款`: 本条 names the article 前两款 is written in anyway.
    const word = (m[1].startsWith('本条前') ? m[1].slice(2) : m[1]) as Relative;
    // Right after an article's name (`刑法第三百零七条之一前三款`), 前N款 are that article's first N
    // paragraphs, and after a paragraph's (`婚姻法第三十二条第三款前三项`) 前N项 its first N items, not
    // the ones before this one; 前款, 前项 and the others there name nothing.
    const named = word[0] === '前' && word === m[1] ? articleBefore(lineRefs, start) : undefined;
    if (named && named.target.item === undefined && named.range !== 'from' && /^[ \t\u3000]*$/.test(s.slice(p.back(named.end), m.index))) {
      const wordEnd = p.end(m.index + m[1].length);
      taken.push(start, wordEnd);
      const count = word.length === 3 ? parseNumeral(word[1]) : undefined;
      const paragraphs = word[2] === '款' && named.target.paragraph === undefined;
      if (count !== undefined && (paragraphs || (word[2] === '项' && named.target.paragraph !== undefined))) {
        const target: ArticleTarget = paragraphs
          ? { num: named.target.num, paragraph: 1, lastParagraph: count }
          : { num: named.target.num, paragraph: named.target.paragraph, item: 1, lastItem: count };
        if (named.target.sub !== undefined) target.sub = named.target.sub;
        lineRefs.push(articleRef(start, wordEnd, start, wordEnd, target, named.citation, named.uncertain || r.quoted(start)));
      }
      continue;
    }
    // Draft articles call themselves 本条款 (`第三条 … 1.本条款不妨碍…`, the present articles): the text, not this article.
    if (word === '本条' && s.charCodeAt(m.index + 2) === 0x6b3e /* 款 */ && treaty.kind === ARTICLES_KIND) {
      const end = p.end(m.index + 3);
      lineRefs.push({ kind: 'self', start, end, uncertain: undefined });
      taken.push(start, end);
      continue;
    }
    // A point about another instrument's article (`五、关于协定第二十四条，…执行本条规定`): 本条 is that article.
    const about = word === '本条' ? pointAbout(lineRefs, s, p) : undefined;
    if (about) {
      const end = p.end(m.index + 2);
      lineRefs.push(articleRef(start, end, start, end, { num: about.target.num, ...(about.target.sub !== undefined ? { sub: about.target.sub } : {}) }, about.citation, true, word));
      taken.push(start, end);
      continue;
    }
    let t = word.endsWith('项') ? relativeItem(treaty, word as `前${string}项` | '本项', start, convention) : relativeTarget(treaty, word, start);
    if (!t) continue;
    let end = p.end(m.index + m[1].length);
    let doubt = r.quoted(start);
    // In an item of a list whose lead names one other article, 本条's units may be that article's (`违反本条例第十九条
    // 规定，有下列行为之一的：（二）违反本条第二款规定的…`: the lead's article, as a penalty clause's items often say): uncertain
    // — where this article has no such unit (an article of two paragraphs has its own 本条第二款).
    if (word === '本条' && m[2] !== undefined) {
      const a = articleAt(treaty, start);
      const para = a?.paragraphs.find((x) => x.start <= start && start < x.end);
      const led = a && para && !holdsUnits(a, m[2], convention) ? leadArticle([...r.unit.refs, ...lineRefs], a, para, start) : undefined;
      if (led && !led.uncertain && led.target.paragraph === undefined) {
        t = led.target.sub !== undefined ? { num: led.target.num, sub: led.target.sub } : { num: led.target.num };
        doubt = true;
      }
    }
    // (Units after paragraphs or items named together, `前两款第一项`, are read alone.)
    if (m[2] !== undefined && t.lastParagraph === undefined && t.lastItem === undefined && t.lastArticle === undefined) {
      const units: ArticleTarget = { num: t.num };
      const read = readUnits(m[2], convention, units);
      if (t.paragraph === undefined) {
        // 本条第二款, 本条第一项(子)款: units of the article.
        Object.assign(t, { paragraph: units.paragraph, item: units.item, itemOrParagraph: units.itemOrParagraph });
        if (units.paragraph === undefined) delete t.paragraph;
        if (units.item === undefined) delete t.item;
        if (!units.itemOrParagraph) delete t.itemOrParagraph;
        end = p.end(m.index + m[0].length);
        doubt ||= !!read.uncertain;
      } else if (units.paragraph === undefined && units.item !== undefined) {
        // 前款第（五）项: an item of that paragraph (第Y款 after a paragraph word names nothing); 前款第五项
        // too where the convention is not shown: below a paragraph, 第Z项 is an item whatever the convention.
        t.item = units.item;
        end = p.end(m.index + m[0].length);
      }
    }
    // Quoted (the new text an amending article writes, `协定第三条第三款被以下条款全部替代：“本条的条款不应…”`), the unit is the
    // quoted article's, not this text's: another text's, as a quoted item's is.
    lineRefs.push(articleRef(start, end, start, end, t, undefined, doubt, word, undefined, r.quoted(start)));
    taken.push(start, end);
  }
}

/** Whether article `a` has the paragraph, or the item of one of its paragraphs, that `written` (`第二款`, `第三项`) names. */
function holdsUnits(a: Article, written: string, convention: Convention | undefined): boolean {
  const units: ArticleTarget = { num: a.num ?? 0 };
  readUnits(written, convention, units);
  if (units.paragraph !== undefined) return units.paragraph <= a.paragraphs.length && (units.item === undefined || a.paragraphs[units.paragraph - 1].items.length >= units.item);
  return units.item !== undefined && a.paragraphs.some((p) => p.items.length >= units.item!);
}

/** A unit named alone as read (`readUnitsAlone`): where it is written, how long, and its words (a listed unit with its word). */
interface UnitWritten {
  index: number;
  length: number;
  text: string;
  /** The first of units listed before one word (`第一` of `第三条第一、二款`): the units of an article named right before it. */
  first?: true;
}
/** A list's numbers and what joins them, in a unit named alone: group 1 the joiner. */
const UNIT_LIST_JOINS = new RegExp(`${SP}(、|和|及|至|到)${SP}`, 'g');
/**
 * The units of numbers listed before one word, `written` (a UNIT_ONLY match) at `index`: `第一、二款` is paragraphs 1 and 2, as
 * `第二、三条` is articles 2 and 3 (older and newer texts alike drop the later members' 第 and the word: `第三条第一、二款`,
 * `第十一、十二款`), `第四、第五、第六款` three, `第一至三款` the range's ends; a count after the last number no part of it
 * (`第一、二两款`, `第四、第五、第六三款`: numerals.ts countAfterList). Each is its own unit, `第一款`, `第二款`, of the word after
 * the last (and the units after that word, as `第二、三条第一款`'s are each number's), written `第一` (its 第 with it, where
 * written) and `二款` (the last with its word; counted, the number alone); undefined for one number.
 */
function listedUnits(index: number, written: string): UnitWritten[] | undefined {
  const word = written.search(/[款项]/);
  let list = written.slice(0, word).replace(/[ \t\u3000]+$/, '');
  // A count after a closing bracket (`第（一）、（二）两项`) is the list's, no label's: the last member ends at its bracket.
  const counted = new RegExp(`[）)][ \\t\\u3000]*[${LIST_COUNT_CHARS}]$`).test(list);
  if (counted) list = list.slice(0, -1).replace(/[ \t\u3000]+$/, '');
  UNIT_LIST_JOINS.lastIndex = 0;
  if (!UNIT_LIST_JOINS.test(list)) return undefined;
  UNIT_LIST_JOINS.lastIndex = 0;
  const members: { at: number; length: number; number: string; join?: string }[] = [];
  let from = 0;
  for (;;) {
    const j = UNIT_LIST_JOINS.exec(list);
    const raw = list.slice(from, j ? j.index : list.length);
    const number = raw.replace(/^第[ \t\u3000]*/, '').trim();
    members.push({ at: from, length: raw.length, number, join: j?.[1] });
    if (!j) break;
    from = j.index + j[0].length;
  }
  const numbers = members.map((x) => x.number);
  const cut = countAfterList(numbers, members.length === 2 && (members[0].join === '至' || members[0].join === '到'));
  const unit = written.slice(word);
  const tail = unit.slice(1);
  const last = members[members.length - 1];
  const out: UnitWritten[] = members.slice(0, -1).map((x, i) => ({ index: index + x.at, length: x.length, text: `第${x.number}${unit}`, ...(i === 0 ? { first: true as const } : {}) }));
  if (counted) out.push({ index: index + last.at, length: last.length, text: `第${last.number}${unit.charAt(0)}` });
  else if (cut) {
    const n = last.number.slice(0, -cut).trimEnd();
    out.push({ index: index + last.at, length: last.length - (last.number.length - n.length), text: `第${n}${unit.charAt(0)}` });
  } else out.push({ index: index + last.at, length: written.length - last.at, text: `第${last.number}${unit}` });
  return out;
}

/** `第（三）项`, `第二款`, `第二项(子)款` alone: units of the enclosing article, or of another instrument (`该宣言第五项`). */
function readUnitsAlone(r: RunReading, s: string, p: Run, citations: Citation[]): void {
  const { treaty, convention, kuanArticles, ownKinds } = r.scan;
  const { cited, aliases: instrumentAlias } = r.state;
  const { lineRefs, taken, unit } = r;
  const line = p.line;
  let m: RegExpExecArray | null;
  UNIT_ONLY.lastIndex = 0;
  // The end of the last unit an amendment makes (NEW_UNIT), on the run.
  let newUnitEnd = -1;
  // The units of a list after the first, read after it (`第一、二款`, `第四、第五、第六三款`: `listedUnits`).
  const pending: UnitWritten[] = [];
  for (;;) {
    let u = pending.shift();
    if (!u) {
      if (!(m = UNIT_ONLY.exec(s))) break;
      const members = listedUnits(m.index, m[0]);
      u = members ? members.shift()! : { index: m.index, length: m[0].length, text: m[0] };
      if (members) pending.push(...members);
    }
    const start = p.at(u.index);
    const end = p.end(u.index + u.length);
    if (!r.isFree(start, end)) continue;
    taken.push(start, end);
    // The heading of an article headed 第…款 is not a reference to it.
    if (line.label && start <= line.label.start && end >= line.label.end) continue;
    // The unit an amendment makes (`中增加一款作为第二款`, and those listed after it: `增加两款作为第二款、第三款`):
    // not yet a unit of that article, nor one of this.
    if (NEW_UNIT.test(s.slice(Math.max(0, u.index - 12), u.index)) || (newUnitEnd >= 0 && ITEM_JOIN.test(s.slice(newUnitEnd, u.index)))) {
      newUnitEnd = u.index + u.length;
      continue;
    }
    const foreign = foreignBefore(s, u.index, p, citations, cited, instrumentAlias, ownKinds, r.scan.ownTitle);
    // `…所訂預立節略内,大西洋國永居、管理澳門之第二款`: the unit of the instrument its clause opened inside, none of this text's.
    if (!foreign && concludedWithin(s, u.index, p, r.quotes)) continue;
    if (foreign) {
      // Another instrument's numbered paragraph: its unit `五、`, which is its article 5 when it has no articles.
      const n = /项$/.test(u.text) ? unitNumber(u.text.replace(/^第|项$/g, '').replace(/[（()）\s\u3000]/g, '')) : undefined;
      if (foreign.citation && n !== undefined) lineRefs.push(articleRef(start, end, start, end, { num: n }, foreign.citation, true));
      continue;
    }
    // `第十三条第一款第（一）项至第（四）项`: the second item is in the same paragraph as the first.
    const units: ArticleTarget = { num: 0 };
    const read = readUnits(u.text, convention, units);
    // `第  项`, `第  款` with the number left blank (a form to fill in): no unit named.
    if (units.paragraph === undefined && units.item === undefined) continue;
    if (kuanArticles && units.paragraph !== undefined && units.item === undefined && /款$/.test(u.text)) {
      // `現按照第六款賠償事宜` in a text whose articles are 款: that article.
      lineRefs.push(articleRef(start, end, start, end, { num: units.paragraph }, undefined, r.quoted(start)));
      continue;
    }
    // `该条第二款`, `该条第（一）项`: units of the article named last before it on the line (`依照《…》第五条和该条第二款`).
    const thatWritten = THAT_ARTICLE.test(s.slice(Math.max(0, u.index - 8), u.index));
    const that = thatWritten ? namedArticleBefore(lineRefs, start, s, p) : undefined;
    // (With no article named before it on its line, 该条 names none here: not the article it is written in.)
    if (thatWritten && !that) continue;
    if (that) {
      const target: ArticleTarget = { num: that.target.num };
      if (that.target.sub !== undefined) target.sub = that.target.sub;
      if (units.paragraph !== undefined) target.paragraph = units.paragraph;
      if (units.item !== undefined) target.item = units.item;
      if (units.itemOrParagraph) target.itemOrParagraph = true;
      lineRefs.push(articleRef(start, end, start, end, target, that.citation, that.uncertain || read.uncertain || r.quoted(start), undefined, undefined, that.elsewhere));
      continue;
    }
    // `依照第二条[第一款]` (a draft's bracketed words): the unit is the article's named right before the bracket, its paragraph
    // kept for an item (`第二条第一款[第（三）项]`). Or `第三条第一、二款`, `第三条第一款第一、二项`: units listed right after an
    // article's label (which reads one unit with it, not a list) are that article's (and that paragraph's); the later ones follow
    // the first (`paragraphBefore`, `itemBefore`).
    const bracketed = bracketedAfter(lineRefs, start, s, p);
    const named = !bracketed && u.first ? articleRightBefore(lineRefs, start, s, p) : undefined;
    const of = bracketed ?? (named && (units.paragraph === undefined || named.target.paragraph === undefined) ? named : undefined);
    if (of) {
      lineRefs.push(articleRef(start, end, start, end, unitOfArticle(of, units), of.citation, of.uncertain || read.uncertain || r.quoted(start), undefined, undefined, of.elsewhere));
      continue;
    }
    const prev = itemBefore(lineRefs, start, s, p);
    if (prev && units.item !== undefined && units.paragraph === undefined) {
      // `第二条第一项、第二项` where the convention is not shown: both item or paragraph.
      const target: ArticleTarget = { ...prev.target, item: units.item };
      if (!(prev.target.itemOrParagraph && units.itemOrParagraph)) delete target.itemOrParagraph;
      lineRefs.push(articleRef(start, end, start, end, target, prev.citation, prev.uncertain, undefined, undefined, prev.elsewhere));
      continue;
    }
    // `第二十条第一款、第二款`, `第三条第一款至第三款`, `第二条第一款、第二款第（一）项`: a paragraph (and its item)
    // listed after a paragraph is the same article's.
    const prevParagraph = units.paragraph !== undefined ? paragraphBefore(lineRefs, start, s, p) : undefined;
    if (prevParagraph) {
      const target: ArticleTarget = { num: prevParagraph.target.num, paragraph: units.paragraph };
      if (prevParagraph.target.sub !== undefined) target.sub = prevParagraph.target.sub;
      if (units.item !== undefined) target.item = units.item;
      lineRefs.push(articleRef(start, end, start, end, target, prevParagraph.citation, prevParagraph.uncertain || read.uncertain, undefined, undefined, prevParagraph.elsewhere));
      continue;
    }
    // `第七十八条第(一)、第(三)、第(七)项`: the labels listed after an article's name are its items.
    const listed = units.item !== undefined && units.paragraph === undefined ? listedAfter(lineRefs, start, s, p) : undefined;
    if (listed) {
      lineRefs.push(articleRef(start, end, start, end, { ...listed.target, item: units.item, itemOrParagraph: undefined }, listed.citation, listed.uncertain, undefined, undefined, listed.elsewhere));
      continue;
    }
    const a = articleAt(treaty, start);
    if (!a || a.num === undefined) continue;
    // `根据以上第4款` in a text of points alone (`1.` `2.`, the Doha Declaration on TRIPS), no article named before it: point 4,
    // as the English `paragraph 4 above` — where the point it is written in has no such paragraph and the text has that point.
    // (Not after an article named before it on its line, `《安排》第二十八條(經濟和技術合作)第四款`: that article's paragraph.)
    if (treaty.tree.unitStyle === 'paragraph' && units.paragraph !== undefined && units.item === undefined && /款$/.test(u.text) &&
      a.paragraphs.length < units.paragraph && treaty.articles.some((x) => x.num === units.paragraph) && !lineRefs.some((x) => x.kind === 'article' && x.end <= start)) {
      lineRefs.push(articleRef(start, end, start, end, { num: units.paragraph }, undefined, r.quoted(start)));
      continue;
    }
    // `為確認第一項之實行情形` in point 二 of a text of points (`一、`…`五、`, the 1933 Tanggu truce, 項 its points' word): point 1,
    // where the point it is written in has no items and the paragraph it would name is the one it stands in, or one it lacks
    // (a point's own paragraph named from inside itself is no reading). Not a bracketed 第(一)项, an item's.
    if (treaty.tree.unitStyle === 'paragraph' && units.itemOrParagraph && units.paragraph === undefined && units.item !== undefined && units.item !== a.num &&
      a.paragraphs.every((x) => x.items.length === 0) && treaty.articles.some((x) => x.num === units.item) && !lineRefs.some((x) => x.kind === 'article' && x.end <= start)) {
      const within = a.paragraphs.find((x) => x.start <= start && start < x.end);
      if (a.paragraphs.length < units.item || within?.index === units.item) {
        lineRefs.push(articleRef(start, end, start, end, { num: units.item }, undefined, r.quoted(start)));
        continue;
      }
    }
    let target: ArticleTarget = { num: a.num, sub: a.sub };
    const para = a.paragraphs.find((x) => x.start <= start && start < x.end);
    // Written in an item of a list whose lead names one other article (`违反本条例第十六条规定，有下列
    // 行为之一的：（二）违反第七项规定的…`): an item alone is that article's.
    const led = units.item !== undefined && units.paragraph === undefined && para ? leadArticle([...unit.refs, ...lineRefs], a, para, start) : undefined;
    if (led) {
      target = { ...led.target, item: units.item };
      if (units.itemOrParagraph) target.itemOrParagraph = true;
      if (led.uncertain) {
        lineRefs.push(articleRef(start, end, start, end, target, undefined, true));
        continue;
      }
    } else if (units.paragraph !== undefined) target.paragraph = units.paragraph;
    else if (units.itemOrParagraph) Object.assign(target, { item: units.item, itemOrParagraph: true });
    else {
      // An item alone is in the paragraph the reference is written in; in a paragraph without items
      // (the one after a list: `有第（四）项情形的，…`), in the last one before it that has items.
      const listing = para && para.items.length === 0 ? a.paragraphs.filter((x) => x.index < para.index && x.items.length > 0).pop() : undefined;
      if (listing) target.paragraph = listing.index;
      else if (para) target.paragraph = para.index;
      target.item = units.item;
    }
    if (units.paragraph !== undefined && units.item !== undefined) target.item = units.item;
    // Only items were looked for here before; a paragraph named alone is never reported.
    // In quoted words (the new text an amendment writes), the unit is the quoted article's: not this text's.
    const doubt = read.uncertain || r.quoted(start) || units.paragraph !== undefined;
    lineRefs.push(articleRef(start, end, start, end, target, undefined, doubt, undefined, undefined, r.quoted(start)));
  }
}

/** `该条` alone (`依照该条规定处理`): the article named last before it on its line, as 该条第二款's is; none named, nothing. */
function readThatAlone(r: RunReading, s: string, p: Run): void {
  const { lineRefs, taken } = r;
  let m: RegExpExecArray | null;
  THAT_ALONE.lastIndex = 0;
  while ((m = THAT_ALONE.exec(s))) {
    const start = p.at(m.index);
    const end = p.end(m.index + m[0].length);
    const that = r.isFree(start, end) ? namedArticleBefore(lineRefs, start, s, p) : undefined;
    if (!that) continue;
    const target: ArticleTarget = { num: that.target.num };
    if (that.target.sub !== undefined) target.sub = that.target.sub;
    lineRefs.push(articleRef(start, end, start, end, target, that.citation, that.uncertain || r.quoted(start), '该条'));
    taken.push(start, end);
  }
}

/** Self-references: 本协议 (not when it opens an article reference). */
function readSelf(r: RunReading, s: string, p: Run): void {
  const { titled } = r.scan;
  const lineRefs = r.lineRefs;
  const first = selvesOn(r, p);
  if (first !== undefined) {
    const selves = r.selves!;
    const { contentStart, contentEnd } = p.line;
    for (let k = first; k < selves.length && selves[k] < contentEnd; k += 2) selfOn(r, p, selves[k] - contentStart, s.slice(selves[k] - contentStart, selves[k + 1] - contentStart));
  } else for (let e = nextSelf(s, 0); e; e = nextSelf(s, e.index + e.word.length)) selfOn(r, p, e.index, e.word);
  // `本停战协定`: this text by its kind with its title's words before it (`titledSelfOf`); its own kind, so quoted too.
  if (titled) {
    // (Where the kind next stands two or more after the 本 read: a 本 farther than MAX_TITLE_WORDS before it starts none, and is
    // not read — most 本 of such a text stand right before its kind, 本协定, and its next kind is far.)
    let kind = -1;
    for (let i = s.indexOf('本'); i >= 0; i = s.indexOf('本', i + 1)) {
      if (kind < i + 2 && (kind = s.indexOf(titled.kind, i + 2)) < 0) break;
      if (kind > i + 1 + MAX_TITLE_WORDS) {
        i = kind - 2 - MAX_TITLE_WORDS;
        continue;
      }
      const length = titledSelfAt(s, i, titled);
      if (length === 0) continue;
      const start = p.at(i);
      if (!lineRefs.some((x) => x.start === start)) lineRefs.push({ kind: 'self', start, end: p.end(i + length), uncertain: r.quoted(start) ? true : undefined });
      i += length - 1;
    }
  }
}

/** The self-reference `word` at `at` on the run, unless it is an article reference's or, quoted, another instrument's. */
function selfOn(r: RunReading, p: Run, at: number, word: string): void {
  const { ownKinds, parentSelf } = r.scan;
  const lineRefs = r.lineRefs;
  const start = p.at(at);
  if (lineRefs.some((x) => x.kind === 'article' && x.start === start)) return;
  // (Quoted in a point whose line opens inside the quotation — a note quoting the proposal whose points are this text's, `内容如下:
  // “…` / `四、本协议自…生效。`: this text's word, as the point is.)
  const quoted = r.quoted(start) && !(p.line.kind === 'para' && r.quoted(p.line.start));
  // Quoted, a kind this document never calls itself by is the quoted instrument's (an amending
  // protocol's 「…依据本协定派遣…」, the words it adds to the agreement): no reference to this one.
  if (quoted && ownKinds.size > 0 && !ownKinds.has(selfKind(word))) return;
  // In a protocol to an agreement (`…协定的议定书`), 本协定 is the agreement's. (`uncertain` always
  // set, undefined or true: self-references of one shape, as article references are.)
  const uncertain = quoted || namesParent(word, parentSelf) ? true : undefined;
  lineRefs.push({ kind: 'self', start, end: p.end(at + word.length), uncertain });
}

/**
 * Where the self-references on a run of one line begin in `r.selves` (an even index; past them, the first after the line),
 * when the unit's evidence read them: the line standing apart in the unit's text (white space or a line break on each side,
 * or the unit's ends), the pattern read there what it reads on the line alone — no lookbehind reaches a character before
 * it, no self-word runs on past its end. Undefined otherwise (a run of several lines, a line glued inside another): matched
 * on the run.
 */
function selvesOn(r: RunReading, p: Run): number | undefined {
  const selves = r.selves;
  const l = p.line;
  if (!selves || p.last !== l || p.text.length !== l.contentEnd - l.contentStart) return undefined;
  const raw = r.scan.raw;
  if (l.contentStart > r.unit.start && !isWhiteSpaceCode(raw.charCodeAt(l.contentStart - 1))) return undefined;
  if (l.contentEnd < r.unit.end && !isWhiteSpaceCode(raw.charCodeAt(l.contentEnd))) return undefined;
  return 2 * partitionPoint(selves.length / 2, (i) => selves[2 * i] < l.contentStart);
}

/**
 * Defined terms: their uses (not the definition itself, nor inside a citation, nor where a reference
 * read before on the run is), into `out`, in text order. The uses are the leftmost occurrences of
 * the terms, the longest where several start at one place, none overlapping the one before (what
 * the alternation of the terms, longest first, finds matched again and again), found by indexOf:
 * a text defines a few terms (none in most laws, one to three in most others), and a pattern of
 * its own would be compiled for each text.
 */
function readTerms(r: RunReading, s: string, p: Run, citations: Citation[], out: Reference[], chars: number): void {
  const { raw, terms, definitionAt, soughtDefinition, soughtHeld, soughtBits } = r.scan;
  const sought = r.scan.sought!;
  const next = r.scan.soughtAt;
  const k = sought.length;
  // (Only the terms whose first character the run holds, by their bits in `chars`: C_TERMS.)
  for (let t = 0; t < k; t++) next[t] = (chars & soughtBits[t]) !== 0 ? s.indexOf(sought[t]) : -1;
  for (;;) {
    // The leftmost; at one place the first of the list, the longest.
    let best = -1;
    for (let t = 0; t < k; t++) if (next[t] >= 0 && (best < 0 || next[t] < next[best])) best = t;
    if (best < 0) return;
    const term = sought[best];
    const at = next[best];
    const after = at + term.length;
    // A longer term written across its end (`中小学校外实践教育`: 校外实践教育 over 学校's 校): that term is the word, this one
    // no use — of two terms written overlapping, the longer.
    let across = -1;
    for (let t = 0; t < best; t++) if (next[t] > at && next[t] < after && sought[t].length > term.length) across = t;
    if (across >= 0) {
      for (let t = 0; t < k; t++) if (next[t] >= 0 && next[t] <= at) next[t] = s.indexOf(sought[t], at + 1);
      continue;
    }
    for (let t = 0; t < k; t++) if (next[t] >= 0 && next[t] < after) next[t] = s.indexOf(sought[t], after);
    const start = p.at(at);
    const end = p.end(after);
    if (definitionAt.has(start) || insideAny(start, citations) || !r.isFree(start, end)) continue;
    // A longer word the term's meaning lists beside it (总领事馆 for 领事馆), or a member of the meaning written whole
    // (北京中轴线文化遗产 for 北京中轴线): that word, the long form, not the term.
    const longer = r.scan.longer?.get(term);
    if (longer !== undefined && longer.some((w) => writtenAround(s, at, w, term))) continue;
    // Part of a name that holds it (代表 in 人民代表大会): no use of the term.
    if (soughtHeld[best] === 1 && heldByName(s, at, term)) continue;
    // In the notice issuing the text (`issuingNotice`): another document's words.
    const notice = r.scan.notice;
    if (notice !== undefined && start >= notice[0] && start < notice[1]) continue;
    const index = soughtDefinition[best];
    // A term used before it is defined still points at its definition. Its words as written there: most uses
    // are written as the definition writes the term, whose string is shared (no string made a use).
    const written = terms[index].term;
    out.push({ kind: 'term', start, end, term: end - start === written.length && writtenAt(raw, start, written) ? written : p.slice(raw, at, after), definition: index });
  }
}

/** Whether `s` holds `word` around the term at `at`, the term at its first place in it. */
function writtenAround(s: string, at: number, word: string, term: string): boolean {
  const k = word.indexOf(term);
  return at >= k && s.startsWith(word, at - k);
}

/** Whether `raw` holds `word` at `at`. */
function writtenAt(raw: TextLike, at: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) if (raw.charCodeAt(at + i) !== word.charCodeAt(i)) return false;
  return true;
}

function findReferences(treaty: Treaty): Reference[] {
  // Sized once (every keystroke builds this list again: no garbage from growing it).
  const units = unitsOf(treaty).units;
  let n = 0;
  for (let k = 0; k < units.length; k++) n += units[k].refs.length;
  const out: Reference[] = new Array(n);
  let i = 0;
  for (let k = 0; k < units.length; k++) {
    const refs = units[k].refs;
    for (let j = 0; j < refs.length; j++) out[i++] = refs[j];
  }
  return out;
}

/**
 * Citations on a line: `《…》` (nested ones too: `《关于〈…协定〉的议定书》` is a citation,
 * and so is the agreement inside it), and titles in quotation marks ending with a kind of
 * instrument (`“…贸易协定”`), each with the date written before it.
 */
function citationsIn(s: string, from: Run, terms: Terms, chars: number): Citation[] {
  const out: Citation[] = [];
  const open: number[] = [];
  // The walk starts at the first bracket, if any (`chars`: charsOf(s)).
  let first = chars & C_TITLE ? s.indexOf('《') : -1;
  const angle = chars & C_INNER_TITLE ? s.indexOf('〈') : -1;
  if (first < 0 || (angle >= 0 && angle < first)) first = angle;
  // Character codes (`s[i]` would make a string of each character): 《 0x300a, 》 0x300b, 〈 0x3008, 〉 0x3009.
  for (let i = first < 0 ? s.length : first; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x300a || c === 0x3008) {
      if (open.length < 8) open.push(i);
    } else if ((c === 0x300b || c === 0x3009) && open.length) {
      const at = open.pop()!;
      if ((s.charCodeAt(at) === 0x300a) !== (c === 0x300b)) continue; // mismatched brackets: not a title
      const inner = s.slice(at + 1, i);
      if (inner.length === 0 || inner.length > 200 || (inner.length > 120 && !/[《〈]/.test(inner))) continue;
      // 本《条约》: the text itself (a self-reference), not a citation of a text titled 条约.
      if (at > 0 && s.charCodeAt(at - 1) === 0x672c /* 本 */ && SELF_WORDS.includes(inner)) continue;
      out.push(citation(s, at, i + 1, inner, from));
    }
  }
  QUOTED_TITLE.lastIndex = 0;
  let m: RegExpExecArray | null;
  const quotes = (chars & (C_QUOTE | C_CORNER)) !== 0;
  while (quotes && (m = QUOTED_TITLE.exec(s))) {
    const start = from.at(m.index);
    const inner = m[1] ?? m[2];
    // A defined term in quotes (`以下简称“协定”`) is not a title; nor is a bare kind.
    if (insideAny(start, out) || termsOf(terms).some((d) => start >= d.clauseStart && start < d.clauseEnd) || kindOf(inner) === inner) continue;
    out.push(citation(s, m.index, m.index + m[0].length, inner, from, 'quoted'));
  }
  return byStart(out);
}

function citation(s: string, at: number, end: number, inner: string, from: Run, how?: 'quoted'): Citation {
  // (The brackets of a title inside it dropped: most titles hold none, and are not read by a pattern for them.)
  const bare = inner.indexOf('〈') < 0 && inner.indexOf('〉') < 0 ? inner : inner.replace(/[〈〉]/g, '');
  return newCitation(from.at(at), from.end(end), cleanTitle(inner), normalizeTitle(bare), dateBefore(s, at, from), how);
}

/**
 * Spans of quoted text on a line (absolute offsets), into `spans` (empty: start, end, start, end …),
 * and whether a quotation is still open at its end. `inside`: the line starts inside a quotation
 * opened on an earlier line. Called only for a line that holds a quotation mark or starts inside a
 * quotation (most lines quote nothing: `readRun` asks charsOf first).
 */
function quotedSpans(s: string, from: Run, inside: boolean, spans: number[]): boolean {
  let openAt = inside ? 0 : -1;
  for (let i = 0; i < s.length; i++) {
    // “ 「 『, then ” 」 』, by code (no string made of each character).
    const c = s.charCodeAt(i);
    if (c === 0x201c || c === 0x300c || c === 0x300e) {
      if (openAt < 0) openAt = i;
    } else if ((c === 0x201d || c === 0x300d || c === 0x300f) && openAt >= 0) {
      spans.push(from.at(openAt), from.end(i + 1));
      openAt = -1;
    }
  }
  if (openAt >= 0) spans.push(from.at(openAt), from.end(s.length));
  return openAt >= 0;
}

/**
 * The old texts a table of amendments gives unquoted on the run (words.ts TABLE_OLD_TEXT: `行:3—6如果准成员…加入本协定…改为`, beside
 * `删:“…”,改为` / `增:“…”`): each line of the run opening with the label of the lines amended and their numbers and ending with 改为,
 * the words between added to the run's quoted spans `spans` — the amended agreement's words, its 本协定 none of the table's.
 * `first`: where the run's first 改为 is (the caller found it, which asks before calling).
 */
function tableOldTexts(s: string, from: Run, spans: number[], first: number): void {
  for (let k = first; k >= 0; k = s.indexOf('改为', k + 2)) {
    // The line holding it: the run's characters on either side whose offsets in the text follow on (a line break between two
    // lines of the run is a jump).
    let a = k;
    while (a > 0 && from.at(a - 1) + 1 === from.at(a)) a--;
    let b = k + 2;
    while (b < s.length && from.at(b - 1) + 1 === from.at(b)) b++;
    const line = s.slice(a, b);
    const head = TABLE_OLD_TEXT.exec(line);
    const end = head === null ? null : TABLE_OLD_TEXT_END.exec(line);
    if (head !== null && end !== null && end.index > head[1].length) spans.push(from.at(a + head[1].length), from.end(a + end.index));
    // (The next search from the next line's first character.)
    k = b - 2;
  }
}

/**
 * Whether the words right before a reference at `at` (line-relative) name another instrument:
 * a citation (`《…》第十条`, `《…》（以下简称“协议”）第十条`), a defined short name of one
 * (`协议第二条`), an anaphor (`该公约第二条`, `上述协定第三条`, `其第三条`), or a kind of
 * instrument that is not this one's (`宪章第五十一条` in an agreement, `协定第三条` in a protocol).
 */
function foreignBefore(
  s: string, at: number, from: Run, citations: Citation[], cited: Map<string, Citation>, aliases: Map<string, Citation>, ownKinds: Set<string>,
  ownTitle: string | undefined | false = false,
): Foreign | undefined {
  let k = at;
  while (k > 0 && /[ \t\u3000]/.test(s[k - 1])) k--;
  // A citation right before, or before its parenthetical: `《…》（以下简称“协议”）第十条`.
  const ending = (end: number) => {
    let best: Citation | undefined;
    for (const c of citations) if (c.end === from.end(end) && (!best || c.start < best.start)) best = c;
    return best;
  };
  let c = ending(k);
  if (c) return { citation: c, start: c.start, ...(VERSION_BEFORE_CITATION.test(s.slice(Math.max(0, from.back(c.start) - 6), from.back(c.start))) ? { continued: true as const } : {}) };
  if (s[k - 1] === '）' || s[k - 1] === ')') {
    const open = Math.max(s.lastIndexOf('（', k - 1), s.lastIndexOf('(', k - 1));
    if (open >= 0 && k - open <= 60) {
      let j = open;
      while (j > 0 && /[ \t\u3000]/.test(s[j - 1])) j--;
      c = ending(j);
      if (c) return { citation: c, start: from.at(at) };
    }
  }
  const before = s.slice(Math.max(0, k - 40), k);
  // A law named by its number (`第3/1999號法律第六條第一款`): that law, cited by its number as its title (a Macao law's file is titled so).
  const numbered = NUMBERED_LAW.exec(before);
  if (numbered) {
    const at0 = Math.max(0, k - 40) + numbered.index;
    const name = numbered[1];
    return { citation: newCitation(from.at(at0), from.end(at0 + name.length), name, normalizeTitle(name), undefined, 'bare'), start: from.at(at) };
  }
  if (DATED_OR_FORMER.test(before) || NUMBERED_ACT.test(before) || LATIN_NAMED_ACT.test(before)) return { start: from.at(at), unknown: true };
  if (aliases.size > 0) for (const [alias, a] of aliases) {
    if (before.endsWith(alias) && !before.endsWith('本' + alias)) return { citation: a, start: from.at(at), ...(VERSION_BEFORE_CITATION.test(before.slice(0, -alias.length)) ? { continued: true as const } : {}) };
  }
  // A law's part or chapter between its name and the article: `刑法分则第九章第三百九十八条`, `刑法分则第三章第二节、第一百九十条`.
  const path = PART_PATH.exec(before);
  const m = FOREIGN_BEFORE.exec(path && path[0].length > 0 ? before.slice(0, path.index) : before);
  if (!m || (!m[1] && !m[2])) return undefined;
  const anaphor = m[1];
  const kind = m[2];
  // `本宣言第三条`: this instrument, named by a word the self-references do not list.
  if (!anaphor && before[m.index - 1] === '本' && !NOT_SELF.includes(before[m.index - 2])) return undefined;
  // `其第三条`: the instrument just cited; `此` alone is not an instrument.
  if (!kind) {
    if (anaphor !== '其') return undefined;
    const last = citations.filter((x) => x.end <= from.end(k)).pop();
    return last ? { citation: last, start: from.at(at) } : { start: from.at(at), unknown: true };
  }
  // Annexes: another text, never this document's articles. So is a table (`…處理要點第二點之評量表第（一）項`, words.ts TABLE_WORDS):
  // its rows, not this text's paragraphs.
  if (/^[附之的]/.test(kind)) return { start: from.at(at), unknown: true };
  // The name written before the kind word: `香港特别行政区基本法`, `中华人民共和国民法`, `宪章` (none).
  const kindAt = Math.max(0, k - 40) + m.index + (anaphor ? m[0].indexOf(kind, anaphor.length) : 0);
  let name = anaphor ? '' : nameBefore(s, kindAt);
  // `美国的宪法第二条`, `各国的刑法第三条`: the 的 cut the name off the state whose law it is — another
  // state's (not `我国的`, `中国的`), so none of this workspace's by the name alone.
  if (name && ownedByAnotherState(s, kindAt - name.length)) return { start: from.at(at), unknown: true };
  // `修改前商标法第二十七条`, `修正前刑法`: the law as it was, another version than any in the workspace may be;
  // so `修订前的刑法`, whose name the 的 cut off from the version words.
  const written = VERSION_BEFORE.exec(name);
  if (written) name = name.slice(written[0].length);
  const version = !!written || (name !== '' && VERSION_BEFORE_CITATION.test(s.slice(Math.max(0, kindAt - name.length - 6), kindAt - name.length)));
  // One or two characters before a kind word are a preposition (`依宪章`, `且依宪章`), except before
  // the kinds laws are cited by short names of (`刑法`, `民法`, `民法典`).
  if (name.length <= 2 && !SHORT_NAMED_KINDS.has(kind)) name = '';
  // `…政府关于中越陆地边界管理制度的协定第六条`: a title written without brackets, 关于 its subject 的 its kind — the 的 cut it
  // off above — names that instrument, not this one unless it ends this text's own title.
  if (!anaphor && !name && ownTitle !== false) name = aboutTitleBefore(s, kindAt, kind, ownTitle);
  // `双方协议第三条` is no instrument: a kind word alone that is this document's own names it.
  if (!anaphor && !name && ownKinds.has(kind)) return undefined;
  // 声明, 公报 alone are common words (`双方声明`): an instrument only after an anaphor.
  if ((kind === '声明' || kind === '公报') && !anaphor && !name) return undefined;
  const full = name + kind;
  // A law naming itself by its title without the home state's name (`宪法第六十二条` in 中华人民共和国宪法): its own article.
  if (!anaphor && ownTitle && full === ownLawName(ownTitle)) return undefined;
  // Citations before the reference, latest first: this line's, then earlier lines'.
  const earlierLines = [...cited.values()];
  const before_ = citations.filter((x) => x.end <= from.end(k));
  const earlier = { length: earlierLines.length + before_.length, at: (i: number) => (i < earlierLines.length ? earlierLines[i] : before_[i - earlierLines.length]) };
  // A name: the instrument cited before under that name, or the name itself, looked up in the workspace.
  if (name) {
    const key = normalizeTitle(full);
    for (let i = earlier.length - 1; i >= 0; i--) if (earlier.at(i).normalized.endsWith(key)) return { citation: earlier.at(i), start: from.at(at), ...(version ? { continued: true as const } : {}) };
    const start = from.at(kindAt - name.length);
    return { citation: newCitation(start, from.end(kindAt + kind.length), full, key, undefined, 'bare'), start: from.at(at), ...(version ? { continued: true as const } : {}) };
  }
  if (SHORT_NAMED_KINDS.has(kind)) {
    // `该法第三条`, `该法典第五条`: the instrument cited last whose title ends with the kind, not with a
    // longer kind ending with it (a 办法 is no 法). A bare `法第三条` names none that can be told.
    if (anaphor) {
      for (let i = earlier.length - 1; i >= 0; i--) {
        const t = earlier.at(i).normalized;
        const its = kindOf(t);
        if (t.endsWith(kind) && !(its && its.length > kind.length && its.endsWith(kind))) return { citation: earlier.at(i), start: from.at(at) };
      }
    }
    return { start: from.at(at), unknown: true };
  }
  const sameKind = (x: Citation) => (kindOf(x.normalized) ?? '') === kind || x.normalized.endsWith(kind);
  for (let i = earlier.length - 1; i >= 0; i--) if (sameKind(earlier.at(i))) return { citation: earlier.at(i), start: from.at(at) };
  return { start: from.at(at), unknown: true };
}

/**
 * A law's name for itself, its title (`title`, folded) without the home state's name (`宪法` of `中华人民共和国宪法`); undefined
 * for a title of another kind than a law's (a treaty names itself by 本 and its kind) or a name of one character. The
 * constitution names its own units so: `宪法第三章第五节规定的地方国家机关的职权` (第一百一十五条).
 */
export function ownLawName(title: string | undefined): string | undefined {
  const full = HOME_STATE.full!;
  if (!title || !title.startsWith(full) || title.length - full.length < 2) return undefined;
  const kind = endingKind(title);
  return kind !== undefined && LAW_KINDS.has(kind) ? title.slice(full.length) : undefined;
}

/** The text's own words for itself end right before `at`, spaces aside (`本协定`, `本停战协定`, a protocol's `本协定` too): the self-reference, or undefined. */
export function selfEnding(treaty: Treaty, at: number): SelfReference | undefined {
  const text = foldedText(treaty);
  let k = at;
  while (k > 0 && (text[k - 1] === ' ' || text[k - 1] === '\t' || text[k - 1] === '\u3000')) k--;
  const r = k > 0 ? referenceAt(treaty, k - 1) : undefined;
  return r?.kind === 'self' && r.end === k ? r : undefined;
}

/**
 * The instrument the words right before offset `at` name, read as an article's reference after them is (`foreignBefore`):
 * a citation (`《联合国宪章》`, its short name's bracket perhaps after it), an anaphor (`该公约`: the instrument of that kind
 * cited last), a law by its name (`海商法`). Undefined for this text's own words (`本法`) and for words naming none. Read
 * on demand, on `at`'s line alone, for the units of another instrument no article reference holds (`《矿山安全法》第六章`:
 * model/chapterReferences.ts).
 */
export function instrumentNamedBefore(treaty: Treaty, at: number): Citation | undefined {
  // (The text's own words, `本办法`, `本停战协定`, name no other instrument.)
  if (treaty.language !== 'zh' || selfEnding(treaty, at)) return undefined;
  const lines = treaty.tree.lines;
  const i = lastStartingAt(lines, at);
  const line = lines[i];
  if (!line || at < line.contentStart || at > line.contentEnd) return undefined;
  const run = runOfLines(foldedText(treaty), [line]);
  if (!run) return undefined;
  // This line's citations, and those of the lines before it, the latest last (the anaphors read them so).
  const citations: Citation[] = [];
  const cited = new Map<string, Citation>();
  for (const r of referencesOf(treaty)) {
    if (r.start >= line.contentEnd) break;
    if (r.kind !== 'citation') continue;
    const c = r.citation;
    if (c.start >= line.contentStart) citations.push(c);
    else {
      cited.delete(c.normalized);
      cited.set(c.normalized, c);
    }
  }
  // The short names defined before (`（以下简称“协议”）`, then `协议第三章`).
  const aliases = new Map<string, Citation>();
  for (const u of unitsOf(treaty).units) {
    if (u.start > at) break;
    for (const [name, c] of u.aliases) if (c.end <= at) aliases.set(name, c);
  }
  const f = foreignBefore(run.text, run.back(at), run, citations, cited, aliases, new Set(treaty.kind ? [treaty.kind] : []));
  return f?.citation;
}

/**
 * The name before the kind word at `kindAt` (line-relative) of a title written without brackets: `关于`, its subject (Han
 * characters and `、`, 60 at most), `的` — with the parties before 关于 back to a word citing it (`按照两国政府关于…的协定`) —
 * or '' for none, or for this text's own (`ownTitle` ends with `关于…的` and the kind), or a self-word's (`本协定关于…的规定`).
 */
function aboutTitleBefore(s: string, kindAt: number, kind: string, ownTitle: string | undefined): string {
  if (s[kindAt - 1] !== '的') return '';
  const about = s.lastIndexOf('关于', kindAt - 3);
  if (about < 0 || kindAt - about > 62 || !ABOUT_SUBJECT.test(s.slice(about + 2, kindAt - 1))) return '';
  let i = about;
  while (i > 0 && about - i < 40 && /[\u4e00-\u9fff]/.test(s[i - 1])) i--;
  const run = s.slice(i, about);
  const cut = TITLE_CUT.exec(run);
  const parties = cut ? run.slice(cut[0].length) : run;
  for (let k = parties.indexOf('本'); k >= 0; k = parties.indexOf('本', k + 1)) if (!NOT_SELF.includes(parties[k - 1] ?? (cut ? cut[0].slice(-1) : s[i - 1] ?? ''))) return '';
  const tail = foldScript(s.slice(about, kindAt) + kind);
  if (ownTitle !== undefined && ownTitle.endsWith(tail)) return '';
  return parties + s.slice(about, kindAt);
}

/** The subject of a title written without brackets, between 关于 and 的: Han characters and `、`. */
const ABOUT_SUBJECT = /^[\u4e00-\u9fff、]{2,58}$/;
/** Where the parties of a title written without brackets start: after the word citing it (words.ts CITING_VERBS: `按照`, `依照` … `执行`). */
const TITLE_CUT = new RegExp(`^.*(?:${CITING_VERBS.join('|')})`);

/** A law's parts and chapters named before one of its articles: `分则第九章`, `第三章第二节、`. */
const PART_PATH = new RegExp(`(?<=法|条例|法典)(?:分则|总则)?(?:第${N}{1,6}[编章节]){0,3}、?$`);

/** Words before a law's name that say which version of it: `修改前`, `修正后`, `修订前的`. */
const VERSION_BEFORE = /^(?:修改|修正|修订)?[前后]的?(?=[\u4e00-\u9fff])/;
/** The same words right before a citation: `修改前的《中华人民共和国商标法》`. */
const VERSION_BEFORE_CITATION = /(?:修改|修正|修订)[前后]的?[ \t\u3000]*$/;

/**
 * Where a name before a kind word starts: after the last function word (`…的`, `依照`, `和` but not `共和国` nor `和平`, a
 * word of treaties' titles: `和平友好条约`), or a word saying what an act is under it (`认定为刑法`: words.ts QUALIFYING_VERBS).
 */
const NAME_CUT = new RegExp(`^.*(?:的|(?<!共)和(?!平)|与|及|或|即|并|根据|依照|按照|依据|遵照|违反|(?<!法律)适用|关于|规定|删去|修改|参照|援引|见|${QUALIFYING_VERBS.join('|')})`);

/** Whether the name starting at `at` (line-relative) follows `的` after a state's name other than the home state's: `美国的宪法`, `各国的刑法`. */
function ownedByAnotherState(s: string, at: number): boolean {
  if (s[at - 1] !== '的') return false;
  // (A state's name is read at the end of the words before 的: twenty characters hold the longest.)
  const state = stateNamedAtEnd(s.slice(Math.max(0, at - 21), at - 1));
  return state !== undefined && state !== HOME_STATE;
}

/** The name written right before a kind word at `at` (line-relative), or ''. */
function nameBefore(s: string, at: number): string {
  let i = at;
  while (i > 0 && at - i < 40 && /[\u4e00-\u9fff]/.test(s[i - 1])) i--;
  const run = s.slice(i, at);
  const cut = NAME_CUT.exec(run);
  let name = cut ? run.slice(cut[0].length) : run;
  // A bilateral title names its two states joined by 和 or 与 (`中华人民共和国和日本国和平友好条约第三条`): that 和 cuts
  // nothing when a state's name of the table stands before it and another opens the name after it.
  if (cut && /[和与]$/.test(cut[0]) && stateOf(name)) {
    const first = stateNameEnding(cut[0].slice(0, -1));
    if (first) name = first + cut[0].slice(-1) + name;
  }
  // `在刑法第三百六十九条中`: 在 opening the words is the preposition, no part of the name.
  return name.replace(/^在(?=[\u4e00-\u9fff])/, '');
}

/** The item reference a bare `第（Z）项` continues: `第一款第（一）项至第（四）项`, `第（二）项、第（三）项`. */
function itemBefore(refs: Reference[], start: number, s: string, from: Run): Extract<Reference, { kind: 'article' }> | undefined {
  let best: Extract<Reference, { kind: 'article' }> | undefined;
  for (const r of refs) if (r.kind === 'article' && r.end <= start && r.target.item !== undefined && (!best || r.end > best.end)) best = r;
  return best && joinedAfter(best, start, s, from) ? best : undefined;
}

/** Whether a unit at `start` is joined right after the reference `r` (`、`, `和`, `至` … between them, a few characters at most). */
function joinedAfter(r: Reference, start: number, s: string, from: Run): boolean {
  return start - r.end <= 6 && ITEM_JOIN.test(s.slice(from.back(r.end), from.back(start)));
}

/**
 * Before the number an article takes in the text an amendment amends: `列为`, `改列为`, `改为`, `顺延为` (`该贸易协定增加一条款,列为第七条`,
 * `将其改列为第八条`, `第七条改为第八条`): that text's article, as renumbered, none of the amending text's.
 */
const RENUMBERED_AS = /(?:列为|改为|顺延为|改作)[ \t\u3000]{0,2}$/;

/** Before the unit an amendment makes: `增加一款作为`, `增加两款，分别作为`, `增加一项，作为该条`. */
const NEW_UNIT = new RegExp(`增加[${NUMERAL_CHARS}]{1,3}[款项][ \\t\\u3000]*[，,]?[ \\t\\u3000]*(?:分别)?作为(?:该条)?[ \\t\\u3000]*$`);

/** `该条` right before a unit (`该条第二款`, `该条中的第二款`): the article named last before it. */
const THAT_ARTICLE = /该条[ \t\u3000]{0,2}(?:中的?|的)?[ \t\u3000]{0,2}$/;
/**
 * `该条` alone (`依照该条规定处理`): not `各该条` (each of several articles), `该条款`, `该条约`, `该条例`,
 * `该条件`, `该条文`, nor before a unit (`该条第二款`, `该条中的第二款`: THAT_ARTICLE).
 */
const THAT_ALONE = /(?<!各)该条(?![约例件文款项]|[ \t\u3000]{0,2}(?:中的?|的)?[ \t\u3000]{0,2}(?:第|[（(]))/g;

/**
 * What `该条` names: the article named last before `start` by its own words (`第五条`, `第五条第一款` —
 * article 5 —, `本条`, `前条`), not by a unit alone (`增加一款作为第二款，将该条修改为`: 第二款 is read as a
 * paragraph of the article it is written in, which 该条 never is). An end of a range (`第二条至第四条`)
 * or several articles (`前两条`, the last of several numbers sharing one 条: `第二、三条`, its label a bare
 * number) tell no one article: none.
 */
function namedArticleBefore(refs: Reference[], start: number, s: string, from: Run): Extract<Reference, { kind: 'article' }> | undefined {
  let best: Extract<Reference, { kind: 'article' }> | undefined;
  for (const r of refs) {
    if (r.kind !== 'article' || r.end > start || (best && r.end <= best.end)) continue;
    const label = s.slice(from.back(r.labelStart), from.back(r.labelEnd));
    if (label.includes('条')) best = r;
  }
  return best && !best.range && best.target.lastArticle === undefined && !NUMBER_FIRST.test(s.slice(from.back(best.labelStart), from.back(best.labelEnd))) ? best : undefined;
}

/** `一、关于协定`, `（二）就《…》`: a run opening with a unit's label, the word that says what the unit is about and the instrument's name (no stop). (Read folded: 關於 is 关于 here.) */
const ABOUT = new RegExp(`^[ \\t\\u3000]*(?:[${ITEM_NUMERAL}]{1,4}[、．.]|[0-9０-９]{1,3}[、．.]|[（(][${SMALL_CN}0-9０-９]{1,3}[)）])?[ \\t\\u3000]*(?:关于|就)[^，,。；;：:]{0,40}$`);

/** The article of another instrument a run is about when it opens `五、关于协定第二十四条`: the cited article right after ABOUT. */
function pointAbout(refs: Reference[], s: string, p: Run): Extract<Reference, { kind: 'article' }> | undefined {
  for (const r of refs) {
    if (r.kind !== 'article' || !r.citation || r.range || r.relative) continue;
    const at = p.back(r.start);
    if (at >= 0 && at <= 60 && ABOUT.test(s.slice(0, at))) return r;
  }
  return undefined;
}

/** The article reference ending last before `start` (what `该条` names). */
function articleBefore(refs: Reference[], start: number): Extract<Reference, { kind: 'article' }> | undefined {
  let best: Extract<Reference, { kind: 'article' }> | undefined;
  for (const r of refs) if (r.kind === 'article' && r.end <= start && (!best || r.end > best.end)) best = r;
  return best;
}

/** Square brackets alone, the last an opening one (`[`, `][`, `［`): a negotiation draft's words not agreed yet open there. */
const BRACKETS_OPENING = /^[\[\]［］]{0,3}[\[［]$/;

/**
 * The article reference a unit in a draft's square brackets right after it continues (`依照第二条[第一款]`, `第二条第一款[第（三）项]`,
 * `第二条[第一款][第二款]`: the brackets hold words the parties have not agreed yet): that article's unit, not one of the article
 * it is written in. (A range's first end is no article of its own: `第二条至[第四条]`.)
 */
function bracketedAfter(refs: Reference[], start: number, s: string, from: Run): Extract<Reference, { kind: 'article' }> | undefined {
  const best = articleBefore(refs, start);
  return best && best.range !== 'from' && start - best.end <= 3 && BRACKETS_OPENING.test(s.slice(from.back(best.end), from.back(start))) ? best : undefined;
}

/**
 * The paragraph reference a bare `第Y款` (or `第Y款第（Z）项`) continues: `第二十条第一款、第二款`,
 * `第三条第一款至第三款`; after one down to an item too, the paragraph being the level above it
 * (`第一条第一款第（一）项、第二款和第二条第二款`, as the anti-money-laundering law writes it: 第一条第二款).
 */
function paragraphBefore(refs: Reference[], start: number, s: string, from: Run): Extract<Reference, { kind: 'article' }> | undefined {
  const best = articleBefore(refs, start);
  return best && best.target.paragraph !== undefined && joinedAfter(best, start, s, from) ? best : undefined;
}

/**
 * The target of units read alone (`units`: a paragraph, an item) as units of the article `of` names: its paragraph kept for an
 * item (`第二条第一款[第（三）项]`, `第三条第一款第一、二项`).
 */
function unitOfArticle(of: Extract<Reference, { kind: 'article' }>, units: ArticleTarget): ArticleTarget {
  const target: ArticleTarget = { num: of.target.num };
  if (of.target.sub !== undefined) target.sub = of.target.sub;
  if (units.paragraph !== undefined) target.paragraph = units.paragraph;
  else if (of.target.paragraph !== undefined) target.paragraph = of.target.paragraph;
  if (units.item !== undefined) target.item = units.item;
  if (units.itemOrParagraph && target.paragraph === undefined) target.itemOrParagraph = true;
  return target;
}

/**
 * The article reference `start` is written right after (white space at most between: `第三条` of `第三条第一、二款`), naming
 * no item and opening no range.
 */
function articleRightBefore(refs: Reference[], start: number, s: string, from: Run): Extract<Reference, { kind: 'article' }> | undefined {
  const best = articleBefore(refs, start);
  return best && best.target.item === undefined && best.target.lastArticle === undefined && best.target.lastParagraph === undefined && best.range !== 'from' && /^[ \t\u3000]{0,2}$/.test(s.slice(from.back(best.end), from.back(start))) ? best : undefined;
}

/** Labels listed after an article: `第七十八条第(一)、第(三)、` or `第十条第一款第（二）、（三）、` before `（四）项`. */
const LISTED_LABELS = new RegExp(`^(?:${SP}第?${SP}(?:[（(]${SP}${N}{1,6}?${SP}[）)]|${N}{1,6}?)${SP}(?:、|，|和|及|或者?|至|到))+${SP}$`);

/** The article reference a bare item continues through a list of labels (`第七十八条第(一)、第(三)、第(七)项`). */
function listedAfter(refs: Reference[], start: number, s: string, from: Run): Extract<Reference, { kind: 'article' }> | undefined {
  let best: Extract<Reference, { kind: 'article' }> | undefined;
  for (const r of refs) if (r.kind === 'article' && r.end <= start && r.range !== 'from' && (!best || r.end > best.end)) best = r;
  if (!best || start - best.end > 40 || best.target.item !== undefined) return undefined;
  return LISTED_LABELS.test(s.slice(from.back(best.end), from.back(start))) ? best : undefined;
}

/**
 * The article whose items a bare item written in an item of a list names: the one other article of
 * this document the list's lead names (the article's text before the list's first item, from the
 * end of an earlier list: `违反本条例第十六条规定，有下列行为之一的：（二）违反第七项规定的…`); else,
 * uncertain, the last one named before it in its own item (`（一）违反本条例第十八条规定的…；违反第十项规定的…`).
 */
function leadArticle(refs: readonly Reference[], a: Article, p: Paragraph, at: number): { target: ArticleTarget; uncertain?: true } | undefined {
  const item = p.items.find((x) => x.start <= at && at < x.end);
  if (!item) return undefined;
  const named = (r: Reference): r is Extract<Reference, { kind: 'article' }> => r.kind === 'article' && !r.citation && !r.relative && !r.uncertain && r.target.num !== a.num;
  const of = (r: Extract<Reference, { kind: 'article' }>): ArticleTarget => ({ num: r.target.num, sub: r.target.sub, ...(r.target.paragraph !== undefined ? { paragraph: r.target.paragraph } : {}) });
  let inItem: Extract<Reference, { kind: 'article' }> | undefined;
  for (const r of refs) if (named(r) && r.start >= item.start && r.end <= at && (!inItem || r.start > inItem.start)) inItem = r;
  if (inItem) return { target: of(inItem), uncertain: true };
  const first = p.items[0];
  let leadStart = a.start;
  for (const q of a.paragraphs) if (q.index < p.index && q.items.length > 0) leadStart = q.items[q.items.length - 1].end;
  let found: ArticleTarget | undefined;
  for (const r of refs) {
    if (r.kind !== 'article' || r.start < leadStart || r.start >= first.start) continue;
    if (!named(r)) return undefined;
    const t = of(r);
    if (found && (found.num !== t.num || found.sub !== t.sub || found.paragraph !== t.paragraph)) return undefined;
    found = t;
  }
  return found && { target: found };
}

/** Sorts a line's few spans by their start, in place and stably (as `sort` does, without the copy it makes). */
function byStart<T extends { start: number }>(list: T[]): T[] {
  if (list.length > 32) return list.sort((a, b) => a.start - b.start);
  for (let i = 1; i < list.length; i++) {
    const x = list[i];
    let j = i - 1;
    while (j >= 0 && list[j].start > x.start) {
      list[j + 1] = list[j];
      j--;
    }
    list[j + 1] = x;
  }
  return list;
}

function insideAny(offset: number, spans: { start: number; end: number }[]): boolean {
  return spans.some((c) => offset >= c.start && offset < c.end);
}

/** What may stand between a date and the citation it dates: `签署的`, `在北京签订的`. */
const SIGNED_BETWEEN = new RegExp(`^[ \\t\\u3000]*(?:(?:在[^，。《》]{1,10})?(?:${alternation(DATING_VERBS)})的?)?[ \\t\\u3000]*$`);

/**
 * The date written right before `offset` on its line, read as a citation's date is
 * (`1994年4月26日签署的` before `该协定` or a defined short name of an instrument).
 */
export function dateBeforeOffset(treaty: Treaty, offset: number): DateValue | undefined {
  const text = foldedText(treaty);
  const lineStart = Math.max(text.lastIndexOf('\n', offset - 1) + 1, offset - 64, 0);
  return dateBefore(text.slice(lineStart, offset), offset - lineStart, { at: (i) => lineStart + i, end: (i) => lineStart + i });
}

/** How far before a citation its date is looked for (`dateBefore`), in characters. */
const DATE_WINDOW = 30;

/** A date right before `at` in the line: `1993年10月18日《`, `2002年6月7日签署的《`. */
function dateBefore(s: string, at: number, run: Pick<Run, 'at' | 'end'>): DateValue | undefined {
  // Every date holds 年 (signing.ts `nextDate`): none in the window, none read (most citations are dated nowhere near). (By
  // the character's code, back over the window alone: a search for 年 would read on past it to the run's start or end.)
  let year = at - 1;
  while (year >= 0 && year >= at - DATE_WINDOW && s.charCodeAt(year) !== 0x5e74 /* 年 */) year--;
  if (year < 0 || year < at - DATE_WINDOW) return undefined;
  // `二O二三年`, `二0二三年`: a letter O or a digit 0 among Chinese numerals is 〇 (same length).
  const window = s.slice(Math.max(0, at - DATE_WINDOW), at).replace(/[O0Ｏ０](?=[〇○O0Ｏ０一二三四五六七八九]*年)(?<=[〇○一二三四五六七八九][〇○O0Ｏ０]*)/g, '〇');
  const offset = Math.max(0, at - DATE_WINDOW);
  const dates = findDates(window, offset);
  const last = dates[dates.length - 1];
  if (!last) return undefined;
  // `一九九三年至一九九九年签署的…`: a span of years names several instruments, not one date.
  if (/[至到—-][ \t\u3000]*$/.test(s.slice(0, last.start))) return undefined;
  const between = s.slice(last.end, at);
  return SIGNED_BETWEEN.test(between) ? { ...last, start: run.at(last.start), end: run.end(last.end) } : undefined;
}

/**
 * The unit a relative word names from the article at `offset`: 条 words name articles, 款 words
 * paragraphs of the same article — except in a text whose articles are themselves 款 (old
 * treaties: 第一款, 第二款 …), where 前款, 本款 and 次款 are the articles before, here and after.
 */
function relativeTarget(treaty: Treaty, word: Relative, offset: number): ArticleTarget | undefined {
  const a = articleAt(treaty, offset);
  if (!a || a.num === undefined) return undefined;
  // 上款, 上条: the one before, as 前款, 前条.
  const step = word[0] === '前' || word[0] === '上' ? -1 : word[0] === '次' ? 1 : 0;
  // 前两款, 前三款, 前两条: that many units, the last the one right before.
  const count = word.length === 3 ? parseNumeral(word[1])! : 1;
  if (word[word.length - 1] === '条') {
    // 前两条: the articles right before, the first of them `num` and the last `lastArticle`; 次两条 the articles right
    // after, the first the one right after; fewer there: none.
    const at = treaty.articles.indexOf(a);
    const i = step < 0 ? at + step * count : at + step;
    const first = i >= 0 ? treaty.articles[i] : undefined;
    const last = treaty.articles[step < 0 ? at + step : at + step * count];
    if (first?.num === undefined || last?.num === undefined) return undefined;
    const target: ArticleTarget = { num: first.num, sub: first.sub };
    if (count > 1) target.lastArticle = { num: last.num, sub: last.sub };
    return target;
  }
  if (a.head.unit === '款') {
    // (Articles named 第…款, old treaties: 前两款 would be two articles, which no target holds.)
    const other = count === 1 ? treaty.articles[treaty.articles.indexOf(a) + step] : undefined;
    return other?.num !== undefined ? { num: other.num, sub: other.sub } : undefined;
  }
  const p = a.paragraphs.findIndex((x) => x.start <= offset && offset < x.end);
  // Fewer paragraphs before it than it names (前款 in the first, 前三款 in the third): none.
  if (p < 0 || !a.paragraphs[p + step * count]) return undefined;
  const target: ArticleTarget = { num: a.num, sub: a.sub, paragraph: p + 1 + step * count };
  if (count > 1) target.lastParagraph = p;
  return target;
}

/**
 * 前项, 本项, 前两项 …: written in an item (条/款/项), the item before it in its list (the N items
 * before), the item itself; in the 条/项/款 convention, where 项 are paragraphs, the paragraphs
 * before and this one. Outside an item (条/款/项, or a convention not shown: `对前三项污染物征收` is
 * the first three of a ranking), or with fewer items before it: none.
 */
function relativeItem(treaty: Treaty, word: `前${string}项` | '本项', offset: number, convention: Convention | undefined): ArticleTarget | undefined {
  if (convention === 'xiang') return relativeTarget(treaty, word === '本项' ? '本款' : `前${word.slice(1, -1)}款`, offset);
  const a = articleAt(treaty, offset);
  if (!a || a.num === undefined || a.head.unit === '款') return undefined;
  const p = a.paragraphs.findIndex((x) => x.start <= offset && offset < x.end);
  const items = a.paragraphs[p]?.items;
  const i = items ? items.findIndex((x) => x.start <= offset && offset < x.end) : -1;
  if (i < 0) return undefined;
  if (word === '本项') return items[i].num !== undefined ? { num: a.num, sub: a.sub, paragraph: p + 1, item: items[i].num } : undefined;
  const count = word.length === 3 ? parseNumeral(word[1])! : 1;
  // The first of the items before: in this paragraph, or in the paragraph before when the list goes on over it.
  const before = i >= count ? { at: p, item: items[i - count] } : i === 0 && count === 1 ? { at: p - 1, item: a.paragraphs[p - 1]?.items.at(-1) } : undefined;
  const n = before?.item?.num;
  if (n === undefined || items[i].num !== n + count) return undefined;
  const target: ArticleTarget = { num: a.num, sub: a.sub, paragraph: before!.at + 1, item: n };
  if (count > 1) target.lastItem = n + count - 1;
  return target;
}

/** The reference under an offset, if any (the innermost, for a term inside a citation). */
export function referenceAt(treaty: Treaty, offset: number): Reference | undefined {
  // A Chinese text's references are its units' (`findReferences`): read in the unit, without the one list of them all.
  if (treaty.language === 'zh') return referenceInUnits(unitsOf(treaty).units, offset);
  const refs = referencesOf(treaty);
  const lo = lastStartingAt(refs, offset);
  let best: Reference | undefined;
  for (let i = lo; i >= 0 && i >= lo - 8; i--) {
    const r = refs[i];
    if (r && r.start <= offset && offset <= r.end && (!best || r.end - r.start < best.end - best.start)) best = r;
  }
  // Prefer an article reference over the citation that opens it, unless the cursor is inside the brackets.
  if (best?.kind === 'citation') {
    const art = refs.find((r) => r.kind === 'article' && r.citation === best!.citation && r.start === best!.start);
    if (art && offset > best.end - 1) return art;
  }
  return best;
}

/**
 * `referenceAt` over the units' references: the innermost of those of the last unit with one
 * starting at or before `offset` that holds it. A reference lies in its unit (in a run of its lines
 * joined across hard breaks at most), so every one of that unit before `offset` is looked at, not
 * a fixed few: the article after a title naming nine articles (`《关于〈刑法〉第一条、…第九条的解释》第十条`)
 * holds ten references before its label.
 */
function referenceInUnits(units: readonly Unit[], offset: number): Reference | undefined {
  let k = units.length ? lastStartingAt(units, offset) : -1;
  while (k >= 0 && !(units[k].refs.length > 0 && units[k].refs[0].start <= offset)) k--;
  if (k < 0) return undefined;
  const refs = units[k].refs;
  let best: Reference | undefined;
  for (let j = lastStartingAt(refs, offset); j >= 0; j--) {
    const r = refs[j];
    if (r.start <= offset && offset <= r.end && (!best || r.end - r.start < best.end - best.start)) best = r;
  }
  // Prefer an article reference over the citation that opens it, unless the cursor is inside the brackets.
  if (best?.kind === 'citation') {
    const art = refs.find((r) => r.kind === 'article' && r.citation === best!.citation && r.start === best!.start);
    if (art && offset > best.end - 1) return art;
  }
  return best;
}

/**
 * The items of the list a paragraph's items belong to: a paragraph written inside an item (`（一）…。
 * \n\n受送达人不在大陆居住…；\n\n（二）…`) starts a new paragraph in the parse, whose items go on
 * numbering those before it.
 */
function listOf(article: ArticleShape, p: ParagraphShape): ItemShape[] {
  const ps = article.paragraphs;
  let i = ps.indexOf(p);
  if (i < 0 || p.items.length === 0) return p.items;
  const goesOn = (a: ParagraphShape, b: ParagraphShape) => {
    const last = a.items[a.items.length - 1]?.num;
    return last !== undefined && b.items[0]?.num === last + 1;
  };
  while (i > 0 && goesOn(ps[i - 1], ps[i])) i--;
  const out: ItemShape[] = [...ps[i].items];
  for (let j = i + 1; j < ps.length && goesOn(ps[j - 1], ps[j]); j++) out.push(...ps[j].items);
  return out;
}

/** Resolves an article target in a treaty (or its outline, model/outline.ts): the article, and the paragraph/item span it names. */
export function resolveInTreaty<A extends ArticleShape = Article>(treaty: { readonly articles: readonly A[] } | { numbered(num: number, sub?: number): A | undefined }, target: ArticleTarget): { article: A; start: number; end: number; missing?: 'paragraph' | 'item' } | undefined {
  const article = 'numbered' in treaty ? treaty.numbered(target.num, target.sub) : articleNumbered(treaty, target.num, target.sub);
  if (!article) return undefined;
  let start = article.start;
  let end = article.end;
  // 前两条: to the end of the last article named.
  if (target.lastArticle !== undefined) {
    const last = 'numbered' in treaty ? treaty.numbered(target.lastArticle.num, target.lastArticle.sub) : articleNumbered(treaty, target.lastArticle.num, target.lastArticle.sub);
    if (last && last.end > end) end = last.end;
  }
  if (target.paragraph !== undefined) {
    const p = article.paragraphs.find((x) => (x.num ?? x.index) === target.paragraph) ?? article.paragraphs[target.paragraph - 1];
    if (!p) return { article, start, end, missing: 'paragraph' };
    start = p.start;
    end = p.end;
    // 前两款: to the end of the last paragraph named (`第二条前三款` of an article of two: missing).
    if (target.lastParagraph !== undefined) {
      const last = article.paragraphs.find((x) => (x.num ?? x.index) === target.lastParagraph) ?? article.paragraphs[target.lastParagraph - 1];
      if (!last) return { article, start: article.start, end: article.end, missing: 'paragraph' };
      if (last.end > end) end = last.end;
    }
    if (target.item !== undefined) {
      const it = p.items.find((x) => x.num === target.item) ?? listOf(article, p).find((x) => x.num === target.item) ?? p.items[target.item - 1];
      if (!it) return { article, start, end, missing: 'item' };
      start = it.start;
      end = it.end;
      // 前两项: to the end of the last item named (`第二条第一款前三项` of a list of two: missing).
      if (target.lastItem !== undefined) {
        const last = p.items.find((x) => x.num === target.lastItem) ?? listOf(article, p).find((x) => x.num === target.lastItem) ?? p.items[target.lastItem - 1];
        if (!last) return { article, start: p.start, end: p.end, missing: 'item' };
        if (last.end > end) end = last.end;
      }
    }
  } else if (target.item !== undefined) {
    const items = article.paragraphs.flatMap((p) => p.items);
    const it = items.find((x) => x.num === target.item) ?? (article.paragraphs.length === 1 ? items[target.item - 1] : undefined);
    if (it) {
      start = it.start;
      end = it.end;
    } else if (target.itemOrParagraph && items.length === 0 && article.paragraphs[target.item - 1]) {
      // No items in the article: 第Z项 names its paragraph Z (条/项/款).
      const p = article.paragraphs.find((x) => x.num === target.item) ?? article.paragraphs[target.item - 1];
      start = p.start;
      end = p.end;
    } else return { article, start, end, missing: 'item' };
  }
  return { article, start, end };
}

/** Full-width digits as half-width (`２` → `2`). */
function halfWidthDigits(s: string): string {
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}
