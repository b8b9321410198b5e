// Texts of one instrument in two languages, open together: an edit of one re-checks the
// other (its divergence diagnostics are computed against the edited text), for texts
// paired by file name and for texts declared in .treatyrc.json's `counterparts`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { URI } from 'vscode-uri';
import { DidChangeTextDocumentNotification, PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { Client, startServer } from '../support/lsp';
import { tempDir } from '../support/fixture';

const ZH = '# 中华人民共和国政府和俄罗斯联邦政府关于测试合作的协定\n\n## 第一条\n\n双方在五年内完成合作。\n\n## 第二条\n\n本协定自签署之日起生效。\n';
const RU = '# Соглашение между Правительством Китайской Народной Республики и Правительством Российской Федерации о сотрудничестве\n\n## Статья 1\n\nСтороны завершат сотрудничество в течение пяти лет.\n\n## Статья 2\n\nНастоящее Соглашение вступает в силу с даты его подписания.\n';

/** The align.* diagnostics of a publication, as `line:code → the counterpart's uri:line`. */
function aligned(p: PublishDiagnosticsParams | undefined): string[] {
  return (p?.diagnostics ?? []).filter((d) => String(d.code).startsWith('align.'))
    .map((d) => `${d.range.start.line}:${String(d.code)} → ${d.relatedInformation?.map((r) => `${r.location.uri}:${r.location.range.start.line}`).join(',')}`);
}

/** Waits until the diagnostics of `uri` satisfy `ok` (at most `ms`); the last ones published. */
async function until(client: Client, uri: string, ok: (p: PublishDiagnosticsParams | undefined) => boolean, ms = 8000): Promise<PublishDiagnosticsParams | undefined> {
  const end = Date.now() + ms;
  let p = client.diagnostics.get(uri);
  while (!ok(p) && Date.now() < end) p = await client.waitForDiagnostics(uri, end - Date.now());
  return p;
}

async function editedCounterpartRechecks(names: [string, string], config?: unknown): Promise<void> {
  const dir = tempDir('counterparts-');
  if (config) fs.writeFileSync(path.join(dir, '.treatyrc.json'), JSON.stringify(config));
  const [zh, ru] = names.map((n) => URI.file(path.join(dir, n)).toString());
  const client = await startServer({ rootUri: URI.file(dir).toString() });
  try {
    await client.open(zh, ZH);
    await client.open(ru, RU);
    // The texts agree: both are checked, with no divergence.
    assert.deepEqual(aligned(await until(client, ru, (p) => p !== undefined)), []);
    assert.deepEqual(aligned(await until(client, zh, (p) => p !== undefined)), []);
    // The Russian text now says six years: the Chinese text, not edited, is checked again against it.
    const line = 4;
    const character = RU.split('\n')[line].indexOf('пяти');
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: ru, version: 2 },
      contentChanges: [{ range: { start: { line, character }, end: { line, character: character + 4 } }, text: 'шести' }],
    });
    assert.deepEqual(aligned(await until(client, zh, (p) => aligned(p).length > 0)), [`4:align.number → ${ru}:4`]);
  } finally {
    await client.stop();
  }
}

test('counterparts: an edit of the Russian text re-checks the Chinese text beside it (协定.md, 协定.ru.md)', async () => {
  await editedCounterpartRechecks(['协定.md', '协定.ru.md']);
});

test('counterparts: an edit of one text re-checks the other declared in .treatyrc.json', async () => {
  await editedCounterpartRechecks(['中文本.md', 'russian.md'], { counterparts: [['中文本.md', 'russian.md']] });
});
