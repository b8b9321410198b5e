// Texts of one instrument in two languages, open together: an edit of one re-checks the
// other (its divergence diagnostics are computed against the edited text), for texts
// paired by file name and for texts declared in .treatyrc.json's `counterparts`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { URI } from 'vscode-uri';
import { startServer } from '../support/lsp';
import { tempDir } from '../support/fixture';
import { RU, ZH, aligned, russianSaysSix, until } from '../support/counterpartPair';

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
    await russianSaysSix(client, zh, ru);
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
