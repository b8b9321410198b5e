// Readings of real texts first read in session 47 (test/fixtures/real, docs/variants.md "Read in session 47"), as data: a small
// text laid out as the real one is, the reading a reader gives, and the texts the rule must leave alone. Each rule is about how
// Chinese treaty text is printed, never about one document.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textContext } from '../../server/src/features/context';
import { documentSymbols } from '../../server/src/features/documentSymbols';

function title(name: string, source: string, want: string | undefined): void {
  test(`session 47 readings, title: ${name}`, () => {
    assert.equal(textContext(source).treaty.title?.text, want);
  });
}

// A gazette's notice giving an agreement's English text then the Chinese, as a store joins them on one line: the English
// ends with its testimonium's full stop, the Chinese title follows after a space, then the preamble (`本协定缔约方,`).
const ENGLISH = 'Article 22 Registration This Agreement shall be registered by the depositary. IN WITNESS WHEREOF, the undersigned, being duly authorized, have signed this Agreement.';
title('the Chinese title after the English text on one line: read',
  `|\n[接上页] ${ENGLISH} 甲乙两国海运合作协定 本协定缔约方, 注意到海运合作的重要性, 达成协议如下: 第一条 定义 一、为本协定的目的,“船舶”指商船。 第二条 生效 本协定自签字之日起生效。\n`,
  '甲乙两国海运合作协定');
title('the Chinese title after the English, the preamble opening with the parties (缔约双方): read',
  `${ENGLISH} 甲乙两国文化协定 缔约双方, 达成协议如下: 第一条 双方鼓励文化交流。 第二条 本协定自签字之日起生效。\n`,
  '甲乙两国文化协定');
// Not: a Chinese sentence after the English (no kind named), nor a kind named after too few English words (a name in Latin
// letters inside a Chinese text), nor a title followed by no preamble's opening.
title('a Chinese sentence after the English: no title',
  `${ENGLISH} 双方同意加强合作 本协定缔约方, 达成协议如下: 第一条 双方鼓励文化交流。 第二条 本协定自签字之日起生效。\n`,
  undefined);
title('a kind named after three Latin words: no title',
  '|\nIn 1990, see Art. 甲乙两国文化协定 缔约双方, 达成协议如下: 第一条 双方鼓励文化交流。 第二条 本协定自签字之日起生效。\n',
  undefined);
title('a title after the English, then no preamble: no title',
  `${ENGLISH} 甲乙两国文化协定 第一条 双方鼓励文化交流。 第二条 本协定自签字之日起生效。\n`,
  undefined);

function chapters(name: string, source: string, want: string[]): void {
  test(`session 47 readings, chapters: ${name}`, () => {
    const t = textContext(source).treaty;
    assert.deepEqual(t.chapters.map((c) => `${c.name} ${c.caption ?? ''}`.trim()), want);
  });
}

// A page that lost the line break after the preamble's last words: the first part's heading glued after their colon
// (`達成協定如下:第一部分序言`), the first article on the next line.
chapters('a part heading glued after 如下: with the first article under it: a part',
  '甲乙兩國合作協定\n締約雙方,\n達成協定如下:第一部分序言\n第一條定義\n一、為本協定的目的,“船舶”指商船。\n第二條\n本協定自簽字之日起生效。\n',
  ['第一部分 序言']);
chapters('the same in simplified, a colon of full width: a part',
  '甲乙两国合作协定\n缔约双方，\n达成协议如下：第一部分总则\n第一条 双方鼓励合作。\n第二条 本协定自签字之日起生效。\n',
  ['第一部分 总则']);
// Not: a chapter named after a colon that is no preamble's closing (a reference the sentence makes), nor one whose next line
// is no article.
chapters('a chapter named after another colon: none',
  '甲乙两国合作协定\n第一条 下列规定适用于:第二章附则\n第二条 本协定自签字之日起生效。\n',
  []);
chapters('a part glued after 如下: with no article on the next line: none',
  '甲乙两国合作协定\n缔约双方，\n达成协议如下：第一部分总则\n双方鼓励合作。\n第一条 双方鼓励合作。\n',
  []);

function meaning(name: string, source: string, term: string, want: string | undefined): void {
  test(`session 47 readings, meaning: ${name}`, () => {
    assert.equal(textContext(source).treaty.definitions.find((d) => d.term === term)?.meaning, want);
  });
}

// A store that joined a definition's lead and its list on one line (and cut the page in the list's first member): the meaning
// is the lead's, as when the list stands below.
meaning('a lead ending with a colon, its list (一) run on after it: the lead',
  '甲乙两国合作协定 本协定缔约方, 达成协议如下: 第一条 定义 一、为本协定的目的,“海盗”指下列行为中的任何行为: (一) 私人船舶或私人飞机的船员、\n',
  '海盗', '下列行为中的任何行为');
meaning('a lead ending with a colon, its list 1. run on after it: the lead',
  '甲乙两国合作协定\n第一条 “船舶”指下列船舶: 1. 商船、\n',
  '船舶', '下列船舶');
// Not: a colon inside the meaning followed by words, not a label (the meaning goes on to its clause's end).
meaning('a colon followed by words: the meaning to the clause\'s end',
  '甲乙两国合作协定\n第一条 “船舶”指用于下列目的的船只:运输货物或旅客。\n第二条 本协定自签字之日起生效。\n',
  '船舶', '用于下列目的的船只:运输货物或旅客');

// A law exported from the national database: its adoption and amendment history in brackets under the title, then its table
// of contents (`目　　录` over the chapters' headings), the text with Windows line ends and a byte order mark. The outline lists
// no preamble for the history and the table (the chapters follow, each once).
test('session 47 readings, outline: a law\'s history and table of contents are no preamble', () => {
  const source = '\uFEFF\r\n\r\n中华人民共和国甲法\r\n\r\n（1985年9月6日第六届全国人民代表大会常务委员会第十二次会议通过　根据2009年8月27日第十一届全国人民代表大会常务委员会第十次会议《关于修改部分法律的决定》第一次修正）\r\n\r\n目　　录\r\n第一章　总　　则\r\n第二章　附　　则\r\n\r\n第一章　总　　则\r\n\r\n第一条　为了加强管理，制定本法。\r\n\r\n第二章　附　　则\r\n\r\n第二条　本法自1986年7月1日起施行。\r\n';
  const symbols = documentSymbols(textContext(source));
  assert.equal(symbols.length, 1);
  assert.equal(symbols[0].name, '中华人民共和国甲法');
  assert.deepEqual(symbols[0].children?.map((s) => s.name), ['第一章', '第二章']);
});
test('session 47 readings, outline: a preamble under a table of contents stays a preamble', () => {
  const source = '甲乙两国合作公约\n\n目录\n第一章　总则\n第二章　附则\n\n本公约缔约各国，认识到合作的重要性，议定下列各条：\n\n第一章　总则\n\n第一条　缔约各国开展合作。\n\n第二章　附则\n\n第二条　本公约自签字之日起生效。\n';
  const symbols = documentSymbols(textContext(source));
  assert.deepEqual(symbols[0].children?.map((s) => s.name), ['序言', '第一章', '第二章']);
});
// Nor a meaning that is itself the list's members, a model text's blank for each party (`“主管部门”这一用语是指: (1)在甲国: (2)在乙国:`).
test('session 47 readings, meaning: a meaning made of the members, each ending with a colon: all of them', () => {
  const source = '甲国和乙国税收协定\n第三条 一般定义 1.本协定中: e.“主管部门”这一用语是指: (1)在甲国: (2)在乙国: 2.在缔约国一方实施本协定时,按该国法律解释。\n第四条 本协定自签字之日起生效。\n';
  // (The white space after 是指: is the meaning's as it was before: compared trimmed.)
  assert.equal(textContext(source).treaty.definitions.find((d) => d.term === '主管部门')?.meaning.trim(), '(1)在甲国: (2)在乙国');
});
