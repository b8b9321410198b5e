// Counterparts followed through a rename (LSP 3.16 `workspace/willRenameFiles`). `.treatyrc.json` names the texts
// of one instrument in its languages by path (`"counterparts": [["协定.md", "协定.ru.md"]]`, relative to the
// workspace folder): a text renamed in the editor, or a folder holding it, would leave its group naming a file that
// no longer exists, the pair broken until someone edits the configuration. Before the rename the client asks the
// server for the edit that goes with it: here, each path of a group naming a renamed file (or a file in a renamed
// folder) rewritten to name it at its new place — the string literal alone, written as the old one was (relative
// with `/`, `./` kept, or absolute), nothing else in the file touched. Pure: the configuration's text, its folder
// and the renames in, replacements of the text out (UTF-16 offsets); server.ts reads the file and answers.
import * as path from 'path';

/** A file or folder renamed: file system paths. */
export type Rename = { from: string; to: string };
/** The text from `start` to `end` (UTF-16 offsets, the literal's quotes included) replaced by `text`. */
export type Replacement = { start: number; end: number; text: string };

type Literal = { start: number; end: number; value: string };

/**
 * The string literals of the groups of the top-level `counterparts` array, in order; undefined when the text is
 * not JSON (a configuration being typed: no edit is offered against it).
 */
export function counterpartLiterals(text: string): Literal[] | undefined {
  try {
    JSON.parse(text);
  } catch {
    return undefined;
  }
  const out: Literal[] = [];
  let depth = 0;
  // The last string read in the top-level object, the key whose value follows, and the depth of `counterparts`' array.
  let lastString: string | undefined;
  let key: string | undefined;
  let inside = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      const start = i;
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
      const value = JSON.parse(text.slice(start, i + 1)) as string;
      if (inside && depth === 3) out.push({ start, end: i + 1, value });
      else if (depth === 1) lastString = value;
    } else if (c === ':' && depth === 1) key = lastString;
    else if (c === ',' && depth === 1) key = undefined;
    else if (c === '{' || c === '[') {
      depth++;
      if (depth === 2 && c === '[' && key === 'counterparts') inside = true;
    } else if (c === '}' || c === ']') {
      depth--;
      if (depth === 1) inside = false;
    }
  }
  return out;
}

/** Where `file` is after `renames`: itself renamed, or in a folder renamed; undefined when neither. */
function movedTo(file: string, renames: readonly Rename[]): string | undefined {
  for (const r of renames) {
    if (file === r.from) return r.to;
    const folder = r.from.endsWith(path.sep) ? r.from : r.from + path.sep;
    if (file.startsWith(folder)) return path.join(r.to, file.slice(folder.length));
  }
  return undefined;
}

/** `to` written as `old` was: absolute if it was, else relative to `root` with `/` (and `./` if it had it). */
function writtenAs(old: string, root: string, to: string): string {
  if (path.isAbsolute(old)) return to;
  const relative = path.relative(root, to).split(path.sep).join('/');
  return /^\.[\\/]/.test(old) && !relative.startsWith('../') ? `./${relative}` : relative;
}

/**
 * The replacements of `text` (`.treatyrc.json`, in the workspace folder `root`) that keep its counterparts naming
 * the files `renames` moves: each path naming a file renamed, or in a folder renamed, rewritten; none else.
 */
export function counterpartRenames(text: string, root: string, renames: readonly Rename[]): Replacement[] {
  const out: Replacement[] = [];
  for (const literal of counterpartLiterals(text) ?? []) {
    const to = movedTo(path.resolve(root, literal.value), renames);
    const text = to === undefined ? undefined : JSON.stringify(writtenAs(literal.value, root, to));
    // (Renamed to itself: nothing to edit.)
    if (text !== undefined && text !== JSON.stringify(literal.value)) out.push({ start: literal.start, end: literal.end, text });
  }
  return out;
}
