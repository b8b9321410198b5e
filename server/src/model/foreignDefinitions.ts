// Defined terms in a text in another language, read like the Chinese `（以下简称“双方”）`:
// `(hereinafter referred to as "the Parties")`, `(hereinafter "the Parties")`, `(hereinafter
// referred to as Hong Kong)`, `(далее — «Стороны»)`, `(далее именуемые «Стороны»)`, `, далее
// именуемые Сторонами,`, `(ci-après dénommées « les Parties »)`, several names at once (`"the
// Parties" and separately "a Party"`). The term is the name without its article (`Parties`);
// what it stands for is the phrase before the brackets. A term defined by what it means (`"party"
// means a State which has consented to be bound …;`, `«…» означает`, `« … » s'entend de`) stands for
// the whole clause after the verb. Uses of a term are found in its other
// forms too (`Party`, `Сторон`, `Сторонами`) by `termForms`. Offsets are the user's.
import { DEFINITION_ARTICLE, DEFINITION_INTRO, DEFINITION_JOIN, DEFINITION_VERB } from '../syntax/foreign';
import { once } from '../syntax/memo';
import { joinedRun } from '../syntax/runs';
import { SyntaxTree } from '../syntax/tree';
import { Definition } from './term';

/**
 * Each opening quotation mark with the marks that close it: `«…»`, `"…"`, `“…”`, German `„…“`,
 * `‘…’`, `'…'`. A name is closed by its own mark only, so an apostrophe inside `« l'Accord »`
 * or `"the Parties' Commission"` is part of it.
 */
const PAIRS: [string, string][] = [['«', '»'], ['"', '"'], ['“', '”“'], ['„', '“”'], ['‘', '’'], ["'", "'"]];
/** The marks no name holds: its closing marks, and any opening mark but the apostrophe. */
const OPENING = '«"“„‘`';
const quoted = (pairs: [string, string][]) => pairs
  .map(([open, close]) => `[${open}][ \\t\\u00a0]*([^${close}${OPENING}\\n()]{1,60}?)[ \\t\\u00a0]*[${close}]`)
  .join('|');
/** The name inside the marks matched by a `quoted` pattern (one group per pair). */
const nameIn = (q: RegExpExecArray): string => q.slice(1).find((x) => x !== undefined)!;
/**
 * The names' patterns, made at the first name read (`namesAt`), not at load: most texts checked hold none, and these two
 * cost ~5 M instructions to make (valgrind; `\p{…}` with the `u` flag), which every isolate of treaty-check paid.
 */
function makeNamePatterns() {
  return {
    /** A quoted name: its text inside the marks. */
    QUOTED: new RegExp(`^(?:${quoted(PAIRS)})`, 'u'),
    /** An unquoted name closing its brackets or between commas: `Hong Kong)`, `Сторонами,`. */
    BARE: /^(?:the\s+)?(\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+[\p{L}\p{M}'’-]+){0,4}?)[ \t]*(?=[),;])/u,
  };
}
const namePatterns = once(makeNamePatterns);
/** Where the phrase a term stands for starts, looking back. */
const PHRASE_BREAK = /[,;:\n!?]/;

export function findForeignDefinitions(raw: string, tree: SyntaxTree): Definition[] {
  const out: Definition[] = [];
  const lines = tree.lines;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.kind === 'blank' || line.kind === 'break') continue;
    // The line with the lines that continue its phrase (`…hereinafter` / `referred to as Hong Kong)`), read as one.
    const run = joinedRun(raw, lines, i);
    if (!run) continue;
    i = run.last;
    const content = run.s;
    const at = run.at;
    const end = (k: number) => (k > 0 ? run.at(k - 1) + 1 : run.at(0));
    // Terms defined by what they mean first: a short name given inside a meaning stands for part of it.
    const meant: Definition[] = [];
    meaningDefinitions(content, at, end, meant);
    DEFINITION_INTRO.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = DEFINITION_INTRO.exec(content))) {
      const names = namesAt(content, m.index + m[0].length, /[,;]\s*$/.test(content.slice(0, m.index)));
      if (!names.length) continue;
      const before = /\([ \t]*$/.exec(content.slice(0, m.index));
      const bracketed = before !== null;
      // A clause inside brackets after other words (`(including …, hereinafter referred to as Hong Kong)`) defines the phrase before the brackets.
      const open = bracketed ? -1 : openBracket(content, m.index);
      const clauseStart = bracketed ? m.index - before[0].length : open >= 0 ? open : m.index;
      let clauseEnd = names[names.length - 1].after;
      const close = /^[ \t]*\)/.exec(content.slice(clauseEnd));
      if ((bracketed || open >= 0) && close) clauseEnd += close[0].length;
      // `(the "Contracting Parties")`: an article and a name are a definition only when the bracket holds nothing else.
      else if (m[1] !== undefined) continue;
      let floor = line.rest !== undefined && line.rest > line.contentStart ? line.rest - line.contentStart : 0;
      // Inside a meaning (`"Fund" means the International Fund … (hereinafter "IFAD")`): the phrase starts no earlier than it.
      const within = meant.find((d) => d.meaningStart <= at(clauseStart) && at(clauseStart) < d.meaningEnd);
      if (within) floor = Math.max(floor, run.back(within.meaningStart));
      const phrase = phraseBefore(content, clauseStart, floor);
      for (const n of names) {
        out.push({
          term: n.term, start: at(n.start), end: end(n.end),
          meaning: content.slice(phrase.start, phrase.end), meaningStart: at(phrase.start), meaningEnd: end(phrase.end),
          clauseStart: at(clauseStart), clauseEnd: end(clauseEnd),
        });
      }
      // A short name ending the meaning is no part of it: the meaning ends with the phrase it names.
      if (within && end(clauseEnd) >= within.meaningEnd) {
        within.meaningEnd = end(phrase.end);
        within.meaning = content.slice(run.back(within.meaningStart), phrase.end);
      }
      DEFINITION_INTRO.lastIndex = names[names.length - 1].after;
    }
    out.push(...meant);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A quoted name anywhere in a line: `"Party"`, `` `cultural property’ ``, `«Сторона»`, `« Partie »`. */
const QUOTED_ANYWHERE = new RegExp(quoted([...PAIRS, ['`', '’`']]), 'gu');

/**
 * Terms defined by what they mean: `"Party" means a State which has consented to be bound by the
 * treaty and for which the treaty is in force;`, `the term \`cultural property’ means property
 * which, on religious or secular grounds, is specifically designated …:`. The meaning is the whole
 * clause after the verb, over its commas, verbs and relative clauses, up to `;`, a full stop, a
 * colon that opens a list, or the end of the line.
 */
function meaningDefinitions(content: string, at: (k: number) => number, end: (k: number) => number, out: Definition[]): void {
  QUOTED_ANYWHERE.lastIndex = 0;
  let q: RegExpExecArray | null;
  while ((q = QUOTED_ANYWHERE.exec(content))) {
    const verb = DEFINITION_VERB.exec(content.slice(q.index + q[0].length, q.index + q[0].length + 40));
    if (!verb) continue;
    const inner = nameIn(q);
    const article = DEFINITION_ARTICLE.exec(inner);
    const term = article && article[0].length < inner.length ? inner.slice(article[0].length) : inner;
    const start = q.index + q[0].indexOf(inner) + (inner.length - term.length);
    const from = q.index + q[0].length + verb[0].length;
    const to = clauseEnd(content, from);
    if (to <= from) continue;
    out.push({
      term, start: at(start), end: end(start + term.length),
      meaning: content.slice(from, to), meaningStart: at(from), meaningEnd: end(to),
      clauseStart: at(q.index), clauseEnd: at(from), byMeaning: true,
    });
    QUOTED_ANYWHERE.lastIndex = to;
  }
}

/** Where a definition's clause ends: `;`, a full stop before a space, a colon ending the line, outside brackets and quotes. */
function clauseEnd(content: string, from: number): number {
  let depth = 0;
  let end = content.length;
  for (let i = from; i < content.length; i++) {
    const c = content[i];
    if (c === '(' || c === '«' || c === '“') depth++;
    else if ((c === ')' || c === '»' || c === '”') && depth > 0) depth--;
    else if (depth === 0 && (c === ';' || (c === '.' && /^(?:\s|$)/.test(content.slice(i + 1, i + 2)) && !/(?:^|\s)(?:etc|e\.g|i\.e|No|art|para)$/i.test(content.slice(Math.max(from, i - 5), i))) || (c === ':' && /^\s*$/.test(content.slice(i + 1))))) {
      end = i;
      break;
    }
  }
  while (end > from && /[\s,]/.test(content[end - 1])) end--;
  return end;
}

/** The names defined at `at`: quoted ones (joined by `or`, `и`, `et` …), or one unquoted name. */
function namesAt(content: string, at: number, afterComma: boolean): { term: string; start: number; end: number; after: number }[] {
  const { QUOTED, BARE } = namePatterns();
  const out: { term: string; start: number; end: number; after: number }[] = [];
  let rest = content.slice(at);
  let q = QUOTED.exec(rest);
  if (!q) {
    const b = BARE.exec(rest);
    // Unquoted: closing the brackets, or between commas (`, далее именуемые Сторонами,`).
    if (!b || (rest[b[0].length] !== ')' && !afterComma)) return out;
    const name = b[1].trim();
    const start = at + b[0].indexOf(b[1]);
    return name ? [{ term: name, start, end: start + name.length, after: at + b[0].length }] : out;
  }
  while (q) {
    const inner = nameIn(q);
    const article = DEFINITION_ARTICLE.exec(inner);
    const term = article && article[0].length < inner.length ? inner.slice(article[0].length) : inner;
    const start = at + q[0].indexOf(inner) + (inner.length - term.length);
    out.push({ term, start, end: start + term.length, after: at + q[0].length });
    at += q[0].length;
    rest = content.slice(at);
    const join = DEFINITION_JOIN.exec(rest);
    if (!join) break;
    q = QUOTED.exec(rest.slice(join[0].length));
    if (q) {
      at += join[0].length;
      rest = content.slice(at);
    }
  }
  return out;
}

/** The `(` left open before `at` on the line, or -1. */
function openBracket(content: string, at: number): number {
  let depth = 0;
  for (let i = at - 1; i >= 0 && at - i <= 300; i--) {
    const c = content[i];
    if (c === ')') depth++;
    else if (c === '(') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/** The phrase before `at`: back to a comma, semicolon or colon outside brackets, or the line's body. */
function phraseBefore(content: string, at: number, floor: number): { start: number; end: number } {
  let end = at;
  while (end > floor && /[\s,]/.test(content[end - 1])) end--;
  let start = end;
  let depth = 0;
  while (start > floor) {
    const c = content[start - 1];
    if (c === ')') depth++;
    else if (c === '(') {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && (PHRASE_BREAK.test(c) || (c === '.' && /\s/.test(content[start] ?? '')))) break;
    start--;
  }
  // Leading markdown (a bullet, emphasis) and spaces are not part of it.
  while (start < end && /[-*\s]/.test(content[start])) start++;
  return { start, end };
}

/**
 * The forms a term is used in: its last word inflected (`Parties`, `Party`; `Стороны`,
 * `Сторон`, `Сторонами`), the words before it as defined. A pattern for whole words.
 */
export function termForms(term: string): RegExp {
  const words = term.split(/\s+/).map(escape);
  const last = words.pop()!;
  let tail: string;
  if (/[а-яё]$/i.test(last)) {
    const stem = last.replace(RU_ENDING, '');
    tail = `${stem.length >= 3 ? stem : last}\\p{L}{0,4}`;
  }
  else if (/ies$/.test(last)) tail = `${last.slice(0, -3)}(?:ies|y)`;
  else if (/y$/.test(last)) tail = `${last.slice(0, -1)}(?:y|ies)`;
  else if (/s$/.test(last)) tail = `${last}?`;
  else tail = `${last}(?:e?s)?`;
  return new RegExp(`(?<![\\p{L}\\p{M}])${[...words, tail].join('\\s+')}(?![\\p{L}\\p{M}])`, 'gu');
}

/** A Russian noun's case ending: `Сторон|ами`, `Сторон|ы`, `Государств|а`. */
const RU_ENDING = /(?:ами|ями|ах|ях|ам|ям|ой|ей|ою|ею|ом|ем|ов|ев|а|я|ы|и|у|ю|е|о)$/;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
