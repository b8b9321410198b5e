// A document the editor opened in the wrong encoding (features/encodingNotice.ts): a GB18030 file
// shown as UTF-8 (runs of U+FFFD), a UTF-8 file shown as GBK or Windows-1252 (mojibake). The server
// publishes exactly one diagnostic for it, `encoding.wrong`, naming the encoding the file on disk is
// in, and none of the drafting checks, which on such a text would report nonsense. A text garbled in
// itself (saved so, or pasted into a new editor from a page with a wrong encoding) gets the server's
// quick fix that repairs it; a good file misread gets none (its repair would be saved wrongly).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { URI } from 'vscode-uri';
import { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { CodeActionRequest } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
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
  // Saved garbled: the GBK reading of the seed's UTF-8, itself in UTF-8.
  fs.writeFileSync(path.join(ws, '乱码.md'), new TextDecoder('gb18030').decode(SEED));
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
  return publishedAt(URI.file(path.join(ws, file)).toString(), text, languageId);
}

async function publishedAt(uri: string, text: string, languageId: string): Promise<Diagnostic[]> {
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

/** What Windows-1252 shows for `bytes` (written out here: 0x80–0x9F are its signs, the five it leaves undefined the C1 controls). */
function asWindows1252(bytes: Buffer): string {
  const high = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
  return [...bytes].map((b) => (b >= 0x80 && b < 0xa0 ? high[b - 0x80] : String.fromCharCode(b))).join('');
}

async function quickFixes(uri: string, diagnostics: Diagnostic[]): Promise<CodeAction[]> {
  return (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics } })) as CodeAction[];
}

function applied(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('x:', 'treaty', 1, text), edits);
}

test('a UTF-8 file shown as Windows-1252 gets exactly one diagnostic, which says UTF-8, and no repair: reopening is the fix', async () => {
  const shown = asWindows1252(SEED);
  const first = shown.indexOf('ä¸­');
  const diags = await published('协议.md', shown, 'treaty');
  // One garbled character for each of the seed's three-byte Chinese characters and signs.
  const garbled = [...SEED.toString('utf8')].filter((c) => /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/.test(c)).length;
  assert.deepEqual(diags, [{ range: lineFrom(shown, first), severity: 2, code: 'encoding.wrong', source: 'treaty', message: msg('diag.encodingLatin1', garbled), data: { encoding: 'utf-8' } }]);
  assert.deepEqual(await quickFixes(URI.file(path.join(ws, '协议.md')).toString(), diags), []);
});

test('Chinese pasted into a new editor from a page read as Windows-1252: the quick fix gives the text back, every character', async () => {
  const original = SEED.toString('utf8');
  const uri = 'untitled:Untitled-1';
  const shown = asWindows1252(SEED);
  const diags = await publishedAt(uri, shown, 'markdown');
  assert.equal(diags.length, 1);
  assert.equal(diags[0].message, msg('diag.encodingLatin1Text', [...original].filter((c) => /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/.test(c)).length));
  // The client leaves out its "Reopen with Encoding" for such a diagnostic.
  assert.deepEqual(diags[0].data, { inText: true });
  const fixes = await quickFixes(uri, diags);
  assert.equal(fixes.length, 1);
  assert.equal(fixes[0].kind, 'quickfix');
  const edits = fixes[0].edit!.changes![uri];
  assert.equal(fixes[0].title, msg('action.repairEncoding', edits.length));
  assert.equal(applied(shown, edits), original);
});

test('a UTF-8 file saved garbled (read as GBK once): the message says so, and the quick fix gives back every character not lost then', async () => {
  const file = path.join(ws, '乱码.md');
  const uri = URI.file(file).toString();
  const shown = fs.readFileSync(file, 'utf8');
  const diags = await published('乱码.md', shown, 'markdown');
  assert.equal(diags.length, 1);
  assert.equal(diags[0].message, msg('diag.encodingUtf8Text', (shown.match(/[\u3400-\u4dbf\u4e00-\u9fff]/g) ?? []).length));
  assert.deepEqual(diags[0].data, { encoding: 'utf-8', inText: true });
  const fixes = await quickFixes(uri, diags);
  assert.equal(fixes.length, 1);
  const repaired = applied(shown, fixes[0].edit!.changes![uri]);
  // Reading UTF-8 as GBK loses a byte where a character's bytes ran into an ASCII one: each such
  // character is the one U+FFFD the garbled text holds for it; every other is the seed's.
  const lost = (shown.match(/\ufffd/g) ?? []).length;
  assert.ok(lost > 0);
  assert.equal((repaired.match(/\ufffd/g) ?? []).length, lost);
  const original = SEED.toString('utf8');
  const pattern = new RegExp(`^${[...repaired].map((c) => (c === '\ufffd' ? '.' : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('')}$`, 'su');
  assert.match(original, pattern);
  // A stale diagnostic (another range) gets no fix (null: the document is no treaty the server serves, a markdown file garbled).
  assert.equal(await quickFixes(uri, [{ ...diags[0], range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } }]), null);
});
