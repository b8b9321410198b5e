// The server's commands and summary over stdio, and its messages in the
// client's language: workspace/executeCommand applies its edits with
// workspace/applyEdit; `locale` (LSP initialize, or initializationOptions)
// chooses Chinese or English for what a person reads, never for the treaty text.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ExecuteCommandRequest } from 'vscode-languageserver-protocol/node';
import { Client, startServer } from '../support/lsp';
import { SERVER_COMMANDS, SUMMARY_REQUEST, InsertArticleResult, EditResult, Summary, Template, CitedByResult } from '../../server/src/protocol/commands';

const clients: Client[] = [];
after(async () => Promise.all(clients.map((c) => c.stop())));
async function start(options: Parameters<typeof startServer>[0] = {}): Promise<Client> {
  const c = await startServer(options);
  clients.push(c);
  return c;
}

const GAP = '# 测试协定\n\n## 第一条\n\n甲。\n\n## 第三条\n\n依照本协定第三条。\n';
const exec = <T>(c: Client, command: string, ...args: unknown[]) => c.connection.sendRequest(ExecuteCommandRequest.type, { command, arguments: args }) as Promise<T>;

test('executeCommandProvider lists the server\'s commands', async () => {
  const c = await start();
  assert.deepEqual(c.initialized.capabilities.executeCommandProvider?.commands.sort(), Object.values(SERVER_COMMANDS).sort());
});

test('renumber: the edit goes through workspace/applyEdit and only touches numbers', async () => {
  const c = await start();
  const uri = 'untitled:gap.md';
  await c.open(uri, GAP);
  await c.waitForDiagnostics(uri);
  const r = await exec<EditResult>(c, SERVER_COMMANDS.renumberArticles, uri);
  assert.equal(r.applied, true);
  assert.equal(c.applied.length, 1);
  const edits = c.applied[0].edit.changes![uri];
  const out = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, GAP), edits);
  assert.equal(out, '# 测试协定\n\n## 第一条\n\n甲。\n\n## 第二条\n\n依照本协定第二条。\n');
});

test('insert article: applied, with the position of the new article\'s text', async () => {
  const c = await start();
  const uri = 'untitled:insert.md';
  const text = '# 测试协定\n\n## 第一条\n\n甲。\n\n## 第二条\n\n依照本协定第二条。\n';
  await c.open(uri, text);
  const r = await exec<InsertArticleResult>(c, SERVER_COMMANDS.insertArticle, uri, { line: 4, character: 0 }, 'renumber');
  assert.equal(r.applied, true);
  assert.equal(r.name, '第二条');
  const out = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), c.applied[0].edit.changes![uri]);
  assert.equal(out, '# 测试协定\n\n## 第一条\n\n甲。\n\n## 第二条\n\n\n## 第三条\n\n依照本协定第三条。\n');
  assert.deepEqual(r.position, { line: 7, character: 0 });
});

test('summary, cited-by and templates answer; a document that is not a treaty gets null', async () => {
  const c = await start();
  await c.open('untitled:a.md', '# 测试条约\n\n## 第一条\n\n甲。\n\n## 第二条\n\n乙。\n');
  await c.open('untitled:b.md', '# 测试议定书\n\n## 第一条\n\n依照《测试条约》第二条。\n');
  await c.open('untitled:notes.md', '# Notes\n\nnothing here\n');
  const s = await c.connection.sendRequest<Summary | null>(SUMMARY_REQUEST, { uri: 'untitled:a.md' });
  assert.deepEqual(s, { title: '测试条约', kind: '条约', units: 2, unitStyle: 'article', chapters: 0 });
  assert.equal(await c.connection.sendRequest(SUMMARY_REQUEST, { uri: 'untitled:notes.md' }), null);
  assert.equal(await c.connection.sendRequest(SUMMARY_REQUEST, {}), null);
  const cited = await exec<CitedByResult>(c, SERVER_COMMANDS.citedBy, 'untitled:a.md');
  assert.deepEqual(cited.locations.map((l) => l.uri), ['untitled:b.md']);
  const templates = await exec<Template[]>(c, SERVER_COMMANDS.templates);
  assert.ok(templates.length >= 4 && templates.every((t) => t.body.length > 100));
  // Bad arguments are answered, not crashed on.
  const bad = await exec<EditResult>(c, SERVER_COMMANDS.renumberArticles, 42);
  assert.equal(bad.applied, false);
  await assert.rejects(exec(c, 'treaty.server.nothing'));
  assert.deepEqual(await c.connection.sendRequest<Summary | null>(SUMMARY_REQUEST, { uri: 'untitled:a.md' }), s);
});

for (const [how, options, expected] of [
  ['LSP locale en', { locale: 'en' }, 'The articles are already numbered in sequence.'],
  ['LSP locale zh-cn', { locale: 'zh-cn' }, '条款编号已连续，无需重新编号。'],
  ['initializationOptions.locale over LSP locale', { locale: 'zh-cn', initializationOptions: { locale: 'en-US' } }, 'The articles are already numbered in sequence.'],
  ['no locale: Chinese', {}, '条款编号已连续，无需重新编号。'],
] as const) {
  test(`messages follow the client's language: ${how}`, async () => {
    const c = await start(options);
    const uri = 'untitled:ok.md';
    await c.open(uri, '# 测试协定\n\n## 第一条\n\n甲。\n');
    const r = await exec<EditResult>(c, SERVER_COMMANDS.renumberArticles, uri);
    assert.equal(r.message, expected);
    assert.equal(c.applied.length, 0);
  });
}
