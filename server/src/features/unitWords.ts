// The article word of the names the server writes — in a diagnostic's message, a hover, an inlay hint — as the text
// writes its own labels: a text in traditional characters (or an older treaty printed in them) labels its articles
// 第二條, and a message about it naming 第二条 names a label the text does not have (session 39's review).
import { Article, Treaty, foldedText, treatyText } from '../model/treaty';
import { conventionOf } from '../model/references';
import { INSTRUMENT_KINDS, NUMERAL_CHARS } from '../syntax/words';
import { Memo } from '../syntax/memo';
import { partitionPoint } from '../syntax/tree';
import { foldCode, foldScript } from '../syntax/script';
import { SIMPLIFIED, TRADITIONAL } from '../syntax/scriptTable';

/** The word closing article `a`'s label as the text writes it (条, 條, 款 …; `第十條之一`: the word before 之). */
export function labelWord(treaty: Treaty, a: Article): string {
  return treaty.text.slice(a.label.start, a.label.end).replace(/之[^之]*$/, '').trimEnd().slice(-1);
}

/** Whether the text's articles are labelled in traditional characters, `第一條`: read on its first article's label. */
export function labelsInTraditional(treaty: Treaty): boolean {
  if (treaty.tree.unitStyle !== 'article') return false;
  const a = treaty.articles[0];
  return a !== undefined && labelWord(treaty, a) === '條';
}

/** An article's name in the server's words, `第X条` (`第十条之一`, `第5条`, `第 5 条`), anywhere in a string. */
const ARTICLE_NAME = new RegExp(`(第[ \\u3000]?[${NUMERAL_CHARS}]{1,12}[ \\u3000]?)条`, 'g');

/** A count of articles, `共3条` (a message's `（共3条）`): the same word. */
const ARTICLE_COUNT = /(共[0-9]{1,6})条/g;

/** A title quoted in 《》: another instrument's words (`《关于第 2 条豁免的附属档案》`), never rewritten. */
const QUOTED_TITLE = /(《[^《》]*》)/;

/** `s` with every article name `第X条` and count `共N条` written `第X條`, `共N條` (only the word: the number, a quoted title and everything else as they are). */
export function withTraditionalArticleWord(s: string): string {
  if (s.indexOf('条') < 0) return s;
  return s.split(QUOTED_TITLE).map((part, i) => (i % 2 === 1 ? part : part.replace(ARTICLE_NAME, '$1條').replace(ARTICLE_COUNT, '$1條'))).join('');
}

/** The article names of `s` in the text's own word: `第X條` in a text that labels its articles so, else `s` itself. */
export function inTextWord(treaty: Treaty, s: string): string {
  return labelsInTraditional(treaty) ? withTraditionalArticleWord(s) : s;
}

/** A label whose number is written in digits, `第1条`, `第 10-1 條`, `第１２条之一` (spaces in it aside). */
const DIGIT_LABEL = /^第[ \u3000]*[0-9０-９][0-9０-９\-－ \u3000]*[条條](?:之[ \u3000]*[0-9０-９一二三四五六七八九十]+)?$/;

/**
 * Article `a`'s name as a drafter reads it in the outline and a hover's heading: its label as written when its number is in
 * digits (`第1条`, Taiwan's `第 10-1 條` as `第10-1條`: the text's own numbering, not the server's `第一条`), else its name in
 * the text's word (inTextWord: `第一條`).
 */
export function shownName(treaty: Treaty, a: Article): string {
  return digitLabel(treaty, a) ?? inTextWord(treaty, a.name);
}

/** The articles chapter `c` holds, as a hover and a completion item show them: `第十条至第二十条`, `第五条`, or '' when none. */
export function heldArticles(treaty: Treaty, c: { start: number; end: number }): string {
  // The articles are in the text's order: the first at or after the chapter's start found by halves (completion asks for every chapter).
  const articles = treaty.articles;
  const lo = partitionPoint(articles.length, (k) => articles[k].start < c.start);
  let last = lo;
  while (last < articles.length && articles[last].end <= c.end) last++;
  if (last === lo) return '';
  const first = shownName(treaty, articles[lo]);
  return last === lo + 1 ? first : `${first}至${shownName(treaty, articles[last - 1])}`;
}

/** Article `a`'s label as written, spaces in it aside, when its number is in digits (`第1条`); else undefined. */
export function digitLabel(treaty: Treaty, a: Article): string | undefined {
  const text = treatyText(treaty);
  // Told first by its code units, 第 and a digit after it (spaces between): the outline asks every article, most are 第…条
  // in Chinese numerals, and the label cut out and matched cost each a string and a match.
  const { start, end } = a.label;
  if (text.charCodeAt(start) !== 0x7b2c /* 第 */) return undefined;
  let i = start + 1;
  while (i < end && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x3000)) i++;
  const c = text.charCodeAt(i);
  if (i >= end || !((c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19))) return undefined;
  const label = text.slice(start, end);
  return DIGIT_LABEL.test(label) ? label.replace(/[ \u3000]+/g, '') : undefined;
}

/** Characters only simplified script writes (a simplified form no traditional character is written as: 国, 议, 条; not 于, 干, 台). */
let simplifiedOnly: Set<number> | undefined;
function simplifiedOnlyCodes(): Set<number> {
  if (simplifiedOnly) return simplifiedOnly;
  const traditional = new Set<number>();
  for (let i = 0; i < TRADITIONAL.length; i++) traditional.add(TRADITIONAL.charCodeAt(i));
  simplifiedOnly = new Set<number>();
  for (let i = 0; i < SIMPLIFIED.length; i++) if (!traditional.has(SIMPLIFIED.charCodeAt(i))) simplifiedOnly.add(SIMPLIFIED.charCodeAt(i));
  return simplifiedOnly;
}

const script = new Memo<Treaty, boolean>();

/**
 * Whether the text is written in traditional characters: more of its characters are traditional forms (國, 條, 協) than
 * forms only simplified script writes (国, 条, 协) — what the server writes into it (a clause, a snippet) is written so too.
 * A text of neither (no Chinese, or only characters both scripts share) is simplified.
 */
export function writesTraditional(treaty: Treaty): boolean {
  let known = script.get(treaty);
  if (known !== undefined) return known;
  const text = treaty.text;
  const simplified = simplifiedOnlyCodes();
  let t = 0;
  let s = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3400) continue;
    if (foldCode(c) !== c) t++;
    else if (simplified.has(c)) s++;
  }
  known = t > s;
  script.set(treaty, known);
  return known;
}

const selfWritten = new Memo<Treaty, string>();

/**
 * The self-reference completion writes: the one the text writes most among 本 + its kind and 本 + each kind of
 * instrument its kind ends with (a 谅解备忘录 that writes 本备忘录, a 联合声明 that writes 本声明), as the text writes it
 * (本備忘錄); the model's, from the title's kind (`treaty.selfRef`), where the text writes none.
 */
export function selfRefWritten(treaty: Treaty): string {
  let known = selfWritten.get(treaty);
  if (known !== undefined) return known;
  known = treaty.selfRef;
  const kind = treaty.kind;
  if (kind !== undefined && treaty.language === 'zh') {
    const folded = foldedText(treaty);
    let most = 0;
    for (const k of INSTRUMENT_KINDS) {
      if (!kind.endsWith(k)) continue;
      const word = `本${k}`;
      let n = 0;
      let first = -1;
      for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + word.length)) {
        if (first < 0) first = at;
        n++;
      }
      if (n > most) {
        most = n;
        known = treaty.text.slice(first, first + word.length);
      }
    }
  }
  selfWritten.set(treaty, known);
  return known;
}

/** The text's kind of instrument as its title writes it (協定 in a title 中華人民共和國…協定), for a message naming it; the kind where the title does not write it. */
export function kindWritten(treaty: Treaty): string {
  const { kind, title } = treaty;
  if (kind === undefined || title === undefined) return kind ?? '';
  const at = foldScript(title.text).lastIndexOf(kind);
  return at < 0 ? kind : title.text.slice(at, at + kind.length);
}

/**
 * The words the text names the units below an article with: a paragraph 款 and an item 项 (項 in traditional
 * characters); in a text of 條/項/款 (Taiwan's laws, older and UN texts: model/references.ts conventionOf 'xiang') a
 * paragraph 項 and an item 款 — a message about 第一條第三項 said 没有该款, an item there (session 40's review).
 */
export function unitWordsOf(treaty: Treaty): { paragraph: string; item: string } {
  const traditional = labelsInTraditional(treaty);
  const own = traditional ? '項' : '项';
  return conventionOf(treaty) === 'xiang' ? { paragraph: own, item: '款' } : { paragraph: '款', item: own };
}
