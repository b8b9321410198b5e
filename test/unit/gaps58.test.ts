// Real-text gaps sessions 55–57 left (docs/variants.md, "Read in session 57"; test/fixtures/real known-failures.json), read by
// rules in session 58 (s58features). Each rule is about how Chinese treaty and law text is written or copied, shown on
// fixture strings of representative words with what a careful reader reads in them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTreaty } from '../../server/src/model/treaty';
import { layoutOf } from '../../server/src/features/export/layout';
import { unitLines, unitsOf } from '../../server/src/features/compare';

/** Each article's name and its paragraphs, each as its number (or `-`) and how many items it holds. */
function paragraphsOf(source: string): string[] {
  return buildTreaty(source).articles.map((a) => `${a.name} ${a.paragraphs.map((p) => `${p.num ?? '-'}/${p.items.length}`).join(' ')}`);
}

// 1. An article divided into lettered sections over paragraphs numbered through the whole agreement (the Korean armistice, test/
// fixtures/real/agreement_kr_armistice_1953_qa_excerpt.md: 第二条 `甲、通则` / `十二、…` … `乙、军事停战委员会` / `(一)组成` / `十九、…`):
// a section's caption (a stem letter, a few words, no sentence) and its sub-section's (a bracketed numeral) head what follows them;
// they are the article's own lines, no paragraph of it, nor an item of one. A stem-lettered list under a lead and a bracketed list
// with no punctuation are lists, as before.
const ARMISTICE = '甲国和乙国停战协定\n\n第二条 停火\n甲、通则\n十二、双方停止一切敌对行为。\n十三、本协定适用于地面部队。\n乙、军事停战委员会\n(一)组成\n十四、成立军事停战委员会。\n\n（二）责任与权力\n\n十五、委员会监督本协定的实施。\n第三条 其他\n一、缔约双方指定下列机关:\n甲、外交部\n乙、司法部\n二、本协定自签字之日起生效。\n三、双方合作的领域包括:\n(一)设备\n(二)材料\n四、双方协商解决争议。\n';

test('gaps 58: an article\'s lettered sections (甲、通则, its sub-section (一)组成) are captions between its numbered paragraphs, not paragraphs', () => {
  assert.deepEqual(paragraphsOf(ARMISTICE), ['第二条 12/0 13/0 14/0 15/0', '第三条 1/0 2/0 3/2 4/0']);
  // The captions are printed, each on its own line, where they stand (no words lost, none run into a paragraph).
  const pieces = layoutOf(buildTreaty(ARMISTICE)).pieces.map((p) => p.text);
  for (const caption of ['甲、通则', '乙、军事停战委员会', '(一)组成', '（二）责任与权力']) assert.ok(pieces.includes(caption), caption);
  // Compared as the article's words (a version that renames a section changes the article): the first caption its lead, the others
  // each over the paragraph it heads.
  assert.deepEqual(unitLines(unitsOf(buildTreaty(ARMISTICE))[0]), ['甲、通则', '十二、双方停止一切敌对行为。', '十三、本协定适用于地面部队。', '乙、军事停战委员会\n(一)组成\n十四、成立军事停战委员会。', '（二）责任与权力\n十五、委员会监督本协定的实施。']);
  // Under a bare label, its caption on the next line: the section's caption after it is one still.
  assert.deepEqual(paragraphsOf('甲国和乙国停战协定\n\n第二条\n停火与停战的具体安排\n甲、通则\n十二、双方停止一切敌对行为。\n十三、本协定适用于地面部队。\n'), ['第二条 12/0 13/0']);
});
