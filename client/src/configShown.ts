// `.treatyrc.json` shown to the server for a rename's edit. The configuration is a JSON document, outside the client's
// document selector: VS Code never sends the server its text. Before a treaty file or folder is renamed the server
// computes the edit that keeps the configuration's counterparts naming it (`workspace/willRenameFiles`,
// server/src/protocol/configRenames.ts) against the text it has — the editor's when the document is open on the
// server, else the file on disk. VS Code applies the edit to the editor's text: when that is unsaved and differs from
// the disk's, ranges computed on the disk's text would land elsewhere in it. So the client opens each unsaved
// configuration on the server (`textDocument/didOpen`, its text and version) for the time of the request, and closes
// it after, whatever the answer. No vscode import: test/unit/configShown.test.ts runs it.

/** The configuration's file name (server/src/protocol/config.ts `CONFIG_FILE`). */
export const CONFIG_FILE = '.treatyrc.json';

/** What is read of an open document. */
export type OpenDocument = { uri: string; scheme: string; path: string; isDirty: boolean; version: number; text: () => string; languageId: string };

/** Sends a notification (the language client's `sendNotification`). */
export type Notify = (method: 'textDocument/didOpen' | 'textDocument/didClose', params: object) => Promise<void>;

/** The unsaved configurations among the open documents (a file's, by its name). */
export function unsavedConfigurations(documents: readonly OpenDocument[]): OpenDocument[] {
  return documents.filter((d) => d.scheme === 'file' && d.isDirty && d.path.split('/').pop() === CONFIG_FILE);
}

/** `next` (the rename's request) with each unsaved configuration open on the server meanwhile. */
export async function withConfigurationsShown<T>(documents: readonly OpenDocument[], notify: Notify, next: () => PromiseLike<T>): Promise<T> {
  const shown = unsavedConfigurations(documents);
  for (const d of shown) await notify('textDocument/didOpen', { textDocument: { uri: d.uri, languageId: d.languageId, version: d.version, text: d.text() } });
  try {
    return await next();
  } finally {
    for (const d of shown) await notify('textDocument/didClose', { textDocument: { uri: d.uri } });
  }
}
