// What the reliability harness (test/reliability/harness.ts) found, each kept as a
// test over stdio.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DidChangeTextDocumentNotification } from 'vscode-languageserver-protocol/node';
import { Client, startServer } from '../support/lsp';
import { seeds } from '../support/fixture';

let client: Client;
before(async () => {
  client = await startServer();
});
after(async () => client.stop());

// Seed 1: an open treaty edited into binary junk got empty diagnostics without a version,
// so a client could not tell them from a late answer for an earlier version.
test('a document that stops being served gets its empty diagnostics with its version', async () => {
  const uri = 'file:///harness/junk.md';
  await client.open(uri, seeds().get('000')!.text);
  const first = await client.waitForDiagnostics(uri);
  assert.equal(first?.version, 1);
  const next = client.waitForDiagnostics(uri);
  await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text: '\u0000\u0001PNG\u0000'.repeat(100) }] });
  const p = await next;
  assert.deepEqual({ version: p?.version, diagnostics: p?.diagnostics }, { version: 2, diagnostics: [] });
});
