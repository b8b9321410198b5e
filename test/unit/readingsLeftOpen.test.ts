// Readings of real text past sessions noted and left open (session 41), each a rule about how Chinese treaty and law
// text is written, shown on fixture strings with what a careful reader reads in them (docs/variants.md, "Read in
// session 41 (readings left open)").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textContext } from '../../server/src/features/context';

const read = (source: string) => textContext(source).treaty;
const ARTICLES = '第一条 本组织的主要目标是促进发展中国家的工业发展。\n第二条 本组织的会员应当履行本章程规定的义务。\n';

// An international organisation's constitution called 章程 (`联合国工业发展组织章程`, `国际劳工组织章程`): the organisation's
// word right before 章程 makes it a kind, as `…组织组织法` is one. A company's, an association's, a party's articles are no
// instrument between parties: no title, no kind.
test('readings left open: an organisation\'s 章程 (`…组织章程`, `…联盟章程`) is of the kind 章程; a company\'s or a party\'s is not', () => {
  for (const title of ['联合国工业发展组织章程', '国际劳工组织章程', '某国际联盟章程']) {
    const t = read(`${title}\n${ARTICLES}`);
    assert.deepEqual([t.title?.text, t.kind], [title, '章程'], title);
  }
  for (const title of ['某某有限公司章程', '中国共产党章程', '某某协会章程', '某村村民委员会章程']) assert.equal(read(`${title}\n${ARTICLES}`).kind, undefined, title);
});

// A page's headline, the whole-text words after the name (`…组织章程全文`), a site's line over it (`- 相关推荐`): the title,
// as `…协定全文` is, for a kind read by its ending alone too (章程 after 组织, 组织法 after 组织).
test('readings left open: a headline `…组织章程全文` under a site\'s line is the title, its kind 章程; `…组织组织法全文` likewise', () => {
  const unido = read(`- 相关推荐\n联合国工业发展组织章程全文\n导语:工业化是实现增长的有力工具。\n第一章 目标和职能\n${ARTICLES}`);
  assert.deepEqual([unido.title?.text, unido.kind], ['联合国工业发展组织章程', '章程']);
  const who = read(`世界卫生组织组织法全文\n\n${ARTICLES}`);
  assert.deepEqual([who.title?.text, who.kind], ['世界卫生组织组织法', '组织法']);
});
