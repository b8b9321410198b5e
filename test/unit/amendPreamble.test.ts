// Amending the preamble (features/amend.ts preambleClause, consolidate.ts preambleEdits), over the real corpus: one edit
// of a real instrument's preamble — words typed into one of its paragraphs, a paragraph removed, one added after another
// — written as an amending instrument and consolidated into the old text gives the new text back, byte for byte, the
// articles untouched; and the clause names the paragraph the edit touched, in the old numbering.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { compareVersions, preambleOf } from '../../server/src/features/compare';
import { amendmentClauses, amendmentText } from '../../server/src/features/amend';
import { consolidate } from '../../server/src/features/consolidate';
import { buildTreaty } from '../../server/src/model/treaty';
import { formatChinese } from '../../server/src/syntax/numerals';
import { ROOT } from '../support/fixture';

const dir = path.join(ROOT, 'test/fixtures/real');
/** The real instruments with articles and a preamble of two paragraphs or more, each paragraph its own line. */
const TEXTS = fs.readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => ({ name: f, text: fs.readFileSync(path.join(dir, f), 'utf8') })).filter(({ text }) => {
  const t = buildTreaty(text);
  const lines = preambleOf(t) ?? [];
  // (Each paragraph a line of its own: a paragraph run on over several lines is several here, as compare reads it;
  // the paragraphs set apart alike, by white space alone, so that a paragraph added is set apart so too.)
  const gaps = new Set(lines.slice(1).map((l, i) => text.slice(lines[i].end, l.start)));
  return t.articles.length >= 2 && lines.length >= 2 && lines.every((l) => !text.slice(l.start, l.end).includes('\n')) && gaps.size === 1 && ![...gaps][0].trim();
});

type Edit = { kind: 'words' | 'remove' | 'add'; k: number; at: number };
const edit: fc.Arbitrary<Edit> = fc.record({ kind: fc.constantFrom('words', 'remove', 'add'), k: fc.nat(1000), at: fc.nat(1000) });

/** The text after the edit, and the clause it should give (the paragraph's number in the old text); undefined when the edit reads otherwise than as that one change of the preamble. */
function apply(text: string, e: Edit): { after: string; clause: RegExp } | undefined {
  const old = buildTreaty(text);
  const lines = preambleOf(old)!;
  const k = e.k % lines.length;
  const l = lines[k];
  const gap = text.slice(lines[0].end, lines[1].start);
  const nth = `第${formatChinese(k + 1)}段`;
  const words = lines.map((x) => x.text);
  let edited: { after: string; clause: RegExp; words: string[] };
  switch (e.kind) {
    case 'words': {
      // Inside the paragraph's words, not at either end (where it could join a neighbour's words or a label).
      if (l.end - l.start < 3) return undefined;
      const at = l.start + 1 + (e.at % (l.end - l.start - 2));
      words[k] = text.slice(l.start, at) + '友好' + text.slice(at, l.end);
      edited = { after: text.slice(0, at) + '友好' + text.slice(at), clause: new RegExp(`^将[^第]*序言${nth}修改为`), words };
      break;
    }
    case 'remove':
      words.splice(k, 1);
      edited = {
        after: k + 1 < lines.length ? text.slice(0, l.start) + text.slice(lines[k + 1].start) : text.slice(0, lines[k - 1].end) + text.slice(l.end),
        clause: new RegExp(`^删去[^第]*序言${nth}$`),
        words,
      };
      break;
    case 'add':
      words.splice(k + 1, 0, '忆及双方的友好关系，');
      edited = { after: text.slice(0, l.end) + gap + '忆及双方的友好关系，' + text.slice(l.end), clause: new RegExp(`^在[^第]*序言${nth}后增加一段：“忆及双方的友好关系，”$`), words };
  }
  // (A paste of one line whose preamble's first line is a table's `|`: removing a line may change what the rest reads as.)
  const now = buildTreaty(edited.after);
  // (Nor when the edit unmakes the title: words put inside a database's name label, `法友好規名稱：…`, leave the text with no
  // title, read otherwise throughout — no change of the preamble alone.)
  const same = now.articles.length === old.articles.length && now.title?.text === old.title?.text && JSON.stringify(preambleOf(now)?.map((x) => x.text)) === JSON.stringify(edited.words);
  return same ? edited : undefined;
}

test('amending the preamble of real instruments: the clause names the paragraph, and consolidating it gives the new text', () => {
  assert.ok(TEXTS.length >= 20, `${TEXTS.length} real instruments with a preamble`);
  fc.assert(
    fc.property(fc.nat(TEXTS.length - 1), edit, (i, e) => {
      const { name, text } = TEXTS[i];
      const edited = apply(text, e);
      fc.pre(edited !== undefined);
      if (!edited) return;
      const cmp = compareVersions(text, edited.after);
      const { clauses } = amendmentClauses(cmp);
      assert.equal(clauses.length, 1, `${name} ${JSON.stringify(e)}: ${clauses.join(' / ')}`);
      assert.match(clauses[0], edited.clause, name);
      const r = consolidate(text, amendmentText(cmp));
      assert.deepEqual(r.problems, [], name);
      assert.equal(r.text, edited.after, `${name} ${JSON.stringify(e)}`);
    }),
    { numRuns: 300 },
  );
});
