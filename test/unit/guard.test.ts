// The guard between the client and the handlers (server/src/protocol/guard.ts):
// parameters checked before a handler runs, failures logged and answered empty,
// timers that cannot throw out, and every registration of server.ts covered.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { ErrorCodes, ResponseError } from 'vscode-languageserver/node';
import { Guard, guardConnection } from '../../server/src/protocol/guard';
import { VALIDATED, invalidParams } from '../../server/src/protocol/validate';
import { ROOT } from '../support/fixture';

const at = { textDocument: { uri: 'file:///a.md' }, position: { line: 0, character: 0 } };

function setup() {
  const logs: string[] = [];
  return { logs, guard: new Guard((m) => logs.push(m)) };
}

test('a timer that throws is logged; the process goes on', async () => {
  const { logs, guard } = setup();
  guard.timer('diagnostics of a.md', () => {
    throw new Error('boom');
  }, 0);
  await new Promise((r) => setTimeout(r, 20));
  assert.match(logs.join('\n'), /diagnostics of a\.md failed: Error: boom/);
});

test('a detached promise that rejects is logged, not left unhandled', async () => {
  const { logs, guard } = setup();
  guard.detach('publish', Promise.reject(new Error('closed')));
  await new Promise((r) => setTimeout(r, 20));
  assert.match(logs.join('\n'), /publish failed: Error: closed/);
});

test('a request with bad parameters is refused with InvalidParams; its handler never runs', () => {
  const { logs, guard } = setup();
  let ran = false;
  const h = guard.handler('onHover', () => (ran = true));
  for (const bad of [undefined, 42, {}, { textDocument: { uri: 1 }, position: at.position }, { ...at, position: { line: -1, character: 0 } }]) {
    const answer = (h as (p: unknown) => unknown)(bad);
    assert.ok(answer instanceof ResponseError, JSON.stringify(bad));
    assert.equal(answer.code, -32602);
  }
  assert.equal(ran, false);
  assert.equal(logs.length, 5);
});

test('a notification with bad parameters is dropped and logged', () => {
  const { logs, guard } = setup();
  let ran = false;
  const h = guard.handler('onDidOpenTextDocument', () => (ran = true)) as (p: unknown) => unknown;
  assert.equal(h({ textDocument: { uri: 'file:///a.md', languageId: 'markdown', version: 1, text: 42 } }), undefined);
  assert.equal(ran, false);
  assert.match(logs[0], /textDocument: text: not a string/);
  assert.equal(h({ textDocument: { uri: 'file:///a.md', languageId: 'markdown', version: 1, text: '' } }), true);
});

test('a failing handler logs and answers empty (completion resolve: the item itself)', async () => {
  const { logs, guard } = setup();
  const hover = guard.handler('onHover', () => {
    throw new TypeError('x is undefined');
  }) as (p: unknown) => unknown;
  assert.equal(hover(at), null);
  const later = guard.handler('onDefinition', async () => {
    throw new Error('later');
  }) as (p: unknown) => Promise<unknown>;
  assert.equal(await later(at), null);
  const item = { label: '第一条' };
  const resolve = guard.handler('onCompletionResolve', () => {
    throw new Error('gone');
  }) as (p: unknown) => unknown;
  assert.equal(resolve(item), item);
  assert.equal(logs.length, 3);
});

test('a refusal a request handler means (ResponseError) is its answer', () => {
  const { guard } = setup();
  const rename = guard.handler('onRenameRequest', () => {
    throw new ResponseError(-32803, 'not an article');
  }) as (p: unknown) => unknown;
  assert.throws(() => rename({ ...at, newName: '第二条' }), /not an article/);
});

test('guardConnection wraps every on… registration, nested ones too; other members work as before', () => {
  const { guard } = setup();
  const got = new Map<string, (...a: unknown[]) => unknown>();
  class Workspace {
    #folders = ['a'];
    get onDidChangeWorkspaceFolders() {
      return (h: (...a: unknown[]) => unknown) => got.set('folders', h);
    }
    folders() {
      return this.#folders;
    }
  }
  const raw = {
    onHover: (h: (...a: unknown[]) => unknown) => got.set('hover', h),
    languages: { inlayHint: { on: (h: (...a: unknown[]) => unknown) => got.set('inlay', h) } },
    workspace: new Workspace(),
  };
  const c = guardConnection(raw, guard);
  c.onHover(() => 'answer');
  c.languages.inlayHint.on(() => {
    throw new Error('x');
  });
  c.workspace.onDidChangeWorkspaceFolders(() => 'changed');
  assert.equal(got.get('hover')!(at), 'answer');
  assert.ok(got.get('hover')!({}) instanceof ResponseError);
  assert.equal(got.get('inlay')!({ ...at, range: { start: at.position, end: at.position } }), null);
  assert.ok(got.get('inlay')!({ textDocument: at.textDocument }) instanceof ResponseError, 'inlay hints need a range');
  assert.equal(got.get('folders')!({ added: 5, removed: [] }), undefined);
  assert.equal(got.get('folders')!({ added: [], removed: [] }), 'changed');
  assert.deepEqual(c.workspace.folders(), ['a'], 'methods run on the real object (private fields)');
});

test('every registration in server.ts (and those TextDocuments makes) has its parameters checked', () => {
  const source = fs.readFileSync(path.join(ROOT, 'server/src/server.ts'), 'utf8');
  const names = new Set([...source.matchAll(/connection\.((?:\w+\.)*on\w*)\(/g)].map((m) => m[1]));
  // onRequest(METHOD, …) is checked under `onRequest:method`.
  names.delete('onRequest');
  for (const m of source.matchAll(/connection\.onRequest\((\w+)/g)) names.add(`onRequest:${m[1] === 'SUMMARY_REQUEST' ? 'treaty/summary' : m[1] === 'PREVIEW_REQUEST' ? 'treaty/preview' : m[1]}`);
  for (const n of ['onDidOpenTextDocument', 'onDidChangeTextDocument', 'onDidCloseTextDocument', 'onWillSaveTextDocument', 'onWillSaveTextDocumentWaitUntil', 'onDidSaveTextDocument']) names.add(n);
  names.delete('onInitialized'); // takes an empty object; nothing to check
  assert.ok(names.size >= 20, [...names].join(', '));
  for (const n of names) assert.ok(VALIDATED.includes(n), `${n} has no parameter shape in protocol/validate.ts`);
  assert.equal(invalidParams('onWorkspaceSymbol', { query: 'x' }), undefined);
  assert.match(invalidParams('onWorkspaceSymbol', { query: 1 })!, /query: not a string/);
});

test("LSP's lifecycle: before initialize a request is refused (ServerNotInitialized) and a notification dropped; after shutdown a request is refused (InvalidRequest); initialize and exit pass", () => {
  const { guard } = setup();
  let opened = 0;
  type Handler = (params: unknown) => unknown;
  const hover = guard.handler<Handler>('onHover', () => 'answer');
  const open = guard.handler<Handler>('onDidOpenTextDocument', () => void opened++);
  const initialize = guard.handler<Handler>('onInitialize', () => 'initialized');
  const exit = guard.handler<Handler>('onExit', () => 'exited');
  const doc = { textDocument: { uri: 'file:///a.md', languageId: 'markdown', version: 1, text: '' } };
  guard.phase = 'new';
  assert.equal((hover(at) as ResponseError<void>).code, ErrorCodes.ServerNotInitialized);
  assert.equal(open(doc), undefined);
  assert.equal(opened, 0, 'dropped');
  assert.equal(initialize({ capabilities: {} }), 'initialized');
  guard.phase = 'running';
  assert.equal(hover(at), 'answer');
  open(doc);
  assert.equal(opened, 1);
  guard.phase = 'shut';
  assert.equal((hover(at) as ResponseError<void>).code, ErrorCodes.InvalidRequest);
  assert.equal(exit(undefined), 'exited');
});
