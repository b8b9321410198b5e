// New texts of the real corpus (test/fixtures/real, known-failures.json, docs/variants.md) read by rules in session 54
// (s54unseen). Each rule is about how Chinese treaty text is written or copied, shown on a fixture string with what a careful
// reader reads in it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textContext } from '../../server/src/features/context';

const read = (source: string) => textContext(source).treaty;

// The last page of the China–US maritime agreement (1980) on an exam site (test/fixtures/real/
// agreement_cn_us_maritime_1980_youyixue_p3.md): the testimonium names the authority first, then the representatives it gave.
const MARITIME = '中华人民共和国政府和美利坚合众国政府海运协定\n\n   第十三条\n\n    本协定自签订之日起生效,有效期为三年,至一九八三年九月十六日期满,双方在期满前经谈判可予以延长。\n\n    经各自授权的代表,已在本协定上签字,以昭信守。\n\n    本协定于一九八○年九月十七日在华盛顿签订,共两份,每份都用中文和英文写成,两种文本具有同等效力。\n';

test('known 54: a testimonium naming the authority before the representatives (经各自授权的代表,已在本协定上签字) is the closing\'s, not the last article\'s', () => {
  const t = read(MARITIME);
  assert.equal(t.articles[0].paragraphs.length, 1);
  assert.deepEqual([t.signing?.date?.year, t.signing?.place, t.signing?.copies], [1980, '华盛顿', 2]);
  // Traditional script and a full-width comma, the government named: the same testimonium.
  assert.equal(read(MARITIME.replace('经各自授权的代表,已在本协定上签字', '經各自政府正式授權的代表，在本協定上簽字')).articles[0].paragraphs.length, 1);
  // A sentence of the article on representatives who sign something else stays the article's.
  assert.equal(read(MARITIME.replace('经各自授权的代表,已在本协定上签字,以昭信守。', '经各自授权的代表签署的议定书应作为本协定的组成部分。')).articles[0].paragraphs.length, 2);
});

// The China–Vietnam treaty on the transfer of sentenced persons (2024) on a law library site (test/fixtures/real/
// treaty_cn_vn_transfer_sentenced_2024_cehavas_mojibake_hant.md): an unquoted collective short name, then the one each has.
test('known 54: an unquoted short name for both parties before the one each of them has (以下合稱雙方,單稱一方) is read', () => {
  const text = '中華人民共和國和越南社會主義共和國關于移管被判刑人的條約\n\n中華人民共和國和越南社會主義共和國(以下合稱雙方,單稱一方),為加強兩國在刑事司法領域的合作,議定下列各條:\n\n第一條\n雙方應當通過各自指定的中央機關進行聯繫。\n';
  const terms = (source: string) => read(source).definitions.map((d) => [d.term, d.meaning]);
  assert.deepEqual(terms(text), [['雙方', '中華人民共和國和越南社會主義共和國']]);
  assert.deepEqual(terms(text.replace('單稱一方', '单称一方')), [['雙方', '中華人民共和國和越南社會主義共和國']]);
  // Words after the comma that give no name of each are no bounds of the name: `以下合稱雙方,為…` defines nothing.
  assert.deepEqual(terms(text.replace('(以下合稱雙方,單稱一方),', '(以下合稱雙方,為了友好),')), []);
});
