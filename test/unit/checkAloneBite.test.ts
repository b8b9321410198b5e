// Tests that bite for treaty-check's two steps (features/diagnostics.ts `checkAlone`, `finishChecks`,
// `withoutHints`; cli/checkWorker.ts `readShare`, `finishAll`): a file checked alone — what it
// decides itself is a diagnostic at once, what needs other documents a pending record in its place,
// with the spans it may report — and the same records finished alone or with the file's workspace.
// checkOnce.test.ts holds the answers equal to the editor's; here each answer is data, read off the
// fixture: the parts in their order, the spans marked ⟦…⟧, the messages the user reads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { URI } from 'vscode-uri';
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import { WorkspaceIndex } from '../../server/src/index/workspace';
import { contextOf } from '../../server/src/features/context';
import { KeptDiagnostic, PartialChecks, SeveritySettings, checkAlone, diagnosticOf, finishChecks, withoutHints } from '../../server/src/features/diagnostics';
import { finishAll, readShare } from '../../server/src/cli/checkWorker';
import { LineMap } from '../../server/src/syntax/positions';
import { fixture, tempFolder } from '../support/fixture';

const TITLE = '中华人民共和国政府和甲国政府关于边境合作的协定';
const SIGNED = '本协定于2001年7月16日在莫斯科签订，一式两份，每份均用中文和俄文写成，两种文本同等作准。\n';
const CITED = '中华人民共和国和甲国国界协定';
/**
 * The file checked. Marks, in the text's order: 0 the date of the cited agreement, 1 its citation,
 * 2 a paragraph its own 第二条 lacks, 3 an article it lacks, 4 the agreement cited again, 5 an article
 * the agreement lacks (4 to 5: the reference to it; this text has a 第四条), 6 the short name dated
 * otherwise, 7 a gap in the numbering.
 */
const MAIN = `# ${TITLE}

中华人民共和国政府和甲国政府（以下简称“双方”），根据⟦1994年4月26日⟧签订的⟦《${CITED}》⟧（以下简称“国界协定”），达成协议如下：

## 第一条

双方依照⟦本协定第二条第三款⟧、⟦本协定第九条⟧和⟦《${CITED}》⟧⟦第四条⟧合作。

## 第二条

双方依照⟦1995年4月26日⟧国界协定管理边境。

## ⟦第四条⟧

本协定自签字之日起生效，有效期五年。

${SIGNED}`;
/** The cited agreement (two articles, signed 1994-04-26) and another part of the file's own text (its 第九条). */
const CITED_TEXT = `# ${CITED}\n\n## 第一条\n\n双方确定国界。\n\n## 第二条\n\n双方维护国界。\n\n本协定于1994年4月26日在北京签订，一式两份。\n`;
const PART = `# ${TITLE}\n\n## 第九条\n\n双方会晤。\n`;

const main = fixture(MAIN).main;
const uri = (name: string) => `file:///ws/${name}`;

function indexOf(files: Record<string, string>): WorkspaceIndex {
  const index = new WorkspaceIndex();
  for (const [name, text] of Object.entries(files)) index.set(uri(name), text, 1, 'markdown');
  return index;
}

const mainMap = (() => {
  const index = indexOf({ 'a.md': main.text });
  return new LineMap(index.model(index.get(uri('a.md'))!).tree.lines);
})();

/** The range from the start of mark `i` to the end of mark `j` (`i` alone by default), as LSP positions. */
function rangeOf(i: number, j = i) {
  return { start: mainMap.positionAt(main.marks[i].start), end: mainMap.positionAt(main.marks[j].end) };
}

/** Six numbers a span (marks `i` to `j`), as `checkAlone` keeps them: offsets, then the start's and end's line and character. */
function kept(i: number, j = i): number[] {
  const r = rangeOf(i, j);
  return [main.marks[i].start, main.marks[j].end, r.start.line, r.start.character, r.end.line, r.end.character];
}

const diag = (code: string, severity: number, mark: number | [number, number], message: string, data?: unknown): Diagnostic =>
  ({ range: typeof mark === 'number' ? rangeOf(mark) : rangeOf(...mark), severity: severity as DiagnosticSeverity, code, source: 'treaty', message, data });

/** A part as data: a diagnostic (kept as one object, `KeptDiagnostic`: made a Diagnostic again as finishing does), or a pending record's kind (a reference: article or citation) and its spans. */
function shape(part: PartialChecks['parts'][number]): unknown {
  if (!('pending' in part)) {
    assert.ok(part instanceof KeptDiagnostic);
    return diagnosticOf(part);
  }
  const p = part.pending;
  return { pending: p.kind === 'reference' ? `reference ${p.ref.kind}` : p.kind, ranges: part.ranges };
}

const NO_SUCH_PARAGRAPH = diag('ref.no-such-paragraph', 1, 2, '第二条没有该款（共1款）');
const GAP = diag('numbering.gap', 2, 7, '缺少第三条', { expected: 3 });
/** The main file's diagnostics checked alone, then finished without the files it cites. */
const ALONE = [
  diag('ref.citation-not-found', 3, 1, `工作区中找不到《${CITED}》`),
  NO_SUCH_PARAGRAPH,
  diag('ref.no-such-article', 1, 3, '本协定没有第九条（共3条）', { num: 9 }),
  diag('ref.citation-not-found', 3, 4, `工作区中找不到《${CITED}》`),
  diag('ref.date-mismatch', 2, 6, `引用日期 1995年4月26日 与前文所引《${CITED}》的日期（1994年4月26日）不符`),
  GAP,
];

test('check alone: what the file decides itself is said at once, in its place among the records of what needs other documents', () => {
  const index = indexOf({ 'a.md': main.text });
  const partial = checkAlone(contextOf(index, index.get(uri('a.md'))!));
  assert.deepEqual(partial.parts.map(shape), [
    // The citation with its date (the citation's span first), read in the preamble.
    { pending: 'reference citation', ranges: [...kept(1), ...kept(0)] },
    // 第二条 is here, with one paragraph: said now.
    NO_SUCH_PARAGRAPH,
    // 第九条 is not here: another part of the text may have it.
    { pending: 'reference article', ranges: kept(3) },
    // 《…》第四条: the article of the agreement cited (the citation and its article, one span), then the
    // citation. Never looked up here, though this text has a 第四条.
    { pending: 'reference article', ranges: kept(4, 5) },
    { pending: 'reference citation', ranges: kept(4) },
    { pending: 'short-forms', ranges: kept(6) },
    GAP,
    { pending: 'counterparts', ranges: [] },
  ]);
  assert.deepEqual(partial.own, { part: false, excerpt: false, cutAfter: undefined, selfRef: '本协定', articleCount: 3, traditional: false, paragraphWord: '款', itemWord: '项', broken: [] });
});

test('check alone, then finished alone: the citations are not found, 第九条 is missing, the short name is dated against the citation', () => {
  const index = indexOf({ 'a.md': main.text });
  const ctx = contextOf(index, index.get(uri('a.md'))!);
  assert.deepEqual(finishChecks(ctx, checkAlone(ctx)), ALONE);
});

test('check alone: each kept diagnostic\'s message is the words `words` gives for it (treaty-check keeps one string for equal messages), finished unchanged', () => {
  const index = indexOf({ 'a.md': main.text });
  const ctx = contextOf(index, index.get(uri('a.md'))!);
  const seen: string[] = [];
  const shared = new Map<string, string>();
  const partial = checkAlone(ctx, (m) => {
    seen.push(m);
    if (!shared.has(m)) shared.set(m, (' ' + m).slice(1));
    return shared.get(m)!;
  });
  const keptOnes = partial.parts.filter((p): p is KeptDiagnostic => !('pending' in p));
  assert.deepEqual(seen, [NO_SUCH_PARAGRAPH.message, GAP.message]);
  for (const k of keptOnes) assert.ok(k.message === shared.get(k.message));
  assert.deepEqual(finishChecks(ctx, partial), ALONE);
});

test('check alone, then finished with the workspace: the cited agreement lacks 第四条, another part has 第九条, the short name is dated against the copy', () => {
  // Checked in an index of its own, finished in the workspace's: the records carry all it needs.
  const alone = indexOf({ 'a.md': main.text });
  const partial = checkAlone(contextOf(alone, alone.get(uri('a.md'))!));
  const index = indexOf({ 'a.md': main.text, 'cited.md': CITED_TEXT, 'a（二）.md': PART });
  assert.deepEqual(finishChecks(contextOf(index, index.get(uri('a.md'))!), partial), [
    NO_SUCH_PARAGRAPH,
    diag('ref.no-such-article', 1, [4, 5], `《${CITED}》没有第四条（共2条）`, { num: 4 }),
    diag('ref.date-mismatch', 2, 6, `引用日期 1995年4月26日 与《${CITED}》的日期（1994年4月26日）不符`),
    GAP,
  ]);
});

test('check alone: a part of a longer text (its first article 第五条) and an excerpt say nothing of their own missing articles, but do of another instrument\'s', () => {
  for (const [title, first, second, own] of [
    [TITLE, '第五条', '第六条', { part: true, excerpt: false, cutAfter: undefined, selfRef: '本协定', articleCount: 2, traditional: false, paragraphWord: '款', itemWord: '项', broken: [] }],
    // (An excerpt skips articles on purpose: 第一条, 第七条 is no gap.)
    [`${TITLE}节录`, '第一条', '第七条', { part: false, excerpt: true, cutAfter: undefined, selfRef: '本协定', articleCount: 2, traditional: false, paragraphWord: '款', itemWord: '项', broken: [] }],
  ] as const) {
    const f = fixture(`# ${title}\n\n## ${first}\n\n双方依照本协定第九条和⟦《${CITED}》第四条⟧合作。\n\n## ${second}\n\n本协定自签字之日起生效，有效期五年。\n\n${SIGNED}`).main;
    const index = indexOf({ 'p.md': f.text, 'cited.md': CITED_TEXT });
    const ctx = contextOf(index, index.get(uri('p.md'))!);
    const partial = checkAlone(ctx);
    assert.deepEqual(partial.own, own, title);
    assert.deepEqual(partial.parts.map(shape).map((p) => (p as { pending?: string }).pending ?? p), ['reference article', 'reference article', 'reference citation', 'counterparts'], title);
    const map = new LineMap(index.model(index.get(uri('p.md'))!).tree.lines);
    assert.deepEqual(finishChecks(ctx, partial), [{
      range: { start: map.positionAt(f.marks[0].start), end: map.positionAt(f.marks[0].end) },
      severity: DiagnosticSeverity.Error, code: 'ref.no-such-article', source: 'treaty', message: `《${CITED}》没有第四条（共2条）`, data: { num: 4 },
    }], title);
  }
});

test('withoutHints: every check whose severity is a hint is off, by default or as the user set it; other settings are kept', () => {
  assert.deepEqual(withoutHints({}), {
    'term.before-definition': 'off', 'term.unused': 'off', 'style.half-width-punctuation': 'off', 'term.long-form': 'off',
  });
  const settings = { 'term.unused': 'warning', 'numbering.gap': 'hint', 'ref.citation-not-found': 'loud', 'term.long-form': 'off' } as unknown as SeveritySettings;
  assert.deepEqual(withoutHints(settings), {
    'term.unused': 'warning', 'numbering.gap': 'off', 'ref.citation-not-found': 'loud', 'term.long-form': 'off',
    'term.before-definition': 'off', 'style.half-width-punctuation': 'off',
  });
});

test('treaty-check\'s two steps: a file read alone, then with its folder; the places are those read, though the file is gone before finishing', () => {
  const dir = tempFolder({ 'a.md': main.text, 'cited.md': CITED_TEXT, 'a（二）.md': PART });
  const file = (name: string) => ({ file: path.join(dir, name), uri: URI.file(path.join(dir, name)).toString() });
  const checks = (names: string[], hints: boolean, severity: SeveritySettings = {}) => {
    const read = readShare({ files: names.map(file), severity, markdownDetection: true, hints });
    // Step 2 reads no text again: the file may be gone.
    fs.writeFileSync(path.join(dir, 'a.md'), '');
    try {
      return finishAll(read, severity, true, [], hints).find((r) => r.file === file('a.md').file)!.diagnostics;
    } finally {
      fs.writeFileSync(path.join(dir, 'a.md'), main.text);
    }
  };
  assert.deepEqual(checks(['a.md'], false), ALONE);
  assert.deepEqual(checks(['a.md', 'cited.md', 'a（二）.md'], false), [
    NO_SUCH_PARAGRAPH,
    diag('ref.no-such-article', 1, [4, 5], `《${CITED}》没有第四条（共2条）`, { num: 4 }),
    diag('ref.date-mismatch', 2, 6, `引用日期 1995年4月26日 与《${CITED}》的日期（1994年4月26日）不符`),
    GAP,
  ]);
  // A check made a hint is dropped without --hints, kept with them.
  const hinted = { 'numbering.gap': 'hint', 'ref.citation-not-found': 'hint' } as const;
  assert.deepEqual(checks(['a.md'], false, hinted), ALONE.filter((d) => d.code !== 'numbering.gap' && d.code !== 'ref.citation-not-found'));
  assert.deepEqual(checks(['a.md'], true, hinted), ALONE.map((d) => (d.code === 'numbering.gap' || d.code === 'ref.citation-not-found' ? { ...d, severity: 4 } : d)));
});
