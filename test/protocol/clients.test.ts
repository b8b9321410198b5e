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
  CodeActionRequest, CodeLensRequest, CompletionRequest, CompletionResolveRequest, DefinitionRequest, DidChangeTextDocumentNotification, DocumentSymbolRequest, ExecuteCommandRequest, HoverRequest,
  InsertTextFormat, MarkupContent, PrepareRenameRequest, RenameRequest, WorkspaceSymbolRequest, CodeAction, CompletionItem, DocumentLinkRequest,
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

/** The range of `needle` in `text`, its columns counted in `encoding` (UTF-16 code units, UTF-32 code points or UTF-8 bytes). */
function rangeIn(encoding: string, text: string, needle: string) {
  const at = text.indexOf(needle);
  const lines = text.slice(0, at).split('\n');
  const before = lines[lines.length - 1];
  const count = (s: string) => (encoding === 'utf-8' ? Buffer.byteLength(s) : encoding === 'utf-32' ? [...s].length : s.length);
  const line = lines.length - 1;
  return { start: { line, character: count(before) }, end: { line, character: count(before + needle) } };
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
      initializationOptions: c.initializationOptions,
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
      // A character outside the BMP (two UTF-16 units, one UTF-32 unit, four UTF-8 bytes) before the reference on a CJK line:
      // the range in the encoding the server answered with, one the client offered or UTF-16, which every client takes.
      const draftText = '# 测试协定\n\n根据《中华人民共和国和哈萨克斯坦共和国睦邻友好合作条约》，达成协议如下：\n\n## 第一条\n\n𠀀依照第九条。\n';
      await client.open(draft, draftText, c.languageId ?? 'markdown');
      const d = await client.waitForDiagnostics(draft);
      const encoding = client.initialized.capabilities.positionEncoding ?? 'utf-16';
      assert.ok([...(c.capabilities.general?.positionEncodings ?? []), 'utf-16'].includes(encoding), encoding);
      assert.deepEqual(d?.diagnostics.map((x) => [x.code, x.range]), [['ref.no-such-article', rangeIn(encoding, draftText, '第九条')]]);
      // Pulled by a client that declares the pull and its refresh (coc.nvim, LSP4IJ, monaco-languageclient), unless its
      // initialization options say otherwise (the VS Code extension's); pushed to any other — never both.
      const pulls = !!c.capabilities.textDocument?.diagnostic && !!c.capabilities.workspace?.diagnostics?.refreshSupport && (c.initializationOptions as any)?.diagnostics?.pull !== false;
      assert.equal(!!client.initialized.capabilities.diagnosticProvider, pulls);
      assert.equal(client.pushed.includes(draft), !pulls);

      // Its citation is a link to the cited file; a tooltip only for a client that reads one.
      const cited = await client.connection.sendRequest(DocumentLinkRequest.type, { textDocument: { uri: draft } });
      assert.deepEqual(cited?.map((l) => [l.range.start.line, l.target?.startsWith(root), 'tooltip' in l]), [[2, true, !!c.capabilities.textDocument?.documentLink?.tooltipSupport]]);

      await answersInItsForm(client, c, uri, text, d!.diagnostics[0], draft);
      await withinWhatItDeclares(client, c, uri);
    } finally {
      await client.stop();
    }
  });
}

/** The first of markdown and plain text a client lists (contentFormat, documentationFormat: its preference first); 'string' when it lists neither. */
function formOf(formats: unknown): 'markdown' | 'plaintext' | 'string' {
  const known = Array.isArray(formats) ? formats.find((f) => f === 'markdown' || f === 'plaintext') : undefined;
  return known ?? 'string';
}

interface Fixture {
  source: string;
  capabilities: Record<string, any>;
  clientInfo?: unknown;
  /** What the client passes beside its capabilities (the VS Code extension: the lens commands it runs itself). */
  initializationOptions?: { clientCommands?: string[] };
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

  // Hover on a reference, in a format the client reads: MarkupContent in the first of markdown and plain text it
  // lists in contentFormat, or — a client that lists neither (LSP before 3.3) — a MarkedString, a string of markdown.
  const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(text, '本协议第十二条', 4) });
  assert.ok(hover, 'a hover');
  const form = formOf(td.hover?.contentFormat);
  // Article 12's heading and the start of its text (the comma is ASCII: escaped in markdown).
  const markdown = '**第十二条**\n\n本协议自签字之日起生效\\,有效期 5 年。';
  if (form === 'string') {
    assert.equal(typeof hover.contents, 'string', JSON.stringify(hover.contents));
    assert.ok((hover.contents as string).startsWith(markdown), hover.contents as string);
  } else {
    assert.ok(MarkupContent.is(hover.contents), JSON.stringify(hover.contents));
    assert.equal(hover.contents.kind, form);
    assert.ok(hover.contents.value.startsWith(form === 'markdown' ? markdown : '第十二条\n\n本协议自签字之日起生效,有效期 5 年。'), hover.contents.value);
  }

  // Completions: snippet syntax only for a client that declares snippets.
  const list = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: positionOf(text, '本协议自签字之日起生效', 0).line + 1, character: 0 } });
  const items = Array.isArray(list) ? list : list!.items;
  const snippets = !!td.completion?.completionItem?.snippetSupport;
  assert.equal(items.some((i) => i.insertTextFormat === InsertTextFormat.Snippet), snippets, 'snippet items iff the client declares snippetSupport');
  if (!snippets) for (const i of items) assert.doesNotMatch(i.textEdit && 'newText' in i.textEdit ? i.textEdit.newText : i.insertText ?? '', /\$\{?\d/, i.label);
  // Its documentation, resolved, in a format the client reads.
  const resolved = await client.connection.sendRequest(CompletionResolveRequest.type, items.find((i) => i.data !== undefined)!);
  // MarkupContent only for a client that lists documentationFormat; else a string, which is plain text.
  const docForm = formOf(td.completion?.completionItem?.documentationFormat);
  if (docForm === 'string') {
    assert.ok(typeof resolved.documentation === 'string' && resolved.documentation.length > 0, JSON.stringify(resolved.documentation));
    assert.doesNotMatch(resolved.documentation as string, /\\[!-/:-@[-`{-~]|\*\*/, 'plain text: no markdown escapes or emphasis');
  } else {
    assert.ok(MarkupContent.is(resolved.documentation), resolved.label);
    assert.equal(resolved.documentation.kind, docForm);
  }

  // Code actions: literals for a client that declares codeActionLiteralSupport; bare Commands (run by the
  // server, which applies the edit) for one that does not but applies edits; nothing for one that can do neither.
  const literals = !!td.codeAction?.codeActionLiteralSupport;
  const applies = !!c.capabilities.workspace?.applyEdit;
  assert.equal(typeof caps.codeActionProvider === 'object', literals, 'CodeActionOptions only for a client with literal support');
  // A client without publishDiagnostics.dataSupport need not send a diagnostic's `data` back: the fixes do not depend on it.
  const { data: _, ...withoutData } = diagnostic;
  const sent = td.publishDiagnostics?.dataSupport ? diagnostic : withoutData;
  const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: draft }, range: diagnostic.range, context: { diagnostics: [sent] } })) ?? [];
  if (literals) {
    assert.ok(actions.length > 0 && actions.every((a) => 'kind' in a && 'edit' in a && typeof a.command !== 'string'), JSON.stringify(actions));
    assert.ok(td.codeAction.isPreferredSupport || actions.every((a) => !('isPreferred' in a)), 'isPreferred only for a client with isPreferredSupport');
    // Fix all on save, as VS Code asks for it (`only`, no diagnostic): declared, and the one source action.
    assert.deepEqual((caps.codeActionProvider as { codeActionKinds?: string[] }).codeActionKinds, ['quickfix', 'source.fixAll.treaty']);
    const comma = draft.replace(/draft\.md$/, 'comma.md');
    await client.open(comma, '# 测试协定\n\n## 第一条\n\n甲,乙。\n', c.languageId ?? 'markdown');
    const onSave = ((await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: comma }, range: diagnostic.range, context: { diagnostics: [], only: ['source.fixAll'] } })) ?? []) as CodeAction[];
    assert.deepEqual(onSave.map((a) => [a.kind, a.edit?.changes?.[comma]?.map((e) => e.newText)]), [['source.fixAll.treaty', ['，']]]);
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

/** LSP 3.0's symbol kinds (File to Array) and completion item kinds (Text to Reference): all a client takes that declares no valueSet. */
const FIRST_KINDS = Array.from({ length: 18 }, (_, i) => i + 1);

function kindsOf(symbols: { kind: number; children?: unknown[] }[]): number[] {
  return symbols.flatMap((s) => [s.kind, ...kindsOf((s.children ?? []) as { kind: number }[])]);
}

/** Whether the client declared it takes the request the server sent it. */
function declares(caps: Record<string, any>, method: string, params: any): boolean {
  switch (method) {
    case 'window/workDoneProgress/create':
      return !!caps.window?.workDoneProgress;
    case 'workspace/configuration':
      return !!caps.workspace?.configuration;
    case 'workspace/workspaceFolders':
      return !!caps.workspace?.workspaceFolders;
    case 'workspace/applyEdit':
      return !!caps.workspace?.applyEdit && (!params.edit.documentChanges || !!caps.workspace?.workspaceEdit?.documentChanges) && (!params.edit.changeAnnotations || !!caps.workspace?.workspaceEdit?.changeAnnotationSupport);
    case 'window/showMessageRequest':
      return true;
    case 'window/showDocument':
      return !!caps.window?.showDocument?.support;
    case 'client/registerCapability':
      return params.registrations.every((r: { method: string }) => {
        const [area, name] = r.method.split('/');
        return !!caps[area]?.[name]?.dynamicRegistration;
      });
    default: {
      const refresh = /^workspace\/(\w+)\/refresh$/.exec(method);
      return !!refresh && !!caps.workspace?.[refresh[1]]?.refreshSupport;
    }
  }
}

// Two texts of one instrument that disagree (五年, шести лет): a divergence diagnostic that points at the other text.
const ZH = '# 中华人民共和国政府和俄罗斯联邦政府关于测试合作的协定\n\n## 第一条\n\n双方在五年内完成合作。\n\n## 第二条\n\n本协定自签署之日起生效。\n';
const RU = '# Соглашение между Правительством Китайской Народной Республики и Правительством Российской Федерации о сотрудничестве\n\n## Статья 1\n\nСтороны завершат сотрудничество в течение шести лет.\n\n## Статья 2\n\nНастоящее Соглашение вступает в силу с даты его подписания.\n';
// An article with paragraphs and items (第二款第（一）项 completes as an item), a defined term, and a reference being typed.
const KINDS = '# 术语测试协定\n\n双方达成协议如下：\n\n## 第一条\n\n本协定中，“主管部门”是指缔约双方指定的机关。\n\n## 第二条\n\n一、甲。\n\n二、乙：\n\n（一）丙；\n\n（二）丁。\n\n## 第三条\n\n依照第二条第\n\n';
// A gap in the numbering that renumbering cannot close (第二条 cited, no such article): its action is one that cannot be done.
const GAP = '# 编号测试协定\n\n## 第一条\n\n依照第二条。\n\n## 第三条\n\n乙。\n';

/**
 * The kinds of outline symbols, workspace symbols and completions, the fields of completions, code actions and
 * diagnostics, and the requests the server sent: each within what the client declared.
 */
async function withinWhatItDeclares(client: Client, c: Fixture, uri: string): Promise<void> {
  const caps = c.capabilities;
  const td = caps.textDocument ?? {};
  const languageId = c.languageId ?? 'markdown';

  const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as { kind: number }[];
  const symbolKinds: number[] = td.documentSymbol?.symbolKind?.valueSet ?? FIRST_KINDS;
  assert.deepEqual(kindsOf(symbols).filter((k) => !symbolKinds.includes(k)), [], 'outline symbol kinds the client declares');
  // Articles (第) and the instruments' titles (the empty query): a location without a range only for a client that can resolve it.
  const found: { name: string; kind: number; location: { uri: string; range?: unknown } }[] = [];
  for (const query of ['第', '']) found.push(...((await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query })) as typeof found));
  assert.ok(found.some((s) => /^第.+条/.test(s.name)) && found.some((s) => s.kind === 1), found.map((s) => s.name).join(' '));
  if (!caps.workspace?.symbol?.resolveSupport) assert.deepEqual(found.filter((s) => !s.location.range).map((s) => s.name), [], 'a range in every location');
  const workspaceKinds: number[] = caps.workspace?.symbol?.symbolKind?.valueSet ?? FIRST_KINDS;
  assert.deepEqual(found.map((s) => s.kind).filter((k) => !workspaceKinds.includes(k)), [], 'workspace symbol kinds the client declares');

  const kinds = URI.file(path.join(dir, 'kinds.md')).toString();
  await client.open(kinds, KINDS, languageId);
  const lines = KINDS.split('\n');
  const typed = lines.findIndex((l) => l === '依照第二条第');
  const items: CompletionItem[] = [];
  for (const position of [{ line: typed, character: lines[typed].length }, { line: typed + 2, character: 0 }]) {
    const list = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: kinds }, position });
    items.push(...(Array.isArray(list) ? list : list!.items));
  }
  assert.ok(items.some((i) => i.label === '第二款第（一）项') && items.some((i) => i.label === '主管部门'), items.map((i) => i.label).join(' '));
  const completionKinds: number[] = td.completion?.completionItemKind?.valueSet ?? FIRST_KINDS;
  assert.deepEqual(items.filter((i) => i.kind !== undefined && !completionKinds.includes(i.kind)).map((i) => `${i.label}:${i.kind}`), [], 'completion kinds the client declares');
  if (!td.completion?.completionItem?.labelDetailsSupport) assert.deepEqual(items.filter((i) => 'labelDetails' in i).map((i) => i.label), [], 'labelDetails only for a client with labelDetailsSupport');

  const gap = URI.file(path.join(dir, 'gap.md')).toString();
  await client.open(gap, GAP, languageId);
  const numbering = (await client.waitForDiagnostics(gap))!.diagnostics.find((x) => x.code === 'numbering.gap');
  assert.ok(numbering, 'a gap in the numbering');
  const actions = ((await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: gap }, range: numbering.range, context: { diagnostics: [numbering] } })) ?? []) as CodeAction[];
  if (!td.codeAction?.disabledSupport) assert.deepEqual(actions.filter((a) => 'disabled' in a).map((a) => a.title), [], 'disabled actions only for a client with disabledSupport');
  else assert.ok(actions.some((a) => a.disabled), 'the renumbering that cannot be done, said');
  if (!td.codeAction?.isPreferredSupport) assert.deepEqual(actions.filter((a) => 'isPreferred' in a).map((a) => a.title), []);

  const zh = URI.file(path.join(dir, '测试协定.md')).toString();
  const ru = URI.file(path.join(dir, '测试协定.ru.md')).toString();
  await client.open(ru, RU, languageId);
  await client.open(zh, ZH, languageId);
  let published = await client.waitForDiagnostics(zh);
  const until = Date.now() + 8000;
  while (!published?.diagnostics.some((x) => x.code === 'align.number') && Date.now() < until) published = await client.waitForDiagnostics(zh, until - Date.now());
  const divergence = published?.diagnostics.find((x) => x.code === 'align.number');
  assert.ok(divergence, JSON.stringify(published));
  if (td.publishDiagnostics?.relatedInformation) assert.deepEqual(divergence.relatedInformation?.map((r) => r.location.uri), [ru]);
  else assert.equal(divergence.relatedInformation, undefined, 'relatedInformation only for a client that declares it');

  await lensesItRuns(client, c, kinds, zh, ru);

  assert.deepEqual(client.requests.filter((r) => !declares(caps, r.method, r.params)).map((r) => r.method), [], 'no request the client did not declare');
}

/**
 * Code lenses whose commands the client can run: the VS Code extension's own (treaty.showReferences,
 * treaty.revealCounterpart) only to a client that names them in initialization option clientCommands, else
 * the server's, listed in its executeCommandProvider; run, those show where the lens points — with
 * window/showDocument to a client that declares it, else in a message.
 */
async function lensesItRuns(client: Client, c: Fixture, kinds: string, zh: string, ru: string): Promise<void> {
  const own = c.initializationOptions?.clientCommands ?? [];
  const listed: string[] = client.initialized.capabilities.executeCommandProvider?.commands ?? [];
  const showDocument = !!c.capabilities.window?.showDocument?.support;
  // kinds.md: 第二条 (line 8, after '## ') is cited once, by 依照第二条第 (line 20, after 依照).
  const citing = { uri: kinds, range: { start: { line: 20, character: 2 }, end: { line: 20, character: 5 } } };
  const heading = { start: { line: 8, character: 3 }, end: { line: 8, character: 6 } };
  const cited = await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: kinds } });
  const showReferences = own.includes('treaty.showReferences') ? 'treaty.showReferences' : SERVER_COMMANDS.showReferences;
  assert.deepEqual(cited, [{ range: heading, command: { title: msg('codeLens.citedOnce'), command: showReferences, arguments: [kinds, heading.start, [citing]] } }]);
  // 测试协定.md's 第一条 and 第二条 (lines 2 and 6) against Статья 1 and Статья 2 of the Russian text (the same lines).
  const counterparts = (await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: zh } })) ?? [];
  const reveal = own.includes('treaty.revealCounterpart') ? 'treaty.revealCounterpart' : SERVER_COMMANDS.revealCounterpart;
  const statya = (line: number) => ({ start: { line, character: 3 }, end: { line, character: 11 } });
  assert.deepEqual(counterparts.map((l) => [l.range, l.command?.command, l.command?.arguments]), [
    [{ start: { line: 2, character: 3 }, end: { line: 2, character: 6 } }, reveal, [ru, statya(2)]],
    [{ start: { line: 6, character: 3 }, end: { line: 6, character: 6 } }, reveal, [ru, statya(6)]],
  ]);
  for (const lens of [...(cited ?? []), ...counterparts]) assert.ok(own.includes(lens.command!.command) || listed.includes(lens.command!.command), lens.command!.command);
  if (own.length) return;

  const shown = client.requests.length;
  const said = client.messages.length;
  assert.deepEqual(await client.connection.sendRequest(ExecuteCommandRequest.type, cited![0].command!), [citing]);
  assert.deepEqual(await client.connection.sendRequest(ExecuteCommandRequest.type, counterparts[0].command!), { uri: ru, range: statya(2) });
  if (showDocument) {
    assert.deepEqual(client.requests.slice(shown).map((r) => [r.method, r.params]), [
      ['window/showDocument', { uri: kinds, selection: citing.range, takeFocus: true }],
      ['window/showDocument', { uri: ru, selection: statya(2), takeFocus: true }],
    ]);
  } else {
    assert.deepEqual(client.requests.slice(shown), []);
    assert.deepEqual(client.messages.slice(said).map((m) => m.message), ['Cited at: kinds.md:21', 'Counterpart: 测试协定.ru.md:3']);
  }
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

test('a client with no root at all (no rootUri, rootPath or folders: a single file opened): its open documents are served, and nothing is scanned', async () => {
  const client = await startServer({ rootUri: null, locale: 'en', initialize: { rootPath: null, workspaceFolders: null } });
  try {
    const seed = fs.readdirSync(dir).find((f) => f.startsWith('000'))!;
    const text = fs.readFileSync(path.join(dir, seed), 'utf8');
    const uri = URI.file(path.join(os.tmpdir(), 'no-root', seed)).toString();
    const published = client.waitForDiagnostics(uri);
    await client.open(uri, text);
    // A correct signed treaty: no error or warning; the treaties it cites are not read (no folder to read them from), which is said.
    const diagnostics = (await published)?.diagnostics ?? [];
    assert.deepEqual(diagnostics.filter((x) => x.severity === 1 || x.severity === 2), []);
    assert.ok(diagnostics.some((x) => x.code === 'ref.citation-not-found'));
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as { name: string }[];
    assert.equal(names(symbols).filter((n) => /^第.+条$/.test(n)).length, 12);
    const defs = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: positionOf(text, '本协议第十二条', 4) })) as { targetSelectionRange: { start: { line: number } } }[];
    assert.equal(text.split('\n')[defs[0].targetSelectionRange.start.line], '## 第 十 二 条');
    const edit = await client.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position: positionOf(text, '本协议第十二条', 5), newName: '13' });
    assert.deepEqual(Object.keys(edit?.changes ?? {}), [uri]);
    assert.ok(!client.logs.some((l) => /^indexed/.test(l)), client.logs.join('\n'));
  } finally {
    await client.stop();
  }
});

// 第一条 cited twice (lines 8 and 12, after 依照).
const TWICE = '# 引用测试协定\n\n## 第一条\n\n甲。\n\n## 第二条\n\n依照第一条。\n\n## 第三条\n\n依照第一条。\n';

test('a lens cited from two places, in an editor other than VS Code: the reference picked in a message request is shown (Neovim 0.10); without showDocument both are named in a message (a client that declares nothing)', async () => {
  const neovim = JSON.parse(fs.readFileSync(path.join(CLIENTS, 'neovim-0.10.json'), 'utf8')) as Fixture;
  const uri = URI.file(path.join(os.tmpdir(), 'no-root', 'pick.md')).toString();
  const at = (line: number) => ({ uri, range: { start: { line, character: 2 }, end: { line, character: 5 } } });
  for (const [capabilities, pick] of [[neovim.capabilities, 1], [{}, undefined]] as const) {
    const client = await startServer({ rootUri: null, locale: 'en', pick, initialize: { capabilities, rootPath: null, workspaceFolders: null } });
    try {
      await client.open(uri, TWICE);
      const lenses = await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } });
      const heading = { start: { line: 2, character: 3 }, end: { line: 2, character: 6 } };
      assert.deepEqual(lenses, [{ range: heading, command: { title: 'Cited 2 times', command: SERVER_COMMANDS.showReferences, arguments: [uri, heading.start, [at(8), at(12)]] } }]);
      assert.deepEqual(await client.connection.sendRequest(ExecuteCommandRequest.type, lenses![0].command!), [at(8), at(12)]);
      if (pick !== undefined) {
        assert.deepEqual(client.requests.filter((r) => r.method.startsWith('window/')).map((r) => [r.method, r.params]), [
          ['window/showMessageRequest', { type: 3, message: 'Cited at', actions: [{ title: '1. pick.md:9' }, { title: '2. pick.md:13' }] }],
          ['window/showDocument', { uri, selection: at(12).range, takeFocus: true }],
        ]);
      } else {
        assert.deepEqual(client.requests.filter((r) => r.method.startsWith('window/')), []);
        assert.deepEqual(client.messages.map((m) => m.message), ['Cited at: 1. pick.md:9; 2. pick.md:13']);
      }
    } finally {
      await client.stop();
    }
  }
});
