// The preamble's own span: from its first words (the sentence naming the parties, `中华人民共和国和俄罗斯联邦（以下简称“缔约
// 双方”），`, `The High Contracting Parties,`, `Российская Федерация и Китайская Народная Республика …`, or its first recital) to
// the first article. The parser's preamble block is everything between the title and the first article: on a page that also
// holds what the page or a database sets over the preamble — its fields (`簽訂日期: 民國 34 年 08 月 14 日`, `[Date] July 16,
// 2001`, `[Source] … pp.523-527.`), a note under a rule (`_____` / `* Вступило в силу 20 января 1992 г.`), the title again with its
// date and place, a heading naming the preamble (`### Preamble`, `序言 编辑`). Their numbers are none of the preamble's: a
// comparison of two texts' preambles (features/divergence.ts) reads this span. Pure, once per model.
import type { Treaty } from './treaty';
import { numbersBetween } from './quantities';
import { foldScript } from '../syntax/script';
import { MONTHS } from '../syntax/foreign';
import { Memo } from '../syntax/memo';
import {
  CLAUSE_END, DATE_LINE_WORDS, PAGE_BRACKETED, PAGE_CAPITALS, PAGE_FIELD, PAGE_NOTE, PAGE_RECORD_OPENING, PAGE_REMARK, PAGE_RULE, PAGE_TABLE_ROW, PREAMBLE_HEADING,
  PREAMBLE_OPENING,
} from '../syntax/words';

export interface Span {
  start: number;
  end: number;
}

/**
 * A block of lines over the preamble that ends no clause (`Ратифицировано` / `Федеральным законом РФ` / `от 15 июля 1995 года N
 * 104-ФЗ`; a database's `沿革:` / `1.中華民國三十四年八月十四日…宣告廢止`; the title again, its parties and its date) is the page's
 * when it is at most this long and more of the preamble follows it: a preamble's paragraph runs on into the next only where a
 * page broke it (the Korean Armistice's `…until a final peaceful` / (blank) / `settlement is achieved`, 370 characters).
 */
const MAX_HEAD_BLOCK = 240;

const cache = new Memo<Treaty, Span | undefined>();

/**
 * The preamble's own span in `treaty` (read in language `lang`), or undefined when it has no preamble. Empty (start = end)
 * when the preamble block holds a page's lines alone (a database that elides the preamble: `[Preamble] (...)`). Kept per
 * model alone: `lang` is the document's own language (features/divergence.ts `languageOf`), one for each model.
 */
export function preambleSpan(treaty: Treaty, lang: string | undefined): Span | undefined {
  if (cache.has(treaty)) return cache.get(treaty);
  const span = compute(treaty, lang);
  cache.set(treaty, span);
  return span;
}

interface Line {
  start: number;
  end: number;
  /** The line's words, trimmed, markdown's heading marks and bold taken off. */
  words: string;
}

function compute(treaty: Treaty, lang: string | undefined): Span | undefined {
  const p = treaty.preamble;
  if (!p) return undefined;
  const text = treaty.text;
  const lines: Line[] = [];
  for (let at = p.start; at < p.end; ) {
    let eol = text.indexOf('\n', at);
    if (eol < 0 || eol > p.end) eol = p.end;
    lines.push({ start: at, end: eol, words: text.slice(at, eol).trim().replace(/^#{1,6}[ \t]+/, '').replace(/^\*\*([^*]+)\*\*$/, '$1').trim() });
    at = eol + 1;
  }
  // After the last heading naming the preamble: what stands above it is the page's (`*Adopted by ICOMOS in December 1982.*` /
  // `### Preamble`).
  let k = 0;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (PREAMBLE_HEADING.test(lines[i].words)) {
      k = i + 1;
      break;
    }
  }
  let afterRule = false;
  while (k < lines.length) {
    const l = lines[k];
    const w = l.words;
    if (!w) {
      afterRule = false;
      k++;
      continue;
    }
    if (PAGE_RULE.test(w)) {
      afterRule = true;
      k++;
      continue;
    }
    if ((afterRule && PAGE_NOTE.test(w)) || PAGE_REMARK.test(w) || pageLine(w) || dateAlone(treaty, lang, l)) {
      k++;
      continue;
    }
    // A database's record, `Принято` / `Правительством Российской Федерации` / `27 января 1994 года,` / …: to the first line
    // ending a clause that says no date alone (the preamble's `Правительство Российской Федерации, …, далее именуемые …,`).
    if (PAGE_RECORD_OPENING.test(w)) {
      k++;
      while (k < lines.length && lines[k].words && (!CLAUSE_END.test(lines[k].words) || dateAlone(treaty, lang, lines[k]))) k++;
      continue;
    }
    afterRule = false;
    // A block of lines to the next blank one, ending no clause, with more of the preamble after it: the page's when it says a
    // number or a date and is short, or when a page's line follows it (the title again over lines, then `СОГЛАШЕНИЕ` / `27 июня
    // 1997 г.`). Not a party's name on a line of its own (`經…授權簽訂本協定的中華人民共和國澳門特別行政區` / `荷蘭王國,`).
    let e = k;
    while (e + 1 < lines.length && lines[e + 1].words) e++;
    let n = e + 1;
    while (n < lines.length && !lines[n].words) n++;
    const last = lines[e].words.replace(/[*_]+$/, '');
    if (n < lines.length && !CLAUSE_END.test(last)) {
      const says = () => { const x = numbersBetween(treaty, lang, l.start, lines[e].end); return x.dates.length + x.quantities.length > 0; };
      if (pageLine(lines[n].words) || PAGE_RULE.test(lines[n].words) || dateAlone(treaty, lang, lines[n]) || (lines[e].end - l.start <= MAX_HEAD_BLOCK && says())) {
        k = e + 1;
        continue;
      }
    }
    break;
  }
  const start = k < lines.length ? lines[k].start : p.end;
  return { start, end: p.end };
}

/** A line a page sets over the preamble (words.ts PAGE_*): a field, a row of a table, a line in capitals alone or wholly in brackets. */
function pageLine(w: string): boolean {
  const field = PAGE_FIELD.exec(w);
  if (field && !(field[1] && PREAMBLE_OPENING.test(foldScript(field[1])))) return true;
  return PAGE_TABLE_ROW.test(w) || PAGE_CAPITALS.test(w) || PAGE_BRACKETED.test(w);
}

/** A line saying a date and nothing else (a month's name or the year's word beside it, punctuation and brackets aside: `1994年9月3日`, `мая 1991 г.`, `27 июня 1997 г.`). */
function dateAlone(treaty: Treaty, lang: string | undefined, l: Line): boolean {
  const n = numbersBetween(treaty, lang, l.start, l.end);
  if (n.dates.length !== 1 || n.quantities.length) return false;
  const d = n.dates[0];
  const rest = (treaty.text.slice(l.start, d.start) + ' ' + treaty.text.slice(d.end, l.end)).replace(/\p{L}+/gu, (word) => (MONTHS[word.toLowerCase()] !== undefined || DATE_LINE_WORDS.includes(word.toLowerCase()) ? ' ' : word));
  return /^[\s()（）［］[\]—–\-.,，。]*$/u.test(rest);
}
