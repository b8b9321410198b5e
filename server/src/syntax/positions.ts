// Offsets → LSP line/character positions from the tree's own lines (the same
// line breaks as LSP: \n, \r\n, \r). Queries made in document order cost O(1);
// others fall back to a binary search. Characters are UTF-16 code units.
import { Line, TreeLine, keepShape, lastStartingAt } from './tree';
import { isSpace } from './lines';
import type { TextLike } from './text';
import { Memo } from './memo';

export interface Position {
  line: number;
  character: number;
}

export class LineMap {
  private cursor = 0;
  private readonly lines: readonly Line[];
  /** `lines`: a tree's lines; those `glued` to the line before count as part of its physical line. */
  constructor(lines: readonly Line[]) {
    this.lines = rowsOf(lines);
  }

  /** The physical line `i` (glued lines merged into one): what `lineOf` counts. */
  row(i: number): Line | undefined {
    return this.lines[i];
  }

  /** The number of physical lines. */
  get rowCount(): number {
    return this.lines.length;
  }

  /** The index of the line containing `offset` (the last line for offsets at the end). */
  lineOf(offset: number): number {
    const lines = this.lines;
    const n = lines.length;
    if (n === 0) return 0;
    let i = Math.min(this.cursor, n - 1);
    if (offset >= lines[i].start) {
      // Walk forward a few lines; jump by binary search when far.
      for (let k = 0; k < 8 && i + 1 < n && offset >= lines[i + 1].start; k++) i++;
      if (i + 1 < n && offset >= lines[i + 1].start) i = this.search(offset, i + 1, n - 1);
    } else i = this.search(offset, 0, i);
    this.cursor = i;
    return i;
  }

  positionAt(offset: number): Position {
    const i = this.lineOf(offset);
    const line = this.lines[i];
    if (!line) return { line: 0, character: 0 };
    // The end of a text that ends with a line break: the (empty) line after it.
    if (i === this.lines.length - 1 && offset >= line.end && line.eol < line.end) return { line: i + 1, character: 0 };
    // A position never points into a line break.
    return { line: i, character: Math.max(0, Math.min(offset, line.eol) - line.start) };
  }

  /** The LSP range of offsets `start`..`end`. */
  range(start: number, end: number): { start: Position; end: Position } {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  offsetAt(p: Position): number {
    const lines = this.lines;
    if (p.line < 0 || lines.length === 0) return 0;
    if (p.line >= lines.length) return lines[lines.length - 1].end;
    const line = lines[p.line];
    return Math.min(line.start + Math.max(0, p.character), line.eol);
  }

  private search(offset: number, lo: number, hi: number): number {
    return lastStartingAt(this.lines, offset, lo, hi);
  }
}

const rows = new Memo<readonly Line[], readonly Line[]>();

/** Whether the physical lines of `lines` are known to be the lines themselves (no line glued to another). */
export function rowsAreLines(lines: readonly Line[]): boolean {
  return rows.get(lines) === lines;
}

/** Records that `lines` has no glued line: re-parsed in place from lines that had none, with none (syntax/reparse.ts). */
export function noGluedRows(lines: readonly Line[]): void {
  rows.set(lines, lines);
}

/** Drops the physical lines computed for `lines`: the array changed hands (syntax/reparse.ts re-parses in place). */
export function forgetRows(lines: readonly Line[]): void {
  rows.delete(lines);
}

/** The physical lines of a tree's lines: each line with the lines glued to it merged in. Computed once per tree. */
export function rowsOf(lines: readonly Line[]): readonly Line[] {
  let out = rows.get(lines);
  if (out) return out;
  let glued = false;
  for (let i = 0; i < lines.length && !glued; i++) glued = lines[i].glued;
  if (!glued) out = lines;
  else {
    const merged: Line[] = [];
    for (const l of lines) {
      const prev = merged[merged.length - 1];
      if (l.glued && prev) merged[merged.length - 1] = joined(prev, l.end, l.eol, l.contentEnd > l.contentStart ? l.contentEnd : prev.contentEnd, l.terminal);
      else merged.push(l);
    }
    out = merged;
  }
  rows.set(lines, out);
  return out;
}

/** `l` ending where a line glued to it ends. */
function joined(l: Line, end: number, eol: number, contentEnd: number, terminal: boolean): Line {
  return l instanceof TreeLine ? l.joined(end, eol, contentEnd, terminal) : { ...l, end, eol, contentEnd, terminal };
}

/** The end of `start..end` without its trailing white space and line breaks: where its content ends, as for a line's. */
export function trimEnd(text: TextLike, start: number, end: number): number {
  while (end > start) {
    const c = text.charCodeAt(end - 1);
    if (!isSpace(c) && c !== 0x0a && c !== 0x0d) break;
    end--;
  }
  return end;
}

// (A line map kept for its shape: syntax/tree.ts keepShape. At the module's end: it reads `rows`.)
keepShape(new LineMap([]));
