// No client message can kill the server: every registered notification and
// request gets parameters of the wrong shape and type; requests answer (a
// result, or InvalidParams -32602, never an internal error), notifications are
// ignored, and afterwards the server still serves a seed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DocumentSymbolRequest, HoverRequest, ResponseError } from 'vscode-languageserver-protocol/node';
import { Client, startServer } from '../support/lsp';
import { seeds } from '../support/fixture';

let client: Client;
const seed = seeds().get('000')!;
const uri = `file:///seeds/${seed.name}`;

before(async () => {
  client = await startServer();
});
after(async () => client.stop());

async function alive(): Promise<void> {
  assert.equal(client.process.exitCode, null, 'the server process is running');
  await client.open(uri, seed.text);
  const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as { children?: unknown[] }[];
  assert.ok(symbols.length > 0, 'the seed is served');
}

test('didOpen whose text is not a string: refused, the server lives on', async () => {
  await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file:///x.md', languageId: 'markdown', version: 1, text: 42 } });
  await new Promise((r) => setTimeout(r, 400)); // past the diagnostics timer
  await alive();
  assert.ok(client.logs.some((l) => /didOpen|onDidOpenTextDocument/.test(l) && /text: not a string/.test(l)), client.logs.join('\n'));
  const h = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: 'file:///x.md' }, position: { line: 0, character: 0 } });
  assert.equal(h, null);
});

const REQUESTS = [
  'textDocument/documentSymbol', 'textDocument/foldingRange', 'textDocument/definition', 'textDocument/hover', 'textDocument/references',
  'textDocument/documentHighlight', 'textDocument/documentLink', 'workspace/symbol', 'textDocument/codeLens', 'textDocument/codeAction',
  'textDocument/prepareRename', 'textDocument/rename', 'textDocument/inlayHint', 'textDocument/selectionRange', 'textDocument/completion',
  'completionItem/resolve', 'textDocument/willSaveWaitUntil',
];
const NOTIFICATIONS = [
  'textDocument/didOpen', 'textDocument/didChange', 'textDocument/didClose', 'textDocument/didSave', 'textDocument/willSave',
  'workspace/didChangeWatchedFiles', 'workspace/didChangeConfiguration', 'workspace/didChangeWorkspaceFolders', 'initialized', '$/setTrace',
];

/** Parameters of every wrong shape: scalars, empty and wrong-typed fields, out-of-range positions, deep nesting. */
function garbage(): unknown[] {
  const td = { uri };
  let deep: unknown = {};
  for (let i = 0; i < 2000; i++) deep = { textDocument: deep };
  const pos = (line: unknown, character: unknown) => ({ textDocument: td, position: { line, character } });
  return [
    42, 'x', true, {}, { textDocument: null }, { textDocument: 42 }, { textDocument: { uri: 42 } }, { textDocument: { uri: {} } }, { textDocument: td },
    pos(-1, 0), pos(0.5, 'a'), pos(1e9, 1e9), pos(2 ** 40, 0), pos(null, null), { textDocument: td, position: [] },
    { textDocument: td, range: { start: { line: 9, character: 0 }, end: { line: 0, character: 0 } } }, { textDocument: td, range: 'all' },
    { textDocument: td, positions: [{ line: 'a' }] }, { textDocument: td, positions: 5 }, { ...pos(3, 3), context: null }, { ...pos(3, 3), context: { diagnostics: 'x' } },
    { ...pos(40, 2), newName: 5 }, { ...pos(40, 2), newName: '第'.repeat(100000) }, { query: {} }, { query: '第'.repeat(100000) },
    { changes: [{ uri: 5, type: 9 }] }, { changes: 'all' }, { changes: [{ uri: 'file:///etc/passwd.md', type: 1 }] }, { event: { added: 5 } }, { added: [{ uri: 3 }], removed: null },
    { textDocument: { uri, version: 'x' }, contentChanges: 'x' }, { textDocument: { uri, version: 2 }, contentChanges: [{ text: 5 }] },
    { textDocument: { uri, version: 3 }, contentChanges: [{ text: 'x', range: { start: { line: 1e6, character: 0 }, end: { line: 0, character: 0 } } }] },
    { textDocument: { uri: 'file:///y.md', languageId: 5, version: 1, text: '# 协议\n第一条' } }, { label: 5, data: { k: 'article', uri: 5, num: 'x' } },
    { label: 'x', data: { k: 'title', uri: {} } }, { label: 'x', data: null }, { settings: { treaty: { diagnostics: { severity: 5 } } } }, { settings: { treaty: 'x' } },
    { value: 'verbose' }, { textDocument: td, reason: -3 }, deep,
  ];
}

test('garbage parameters on every registered method: answered or ignored, never a crash', async (t) => {
  await client.open(uri, seed.text);
  let answered = 0;
  let refused = 0;
  for (const method of REQUESTS) {
    for (const params of garbage()) {
      try {
        await client.connection.sendRequest(method, params);
        answered++;
      } catch (e) {
        assert.ok(e instanceof ResponseError, String(e));
        assert.equal(e.code, -32602, `${method} ${JSON.stringify(params)?.slice(0, 80)}: ${e.message}`);
        refused++;
      }
    }
  }
  for (const method of NOTIFICATIONS) for (const params of garbage()) await client.connection.sendNotification(method, params);
  await new Promise((r) => setTimeout(r, 500)); // timers that the notifications started
  assert.ok(answered > 0 && refused > 0, `${answered} answered, ${refused} refused`);
  t.diagnostic(`${garbage().length} kinds of parameters × ${REQUESTS.length} requests (${answered} answered, ${refused} refused) and × ${NOTIFICATIONS.length} notifications`);
  await alive();
  assert.ok(!client.logs.some((l) => /unhandled rejection/.test(l)), 'no promise left unhandled');
});
