// The numbers a text says (model/quantities.ts `numbersOf`) read again only where a new version of
// it changed: after any sequence of keystrokes, in Russian, English and Chinese texts (the real
// multilingual corpus and a generated parallel pair), the numbers of each version are those a
// reading of its whole text gives, and a keystroke inside an article is read as such (not whole).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { buildTreaty, Treaty } from '../../server/src/model/treaty';
import { numbersOf, numbersStats, numbersWhole } from '../../server/src/model/quantities';
import { reparse } from '../../server/src/syntax/reparse';
import { parallelTreaties } from '../../bench/generate';
import { ROOT } from '../support/fixture';

/** What a drafter types into a parallel text: numbers in digits and words, units, dates, headings, breaks. */
const PIECES = [
  '5', '30', ' 30 (тридцати) дней', ' пяти лет', ' двенадцать месяцев', ' 1996 года', '5 июля 1996 года', 'Статья 7\n\n', '\n\n', '\n', ' ', '.', ',', '(', ')',
  ' five years', ' twelve months', 'Article 9\n\n', ' 2.5 per cent', ' July 5, 1996', '三十日', '五年', '兩年', '第三条', '\n\n第九条\n\n', '2001年7月16日', '百分之五', '十二个月',
];

/** An edit at a random place: typing and deleting, now and then a larger cut. */
const edit = fc.tuple(fc.nat({ max: 1_000_000 }).map((k) => k / 1_000_000), fc.oneof(fc.constant(0), fc.nat({ max: 3 }), fc.nat({ max: 200 })), fc.oneof(fc.constant(''), fc.constantFrom(...PIECES)));

/** Each version built from the one before, as the index builds a document's models (Chinese texts re-parsed in place). */
function next(model: Treaty, at: number, del: number, ins: string): Treaty {
  const text = model.text;
  const start = Math.floor(at * text.length);
  const e = { start, end: Math.min(text.length, start + del), text: ins };
  const tree = reparse(model.tree, [e]);
  return buildTreaty(tree.text, tree, model);
}

const fresh = (t: Treaty) => numbersWhole(t, t.language);
const plain = (n: ReturnType<typeof numbersWhole>) => JSON.parse(JSON.stringify(n));

const DIR = path.join(ROOT, 'test/fixtures/multilingual');
const REAL = fs.readdirSync(DIR).filter((f) => f.endsWith('.md') && f !== 'README.md').sort().map((f) => fs.readFileSync(path.join(DIR, f), 'utf8'));
const { zh: GEN_ZH, ru: GEN_RU } = parallelTreaties(48 * 1024);

test('property: after random keystrokes, every version\'s numbers are those of its whole text (real texts, a generated pair)', () => {
  fc.assert(fc.property(fc.constantFrom(...REAL, GEN_ZH, GEN_RU), fc.array(edit, { minLength: 1, maxLength: 10 }), fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }), (text, edits, read) => {
    let m = buildTreaty(text);
    assert.deepEqual(plain(numbersOf(m, m.language)), plain(fresh(m)));
    edits.forEach(([at, del, ins], k) => {
      m = next(m, at, del, ins);
      // Some versions are never read (the checks ran on a later one): the next is read from the last one read.
      if (read[k] || k === edits.length - 1) assert.deepEqual(plain(numbersOf(m, m.language)), plain(fresh(m)));
    });
  }), { numRuns: 200 });
});

test('a keystroke inside an article of a long Russian text reads that article again, not the text', () => {
  let m = buildTreaty(GEN_RU);
  numbersOf(m, m.language);
  const at = m.text.indexOf('Статья 40');
  assert.ok(at > 0);
  for (const ins of ['3', '0', ' дней', ' 5 июля 1996 года']) {
    const before = { ...numbersStats };
    const body = m.text.indexOf('\n\n', m.text.indexOf('Статья 40')) + 2;
    m = next(m, body / m.text.length, 0, ins);
    const n = numbersOf(m, m.language);
    assert.deepEqual({ partial: numbersStats.partial - before.partial, whole: numbersStats.whole - before.whole }, { partial: 1, whole: 0 });
    assert.deepEqual(plain(n), plain(fresh(m)));
  }
  void at;
});

test('a document whose numbers are never read keeps no earlier version for them, and is read whole when first read', () => {
  let m = buildTreaty(GEN_RU);
  for (let k = 0; k < 3; k++) m = next(m, 0.5, 0, '5');
  const before = { ...numbersStats };
  assert.deepEqual(plain(numbersOf(m, m.language)), plain(fresh(m)));
  assert.deepEqual({ partial: numbersStats.partial - before.partial, whole: numbersStats.whole - before.whole }, { partial: 0, whole: 1 });
});
