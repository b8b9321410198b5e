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

/** The title read (undefined: none), and the chapters with their captions. */
function heading(name: string, source: string, title: string | undefined, chapters?: [string, string][]): void {
  test(`known readings, title: ${name}`, () => {
    const t = textContext(source).treaty;
    assert.equal(t.title?.text, title);
    if (chapters) assert.deepEqual(t.chapters.map((c) => [c.name, c.caption]), chapters);
  });
}

// A database's page heading joining the title and the chapter the page shows with a hyphen: the title is the words
// before the hyphen, the chapter a heading of its own (not a title ending in `-第一章 總則`, nor no title).
heading('a database page heading, title-chapter with a hyphen, under the preamble',
  '【轉載於全國法規資料庫】\n簽訂日期\n民國 98 年 04 月 26\n為保障海峽兩岸人民權益,財團法人海峽交流基金會與海峽兩岸關係協會經平等協商,達成協議如下:\n海峽兩岸共同打擊犯罪及司法互助協議-第一章 總則\n一、合作事項\n雙方同意相互提供協助。\n二、業務交流\n雙方同意業務主管部門人員進行定期工作會晤。\n',
  '海峽兩岸共同打擊犯罪及司法互助協議', [['第一章', '總則']]);
heading('a title-chapter heading with a full-width hyphen, articles under it',
  '海峡两岸经济合作框架协议－第一章 总则\n\n第一条 目标\n\n双方加强经济合作。\n\n第二条 合作措施\n\n双方同意采取措施。\n',
  '海峡两岸经济合作框架协议', [['第一章', '总则']]);
// A hyphen before 第 in a line naming no kind is no such heading: the line stays as it is.
heading('a hyphen before 第 after words naming no kind: no cut',
  '中华人民共和国政府和甲国政府文化协定\n\n双方商定如下：\n\n第一条 见附件-第一章 所列事项。\n\n第二条 本协定自签字之日起生效。\n',
  '中华人民共和国政府和甲国政府文化协定');
// Points (`一、`) as the units, chapters over them, numbered on across chapters: each chapter holds its points.
test('known readings: chapters over points', () => {
  const t = textContext('海峡两岸共同打击犯罪及司法互助协议\n\n为保障海峡两岸人民权益，双方经平等协商，达成协议如下：\n\n第一章 总则\n\n一、合作事项\n\n双方同意相互提供协助。\n\n二、业务交流\n\n双方同意进行业务交流。\n\n第二章 共同打击犯罪\n\n三、合作范围\n\n双方同意打击犯罪。\n\n四、协助侦查\n\n双方同意协助侦查。\n').treaty;
  assert.deepEqual(t.chapters.map((c) => [c.name, c.caption]), [['第一章', '总则'], ['第二章', '共同打击犯罪']]);
  assert.equal(t.articles.length, 4);
});
