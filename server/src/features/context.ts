// The one feature context: what every feature is a pure function of, passed in
// one order (texlab's `FeatureParams`, md-ls's `(document, position, token)`):
// the snapshot and its model, the line map, a read-only view of the workspace,
// the user's settings and the cancellation token. server.ts builds one per request (`contextOf`);
// tests build one over an in-memory index the same way.
import { Snapshot, Workspace, WorkspaceIndex } from '../index/workspace';
import { Treaty } from '../model/treaty';
import { LineMap } from '../syntax/positions';

/** A cancellation token, as LSP's and as a test's `{ isCancellationRequested: false }`. */
export interface Token {
  readonly isCancellationRequested: boolean;
}

/** How severe each check is, by its code (`treaty.diagnostics.severity`, `.treatyrc.json`): a level, or `off`. */
export type SeverityName = 'error' | 'warning' | 'information' | 'hint' | 'off';
export type SeveritySettings = Partial<Record<string, SeverityName>>;

/** The user's settings the features read: the editor's layered over `.treatyrc.json`. */
export interface Settings {
  readonly severity: SeveritySettings;
}

/** No setting changed: every check at its own severity. */
const DEFAULTS: Settings = Object.freeze({ severity: Object.freeze({}) });

/** A token that is never cancelled. */
export const NEVER: Token = Object.freeze({ isCancellationRequested: false });

export interface FeatureContext {
  readonly snapshot: Snapshot;
  /** The snapshot's model, read once through the workspace's cache. */
  readonly treaty: Treaty;
  /** Offsets ↔ LSP positions over the model's own lines. */
  readonly lines: LineMap;
  readonly workspace: Workspace;
  readonly settings: Settings;
  readonly token: Token;
}

/**
 * A context for `snapshot`; its model is read on first use (once: work that needs only what the
 * workspace keeps of it — its info, its outline — builds none), the line map too.
 */
export function contextOf(workspace: Workspace, snapshot: Snapshot, token: Token = NEVER, settings: Settings = DEFAULTS): FeatureContext {
  return new LazyContext(snapshot, workspace, settings, token);
}

/**
 * The model and the line map read on first use, through getters on the class (shared by every context: getters made per
 * context, an object literal's, are closures that V8's young-generation collector keeps alive with the model they hold,
 * syntax/tree.ts PIECES). A class, not `Object.defineProperties` over a literal: a context is made per request and per
 * file checked, and the defined accessors cost ~2.5 µs a context more, made and read (a microbenchmark: 5×).
 * Not own properties: a context is never spread (`{ ...ctx, token }` would lose `treaty` and `lines`): make another.
 */
class LazyContext implements FeatureContext {
  private model: Treaty | undefined = undefined;
  private lineMap: LineMap | undefined = undefined;
  constructor(
    readonly snapshot: Snapshot,
    readonly workspace: Workspace,
    readonly settings: Settings,
    readonly token: Token,
  ) {}

  get treaty(): Treaty {
    return (this.model ??= this.workspace.model(this.snapshot));
  }

  get lines(): LineMap {
    return (this.lineMap ??= new LineMap(this.treaty.tree.lines));
  }
}

/** A context for one text alone, in a workspace of its own: for tools, the bench and tests. */
export function textContext(text: string, uri = 'untitled:treaty.md', languageId = 'treaty', token: Token = NEVER): FeatureContext {
  const index = new WorkspaceIndex();
  return contextOf(index, index.set(uri, text, 1, languageId), token);
}
