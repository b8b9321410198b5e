// The lossless syntax tree. Leaves are whole lines (with their line break);
// concatenating the leaves in order gives back the input text exactly.
// All offsets are UTF-16 code-unit offsets into that text.
import type { Language } from './foreign';

export type LineKind =
  | 'blank' // only white space
  | 'text' // running text
  | 'heading' // a markdown heading that is neither an article nor a chapter
  | 'article' // 第…条 standing as a heading
  | 'chapter' // 第…编/章/节/部分 standing as a heading
  | 'para' // a paragraph numbered 一、
  | 'item' // an item 1. / 1、 / (一) / （一）
  | 'break' // a page break: ---, ***, a lone page number
  | 'footnote' // <sup>*</sup> …, [^1]: …
  | 'comment' // only HTML comments `<!-- treaty-disable-next-line … -->`: not rendered, not part of the text
  | 'tag'; // People's Daily metadata 〖XX/…〗

export interface Span {
  start: number;
  end: number;
}

export interface Line {
  readonly type: 'line';
  kind: LineKind;
  /** First code unit of the line. */
  start: number;
  /** Just after the line break (or the end of the text). */
  end: number;
  /** Where the line break starts (`end` when there is none). */
  eol: number;
  /** The line's meaningful content: after indentation, `#`s, list bullets and `**`; before trailing white space and `**`. */
  contentStart: number;
  contentEnd: number;
  /**
   * The line continues the physical line of the line before it: an article heading glued
   * inside a line (`…如下：第一条 …。第二条 …`) was cut out as a line of its own. Line
   * numbers (LineMap) count physical lines only.
   */
  glued: boolean;
  /** Markdown heading level (1–6), 0 when the line is not a markdown heading. */
  level: number;
  /** The line begins with paragraph indentation (two spaces, a tab or an ideographic space). */
  indent: boolean;
  /** The content ends a sentence (。；：！？ and the like), so a following line cannot continue it. */
  terminal: boolean;
  /** In a text in another language (syntax/foreignLines.ts): the content ends with its full stop `.`, `!` or `?`. */
  period?: boolean;
  /** The label: `第 十 一 条`, `第一章`, `一、`, `（三）`, `1.`. */
  label?: Span;
  /** The label's number, when it parses. */
  num?: number;
  /** `第十条之一` → 1. */
  sub?: number;
  /** Chapter unit: 编, 分编, 章, 节, 部分; `款` for an article numbered 第一款 (older treaties). */
  unit?: string;
  /** Where the text after the label starts (a caption, or the first paragraph of a law-style article). */
  rest?: number;
  /** Law style `第一条　正文`: the article line carries its first paragraph. */
  inlineBody?: boolean;
  /** Metadata tag name: BT, RQ, ZW, -ZW … */
  tag?: string;
  /** The tag's value (between the opening and closing tag). */
  value?: Span;
}

export type BlockKind =
  | 'document'
  | 'metadata' // consecutive 〖…〗 tag lines
  | 'title'
  | 'preamble'
  | 'chapter' // 编 / 章 / 节 / 部分, nests articles
  | 'article' // 第…条, or a top-level 一、 unit of a joint statement
  | 'section' // any other markdown heading after the articles begin (annexes and the like)
  | 'paragraph' // 款
  | 'item' // 项
  | 'signing' // the signing clause: date, place, copies, languages
  | 'signatures'; // the signature block

export interface Block {
  readonly type: 'block';
  kind: BlockKind;
  start: number;
  end: number;
  children: Node[];
  /** The line that opens the block (heading, label line), if any. */
  head?: Line;
}

export type Node = Block | Line;

export interface Problem {
  start: number;
  end: number;
  code: string;
  message: string;
}

export interface SyntaxTree {
  text: string;
  root: Block;
  lines: Line[];
  problems: Problem[];
  /** Top units are articles (第…条), numbered paragraphs (一、, joint statements), or absent. */
  unitStyle: 'article' | 'paragraph' | 'none';
  /** The language the text is written in (syntax/foreign.ts); `zh` unless another is told by its script and words. */
  language?: Language;
}

/** Depth-first walk over blocks. */
export function forEachBlock(block: Block, visit: (b: Block, parent: Block | undefined) => void, parent?: Block, descend?: (b: Block) => boolean): void {
  visit(block, parent);
  if (descend && !descend(block)) return;
  for (const child of block.children) if (child.type === 'block') forEachBlock(child, visit, block, descend);
}

/** The lines of a node, in order. */
export function linesOf(node: Node, out: Line[] = []): Line[] {
  if (node.type === 'line') out.push(node);
  else for (const child of node.children) linesOf(child, out);
  return out;
}

/** Whether a line carries text (not blank, a page break, a metadata tag or an HTML comment). */
export function isContent(l: Line): boolean {
  return l.kind !== 'blank' && l.kind !== 'break' && l.kind !== 'tag' && l.kind !== 'comment';
}

/** Lines that are not there for the reader: blank lines and lines holding only HTML comments. */
export function isBlankOrComment(l: Line): boolean {
  return l.kind === 'blank' || l.kind === 'comment';
}

/** The first content line of a node, without collecting its lines. */
export function firstContentLine(node: Node): Line | undefined {
  if (node.type === 'line') return isContent(node) ? node : undefined;
  for (const child of node.children) {
    const l = firstContentLine(child);
    if (l) return l;
  }
  return undefined;
}

/** Visits a node's lines in order until `visit` returns false. Returns false if stopped. */
export function everyLine(node: Node, visit: (l: Line) => boolean): boolean {
  if (node.type === 'line') return visit(node);
  for (const child of node.children) if (!everyLine(child, visit)) return false;
  return true;
}

/**
 * In `spans` ordered by start, the index of the last one in `lo..hi` starting at or before
 * `offset`: `lo` when none does (0 for an empty list). A binary search: lines, articles, references.
 */
/**
 * The first index in `0..n` at which `before(i)` is false, where `before` is true on a prefix of
 * the indices and false after it (a lower bound: the first element not less than a value).
 */
export function partitionPoint(n: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function lastStartingAt(spans: readonly { start: number }[], offset: number, lo = 0, hi = spans.length - 1): number {
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
