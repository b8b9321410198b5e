// Traditional characters read as simplified, for matching only: `第一條`, `本議定書`,
// `（以下簡稱“雙方”）` are recognised as `第一条`, `本议定书`, `（以下简称“双方”）`; and the
// invisible characters a copy leaves inside words (INVISIBLE) read as a space, so every pattern
// that allows white space inside a label reads `本条约第\u200b一条` as `本条约第一条`.
// The fold maps one UTF-16 unit to one, so every offset in the folded text is the same
// offset in the user's text, which is never changed.
import { SIMPLIFIED, TRADITIONAL } from './scriptTable';

/** Code unit → its simplified form, 0 where it does not fold: one array read per character (a Map lookup cost more than the rest of a parse's scans). */
const FOLD = new Uint16Array(0x10000);
for (let i = 0; i < TRADITIONAL.length; i++) FOLD[TRADITIONAL.charCodeAt(i)] = SIMPLIFIED.charCodeAt(i);
// OCR reads 第 as 笫 (a rare character, 床笫): `笫五十四条` is article 54.
FOLD[0x7b2b] = 0x7b2c;
// 厯, a variant of 曆 OpenCC's table leaves out, is the Qing books' (`西厯一千八百八十六年七月二十四日`, `厯久不渝`: the 1886
// Burma convention on Wikisource): read as 历, as 曆 and 厤 are, so that the Western date beside the reign's dates the signing.
FOLD[0x53af] = 0x5386;
/**
 * Characters a copy from a web page or a PDF leaves unseen inside a label, a numeral or a word
 * (`第二\u200b条`, `本条约第\u2060一条`): zero-width space, word joiner, soft hyphen. Folded to a space
 * (references, definitions and headings read them as the white space their patterns allow);
 * numerals.ts leaves them out of a numeral, lines.ts reads them as it reads spaces.
 */
export const INVISIBLE: readonly number[] = [0x200b, 0x2060, 0x00ad];
for (const c of INVISIBLE) FOLD[c] = 0x20;

const INVISIBLE_RUN = new RegExp(`[${String.fromCharCode(...INVISIBLE)}]`, 'g');

/** `text` without the invisible characters a copy leaves (INVISIBLE): a word as a reader sees it (`双\u00ad方` is 双方). */
export function withoutInvisible(text: string): string {
  return text.replace(INVISIBLE_RUN, '');
}

/** True when `text` holds a character that folds, traditional or invisible (a cheap test before copying). */
export function hasTraditional(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (FOLD[text.charCodeAt(i)] !== 0) return true;
  return false;
}

/** The code unit `c` read as simplified (itself where it does not fold): `foldScript` one unit at a time. */
export function foldCode(c: number): number {
  return FOLD[c] || c;
}

/** Full-width forms of ASCII as their half-width ones (`（` `）` `，` `Ａ` `１`): same length, same offsets. */
export function halfWidthForms(s: string): string {
  return s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(halfWidthCode(c.charCodeAt(0))));
}

/** A code unit read as `halfWidthForms` reads it (`（` as `(`). */
export const halfWidthCode = (c: number): number => (c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c);

/** `text` with traditional characters replaced by simplified ones and invisible ones by a space; same length, same offsets. */
export function foldScript(text: string): string {
  if (!hasTraditional(text)) return text;
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const s = FOLD[text.charCodeAt(i)];
    if (s === 0) continue;
    out += text.slice(from, i) + String.fromCharCode(s);
    from = i + 1;
  }
  return out + text.slice(from);
}
