// Every line costs time linear in its own length (ARCHITECTURE.md, The parse): what the lexer looks
// for in a line (a glued `第…条`, a signing clause's `本`, a tag's closing `〖-`) is searched for in
// that line, never on through the rest of the text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTreaty } from '../../server/src/model/treaty';
import { parseTreaty } from '../../server/src/syntax/parser';

test('a long text whose lines hold no 本 and no 第 after the first article parses in linear time', () => {
  const text = '# 协定\n\n## 第一条\n\n' + '双方同意在边境地区开展合作，交换信息。\n\n'.repeat(100_000);
  const started = Date.now();
  const t = buildTreaty(text);
  const ms = Date.now() - started;
  assert.equal(t.articles.length, 1);
  assert.equal(t.articles[0].paragraphs.length, 100_000);
  assert.ok(ms < 10_000, `${ms} ms`);
});

test("People's Daily tag lines without a closing tag parse in linear time, each value to its line's end", () => {
  const text = '〖BT/标题〗协定\n' + '〖ZW/正文〗双方同意在边境地区开展合作，交换信息。\n'.repeat(40_000);
  const started = Date.now();
  const tree = parseTreaty(text);
  const ms = Date.now() - started;
  assert.equal(tree.lines.length, 40_001);
  assert.deepEqual(tree.lines[1].value, { start: 17, end: 36 });
  assert.deepEqual(tree.lines[40_000].value, { start: 10 + 39_999 * 27 + 7, end: 10 + 40_000 * 27 - 1 });
  assert.ok(ms < 10_000, `${ms} ms`);
});

test('a tag value ends at its closing tag on its line, not at a 〖 alone', () => {
  const tree = parseTreaty('〖BT/标题〗协定〖-BT〗\n〖ZW/正文〗双方〖x〖-ZW〗\n');
  assert.deepEqual(tree.lines.map((l) => [l.tag, l.value]), [['BT', { start: 7, end: 9 }], ['ZW', { start: 22, end: 26 }]]);
});
