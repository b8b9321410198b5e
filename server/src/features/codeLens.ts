// textDocument/codeLens: "被引用 N 次" above every article that is referenced, in
// this document or from others. The count and the list the lens opens are one
// list: every reference that resolves to the article, found as Find All
// References finds them (references.ts: references of this document, and
// citations from the documents citing it), one per reference (`第三条第二款`
// counts once for article 3). The lens carries the locations, so the peek view
// shows exactly what was counted.
import { CodeLens, Location } from 'vscode-languageserver-types';
import { articleKey } from '../model/treaty';
import { mayReach, partTexts, referencesReaching, referringDocuments, resolve } from './resolve';
import { withParts } from './references';
import { msg } from './messages';
import { FeatureContext, contextOf } from './context';
import { Work, finish } from './work';

/** The command VS Code runs when the lens is clicked (the client maps it to the references view): arguments `[uri, position, locations]`. */
export const SHOW_REFERENCES = 'treaty.showReferences';

export function codeLenses(ctx: FeatureContext): CodeLens[] {
  return finish(codeLensesWork(ctx));
}

/** The lenses as work: one unit per document searched. */
export function* codeLensesWork(ctx: FeatureContext): Work<CodeLens[]> {
  const { snapshot, treaty } = ctx;
  const cited = yield* citedArticles(ctx);
  if (!cited) return [];
  const map = ctx.lines;
  const out: CodeLens[] = [];
  for (const a of treaty.articles) {
    if (a.num === undefined) continue;
    const locations = cited.get(articleKey(a.num, a.sub));
    if (!locations?.length) continue;
    const position = map.positionAt(a.label.start);
    out.push({
      range: { start: position, end: map.positionAt(a.label.end) },
      command: { title: locations.length === 1 ? msg('codeLens.citedOnce') : msg('codeLens.cited', locations.length), command: SHOW_REFERENCES, arguments: [snapshot.uri, position, locations] },
    });
  }
  return out;
}

/** Where each article of the snapshot (by number) is referred to; undefined when cancelled. */
function* citedArticles(ctx: FeatureContext): Work<Map<string, Location[]> | undefined> {
  const { workspace: index, snapshot, token } = ctx;
  const out = new Map<string, Location[]>();
  // The document itself first, then every document citing it and the other parts of its text, then the texts part of it
  // (a protocol: as references.ts walks them).
  for (const doc of withParts(referringDocuments(index, snapshot, true), partTexts(index, snapshot))) {
    if (token.isCancellationRequested) return undefined;
    const there = doc === snapshot ? ctx : contextOf(index, doc, token);
    const uses = referencesReaching(there, snapshot);
    const refs = uses.refs;
    for (let i = 0; i < refs.length; i++) {
      const r = refs[i];
      // Only citations reach into another document, but for another part of the same text.
      if (r.kind !== 'article' || !mayReach(r, doc, snapshot)) continue;
      const target = resolve(there, r);
      if (target?.kind !== 'article' || target.snapshot !== snapshot || target.article.num === undefined) continue;
      const k = articleKey(target.article.num, target.article.sub);
      let list = out.get(k);
      if (!list) out.set(k, (list = []));
      list.push({ uri: doc.uri, range: uses.range(i) });
    }
    yield;
  }
  return out;
}
