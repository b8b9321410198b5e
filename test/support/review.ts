// What the drafter's review tests (test/unit/review45Bite.test.ts, review46Bite.test.ts) read a workspace of texts with: a
// context for each file, a hover's text, an outline's names, a fixture's cursor, definition's target line; the amendment
// writer's clauses checked against its reader (review53Bite, review54Bite).
import { DocumentSymbol } from 'vscode-languageserver-types';
import { WorkspaceIndex } from '../../server/src/index/workspace';
import { FeatureContext, contextOf, textContext } from '../../server/src/features/context';
import { hover } from '../../server/src/features/hover';
import { definition } from '../../server/src/features/definition';
import assert from 'node:assert/strict';
import { compareVersions } from '../../server/src/features/compare';
import { amendmentClauses, amendmentText } from '../../server/src/features/amend';
import { consolidate } from '../../server/src/features/consolidate';

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

/** The offset of `find` in `text`, `plus` after its start (the cursor of a fixture written by reading). */
export const at = (text: string, find: string, plus = 0): number => text.indexOf(find) + plus;

/** Definition's target from `offset` in `text` alone, as the line of its heading; none when it finds none. */
export const headingLine = (text: string, offset: number): number[] => definition(textContext(text), offset).map((l) => l.targetSelectionRange.start.line);

/** An outline as names, each with its children's: `['第一章', ['第一条']]`. */
export const names = (s: DocumentSymbol[]): unknown[] => s.map((x) => (x.children?.length ? [x.name, names(x.children)] : x.name));

/**
 * 护士条例 printed under the order publishing it, as the State Council's page prints it (the order's heading and number, its
 * sentence naming the meeting that adopted it and the day it takes effect, the Premier and the order's date, then the
 * regulation): review47Bite's outline and review48Bite's dates read it. Line numbers on the right.
 */
export const NURSES = [
  '中华人民共和国国务院令', // 0
  '',
  '第517号', // 2
  '',
  '《护士条例》已经2008年1月23日国务院第206次常务会议通过，现予公布，自2008年5月12日起施行。', // 4
  '',
  '总理　温家宝', // 6
  '',
  '二〇〇八年一月三十一日', // 8
  '',
  '护士条例', // 10
  '',
  '第一章　总则', // 12
  '',
  '第一条　为了维护护士的合法权益，规范护理行为，制定本条例。', // 14
  '',
  '第二条　本条例所称护士，是指经执业注册取得护士执业证书的卫生技术人员。', // 16
  '',
].join('\n');

/** A text as compared when consolidated: its lines without the white space around them, blank lines left out. */
export const comparedLines = (text: string): string[] => text.split('\n').map((l) => l.trim()).filter((l) => l.length);

/**
 * The amendment's clauses from `before` to `after` (features/amend.ts), after checking that consolidating the amending text
 * into `before` gives `after` (features/consolidate.ts): the writer and its reader agree.
 */
export function clausesOf(before: string, after: string): string[] {
  const cmp = compareVersions(before, after);
  const result = consolidate(before, amendmentText(cmp));
  assert.deepEqual(result.problems, []);
  assert.deepEqual(comparedLines(result.text), comparedLines(after));
  return amendmentClauses(cmp).clauses;
}
