// workspace/symbol, query by query: the whole answer (name, kind, container, file and range)
// over a workspace of two instruments. Expected answers written by reading workspaceSymbols.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SymbolKind, WorkspaceSymbol } from 'vscode-languageserver-types';
import { workspaceSymbols } from '../../server/src/features/workspaceSymbols';
import { WorkspaceIndex } from '../../server/src/index/workspace';
import { formatChinese } from '../../server/src/syntax/numerals';
import { fixture } from '../support/fixture';

const FILES = `%! a.md
# 中华人民共和国和哈萨克斯坦共和国睦邻友好合作条约

中华人民共和国和哈萨克斯坦共和国（以下简称“缔约双方”）达成协议如下：

## 第一条　宗旨

缔约双方发展友好关系。

## 第十二条

本条约自签字之日起生效。
%! b.md
# 联合国宪章

## 第十二条之一

大会讨论。

## 第一百零二条

会员国登记条约。
`;

function indexOf(source: string): WorkspaceIndex {
  const index = new WorkspaceIndex();
  for (const f of fixture(source).files) index.set(f.uri, f.text, 1, 'markdown');
  return index;
}

const KIND: Record<number, string> = Object.fromEntries(Object.entries(SymbolKind).map(([k, v]) => [v, k]));
function show(s: WorkspaceSymbol): string {
  const loc = s.location as { uri: string; range?: { start: { line: number; character: number }; end: { line: number; character: number } } };
  const at = loc.range ? ` ${loc.range.start.line}:${loc.range.start.character}-${loc.range.end.line}:${loc.range.end.character}` : '';
  return `${s.name} | ${KIND[s.kind]} | in ${s.containerName ?? '-'} | ${loc.uri.replace('file:///ws/', '')}${at}`;
}

const A = '中华人民共和国和哈萨克斯坦共和国睦邻友好合作条约';
const CASES: [string, string[]][] = [
  ['', [`${A} | File | in 条约 | a.md`, '联合国宪章 | File | in 宪章 | b.md']],
  ['睦邻', [`${A} | File | in 条约 | a.md`]],
  ['十二', []],
  ['第12条', [`第十二条 第12条 | Field | in ${A} | a.md 8:3-8:7`, '第十二条之一 | Field | in 联合国宪章 | b.md 2:3-2:9']],
  ['第 12 条', [`第十二条 第12条 | Field | in ${A} | a.md 8:3-8:7`, '第十二条之一 | Field | in 联合国宪章 | b.md 2:3-2:9']],
  ['12', [`第十二条 第12条 | Field | in ${A} | a.md 8:3-8:7`, '第十二条之一 | Field | in 联合国宪章 | b.md 2:3-2:9']],
  ['１２', [`第十二条 第１２条 | Field | in ${A} | a.md 8:3-8:7`, '第十二条之一 | Field | in 联合国宪章 | b.md 2:3-2:9']],
  ['第十二条', [`第十二条 | Field | in ${A} | a.md 8:3-8:7`, '第十二条之一 | Field | in 联合国宪章 | b.md 2:3-2:9']],
  ['第1条', [`第一条 第1条 宗旨 | Field | in ${A} | a.md 4:3-4:6`]],
  ['宪章第102条', ['第一百零二条 宪章第102条 | Field | in 联合国宪章 | b.md 6:3-6:9']],
  ['条约第102条', []],
  ['条约自签', [`第十二条 | Field | in ${A} | a.md 8:3-8:7`]],
  ['第一百', []],
  ['宪章', ['联合国宪章 | File | in 宪章 | b.md']],
  ['第3条', []],
  // An inserted article by its number and sub-number: that one alone (not 第十二条, not read as article 1 of `第十二条之`).
  ['第十二条之一', ['第十二条之一 | Field | in 联合国宪章 | b.md 2:3-2:9']],
  ['第12条之一', ['第十二条之一 | Field | in 联合国宪章 | b.md 2:3-2:9']],
  ['宪章第十二条之一', ['第十二条之一 | Field | in 联合国宪章 | b.md 2:3-2:9']],
  ['第十二条之二', []],
];

for (const [query, expected] of CASES) {
  test(`workspace symbols for “${query}”`, () => {
    assert.deepEqual(workspaceSymbols(indexOf(FILES), query).map(show), expected);
  });
}

test('a cancelled request: nothing', () => {
  assert.deepEqual(workspaceSymbols(indexOf(FILES), '', { isCancellationRequested: true }), []);
});

test('at most 500 symbols: the first 500 articles of a long instrument, none of the next document', () => {
  const long = Array.from({ length: 501 }, (_, i) => `## 第${formatChinese(i + 1)}条\n\n双方合作。\n`).join('\n');
  const index = indexOf(`%! long.md\n# 甲国和乙国合作协定\n\n${long}%! c.md\n# 甲国和丙国合作协定\n\n## 第一条\n\n双方合作。\n`);
  const names = workspaceSymbols(index, '第').map((s) => s.name);
  assert.deepEqual(names, Array.from({ length: 500 }, (_, i) => `第${formatChinese(i + 1)}条`));
});
