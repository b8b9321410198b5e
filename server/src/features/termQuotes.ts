// Defined terms quoted inconsistently: `（以下简称“双方”）` beside `（以下称「本组织」）` in one
// document, a term defined as `“双方”` written later as `「双方」` or `"双方"`, and marks that do
// not pair (`“双方」`, `"双方”`). Pure function of the model; draftingChecks.ts reports what it
// finds as `term.quote-mixed`, codeActions.ts (and `treaty-check --fix`) rewrites the marks in
// the document's style.
//
// The document's style is the one most of its definitions are quoted in (the first one's on a
// tie). Quotation inside another quotation is left alone: 「……『X』……」 and “……‘X’……” are the
// right nesting, and a definition inside quoted text (the words of an amended law, of another
// text) belongs to the text quoted. Only the marks directly around a defined term are read,
// so a quotation of anything else is never touched. The fix changes the two marks and nothing
// between them, and is offered only when the text read again has the same definitions and
// references as before (quotation marks decide what the readers take as quoted titles and
// as another text's words).
import { Treaty, buildTreaty } from '../model/treaty';
import { foldedText, referencesOf } from '../model/references';
import { perModel } from '../model/perModel';
import { foldScript } from '../syntax/script';
import { inCode, partitionPoint } from '../syntax/tree';
import { isWhiteSpaceCode, nextOfAny } from '../syntax/text';
import { withEdits } from '../syntax/reparse';

/** The styles of quotation marks seen around defined terms. */
export type QuoteStyle = 'cn' | 'corner' | 'white-corner' | 'single' | 'ascii' | 'fullwidth';

const MARKS: Record<QuoteStyle, readonly [string, string]> = {
  cn: ['“', '”'], corner: ['「', '」'], 'white-corner': ['『', '』'], single: ['‘', '’'], ascii: ['"', '"'], fullwidth: ['＂', '＂'],
};
const OPENING: Record<string, QuoteStyle> = { '“': 'cn', '「': 'corner', '『': 'white-corner', '‘': 'single', '"': 'ascii', '＂': 'fullwidth' };
const CLOSING: Record<string, QuoteStyle> = { '”': 'cn', '」': 'corner', '』': 'white-corner', '’': 'single', '"': 'ascii', '＂': 'fullwidth' };
/** The codes of OPENING's marks and of CLOSING's. */
const isOpeningCode = (c: number) => c === 0x201c || c === 0x300c || c === 0x300e || c === 0x2018 || c === 0x22 || c === 0xff02;
const isClosingCode = (c: number) => c === 0x201d || c === 0x300d || c === 0x300f || c === 0x2019 || c === 0x22 || c === 0xff02;
/** Marks that open and close alike: whether one opens is told by how many precede it on its line. */
const SYMMETRIC = new Set(['"', '＂']);

/** How a pair of marks is shown in a message: `“”`, `「」`. */
export const marksOf = (s: QuoteStyle) => MARKS[s].join('');

export interface QuoteFinding {
  /** The quoted term, marks included. */
  start: number;
  end: number;
  term: string;
  /** A definition, or the term written after one; `mismatched`: the two marks are of different styles. */
  kind: 'definition' | 'use' | 'mismatched';
  /** The marks written, and the style they should be in (the document's). */
  written: string;
  want: QuoteStyle;
}

/** At most this many are reported in a document, and this many terms looked for. */
export const MAX_QUOTE_REPORTS = 200;
const MAX_TERMS = 40;
/** A quotation left open at the end of a line is read as going on for at most this many lines (as model/references.ts does). */
const CARRY_LINES = 40;

export const termQuotes = perModel((treaty: Treaty): QuoteFinding[] => {
  if (treaty.language !== 'zh' || treaty.definitions.length === 0) return [];
  const text = treaty.text;
  // Read only when a definition or a use is quoted (a law's definitions by meaning seldom are).
  let depthAt: ((at: number) => number) | undefined;
  const depth = (at: number) => (depthAt ??= quoteDepth(treaty))(at);
  const out: QuoteFinding[] = [];
  // The definitions written in quotes, outside any other quotation.
  // Short names only: a term defined by what it means is often quoted again when spoken of (`“常设机构”一语还包括`).
  const defs = treaty.definitions
    .filter((d) => !d.byMeaning)
    .map((d) => ({ d, open: text[d.start - 1], close: text[d.end] }))
    .filter((x) => OPENING[x.open] && CLOSING[x.close] && opens(text, x.d.start - 1) && depth(x.d.start - 1) === 0);
  const counts = new Map<QuoteStyle, number>();
  for (const x of defs) if (OPENING[x.open] === CLOSING[x.close]) counts.set(OPENING[x.open], (counts.get(OPENING[x.open]) ?? 0) + 1);
  let want: QuoteStyle | undefined;
  for (const [s, n] of counts) if (want === undefined || n > counts.get(want)!) want = s;
  if (want === undefined) return [];
  const push = (kind: QuoteFinding['kind'], start: number, end: number, term: string) =>
    out.push({ start: start - 1, end: end + 1, term, kind, written: text[start - 1] + text[end], want: want! });
  for (const { d, open, close } of defs) {
    if (OPENING[open] !== CLOSING[close]) push('mismatched', d.start, d.end, d.term);
    else if (OPENING[open] !== want) push('definition', d.start, d.end, d.term);
  }
  // The terms written again in quotes: each term read after each mark that opens a quotation (`quotationMarks`, found once),
  // not searched for through the text term by term, most of a term's uses being unquoted. (A use overlapping the use
  // before it, which such a search passed over, is read too: only a term holding an opening mark has one quoted.)
  const folded = foldedText(treaty);
  const quotes = quotationMarks(treaty);
  const sought = new Set<string>();
  for (const { d } of defs) {
    const term = foldScript(d.term);
    if (sought.has(term) || sought.size >= MAX_TERMS || term.length === 0) continue;
    sought.add(term);
    for (let q = 0; q < quotes.length; q++) {
      const at = quotes[q] + 1;
      const end = at + term.length;
      // (Told by the marks' codes first, then the term's words: a character made a string to be looked up in OPENING costs
      // a string and a lookup of it.)
      if (!isOpeningCode(text.charCodeAt(at - 1)) || !isClosingCode(text.charCodeAt(end)) || !folded.startsWith(term, at)) continue;
      const open = text[at - 1];
      const close = text[end];
      if (!OPENING[open] || !CLOSING[close] || !opens(text, at - 1)) continue;
      // (Most uses are quoted as the document's definitions are: told first, by two marks, before the definitions are gone through.)
      if (OPENING[open] === CLOSING[close] && OPENING[open] === want) continue;
      // A short name written again in a definition by meaning (`本協定所稱“雙方”指…`) is still a use of it.
      if (treaty.definitions.some((x) => !x.byMeaning && at < x.clauseEnd && end > x.clauseStart)) continue;
      if (depth(at - 1) > 0 || inCode(treaty.tree.lines, at)) continue;
      push(OPENING[open] === CLOSING[close] ? 'use' : 'mismatched', at, end, text.slice(at, end));
    }
  }
  return out.sort((a, b) => a.start - b.start);
});

/** A symmetric mark (`"`, `＂`) at `at` opens a quotation: an even number of them before it on its line. */
function opens(text: string, at: number): boolean {
  const c = text[at];
  if (!SYMMETRIC.has(c)) return true;
  let n = 0;
  for (let i = at - 1; i >= 0 && text[i] !== '\n' && text[i] !== '\r'; i--) if (text[i] === c) n++;
  return n % 2 === 0;
}

/** The quotation marks quoteDepth reads, and every mark of OPENING and CLOSING. */
const QUOTE_MARKS = '“「『‘”」』’';
const ALL_MARKS = `${QUOTE_MARKS}"＂`;

/**
 * Where a model's quotation marks are (“ 「 『 ‘ ” 」 』 ’, and the marks that open and close alike, `"` `＂`), in text order:
 * found once, by one pattern of them (`nextOfAny`), for all that read them — the quoted uses of terms and `quoteDepth` here,
 * draftingChecks.ts's numbering runs — which read the text for them once each (and each term's uses were searched for:
 * the 5,000 generated treaties, ~45 ms a reading).
 */
export const quotationMarks = perModel((treaty: Treaty): number[] => {
  const text = treaty.text;
  const out: number[] = [];
  const markFrom = nextOfAny(text, ALL_MARKS);
  for (let i = markFrom(0); i < text.length; i = markFrom(i + 1)) out.push(i);
  return out;
});

/**
 * How many quotations are open just before an offset: `“`, `「`, `『`, `‘` open one, a closing
 * mark closes the innermost (`’` only a `‘`: it is an apostrophe too). A quotation left open
 * at the end of a line goes on over the next lines (a quoted paragraph of an amended law opens
 * each paragraph again and closes only the last), at most CARRY_LINES of them. Symmetric marks
 * (`"`) are not counted: they cannot be told apart from a closing one without reading the text.
 */
function quoteDepth(treaty: Treaty): (at: number) => number {
  const text = treaty.text;
  const lines = treaty.tree.lines;
  // Depth changes, in text order: [offset of the mark, depth after it].
  const marks: number[] = [];
  const after: number[] = [];
  // The marks open, as character codes (`text[i]` would make a string of every character read).
  const stack: number[] = [];
  let carried = 0;
  // The quotation marks, in order (only they are read, not every character), and the first not yet passed.
  const quotes = quotationMarks(treaty);
  let q = 0;
  // The lines are read only as far as asked (the marks before an offset are all known once every line starting at or
  // before it is read): the definitions asked about are most often near the top, and most texts are asked of nothing after them.
  let k = 0;
  const readTo = (offset: number) => {
    for (; k < lines.length && lines[k].start <= offset; k++) {
      const l = lines[k];
      if (l.kind === 'blank' || l.kind === 'break' || l.kind === 'comment' || l.kind === 'code') continue;
      if (stack.length > 0 && ++carried > CARRY_LINES) {
        stack.length = 0;
        // Before the line (its line break): a mark at the line's very start is outside already.
        marks.push(l.start - 1);
        after.push(0);
      }
      // A paragraph that opens the quotation again while it is still open goes on with it.
      let from = l.contentStart;
      // (Past white space and a quote's or a list's marker, `>` `*` `-`: read by the character's code, not the character made a string.)
      for (; from < l.contentEnd; from++) {
        const c = text.charCodeAt(from);
        if (!isWhiteSpaceCode(c) && c !== 0x3e && c !== 0x2a && c !== 0x2d) break;
      }
      if (stack.length > 0 && OPENING[text[from]] && !SYMMETRIC.has(text[from])) from++;
      while (q < quotes.length && quotes[q] < from) q++;
      for (; q < quotes.length && quotes[q] < l.contentEnd; q++) {
        const i = quotes[q];
        const c = text.charCodeAt(i);
        // “ 「 『 ‘
        if (c === 0x201c || c === 0x300c || c === 0x300e || c === 0x2018) stack.push(c);
        // ” 」 』
        else if (c === 0x201d || c === 0x300d || c === 0x300f) {
          if (stack.length === 0) continue;
          stack.pop();
        } else if (c === 0x2019) {
          if (stack[stack.length - 1] !== 0x2018) continue;
          stack.pop();
        } else continue;
        marks.push(i);
        after.push(stack.length);
      }
      if (stack.length === 0) carried = 0;
    }
  };
  return (at: number) => {
    readTo(at);
    // The last change before `at`.
    const lo = partitionPoint(marks.length, (i) => marks[i] < at);
    return lo === 0 ? 0 : after[lo - 1];
  };
}

/** What the readers take from a text, quotation marks aside: its definitions and references. */
function readings(treaty: Treaty): string {
  const defs = treaty.definitions.map((d) => [d.term, d.start, d.end, d.meaning, d.clauseStart, d.clauseEnd]);
  return JSON.stringify([defs, referencesOf(treaty)]).replace(/[“”「」『』‘’＂]|\\"/g, 'Q');
}

/**
 * The fix of a finding at [start, end): its two marks in the document's style, nothing else.
 * None when the text read again would mean anything else (a definition or a reference read differently).
 */
export function termQuoteEdit(treaty: Treaty, start: number, end: number): { title: string; edits: { start: number; end: number; newText: string }[] } | undefined {
  const f = termQuotes(treaty).find((x) => x.start === start && x.end === end);
  if (!f) return undefined;
  const [open, close] = MARKS[f.want];
  const text = treaty.text;
  const edits: { start: number; end: number; newText: string }[] = [];
  if (text[start] !== open) edits.push({ start, end: start + 1, newText: open });
  if (text[end - 1] !== close) edits.push({ start: end - 1, end, newText: close });
  if (edits.length === 0) return undefined;
  if (readings(buildTreaty(withEdits(text, edits))) !== readings(treaty)) return undefined;
  return { title: `${open}${f.term}${close}`, edits };
}
