// What the README says of the real corpus is the corpus: the number of instruments in test/fixtures/real/ and how many
// of each kind its table records (test/fixtures/real/README.md, the column `kind`, read from each title by whoever added
// the text). A text added without its count in the README, or a count written by hand and gone stale, turns this red.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from '../support/fixture';

const REAL = path.join(ROOT, 'test', 'fixtures', 'real');

/** The families the README counts, in its order, each with the kinds the table records for it (before any `(…)` note). */
const FAMILIES: readonly [string, readonly string[]][] = [
  ['agreements — 协定, 协议 and their supplements —', ['协定', '协议', '协议书', '补充协定', '补充协议']],
  ['treaties', ['条约']],
  ['conventions', ['公约']],
  ['protocols', ['议定书', '最终议定书']],
  ['laws', ['法']],
  ['exchanges of notes', ['换文']],
  ['regulations', ['条例', '条例草案']],
  ['declarations', ['宣言']],
  ['resolutions', ['决议']],
  ['arrangements', ['安排']],
  ['memoranda', ['谅解备忘录', '备忘录']],
  ['joint statements, communiqués and statements', ['联合声明', '联合公报', '联合新闻公报', '公报', '声明']],
  ['charters', ['宪章']],
];

/** The table's rows: each fixture's file name and the kind recorded for it. */
function tableRows(): { file: string; kind: string }[] {
  const rows: { file: string; kind: string }[] = [];
  for (const line of fs.readFileSync(path.join(REAL, 'README.md'), 'utf8').split('\n')) {
    const m = /^\| `([^`]+\.md)` \| ([^|]+?) \|/.exec(line);
    if (m) rows.push({ file: m[1], kind: m[2] });
  }
  return rows;
}

/** The README's paragraphs as one line each (its prose is wrapped anywhere). */
function readmeProse(): string {
  return fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8').replace(/\s*\n\s*/g, ' ');
}

test('README: the real corpus counted — every text in test/fixtures/real/ has a row in its table, and the README says how many', () => {
  const files = fs.readdirSync(REAL).filter((f) => f.endsWith('.md') && f !== 'README.md').sort();
  const rows = tableRows();
  assert.deepEqual(rows.map((r) => r.file).sort(), files, 'the table of test/fixtures/real/README.md lists each text once');
  const expected = `Tested on ${files.length} real instruments kept as found`;
  assert.ok(readmeProse().includes(expected), `README.md should say: ${expected}`);
  // The corpus's own README counts its documents too (its section Counts), by hand: held to the table here.
  const counted = /^(\d+) documents\. By kind/m.exec(fs.readFileSync(path.join(REAL, 'README.md'), 'utf8'));
  assert.equal(counted?.[1], String(files.length), 'test/fixtures/real/README.md, Counts: the number of documents');
});

test('README: the real corpus by kind — the counts it gives are the table\'s', () => {
  const counts = new Map<string, number>();
  for (const { kind } of tableRows()) {
    const base = kind.replace(/\s*[（(].*$/, '');
    const family = FAMILIES.find(([, kinds]) => kinds.includes(base))?.[0] ?? 'other';
    counts.set(family, (counts.get(family) ?? 0) + 1);
  }
  const said = FAMILIES.map(([name]) => `${counts.get(name) ?? 0} ${name}`).join(', ');
  const expected = `by the kind its table records: ${said}, and ${counts.get('other') ?? 0} of other kinds`;
  assert.ok(readmeProse().includes(expected), `README.md should say: ${expected}`);
});
