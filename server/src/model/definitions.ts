// Defined terms: `（以下简称“双方”）`, `(以下简称"双方")`, `（以下简称“本组织”或“组织”）`,
// `，以下简称“缔约各方”，`, `以下合并简称“双方”`, `以下统称`, `以下称`, `（下称“…”）`,
// `（简称“…”）`, `「」` quotes, unquoted in brackets `（以下简称缔约双方）`, and in
// traditional characters `（以下簡稱“雙方”）` (matched folded, kept as written). The term is
// the quoted text; what it stands for is the noun phrase written just before. Texts in other
// languages are read by foreignDefinitions.ts (`(hereinafter referred to as "the Parties")`).
import { SyntaxTree } from '../syntax/tree';
import { eachRun, holding } from '../syntax/runs';
import { foldScript } from '../syntax/script';
import { findForeignDefinitions } from './foreignDefinitions';

import { Definition } from './term';
export type { Definition } from './term';

/** The words that introduce a short name: 以下简称, 以下合并简称, 以下统称, 以下称, 下称, （简称. */
const INTRO = '(?:(?:以下|下文)(?:合并|一并|分别|统一|均|合|统|并)?(?:简称|称)|(?<=[（(，,][ \\t]*)(?:下称|简称|统称|合称|并称))';
const QUOTES = '((?:[“"「『][^”"」』\\n]{1,30}[”"」』](?:[ \\t]*[或和及、][ \\t]*)?)+)';
/** Unquoted: closing its brackets `（以下简称缔约双方）`, `（包括…，以下称香港）`, or between commas `，简称香港居民，`. */
const BARE = '([^\\s“"「『”"」』（）()，,。；;：:、]{1,12})(?=[ \\t]*[）)，,])';
const CLAUSE = new RegExp(`[（(]?[ \\t]*${INTRO}[ \\t]*(?:为)?[ \\t]*(?:${QUOTES}|${BARE})[ \\t]*[）)]?`, 'g');
const QUOTED = /[“"「『]([^”"」』\n]{1,30})[”"」』]/g;
/** Where a noun phrase starts, looking back from a definition. */
const PHRASE_BREAK = /[，,。；;：:\n！？]/;
const CUT_AFTER = ['根据', '维护', '通过', '按照', '依照', '关于', '收回', '设立', '成立', '建立', '的', '在', '对', '把', '将', '于', '为'];

export function findDefinitions(raw: string, tree: SyntaxTree): Definition[] {
  // A text in another language: `(hereinafter referred to as "the Parties")`, `(далее — «Стороны»)`.
  if (tree.language && tree.language !== 'zh') return findForeignDefinitions(raw, tree);
  const out: Definition[] = [];
  // Definitions appear in the preamble and the articles; look only at runs that contain 称. A run
  // is a line with the lines that continue it over hard breaks (a PDF's `（以下简称“双` / `方”）`).
  const text = foldScript(raw);
  eachRun(text, tree.lines, (l) => l.kind !== 'blank' && l.kind !== 'break' && l.kind !== 'comment', (run) => {
    const line = run.line;
    const content = run.text;
    if (content.length > 20000) return;
    CLAUSE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = CLAUSE.exec(content))) {
      const bare = m[2];
      // A clause inside brackets after other words (`（包括…，以下称香港）`) defines the phrase before the brackets.
      const open = m[0].startsWith('（') || m[0].startsWith('(') ? -1 : openBracket(content, m.index);
      if (bare !== undefined) {
        // An unquoted term needs its bounds: its brackets (`（以下简称缔约双方）`), or commas (`，简称香港居民，`); not `以下称甲方`.
        const after = content[m.index + m[0].length - (/[）)]$/.test(m[0]) ? 1 : 0)] ?? '';
        const bracketed = (m[0].startsWith('（') || m[0].startsWith('(') || open >= 0) && /[）)]/.test(after);
        const commas = open < 0 && /[，,][ \t]*$/.test(content.slice(0, m.index)) && /[，,]/.test(after);
        if (!bracketed && !commas) continue;
      }
      const clauseStart = run.at(m.index);
      const clauseEnd = run.end(m.index + m[0].length);
      // The label of an article or paragraph (`第二十四条　`, `一、`) is not part of the phrase.
      const body = line.rest !== undefined && line.rest > line.contentStart ? line.rest - line.contentStart : 0;
      const phrase = meaningBefore(content, open >= 0 ? open : m.index, body);
      const meaning = {
        text: run.slice(raw, phrase.start, phrase.end).replace(NESTED, ''),
        start: run.at(phrase.start), end: run.end(phrase.end),
      };
      const push = (at: number, length: number) => out.push({
        term: run.slice(raw, at, at + length), start: run.at(at), end: run.end(at + length),
        meaning: meaning.text, meaningStart: meaning.start, meaningEnd: meaning.end,
        clauseStart, clauseEnd,
      });
      if (bare !== undefined) {
        push(m.index + m[0].lastIndexOf(bare), bare.length);
        continue;
      }
      const quotes = m[1];
      const quotesAt = m.index + m[0].indexOf(quotes);
      QUOTED.lastIndex = 0;
      let q: RegExpExecArray | null;
      while ((q = QUOTED.exec(quotes))) push(quotesAt + q.index + 1, q[1].length);
    }
  }, holding(text, '称'));
  return out;
}

/** Definitions nested in a meaning: `上海合作组织（以下简称“本组织”）成员国` reads `上海合作组织成员国`. */
const NESTED = /[（(](?:以下|下称|简称)[^）)]*[）)]/g;

/** The `（` left open before `at` on the line, or -1. */
function openBracket(content: string, at: number): number {
  let depth = 0;
  for (let i = at - 1; i >= 0 && at - i <= 200; i--) {
    const c = content[i];
    if (c === '）' || c === ')') depth++;
    else if (c === '（' || c === '(') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

function meaningBefore(content: string, at: number, floor = 0): { start: number; end: number } {
  let end = at;
  while (end > 0 && /[\s，,]/.test(content[end - 1])) end--;
  let start = end;
  let depth = 0;
  while (start > 0) {
    const c = content[start - 1];
    if (c === '）' || c === ')' || c === '》') depth++;
    else if (c === '（' || c === '(' || c === '《') {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && PHRASE_BREAK.test(c)) break;
    if (start <= floor) break;
    start--;
  }
  // Keep the noun phrase after the last verb or preposition: `致力于将中吉国界` → `中吉国界`.
  {
    const phrase = content.slice(start, end);
    let cut = 0;
    for (const w of CUT_AFTER) {
      const i = lastOutsideBrackets(phrase, w);
      if (i >= 0 && i + w.length > cut && end - (start + i + w.length) >= 2) cut = i + w.length;
    }
    start += cut;
  }
  // Drop a leading markdown bullet or emphasis.
  while (start < end && /[-*\s]/.test(content[start])) start++;
  return { start, end };
}

function lastOutsideBrackets(s: string, w: string): number {
  let i = s.lastIndexOf(w);
  while (i >= 0) {
    const before = s.slice(0, i);
    const open = (before.match(/[《（(]/g) ?? []).length;
    const close = (before.match(/[》）)]/g) ?? []).length;
    if (open === close) return i;
    i = s.lastIndexOf(w, i - 1);
  }
  return -1;
}
