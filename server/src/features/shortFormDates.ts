// The date written before a short form of an instrument cited earlier: its defined short name
// (`《…协定》（以下简称“协定”）`, then `1995年4月26日协定`) or an anaphor (`1995年4月26日签订的该协定`,
// `上述协定`). The date must be the instrument's: the workspace's copy when it has one (as
// `ref.date-mismatch` checks a dated `《…》`), else the date written where it was cited. A pure
// function of the feature context; diagnostics.ts reports it as `ref.date-mismatch`,
// codeActions.ts offers the instrument's date.
import { Citation, Reference, dateBeforeOffset, foldedText, referencesOf } from '../model/references';
import { DateValue } from '../model/signing';
import { dateAgrees } from '../model/info';
import { Treaty, kindOf } from '../model/treaty';
import { CITATION_ANAPHORS, CITED_KINDS, alternation } from '../syntax/words';
import { FeatureContext } from './context';
import { resolve } from './resolve';

export interface ShortFormDate {
  /** The date written before the short form. */
  date: DateValue;
  /** The instrument it names, as cited in this document. */
  citation: Citation;
  /** The instrument's dates: the workspace copy's (`copy`), or the date written at the citation (`cited`). */
  source: 'copy' | 'cited';
  dates: { year: number; month?: number; day?: number }[];
  /** The date the quick fix writes: the copy's signing date (else its first), or the citation's. */
  own: { year: number; month?: number; day?: number };
  /** The copy's title, when the workspace has it. */
  title: string;
}

/**
 * After a short name, an instrument of its own named by it (`二OO七年四月十七日在北京签订的协定第二议定书`, `…的协定的议定书`): the
 * date before is that instrument's, not the short name's (a protocol amending the China–Pakistan tax agreement of 1989 got a warning
 * on its second protocol's date, 2007).
 */
const NEXT_INSTRUMENT = new RegExp(`^的?(?:第[一二三四五六七八九十]{1,3}|补充|附加|修订|修正)?(?:${alternation(CITED_KINDS)})`);

const ANAPHOR = new RegExp(`(?:${alternation(CITATION_ANAPHORS)})(${alternation(CITED_KINDS)})`, 'g');

/** A dated short form of a cited instrument, read from the text alone: its date and the citation it names. */
export interface ShortForm {
  date: DateValue;
  citation: Citation;
}

/** Dated short forms whose date is not their instrument's, in text order (`forms`: `shortFormsOf` this document, when read before). */
export function shortFormDates(ctx: FeatureContext, forms: readonly ShortForm[] = shortFormsOf(ctx.treaty)): ShortFormDate[] {
  const out: ShortFormDate[] = [];
  for (const { date, citation } of forms) {
    const t = resolve(ctx, { kind: 'citation', start: citation.start, end: citation.end, citation });
    if (t?.kind === 'document' && t.snapshot !== ctx.snapshot) {
      const dates = t.snapshot.info.dates;
      if (dates.length > 0 && !dateAgrees(date, dates)) out.push({ date, citation, source: 'copy', dates: [...dates], own: dates.find((x) => x.source === 'signing') ?? dates[0], title: t.snapshot.info.title ?? citation.title });
    } else if (citation.date && !dateAgrees(date, [{ ...citation.date, source: 'signing' }])) {
      out.push({ date, citation, source: 'cited', dates: [citation.date], own: citation.date, title: citation.title });
    }
  }
  return out.sort((a, b) => a.date.start - b.date.start);
}

/** The dated short forms of cited instruments in a text, each date once (what the workspace is asked about). */
export function shortFormsOf(treaty: Treaty): ShortForm[] {
  const refs = referencesOf(treaty);
  const citations = refs.filter((r): r is Extract<Reference, { kind: 'citation' }> => r.kind === 'citation').map((r) => r.citation);
  if (citations.length === 0) return [];
  // Each short form that names an instrument: where its words start, and the citation.
  const named: { at: number; citation: Citation }[] = [];
  const aliases = new Map<number, Citation>();
  treaty.definitions.forEach((d, i) => {
    if (d.byMeaning) return;
    const c = citations.find((x) => x.end <= d.clauseStart && d.clauseStart - x.end <= 2);
    if (c) aliases.set(i, c);
  });
  const text = foldedText(treaty);
  if (aliases.size > 0) for (const r of refs) if (r.kind === 'term' && aliases.has(r.definition) && !NEXT_INSTRUMENT.test(text.slice(r.end, r.end + 12))) named.push({ at: r.start, citation: aliases.get(r.definition)! });
  ANAPHOR.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = ANAPHOR.exec(text)); ) {
    const c = lastNamedBefore(citations, m.index, m[1]);
    if (c) named.push({ at: m.index, citation: c });
  }
  const out: ShortForm[] = [];
  const seen = new Set<number>();
  for (const { at, citation } of named) {
    const date = dateBeforeOffset(treaty, at);
    if (!date || seen.has(date.start)) continue;
    seen.add(date.start);
    // The citation's own date (`1994年4月26日《…》（以下简称“协定”）`) is not a short form's.
    if (citation.date && citation.date.start === date.start) continue;
    out.push({ date, citation });
  }
  return out;
}

/**
 * The last of `citations` (in their order) that ends at or before `at` and names an instrument of `kind` (its kind, or
 * its title ending so): what `该协定` at `at` names. Sought from the last back, the first found the answer, each
 * citation's kind read only until then (a law citing others 200 times, `该…` often, read every citation's kind at each).
 */
function lastNamedBefore(citations: readonly Citation[], at: number, kind: string): Citation | undefined {
  for (let k = citations.length - 1; k >= 0; k--) {
    const c = citations[k];
    if (c.end <= at && ((kindOf(c.normalized) ?? '') === kind || c.normalized.endsWith(kind))) return c;
  }
  return undefined;
}
