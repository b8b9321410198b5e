// The headings, paragraphs and items of a treaty text in another language (syntax/foreign.ts):
// a pass over the lines splitLines classified, for a text that is not Chinese only. It marks
// `Article 1`, `Статья 1. Заголовок`, `1-бап`, `Article premier` as articles, `Chapter I`,
// `Глава 2`, `Part I` as chapters, `а)`, `1)`, `(ii)` as items, and lines ending with a
// full stop `.` as ending a sentence. Anchored patterns on a bounded window: linear time.
import { Line } from './tree';
import { parseNumeral } from './numerals';
import { ANNEX_LABEL_WORDS, ARTICLE_AFTER_NUMBER, ARTICLE_WORDS, CHAPTER_WORDS, CYRILLIC_ITEMS, FIRST_WORDS, SENTENCE_ARTICLES, TITLE_JOINS, TITLE_OPENS_KIND, BETWEEN, foreignKind, parseRoman } from './foreign';
import { FIELD_LABEL_LINE } from './words';

const SP = '[ \\t\\u00a0]';
// An article numbered by chapter first (`Article 1.1: Establishment of a Free Trade Area`: numerals.ts DECIMAL_ARTICLE).
const NUMBER = `(\\d{1,4}\\.\\d{1,3}(?!\\.?\\d)|\\d{1,4}|[ivxlcdm]{1,8}|${FIRST_WORDS.join('|')})`;
const ARTICLE_HEAD = new RegExp(`^(${ARTICLE_WORDS.join('|')})${SP}{1,3}${NUMBER}(?![\\p{L}\\d])`, 'iu');
const ARTICLE_NUMBER_FIRST = new RegExp(`^(\\d{1,4})${SP}?[-‑–]${SP}?(${ARTICLE_AFTER_NUMBER.join('|')})(?!\\p{L})`, 'iu');
const CHAPTER_HEAD = new RegExp(`^(${Object.keys(CHAPTER_WORDS).join('|')})${SP}{1,3}(\\d{1,3}|[ivxlc]{1,7})(?![\\p{L}\\d])`, 'iu');
const CHAPTER_NUMBER_FIRST = new RegExp(`^(\\d{1,3}|[IVXLC]{1,7})${SP}?[-‑–]${SP}?(тарау|бөлім|бөлүм|глава)(?!\\p{L})`, 'iu');
/** Items as other languages write them: `а)`, `a)`, `1)`, `(ii)`, `(A)`, `«а»)`. */
const ITEM_HEAD = /^(?:([а-яё])\)|([a-z])\)|(\d{1,2})\)|\(([ivxlc]{2,6})\)|\(([A-Z])\)|«([а-яё])»\))/u;
const WINDOW = 200;
/** Marks between a label and its caption: `.`, `:`, dashes, `,`. */
const SEPARATORS = new Set('.:—–-,'.split('').map((c) => c.charCodeAt(0)));
const SENTENCE_END = new Set('.!?'.split('').map((c) => c.charCodeAt(0)));
/** Longest caption written on the heading's line: `Article 1 — Purposes and Principles`. */
const MAX_CAPTION = 80;

/** Classifies the lines of a text in another language (in place) and returns them. */
export function foreignLines(text: string, lines: Line[]): Line[] {
  let prevLetter = 0;
  let prevRoman = 0;
  for (let index = 0; index < lines.length; index++) {
    const l = lines[index];
    if (l.kind === 'blank' || l.kind === 'break' || l.kind === 'tag' || l.kind === 'footnote') continue;
    const s = l.contentStart;
    const e = l.contentEnd;
    if (s < e && SENTENCE_END.has(text.charCodeAt(e - 1))) l.period = true;
    if (l.kind === 'item') {
      // `(i)` after `(h)` is a letter; otherwise `(i)`, `(v)`, `(x)` count in roman numerals.
      const label = text.slice(l.label!.start, l.label!.end).replace(/[()\s]/g, '');
      const roman = /^[ivx]$/.test(label) ? parseRoman(label) : undefined;
      if (roman !== undefined && (label === 'i' ? prevLetter !== 8 : prevRoman === roman - 1)) {
        l.num = roman;
        prevRoman = roman;
      } else if (/^[a-z]$/.test(label)) prevLetter = l.num ?? 0;
      continue;
    }
    if (l.kind !== 'text' && l.kind !== 'heading') continue;
    const window = text.slice(s, Math.min(e, s + WINDOW));
    const upper = isUpper(window.charCodeAt(0));
    let m: RegExpExecArray | null;
    if (upper && (m = ARTICLE_HEAD.exec(window))) {
      const num = numberOf(m[2]);
      if (num !== undefined && heading(text, l, s + m[0].length, e, 'article', 'article', runsOn(text, lines[index + 1]))) l.num = num;
    } else if ((m = ARTICLE_NUMBER_FIRST.exec(window))) {
      const num = Number(m[1]);
      if (heading(text, l, s + m[0].length, e, 'article', 'article', runsOn(text, lines[index + 1]))) l.num = num;
    } else if (upper && (m = CHAPTER_HEAD.exec(window))) {
      const num = numberOf(m[2]);
      const unit = CHAPTER_WORDS[m[1].toLowerCase()];
      // `Section 2. The United States …`: a section with a body is an article (US style).
      if (num !== undefined && heading(text, l, s + m[0].length, e, 'chapter', unit === '节' ? 'article' : undefined)) {
        l.num = num;
        if ((l.kind as Line['kind']) === 'chapter') l.unit = unit;
      }
    } else if ((m = CHAPTER_NUMBER_FIRST.exec(window))) {
      const num = numberOf(m[1]);
      if (num !== undefined && heading(text, l, s + m[0].length, e, 'chapter')) {
        l.num = num;
        l.unit = CHAPTER_WORDS[m[2].toLowerCase()];
      }
    } else if (l.kind === 'text' && (m = ITEM_HEAD.exec(window))) {
      l.kind = 'item';
      l.label = { start: s, end: s + m[0].length };
      l.num = itemNumber(m);
      l.rest = skipSpaces(text, s + m[0].length, e);
      if (m[4] !== undefined) prevRoman = l.num ?? 0;
    }
  }
  pageFootnotes(text, lines);
  wrappedStops(text, lines);
  return lines;
}

/** Fewest lines broken mid-sentence that show a text hard-wrapped at one width. */
const MIN_WRAPPED = 10;
/** How far below the width a wrapped line may end and still count as full (a long word went to the next line). */
const WRAP_SLACK = 12;

/**
 * A full stop ending a line of a text hard-wrapped at one width (most lines broken mid-sentence end within
 * `WRAP_SLACK` of the longest) ends no paragraph when the line is full and the next line's first word would not
 * have fit on it: the wrap fell after the stop (the Universal Declaration's English, Article 16(a): `…to found it
 * family.` / `They are entitled to equality…`, 72 characters wide). A line the next word would have fitted on
 * ends its paragraph, as does one broken by markdown (two spaces or `\` at its end) or followed by a label.
 */
function wrappedStops(text: string, lines: Line[]): void {
  const widths: number[] = [];
  let widest = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const l = lines[i];
    if ((l.kind === 'text' || l.kind === 'item') && !l.period && lines[i + 1].kind === 'text' && !markdownBreak(text, l)) {
      const w = l.contentEnd - l.start;
      widths.push(w);
      if (w > widest) widest = w;
    }
  }
  if (widths.length < MIN_WRAPPED) return;
  let full = 0;
  for (const w of widths) if (w >= widest - WRAP_SLACK) full++;
  if (full * 10 < widths.length * 6) return;
  for (let i = 0; i + 1 < lines.length; i++) {
    const l = lines[i];
    const next = lines[i + 1];
    if (!l.period || text.charCodeAt(l.contentEnd - 1) !== 0x2e || next.kind !== 'text' || markdownBreak(text, l)) continue;
    const width = l.contentEnd - l.start;
    if (width < widest - WRAP_SLACK) continue;
    let word = next.contentStart;
    while (word < next.contentEnd && !/\s/.test(text[word])) word++;
    if (width + 1 + (word - next.contentStart) > widest) l.period = false;
  }
}

/** Whether line `l` ends with a markdown line break: two spaces or more, or a backslash, after its content. */
function markdownBreak(text: string, l: Line): boolean {
  const tail = text.slice(l.contentEnd, l.eol);
  return tail.length >= 2 || text.charCodeAt(l.contentEnd - 1) === 0x5c;
}

/** Marks a note at a page's foot opens with (`* Source: …`, `† …`). */
const NOTE_MARKS = new Set([0x2a, 0x2020, 0x2021]);
/** Most lines of one note at a page's foot. */
const MAX_NOTE_LINES = 6;

/**
 * A note printed at the foot of a page, between the body and the page number, as a book or a PDF
 * sets it (`…by Her Britannic Majesty, Her Heirs and` / `* Source: The Maritime Customs, …` /
 * `Shanghai 1917, vol. 1, pp. 351-56.` / `198` / `Successors, and …`): its lines are footnotes, so the
 * sentence runs on over them and the page number, and their numbers are none of the text's. It is
 * told by its mark opening the line (`*`, `†`, `‡`), the text calling that mark before (`…1842 *`),
 * and the body above it breaking off mid-phrase; the page number is a lone number line (syntax/lines.ts).
 */
function pageFootnotes(text: string, lines: Line[]): void {
  for (let i = 1; i < lines.length; i++) {
    const page = lines[i];
    if (page.kind !== 'break' || !/[0-9]/.test(text.slice(page.contentStart, page.contentEnd))) continue;
    // The note's lines right above the page number, the first opening with a mark.
    let first = -1;
    for (let k = i - 1; k >= 0 && i - k <= MAX_NOTE_LINES; k--) {
      const l = lines[k];
      if (l.kind !== 'text' && l.kind !== 'item') break;
      if (noteMark(text, l) >= 0) {
        first = k;
        break;
      }
    }
    if (first < 1) continue;
    const body = lines[first - 1];
    if (body.terminal || body.contentEnd <= body.contentStart || (body.kind !== 'text' && body.kind !== 'article' && body.kind !== 'item') || noteMark(text, body) >= 0) continue;
    if (!calledBefore(text, noteMark(text, lines[first]), body.start)) continue;
    for (let k = first; k < i; k++) lines[k].kind = 'footnote';
  }
}

/** The note mark line `l` opens with (`* `, `†`), or -1: not a bold or italic `**`, not a rule. */
function noteMark(text: string, l: Line): number {
  let s = l.start;
  while (s < l.contentEnd && (text.charCodeAt(s) === 0x20 || text.charCodeAt(s) === 0x09)) s++;
  const c = text.charCodeAt(s);
  if (!NOTE_MARKS.has(c) || text.charCodeAt(s + 1) === c) return -1;
  return s + 1 < l.contentEnd ? c : -1;
}

/** The text before `before` calls note `mark` after a word (`29 August 1842 *`), not at a line's start. */
function calledBefore(text: string, mark: number, before: number): boolean {
  const m = String.fromCharCode(mark);
  for (let p = text.lastIndexOf(m, before - 1), seen = 0; p > 0 && seen < 50; p = text.lastIndexOf(m, p - 1), seen++) {
    const prev = text.charCodeAt(p - 1);
    if (prev === mark || text.charCodeAt(p + 1) === mark) continue;
    let q = p - 1;
    while (q >= 0 && (text.charCodeAt(q) === 0x20 || text.charCodeAt(q) === 0x09)) q--;
    if (q >= 0 && text.charCodeAt(q) !== 0x0a && text.charCodeAt(q) !== 0x0d) return true;
  }
  return false;
}

/**
 * Makes `l` a heading of `kind` whose label ends at `labelEnd`, when what follows the label
 * allows it: nothing, a caption (`. Заголовок`, `— Title`, `, PURPOSES AND PRINCIPLES`), or a
 * body opening with a capital (`**Статья 1.** Высокие …`, `Article 1 By the present Treaty …`);
 * not running text (`Article 5 of the Charter …`, `Article 5(2)`). A body makes it `withBody`
 * (articles carry their first paragraph; a `Section` with a body is an article), or nothing.
 */
function heading(text: string, l: Line, labelEnd: number, e: number, kind: 'article' | 'chapter', withBody?: 'article', continued = false): boolean {
  let r = labelEnd;
  let marks = 0;
  for (let k = 0; k < 8 && r < e; k++) {
    const c = text.charCodeAt(r);
    if (c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000) r++;
    else if ((c === 0x2a || c === 0x5f) && text.charCodeAt(r + 1) === c) r += 2;
    else if (SEPARATORS.has(c)) {
      r++;
      marks++;
    } else break;
  }
  let body = false;
  if (r < e && l.level === 0) {
    const c = text.charCodeAt(r);
    const spaced = r > labelEnd;
    if (!spaced || (!marks && !isUpper(c) && !(c >= 0x30 && c <= 0x39) && c !== 0xab && c !== 0x22 && c !== 0x201c)) return false;
    const tail = text.slice(r, e);
    // A caption ends its phrase on its line; words the next line runs on from in lower case are the body's
    // (`ARTICLE I. There Shall Henceforward Be Peace And Friendship between Her` / `majesty the Queen …`).
    body = tail.length > MAX_CAPTION || /[.;:,!?]$/.test(tail) || continued;
  }
  if (body && !withBody) return false;
  l.kind = body ? withBody! : kind;
  l.label = { start: l.contentStart, end: labelEnd };
  l.rest = r;
  l.inlineBody = body && l.kind === 'article';
  return true;
}

/** Line `next` runs on from the line before it: plain text opening with a lower-case letter (no blank line between). */
function runsOn(text: string, next: Line | undefined): boolean {
  return next !== undefined && next.kind === 'text' && next.level === 0 && /^\p{Ll}/u.test(text.slice(next.contentStart, next.contentStart + 2));
}

function numberOf(raw: string): number | undefined {
  if (/^\d+$/.test(raw)) return Number(raw);
  if (/^\d+\.\d+$/.test(raw)) return parseNumeral(raw);
  const lower = raw.toLowerCase();
  if (lower === 'premier' || lower === 'première' || lower === '1er' || lower === 'первая') return 1;
  return parseRoman(raw);
}

function itemNumber(m: RegExpExecArray): number | undefined {
  if (m[1] !== undefined || m[6] !== undefined) {
    const i = CYRILLIC_ITEMS.indexOf((m[1] ?? m[6]).replace('ё', 'е'));
    return i >= 0 ? i + 1 : undefined;
  }
  if (m[2] !== undefined) return m[2].charCodeAt(0) - 0x60;
  if (m[3] !== undefined) return Number(m[3]);
  if (m[4] !== undefined) return parseRoman(m[4]);
  return m[5].charCodeAt(0) - 0x40;
}

function isUpper(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x410 && c <= 0x42f) || c === 0x401 || (c >= 0xc0 && c <= 0xde) || (c >= 0x4d8 && c <= 0x4e9 && c % 2 === 0) || c === 0x4a2 || c === 0x4ae || c === 0x4b0 || c === 0x4ba || c === 0x406 || c === 0x492 || c === 0x49a;
}

function skipSpaces(text: string, from: number, to: number): number {
  while (from < to && (text.charCodeAt(from) === 0x20 || text.charCodeAt(from) === 0x09 || text.charCodeAt(from) === 0xa0)) from++;
  return from;
}

/** A `name: value` line (`**Source**: …`, `Дата: …`): what databases put around a title. */
const META_LINE = /^(?:\*\*)?[^:：.,;\s*]{1,20}(?:\*\*)?[ \t]*[:：]/u;
/**
 * Longest line of a title. An English title on one line runs past 200 characters (`Agreement between the Government of
 * the People's Republic of China and the Government of the Republic of Kazakhstan for the Avoidance of Double Taxation
 * and the Prevention of Fiscal Evasion with respect to Taxes on Income and on Capital`, 232; a page's heading naming the
 * UK–China joint communiqué of March 1972, 214).
 */
const MAX_TITLE_LINE = 300;

/**
 * The title of a text in another language, as its first and last lines: the first markdown
 * heading before the first unit; else the first content line that names a kind of instrument
 * or is written in capitals (`JOINT RESOLUTION`, `СОГЛАШЕНИЕ`), running on over the next lines
 * up to a blank line (`СОГЛАШЕНИЕ` / `между Правительством …` / `о …`). Undefined when the
 * text opens with its preamble.
 */
export function foreignTitle(text: string, lines: Line[], firstUnit: number): [number, number] | undefined {
  for (let i = 0; i < firstUnit; i++) {
    const l = lines[i];
    if (l.kind === 'heading' && l.contentEnd > l.contentStart && !META_LINE.test(text.slice(l.contentStart, l.contentEnd))) return [i, i];
  }
  for (let i = 0; i < firstUnit; i++) {
    const l = lines[i];
    if (l.kind === 'blank' || l.kind === 'break' || l.kind === 'tag' || l.kind === 'comment') continue;
    const s = text.slice(l.contentStart, Math.min(l.contentEnd, l.contentStart + MAX_TITLE_LINE + 1));
    if (META_LINE.test(s)) continue;
    // `Annexure 1` above `Treaty of Nanking (Nanjing), 29 August 1842`: the book's label, then the title.
    if (ANNEX_LABEL.test(s) && i + 1 < firstUnit && isTitleLine(text, lines[i + 1]) && foreignKind(text.slice(lines[i + 1].contentStart, Math.min(lines[i + 1].contentEnd, lines[i + 1].contentStart + MAX_TITLE_LINE + 1)))) continue;
    // `U.S.` / (blank) / `-PRC Joint Communiqué` (a PDF's copy broke the title after an abbreviation's stop): one title.
    const joined = hyphenGoesOn(text, lines, i, firstUnit);
    if (joined > 0) return [i, joined];
    // `AGREEMENT BETWEEN … CONCERNING A MILITARY ARMISTICE IN KOREA.` (a PDF's copy of the Korean Armistice Agreement):
    // a line in capitals naming a kind of instrument is its title though a full stop ends it — no sentence is set in capitals.
    // (`Joint Communique of the Government of … on the Establishment of Diplomatic Relations.`: in title case likewise.)
    if (stoppedCapitalsTitle(text, l, s) || stoppedTitleCase(text, l, s)) return [i, i];
    // `I` over the first paragraph (a joint statement's part I, the 2021 Sino-Russian statement as a page prints it): a part's
    // number, no title.
    if (ROMAN_ALONE.test(s)) return undefined;
    if (!isTitleLine(text, l) || (!foreignKind(s) && s !== s.toUpperCase())) return undefined;
    let last = i;
    // (Up to four lines more; a comment or code line between is no line of the text, passed over: `<!-- treaty-disable-next-line
    // … -->` above each line of a title over lines leaves it the same title.)
    for (let j = i + 1, taken = 0; j < firstUnit && taken < 4; j++) {
      if (lines[j].kind === 'comment' || lines[j].kind === 'code') continue;
      taken++;
      if (!isTitleLine(text, lines[j]) || opensPreamble(text, lines[last], lines[j])) break;
      // `【名称】 agreement between …` / `【题注】 whole document` (a Chinese law database's English text): a field of its own.
      if (FIELD_LABEL_LINE.test(text.slice(lines[j].contentStart, lines[j].contentStart + 16))) break;
      // `СОГЛАШЕНИЕ МЕЖДУ … НА ЕЕ ВОСТОЧНОЙ ЧАСТИ` / `СОГЛАШЕНИЕ` / `мая 1991 г.` (a book's annex reprinting the 1991 Sino-Soviet
      // border agreement): the kind alone again under the title that opens with it heads the text, no part of the title.
      if (repeatsKind(text, l, lines[j])) break;
      last = j;
    }
    // `Международный договор` / `Соглашение от 27 января 1994 года` / (blank) / `Соглашение между Правительством Российской
    // Федерации, … и Правительством Монголии об определении …` (a legal database's record over the 1994 agreement on the
    // junctions of the Sino-Russian-Mongolian boundaries): lines naming a kind, a date at most, and no parties, then after a blank
    // line one naming a kind and its parties — that line is the title, the record's lines above it the page's.
    const block = text.slice(l.contentStart, lines[last].contentEnd);
    if (!BETWEEN.test(block)) {
      let j = last + 1;
      while (j < firstUnit && lines[j].kind === 'blank') j++;
      if (j > last + 1 && j < firstUnit && isTitleLine(text, lines[j])) {
        const t = text.slice(lines[j].contentStart, Math.min(lines[j].contentEnd, lines[j].contentStart + MAX_TITLE_LINE + 1));
        if (BETWEEN.test(t) && foreignKind(t)) return [j, j];
      }
    }
    // `WORLD TRADE ORGANIZATION` / `WT/MIN(01)/DEC/W/2` / `14 November 2001` / … / `DECLARATION ON THE TRIPS AGREEMENT AND PUBLIC
    // HEALTH` (the Doha Declaration as a page prints it): a masthead in capitals naming no kind, then, before the first unit,
    // a line in capitals naming one — that line is the title (the masthead's other lines, `Fourth Session`, `Doha, 9 - 14 November
    // 2001`, between).
    if (!foreignKind(text.slice(l.contentStart, lines[last].contentEnd))) {
      for (let j = last + 1; j < firstUnit; j++) {
        const m = lines[j];
        if (m.kind !== 'text' && m.kind !== 'heading') continue;
        const t = text.slice(m.contentStart, Math.min(m.contentEnd, m.contentStart + MAX_TITLE_LINE + 1));
        if (isTitleLine(text, m) && /\p{Lu}{3}/u.test(t) && !/\p{Ll}/u.test(t) && foreignKind(t)) return [j, j];
        // (Up to a sentence or a clause, `The General Conference,`: the preamble has begun.)
        if (/[.,;:]$/.test(t.trimEnd())) break;
      }
    }
    return [i, last];
  }
  return undefined;
}

/** A Roman numeral alone on a line (`I`, `IV`): a part's number. */
const ROMAN_ALONE = /^[IVXL]{1,6}$/;

/** Line `m` is one word alone, the word title line `l` opens with (`СОГЛАШЕНИЕ` under `СОГЛАШЕНИЕ МЕЖДУ …`), naming a kind. */
function repeatsKind(text: string, l: Line, m: Line): boolean {
  const n = m.contentEnd - m.contentStart;
  if (n < 3 || n > 40 || l.contentEnd - l.contentStart <= n) return false;
  const word = text.slice(m.contentStart, m.contentEnd);
  if (/[\s.,;:]/.test(word)) return false;
  const head = text.slice(l.contentStart, l.contentStart + n + 1);
  return head.slice(0, n).toLowerCase() === word.toLowerCase() && /\s/.test(head.charAt(n)) && !!foreignKind(word);
}

/** A short first line ending with an abbreviation's stop (`U.S.`, `P.R.C.`). */
const ABBREVIATION_LINE = /^(?:\p{Lu}\.){1,4}$/u;
/** A line opening with a hyphen that joins it to the word before (`-PRC Joint Communiqué`). */
const HYPHEN_OPENING = /^-\p{L}/u;

/**
 * The last line of a title a copy broke after an abbreviation (`U.S.` / (blank) / `-PRC Joint Communiqué`, the 1982 US–China
 * communiqué's PDF): line `i` is the abbreviation alone, the next content line (one or two blank lines between) opens with a
 * hyphen joined to it and names a kind of instrument; or -1. The title model/treaty.ts reads joins them with no space.
 */
function hyphenGoesOn(text: string, lines: Line[], i: number, firstUnit: number): number {
  const l = lines[i];
  if (!ABBREVIATION_LINE.test(text.slice(l.contentStart, l.contentEnd))) return -1;
  let j = i + 1;
  while (j < firstUnit && j <= i + 3 && lines[j].kind === 'blank') j++;
  if (j >= firstUnit || j > i + 3 || !isTitleLine(text, lines[j])) return -1;
  const next = text.slice(lines[j].contentStart, Math.min(lines[j].contentEnd, lines[j].contentStart + MAX_TITLE_LINE + 1));
  return HYPHEN_OPENING.test(next) && foreignKind(next) ? j : -1;
}

const ANNEX_LABEL = new RegExp(`^(?:${ANNEX_LABEL_WORDS.join('|')})[ \\t\\u00a0]+(?:\\d{1,3}|[IVXLC]{1,6}|[A-Z])[.:]?$`, 'iu');
const SENTENCE_OPENING = new RegExp(`^(?:${SENTENCE_ARTICLES.join('|')})[ \\t\\u00a0]+\\p{Lu}`, 'u');
const TITLE_JOIN_END = new RegExp(`(?<!\\p{L})(?:${TITLE_JOINS.join('|')})$`, 'u');

/**
 * Line `l`, after the title's line `prev`, opens the preamble (`…on the question of Hong Kong` /
 * `The Government of the United Kingdom of`): it opens with a capitalised article before a capital,
 * and `prev` does not break off at a joining word (`Agreement between` / `The Government of …`).
 */
function opensPreamble(text: string, prev: Line, l: Line): boolean {
  return SENTENCE_OPENING.test(text.slice(l.contentStart, Math.min(l.contentEnd, l.contentStart + 20))) && !TITLE_JOIN_END.test(text.slice(prev.contentStart, prev.contentEnd).trimEnd());
}

/** A line in capitals (Latin or Cyrillic) naming a kind of instrument, ended by a full stop: a title (see foreignTitle). */
function stoppedCapitalsTitle(text: string, l: Line, s: string): boolean {
  if (l.kind !== 'text' && l.kind !== 'heading') return false;
  const n = l.contentEnd - l.contentStart;
  return n > 1 && n <= MAX_TITLE_LINE && s.endsWith('.') && !s.endsWith('..') && /\p{Lu}{3}/u.test(s) && !/\p{Ll}/u.test(s) && !!foreignKind(s);
}

/**
 * A line in title case ended by a full stop, as a news page sets an instrument's title over its text (`Joint Communique of the
 * Government of the People's Republic of China and the Government of the Republic of Nauru on the Establishment of Diplomatic
 * Relations.`, china.org.cn, 2002): opening with the kind of instrument it names (after `The`), every word of four letters or more
 * capitalized but a title's joining words (`between`, `concerning`), three such words at least, no other stop inside — no
 * sentence is so written (see foreignTitle).
 */
function stoppedTitleCase(text: string, l: Line, s: string): boolean {
  if (l.kind !== 'text' && l.kind !== 'heading') return false;
  const n = l.contentEnd - l.contentStart;
  if (n <= 1 || n > MAX_TITLE_LINE || !s.endsWith('.') || /[.;:!?]/.test(s.slice(0, -1))) return false;
  const head = s.replace(/^(?:the|a|an)\s+/i, '');
  if (foreignKind(head) === undefined || !TITLE_OPENS_KIND.test(head)) return false;
  const long = s.slice(0, -1).split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w) && !TITLE_JOINS.includes(w.toLowerCase()));
  return long.length >= 3 && long.every((w) => /^\p{Lu}/u.test(w));
}

function isTitleLine(text: string, l: Line): boolean {
  if (l.kind !== 'text' && l.kind !== 'heading') return false;
  const n = l.contentEnd - l.contentStart;
  return n > 0 && n <= MAX_TITLE_LINE && !/[.,;:]$/.test(text.charAt(l.contentEnd - 1)) && /\p{L}/u.test(text.slice(l.contentStart, l.contentEnd));
}
