// Line splitting and classification: the lexical layer of the treaty grammar.
// Every regular expression here is anchored, has bounded repetition and reads a
// bounded window of the line, so a pathological line (5 MB, ten thousand 第)
// costs linear time.
import { Line } from './tree';
import { NUMERAL_CHARS, parseNumeral } from './numerals';

const WS = '[ \\t\\u3000\\u00a0]';
const NUM = `[${NUMERAL_CHARS}]`;

// All patterns are anchored; each is tried only where the line's first character can start it.
const ATX = /^( {0,3})(#{1,6})(?=[ \t\u3000]|$)/;
const BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const PAGE_NUMBER = /^[-—–]?[ \t]*\d{1,4}[ \t]*[-—–]?$/;
const FOOTNOTE = /^(?:<sup>[^<\n]{0,12}<\/sup>|\[\^[^\]\n]{1,20}\]:)/;
const TAG = /^〖(-?)([A-Z]{1,4})\/[^〗\n]{0,12}〗/;
const BULLET = /^[-*+][ \t\u3000]+/;
export const ARTICLE = new RegExp(`^第${WS}{0,3}((?:${NUM}${WS}{0,3}){1,12}?)条(?:${WS}{0,3}之${WS}{0,3}([一二三四五六七八九十0-9]{1,4}))?`);
const CHAPTER = new RegExp(`^第${WS}{0,3}((?:${NUM}${WS}{0,3}){1,12}?)(分编|编|章|节|部分)`);
const PARA = /^([一二三四五六七八九十百〇零两]{1,6})[ \t\u3000]{0,3}、/;
const ITEM = /^(?:(\d{1,3})[.．、](?![0-9])|[（(][ \t\u3000]{0,3}([一二三四五六七八九十百]{1,5}|\d{1,3}|[a-z])[ \t\u3000]{0,3}[)）])/;

const TERMINAL = new Set('。！？；：，,.!?;:…”’」』）)》】'.split('').map((c) => c.charCodeAt(0)));
/** Chinese numeral characters that can open a paragraph number `一、`. */
const PARA_DIGITS = new Set('一二三四五六七八九十百〇零两'.split('').map((c) => c.charCodeAt(0)));

/** White space inside a line: what indentation and trailing space are made of. */
export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0 || c === 0xfeff;
}

/** How much of a line a pattern may look at. */
const WINDOW = 160;

/**
 * Matches an anchored pattern at `at`, reading at most to `end` (and WINDOW characters).
 * The pattern runs on a short slice, not on the whole text with a sticky flag:
 * optimized V8 code runs sticky patterns in time proportional to the rest of the text.
 */
function match(re: RegExp, text: string, at: number, end: number): RegExpExecArray | null {
  return re.exec(text.slice(at, Math.min(end, at + WINDOW)));
}

/** Splits the text into classified lines covering it exactly. */
export function splitLines(text: string): Line[] {
  const n = text.length;
  if (n === 0) return [classify(text, 0, 0, 0)];
  const lines: Line[] = [];
  // Without a carriage return anywhere, indexOf finds line ends fastest.
  // (A regex, not indexOf('\r'): optimized V8 code ran that search ~100x slower on long two-byte strings.)
  const hasCR = /\r/.test(text);
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
    } else {
      eol = text.indexOf('\n', start);
      if (eol < 0) eol = n;
    }
    let end = eol;
    if (end < n) end += text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? 2 : 1;
    lines.push(classify(text, start, eol, end));
    start = end;
  }
  return lines;
}

function classify(text: string, start: number, eol: number, end: number): Line {
  // Indentation and trailing white space.
  let s = start;
  while (s < eol && isSpace(text.charCodeAt(s))) s++;
  let e = eol;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  const first = text.charCodeAt(start);
  const line: Line = {
    type: 'line', kind: 'blank', start, end, eol, contentStart: s, contentEnd: e, level: 0,
    indent: s - start >= 2 || first === 0x3000 || first === 0x09,
    terminal: false,
    // Every field present from the start: one hidden class for all lines.
    label: undefined, num: undefined, sub: undefined, unit: undefined, rest: undefined,
    inlineBody: undefined, tag: undefined, value: undefined,
  };
  if (s === e) return line;
  line.kind = 'text';

  let m: RegExpExecArray | null;
  let c = text.charCodeAt(s);
  // A byte order mark is not indentation.
  const lineStart = first === 0xfeff ? start + 1 : start;
  if ((c === 0x2d || c === 0x2a || c === 0x5f) && s - lineStart <= 3 && eol - start <= WINDOW && (m = match(BREAK, text, lineStart, eol))) {
    line.kind = 'break';
    return line;
  }
  if (c === 0x23 && s - lineStart <= 3 && (m = match(ATX, text, lineStart, eol))) {
    line.level = m[2].length;
    s = lineStart + m[0].length;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    // Closing #s of an ATX heading.
    let ce = e;
    while (ce > s && text.charCodeAt(ce - 1) === 0x23) ce--;
    if (ce < e && (ce === s || isSpace(text.charCodeAt(ce - 1)))) {
      e = ce;
      while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    }
  }
  // Stray emphasis around the content (OCR): **第一条**, 本条约即**.
  while (e - s >= 2 && isEmphasis(text, e - 2)) {
    e -= 2;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  }
  line.contentEnd = e;
  line.terminal = e > s && TERMINAL.has(text.charCodeAt(e - 1));
  if (s === e) {
    line.contentStart = s;
    if (line.level) line.kind = 'heading';
    return line;
  }

  c = text.charCodeAt(s);
  if (!line.level) {
    if (c === 0x3016 /* 〖 */ && (m = match(TAG, text, s, e))) {
      line.kind = 'tag';
      line.tag = (m[1] ? '-' : '') + m[2];
      const valueStart = s + m[0].length;
      const close = text.indexOf('〖-', valueStart);
      line.value = { start: valueStart, end: close >= 0 && close < e ? close : e };
      line.contentStart = s;
      return line;
    }
    if ((c === 0x3c || c === 0x5b) && match(FOOTNOTE, text, s, e)) {
      line.kind = 'footnote';
      line.contentStart = s;
      return line;
    }
    if (e - s <= 10 && (isDigit(c) || c === 0x2d || c === 0x2014 || c === 0x2013) && match(PAGE_NUMBER, text, s, e)) {
      line.kind = 'break';
      line.contentStart = s;
      return line;
    }
    if ((c === 0x2d || c === 0x2a || c === 0x2b) && (m = match(BULLET, text, s, e))) {
      s += m[0].length;
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
  line.contentStart = s;

  if (c === 0x7b2c /* 第 */) {
    if ((m = match(ARTICLE, text, s, e))) {
      const labelEnd = s + m[0].length;
      const rest = afterEmphasis(text, labelEnd, e, emphasis);
      const after = restKind(text, rest, e, line.level > 0);
      if (after !== 'running') {
        line.kind = 'article';
        line.label = { start: s, end: labelEnd };
        line.num = parseNumeral(m[1]);
        if (m[2] !== undefined) line.sub = parseNumeral(m[2]);
        line.rest = skipSpaces(text, rest, e);
        line.inlineBody = after === 'body';
        return line;
      }
    }
    if ((m = match(CHAPTER, text, s, e))) {
      const labelEnd = s + m[0].length;
      const rest = afterEmphasis(text, labelEnd, e, emphasis);
      if (restKind(text, rest, e, line.level > 0) !== 'running') {
        line.kind = 'chapter';
        line.label = { start: s, end: labelEnd };
        line.num = parseNumeral(m[1]);
        line.unit = m[2];
        line.rest = skipSpaces(text, rest, e);
        return line;
      }
    }
  }
  if (line.level) {
    line.kind = 'heading';
    return line;
  }
  if (PARA_DIGITS.has(c) && (m = match(PARA, text, s, e))) {
    line.kind = 'para';
    line.label = { start: s, end: s + m[0].length };
    line.num = parseNumeral(m[1]);
    line.rest = skipSpaces(text, s + m[0].length, e);
    return line;
  }
  if ((isDigit(c) || c === 0xff08 || c === 0x28) && (m = match(ITEM, text, s, e))) {
    line.kind = 'item';
    line.label = { start: s, end: s + m[0].length };
    const n = m[1] ?? m[2];
    // `(a)`, `(b)`: lettered sub-paragraphs of conventions are items 1, 2 ….
    line.num = n.length === 1 && n >= 'a' && n <= 'z' ? n.charCodeAt(0) - 0x60 : parseNumeral(n);
    line.rest = skipSpaces(text, s + m[0].length, e);
    return line;
  }
  return line;
}

/** Skips the closing `**` of an emphasis opened before a label (`**第一条**　宗旨`). */
function afterEmphasis(text: string, at: number, end: number, emphasis: number): number {
  return emphasis && at + 1 < end && text.charCodeAt(at) === emphasis && text.charCodeAt(at + 1) === emphasis ? at + 2 : at;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isEmphasis(text: string, at: number): boolean {
  const a = text.charCodeAt(at);
  return (a === 0x2a || a === 0x5f) && text.charCodeAt(at + 1) === a;
}

function skipSpaces(text: string, from: number, to: number): number {
  while (from < to && isSpace(text.charCodeAt(from))) from++;
  return from;
}

/**
 * What follows a 第…条 label on its line decides whether the line is a heading:
 * nothing, a bracketed caption, or (in a markdown heading) anything → 'caption';
 * white space then text → 'body' (law style `第一条　为了……`) or a short caption;
 * anything else (`第十二条规定的`) → 'running' text that merely begins with a reference.
 */
function restKind(text: string, rest: number, end: number, inHeading: boolean): 'caption' | 'body' | 'running' {
  if (rest >= end) return 'caption';
  if (inHeading) return 'caption';
  const c = text[rest];
  if (c === '（' || c === '(' || c === '【' || c === '[') {
    const close = text.slice(rest, Math.min(end, rest + 40)).search(/[）)】\]]/);
    if (close >= 0 && skipSpaces(text, rest + close + 1, end) >= end) return 'caption';
  }
  if (!isSpace(text.charCodeAt(rest))) return 'running';
  const from = skipSpaces(text, rest, end);
  const tail = end - from;
  // A short phrase with no sentence punctuation is a caption: `第一条　宗旨`.
  if (tail <= 16 && !/[，。；：,;:]/.test(text.slice(from, end))) return 'caption';
  return 'body';
}
