// textDocument/codeLens: "cited N times" above every article that is referenced,
// in this document or from others. Resolved eagerly: counting is cheap.
import { CodeLens } from 'vscode-languageserver-types';
import { LineMap } from '../syntax/positions';
import { referencesOf } from '../model/references';
import { Snapshot, WorkspaceIndex } from '../index/workspace';
import { resolve } from './resolve';
import { msg } from './messages';

type Token = { isCancellationRequested: boolean };

/** The command VS Code runs when the lens is clicked (the client maps it to the references view). */
export const SHOW_REFERENCES = 'treaty.showReferences';

export function codeLenses(index: WorkspaceIndex, snapshot: Snapshot, token?: Token): CodeLens[] {
  const treaty = snapshot.treaty;
  const counts = new Map<string, number>();
  const key = (num: number, sub?: number) => `${num}/${sub ?? ''}`;
  const count = (num: number, sub?: number) => counts.set(key(num, sub), (counts.get(key(num, sub)) ?? 0) + 1);
  for (const r of referencesOf(treaty)) if (r.kind === 'article' && !r.citation && !r.relative) count(r.target.num, r.target.sub);
  if (treaty.title) {
    for (const doc of index.citing(treaty.title.normalized)) {
      if (token?.isCancellationRequested) return [];
      if (doc === snapshot) continue;
      const other = index.model(doc);
      for (const r of referencesOf(other)) {
        if (r.kind !== 'article' || !r.citation) continue;
        const t = resolve(index, doc, r);
        if (t?.kind === 'article' && t.snapshot === snapshot) count(r.target.num, r.target.sub);
      }
    }
  }
  const map = new LineMap(treaty.tree.lines);
  const out: CodeLens[] = [];
  for (const a of treaty.articles) {
    if (a.num === undefined) continue;
    const n = counts.get(key(a.num, a.sub));
    if (!n) continue;
    const position = map.positionAt(a.label.start);
    out.push({
      range: { start: position, end: map.positionAt(a.label.end) },
      command: { title: n === 1 ? msg('codeLens.citedOnce') : msg('codeLens.cited', n), command: SHOW_REFERENCES, arguments: [snapshot.uri, position] },
    });
  }
  return out;
}
