// Traditional characters read as simplified, for matching only: `第一條`, `本議定書`,
// `（以下簡稱“雙方”）` are recognised as `第一条`, `本议定书`, `（以下简称“双方”）`.
// The fold maps one UTF-16 unit to one, so every offset in the folded text is the same
// offset in the user's text, which is never changed.
import { SIMPLIFIED, TRADITIONAL } from './scriptTable';

const FOLD = new Map<number, number>();
for (let i = 0; i < TRADITIONAL.length; i++) FOLD.set(TRADITIONAL.charCodeAt(i), SIMPLIFIED.charCodeAt(i));

/** The lowest code unit that may fold: everything below it is returned as it is. */
let LOWEST = 0xffff;
for (const c of FOLD.keys()) if (c < LOWEST) LOWEST = c;

/** True when `text` holds a character that folds (a cheap test before copying). */
export function hasTraditional(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= LOWEST && FOLD.has(c)) return true;
  }
  return false;
}

/** `text` with traditional characters replaced by simplified ones; same length, same offsets. */
export function foldScript(text: string): string {
  if (!hasTraditional(text)) return text;
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < LOWEST) continue;
    const s = FOLD.get(c);
    if (s === undefined) continue;
    out += text.slice(from, i) + String.fromCharCode(s);
    from = i + 1;
  }
  return out + text.slice(from);
}
