// What a closed document citing another keeps of its citations (index/workspace.ts `Snapshot.citing`): Find All
// References on a law's title or article, the lenses counting who cites its articles, and what cites it read them
// off every citing document without building its model again — a law cited by more documents than the index keeps
// models of (64) had every citing document parsed again on every request. The answers are those the citing texts
// give on reading; the second request builds no model of a closed document.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Snapshot, WorkspaceIndex } from '../../server/src/index/workspace';
import { contextOf } from '../../server/src/features/context';
import { references } from '../../server/src/features/references';
import { codeLenses } from '../../server/src/features/codeLens';
import { citedBy } from '../../server/src/features/citedBy';
import { workspaceSymbols } from '../../server/src/features/workspaceSymbols';
import { renumberArticles } from '../../server/src/features/renumber';

const LAW_URI = 'file:///ws/刑法.md';
const LAW = '# 中华人民共和国刑法\n\n第一条 为了惩罚犯罪，制定本法。\n\n第二条 刑法的任务。\n\n第三条 本法自公布之日起施行。\n';
/** More citing regulations than the index keeps models of closed documents. */
const CITERS = 80;
const citer = (i: number) =>
  `# 某某条例${i}\n\n第一条 为了执行《中华人民共和国刑法》，制定本条例。\n\n第二条 依照刑法第二条处理。\n\n第三条 本条例自公布之日起施行。\n`;
const uri = (i: number) => `file:///ws/citer${String(i).padStart(3, '0')}.md`;

function workspace(): { index: WorkspaceIndex; law: Snapshot } {
  const index = new WorkspaceIndex();
  for (let i = 0; i < CITERS; i++) index.set(uri(i), citer(i), 0);
  return { index, law: index.set(LAW_URI, LAW, 1, 'markdown') };
}

/** Counts the models built of closed documents while `run` runs (the snapshot's one builder, wrapped). */
function closedBuilds(run: () => void): number {
  const proto = Snapshot.prototype as unknown as Record<symbol, (this: Snapshot) => unknown>;
  const build = Object.getOwnPropertySymbols(proto).find((s) => s.description === 'build')!;
  const original = proto[build];
  let n = 0;
  proto[build] = function (this: Snapshot) {
    if (!this.open && !this.hasModel) n++;
    return original.call(this);
  };
  try {
    run();
  } finally {
    proto[build] = original;
  }
  return n;
}

/** The text a location covers, in the document at its URI. */
function covered(index: WorkspaceIndex, l: { uri: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }): string {
  const lines = index.get(l.uri)!.text.split('\n');
  assert.equal(l.range.start.line, l.range.end.line);
  return lines[l.range.start.line].slice(l.range.start.character, l.range.end.character);
}

test('Find All References on a law cited by 80 regulations: each citation, read off the kept citations the second time', () => {
  const { index, law } = workspace();
  const title = law.text.indexOf('中华人民共和国刑法') + 1;
  const first = references(contextOf(index, law), title, false);
  // Read: each regulation cites the law once by its title in brackets (line 2), and once by its bare name with an article.
  const cited = first.filter((l) => l.uri !== LAW_URI);
  assert.equal(new Set(cited.map((l) => l.uri)).size, CITERS);
  for (const l of cited.filter((x) => x.range.start.line === 2)) assert.equal(covered(index, l), '《中华人民共和国刑法》');
  assert.equal(cited.filter((x) => x.range.start.line === 2).length, CITERS);
  let again: typeof first = [];
  assert.equal(closedBuilds(() => (again = references(contextOf(index, law), title, false))), 0, 'no citing model built again');
  assert.deepStrictEqual(again, first);
});

test('references and lenses of a law\'s article from 80 regulations, and what cites the law, with no citing model built again', () => {
  const { index, law } = workspace();
  const second = law.text.indexOf('第二条') + 1;
  const refs = references(contextOf(index, law), second, false);
  // Read: `刑法第二条` in each regulation's article 2 (line 4): the article's label (the bare name is the citation's span).
  assert.equal(refs.length, CITERS);
  for (const l of refs) {
    assert.equal(l.range.start.line, 4);
    assert.equal(covered(index, l), '第二条');
  }
  let lenses: ReturnType<typeof codeLenses> = [];
  let by: ReturnType<typeof citedBy> | undefined;
  assert.equal(closedBuilds(() => {
    lenses = codeLenses(contextOf(index, law));
    by = citedBy(contextOf(index, law));
  }), 0, 'no citing model built again');
  // One lens, over article 2, counting the 80; what cites the law: the 80 regulations.
  assert.equal(lenses.length, 1);
  assert.equal(lenses[0].range.start.line, 4);
  assert.deepStrictEqual(lenses[0].command!.arguments![2], refs);
  assert.equal(new Set(by!.locations.map((l) => l.uri)).size, CITERS);
  // A regulation edited and saved: its new citations read, the old ones not kept.
  index.set(uri(0), citer(0).replace('依照刑法第二条处理', '依照刑法第一条处理'), 0);
  const after = references(contextOf(index, law), second, false);
  assert.equal(after.length, CITERS - 1);
  assert.ok(!after.some((l) => l.uri === uri(0)));
});

// Workspace symbols for an article number read every document's articles — up to 500 documents, where the index
// keeps 64 models of closed ones: each closed document keeps what they read of its articles (`Snapshot.articleMarks`;
// the summaries a query for words reads, `articleSummaries`), so that the next query builds no model.
const AGREEMENT_URI = 'file:///ws/协定.md';
const AGREEMENT = '# 某某协定\n\n## 第一条 宗旨\n\n双方同意合作。\n\n## 第2条 定义\n\n本协定所称双方是指甲国和乙国。\n\n## 第二条之一 附加\n\n双方另行商定。\n\n## 第十二條 生效\n\n本協定自签字之日起生效。\n';

test('workspace symbols for an article number and for words, the second query building no closed model', () => {
  const { index } = workspace();
  index.set(AGREEMENT_URI, AGREEMENT, 0);
  const ask = (q: string) => workspaceSymbols(index, q).map((s) => [s.name, s.containerName, s.location.uri, 'range' in s.location ? s.location.range : undefined]);
  const queries = ['第二条', '第2条', '第十二条', '12', '条处理', '条约'];
  const first = queries.map(ask);
  const at = (line: number, from: number, to: number) => ({ start: { line, character: from }, end: { line, character: to } });
  // Read, in the workspace's order (the 80 regulations, the law, the agreement): article 2 of each regulation and of
  // the law, its label at the head of line 4; the agreement's `第2条` (named in words) and `第二条之一`, after `## `.
  const regulations = (name: string) => Array.from({ length: CITERS }, (_, i) => [name, `某某条例${i}`, uri(i), at(4, 0, 3)]);
  assert.deepStrictEqual(first[0], [
    ...regulations('第二条'),
    ['第二条', '中华人民共和国刑法', LAW_URI, at(4, 0, 3)],
    ['第二条 定义', '某某协定', AGREEMENT_URI, at(6, 3, 6)],
    ['第二条之一 附加', '某某协定', AGREEMENT_URI, at(10, 3, 8)],
  ]);
  // Asked in digits, an article is named with the query too (`第二条 第2条`), but one numbered 之一.
  assert.deepStrictEqual(first[1], [
    ...regulations('第二条 第2条'),
    ['第二条 第2条', '中华人民共和国刑法', LAW_URI, at(4, 0, 3)],
    ['第二条 第2条 定义', '某某协定', AGREEMENT_URI, at(6, 3, 6)],
    ['第二条之一 附加', '某某协定', AGREEMENT_URI, at(10, 3, 8)],
  ]);
  // `第十二條`, in traditional characters: named as `第十二条`, its label the four characters after `## ` on line 14.
  assert.deepStrictEqual(first[2], [['第十二条 生效', '某某协定', AGREEMENT_URI, at(14, 3, 7)]]);
  assert.deepStrictEqual(first[3], [['第十二条 第12条 生效', '某某协定', AGREEMENT_URI, at(14, 3, 7)]]);
  // Words: each regulation's article 2, whose summary is `依照刑法第二条处理`; `条约` in no article.
  assert.deepStrictEqual(first[4], regulations('第二条'));
  assert.deepStrictEqual(first[5], []);
  let again: typeof first = [];
  assert.equal(closedBuilds(() => (again = queries.map(ask))), 0, 'no closed model built again');
  assert.deepStrictEqual(again, first);
});

// Renumbering a law reads every document citing it, then checks its plan on them (the edited texts parsed again, every
// reference compared): the check reads the models the plan read, not the index's again — which keeps 64 of closed
// documents, so a law cited by more had each citing law parsed three times.
test('renumbering a law cited by 80 regulations builds each regulation\'s model once', () => {
  const { index } = workspace();
  // 第一条 deleted: 第二条 and 第三条 become 第一条 and 第二条, and each regulation's `刑法第二条` follows.
  const law = index.set(LAW_URI, LAW.replace('第一条 为了惩罚犯罪，制定本法。\n\n', ''), 2, 'markdown');
  let answer: ReturnType<typeof renumberArticles> | undefined;
  assert.equal(closedBuilds(() => (answer = renumberArticles(contextOf(index, law)))), CITERS, 'one model a regulation');
  assert.equal(answer!.refused, undefined);
  assert.equal(answer!.articles, 2);
  const changes = answer!.edit!.changes!;
  // Read: in each regulation `第二条 依照刑法第二条处理。` (line 4), the cited article's number, 二 at character 9.
  for (let i = 0; i < CITERS; i++) assert.deepStrictEqual(changes[uri(i)], [{ range: { start: { line: 4, character: 9 }, end: { line: 4, character: 10 } }, newText: '一' }]);
  // The law's two labels, on lines 2 and 4.
  assert.deepStrictEqual(changes[LAW_URI].map((e) => [e.range.start.line, e.range.start.character, e.newText]), [[2, 1, '一'], [4, 1, '二']]);
});
