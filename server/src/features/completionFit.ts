// What a completion needs to know about the document to fit what it writes: the
// heading style and the next article number, the self-reference and the parties,
// the languages to offer, the final clauses present, whether the document is empty
// but for what is being typed, and today's date. Read once per request (`fitOf`
// memoises it on the request), however many providers use it.
import { Article } from '../model/treaty';
import { Signing } from '../model/signing';
import { FinalClause, HeadingStyle, articleBefore, blankBetweenArticles, finalClausesOf, formatLabel, formatNumber, headingStyleAt, nextArticleNumber } from '../model/clauses';
import { Treaty, foldedText } from '../model/treaty';
import { foldScript } from '../syntax/script';
import { languageOf, partyInfoOf } from '../model/parties';
import { CompletionRequest } from './completionCommon';
import { Memo } from '../syntax/memo';
import { MANY_PARTIES, MANY_PARTY_WORDS, TWO_PARTIES } from '../syntax/words';
import { labelWith } from './renumber';
import { labelWord, selfRefWritten, writesTraditional } from './unitWords';

export interface Fit {
  /** 本协议, 本条约 …: the title's kind; `known` is false when no title names one. */
  self: string;
  selfKnown: boolean;
  /** 双方, 缔约双方, 缔约各方. */
  term: string;
  /** The parties' names, in the order written (empty when unknown). */
  parties: string[];
  multilateral: boolean;
  /** The heading style at the cursor, the number the next article takes, and its heading with the number as `${1:…}`. */
  style: HeadingStyle;
  next: number;
  heading: string;
  /** The unit word of an article's label as the text writes it (`unitWordAt`): 条, 條, or 款 (older treaties). */
  word: string;
  /**
   * In a text of points (a memorandum's or minutes' `一、`, a resolution's `1.`): the next point's label as the text
   * writes its points (`五、`, `5.`), and `heading` is that label with the number as `${1:…}`, the clause written
   * after it on its line; undefined in a text of articles.
   */
  point?: string;
  /**
   * The text sets no blank line between its articles (`blankBetweenArticles`: a page printing its lines as they come): an
   * article completion writes has none either, under its heading or between its paragraphs.
   */
  tight: boolean;
  /** The signing clause as written (its date and place are reused). */
  signing?: Signing;
  /** The language lists to offer for the signing clause, most likely first; empty when they cannot be told. */
  languages: string[][];
  /** The final clauses the document has, each with its article. */
  finalClauses: ReadonlyMap<FinalClause, Article>;
  /** Nothing in the document but what is typed on the cursor's line: a new file. */
  empty: boolean;
  /** The line being typed is the document's title (so the title is no title yet). */
  onTitle: boolean;
  /** Today, as the request was made. */
  today: { year: number; month: number; day: number };
  /** The text is written in traditional characters (`writesTraditional`): clauses and snippets are written so too. */
  traditional: boolean;
  /** Snippet variables the server fills in itself: CURRENT_YEAR, CURRENT_MONTH, CURRENT_DATE (written as treaties write dates: `6`, not `06`). */
  variables: Record<string, string>;
}

const memo = new Memo<CompletionRequest, Fit>();

/** `name` (read folded to simplified) as the text writes it, where the text writes it; else as read. */
function asWritten(treaty: Treaty, name: string): string {
  const at = foldedText(treaty).indexOf(name);
  return at < 0 ? name : treaty.text.slice(at, at + name.length);
}

/** The document's fit, read once per request. */
export function fitOf(req: CompletionRequest): Fit {
  let fit = memo.get(req);
  if (!fit) memo.set(req, (fit = readFit(req)));
  return fit;
}

function readFit(req: CompletionRequest): Fit {
  const { treaty, lineIndex } = req;
  const lines = treaty.tree.lines;
  let empty = true;
  for (let i = 0; i < lines.length && empty; i++) if (i !== lineIndex && lines[i].kind !== 'blank') empty = false;
  const onTitle = treaty.title !== undefined && treaty.title.line.start === req.line.start;
  const partyInfo = empty ? { names: [] as string[], term: '双方' } : partyInfoOf(treaty);
  const style = headingStyleAt(treaty, req.offset);
  const next = nextArticleNumber(treaty, req.offset);
  const word = unitWordAt(treaty, req.offset);
  const point = style.paragraphs ? pointLabelAt(treaty, req.offset, next) : undefined;
  // What the points write between the label and their text (a resolution's `1. 决定…`), written after the label too.
  const gap = point !== undefined ? pointGap(treaty, req.offset) : '';
  const now = req.now;
  const today = { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
  const selfKnown = !empty && !onTitle && treaty.kind !== undefined;
  const traditional = !empty && writesTraditional(treaty);
  // The parties and their term as the text writes them: the model reads them folded to simplified (中华人民共和国 of
  // a title 中華人民共和國…), and a term the text never defined is 双方, 雙方 in traditional characters.
  const parties = traditional ? partyInfo.names.map((n) => asWritten(treaty, n)) : partyInfo.names;
  // A text naming no two parties that counts them as many (`各缔约国`) and never as two: a multilateral instrument (a
  // convention), whose parties are its 缔约国 — it was offered `一式两份` and `自双方通过外交途径相互通知…`.
  const many = !empty && partyInfo.names.length < 2 && MANY_PARTIES.test(foldedText(treaty)) && !TWO_PARTIES.test(foldedText(treaty));
  const manyWord = many ? asWritten(treaty, MANY_PARTY_WORDS.find((w) => foldedText(treaty).includes(w)) ?? '缔约各方') : undefined;
  const term = manyWord ?? (traditional && partyInfo.term === '双方' && !treaty.text.includes('双方') ? '雙方' : partyInfo.term);
  const signing = empty ? undefined : treaty.signing;
  return {
    self: selfRefWritten(treaty),
    selfKnown,
    term,
    parties,
    multilateral: partyInfo.names.length > 2 || /各方/.test(partyInfo.term) || many,
    style,
    next,
    heading: point !== undefined ? pointSnippet(point) + gap : headingSnippet(next, style, word),
    word,
    point,
    tight: !empty && !blankBetweenArticles(treaty),
    signing,
    languages: languageOptions(signing?.languages, partyInfo.names),
    finalClauses: empty ? new Map() : finalClausesOf(treaty),
    empty,
    onTitle,
    today,
    traditional,
    variables: { CURRENT_YEAR: String(today.year), CURRENT_MONTH: String(today.month), CURRENT_DATE: String(today.day) },
  };
}

/**
 * The unit word closing an article's label as the text writes it, at an offset (that of the article before it, as
 * the heading style is read): 條 in a text in traditional characters, 款 in an older treaty numbering its articles
 * 第一款; 条 when no article tells. What completion writes — a heading, a reference — is written in it.
 */
export function unitWordAt(treaty: Treaty, offset: number): string {
  const model = unitBefore(treaty, offset);
  if (!model || treaty.tree.unitStyle !== 'article') return '条';
  const last = labelWord(treaty, model);
  const folded = foldScript(last);
  return folded === '条' || folded === '款' ? last : '条';
}

/**
 * The label of point `n` written as the point before `offset` writes its own (or the first point): `5.` after a
 * resolution's `4.`, `（五）`, `５．`, `五、`; undefined when the text has no point.
 */
export function pointLabelAt(treaty: Treaty, offset: number, n: number): string | undefined {
  const model = unitBefore(treaty, offset);
  return model && labelWith(treaty.text.slice(model.label.start, model.label.end), n, treaty.text);
}

/** The article or point before `offset` (or holding it), or the first: the one whose writing the next follows. */
function unitBefore(treaty: Treaty, offset: number): Article | undefined {
  return articleBefore(treaty, offset) ?? treaty.articles[0];
}

/**
 * The spaces between the label of the point before `offset` and its text on its line (none when it writes none); a label alone on
 * its line (a numeral, `一` / its text / `二`: syntax/lines.ts bareNumeralPoints), the line breaks it writes before its text.
 */
function pointGap(treaty: Treaty, offset: number): string {
  const model = unitBefore(treaty, offset);
  const rest = model?.head.rest;
  if (model && model.head.contentEnd === model.label.end) {
    const breaks = /^[ \t\u3000]*((?:\r?\n[ \t\u3000]*)+)(?=\S)/.exec(treaty.text.slice(model.label.end, model.label.end + 200));
    if (breaks) return '\n'.repeat(breaks[1].split('\n').length - 1);
  }
  if (!model || rest === undefined || rest < model.label.end) return '';
  const gap = treaty.text.slice(model.label.end, rest);
  return /^[ \t\u3000]{1,3}$/.test(gap) ? gap : '';
}

/** A point's label with its number as the first placeholder: `${1:五}、`, `${1:5}.`. */
function pointSnippet(label: string): string {
  const esc = (x: string) => x.replace(/[$}\\]/g, '\\$&');
  const num = /[0-9０-９]+|[〇零一二两三四五六七八九十百千]+/.exec(label);
  if (!num) return esc(label);
  return `${esc(label.slice(0, num.index))}\${1:${num[0]}}${esc(label.slice(num.index + num[0].length))}`;
}

/** A label formatted with 条 (`formatLabel`), written with the text's own unit word. */
export function inWord(label: string, word: string): string {
  return word !== '条' && label.endsWith('条') ? label.slice(0, -1) + word : label;
}

/** The heading of a new article, with the number as the first placeholder: `## 第${1:十三}条`. */
export function headingSnippet(n: number, style: HeadingStyle, word = '条'): string {
  const s: HeadingStyle = style.paragraphs ? { level: 2, spaced: false, arabic: false, paragraphs: false } : style;
  const label = s === style ? inWord(formatLabel(n, s), word) : formatLabel(n, s);
  const num = formatNumber(n, s);
  const at = label.indexOf(num);
  const withPlaceholder = `${label.slice(0, at)}\${1:${num}}${label.slice(at + num.length)}`;
  return s.level > 0 ? `${'#'.repeat(s.level)} ${withPlaceholder}` : withPlaceholder;
}

/**
 * The language lists to offer, the most likely first: those the signing clause
 * already names, then those of the parties (when every party's language is known),
 * with Russian (the region's common language) or English added. Empty when neither
 * the clause nor the parties tell.
 */
export function languageOptions(existing: readonly string[] | undefined, parties: string[]): string[][] {
  const out: string[][] = [];
  const add = (l: readonly string[]) => {
    const list = [...new Set(l.filter(Boolean))];
    if (list.length >= 1 && !out.some((o) => o.join() === list.join())) out.push(list);
  };
  if (existing && existing.length > 0) add(existing);
  const own = parties.map(languageOf);
  if (parties.length === 0 || own.some((l) => l === undefined)) return out;
  const known = own as string[];
  // Chinese first, Russian last.
  const ordered = (l: string[]) => [...l].sort((a, b) => rank(a) - rank(b));
  if (parties.length > 2) add(['中文', '俄文']);
  if (new Set(known).size >= 2) add(ordered(known));
  add(ordered([...known, '俄文']));
  add(['中文', '俄文']);
  add(ordered([...known, '英文']));
  return out;
}

function rank(lang: string): number {
  return lang === '中文' ? 0 : lang === '俄文' ? 2 : lang === '英文' ? 3 : 1;
}

