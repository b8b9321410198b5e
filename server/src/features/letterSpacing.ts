// Lines whose characters are set apart by spaces, as pdftotext gives a justified line of a Chinese PDF
// (`一 、 双 方 重 申 恪 守 1992 年 1 月 3 日 中 哈 建 交 联 合 公 报 、`): the space a justified line
// stretches between its characters comes out as a space character. The structure still reads (labels
// allow white space inside them), but a short title, a defined term or a self-reference written so is
// no longer the words it shows. The server says so, once, on the first such line, and offers the quick
// fix that takes out the spaces between two characters of such lines (a Chinese character, a full-width
// mark or a digit on either side, one of them Chinese or a mark) — each edit one space inside a line, so
// every range is in the client's positions; Latin words keep theirs.
import { TextEdit } from 'vscode-languageserver-types';
import { LineMap } from '../syntax/positions';
import type { TextLike } from '../syntax/text';
import { Line, isContent } from '../syntax/tree';
import { Treaty, treatyText } from '../model/treaty';
import { perModel } from '../model/perModel';

export const LETTER_SPACED_CODE = 'text.letter-spaced';

/** How many spaced pairs of characters make a line letter-spaced, at the least. */
const MIN_GAPS = 6;
/** And the share of its pairs of wide characters that are spaced, at the least (a line's few spaced words are not). */
const MIN_SHARE = 0.75;

/** A Chinese character, a CJK or full-width mark. */
function isWide(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef);
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** A mark a sentence holds (、，。；：！？, quotation and book-title marks, brackets): a heading or a signature block's words hold none. */
function isSentenceMark(c: number): boolean {
  return (c >= 0x3001 && c <= 0x3002) || (c >= 0x3008 && c <= 0x3011) || (c >= 0x2018 && c <= 0x201d) || c === 0xff0c || c === 0xff1b || c === 0xff1a || c === 0xff01 || c === 0xff1f || c === 0xff08 || c === 0xff09;
}

/**
 * Where a space of `from..to` stands between two characters it parts (one wide, the other wide or a digit); none
 * in a line that holds no mark of a sentence — pdftotext spreads the lines of a justified paragraph, a line set
 * apart for display is a heading (`澳 門 特 別 行 政 區`) or a signature block's, whose columns a single space may
 * part (`全 权 代 表 全 权 代 表`: taken out, the two would be one word).
 */
function gapsIn(text: TextLike, from: number, to: number): { gaps: number[]; tight: number } {
  const gaps: number[] = [];
  let tight = 0;
  let marked = false;
  for (let i = from; i < to && !marked; i++) marked = isSentenceMark(text.charCodeAt(i));
  if (!marked) return { gaps, tight };
  for (let i = from + 1; i < to; i++) {
    const c = text.charCodeAt(i);
    const before = text.charCodeAt(i - 1);
    if (c === 0x20) {
      if (i + 1 >= to) break;
      const after = text.charCodeAt(i + 1);
      if ((isWide(before) && (isWide(after) || isDigit(after))) || (isDigit(before) && isWide(after))) gaps.push(i);
    } else if (isWide(c) && isWide(before)) tight++;
  }
  return { gaps, tight };
}

/** The letter-spaced lines of a text, each with the spaces that part its characters (offsets in the text). */
export function letterSpaced(text: TextLike, lines: readonly Line[]): { line: Line; gaps: number[] }[] {
  const out: { line: Line; gaps: number[] }[] = [];
  // The next space of the text, found once for all the lines before it (most lines hold none).
  let space = -1;
  for (const l of lines) {
    if (!isContent(l) || l.contentEnd - l.contentStart < 2 * MIN_GAPS) continue;
    if (space < l.contentStart) space = text.indexOf(' ', l.contentStart);
    if (space < 0) break;
    if (space >= l.contentEnd) continue;
    // Fewer spaces than MIN_GAPS part too few characters (most lines with a space hold one or two: a heading's `## `, a
    // list's `1. `): the line is passed over after its spaces are counted, the next space found on the way kept.
    let spaces = 1;
    let next = text.indexOf(' ', space + 1);
    while (spaces < MIN_GAPS && next >= 0 && next < l.contentEnd) {
      spaces++;
      next = text.indexOf(' ', next + 1);
    }
    if (spaces < MIN_GAPS) {
      if (next < 0) break;
      space = next;
      continue;
    }
    const { gaps, tight } = gapsIn(text, l.contentStart, l.contentEnd);
    if (gaps.length >= MIN_GAPS && gaps.length >= MIN_SHARE * (gaps.length + tight)) out.push({ line: l, gaps });
  }
  return out;
}

/** `letterSpaced` of a model's text, once per model (its diagnostic and its quick fix read it). */
export const letterSpacedOf = perModel((treaty: Treaty) => letterSpaced(treatyText(treaty), treaty.tree.lines));

/** The edits that take out every parting space of the letter-spaced lines. */
export function letterSpacingEdits(spaced: readonly { gaps: number[] }[], map: LineMap): TextEdit[] {
  return spaced.flatMap((s) => s.gaps.map((at) => ({ range: map.range(at, at + 1), newText: '' })));
}
