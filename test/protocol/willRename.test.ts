// Counterparts named by path in .treatyrc.json followed through a rename (LSP 3.16 workspace/willRenameFiles): the
// server announces the request for treaty files and folders, answers the edit of the configuration, and the pair,
// the edit applied with the rename, still checks one text against the other.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { URI } from 'vscode-uri';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol/node';
import { Client, startServer } from '../support/lsp';
import { tempDir } from '../support/fixture';
import { RU, ZH, aligned, russianSaysSix, until } from '../support/counterpartPair';

// The pair on one line after a Chinese name: a column there counts otherwise in UTF-8.
const CONFIG = '{\n  "severity": { "ref.citation-not-found": "off" },\n  "counterparts": [["中文本.md", "russian.md"]]\n}\n';

function workspace(): string {
  const dir = tempDir('will-rename-');
  fs.writeFileSync(path.join(dir, '.treatyrc.json'), CONFIG);
  fs.writeFileSync(path.join(dir, '中文本.md'), ZH);
  fs.writeFileSync(path.join(dir, 'russian.md'), RU);
  return dir;
}

const willRename = (client: Client, files: { oldUri: string; newUri: string }[]) =>
  client.connection.sendRequest('workspace/willRenameFiles', { files }) as Promise<WorkspaceEdit | null>;

test('willRenameFiles: announced for treaty files and folders; a counterpart renamed into a folder — the edit of .treatyrc.json its path alone, and the pair, renamed, still checked one against the other', async () => {
  const dir = workspace();
  const root = URI.file(dir).toString();
  const config = URI.file(path.join(dir, '.treatyrc.json')).toString();
  const [zh, ru, moved] = ['中文本.md', 'russian.md', '俄文/russian.md'].map((n) => URI.file(path.join(dir, n)).toString());
  const client = await startServer({ rootUri: root });
  try {
    const filters = (client.initialized.capabilities.workspace?.fileOperations?.willRename?.filters ?? []).map((f) => `${f.scheme}:${f.pattern.glob}:${f.pattern.matches}`);
    assert.deepEqual(filters, ['file:**/*.{md,markdown,txt,treaty}:file', 'file:**:folder']);
    // As VS Code's client matches them (vscode-languageclient's fileOperations.js: minimatch on the fsPath, `dot`, and
    // `nocase` for ignoreCase): a treaty file, a .MD (the scan reads it), one in a dot-folder; not a .json.
    const { Minimatch } = require(require.resolve('minimatch', { paths: [path.dirname(require.resolve('vscode-languageclient/node'))] })) as typeof import('minimatch');
    const [file] = client.initialized.capabilities.workspace!.fileOperations!.willRename!.filters;
    const matcher = new Minimatch(file.pattern.glob, { dot: true, nocase: file.pattern.options?.ignoreCase === true });
    assert.deepEqual(['/ws/中文本.md', '/ws/texts/协定.MD', '/ws/.drafts/a.txt', '/ws/.treatyrc.json'].map((p) => matcher.match(p)), [true, true, true, false]);
    // A file no group names: nothing to edit.
    assert.equal(await willRename(client, [{ oldUri: URI.file(path.join(dir, '别的.md')).toString(), newUri: URI.file(path.join(dir, '另一个.md')).toString() }]), null);
    const edit = await willRename(client, [{ oldUri: ru, newUri: moved }]);
    assert.deepEqual(Object.keys(edit?.changes ?? {}), [config]);
    const edits = edit!.changes![config];
    assert.equal(edits.length, 1);
    const after = TextDocument.applyEdits(TextDocument.create(config, 'json', 0, CONFIG), edits);
    assert.equal(after, CONFIG.replace('"russian.md"', '"俄文/russian.md"'));
    // The client renames the file and applies the edit (VS Code saves it); its watchers report the three.
    fs.writeFileSync(path.join(dir, '.treatyrc.json'), after);
    fs.mkdirSync(path.join(dir, '俄文'));
    fs.renameSync(path.join(dir, 'russian.md'), path.join(dir, '俄文/russian.md'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: config, type: 2 }, { uri: ru, type: 3 }, { uri: moved, type: 1 }] });
    await new Promise((r) => setTimeout(r, 500));
    await client.open(zh, ZH);
    await client.open(moved, RU);
    assert.deepEqual(aligned(await until(client, zh, (p) => p !== undefined)), []);
    // The Russian text, at its new place, now says six years: the Chinese text, not edited, is checked again against it.
    await russianSaysSix(client, zh, moved);
  } finally {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('willRenameFiles: a folder holding a counterpart renamed; to a client counting in UTF-8 the edit\'s columns in bytes of the configuration', async () => {
  const dir = workspace();
  fs.mkdirSync(path.join(dir, 'texts'));
  fs.renameSync(path.join(dir, 'russian.md'), path.join(dir, 'texts/russian.md'));
  const text = CONFIG.replace('"russian.md"', '"texts/russian.md"');
  fs.writeFileSync(path.join(dir, '.treatyrc.json'), text);
  const config = URI.file(path.join(dir, '.treatyrc.json')).toString();
  const client = await startServer({ rootUri: URI.file(dir).toString(), initialize: { capabilities: { general: { positionEncodings: ['utf-8'] } } } });
  try {
    assert.equal(client.initialized.capabilities.positionEncoding, 'utf-8');
    const edit = await willRename(client, [{ oldUri: URI.file(path.join(dir, 'texts')).toString(), newUri: URI.file(path.join(dir, '俄文本')).toString() }]);
    const edits = edit?.changes?.[config] ?? [];
    const line = text.split('\n').findIndex((l) => l.includes('texts/russian.md'));
    const prefix = text.split('\n')[line].slice(0, text.split('\n')[line].indexOf('"texts/russian.md"'));
    const expected: TextEdit = {
      range: { start: { line, character: Buffer.byteLength(prefix) }, end: { line, character: Buffer.byteLength(prefix + '"texts/russian.md"') } },
      newText: '"俄文本/russian.md"',
    };
    assert.deepEqual(edits, [expected]);
  } finally {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('willRenameFiles: .treatyrc.json open with unsaved changes — the edit is computed against the editor\'s text, not the older file on disk, and the unsaved text is no treaty and gets no diagnostics', async () => {
  const dir = workspace();
  const config = URI.file(path.join(dir, '.treatyrc.json')).toString();
  const [ru, moved] = ['russian.md', '俄文/russian.md'].map((n) => URI.file(path.join(dir, n)).toString());
  // Unsaved in the editor: a key added above the pair (every offset of it moves) and a second pair.
  const unsaved = CONFIG.replace('{\n', '{\n  "ignore": ["archive/**"],\n').replace(']]', '], ["别的.md", "other.md"]]');
  const client = await startServer({ rootUri: URI.file(dir).toString() });
  try {
    await client.open(config, unsaved, 'json');
    const edit = await willRename(client, [{ oldUri: ru, newUri: moved }]);
    const edits = edit?.changes?.[config] ?? [];
    assert.equal(TextDocument.applyEdits(TextDocument.create(config, 'json', 0, unsaved), edits), unsaved.replace('"russian.md"', '"俄文/russian.md"'));
    // Saved since: the editor's text again is the one the edit is computed against.
    const saved = unsaved.replace('"other.md"', '"russian.md"').replace('["中文本.md", "russian.md"], ', '');
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: config, version: 2 }, contentChanges: [{ text: saved }] });
    const again = (await willRename(client, [{ oldUri: ru, newUri: moved }]))?.changes?.[config] ?? [];
    assert.equal(TextDocument.applyEdits(TextDocument.create(config, 'json', 0, saved), again), saved.replace('"russian.md"', '"俄文/russian.md"'));
    // Closed: the file on disk's.
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: config } });
    const closed = (await willRename(client, [{ oldUri: ru, newUri: moved }]))?.changes?.[config] ?? [];
    assert.equal(TextDocument.applyEdits(TextDocument.create(config, 'json', 0, CONFIG), closed), CONFIG.replace('"russian.md"', '"俄文/russian.md"'));
    assert.deepEqual(client.diagnostics.get(config)?.diagnostics ?? [], []);
  } finally {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
