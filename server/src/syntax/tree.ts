// The lossless syntax tree. Leaves are whole lines (with their line break);
// concatenating the leaves in order gives back the input text exactly.
// All offsets are UTF-16 code-unit offsets into that text.
import type { PieceText } from './text';
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
  | 'code' // a fenced code block's line (its fences too, ``` or ~~~): shown as written, not part of the text
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
  /** Chapter unit: 编, 分编, 章, 节, 部分; `款` for an article numbered 第一款 (older treaties), '' for one labelled 第一 alone. */
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

/** The fields of a line that only labelled lines and tags have: kept apart, a line without them is smaller. */
interface Rare {
  label: Span | undefined;
  num: number | undefined;
  sub: number | undefined;
  unit: string | undefined;
  rest: number | undefined;
  inlineBody: boolean | undefined;
  tag: string | undefined;
  value: Span | undefined;
}

const LEVEL = 7;
const GLUED = 8;
const INDENT = 16;
const TERMINAL = 32;
const PERIOD = 64;
/** The bits a line's flags and level take (bits 0–10; 7–10 unused): what a copy of a line keeps. */
const FLAGS = (1 << 11) - 1;
/** The length of the line break, `end - eol` (0, 1 or 2), in bits 11–12; BREAK_FAR: `eol` is kept in `far`. */
const BREAK_SHIFT = 11;
const BREAK_FAR = 3;
const BREAK = BREAK_FAR << BREAK_SHIFT;
/** The indentation before the content, `contentStart - start`, in bits 13–29 (a Smi either way); INDENT_FAR: kept in `far`. */
const INDENT_SHIFT = 13;
const INDENT_FAR = (1 << 17) - 1;
const INDENTATION = INDENT_FAR << INDENT_SHIFT;
/**
 * `eol` and `contentStart` of a line whose line break or indentation does not fit its bits (a line
 * indented by 131,071 spaces). A WeakMap, not a Memo (syntax/memo.ts): a slot on these few lines
 * would give every line's readers a second shape to meet. Such a line is a `FarLine` (below) while it
 * holds one: its getters read them here, a `TreeLine`'s never look.
 */
const far = new WeakMap<TreeLine, { eol: number; contentStart: number }>();
function farOf(l: TreeLine): { eol: number; contentStart: number } {
  let f = far.get(l);
  if (!f) far.set(l, (f = { eol: 0, contentStart: 0 }));
  return f;
}

/**
 * A line as the lexer makes it: a long treaty has tens of thousands, all kept, so each is small —
 * its kind, `start`, `end` and `contentEnd` in fields of their own; the flags, the heading level, and
 * `eol` and `contentStart` as the line break's length and the indentation's, in one number (`type`
 * is the class's); the fields of labelled lines and tags (`label`, `num`, `sub`, `unit`, `rest`,
 * `inlineBody`, `tag`, `value`) in an object of their own that a line has only while one of them is
 * set. Read and written as a `Line`. Two lines with the same fields are equal field for field
 * (`deepStrictEqual`), however they were set.
 */
export class TreeLine implements Line {
  /**
   * A field of its own, not bits of `bits` read through a getter: every pass of the parser and the
   * model asks each line its kind, and in their long functions V8 inlines no more getters — a call per
   * line and pass (~7 M instructions of a 1 MB treaty's outline). A field is read in place.
   */
  kind: LineKind;
  start: number;
  end: number;
  contentEnd: number;
  protected bits: number;
  private x: Rare | undefined;

  constructor(kind: LineKind, start: number, end: number, eol: number, contentStart: number, contentEnd: number, indent: boolean) {
    this.kind = kind;
    this.start = start;
    this.end = end;
    this.contentEnd = contentEnd;
    // The line break's length and the indentation's put in `bits` here, not through their setters: in
    // the lexer's long `classify` V8 inlines neither, two calls per line (~2.5 M instructions a 1 MB split).
    const d = end - eol;
    const i = contentStart - start;
    const near = d >= 0 && d < BREAK_FAR && i >= 0 && i < INDENT_FAR;
    this.bits = (indent ? INDENT : 0) | (near ? (d << BREAK_SHIFT) | (i << INDENT_SHIFT) : 0);
    this.x = undefined;
    if (!near) {
      this.eol = eol;
      this.contentStart = contentStart;
    }
  }

  get type(): 'line' {
    return 'line';
  }

  /**
   * Where the line break starts: `end` less the break's length. Where the content starts: `start` and the
   * indentation's length. Both getters are under 27 bytes of bytecode, so that TurboFan inlines them
   * in every function however long (`--max-inlined-bytecode-size-small`: the lexer's `findCuts` and
   * `cutGluedHeadings`, the parser's `fillParagraphs` ask every line where its content starts; a call
   * each was ~3.8 M instructions of a 1 MB treaty's outline). So they never look for a far value: a
   * line holding one is a `FarLine`, whose own getters do. (The literals are BREAK_SHIFT, BREAK_FAR and
   * INDENT_SHIFT: a module constant costs the getter 6 bytes; nothing is held above the indentation.)
   */
  get eol(): number {
    return this.end - ((this.bits >> 11) & 3);
  }
  set eol(v: number) {
    const d = this.end - v;
    if (d >= 0 && d < BREAK_FAR) this.bits = (this.bits & ~BREAK) | (d << BREAK_SHIFT);
    else {
      farOf(this).eol = v;
      this.bits |= BREAK;
      Object.setPrototypeOf(this, FarLine.prototype);
    }
  }
  get contentStart(): number {
    return this.start + (this.bits >> 13);
  }
  set contentStart(v: number) {
    const d = v - this.start;
    if (d >= 0 && d < INDENT_FAR) this.bits = (this.bits & ~INDENTATION) | (d << INDENT_SHIFT);
    else {
      farOf(this).contentStart = v;
      this.bits |= INDENTATION;
      Object.setPrototypeOf(this, FarLine.prototype);
    }
  }

  /** The line moved by `delta` in place, its line break and content with it (syntax/reparse.ts; its label, value and rest are moved there). */
  shift(delta: number): void {
    const eol = this.eol;
    const contentStart = this.contentStart;
    this.start += delta;
    this.end += delta;
    this.contentEnd += delta;
    this.eol = eol + delta;
    this.contentStart = contentStart + delta;
  }
  get level(): number {
    return this.bits & LEVEL;
  }
  set level(v: number) {
    this.bits = (this.bits & ~LEVEL) | (v & LEVEL);
  }
  get glued(): boolean {
    return (this.bits & GLUED) !== 0;
  }
  set glued(v: boolean) {
    this.flag(GLUED, v);
  }
  get indent(): boolean {
    return (this.bits & INDENT) !== 0;
  }
  set indent(v: boolean) {
    this.flag(INDENT, v);
  }
  get terminal(): boolean {
    return (this.bits & TERMINAL) !== 0;
  }
  set terminal(v: boolean) {
    this.flag(TERMINAL, v);
  }
  /** `true` or undefined (a line of a text in another language ending with its full stop). */
  get period(): boolean | undefined {
    return (this.bits & PERIOD) !== 0 ? true : undefined;
  }
  set period(v: boolean | undefined) {
    this.flag(PERIOD, !!v);
  }

  get label(): Span | undefined {
    return this.x?.label;
  }
  set label(v: Span | undefined) {
    this.put('label', v);
  }
  get num(): number | undefined {
    return this.x?.num;
  }
  set num(v: number | undefined) {
    this.put('num', v);
  }
  get sub(): number | undefined {
    return this.x?.sub;
  }
  set sub(v: number | undefined) {
    this.put('sub', v);
  }
  get unit(): string | undefined {
    return this.x?.unit;
  }
  set unit(v: string | undefined) {
    this.put('unit', v);
  }
  get rest(): number | undefined {
    return this.x?.rest;
  }
  set rest(v: number | undefined) {
    this.put('rest', v);
  }
  get inlineBody(): boolean | undefined {
    return this.x?.inlineBody;
  }
  set inlineBody(v: boolean | undefined) {
    this.put('inlineBody', v);
  }
  get tag(): string | undefined {
    return this.x?.tag;
  }
  set tag(v: string | undefined) {
    this.put('tag', v);
  }
  get value(): Span | undefined {
    return this.x?.value;
  }
  set value(v: Span | undefined) {
    this.put('value', v);
  }

  /** Makes the line a labelled one (an article, chapter, paragraph or item head), its fields set at once. */
  labelled(kind: LineKind, label: Span, num: number | undefined, rest: number, sub?: number, unit?: string, inlineBody?: boolean): void {
    this.kind = kind;
    this.x = { label, num, sub, unit, rest, inlineBody, tag: undefined, value: undefined };
  }

  /** Makes the line a metadata tag `〖BT/…〗`, its value at `value`. */
  tagged(tag: string, value: Span): void {
    this.kind = 'tag';
    this.x = { label: undefined, num: undefined, sub: undefined, unit: undefined, rest: undefined, inlineBody: undefined, tag, value };
  }

  /** Sets or clears one of the flags held in `bits`. */
  private flag(bit: number, on: boolean): void {
    this.bits = on ? this.bits | bit : this.bits & ~bit;
  }

  /** Sets a rare field: the object made when a first one is set, dropped when the last is cleared. */
  private put<K extends keyof Rare>(k: K, v: Rare[K]): void {
    const x = this.rare(v);
    if (!x) return;
    x[k] = v;
    if (v === undefined) this.tidy();
  }

  /** The rare fields, made for a value to set; undefined when there are none and `v` is undefined. */
  private rare(v: unknown): Rare | undefined {
    if (this.x === undefined && v !== undefined) {
      this.x = { label: undefined, num: undefined, sub: undefined, unit: undefined, rest: undefined, inlineBody: undefined, tag: undefined, value: undefined };
    }
    return this.x;
  }

  /** Drops the rare fields once none is set: a line that lost its label is a line that never had one. */
  private tidy(): void {
    const x = this.x;
    if (x && x.label === undefined && x.num === undefined && x.sub === undefined && x.unit === undefined && x.rest === undefined && x.inlineBody === undefined && x.tag === undefined && x.value === undefined) this.x = undefined;
  }

  /** A copy of the line moved by `delta` (its offsets, its label's, value's and rest's). */
  moved(delta: number): TreeLine {
    const l = new TreeLine(this.kind, this.start + delta, this.end + delta, this.eol + delta, this.contentStart + delta, this.contentEnd + delta, false);
    l.bits = (this.bits & FLAGS) | (l.bits & ~FLAGS);
    const x = this.x;
    if (x) {
      l.x = {
        label: x.label && { start: x.label.start + delta, end: x.label.end + delta }, num: x.num, sub: x.sub, unit: x.unit,
        rest: x.rest !== undefined ? x.rest + delta : undefined, inlineBody: x.inlineBody, tag: x.tag,
        value: x.value && { start: x.value.start + delta, end: x.value.end + delta },
      };
    }
    return l;
  }

  /** A copy of the line ending at `end` instead (its line break at `eol`, its content ending at `contentEnd`). */
  joined(end: number, eol: number, contentEnd: number, terminal: boolean): TreeLine {
    const l = new TreeLine(this.kind, this.start, end, eol, this.contentStart, contentEnd, false);
    l.bits = (this.bits & FLAGS) | (l.bits & ~FLAGS);
    l.terminal = terminal;
    l.x = this.x;
    return l;
  }
}

/**
 * A `TreeLine` whose line break or indentation does not fit its bits (`far`): its prototype while it
 * holds such a value, set back to `TreeLine`'s once it holds none (a line is equal to a fresh one with
 * the same fields, prototype and all). The lines of a text that has none all share one shape, and the
 * getters its readers inline never test for a far value.
 */
class FarLine extends TreeLine {
  override get eol(): number {
    const d = (this.bits & BREAK) >> BREAK_SHIFT;
    return d === BREAK_FAR ? far.get(this)!.eol : this.end - d;
  }
  override set eol(v: number) {
    super.eol = v;
    nearAgain(this);
  }
  override get contentStart(): number {
    const d = (this.bits & INDENTATION) >> INDENT_SHIFT;
    return d === INDENT_FAR ? far.get(this)!.contentStart : this.start + d;
  }
  override set contentStart(v: number) {
    super.contentStart = v;
    nearAgain(this);
  }
  /** Whether the line holds a far value still. */
  isFar(): boolean {
    return (this.bits & BREAK) === BREAK || (this.bits & INDENTATION) === INDENTATION;
  }
}

/** A `FarLine` holding no far value any more made a `TreeLine` again. */
function nearAgain(l: FarLine): void {
  if (!l.isFar()) Object.setPrototypeOf(l, TreeLine.prototype);
}

/**
 * Objects kept for their shapes while the module is loaded: one of each kind of object a parse, a model or an outline makes
 * in numbers (a line with its label record and span, a block, an article, a paragraph, an item, a symbol, a range, a
 * position). A class's or a literal's map with all its fields is reached from the class's first map only through
 * transitions V8 holds weakly: once no object of that shape is alive — the last tree dropped — a full collection frees the
 * map, and every optimized function that had it among its weakly held objects is thrown away ("reason: weak objects",
 * `--trace-deopt`) and compiled again on the next parse. Over the bench's 1 MB treaty, a full collection with no tree
 * alive threw away 66 of the parse's compiled functions (`--single-threaded`; 80–107 with the compiler on its own
 * thread, nondeterministically) and ~100 of parse + model + outline; with one line kept alive, 7.
 */
const SHAPES: object[] = [];

/** Keeps `o` alive for its shape (`SHAPES`). */
export function keepShape(o: object): void {
  SHAPES.push(o);
}

/**
 * The rare fields' numbers (`num`, `sub`, `rest`) held as a Smi or undefined from the module's load: V8 gives a field the
 * representation of its first value — `sub` undefined (a heap object) in a text's first labelled lines, `num` a Smi — and
 * changes it when another kind comes (the first `第十条之一`, the first label whose number does not parse, the first tag
 * line's `rest`), deoptimizing every compiled function that read or wrote the field (over LawRefBook/Laws, `labelled` with
 * reason "Smi" and the labelling functions that inline it with "code dependencies", s60cold/s61cold). Two records made here
 * through `labelled` and `tagged` — each literal of the same fields in the same order shares one map with every other —
 * leave each of the three a tagged field before any code is compiled; and every field of the record written once more
 * through its setter, so that each is a mutable field from the start (V8 marks a field written once per object constant,
 * and the first second write — a line's label or `rest` moved after it was labelled — deoptimized the functions reading it).
 * The line is kept for its shapes (the line's, its label record's and its span's: `keepShape`).
 */
function generalizeRare(): void {
  const l = new TreeLine('text', 0, 0, 0, 0, 0, false);
  l.labelled('article', { start: 0, end: 0 }, 1, 0, 1);
  l.labelled('article', { start: 0, end: 0 }, undefined, 0, undefined);
  l.tagged('BT', { start: 0, end: 0 });
  l.label = { start: 0, end: 0 };
  l.num = 1;
  l.sub = 1;
  l.unit = '';
  l.rest = 0;
  l.inlineBody = true;
  l.tag = '';
  l.value = { start: 0, end: 0 };
  keepShape(l);
}
generalizeRare();

export type BlockKind =
  | 'document'
  | 'metadata' // consecutive 〖…〗 tag lines; a database's label lines under the title (`来源：…`)
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
  /**
   * Numbered points read as a page of a longer text, opening past 1 (a resolution's page opening at `22.`, a final
   * act's last page at `13.`): renumbering keeps the first point's number, title or none.
   */
  pageOfPoints?: true;
  /**
   * The heads of an exchange's notes (parser.ts `findNotes`: `(一)中方去照`), each with the line under it that ends it where a
   * database's width broke it (`(甲) 蘇聯外交人民委員部莫洛托夫部長致中華民國國民政府外交部王部` / `長照會`), else undefined;
   * absent when the text has none (a text of articles is never read for notes).
   */
  notes?: ReadonlyMap<Line, Line | undefined>;
  /**
   * No line of the tree is a tag line (`〖BT/…〗`): told by the parser, whose split made none (lines.ts `splitTagless`),
   * and kept by a re-parse after an edit (syntax/reparse.ts reads again body lines only); absent, not known (a split
   * that made a tag line a fenced code block then took). The model then lists no tag line without reading every line.
   */
  tagless?: true;
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
  return l.kind !== 'blank' && l.kind !== 'break' && l.kind !== 'tag' && l.kind !== 'comment' && l.kind !== 'code';
}

/** Whether `offset` lies on a code block's line (`lines` a tree's, in order): a quotation of other text, read as none of this one. */
export function inCode(lines: readonly Line[], offset: number): boolean {
  return lines.length > 0 && lines[lastStartingAt(lines, offset)].kind === 'code';
}

/** Lines that are not there for the reader: blank lines, lines holding only HTML comments, a fenced code block's lines. */
export function isBlankOrComment(l: Line): boolean {
  return l.kind === 'blank' || l.kind === 'comment' || l.kind === 'code';
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

/**
 * In `spans` ordered by start, the index of the last one in `lo..hi` starting at or before
 * `offset`: `lo` when none does (0 for an empty list). A binary search: lines, articles, references.
 */
export function lastStartingAt(spans: readonly { start: number }[], offset: number, lo = 0, hi = spans.length - 1): number {
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The text in pieces (syntax/text.ts) of a tree or a model whose whole string was not read yet: a
 * field of the object itself, read through one getter shared by all (below), never a getter made
 * as a closure per object. V8 keeps an object's own getter in its hidden class, in the old
 * generation, and its young-generation collector then keeps the closure and all it holds alive,
 * dead object or not: every version typed into (its tree, its pieces, its model) was copied at
 * each scavenge and promoted — 40 % of what a keystroke allocated on 1 MB, and long, frequent
 * scavenges made the slow keystrokes (keystroke.test, 'dies young'; ARCHITECTURE.md, Invariants).
 */
const PIECES = Symbol('pieces');

interface Pieced {
  text: string;
  [PIECES]?: PieceText;
}

/** `text`, read the first time: the whole string made of the pieces, then kept as a plain field. */
const PIECE_TEXT: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: Pieced): string {
    const s = this[PIECES]!.toString();
    Object.defineProperty(this, 'text', { value: s, enumerable: true, configurable: true, writable: true });
    this[PIECES] = undefined;
    return s;
  },
};

/**
 * The text of a tree (or a model) as a reader of a part of it reads it: its pieces when it was
 * made from a text in pieces and the whole string was not read yet, else the string. What reads
 * only lines or an article (syntax/reparse.ts) reads this, so that no keystroke makes the whole string.
 */
export function textOf(owner: { readonly text: string }): string | PieceText {
  return (owner as Pieced)[PIECES] ?? owner.text;
}

/** `fields` with `text`: a text in pieces is made one string when `text` is first read (then kept as a plain field). */
export function withText<T extends { text: string }>(fields: Omit<T, 'text'>, text: string | PieceText): T {
  if (typeof text === 'string') return { text, ...fields } as T;
  return setText(fields as T, text);
}

/** Gives `out` (an object whose other fields may be getters, which a spread would read) the text `text`, as `withText` does. */
export function setText<T extends { text: string }>(out: T, text: string | PieceText): T {
  if (typeof text === 'string') {
    out.text = text;
    return out;
  }
  // Not enumerable: a tree compared whole (a test's deepStrictEqual) is compared by its text.
  Object.defineProperty(out, PIECES, { value: text, enumerable: false, configurable: true, writable: true });
  Object.defineProperty(out, 'text', PIECE_TEXT);
  return out;
}
