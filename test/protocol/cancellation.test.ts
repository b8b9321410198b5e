// Cancellation over stdio on a large workspace: a request that walks every citing
// document stops when the client cancels it and answers RequestCancelled (-32800)
// quickly, not its full answer after the work is done; under a load of requests each
// cancelled while it runs, every cancel of a long request takes effect and every
// request is answered soon after its cancel; the server answers in full
// afterwards. (Find All References and the lenses read each citing document's model
// only the first time: after, its kept citations — they may be done before a cancel.) TREATY_SERVER=path runs the same against another build (the figures in
// the README's Reliability section compare main's).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { URI } from 'vscode-uri';
import {
  CancellationTokenSource, CodeLensRequest, LSPErrorCodes, ReferencesRequest, RenameRequest, ResponseError, WorkspaceSymbolRequest,
} from 'vscode-languageserver-protocol/node';
import { Client, startServer } from '../support/lsp';
import { writeBigWorkspace } from '../support/bigWorkspace';

// (Enough that the whole references request, past what the cancelled one read, takes well over five times the cancel's delay
// (CANCEL_AT, asserted below) on a quiet host: with 400, 274 ms once the references were read faster, session 49; with 600,
// 277 ms in session 54, against the 300 ms asserted then; with 900, twice the 200 ms asserted now.)
const CITING = 900;
/** How long after it was sent the first references request is cancelled. */
const CANCEL_AT = 40;
let dir: string;
let client: Client;
let hubUri: string;

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'treaty-cancel-'));
  const { hub } = writeBigWorkspace(dir, CITING);
  hubUri = URI.file(hub).toString();
  client = await startServer({ rootUri: URI.file(dir).toString() });
  const until = Date.now() + 120_000;
  while (!client.logs.some((l) => /^indexed \d+ treaties/.test(l))) {
    if (Date.now() > until) throw new Error('the scan did not finish');
    await new Promise((r) => setTimeout(r, 100));
  }
  await client.open(hubUri, fs.readFileSync(hub, 'utf8'));
});

after(async () => {
  await client.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Find All References on the hub's title: every citing document is read. */
const onTitle = () => ({ textDocument: { uri: hubUri }, position: { line: 0, character: 4 }, context: { includeDeclaration: true } });

/**
 * Sends a request, cancels it after `delay` ms; resolves with how it ended, how long after the cancel, and whether its
 * full answer had come before the cancel was sent (`doneFirst`: nothing left to cancel).
 */
async function cancelAfter(method: string, params: unknown, delay: number): Promise<{ method: string; cancelled: boolean; afterCancel: number; doneFirst: boolean; error?: unknown }> {
  const source = new CancellationTokenSource();
  let doneAt = Infinity;
  const answer = client.connection.sendRequest(method, params, source.token);
  answer.then(() => (doneAt = performance.now()), () => undefined);
  await new Promise((r) => setTimeout(r, delay));
  const cancelledAt = performance.now();
  source.cancel();
  try {
    await answer;
    return { method, cancelled: false, afterCancel: performance.now() - cancelledAt, doneFirst: doneAt <= cancelledAt };
  } catch (e) {
    const cancelled = e instanceof ResponseError && e.code === LSPErrorCodes.RequestCancelled;
    return { method, cancelled, afterCancel: performance.now() - cancelledAt, doneFirst: false, error: cancelled ? undefined : e };
  }
}

let full = 0;
let fullCount = 0;
let firstAfterCancel = 0;

// First, while no citing document's citations are kept: the request reads every one's model.
test('a cancelled references request, no citing document read yet, answers RequestCancelled soon after its cancel', async () => {
  const r = await cancelAfter(ReferencesRequest.method, onTitle(), CANCEL_AT);
  assert.equal(r.error, undefined);
  assert.equal(r.cancelled, true, 'answered RequestCancelled');
  firstAfterCancel = r.afterCancel;
  // (How soon is judged against the whole request's time, next: on a loaded machine both are slower.)
  assert.ok(r.afterCancel < 1000, `answered ${r.afterCancel.toFixed(0)} ms after the cancel`);
});

test('uncancelled, references on the title list every citing document (reading the rest of them: long enough to cancel)', async () => {
  const t0 = performance.now();
  const locations = (await client.connection.sendRequest(ReferencesRequest.type, onTitle()))!;
  full = performance.now() - t0;
  fullCount = locations.length;
  const docs = new Set(locations.map((l) => l.uri));
  assert.equal(docs.size, CITING + 1, 'the title and every citing document');
  // (Judged against the cancel's delay, not a fixed time that a faster reading of references passes under: a cancel sent at
  // a fifth of the request at most lands while it runs, far from its end.)
  assert.ok(full > 5 * CANCEL_AT, `the first request was long enough to be cancelled while it ran (${full.toFixed(0)} ms, cancelled at ${CANCEL_AT} ms)`);
  // The cancelled one answered in well under the time the whole request takes (its remaining citing documents unread).
  assert.ok(firstAfterCancel < Math.max(150, full / 2), `the cancelled request answered ${firstAfterCancel.toFixed(0)} ms after its cancel; the whole request takes ${full.toFixed(0)} ms`);
});

test('load: every long request cancelled while running answers RequestCancelled, every request soon after its cancel; the server answers in full afterwards', async () => {
  const kinds: [string, unknown][] = [
    [ReferencesRequest.method, onTitle()],
    [CodeLensRequest.method, { textDocument: { uri: hubUri } }],
    [RenameRequest.method, { textDocument: { uri: hubUri }, position: { line: 4, character: 4 }, newName: '第九十九条' }],
    [WorkspaceSymbolRequest.method, { query: '第三条' }],
  ];
  const N = 40;
  const outcomes = [];
  // In waves of four at once, each cancelled 5–45 ms after it was sent.
  for (let i = 0; i < N; i += 4) {
    outcomes.push(...(await Promise.all(kinds.map(([method, params], k) => cancelAfter(method, params, 5 + ((i * 4 + k) * 7) % 40)))));
  }
  const honoured = outcomes.filter((o) => o.cancelled).length;
  const doneFirst = outcomes.filter((o) => o.doneFirst);
  const slowest = Math.max(...outcomes.map((o) => o.afterCancel));
  console.log(`cancels honoured: ${honoured} of ${outcomes.length} (${doneFirst.length} done before their cancel: ${[...new Set(doneFirst.map((o) => o.method))].join(', ') || 'none'}); slowest answer after a cancel ${slowest.toFixed(0)} ms`);
  assert.deepEqual(outcomes.filter((o) => o.error !== undefined), []);
  // Renaming across the citing documents is long every time (its check parses every edited text again): each answers
  // RequestCancelled. References and lenses, their citing documents' citations kept since the first request, and the
  // workspace's symbols, what they read of each document's articles kept since the first query (index/workspace.ts
  // `articleMarks`), take tens of milliseconds: a cancel may reach them in their last unit of work, when answering in
  // full is as soon as answering cancelled. Every request is answered soon after its cancel (before cancellation
  // worked, up to 4.2 s after it).
  assert.deepEqual(outcomes.filter((o) => o.method === RenameRequest.method && !o.cancelled).map((o) => `${o.method} +${o.afterCancel.toFixed(0)} ms`), []);
  // (Under 1 s, or, on a machine so loaded that the whole references request takes longer than 0.5 s, twice that.)
  assert.ok(slowest < Math.max(1000, full * 2), `slowest answer ${slowest.toFixed(0)} ms after its cancel (the whole references request ${full.toFixed(0)} ms)`);
  const locations = (await client.connection.sendRequest(ReferencesRequest.type, onTitle()))!;
  assert.equal(locations.length, fullCount);
});
