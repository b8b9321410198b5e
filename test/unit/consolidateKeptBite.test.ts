// Consolidation keeps what the base writes and no clause touches (features/consolidate.ts,
// render): found by test/unit/versionsRoundTrip.test.ts on the real corpus. Each case: a base, an
// amending clause, the whole consolidated text written by reading the two.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { consolidate } from '../../server/src/features/consolidate';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from '../support/fixture';

const CASES: [string, string, string, string][] = [
  [
    // agreement_cis_belovezha_1991_hant.md: the label came back as 第二条.
    'a traditional label 第二條 stays 第二條 when its article is changed',
    '# 甲乙協定\n\n**第一條**　雙方合作。\n\n**第二條**　締約國保證其公民，不論國籍，享有平等之權利。\n',
    '一、删去第二条中的“不論國籍，”。',
    '# 甲乙協定\n\n**第一條**　雙方合作。\n\n**第二條**　締約國保證其公民，享有平等之權利。\n',
  ],
  [
    // amendment_roc_constitution_1994_art2_hant.md: 第 2 條 came back as 第2条.
    'a label in digits and spaces, 第 2 條, stays so',
    '第 1 條　雙方合作。\n\n第 2 條　總統由人民直接選舉之，自中華民國八十五年實施。\n',
    '一、将第二条中的“八十五年”修改为“八十六年”。',
    '第 1 條　雙方合作。\n\n第 2 條　總統由人民直接選舉之，自中華民國八十六年實施。\n',
  ],
  [
    // agreement_cn_bh_air_page.md: the caption 定义 on the line after 第一条 was lost.
    'a caption on the line after the heading stays',
    '第一条\n定义\n本协定中，“航空当局”指民航局。\n第二条\n授权\n双方给予对方权利。\n',
    '一、将第一条中的“民航局”修改为“民用航空局”。',
    '第一条\n定义\n本协定中，“航空当局”指民用航空局。\n第二条\n授权\n双方给予对方权利。\n',
  ],
  [
    // charter_un_ch1-3.md: the sentence leading into 1. 2. was lost with the setext underline.
    'a sentence leading into numbered paragraphs, under a setext heading, stays',
    '第一条\n-----\n\n联合国之宗旨为：\n1. 维持国际和平及安全。\n2. 发展国际间之友好关系。\n\n第二条\n-----\n\n为求实现第一条所述各宗旨起见，本组织应遵行下列原则：\n1. 本组织系基于主权平等之原则。\n2. 各会员国应一秉善意，履行其义务，以保证权益。\n',
    '一、删去第二条中的“履行其义务，”。',
    '第一条\n-----\n\n联合国之宗旨为：\n1. 维持国际和平及安全。\n2. 发展国际间之友好关系。\n\n第二条\n-----\n\n为求实现第一条所述各宗旨起见，本组织应遵行下列原则：\n1. 本组织系基于主权平等之原则。\n2. 各会员国应一秉善意，以保证权益。\n',
  ],
  [
    // charter_un_excerpt_hant.md: the words on the heading's line before 一、 were lost.
    'words on the heading line before the numbered paragraphs stay',
    '**第一條**　聯合國之宗旨為：\n一、維持國際和平及安全，制止侵略行為，調整國際爭端。\n二、發展國際間之友好關係。\n',
    '一、删去第一条中的“制止侵略行為，”。',
    '**第一條**　聯合國之宗旨為：\n一、維持國際和平及安全，調整國際爭端。\n二、發展國際間之友好關係。\n',
  ],
  [
    // mou_bold_investment.md: a new article written like **第八条**　生效和终止 lost its closing **.
    'a new article after a bold heading with a caption gets a bold heading, without the caption',
    '**第一条**　合作\n\n双方合作。\n\n**第二条**　生效\n\n本备忘录自签署之日起生效。\n',
    '一、在第二条后增加一条，作为第三条：“双方定期磋商。”',
    '**第一条**　合作\n\n双方合作。\n\n**第二条**　生效\n\n本备忘录自签署之日起生效。\n\n**第三条**\n\n双方定期磋商。\n',
  ],
  [
    // treaty_san_francisco_excerpt_hant.md: **乙、…** lost its ** when 丙 was changed.
    'a paragraph no clause touches keeps its markup when another paragraph of its article is changed',
    '第二条\n\n甲、日本承认朝鲜之独立。\n\n**乙、日本放弃对台湾之一切权利。**\n\n丙、日本放弃由于1905年条约所获得之权利。\n',
    '一、将第二条中的“1905”修改为“1906”。',
    '第二条\n\n甲、日本承认朝鲜之独立。\n\n**乙、日本放弃对台湾之一切权利。**\n\n丙、日本放弃由于1906年条约所获得之权利。\n',
  ],
  [
    // A paragraph hard-wrapped in the base keeps its line breaks when words in it are replaced.
    'words replaced in a hard-wrapped paragraph: its lines kept as the base breaks them',
    '第一条\n\n本协定适用于缔约双方的\n法律、法规和规章。\n\n第二条\n\n双方合作。\n',
    '一、将第一条中的“规章”修改为“行政规章”。',
    '第一条\n\n本协定适用于缔约双方的\n法律、法规和行政规章。\n\n第二条\n\n双方合作。\n',
  ],
  [
    // agreement_cn_jp_social_security_2018_bilingual.md: the bullet • of a paragraph was lost when words were added in it.
    'words added in a paragraph written after a bullet: the bullet kept',
    '第一条\n\n  • 就中华人民共和国而言，指法律、行政法规。\n\n  • 就日本国而言，指法律。\n\n第二条\n\n双方合作。\n',
    '一、在第一条第一款中的“法律、”后增加“法规、”。',
    '第一条\n\n  • 就中华人民共和国而言，指法律、法规、行政法规。\n\n  • 就日本国而言，指法律。\n\n第二条\n\n双方合作。\n',
  ],
];

for (const [what, base, amendment, expected] of CASES) {
  test(`consolidation keeps: ${what}`, () => {
    const r = consolidate(base, amendment);
    assert.deepEqual(r.problems, []);
    assert.equal(r.text, expected);
  });
}

test('consolidation keeps each article\'s own line breaks: a text that sets some apart by a blank line and others by one line break keeps each so, a changed article too', () => {
  const base = '# 测试公约\n\n第一条\n\n甲。\n\n第二条\n  乙。\n  第三条\n  丙。\n  第四条\n  丁。\n';
  assert.equal(consolidate(base, '').text, base);
  assert.equal(consolidate(base, '一、将第二条中的“乙”修改为“戊”。').text, base.replace('乙', '戊'));
});

test('consolidation of an amending instrument with no clause leaves every real text as it was, byte for byte', () => {
  const dir = path.join(ROOT, 'test/fixtures/real');
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.md') && x !== 'README.md')) {
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    assert.equal(consolidate(text, '').text, text, f);
  }
});
