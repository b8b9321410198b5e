// Defined terms: `（以下简称“双方”）`, `(以下简称"双方")`, `（以下简称“本组织”或“组织”）`,
// `，以下简称“缔约各方”，`. The term is the quoted text; what it stands for is the
// noun phrase written just before.
import { SyntaxTree } from '../syntax/tree';

export interface Definition {
  /** The defined term, as quoted. */
  term: string;
  /** Offsets of the term inside its quotes. */
  start: number;
  end: number;
  /** What the term stands for: the noun phrase before the definition. */
  meaning: string;
  meaningStart: number;
  meaningEnd: number;
  /** The whole `（以下简称“…”）` span. */
  clauseStart: number;
  clauseEnd: number;
}

const CLAUSE = /[（(]?[ \t]*以下(?:简称|称)[ \t]*(?:为)?((?:[“"「『][^”"」』\n]{1,30}[”"」』](?:[ \t]*[或和及、][ \t]*)?)+)[ \t]*[）)]?/g;
const QUOTED = /[“"「『]([^”"」』\n]{1,30})[”"」』]/g;
/** Where a noun phrase starts, looking back from a definition. */
const PHRASE_BREAK = /[，,。；;：:\n！？]/;
const CUT_AFTER = ['根据', '维护', '通过', '按照', '依照', '关于', '的', '在', '对', '把', '将', '于', '为'];

export function findDefinitions(text: string, tree: SyntaxTree): Definition[] {
  const out: Definition[] = [];
  // Definitions appear in the preamble and the articles; look only at lines that contain 以下.
  let next = text.indexOf('以下');
  for (const line of tree.lines) {
    if (next < 0) break;
    if (next < line.contentStart) next = text.indexOf('以下', line.contentStart);
    if (next < 0 || next >= line.contentEnd) continue;
    next = text.indexOf('以下', line.contentEnd);
    const content = text.slice(line.contentStart, line.contentEnd);
    CLAUSE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = CLAUSE.exec(content))) {
      const clauseStart = line.contentStart + m.index;
      const clauseEnd = clauseStart + m[0].length;
      const phrase = meaningBefore(content, m.index);
      const quotes = m[1];
      const quotesAt = clauseStart + m[0].indexOf(quotes);
      QUOTED.lastIndex = 0;
      let q: RegExpExecArray | null;
      while ((q = QUOTED.exec(quotes))) {
        const start = quotesAt + q.index + 1;
        out.push({
          term: q[1], start, end: start + q[1].length,
          meaning: phrase.text, meaningStart: line.contentStart + phrase.start, meaningEnd: line.contentStart + phrase.end,
          clauseStart, clauseEnd,
        });
      }
    }
  }
  return out;
}

function meaningBefore(content: string, at: number): { text: string; start: number; end: number } {
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
  // The meaning reads without nested definitions: `上海合作组织（以下简称“本组织”）成员国` → `上海合作组织成员国`.
  const text = content.slice(start, end).replace(/[（(]以下[^）)]*[）)]/g, '');
  return { text, start, end };
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
