// The VS Code client shows the server an unsaved .treatyrc.json for the time of a rename's request
// (client/src/configShown.ts), so that the edit the server computes fits the text VS Code applies it to:
// which documents are shown, the messages' order around the request, and the close when the request fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OpenDocument, unsavedConfigurations, withConfigurationsShown } from '../../client/src/configShown';

const doc = (path: string, isDirty: boolean, scheme = 'file'): OpenDocument => ({
  uri: `${scheme}://${path}`, scheme, path, isDirty, version: 7, text: () => `{"counterparts": []} // ${path}`, languageId: 'json',
});
const DOCS = [
  doc('/ws/.treatyrc.json', true),
  doc('/ws/.treatyrc.json', false, 'git'),
  doc('/other/.treatyrc.json', false),
  doc('/ws/协定.md', true),
  doc('/ws/my.treatyrc.json', true),
  doc('/ws/sub/.treatyrc.json', true),
  doc('/ws/.treatyrc.json', true, 'untitled'),
];

test('unsavedConfigurations: the unsaved .treatyrc.json files on disk, by their name; not a saved one, another name or scheme', () => {
  assert.deepEqual(unsavedConfigurations(DOCS).map((d) => d.uri), ['file:///ws/.treatyrc.json', 'file:///ws/sub/.treatyrc.json']);
});

test('withConfigurationsShown: each unsaved configuration opened on the server before the request and closed after it, with its text and version', async () => {
  const sent: string[] = [];
  const answer = await withConfigurationsShown(DOCS, async (method, params) => void sent.push(`${method} ${JSON.stringify(params)}`), async () => {
    sent.push('request');
    return 'edit';
  });
  assert.equal(answer, 'edit');
  assert.deepEqual(sent, [
    'textDocument/didOpen {"textDocument":{"uri":"file:///ws/.treatyrc.json","languageId":"json","version":7,"text":"{\\"counterparts\\": []} // /ws/.treatyrc.json"}}',
    'textDocument/didOpen {"textDocument":{"uri":"file:///ws/sub/.treatyrc.json","languageId":"json","version":7,"text":"{\\"counterparts\\": []} // /ws/sub/.treatyrc.json"}}',
    'request',
    'textDocument/didClose {"textDocument":{"uri":"file:///ws/.treatyrc.json"}}',
    'textDocument/didClose {"textDocument":{"uri":"file:///ws/sub/.treatyrc.json"}}',
  ]);
});

test('withConfigurationsShown: closed again when the request fails; nothing sent when no configuration is unsaved', async () => {
  const sent: string[] = [];
  const notify = async (method: string) => void sent.push(method);
  await assert.rejects(withConfigurationsShown([doc('/ws/.treatyrc.json', true)], notify, async () => {
    sent.push('request');
    throw new Error('refused');
  }), /refused/);
  assert.deepEqual(sent, ['textDocument/didOpen', 'request', 'textDocument/didClose']);
  sent.length = 0;
  assert.equal(await withConfigurationsShown([doc('/ws/.treatyrc.json', false), doc('/ws/协定.md', true)], notify, async () => null), null);
  assert.deepEqual(sent, []);
});
