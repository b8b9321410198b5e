// Real-text gaps session 54 left (docs/variants.md, "Read in session 54"; test/fixtures/real known-failures.json), read by
// rules in session 55 (s55features). Each rule is about how Chinese treaty and law text is written or copied, shown on
// fixture strings of representative words with what a careful reader reads in them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTreaty } from '../../server/src/model/treaty';
import { textContext } from '../../server/src/features/context';
import { documentSymbols } from '../../server/src/features/documentSymbols';


// 1. A date-and-place line whose place a page's width broke (`…于瓜地` / `马拉城`, the 1982 ROC–Guatemala protocol as a PDF
// sets it), the signatories' lines right under it with no blank line between.
const CLOSED = (closing: string) =>
  `# 中华人民共和国和甲国边境合作协定\n\n## 第一条\n\n双方加强合作。\n\n## 第二条\n\n本协定自签字之日起生效。\n\n${closing}\n`;
const COPIES = '本协定以中文及西班牙文各缮二份，两种文字同一作准，以昭信守。\n\n';

test('gaps 55: a place broken by the width over two lines, the signatories right under it, is the whole place', () => {
  const place = (closing: string) => buildTreaty(CLOSED(closing)).signing?.place;
  assert.equal(place(`${COPIES}一九八二年九月廿二日于瓜地\n马拉城\n中华民国政府代表\n瓜地马拉共和国政府代表`), '瓜地马拉城');
  assert.equal(place(`${COPIES}二〇〇五年三月一日订于布宜诺斯艾\n利斯\n中华人民共和国政府全权代表　　阿根廷共和国政府全权代表`), '布宜诺斯艾利斯');
  // The heads of state or a minister signing, in traditional script: the same.
  assert.equal(place(`${COPIES}一九八三年四月八日訂於維\n也納\n中華人民共和國主席\n奧地利共和國總統`), '維也納');
  assert.equal(place(`${COPIES}二〇一〇年五月四日订于基\n多\n外交部长`), '基多');
  // A blank line between (read before): the same place.
  assert.equal(place(`${COPIES}一九八二年九月廿二日于瓜地\n马拉城\n\n中华民国政府代表\n瓜地马拉共和国政府代表`), '瓜地马拉城');
  // A place on its line whole, the signatories under it: the place alone.
  assert.equal(place(`${COPIES}一九八二年九月廿二日于瓜地马拉城\n中华民国政府代表\n瓜地马拉共和国政府代表`), '瓜地马拉城');
  // The date-place line alone as the clause (no copies sentence before it).
  assert.equal(place('二〇〇五年三月一日订于布宜诺斯艾\n利斯\n中华人民共和国政府代表　　阿根廷共和国政府代表'), '布宜诺斯艾利斯');
});

// 2. A declaration's first section heading alone between the title and the points (the Millennium Declaration on a mirror of
// the Minnesota human rights library, test/fixtures/real/declaration_un_millennium_2000_hrlibrary_mirror_hant.md, its page holding
// the first section: `一 . 價 值 和原則` over `1.`…`5.`): the section's name, not a preamble summarized by it.
const SECTIONED = '聯合國千年宣言\n\n一 . 價 值 和原則\n\n1. 我們各國元首和政府首腦聚集于聯合國紐約總部,重申我們對聯合國的信心。\n\n2. 我們認識到,我們還有在全球維護人的尊嚴的集體責任。\n\n3. 我們重申對《聯合國憲章》各項宗旨和原則的承諾。\n';
/** The title's symbol, then the symbols under it: name and detail. */
const outline = (source: string) => documentSymbols(textContext(source)).flatMap((s) => [s, ...(s.children ?? [])]).map((s) => [s.name, s.detail ?? '']);

test('gaps 55: the points\' first section heading alone above them names that section, no preamble', () => {
  assert.deepEqual(outline(SECTIONED).slice(0, 2), [['聯合國千年宣言', '宣言'], ['一 . 價值和原則', '']]);
  assert.deepEqual(outline(SECTIONED).slice(2).map(([name]) => name), ['1.', '2.', '3.']);
  // Simplified, the UN's page style `一. ` with no space before the stop: the same.
  assert.deepEqual(outline(SECTIONED.replace('一 . 價 值 和原則', '一. 我们的共同承诺'))[1], ['一. 我们的共同承诺', '']);
  // A sentence of the preamble above it: a preamble, summarized by that sentence.
  assert.deepEqual(outline(SECTIONED.replace('\n一 . ', '\n我們各國元首重申,聯合國是不可或缺的。\n\n一 . '))[1], ['序言', '我們各國元首重申,聯合國是不可或缺的']);
  // Words with no section's number: a preamble's line.
  assert.equal(outline(SECTIONED.replace('一 . 價 值 和原則', '價值和原則'))[1][0], '序言');
});
