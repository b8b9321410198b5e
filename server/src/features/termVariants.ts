// A defined name of the parties used in another form: `（以下简称“缔约双方”）`, then `双方` or
// `缔约方` where the defined form is meant. Pure function of the model; draftingChecks.ts reports
// what it finds as `term.variant`, codeActions.ts offers the defined term instead.
//
// The rule (the words are the lexicon's, syntax/words.ts): a variant shares the defined term's
// head 方 and differs by a qualifier that keeps the referent — with or without 缔约, in the same
// number (双 with 双, 各 with 各), or the generic 缔约方 standing alone. It is read only as a
// phrase of its own: after punctuation, the start of a line or a preposition (经双方, 由缔约方),
// never after a determiner or a conjunction (各缔约方, 该缔约方, 其他缔约方, 一方或者双方), never
// as part of a longer word (各方面, 缔约方大会), never where the text also speaks of 缔约国 (a bare
// 双方 may then mean the States), never a form the text itself defines. Forms that name
// something else stay untouched: 缔约一方, 缔约另一方, 任何一方, 缔约国双方.
import { inCode } from '../syntax/tree';
import { Treaty } from '../model/treaty';
import { foldScript } from '../syntax/script';
import { PARTY_STATE_HEAD, PARTY_TERM_GENERIC, PARTY_TERM_GROUPS, PARTY_TERM_LEAD, PARTY_TERM_TAIL } from '../syntax/words';
import { perModel } from '../model/perModel';
import { foldedText } from '../model/references';

export interface TermVariant {
  start: number;
  end: number;
  /** The form written (`双方`) and the defined term meant (`缔约双方`). */
  variant: string;
  term: string;
}

/** At most this many variants are reported in a document (a hint of a habit: the first ones say it). */
export const MAX_VARIANT_REPORTS = 200;

const isIdeograph = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
const isWordChar = (c: number) => isIdeograph(c) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/** Every variant of a defined party name after its definition, in text order. */
export const termVariants = perModel((treaty: Treaty): TermVariant[] => {
  const defs = treaty.definitions;
  if (defs.length === 0 || treaty.language !== 'zh') return [];
  // The model's folded text (folded once per model, model/references.ts).
  const text = foldedText(treaty);
  const defined = new Set(defs.map((d) => foldScript(d.term)));
  const stop = Math.min(treaty.signing?.start ?? text.length, treaty.signatures?.start ?? text.length);
  // (Asked of the text once, and only of a text defining a party's term: most define none.)
  let statesToo: boolean | undefined;
  const out: TermVariant[] = [];
  const seen = new Set<string>();
  // Each form is looked for once (缔约方 is a variant of every group's terms).
  const sought = new Set<string>();
  for (const d of defs) {
    const term = foldScript(d.term);
    // A term defined by what it means (`“缔约国一方”一语是指…`) is not a short name for the parties.
    if (d.byMeaning || seen.has(term) || d.start >= stop) continue;
    seen.add(term);
    const group = PARTY_TERM_GROUPS.find((g) => g.includes(term));
    if (!group) continue;
    statesToo ??= text.includes(PARTY_STATE_HEAD);
    const variants = [...group.filter((v) => v !== term), PARTY_TERM_GENERIC].filter((v) => !defined.has(v) && !(statesToo && !v.startsWith('缔约')));
    for (const v of variants) {
      if (sought.has(v)) continue;
      sought.add(v);
      for (let at = text.indexOf(v, d.clauseEnd); at >= 0 && at < stop; at = text.indexOf(v, at + v.length)) {
        const end = at + v.length;
        if (!standsAlone(text, at, end)) continue;
        if (defs.some((x) => (at < x.clauseEnd && end > x.clauseStart) || (at < x.meaningEnd && end > x.meaningStart))) continue;
        if (quotedOrTitled(text, at) || inCode(treaty.tree.lines, at)) continue;
        out.push({ start: at, end, variant: treaty.text.slice(at, end), term: d.term });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
});

/** The word at [start, end) is a phrase of its own: a boundary or a preposition before it, no longer word after it. */
function standsAlone(text: string, start: number, end: number): boolean {
  TAIL_AT.lastIndex = end;
  if (TAIL_AT.test(text)) return false;
  if (start === 0) return true;
  const before = text.charCodeAt(start - 1);
  return !isWordChar(before) || LEAD_CODES.has(before);
}

/**
 * PARTY_TERM_TAIL tried where the word ends (sticky), and PARTY_TERM_LEAD's characters by their codes: no slice of
 * the text nor string of a character made for each use of a party word. (The tail's words are two characters at most,
 * as many as the slice it was tried on held.)
 */
const TAIL_AT = new RegExp(PARTY_TERM_TAIL.source.replace(/^\^/, ''), 'y');
const LEAD_CODES = new Set(Array.from(PARTY_TERM_LEAD, (c) => c.charCodeAt(0)));

/** Inside `《…》` or `“…”` on its line: a title, or another text's words. */
function quotedOrTitled(text: string, at: number): boolean {
  let quotes = 0;
  let title: boolean | undefined;
  for (let i = at - 1; i >= 0 && at - i < 400; i--) {
    const c = text[i];
    if (c === '\n') break;
    if (c === '《' || c === '》') title ??= c === '《';
    else if (c === '“' || c === '「') quotes++;
    else if (c === '”' || c === '」') quotes--;
  }
  return title === true || quotes > 0;
}

/** The fix of a variant: the defined term instead, that span alone. */
export function termVariantEdit(treaty: Treaty, start: number, end: number): { term: string; edit: { start: number; end: number; newText: string } } | undefined {
  const v = termVariants(treaty).find((x) => x.start === start && x.end === end);
  return v && { term: v.term, edit: { start, end, newText: v.term } };
}
