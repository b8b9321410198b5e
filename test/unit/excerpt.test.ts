// A text that says it is an excerpt (`节录`, `節錄`, `节选`, `摘录`) — in its title line or in a
// note before its first article — cites its own articles that are in the whole instrument
// only: no `ref.no-such-article` for them. The same text without the note gets the errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { contextOf } from '../../server/src/features/context';
import { diagnostics } from '../../server/src/features/diagnostics';
import { LineMap } from '../../server/src/syntax/positions';
import { workspace } from '../support/workspace';
import { ROOT } from '../support/fixture';

/** The errors and warnings of a document: code and the text each covers. */
function problems(source: string): { code: string; text: string }[] {
  const ws = workspace(source);
  const s = ws.snapshot();
  const map = new LineMap(ws.index.model(s).tree.lines);
  return diagnostics(contextOf(ws.index, s))
    .filter((d) => d.severity! <= 2)
    .map((d) => ({ code: String(d.code), text: s.text.slice(map.offsetAt(d.range.start), map.offsetAt(d.range.end)) }));
}

const BODY = '## 第一条\n\n双方依照本协定第五条和第九条的规定开展合作。\n\n## 第二条\n\n本协定自签字之日起生效。\n';
const MISSING = [
  { code: 'ref.no-such-article', text: '本协定第五条' },
  { code: 'ref.no-such-article', text: '第九条' },
];

const CASES: [string, string, typeof MISSING][] = [
  ['no note: the missing articles are errors', `# 甲乙合作协定\n\n${BODY}`, MISSING],
  ['（节录） in the title line', `# 甲乙合作协定（节录）\n\n${BODY}`, []],
  ['a note under the title (traditional script)', `# 甲乙合作协定\n\n（節錄）\n\n${BODY}`, []],
  ['a metadata line before the first article', `# 甲乙合作协定\n\n**性质**：全文节选——本文节录第一条、第二条\n\n${BODY}`, []],
  ['摘录 in running text before the articles is no note', `# 甲乙合作协定\n\n双方交换了会议记录摘录，达成协议如下：\n\n${BODY}`, MISSING],
  ['a note after the first article is no note', `# 甲乙合作协定\n\n${BODY}\n（节录）\n`, MISSING],
];

for (const [name, source, want] of CASES) {
  test(`excerpt: ${name}`, () => assert.deepEqual(problems(source), want));
}

// The real UN Charter excerpt (test/fixtures/real): `**性質**：史料全文（節錄）——本文節錄序言及第一章全文，
// 並列其餘各章標題`, then a list of the other chapters citing 第三條 … 第一百一十一條 (by reading).
test('excerpt: the real UN Charter excerpt gets no error for the chapters it lists', () => {
  const text = fs.readFileSync(path.join(ROOT, 'test/fixtures/real/charter_un_excerpt_hant.md'), 'utf8');
  assert.deepEqual(problems(`%! charter_un_excerpt_hant.md\n${text}`), []);
  // Without its note the same text is 36 dangling references (18 chapters, two articles each; by reading).
  const stripped = text.replace('（節錄）——本文節錄', '——本文收').replace('1945年節錄', '1945年');
  assert.equal(problems(`%! charter_un_excerpt_hant.md\n${stripped}`).filter((p) => p.code === 'ref.no-such-article').length, 36);
});
