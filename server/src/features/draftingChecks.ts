// Drafting checks that read the structure and the wording of one treaty, pure functions of its
// model (no workspace): the numbering of paragraphs and items inside an article, the heading
// style of the articles, dates, the final clauses an agreement needs, and defined terms used in
// another form (the long form; a variant of a party name, termVariants.ts) or in other quotation
// marks (termQuotes.ts). diagnostics.ts reports what they find under its codes and severities; the
// fixes (codeActions.ts, and `treaty-check --fix` for the safe ones) are computed here too, from
// the same model, so a fix edits exactly what the check saw.
import { TextEdit } from 'vscode-languageserver-types';
import { Article, Item, Paragraph, Treaty, articleAt, articleLayout, buildTreaty, normalizeTitle } from '../model/treaty';
import { HeadingStyle, entryIntoForceOf, finalClausesOf, formatLabel, outsideCode, stopsShort } from '../model/clauses';
import { partiesOf } from '../model/parties';
import { foldedText, referencesOf } from '../model/references';
import { nextDate } from '../model/signing';
import { Definition } from '../model/term';
import { Block, Line, inCode, lastStartingAt, partitionPoint } from '../syntax/tree';
import { bulletColumn } from '../syntax/parser';
import { LineMap } from '../syntax/positions';
import { withEdits } from '../syntax/reparse';
import { formatChinese, fullWidthDigits, isDecimal, parseNumeral } from '../syntax/numerals';
import { foldScript } from '../syntax/script';
import { BODY_NAME_TAIL, FINAL_CLAUSE_KINDS, MEMBERS_NAMED_BY, INSTRUMENT_KINDS, LAW_KINDS, PARTY_ENDING, PLACEHOLDER_LABEL, POSITIONAL_CN, REPLACEMENT_INTRO, formatRoman, isDraftTitle, parseRoman, titleWords } from '../syntax/words';
import { BRANCHES, STEMS } from '../syntax/lines';
import { MessageKey, msg } from './messages';
import { kindWritten } from './unitWords';
import { MAX_VARIANT_REPORTS, termVariants } from './termVariants';
import { MAX_QUOTE_REPORTS, marksOf, quotationMarks, termQuotes } from './termQuotes';
import { lostChapters } from './lostChapters';
import { chapterNumbering } from './chapterNumbering';
import { Memo } from '../syntax/memo';
import { isWhiteSpaceCode } from '../syntax/text';

export type DraftingCode =
  | 'numbering.item-gap'
  | 'numbering.item-duplicate'
  | 'numbering.item-mixed'
  | 'style.heading-mixed'
  | 'numbering.chapter-label'
  | 'numbering.chapter'
  | 'date.invalid'
  | 'date.cited-after-signing'
  | 'final.no-entry-into-force'
  | 'final.no-duration'
  | 'final.no-signing-clause'
  | 'term.two-names'
  | 'term.long-form'
  | 'term.variant'
  | 'term.quote-mixed';

export type Report = (code: DraftingCode, start: number, end: number, message: string) => void;

/** What a check found: the message by its key and arguments (the locale is read when it is reported). */
interface Finding {
  code: DraftingCode;
  start: number;
  end: number;
  key: MessageKey;
  args: (string | number)[];
}

type Add = (code: DraftingCode, start: number, end: number, key: MessageKey, ...args: (string | number)[]) => void;

/** The findings of one model, computed once: diagnostics run on every keystroke, on the same model between edits (`longForms`: whether the long forms were looked for). */
const findings = new Memo<Treaty, { list: Finding[]; longForms: boolean }>();

/** At most this many long forms are reported in a document (a hint: the first ones say it). */
const MAX_LONG_FORM_REPORTS = 200;

/** Runs every check of this file on the treaty (`excerpt`: the text says it is an excerpt, `…（节选）`; `on`: whether a code is reported at all; the long forms, a search of the text per term, are looked for only then). */
export function draftingChecks(treaty: Treaty, report: Report, excerpt: boolean, on: (code: DraftingCode) => boolean = () => true): void {
  const longWanted = on('term.long-form');
  let found = findings.get(treaty);
  if (!found || (longWanted && !found.longForms)) {
    const list: Finding[] = [];
    const add: Add = (code, start, end, key, ...args) => void list.push({ code, start, end, key, args });
    // An excerpt (`…(节选)`) skips paragraphs and items on purpose, as it skips articles: its numbers' gaps are the cut's.
    for (const run of numberingRuns(treaty)) checkRun(run, add, excerpt);
    checkHeadings(treaty, add);
    for (const l of lostChapters(treaty)) add('numbering.chapter-label', l.head.contentStart, l.head.contentEnd, 'diag.chapterLabelLost', l.heading);
    checkChapterNumbering(treaty, add, excerpt);
    checkDates(treaty, add);
    // (An excerpt, or an unsigned text that stops short, is not checked for the final clauses it may have past its end.)
    if (!excerpt && (treaty.signing || !stopsShort(treaty))) checkFinalClauses(treaty, add);
    checkTerms(treaty, add, longWanted);
    findings.set(treaty, (found = { list, longForms: longWanted }));
  }
  // A finding worded as the one before it (term.variant's 双方 for 缔约双方, again and again) shares its message: one string, not one a finding.
  let last: Finding | undefined;
  let message = '';
  for (const f of found.list) {
    if (!on(f.code)) continue;
    if (!last || !sameWords(last, f)) message = msg(f.key, ...f.args);
    last = f;
    report(f.code, f.start, f.end, message);
  }
}

/** Chapters, sections and parts numbered with a gap, a repeat or out of order (chapterNumbering.ts); an excerpt skips some on purpose. */
function checkChapterNumbering(treaty: Treaty, add: Add, excerpt: boolean): void {
  for (const f of chapterNumbering(treaty)) {
    if (f.kind === 'gap' && excerpt) continue;
    const { chapter: c } = f;
    const label = treaty.text.slice(c.label.start, c.label.end);
    const name = (n: number) => `第${/[0-9０-９]/.test(label) ? String(n) : formatChinese(n)}${c.unit}`;
    if (f.kind === 'gap') add('numbering.chapter', c.label.start, c.label.end, 'diag.gap', f.expected === c.num! - 1 ? name(f.expected) : `${name(f.expected)}至${name(c.num! - 1)}`);
    else if (f.kind === 'duplicate') add('numbering.chapter', c.label.start, c.label.end, 'diag.duplicate', label);
    else add('numbering.chapter', c.label.start, c.label.end, 'diag.order', label, name(f.expected));
  }
}

/** Two findings with the same message key and arguments: the same message. */
function sameWords(a: Finding, b: Finding): boolean {
  if (a.key !== b.key || a.args.length !== b.args.length) return false;
  for (let i = 0; i < a.args.length; i++) if (a.args[i] !== b.args[i]) return false;
  return true;
}

// ——— Paragraph and item numbering inside an article ———

/** How a label numbers: `一、` `（一）` `1.` `1、` `（1）` `(a)` `(子)` `(甲)`. */
type LabelClass = 'cn' | 'cn-paren' | 'ar-dot' | 'ar-dun' | 'ar-paren' | 'latin' | 'roman' | 'branch' | 'stem';

interface Numbered {
  cls: LabelClass;
  num: number;
  /** The label as written (`（三）`) and where. */
  start: number;
  end: number;
  /** The number inside the label. */
  numStart: number;
  numEnd: number;
  /** An entry whose label was lost (`lostLabelOf`): `start..end` is its text, `numStart` where the label goes. (Always set: one shape.) */
  missing: true | undefined;
}

/** The numbered labels of one level: a list that runs on until a label of a higher level closes it. */
interface Run {
  entries: Numbered[];
  /** Entry k is flagged: `gap` (a number skipped), `duplicate` (the number before it again), `unlabelled` (its label lost). */
  problems: { at: number; kind: 'gap' | 'duplicate' | 'mixed' | 'unlabelled'; expected: number }[];
}

const isSpaceCode = (c: number) => c === 0x20 || c === 0x09 || c === 0x3000;
const isDigitCode = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
/** i v x l c */
const isRomanCode = (c: number) => c === 0x69 || c === 0x76 || c === 0x78 || c === 0x6c || c === 0x63;

/**
 * The class of a label the lexer read (`line.num` is its number), told by its characters: no
 * pattern runs here, as this reads every numbered line of the document once per version.
 */
function classify(text: string, start: number, end: number, num: number | undefined): Numbered | undefined {
  if (num === undefined || end <= start) return undefined;
  let at = start;
  const first = text.charCodeAt(at);
  const paren = first === 0xff08 || first === 0x28;
  if (paren) {
    at++;
    while (at < end && isSpaceCode(text.charCodeAt(at))) at++;
  }
  const numStart = at;
  while (at < end) {
    const c = text.charCodeAt(at);
    // (`\`: markdown's escaped `1\.`, whose number is the digits before it.)
    if (isSpaceCode(c) || c === 0xff09 || c === 0x29 || c === 0x3001 || c === 0x2e || c === 0xff0e || c === 0x2a || c === 0x5c) break;
    at++;
  }
  if (at === numStart) return undefined;
  const c = text.charCodeAt(numStart);
  let cls: LabelClass;
  if (isDigitCode(c)) cls = paren ? 'ar-paren' : text.charCodeAt(end - 1) === 0x3001 ? 'ar-dun' : 'ar-dot';
  // (A letter with its closing bracket alone, `a)` as Macao's texts letter items, is a letter still.)
  else if (!paren && isSmallLatin(c)) cls = 'latin';
  else if (!paren) cls = 'cn';
  // A roman `(ii)` (a roman `(i)` too, as the lexer numbered it) counts in its own numerals.
  // (Its first letter looked at first: most such labels are `（一）`, which parseRoman need not see.)
  else if (isRomanCode(c) && /^[ivxlc]+$/.test(text.slice(numStart, at)) && parseRoman(text.slice(numStart, at)) === num) cls = 'roman';
  else if (isSmallLatin(c)) cls = 'latin';
  else if (BRANCHES.includes(text[numStart])) cls = 'branch';
  else if (STEMS.includes(text[numStart])) cls = 'stem';
  else cls = 'cn-paren';
  return { cls, num, start, end, numStart, numEnd: at, missing: undefined };
}

/** A small Latin letter, half- or full-width. */
function isSmallLatin(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0xff41 && c <= 0xff5a);
}

/** The label of a numbered paragraph or item: its head line's label span. */
function labelOf(text: string, head: Line | undefined): Numbered | undefined {
  if (!head?.label || (head.kind !== 'para' && head.kind !== 'item')) return undefined;
  return classify(text, head.label.start, head.label.end, head.num);
}

const runCache = new Memo<Treaty, Run[]>();

/**
 * Every run of numbered labels inside the articles: an article's numbered paragraphs, and each
 * paragraph's items. Labels of another kind inside a list open a level below it (`（一）` with
 * `1.` `2.` under it) unless they go on with the list's numbers (`（一）（二）3.`: one level, mixed).
 */
function numberingRuns(treaty: Treaty): Run[] {
  let runs = runCache.get(treaty);
  if (runs) return runs;
  runs = [];
  const text = treaty.text;
  const marks = quotationMarks(treaty);
  // A joint statement's units are its articles: their own `一、` is no paragraph number.
  const paragraphStyle = treaty.tree.unitStyle === 'paragraph';
  for (const a of treaty.articles) {
    // The labels of the article's numbered paragraphs, made at the first (most articles have none).
    let labels: ParagraphLabels | undefined;
    let depth = 0;
    for (let k = 0; k < a.paragraphs.length; k++) {
      const p = a.paragraphs[k];
      const own = paragraphStyle && p.index === 1 ? undefined : labelOf(text, p.block.head);
      if (own) labels = labelledParagraph(text, a.paragraphs, k, own, depth, labels, runs);
      itemRuns(text, p.items, runs, marks, p.start);
      quotedParagraphRuns(text, p.block, runs);
      depth = quotesOpenAfter(text, marks, p.start, p.end, depth);
      if (depth === 0 && labels !== undefined && labels.quoted.length > 0) {
        levels(labels.quoted, runs);
        labels.quoted = [];
      }
    }
    if (labels !== undefined) {
      levels(labels.quoted, runs);
      levels(labels.paragraphs, runs);
    }
  }
  runCache.set(treaty, runs);
  return runs;
}

/**
 * An article's numbered paragraphs: those of its own text, and those inside a quotation opened before them (an amending
 * protocol's `「第四條` / `一、…` / `三、…」`), which are the quoted article's: their numbers are a list of their own.
 */
interface ParagraphLabels {
  paragraphs: Numbered[];
  quoted: Numbered[];
}

/**
 * Paragraph `k` of an article, labelled `own`, put in its list (made now if the article has none yet). Out of numberingRuns,
 * which reads every paragraph: a labelled paragraph is rare in a law, and the branch met late in a run (its reads and
 * pushes never fed before) deoptimized numberingRuns (treaty-check over LawRefBook/Laws: 5 compiles, 3 deoptimizations).
 */
function labelledParagraph(text: string, paragraphs: readonly Paragraph[], k: number, own: Numbered, depth: number, labels: ParagraphLabels | undefined, runs: Run[]): ParagraphLabels | undefined {
  const num = paragraphs[k].num;
  if (num === undefined) return labels;
  labels ??= { paragraphs: [], quoted: [] };
  if (depth === 0 && k > 0 && (replacedBy(text, paragraphs[k - 1]) || modelArticleBefore(text, labels.paragraphs, num, paragraphs[k - 1]))) {
    // The amended text's paragraph after an instruction (REPLACEMENT_INTRO), as for items below; or a model's next article's.
    levels(labels.paragraphs, runs);
    labels.paragraphs = [];
  } else if (depth > 0) labels.quoted.push(own);
  else labels.paragraphs.push(own);
  return labels;
}

/**
 * Whether paragraph 1 (`num`) after others (`before`) opens a model's next article, the one before ending with its label a blank
 * for its number (a writing manual's template: `二、××××。` / `……` / `第××條終結條款` / `一、本備忘錄…`, words.ts PLACEHOLDER_LABEL):
 * the parser reads no article there, and the paragraphs after it are that article's, numbered from 1 again. (Asked only of a
 * paragraph numbered 1 after others, which is where the check would see a duplicate.)
 */
function modelArticleBefore(text: string, before: readonly Numbered[], num: number, previous: { start: number; end: number }): boolean {
  return num === 1 && before.length > 0 && PLACEHOLDER_LABEL.test(text.slice(previous.start, previous.end));
}

/**
 * The paragraph labels a paragraph quotes, the new text of the article it amends (`一、协定第四条表述为：` / `「第四條` / `一、…` /
 * `三、…」`: parser.ts reads the quotation as the lead's paragraph, `opensNewText`): the quoted article's list, a run of its own.
 */
function quotedParagraphRuns(text: string, block: Block, runs: Run[]): void {
  let quoted: Numbered[] | undefined;
  for (const n of block.children) {
    if (n.type !== 'line' || n.kind !== 'para' || n === block.head) continue;
    const own = labelOf(text, n);
    if (own) (quoted ??= []).push(own);
  }
  if (quoted) levels(quoted, runs);
}

/**
 * How many quotation marks are open after `text[start..end)`, `depth` open before it (a stray closing mark closes nothing); `marks`:
 * where they are (termQuotes.ts `quotationMarks`: ‘ ’ " ＂ among them, which open and close nothing here).
 */
function quotesOpenAfter(text: string, marks: readonly number[], start: number, end: number, depth: number): number {
  // From the first mark at or after `start`.
  for (let k = partitionPoint(marks.length, (i) => marks[i] < start); k < marks.length && marks[k] < end; k++) {
    const c = text.charCodeAt(marks[k]);
    if (c === 0x201c || c === 0x300c || c === 0x300e) depth++;
    else if (depth > 0 && (c === 0x201d || c === 0x300d || c === 0x300f)) depth--;
  }
  return depth;
}

/**
 * The runs of a list of items, then of each item's sub-items (`(i)` `(ii)` under `(g)`: a list of their
 * own). Items inside a quotation opened in the list (an amending decision's `2.将第二条修改为：` /
 * `“下列情形不适用本规定：` / `（一）…` / `（二）…。”` / `3.…`) are the quoted article's: a list of their own.
 */
function itemRuns(text: string, list: readonly Item[], runs: Run[], marks: readonly number[], start: number): void {
  // (Most paragraphs hold no items: nothing to read, no list made.)
  if (list.length === 0) return;
  let items: Numbered[] = [];
  let quoted: Numbered[] | undefined;
  // One item alone can be numbered neither wrong nor in two styles.
  if (list.length > 1) {
    // (Quotation marks counted from the start of what holds the list: a paragraph, or an item for its sub-items.)
    let depth = 0;
    let from = start;
    for (let k = 0; k < list.length; k++) {
      const l = labelOf(text, list[k].block.head) ?? lostLabelOf(text, list, k);
      depth = quotesOpenAfter(text, marks, from, list[k].start, depth);
      from = list[k].start;
      if (!l) continue;
      // The amended text's words after an instruction ending `应以下文取代`, `应加列下款` (REPLACEMENT_INTRO), unquoted: numbered
      // as the amended text numbers them, no entry of the instructions; the instructions go on after it as a list of their own
      // (the replacement may hold the next one's label, a PDF's line run on: `…混合物 2. 议定书第1 条第5 款应以下文取代`).
      if (k > 0 && depth === 0 && replacedBy(text, list[k - 1])) {
        levels(items, runs);
        items = [];
        continue;
      }
      const into = depth > 0 ? (quoted ??= []) : items;
      into.push(l);
      // A sub-item's label glued after the item's (`(1)(a)…` / `(b)…` / `(2)…`, WIPO's and the UN's final
      // clauses): the sub-list's first entry, so that `(b)` goes on from it, a level below `(1)`.
      const sub = l.missing ? undefined : gluedFirstLabel(text, l.end);
      if (sub) into.push(sub);
    }
  }
  levels(items, runs);
  if (quoted) levels(quoted, runs);
  for (const it of list) if (it.items.length) itemRuns(text, it.items, runs, marks, it.start);
}

/** Whether an item's words end with an amending instruction's words before the new text (REPLACEMENT_INTRO): its last 16 characters read, folded. */
function replacedBy(text: string, item: { start: number; end: number }): boolean {
  let end = item.end;
  while (end > item.start && isWhiteSpaceCode(text.charCodeAt(end - 1))) end--;
  const c = text.charCodeAt(end - 1);
  // (Most items end with a full stop or a semicolon: one comparison.)
  if (c === 0x3002 || c === 0xff1b || c === 0x3b || c === 0xff0c) return false;
  return REPLACEMENT_INTRO.test(foldScript(text.slice(Math.max(item.start, end - 16), end)));
}

/** A bracketed label numbered 1 right after a label ending at `at` (`(a)`, `(1)`, `（一）` after `(1)`), or none. */
function gluedFirstLabel(text: string, at: number): Numbered | undefined {
  const open = text.charCodeAt(at);
  if (open !== 0x28 && open !== 0xff08) return undefined;
  const c = text.charCodeAt(at + 1);
  const close = text.charCodeAt(at + 2);
  if (close !== 0x29 && close !== 0xff09) return undefined;
  if (c !== 0x61 /* a */ && c !== 0x31 /* 1 */ && c !== 0x4e00 /* 一 */ && c !== 0x7532 /* 甲 */) return undefined;
  return classify(text, at, at + 3, 1);
}

/**
 * An entry of a numbered list written without its label: a line the parser read between two items as
 * an entry whose label was lost in copying (syntax/parser.ts `lostLabel`), not a markdown list's
 * bullet entry. Numbered as its place in the list calls for (counted back from the labelled item after
 * it, or on from the one before it), flagged `missing`: its text is where the warning goes, its start
 * where the fix writes the label.
 */
function lostLabelOf(text: string, list: readonly Item[], k: number): Numbered | undefined {
  const head = list[k].block.head;
  if (!head || head.label || head.kind !== 'text' || bulletColumn(text, head) >= 0) return undefined;
  // Counted back from the nearest labelled entry after it (as the parser read it: the next item numbered
  // as though this were one), else on from the one before it (several labels in a row may be lost).
  let num: number | undefined;
  let like: Numbered | undefined;
  for (let a = k + 1; a < list.length && !like; a++) if ((like = labelOf(text, list[a].block.head))) num = like.num - (a - k);
  for (let b = k - 1; b >= 0 && !like; b--) if ((like = labelOf(text, list[b].block.head))) num = like.num + (k - b);
  if (!like || num === undefined || num < 1) return undefined;
  return { cls: like.cls, num, start: head.contentStart, end: head.contentEnd, numStart: head.contentStart, numEnd: head.contentStart, missing: true };
}

/** Splits one list of labels into the runs of its levels, added to `out`, and finds what is wrong in each. */
function levels(list: Numbered[], out: Run[]): void {
  if (list.length === 0) return;
  const stack: Level[] = [];
  for (const e of list) {
    const at = stack.findIndex((s) => s.cls === e.cls);
    if (at >= 0) {
      // (Cut only when a level is closed: setting an array's length, even to the length it has, is a call into the runtime.)
      if (stack.length > at + 1) stack.length = at + 1;
      nextOnLevel(stack[at], e);
      continue;
    }
    const top = stack[stack.length - 1];
    if (top !== undefined && goesOnMixed(top, e)) continue;
    const run: Run = { entries: [e], problems: e.missing ? unlabelledFirst(e) : [] };
    out.push(run);
    stack.push({ cls: e.cls, last: e.num, run });
  }
}

/**
 * A level of `levels`' stack: its class, its last number, its run. (The findings' branches below are functions of their
 * own, as labelledParagraph is: each met late in a run deoptimized levels — 4 compiles, 3 deoptimizations over the laws.)
 */
interface Level {
  cls: LabelClass;
  last: number;
  run: Run;
}

/** `e` the next entry of `top`'s level: flagged when its number is not the next one. */
function nextOnLevel(top: Level, e: Numbered): void {
  const k = top.run.entries.push(e) - 1;
  if (e.missing) top.run.problems.push({ at: k, kind: 'unlabelled', expected: e.num });
  else if (e.num === top.last) top.run.problems.push({ at: k, kind: 'duplicate', expected: top.last + 1 });
  else if (e.num > top.last + 1 && !skipsUnusedLetter(e, top.last)) top.run.problems.push({ at: k, kind: 'gap', expected: top.last + 1 });
  else if (e.num < top.last && e.num !== 1) {
    // Going backwards (not a fresh list from 1): not a numbering this check can read.
  }
  top.last = e.num;
}

/** `（一）（二）3.`: the list goes on in another form — `e` taken into `top`'s run, flagged. */
function goesOnMixed(top: Level, e: Numbered): boolean {
  if (e.num === 1 || e.num !== top.last + 1) return false;
  const k = top.run.entries.push(e) - 1;
  top.run.problems.push({ at: k, kind: 'mixed', expected: e.num });
  top.last = e.num;
  return true;
}

/** The problems of a run whose first entry lost its label. */
function unlabelledFirst(e: Numbered): Run['problems'] {
  return [{ at: 0, kind: 'unlabelled', expected: e.num }];
}

/**
 * Whether lettered label `e` after the letter numbered `last` passes over a letter the Portuguese alphabet did not have: Macao's
 * texts, drafted in Portuguese, letter their items `j)` then `l)`, `v)` then `x)` then `z)` (k, w and y left out), as in the
 * Macao–Portugal legal and judicial assistance agreement's `a)` … `j)`, `l)` … `o)`.
 */
function skipsUnusedLetter(e: Numbered, last: number): boolean {
  return e.cls === 'latin' && e.num === last + 2 && UNUSED_LETTERS.includes(last + 1);
}

/** The numbers of k, w and y, which lettered lists in Portuguese drafting leave out. */
const UNUSED_LETTERS: readonly number[] = [11, 23, 25];

const CLASS_EXAMPLE: Record<LabelClass, string> = {
  cn: '一、', 'cn-paren': '（一）', 'ar-dot': '1.', 'ar-dun': '1、', 'ar-paren': '（1）', latin: '(a)', roman: '(i)', branch: '(子)', stem: '(甲)',
};

/** Reports the problems of one run (`skips`: the text is an excerpt, whose gaps are no fault). */
function checkRun(run: Run, report: Add, skips: boolean): void {
  const first = run.entries[0];
  for (const p of run.problems) {
    const e = run.entries[p.at];
    if (skips && p.kind === 'gap') continue;
    if (p.kind === 'mixed') report('numbering.item-mixed', e.start, e.end, 'diag.itemMixed', CLASS_EXAMPLE[e.cls], CLASS_EXAMPLE[first.cls]);
    else if (p.kind === 'unlabelled') report('numbering.item-gap', e.start, e.end, 'diag.itemUnlabelled', writeNumber(first, p.expected));
    else if (p.kind === 'gap') report('numbering.item-gap', e.start, e.end, 'diag.itemGap', writeNumber(first, p.expected), writeNumber(first, e.num));
    else report('numbering.item-duplicate', e.start, e.end, 'diag.itemDuplicate', writeNumber(first, e.num));
  }
}

/** The number `n` in the form of a label of `like`'s class: `（三）`, `3.`, `三、`, `(c)`. */
function writeNumber(like: Numbered, n: number): string {
  return `${open(like.cls)}${numberText(like.cls, n)}${close(like.cls)}`;
}

/**
 * Where what is left of a lost label ends, at the start of the entry `e` (its numStart when nothing is): a label half
 * deleted, `（态环境保护；` of `（六）生态环境保护；`, `六）…`, `）…`, `、…` — the label's opening bracket not closed on the line,
 * its number and its closing mark, at least one mark. The label written in replaces it (not `（六）（态环境保护；`). An opening
 * bracket closed on the line opens the text's own words (`（一）` lost before `（甲方）应当…`): kept.
 */
function remnantEnd(text: string, e: Numbered): number {
  const from = e.numStart;
  const to = e.end;
  let at = from;
  const c = text.charCodeAt(at);
  const opened = (e.cls === 'cn-paren' || e.cls === 'ar-paren' || e.cls === 'latin' || e.cls === 'roman' || e.cls === 'branch' || e.cls === 'stem') && (c === 0xff08 || c === 0x28);
  if (opened) at++;
  const numeral = at;
  while (at < to && at - numeral < 4 && isLabelNumeral(e.cls, text.charCodeAt(at))) at++;
  const d = text.charCodeAt(at);
  // (`2.5倍` opens with a number, no label: a stop before a digit is a decimal point.)
  const closes = e.cls === 'cn' || e.cls === 'ar-dun' ? d === 0x3001 : e.cls === 'ar-dot' ? (d === 0x2e || d === 0xff0e) && !isDigitCode(text.charCodeAt(at + 1)) : d === 0xff09 || d === 0x29;
  if (closes) return at + 1;
  if (!opened) return from;
  // An opening bracket alone (its number or not): a remnant only when no bracket closes after it on the line.
  for (let k = at; k < to; k++) {
    const x = text.charCodeAt(k);
    if (x === 0xff09 || x === 0x29) return from;
  }
  return at;
}

/** A character of a label's number in class `cls`: a Chinese numeral, a digit, a small Latin letter, a branch or stem. */
function isLabelNumeral(cls: LabelClass, c: number): boolean {
  switch (cls) {
    case 'cn':
    case 'cn-paren':
      return CN_NUMERALS.includes(String.fromCharCode(c));
    case 'latin':
    case 'roman':
      return c >= 0x61 && c <= 0x7a;
    case 'branch':
      return BRANCHES.includes(String.fromCharCode(c));
    case 'stem':
      return STEMS.includes(String.fromCharCode(c));
    default:
      return isDigitCode(c);
  }
}
/** The numerals of a Chinese label, `六、` `（十二）` `一百、`: 〇 to 九 as years write them, 十 and 百. */
const CN_NUMERALS = `${POSITIONAL_CN}十百`;

function open(cls: LabelClass): string {
  return cls === 'cn-paren' || cls === 'ar-paren' ? '（' : cls === 'latin' || cls === 'roman' || cls === 'branch' || cls === 'stem' ? '(' : '';
}

function close(cls: LabelClass): string {
  return cls === 'cn-paren' || cls === 'ar-paren' ? '）' : cls === 'latin' || cls === 'roman' || cls === 'branch' || cls === 'stem' ? ')' : cls === 'cn' || cls === 'ar-dun' ? '、' : '.';
}

function numberText(cls: LabelClass, n: number): string | undefined {
  switch (cls) {
    case 'cn':
    case 'cn-paren':
      return formatChinese(n);
    case 'latin':
      return n >= 1 && n <= 26 ? String.fromCharCode(0x60 + n) : undefined;
    case 'roman':
      return formatRoman(n)?.toLowerCase();
    case 'branch':
      return BRANCHES[n - 1];
    case 'stem':
      return STEMS[n - 1];
    default:
      return String(n);
  }
}

/**
 * The fix of a gap or a repeat at the label starting at `start`: that label and the rest of its
 * run numbered on from the one before (each number replaced inside its label, as written; an entry
 * whose label was lost given its whole label); of a lost label, that label written in; undefined
 * when the label is not flagged.
 */
export function renumberRunEdits(treaty: Treaty, start: number): { title: string; edits: { start: number; end: number; newText: string }[] } | undefined {
  for (const run of numberingRuns(treaty)) {
    const p = run.problems.find((x) => x.kind !== 'mixed' && run.entries[x.at].start === start);
    if (!p) continue;
    if (p.kind === 'unlabelled') {
      // The label written where it was lost: the entry is already this number's (references read it by its place).
      const e = run.entries[p.at];
      const label = writeNumber(run.entries[0], p.expected);
      return { title: msg('action.insertItemLabel', label), edits: [{ start: e.numStart, end: remnantEnd(treaty.text, e), newText: label }] };
    }
    const edits: { start: number; end: number; newText: string }[] = [];
    let n = p.expected;
    for (let k = p.at; k < run.entries.length; k++, n++) {
      const e = run.entries[k];
      if (e.cls !== run.entries[0].cls) return undefined; // a mixed label in the run: the drafter decides
      const written = numberText(e.cls, n);
      if (written === undefined) return undefined;
      // An entry whose label was lost gets the whole label written in.
      if (e.missing) {
        edits.push({ start: e.numStart, end: remnantEnd(treaty.text, e), newText: writeNumber(e, n) });
        continue;
      }
      const was = treaty.text.slice(e.numStart, e.numEnd);
      // Full-width digits stay full-width.
      const now = /[０-９]/.test(was) ? fullWidthDigits(written) : written;
      if (now !== was) edits.push({ start: e.numStart, end: e.numEnd, newText: now });
    }
    if (edits.length === 0) return undefined;
    // A reference to an item or a paragraph of this article (第二十六条第六项; `本條第一款或第二款` over paragraphs labelled
    // 一、二、, the Hong Kong arrangement's 稅種範圍 with a label repeated) would name another, or none, once the labels move:
    // renumbering references to them is not done here, so the drafter decides.
    const article = articleAt(treaty, run.entries[p.at].start);
    if (article?.num !== undefined && referencesOf(treaty).some((r) => r.kind === 'article' && !r.citation && r.target !== undefined && (r.target.item !== undefined || r.target.itemOrParagraph || r.target.paragraph !== undefined) && r.target.num === article.num && r.target.sub === article.sub)) return undefined;
    const e = run.entries[p.at];
    return { title: msg('action.renumberItems', writeNumber(e, p.expected)), edits };
  }
  return undefined;
}

// ——— Article headings written in more than one style ———

interface HeadingForm {
  /** A markdown heading (`## 第一条`) or a bare line (`第一条`); undefined: law style `第一条　正文`, either is right. */
  heading?: boolean;
  level: number;
  arabic: boolean;
  spaced: boolean;
}

/** As clauses.ts's `styleOf` reads a heading (`arabic`, `spaced`), by character codes: this runs on every article of every version. */
function formOf(treaty: Treaty, a: Article): HeadingForm {
  const text = treaty.text;
  let arabic = false;
  for (let i = a.label.start; i < a.label.end && !arabic; i++) arabic = isDigitCode(text.charCodeAt(i));
  const spaced = isSpaceCode(text.charCodeAt(a.label.start + 1));
  const level = a.head.level;
  return { heading: a.head.inlineBody ? undefined : level > 0, level, arabic, spaced };
}

/**
 * The style most articles use: each trait by majority, the first article's on a tie (for `heading`, the first article's that
 * has one); the level most articles at a level have, the first seen of those most often seen. Counted in one pass over the
 * forms (a pass a trait, each through a function asking for it, cost more than the forms themselves: every article of every law).
 */
function usualForm(forms: HeadingForm[]): HeadingForm | undefined {
  if (forms.length < 3) return undefined;
  let headingYes = 0;
  let headingNo = 0;
  let firstHeading: boolean | undefined;
  let arabic = 0;
  let spaced = 0;
  const levels = new Map<number, number>();
  for (const f of forms) {
    if (f.heading === true) headingYes++;
    else if (f.heading === false) headingNo++;
    if (firstHeading === undefined) firstHeading = f.heading;
    if (f.arabic) arabic++;
    if (f.spaced) spaced++;
    if (f.level > 0) levels.set(f.level, (levels.get(f.level) ?? 0) + 1);
  }
  // (In the order first seen, the first of the most kept: a stable sort by count, as before.)
  let level = 0;
  let most = 0;
  for (const [l, count] of levels) {
    if (count <= most) continue;
    level = l;
    most = count;
  }
  const n = forms.length;
  const major = (yes: number, first: boolean): boolean => (yes === n - yes ? first : yes > n - yes);
  return {
    heading: headingYes === headingNo ? (headingYes === 0 ? undefined : firstHeading) : headingYes > headingNo,
    level,
    arabic: major(arabic, forms[0].arabic),
    spaced: major(spaced, forms[0].spaced),
  };
}

/** Article headings (第…条, not a joint statement's 一、) written unlike most of the document's. */
function headingOutliers(treaty: Treaty): { article: Article; usual: HeadingForm; form: HeadingForm }[] {
  if (treaty.tree.unitStyle !== 'article') return [];
  const articles = treaty.articles.filter((a) => a.num !== undefined && a.head.unit === undefined && a.note === undefined && !a.head.glued);
  const forms = articles.map((a) => formOf(treaty, a));
  const usual = usualForm(forms);
  if (!usual) return [];
  const out: { article: Article; usual: HeadingForm; form: HeadingForm }[] = [];
  forms.forEach((f, i) => {
    const differs = f.arabic !== usual.arabic || f.spaced !== usual.spaced || (f.heading !== undefined && usual.heading !== undefined && f.heading !== usual.heading);
    if (differs) out.push({ article: articles[i], usual, form: f });
  });
  return out;
}

/**
 * The label `第十条`, `第 十 条之一`, in a form, with the unit word the label itself writes: 第三條 stays 條 (a text
 * in traditional characters), only its form changes.
 */
function labelIn(treaty: Treaty, form: HeadingForm, a: Article): string {
  const style: HeadingStyle = { level: form.level, spaced: form.spaced, arabic: form.arabic, paragraphs: false };
  const written = treaty.text.slice(a.label.start, a.label.end).replace(/之[^之]*$/, '').trimEnd().slice(-1);
  const label = formatLabel(a.num!, style);
  const word = written !== '条' && foldScript(written) === '条' ? label.slice(0, -1) + written : label;
  return word + (a.sub !== undefined ? `之${form.arabic ? a.sub : formatChinese(a.sub)}` : '');
}

function headingText(treaty: Treaty, form: HeadingForm, a: Article): string {
  const label = labelIn(treaty, form, a);
  return form.heading && form.level > 0 ? `${'#'.repeat(form.level)} ${label}` : label;
}

/**
 * The usual form, at the heading's own level when both are markdown headings (`###` among `##` is
 * not flagged); for a law-style `第三条　正文` (its text on its line), the label alone.
 */
function fitted(usual: HeadingForm, form: HeadingForm): HeadingForm {
  if (form.heading === undefined) return { ...usual, heading: undefined };
  return form.heading && usual.heading ? { ...usual, level: form.level } : usual;
}

function checkHeadings(treaty: Treaty, report: Add): void {
  for (const { article: a, usual, form } of headingOutliers(treaty)) {
    report('style.heading-mixed', a.label.start, a.label.end, 'diag.headingMixed', headingText(treaty, fitted(usual, form), a));
  }
}

/** The fix of a heading in another style: its label, and its `#` marks, as most headings are written. */
export function headingFixEdits(treaty: Treaty, labelStart: number): { title: string; edits: { start: number; end: number; newText: string }[] } | undefined {
  const o = headingOutliers(treaty).find((x) => x.article.label.start === labelStart);
  if (!o) return undefined;
  const { article: a, usual, form } = o;
  const text = treaty.text;
  const edits: { start: number; end: number; newText: string }[] = [];
  const label = labelIn(treaty, usual, a);
  if (text.slice(a.label.start, a.label.end) !== label) edits.push({ start: a.label.start, end: a.label.end, newText: label });
  if (form.heading !== undefined && usual.heading !== undefined && form.heading !== usual.heading) {
    // Only where the line is the label and its marks alone before it: `## 第三条` ↔ `第三条`.
    const before = text.slice(a.head.start, a.label.start);
    if (usual.heading && before === '') edits.unshift({ start: a.label.start, end: a.label.start, newText: `${'#'.repeat(usual.level || 2)} ` });
    else if (!usual.heading && /^#{1,6}[ \t]+$/.test(before)) edits.unshift({ start: a.head.start, end: a.label.start, newText: '' });
    else return undefined;
  }
  if (!edits.length) return undefined;
  // Read again with the edits, every article as it was read (a caption or none, its paragraphs and their items): a bare label
  // reads a short line under it as its caption (`## 第九条` typed into a word, `营业利` / `## 第九条` / `润`, made `第九条`: 润 its
  // caption, a paragraph fewer). Not offered then.
  const reread = buildTreaty(withEdits(text, edits)).articles;
  if (reread.length !== treaty.articles.length || reread.some((r, k) => articleLayout(r) !== articleLayout(treaty.articles[k]))) return undefined;
  return { title: msg('action.replaceWith', headingText(treaty, fitted(usual, form), a)), edits };
}

// ——— Dates ———

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
  if (month !== 2) return DAYS[month - 1];
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

function checkDates(treaty: Treaty, report: Add): void {
  const text = treaty.text;
  const lines = treaty.tree.lines;
  // Only lines with a 年 in them: found by one search of the text, the lines walked along with it.
  let i = 0;
  // The next 月 of the folded text: a date checked has its month (`m[2]`, written with 月), and most lines with a 年 have
  // none (`有效期五年`, `三年以下有期徒刑`: 53 % of LawRefBook/Laws's lines with a 年, 26 % of the generated treaties'), passed over
  // without a search for dates.
  let nextMonth = -1;
  for (let at = text.indexOf('年'); at >= 0 && i < lines.length; at = text.indexOf('年', at + 1)) {
    while (i < lines.length && lines[i].end <= at) i++;
    const l = lines[i];
    if (!l || at < l.contentStart || at >= l.contentEnd) continue;
    at = l.end - 1; // the rest of this line is read now
    i++;
    if (l.kind === 'comment' || l.kind === 'code' || l.contentEnd - l.contentStart > 20000) continue;
    if (nextMonth < l.contentStart) nextMonth = foldedText(treaty).indexOf('月', l.contentStart);
    if (nextMonth < 0) break;
    if (nextMonth >= l.contentEnd) continue;
    const s = foldedText(treaty).slice(l.contentStart, l.contentEnd);
    for (let m = nextDate(s, 0); m; m = nextDate(s, m.index + m[0].length)) {
      if (m[2] === undefined) continue;
      const year = parseNumeral(m[1]);
      // Years of an era (光绪二十一年, 明治二十八年) and lunar dates are another calendar.
      if (year === undefined || year < 1000 || year > 2999) continue;
      const month = parseNumeral(m[2]);
      const day = m[3] !== undefined && !m[3].startsWith('初') ? parseNumeral(m[3]) : undefined;
      if (month === undefined) continue;
      const lead = m[0].length - m[0].trimStart().length;
      const start = l.contentStart + m.index + lead;
      const end = l.contentStart + m.index + m[0].length;
      if (month < 1 || month > 12) report('date.invalid', start, end, 'diag.dateNoMonth', month);
      else if (day !== undefined && (day < 1 || day > daysIn(year, month))) report('date.invalid', start, end, 'diag.dateNoDay', year, month, day, daysIn(year, month));
    }
  }
  // An instrument cannot cite, as done before it, what was done after it was signed.
  const signed = treaty.signing?.date;
  if (!signed || signed.month === undefined) return;
  // (The signing date's words made once for all its findings.)
  let signedWords: string | undefined;
  for (const r of referencesOf(treaty)) {
    if (r.kind !== 'citation' || !r.citation.date) continue;
    const d = r.citation.date;
    if (treaty.signing && d.start >= treaty.signing.start && d.start < treaty.signing.end) continue;
    if (later(d, signed)) report('date.cited-after-signing', d.start, d.end, 'diag.citedAfterSigning', `${d.year}年${d.month ? `${d.month}月` : ''}${d.day ? `${d.day}日` : ''}`, (signedWords ??= `${signed.year}年${signed.month}月${signed.day ? `${signed.day}日` : ''}`));
  }
}

/** `a` is after `b`, at the precision both are written to. */
function later(a: { year: number; month?: number; day?: number }, b: { year: number; month?: number; day?: number }): boolean {
  if (a.year !== b.year) return a.year > b.year;
  if (a.month === undefined || b.month === undefined || a.month !== b.month) return a.month !== undefined && b.month !== undefined && a.month > b.month;
  return a.day !== undefined && b.day !== undefined && a.day > b.day;
}

// ——— Final clauses of an agreement ———

/** Wording that brings an instrument into force, wherever it is written (an article, the signing clause). */
const IN_FORCE = /生效|施行|实行|批准书|互换批准|交换批准|批准后|经批准/;
/** Wording of a term, of its end or of withdrawal. */
const TERM = /有效期|无限期|长期有效|期满|终止|废止|退出|失效/;
/** The kinds that say their term (a protocol or a supplement lives as long as the agreement it belongs to). */
const TERM_KINDS: ReadonlySet<string> = new Set(['协定', '协议', '条约']);

/** A numbered paragraph begun after white space on an article's line, its label and some text: ` 1.本协`, ` 一、双方`. */
const PARAGRAPH_BEGUN = /[ \t\u3000](?:[0-9０-９]{1,2}[.．]|[一二三四五六七八九十]{1,3}、)[^\s]/;

/**
 * Whether the text's last line with content is a numbered paragraph or item of its last article, or that article's own line
 * holding its text, ending with no mark closing a sentence or a clause (`1.本协`): broken off. (A line of names, a date, a
 * label and its caption, a heading, a page's footer end no sentence and cut nothing.)
 */
/** A markdown list's mark alone (`-`, `*`, `+`), an entry begun with nothing in it. */
const EMPTY_ENTRY = /^[-*+]$/;
function cutShort(treaty: Treaty): boolean {
  const last = treaty.articles[treaty.articles.length - 1];
  const lines = treaty.tree.lines;
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i];
    if (l.kind === 'blank' || l.kind === 'break' || l.kind === 'comment' || l.kind === 'code' || l.contentEnd <= l.contentStart) continue;
    // (A list's mark with nothing after it, the next entry cut off by the store (`- (二)西里古里、` / `- `): no line of text.)
    if (l.contentEnd - l.contentStart === 1 && EMPTY_ENTRY.test(treaty.text.slice(l.contentStart, l.contentEnd))) continue;
    // (Or the article's line whose caption a numbered paragraph follows, begun: `第四条 居住者 1.本协`.)
    const unit = l.kind === 'para' || l.kind === 'item' || (l.kind === 'article' && (l.inlineBody === true || PARAGRAPH_BEGUN.test(treaty.text.slice(l.contentStart, l.contentEnd))));
    return last !== undefined && l.start >= last.start && unit && !l.terminal;
  }
  return false;
}

/** The text's first numbered article is numbered past 1 (`第六條`; not `第1.31条`, numbered by chapter): the articles before it are not in the text. */
function startsPastFirst(treaty: Treaty): boolean {
  const first = treaty.articles.find((a) => a.num !== undefined);
  return first !== undefined && first.num! > 1 && !isDecimal(first.num!);
}

function checkFinalClauses(treaty: Treaty, report: Add): void {
  if (!treaty.kind || !FINAL_CLAUSE_KINDS.has(treaty.kind) || !treaty.title || treaty.tree.unitStyle !== 'article') return;
  const body = outsideCode(treaty, treaty.articles[0]?.start ?? 0, treaty.signatures?.end ?? treaty.text.length, foldedText(treaty));
  const inForceWritten = IN_FORCE.test(body);
  const termWritten = TERM.test(body) || !TERM_KINDS.has(treaty.kind);
  // Signed, its entry into force and its term written: nothing to report, whatever its parties, title and final articles
  // (most signed texts: their parties, final articles and entry into force, read below, cost ~15× these two searches).
  if (treaty.signing && inForceWritten && termWritten) return;
  if (partiesOf(treaty).length !== 2) return;
  // A draft says it is one in its title: its final clauses are still being negotiated, and it is signed only once agreed.
  if (isDraftTitle(titleWords(treaty.title.text))) return;
  // A page cut short in its last article (no signing clause nor signatures, its last line broken off mid-sentence: `…第四条
  // 居住者 1.本协`): the final clauses may be on the part not copied.
  if (!treaty.signing && !treaty.signatures && cutShort(treaty)) return;
  // A part of a longer text, its first article numbered past the first (`第六條` the only article a forum's post copies under
  // the title and preamble, the poster's words and the English after it), no signing clause nor signatures showing its end: the
  // articles after the part, where the final clauses stand, are not copied either.
  if (!treaty.signing && !treaty.signatures && startsPastFirst(treaty)) return;
  const { start, end } = treaty.title;
  const have = finalClausesOf(treaty);
  if (!have.has('entry-into-force') && !inForceWritten && !entryIntoForceOf(treaty)) report('final.no-entry-into-force', start, end, 'diag.noEntryIntoForce', kindWritten(treaty));
  if (!have.has('duration') && !termWritten) report('final.no-duration', start, end, 'diag.noDuration', kindWritten(treaty));
  if (!treaty.signing) report('final.no-signing-clause', start, end, 'diag.noSigningClause', kindWritten(treaty));
}

// ——— Defined terms ———

/** The words that qualify a meaning written after 的, back to the phrase's start: `不得歧视信仰宗教的` (else ''). */
function qualifierOf(text: string, meaningStart: number): string {
  if (text[meaningStart - 1] !== '的') return '';
  let i = meaningStart - 1;
  while (i > 0 && meaningStart - i < 40 && !/[，,。；;：:、（()）“”「」\s\u3000]/.test(text[i - 1])) i--;
  return text.slice(i, meaningStart);
}

/**
 * The words of the list a meaning opening with 其他 (`其他部门`: the departments other than those named) ends, back to its
 * clause's start, brackets passed over: `县级以上人民政府数据发展主管部门或者设区的市、县（市、区）人民政府确定的` (else '').
 */
function listBefore(text: string, meaningStart: number, meaning: string): string {
  if (!/^其[他它]/.test(foldScript(meaning))) return '';
  let i = meaningStart;
  let depth = 0;
  while (i > 0 && meaningStart - i < 80) {
    const c = text[i - 1];
    if (c === '）' || c === ')') depth++;
    else if (c === '（' || c === '(') {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && /[，,。；;：:“”「」\s\u3000]/.test(c)) break;
    i--;
  }
  return text.slice(i, meaningStart);
}

/**
 * Two names a law gives one class of persons or bodies for the roles it plays in its articles (安阳市政务服务条例: `单位和个人`
 * named 申请人 in 第三条 and 来电人 in 第四十九条; 货物进出口管理条例: the same departments named 进口配额管理部门 and
 * 出口配额管理部门): each name holds words its meaning lacks (two characters at least: what it does), and neither holds the
 * other (`双方`, `缔约双方` are one name and a variant of it). The phrase as the check keys it (a list's members before its
 * 其他…, the words before 的). A treaty's parties are not so named: the check is a law's.
 */
function roleNames(phrase: string, a: string, b: string): boolean {
  const x = foldScript(a);
  const y = foldScript(b);
  if (x.includes(y) || y.includes(x)) return false;
  return roleName(phrase, x) && roleName(phrase, y);
}

/**
 * A name holding two characters or more its phrase lacks (`出让方` for `县级以上人民政府土地管理部门`): what the thing does, a role's
 * name; or naming it a party, 方 its phrase lacks (`外方` for `外国组织和国际组织`: the foreign side of the cooperation the law
 * governs; `外国公民、外国组织和国际组织` visiting a site are no side of it).
 */
function roleName(phrase: string, term: string): boolean {
  const m = foldScript(phrase);
  const t = foldScript(term);
  if (t.length > PARTY_ENDING.length && t.endsWith(PARTY_ENDING) && !m.includes(PARTY_ENDING)) return true;
  let lacking = 0;
  for (const c of t) if (!m.includes(c) && ++lacking >= 2) return true;
  return false;
}

/** Whether a definition before the `i`th gave its term, `d.term`, to the same thing (`key`, as checkTerms keys a meaning). */
function namedBefore(defs: readonly Definition[], i: number, d: Definition, key: string, text: string): boolean {
  const term = foldScript(d.term);
  for (let j = 0; j < i; j++) {
    const e = defs[j];
    if (e.byMeaning || foldScript(e.term) !== term) continue;
    if (normalizeTitle(foldScript((listBefore(text, e.meaningStart, e.meaning) || qualifierOf(text, e.meaningStart)) + e.meaning)) === key) return true;
  }
  return false;
}

function checkTerms(treaty: Treaty, report: Add, longWanted = true): void {
  const defs = treaty.definitions;
  if (defs.length === 0) return;
  const text = treaty.text;
  // Two terms for one thing.
  const byMeaning = new Map<string, number>();
  const law = treaty.kind !== undefined && LAW_KINDS.has(treaty.kind);
  defs.forEach((d, i) => {
    // A term defined by what it means names no phrase: `“缔约国一方”和“缔约国另一方”…是指中国或者新加坡`.
    if (d.byMeaning) return;
    if (normalizeTitle(foldScript(d.meaning)).length < 2) return;
    // A meaning read after 的 keeps what qualified it: `信仰宗教的公民(以下称信教公民)` and
    // `不信仰宗教的公民(以下称不信教公民)` are two kinds of 公民, not one named twice.
    // A meaning opening with 其他 is the last member of a list, the others named before it (`数据发展主管部门或者…确定的
    // 其他部门` and `经济和信息化主管部门或者…确定的其他部门` are two lists, not one 其他部门).
    const phrase = (listBefore(text, d.meaningStart, d.meaning) || qualifierOf(text, d.meaningStart)) + d.meaning;
    const key = normalizeTitle(foldScript(phrase));
    const first = byMeaning.get(key);
    if (first === undefined) byMeaning.set(key, i);
    // `（以下简称“本组织”或“组织”）`: one definition giving two names is not two definitions. Nor is a clause given again whole,
    // its names each given the thing before (a digest's summary field repeating the text's opening sentence, `内容摘要:上海合作
    // 组织(以下简称“上合组织”或“本组织”)…`): a name the thing already had is no second one.
    else if (foldScript(defs[first].term) !== foldScript(d.term) && defs[first].clauseStart !== d.clauseStart && !namedBefore(defs, i, d, key, text) && !afterSignatures(treaty, d.start) && !(law && roleNames(phrase, defs[first].term, d.term))) {
      report('term.two-names', d.start, d.end, 'diag.termTwoNames', d.meaning, defs[first].term, d.term);
    }
  });
  if (longWanted) for (const u of longForms(treaty).slice(0, MAX_LONG_FORM_REPORTS)) report('term.long-form', u.start, u.end, 'diag.termLongForm', text.slice(u.start, u.end), u.term);
  for (const v of termVariants(treaty).slice(0, MAX_VARIANT_REPORTS)) report('term.variant', v.start, v.end, 'diag.termVariant', v.variant, v.term);
  for (const q of termQuotes(treaty).slice(0, MAX_QUOTE_REPORTS)) {
    if (q.kind === 'mismatched') report('term.quote-mixed', q.start, q.end, 'diag.termQuoteMismatched', text.slice(q.start, q.end), marksOf(q.want));
    else report('term.quote-mixed', q.start, q.end, q.kind === 'definition' ? 'diag.termQuoteDefinition' : 'diag.termQuoteUse', q.written, marksOf(q.want), q.term);
  }
}

function afterSignatures(treaty: Treaty, offset: number): boolean {
  return treaty.signatures !== undefined && offset >= treaty.signatures.end;
}

/** At most this many definitions are looked for in their long form (each one is a search of the text). */
const MAX_LONG_FORMS = 40;

/**
 * The long form a term stands for, written again after its definition: `中华人民共和国和甲国`
 * after `中华人民共和国和甲国（以下简称“双方”）`. Not inside another definition's phrase, a title
 * (`《…》`), the signing clause, the signatures or what follows them.
 */
function longForms(treaty: Treaty): { start: number; end: number; term: string }[] {
  const text = treaty.text;
  const defs = treaty.definitions;
  const out: { start: number; end: number; term: string }[] = [];
  const stop = Math.min(treaty.signing?.start ?? text.length, treaty.signatures?.start ?? text.length);
  const seen = new Set<string>();
  const law = treaty.kind !== undefined && LAW_KINDS.has(treaty.kind);
  for (const d of defs.slice(0, MAX_LONG_FORMS)) {
    const meaning = d.meaning.trim();
    // A term defined by what it means names no phrase that the text should shorten.
    if (d.byMeaning || meaning.length < 4 || seen.has(meaning) || /[\n《》“”]/.test(meaning)) continue;
    seen.add(meaning);
    // One term per meaning: two terms for it are reported as such.
    if (defs.some((x) => x !== d && x.meaning.trim() === meaning && x.term !== d.term)) continue;
    // A term that holds the phrase is narrower than it (未定级不可移动文物 is not every 不可移动文物): the phrase is no long form of it.
    if (d.term.includes(meaning)) continue;
    // A phrase naming an article (前条所述机构, 本协定第一条所述机构): written again in another article, 前条 and 本条 name
    // another one, and the term in its place would drop the reference.
    if (namesArticle(treaty, d.meaningStart, d.meaningEnd)) continue;
    // Terms that hold the phrase (`规模农产品生产者` holds `农产品生产者`): the phrase inside one of them is a use of that term.
    const holders = defs.filter((x) => x.term.includes(meaning)).map((x) => ({ term: x.term, from: x.term.indexOf(meaning) }));
    // A meaning read after 的 (`清算组可以委托中国人民银行指定的金融机构（以下简称托管机构）`) is the thing so qualified: the
    // noun alone elsewhere (`被撤销的金融机构`) is the wider kind, and where the qualified phrase starts (after 委托, not
    // with it) is not known here, so that no edit could put the term in its place (`驻外使馆、领馆或者外交部委托的其他驻外
    // 机构` read as `其他驻外机构`: a list's last member).
    if (text[d.meaningStart + (d.meaning.length - d.meaning.trimStart().length) - 1] === '的') continue;
    // A law's name of a body for one role it plays (`县级以上人民政府土地管理部门（以下简称出让方）`, the party granting the right in
    // the grant's articles): the body written again in another role (责令限期纠正, as regulator) is no long form of the role.
    if (law && roleName(meaning, d.term)) continue;
    let at = text.indexOf(meaning, d.clauseEnd);
    while (at >= 0 && at < stop) {
      const end = at + meaning.length;
      const inDefinition = defs.some((x) => (at < x.meaningEnd && end > x.meaningStart) || (at < x.clauseEnd && end > x.clauseStart));
      const inTerm = holders.some((h) => text.startsWith(h.term, at - h.from));
      // (Nor a use holding a reference the definition's words did not make: 前条 in the first article names nothing.)
      // (Nor the text's own title, which names it as cited: `澳門特別行政區政府與香港特別行政區政府關於…的安排` made `缔约方…的安排`
      // no longer names the text its citations name.)
      const ownTitle = treaty.title !== undefined && at < treaty.title.end && end > treaty.title.start;
      if (!inDefinition && !inTerm && !ownTitle && !inTitle(text, at) && !inQuotedTitle(treaty, at, end) && !quotedWhole(text, at, end) && isWord(text, at, end) && !onPageBreak(treaty, at) && !namesArticle(treaty, at, end) && !membersOfTerm(text, at, d.term)) out.push({ start: at, end, term: d.term });
      at = text.indexOf(meaning, end);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Whether the phrase at `at` names the members of the term written before it in its clause (`公司类型包括有限责任公司和股份有限
 * 公司`, `有限责任公司和股份有限公司(以下统称公司)`): the term's meaning said again, which the term in its place would make
 * circular (公司类型包括公司) — no long form.
 */
function membersOfTerm(text: string, at: number, term: string): boolean {
  let from = at;
  while (from > 0 && at - from < 40 && !CLAUSE_END.test(text[from - 1])) from--;
  const before = text.slice(from, at);
  return before.includes(term) && MEMBERS_NAMED_BY.test(before);
}
const CLAUSE_END = /[，,。；;：:\n]/;

/** Whether an article reference lies in `start`–`end` (the phrase of a definition: rare, so the references are looked up only then). */
function namesArticle(treaty: Treaty, start: number, end: number): boolean {
  const refs = referencesOf(treaty);
  // (In the order they are written: the first starting in the phrase, and the one before it, which may run into it.)
  const i = partitionPoint(refs.length, (k) => refs[k].start < start);
  if (i > 0 && refs[i - 1].kind === 'article' && refs[i - 1].end > start) return true;
  for (let k = i; k < refs.length && refs[k].start < end; k++) if (refs[k].kind === 'article') return true;
  return false;
}

/** Whether an offset lies on a page break line or in a code block: page furniture (a running header repeating the title) or a quotation of other text is no use of a term. */
function onPageBreak(treaty: Treaty, at: number): boolean {
  const lines = treaty.tree.lines;
  return lines[lastStartingAt(lines, at)]?.kind === 'break' || inCode(lines, at);
}

/**
 * The phrase is all a quotation holds (`应当冠以“景宁畲族自治县”全称`): the name as written, mentioned — the term in its place
 * would say the seals bear the short name.
 */
function quotedWhole(text: string, start: number, end: number): boolean {
  return OPENING_QUOTES.includes(text[start - 1] ?? '') && CLOSING_QUOTES.includes(text[end] ?? '');
}
const OPENING_QUOTES = '“「『‘"';
const CLOSING_QUOTES = '”」』’"';

/**
 * Whether `start`–`end` lies inside a title cited in quotation marks (`在签订“中华人民共和国政府和巴西联邦共和国政府关于…的协定”时`,
 * older texts): the term in its place would make the citation name another title. (In the order they are written: the
 * citations starting before `end`, back as far as a title runs.)
 */
function inQuotedTitle(treaty: Treaty, start: number, end: number): boolean {
  const refs = referencesOf(treaty);
  for (let k = partitionPoint(refs.length, (i) => refs[i].start < end) - 1; k >= 0 && refs[k].start > start - MAX_QUOTED_TITLE; k--) {
    const r = refs[k];
    if (r.kind === 'citation' && r.citation.quoted && r.start < start && end < r.end) return true;
  }
  return false;
}
const MAX_QUOTED_TITLE = 200;

/** Whether an offset lies inside `《…》` on its line. */
function inTitle(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0 && at - i < 200; i--) {
    const c = text[i];
    if (c === '《') return true;
    if (c === '》' || c === '\n') return false;
  }
  return false;
}

/** Words that, after the phrase, make a longer name of something else: `中华人民共和国和甲国政府`, `…两国边境`. */
const LONGER_NAME = /^(?:政府|人民|两国|边境|边界|国界|领土|领域|公民|法人|企业|国民|之间|间|关系|各自|境内|主管|有关|国家|双边|方面|代表)/;

/** The phrase stands for the term here: no word after it that makes it part of a longer name, nor a body's name (`…风景名胜区管理委员会`), nor a kind of instrument (`上海合作组织宪章`: the charter's name). */
function isWord(text: string, start: number, end: number): boolean {
  if (start < 0 || LONGER_NAME.test(text.slice(end, end + 2)) || BODY_NAME_TAIL.test(text.slice(end, end + 5))) return false;
  const after = foldScript(text.slice(end, end + 6));
  return !INSTRUMENT_KINDS.some((k) => k.length > 1 && after.startsWith(k));
}

/** The fix of a long form: the term instead. */
export function longFormEdit(treaty: Treaty, start: number, end: number): { title: string; edit: { start: number; end: number; newText: string } } | undefined {
  const u = longForms(treaty).find((x) => x.start === start && x.end === end);
  return u && { title: msg('action.replaceWith', u.term), edit: { start, end, newText: u.term } };
}

/** Edits as LSP text edits. */
export function toTextEdits(map: LineMap, edits: { start: number; end: number; newText: string }[]): TextEdit[] {
  return edits.map((e) => ({ range: map.range(e.start, e.end), newText: e.newText }));
}
