// Rules read in session 62 (s62features): each about how Chinese treaty text is written, shown on a fixture string with what a
// careful reader reads in it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textContext } from '../../server/src/features/context';

const read = (source: string) => textContext(source).treaty;

// The 1933 Tanggu truce quoted whole on a book's page after the book's own sentence, no title line (test/fixtures/real/
// agreement_roc_jp_tanggu_truce_1933_ranwenzw_hant.md): its preamble's last clause announces the points as an instrument of a kind
// (`…締結左列之停戰協定:`), which is the text's kind (words.ts ANNOUNCED_KIND), and the text, of points, a treaty.
const TANGGU = '這個喪權辱國的《塘沽停戰協定》的全文是:\n' +
  '關東軍司令官元帥武藤信義,委任全權於該軍代表,在塘沽與中國軍代表,締結左列之停戰協定:\n' +
  '一、中國軍,即撤退至延慶、昌平所連之線以西、以南之地區。\n' +
  '二、日本軍為確認第一項之實行情形,隨時用飛機及其他方法,以行視察。\n' +
  '三、本協定蓋印之後,發生效力,以此為證據,兩代表應行記名蓋印。\n';

test('known 62: a preamble announcing its points as an instrument of a kind gives an untitled text its kind', () => {
  const t = read(TANGGU);
  assert.equal(t.title, undefined);
  assert.equal(t.kind, '协定');
  assert.equal(t.isTreaty, true);
  assert.deepEqual(t.articles.map((a) => a.num), [1, 2, 3]);
  // In simplified characters, 下列 and 的: the same.
  assert.equal(read(TANGGU.replace('締結左列之停戰協定:', '缔结下列的停战协定：')).kind, '协定');
  // 订立 a convention: its kind.
  assert.equal(read(TANGGU.replace('締結左列之停戰協定:', '訂立左列之專條:')).kind, '专条');
  // What was agreed, not what the text is (`达成协议如下：`), and a clause naming no kind: no kind, no treaty.
  for (const clause of ['達成協議如下:', '締結左列之事項:']) {
    const u = read(TANGGU.replace('締結左列之停戰協定:', clause));
    assert.equal(u.kind, undefined, clause);
    assert.equal(u.isTreaty, false, clause);
  }
  // The clause must be the one right before the points: higher up in the preamble, no kind.
  assert.equal(read(TANGGU.replace('締結左列之停戰協定:\n', '締結左列之停戰協定:\n雙方同意如下:\n')).kind, undefined);
});

// Sections numbered by a numeral alone on its line, as the SCO heads of state's declarations number them (test/fixtures/real/
// declaration_sco_dushanbe_2014_cssn.md): a run of them in order from 一, each over its text, are the text's points
// (lines.ts bareNumeralPoints); a numeral alone in a column of them, over a short cell, out of order, or alone is none.
const SECTIONS = '上海合作组织成员国元首于2014年9月11日至12日在杜尚别举行会议,并宣示如下:\n' +
  '一\n世界正经历复杂的过渡时期,其特点是整个国际体系正在发生深刻变化。\n在此背景下,各成员国重申,必须遵守国际法准则。\n' +
  '二\n各成员国强调,要加强联合国在国际关系中的中心作用。\n上合组织成员国支持进一步加强联合国安理会。\n';

test('known 62: sections numbered by a numeral alone on its line, in order from 一, are points', () => {
  const t = read(SECTIONS);
  assert.equal(t.tree.unitStyle, 'paragraph');
  assert.deepEqual(t.articles.map((a) => a.num), [1, 2]);
  assert.deepEqual(t.articles.map((a) => a.paragraphs.length), [2, 2]);
  // Three: the third too.
  assert.deepEqual(read(`${SECTIONS}三\n各成员国主张在平等互利基础上发展经济合作。\n`).articles.map((a) => a.num), [1, 2, 3]);
  const none = (text: string, why: string) => assert.deepEqual([read(text).tree.unitStyle, read(text).articles.length], ['none', 0], why);
  none(SECTIONS.replace('二\n', ''), 'one alone');
  none(SECTIONS.replace('一\n', '二\n').replace(/\n二\n各成员国强调/, '\n一\n各成员国强调'), 'out of order');
  none(SECTIONS.replace('一\n世界正经历', '一\n二\n世界正经历').replace(/\n二\n各成员国强调/, '\n三\n各成员国强调'), 'a column of numerals');
  none('序号\n一\n茶叶\n二\n丝绸\n', 'a table\'s cells one a line');
  // In a text of points `一、`, a numeral alone is none of them.
  const marked = read(`${SECTIONS.replace('一\n世界', '一、世界').replace('二\n各成员国', '二、各成员国')}三\n各成员国主张在平等互利基础上发展经济合作。\n`);
  assert.deepEqual(marked.articles.map((a) => a.name), ['一、', '二、']);
});
