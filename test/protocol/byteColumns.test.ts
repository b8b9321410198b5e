// A client that counts columns in UTF-8 bytes and cannot say so (Vim's ALE 3.3 sends Vim's byte
// columns and reads the server's as bytes; it offers no `general.positionEncodings`): with
// initialization option `positionEncoding: "utf-8"` the server reads and answers bytes — its
// diagnostics, definitions and rename edits, and the ranges of the client's own changes. Each
// column below is counted by reading the text: a Chinese character three bytes, 𠀀 four, ASCII one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CodeActionRequest, Command, DefinitionRequest, DidChangeTextDocumentNotification, ExecuteCommandRequest, RenameRequest, WorkspaceEdit, TextEdit } from 'vscode-languageserver-protocol/node';
import { startServer } from '../support/lsp';

const DRAFT = '# 测试协定\n\n双方达成协议如下：\n\n## 第一条\n\n𠀀依照第九条。\n';
const URI = 'file:///drafts/bytes.md';

/** `text` after `edits`, their columns read as UTF-8 bytes of their lines (as ALE applies them). */
function applyBytes(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n').map((l) => Buffer.from(l, 'utf8'));
  const sorted = [...edits].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character);
  for (const e of sorted) {
    assert.equal(e.range.start.line, e.range.end.line, 'one-line edits only');
    const l = lines[e.range.start.line];
    lines[e.range.start.line] = Buffer.concat([l.subarray(0, e.range.start.character), Buffer.from(e.newText, 'utf8'), l.subarray(e.range.end.character)]);
  }
  return lines.map((l) => l.toString('utf8')).join('\n');
}

test('positionEncoding utf-8 in the initialization options: diagnostics, definition, changes and rename in byte columns', async () => {
  const client = await startServer({ minimal: true, initializationOptions: { positionEncoding: 'utf-8' } });
  try {
    assert.equal(client.initialized.capabilities.positionEncoding, 'utf-8');
    await client.open(URI, DRAFT);
    // 第九条 on line 6 after 𠀀 (4 bytes) and 依照 (6): bytes 10 to 19.
    const d = await client.waitForDiagnostics(URI);
    assert.deepEqual(d?.diagnostics.map((x) => [x.code, x.range]), [['ref.no-such-article', { start: { line: 6, character: 10 }, end: { line: 6, character: 19 } }]]);
    // The client changes 九 (bytes 13 to 16: 第 is 10 to 13) to 一: the reference names 第一条, no problem left.
    const next = client.waitForDiagnostics(URI);
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: URI, version: 2 },
      contentChanges: [{ range: { start: { line: 6, character: 13 }, end: { line: 6, character: 16 } }, text: '一' }],
    });
    assert.deepEqual((await next)?.diagnostics, []);
    // Definition from byte 14 (inside 一): 第一条's heading, its title after `## ` (3 bytes) 9 bytes long.
    const def = await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: URI }, position: { line: 6, character: 14 } });
    const loc = Array.isArray(def) ? def[0] : def;
    assert.deepEqual(loc && 'range' in loc ? loc.range : loc, { start: { line: 4, character: 3 }, end: { line: 4, character: 12 } });
    // Rename from byte 7 of the heading (inside 一: `## ` 0 to 3, 第 3 to 6): heading and reference, applied as bytes.
    const edit = (await client.connection.sendRequest(RenameRequest.type, { textDocument: { uri: URI }, position: { line: 4, character: 7 }, newName: '第二条' })) as WorkspaceEdit;
    const changed = DRAFT.replace('第九条', '第一条');
    assert.equal(applyBytes(changed, edit.changes?.[URI] ?? []), changed.replace('## 第一条', '## 第二条').replace('依照第一条', '依照第二条'));
  } finally {
    await client.stop();
  }
});

test('positionEncoding utf-8: a quick fix as a bare Command, its positional arguments ([uri, range, …]) in bytes both ways', async () => {
  // A client that applies edits but takes code actions only as Commands.
  const client = await startServer({ minimal: true, initialize: { capabilities: { workspace: { applyEdit: true } } }, initializationOptions: { positionEncoding: 'utf-8' } });
  try {
    const text = DRAFT.replace('𠀀依照第九条。', '𠀀依照第一条,甲。');
    await client.open(URI, text);
    const d = await client.waitForDiagnostics(URI);
    // The half-width comma after 𠀀依照第一条 (4 + 5 × 3 bytes): byte 19 to 20.
    const comma = d?.diagnostics.filter((x) => x.code === 'style.half-width-punctuation') ?? [];
    assert.deepEqual(comma.map((x) => x.range), [{ start: { line: 6, character: 19 }, end: { line: 6, character: 20 } }]);
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: URI }, range: comma[0].range, context: { diagnostics: comma } })) as Command[];
    const fix = actions.find((a) => a.title === '改为全角“，”');
    assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
    await client.connection.sendRequest(ExecuteCommandRequest.type, { command: fix.command, arguments: fix.arguments });
    assert.equal(applyBytes(text, client.applied[0]?.edit.changes?.[URI] ?? []), text.replace('第一条,甲', '第一条，甲'));
  } finally {
    await client.stop();
  }
});

test('without the option the same client is answered in UTF-16 (LSP: a client that offers nothing)', async () => {
  const client = await startServer({ minimal: true });
  try {
    assert.equal(client.initialized.capabilities.positionEncoding, 'utf-16');
    await client.open(URI, DRAFT);
    // 𠀀 two UTF-16 units, 依照 two: 第九条 from 4 to 7.
    const d = await client.waitForDiagnostics(URI);
    assert.deepEqual(d?.diagnostics.map((x) => [x.code, x.range]), [['ref.no-such-article', { start: { line: 6, character: 4 }, end: { line: 6, character: 7 } }]]);
  } finally {
    await client.stop();
  }
});
