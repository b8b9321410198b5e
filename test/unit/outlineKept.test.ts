// The outline after a keystroke (issue #13): an article's symbol is kept with the article and
// given again while the article is unchanged and starts where it started; the answer always
// equals the outline of the text read afresh. The stdio encoder (protocol/encode.ts) writes
// exactly JSON.stringify's bytes, keeping those of frozen parts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { DocumentSymbol } from 'vscode-languageserver-types';
import { WorkspaceIndex } from '../../server/src/index/workspace';
import { contextOf, textContext } from '../../server/src/features/context';
import { documentSymbols } from '../../server/src/features/documentSymbols';
import { composed, encodeParts } from '../../server/src/protocol/encode';
import { ROOT, seeds } from '../support/fixture';

const seedTexts = [...seeds().values()].map((s) => s.text);
const realDir = path.join(ROOT, 'test/fixtures/real');
const realTexts = fs.readdirSync(realDir).filter((f) => f.endsWith('.md') && f !== 'README.md').sort().map((f) => fs.readFileSync(path.join(realDir, f), 'utf8'));
const PIECES = ['的', '。', '\n', '\n\n', '\r\n', '第三条', '一、', '（一）', '1. ', '## ', '本协定第二条', '本协定于2002年1月17日在北京签署。'];

/** Keystrokes through the index, the outline asked after each: each equals the fresh text's outline. */
function check(text: string, raw: [number, number, string][]): void {
  const index = new WorkspaceIndex();
  const uri = 'file:///w/draft.md';
  let snapshot = index.set(uri, text, 1, 'markdown');
  documentSymbols(contextOf(index, snapshot));
  let version = 1;
  for (const [at, del, ins] of raw) {
    const t = snapshot.text;
    const start = Math.floor(at * t.length);
    const e = { start, end: Math.min(t.length, start + del), text: ins };
    snapshot = index.update(uri, t.slice(0, e.start) + e.text + t.slice(e.end), [e], ++version, 'markdown');
    assert.deepStrictEqual(documentSymbols(contextOf(index, snapshot)), documentSymbols(textContext(snapshot.text, uri, 'markdown')));
  }
}

const keystroke = fc.tuple(fc.nat({ max: 1_000_000 }).map((k) => k / 1_000_000), fc.oneof(fc.constant(0), fc.nat({ max: 3 }), fc.nat({ max: 100 })), fc.oneof(fc.constant(''), fc.constantFrom(...PIECES)));

test('property: the outline asked after each keystroke of the seeds equals the fresh outline', () => {
  fc.assert(fc.property(fc.constantFrom(...seedTexts), fc.array(keystroke, { minLength: 1, maxLength: 10 }), (text, edits) => check(text, edits)), { numRuns: 150 });
});

test('property: the outline asked after each keystroke of the real corpus equals the fresh outline', () => {
  fc.assert(fc.property(fc.constantFrom(...realTexts), fc.array(keystroke, { minLength: 1, maxLength: 6 }), (text, edits) => check(text, edits)), { numRuns: 80 });
});

const DOC = '# 合作协定\n\n## 第一条\n\n双方合作。\n\n## 第二条\n\n双方应当‸交换信息。\n\n## 第三条\n\n前条的规定同样适用：\n\n（一）交流；\n\n（二）培训。\n\n## 第四条\n\n本协定自签署之日起生效。\n';

/** The article symbols of an outline (the title's children). */
const articles = (symbols: DocumentSymbol[]) => symbols[0].children!;

function typed(insert: string): { before: DocumentSymbol[]; after: DocumentSymbol[]; fresh: DocumentSymbol[] } {
  const at = DOC.indexOf('‸');
  const text = DOC.replace('‸', '');
  const index = new WorkspaceIndex();
  const uri = 'file:///w/draft.md';
  const before = documentSymbols(contextOf(index, index.set(uri, text, 1, 'treaty')));
  const next = text.slice(0, at) + insert + text.slice(at);
  const after = documentSymbols(contextOf(index, index.update(uri, next, [{ start: at, end: at, text: insert }], 2, 'treaty')));
  return { before, after, fresh: documentSymbols(textContext(next)) };
}

test('typing in an article gives the other articles\' symbols again, the same objects', () => {
  const { before, after, fresh } = typed('及时');
  assert.deepStrictEqual(after, fresh);
  assert.deepEqual(articles(after).map((s, i) => s === articles(before)[i]), [true, false, true, true]);
});

test('a line break typed in an article gives new symbols to the articles below it (their lines moved)', () => {
  const { before, after, fresh } = typed('\n\n及时');
  assert.deepStrictEqual(after, fresh);
  assert.deepEqual(articles(after).map((s, i) => s === articles(before)[i]), [true, false, false, false]);
});

test('the encoder writes JSON.stringify\'s bytes: outlines, with kept parts, and values of every JSON kind', () => {
  for (const text of [...seedTexts.slice(0, 10), DOC.replace('‸', '')]) {
    const message = { jsonrpc: '2.0', id: 7, result: composed(documentSymbols(textContext(text))) };
    const json = JSON.stringify(message);
    assert.equal(encodeParts(message).toString('utf8'), json);
    // Again: the frozen articles' bytes come from the ones kept.
    assert.equal(encodeParts(message).toString('utf8'), json);
  }
  const frozen = Object.freeze({ name: '第一条', kind: 8, children: Object.freeze([Object.freeze({ a: 1 })]) });
  // A frozen object's bytes are kept (the same bytes given again); an object that is not frozen is written as it is now.
  const kept = Object.freeze({ name: '第二条', kind: 8 });
  assert.equal(encodeParts(kept), encodeParts(kept));
  const open: { name: string; kind: number; detail?: string } = { name: '第三条', kind: 8 };
  assert.equal(encodeParts(open).toString('utf8'), JSON.stringify(open));
  open.detail = '改了';
  assert.equal(encodeParts(open).toString('utf8'), JSON.stringify(open));
  const odd = { a: undefined, b: null, c: [1, undefined, () => 0, 'x"\\\n\u2028\ud800'], d: new Date(0), e: { f: frozen, g: [] }, h: -0, i: NaN, j: true, k: frozen, '': '空' };
  assert.equal(encodeParts(odd).toString('utf8'), JSON.stringify(odd));
  assert.equal(encodeParts([frozen, odd, 'end']).toString('utf8'), JSON.stringify([frozen, odd, 'end']));
  // Kept parts with short ASCII between them (`,`, `],[`, `,"b":`), and between them text of one, two, three and four bytes a
  // character, long and short: the bytes JSON.stringify's would be.
  const between = [[kept, kept], [kept], { a: kept, b: kept, c: '中文', d: '😀', e: '\ud800', f: kept, g: '第一章'.repeat(40), h: kept, i: 'é'.repeat(9) }, kept];
  assert.equal(encodeParts(between).toString('utf8'), JSON.stringify(between));
});
