// What the drafter's review tests (test/unit/review45Bite.test.ts, review46Bite.test.ts) read a workspace of texts with: a
// context for each file, a hover's text, an outline's names.
import { DocumentSymbol } from 'vscode-languageserver-types';
import { WorkspaceIndex } from '../../server/src/index/workspace';
import { FeatureContext, contextOf } from '../../server/src/features/context';
import { hover } from '../../server/src/features/hover';

/** Contexts for `files` (name → text) in one workspace, every file a treaty; the first's is returned, and each by name. */
export function inWorkspace(files: Record<string, string>): (name?: string) => FeatureContext {
  const index = new WorkspaceIndex();
  const snaps = new Map(Object.entries(files).map(([name, text]) => [name, index.set(`file:///ws/${encodeURI(name)}`, text, 1, 'treaty')]));
  const first = Object.keys(files)[0];
  return (name = first) => contextOf(index, snaps.get(name)!);
}

/** The hover's markdown at `at`, or undefined. */
export const hoverOf = (ctx: FeatureContext, at: number): string | undefined => {
  const h = hover(ctx, at);
  return h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : undefined;
};

/** An outline as names, each with its children's: `['第一章', ['第一条']]`. */
export const names = (s: DocumentSymbol[]): unknown[] => s.map((x) => (x.children?.length ? [x.name, names(x.children)] : x.name));
