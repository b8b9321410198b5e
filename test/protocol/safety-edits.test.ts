// Proposed edits over stdio (issue #11): the server owns rename at an article
// heading — a name that is not a number is an error with what is accepted, never
// a null that lets another provider (markdown's) rewrite the heading — and quick
// fixes answer only diagnostics the server itself has for the current version.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { CodeActionRequest, DidChangeTextDocumentNotification, PrepareRenameRequest, RenameRequest, ResponseError } from 'vscode-languageserver-protocol/node';
import { Client, startServer } from '../support/lsp';

let client: Client | undefined;
after(async () => client?.stop());

const URI_A = 'untitled:rename.md';
const TEXT = '# 测试协定\n\n## 第 七 条\n\n甲。\n\n## 第 八 条\n\n依照本协定第七条。\n';

async function refusal(p: Promise<unknown>): Promise<ResponseError | undefined> {
  try {
    await p;
    return undefined;
  } catch (e) {
    return e as ResponseError;
  }
}

test('rename at a heading: prepareRename gives the label; a name that is not a number, or a taken number, is an error; a number renames in style', async () => {
  client = await startServer();
  const first = client.waitForDiagnostics(URI_A);
  await client.open(URI_A, TEXT);
  await first;
  const heading = { textDocument: { uri: URI_A }, position: { line: 6, character: 0 } }; // on `##`
  const prepared = await client.connection.sendRequest(PrepareRenameRequest.type, heading);
  assert.deepEqual(prepared, { range: { start: { line: 6, character: 3 }, end: { line: 6, character: 8 } }, placeholder: '第八条' });

  const abc = await refusal(client.connection.sendRequest(RenameRequest.type, { ...heading, newName: 'abc' }));
  assert.ok(abc instanceof ResponseError, 'rename with abc is an error, not null');
  assert.match(abc.message, /“abc”不是条号。可输入条号：第二十条、二十 或 20/);
  assert.equal(abc.code, -32602, 'the new name is an invalid parameter');

  const taken = await refusal(client.connection.sendRequest(RenameRequest.type, { ...heading, newName: '第七条' }));
  assert.match(taken?.message ?? '', /已有第七条/);
  assert.equal(taken?.code, -32803, 'a valid name the rename cannot take: RequestFailed');

  const ok = await client.connection.sendRequest(RenameRequest.type, { ...heading, newName: '20' });
  assert.deepEqual(ok?.changes?.[URI_A], [{ range: { start: { line: 6, character: 5 }, end: { line: 6, character: 6 } }, newText: '二 十' }]);

  // Not on an article: null, for other providers.
  assert.equal(await client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri: URI_A }, position: { line: 4, character: 0 } }), null);
});

test('code actions: a stale diagnostic (from before an edit) and a forged one get nothing; the current one gets its fix', async () => {
  client ??= await startServer();
  const uri = 'untitled:fix.md';
  const first = client.waitForDiagnostics(uri);
  await client.open(uri, '# 测试协议\n\n## 第一条\n\n双方同意，本协定自签字之日起生效。\n');
  const stale = (await first)!.diagnostics.find((d) => d.code === 'self.mismatch')!;
  assert.ok(stale);
  const second = client.waitForDiagnostics(uri);
  await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, text: '缔约' }],
  });
  const fresh = (await second)!.diagnostics.find((d) => d.code === 'self.mismatch')!;
  const ask = (d: typeof stale) => client!.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
  assert.deepEqual(await ask(stale), []);
  assert.deepEqual(await ask({ ...fresh, range: { start: { line: 0, character: 2 }, end: { line: 0, character: 6 } } }), []);
  const fix = (await ask(fresh)) as { title: string; edit: { changes: Record<string, { newText: string }[]> } }[];
  assert.deepEqual(fix.map((a) => [a.title, a.edit.changes[uri][0].newText]), [['改为“本协议”', '本协议'], ['在下一行禁用 self.mismatch', '<!-- treaty-disable-next-line self.mismatch -->\n']]);
});

test('rename at a defined term over stdio: prepareRename gives the name under the cursor, rename rewrites the definition and every use; a name with quotation marks is an invalid parameter', async () => {
  client ??= await startServer();
  const uri = 'untitled:term.md';
  const first = client.waitForDiagnostics(uri);
  await client.open(uri, '# 测试协定\n\n中华人民共和国政府和蒙古国政府（以下简称“双方”）达成协议如下：\n\n## 第一条\n\n双方同意开展合作。\n');
  await first;
  const use = { textDocument: { uri }, position: { line: 6, character: 1 } };
  assert.deepEqual(await client.connection.sendRequest(PrepareRenameRequest.type, use), { range: { start: { line: 6, character: 0 }, end: { line: 6, character: 2 } }, placeholder: '双方' });
  const edit = await client.connection.sendRequest(RenameRequest.type, { ...use, newName: '两国政府' });
  assert.deepEqual(edit?.changes?.[uri], [
    { range: { start: { line: 2, character: 21 }, end: { line: 2, character: 23 } }, newText: '两国政府' },
    { range: { start: { line: 6, character: 0 }, end: { line: 6, character: 2 } }, newText: '两国政府' },
  ]);
  const bad = await refusal(client.connection.sendRequest(RenameRequest.type, { ...use, newName: '“两国”' }));
  assert.equal(bad?.code, -32602);
  assert.match(bad?.message ?? '', /不能作为定义的用语/);
});
