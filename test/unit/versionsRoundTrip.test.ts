// Issue #16 on every real text: each instrument of test/fixtures/real, unseen and pasted gets new
// versions made by realistic edits at the text level (test/support/amendEdits.ts: reword a
// paragraph, change a date, add an item, add an article at the end or as 第N条之一, insert one in
// the middle or delete one with the later articles renumbered and the references to them
// rewritten). For each version:
//   - the comparison lists exactly the changes the edit made, by article, with old and new numbers;
//   - the amending instrument generated from old → new (议定书 and 修改决定), consolidated into the
//     old text, gives the new text, with no problem reported: equal up to white space. An amending
//     clause quotes paragraphs, not how their lines are laid out: a paragraph it writes anew is one
//     line (the new text's hard wraps inside it are not in the clause), and a new article is laid
//     out as the base lays out its articles (blank lines, indentation), whatever the new text chose.
//     Units named 一、 (joint statements) or 第…款 are compared but not amended (README, "Versions and
//     amendments"): for them the comparison alone is checked.
// The seed is printed on failure; ROUNDTRIP_SEEDS=n runs n seeds per file and kind (default 1;
// scripts/versions-roundtrip.mjs runs many).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { compareVersions } from '../../server/src/features/compare';
import { amendmentText } from '../../server/src/features/amend';
import { consolidate } from '../../server/src/features/consolidate';
import { buildTreaty } from '../../server/src/model/treaty';
import { EDIT_KINDS, Version, deriveVersion } from '../support/amendEdits';
import { changes } from '../support/versions';
import { ROOT } from '../support/fixture';

const SEEDS = Number(process.env.ROUNDTRIP_SEEDS ?? 1);
const BASE_SEED = Number(process.env.ROUNDTRIP_SEED ?? 1);

function files(): string[] {
  const out: string[] = [];
  for (const dir of ['real', 'unseen', 'pasted']) {
    const d = path.join(ROOT, 'test/fixtures', dir);
    for (const f of fs.readdirSync(d).sort()) if (f.endsWith('.md') && f !== 'README.md') out.push(path.join(d, f));
  }
  return out;
}

/**
 * The text without white space and without page furniture (the normalisation stated above), cut in
 * lines for a readable difference. Page furniture — a PDF paste's page numbers and running headers,
 * which the parser reads as page breaks (README: "Page furniture of a PDF paste is a page break") —
 * is no words of the treaty: a clause quoting a paragraph anew does not quote the page it was printed on.
 */
function words(s: string): string[] {
  const t = buildTreaty(s);
  const out: string[] = [];
  for (const l of t.tree.lines) if (l.kind !== 'break') out.push(s.slice(l.start, l.end).replace(/[\s\u3000]+/g, ''));
  return out.filter((l) => l);
}

export function checkVersion(old: string, v: Version): void {
  const cmp = compareVersions(old, v.text);
  const listed = changes(old, v.text).filter((d) => !/^=[^→]*$/.test(d));
  assert.deepEqual(listed, v.expected, 'the comparison lists the changes made');
  if (!cmp.oldUnits.every((u) => /条(?:之.+)?$/.test(u.name))) return;
  for (const kind of ['protocol', 'decision'] as const) {
    const amendment = amendmentText(cmp, { kind });
    const result = consolidate(old, amendment);
    assert.deepEqual(result.problems, [], `${kind}: no problem\n${amendment}`);
    assert.deepEqual(words(result.text).join(''), words(v.text).join(''), `${kind}: consolidated gives the new version\n${amendment}`);
  }
}

/** Round trips failing on today's code (run as `todo`): file → what is wrong. */
const KNOWN: Record<string, string> = {
  // 第十七条 deleted, the rest renumbered with their references: 第二十条…第二十三条 are four offences
  // written alike, and the comparison pairs old 第二十三条 with new 第二十条 (moved) instead of new 第二十二条;
  // the moves then leave the section headings (### 第二节 …) out of the consolidated text.
  'test/fixtures/real/law_hk_national_security.md': 'compare: articles written alike matched across a renumbering as moved',
  // A paragraph written **乙、…** in bold loses its ** when another paragraph of its article is changed:
  // the article is written again from its units' words, which hold no markup.
  'test/fixtures/real/treaty_san_francisco_excerpt_hant.md': 'consolidate: an untouched paragraph of a changed article loses its bold markup',
};

for (const file of files()) {
  const name = path.relative(ROOT, file);
  test(`versions round trip: ${name}`, { todo: KNOWN[name] }, () => {
    const old = fs.readFileSync(file, 'utf8');
    const treaty = buildTreaty(old);
    for (let s = 0; s < SEEDS; s++) {
      for (const kind of EDIT_KINDS) {
        const seed = BASE_SEED + s;
        const v = deriveVersion(old, kind, seed, treaty);
        if (!v) continue;
        try {
          checkVersion(old, v);
        } catch (e) {
          (e as Error).message = `${kind} seed ${seed} (${v.edit}): ${(e as Error).message}`;
          throw e;
        }
      }
    }
  });
}
