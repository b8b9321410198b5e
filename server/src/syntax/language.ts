// The language a text is parsed in: its script's (syntax/foreign.ts `languageOf`), except for a Chinese instrument
// printed with its English (or other) translation on the same page — a law database's bilingual view, where the
// translation's Latin letters outnumber the Chinese characters. foreign.ts cannot tell that page from an English
// page quoting a Chinese title: the difference is a Chinese title naming a kind of instrument, which is the
// lexicon's (words.ts, which re-exports foreign.ts and so cannot be imported by it); this module reads both.
import { Language, languageOf } from './foreign';
import { endingKind, titleWords } from './words';

/** Lines looked at for a title, and the characters a title line may hold. */
const TITLE_LINES = 40;
const MAX_TITLE = 80;
/** Chinese characters a line of text outside the title needs to be a Chinese clause (with a Chinese mark). */
const CLAUSE_CJK = 20;

/**
 * The language a text is parsed in: `languageOf`, but Chinese for a page that a foreign script outnumbers when
 * it is a Chinese instrument with its translation — among its first lines a title line written in Chinese alone
 * (no Latin or Cyrillic letter outside a bracketed remark: `…框架协议 [现行有效]`) that names a kind of instrument
 * (`endingKind`), and after it a line of Chinese text (a clause: twenty Chinese characters or more and a Chinese
 * mark ，。；：、). An English page quoting one Chinese title, or a Chinese name here and there, stays English.
 * Costs nothing on a Chinese text (languageOf stops early on it) nor on a text with no Chinese character.
 */
export function textLanguage(text: string): Language {
  const language = languageOf(text);
  if (language === 'zh' || !hasCjk(text)) return language;
  return chineseWithTranslation(text) ? 'zh' : language;
}

function hasCjk(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isCjk(text.charCodeAt(i))) return true;
  return false;
}

/** A Chinese title line among the first lines, then a Chinese clause on a line of its own after it. */
function chineseWithTranslation(text: string): boolean {
  let titled = false;
  let row = 0;
  for (let start = 0; start < text.length; row++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    start = end + 1;
    if (!titled) {
      if (row >= TITLE_LINES) return false;
      titled = isChineseTitle(line);
    } else if (isChineseClause(line)) return true;
  }
  return false;
}

/** A line written in Chinese alone, a bracketed remark after it apart, that ends with a kind of instrument. */
function isChineseTitle(line: string): boolean {
  const bare = line.replace(/[ \t\u3000]*(?:\[[^\]]*\]|【[^】]*】|[（(][^）)]*[）)])[ \t\u3000]*$/, '').trim();
  if (bare.length < 4 || bare.length > MAX_TITLE) return false;
  let cjk = 0;
  for (let i = 0; i < bare.length; i++) {
    const c = bare.charCodeAt(i);
    if (isCjk(c)) cjk++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x400 && c <= 0x4ff)) return false;
  }
  return cjk >= 4 && endingKind(titleWords(bare)) !== undefined;
}

/** A line holding a Chinese sentence: twenty Chinese characters or more and a Chinese mark (or an ASCII one after a Chinese character). */
function isChineseClause(line: string): boolean {
  let cjk = 0;
  let mark = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (isCjk(c)) cjk++;
    else if (c === 0xff0c || c === 0x3002 || c === 0xff1b || c === 0xff1a || c === 0x3001) mark = true;
    // A database's Chinese written with ASCII marks (`我们,中华人民共和国…:`): one right after a Chinese character.
    else if ((c === 0x2c || c === 0x3a || c === 0x3b) && i > 0 && isCjk(line.charCodeAt(i - 1))) mark = true;
  }
  return mark && cjk >= CLAUSE_CJK;
}

function isCjk(c: number): boolean {
  return c >= 0x3400 && c <= 0x9fff;
}
