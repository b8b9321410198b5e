// Completion over stdio with the built server: the snippets are bundled into
// server/out/server.js (esbuild's json loader) and offered, fitted, in a markdown
// treaty; completionItem/resolve returns the clause text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CompletionItem, CompletionList, CompletionRequest, CompletionResolveRequest, MarkupContent, TextEdit } from 'vscode-languageserver-protocol/node';
import { Client, startServer } from '../support/lsp';
import { ROOT, seeds } from '../support/fixture';
import { unescapeMarkdown } from '../support/markdown';
import { pickLanguage } from '../../server/src/features/messages';

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

// Writing a new treaty (issue #10), over stdio as an editor asks.
const SNIPPET_FILE = JSON.parse(fs.readFileSync(path.join(ROOT, 'snippets/treaty.code-snippets'), 'utf8')) as Record<string, { prefix: string | string[] }>;

/** `YYYY年M月D日` of today (or of the day before, should the request cross midnight). */
function todayPattern(): RegExp {
  const d = (t: Date) => `${t.getFullYear()}年${t.getMonth() + 1}月${t.getDate()}日`;
  const now = new Date();
  return new RegExp(`${d(now)}|${d(new Date(now.getTime() - 60_000))}`);
}

test('every prefix of every snippet in a new .treaty.md: offered, replacing what was typed', async () => {
  let n = 0;
  for (const [name, def] of Object.entries(SNIPPET_FILE)) {
    for (const prefix of Array.isArray(def.prefix) ? def.prefix : [def.prefix]) {
      const uri = `file:///new/${n++}.treaty.md`;
      await client.open(uri, prefix, 'treaty');
      const list = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 0, character: prefix.length } })) as CompletionList;
      // A client that names no locale gets Chinese: the snippet's Chinese name.
      const item = list.items.find((i) => i.labelDetails?.description === pickLanguage(name, 'zh-cn'));
      assert.ok(item, `${prefix} offers ${name}`);
      const edit = item.textEdit as TextEdit;
      assert.deepEqual(edit.range, { start: { line: 0, character: 0 }, end: { line: 0, character: prefix.length } }, `${prefix}: the typed prefix is replaced`);
      assert.ok(item.filterText!.startsWith(prefix), `${prefix}: ${item.filterText}`);
      assert.doesNotMatch(edit.newText, /\$CURRENT_/, `${prefix}: the date is filled in`);
    }
  }
  const uri = 'file:///new/agreement.treaty.md';
  await client.open(uri, '协定模板', 'treaty');
  const list = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 0, character: 4 } })) as CompletionList;
  const template = list.items.find((i) => i.label === '协定模板')!;
  const resolved = (await client.connection.sendRequest(CompletionResolveRequest.type, template)) as CompletionItem;
  assert.match((resolved.documentation as MarkupContent).value, todayPattern());
  assert.equal(list.items.some((i) => i.label === '本协定'), false, 'nothing appended to the typed prefix');
});

test('# on a blank line: the heading replaces the mark', async () => {
  const uri = 'file:///new/draft.treaty.md';
  const text = '# 甲国和乙国合作协定\n\n甲国和乙国（以下简称“双方”）达成协议如下：\n\n## 第一条\n\n双方合作。\n\n#';
  await client.open(uri, text, 'treaty');
  const list = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 8, character: 1 } })) as CompletionList;
  const item = list.items.find((i) => i.label === '第二条')!;
  assert.deepEqual(item.textEdit, { range: { start: { line: 8, character: 0 }, end: { line: 8, character: 1 } }, newText: '## 第二条' });
  assert.ok(item.filterText!.startsWith('#'));
});

test('a client without snippets gets the signing clause with today’s date, not 于年', async () => {
  const minimal = await startServer({ minimal: true });
  try {
    const uri = 'file:///new/plain.treaty.md';
    await minimal.open(uri, '签署', 'treaty');
    const list = (await minimal.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 0, character: 2 } })) as CompletionList;
    const item = list.items.find((i) => i.label === '签署条款')!;
    const text = (item.textEdit as TextEdit).newText;
    assert.match(text, todayPattern());
    assert.match(text, /^本协定于\d{4}年\d{1,2}月\d{1,2}日在北京签署，一式两份，每份均用中文和……文写成，两种文本同等作准。/);
  } finally {
    await minimal.stop();
  }
});
