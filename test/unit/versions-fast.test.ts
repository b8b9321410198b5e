// The fast comparison (issue #16, compare-speed) gives what the full one gave: units built
// once per model, identical articles matched by their text, bigrams as sorted codes with the
// pairs their sizes rule out left uncompared, words segmented line by line with the lines both
// versions open with left out. The oracle is the full path as it was (test/support/compareOracle.ts);
// the property runs random edits of real laws (test/fixtures/real, test/fixtures/amendments).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { Comparison, Unit, compareModels, segmentWords, similarity, unitsOf, wordDiff } from '../../server/src/features/compare';
import { amendmentText } from '../../server/src/features/amend';
import { Treaty, buildTreaty } from '../../server/src/model/treaty';
import { formatChinese } from '../../server/src/syntax/numerals';
import * as oracle from '../support/compareOracle';
import { ROOT } from '../support/fixture';

const read = (dir: string) =>
  fs.readdirSync(path.join(ROOT, dir)).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => ({ name: `${dir}/${f}`, text: fs.readFileSync(path.join(ROOT, dir, f), 'utf8') }));
const REAL = [...read('test/fixtures/real'), ...read('test/fixtures/amendments')];
/** The real texts with at least a few articles: the laws, the amended texts, the treaties. */
const LAWS = REAL.filter((f) => buildTreaty(f.text).articles.length >= 4);

test('the real texts: segmented line by line, the words of the whole text', () => {
  for (const f of REAL) assert.deepEqual(segmentWords(f.text), oracle.segmentWords(f.text), f.name);
});

test('the real texts: the units of each article, as the full path reads them', () => {
  const strip = (us: Unit[]) => us.map((u) => ({ ...u, article: undefined }));
  for (const f of REAL) {
    const model = buildTreaty(f.text);
    assert.deepEqual(strip(unitsOf(model)), strip(oracle.unitsOf(model)), f.name);
  }
});

/** A comparison as plain data: which units (by offset), how each changed, the words. */
function form(cmp: Comparison) {
  const unit = (u: Unit | undefined) => (u ? `${u.name}@${u.start}` : undefined);
  return cmp.changes.map((c) => ({
    type: c.type,
    old: c.type === 'added' ? undefined : unit(c.old),
    new: c.type === 'deleted' ? undefined : unit(c.new),
    renumbered: 'renumbered' in c ? c.renumbered : undefined,
    moved: 'moved' in c ? c.moved : undefined,
    words: c.type === 'modified' ? c.words : undefined,
    splitFrom: c.type === 'added' ? unit(c.splitFrom) : undefined,
    mergedInto: c.type === 'deleted' ? unit(c.mergedInto) : undefined,
  }));
}

type Edit = { kind: 'words' | 'cut' | 'delete' | 'move' | 'copy' | 'split' | 'merge'; a: number; b: number; c: number; words: string };

const WORDS = ['并且依法', '不得', '，', '应当', '国务院有关部门', '（一）', '\n\n', '。\n\n本条所称“主管部门”，是指国务院主管部门。'];

const fraction = fc.noBias(fc.integer({ min: 0, max: 9999 })).map((n) => n / 10000);

const edit: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom('words', 'words', 'words', 'cut', 'delete', 'move', 'copy', 'split', 'merge'),
  a: fraction,
  b: fraction,
  c: fraction,
  words: fc.constantFrom(...WORDS),
});

/** One edit of a text, by its articles: words inserted or cut inside one, an article deleted, moved, copied, split or merged with the next. */
function apply(text: string, e: Edit): string {
  const arts = buildTreaty(text).articles;
  if (!arts.length) return text;
  const a = arts[Math.floor(e.a * arts.length)];
  const other = arts[Math.floor(e.b * arts.length)];
  const bodyStart = a.label.end + 1;
  const at = Math.min(a.end, bodyStart + Math.floor(e.c * Math.max(0, a.end - bodyStart)));
  const piece = text.slice(a.start, a.end);
  switch (e.kind) {
    case 'words':
      return text.slice(0, at) + e.words + text.slice(at);
    case 'cut':
      return text.slice(0, at) + text.slice(Math.min(a.end, at + 1 + Math.floor(e.b * 6)));
    case 'delete':
      return text.slice(0, a.start) + text.slice(a.end);
    case 'move': {
      if (other === a) return text;
      const rest = text.slice(0, a.start) + text.slice(a.end);
      const to = other.start < a.start ? other.start : other.start - piece.length;
      return rest.slice(0, to) + piece + rest.slice(to);
    }
    case 'copy':
      return text.slice(0, other.start) + piece + text.slice(other.start);
    case 'split': {
      // A new article from the rest of this one, under a label written as this one's is.
      const label = text.slice(a.start, a.label.end + 1);
      return text.slice(0, at) + `\n\n${label}` + text.slice(at);
    }
    case 'merge': {
      const next = arts[arts.indexOf(a) + 1];
      return next ? text.slice(0, next.start) + text.slice(next.label.end + 1) : text;
    }
  }
}

/** Every article numbered again in order, as a consolidated text is. */
function renumber(text: string): string {
  let n = 0;
  return text.replace(/^(#{1,6}[ \t]*)?第[一二三四五六七八九十百千零〇]+条(?=[\s\u3000])/gm, (_m, hashes: string | undefined) => `${hashes ?? ''}第${formatChinese(++n)}条`);
}

function sameComparison(oldModel: Treaty, newModel: Treaty, what: string): void {
  const fast = compareModels(oldModel, newModel);
  // (The preamble is compared on one path only, not the units': the full comparison is given the fast one's.)
  const full = { ...oracle.compareModels(oldModel, newModel), ...(fast.preamble ? { preamble: fast.preamble } : {}) };
  assert.deepEqual(form(fast), form(full), what);
  assert.equal(amendmentText(fast), amendmentText(full), what);
}

test('random edits of real laws: the fast comparison is the full one', () => {
  fc.assert(
    fc.property(fc.nat(LAWS.length - 1), fc.array(edit, { minLength: 1, maxLength: 6 }), fc.boolean(), (k, edits, again) => {
      const before = LAWS[k].text;
      let after = edits.reduce(apply, before);
      if (again) after = renumber(after);
      sameComparison(buildTreaty(before), buildTreaty(after), `${LAWS[k].name}: ${JSON.stringify(edits)} ${again ? 'renumbered' : ''}`);
    }),
    { numRuns: 300 },
  );
});

test('the real pairs of versions: the fast comparison is the full one, both ways', () => {
  const dir = path.join(ROOT, 'test/fixtures/amendments');
  const pairs = [['renshen-2020.md', 'renshen-2022.md'], ['shangshi-2018.md', 'shangshi-2023.md']];
  for (const [x, y] of pairs) {
    const a = buildTreaty(fs.readFileSync(path.join(dir, x), 'utf8'));
    const b = buildTreaty(fs.readFileSync(path.join(dir, y), 'utf8'));
    sameComparison(a, b, `${x} → ${y}`);
    sameComparison(b, a, `${y} → ${x}`);
  }
});

/** Lines of Chinese legal text, some the same in both versions. */
const line = fc.constantFrom('', '第一条', '国务院有关部门应当依法履行职责。', '（一）未按规定登记的；', '本法自公布之日起施行。', '应当', '　', '不得', 'A 1.');
const lines = fc.array(line, { maxLength: 6 });

test('word differences of random texts: as segmenting the whole texts gives', () => {
  fc.assert(
    fc.property(lines, lines, lines, (common, x, y) => {
      const a = [...common, ...x].join('\n');
      const b = [...common, ...y].join('\n');
      assert.deepEqual(wordDiff(a, b), oracle.wordDiff(a, b));
      assert.deepEqual(wordDiff(b, a), oracle.wordDiff(b, a));
    }),
    { numRuns: 500 },
  );
});

test('similarity of random texts: the same number as over bigram maps', () => {
  const text = fc.array(fc.constantFrom('国', '务', '院', '，', '。', '应', '当', ' ', '法', '𠀀'), { maxLength: 12 }).map((cs) => cs.join(''));
  fc.assert(
    fc.property(text, text, (a, b) => {
      assert.equal(similarity(a, b), oracle.similarity(a, b));
    }),
    { numRuns: 500 },
  );
});
