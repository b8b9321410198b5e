// Line splitting and classification: the lexical layer of the treaty grammar.
// Every regular expression here is anchored and applied to a bounded prefix of
// the line, so a pathological line (5 MB, ten thousand 第) costs linear time.
import { Line } from './tree';
import { NUMERAL_CHARS, parseNumeral } from './numerals';

const WS = '[ \\t\\u3000\\u00a0]';
const NUM = `[${NUMERAL_CHARS}]`;
/** How much of a line the classifier looks at. */
const PREFIX = 160;

const ATX = /^ {0,3}(#{1,6})(?=[ \t\u3000]|$)/;
const BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const PAGE_NUMBER = /^[-—–]?[ \t]*\d{1,4}[ \t]*[-—–]?$/;
const FOOTNOTE = /^(?:<sup>[^<]{0,12}<\/sup>|\[\^[^\]]{1,20}\]:)/;
const TAG = /^〖(-?)([A-Z]{1,4})\/[^〗]{0,12}〗/;
const BULLET = /^[-*+][ \t\u3000]+/;
const EMPHASIS_OPEN = /^(?:\*\*|__)(?!\s)/;
export const ARTICLE = new RegExp(`^第${WS}*((?:${NUM}${WS}*){1,12}?)条(?:${WS}*之${WS}*([一二三四五六七八九十0-9]{1,4}))?`);
const CHAPTER = new RegExp(`^第${WS}*((?:${NUM}${WS}*){1,12}?)(分编|编|章|节|部分)`);
const PARA = /^([一二三四五六七八九十百〇零两]{1,6})[ \t\u3000]*、/;
const ITEM = /^(?:(\d{1,3})[.．、](?![0-9])|[（(][ \t\u3000]*([一二三四五六七八九十百]{1,5}|\d{1,3})[ \t\u3000]*[)）])/;

const TERMINAL = new Set('。！？；：，,.!?;:…”’」』）)》】'.split(''));

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0 || c === 0xfeff;
}

/** Splits the text into classified lines covering it exactly. */
export function splitLines(text: string): Line[] {
  const n = text.length;
  if (n === 0) return [classify(text, 0, 0, 0)];
  const lines: Line[] = [];
  let start = 0;
  while (start < n) {
    let eol = start;
    while (eol < n) {
      const c = text.charCodeAt(eol);
      if (c === 0x0a || c === 0x0d) break;
      eol++;
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
  const line: Line = {
    type: 'line', kind: 'blank', start, end, contentStart: s, contentEnd: e, level: 0,
    indent: s - start >= 2 || text.charCodeAt(start) === 0x3000 || text.charCodeAt(start) === 0x09,
    terminal: false,
  };
  if (s === e) return line;
  line.kind = 'text';

  let head = text.slice(start, Math.min(eol, start + PREFIX));
  let m: RegExpExecArray | null;
  if ((m = BREAK.exec(head)) && eol - start <= PREFIX) {
    line.kind = 'break';
    return line;
  }
  const atx = ATX.exec(head);
  if (atx) {
    line.level = atx[1].length;
    s = start + atx[0].length;
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
  line.terminal = e > s && TERMINAL.has(text[e - 1]);
  if (s === e) {
    line.contentStart = s;
    if (line.level) line.kind = 'heading';
    return line;
  }

  head = text.slice(s, Math.min(e, s + PREFIX));
  if (!line.level) {
    if ((m = TAG.exec(head))) {
      line.kind = 'tag';
      line.tag = (m[1] ? '-' : '') + m[2];
      const valueStart = s + m[0].length;
      const close = text.indexOf('〖-', valueStart);
      line.value = { start: valueStart, end: close >= 0 && close < e ? close : e };
      line.contentStart = s;
      return line;
    }
    if (FOOTNOTE.test(head)) {
      line.kind = 'footnote';
      line.contentStart = s;
      return line;
    }
    if (PAGE_NUMBER.test(head) && e - s <= 10) {
      line.kind = 'break';
      line.contentStart = s;
      return line;
    }
    if ((m = BULLET.exec(head))) {
      s += m[0].length;
      head = head.slice(m[0].length);
    }
  }
  if ((m = EMPHASIS_OPEN.exec(head))) {
    s += 2;
    head = head.slice(2);
  }
  line.contentStart = s;

  if ((m = ARTICLE.exec(head))) {
    const rest = s + m[0].length;
    const after = restKind(text, rest, e, line.level > 0);
    if (after !== 'running') {
      line.kind = 'article';
      line.label = { start: s, end: rest };
      line.num = parseNumeral(m[1]);
      if (m[2] !== undefined) line.sub = parseNumeral(m[2]);
      line.rest = skipSpaces(text, rest, e);
      line.inlineBody = after === 'body';
      return line;
    }
  }
  if ((m = CHAPTER.exec(head))) {
    const rest = s + m[0].length;
    if (restKind(text, rest, e, line.level > 0) !== 'running') {
      line.kind = 'chapter';
      line.label = { start: s, end: rest };
      line.num = parseNumeral(m[1]);
      line.unit = m[2];
      line.rest = skipSpaces(text, rest, e);
      return line;
    }
  }
  if (line.level) {
    line.kind = 'heading';
    return line;
  }
  if ((m = PARA.exec(head))) {
    line.kind = 'para';
    line.label = { start: s, end: s + m[0].length };
    line.num = parseNumeral(m[1]);
    line.rest = skipSpaces(text, s + m[0].length, e);
    return line;
  }
  if ((m = ITEM.exec(head))) {
    line.kind = 'item';
    line.label = { start: s, end: s + m[0].length };
    line.num = parseNumeral(m[1] ?? m[2]);
    line.rest = skipSpaces(text, s + m[0].length, e);
    return line;
  }
  return line;
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
