// Hard line breaks inside a phrase, as texts pasted from a PDF have them: `（以下简称“双` /
// `方”）`, `本协定第` / `二条`, `二〇〇四年六` / `月十日`. A run is a line with the lines that
// continue it, read as one: what a reader sees as one line of text. The model reads defined
// terms, references and the signing clause in runs, so a break mid-phrase hides nothing; the
// offsets it reports stay the text's own (`Run.at`, `Run.end`).
//
// A run never crosses the head of an article (or of a paragraph-numbered unit): only a plain
// text line continues another. So a run is a function of the lines of its unit (an article with
// the lines up to the next, model/references.ts), and of the edited span of a re-parse (whole
// articles, syntax/reparse.ts): readers that read a range of lines (`RunScope`) read the same
// runs there as a reading of the whole text does (a property in test/unit/remodel.test.ts).
import { Line } from './tree';
import { endsCitingTitle, isLatin, isPageFurniture } from './lines';
import { TextLike, nextOfAny } from './text';
import { ACT_SIGNER, DATABASE_LABEL, DATABASE_LABELS, DATE_DIGITS, MEANING_OPENING, NUMERAL_CHARS, OCR_ZEROS, TERM_QUOTES_OPENING, PREAMBLE_HEADING, SITE_REGISTRATION } from './words';
import { foldScript } from './script';

/** Lines read as one, their contents joined (the line breaks, indentation and page furniture between left out). */
export interface Run {
  /** The first line. */
  readonly line: Line;
  /** The last line. */
  readonly last: Line;
  /** The joined contents of `source` (the text, or the text folded: same offsets). */
  readonly text: string;
  /** The offset in the text of the joined character `i` (of the end of the content when `i` is its length). */
  at(i: number): number;
  /** The offset in the text just after joined character `i - 1`: where a span ending at `i` ends. */
  end(i: number): number;
  /** The joined position of text offset `offset` (the nearest one after a gap). */
  back(offset: number): number;
  /** Joined characters `a … b` of another text with the same offsets (the text as written, when `text` is folded). */
  slice(other: TextLike, a: number, b: number): string;
}

/**
 * Where a reader reads: the lines `from..to` (indexes; a run never reaches outside them), in a
 * `source` that holds the document from offset `base` on (a slice of it, folded or not).
 */
export interface RunScope {
  from?: number;
  to?: number;
  base?: number;
}

/**
 * A line whose phrase another line may continue, what ends it aside (`continuation` reads a closing mark there): not one a
 * web table's cell mark ends (`2005/04/08 | ||`, the cell's end).
 */
function opens(l: Line, text: TextLike, base: number): boolean {
  // (Nor a line's translation the lexer cut out of it, `…合作条约` / `Treaty of …`: the Chinese on the next line starts anew.)
  return !(l.glued && isLatin(text.charCodeAt(l.contentStart - base))) && !l.level && l.contentEnd > l.contentStart && (l.kind === 'text' || l.kind === 'para' || l.kind === 'item' || (l.kind === 'article' && l.inlineBody === true)) && text.charCodeAt(l.contentEnd - 1 - base) !== 0x7c /* | */ && !isFieldOrRegistration(l, text, base);
}

/**
 * A database's field on a line of its own, a label and a colon then a date (`執(zhí)行日期:1998-05-27` over the preamble): the
 * value ends with the line, though a digit ends it; the next line is no part of it. Or a site's registration on a line of its
 * own (words.ts `SITE_REGISTRATION`: `京公网安备` / `11010502035627号`). Read only on a short text line, sliced once for both.
 */
function isFieldOrRegistration(l: Line, text: TextLike, base: number): boolean {
  if (l.kind !== 'text' || l.contentEnd - l.contentStart > FIELD_HEAD) return false;
  const line = text.slice(l.contentStart - base, l.contentEnd - base);
  return isField(line) || SITE_REGISTRATION.test(line);
}
/** Whether a short line's words, `line`, are a database's field (`isFieldOrRegistration`). */
function isField(line: string): boolean {
  const colon = Math.max(line.lastIndexOf(':'), line.lastIndexOf('：'));
  if (colon < 0) return GLUED_DATE_FIELDS.test(foldScript(line));
  return colon > 0 && FIELD_DATE.test(line.slice(colon + 1)) && DATABASE_LABEL.test(foldScript(line));
}
/**
 * Date fields with no colon, each label glued to its date, white space between (`签订日期1989.8.31 生效日期1990.10.29`, a
 * law library's line over the preamble): the line is the fields and nothing else.
 */
const FIELD_DATE_VALUE = `[${DATE_DIGITS}${OCR_ZEROS}]{2,4}(?:[-/.．年][${DATE_DIGITS}${OCR_ZEROS}]{1,3}(?:[-/.．月][${DATE_DIGITS}${OCR_ZEROS}]{1,3}日?)?)?`;
const GLUED_DATE_FIELDS = new RegExp(`^(?:(?:${DATABASE_LABELS.filter((w) => w.endsWith('日期')).join('|')})${FIELD_DATE_VALUE}[ \\t\\u3000]*)+$`);
/** A field's value that is a date (`1998-05-27`, `1995年6月22日`): what a sentence never breaks off after. */
const FIELD_DATE = new RegExp(`^[ \\t\\u3000]*[${DATE_DIGITS}${OCR_ZEROS}]{2,4}(?:[-/.．年][${DATE_DIGITS}${OCR_ZEROS}]{1,3}(?:[-/.．月][${DATE_DIGITS}${OCR_ZEROS}]{1,3}日?)?)?[ \\t\\u3000]*$`);
/**
 * A whole date alone on its line, its day's 日 closing it (`1885年6月9日`, a wiki header's date over its notes): a dateline, which
 * a line goes on only with where or how it was done (DATE_GOES_ON: `一九九五年八月十四日` / `于布拉柴维尔`, a note's date and place
 * over two lines) — joined to a note under it, `…9日` / `本條約見《光緒條約》` made 日本 of its 本, and the text's 本條約 was lost.
 */
const DATE_ALONE = new RegExp(`^[ \\t\\u3000]*[${DATE_DIGITS}${OCR_ZEROS}]{2,4}年[${DATE_DIGITS}${OCR_ZEROS}]{1,3}月[${DATE_DIGITS}${OCR_ZEROS}]{1,3}日[ \\t\\u3000]*$`);
/** What a line going on from a date alone opens with: the place or the act (`于…`, `於…`, `在…`, `订于…`, `签订`, `签字`). */
const DATE_GOES_ON = /^[ \t\u3000]*[于於在订訂签簽]/;
/** A date alone on line `l` (DATE_ALONE), which line `n` does not go on with (DATE_GOES_ON). Read only where `l` ends with 日. */
function datelineBefore(text: TextLike, l: Line, n: Line, base: number): boolean {
  if (l.kind !== 'text' || l.contentEnd - l.contentStart > FIELD_HEAD || text.charCodeAt(l.contentEnd - 1 - base) !== 0x65e5 /* 日 */) return false;
  return DATE_ALONE.test(text.slice(l.contentStart - base, l.contentEnd - base)) && !DATE_GOES_ON.test(text.slice(n.contentStart - base, Math.min(n.contentEnd, n.contentStart + 4) - base));
}
/** How far into a line a field's label and colon are looked for (a label of a few characters, each perhaps with its pinyin). */
const FIELD_HEAD = 40;

/** The longest line an act's signer stands on (ACT_SIGNER: an office of up to eight characters, white space, a name). */
const MAX_SIGNER_LINE = 20;

/**
 * The index of the line continuing line `i`'s phrase, or -1: line `i` ends with no punctuation
 * (a hard break mid-phrase) and the next content line, after comments or a page break (with
 * the blank lines around it), is plain text (not a unit, heading or tag). Only lines before `to`
 * are looked at; `text` holds the document from offset `base` on.
 */
export function continuation(lines: readonly Line[], i: number, text: TextLike, base = 0, to = lines.length): number {
  const l = lines[i];
  // A line ending with a closing mark goes on only where the next line, right under it, completes the unit it names (`citesOn`).
  const cites = l.terminal ? citesOn(text, l, base) : undefined;
  if ((l.terminal && cites === undefined) || !opens(l, text, base)) return -1;
  // A heading naming the preamble alone on its line (`序` over the preamble, a law firm's copy of a treaty; `序言`, `前言`): its
  // own, no words of the sentence under it (`序` / `中华人民共和国和加拿大(以下简称“双方”)…`: 双方 is not `序中华人民共和国…`).
  if (l.contentEnd - l.contentStart <= 3 && PREAMBLE_HEADING.test(text.slice(l.contentStart - base, l.contentEnd - base))) return -1;
  // An act's signer alone on its line, office and name (`行政長官 何厚鏵`, a gazette's notice signed right over the instrument it
  // publishes): the notice's, no words of the sentence under it (`行政長官 何厚鏵` / `中華人民共和國澳門特別行政區政府和…(以下簡稱“締約雙方”)`).
  if (l.contentEnd - l.contentStart <= MAX_SIGNER_LINE && ACT_SIGNER.test(foldScript(text.slice(l.contentStart - base, l.contentEnd - base)))) return -1;
  let j = i + 1;
  let blank = false;
  let page = false;
  // Blank lines in a row: a paragraph's gap, which a page's break does not leave (a site's line over the
  // title and its preamble, `本作品收錄於《聯合國條約匯編` / … / title / four blank lines / preamble).
  let gap = 0;
  let wide = false;
  for (; j < to; j++) {
    const k = lines[j].kind;
    if (k === 'blank') {
      blank = true;
      if (++gap >= 2) wide = true;
    } else if (k === 'break') {
      page ||= isPageFurniture(text, lines[j], base);
      gap = 0;
    } else if (k !== 'comment') break;
  }
  // A blank line ends a run (a title before its preamble), unless it is part of a page break (not a `---`),
  // with no two blank lines in a row — or it cuts a title in 《》 (`titleCut`).
  if (j >= to) return -1;
  const n = lines[j];
  if (!(n.kind === 'text' && !n.glued && !n.level && n.contentEnd > n.contentStart)) return -1;
  if (cites !== undefined) return !blank && cites.test(text.slice(n.contentStart - base, Math.min(n.contentEnd, n.contentStart + 12) - base)) ? j : -1;
  if (datelineBefore(text, l, n, base)) return -1;
  if (!blank && !page) {
    const after = displacedOver(lines, l, j, text, base, to);
    if (after >= 0) return after;
  }
  return !blank || (page && !wide) || titleCut(text, l, n, base) || (i > 0 && wrappedTitleCut(text, lines[i - 1], l, n, base)) ? j : -1;
}

/**
 * `titleCut` for a title opened on the line before `l`, which `l` goes on from with no blank line between (a copy wrapped at a
 * width: `…通过的《联合国气候变` / `化纲` / (blank line) / `要公约》`): the title is open at `l`'s end as well.
 */
function wrappedTitleCut(text: TextLike, before: Line, l: Line, n: Line, base: number): boolean {
  if (before.kind !== 'text' || before.terminal || l.contentEnd - l.contentStart >= MAX_TITLE_PIECE) return false;
  const tail = text.slice(Math.max(before.contentStart, before.contentEnd - MAX_TITLE_PIECE) - base, before.contentEnd - base);
  const open = tail.lastIndexOf('《');
  // (The wrap cut the title late, most of its words on the line before: a 《 with a word or two after it ending a line over a
  // short line is a PDF's displaced word, `…《联` / `并在`, `displacedOver`, no part of the title.)
  if (open < 0 || tail.length - open <= WRAPPED_TITLE_OPENING || tail.indexOf('》', open) >= 0 || text.slice(l.contentStart - base, l.contentEnd - base).includes('》')) return false;
  return titleCut(text, before, n, base) || (!/[。；;！？]/.test(tail.slice(open) + text.slice(l.contentStart - base, l.contentEnd - base)) && closesTitle(text, n, base));
}

/** The fewest characters of a title (its 《 counted) on a wrapped line before the line going on from it (`wrappedTitleCut`). */
const WRAPPED_TITLE_OPENING = 3;

/** Line `b` opens with the end of a title cut before it: a `》` with no other title mark nor sentence end before it. */
function closesTitle(text: TextLike, b: Line, base: number): boolean {
  const head = text.slice(b.contentStart - base, Math.min(b.contentEnd, b.contentStart + MAX_TITLE_PIECE) - base);
  const close = head.indexOf('》');
  return close >= 0 && !/[《。；;！？]/.test(head.slice(0, close));
}

/**
 * The line that closes a title in 《》 left open at the end of line `l` when line `j`, right under it, is a word of a printed
 * line set apart by a PDF's extraction (`…独立生活, 《联` / `                              并在` / (blank line) /
 * `合国宪章》宣布的…`, the Convention on the Rights of the Child on a slide site): a few characters of Han alone, indented
 * further than the line above, no blank line between them and a blank line after it (the text sets every printed line apart
 * so), and the title closed at the start of the line after (`titleCut`). The word is no part of the title: the run goes on
 * at the closing line, the word is a run of its own (`eachRun`). -1 for any other line.
 */
function displacedOver(lines: readonly Line[], l: Line, j: number, text: TextLike, base: number, to: number): number {
  const n = lines[j];
  if (n.contentEnd - n.contentStart > MAX_DISPLACED || n.contentStart - n.start <= l.contentStart - l.start) return -1;
  if (!DISPLACED_WORD.test(text.slice(n.contentStart - base, n.contentEnd - base))) return -1;
  // (A comment line is passed over, as between any run's lines: a suppression comment changes no reading.)
  let k = j + 1;
  let blank = false;
  for (; k < to && (lines[k].kind === 'blank' || lines[k].kind === 'comment'); k++) blank ||= lines[k].kind === 'blank';
  if (!blank || k >= to) return -1;
  const m = lines[k];
  return m.kind === 'text' && !m.glued && !m.level && m.contentEnd > m.contentStart && titleCut(text, l, m, base) ? k : -1;
}

/**
 * The lines of a defined term a PDF's extraction set apart, each piece a line of its own with blank lines between: a quotation
 * mark alone opening the term (line `i`), the term (a few characters, no mark), the closing mark alone, and the meaning, a
 * sentence opening with its verb and ending on its line (the Kyoto Protocol on an essay site: `"` / `缔约方会议` / `"` /
 * `指《公约》缔约方会议。`). Read as one run, as `"缔约方会议"指《公约》缔约方会议。` is. Undefined for any other lines: a
 * quotation mark alone before anything else, a meaning going on over the next line (no sentence's end), a term holding a mark.
 */
function shreddedTerm(text: TextLike, lines: readonly Line[], i: number, base: number, to: number): number[] | undefined {
  const l = lines[i];
  if (l.kind !== 'text' || l.contentEnd - l.contentStart !== 1 || l.glued || l.level) return undefined;
  const close = TERM_QUOTES_OPENING[text.slice(l.contentStart - base, l.contentEnd - base)];
  if (close === undefined) return undefined;
  const pieces = [i];
  for (let step = 0, j = i; step < 3; step++) {
    // (Comment lines passed over, uncounted.)
    let k = j + 1;
    for (let gap = 0; k < to && (lines[k].kind === 'comment' || (lines[k].kind === 'blank' && ++gap < MAX_SHRED_GAP)); k++);
    if (k >= to || lines[k].kind === 'blank') return undefined;
    const n = lines[k];
    if (n.kind !== 'text' || n.glued || n.level || n.contentEnd <= n.contentStart) return undefined;
    const s = text.slice(n.contentStart - base, n.contentEnd - base);
    if (step === 0 && !(s.length <= MAX_SHRED_TERM && SHRED_TERM.test(s))) return undefined;
    if (step === 1 && s !== close) return undefined;
    // (The meaning ends its sentence on its line, or on the lines going on from it: a copy wrapped at a width,
    // `指本议定书缔约方,除非文中另` / `有说明。`, which the run joins after it.)
    if (step === 2 && !(MEANING_OPENING.test(s) && (n.terminal || continuation(lines, k, text, base, to) >= 0))) return undefined;
    pieces.push((j = k));
  }
  return pieces;
}

/** Most blank lines between two pieces of a shredded term (`shreddedTerm`), plus one. */
const MAX_SHRED_GAP = 4;
/** The longest term a shredded definition sets apart, in characters. */
const MAX_SHRED_TERM = 30;
/** A term alone on its line: no punctuation, quotation mark nor white space. */
const SHRED_TERM = /^[^\s，,。；;：:“”"「」『』（）()、！？!?]+$/;

/** The longest word a PDF's extraction sets apart from its printed line (`displacedOver`), in characters. */
const MAX_DISPLACED = 4;
/** A displaced word: Han characters alone, no mark, digit nor letter. */
const DISPLACED_WORD = /^[\u3400-\u9fff]+$/;

/**
 * Whether a 《 left open at the end of line `a` is closed at the start of line `b`: a title a PDF's copy broke over a
 * blank line (`…按照《公` / (blank line) / `约》的各项规定`, `《联合国气候变化纲` / `要公约》`). No title holds a
 * sentence's end; the piece on `b` is short, as a title's end is.
 */
function titleCut(text: TextLike, a: Line, b: Line, base: number): boolean {
  const tail = text.slice(Math.max(a.contentStart, a.contentEnd - MAX_TITLE_PIECE) - base, a.contentEnd - base);
  const open = tail.lastIndexOf('《');
  if (open < 0 || tail.indexOf('》', open) >= 0 || /[。；;！？]/.test(tail.slice(open))) return false;
  return closesTitle(text, b, base);
}

/** The longest piece of a title on either side of the blank line that cut it (`titleCut`), in characters. */
const MAX_TITLE_PIECE = 60;

/**
 * What the next line must open with to go on from line `l`, which ends with a closing mark, or undefined: a fixed-width
 * copy breaks a reference after the mark as anywhere else. After a title cited in a sentence (`…按照《矿山安全法》` /
 * `第四十四条和《实施条例》第五十四条的规定处理`), the next line's article is that instrument's; after an item's bracketed
 * number (`…本条例第三十三条第（二）` / `项、第（三）项…`), the line goes on with its unit word. A line holding a title
 * alone (`《联合国宪章》`, a heading) names no article after it.
 */
function citesOn(text: TextLike, l: Line, base: number): RegExp | undefined {
  if (endsCitingTitle(text, l, base)) return ARTICLE_OPENING;
  const last = text.charCodeAt(l.contentEnd - 1 - base);
  if (last !== 0xff09 && last !== 0x29) return undefined;
  return ITEM_NUMBER_ENDING.test(text.slice(Math.max(l.contentStart, l.contentEnd - 8) - base, l.contentEnd - base)) ? UNIT_WORD_OPENING : undefined;
}

/** An article label opening a line, in either script (`第四十四条`, `第44條`). */
const ARTICLE_OPENING = new RegExp(`^第[ \\t\\u3000]*[${NUMERAL_CHARS}]+[ \\t\\u3000]*[条條]`);
/** A bracketed unit number after 第 ending a line: `第（二）`, `第(3)`. */
const ITEM_NUMBER_ENDING = new RegExp(`第[（(][${NUMERAL_CHARS}]{1,4}[）)]$`);
/** The unit word that completes `第（二）`: `项`, `款`, `目` (traditional 項). */
const UNIT_WORD_OPENING = /^[项項款目]/;

/** How many lines one run may join (a pathological text cannot make one run of everything). */
const MAX_LINES = 64;
/** Longest run, in characters. */
const MAX_LENGTH = 20_000;

/**
 * The runs of `lines`, in order of their first lines: every content line belongs to exactly one (lines that are not
 * content — blank, page break, comment — to none). `source` is the text the run's `text` is cut from.
 */
export function runsOf(source: TextLike, lines: readonly Line[], keep: (l: Line) => boolean = () => true, wanted?: (from: number, to: number) => boolean, scope?: RunScope): Run[] {
  const out: Run[] = [];
  eachRun(source, lines, keep, (r) => out.push(r instanceof OneLine ? new OneLine(r.line, r.text) : r), wanted, scope);
  return out;
}

/**
 * Calls `visit` with each run of `lines`, in order (see runsOf). A run of one line — most of
 * them — is one object reused from call to call: `visit` reads it and keeps only numbers and
 * strings, never the run itself. Nothing is allocated for a line but its text.
 */
export function eachRun(source: TextLike, lines: readonly Line[], keep: (l: Line) => boolean, visit: (run: Run) => void, wanted?: (from: number, to: number) => boolean, scope?: RunScope): void {
  const base = scope?.base ?? 0;
  const to = Math.min(scope?.to ?? lines.length, lines.length);
  const one = new OneLine(lines[0], '');
  // A run of one line: the one object, its line and text set anew.
  const visitLine = (l: Line): void => {
    one.line = l;
    one.text = source.slice(l.contentStart - base, l.contentEnd - base);
    visit(one);
  };
  // Where the scope's last line ends: once no run from here on can hold what `wanted` looks for, the rest of the
  // scope is passed over, its lines not joined into runs (`citedTitles` over LawRefBook/Laws: most articles hold no mark).
  const last = to > 0 ? lines[to - 1].contentEnd : 0;
  for (let i = scope?.from ?? 0; i < to; i++) {
    const l = lines[i];
    if (!keep(l)) continue;
    if (wanted && !wanted(l.contentStart, last)) return;
    // A term set apart between quotation marks alone on their lines, its meaning after (`shreddedTerm`): one run.
    let pieces: number[] | undefined = shreddedTerm(source, lines, i, base, to);
    let k = i;
    let length = l.contentEnd - l.contentStart;
    if (pieces) {
      k = pieces[pieces.length - 1];
      for (let p = 1; p < pieces.length; p++) length += lines[pieces[p]].contentEnd - lines[pieces[p]].contentStart;
    }
    // A word a PDF set apart inside a title (`displacedOver`), passed over by the run: a run of its own, after it.
    let apart: number[] | undefined;
    for (let j = continuation(lines, k, source, base, to); j >= 0; j = continuation(lines, k, source, base, to)) {
      const add = lines[j].contentEnd - lines[j].contentStart;
      if (length + add > MAX_LENGTH || (pieces?.length ?? 1) >= MAX_LINES) break;
      (pieces ??= [i]).push(j);
      length += add;
      for (let s = k + 1; s < j; s++) if (lines[s].kind === 'text' && lines[s].contentEnd > lines[s].contentStart) (apart ??= []).push(s);
      k = j;
    }
    // Only the runs a reader asks for are cut out of the text (`wanted`: their span holds what it looks for).
    if (!wanted || wanted(l.contentStart, lines[k].contentEnd)) {
      if (pieces) visit(joined(source, lines, pieces, base));
      else visitLine(l);
    }
    for (const s of apart ?? []) {
      const a = lines[s];
      if (keep(a) && (!wanted || wanted(a.contentStart, a.contentEnd))) visitLine(a);
    }
    i = k;
  }
}

/** A `wanted` filter for runsOf: the runs whose span holds one of `chars` (runs come in text order; `source` holds the document from `base` on). */
export function holding(source: TextLike, chars: string, base = 0): (from: number, to: number) => boolean {
  // Several characters in a string: one search for the first of any of them (a class), not one pass over the
  // text per character — `citedTitles` looks for six (over LawRefBook/Laws it took 11 % less time). A
  // character outside the Basic Multilingual Plane (two code units, which a class would match apart) is looked for alone.
  if (typeof source === 'string' && chars.length > 1 && !SURROGATE.test(chars)) return holdingAny(source, chars, base);
  const find = (c: string, from: number) => {
    const at = source.indexOf(c, from - base);
    return at < 0 ? -1 : at + base;
  };
  const next = [...chars].map((c) => ({ c, at: find(c, base) }));
  return (from, to) => {
    let hit = false;
    for (const n of next) {
      if (n.at >= 0 && n.at < from) n.at = find(n.c, from);
      if (n.at >= from && n.at < to) hit = true;
    }
    return hit;
  };
}

const SURROGATE = /[\ud800-\udfff]/;

/** `holding` over a string, for several characters of the Basic Multilingual Plane: the next of any of them (`nextOfAny`), searched again once passed. */
function holdingAny(source: string, chars: string, base: number): (from: number, to: number) => boolean {
  const next = nextOfAny(source, chars);
  return (from, to) => {
    const at = next(from - base);
    return at < source.length && at + base < to; // (none left: the text's length)
  };
}

/** The given lines read as one run (a block known to hold one sentence, the signing clause), or undefined when there are none. */
export function runOfLines(source: TextLike, lines: readonly Line[]): Run | undefined {
  const content = lines.filter((l) => l.contentEnd > l.contentStart && l.kind !== 'blank' && l.kind !== 'break' && l.kind !== 'comment' && l.kind !== 'code');
  if (content.length === 0) return undefined;
  return content.length === 1 ? single(source, content[0]) : joined(source, content, content.map((_, i) => i));
}

function single(source: TextLike, l: Line): Run {
  return new OneLine(l, source.slice(l.contentStart, l.contentEnd));
}

/** A run of one line (most runs): offsets are the line's own, shifted. One object, no closures. */
class OneLine implements Run {
  constructor(public line: Line, public text: string) {}
  get last(): Line {
    return this.line;
  }
  at(i: number): number {
    return this.line.contentStart + i;
  }
  end(i: number): number {
    return this.line.contentStart + i;
  }
  back(offset: number): number {
    return offset - this.line.contentStart;
  }
  slice(other: TextLike, a: number, b: number): string {
    return other.slice(this.line.contentStart + a, this.line.contentStart + b);
  }
}

function joined(source: TextLike, lines: readonly Line[], pieces: number[], base = 0): Run {
  const starts: number[] = [];
  const raw: number[] = [];
  let text = '';
  for (const k of pieces) {
    starts.push(text.length);
    raw.push(lines[k].contentStart);
    text += source.slice(lines[k].contentStart - base, lines[k].contentEnd - base);
  }
  return new Joined(lines[pieces[0]], lines[pieces[pieces.length - 1]], text, starts, raw);
}

/** A run of several lines: `starts[k]` is where line k's content starts in `text`, `raw[k]` in the text. */
class Joined implements Run {
  constructor(readonly line: Line, readonly last: Line, readonly text: string, private readonly starts: number[], private readonly raw: number[]) {}
  private piece(i: number): number {
    let k = this.starts.length - 1;
    while (k > 0 && this.starts[k] > i) k--;
    return k;
  }
  at(i: number): number {
    const k = this.piece(i);
    return this.raw[k] + (i - this.starts[k]);
  }
  end(i: number): number {
    if (i <= 0) return this.raw[0];
    const k = this.piece(i - 1);
    return this.raw[k] + (i - this.starts[k]);
  }
  back(offset: number): number {
    let k = this.raw.length - 1;
    while (k > 0 && this.raw[k] > offset) k--;
    const len = (k + 1 < this.starts.length ? this.starts[k + 1] : this.text.length) - this.starts[k];
    return this.starts[k] + Math.min(Math.max(0, offset - this.raw[k]), len);
  }
  slice(other: TextLike, a: number, b: number): string {
    let out = '';
    for (let k = 0; k < this.starts.length; k++) {
      const s0 = this.starts[k];
      const s1 = k + 1 < this.starts.length ? this.starts[k + 1] : this.text.length;
      const x = Math.max(a, s0);
      const y = Math.min(b, s1);
      if (x < y) out += other.slice(this.raw[k] + x - s0, this.raw[k] + y - s0);
    }
    return out;
  }
}

/**
 * Line `i` with the lines that continue its phrase (`continuation`: it ends mid-phrase and the next content
 * line, a page number or blank lines around one between, is plain text), their contents joined by one space,
 * as the readers of a text in another language take it (model/foreignReferences.ts, foreignDefinitions.ts):
 * `at(k)` is the text offset of joined character `k` (a joining space: the end of the line before it), `back`
 * the joined position of a text offset, `last` the last line read. Undefined when line `i` alone is longer than
 * a run may be (MAX_LENGTH); the lines that would make it longer are left out.
 */
export function joinedRun(text: string, lines: readonly Line[], i: number): { s: string; at: (k: number) => number; back: (offset: number) => number; last: number } | undefined {
  const first = lines[i];
  let length = first.contentEnd - first.contentStart;
  if (length > MAX_LENGTH) return undefined;
  const pieces = [i];
  for (let j = continuation(lines, i, text); j >= 0; j = continuation(lines, j, text)) {
    length += 1 + lines[j].contentEnd - lines[j].contentStart;
    if (length > MAX_LENGTH) break;
    pieces.push(j);
  }
  const from = first.contentStart;
  if (pieces.length === 1) return { s: text.slice(from, first.contentEnd), at: (k) => from + k, back: (o) => o - from, last: i };
  const starts: number[] = [];
  const parts: string[] = [];
  let next = 0;
  for (const p of pieces) {
    starts.push(next);
    parts.push(text.slice(lines[p].contentStart, lines[p].contentEnd));
    next += lines[p].contentEnd - lines[p].contentStart + 1;
  }
  // A joined character's line is the last one starting at or before it (a joining space ends the line before).
  const piece = (k: number) => {
    let p = starts.length - 1;
    while (starts[p] > k) p--;
    return p;
  };
  return {
    s: parts.join(' '),
    at: (k) => {
      const p = piece(k);
      return Math.min(lines[pieces[p]].contentStart + k - starts[p], lines[pieces[p]].contentEnd);
    },
    back: (o) => {
      let p = pieces.length - 1;
      while (p > 0 && lines[pieces[p]].contentStart > o) p--;
      return starts[p] + Math.min(o - lines[pieces[p]].contentStart, lines[pieces[p]].contentEnd - lines[pieces[p]].contentStart);
    },
    last: pieces[pieces.length - 1],
  };
}
