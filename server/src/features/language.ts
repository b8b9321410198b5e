// The language a text is written in: the one its file name says (`协定.ru.md`, index's `nameParts`), else the
// one its model reads, else the one its letters are written in (Chinese characters,
// Cyrillic → Russian, Latin → English).
import { Treaty } from '../model/treaty';
import { Memo } from '../syntax/memo';
import { FEW_LETTERS } from '../syntax/foreign';

const scriptCache = new Memo<Treaty, string | undefined>();

/**
 * The language of a model: its own `language` when it read one, else by the letters of its first 4,000 characters.
 * A model reads Chinese by default when its text has too few letters to tell (syntax/foreign.ts `FEW_LETTERS`):
 * only then do the letters here decide. With more, its Chinese is a reading (a translation printed under each
 * Chinese clause, a law database's bilingual view: syntax/language.ts) that a count here would undo.
 */
export function languageOf(treaty: Treaty): string | undefined {
  // A foreign answer is always a reading.
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
  const lang = cyrillic + latin >= FEW_LETTERS ? 'zh' : han >= cyrillic && han * 2 >= latin ? (han > 0 ? 'zh' : undefined) : cyrillic >= latin ? 'ru' : 'en';
  scriptCache.set(treaty, lang);
  return lang;
}
