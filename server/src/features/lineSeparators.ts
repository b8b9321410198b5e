// Text whose lines are broken by U+2028 LINE SEPARATOR or U+2029 PARAGRAPH SEPARATOR, as some PDF
// readers and word processors copy them. The LSP breaks lines at `\n`, `\r\n` and `\r` only (its
// "Text Documents" section), and so do VS Code and the parser (syntax/lines.ts): the text between
// two such characters is one line for the editor, and a treaty pasted so reads as one long line —
// no title, no articles. Reading the separators as line breaks in the parse would give the
// document lines the client does not have (every position after them would be wrong), so the
// server says what it sees instead: one diagnostic on the first separator, and the quick fix that
// turns each into the document's line break (`\r\n` where the text already uses it, else `\n`).
// Each edit replaces one character inside a line, so every range is in the client's positions.
import { TextEdit } from 'vscode-languageserver-types';
import { LineMap } from '../syntax/positions';
import type { TextLike } from '../syntax/text';

export const LINE_SEPARATOR_CODE = 'text.line-separators';

/** The offsets of every U+2028 and U+2029 in `text`, in order (two searches: the text may be a rope, syntax/text.ts). */
export function lineSeparators(text: TextLike): number[] {
  const out: number[] = [];
  for (let i = text.indexOf('\u2028'), j = text.indexOf('\u2029'); i >= 0 || j >= 0;) {
    if (j < 0 || (i >= 0 && i < j)) {
      out.push(i);
      i = text.indexOf('\u2028', i + 1);
    } else {
      out.push(j);
      j = text.indexOf('\u2029', j + 1);
    }
  }
  return out;
}

/** The edits that turn every separator of `text` into the line break the text already uses (`\n` when it has none). */
export function lineSeparatorEdits(text: TextLike, map: LineMap): TextEdit[] {
  const eol = text.indexOf('\r\n') >= 0 ? '\r\n' : '\n';
  return lineSeparators(text).map((at) => ({ range: map.range(at, at + 1), newText: eol }));
}
