// What a drafter adds next: the heading style the document uses for its articles,
// the number the next article takes, and which final clauses the document already has.
// Pure functions of the Treaty; results that scan text are cached per Treaty.
import { Article, Treaty, articleAt, treatyText } from './treaty';
import { formatChinese, formatDecimal, isDecimal } from '../syntax/numerals';
import { ARABIC, FINAL_CHAPTERS, INSTRUMENT_KINDS, PHRASE_CLOSING, DATING_ERAS, SMALL_CN, SUB_NUMERAL, WESTERN_ERA, alternation } from '../syntax/words';
import { foldScript } from '../syntax/script';
import { isPageFooter } from '../syntax/lines';
import { Line, isContent, lastStartingAt } from '../syntax/tree';
import { perModel } from './perModel';
import { trimEnd } from '../syntax/positions';
import type { TextLike } from '../syntax/text';

export interface HeadingStyle {
  /** Markdown heading level (0: a bare line `第一条`). */
  level: number;
  /** Spaces between the characters: `第 十 一 条`. */
  spaced: boolean;
  /** Arabic numbers: `第 13 条` / `第13条`. */
  arabic: boolean;
  /** Joint statements: units are paragraphs `十五、`. */
  paragraphs: boolean;
}

const DEFAULT_STYLE: HeadingStyle = { level: 2, spaced: false, arabic: false, paragraphs: false };

/** The style of an article heading as written. */
export function styleOf(treaty: Treaty, article: Article): HeadingStyle {
  const label = treaty.text.slice(article.label.start, article.label.end);
  const paragraphs = treaty.tree.unitStyle === 'paragraph';
  const arabic = /[0-9０-９]/.test(label);
  // Spaced: a space between 第 and the number, or inside a Chinese number.
  const spaced = !paragraphs && /^第[ \t\u3000]/.test(label);
  return { level: article.head.level, spaced, arabic, paragraphs };
}

/**
 * The heading style to use at an offset: that of the article before it (documents
 * like seed 002 change style midway; the nearest one is what the drafter sees).
 */
export function headingStyleAt(treaty: Treaty, offset: number): HeadingStyle {
  const before = articleBefore(treaty, offset);
  const model = before ?? treaty.articles[0];
  return model ? styleOf(treaty, model) : DEFAULT_STYLE;
}

/** The last article that starts before the offset. */
export function articleBefore(treaty: Treaty, offset: number): Article | undefined {
  const inside = articleAt(treaty, offset);
  if (inside) return inside;
  const list = treaty.articles;
  const found = list[lastStartingAt(list, offset)];
  return found && found.start <= offset ? found : undefined;
}

/**
 * Whether the text sets a blank line between its articles: between any two, or it has one article only. A text with none
 * between any two (its lines printed as they come, treaty_cn_mn_judicial_assistance_1989_page.md) gets none around an
 * article inserted (insertArticle.ts) nor inside one completion writes (completionClauses.ts, completionSnippets.ts).
 */
export function blankBetweenArticles(treaty: Treaty): boolean {
  const articles = treaty.articles;
  if (articles.length < 2) return true;
  // (The text's pieces: completion asks after a keystroke.)
  const text = treatyText(treaty);
  for (let i = 0; i + 1 < articles.length; i++) {
    if (/\n[ \t\u3000\r]*\n/.test(text.slice(trimEnd(text, articles[i].start, articles[i].end), articles[i + 1].start))) return true;
  }
  return false;
}

/** The number the article written at `offset` takes: one after the article before it. */
export function nextArticleNumber(treaty: Treaty, offset: number): number {
  const before = articleBefore(treaty, offset);
  if (!before) return 1;
  if (before.num !== undefined) return before.num + 1;
  // An unparsable label: count the articles up to it.
  return treaty.articles.indexOf(before) + 2;
}

/** The number as the style writes it: 13 → `十三`, `十 三`, `13`. */
export function formatNumber(n: number, style: Pick<HeadingStyle, 'arabic' | 'spaced'>): string {
  // An article numbered by chapter keeps its point and Arabic digits in any style (`1.1`).
  if (isDecimal(n)) return formatDecimal(n);
  if (style.arabic) return String(n);
  const cn = formatChinese(n);
  return style.spaced ? [...cn].join(' ') : cn;
}

/** An article's name as the model gives it: made where the model names its articles (treaty.ts). */
export { articleName } from './treaty';

/** The label alone: `第十三条`, `第 十 三 条`, `第 13 条`, `十五、`. */
export function formatLabel(n: number, style: HeadingStyle): string {
  if (style.paragraphs) return `${formatChinese(n)}、`;
  const num = formatNumber(n, style);
  return style.spaced ? `第 ${num} 条` : `第${num}条`;
}

/** The whole heading line: `## 第十三条`, or the bare label. */
export function formatHeading(n: number, style: HeadingStyle): string {
  const label = formatLabel(n, style);
  return style.level > 0 && !style.paragraphs ? `${'#'.repeat(style.level)} ${label}` : label;
}

export type FinalClause = 'entry-into-force' | 'duration' | 'amendment' | 'disputes';

/** The final clauses, in the order they are usually written (completion offers those a text lacks in it). */
export const FINAL_CLAUSES: readonly FinalClause[] = ['entry-into-force', 'duration', 'amendment', 'disputes'];

/** What each final clause says, in the wording of the seeds. */
const FINAL_CLAUSE_WORDING: Record<FinalClause, RegExp> = {
  'entry-into-force': /(?:之日起|之日|后)[^。；]{0,12}生效|自签字之日起|生效日期/,
  duration: /有效期|无限期有效/,
  amendment: /修改和补充|修改或补充|予以修改|进行修改|修正/,
  disputes: /分歧|争议|争端/,
};

/** Final clauses are the last articles: this many are read. */
const FINAL_WINDOW = 8;

const present = perModel((treaty: Treaty): ReadonlyMap<FinalClause, Article> => {
  const out = new Map<FinalClause, Article>();
  const tail = treaty.articles.slice(-FINAL_WINDOW);
  for (const a of tail) {
    const body = outsideCode(treaty, a.start, Math.min(a.end, a.start + 4000));
    for (const c of FINAL_CLAUSES) if (!out.has(c) && FINAL_CLAUSE_WORDING[c].test(body)) out.set(c, a);
  }
  return out;
});

/** The final clauses the document has, each with the (first) article that holds it; read from its last articles. */
export function finalClausesOf(treaty: Treaty): ReadonlyMap<FinalClause, Article> {
  return present(treaty);
}

/** A sentence saying when an instrument enters into force: `…之日起生效`, `…之日后第三十天生效`, `自签字之日起生效`. */
const ENTRY_INTO_FORCE = /(?:之日起?|之日后|后)[^。；]{0,16}生效|自签字之日起生效/;
/** …and its subject is the instrument itself (`本协定…`, `二、本条约…`, `1. 本公约…`), not a state (`对其生效`). */
const ABOUT_ITSELF = new RegExp(`^(?:[${SMALL_CN}]+、|[0-9]+[.．、]|[（(][${SUB_NUMERAL}]+[）)])?[ \\t\\u3000]*本`);
const FOR_ANOTHER = /对[^。，；]{0,12}生效/;

/**
 * Where an article's sentences start: after its head line, or after its label when the head line
 * holds its first sentence — a law's `第二十六条　本协定自签字之日起生效。`, and a point of a text
 * numbered by points (`八、本修正案自2024年3月1日起施行。`, as the parser reads them: syntax/parser.ts).
 */
function bodyStart(treaty: Treaty, a: Article): number {
  return (a.head.inlineBody || treaty.tree.unitStyle === 'paragraph') && a.head.rest !== undefined ? a.head.rest : a.head.end;
}

/**
 * A law's or a decision's commencement — a date, a day or its promulgation before 施行: `本法自1990年4月4日起施行`,
 * `本规定自公布之日起实施`, `本法于…施行`, `本办法经国务院批准由交通部发布施行` — or what holds before and
 * after it (`本法施行前已经设立的…`). Not any 于 or 自 before 实施: `本法适用于…实施的行为`, `按照各自职责实施`.
 */
const COMMENCEMENT = /[自于从][^。；，]{0,30}?(?:[年月日]|之日|公布|发布|颁布)[^。；，]{0,4}?(?:施行|实施)|(?:公布|发布|颁布)施行|^[^。；，]{0,12}?(?:施行|实施)(?:前|后|以前|以后|之前|之后|之日|时)/;

/** The last article stands in a law's last chapter, its supplementary provisions (`第九章　附　则`: the Basic Laws end so, with no commencement). */
function inFinalChapter(treaty: Treaty): boolean {
  for (let c = treaty.articles[treaty.articles.length - 1]?.chapter; c; c = c.parent) {
    if (c.caption !== undefined && FINAL_CHAPTERS.includes(foldScript(c.caption).replace(/[\s\u3000]/g, ''))) return true;
  }
  return false;
}

/**
 * The text stops short: its last line of text ends mid-sentence (`endsMidSentence`: a letter, a digit, a comma,
 * an opening bracket, a character lost in copying — U+FFFD, a store cut a character's bytes in two — ending a line
 * a sentence runs in) — or a line of its last lines ends with the ellipsis a store's preview cuts its text with
 * (`…定期航... ...`, `……`), its page's footer after it. Not a markdown heading (`## 第三条 争议解决`) nor
 * an article's label alone: a draft's last article not written yet (an item's or a paragraph's number alone is a cut). A text that stops short may well have articles
 * and final clauses past its end. Once per model (the diagnostics ask it twice: final clauses, references past the end).
 */
export const stopsShort = perModel((treaty: Treaty): boolean => {
  const lines = treaty.tree.lines;
  // (The text as it is kept, in pieces after an edit: characters read one by one, never the whole made one string.)
  const text = treatyText(treaty);
  // A page's furniture after the text (`责任编辑：…`, `【打印】【关闭】`) is looked past: the text ends before it.
  const footer = pageFooterStart(treaty);
  if (footer === 0) return false;
  let k = lastStartingAt(lines, footer - 1);
  while (k >= 0 && !isContent(lines[k])) k--;
  if (k < 0) return false;
  const l = lines[k];
  // A paragraph's or an item's number with no words after it (`(二)`, `三、`) opens an entry it does not hold: the
  // text was cut after it (no instrument ends on an empty entry; an article's label alone is a draft's, below).
  if ((l.kind === 'item' || l.kind === 'para') && l.label && l.label.end >= l.contentEnd) return true;
  // (A bare label's line with words after it may be a body the parser took for a caption: `第三条 依文书发出国法律有权主管的当局或`.)
  const bareLabel = l.level > 0 || ((l.kind === 'article' || l.kind === 'chapter') && l.label && l.label.end >= l.contentEnd) || l.contentEnd <= l.contentStart;
  if (!bareLabel && endsMidSentence(text, l)) return true;
  if (!bareLabel && echoCutShort(text, l)) return true;
  // A preview's ellipsis, in the last lines of text (a page's footer may follow it).
  for (let seen = 0; k >= 0 && seen < PREVIEW_WINDOW; k--) {
    const line = lines[k];
    if (!isContent(line)) continue;
    seen++;
    if (endsWithEllipsis(text, line.contentStart, line.contentEnd)) return true;
  }
  return false;
});

/**
 * Where a page's furniture after the text starts (`（责任编辑：王萌萌）`, `【打印】【关闭】`, `分享到：`: lines.ts `isPageFooter`,
 * each on a line of its own, the last lines of the document), or the text's length when none follows it. No check reads it.
 */
export const pageFooterStart = perModel((treaty: Treaty): number => {
  const lines = treaty.tree.lines;
  const text = treatyText(treaty);
  let start = text.length;
  for (let k = lines.length - 1; k >= 0; k--) {
    const l = lines[k];
    if (!isContent(l)) continue;
    if (!isPageFooter(text, l)) break;
    start = l.start;
  }
  return start;
});

/**
 * `l` stops inside a sentence: it ends with a letter or a digit, a comma, a 、, a semicolon, a colon, an opening bracket or quote, or
 * U+FFFD — unless it is a line no sentence runs in: a label with its caption (`第三条　争议解决`, a draft's article not
 * written yet), names set in columns (`王五　　　　赵六`, a signature block), a date alone (`2020年1月1日`).
 */
function endsMidSentence(text: { charCodeAt(i: number): number }, l: Line): boolean {
  if (!MID_SENTENCE.test(String.fromCharCode(text.charCodeAt(l.contentEnd - 1)))) return false;
  // (A caption is a few words; a longer one is a body the parser took for one, cut: `第三条 依文书发出国法律有权主管的当局或`.)
  if ((l.kind === 'article' || l.kind === 'chapter') && !l.inlineBody && l.contentEnd - (l.rest ?? l.contentEnd) <= MAX_CAPTION) return false;
  let run = 0;
  for (let k = l.contentStart; k < l.contentEnd && l.contentEnd - l.contentStart <= MAX_COLUMNS_LINE; k++) {
    const c = text.charCodeAt(k);
    run = c === 0x20 || c === 0x3000 || c === 0x09 ? run + 1 : 0;
    if (run >= 2) return false;
  }
  return !(l.contentEnd - l.contentStart <= MAX_DATE_LINE && DATE_ALONE.test(String.fromCharCode(text.charCodeAt(l.contentEnd - 1))) && isDateLine(text, l));
}

/**
 * `l`, the text's last line, is an article's label and a "caption" that is the first words of a sentence a page cut: words the
 * text wrote before (in its title or preamble), where they go on (`第一条 中国新疆和由巴基斯`, the title and the preamble writing
 * `中国新疆和由巴基斯坦实际控制其防务的…`). A caption names its article's subject in words of its own, whole (`第五条 争端解决`): a
 * heading of five characters and more cut inside a phrase of the text's own is an article's opening sentence, cut.
 */
function echoCutShort(text: TextLike, l: Line): boolean {
  if (l.kind !== 'article' || l.inlineBody || l.rest === undefined) return false;
  const length = l.contentEnd - l.rest;
  if (length < MIN_ECHO || length > MAX_CAPTION || !isHanCode(text.charCodeAt(l.contentEnd - 1))) return false;
  const caption = text.slice(l.rest, l.contentEnd);
  for (let at = text.indexOf(caption); at >= 0 && at < l.start; at = text.indexOf(caption, at + 1)) {
    if (goesOnInPhrase(text, at + length)) return true;
  }
  return false;
}
/**
 * The character at `k`, after words the caption repeats, goes on with them inside one phrase: a Chinese character, not a particle
 * closing the phrase (`边境地区合作的协定`) nor the first of the instrument's kind (`边境地区合作协定`).
 */
function goesOnInPhrase(text: TextLike, k: number): boolean {
  const c = text.charCodeAt(k);
  if (!isHanCode(c) || PHRASE_CLOSING.includes(String.fromCharCode(c))) return false;
  const after = text.slice(k, k + MAX_KIND);
  return !INSTRUMENT_KINDS.some((kind) => after.startsWith(kind));
}
/** How long a kind of instrument is at most, read after a caption's words. */
const MAX_KIND = 8;
/** How long a cut sentence read as a caption is at least for its words to tell it (`定义`, `生效` stand in any preamble's words). */
const MIN_ECHO = 5;

function isHanCode(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

/**
 * A last character that ends no sentence: a letter, a digit, a comma, a 、, a semicolon or a colon (a list's entry,
 * its next entry to come: a text's last never ends so, its last entry ends with 。), an opening bracket or quote, U+FFFD.
 */
const MID_SENTENCE = /[\p{L}\p{N},，、;；:：(（[【《〈“‘「『\ufffd]/u;
/** How long a caption is at most. */
const MAX_CAPTION = 10;
/** How long a line of names set in columns is at most (a long line's white space runs are a paste's, not columns). */
const MAX_COLUMNS_LINE = 40;
/** The last character of a date alone. */
const DATE_ALONE = /[日号號]/;

/** How long a date alone is at most (`大中華民國三十三年十二月二十二日`, its era's name before it). */
const MAX_DATE_LINE = 20;
/** A character of a date alone's numbers: Arabic digits, 〇 ○ 零 and the Chinese digits to 十, white space. */
const DATE_LINE_DIGIT = `[${ARABIC}〇○零${SMALL_CN}\\s]`;
/**
 * A date alone: digits or Chinese numerals, 年, 月, 日, folded (`2020年1月1日`, `二〇二〇年一月一日`, `公元一九九六年七月五日`), or in an
 * era, its year one numeral or 元 too (`中華民國三十八年五月二十日`, `平成十年十一月二十六日`).
 */
const DATE_LINE = new RegExp(`^(?:(?:${alternation(DATING_ERAS.keys())})(?:元|${DATE_LINE_DIGIT}{1,6})|(?:${alternation(WESTERN_ERA)})?${DATE_LINE_DIGIT}{2,6})年${DATE_LINE_DIGIT}{1,4}月${DATE_LINE_DIGIT}{1,4}[日号號]$`);

/** The line is a date alone (`DATE_LINE`). */
function isDateLine(text: { charCodeAt(i: number): number }, l: Line): boolean {
  let s = '';
  for (let k = l.contentStart; k < l.contentEnd; k++) s += String.fromCharCode(text.charCodeAt(k));
  return DATE_LINE.test(foldScript(s));
}
/** How many of its last lines of text a text cut by a preview may show after the cut (a page's footer). */
const PREVIEW_WINDOW = 4;

/**
 * `from..to` ends with an ellipsis after text: `…`, `...`, `……`, `... ...` (with the spaces between) — not after a
 * colon: a blank left to fill (`中华人民共和国政府代表：…………`, a draft's line to sign on), nothing cut.
 */
function endsWithEllipsis(text: { charCodeAt(i: number): number }, from: number, to: number): boolean {
  let dots = 0;
  let k = to - 1;
  for (; k >= from; k--) {
    const c = text.charCodeAt(k);
    if (c === 0x2026) dots += 3;
    else if (c === 0x2e || c === 0xff0e) dots++;
    else if (!(c === 0x20 || c === 0x3000 || c === 0x09)) break;
  }
  if (dots < 3 || k < from) return false;
  const before = text.charCodeAt(k);
  return before !== 0xff1a && before !== 0x3a;
}

/**
 * Whether the text shows its end: a signing clause, the sentence saying when the instrument itself
 * enters into force, a law's commencement (`本法自…起施行`) in its last articles, or its last article
 * in its supplementary provisions (附则). A copy that shows none — a page's first chapters of a law,
 * an agreement copied without its final clauses — may be cut: articles past its last may well exist.
 */
export function showsItsEnd(treaty: Treaty): boolean {
  // (The final chapter asked before the clause of entry into force: a law's 附则 answers at once, without its last articles read.)
  if (treaty.signing || inFinalChapter(treaty) || entryIntoForceOf(treaty)) return true;
  for (const a of treaty.articles.slice(-FINAL_WINDOW)) {
    const from = bodyStart(treaty, a);
    const body = outsideCode(treaty, from, Math.min(a.end, from + 4000));
    // (Every wording of COMMENCEMENT holds 施行 or 实施: a body with neither is not split.)
    if (!body.includes('施行') && !body.includes('实施')) continue;
    for (const raw of body.split(/(?<=[。；])|\n/)) {
      const sentence = raw.replace(/^[\s#*>-]+/, '');
      if (ABOUT_ITSELF.test(sentence) && COMMENCEMENT.test(sentence)) return true;
    }
  }
  return false;
}

/** The text of `from..to` (of `text`: the treaty's, or a copy of it at the same offsets) with a code block's lines (a quotation of other text, syntax/lines.ts) left out, each a line break. */
export function outsideCode(treaty: Treaty, from: number, to: number, text: string = treaty.text): string {
  const lines = treaty.tree.lines;
  let out = '';
  let at = from;
  for (let k = lastStartingAt(lines, from); k < lines.length && lines[k].start < to; k++) {
    const l = lines[k];
    if (l.kind !== 'code') continue;
    out += text.slice(at, Math.max(at, l.start)) + '\n';
    at = Math.max(at, l.end);
  }
  return at === from ? text.slice(from, to) : out + text.slice(Math.min(at, to), to);
}

/**
 * The clause that governs entry into force: in the article whose caption speaks
 * of 生效 (`第十二条　生效`), else in the final articles, the sentence that says
 * from when the instrument itself is in force (not a protocol's, not a new
 * member's, not any sentence with 生效 in it). Without one, undefined.
 */
export function entryIntoForceOf(treaty: Treaty): { article: Article; sentence: string } | undefined {
  return inForce(treaty);
}

/**
 * `entryIntoForceOf`, once per model: the outline asks it (`showsItsEnd`), and a text without a signing clause is
 * asked again by the checks (references past its end, the final clauses) — each time its last articles split into
 * sentences and tried against three patterns (a law's, which holds none, every one of them).
 */
const inForce = perModel((treaty: Treaty): { article: Article; sentence: string } | undefined => {
  const captioned = treaty.articles.filter((a) => a.caption !== undefined && /生效/.test(a.caption));
  for (const a of [...captioned, ...treaty.articles.slice(-FINAL_WINDOW)]) {
    const from = bodyStart(treaty, a);
    const body = outsideCode(treaty, from, Math.min(a.end, from + 4000));
    // (Every wording of ENTRY_INTO_FORCE holds 生效: a body without it, a law's article as a rule, is not split.)
    if (!body.includes('生效')) continue;
    for (const raw of body.split(/(?<=[。；])|\n/)) {
      const sentence = raw.replace(/^[\s#*>-]+|[\s*]+$/g, '');
      if (ENTRY_INTO_FORCE.test(sentence) && ABOUT_ITSELF.test(sentence) && !FOR_ANOTHER.test(sentence)) return { article: a, sentence };
    }
  }
  return undefined;
});
