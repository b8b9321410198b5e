// A document the editor opened in the wrong encoding (features/encodingNotice.ts): a GB18030 file
// shown as UTF-8 (runs of U+FFFD), a UTF-8 file shown as GBK (mojibake). The server publishes
// exactly one diagnostic for it, `encoding.wrong`, naming the encoding the file on disk is in, and
// none of the drafting checks, which on such a text would report nonsense.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { URI } from 'vscode-uri';
import { Diagnostic } from 'vscode-languageserver-types';
import { Client, startServer } from '../support/lsp';
import { ROOT } from '../support/fixture';
import { msg, setLocale } from '../../server/src/features/messages';
import { textContext } from '../../server/src/features/context';
import { diagnostics } from '../../server/src/features/diagnostics';

const FIXTURES = path.join(ROOT, 'test/fixtures');
const GB = fs.readFileSync(path.join(FIXTURES, 'encodings/law_treaty_procedure.gb18030'));
const SEED = fs.readFileSync(path.join(FIXTURES, 'seeds/000_c6ff318dd0620b0f.md'));

let ws: string;
let client: Client;

before(async () => {
  ws = fs.mkdtempSync(path.join(os.tmpdir(), 'treaty-encoding-'));
  fs.writeFileSync(path.join(ws, '缔结条约程序法.md'), GB);
  fs.writeFileSync(path.join(ws, '协议.md'), SEED);
  client = await startServer({ rootUri: URI.file(ws).toString(), locale: 'zh-cn' });
  setLocale('zh-cn');
});

after(async () => {
  await client.stop();
  fs.rmSync(ws, { recursive: true, force: true });
});

/** The whole line of `text` from offset `start` to its end, as an LSP range (no surrogate pairs before it in these texts). */
function lineFrom(text: string, start: number) {
  const before = text.slice(0, start).split('\n');
  const line = before.length - 1;
  const character = before[line].length;
  const rest = text.slice(start).split('\n')[0].replace(/\r$/, '');
  return { start: { line, character }, end: { line, character: character + rest.length } };
}

async function published(file: string, text: string, languageId: string): Promise<Diagnostic[]> {
  const uri = URI.file(path.join(ws, file)).toString();
  const waiting = client.waitForDiagnostics(uri, 15000);
  await client.open(uri, text, languageId);
  return (await waiting)?.diagnostics ?? [];
}

test('a GB18030 file shown as UTF-8 gets exactly one diagnostic, which names GB18030, and no drafting check', async () => {
  // What VS Code shows when it reads the bytes as UTF-8.
  const shown = new TextDecoder('utf-8').decode(GB);
  const count = [...shown].filter((c) => c === '\ufffd').length;
  assert.deepEqual(await published('缔结条约程序法.md', shown, 'treaty'), [{
    range: lineFrom(shown, shown.indexOf('\ufffd')),
    severity: 2,
    code: 'encoding.wrong',
    source: 'treaty',
    message: msg('diag.encodingLegacy', count, 'GB18030 (GBK)'),
    data: { encoding: 'gb18030' },
  }]);
});

test('a UTF-8 file shown as GBK gets exactly one diagnostic, which says UTF-8, and no drafting check', async () => {
  const shown = new TextDecoder('gb18030').decode(SEED);
  // Served as a treaty (language `treaty`), the checks would report nonsense on this text (half-width punctuation among the mojibake).
  assert.ok(diagnostics(textContext(shown)).length > 10);
  const first = shown.search(/[\u4e00-\u9fff]/);
  const cjk = (shown.match(/[\u3400-\u4dbf\u4e00-\u9fff]/g) ?? []).length;
  assert.deepEqual(await published('协议.md', shown, 'treaty'), [{
    range: lineFrom(shown, first),
    severity: 2,
    code: 'encoding.wrong',
    source: 'treaty',
    message: msg('diag.encodingUtf8', cjk),
    data: { encoding: 'utf-8' },
  }]);
});
