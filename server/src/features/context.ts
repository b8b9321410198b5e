// The one feature context: what every feature is a pure function of, passed in
// one order (texlab's `FeatureParams`, md-ls's `(document, position, token)`):
// the snapshot and its model, the line map, a read-only view of the workspace,
// and the cancellation token. server.ts builds one per request (`contextOf`);
// tests build one over an in-memory index the same way.
import { Snapshot, Workspace, WorkspaceIndex } from '../index/workspace';
import { Treaty } from '../model/treaty';
import { LineMap } from '../syntax/positions';

/** A cancellation token, as LSP's and as a test's `{ isCancellationRequested: false }`. */
export interface Token {
  readonly isCancellationRequested: boolean;
}

/** A token that is never cancelled. */
export const NEVER: Token = Object.freeze({ isCancellationRequested: false });

export interface FeatureContext {
  readonly snapshot: Snapshot;
  /** The snapshot's model, read once through the workspace's cache. */
  readonly treaty: Treaty;
  /** Offsets ↔ LSP positions over the model's own lines. */
  readonly lines: LineMap;
  readonly workspace: Workspace;
  readonly token: Token;
}

/** A context for `snapshot`; the line map is built on first use. */
export function contextOf(workspace: Workspace, snapshot: Snapshot, token: Token = NEVER): FeatureContext {
  const treaty = workspace.model(snapshot);
  let lines: LineMap | undefined;
  return {
    snapshot,
    treaty,
    workspace,
    token,
    get lines() {
      return (lines ??= new LineMap(treaty.tree.lines));
    },
  };
}

/** A context for one text alone, in a workspace of its own: for tools, the bench and tests. */
export function textContext(text: string, uri = 'untitled:treaty.md', languageId = 'treaty', token: Token = NEVER): FeatureContext {
  const index = new WorkspaceIndex();
  return contextOf(index, index.set(uri, text, 1, languageId), token);
}
