// Answers fitted to what a client takes: an editor that declares only plain text
// for hovers or completion documentation gets the text itself, without the
// backslashes that keep document text from being markup.
import { test } from 'node:test';
import { contextOf } from '../../server/src/features/context';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CodeAction, CompletionItemKind, CompletionList, Diagnostic, DocumentSymbol, MarkupKind, SymbolKind } from 'vscode-languageserver-types';
import { actionsFor, completionsFor, diagnosticsFor, kindsOf, linksFor, workspaceSymbolsFor, documentationIn, hoverIn, lensesFor, markupForm, plainMarkup, symbolsIn } from '../../server/src/protocol/adapt';
import { markdownEscape } from '../../server/src/features/plainText';
import { hover } from '../../server/src/features/hover';
import { workspace } from '../support/workspace';

test('markupForm: the first of markdown and plain text the client lists; listing neither, a bare string', () => {
  assert.equal(markupForm(['markdown', 'plaintext']), 'markdown');
  assert.equal(markupForm(['plaintext', 'markdown']), 'plaintext');
  assert.equal(markupForm(['plaintext']), 'plaintext');
  assert.equal(markupForm(undefined), 'string');
  assert.equal(markupForm([]), 'string');
  assert.equal(markupForm(['html']), 'string');
});

test('plainMarkup gives back the document text and drops only our own emphasis', () => {
  fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'*_\\`[]()<>!#-.: ab第条\n'.split('')) }), fc.string({ unit: fc.constantFrom(...'*_\\[]()ab协定'.split('')) }), (text, title) => {
    const md = { kind: MarkupKind.Markdown, value: `**${markdownEscape(title)}**\n\n*${markdownEscape(text)}*` };
    const plain = plainMarkup(md);
    assert.equal(plain.kind, MarkupKind.PlainText);
    assert.equal(plain.value, `${title}\n\n${text.replace(/^[ \t]+/gm, '')}`);
  }), { numRuns: 300 });
});

test('a hover and a completion item in plain text, or as a bare string for a client that takes no MarkupContent', () => {
  const ws = workspace(`# 测试协议\n\n## 第一条\n\n见本协议第二‸条。\n\n## 第二条\n\n双方(甲方、乙方)合作，见 *附件* 。\n`);
  const h = hover(contextOf(ws.index, ws.snapshot()), ws.offset);
  assert.deepEqual(hoverIn(h, 'plaintext')!.contents, { kind: MarkupKind.PlainText, value: '第二条\n\n双方(甲方、乙方)合作，见 *附件* 。' });
  // A MarkedString is markdown: the hover's markdown, escapes and emphasis kept.
  assert.deepEqual(hoverIn(h, 'string')!.contents, '**第二条**\n\n双方\\(甲方、乙方\\)合作，见 \\*附件\\* 。');
  assert.equal(hoverIn(h, 'markdown'), h);
  assert.equal(hoverIn(null, 'string'), null);
  const item = { label: 'x', documentation: { kind: MarkupKind.Markdown, value: '**《甲\\(乙\\)协定》**' } };
  assert.deepEqual(documentationIn(item, 'plaintext').documentation, { kind: MarkupKind.PlainText, value: '《甲(乙)协定》' });
  // A string of documentation is plain text.
  assert.deepEqual(documentationIn(item, 'string').documentation, '《甲(乙)协定》');
  assert.equal(documentationIn(item, 'markdown'), item);
});

const R = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
const sym = (name: string, kind: SymbolKind, children?: DocumentSymbol[]): DocumentSymbol => ({ name, kind, range: R, selectionRange: R, children });

test('kindsOf: a declared valueSet, else LSP 3.0\'s eighteen kinds', () => {
  assert.deepEqual([...kindsOf([1, 22, 'x'])], [1, 22]);
  assert.deepEqual([...kindsOf(undefined)], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18]);
});

test('symbolsIn: a later kind the client does not take becomes the nearest earlier one, at any depth; all taken: the same array', () => {
  const outline = [sym('测试协定', SymbolKind.File, [sym('第一条', SymbolKind.Field, [sym('第一款', SymbolKind.Property, [sym('（一）', SymbolKind.EnumMember)])]), sym('签署', SymbolKind.Event), sym('签字', SymbolKind.Struct)])];
  const flat = (s: DocumentSymbol[]): string[] => s.flatMap((x) => [`${x.name}:${x.kind}`, ...flat(x.children ?? [])]);
  // Event → Function (12), Struct → Class (5), EnumMember → Constant (14).
  assert.deepEqual(flat(symbolsIn(outline, kindsOf(undefined))), ['测试协定:1', '第一条:8', '第一款:7', '（一）:14', '签署:12', '签字:5']);
  assert.deepEqual(flat(symbolsIn(outline, kindsOf([1, 7, 8, 22, 24]))), ['测试协定:1', '第一条:8', '第一款:7', '（一）:22', '签署:24', '签字:5']);
  const every = kindsOf(Array.from({ length: 26 }, (_, i) => i + 1));
  assert.equal(symbolsIn(outline, every), outline);
  assert.equal(flat(outline).join(' '), '测试协定:1 第一条:8 第一款:7 （一）:22 签署:24 签字:23', 'the features\' answer is not changed');
});

test('symbolsIn: a client taking every kind with a fallback gets the outline as it is, not walked (a 1 MB treaty\'s after each keystroke)', () => {
  let read = 0;
  const watched = (name: string, kind: SymbolKind, children?: DocumentSymbol[]): DocumentSymbol => {
    const s = sym(name, kind, children);
    return new Proxy(s, { get: (t, k) => (read++, Reflect.get(t, k)), has: (t, k) => (read++, Reflect.has(t, k)) });
  };
  const outline = [watched('测试协定', SymbolKind.File, [watched('第一条', SymbolKind.Field, [watched('（一）', SymbolKind.EnumMember)]), watched('签署', SymbolKind.Event)])];
  // Every kind LSP 3.10 lists, and only the later kinds an earlier one stands for (Object … TypeParameter) with the outline's own.
  for (const kinds of [kindsOf(Array.from({ length: 26 }, (_, i) => i + 1)), kindsOf([1, 7, 8, 19, 20, 21, 22, 23, 24, 25, 26])]) {
    assert.equal(symbolsIn(outline, kinds), outline);
  }
  assert.equal(read, 0, 'no symbol read');
  // One kind missing: walked, and only what changes is new.
  const taken = symbolsIn(outline, kindsOf([1, 7, 8, 19, 20, 21, 22, 23, 25, 26]));
  assert.ok(read > 0);
  assert.deepEqual([taken[0].children![1].kind, taken[0].children![0]], [SymbolKind.Function, outline[0].children![0]]);
});

test('completionsFor: later kinds as earlier ones and labelDetails dropped, each only for a client that does not take them', () => {
  const list: CompletionList = { isIncomplete: false, items: [
    { label: '第一款', kind: CompletionItemKind.Field, labelDetails: { description: '甲' }, detail: '第二条第一款' },
    { label: '第二款第（一）项', kind: CompletionItemKind.EnumMember, detail: '第二条第二款第（一）项' },
    { label: '主管部门', kind: CompletionItemKind.Constant, labelDetails: { description: '机关' }, detail: '机关' },
    { label: '条' },
  ] };
  const shown = (l: CompletionList) => l.items.map((i) => `${i.label}:${i.kind}:${'labelDetails' in i ? 'details' : '-'}`);
  assert.deepEqual(shown(completionsFor(list, kindsOf(undefined), false)), ['第一款:5:-', '第二款第（一）项:13:-', '主管部门:12:-', '条:undefined:-']);
  assert.deepEqual(shown(completionsFor(list, kindsOf(Array.from({ length: 25 }, (_, i) => i + 1)), true)), ['第一款:5:details', '第二款第（一）项:20:-', '主管部门:21:details', '条:undefined:-']);
  assert.deepEqual(shown(list), ['第一款:5:details', '第二款第（一）项:20:-', '主管部门:21:details', '条:undefined:-']);
  // An item the client takes as it is stays the same object; one without a kind gets none.
  const full = completionsFor(list, kindsOf(Array.from({ length: 25 }, (_, i) => i + 1)), true);
  assert.deepEqual(full.items.map((i, n) => i === list.items[n]), [true, true, true, true]);
  assert.deepEqual(completionsFor(list, kindsOf(undefined), false).items.map((i, n) => i === list.items[n]), [false, false, false, true]);
});

test('actionsFor and diagnosticsFor: a disabled action, isPreferred and relatedInformation only for a client that declares them', () => {
  const actions: CodeAction[] = [
    { title: '重新编号（不可用）', kind: 'quickfix', disabled: { reason: '悬空引用' } },
    { title: '改为全角“，”', kind: 'quickfix', isPreferred: true, edit: { changes: {} } },
    { title: '在下一行禁用', kind: 'quickfix', edit: { changes: {} } },
  ];
  const shown = (a: CodeAction[]) => a.map((x) => `${x.title}${x.disabled ? ' disabled' : ''}${'isPreferred' in x ? ' preferred' : ''}`);
  assert.deepEqual(shown(actionsFor(actions, false, false)), ['改为全角“，”', '在下一行禁用']);
  assert.deepEqual(shown(actionsFor(actions, true, false)), ['重新编号（不可用） disabled', '改为全角“，”', '在下一行禁用']);
  assert.deepEqual(shown(actionsFor(actions, false, true)), ['改为全角“，” preferred', '在下一行禁用']);
  const related: Diagnostic = { range: R, message: '“五年” (5) has no matching number', code: 'align.number', relatedInformation: [{ location: { uri: 'file:///a.ru.md', range: R }, message: 'Статья 1' }] };
  const plain: Diagnostic = { range: R, message: '第九条 does not exist', code: 'ref.no-such-article' };
  assert.deepEqual(diagnosticsFor([related, plain], false), [{ range: R, message: '“五年” (5) has no matching number', code: 'align.number' }, plain]);
  assert.deepEqual(diagnosticsFor([related, plain], true), [related, plain]);
  assert.equal(diagnosticsFor([related, plain], false)[1], plain);
  assert.deepEqual(actionsFor(actions, true, false).map((a, n) => a === actions[n]), [true, false, true]);
});

test('linksFor: a tooltip only for a client that declares tooltipSupport', () => {
  const links = [{ range: R, target: 'file:///b.md#L7', tooltip: '中华人民共和国和哈萨克斯坦共和国睦邻友好合作条约 第九条' }, { range: R, target: 'file:///c.md' }];
  assert.deepEqual(linksFor(links, false), [{ range: R, target: 'file:///b.md#L7' }, { range: R, target: 'file:///c.md' }]);
  assert.equal(linksFor(links, true), links);
});

test('workspaceSymbolsFor: an instrument\'s location without a range gets its file\'s start, for a client that cannot resolve one', () => {
  const symbols = [
    { name: '中华人民共和国和哈萨克斯坦共和国睦邻友好合作条约', kind: SymbolKind.File, location: { uri: 'file:///a.md' }, containerName: '条约' },
    { name: '第十二条', kind: SymbolKind.Field, location: { uri: 'file:///a.md', range: { start: { line: 40, character: 3 }, end: { line: 40, character: 10 } } }, containerName: '中华人民共和国和哈萨克斯坦共和国睦邻友好合作条约' },
  ];
  const start = { line: 0, character: 0 };
  assert.deepEqual(workspaceSymbolsFor(symbols, false), [{ ...symbols[0], location: { uri: 'file:///a.md', range: { start, end: start } } }, symbols[1]]);
  assert.equal(workspaceSymbolsFor(symbols, true), symbols);
});

test('lensesFor: the VS Code extension\'s lens commands only to a client that names them, else the server\'s; a label-only lens only to the former', () => {
  const at = { start: { line: 2, character: 3 }, end: { line: 2, character: 6 } };
  const target = { uri: 'file:///a.ru.md', range: at };
  const lenses = [
    { range: at, command: { title: '被引用 1 次', command: 'treaty.showReferences', arguments: ['file:///a.md', at.start, [target]] } },
    { range: at, command: { title: '俄文本对应条款：Статья 1', command: 'treaty.revealCounterpart', arguments: [target.uri, at] } },
    { range: at, command: { title: '俄文本无对应条款', command: '' } },
  ];
  assert.deepEqual(lensesFor(lenses, new Set(['treaty.showReferences', 'treaty.revealCounterpart'])), lenses);
  assert.deepEqual(lensesFor(lenses, new Set()), [
    { range: at, command: { title: '被引用 1 次', command: 'treaty.server.showReferences', arguments: ['file:///a.md', at.start, [target]] } },
    { range: at, command: { title: '俄文本对应条款：Статья 1', command: 'treaty.server.revealCounterpart', arguments: [target.uri, at] } },
  ]);
});
