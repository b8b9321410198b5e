// textDocument/documentSymbol, whole: every symbol's kind, name, detail, range and selection range
// (line:character), nested as the outline shows them. Expected answers written by reading
// documentSymbols.ts and the texts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DocumentSymbol, SymbolKind } from 'vscode-languageserver-types';
import { documentSymbols } from '../../server/src/features/documentSymbols';
import { contextOf, textContext } from '../../server/src/features/context';
import { WorkspaceIndex } from '../../server/src/index/workspace';

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

test('a People’s Daily text: the title in its tag, the other tags left out, law-style articles, items under the first paragraph', () => {
  assert.deepEqual(
    symbolsOf('〖BT/标题〗中华人民共和国政府和蒙古国政府关于边境口岸及其管理制度的协定\n〖ZZ/作者〗新华社\n\n中华人民共和国政府和蒙古国政府（以下简称“双方”），达成协议如下：\n\n第一条　双方开放下列口岸：\n（一）二连浩特—扎门乌德；\n（二）甘其毛道—嘎顺苏海图。\n\n第二条　一、本协定自签字之日起生效。\n'),
    [
      'File 中华人民共和国政府和蒙古国政府关于边境口岸及其管理制度的协定 [协定] 0:0-9:18 sel 0:7-0:37',
      '  Module 序言 [中华人民共和国政府和蒙古国政府（以下简称“双方”…] 3:0-3:33 sel 3:0-3:33',
      '  Field 第一条 [双方开放下列口岸] 5:0-7:14 sel 5:0-5:3',
      '    Property 第一款 5:0-7:14 sel 5:0-5:13',
      '      EnumMember （一） [二连浩特—扎门乌德] 6:0-6:13 sel 6:0-6:13',
      '      EnumMember （二） [甘其毛道—嘎顺苏海图] 7:0-7:14 sel 7:0-7:14',
      '  Field 第二条 [一、本协定自签字之日起生效] 9:0-9:18 sel 9:0-9:3',
    ],
  );
});

test('a title centred over two lines, a chapter without a caption, a section under it, a signing clause with a year and no place, a signature block', () => {
  assert.deepEqual(
    symbolsOf('\n    中华人民共和国政府和蒙古国政府\n    关于边境口岸及其管理制度的协定\n\n第一章\n\n第一条　双方开放口岸。\n\n第一节　公路口岸\n\n第二条　口岸全年开放。\n\n本协定于一九九二年签署。\n\n中华人民共和国政府代表　　　蒙古国政府代表\n'),
    [
      'File 中华人民共和国政府和蒙古国政府关于边境口岸及其管理制度的协定 [协定] 1:0-14:21 sel 1:4-2:19',
      '  Namespace 第一章 4:0-10:11 sel 4:0-4:3',
      '    Field 第一条 [双方开放口岸] 6:0-6:11 sel 6:0-6:3',
      '    Namespace 第一节 [公路口岸] 8:0-10:11 sel 8:0-8:8',
      '      Field 第二条 [口岸全年开放] 10:0-10:11 sel 10:0-10:3',
      '  Event 签署 [1992年] 12:0-12:12 sel 12:0-12:12',
      '  Struct 签字 [中华人民共和国政府代表　　　蒙古国政府代表] 14:0-14:21 sel 14:0-14:21',
    ],
  );
});

test('a cancelled request: the title with nothing under it', () => {
  const ctx = textContext(TEXT);
  const got = documentSymbols(contextOf(ctx.workspace, ctx.snapshot, { isCancellationRequested: true }));
  assert.deepEqual(got, [{ name: '甲国和乙国合作协定', detail: '协定', kind: SymbolKind.File, range: { start: { line: 0, character: 0 }, end: { line: 20, character: 20 } }, selectionRange: { start: { line: 0, character: 2 }, end: { line: 0, character: 11 } }, children: [] }]);
});

/** Positions of one place are one object: a unit's start and its heading's, the ends of units that end together, a one-line unit's range and its selection range. */
function checkShared(symbols: DocumentSymbol[], parentEnd?: DocumentSymbol['range']['end']): number {
  let n = 0;
  const samePlace = (a: { line: number; character: number }, b: { line: number; character: number }) => a.line === b.line && a.character === b.character;
  for (const s of symbols) {
    if (s.kind !== SymbolKind.File) {
      if (samePlace(s.range.start, s.selectionRange.start)) (assert.equal(s.range.start, s.selectionRange.start, `${s.name} start`), n++);
      if (samePlace(s.range.end, s.selectionRange.end)) (assert.equal(s.range.end, s.selectionRange.end, `${s.name} end`), n++);
      if (samePlace(s.range.start, s.selectionRange.start) && samePlace(s.range.end, s.selectionRange.end)) (assert.equal(s.range, s.selectionRange, `${s.name} range`), n++);
      if (samePlace(s.selectionRange.start, s.selectionRange.end) && s.selectionRange.start !== s.range.start) (assert.equal(s.selectionRange.start, s.selectionRange.end, `${s.name} empty heading`), n++);
    }
    if (parentEnd && s.kind !== SymbolKind.Field && samePlace(s.range.end, parentEnd)) (assert.equal(s.range.end, parentEnd, `${s.name} ends with its parent`), n++);
    n += checkShared(s.children ?? [], s.kind === SymbolKind.File ? undefined : s.range.end);
  }
  return n;
}

test('positions shared: a unit’s start is its heading’s, units ending together share their end, a one-line unit’s range is its selection range', () => {
  assert.equal(checkShared(documentSymbols(textContext(TEXT))), 18); // 序言 3, 一、 1, （一） 3, （二） 4, 二、 4, 签署 3
  const ctx = textContext('# 甲乙协定\n\n## 第一条\n\n一、双方合作。\n\n二、双方交流：\n\n（一）文化；\n\n（二）教育。\n');
  const [file] = documentSymbols(ctx);
  const [article] = file.children!;
  const [, second] = article.children!;
  const [, last] = second.children!;
  assert.equal(article.range.end, second.range.end);
  assert.equal(second.range.end, last.range.end);
  assert.equal(last.range, last.selectionRange);
});

test('an edited document read again: an untouched article that starts where it did gives its symbol again, frozen; one moved or edited is built anew', () => {
  const index = new WorkspaceIndex();
  const uri = 'file:///w/a.md';
  const v1 = '# 甲乙协定\n\n## 第一条\n\n双方合作。\n\n## 第二条\n\n双方交流。\n\n## 第三条\n\n本协定自签字之日起生效。\n';
  let snapshot = index.set(uri, v1, 1, 'markdown');
  const first = documentSymbols(contextOf(index, snapshot))[0].children!;
  assert.ok(first.every((s) => Object.isFrozen(s)));
  // A keystroke in 第二条: 第一条 and 第三条 start where they did.
  const at = v1.indexOf('交流');
  snapshot = index.update(uri, v1.slice(0, at) + '加强' + v1.slice(at), [{ start: at, end: at, text: '加强' }], 2, 'markdown');
  const second = documentSymbols(contextOf(index, snapshot))[0].children!;
  assert.deepEqual(outline(second), ['Field 第一条 [双方合作] 2:0-4:5 sel 2:3-2:6', 'Field 第二条 [双方加强交流] 6:0-8:7 sel 6:3-6:6', 'Field 第三条 [本协定自签字之日起生效] 10:0-12:12 sel 10:3-10:6']);
  assert.equal(second[0], first[0]);
  assert.notEqual(second[1], first[1]);
  assert.equal(second[2], first[2]);
  // A line added in 第一条: 第二条 and 第三条 start two lines further on.
  const t2 = snapshot.text;
  const end1 = t2.indexOf('合作。') + 3;
  snapshot = index.update(uri, t2.slice(0, end1) + '\n\n双方协商。' + t2.slice(end1), [{ start: end1, end: end1, text: '\n\n双方协商。' }], 3, 'markdown');
  const third = documentSymbols(contextOf(index, snapshot))[0].children!;
  assert.deepEqual(outline(third), [
    'Field 第一条 [双方合作] 2:0-6:5 sel 2:3-2:6',
    '  Property 第一款 4:0-4:5 sel 4:0-4:5',
    '  Property 第二款 [双方协商] 6:0-6:5 sel 6:0-6:5',
    'Field 第二条 [双方加强交流] 8:0-10:7 sel 8:3-8:6',
    'Field 第三条 [本协定自签字之日起生效] 12:0-14:12 sel 12:3-12:6',
  ]);
  assert.ok(third.every((s, i) => s !== second[i]));
  // Read again unchanged: every symbol given again.
  const again = documentSymbols(contextOf(index, snapshot))[0].children!;
  assert.ok(again.every((s, i) => s === third[i]));
});

test('a heading that is no article among articles: a section; a signature line cut at 24 characters; an empty title tag: untitled', () => {
  assert.deepEqual(
    symbolsOf('# 甲乙协定\n\n## 第一条\n\n双方合作。\n\n## 附则\n\n## 第二条\n\n本协定自签字之日起生效。\n\n本协定于2001年6月15日在北京签署，一式两份。\n\n甲国代表　　　　　　　　　　　　　　　　乙国代表（签字）\n'),
    [
      'File 甲乙协定 [协定] 0:0-14:28 sel 0:2-0:6',
      '  Field 第一条 [双方合作] 2:0-4:5 sel 2:3-2:6',
      '  Module 附则 6:0-6:5 sel 6:3-6:5',
      '  Field 第二条 [本协定自签字之日起生效] 8:0-10:12 sel 8:3-8:6',
      '  Event 签署 [2001年6月15日 北京] 12:0-12:25 sel 12:0-12:25',
      '  Struct 签字 [甲国代表　　　　　　　　　　　　　　　　乙国代表] 14:0-14:28 sel 14:0-14:28',
    ],
  );
  const [file] = documentSymbols(textContext('〖BT/标题〗\n〖ZZ/作者〗新华社\n\n## 第一条\n\n双方合作。\n'));
  assert.deepEqual([file.name, file.detail, pos(file.range.start), pos(file.range.end), pos(file.selectionRange.start), pos(file.selectionRange.end)], ['（无标题）', '', '0:0', '5:5', '0:7', '0:7']);
  assert.deepEqual(outline(file.children!), ['Field 第一条 [双方合作] 3:0-5:5 sel 3:3-3:6']);
});

test('asking for the outline leaves the model as it was: the symbol kept with an article is no property a comparison sees', () => {
  const asked = textContext(TEXT);
  documentSymbols(asked);
  documentSymbols(asked);
  assert.deepStrictEqual(asked.treaty.articles, textContext(TEXT).treaty.articles);
});

// Branch mut2a (issue 12): cases aimed at the survivors of mutfeat's run, answers written by reading documentSymbols.ts and the texts.

test('an article with a single numbered paragraph lists it; a later paragraph worded as the article’s summary keeps its own detail', () => {
  // Only a single *unnumbered* paragraph without items is left out.
  assert.deepEqual(symbolsOf('# 甲乙协定\n\n## 第一条\n\n一、双方合作。\n'), [
    'File 甲乙协定 [协定] 0:0-4:7 sel 0:2-0:6',
    '  Field 第一条 [双方合作] 2:0-4:7 sel 2:3-2:6',
    '    Property 一、 4:0-4:7 sel 4:0-4:7',
  ]);
  // The first paragraph's summary is the article's (shown above it, not twice); the second's is its own, even when the words are the same.
  assert.deepEqual(symbolsOf('# 甲乙协定\n\n## 第一条\n\n一、双方合作。\n\n二、双方合作。\n'), [
    'File 甲乙协定 [协定] 0:0-6:7 sel 0:2-0:6',
    '  Field 第一条 [双方合作] 2:0-6:7 sel 2:3-2:6',
    '    Property 一、 4:0-4:7 sel 4:0-4:7',
    '    Property 二、 [双方合作] 6:0-6:7 sel 6:0-6:7',
  ]);
});

test('a one-line title below a blank line: its heading on its own line, not the first', () => {
  assert.deepEqual(symbolsOf('\n# 甲乙协定\n\n## 第一条\n\n双方合作。\n'), [
    'File 甲乙协定 [协定] 1:0-5:5 sel 1:2-1:6',
    '  Field 第一条 [双方合作] 3:0-5:5 sel 3:3-3:6',
  ]);
});

test('a sub-heading written as a plain line inside a chapter: a section holding the articles after it', () => {
  assert.deepEqual(symbolsOf('# 甲国协定\n\n第一章　总则\n\n第一条　甲。\n\n特别规定\n\n第二条　乙。\n\n第二章　附则\n\n第三条　丙。\n'), [
    'File 甲国协定 [协定] 0:0-12:6 sel 0:2-0:6',
    '  Namespace 第一章 [总则] 2:0-8:6 sel 2:0-2:6',
    '    Field 第一条 [甲] 4:0-4:6 sel 4:0-4:3',
    '    Module 特别规定 6:0-8:6 sel 6:0-6:4',
    '      Field 第二条 [乙] 8:0-8:6 sel 8:0-8:3',
    '  Namespace 第二章 [附则] 10:0-12:6 sel 10:0-10:6',
    '    Field 第三条 [丙] 12:0-12:6 sel 12:0-12:3',
  ]);
});

test('a markdown sub-heading below a markdown chapter heading: a section of the chapter holding the articles after it, as a plain-line one is', () => {
  // A law's 节 written without a number (`### 一般规定` under `## 第一章　总则`): the chapter keeps its articles.
  assert.deepEqual(symbolsOf('# 甲国法\n\n## 第一章　总则\n\n### 一般规定\n\n第一条　甲。\n\n第二条　乙。\n\n## 第二章　附则\n\n第三条　丙。\n'), [
    'File 甲国法 [法] 0:0-12:6 sel 0:2-0:5',
    '  Namespace 第一章 [总则] 2:0-8:6 sel 2:3-2:9',
    '    Module 一般规定 4:0-8:6 sel 4:4-4:8',
    '      Field 第一条 [甲] 6:0-6:6 sel 6:0-6:3',
    '      Field 第二条 [乙] 8:0-8:6 sel 8:0-8:3',
    '  Namespace 第二章 [附则] 10:0-12:6 sel 10:3-10:9',
    '    Field 第三条 [丙] 12:0-12:6 sel 12:0-12:3',
  ]);
  // A heading of the chapter's own rank (or above), or one no article follows, still closes the chapter.
  assert.deepEqual(symbolsOf('# 甲国法\n\n## 第一章　总则\n\n第一条　甲。\n\n## 一般规定\n\n第二条　乙。\n'), [
    'File 甲国法 [法] 0:0-8:6 sel 0:2-0:5',
    '  Namespace 第一章 [总则] 2:0-4:6 sel 2:3-2:9',
    '    Field 第一条 [甲] 4:0-4:6 sel 4:0-4:3',
    // (Session 42: the heading holds the article after it, as the chapter's sub-heading does.)
    '  Module 一般规定 6:0-8:6 sel 6:3-6:7',
    '    Field 第二条 [乙] 8:0-8:6 sel 8:0-8:3',
  ]);
});

test('a heading alone between the title and the first article (`## 总则`): a section, not a preamble', () => {
  assert.deepEqual(symbolsOf('# 甲乙协定\n\n## 总则\n\n第一条　双方合作。\n\n第二条　本协定自签字之日起生效。\n'), [
    'File 甲乙协定 [协定] 0:0-6:16 sel 0:2-0:6',
    // The articles after it stand under it (session 42: 刑法's `## 附则`).
    '  Module 总则 2:0-6:16 sel 2:3-2:5',
    '    Field 第一条 [双方合作] 4:0-4:9 sel 4:0-4:3',
    '    Field 第二条 [本协定自签字之日起生效] 6:0-6:16 sel 6:0-6:3',
  ]);
  // With text under it, the heading heads the preamble as before; the summary is of the text, not the heading.
  assert.deepEqual(symbolsOf('# 甲乙协定\n\n## 序言\n\n双方愿意合作，达成协议如下：\n\n第一条　双方合作。\n').slice(0, 2), [
    'File 甲乙协定 [协定] 0:0-6:9 sel 0:2-0:6',
    '  Module 序言 [双方愿意合作，达成协议如下] 2:0-4:14 sel 2:3-2:5',
  ]);
});

test('a heading with text under it after the articles: a section whose paragraphs give no symbol', () => {
  assert.deepEqual(symbolsOf('# 甲乙协定\n\n## 第一条\n\n双方合作。\n\n## 附则\n\n本协定的附件是本协定的组成部分。\n'), [
    'File 甲乙协定 [协定] 0:0-8:16 sel 0:2-0:6',
    '  Field 第一条 [双方合作] 2:0-4:5 sel 2:3-2:6',
    '  Module 附则 6:0-8:16 sel 6:3-6:5',
  ]);
});

test('an annex after the signatures: its articles listed under it by their labels (the parser keeps them paragraphs: 第一条 elsewhere is the instrument\'s), its own title beside its heading', () => {
  // As the 1994 China–Russia agreement on border ports prints its annex (the rules of the ports) after the signatures.
  const text = [
    '# 中华人民共和国政府和俄罗斯联邦政府关于中俄边境口岸的协定', '',
    '第一条', '', '双方根据本协定附件所列口岸开放。', '',
    '第二条', '', '本协定自签字之日起生效。', '',
    '本协定于1994年1月27日在北京签订，一式两份，每份均用中文和俄文写成，两种文本同等作准。', '',
    '中华人民共和国政府代表　　　　俄罗斯联邦政府代表', '（签字）　　　　　　　　　　　（签字）', '',
    '附件', '', '口岸管理办法', '',
    '第一条　口岸的开放时间由双方商定。', '',
    '第二条　口岸的管理依照双方法律进行：', '（一）出入境检查；', '（二）海关监管。', '',
    '第三条　本办法为本协定的组成部分。',
  ].join('\n');
  assert.deepEqual(symbolsOf(text), [
    'File 中华人民共和国政府和俄罗斯联邦政府关于中俄边境口岸的协定 [协定] 0:0-25:17 sel 0:2-0:30',
    '  Field 第一条 [双方根据本协定附件所列口岸开放] 2:0-4:16 sel 2:0-2:3',
    '  Field 第二条 [本协定自签字之日起生效] 6:0-8:12 sel 6:0-6:3',
    '  Event 签署 [1994年1月27日 北京] 10:0-10:46 sel 10:0-10:46',
    '  Struct 签字 [中华人民共和国政府代表　　　　俄罗斯联邦政府代表] 12:0-13:19 sel 12:0-12:24',
    '  Module 附件 [口岸管理办法] 15:0-25:17 sel 15:0-15:2',
    '    Field 第一条 [口岸的开放时间由双方商定] 19:0-19:17 sel 19:0-19:3',
    '    Field 第二条 [口岸的管理依照双方法律进行] 21:0-23:8 sel 21:0-21:3',
    '    Field 第三条 [本办法为本协定的组成部分] 25:0-25:17 sel 25:0-25:3',
  ]);
});

test('a page opening inside a text (no title, its first article past 第一条): what stands above it is the article before’s end, （续前）, not a preamble', () => {
  const first = (text: string) => documentSymbols(textContext(text))[0]?.name;
  const page = '二、加入书由东道国政府保存。\n\n第三十一条　通告\n\n东道国政府将通知所有签署国。\n\n第三十二条　退出\n\n任何缔约国可以退出本公约。\n';
  assert.equal(first(page), '（续前）');
  // A preamble's words above it (its grounds, its closing): a preamble, the first article's label lost.
  assert.equal(first(`鑒於雙方願意合作，\n\n${page}`), '序言');
  assert.equal(first(`甲国和乙国达成协议如下：\n\n${page}`), '序言');
  // From 第一条, or under a title: a preamble as ever.
  assert.equal(first(page.replace('第三十一条', '第一条').replace('第三十二条', '第二条')), '序言');
  assert.equal(documentSymbols(textContext(`# 甲乙公约\n\n${page}`))[0]?.children?.[0]?.name, '序言');
});

// The glosses are looked for only in strings as long as the shortest: a character, a bracket, one letter with its tone, the
// closing bracket (`阿(ā)`, four code units). A summary of exactly those four is read without it; an item's `(一)` is kept.
test('a summary that is the shortest gloss with its character is read without the gloss; an item label in brackets is kept', () => {
  const text = '# 某协定\n\n## 第一条\n\n一、阿(ā)。\n\n二、喀(kā)什。\n\n(一)甲方。\n';
  const article = documentSymbols(textContext(text))[0].children![0];
  assert.deepEqual(article.children!.map((s) => [s.name, s.detail, s.children?.map((i) => i.name)]), [
    ['一、', undefined, undefined],
    ['二、', '喀什', ['(一)']],
  ]);
  assert.equal(article.detail, '阿');
});

// An article's symbols are looked at for glosses only when a bracket of its text is followed by a letter a gloss opens with
// (words.ts opensPinyin), any of its brackets, not only the first: here the first holds words (`（以下简称…）`), the second a
// converter's gloss, full-width, its tone a digit (`协（xie2）议`), read without it.
test('a gloss in an article after a bracket holding words is still read without it', () => {
  const text = '# 某协定\n\n## 第一条\n\n一、双方（以下简称“缔约方”）合作。\n\n二、协（xie2）议生效。\n';
  const article = documentSymbols(textContext(text))[0].children![0];
  assert.equal(article.detail, '双方（以下简称“缔约方”）合作');
  assert.deepEqual(article.children!.map((s) => [s.name, s.detail]), [
    ['一、', undefined],
    ['二、', '协议生效'],
  ]);
});

// An article's symbols are looked at for glosses, and its paragraphs for items run in their lines, only when its text holds a
// bracket, `(` or `（` (documentSymbols.ts `glossed`). A list whose labels are full-width alone, in an article holding no `(`: LawRefBook/Laws
// @ 2f4c5c2, 行政法/人民警察警衔条例(2009-08-27).md, 第十四条 under its chapter — its third paragraph `晋级的条件:（一）…；（二）…；（三）…。`.
test('items run in a paragraph\'s line with full-width labels alone, in an article holding no `(`, are listed', () => {
  const text = '# 人民警察警衔条例\n\n## 第四章 警衔的晋级\n\n第十四条 二级警督以下的人民警察，在其职务等级编制警衔幅度内，根据本条规定的期限和条件晋级。\n\n' +
    '晋级的期限:二级警员至一级警司，每晋升一级为三年；一级警司至一级警督，每晋升一级为四年。在职的人民警察在院校培训的时间，计算在警衔晋级的期限内。\n\n' +
    '晋级的条件:（一）执行国家的法律、法规和政策，遵纪守法；（二）胜任本职工作；（三）联系群众，廉洁奉公，作风正派。\n\n' +
    '晋级期限届满，经考核具备晋级条件的，应当逐级晋升；不具备晋级条件的，应当延期晋升。在工作中有突出功绩的，可以提前晋升。\n';
  const article = documentSymbols(textContext(text))[0].children![0].children![0];
  assert.equal(article.name, '第十四条');
  assert.deepEqual(article.children!.map((s) => [s.name, s.children?.map((i) => [i.name, i.detail])]), [
    ['第一款', undefined],
    ['第二款', undefined],
    ['第三款', [['（一）', '执行国家的法律、法规和政策，遵纪守法'], ['（二）', '胜任本职工作'], ['（三）', '联系群众，廉洁奉公，作风正派']]],
    ['第四款', undefined],
  ]);
});

// The outline reads an article's paragraphs for items run in a line only when a bracket of the article follows a colon, `:（`
// or `：（` (documentSymbols `listed`): the full-width colon is one, as the half-width colon above.
test('items run in a paragraph\'s line after a full-width colon are listed; an article whose brackets follow no colon lists none', () => {
  const text = '# 人民警察警衔条例\n\n## 第四章 警衔的晋级\n\n第十三条 人民警察警衔（以下简称警衔）的晋级，依照本章的规定办理。\n\n' +
    '第十四条 二级警督以下的人民警察，根据本条规定的期限和条件晋级。\n\n' +
    '晋级的条件：（一）执行国家的法律、法规和政策，遵纪守法；（二）胜任本职工作；（三）联系群众，廉洁奉公，作风正派。\n\n' +
    '晋级期限届满，经考核具备晋级条件的，应当逐级晋升。\n';
  const chapter = documentSymbols(textContext(text))[0].children![0];
  assert.deepEqual(chapter.children!.map((a) => [a.name, a.children?.map((s) => [s.name, s.children?.map((i) => [i.name, i.detail])])]), [
    ['第十三条', undefined],
    ['第十四条', [
      ['第一款', undefined],
      ['第二款', [['（一）', '执行国家的法律、法规和政策，遵纪守法'], ['（二）', '胜任本职工作'], ['（三）', '联系群众，廉洁奉公，作风正派']]],
      ['第三款', undefined],
    ]],
  ]);
});
