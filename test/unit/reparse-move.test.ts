// An edit costs what it touches (issue #13): `reparse` moves the previous tree's lines and blocks
// after the edited article into the new tree (their offsets shifted in place, nothing copied), and
// `buildTreaty` moves the previous model's articles, definitions and references the same way. The
// previous tree and model are then spent: re-parsing from a spent tree is a full parse, and the
// index builds a spent model again. Whatever was moved, every version equals a fresh parse and a
// fresh model, field for field.
import { CancellationTokenSource, LSPErrorCodes } from 'vscode-languageserver/node';
import { slicedOn } from '../../server/src/protocol/slices';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { parseTreaty } from '../../server/src/syntax/parser';
import { Edit, hold, isSpent, reparse, reparseStats } from '../../server/src/syntax/reparse';
import { Block } from '../../server/src/syntax/tree';
import { rowsOf } from '../../server/src/syntax/positions';
import { Treaty, buildTreaty } from '../../server/src/model/treaty';
import { conventionOf, referencesOf } from '../../server/src/model/references';
import { WorkspaceIndex } from '../../server/src/index/workspace';
import { ROOT, seeds } from '../support/fixture';

const DOC =
  '# 合作协定\n\n缔约双方（以下简称“双方”），根据《联合国宪章》，达成协议如下：\n\n## 第一条\n\n双方依照该宪章第一条合作。\n\n## 第二条\n\n双方应当‸交换信息。\n\n' +
  '## 第三条\n\n合作包括：\n（一）交流：\n1. 人员；\n2. 信息；\n（二）培训。\n\n## 第四条\n\n“协议”一语是指本协定。前条第（一）项、《联合国宪章》第一百零二条和2002年6月7日签署的《上海合作组织宪章》的规定同样适用。\n\n' +
  '## 第五条\n\n本协定于2002年1月17日在北京签署。\n';

function derived(t: Treaty): unknown {
  // (The articles' captions and summaries are read when first asked, not fields a comparison of the model sees.)
  return { model: t, words: t.articles.map((a) => [a.caption, a.summary]), references: referencesOf(t), convention: conventionOf(t) };
}

/** The blocks of a tree, depth first. */
function blocksOf(b: Block, out: Block[] = []): Block[] {
  out.push(b);
  for (const c of b.children) if (c.type === 'block') blocksOf(c, out);
  return out;
}

test('a keystroke moves the lines and blocks after the edited article into the new tree; the old tree is spent', () => {
  const at = DOC.indexOf('‸');
  const text = DOC.replace('‸', '');
  const before = parseTreaty(text);
  const third = text.indexOf('## 第三条');
  const laterLines = before.lines.filter((l) => l.start >= third);
  const laterBlocks = blocksOf(before.root).filter((b) => b.start >= third);
  const after = reparse(before, [{ start: at, end: at, text: '及时' }]);
  assert.deepStrictEqual(after, parseTreaty(after.text));
  assert.ok(laterLines.length > 10 && laterLines.every((l) => after.lines.includes(l)), 'the lines after the edited article are the same objects');
  const afterBlocks = new Set(blocksOf(after.root));
  assert.ok(laterBlocks.length > 5 && laterBlocks.every((b) => afterBlocks.has(b)), 'the blocks after the edited article are the same objects');
  assert.equal(isSpent(before), true);
  assert.equal(isSpent(after), false);
  // Re-parsed again from the spent tree: a full parse of the edited text, the same tree.
  const stats = { ...reparseStats };
  const again = reparse(before, [{ start: at, end: at, text: '尽快' }]);
  assert.deepStrictEqual(again, parseTreaty(text.slice(0, at) + '尽快' + text.slice(at)));
  assert.deepEqual({ local: reparseStats.local - stats.local, full: reparseStats.full - stats.full }, { local: 0, full: 1 });
});

test('a keystroke moves the articles, definitions and references after the edited article into the new model', () => {
  const at = DOC.indexOf('‸');
  const before = buildTreaty(DOC.replace('‸', ''));
  const oldRefs = referencesOf(before);
  const third = before.articles[2].start;
  const laterArticles = before.articles.slice(2);
  const laterRefs = oldRefs.filter((r) => r.start >= third);
  const laterDefinitions = before.definitions.filter((d) => d.start >= third);
  const tree = reparse(before.tree, [{ start: at, end: at, text: '及时' }]);
  const after = buildTreaty(tree.text, tree, before);
  const refs = referencesOf(after);
  assert.deepStrictEqual(derived(after), derived(buildTreaty(tree.text)));
  assert.ok(laterArticles.every((a, i) => after.articles[i + 2] === a), 'the articles after the edit are the same objects');
  assert.ok(laterRefs.length >= 3 && laterRefs.every((r) => refs.includes(r)), 'the references after the edit are the same objects');
  assert.ok(laterRefs.some((r) => r.kind === 'citation' && r.citation.date), 'a dated citation after the edit is among them');
  assert.ok(laterDefinitions.length === 1 && after.definitions.includes(laterDefinitions[0]), 'the definitions after the edit are the same objects');
});

// An interpretation of a law's application (`关于适用《…》`): whether its bare `第一条第二款` is its own paragraph or the law's
// (model/references.ts `lacksParagraph`) hangs on article 1's paragraphs, which an edit there changes — the reference in
// article 3, a unit the edit does not touch, is read again, as a fresh model reads it.
test('an edit giving an interpretation\'s article the paragraph its bare reference names: the reference read as a fresh model reads it', () => {
  const text = '# 甲院关于适用《中华人民共和国乙法》若干问题的解释\n\n第一条 当事人应当依法起诉。\n\n第二条 人民法院应当审查。\n\n第三条 符合第一条第二款规定情形的，应当受理。\n\n第四条 本解释自公布之日起施行。\n';
  const before = buildTreaty(text);
  const uncertain = (t: Treaty) => referencesOf(t).filter((r) => r.kind === 'article' && r.target.paragraph === 2).map((r) => r.kind === 'article' && r.uncertain === true);
  assert.deepStrictEqual(uncertain(before), [true], 'article 1 has one paragraph: perhaps the law\'s');
  const at = text.indexOf('起诉。') + 3;
  const tree = reparse(before.tree, [{ start: at, end: at, text: '\n当事人也可以申请调解。' }]);
  const after = buildTreaty(tree.text, tree, before);
  assert.deepStrictEqual(derived(after), derived(buildTreaty(tree.text)));
  assert.deepStrictEqual(uncertain(after), [false], 'article 1 now has two: its own');
});

test('the index builds a model whose tree a later version was re-parsed from again, from its own text', () => {
  const at = DOC.indexOf('‸');
  const text = DOC.replace('‸', '');
  const index = new WorkspaceIndex();
  const uri = 'file:///move/a.md';
  const first = index.set(uri, text, 1, 'markdown');
  const model = index.model(first);
  referencesOf(model);
  const second = index.update(uri, text.slice(0, at) + '及时' + text.slice(at), [{ start: at, end: at, text: '及时' }], 2, 'markdown');
  const next = index.model(second);
  assert.equal(isSpent(model.tree), true);
  assert.deepStrictEqual(derived(next), derived(buildTreaty(second.text)));
  // A request still holding the first version (a slow one, answered late) gets that version's model.
  const old = index.model(first);
  assert.notEqual(old, model);
  assert.deepStrictEqual(derived(old), derived(buildTreaty(text)));
});

// Long sequences of edits aimed where the representation changes hands: the first article, the
// last one, an article's number (the numbering changes: a full parse), the middle; each version's
// model re-built from the one before (references read on some versions only), against fresh ones.
const seedTexts = [...seeds().values()].map((s) => s.text);
const realDir = path.join(ROOT, 'test/fixtures/real');
const realTexts = fs.readdirSync(realDir).filter((f) => f.endsWith('.md') && f !== 'README.md').sort().map((f) => fs.readFileSync(path.join(realDir, f), 'utf8'));
const articled = [...seedTexts, ...realTexts].filter((t) => buildTreaty(t).articles.length >= 3);

type Where = 'first' | 'last' | 'middle' | 'number';
const aimed = fc.tuple(fc.constantFrom<Where>('first', 'first', 'last', 'middle', 'middle', 'middle', 'number'), fc.nat({ max: 1_000_000 }), fc.constantFrom(0, 0, 1, 3), fc.constantFrom('', '的', '。', '\n\n', '前款', '如下：第三条 ', '第三条', '《联合国宪章》', '（以下简称“双方”）', '2002年6月7日签署的《上海合作组织宪章》', '“'), fc.boolean());

function aim(model: Treaty, [where, r, del, ins]: [Where, number, number, string, boolean]): Edit {
  const arts = model.articles;
  const a = where === 'first' ? arts[0] : where === 'last' ? arts[arts.length - 1] : arts[Math.floor((r / 1_000_001) * arts.length)];
  if (!a) return { start: 0, end: 0, text: ins };
  if (where === 'number') return { start: a.label.start + 1, end: a.label.start + 2, text: ['一', '二', '九', '十'][r % 4] };
  const body = a.head.end;
  const start = body + Math.floor((r / 1_000_001) * Math.max(0, a.end - body));
  return { start, end: Math.min(a.end, start + del), text: ins };
}

test('property: long sequences of edits at the first, last and middle articles and their numbers give the fresh tree and model every time', () => {
  fc.assert(
    fc.property(fc.constantFrom(...articled), fc.array(aimed, { minLength: 20, maxLength: 40 }), (text, raw) => {
      let model = buildTreaty(text);
      referencesOf(model);
      for (const r of raw) {
        const e = aim(model, r);
        rowsOf(model.tree.lines); // the physical lines of the version before, as a LineMap reads them
        const tree = reparse(model.tree, [e]);
        const fresh = parseTreaty(tree.text);
        assert.deepStrictEqual(tree, fresh);
        assert.deepStrictEqual(rowsOf(tree.lines), rowsOf(fresh.lines));
        model = buildTreaty(tree.text, tree, model);
        if (r[4]) assert.deepStrictEqual(derived(model), derived(buildTreaty(tree.text)));
      }
      assert.deepStrictEqual(derived(model), derived(buildTreaty(model.text)));
    }),
    { numRuns: 40 },
  );
});

test('the only article opening with a paragraph 1. loses it: the document\'s paragraph style changes, the tree is the full parse\'s', () => {
  const doc = '# 公约\n\n## 第一条\n\n各方同意：\n\n1. 双方合作。\n\n2. 双方交流。\n\n## 第二条\n\n⟦1. ⟧双方交换信息。\n\n2. 双方互派专家。\n\n## 第三条\n\n各方同意：\n\n1. 双方合作。\n\n2. 双方交流。\n\n## 第四条\n\n本公约于2002年1月17日在北京签署。\n';
  const start = doc.indexOf('⟦');
  const end = doc.indexOf('⟧') - 1;
  const text = doc.replace('⟦', '').replace('⟧', '');
  for (const [from, edit, to] of [[text, { start, end, text: '' }, text.slice(0, start) + text.slice(end)], [text.slice(0, start) + text.slice(end), { start, end: start, text: '1. ' }, text]] as const) {
    const before = parseTreaty(from);
    const after = reparse(before, [edit]);
    const full = parseTreaty(to);
    assert.deepStrictEqual(after, full);
    assert.notDeepEqual(blocksOf(full.root).map((b) => b.kind), blocksOf(parseTreaty(from).root).map((b) => b.kind), 'the style changes the blocks of the other articles');
  }
});

test('a held tree is not moved: an edit re-parsed from it meanwhile is a full parse; released, it moves again', () => {
  const at = DOC.indexOf('‸');
  const text = DOC.replace('‸', '');
  const edit = { start: at, end: at, text: '及时' };
  const held = parseTreaty(text);
  // A deep copy of its lines' fields (labels and all), as plain data.
  const lines = structuredClone(held.lines);
  const release = hold(held);
  let stats = { ...reparseStats };
  const during = reparse(held, [edit]);
  assert.deepStrictEqual(during, parseTreaty(during.text));
  assert.deepEqual({ local: reparseStats.local - stats.local, full: reparseStats.full - stats.full }, { local: 0, full: 1 });
  assert.equal(isSpent(held), false);
  assert.deepStrictEqual(structuredClone(held.lines), lines, 'the held tree keeps its offsets');
  release();
  release(); // once only
  stats = { ...reparseStats };
  reparse(held, [edit]);
  assert.deepEqual({ local: reparseStats.local - stats.local, full: reparseStats.full - stats.full }, { local: 1, full: 0 });
  assert.equal(isSpent(held), true);
});

test('sliced work on a tree holds it until done, and no longer than its cancel: the keystroke that cancels it is re-parsed in place', async () => {
  const at = DOC.indexOf('‸');
  const text = DOC.replace('‸', '');
  const edit = { start: at, end: at, text: '及时' };
  // Work of many units, a turn of the event loop after each (slices of 0 ms).
  function* work(): Generator<undefined, number> {
    for (let i = 0; i < 1000; i++) yield undefined;
    return 1;
  }
  const tree = parseTreaty(text);
  const source = new CancellationTokenSource();
  const running = slicedOn(tree, work(), source.token, 0);
  await new Promise((r) => setImmediate(r));
  let stats = { ...reparseStats };
  reparse(tree, [edit]);
  assert.deepEqual({ local: reparseStats.local - stats.local, full: reparseStats.full - stats.full }, { local: 0, full: 1 }, 'held while running');
  source.cancel();
  stats = { ...reparseStats };
  const after = reparse(tree, [edit]);
  assert.deepEqual({ local: reparseStats.local - stats.local, full: reparseStats.full - stats.full }, { local: 1, full: 0 }, 'released by the cancel, before the work resumes');
  assert.deepStrictEqual(after, parseTreaty(after.text));
  await assert.rejects(running, (e: { code?: number }) => e.code === LSPErrorCodes.RequestCancelled);
});
