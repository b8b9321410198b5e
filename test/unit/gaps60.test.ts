// Real-text gaps earlier sessions left (test/fixtures/real known-failures.json), read by rules in session 60 (s60features;
// docs/variants.md, "Read in session 60 (s60features)"). Each rule is about how Chinese treaty and law text is written or copied,
// shown on fixture strings of representative words with what a careful reader reads in them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTreaty } from '../../server/src/model/treaty';
import { parseTreaty } from '../../server/src/syntax/parser';
import { diagnostics } from '../../server/src/features/diagnostics';
import { textContext } from '../../server/src/features/context';

/** The units read, each as its name and its count of paragraphs: `一條、(1)`. */
function units(source: string): string[] {
  return buildTreaty(source).articles.map((a) => `${a.name}(${a.paragraphs.length})`);
}

/** The codes of the errors and warnings a text gets. */
const warned = (source: string) => diagnostics(textContext(source)).filter((d) => d.severity === 1 || d.severity === 2).map((d) => d.code);

/** The kind of each non-blank line and its number when it has one: `para 1`, `text`. */
function kinds(source: string): string[] {
  return parseTreaty(source).lines.filter((l) => l.kind !== 'blank').map((l) => `${l.kind}${l.num !== undefined ? ` ${l.num}` : ''}`);
}

// 1. A Qing text translated from the Manchu marks its clauses 一條、, "one clause" (the 咸豐條約 edition of the 1858 Aigun treaty,
// test/fixtures/real/treaty_qing_ru_aigun_1858_wikisource_hant.md: `一、黑龍江、松花江左岸…` / `一條、兩國所屬之人互相取和…` /
// `一條、俄羅斯國結聶喇勒…`): each a point, named as marked, as a clause marked 一、 is — and a text of such marks is unnumbered
// (features/diagnostics.ts eachMarkedOne), so no numbering finding. `二條、` opening a line is no such mark (a label broken after its
// 第: `…除本条例第十` / `二条、第十三条规定的…`), nor `一條、` before 第 or a numeral (references listed after a broken 第).
const AIGUN = (second: string, third: string) => `中俄愛琿條約\n\n大俄羅斯國總理東悉畢爾各省將軍,大清國鎮守黑龍江等處將軍,會同共議定者:\n\n一、黑龍江、松花江左岸,作爲俄羅斯國所屬之地;右岸作爲大清國所屬之地。\n\n${second}\n\n${third}\n`;

test('gaps 60: a clause marked 一條、 ("one clause") in a Qing text is a point, named as marked; the text is unnumbered', () => {
  const source = AIGUN('一條、兩國所屬之人互相取和,令其一同交易。', '一條、兩國大臣畫押,將此文繕寫,交付存留。');
  assert.deepEqual(units(source), ['一、(1)', '一條、(1)', '一條、(1)']);
  assert.deepEqual(warned(source), []);
  // Simplified script too.
  assert.deepEqual(units(AIGUN('一条、两国所属之人互相取和。', '一条、两国大臣画押。')), ['一、(1)', '一条、(1)', '一条、(1)']);
  // Not `二條、` (a label broken after its 第 going on), nor 一條、 before another reference listed (第, a number and its unit): text.
  assert.deepEqual(kinds(AIGUN('二條、兩國所屬之人互相取和。', '一條、第三條所載,彼此遵守。')), ['text', 'text', 'para 1', 'text', 'text']);
  assert.deepEqual(kinds(AIGUN('一條、三條所載,彼此遵守。', '一条、二款所载,彼此遵守。')), ['text', 'text', 'para 1', 'text', 'text']);
  assert.deepEqual(kinds('第十四条 在保护区内，除本条例第\n一条、第十三条规定的禁止行为以外，还禁止以下行为：\n'), ['article 14', 'text']);
  assert.deepEqual(kinds('一條、二條所載,彼此遵守。\n'), ['text']);
});

// 2. A line broken inside the range it names (the 1915 Sino-Japanese notes in a compilation, test/fixtures/real/
// notes_roc_jp_manchuria_jiaozhou_1915_cctv_big5_p5_hant.md: `附八:關於南滿洲東部內蒙古條約第二至` / `第五條延期實行之換文`): the label
// opening the next line is the range's end, the line going on — no article (syntax/lines.ts endsInRange) — so the name line and the
// line under it are the title, its kind 换文, and the notes dated under each note sign it. In an article's text so too (`…第二至` /
// `第五條延期實行。`); a line ending with 至 that opens no range (`…自簽字之日起至`) breaks before an article as any line does.
const NOTES_1915 = (name: string) => `|\n${name}\n外交部致日本公使照會\n為照會事:本日畫押之關於南滿洲及東部內蒙古條約內第二條、第三條、第四條及第五條,擬延期三個月實行,應請貴國政府同意。相應照會,即希查照。須至照會者。\n中華民國四年五月二十五日\n日本國公使\n中華民國外交總長\n`;

test('gaps 60: a line ending inside a range (`…第二至`) goes on at the next line\'s label: a title over two lines, no article', () => {
  const t = buildTreaty(NOTES_1915('附八:關於南滿洲東部內蒙古條約第二至\n第五條延期實行之換文'));
  assert.deepEqual([t.title?.text, t.kind, t.articles.length, t.signing?.date?.year, t.signing?.date?.month, t.signing?.date?.day], ['關於南滿洲東部內蒙古條約第二至第五條延期實行之換文', '换文', 0, 1915, 5, 25]);
  // A unit word before 至 (`第二條至`), simplified script: the same.
  const s = buildTreaty(NOTES_1915('附八:关于南满洲东部内蒙古条约第二条至\n第五条延期实行之换文'));
  assert.deepEqual([s.title?.text, s.kind, s.articles.length], ['关于南满洲东部内蒙古条约第二条至第五条延期实行之换文', '换文', 0]);
  // In an article's text: the range goes on, no article 5.
  assert.deepEqual(units('中日條約\n\n第一條 締約雙方同意本條約第二至\n第五條延期三個月實行。\n\n第二條 本條約自畫押之日起生效。\n').map((u) => u.replace(/\(\d+\)$/, '')), ['第一条', '第二条']);
  // A line ending with 至 opening no range (no 第 and number before it): the next line's label is an article, as before.
  assert.deepEqual(units('中日條約\n\n第四條 雙方合作期限自簽字之日起至\n第五條 本條約自畫押之日起生效。\n').map((u) => u.replace(/\(\d+\)$/, '')), ['第四条', '第五条']);
});

// 3. A classical text printed unpunctuated, its articles run into one line, each label set off by white space as the first is
// (the 1894 Sino-British Burma convention in a digital 皇朝经世文新编, test/fixtures/real/treaty_qing_gb_burma_1894_guwen_oneline.md:
// `第十五条 一英国之民…最近之边界官 第十六条 一今欲…`): with no punctuation anywhere on the line (200 characters at least), a label
// after white space with white space after it, numbered on from the article before, heads the next article. Not in a punctuated
// line (`依照 第十六条 …` may be a reference whose stop a PDF lost), nor a number that does not go on (`第三条`), nor a label glued to
// what follows (`第十六条一今欲`), nor a short line.
const FIFTEEN = '第十五条 一英国之民有犯罪逃至中国地界者或中国之民有犯罪逃至英国地界者一经行文请交逃犯两国即应设法搜拿查有可信其为罪犯之据交与索犯之官 行文请交逃犯之意系言无论两国何官祇要有官印便可行文请交此种情交逃犯之文书亦可行于罪犯逃往之地最近之边界官';
const SIXTEEN = '一今欲令两国交涉与贸易日臻蕃盛并欲中国派驻仰光之领事官与中国大宪往来通电两国答允俟可设法通电之时应将两国电线接连此创办之始专寄滇缅官商等往来电报';
const SEVENTEEN = '一两国人民无论英民在中国地界或华民在英国地界凡有一切应享权利现在所有或日后所添均与相待最优之国一律不得有异';
const UNPUNCTUATED = (sixteen: string, seventeen = '第十七条') => `皇朝经世文新编 - 第 71 页/共 101 页\n\n${FIFTEEN} ${sixteen} ${SIXTEEN} ${seventeen} ${SEVENTEEN}\n`;

test('gaps 60: in an unpunctuated line, a label set off by white space and numbered on heads the next article', () => {
  assert.deepEqual(units(UNPUNCTUATED('第十六条')), ['第十五条(1)', '第十六条(1)', '第十七条(1)']);
  // A number that does not go on (第三条): a reference, the article's text; the next label after it goes on from 15 still.
  assert.deepEqual(units(UNPUNCTUATED('第三条', '第十六条')), ['第十五条(1)', '第十六条(1)']);
  // A label glued to what follows: text.
  assert.deepEqual(units(UNPUNCTUATED('第十六条一', '第十七条一')), ['第十五条(1)']);
  // A punctuated line (one comma, one enumeration comma): labels after white space and no sentence end are not cut.
  assert.deepEqual(units(UNPUNCTUATED('第十六条').replace('两国即应', '两国,即应')), ['第十五条(1)']);
  assert.deepEqual(units(UNPUNCTUATED('第十六条').replace('滇缅官商', '滇缅官、商')), ['第十五条(1)']);
  // A short line (a heading's, a caption's): none.
  assert.deepEqual(units('中英条款\n\n第十五条 一英国之民有犯罪逃至中国地界者交与索犯之官 第十六条 一今欲令两国交涉与贸易日臻蕃盛\n'), ['第十五条(1)']);
});

// 4. A PDF's text layer that lost the full stops before its article headings, its lines joined by spaces (the UN Model Treaty on
// Extradition on a document site, test/fixtures/real/treaty_un_model_extradition_1990_jinchutou_pdf.md: `兹协议如下: 第 1 条 引渡之义务
// 缔约国同意…受通缉的任何人 第 2 条 可予引渡之犯罪行为 1. 为本《条约》之目的…`, and on the next line `…可予引渡罪行 第 3 条 拒绝引渡之强制
// 理由 遇下述…`): a label after white space, numbered on, written as the article before it is — its caption set off by white space on
// both sides — heads the next article, whether the article before it is on the same line or above. A reference after white space
// is no heading: no caption set off (`第 2 条 所述…`), nor when the article before it had none set off so.
const PDF = (second: string, third: string) => `联合国引渡示范条约\n\n希望缔结一项引渡条约,以期两国在控制犯罪方面进行更有效的合作, 兹协议如下: 第 1 条 引渡之义务 缔约国同意根据请求并根据本《条约》各项规定,向对方引渡在请求国受通缉的任何人 ${second} 1. 为本《条约》之目的,可予引渡之犯罪行为系指按照缔约国双方法律规定可予监禁的任何犯罪行为\n3. 若某人因违反有关赋税的违法行为而被要求引渡,被请求国不得拒绝引渡 ${third} 遇下述任一情况,不得准予引渡\n`;

test('gaps 60: a label after white space with its caption set off as the article before it has, numbered on, heads an article', () => {
  assert.deepEqual(units(PDF('第 2 条 可予引渡之犯罪行为', '第 3 条 拒绝引渡之强制理由')).map((u) => u.replace(/\(\d+\)$/, '')), ['第一条', '第二条', '第三条']);
  // A reference: words going on from it (所述), or no caption set off (a sentence after the label).
  assert.deepEqual(units(PDF('第 2 条 所述之犯罪行为', '第 3 条 所述之情况')).map((u) => u.replace(/\(\d+\)$/, '')), ['第一条']);
  assert.deepEqual(units(PDF('第 2 条 可予引渡之犯罪行为系指按照缔约国双方法律规定', '第 3 条')).map((u) => u.replace(/\(\d+\)$/, '')), ['第一条']);
  // A number that does not go on: a reference.
  assert.deepEqual(units(PDF('第 5 条 可予引渡之犯罪行为', '第 6 条 拒绝引渡之强制理由')).map((u) => u.replace(/\(\d+\)$/, '')), ['第一条']);
  // The article before it with no caption set off (`第 1 条 缔约国同意…`): the label after white space is a reference, as before.
  assert.deepEqual(units(PDF('第 2 条 可予引渡之犯罪行为', '第 3 条 拒绝引渡之强制理由').replace('第 1 条 引渡之义务 ', '第 1 条 ')).map((u) => u.replace(/\(\d+\)$/, '')), ['第一条']);
});
