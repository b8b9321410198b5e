// Suppression comments (features/suppression.ts) as data: a text and the whole list of spans its
// comments cover, in the order they are made; which diagnostics survive them; and the quick fix
// "disable for this line" as the edit it proposes (⟦old→new⟧ in place). Written by reading the
// texts, for the mutation run of suppression.ts (docs/mutation.md, branch mutren12).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Diagnostic } from 'vscode-languageserver-types';
import { buildTreaty } from '../../server/src/model/treaty';
import { Span, suppressionAction, suppressionSpans, suppressionsIn, unsuppressed } from '../../server/src/features/suppression';
import { markedLines } from '../support/editMarks';

const ALL = Infinity;

const SPANS: [string, string, Span[]][] = [
  ['no suppression comment: nothing covered', '# 测试协定\n\n<!-- 注释 -->\n甲。\n', []],
  ['every kind of comment, codes split by commas and spaces, no space around the comment\'s words',
    [
      '# 测试协定', // 0
      '',
      '<!-- treaty-disable-next-line ref.no-such-article, term.unused  style.x -->', // 2
      '',
      '甲。', // 4: the next non-blank line
      '<!--treaty-disable-line-->', // 5: every check on this line
      '<!-- treaty-disable-line a.b-->', // 6
      '<!-- treaty-disable c.d e.f -->', // 7
      '乙。<!-- treaty-disable c.d -->', // 8: already open since 7
      '<!-- treaty-enable c.d g.h -->', // 9: g.h was never disabled
      '<!-- treaty-disable x.y -->', // 10
      '<!-- treaty-enable -->', // 11: closes every open one
      '<!-- treaty-disable z.z --><!-- treaty-disable-file q.q -->', // 12: z.z never closed
      '丙。',
    ].join('\n'),
    [
      { codes: ['ref.no-such-article', 'term.unused', 'style.x'], from: 4, to: 4 },
      { codes: ['*'], from: 5, to: 5 },
      { codes: ['a.b'], from: 6, to: 6 },
      { codes: ['c.d'], from: 7, to: 9 },
      { codes: ['e.f'], from: 7, to: 11 },
      { codes: ['x.y'], from: 10, to: 11 },
      { codes: ['q.q'], from: 0, to: ALL },
      { codes: ['z.z'], from: 12, to: ALL },
    ]],
  ['next-line comments in a row add up; a line of spaces is blank; one at the end covers nothing',
    '<!-- treaty-disable-next-line a.a -->\n<!-- treaty-disable-next-line b.b -->\n\u3000 \n甲。\n<!-- treaty-disable-next-line c.c -->\n',
    [{ codes: ['a.a', 'b.b'], from: 3, to: 3 }]],
];

for (const [name, text, want] of SPANS) {
  test(`suppression spans: ${name}`, () => assert.deepEqual(suppressionSpans(buildTreaty(text)), want));
}

const diag = (code: string | undefined, line: number): Diagnostic => ({ range: { start: { line, character: 1 }, end: { line: line + 1, character: 0 } }, message: 'm', ...(code === undefined ? {} : { code }) });

test('unsuppressed: a diagnostic is dropped only where a span of its code, or of every code, covers its first line', () => {
  const spans: Span[] = [{ codes: ['a.a'], from: 2, to: 4 }, { codes: ['*'], from: 8, to: 8 }, { codes: ['b.b', 'c.c'], from: 10, to: ALL }];
  const asked: [string | undefined, number][] = [
    ['a.a', 1], ['a.a', 2], ['a.a', 4], ['a.a', 5], ['b.b', 3], ['b.b', 8], [undefined, 8], [undefined, 9],
    ['c.c', 9], ['c.c', 10], ['c.c', 1000], ['a.a', 10],
  ];
  const kept = unsuppressed(spans, asked.map(([c, l]) => diag(c, l))).map((d) => `${d.code ?? '-'}@${d.range.start.line}`);
  assert.deepEqual(kept, ['a.a@1', 'a.a@5', 'b.b@3', '-@9', 'c.c@9', 'a.a@10']);
  assert.equal(suppressionsIn(spans).count, 3);
  // From the document's own comments, read as above.
  const doc = buildTreaty('<!-- treaty-disable-line x.x -->\n甲。<!-- treaty-disable-line y.y, x.x -->\n');
  assert.deepEqual(unsuppressed(doc, [diag('x.x', 0), diag('y.y', 0), diag('x.x', 1), diag('y.y', 1), diag('z.z', 1)]).map((d) => `${d.code}@${d.range.start.line}`),
    ['y.y@0', 'z.z@1']);
});

const SUPPRESS: [string, string, number, string[]][] = [
  ['a comment above the line, indented as it is (tab and ideographic space)', '# 测试协定\n\n\t\u3000甲。\n', 2,
    ['3: ⟦→\t\u3000<!-- treaty-disable-next-line x.y -->↵⟧\t\u3000甲。']],
  ['CRLF line breaks are kept', '# 测试协定\r\n\r\n甲。\r\n', 2, ['3: ⟦→<!-- treaty-disable-next-line x.y -->␍↵⟧甲。']],
  ['the last line, with no line break after it, still gets one', '# 测试协定\n\n甲。', 2, ['3: ⟦→<!-- treaty-disable-next-line x.y -->↵⟧甲。']],
  ['the first line', '# 测试协定\n', 0, ['1: ⟦→<!-- treaty-disable-next-line x.y -->↵⟧# 测试协定']],
];

for (const [name, text, line, want] of SUPPRESS) {
  test(`suppress next line: ${name}`, () => {
    const d: Diagnostic = { range: { start: { line, character: 1 }, end: { line, character: 2 } }, message: 'm', code: 'x.y' };
    const a = suppressionAction(buildTreaty(text), 'file:///ws/test.md', d);
    assert.deepEqual({ ...a, edit: undefined }, { title: '在下一行禁用 x.y', kind: 'quickfix', diagnostics: [d], isPreferred: false, edit: undefined });
    assert.deepEqual(Object.keys(a.edit!.changes!), ['file:///ws/test.md']);
    assert.deepEqual(markedLines(text, a.edit!.changes!['file:///ws/test.md']), want);
  });
}
