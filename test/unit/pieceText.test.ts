// The editor's document kept in pieces (syntax/text.ts, protocol/documents.ts) against
// vscode-languageserver-textdocument's TextDocument, the one the server used before: the same
// content changes (ranges from the document's positions and raw positions past a line's end or the
// last line) applied to both give the same text, lines, positions, offsets and ranges, and the
// recorded edits applied to the old text give the new one. Texts mix LF, CR and CRLF, Chinese,
// surrogate pairs and lone surrogates, and are long enough to be several chunks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { EditRecorder, PieceDocument } from '../../server/src/protocol/documents';
import { PieceText } from '../../server/src/syntax/text';
import { applyEdits } from '../../server/src/syntax/reparse';

const SMALL = ['\r\n', '\r', '\n', 'a', '的', '第一条', '😀', '\ud800', '\udc00', '\r\r\n', ''];
const LONG = ['缔约双方\r\n'.repeat(9000), 'x'.repeat(40000), '第二条　双方合作。\n'.repeat(5000), '\r'.repeat(33000)];
const piece = fc.oneof({ arbitrary: fc.constantFrom(...SMALL), weight: 8 }, { arbitrary: fc.constantFrom(...LONG), weight: 1 });
const text = fc.array(piece, { maxLength: 12 }).map((p) => p.join(''));
/** A change: a range by offsets into the current text (mapped through the oracle's positions), or by raw positions. */
const change = fc.oneof(
  fc.record({ at: fc.nat(), del: fc.oneof(fc.nat({ max: 3 }), fc.nat({ max: 80000 })), ins: piece, backwards: fc.boolean() }),
  fc.record({ raw: fc.tuple(fc.nat({ max: 30000 }), fc.nat({ max: 50 }), fc.nat({ max: 30000 }), fc.nat({ max: 50 })), ins: piece }),
);

function sameAnswers(ours: PieceDocument, oracle: TextDocument, probes: number[]): void {
  const s = oracle.getText();
  assert.equal(ours.getText(), s);
  assert.equal(ours.lineCount, oracle.lineCount);
  for (const o of probes) {
    assert.deepEqual(ours.positionAt(o), oracle.positionAt(o), `positionAt(${o})`);
    assert.equal(ours.text.charCodeAt(o), s.charCodeAt(o));
    assert.equal(ours.text.slice(o, o + 70000), s.slice(o, o + 70000));
    const p = oracle.positionAt(o);
    for (const q of [p, { line: p.line, character: p.character + 1 }, { line: p.line, character: p.character + 100000 }, { line: p.line + 1, character: 0 }, { line: p.line + 5, character: 3 }, { line: oracle.lineCount + 2, character: 1 }, { line: -1, character: 2 }, { line: p.line, character: -3 }]) {
      assert.equal(ours.offsetAt(q), oracle.offsetAt(q), `offsetAt(${JSON.stringify(q)})`);
    }
    assert.equal(ours.getText({ start: p, end: { line: p.line + 2, character: 1 } }), oracle.getText({ start: p, end: { line: p.line + 2, character: 1 } }));
    assert.deepEqual(ours.getLineRange(p.line), oracle.getLineRange(p.line));
    assert.equal(ours.getEOLCharacters(p.line), oracle.getEOLCharacters(p.line));
  }
  for (const line of [0, 1, oracle.lineCount - 1, oracle.lineCount, oracle.lineCount + 3, -1]) {
    assert.deepEqual(ours.getLineRange(line), oracle.getLineRange(line), `getLineRange(${line})`);
    assert.equal(ours.getEOLCharacters(line), oracle.getEOLCharacters(line));
  }
}

test('property: a document in pieces answers as vscode-languageserver-textdocument after the same changes', () => {
  fc.assert(
    fc.property(text, fc.array(fc.array(change, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 8 }), fc.array(fc.nat(), { maxLength: 6 }), (initial, batches, probeSeeds) => {
      const recorder = new EditRecorder();
      let ours = recorder.create('file:///a.md', 'markdown', 1, initial);
      let oracle = TextDocument.create('file:///a.md', 'markdown', 1, initial);
      let version = 1;
      for (const batch of batches) {
        const before = oracle.getText();
        // The changes of one didChange, each in the text the ones before it left (positions from the oracle then).
        const events = batch.map((c) => {
          let range;
          if ('raw' in c) range = { start: { line: c.raw[0], character: c.raw[1] }, end: { line: c.raw[2], character: c.raw[3] } };
          else {
            const n = oracle.getText().length;
            const a = c.at % (n + 1);
            const b = Math.min(n, a + c.del);
            range = c.backwards ? { start: oracle.positionAt(b), end: oracle.positionAt(a) } : { start: oracle.positionAt(a), end: oracle.positionAt(b) };
          }
          const event = { range, text: c.ins };
          // Made again from its text: TextDocument's own line index goes wrong after a backwards range
          // past the text's end (an empty document, [9:0, 8:0] replaced by `\r\n`: ten lines), so
          // its answers after that would be its bug, not ours (seed -232079197).
          oracle = TextDocument.create('file:///a.md', 'markdown', version + 1, TextDocument.update(oracle, [event], version + 1).getText());
          return event;
        });
        ours = recorder.update(ours, events, ++version);
        assert.equal(ours.version, oracle.version);
        // An edit does not make the whole string (only a change that changes nothing keeps the text it had).
        if (ours.text.isFlat) assert.equal(oracle.getText(), before, 'an edit does not make the whole string');
        assert.equal(applyEdits(before, recorder.take('file:///a.md')!), oracle.getText(), 'the recorded edits');
        const n = oracle.getText().length;
        sameAnswers(ours, oracle, [0, n, n - 1, n + 5, -2, ...probeSeeds.map((p) => p % (n + 1))]);
      }
    }),
    { numRuns: 120 },
  );
});

test('a whole-text change replaces the pieces and is recorded as no edits', () => {
  const recorder = new EditRecorder();
  const doc = recorder.create('file:///a.md', 'markdown', 1, 'ab\ncd');
  const next = recorder.update(doc, [{ range: { start: { line: 0, character: 1 }, end: { line: 0, character: 1 } }, text: 'x' }, { text: '第一条\r\n甲' }], 2);
  assert.deepEqual([next.getText(), next.lineCount, next.positionAt(6), recorder.take('file:///a.md')], ['第一条\r\n甲', 2, { line: 1, character: 1 }, undefined]);
});

test('a keystroke in a long text rebuilds one chunk and shares the others; the whole string is made once', () => {
  const s = '缔约双方\n'.repeat(40000);
  const t = PieceText.of(s);
  const u = t.edit(100000, 100001, '的的');
  assert.equal(u.isFlat, false);
  const whole = u.toString();
  assert.equal(whole, s.slice(0, 100000) + '的的' + s.slice(100001));
  assert.equal(u.toString(), whole, 'kept');
  assert.equal(u.isFlat, true);
  // Empty texts, and a text emptied.
  assert.deepEqual([PieceText.of('').lineCount, PieceText.of('').toString(), t.edit(0, s.length, '').toString(), t.edit(0, s.length, '').lineCount], [1, '', '', 1]);
});
