// Pull diagnostics (LSP 3.17 `textDocument/diagnostic`): what a client that pulls was last answered for each
// document, so that a pull finding the same diagnostics answers `unchanged` with the result id the client holds,
// and a check run after a change elsewhere (a cited instrument edited, a counterpart, the settings) knows whether
// the client's diagnostics are out of date — then the server asks it to pull again (`workspace/diagnostic/refresh`).
// server.ts decides when checks run; this keeps the ids.
import type { Diagnostic, DocumentDiagnosticReport } from 'vscode-languageserver/node';

export class PulledResults {
  private next = 1;
  /** Per document: the last answer's result id and its diagnostics, as JSON (what the client shows). */
  private readonly given = new Map<string, { id: string; json: string }>();
  /**
   * Documents whose last pull was answered ServerCancelled (`retriggerRequest: true`) with no answer since: a
   * client that does not pull again on that answer (LSP4IJ drops it: DocumentContentSynchronizer's pull has no
   * error handler) is owed the diagnostics, whatever it was answered before — none at all when it was its first.
   */
  private readonly owed = new Set<string>();

  /**
   * The answer to a pull of `uri` whose diagnostics are now `diagnostics`: `unchanged` when they are the
   * ones answered last under `previousResultId`, else `full` under a result id of their own (the same id
   * again for the same diagnostics: a client that pulled them and forgot its id is not told they changed).
   */
  report(uri: string, diagnostics: Diagnostic[], previousResultId: string | undefined): DocumentDiagnosticReport {
    this.owed.delete(uri);
    const json = JSON.stringify(diagnostics);
    let last = this.given.get(uri);
    if (!last || last.json !== json) {
      last = { id: String(this.next++), json };
      this.given.set(uri, last);
    }
    return previousResultId === last.id ? { kind: 'unchanged', resultId: last.id } : { kind: 'full', resultId: last.id, items: diagnostics };
  }

  /** A pull of `uri` answered ServerCancelled: until a pull of it is answered, its diagnostics are owed (`stale`). */
  cancelled(uri: string): void {
    this.owed.add(uri);
  }

  /**
   * Whether what the client holds for `uri` is not these diagnostics: it pulled it and was answered others, or its
   * last pull was cancelled by the server and none answered since (false for a document it never pulled).
   */
  stale(uri: string, diagnostics: Diagnostic[]): boolean {
    if (this.owed.has(uri)) return true;
    const last = this.given.get(uri);
    return last !== undefined && last.json !== JSON.stringify(diagnostics);
  }

  /** A document closed: the client drops what it pulled. */
  forget(uri: string): void {
    this.given.delete(uri);
    this.owed.delete(uri);
  }
}
