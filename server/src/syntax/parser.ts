// The treaty grammar: turns classified lines into a lossless block tree.
//
//   document → metadata? title? preamble? unit* signatures? signing? signatures? trailing
//   unit     → chapter (unit*) | article (paragraph*) | section (paragraph*)
//   paragraph→ line+ item*        item → line+ item*   (sub-items: `(i)` under `(a)`, `1.` under `（一）`)
//
// Every line is appended to exactly one block, in order, so the leaves of the
// tree concatenate back to the input. Nothing here throws on any input.
import type { TextLike } from './text';
import { Block, BlockKind, Line, LineKind, Node, Problem, SyntaxTree, isBlankOrComment, isContent, keepShape } from './tree';
import { BRANCHES, Brackets, SIGNATORIES_ACROSS, STEMS, captionAfterHead, isColon, isDigit, isHan, isHyphen, isLatin, isPageFooter, isPageFurniture, skipSpaces, splitBrackets, splitLines, splitTagless, splitUnglued } from './lines';
import { noGluedRows } from './positions';
import { foldCode, foldScript, halfWidthCode, halfWidthForms } from './script';
import { stackedName, SITE_WELCOME, CHAPTER_CAPTIONS, FINAL_CHAPTERS, withoutRemarks, leadTitleEnd, LETTERHEAD_PARTY_END, RESOLUTION, ADOPTION_RECORD, ADOPTED_BY_RESOLUTION, DRAFT_TITLE_WORDS, UN_MASTHEAD, NEGOTIATING_BODY, AMENDING_INSTRUCTION, BRACKETED_FIELD, LENTICULAR_FIELD, BREADCRUMB, CAP_HEADING, RESOLUTION_NUMBER, RESOLUTION_PART, RESOLUTION_OPENING, ADOPTS_BELOW, CONTENTS_HEADING, PUBLISHING_KINDS, SHORT_NAME_REMARK, SHORT_NAME_OF, NEW_TEXT_INTRO, DATING_ERAS, SEALED, COPIES_BY_LANGUAGE, WESTERN_ERA, CONCLUDING_VERBS, DATABASE_LABEL, opensDatabaseLabel, DATE_DIGITS, INSTRUMENT_KINDS, LATIN_SIGNATURE, LAW_KINDS, NAME_LINE, NAMES_ARTICLE, NOTE_CLOSING, NOTE_HEAD, HONORIFIC_OPENING, OCR_ZEROS, PINYIN_GLOSS, POINTS_CLOSING, SIGNING_VERBS, TESTIMONIUM, WHOLE_TEXT_WORDS, WHOLE_TEXT_TAIL, alternation, endingKind, isRulesTitle, stateOf, titleWords, GLUED_LABEL, REPORTS_SIGNING, TEXT_FOLLOWS, ITEM_NUMERAL, LIST_CONJUNCTION, headlineKind, issuedAs, romanCharValue, afterExampleLabel, endsWithExampleLabel, publishedName, sampleHeadingKind, SIGNATURE_MARKS, SITE_BANNER, NAMES_SIGNATORY, HISTORY_LABEL, HISTORY_ENTRY_END, LANGUAGE_EDITION, KIND_TEXT_HEADING, PREAMBLE, NUMBERED_LAW, ACT_PROMULGATION, ACT_SIGNER, SMALL_CN, CAPTION_GOES_ON, captionRestShaped, ARTICLE_SECTION_CAPTION, BIS_HEADING, SELF_REFERENCE, ATTACHED_INSTRUMENT, QING_ERAS, QING_STATE, POINTS_ANNOUNCED, NEWS_DATELINE, MORE_LINK, NEWS_COLUMN_LEAD, BULLETED_FIELD, BODY_LABEL } from './words';
import { FOREIGN_SIGNING, FOREIGN_SIGNING_OPENS, parseRoman } from './foreign';
import { textLanguage } from './language';
import { foreignTitle } from './foreignLines';
import { continuation } from './runs';
import { withSlot } from './memo';
import { numeralIn, parseNumeral } from './numerals';

const CHAPTER_RANK: Record<string, number> = { '部分': 0, '编': 1, '分编': 2, '章': 3, '端': 3, '节': 4 };

/**
 * The year of a date left blank in a draft, to be filled in at the signing (`本议定书于　　年　　月　　日在　　签订`,
 * `于____年__月__日`): white space or underscores where the numbers go, the month and day blank too.
 */
const BLANK_DATE_PART = '[ \\t\\u3000_＿]{1,12}';
const BLANK_DATE = `${BLANK_DATE_PART}(?=年${BLANK_DATE_PART}月${BLANK_DATE_PART}日)`;
/**
 * A signing clause: a date, then in the same clause (no `，` between) 签署/签订/… (or 作准):
 * `本协议于2002年1月17日在北京签署，…`, the date's equivalent in another calendar between commas
 * (`中華民國四十一年四月二十八日，即日本國昭和二十七年四月二十八日，訂於臺北`, `道光二十二年七月二十四日，即英國紀年之
 * 一千八百四十二年八月二十九日，訂於江寧`); or 签署 … 作准 / 同等效力 in one sentence. A verb read as
 * a participle (`与1997年6月27日签订的《…协定》的有效期相同`), alone or joined to another
 * (`一九九二年至二〇〇〇年期间两国元首签署和通过的…声明`, `签署并批准的`), dates another instrument, and so does a place
 * after it (`命令公佈一九二五年六月十七日訂於日內瓦的《…議定書》`, Macao's notice publishing the Geneva Gas Protocol).
 * 之 is the written language's 的: `于一九五五年七月二日签署之议定书第二项` (a note citing the protocol it answers) dates it too.
 * The place after 签于/订于 followed by 的 or 之 and a noun (`一九四四年簽於芝加哥之國際民航公約`, the Chicago Convention named
 * without 《》, here cut by a page) dates the noun; `之日` (the day of) does not, nor 之 inside a place's name (`訂於下之關，`).
 */
const SIGNING = new RegExp(
  `(?:[${DATE_DIGITS}${OCR_ZEROS}]|[于在]${BLANK_DATE})[ \\t\\u3000]*年[^，,；;。]{0,40}?(?:[，,][ \\t\\u3000]*(?:即|亦即)[^，,；;。]{2,40}?[，,]?[ \\t\\u3000]*)?(?:${alternation([...SIGNING_VERBS, '签于', '作准'])})(?![的之]|[和及与并或、][^，,；;。的之]{1,4}[的之])(?![^，,；;。《]{0,20}?[的之][《〈])(?!(?<=于)[^，,；;。]{1,12}?[的之](?!日)[^，,；;。]{3})|(?:${alternation(CONCLUDING_VERBS)})[^。]{0,80}(?:作准|同等效力)` +
    // Or a dated sentence counting its copies by language (`光緒十六年二月二十七日,即西歷…,在孟臘城繕就華、英文各四份,蓋印畫押`,
    // the 1890 Sikkim convention's clause): the copies made that day, the clause's.
    `|[${DATE_DIGITS}${OCR_ZEROS}][ \\t\\u3000]*年[^。]{0,80}?${COPIES_BY_LANGUAGE.source}`,
);
/**
 * The time an instrument stays open for signature, `本议定书直至一九八九年十二月三十一日在马德里开放签字` (folded): the
 * date a deadline, the clause an article's, no signing clause. So is the date from which one has been open
 * (`该公约业自一九六一年四月十八日起听由各国签署`, a preamble recalling another convention; `自…起开放供签署`): the date
 * a start, no signing.
 */
const SIGNATURE_PERIOD_WORD = /直至|截[至止]|起[ \t\u3000]*(?:听由|开放)/;
const SIGNATURE_PERIOD = new RegExp(
  `(?:直至|截至|截止到?)[ \\t\\u3000]*[${DATE_DIGITS}${OCR_ZEROS}][^，,；;。]{0,60}?开放|自[ \\t\\u3000]*[${DATE_DIGITS}${OCR_ZEROS}][^，,；;。]{0,30}?起[ \\t\\u3000]*(?:听由|开放)`,
);
/** Whether the signing clause `SIGNING` finds in `content` is a time open for signature (SIGNATURE_PERIOD) instead (a converter's pinyin, `開(kāi)放`, left out). */
function isSignaturePeriod(content: string): boolean {
  if (!SIGNATURE_PERIOD_WORD.test(content)) return false;
  const words = content.replace(PINYIN_GLOSS, '');
  const period = SIGNATURE_PERIOD.exec(words);
  if (!period) return false;
  const m = SIGNING.exec(words);
  return m !== null && m.index >= period.index && m.index < period.index + period[0].length;
}
/**
 * Whether the signing verb `SIGNING` finds in `content` (folded) has an object naming an instrument by its kind, not this one
 * (`缘,…于一九九九年六月三十日签署技术合作以发展…(…,COSMIC) 协议书 (以下简称本协议书)`: a recital of an implementing text
 * dating the agreement it carries out): what was signed then, no clause of this text. The object runs to the clause's end or to
 * a short name given to it (`(以下简称…)`), bracketed words inside it passed over; `签署本协定`, `签订,一式两份` are clauses.
 */
function signsAnother(content: string): boolean {
  const m = SIGNING.exec(content);
  if (!m || !SIGNING_VERBS.some((v) => m[0].endsWith(v))) return false;
  let i = m.index + m[0].length;
  if (content[i] === '了') i++;
  let object = '';
  let depth = 0;
  for (; i < content.length; i++) {
    const c = content[i];
    if (OPENING_MARK.test(c)) {
      if (depth === 0 && SHORT_NAME_AFTER.test(content.slice(i + 1, i + 4))) break;
      depth++;
    } else if (CLOSING_MARK.test(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && CLAUSE_END.test(c)) break;
    else if (depth === 0 && !/\s/.test(c)) object += c;
  }
  if (object.length < 3 || /^[本该此]/.test(object)) return false;
  const kind = endingKind(titleWords(object));
  return kind !== undefined && object.length > kind.length;
}
/**
 * Whether the date `SIGNING` finds in `content` (folded) follows 关于 (about) in its clause, a few words before it: the date of what
 * the sentence is about (`謹向閣下致意並聲述關於中華民國與薩爾瓦多共和國一九七七年十一月八日簽訂,…之農技合作協定`, a note recalling
 * the agreement it extends), no clause of this text; the 于 of 关于 is no place's. Not past a self-word (`…关于…的协定 本协定于…`).
 */
function datesWhatItIsAbout(content: string): boolean {
  const m = SIGNING.exec(content);
  return m !== null && ABOUT_DATED.test(content.slice(0, m.index));
}
const ABOUT_DATED = /关于[^，,；;。：:本]{0,30}$/;
const OPENING_MARK = /[(（《「“]/;
const CLOSING_MARK = /[)）》」”]/;
const CLAUSE_END = /[，,；;。：:]/;
/** A short name given after a name, in brackets: `(以下简称…)`, `（下称…）`. */
const SHORT_NAME_AFTER = /^(?:以下|下称|下文)/;

/**
 * The languages written in the sentence before a date-place line, the instrument naming itself (`本聯合公報以中文、馬其頓文、英文繕裝,
 * 三種文字正本同一作準` / `中華民國八十八年…訂於台北。`; folded): the clause's, as the copies are. The languages counted in 文字 too
 * (`本協定用中、日、英三國文字繕成`).
 */
const SELF_WRITTEN_IN = /^本[^\s，,。以用]{1,6}?[以用][^。，,；;]{1,40}?[文语]字?[ \t\u3000]*(?:写成|书就|缮)/;

/** Copies written in the sentence before a signing clause: `今將以上條款繕定同文十二分`. */
const COPIES = /(?:一式|同文|缮写?|缮定)[ \t\u3000]*[0-9一二两三四五六七八九十]{1,3}[ \t\u3000]*[份分]/;
/**
 * A testimonium that holds the copies, `為此兩全權代表將本約簽字蓋印，以昭信守，本約用中文…各繕兩份`
 * (folded): the signing clause when no dated line follows it (its date line cut by a page).
 */
const SEALED_WITH_COPIES = new RegExp(`${SEALED}[^。]{0,60}?${COPIES.source}`);
/**
 * The copies counted by language before the seal (words.ts COPIES_BY_LANGUAGE), `因此,以上條約繕為華英文各二份,兩國全權畫押蓋印,以昭信守`
 * (the 1928 Sino-American tariff treaty's; folded): such a testimonium too.
 */
const COPIES_THEN_SEALED = new RegExp(`${COPIES_BY_LANGUAGE.source}[^。]{0,40}?${SEALED}`);
/** Whether the first sentence of a line is such a testimonium (not one run on after the last article's own sentence). */
function opensWithSealed(content: string): boolean {
  const m = SEALED_WITH_COPIES.exec(content) ?? COPIES_THEN_SEALED.exec(content);
  return m !== null && content.lastIndexOf('。', m.index) < 0;
}
const D = `[${DATE_DIGITS} \\t\\u3000]`;
/** A year's digits, also in words with 千 and 百 (`一千九百四十七年`). */
const Y = `[${DATE_DIGITS}千百 \\t\\u3000]`;
/** A year: in an era (`中华民国七十一年`, `平成十年`, `昭和元年`), or two digits and more, in the Western era named or not. */
const YEAR = `(?:(?:${alternation(DATING_ERAS.keys())})[ \\t\\u3000]*(?:元|${Y}{1,12})|(?:${alternation(WESTERN_ERA)})?${Y}{2,12})年`;
const DAY = `${YEAR}${D}{1,4}月(?:${D}{1,4}日)?`;
/**
 * A date-place line ending a joint statement: `1996年7月5日于阿拉木图`; Taiwan's treaties date
 * themselves by the Republic's era, then by the Western calendar:
 * `中華民國七十一年九月廿二日公曆一九八二年九月廿二日于瓜地馬拉城`. A news agency's remark may follow the place,
 * bracketed, on the line and the lines that continue it (`…于阿拉木图（新华社阿拉木图 7 月 5 日` / `电）`): no part of it.
 * A memorandum of talks goes on with its copies and language, no verb: `1986年7月25日于北京，一式两份，用英文写成。`.
 * The verb may stand before 于 (`一九七六年二月二十四日订于巴厘`, `…签订于…`).
 */
const DATE_PLACE = new RegExp(`^${DAY}(?:[，,、 \\t\\u3000]*(?:即|亦即)?${DAY})?[ \\t\\u3000]*(?:签订|签署|订|签)?[于在][^，。,（(]{1,20}?(?:[ \\t\\u3000]*[（(][^（）()]{1,40}[）)]?)?(?:[ \\t\\u3000]*${LATIN_SIGNATURE})?(?:[，,][ \\t\\u3000]*${COPIES.source}[^。]{0,60}。?)?$`);
/** A line that opens with a date: `大中華民國三十三年三月二日…`. */
const DATED = new RegExp(`^${DAY}`);
/** A date to the day and nothing else (folded): `中华民国三十四年八月十四日`, `西历一九四五年八月十四日`. */
const DATE_ALONE = new RegExp(`^${YEAR}${D}{1,4}月${D}{1,4}日$`);

/** A date to the day in a Qing reign (words.ts QING_ERAS; the state's name before it or not, QING_STATE), its month lunar (`正月`, `閏五月`), its first days with 初: nothing else (folded). */
const QING_DAY = `(?:${alternation(QING_STATE)})?(?:${alternation(QING_ERAS)})[ \\t\\u3000]*(?:元|${D}{1,6})年(?:正|闰?${D}{1,3})月初?${D}{1,3}日`;
const QING_DATE_ALONE = new RegExp(`^${QING_DAY}$`);
/**
 * The reign's date and the other side's on one line, spaces between them (`同治十三年九月二十二日 明治七年十月三十一日`, the 1874
 * Sino-Japanese convention's closing as Wikisource prints it): a Qing closing's two dates, each alone on its line elsewhere.
 */
const QING_DATES_PAIRED = new RegExp(`^${QING_DAY}[ \\t\\u3000]+${YEAR}${D}{1,4}月${D}{1,4}日$`);
/** The last line of the dates alone (`isDatedAlone`) one a line from line `i` (one itself) on, blank lines between them. */
function datedRunEnd(text: TextLike, lines: readonly Line[], i: number, n: number): number {
  let last = i;
  for (let j = nextContent(lines, i + 1, n); j < n; j = nextContent(lines, j + 1, n)) {
    if (isDatedAlone(text, lines[j])) {
      last = j;
      continue;
    }
    // Each side's date over its own plenipotentiary (`大清光緒十一年三月初四日` / `特派全權大臣…李鴻章` / `大日本國明治十八年四月
    // 十八日` / `特派全權大使…伊藤博文`, the 1885 Tianjin convention): a signatory's line between two dates goes on with the run,
    // so that the other side's date, the one that dates the reign's lunar day, is the clause's.
    const after = nextContent(lines, j + 1, n);
    if (after < n && isDatedAlone(text, lines[after]) && isSignatureLine(text, lines[j]) &&
      NAMES_SIGNATORY.test(foldScript(text.slice(lines[j].contentStart, lines[j].contentEnd)))) {
      last = after;
      j = after;
      continue;
    }
    break;
  }
  return last;
}

/** Whether line `l` is a date to the day alone, in a Qing reign too (QING_DATE_ALONE): a closing's date line, at most 30 characters. */
function isDatedAlone(text: TextLike, l: Line): boolean {
  if (l.kind !== 'text' || l.contentEnd - l.contentStart > 30 || text.charCodeAt(l.contentEnd - 1) !== 0x65e5 /* 日 */) return false;
  const s = foldScript(text.slice(l.contentStart, l.contentEnd));
  return DATE_ALONE.test(s) || QING_DATE_ALONE.test(s) || QING_DATES_PAIRED.test(s);
}
/** Whether line `l` is a date to the day alone (a note dated with no place under its addressee): at most 30 characters. */
export function isDateAlone(text: TextLike, l: Line): boolean {
  return l.contentEnd - l.contentStart <= 30 && DATE_ALONE.test(foldScript(text.slice(l.contentStart, l.contentEnd)));
}
/** Longest line that can be a signatory in a block written before the date (joint statements). */
const MAX_SIGNATURE_LINE = 40;

export function parse(text: string): SyntaxTree {
  const language = textLanguage(text);
  const foreign = language !== 'zh';
  const lines = splitLines(text, language);
  const unglued = splitUnglued();
  const tagless = splitTagless();
  const brackets = splitBrackets();
  if (!foreign) {
    demoteHeadersThenSettle(text, lines);
  }
  const problems: Problem[] = [];
  const root = newBlock('document');
  const n = lines.length;

  let unitStyle = unitStyleOf(lines);
  // (A database's note on a text of points, its bracket opened before the first point and never closed: the points are the note's,
  // and so are the numbered paragraphs under them — the passes below reading a text of no unit are not asked.)
  // (And a manual's example signed and dated before the first unit, a title naming a kind under it: the units are the next model's.)
  const noteAt = !foreign && unitStyle === 'paragraph' ? demoteUnclosedNote(text, lines) : -1;
  const noted = noteAt >= 0 || (!foreign && unitStyle !== 'none' && demoteNextModel(text, lines));
  if (noted) unitStyle = unitStyleOf(lines);
  // A resolution's operative paragraphs `1.` `2.` …, in a text with no other unit: its points.
  let pageOfPoints = false;
  if (unitStyle === 'none' && !noted) {
    const promoted = promoteNumberedParagraphs(text, lines);
    if (promoted) unitStyle = unitStyleOf(lines);
    pageOfPoints = promoted === 'page';
  }
  // (A lone point `一、` captioned by a few words over its bracketed sub-points, a page cut after its first point: the text's.)
  if (unitStyle === 'none' && !foreign && !noted && (loneCaptionedPoint(text, lines) || lonePointCut(text, lines) || loneAnnouncedPoint(text, lines))) unitStyle = 'paragraph';
  // (Sections `1、` `2、` each over its paragraphs numbered by decimals under it, `1.1` `1.2`: the text's points.)
  if (unitStyle === 'none' && !foreign && !noted && decimalSections(text, lines)) unitStyle = 'paragraph';
  // (A table of contents listing the articles, the page holding no other: read again without them.)
  if (unitStyle === 'article' && demoteTableOfContents(text, lines)) unitStyle = unitStyleOf(lines);
  // (An amending article's new text of the article it amends, its label on a line of its own: the amending article's text.)
  // (What that pass read on the way, when it ran: asked of the lines as it left them — no pass below changes what it read.)
  let quoted: QuotedReading | undefined;
  if (unitStyle === 'article' && !foreign) {
    quoted = readQuotedArticles(text, lines);
    if (quoted.changed) unitStyle = unitStyleOf(lines);
  }
  // (A list quoted in a text of points, its entries bulleted and numbered `一、` anew: the last point's, no points of its own.)
  if (unitStyle === 'paragraph' && demoteListedPoints(text, lines)) unitStyle = unitStyleOf(lines);
  // Lines that open a section holding units: the notes of an exchange, sub-headings among articles.
  const notes = unitStyle === 'article' ? undefined : findNotes(text, lines);
  // (The notes' heads, for the tree; the captions over points join the sections, a set of their own, not them.)
  const noteHeads = notes !== undefined && notes.size !== 0 ? notes : undefined;
  const sections: Set<Line> = notes !== undefined ? new Set(notes.keys()) : findSubheadings(text, lines);
  // (And the captions over points, each on its own line: the sections of a text of points that are no note.)
  if (unitStyle === 'paragraph') for (const caption of findPointCaptions(text, lines)) sections.add(caption);
  // Where points are the units, the chapters over them (`第一章 總則` / `一、合作事項`, a cross-strait agreement's layout).
  const pointChapters = unitStyle === 'paragraph' ? chaptersOverPoints(lines) : undefined;
  // (The kinds first, the set only when it holds a line: asked of every line after the first unit, and most texts have no section.)
  const isUnit = (l: Line) =>
    (unitStyle === 'article' ? l.kind === 'article' || l.kind === 'chapter' : unitStyle === 'paragraph' ? l.kind === 'para' || (l.kind === 'chapter' && pointChapters!.has(l)) : false) || (sections.size !== 0 && sections.has(l));
  // (Articles and no section, most texts: the next unit found by the lines' kinds alone, no call of `isUnit` a line.)
  const onlyArticles = unitStyle === 'article' && sections.size === 0;
  const nextUnit = (from: number, end: number): number => (onlyArticles ? nextArticle(lines, from, end) : nextUnitBy(lines, from, end, isUnit));
  let firstUnit = n;
  for (let i = 0; i < n && firstUnit === n; i++) if (isUnit(lines[i])) firstUnit = i;
  // Annexes (附件) after the articles: their own numbering is not the instrument's.
  let annexAt = firstUnit < n ? findAnnex(text, lines, firstUnit + 1, n, unitStyle === 'paragraph' ? 'para' : 'article', quoted?.lastOne) : n;
  // The last unit before the annexes, looked for from there back (it is near): not a test of every line.
  let lastUnit = -1;
  for (let i = annexAt - 1; i >= firstUnit && lastUnit < 0; i--) if (isUnit(lines[i])) lastUnit = i;
  // A page's furniture closing the document after the last unit (`（责任编辑：王萌萌）`, `【资料来源:http://…】`: lines.ts
  // isPageFooter), no annex after it: the page's, as its label lines above the title are — no paragraph of the last unit.
  // (A database's note never closed, demoteUnclosedNote's, is the page's to the end: no sentence in it is the text's closing.)
  const bodyLimit = noteAt >= 0 ? Math.min(noteAt, annexAt) : annexAt === n && lastUnit >= 0 ? trailingFooter(text, lines, lastUnit + 1, n) : annexAt;

  // Front matter: metadata tags and the title.
  const titleSpan = foreign ? foreignTitle(text, lines, firstUnit) : findTitle(text, lines, firstUnit);
  const titleIndex = titleSpan ? titleSpan[0] : -1;
  const style: ParagraphStyle = {
    arabicParagraphs: unitStyle === 'article' && (quoted ? quoted.arabic : opensWithArabicParagraph(text, lines)),
    // Laws number the items of a chapeau `一、` `二、` (`…具有下列条件之一的：` / `一、…`).
    // A law database's page names the law on its name line (`法規名稱：香港澳門關係條例`) and has no title line.
    lawItems: unitStyle === 'article' && namesLaw(text, lines, titleSpan !== undefined ? lines[titleSpan[1]] : undefined, firstUnit),
    semicolonItems: !foreign,
  };
  let i = 0;
  const frontEnd = titleIndex >= 0 ? titleIndex : firstUnit;
  while (i < frontEnd && isFront(lines[i], titleIndex >= 0)) {
    if (lines[i].kind === 'tag') {
      const meta = newBlock('metadata');
      while (i < frontEnd && (lines[i].kind === 'tag' || (isBlankOrComment(lines[i]) && nextIsTag(lines, i, frontEnd)))) add(meta, lines[i++]);
      add(root, meta);
    } else if (!foreign && isDatabaseLabel(text, lines[i])) {
      // A database's label lines above the title (`来源：《人民日报》…`), as under it: metadata, not the instrument's words.
      const meta = newBlock('metadata');
      while (i < frontEnd && isDatabaseLabel(text, lines[i])) add(meta, lines[i++]);
      add(root, meta);
    } else add(root, lines[i++]);
  }
  if (titleIndex >= 0) {
    while (i < titleIndex) add(root, lines[i++]);
    const title = newBlock('title', lines[i]);
    while (i <= titleSpan![1]) add(title, lines[i++]);
    add(root, title);
  }

  // The closing part: signing clause and signature block.
  const closing = findClosing(text, lines, Math.max(lastUnit, titleSpan ? titleSpan[1] : -1, i - 1) + 1, bodyLimit, foreign);
  // A text of no unit (a note with no head): its annex is looked for after its signing clause's line (`…宋子文 (签字)` / `附件 (一) 关于
  // 本约第二条…双方了解:` / `(甲) …`), a section of its own, neither the clause's sentence going on nor signatories under it.
  if (closing && firstUnit === n && !foreign && !closing.inUnit) {
    annexAt = findAnnex(text, lines, closing.signing + 1, n, 'para');
    if (annexAt < closing.signingEnd) closing.signingEnd = annexAt;
  }
  // An instrument of no article nor point whose own closing stands before the notes exchanged under it (a protocol, then the notes
  // that bring it into force: `…以昭信守。` / `本议定书…订于东京。` / the signatories / `(Ⅰ) 日本国外务大臣…照会`): its closing, then the notes.
  // (Read from its testimonium: a date and a place of signing in the text above it date other instruments, `…在台北签订之…和平条约`.)
  const sealed = !closing && !foreign && unitStyle === 'none' && noteHeads !== undefined && firstUnit < n ? testimoniumBefore(text, lines, Math.max(titleSpan ? titleSpan[1] : -1, i - 1) + 1, firstUnit) : -1;
  let notesAfter = sealed >= 0 ? findClosing(text, lines, sealed, firstUnit) : undefined;
  // Notes headed under an instrument attached to the page's own note (`…一九八一年三月二十日于北京` / `附二: 关于延长…换文的换文` /
  // `(一)我方去文` …): the page's note closes before that heading, dated by its own line, then the attached notes are the units.
  const attached = !notesAfter && !foreign && unitStyle === 'none' && noteHeads !== undefined && firstUnit < n ? attachedExchange(text, lines, firstUnit) : -1;
  if (attached >= 0) notesAfter = findClosing(text, lines, Math.max(titleSpan ? titleSpan[1] : -1, i - 1) + 1, attached);
  const notesFrom = notesAfter && attached >= 0 ? attached : firstUnit;
  let bodyEnd = notesAfter && attached >= 0 ? notesAfter.start : closing ? closing.start : notesAfter ? notesAfter.start : bodyLimit;

  // Preamble: everything before the first unit.
  const preambleEnd = Math.min(firstUnit, bodyEnd);
  // A database's label lines right under the title (`时间：… 来源：…`, `【法规来源】…`) and the records of its adoption
  // and amendment (`2000年12月28日 第九届…会议通过`) are metadata, not the preamble.
  if (titleIndex >= 0 && !foreign) {
    let meta: Block | undefined;
    // (Page furniture between them passed over too: the title repeated under itself, demoted to a break.)
    const next = (k: number): number => {
      while (k < preambleEnd && (isBlankOrComment(lines[k]) || lines[k].kind === 'break')) k++;
      return k;
    };
    for (let j = next(i); j < preambleEnd && (isDatabaseLabel(text, lines[j]) || isAdoptionRecord(text, lines[j])); j = next(i)) {
      if (!meta) {
        while (i < j) add(root, lines[i++]);
        add(root, (meta = newBlock('metadata')));
      }
      while (i <= j) add(meta, lines[i++]);
    }
  }
  while (i < preambleEnd && (isBlankOrComment(lines[i]) || lines[i].kind === 'tag')) add(root, lines[i++]);
  // Only headings before the first article (`## 总则` / `第一条`): sections, as the headings among the articles are, not a preamble.
  if (i < preambleEnd && firstUnit < bodyEnd && onlyHeadings(lines, i, preambleEnd)) {
    while (i < preambleEnd) {
      if (lines[i].kind !== 'heading') add(root, lines[i++]);
      else i = fillParagraphs(headed('section', root, lines[i]), lines, i + 1, nextUnit(i + 1, preambleEnd), undefined, text);
    }
  }
  if (i < preambleEnd) {
    // Headings closing the front, right before the first unit (a judicial interpretation's opening paragraph, then
    // `## 一、受理和管辖` over 第一条): they head the units as the headings among them do, no part of the preamble.
    const headsAt = firstUnit < bodyEnd ? trailingHeadings(lines, i, preambleEnd) : preambleEnd;
    const preamble = newBlock('preamble');
    i = fillParagraphs(preamble, lines, i, headsAt, undefined, text);
    add(root, preamble);
    while (i < preambleEnd) {
      if (lines[i].kind !== 'heading') add(root, lines[i++]);
      else i = fillParagraphs(headed('section', root, lines[i]), lines, i + 1, nextUnit(i + 1, preambleEnd), undefined, text);
    }
  }

  // Units.
  const stack: Block[] = [root]; // open chapters
  for (;;) {
  while (i < bodyEnd) {
    const line = lines[i];
    if ((sections.size !== 0 && sections.has(line)) || (line.kind === 'heading' && unitStyle === 'article' && headsSection(lines, i, bodyEnd, stack))) {
      // A note opens a section at the top; a sub-heading one inside the open chapter (the next sub-heading or chapter closes it),
      // a plain line or a markdown heading below the chapter's (`## 第一章　总则` / `### 一般规定` / `第一条`). A caption of a law's
      // supplementary provisions (附则), its label lost (刑事诉讼法's bare `附则` after 第五编第五章), closes every chapter: those
      // provisions are the law's last division at the top rank, never a part of a chapter (no law of LawRefBook/Laws has a
      // 节 or a chapter of an 编 so captioned).
      // (An added article's heading, its number lost (`分条②`: bisHeading), holds its own words alone, in the open chapter: the next
      // article stands beside it, as the article it follows does.)
      const bis = unitStyle === 'article' && bisHeading(text, lines, i);
      if (unitStyle === 'article' && !finalDivision(text, line)) {
        while (stack.length > 1 && stack[stack.length - 1].kind === 'section') stack.pop();
        // A chapter whose label was lost (`## 第五章 监督管理` … `法律责任` … `## 第七章 附则`) stands beside the one before it.
        const rank = bis ? undefined : lostChapterRank(text, lines, i, bodyEnd, stack, sections);
        if (rank !== undefined) while (stack.length > 1 && (CHAPTER_RANK[stack[stack.length - 1].head?.unit ?? '章'] ?? 3) >= rank) stack.pop();
      } else stack.length = 1;
      const section = headed('section', stack[stack.length - 1], line);
      if (!bis) stack.push(section);
      i = fillParagraphs(section, lines, i + 1, nextUnit(i + 1, bodyEnd), undefined, text);
    } else if (line.kind === 'chapter' && (unitStyle === 'article' || pointChapters?.has(line))) {
      const rank = CHAPTER_RANK[line.unit ?? '章'] ?? 3;
      while (stack.length > 1 && stack[stack.length - 1].kind === 'section') stack.pop();
      while (stack.length > 1 && (CHAPTER_RANK[stack[stack.length - 1].head?.unit ?? '章'] ?? 3) >= rank) stack.pop();
      const chapter = headed('chapter', stack[stack.length - 1], line);
      stack.push(chapter);
      i = fillParagraphs(chapter, lines, i + 1, nextUnit(i + 1, bodyEnd), undefined, text);
    } else if (isUnit(line)) {
      if (line.num === undefined) {
        problems.push({ start: line.label!.start, end: line.label!.end, code: 'syntax.bad-number', message: '无法识别的编号' });
      }
      const next = nextUnit(i + 1, bodyEnd);
      // The last point of a note ends where the note's closing begins: that, the signature and the date
      // are the note's; so does the last point of a memorandum or a statement where a paragraph on all
      // the points begins (`上述条款体现了…`).
      const inNote = unitStyle === 'paragraph' && stack.length > 1 && stack[stack.length - 1].kind === 'section' && sections.has(stack[stack.length - 1].head!);
      // So does the last point right before a note's head in no note (a page that omits the first note's head, `(一)中方去照`,
      // opening at its addressee: what stands before the reply's head is the first note, its closing and signature with it).
      const beforeNote = !inNote && unitStyle === 'paragraph' && next < bodyEnd && noteHeads !== undefined && noteHeads.has(lines[next]);
      const end = inNote || beforeNote ? closingAt(NOTE_CLOSING, text, lines, i + 1, next) : unitStyle === 'paragraph' && next === bodyEnd ? closingAt(POINTS_CLOSING, text, lines, i + 1, next) : next;
      if (line.inlineBody || unitStyle === 'paragraph') {
        // Law style `第一条　正文` and joint-statement `一、正文`: the head line is also the first paragraph.
        const article = newBlock('article', line);
        add(stack[stack.length - 1], article);
        i = fillParagraphs(article, lines, i, end, line, text, style);
      } else {
        i = fillParagraphs(headed('article', stack[stack.length - 1], line), lines, i + 1, end, undefined, text, style);
      }
      if (i < next) i = fillParagraphs(stack[stack.length - 1], lines, i, next, undefined, text);
    } else if (line.kind === 'heading') {
      // Any other heading among the units (annex, appendix) closes the open chapters.
      stack.length = 1;
      i = fillParagraphs(headed('section', root, line), lines, i + 1, nextUnit(i + 1, bodyEnd), undefined, text);
    } else {
      // Lines before the first unit when there is no preamble content (cannot happen) or stray lines.
      add(stack[stack.length - 1], line);
      i++;
    }
  }
  // (The closing before the notes, then the notes as units.)
  if (notesAfter === undefined) break;
  i = addClosing(root, lines, notesAfter, notesFrom);
  notesAfter = undefined;
  bodyEnd = closing ? closing.start : bodyLimit;
  }

  if (closing) i = addClosing(root, lines, closing, Math.min(bodyLimit, annexAt));
  // (The page's furniture after the text: lines of the document's own.)
  while (i < annexAt) add(root, lines[i++]);

  // Annexes: a section per heading; their articles and numbers are plain paragraphs.
  i = Math.max(i, annexAt);
  while (i < n) {
    const line = lines[i];
    if (i === annexAt || line.kind === 'heading') {
      const section = headed('section', root, line);
      let next = i + 1;
      while (next < n && lines[next].kind !== 'heading') next++;
      i = fillParagraphs(section, lines, i + 1, next, undefined, text);
    } else add(root, lines[i++]);
  }

  finish(root);
  if (root.start < 0) root.start = root.end = 0;
  // (Lines none of which is glued are the tree's physical lines: the line map takes them as they are, no pass over them.
  // Told at the end: the memo's slot on the array would give the passes above an array of another shape. Lines some of
  // which are glued get their slot here too, empty until the line map merges them: every tree's lines leave the parser
  // with one shape, whatever the text.)
  if (unglued) noGluedRows(lines);
  else withSlot(lines);
  // Every tree of one shape, each field there (undefined when it does not apply) and in this order (reparse.ts's treeAfter too):
  // a tree with a field the others lacked gave each function reading a tree another hidden class — the model's and the
  // checks' reads of `tree.lines` polymorphic, optimized code deoptimized as a wrong map when a law first had one (infoOf).
  const tree: SyntaxTree = { text, root, lines, problems, unitStyle, language: foreign ? language : undefined, pageOfPoints: pageOfPoints ? true : undefined, tagless: tagless ? true : undefined, notes: noteHeads };
  if (brackets !== undefined) bracketsKept.set(tree, brackets);
  return tree;
}

/** The brackets of each tree a full parse made, as its split found them (`bracketsOf`). */
const bracketsKept = new WeakMap<SyntaxTree, Brackets>();

/**
 * Where every bracket, `（` and `(`, of `tree`'s text is, in order, when a full parse made the tree: the lexer's search for
 * items glued in a line walked them all (lines.ts `WalkedChar`), and the outline reads them there instead of searching the
 * text for them again (features/documentSymbols.ts: two searches of the whole text, each stopping at every character that
 * shares the bracket's high byte — every `，`, `：`, `用`, `在` — ~4 % of the bench's 1 MB parse + outline). Undefined for
 * a tree an edit's re-parse made (syntax/reparse.ts: it splits a region alone) and for a text in another language.
 */
export function bracketsOf(tree: SyntaxTree): Brackets | undefined {
  return bracketsKept.get(tree);
}

/**
 * Where the page's furniture closing the document starts (lines.ts `isPageFooter`, each line of it a text line; blank and comment
 * lines between), not before `from`: `n` when the last line of content is none.
 */
export function trailingFooter(text: TextLike, lines: readonly Line[], from: number, n: number): number {
  let at = n;
  for (let k = n - 1; k >= from; k--) {
    const l = lines[k];
    if (!isContent(l)) continue;
    if (l.kind !== 'text' || !isPageFooter(text, l)) break;
    at = k;
  }
  return translationTail(text, lines, from, at);
}

/** How many lines of another language at least end the page after a post's own words (`translationTail`), and how many letters in all (a PDF's width may break them short). */
const MIN_TAIL_TRANSLATION = 3;
const MIN_TAIL_LETTERS = 24;
/** How many lines of words ending no sentence at least stand between the text's last sentence and the translation (`translationTail`). */
const MIN_TAIL_WORDS = 2;

/**
 * Where a page's own words and the translation after them start, closing the document before `at`, not before `from`; `at` when
 * it does not end so. A forum post quoting an article, then the poster's lines, then the article's English text (`…適用於共同協議所決定
 * 之其他領土。` / `《中美共同防禦條約》早就承認臺灣是中華民國的領土` / `美國爸爸說的話勝過千言萬語` / … / `ARTICLE VI` / `For the
 * purposes of Articles II and V, …`): lines with no Han character to the end (three at least, 24 Latin letters in all), and before them lines of Chinese
 * words none of which ends a sentence (two at least) right after a line that ends one. A paragraph ends its sentence; words that
 * never end one before the page changes language are no paragraph of the last unit, and the translation is none either. (A
 * bilingual page giving each article's English after it has no such words between: its last article keeps its English.)
 */
function translationTail(text: TextLike, lines: readonly Line[], from: number, at: number): number {
  let k = at - 1;
  let tail = 0;
  let letters = 0;
  for (; k >= from; k--) {
    const l = lines[k];
    if (!isContent(l)) continue;
    const n = l.kind === 'text' ? latinLetters(text, l) : -1;
    if (n < 0) break;
    tail++;
    letters += n;
  }
  if (tail < MIN_TAIL_TRANSLATION || letters < MIN_TAIL_LETTERS) return at;
  let words = 0;
  let start = at;
  for (; k >= from; k--) {
    const l = lines[k];
    if (!isContent(l)) continue;
    if (l.kind !== 'text' || l.terminal || !holdsHan(text, l)) break;
    words++;
    start = k;
  }
  return words >= MIN_TAIL_WORDS && k >= from && lines[k].terminal && endsWithStop(text, lines[k]) ? start : at;
}

/** How many Latin letters line `l` holds; -1 when it holds a Han character. */
function latinLetters(text: TextLike, l: Line): number {
  let latin = 0;
  for (let i = l.contentStart; i < l.contentEnd; i++) {
    const c = text.charCodeAt(i);
    if (isLatin(c)) latin++;
    else if (isHan(c)) return -1;
  }
  return latin;
}

/** Whether line `l` holds a Han character. */
function holdsHan(text: TextLike, l: Line): boolean {
  for (let i = l.contentStart; i < l.contentEnd; i++) if (isHan(text.charCodeAt(i))) return true;
  return false;
}

/** Sets every block's range from its children (blocks are attached before they are filled) and drops empty blocks. */
export function finish(b: Block): void {
  // In place: no new arrays for the thousands of blocks of a long treaty.
  const children = b.children;
  let kept = 0;
  for (let i = 0; i < children.length; i++) {
    const c = children[i];
    if (c.type === 'block') {
      finish(c);
      if (c.children.length === 0) continue;
    }
    // Written back only once a block was dropped before it (no store, and no write barrier, for every child).
    if (kept !== i) children[kept] = c;
    kept++;
  }
  if (kept !== children.length) children.length = kept;
  if (b.children.length > 0) {
    b.start = b.children[0].start;
    b.end = b.children[b.children.length - 1].end;
  }
}

export function newBlock(kind: BlockKind, head?: Line): Block {
  return { type: 'block', kind, start: -1, end: -1, children: [], head };
}

/**
 * A block whose first child is `first`: a paragraph or an item mostly holds one line, and a
 * children array made with it is one element long (an empty one grows to sixteen on the first push).
 */
function blockOf(kind: BlockKind, head: Line | undefined, first: Line): Block {
  return { type: 'block', kind, start: -1, end: -1, children: [first], head };
}
// (A block kept for its shape: syntax/tree.ts keepShape.)
keepShape(newBlock('document'));

function add(parent: Block, node: Node): void {
  parent.children.push(node);
}

/** A block opened by its head line (a chapter, article or section heading), attached to `parent`. */
function headed(kind: BlockKind, parent: Block, line: Line): Block {
  const block = newBlock(kind, line);
  add(block, line);
  add(parent, block);
  return block;
}

/** Longest line that can be a running header: a title repeated at the top of each page. */
const MAX_HEADER = 100;
/** Longest short header (not the title) beside a page number, and marks it never has. */
const MAX_RUNNING_HEADER = 40;
const HEADER_MARKS = /[，。；：、,;:！？!?]/;

/**
 * Page furniture of a text pasted from a PDF, besides page numbers (lines.ts): running headers.
 * After the title, a text line (or a run of lines) that repeats the whole title, and a short
 * line without punctuation that stands next to a page number (blank lines between), twice or
 * more and beside at least half the page numbers (a header is on most pages), are page breaks:
 * never a paragraph, a sub-heading or a sentence's end.
 */
export function demoteRunningHeaders(text: TextLike, lines: Line[]): void {
  demoteHeadersSettled(text, lines, undefined);
}

/**
 * `demoteRunningHeaders`, then `settleLabelledLines` — read in one pass over the lines where the text has fewer than two page
 * numbers (nearly every text: no line is a header then but those repeating the title, and that pass makes those): a line's
 * labels are settled once the title's repeats can no longer make it or the line above it a page break (`LabelSettler`).
 * With two page numbers or more, the settling is undone before the lines beside them are read as headers, and done again
 * after: those read a line's kind as the title's repeats left it. (A pass over a long text's lines costs their loading:
 * ~2 % of a parse of the bench's 1 MB treaty, s56parse.)
 */
function demoteHeadersThenSettle(text: TextLike, lines: Line[]): void {
  const settler = new LabelSettler(true);
  demoteHeadersSettled(text, lines, settler);
}

function demoteHeadersSettled(text: TextLike, lines: Line[], settler: LabelSettler | undefined): void {
  let first = lines.length;
  for (let i = 0; i < first; i++) {
    const k = lines[i].kind;
    if (k === 'article' || k === 'chapter' || k === 'para') first = i;
  }
  const span = findTitle(text, lines, first);
  // A title on a database's name line (`法規名稱: …`), when no line is the title: its words as a header repeats them.
  const named = span ? undefined : nameLineTitle(text, lines, first);
  const parts: string[] = [];
  if (span) {
    for (let i = span[0]; i <= span[1]; i++) if (isContent(lines[i])) parts.push(titleContentOf(text, lines[i]));
  } else if (named) parts.push(halfWidthForms(named.title));
  const pages = demoteTitleRepeats(text, lines, span ? span[1] + 1 : named ? named.at + 1 : lines.length, parts, settler);
  if (pages < 2) return;
  settler?.undo();
  // Lines beside page numbers, by their text: demoted when one text stands beside two or more.
  const beside = new Map<string, number[]>();
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.kind !== 'text' || l.terminal || l.contentEnd - l.contentStart > MAX_RUNNING_HEADER) continue;
    const side = pageBreakSide(text, lines, i);
    if (!side) continue;
    const content = contentOf(text, l);
    // A header names the document or its part; a line of running text (`犯前款罪，对首要分子或者罪行`) has punctuation.
    if (HEADER_MARKS.test(content)) continue;
    // On the same side of its page numbers each time: a header opens a page, a footer closes one (a line
    // of running text that happens to stand once after a page number and once before another is neither).
    const key = side + content;
    const at = beside.get(key);
    if (at) at.push(i);
    else beside.set(key, [i]);
  }
  // A running header is on most pages: beside at least half the page numbers.
  for (const at of beside.values()) if (at.length >= 2 && at.length * 2 >= pages) for (const i of at) lines[i].kind = 'break';
  if (settler) settleLabelledLines(text, lines);
}

/**
 * The lines from `from` on that repeat the title (its lines' words `parts`: `repeatsTitle`) made page breaks, and the page
 * numbers of `lines` counted, as the text gives them (before any header is made one): one pass over the lines, not two. (A
 * function of its own, its loop the whole of it: V8 compiled the long loop of `demoteRunningHeaders` on the stack, and that
 * code, kept, met the test after the loop with no feedback and was thrown away again on every parse.)
 */
function demoteTitleRepeats(text: TextLike, lines: Line[], from: number, parts: readonly string[], settler: LabelSettler | undefined): number {
  const whole = parts.join('');
  const opening = whole.charCodeAt(0);
  let pages = 0;
  // Lines before `settled` are settled (`settler`): every line up to the one read, once read — a run of repeats starts at
  // the line read and makes none before it a page break, and settling makes none one or one no longer (repeatsTitle and
  // pageBreakSide read the lines before a line only for that).
  let settled = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.kind === 'break') {
      if (isPageFurniture(text, l)) pages++;
    } else if (i >= from && l.kind === 'text' && halfWidthCode(text.charCodeAt(l.contentStart)) === opening) {
      // (Only a text line opening with the title's first character can repeat it, as repeatsTitle tests first: the
      // others, nearly every line, are not asked — a call each was ~1 % of a parse + outline of the bench's 1 MB treaty.)
      const run = repeatsTitle(text, lines, i, parts, whole);
      // Indexed: an iterator over the frozen empty run, on every line, cost more than the test.
      for (let k = 0; k < run.length; k++) lines[run[k]].kind = 'break';
      // (Read on after the run: the lines it passed over, blank or comments, are no page numbers, and its own were text.)
      if (run.length) i = run[run.length - 1];
    }
    if (settler) for (; settled <= i; settled++) settler.settle(text, lines, settled);
  }
  return pages;
}

/**
 * An article's label right under a running header, read by lines.ts `continuesCitation` as the article of an instrument the
 * line above names going on (`中华人民共和国政府和越南社会主义共和国政府` / `关于边境口岸及其管理制度的协定` / `第六条 经双方…`:
 * a PDF page's title over the page's first article, whose number jumps past the articles read because one was moved): the
 * header, now known (page furniture, no sentence), breaks nothing off — the label is a heading, as under a page number.
 * (continuesCitation reads no line a page break: a line demoted so keeps its label and number, and is the only text line
 * that does when this runs, the first of the parser's demotions.)
 */
function headingUnderHeader(l: Line, above: Line): boolean {
  return l.kind === 'text' && l.num !== undefined && l.label !== undefined && above.kind === 'break';
}

/**
 * The parser's first readings of labelled lines after the running headers, in one pass over the lines: an article's label
 * under a header made a heading (`headingUnderHeader`), a Hong Kong ordinance's heading before any article made text
 * (`isCapHeading`), an amending bill's instruction made text (`isAmendingInstruction`). Each was a pass of its own, and a
 * pass over a long text's lines costs their loading (the bench's 1 MB treaty: 21,244 lines of 72 bytes; ~1 % of its parse
 * a pass, s55parse). Read as the three passes read them one after the other: each line's promotion first, then whether it
 * is the first article (which ends the ordinance's heading's search) before its demotion; none of them makes a line a page
 * break or one no longer, and a line's promotion looks at the line above only for that.
 */
function settleLabelledLines(text: TextLike, lines: Line[]): void {
  const settler = new LabelSettler(false);
  for (let i = 0; i < lines.length; i++) settler.settle(text, lines, i);
}

/** `settleLabelledLines`' reading of one line after another, from the first; what it changed kept when `logged`, to be undone. */
class LabelSettler {
  private beforeArticle = true;
  /** The last line of a licence note's list, made a break with its introduction: the lines up to it are settled. */
  private settledThrough = -1;
  private readonly changed: Line[] = [];
  private readonly was: LineKind[] = [];
  constructor(private readonly logged: boolean) {}

  /** Settles line `i` (the lines before it settled). */
  settle(text: TextLike, lines: readonly Line[], i: number): void {
    if (i <= this.settledThrough) return;
    const l = lines[i];
    // (Every reading below is of a text, article or chapter line: half a long text's lines are blank.)
    if (l.kind !== 'text' && l.kind !== 'article' && l.kind !== 'chapter') return;
    if (i > 0 && headingUnderHeader(l, lines[i - 1])) this.make(l, 'article');
    if (this.beforeArticle) {
      if (l.kind === 'article') this.beforeArticle = false;
      else if (isCapHeading(text, l)) this.make(l, 'text');
    }
    if (isAmendingInstruction(text, l)) this.make(l, 'text');
    // A site's note quoting a law in a list under the law's name (a wiki's licence note after the text: `中華民國《著作權法》:` /
    // `- 第九條(著作權標的之限制)` / `- 一、憲法、法律、命令或公文。`): the page's furniture, as a wiki's edit link is (lines.ts), no
    // unit nor words of the text (an export prints none of it).
    // (The colon after the name's `》` or an article's `条`, as QUOTED_LAW_INTRO has it, read before the regex: a lead to a list,
    // `…开展合作：`, ends with a colon too, and the regex ran on each.)
    const last = l.kind === 'text' ? text.charCodeAt(l.contentEnd - 1) : 0;
    const before = last === 0x3a || last === 0xff1a ? text.charCodeAt(l.contentEnd - 2) : 0;
    if ((before === 0x300b /* 》 */ || before === 0x6761 /* 条 */ || before === 0x689d /* 條 */) && QUOTED_LAW_INTRO.test(text.slice(l.contentStart, l.contentEnd))) {
      // (Comment lines between the entries are no part of the list, nor do they end it.)
      let j = nextNonComment(lines, i + 1, lines.length);
      if (j < lines.length && isBulleted(text, lines[j])) {
        this.make(l, 'break');
        for (; j < lines.length && isBulleted(text, lines[j]); j = nextNonComment(lines, j + 1, lines.length)) {
          this.make(lines[j], 'break');
          this.settledThrough = j;
        }
      }
    }
  }

  /** The kinds it changed given back, the last change first; settling starts again from the first line. */
  undo(): void {
    for (let k = this.changed.length - 1; k >= 0; k--) this.changed[k].kind = this.was[k];
    this.changed.length = this.was.length = 0;
    this.beforeArticle = true;
    this.settledThrough = -1;
  }

  private make(l: Line, kind: LineKind): void {
    if (this.logged) {
      this.changed.push(l);
      this.was.push(l.kind);
    }
    l.kind = kind;
  }
}
// (One kept for its shape: syntax/tree.ts keepShape.)
keepShape(new LabelSettler(false));

/** A line naming a law to quote it, nothing else: `中華民國《著作權法》:`, `澳門《第43/99/M號法令》第六條:` (a jurisdiction before it at most). */
const QUOTED_LAW_INTRO = /^[^，。；,;《》]{0,12}《[^》]{1,30}》(?:第[^，。；]{1,8}[条條])?[：:]$/;

/** Whether line `l` is an item of a markdown list: `- ` or `* ` before its content. */
function isBulleted(text: TextLike, l: Line): boolean {
  if (l.contentEnd <= l.contentStart || l.contentStart < l.start + 2) return false;
  const b = text.charCodeAt(l.contentStart - 2);
  return (b === 0x2d || b === 0x2a) && text.charCodeAt(l.contentStart - 1) === 0x20;
}

/**
 * The first of the lines before `first` and before the first unit (an article, chapter or numbered
 * paragraph), among the first 20 text lines, that is a database's name line naming a kind
 * (`法規名稱: …議定書`): its index and the title's words, white space removed.
 */
export function nameLineTitle(text: TextLike, lines: readonly Line[], first: number): { at: number; title: string } | undefined {
  for (let i = 0, seen = 0; i < first && seen < 20; i++) {
    const l = lines[i];
    if (l.kind === 'article' || l.kind === 'chapter' || l.kind === 'para') return undefined;
    if (l.kind !== 'text') continue;
    seen++;
    const m = NAME_LINE.exec(text.slice(l.contentStart, Math.min(l.contentEnd, l.contentStart + 20)));
    // (A compilation's number before the name, `附一:`, heads the page only: model/treaty.ts namedTitle.)
    if (!m || (seen > 3 && text.charCodeAt(l.contentStart) === 0x9644 /* 附 */)) continue;
    const title = text.slice(l.contentStart + m[0].length, l.contentEnd).replace(/[ \t\u3000]+/g, '');
    if (endingKind(titleWords(title))) return { at: i, title };
  }
  return undefined;
}

/**
 * Whether the document is a law (法, 条例 …: its `一、` after a chapeau are items) by its title's last line, or, without a
 * title, by a law database's name line before line `first` (`法規名稱：…條例`). The full and the incremental parse ask so.
 */
export function namesLaw(text: TextLike, lines: readonly Line[], titleLine: Line | undefined, first: number): boolean {
  const words = titleLine ? text.slice(titleLine.contentStart, titleLine.contentEnd) : nameLineTitle(text, lines, first)?.title ?? '';
  return LAW_KINDS.has(endingKind(titleWords(words)) ?? '');
}

function contentOf(text: TextLike, l: Line): string {
  return text.slice(l.contentStart, l.contentEnd).replace(/[ \t\u3000]+/g, '');
}

/**
 * A line's content as a title and its repetitions are compared: `contentOf` with full-width forms read as half-width (a title
 * `…的解释(二)` is repeated by `…的解释（二）`: the half-width fix, made in one of them, must not make the other text or furniture).
 */
export function titleContentOf(text: TextLike, l: Line): string {
  return halfWidthForms(contentOf(text, l));
}

/** No lines (one array for every line that repeats nothing: the test runs on every line). */
const NONE: readonly number[] = Object.freeze([]);

/** Most lines a title repeated under itself is broken into (`最高人民法院` / `关于审理…适用法律` / `若干问题的解释`). */
const MAX_TITLE_LINES = 6;

/**
 * The lines from `i` that repeat the title — all of it on one line, its lines in order, or its words broken into
 * lines of their own (a document's own heading under a page's one-line title) — or none.
 */
export function repeatsTitle(text: TextLike, lines: readonly Line[], i: number, parts: readonly string[], whole: string): readonly number[] {
  const l = lines[i];
  // (A line longer than a header repeats the title only whole and beside a page number: a long title, `…關於對二〇〇八年…《…協定》
  // 的修訂議定書`, printed over each page of a PDF as it stands.)
  const long = l.contentEnd - l.contentStart > MAX_HEADER;
  if (l.kind !== 'text' || (long && l.contentEnd - l.contentStart > 2 * whole.length) || whole.length < 4) return NONE;
  // Cheap tests first: a line opening with another character than the title repeats nothing; one shorter than the
  // title's first line, only as the first of the title's words broken otherwise (no stop at its end).
  if (halfWidthCode(text.charCodeAt(l.contentStart)) !== whole.charCodeAt(0)) return NONE;
  if (long && pageBreakSide(text, lines, i) === '') return NONE;
  const short = l.contentEnd - l.contentStart < Math.min(whole.length, parts[0].length);
  if (short && l.terminal) return NONE;
  const c = titleContentOf(text, l);
  if (c === whole) return [i];
  if (long) return NONE;
  if (!short && parts.length >= 2 && c === parts[0]) {
    const run = [i];
    let j = i + 1;
    for (let p = 1; p < parts.length; p++) {
      while (j < lines.length && isBlankOrComment(lines[j])) j++;
      if (j >= lines.length || lines[j].kind !== 'text' || titleContentOf(text, lines[j]) !== parts[p]) return NONE;
      run.push(j++);
    }
    return run;
  }
  if (c.length < 2 || c.length >= whole.length || !whole.startsWith(c)) return NONE;
  const run = [i];
  let got = c.length;
  for (let j = i + 1; got < whole.length && run.length < MAX_TITLE_LINES; j++) {
    while (j < lines.length && isBlankOrComment(lines[j])) j++;
    if (j >= lines.length || lines[j].kind !== 'text' || lines[j].contentEnd - lines[j].contentStart > MAX_HEADER) break;
    const d = titleContentOf(text, lines[j]);
    if (!d || !whole.startsWith(d, got)) break;
    got += d.length;
    run.push(j);
  }
  if (got === whole.length) return run;
  // The title's own words without what the page printed after them on the title line (a site's name, the parties and
  // date of a database's table row: `…划界协定 中华文库`), up to its kind, at a page's top or foot: a running header.
  return endingKind(titleWords(c)) !== undefined && pageBreakSide(text, lines, i) !== '' ? [i] : NONE;
}

/** Where the line at `i` stands next to a page break, blank lines between: after it (`^`, a page's top), before it (`_`), or neither (''). */
function pageBreakSide(text: TextLike, lines: readonly Line[], i: number): '^' | '_' | '' {
  let j = i - 1;
  while (j >= 0 && lines[j].kind === 'blank') j--;
  if (j >= 0 && isPageFurniture(text, lines[j])) return '^';
  j = i + 1;
  while (j < lines.length && lines[j].kind === 'blank') j++;
  return j < lines.length && isPageFurniture(text, lines[j]) ? '_' : '';
}

/** Longest sub-heading standing alone between articles: `组织`, `职权`, `投票`, `程序`. */
const MAX_SUBHEADING = 12;
/** Longest caption of a part over points numbered through the parts (`十一、执行的中止、终结、结案和执行回转`). */
const MAX_PART_CAPTION = 40;
const SUBHEADING_MARKS = /[，。；：、,.;:()（）《》“”"「」!?！？]/;

/**
 * Unnumbered sub-headings among articles: a short line without punctuation standing alone
 * (a blank line or a heading before it) right before an article heading.
 */
function findSubheadings(text: TextLike, lines: Line[]): Set<Line> {
  const out = new Set<Line>();
  let seenUnit = false;
  // The number the next numbered part heading takes, once the first article stands under `一、…` (0: none).
  let part = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.kind === 'article' || l.kind === 'chapter') {
      if (!seenUnit && l.kind === 'article') {
        const first = partHeadingBefore(text, lines, i);
        if (first >= 0) {
          out.add(lines[first]);
          part = 2;
        }
      }
      seenUnit = true;
      continue;
    }
    // (A part heading is a numbered paragraph's line, a sub-heading a text line: the other lines, half of them blank, are not asked.)
    if (!seenUnit || (l.kind !== 'para' && l.kind !== 'text')) continue;
    if (part > 0 && l.kind === 'para' && l.num === part && isPartHeading(text, lines, i)) {
      out.add(l);
      part++;
    } else if (part === 0 && l.kind === 'para' && l.num !== undefined && l.num > 1 && !numberedAbove(lines, i, l.num - 1) && isPartHeading(text, lines, i)) {
      // A page opening inside a treaty divided into numbered parts (`第二十四條…` / `四、最後條款` / `第二十五條…`, a gazette's
      // page): a part heading numbered past one that no paragraph of the article before it leads up to is no paragraph of it.
      out.add(l);
      part = l.num + 1;
    } else if (isSubheading(text, lines, i) || bisHeading(text, lines, i)) out.add(l);
  }
  return out;
}

/**
 * The line heading an instrument attached to the page's own, right over the first note's head (blank lines between), when its
 * words are an attachment's label and an instrument's title (words.ts ATTACHED_INSTRUMENT, a kind ending them: `附二: 关于延长一九八一年
 * 三月二十日换文有效期限的换文` over `(一)我方去文`); -1 when none is. Asked only of a text whose units are notes alone.
 */
function attachedExchange(text: TextLike, lines: readonly Line[], firstUnit: number): number {
  let k = firstUnit - 1;
  while (k >= 0 && isBlankOrComment(lines[k])) k--;
  const l = lines[k];
  if (!l || l.kind !== 'text' || text.charCodeAt(l.contentStart) !== 0x9644 /* 附 */ || l.contentEnd - l.contentStart > 80) return -1;
  const words = foldScript(text.slice(l.contentStart, l.contentEnd));
  const label = ATTACHED_INSTRUMENT.exec(words);
  return label && endingKind(titleWords(words.slice(label[0].length))) !== undefined ? k : -1;
}

/** How many lines above the first note a testimonium is looked for (`testimoniumBefore`). */
const TESTIMONIUM_REACH = 8;

/** The last line from `from` before `to` (within TESTIMONIUM_REACH lines of it) that is a testimonium (words.ts TESTIMONIUM); -1 when none is. */
function testimoniumBefore(text: TextLike, lines: readonly Line[], from: number, to: number): number {
  for (let k = to - 1; k >= from && to - k <= TESTIMONIUM_REACH; k--) {
    const l = lines[k];
    if (l.kind === 'text' && TESTIMONIUM.test(foldScript(text.slice(l.contentStart, Math.min(l.contentEnd, l.contentStart + 200))))) return k;
  }
  return -1;
}

/** Longest line the heading of an added article with its number lost stands on (words.ts BIS_HEADING: `分条②`). */
const MAX_BIS_HEADING = 8;

/**
 * Whether line `i`, after the first article, heads an article added after the one above whose number the copy lost (words.ts
 * BIS_HEADING: `分条②` alone under article 3's last paragraph): a section of the chapter, as a sub-heading is, but closed by the
 * next article — the added article's words (its editor's note, its paragraphs `一、…`) are no paragraphs of article 3.
 */
export function bisHeading(text: TextLike, lines: readonly Line[], i: number): boolean {
  const l = lines[i];
  if (l.kind !== 'text' || l.contentEnd - l.contentStart > MAX_BIS_HEADING || text.charCodeAt(l.contentStart) !== 0x5206 /* 分 */) return false;
  if (!BIS_HEADING.test(foldScript(text.slice(l.contentStart, l.contentEnd)))) return false;
  // (After an article's sentence, not inside one: a paragraph's last line ended.)
  let k = previousNonComment(lines, i);
  while (k >= 0 && lines[k].kind === 'blank') k = previousNonComment(lines, k);
  return k >= 0 && (lines[k].kind === 'article' || endsSentence(text, lines[k]));
}

/** Whether a paragraph numbered `num` stands between line `i` and the unit heading above it (the article's own paragraphs). */
function numberedAbove(lines: readonly Line[], i: number, num: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const l = lines[k];
    if (l.kind === 'article' || l.kind === 'chapter') return false;
    if (l.kind === 'para' && l.num === num) return true;
  }
  return false;
}

/**
 * A judicial interpretation's parts (`一、管辖` / `第一条 …` … `二、回避` / `第四十三条 …`, the Supreme People's Court's
 * 民事诉讼法 interpretation): a numbered heading of a few words, no punctuation, on its own line right before an
 * article, after a blank line or a sentence's end. Read so only where the first article stands under `一、…`, and
 * numbered on from it: a law's item `三、其他` before the next article is no part.
 */
export function isPartHeading(text: TextLike, lines: readonly Line[], i: number): boolean {
  const l = lines[i];
  if (l.kind !== 'para' || l.terminal || l.indent || !l.label || l.contentEnd - l.label.end > MAX_SUBHEADING || l.contentEnd <= l.label.end) return false;
  if (SUBHEADING_MARKS.test(text.slice(l.label.end, l.contentEnd))) return false;
  const prev = lines[previousNonComment(lines, i)];
  if (prev !== undefined && prev.kind !== 'blank' && prev.kind !== 'break' && prev.kind !== 'heading' && !endsSentence(text, prev)) return false;
  return isArticleAt(lines, nextContent(lines, i + 1, lines.length));
}

/** The line of the part heading `一、…` right before the first article at `i` (isPartHeading), or -1. */
function partHeadingBefore(text: TextLike, lines: readonly Line[], i: number): number {
  let k = i - 1;
  while (k >= 0 && isBlankOrComment(lines[k])) k--;
  return k >= 0 && lines[k].kind === 'para' && lines[k].num === 1 && isPartHeading(text, lines, k) ? k : -1;
}

/** The first line in `from`–`to` that opens a closing (`closing`: a note's `如蒙阁下复照确认…`, `顺致…敬意`; a paragraph on all the points), or `to`. */
/** Characters of a line's head a closing is read in. */
const CLOSING_HEAD = 40;

function closingAt(closing: RegExp, text: TextLike, lines: readonly Line[], from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const l = lines[i];
    if (l.kind !== 'text' || l.level) continue;
    // The line's head, long enough for a resolution's dated adoption line (`2003年11月24日安全理事会第4872次会议`).
    if (closing.test(foldScript(text.slice(l.contentStart, Math.min(l.contentEnd, l.contentStart + CLOSING_HEAD))))) return i;
    if (closing === NOTE_CLOSING && closesAcrossHonorifics(text, lines, i, to)) return i;
  }
  return to;
}

/** How many lines a sentence broken before honorifics is read over (`closesAcrossHonorifics`). */
const HONORIFIC_LINES = 4;

/**
 * Whether the sentence opening line `i` is a note's closing broken before the addressee's honorific (抬頭: `關於上列各項所述之諒解,
 * 倘荷` / `貴部長函復證實,本照會與` / `貴部長復照,即成為上述友好同盟條約之一部分。`, Taiwan's law database's copy of the 1945
 * Sino-Soviet notes): the line ends no sentence and the next opens with an honorific (words.ts HONORIFIC_OPENING); the lines so
 * joined, up to the sentence's end, hold a clause the closing words open (NOTE_CLOSING after a comma: `本照會與貴部長復照`). A
 * closing's clause after other words is read only in a sentence so broken, the mark of a note's formal closing.
 */
function closesAcrossHonorifics(text: TextLike, lines: readonly Line[], i: number, to: number): boolean {
  let sentence = '';
  let joined = 0;
  // (Comment lines between passed over, as the parser passes over them everywhere.)
  for (let k = i; joined < HONORIFIC_LINES; joined++) {
    const l = lines[k];
    if (l.kind !== 'text' || l.level) return false;
    sentence += text.slice(l.contentStart, l.contentEnd);
    if (endsSentence(text, l)) break;
    k = nextNonComment(lines, k + 1, to);
    const next = lines[k];
    if (k >= to || next.kind !== 'text' || !HONORIFIC_OPENING.test(foldScript(text.slice(next.contentStart, Math.min(next.contentEnd, next.contentStart + 8))))) return false;
  }
  if (joined === 0) return false;
  const folded = foldScript(sentence);
  for (let at = folded.search(CLAUSE_MARK); at >= 0; ) {
    const rest = folded.slice(at + 1);
    if (NOTE_CLOSING.test(rest)) return true;
    const next = rest.search(CLAUSE_MARK);
    at = next < 0 ? -1 : at + 1 + next;
  }
  return false;
}

/** Whether lines `from`–`to` hold markdown headings and nothing else but blank lines and comments. */
function onlyHeadings(lines: readonly Line[], from: number, to: number): boolean {
  let seen = false;
  for (let i = from; i < to; i++) {
    const l = lines[i];
    if (l.kind === 'heading' && l.level > 0 && l.contentEnd > l.contentStart) seen = true;
    else if (!isBlankOrComment(l)) return false;
  }
  return seen;
}

/**
 * Where a run of markdown headings (blank lines and comments between them) ending the lines `from`…`to` begins, text
 * before it: the headings a front's text ends with. `to` when the lines end with no heading or hold nothing but headings.
 */
function trailingHeadings(lines: readonly Line[], from: number, to: number): number {
  let k = to;
  let at = to;
  while (k > from) {
    const l = lines[k - 1];
    if (l.kind === 'heading' && l.level > 0 && l.contentEnd > l.contentStart) at = k - 1;
    else if (!isBlankOrComment(l)) break;
    k--;
  }
  return k > from ? at : to;
}

/** Whether a caption line is that of a law's supplementary provisions (`附则`, `附　则`), its label lost. */
function finalDivision(text: TextLike, l: Line): boolean {
  return captionOneOf(text, l, FINAL_CHAPTERS, 4);
}

/** Whether a line of at most `max` characters is one of `captions` (folded, spaces removed: `附　则`, `罰則`). */
function captionOneOf(text: TextLike, l: Line, captions: readonly string[], max: number): boolean {
  return l.contentEnd - l.contentStart <= max && captions.includes(foldScript(text.slice(l.contentStart, l.contentEnd)).replace(/[\s\u3000]/g, ''));
}

/**
 * The rank of the chapter whose label was lost, when the caption at line `i`, read as a section, is one: undefined when it
 * is a section. Either the open chapter's first sub-heading, with k - 1 others before the next chapter, and that chapter
 * numbered k + 1 past the open one (`## 第五章 监督管理` … `法律责任` … `## 第七章 附则`: the law's 第六章; 53 laws of
 * LawRefBook/Laws so written with one, each read: 法律责任, 烈士的评定, 农业技术推广体系, a 节's in 深圳经济特区数据条例; more
 * with two or more) — the open chapter's rank (the captions after it then close it as this one did). Or a caption only a
 * law's chapter carries (words.ts CHAPTER_CAPTIONS: `法律责任`, `罚则`; none of the laws' 1,681 so captioned is a 节) under a 章, unless the next chapter is numbered next after that 章 (郑州市燃气管理条例's
 * `法律责任` after `## 第七章 燃气安全`, a bare `附则` after it) — the rank of a 章.
 */
function lostChapterRank(text: TextLike, lines: readonly Line[], i: number, end: number, stack: readonly Block[], sections: ReadonlySet<Line>): number | undefined {
  const open = stack[stack.length - 1];
  const head = open.kind === 'chapter' ? open.head : undefined;
  if (head?.num !== undefined && !open.children.some((c) => c.type === 'block' && c.kind === 'section')) {
    // `captions`: this one and those after it before the next chapter (深圳经济特区绿色建筑条例: `规划和建设`, `运行和改造`
    // between 第一章 and 第四章, each a chapter).
    let captions = 1;
    for (let j = i + 1; j < end; j++) {
      const l = lines[j];
      if (l.kind === 'chapter') {
        if (l.unit === head.unit && l.num === head.num + captions + 1) return CHAPTER_RANK[head.unit ?? '章'] ?? 3;
        break;
      }
      if (l.kind === 'heading') break;
      if (sections.has(l)) captions++;
    }
  }
  if (!isChapterCaption(text, lines[i])) return undefined;
  let k = stack.length - 1;
  while (k > 0 && !(stack[k].kind === 'chapter' && (stack[k].head?.unit ?? '章') === '章')) k--;
  const chapter = k > 0 ? stack[k].head : undefined;
  if (chapter?.num === undefined) return undefined;
  for (let j = i + 1; j < end; j++) {
    const next = lines[j];
    if (next.kind === 'chapter' && (next.unit ?? '章') === '章') return next.num === chapter.num + 1 ? undefined : CHAPTER_RANK['章'];
  }
  return CHAPTER_RANK['章'];
}

/** Whether a caption line is one only a law's chapter carries (words.ts CHAPTER_CAPTIONS: `法律责任`, `罚　则`). */
export function isChapterCaption(text: TextLike, l: Line): boolean {
  return captionOneOf(text, l, CHAPTER_CAPTIONS, 6);
}

/**
 * Whether the markdown heading at line `i` is a section of the open chapter: the chapter's own
 * heading is a markdown heading of a higher rank (fewer `#`), and an article follows the heading.
 */
function headsSection(lines: readonly Line[], i: number, end: number, stack: readonly Block[]): boolean {
  let k = stack.length - 1;
  while (k > 0 && stack[k].kind === 'section') k--;
  const chapter = k > 0 ? stack[k].head : undefined;
  if (!chapter?.level || lines[i].level <= chapter.level) return false;
  let j = i + 1;
  while (j < end && isBlankOrComment(lines[j])) j++;
  return j < end && lines[j].kind === 'article';
}

/** Whether line `i`, after the first article or chapter, is a sub-heading (see findSubheadings). */
export function isSubheading(text: TextLike, lines: readonly Line[], i: number): boolean {
  const l = lines[i];
  if (!captionShaped(l)) return false;
  const k = previousNonComment(lines, i);
  const prev = k >= 0 ? lines[k] : undefined;
  // In a text pasted without blank lines (a web page's paragraphs, one a line), a caption stands
  // between a sentence's end and the article right after it: `…过境。` / `公务旅行` / `第五条 …`.
  const run = prev !== undefined && prev.kind !== 'blank' && prev.kind !== 'chapter' && prev.kind !== 'break';
  // (The next line's index is lines.length when none is: not read, an out-of-bounds read deoptimizes the function.)
  if (run && !(prev.kind !== 'heading' && endsSentence(text, prev) && isArticleAt(lines, nextNonComment(lines, i + 1, lines.length)))) return false;
  if (!isArticleAt(lines, nextContent(lines, i + 1, lines.length))) return false;
  return captionWords(text, l) && !goesOnCaption(text, lines, i);
}

/**
 * Whether line `i` goes on with the caption of the chapter heading above it (one blank line between at most), which a line break
 * cut after a word joining it to more (words.ts CAPTION_GOES_ON, captionRestShaped: `## 第二章 听取和审议人民政府、人民法院和` / `` /
 * `人民检察院的专项工作报告`, 监督法 2006 in LawRefBook/Laws): no sub-heading of the chapter, but the rest of its name, as the model
 * reads it (model/treaty.ts chapterCaption) — the outline then shows no section of it.
 */
function goesOnCaption(text: TextLike, lines: readonly Line[], i: number): boolean {
  let k = previousNonComment(lines, i);
  if (k >= 0 && lines[k].kind === 'blank') k = previousNonComment(lines, k);
  const head = k >= 0 ? lines[k] : undefined;
  if (head === undefined || head.kind !== 'chapter' || head.rest === undefined || head.rest >= head.contentEnd) return false;
  const l = lines[i];
  return CAPTION_GOES_ON.test(foldScript(text.slice(head.rest, head.contentEnd).trim())) && captionRestShaped(text.slice(l.contentStart, l.contentEnd).trim());
}

/** A line shaped as a caption on a line of its own: plain text, short, not indented, no closing mark. */
function captionShaped(l: Line): boolean {
  return l.kind === 'text' && !l.terminal && !l.indent && l.contentEnd - l.contentStart <= MAX_SUBHEADING;
}

/**
 * A caption's words: no mark of a list or a clause (SUBHEADING_MARKS), and no article named — a line naming one
 * (`本协定第六条`) is the text's: a renumbering must not change what it is.
 */
function captionWords(text: TextLike, l: Line): boolean {
  const content = text.slice(l.contentStart, l.contentEnd);
  return !SUBHEADING_MARKS.test(content) && !NAMES_ARTICLE.test(content);
}

/**
 * Captions over a text's points, each on a line of its own (a memorandum's `修正` / `14.本备忘录经…可随时修改。`): a short
 * line without punctuation, after a sentence's end or a blank line, right before the point numbered on from the last one,
 * read as sub-headings among articles are (findSubheadings) — the next point's, not a last paragraph of the point before it.
 */
function findPointCaptions(text: TextLike, lines: Line[]): Line[] {
  const out: Line[] = [];
  let last: number | undefined;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.kind === 'para') last = l.num;
    if (last === undefined || !captionShaped(l)) continue;
    const next = lines[nextContent(lines, i + 1, lines.length)];
    if (next === undefined || next.kind !== 'para' || next.num !== last + 1) continue;
    const prev = lines[previousNonComment(lines, i)];
    if (prev !== undefined && prev.kind !== 'blank' && prev.kind !== 'break' && !endsSentence(text, prev)) continue;
    if (captionWords(text, l)) out.push(l);
  }
  return out;
}

/** The heads of the notes of an exchange of notes: `(一)中方去文`, `对方来文`, `我方复照`, each on a line of its own. */
function findNotes(text: TextLike, lines: Line[]): Map<Line, Line | undefined> {
  const out = new Map<Line, Line | undefined>();
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.kind === 'text' && l.contentEnd - l.contentStart > 50) {
      // A head broken by a width whose end runs on into the note's first words after a space (`一 中華民國駐西班牙于大使焌吉致西班牙`
      // / `外交部部長馬丁亞達和之照會 逕啟者: 依據…`, a Taiwan law site's exchange): the labelled line above is the head.
      const k = previousNonComment(lines, i);
      const above = k >= 0 ? lines[k] : undefined;
      if (above !== undefined && !out.has(above) && headRunsOn(text, above, l)) {
        // (Numbered as a point, `一 `, it is the note's head and no point: its label is the note's number.)
        if (above.kind === 'para') above.kind = 'text';
        out.set(above, l);
      }
      continue;
    }
    if ((l.kind !== 'text' && l.kind !== 'item' && l.kind !== 'heading') || l.contentEnd - l.contentStart > 50) continue;
    const c = text.charCodeAt(l.contentEnd - 1);
    if (c !== 0x6587 /* 文 */ && c !== 0x7167 /* 照 */ && c !== 0x4f1a /* 会 */ && c !== 0x6703 /* 會 */ && c !== 0xff09 && c !== 0x29) continue;
    const head = foldScript(text.slice(l.contentStart, l.contentEnd));
    if (!NOTE_HEAD.test(head)) continue;
    // A head broken by a database's width (`(甲) 蘇聯外交人民委員部莫洛托夫部長致中華民國國民政府外交部王部` / `長照會`): the line
    // its label opens is the head, the few words under it ending with 照會 its rest.
    const k = previousNonComment(lines, i);
    const above = k >= 0 ? lines[k] : undefined;
    if (above && l.contentEnd - l.contentStart <= 8 && (above.kind === 'text' || above.kind === 'item') && !above.terminal && !out.has(above) &&
      NOTE_LABEL.test(text.slice(above.contentStart, Math.min(above.contentEnd, above.contentStart + 8))) &&
      NOTE_HEAD.test(foldScript(text.slice(above.contentStart, above.contentEnd)) + head)) {
      out.set(above, l);
      continue;
    }
    out.set(l, undefined);
  }
  return out;
}

/**
 * Whether `above` is a note's head a width broke whose end opens line `l` and runs on into the note's words after white space
 * (`一 中華民國駐西班牙于大使焌吉致西班牙` / `外交部部長馬丁亞達和之照會 逕啟者: …`): `above` short, ending no sentence and labelled
 * (NOTE_LABEL, or a point's bare numeral and a space, `一 `, who wrote to whom then named), `l`'s words before its first white space (a few) ending with a note's
 * word (照會, 來文 …), and the two a note's head (NOTE_HEAD). Asked of long text lines in a text not of articles: the line above's
 * kind and length first.
 */
function headRunsOn(text: TextLike, above: Line, l: Line): boolean {
  if ((above.kind !== 'text' && above.kind !== 'item' && above.kind !== 'para') || above.terminal || above.contentEnd - above.contentStart > 40) return false;
  const opening = text.slice(above.contentStart, Math.min(above.contentEnd, above.contentStart + 8));
  if (!(above.kind === 'para' ? BARE_NOTE_LABEL.test(opening) : NOTE_LABEL.test(opening))) return false;
  let ws = l.contentStart;
  const end = Math.min(l.contentEnd, l.contentStart + 21);
  while (ws < end && !isSpaceCode(text.charCodeAt(ws))) ws++;
  if (ws === end || ws - l.contentStart < 2) return false;
  const c = text.charCodeAt(ws - 1);
  if (c !== 0x6587 /* 文 */ && c !== 0x7167 /* 照 */ && c !== 0x4f1a /* 会 */ && c !== 0x6703 /* 會 */) return false;
  const head = foldScript(text.slice(above.contentStart, above.contentEnd) + text.slice(l.contentStart, ws));
  // (Under a point's numeral, who wrote to whom named too, `…致…照會`, `…復…照會`: a point a width broke after `來文` and a space,
  // `一 締約雙方應互相通知各自收到之` / `來文 並予答覆。`, is none.)
  return NOTE_HEAD.test(head) && (above.kind !== 'para' || WRITES_TO.test(head));
}

/** Who wrote to whom in a note's head (folded): `…致…`, `…复…`, `…覆…`. */
const WRITES_TO = /[致复覆]/;

/** A point's bare numeral and white space opening a note's head (`一 中華民國駐西班牙…`). */
const BARE_NOTE_LABEL = /^[一二三四五六七八九十]{1,3}[ \t\u3000]/;

/** A note head's label: a numeral or a heavenly stem in brackets (`(一)`, `(甲)`). */
const NOTE_LABEL = /^[（(][ \t\u3000]*(?:[一二三四五六七八九十]{1,3}|[甲乙丙丁])[ \t\u3000]*[）)]/;

/** The first line at or after `i` that is not an HTML comment (`end` when none is). */
function nextNonComment(lines: readonly Line[], i: number, end: number): number {
  while (i < end && (lines[i].kind === 'comment' || lines[i].kind === 'code')) i++;
  return i;
}

/** The last line before `i` that is not an HTML comment (-1 when none is). */
function previousNonComment(lines: readonly Line[], i: number): number {
  let k = i - 1;
  while (k >= 0 && (lines[k].kind === 'comment' || lines[k].kind === 'code')) k--;
  return k;
}

/** The first line at or after `i` that is neither blank nor a comment (`end` when none is). */
/** Whether `lines[k]` is an article's line; false past the end (no out-of-bounds read). */
function isArticleAt(lines: readonly Line[], k: number): boolean {
  return k < lines.length && lines[k].kind === 'article';
}

function nextContent(lines: readonly Line[], i: number, end: number): number {
  while (i < end && isBlankOrComment(lines[i])) i++;
  return i;
}

/** A database's label line (`发布日期：2009-06-17`, `【法规来源】…`): the lexicon's labels, on a plain line. */
function isDatabaseLabel(text: TextLike, l: Line): boolean {
  return l.kind === 'text' && opensDatabaseLabel(foldCode(text.charCodeAt(l.contentStart))) && DATABASE_LABEL.test(foldScript(text.slice(l.contentStart, Math.min(l.contentEnd, l.contentStart + 80))));
}

/** Longest record of adoption read (one in brackets may list every amendment: `（…通过　根据…第一次修正　…第七次修正）`). */
const MAX_RECORD = 600;

/** Whether line `l` is a record of adoption or amendment (words.ts ADOPTION_RECORD): metadata under a title, whose citations are read. */
export function isAdoptionRecord(text: TextLike, l: Line): boolean {
  return l.kind === 'text' && l.contentEnd - l.contentStart <= MAX_RECORD && ADOPTION_RECORD.test(text.slice(l.contentStart, l.contentEnd));
}

function nextIsTag(lines: Line[], i: number, end: number): boolean {
  i = nextContent(lines, i, end);
  return i < end && lines[i].kind === 'tag';
}

function isFront(line: Line, hasTitle: boolean): boolean {
  return hasTitle || isBlankOrComment(line) || line.kind === 'tag';
}

function nextUnitBy(lines: Line[], from: number, end: number, isUnit: (l: Line) => boolean): number {
  for (let i = from; i < end; i++) {
    const l = lines[i];
    if (isUnit(l) || l.kind === 'heading') return i;
  }
  return end;
}

/** `nextUnitBy` where the units are the articles and chapters, no line a section's: the kinds read, nothing called. */
function nextArticle(lines: Line[], from: number, end: number): number {
  for (let i = from; i < end; i++) {
    const kind = lines[i].kind;
    if (kind === 'article' || kind === 'chapter' || kind === 'heading') return i;
  }
  return end;
}

/**
 * An amending bill's instruction opening a line (`第3條現予修訂──`, `第四条现予废除。`): the amended instrument's article
 * named, no article of the bill (references read it as text).
 */
function isAmendingInstruction(text: TextLike, l: Line): boolean {
  if (l.kind !== 'article' || !l.label || l.label.end >= l.contentEnd) return false;
  // (The words looked at only where 现/現 opens them, white space before it: a law's every `第一条　…` line passes here.)
  const c = text.charCodeAt(skipSpaces(text, l.label.end, l.contentEnd));
  return (c === 0x73b0 /* 现 */ || c === 0x73fe /* 現 */) && AMENDING_INSTRUCTION.test(foldScript(text.slice(l.label.end, Math.min(l.contentEnd, l.label.end + 8))));
}

/**
 * A Hong Kong ordinance's heading (`第 1 章 - 释义及通则条例`: its chapter number in the Laws, a hyphen, its name ending
 * with a kind of instrument), before any article: the page's heading naming the ordinance, its title, no chapter of it.
 */
function isCapHeading(text: TextLike, l: Line): boolean {
  if (l.kind !== 'chapter' || text.charCodeAt(l.contentStart) !== 0x7b2c /* 第 */) return false;
  const s = text.slice(l.contentStart, l.contentEnd);
  const m = CAP_HEADING.exec(s);
  return m !== null && !!endingKind(titleWords(s.slice(m[0].length)));
}

/**
 * A law's table of contents (目录) lists its chapters before the first article:
 * `第一章　总则` … then the same `第一章` again as a real heading. The listed lines are text.
 * Whether it listed articles too (`listedArticles`), made text.
 */
function demoteTableOfContents(text: TextLike, lines: Line[]): boolean {
  // A chapter line naming the articles it holds lists a chapter that is not in the text: `第二章　會員（第三條至第六條）`.
  // Not when the first article it names heads the next unit: an excerpt's heading over the articles it names
  // (`## 第四部 第二編 中國（第一百二十八至一百三十四條）` / `### 第一百二十八條`, the Treaty of Versailles' Shandong articles).
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.kind !== 'chapter' || l.rest === undefined || l.rest >= l.contentEnd) continue;
    const m = ARTICLE_RANGE.exec(foldScript(text.slice(l.rest, Math.min(l.contentEnd, l.rest + 120))));
    if (m && !headsNext(lines, i, m[1])) l.kind = 'text';
  }
  const listed = listedArticles(text, lines);
  for (const l of listed) if (l.kind === 'article' || l.kind === 'chapter') l.kind = 'text';
  if (listed.length) return true;
  const labels = listedLabels(text, lines);
  for (const l of labels) l.kind = 'text';
  if (labels.length) return true;
  let first = -1;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.kind === 'article') return false;
    if (l.kind !== 'chapter' || l.num === undefined) continue;
    if (first < 0) first = i;
    else if (l.unit === lines[first].unit && l.num === lines[first].num) {
      for (let j = first; j < i; j++) if (lines[j].kind === 'chapter') lines[j].kind = 'text';
      return false;
    }
  }
  return false;
}

/**
 * An amending protocol writes the new text of the article it amends after `协定第五条修改为：`, often
 * unquoted, the article's label on a line of its own (`第五条　常设机构`): the article lines after such
 * a line (NEW_TEXT_INTRO, at the end of a line of one of the text's own articles) are the amending
 * article's text — the first one whatever its number, the next ones until the article the text's own
 * numbering goes on with (or a chapter). Whether any was made text.
 *
 * Two questions the parser asks of the lines as this pass leaves them are answered in it too (readQuotedArticles): whether an article
 * opens its text with a paragraph `1.` (`opensWithArabicParagraph`), and the last article numbered 1 (findAnnex's look for
 * one below a line). No pass after this one and before those questions changes a line's kind, number or text on its line
 * (demoteListedPoints, in a text of points, makes points items), and a pass over a long text's lines of its own costs their
 * loading again: ~2 % of a parse of the bench's 1 MB treaty each, s56parse.
 */
export function demoteQuotedArticles(text: TextLike, lines: Line[]): boolean {
  return readQuotedArticles(text, lines).changed;
}

/**
 * What `demoteQuotedArticles` did and read of the lines it left: whether it made any text, whether an article opens with a
 * paragraph `1.`, and the index of the last article numbered 1 (-1: none).
 */
interface QuotedReading {
  changed: boolean;
  arabic: boolean;
  lastOne: number;
}

/** `demoteQuotedArticles`, with what it read on the way (QuotedReading). */
function readQuotedArticles(text: TextLike, lines: Line[]): QuotedReading {
  let own: number | undefined;
  // The line read before, once one of the text's own articles came: whether it introduces new text is asked only of the
  // line before an article or a chapter (a text's every line's last character was read, most of them for nothing).
  let before: Line | undefined;
  let quoting = false;
  let changed = false;
  // (The last content line read was an article's heading without its text on its line: whether the next content line is
  // a paragraph `1.` is asked, as opensWithArabicParagraph asks it. Tag lines are no content and pass as blank lines do.)
  let opens = false;
  let arabic = false;
  let lastOne = -1;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.kind === 'blank' || l.kind === 'comment' || l.kind === 'code' || l.kind === 'break') continue;
    if (l.kind === 'tag') {
      before = own !== undefined ? l : undefined;
      continue;
    }
    // (An item is never made text here: its kind now is its kind after the pass.)
    if (opens && !arabic && l.kind === 'item' && isArabicParagraph(text, l)) arabic = true;
    opens = false;
    if (l.kind === 'article' && l.num !== undefined) {
      if (own !== undefined && ((before !== undefined && introducesNewText(text, before)) || (quoting && (l.num !== own + 1 || l.sub !== undefined)))) {
        l.kind = 'text';
        quoting = true;
        changed = true;
      } else {
        own = l.num;
        quoting = false;
      }
    } else if (l.kind === 'chapter') {
      if (before !== undefined && introducesNewText(text, before)) {
        // A chapter or section the new text adds, its heading first (宪法修正案（2018年）'s `…增加一节，作为第七节“监察委员会”；增加
        // 五条，…内容如下：` / `第七节 监察委员会` / `第一百二十三条 …`): the amending article's text, and so are the articles under
        // it (the line before it still the one asked).
        l.kind = 'text';
        quoting = true;
        changed = true;
        continue;
      }
      quoting = false;
    }
    if (l.kind === 'article') {
      opens = !l.inlineBody;
      if (l.num === 1 && l.sub === undefined) lastOne = i;
    }
    before = own !== undefined ? l : undefined;
  }
  return { changed, arabic, lastOne };
}

/** Whether the line `l` ends with the words before an amended article's new text (NEW_TEXT_INTRO: `…修改为：`). */
export function introducesNewText(text: TextLike, l: Line): boolean {
  // Only a line ending in a colon or an opening quotation mark is read (one comparison for most lines).
  const last = l.contentEnd > l.contentStart ? text.charCodeAt(l.contentEnd - 1) : 0;
  return (last === 0xff1a || last === 0x3a || last === 0x201c || last === 0x300c || last === 0x22) &&
    NEW_TEXT_INTRO.test(foldScript(text.slice(Math.max(l.contentStart, l.contentEnd - 12), l.contentEnd)));
}

/** A table's entry: short, no stop nor comma (`序言`, `A分节 适用于所有船舶的规则`, `第二条 领海及其上空、海床和底土的法律地位`). */
const ENTRY = /^[^，,。；;：:！？]{1,48}$/;
/** A table's entry that lists an article: `第一条 用语和范围`. */
const LISTED_ARTICLE = /^第[^条\s]{1,12}[条條]/;

/**
 * The lines of a table of contents under `目录` (that line first) that lists the articles too (`第一条 用语和范围`, a
 * convention's or a code's), when it lists two at least: up to its first entry listed again (the text's
 * own heading) or to a line of text; none otherwise. Its chapter and article lines are text
 * (`demoteTableOfContents`), and no reference is read on them (model/references.ts: `textOnly`, the
 * lines read after that, all text).
 */
export function listedArticles(text: TextLike, lines: readonly Line[], textOnly = false): Line[] {
  let at = -1;
  for (let i = 0; i < lines.length && at < 0; i++) {
    const l = lines[i];
    if (l.kind === 'article') return [];
    if (l.kind === 'text' && l.contentEnd - l.contentStart <= 5 && CONTENTS_HEADING.test(text.slice(l.contentStart, l.contentEnd))) at = i;
  }
  if (at < 0) return [];
  // (The 目录 line with them: a run of lines read from it would go on over the entries.)
  const entries: Line[] = [lines[at]];
  const seen = new Set<string>();
  const key = (l: Line) => `${l.kind}${l.unit ?? ''}${l.num}${l.sub ?? ''}`;
  let listed = 0;
  for (let i = at + 1; i < lines.length; i++) {
    const l = lines[i];
    if (!isContent(l)) continue;
    const heading = !textOnly && (l.kind === 'article' || l.kind === 'chapter');
    // An entry listed again: the text's own headings start here.
    if (heading && seen.has(key(l))) break;
    const words = text.slice(heading && l.label ? l.label.end : l.contentStart, l.contentEnd).trim();
    if (!(l.kind === 'text' || heading) || (words && !ENTRY.test(words))) break;
    if (heading) seen.add(key(l));
    if (l.kind === 'article' || LISTED_ARTICLE.test(foldScript(text.slice(l.contentStart, Math.min(l.contentEnd, l.contentStart + 16))))) listed++;
    entries.push(l);
  }
  return listed >= 2 ? entries : [];
}

/**
 * A table of contents with no `目录` above it: article labels alone, one a line with no line between them (a page's
 * list of links to its articles: `第一條` / `第二條` / … `第五十三條`), three at least, numbered in order, the first
 * of them labelled again after the run (the text's own heading). Its lines; none otherwise. `textOnly`: the same
 * lines once `demoteTableOfContents` made them text, before the first article (model/references.ts reads no
 * reference on them).
 */
export function listedLabels(text: TextLike, lines: readonly Line[], textOnly = false): Line[] {
  const labelOf = (l: Line) => foldScript(text.slice(l.contentStart, l.contentEnd)).replace(/[ \t\u3000]/g, '');
  const bare = textOnly
    ? (l: Line) => l.kind === 'text' && l.contentEnd - l.contentStart <= 12 && LABEL_ALONE.test(labelOf(l))
    : (l: Line) => l.kind === 'article' && l.num !== undefined && l.sub === undefined && l.label !== undefined && skipSpaces(text, l.label.end, l.contentEnd) >= l.contentEnd;
  const next = (a: Line, b: Line) => textOnly || (b.unit === a.unit && b.num === a.num! + 1);
  // (The kind `bare` asks first, asked here: a call of one of two arrows for every line of a long treaty cost more than the test.)
  const kind = textOnly ? 'text' : 'article';
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i];
    if (textOnly && first.kind === 'article') return [];
    if (first.kind !== kind) continue;
    // (Comment lines between the entries are none of them: `<!-- … -->` above every line changes nothing.)
    // (A run holds three lines at least, of one kind: a line whose next is of another — an article's heading, a blank line
    // under it — opens none, and is not asked whether it is a label alone.)
    let after = i + 1;
    while (after < lines.length && lines[after].kind === 'comment') after++;
    if (after >= lines.length || lines[after].kind !== kind || !bare(first)) continue;
    const run: Line[] = [first];
    let j = i + 1;
    for (let k = i + 1; k < lines.length; k++) {
      if (lines[k].kind === 'comment') continue;
      if (!bare(lines[k]) || !next(run[run.length - 1], lines[k])) break;
      run.push(lines[k]);
      j = k + 1;
    }
    if (run.length >= 3) {
      const label = textOnly ? labelOf(first) : '';
      for (let k = j; k < lines.length; k++) {
        const l = lines[k];
        if (l.kind !== 'article') continue;
        if (textOnly ? l.label !== undefined && foldScript(text.slice(l.label.start, l.label.end)).replace(/[ \t\u3000]/g, '') === label : l.unit === first.unit && l.num === first.num && l.sub === undefined) return run;
      }
    }
    i = j - 1;
  }
  return [];
}

/** An article's label alone, read folded to simplified and without white space: `第一条`, `第53条`. */
const LABEL_ALONE = /^第[^条\s]{1,8}条$/;

const ARTICLE_RANGE = /[（(]第([^）)]{1,12})条(?:[至到—\-－~～][ \t\u3000]*第?[^）)]{1,12}条)?[）)]$/;

/** Whether the next line with content after line `i` (blank and comment lines passed over) heads the article numbered `first` (the first of a range, `一百二十八至一百三十四`). */
function headsNext(lines: readonly Line[], i: number, first: string): boolean {
  let j = i + 1;
  while (j < lines.length && isBlankOrComment(lines[j])) j++;
  const n = parseNumeral(first.split(/[至到—\-－~～]/)[0]);
  return j < lines.length && lines[j].kind === 'article' && n !== undefined && lines[j].num === n && lines[j].sub === undefined;
}

/** Whether some article opens its text with a paragraph numbered `1.` (conventions, UN texts). */
export function opensWithArabicParagraph(text: TextLike, lines: readonly Line[]): boolean {
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].kind !== 'article' || lines[i].inlineBody) continue;
    let j = i + 1;
    while (j < lines.length && !isContent(lines[j])) j++;
    if (j < lines.length && lines[j].kind === 'item' && isArabicParagraph(text, lines[j])) return true;
  }
  return false;
}

/** The line's content ends with `。；！？.;!?` (read without a one-character string and a match). */
function endsWithStop(text: TextLike, l: Line): boolean {
  switch (text.charCodeAt(l.contentEnd - 1)) {
    case 0x3002: case 0xff1b: case 0xff01: case 0xff1f: case 0x2e: case 0x3b: case 0x21: case 0x3f:
      return true;
    default:
      return false;
  }
}
/** The words opening an annex's heading; 附件, 附录, 附表 may be letter-spaced as a page spreads a heading to width (`附 件:`, before the protocol of the China–UAE investment agreement). */
const ANNEX_WORDS = /^(?:附[ \t\u3000]?[件录表]|另约|专条|附约|附[ \t\u3000]*[：:])/;

/**
 * The first annex after the articles: a heading, or a short line standing alone (`附件：` with its
 * colon), that starts with 附件 / 附录 / 附表 / `附：` (另约, 专条, 附约 in older treaties), and after which the instrument's articles do not
 * go on (no article follows, or the annex numbers its own from 第一条; in a text of points, `unit` `para`, no point
 * numbered on from the last follows); or any heading after which the articles start again from 第一条. `n` when there is none.
 */
function findAnnex(text: TextLike, lines: Line[], from: number, n: number, unit: 'article' | 'para', lastOne?: number): number {
  let lastNum = 0;
  let lastPoint = 0;
  // The next line after the one read that is an article numbered 1 (n: none), found walking forward once — not at all past
  // the last such article, when the caller knows it (`lastOne`, demoteQuotedArticles': most texts have one 第一条, their first).
  let one = -1;
  const oneAfter = (i: number): number => {
    if (one <= i) {
      if (lastOne !== undefined && lastOne <= i) one = n;
      else for (one = i + 1; one < n && !(lines[one].kind === 'article' && lines[one].num === 1 && lines[one].sub === undefined); ) one++;
    }
    return one;
  };
  for (let i = from - 1; i < n; i++) {
    const l = lines[i];
    if (l.kind === 'article' && l.num !== undefined) lastNum = l.num;
    else if (l.kind === 'para' && l.num !== undefined) lastPoint = l.num;
    // A heading, or a short line right before them, after which the articles start again from
    // 第一条: a text of its own (a translation, 另约), not more articles of this one.
    // (A sentence is body text, not a heading: `乙。` before a repeated 第一条 is a numbering error, not a new text.)
    // (Not a chapter's caption on the line under its bare label, `第二章` / `货物贸易`, before the chapter's 第一条: the
    // chapters of an agreement numbering their articles from 第一条 again, the RCEP's.)
    // (Read only with a 第一条 somewhere below — what it looks for, found walking forward once: a long text's short lines,
    // thousands, were each asked whether they end a sentence or caption a chapter, none with a 第一条 after them, s50parse.)
    const short = l.kind === 'text' && lastNum > 1 && i >= from && oneAfter(i) < n && l.contentEnd - l.contentStart <= 30 && !endsWithStop(text, l) && !underBareChapter(lines, i);
    if ((short || l.kind === 'heading') && lastNum > 1 && i >= from) {
      // The title of another instrument on the page (`东南亚友好合作条约修改议定书(中译本)`, after the treaty it amends and its
      // signing clause): its own preamble and `兹同意如下:` may come before its 第一条. (Its words read only with a 第一条
      // close enough below: reading those of every short line cost 7 % of a parse of the bench's 1 MB treaty.)
      const titled = short && oneAfter(i) - i < 60 && endingKind(titleWords(text.slice(l.contentStart, l.contentEnd))) !== undefined;
      let j = i + 1;
      // (A title's preamble is a few lines: the look ahead is bounded, so a list of titles after the articles stays linear.)
      while (j < n && (titled ? lines[j].kind !== 'article' && j - i < 60 : short ? !isContent(lines[j]) : lines[j].kind !== 'article' && lines[j].kind !== 'heading')) j++;
      if (j < n && lines[j].kind === 'article' && lines[j].num === 1 && lines[j].sub === undefined) return i;
    }
    if (i < from) continue;
    // (Only a heading or a short line of text is an annex's: its kind and length asked before its first character is read,
    // which half a long text's lines, blank, and most of its text lines never need — a read of the text at a line's start
    // costs that line of the text's loading, s56parse.)
    if (l.kind !== 'heading' && (l.kind !== 'text' || l.contentEnd - l.contentStart > 30)) continue;
    const c = text.charCodeAt(l.contentStart);
    if (c !== 0x9644 /* 附 */ && c !== 0x53e6 /* 另 */ && c !== 0x4e13 /* 专 */ && c !== 0x5c08 /* 專 */) continue;
    if (l.kind === 'text' && l.terminal && !isColon(text.charCodeAt(l.contentEnd - 1))) continue;
    const words = ANNEX_WORDS.exec(foldScript(text.slice(l.contentStart, l.contentStart + 4)));
    if (!words) continue;
    // `附件,联合委员会…`, `附件和议定书)的各项有关规定。以防止`: the word goes on in a sentence a PDF's line break cut
    // before it — a mark or a conjunction after it, or a sentence ending inside the line (a heading holds none).
    if (inSentence(text.charCodeAt(l.contentStart + words[0].length)) || endsSentenceWithin(text, l)) continue;
    // (In a text of points the units are its `一、` or `13.` lines, and they go on only with the point numbered on from the
    // last: `附件状况` / `15.附件1至附件3是…` is a memorandum's caption over its point, no annex; an annex's own list may open
    // at a heading, `附：` / `## 一、…` / `二、…`.)
    let j = i + 1;
    while (j < n && lines[j].kind !== unit) j++;
    if (j >= n || (unit === 'para' ? lines[j].num !== lastPoint + 1 : lines[j].num === 1 && lines[j].sub === undefined)) return i;
    if (unit === 'para') lastPoint = lines[j].num!;
    i = j; // the articles go on: not an annex; look further from the next article
  }
  return n;
}

/** Whether line `i` comes right under a chapter heading's bare label (`第二章` alone on its line, no blank line between). */
function underBareChapter(lines: Line[], i: number): boolean {
  const p = lines[i - 1];
  return p !== undefined && p.kind === 'chapter' && (p.rest === undefined || p.rest >= p.contentEnd);
}

/**
 * A comma, enumeration comma, semicolon or full stop, 的, or a conjunction (和 与 與 及 或): what follows a noun inside a
 * sentence, never a heading's word.
 */
function inSentence(c: number): boolean {
  return c === 0xff0c /* ， */ || c === 0x2c /* , */ || c === 0x3001 /* 、 */ || c === 0xff1b /* ； */ || c === 0x3b /* ; */ || c === 0x3002 /* 。 */ || c === 0x7684 /* 的 */
    || c === 0x548c /* 和 */ || c === 0x4e0e /* 与 */ || c === 0x8207 /* 與 */ || c === 0x53ca /* 及 */ || c === 0x6216 /* 或 */;
}

/** Whether a full stop ends a sentence inside line `l` with more of the line after it (`…有关规定。以防止`). */
function endsSentenceWithin(text: TextLike, l: Line): boolean {
  const stop = text.indexOf('。', l.contentStart);
  return stop >= 0 && stop < l.contentEnd - 1;
}

/** A point's caption: a few words, no sentence, before the line's end or its first sub-point `(一)` glued after it. */
const POINT_CAPTION = /^[\u3400-\u9fff、与和及]{2,12}[ \t\u3000]*(?:$|[（(]一[）)])/;

/** The index of the text's one point line `para`, or -1 when it has none or more than one. */
function onlyPoint(lines: Line[]): number {
  let at = -1;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].kind !== 'para') continue;
    if (at >= 0) return -1;
    at = i;
  }
  return at;
}

/**
 * The one point `一、` of a page cut after it (an action plan's `一、政治与安全合作` / `(一)深化政治安全对话和合作`, a framework
 * agreement's `一、總則 (一)合作宗旨。…`): read as the text's first point where its words after the label are a caption (a few
 * words, no sentence: POINT_CAPTION) and a bracketed sub-point `(一)` follows it, glued on its line or opening the next. One `一、`
 * opening a sentence (a letter's, a preamble's lone numbered paragraph, a news page's) is no point; nor one with no sub-point under it.
 */
function loneCaptionedPoint(text: TextLike, lines: Line[]): boolean {
  const at = onlyPoint(lines);
  const l = lines[at];
  if (!l || l.num !== 1 || l.rest === undefined) return false;
  const head = text.slice(l.rest, Math.min(l.contentEnd, l.rest + 20));
  // (No caption: the point's words open with its first sub-point, the second on a line under it — a protocol's page cut in its
  // first point, `一、(一)关于本协定第六条第一款…的自由转移，…。` / `(二)若上述…`.)
  if (FIRST_SUB_POINT.test(head)) return secondSubPointBelow(text, lines, at);
  const caption = POINT_CAPTION.exec(head);
  if (!caption) return false;
  if (caption[0].endsWith('一)') || caption[0].endsWith('一）')) return true;
  let j = at + 1;
  while (j < lines.length && isBlankOrComment(lines[j])) j++;
  const next = lines[j];
  return next !== undefined && next.kind === 'item' && next.num === 1 && next.label !== undefined && (text.charCodeAt(next.label.start) === 0x28 || text.charCodeAt(next.label.start) === 0xff08);
}

/**
 * A lone point `一、` in a text the copy cut short after it (`…两国元首…达成广泛共识。` / `一、双方将…` / `中方坚定支持…;支持`, a joint
 * statement's page cut in its first point's second paragraph): the text's point, as its second would have made it. Text before
 * it, a line after it, and the text's last line ending no sentence nor dated (the copy breaks off: a whole text so numbered has
 * its 二、; a note's date and place close a text, `二○○○年二月廿二日於班竹`). The label `一、` (a bare `一 ` heads a note). Comment
 * and code lines are no text's (a drafter's quotation of another treaty in a code block after it changes nothing).
 */
function lonePointCut(text: TextLike, lines: Line[]): boolean {
  let at = -1;
  let last = -1;
  let before = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.kind === 'para') {
      if (at >= 0) return false;
      at = i;
    } else if (l.kind === 'text') {
      if (at < 0) before = true;
      else last = i;
    } else if (at >= 0 && l.kind !== 'blank' && l.kind !== 'comment' && l.kind !== 'code') return false;
  }
  // (The point's own line the last, cut in its words — `一、双方一致认为，…发挥了重要作用。双方将继续保持和加强这种交往势`: the copy
  // broke off in it, as in a line after it. A later page of a copy, opening inside a point with no label and cut in the next,
  // `…结好，进一步加强两国民间交往。` / `五、双方重申…` / `双方对…中心的`: that point is the text's, numbered as it is.)
  if (last < 0) last = at;
  if (at < 0 || !before || lines[at].num === undefined || lines[last].terminal) return false;
  const label = lines[at].label;
  const close = contentOf(text, lines[last]);
  return label !== undefined && text.charCodeAt(label.end - 1) === 0x3001 /* 、 */ && !(close.length <= DATED_CLOSE_LENGTH && DATED_LINE.test(close));
}
/**
 * A lone point `一、` right under a lead announcing what follows (`…双方声明如下：` / `一、双方一致认为,…。`, a joint statement with
 * one numbered section): the text's point, as a reader takes it — the lead says points follow, the label numbers the first. Its
 * words on its line, ending a sentence; the label `一、`. Without that lead, one `一、` opening a sentence (a letter's, a news page's) is no point.
 */
function loneAnnouncedPoint(text: TextLike, lines: Line[]): boolean {
  const at = onlyPoint(lines);
  const l = lines[at];
  // (Its words a sentence: a note's `一、双方公民互免签证` over its closing courtesy is a caption, no statement's section.)
  if (!l || l.num !== 1 || !l.label || text.charCodeAt(l.label.end - 1) !== 0x3001 /* 、 */ || l.rest === undefined || l.rest >= l.contentEnd || !l.terminal) return false;
  let j = at - 1;
  while (j >= 0 && isBlankOrComment(lines[j])) j--;
  if (j < 0 || lines[j].kind !== 'text') return false;
  const lead = foldScript(text.slice(Math.max(lines[j].contentStart, lines[j].contentEnd - 12), lines[j].contentEnd));
  return POINTS_ANNOUNCED.test(lead) && !TEXT_FOLLOWS.test(lead) && !NEW_TEXT_INTRO.test(lead);
}

/** A line holding a date to the day (`…年…月…日`): a text's close, not words a copy cut. */
const DATED_LINE = /年[^。]{0,6}月[^。]{0,6}日/;
/**
 * How long such a close is at most: a date and a place (`二○○○年二月廿二日於班竹`), not a sentence the copy cut that names a
 * date in its words (`2001年6月15日,哈萨克斯坦共和国、…元首在上海通过《上海`, a declaration's page cut in its first section).
 */
const DATED_CLOSE_LENGTH = 30;

/** A point's words opening with its first bracketed sub-point, `(一)`, `（一）`. */
const FIRST_SUB_POINT = /^[（(][ \t\u3000]{0,2}一[ \t\u3000]{0,2}[）)]/;
/** How many lines under a point its first sub-point's items may take before the second sub-point. */
const SUB_POINT_REACH = 40;
/** The second bracketed sub-point `(二)`, `（二）` alone as a label. */
const SECOND_SUB_POINT = /^[（(][ \t\u3000]{0,2}二[ \t\u3000]{0,2}[）)]$/;

/**
 * Whether a line under line `at` (its point's first sub-point glued after its label) opens the second sub-point `(二)` before any
 * other line of text: the lines between are the first sub-point's (its own items `(1)` `(2)`, a paragraph broken at the width).
 */
function secondSubPointBelow(text: TextLike, lines: Line[], at: number): boolean {
  for (let j = at + 1; j < lines.length && j <= at + SUB_POINT_REACH; j++) {
    const l = lines[j];
    if (isBlankOrComment(l)) continue;
    if (l.kind !== 'item' || !l.label) return false;
    const label = text.slice(l.label.start, l.label.end);
    if (SECOND_SUB_POINT.test(label)) return true;
    // (The first sub-point's own items numbered in Arabic digits, `(1)`, `1.`, go on under it.)
    if (!/[0-9０-９]/.test(label)) return false;
  }
  return false;
}

/**
 * Sections numbered `1、` `2、` (an Arabic numeral and 、), in order from 1, two of them at least with the line after opening
 * its first paragraph's decimal (`1、序言` / `1.1 我們,來自中國和非洲…的外長…` / `1.2 …`; `2、政治事務…` / `2.1 高層交往…` /
 * `2.1.1 …`), as a forum's action plan numbers them: the text's points, those with no decimal under them too (a section a
 * drafter inserts, its paragraphs not numbered yet, the decimals below still the old numbers: `DECIMAL_HEAD` asks for a decimal,
 * not the section's own). A list `1、` `2、` whose entries are not so followed stays a list.
 */
function decimalSections(text: TextLike, lines: Line[]): boolean {
  const run: Line[] = [];
  let overDecimals = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.kind !== 'item' || l.num === undefined || !l.label) continue;
    const c = text.charCodeAt(l.label.start);
    if (c < 0x30 || c > 0x39 || text.charCodeAt(l.label.end - 1) !== 0x3001 /* 、 */) continue;
    if (l.num !== run.length + 1) return false;
    let j = i + 1;
    while (j < lines.length && isBlankOrComment(lines[j])) j++;
    const next = lines[j];
    if (next && DECIMAL_HEAD.test(text.slice(next.contentStart, Math.min(next.contentEnd, next.contentStart + 8)))) overDecimals++;
    run.push(l);
  }
  if (overDecimals < 2) return false;
  for (const l of run) l.kind = 'para';
  return true;
}

/** A section's first paragraph's decimal number opening a line (`1.1 `, `2.1`): `decimalSections`. */
const DECIMAL_HEAD = /^[0-9]{1,2}\.1(?![0-9])/;

/** How many points in a row a text numbered `1.` `2.` … may miss and still be read as its points. */
const MAX_POINTS_MISSING = 2;

/**
 * A UN resolution's operative paragraphs after its preamble (`1. 决定…`, `2. 请…`), in a text with no
 * article and no `一、` point: lines opening with `1.` `2.` … in one run, in order, not indented and in no
 * markdown list or heading, are its points, not items. An indented list (a licence note's `  1.`) stays a
 * list; numbers out of order or starting again, or a markdown heading among them (lists under the text's
 * own parts), read as no points at all.
 */
function promoteNumberedParagraphs(text: TextLike, lines: Line[]): false | 'points' | 'page' {
  const run: Line[] = [];
  /** The points' English after them, numbered as they are: a paragraph of the point, no item. */
  const translations: Line[] = [];
  let prev = 0;
  /** The first point's line when the run opens past 1 (an excerpt's), and the last point's line. */
  let excerptAt = -1;
  let lastAt = -1;
  let heading = false;
  let titled = false;
  /** Whether the text says it is a resolution (`saysResolution`), asked only of a run indented or opening past 1. */
  let resolution: boolean | undefined;
  let pageOfResolution = false;
  /** Whether the run's points are indented (a page indenting every paragraph): a line indented otherwise is no point of it. */
  let runIndented = false;
  /** Whether a markdown heading stands between two points numbered on across it (`50.` / `## 八、执行担保` / `51.`). */
  let across = false;
  /** Whether a markdown heading came after the last point read. */
  let headingSince = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    // A markdown heading before or between them: the numbers are lists under the text's own parts (`## 一、…` / `1.`),
    // unless the points are numbered on through the parts (a judicial interpretation's `1.` … `79.` under `## 一、` …
    // `## 十四、`: `across`). Not the title's `#` opening the text, as a resolution drafted in markdown writes it.
    if (l.level > 0) {
      if (titled || l.level > 1) heading = headingSince = true;
      titled = true;
    }
    if (l.kind !== 'item' || l.level > 0 || l.num === undefined || !l.label) continue;
    // Indented (`  22. 呼吁…`): a list (a licence note's `  1.` after the points), unless the text says it is a resolution and
    // its points are all indented alike, a page indenting its every paragraph.
    const indented = l.indent || l.contentStart !== l.start;
    if (indented && !(run.length === 0 || runIndented)) continue;
    if (indented && !(l.indent && l.contentStart === skipSpaces(text, l.start, l.contentEnd) && (resolution ??= saysResolution(text, lines, i)))) continue;
    if (run.length > 0 && indented !== runIndented) continue;
    runIndented = indented;
    const c = text.charCodeAt(l.contentStart);
    const mark = text.charCodeAt(l.label.end - 1);
    if (!((c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19)) || (mark !== 0x2e && mark !== 0xff0e)) continue;
    // The point again with its number, in English after the Chinese (`1. 我们,…` / `1. We, the Leaders…`, a bilingual
    // declaration printed paragraph by paragraph): its translation, no point of its own — its number not past the
    // point's (a point inserted and the Chinese renumbered leaves the English numbered as it was: `3. 我们…` / `2. We…`).
    if (prev > 0 && l.num <= prev && latinAfter(text, l.label.end, l.contentEnd)) {
      translations.push(l);
      continue;
    }
    // From 1, in order, a point or two missing at most after it (a draft's deleted point: `1.` `3.` `4.`, which
    // numbering.gap reports; a text opening at `3.` is an excerpt, a bill's sections, not points). From 2 in a
    // resolution that lost its first point (`resolutionLostFirst`), which numbering.gap reports too.
    // A page opening past 1 is read on only if the signing clause closes the run (`closedBySigning`): the last page of an
    // instrument numbered by points (a conference's final act, `13.`…`16.` then `…订于伦敦。`), as 六、七、八、 are.
    const opensPast = prev === 0 && l.num > 1 && !(l.num === 2 && resolutionLostFirst(text, lines, i));
    if (opensPast) excerptAt = run.length === 0 ? i : excerptAt;
    // A page of a resolution's operative part (`22.`…`27.`, the headline naming the resolution, no organ line `安全理事会，`
    // opening a preamble before them: the page began inside the text): its points, no signing to close them. With its organ
    // and preamble, a resolution opening at 3. is no page of one (its points lost, or a bill's sections): no points, as before.
    if (opensPast && (resolution ??= saysResolution(text, lines, i)) && !organBefore(text, lines, i)) pageOfResolution = true;
    if (l.num <= prev || (!opensPast && l.num > (prev === 0 ? (l.num === 2 && resolutionLostFirst(text, lines, i) ? 2 : 1) : prev + MAX_POINTS_MISSING + 1))) return false;
    if (headingSince && run.length > 0) across = true;
    headingSince = false;
    prev = l.num;
    lastAt = i;
    run.push(l);
  }
  if (run.length < 2 || (heading && !across)) return false;
  if (excerptAt >= 0 && !pageOfResolution && !closedBySigning(text, lines, lastAt)) return false;
  // Each ending with a comma (the last apart, a page may cut it): a numbered preamble's clauses (`1. 认识到…,`, as WHO's
  // negotiation texts number them under `…各缔约方,`), which the operative part follows, not points.
  let commas = 0;
  for (const l of run) {
    const last = text.charCodeAt(l.contentEnd - 1);
    if (last === 0x2c || last === 0xff0c) commas++;
  }
  if (commas >= run.length - 1) return false;
  // An entry but the last ending with a conjunction (`1.意大利国家邮政局…。及` / `2.中国邮电部…的报酬,适用…的规定。`): a list
  // inside one sentence (the bodies it names), not points.
  for (let k = 0; k + 1 < run.length; k++) {
    const l = run[k];
    if (l.contentEnd - l.contentStart > 3 && LIST_CONJUNCTION.test(foldScript(text.slice(l.contentEnd - 3, l.contentEnd)))) return false;
  }
  for (const l of run) l.kind = 'para';
  for (const l of translations) l.kind = 'text';
  // A section heading over the points (`一、序言` / `1. 我们…`: a declaration's parts, its paragraphs numbered 1. 2. …
  // throughout): a caption after a Chinese numeral, no sentence, right before a point: a heading of the text, no point. Among
  // points numbered on through markdown headings (`across`), one such heading whose `##` a copy lost (`九、多个债权人对一个债务人
  // 申请执行和参与分配` between `## 八、` and `## 十、`) is as long as theirs.
  const points = new Set(run);
  const longest = across ? MAX_PART_CAPTION : MAX_SUBHEADING;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.kind !== 'para' || points.has(l) || !l.label || l.terminal || l.contentEnd - l.label.end > longest || l.contentEnd <= l.label.end) continue;
    const c = text.charCodeAt(l.label.start);
    if ((c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19)) continue;
    let j = i + 1;
    while (j < lines.length && (lines[j].kind === 'blank' || lines[j].kind === 'comment')) j++;
    if (j < lines.length && points.has(lines[j])) l.kind = 'text';
  }
  return excerptAt >= 0 ? 'page' : 'points';
}


/** The text after a label (from `from`) opens with a Latin letter: a translation's sentence (`1. We, the Leaders…`). */
function latinAfter(text: TextLike, from: number, end: number): boolean {
  const at = skipSpaces(text, from, end);
  return at < end && isLatin(text.charCodeAt(at));
}

/** How many lines after the last point its signing clause may stand (the point's own lines, a testimonium). */
const SIGNING_REACH = 6;

/**
 * A signing clause within `SIGNING_REACH` lines after the last point (line `last`): a dated line with a verb of signing
 * (`1973年11月2日订于伦敦。`, after the testimonium `下列具名代表特签署本最终议定书,以昭信守。`), no time open for signature.
 */
function closedBySigning(text: TextLike, lines: readonly Line[], last: number): boolean {
  for (let j = last + 1; j < lines.length && j <= last + SIGNING_REACH; j++) {
    const l = lines[j];
    if (l.kind !== 'text') continue;
    const content = foldScript(text.slice(l.contentStart, Math.min(l.contentEnd, l.contentStart + 200)));
    if (SIGNING.test(content) && !isSignaturePeriod(content)) return true;
  }
  return false;
}

/**
 * A resolution whose operative paragraphs open at `2.` (line `at`): its first point lost (a draft's, deleted or not yet
 * written). The text says it is a resolution — its organ alone on a line before (`安全理事会，`, `大会，`) or a title line
 * ending with 决议 — and the line right before `2.` is no lead-in (ending with a colon: a law's list under
 * `…下列事项：` is items, as a list opening at 2 is nowhere else).
 */
function resolutionLostFirst(text: TextLike, lines: readonly Line[], at: number): boolean {
  let before = at - 1;
  while (before >= 0 && (lines[before].kind === 'blank' || lines[before].kind === 'comment')) before--;
  if (before < 0) return false;
  const last = text.charCodeAt(lines[before].contentEnd - 1);
  if (last === 0xff1a || last === 0x3a) return false;
  return saysResolution(text, lines, at);
}

/** A resolution's organ alone on a line before line `at` (`安全理事会，`, `大会，`), opening its preamble. */
function organBefore(text: TextLike, lines: readonly Line[], at: number): boolean {
  for (let j = 0; j < at; j++) {
    const l = lines[j];
    const c = text.charCodeAt(l.contentEnd - 1);
    if ((c === 0xff0c || c === 0x2c) && l.contentEnd - l.contentStart <= 8 && RESOLUTION_OPENING.test(foldScript(text.slice(l.contentStart, l.contentEnd)))) return true;
  }
  return false;
}

/**
 * The text says it is a resolution before line `at`: its organ alone on a line (`安全理事会，`, `大会，`), or a title line
 * ending with 决议 — or a headline naming one with the whole-text words after it (`…第2094号决议全文(…)`, `headlineKind`).
 */
function saysResolution(text: TextLike, lines: readonly Line[], at: number): boolean {
  for (let j = 0; j < at; j++) {
    const l = lines[j];
    if (l.contentEnd - l.contentStart > MAX_TITLE || l.contentEnd === l.contentStart) continue;
    const c = text.charCodeAt(l.contentEnd - 1);
    // (Cheap first: a line ending with 议 or 議, or a bracket or 文 (a headline's remark), or a short one ending with a comma.)
    if ((c === 0x8bae || c === 0x8b70) && endingKind(titleWords(text.slice(l.contentStart, l.contentEnd))) === RESOLUTION) return true;
    if ((c === 0x29 || c === 0xff09 || c === 0x6587 /* 文 */) && headlineKind(titleWords(text.slice(l.contentStart, l.contentEnd))) === RESOLUTION) return true;
    if ((c === 0xff0c || c === 0x2c) && l.contentEnd - l.contentStart <= 8 && RESOLUTION_OPENING.test(foldScript(text.slice(l.contentStart, l.contentEnd)))) return true;
  }
  return false;
}

/**
 * In a text of points `一、 二、 …` written as paragraphs of their own (no list bullet), a markdown list whose entries are
 * numbered anew from `一、` after the points reached `二、` at least (`四、雙方進行經濟和技術合作的領域如下:` / `澳門《第43/99/M號法令》
 * 第六條:` / `- 一、官方作品不受保護。` / `- 二、…`: a wiki's note quoting a law's article): the list's entries are items of
 * what they follow, no points. The entries run on while the lines numbered are bulleted; a point after them, unbulleted,
 * goes on as before. (A page bulleting every line, points too, is read as it was.) Whether any line was changed.
 */
function demoteListedPoints(text: TextLike, lines: Line[]): boolean {
  let top = 0;
  let inList = false;
  let changed = false;
  for (const l of lines) {
    if (l.kind !== 'para' || l.num === undefined) continue;
    if (bulletColumn(text, l) < 0) {
      if (l.num > top) top = l.num;
      inList = false;
      continue;
    }
    if (inList || (l.num === 1 && top >= 2)) {
      l.kind = 'item';
      inList = changed = true;
    }
  }
  return changed;
}

/**
 * A database's note on the text in round brackets, opened at a line's start before the first unit and never closed to the text's
 * end (`(本公约于2000年11月15日经第55届联合国大会审议通过,…并声明如下:` / ` 一、中华人民共和国对本公约第35条第2款予以保留,…` /
 * ` 二、…` …, the UNTOC's page, cut by the store inside the note): the note speaks of the text (本公约, SELF_REFERENCE, right after
 * its bracket), and what it numbers (a party's declarations, 一、 二、) is the note's, no unit of the text. The points after it are
 * text (the note's bracket read as a span over lines, to the end: a bracket closed anywhere after it, as an editor's note closes,
 * leaves every line as it was). Asked of a text of points only (no article line: an edit inside an article, parsed again alone by
 * syntax/reparse.ts, never meets it). The note's line when any point was made text, else -1: the note and the lines under it are
 * the page's, not the text's body (no signing clause read in it: `我国政府于2000年12月12日签署该约公`, China's signing).
 */
function demoteUnclosedNote(text: TextLike, lines: Line[]): number {
  let at = -1;
  for (let i = 0; i < lines.length && at < 0; i++) {
    const l = lines[i];
    if (l.kind === 'para' || l.kind === 'chapter') return -1;
    if (l.kind !== 'text' || !OPENING_ROUND.has(text.charCodeAt(l.contentStart))) continue;
    const m = SELF_REFERENCE.exec(foldScript(text.slice(l.contentStart + 1, Math.min(l.contentEnd, l.contentStart + 12))));
    if (m && m.index === 0 && !closesAfter(text, l.contentStart)) at = i;
  }
  if (at < 0) return -1;
  let changed = false;
  for (let i = at + 1; i < lines.length; i++) {
    const l = lines[i];
    if (l.kind === 'para' || l.kind === 'chapter') {
      l.kind = 'text';
      changed = true;
    }
  }
  return changed ? at : -1;
}
/**
 * A manual's example closed before the first unit (`【范例】:` / `中华人民共和国和卡塔尔国建立外交关系联合公报` / its text / the
 * signatories / `(签字) (签字)` / `1988年7月5日于巴黎`), then the title of another instrument naming its kind over the units
 * (`中秘两国政府新闻公报` / `一、应…`), or a numbered heading of the book's over that title (`二、條款式` / `中華人民共和國××部和
 * ××共和國××部關於××××合作的備忘錄` / `第一條技術合作的原則`, a manual's next form): the example ends at its date-place line,
 * signed with the marks right above it (SIGNED_MARKS), and the units under the next title are the next model's, none of the
 * example's (made text). Only on a manual's page: a line above ends with its example label (words.ts endsWithExampleLabel,
 * `【范例】:`, `附實例:`), so that a signed note over the instrument it sends keeps the instrument's units. Whether any was made text.
 */
function demoteNextModel(text: TextLike, lines: Line[]): boolean {
  const n = lines.length;
  let u = 0;
  while (u < n && lines[u].kind !== 'article' && lines[u].kind !== 'para' && lines[u].kind !== 'chapter') u++;
  if (u >= n) return false;
  const titled = (k: number) => k >= 0 && k < n && isTitleLine(text, lines[k]) && endsWithKind(text, lines, [k, k]);
  let d = previousWritten(lines, u, 0);
  if (titled(d)) d = previousWritten(lines, d, 0);
  else if (lines[u].kind !== 'para' || lines[u].terminal || !titled(nextContent(lines, u + 1, n))) return false;
  if (d < 0 || lines[d].kind !== 'text' || datePlaceAt(text, lines, d) < 0) return false;
  const marks = previousWritten(lines, d, 0);
  if (marks < 0 || lines[marks].kind !== 'text' || !SIGNED_MARKS.test(foldScript(text.slice(lines[marks].contentStart, lines[marks].contentEnd)))) return false;
  let labelled = false;
  for (let k = 0; k < marks && !labelled; k++) labelled = lines[k].kind === 'text' && endsWithExampleLabel(text, lines[k].contentStart, lines[k].contentEnd);
  if (!labelled) return false;
  for (let k = u; k < n; k++) if (lines[k].kind === 'article' || lines[k].kind === 'para' || lines[k].kind === 'chapter') lines[k].kind = 'text';
  return true;
}

/** Round brackets, half and full width. */
const OPENING_ROUND = new Set([0x28, 0xff08]);
const CLOSING_ROUND = new Set([0x29, 0xff09]);
/** Whether the round bracket at `open` is closed before the text's end (the brackets inside it paired). */
function closesAfter(text: TextLike, open: number): boolean {
  let depth = 0;
  for (let p = open; p < text.length; p++) {
    const c = text.charCodeAt(p);
    if (OPENING_ROUND.has(c)) depth++;
    else if (CLOSING_ROUND.has(c) && --depth === 0) return true;
  }
  return false;
}

function unitStyleOf(lines: Line[]): SyntaxTree['unitStyle'] {
  let paras = 0;
  for (const l of lines) {
    if (l.kind === 'article') return 'article';
    if (l.kind === 'para') paras++;
  }
  return paras >= 2 ? 'paragraph' : 'none';
}

/**
 * The title, as the first and last of its lines: the first markdown heading before the first
 * unit; else, unless a `〖BT/标题〗` tag names it, the first content line that reads like a title
 * (short, not a sentence, naming a kind of instrument) after any metadata lines (`签订日期：…`,
 * `**出处**：…`, ids, a lone date). A title broken over lines (centred, OCR) runs on over the
 * next short lines until it names its kind: `中华人民共和国政府和` / `俄罗斯联邦政府` / `关于…的协定`.
 * Undefined when the text has none (it opens with its preamble).
 */
function findTitle(text: TextLike, lines: Line[], firstUnit: number): [number, number] | undefined {
  let head = titleLineAtHead(text, lines, firstUnit);
  // A heading that is a kind alone (`公报`, a manual's entry over its description and the model it prints, `【范例】:` / the
  // model's title): no instrument's name; the example's title, when there is one, is the text's.
  if (head && head[0] === head[1] && INSTRUMENT_KINDS.includes(spanWords(text, lines, head))) head = exampleTitle(text, lines, firstUnit) ?? head;
  return runInTitle(text, lines, firstUnit) ?? filedTitle(text, lines, firstUnit) ?? resolutionHeading(text, lines, firstUnit) ?? (head ? publishedBelow(text, lines, head, firstUnit) ?? firstOfCollection(text, lines, head, firstUnit) ?? noticeOrder(text, lines, head, firstUnit) ?? namedUnderPageName(text, lines, head, firstUnit) ?? ownTitleBelowHeadline(text, lines, head, firstUnit) ?? selfNamedBelow(text, lines, head, firstUnit) ?? fullNameBelow(text, lines, head, firstUnit) ?? nameUnderHeadline(text, lines, head, firstUnit) ?? head : undefined) ?? attachedTitle(text, lines, firstUnit) ?? capHeadingTitle(text, lines, firstUnit) ?? hyphenedTitle(text, lines, firstUnit) ?? namedBelow(text, lines, firstUnit) ?? leadTitle(text, lines, firstUnit) ?? exampleTitle(text, lines, firstUnit) ?? numberedEntryTitle(text, lines, firstUnit) ?? orderTitle(text, lines, 0, firstUnit) ?? titleOverPreamble(text, lines, firstUnit) ?? numberedActTitle(text, lines, firstUnit) ?? adoptedBelow(text, lines, firstUnit) ?? namedWithOthersAbove(text, lines, firstUnit);
}

/**
 * An instrument's whole title that a letter's line ran in at its end, cut out of it (lines.ts `runInTitleCut`: `…協定正本已存外交部。
 * 中華人民共和國政府和…的協定`, the preamble below opening with its first words): the title, whatever heading the page set over
 * the letter (`關於…協定的備案函`, naming the instrument inside). The first such line before the first unit: a line cut out of
 * another (glued), a title line ending with its kind.
 */
function runInTitle(text: TextLike, lines: Line[], firstUnit: number): [number, number] | undefined {
  for (let i = 1; i < firstUnit; i++) {
    const l = lines[i];
    if (l.kind === 'text' && l.glued && lines[i - 1].kind === 'text' && !l.terminal && isTitleLine(text, l) && endsWithKind(text, lines, [i, i])) return [i, i];
  }
  return undefined;
}

/**
 * A letter filing an instrument (a ministry's `…的备案函` to the State Council, naming it in 《》, perhaps otherwise than its title
 * does: `互免双方持…` for `互免持…`), then `附件:如文。`, the attachment being the text it speaks of: the next title line below,
 * ending with its kind, is the attached instrument's title, whatever heading the letter has. Only before the first unit.
 */
function filedTitle(text: TextLike, lines: Line[], firstUnit: number): [number, number] | undefined {
  for (let i = 0, seen = 0; i < firstUnit && seen < MAX_ATTACHING; i++) {
    const l = lines[i];
    if (l.kind !== 'text') continue;
    seen++;
    const head = text.slice(l.contentStart, Math.min(l.contentEnd, l.contentStart + 12));
    const m = ATTACHMENT_LINE.exec(head);
    if (!m || !AS_THE_TEXT.test(contentOf(text, l).slice(m[0].length))) continue;
    for (let j = i + 1; j < Math.min(firstUnit, i + ANNOUNCED_REACH); j++) {
      if (lines[j].kind !== 'text' && lines[j].kind !== 'heading') continue;
      const span = isTitleLine(text, lines[j]) && !isMetaLine(text, lines[j]) ? titleLines(text, lines, j, firstUnit) : undefined;
      if (span && endsWithKind(text, lines, span)) return span;
      if (!isMetaLine(text, lines[j])) break;
    }
    return undefined;
  }
  return undefined;
}

/**
 * A law database's name line naming the page's instrument together with what goes with it, no kind at its end
 * (`法規名稱: 駐美國台北經濟文化代表處與美國在台協會瞭解備忘錄及建立雙邊農業諮詢委員會工作規範(中譯本)`, Taiwan's database: a
 * memorandum and the committee's terms of reference on one page): the first line below it, before the first unit, that is a title
 * ending with its kind and whose words open the name's (`…瞭解備忘錄(中譯本)`, over the memorandum's preamble), however many lines of
 * the page's own (its furniture, dates, history) stand above. Read when no other rule found a title; a name line ending with a kind
 * is the title itself (model/treaty.ts), a line below naming another instrument is none.
 */
function namedWithOthersAbove(text: TextLike, lines: Line[], firstUnit: number): [number, number] | undefined {
  for (let i = 0, seen = 0; i < firstUnit && seen < 20; i++) {
    const l = lines[i];
    if (l.kind !== 'text') continue;
    seen++;
    const m = NAME_LINE.exec(text.slice(l.contentStart, Math.min(l.contentEnd, l.contentStart + 20)));
    if (!m) continue;
    const name = withoutRemarks(titleWords(text.slice(l.contentStart + m[0].length, l.contentEnd).replace(/[ \t\u3000]+/g, '')));
    if (name.length === 0 || endingKind(name)) return undefined;
    for (let j = i + 1; j < firstUnit; j++) {
      const t = lines[j];
      if (t.kind !== 'text' || !isTitleLine(text, t) || isMetaLine(text, t)) continue;
      const words = withoutRemarks(titleWords(contentOf(text, t)));
      if (words.length >= 8 && name.startsWith(words) && endingKind(words)) return [j, j];
    }
    return undefined;
  }
  return undefined;
}

/**
 * The instrument a UN body adopts by printing it below its words of adoption (`大會` / `通過以下宣言:` / `聯合國千年宣言` / `一. 價值
 * 和原則` / `1. 我們…`, the General Assembly's declarations; words.ts ADOPTS_BELOW): the next line of text, a title line ending
 * with the kind the words name, whatever the page's header above (a library's line running the title into the session and the
 * resolution's number). Read when no other rule found a title; the words are looked for before the first unit only.
 */
function adoptedBelow(text: TextLike, lines: Line[], firstUnit: number): [number, number] | undefined {
  for (let i = 0; i < firstUnit; i++) {
    const l = lines[i];
    if (l.kind !== 'text' || l.contentEnd - l.contentStart > 12 || text.charCodeAt(l.contentStart) !== 0x901a /* 通 */) continue;
    const m = ADOPTS_BELOW.exec(foldScript(contentOf(text, l)));
    if (!m) continue;
    let j = i + 1;
    while (j < firstUnit && isBlankOrComment(lines[j])) j++;
    const t = lines[j];
    const kind = endingKind(m[1]);
    return kind && t && t.kind === 'text' && isTitleLine(text, t) && !isMetaLine(text, t) && endingKind(titleWords(contentOf(text, t))) === kind ? [j, j] : undefined;
  }
  return undefined;
}

/**
 * An act a gazette names by its number and kind alone (Macao's `第455/91號法令`, `第3/1999號法律`; words.ts NUMBERED_LAW), on a
 * line of its own right over its text's first sentence: the title, as the gazette prints it (`第455/91號法令` / `一九九一年一月,
 * 葡萄牙與…達致諒解。` / … / `獨一條 - …`). The last such line before the first unit, read when no other rule found a title;
 * the same number among a site's fields (over `公報編號:`, a field's label) or in its list of related acts (`第455/91號法令 -
 * 賦予…`, words after it) is no title.
 */
function numberedActTitle(text: TextLike, lines: Line[], firstUnit: number): [number, number] | undefined {
  for (let i = firstUnit - 1; i >= 0; i--) {
    const l = lines[i];
    if (l.kind !== 'text' || l.terminal || l.contentEnd - l.contentStart > 24 || text.charCodeAt(l.contentStart) !== 0x7b2c /* 第 */) continue;
    if (NUMBERED_LAW.exec(foldScript(contentOf(text, l)))?.index !== 0) continue;
    let j = i + 1;
    while (j < firstUnit && isBlankOrComment(lines[j])) j++;
    const next = lines[j];
    if (next && next.kind === 'text' && next.terminal && !isMetaLine(text, next)) return [i, i];
  }
  return undefined;
}

/**
 * The line right over the preamble's heading (`序言`, blank lines between), a title ending with its kind (a remark in brackets
 * after it allowed: `海峽兩岸經濟合作架構協議(本協議尚待完成相關程序後生效)` / `序言`): the title, however many lines of a page's own
 * stand above it (a forum's menu, a post's subject, editor and date), as a treaty sets its title over its preamble. Read when no
 * other rule found one; the heading is looked for before the first unit only.
 */
function titleOverPreamble(text: TextLike, lines: Line[], firstUnit: number): [number, number] | undefined {
  for (let i = 0; i < firstUnit; i++) {
    const l = lines[i];
    if ((l.kind !== 'text' && l.kind !== 'heading') || l.contentEnd - l.contentStart > 8 || contentOf(text, l) !== PREAMBLE) continue;
    let j = i - 1;
    while (j >= 0 && isBlankOrComment(lines[j])) j--;
    const t = lines[j];
    return t && isTitleLine(text, t) && !isMetaLine(text, t) && endsWithKind(text, lines, [j, j]) ? [j, j] : undefined;
  }
  return undefined;
}

/**
 * A site's headline naming the instrument in 《》 and announcing its whole text in brackets (`《中華人民共和國和阿根廷共和國引渡條約》
 * (中文本全文)`, a reprint of the NPC's database: the decision ratifying the treaty below it, then the treaty): the instrument's own title
 * line below, before the first unit, naming it the same (its remarks apart: `中華人民共和國和阿根廷共和國引渡條約(中文本)`; `namesSame`) is the
 * title, the headline the page's. A headline with no such line below stays the title.
 */
function ownTitleBelowHeadline(text: TextLike, lines: Line[], head: [number, number], firstUnit: number): [number, number] | undefined {
  if (head[0] !== head[1] || lines[head[0]].kind !== 'text') return undefined;
  const words = foldScript(contentOf(text, lines[head[0]]));
  if (words.charCodeAt(0) !== 0x300a /* 《 */) return undefined;
  const tail = WHOLE_TEXT_TAIL.exec(words);
  if (!tail || tail.index < 3 || words.charCodeAt(tail.index - 1) !== 0x300b /* 》 */ || !/全文/.test(tail[0])) return undefined;
  const name = titleWords(words.slice(1, tail.index - 1));
  for (let j = head[1] + 1; j < firstUnit; j++) {
    const t = lines[j];
    if (t.kind === 'text' && isTitleLine(text, t) && namesSame(withoutRemarks(titleWords(contentOf(text, t))), name)) return [j, j];
  }
  return undefined;
}

/**
 * A document site's file name over the text, an instrument's name in 《》 and its edition words (`《生物多样性公约》中文版`, a .docx
 * of the Cartagena Protocol named after the convention it serves), and below it, before the first unit, a title line right over the
 * preamble naming the parties by the text's self-word (`《生物多样性公约》的卡塔赫纳生物安全议定书` / `本议定书缔约方,`, glued on one
 * line as the store gave it): the kind of that self-word is the line's and not the file name's, so that line is the title. A file
 * name whose kind the preamble's self-word names stays the title.
 */
function selfNamedBelow(text: TextLike, lines: Line[], head: [number, number], firstUnit: number): [number, number] | undefined {
  if (head[0] !== head[1] || lines[head[0]].kind !== 'text') return undefined;
  const words = foldScript(contentOf(text, lines[head[0]]));
  const close = words.indexOf('》');
  if (words.charCodeAt(0) !== 0x300a /* 《 */ || close < 3) return undefined;
  const rest = words.slice(close + 1);
  if (rest.length > 0 && !LANGUAGE_EDITION.test(rest) && WHOLE_TEXT_TAIL.exec(rest)?.index !== 0) return undefined;
  const kind = endingKind(titleWords(words.slice(1, close)));
  for (let j = head[1] + 1; j + 1 < firstUnit; j++) {
    const t = lines[j];
    if (t.kind !== 'text' || !isTitleLine(text, t)) continue;
    const own = endingKind(withoutRemarks(titleWords(contentOf(text, t))));
    const next = lines[j + 1];
    if (own === undefined || own === kind || next.kind !== 'text') continue;
    const self = SELF_PARTIES.exec(foldScript(text.slice(next.contentStart, Math.min(next.contentEnd, next.contentStart + 8))));
    if (self && self[1] === own) return [j, j];
  }
  return undefined;
}

/** A preamble naming the parties by the text's self-word (`本议定书缔约方`, `本公约缔约国`), its kind in group 1; read folded. */
const SELF_PARTIES = new RegExp(`^本(${alternation(INSTRUMENT_KINDS)})缔约`);

/**
 * Whether two titles (words folded, remarks apart) name one instrument: the same words, or the same words with the parties in
 * the other order (the other party's copy names itself first, its title line reordered, a headline's 《》 not: `阿根廷共和國和
 * 中華人民共和國引渡條約` under `《中華人民共和國和阿根廷共和國引渡條約》`) — as many characters of each, ending with one kind.
 */
function namesSame(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length !== b.length || endingKind(a) === undefined || endingKind(a) !== endingKind(b)) return false;
  return [...a].sort().join('') === [...b].sort().join('');
}

/**
 * A page's name over the instrument it prints, repeated over its text (`国际核心劳工标准公约` / `时间:…` / `【摘要】:…` /
 * `国际核心劳工标准公约` / `《结社自由和保护组织权利公约》` / `(第87号公约)` / the preamble: a site's page in a collection of
 * conventions): the line `head` holds, again on a line of its own below, then, as the next line of text, a line wholly an
 * instrument's name in 《》 (`wholeBookTitle`) naming another: that name is the title, the page's name its heading. A title
 * printed twice with nothing in 《》 under it stays the title.
 */
function namedUnderPageName(text: TextLike, lines: Line[], head: [number, number], firstUnit: number): [number, number] | undefined {
  if (head[0] !== head[1] || lines[head[0]].kind !== 'text') return undefined;
  const name = contentOf(text, lines[head[0]]);
  let repeat = -1;
  for (let j = head[1] + 1; j < firstUnit; j++) if (lines[j].kind === 'text' && contentOf(text, lines[j]) === name) repeat = j;
  if (repeat < 0) return undefined;
  for (let k = repeat + 1; k < firstUnit; k++) {
    const l = lines[k];
    if (l.kind === 'blank' || l.kind === 'comment') continue;
    if (l.kind !== 'text') return undefined;
    const s = contentOf(text, l);
    return wholeBookTitle(s) && titleWords(s.slice(1, -1)) !== titleWords(name) ? [k, k] : undefined;
  }
  return undefined;
}

/** Lines of text read for the order publishing an instrument that has no title line of its own (`orderTitle`). */
const ORDER_REACH = 3;

/**
 * An instrument printed under the order publishing it, with no title line of its own (Macao's Official Gazette:
 * `行政長官根據…的規定,命令公佈《…協定》。` / the date / the Chief Executive's name / the agreement's preamble and
 * paragraphs): the order's line, the instrument it names in 《》 the text's title (the model reads the name alone, treaty.ts
 * makeTitle; words.ts publishedName). One of the first ORDER_REACH lines of text from line `from`, before the first unit.
 */
function orderTitle(text: TextLike, lines: Line[], from: number, firstUnit: number): [number, number] | undefined {
  for (let i = from, seen = 0; i < firstUnit && seen < ORDER_REACH; i++) {
    const l = lines[i];
    if (l.kind !== 'text') continue;
    seen++;
    // (Read with its white space too: a page that joined its lines ended the order's sentence with a full stop and a space.)
    if ((publishedName(contentOf(text, l)) ?? publishedName(text.slice(l.contentStart, l.contentEnd))) !== undefined) return ownTitleBelow(text, lines, i, firstUnit) ? undefined : [i, i];
  }
  return undefined;
}

/**
 * Whether a title line naming its kind stands between line `i` and the first unit: the text's own title, which some other rule
 * may not have taken (`《…关于…的决定》已于…通过，现予公布。` above an arrangement titled over two lines, another instrument).
 */
function ownTitleBelow(text: TextLike, lines: Line[], i: number, firstUnit: number): boolean {
  for (let j = i + 1; j < firstUnit; j++) {
    const l = lines[j];
    if ((l.kind !== 'text' && l.kind !== 'heading') || !isTitleLine(text, l) || isMetaLine(text, l)) continue;
    const span = titleLines(text, lines, j, firstUnit);
    if (span && endsWithKind(text, lines, span)) return true;
  }
  return false;
}

/**
 * A notice's heading over the order publishing an instrument (`第6/2001號行政長官公告` / `行政長官…命令公佈《…協定》。`),
 * no title line of the instrument's own below it (`publishedBelow` found none): the order's line (`orderTitle`), the
 * instrument the text's title rather than the notice. Undefined for a heading of another kind.
 */
function noticeOrder(text: TextLike, lines: Line[], head: [number, number], firstUnit: number): [number, number] | undefined {
  const kind = endingKind(spanWords(text, lines, head));
  return kind && PUBLISHING_KINDS.includes(kind) ? orderTitle(text, lines, head[1] + 1, firstUnit) : undefined;
}

/** How many lines of text a manual's description may run before the model it prints (`exampleTitle`). */
const EXAMPLE_REACH = 40;

/**
 * A writing manual's model instrument with no title at the page's head (the manual's words on the kind first): the first
 * line before the first unit opening with the example's label (`【范例】: 中日两国政府关于在中日航线上的地点`, EXAMPLE_LABEL),
 * its words after the label a title, on up to two more title lines (`设立代表机构的换文`) until they name a kind. The model
 * leaves the label out of the title's text (words.ts `afterExampleLabel`, which this reads the label by too).
 */
function exampleTitle(text: TextLike, lines: Line[], firstUnit: number): [number, number] | undefined {
  for (let i = 0, seen = 0; i < firstUnit && seen < EXAMPLE_REACH; i++) {
    const l = lines[i];
    if (l.kind !== 'text') continue;
    seen++;
    let after = afterExampleLabel(text, l.contentStart, l.contentEnd);
    let first = i;
    if (after === l.contentStart || l.terminal) {
      // The label ending the description's last line (`…狭义的条约。 例:`): the model's title opens the next line of text.
      if (!endsWithExampleLabel(text, l.contentStart, l.contentEnd)) continue;
      first = i + 1;
      while (first < firstUnit && (lines[first].kind === 'blank' || lines[first].kind === 'comment')) first++;
      if (first >= firstUnit || lines[first].kind !== 'text' || !isTitleLine(text, lines[first]) || isMetaLine(text, lines[first])) continue;
      after = lines[first].contentStart;
    }
    let words = titleWords(text.slice(after, lines[first].contentEnd));
    for (let j = first, taken = 0; j < firstUnit && taken <= 2; j++) {
      // (Comment lines between are not there for the reader.)
      if (lines[j].kind === 'comment' || lines[j].kind === 'code') continue;
      if (taken++ > 0) {
        if (!isTitleLine(text, lines[j]) || isMetaLine(text, lines[j])) break;
        words += titleWords(text.slice(lines[j].contentStart, lines[j].contentEnd));
      }
      if (endingKind(words)) return [first, j];
    }
  }
  return undefined;
}

/**
 * An encyclopedia page's lead sentence opening with the instrument's name, no title line above it
 * (`中國政府和美國政府關於相互增設三個總領事館的換文是由美國在1981年06月16日,於北京簽定的條約。`): the line, read as the
 * title (the model's title ends before 是: `leadTitleEnd`). One of the first three lines of text.
 */
function leadTitle(text: TextLike, lines: Line[], firstUnit: number): [number, number] | undefined {
  for (let i = 0, seen = 0; i < firstUnit && seen < 3; i++) {
    const l = lines[i];
    if (l.kind !== 'text') continue;
    seen++;
    if (leadTitleEnd(text.slice(l.contentStart, Math.min(l.contentEnd, l.contentStart + MAX_TITLE))) > 0) return [i, i];
  }
  return undefined;
}

/**
 * The chapter headings of a text whose units are points (`一、`): each a line `第一章 總則` whose next content line
 * opens a point (no chapter heading a paragraph of text, nor one a point's text quotes).
 */
function chaptersOverPoints(lines: readonly Line[]): Set<Line> {
  const out = new Set<Line>();
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].kind !== 'chapter') continue;
    let j = i + 1;
    while (j < lines.length && (lines[j].kind === 'blank' || lines[j].kind === 'comment')) j++;
    if (lines[j]?.kind === 'para') out.add(lines[i]);
  }
  return out;
}

/**
 * A database's page heading joining the title and the chapter the page shows with a hyphen (`…協議-第一章 總則`, the
 * lexer cutting the chapter out, syntax/lines.ts hyphenChapter) under the preamble it printed first: the title.
 */
function hyphenedTitle(text: TextLike, lines: Line[], firstUnit: number): [number, number] | undefined {
  // (The chapter is the first unit, or, where points are the units, the line before the first.)
  const at = lines[firstUnit]?.kind === 'chapter' ? firstUnit : firstUnit - 1;
  const next = lines[at];
  const l = lines[at - 1];
  if (!next || !l || next.kind !== 'chapter' || !next.glued || l.kind !== 'text') return undefined;
  return isHyphen(text.charCodeAt(l.contentEnd - 1)) ? [at - 1, at - 1] : undefined;
}

/**
 * A UN resolution's heading as its document prints it, under the masthead (`联合国 A/RES/73/198`, `第七十三届会议`, the date):
 * its number and title (`73/198. 联合国关于调解所产生的国际和解协议公约`), the organ adopting it alone on the next line (`大会，`).
 */
function resolutionHeading(text: TextLike, lines: Line[], firstUnit: number): [number, number] | undefined {
  for (let i = 0; i < Math.min(firstUnit, 60); i++) {
    const l = lines[i];
    const c = text.charCodeAt(l.contentStart);
    if (l.kind !== 'text' || !((c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19))) continue;
    const s = text.slice(l.contentStart, Math.min(l.contentEnd, l.contentStart + 200));
    const m = RESOLUTION_NUMBER.exec(s);
    if (!m || s.length - m[0].length < 4) continue;
    let j = i + 1;
    const skip = () => { while (j < lines.length && (lines[j].kind === 'blank' || lines[j].kind === 'comment')) j++; };
    skip();
    // (A resolution adopted in parts: the first part's heading between, `A. 援助巴勒斯坦难民`.)
    if (lines[j]?.kind === 'text' && RESOLUTION_PART.test(text.slice(lines[j].contentStart, lines[j].contentEnd))) { j++; skip(); }
    const next = lines[j];
    if (next && next.kind === 'text' && next.contentEnd - next.contentStart <= 8 && RESOLUTION_OPENING.test(foldScript(text.slice(next.contentStart, next.contentEnd)))) return [i, i];
  }
  return undefined;
}

/**
 * The first instrument's title under a collection's heading, numbered in it: `关税及贸易总协定东京回合各非关税壁垒协定` /
 * `(1979年4月12日)` / `1. 进口许可证手续协议` / `序 言`. The heading's next line of content (a lone date, a database's
 * label lines between) is an item numbered 1 whose words name a kind of instrument and are no sentence: the text's title
 * is that line (the model leaves its number out, treaty.ts makeTitle). Undefined for any other title.
 */
function firstOfCollection(text: TextLike, lines: Line[], head: [number, number], firstUnit: number): [number, number] | undefined {
  for (let j = head[1] + 1; j < firstUnit; j++) {
    const l = lines[j];
    if (l.kind === 'blank' || l.kind === 'comment' || l.kind === 'break' || isMetaLine(text, l)) continue;
    if (l.kind !== 'item' || l.num !== 1 || l.terminal || !l.label || l.contentEnd - l.label.end > MAX_PLAIN_TITLE) return undefined;
    const c = text.charCodeAt(l.label.start);
    if (c !== 0x31) return undefined;
    return endingKind(titleWords(text.slice(l.label.end, l.contentEnd)).trim()) !== undefined ? [j, j] : undefined;
  }
  return undefined;
}

/**
 * A book's list of the instruments it prints, each numbered, its date alone on the line under its name (`9.中華人民共和國和日本國
 * 和平友好條約` / `(一九七八年八月十二日)` / the preamble: an appendix of treaties, a page of it from the ninth): the text's first
 * line of content, an entry numbered in Arabic digits whose words name a kind of instrument and are no sentence, a lone date the
 * next line of content, is the title (the model leaves its number out, treaty.ts makeTitle). Undefined for any other first line
 * (a numbered point or paragraph opening a text has no lone date under it).
 */
function numberedEntryTitle(text: TextLike, lines: Line[], firstUnit: number): [number, number] | undefined {
  const next = (from: number) => {
    let j = from;
    while (j < firstUnit && (lines[j].kind === 'blank' || lines[j].kind === 'break' || lines[j].kind === 'comment')) j++;
    return j;
  };
  const i = next(0);
  const l = lines[i];
  if (i >= firstUnit || l.kind !== 'item' || l.terminal || !l.label || l.contentEnd - l.label.end > MAX_PLAIN_TITLE) return undefined;
  const c = text.charCodeAt(l.label.start);
  if (c < 0x30 || c > 0x39) return undefined;
  const j = next(i + 1);
  if (j >= firstUnit || lines[j].kind !== 'text' || !LONE_DATE.test(contentOf(text, lines[j]).trim())) return undefined;
  return endingKind(titleWords(text.slice(l.label.end, l.contentEnd)).trim()) !== undefined ? [i, i] : undefined;
}

/**
 * A notice's or a decision's title above the instrument it publishes or approves (the NPC Standing Committee's
 * `关于批准《…引渡条约》的决定`, the treaty printed below it; Macao's `第25/2012號行政長官公告` ordering `…訂於日內瓦的《…議定書》`
 * published, the protocol's title below it): the instrument's own title, a title line after it that the notice or its
 * lines before it name in 《》, before the instrument's first unit. Undefined for any other title, or none such below.
 */
function publishedBelow(text: TextLike, lines: Line[], head: [number, number], firstUnit: number): [number, number] | undefined {
  const own = spanWords(text, lines, head);
  const kind = endingKind(own);
  if (!kind || !PUBLISHING_KINDS.includes(kind)) return undefined;
  const named = new Set<string>();
  const name = (s: string) => {
    for (const m of foldScript(s).matchAll(NAMED_IN_MARKS)) named.add(titleWords(m[1]));
  };
  for (let j = head[0]; j <= head[1]; j++) name(contentOf(text, lines[j]));
  for (let j = head[1] + 1; j < firstUnit; j++) {
    const l = lines[j];
    if (l.kind !== 'text' && l.kind !== 'heading') continue;
    const span = named.size > 0 && isTitleLine(text, l) && !isMetaLine(text, l) ? titleLines(text, lines, j, firstUnit) : undefined;
    if (span) {
      const words = spanWords(text, lines, span);
      const its = endingKind(words);
      // (Its text after it: a page cut under the title alone gives the notice, not the instrument.)
      // (The instrument's line may carry a remark the citation leaves out: `…条约（中文本）`.)
      if (its && !PUBLISHING_KINDS.includes(its) && [...named].some((n) => sameInstrument(n, words) || sameInstrument(n, withoutRemarks(words))) && hasContentAfter(lines, span[1])) return span;
    }
    // A gazette's title set stacked, its parties one a line and its subject under them, blank lines between (`中華人民共和國` /
    // `澳門特別行政區` / `馬里共和國` / `互免簽證的協定`): the lines are the title the order names, the joiner the layout's.
    const stacked = named.size > 0 && isTitleLine(text, l) && !isMetaLine(text, l) ? stackedTitle(text, lines, j, firstUnit) : undefined;
    if (stacked && [...named].some((n) => stackedName(halfWidthForms(n)) === stackedName(halfWidthForms(spanWords(text, lines, stacked)))) && hasContentAfter(lines, stacked[1])) return stacked;
    name(contentOf(text, l));
  }
  return undefined;
}

/** Lines of a stacked title at most (`stackedTitle`): two parties and a region, the subject, its kind on a line of its own. */
const STACKED_LINES = 6;
/** The longest line of a stacked title: a party's full name, or the subject. */
const STACKED_LINE_LENGTH = 24;

/**
 * A title set stacked from line `i`: short title lines, blank lines between, the last ending with a kind (`中華人民共和國` /
 * `澳門特別行政區政府` / `泰王國政府` / `互免簽證` / `的協定`). Undefined when a longer line, a sentence or no kind comes first.
 */
function stackedTitle(text: TextLike, lines: Line[], i: number, end: number): [number, number] | undefined {
  let words = '';
  for (let j = i, taken = 0; j < end && taken < STACKED_LINES; j++) {
    const l = lines[j];
    if (l.kind === 'blank' || l.kind === 'comment') continue;
    if (l.kind !== 'text' || l.contentEnd - l.contentStart > STACKED_LINE_LENGTH || !isTitleLine(text, l) || isMetaLine(text, l)) return undefined;
    words += titleWords(contentOf(text, l));
    taken++;
    if (endingKind(words)) return taken > 1 ? [i, j] : undefined;
  }
  return undefined;
}

/**
 * A gazette's page publishing an instrument under an order whose heading names no kind (Macao's `第33/83號政府命令`, its
 * `獨一條` approving `《國際性誘拐兒童民事方面的公約》`, the convention's title and text below): with no title at the head,
 * the first title line before the first unit that a line above it names in 《》, with text after it, is the title.
 */
function namedBelow(text: TextLike, lines: Line[], firstUnit: number): [number, number] | undefined {
  const named = new Set<string>();
  for (let j = 0; j < firstUnit && j < 2 * MAX_ATTACHING; j++) {
    const l = lines[j];
    if (l.kind !== 'text' && l.kind !== 'heading') continue;
    const span = named.size > 0 && isTitleLine(text, l) && !isMetaLine(text, l) ? titleLines(text, lines, j, firstUnit) : undefined;
    if (span) {
      const words = spanWords(text, lines, span);
      if (endingKind(words) && [...named].some((n) => sameInstrument(n, words) || sameInstrument(n, withoutRemarks(words))) && hasContentAfter(lines, span[1])) return span;
    }
    for (const m of foldScript(contentOf(text, l)).matchAll(NAMED_IN_MARKS)) named.add(titleWords(m[1]));
  }
  return undefined;
}

/** Whether a line with text follows line `i` (not a comment, page furniture nor a code block's). */
function hasContentAfter(lines: readonly Line[], i: number): boolean {
  for (let j = i + 1; j < lines.length; j++) if (lines[j].contentEnd > lines[j].contentStart && lines[j].kind !== 'comment' && lines[j].kind !== 'break' && lines[j].kind !== 'code') return true;
  return false;
}

/** A Hong Kong ordinance's heading (`第 1 章 - 释义及通则条例`, `isCapHeading`) before the first unit, under a site's lines: its title. */
function capHeadingTitle(text: TextLike, lines: Line[], firstUnit: number): [number, number] | undefined {
  for (let i = 0; i < firstUnit; i++) {
    const l = lines[i];
    if (l.kind !== 'text' || text.charCodeAt(l.contentStart) !== 0x7b2c /* 第 */) continue;
    const s = text.slice(l.contentStart, l.contentEnd);
    const m = CAP_HEADING.exec(s);
    if (m && endingKind(titleWords(s.slice(m[0].length)))) return [i, i];
  }
  return undefined;
}

/**
 * Two names (`titleWords`) name one instrument: the same words, full-width forms as half-width (`（草案）`, `(草案)`), the
 * order of two parties joined by 和 aside (`甲和乙引渡条约`, `乙和甲引渡条约`: each party's copy names itself first).
 */
function sameInstrument(a: string, b: string): boolean {
  a = halfWidthForms(a);
  b = halfWidthForms(b);
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = a.search(PARTY_JOINER); i > 0 && i < a.length; i = nextJoiner(a, i + 1)) {
    for (let j = i + 2; j <= a.length; j++) if (b === a.slice(i + 1, j) + a[i] + a.slice(0, i) + a.slice(j)) return true;
  }
  return false;
}

/** A word joining two parties' names (`…和…`, `…与…`, `…同…`). */
const PARTY_JOINER = /[和与同]/;

function nextJoiner(s: string, from: number): number {
  const k = s.slice(from).search(PARTY_JOINER);
  return k < 0 ? -1 : from + k;
}

/** An instrument's name in book-title marks (`《…》`), read folded. */
const NAMED_IN_MARKS = /《([^《》]{4,300})》/g;

/** The words of the title on lines `span` (`titleWords`), blank and comment lines apart. */
function spanWords(text: TextLike, lines: readonly Line[], span: [number, number]): string {
  let words = '';
  for (let j = span[0]; j <= span[1]; j++) if (lines[j].kind !== 'blank' && lines[j].kind !== 'comment') words += titleWords(text.slice(lines[j].contentStart, lines[j].contentEnd));
  return words;
}

/**
 * An instrument printed under the notice that publishes it (a tax office's `…通知` / `附件：…议定书`
 * / the office and date / the instrument; a Chief Executive's `命令公佈《…協定》…`): the line that
 * repeats the title its `附件：` line or the order names.
 */
function attachedTitle(text: TextLike, lines: Line[], firstUnit: number): [number, number] | undefined {
  for (let i = 0, seen = 0; i < firstUnit && seen < MAX_ATTACHING; i++) {
    const l = lines[i];
    if (l.kind !== 'text') continue;
    seen++;
    const m = ATTACHMENT_LINE.exec(foldScript(text.slice(l.contentStart, Math.min(l.contentEnd, l.contentStart + 6))));
    // Or an annex's number alone on its line (`附件1`), the annexed instrument's title on the next lines (a notice forwarding
    // agreements, `…協定轉發給你們` / `附件：…合作協定` (all of them) / `附件1` / `中華人民共和國政府和甲國` / `…合作協定`).
    if (!m && l.contentEnd - l.contentStart <= 6 && ANNEX_NUMBER_LINE.test(contentOf(text, l))) {
      let j = i + 1;
      while (j < firstUnit && lines[j].kind !== 'text') j++;
      const span = j < firstUnit && isTitleLine(text, lines[j]) ? titleLines(text, lines, j, firstUnit) : undefined;
      if (span && endsWithKind(text, lines, span)) return span;
      continue;
    }
    // Or the order publishing it: `命令公佈《…協定》的正式中文、葡文及英文文本` (Macao's Official Gazette).
    const published = m ? undefined : PUBLISHING.exec(contentOf(text, l));
    if (!m && !published) {
      // Or a report announcing the text below it (`…签署了《中俄睦邻友好合作条约》。条约全文如下：`): the next title line, ending with its kind.
      if (TEXT_FOLLOWS.test(foldScript(text.slice(l.contentStart, Math.min(l.contentEnd, l.contentStart + MAX_TITLE))))) {
        for (let j = i + 1; j < Math.min(firstUnit, i + ANNOUNCED_REACH); j++) {
          if (lines[j].kind !== 'text' && lines[j].kind !== 'heading') continue;
          const span = isTitleLine(text, lines[j]) && !isMetaLine(text, lines[j]) ? titleLines(text, lines, j, firstUnit) : undefined;
          if (span && endsWithKind(text, lines, span)) return span;
          if (!isMetaLine(text, lines[j])) break;
        }
      }
      // Or a notice announcing it, opening with its name (`《…安排》第三议定书于2010年5月27日在北京正式签署，…`):
      // the title is a line after it that is that name, naming its kind, before the instrument's first unit.
      const announced = announcedTitle(text, lines, i, firstUnit);
      if (announced !== undefined) return announced;
      continue;
    }
    const named = published ? published[1] : contentOf(text, l).slice(m![0].replace(/[ \t\u3000]+/g, '').length);
    if (!endingKind(titleWords(named))) continue;
    for (let j = i + 1; j < firstUnit; j++) if (lines[j].kind === 'text' && contentOf(text, lines[j]) === named) return [j, j];
  }
  return undefined;
}

/** Lines after a notice's first line read for the title it opens with (`attachedTitle`). */
const ANNOUNCED_REACH = 12;

/**
 * The line after line `i` (within ANNOUNCED_REACH) whose whole content is the name line `i` opens with and goes on after, ending with a kind (`announced`, see attachedTitle);
 * or the title lines after it that the name in 《》 it opens with ends with, the issuer's `…关于` before them (the Supreme People's Court publishing
 * an arrangement, `《最高人民法院关于内地与香港特别行政区法院…的安排》已于…通过,现予公布`, its title below over two lines without the issuer).
 */
function announcedTitle(text: TextLike, lines: Line[], i: number, firstUnit: number): [number, number] | undefined {
  const notice = contentOf(text, lines[i]);
  for (let j = i + 1; j < Math.min(firstUnit, i + ANNOUNCED_REACH); j++) {
    if (lines[j].kind !== 'text') continue;
    const named = contentOf(text, lines[j]);
    // (In book-title marks or not: `《…安排》(以下简称《安排》),已于…签署`, the State Taxation Administration's notices.)
    const marked = /^《([^《》]{8,300})》./.exec(notice);
    const opens = notice.startsWith(named) || (marked !== null && sameInstrument(titleWords(marked[1]), titleWords(named)));
    if (named.length >= 8 && notice.length > named.length && opens && endingKind(titleWords(named))) return [j, j];
    if (marked !== null && isTitleLine(text, lines[j])) {
      const span = titleLines(text, lines, j, firstUnit);
      const words = span ? spanWords(text, lines, span) : '';
      const name = titleWords(marked[1]);
      if (words.length >= 8 && issuedAs(name, words) && endingKind(words)) return span;
    }
  }
  return undefined;
}

/** The order publishing an instrument, naming it: `命令公佈《…》`, `公布《…》` (a line's content, white space removed). */
const PUBLISHING = /公[佈布]《([^《》]{4,160})》/;
/** Text lines read for a notice's `附件：` or publishing order before the title it names. */
const MAX_ATTACHING = 60;
/** An annex's number and nothing else: `附件1`, `附件一`, `附件 2`. */
const ANNEX_NUMBER_LINE = /^附件[ \t\u3000]{0,2}(?:[一二三四五六七八九十]{1,3}|[0-9０-９]{1,2})$/;
/** A notice's line naming what it attaches: `附件：…`, `附件一:…`. */
const ATTACHMENT_LINE = /^附件[一二三四五六七八九十0-9]{0,2}[ \t\u3000]*[：:][ \t\u3000]*/;
/** What a letter's `附件:` line says when the attachment is the instrument its text names: `如文` (`附件:如文。`), `如上`. */
const AS_THE_TEXT = /^如[文上][。.]?$/;

function titleLineAtHead(text: TextLike, lines: Line[], firstUnit: number): [number, number] | undefined {
  for (let i = 0; i < firstUnit; i++) {
    const l = lines[i];
    if (l.kind === 'heading' && l.contentEnd > l.contentStart && !isMetaLine(text, l)) return titleLines(text, lines, i, firstUnit);
  }
  for (let i = 0, chrome = 0; i < firstUnit; i++) {
    const l = lines[i];
    if (l.kind === 'tag') {
      if (l.tag === 'BT') return undefined;
      continue;
    }
    if (l.kind === 'blank' || l.kind === 'break' || l.kind === 'comment' || l.kind === 'code' || isLanguageEdition(text, l)) continue;
    if (isMetaLine(text, l)) {
      // A database's history field (`沿革:`): its entries, over lines the width broke, are the page's too (`historyEnd`).
      if (HISTORY_LABEL.test(foldScript(contentOf(text, l)))) i = historyEnd(text, lines, i, firstUnit);
      continue;
    }
    // A writing site's heading over its model text (`会谈纪要范文`): a kind and the site's word for a model, no title.
    if (l.kind === 'text' && sampleHeadingKind(text.slice(l.contentStart, l.contentEnd)) !== undefined) continue;
    const span = isTitleLine(text, l) ? titleLines(text, lines, i, firstUnit) : undefined;
    // A page's own words before the title, copied with it (`跳至內容`, `維基文庫，自由的圖書館`):
    // a short line naming no kind, with a blank line after it; or naming one inside, not at its end
    // (`中外互免签证协议一览表`), when a title ending with its kind follows; a news page's headline announcing
    // the full text (`中美第一階段經貿協議全文`) so whatever the navigation above it.
    const announces = span !== undefined && announcesWholeText(text, lines, span);
    const pageHeading = span !== undefined && (chrome < 2 || announces) && namesKindInside(text, lines, span) && strongTitleAhead(text, lines, i + 1, firstUnit, announces ? 2 : 2 - chrome);
    // A kind of instrument alone on its line (`條約`, a treaty database's category over the page), a title
    // naming parties and subject below it: the page's heading; alone, it is the title (`议 定 书`).
    if (span && !pageHeading && !(chrome < 2 && isBareKind(text, l) && strongTitleAhead(text, lines, i + 1, firstUnit, 2))) return fullTitleBelow(text, lines, span, firstUnit) ?? span;
    // A page's navigation, short lines with no blank line between (`找回密码` / `注册` / `搜索`), when a
    // title ending with its kind follows them (lines set apart by blank lines: two at most, above).
    // A line naming the text by its self-word (no title: `isTitleLine`), a title ending with its kind on the next line: the caption
    // a contracts site set over the page (`对本议定书附录…的修正` / `《…货物贸易协议》第二议定书`), passed over as the page's own.
    if (!span && chrome === 0 && l.kind === 'text' && selfReferenceOutsideBrackets(text, l) && strongTitleAhead(text, lines, i + 1, firstUnit, 1)) {
      chrome++;
      continue;
    }
    if (!span && chrome < MAX_NAVIGATION && lines[i + 1]?.kind !== 'blank' && isChrome(text, l) && strongTitleAhead(text, lines, i + 1, firstUnit, MAX_NAVIGATION)) {
      chrome++;
      continue;
    }
    if ((++chrome > 2 && !(pageHeading && announces)) || (!span && !isChrome(text, l)) || lines[i + 1]?.kind !== 'blank') return span;
  }
  return undefined;
}

/** Lines a history field's entries run over at most (`historyEnd`). */
const HISTORY_REACH = 12;
/** A history entry's number: `1.`, `2、`. */
const HISTORY_ENTRY_NUMBER = /^[0-9０-９]{1,2}[.．、]/;

/**
 * The last line of the entries under a database's history label at line `label` (`1.…簽訂;並於八十九年八月一日` / `開始執行`): each
 * opens with its number and ends with a line ending when the instrument took effect (words.ts HISTORY_ENTRY_END). `label` when
 * no such entry follows (a line of text under the label that is no entry ends nothing).
 */
function historyEnd(text: TextLike, lines: Line[], label: number, firstUnit: number): number {
  let end = label;
  let open = false;
  // (A comment line is passed over, uncounted: a drafter's note between the entries' lines changes nothing.)
  for (let j = label + 1, read = 0; j < firstUnit && read < HISTORY_REACH; j++) {
    const l = lines[j];
    if (l.kind === 'comment') continue;
    read++;
    if (l.kind !== 'text' && l.kind !== 'item') break;
    // An entry opens with its number (`1.`); the lines after it, to its end, go on with it.
    if (!open && !HISTORY_ENTRY_NUMBER.test(contentOf(text, l))) break;
    open = !HISTORY_ENTRY_END.test(foldScript(contentOf(text, l)));
    if (!open) end = j;
  }
  return end;
}

/**
 * An encyclopedia's entry named by the instrument's short name, its description saying so (`中蒙友好互助條約` / `鎖定` /
 * `《中華人民共和國和蒙古人民共和國友好互助條約》的簡稱。…` / the entry's fields / the full title over the preamble): the full
 * title is the line below, before the first unit, that the description names in 《》 before the word for a short name
 * (words.ts SHORT_NAME_OF), ending with the short name's kind. Undefined for a title no line below says it shortens.
 */
function fullNameBelow(text: TextLike, lines: Line[], head: [number, number], firstUnit: number): [number, number] | undefined {
  if (head[0] !== head[1] || lines[head[0]].kind !== 'text') return undefined;
  const kind = endingKind(titleWords(foldScript(contentOf(text, lines[head[0]]))));
  if (kind === undefined) return undefined;
  let full: string | undefined;
  for (let j = head[1] + 1; j < firstUnit; j++) {
    const l = lines[j];
    if (l.kind !== 'text') continue;
    const s = foldScript(contentOf(text, l));
    if (full === undefined) {
      const m = SHORT_NAME_OF.exec(s);
      if (m && endingKind(titleWords(m[1])) === kind) full = titleWords(m[1]);
    } else if (titleWords(s) === full) return [j, j];
  }
  return undefined;
}

/** Lines of text read below a page's headline about an instrument for its name alone on a line (`nameUnderHeadline`). */
const HEADLINE_NAME_REACH = 12;

/**
 * A page's headline about an instrument (`展拓香港界址專條的主要內容 條約原文內容介紹`, a history site's: the instrument's name,
 * 的, then what the page says of it), the name alone on a line of its own below (under the page's date and lead): that line is
 * the title. The headline names the kind inside, not at its end (a title ending with one, `…公约的议定书`, is a title); its
 * words up to a 的 end with a kind, and a line of text within HEADLINE_NAME_REACH is those words and nothing else.
 */
function nameUnderHeadline(text: TextLike, lines: Line[], head: [number, number], firstUnit: number): [number, number] | undefined {
  if (head[0] !== head[1] || lines[head[0]].kind !== 'text') return undefined;
  const words = titleWords(contentOf(text, lines[head[0]]));
  if (endingKind(words) !== undefined || headlineKind(words) !== undefined) return undefined;
  for (let at = words.indexOf('的'); at > 0; at = words.indexOf('的', at + 1)) {
    const name = words.slice(0, at);
    if (endingKind(name) === undefined) continue;
    for (let j = head[1] + 1, read = 0; j < firstUnit && read < HEADLINE_NAME_REACH; j++) {
      const l = lines[j];
      if (l.kind !== 'text') continue;
      read++;
      if (titleWords(contentOf(text, l)) === name) return [j, j];
    }
    return undefined;
  }
  return undefined;
}

/**
 * A page's short name for the instrument above its full title (`中日民間漁業協定` / blank / `中華人民共和國中國漁業協會和
 * 日本國日中漁業協議會關於黃海、東海漁業的協定`, a wiki's page name): the title one line of its own, then one blank line,
 * then a title line ending with the same kind, twice as long at least and not repeating it: that line is the title.
 */
function fullTitleBelow(text: TextLike, lines: Line[], span: [number, number], firstUnit: number): [number, number] | undefined {
  const l = lines[span[0]];
  if (span[0] !== span[1] || l.kind !== 'text') return undefined;
  // (Comment lines between are not there for the reader.)
  let j = span[0] + 1;
  let blanks = 0;
  for (; j < firstUnit && (lines[j].kind === 'blank' || lines[j].kind === 'comment' || lines[j].kind === 'code'); j++) if (lines[j].kind === 'blank') blanks++;
  if (blanks !== 1) return undefined;
  const next = lines[j];
  if (j >= firstUnit || !next || next.kind !== 'text' || next.contentEnd - next.contentStart < 2 * (l.contentEnd - l.contentStart) || !isTitleLine(text, next)) return undefined;
  const short = titleWords(text.slice(l.contentStart, l.contentEnd));
  const full = titleWords(text.slice(next.contentStart, next.contentEnd));
  const kind = endingKind(short);
  return kind !== undefined && endingKind(full) === kind && !full.includes(short) ? [j, j] : undefined;
}

const MAX_CHROME = 20;
/** Most lines of a page's navigation read before a title. */
const MAX_NAVIGATION = 6;

/** A line that is a kind of instrument and nothing else (`條約`, `议 定 书`), read folded to simplified. */
function isBareKind(text: TextLike, l: Line): boolean {
  if (l.contentEnd - l.contentStart > 12) return false;
  const words = titleWords(text.slice(l.contentStart, l.contentEnd)).replace(/[ \t\u3000]/g, '');
  return INSTRUMENT_KINDS.includes(words);
}

/** A plain line read as a title only for a kind named inside it, not at its end (`中外互免签证协议一览表`). */
function namesKindInside(text: TextLike, lines: readonly Line[], span: [number, number]): boolean {
  return lines[span[0]].kind !== 'heading' && span[0] === span[1] && !endsWithKind(text, lines, span);
}

/** The line `span` holds ends with words announcing an instrument's full text (`…协议全文`). */
function announcesWholeText(text: TextLike, lines: readonly Line[], span: [number, number]): boolean {
  const words = titleWords(text.slice(lines[span[0]].contentStart, lines[span[0]].contentEnd));
  return WHOLE_TEXT_WORDS.some((w) => words.endsWith(w));
}

/** The title on lines `span` ends with its kind (`…的协议`, `…协定（草案）`), not only names one inside. */
function endsWithKind(text: TextLike, lines: readonly Line[], span: [number, number]): boolean {
  let words = '';
  for (let j = span[0]; j <= span[1]; j++) if (lines[j].kind !== 'blank' && lines[j].kind !== 'comment' && lines[j].kind !== 'code') words += titleWords(text.slice(lines[j].contentStart, lines[j].contentEnd));
  return endingKind(words) !== undefined;
}

/** One of the next `budget` content lines from `from` opens a title that ends with its kind. */
function strongTitleAhead(text: TextLike, lines: Line[], from: number, end: number, budget: number): boolean {
  for (let j = from; j < end && budget > 0; j++) {
    const l = lines[j];
    if (l.kind === 'blank' || l.kind === 'break' || l.kind === 'comment' || l.kind === 'code') continue;
    budget--;
    const span = isTitleLine(text, l) ? titleLines(text, lines, j, end) : undefined;
    // (Or a headline, the whole-text words after its kind, `…组织章程全文`: under a page's `- 相关推荐`, as a title would be.)
    if (span && (endsWithKind(text, lines, span) || (span[0] === span[1] && headlineKind(titleWords(text.slice(l.contentStart, l.contentEnd))) !== undefined))) return true;
  }
  return false;
}

/**
 * A short line of a page's own (no sentence, no kind of instrument named); Latin words are not counted (`Hits Focused   English 中文`);
 * nor the repeats of a word written over and over (a rating widget's stars: `不活动星星不活动星星…`).
 */
function isChrome(text: TextLike, l: Line): boolean {
  if (l.kind !== 'text') return false;
  const s = text.slice(l.contentStart, l.contentEnd);
  // (A sentence is no chrome, but for a site's greeting: `欢迎访问两岸关系网!`.)
  if (l.terminal && !SITE_WELCOME.test(s)) return false;
  const own = s.replace(/[\x00-\x7f]+/g, '');
  if (!(own.length <= MAX_CHROME || REPEATED_WORD.test(own) || NAVIGATION_BAR.test(s) || LINK_BAR.test(s) || KEYWORD_LINE.test(s))) return false;
  // No kind of instrument named: a kind of one character only where the line ends with it (`…宪法`), not inside a word (a
  // site's section `政策與法規`, policies and regulations, over the page's title).
  const words = titleWords(s);
  return !INSTRUMENT_KINDS.some((k) => (k.length > 1 ? words.includes(k) : withoutRemarks(words).endsWith(k)));
}

/**
 * A copying site's keywords over the page (a spammer's: `国产高清三级在线观看,欧美网站免费观看在线,黄瓜视频在线观看网址`,
 * `…无码网-久久精品国产成人-…`): three phrases and more of 2 to 16 characters joined by commas, hyphens or underscores,
 * no space, no quotation nor book-title mark, no sentence end.
 */
const KEYWORD_LINE = /^[^\s，。、,.；;：:！!？?|｜_\-－《》“”"（）()]{2,16}(?:[，,_\-－][^\s，。、,.；;：:！!？?|｜_\-－《》“”"（）()]{2,16}){2,}$/;

/** A site's links on one line between `|` (`热门站点| 世界资料网 | 专利资料网 | 世界资料网论坛`): three entries and more, no punctuation. */
const LINK_BAR = /^[^\s，。、,.；;：:！!？?|｜]{1,12}(?:[ \t\u3000]*[|｜][ \t\u3000]*[^\s，。、,.；;：:！!？?|｜]{1,12}){2,}$/;

/** A site's navigation bar on one line: four words and more of up to six characters, spaces between, no punctuation (`網站首頁 專題首頁 親歷與訪談 … 圖片`). */
const NAVIGATION_BAR = /^[^\s，。、,.；;：:！!？?]{1,6}(?:[ \t\u3000]+[^\s，。、,.；;：:！!？?]{1,6}){3,}$/;

/** One word of up to eight characters written three times or more, and nothing else. */
const REPEATED_WORD = /^(.{1,8})\1{2,}$/;

/**
 * A title whole on its line: ten characters and more, not opening with words a broken line goes on with
 * (的, 之, 和 …: `…关于协定` / `的议定书`), whichever party it names first (the other party's copy swaps them).
 */
const WHOLE_TITLE = /^[^的之和与及同、，,（(][^]{9,}/;

/** Where a title broken over lines breaks with a blank line: after a party's name or a joining word (`…政府和`, `…共和国`, `关于`). */
const BROKEN_TITLE_END = /(?:[和与同及暨对的、，,]|政府|国|关于|之间|联邦|组织|委员会)$/;

/**
 * Whether a book-title mark opened in `text[from, to)` is still open at its end: a title naming the instrument it
 * supplements broken inside that name, a blank line between its halves (`《内地与香港关于建立更紧密经贸` / `` /
 * `关系的安排》补充协议`, the State Council's gazette): the title goes on.
 */
function opensBookTitle(text: TextLike, from: number, to: number): boolean {
  let open = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x300a /* 《 */) open++;
    else if (c === 0x300b /* 》 */ && open > 0) open--;
  }
  return open > 0;
}

/** The lines of a title starting at line `i`; undefined when a plain line never names a kind. */
function titleLines(text: TextLike, lines: Line[], i: number, end: number): [number, number] | undefined {
  let words = titleWords(text.slice(lines[i].contentStart, lines[i].contentEnd));
  if (endingKind(words)) return [i, draftRemarkBelow(text, lines, i, end) ?? i];
  // The next lines of the title, a blank line between them allowed (centred titles).
  for (let j = i + 1, taken = 0; j < end && taken < 3; j++) {
    if (lines[j].kind === 'comment' || lines[j].kind === 'code') continue;
    if (lines[j].kind === 'blank' && j + 1 < end && lines[nextNonComment(lines, j + 1, end)]?.kind !== 'blank') {
      if (!BROKEN_TITLE_END.test(words) && !opensBookTitle(text, lines[i].contentStart, lines[j - 1].contentEnd)) break;
      continue;
    }
    if (!isTitleLine(text, lines[j]) || isMetaLine(text, lines[j])) break;
    const next = titleWords(text.slice(lines[j].contentStart, lines[j].contentEnd));
    // The lines so far are a truncated copy of the next (`香港政府和美利堅合眾國政府的` / `…的民用航空運輸協定`): the title starts there.
    if (next.length > words.length && next.startsWith(words)) return titleLines(text, lines, j, end);
    // A line naming a kind inside, not at its end, that does not break off at a joining word, above a whole
    // title of its own (a page's heading, `中外互免签证协议一览表-中华人民共和国外交部`): the title starts there.
    if (taken === 0 && lines[j - 1].kind !== 'blank' && !BROKEN_TITLE_END.test(words) && INSTRUMENT_KINDS.some((k) => k.length > 1 && words.includes(k)) && WHOLE_TITLE.test(next) && endingKind(next) !== undefined) return [j, j];
    // A whole title the page already gave above, opening a line of its own (the page's name, `…协定-澳门凯发`), under a
    // line that does not break off at a joining word (the site's name, `澳门凯发-凯发k8娱乐`): the title starts there.
    if (taken === 0 && !BROKEN_TITLE_END.test(words) && WHOLE_TITLE.test(next) && endingKind(next) !== undefined && givenAbove(text, lines, i, next)) return [j, j];
    // A whole title the page gives again below it, a line of its own (a site's banner over the page's name, the text's heading
    // after a blank line: `法搜网--中国法律信息搜索网` / `国家税务局关于中澳避免双重征税协定生效的通知` / `` / the title again), under a
    // line that does not break off at a joining word: the title starts there.
    if (taken === 0 && !BROKEN_TITLE_END.test(words) && endingKind(next) !== undefined && givenBelow(text, lines, j, end, next)) return [j, j];
    // A whole title opening with a party's name, a state's (`中华人民共和国…与墨西哥合众国…的谅解备忘录`), under a line that does
    // not break off at a joining word (a site's banner, `法搜网--中国法律信息搜索网`; a photo's credit, `新華社記者 丁林攝`): no title
    // goes on with a state's name after a word that joins none.
    if (taken === 0 && lines[j - 1].kind !== 'blank' && !BROKEN_TITLE_END.test(words) && endingKind(next) !== undefined && stateOf(next) !== undefined) return [j, j];
    // A whole title under a site's banner (`法搜网--中国法律信息搜索网` / `关于中华人民共和国华国锋总理访日的联合新闻公报`, the
    // title opening with 关于, no state's name): the title starts there.
    if (taken === 0 && SITE_BANNER.test(words) && WHOLE_TITLE.test(next) && endingKind(next) !== undefined) return [j, j];
    // The parties' names side by side, white space and no joining word between them, above a whole title (a letterhead,
    // `國家發展和改革委員會 廣東省人民政府 香港特別行政區政府 澳門特別行政區政府` over a framework agreement's): no title breaks there.
    if (taken === 0 && WHOLE_TITLE.test(next) && endingKind(next) !== undefined && namesSideBySide(text.slice(lines[i].contentStart, lines[i].contentEnd))) return [j, j];
    taken++;
    words += next;
    if (endingKind(words)) return [i, j];
  }
  // One line: a heading always is the title; a plain line when it names a kind somewhere (`…协定（草案）`), or ends with one
  // read by its ending only before a headline's whole-text words (`…组织章程全文`, `…组织组织法全文`: `headlineKind`).
  const first = titleWords(text.slice(lines[i].contentStart, lines[i].contentEnd));
  // (Or a judicial interpretation's, a body's rules' title: `最高人民法院关于…的解释（一）`, no kind named; a database's fields
  // glued after it, `…的解释发文单位:最高人民法院文号:…`, no part of it.)
  const label = GLUED_LABEL.exec(first);
  return lines[i].kind === 'heading' || INSTRUMENT_KINDS.some((k) => k.length > 1 && first.includes(k)) || isRulesTitle(label ? first.slice(0, label.index) : first) || headlineKind(first) !== undefined ? [i, i] : undefined;
}

/** Whether `line` is two names of parties and more side by side, white space between them (`…委員會 廣東省人民政府`). */
function namesSideBySide(line: string): boolean {
  const names = foldScript(line).split(/[ \t\u3000]+/);
  return names.length > 1 && names.every((n) => n.length > 2 && LETTERHEAD_PARTY_END.test(n));
}

/** One of the lines before line `i` (PAGE_NAME_REACH at most) opens with the title's words `title`, something after them. */
function givenAbove(text: TextLike, lines: readonly Line[], i: number, title: string): boolean {
  for (let k = i - 1; k >= 0 && k >= i - PAGE_NAME_REACH; k--) {
    const l = lines[k];
    if (l.kind !== 'text' && l.kind !== 'heading') continue;
    const words = titleWords(text.slice(l.contentStart, Math.min(l.contentEnd, l.contentStart + MAX_TITLE)));
    if (words.length > title.length && words.startsWith(title)) return true;
  }
  return false;
}
/** One of the lines after line `j` (PAGE_NAME_REACH at most, before `end`) is the title's words `title` alone. */
function givenBelow(text: TextLike, lines: readonly Line[], j: number, end: number, title: string): boolean {
  for (let k = j + 1; k < end && k <= j + PAGE_NAME_REACH; k++) {
    const l = lines[k];
    // (The line again is read as a running head, a page's break, when it repeats the title's.)
    if ((l.kind === 'text' || l.kind === 'heading' || l.kind === 'break') && l.contentEnd - l.contentStart === title.length && titleWords(text.slice(l.contentStart, l.contentEnd)) === title) return true;
  }
  return false;
}
/** Lines above a title read for the page's name giving it whole. */
const PAGE_NAME_REACH = 12;

/**
 * The line under a title line `i` that says which draft of it this is, wholly in brackets, blank lines and comments between them allowed
 * (`厦门经济特区社会信用条例` / `(草案修改二稿征求意见稿)`): the title's last line. Not a date's remark (`(1965年11月15日订于海牙)`).
 */
function draftRemarkBelow(text: TextLike, lines: Line[], i: number, end: number): number | undefined {
  let j = i + 1;
  while (j < end && j <= i + 8 && (lines[j].kind === 'blank' || lines[j].kind === 'comment')) j++;
  const l = lines[j];
  if (!l || j >= end || (l.kind !== 'text' && l.kind !== 'heading') || l.contentEnd - l.contentStart > 40) return undefined;
  const c = text.charCodeAt(l.contentStart);
  const last = text.charCodeAt(l.contentEnd - 1);
  if ((c !== 0xff08 && c !== 0x28) || (last !== 0xff09 && last !== 0x29)) return undefined;
  const inside = titleWords(text.slice(l.contentStart + 1, l.contentEnd - 1));
  return DRAFT_TITLE_WORDS.some((d) => inside.includes(d)) ? j : undefined;
}

/**
 * A long line's length as a title's is counted (`MAX_PLAIN_TITLE`): a title citing another's (with 《》) counts none;
 * a converter's pinyin after its characters (`關(guān)于`) is no part of its words.
 */
function plainLength(s: string): number {
  return s.includes('》') ? 0 : s.includes('(') || s.includes('（') ? s.replace(PINYIN_GLOSS, '').length : s.length;
}

/** The longest plain line read as a title; one that cites another's title (with 《》) may run to `MAX_TITLE`. */
const MAX_PLAIN_TITLE = 100;
const MAX_TITLE = 300;

/**
 * A line that can be (a line of) a title: a heading, or a short plain line that is no sentence.
 * A closing bracket ends a sentence, but not a title with a remark after its kind, as databases
 * print them: `…协定（草案）`, `…的议定书(俄罗斯2009.06.17)`.
 */
function isTitleLine(text: TextLike, l: Line): boolean {
  if (l.kind === 'heading') return l.contentEnd > l.contentStart;
  // A title that cites another instrument's whole title (`关于修改《…》的议定书`) runs to two hundred characters and more.
  const n = l.contentEnd - l.contentStart;
  if (l.kind !== 'text' || n > MAX_TITLE || (n > MAX_PLAIN_TITLE && plainLength(text.slice(l.contentStart, l.contentEnd)) > MAX_PLAIN_TITLE)) return false;
  // The text's own self-word alone (`本條例草案` / `旨在…`, a Hong Kong bill's opening words; `本协定`): no title.
  if (text.charCodeAt(l.contentStart) === 0x672c /* 本 */ && n <= 8 && SELF_WORD_LINE.test(foldScript(text.slice(l.contentStart, l.contentEnd)).replace(/[ \t\u3000]/g, ''))) return false;
  // A line naming the text itself by its self-word before any bracket (`对本议定书附录“签证操作程序”…的修正`, a contracts site's
  // caption of the article it was found by, over the page): a line of the text, no title. (In a bracket after the title the
  // self-word is a database's remark on it, `…架構協議(本協議尚待…生效)`: pageTitleEnd's.)
  if (n > 8 && selfReferenceOutsideBrackets(text, l)) return false;
  // A kind alone numbered in brackets heads one of a treaty's sets of notes (`換文 (一)` / `(甲) …照會`, under a database's name
  // line `法規名稱: …條約之換文`): a section of the text, no title.
  if (n <= 12 && NUMBERED_KIND_LINE.test(foldScript(text.slice(l.contentStart, l.contentEnd)))) return false;
  if (isLanguageEdition(text, l)) return false;
  // A kind alone and words saying the page gives its text (`條約原文`, a site's heading over a treaty whose name it does not give):
  // names no instrument, no title.
  if (n <= 8 && KIND_TEXT_HEADING.test(foldScript(text.slice(l.contentStart, l.contentEnd)).replace(/[ \t\u3000]/g, ''))) return false;
  // A news headline reporting the signing (`中俄签署睦邻友好合作条约(2001/7/16)`): no title.
  if (REPORTS_SIGNING.test(titleWords(text.slice(l.contentStart, Math.min(l.contentEnd, l.contentStart + 24))))) return false;
  if (!l.terminal) return true;
  const last = text.charCodeAt(l.contentEnd - 1);
  // A line that is wholly an instrument's name in book-title marks (`《濒临绝种野生动植物国际贸易公约》`, a law site's heading).
  if (last === 0x300b /* 》 */) return wholeBookTitle(text.slice(l.contentStart, l.contentEnd));
  if (last !== 0xff09 && last !== 0x29) return false;
  const words = titleWords(text.slice(l.contentStart, l.contentEnd));
  return endingKind(words) !== undefined || isRulesTitle(words) || headlineKind(words) !== undefined;
}

/**
 * A language's edition alone on line `l` (`俄文版` over the 1915 Kyakhta agreement on a forum, the version it was translated from;
 * `中文本`): the page's label, passed over before the title, no title's first line (words.ts LANGUAGE_EDITION).
 */
function isLanguageEdition(text: TextLike, l: Line): boolean {
  return l.kind === 'text' && l.contentEnd - l.contentStart <= 6 && LANGUAGE_EDITION.test(foldScript(text.slice(l.contentStart, l.contentEnd)));
}

/** Whether line `l` holds the text's self-word (words.ts SELF_REFERENCE), read folded, before any opening bracket. */
function selfReferenceOutsideBrackets(text: TextLike, l: Line): boolean {
  const raw = text.slice(l.contentStart, l.contentEnd);
  if (raw.indexOf('本') < 0) return false;
  const s = foldScript(raw);
  const m = SELF_REFERENCE.exec(s);
  if (!m) return false;
  const bracket = s.search(/[（(]/);
  return bracket < 0 || bracket > m.index;
}

/** A kind of instrument alone, then a numeral in brackets (`換文 (一)`, `换文（二）`), read folded to simplified. */
const NUMBERED_KIND_LINE = new RegExp(`^(?:${alternation(INSTRUMENT_KINDS)})[ \\t\u3000]*[（(][一二三四五六七八九十]{1,3}[）)]$`);

/** A self-word alone on its line, read folded to simplified: `本条例草案`, `本协定`. */
const SELF_WORD_LINE = new RegExp(`^本(?:${alternation(INSTRUMENT_KINDS)})(?:草案)?$`);

/** `《…》` and nothing else, the name ending with a kind of instrument. */
function wholeBookTitle(s: string): boolean {
  return s.charCodeAt(0) === 0x300a /* 《 */ && s.indexOf('》') === s.length - 1 && s.indexOf('《', 1) < 0 && endingKind(titleWords(s.slice(1, -1))) !== undefined;
}

/** A short `名称：值` line, a line without Chinese (an id, an address), or a lone date: what databases put around a title. */
const META_LABEL = /^(?:\*\*)?[^：:，。,；;\s*]{1,10}(?:\*\*)?[ \t\u3000]*[：:]/;
const LD = `[${DATE_DIGITS}${OCR_ZEROS}o \\t\\u3000]`;
const LONE_DATE = new RegExp(`^[（(]?${LD}{2,12}年(?:${LD}{1,4}月(?:${LD}{1,4}日)?)?[^，。,]{0,20}[）)]?$`);

/** A tag's end after an attribute's value, closing a line: `" />`, `'>`. */
const TAG_CLOSE_AT_END = /["'][ \t]*\/?>$/;

export function isMetaLine(text: TextLike, l: Line): boolean {
  if (l.kind !== 'text' && l.kind !== 'heading') return false;
  // A converter's pinyin is no part of a label's words (`發(fā)布時(shí)間:`, `首頁(yè) > …`).
  const s = text.slice(l.contentStart, Math.min(l.contentEnd, l.contentStart + 120)).replace(PINYIN_GLOSS, '');
  // A database's name line, its label bracketed (`【標題】…`) or followed by a colon: the title is read after the label (model/treaty.ts namedTitle).
  // A database's bracketed label with its value after it (`【发布部门】 全国人大常委会`, `【發(fā)布部門】`), no colon: what it says of the title.
  if ((META_LABEL.test(s) && !isColumnHeadline(text, l)) || (s.charCodeAt(0) === 0x3010 /* 【 */ && (NAME_LINE.test(s) || LENTICULAR_FIELD.test(s) || DATABASE_LABEL.test(foldScript(s))))) return true;
  // Any label in them opening a line is a field (`【公布日】2005.06.30`, `【公布機関】…`, a Japanese site's), as in square brackets.
  // A database's field in square brackets (`[文件名称] …`, `[地点] 比什凯克`): its name line too, read after the label.
  if (s.charCodeAt(0) === 0x5b /* [ */ && BRACKETED_FIELD.test(s)) return true;
  // So a lenticular field after a bullet, a stray tag perhaps before it (`∙【条约领域】刑事,人权`, `犯罪未遂∙【条约类别】议定书`).
  if (s.includes('【') && BULLETED_FIELD.test(s)) return true;
  // And the label of the text below them alone on its line (`∙【签订地点】巴勒莫` / `正文` / the title): no title's first word.
  if (l.contentEnd - l.contentStart <= 4 && BODY_LABEL.test(foldScript(s.trim()))) return true;
  // A site's breadcrumb (`首页 -> 政务公开 -> … -> 公 告`, `【现在位置】六法首页〉〉…`): the page's place, no title.
  if (BREADCRUMB.test(foldScript(s))) return true;
  // A UN document's masthead over a negotiation text: its symbol, its agenda item, the negotiating body.
  if ((s.includes('/') || s.charCodeAt(0) === 0x4e34 /* 临 */ || s.charCodeAt(0) === 0x8bae /* 议 */) && UN_MASTHEAD.test(s)) return true;
  if (l.contentEnd - l.contentStart <= 120 && NEGOTIATING_BODY.test(foldScript(s.trimEnd()))) return true;
  if (!/[\u3400-\u9fff]/.test(s)) return true;
  // A page's source cut into its text: a tag's attribute value closing the line, the tag opened before it (`…考慮到海運" />`, a
  // `<meta content="…">` the page's description, its first words the text's preamble): no title, whatever kind it names. A tag
  // whole on the line (`# 甲乙协议<img src="…">`) is the line's own markup.
  if (TAG_CLOSE_AT_END.test(text.slice(Math.max(l.contentStart, l.contentEnd - 8), l.contentEnd)) && text.slice(l.contentStart, l.contentEnd).indexOf('<') < 0) return true;
  if (isDatelineAlone(text, l) || endsWithMoreLink(text, l)) return true;
  return LONE_DATE.test(s) && !endingKind(titleWords(s));
}

/**
 * A news agency's column name and a colon before a headline naming a kind (`受权发布：全国人民代表大会常务委员会关于批准《…》的决定`,
 * words.ts NEWS_COLUMN_LEAD): the title's line, its column taken off by model/treaty.ts makeTitle — no field's label and value.
 */
function isColumnHeadline(text: TextLike, l: Line): boolean {
  const c = text.charCodeAt(l.contentStart);
  if (c !== 0x53d7 /* 受 */ && c !== 0x6388 /* 授 */ && c !== 0x6743 /* 权 */ && c !== 0x6b0a /* 權 */) return false;
  const s = foldScript(text.slice(l.contentStart, l.contentEnd));
  const m = NEWS_COLUMN_LEAD.exec(s);
  return m !== null && endingKind(withoutRemarks(titleWords(s.slice(m[0].length)))) !== undefined;
}

/**
 * A news agency's dateline alone on line `l` (`新华社北京11月1日电`, `新華社北京10月28日電`, words.ts NEWS_DATELINE), over the title
 * a report prints or under its headline: the report's, no title's line (above a two-line title it was read as its first words).
 * Not one in brackets (`（新华社阿拉木图7月5日电）`, a note after a signing clause's place: parser.ts's own).
 */
function isDatelineAlone(text: TextLike, l: Line): boolean {
  const c = text.charCodeAt(l.contentStart);
  if (l.contentEnd - l.contentStart > 40 || (c !== 0x65b0 /* 新 */ && c !== 0x4e2d /* 中 */ && c !== 0x4eba /* 人 */ && c !== 0x592e /* 央 */)) return false;
  const s = foldScript(text.slice(l.contentStart, l.contentEnd));
  const m = NEWS_DATELINE.exec(s);
  return m !== null && m[0].length === s.length;
}

/** A site's teaser on line `l` closing with a bracketed link to the rest (`…[详细介绍]`, words.ts MORE_LINK): the page's, no text's line. */
function endsWithMoreLink(text: TextLike, l: Line): boolean {
  const last = text.charCodeAt(l.contentEnd - 1);
  if (last !== 0x5d /* ] */ && last !== 0xff3d /* ］ */ && last !== 0x3011 /* 】 */) return false;
  return MORE_LINK.test(foldScript(text.slice(Math.max(l.contentStart, l.contentEnd - 12), l.contentEnd)));
}

export interface Closing {
  /** First line of the closing part (the signature block when it comes first, else the signing clause). */
  start: number;
  signaturesBefore: number;
  signing: number;
  signingEnd: number;
  /**
   * The signing clause is the last unit's own sentence (`八、本纪要于一九九四年四月六日在中国北京签署，…`, agreed minutes' last
   * point): the unit keeps it, no signing block is laid out, and the lines from `start` are the signatures.
   */
  inUnit?: boolean;
  /**
   * The signatories are inside the signing clause, between its testimonium and its dates (a Qing closing whose sealing sentence
   * opens it: findClosing's `sealedTestimoniumAbove`): the lines after it are no signatures (`附註` and its note).
   */
  signedWithin?: boolean;
}

/**
 * The closing part found by `findClosing` laid out in `root`: the signature block, the signing
 * clause, a signature block after it, and the lines up to `annexAt`; the index after them.
 * (syntax/reparse.ts lays out an edited tail after the last article with it too.)
 */
export function addClosing(root: Block, lines: readonly Line[], closing: Closing, annexAt: number): number {
  let i: number;
  if (closing.signaturesBefore < closing.signing) {
    const sig = newBlock('signatures');
    for (i = closing.signaturesBefore; i < closing.signing; i++) add(sig, lines[i]);
    add(root, sig);
  }
  i = closing.signingEnd;
  if (!closing.inUnit) {
    const signing = newBlock('signing', lines[closing.signing]);
    for (i = closing.signing; i < closing.signingEnd; i++) add(signing, lines[i]);
    add(root, signing);
  }
  let last = annexAt;
  while (last > i && (isBlankOrComment(lines[last - 1]) || lines[last - 1].kind === 'tag')) last--;
  if (last > i && closing.signaturesBefore === closing.signing && !closing.signedWithin) {
    const sig = newBlock('signatures');
    // Blank lines right after the signing clause stay outside the block.
    while (i < last && isBlankOrComment(lines[i])) add(root, lines[i++]);
    for (; i < last; i++) add(sig, lines[i]);
    add(root, sig);
  }
  for (; i < annexAt; i++) add(root, lines[i]);
  return i;
}

/** Whether a date-place line (`datePlaceAt`) starts at a line from `from` on. */
function datePlaceLineAfter(text: TextLike, lines: readonly Line[], from: number, n: number): boolean {
  for (let j = from; j < n; j++) if (lines[j].kind === 'text' && datePlaceAt(text, lines, j) >= 0) return true;
  return false;
}

/** Finds the signing clause after the last unit head, and a signature block written before it. */
export function findClosing(text: TextLike, lines: readonly Line[], from: number, n: number, foreign = false): Closing | undefined {
  const signingClause = foreign ? FOREIGN_SIGNING : SIGNING;
  // Words of another language are spaced: the lines of a run are joined with a space (`IN WITNESS WHEREOF` / `the undersigned …`).
  const joiner = foreign ? ' ' : '';
  let prevTerminal = true;
  let lastSentence = -1;
  /** The sentence before `lastSentence`: a testimonium before the sentence counting the copies. */
  let secondLastSentence = -1;
  /** A testimonium holding the copies (`SEALED_WITH_COPIES`): the clause when no signing line follows. */
  let sealed = -1;
  /** Whether a line ending a sentence was passed: before one, the lines are the text's title and a page's header. */
  let bodySeen = false;
  for (let i = from; i < n; i++) {
    const l = lines[i];
    if (l.kind === 'blank' || l.kind === 'break' || l.kind === 'footnote' || l.kind === 'tag' || l.kind === 'comment' || l.kind === 'code') continue;
    const content = foldScript(runHead(text, lines, i, 200, joiner));
    const wasTerminal = prevTerminal;
    prevTerminal = l.terminal;
    const headerLine = !bodySeen;
    if (l.terminal) bodySeen = true;
    if (l.kind === 'heading') continue;
    const placed = foreign ? -1 : datePlaceAt(text, lines, i);
    const datePlaceEnd = placed >= 0 || foreign ? placed : sealedDatesUnderSignatures(text, lines, i, from, n);
    const datePlace = datePlaceEnd >= 0;
    // A date and place in a page's header, under the title before the text's first sentence (`1972年12月21日于纽约市`, the
    // mobile Wikisource's line of the instrument's date), is the site's: the text's own date-place line after its body is the clause.
    if (datePlace && headerLine && datePlaceLineAfter(text, lines, datePlaceEnd, n)) continue;
    // A date-place line alone under the signatories' lines (`中华人民共和国政府代表` / `马耳他政府代表` /
    // `一九七二年一月三十一日于罗马`), a blank line between them or not, opens its own sentence: a signature line ends none.
    if (!wasTerminal && !l.indent && !(datePlace && isSignatureLine(text, lines[previousWritten(lines, i, from)]))) continue;
    const sentenceBefore = lastSentence;
    const sentenceTwoBefore = secondLastSentence;
    secondLastSentence = lastSentence;
    lastSentence = i;
    if (!datePlace && (!signingClause.test(content) || (!foreign && (ADOPTED_BY_RESOLUTION.test(content) || isSignaturePeriod(content) || signsAnother(content) || datesWhatItIsAbout(content))))) {
      if (!foreign && sealed < 0 && opensWithSealed(content)) sealed = i;
      continue;
    }
    const previousSentence = sentenceBefore;
    // The signing clause runs on over hard line breaks until its sentence ends.
    let end = datePlace ? datePlaceEnd : sentenceEnd(text, lines, i, n);
    // In another language, a sentence that only says the texts are equally authentic is the last article's own when a
    // testimonium or a `Done at …` opens a clause after it (`The present Charter, of which the Chinese, … texts are equally
    // authentic, shall remain deposited …` / `IN FAITH WHEREOF …` / `DONE at the city of San Francisco …`).
    if (foreign && !FOREIGN_SIGNING_OPENS.test(content) && signingOpensAfter(text, lines, end, n, joiner)) continue;
    // In another language, a testimonium (`IN WITNESS WHEREOF … have signed this Agreement.`) and the
    // paragraphs after it that are signing clauses too (`Done at …`, `… equally authentic.`) are one clause.
    for (let j = nextContent(lines, end, n); foreign && !datePlace && j < n && lines[j].kind === 'text' && signingClause.test(foldScript(runHead(text, lines, j, 200, joiner))); j = nextContent(lines, end, n)) {
      end = sentenceEnd(text, lines, j, n);
    }
    // Signatures written before a date-place line (joint statements), blank lines between them or not.
    let before = i;
    if (datePlace) {
      while (before > from && (isSignatureLine(text, lines[before - 1]) || isBlankOrComment(lines[before - 1]))) before--;
      while (before < i && isBlankOrComment(lines[before])) before++;
      // A note's close (`此致` / its addressee / its signer) is the last note's own, as each note before keeps its own.
      for (let j = before; j < i; j++) if (lines[j].kind === 'text' && NOTE_CLOSING.test(foldScript(text.slice(lines[j].contentStart, lines[j].contentEnd)))) before = i;
    }
    // The copies, written in the sentence before the date (older treaties), open the clause.
    // So does the testimonium written before it (`下列代表…已在本议定书上签字为证。`): the instrument's, not its last article's.
    let signing = i;
    if (before === i && previousSentence >= from) {
      const previous = foldScript(runHead(text, lines, previousSentence, 200, joiner));
      if (COPIES.test(previous) || (!foreign && (TESTIMONIUM.test(previous) || SELF_WRITTEN_IN.test(previous)))) {
        signing = before = previousSentence;
        // The testimonium a sentence before the copies' (`為此,雙方全權代表爰於本修正案簽字,以昭信守。` / `本修正案應繕兩份。` /
        // `公曆一九六二年五月三十一日訂於華盛頓。`, each a sentence of its own): the instrument's too, not its last article's.
        if (!foreign && sentenceTwoBefore >= from && !TESTIMONIUM.test(previous) && COPIES.test(previous) &&
          TESTIMONIUM.test(foldScript(runHead(text, lines, sentenceTwoBefore, 200, joiner)))) signing = before = sentenceTwoBefore;
      }
    } else if (before < i && !foreign) {
      // A page that joined a table's cells (lines.ts gluedClosingCuts): the sentence counting the copies cut out of the line
      // above the signatories read across opens the clause, the signatories in it (`联合公报以中文、…和俄文写成,一式两份,…。` /
      // `中华人民共和国政府代表 … (签字) (签字)` / `一九九二年四月二日于巴库`).
      const above = previousWritten(lines, before, from);
      if (above >= 0 && lines[above].glued && lines[above].kind === 'text' && isSignatureLine(text, lines[before]) && lines[before].glued && COPIES.test(foldScript(runHead(text, lines, above, 200, joiner)))) signing = before = above;
      // A Qing closing of dates alone under the signatories (sealedDatesUnderSignatures), the sealing sentence and the copies' cut out
      // of the paragraph above them (lines.ts sealedCopiesCut): the clause opens with them.
      else if (above >= 0 && placed < 0 && sealedTestimoniumAbove(text, lines[above])) {
        signing = before = above;
        return { start: before, signaturesBefore: before, signing, signingEnd: end, signedWithin: true };
      }
    }
    return { start: before, signaturesBefore: before, signing, signingEnd: end };
  }
  if (sealed >= 0) {
    // The dated line right under it, however cut, is the clause's (`大中華民國三十三年三月二日…公曆一千九百四`).
    let end = sentenceEnd(text, lines, sealed, n);
    const next = nextContent(lines, end, n);
    if (next < n && lines[next].kind === 'text' && DATED.test(foldScript(text.slice(lines[next].contentStart, Math.min(lines[next].contentEnd, lines[next].contentStart + 40))))) end = next + 1;
    return { start: sealed, signaturesBefore: sealed, signing: sealed, signingEnd: end };
  }
  return foreign ? undefined : signedInLastUnit(text, lines, from - 1, n) ?? actClosing(text, lines, from, n) ?? datesCutClosing(text, lines, from, n) ?? languagesCutClosing(text, lines, from, n) ?? testimoniumCutClosing(text, lines, from, n);
}

/**
 * Whether line `l` is a sealing sentence and the copies' after it cut out of its paragraph (lines.ts sealedCopiesCut: `為此,兩國大臣,
 * 將此專條畫押蓋印,以昭信守。此專條,在中國京城繕立漢文四分,英文四分,共八分。`): glued, holding the seal and counting copies after it.
 */
function sealedTestimoniumAbove(text: TextLike, l: Line): boolean {
  if (!l.glued || l.kind !== 'text') return false;
  const s = foldScript(text.slice(l.contentStart, l.contentEnd));
  const seal = s.indexOf(SEALED);
  return seal >= 0 && COUNTED_COPIES.test(s.slice(seal + SEALED.length));
}
/** Copies counted (folded): `共八分`, `一式两份`, `缮就…四份` (as lines.ts counts them). */
const COUNTED_COPIES = /(?:一式|共|同文|缮[^。，,；;]{0,8}?)[ \t\u3000]*[0-9一二两三四五六七八九十]{1,3}[ \t\u3000]*[份分]/;

/** The text's self-word, 于, then a date (folded): a signing clause's opening (`本公约于二00五年十月二十八日在中华人`, cut by a page). */
const SELF_DATED = new RegExp(`^本[\u4e00-\u9fff]{1,6}?于[ \\t\u3000]*${DAY}`);

/**
 * A testimonium (words.ts TESTIMONIUM: `为此,下列全权代表,各依本国正式授权,谨签署本公约,以昭信守。`), then the text's last written
 * line opening the clause under it, the self-word dated, and cut before its sentence ends (`本公约于二00五年十月二十八日在中华人`, the
 * APSCO convention's last page as a store kept it, its place and signing verb lost): the two are the signing clause, no paragraphs
 * of the last article. A line that ends its sentence is read by SIGNING (a dated sentence with no signing verb is a paragraph's).
 */
function testimoniumCutClosing(text: TextLike, lines: readonly Line[], from: number, n: number): Closing | undefined {
  let last = n - 1;
  while (last >= from && isBlankOrComment(lines[last])) last--;
  if (last < from) return undefined;
  const l = lines[last];
  if (l.kind !== 'text' || l.terminal || text.charCodeAt(l.contentStart) !== 0x672c /* 本 */) return undefined;
  const above = previousWritten(lines, last, from);
  if (above < 0 || lines[above].kind !== 'text' || !lines[above].terminal) return undefined;
  if (!SELF_DATED.test(foldScript(text.slice(l.contentStart, Math.min(l.contentEnd, l.contentStart + 40))))) return undefined;
  if (!TESTIMONIUM.test(foldScript(text.slice(lines[above].contentStart, lines[above].contentEnd)))) return undefined;
  return { start: above, signaturesBefore: above, signing: above, signingEnd: last + 1 };
}

/**
 * The sentence naming the languages the text is written in (SELF_WRITTEN_IN: `本協定用中、日、英三國文字繕成,如意義上發生疑義時,…`,
 * the 1932 Shanghai truce quoted in a novel, the store cutting it before its prevailing text and date), opening a paragraph of its
 * own after the last unit and the text's last written line: the closing's first sentence (as it opens the clause when a dated
 * line follows it), the signing clause when no other was read — no paragraph of the last article.
 */
function languagesCutClosing(text: TextLike, lines: readonly Line[], from: number, n: number): Closing | undefined {
  let last = n - 1;
  while (last >= from && isBlankOrComment(lines[last])) last--;
  if (last < from) return undefined;
  const l = lines[last];
  if (l.kind !== 'text' || text.charCodeAt(l.contentStart) !== 0x672c /* 本 */) return undefined;
  const above = previousWritten(lines, last, 0);
  if (above >= 0 && !lines[above].terminal) return undefined;
  if (!SELF_WRITTEN_IN.test(foldScript(text.slice(l.contentStart, Math.min(l.contentEnd, l.contentStart + 80))))) return undefined;
  return { start: last, signaturesBefore: last, signing: last, signingEnd: last + 1 };
}

/**
 * A closing's two dates, one per calendar, joined on one line (`大中華民國十七年八月十七日、西曆一九二八年八月`, the 1928 Sino-German
 * tariff treaty's, the Western date cut in its month by the store): the first a date to the day, the second a calendar's year
 * and what the page kept of it, nothing else. No page's furniture nor article dates itself twice in two calendars: as the text's
 * last written line after its last unit, opening a sentence of its own (the line above ends one), it is the signing clause, not
 * the last article's paragraph (a date-place line, parser's DATE_PLACE, needs a place; a date alone, isDatedAlone, one date).
 */
const TWO_CALENDARS = new RegExp(
  `^${YEAR}${D}{1,4}月${D}{1,4}日[、，,；; \\t\\u3000]+(?:即|亦即)?[ \\t\\u3000]*(?:${alternation([...DATING_ERAS.keys(), ...WESTERN_ERA])})?[${DATE_DIGITS}千百元 \\t\\u3000]{2,12}年(?:[${DATE_DIGITS} \\t\\u3000]{1,4}月(?:[${DATE_DIGITS} \\t\\u3000]{1,4}日)?)?[。.]?$`,
);
/** The longest line of two dates (`中華民國四十一年四月二十八日、西曆一千九百五十二年四月二十八日`). */
const TWO_CALENDARS_MAX = 48;
function datesCutClosing(text: TextLike, lines: readonly Line[], from: number, n: number): Closing | undefined {
  let last = n - 1;
  while (last >= from && isBlankOrComment(lines[last])) last--;
  if (last < from) return undefined;
  const l = lines[last];
  if (l.kind !== 'text' || l.contentEnd - l.contentStart > TWO_CALENDARS_MAX) return undefined;
  const above = previousWritten(lines, last, 0);
  if (above >= 0 && !lines[above].terminal) return undefined;
  if (!TWO_CALENDARS.test(foldScript(text.slice(l.contentStart, l.contentEnd)))) return undefined;
  return { start: last, signaturesBefore: last, signing: last, signingEnd: last + 1 };
}

/**
 * The index after the dates alone one a line opening on line `i` (isDatedAlone), or -1: the signing clause of a Qing convention
 * dated under its plenipotentiaries (`…將此專條畫押蓋印,以昭信守。…` / `大清國總理各國事務衙門和碩慶親王 …` / `大英國 欽差駐紮中華
 * 便宜行事大臣竇` / `光緒二十四年五月十三日` / `西曆一千八百九十八年七月一日`): the lines right above are signatories' and the
 * sentence above them seals the text (SEALED). Asked only of a line that is a date alone.
 */
function sealedDatesUnderSignatures(text: TextLike, lines: readonly Line[], i: number, from: number, n: number): number {
  if (!isDatedAlone(text, lines[i])) return -1;
  let above = previousWritten(lines, i, from);
  if (above < 0 || !isSignatureLine(text, lines[above])) return -1;
  while (above >= from && (isSignatureLine(text, lines[above]) || isBlankOrComment(lines[above]))) above--;
  if (above < from || !foldScript(text.slice(lines[above].contentStart, lines[above].contentEnd)).includes(SEALED)) return -1;
  return datedRunEnd(text, lines, i, n) + 1;
}

/**
 * An act's closing under its last article, as Macao's gazette prints an executive order (`二零零五年七月十一日。` / `命令公佈。` /
 * `行政長官 何厚鏵`): its date alone on a line, then the order publishing it or its signer's office and name (words.ts
 * ACT_PROMULGATION, ACT_SIGNER): the date is the act's signing, the lines under it its signature, so the last article ends with
 * its own sentence (they were read as its paragraphs).
 */
function actClosing(text: TextLike, lines: readonly Line[], from: number, n: number): Closing | undefined {
  for (let i = from; i < n; i++) {
    const l = lines[i];
    if (l.kind !== 'text' || l.contentEnd - l.contentStart > ACT_DATE_MAX) continue;
    if (!ACT_DATE.test(text.slice(l.contentStart, l.contentEnd))) continue;
    const j = nextContent(lines, i + 1, n);
    if (j >= n || lines[j].kind !== 'text') continue;
    const next = foldScript(text.slice(lines[j].contentStart, lines[j].contentEnd));
    if (ACT_PROMULGATION.test(next) || ACT_SIGNER.test(next)) return { start: i, signaturesBefore: i, signing: i, signingEnd: i + 1 };
  }
  return undefined;
}
/** The longest date line an act closes with (`二零二四年十二月十八日。`). */
const ACT_DATE_MAX = 16;
/** A date alone, a full stop after it or not (`二零零五年七月十一日。`): not a date of publishing (`…日发布。`, a notice's). */
const ACT_DATE = new RegExp(`^${LD}{2,12}年${LD}{1,4}月${LD}{1,4}日。?$`);

/** Whether a clause opening a signing clause (`FOREIGN_SIGNING_OPENS`: `IN WITNESS WHEREOF`, `Done at …`) opens a line from `from` on. */
function signingOpensAfter(text: TextLike, lines: readonly Line[], from: number, n: number, joiner: string): boolean {
  for (let j = from; j < n; j++) {
    if (lines[j].kind === 'text' && FOREIGN_SIGNING_OPENS.test(foldScript(runHead(text, lines, j, 200, joiner)))) return true;
  }
  return false;
}

/**
 * The last unit's own sentence as the signing clause, when signatories' lines follow it (agreed minutes, a memorandum:
 * `八、本纪要于一九九四年四月六日在中国北京签署，用中、俄两种文字书就…。` / `中华人民共和国　俄罗斯联邦` / `（签名）　（签名）`):
 * the unit ends with its sentence, the lines under it are the signatures. Tried once a text, on its last unit's line.
 */
function signedInLastUnit(text: TextLike, lines: readonly Line[], head: number, n: number): Closing | undefined {
  const l = lines[head];
  if (l === undefined || !(l.kind === 'para' || (l.kind === 'article' && l.inlineBody))) return undefined;
  const end = sentenceEnd(text, lines, head, n);
  const next = nextContent(lines, end, n);
  if (!isSignatureLine(text, lines[next])) return undefined;
  // A Qing treaty's last article sealing it (`…為此兩國全權大臣署名蓋印,以昭信守。`), then its dates alone one a line, the reign's
  // and the other side's (`光緒二十二年六月十一日` / `明治二十九年七月二十一日`), then the plenipotentiaries: the dates are the
  // signing clause, the lines under them the signatures (they were read as the article's paragraphs). So are they, the unit
  // sealing nothing, when the line under them names a signatory (NAMES_SIGNATORY: `大清國欽差全權大臣…`): a draft that deleted
  // the sealing article reads its closing as before.
  // So are the reign's date and the other side's paired on one line (QING_DATES_PAIRED), whatever is under them: a Qing closing's
  // dates (the 1874 convention's points, sealing nothing, then `同治十三年九月二十二日 明治七年十月三十一日`, then the 會議憑單
  // agreed with it), no paragraph of the last point.
  if (isDatedAlone(text, lines[next])) {
    const last = datedRunEnd(text, lines, next, n);
    const under = nextContent(lines, last + 1, n);
    if (foldScript(text.slice(lines[end - 1].contentStart, lines[end - 1].contentEnd)).includes(SEALED) ||
      QING_DATES_PAIRED.test(foldScript(text.slice(lines[next].contentStart, lines[next].contentEnd))) ||
      (isSignatureLine(text, lines[under]) && NAMES_SIGNATORY.test(foldScript(text.slice(lines[under].contentStart, lines[under].contentEnd))))) {
      return { start: end, signaturesBefore: end, signing: end, signingEnd: last + 1 };
    }
  }
  const content = foldScript(runHead(text, lines, head, 200, ''));
  const signed = SIGNING.test(content) && !ADOPTED_BY_RESOLUTION.test(content) && !isSignaturePeriod(content);
  // Or no signing clause above them, but the signatories' lines end with their marks (`（签名）　（签名）`): a signature block
  // all the same (the point signing them deleted in a draft), not the last unit's paragraphs.
  if (!signed && !marksFollow(text, lines, next, n)) return undefined;
  return { start: end, signaturesBefore: end, signing: end, signingEnd: end, inUnit: true };
}

/** Whether the signatories' lines from `i` end with a line of their marks (SIGNED_MARKS), within a few lines. */
function marksFollow(text: TextLike, lines: readonly Line[], i: number, n: number): boolean {
  for (let j = i; j < n && j < i + 12; j++) {
    const l = lines[j];
    if (isBlankOrComment(l)) continue;
    if (!isSignatureLine(text, l)) return false;
    if (SIGNED_MARKS.test(foldScript(text.slice(l.contentStart, l.contentEnd)))) return true;
  }
  return false;
}

/** A line opening with a bracket: a note of its own (`（新华社阿拉木图7月5日电）`). */
const OPENS_NOTE = /^[（(〔【\[]/;

/**
 * The index after a date-place line opening on line `i` (`一九七二年一月三十一日于罗马`), or -1: the line
 * and the lines that continue it when the date and place were hard-wrapped (a PDF's
 * `中华民国七十一年九月廿二日公历一九八二年九` / `月廿二日于瓜地马拉城`), else the line alone.
 */
export function datePlaceAt(text: TextLike, lines: readonly Line[], i: number): number {
  const l = lines[i];
  let s = text.slice(l.contentStart, Math.min(l.contentEnd, l.contentStart + 200));
  let last = i;
  for (let j = continuation(lines, i, text), k = 0; j >= 0 && k < 3 && s.length < 80; j = continuation(lines, j, text), k++) {
    // A line opening with a bracket is a note of its own (`（新华社阿拉木图7月5日电）`), not the rest of the place.
    if (OPENS_NOTE.test(text.slice(lines[j].contentStart, lines[j].contentStart + 1))) break;
    // A line opening with a unit's label, read as text (`二、條款式`, a manual's next form under its example's date-place line:
    // demoteNextModel), heads what follows: no place ends so.
    if (lines[j].num !== undefined) break;
    // A line ending with a colon opens what follows (`附:` before an annexed letter, an addressee's `阁下：`): no place ends so.
    if (isColon(text.charCodeAt(lines[j].contentEnd - 1))) break;
    // A line naming a kind of instrument at its end is the title of the next one (`…订于巴厘` / `东南亚友好合作条约修改议定书(中译本)`): no place.
    if (endingKind(titleWords(text.slice(lines[j].contentStart, lines[j].contentEnd)))) break;
    // A signatory's line right under it (`…于瓜地` / `马拉城` / `中华民国政府代表` / `瓜地马拉共和国政府代表`, no blank line
    // between) names who signed: the place ends above it.
    if (isSignatureLine(text, lines[j]) && NAMES_SIGNATORY.test(foldScript(text.slice(lines[j].contentStart, lines[j].contentEnd)))) break;
    s += text.slice(lines[j].contentStart, Math.min(lines[j].contentEnd, lines[j].contentStart + 80));
    last = j;
  }
  // (The joined line ending its sentence, `一千九百八十三年四月八日订于维` / `也纳。` — a date-place line a width broke inside the
  // place, its full stop after it — is the clause's whole: the place is 维也纳, not 维.)
  // (Not a line wrapped after 签订的, the next naming what was signed then: `一九八四年九月七日在北京签订的` / `民用航空运输协定。`.)
  const alone = foldScript(text.slice(l.contentStart, Math.min(l.contentEnd, l.contentStart + 200)));
  const joined = last > i ? foldScript(s) : '';
  if (last > i && (DATE_PLACE.test(joined) || (joined.endsWith('。') && !alone.endsWith('的') && DATE_PLACE.test(joined.slice(0, -1))))) return last + 1;
  // Nor a line a width broke inside the place of a signing clause going on after it, a clause's comma on the next line
  // (`1965年11月15日订于海` / `牙,用英文和法文写成,两种` / …): the clause's first line, read with its run (the place is 海牙). A
  // signatory's line under a date-place line holds no comma.
  // (The next line of the run, a page's number between them or not: `…订于海` / `第3页` / `牙,用英文…`.)
  const next = last > i ? lines[continuation(lines, i, text)] : undefined;
  if (next && SIGNING.test(joined) && /[，,]/.test(text.slice(next.contentStart, next.contentEnd)) && !isSignatureLine(text, next)) return -1;
  // A line hard-wrapped after `的` names what was signed then, on the next line (`…于` / `一九八四年九月七日在北京签订的` /
  // `民用航空运输协定。`, a PDF's lines): a clause's words, no date-place line.
  return DATE_PLACE.test(alone) && !alone.endsWith('的') ? i + 1 : -1;
}

/** The index after the last line of the sentence that opens on line `i`: it runs on over hard line breaks until it ends. */
function sentenceEnd(text: TextLike, lines: readonly Line[], i: number, n: number): number {
  let end = i + 1;
  let last = lines[i];
  let j = i + 1;
  while (j < n && !endsSentence(text, last)) {
    // Over a break inside a sentence, blank lines may stand between (a PDF's lines); after `，`,
    // `、` or `；` the clause goes on only on the very next line, as a paragraph does (`continues`).
    if (!last.terminal) while (j < n && (isBlankOrComment(lines[j]) || lines[j].kind === 'break')) j++;
    else {
      // (A comment line between is not there for the reader: the next line is read as if it followed.)
      while (j < n && lines[j].kind === 'comment') j++;
      if (j < n && lines[j].indent) break;
    }
    if (j >= n || lines[j].kind !== 'text') break;
    last = lines[j++];
    end = j;
  }
  return end;
}

/** The first `max` characters of line `i` and the lines that continue it over hard breaks (syntax/runs.ts). */
function runHead(text: TextLike, lines: readonly Line[], i: number, max: number, joiner: string): string {
  let s = text.slice(lines[i].contentStart, Math.min(lines[i].contentEnd, lines[i].contentStart + max));
  for (let j = continuation(lines, i, text); j >= 0 && s.length < max; j = continuation(lines, j, text)) {
    s += joiner + text.slice(lines[j].contentStart, Math.min(lines[j].contentEnd, lines[j].contentStart + max - s.length));
  }
  return s;
}

function isSignatureLine(text: TextLike, l: Line | undefined): boolean {
  if (l === undefined || l.kind !== 'text') return false;
  // The signatories read across a table's row, their marks after them (a page that joined its cells): cut out of a
  // line of paragraphs (lines.ts gluedClosingCuts), longer than a signatory's line.
  if (l.glued && SIGNATORIES_ACROSS.test(foldScript(text.slice(l.contentStart, l.contentEnd).trim()))) return true;
  if (l.contentEnd - l.contentStart > MAX_SIGNATURE_LINE) return false;
  const s = text.slice(l.contentStart, l.contentEnd);
  // (A line of the marks, `（签字）　　（签字）`, ends with a bracket, as a sentence may: it is no sentence.)
  return (!l.terminal || SIGNED_MARKS.test(foldScript(s))) && !CLAUSE_MARK.test(s);
}

/** The marks under or after the signatories' names, one a signatory: `（签字）　（签字）`, `甲国总统（签字）　乙国总统（签字）`, `(签名)`, `（盖章）`. */
const SIGNED_MARKS = new RegExp(`^(?:[^（(。；;]{0,20}[（(](?:${alternation(SIGNATURE_MARKS)})[）)][ \\t\\u3000]*)+$`);

/** A comma or semicolon inside a line: a clause of running text (`在实施本协定时,缔约双方须遵照一`), no signatory's line. */
const CLAUSE_MARK = /[，,；;]/;

/** The index of the last line before `i`, not before `from`, that is neither blank nor an HTML comment (-1 when none is). */
function previousWritten(lines: readonly Line[], i: number, from: number): number {
  let j = i - 1;
  while (j >= from && isBlankOrComment(lines[j])) j--;
  return j >= from ? j : -1;
}

/**
 * Groups lines [from, to) of a unit into paragraphs and items, appending them to
 * `container`. `head`, when given, is the unit's head line that also opens its first paragraph.
 * `style.arabicParagraphs`: the document numbers paragraphs `1.` (an article opens its text with one),
 * so `1.` after an article's chapeau opens paragraphs too. `style.lawItems`: a law, whose `一、`
 * after a chapeau are items of the chapeau's paragraph.
 *
 * A chapeau — an article's opening text ending with `：` before its first numbered paragraph
 * (`联合国之宗旨为：` / `一、…` / `二、…`) — belongs to the article, not to a paragraph of its own.
 */
export interface ParagraphStyle {
  arabicParagraphs: boolean;
  lawItems: boolean;
  /** A Chinese text: a chapeau's list whose entries end with `；` enumerates items, not paragraphs (`enumerates`). */
  semicolonItems?: boolean;
}

export function fillParagraphs(container: Block, lines: readonly Line[], from: number, to: number, head?: Line, text?: TextLike, style?: ParagraphStyle): number {
  // The caption on the line after a bare article number: the article's own line.
  from = captionUnderLabel(container, lines, from, to, head, text);
  // The state of one call in one object, its steps methods of its class, the object reused: no
  // closures or state made per call (a long treaty makes thousands of calls, one per article).
  const f = filler.start(container, lines, text);
  for (let i = from; i < to; i++) {
    const line = lines[i];
    // An amended provision's new text quoted after its lead: the lead's paragraph's (`quotedNewText`).
    if (quotedNewText(f, lines, i, line, text)) continue;
    // A caption heading a part of the article between its numbered paragraphs (`甲、通则` / `十二、…`, `乙、军事停战委员会` / `(一)组成` /
    // `十九、…`: articleSectionCaption): the article's own line, as its caption under a bare label is — no paragraph of its own,
    // nor the last line of the paragraph before it, nor a paragraph whose item is the sub-section's caption.
    if (text !== undefined && container.kind === 'article' && !f.quoting && !style?.lawItems && (line.kind === 'text' || line.kind === 'item') && articleSectionCaption(text, lines, i, to, f.paragraphs === 0 && f.para === undefined)) {
      f.close();
      f.flushTo(container);
      add(container, line);
      continue;
    }
    switch (line.kind) {
      case 'blank':
      case 'break':
      case 'footnote':
      case 'tag':
      case 'comment':
      case 'code':
        if (f.para) {
          if (f.pendingTo === f.pendingFrom) f.pendingFrom = i;
          f.pendingTo = i + 1;
        } else add(container, line);
        continue;
      case 'para':
        if (lawPoint(f, container, line, text, style)) continue;
        f.opened = true;
        f.openParagraph(line);
        continue;
      case 'item': {
        // An item's line that numbers the article's paragraphs instead (`itemAsParagraph`).
        if (itemAsParagraph(f, container, lines, i, to, head, text, style)) continue;
        if (text !== undefined) romanOrLetter(text, line, f.open);
        const family = text === undefined ? '' : itemFamily(text, line);
        f.openItem(line, depthOf(f.open, family, line), family);
        continue;
      }
      default:
        break;
    }
    if (line === head) {
      f.para = blockOf('paragraph', line, line);
      f.last = line;
      continue;
    }
    f.opened = true;
    // The next of the entries whose labels were lost (`lostLabel`): beside the one before.
    if (nextLost(f, line, i)) continue;
    // A markdown list entry indented under an open item is an unnumbered sub-item (`7. …如` / `   - …；`).
    const open = f.open;
    const column = open.length && text !== undefined ? bulletColumn(text, line) : -1;
    if (column >= 0) {
      let depth = open.length;
      while (depth > 0 && open[depth - 1].column >= column) depth--;
      if (depth > 0) {
        f.openItem(line, depth, BULLET_FAMILY);
        continue;
      }
    }
    // A bulleted list under a chapeau: its entries are the paragraph's unnumbered items (`bulletEntry`).
    if (bulletEntry(f, line, text)) {
      f.openItem(line, 0, BULLET_FAMILY);
      continue;
    }
    const target = open.length ? open[open.length - 1].block : f.para;
    if (target && f.last) {
      const goesOn = goesOnInTarget(f, container, target, f.last, line, lines, i, to, text);
      // A translation of the line before (a bilingual page's next line): the paragraph's, and what follows it is
      // read against the Chinese line it translates.
      if (!goesOn && style?.semicolonItems && text !== undefined && isTranslationLine(text, line)) {
        f.flushTo(target);
        add(target, line);
        continue;
      }
      const lost = goesOn || text === undefined ? undefined : lostLabel(text, lines, i, to, f);
      if (openedLost(f, line, lost)) continue;
      if (goesOn || lost === 'wrapped') {
        f.flushTo(target);
        add(target, line);
        f.last = line;
        continue;
      }
    }
    // A numbered paragraph's sentence after its list (`一、“投资”一词，应包括：` / `（一）…；` … `（五）…。` /
    // `所投资产形式的变更不影响其作为投资的性质…。` / `二、…`): the paragraph's, as the line after its label's is; its next
    // paragraph is numbered. (Not a note in brackets, `（本条所称税收包括附加税。）`: a paragraph still.)
    if (open.length && f.para && f.last && (text === undefined || !opensBracket(text, line)) && numberedGoesOn(container, f.para, f.para, line, onlyComments(lines, f.pendingFrom, f.pendingTo))) {
      f.closeItems(0);
      f.flushTo(f.para);
      add(f.para, line);
      f.last = line;
      continue;
    }
    f.close();
    f.flushTo(container);
    f.para = blockOf('paragraph', undefined, line);
    f.last = line;
  }
  f.close();
  f.flushTo(container);
  f.end();
  return to;
}

// fillParagraphs' rarer readings, each in a function of its own asked of every line of its kind (as classify's are, session
// 59): a cold parse over many small files (a treaty-check worker, the workspace scan) optimizes fillParagraphs after a few
// hundred texts, and a reading first met after that — a law's points under a chapeau, a bullet, a list's lost labels, each
// way a line goes on in its paragraph — deoptimized it, its whole body compiled again (7 compiles over LawRefBook/Laws, ~30 ms
// each). The calls made for every line are fed from a text's first lines; a first reading met later recompiles the small
// function that holds it.

/**
 * The caption on the line after a bare article number (`第十五条` / `生效、有效期和终止` / `一、…`) is the article's own line: added
 * to `container`, and the index after it returned (`from` when there is none). A page converted from a word processor, a blank
 * line after every line (`第一条` / `` / `主权` / `` / `缔约各国…`): the caption after one blank line, a blank line after it too
 * (comment lines between them are not there for the reader).
 */
function captionUnderLabel(container: Block, lines: readonly Line[], from: number, to: number, head: Line | undefined, text: TextLike | undefined): number {
  if (container.kind !== 'article' || head || text === undefined) return from;
  let at = nextNonComment(lines, from, to);
  const caption = at < to && lines[at].kind === 'blank' ? nextNonComment(lines, at + 1, to) : to;
  const below = caption < to ? nextNonComment(lines, caption + 1, to) : to;
  const spaced = below < to && lines[caption].kind === 'text' && lines[below].kind === 'blank';
  if (spaced) at = caption;
  const after = spaced ? nextContent(lines, at + 1, to) : nextNonComment(lines, at + 1, to);
  if (after < to && captionAfterHead(text, container.head, lines[at]) && isContent(lines[after])) while (from <= at) add(container, lines[from++]);
  return from;
}

/**
 * An amended provision's new text quoted after its lead (`…第四條表述為：` / `「第四條` / `一、…` / … / `…。」`, `…应由以下内容
 * 取代：` / `“五、…。”`): the lead's paragraph's, over blank lines and the paragraph labels the quotation holds, up to the
 * line closing it — quoted words of the amending article, no paragraph of its own: added there, true. Its items (`（一）…` /
 * `（二）…。”`) are the open paragraph's, as a lead's list is: false for them, the quotation followed still.
 */
function quotedNewText(f: Filler, lines: readonly Line[], i: number, line: Line, text: TextLike | undefined): boolean {
  if (!(f.para !== undefined && text !== undefined && (line.kind === 'text' || line.kind === 'para' || line.kind === 'item') && (f.quoting || (f.last !== undefined && opensNewText(text, lines, i, f.last, line))))) return false;
  const quoting = !closesQuotation(text, line) && ++f.quoted < MAX_QUOTED;
  if (!quoting) f.quoted = 0;
  f.quoting = quoting;
  if (line.kind === 'item') return false;
  const target = f.open.length ? f.open[f.open.length - 1].block : f.para;
  f.flushTo(target);
  add(target, line);
  f.last = line;
  return true;
}

/** Line `i` opened as the next of the entries whose labels were lost (`lostLabel`), beside the one before: true. */
function nextLost(f: Filler, line: Line, i: number): boolean {
  if (i >= f.lostUntil) return false;
  f.openItem(line, f.lostDepth, f.lostFamily);
  return true;
}

/**
 * An item's line `lines[i]` that numbers the article's paragraphs — `1.` (arabicParagraphs), WIPO's `(1)`, a treaty's `（一）` — opened
 * as a paragraph: true (fillParagraphs', asked of every item's line: a first such line met after fillParagraphs was optimized
 * deoptimizes this function, not fillParagraphs).
 */
function itemAsParagraph(f: Filler, container: Block, lines: readonly Line[], i: number, to: number, head: Line | undefined, text: TextLike | undefined, style: ParagraphStyle | undefined): boolean {
  const line = lines[i];
  const afterChapeau = !!style?.arabicParagraphs && f.paragraphs === 0 && !f.open.length && f.para !== undefined && isChapeau(text!, container, f.para, f.last);
  if (text !== undefined && container.kind === 'article' && (f.numbered || (!f.opened && !head) || (afterChapeau && !(style?.semicolonItems && enumerates(text, lines, i, to)) && !undertakes(text, f.last!))) && isArabicParagraph(text, line)) {
    f.numbered = true;
    f.opened = true;
    f.openParagraph(line);
    return true;
  }
  // WIPO numbers an article's paragraphs `(1)`, `(2)`: opening the article's text, with no
  // sentence before them introducing a list, `(n)` are paragraphs, each `(n)` after them too.
  if (text !== undefined && container.kind === 'article' && (f.bracketed || (!f.opened && !head)) && isBracketedArabic(text, line)) {
    f.bracketed = true;
    f.opened = true;
    f.openParagraph(line);
    return true;
  }
  // A treaty's Chinese text numbering an article's paragraphs `（一）`, `（二）` (the Rome Statute's: 1., 2. in the
  // English): opening the article's text, no lead sentence before them introducing a list, they are paragraphs, each
  // `（n）` after them too — unless an entry ends with `；` (one sentence enumerating items, `enumerates`). A law's `（一）`
  // are items under a lead, and no law's article opens with one: not in a law.
  if (text !== undefined && container.kind === 'article' && !style?.lawItems && isBracketedNumeral(text, line) && (f.bracketedNumerals || (!f.opened && !head && line.num === 1 && !enumerates(text, lines, i, to)))) {
    f.bracketedNumerals = true;
    f.opened = true;
    f.openParagraph(line);
    return true;
  }
  return false;
}

/**
 * A lead ending with the verb of undertaking and its colon (`本公約締約國承擔：`, the 1970 UNESCO convention's article 10, its
 * `1. 通過教育…。` / `2. 努力通過…。` being Article 10 (a) and (b)): the numbered lines after it are what the parties undertake,
 * the verb's objects, items of the lead's paragraph whatever mark ends them — not paragraphs, though the text numbers other
 * articles' paragraphs `1.` (read folded).
 */
function undertakes(text: TextLike, lead: Line): boolean {
  return UNDERTAKING_LEAD.test(foldScript(text.slice(Math.max(lead.contentStart, lead.contentEnd - 6), lead.contentEnd)));
}
const UNDERTAKING_LEAD = /(?:承担|承诺)[ \t\u3000]*[:：]$/;

/** A law's paragraph line (款) read as one of the points (目) under a chapeau instead (ParagraphStyle's lawItems), opened: true. */
function lawPoint(f: Filler, container: Block, line: Line, text: TextLike | undefined, style: ParagraphStyle | undefined): boolean {
  if (!style?.lawItems || text === undefined || !f.para || !(f.points || (!f.open.length && isChapeau(text, container, f.para, f.last, true)))) return false;
  f.points = true;
  const family = itemFamily(text, line);
  f.openItem(line, depthOf(f.open, family, line), family);
  return true;
}

/**
 * Whether `line` is a bulleted list's entry under a chapeau (`双方鼓励在下列领域开展合作：` / `- 文化和艺术；` / `- 教育和体育；`):
 * its entries are the paragraph's unnumbered items (项), the first after the lead, the next at the first's column. Not where
 * the lead is a list's entry itself: a page that bullets every line (a database's bilingual view) reads as it always has.
 * (A bullet stands before the line's content: a line opening at its start has none.)
 */
function bulletEntry(f: Filler, line: Line, text: TextLike | undefined): boolean {
  const open = f.open;
  if (text === undefined || line.contentStart <= line.start || !(open.length || f.last) || listBulletColumn(text, line) < 0) return false;
  return open.length ? open[0].family === BULLET_FAMILY && open[0].column === markerColumn(text, line) : f.para !== undefined && f.last !== undefined && endsWithColon(text, f.last) && listBulletColumn(text, f.last) < 0;
}

/**
 * Whether `line` goes on the paragraph or item `target` whose last line is `last` (fillParagraphs'). An article's paragraph
 * never ends with `，`: a blank line after one is a break inside the sentence, the members of a list written one a line —
 * `由下列人员组成：` / `总理，` / `副总理若干人，` / … — or a PDF's wrap; the list's first member, ending with `，`, goes on the lead's sentence.
 */
function goesOnInTarget(f: Filler, container: Block, target: Block, last: Line, line: Line, lines: readonly Line[], i: number, to: number, text: TextLike | undefined): boolean {
  const open = f.open;
  return (
    continues(last, line, lines, f.pendingFrom, f.pendingTo, text, target.children[0]) ||
    (container.kind === 'article' && text !== undefined && (endsWithComma(text, last) || (endsWithColon(text, last) && (endsWithComma(text, line) || isTableRow(text, line) || (isBareEntry(text, line) && !wrapsOn(text, lines, i)))))) ||
    numberedGoesOn(container, f.para, target, line, onlyComments(lines, f.pendingFrom, f.pendingTo)) ||
    numberedGoesOnApart(container, f.para, target, line, lines, i, to, text) ||
    (text !== undefined && line.kind === 'text' && line.contentEnd - line.contentStart <= MAX_REMARK && opensBracket(text, line) && SHORT_NAME_REMARK.test(foldScript(contentOf(text, line)))) ||
    (text !== undefined && fullLineGoesOn(text, lines, target.children[0], last, line, i, to, f.pendingFrom === f.pendingTo)) ||
    // An entry headed by a term with no punctuation (`（一）“主管机关”一词`), its meaning for each party on the lines under
    // it (`在中华人民共和国，系指…；` / `在德意志联邦共和国，系指…；`): a line after one ending with `；` is the entry's still.
    (text !== undefined && open.length > 0 && target === open[open.length - 1].block && endsWithSemicolon(text, last) && headsEntry(text, target.children[0])) ||
    // The first of those lines right under a head ending with a colon (`（四）“國民”分別有以下含義:` / `中華人民共和國國民,系指…;`,
    // no blank line between, a comment line not there for the reader): the entry's, not the article's next paragraph.
    (text !== undefined && open.length > 0 && target === open[open.length - 1].block && last === target.children[0] && endsWithColon(text, last) && headsEntry(text, last) && onlyComments(lines, f.pendingFrom, f.pendingTo)) ||
    (text !== undefined && isCutLabel(text, lines, line, i))
  );
}

/**
 * Entries of a list whose labels were lost (`lostLabel`'s answer `lost`), this one and those before its `until`: beside the
 * open item, or after a chapeau the paragraph's first items; `line` opened as the first of them: true.
 */
function openedLost(f: Filler, line: Line, lost: ReturnType<typeof lostLabel>): boolean {
  if (lost === undefined || lost === 'wrapped') return false;
  const open = f.open;
  f.lostUntil = lost.until;
  f.lostFamily = lost.family;
  f.lostDepth = open.length ? open.length - 1 : 0;
  f.openItem(line, f.lostDepth, lost.family);
  return true;
}

/** Longest line an article's section caption stands on (words.ts ARTICLE_SECTION_CAPTION: a label and 16 characters at most, spaced). */
const MAX_ARTICLE_SECTION = 30;

/**
 * Whether line `i` of an article (its lines up to `to`) is the caption of a part of it (words.ts ARTICLE_SECTION_CAPTION): a stem
 * letter's section, `甲、通则`, or a bracketed numeral's sub-section, `(一)组成`, standing between the article's heading (or its caption,
 * `first`: no paragraph opened yet), a sentence's end, or — a sub-section — its section's caption, and a numbered paragraph `十二、`,
 * a section's caption over a sub-section's too. A stem-lettered list under a lead (`…机关：` / `甲、外交部` / `乙、司法部`) follows
 * no sentence's end; a list's bracketed entry with no punctuation (`（一）设备`) is followed by its next entry, not by a paragraph.
 */
function articleSectionCaption(text: TextLike, lines: readonly Line[], i: number, to: number, first: boolean): boolean {
  const l = lines[i];
  if (l.contentEnd - l.contentStart > MAX_ARTICLE_SECTION) return false;
  // (Asked of an article's short lines: those opening with neither a bracket nor a stem letter are not read.)
  const c = text.charCodeAt(l.contentStart);
  if (c !== 0x28 && c !== 0xff08 && STEMS.indexOf(String.fromCharCode(c)) < 0) return false;
  const m = ARTICLE_SECTION_CAPTION.exec(foldScript(text.slice(l.contentStart, l.contentEnd)));
  if (!m) return false;
  const section = m[1] !== undefined;
  if (!first) {
    let k = previousNonComment(lines, i);
    while (k >= 0 && lines[k].kind === 'blank') k = previousNonComment(lines, k);
    const prev = k >= 0 ? lines[k] : undefined;
    if (prev === undefined) return false;
    const under = !section && (prev.kind === 'text' || prev.kind === 'item') && ARTICLE_SECTION_CAPTION.exec(foldScript(text.slice(prev.contentStart, prev.contentEnd)))?.[1] !== undefined;
    if (!under && prev.kind !== 'article' && !endsSentence(text, prev)) return false;
  }
  const j = nextContent(lines, i + 1, to);
  if (j >= to) return false;
  if (lines[j].kind === 'para') return true;
  if (!section || (lines[j].kind !== 'text' && lines[j].kind !== 'item') || lines[j].contentEnd - lines[j].contentStart > MAX_ARTICLE_SECTION) return false;
  const sub = ARTICLE_SECTION_CAPTION.exec(foldScript(text.slice(lines[j].contentStart, lines[j].contentEnd)));
  if (!sub || sub[1] !== undefined) return false;
  const n = nextContent(lines, j + 1, to);
  return n < to && lines[n].kind === 'para';
}

/** Most lines of an amended provision's quoted new text read as the lead's paragraph's, its closing quotation mark not found. */
const MAX_QUOTED = 60;

/**
 * `line` opens the quoted new text of an amended provision after `last`, its lead (`…修改为：`, NEW_TEXT_INTRO): it opens with
 * an opening quotation mark (`“`, `「`, `"`), or the lead ends with one (`…修改为：“`).
 */
function opensNewText(text: TextLike, lines: readonly Line[], i: number, last: Line, line: Line): boolean {
  // (The quotation mark first, the lead's words after: asked of every line after a paragraph's first, a list's entries
  // under a lead ending with `：` each read that lead again, and few lines open with a quotation mark.)
  if (!opensQuotation(text.charCodeAt(line.contentStart)) && !opensQuotation(text.charCodeAt(last.contentEnd - 1))) return false;
  return introducesNewText(text, last) || brokenLead(text, lines, i, last);
}

/** An opening quotation mark: `“`, `「`, `『`, `"`. */
function opensQuotation(c: number): boolean {
  return c === 0x201c || c === 0x300c || c === 0x300e || c === 0x22;
}

/**
 * A lead's words before the new text broken by a hard wrap (`…应由以下内容取` / `代:`, a PDF's width, a page's furniture between
 * the lines perhaps): `last`, a short line ending with a colon or an opening quotation mark, read after the end of the line before
 * it, which ends no sentence. `i`: the index of the line after `last`.
 */
function brokenLead(text: TextLike, lines: readonly Line[], i: number, last: Line): boolean {
  const n = last.contentEnd - last.contentStart;
  const c = n > 0 ? text.charCodeAt(last.contentEnd - 1) : 0;
  if (n >= 12 || (c !== 0xff1a && c !== 0x3a && c !== 0x201c && c !== 0x300c && c !== 0x22)) return false;
  let k = i - 1;
  while (k >= 0 && lines[k] !== last) k--;
  k--;
  while (k >= 0 && (lines[k].kind === 'break' || lines[k].kind === 'comment' || lines[k].kind === 'code')) k--;
  const prev = k >= 0 ? lines[k] : undefined;
  if (prev === undefined || prev.kind === 'blank' || prev.terminal || prev.contentEnd <= prev.contentStart) return false;
  const words = text.slice(Math.max(prev.contentStart, prev.contentEnd - 12), prev.contentEnd) + text.slice(last.contentStart, last.contentEnd);
  return NEW_TEXT_INTRO.test(foldScript(words));
}

/** `line` ends with a closing quotation mark (`”`, `」`, `』`, `"`), a full stop after it or not (`…。”`, `…”。`). */
function closesQuotation(text: TextLike, line: Line): boolean {
  let e = line.contentEnd;
  while (e > line.contentStart && (text.charCodeAt(e - 1) === 0x3002 || text.charCodeAt(e - 1) === 0xff1b || text.charCodeAt(e - 1) === 0x3b)) e--;
  const c = e > line.contentStart ? text.charCodeAt(e - 1) : 0;
  return c === 0x201d || c === 0x300d || c === 0x300f || (c === 0x22 && e - 1 > line.contentStart);
}

/** How long a line naming what the list above it gives (`SHORT_NAME_REMARK`) is at most. */
const MAX_REMARK = 40;

/**
 * The text's last line the first characters of the next article's label alone (`第`, `第六`: a store cut the page
 * right after them): no paragraph of its own, what is left of a heading cut off. Asked only of a short line opening with 第.
 */
function isCutLabel(text: TextLike, lines: readonly Line[], line: Line, i: number): boolean {
  if (line.kind !== 'text' || text.charCodeAt(line.contentStart) !== 0x7b2c /* 第 */ || line.contentEnd - line.contentStart > 4) return false;
  if (line.contentEnd - line.contentStart > 1 && numeralIn(text, line.contentStart + 1, line.contentEnd, true) === undefined) return false;
  return nextContent(lines, i + 1, lines.length) === lines.length;
}

/** Whether a line opens with a bracket (`（`, `(`): SHORT_NAME_REMARK's only opening, looked at before the line is copied. */
function opensBracket(text: TextLike, l: Line): boolean {
  const c = text.charCodeAt(l.contentStart);
  return c === 0xff08 || c === 0x28;
}

const EMPTY: Block = { type: 'block', kind: 'paragraph', start: -1, end: -1, children: [] };

/**
 * A line of a Chinese text written in another script, with no Han character (`1-ماددا بۇ قانۇن…`, `Article 1. This
 * Law is formulated…`): on a bilingual page giving each Chinese line its translation on the next, the line before's
 * translation — no paragraph of its own (its lines, when a store wrapped it: `'s Republic of C`).
 */
function isTranslationLine(text: TextLike, line: Line): boolean {
  const first = text.charCodeAt(line.contentStart);
  // (Most lines of a Chinese text open with a Han character or a full-width mark: not read further. Markup, `<br>`,
  // is no translation; nor is a list's entry of its own, `  • as regards…`: the list keeps it.)
  if ((first >= 0x2e80 && first <= 0x9fff) || (first >= 0xf900 && first <= 0xfaff) || first >= 0xfe30 || first === 0x3c /* < */) return false;
  if (line.contentStart > line.start && /[-*+•·]/.test(text.slice(line.start, line.contentStart))) return false;
  const s = text.slice(line.contentStart, line.contentEnd);
  return /\p{L}/u.test(s) && !/[\u2e80-\u9fff\uf900-\ufaff\ufe30-\uffef\u{20000}-\u{3134f}]/u.test(s);
}

/** One call of `fillParagraphs`: the paragraph and items it has open, and what it has seen (one object, `filler`, reused). */
class Filler {
  para: Block | undefined = undefined;
  paragraphs = 0;
  /** The first paragraph closed, and its last content line (a chapeau, unwrapped when `一、` follows). */
  firstBlock: Block | undefined = undefined;
  firstLast: Line | undefined = undefined;
  /** The open paragraph's items are numbered `一、` (laws). */
  points = false;
  // Conventions number an article's paragraphs `1.`, `2.` (items are then `(a)`, `(b)`):
  // an Arabic-numbered line that opens the article's text opens paragraphs, not items.
  opened = false;
  numbered = false;
  /** The article's paragraphs are numbered `(1)`, `(2)` (WIPO): its first text was `(1)`. */
  bracketed = false;
  /** The article's paragraphs are numbered `（一）`, `（二）` (a treaty's Chinese text): its first text was `（一）`. */
  bracketedNumerals = false;
  /** Lines before this index are entries whose labels were lost (`lostLabel`), opened at `lostDepth` in the family `lostFamily`. */
  lostUntil = 0;
  lostDepth = 0;
  lostFamily = '';
  /** The open items, outermost first: an item, its open sub-item, and so on. */
  readonly open: OpenItem[] = [];
  /** The last content line of the open paragraph or item. */
  last: Line | undefined = undefined;
  /** Inside an amended provision's quoted new text (`opensNewText`), `quoted` lines of it read so far. */
  quoting = false;
  quoted = 0;
  // The lines held back while a paragraph is open (blank lines, breaks, footnotes, tags,
  // comments), until the next content line says where they go: always the lines right
  // before it, so a range of `lines` (no array per paragraph).
  pendingFrom = 0;
  pendingTo = 0;

  container: Block = EMPTY;
  lines: readonly Line[] = [];
  text: TextLike | undefined = undefined;

  /** Ready for a call filling `container` from `lines`. */
  start(container: Block, lines: readonly Line[], text: TextLike | undefined): this {
    this.container = container;
    this.lines = lines;
    this.text = text;
    this.para = this.firstBlock = this.firstLast = this.last = undefined;
    this.paragraphs = this.pendingFrom = this.pendingTo = this.lostUntil = 0;
    this.points = this.opened = this.numbered = this.bracketed = this.bracketedNumerals = this.quoting = false;
    this.quoted = 0;
    // Empty: every call ends by closing its items (`close`); a call that threw left them.
    if (this.open.length) this.open.length = 0;
    return this;
  }

  /** Lets go of the call's tree and text (the object outlives them). */
  end(): void {
    this.container = EMPTY;
    this.lines = [];
    this.text = this.para = this.firstBlock = this.firstLast = this.last = undefined;
  }

  flushTo(b: Block): void {
    for (let k = this.pendingFrom; k < this.pendingTo; k++) add(b, this.lines[k]);
    this.pendingFrom = this.pendingTo = 0;
  }

  /** Closes the open items from `depth` down, each into the one holding it. */
  closeItems(depth: number): void {
    const open = this.open;
    while (open.length > depth) {
      const it = open.pop()!;
      add(open.length ? open[open.length - 1].block : this.para!, it.block);
    }
  }

  close(): void {
    this.closeItems(0);
    if (this.para) {
      add(this.container, this.para);
      if (++this.paragraphs === 1) {
        this.firstBlock = this.para;
        this.firstLast = this.last;
      }
    }
    this.para = undefined;
    this.last = undefined;
    this.points = false;
  }

  /** Starts an item headed by `line` in the open paragraph (or a new one), at `depth` (0: the paragraph's own item). */
  openItem(line: Line, depth: number, family: string): void {
    this.opened = true;
    if (!this.para) {
      this.flushTo(this.container);
      this.para = newBlock('paragraph');
      depth = 0;
    } else {
      this.closeItems(depth);
      this.flushTo(depth ? this.open[depth - 1].block : this.para);
    }
    const block = blockOf('item', line, line);
    this.open.push({ block, family, column: markerColumn(this.text, line) });
    this.last = line;
  }

  /** Closes what is open and starts a paragraph headed by `line` (`一、`, or `1.` in a convention). */
  openParagraph(line: Line): void {
    this.close();
    const container = this.container;
    const first = this.firstBlock;
    if (this.paragraphs === 1 && first && this.text !== undefined && isChapeau(this.text, container, first, this.firstLast)) {
      // Unwrap the chapeau: its lines become the article's own.
      const at = container.children.lastIndexOf(first);
      if (at >= 0) container.children.splice(at, 1, ...first.children);
      this.paragraphs = 0;
      this.firstBlock = this.firstLast = undefined;
    }
    this.flushTo(container);
    this.para = blockOf('paragraph', line, line);
    this.last = line;
  }
}

const filler = new Filler();

/**
 * `(i)`, `(v)`, `(x)` are letters or roman numerals: letters where they go on a list of letters
 * (`(i)` after `(h)`), roman numerals where they open a list (`(i)` under `(b)`) or go on a roman
 * one (`(v)` after `(iv)`). The line's number is set from its label each time, so a re-parse of
 * the same lines decides the same.
 */
function romanOrLetter(text: TextLike, line: Line, open: readonly OpenItem[]): void {
  if (!line.label || line.label.end - line.label.start > 5) return;
  // Most labels hold none of the three letters: not copied, nothing replaced.
  let letter3 = false;
  for (let k = line.label.start; k < line.label.end && !letter3; k++) {
    const c = text.charCodeAt(k);
    letter3 = c === 0x69 || c === 0x76 || c === 0x78;
  }
  if (!letter3) return;
  const core = text.slice(line.label.start, line.label.end).replace(/[\s\u3000（()）]/g, '');
  if (core !== 'i' && core !== 'v' && core !== 'x') return;
  const letter = core.charCodeAt(0) - 0x60;
  const roman = parseRoman(core)!;
  const raw = text.slice(line.label.start, line.label.end);
  const goesOn = (family: string, num: number) => open.some((o) => o.family === family && o.block.head?.num === num);
  line.num = goesOn(familyOf(raw, letter), letter - 1) ? letter : roman === 1 || goesOn(familyOf(raw, roman), roman - 1) ? roman : letter;
}

/** An item open in a paragraph: its block, the family of its label and the column of its marker. */
interface OpenItem {
  block: Block;
  family: string;
  column: number;
}

const BULLET_FAMILY = '-';

/**
 * Where an item labelled in `family` goes among the open items: beside the open item of its
 * family (closing those under it); under the innermost open item when it starts a list of its
 * own (`(i)` under `(a)`, `1)` under `а)`, `1.` under `（一）`, `（1）` under `1.`); else beside
 * the paragraph's own items, as before sub-items were read.
 */
function depthOf(open: readonly OpenItem[], family: string, line: Line): number {
  for (let k = 0; k < open.length; k++) if (open[k].family === family) return k;
  return open.length && line.num === 1 ? open.length : 0;
}

/**
 * The family of an item label: what it looks like with its number taken out. `（一）` and `(一)`
 * are one family, `1.` `1、` `１．` another, `（1）`, `1)`, `(a)`, `a)`, `а)` `«а»)`, `(A)`, roman
 * `(ii)` (a roman `(i)`, told by its number), `(子)`, `(甲)`, `一、` (a law's items) others.
 */
export function itemFamily(text: TextLike, line: Line): string {
  if (!line.label) return BULLET_FAMILY;
  const plain = plainFamily(text, line.label.start, line.label.end);
  if (plain !== undefined) return plain;
  // Labels repeat endlessly (`（一）`, `1.`): each is read once. Looked up by the number, then the label as
  // written: no key string joined of the two for each item line (a string made, then flattened to be hashed).
  const raw = text.slice(line.label.start, line.label.end);
  let byLabel = families.get(line.num);
  if (byLabel === undefined) families.set(line.num, (byLabel = new Map()));
  let family = byLabel.get(raw);
  if (family === undefined) {
    if (familyCount > 4096) {
      families.clear();
      families.set(line.num, (byLabel = new Map()));
      familyCount = 0;
    }
    byLabel.set(raw, (family = familyOf(raw, line.num)));
    familyCount++;
  }
  return family;
}

/**
 * The family of a label of the two commonest shapes, read by its codes (no slice, no lookup): `（一）` … `（十二）`, a bracketed
 * numeral of 一 to 十 (`(一)`, as `familyOf` gives it); `1.` … `12.` (`1、`, `1．`), ASCII digits and a point (`1.`).
 * Undefined for any other: `familyOf` reads it.
 */
function plainFamily(text: TextLike, s: number, e: number): string | undefined {
  const a = text.charCodeAt(s);
  const z = text.charCodeAt(e - 1);
  if (a === 0xff08 && z === 0xff09 && e - s > 2) {
    for (let k = s + 1; k < e - 1; k++) if (!SMALL_NUMERALS.includes(text.charCodeAt(k))) return undefined;
    return '(一)';
  }
  if ((z === 0x2e || z === 0x3001 || z === 0xff0e) && e - s > 1) {
    for (let k = s; k < e - 1; k++) if (!isDigit(text.charCodeAt(k))) return undefined;
    return '1.';
  }
  return undefined;
}
/** 一 to 十 (words.ts SMALL_CN), by their codes. */
const SMALL_NUMERALS: readonly number[] = [...SMALL_CN].map((c) => c.charCodeAt(0));

/** The families of the labels read, by their number (undefined: none read), then by the label as written. */
const families = new Map<number | undefined, Map<string, string>>();
let familyCount = 0;

/** A label's family as written (`(一)`, `1.`, `(a)`), read from its characters: `itemFamily`'s for labels `plainFamily` does not read (exported for its tests). */
export function familyOf(raw: string, num: number | undefined): string {
  const label = raw.replace(/[\s\u3000*«»]/g, '').replace(/（/g, '(').replace(/）/g, ')').replace(/[．、]/g, '.');
  const core = label.replace(/^\(|[).]$/g, '');
  const shape = label.replace(core, '#');
  let kind: string;
  if (/^[0-9０-９]+$/.test(core)) kind = '1';
  else if (/^[ivxlc]+$/.test(core) && parseRoman(core) === num) kind = 'i';
  else if (core.length === 1 && romanCharValue(core.charCodeAt(0))) kind = 'i';
  else if (/^[a-zａ-ｚ]$/.test(core)) kind = 'a';
  else if (/^[A-Z]$/.test(core)) kind = 'A';
  else if (/^[а-яё]$/.test(core)) kind = 'а';
  else if (BRANCHES.includes(core)) kind = '子';
  else if (STEMS.includes(core)) kind = '甲';
  else kind = '一';
  return shape.replace('#', kind);
}

/** The column of a line's markdown list marker (`- `, `* `, `+ `), -1 when it has none. */
export function bulletColumn(text: TextLike, l: Line): number {
  let k = l.contentStart;
  while (k > l.start && isSpaceCode(text.charCodeAt(k - 1))) k--;
  const c = text.charCodeAt(k - 1);
  if (k - 1 < l.start || (c !== 0x2d && c !== 0x2a && c !== 0x2b) || k === l.contentStart) return -1;
  for (let j = l.start; j < k - 1; j++) if (!isSpaceCode(text.charCodeAt(j))) return -1;
  return k - 1 - l.start;
}

/**
 * The column of a line's list bullet of any kind — markdown's (`bulletColumn`), a page's or a word processor's `• `, `· `,
 * `● ` (`•`, `●` glued too) — or -1. (Read for a list under a chapeau alone: a page bulleting every line with `•`, a
 * database's bilingual view, reads as it did.)
 */
function listBulletColumn(text: TextLike, l: Line): number {
  const markdown = bulletColumn(text, l);
  if (markdown >= 0) return markdown;
  let k = l.contentStart;
  while (k > l.start && isSpaceCode(text.charCodeAt(k - 1))) k--;
  const c = text.charCodeAt(k - 1);
  if (k - 1 < l.start || (c !== 0x2022 && c !== 0xb7 && c !== 0x25cf) || (k === l.contentStart && c === 0xb7)) return -1;
  for (let j = l.start; j < k - 1; j++) if (!isSpaceCode(text.charCodeAt(j))) return -1;
  return k - 1 - l.start;
}

/** The column of an item's marker: its list bullet, else its label. */
function markerColumn(text: TextLike | undefined, l: Line): number {
  if (text === undefined) return 0;
  const bullet = bulletColumn(text, l);
  return bullet >= 0 ? bullet : (l.label?.start ?? l.contentStart) - l.start;
}

function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0;
}

/**
 * In a Chinese text, a list after a chapeau whose entries end with `；` is one sentence that
 * enumerates items (项), not paragraphs (款 end with `。`): `本公约缔约国承担：` / `1. …；` / `2. …。`.
 * A `;` typed half-width is the same mark: the list reads the same before and after the fix that
 * makes it `；` (style.half-width-punctuation), which could otherwise regroup paragraphs a reference names.
 * Looks at the content lines from `i` to the unit's end `to`.
 */
function enumerates(text: TextLike, lines: readonly Line[], i: number, to: number): boolean {
  const family = itemFamily(text, lines[i]);
  // Inside an item of another kind: its lines, a width's wrap of its sentence too, are not the list's.
  let other = false;
  for (let k = i; k < to; k++) {
    const l = lines[k];
    // The list's own entries and the lines under them; not items of another kind (`（子）…；` under a paragraph `1.`), nor
    // the lines a width wrapped such an item onto (`(1)毒素化学制品…` / `…的情况除外;`, a PDF's text).
    // (Nor a code block's or a comment's lines: no reader sees them as the list's.)
    if (l.kind === 'item') other = itemFamily(text, l) !== family;
    else if (l.kind === 'para' || l.kind === 'blank') other = false;
    if (l.kind === 'para' || l.kind === 'code' || l.kind === 'comment' || other) continue;
    // `;` typed half-width for `；` ends an entry the same (style.half-width-punctuation's fix must not regroup the list).
    if (l.contentEnd > l.contentStart) {
      const c = text.charCodeAt(l.contentEnd - 1);
      if (c === 0xff1b || c === 0x3b) return true;
    }
  }
  return false;
}

/** An article's only paragraph so far (any paragraph with `anyParagraph`), unnumbered, without items, whose text ends with `：`. */
function isChapeau(text: TextLike, container: Block, para: Block, last: Line | undefined, anyParagraph = false): boolean {
  if (container.kind !== 'article' || !last) return false;
  const h = para.head;
  if (!anyParagraph && h && (h.kind === 'para' || h.kind === 'item')) return false;
  for (const c of para.children) if (c.type === 'block') return false;
  // In another language a sentence before `1.` is one too: `…the following Principles.` / `1. …`.
  return endsWithColon(text, last) || (last.period === true && text.charCodeAt(last.contentEnd - 1) === 0x2e);
}

/** An item label that can number a paragraph: `1.`, not `1)` (an item in Russian texts). */
function isArabicParagraph(text: TextLike, l: Line): boolean {
  return isDigitAt(text, l.label!.start) && text.charCodeAt(l.label!.end - 1) !== 0x29;
}

/** An item label `(1)`, `（1）`: Arabic digits in brackets. */
function isBracketedArabic(text: TextLike, l: Line): boolean {
  const open = text.charCodeAt(l.label!.start);
  return (open === 0x28 || open === 0xff08) && isDigitAt(text, l.label!.start + 1);
}

/** A label `（一）`, `(二)`: a Chinese numeral in brackets. */
function isBracketedNumeral(text: TextLike, l: Line): boolean {
  const open = text.charCodeAt(l.label!.start);
  return (open === 0x28 || open === 0xff08) && l.num !== undefined && ITEM_NUMERAL.includes(String.fromCharCode(text.charCodeAt(l.label!.start + 1)));
}

function isDigitAt(text: TextLike, at: number): boolean {
  const c = text.charCodeAt(at);
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

/**
 * An unlabelled line in a list whose labels were lost in copying (a web page's numbered list, a PDF's
 * wrapped lines), told by the number of the list's next item (the next item line):
 * - after item k, its entry not ended, the next item is k + 1: the line is item k's, wrapped after `，`
 *   (`（三）…逾期不拆除的，` / `处以每处五千元以上一万元以下罚款；` / `（四）…`): 'wrapped';
 * - after item k, its entry ended (`；`, `。`), m lines each ending an entry, then item k + m + 1: the
 *   lines are items k + 1 … k + m, their labels lost;
 * - after a chapeau (`…不得有下列行为：`), m such lines, then item m + 1: items 1 … m.
 * Those two: the family of the list's labels, and the index of the next item (`until`). Undefined
 * otherwise — a line ending with `：` always, a chapeau of a list of its own, numbered on from the one
 * before or not: the line opens a paragraph, as it did — and took the list's next items into it, out of
 * their paragraph (`第一款第四项`: no such item).
 */
function lostLabel(text: TextLike, lines: readonly Line[], i: number, to: number, f: Filler): 'wrapped' | { family: string; until: number } | undefined {
  // (Nor a markdown list's entry, `- …；`: a bullet is its label.)
  const line = lines[i];
  if (!f.para || line.kind !== 'text' || endsWithColon(text, line) || bulletColumn(text, line) >= 0) return undefined;
  // The lines up to the next item: m entries, each a line of text ending an entry (this one may not: wrapped).
  const entry = endsEntry(text, line);
  let m = entry ? 1 : 0;
  let j = i + 1;
  for (; j < to; j++) {
    const l = lines[j];
    if (!isContent(l)) continue;
    if (l.kind === 'item') break;
    if (l.kind !== 'text' || m === MAX_LOST || !endsEntry(text, l)) return undefined;
    m++;
  }
  const next = j < to ? lines[j] : undefined;
  if (next?.kind !== 'item' || next.num === undefined || !next.label) return undefined;
  const family = itemFamily(text, next);
  const open = f.open;
  if (open.length === 0) return entry && next.num === m + 1 && isChapeau(text, f.container, f.para, f.last, true) ? { family, until: j } : undefined;
  const top = open[open.length - 1];
  const k = top.block.head?.label ? top.block.head.num : undefined;
  if (k === undefined || top.family !== family) return undefined;
  const ended = f.last !== undefined && endsEntry(text, f.last);
  if (!ended) return next.num === k + 1 ? 'wrapped' : undefined;
  return entry && next.num === k + m + 1 ? { family, until: j } : undefined;
}

/** The most entries in a row read as having lost their labels. */
const MAX_LOST = 3;

/** The line's content ends with a comma (`，`, `,`). */
function endsWithComma(text: TextLike, l: Line): boolean {
  const c = text.charCodeAt(l.contentEnd - 1);
  return c === 0xff0c || c === 0x2c;
}

/** The line's content ends with a semicolon (`；`, `;`). */
function endsWithSemicolon(text: TextLike, l: Line): boolean {
  const c = text.charCodeAt(l.contentEnd - 1);
  return c === 0xff1b || c === 0x3b;
}

/**
 * An item's line that is its label and a short head with no punctuation after it (`（一）“法律规定”一词`, `（二）主管机关`), or
 * none but the colon ending it (`（四）“國民”分別有以下含義:`, the 2024 China–Vietnam transfer treaty's): the entry's text is on
 * the lines under it.
 */
function headsEntry(text: TextLike, n: Node | undefined): boolean {
  if (n === undefined || n.type !== 'line' || n.kind !== 'item' || n.rest === undefined) return false;
  const end = endsWithColon(text, n) ? n.contentEnd - 1 : n.contentEnd;
  const len = end - n.rest;
  return len > 0 && len <= MAX_ENTRY_HEAD && !holdsPunctuation(text, n.rest, end);
}
/** How long an entry's head is at most. */
const MAX_ENTRY_HEAD = 20;
/** Whether `from..to` holds a stop, a comma, a semicolon or a colon. */
function holdsPunctuation(text: TextLike, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x3002 || c === 0xff0c || c === 0x2c || c === 0xff1b || c === 0x3b || c === 0xff1a || c === 0x3a || c === 0x3001 || c === 0x2e) return true;
  }
  return false;
}

/**
 * A table's row (`|界桩号|经度|…`): after a lead ending with `：` (`…的位置，列表叙述如下：`), blank lines or the table's rule
 * line (`-----`) between, the table is what the lead announces, its paragraph's as a list after it is — no paragraph of its own.
 */
function isTableRow(text: TextLike, l: Line): boolean {
  return l.kind === 'text' && text.charCodeAt(l.contentStart) === 0x7c;
}

/**
 * A list's member written alone on its line with no mark at all, as a lead brings in the kinds of a thing one a line
 * (`…如持有下列一种有效证件，可以享受本协定第一条的规定：` / `外交护照` / `公务护照` / `海员证`): a short name, no clause.
 * Not a line opening with 第, the heading of an article a lead brings in anew (`协定第五条修改为：` / `第五条　常设机构`).
 */
function isBareEntry(text: TextLike, l: Line): boolean {
  return l.kind === 'text' && l.contentEnd - l.contentStart <= MAX_BARE_ENTRY && text.charCodeAt(l.contentStart) !== 0x7b2c /* 第 */ &&
    !ENTRY_MARK.test(text.slice(l.contentStart, l.contentEnd));
}

/**
 * Whether the line at `i` is the first line of a sentence a width wrapped (`加強成員國間的相互信任和睦鄰` / `友好;`, the first
 * entry after a lead a PDF's width cut): a line right under it (no blank line between, up to three, page numbers passed over) divides or ends a
 * clause (`，` `；`: `CLAUSE_MARK`) — a bare member of a list names a thing and holds no clause, and neither do the members under it
 * (`外交护照` / `公务护照` / `海员证。`: a full stop after the last is the list's end, not a wrapped clause's).
 */
function wrapsOn(text: TextLike, lines: readonly Line[], i: number): boolean {
  for (let k = i + 1, seen = 0; k < lines.length && seen < 3; k++) {
    const l = lines[k];
    // (A page number between, as a PDF's page break leaves it, or a comment line, the suppression quick fix's above the next
    // line: not there for the reader.)
    if (l.kind === 'break' || l.kind === 'comment' || isPageFurniture(text, l)) continue;
    if (l.kind !== 'text') return false;
    if (CLAUSE_MARK.test(text.slice(l.contentStart, l.contentEnd))) return true;
    seen++;
  }
  return false;
}

/** A mark that ends or divides a clause: a line holding one is a sentence, no bare member of a list. */
const ENTRY_MARK = /[，,。；;：:！？!?]/;

/** The longest member of a list written one a line with no mark (`内务部所属护照机构颁发的公务护照`). */
const MAX_BARE_ENTRY = 24;

/**
 * The line's content ends with a colon (`：`, `:`, or `︰`, U+FE30, which Taiwan's law database writes after a lead:
 * `…有下列各款情形之一者，無效︰` / `一、…`).
 */
function endsWithColon(text: TextLike, l: Line): boolean {
  const c = text.charCodeAt(l.contentEnd - 1);
  return c === 0xff1a || c === 0x3a || c === 0xfe30;
}

/** The line ends a list's entry: `；` or a full stop. */
function endsEntry(text: TextLike, l: Line): boolean {
  const c = text.charCodeAt(l.contentEnd - 1);
  return c === 0xff1b || c === 0x3b || endsSentence(text, l);
}

/**
 * Whether `line`, a plain line right under a line of a paragraph an article numbers `一、` `二、` (no blank
 * line between, as markdown joins them; a comment line is not there for the reader), goes on with that paragraph: a converted document breaks its
 * lines after each sentence (`三、本协定仅适用于…协助。` / `本协定的规定，不给予…的权利。`), and a treaty
 * that numbers its paragraphs numbers them all. Not in a law, whose `一、` are items (they are no
 * paragraph here), nor in a joint statement, whose points are its articles.
 */
function numberedGoesOn(container: Block, para: Block | undefined, target: Block, line: Line, adjacent: boolean): boolean {
  return adjacent && target === para && para.head?.kind === 'para' && container.kind === 'article' && container.head?.kind === 'article' && line.kind === 'text' && !line.indent && !line.level;
}

/** Lines of text read after a line set apart between numbered paragraphs for the next paragraph's label (`numberedGoesOnApart`). */
const APART_REACH = 6;

/**
 * Whether `line`, a plain line set apart by a blank line under a paragraph an article numbers `一、` `二、`, goes on with that
 * paragraph: the next labelled line after it (other such lines between, APART_REACH at most) is the paragraph numbered next
 * (`一、“船舶”是指…。` / `` / `“船舶”不應包括軍艦…。` / `` / `二、…`, a page setting every line apart) — the lines stand between
 * two numbered paragraphs, and a text that numbers its paragraphs numbers them all. An unnumbered line after the last numbered
 * one (a 款 of its own, as a law sets one apart) or before a label numbered otherwise (a list begun anew) is no part of it. Not
 * in a law, whose `一、` are items here (no paragraph), nor in a joint statement, whose points are its articles.
 * A PDF's page number or running header between the lines (lines.ts isPageFurniture) is passed over, as the reader passes it.
 */
function numberedGoesOnApart(container: Block, para: Block | undefined, target: Block, line: Line, lines: readonly Line[], i: number, to: number, text: TextLike | undefined): boolean {
  if (target !== para || para.head?.kind !== 'para' || para.head.num === undefined || line.kind !== 'text' || line.level) return false;
  // (An indented line opens a paragraph of its own, unless the paragraph's own label is indented too: a page that indents every
  // line, `    三、…时:` / `    一不应考虑…;` / `    四、…`, the brackets of the items under a lead lost, says nothing by it.)
  const indented = para.head.indent;
  if (line.indent && !indented) return false;
  if (container.kind !== 'article' || container.head?.kind !== 'article') return false;
  for (let k = i + 1, read = 0; k < to; k++) {
    const l = lines[k];
    // (A PDF's page number or running header between its lines is none of the text's: `第7页 共10页`, read past.)
    if (isBlankOrComment(l) || (text !== undefined && isPageFurniture(text, l))) continue;
    if (l.kind === 'para') return l.num === para.head.num + 1 && (!l.indent || indented);
    if (l.kind !== 'text' || (l.indent && !indented) || l.level || ++read > APART_REACH) return false;
  }
  return false;
}

/**
 * Whether `line`, flush left right under `last` (no blank line between), goes on with the paragraph although `last`
 * ends a sentence: in a text hard-wrapped at a width whose paragraphs' first lines are indented (as pdftotext gives
 * a PDF: `  本协议可以…进行补充。` / `如果议定书内…按照本协议第` / `十二条执行。`), a line as wide as the widest
 * around it (two full-width characters short at most) was wrapped there, full — the sentence ended where the line did, the paragraph did not. A paragraph's
 * last line is shorter, and a new paragraph would be indented. Widths are display columns (a Chinese character or a
 * full-width mark two); the widest of the other lines from the paragraph's first to eight lines past `line`, within
 * two full-width characters of `last` either way (a line wider than all others by more is a paragraph one a line).
 */
function fullLineGoesOn(text: TextLike, lines: readonly Line[], first: Node | undefined, last: Line, line: Line, at: number, to: number, adjacent: boolean): boolean {
  if (!adjacent || line.indent || line.kind !== 'text' || !last.terminal || first === undefined || first.type !== 'line' || !first.indent) return false;
  if (last !== first && last.indent) return false;
  if (!endsSentence(text, last)) return false;
  const from = lines.indexOf(first, Math.max(0, at - WIDTH_WINDOW * 4));
  if (from < 0) return false;
  // (The widest of the other lines: in a text one paragraph a line — a page's copy, its first lines indented by
  // 　　 — a paragraph's line is the widest around it by its own length, no other being as wide; the text is not wrapped.)
  let widest = 0;
  for (let k = from; k < Math.min(to, at + WIDTH_WINDOW); k++) if (isContent(lines[k]) && lines[k] !== last) widest = Math.max(widest, displayWidth(text, lines[k]));
  // (Up to two full-width characters short of the widest: a mark that may not open a line carried over with the
  // character before it, an indentation of two characters that pdftotext writes as two spaces.)
  const width = displayWidth(text, last);
  return widest >= MIN_WRAP_WIDTH && width >= widest - 4 && width <= widest + 4;
}

/** How many lines past a line `fullLineGoesOn` looks at for the width the text is wrapped at. */
const WIDTH_WINDOW = 8;
/** The narrowest width a text is taken to be wrapped at (columns): shorter lines are a text's own. */
const MIN_WRAP_WIDTH = 40;

/** A line's width on the screen, its indentation included: a wide character (Chinese, full-width) two columns, any other one. */
function displayWidth(text: TextLike, l: Line): number {
  let w = 0;
  for (let k = l.start; k < l.contentEnd; k++) {
    const c = text.charCodeAt(k);
    w += (c >= 0x1100 && (c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6))) ? 2 : 1;
  }
  return w;
}

/** Whether the lines `from..to` are comments only (none: adjacent lines), not there for the reader. */
function onlyComments(lines: readonly Line[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (lines[k].kind !== 'comment' && lines[k].kind !== 'code') return false;
  return true;
}

/** Whether `line` continues the paragraph of `last` (the previous content line); `first` is the paragraph's (or item's) first node. */
function continues(last: Line, line: Line, lines: readonly Line[], pendingFrom: number, pendingTo: number, text: TextLike | undefined, first?: Node): boolean {
  if (!last.terminal) return !opensIndented(first, last, line, lines, pendingFrom, pendingTo); // a hard break or a page break inside a sentence
  // A page break (a page number, a running header, with the blank lines around it) is not there for
  // the reader either: after `，` or `；` the sentence goes on over it.
  let page = false;
  if (text !== undefined) for (let k = pendingFrom; k < pendingTo && !page; k++) page = isPageFurniture(text, lines[k]);
  const hidden = onlyComments(lines, pendingFrom, pendingTo); // only comment lines held back
  // A blank line after a full stop: a new paragraph (a comment line between is not there for the reader).
  if (!page && !hidden) return false;
  // A markdown list entry right under another goes on with its list, whatever ends the one before
  // (`- Its plan and its topography.` / `- Its vegetation…`: the chapeau's list, as with `；`) — a comment line between
  // (a warning silenced above an entry) is not there for the reader.
  if (text !== undefined && (pendingFrom === pendingTo || hidden) && bulletColumn(text, line) >= 0 && bulletColumn(text, last) >= 0) return true;
  if (line.indent) return false; // an indented line after a full stop opens a paragraph (People's Daily, laws)
  // A line after a full stop opens a paragraph (`…區別。` / `且不得因…`); after `，` or `：` the sentence goes on.
  return text === undefined || !endsSentence(text, last);
}

/**
 * Whether `line`, indented after a blank line, opens a paragraph although `last` ends no sentence: in a text
 * hard-wrapped at a width whose paragraphs' first lines are indented and their wrapped lines flush left
 * (`  第六条…国务院办公厅、` / `国务院组成部门…和国` / `务院议事协调机构`, its full stop lost, a blank line, then
 * `  国务院办公厅协助…`), a sentence going on after a page break would be set flush left like the lines before it.
 */
function opensIndented(first: Node | undefined, last: Line, line: Line, lines: readonly Line[], pendingFrom: number, pendingTo: number): boolean {
  if (!line.indent || last.indent || first === undefined || first === last || first.type !== 'line' || !first.indent) return false;
  for (let k = pendingFrom; k < pendingTo; k++) if (lines[k].kind === 'blank') return true;
  return false;
}

/** The line ends with a full stop (`。`, `！`, `？`), perhaps inside closing quotes or brackets. */
function endsSentence(text: TextLike, l: Line): boolean {
  let e = l.contentEnd;
  if (l.period) return true;
  while (e > l.contentStart && isCloser(text.charCodeAt(e - 1))) e--;
  return e > l.contentStart && isFullStop(text.charCodeAt(e - 1));
}

/**
 * A closing quote or bracket, `”’」』）)》】`; a full stop, `。！？!?`. Told by their codes, not looked up in a Set: asked of
 * every line of text a list's lost labels are looked for over (`lostLabel`, `endsEntry`), a hash lookup each (~1 % of a parse
 * of the bench's 1 MB treaty, s53parse).
 */
function isCloser(c: number): boolean {
  return c === 0x201d || c === 0x2019 || c === 0x300d || c === 0x300f || c === 0xff09 || c === 0x29 || c === 0x300b || c === 0x3011;
}
function isFullStop(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f;
}

/** Parses a treaty. Never throws: on an internal error the text is returned as flat lines with a problem. */
export function parseTreaty(text: string): SyntaxTree {
  try {
    return parse(text);
  } catch (e) {
    const lines = splitLines(text);
    const root = newBlock('document');
    for (const l of lines) add(root, l);
    finish(root);
    return {
      text, root, lines, unitStyle: 'none',
      problems: [{ start: 0, end: 0, code: 'syntax.internal', message: `internal parser error: ${String(e)}` }],
    };
  }
}
