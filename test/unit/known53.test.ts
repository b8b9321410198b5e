// New texts and known failures of the real corpus (test/fixtures/real, known-failures.json, docs/variants.md) read by rules in
// session 53 (s53unseen). Each rule is about how Chinese treaty text is written or copied, shown on a fixture string with what a
// careful reader reads in it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textContext } from '../../server/src/features/context';

const read = (source: string) => textContext(source).treaty;

// The Kuala Lumpur Declaration on the Establishment of the ASEAN Charter (2005) on a blog's page (test/fixtures/real/
// declaration_asean_charter_kl_2005_panyh.md): its heading line gives the date and the place after the title, as ASEAN heads
// its documents.
const KL = '关于建立东盟宪章的吉隆坡宣言,2005 年 12 月 12 日,吉隆坡\n\n我们,文莱达鲁萨兰国、柬埔寨王国…的国家元首/政府首脑,东盟成员国,在吉隆坡举行的第 11 届东盟峰会上;\n\n\n意识到 东盟的统一性和多样性以及将其人民联系在一起的现有历史、地理和文化纽带;\n\n\n深信 东盟宪章有必要作为未来几年东盟的坚实基础;\n\n\n特此声明\n';

test('known 53: the date and the place of signing after a title, each after a comma, are no part of it', () => {
  const t = read(KL);
  assert.deepEqual([t.title?.text, t.kind, t.selfRef], ['关于建立东盟宪章的吉隆坡宣言', '宣言', '本宣言']);
  // Full-width commas and a date in Chinese numerals, no place after it.
  assert.equal(read(KL.replace('宣言,2005 年 12 月 12 日,吉隆坡', '宣言，二〇〇五年十二月十二日')).title?.text, '关于建立东盟宪章的吉隆坡宣言');
  // A year alone after the comma is no date of signing: the line is the title as it stands (it names no kind at its end).
  assert.notEqual(read(KL.replace('宣言,2005 年 12 月 12 日,吉隆坡', '宣言,2005 年')).title?.text, '关于建立东盟宪章的吉隆坡宣言');
});

// The UN Millennium Declaration (General Assembly resolution 55/2) on a mirror of the University of Minnesota's human rights
// library (test/fixtures/real/declaration_un_millennium_2000_hrlibrary_mirror_hant.md): the library's header line runs the
// title into the session and the resolution's number, and the resolution prints the declaration it adopts under its words.
const MILLENNIUM = 'University of Minnesota\n\n \n\n聯合國千年宣言 , 第五十五屆會議, 議程項目60(b), 大會決議, [ 未經發交主要委員會而通過(A/55/L.2 )],55/2.\n\n \n\nhttp://hrlibrary.law.umn.edu/instree/millennium.html\n\n \n\n大會\n\n \n\n通過以下宣言:\n\n \n\n聯合國千年宣言\n\n \n\n一 . 價 值 和原則\n\n \n\n1. 我們各國元首和政府首腦,在新的千年開始之際,聚集于聯合國紐約總部,重申我們對聯合國的信心。\n\n \n\n2. 我們認識到,除了我們對各自社會分別要承擔的責任外,我們還有集體責任。\n';

test('known 53: the line under a UN body\'s words adopting an instrument below them (大會 / 通過以下宣言:) is its title', () => {
  const t = read(MILLENNIUM);
  assert.deepEqual([t.title?.text, t.kind, t.isTreaty], ['聯合國千年宣言', '宣言', true]);
  assert.deepEqual(t.articles.map((a) => a.name), ['1.', '2.']);
  // The line below naming another kind than the words do is no title they announce.
  assert.equal(read(MILLENNIUM.replace('\n聯合國千年宣言\n', '\n聯合國千年公約\n')).title, undefined);
  // Nor is a sentence saying what a body adopted (`通過以下宣言:` is a line of its own).
  assert.equal(read(MILLENNIUM.replace('通過以下宣言:', '大會於二〇〇〇年九月八日通過以下宣言:')).title, undefined);
});
