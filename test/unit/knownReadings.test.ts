// Misreadings of real pasted text the corpus listed as known failures (test/fixtures/real/
// known-failures.json), as data: the text as a drafter pastes it, and the reading a reader gives.
// Each rule is about how Chinese treaty text is laid out, never about one document.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textContext } from '../../server/src/features/context';

/** The defined terms read, term → meaning. */
function terms(name: string, source: string, want: Record<string, string>): void {
  test(`known readings, defined terms: ${name}`, () => {
    const got = Object.fromEntries(textContext(source).treaty.definitions.map((d) => [d.term, d.meaning]));
    for (const [term, meaning] of Object.entries(want)) assert.equal(got[term], meaning, `${term} in ${JSON.stringify(got)}`);
  });
}

// A site's provenance line with no full stop above the repeated title, then a paragraph's gap (two
// or more blank lines): the title is no page's running head there, so the preamble starts anew.
terms('a site line, the title repeated, then blank lines: the preamble starts anew',
  '中华人民共和国政府和甲国政府文化协定\n\n维基文库，自由的图书馆\n\n中华人民共和国政府和甲国政府文化协定\n\n\n\n中华人民共和国政府和甲国政府（以下简称“双方”），为加强两国文化交流，达成协议如下：\n\n第一条\n\n双方发展文化合作。\n\n第二条\n\n本协定自签字之日起生效。\n',
  { 双方: '中华人民共和国政府和甲国政府' });
terms('a provenance line with an open 《, the title repeated, then blank lines',
  '中华人民共和国政府和甲国政府文化协定\n\n中华人民共和国政府和甲国政府文化协定\n1984年6月24日于北京\n本作品收录于《联合国条约汇编\n\n中华人民共和国政府和甲国政府文化协定\n\n\n\n中华人民共和国政府和甲国政府（以下简称缔约双方），为加强两国间的友好关系，决定缔结本协定。条文如下：\n\n第一\n\n缔约双方发展文化合作。\n',
  { 缔约双方: '中华人民共和国政府和甲国政府' });
// A PDF's page break (its running head between single blank lines) still joins a phrase it cut.
terms('a page break between single blank lines still joins the phrase it cut',
  '# 中华人民共和国政府和甲国政府文化协定\n\n中华人民共和国政府和甲国政府（以下简称“双\n\n- 2 -\n\n方”），达成协议如下：\n\n## 第一条\n\n双方发展文化合作。\n',
  { 双方: '中华人民共和国政府和甲国政府' });
