// Alignment after one text alone was renumbered (features/align.ts shiftOf): on real pairs of
// test/fixtures/multilingual, a Chinese article is deleted and the articles after it numbered again
// (their headings only, as a drafter's renumbering does), the other text left as it is. Pairing by number
// would put the new 第一条 against Article 1 — the deleted article's counterpart — and every article after
// the edit against the one before its own. What a drafter wants: each Chinese article against the article
// that says what it says (paired by 'content', one off its number), the deleted article's counterpart
// unpaired (align.article-count names it), the articles before the edit by number as before. The
// expected pairing is the one the two texts had before the edit, read through the deletion.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { buildTreaty } from '../../server/src/model/treaty';
import { align } from '../../server/src/features/align';
import { formatChinese } from '../../server/src/syntax/numerals';
import { ROOT } from '../support/fixture';

const DIR = path.join(ROOT, 'test/fixtures/multilingual');

/** The Chinese text with its article at index `k` deleted and each article after it numbered one less (its heading's label). */
function deleteAndRenumber(text: string, k: number): string {
  const arts = buildTreaty(text).articles;
  const edits: Array<[number, number, string]> = [[arts[k].start, arts[k].end, '']];
  for (const a of arts.slice(k + 1)) {
    const label = a.head.label!;
    const written = text.slice(label.start, label.end);
    const m = /^第(.+?)([條条])/.exec(written)!;
    edits.push([label.start, label.end, `第${formatChinese(a.num! - 1)}${m[2]}${written.slice(m[0].length)}`]);
  }
  let out = text;
  for (const [s, e, w] of edits.sort((x, y) => y[0] - x[0])) out = out.slice(0, s) + w + out.slice(e);
  return out;
}

// [pair, the other text's language, the Chinese article deleted (0-based)]
const CASES: Array<[string, string, number]> = [
  ['udhr_1948_art1-25', 'en', 0],
  ['udhr_1948_art1-25', 'en', 12],
  ['historic_gardens_florence_1982', 'en', 0],
  ['historic_gardens_florence_1982', 'en', 12],
  ['unesco_cultural_property_1970_art1-8', 'en', 0],
  ['unesco_cultural_property_1970_art1-8', 'en', 4],
  ['unesco_cultural_property_1970_art9-26', 'en', 0],
  ['unesco_cultural_property_1970_art9-26', 'en', 9],
  ['un_charter_ch1-3', 'en', 0],
  ['un_charter_ch1-3', 'en', 4],
  ['world_heritage_1972', 'en', 0],
  ['cis_belovezha_1991', 'ru', 0],
];

for (const [pair, lang, k] of CASES) {
  test(`alignment after the Chinese text alone was renumbered: ${pair} (${lang}), article ${k + 1} deleted`, () => {
    const zh = fs.readFileSync(path.join(DIR, `${pair}.zh.md`), 'utf8');
    const other = buildTreaty(fs.readFileSync(path.join(DIR, `${pair}.${lang}.md`), 'utf8'));
    const before = buildTreaty(zh);
    // Unedited, the texts pair article by article, by number.
    const was = align(before, other).articles;
    assert.ok(was.every((p) => p.a && p.b && p.by === 'number'), 'the unedited texts pair by number');
    const partner = new Map(was.map((p) => [before.articles.indexOf(p.a!), p.b!]));
    const edited = buildTreaty(deleteAndRenumber(zh, k));
    assert.equal(edited.articles.length, before.articles.length - 1);
    const pairs = align(edited, other).articles;
    // Each edited article is its old self: before the edit by number, from it on by content, with the old partner.
    const got = edited.articles.map((a) => {
      const p = pairs.find((x) => x.a === a)!;
      return [a.name, p.b?.name, p.by];
    });
    const expected = edited.articles.map((a, i) => {
      const old = i < k ? i : i + 1;
      return [a.name, partner.get(old)!.name, i < k ? 'number' : 'content'];
    });
    assert.deepEqual(got, expected);
    // The deleted article's counterpart is paired with nothing.
    const left = pairs.filter((p) => !p.a).map((p) => p.b!.name);
    assert.deepEqual(left, [partner.get(k)!.name]);
  });
}

test('alignment: one unit deleted at the end of one text, no renumbering — the numbers agree with the content, pairs by number', () => {
  const zh = fs.readFileSync(path.join(DIR, 'udhr_1948_art1-25.zh.md'), 'utf8');
  const before = buildTreaty(zh);
  const last = before.articles[before.articles.length - 1];
  const edited = buildTreaty(zh.slice(0, last.start) + zh.slice(last.end));
  const pairs = align(edited, buildTreaty(fs.readFileSync(path.join(DIR, 'udhr_1948_art1-25.en.md'), 'utf8'))).articles;
  assert.ok(pairs.filter((p) => p.a).every((p) => p.by === 'number' && p.b), 'every Chinese article by number');
  assert.deepEqual(pairs.filter((p) => !p.a).map((p) => p.b!.name), ['Article 25']);
});
