// A workspace folder of treaties over stdio: the server indexes it at start-up
// (with progress), resolves citations across files, reports diagnostics, and
// follows files created and deleted outside the editor.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { URI } from 'vscode-uri';
import {
  DefinitionRequest, DidChangeWatchedFilesNotification, DidChangeTextDocumentNotification, FileChangeType, HoverRequest, LocationLink,
  ReferencesRequest, WorkspaceSymbolRequest, CodeLensRequest, Location,
} from 'vscode-languageserver-protocol/node';
import { Client, startServer } from '../support/lsp';
import { ROOT } from '../support/fixture';

let dir: string;
let client: Client;
const uriOf = (name: string) => URI.file(path.join(dir, name)).toString();
const read = (name: string) => fs.readFileSync(path.join(dir, name), 'utf8');

/** The position of the `nth` occurrence of `needle` in a file, plus `shift` characters. */
function positionOf(text: string, needle: string, shift = 0): { line: number; character: number } {
  const at = text.indexOf(needle) + shift;
  const before = text.slice(0, at).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

async function waitFor<T>(probe: () => Promise<T | undefined>, ms = 10000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'treaty-ws-'));
  for (const sub of ['seeds', 'drafts']) {
    for (const f of fs.readdirSync(path.join(ROOT, 'test/fixtures', sub))) fs.copyFileSync(path.join(ROOT, 'test/fixtures', sub, f), path.join(dir, f));
  }
  fs.writeFileSync(path.join(dir, 'notes.md'), '# 会议记录\n\n讨论了第十二条。\n');
  fs.writeFileSync(path.join(dir, 'image.md'), Buffer.from([0, 1, 2, 3, 0, 255, 0]));
  client = await startServer({ rootUri: URI.file(dir).toString() });
  await waitFor(async () => (client.logs.some((l) => /^indexed \d+ treaties/.test(l)) ? true : undefined));
});

after(async () => {
  await client.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('the start-up scan indexes the treaties and skips the rest', () => {
  const line = client.logs.find((l) => /^indexed/.test(l))!;
  assert.match(line, /^indexed 8 treaties of 10 files/);
  assert.ok(client.logs.some((l) => /image\.md: binary/.test(l)), 'a log line for the binary file');
});

test('definition: a citation by full title lands in the seed that holds it', async () => {
  const name = 'draft_01_kz_border_agreement.md';
  await client.open(uriOf(name), read(name));
  const pos = positionOf(read(name), '《中华人民共和国和哈萨克斯坦共和国睦邻友好合作条约》', 3);
  const links = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: uriOf(name) }, position: pos })) as LocationLink[];
  assert.equal(links[0].targetUri, uriOf('002_7f2627ec4d3d09a0.md'));
});

test('definition: a short form with a date lands in the joint statement', async () => {
  const name = 'draft_01_kz_border_agreement.md';
  const pos = positionOf(read(name), '中哈联合声明', 2);
  const links = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: uriOf(name) }, position: pos })) as LocationLink[];
  assert.equal(links[0].targetUri, uriOf('003_0c5e915455323257.md'));
});

test('hover on a cited instrument in a closed file reads its date and parties', async () => {
  const name = 'draft_01_kz_border_agreement.md';
  const pos = positionOf(read(name), '《中华人民共和国和哈萨克斯坦共和国睦邻友好合作条约》', 3);
  const h = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uriOf(name) }, position: pos });
  assert.match((h!.contents as { value: string }).value, /2002年12月23日，北京[\s\S]*中华人民共和国、哈萨克斯坦共和国/);
});

test('diagnostics: a reference to a missing article is an error with a stable code', async () => {
  const name = 'draft_02_kg_protocol.md';
  await client.open(uriOf(name), read(name));
  const d = await waitFor(async () => client.diagnostics.get(uriOf(name)));
  const missing = d.diagnostics.filter((x) => x.code === 'ref.no-such-article');
  assert.equal(missing.length, 1);
  assert.match(String(missing[0].message), /第八条/);
});

test('references to a seed article come from the drafts too (a closed file)', async () => {
  const seed = '004_23ed638f1e5b144e.md';
  await client.open(uriOf(seed), read(seed));
  const pos = positionOf(read(seed), '第十条');
  const refs = await client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri: uriOf(seed) }, position: pos, context: { includeDeclaration: false } });
  assert.ok(refs!.some((r) => r.uri === uriOf('draft_03_sco_memorandum.treaty.md')), 'the memorandum cites article 10');
  const lenses = await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: uriOf(seed) } });
  assert.ok(lenses!.some((l) => l.range.start.line === pos.line && /被引用 \d+ 次/.test(l.command!.title)));
});

test('workspace symbols find articles by Arabic number across the workspace', async () => {
  const syms = (await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: '第26条' })) as { name: string; location: { uri: string } }[];
  assert.deepEqual(syms.map((s) => [s.name, s.location.uri]), [['第二十六条 第26条', uriOf('004_23ed638f1e5b144e.md')]]);
});

/** What VS Code's Go to Symbol keeps: a name holding the query's characters in order (its fuzzy filter; spaces ignored). */
function keptByEditor(query: string, name: string): boolean {
  let at = 0;
  for (const c of query.replace(/\s+/g, '')) {
    at = name.indexOf(c, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

test('workspace symbols: 第12条, 第 12 条, 12 and １２ find article 12, named so that the editor keeps them', async () => {
  for (const query of ['第12条', '第 12 条', '12', '１２', '第十二条']) {
    const syms = (await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query })) as { name: string; location: { uri: string } }[];
    const articles = syms.filter((s) => s.name.startsWith('第十二条'));
    assert.deepEqual(articles.map((s) => s.location.uri).sort(), ['000_c6ff318dd0620b0f.md', '002_7f2627ec4d3d09a0.md', '004_23ed638f1e5b144e.md'].map(uriOf).sort(), query);
    for (const s of articles) assert.ok(keptByEditor(query, s.name), `${query}: ${s.name}`);
  }
});

test('hover on a citation: the 生效 line is the entry-into-force clause (seed 000: 第十二条, not the protocols of 第九条)', async () => {
  const uri = uriOf('cites-000.md');
  const text = '# 测试协议\n\n根据《中华人民共和国国防部和哈萨克斯坦共和国民族安全委员会边防合作协议》，达成协议如下：\n\n## 第一条\n\n双方合作。\n';
  await client.open(uri, text);
  const h = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(text, '《', 3) });
  const value = (h!.contents as { value: string }).value;
  assert.match(value, /\n- 生效：本协议自签字之日起生效,有效期 5 年。\n/);
  assert.doesNotMatch(value, /议定书/);
});

test('code lens: "被引用 N 次" counts the references the lens opens, the same as Find All References', async () => {
  let checked = 0;
  // Not 002: a later test deletes it on disk, and an open document would shadow that.
  for (const seed of ['000_c6ff318dd0620b0f.md', '001_5a7369b592559c31.md', '004_23ed638f1e5b144e.md']) {
    await client.open(uriOf(seed), read(seed));
    const lenses = (await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: uriOf(seed) } }))!;
    for (const lens of lenses) {
      const [uri, position, locations] = lens.command!.arguments as [string, { line: number; character: number }, Location[]];
      assert.equal(uri, uriOf(seed));
      assert.equal(lens.command!.title, `被引用 ${locations.length} 次`);
      const refs = (await client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position, context: { includeDeclaration: false } }))!;
      const key = (l: Location) => `${l.uri}#${l.range.start.line}:${l.range.start.character}-${l.range.end.line}:${l.range.end.character}`;
      assert.deepEqual(locations.map(key).sort(), refs.map(key).sort(), `${seed} ${lens.command!.title} at line ${position.line}`);
      checked++;
    }
  }
  assert.ok(checked >= 3, `${checked} lenses checked`);
});

test('files deleted and created outside the editor update the index', async () => {
  const name = 'draft_01_kz_border_agreement.md';
  const seed = '002_7f2627ec4d3d09a0.md';
  const pos = positionOf(read(name), '《中华人民共和国和哈萨克斯坦共和国睦邻友好合作条约》', 3);
  const text = read(seed);
  fs.rmSync(path.join(dir, seed));
  await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uriOf(seed), type: FileChangeType.Deleted }] });
  const none = await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: uriOf(name) }, position: pos });
  assert.deepEqual(none, []);
  fs.mkdirSync(path.join(dir, 'moved'));
  fs.writeFileSync(path.join(dir, 'moved', seed), text);
  await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uriOf(`moved/${seed}`), type: FileChangeType.Created }] });
  // The server reads the new file asynchronously: ask until it answers.
  const links = await waitFor(async () => {
    const l = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: uriOf(name) }, position: pos })) as LocationLink[];
    return l.length ? l : undefined;
  });
  assert.equal(links[0].targetUri, uriOf(`moved/${seed}`));
});

test('an edit that removes an article re-checks the open documents that cite it', async () => {
  const memo = 'draft_03_sco_memorandum.treaty.md';
  const seed = '004_23ed638f1e5b144e.md';
  await client.open(uriOf(memo), read(memo), 'treaty');
  const clean = await waitFor(async () => client.diagnostics.get(uriOf(memo)));
  assert.ok(!clean.diagnostics.some((d) => d.code === 'ref.no-such-article'), JSON.stringify(clean.diagnostics.map((d) => d.message)));
  // The seed is open (an earlier test opened it): remove 第十条's heading.
  const text = read(seed);
  const line = text.split('\n').findIndex((l) => l === '第十条');
  await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri: uriOf(seed), version: 2 },
    contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 3 } }, text: '' }],
  });
  const stale = await waitFor(async () => {
    const d = client.diagnostics.get(uriOf(memo));
    return d?.diagnostics.some((x) => x.code === 'ref.no-such-article') ? d : undefined;
  });
  assert.match(String(stale.diagnostics.find((x) => x.code === 'ref.no-such-article')!.message), /第十条/);
});
