// Memoranda and framework agreements the corpus had few of, read for the first time (test/fixtures/real: the last page
// of the 2005 Australia–China memorandum on a leadership programme, the Guangdong–Macao and the Greater Bay Area
// framework agreements): each rule they needed, with a fixture string and what a careful reader reads in it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTreaty } from '../../server/src/model/treaty';

test('memoranda: languages abbreviated together (`中英文`, `中英文字两种文本`) are each a language, with or without a verb of writing', () => {
  const signed = (clause: string) => buildTreaty(`测试协定\n\n第一条 双方合作。\n\n第二条 本协定自签字之日起生效。\n\n${clause}\n`).signing?.languages;
  assert.deepEqual(signed('本协定于2005年3月15日在北京签订，一式两份，每份均用中英文写成，两种文本同等作准。'), ['中文', '英文']);
  assert.deepEqual(signed('本协定于2005年3月15日在北京签订，中俄文字两种文本，一式两份。'), ['中文', '俄文']);
  // A language's name whose characters are not each a language's stays whole (`西班牙文`, `越南文`).
  assert.deepEqual(signed('本协定于2005年3月15日在北京签订，一式两份，用西班牙文和越南文写成。'), ['西班牙文', '越南文']);
});
