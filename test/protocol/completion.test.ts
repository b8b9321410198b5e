// Completion over stdio with the built server: the snippets are bundled into
// server/out/server.js (esbuild's json loader) and offered, fitted, in a markdown
// treaty; completionItem/resolve returns the clause text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { CompletionItem, CompletionList, CompletionRequest, CompletionResolveRequest, MarkupContent } from 'vscode-languageserver-protocol/node';
import { Client, startServer } from '../support/lsp';
import { seeds } from '../support/fixture';
import { unescapeMarkdown } from '../support/markdown';

let client: Client;
before(async () => {
  client = await startServer();
});
after(async () => {
  await client.stop();
});

test('completion and resolve over stdio in a markdown treaty (seed 002)', async () => {
  const seed = seeds().get('002')!;
  const uri = `file:///seeds/${seed.name}`;
  const text = seed.text.replace('\n本条约于二〇〇二', '\n生效\n本条约于二〇〇二');
  await client.open(uri, text);
  const line = text.slice(0, text.indexOf('\n生效\n') + 1).split('\n').length - 1;
  const list = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line, character: 2 } })) as CompletionList;
  const snippet = list.items.find((i) => i.label === '生效');
  assert.ok(snippet, 'the 生效 snippet from snippets/treaty.code-snippets');
  assert.match((snippet.textEdit as { newText: string }).newText, /^## 第\$\{1:二十\}条\n\n\$\{2\|本条约,本协议,本协定,本议定书\|\}自签字之日起生效/);
  const resolved = (await client.connection.sendRequest(CompletionResolveRequest.type, snippet)) as CompletionItem;
  assert.equal(unescapeMarkdown((resolved.documentation as MarkupContent).value), '## 第二十条\n\n本条约自签字之日起生效。');
});

test('no completion in a markdown file that is not a treaty', async () => {
  const uri = 'file:///notes/readme.md';
  await client.open(uri, '# 会议记录\n\n生效\n');
  assert.equal(await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 2, character: 2 } }), null);
});
