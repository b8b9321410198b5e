// The built server over stdio, as any editor would use it: initialize → didOpen →
// documentSymbol and foldingRange on every seed; bad input answered, never fatal.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DocumentSymbol, DocumentSymbolRequest, FoldingRangeRequest } from 'vscode-languageserver-protocol/node';
import { Client, startServer } from '../support/lsp';
import { seeds } from '../support/fixture';
import { outlineText } from '../support/outline';
import { ARTICLE_SYMBOL_KIND } from '../../server/src/features/documentSymbols';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from '../support/fixture';

let client: Client;
before(async () => {
  client = await startServer();
});
after(async () => {
  await client.stop();
});

for (const [id, seed] of seeds()) {
  test(`seed ${id}: documentSymbol and foldingRange over stdio`, async () => {
    const uri = `file:///seeds/${seed.name}`;
    await client.open(uri, seed.text);
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    const expected = fs.readFileSync(path.join(ROOT, `test/fixtures/outlines/${id}.outline`), 'utf8');
    assert.equal(outlineText(symbols), expected);
    const folds = await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } });
    const multiline = symbols[0].children!.filter((s) => s.kind === ARTICLE_SYMBOL_KIND && s.range.end.line > s.range.start.line);
    const starts = new Set(folds?.map((f) => f.startLine));
    for (const a of multiline) assert.ok(starts.has(a.range.start.line), `${a.name} folds`);
  });
}

test('a markdown file that is not a treaty gets no treaty outline', async () => {
  const uri = 'file:///notes/readme.md';
  await client.open(uri, '# 会议记录\n\n今天讨论了第十二条的修改。\n');
  assert.equal(await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }), null);
});

test('a *.treaty.md file is always served', async () => {
  const uri = 'file:///drafts/empty.treaty.md';
  await client.open(uri, '# 草案\n', 'treaty');
  const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
  assert.equal(symbols[0].name, '草案');
});

test('binary junk gets a clear message and no outline, and the server lives on', async () => {
  const uri = 'file:///junk/image.md';
  await client.open(uri, '\u0000\u0001PNG\u0000'.repeat(1000));
  assert.equal(await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }), null);
  assert.ok(client.messages.some((m) => /binary|二进制/.test(m.message)), 'told the user');
  const again = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: `file:///seeds/${seeds().get('000')!.name}` } })) as DocumentSymbol[];
  assert.equal(again[0].children!.filter((s) => s.kind === ARTICLE_SYMBOL_KIND).length, 12);
});

test('a 20 MB treaty is answered', async () => {
  const seed = seeds().get('002')!.text;
  const text = seed.repeat(Math.ceil((20 * 1024 * 1024) / (3 * seed.length)));
  const uri = 'file:///big/huge.md';
  await client.open(uri, text);
  const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
  assert.ok(symbols.length > 0);
});
