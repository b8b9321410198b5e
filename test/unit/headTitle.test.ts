// model/treaty.ts treatyTitle: the title of a text read off its tree alone, as its model reads it. The index
// reads the title of a long text from its first 8 KB when it is opened (index/workspace.ts headTitle), before
// any model of it is built: a model of the head was built for it, its articles, summaries and definitions
// made and thrown away (~6 % of opening a 1 MB treaty and outlining it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { buildTreaty, treatyTitle } from '../../server/src/model/treaty';
import { ROOT, seeds } from '../support/fixture';
import { WorkspaceIndex } from '../../server/src/index/workspace';

/** Every real instrument and seed, whole and cut where the index cuts a long text's head. */
function texts(): [string, string][] {
  const out: [string, string][] = [];
  const real = path.join(ROOT, 'test/fixtures/real');
  for (const f of fs.readdirSync(real).filter((f) => f.endsWith('.md'))) out.push([f, fs.readFileSync(path.join(real, f), 'utf8')]);
  for (const s of seeds().values()) out.push([s.name, s.text]);
  const heads: [string, string][] = out.filter(([, t]) => t.length > 8192).map(([n, t]) => [`${n} (head)`, t.slice(0, Math.max(0, t.lastIndexOf('\n', 8192)))]);
  return [...out, ...heads];
}

test('treatyTitle: the title the model reads, field for field, of every real instrument and seed (whole, and the head of a long one)', () => {
  const all = texts();
  assert.ok(all.length > 250);
  for (const [name, text] of all) assert.deepEqual(treatyTitle(text), buildTreaty(text).title, name);
});

test('treatyTitle: a title block, a BT tag, a name line, none', () => {
  const cases: [string, string | undefined][] = [
    ['# 中华人民共和国政府和蒙古国政府关于边境口岸的协定\n\n第一条　双方同意。\n', '中华人民共和国政府和蒙古国政府关于边境口岸的协定'],
    ['<!-- BT: 中华人民共和国和法兰西共和国引渡条约 -->\n\n第一条　引渡义务\n', undefined],
    ['协定名称：中华人民共和国政府和泰王国政府文化合作协定\n\n第一条　双方同意。\n', undefined],
    ['第一条　双方同意。\n', undefined],
  ];
  for (const [text] of cases) assert.deepEqual(treatyTitle(text), buildTreaty(text).title, text);
  assert.equal(treatyTitle(cases[0][0])?.text, cases[0][1]);
  assert.equal(treatyTitle(cases[3][0]), undefined);
});

test('the index reads a long text\'s title from its head as the model of the head reads it', () => {
  const head = '# 中华人民共和国政府和蒙古国政府关于边境口岸的协定\n\n';
  const body = Array.from({ length: 400 }, (_, i) => `第${i + 1}条　缔约双方同意在边境口岸开展合作，互相提供便利。\n`).join('\n');
  const index = new WorkspaceIndex();
  const s = index.set('file:///w/a.md', head + body, 1, 'treaty');
  assert.equal(s.titleKey, buildTreaty((head + body).slice(0, (head + body).lastIndexOf('\n', 8192))).title?.normalized);
  assert.equal(index.withTitle(s.titleKey!).length, 1);
});
