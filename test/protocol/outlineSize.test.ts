// The outline's size over stdio (issue #13, protocol/outlineSize.ts): past
// `treaty.outline.maxSymbols` (initialization option `outline.maxSymbols`, or the editor's
// setting) the editor gets every article without its paragraphs and items, and the log says so
// once; by default a 1 MB treaty is shortened and the seeds are not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { DidChangeTextDocumentNotification, DocumentSymbol, DocumentSymbolRequest } from 'vscode-languageserver-protocol/node';
import { Client, startServer } from '../support/lsp';
import { ROOT, seeds } from '../support/fixture';
import { outlineText } from '../support/outline';
import { largeTreaty } from '../../bench/generate';
import { buildTreaty } from '../../server/src/model/treaty';
import { ARTICLE_SYMBOL_KIND } from '../../server/src/features/documentSymbols';

const seed = seeds().get('000')!;
const WHOLE = fs.readFileSync(path.join(ROOT, 'test/fixtures/outlines/000.outline'), 'utf8');
/** Seed 000's expected outline without its paragraph and item lines. */
const ARTICLES_ALONE = WHOLE.split('\n').filter((l) => !/^\s*(paragraph|item) /.test(l)).join('\n');

const outline = async (client: Client, uri: string) => (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];

/** The outline once the server has read the editor's settings (read after `initialized`). */
async function settled(client: Client, uri: string, expected: string): Promise<string> {
  const until = Date.now() + 10_000;
  let text = outlineText(await outline(client, uri));
  while (text !== expected && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 50));
    text = outlineText(await outline(client, uri));
  }
  return text;
}

test('initialization option outline.maxSymbols: seed 000 over it gets its articles alone, logged once', async () => {
  const client = await startServer({ initializationOptions: { outline: { maxSymbols: 20 } } });
  try {
    const uri = 'file:///seeds/000.md';
    await client.open(uri, seed.text);
    assert.equal(outlineText(await outline(client, uri)), ARTICLES_ALONE);
    await outline(client, uri);
    assert.deepEqual(client.logs.filter((l) => l.includes('treaty.outline.maxSymbols')), [`${uri}: outline of ${WHOLE.split('\n').length - 1} symbols, over treaty.outline.maxSymbols (20): its articles without their paragraphs and items`]);
  } finally {
    await client.stop();
  }
});

test('the editor\'s setting wins over the initialization option: 0 gives the whole outline', async () => {
  const client = await startServer({ initializationOptions: { outline: { maxSymbols: 20 } }, configuration: { treaty: { outline: { maxSymbols: 0 } } } });
  try {
    const uri = 'file:///seeds/000.md';
    await client.open(uri, seed.text);
    assert.equal(await settled(client, uri, WHOLE), WHOLE);
  } finally {
    await client.stop();
  }
});

test('by default a 1 MB treaty gets every article and no paragraph or item, before and after a keystroke; a seed its whole outline', async () => {
  const client = await startServer();
  try {
    const text = largeTreaty(ROOT, 1000, 1024 * 1024);
    const uri = 'file:///big/1mb.md';
    await client.open(uri, text);
    const names = buildTreaty(text).articles.map((a) => a.name);
    const check = (symbols: DocumentSymbol[]) => {
      const [title] = symbols;
      assert.deepEqual(title.children!.filter((s) => s.kind === ARTICLE_SYMBOL_KIND).map((s) => s.name), names);
      assert.ok(title.children!.every((s) => !s.children), 'nothing below the title\'s children');
    };
    check(await outline(client, uri));
    const line = text.split('\n').findIndex((l, i) => i > 1000 && /^[^#\s第]/.test(l));
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: '经' }],
    });
    check(await outline(client, uri));
    const small = 'file:///seeds/000.md';
    await client.open(small, seed.text);
    assert.equal(outlineText(await outline(client, small)), WHOLE);
  } finally {
    await client.stop();
  }
});
