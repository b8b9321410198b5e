// Whole diagnostics as data: a document with the spans its diagnostics must cover marked ⟦…⟧
// and, for each span in order, the diagnostic's code, severity, message and data. The whole
// result of `diagnostics` is compared: a check that reaches too far or stops too early fails.
// Severities: 1 error, 2 warning, 3 information, 4 hint.
import assert from 'node:assert/strict';
import { Settings, Token, contextOf } from '../../server/src/features/context';
import { diagnostics } from '../../server/src/features/diagnostics';
import { LineMap } from '../../server/src/syntax/positions';
import { WorkspaceIndex } from '../../server/src/index/workspace';
import { workspace } from './workspace';

export interface Whole { code: string; severity: number; message: string; data?: unknown }

export function assertWholeDiagnostics(source: string, want: Whole[], options: { token?: Token; settings?: Settings } = {}): void {
  const ws = workspace(source);
  const snapshot = ws.snapshot();
  const map = new LineMap(ws.index.model(snapshot).tree.lines);
  const got = diagnostics(contextOf(ws.index, snapshot, options.token, options.settings))
    .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  assert.equal(ws.fx.main.marks.length, want.length, 'one diagnostic per marked span');
  assert.deepEqual(got, ws.fx.main.marks.map((m, i) => ({
    range: { start: map.positionAt(m.start), end: map.positionAt(m.end) },
    severity: want[i].severity, code: want[i].code, source: 'treaty', message: want[i].message, data: want[i].data,
  })));
}

/** The codes of the errors and warnings of `text` opened alone (a correct signed text has none), in order. */
export function errorsAndWarnings(text: string): string[] {
  const index = new WorkspaceIndex();
  index.set('file:///a.md', text, 1, 'markdown');
  return diagnostics(contextOf(index, index.get('file:///a.md')!)).filter((d) => d.severity === 1 || d.severity === 2).map((d) => String(d.code));
}
