// Helix's watchers report only its own writes (protocol/diskWatch.ts `ownWritesOnly`): told by the `clientInfo`
// name when the client gives one, else by Helix's capabilities. Data: the clients' own `initialize` capabilities
// (test/fixtures/clients/*.json, each from its source), with their names and without.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { ownWritesOnly } from '../../server/src/protocol/diskWatch';
import { ROOT } from '../support/fixture';

type Fixture = { clientInfo?: { name?: string }; capabilities: object };
const CLIENTS = path.join(ROOT, 'test/fixtures/clients');
const fixtures = fs.readdirSync(CLIENTS).filter((f) => f.endsWith('.json'))
  .map((f) => [f.replace(/\.json$/, ''), JSON.parse(fs.readFileSync(path.join(CLIENTS, f), 'utf8')) as Fixture] as const);

test('ownWritesOnly: Helix by its clientInfo name; every other client named or not, never', () => {
  const named = fixtures.filter(([, c]) => ownWritesOnly(c.clientInfo, c.capabilities)).map(([n]) => n);
  assert.deepEqual(named, ['helix']);
});

test('ownWritesOnly: without clientInfo (or an empty name), Helix told by its capabilities, and no other client', () => {
  for (const info of [undefined, {}, { name: '' }, { name: 42 }]) {
    const told = fixtures.filter(([, c]) => ownWritesOnly(info, c.capabilities)).map(([n]) => n);
    assert.deepEqual(told, ['helix'], JSON.stringify(info));
  }
});

test('ownWritesOnly: a name decides over the capabilities — Helix by name with any capabilities, another name with Helix\'s not', () => {
  const helix = fixtures.find(([n]) => n === 'helix')![1];
  const minimal = fixtures.find(([n]) => n === 'minimal')![1];
  assert.equal(ownWritesOnly({ name: ' Helix ' }, minimal.capabilities), true);
  assert.equal(ownWritesOnly({ name: 'helix' }, undefined), true);
  assert.equal(ownWritesOnly({ name: 'my-helix-fork' }, helix.capabilities), false);
  assert.equal(ownWritesOnly(undefined, undefined), false);
});

test('ownWritesOnly: each of Helix\'s capabilities the fallback reads is needed', () => {
  const helix = fixtures.find(([n]) => n === 'helix')![1].capabilities as { workspace: Record<string, Record<string, unknown>> };
  const variant = (key: 'didChangeWatchedFiles' | 'fileOperations', change: Record<string, unknown>) =>
    ({ workspace: { ...helix.workspace, [key]: { ...helix.workspace[key], ...change } } });
  const cases: [string, object][] = [
    ['watchers not registered dynamically', variant('didChangeWatchedFiles', { dynamicRegistration: false })],
    ['relative patterns taken (Zed)', variant('didChangeWatchedFiles', { relativePatternSupport: true })],
    ['relative patterns not said', variant('didChangeWatchedFiles', { relativePatternSupport: undefined })],
    ['no willRename', variant('fileOperations', { willRename: undefined })],
    ['no didRename', variant('fileOperations', { didRename: false })],
    ['creations announced', variant('fileOperations', { didCreate: true })],
    ['deletions announced', variant('fileOperations', { willDelete: true })],
    ['file operations registered dynamically', variant('fileOperations', { dynamicRegistration: true })],
  ];
  assert.equal(ownWritesOnly(undefined, helix), true);
  for (const [what, caps] of cases) assert.equal(ownWritesOnly(undefined, caps), false, what);
});
