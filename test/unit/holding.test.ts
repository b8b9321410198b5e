// syntax/runs.ts `holding`: whether a run's span holds one of some characters, asked of runs in text
// order. Several characters in a string are looked for by one search (a class); one character, or a text
// in pieces, by indexOf. Expected answers written by reading the text; the property holds every way of
// looking to the definition (one of the characters at an offset in [from, to)).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { eachRun, holding } from '../../server/src/syntax/runs';
import { parse } from '../../server/src/syntax/parser';
import { PieceText } from '../../server/src/syntax/text';

test('holding: the spans that hold a citation mark or the first character of a joint kind', () => {
  const text = '依照《条约法》第一条\n中联合声明\n「甲」与“乙”\n无';
  const wanted = holding(text, '“〈《「联聯');
  // Asked in text order, as the runs come: 《 at 2, 联 at 12, 「 at 17, ” is no mark, “ at 21.
  assert.deepEqual([[0, 2], [0, 3], [3, 10], [11, 12], [12, 16], [17, 18], [18, 21], [21, 23], [24, 25]].map(([f, t]) => wanted(f, t)), [false, true, false, false, true, true, false, true, false]);
  // A traditional 聯 is looked for as it is written.
  assert.deepEqual([[0, 3], [3, 6]].map(([f, t]) => holding('中聯合聲明', '“〈《「联聯')(f, t)), [true, false]);
  // Offsets of the document, the text held from `base` on.
  assert.deepEqual([[100, 102], [102, 104]].map(([f, t]) => holding('前文《约》', '《「', 100)(f, t)), [false, true]);
});

test('holding: every way of looking answers as the definition, asked in text order', () => {
  const alphabet = ['a', '《', '联', '聯', '「', '“', '\n', '一', '】'];
  fc.assert(fc.property(
    fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }).map((cs) => cs.join('')),
    fc.subarray(['《', '联', '聯', '「', '“', '】', '^', '-', '\\']).filter((cs) => cs.length > 0).map((cs) => cs.join('')),
    fc.array(fc.tuple(fc.nat(60), fc.nat(12)), { maxLength: 20 }),
    fc.nat(5),
    (text, chars, spans, base) => {
      const ordered = spans.map(([f, n]) => [f + base, f + base + n] as const).sort((x, y) => x[0] - y[0]);
      const truth = ordered.map(([f, t]) => [...text.slice(f - base, t - base)].some((c) => chars.includes(c)));
      // The string (several characters: the class; one: indexOf) and the same text in pieces (indexOf).
      const ways = [holding(text, chars, base), holding(PieceText.of(text), chars, base)];
      for (const wanted of ways) assert.deepEqual(ordered.map(([f, t]) => wanted(f, t)), truth, `${JSON.stringify(text)} ${JSON.stringify(chars)}`);
    },
  ));
});

// syntax/runs.ts `eachRun` with a `wanted` filter stops once nothing it looks for is left in the scope: the runs
// it visits are still every run of the scope whose text holds one of the characters, and only those.
test('eachRun with holding: the runs holding a mark, none lost after the last one', () => {
  // 《 on the second line of a two-line run (the first broken off mid-phrase), then a run with none, another run holding
  // one on its second line, and one with none at the end.
  const text = '甲方应当依照\n《条约法》办理。\n此外无。\n乙方依照\n《公约》办理。\n别无。';
  const tree = parse(text);
  const visited = (wanted?: (from: number, to: number) => boolean, scope?: { from: number; to: number }) => {
    const out: string[] = [];
    eachRun(text, tree.lines, () => true, (r) => out.push(r.text), wanted, scope);
    return out;
  };
  assert.deepEqual(visited(holding(text, '《「')), ['甲方应当依照《条约法》办理。', '乙方依照《公约》办理。']);
  // Within a scope (the first three lines): the run holding 《 only; from the third line on, the second.
  assert.deepEqual(visited(holding(text, '《「'), { from: 0, to: 3 }), ['甲方应当依照《条约法》办理。']);
  assert.deepEqual(visited(holding(text, '《「'), { from: 2, to: 6 }), ['乙方依照《公约》办理。']);
  // None at all: no run.
  assert.deepEqual(visited(holding(text, '「')), []);
});

test('eachRun with holding: the same runs as all the runs filtered by the definition', () => {
  const pieces = ['第一条　', '甲方', '《约》', '，', '。', '\n', '\n\n', '联合', '一、'];
  fc.assert(fc.property(
    fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((cs) => cs.join('')),
    fc.nat(8),
    fc.nat(8),
    (text, a, b) => {
      const lines = parse(text).lines;
      const scope = { from: Math.min(a, b, lines.length), to: Math.min(Math.max(a, b), lines.length) };
      const all: string[] = [];
      eachRun(text, lines, () => true, (r) => all.push(r.text), undefined, scope);
      const wanted: string[] = [];
      eachRun(text, lines, () => true, (r) => wanted.push(r.text), holding(text, '《联'), scope);
      assert.deepEqual(wanted, all.filter((t) => /[《联]/.test(t)), JSON.stringify(text));
    },
  ));
});
