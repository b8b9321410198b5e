// Renumbering and rename in one text of an instrument, offered with the same change in
// its texts in other languages, in one WorkspaceEdit. A renamed article's counterpart is
// found through the alignment (align.ts); a renumbering numbers each counterpart 1, 2, 3 …
// in its own order. Both go through renumber.ts's checked plans: a counterpart whose change
// is refused refuses the whole edit, with its reason (two texts that stop agreeing are not
// proposed).
import { TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { Snapshot, Workspace } from '../index/workspace';
import { FeatureContext, contextOf } from './context';
import { Article } from '../model/treaty';
import { RenameAnswer, Renumbering, parseArticleNumber, renameTarget, renameWork, renumberArticlesWork, renumberTo } from './renumber';
import { Work, finish } from './work';
import { alignmentOf, counterpartsOf, textName } from './counterparts';
import { msg } from './messages';

/** The counterpart's plan: each article paired with one in `next` moves by as much. */
function counterpartPlan(index: Workspace, home: Snapshot, cp: Snapshot, next: ReadonlyMap<Article, number>): Map<Article, number> {
  const { al, side } = alignmentOf(index, home, cp);
  const other = side === 'a' ? 'b' : 'a';
  const out = new Map<Article, number>();
  for (const p of al.articles) {
    const a = p[side];
    const b = p[other];
    const n = a && next.get(a);
    if (!a || !b || n === undefined || a.num === undefined || b.num === undefined) continue;
    const nb = n + (b.num - a.num);
    if (nb !== b.num) out.set(b, nb);
  }
  return out;
}

/** Adds a counterpart's edit to `edit`; the reason when it is refused or touches a document `edit` already changes. */
function merge(edit: WorkspaceEdit, r: Renumbering, lang: string | undefined): string | undefined {
  const name = textName(lang);
  if (r.refused) return msg('counterpart.refused', name, r.refused);
  for (const [uri, edits] of Object.entries(r.edit?.changes ?? {})) {
    edit.changes ??= {};
    if (edit.changes[uri]) return msg('counterpart.refused', name, uri);
    edit.changes[uri] = edits as TextEdit[];
  }
  return undefined;
}

/**
 * The counterparts an edit may change: those served as treaties, as renumber.ts edits only such citing documents. A text
 * of the pair read as no treaty (its English with Chinese typed into it, read as Chinese and no treaty) has no articles
 * the server can vouch for: left as written, as a README citing the treaty is.
 */
function servedCounterparts(index: Workspace, snapshot: Snapshot) {
  return counterpartsOf(index, snapshot).filter((c) => index.isServed(c.snapshot));
}

/** `renumberArticles`, and the same renumbering of every counterpart. */
export function renumberWithCounterparts(ctx: FeatureContext): Renumbering {
  return finish(renumberWithCounterpartsWork(ctx));
}

export function* renumberWithCounterpartsWork(ctx: FeatureContext): Work<Renumbering> {
  const { workspace: index, snapshot } = ctx;
  const r = yield* renumberArticlesWork(ctx);
  if (!r.edit || !r.next || r.refused) return r;
  const edit: WorkspaceEdit = { changes: { ...r.edit.changes } };
  for (const c of servedCounterparts(index, snapshot)) {
    // Each text numbered 1, 2, 3 … in its own order, as this one is. Moving the counterpart's articles
    // by as much as their pairs carries a difference over: a counterpart already right (第三条 paired
    // with Article 2) would get two Article 1s.
    const why = merge(edit, yield* renumberArticlesWork(contextOf(index, c.snapshot, ctx.token, ctx.settings)), c.lang);
    if (why) return { ...r, edit: undefined, refused: why };
  }
  return { ...r, edit };
}

/** `rename`, and the same change of the paired article in every counterpart of its document. */
export function renameWithCounterparts(ctx: FeatureContext, offset: number, newName: string): RenameAnswer<WorkspaceEdit> {
  return finish(renameWithCounterpartsWork(ctx, offset, newName));
}

export function* renameWithCounterpartsWork(ctx: FeatureContext, offset: number, newName: string): Work<RenameAnswer<WorkspaceEdit>> {
  const index = ctx.workspace;
  const answer = yield* renameWork(ctx, offset, newName);
  if (!answer || 'refused' in answer) return answer;
  const target = renameTarget(ctx, offset);
  const n = parseArticleNumber(newName);
  if (!target || n === undefined || n === target.article.num) return answer;
  const edit: WorkspaceEdit = { changes: { ...answer.changes } };
  for (const c of servedCounterparts(index, target.home)) {
    const next = counterpartPlan(index, target.home, c.snapshot, new Map([[target.article, n]]));
    if (!next.size) continue;
    const why = merge(edit, renumberTo(index, c.snapshot, next), c.lang);
    if (why) return { refused: why };
  }
  return edit;
}
