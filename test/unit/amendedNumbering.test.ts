// A supplementary protocol amending an earlier agreement names that agreement's articles in ways the reader took
// for its own (the 1983 China–Peru protocol to the 1972 trade agreement): `该贸易协定增加一条款,列为第七条` and
// `将其改列为第八条` (the number an article takes in the amended agreement), `…签订的贸易协定中第七条` (the
// agreement's name, then 中, then the article). Before, each was read as this four-article protocol's article and
// reported as none (ref.no-such-article, three errors on a correct signed text). Now the words before say whose
// article it is; the protocol's own articles, named as such, are still checked. Expected readings written from the texts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diagnostics } from '../../server/src/features/diagnostics';
import { textContext } from '../../server/src/features/context';

const HEAD = '中华人民共和国政府和秘鲁共和国政府贸易协定补充议定书\n\n中华人民共和国政府和秘鲁共和国政府,决定就一九七二年八月九日两国政府签订的贸易协定,签订本补充议定书,双方达成协议如下:\n\n';
const TAIL = '第三条 本补充议定书自批准之日起生效。\n\n本补充议定书于一九八三年八月十一日在利马签订,共两份,每份都用中文和西班牙文写成,两种文本具有同等效力。\n';

const noSuch = (text: string) => diagnostics(textContext(text)).filter((d) => d.code === 'ref.no-such-article').map((d) => d.message);

const CASES: [label: string, article: string, errors: number][] = [
  ['an article added to the agreement, its number after 列为', '第一条 缔约双方同意,该贸易协定增加一条款,列为第七条,其内容如下:\n\n“缔约双方同意,建立协商机构。”\n\n第二条 缔约双方同意修改。\n\n', 0],
  ['the agreement named, then 中, then its article; renumbered after 改列为', '第一条 缔约双方同意修改一九七二年八月九日签订的贸易协定中第七条,并将其改列为第八条,内容如下:\n\n“本协定自互换批准通知书之日起生效。”\n\n第二条 缔约双方同意修改。\n\n', 0],
  ['renumbered after 改为', '第一条 贸易协定第七条改为第九条。\n\n第二条 缔约双方同意修改。\n\n', 0],
  // Still checked: this protocol's own article, named by its self-word or alone.
  ['the protocol\'s own article named by 本补充议定书', '第一条 本补充议定书第七条另有规定的除外。\n\n第二条 缔约双方同意修改。\n\n', 1],
  ['a bare article of the protocol', '第一条 依照第七条的规定办理。\n\n第二条 缔约双方同意修改。\n\n', 1],
];

for (const [label, articles, errors] of CASES) {
  test(`amended numbering: ${label}`, () => {
    assert.equal(noSuch(HEAD + articles + TAIL).length, errors);
  });
}
