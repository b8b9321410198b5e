// A workspace index built from a multi-file fixture, every file open in the editor.
import { WorkspaceIndex, Snapshot } from '../../server/src/index/workspace';
import { Fixture, FixtureFile, fixture } from './fixture';
import { LineMap } from '../../server/src/syntax/positions';

export interface TestWorkspace {
  index: WorkspaceIndex;
  fx: Fixture;
  snapshot(file?: FixtureFile): Snapshot;
  /** The cursor's offset in the main file. */
  offset: number;
  /** `{uri, range}` of a fixture file's marked span, in LSP positions. */
  location(file: FixtureFile, mark?: number): { uri: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } };
  file(name: string): FixtureFile;
}

export function workspace(source: string, languageId = 'markdown'): TestWorkspace {
  const fx = fixture(source);
  const index = new WorkspaceIndex();
  for (const f of fx.files) index.set(f.uri, f.text, 1, f.name.endsWith('.treaty.md') ? 'treaty' : languageId);
  const snapshot = (file = fx.main) => index.get(file.uri)!;
  return {
    index, fx, snapshot,
    offset: fx.main.cursor ?? 0,
    location(file, mark = 0) {
      const map = new LineMap(index.model(snapshot(file)).tree.lines);
      const m = file.marks[mark];
      return { uri: file.uri, range: { start: map.positionAt(m.start), end: map.positionAt(m.end) } };
    },
    file(name) {
      return fx.files.find((f) => f.name === name)!;
    },
  };
}
