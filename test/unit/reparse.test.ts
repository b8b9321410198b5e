// Incremental reparsing (issue #13): after any sequence of edits the tree `reparse` builds is
// the tree a full parse of the new text gives, field for field; an edit inside an article's
// body reuses the lines and blocks before it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { parseTreaty } from '../../server/src/syntax/parser';
import { Edit, applyEdits, reparse, reparseStats } from '../../server/src/syntax/reparse';
import { Block, SyntaxTree } from '../../server/src/syntax/tree';
import { ROOT, seeds } from '../support/fixture';

/** What a user types, pastes and deletes: running text, line breaks, labels, headings. */
const PIECES = [
  '的', '缔约双方', '。', '，', '：', '；', '\n', '\n\n', '\r\n', '\r', ' ', '　', '**', '第', '条', '第三条', '第十条之一', '第 二 条',
  '一、', '二、', '(一)', '（二）', '1. ', '2.', '## ', '# ', '## 第二章　总则', '第一章', '附件', '另约', '组织', '---', '42',
  '〖BT/标题〗', '<sup>1</sup>', '本协定第五条第二款', '《联合国宪章》', '本协定于2002年1月17日在北京签署，一式两份。', '\ufeff', '\ud800',
];

/** An edit at a random place: mostly typing and deleting inside the text, now and then a larger cut. */
const edit = fc.tuple(fc.nat({ max: 1_000_000 }).map((k) => k / 1_000_000), fc.oneof(fc.constant(0), fc.nat({ max: 3 }), fc.nat({ max: 300 })), fc.oneof(fc.constant(''), fc.constantFrom(...PIECES)));

function toEdit(text: string, [at, del, ins]: [number, number, string]): Edit {
  const start = Math.floor(at * text.length);
  return { start, end: Math.min(text.length, start + del), text: ins };
}

/** Applies the edits one by one (keystrokes) and in one batch (a didChange with several changes); both equal a full parse. */
function check(text: string, raw: [number, number, string][]): void {
  let tree: SyntaxTree = parseTreaty(text);
  const edits: Edit[] = [];
  for (const r of raw) {
    const e = toEdit(tree.text, r);
    edits.push(e);
    tree = reparse(tree, [e]);
    assert.deepStrictEqual(tree, parseTreaty(tree.text));
  }
  const batch = reparse(parseTreaty(text), edits);
  assert.equal(batch.text, applyEdits(text, edits));
  assert.deepStrictEqual(batch, tree);
}

const seedTexts = [...seeds().values()].map((s) => s.text);
const realDir = path.join(ROOT, 'test/fixtures/real');
const realTexts = fs.readdirSync(realDir).filter((f) => f.endsWith('.md') && f !== 'README.md').sort().map((f) => fs.readFileSync(path.join(realDir, f), 'utf8'));

test('property: random edit sequences of the seeds reparse to the full parse', () => {
  fc.assert(fc.property(fc.constantFrom(...seedTexts), fc.array(edit, { minLength: 1, maxLength: 12 }), (text, edits) => check(text, edits)), { numRuns: 300 });
});

test('property: random edit sequences of the real corpus reparse to the full parse', () => {
  fc.assert(fc.property(fc.constantFrom(...realTexts), fc.array(edit, { minLength: 1, maxLength: 6 }), (text, edits) => check(text, edits)), { numRuns: 200 });
});

test('property: the seeds and the real corpus with CRLF line breaks reparse to the full parse', () => {
  const texts = [...seedTexts, ...realTexts.slice(0, 20)].map((t) => t.replace(/\n/g, '\r\n'));
  fc.assert(fc.property(fc.constantFrom(...texts), fc.array(edit, { minLength: 1, maxLength: 6 }), (text, edits) => check(text, edits)), { numRuns: 100 });
});

// Typing inside an article re-parses that article only: the lines before it are the same
// objects, the blocks of the articles before it too, and no full parse runs.
const TYPED: [string, string, string][] = [
  // [document, the text after which is typed, what is typed]
  ['# 合作协定\n\n缔约双方达成协议如下：\n\n## 第一条\n\n双方合作。\n\n## 第二条\n\n双方应当‸交换信息。\n\n## 第三条\n\n本协定于2002年1月17日在北京签署。\n', '双方应当', '及时'],
  ['# 合作协定\n\n## 第一条\n\n双方合作。\n\n## 第二条\n\n双方应当：\n\n（一）交换信息；\n\n（二）‸\n\n## 第三条\n\n本协定自签署之日起生效。\n', '（二）', '互派专家。'],
  ['中华人民共和国引渡法\n\n第一条　为了保障引渡的正常进行，制定本法。\n\n第二条　本法适用于‸引渡。\n\n第三条　本法自公布之日起施行。\n', '本法适用于', '中华人民共和国和外国之间的'],
  ['# 合作协定\n\n## 第一条\n\n双方合作。\n\n## 第二条\n\n双方交换信息。‸\n\n## 第三条\n\n本协定自签署之日起生效。\n', '双方交换信息。', '\n\n双方互派专家。'],
];

for (const [doc, , typed] of TYPED) {
  test(`typing ${JSON.stringify(typed)} in an article body re-parses that article alone`, () => {
    const at = doc.indexOf('‸');
    const text = doc.replace('‸', '');
    const before = parseTreaty(text);
    const stats = { ...reparseStats };
    const after = reparse(before, [{ start: at, end: at, text: typed }]);
    assert.deepStrictEqual(after, parseTreaty(after.text));
    assert.deepEqual({ local: reparseStats.local - stats.local, full: reparseStats.full - stats.full }, { local: 1, full: 0 });
    const reused = before.lines.filter((l) => l.end <= at);
    assert.ok(reused.length > 0 && reused.every((l, i) => after.lines[i] === l), 'the lines before the edit are reused');
    const firstArticle = before.root.children.find((c) => c.type === 'block' && c.kind === 'article');
    assert.ok(firstArticle && after.root.children.includes(firstArticle), 'the first article block is reused');
  });
}

test('an edit of a heading line falls back to a full parse', () => {
  const text = '# 合作协定\n\n## 第一条\n\n双方合作。\n\n## 第二条\n\n双方交换信息。\n\n## 第三条\n\n本协定自签署之日起生效。\n';
  const at = text.indexOf('第二条') + 1;
  const stats = { ...reparseStats };
  const after = reparse(parseTreaty(text), [{ start: at, end: at + 1, text: '四' }]);
  assert.deepStrictEqual(after, parseTreaty(after.text));
  assert.equal(reparseStats.full - stats.full, 1);
});

test('property: most keystrokes in the articles of the real corpus are re-parsed inside their article', () => {
  const stats = { ...reparseStats };
  const articled = realTexts.filter((t) => parseTreaty(t).unitStyle === 'article');
  const keystroke = fc.tuple(fc.nat({ max: 1_000_000 }).map((k) => 0.1 + (0.8 * k) / 1_000_000), fc.constantFrom(0, 1), fc.constantFrom('', '的', '。'));
  fc.assert(fc.property(fc.constantFrom(...articled), fc.array(keystroke, { minLength: 1, maxLength: 6 }), (text, edits) => check(text, edits)), { numRuns: 100, seed: 13 });
  const local = reparseStats.local - stats.local;
  const full = reparseStats.full - stats.full;
  assert.ok(local > full, `${local} local, ${full} full`);
});

// Edits inside an article that change the tree outside it: each must give the full parse's tree.
// [document with ⟦the replaced text⟧, the replacement]
const STRUCTURAL: [string, string, string][] = [
  ['a sub-heading appears before the next article', '# 合作协定\n\n## 第一条\n\n双方合作。\n\n## 第二条\n\n双方交换信息。\n\n组织⟦的要求。⟧\n\n## 第三条\n\n本协定自签署之日起生效。\n\n## 第四条\n\n本协定于2002年1月17日在北京签署。\n', ''],
  ['a glued article heading continues the numbering', '# 合作协定\n\n## 第一条\n\n双方合作。\n\n## 第二条\n\n双方约定如下：⟦⟧\n\n## 第四条\n\n本协定自签署之日起生效。\n\n## 第五条\n\n本协定于2002年1月17日在北京签署。\n', '第三条 双方交换信息。'],
  ['a caption becomes a body', '某某法\n\n第一条　为了合作，制定本法。\n\n第二条　宗旨⟦⟧\n\n本法适用于引渡。\n\n第三条　本法自公布之日起施行。\n\n第四条　本法由国务院解释。\n', '：两国之间的引渡和司法协助事项，依照本法办理。'],
  ['an annex line opens', '# 合作协定\n\n## 第一条\n\n双方合作。\n\n## 第二条\n\n双方交换信息。⟦⟧\n\n## 第一条\n\n附件的条款。\n', '\n\n附件一：信息交换办法'],
  ['a paragraph numbered 1. opens an article', '# 公约\n\n## 第一条\n\n各方同意：\n\n1. 合作；\n\n2. 交流。\n\n## 第二条\n\n⟦1. ⟧双方交换信息。\n\n2. 双方互派专家。\n\n## 第三条\n\n本公约自签署之日起生效。\n\n## 第四条\n\n本公约于2002年1月17日在北京签署。\n', ''],
  ['a law-style head loses its body', '某某法\n\n第一条　为了合作，制定本法。\n\n第二条　⟦本法适用于两国之间的引渡和司法协助事项。⟧\n\n第三条　本法自公布之日起施行。\n\n第四条　本法由国务院解释。\n', '宗旨'],
];

/** The blocks of a tree and what they hold, as text: `article(paragraph(item))`. */
const shape = (b: Block): string => `${b.kind}(${b.children.map((c) => (c.type === 'block' ? shape(c) : '')).filter(Boolean).join(' ')})`;

for (const [name, doc, replacement] of STRUCTURAL) {
  test(`structural edit inside an article: ${name}`, () => {
    const start = doc.indexOf('⟦');
    const end = doc.indexOf('⟧') - 1;
    const text = doc.replace('⟦', '').replace('⟧', '');
    const before = parseTreaty(text);
    const after = reparse(before, [{ start, end, text: replacement }]);
    const full = parseTreaty(text.slice(0, start) + replacement + text.slice(end));
    assert.deepStrictEqual(after, full);
    assert.notEqual(shape(full.root), shape(before.root), 'the edit changes the blocks outside the article');
  });
}
