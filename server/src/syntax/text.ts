// A text kept in pieces: an editor's document of a megabyte is edited a keystroke at a time, and
// a new flat string of the whole text per keystroke costs milliseconds by itself (V8 allocates
// and fills it: 3.5–9 ms for 1 MB of Chinese on the bench machine). `PieceText` keeps the text in
// chunks of about 32 K code units; an edit rebuilds only the chunks it touches and shares the
// others with the version before. The whole string is made once per version, when a reader asks
// for it (`toString`), and kept. Line starts are kept per chunk (read on first use), so that
// offsets ↔ lines (LSP line breaks: \n, \r\n, \r) cost the chunks an edit touched, not the text.
// Offsets are UTF-16 code units. Immutable: `edit` returns a new text.

/** What a reader of a text needs of it: a string is one, and so is a `PieceText`. */
export interface TextLike {
  readonly length: number;
  charCodeAt(index: number): number;
  slice(start?: number, end?: number): string;
  indexOf(search: string, from?: number): number;
}

/** The length a chunk is cut to; an edit's chunks are merged with a neighbour under `MIN` and cut over `MAX`. */
const CHUNK = 32 * 1024;
const MIN = 8 * 1024;
const MAX = 64 * 1024;

const CR = 0x0d;
const LF = 0x0a;

export class PieceText implements TextLike {
  /** The whole string, once made. */
  private flat: string | undefined;
  /** Per chunk, the offsets (relative, in `(0, length]`) where a line starts; read on first use. */
  private readonly starts: (number[] | undefined)[];
  /** Per chunk, how many lines start in the chunks before it (made on first use). */
  private linesBefore: number[] | undefined;

  private constructor(
    /** The chunks: never empty (but for the one chunk of an empty text); none but the last ends with CR. */
    private readonly chunks: readonly string[],
    /** Where each chunk ends. */
    private readonly ends: readonly number[],
    starts?: (number[] | undefined)[],
  ) {
    this.starts = starts ?? new Array<number[] | undefined>(chunks.length);
  }

  /** `text` in pieces (slices of it: nothing is copied). */
  static of(text: string): PieceText {
    const t = new PieceText(...cut(text, [], []));
    t.flat = text;
    return t;
  }

  get length(): number {
    return this.ends[this.ends.length - 1];
  }

  /**
   * The whole text, made once. `join` (one allocation, one copy) rather than a Node buffer read back
   * as UTF-16 (an external string outside V8's heap): measured for 1 MB after a one-character edit,
   * both p50 8.3–9.0 ms, but the buffer's p99 17–22 ms against 12–13 ms (its external memory brings
   * collections); concatenating the whole string costs the same as `join`.
   */
  toString(): string {
    return (this.flat ??= this.chunks.length === 1 ? this.chunks[0] : this.chunks.join(''));
  }

  /** Whether the whole string is made already (reading it costs nothing more). */
  get isFlat(): boolean {
    return this.flat !== undefined;
  }

  /** The text with `start..end` (clamped to the text) replaced by `text`: the chunks it touches rebuilt, the others shared. */
  edit(start: number, end: number, text: string): PieceText {
    const length = this.length;
    start = Math.max(0, Math.min(length, start | 0));
    end = Math.max(start, Math.min(length, end | 0));
    if (start === end && text.length === 0) return this;
    const n = this.chunks.length;
    let i = this.chunkAt(start);
    let j = end === start ? i : this.chunkAt(end - 1);
    let middle = this.chunks[i].slice(0, start - this.begin(i)) + text + this.chunks[j].slice(end - this.begin(j));
    // A short middle joins a neighbour; a middle ending with CR joins the next chunk (its LF may follow).
    if (middle.length < MIN && i > 0) middle = this.chunks[--i] + middle;
    while (j + 1 < n && (middle.length < MIN || middle.charCodeAt(middle.length - 1) === CR)) middle += this.chunks[++j];
    const chunks = this.chunks.slice(0, i);
    const ends = this.ends.slice(0, i);
    const starts = this.starts.slice(0, i);
    cut(middle, chunks, ends, i > 0 ? this.ends[i - 1] : 0);
    while (starts.length < chunks.length) starts.push(undefined);
    const delta = text.length - (end - start);
    for (let k = j + 1; k < n; k++) {
      chunks.push(this.chunks[k]);
      ends.push(this.ends[k] + delta);
      starts.push(this.starts[k]);
    }
    return new PieceText(chunks, ends, starts);
  }

  charCodeAt(index: number): number {
    if (this.flat !== undefined) return this.flat.charCodeAt(index);
    if (index < 0 || index >= this.length) return NaN;
    const k = this.chunkAt(index);
    return this.chunks[k].charCodeAt(index - this.begin(k));
  }

  /** `start..end` as a string, as `String.prototype.slice` gives it (negative offsets from the end). */
  slice(start = 0, end = this.length): string {
    if (this.flat !== undefined) return this.flat.slice(start, end);
    const length = this.length;
    start = start < 0 ? Math.max(0, length + start) : Math.min(start, length);
    end = end < 0 ? Math.max(0, length + end) : Math.min(end, length);
    if (end <= start) return '';
    const i = this.chunkAt(start);
    const j = this.chunkAt(end - 1);
    if (i === j) return this.chunks[i].slice(start - this.begin(i), end - this.begin(i));
    let s = this.chunks[i].slice(start - this.begin(i));
    for (let k = i + 1; k < j; k++) s += this.chunks[k];
    return s + this.chunks[j].slice(0, end - this.begin(j));
  }

  indexOf(search: string, from = 0): number {
    if (this.flat !== undefined) return this.flat.indexOf(search, from);
    from = Math.max(0, Math.min(this.length, from | 0));
    const n = search.length;
    if (n === 0) return from;
    for (let k = this.chunkAt(from); k < this.chunks.length; k++) {
      const begin = this.begin(k);
      const at = this.chunks[k].indexOf(search, Math.max(0, from - begin));
      if (at >= 0) return begin + at;
      // A match across the end of this chunk.
      if (n > 1 && k + 1 < this.chunks.length) {
        const lo = Math.max(from, this.ends[k] - n + 1);
        const across = this.slice(lo, this.ends[k] + n - 1).indexOf(search);
        if (across >= 0) return lo + across;
      }
    }
    return -1;
  }

  /** The number of lines (a text ending with a line break has an empty last line). */
  get lineCount(): number {
    const before = this.lineIndex();
    const last = this.chunks.length - 1;
    return 1 + before[last] + this.startsOf(last).length;
  }

  /** Where line `line` (0-based, in `0..lineCount)`) starts. */
  lineStart(line: number): number {
    if (line <= 0) return 0;
    const before = this.lineIndex();
    // The chunk holding the `line`-th line start: the last whose lines before it are fewer than `line`.
    let lo = 0;
    let hi = before.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (before[mid] < line) lo = mid;
      else hi = mid - 1;
    }
    const starts = this.startsOf(lo);
    const k = line - before[lo] - 1;
    return k < starts.length ? this.begin(lo) + starts[k] : this.length;
  }

  /** The line holding `offset` (clamped to the text): how many line starts are at or before it. */
  lineOf(offset: number): number {
    offset = Math.max(0, Math.min(this.length, offset));
    const before = this.lineIndex();
    const k = offset === this.length ? this.chunks.length - 1 : this.chunkAt(offset);
    const starts = this.startsOf(k);
    const rel = offset - this.begin(k);
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= rel) lo = mid + 1;
      else hi = mid;
    }
    return before[k] + lo;
  }

  private begin(k: number): number {
    return k > 0 ? this.ends[k - 1] : 0;
  }

  /** The chunk holding `offset` (the last one for the end of the text). */
  private chunkAt(offset: number): number {
    const ends = this.ends;
    let lo = 0;
    let hi = ends.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid] > offset) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  private startsOf(k: number): number[] {
    let s = this.starts[k];
    if (!s) this.starts[k] = s = lineStarts(this.chunks[k]);
    return s;
  }

  private lineIndex(): number[] {
    if (this.linesBefore) return this.linesBefore;
    const before: number[] = [];
    let count = 0;
    for (let k = 0; k < this.chunks.length; k++) {
      before.push(count);
      count += this.startsOf(k).length;
    }
    return (this.linesBefore = before);
  }
}

/** `text` cut into chunks of about `CHUNK`, none but the last ending with CR, appended to `chunks` and `ends` (from offset `at`). */
function cut(text: string, chunks: string[], ends: number[], at = 0): [string[], number[]] {
  if (text.length === 0) {
    if (chunks.length === 0) {
      chunks.push('');
      ends.push(at);
    }
    return [chunks, ends];
  }
  const pieces = Math.max(1, Math.round(text.length / CHUNK));
  const size = text.length <= MAX ? text.length : Math.ceil(text.length / pieces);
  for (let s = 0; s < text.length; ) {
    let e = Math.min(text.length, s + size);
    while (e < text.length && text.charCodeAt(e - 1) === CR) e++;
    chunks.push(text.slice(s, e));
    ends.push(at + e);
    s = e;
  }
  return [chunks, ends];
}

/** Where lines start in `chunk`, relative, in `(0, length]` (a CR at its end ends a line: it is the last chunk). */
function lineStarts(chunk: string): number[] {
  const out: number[] = [];
  for (let p = 0; p < chunk.length; p++) {
    const c = chunk.charCodeAt(p);
    if (c === LF || (c === CR && chunk.charCodeAt(p + 1) !== LF)) out.push(p + 1);
  }
  return out;
}

/** What `\s` matches, by its code (the character made a string to be matched would cost a string a read: a CJK character's is a new one each time). */
export function isWhiteSpaceCode(c: number): boolean {
  return (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Where the next of `marks` (characters of a string, each one UTF-16 code unit) is in `text`, at or after an offset asked for (the
 * text's length: none), offsets asked in increasing order: the nearest mark is kept until passed, then searched for
 * again from there by one pattern of all the marks (`test`, which makes no array a match, its `lastIndex` just past the
 * mark): the text is read once for all the marks. (Each mark searched for by `indexOf`, as before, read the whole text
 * once a mark, most marks being absent from most texts: the quotation marks of the 5,000 generated treaties took
 * 250–440 ms that way, 40–110 ms by the pattern; LawRefBook/Laws 205–334 and 138–204 ms; loaded machine, three rounds.)
 */
export function nextOfAny(text: string, marks: string): (at: number) => number {
  const pattern = markPattern(marks);
  let next = -1;
  return (at: number) => {
    if (next < at) {
      // (The pattern is shared, so `lastIndex` is set before each search: nothing runs between a search and its reading.)
      pattern.lastIndex = at;
      next = pattern.test(text) ? pattern.lastIndex - 1 : text.length;
    }
    return next;
  };
}

/** The pattern of any one of `marks` (global, for `lastIndex`), made once per set of marks: the callers' marks are constants, so the map stays small. */
function markPattern(marks: string): RegExp {
  let p = markPatterns.get(marks);
  if (p === undefined) markPatterns.set(marks, (p = new RegExp(`[${[...marks].map((m) => `\\u${m.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`, 'g')));
  return p;
}
const markPatterns = new Map<string, RegExp>();
