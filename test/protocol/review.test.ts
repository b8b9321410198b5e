// Defects found in review, over stdio: each test failed before its fix.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { DidCloseTextDocumentNotification } from 'vscode-languageserver-protocol/node';
import { Client, startServer } from '../support/lsp';

let client: Client | undefined;
after(async () => client?.stop());

test('closing a document revalidates the open documents that cite it', async () => {
  client = await startServer();
  const a = 'untitled:a.md';
  const b = 'untitled:b.md';
  await client.open(b, '# 测试边防合作协议\n\n## 第一条\n\n甲。\n');
  const first = client.waitForDiagnostics(a);
  await client.open(a, '# 测试议定书\n\n根据《测试边防合作协议》，达成协议如下：\n\n## 第一条\n\n乙。\n');
  assert.deepEqual((await first)?.diagnostics.map((d) => d.code), []);
  const again = client.waitForDiagnostics(a, 3000);
  await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: b } });
  assert.deepEqual((await again)?.diagnostics.map((d) => d.code), ['ref.citation-not-found']);
});
