// Columns in UTF-16 units and in UTF-8 bytes (protocol/positionCodec.ts), counted by reading each
// line: a Chinese character one unit and three bytes, 𠀀 two units and four bytes, ASCII one and one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Message, MessageReader, MessageWriter } from 'vscode-languageserver/node';
import { PositionCodec, countedColumn, negotiated, utf16Column, utf16ColumnOf, utf8Column } from '../../server/src/protocol/positionCodec';

test('UTF-16 units → UTF-8 bytes', () => {
  const cases: [string, number, number][] = [
    ['第一条', 0, 0],
    ['第一条', 1, 3],
    ['第一条', 3, 9],
    ['a𠀀b', 1, 1],
    ['a𠀀b', 3, 5],
    ['a𠀀b', 4, 6],
    ['§ 1（一）', 5, 10],
    // The ends of each width: U+007F one byte, U+0080 two, U+07FF two, U+0800 three, U+FFFF three, U+10000 and U+10FFFF four.
    ['\u007f\u0080', 2, 3],
    ['\u07ff\u0800', 2, 5],
    ['\uffff\u{10000}', 3, 7],
    ['\u{10ffff}a', 3, 5],
    // A lone surrogate is one character of three bytes (as Node writes it): high at the end, low before `a`, high before `a`.
    ['a\ud800', 2, 4],
    ['\udc00a', 2, 4],
    ['\ud800a', 2, 4],
    ['\ud800a', 1, 3],
    ['a\udc00', 2, 4],
    ['第\udc00', 2, 6],
    ['\udc00\udc00', 2, 6],
    ['\ud800\ue000', 2, 6],
    // A unit inside a pair: the pair's start.
    ['a𠀀b', 2, 1],
    // Past the line's end: one a unit.
    ['第', 3, 5],
  ];
  for (const [line, units, bytes] of cases) assert.equal(utf8Column(line, units), bytes, `${line} ${units}`);
});

test('UTF-8 bytes → UTF-16 units; a byte inside a character is that character', () => {
  const cases: [string, number, number][] = [
    ['第一条', 0, 0],
    ['第一条', 3, 1],
    ['第一条', 4, 1],
    ['第一条', 8, 2],
    ['第一条', 9, 3],
    ['a𠀀b', 1, 1],
    ['a𠀀b', 3, 1],
    ['a𠀀b', 5, 3],
    ['a𠀀b', 6, 4],
    ['\u007f\u0080', 1, 1],
    ['\u007f\u0080', 3, 2],
    ['\u07ff\u0800', 2, 1],
    ['\u07ff\u0800', 5, 2],
    ['\u{10000}a', 4, 2],
    ['\udc00a', 3, 1],
    ['\ud800a', 4, 2],
    // Past the line's end: one a byte.
    ['第一条', 12, 6],
    ['', 2, 2],
  ];
  for (const [line, bytes, units] of cases) assert.equal(utf16Column(line, bytes), units, `${line} ${bytes}`);
});

// The codec on whole messages: what the server is given and what the client is sent. Documents: A open
// (`第一条` / `依照第九条`), B not open (the server's text `## 第九条`), C unknown to both.
const A = 'file:///a.md';
const B = 'file:///b.md';
const C = 'file:///c.md';
function codec(options: unknown = { positionEncoding: 'utf-8' }): PositionCodec {
  const c = new PositionCodec((uri) => (uri === B ? '## 第九条\n' : undefined));
  c.incoming({ jsonrpc: '2.0', id: 0, method: 'initialize', params: { capabilities: {}, initializationOptions: options } } as Message);
  c.incoming({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: A, languageId: 'markdown', version: 1, text: '第一条\n依照第九条\n' } } } as Message);
  return c;
}
/** A transport's reader that gives `message` when listened to; a writer that keeps what it is given. */
function fakeReader(message: Message): MessageReader {
  return { listen: (callback: (m: Message) => void) => void callback(message) } as unknown as MessageReader;
}
function fakeWriter(into: Message[]): MessageWriter {
  return { write: async (m: Message) => void into.push(m) } as unknown as MessageWriter;
}
const pos = (line: number, character: number) => ({ line, character });
const range = (l1: number, c1: number, l2: number, c2: number) => ({ start: pos(l1, c1), end: pos(l2, c2) });

test('without the option: messages pass as they are', () => {
  const c = codec(null);
  assert.equal(c.encoding, 'utf-16');
  const asked = { jsonrpc: '2.0', id: 1, method: 'textDocument/definition', params: { textDocument: { uri: A }, position: pos(1, 9) } } as Message;
  assert.equal(c.incoming(asked), asked);
  const answer = { jsonrpc: '2.0', id: 1, result: { uri: A, range: range(0, 0, 0, 3) } } as Message;
  assert.equal(c.outgoing(answer), answer);
  // Nor before initialize.
  assert.equal(new PositionCodec(() => undefined).outgoing(answer), answer);
});

test('with it: the positions of a request, of its answer in each document, of a change, an error, a command', () => {
  const c = codec();
  assert.equal(c.encoding, 'utf-8');
  // 依照第 is 9 bytes: byte 9 is 九, unit 3.
  assert.deepEqual(c.incoming({ jsonrpc: '2.0', id: 1, method: 'textDocument/definition', params: { textDocument: { uri: A }, position: pos(1, 9) } } as Message),
    { jsonrpc: '2.0', id: 1, method: 'textDocument/definition', params: { textDocument: { uri: A }, position: pos(1, 3) } });
  // The answer: a link from A (第九条, units 2–5) to B (`## 第九` 0–5, 第九条 after `## ` 3–6), and a Location in A.
  assert.deepEqual(c.outgoing({ jsonrpc: '2.0', id: 1, result: [
    { originSelectionRange: range(1, 2, 1, 5), targetUri: B, targetRange: range(0, 0, 0, 5), targetSelectionRange: range(0, 3, 0, 6) },
    { uri: A, range: range(0, 0, 0, 3) },
  ] } as Message), { jsonrpc: '2.0', id: 1, result: [
    { originSelectionRange: range(1, 6, 1, 15), targetUri: B, targetRange: range(0, 0, 0, 9), targetSelectionRange: range(0, 3, 0, 12) },
    { uri: A, range: range(0, 0, 0, 9) },
  ] });
  // An edit in A and B by keys, and by documentChanges; C is known to neither: as it is.
  assert.deepEqual(c.outgoing({ jsonrpc: '2.0', id: 2, method: 'workspace/applyEdit', params: { edit: {
    changes: { [A]: [{ range: range(1, 3, 1, 4), newText: '十' }], [C]: [{ range: range(0, 1, 0, 2), newText: 'x' }] },
    documentChanges: [{ textDocument: { uri: B, version: null }, edits: [{ range: range(0, 4, 0, 5), newText: '十' }] }],
  } } } as Message), { jsonrpc: '2.0', id: 2, method: 'workspace/applyEdit', params: { edit: {
    changes: { [A]: [{ range: range(1, 9, 1, 12), newText: '十' }], [C]: [{ range: range(0, 1, 0, 2), newText: 'x' }] },
    documentChanges: [{ textDocument: { uri: B, version: null }, edits: [{ range: range(0, 6, 0, 9), newText: '十' }] }],
  } } });
  // The client changes 九 (bytes 9–12 of line 1) to 十一: the server gets units 3–4, no rangeLength; later
  // positions are read in the new text (条 after 十一: byte 15, unit 5).
  assert.deepEqual(c.incoming({ jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri: A, version: 2 }, contentChanges: [{ range: range(1, 9, 1, 12), rangeLength: 3, text: '十一' }] } } as Message),
    { jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri: A, version: 2 }, contentChanges: [{ range: range(1, 3, 1, 4), text: '十一' }] } });
  assert.deepEqual(c.incoming({ jsonrpc: '2.0', id: 3, method: 'textDocument/hover', params: { textDocument: { uri: A }, position: pos(1, 15) } } as Message),
    { jsonrpc: '2.0', id: 3, method: 'textDocument/hover', params: { textDocument: { uri: A }, position: pos(1, 5) } });
  // An error answers it: as it is; a later answer with that id is no longer read in A.
  const error = { jsonrpc: '2.0', id: 3, error: { code: -32800, message: 'cancelled' } } as Message;
  assert.equal(c.outgoing(error), error);
  assert.deepEqual(c.outgoing({ jsonrpc: '2.0', id: 3, result: { range: range(1, 2, 1, 6) } } as Message), { jsonrpc: '2.0', id: 3, result: { range: range(1, 2, 1, 6) } });
  // A command's arguments: the range in the document the first names (十一条: bytes 9–18, units 3–6), objects with
  // a line that are no positions as they are; diagnostics published for B (第九条: units 3–6, bytes 3–12).
  const other = [{ line: 1, character: 9, label: '九' }, { line: 1, label: '九' }, { character: 9, label: '九' }];
  assert.deepEqual(c.incoming({ jsonrpc: '2.0', id: 4, method: 'workspace/executeCommand', params: { command: 'x', arguments: [A, range(1, 9, 1, 18), ...other] } } as Message),
    { jsonrpc: '2.0', id: 4, method: 'workspace/executeCommand', params: { command: 'x', arguments: [A, range(1, 3, 1, 6), ...other] } });
  assert.deepEqual(c.outgoing({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: B, diagnostics: [{ range: range(0, 3, 0, 6), message: 'm' }] } } as Message),
    { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: B, diagnostics: [{ range: range(0, 3, 0, 12), message: 'm' }] } });
  // The whole text, then a range in it, in one notification (text 甲乙, 乙 bytes 3–6 → units 1–2); a range that
  // cannot be read goes on as it is (the server's checks refuse it).
  assert.deepEqual(c.incoming({ jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri: A, version: 3 }, contentChanges: [{ text: '甲乙\n' }, { range: range(0, 3, 0, 6), text: '丙' }] } } as Message),
    { jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri: A, version: 3 }, contentChanges: [{ text: '甲乙\n' }, { range: range(0, 1, 0, 2), text: '丙' }] } });
  const bad = { jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri: A, version: 4 }, contentChanges: [{ range: { start: null, end: null }, text: '丁' }] } } as Message;
  const heard: Message[] = [];
  c.reader(fakeReader(bad)).listen((m) => void heard.push(m));
  assert.equal(heard[0], bad);
  // A change to B, which the client has not opened: as it is.
  const unopened = { jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri: B, version: 2 }, contentChanges: [{ range: range(0, 3, 0, 6), text: '丁' }] } } as Message;
  assert.equal(c.incoming(unopened), unopened);
  // Through the writer: 丙 (units 1–2 of 甲丙) in bytes.
  const written: Message[] = [];
  c.writer(fakeWriter(written)).write({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: A, diagnostics: [{ range: range(0, 1, 0, 2), message: 'm' }] } } as Message);
  assert.deepEqual(written, [{ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: A, diagnostics: [{ range: range(0, 3, 0, 6), message: 'm' }] } }]);
  // Closed: A's positions are read in the server's text, which it has not (here): as they are (open, byte 6 of 甲丙
  // was unit 2).
  c.incoming({ jsonrpc: '2.0', method: 'textDocument/didClose', params: { textDocument: { uri: A } } } as Message);
  assert.deepEqual(c.incoming({ jsonrpc: '2.0', id: 5, method: 'textDocument/hover', params: { textDocument: { uri: A }, position: pos(0, 6) } } as Message),
    { jsonrpc: '2.0', id: 5, method: 'textDocument/hover', params: { textDocument: { uri: A }, position: pos(0, 6) } });
  // The transport's end and disposal go to it.
  const calls: string[] = [];
  const reader = { dispose: () => void calls.push('reader.dispose') } as unknown as MessageReader;
  const writer = { end: () => void calls.push('writer.end'), dispose: () => void calls.push('writer.dispose') } as unknown as MessageWriter;
  c.reader(reader).dispose();
  c.writer(writer).end();
  c.writer(writer).dispose();
  assert.deepEqual(calls, ['reader.dispose', 'writer.end', 'writer.dispose']);
});

test('UTF-16 units ↔ UTF-32 code points: a Chinese character one of each, 𠀀 two units and one code point, a lone surrogate one of each', () => {
  const cases: [string, number, number][] = [
    ['第一条', 3, 3],
    ['a𠀀b', 1, 1],
    ['a𠀀b', 3, 2],
    ['a𠀀b', 4, 3],
    ['𠀀𠀀依照第九条', 4, 2],
    ['𠀀𠀀依照第九条', 8, 6],
    ['a\ud800', 2, 2],
    ['\udc00a', 2, 2],
    // Past the line's end: one a unit.
    ['第', 3, 3],
  ];
  for (const [line, units, points] of cases) {
    assert.equal(countedColumn(line, units, 'utf-32'), points, `${line} ${units} → ${points}`);
    assert.equal(utf16ColumnOf(line, points, 'utf-32'), units, `${line} ${points} → ${units}`);
  }
  // A unit inside a pair: the pair's start.
  assert.equal(countedColumn('a𠀀b', 2, 'utf-32'), 1);
});

test('the encoding negotiated at initialize: UTF-16 when offered or nothing is offered, else the first of utf-8 and utf-32; the utf-8 option wins', () => {
  const offering = (positionEncodings: unknown, initializationOptions?: unknown) => negotiated({ capabilities: { general: { positionEncodings } }, initializationOptions });
  assert.equal(negotiated({ capabilities: {} }), 'utf-16');
  assert.equal(negotiated(undefined), 'utf-16');
  assert.equal(offering([]), 'utf-16');
  assert.equal(offering(['utf-8', 'utf-32', 'utf-16']), 'utf-16', 'Helix: UTF-16 among others');
  assert.equal(offering(['utf-8']), 'utf-8');
  assert.equal(offering(['utf-32']), 'utf-32');
  assert.equal(offering(['utf-32', 'utf-8']), 'utf-32');
  assert.equal(offering(['latin-1']), 'utf-16', 'none the server counts in: the mandatory one');
  assert.equal(offering('utf-8'), 'utf-16', 'not a list');
  assert.equal(offering(['utf-16'], { positionEncoding: 'utf-8' }), 'utf-8', 'ALE: the user says bytes');
});

test('utf-32 negotiated: the code points of a request made UTF-16 units, the units of its answer made code points', () => {
  const c = new PositionCodec(() => undefined);
  c.incoming({ jsonrpc: '2.0', id: 0, method: 'initialize', params: { capabilities: { general: { positionEncodings: ['utf-32'] } } } } as Message);
  assert.equal(c.encoding, 'utf-32');
  const uri = 'file:///a.md';
  c.incoming({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'markdown', version: 1, text: '# 协定\n𠀀依照第九条。\n' } } } as Message);
  // Code point 4 (第) is unit 5.
  assert.deepEqual((c.incoming({ jsonrpc: '2.0', id: 1, method: 'textDocument/hover', params: { textDocument: { uri }, position: pos(1, 4) } } as Message) as unknown as { params: unknown }).params, { textDocument: { uri }, position: pos(1, 5) });
  assert.deepEqual((c.outgoing({ jsonrpc: '2.0', id: 1, result: { range: range(1, 3, 1, 8) } } as Message) as unknown as { result: unknown }).result, { range: range(1, 2, 1, 7) });
});
