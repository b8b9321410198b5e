// The signing clause: `本协议于 2002 年 1 月 17 日在北京签署,一式两份,每份均用中文、哈文和俄文写成,三种文本同等作准。`
// and the joint-statement form `1996年7月5日于阿拉木图`.
import { Block, linesOf } from '../syntax/tree';
import { runOfLines } from '../syntax/runs';
import type { TextLike } from '../syntax/text';
import { parseNumeral } from '../syntax/numerals';
import { foldScript } from '../syntax/script';
import { languageCode } from '../syntax/foreign';
import { ARABIC, CAPITALS, COPIES_BY_LANGUAGE, DATE_DIGITS, LATIN_SIGNATURE, OCR_ZEROS, OTHER_CALENDARS, DATING_ERAS, PREVAILING_TEXT, SIGNING_VERBS, SMALL_CN, alternation, endingKind, titleWords, withPinyin } from '../syntax/words';

export interface DateValue {
  year: number;
  month?: number;
  day?: number;
  start: number;
  end: number;
}

export interface Signing {
  start: number;
  end: number;
  /** The whole clause, line breaks removed. */
  text: string;
  /** `本协议` in `本协议于…签署`. */
  selfRef?: string;
  selfRefStart?: number;
  date?: DateValue;
  place?: string;
  /** `一式两份` → 2; `正本一份` → 1. */
  copies?: number;
  copiesStart?: number;
  copiesEnd?: number;
  languages: string[];
  /** The languages' codes, in the same order (`中文` → zh, `Russian` → ru; '' when unknown): the same in every language's text. */
  languageCodes?: string[];
  /** `三种文本同等作准` → 3. */
  authentic?: number;
  authenticStart?: number;
  authenticEnd?: number;
  /**
   * The text that prevails in case of divergence, its language as written (`以英文本为准` → 英文, `the English text shall
   * prevail` → English, `используется текст на английском языке` → английском), and that language's code (en).
   */
  prevails?: string;
  prevailsCode?: string;
  prevailsStart?: number;
  prevailsEnd?: number;
}

const N = `[${DATE_DIGITS}${OCR_ZEROS}百千两 \\t\\u3000]`;
// `九月初七日`: days one to ten of a month may be written with 初.
// Sticky: tried only where a date can start (`nextDate`).
const DATE = new RegExp(`(${N}{2,12})年(?:(${N}{1,4})月(?:(初?${N}{1,4})日)?)?`, 'y');
/** One character of a date's numbers (sticky). */
const DATE_CHAR = new RegExp(N, 'y');

/**
 * The first DATE in `s` starting at or after `from`, as a global search from `from` finds it: each
 * 年 in turn, the numbers right before it read back (up to 12, none before `from`). A date's
 * numbers end at its 年 (年 is none of them), so the first 年 with two to twelve before it holds the
 * first date — and the pattern is tried once a 年, not at every offset of the text.
 */
export function nextDate(s: string, from: number): RegExpExecArray | null {
  for (let y = s.indexOf('年', from + 2); y >= 0; y = s.indexOf('年', y + 1)) {
    const least = Math.max(from, y - 12);
    let i = y;
    for (; i > least; i--) {
      DATE_CHAR.lastIndex = i - 1;
      if (!DATE_CHAR.test(s)) break;
    }
    if (y - i < 2) continue;
    DATE.lastIndex = i;
    const m = DATE.exec(s);
    if (m) return m;
  }
  return null;
}

/** Every date in a piece of text, with offsets relative to `base`. */
export function findDates(s: string, base = 0): DateValue[] {
  const out: DateValue[] = [];
  for (let m = nextDate(s, 0); m; m = nextDate(s, m.index + m[0].length)) {
    const year = parseNumeral(m[1]);
    if (year === undefined || year < 1000 || year > 2999) continue;
    const month = m[2] !== undefined ? parseNumeral(m[2]) : undefined;
    const day = m[3] !== undefined ? parseNumeral(m[3].replace(/^初/, '')) : undefined;
    if (month !== undefined && (month < 1 || month > 12)) continue;
    // Offsets skip leading spaces the numeral class allowed.
    const lead = m[0].length - m[0].trimStart().length;
    out.push({ year, month, day, start: base + m.index + lead, end: base + m.index + m[0].length });
  }
  return out;
}

export function formatDate(d: { year: number; month?: number; day?: number }): string {
  return `${d.year}年${d.month !== undefined ? `${d.month}月` : ''}${d.day !== undefined ? `${d.day}日` : ''}`;
}

/** The characters of a year, in digits or numerals (the lexicon's). */
const YEAR_DIGITS = `${ARABIC}〇○零${SMALL_CN}`;
/** A year, in digits or numerals: `2002年`, `一九九〇年`. */
const YEAR = `[${YEAR_DIGITS}]{2,4}年`;
const STARTS_WITH_YEAR = new RegExp(`^${YEAR}`);
/** A character that is no numeral (nor space, comma or full stop). */
const NOT_NUMERAL = `[^，,。\\s${YEAR_DIGITS}]`;

/** Right before a date: the name of a calendar not the Western one (`阿历`, `按照回历为`). */
const OTHER_CALENDAR_BEFORE = new RegExp(`(?:${alternation(OTHER_CALENDARS)})[ \\t]*(?:为|即)?[ \\t]*$`);

/** A date in an era (DATING_ERAS): `中华民国三十三年三月二日`, `日本国昭和二十七年四月二十八日` (folded). */
const ERA_DATE = new RegExp(`(${alternation(DATING_ERAS.keys())})[ \\t]*(元|${N}{1,8}?)年(?:(${N}{1,4})月(?:(初?${N}{1,4})日)?)?`, 'g');

/**
 * The date in an era, as a Western date (year N of the Republic is N + 1911, of 昭和 1925 + N), when no Western date
 * is written: the first, or a later one of the same year written to the day where the first is not
 * (`中华民国四十一年即日本国昭和二十七年四月二十八日`, the month and day written once).
 */
function eraDate(s: string): DateValue | undefined {
  let found: DateValue | undefined;
  ERA_DATE.lastIndex = 0;
  for (let m = ERA_DATE.exec(s); m; m = ERA_DATE.exec(s)) {
    const era = m[2] === '元' ? 1 : parseNumeral(m[2]);
    if (era === undefined || era < 1 || era > 200) continue;
    const month = m[3] !== undefined ? parseNumeral(m[3]) : undefined;
    const day = m[4] !== undefined ? parseNumeral(m[4].replace(/^初/, '')) : undefined;
    if (month !== undefined && (month < 1 || month > 12)) continue;
    const date = { year: era + DATING_ERAS.get(m[1])!, month, day, start: m.index, end: m.index + m[0].length };
    if (!found) found = date;
    else if (date.year === found.year && found.day === undefined && date.day !== undefined) return { ...date, start: found.start };
    if (found.day !== undefined) return found;
  }
  return found;
}

/** The verbs of signing, simplified (the text is folded before it is read). */
const SIGNED = alternation(SIGNING_VERBS);
/**
 * `用中文和俄文写成`, the verb with a converter's pinyin too (`用英文寫(xiě)成`, folded `写(xiě)成`), or a space inside it where a page
 * joined its printed lines (`用中文和俄文寫 成`, a gazette's scan): group 1 the languages.
 */
const WRITTEN_IN = new RegExp(`用([^。，,；;]{1,60}?)(?:${withPinyin('写')}[ \\t\\u3000]?${withPinyin('成')}|书写|书就)`);
/**
 * A place right after the date with neither 在 nor 于 before it (`于2002年北京签署`, `2002年10月10日莫斯科签订`):
 * one the lexicon knows (a state's capital); other words there say how it was signed (`正式签署`, `由双方代表签署`).
 */
const PLACE_AFTER_DATE = new RegExp(`[日月年][ \t]*(${alternation(CAPITALS)})[ \t]*(?:${SIGNED})`);

/**
 * The place after a date and 在 or 于, up to the verb of signing, a bracketed remark, the end of the line or the copies
 * (`readSigning`). Made once (it was made again at every signing clause read: ~0.5 % of treaty-check over generated treaties).
 */
const PLACE_AT_DATE = new RegExp(`[日月年][ \\t]*[在于][ \\t]*([^，,。\\s（(]{1,20}?)[ \\t]*(?:开放供?)?(?:${SIGNED}|[（(][^（）()]{1,40}[）)]?$|(?:[ \\t]*${LATIN_SIGNATURE})?(?:[ \\t]+\\|)?(?:$|\\n)|[，,][ \\t]*(?:一式|共)[ \\t]*[0-9一二两三四五六七八九十]{1,3}[ \\t]*份)`);
/** The place after 在 or 于 and before the verb of signing, a date between them or not (`readSigning`). */
const PLACE_SIGNED = new RegExp(`[在于]([^，,。\\s]{0,11}?${NOT_NUMERAL})(?:[ \\t]*于?[ \\t]*${YEAR}[^，,。\\s]{0,8}?)?(?:完成)?(?:${SIGNED})`);

/**
 * A date and a place in brackets alone, a comma between them (`（2024年7月29日，北京）`: how Xinhua heads a joint statement's
 * text under its title, which then closes with no clause of its own), read folded to simplified: group 1 the place. The
 * model takes such a line under a title for the signing (treaty.ts `datedUnderTitle`), and `readSigning` reads its place
 * here: one rule. (Until session 61 each wrote its own, the reader's date any 4 to 24 characters ending in 日; over test/fixtures,
 * LawRefBook/Laws and the 5,000 generated treaties the three bracketed lines either matched match both.)
 */
export const BRACKETED_DATE_PLACE = new RegExp(`^[（(][ \\t]*[${DATE_DIGITS}${OCR_ZEROS}]{2,4}[ \\t]*年[ \\t]*[${DATE_DIGITS}]{1,3}[ \\t]*月[ \\t]*[${DATE_DIGITS}]{1,3}[ \\t]*日[ \\t\\u3000]*[，,][ \\t\\u3000]*([^\\s，。,、；;：:《》“”()（）\\d]{1,12}?)[ \\t]*[）)]$`);

/** The place where the copies were made, before 缮 and the copies counted by language (COPIES_BY_LANGUAGE): group 1. */
const PLACE_COPIED = new RegExp(`在([^，,。\\s在于]{1,11}?)[ \\t]*(?=${COPIES_BY_LANGUAGE.source})`);

/** Languages named before the count of the texts, no verb: `中英文字两种文本` (group 1 `中英文字`). */
const TEXTS_COUNTED = /(?:^|[，,])([^。，,；;]{1,30}?(?:文字|[文语]))[两二三四五六][ \t]*种文本/;

/**
 * Languages abbreviated to a character each before one 文 or 语 (`中英文`, `中俄文字`): each character a language the
 * lexicon knows by it (中文, 英文), or the name as it was (`西班牙文`, `越南文`: 班 and 南 name none).
 */
function abbreviated(name: string): string[] {
  const m = /^([\u3400-\u9fff]{2,4})([文语])字?$/.exec(name);
  if (!m) return [name];
  const each = [...m[1]].map((c) => c + m[2]);
  return each.every((x) => languageCode(x) !== undefined) ? each : [name];
}

/** A language's name with the count of the languages after it (`俄两种文字`, `俄文两种文字`): group 1 the name. */
const LANGUAGE_COUNT = /^([\u3400-\u9fff]{1,6}?)[两二三四五六][ \t]*种(?:文字|语言|语文)$/;

/**
 * Reads a signing clause. Traditional text is read folded (`簽訂` as `签订`), values are taken from
 * the text as written. Forms: `本协议于…在北京签署，一式两份，…两种文本同等作准。`,
 * `一九八四年十二月十九日在北京簽訂，共兩份，每份都用中文和英文寫成`, `1951年9月8日訂於舊金山`,
 * `…在北京定立`, `繕寫兩分` (分 for 份 in older texts).
 */
/** What separates the names in a list of languages (`中文、俄文和英文`, `中文及印尼文`). */
const LANGUAGE_SEPARATORS = /[、和及与,，\s]+/;
/** Words before the first name (`均用中文`, `每份均用中文`). */
const LANGUAGE_LEAD = /^(?:均用|每份均用)/;
/** A language's name and its copies counted after it, a comma after them or not (`漢文四分,`, folded): group 1 the name. */
const LANGUAGE_COPIES = /([\u4e00-\u9fff]{1,2}[文语])[ \t]*[0-9一二两三四五六七八九十]{1,3}[ \t]*[份分][，,、 \t]*/;
/** The verb of copying, then two languages or more each with its copies (`缮立汉文四分,英文四分`, folded): group 1 the list. */
const COPIES_EACH_LANGUAGE = new RegExp(`缮(?:立|就|成|为)?[ \\t]*((?:${LANGUAGE_COPIES.source}){2,})`);

/** Words qualifying a name before it (`同等有效的英文` is 英文). */
const BEFORE_LANGUAGE = /^.*的(?=.{1,8}[文语]$)/;

/**
 * The languages named in `list`, as written: each name, words before it dropped (`同等有效的英文` → 英文), languages abbreviated
 * together (`中英文`) each its own. (A loop, not a chain ending in `flatMap`: V8's flatMap cost ~3 µs for a list of two names,
 * most of `readSigning`'s time over the generated treaties.)
 */
function languagesIn(list: string): string[] {
  const out: string[] = [];
  for (const part of list.split(LANGUAGE_SEPARATORS)) {
    const name = part.replace(LANGUAGE_LEAD, '').trim().replace(BEFORE_LANGUAGE, '');
    if (name) for (const each of abbreviated(name)) out.push(each);
  }
  return out;
}

export function readSigning(text: TextLike, block: Block): Signing {
  const raw = text.slice(block.start, block.end);
  const s: Signing = { start: block.start, end: block.end, text: raw.replace(/\s*\n\s*/g, '').trim(), languages: [] };
  // The clause read as one line: a break inside a date or a list of languages (`二〇〇四年六` / `月十日`) hides nothing.
  const run = runOfLines(text, linesOf(block));
  if (!run) return s;
  // Folded after joining (one unit for one): only the clause is folded, not the whole text.
  const folded = foldScript(run.text);
  // The first date in the Western calendar: one after another calendar's name (`阿历…年`, `回历为…年`) is not.
  const date = findDates(folded).find((d) => !OTHER_CALENDAR_BEFORE.test(folded.slice(Math.max(0, d.start - 8), d.start)));
  const dated = date ?? eraDate(folded);
  if (dated) s.date = { ...dated, start: run.at(dated.start), end: run.end(dated.end) };
  /** Group `g` of a match on the folded text, as written. */
  const written = (m: RegExpExecArray, g: number) => {
    const at = m.index + m[0].indexOf(m[g]);
    return run.slice(text, at, at + m[g].length);
  };
  /**
   * The place, group `g` of a match, as written: not run on into the next line when what that line adds names an instrument
   * (`…订于巴厘` / `东南亚友好合作条约修改议定书(中` — the next instrument's title below the clause, hard-wrapped as a PDF wraps it).
   */
  const placed = (m: RegExpExecArray, g: number) => {
    const at = m.index + m[0].indexOf(m[g]);
    const end = at + m[g].length;
    for (let k = at + 1; k < end; k++) {
      if (run.at(k) - run.at(k - 1) > 1 && endingKind(titleWords(folded.slice(k, end))) !== undefined) return run.slice(text, at, k);
    }
    return run.slice(text, at, end);
  };
  let m: RegExpExecArray | null;
  // `本协定于…`, `本协定在北京于…` (the words before 于 or 在, not the place after 在), and
  // `本议定书以中文及西班牙文各缮二份` (Taiwan's form).
  if ((m = /(本[^\s，,。于在以]{1,6}?)[ \t]*(?:[于在]|以(?=[^。，,；;]{0,60}?[文语]各?缮))/.exec(folded))) {
    s.selfRef = written(m, 1);
    s.selfRefStart = run.at(m.index);
  }
  // `于纽约联合国总部开放供签署`: the place, not what is open there. After a date to the month or the year
  // too (`于2002年1月在北京签署`), or the date would be read as part of the place.
  // A bracketed remark after the place (a news agency's dispatch line, `于阿拉木图（新华社阿拉木图 7 月 5 日电）`) is no part of it.
  // A memorandum of talks: the copies right after the place, no verb (`1986年7月25日于北京，一式两份，用英文写成`).
  if ((m = PLACE_AT_DATE.exec(folded))) s.place = placed(m, 1);
  // The place ends at a bracket, closing as opening (`( 1981 年 03 月 03 日订于北京)(签订日期…)`, a PDF's date under its title: 北京, not 北京)).
  else if ((m = /(?:签于|订于|签订于|签署于)[ \t]*([^，,。（(）)\s]{1,20})/.exec(folded))) s.place = placed(m, 1);
  // `于2002年北京签署`: a capital the lexicon knows right after the date (PLACE_AFTER_DATE).
  else if ((m = PLACE_AFTER_DATE.exec(folded))) s.place = placed(m, 1);
  // `本宪章于1945年6月26日签署`: signed on a date, at no place written (the date is not a place).
  // A date after the place (`在莫斯科于2002年签订`, `于纽约1966年签署`) is not part of it.
  // (The place ends in no numeral, or `于2002年` would give the place `2` and the year `002年`.)
  else if ((m = PLACE_SIGNED.exec(folded)) && !STARTS_WITH_YEAR.test(m[1])) s.place = placed(m, 1);
  // A date and a place in brackets, a comma between, nothing else (`（2024年7月29日，北京）` under a joint statement's title).
  else if ((m = BRACKETED_DATE_PLACE.exec(folded))) s.place = placed(m, 1);
  // Where the copies were made, counted by language (`…三月十七日,在孟臘城繕就華、英文各四份,蓋印畫押`: the Qing's clause).
  else if ((m = PLACE_COPIED.exec(folded))) s.place = placed(m, 1);
  // UNESCO's final clause counts its originals as texts: `订于巴黎，两个正式文本均有…的签字` (in two authentic copies bearing the signature of …).
  // Or counted by language after them, `繕為華英文各二份` (the Republic's and the Qing's form): each language's count, as `以中文及西班牙文各缮二份`.
  const copiesAt = (m: RegExpExecArray, count: string) => {
    s.copies = parseNumeral(count);
    s.copiesStart = run.at(m.index);
    s.copiesEnd = run.end(m.index + m[0].length);
  };
  if ((m = /(?:一式|正本|共|同文|缮写?|缮定)[ \t]*([0-9一二两三四五六七八九十]{1,3})[ \t]*[份分]|([0-9一二两三四五六七八九十]{1,3})[ \t]*个[ \t]*正式文本/.exec(folded))) copiesAt(m, m[1] ?? m[2]);
  else if ((m = COPIES_BY_LANGUAGE.exec(folded))) copiesAt(m, m[2]);
  // `用中文和俄文写成`, `每份均以中文及印尼文書就` (the 1950s' form; the languages counted after them, `以中文、西班牙文和英文三种文字写成`), or `以中文及西班牙文各缮二份`, `用中文、波斯文及法文各缮两份` (Taiwan's form, the Republic's treaties).
  // Or the texts counted by language (the WTO Agreement's `英文、法文和西班牙文各有一文本`).
  // Or the texts counted after their languages, no verb (`中英文字两种文本`, a memorandum's).
  if ((m = WRITTEN_IN.exec(folded) ?? /以([^。，,；;]{1,60}?(?:[文语]|种文字|种语言))(?:写成|书写|书就)/.exec(folded) ?? /[以用]([^。，,；;]{0,60}?[文语])各?缮/.exec(folded) ?? /(?:^|[，,])([^。，,；;]{1,60}?[文语])各有一[份个]?文本/.exec(folded) ?? TEXTS_COUNTED.exec(folded) ?? COPIES_BY_LANGUAGE.exec(folded))) {
    // Each name as written, words before it dropped: `同等有效的英文` → 英文; languages abbreviated together (`中英文`) each its own.
    s.languages = languagesIn(written(m, 1));
    // The count of languages after the last (`用中、俄两种文字书就`, `中文和俄文两种文字`): no part of its name.
    const n = s.languages.length;
    const counted = n > 1 ? LANGUAGE_COUNT.exec(s.languages[n - 1]) : null;
    if (counted) {
      s.languages[n - 1] = counted[1];
      // One character a language then (中、俄): each its 文.
      if (s.languages.every((x) => /^[\u3400-\u9fff]$/.test(x))) s.languages = s.languages.map((x) => x + '文');
    }
    // One character abbreviating a language, the last name's 文 or 语 shared (`用中、西文写成`: 中文 and 西文).
    const shared = s.languages.length > 1 ? s.languages[s.languages.length - 1] : '';
    if (/^[\u3400-\u9fff]+[文語语]$/.test(shared)) s.languages = s.languages.map((x) => (/^[\u3400-\u9fff]$/.test(x) ? x + shared[shared.length - 1] : x));
    s.languageCodes = s.languages.map((l) => languageCode(l) ?? '');
  } else if ((m = COPIES_EACH_LANGUAGE.exec(folded))) {
    // Each language's copies counted after its name, the verb of copying before them (`繕立漢文四分,英文四分,共八分`, the 1898
    // Weihaiwei lease's): the names as written.
    const names: string[] = [];
    const each = new RegExp(LANGUAGE_COPIES.source, 'g');
    const from = m.index + m[0].length - m[1].length;
    let e: RegExpExecArray | null;
    while ((e = each.exec(m[1]))) names.push(run.slice(text, from + e.index, from + e.index + e[1].length));
    s.languages = names;
    s.languageCodes = names.map((l) => languageCode(l) ?? '');
  }
  if ((m = /([0-9一二两三四五六七八九十]{1,3})[ \t]*种(?:文本|文字)[^。]{0,6}(?:作准|同等效力)/.exec(folded))) {
    s.authentic = parseNumeral(m[1]);
    s.authenticStart = run.at(m.index);
    s.authenticEnd = run.end(m.index + m[0].length);
  }
  // `如遇解释上的分歧，以英文本为准` (`以俄文文本为准`, `以英文为准`): the text that prevails, when its name is a language's.
  if ((m = PREVAILING_TEXT.exec(folded)) && languageCode(m[1])) {
    s.prevails = written(m, 1);
    s.prevailsCode = languageCode(m[1]);
    s.prevailsStart = run.at(m.index);
    s.prevailsEnd = run.end(m.index + m[0].length);
  }
  return s;
}
