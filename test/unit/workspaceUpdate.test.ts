// Keystrokes through the server's path (issue #13): LSP content changes recorded as offsets
// (protocol/documents.ts), the index updated with them (WorkspaceIndex.update), the model
// re-parsed from the previous one. The model and outline equal those of the text set afresh.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { EditRecorder } from '../../server/src/protocol/documents';
import { WorkspaceIndex } from '../../server/src/index/workspace';
import { contextOf, textContext } from '../../server/src/features/context';
import { parseTreaty } from '../../server/src/syntax/parser';
import { documentSymbols } from '../../server/src/features/documentSymbols';
import { reparseStats } from '../../server/src/syntax/reparse';
import { seeds } from '../support/fixture';

const seedTexts = [...seeds().values()].map((s) => s.text);
const PIECES = ['的', '。', '\n', '\n\n', '第三条', '一、', '（一）', '## ', '本协定第二条'];

test('property: content changes applied through the index give the model of the new text', () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...seedTexts),
      fc.array(fc.array(fc.tuple(fc.nat(), fc.nat({ max: 4 }), fc.constantFrom(...PIECES)), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }),
      fc.boolean(),
      (text, changes, modelEachTime) => {
        const recorder = new EditRecorder();
        const index = new WorkspaceIndex();
        const uri = 'file:///w/draft.md';
        let doc = recorder.create(uri, 'markdown', 1, text);
        let snapshot = index.update(uri, text, recorder.take(uri), 1, 'markdown');
        void index.model(snapshot);
        let shadow = text;
        for (const batch of changes) {
          // One didChange with several changes, each in the text the ones before it left.
          const events = batch.map(([at, del, ins]) => {
            const start = at % (shadow.length + 1);
            const end = Math.min(shadow.length, start + del);
            const t = TextDocument.create('x', 'x', 0, shadow);
            const range = { start: t.positionAt(start), end: t.positionAt(end) };
            shadow = shadow.slice(0, start) + ins + shadow.slice(end);
            return { range, text: ins };
          });
          doc = recorder.update(doc, events, doc.version + 1);
          assert.equal(doc.text.toString(), shadow);
          // As the server does: the document's pieces, made one string only when the model is built.
          snapshot = index.update(uri, doc.text, recorder.take(uri), doc.version, 'markdown');
          if (modelEachTime) void index.model(snapshot);
        }
        assert.deepStrictEqual(index.model(snapshot).tree, parseTreaty(doc.getText()));
        assert.deepStrictEqual(documentSymbols(contextOf(index, snapshot)), documentSymbols(textContext(doc.getText(), uri, 'markdown')));
        assert.equal(snapshot.titleKey, new WorkspaceIndex().set(uri, doc.getText(), doc.version, 'markdown').titleKey);
      },
    ),
    { numRuns: 150 },
  );
});

test('a keystroke in an article of an open document re-parses that article only', () => {
  const text = seedTexts[0];
  const recorder = new EditRecorder();
  const index = new WorkspaceIndex();
  const uri = 'file:///w/draft.md';
  const doc = recorder.create(uri, 'markdown', 1, text);
  const before = index.model(index.update(uri, text, undefined, 1, 'markdown'));
  const article = before.articles[Math.floor(before.articles.length / 2)];
  const at = article.paragraphs[0].start + 1;
  const changed = recorder.update(doc, [{ range: { start: doc.positionAt(at), end: doc.positionAt(at) }, text: '的' }], 2);
  const stats = { ...reparseStats };
  const after = index.model(index.update(uri, changed.text, recorder.take(uri), 2, 'markdown'));
  assert.deepEqual({ local: reparseStats.local - stats.local, full: reparseStats.full - stats.full }, { local: 1, full: 0 });
  assert.equal(after.tree.lines[0], before.tree.lines[0], 'the lines before the edit are reused');
  assert.deepStrictEqual(after.tree, parseTreaty(changed.getText()));
});

test('keystrokes while no model is built are re-parsed together from the last model', () => {
  // Longer than the head the title is read from: a keystroke does not build the model.
  const text = seedTexts[0].replace(/\n## 第 二 条/, '\n' + '双方合作。\n'.repeat(2000) + '\n## 第 二 条');
  const index = new WorkspaceIndex();
  const uri = 'file:///w/draft.md';
  const before = index.model(index.update(uri, text, undefined, 1, 'markdown'));
  const at = before.articles[1].paragraphs[0].start + 1;
  const edits = [{ start: at, end: at, text: '甲' }, { start: at + 1, end: at + 1, text: '乙乙' }, { start: at, end: at + 1, text: '' }];
  let t = text;
  let version = 1;
  for (const e of edits) {
    t = t.slice(0, e.start) + e.text + t.slice(e.end);
    index.update(uri, t, [e], ++version, 'markdown');
  }
  const stats = { ...reparseStats };
  const after = index.model(index.get(uri)!);
  assert.equal(t, text.slice(0, at) + '乙乙' + text.slice(at));
  assert.deepEqual({ local: reparseStats.local - stats.local, full: reparseStats.full - stats.full }, { local: 3, full: 0 });
  assert.equal(after.tree.lines[0], before.tree.lines[0], 'the model is built on the re-parsed tree');
  assert.deepStrictEqual(after.tree, parseTreaty(t));
});

test('an edit of the title of a long document changes its title key; an edit further down keeps it', () => {
  const text = seedTexts[0] + '\n' + '双方合作。\n'.repeat(2000);
  const index = new WorkspaceIndex();
  const uri = 'file:///w/draft.md';
  const first = index.update(uri, text, undefined, 1, 'markdown');
  const title = first.titleKey!;
  const end = text.length - 3;
  const below = index.update(uri, text.slice(0, end) + '甲' + text.slice(end), [{ start: end, end, text: '甲' }], 2, 'markdown');
  assert.equal(below.titleKey, title);
  const at = text.indexOf(title.slice(0, 2));
  const renamed = below.text.slice(0, at) + '新' + below.text.slice(at);
  const edited = index.update(uri, renamed, [{ start: at, end: at, text: '新' }], 3, 'markdown');
  assert.equal(edited.titleKey, '新' + title);
  assert.deepEqual(index.withTitle('新' + title), [edited]);
});
