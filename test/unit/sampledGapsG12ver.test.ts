// Word differences of a text written with carriage returns (features/compare.ts, wordDiff): such
// a text is segmented whole (a CR LF pair is one segment), not line by line. This file holds
// only this case on purpose: the word segmenter is made once per process, by the first text
// segmented, and here that is the text with carriage returns (the segmenter made in wholeWords,
// compare.ts:159, a sampled mutant of sample F that no test reached).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wordDiff } from '../../server/src/features/compare';

test('wordDiff: two texts with CR LF, one word between two marks changed — the words before, the one removed, the one added, the rest with its CR LF', () => {
  assert.deepEqual(wordDiff('缔约双方：甲，乙。\r\n', '缔约双方：甲，丙。\r\n'), [
    { kind: 'same', text: '缔约双方：甲，' },
    { kind: 'removed', text: '乙' },
    { kind: 'added', text: '丙' },
    { kind: 'same', text: '。\r\n' },
  ]);
});
