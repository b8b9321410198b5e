// The initialize capabilities of real clients (test/fixtures/clients/*.json, each
// written from the client's own source, named in its "source": VS Code, Neovim 0.7
// and 0.10, Emacs eglot and lsp-mode, Helix, Sublime Text LSP, Zed, Kate, LSP4IJ
// (JetBrains), an early vim-lsp, a client that declares nothing), each against the
// built server: the workspace scan happens, and every answer comes in the form the
// client declares it takes — outline nested or flat, definition as LocationLink or
// Location, hovers in its format, completions with or without snippets, code actions
// as CodeAction literals or as bare Commands, rename with or without prepareRename,
// edits by workspace/applyEdit only when it declares it — and its edits (incremental,
// or the whole text as an early vim-lsp sends them) reach the index.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { URI } from 'vscode-uri';
import {
  CodeActionRequest, CompletionRequest, CompletionResolveRequest, DefinitionRequest, DidChangeTextDocumentNotification, DocumentSymbolRequest, ExecuteCommandRequest, HoverRequest,
  InsertTextFormat, MarkupContent, PrepareRenameRequest, RenameRequest,
} from 'vscode-languageserver-protocol/node';
import { Client, startServer } from '../support/lsp';
import { Diagnostic } from 'vscode-languageserver-types';
import { ROOT } from '../support/fixture';
import { msg, setLocale } from '../../server/src/features/messages';
import { SERVER_COMMANDS } from '../../server/src/protocol/commands';

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
  test(`${name}: the workspace is scanned; outline, definition, diagnostics, hover, completion, code actions, rename, an editing command and an edit, each in the form it declares`, async () => {
    const c = JSON.parse(fs.readFileSync(path.join(CLIENTS, file), 'utf8')) as Fixture;
    const client = await startServer({
      rootUri: root,
      locale: 'en',
      initialize: { capabilities: c.capabilities, clientInfo: c.clientInfo, workspaceFolders: c.folders ? [{ uri: root, name: 'ws' }] : undefined },
    });
    try {
      const until = Date.now() + 20000;
      while (!client.logs.some((l) => /^indexed \d+ treaties/.test(l)) && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
      assert.match(client.logs.find((l) => /^indexed/.test(l)) ?? client.logs.join('\n'), /^indexed 5 treaties of 5 files/);

      const seed = fs.readdirSync(dir).find((f) => f.startsWith('000'))!;
      const text = fs.readFileSync(path.join(dir, seed), 'utf8');
      const uri = URI.file(path.join(dir, seed)).toString();
      await client.open(uri, text, c.languageId ?? 'markdown');
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
      await client.open(draft, '# 测试协定\n\n根据《中华人民共和国和哈萨克斯坦共和国睦邻友好合作条约》，达成协议如下：\n\n## 第一条\n\n依照第九条。\n', c.languageId ?? 'markdown');
      const d = await client.waitForDiagnostics(draft);
      assert.deepEqual(d?.diagnostics.map((x) => x.code), ['ref.no-such-article']);

      await answersInItsForm(client, c, uri, text, d!.diagnostics[0], draft);
    } finally {
      await client.stop();
    }
  });
}

interface Fixture {
  source: string;
  capabilities: Record<string, any>;
  clientInfo?: unknown;
  folders: boolean;
  /** The languageId it opens a markdown file with (default `markdown`). */
  languageId?: string;
  /** It sends every change as the whole text, whatever the server asks for. */
  fullTextChanges?: boolean;
}

/** Hover, completion, code actions, rename, an edit command and a change, each checked against what the client declares. */
async function answersInItsForm(client: Client, c: Fixture, uri: string, text: string, diagnostic: Diagnostic, draft: string): Promise<void> {
  const td = c.capabilities.textDocument ?? {};
  const caps = client.initialized.capabilities;
  setLocale('en');

  // Hover on a reference, in a format the client reads (markdown unless it declares formats without it).
  const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(text, '本协议第十二条', 4) });
  assert.ok(hover && MarkupContent.is(hover.contents), 'a hover');
  const formats = td.hover?.contentFormat;
  assert.equal(hover.contents.kind, !Array.isArray(formats) || formats.includes('markdown') ? 'markdown' : 'plaintext');

  // Completions: snippet syntax only for a client that declares snippets.
  const list = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: positionOf(text, '本协议自签字之日起生效', 0).line + 1, character: 0 } });
  const items = Array.isArray(list) ? list : list!.items;
  const snippets = !!td.completion?.completionItem?.snippetSupport;
  assert.equal(items.some((i) => i.insertTextFormat === InsertTextFormat.Snippet), snippets, 'snippet items iff the client declares snippetSupport');
  if (!snippets) for (const i of items) assert.doesNotMatch(i.textEdit && 'newText' in i.textEdit ? i.textEdit.newText : i.insertText ?? '', /\$\{?\d/, i.label);
  // Its documentation, resolved, in a format the client reads.
  const resolved = await client.connection.sendRequest(CompletionResolveRequest.type, items.find((i) => i.data !== undefined)!);
  const docFormats = td.completion?.completionItem?.documentationFormat;
  assert.ok(MarkupContent.is(resolved.documentation), resolved.label);
  assert.equal(resolved.documentation.kind, !Array.isArray(docFormats) || docFormats.includes('markdown') ? 'markdown' : 'plaintext');

  // Code actions: literals for a client that declares codeActionLiteralSupport; bare Commands (run by the
  // server, which applies the edit) for one that does not but applies edits; nothing for one that can do neither.
  const literals = !!td.codeAction?.codeActionLiteralSupport;
  const applies = !!c.capabilities.workspace?.applyEdit;
  assert.equal(typeof caps.codeActionProvider === 'object', literals, 'CodeActionOptions only for a client with literal support');
  const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: draft }, range: diagnostic.range, context: { diagnostics: [diagnostic] } })) ?? [];
  if (literals) {
    assert.ok(actions.length > 0 && actions.every((a) => 'kind' in a && 'edit' in a && typeof a.command !== 'string'), JSON.stringify(actions));
  } else if (applies) {
    assert.ok(actions.length > 0 && actions.every((a) => typeof a.command === 'string' && !('edit' in a)), JSON.stringify(actions));
    const before = client.applied.length;
    const first = actions[0] as { command: string; arguments?: unknown[] };
    const r = (await client.connection.sendRequest(ExecuteCommandRequest.type, { command: first.command, arguments: first.arguments })) as { applied: boolean };
    assert.equal(r.applied, true);
    assert.equal(client.applied.length, before + 1);
  } else {
    assert.deepEqual(actions, []);
  }

  // Rename: prepareRename offered only to a client that declares prepareSupport; rename itself works either way.
  const prepare = !!td.rename?.prepareSupport;
  assert.deepEqual(caps.renameProvider, prepare ? { prepareProvider: true } : true);
  const at = positionOf(text, '本协议第十二条', 5);
  if (prepare) assert.ok(await client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri }, position: at }));
  const edit = await client.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position: at, newName: '13' });
  assert.ok(edit && Object.keys(edit.changes ?? {}).length + (edit.documentChanges?.length ?? 0) > 0, 'a rename edit');

  // A command that edits: through workspace/applyEdit if the client declares it, else a clear answer and a message.
  const applied = client.applied.length;
  const shown = client.messages.length;
  const r = (await client.connection.sendRequest(ExecuteCommandRequest.type, { command: SERVER_COMMANDS.insertArticle, arguments: [uri, positionOf(text, '## 第 二 条', 0), 'sub'] })) as { applied: boolean; message?: string };
  if (applies) {
    assert.equal(r.applied, true);
    assert.equal(client.applied.length, applied + 1);
  } else {
    assert.deepEqual([r.applied, r.message], [false, msg('command.noApplyEdit')]);
    assert.equal(client.applied.length, applied, 'no workspace/applyEdit sent to a client that did not declare it');
    assert.deepEqual(client.messages.slice(shown).map((m) => m.message), [msg('command.noApplyEdit')]);
  }

  // A change, sent as this client sends it (the whole text, or the range it replaces): the outline follows it.
  const line = positionOf(text, '## 第 十 二 条', 0).line;
  const changed = text.replace('## 第 十 二 条', '## 第 十 二 条\n\n加入的一款。\n\n## 第 十 三 条');
  await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri, version: 2 },
    contentChanges: c.fullTextChanges ? [{ text: changed }] : [{ range: { start: { line, character: 11 }, end: { line, character: 11 } }, text: '\n\n加入的一款。\n\n## 第 十 三 条' }],
  });
  const after = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as { name: string }[];
  assert.equal(names(after).filter((n) => /^第.+条$/.test(n)).length, 13);
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
