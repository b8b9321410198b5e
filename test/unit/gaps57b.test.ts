// Real-text gaps the session-57 helpers left (docs/variants.md, "Read in session 57 (s57gaps)"), read by general rules: each
// shown on fixture strings of representative words with what a careful reader reads in them. Expected readings written by reading.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textContext } from '../../server/src/features/context';
import { definition } from '../../server/src/features/definition';
import { SELF_WORDS } from '../../server/src/syntax/words';

// 1. A convention on one matter (專約, the Republic of China's word: `中華民國與西班牙國間文化專約`, 1957) calls itself 本專約: its
// `本專約第三條` is its own article 3, as a 公约's 本公约第三条 is.
const CONVENTION = '# 甲國與乙國間文化專約\n\n甲國政府與乙國政府爰決定締結一項文化專約,議定條款如左:\n\n第一條 締約雙方密切合作。\n\n第二條 締約雙方交換學生。\n\n第三條 締約雙方創設講座。\n\n第四條 依本專約第三條創設之講座,由雙方專家主持之。\n';

test('gaps 57b: 本專約第三條 is the convention\'s own article 3 (专约 a self-word, in either script)', () => {
  assert.ok(SELF_WORDS.includes('专约'));
  const ctx = textContext(CONVENTION);
  assert.equal(ctx.treaty.kind, '专约');
  const at = CONVENTION.indexOf('本專約第三條') + '本專約第三條'.length - 1;
  // The line of `第三條 締約雙方創設講座。`: line 8 (0-based).
  assert.deepEqual(definition(ctx, at).map((l) => l.targetSelectionRange.start.line), [8]);
  const simplified = CONVENTION.replace('本專約第三條', '本专约第三条');
  const at2 = simplified.indexOf('本专约第三条') + '本专约第三条'.length - 1;
  assert.deepEqual(definition(textContext(simplified), at2).map((l) => l.targetSelectionRange.start.line), [8]);
});
