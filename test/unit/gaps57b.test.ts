// Real-text gaps the session-57 helpers left (docs/variants.md, "Read in session 57 (s57gaps)"), read by general rules: each
// shown on fixture strings of representative words with what a careful reader reads in them. Expected readings written by reading.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textContext } from '../../server/src/features/context';
import { definition } from '../../server/src/features/definition';
import { documentSymbols } from '../../server/src/features/documentSymbols';
import { SELF_WORDS } from '../../server/src/syntax/words';
import { buildTreaty } from '../../server/src/model/treaty';
import { parseTreaty } from '../../server/src/syntax/parser';

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

// 2. An amending protocol's article whose label's line holds the instruction and whose numbered paragraphs under it are the new
// text (`第一条 将协定第三条第一款修改如下:` / `一、缔约一方有权…`, test/fixtures/real/protocol_cn_jp_air_amending_1993_fsou.md): the
// article is summarised by its instruction, the new text's paragraph by its own words.
const AMENDING = (first: string) => `# 关于修改甲国和乙国航空运输协定的议定书\n\n甲国政府和乙国政府,意欲修改一九七四年签署的甲国和乙国航空运输协定(以下称“协定”),达成协议如下:\n\n${first}\n一、缔约一方有权书面通知缔约另一方,指定空运企业。\n二、缔约另一方应给予经营许可。\n\n第二条\n一、本议定书自签字之日起生效。\n二、本议定书在协定有效期间内有效。\n`;
/** The outline's articles: name and detail, and their paragraphs'. */
const outlined = (text: string) =>
  documentSymbols(textContext(text))[0].children!.filter((s) => s.name.startsWith('第')).map((s) => [s.name, s.detail ?? '', (s.children ?? []).map((c) => [c.name, c.detail ?? ''])]);

test('gaps 57b: an article whose label\'s line is an amending instruction over numbered new text is summarised by the instruction', () => {
  const text = AMENDING('第一条 将协定第三条第一款修改如下:');
  assert.equal(textContext(text).treaty.articles[0].summary, '将协定第三条第一款修改如下');
  assert.deepEqual(outlined(text)[0], ['第一条', '将协定第三条第一款修改如下', [['一、', '缔约一方有权书面通知缔约另一方,指定空运企业'], ['二、', '缔约另一方应给予经营许可']]]);
  // Either script, and the instruction's other words (修改为).
  assert.equal(textContext(AMENDING('第一条 將協定第三條第一款修改為：')).treaty.articles[0].summary, '將協定第三條第一款修改為');
  // Not: words on the label's line that introduce no new text (`缔约双方同意:`): the article is its first paragraph's, as before.
  assert.deepEqual(outlined(AMENDING('第一条 缔约双方同意:'))[0].slice(0, 2), ['第一条', '缔约一方有权书面通知缔约另一方,指定空运企业']);
  // Nor an article whose head is alone on its line: its first paragraph's words.
  assert.deepEqual(outlined(text)[1], ['第二条', '本议定书自签字之日起生效', [['一、', ''], ['二、', '本议定书在协定有效期间内有效']]]);
});

// 3. A note's head a database's width broke, its end running on into the note's first words after a space, numbered as a point
// (`一 中華民國駐西班牙于大使焌吉致西班牙` / `外交部部長馬丁亞達和之照會 逕啟者: 依據…`, test/fixtures/real/notes_roc_es_trade_devocapt_hant.md):
// the labelled line is the note's head, named with the words that end it on the next line and no more.
const RUN_ON = (second: string) => `甲乙貿易協定換文(中譯文)\n\n一 甲國駐乙國大使致乙國\n${second}\n(一) 雙方對於貨品之輸入,將予核可。\n(二) 雙方應設立一項帳戶。\n本大使順向 貴部長表示崇高之敬意。\n`;

test('gaps 57b: a note\'s head broken by a width whose end runs on into the note\'s words after a space is the note\'s head', () => {
  const source = RUN_ON('外交部部長之照會 逕啟者: 依據甲國政府與乙國政府擴大兩國間貿易之共同願望,本大使茲謹奉達 貴部長,其條款如下:');
  const tree = parseTreaty(source);
  const line = (l: { contentStart: number; contentEnd: number } | undefined) => (l ? source.slice(l.contentStart, l.contentEnd) : undefined);
  assert.deepEqual([...(tree.notes ?? new Map()).entries()].map(([head, rest]) => [line(head), line(rest)?.slice(0, 13)]), [['一 甲國駐乙國大使致乙國', '外交部部長之照會 逕啟者:']]);
  assert.deepEqual(buildTreaty(source, tree).notes.map((n) => n.name), ['一甲國駐乙國大使致乙國外交部部長之照會'] /* (the model's names squeeze white space between ideographs) */);
  // Not: a point whose next line's first words end with a note's word, no one writing to anyone named (`…收到之` / `來文 並予…`).
  const point = RUN_ON('外交部部長之照會 逕啟者: 依據甲國政府與乙國政府擴大兩國間貿易之共同願望,本大使茲謹奉達 貴部長,其條款如下:')
    .replace('一 甲國駐乙國大使致乙國\n外交部部長之照會 逕啟者', '一 締約雙方應互相通知各自收到之\n來文 並予答覆');
  assert.equal(parseTreaty(point).notes, undefined);
  // Nor a labelled line that ends a sentence (`…致乙國。`): no head broken.
  assert.equal(parseTreaty(RUN_ON('外交部部長之照會 逕啟者: 依據甲國政府與乙國政府擴大兩國間貿易之共同願望,本大使茲謹奉達 貴部長,其條款如下:').replace('致乙國\n', '致乙國。\n')).notes, undefined);
});
