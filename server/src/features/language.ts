// The language a text is written in: the one its file name says (`协定.ru.md`), else the
// one its model reads, else the one its letters are written in (Chinese characters,
// Cyrillic → Russian, Latin → English).
import { Treaty } from '../model/treaty';
import { LANGUAGE_NAMES } from '../syntax/words';

/** The language codes a file name may carry before its extension: `协定.ru.md`. */
const LANGUAGE_CODES = new Set(['zh', ...LANGUAGE_NAMES.map(([, code]) => code)]);
import { fileNameOf } from '../index/workspace';

const scriptCache = new WeakMap<Treaty, string | undefined>();

/** The language of a model: its own `language` when it has one, else by the letters of its first 4,000 characters. */
export function languageOf(treaty: Treaty): string | undefined {
  // A model reads Chinese unless its text is in another language it knows: trust a foreign answer.
  if (treaty.language !== 'zh') return treaty.language;
  if (scriptCache.has(treaty)) return scriptCache.get(treaty);
  let han = 0;
  let cyrillic = 0;
  let latin = 0;
  const head = treaty.text.slice(0, 4000);
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) han++;
    else if (c >= 0x400 && c <= 0x4ff) cyrillic++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  const lang = han >= cyrillic && han * 2 >= latin ? (han > 0 ? 'zh' : undefined) : cyrillic >= latin ? 'ru' : 'en';
  scriptCache.set(treaty, lang);
  return lang;
}

/** A file name's parts: `协定.ru.md` → { base: `协定`, lang: `ru` }; `协定.md` → { base: `协定` }. */
export function nameParts(uri: string): { dir: string; base: string; lang?: string } | undefined {
  const dir = uri.slice(0, uri.lastIndexOf('/') + 1);
  const m = /^(.+?)(?:\.([a-z]{2}))?(?:\.treaty)?\.(?:md|markdown|txt)$/i.exec(fileNameOf(uri));
  if (!m) return undefined;
  const lang = m[2]?.toLowerCase();
  if (lang && !LANGUAGE_CODES.has(lang)) return { dir, base: `${m[1]}.${m[2]}` };
  return { dir, base: m[1], lang };
}
