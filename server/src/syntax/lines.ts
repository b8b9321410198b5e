// Line splitting and classification: the lexical layer of the treaty grammar.
// Every regular expression here is anchored, has bounded repetition and reads a
// bounded window of the line, so a pathological line (5 MB, ten thousand 第)
// costs linear time.
import type { TextLike } from './text';
import { Line, LineKind, TreeLine, keepShape } from './tree';
import { INVISIBLE, NUMERAL_CHARS, numeralIn, parseNumeral } from './numerals';
import { foldCode, foldScript } from './script';
import { Language, parseRoman } from './foreign';
import { textLanguage } from './language';
import { foreignLines } from './foreignLines';
import { CITED_KINDS, CITED_LAW_KINDS, PINYIN_NOTE, PINYIN_GLOSS, CHAPTER_UNITS, PART_BEFORE_CHAPTER, PART_END, PARTS_IN_ALL, CLAUSE_OPENING, DATE_DIGITS, GOES_ON_FROM_LABEL, NOUN_AFTER_LABEL_MARK, ITEM_NUMERAL, LAW_KINDS, ROMAN_CHARS, romanCharValue, NAMES_ARTICLE, NUMBERED_ANNEX, OCR_ZEROS, PARA_NUMERAL, TOPIC_LIST, PREAMBLE_OPENING, SENTENCE_SUBJECT, SIGNING_VERBS, SUB_NUMERAL, COUNTED_AFTER_DIGIT, ZH_AFTER_UNIT, ZH_UNIT_WORDS, alternation, endingKind, stateOf, titleWords, RELATION_CAPTION, SELF_WORDS, SIGNATURE_MARKS, ANNEX_RUN_IN, LETTERED_NOUNS, SOLE_ARTICLE, RESOLUTION_RUN_IN, RESOLUTION_NEXT_PART, RESOLUTION_ADOPTED, NOTE_CLOSING, PAGE_FOOTER, TESTIMONIUM, DATING_ERAS, WESTERN_ERA, LISTED_BELOW, QING_PART_UNITS, SEALED, PARTS_REMARK, NEWS_DATELINE } from './words';

/**
 * Character classes of the code units lines are told by, one bit each in one table: a line's
 * first and last characters are looked up on every line, an array read instead of a Set lookup.
 */
const CLASSES = new Uint32Array(0x10000);
function charClass(chars: string, bit: number): number {
  for (let i = 0; i < chars.length; i++) CLASSES[chars.charCodeAt(i)] |= bit;
  return bit;
}
function is(bit: number, c: number): boolean {
  return (CLASSES[c] & bit) !== 0;
}

const WS = '[ \\t\\u3000\\u00a0]';
const NUM = `[${NUMERAL_CHARS}]`;

// All patterns are anchored; each is tried only where the line's first character can start it.
const BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
/**
 * Whether the mark at `s` comes again after it, spaces and tabs between (BREAK's `([-*_])[ \t]*\1`): a list's bullet
 * (`- 文化和艺术；`) or emphasis (`**第一条**`) has a word there, and the pattern is not run on its line.
 */
function markRepeats(text: TextLike, s: number, eol: number): boolean {
  let k = s + 1;
  while (k < eol && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x09)) k++;
  return k < eol && text.charCodeAt(k) === text.charCodeAt(s);
}
/**
 * Page furniture from a PDF, alone on a line: a page number `2`, `- 2 -`, `—2—`, `－２－`,
 * `·2·`, `2 / 10`, `第 2 页`, `第2页 共10页`, `共10页 第2页`, `Page 2 of 10`; `- 119.`, a dash before it and a stop
 * after (a gazette page's number as transcribed).
 */
const PD = '[0-9０-９]{1,4}';
const PS = '[ \\t\\u3000]{0,3}';
const PAGE_NUMBER = new RegExp(
  `^(?:[-—–－]{0,2}${PS}${PD}${PS}[-—–－]{0,2}|[-—–－]{1,2}${PS}${PD}${PS}[.．]|[·•・]${PS}${PD}${PS}[·•・]|[-—–－]?${PS}${PD}${PS}[/／]${PS}${PD}${PS}[-—–－]?` +
    `|第${PS}${PD}${PS}页(?:${PS}[，,/／]?${PS}共${PS}${PD}${PS}页)?|共${PS}${PD}${PS}页${PS}[，,/／]?${PS}第${PS}${PD}${PS}页|(?:page|p\\.)${PS}${PD}(?:${PS}(?:of|/)${PS}${PD})?)$`,
  'i',
);
/** Characters a page number line can end with (a cheap test before the pattern). */
const PAGE_END = charClass('0123456789０１２３４５６７８９-—–－·•・页.．', 1);
/** Characters a page number line can start with. */
const PAGE_START = charClass('-—–－·•・第共Pp', 2);
/** A note at a page's foot: `<sup>*</sup> …`, `[^1]: …`, and `\* …` (an asterisk markdown shows as written: a book's `*` note, as pandoc writes it). */
const FOOTNOTE = /^(?:<sup>[^<\n]{0,12}<\/sup>|\[\^[^\]\n]{1,20}\]:|\\\*{1,3}(?=[ \t\u3000]))/;
/** A grid table's rule (`+-----+-----+`, `+=====+`: pandoc writes a Word table so): no text. */
const GRID_RULE = /^ {0,3}\+(?:[-=:]+\+)+[ \t]*$/;
const TAG = /^〖(-?)([A-Z]{1,4})\/[^〗\n]{0,12}〗/;
/**
 * A list bullet: markdown's `- `, `* `, `+ `, a web page's `• ` copied with its list (a database's bilingual view), or a
 * word processor's `· `, `● ` (`•`, `●` glued to the text as well: neither is ever part of it).
 * (Not a quotation's `> `: an amending protocol quotes the article it writes anew so, `> 第五条 本协定…`, and that is no
 * article of its own.)
 *
 * Where the content after the bullet opening it at `s` starts (the mark at `s` one of them, the caller's test), or -1:
 * `/^(?:[-*+\u2022\u00b7\u25cf][ \t\u3000]+|[\u2022\u25cf](?=[\u3400-\u9fff\uff08(“]))/` on the content's first WINDOW
 * characters, read in place (no slice, no match array: asked of every line opening with `-`, `*` or `+`).
 */
export function bulletEnd(text: TextLike, s: number, e: number): number {
  const limit = Math.min(e, s + WINDOW);
  let k = s + 1;
  while (k < limit) {
    const c = text.charCodeAt(k);
    if (c !== 0x20 && c !== 0x09 && c !== 0x3000) break;
    k++;
  }
  if (k > s + 1) return k;
  const c = text.charCodeAt(s);
  const d = text.charCodeAt(s + 1);
  return (c === 0x2022 || c === 0x25cf) && s + 1 < limit && ((d >= 0x3400 && d <= 0x9fff) || d === 0xff08 || d === 0x28 || d === 0x201c) ? s + 1 : -1;
}
/**
 * An article label `第十一条`, `第 11 条`, `第十条之一`, `第 10-1 條` (insertedArticleAt); numbered by chapter with one decimal point between Arabic digits
 * (`第1.1条`, `第１．１条`: a free trade agreement's article 1 of chapter 1; numerals.ts DECIMAL_ARTICLE).
 */
export const ARTICLE = new RegExp(`^第${WS}{0,3}((?:${NUM}${WS}{0,3}){1,12}?|(?:${NUM}${WS}{0,3}){0,10}?[0-9０-９][.．][0-9０-９]${WS}{0,3}(?:${NUM}${WS}{0,3}){0,9}?)(?:条(?:${WS}{0,3}之${WS}{0,3}([${SUB_NUMERAL}]{1,4}))?|(?<=[0-9０-９])[-－]([0-9０-９]{1,3})${WS}{0,3}条(?=${WS}|$))`);
const CLAUSE_ARTICLE = new RegExp(`^第${WS}{0,3}((?:${NUM}${WS}{0,3}){1,12}?)款`);
/** A Qing treaty's part (words.ts QING_PART_UNITS), `第一端`: a chapter's heading when alone or set off from its caption by white space. */
const QING_PART = new RegExp(`^第${WS}{0,3}((?:${NUM}${WS}{0,3}){1,12}?)(${alternation(QING_PART_UNITS)})`);
/** A chapter's label; a part's label before it on its line (`第四部 第八編`: words.ts PART_BEFORE_CHAPTER) is the chapter's too. */
const CHAPTER = new RegExp(`^(?:第${WS}{0,3}(?:${NUM}${WS}{0,3}){1,12}?(?:${alternation(PART_BEFORE_CHAPTER)})[ \\t\u3000]{1,3}(?=第))?第${WS}{0,3}((?:${NUM}${WS}{0,3}){1,12}?)(${alternation(CHAPTER_UNITS)})`);
// `一、`, and `一．` / `一.` as UN texts and older translations write it; `**一**、` in bold: read by paraAt
// (`^([${PARA_NUMERAL}]{1,6})(?:\*\*)?[ \t\u3000]{0,3}(?:、|[．.](?![0-9０-９]))`, one code unit at a time).
/** Cyclic signs number the sub-units of UN texts and older ones: (子)(丑)(寅)…, then (甲)(乙)(丙)…. */
export const BRANCHES = '子丑寅卯辰巳午未申酉戌亥';
export const STEMS = '甲乙丙丁戊己庚辛壬癸';
// The third form, a letter and a closing bracket (`a)`, `b)`), is how Macao's texts letter items, as Portuguese ones do.
// A roman numeral may be one character of its own (`(ⅰ)`, `(ⅳ)`: ROMAN_CHARS), as the BRICS bank's Chinese text numbers its items.
const ITEM = new RegExp(`^(?:([0-9０-９]{1,3})[.．、](?![0-9０-９])|[（(][ \\t\\u3000]{0,3}([${ITEM_NUMERAL}]{1,5}|[0-9０-９]{1,3}|[a-zａ-ｚ]|[ivx]{2,5}|[${ROMAN_CHARS}]|[${BRANCHES}${STEMS}])[ \\t\\u3000]{0,3}[)）]|([a-z])[)）](?![a-z0-9]))`);

/**
 * What follows an item's label when the label names items instead (a sentence opening with a reference: `（一）至（三）项所列人员…`,
 * `（四）、（五）项所列人员…`, `（二）项规定的…`): 项 after the labels joined, not 项目 (`（一）项目名称`, an item).
 */
const NAMES_ITEMS = /^(?:(?:、|至|和|及|或者?|以及)[（(][^）)\s]{1,5}[）)])*项(?!目)/;
/** The first characters NAMES_ITEMS can open with: 项, or a word joining labels. */
const NAMES_ITEMS_START = charClass('项、至和及或以', 8192);

/** Whether the text after an item's label at `at` names items (NAMES_ITEMS): tried only where it can start. */
function namesItems(text: TextLike, at: number, e: number): boolean {
  return at < e && is(NAMES_ITEMS_START, text.charCodeAt(at)) && NAMES_ITEMS.test(text.slice(at, Math.min(e, at + 40)));
}

const TERMINAL = charClass('。！？；：，,.!?;:…”’」』）)》】', 4);
/** A Chinese sentence's end (。！？), before a straight quote closing it. */
const isChineseStop = (c: number) => c === 0x3002 || c === 0xff01 || c === 0xff1f;

/**
 * Whether `s..e`, ending with `)` or `）`, ends a sentence before a converter's pinyin (`…職責(zé)`, `…職責（zé）` once its
 * brackets were made full-width: the 責 does not); true when it is no gloss.
 */
function terminalBeforeGloss(text: TextLike, s: number, e: number): boolean {
  let open = e - 2;
  const paren = text.charCodeAt(e - 1) === 0x29 ? 0x28 : 0xff08;
  while (open > s && e - open <= 9 && text.charCodeAt(open) !== paren) open--;
  if (open <= s || e - open > 9 || !isHan(text.charCodeAt(open - 1))) return true;
  const gloss = text.slice(open, e);
  return PINYIN_NOTE.exec(gloss)?.[0].length !== gloss.length || is(TERMINAL, text.charCodeAt(open - 1));
}
/** Chinese numeral characters that can open a paragraph number `一、`. */
const PARA_DIGITS = charClass(PARA_NUMERAL, 8);

/** The characters of a character-class body as the patterns above write it (`0-9０-９〇零…`), its ranges spelled out. */
function classChars(body: string): string {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    if (body[i + 1] === '-' && i + 2 < body.length) {
      for (let c = body.charCodeAt(i); c <= body.charCodeAt(i + 2); c++) out += String.fromCharCode(c);
      i += 2;
    } else out += body[i];
  }
  return out;
}
/** ARTICLE's classes, read one code unit at a time (`articleAt`): its numerals, the numerals after 之, its white space. */
const NUM_CHAR = charClass(classChars(NUMERAL_CHARS), 128);
const SUB_CHAR = charClass(classChars(SUB_NUMERAL), 256);
/**
 * White space inside a line and inside a label: what `isSpace` reads, the invisible characters a copy leaves among it (numerals.ts INVISIBLE),
 * the form feed a PDF's text (pdftotext) opens each page with and the vertical tab of Word's manual line break.
 */
const LABEL_SPACE = charClass(' \t\f\v\u3000\u00a0\ufeff' + String.fromCharCode(...INVISIBLE), 512);

/** Where the parts of a label read by `articleAt`, `paraAt` or `arabicItemAt` end, and the number read (one object for every line, no match array). */
const SCAN = { end: 0, numStart: 0, numEnd: 0, subStart: -1, subEnd: -1, value: 0, bis: false };

/** `at` after up to three of ARTICLE's white space characters before `limit`. */
function labelSpaces(text: TextLike, at: number, limit: number): number {
  const from = at;
  while (at < limit && at - from < 3 && is(LABEL_SPACE, text.charCodeAt(at))) at++;
  return at;
}

/**
 * ARTICLE at `s`, on the text read as simplified, reading up to `limit`: `第`, up to three spaces, one
 * to twelve numerals each followed by up to three spaces (one of them may be a decimal point between two Arabic digits), `条`, then perhaps `之` and one to four
 * numerals (up to three spaces on each side of 之). The match the pattern finds in
 * `foldScript(text.slice(s, limit))`, read one code unit at a time — no slice, no folded copy, no
 * match array for each of the thousands of article lines of a long treaty. True when it matches,
 * its parts in SCAN: the label's end, the numerals (with the spaces after them), the number after 之.
 */
function articleAt(text: TextLike, s: number, limit: number): boolean {
  if (s >= limit || foldCode(text.charCodeAt(s)) !== 0x7b2c /* 第 */) return false;
  let k = labelSpaces(text, s + 1, limit);
  const numStart = k;
  // The pattern's lazy `{1,12}?`: the first group a 条 follows ends the numerals (a space or a numeral is never 条).
  let points = 0;
  for (let groups = 0; ; groups++) {
    if (k >= limit) return false;
    const c = foldCode(text.charCodeAt(k));
    if (groups > 0 && c === 0x6761 /* 条 */) break;
    if (groups > 0 && (c === 0x2d || c === 0xff0d) && points === 0) return insertedArticleAt(text, numStart, k, limit);
    if (groups === 12 || !(is(NUM_CHAR, c) || (groups > 0 && points++ === 0 && isDecimalPoint(text, k, limit)))) return false;
    k = labelSpaces(text, k + 1, limit);
  }
  SCAN.numStart = numStart;
  SCAN.numEnd = k;
  SCAN.subStart = SCAN.subEnd = -1;
  SCAN.bis = false;
  k++;
  const zhi = labelSpaces(text, k, limit);
  // An article added after it as ICAO's Chinese texts write Article 3 bis, `第三条分条`: the UN's 第三条之二 (bis, the second).
  if (zhi + 1 < limit && text.charCodeAt(zhi) === 0x5206 /* 分 */ && foldCode(text.charCodeAt(zhi + 1)) === 0x6761 /* 条 */) {
    SCAN.bis = true;
    k = zhi + 2;
  } else if (zhi < limit && foldCode(text.charCodeAt(zhi)) === 0x4e4b /* 之 */) {
    const from = labelSpaces(text, zhi + 1, limit);
    let to = from;
    while (to < limit && to - from < 4 && is(SUB_CHAR, foldCode(text.charCodeAt(to)))) to++;
    if (to > from) {
      SCAN.subStart = from;
      SCAN.subEnd = to;
      k = to;
    }
  }
  SCAN.end = k;
  return true;
}

/**
 * Taiwan's law database numbers an inserted article with a hyphen between Arabic digits, `第 9-1 條` for
 * 第九條之一 (and cites it so in Chinese numerals: `第九條之一`): the label at `numStart` whose number's digits
 * end at the hyphen `k`, its sub-number the one to three digits after it, then 条 at the end of the line
 * or before a space (`第 9-1 條    本公債…`); glued to the text it is no label (`第1-3条规定的…` names a range).
 */
function insertedArticleAt(text: TextLike, numStart: number, k: number, limit: number): boolean {
  if (!isArabicDigit(text.charCodeAt(k - 1))) return false;
  const from = k + 1;
  let to = from;
  while (to < limit && to - from < 3 && isArabicDigit(text.charCodeAt(to))) to++;
  if (to === from) return false;
  const tiao = labelSpaces(text, to, limit);
  if (tiao >= limit || foldCode(text.charCodeAt(tiao)) !== 0x6761 /* 条 */) return false;
  if (tiao + 1 < limit && !is(LABEL_SPACE, text.charCodeAt(tiao + 1))) return false;
  SCAN.numStart = numStart;
  SCAN.numEnd = k;
  SCAN.subStart = from;
  SCAN.subEnd = to;
  SCAN.end = tiao + 1;
  return true;
}

/** A decimal point at `k` between two Arabic digits (`1.1`, `１．１`): an article numbered by chapter (ARTICLE). */
function isDecimalPoint(text: TextLike, k: number, limit: number): boolean {
  const c = text.charCodeAt(k);
  return (c === 0x2e || c === 0xff0e) && k + 1 < limit && isArabicDigit(text.charCodeAt(k - 1)) && isArabicDigit(text.charCodeAt(k + 1));
}

/** The numerals `from..to` of a label read as simplified, as the pattern's capture gives them to parseNumeral (read in place). */
function numeralAt(text: TextLike, from: number, to: number): number | undefined {
  return numeralIn(text, from, to, true);
}

function isArabicDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

/** The units a number is listed with after a clause's mark 一條、 in a list of references (`一条、二条…`, `一條、三款…`). */
const UNIT_AFTER_NUMBER = '条條款项項';

/**
 * PARA at `s` (within WINDOW and `e`): up to six numerals `一二…`, perhaps `**`, up to three spaces,
 * then `、`, or `．` `.` not before a digit. The label's end, or -1; the numerals end at SCAN.numEnd.
 * The pattern's match, read one code unit at a time (no slice, no match array).
 */
function paraAt(text: TextLike, s: number, e: number): number {
  const limit = Math.min(e, s + WINDOW);
  let k = s;
  while (k < limit && k - s < 6 && is(PARA_DIGITS, text.charCodeAt(k))) k++;
  // The financial 壹 alone before its mark (`壹、黑龍江…`, the 1858 Aigun treaty on a story site whose converter wrote every 一 as
  // 壹: `壹八五八年`, `令其壹同交易`, its next points 二、 三、): point one, as numerals.ts reads 壹 alone as a converter's 一.
  if (k === s && isConvertedOne(text, s, limit)) k++;
  // A seventh numeral: no shorter run is followed by anything but a numeral.
  if (k === s || (k < limit && is(PARA_DIGITS, text.charCodeAt(k)))) return -1;
  SCAN.numEnd = k;
  // A Qing text translated from the Manchu marks a clause 一條、 ("one clause", the original's mark: the 咸豐條約 edition of the
  // 1858 Aigun treaty, `一、黑龍江…` / `一條、兩國所屬之人…` / `一條、俄羅斯國…`): a point labelled one, as a clause marked 一、 is
  // (features/diagnostics.ts eachMarkedOne reads a text of such marks as unnumbered). Only 一 before it (`二条、` opening a line is
  // a label broken after its 第 going on, `…除本条例第十` / `二条、第十三条规定的…`), and not before another reference listed (`…本法第`
  // / `一条、第三条…`, `一条、二条所载…`: 第, or a number and its unit; `一条、两国…` is a clause's words).
  if (k === s + 1 && text.charCodeAt(s) === 0x4e00 /* 一 */ && k + 2 < limit && (text.charCodeAt(k) === 0x6761 /* 条 */ || text.charCodeAt(k) === 0x689d /* 條 */) && text.charCodeAt(k + 1) === 0x3001 /* 、 */) {
    let q = k + 2;
    if (text.charCodeAt(q) === 0x7b2c /* 第 */) return -1;
    while (q < limit && q - k < 8 && is(PARA_DIGITS, text.charCodeAt(q))) q++;
    return q > k + 2 && q < limit && UNIT_AFTER_NUMBER.includes(String.fromCharCode(text.charCodeAt(q))) ? -1 : k + 2;
  }
  if (k + 1 < limit && text.charCodeAt(k) === 0x2a && text.charCodeAt(k + 1) === 0x2a) k += 2;
  const from = k;
  while (k < limit && k - from < 3) {
    const c = text.charCodeAt(k);
    if (c !== 0x20 && c !== 0x09 && c !== 0x3000) break;
    k++;
  }
  if (k >= limit) return -1;
  const p = text.charCodeAt(k);
  if (p === 0x3001 /* 、 */) return k + 1;
  // A converter that doubled the commas of a page wrote one before the 、 too (`一,、雙方…`, `訪問期間,,習近平`): the label's.
  if ((p === 0x2c || p === 0xff0c) && k === SCAN.numEnd && k + 1 < limit && text.charCodeAt(k + 1) === 0x3001) return k + 2;
  if ((p === 0xff0e || p === 0x2e) && !(k + 1 < limit && isArabicDigit(text.charCodeAt(k + 1)))) return k + 1;
  // Taiwan's law database numbers paragraphs with a space and no mark (`一 本協定適用於…`): a space after
  // the numerals, then a Chinese character that is no numeral and that no space follows (OCR's
  // spaced `一 般 規 定`, a spaced date `一 九 八 四 年` are text; so is a quantity, the unit it counts
  // after the space, `一 年内`: a sentence wrapped before its number).
  if (k > from && from === SCAN.numEnd && isHan(p) && !is(PARA_DIGITS, p) && k + 1 < limit && !isSpace(text.charCodeAt(k + 1)) && !countsUnit(text, k, limit)) return from;
  // So a point whose words open with its first item's label, a heavenly stem in brackets (`二 (甲) 除本約中…`, the database's
  // print of a protocol's points): the point's label is the numerals.
  if (k > from && from === SCAN.numEnd && stemLabelAt(text, k, limit)) return from;
  return -1;
}

/** Whether `壹` at `at` is a point's numeral alone, its mark `、` right after it (paraAt, joinedLabelCuts). */
function isConvertedOne(text: TextLike, at: number, limit: number): boolean {
  return at + 1 < limit && text.charCodeAt(at) === 0x58f9 /* 壹 */ && text.charCodeAt(at + 1) === 0x3001 /* 、 */;
}

/** Whether a heavenly stem in brackets, an item's label, is written at `k` (`(甲)`, `（乙）`). */
function stemLabelAt(text: TextLike, k: number, limit: number): boolean {
  const open = text.charCodeAt(k);
  const close = k + 2 < limit ? text.charCodeAt(k + 2) : -1;
  return (open === 0x28 || open === 0xff08) && (close === 0x29 || close === 0xff09) && STEMS.includes(String.fromCharCode(text.charCodeAt(k + 1)));
}

/**
 * ITEM's first form at `s`, a line opening with a digit (within WINDOW and `e`): one to three digits,
 * then `.` `．` `、` (or markdown's escaped `\.`) not before a digit (`1.`, `12、`, `１．`, `1\.`) — the only form that can open with
 * one. The label's end, or -1; its number in SCAN.value.
 */
function arabicItemAt(text: TextLike, s: number, e: number): number {
  const limit = Math.min(e, s + WINDOW);
  let k = s;
  let n = 0;
  while (k < limit && k - s < 3) {
    const c = text.charCodeAt(k);
    if (c >= 0x30 && c <= 0x39) n = n * 10 + (c - 0x30);
    else if (c >= 0xff10 && c <= 0xff19) n = n * 10 + (c - 0xff10);
    else break;
    k++;
  }
  if (k === s || k >= limit) return -1;
  const p = text.charCodeAt(k);
  // Taiwan's law database: `1 個人所得稅。`, a space and no mark, before a Chinese character no space follows (as paraAt reads `一 本協定…`).
  // A unit the number counts after the space (`3 个月内`, `30 日内`) makes it a quantity in a wrapped sentence.
  if ((p === 0x20 || p === 0x3000) && k + 2 < limit && isHan(text.charCodeAt(k + 1)) && !isSpace(text.charCodeAt(k + 2)) && !countsUnit(text, k + 1, limit)) {
    SCAN.value = n;
    return k;
  }
  // (`1\.`: markdown's escape of a list marker — pandoc writes a paragraph numbered 1. so, that it be no list — shows `1.`.)
  const escaped = p === 0x5c && text.charCodeAt(k + 1) === 0x2e ? 1 : 0;
  if (!escaped && p !== 0x2e && p !== 0xff0e && p !== 0x3001) return -1;
  k += escaped;
  if (k + 1 < limit && isArabicDigit(text.charCodeAt(k + 1))) return -1;
  SCAN.value = n;
  return k + 1;
}

/** ITEM's classes for `bracketedItemAt`: the Chinese numerals of a bracketed item, the branches and stems that letter one. */
const ITEM_NUM_CHAR = charClass(ITEM_NUMERAL, 1 << 17);
const CYCLE_CHAR = charClass(BRANCHES + STEMS, 1 << 18);

/**
 * ITEM's other two forms at `s`, a line opening with a bracket or a small letter (within WINDOW and `e`): a number in brackets,
 * up to three spaces inside either bracket (`（一）`, `(12)`, `（ａ）`, `(iv)`, `(ⅱ)`, `(子)`), or a small letter and a closing
 * bracket no letter or digit follows (`a)`). Read in place as the pattern reads it (no slice, no match array: a law's every
 * item line opens so). The label's end, or -1; the number's characters (the pattern's group) SCAN.numStart..numEnd.
 */
export function bracketedItemAt(text: TextLike, s: number, e: number): number {
  const limit = Math.min(e, s + WINDOW);
  const c = text.charCodeAt(s);
  if (c >= 0x61 && c <= 0x7a) {
    const close = s + 1 < limit ? text.charCodeAt(s + 1) : 0;
    const after = s + 2 < limit ? text.charCodeAt(s + 2) : 0;
    if ((close !== 0x29 && close !== 0xff09) || (after >= 0x61 && after <= 0x7a) || (after >= 0x30 && after <= 0x39)) return -1;
    SCAN.numStart = s;
    SCAN.numEnd = s + 1;
    return s + 2;
  }
  if (c !== 0xff08 && c !== 0x28) return -1;
  const k = bracketSpaces(text, s + 1, limit);
  if (k < 0 || k >= limit) return -1;
  const d = text.charCodeAt(k);
  // The number's alternatives in the pattern's order; each takes its characters' whole run (a shorter one is followed by
  // one of them, never by the white space or the bracket that must follow).
  let n = 0;
  if (is(ITEM_NUM_CHAR, d)) {
    while (k + n < limit && n <= 5 && is(ITEM_NUM_CHAR, text.charCodeAt(k + n))) n++;
    if (n > 5) return -1;
  } else if (isArabicDigit(d)) {
    while (k + n < limit && n <= 3 && isArabicDigit(text.charCodeAt(k + n))) n++;
    if (n > 3) return -1;
  } else if ((d >= 0x61 && d <= 0x7a) || (d >= 0xff41 && d <= 0xff5a)) {
    // One letter; or, where that is not closed, a roman numeral of two to five of i, v, x (`(ii)`, `(xiv)`).
    if (closingBracket(text, k + 1, limit) < 0 && (d === 0x69 || d === 0x76 || d === 0x78)) {
      while (k + n < limit && n <= 5 && isRomanLetter(text.charCodeAt(k + n))) n++;
      if (n > 5) return -1;
    } else n = 1;
  } else if ((d >= 0x2170 && d <= 0x217b) || is(CYCLE_CHAR, d)) n = 1;
  else return -1;
  const end = closingBracket(text, k + n, limit);
  if (end < 0) return -1;
  SCAN.numStart = k;
  SCAN.numEnd = k + n;
  return end;
}

/** `at` after up to three spaces, tabs or ideographic spaces before `limit`; -1 when a fourth follows. */
function bracketSpaces(text: TextLike, at: number, limit: number): number {
  let k = at;
  while (k < limit && k - at <= 3) {
    const c = text.charCodeAt(k);
    if (c !== 0x20 && c !== 0x09 && c !== 0x3000) break;
    k++;
  }
  return k - at > 3 ? -1 : k;
}

/** Where a closing bracket after up to three spaces at `at` ends (`)`, `）`), or -1. */
function closingBracket(text: TextLike, at: number, limit: number): number {
  const k = bracketSpaces(text, at, limit);
  if (k < 0 || k >= limit) return -1;
  const c = text.charCodeAt(k);
  return c === 0x29 || c === 0xff09 ? k + 1 : -1;
}

/** i, v or x: a small roman numeral's letters. */
function isRomanLetter(c: number): boolean {
  return c === 0x69 || c === 0x76 || c === 0x78;
}

/** Whether a unit a number counts (`个月`, `年`, `日`, `公里`; either script) is written at `k`, ending a quantity (`年内`, `日起`; not `日本`, `年金`). */
function countsUnit(text: TextLike, k: number, limit: number): boolean {
  const s = foldScript(text.slice(k, Math.min(limit, k + 6)));
  return ZH_UNIT_WORDS.some((w) => s.startsWith(w) && (s.length === w.length || ZH_AFTER_UNIT.includes(s[w.length])));
}

/** A character of CJK Unified Ideographs' main block (U+4E00–U+9FFF). */
export function isHan(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

/**
 * A page break that is page furniture — a page number, a running header — not a markdown
 * thematic break (`---`, `***`), which separates parts of a document: a sentence runs over the
 * first, never over the second when blank lines stand around it. `text` holds the document from
 * offset `base` on (a slice of it, folded or not: the marks looked at are the same).
 */
export function isPageFurniture(text: TextLike, l: Line, base = 0): boolean {
  if (l.kind !== 'break') return false;
  const c = text.charCodeAt(l.contentStart - base);
  // (A thematic break, or a grid table's rule, is no page's furniture: the text does not run on across it.)
  return !(((c === 0x2d || c === 0x2a || c === 0x5f) && l.contentEnd - l.contentStart <= WINDOW && BREAK.test(text.slice(l.contentStart - base, l.contentEnd - base))) || c === 0x2b);
}

/**
 * `l` is a page's furniture after the text (words.ts `PAGE_FOOTER`: `（责任编辑：王萌萌）`, `【打印】【关闭】`, `分享到：`, a source
 * with its web address), read folded: a short line, or one holding a web address (`【资料来源:http://law.npc.gov.cn:87/…】`).
 */
export function isPageFooter(text: TextLike, l: Line): boolean {
  const length = l.contentEnd - l.contentStart;
  if (length > MAX_FOOTER_LINE) return false;
  // No sentence in it: every part of PAGE_FOOTER that reads a character leaves 。 and ； out, and no character folds to
  // either, so a line holding one is none, unread by the pattern (the last line of nearly every law is a sentence).
  const line = text.slice(l.contentStart, l.contentEnd);
  if (length > MAX_FOOTER_WORDS && !line.includes('://')) return false;
  return !line.includes('。') && !line.includes('；') && PAGE_FOOTER.test(foldScript(line));
}
/** How long a page's footer line is at most: its words, and with a web address (an address of a database's query runs to 200). */
const MAX_FOOTER_WORDS = 80;
const MAX_FOOTER_LINE = 400;

/** White space inside a line: what indentation and trailing space are made of (and the invisible characters a copy leaves, numerals.ts INVISIBLE, and a PDF's form feed: a line of them alone is blank). */
export function isSpace(c: number): boolean {
  // LABEL_SPACE's characters, compared rather than looked up: read at every character a line is trimmed by,
  // most of them CJK, whose entries of the class table are far apart.
  return c <= 0x20 ? c === 0x20 || c === 0x09 || c === 0x0c || c === 0x0b : c === 0x3000 || c === 0xa0 || c === 0xfeff || c === 0x200b || c === 0x2060 || c === 0xad;
}

/** The longest line a site's note of an instrument's parts takes (`其他請參考“商標國際注冊馬德里(1)共兩部分”`, glossed). */
const PARTS_NOTE = 80;

/** Whether `s..e` ends with `共两部分` (a closing quote or bracket after it aside) and holds no sentence's end: a site's note of its parts. */
function endsWithParts(text: TextLike, s: number, e: number): boolean {
  let k = e - 1;
  const last = text.charCodeAt(k);
  if (last === 0x201d || last === 0x300d || last === 0x300f || last === 0xff09 || last === 0x29) k--;
  if (text.charCodeAt(k) !== 0x5206 /* 分 */ || text.charCodeAt(k - 1) !== 0x90e8 /* 部 */) return false;
  for (let i = s; i < e; i++) if (is(STOP, text.charCodeAt(i))) return false;
  if (!PARTS_IN_ALL.test(foldScript(text.slice(Math.max(s, k - 12), e)))) return false;
  return !isPartHeadline(text, s, e);
}

/**
 * Whether `s..e` is a page's headline naming the instrument, then the page's part and the parts in all, each bracketed
 * (`与贸易有关的知识产权协定(1)(共两部分)`: words.ts PARTS_REMARK): the name before the remark ends with a kind and quotes none (a
 * note sending the reader to another part quotes its headline, `其他请参考“…(1)共两部分”`, furniture). The page's title, no furniture.
 */
function isPartHeadline(text: TextLike, s: number, e: number): boolean {
  const line = foldScript(text.slice(s, e));
  const remark = PARTS_REMARK.exec(line);
  if (!remark || remark.index === 0) return false;
  const name = line.slice(0, remark.index);
  return !/[“”「」『』"]/.test(name) && endingKind(titleWords(name)) !== undefined;
}

/** How much of a line a pattern may look at. */
const WINDOW = 160;
/**
 * The longest `第…条之…`, `第…款`, `第…章` label: 第, 3 spaces, 12 numerals each with 3 spaces,
 * 条, then 3 spaces, 之, 3 spaces and 4 numerals.
 */
const LABEL_WINDOW = 64;

/**
 * Matches an anchored pattern at `at`, reading at most to `end` (and WINDOW characters).
 * The pattern runs on a short slice, not on the whole text with a sticky flag:
 * optimized V8 code runs sticky patterns in time proportional to the rest of the text.
 */
function match(re: RegExp, text: TextLike, at: number, end: number): RegExpExecArray | null {
  return re.exec(text.slice(at, Math.min(end, at + WINDOW)));
}

/** `match` on the text read as simplified (`第一條`, `第二編`): same length, same offsets. */
function matchFolded(re: RegExp, text: TextLike, at: number, end: number, window = WINDOW): RegExpExecArray | null {
  return re.exec(foldScript(text.slice(at, Math.min(end, at + window))));
}

/** Splits the text into classified lines covering it exactly; a text in another language is read by foreignLines. */
export function splitLines(text: string, language: Language = textLanguage(text)): Line[] {
  const n = text.length;
  SPLIT.tags = 0;
  SPLIT.brackets = undefined;
  if (n === 0) return [classify(text, 0, 0, 0)];
  // Without a carriage return anywhere, indexOf finds line ends fastest.
  // (A regex, not indexOf('\r'): optimized V8 code ran that search ~100x slower on long two-byte strings.)
  const hasCR = /\r/.test(text);
  // (Each loop over the text's lines in a function of its own: V8 compiled splitLines' long loops on the stack, and that code,
  // kept, met the statements after each loop with no feedback and was thrown away again — twice on every parse.)
  const lines = classifyLines(text, lineEnds(text, hasCR), hasCR);
  // A scratch array grown for a text of a million lines is not kept.
  if (eols.length > EOLS_KEPT) eols = new Int32Array(EOLS_KEPT);
  const interleaved = SPLIT.interleaved;
  settleFences(text, lines);
  SPLIT.unglued = false;
  if (language !== 'zh') return foreignLines(text, lines);
  // (Its brackets' searches walk every bracket of the text, kept for the outline: `splitBrackets`.)
  const full = new WalkedChar(text, '（');
  const ascii = new WalkedChar(text, '(');
  const cut = cutGluedHeadings(text, interleaved ? withInterleavedTranslation(text, lines) : lines, 0, 0, undefined, 0, { full, ascii });
  SPLIT.brackets = { text, full: full.all(), ascii: ascii.all() };
  // (The same array: no line was cut out of another, none is glued.)
  SPLIT.unglued = cut === lines;
  return settleUnits(text, cut);
}

/**
 * Where each line of `text` ends (its line break, or the text's end), into `eols`: how many lines there are. The ends found
 * first, then the lines array made at its size (`classifyLines`): pushed to from empty, a long treaty's twenty thousand lines
 * were copied a dozen times as it grew (half a megabyte of garbage a parse), and it kept up to a third of its slots empty.
 */
function lineEnds(text: string, hasCR: boolean): number {
  const n = text.length;
  let count = 0;
  let start = 0;
  while (start < n) {
    let eol: number;
    if (hasCR) {
      eol = start;
      while (eol < n) {
        const c = text.charCodeAt(eol);
        if (c === 0x0a || c === 0x0d) break;
        eol++;
      }
    } else if (text.charCodeAt(start) === 0x0a) {
      // A blank line (half a long text's lines): its end read in place. `indexOf` costs its call, ~240 instructions, however
      // near the break it finds (session 52): 10,268 of the bench treaty's 21,245 calls.
      eol = start;
    } else {
      eol = text.indexOf('\n', start);
      if (eol < 0) eol = n;
    }
    if (count === eols.length) eols = grown(eols);
    eols[count++] = eol;
    // (A line break is one code unit unless the text holds a carriage return: then only is it read, here and below.)
    start = eol < n ? eol + (hasCR && text.charCodeAt(eol) === 0x0d && text.charCodeAt(eol + 1) === 0x0a ? 2 : 1) : n;
  }
  return count;
}

/**
 * The `count` lines of `text` whose ends `lineEnds` found, each classified. Whether a line may be an interleaved translation's
 * (withInterleavedTranslation) is asked of each line as it is made, while it is at hand (SPLIT.interleaved): none, and that
 * pass over every line is not made.
 */
function classifyLines(text: string, count: number, hasCR: boolean): Line[] {
  const n = text.length;
  const lines: Line[] = new Array(count);
  let start = 0;
  FENCES.seen = 0;
  let interleaved = (SPLIT.interleaved = false);
  for (let k = 0; k < count; k++) {
    const eol = eols[k];
    const end = eol < n ? eol + (hasCR && text.charCodeAt(eol) === 0x0d && text.charCodeAt(eol + 1) === 0x0a ? 2 : 1) : n;
    const l = classify(text, start, eol, end);
    lines[k] = l;
    if (!interleaved && mayInterleave(text, l)) interleaved = SPLIT.interleaved = true;
    start = end;
  }
  // (Nothing after the loop but the return: the code V8 compiles on the stack for it would meet a statement that had never
  // run, and be thrown away on every parse, as splitLines' was.)
  return lines;
}

/**
 * Whether the lines the last `splitLines` call gave hold no tag line (`classify` made none): the parser tells the
 * tree so (`SyntaxTree.tagless`), and the model then reads no line to list its tag lines.
 */
export function splitTagless(): boolean {
  return SPLIT.tags === 0;
}

/**
 * Whether the lines the last `splitLines` call gave hold no glued line (none cut out of another): the parser
 * tells the line map so (syntax/positions.ts `noGluedRows`), which then reads no line of the tree to know it.
 */
export function splitUnglued(): boolean {
  return SPLIT.unglued;
}

/**
 * Where every bracket, `（` and `(`, of the text the last `splitLines` call split is: its search for items glued in a line
 * (`itemCuts`) walked them all. Undefined when it made none (a text in another language, an empty one) or they were taken.
 */
export function splitBrackets(): Brackets | undefined {
  const brackets = SPLIT.brackets;
  // (Taken: not kept here, the text with it, once the tree it was read for is gone.)
  SPLIT.brackets = undefined;
  return brackets;
}

/**
 * A fence opening or closing a markdown code block at `s` (the line's content, up to `e`): three or more
 * backticks or tildes (a backtick fence's info string holds no backtick). Its length, or 0.
 */
export function fenceLength(text: TextLike, s: number, e: number): number {
  const c = text.charCodeAt(s);
  if (c !== 0x60 && c !== 0x7e) return 0;
  let k = s;
  while (k < e && text.charCodeAt(k) === c) k++;
  if (k - s < 3) return 0;
  if (c === 0x60) for (let j = k; j < e; j++) if (text.charCodeAt(j) === 0x60) return 0;
  return k - s;
}

/** Whether the fence line `l` closes a block opened by a fence of `length` code units of `c`: as long or longer, nothing after it. */
function closesFence(text: TextLike, l: Line, c: number, length: number): boolean {
  if (text.charCodeAt(l.contentStart) !== c) return false;
  const n = fenceLength(text, l.contentStart, l.contentEnd);
  return n >= length && l.contentStart + n === l.contentEnd;
}

/**
 * The index of the fence closing the code block line `i` opens, or -1 (a fence never closed: markdown runs
 * the block to the end of the text; here the fence line alone is code and what follows is read, and
 * diagnostics.ts says the fence is left open). Only fence lines (kind `code` from `classify`) are looked at.
 */
export function fenceClose(text: TextLike, lines: readonly Line[], i: number): number {
  const open = lines[i];
  const c = text.charCodeAt(open.contentStart);
  const length = fenceLength(text, open.contentStart, open.contentEnd);
  for (let j = i + 1; j < lines.length; j++) if (lines[j].kind === 'code' && closesFence(text, lines[j], c, length)) return j;
  return -1;
}

/**
 * A fenced code block (``` or ~~~ and its closing fence, as a drafter quotes an article, a command or a
 * note in a markdown file) is no part of the treaty: its lines are made `code` lines, read as nothing —
 * no unit, no reference, no definition, no check, no suppression comment.
 */
function settleFences(text: TextLike, lines: Line[]): void {
  // (Most texts have no fence: `classify` counts the fence lines it makes, and none means nothing to walk.)
  if (FENCES.seen === 0) return;
  walkFences(text, lines, (i, close) => {
    for (let j = i + 1; j < close; j++) lines[j] = codeLine(text, lines[j]);
  });
}

/** The fence lines of `lines` (a split's) that open a code block never closed. */
export function unclosedFences(text: TextLike, lines: readonly Line[]): number[] {
  return walkFences(text, lines);
}

/** The code blocks of `lines` (a split's): the indices of each one's opening and closing fence, in order. */
export function fencedBlocks(text: TextLike, lines: readonly Line[]): [number, number][] {
  const out: [number, number][] = [];
  walkFences(text, lines, (open, close) => out.push([open, close]));
  return out;
}

/** Each code block of `lines` in order, its opening and closing fence's indices to `block`; the fences left open returned. */
function walkFences(text: TextLike, lines: readonly Line[], block?: (open: number, close: number) => void): number[] {
  const unclosed: number[] = [];
  // The shortest fence of each character found open to the end: a longer one of it is never closed either.
  let openTick = Infinity;
  let openTilde = Infinity;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.kind !== 'code') continue;
    const c = text.charCodeAt(l.contentStart);
    const length = fenceLength(text, l.contentStart, l.contentEnd);
    if (length === 0) continue;
    const close = length >= (c === 0x60 ? openTick : openTilde) ? -1 : fenceClose(text, lines, i);
    if (close < 0) {
      unclosed.push(i);
      if (c === 0x60) openTick = Math.min(openTick, length);
      else openTilde = Math.min(openTilde, length);
      continue;
    }
    block?.(i, close);
    i = close;
  }
  return unclosed;
}

/** Line `l` as a line of a code block, a blank one too: its content the line's, without indentation and trailing white space. */
function codeLine(text: TextLike, l: Line): Line {
  if (l.kind === 'code') return l;
  let s = l.start;
  const eol = l.eol;
  while (s < eol && isSpace(text.charCodeAt(s))) s++;
  let e = eol;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  const first = text.charCodeAt(l.start);
  return new TreeLine('code', l.start, l.end, eol, s, e, s - l.start >= 2 || first === 0x3000 || first === 0x09);
}

/** How many fence lines `classify` has made since `splitLines` last started a split (`settleFences` walks none when 0). */
const FENCES = { seen: 0 };

/**
 * What the last `splitLines` call found: its lines hold no glued line (`splitUnglued`); how many tag lines `classify` made
 * since it started (`splitTagless`); which article lines the last `cutGluedHeadings` call gave (`articles`: CLAUSE_ARTICLES,
 * labelled 第…款, OTHER_ARTICLES, any other), which `settleUnits` reads.
 */
const SPLIT: { unglued: boolean; tags: number; articles: number; interleaved: boolean; brackets: Brackets | undefined } = { unglued: false, tags: 0, articles: 0, interleaved: false, brackets: undefined };
const CLAUSE_ARTICLES = 1;
const OTHER_ARTICLES = 2;

/** The bit of SPLIT.articles line `l` sets: an article's, 第…款 or another; 0 for a line of another kind. */
function articleBit(l: Line): number {
  return l.kind !== 'article' ? 0 : l.unit === '款' ? CLAUSE_ARTICLES : OTHER_ARTICLES;
}

/** Where each line of the text being split ends (`splitLines`' scratch, reused by every call). */
let eols: Int32Array = new Int32Array(1024);
/** The longest scratch array kept between calls. */
const EOLS_KEPT = 1 << 16;

/** `a` in an array twice as long. */
function grown(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/**
 * `第…款` headings are a document's articles only when it has no `第…条` heading; else they are text.
 * A document with no article heading at all whose lines include ordinals alone, `第一`, `第二` …
 * consecutive from 第一 (the UN Treaty Series' transcriptions label articles so), reads them as its articles.
 */
function settleUnits(text: TextLike, lines: Line[]): Line[] {
  // (The kinds of article lines `cutGluedHeadings` gave, told as it made them: no pass of its own over every line.)
  const clauses = (SPLIT.articles & CLAUSE_ARTICLES) !== 0;
  const articles = (SPLIT.articles & OTHER_ARTICLES) !== 0;
  if (!clauses && !articles) return bareNumeralPoints(text, soleArticle(text, bareOrdinalArticles(text, lines)));
  return clauses && articles ? demoteClauseArticles(lines) : lines;
}

/** The number of a line that is a numeral alone (`一`, `十二`: three characters at most), or undefined. */
function bareNumeral(text: TextLike, l: Line): number | undefined {
  if (l.kind !== 'text' || l.contentEnd - l.contentStart > 3) return undefined;
  for (let k = l.contentStart; k < l.contentEnd; k++) if (!is(PARA_DIGITS, text.charCodeAt(k))) return undefined;
  return numeralAt(text, l.contentStart, l.contentEnd);
}

/** How long the line of text under a section's numeral alone is at least (`bareNumeralPoints`): a sentence, not a table's cell. */
const UNDER_BARE_NUMERAL = 12;

/**
 * Sections numbered by a numeral alone on its line (`一` / `世界正经历复杂的过渡时期,…` / `二` / …: the SCO heads of state's
 * declarations, numbered in Russian's manner), in a text with no article and no point: points labelled by the numeral, their
 * text on the lines under it (as a point's label alone on its line, `一、`). Only a run of two or more in order from 一, each
 * over a line of text (UNDER_BARE_NUMERAL characters or more): a numeral alone over another numeral (a column of them, a table's
 * cells one a line), over a short line, or out of order makes none. A text with no article is parsed whole, as one of ordinals
 * alone (`bareOrdinalArticles`).
 */
function bareNumeralPoints(text: TextLike, lines: Line[]): Line[] {
  let found: Line[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.kind === 'para' || l.kind === 'article') return lines;
    const n = bareNumeral(text, l);
    if (n === undefined) continue;
    if (n !== (found?.length ?? 0) + 1) return lines;
    let j = i + 1;
    while (j < lines.length && (lines[j].kind === 'blank' || lines[j].kind === 'comment')) j++;
    const under = lines[j];
    // (The next numeral alone last, nothing under it yet: the point being written, `三‸` — no point, and the points before it stay.)
    if (!under && found) break;
    if (!under || under.kind !== 'text' || under.contentEnd - under.contentStart < UNDER_BARE_NUMERAL) return lines;
    (found ??= []).push(l);
  }
  if (!found || found.length < 2) return lines;
  for (let i = 0; i < found.length; i++) {
    const l = found[i];
    l.kind = 'para';
    l.label = { start: l.contentStart, end: l.contentEnd };
    l.num = i + 1;
    l.rest = l.contentEnd;
  }
  return lines;
}

/** The number of a line that is an ordinal alone (`第三`, `## 第十二`), or undefined. */
function bareOrdinal(text: TextLike, l: Line): number | undefined {
  if ((l.kind !== 'text' && l.kind !== 'heading') || l.contentEnd - l.contentStart < 2 || l.contentEnd - l.contentStart > 7) return undefined;
  if (foldCode(text.charCodeAt(l.contentStart)) !== 0x7b2c /* 第 */) return undefined;
  for (let k = l.contentStart + 1; k < l.contentEnd; k++) if (!is(NUM_CHAR, foldCode(text.charCodeAt(k)))) return undefined;
  return numeralAt(text, l.contentStart + 1, l.contentEnd);
}

/**
 * Lines `第一`, `第二` … alone, at least two, numbered 1, 2, 3 … in order, made articles labelled without a unit word (`unit` '').
 * Where there are none, lines opening with such an ordinal and a comma before their text, in order from 第一, two at least, the
 * line before the first ending with the text's words declaring them (`特此声明` / `第一,我们致力于…。` / `第二,…`, an ASEAN
 * declaration's points: `commaOrdinal`, DECLARES), likewise, their text after the comma on their line.
 */
function bareOrdinalArticles(text: TextLike, lines: Line[]): Line[] {
  let found: Line[] | undefined;
  let commas: Line[] | undefined;
  let inOrder = true;
  for (const l of lines) {
    const n = bareOrdinal(text, l);
    if (n === undefined) {
      // (An ordinal and a comma opening a line, numbered on from the last: no part of the walk once out of order.)
      if (inOrder && !found && text.charCodeAt(l.contentStart) === 0x7b2c /* 第 */) {
        const comma = commaAfterOrdinal(text, l);
        if (comma >= 0) {
          if (numeralAt(text, l.contentStart + 1, comma) === (commas?.length ?? 0) + 1) (commas ??= []).push(l);
          else inOrder = false;
        }
      }
      continue;
    }
    if (n !== (found?.length ?? 0) + 1) return lines;
    (found ??= []).push(l);
  }
  if (!found && inOrder && commas && commas.length >= 2 && declaresPoints(text, lines, lines.indexOf(commas[0]))) {
    for (let i = 0; i < commas.length; i++) {
      const l = commas[i];
      const comma = commaAfterOrdinal(text, l);
      l.kind = 'article';
      l.label = { start: l.contentStart, end: comma };
      l.num = i + 1;
      l.unit = '';
      l.rest = skipSpaces(text, comma + 1, l.contentEnd);
      l.inlineBody = l.rest < l.contentEnd;
    }
    return lines;
  }
  // One alone is an article when the line before it announces articles (`…达成协议如下：`, `议定下列各条：`): a page of the
  // UN Treaty Series holding the first article only.
  if (!found || (found.length < 2 && !announcesArticles(text, lines, lines.indexOf(found[0])))) return lines;
  for (let i = 0; i < found.length; i++) {
    const l = found[i];
    l.kind = 'article';
    l.label = { start: l.contentStart, end: l.contentEnd };
    l.num = i + 1;
    l.unit = '';
    l.rest = l.contentEnd;
    l.inlineBody = false;
  }
  return lines;
}

/**
 * The one line of a text with no article heading opening with a sole article's label (a Portuguese decree's artigo único as Macao's
 * Chinese texts label it, `獨一條 - 中文在澳門具有…`; `独一条`, `唯一条`, `单一条款` in simplified: words.ts SOLE_ARTICLE): the text's
 * article, numbered 1 and labelled without a unit word (`unit` '', as ordinals alone: an edit in it is a full parse), its text
 * after the label's mark on its line. Only where no other article is: a decree publishing a convention labels its own so over the
 * convention's articles, and two such lines are none.
 */
function soleArticle(text: TextLike, lines: Line[]): Line[] {
  if (lines.some((l) => l.kind === 'article')) return lines;
  let found: Line | undefined;
  let labelEnd = 0;
  for (const l of lines) {
    if (l.kind !== 'text' && l.kind !== 'heading') continue;
    const c = foldCode(text.charCodeAt(l.contentStart));
    if (c !== 0x72ec /* 独 */ && c !== 0x552f /* 唯 */ && c !== 0x5355 /* 单 */) continue;
    const m = SOLE_ARTICLE.exec(foldScript(text.slice(l.contentStart, Math.min(l.contentEnd, l.contentStart + 6))));
    if (!m) continue;
    if (found) return lines;
    found = l;
    labelEnd = l.contentStart + m[0].length;
  }
  if (!found) return lines;
  found.kind = 'article';
  found.label = { start: found.contentStart, end: labelEnd };
  found.num = 1;
  found.unit = '';
  found.rest = captionStart(text, labelEnd, found.contentEnd);
  found.inlineBody = found.rest < found.contentEnd;
  return lines;
}

/** Where the comma is in a line opening with an ordinal and a comma before its text (`第二,《东盟宪章》将…`, `第一，`); -1 if none. */
function commaAfterOrdinal(text: TextLike, l: Line): number {
  let k = l.contentStart + 1;
  while (k < l.contentEnd && k < l.contentStart + 5 && is(NUM_CHAR, foldCode(text.charCodeAt(k)))) k++;
  const c = text.charCodeAt(k);
  return k === l.contentStart + 1 || (c !== 0xff0c && c !== 0x2c) || k + 1 >= l.contentEnd ? -1 : k;
}

/** The content line before line `i` ends with the text's words declaring what follows: `特此声明`, `兹声明如下：` (DECLARES). */
function declaresPoints(text: TextLike, lines: Line[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (lines[j].contentEnd <= lines[j].contentStart || lines[j].kind === 'comment')) j--;
  return j >= 0 && DECLARES.test(foldScript(text.slice(Math.max(lines[j].contentStart, lines[j].contentEnd - 6), lines[j].contentEnd)));
}
/** A declaration's words over its points, at the end of their line (`特此声明`, `兹宣布如下：`), read folded to simplified. */
const DECLARES = /(?:声明|宣布|宣告|宣言)(?:如下)?[：:]?$/;

/** The content line before line `i` ends a preamble announcing the articles: `…如下：`, `…各条：`. */
function announcesArticles(text: TextLike, lines: Line[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (lines[j].contentEnd <= lines[j].contentStart || lines[j].kind === 'comment')) j--;
  if (j < 0) return false;
  const e = lines[j].contentEnd;
  const c = text.charCodeAt(e - 1);
  return (c === 0xff1a || c === 0x3a) && ARTICLES_ANNOUNCED.test(text.slice(Math.max(lines[j].contentStart, e - 3), e - 1));
}
const ARTICLES_ANNOUNCED = /(?:如下|各条|各條|条款|條款)$/;

function demoteClauseArticles(lines: Line[]): Line[] {
  for (const l of lines) {
    if (l.kind === 'article' && l.unit === '款') {
      l.kind = 'text';
      l.unit = l.label = l.num = l.rest = l.inlineBody = undefined;
    }
  }
  return lines;
}

/** What may follow a 第…条 label that is a reference, not a heading: `第二条规定的`, `第二条第一款`, `第二条和第三条`. */
const REFERENCE_FOLLOWS = charClass('规所的第和、或及与至到中项款者之内下上以', 16);
/**
 * A heading's text that opens with one of those words, pasted with no space after its label:
 * `第一条中华人民共和国公民…`, `第二条中方…`, `第五条下列人员…`, `第三条上述…`, `第四条所有争议…`.
 * After 中 a reference goes on with what is in the article (`第二条中的`, `第二条中规定`, `第二条中所述`).
 */
const OPENS_TEXT = /^(?:中[^的所规提列述确约有，,。、及和或与]|下列|上述|所有)/;
/** Sentence ends after which a glued heading may start: `。第二条`, `如下：第一条`. */
const SENTENCE_END = charClass('。；：;:！？', 32);
/** How far a glued heading may jump ahead of the article before it (one article missing). */
const MAX_STEP = 2;

/**
 * Article headings glued to the text: `第二条本协议…` at a line start, or `…如下：第一条 …。第二条 …`
 * inside a line (a body pasted as one line). A `第…条` there is a heading only when its number
 * continues the article sequence and no reference word follows it; each such heading is cut
 * out as a line of its own (`glued`), so the tree stays lossless and offsets exact.
 */
export function cutGluedHeadings(text: TextLike, lines: Line[], last = 0, paraBefore = 0, before?: readonly Line[], beforeCount = 0, walked?: { full: WalkedChar; ascii: WalkedChar }): Line[] {
  let out: Line[] | undefined;
  const di = new NextChar(text, '第');
  const ben = new NextChar(text, '本');
  const paren: CharSearch = walked ? walked.full : new NextChar(text, '（');
  const ascii: CharSearch = walked ? walked.ascii : new NextChar(text, '(');
  const nian = new NextChar(text, '年');
  const dun = new NextChar(text, '、');
  const slash = new NextChar(text, '/');
  /** Whether an article's heading came before (a line of its own, or one glued and cut out). */
  let seen = last > 0;
  // (The last article's number, the last numbered paragraph's and the kinds of article lines given, kept in CUT_LINES: `cutLine`,
  // called for every line, sets them too.)
  const st = CUT_LINES;
  st.last = last;
  /** The number of the last numbered paragraph `二、` read since the last heading (0: none), which a glued one continues (`paraBefore`: before `lines`). */
  st.para = paraBefore;
  st.articles = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    // (The kind read once: a getter, and half a long text's lines are blank — they change nothing here.)
    let kind = l.kind;
    if (kind === 'blank') {
      out?.push(l);
      continue;
    }
    if (kind === 'para' && l.num !== undefined) st.para = l.num;
    else if (!goesOnInParagraph(l)) st.para = 0;
    if (kind === 'text') kind = headingAtStart(text, lines, i, st.last, seen);
    if (kind === 'article') {
      const above = i > 0 ? (out ?? lines)[(out ? out.length : i) - 1] : before?.[beforeCount - 1];
      if ((seen && continuesCitation(text, l, above, st.last)) || (!l.level && !l.glued && l.num !== undefined && l.unit === undefined && endsInRange(text, writtenAbove(out ?? lines, out ? out.length : i, before, beforeCount)))) {
        l.kind = kind = 'text';
        // A caption the label goes on from was the article's text broken off at the width (`第三条 国务院行使宪法` /
        // `第八十九条` / `规定的职权。`): its first paragraph, which the next line continues (a run reads the citation
        // over the break as within a line). Only a line of these lines is changed: one before them is another tree's
        // (syntax/reparse.ts reads a region holding such a label again whole).
        if (i > 0 && above!.kind === 'article' && !above!.inlineBody) above!.inlineBody = true;
      }
    }
    if (kind === 'article') seen = true;
    const body = kind === 'text' || kind === 'para' || kind === 'item' || (kind === 'article' && l.inlineBody);
    // (A markdown table's row, `| … |`, holds cells, not a body pasted as one line.)
    // (A chapter line too, its caption followed by a glued article: `第一章 司法文书 第二条 …`, a line of such a body broken by an edit.)
    let cuts = (body && (kind !== 'text' || text.charCodeAt(l.contentStart) !== 0x7c)) || (kind === 'chapter' && l.rest !== undefined && l.rest < l.contentEnd) ? findCuts(text, l, kind === 'article' && l.num !== undefined ? l.num : st.last, di, ben, paren, nian, dun, st.para, ascii, out ?? lines, out ? out.length : i, before, beforeCount) : undefined;
    // A chapter heading glued after the line's last sentence, the next chapter's first article on the next line
    // (`…反馈制度。第二章市容和环境卫生责任` / `第八条 …`): cut out as a line of its own.
    if (body) cuts = withChapterEnding(text, lines, i, cuts);
    // A UN resolution's heading, its parts and its paragraphs run into one line (`resolutionCuts`), or an instrument's title run in
    // at the end of a letter's line, its preamble below (`runInTitleCut`).
    if (!cuts && kind === 'text') cuts = runInCuts(text, lines, i, slash, seen);
    if (body) cuts = withAnnexRunIn(text, cuts, l.contentEnd);
    if (!cuts) {
      if (kind === 'article') {
        if (l.num !== undefined && l.sub === undefined && l.unit === undefined) st.last = l.num;
        st.articles |= articleBit(l);
      }
      out?.push(l);
    }
    out = cutLine(text, lines, i, body, cuts, out);
  }
  SPLIT.articles = st.articles;
  return out ?? lines;
}

/**
 * cutGluedHeadings' state on the lines it reads (one object, reused by every call): the last article's number, the last numbered
 * paragraph's read since the last heading (0: none), the kinds of article lines given (SPLIT.articles).
 */
const CUT_LINES = { last: 0, para: 0, articles: 0 };

/**
 * The lines out of line `i` (of a body, `body`), cut at `cuts` (none: the line as it is, already given) added to `out` (the lines
 * before it first, when no line was cut before), and the numbering on after it: CUT_LINES's last article and paragraph, what
 * article lines were given, a label broken at the line's end. `out` after.
 * (Called for every line, also with no cuts: the first line cut, met in a text read after cutGluedHeadings was optimized, deoptimized
 * it there — 5 compiles over LawRefBook/Laws, 3 after such a reading.)
 */
function cutLine(text: TextLike, lines: Line[], i: number, body: boolean | undefined, cuts: number[] | undefined, out: Line[] | undefined): Line[] | undefined {
  const l = lines[i];
  const st = CUT_LINES;
  if (cuts) {
    out ??= lines.slice(0, i);
    let from = l.start;
    for (let k = 0; k <= cuts.length; k += 2) {
      const to = k < cuts.length ? cuts[k] : l.eol;
      const segment = classify(text, from, to, k < cuts.length ? to : l.end);
      if (from !== l.start) {
        segment.glued = true;
        if (segment.kind !== 'article') asArticle(text, segment, cuts[k - 1]);
      } else {
        // (The line's first part keeps its place: a part an interleaved translation was cut into is glued still.)
        if (l.glued) segment.glued = true;
        if (l.kind === 'article' && segment.kind !== 'article') asArticle(text, segment, l.label!.end - l.label!.start);
      }
      if (segment.kind === 'article' && segment.num !== undefined && segment.sub === undefined && segment.unit === undefined) st.last = segment.num;
      if (segment.kind === 'para' && segment.num !== undefined) st.para = segment.num;
      else if (segment.kind === 'article' || segment.kind === 'chapter') st.para = 0;
      st.articles |= articleBit(segment);
      out.push(segment);
      from = to;
    }
  }
  // (A label broken at the line's end goes on with the numbering: `…安全间隔。 第七十` / `三条 …`. The last line has no next:
  // `lines[i + 1]` read past the end deoptimizes the function, out of bounds.)
  if (body) st.last = afterBrokenLabel(text, l, i + 1 < lines.length ? lines[i + 1] : undefined, st.last);
  return out;
}

/**
 * The cuts of text line `i` holding a UN resolution run into one line (`resolutionCuts`, only with a `/` on it), or, before any
 * article was `seen`, an instrument's title run in at the end of a letter's line (`runInTitleCut`); undefined for none.
 */
function runInCuts(text: TextLike, lines: Line[], i: number, slash: NextChar, seen: boolean): number[] | undefined {
  const l = lines[i];
  if (slash.in(l.contentStart, l.contentEnd) >= 0) {
    const cuts = resolutionCuts(text, l);
    if (cuts) return cuts;
  }
  if (seen) return undefined;
  const at = runInTitleCut(text, l, lines, i);
  return at >= 0 ? [at, 0] : undefined;
}

// cutGluedHeadings' rarer readings in functions of their own, called for every line of their kind (a text line, a line of a
// body): first met after the function was optimized — a cold parse over many small files optimizes it after a few hundred
// texts — each deoptimized cutGluedHeadings (6 compiles over LawRefBook/Laws, 4 of them after a first call of pageOpening,
// asArticle, nextIsArticle or withAnnexRunIn); asked of every such line, the calls are fed from a text's first lines.

/**
 * Line `i`, of text (its kind 'text'), made an article when it opens with a heading glued to its text that continues the numbering after `last`
 * (`gluedHeading`), or with a page's first article (`pageOpening`, before any heading was `seen`): its kind after.
 */
function headingAtStart(text: TextLike, lines: readonly Line[], i: number, last: number, seen: boolean): LineKind {
  const l = lines[i];
  if (text.charCodeAt(l.contentStart) !== 0x7b2c || l.level) return 'text';
  let n = gluedHeading(text, l.contentStart, l.contentEnd, last);
  if (!n && !seen) n = pageOpening(text, lines, i);
  if (!n) return gluedClause(text, lines, i, last);
  asArticle(text, l, n);
  return l.kind;
}

/**
 * Line `i` made an older treaty's article when it opens with its label `第N款` glued to its text (`第一款嗣後大清國皇上與大佛蘭西國
 * 皇上…`, `第二款自今以後…`: the 1844 Treaty of Whampoa on a page that dropped the space after every label) — numbered on from the
 * last article (by MAX_STEP at most), which is one of 款 too (or none came before), and followed by no word a reference goes on with (`第三款規定`,
 * `第二款所稱`: GOES_ON_FROM_LABEL): its kind after ('text' when not).
 */
function gluedClause(text: TextLike, lines: readonly Line[], i: number, last: number): LineKind {
  const l = lines[i];
  const m = matchFolded(CLAUSE_ARTICLE, text, l.contentStart, l.contentEnd, 24);
  if (!m) return 'text';
  const after = l.contentStart + m[0].length;
  if (after >= l.contentEnd || !isHan(text.charCodeAt(after)) || GOES_ON_FROM_LABEL.test(foldScript(text.slice(after, Math.min(l.contentEnd, after + 6))))) return 'text';
  // (The article before, if any: one of 款 this one numbers on from; an article of 条, `last`, none.)
  let k = i - 1;
  while (k >= 0 && lines[k].kind !== 'article') k--;
  const before = k < 0 ? (last > 0 ? undefined : 0) : lines[k].unit === '款' ? lines[k].num : undefined;
  // (Numbered on as glued 第…条 are, a gap allowed: a drafter deleting `第二款` keeps `第三款…` an article, renumbered after.)
  const n = parseNumeral(m[1]);
  if (before === undefined || n === undefined || n <= before || n > before + MAX_STEP) return 'text';
  l.kind = 'article';
  l.label = { start: l.contentStart, end: after };
  l.num = n;
  l.unit = '款';
  l.rest = after;
  l.inlineBody = true;
  return l.kind;
}

/**
 * `cuts` of line `i` of a body, with a chapter heading glued after the line's last sentence, the next chapter's first article on
 * the next line (`…反馈制度。第二章市容和环境卫生责任` / `第八条 …`): cut out as a line of its own.
 */
function withChapterEnding(text: TextLike, lines: readonly Line[], i: number, cuts: number[] | undefined): number[] | undefined {
  const chapter = chapterEnding(text, lines[i]);
  if (chapter >= 0 && (!cuts || cuts[cuts.length - 2] < chapter) && nextIsArticle(lines, i)) (cuts ??= []).push(chapter, 0);
  return cuts;
}

/** An operative paragraph's number run in after a clause's end and white space (`…的作用, 1. 重申…; 2. 欢迎…`): group 1. */
const RUN_IN_PARAGRAPH = /[,，;；。:：][ \t\u3000]+([0-9０-９]{1,3})[.．](?![0-9０-９])/g;
/** A resolution's adoption record run in after its last paragraph's full stop and white space (words.ts RESOLUTION_ADOPTED). */
const RUN_IN_ADOPTED = /[。.][ \t\u3000]+(?=[0-9０-９]{4}年)/g;

/**
 * Where a UN resolution run into one line is cut into the lines its document prints (a page that joined them by single
 * spaces: `第五十届会议 … [根据…(A/50/592)通过] 50/72. 审查… A. 裁军谈判会议的报告 大会, 审议了…, 1. 重申…; … 9. 决定…。
 * 1995年12月12日 第90次全体会议 B. 裁军周 大会, …`): before its number and title, a part's heading, the organ with its comma
 * and the preamble after it (words.ts RESOLUTION_RUN_IN); before each operative paragraph numbered on from 1 after a clause's
 * end; before the adoption record, and the next part's heading and organ after it, whose paragraphs number from 1 again.
 * Cut so, the line reads as those lines do (parser.ts resolutionHeading, the paragraphs as the resolution's units).
 */
function resolutionCuts(text: TextLike, l: Line): number[] | undefined {
  const s = foldScript(text.slice(l.contentStart, l.contentEnd));
  const m = RESOLUTION_RUN_IN.exec(s);
  if (!m) return undefined;
  const cuts: number[] = [];
  const cut = (at: number) => {
    if (at > 0 && at < s.length && (cuts.length === 0 || l.contentStart + at > cuts[cuts.length - 2])) cuts.push(l.contentStart + at, 0);
  };
  let at = m.index + m[0].indexOf(m[1]);
  cut(at);
  at += m[1].length;
  if (m[2]) cut(at), (at += m[2].length);
  cut(at);
  let organ = at + m[3].length - 1;
  cut(m.index + m[0].length);
  for (;;) {
    RUN_IN_ADOPTED.lastIndex = organ;
    const record = RUN_IN_ADOPTED.exec(s);
    const end = record ? record.index + record[0].length : s.length;
    RUN_IN_PARAGRAPH.lastIndex = organ;
    for (let n = 1, p = RUN_IN_PARAGRAPH.exec(s); p && p.index < end; p = RUN_IN_PARAGRAPH.exec(s)) {
      if (parseInt(p[1].replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)), 10) !== n) continue;
      cut(p.index + p[0].length - p[1].length - 1);
      n++;
    }
    if (!record) break;
    const adopted = RESOLUTION_ADOPTED.exec(s.slice(end));
    if (!adopted) break;
    cut(end);
    const part = RESOLUTION_NEXT_PART.exec(s.slice(end + adopted[0].length));
    if (!part) break;
    at = end + adopted[0].length;
    cut(at);
    at += part[1].length;
    cut(at);
    organ = at + part[2].length - 1;
    cut(at + part[0].length - part[1].length);
  }
  return cuts.length ? cuts : undefined;
}

/**
 * Whether article line `l`, right under line `above`, is another instrument's article going on with the sentence
 * `above` breaks off, not a heading: a copy at a fixed width broke the line after the instrument's name (`…可以根据刑法` /
 * `第三十七条、刑事诉讼法第一百四十二条的规定不起诉…`, `…按照《矿山安全法》` / `第四十四条…`). `above` is a line of text
 * ending with a kind of instrument (with no mark after it) or with a title in 《》 cited in it; the label's number
 * jumps past the text's next articles (`last`: the last one read), as a heading's never does. A heading's number
 * going back (a protocol's articles after `…协定的议定书`, chapters numbering from 第一条 again) stays one; so does the
 * first article, under the title (`中华人民共和国引渡法` / `第七条…`, an excerpt): the caller asks only after an article.
 * At a narrow width the article's own first line may be short enough to read as a caption (`第三条 国务院行使宪法` /
 * `第八十九条` / `规定的职权。`): a caption ending with a kind of instrument goes on with a label alone on the next line
 * that jumps so (a caption's article has its text under it, not another article far ahead).
 * A label numbered on from the text's own, its text glued to it with no space (`…依照本法` / `第五条执行。`, `第三条
 * 当事人仅以婚姻法` / `第四条为依据提起诉讼的，`), is the article a line (or a caption) breaking off after a
 * self-reference or an instrument's name cites: a heading after such a line is written as the text's others are, the
 * label set off (`…依照本法` / `第五条 本法自…`, a missing full stop).
 */
export function continuesCitation(text: TextLike, l: Line, above: Line | undefined, last: number): boolean {
  if (!above || l.level || l.glued || l.num === undefined || l.unit !== undefined) return false;
  if (endsInRange(text, above)) return true;
  const jumps = l.num > last + MAX_STEP;
  if (!jumps && (l.rest === undefined || l.rest >= l.contentEnd || l.rest !== l.label!.end)) return false;
  const k = above.kind;
  const caption = k === 'article' && !above.inlineBody;
  if (above.level || !(k === 'text' || k === 'para' || k === 'item' || (k === 'article' && (above.inlineBody || !jumps || l.rest! >= l.contentEnd)))) return false;
  const e = above.contentEnd;
  if (e - above.contentStart < 2) return false;
  // (A title alone on its line ends with 》 too, a terminal mark: no kind of instrument is looked for before it.)
  if (endsCitingTitle(text, above) && !caption) return true;
  return !above.terminal && INSTRUMENT_ENDING.test(foldScript(text.slice(Math.max(above.contentStart, e - 12), e)));
}

/**
 * The line written above index `i` of `lines` (then of `before`, up to `beforeCount`), blank lines, comments and code blocks passed
 * over (words ending inside a range go on past them, as a title's lines do: parser.ts titleLines), or undefined.
 */
export function writtenAbove(lines: readonly Line[], i: number, before: readonly Line[] | undefined, beforeCount: number): Line | undefined {
  for (let k = i - 1; k >= 0; k--) if (!passedOver(lines[k])) return lines[k];
  for (let k = beforeCount - 1; before && k >= 0; k--) if (!passedOver(before[k])) return before[k];
  return undefined;
}
function passedOver(l: Line): boolean {
  const k = l.kind;
  return k === 'blank' || k === 'comment' || k === 'code';
}

/** 第, its numerals, perhaps its unit, then 至 ending the words (`第二至`, `第八条至`): a range's opening (`endsInRange`). */
const RANGE_OPENING = new RegExp(`第${WS}{0,3}(?:${NUM}${WS}{0,3}){1,8}(?:[条條款项項章节節編编]${WS}{0,3})?至$`);

/**
 * A range's opening broken at the line's end (`附八:關於南滿洲東部內蒙古條約第二至` / `第五條延期實行之換文`, a title of the 1915
 * notes; `…依照本法第八条至` / `第十条的规定…`): 第, its numerals, perhaps its unit, then 至 closing a line no heading is (the line
 * heads no level, and a bare article's caption names no range). The label opening the next line is the range's end, the line
 * going on, whether or not an article came before (a title's second line: `cutGluedHeadings` and syntax/reparse.ts ask it of the
 * line written above, `writtenAbove`; `continuesCitation` of the line right above). The last 16 characters
 * read, and only when the line ends with 至.
 */
export function endsInRange(text: TextLike, above: Line | undefined): boolean {
  if (!above || above.level) return false;
  const k = above.kind;
  if (!(k === 'text' || k === 'para' || k === 'item' || (k === 'article' && above.inlineBody))) return false;
  let e = above.contentEnd;
  while (e > above.contentStart && is(LABEL_SPACE, text.charCodeAt(e - 1))) e--;
  if (e - above.contentStart < 3 || text.charCodeAt(e - 1) !== 0x81f3 /* 至 */) return false;
  return RANGE_OPENING.test(text.slice(Math.max(above.contentStart, e - 16), e));
}

/**
 * Whether line `l` ends with a title in 《》 cited in its sentence (`…按照《矿山安全法》`), not a title alone on its line
 * (`《联合国宪章》`, a heading): a copy at a fixed width may break there, before the cited instrument's article
 * (`continuesCitation` here, runs.ts `citesOn` for the runs). `text` holds the document from offset `base` on.
 */
export function endsCitingTitle(text: TextLike, l: Line, base = 0): boolean {
  return l.contentEnd > l.contentStart && text.charCodeAt(l.contentEnd - 1 - base) === 0x300b /* 》 */ && text.charCodeAt(l.contentStart - base) !== 0x300a /* 《 */;
}

/**
 * A line ending with a kind of instrument, as a name cited before its article ends (`宪法`, `刑法`, `…条例`, `…公约`), or
 * with the text naming itself (`本规定`, `本解释`, `本办法`: kinds no other instrument is cited by).
 */
const INSTRUMENT_ENDING = new RegExp(`(?:${CITED_KINDS.join('|')}|${CITED_LAW_KINDS.join('|')}|法|本(?:${SELF_WORDS.join('|')}))$`);

/** The sub-number of an article label ARTICLE matched: `之一`'s, or an inserted article's `9-1`'s. */
function subNumber(m: RegExpExecArray): string | undefined {
  return m[2] ?? m[3];
}

/** Whether a line goes on in the numbered paragraph before it (its text, its items, what stands between lines), not ending it. */
function goesOnInParagraph(l: Line): boolean {
  const k = l.kind;
  return k === 'text' || k === 'item' || k === 'blank' || k === 'break' || k === 'comment' || k === 'footnote';
}

/**
 * The number of the numbered paragraph `二、` that line `i` opens or continues in its article (a PDF's wrap, an item of its list),
 * or 0: what `cutGluedHeadings` holds when it reaches line `i` (syntax/reparse.ts relexes a region from there).
 */
export function paragraphBefore(lines: readonly Line[], i: number, before?: readonly Line[], beforeCount = 0): number {
  for (let k = i - 1; k >= 0; k--) {
    const l = lines[k];
    if (l.kind === 'para') return l.num ?? 0;
    if (!goesOnInParagraph(l)) return 0;
  }
  // (`before`: the tree's lines before these, its first `beforeCount`: a relexed region read on from the lines above it.)
  return before ? paragraphBefore(before, beforeCount) : 0;
}

/**
 * A page giving a bilingual text as one line, each Chinese part followed by its English with no break (`联合国国际货物销售合同
 * 公约United Nations Convention On Contracts…`, `…兹协议如下:THE STATES PARTIES…as follows:第一部分 适用范围和总则PART I-Sphere of
 * Application…第一章 适用范围Chapter I-Sphere of Application第一条(1)本公约…`): each part cut out as a line of its own (`glued`),
 * so the Chinese headings and the title are read, the English parts lines of text. Asked only of a text line opening with a
 * Chinese character and ending with an ASCII one (a Chinese line ends with a full-width mark or a Chinese character); the
 * lines unchanged (the same array) when there is none.
 */
export function withInterleavedTranslation(text: TextLike, lines: Line[]): Line[] {
  let out: Line[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const cuts = mayInterleave(text, l) ? interleavedCuts(text, l) : undefined;
    if (!cuts) {
      out?.push(l);
      continue;
    }
    out ??= lines.slice(0, i);
    let from = l.start;
    for (let k = 0; k <= cuts.length; k++) {
      const to = k < cuts.length ? cuts[k] : l.eol;
      const segment = classify(text, from, to, k < cuts.length ? to : l.end);
      if (from !== l.start) segment.glued = true;
      out.push(segment);
      from = to;
    }
  }
  return out ?? lines;
}

/** Whether line `l` is one `withInterleavedTranslation` reads: a text line opening with a Chinese character, ending with an ASCII one. */
function mayInterleave(text: TextLike, l: Line): boolean {
  // (The kind first: half a long text's lines are blank, and a line's last character is a read of the text far from the line.)
  if (l.kind !== 'text') return false;
  const end = l.contentEnd;
  return text.charCodeAt(end - 1) < 0x80 && end - l.contentStart > INTERLEAVED_MIN && isHan(text.charCodeAt(l.contentStart)) && !l.level;
}

/** The shortest line read for an interleaved translation. */
const INTERLEAVED_MIN = 40;

/**
 * Where the parts of an interleaved bilingual line start (see withInterleavedTranslation), or undefined: an English part starts
 * at a Latin letter right after a Chinese character or a mark (no letter, no digit), three words at least before the next
 * Chinese character; the Chinese after it starts at that character, with the digits and spaces right before it (`(CISG)1980 年
 * 4 月`). Two English parts at least (one is a title's or a line's translation after it, which findCuts reads).
 */
function interleavedCuts(text: TextLike, l: Line): number[] | undefined {
  const e = l.contentEnd;
  let cuts: number[] | undefined;
  let k = l.contentStart + 1;
  while (k < e) {
    // In a Chinese part: the next Latin letter opening English words.
    const c = text.charCodeAt(k);
    const before = text.charCodeAt(k - 1);
    // (Not a name translated in brackets or quotes, `第五条(Article 5 of this Agreement)`: the Chinese sentence goes on.)
    if (!isLatin(c) || isLatin(before) || isAnyDigit(before) || before === 0x20 || before === 0x28 || before === 0xff08 || before === 0x201c || before === 0x22 || before === 0x300a) {
      k++;
      continue;
    }
    let h = k;
    let words = 1;
    while (h < e && !isHan(text.charCodeAt(h))) {
      if (text.charCodeAt(h) === 0x20 && text.charCodeAt(h - 1) !== 0x20) words++;
      h++;
    }
    if (words < MIN_TRANSLATION || h === e) {
      k = h;
      continue;
    }
    let back = h;
    while (back > k && (isAnyDigit(text.charCodeAt(back - 1)) || text.charCodeAt(back - 1) === 0x20)) back--;
    (cuts ??= []).push(k, back);
    k = h + 1;
  }
  return cuts && cuts.length >= 4 ? cuts : undefined;
}

/** Makes a line that opens with a glued `第…条` label (`labelLength` long) an article whose text follows on the line. */
function asArticle(text: TextLike, l: Line, labelLength: number): void {
  const s = l.contentStart;
  const m = matchFolded(ARTICLE, text, s, l.contentEnd, 40);
  if (!m) return;
  l.kind = 'article';
  l.label = { start: s, end: s + labelLength };
  l.num = parseNumeral(m[1]);
  const sub = subNumber(m);
  l.sub = sub !== undefined ? parseNumeral(sub) : undefined;
  l.rest = captionStart(text, s + labelLength, l.contentEnd);
  l.inlineBody = l.rest < l.contentEnd;
}

/**
 * The label length of a glued heading at `at` that starts a page's sequence at any number (`第5条`), the next
 * (`第6条`) glued after a sentence end further on the line, or the label ending the line; or 0.
 */
function openingHeading(text: TextLike, at: number, end: number, lineEnd: number): number {
  const m = matchFolded(ARTICLE, text, at, end, 40);
  const n = m && subNumber(m) === undefined ? parseNumeral(m[1]) : undefined;
  if (n === undefined || n <= 1) return 0;
  const len = gluedHeading(text, at, end, n - 1);
  if (!len) return 0;
  // (Or the label ends the line, its text on the next: an article inserted before the page's first, `…资料。 第5条`.)
  let e = at + len;
  while (e < end && isSpace(text.charCodeAt(e))) e++;
  if (e === end) return len;
  // (Or its caption ends the line and the next line opens the article's first paragraph: `…自由化进程. 第三条 与其他协定的关系` /
  // `一、本协定不应…`.)
  if (e > at + len && captionEnds(text, e, end) && opensFirstParagraph(text, lineEnd)) return len;
  for (let q = indexIn(text, 0x7b2c /* 第 */, at + len, end); q >= 0; q = indexIn(text, 0x7b2c, q + 1, end)) {
    let p = q - 1;
    while (p > at && isSpace(text.charCodeAt(p))) p--;
    if (is(SENTENCE_END, text.charCodeAt(p)) && gluedHeading(text, q, end, n) > 0) return len;
  }
  return 0;
}

/** Words that go on from a reference, never a caption's first (`第三条 规定的`, `第三条 所述`, `第三条 中的`); 与 和 及 open captions (`与其他协定的关系`). */
const AFTER_REFERENCE = '的所规中项款之者';

/** The longest caption of an article heading glued at a line's end (`captionEnds`). */
const END_CAPTION = 16;

/**
 * Whether `at..end` is an article's caption (`与其他协定的关系`): up to END_CAPTION characters, no stop, comma nor 第, white
 * space between words, not opening with a word that goes on from a reference (AFTER_REFERENCE).
 */
function captionEnds(text: TextLike, at: number, end: number): boolean {
  if (end - at > END_CAPTION || AFTER_REFERENCE.includes(text.slice(at, at + 1))) return false;
  for (let k = at; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x7b2c /* 第 */ || is(NO_CAPTION, c) || c === 0x2e) return false;
  }
  return true;
}

/** Whether the first line after `from` (blank lines and comment lines `<!-- … -->` passed over) opens a first paragraph, `一、` or `1.`. */
function opensFirstParagraph(text: TextLike, from: number): boolean {
  let s = from;
  for (let comments = 0; ; comments++) {
    for (let c = text.charCodeAt(s); s < text.length && (isSpace(c) || c === 0x0a || c === 0x0d); c = text.charCodeAt(++s));
    if (comments === 4 || text.charCodeAt(s) !== 0x3c || text.slice(s, s + 4) !== '<!--') break;
    const close = text.indexOf('-->', s + 4);
    if (close < 0) return false;
    s = close + 3;
  }
  const c = text.charCodeAt(s);
  if (c === 0x4e00 /* 一 */) return paraAt(text, s, text.length) > s + 1;
  return c === 0x31 && arabicItemAt(text, s, text.length) > s && SCAN.value === 1;
}

/** How many lines ahead a page's opening heading looks for the next article's heading. */
const PAGE_OPENING_REACH = 200;

/**
 * The label length of a glued heading opening line `i`, the first heading of a page that opens mid-instrument
 * (a book's page, a gazette's: `…并说明它是否意欲行使管辖权。` / `第七条在其境内发现被指称的罪犯的缔约国，…`), or 0:
 * its number any, the next article's heading a line of its own further on that continues it (`第八条`), or the next
 * line opening with a heading so glued that continues it.
 * A `第七条…` opening a sentence with no such heading after it stays text.
 */
function pageOpening(text: TextLike, lines: readonly Line[], i: number): number {
  const l = lines[i];
  const m = matchFolded(ARTICLE, text, l.contentStart, l.contentEnd, 40);
  const n = m && subNumber(m) === undefined ? parseNumeral(m[1]) : undefined;
  if (n === undefined || n <= 1) return 0;
  for (let j = i + 1; j < lines.length && j <= i + PAGE_OPENING_REACH; j++) {
    const next = lines[j];
    // (Or the next heading glued to its text too, opening its line: a gazette's OCR lost the space after every label,
    // `第二十四條本條…` / `第二十五條本條約…`.)
    if (next.kind === 'text' && !next.level && text.charCodeAt(next.contentStart) === 0x7b2c /* 第 */ && gluedHeading(text, next.contentStart, next.contentEnd, n) > 0) {
      return gluedHeading(text, l.contentStart, l.contentEnd, n - 1);
    }
    if (next.kind !== 'article') continue;
    // (Or its own 之一, `第七条之一`, inserted after it.)
    const continues = next.num !== undefined && (next.sub === undefined ? next.num > n && next.num <= n + MAX_STEP : next.num === n);
    return continues ? gluedHeading(text, l.contentStart, l.contentEnd, n - 1) : 0;
  }
  return 0;
}

/** A label's start the width broke after its number (`…。第四十二` / `条本条例…`): after a sentence's end, or opening its line. */
const BROKEN_LABEL = new RegExp(`(?:^|[。；;：:！？][ \\t\u3000]*)第[ \\t\u3000]*([${NUMERAL_CHARS}]{0,8})[ \\t\u3000]*$`);
/**
 * The rest of a broken label opening the next line: the rest of its number (group 1, none when the break fell before 条), its
 * 条, then a heading's text — not what a reference goes on with (`条第二款`, `条规定`, `条的`, `条之一`, `条和第…`).
 */
const BROKEN_LABEL_REST = new RegExp(`^([${NUMERAL_CHARS}]{0,7})[ \\t\u3000]*[条條](?!第|规定|規定|的|之|所|和|与|與|及|或|、|至|中|[，,。；;]|$)`);

/**
 * Whether line `l` ends with the start of an article label a fixed width broke inside (`…审批。第十四`, `…公布。 第二十`,
 * `…服务。 第`): `第` and the numerals before the break, after a sentence's end or opening the line. Its last character
 * (white space after it aside) read first, so that a line not ending with 第 or a numeral costs no match.
 */
export function endsBrokenLabel(text: TextLike, l: Line): RegExpExecArray | undefined {
  let e = l.contentEnd;
  while (e > l.contentStart && is(LABEL_SPACE, text.charCodeAt(e - 1))) e--;
  const c = e > l.contentStart ? text.charCodeAt(e - 1) : 0;
  if (c !== 0x7b2c && !is(NUM_CHAR, c)) return undefined;
  if (l.contentEnd - l.contentStart > 400) return undefined;
  const from = Math.max(l.contentStart, l.contentEnd - 40);
  const m = BROKEN_LABEL.exec(text.slice(from, l.contentEnd));
  // (Opening the line: the line's own start, not the 40 characters' read.)
  if (!m || (m.index === 0 && m[0].charAt(0) === '第' && from !== l.contentStart)) return undefined;
  return m;
}

/**
 * The number of an article label a fixed width broke inside, its start ending line `l` (`endsBrokenLabel`) and its rest opening
 * line `following` (`三条 未配备…`, `七十四条 当天气…`, `条历史文化名城…`), no reference going on after its 条 (`条第二款`, `条规定`
 * stay references); or undefined. A heading a copy glued after a sentence, then cut at a width: the label lies across two
 * lines, which the parser does not read as a heading (a line's label lies within its line; docs/variants.md), but the
 * numbering goes on from it — the headings glued after it (`…50米。 第七十五条 航` after a broken 第七十三条 and 第七十四条) are
 * cut out as the sequence goes on (`cutGluedHeadings`), and features/diagnostics.ts reports no gap for it.
 */
export function brokenLabel(text: TextLike, l: Line, following: Line | undefined): number | undefined {
  if (!following || following.glued) return undefined;
  const m = endsBrokenLabel(text, l);
  if (!m) return undefined;
  const opening = BROKEN_LABEL_REST.exec(text.slice(following.contentStart, Math.min(following.contentEnd, following.contentStart + 12)));
  return opening ? parseNumeral(m[1] + opening[1]) : undefined;
}

/** The last article number read after line `l` (`last` before it): a label broken at its end (`brokenLabel`) numbered on from `last`, an article read before. */
function afterBrokenLabel(text: TextLike, l: Line, following: Line | undefined, last: number): number {
  if (last <= 0) return last;
  const n = brokenLabel(text, l, following);
  return n !== undefined && n > last && n <= last + MAX_STEP ? n : last;
}

/** The label length of a glued heading at `at` that continues the sequence after `last`, or 0. */
function gluedHeading(text: TextLike, at: number, end: number, last: number): number {
  const m = matchFolded(ARTICLE, text, at, end, 40);
  if (!m) return 0;
  const n = parseNumeral(m[1]);
  if (n === undefined || (subNumber(m) === undefined ? n <= last || n > last + MAX_STEP : n !== last)) return 0;
  const after = at + m[0].length;
  if (after < end && is(REFERENCE_FOLLOWS, text.charCodeAt(after)) && !OPENS_TEXT.test(text.slice(after, Math.min(end, after + 2)))) return 0;
  return m[0].length;
}

/**
 * A signing clause run on after the last article's text, in its line: `…生效。本协定于2002年1月17日
 * 在北京签署，…`, `…为止。 本议定书于一九七八年五月十九日在北京签订，…`, `本协议一九九二年一月二十日签订于北京`
 * (a sentence opening with 本…, a date, then a verb of signing not read as a participle, `签订的`).
 */
const SIGNING_SENTENCE = new RegExp(`^本[^，。,；;\\s]{1,8}?[于於]?[ \\t\\u3000]*[${DATE_DIGITS}${OCR_ZEROS}]{2,4}[ \\t\\u3000]*年[^，。,；;]{0,40}?(?:${alternation(SIGNING_VERBS)})(?![的之])`);

/**
 * The first `code` in `from..to` of the text, or -1: searched within the line only (a tag's `〖-`).
 * `indexOf` has no end: a line without the character searched on to its next one in the text, or to
 * the end — a text whose tag lines have no closing tag cost the square of its lines. (`第` and `本`
 * are searched for through NextChar: in the bench's treaty, a loop over every line's characters cost
 * more than indexOf.)
 */
function indexIn(text: TextLike, code: number, from: number, to: number): number {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === code) return i;
  return -1;
}

/**
 * Where the next `ch` of a text is, asked for in text order (the lines of one cutGluedHeadings call, the articles of
 * one outline): `indexOf`'s answer kept, so that a search that ran on past the line (`indexOf` has no end) is not
 * run again for each line it passed — each part of the text is searched once.
 */
export class NextChar {
  /** The first `ch` at or after `from`, or -1: what the last `indexOf` found. */
  private from = 0;
  private at = -2;
  constructor(readonly text: TextLike, readonly ch: string) {}

  /** The first `ch` in `from..to`, or -1. */
  in(from: number, to: number): number {
    if (this.at === -2 || from < this.from || (this.at >= 0 && from > this.at)) {
      this.from = from;
      this.at = this.text.indexOf(this.ch, from);
    }
    return this.at >= 0 && this.at < to ? this.at : -1;
  }
}

/** What answers `in` as NextChar does: the first of its character in `from..to`, or -1. */
export interface CharSearch {
  in(from: number, to: number): number;
}

/**
 * A NextChar that finds every `ch` of the text, in order from its start, and keeps where each is (`all`): the full split's
 * brackets, `（` and `(`, which the outline reads again (`splitBrackets`). Asked from past the last one found, it goes on
 * from there, not from `from`: a search from `from` steps over the `ch`s of the lines between that ask none (a heading's,
 * the title's), and the list is of them all. (Each of those is one more `indexOf`; the searches' reach is the same —
 * NextChar's run on past the line to the next `ch` too.)
 */
export class WalkedChar implements CharSearch {
  private readonly found: number[] = [];
  /** Whether the text holds no `ch` after the last found. */
  private done = false;
  /** The last answer's ask and `ch` (the first at or after `from`, -1: none), as NextChar keeps them; -2: not asked yet. */
  private from = 0;
  private at = -2;
  /** Where `at` is in `found`. */
  private k = 0;
  constructor(readonly text: TextLike, readonly ch: string) {}

  in(from: number, to: number): number {
    // (NextChar's test, small enough to be inlined: most asks are of a line before the `ch` last found.)
    if (this.at === -2 || from < this.from || (this.at >= 0 && from > this.at)) this.seek(from);
    return this.at >= 0 && this.at < to ? this.at : -1;
  }

  /** Where every `ch` of the text is, in order (the text's end searched to). */
  all(): number[] {
    while (!this.done) this.step();
    return this.found;
  }

  /** The first `ch` at or after `from` made the answer: found before, or walked to. */
  private seek(from: number): void {
    const found = this.found;
    while (!this.done && (found.length === 0 || found[found.length - 1] < from)) this.step();
    const k = (this.k = firstFrom(found, from, this.k));
    this.from = from;
    this.at = k < found.length ? found[k] : -1;
  }

  private step(): void {
    const found = this.found;
    const at = this.text.indexOf(this.ch, found.length === 0 ? 0 : found[found.length - 1] + 1);
    if (at < 0) this.done = true;
    else found.push(at);
  }
}

/**
 * A text's brackets, `（` and `(`, where each is, in order: all of them, as `WalkedChar` found them (`splitBrackets`).
 * Read by `KeptChar` in the place of NextChar's searches.
 */
export interface Brackets {
  readonly text: string;
  readonly full: readonly number[];
  readonly ascii: readonly number[];
}

/** NextChar's answers read off a list of where each `ch` is (`Brackets`), asked in text order, no search made. */
export class KeptChar implements CharSearch {
  private k = 0;
  constructor(readonly found: readonly number[]) {}

  in(from: number, to: number): number {
    const found = this.found;
    const k = (this.k = firstFrom(found, from, this.k));
    return k < found.length && found[k] < to ? found[k] : -1;
  }
}

/**
 * Where in `found` (ascending) the first at or after `from` is (`found.length`: none), looked for on from `k` (the last
 * answer's) — or, asked from before that, by halves from the start.
 */
function firstFrom(found: readonly number[], from: number, k: number): number {
  if (k > 0 && found[k - 1] >= from) {
    let lo = 0;
    let hi = k - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (found[mid] < from) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  while (k < found.length && found[k] < from) k++;
  return k;
}

// (One of each cursor kept for its shape: syntax/tree.ts keepShape.)
keepShape(new NextChar('', '('));
keepShape(new WalkedChar('', '('));
keepShape(new KeptChar([]));

/**
 * A signing clause opening with its date, set off by white space after the last article's sentence: `…予以登记。
 * 1994年4月15日订于马拉喀什，英文、法文和西班牙文各有一文本…` (a page that joined the lines of an article and its clause).
 * A day's date, and no 的 after the verb in its clause: an article's sentence citing what was signed then
 * (`1963年4月24日订于维也纳的《…》的规定…`), or dated by a year alone (`2015年以后签字国…`), is the article's.
 */
const DATED_SIGNING = new RegExp(
  `^[${DATE_DIGITS}${OCR_ZEROS}]{2,4}年[${DATE_DIGITS}${OCR_ZEROS}]{1,3}月[${DATE_DIGITS}${OCR_ZEROS}]{1,3}日[^，。,；;\\s]{0,12}?(?:${alternation(SIGNING_VERBS)})(?![^，。,；;\\s]{0,12}?的)`,
);
/** A character of a year's number, before 年 (read by its code: no string made of it, no pattern run). */
const YEAR_DIGIT = charClass(classChars(DATE_DIGITS + OCR_ZEROS), 65536);

/** Where a signing clause starts in line `l` after `from` (a sentence end before it), or -1. */
function signingCut(text: TextLike, l: Line, from: number, ben: NextChar, nian: NextChar): number {
  // Either clause holds a 年 after `from` (a 本… clause its date's, SIGNING_SENTENCE; a dated one its own): in a line
  // without one, its 本s are not searched for (one search a 本 of the text's running text, `本协定第三条…`).
  if (nian.in(from, l.contentEnd) < 0) return -1;
  let found = -1;
  for (let at = ben.in(from, l.contentEnd); at >= 0; at = ben.in(at + 1, l.contentEnd)) {
    let p = at - 1;
    while (p > l.contentStart && isSpace(text.charCodeAt(p))) p--;
    if (p > l.contentStart && is(SENTENCE_END, text.charCodeAt(p)) && matchFolded(SIGNING_SENTENCE, text, at, l.contentEnd, 80)) {
      found = at;
      break;
    }
  }
  // Or a date opening the clause, white space and a sentence end before it (found by its 年, before any 本… clause).
  for (let y = nian.in(from, found >= 0 ? found : l.contentEnd); y >= 0; y = nian.in(y + 1, found >= 0 ? found : l.contentEnd)) {
    let at = y;
    while (at > from && y - at < 4 && is(YEAR_DIGIT, text.charCodeAt(at - 1))) at--;
    if (y - at < 2 || !isSpace(text.charCodeAt(at - 1))) continue;
    let p = at - 1;
    while (p > l.contentStart && isSpace(text.charCodeAt(p))) p--;
    if (p > l.contentStart && is(SENTENCE_END, text.charCodeAt(p)) && matchFolded(DATED_SIGNING, text, at, l.contentEnd, 40)) return at;
  }
  return found;
}

/** A part's caption glued before a heading inside a line, white space before it: a number, 、, up to twelve characters with no stop (` 一、文化与艺术`). */
const CAPTION = new RegExp(`[ \\t\\u3000]([${PARA_NUMERAL}]{1,3}、[^、，,。；;：:\\s]{1,12})$`);

/**
 * A part's caption glued before a heading inside a line, ending at `p` and set off by white space
 * from what precedes it: `…条文如下: 一、文化与艺术 第一条 …`, `…商定。 二、新闻 第十二条 …`. The offset of
 * the sentence end before the caption, or `p` when there is no such caption there.
 */
function beforeCaption(text: TextLike, start: number, p: number): number {
  const from = Math.max(start, p - 16);
  const m = CAPTION.exec(foldScript(text.slice(from, p + 1)));
  if (!m) return p;
  let k = from + m.index;
  while (k > start && isSpace(text.charCodeAt(k))) k--;
  return is(SENTENCE_END, text.charCodeAt(k)) ? k : p;
}

/** Characters no part's caption holds: a stop, a comma, 、, white space. */
const NOT_IN_CAPTION = charClass('。！？；;：:，,、 \t\u3000', 16384);

/**
 * A part's caption glued between a sentence end and a heading, no white space anywhere (a database's one line: `…制定本解释。一、管辖第一条…`):
 * the offset of that sentence end, or `p` (the caption's last character) when there is no such caption there. Its number
 * `一、`, then up to twelve characters with no stop, comma nor 、.
 */
function gluedCaptionBefore(text: TextLike, start: number, p: number): number {
  let k = p;
  while (k > start && p - k < 12 && !is(NOT_IN_CAPTION, text.charCodeAt(k))) k--;
  if (k === p || text.charCodeAt(k) !== 0x3001 /* 、 */) return p;
  let d = k - 1;
  while (d > start && k - d <= 3 && is(PARA_DIGITS, text.charCodeAt(d))) d--;
  return d < k - 1 && is(STOP, text.charCodeAt(d)) ? d : p;
}

/** A caption spaced out as laws space it (`总　　则`, `总 则`, a converter's `总 那么`): words of up to eight characters, white space between. */
const SPACED_CAPTION = `[^\\s。，,；;：:！？、第]{1,8}(?:[ \\t\\u3000]{1,4}[^\\s。，,；;：:！？、第]{1,8}){1,2}`;

/**
 * A chapter heading (`第一章 司法文书`, a caption of up to sixteen characters with no stop) ending a line's text before a
 * glued article heading, white space or a sentence end before it (or the line's start): `…不予适用。 第一章 司法文书 第二条`,
 * `…刑事责任。第六章 附则 第四十条`, or the colon closing a preamble (`…并议定下列各条:第一章定义第一条在本条约中…`, every
 * space lost). Group 2: its caption.
 */
const CHAPTER_BEFORE = new RegExp(`(?:^|[ \\t\\u3000。！？：:])(第${WS}{0,3}(?:${NUM}${WS}{0,3}){1,12}?(?:${alternation(CHAPTER_UNITS)})(?:[ \\t\\u3000]*([^\\s。，,；;：:！？、第]{1,16}|${SPACED_CAPTION}))?)$`);

/**
 * Where a chapter heading ending at `p` starts (`chapterBefore`'s form, or opening the line at `start`), or -1.
 * `glued`: no white space between it and the article's label after it (`…刑事责任。第六章附则第四十条本条例…`, a page that
 * lost every space): then only a chapter with a caption, `第二章第三条` being a reference.
 */
function chapterBefore(text: TextLike, start: number, p: number, glued: boolean): number {
  // (Glued, it is asked at every 第 of running text: the regex only where a unit word, 章 编 节 分, ends a label close enough.)
  if (glued && !unitWordBefore(text, start, p)) return -1;
  const from = Math.max(start, p - 40);
  const m = CHAPTER_BEFORE.exec(foldScript(text.slice(from, p + 1)));
  if (!m || (glued && m[2] === undefined)) return -1;
  const at = from + m.index + m[0].length - m[1].length;
  return at === from && from !== start ? -1 : at;
}

/** Whether the first line after `lines[i]` that is not blank nor a comment (a suppression, no part of the text) is an article's heading. */
function nextIsArticle(lines: readonly Line[], i: number): boolean {
  for (let k = i + 1; k < lines.length; k++) if (lines[k].kind !== 'blank' && lines[k].kind !== 'comment') return lines[k].kind === 'article';
  return false;
}

/**
 * A chapter heading ending a line after a sentence end: `。第二章市容和环境卫生责任`, `。 第三章 鉴定、加固和维护` (its
 * caption of up to sixteen characters, no stop nor comma nor 第), or after the colon closing a preamble's last words
 * (`達成協定如下:第一部分序言`, a page that lost the line break after them).
 */
const CHAPTER_ENDING = new RegExp(`(?:[。！？]|如下[：:])[ \\t\\u3000]*(第${WS}{0,3}(?:${NUM}${WS}{0,3}){1,12}?(?:${alternation(CHAPTER_UNITS)})[ \\t\\u3000]*[^\\s。，,；;：:！？第]{1,16})$`);

/** Where a chapter heading glued after the last sentence of line `l` starts (`CHAPTER_ENDING`), or -1 (cut out when an article's heading is the next line). */
export function chapterEnding(text: TextLike, l: Line): number {
  const p = l.contentEnd - 1;
  if (p - l.contentStart < 4 || !unitWordBefore(text, l.contentStart, p)) return -1;
  const from = Math.max(l.contentStart, p - 40);
  const m = CHAPTER_ENDING.exec(foldScript(text.slice(from, p + 1)));
  return m ? from + m.index + m[0].length - m[1].length : -1;
}

/**
 * Whether a chapter's unit word (`章`, `编`, `节`, `部分`'s `分`) is among the characters a caption's length before `p`,
 * no character a caption never holds (a stop, a comma, 第) between: running text is given up at its first comma.
 */
function unitWordBefore(text: TextLike, start: number, p: number): boolean {
  for (let k = p, stop = Math.max(start, p - 18); k > stop; k--) {
    const c = foldCode(text.charCodeAt(k));
    if (c === 0x7ae0 || c === 0x7f16 || c === 0x8282 || c === 0x5206) return true;
    if (c === 0x7b2c /* 第 */ || is(NO_CAPTION, c)) return false;
  }
  return false;
}

/**
 * Characters no caption holds (CHAPTER_BEFORE's, CHAPTER_ENDING's; an article's before its first paragraph `一、` on its line,
 * numberedStarts): a stop, a comma, a colon. `、` it may hold (`第二十二条 批准、生效和有效期 一、本条约须经批准。`).
 */
const NO_CAPTION = charClass('。，,；;：:！？', 4096);

/** Characters a half-width full stop ending a Chinese sentence follows (HALF_STOP_AFTER): closing marks of Chinese text. */
const HALF_STOP_AFTER = charClass('》”’）」』', 32768);

/**
 * Whether the `.` at `p` ends a Chinese sentence, as a converted page writes `。` (`…自由化进程. 第三条 与其他协定的关系`):
 * a Chinese character or closing mark before it, white space after. A `.` after a digit (a `1. ` label, `2.5`), after a Latin
 * letter (an abbreviation, `No. `) or with none after it (`第3.1条`) ends no sentence.
 */
function halfWidthStop(text: TextLike, start: number, p: number): boolean {
  if (text.charCodeAt(p) !== 0x2e || p <= start || !isSpace(text.charCodeAt(p + 1))) return false;
  const b = text.charCodeAt(p - 1);
  return isHan(b) || is(HALF_STOP_AFTER, b);
}

/** The last character before `at` that is not white space (a sentence end, if a heading is glued there). */
function sentenceEndBefore(text: TextLike, start: number, at: number): number {
  let k = at - 1;
  while (k > start && isSpace(text.charCodeAt(k))) k--;
  return k;
}

/** Characters no title holds before the body glued to it: a sentence's or a clause's end. */
const NO_TITLE = charClass('。；：;:！？，,、', 1024);
/** How far into a line a title glued before its body may end. */
const TITLE_WINDOW = 80;

/**
 * Where the body starts in a line that gives a title then the body after white space (a store
 * giving a page as one line: `…引渡条约 中华人民共和国和安哥拉共和国(以下简称双方), …`), or -1. The head
 * names a kind of instrument (no law: a law's title is no treaty's) and holds no stop nor comma; what
 * follows opens a preamble (`PREAMBLE_OPENING`, a state's name) and runs on to a comma or a stop.
 */
function titleCut(text: TextLike, l: Line, start = l.contentStart): number {
  const end = Math.min(l.contentEnd, start + TITLE_WINDOW);
  for (let sp = start + 4; sp < end; sp++) {
    const c = text.charCodeAt(sp);
    if (is(NO_TITLE, c)) return -1;
    // A database's page heading joining the title and the chapter the page shows with a hyphen
    // (`海峽兩岸共同打擊犯罪及司法互助協議-第一章 總則`): the chapter's heading after it is a line of its own.
    if (isHyphen(c) && text.charCodeAt(sp + 1) === 0x7b2c /* 第 */) return start === l.contentStart ? hyphenChapter(text, l, sp) : -1;
    // A converter's title glued to the preamble with no space, the preamble naming the parties the title opens with
    // (`…边境口岸及其管理制度的协定中华人民共和国政府和越南…政府(以下简称双方),…`): the body starts at the name repeated.
    if (c === text.charCodeAt(start) && repeatsOpening(text, start, l.contentEnd, sp)) {
      const kind = endingKind(titleWords(text.slice(start, sp)));
      if (kind && !LAW_KINDS.has(kind) && holds(NO_TITLE, text, sp, l.contentEnd)) return sp;
    }
    // A title glued to the preamble naming the parties by the text's self-word (`《生物多样性公约》的卡塔赫纳生物安全议定书本议定书
    // 缔约方,`, a document site's text of a .docx): the body starts at the self-word when the title ends with its kind.
    if (c === 0x672c /* 本 */ && sp - start >= 6) {
      const self = SELF_PARTIES.exec(foldScript(text.slice(sp, Math.min(l.contentEnd, sp + 8))));
      if (self && endingKind(titleWords(text.slice(start, sp))) === self[1] && holds(NO_TITLE, text, sp, l.contentEnd)) return sp;
    }
    if (!isSpace(c)) continue;
    let q = sp;
    while (q < l.contentEnd && isSpace(text.charCodeAt(q))) q++;
    const kind = endingKind(titleWords(text.slice(start, sp)));
    if (!kind || LAW_KINDS.has(kind) || q >= l.contentEnd) {
      sp = q - 1;
      continue;
    }
    const opening = foldScript(text.slice(q, Math.min(l.contentEnd, q + 12)));
    if (!PREAMBLE_OPENING.test(opening) && !stateOf(opening)) return -1;
    return holds(NO_TITLE, text, q, l.contentEnd) ? q : -1;
  }
  return -1;
}

/** Where a news agency's dateline opening line `l`, white space after it, ends (words.ts NEWS_DATELINE), or -1. */
function datelineEnd(text: TextLike, l: Line): number {
  const c = text.charCodeAt(l.contentStart);
  if (c !== 0x65b0 /* 新 */ && c !== 0x4e2d /* 中 */ && c !== 0x4eba /* 人 */ && c !== 0x592e /* 央 */) return -1;
  const m = NEWS_DATELINE.exec(foldScript(text.slice(l.contentStart, Math.min(l.contentEnd, l.contentStart + 40))));
  return m && isSpace(text.charCodeAt(l.contentStart + m[0].length - 1)) ? l.contentStart + m[0].length : -1;
}

/** A preamble naming the parties by the text's self-word (`本议定书缔约方`, `本公约缔约国`), the kind in group 1; read folded. */
const SELF_PARTIES = /^本(协定|协议|公约|条约|议定书)缔约/;

/** How many of a line's first characters a preamble glued after its title repeats (`中华人民共和国`, a state's name). */
const REPEATED_OPENING = 6;

/** Whether the text at `at` repeats the first REPEATED_OPENING characters from `start` (Chinese ones), before `end`. */
function repeatsOpening(text: TextLike, start: number, end: number, at: number): boolean {
  if (at + REPEATED_OPENING > end) return false;
  for (let k = 0; k < REPEATED_OPENING; k++) {
    const c = text.charCodeAt(start + k);
    if (c < 0x4e00 || c > 0x9fff || text.charCodeAt(at + k) !== c) return false;
  }
  return true;
}

/** How far back from a line's end a title run in after the line's last sentence may start (`runInTitleCut`). */
const RUN_IN_TITLE = 100;
/** How many blank or comment lines may stand between such a line and the preamble under it. */
const RUN_IN_TITLE_GAP = 3;

/**
 * Where an instrument's whole title run in at the end of line `lines[i]` after its last sentence starts, or -1: a letter's
 * sentences, a full stop, white space (two characters at least) and the title (`…請予備案。協定正本已存外交部。   中華人民共和國政府
 * 和塞舌爾共和國政府關於…的協定`, a ministry's filing letter over the agreement it files), the preamble on the next line of text
 * opening with the title's first words (the parties, REPEATED_OPENING). The title holds no stop nor comma (NO_TITLE) and ends
 * with a kind of instrument that is no law's.
 */
function runInTitleCut(text: TextLike, l: Line, lines: readonly Line[], i: number): number {
  const from = Math.max(l.contentStart, l.contentEnd - RUN_IN_TITLE);
  let q = -1;
  for (let k = l.contentEnd - 1; k >= from; k--) {
    const c = text.charCodeAt(k);
    if (!is(NO_TITLE, c)) continue;
    // (Inside the text: a read past its end is NaN, no space, and deoptimizes the function as out of bounds.)
    if (c === 0x3002 /* 。 */ && k + 2 < text.length && isSpace(text.charCodeAt(k + 1)) && isSpace(text.charCodeAt(k + 2))) q = k + 1;
    break;
  }
  if (q < 0) return -1;
  while (q < l.contentEnd && isSpace(text.charCodeAt(q))) q++;
  let j = i + 1;
  while (j < lines.length && j <= i + RUN_IN_TITLE_GAP && (lines[j].kind === 'blank' || lines[j].kind === 'comment')) j++;
  const next = lines[j];
  if (!next || next.kind !== 'text' || !repeatsOpening(text, q, next.contentEnd, next.contentStart)) return -1;
  const kind = endingKind(titleWords(text.slice(q, l.contentEnd)));
  return kind !== undefined && !LAW_KINDS.has(kind) ? q : -1;
}

/** A hyphen or dash a database's page heading joins a title and a chapter with: `-`, `－`, `–`, `—`. */
export function isHyphen(c: number): boolean {
  return c === 0x2d || c === 0xff0d || c === 0x2013 || c === 0x2014;
}

/**
 * Where the chapter's heading starts after the title and a hyphen at `hyphen` (`…協議-第一章 總則`), or -1: the head
 * names a kind of instrument, and what follows the hyphen is a chapter's heading to the line's end.
 */
function hyphenChapter(text: TextLike, l: Line, hyphen: number): number {
  if (!endingKind(titleWords(text.slice(l.contentStart, hyphen)))) return -1;
  return classify(text, hyphen + 1, l.contentEnd, l.contentEnd).kind === 'chapter' ? hyphen + 1 : -1;
}

/** A Latin letter, as a translation's first word opens. */
export function isLatin(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Words of a translation after the Chinese on its line: three at least (`Treaty of Good-Neighborliness …`), not a name (`WTO`, `Article 5`). */
const MIN_TRANSLATION = 3;

/** Latin words at least a translation's run holds before the Chinese title after it (`…have signed this Agreement. 亚洲…协定 本协定缔约方,…`). */
const MIN_TRANSLATION_BEFORE = 8;

/**
 * A bilingual page that gives the translation first, then the Chinese text, on one line (a gazette's notice giving the
 * English text then the Chinese, as a store joins it: `…IN WITNESS WHEREOF, …, have signed this Agreement. 亚洲地区反海盗及
 * 武装劫船合作协定 本协定缔约方, 关注到…`): where the Chinese title starts and where its body starts after it, or undefined.
 * The title starts at the first Chinese character after a Latin sentence's full stop and white space, eight Latin words
 * at least before it since the line's last Chinese character; from there the line reads as `titleCut` reads a line's
 * opening (a kind of instrument named, then a preamble's opening after white space).
 */
function translationTitleCut(text: TextLike, l: Line): [number, number] | undefined {
  let words = 0;
  for (let k = l.contentStart + 1; k < l.contentEnd - 1; k++) {
    const c = text.charCodeAt(k);
    if (isHan(c)) {
      words = 0;
      continue;
    }
    if (isSpace(c) && !isSpace(text.charCodeAt(k - 1))) words++;
    if (c !== 0x2e || !isLatin(text.charCodeAt(k - 1)) || !isSpace(text.charCodeAt(k + 1)) || words < MIN_TRANSLATION_BEFORE) continue;
    let q = k + 1;
    while (q < l.contentEnd && isSpace(text.charCodeAt(q))) q++;
    if (!isHan(text.charCodeAt(q))) continue;
    const body = titleCut(text, l, q);
    return body > q ? [q, body] : undefined;
  }
  return undefined;
}

/**
 * Where a line's translation starts, a bilingual page giving the Chinese then its English after white space on one
 * line (`中华人民共和国和俄罗斯联邦睦邻友好合作条约 Treaty of Good-Neighborliness …`, `…(以下简称“缔约双方”), The People's
 * Republic of China …`), or -1: the line opens with a Chinese character, and after its last one, white space then a
 * Latin letter opens words to the line's end (no Chinese character among them), three at least. Asked only of a line
 * ending with an ASCII character (most Chinese lines end with a full-width mark or a Chinese character: not read further).
 */
function translationCut(text: TextLike, l: Line): number {
  const e = l.contentEnd;
  if (text.charCodeAt(e - 1) >= 0x80 || !isHan(text.charCodeAt(l.contentStart))) return -1;
  let han = e - 1;
  while (han > l.contentStart && !isHan(text.charCodeAt(han))) han--;
  for (let k = han + 1; k < e - 1; k++) {
    if (!isSpace(text.charCodeAt(k))) continue;
    let q = k;
    while (q < e && isSpace(text.charCodeAt(q))) q++;
    if (!isLatin(text.charCodeAt(q))) {
      k = q;
      continue;
    }
    let words = 1;
    for (let j = q; j < e && words < MIN_TRANSLATION; j++) if (isSpace(text.charCodeAt(j)) && !isSpace(text.charCodeAt(j - 1))) words++;
    return words >= MIN_TRANSLATION ? q : -1;
  }
  return -1;
}

/**
 * Offsets inside a line where glued headings start, each followed by its label length:
 * `[at, length, at, length …]`, or undefined when there are none. A signing clause run on
 * after the last article's text is cut out too, with no label (`signingCut`).
 */
function findCuts(text: TextLike, l: Line, last: number, di: NextChar, ben: NextChar, paren: CharSearch, nian: NextChar, dun: NextChar, para: number, ascii?: CharSearch, earlier?: readonly Line[], upto = 0, before?: readonly Line[], beforeCount = 0): number[] | undefined {
  const g = GLUED;
  g.cuts = undefined;
  g.last = last;
  g.bare = 0;
  g.headEnd = l.kind === 'article' && l.label ? l.label.end : -1;
  const body = titleCuts(text, l, last);
  let at = di.in(Math.max(body, l.contentStart + 1), l.contentEnd);
  // (Each 第 after the line's own label read by functions of their own, each called for every 第: `readBefore`, `headingLength`,
  // `cutHeading`. Their readings in this loop — white space before a label, a chapter heading before it, a caption set off, a
  // heading cut out — were each first met in a text read after findCuts was optimized: 6 compiles over LawRefBook/Laws, 5 of
  // them after such a reading. Called for every 第 of running text, the calls are fed from a text's first references.)
  while (at >= 0) {
    const ends = readBefore(text, l.contentStart, at);
    at = di.in(cutHeading(text, l, at, headingLength(text, l, at, ends, earlier, upto, before, beforeCount)), l.contentEnd);
  }
  last = g.last;
  let cuts = withParagraphCuts(text, l, g.cuts);
  g.cuts = undefined;
  // (Or, before any article, an older treaty's articles 第一款、 第二款、 … run into the line: `clauseArticleCuts`.)
  if (!cuts && last === 0 && l.kind === 'text' && !l.level) cuts = clauseArticleCuts(text, l, di);
  // A lone article on its line, its paragraphs numbered `1. 2. …` (`第十六条 其他规定 1.除…。 2.从实际出发…`).
  if (!cuts && l.kind === 'article' && l.inlineBody && l.label && l.unit === undefined) {
    const marks = paragraphMarks(text, l.label.end, l.contentEnd);
    cuts = bracketedParagraphCuts(text, l.label.end, l.contentEnd, marks) ?? arabicParagraphCuts(text, l.label.end, l.contentEnd, marks) ?? openingBracketedCuts(text, l.label.end, l.contentEnd) ?? bareDigitCuts(text, l.label.end, l.contentEnd, marks);
  }
  // (The line a numbered paragraph opens, or one continuing it: a PDF's wrap, an item of its list.)
  if (!cuts && para > 0 && l.kind !== 'article' && l.kind !== 'chapter') cuts = joinedParagraphCuts(text, l, para, dun);
  // Or, before any article or point, a lead and its points pasted as one line (`缔约双方商定如下内容,作为协定的组成部分: 一、 关于第四条…。 二、 关于第七条…`).
  const points = !cuts && para === 0 && last === 0 && l.kind === 'text' && !l.level ? (cuts = leadPointCuts(text, l, dun)) !== undefined : false;
  cuts ??= itemCuts(text, l, paren, ascii, earlier, upto, before, beforeCount);
  // Before the first article, a line's translation after the Chinese (a bilingual page): a line of its own.
  if (!cuts && last === 0 && l.kind === 'text' && !l.level) {
    const translation = translationCut(text, l);
    if (translation >= 0) cuts = [translation, 0];
  }
  // (The signing clause after the last point, on the same line, too.)
  if (last > 0 || points) cuts = withSigningCut(text, l, cuts, ben, nian);
  // Before any article or point, a closing glued at the end of a line of paragraphs (a page that joined a table's cells).
  // (Or the testimonium, the signing sentence and the signatories glued at the end of a line, a page number's item line too.)
  // (Or a note's addressee, its date and its signatory, `…大使薛穆爵士阁下。 中华民国三十二年一月十一日 宋子文 (签字)`.)
  if (!cuts && last === 0 && !points && (l.kind === 'text' || l.kind === 'item') && !l.level && nian.in(l.contentStart, l.contentEnd) >= 0) cuts = (l.kind === 'text' ? gluedClosingCuts(text, l) ?? addresseeDateCuts(text, l) : undefined) ?? testimoniumCuts(text, l);
  // (Or, in a text of no unit, the sealing sentence and the copies' after it ending a paragraph: `sealedCopiesCut`.)
  if (!cuts && last === 0 && !points && l.kind === 'text' && !l.level) cuts = sealedCopiesCut(text, l);
  return cuts;
}


// findCuts' readings in functions of their own, each called for every line or every 第 of its kind, so that a reading first met
// in a text read after findCuts was optimized deoptimizes the small function, not findCuts (as s59parse did for classify and
// s60cold for fillParagraphs and cutGluedHeadings).

/**
 * findCuts' state on the line it reads, kept for the functions it calls at each 第 (one object, reused by every call): its cuts
 * so far, the last article's number, where the last article label read on it ends (its own, or the last cut out: its caption's
 * shape, -1 none), whether the line is unpunctuated (`unpunctuated`, read at its first label after white space; 0 not yet read);
 * and what `readBefore` read before the 第 at hand — where the words before it end (`p`: a sentence end, if a heading is glued
 * there), the chapter heading before it (-1 none), whether the label follows white space after a Han character (`spaced`).
 */
const GLUED: { cuts: number[] | undefined; last: number; headEnd: number; bare: number; p: number; chapter: number; spaced: boolean } =
  { cuts: undefined, last: 0, headEnd: -1, bare: 0, p: 0, chapter: -1, spaced: false };

/**
 * The cuts of a title glued before the body on line `l`, before any article (`titleCut`), or of a translation's title then the
 * Chinese title and text (`translationTitleCut`), put in GLUED.cuts: where the body starts, or -1.
 */
function titleCuts(text: TextLike, l: Line, last: number): number {
  if (last !== 0 || l.kind !== 'text' || l.level) return -1;
  // A news agency's dateline before the title on a page pasted as one line (`新华社北京11月30日电 中俄总理…联合公报 中华人民共和国…`):
  // the dateline, the title and the body each a line of their own (words.ts NEWS_DATELINE; the dateline's line is the page's).
  const dateline = datelineEnd(text, l);
  if (dateline > 0) {
    const after = titleCut(text, l, dateline);
    if (after >= 0) {
      GLUED.cuts = [dateline, 0, after, 0];
      return after;
    }
  }
  const body = titleCut(text, l);
  if (body >= 0) {
    GLUED.cuts = [body, 0];
    return body;
  }
  // (The translation first, the Chinese title and text after it: both cut out.)
  const title = translationTitleCut(text, l);
  if (!title) return -1;
  GLUED.cuts = [title[0], 0, title[1], 0];
  return title[1];
}

/**
 * What comes before the 第 at `at` inside a line starting at `start` (GLUED.p, .chapter, .spaced), and whether it ends what it
 * follows, so that a heading may be glued there: a sentence end, a chapter heading opening the line, a bracketed note.
 */
function readBefore(text: TextLike, start: number, at: number): boolean {
  let p = at - 1;
  while (p > start && (isSpace(text.charCodeAt(p)) || text.charCodeAt(p) === 0x2a)) p--;
  // (A label after white space and a Han character, no mark between: what the two rules for lost stops in `headingLength` look at.)
  GLUED.spaced = p < at - 1 && isHan(text.charCodeAt(p)) && isSpace(text.charCodeAt(at - 1));
  // A converter's `?` for a character it lost (a non-breaking or an ideographic space) right after a sentence end
  // (`…達成以下協議:? 第一條:俄方…`): white space, as that character was.
  if (text.charCodeAt(p) === 0x3f /* ? */ && p - 1 > start && is(SENTENCE_END, text.charCodeAt(p - 1))) p--;
  // A chapter heading between the sentence end and the label (`…不予适用。 第一章 司法文书 第二条 …`, or every space lost:
  // `…刑事责任。第六章附则第四十条…`) is cut out as a line of its own.
  let chapter = -1;
  if (!is(SENTENCE_END, text.charCodeAt(p)) && !halfWidthStop(text, start, p)) {
    chapter = chapterBefore(text, start, p, p === at - 1);
    p = chapter > start ? sentenceEndBefore(text, start, chapter) : chapter < 0 ? (p < at - 1 ? beforeCaption(text, start, p) : gluedCaptionBefore(text, start, p)) : p;
  }
  GLUED.p = p;
  GLUED.chapter = chapter;
  // (A chapter heading opening the line needs no sentence end before it; nor one after a bracketed note, which ends
  // what it follows: `协定序言 (协定的序言应按照…起草) 第一章 协定的范围 第一条 …`.)
  const c = text.charCodeAt(p);
  // (Nor the first article after a bracketed note and white space: a law's adoption note, `（…会议通过） 第一条 为了…`; a page's
  // `[接上页] 第十二条 …` continuing the page before.)
  return chapter === start || is(SENTENCE_END, c) || halfWidthStop(text, start, p) || ((chapter > start || (chapter < 0 && GLUED.last === 0 && p < at - 1)) && (c === 0xff09 || c === 0x29 || c === 0x5d || c === 0x3011));
}

/** The label length of the article heading glued at `at` on line `l`, after what `readBefore` read (`ends`), or 0. */
function headingLength(text: TextLike, l: Line, at: number, ends: boolean, earlier: readonly Line[] | undefined, upto: number, before: readonly Line[] | undefined, beforeCount: number): number {
  const last = GLUED.last;
  if (ends) {
    const len = gluedHeading(text, at, l.contentEnd, last);
    // A page that opens inside an instrument, no article before (`[接上页] 2.…。 第5条 1.…。 第6条 1.…`): its first heading
    // starts the sequence when the next one follows it on the line.
    return len || last !== 0 || GLUED.cuts ? len : openingHeading(text, at, l.contentEnd, l.end);
  }
  return GLUED.spaced && last > 0 ? spacedHeading(text, l, at, last, earlier, upto, before, beforeCount) : 0;
}

/**
 * The label length of an article heading after white space at `at` on line `l`, no sentence end before it, numbered on from
 * `last`, or 0: in an unpunctuated line, or with a caption set off by white space as the article's before it.
 */
function spacedHeading(text: TextLike, l: Line, at: number, last: number, earlier: readonly Line[] | undefined, upto: number, before: readonly Line[] | undefined, beforeCount: number): number {
  // A classical text printed unpunctuated, its articles run into one line, each after white space as the first is set off
  // (`…最近之边界官 第十六条 一今欲…`, the 1894 Sino-British Burma convention in a digital 皇朝经世文新编): with no sentence end
  // anywhere, a label after white space, white space after it, numbered on from the article before, heads the next article.
  // A punctuated line's label after white space stays a reference (`依照 第二条 …`, a PDF's lost stop: no rule tells them apart).
  if ((GLUED.bare || (GLUED.bare = unpunctuated(text, l) ? 1 : -1)) > 0) {
    const len = gluedHeading(text, at, l.contentEnd, last);
    if (len && isSpace(text.charCodeAt(at + len))) return len;
  }
  // A PDF's text layer that lost the full stops before its article headings, the lines joined by spaces (the UN Model Treaty on
  // Extradition: `兹协议如下: 第 1 条 引渡之义务 缔约国同意…的任何人 第 2 条 可予引渡之犯罪行为 1. 为本《条约》之目的…`): a label
  // after white space, numbered on, written as the article before it on the line is — a caption set off by white space on both
  // sides (`spacedCaption`) — heads the next article. A reference after white space goes on with its sentence (`依照 第 2 条
  // 所述…`, `第 2 条 的规定`), no caption set off; nor does a label after the article before it had no caption so.
  const n = gluedHeading(text, at, l.contentEnd, last);
  const headEnd = GLUED.headEnd;
  return n && spacedCaption(text, at + n, l.contentEnd) && (headEnd >= 0 ? spacedCaption(text, headEnd, l.contentEnd) : captionedAbove(text, earlier, upto, before, beforeCount)) ? n : 0;
}

/**
 * Where findCuts reads on after the 第 at `at` on line `l`: after it, or after the heading of length `len` glued there, cut out
 * (in GLUED.cuts, the chapter heading `readBefore` read before it too) and numbering on (GLUED.last, .headEnd).
 */
function cutHeading(text: TextLike, l: Line, at: number, len: number): number {
  if (!len) return at + 1;
  const g = GLUED;
  let cuts = g.cuts;
  if (g.chapter > l.contentStart) (cuts ??= []).push(g.chapter, 0);
  // The heading's emphasis `**第二条**` goes with it.
  let cut = at;
  while (cut - 1 > g.p && text.charCodeAt(cut - 1) === 0x2a) cut--;
  (cuts ??= []).push(cut, len);
  g.cuts = cuts;
  g.last = parseNumeral(matchFolded(ARTICLE, text, at, l.contentEnd, 40)![1])!;
  g.headEnd = at + len;
  return at + len;
}

/** `cuts` with each article cut out on line `l` given the paragraphs numbered on its line (`withParagraphs`). */
function withParagraphCuts(text: TextLike, l: Line, cuts: number[] | undefined): number[] | undefined {
  return cuts && cuts.some((c, k) => k % 2 === 1 && c > 0) ? withParagraphs(text, l, cuts) : cuts;
}

/**
 * `cuts` of line `l` after an article or a point, with the signing clause run on after the last one's text, on the same line
 * (`signingCut`), or a note's date and place after its closing and signatory (`noteDateCut`).
 */
function withSigningCut(text: TextLike, l: Line, cuts: number[] | undefined, ben: NextChar, nian: NextChar): number[] | undefined {
  // (Whether the line holds a 年 asked first, from its start: each clause needs one, and signingCut's own asks, from inside the
  // line, then go on forward. Asked after them, it stepped the cursor back to the line's start, and the search ran again to the
  // next 年 of the text: 475 of the 年 cursor's 1,108 searches of the bench's treaty.)
  if (nian.in(l.contentStart, l.contentEnd) < 0) return cuts;
  const sign = signingCut(text, l, cuts ? cuts[cuts.length - 2] : l.contentStart + 1, ben, nian);
  // (Or a note's date and place after its closing and signatory.)
  const dated = sign < 0 ? noteDateCut(text, l, cuts ? cuts[cuts.length - 2] : l.contentStart) : -1;
  if (sign >= 0 || dated >= 0) (cuts ??= []).push(sign >= 0 ? sign : dated, 0);
  return cuts;
}

/** The longest caption set off by white space after a label inside a line (`spacedCaption`). */
const SPACED_CAPTION_MAX = 16;

/**
 * Whether a caption set off by white space follows a label ending at `at` (`第 2 条 可予引渡之犯罪行为 1. …`): white space, two
 * to SPACED_CAPTION_MAX characters with no punctuation nor white space, not opening with a word a reference goes on with
 * (AFTER_REFERENCE: `第 2 条 所述`), then white space and more words.
 */
function spacedCaption(text: TextLike, at: number, end: number): boolean {
  let k = at;
  while (k < end && isSpace(text.charCodeAt(k))) k++;
  if (k === at || k >= end || AFTER_REFERENCE.includes(String.fromCharCode(text.charCodeAt(k)))) return false;
  const from = k;
  while (k < end && k - from <= SPACED_CAPTION_MAX && isHan(text.charCodeAt(k))) k++;
  return k - from >= 2 && k - from <= SPACED_CAPTION_MAX && k < end && isSpace(text.charCodeAt(k));
}

/** How many lines above a line `captionedAbove` walks back for the last article's head. */
const HEAD_REACH = 40;

/**
 * Whether the last article head above (in `earlier` before `upto`, then in `before` up to `beforeCount`: a relexed region's lines
 * read on from the tree's), within HEAD_REACH lines, has a caption set off by white space on its line (`spacedCaption`).
 */
function captionedAbove(text: TextLike, earlier: readonly Line[] | undefined, upto: number, before: readonly Line[] | undefined, beforeCount: number): boolean {
  let steps = 0;
  for (let k = upto - 1; earlier && k >= 0 && steps < HEAD_REACH; k--, steps++) {
    const h = earlier[k];
    if (h.kind === 'article' && h.label) return spacedCaption(text, h.label.end, h.contentEnd);
  }
  for (let k = beforeCount - 1; before && k >= 0 && steps < HEAD_REACH; k--, steps++) {
    const h = before[k];
    if (h.kind === 'article' && h.label) return spacedCaption(text, h.label.end, h.contentEnd);
  }
  return false;
}

/** The marks a punctuated line holds one of at least: a sentence's end, a comma, a colon, an enumeration comma. */
const PUNCTUATION = charClass('。！？；：，、,;:!?', 1 << 19);
/** How long an unpunctuated line is at least (a heading, a caption or a short line has no punctuation either). */
const UNPUNCTUATED_MIN = 200;

/**
 * Whether line `l` is a classical text printed unpunctuated (a digital edition of a Qing compilation): UNPUNCTUATED_MIN characters
 * at least and none of the marks a punctuated text holds (PUNCTUATION), read once per line, at its first label after white space.
 */
function unpunctuated(text: TextLike, l: Line): boolean {
  if (l.contentEnd - l.contentStart < UNPUNCTUATED_MIN) return false;
  for (let k = l.contentStart; k < l.contentEnd; k++) if (is(PUNCTUATION, text.charCodeAt(k))) return false;
  return true;
}

/**
 * Whether the text at `at` opens with a Qing treaty's clause mark, `一、` (one clause) and a Han character, as each of its articles'
 * text does in some editions (`第一款 一、前壬寅年…`, `第六款一、今兹约定…`, the book's 1858 Treaty of Tianjin): no paragraph's
 * number nor a reference's list (`第三款一、二项` has a numeral after the 、).
 */
function clauseMarkAt(text: TextLike, at: number, end: number): boolean {
  return at + 2 < end && text.charCodeAt(at) === 0x4e00 /* 一 */ && text.charCodeAt(at + 1) === 0x3001 && isHan(text.charCodeAt(at + 2)) && !is(PARA_DIGITS, text.charCodeAt(at + 2));
}

/** An older treaty's article label with 、 after it, read folded: `第一款、`, `第十二款、` (CLAUSE_ARTICLE's, its mark). */
const CLAUSE_ARTICLE_DUN = new RegExp(`^第${WS}{0,3}((?:${NUM}${WS}{0,3}){1,12}?)款、`);

/**
 * The cuts of a line holding an older treaty's articles labelled 第一款、 第二款、 … run in after its preamble (a page that joined
 * its lines by spaces: `…所有议定条款胪列于左: 第一款、嗣后大清与大合众两国…。 第二款、俟大清大皇帝…`, the 1858 Treaty of Tianjin
 * with the United States). Each label follows a sentence end (`。`, `：`, `；`) and white space, its 、 right after 款 and no
 * reference going on after that (`第一款、第二款规定的`); they number 1, 2, 3 … in order, two at least: a law's sentence citing
 * a paragraph (`前款`, `本条第一款`) has none of that. Undefined when the line holds no such run.
 */
function clauseArticleCuts(text: TextLike, l: Line, di: NextChar): number[] | undefined {
  let cuts: number[] | undefined;
  let at = di.in(l.contentStart + 1, l.contentEnd);
  while (at >= 0) {
    let p = at - 1;
    while (p > l.contentStart && isSpace(text.charCodeAt(p))) p--;
    // The first article glued after the colon announcing the articles below, with white space or none (`…現将會議商定條約開列于左:
    // 第一款 前壬寅年…`, the 1858 Sino-British Treaty of Tianjin on a reading site, 第二款 on the next line): the article, no part
    // of the preamble, though the line holds no second — as leadPointCuts cuts a point so (words.ts LISTED_BELOW).
    if (!cuts && isColon(text.charCodeAt(p)) && announcesBelow(text, l.contentStart, p)) {
      const m = matchFolded(CLAUSE_ARTICLE, text, at, l.contentEnd, 24);
      if (m && parseNumeral(m[1]) === 1) {
        const after = at + m[0].length;
        const c = text.charCodeAt(after);
        // (Glued to its text, the text goes on from no label, `第一款规定`, unless it opens with the clause mark `一、`: clauseMarkAt.)
        if (after < l.contentEnd && (isSpace(c) || c === 0x3001 || (isHan(c) && (clauseMarkAt(text, after, l.contentEnd) || !GOES_ON_FROM_LABEL.test(foldScript(text.slice(after, Math.min(l.contentEnd, after + 6)))))))) return [at, m[0].length];
      }
    }
    if (p < at - 1 && is(SENTENCE_END, text.charCodeAt(p))) {
      const m = matchFolded(CLAUSE_ARTICLE_DUN, text, at, l.contentEnd, 24);
      if (m && parseNumeral(m[1]) === (cuts ? cuts.length / 2 : 0) + 1) {
        const after = skipSpaces(text, at + m[0].length, l.contentEnd);
        const words = foldScript(text.slice(after, Math.min(l.contentEnd, after + 6)));
        if (after < l.contentEnd && (!GOES_ON_FROM_LABEL.test(words) || NOUN_AFTER_LABEL_MARK.test(words))) {
          (cuts ??= []).push(at, m[0].length - 1);
          at = di.in(at + m[0].length, l.contentEnd);
          continue;
        }
      }
    }
    at = di.in(at + 1, l.contentEnd);
  }
  return cuts && cuts.length >= 4 ? cuts : undefined;
}

/** A date and a place ending a line, no white space in it: `一九九二年四月二日于巴库`. */
const GLUED_DATE_PLACE = new RegExp(`^[${DATE_DIGITS}${OCR_ZEROS}]{2,4}年[${DATE_DIGITS}${OCR_ZEROS}]{1,3}月[${DATE_DIGITS}${OCR_ZEROS}]{1,3}日[于在][^，。,；;：:、（()）\\s]{1,20}$`);
/** The signatories read across a table's row, each name or title set off by white space, their marks after them: `甲国政府代表 乙国政府代表 王某(签字) 李某(签字)`. */
const MARK = `[（(](?:${alternation(SIGNATURE_MARKS)})[）)]`;
export const SIGNATORIES_ACROSS = new RegExp(`^[^，,。；;：:！？、]{1,120}?${MARK}(?:[ \\t\\u3000]+[^，,。；;：:！？、（()）\\s]{1,20}${MARK})+$`);
/** The copies written in a sentence: `一式两份`. */
const COPIES_IN = /一式[ \t\u3000]*[0-9一二两三四五六七八九十][ \t\u3000]*份/g;

/**
 * The closing of a communique or a statement glued at the end of a line of its paragraphs, as a page that joined a table's
 * cells gives it: `…提供一切必要的协助。 联合公报以中文、阿塞拜疆文和俄文写成,一式两份,三种文本同等作准。… 中华人民共和国政府代表
 * 阿塞拜疆共和国政府代表 … 王荩卿(签字) 萨德霍夫(签字) 一九九二年四月二日于巴库 |`. The date-place ends the line (a table's
 * cell mark after it or not), set off by white space after the signatories read across — two marks at least, the parties'
 * (one `(签字)` ending a sentence's words is no row of signatories); the sentence before them that counts the copies, white
 * space and a sentence end before it, opens the closing. Each is cut out as a line of its own (the parser's findClosing
 * reads them: signatories above a date-place line, the copies above them). Undefined when the line does not end so.
 */
function gluedClosingCuts(text: TextLike, l: Line): number[] | undefined {
  const d = datePlaceAtEnd(text, l);
  if (d < 0) return undefined;
  // The signatories: from the last sentence end before the date-place, white space after it.
  let s = d - 1;
  while (s > l.contentStart && !is(SENTENCE_END, text.charCodeAt(s)) && d - s <= 160) s--;
  if (!is(SENTENCE_END, text.charCodeAt(s)) || !isSpace(text.charCodeAt(s + 1))) return undefined;
  let names = s + 1;
  while (names < d && isSpace(text.charCodeAt(names))) names++;
  let namesEnd = d;
  while (namesEnd > names && isSpace(text.charCodeAt(namesEnd - 1))) namesEnd--;
  if (!SIGNATORIES_ACROSS.test(foldScript(text.slice(names, namesEnd)))) return undefined;
  const cuts = [names, 0, d, 0];
  // The sentences before them from the one counting the copies, when white space sets it off from the sentence before.
  const before = foldScript(text.slice(l.contentStart, s + 1));
  let copies = -1;
  for (const m of before.matchAll(COPIES_IN)) copies = m.index;
  if (copies < 0) return cuts;
  let c = l.contentStart + copies;
  while (c > l.contentStart && !is(SENTENCE_END, text.charCodeAt(c - 1))) c--;
  let opens = c;
  while (opens < s && isSpace(text.charCodeAt(opens))) opens++;
  if (c > l.contentStart + 1 && opens > c && is(SENTENCE_END, text.charCodeAt(c - 1))) cuts.unshift(opens, 0);
  return cuts;
}

/**
 * Where a date and a place ending line `l` start (`一九九二年四月二日于巴库`, GLUED_DATE_PLACE; a table's cell mark `|` after
 * it or not), set off by white space from the words before; -1 when the line does not end so.
 */
function datePlaceAtEnd(text: TextLike, l: Line): number {
  let e = l.contentEnd;
  while (e > l.contentStart && isSpace(text.charCodeAt(e - 1))) e--;
  if (text.charCodeAt(e - 1) === 0x7c /* | */) {
    e--;
    while (e > l.contentStart && isSpace(text.charCodeAt(e - 1))) e--;
  }
  // (The date-place is short: a line's last 40 characters are looked at, not a long line with no white space.)
  let d = e;
  while (d > l.contentStart && e - d <= 40 && !isSpace(text.charCodeAt(d - 1))) d--;
  return d === l.contentStart || e - d > 40 || !GLUED_DATE_PLACE.test(foldScript(text.slice(d, e))) ? -1 : d;
}

/**
 * A note's addressee ending with the honorific, its date alone and its signatory marked, read folded (a law site's line of a note
 * whose page joined them: `英王陛下钦命驻中华民国全权大使薛穆爵士阁下。 中华民国三十二年一月十一日 宋子文 (签字)`, the 1943 Sino-British
 * notes; the addressee under `此致`). Group 1: the date, in an era or the Western calendar, white space on each side.
 */
const ADDRESSEE_DATED = new RegExp(`^[^。，,；;！？]{2,60}?阁下。?[ \\t\\u3000]+((?:${alternation([...DATING_ERAS.keys()])}|${alternation(WESTERN_ERA)})?[${DATE_DIGITS}${OCR_ZEROS}]{1,12}年[${DATE_DIGITS}${OCR_ZEROS}]{1,3}月[${DATE_DIGITS}${OCR_ZEROS}]{1,3}日)[ \\t\\u3000]+[^，,。；;：:！？、（()）\\s]{1,20}[ \\t\\u3000]*${MARK}$`);

/**
 * The cut of a line holding a note's addressee, date and signatory (ADDRESSEE_DATED): the date opens a line of its own with the
 * signatory after it, which the parser's findClosing reads as the signing (a dated line with its signature mark, `中华民国三十二年一月
 * 十一日 宋子文 (签字)`), as it reads the page that prints them so. Undefined otherwise. (Asked only of a line before any unit
 * holding 年; the pattern only when the line ends with a mark's bracket.)
 */
function addresseeDateCuts(text: TextLike, l: Line): number[] | undefined {
  let e = l.contentEnd;
  while (e > l.contentStart && isSpace(text.charCodeAt(e - 1))) e--;
  const c = text.charCodeAt(e - 1);
  if ((c !== 0x29 && c !== 0xff09) || e - l.contentStart > 160) return undefined;
  const words = foldScript(text.slice(l.contentStart, e));
  const m = ADDRESSEE_DATED.exec(words);
  if (!m) return undefined;
  return [l.contentStart + words.indexOf(m[1], words.indexOf('阁下')), 0];
}

/** A sentence that signs where and when, read folded: a verb of signing, then 于 and the place (`…各缮二份于…订于东京。`). */
const SIGNED_AT = /(?:订|签订|签署|签字|缮)[ \t\u3000]*于[^。，,；;]{1,20}。?$/;
/** The signatories after the clause, each named and marked (`中华民国代表:董显光 (签字) 日本国代表:重光葵 (签字)`), two at least. */
const SIGNATORIES_MARKED = new RegExp(`^(?:[^，,。；;！？、（()）]{1,40}?${MARK}[ \t\u3000]*){2,}$`);

/**
 * The closing of an instrument glued after its text on one line (a gazette's PDF read as one line after its page number, the
 * 1955 ROC–Japan protocol: `…应即停止生效。 二本议定书应于…生效。… 为此,经两国政府适当授权之下列签署人,爰于本议定书签字,以昭信守。
 * 本议定书用中文、日文及英文各缮二份于…订于东京。 中华民国代表:董显光 (签字) 日本国代表:重光葵 (签字)`): the testimonium
 * (TESTIMONIUM, white space and a sentence end before it), the sentence after it that dates and places the signing (SIGNED_AT),
 * and the signatories marked ending the line, each cut out as a line of its own for findClosing to read. Undefined otherwise.
 * (Asked only of a line holding 以昭信守, before any article or point.)
 */
function testimoniumCuts(text: TextLike, l: Line): number[] | undefined {
  // (Searched in the line's own text: a search of the text from the line ran on to its end on every dated line before the
  // first unit that holds no seal, 1 M characters over every 50th law.)
  const inLine = text.slice(l.contentStart, l.contentEnd).indexOf('以昭信守');
  if (inLine < 0) return undefined;
  const seal = l.contentStart + inLine;
  // The testimonium's start: after the last sentence end and white space before its seal.
  let t = seal;
  while (t > l.contentStart && seal - t <= 120 && !(isSpace(text.charCodeAt(t - 1)) && is(SENTENCE_END, text.charCodeAt(t - 2)))) t--;
  if (t <= l.contentStart + 1 || seal - t > 120) return undefined;
  let stop = seal + 4;
  if (text.charCodeAt(stop) !== 0x3002 /* 。 */) return undefined;
  if (!TESTIMONIUM.test(foldScript(text.slice(t, stop + 1)))) return undefined;
  // The signing sentence after it, white space between.
  let c = stop + 1;
  if (c >= l.contentEnd || !isSpace(text.charCodeAt(c))) return undefined;
  while (c < l.contentEnd && isSpace(text.charCodeAt(c))) c++;
  const end = text.indexOf('。', c);
  if (end < 0 || end >= l.contentEnd || end - c > 160 || !SIGNED_AT.test(foldScript(text.slice(c, end + 1)))) return undefined;
  const cuts = [t, 0, c, 0];
  // The signatories ending the line, white space before them.
  let names = end + 1;
  if (names < l.contentEnd && isSpace(text.charCodeAt(names))) {
    while (names < l.contentEnd && isSpace(text.charCodeAt(names))) names++;
    let e = l.contentEnd;
    while (e > names && isSpace(text.charCodeAt(e - 1))) e--;
    if (SIGNATORIES_MARKED.test(foldScript(text.slice(names, e)))) cuts.push(names, 0);
  } else if (names < l.contentEnd) return undefined;
  return cuts;
}

/**
 * The sealing sentence and the sentence counting the copies after it, ending a paragraph of a text with no unit (the 1898
 * Weihaiwei lease on Wikisource: `…開辦施行。其批准文據,應在英國京城速行互換。為此,兩國大臣,將此專條畫押蓋印,以昭信守。此專條,
 * 在中國京城繕立漢文四分,英文四分,共八分。`, its signatories and two dates alone on the lines under it): the testimonium (from the
 * sentence end before its seal, words.ts SEALED) cut out as a line of its own, the copies' sentence with it, for findClosing to
 * read as the clause's opening (parser.ts sealedTestimoniumAbove). The copies' sentence is the line's last, counting them
 * (COUNTED_COPIES); the seal's sentence is not the line's first. Undefined otherwise.
 */
function sealedCopiesCut(text: TextLike, l: Line): number[] | undefined {
  if (text.charCodeAt(l.contentEnd - 1) !== 0x3002 /* 。 */) return undefined;
  const line = text.slice(l.contentStart, l.contentEnd);
  const inLine = line.indexOf(SEALED);
  if (inLine < 0) return undefined;
  const stop = inLine + SEALED.length;
  if (line.charCodeAt(stop) !== 0x3002 || line.indexOf('。', stop + 1) !== line.length - 1 || !COUNTED_COPIES.test(foldScript(line.slice(stop + 1)))) return undefined;
  let t = inLine;
  while (t > 0 && inLine - t <= 120 && !is(SENTENCE_END, line.charCodeAt(t - 1))) t--;
  return t > 0 && inLine - t <= 120 ? [l.contentStart + t, 0] : undefined;
}
/** Copies counted (folded): `共八分`, `一式两份`, `缮就…四份`. */
const COUNTED_COPIES = /(?:一式|共|同文|缮[^。，,；;]{0,8}?)[ \t\u3000]*[0-9一二两三四五六七八九十]{1,3}[ \t\u3000]*[份分]/;

/**
 * A note's date and place ending a line its points were pasted into, after the note's closing sentence and its signatory
 * (`…顺致最崇高的敬意。 中华人民共和国驻以色列国特命全权大使王写义 一九九七年六月三十日于特拉维夫 |`, a law site's one line of
 * a reply): where the date-place starts, past `from`, to be cut out as a line of its own (the parser reads it as the note's
 * date and place, as it reads the line a note prints it on); -1 otherwise. The signatory's words hold no punctuation; the
 * sentence before them opens as a note's closing does (NOTE_CLOSING).
 */
function noteDateCut(text: TextLike, l: Line, from: number): number {
  const d = datePlaceAtEnd(text, l);
  if (d <= from) return -1;
  let s = d - 1;
  while (s > from && d - s <= 60 && !is(NO_CAPTION, text.charCodeAt(s))) s--;
  if (s <= from || !is(SENTENCE_END, text.charCodeAt(s)) || !isSpace(text.charCodeAt(s + 1))) return -1;
  let c = s - 1;
  while (c > from && s - c <= 80 && !is(SENTENCE_END, text.charCodeAt(c - 1))) c--;
  while (c < s && isSpace(text.charCodeAt(c))) c++;
  return NOTE_CLOSING.test(foldScript(text.slice(c, s + 1))) ? d : -1;
}

/**
 * The items of a list written on one line (a page that joined the list's lines): `下列用海免缴海域使用金：
 * （一）军事用海； （二）公务船舶专用码头用海； （三）…`, `（二）…； （三）…`. Where each glued label starts,
 * no label length: a `（…）` label after a stop (`；`, `：`, `。`) and white space, numbered on from the
 * line's own item, or from （一） after a lead ending with `：`; right after a `；`, numbered on from the line's own
 * item. Undefined when there are none.
 */
function itemCuts(text: TextLike, l: Line, paren: CharSearch, ascii?: CharSearch, earlier?: readonly Line[], upto = 0, before?: readonly Line[], beforeCount = 0): number[] | undefined {
  // The next number the list takes; 0: none yet (a lead's list starts at 1, after its `：`). Only a bracketed label's:
  // a glued label is one (`2. …所得稅。 (三)` does not go on from the line's `2.`).
  const own = text.charCodeAt(l.contentStart);
  let expect = l.kind === 'item' && l.num !== undefined && (own === 0xff08 || own === 0x28) ? l.num + 1 : 0;
  // The next number of the bracketed items above the line, a sub-item's line between (`(一) 在內地︰` / `1. 個人所得稅;` /
  // `2. …所得稅。 (二) 在香港︰`): looked up once, when a glued label after a full stop needs it (-1: not yet).
  let outer = -1;
  let cuts: number[] | undefined;
  for (let at = nextParen(paren, ascii, l.contentStart + 1, l.contentEnd); at >= 0; at = nextParen(paren, ascii, at + 1, l.contentEnd)) {
    // A label right after `；`, no white space left (`（三）降雨量、蒸发量、墒情；（四）大中型水库…`: the line break lost
    // without a trace), only where it numbers on the line's own item.
    const spaced = isSpace(text.charCodeAt(at - 1));
    if (!spaced && !(expect > 0 && (text.charCodeAt(at - 1) === 0xff1b || text.charCodeAt(at - 1) === 0x3b))) continue;
    const c = text.charCodeAt(spaced ? sentenceEndBefore(text, l.contentStart, at) : at - 1);
    const colon = c === 0xff1a || c === 0x3a;
    const stop = c === 0x3002;
    if (!(colon || stop || c === 0xff1b || c === 0x3b)) continue;
    if (stop && outer < 0) outer = earlier ? bracketedItemBefore(text, earlier, upto, before, beforeCount) + 1 : 0;
    const want = expect > 0 ? expect : colon ? 1 : 0;
    if (want === 0 && !(stop && outer > 1)) continue;
    const m = match(ITEM, text, at, l.contentEnd);
    const n = m && m[2] !== undefined ? itemNumber(m[2]) : undefined;
    if (n === undefined || (n !== want && !(stop && n === outer && outer > 1))) continue;
    // A lead sentence the list goes on after (`（四）…行为。 必要时，请求书还应特别载明： （五）…`: the article's next paragraph,
    // its items numbered on) starts a line of its own, as it would after a line break: no words of the item before it.
    if (colon && expect > 0) {
      const lead = leadAfterStop(text, cuts ? cuts[cuts.length - 2] : l.contentStart, sentenceEndBefore(text, l.contentStart, at));
      if (lead >= 0) (cuts ??= []).push(lead, 0);
    }
    (cuts ??= []).push(at, 0);
    expect = n + 1;
    if (n === outer) outer++;
  }
  return cuts;
}

/**
 * Where the sentence ending with the colon at `colon` starts, when a full stop and white space set it off from an item's words
 * after `from` (`…行为。 必要时，请求书还应特别载明：`): its first character; -1 when another mark comes first or none within 80.
 */
function leadAfterStop(text: TextLike, from: number, colon: number): number {
  let k = colon - 1;
  while (k > from && colon - k <= 80 && !is(SENTENCE_END | STOP, text.charCodeAt(k))) k--;
  if (k <= from || !is(STOP, text.charCodeAt(k)) || !isSpace(text.charCodeAt(k + 1))) return -1;
  k++;
  while (k < colon && isSpace(text.charCodeAt(k))) k++;
  return k < colon ? k : -1;
}

/** The first `（` or `(` in `from..to`, or -1. */
function nextParen(paren: CharSearch, ascii: CharSearch | undefined, from: number, to: number): number {
  const a = paren.in(from, to);
  const b = ascii ? ascii.in(from, to) : -1;
  return a < 0 ? b : b < 0 ? a : Math.min(a, b);
}

/** How many lines back a bracketed item is looked for above a line (its sub-items between). */
const ITEM_LOOKBACK = 40;

/**
 * The number of the last bracketed item `(一)`, `（二）` opening a line among the `upto` lines of `lines` read so far, in
 * the same numbered paragraph (looked back over text, items and blank lines only), or 0. `before`: the tree's lines
 * before these, its first `beforeCount` (a re-parse relexes a region: the full parse looks back past the region's start).
 */
function bracketedItemBefore(text: TextLike, lines: readonly Line[], upto: number, before?: readonly Line[], beforeCount = 0): number {
  return bracketedItemAbove(text, lines, upto, before, beforeCount)?.num ?? 0;
}

/** What `bracketedItemBefore` reads above line `upto`: the item's number and how many lines back it is, or undefined. */
function bracketedItemAbove(text: TextLike, lines: readonly Line[], upto: number, before?: readonly Line[], beforeCount = 0): { num: number; d: number } | undefined {
  for (let d = 1; d <= ITEM_LOOKBACK; d++) {
    const k = upto - d;
    const p = k >= 0 ? lines[k] : before && beforeCount + k >= 0 ? before[beforeCount + k] : undefined;
    if (!p) return undefined;
    if (p.kind === 'item') {
      const c = text.charCodeAt(p.contentStart);
      if ((c === 0xff08 || c === 0x28) && p.num !== undefined) return { num: p.num, d };
    } else if (!goesOnInParagraph(p)) return undefined;
  }
  return undefined;
}

/**
 * Whether the lines after a region a re-parse relexed (syntax/reparse.ts) have their glued items cut out as before: they
 * read the bracketed items above them through the region (`bracketedItemBefore`), so either none of the `ITEM_LOOKBACK`
 * lines after it was cut out of a line or holds a bracket after its start (a glued item's place), or each such line
 * reads the same item, as near, there. `lines[b]`: the region's last old line (`old` text); `region`: its new lines, in
 * `text`, the old `lines` before index `a` unchanged; `last`: the article's last line.
 */
export function gluedItemsStay(old: TextLike, lines: readonly Line[], b: number, last: number, text: TextLike, region: readonly Line[], a: number): boolean {
  const places: number[] = [];
  for (let t = 0; t < ITEM_LOOKBACK && b + 1 + t <= last; t++) {
    const l = lines[b + 1 + t];
    let place = l.glued;
    for (let k = l.contentStart + 1; !place && k < l.contentEnd; k++) {
      const c = old.charCodeAt(k);
      place = c === 0xff08 || c === 0x28;
    }
    if (place) places.push(t);
  }
  if (places.length === 0) return true;
  const was = bracketedItemAbove(old, lines, b + 1);
  const now = bracketedItemAbove(text, region, region.length, lines, a);
  if (was?.num !== now?.num) return false;
  if (!was || !now || was.d === now.d) return true;
  // The same item, nearer or further: a line reaches it when it lies within ITEM_LOOKBACK of it.
  return places.every((t) => (Math.min(was.d, now.d) + t <= ITEM_LOOKBACK) === (Math.max(was.d, now.d) + t <= ITEM_LOOKBACK));
}

/**
 * Whether the lines after a region a re-parse relexed (syntax/reparse.ts) have their glued numbered paragraphs cut out as
 * before: a paragraph joined after a sentence (`…成立的法人。 三、…`) is cut out when it continues the numbered paragraph
 * the lines above go on in (`paragraphBefore`), read through the region. So either no line the region's paragraph goes
 * on into was cut out of a line or holds a `、` after its start, or the paragraph the region leaves them in is the same.
 * (Arguments as `gluedItemsStay`'s.)
 */
export function gluedParagraphsStay(old: TextLike, lines: readonly Line[], b: number, last: number, region: readonly Line[], a: number): boolean {
  let place = false;
  for (let j = b + 1; j <= last && !place; j++) {
    const l = lines[j];
    place = l.glued;
    if (place || l.kind === 'para' || !goesOnInParagraph(l)) break;
    for (let k = l.contentStart + 1; !place && k < l.contentEnd; k++) place = old.charCodeAt(k) === 0x3001;
  }
  // The paragraph the new region leaves its next line in: read back over the region, then the lines before it.
  return !place || paragraphBefore(lines, b + 1) === paragraphBefore(region, region.length, lines, a);
}

/**
 * The paragraphs a page joined onto a numbered paragraph's line, each after a sentence end and white space
 * (`二、…成立的法人。 三、本条约所指的…`): where each label starts, no label length, when its number continues the
 * line's own (`二、` → `三、` → `四、`); or undefined.
 */
function joinedParagraphCuts(text: TextLike, l: Line, para: number, dun: NextChar): number[] | undefined {
  return joinedLabelCuts(text, l, para + 1, dun, isStop);
}

/**
 * The points a page joined onto their lead's line, before any article or point (a protocol as one line: `缔约双方商定如下内容,
 * 作为协定的组成部分: 一、 关于第四条第一款 …。 二、 关于第七条 …。 本议定书于…签订`): where each label starts, no label
 * length — 一、 after a colon and white space, each next number after a sentence end and white space; two points at least,
 * or undefined.
 */
function leadPointCuts(text: TextLike, l: Line, dun: NextChar): number[] | undefined {
  const cuts = joinedLabelCuts(text, l, 1, dun, isColon, announcesBelow);
  if (cuts === undefined || cuts.length >= 4) return cuts;
  // One point, after words announcing the articles below (`…特将議定條款開列于後: 一、大清國大皇帝…`, the 1887 Sino-Portuguese
  // treaty, its 二、 on the next line): the first article, no part of the preamble.
  return announcesBelow(text, l.contentStart, sentenceEndBefore(text, l.contentStart, cuts[0])) ? cuts : undefined;
}

/**
 * Whether the words before the colon at `colon` (from `start` on) announce the articles below (words.ts LISTED_BELOW): the first
 * point after it is cut out of the line glued to the colon too (`開列于後：一、…`, the space a full-width colon's fix leaves out).
 */
function announcesBelow(text: TextLike, start: number, colon: number): boolean {
  return LISTED_BELOW.test(foldScript(text.slice(Math.max(start, colon - 8), colon)));
}

/** A sentence's end (`STOP`): what ends the words before a joined label (a module function, as `isColon`: no closure a line). */
function isStop(c: number): boolean {
  return is(STOP, c);
}
/** A colon, full-width or not (parser.ts reads it too). */
export function isColon(c: number): boolean {
  return c === 0xff1a || c === 0x3a;
}

/**
 * Where labels `一、` joined onto line `l` start (no label length), numbered on from `first`, each after white space: the
 * first after what `opens` accepts ending the words before it, each next after a sentence end. Found by the next `、` of
 * the text (NextChar): a line without one after its own label costs nothing more.
 */
function joinedLabelCuts(text: TextLike, l: Line, first: number, dun: NextChar, opens: (c: number) => boolean, gluedAfter?: (text: TextLike, start: number, colon: number) => boolean): number[] | undefined {
  let expect = first;
  let cuts: number[] | undefined;
  const from = l.label ? l.label.end : l.contentStart + 1;
  for (let at = dun.in(from, l.contentEnd); at >= 0; at = dun.in(at + 1, l.contentEnd)) {
    let q = at;
    while (q > from && at - q < 3 && is(PARA_DIGITS, text.charCodeAt(q - 1))) q--;
    // (Or the financial 壹 alone, a converter's 一: paraAt.)
    if (q === at && q - 1 > from && isConvertedOne(text, q - 1, l.contentEnd)) q--;
    if (q === at) continue;
    // (The first label glued to a colon, no white space, when `gluedAfter` accepts the words before it: leadPointCuts.)
    if (!isSpace(text.charCodeAt(q - 1)) && !(gluedAfter !== undefined && expect === first && isColon(text.charCodeAt(q - 1)) && gluedAfter(text, l.contentStart, q - 1))) continue;
    const c = text.charCodeAt(sentenceEndBefore(text, l.contentStart, q));
    if (!(expect === first ? opens(c) : is(STOP, c))) continue;
    if (parseNumeral(text.slice(q, at)) !== expect) continue;
    (cuts ??= []).push(q, 0);
    expect++;
  }
  return cuts;
}

/** How long a caption between an article's label and its first paragraph `一、` may be, in one line. */
const MAX_INLINE_CAPTION = 20;

/**
 * The cuts of a line holding glued article headings (a body pasted as one line), with the
 * paragraphs numbered `一、 二、 三、` inside each article cut out too (no label): `第二条可引渡的犯罪
 * 一、只有…: (一)…; (二)…。 二、根据…。 三、如果…`. A paragraph opens after white space, its number
 * the next in the article (一 first), the white space after a sentence end — or, for 一、, after the
 * label and a caption with no stop or comma.
 */
function withParagraphs(text: TextLike, l: Line, cuts: number[]): number[] {
  const out: number[] = [];
  // The line's own article, when it opens with one (`第一条 一、…。 二、…。 第二条 …`).
  if (l.kind === 'article' && l.label && l.unit === undefined) paragraphCuts(text, l.label.end, cuts[0], out);
  for (let k = 0; k < cuts.length; k += 2) {
    out.push(cuts[k], cuts[k + 1]);
    if (cuts[k + 1] > 0) paragraphCuts(text, cuts[k] + cuts[k + 1], k + 2 < cuts.length ? cuts[k + 2] : l.contentEnd, out);
  }
  return out;
}

/**
 * The paragraphs `一、 二、 …` of an article whose label ends at `labelEnd`, its text running to `to`: their starts pushed on `out`, no label.
 * An article without them has its line breaks made spaces (a store's one line): a sentence end `。！？` then white space starts a paragraph.
 */
function paragraphCuts(text: TextLike, labelEnd: number, to: number, out: number[]): void {
  const before = out.length;
  const marks = paragraphMarks(text, labelEnd, to);
  if (marks & NUMBERED_MARKS) numberedParagraphCuts(text, labelEnd, to, out);
  if (out.length > before) return;
  // Or `(一) (二) …` opening the article's text after its caption (a treaty's Chinese text numbering paragraphs so: the Rome
  // Statute's `第三条 法院所在地  (一) 本法院设在…。  (二) …`), each with its items `1. 2.`.
  const bracketed = bracketedParagraphCuts(text, labelEnd, to, marks);
  if (bracketed) {
    out.push(...bracketed);
    return;
  }
  // Or numbered `1. 2. …` in Arabic digits (a model convention's articles: `第二条 税种范围 1.本协定适用于…。 2.所有…`).
  const arabic = arabicParagraphCuts(text, labelEnd, to, marks);
  if (arabic) {
    out.push(...arabic);
    return;
  }
  const bare = bareDigitCuts(text, labelEnd, to, marks);
  if (bare) {
    out.push(...bare);
    return;
  }
  for (let i = labelEnd + 1; i < to; i++) {
    if (!isSpace(text.charCodeAt(i)) || !is(STOP, text.charCodeAt(i - 1))) continue;
    let q = i;
    while (q < to && isSpace(text.charCodeAt(q))) q++;
    // (Not the caption of the next part, glued before the next heading: `…商定。 二、新闻 第十二条`.)
    let e = to;
    while (e > q && isSpace(text.charCodeAt(e - 1))) e--;
    if (q < e && (e - q > 16 || holds(SENTENCE_END, text, q, e))) out.push(q, 0);
    i = q;
  }
}


/** A sentence's end, after which a line break made a space starts a paragraph (not `；` nor `：`, inside one). */
const STOP = charClass('。！？', 2048);

/** The paragraphs numbered `一、 二、 …` (see paragraphCuts). */
function numberedParagraphCuts(text: TextLike, labelEnd: number, to: number, out: number[]): void {
  numberedStarts(text, labelEnd, to, out, (q) => {
    let e = q;
    while (e < to && e - q < 3 && is(PARA_DIGITS, text.charCodeAt(e))) e++;
    return e > q && text.charCodeAt(e) === 0x3001 /* 、 */ ? parseNumeral(text.slice(q, e)) : undefined;
  });
}

/**
 * The paragraphs of an article's one line numbered `(一) (二) …`, `（一）` (see paragraphCuts), the first opening the article's
 * text after its caption, two at least; then the items `1. 2. …` of one after a sentence end and white space (`…对下列犯罪具有
 * 管辖权:  1. 灭绝种族罪;  2. …`). Their starts, no label, in order; else undefined.
 */
function bracketedParagraphCuts(text: TextLike, labelEnd: number, to: number, marks: number): number[] | undefined {
  if (!(marks & BRACKETED_MARKS)) return undefined;
  const out: number[] = [];
  numberedStarts(text, labelEnd, to, out, (q) => {
    const open = text.charCodeAt(q);
    if (open !== 0x28 && open !== 0xff08) return undefined;
    const m = match(ITEM, text, q, to);
    return m && m[2] !== undefined && m[2].charCodeAt(0) >= 0x4e00 ? itemNumber(m[2]) : undefined;
  });
  if (out.length < 4) return undefined;
  // (Each paragraph's own list: numbered from 1 after a sentence end and white space, within the paragraph.)
  const all: number[] = [];
  for (let k = 0; k < out.length; k += 2) {
    const end = k + 2 < out.length ? out[k + 2] : to;
    // (A lead sentence the labels go on after, `…行为。 必要时，…载明： （五）…`: a start of its own, as itemCuts reads one.)
    const colon = k > 0 ? sentenceEndBefore(text, out[k - 2], out[k]) : -1;
    const lead = colon >= 0 && (text.charCodeAt(colon) === 0xff1a || text.charCodeAt(colon) === 0x3a) ? leadAfterStop(text, out[k - 2], colon) : -1;
    if (lead >= 0) all.push(lead, 0);
    all.push(out[k], 0);
    const items: number[] = [];
    numberedStarts(text, out[k] + 3, end, items, (q) => arabicNumberAt(text, q, end));
    // (Not the first as a caption's: `numberedStarts` reads one after the label; an item needs a sentence end before it.)
    for (let j = 0; j < items.length; j += 2) if (is(SENTENCE_END, text.charCodeAt(sentenceEndBefore(text, out[k], items[j])))) all.push(items[j], 0);
  }
  return all;
}

/**
 * The paragraphs `(1) (2) …` of an article's one line whose text opens with `(1)` right after its label, each next one right
 * after a sentence's end, white space or not (a page that joined an article's lines with no space: `第一条(1)本公约适用于…。(2)当事人
 * …。(3)…`, as WIPO and the UN number paragraphs). Their starts, `(1)`'s too, no label, when two and more are found; else undefined.
 */
function openingBracketedCuts(text: TextLike, labelEnd: number, to: number): number[] | undefined {
  let q = labelEnd;
  while (q < to && isSpace(text.charCodeAt(q))) q++;
  if (bracketedArabicAt(text, q, to) !== 1) return undefined;
  const out = [q, 0];
  let expect = 2;
  for (let k = q + 3; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 0x28 && c !== 0xff08) continue;
    if (!is(STOP, text.charCodeAt(sentenceEndBefore(text, q, k))) || bracketedArabicAt(text, k, to) !== expect) continue;
    out.push(k, 0);
    expect++;
  }
  return out.length >= 4 ? out : undefined;
}

/** The number of a label `(1)`, `（12）` at `at`, or undefined. */
function bracketedArabicAt(text: TextLike, at: number, to: number): number | undefined {
  const open = text.charCodeAt(at);
  if (open !== 0x28 && open !== 0xff08) return undefined;
  let e = at + 1;
  while (e < to && e - at <= 2 && isAnyDigit(text.charCodeAt(e))) e++;
  const close = text.charCodeAt(e);
  return e > at + 1 && (close === 0x29 || close === 0xff09) ? Number(foldDigits(text.slice(at + 1, e))) : undefined;
}

/**
 * The paragraphs of an article's one line numbered `1. 2. …` in Arabic digits (a page that joined an article's lines:
 * `第十六条 其他规定 1.除…。 2.从实际出发…。 3.…`): a digit after the point is a decimal. Their starts, no label, when
 * two and more are found; else undefined.
 */
function arabicParagraphCuts(text: TextLike, labelEnd: number, to: number, marks: number): number[] | undefined {
  if (!(marks & ARABIC_MARKS)) return undefined;
  const out: number[] = [];
  numberedStarts(text, labelEnd, to, out, (q) => arabicNumberAt(text, q, to));
  return out.length >= 4 ? out : undefined;
}

/** A digit glued to the character after it that is no quantity's: a paragraph's bare label (see bareDigitCuts). */
const NOT_COUNTED: ReadonlySet<number> = new Set([...COUNTED_AFTER_DIGIT].map((c) => c.charCodeAt(0)));

/** The bare digit `n` (one, in ASCII or full width) at `q` as a paragraph's label: a Chinese character after it that counts nothing. */
function bareDigitAt(text: TextLike, q: number, to: number, n: number): boolean {
  const c = text.charCodeAt(q);
  const next = text.charCodeAt(q + 1);
  return q + 1 < to && (c === 0x30 + n || c === 0xff10 + n) && isHan(next) && !NOT_COUNTED.has(next);
}

/**
 * The paragraphs of an article's one line numbered by a bare digit glued to their text, as a converted document gives them (`第二条协助之
 * 范围1缔约双方应…。2协助应包括:(1)…。3在请求方…。4本协定系…`): `1` opening the article's text after its label and a caption of
 * Chinese characters and white space alone, each next number right after a sentence end, the character after each no quantity's (`。2006年`,
 * `。3个月内` are no labels). Their starts, `1`'s too, no label, when two and more are found in order; else undefined.
 */
function bareDigitCuts(text: TextLike, labelEnd: number, to: number, marks: number): number[] | undefined {
  if (!(marks & BARE_MARK)) return undefined;
  let q = labelEnd;
  while (q < to && isSpace(text.charCodeAt(q))) q++;
  const captionEnd = Math.min(to, q + MAX_INLINE_CAPTION);
  while (q < captionEnd && (isHan(text.charCodeAt(q)) || isSpace(text.charCodeAt(q))) && !bareDigitAt(text, q, to, 1)) q++;
  if (!bareDigitAt(text, q, to, 1)) return undefined;
  const out = [q, 0];
  let expect = 2;
  for (let k = q + 2; k < to && expect < 10; k++) {
    if (is(STOP, text.charCodeAt(k - 1)) && bareDigitAt(text, k, to, expect)) {
      out.push(k, 0);
      expect++;
    }
  }
  return out.length >= 4 ? out : undefined;
}

/** The number of a label `1.` `12．` at `q` (one or two digits before `to`, then a point with no digit after it: no decimal), or undefined. */
function arabicNumberAt(text: TextLike, q: number, to: number): number | undefined {
  let e = q;
  while (e < to && e - q < 2 && isAnyDigit(text.charCodeAt(e))) e++;
  const point = text.charCodeAt(e);
  return e > q && (point === 0x2e || point === 0xff0e) && !isAnyDigit(text.charCodeAt(e + 1)) ? Number(foldDigits(text.slice(q, e))) : undefined;
}

/** paragraphMarks' bits: a white space run before a numeral of 一、 (one at least); before `(`/`（` (two at least); before a digit (two at least). */
const NUMBERED_MARKS = 1;
const BRACKETED_MARKS = 2;
const ARABIC_MARKS = 4;
/** paragraphMarks' bit: a `1` or `１` where bareDigitCuts' first label can be, within a caption's length of the text's start. */
const BARE_MARK = 8;

/**
 * What the readers of an article's one line (`labelEnd..to`) need to find anything, read in one pass: the labels they
 * look for after white space as `numberedStarts` meets it (its runs, each the character after it), the first `1` for
 * bareDigitCuts'. A reader whose bit is not set finds nothing (each is given it and returns at once): a law's article of
 * one sentence was read four times over, as long as its line, by readers that each found nothing.
 */
function paragraphMarks(text: TextLike, labelEnd: number, to: number): number {
  let numbered = 0;
  let bracketed = 0;
  let arabic = 0;
  let one = -1;
  let q0 = labelEnd;
  while (q0 < to && isSpace(text.charCodeAt(q0))) q0++;
  for (let i = labelEnd; i < to; i++) {
    const c = text.charCodeAt(i);
    // (CJK and its punctuation, most of the line: neither white space nor a digit.)
    if (c > 0x3000 && c < 0xfeff) continue;
    if (one < 0 && (c === 0x31 || c === 0xff11)) one = i;
    if (!isSpace(c)) continue;
    let q = i;
    while (q < to && isSpace(text.charCodeAt(q))) q++;
    const d = text.charCodeAt(q);
    // (Each count added to at every run, by one or none — the classes are apart: a count stepped only under its own test had
    // TurboFan compile paragraphMarks again at a text's first run before a bracket or a digit, twice over every tenth law. Session 59.)
    numbered += is(PARA_DIGITS, d) ? 1 : 0;
    bracketed += d === 0x28 || d === 0xff08 ? 1 : 0;
    arabic += isAnyDigit(d) ? 1 : 0;
    // (The character after the run read next: not white space, it may be the `1`.)
    i = q - 1;
  }
  return (numbered > 0 ? NUMBERED_MARKS : 0) | (bracketed > 1 ? BRACKETED_MARKS : 0) | (arabic > 1 ? ARABIC_MARKS : 0) | (one >= 0 && one <= Math.min(to, q0 + MAX_INLINE_CAPTION) ? BARE_MARK : 0);
}

/**
 * The paragraphs of an article's one line numbered 1, 2, … in order (`numberAt`: the number a paragraph opening at
 * `q` has, or undefined): each after white space, the white space after a sentence end — or, for the first, after the
 * label and a caption with no stop or comma. Their starts pushed to `out`, each with no label (0).
 */
function numberedStarts(text: TextLike, labelEnd: number, to: number, out: number[], numberAt: (q: number) => number | undefined): void {
  let expect = 1;
  for (let i = labelEnd; i < to; i++) {
    if (!isSpace(text.charCodeAt(i))) continue;
    let q = i;
    while (q < to && isSpace(text.charCodeAt(q))) q++;
    if (numberAt(q) === expect && (is(SENTENCE_END, text.charCodeAt(i - 1)) || (expect === 1 && i - labelEnd <= MAX_INLINE_CAPTION && !holds(NO_CAPTION, text, labelEnd, i)))) {
      out.push(q, 0);
      expect++;
    }
    i = q;
  }
}

/** An ASCII or a full-width digit. */
function isAnyDigit(c: number): boolean {
  return isDigit(c) || (c >= 0xff10 && c <= 0xff19);
}

/** Full-width digits as ASCII. */
function foldDigits(s: string): string {
  return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Whether `from..to` holds a code unit of the class `bit`: a stop or a colon (`SENTENCE_END`), a stop, a comma or `、` (`NO_TITLE`) — no title holds one. */
function holds(bit: number, text: TextLike, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (is(bit, text.charCodeAt(i))) return true;
  return false;
}

/** 编辑 or 編輯 at `s`, glued before a bracketed Arabic number `(1)`, `（1）`. */
function isEditLink(text: TextLike, s: number, e: number): boolean {
  const c = text.charCodeAt(s);
  if (s + 3 >= e || (c !== 0x7f16 /* 编 */ && c !== 0x7de8 /* 編 */)) return false;
  const d = text.charCodeAt(s + 1);
  const open = text.charCodeAt(s + 2);
  return (d === 0x8f91 /* 辑 */ || d === 0x8f2f /* 輯 */) && (open === 0x28 || open === 0xff08) && isDigit(text.charCodeAt(s + 3));
}

/** 编辑 or 編輯 at `s` (the caller checks that nothing else is on the line). */
function isBareEditLink(text: TextLike, s: number): boolean {
  const c = text.charCodeAt(s);
  const d = text.charCodeAt(s + 1);
  return (c === 0x7f16 /* 编 */ || c === 0x7de8 /* 編 */) && (d === 0x8f91 /* 辑 */ || d === 0x8f2f /* 輯 */);
}

/** `[编辑]`, `[編輯]`, `［编辑］`, white space inside the brackets allowed: the whole of `s..e`. */
function isBracketedEditLink(text: TextLike, s: number, e: number): boolean {
  const close = text.charCodeAt(e - 1);
  if (close !== 0x5d && close !== 0xff3d) return false;
  let i = s + 1;
  while (i < e && isSpace(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  const d = text.charCodeAt(i + 1);
  if ((c !== 0x7f16 /* 编 */ && c !== 0x7de8 /* 編 */) || (d !== 0x8f91 /* 辑 */ && d !== 0x8f2f /* 輯 */)) return false;
  i += 2;
  while (i < e - 1 && isSpace(text.charCodeAt(i))) i++;
  return i === e - 1;
}

/**
 * Where a Chinese article label starts after an English one opening the line at `s` (`Article I第一条`,
 * `Article 12 第十二条`: `Article`, a Roman or an Arabic number, white space at most), or `s`: no such line.
 */
function latinArticleLabelEnd(text: TextLike, s: number, e: number): number {
  const word = 'Article';
  if (e - s < word.length + 3) return s;
  for (let i = 1; i < word.length; i++) if (text.charCodeAt(s + i) !== word.charCodeAt(i)) return s;
  let k = s + word.length;
  while (k < e && isSpace(text.charCodeAt(k))) k++;
  const from = k;
  while (k < e && k - from < 8 && (isDigit(text.charCodeAt(k)) || isRomanDigit(text.charCodeAt(k)))) k++;
  if (k === from) return s;
  while (k < e && isSpace(text.charCodeAt(k))) k++;
  return articleAt(text, k, Math.min(e, k + LABEL_WINDOW)) ? k : s;
}
/** A capital Roman numeral's letter, as article numbers are written (I, V, X, L, C). */
function isRomanDigit(c: number): boolean {
  return c === 0x49 || c === 0x56 || c === 0x58 || c === 0x4c || c === 0x43;
}

/**
 * Where a line's content starts after `????` opening it right before a Chinese character (`????第一條`,
 * `????締約雙方…`): full-width spaces of its indentation that an encoding conversion turned into question
 * marks (a page read through a code page without them). Two at least, and a CJK character after them; else `s`.
 */
function lostIndentationEnd(text: TextLike, s: number, eol: number): number {
  let q = s;
  while (q < eol && text.charCodeAt(q) === 0x3f) q++;
  if (q - s < 2 || q >= eol || text.charCodeAt(q) < 0x3400) return s;
  return q;
}

/**
 * A forum's scraper-jamming text as a copy of a post keeps it (Discuz's hidden `jammer` spans: `! G3 R: g' i4 e# m`,
 * `5 w: ^0 S% Q0 q% S! g9 y`, `- A( L5 s' r) G; o`): tokens of one or two printable ASCII characters, one or two spaces
 * between them, five tokens at least, three of them two characters long, a letter, a digit and a mark among them. A formula
 * (`x = a + b * 2`, tokens of one character) or an abbreviation (`U. S. A.`) is none.
 */
const JAMMER_TOKENS = 5;
/** Shortest line content the jamming characters are looked for at its start or end. */
const JAMMER_MIN = 9;
/** Farthest from a line's end its closing jamming characters may start. */
const JAMMER_REACH = 60;
function isJammerChar(c: number): boolean {
  return c > 0x20 && c <= 0x7e;
}
/**
 * Where the content goes on after jamming characters starting at `p` (spaces after them passed over), when a run of them
 * starts there and ends at `to` or before the content (three spaces and more, or a character that is no printable ASCII one
 * after a space); `fail` otherwise.
 */
function jammerRunEnd(text: TextLike, p: number, to: number, fail: number): number {
  let tokens = 0;
  let pairs = 0;
  let letters = 0;
  let digits = 0;
  let marks = 0;
  let k = p;
  while (k < to) {
    const from = k;
    while (k < to && isJammerChar(text.charCodeAt(k)) && k - from < 3) {
      const c = text.charCodeAt(k);
      if (isLatin(c)) letters++;
      else if (isDigit(c)) digits++;
      else marks++;
      k++;
    }
    // (A token of three characters and more, or one glued to the content after it: no jamming run goes on there.)
    if (k - from === 0 || k - from > 2 || (k < to && text.charCodeAt(k) !== 0x20)) return fail;
    tokens++;
    if (k - from === 2) pairs++;
    let spaces = 0;
    while (k < to && text.charCodeAt(k) === 0x20) {
      spaces++;
      k++;
    }
    if (k >= to || spaces > 2 || !isJammerChar(text.charCodeAt(k))) break;
  }
  return tokens >= JAMMER_TOKENS && pairs >= 3 && letters !== 0 && digits !== 0 && marks !== 0 ? k : fail;
}
/**
 * Where a line's content ends before jamming characters closing it (`jammerRunEnd`), the spaces before them too; `e` when none
 * do. The run starts after a space, a character that is no ASCII one, or a mark ending the sentence glued to such a character
 * (`…的行为;0 H) …`: the mark is the sentence's, the run starts after it; after a full-width mark a half-width one is the run's,
 * `…犯罪。. t$ K' …`).
 */
function jammerTailStart(text: TextLike, s: number, e: number): number {
  for (let p = Math.max(s + 1, e - JAMMER_REACH); p < e - JAMMER_MIN; p++) {
    const c = text.charCodeAt(p);
    if (!isJammerChar(c)) continue;
    const before = text.charCodeAt(p - 1);
    if (!(before === 0x20 || before > 0x7f || (isSentenceMark(before) && text.charCodeAt(p - 2) > 0x7f)) || (before > 0x7f && isSentenceMark(c) && !isFullWidthMark(before))) continue;
    if (jammerRunEnd(text, p, e, -1) !== e) continue;
    let q = p;
    while (q > s && isSpace(text.charCodeAt(q - 1))) q--;
    return q;
  }
  return e;
}
/**
 * A site's marker naming a heading (`章节`, `章`, `节`, `编` among its few characters) in square or lenticular brackets, a chapter's,
 * a part's or a section's label right after it. A database's field label before a heading's words is no such marker
 * (`【主题索引】第七编 条约契据类 > …`, a manual's index path: its line stays the field's).
 */
const MARKED_HEADING = /^[\[【][\u3400-\u9fff]{0,4}[章节節编編][\u3400-\u9fff]{0,4}[\]】](?=第[一二三四五六七八九十百零〇0-9０-９]{1,6}[章编編节節])/;
/** Where a heading's label starts after a site's bracketed marker opening the line at `s` (`MARKED_HEADING`), or `s`. */
function markedHeadingStart(text: TextLike, s: number, e: number): number {
  const m = MARKED_HEADING.exec(text.slice(s, Math.min(e, s + 20)));
  return m ? s + m[0].length : s;
}
/** A full-width mark (`。`, `；`, `）`): a half-width one glued after it ends no sentence of its own (`…犯罪。. t$ K' …`). */
function isFullWidthMark(c: number): boolean {
  return (c >= 0x3000 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff0f) || (c >= 0xff1a && c <= 0xff20);
}
/** A half-width mark a copy ends a sentence or a clause with: `.` `,` `;` `:` `!` `?` `)`. */
function isSentenceMark(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f || c === 0x29;
}

export function classify(text: TextLike, start: number, eol: number, end: number): TreeLine {
  // Indentation and trailing white space.
  // (The indentation skipped by skipSpaces, which every label's caption is read with: its step has run long before a text's first
  // indented line, where classify's own loop had not — and TurboFan, meeting a step never taken, compiled classify again. Session 59.)
  let s = skipSpaces(text, start, eol);
  if (text.charCodeAt(s) === 0x3f /* ? */) s = lostIndentationEnd(text, s, eol);
  let e = eol;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  // A forum's scraper-jamming characters copied with a post, opening or closing the line (`! G3 R: g' i4 e# m   第二条…`,
  // `…的犯罪的行为;0 H) w+ t( y+ L$ V  v; v. a! D$ B; S`): no part of its content, as indentation is not.
  // (Asked only where a printable ASCII character has a space one or two places from it. The line's indentation is its own.)
  const indentEnd = s;
  if (e - s > JAMMER_MIN && isJammerChar(text.charCodeAt(s)) && (text.charCodeAt(s + 1) === 0x20 || text.charCodeAt(s + 2) === 0x20)) s = jammerRunEnd(text, s, e, s);
  if (e - s > JAMMER_MIN && isJammerChar(text.charCodeAt(e - 1)) && (text.charCodeAt(e - 2) === 0x20 || text.charCodeAt(e - 3) === 0x20)) e = jammerTailStart(text, s, e);
  const first = text.charCodeAt(start);
  const line = new TreeLine(s === e ? 'blank' : 'text', start, end, eol, s, e, indentEnd - start >= 2 || first === 0x3000 || first === 0x09);
  if (s === e) return line;
  // (Where the content starts as the line was made: told again below only when it moved — a setter the long `classify` calls, not inlines.)
  const made = s;

  let c = text.charCodeAt(s);
  // A byte order mark is not indentation.
  const lineStart = first === 0xfeff ? start + 1 : start;
  // (Worked out for every line: the markdown openings below ask it only of a line opening with their marks — each a reading
  // TurboFan would not have seen run before a text's first rule or fence.)
  const shallow = s - lineStart <= 3;
  // (The rules and fences read in a function of their own, asked of every line opening with an ASCII character — a law's `# `
  // title is one: a text's first rule met after TurboFan compiled classify deoptimized it there, the readings never run in it.)
  if (c < 0x80 && shallow && ruleOrFence(text, line, c, s, e, start, lineStart, eol)) return line;
  let atx: number;
  if (c === 0x23 && shallow && (atx = atxEnd(text, lineStart, eol)) > 0) {
    line.level = atx - s;
    s = atx;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    // Closing #s of an ATX heading.
    let ce = e;
    while (ce > s && text.charCodeAt(ce - 1) === 0x23) ce--;
    if (ce < e && (ce === s || isSpace(text.charCodeAt(ce - 1)))) {
      e = ce;
      while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    }
  }
  // An HTML element a page's source left around the whole line (`<div align=center>第一章總則</div>`, a forum's copy of a
  // heading): its words are the line's content.
  if (c === 0x3c /* < */ && !line.level) {
    const inner = htmlWrapped(text, s, e);
    if (inner) [s, e] = inner;
  }
  // Stray emphasis around the content (OCR): **第一条**, 本条约即**.
  while (e - s >= 2 && isEmphasis(text, e - 2)) {
    e -= 2;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  }
  line.contentEnd = e;
  let terminal = e > s && is(TERMINAL, text.charCodeAt(e - 1));
  // (A converter's pinyin after the last character, `職責(zé)`, is no closing bracket: the character before it ends the line.)
  if (terminal && (text.charCodeAt(e - 1) === 0x29 || text.charCodeAt(e - 1) === 0xff09) && e - s > 3 && text.charCodeAt(e - 2) > 0x60 && text.charCodeAt(e - 2) < 0x1e80) {
    terminal = terminalBeforeGloss(text, s, e);
  }
  // A closing quote typed straight after a Chinese full stop (`…1985年版,第149~150頁。'`, a book's source note in ASCII quotes
  // above the 1933 Tanggu truce it quotes): the full stop ends the line. (Not after a Latin full stop: `…Parties."` in English.)
  if (!terminal && e - s > 1 && (text.charCodeAt(e - 1) === 0x27 || text.charCodeAt(e - 1) === 0x22) && isChineseStop(text.charCodeAt(e - 2))) terminal = true;
  // (Set only when on: a line is made with its flags off.)
  if (terminal) line.terminal = true;
  if (s === e) {
    line.contentStart = s;
    if (line.level) line.kind = 'heading';
    return line;
  }

  c = text.charCodeAt(s);
  if (!line.level) {
    // (Read in a function of its own, called for every line that is no heading — a call TurboFan has seen from a text's first line.
    // Each of its readings is of a line few texts hold; met for the first time inside classify after TurboFan had compiled it, with
    // no feedback there, it threw classify's code away and compiled classify again: 7 of the 8 compiles of classify over half of
    // LawRefBook/Laws in one thread, ~20 % of the compiles' time — and a cold parse of many laws is ~40 % compiling. Larger than
    // treaty-check's inlining budget (bin/treaty-check.js), the function is compiled on its own, a small compile when it deopts.
    // Session 59.)
    // (The character at its content's start read again whether or not it moved: the read of a moved start, first met after
    // TurboFan compiled classify, deoptimized it.)
    s = furnitureOrMarks(text, line, s, e, c);
    if (s < 0) return line;
    c = text.charCodeAt(s);
  } else if (c === 0x41 /* A */) {
    // A bilingual page's article head, the English label glued before the Chinese one (`Article I第一条`,
    // `Article 12 第十二条`: the UN's Chinese–English texts): the Chinese label heads the line. (Read by furnitureOrMarks in a
    // line that is no heading, called for every such line; the call here is of a heading's alone.)
    const zh = latinArticleLabelEnd(text, s, e);
    if (zh > s) {
      s = zh;
      c = text.charCodeAt(s);
    }
  }
  // An opening emphasis `**第一条**　合作目标`: its closing pair may follow the label.
  let emphasis = 0;
  if ((c === 0x2a || c === 0x5f) && text.charCodeAt(s + 1) === c && s + 2 < e && !isSpace(text.charCodeAt(s + 2))) {
    emphasis = c;
    s += 2;
    c = text.charCodeAt(s);
  }
  if (s !== made) line.contentStart = s;

  if (c === 0x7b2c /* 第 */ || c === 0x7b2b /* 笫: OCR's 第, folded to it */) {
    // None of the three labels is longer than LABEL_WINDOW; the article's read in place (articleAt).
    const limit = Math.min(e, s + LABEL_WINDOW);
    if (articleAt(text, s, limit)) {
      const labelEnd = SCAN.end;
      const { numStart, numEnd, subStart, subEnd, bis } = SCAN;
      const rest = afterEmphasis(text, labelEnd, e, emphasis);
      const after = restKind(text, rest, e, line.level > 0);
      if (after !== 'running') {
        line.labelled('article', { start: s, end: labelEnd }, numeralAt(text, numStart, numEnd), captionStart(text, rest, e), subStart >= 0 ? numeralAt(text, subStart, subEnd) : bis ? 2 : undefined, undefined, after === 'body');
        return line;
      }
    }
    // (The other two labels read in a function of their own: see furnitureOrMarks.)
    if (chapterOrClause(text, line, s, e, limit, emphasis)) return line;
  }
  if (line.level) {
    line.kind = 'heading';
    return line;
  }
  // (The labels of points and items read in a function of their own: see furnitureOrMarks.)
  labelItem(text, line, s, e, c);
  return line;
}

/** Labels `line`, its content `s..e` opening with `c`, a point (`一、`) or an item (`（一）`, `1.`, `(a)`, `A `) when it opens with one. classify's. */
function labelItem(text: TextLike, line: TreeLine, s: number, e: number, c: number): void {
  let labelEnd: number;
  if ((is(PARA_DIGITS, c) || c === 0x58f9 /* 壹: paraAt */) && (labelEnd = paraAt(text, s, e)) >= 0) {
    line.labelled('para', { start: s, end: labelEnd }, numeralIn(text, s, SCAN.numEnd, false), skipSpaces(text, labelEnd, e));
    return;
  }
  if (isArabicDigit(c)) {
    // A digit opens only ITEM's first form (`1.`), read in place.
    if ((labelEnd = arabicItemAt(text, s, e)) >= 0) line.labelled('item', { start: s, end: labelEnd }, SCAN.value, skipSpaces(text, labelEnd, e));
    return;
  }
  // `（一）`, `(a)`, and a letter with a closing bracket alone (`a)`, as Macao's texts letter items).
  if ((c === 0xff08 || c === 0x28 || (c >= 0x61 && c <= 0x7a)) && (labelEnd = bracketedItemAt(text, s, e)) >= 0 && !namesItems(text, labelEnd, e)) {
    line.labelled('item', { start: s, end: labelEnd }, itemNumber(text.slice(SCAN.numStart, SCAN.numEnd)), skipSpaces(text, labelEnd, e));
    return;
  }
  if (c >= 0x41 && c <= 0x5a && (labelEnd = capitalItemAt(text, s, e)) >= 0) {
    line.labelled('item', { start: s, end: labelEnd }, c - 0x40, skipSpaces(text, labelEnd, e));
    return;
  }
}

/**
 * A line opening with 第 that is no article `第…条` (`articleAt`, or one running on as text): an older treaty's article `第一款`, a
 * chapter, or page furniture under a chapter's number — labelled or made a break, and true; else false. classify's.
 */
function chapterOrClause(text: TextLike, line: TreeLine, s: number, e: number, limit: number, emphasis: number): boolean {
  let m: RegExpExecArray | null;
  // The line's head read as simplified once, for the other two labels.
  const head = foldScript(text.slice(s, limit));
  // Older treaties number their articles 第一款, 第二款 … (kept only where no 第…条 heading is: see settleUnits).
  if ((m = CLAUSE_ARTICLE.exec(head))) {
    const labelEnd = s + m[0].length;
    const rest = afterEmphasis(text, labelEnd, e, emphasis);
    // (Glued to its text opening with the clause mark, `第六款一、今兹约定…`, the label heads its article: clauseMarkAt.)
    const after = rest === labelEnd && clauseMarkAt(text, rest, e) ? 'body' : restKind(text, rest, e, line.level > 0);
    if (after !== 'running') {
      line.labelled('article', { start: s, end: labelEnd }, parseNumeral(m[1]), captionStart(text, rest, e), undefined, '款', after === 'body');
      return true;
    }
  }
  // (A Qing treaty's part, `第二端 铁路、矿务等事`: set off from its caption, a caption's line only — `第一端口` is a word.)
  if ((m = QING_PART.exec(head))) {
    const labelEnd = s + m[0].length;
    const rest = afterEmphasis(text, labelEnd, e, emphasis);
    if ((rest >= e || isSpace(text.charCodeAt(labelEnd))) && restKind(text, rest, e, line.level > 0) === 'caption') {
      line.labelled('chapter', { start: s, end: labelEnd }, parseNumeral(m[1]), captionStart(text, rest, e), undefined, m[2]);
      return true;
    }
    return false;
  }
  if ((m = CHAPTER.exec(head))) {
    const labelEnd = s + m[0].length;
    const rest = afterEmphasis(text, labelEnd, e, emphasis);
    // `第二部分完`, `第一章（完）`: a page's remark closing the part, furniture as its number is (the text runs on across it).
    if (rest < e && e - rest <= 5 && PART_END.test(foldScript(text.slice(rest, e)).replace(/[ \t\u3000]/g, ''))) {
      line.kind = 'break';
      return true;
    }
    // A book's running head, its chapter and the page within it (`第88章 政务公文写作(49)`): page furniture, the text runs on across it.
    if (!line.level && isRunningHead(text, rest, e)) {
      line.kind = 'break';
      return true;
    }
    if (restKind(text, rest, e, line.level > 0) !== 'running') {
      line.labelled('chapter', { start: s, end: labelEnd }, parseNumeral(m[1]), captionStart(text, rest, e), undefined, m[2]);
      return true;
    }
  }
  return false;
}

/**
 * The page's furniture a line that is no heading may be, its content `s..e` opening with `c`: a tag line (`〖…〗`), a comment, a
 * footnote or an editor's note, a page number, a site's note of its parts, a wiki's edit link — its kind set (and its content's
 * start), and -1; else where its content starts after a bullet and a glued edit link (`s` when neither opens it). classify's.
 */
function furnitureOrMarks(text: TextLike, line: TreeLine, s: number, e: number, c: number): number {
  let m: RegExpExecArray | null;
  if (c === 0x3016 /* 〖 */ && (m = match(TAG, text, s, e))) {
    const valueStart = s + m[0].length;
    let close = indexIn(text, 0x3016 /* 〖 */, valueStart, e);
    while (close >= 0 && text.charCodeAt(close + 1) !== 0x2d /* - */) close = indexIn(text, 0x3016, close + 1, e);
    line.tagged((m[1] ? '-' : '') + m[2], { start: valueStart, end: close >= 0 ? close : e });
    SPLIT.tags++;
    line.contentStart = s;
    return -1;
  }
  if (c === 0x3c && isCommentLine(text, s, e)) {
    line.kind = 'comment';
    line.contentStart = s;
    return -1;
  }
  if (((c === 0x3c || c === 0x5b || c === 0x5c) && match(FOOTNOTE, text, s, e)) || isEditorsNote(text, s, e)) {
    line.kind = 'footnote';
    line.contentStart = s;
    return -1;
  }
  if (e - s <= 24 && (isDigit(c) || (c >= 0xff10 && c <= 0xff19) || is(PAGE_START, c)) && is(PAGE_END, text.charCodeAt(e - 1)) && match(PAGE_NUMBER, text, s, e)) {
    line.kind = 'break';
    line.contentStart = s;
    return -1;
  }
  // A site's note of the parts it split the instrument into, ending its line (`共兩部分`, `其他請參考“…(1)共兩部分”`, under
  // `第二部分完`): page furniture, no paragraph of the last article. (Asked only of a line ending with 分 or a closing mark after it.)
  if (e - s <= PARTS_NOTE && endsWithParts(text, s, e)) {
    line.kind = 'break';
    line.contentStart = s;
    return -1;
  }
  // A wiki's section edit link alone on its line under a heading (`[編輯]`, `[ 编辑 ]`: Wikisource's pages as
  // copied): the page's furniture, as a lone page number is — no paragraph of the article.
  if ((c === 0x5b || c === 0xff3b) && e - s <= 8 && isBracketedEditLink(text, s, e)) {
    line.kind = 'break';
    line.contentStart = s;
    return -1;
  }
  // The same link bare, alone on its line (`第一條` / `編輯` / `  一、…`: the mobile Wikisource's pages as the store gives
  // them): furniture too, no caption of the article above it.
  if (e - s === 2 && isBareEditLink(text, s)) {
    line.kind = 'break';
    line.contentStart = s;
    return -1;
  }
  let bullet: number;
  if ((c === 0x2d || c === 0x2a || c === 0x2b || c === 0x2022 || c === 0xb7 || c === 0x25cf) && (bullet = bulletEnd(text, s, e)) > 0) {
    s = bullet;
  }
  // A site's section marker in square brackets glued before a heading's label (`[章节]第一章总则`, a legal Q&A site's copy of a
  // treaty): no part of the heading, as a bullet is not.
  const marker = text.charCodeAt(s);
  if ((marker === 0x5b || marker === 0x3010) && e - s > 6) s = markedHeadingStart(text, s, e);
  // A wiki's section edit link (编辑, 編輯) copied onto the line under a heading, glued before the
  // article's first paragraph number (`编辑(1) 对于…`, the WIPO Copyright Treaty): no part of the text.
  if (isEditLink(text, s, e)) s += 2;
  // A bilingual page's article head, the English label glued before the Chinese one (`Article I第一条`, `Article 12 第十二条`: the
  // UN's Chinese–English texts): the Chinese label heads the line.
  return text.charCodeAt(s) === 0x41 /* A */ ? latinArticleLabelEnd(text, s, e) : s;
}

/**
 * Marks `line` (content `s..e`, opening with the ASCII character `c` within three spaces of its start) a thematic break (`---`, `***`,
 * `___`: BREAK), a fenced code block's line (its fence: FENCES), or a grid table's rule (`+---+`): whether it is one. classify's.
 */
function ruleOrFence(text: TextLike, line: TreeLine, c: number, s: number, e: number, start: number, lineStart: number, eol: number): boolean {
  if ((c === 0x2d || c === 0x2a || c === 0x5f) && eol - start <= WINDOW && markRepeats(text, s, eol) && match(BREAK, text, lineStart, eol)) {
    line.kind = 'break';
    return true;
  }
  if ((c === 0x60 || c === 0x7e) && fenceLength(text, s, e) > 0) {
    FENCES.seen++;
    line.kind = 'code';
    return true;
  }
  if (c === 0x2b && GRID_RULE.test(text.slice(lineStart, eol))) {
    line.kind = 'break';
    return true;
  }
  return false;
}

/**
 * An item lettered with a capital and a space, no mark after the letter (`A 學術進修: (第一階段) …`, `B 參訪訓練計畫:…`, as
 * Taiwan's agreements with the United States letter them, as its law database writes `1 個人所得稅。`): the letter, a space, then a
 * Chinese character no space follows. The label's end (after the letter), or -1. Not a letter naming a part, a class or a zone
 * (`A 节初始条款`, Section A: words.ts `LETTERED_NOUNS`), nor I, V, X, which number a part alone as Roman numerals (`I 总则`);
 * a line of English opening with the article `A ` has a Latin letter after the space.
 */
function capitalItemAt(text: TextLike, s: number, e: number): number {
  const c = text.charCodeAt(s);
  if (c === 0x49 /* I */ || c === 0x56 /* V */ || c === 0x58 /* X */) return -1;
  const sp = text.charCodeAt(s + 1);
  if ((sp !== 0x20 && sp !== 0x3000) || s + 3 >= e) return -1;
  const h = text.charCodeAt(s + 2);
  if (!isHan(h) || isSpace(text.charCodeAt(s + 3)) || LETTERED_NOUNS.includes(String.fromCharCode(h))) return -1;
  return s + 1;
}

/**
 * A chapter's caption ending with a page number in brackets, Arabic digits (`政务公文写作(49)`): a book's running head over
 * each page, no heading of the text it prints. Read only on a chapter line. So is a page of the chapter's pages, `(2 / 2)`
 * (`第375章 中德胶澳租借条约(2 / 2)`, a novel's chapter quoting the 1898 Kiautschou convention, on its second page: PAGE_OF_PAGES).
 */
function isRunningHead(text: TextLike, rest: number, e: number): boolean {
  const close = text.charCodeAt(e - 1);
  if (close !== 0x29 && close !== 0xff09) return false;
  let k = e - 2;
  while (k > rest && e - 2 - k < 3 && isArabicDigit(text.charCodeAt(k))) k--;
  if (text.charCodeAt(k) === 0x2f /* / */ || isSpace(text.charCodeAt(k))) {
    const m = PAGE_OF_PAGES.exec(text.slice(Math.max(rest, e - 12), e));
    if (m) k = e - m[0].length;
  }
  const open = text.charCodeAt(k);
  return k < e - 2 && k > rest + 1 && (open === 0x28 || open === 0xff08) && isHan(text.charCodeAt(k - 1));
}
/** A page of a chapter's pages in brackets ending a running head: `(2 / 2)`, `（1/3）`. */
const PAGE_OF_PAGES = /[（(][0-9]{1,3}[ \t]*\/[ \t]*[0-9]{1,3}[)）]$/;

/**
 * Where the `#`s of an ATX heading opening the line at `at` end (`/^ {0,3}#{1,6}(?=[ \t\u3000]|$)/`, or before a Chinese character or a capital,
 * read without a slice or a match array: a long treaty has thousands of headings), or 0.
 */
function atxEnd(text: TextLike, at: number, eol: number): number {
  let k = at;
  while (k < eol && k - at < 3 && text.charCodeAt(k) === 0x20) k++;
  let h = k;
  while (h < eol && h - k < 6 && text.charCodeAt(h) === 0x23) h++;
  if (h === k) return 0;
  if (h === eol) return h;
  const c = text.charCodeAt(h);
  if (c === 0x20 || c === 0x09 || c === 0x3000) return h;
  // Chinese writers often leave out the space (`##第一条`, `#测试协定`): a heading before a Chinese
  // character or a capital (`###I`), never before a digit or a small letter (`#1`, `#hashtag`), nor a
  // topic tag closed by its own # (`#中美关系# 今日双方会谈。`, as social media write them).
  if (!((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x41 && c <= 0x5a))) return 0;
  for (let j = h + 1; j < eol; j++) if (text.charCodeAt(j) === 0x23) return 0;
  return h;
}

/** An editor's note signed at its end (`* 2002年1月17日签订于北京并于同日生效。——编者注`, `…（編者註）`, as treaty collections print it): no part of the text. */
const EDITORS_NOTE = /(?:[—–-]{1,6}[ \t\u3000]*|[（(])[编編]者[注註按][）)]?$/;

function isEditorsNote(text: TextLike, s: number, e: number): boolean {
  const last = text.charCodeAt(e - 1);
  // (注, 註, 按 or a closing bracket: most lines end otherwise, and are not sliced.)
  return (last === 0x6ce8 || last === 0x8a3b || last === 0x6309 || last === 0xff09 || last === 0x29) && e - s > 3 && EDITORS_NOTE.test(text.slice(Math.max(s, e - 12), e));
}

/**
 * A line that holds only HTML comments (`<!-- treaty-disable-next-line … -->`, two of them side by
 * side): markdown does not render it, so it is no part of the treaty's text. A comment that runs
 * over several lines is not one (its first line ends without `-->`).
 */
function isCommentLine(text: TextLike, s: number, e: number): boolean {
  // The line alone is searched: a `-->` further on in the text is never looked for.
  const line = text.slice(s, e);
  let at = 0;
  while (at < line.length) {
    if (!line.startsWith('<!--', at)) return false;
    const close = line.indexOf('-->', at + 4);
    if (close < 0) return false;
    at = close + 3;
    while (at < line.length && isSpace(line.charCodeAt(at))) at++;
  }
  return true;
}

/** The number of an item label: `(a)` and `(子)` count 1, 2 … like `(一)`. */
function itemNumber(n: string): number | undefined {
  if (n.length === 1) {
    const c = n.charCodeAt(0);
    // `(a)`, `(b)`: lettered sub-paragraphs of conventions are items 1, 2 ….
    if (c >= 0x61 && c <= 0x7a) return c - 0x60;
    if (c >= 0xff41 && c <= 0xff5a) return c - 0xff40;
    // (The branches and stems looked up only for one of theirs (CYCLE_CHAR): most labels are 一, 二 …, and each `indexOf`, a
    // builtin's call, cost ~240 instructions — two a label, ~2,000 a parse of the bench's treaty.)
    if (is(CYCLE_CHAR, c)) {
      const b = BRANCHES.indexOf(n);
      if (b >= 0) return b + 1;
      const t = STEMS.indexOf(n);
      if (t >= 0) return t + 1;
    }
    // `(ⅰ)`, `(ⅱ)`: a roman numeral's one character, as a translation's items are numbered.
    const roman = romanCharValue(c);
    if (roman) return roman;
  }
  // `(ii)`, `(iv)`: a roman sub-list (`(i)`, `(v)`, `(x)` alone are letters here; the parser tells them).
  // (The pattern only for a label opening with one of its letters: asked of every item's label, most of them 一, 二 ….)
  const f = n.charCodeAt(0);
  if ((f === 0x69 || f === 0x76 || f === 0x78) && /^[ivx]+$/.test(n)) return parseRoman(n);
  return parseNumeral(n);
}

/** Skips the closing `**` of an emphasis opened before a label (`**第一条**　宗旨`). */
function afterEmphasis(text: TextLike, at: number, end: number, emphasis: number): number {
  return emphasis && at + 1 < end && text.charCodeAt(at) === emphasis && text.charCodeAt(at + 1) === emphasis ? at + 2 : at;
}

/** An element's opening tag (`<div align=center>`, `<p>`, `<center>`, `<b>`), its name group 1; its closing tag `</name>`. */
const HTML_OPEN = /^<([A-Za-z][A-Za-z0-9]{0,9})(?:[ \t][^<>]{0,80})?>/;

/**
 * The words of a line wholly inside one HTML element (`<div align=center>第一章總則</div>`): their start and end, or
 * undefined when the line is not so wrapped (a tag opening it and another closing it, `<b>甲</b>乙<b>丙</b>`, is not).
 */
function htmlWrapped(text: TextLike, s: number, e: number): [number, number] | undefined {
  if (text.charCodeAt(e - 1) !== 0x3e /* > */) return undefined;
  const m = HTML_OPEN.exec(text.slice(s, Math.min(e, s + 100)));
  if (!m) return undefined;
  const close = `</${m[1]}>`;
  const innerStart = s + m[0].length;
  const innerEnd = e - close.length;
  if (innerEnd <= innerStart || text.slice(innerEnd, e).toLowerCase() !== close.toLowerCase()) return undefined;
  const inner = text.slice(innerStart, innerEnd);
  if (inner.includes('<') || inner.includes('>')) return undefined;
  let a = innerStart;
  let b = innerEnd;
  while (a < b && isSpace(text.charCodeAt(a))) a++;
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  return a < b ? [a, b] : undefined;
}

/** An ASCII digit's code, `0` to `9`. */
export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isEmphasis(text: TextLike, at: number): boolean {
  const a = text.charCodeAt(at);
  return (a === 0x2a || a === 0x5f) && text.charCodeAt(at + 1) === a;
}

export function skipSpaces(text: TextLike, from: number, to: number): number {
  while (from < to && isSpace(text.charCodeAt(from))) from++;
  return from;
}

/** Where the caption (or body) after a label starts: after white space and separating marks. */
function captionStart(text: TextLike, rest: number, end: number): number {
  let from = skipSpaces(text, rest, end);
  for (let marks = 0; from < end && marks < 3 && (is(SEPARATORS, text.charCodeAt(from)) || dunhaoMark(text, from, end)); marks++) from++;
  return skipSpaces(text, from, end);
}

/** Whether the `、` at `at` after a label stands between it and its text, not in a list of references going on from it (`第一条、第二条`, `第一条、附件二`). */
function dunhaoMark(text: TextLike, at: number, end: number): boolean {
  if (text.charCodeAt(at) !== 0x3001) return false;
  const next = skipSpaces(text, at + 1, end);
  if (next >= end) return false;
  const after = foldScript(text.slice(next, Math.min(end, next + 6)));
  return (!GOES_ON_FROM_LABEL.test(after) || NOUN_AFTER_LABEL_MARK.test(after)) && !NUMBERED_ANNEX.test(after);
}

/** Marks written between a label and its caption: `：`, `:`, `．`, `.`, dashes. */
const SEPARATORS = charClass('：:．.—–-－─', 64);

/**
 * What follows a 第…条 label on its line decides whether the line is a heading:
 * nothing, a bracketed caption, or (in a markdown heading) anything → 'caption';
 * white space then text → 'body' (law style `第一条　为了……`) or a short caption;
 * anything else (`第十二条规定的`) → 'running' text that merely begins with a reference.
 */
function restKind(text: TextLike, rest: number, end: number, inHeading: boolean): 'caption' | 'body' | 'running' {
  if (rest >= end) return 'caption';
  if (inHeading) return 'caption';
  const c = text.slice(rest, rest + 1);
  if (c === '（' || c === '(' || c === '【' || c === '[') {
    const close = text.slice(rest, Math.min(end, rest + 40)).search(/[）)】\]]/);
    if (close >= 0 && skipSpaces(text, rest + close + 1, end) >= end) return 'caption';
  }
  // A mark between the label and its caption: `第一章：宗旨及原则`, `第一章 — 总则`, `第一章.`; a `、` (`第一条、双方…`,
  // a page's or a template's) unless references go on after it (`第一条、第二条规定的`, `第三条、四条`).
  let from = skipSpaces(text, rest, end);
  let marks = 0;
  while (from < end && marks < 3 && (is(SEPARATORS, text.charCodeAt(from)) || dunhaoMark(text, from, end))) {
    from++;
    marks++;
  }
  // No space nor mark after the label: a caption glued to it (`第一條引渡之義務`, Taiwan sites and UN model texts) when the
  // line holds a short phrase alone that does not go on from the number as running text does (`第三条规定的`, `第三条至`).
  // (`与…的关系` is a caption whole: `第1.2 条与其他协定的关系`.)
  // (One character glued is no caption: the first of the article's text, a page cut there, `第五條締` under `第四條締約國雙方…`.)
  if (marks === 0 && from === rest) {
    if (inHeading || end - rest < 2 || !isShortCaption(text, rest, end, false, MAX_GLUED_CAPTION)) return 'running';
    const phrase = foldScript(text.slice(rest, end));
    return !GOES_ON_FROM_LABEL.test(phrase) || RELATION_CAPTION.test(phrase) ? 'caption' : 'running';
  }
  from = skipSpaces(text, from, end);
  if (from >= end) return 'caption';
  // A short phrase with no sentence punctuation is a caption: `第一条　宗旨`, `第七条　缔约方大会`; not a
  // sentence cut short by a line break or missing its full stop (`第一条　双方同意在边境` / `地区开展合作…`,
  // `第十条　本协定自签字之日起生效`).
  // …unless it opens a clause (`第五条 根据布隆迪政府`: the first words of a sentence, a page cut there).
  if (isShortCaption(text, from, end, true) && !CLAUSE_OPENING.test(foldScript(text.slice(from, Math.min(end, from + 2))))) return 'caption';
  return 'body';
}

/**
 * A short phrase with no sentence punctuation whose subject does nothing (`宗旨`, `缔约方大会`, not `双方同意在边境`).
 * With `topics`, a caption listing its topics between semicolons, as WIPO's treaties and the UN's caption their
 * final clauses (`签字；语言；保存人的职责`, each of a few characters).
 */
function isShortCaption(text: TextLike, from: number, end: number, topics = false, max = MAX_CAPTION): boolean {
  // (A converter's pinyin after its characters, `語(yǔ)言`, is no part of the caption's length nor of its words.)
  // (Read for every article's line with text after its label: a longer line is given up at once unless a pinyin's bracket is
  // in it; with a converter's pinyin after each character, `(xxxxxx)`, a caption has nine code units a character at most.
  // The brackets made full-width, `領（lǐng）`, the gloss is one still: normalising the punctuation changes no heading.)
  if (end - from > max * 9) return false;
  // (A longer line is a caption only with a gloss among its first max + 1 code units: with none there, none of them is left
  // out. Not read to its end for that: a law's article of one sentence was, to say no.)
  const long = end - from > max;
  if (long && !holdsParen(text, from, from + max + 1)) return false;
  const glossed = long || holdsParen(text, from, end);
  const raw = text.slice(from, end);
  const phrase = glossed ? raw.replace(PINYIN_GLOSS, '') : raw;
  if (phrase.length > max) return false;
  // (A phrase breaking off after 、 goes on on the next line: a list in a sentence, `…分为国务院办公厅、`; so does one with a
  // title left open, `《公民权利和政治权利国际公约》、《经` / `济、社会与文化权利的国际公约》…`, a PDF's line.)
  if (phrase.charCodeAt(phrase.length - 1) === 0x3001) return false;
  if (phrase.includes('《') && phrase.split('《').length > phrase.split('》').length) return false;
  // (Nor one ending on 第, a unit's name cut by the break: `有违反本法第一条、第` / `二条第一款…`.)
  if (phrase.charCodeAt(phrase.length - 1) === 0x7b2c) return false;
  if (/[，。：,:]/.test(phrase) || (/[；;]/.test(phrase) && !(topics && TOPIC_LIST.test(phrase)))) return false;
  return !SENTENCE_SUBJECT.test(foldScript(phrase));
}

/** Whether `from..end` holds a `(`, or a `（` before a small Latin letter (a pinyin gloss's, made full-width). */
function holdsParen(text: TextLike, from: number, end: number): boolean {
  for (let k = from; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x28 || (c === 0xff08 && isPinyinLetter(text.charCodeAt(k + 1)))) return true;
  }
  return false;
}

/** A small Latin letter, with a tone mark or not (what a converter's pinyin is written in). */
function isPinyinLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0xe0 && c <= 0x1dc);
}

/**
 * The longest caption read: twenty characters, as bilateral investment and maritime agreements caption their articles
 * (`缔约一方与缔约另一方投资者之间争议的解决`, `经营权、国内运输和船舶在港口的待遇`).
 */
const MAX_CAPTION = 20;
/** The longest caption glued to its label with no space (`第一條引渡之義務`): a phrase past it is the article's text. */
const MAX_GLUED_CAPTION = 16;

/**
 * The cuts of a line a page joined, with an annex's heading run into its first point cut from it (`…订于维也纳。 附件 一、联合国
 * 秘书长…`: `附件` a line of its own, as a page with its lines gives it, the point `一、` the next): for each part a cut opens
 * with the heading (words.ts ANNEX_RUN_IN), a cut after the heading's white space. `end`: the line's content end.
 */
function withAnnexRunIn(text: TextLike, cuts: number[] | undefined, end: number): number[] | undefined {
  if (cuts === undefined) return cuts;
  let out: number[] | undefined;
  for (let k = 0; k < cuts.length; k += 2) {
    const at = cuts[k];
    const m = text.charCodeAt(at) === 0x9644 /* 附 */ ? ANNEX_RUN_IN.exec(foldScript(text.slice(at, Math.min(end, at + 12)))) : null;
    // (The next cut, if any, is past the point's number: a cut opens with a label, never inside one.)
    if (m) (out ??= cuts.slice(0, k)).push(at, cuts[k + 1], at + m[1].length, 0);
    else out?.push(at, cuts[k + 1]);
  }
  return out ?? cuts;
}

/**
 * Whether `l`, the line right after the bare article number `head` (`第十五条` alone on its line; comment lines
 * between them are not there for the reader, blank lines are: the callers look past comments only), is
 * that article's caption (`生效、有效期和终止`): a plain short phrase, as after the number on its line.
 * The parser also asks that text follows it at once; the model reads the caption from the line the
 * parser left outside the article's paragraphs. A line naming an article (`依照第六条`) is the text's.
 */
export function captionAfterHead(text: TextLike, head: Line | undefined, l: Line): boolean {
  return head !== undefined && head.kind === 'article' && !head.inlineBody && (head.rest === undefined || head.rest >= head.contentEnd) && head.level === 0 &&
    l.kind === 'text' && l.start >= head.end && !l.terminal && !l.glued && isShortCaption(text, l.contentStart, l.contentEnd, true) &&
    !NAMES_ARTICLE.test(text.slice(l.contentStart, l.contentEnd));
}
