// The versions commands (issue #16), as the editor calls them: two texts in, documents and
// navigation out. The client passes the texts it holds (the working copy, a file, the
// version at the last commit that server.ts reads), so untitled drafts compare too; the
// answers are what the client opens — the 修改对照表 and the amending instrument as markdown,
// the consolidated text, the .docx table — and the changed units with the line where each
// starts on either side, for the quick pick that reveals a unit in both sides of the diff.
import { buildTreaty } from '../model/treaty';
import { LineMap } from '../syntax/positions';
import { AmendmentKind, amendmentText } from './amend';
import { Comparison, Unit, compareModels, comparisonTable, explainIn } from './compare';
import { consolidate } from './consolidate';
import { comparisonDocx } from './export/comparisonDocx';
import { MessageKey, getLocale, msg } from './messages';

/** Where a unit stands in one version: its name and the line of its heading (0-based). */
export interface UnitPlace {
  name: string;
  line: number;
}

/** One changed unit: how it changed (说明) and where it is on either side. */
export interface ChangedUnit {
  type: 'modified' | 'added' | 'deleted' | 'renumbered';
  note: string;
  old?: UnitPlace;
  new?: UnitPlace;
}

export interface CompareResult {
  /** The 修改对照表 as markdown. */
  table: string;
  /** The units that changed (renumbered only, too), in the order of the new version. */
  changes: ChangedUnit[];
}

function place(map: LineMap, u: Unit): UnitPlace {
  return { name: u.name, line: map.lineOf(u.start) };
}

/** The changed units of a comparison with their lines on either side. */
export function changedUnits(cmp: Comparison): ChangedUnit[] {
  const oldMap = new LineMap(cmp.old.tree.lines);
  const newMap = new LineMap(cmp.new.tree.lines);
  const out: ChangedUnit[] = [];
  for (const c of cmp.changes) {
    if (c.type === 'unchanged' && !c.renumbered && !c.moved) continue;
    const type = c.type === 'unchanged' ? 'renumbered' : c.type;
    out.push({
      type,
      // (In the display's language: the 修改对照表's 说明, compare.ts `comparisonTable`, is Chinese in every display.)
      note: explainIn(c, getLocale()),
      old: c.type === 'added' ? undefined : place(oldMap, c.old),
      new: c.type === 'deleted' ? undefined : place(newMap, c.new),
    });
  }
  return out;
}

function comparison(oldText: string, newText: string): Comparison {
  return compareModels(buildTreaty(oldText), buildTreaty(newText));
}

/** treaty.server.compare: the 修改对照表 and the changed units. */
export function compareTexts(oldText: string, newText: string): CompareResult {
  const cmp = comparison(oldText, newText);
  return { table: comparisonTable(cmp), changes: changedUnits(cmp) };
}

export interface AmendmentResult {
  text: string;
  /** Clauses in it (0: the two versions have the same articles). */
  clauses: number;
}

/** treaty.server.amendment: the amending instrument that turns the old text into the new one. */
export function amendmentOf(oldText: string, newText: string, kind?: AmendmentKind): AmendmentResult {
  const cmp = comparison(oldText, newText);
  const clauses = cmp.changes.filter((c) => c.type !== 'unchanged' || c.renumbered || c.moved).length;
  return { text: amendmentText(cmp, { kind }), clauses };
}

export interface ConsolidateResult {
  text: string;
  /** Clauses that could not be applied, at their place in the amending instrument. */
  problems: { code: string; message: string; line: number; character: number }[];
}

/** Each problem's words in English, the Chinese message (its units and quotations) after them. */
const PROBLEM_WORDS: Record<string, MessageKey> = {
  'amend.no-such-article': 'consolidate.noSuchArticle',
  'amend.no-such-paragraph': 'consolidate.noSuchParagraph',
  'amend.no-such-item': 'consolidate.noSuchItem',
  'amend.text-not-found': 'consolidate.textNotFound',
  'amend.conflict': 'consolidate.conflict',
  'amend.ambiguous': 'consolidate.ambiguous',
  'amend.unreadable': 'consolidate.unreadable',
  'amend.effect-only': 'consolidate.effectOnly',
};

/**
 * A problem as the client shows it: consolidate.ts's message, in Chinese (`没有第九条`), to a Chinese display; to an English
 * one the problem said in English with that message after it — a person reading English was shown Chinese alone. (A broken
 * label's refusal, renumber.ts's, is in the display's language already.)
 */
function problemShown(code: string, message: string): string {
  const key = PROBLEM_WORDS[code];
  return getLocale() === 'en' && key ? msg(key, message) : message;
}

/** treaty.server.consolidate: the base text with the amending instrument applied. */
export function consolidateTexts(baseText: string, amendment: string): ConsolidateResult {
  const r = consolidate(baseText, amendment);
  const map = new LineMap(buildTreaty(amendment).tree.lines);
  return { text: r.text, problems: r.problems.map((p) => ({ code: p.code, message: problemShown(p.code, p.message), ...map.positionAt(p.start) })) };
}

/** treaty.server.comparisonDocx: the 修改对照表 as a .docx file, base64. */
export async function comparisonDocxBase64(oldText: string, newText: string): Promise<{ base64: string }> {
  return { base64: (await comparisonDocx(comparison(oldText, newText))).toString('base64') };
}
