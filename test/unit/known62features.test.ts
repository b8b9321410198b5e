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
