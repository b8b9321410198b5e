// Keystroke → first go-to-definition (issue #13): the editor's document is kept in pieces
// (syntax/text.ts PieceText) and each keystroke goes to the index as the server sends it
// (`WorkspaceIndex.update` with the change's offsets), so the tree is re-parsed and the model
// re-built from the previous version's (syntax/reparse.ts, model/treaty.ts), reading the text in
// pieces. The answer after each edit is the answer of a fresh parse of the same text; and the
// model answering it does not make the whole text one string.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { WorkspaceIndex } from '../../server/src/index/workspace';
import { contextOf } from '../../server/src/features/context';
import { definition } from '../../server/src/features/definition';
import { documentSymbols } from '../../server/src/features/documentSymbols';
import { codeLenses } from '../../server/src/features/codeLens';
import { foldingRanges } from '../../server/src/features/foldingRanges';
import { referencesOf } from '../../server/src/model/references';
import { PieceText } from '../../server/src/syntax/text';
import { formatChinese } from '../../server/src/syntax/numerals';
import { ROOT, seeds } from '../support/fixture';
import { exposedGc, keptByYoungCollection } from '../support/gc';

const URI = 'file:///ws/keystroke.md';

/** What a user types and deletes: characters, references, a citation, a definition, a line break. */
const PIECES = ['的', '。', '，', '\n', '\n\n', '第', '条', '本协定第二条', '第三条第二款', '前款', '本条', '《联合国宪章》第一百零二条', '（以下简称“双方”）', '双方', '“', '”'];

const edit = fc.tuple(fc.nat({ max: 1_000_000 }).map((k) => k / 1_000_000), fc.oneof(fc.constant(0), fc.nat({ max: 3 }), fc.nat({ max: 60 })), fc.oneof(fc.constant(''), fc.constantFrom(...PIECES)));

/** Where go-to-definition is asked in a text: inside each reference a fresh model reads (at most `max`, spread over the text). */
function askedAt(text: string, max = 24): number[] {
  const index = new WorkspaceIndex();
  const refs = referencesOf(index.model(index.set(URI, text, 0, 'markdown')));
  const step = Math.max(1, Math.floor(refs.length / max));
  const out: number[] = [];
  for (let i = 0; i < refs.length; i += step) out.push(refs[i].start + 1, refs[i].end - 1);
  return out;
}

/** The answers of a fresh index holding `text` alone. */
function freshAnswers(text: string, version: number, offsets: number[]): unknown[] {
  const index = new WorkspaceIndex();
  const snapshot = index.set(URI, text, version, 'markdown');
  return offsets.map((o) => definition(contextOf(index, snapshot), o));
}

/** Types `edits` into `text` as the server receives them; after each, every answer equals a fresh parse's. */
function check(text: string, raw: [number, number, string][]): void {
  const index = new WorkspaceIndex();
  let pieces = PieceText.of(text);
  let snapshot = index.set(URI, pieces, 1, 'markdown');
  void referencesOf(index.model(snapshot));
  let version = 2;
  for (const [at, del, ins] of raw) {
    const start = Math.floor(at * pieces.length);
    const e = { start, end: Math.min(pieces.length, start + del), text: ins };
    pieces = pieces.edit(e.start, e.end, e.text);
    snapshot = index.update(URI, pieces, [e], version, 'markdown');
    const now = pieces.toString();
    const offsets = askedAt(now);
    const answers = offsets.map((o) => definition(contextOf(index, snapshot), o));
    assert.deepStrictEqual(answers, freshAnswers(now, version, offsets));
    version++;
  }
}

const seedTexts = [...seeds().values()].map((s) => s.text);
const realDir = path.join(ROOT, 'test/fixtures/real');
const realTexts = fs.readdirSync(realDir).filter((f) => f.endsWith('.md') && f !== 'README.md').sort().map((f) => fs.readFileSync(path.join(realDir, f), 'utf8'));

test('property: after each keystroke typed into the seeds, go-to-definition answers as on a fresh parse', () => {
  fc.assert(fc.property(fc.constantFrom(...seedTexts), fc.array(edit, { minLength: 1, maxLength: 6 }), (text, edits) => check(text, edits)), { numRuns: 60 });
});

test('property: after each keystroke typed into the real corpus, go-to-definition answers as on a fresh parse', () => {
  fc.assert(fc.property(fc.constantFrom(...realTexts), fc.array(edit, { minLength: 1, maxLength: 4 }), (text, edits) => check(text, edits)), { numRuns: 30 });
});

/** The sentence of article `k` in `chain(n)`. */
const body = (k: number) => (k === 1 ? '双方开展边境合作。' : `本协定第${formatChinese(k - 1)}条所述事项，双方应当协商解决。`);

/**
 * A treaty of `n` articles, each (from the second) referring to the one before: `## 第K条`, a blank
 * line, `本协定第K-1条所述事项，双方应当协商解决。`, a blank line. Article K's heading is line
 * 4 + 4 (K - 1) (the title, a blank line, the preamble, a blank line before it).
 */
function chain(n: number): string {
  const out = ['# 中华人民共和国政府和哈萨克斯坦共和国政府关于边境合作的协定', '', '中华人民共和国政府和哈萨克斯坦共和国政府（以下简称“双方”），达成协议如下：', ''];
  for (let k = 1; k <= n; k++) out.push(`## 第${formatChinese(k)}条`, '', body(k), '');
  return out.join('\n');
}

/** The heading line of article `k` in `chain(n)`. */
const headingLine = (k: number) => 4 + 4 * (k - 1);

test('keystrokes in a large treaty in pieces: each first definition lands on the article named, and the text is never made one string', () => {
  const n = 3000;
  const text = chain(n);
  const index = new WorkspaceIndex();
  let pieces = PieceText.of(text);
  let snapshot = index.set(URI, pieces, 1, 'markdown');
  void referencesOf(index.model(snapshot));
  // Typing at the end of article 1500's sentence (before its 。), then deleting it, ten times.
  const k = 1500;
  const bodyLine = headingLine(k) + 2;
  for (let v = 2; v < 22; v++) {
    const at = pieces.lineStart(bodyLine) + `本协定第${formatChinese(k - 1)}条所述事项，双方应当协商解决`.length;
    const e = v % 2 === 0 ? { start: at, end: at, text: '的' } : { start: at, end: at + 1, text: '' };
    pieces = pieces.edit(e.start, e.end, e.text);
    snapshot = index.update(URI, pieces, [e], v, 'markdown');
    for (const target of [k, k + 1, 2 * k - 1, 2]) {
      // The reference `本协定第(target - 1)条` in article `target`, at its 第.
      const offset = pieces.lineStart(headingLine(target) + 2) + 3;
      const [link] = definition(contextOf(index, snapshot), offset + 1);
      const label = `第${formatChinese(target - 1)}条`;
      assert.deepStrictEqual(link.targetSelectionRange, { start: { line: headingLine(target - 1), character: 3 }, end: { line: headingLine(target - 1), character: 3 + label.length } }, `version ${v}, article ${target}`);
      // The article's range ends with its sentence (article k's one character longer while 的 is typed).
      const typed = target - 1 === k && v % 2 === 0 ? 1 : 0;
      assert.deepStrictEqual(link.targetRange.end, { line: headingLine(target - 1) + 2, character: body(target - 1).length + typed }, `version ${v}, article ${target}`);
      assert.deepStrictEqual(link.originSelectionRange!.start.line, headingLine(target) + 2);
    }
    assert.equal(pieces.isFlat, false, `version ${v}: the whole text was made one string`);
  }
});

test('keystrokes in a large treaty in pieces: go to definition on a citation of an instrument the workspace lacks makes the text no one string either', () => {
  // The preamble cites an instrument no file of the workspace holds: its definition asks whether the citation names this text itself (a draft's own title).
  const text = chain(2000).replace('达成协议如下：', '根据《维也纳条约法公约》第二条，达成协议如下：');
  const index = new WorkspaceIndex();
  let pieces = PieceText.of(text);
  let snapshot = index.set(URI, pieces, 1, 'markdown');
  void referencesOf(index.model(snapshot));
  const cited = text.indexOf('《维也纳') + 2;
  for (let v = 2; v < 8; v++) {
    const at = pieces.lineStart(headingLine(1000) + 2) + 3;
    const e = v % 2 === 0 ? { start: at, end: at, text: '的' } : { start: at, end: at + 1, text: '' };
    pieces = pieces.edit(e.start, e.end, e.text);
    snapshot = index.update(URI, pieces, [e], v, 'markdown');
    assert.deepEqual(definition(contextOf(index, snapshot), cited), [], `version ${v}: no such document, no link`);
    assert.equal(pieces.isFlat, false, `version ${v}: the whole text was made one string`);
  }
});

test('keystrokes in a large treaty in pieces: the outline and the folding ranges after each make the text no one string (a summary reads the pieces)', () => {
  const index = new WorkspaceIndex();
  let pieces = PieceText.of(chain(2000));
  let snapshot = index.set(URI, pieces, 1, 'markdown');
  const before = documentSymbols(contextOf(index, snapshot));
  const foldsBefore = foldingRanges(contextOf(index, snapshot));
  for (let v = 2; v < 6; v++) {
    const at = pieces.lineStart(headingLine(1000) + 2);
    const e = v % 2 === 0 ? { start: at, end: at, text: '的' } : { start: at, end: at + 1, text: '' };
    pieces = pieces.edit(e.start, e.end, e.text);
    snapshot = index.update(URI, pieces, [e], v, 'markdown');
    const symbols = documentSymbols(contextOf(index, snapshot));
    const folds = foldingRanges(contextOf(index, snapshot));
    assert.equal(pieces.isFlat, false, `version ${v}: the whole text was made one string`);
    assert.equal(folds.length, foldsBefore.length);
    // The edited article's summary is read anew, from the pieces.
    const article = symbols[0].children!.find((s) => s.name === '第一千条')!;
    assert.equal(article.detail!.startsWith('的'), v % 2 === 0, `version ${v}: ${article.detail}`);
  }
  assert.deepEqual(documentSymbols(contextOf(index, snapshot)), before);
  assert.deepEqual(foldingRanges(contextOf(index, snapshot)), foldsBefore);
});

test('keystrokes in a large treaty in pieces: the code lenses after each make the text no one string, and the citation graph follows a citation typed and deleted', () => {
  const index = new WorkspaceIndex();
  const cited = 'file:///ws/cited.md';
  index.set(cited, '# 中华人民共和国政府和哈萨克斯坦共和国政府关于边境口岸的协定\n\n## 第一条\n\n双方开放边境口岸。\n\n## 第二条\n\n本协定自签字之日起生效。\n', 0);
  let pieces = PieceText.of(chain(2000));
  let snapshot = index.set(URI, pieces, 1, 'markdown');
  const before = codeLenses(contextOf(index, snapshot));
  assert.ok(before.length > 1000, `${before.length} lenses`);
  const at = pieces.lineStart(headingLine(1000) + 2);
  const type = (v: number, text: string) => {
    const e = v % 2 === 0 ? { start: at, end: at, text } : { start: at, end: at + text.length, text: '' };
    pieces = pieces.edit(e.start, e.end, e.text);
    snapshot = index.update(URI, pieces, [e], v, 'markdown');
    return codeLenses(contextOf(index, snapshot));
  };
  // Typing that cites nothing new: the index reads the titles the text cites off its references (not its info).
  for (let v = 2; v < 6; v++) {
    assert.equal(type(v, '的').length, before.length);
    assert.equal(pieces.isFlat, false, `version ${v}: the whole text was made one string`);
  }
  // A citation typed and deleted: the cited text is cited, then not (its lens counts the citation while it is there).
  const citation = '根据《中华人民共和国政府和哈萨克斯坦共和国政府关于边境口岸的协定》第二条，';
  for (let v = 6; v < 10; v++) {
    assert.equal(type(v, citation).length, before.length);
    assert.deepEqual(index.dependentsOf(cited).map((s) => s.uri), v % 2 === 0 ? [URI] : [], `version ${v}`);
    assert.equal(codeLenses(contextOf(index, index.get(cited)!)).length, v % 2 === 0 ? 1 : 0, `version ${v}`);
  }
  assert.deepEqual(codeLenses(contextOf(index, snapshot)), before);
});

test('a typing session keeps no earlier version of the document alive: each model built from the one before lets it go', async () => {
  const gc = exposedGc();
  const text = chain(200);
  const index = new WorkspaceIndex();
  let pieces = PieceText.of(text);
  let snapshot = index.set(URI, pieces, 1, 'markdown');
  void referencesOf(index.model(snapshot));
  const models: WeakRef<object>[] = [];
  const at = pieces.lineStart(headingLine(100) + 2) + 2;
  for (let v = 2; v < 42; v++) {
    const e = v % 2 === 0 ? { start: at, end: at, text: '的' } : { start: at, end: at + 1, text: '' };
    pieces = pieces.edit(e.start, e.end, e.text);
    snapshot = index.update(URI, pieces, [e], v, 'markdown');
    // As an outline after each keystroke reads it: the model only (the references of every other version).
    const model = index.model(snapshot);
    if (v % 2 === 0) void referencesOf(model);
    models.push(new WeakRef(model));
  }
  // WeakRefs are cleared after the job that made them: collect on a later turn.
  await new Promise((resolve) => setImmediate(resolve));
  gc();
  await new Promise((resolve) => setImmediate(resolve));
  gc();
  const alive = models.filter((m) => m.deref() !== undefined).length;
  assert.ok(alive <= 2, `${alive} of ${models.length} models still alive`);
});

test('a version of the document dead after the next keystroke dies young: a collection of the young generation keeps next to none of it', async () => {
  // V8's young-generation collector keeps alive whatever a getter made as a closure per object
  // holds, dead object or not: a version's tree, pieces, model and context kept that way were
  // copied at each such collection and promoted (syntax/tree.ts, PIECES) — 40 % of what a
  // keystroke allocated, where only the last version is alive.
  const text = chain(200);
  const index = new WorkspaceIndex();
  let pieces = PieceText.of(text);
  let snapshot = index.set(URI, pieces, 1, 'markdown');
  const at = pieces.lineStart(headingLine(100) + 2) + 2;
  let v = 2;
  const keystroke = (): void => {
    const e = v % 2 === 0 ? { start: at, end: at, text: '的' } : { start: at, end: at + 1, text: '' };
    pieces = pieces.edit(e.start, e.end, e.text);
    snapshot = index.update(URI, pieces, [e], v++, 'markdown');
    // As a definition request reads it: a context, its model, the model's definitions.
    void contextOf(index, snapshot).treaty.definitions;
  };
  // Keystrokes until a fair amount is allocated, none collected in between (the young generation only grows).
  const { kept, allocated } = keptByYoungCollection(keystroke, 10, 200, 'keystrokes');
  assert.ok(kept < allocated * 0.1, `${kept} of ${allocated} bytes allocated by the keystrokes survived a young collection`);
});
