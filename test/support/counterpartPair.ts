// A Chinese text and its Russian counterpart served over the protocol (counterparts.test, willRename.test): the pair,
// their align.* diagnostics as published, a wait for a publication, and the edit that makes them diverge.
import assert from 'node:assert/strict';
import { DidChangeTextDocumentNotification, PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { Client } from './lsp';

export const ZH = '# 中华人民共和国政府和俄罗斯联邦政府关于测试合作的协定\n\n## 第一条\n\n双方在五年内完成合作。\n\n## 第二条\n\n本协定自签署之日起生效。\n';
export const RU = '# Соглашение между Правительством Китайской Народной Республики и Правительством Российской Федерации о сотрудничестве\n\n## Статья 1\n\nСтороны завершат сотрудничество в течение пяти лет.\n\n## Статья 2\n\nНастоящее Соглашение вступает в силу с даты его подписания.\n';

/** The align.* diagnostics of a publication, as `line:code → the counterpart's uri:line`. */
export function aligned(p: PublishDiagnosticsParams | undefined): string[] {
  return (p?.diagnostics ?? []).filter((d) => String(d.code).startsWith('align.'))
    .map((d) => `${d.range.start.line}:${String(d.code)} → ${d.relatedInformation?.map((r) => `${r.location.uri}:${r.location.range.start.line}`).join(',')}`);
}

/** Waits until the diagnostics of `uri` satisfy `ok` (at most `ms`); the last ones published. */
export async function until(client: Client, uri: string, ok: (p: PublishDiagnosticsParams | undefined) => boolean, ms = 8000): Promise<PublishDiagnosticsParams | undefined> {
  const end = Date.now() + ms;
  let p = client.diagnostics.get(uri);
  while (!ok(p) && Date.now() < end) p = await client.waitForDiagnostics(uri, end - Date.now());
  return p;
}

/**
 * The Russian text (open at `ru`, as RU) edited to say six years: the Chinese text at `zh`, not edited, is checked again
 * against it — its article 1 now diverges (align.number) from the Russian's.
 */
export async function russianSaysSix(client: Client, zh: string, ru: string): Promise<void> {
  const line = 4;
  const character = RU.split('\n')[line].indexOf('пяти');
  await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri: ru, version: 2 },
    contentChanges: [{ range: { start: { line, character }, end: { line, character: character + 4 } }, text: 'шести' }],
  });
  assert.deepEqual(aligned(await until(client, zh, (p) => aligned(p).length > 0)), [`4:align.number → ${ru}:4`]);
}
