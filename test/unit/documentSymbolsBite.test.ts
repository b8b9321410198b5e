// textDocument/documentSymbol, whole: every symbol's kind, name, detail, range and selection range
// (line:character), nested as the outline shows them. Expected answers written by reading
// documentSymbols.ts and the texts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DocumentSymbol, SymbolKind } from 'vscode-languageserver-types';
import { documentSymbols } from '../../server/src/features/documentSymbols';
import { textContext } from '../../server/src/features/context';

const KIND: Record<number, string> = Object.fromEntries(Object.entries(SymbolKind).map(([k, v]) => [v, k]));
const pos = (p: { line: number; character: number }) => `${p.line}:${p.character}`;

function outline(symbols: DocumentSymbol[], depth = 0): string[] {
  return symbols.flatMap((s) => {
    for (const k of Object.keys(s)) assert.ok(['name', 'detail', 'kind', 'range', 'selectionRange', 'children'].includes(k), k);
    assert.ok(s.children === undefined || s.children.length > 0, 'no empty children');
    assert.ok(s.detail !== '', 'no empty detail');
    const line = `${'  '.repeat(depth)}${KIND[s.kind]} ${s.name}${s.detail ? ` [${s.detail}]` : ''} ${pos(s.range.start)}-${pos(s.range.end)} sel ${pos(s.selectionRange.start)}-${pos(s.selectionRange.end)}`;
    return [line, ...outline(s.children ?? [], depth + 1)];
  });
}

const symbolsOf = (text: string) => outline(documentSymbols(textContext(text)));

const TEXT = `# 甲国和乙国合作协定

甲国和乙国（以下简称“双方”）达成协议如下：

## 第一章　总则

## 第一条　宗旨

双方开展合作。

## 第二条

一、双方交换信息：

（一）形势；

（二）其他信息。

二、双方保守秘密。

本协定于2001年6月15日在北京签署。
`;

test('a whole outline: title, preamble, chapter, articles, paragraphs, items, signing clause', () => {
  assert.deepEqual(symbolsOf(TEXT), [
    'File 甲国和乙国合作协定 [协定] 0:0-20:20 sel 0:2-0:11',
    '  Module 序言 [甲国和乙国（以下简称“双方”）达成协议如下] 2:0-2:22 sel 2:0-2:22',
    '  Namespace 第一章 [总则] 4:0-18:9 sel 4:3-4:9',
    '    Field 第一条 [宗旨] 6:0-8:7 sel 6:3-6:6',
    '    Field 第二条 [双方交换信息] 10:0-18:9 sel 10:3-10:6',
    '      Property 一、 12:0-16:8 sel 12:0-12:9',
    '        EnumMember （一） [形势] 14:0-14:6 sel 14:0-14:6',
    '        EnumMember （二） [其他信息] 16:0-16:8 sel 16:0-16:8',
    '      Property 二、 [双方保守秘密] 18:0-18:9 sel 18:0-18:9',
    '  Event 签署 [2001年6月15日 北京] 20:0-20:20 sel 20:0-20:20',
  ]);
});

test('a captioned article: each paragraph’s own summary; a text without a title: its articles at the top', () => {
  assert.deepEqual(symbolsOf('# 甲乙协定\n\n## 第一条　生效\n\n一、本协定自签字之日起生效。\n\n二、有效期五年。\n'), [
    'File 甲乙协定 [协定] 0:0-6:8 sel 0:2-0:6',
    '  Field 第一条 [生效] 2:0-6:8 sel 2:3-2:6',
    '    Property 一、 [本协定自签字之日起生效] 4:0-4:14 sel 4:0-4:14',
    '    Property 二、 [有效期五年] 6:0-6:8 sel 6:0-6:8',
  ]);
  assert.deepEqual(symbolsOf('## 第一条\n\n双方合作。\n'), ['Field 第一条 [双方合作] 0:0-2:5 sel 0:3-0:6']);
});
