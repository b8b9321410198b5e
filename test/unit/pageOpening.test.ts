// A page that opens mid-instrument (a book's page, a gazette's): its first article's label glued to the text
// (`第七条在其境内…`), the next article's heading a line of its own further on (`第八条`). As data: the text and the
// articles read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTreaty } from '../../server/src/model/treaty';

const CASES: [string, string, string[]][] = [
  [
    'the page opens in article 6, article 7 glued (the 1970 Hague convention on a book site)',
    '四、当一国根据本条规定将某人拘留时，它应将拘留该人的情况立即通知有关国家。\n\n第七条在其境内发现被指称的罪犯的缔约国，如不将此人引渡，应将此案件提交其主管当局以便起诉。\n\n第八条\n\n一、前述罪行应看做是一种可引渡的罪行。\n\n二、引渡应遵照被要求国法律规定的其他条件。\n',
    ['第七条', '第八条'],
  ],
  [
    'a sentence opening with an article number, no heading after it that continues it, stays text',
    '四、当一国根据本条规定将某人拘留时，它应通知有关国家。\n\n第七条在其境内适用时，缔约国应通知对方。\n\n第十二条\n\n一、本公约须经批准。\n',
    ['第十二条'],
  ],
  [
    'its own 之一 after it continues it too (an article inserted by an amendment, 第七条之一)',
    '四、当一国根据本条规定将某人拘留时，它应通知有关国家。\n\n第七条在其境内发现被指称的罪犯的缔约国，应将此案件提交其主管当局。\n\n第七条之一\n\n缔约国应当合作。\n\n第八条\n\n一、前述罪行应看做是一种可引渡的罪行。\n',
    ['第七条', '第七条之一', '第八条'],
  ],
];

for (const [name, text, want] of CASES) {
  test(`page opening: ${name}`, () => {
    assert.deepEqual(buildTreaty(text).articles.map((a) => a.name), want);
  });
}
