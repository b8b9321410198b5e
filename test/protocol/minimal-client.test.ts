// A client that declares no capabilities (an older or smaller editor) gets the
// plainest answers: flat SymbolInformation, Location (not LocationLink), and
// completions as plain text, never raw snippet syntax.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { CompletionRequest, DefinitionRequest, DocumentSymbolRequest, InsertTextFormat } from 'vscode-languageserver-protocol/node';
import { Client, startServer } from '../support/lsp';
import { seeds } from '../support/fixture';

let client: Client;
const seed = seeds().get('000')!;
const uri = `file:///seeds/${seed.name}`;

before(async () => {
  client = await startServer({ minimal: true });
  await client.open(uri, seed.text);
});
after(async () => client.stop());

test('document symbols are flat, with their containers', async () => {
  const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as { name: string; containerName?: string; location: unknown }[];
  const articles = symbols.filter((s) => /^第.+条$/.test(s.name));
  assert.equal(articles.length, 12);
  assert.ok(symbols.every((s) => 'location' in s));
  assert.equal(articles[0].containerName, '中华人民共和国国防部和哈萨克斯坦共和国民族安全委员会边防合作协议');
});

test('definition answers Location', async () => {
  const lines = seed.text.split('\n');
  const line = lines.findIndex((l) => l.includes('本协议第十二条'));
  const character = lines[line].indexOf('本协议第十二条') + 4;
  const locs = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: { line, character } })) as { uri: string; range: { start: { line: number } } }[];
  assert.equal(locs[0].uri, uri);
  assert.equal(lines[locs[0].range.start.line], '## 第 十 二 条');
});

test('completions carry no snippet syntax', async () => {
  const lines = seed.text.split('\n');
  const line = lines.findIndex((l) => l.startsWith('本协议自签字之日起生效')) + 1;
  const list = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line, character: 0 } });
  const items = Array.isArray(list) ? list : list!.items;
  assert.ok(items.length > 0);
  for (const item of items) {
    assert.notEqual(item.insertTextFormat, InsertTextFormat.Snippet, item.label);
    const text = item.textEdit && 'newText' in item.textEdit ? item.textEdit.newText : item.insertText ?? '';
    assert.doesNotMatch(text, /\$\{?\d/, item.label);
  }
});

test('a client that cannot be asked for settings can pass severities in initializationOptions', async () => {
  const other = await startServer({ minimal: true, initializationOptions: { diagnostics: { severity: { 'ref.citation-not-found': 'off' } } } });
  try {
    const u = 'file:///drafts/x.md';
    await other.open(u, '# 测试协定\n\n根据《不存在的条约》，达成协议如下：\n\n## 第一条\n\n依照第九条。\n');
    const d = await other.waitForDiagnostics(u);
    assert.deepEqual(d?.diagnostics.map((x) => x.code), ['ref.no-such-article']);
  } finally {
    await other.stop();
  }
});
