// A page's HTML source pasted as a treaty: lines wrapped in tags (`<p>第一条　…</p>`, `<p style="…">`,
// `<div>`, `<br>`) and entities (`&ldquo;双方&rdquo;`, `&nbsp;`, `&#12289;`, `&mdash;`), as copying a
// page's source or a database's export gives them. The parse reads the text as it is — a heading
// inside `<p>…</p>` is no heading, `&ldquo;双方&rdquo;` no quoted term — and reading the markup away
// in place would give the readers a text of other lengths than the client's. So a text that is mostly
// markup (`htmlPaste`: half of its lines or more hold a tag that breaks lines, three at least, or three
// entities of typography no one types in markdown) gets one diagnostic, `text.html`, on its first
// piece of markup, and a quick fix that makes it the plain text the page showed — each entity the
// character it stands for, each tag removed (a tag that ends a line, `</p>`, `<br>`, `</div>`, a line
// break where no line break follows it; the indentation before a tag opening a line with it) — and
// nothing else: every edit is one tag or entity. Offered only when that is the whole of it: not when
// the text holds a table (its cells would run together), a script, a style sheet, preformatted text,
// a picture or CDATA. Markdown's own HTML comments (`<!-- treaty-disable-next-line … -->`) are no
// markup of a page: never counted, never touched. A markdown text with a few inline tags (`<sup>`,
// a `<br>` in a table) is no paste and gets nothing.
import { TextEdit } from 'vscode-languageserver-types';
import { Treaty, treatyText } from '../model/treaty';
import { perModel } from '../model/perModel';
import { LineMap } from '../syntax/positions';

export const HTML_CODE = 'text.html';

/** One tag or entity, and the text it becomes in the plain text (a tag: '' or a line break, `breaks`). */
export interface Markup {
  start: number;
  end: number;
  kind: 'tag' | 'entity';
  /** An entity: the character it stands for. */
  text?: string;
  /** A tag of an element that stands on lines of its own (`<p>`, `</p>`, `<br>`, `<div>`). */
  breaks?: boolean;
}

export interface HtmlPaste {
  markup: Markup[];
  tags: number;
  entities: number;
  /** Whether the plain text is the whole of the page's text (no table, script, style, picture, preformatted text, CDATA). */
  convertible: boolean;
}

/** The elements of a page's text, by name: those that end a line, the others. */
const BREAKING = 'p|div|br|h[1-6]|li|tr|blockquote|section|article|center|ul|ol|hr|table|body|html|title|head';
const INLINE = 'span|font|b|strong|i|em|u|a|sup|sub|small|big|td|th|tbody|thead|img|meta|link|style|script|pre|textarea|o:p|st1:[a-z]+';
/** A tag of those elements (attributes without < or >): group 1 `/` of an end tag, group 2 the name. */
const TAG = new RegExp(`<(/?)(${BREAKING}|${INLINE})(?=[\\s/>])[^<>]*>`, 'iy');
const BREAKS = new RegExp(`^(?:${BREAKING})$`, 'i');
/** Elements whose content the plain text would not keep whole. */
const NOT_PLAIN = /^(?:table|tr|td|th|tbody|thead|img|style|script|pre|textarea)$/i;
const COMMENT = /<!--[\s\S]*?-->/g;
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));/g;
/** Named entities a page of Chinese or foreign treaty text uses, and the characters they stand for. */
const NAMED: Record<string, string> = {
  nbsp: '\u00a0', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009', shy: '\u00ad', zwj: '\u200d', zwnj: '\u200c',
  ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', laquo: '«', raquo: '»', bdquo: '„', sbquo: '‚',
  mdash: '—', ndash: '–', hellip: '…', middot: '·', bull: '•', quot: '"', apos: "'", amp: '&', lt: '<', gt: '>',
  times: '×', divide: '÷', deg: '°', sect: '§', para: '¶', copy: '©', reg: '®', permil: '‰', prime: '′', Prime: '″',
};
/** Entities of typography no one types in markdown: their count alone says the text is a page's. */
const TYPOGRAPHIC = new Set(['ldquo', 'rdquo', 'lsquo', 'rsquo', 'mdash', 'hellip', 'middot', 'laquo', 'raquo']);

/** The character a numeric entity names, or undefined (a control character, a surrogate, past Unicode). */
function codePoint(n: number): string | undefined {
  if (n < 0x20 || (n >= 0x7f && n < 0xa0) || (n >= 0xd800 && n < 0xe000) || n > 0x10ffff) return n === 9 || n === 10 ? String.fromCharCode(n) : undefined;
  return String.fromCodePoint(n);
}

/**
 * The markup of `text` outside HTML comments, in order. `lt`, `amp`: where its first `<` and its first `&` are (-1: none).
 * Every tag and comment opens with `<`: they are read at each `<` in turn, found by indexOf, as the global patterns would find
 * them (a tag holds no `<` after its first; a comment is taken whole, the next `<` read past its end), and a text with none
 * past its comments (a law's `<!-- INFO END -->`) is not read through by a pattern, nor looked through for `<![CDATA[`.
 */
function markupOf(text: string, lt: number, amp: number): { markup: Markup[]; typographic: number; notPlain: boolean } {
  const comments: [number, number][] = [];
  const inComment = (at: number) => comments.some(([a, b]) => at >= a && at < b);
  const markup: Markup[] = [];
  let typographic = 0;
  let notPlain = false;
  // (Past the last comment's end, and whether a comment may still close: none does once one is left open.)
  let commentsEnd = 0;
  let closing = true;
  for (let at = lt; at >= 0; at = text.indexOf('<', at + 1)) {
    if (closing && at >= commentsEnd && text.startsWith('<!--', at)) {
      const close = text.indexOf('-->', at + 4);
      if (close < 0) closing = false;
      else {
        // (`<![CDATA[` in a comment too, as a search of the whole text finds it.)
        if (!notPlain && text.slice(at + 4, close).includes('<![CDATA[')) notPlain = true;
        comments.push([at, close + 3]);
        commentsEnd = close + 3;
        at = close + 2;
        continue;
      }
    }
    if (!notPlain && text.startsWith('<![CDATA[', at)) notPlain = true;
    TAG.lastIndex = at;
    const m = TAG.exec(text);
    if (!m) continue;
    // (Never in a comment: each is passed over whole.)
    if (NOT_PLAIN.test(m[2])) notPlain = true;
    markup.push({ start: at, end: at + m[0].length, kind: 'tag', breaks: BREAKS.test(m[2]) });
    at += m[0].length - 1;
  }
  if (amp >= 0) {
    ENTITY.lastIndex = amp;
    for (let m = ENTITY.exec(text); m; m = ENTITY.exec(text)) {
      if (inComment(m.index)) continue;
      const ch = m[3] !== undefined ? NAMED[m[3]] : codePoint(m[1] !== undefined ? Number(m[1]) : parseInt(m[2], 16));
      if (ch === undefined) continue;
      if (m[3] === undefined || TYPOGRAPHIC.has(m[3])) typographic++;
      markup.push({ start: m.index, end: m.index + m[0].length, kind: 'entity', text: ch });
    }
  }
  markup.sort((a, b) => a.start - b.start);
  return { markup, typographic, notPlain };
}

/** Whether `text` is a page's HTML source (see above), and its markup; undefined for any other text. */
export function htmlPasteOf(text: string): HtmlPaste | undefined {
  const lt = text.indexOf('<');
  const amp = text.indexOf('&');
  if (lt < 0 && amp < 0) return undefined;
  const { markup, typographic, notPlain } = markupOf(text, lt, amp);
  if (markup.length === 0) return undefined;
  const tags = markup.filter((m) => m.kind === 'tag').length;
  const entities = markup.length - tags;
  const paste = { markup, tags, entities, convertible: !notPlain };
  // Three entities of typography (`&nbsp;` `&ldquo;`) are a page's source whatever its lines; fewer than three tags that end a
  // line are on fewer than three lines, a page's source by no count of them: the lines are counted only between (each of
  // them was a copy of the line, its comments cut out).
  if (typographic >= 3) return paste;
  let breaks = 0;
  for (let i = 0; i < markup.length; i++) if (markup[i].breaks) breaks++;
  if (breaks < 3) return undefined;
  // Lines holding a tag that ends a line, against the lines that hold anything but comments.
  let lines = 0;
  let tagged = 0;
  let k = 0;
  for (let start = 0; start <= text.length;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    let breaking = false;
    while (k < markup.length && markup[k].start < end) {
      const m = markup[k++];
      if (m.breaks) breaking = true;
    }
    if (text.slice(start, end).replace(COMMENT, '').trim() !== '') lines++;
    if (breaking) tagged++;
    if (nl < 0) break;
    start = nl + 1;
  }
  return tagged >= 3 && tagged * 2 >= lines ? paste : undefined;
}

/** `htmlPasteOf` a model's text, once per model. */
export const htmlPaste = perModel((treaty: Treaty): HtmlPaste | undefined => htmlPasteOf(treatyText(treaty).toString()));

/** Whether only white space and tags (`markup` from `k` on) stand between `at` and the end of its line. */
function restOfLineEmpty(text: string, markup: readonly Markup[], k: number, at: number): boolean {
  for (;;) {
    while (at < text.length && (text[at] === ' ' || text[at] === '\t')) at++;
    if (k < markup.length && markup[k].kind === 'tag' && markup[k].start === at) at = markup[k++].end;
    else return at >= text.length || text[at] === '\n' || text[at] === '\r';
  }
}

/**
 * The edits that make a page's source the plain text it showed (see above), one per tag or entity,
 * or undefined when that would not be the whole of it. A tag of an element on lines of its own
 * (`<p>`, `</p>`, `<br>`, `<div>`) becomes a line break where text stands before it on its line and
 * after it; any other tag, nothing.
 */
export function htmlPasteEdits(text: string, map: LineMap, paste: HtmlPaste): TextEdit[] | undefined {
  if (!paste.convertible) return undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const out: TextEdit[] = [];
  const { markup } = paste;
  // Whether the plain text's line so far holds nothing but white space.
  let atLineStart = true;
  let pos = 0;
  for (let i = 0; i < markup.length; i++) {
    const m = markup[i];
    const between = text.slice(pos, m.start);
    const nl = Math.max(between.lastIndexOf('\n'), between.lastIndexOf('\r'));
    if (nl >= 0) atLineStart = between.slice(nl + 1).trim() === '';
    else if (between.trim() !== '') atLineStart = false;
    pos = m.end;
    if (m.kind === 'entity') {
      out.push({ range: map.range(m.start, m.end), newText: m.text! });
      atLineStart = false;
      continue;
    }
    // The indentation before a tag that opens its line goes with it.
    let start = m.start;
    while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
    if (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start = m.start;
    const breaks = m.breaks === true && !atLineStart && !restOfLineEmpty(text, markup, i + 1, m.end);
    out.push({ range: map.range(start, m.end), newText: breaks ? eol : '' });
    if (breaks) atLineStart = true;
  }
  return out;
}
