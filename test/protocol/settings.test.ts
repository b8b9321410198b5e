// The extension's settings (package.json contributes.configuration) change what the server does,
// as README and the settings' descriptions say; treaty.markdownDetection reaches the server as
// the initialization option the VS Code client passes (client/src/extension.ts), and the client
// restarts the server when it changes. (treaty.outline.maxSymbols: outlineSize.test;
// treaty.diagnostics.severity: config.test, clientQuirks.test; treaty.trace.server is
// vscode-languageclient's own, for the client id `treaty`.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DocumentSymbol, DocumentSymbolRequest } from 'vscode-languageserver-protocol/node';
import { Client, startServer } from '../support/lsp';

/** A markdown file that reads as a treaty: a title naming its kind, two articles, one citing a third that is not there. */
const TREATY = '# 中华人民共和国和甲国友好合作协定\n\n中华人民共和国和甲国（以下简称“双方”），达成协议如下：\n\n## 第一条\n\n双方依照本协定第三条合作。\n\n## 第二条\n\n本协定自签字之日起生效，有效期五年。\n\n本协定于2001年7月16日在莫斯科签订，一式两份，每份均用中文和俄文写成，两种文本同等作准。\n';

const names = async (client: Client, uri: string) =>
  (((await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) ?? []) as DocumentSymbol[]).flatMap((s) => [s.name, ...(s.children ?? []).map((c) => c.name)]);
const codes = async (client: Client, uri: string) => ((await client.waitForDiagnostics(uri, 5000))?.diagnostics ?? []).map((d) => `${String(d.code)} ${d.message}`);

test('treaty.markdownDetection: on (the default), a markdown file that reads as a treaty is served; off, only *.treaty.md documents are', async () => {
  const on = await startServer();
  try {
    await on.open('file:///ws/a.md', TREATY, 'markdown');
    assert.deepEqual(await codes(on, 'file:///ws/a.md'), ['ref.no-such-article 本协定没有第三条（共2条）']);
    assert.deepEqual(await names(on, 'file:///ws/a.md'), ['中华人民共和国和甲国友好合作协定', '序言', '第一条', '第二条', '签署']);
  } finally {
    await on.stop();
  }
  const off = await startServer({ initializationOptions: { markdownDetection: false } });
  try {
    await off.open('file:///ws/a.md', TREATY, 'markdown');
    await off.open('file:///ws/b.treaty.md', TREATY, 'treaty');
    assert.deepEqual(await codes(off, 'file:///ws/b.treaty.md'), ['ref.no-such-article 本协定没有第三条（共2条）']);
    assert.deepEqual(await names(off, 'file:///ws/b.treaty.md'), ['中华人民共和国和甲国友好合作协定', '序言', '第一条', '第二条', '签署']);
    assert.deepEqual(await codes(off, 'file:///ws/a.md'), []);
    assert.deepEqual(await names(off, 'file:///ws/a.md'), []);
  } finally {
    await off.stop();
  }
});
