// What editors other than VS Code send, each against the built server: position
// encodings other than UTF-16 offered (LSP 3.17: UTF-16 when offered among others, else
// the one offered, and the server says which), whole-text changes though the server asks for
// incremental ones, a markdown file's languageId spelled otherwise, settings pushed in
// workspace/didChangeConfiguration by a client that cannot be asked for them, and
// documents with CRLF line ends (the LF text's answers, on the same lines and columns).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CompletionList, CompletionRequest, DefinitionRequest, DidChangeConfigurationNotification, DidChangeTextDocumentNotification, DocumentSymbolRequest, ExecuteCommandRequest,
  CodeActionRequest, Command, FoldingRangeRequest, HoverRequest, RenameRequest, SelectionRangeRequest, WorkspaceEdit, ApplyWorkspaceEditRequest, ResponseError, ErrorCodes,
} from 'vscode-languageserver-protocol/node';
import { startServer } from '../support/lsp';
import { seeds } from '../support/fixture';
import { SERVER_COMMANDS } from '../../server/src/protocol/commands';
import { msg, setLocale } from '../../server/src/features/messages';

const DRAFT = '# 测试协定\n\n双方达成协议如下：\n\n## 第一条\n\n依照第九条。\n';

/** The range of `needle` in `text` in UTF-16 code units (the line split at \n, a \r left off the line). */
function rangeOf(text: string, needle: string) {
  const at = text.indexOf(needle);
  const before = text.slice(0, at).split('\n');
  const line = before.length - 1;
  const character = before[line].length;
  return { start: { line, character }, end: { line, character: character + needle.length } };
}

/** The range of `needle` in `text`, its columns counted in `encoding`: UTF-16 units, UTF-8 bytes or code points (UTF-32). */
function rangeIn(encoding: string, text: string, needle: string) {
  const r = rangeOf(text, needle);
  const line = text.split('\n')[r.start.line];
  const count = (units: number) => (encoding === 'utf-8' ? Buffer.byteLength(line.slice(0, units)) : encoding === 'utf-32' ? [...line.slice(0, units)].length : units);
  return { start: { line: r.start.line, character: count(r.start.character) }, end: { line: r.end.line, character: count(r.end.character) } };
}

// LSP 3.17: UTF-16 is mandatory, but a client that leaves it out of its list says it counts otherwise (and would
// read UTF-16 columns as its own): it is answered in the first of utf-8 and utf-32 it lists, and told so.
for (const [offered, encoding] of [[['utf-8'], 'utf-8'], [['utf-32'], 'utf-32'], [['utf-8', 'utf-32'], 'utf-8'], [['utf-32', 'utf-8'], 'utf-32']] as const) {
  test(`a client that offers only ${offered.join(', ')}: the server answers in ${encoding} and says so`, async () => {
    const client = await startServer({ minimal: true, initialize: { capabilities: { general: { positionEncodings: offered } } } });
    try {
      assert.equal(client.initialized.capabilities.positionEncoding, encoding);
      // `𠀀` (a character outside the BMP: two UTF-16 units, one in UTF-32, four bytes in UTF-8) before the reference.
      const text = DRAFT.replace('依照第九条', '𠀀依照第九条');
      const uri = 'file:///drafts/encoding.md';
      await client.open(uri, text);
      const d = await client.waitForDiagnostics(uri);
      assert.deepEqual(d?.diagnostics.map((x) => [x.code, x.range]), [['ref.no-such-article', rangeIn(encoding, text, '第九条')]]);
    } finally {
      await client.stop();
    }
  });
}

test('a client that offers UTF-16 among others (Helix: utf-8, utf-32, utf-16) is answered in UTF-16', async () => {
  const client = await startServer({ minimal: true, initialize: { capabilities: { general: { positionEncodings: ['utf-8', 'utf-32', 'utf-16'] } } } });
  try {
    assert.equal(client.initialized.capabilities.positionEncoding, 'utf-16');
  } finally {
    await client.stop();
  }
});

test('whole-text changes, alone or before a range change in one notification, though the server asks for incremental ones', async () => {
  const client = await startServer({ minimal: true });
  try {
    const uri = 'file:///drafts/whole.md';
    await client.open(uri, DRAFT);
    await client.waitForDiagnostics(uri);
    const whole = DRAFT.replace('依照第九条。', '依照第一条。\n\n## 第二条\n\n乙。');
    let next = client.waitForDiagnostics(uri);
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text: whole }] });
    assert.deepEqual((await next)?.diagnostics.map((x) => x.code), []);
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as { name: string }[];
    assert.deepEqual(symbols.map((s) => s.name), ['测试协定', '序言', '第一条', '第二条']);
    // The whole text, then a range in the text it left: the reference becomes 第八条, which does not exist.
    next = client.waitForDiagnostics(uri);
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 3 },
      contentChanges: [{ text: DRAFT }, { range: { start: { line: 6, character: 3 }, end: { line: 6, character: 4 } }, text: '八' }],
    });
    const d = await next;
    assert.deepEqual(d?.diagnostics.map((x) => [x.code, x.range]), [['ref.no-such-article', rangeOf(DRAFT, '第九条')]]);
    assert.equal(d?.version, 3);
  } finally {
    await client.stop();
  }
});

for (const languageId of ['Markdown', 'md', 'text', 'plaintext', 'markdown.pandoc']) {
  test(`a markdown file opened as languageId "${languageId}" is served when it reads as a treaty, and only then`, async () => {
    const client = await startServer({ minimal: true });
    try {
      const treaty = 'file:///drafts/treaty.md';
      await client.open(treaty, DRAFT, languageId);
      assert.deepEqual((await client.waitForDiagnostics(treaty))?.diagnostics.map((x) => x.code), ['ref.no-such-article']);
      const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: treaty } })) as { name: string }[];
      assert.deepEqual(symbols.map((s) => s.name), ['测试协定', '序言', '第一条']);
      const notes = 'file:///drafts/notes.md';
      await client.open(notes, '# Notes\n\nSee article 9.\n', languageId);
      assert.equal(await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: notes } }), null);
    } finally {
      await client.stop();
    }
  });
}

test('a client without workspace/configuration pushes its settings in didChangeConfiguration: they apply, and a later push replaces them', async () => {
  const client = await startServer({ minimal: true });
  try {
    const uri = 'file:///drafts/pushed.md';
    await client.open(uri, DRAFT);
    assert.deepEqual((await client.waitForDiagnostics(uri))?.diagnostics.map((x) => [x.code, x.severity]), [['ref.no-such-article', 1]]);
    let next = client.waitForDiagnostics(uri);
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { treaty: { diagnostics: { severity: { 'ref.no-such-article': 'warning' } } } } });
    assert.deepEqual((await next)?.diagnostics.map((x) => [x.code, x.severity]), [['ref.no-such-article', 2]]);
    next = client.waitForDiagnostics(uri);
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { treaty: { diagnostics: { severity: { 'ref.no-such-article': 'off' } } } } });
    assert.deepEqual((await next)?.diagnostics.map((x) => x.code), []);
    // Settings for other servers only (Kate and Neovim send all they have): ours are back to their defaults.
    next = client.waitForDiagnostics(uri);
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { pylsp: { plugins: {} } } });
    assert.deepEqual((await next)?.diagnostics.map((x) => [x.code, x.severity]), [['ref.no-such-article', 1]]);
  } finally {
    await client.stop();
  }
});

test('a settings push without our section (Neovim 0.7 pushes {} after every start) keeps what the initialization options said', async () => {
  const client = await startServer({ minimal: true, initializationOptions: { diagnostics: { severity: { 'ref.no-such-article': 'hint' } } } });
  try {
    const uri = 'file:///drafts/init.md';
    await client.open(uri, DRAFT);
    assert.deepEqual((await client.waitForDiagnostics(uri))?.diagnostics.map((x) => [x.code, x.severity]), [['ref.no-such-article', 4]]);
    let next = client.waitForDiagnostics(uri);
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { treaty: { diagnostics: { severity: { 'ref.no-such-article': 'warning' } } } } });
    assert.deepEqual((await next)?.diagnostics.map((x) => [x.code, x.severity]), [['ref.no-such-article', 2]]);
    next = client.waitForDiagnostics(uri);
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
    assert.deepEqual((await next)?.diagnostics.map((x) => [x.code, x.severity]), [['ref.no-such-article', 4]]);
  } finally {
    await client.stop();
  }
});

// Emacs's lsp-mode answers workspace/configuration for `treaty` with {} (no settings registered), eglot with null:
// what the initialization options said stays, as for a push without our section.
for (const [client_, answer] of [['lsp-mode', {}], ['eglot', null]] as const) {
  test(`a configuration answer without severities (${client_}: ${JSON.stringify(answer)}) keeps the initialization options' severities`, async () => {
    const client = await startServer({ initializationOptions: { diagnostics: { severity: { 'ref.no-such-article': 'hint' } } }, configuration: { treaty: answer } });
    try {
      const uri = 'file:///drafts/asked.md';
      await client.open(uri, DRAFT);
      assert.deepEqual((await client.waitForDiagnostics(uri))?.diagnostics.map((x) => [x.code, x.severity]), [['ref.no-such-article', 4]]);
    } finally {
      await client.stop();
    }
  });
}

test('a client that declares workspace/applyEdit but fails the request: the command answers that nothing was applied, and why', async () => {
  const client = await startServer();
  try {
    client.connection.onRequest(ApplyWorkspaceEditRequest.type, () => new ResponseError(ErrorCodes.MethodNotFound, 'Unhandled method workspace/applyEdit'));
    const uri = 'file:///drafts/fails.md';
    await client.open(uri, DRAFT);
    await client.waitForDiagnostics(uri);
    const r = await client.connection.sendRequest(ExecuteCommandRequest.type, { command: SERVER_COMMANDS.insertArticle, arguments: [uri, { line: 4, character: 0 }, 'renumber'] });
    assert.deepEqual(r && { ...r, name: undefined, position: undefined }, { applied: false, edits: 1, message: 'Unhandled method workspace/applyEdit', name: undefined, position: undefined });
  } finally {
    await client.stop();
  }
});

test('a quick fix as a bare Command is computed again when it runs: after an edit that removes its diagnostic it applies nothing; malformed arguments are refused', async () => {
  const client = await startServer({ minimal: true, locale: 'en', initialize: { capabilities: { workspace: { applyEdit: true } } } });
  setLocale('en');
  try {
    const uri = 'file:///drafts/stale.md';
    await client.open(uri, DRAFT);
    const diagnostic = (await client.waitForDiagnostics(uri))!.diagnostics[0];
    const commands = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } })) as Command[];
    assert.ok(commands.length > 0 && commands.every((c) => c.command === SERVER_COMMANDS.codeAction));
    const next = client.waitForDiagnostics(uri);
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 6, character: 3 }, end: { line: 6, character: 4 } }, text: '一' }] });
    await next;
    const r = await client.connection.sendRequest(ExecuteCommandRequest.type, { command: commands[0].command, arguments: commands[0].arguments });
    assert.deepEqual(r, { applied: false, edits: 0, message: msg('command.fixGone') });
    assert.deepEqual(client.applied, []);
    const refused = await client.connection.sendRequest(ExecuteCommandRequest.type, { command: SERVER_COMMANDS.codeAction, arguments: [uri, 'not a range', [], 'x'] }).then(() => undefined, (e: ResponseError<unknown>) => e.code);
    assert.equal(refused, ErrorCodes.InvalidParams);
  } finally {
    await client.stop();
  }
});

test('a CRLF document gets the answers of its LF text, on the same lines and columns, and edits that keep its line ends', async () => {
  const seed = seeds().get('000')!;
  const lf = seed.text.replace(/\r\n/g, '\n');
  const crlf = lf.replace(/\n/g, '\r\n');
  const client = await startServer();
  try {
    const answers = async (uri: string, text: string) => {
      const waiting = client.waitForDiagnostics(uri);
      await client.open(uri, text);
      const diagnostics = (await waiting)?.diagnostics.map((d) => [d.code, d.range]);
      const doc = { textDocument: { uri } };
      const at = rangeOf(lf, '本协议第十二条').start;
      const reference = { ...doc, position: { line: at.line, character: at.character + 5 } };
      const lines = lf.split('\n');
      const afterEntry = { ...doc, position: { line: lines.findIndex((l) => l.startsWith('本协议自签字之日起生效')) + 1, character: 0 } };
      const completion = await client.connection.sendRequest(CompletionRequest.type, afterEntry);
      const rename = (await client.connection.sendRequest(RenameRequest.type, { ...reference, newName: '13' })) as WorkspaceEdit;
      const before = client.applied.length;
      await client.connection.sendRequest(ExecuteCommandRequest.type, { command: SERVER_COMMANDS.insertArticle, arguments: [uri, rangeOf(lf, '## 第 二 条').start, 'sub'] });
      const inserted = client.applied.slice(before).map((a) => a.edit);
      return {
        diagnostics,
        symbols: await client.connection.sendRequest(DocumentSymbolRequest.type, doc),
        folding: await client.connection.sendRequest(FoldingRangeRequest.type, doc),
        definition: await client.connection.sendRequest(DefinitionRequest.type, reference),
        hover: await client.connection.sendRequest(HoverRequest.type, reference),
        selection: await client.connection.sendRequest(SelectionRangeRequest.type, { ...doc, positions: [reference.position] }),
        completion: JSON.stringify(completion).split(uri).join('URI').split('\\r\\n').join('\\n'),
        rename: Object.values(rename.changes ?? {}),
        inserted: inserted.map((e) => Object.values(e.changes ?? {})),
        written: (completion as CompletionList).items.flatMap((i) => [i.insertText ?? '', i.textEdit && 'newText' in i.textEdit ? i.textEdit.newText : '']),
      };
    };
    const a = await answers('file:///drafts/lf.md', lf);
    const b = await answers('file:///drafts/crlf.md', crlf);
    const eol = (x: unknown) => JSON.parse(JSON.stringify(x).split('file:///drafts/crlf.md').join('file:///drafts/lf.md'));
    // Edits write the document's own line end: what the LF document gets with \n, the CRLF one gets with \r\n.
    const crlfEdits = (edits: { newText: string }[][]) => edits.map((es) => es.map((e) => ({ ...e, newText: e.newText.replace(/\r\n/g, '\n') })));
    assert.ok(b.inserted.flat(2).some((e) => e.newText.includes('\r\n')), 'the inserted article is written with CRLF');
    assert.ok(b.inserted.flat(2).every((e) => !/(^|[^\r])\n/.test(e.newText)), 'no bare LF in a CRLF document');
    assert.ok(b.written.some((t) => t.includes('\r\n')), 'the clauses completed are written with CRLF');
    assert.ok(b.written.every((t) => !/(^|[^\r])\n/.test(t)), 'no bare LF in a completion for a CRLF document');
    assert.deepEqual({ ...eol(b), inserted: b.inserted.map(crlfEdits), written: b.written.map((t) => t.replace(/\r\n/g, '\n')) }, a);
  } finally {
    await client.stop();
  }
});
