// Cases for survivors of sample H (seed 8, 300 mutants of model + features; docs/mutation.md,
// “Runs of branch h12featb”) that were gaps: each names the place it guards. Whole results as
// data, written by reading the texts (the cases of termQuotes, signing and the summaries went into
// termQuotesBite, signingBite and treatyModelBite beside their kind).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTreaty } from '../../server/src/model/treaty';
import { pickLanguage } from '../../server/src/features/messages';

// features/messages.ts:227: the Chinese of a snippet name `English (中文)` may open with a mark that
// is not a Chinese character (a quotation mark, a digit): it is still the Chinese half.
test('pickLanguage: the Chinese in brackets may start with a quotation mark or a digit', () => {
  assert.deepEqual(
    ['zh-cn', 'en'].map((l) => pickLanguage('Defined term by meaning (“……”是指)', l as 'zh-cn' | 'en')),
    ['“……”是指', 'Defined term by meaning'],
  );
  assert.equal(pickLanguage('Signing date (2024年签订)', 'zh-cn'), '2024年签订');
});

// model/definitions.ts:118 (isRead): a running header repeating the title between pages (a page
// break to the parser) is not read again for definitions: the title's （以下简称“委员会”） is one
// definition, not one per page.
test('definitions: a running header repeating the title defines nothing again', () => {
  const title = '中华人民共和国和甲国关于设立边境委员会（以下简称“委员会”）的协定';
  const text = `${title}\n\n中华人民共和国和甲国，达成协议如下：\n\n第一条　委员会由双方代表组成。\n\n- 1 -\n\n${title}\n\n第二条　委员会每年举行会议。\n\n- 2 -\n\n${title}\n\n第三条　本协定自签字之日起生效。\n`;
  const t = buildTreaty(text);
  assert.deepEqual(t.definitions.map((d) => [d.term, text.slice(d.start, d.end)]), [['委员会', '委员会']]);
  assert.deepEqual(t.definitions.map((d) => d.start), [title.indexOf('“委员会”') + 1]);
});
