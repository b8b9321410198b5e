// Known failures and open readings of the real corpus (test/fixtures/real, known-failures.json, docs/variants.md) read by
// rules in session 48. Each rule is about how Chinese treaty text is written or copied, shown on a fixture string with what a
// careful reader reads in it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textContext } from '../../server/src/features/context';

const read = (source: string) => textContext(source).treaty;
/** Each article's name and caption (none: ''), and its number of paragraphs. */
const captions = (source: string) => read(source).articles.map((a) => `${a.name} ${a.caption ?? ''} ${a.paragraphs.length}`);

// The China–Cambodia extradition treaty (1999) as a law site pastes it, one line (code.fabao365.com/law_14921_3.html,
// test/fixtures/real/treaty_cn_kh_extradition_1999_fabao_p3.md): each article's caption on the label's line, white space
// before its first sentence, which opens with the requesting party (`请求方应…`), with the cause of the matter it governs
// (`因实施或解释本条约所产生的任何争议,应…`), or with the paragraph `一、` under a caption holding `、`.
test('known 48: a caption run in on a one-line article heading ends where its first sentence opens', () => {
  const kh = '[接上页] 第十七条 通报结果 请求方应及时向被请求方通报有关对被请求引渡人进行起诉、审判、执行刑罚或将该人再引渡给第三国的情况。 第十八条 协助和费用 一、被请求方应代表请求方出庭,处理和进行由引渡请求引发的任何诉讼。 二、引渡费用应由该费用产生地的缔约方承担,但与引渡有关的空中交通费和过境费用应由请求方承担。 第十九条 与多边公约的关系 本条约不影响缔约双方根据任何多边公约享有的权利和承担的义务。 第二十条 争议的解决 因实施或解释本条约所产生的任何争议,应通过协商或谈判解决。 第二十一条 修正 本条约可应任一缔约方的请求予以修正。 第二十二条 批准、生效和有效期 一、本条约须经批准。批准书在金边互换。本条约自互换批准书之日起第三十天生效。 二、缔约任何一方可以通过外交途径书面通知缔约另一方终止本条约。\n';
  assert.deepEqual(captions(kh), [
    '第十七条 通报结果 1',
    '第十八条 协助和费用 2',
    '第十九条 与多边公约的关系 1',
    '第二十条 争议的解决 1',
    '第二十一条 修正 1',
    '第二十二条 批准、生效和有效期 2',
  ]);
  // The parties by their duty (the China–Angola treaty's page, test/fixtures/real/treaty_cn_ao_extradition_page.md).
  assert.deepEqual(captions('中华人民共和国和安哥拉共和国引渡条约\n\n第一条引渡义务 双方有义务根据本条约的规定,应对方请求,相互引渡在一方境内发现的被另一方通缉的人员。\n'), ['第一条 引渡义务 1']);
  assert.deepEqual(captions('第一条 引渡义务 缔约双方有义务根据本条约的规定,相互引渡被通缉人员。\n第二条 可引渡的犯罪 被请求国可拒绝引渡。\n'), ['第一条 引渡义务 1', '第二条 可引渡的犯罪 1']);
  // The subject spaced off is no caption, nor a law's first words with none.
  assert.deepEqual(captions('第五条 双方 应当相互协助。\n第六条　为了保护当事人的合法权益，制定本条。\n'), ['第五条  1', '第六条  1']);
  assert.deepEqual(captions('第五条 缔约双方 根据本条约相互协助。\n'), ['第五条  1']);
});

// The cross-strait ECFA (2010) in a forum's change history (test/fixtures/real/agreement_cross_strait_ecfa_2010_mepopedia_hant.md,
// http://mepopedia.com/forum/changes.php?339,6723): the forum's menu, the post's subject, editor and date, the subject again, then the title with a remark on its
// status in brackets right over the preamble's heading `序言`. The line over `序言` is the title, without the remark.
test('known 48: the line over the preamble heading is the title, its in-force remark no part of it', () => {
  const title = (source: string) => read(source).title?.text;
  const ecfa = 'Welcome! 登入 註冊\n美寶首頁 美寶百科 美寶論壇 美寶落格 美寶地圖 \n\nAdvanced\n\nChange History\n\nMessage: 兩岸經濟合作架構協議(ECFA) 全文 (附五附件word檔)/ 2010.06.29)\n\nChanged By: HP\nChange Date: January 06, 2011 11:32PM\n\n兩岸經濟合作架構協議(ECFA) 全文 (附五附件word檔)/ 2010.06.29)\n海峽兩岸經濟合作架構協議(本協議尚待完成相關程序後生效)\n\n序言\n\n財團法人海峽交流基金會與海峽兩岸關係協會遵循平等互惠、循序漸進的原則,達成加強海峽兩岸經貿關係的意願。\n\n第一條目標\n\n本協議目標為:一、加強和增進雙方之間的經濟、貿易和投資合作。\n';
  assert.equal(title(ecfa), '海峽兩岸經濟合作架構協議');
  // A remark on whether the instrument is in force, naming it by its self-word, is none of its title.
  assert.equal(title('甲国和乙国经济合作协定（本协定尚未生效）\n\n序言\n\n双方同意如下。\n\n第一条 双方应加强合作。\n'), '甲国和乙国经济合作协定');
  // A line over 序言 naming no kind, or a sentence, is no title.
  assert.equal(title('Change History\n\n全文如下\n\n序言\n\n双方同意如下。\n\n第一条 双方应加强合作。\n'), undefined);
});

// Portugal's Decree-Law 455/91 on Macao's gazette site (https://www.io.gov.mo/cn/bo/a/link/10817,
// test/fixtures/real/decree_pt_mo_chinese_official_1991_bo_hant.md): its one article labelled as a sole article, artigo único,
// `獨一條 - 中文在澳門具有…` (no 第). In a text with no other article that line is its article, named 独一条; in the decree approving
// the Hague convention (convention_hcch_child_abduction_1980_bo_mo_hant.md) `獨一條` over the convention's articles is no article.
test('known 48: a sole article (獨一條, 唯一条, 单一条款) is the article of a text with no other', () => {
  /** Each article's name and its label as written. */
  const articles = (source: string) => read(source).articles.map((a) => `${a.name} ${source.slice(a.label.start, a.label.end)}`);
  const decree = '第455/91號法令\n\n    基於此:\n\n    政府根據憲法第二0一條第一款a項的規定,命令制定條文如下:\n\n    獨一條 - 中文在澳門具有與葡文相等之官方地位及法律效力。\n\n    一九九一年十二月十二日於部長會議批閱及通過。\n';
  assert.deepEqual(articles(decree), ['独一条 獨一條']);
  assert.ok(read(decree).isTreaty);
  // Simplified texts' labels, alone on their line over the article's text, or with a colon.
  assert.deepEqual(articles('第1/2000号法律\n\n唯一条\n\n本法律自公布翌日起生效。\n'), ['唯一条 唯一条']);
  assert.deepEqual(articles('第1/2000号法令\n\n单一条款：本法令自公布翌日起生效。\n'), ['单一条款 单一条款']);
  // A decree publishing a convention labels its own article so over the convention's articles: the convention's are the text's.
  assert.deepEqual(read('第33/83號政府命令\n\n獨一條\n\n通過《國際性誘拐兒童民事方面的公約》。\n\n國際性誘拐兒童民事方面的公約\n\n第一條\n\n本公約的目的是保證兒童迅速返回。\n\n第二條\n\n締約國應採取一切適當措施。\n').articles.map((a) => a.name), ['第一条', '第二条']);
  // Nor over articles labelled by ordinals alone (`第一` / `第二`, the UN Treaty Series' transcriptions).
  assert.deepEqual(articles('第5/2000號法令\n\n獨一條\n\n核准下列協定。\n\n甲國和乙國文化協定\n\n第一\n\n締約雙方同意加強合作。\n\n第二\n\n本協定自簽字之日起生效。\n'), ['第一 第一', '第二 第二']);
  // Two such lines are no sole article; nor words opening with its characters (`唯一条件是…`).
  assert.deepEqual(articles('某法令\n\n獨一條 甲。\n\n獨一條 乙。\n'), []);
  assert.deepEqual(articles('某法令\n\n唯一条件是遵守有关组织的规章。\n'), []);
});
