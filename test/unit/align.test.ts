// Parallel texts: pairing, alignment, divergence checks, navigation and renumbering across
// the equally authentic texts of one instrument. Expected answers are written by reading the
// texts; real pairs come from test/fixtures/multilingual/ (sources in its README), and each
// deliberate divergence is made in a copy of one of them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { WorkspaceIndex } from '../../server/src/index/workspace';
import { buildTreaty } from '../../server/src/model/treaty';
import { numbersIn } from '../../server/src/model/quantities';
import { align, Alignment, ItemPair } from '../../server/src/features/align';
import { counterpartLenses, counterpartLocation, counterpartsOf } from '../../server/src/features/counterparts';
import { renameWithCounterparts, renumberWithCounterparts } from '../../server/src/features/counterpartEdits';
import { contextOf } from '../../server/src/features/context';
import { diagnostics } from '../../server/src/features/diagnostics';
import { readConfig } from '../../server/src/protocol/config';
import { ROOT } from '../support/fixture';
import { workspace } from '../support/workspace';
import { divergences, indexOf } from '../support/divergence';

const DIR = path.join(ROOT, 'test/fixtures/multilingual');
const read = (name: string) => fs.readFileSync(path.join(DIR, name), 'utf8');
const REAL = ['un_charter_ch1-3', 'cis_belovezha_1991', 'ecsc_paris_1951_excerpt', 'gulf_of_tonkin_1964', 'unesco_cultural_property_1970_art1-8', 'un_charter_ch1_tw'];



/** Item pairs as `11 22{11 22}`: each pair's positions (`-` for none), its sub-item pairs in braces. */
function describeItems(items: ItemPair[]): string {
  return items.map((i) => `${i.a?.index ?? '-'}${i.b?.index ?? '-'}${i.items.length ? `{${describeItems(i.items)}}` : ''}`).join(' ');
}

/** Every article pair, with its paragraph pairs (`1/1`) and item pairs (`[11 22]`, sub-items `{11 22}`), `-` for none. */
function describe(al: Alignment): string[] {
  return al.articles.map((p) => `${p.a?.name ?? '-'}↔${p.b?.name ?? '-'} ${p.by}${p.paragraphs.length ? ' ' : ''}${p.paragraphs
    .map((q) => `${q.a?.index ?? '-'}/${q.b?.index ?? '-'}${q.items.length ? `[${describeItems(q.items)}]` : ''}`).join(' ')}`);
}

// ---- Alignment ----------------------------------------------------------------------------------

test('align: the UN Charter (chapters I–III) in Chinese and English, article by article and paragraph by paragraph', () => {
  const al = align(buildTreaty(read('un_charter_ch1-3.zh.md')), buildTreaty(read('un_charter_ch1-3.en.md')));
  assert.deepEqual(describe(al), [
    '第一条↔Article 1 number 1/1 2/2 3/3 4/4',
    '第二条↔Article 2 number 1/1 2/2 3/3 4/4 5/5 6/6 7/7',
    '第三条↔Article 3 number 1/1',
    '第四条↔Article 4 number 1/1 2/2',
    '第五条↔Article 5 number 1/1',
    '第六条↔Article 6 number 1/1',
    '第七条↔Article 7 number 1/1 2/2',
    '第八条↔Article 8 number 1/1',
  ]);
});

test('align: the ECSC treaty (articles 1–4), items (a)–(g) with （甲）–（庚）', () => {
  const al = align(buildTreaty(read('ecsc_paris_1951_excerpt.zh.md')), buildTreaty(read('ecsc_paris_1951_excerpt.en.md')));
  assert.deepEqual(describe(al), [
    '第一条↔Article 1 number 1/1',
    '第二条↔Article 2 number 1/1 2/2',
    '第三条↔Article 3 number 1/1[11 22 33 44 55 66 77]',
    '第四条↔Article 4 number 1/1[11 22 33 44]',
  ]);
});

test('align: the UNESCO 1970 Convention (articles 1–8): items `1.` ↔ `(a)`, unnumbered list entries ↔ `(i)`–`(iv)` under them', () => {
  const al = align(buildTreaty(read('unesco_cultural_property_1970_art1-8.zh.md')), buildTreaty(read('unesco_cultural_property_1970_art1-8.en.md')));
  assert.deepEqual(describe(al), [
    '第一条↔Article 1 number 1/1[11 22 33 44 55 66 77{11 22 33 44} 88 99 1010 1111]',
    '第二条↔Article 2 number 1/1 2/2',
    '第三条↔Article 3 number 1/1',
    '第四条↔Article 4 number 1/1[11 22 33 44 55]',
    '第五条↔Article 5 number 1/1[11 22 33 44 55 66 77]',
    '第六条↔Article 6 number 1/1[11 22 33]',
    '第七条↔Article 7 number 1/1[11 22{11 22}]',
    '第八条↔Article 8 number 1/1',
  ]);
});

test('align: the UN Charter\'s Chapter I in the 1945 Chinese text: the paragraphs 一、…四、 with the English items 1.–4. that the sentence leading into them holds', () => {
  const al = align(buildTreaty(read('un_charter_ch1_tw.zh.md')), buildTreaty(read('un_charter_ch1_tw.en.md')));
  assert.deepEqual(describe(al), [
    '第一条↔Article 1 number 1/1 2/2 3/3 4/4',
    '第二条↔Article 2 number 1/1 2/2 3/3 4/4 5/5 6/6 7/7',
  ]);
  // Each Chinese paragraph with its English item: the unit, not the whole paragraph that leads into the list.
  const en = read('un_charter_ch1_tw.en.md');
  const second = al.articles[0].paragraphs[1].b!;
  assert.match(en.slice(second.start, second.end), /^2\. To develop friendly relations/);
});

const ALIGNMENTS: [string, string, string, string[]][] = [
  ['an article missing on one side: the others pair by number',
    '# 测试协定\n\n## 第一条\n\n甲。\n\n## 第二条\n\n乙。\n\n## 第三条\n\n丙。\n',
    '# Test Agreement\n\n## Article 1\n\nOne.\n\n## Article 3\n\nThree.\n',
    ['第一条↔Article 1 number 1/1', '第二条↔- position', '第三条↔Article 3 number 1/1']],
  ['numbered otherwise, as many articles: by position',
    '# 测试协定\n\n## 第一条\n\n甲。\n\n## 第二条\n\n乙。\n\n## 第三条\n\n丙。\n',
    '# Test Agreement\n\n## Article 10\n\nOne.\n\n## Article 11\n\nTwo.\n\n## Article 12\n\nThree.\n',
    ['第一条↔Article 10 position 1/1', '第二条↔Article 11 position 1/1', '第三条↔Article 12 position 1/1']],
  ['numbered otherwise and one fewer: by the numbers they say',
    '# 测试协定\n\n## 第一条\n\n双方在五年内完成。\n\n## 第二条\n\n利率为百分之十。\n\n## 第三条\n\n在三十日内通知。\n',
    '# Test Agreement\n\n## Article 7\n\nThe Parties shall complete it within five years.\n\n## Article 9\n\nNotice shall be given within thirty days.\n',
    ['第一条↔Article 7 content 1/1', '第二条↔- content', '第三条↔Article 9 content 1/1']],
  ['numbered paragraphs pair by number, even when the numbers run on over a missing one',
    '# 测试协定\n\n## 第一条\n\n一、双方在五年内完成。\n\n二、利率为百分之十。\n\n三、在三十日内通知。\n',
    '# Test Agreement\n\n## Article 1\n\n1. The Parties shall complete it within five years.\n\n2. Notice shall be given within thirty days.\n',
    ['第一条↔Article 1 number 1/1 2/2 3/-']],
  ['a paragraph missing among unnumbered ones: the paragraphs pair by what they say',
    '# 测试协定\n\n## 第一条\n\n双方在五年内完成。\n\n利率为百分之十。\n\n在三十日内通知。\n',
    '# Test Agreement\n\n## Article 1\n\nThe Parties shall complete it within five years.\n\nNotice shall be given within thirty days.\n',
    ['第一条↔Article 1 number 1/1 2/- 3/2']],
  // The Sino-British Joint Declaration's form: the paragraphs it declares, 一、二、三、 in Chinese and 1. 2. 3. in
  // English, with no article in either, are its points, paired by number, and so are their items.
  ['a declaration\'s points, 一、二、三、 against 1. 2. 3., and their items',
    '# 甲国政府和中华人民共和国政府关于乙地问题的联合声明\n\n一、中华人民共和国政府声明：决定于一九九七年七月一日对乙地恢复行使主权。\n\n二、甲国政府声明：于一九九七年七月一日将乙地交还给中华人民共和国。\n\n三、两国政府声明：\n\n（一）现行的社会、经济制度不变；\n\n（二）成立联合联络小组。\n',
    "Joint Declaration of the Government\nof Utopia and the Government of the People's Republic of China\non the question of Atlantis\nThe two Governments have agreed to declare as follows:\n1. The Government of the People's Republic of China declares that it has decided to resume the exercise of sovereignty over Atlantis with effect from 1 July 1997.\n2. The Government of Utopia declares that it will restore Atlantis to the People's Republic of China with effect from 1 July 1997.\n3. The two Governments declare that:\n(1) the current social and economic systems will remain unchanged;\n(2) a Joint Liaison Group will be set up.\n",
    ['一、↔1. number 1/1', '二、↔2. number 1/1', '三、↔3. number 1/1[11 22]']],
];

for (const [name, zh, en, expected] of ALIGNMENTS) {
  test(`align: ${name}`, () => assert.deepEqual(describe(align(buildTreaty(zh), buildTreaty(en))), expected));
}

// ---- Divergence checks --------------------------------------------------------------------------

test('divergence: the real instruments\' texts align with no divergence', () => {
  for (const name of REAL) {
    const files = Object.fromEntries(fs.readdirSync(DIR).filter((f) => f.startsWith(`${name}.`) && f.endsWith('.md')).map((f) => [f, read(f)]));
    assert.equal(Object.keys(files).length, 2, name);
    assert.deepEqual(divergences(files), Object.fromEntries(Object.keys(files).map((f) => [f, []])), name);
  }
});

/** The files of one real instrument, by name. */
const realPair = (name: string) => Object.fromEntries(fs.readdirSync(DIR).filter((f) => f.startsWith(`${name}.`) && f.endsWith('.md')).map((f) => [f, read(f)]));

// The 1972 World Heritage Convention as found (test/fixtures/multilingual/README.md): its Chinese text
// (traditional characters) says 兩年, 三個月, 一年 and 第1和2條 (two numbers sharing one 條: articles 1 and 2) where
// the English says two years, three months, twelve months and Articles 1 and 2 — no divergence —, and differs from it twice: Article 29(3)
// has the Committee submit 7 份 reports where the English has a report, and the English source sets the
// second sentence of Article 16(5) apart by a blank line (six paragraphs against five). Article 36's
// `Articles` ends a line of the English text before `31 and 32` (a hard break inside the paragraph): read
// across it, they agree with the Chinese 第31 和 32條. And the bulleted lists under Articles 1 and 2's chapeaux are their
// paragraphs' items: the Chinese source joins the English Article 2's first two entries (natural features; geological
// and physiographical formations) in one bullet, two items against three — a real divergence, read since the bullets are.
test('divergence: the 1972 World Heritage Convention\'s texts, real divergences only', () => {
  assert.deepEqual(divergences(realPair('world_heritage_1972')), {
    'world_heritage_1972.en.md': ['34:align.item-count:本款有3项，中文本第二条有2项', '120:align.paragraph-count:本条有6款，中文本第十六条有5款'],
    'world_heritage_1972.zh.md': [
      '30:align.item-count:本款有2项，英文本Article 2有3项',
      '113:align.paragraph-count:本条有5款，英文本Article 16有6款',
      '168:align.number:“7 份”（7）在英文本Article 29第3款中没有对应的数值',
    ],
  });
});

// The UN Charter's Chapter XIX (test/fixtures/multilingual/README.md): the English signing clause is dated in words
// (`DONE at the city of San Francisco the twenty-sixth day of June, one thousand nine hundred and forty-five.`), the
// Chinese in digits (`公曆1945年6月26日簽訂於舊金山市。`): they agree. A day or a year changed in the English words is
// a signing date the Chinese does not have, reported in both texts.
test('divergence: the UN Charter\'s Chapter XIX — a signing date in words is compared with the Chinese digits', () => {
  const pair = realPair('un_charter_ch19');
  assert.deepEqual(divergences(pair), { 'un_charter_ch19.en.md': [], 'un_charter_ch19.zh.md': [] });
  const en = pair['un_charter_ch19.en.md'];
  const day = en.replace('twenty-sixth day of June', 'twenty-fifth day of June');
  assert.deepEqual(divergences({ ...pair, 'un_charter_ch19.en.md': day }), {
    'un_charter_ch19.en.md': ['17:align.date:签署日期 1945年6月25日 与中文本的 1945年6月26日 不一致'],
    'un_charter_ch19.zh.md': ['10:align.date:签署日期 1945年6月26日 与英文本的 1945年6月25日 不一致'],
  });
  const year = en.replace('nine hundred and forty-five', 'nine hundred and forty-six');
  assert.deepEqual(divergences({ ...pair, 'un_charter_ch19.en.md': year }), {
    'un_charter_ch19.en.md': ['17:align.date:签署日期 1946年6月26日 与中文本的 1945年6月26日 不一致'],
    'un_charter_ch19.zh.md': ['10:align.date:签署日期 1945年6月26日 与英文本的 1946年6月26日 不一致'],
  });
});

// The Treaty of Versailles' Shantung articles (1919): the English numbers each article run in with its first words
// (`ARTICLE 156.—Germany renounces …`) and dates the treaty of 1898 `6th March, 1898`, the Chinese translation
// `1898年3月6日`: they agree. The year changed in the English, each text reports the date the other lacks.
test('divergence: the Treaty of Versailles, Articles 156–157 — `6th March, 1898` against `1898年3月6日`', () => {
  const pair = realPair('versailles_1919_art156-157');
  assert.deepEqual(divergences(pair), { 'versailles_1919_art156-157.en.md': [], 'versailles_1919_art156-157.zh.md': [] });
  const en = pair['versailles_1919_art156-157.en.md'].replace('6th March, 1898', '6th March, 1899');
  assert.deepEqual(divergences({ ...pair, 'versailles_1919_art156-157.en.md': en }), {
    'versailles_1919_art156-157.en.md': ['3:align.date:日期“6th March, 1899”在中文本第一百五十六条第1款中没有对应'],
    'versailles_1919_art156-157.zh.md': ['7:align.date:日期“1898年3月6日”在英文本ARTICLE 156第1款中没有对应'],
  });
});

// The UN Charter's Chapter I in the 1945 Chinese text (traditional characters, `**第一條**　聯合國之宗旨為：` with
// `一、` … `四、` on the lines after it) against the English: Article 1's list is numbered paragraphs in the Chinese
// text and, in the English excerpt, items `1.` … `4.` of the sentence that leads into them (`The Purposes of the
// United Nations are:`) — the same four units, numbered alike: no divergence (in the REAL list above).

// The Universal Declaration of Human Rights (1948), Articles 1–25: the Chinese text of 1948 (traditional characters,
// `**第十一條**　一．…` with `二．` on the next line) and an English text as found (lines hard-wrapped at 72 characters,
// paragraphs `a.` `b.`, some after a markdown line break `  ` / ` b.`). One real divergence: the English source sets
// the last sentence of Article 11(b) (`Nor shall a heavier penalty…`) apart by a blank line (three paragraphs
// against two). Article 16(a) is wrapped right after a full stop (`…to found it family.` / `They are entitled to
// equality…`, the line full, `They` not fitting on it): one paragraph, as the Chinese 一． is (syntax/foreignLines.ts
// wrappedStops) — no divergence there.
test('divergence: the Universal Declaration of Human Rights (Articles 1–25), the real divergence', () => {
  assert.deepEqual(divergences(realPair('udhr_1948_art1-25')), {
    'udhr_1948_art1-25.en.md': ['116:align.paragraph-count:本条有3款，中文本第十一条有2款'],
    'udhr_1948_art1-25.zh.md': ['42:align.paragraph-count:本条有2款，英文本Article 11有3款'],
  });
});

// The UNESCO 1970 Convention, Articles 9–26 and the signing clause: numbers agree in digits and words (`第3份` the
// third, `三個月` and `3個月` three months, `12個月` twelve months), the date and copies of signature agree, and
// Article 10's list, `1.` `2.` after `本公約締約國承擔：` in the Chinese text, `- (a)` `- (b)` in the English, is one
// list. One divergence is real: the Chinese source breaks Article 25's first sentence across `1.` and `2.`
// (`…大會` / `2. 予以修正。`), three paragraphs against two.
test('divergence: the UNESCO 1970 Convention (Articles 9–26), the real divergence', () => {
  const real = {
    'unesco_cultural_property_1970_art9-26.en.md': ['76:align.paragraph-count:本条有2款，中文本第二十五条有3款'],
    'unesco_cultural_property_1970_art9-26.zh.md': ['69:align.paragraph-count:本条有3款，英文本Article 25有2款'],
  };
  // (Article 17's list entries (`   - 情報和教育；` …), indented under paragraph `1.`, were read as a paragraph of their own,
  // six paragraphs against five: a bulleted list under a chapeau is its paragraph's items now. Article 24's `第十九條和二十條`,
  // the second number with its 條 but no 第, is read as articles 19 and 20: the English `Articles 19 and 20` agrees.)
  const knownFalse = {
    'unesco_cultural_property_1970_art9-26.en.md': [],
    'unesco_cultural_property_1970_art9-26.zh.md': [],
  };
  const got = divergences(realPair('unesco_cultural_property_1970_art9-26'));
  assert.deepEqual(got, Object.fromEntries(Object.entries(real).map(([f, ds]) => [f, [...ds, ...knownFalse[f as keyof typeof knownFalse]].sort((x, y) => parseInt(x) - parseInt(y))])));
});

// The Florence Charter (ICOMOS, 1982) as found: Article 4's list entries end with full stops in English
// and `；` in Chinese, one paragraph either way, the entries its four items; the Chinese text sets the last sentence of Article 24
// (還應注意確保…定期培植。) apart as a second paragraph, the one real divergence.
test('divergence: the Florence Charter\'s texts, the real divergence only', () => {
  assert.deepEqual(divergences(realPair('historic_gardens_florence_1982')), {
    'historic_gardens_florence_1982.en.md': ['86:align.paragraph-count:本条有1款，中文本第二十四条有2款'],
    'historic_gardens_florence_1982.zh.md': ['86:align.paragraph-count:本条有2款，英文本Article 24有1款'],
  });
});

/** The UN Charter's two texts, the English one changed by `edit`. */
function charter(edit: (en: string) => string): Record<string, string[]> {
  const en = read('un_charter_ch1-3.en.md');
  const changed = edit(en);
  assert.notEqual(changed, en, 'the deliberate divergence is made');
  return divergences({ 'un.zh.md': read('un_charter_ch1-3.zh.md'), 'un.en.md': changed });
}

test('divergence align.article-count: Article 5 taken out of the English text', () => {
  assert.deepEqual(charter((en) => en.replace(/Article 5\n---------\n\n[^\n]*\n\n/, '')), {
    'un.zh.md': ['39:align.article-count:英文本没有与第五条对应的条款（本文本共8条，英文本共7条）'],
    'un.en.md': ['33:align.article-count:中文本的第五条在本文本中没有对应条款（本文本共7条，中文本共8条）'],
  });
});

// The Treaty of Nanking's Article III as a book prints it: a page ends inside its sentence, with a note at the
// page's foot (the source, its year and pages) and the page number before the sentence runs on.
test('divergence: a note at a page\'s foot and the page number inside an article are none of its paragraphs or numbers', () => {
  const zh = '# 南京条约\n\n## 第三款\n\n因大英商船远路涉洋，往往有损坏须修补者，自应给予沿海一处，以便修船及存守所用物料。今大皇帝准将香港一岛给予大英君主暨嗣后世袭主位者常远据守主掌，任便立法治理。\n';
  const en = 'Treaty of Nanking (Nanjing), 29 August 1842 *\nARTICLE III. It being obviously necessary and desirable, that British Subjects\nshould have some Port whereat they may careen and refit their Ships, His Majesty the Emperor of China\ncedes to Her Majesty the Queen of Great Britain the Island of Hong Kong,\nto be possessed in perpetuity by Her Britannic Majesty, Her Heirs and\n* Source: The Maritime Customs, Treaties, Conventions, etc., Between China and Foreign States,\nShanghai 1917, vol. 1, pp. 351-56.\n198\nSuccessors, and to be governed by such Laws and Regulations as Her Majesty\nthe Queen of Great Britain shall see fit to direct.\n';
  assert.deepEqual(divergences({ 'nanking.zh.md': zh, 'nanking.en.md': en }), { 'nanking.zh.md': [], 'nanking.en.md': [] });
});

// A page number alone, in both languages: a PDF's page ends inside the article's sentence.
test('divergence: a page number inside an article\'s sentence is none of its numbers, in either text', () => {
  const zh = '# 测试协定\n\n## 第一条\n\n双方应在五年内完成\n\n- 12 -\n\n本协定规定的合作。\n';
  const en = '# Test Agreement\n\n## Article 1\n\nThe Parties shall complete within five years\n\n7\n\nthe cooperation provided for in this Agreement.\n';
  assert.deepEqual(divergences({ 'test.zh.md': zh, 'test.en.md': en }), { 'test.zh.md': [], 'test.en.md': [] });
});

test('divergence align.paragraph-count: paragraph 4 of Article 1 taken out of the English text', () => {
  assert.deepEqual(charter((en) => en.replace(/\n4\. To be a centre[^\n]*\n/, '\n')), {
    'un.zh.md': ['3:align.paragraph-count:本条有4款，英文本Article 1有3款'],
    'un.en.md': ['3:align.paragraph-count:本条有3款，中文本第一条有4款'],
  });
});

test('divergence align.date: the Declaration by United Nations dated 2 January 1942 in the English text', () => {
  assert.deepEqual(charter((en) => en.replace('1 January 1942', '2 January 1942')), {
    'un.zh.md': ['31:align.date:日期“一九四二年一月一日”在英文本Article 3中没有对应'],
    'un.en.md': ['31:align.date:日期“2 January 1942”在中文本第三条中没有对应'],
  });
});

test('divergence align.reference: “the Purposes stated in Article 3” against 第一条所述各宗旨', () => {
  assert.deepEqual(charter((en) => en.replace('Purposes stated in Article 1', 'Purposes stated in Article 3')), {
    'un.zh.md': ['16:align.reference:“第一条”所指条款与英文本Article 2中的引用（Article 3）不对应'],
    'un.en.md': ['16:align.reference:“Article 3”所指条款与中文本第二条中的引用（第一条）不对应'],
  });
});

test('divergence align.reference: references read by the model, Roman numerals too (`Article III` against 第一条; `Article I` agrees)', () => {
  assert.deepEqual(charter((en) => en.replace('Purposes stated in Article 1', 'Purposes stated in Article I')), { 'un.zh.md': [], 'un.en.md': [] });
  assert.deepEqual(charter((en) => en.replace('Purposes stated in Article 1', 'Purposes stated in Article III')), {
    'un.zh.md': ['16:align.reference:“第一条”所指条款与英文本Article 2中的引用（Article III）不对应'],
    'un.en.md': ['16:align.reference:“Article III”所指条款与中文本第二条中的引用（第一条）不对应'],
  });
});

test('divergence align.item-count: item (b) taken out of Article 4 of the ECSC treaty in English', () => {
  const en = read('ecsc_paris_1951_excerpt.en.md');
  const changed = en.replace(/\n\(b\) measures or practices[^\n]*/, '');
  assert.notEqual(changed, en);
  assert.deepEqual(divergences({ 'ecsc.zh.md': read('ecsc_paris_1951_excerpt.zh.md'), 'ecsc.en.md': changed }), {
    'ecsc.zh.md': ['23:align.item-count:本款有4项，英文本Article 4有3项'],
    'ecsc.en.md': ['23:align.item-count:本款有3项，中文本第四条有4项'],
  });
});

test('divergence align.item-count at the depth of sub-items: (iii) taken out of Article 1(g) of the UNESCO Convention in English', () => {
  const en = read('unesco_cultural_property_1970_art1-8.en.md');
  const changed = en.replace(/\n {2}- \(iii\) original engravings[^\n]*/, '');
  assert.notEqual(changed, en);
  assert.deepEqual(divergences({ 'unesco.zh.md': read('unesco_cultural_property_1970_art1-8.zh.md'), 'unesco.en.md': changed }), {
    'unesco.zh.md': ['39:align.item-count:本项有4目，英文本Article 1第7项有3目'],
    'unesco.en.md': ['37:align.item-count:本项有3目，中文本第一条第7项有4目'],
  });
});

test('divergence align.signing: the Belovezha agreement in Russian made in two copies, the Chinese text in three', () => {
  const ru = read('cis_belovezha_1991.ru.md');
  const changed = ru.replace('в трех экземплярах', 'в двух экземплярах');
  assert.notEqual(changed, ru);
  assert.deepEqual(divergences({ 'cis.zh.md': read('cis_belovezha_1991.zh.md'), 'cis.ru.md': changed }), {
    'cis.zh.md': ['35:align.signing:本文本为3份，俄文本为2份'],
    'cis.ru.md': ['33:align.signing:本文本为2份，中文本为3份'],
  });
});

/** A bilateral agreement written for these tests in Chinese and Russian: every number, date, reference, term and signing detail agrees. */
const ZH = `# 中华人民共和国政府和俄罗斯联邦政府关于测试合作的协定

中华人民共和国政府和俄罗斯联邦政府（以下简称“双方”），

## 第一条

双方在五年内完成合作，每年提供百分之五的资金。

## 第二条

一、双方应在三十日内通知对方。

二、本协定第一条所述期限可延长两年。

## 第三条

双方商定：

（一）交换信息；

（二）举行会晤。

## 第四条

本协定自签署之日起生效，有效期十年。

本协定于2001年7月16日在莫斯科签订，一式两份，每份均用中文和俄文写成，两种文本同等作准。
`;
const RU = `# Соглашение между Правительством Китайской Народной Республики и Правительством Российской Федерации о сотрудничестве

Правительство Китайской Народной Республики и Правительство Российской Федерации (далее — «Стороны»),

## Статья 1

Стороны завершат сотрудничество в течение пяти лет и ежегодно предоставляют пять процентов средств.

## Статья 2

1. Стороны уведомляют друг друга в течение 30 (тридцати) дней.

2. Срок, указанный в статье 1 настоящего Соглашения, может быть продлен на два года.

## Статья 3

Стороны договорились:

а) обмениваться информацией;

б) проводить встречи.

## Статья 4

Настоящее Соглашение вступает в силу с даты его подписания и действует в течение десяти лет.

Совершено в г. Москве 16 июля 2001 года в двух экземплярах, каждый на китайском и русском языках, причем оба текста имеют одинаковую силу.
`;

function bilateral(edit: (ru: string) => string): Record<string, string[]> {
  const changed = edit(RU);
  assert.notEqual(changed, RU, 'the deliberate divergence is made');
  return divergences({ '协定.zh.md': ZH, '协定.ru.md': changed });
}

test('divergence: the Chinese and Russian texts written to agree raise nothing (numbers in words and digits, durations, percentages, dates, references, terms, signing)', () => {
  assert.deepEqual(divergences({ '协定.zh.md': ZH, '协定.ru.md': RU }), { '协定.zh.md': [], '协定.ru.md': [] });
});

test('divergence align.number: шести лет against 五年', () => {
  assert.deepEqual(bilateral((ru) => ru.replace('пяти лет', 'шести лет')), {
    '协定.zh.md': ['7:align.number:“五年”（5）在俄文本Статья 1中没有对应的数值'],
    '协定.ru.md': ['7:align.number:“шести лет”（6）在中文本第一条中没有对应的数值'],
  });
});

test('divergence align.number: 60 (шестидесяти) дней against 三十日', () => {
  assert.deepEqual(bilateral((ru) => ru.replace('30 (тридцати) дней', '60 (шестидесяти) дней')), {
    '协定.zh.md': ['11:align.number:“三十日”（30）在俄文本Статья 2第1款中没有对应的数值'],
    '协定.ru.md': ['11:align.number:“60 (шестидесяти) дней”（60）在中文本第二条第1款中没有对应的数值'],
  });
});

test('divergence align.term: «Договаривающиеся Стороны» where «Стороны» was defined and the Chinese says 双方', () => {
  assert.deepEqual(bilateral((ru) => ru.replace('Стороны договорились:', 'Обе Договаривающиеся Стороны договорились:')), {
    '协定.zh.md': ['17:align.term:“双方”在俄文本此处译作“Договаривающиеся Стороны”，与定义的“Стороны”不一致'],
    '协定.ru.md': ['17:align.term:“Договаривающиеся Стороны”与定义的“Стороны”不一致（中文本此处为“双方”）'],
  });
});

test('divergence align.term: the term read from an unquoted `, далее именуемые Сторонами,` (the model\'s definition), then «Договаривающиеся Стороны»', () => {
  const named = (ru: string) => ru.replace(' (далее — «Стороны»),', ', далее именуемые Сторонами,');
  assert.deepEqual(bilateral((ru) => named(ru)), { '协定.zh.md': [], '协定.ru.md': [] });
  assert.deepEqual(bilateral((ru) => named(ru).replace('Стороны договорились:', 'Обе Договаривающиеся Стороны договорились:')), {
    '协定.zh.md': ['17:align.term:“双方”在俄文本此处译作“Договаривающиеся Стороны”，与定义的“Сторонами”不一致'],
    '协定.ru.md': ['17:align.term:“Договаривающиеся Стороны”与定义的“Сторонами”不一致（中文本此处为“双方”）'],
  });
});

test('divergence align.signing: the languages of the signing clause', () => {
  assert.deepEqual(bilateral((ru) => ru.replace('на китайском и русском языках', 'на китайском и английском языках')), {
    '协定.zh.md': ['27:align.signing:语文（中文, 俄文）与俄文本（китайском, английском）不一致'],
    '协定.ru.md': ['27:align.signing:语文（китайском, английском）与中文本（中文, 俄文）不一致'],
  });
});

test('divergence align.date: the date of signature', () => {
  assert.deepEqual(bilateral((ru) => ru.replace('16 июля 2001 года', '17 июля 2001 года')), {
    '协定.zh.md': ['27:align.date:签署日期 2001年7月16日 与俄文本的 2001年7月17日 不一致'],
    '协定.ru.md': ['27:align.date:签署日期 2001年7月17日 与中文本的 2001年7月16日 不一致'],
  });
});

// A list numbered as paragraphs (`一、` `二、`) in one text and as the items of the one unnumbered paragraph leading into
// it in the other is one structure — but only so: a second paragraph, a numbered lead, another count of units, other
// numbers, or sub-items on one side only keep the texts' structures apart, and the divergence is reported.
const LIST_ZH = '# 测试协定\n\n## 第一条\n\n一、交换信息。\n\n二、举行会晤。\n';
const LIST_EN = '# Test Agreement\n\n## Article 1\n\nThe Parties shall:\n\n1. exchange information;\n\n2. hold meetings.\n';
const LISTS: [string, string, string, Record<string, string[]>][] = [
  ['the paragraphs 一、二、 and the items 1. 2. of the lead: one structure', LIST_ZH, LIST_EN, { '协定.zh.md': [], '协定.en.md': [] }],
  ['a second paragraph after the list: the paragraphs pair by position, the first with the list', LIST_ZH, `${LIST_EN}\nThis Article applies from the date of signature.\n`, {
    '协定.zh.md': ['5:align.item-count:本款有0项，英文本Article 1第1款有2项'],
    '协定.en.md': ['5:align.item-count:本款有2项，中文本第一条第1款有0项'],
  }],
  ['a numbered lead (1. The Parties shall: (a) (b))', LIST_ZH, LIST_EN.replace('The Parties shall:', '1. The Parties shall:').replace('1. exchange', '(a) exchange').replace('2. hold', '(b) hold'), {
    '协定.zh.md': ['3:align.paragraph-count:本条有2款，英文本Article 1有1款'],
    '协定.en.md': ['3:align.paragraph-count:本条有1款，中文本第一条有2款'],
  }],
  ['three items against two paragraphs', LIST_ZH, `${LIST_EN.replace('meetings.', 'meetings;')}\n3. report.\n`, {
    '协定.zh.md': ['3:align.paragraph-count:本条有2款，英文本Article 1有1款'],
    '协定.en.md': ['3:align.paragraph-count:本条有1款，中文本第一条有2款'],
  }],
  ['other numbers (一、三、 against 1. 2.)', LIST_ZH.replace('二、', '三、'), LIST_EN, {
    '协定.zh.md': ['3:align.paragraph-count:本条有2款，英文本Article 1有1款'],
    '协定.en.md': ['3:align.paragraph-count:本条有1款，中文本第一条有2款'],
  }],
  ['sub-items under 一、 only', LIST_ZH.replace('一、交换信息。', '一、交换信息：\n\n（一）文件；\n\n（二）数据。'), LIST_EN, {
    '协定.zh.md': ['3:align.paragraph-count:本条有2款，英文本Article 1有1款'],
    '协定.en.md': ['3:align.paragraph-count:本条有1款，中文本第一条有2款'],
  }],
];

for (const [name, zh, en, expected] of LISTS) {
  test(`divergence, a list as paragraphs against items: ${name}`, () => assert.deepEqual(divergences({ '协定.zh.md': zh, '协定.en.md': en }), expected));
}

test('divergence: each diagnostic names the counterpart\'s location', () => {
  const index = indexOf({ '协定.zh.md': ZH, '协定.ru.md': RU.replace('пяти лет', 'шести лет') });
  const d = diagnostics(contextOf(index, index.get(`file:///ws/${encodeURI('协定.zh.md')}`)!)).filter((x) => x.code === 'align.number');
  assert.deepEqual(d.map((x) => x.relatedInformation), [[{
    location: { uri: `file:///ws/${encodeURI('协定.ru.md')}`, range: { start: { line: 6, character: 0 }, end: { line: 6, character: 0 } } },
    message: '俄文本对应处：Статья 1',
  }]]);
});

// ---- Numbers in words ----------------------------------------------------------------------------

const NUMBERS: [string, string, string[]][] = [
  ['zh', '自1996年7月5日起三十（30）日内，百分之二点五，5%，100万美元，第五条，一方，两年', ['q30', 'q2.5', 'q5', 'q1000000', 'q2', 'd1996-7-5']],
  ['ru', 'в течение 30 (тридцати) дней, пяти лет, шестимесячный срок, 5 июля 1996 года, статьи 5, одна из Сторон, 1 000 000 долларов', ['q30', 'q5', 'q6', 'q1000000', 'd1996-7-5']],
  ['en', 'within thirty (30) days, a five-year period, Article 5, 2.5 per cent, on 5 July 1996, the 1982 Convention, $1,000,000, one of the Parties', ['q30', 'q5', 'q2.5', 'q1000000', 'd1996-7-5', 'd1982--']],
  // A link's address is no text (the 1972 World Heritage Convention's English in the Dutch treaty database links
  // `[Article 102 of the Charter of the United Nations](../…/BWBV0004143/README.md)`), nor is a bare address.
  ['en', 'In conformity with [Article 102 of the Charter](../../../verdrag/BWBV0004143/README.md), within thirty days (see https://treaties.un.org/doc/1972/12/)', ['q30']],
  ['zh', '依照[《联合国宪章》第一百零二条](../宪章/2023-05.md)，在三十日内（见https://treaties.un.org/doc/1972/12/）', ['q30']],
];

for (const [lang, text, expected] of NUMBERS) {
  test(`numbers in ${lang}: ${text.slice(0, 30)}…`, () => {
    const n = numbersIn(text, 0, text.length, lang);
    assert.deepEqual([...n.quantities.map((q) => `q${q.value}`), ...n.dates.map((d) => `d${d.year}-${d.month ?? ''}-${d.day ?? ''}`)], expected);
  });
}

test('numbers: an address is blanked in place — the numbers after it keep their offsets; http, https and ftp addresses alike', () => {
  // Addresses that begin or end with a digit (`](2005.md)`, `](../doc/2005)`) are blanked whole.
  const text = 'See [Article 102](../BWBV0004143/README.md), [Annex](2005.md), [Protocol](../doc/2005) and http://example.org/1972/12 and ftp://host/2005, within thirty days, with a deposit (of 5,000).';
  const n = numbersIn(text, 0, text.length, 'en');
  // A number before a closing bracket that is no address's stays (`(of 5,000)`).
  assert.deepEqual(n.quantities.map((q) => [q.value, text.slice(q.start, q.end)]), [[30, 'thirty days'], [5000, '5,000']]);
  assert.deepEqual(n.dates, []);
});

// ---- Pairing, navigation, lenses -------------------------------------------------------------------

test('pairing: by file name in one folder, and as declared', () => {
  const ws = workspace('%! a/协定.zh.md\n# 协定\n%! a/协定.ru.md\n# Соглашение\n%! a/协定.en.md\n# Agreement\n%! b/协定.ru.md\n# Соглашение\n%! 议定书.md\n# 议定书\n%! 议定书.ru.md\n# Протокол\n%! 其他.md\n# 其他\n%! x.md\n# 甲\n%! y.md\n# Y\n');
  const names = (file: string) => counterpartsOf(ws.index, ws.snapshot(ws.file(file))).map((c) => `${decodeURI(c.snapshot.uri.slice('file:///ws/'.length))}:${c.lang}`);
  assert.deepEqual(names('a/协定.zh.md'), ['a/协定.ru.md:ru', 'a/协定.en.md:en']);
  assert.deepEqual(names('议定书.md'), ['议定书.ru.md:ru']);
  assert.deepEqual(names('议定书.ru.md'), ['议定书.md:zh']);
  assert.deepEqual(names('其他.md'), []);
  assert.deepEqual(names('x.md'), []);
  // Declared in `.treatyrc.json` (the server feeds the index the groups as URIs).
  ws.index.setCounterparts([['file:///ws/x.md', 'file:///ws/y.md']]);
  assert.deepEqual(names('x.md'), ['y.md:en']);
  assert.deepEqual(names('y.md'), ['x.md:zh']);
});

test('navigation: treaty.counterpart at paragraph 3 of 第二条 is paragraph 3 of Article 2', () => {
  const index = indexOf({ 'un.zh.md': read('un_charter_ch1-3.zh.md'), 'un.en.md': read('un_charter_ch1-3.en.md') });
  const zh = index.get('file:///ws/un.zh.md')!;
  const line = zh.text.split('\n')[19];
  assert.match(line, /^3\. 各会员国应以和平方法/);
  const offset = zh.text.split('\n').slice(0, 19).join('\n').length + 1 + 5;
  const enLine = read('un_charter_ch1-3.en.md').split('\n')[19];
  assert.deepEqual(counterpartLocation(contextOf(index, zh), offset), { uri: 'file:///ws/un.en.md', range: { start: { line: 19, character: 0 }, end: { line: 19, character: enLine.length } } });
  // In the article's heading: the counterpart's heading.
  assert.deepEqual(counterpartLocation(contextOf(index, zh), zh.text.indexOf('第五条')), { uri: 'file:///ws/un.en.md', range: { start: { line: 38, character: 0 }, end: { line: 38, character: 9 } } });
});

test('navigation: treaty.counterpart at 二、 of the 1945 Chinese 第一條 is the English item 2. of Article 1, and back', () => {
  const index = indexOf({ 'un.zh.md': read('un_charter_ch1_tw.zh.md'), 'un.en.md': read('un_charter_ch1_tw.en.md') });
  const zh = index.get('file:///ws/un.zh.md')!;
  const en = index.get('file:///ws/un.en.md')!;
  const enLines = en.text.split('\n');
  assert.match(enLines[8], /^2\. To develop friendly relations/);
  assert.deepEqual(counterpartLocation(contextOf(index, zh), zh.text.indexOf('二、發展') + 5), { uri: 'file:///ws/un.en.md', range: { start: { line: 8, character: 0 }, end: { line: 8, character: enLines[8].length } } });
  const zhLines = zh.text.split('\n');
  assert.match(zhLines[6], /^二、發展國際間/);
  assert.deepEqual(counterpartLocation(contextOf(index, en), en.text.indexOf('2. To develop') + 5), { uri: 'file:///ws/un.zh.md', range: { start: { line: 6, character: 0 }, end: { line: 6, character: zhLines[6].length } } });
});

test('navigation: no counterpart, no location', () => {
  const index = indexOf({ '其他.md': ZH });
  assert.equal(counterpartLocation(contextOf(index, index.get(`file:///ws/${encodeURI('其他.md')}`)!), 0), null);
});

test('code lens: each article names its counterpart, or says it has none', () => {
  const index = indexOf({ '协定.zh.md': ZH, '协定.ru.md': RU.replace(/## Статья 3\n[\s\S]*?(?=## Статья 4)/, '') });
  const lenses = counterpartLenses(contextOf(index, index.get(`file:///ws/${encodeURI('协定.zh.md')}`)!));
  assert.deepEqual(lenses.map((l) => `${l.range.start.line + 1}:${l.command!.title}:${l.command!.command}`), [
    '5:俄文本对应条款：Статья 1:treaty.revealCounterpart',
    '9:俄文本对应条款：Статья 2:treaty.revealCounterpart',
    '15:俄文本无对应条款:',
    '23:俄文本对应条款：Статья 4:treaty.revealCounterpart',
  ]);
  assert.deepEqual(lenses[0].command!.arguments, [`file:///ws/${encodeURI('协定.ru.md')}`, { start: { line: 4, character: 3 }, end: { line: 4, character: 11 } }]);
});

// ---- Renumbering and rename across the texts ------------------------------------------------------

function applied(index: WorkspaceIndex, edit: WorkspaceEdit, name: string): string {
  const uri = `file:///ws/${encodeURI(name)}`;
  const s = index.get(uri)!;
  return TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, s.text), (edit.changes?.[uri] ?? []) as TextEdit[]);
}

test('rename: 第四条 → 第五条 renames Статья 4 too, in one edit', () => {
  const index = indexOf({ '协定.zh.md': ZH, '协定.ru.md': RU });
  const zh = index.get(`file:///ws/${encodeURI('协定.zh.md')}`)!;
  const edit = renameWithCounterparts(contextOf(index, zh), zh.text.indexOf('第四条') + 1, '第五条') as WorkspaceEdit;
  assert.equal(applied(index, edit, '协定.zh.md'), ZH.replace('## 第四条', '## 第五条'));
  assert.equal(applied(index, edit, '协定.ru.md'), RU.replace('## Статья 4', '## Статья 5'));
});

// A reference of the English text broken over a page of a PDF (`Articles`, the page number `16`, `1 and 3`): renaming
// 第一条 to 第九条 rewrites its number, and leaves the page number as it is.
test('rename across the texts: a reference broken over a page number keeps the page number', () => {
  const en = `# Agreement between the Government of the People's Republic of China and the Government of the Test Republic on Cooperation

## Article 1

1. The Parties shall cooperate.

2. The Parties shall exchange information.

## Article 2

The information shall be treated in accordance with Articles

16

1 and 3.

## Article 3

This Agreement shall enter into force on the date of its signature.
`;
  const index = indexOf({ '协定.zh.md': ZH3, '协定.en.md': en });
  const zh = index.get(`file:///ws/${encodeURI('协定.zh.md')}`)!;
  const edit = renameWithCounterparts(contextOf(index, zh), zh.text.indexOf('第一条') + 1, '第九条') as WorkspaceEdit;
  assert.ok(edit.changes, JSON.stringify(edit));
  assert.equal(applied(index, edit, '协定.en.md'), en.replace('## Article 1', '## Article 9').replace('16\n\n1 and 3.', '16\n\n9 and 3.'));
});

test('rename: refused when the counterpart cannot follow (a dangling `статьи 5` would come to name the renamed article)', () => {
  const ru = RU.replace('Стороны договорились:', 'Стороны договорились согласно статье 5:');
  const index = indexOf({ '协定.zh.md': ZH, '协定.ru.md': ru });
  const zh = index.get(`file:///ws/${encodeURI('协定.zh.md')}`)!;
  const answer = renameWithCounterparts(contextOf(index, zh), zh.text.indexOf('第四条') + 1, '第五条');
  assert.deepEqual(answer, { refused: '俄文本无法同样修改：悬空引用第17行“статье 5”会指向新编号的条款' });
});

// Renaming 第一条 to 第九条 in the Chinese text rewrites the counterpart's references to its
// Article 1 in the form each is written in (`пункт 2 статьи 1`, `Article 1(2)`, `paragraph 2 of
// Article 1`, `Articles 1 and 3`, Roman `Article I`), and leaves another instrument's article
// (`Article 1 of the Charter`) and the references to other articles alone.
const ZH3 = `# 中华人民共和国政府和测试国政府关于测试合作的协定

## 第一条

一、双方开展合作。

二、双方交换信息。

## 第二条

本协定第一条第二款所述信息，按照本协定第一条和第三条处理。

## 第三条

本协定自签署之日起生效。
`;
const RENAMES: [string, string, string, string][] = [
  ['Russian: `пункте 2 статьи 1`, `статьями 1 и 3`', 'ru', `# Соглашение между Правительством Китайской Народной Республики и Правительством Тестовой Республики о сотрудничестве

## Статья 1

1. Стороны сотрудничают.

2. Стороны обмениваются информацией.

## Статья 2

Информация, указанная в пункте 2 статьи 1 настоящего Соглашения, обрабатывается в соответствии со статьями 1 и 3 настоящего Соглашения.

## Статья 3

Настоящее Соглашение вступает в силу с даты его подписания.
`, `# Соглашение между Правительством Китайской Народной Республики и Правительством Тестовой Республики о сотрудничестве

## Статья 9

1. Стороны сотрудничают.

2. Стороны обмениваются информацией.

## Статья 2

Информация, указанная в пункте 2 статьи 9 настоящего Соглашения, обрабатывается в соответствии со статьями 9 и 3 настоящего Соглашения.

## Статья 3

Настоящее Соглашение вступает в силу с даты его подписания.
`],
  ['English: `Article 1(2)`, `paragraph 2 of Article 1`, `Articles 1 and 3`; `Article 1 of the Charter` stays', 'en', `# Agreement between the Government of the People's Republic of China and the Government of the Test Republic on Cooperation

## Article 1

1. The Parties shall cooperate under Article 1 of the Charter.

2. The Parties shall exchange information.

## Article 2

The information referred to in paragraph 2 of Article 1 and in Article 1(2) shall be treated in accordance with Articles 1 and 3 of this Agreement.

## Article 3

This Agreement shall enter into force on the date of its signature.
`, `# Agreement between the Government of the People's Republic of China and the Government of the Test Republic on Cooperation

## Article 9

1. The Parties shall cooperate under Article 1 of the Charter.

2. The Parties shall exchange information.

## Article 2

The information referred to in paragraph 2 of Article 9 and in Article 9(2) shall be treated in accordance with Articles 9 and 3 of this Agreement.

## Article 3

This Agreement shall enter into force on the date of its signature.
`],
  ['English in Roman numerals: `Article I` becomes `Article IX`, heading and references', 'en', `# Agreement between the Government of the People's Republic of China and the Government of the Test Republic on Cooperation

## Article I

1. The Parties shall cooperate.

2. The Parties shall exchange information.

## Article II

The information referred to in paragraph 2 of Article I shall be treated in accordance with Article I and Article III.

## Article III

This Agreement shall enter into force on the date of its signature.
`, `# Agreement between the Government of the People's Republic of China and the Government of the Test Republic on Cooperation

## Article IX

1. The Parties shall cooperate.

2. The Parties shall exchange information.

## Article II

The information referred to in paragraph 2 of Article IX shall be treated in accordance with Article IX and Article III.

## Article III

This Agreement shall enter into force on the date of its signature.
`],
];

for (const [name, lang, foreign, expected] of RENAMES) {
  test(`rename across the texts: ${name}`, () => {
    const file = `协定.${lang}.md`;
    const index = indexOf({ '协定.zh.md': ZH3, [file]: foreign });
    const zh = index.get(`file:///ws/${encodeURI('协定.zh.md')}`)!;
    const edit = renameWithCounterparts(contextOf(index, zh), zh.text.indexOf('第一条') + 1, '第九条') as WorkspaceEdit;
    assert.ok(edit.changes, JSON.stringify(edit));
    assert.equal(applied(index, edit, '协定.zh.md'), ZH3.replace('## 第一条', '## 第九条').replace('本协定第一条第二款', '本协定第九条第二款').replace('本协定第一条和', '本协定第九条和'));
    assert.equal(applied(index, edit, file), expected);
  });
}

test('rename from the Russian text: `Статья 9` renames its heading, its references and the Chinese 第一条', () => {
  const [, , foreign, expected] = RENAMES[0];
  const index = indexOf({ '协定.zh.md': ZH3, '协定.ru.md': foreign });
  const ru = index.get(`file:///ws/${encodeURI('协定.ru.md')}`)!;
  const edit = renameWithCounterparts(contextOf(index, ru), ru.text.indexOf('Статья 1') + 1, 'Статья 9') as WorkspaceEdit;
  assert.ok(edit.changes, JSON.stringify(edit));
  assert.equal(applied(index, edit, '协定.ru.md'), expected);
  assert.equal(applied(index, edit, '协定.zh.md'), ZH3.replace('## 第一条', '## 第九条').replace('本协定第一条第二款', '本协定第九条第二款').replace('本协定第一条和', '本协定第九条和'));
});

test('renumber across the texts: closing a gap rewrites `статьи 4` to `статьи 3` with its heading', () => {
  const zh = ZH3.replace('## 第三条', '## 第四条').replace('第一条和第三条', '第一条和第四条');
  const ru = RENAMES[0][2].replace('## Статья 3', '## Статья 4').replace('статьями 1 и 3', 'статьями 1 и 4');
  const index = indexOf({ '协定.zh.md': zh, '协定.ru.md': ru });
  const r = renumberWithCounterparts(contextOf(index, index.get(`file:///ws/${encodeURI('协定.zh.md')}`)!));
  assert.equal(r.refused, undefined);
  assert.equal(applied(index, r.edit!, '协定.zh.md'), ZH3);
  assert.equal(applied(index, r.edit!, '协定.ru.md'), RENAMES[0][2]);
});

test('renumber: closing a gap renumbers the counterpart the same way', () => {
  const zh = ZH.replace('## 第四条', '## 第六条');
  const ru = RU.replace('## Статья 4', '## Статья 6');
  const index = indexOf({ '协定.zh.md': zh, '协定.ru.md': ru });
  const r = renumberWithCounterparts(contextOf(index, index.get(`file:///ws/${encodeURI("协定.zh.md")}`)!));
  assert.equal(r.refused, undefined);
  assert.equal(applied(index, r.edit!, '协定.zh.md'), ZH);
  assert.equal(applied(index, r.edit!, '协定.ru.md'), RU);
});

test('config: counterparts are read from .treatyrc.json, a malformed list is named', () => {
  assert.deepEqual(readConfig({ counterparts: [['a.md', 'a.ru.md']] }), { config: { severity: {}, include: [], ignore: [], markdownDetection: true, counterparts: [['a.md', 'a.ru.md']] }, problems: [] });
  assert.deepEqual(readConfig({ counterparts: [['a.md']] }).problems, ['"counterparts" is not a list of lists of two or more file names']);
});
