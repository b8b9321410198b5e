// The initialize capabilities of real clients (test/fixtures/clients/*.json:
// VS Code, Neovim 0.7 and 0.10, Emacs eglot, Helix, a client that declares
// nothing), each against the built server: the workspace scan happens, and
// outline, definition and diagnostics work in the form the client takes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { URI } from 'vscode-uri';
import { DefinitionRequest, DocumentSymbolRequest } from 'vscode-languageserver-protocol/node';
import { startServer } from '../support/lsp';
import { ROOT } from '../support/fixture';

const CLIENTS = path.join(ROOT, 'test/fixtures/clients');
let dir: string;
let root: string;

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'treaty-clients-'));
  for (const f of fs.readdirSync(path.join(ROOT, 'test/fixtures/seeds'))) fs.copyFileSync(path.join(ROOT, 'test/fixtures/seeds', f), path.join(dir, f));
  root = URI.file(dir).toString();
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Names of document symbols, nested (DocumentSymbol) or flat (SymbolInformation). */
function names(symbols: { name: string; children?: unknown[] }[]): string[] {
  return symbols.flatMap((s) => [s.name, ...names((s.children ?? []) as { name: string }[])]);
}

function positionOf(text: string, needle: string, shift: number): { line: number; character: number } {
  const before = text.slice(0, text.indexOf(needle) + shift).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

for (const file of fs.readdirSync(CLIENTS).filter((f) => f.endsWith('.json')).sort()) {
  const name = file.replace(/\.json$/, '');
  test(`${name}: the workspace is scanned; outline, definition and diagnostics work`, async () => {
    const c = JSON.parse(fs.readFileSync(path.join(CLIENTS, file), 'utf8')) as { capabilities: Record<string, any>; clientInfo: unknown; folders: boolean };
    const client = await startServer({
      rootUri: root,
      initialize: { capabilities: c.capabilities, clientInfo: c.clientInfo, workspaceFolders: c.folders ? [{ uri: root, name: 'ws' }] : undefined },
    });
    try {
      const until = Date.now() + 20000;
      while (!client.logs.some((l) => /^indexed \d+ treaties/.test(l)) && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
      assert.match(client.logs.find((l) => /^indexed/.test(l)) ?? client.logs.join('\n'), /^indexed 5 treaties of 5 files/);

      const seed = fs.readdirSync(dir).find((f) => f.startsWith('000'))!;
      const text = fs.readFileSync(path.join(dir, seed), 'utf8');
      const uri = URI.file(path.join(dir, seed)).toString();
      await client.open(uri, text);
      const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as { name: string }[];
      assert.equal(names(symbols).filter((n) => /^第.+条$/.test(n)).length, 12);
      const hierarchical = !!c.capabilities.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport;
      assert.equal('location' in symbols[0], !hierarchical, 'nested symbols only for clients that take them');

      const defs = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: positionOf(text, '本协议第十二条', 4) })) as any[];
      const links = !!c.capabilities.textDocument?.definition?.linkSupport;
      const range = links ? defs[0].targetSelectionRange : defs[0].range;
      assert.equal(links ? defs[0].targetUri : defs[0].uri, uri);
      assert.equal(text.split('\n')[range.start.line], '## 第 十 二 条');

      // A citation of a closed file resolves only if the scan read it.
      const draft = URI.file(path.join(dir, 'draft.md')).toString();
      await client.open(draft, '# 测试协定\n\n根据《中华人民共和国和哈萨克斯坦共和国睦邻友好合作条约》，达成协议如下：\n\n## 第一条\n\n依照第九条。\n');
      const d = await client.waitForDiagnostics(draft);
      assert.deepEqual(d?.diagnostics.map((x) => x.code), ['ref.no-such-article']);
    } finally {
      await client.stop();
    }
  });
}

test('a client that names its root by path only (rootPath, before LSP 3.0): the workspace is scanned', async () => {
  const client = await startServer({ rootUri: null, initialize: { rootPath: dir, workspaceFolders: null } });
  try {
    const until = Date.now() + 20000;
    while (!client.logs.some((l) => /^indexed \d+ treaties/.test(l)) && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    assert.match(client.logs.find((l) => /^indexed/.test(l)) ?? client.logs.join('\n'), /^indexed 5 treaties of 5 files/);
  } finally {
    await client.stop();
  }
});
