// The clause snippets of snippets/treaty.code-snippets, offered by the server as
// completion items so that markdown files that are treaties get them too (the
// manifest contributes the file for the `treaty` language only). One source of
// truth: server.ts imports the JSON at build time and hands it to `readSnippets`.
// Each snippet is fitted to the document before it is offered: the self-reference
// (本协议 / 本条约) and the party term come first among its choices, and an article
// snippet's `## 第N条` becomes the next article heading in the document's style.
import { MANY_PARTY_CLAUSE, SNIPPET_SELF_REFS, TWO_PARTY_CLAUSE } from '../syntax/words';
import { foldScript } from '../syntax/script';

/** One entry of a `.code-snippets` file, as written. */
interface SnippetDefinition {
  prefix: string | string[];
  body: string | string[];
  description?: string;
  scope?: string;
  isFileTemplate?: boolean;
}

export interface Snippet {
  name: string;
  prefixes: string[];
  body: string;
  description: string;
  /** A whole-document template. */
  isFileTemplate: boolean;
  /** The body opens with an article heading `## 第${1:N}条`. */
  isArticle: boolean;
}

const ARTICLE_HEAD = /^#{1,6} 第\$\{1:N\}[条條]\n/;
/** The heading and the blank lines after it, replaced by a point's label that the text follows on its line. */
const ARTICLE_HEAD_BLANKS = /^#{1,6} 第\$\{1:N\}[条條]\n(?:[ \t]*\n)*/;

/** Validates and normalises the imported JSON; entries that are not snippets are skipped. */
export function readSnippets(json: unknown): Snippet[] {
  const out: Snippet[] = [];
  if (!json || typeof json !== 'object') return out;
  for (const [name, raw] of Object.entries(json as Record<string, unknown>)) {
    const d = raw as Partial<SnippetDefinition> | undefined;
    if (!d || typeof d !== 'object' || d.body === undefined || d.prefix === undefined) continue;
    const body = Array.isArray(d.body) ? d.body.join('\n') : String(d.body);
    const prefixes = (Array.isArray(d.prefix) ? d.prefix : [d.prefix]).map(String);
    out.push({
      name, prefixes, body, description: d.description ?? '', isFileTemplate: d.isFileTemplate === true, isArticle: ARTICLE_HEAD.test(body),
    });
  }
  return out;
}

export interface SnippetFit {
  /** 本协议, 本条约 … (undefined when the title does not tell: the snippet's choice stays as written). */
  selfRef?: string;
  /** 双方, 缔约双方, 缔约各方. */
  partyTerm: string;
  /** The heading with a `${1:…}` placeholder on the number: `## 第${1:十三}条`. */
  heading: string;
  /** The heading is a point's label (`${1:五}、`): the article's text follows it on its line, not after a blank line. */
  inline?: boolean;
  /** The text sets no blank line between its articles: none under the heading nor between the paragraphs either. */
  tight?: boolean;
  /** The number of the article on entry into force and termination (`十二`), for `按照本协议第${4:N}条执行`. */
  entryIntoForce?: string;
}

const PARTY_TERMS = /^(?:缔约)?(?:双方|各方)$|^所有缔约方$/;
const CHOICE = /\$\{(\d+)\|((?:[^|\\]|\\.)*)\|\}/g;

/** The snippet body fitted to the document (see the header). */
export function fitSnippet(s: Snippet, fit: SnippetFit): string {
  let body = s.body;
  if (s.isArticle) body = fit.inline ? body.replace(ARTICLE_HEAD_BLANKS, fit.heading) : body.replace(ARTICLE_HEAD, `${fit.heading}\n`);
  if (s.isArticle && fit.tight) body = withoutBlankLines(body);
  if (fit.entryIntoForce) body = body.replace(/第\$\{(\d+):N\}([条條])/g, (_, i: string, word: string) => `第\${${i}:${fit.entryIntoForce}}${word}`);
  // The choices read in either script (a traditional snippet offers 本協議,本協定,本條約; the text's 本協定 is 本协定 folded).
  const self = fit.selfRef !== undefined ? foldScript(fit.selfRef) : undefined;
  const term = foldScript(fit.partyTerm);
  return body.replace(CHOICE, (whole, index: string, list: string) => {
    const options = list.split(/(?<!\\),/);
    const folded = options.map(foldScript);
    if (self && options.length > 0 && folded.every((o) => SNIPPET_SELF_REFS.has(o))) return choice(index, first(options, fit.selfRef!, self));
    if (options.length > 0 && folded.every((o) => PARTY_TERMS.test(o)) && folded.includes(term)) return choice(index, first(options, fit.partyTerm, term));
    return whole;
  });
}

/** `body` with no blank line: each run of line breaks (blank lines between them) one break. */
export function withoutBlankLines(body: string): string {
  return body.replace(/\n(?:[ \t]*\n)+/g, '\n');
}

/** `wanted` first, then the options that are not it (in either script: `folded` is `wanted` read as simplified). */
function first(options: string[], wanted: string, folded: string): string[] {
  return [wanted, ...options.filter((o) => foldScript(o) !== folded)];
}

function choice(index: string, options: string[]): string {
  return `\${${index}|${options.join(',')}|}`;
}

/** Which parties a clause is written for: two (the bilateral family), many (the multilateral), or either. */
export type Family = 'two' | 'many' | undefined;

const families = new WeakMap<Snippet, Family>();
const PLACEHOLDER = /\$\{\d+:[^{}]*\}/g;

/**
 * The family a snippet's clause belongs to, read from its words: those counting the parties as two (`自双方通过外交途径相互通知`,
 * `通知另一方`, `一式两份，每份均用`) or as many (`任何缔约方`, `保存机关`, `加入书`), outside its placeholders (the drafter's to fill)
 * and its choices — but a choice whose every option counts two (`\${2|双方,缔约双方|}`) is the bilateral family's; one offering
 * both (`\${2|双方,缔约双方,缔约各方|}`) fits either. Undefined for a clause of either family, and for a whole-text template.
 */
export function snippetFamily(s: Snippet): Family {
  if (families.has(s)) return families.get(s);
  let family: Family;
  if (!s.isFileTemplate) {
    const body = foldScript(s.body);
    let twoChoice = false;
    const words = body.replace(CHOICE, (_, _i: string, list: string) => {
      const options = list.split(/(?<!\\),/);
      if (options.every((o) => TWO_PARTY_CLAUSE.test(o))) twoChoice = true;
      return '';
    }).replace(PLACEHOLDER, '');
    const many = MANY_PARTY_CLAUSE.test(words);
    const two = twoChoice || TWO_PARTY_CLAUSE.test(words);
    family = many && !two ? 'many' : two && !many ? 'two' : undefined;
  }
  families.set(s, family);
  return family;
}

/** Variables the server fills in itself (the date, as treaties write it: `6月`, not `06月`). */
const VARIABLE = /(?<!\\)\$(?:\{(CURRENT_(?:YEAR|MONTH|DATE))(?::[^}]*)?\}|(CURRENT_(?:YEAR|MONTH|DATE))(?![A-Z_]))/g;

/**
 * The body with `$CURRENT_YEAR`, `$CURRENT_MONTH` and `$CURRENT_DATE` replaced by
 * the values given, so that every client (and every preview) writes the same date,
 * the one of the request.
 */
export function fillVariables(body: string, values: Record<string, string>): string {
  return body.replace(VARIABLE, (whole, a: string | undefined, b: string | undefined) => {
    const v = values[(a ?? b)!];
    return v === undefined ? whole : v.replace(/[$}\\]/g, '\\$&');
  });
}

/**
 * The text a snippet inserts when every placeholder keeps its default and every
 * choice its first option: what the documentation shows before insertion.
 */
export function expandSnippet(body: string, variables: Record<string, string> = {}): string {
  const values = new Map<string, string>();
  let i = 0;
  const seq = (nested: boolean): string => {
    let out = '';
    while (i < body.length) {
      const c = body[i];
      if (c === '\\' && i + 1 < body.length && '$}\\'.includes(body[i + 1])) {
        out += body[i + 1];
        i += 2;
        continue;
      }
      if (c === '}' && nested) return out;
      if (c !== '$') {
        out += c;
        i++;
        continue;
      }
      const rest = body.slice(i + 1, i + 64);
      let m: RegExpExecArray | null;
      if ((m = /^(\d+)/.exec(rest)) || (m = /^\{(\d+)\}/.exec(rest))) {
        i += 1 + m[0].length;
        out += values.get(m[1]) ?? '';
      } else if ((m = /^([A-Z_][A-Z_0-9]*)/.exec(rest)) || (m = /^\{([A-Z_][A-Z_0-9]*)\}/.exec(rest))) {
        i += 1 + m[0].length;
        out += variables[m[1]] ?? '';
      } else if ((m = /^\{(\d+)\|/.exec(body.slice(i + 1)))) {
        const close = body.indexOf('|}', i);
        const options = body.slice(i + 1 + m[0].length, close < 0 ? body.length : close).split(/(?<!\\),/);
        const v = (options[0] ?? '').replace(/\\(.)/g, '$1');
        if (!values.has(m[1])) values.set(m[1], v);
        out += v;
        i = close < 0 ? body.length : close + 2;
      } else if ((m = /^\{(\d+|[A-Z_][A-Z_0-9]*):/.exec(rest))) {
        i += 1 + m[0].length;
        const inner = seq(true);
        i++; // }
        const v = /^\d/.test(m[1]) ? inner : variables[m[1]] ?? inner;
        if (/^\d/.test(m[1]) && !values.has(m[1])) values.set(m[1], v);
        out += v;
      } else {
        out += c;
        i++;
      }
    }
    return out;
  };
  seq(false);
  // Second pass: mirrors written before their placeholder now have a value.
  i = 0;
  values.delete('0');
  return seq(false);
}
