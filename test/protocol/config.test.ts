// One configuration for the editor and the command line: the server reads
// .treatyrc.json at the workspace root (severities, ignored files), layers the editor's
// settings on top, follows changes to the file, and honours suppression comments.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { URI } from 'vscode-uri';
import { DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver-protocol/node';
import { startServer } from '../support/lsp';
import { tempDir } from '../support/fixture';

const FAULTY = '# 中华人民共和国和甲国友好合作协定\n\n中华人民共和国和甲国（以下简称“双方”），达成协议如下：\n\n## 第一条\n\n双方依照本协定第九条合作。本协定自签字之日起生效，有效期五年。\n\n本协议于2001年7月16日在莫斯科签订，一式两份，每份均用中文和俄文写成，两种文本同等作准。\n';

function codes(p: { diagnostics: { code?: unknown; severity?: number }[] } | undefined): string[] {
  return (p?.diagnostics ?? []).map((d) => `${String(d.code)}:${d.severity}`).sort();
}

test('config: .treatyrc.json severities apply, the editor layers on top, changes to the file are followed', async () => {
  const dir = tempDir('treatyrc-');
  fs.writeFileSync(path.join(dir, '.treatyrc.json'), JSON.stringify({ severity: { 'ref.no-such-article': 'warning', 'signing.self-reference': 'off' } }));
  const uri = URI.file(path.join(dir, 'a.md')).toString();
  fs.writeFileSync(path.join(dir, 'a.md'), FAULTY);
  const client = await startServer({ rootUri: URI.file(dir).toString(), configuration: { treaty: { diagnostics: { severity: { 'signing.self-reference': 'error' } } } } });
  try {
    await client.open(uri, FAULTY);
    // the file makes the missing article a warning; the editor turns the self-reference back on, as an error
    assert.deepEqual(codes(await client.waitForDiagnostics(uri)), ['ref.no-such-article:2', 'signing.self-reference:1']);
    fs.writeFileSync(path.join(dir, '.treatyrc.json'), JSON.stringify({ severity: { 'ref.no-such-article': 'off' } }));
    const next = client.waitForDiagnostics(uri);
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: URI.file(path.join(dir, '.treatyrc.json')).toString(), type: FileChangeType.Changed }] });
    assert.deepEqual(codes(await next), ['signing.self-reference:1']);
  } finally {
    await client.stop();
  }
});

test('config: a suppression comment silences a check in the editor', async () => {
  const client = await startServer();
  try {
    const uri = 'file:///suppressed/a.md';
    await client.open(uri, FAULTY.replace('双方依照', '<!-- treaty-disable-next-line ref.no-such-article -->\n双方依照'));
    assert.deepEqual(codes(await client.waitForDiagnostics(uri)), ['signing.self-reference:2']);
  } finally {
    await client.stop();
  }
});
