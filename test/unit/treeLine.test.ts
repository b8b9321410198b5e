// A line's offsets as syntax/tree.ts keeps them: `eol` and `contentStart` are held as the line break's
// and the indentation's lengths in the line's bits (a long treaty keeps twenty thousand lines), beside
// its kind, flags and heading level; what does not fit is kept aside. Each reads back what was set.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TreeLine } from '../../server/src/syntax/tree';
import { parseTreaty } from '../../server/src/syntax/parser';
import { reparse } from '../../server/src/syntax/reparse';

test('TreeLine: eol and contentStart read back beside the kind, flags and level set after them', () => {
  const l = new TreeLine('text', 100, 110, 108, 102, 107, true);
  l.kind = 'article';
  l.level = 7;
  l.glued = true;
  l.terminal = true;
  l.period = true;
  assert.deepEqual([l.start, l.end, l.eol, l.contentStart, l.contentEnd], [100, 110, 108, 102, 107]);
  assert.deepEqual([l.kind, l.level, l.glued, l.indent, l.terminal, l.period], ['article', 7, true, true, true, true]);
  l.eol = 109;
  l.contentStart = 100;
  assert.deepEqual([l.eol, l.contentStart, l.kind, l.level, l.glued], [109, 100, 'article', 7, true]);
});

test('TreeLine: a line break longer than two and a far content start read back, moved and joined', () => {
  // `end - eol` 6 and `contentStart - start` 200,000: neither fits the bits.
  const l = new TreeLine('text', 0, 300010, 300004, 200000, 300000, true);
  assert.deepEqual([l.eol, l.contentStart], [300004, 200000]);
  const m = l.moved(5);
  assert.deepEqual([m.start, m.end, m.eol, m.contentStart, m.contentEnd, m.indent], [5, 300015, 300009, 200005, 300005, true]);
  const j = l.joined(300020, 300019, 300018, true);
  assert.deepEqual([j.start, j.end, j.eol, j.contentStart, j.contentEnd, j.terminal], [0, 300020, 300019, 200000, 300018, true]);
  l.shift(-3);
  assert.deepEqual([l.start, l.end, l.eol, l.contentStart, l.contentEnd], [-3, 300007, 300001, 199997, 299997]);
});

test('a heading indented by 140,000 spaces: its content starts at its label, in a full parse and after an edit before it', () => {
  const text = '# 协定\n\n' + ' '.repeat(140000) + '第一条\n\n双方同意。\n';
  const tree = parseTreaty(text);
  const head = tree.lines.find((l) => l.kind === 'article')!;
  assert.equal(head.contentStart, 140006);
  assert.deepEqual(head.label, { start: 140006, end: 140009 });
  assert.equal(head.eol, 140009);
  const after = reparse(tree, [{ start: 2, end: 2, text: '合作' }]);
  const moved = after.lines.find((l) => l.kind === 'article')!;
  assert.equal(moved.contentStart, 140008);
  assert.equal(moved.eol, 140011);
  assert.deepStrictEqual(after, parseTreaty(after.text));
});

test('TreeLine: a line that held a far value and holds none now is a line like any other, prototype and all', () => {
  const l = new TreeLine('text', 0, 300010, 300004, 200000, 300000, true);
  assert.notEqual(Object.getPrototypeOf(l), TreeLine.prototype);
  l.contentStart = 2;
  assert.notEqual(Object.getPrototypeOf(l), TreeLine.prototype, 'its line break is far still');
  l.eol = 300009;
  assert.equal(Object.getPrototypeOf(l), TreeLine.prototype);
  assert.deepStrictEqual(l, new TreeLine('text', 0, 300010, 300009, 2, 300000, true));
  l.shift(5);
  assert.deepEqual([l.start, l.end, l.eol, l.contentStart, l.contentEnd], [5, 300015, 300014, 7, 300005]);
});

// Every pass of the lexer and the parser asks each line where its content starts (and the line map where its break
// is): TurboFan inlines a getter into their long functions only when it is small (--max-inlined-bytecode-size-small,
// 27 bytes), else a call per line and pass. A near line's getters read its bits and nothing else: no far value looked up.
test('TreeLine: a line\'s eol and contentStart getters read its bits alone (small enough to inline everywhere)', () => {
  for (const name of ['eol', 'contentStart']) {
    const get = Object.getOwnPropertyDescriptor(TreeLine.prototype, name)!.get!;
    const body = get.toString().replace(/^[^{]*\{/, '').replace(/\}\s*$/, '').trim();
    assert.match(body, /^return this\.\w+ [-+] \(+this\.bits >> \d+\)?( & \d+\))?;$/, `${name}: ${body}`);
  }
});
