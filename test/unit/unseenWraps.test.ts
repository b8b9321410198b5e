// A law or treaty copied at a fixed width breaks its lines wherever the width falls, also inside a reference to another
// instrument's article: after the title that names it (`…按照《矿山安全法》` / `第四十四条…`) or inside an item's number
// (`…第三十三条第（二）` / `项…`). A careful reader reads on over the break; so must the model. The fixtures are
// LawRefBook/Laws paragraphs (北京市实施《矿山安全法》办法, 上海市劳动合同条例) cut at thirty characters, as such copies are.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contextOf, textContext } from '../../server/src/features/context';
import { referenceAt, referencesOf } from '../../server/src/model/references';
import { diagnostics } from '../../server/src/features/diagnostics';
import { resolve } from '../../server/src/features/resolve';
import { workspace } from '../support/workspace';
import { rename, renumberArticles } from '../../server/src/features/renumber';

/** Each unit reference (an article, a paragraph or an item of one) as its text, its target and the instrument it is cited from (`own` for none). */
const refs = (source: string) =>
  referencesOf(textContext(source).treaty)
    .filter((r) => r.kind === 'article')
    .map((r) => `${source.slice(r.start, r.end)} ${r.kind} ${JSON.stringify(r.target)} ${r.citation ? r.citation.normalized : 'own'}`);
const errors = (source: string) => diagnostics(textContext(source)).filter((d) => d.severity === 1).map((d) => `${d.code} ${d.message}`);

const MINES = (twelfth: string) =>
  `北京市实施《中华人民共和国矿山安全法》办法\n\n第一条 为了实施《中华人民共和国矿山安全法》(以下简称《矿山安全法》)和《中华人民共和国\n矿山安全法实施条例》(以下简称《实施条例》)，结合本市实际情况，制定本办法。\n\n第二条 本办法适用于本市行政区域内的矿山企业。\n\n第三条 ${twelfth}\n\n第四条 本办法自公布之日起施行。\n`;

test('wraps: an article on the line after a title cited in the sentence is that instrument\'s', () => {
  const wrapped = MINES('对不具备安全生产条件而投入生产的矿山企业，按照《矿山安全法》\n第四十四条和《实施条例》第五十四条的规定处理。');
  assert.deepEqual(refs(wrapped), ['《矿山安全法》\n第四十四条 article {"num":44} 中华人民共和国矿山安全法', '《实施条例》第五十四条 article {"num":54} 中华人民共和国矿山安全法实施条例']);
  assert.deepEqual(errors(wrapped), []);
  // Unwrapped, the same reading.
  assert.deepEqual(refs(wrapped.replace('》\n第四十四条', '》第四十四条')), refs(wrapped).map((r) => r.replace('\n', '')));
  // Traditional script and Arabic numbers: the same.
  assert.deepEqual(refs(MINES('按照《礦山安全法》\n第44條的規定處理。')), ['《礦山安全法》\n第44條 article {"num":44} 中华人民共和国矿山安全法']);
});

test('wraps: a title alone on its line, a blank line or a sentence between, and an article the text has, stay as they were', () => {
  // A line holding a title alone names no article after it: 第二条 is the text's own.
  assert.deepEqual(refs(MINES('下列法律适用于本办法：\n《矿山安全法》\n第二条规定的矿山企业依照其规定办理。')), ['第二条 article {"num":2} own']);
  // A blank line between the title and the article: a paragraph ends there.
  assert.deepEqual(refs(MINES('矿山企业应当遵守《矿山安全法》\n\n第二条规定的企业依照本办法办理。')), ['第二条 article {"num":2} own']);
  // The next line opens with no article: nothing changes (the title's line ends its sentence with the mark).
  assert.deepEqual(refs(MINES('矿山企业应当遵守《矿山安全法》\n本办法第二条规定的企业依照本办法办理。')), ['本办法第二条 article {"num":2} own']);
});

const LABOUR = (text: string) =>
  `上海市劳动合同条例\n\n第一条 为了规范劳动合同，制定本条例。\n\n第二条 劳动者有下列情形之一的，用人单位可以随时解除劳动合同：\n\n（一）在试用期内被证明不符合录用条件的；\n\n（二）严重违反劳动纪律的；\n\n（三）严重失职的。\n\n第三条 ${text}\n\n第四条 本条例自公布之日起施行。\n`;

test('wraps: an item\'s bracketed number at a line\'s end goes on with its unit word on the next', () => {
  const wrapped = LABOUR('劳动合同期满，劳动者不属于本条例第二条第（二）\n项、第（三）项规定的，劳动合同期限顺延。');
  assert.deepEqual(refs(wrapped), ['本条例第二条第（二）\n项 article {"num":2,"item":2} own', '第（三）项 article {"num":2,"item":3} own']);
  // A bracketed remark ending a line is no unit's number: the next line starts anew.
  assert.deepEqual(refs(LABOUR('劳动合同期满的（二年）\n项目终止。')), []);
});

/** The kind of the tree's line whose content is `content`. */
const kindOf = (source: string, content: string) => textContext(source).treaty.tree.lines.find((l) => source.slice(l.contentStart, l.contentEnd) === content)?.kind;
/** The articles the text is read to have, by name. */
const articles = (source: string) => textContext(source).treaty.articles.map((a) => a.name);

const FRAUD = (fifth: string) =>
  `最高人民法院、最高人民检察院关于办理诈骗刑事案件具体应用法律若干问题的解释\n\n第一条 诈骗公私财物价值三千元以上的，应当认定为刑法第二百六十六条规定的“数额较大”。\n\n第二条 诈骗公私财物达到本解释第一条规定的数额标准，酌情从严惩处。\n\n第三条 ${fifth}\n\n第四条 本解释自发布之日起施行。\n`;

test('wraps: a line opening with an article far past the text\'s, under a line breaking off after a law\'s name, goes on with its sentence', () => {
  // The interpretation of the fraud provisions, copied at thirty characters: 刑法 ends one line, its article 37 opens the next.
  const wrapped = FRAUD('诈骗公私财物虽已达到数额较大的标准，但具有下列情形之一，且行为人认罪、悔罪的，可以根据刑法\n第三十七条、刑事诉讼法第一百四十二条的规定不起诉或者免予刑事处罚。');
  assert.deepEqual(articles(wrapped), ['第一条', '第二条', '第三条', '第四条']);
  assert.deepEqual(refs(wrapped).slice(2), ['第三十七条 article {"num":37} 刑法', '第一百四十二条 article {"num":142} 刑事诉讼法']);
  assert.deepEqual(errors(wrapped), []);
  // The Organic Law of the State Council: 宪法 / 第八十九条, the label alone on its line.
  const organic = '中华人民共和国国务院组织法\n第一条 根据宪法，制定本法。\n第二条 国务院由总理、副总理、国务委员组成。\n第三条 国务院依照宪法的规定，行使宪法\n第八十九条\n规定的职权。\n第四条 国务院会议分为全体会议和常务会议。\n';
  assert.deepEqual(articles(organic), ['第一条', '第二条', '第三条', '第四条']);
  assert.deepEqual(errors(organic), []);
});

test('wraps: an article numbered on from the text\'s, or going back, or under a sentence ended, heads its article still', () => {
  // The next article after a line breaking off after 本法 (a missing full stop): a heading, as numbered.
  assert.deepEqual(articles(FRAUD('本条所列情形依照本法\n第四条 本解释自发布之日起施行。')), ['第一条', '第二条', '第三条', '第四条', '第四条']);
  // A protocol's articles after its title, which ends with a kind: numbered from 第一条 again, an article line still
  // (the protocol a section of its own).
  const protocol = '中华人民共和国和某国关于促进和保护投资的协定\n第一条 定义\n本协定所用术语的含义如下。\n第二条 生效\n本协定自签字之日起生效。\n中华人民共和国和某国关于促进和保护投资的协定的议定书\n第一条 关于第一条\n双方同意如下。\n';
  assert.equal(kindOf(protocol, '第一条 关于第一条'), 'article');
  // A gap in the numbering after a sentence that ends: the heading stands, and the gap is reported.
  assert.deepEqual(articles(FRAUD('本条所列情形依照刑法处理。\n第九条 本解释自发布之日起施行。')), ['第一条', '第二条', '第三条', '第九条', '第四条']);
  // After a line ending with a word that names no instrument: a heading.
  assert.deepEqual(articles(FRAUD('本条所列情形依照有关规定\n第九条 本解释自发布之日起施行。')), ['第一条', '第二条', '第三条', '第九条', '第四条']);
});

test('wraps: an article\'s first line short enough to read as a caption, ending with a law\'s name, goes on with that law\'s article on the next line', () => {
  // The Organic Law of the State Council at a dozen characters: `第三条 国务院行使宪法` reads as a caption, and the label alone
  // under it is 宪法's article 89, not the text's.
  const organic = '中华人民共和国国务院组织法\n第一条 根据宪法，制定本法。\n第二条 国务院由总理、副总理、国务委员组成。\n第三条 国务院行使宪法\n第八十九条\n规定的职权。\n第四条 国务院会议分为全体会议和常务会议。\n';
  assert.deepEqual(articles(organic), ['第一条', '第二条', '第三条', '第四条']);
  assert.equal(kindOf(organic, '第八十九条'), 'text');
  assert.deepEqual(errors(organic), []);
  // A caption naming no instrument, or a label with its own text after it (an excerpt's next article), heads its article.
  assert.deepEqual(articles(organic.replace('国务院行使宪法', '国务院的职权')), ['第一条', '第二条', '第三条', '第八十九条', '第四条']);
  assert.deepEqual(articles(organic.replace('第八十九条\n规定的职权。', '第八十九条 国务院行使下列职权。')), ['第一条', '第二条', '第三条', '第八十九条', '第四条']);
});

/** Where the article reference under the cursor `‸` of the workspace's first file resolves: file name and offset, or what resolve says instead. */
function landing(source: string): string {
  const ws = workspace(source);
  const ctx = contextOf(ws.index, ws.snapshot());
  const ref = referenceAt(ctx.treaty, ws.offset);
  if (!ref || ref.kind !== 'article') return 'no reference';
  const t = resolve(ctx, ref);
  return !t ? 'nothing' : t.kind === 'article' ? `${decodeURI(t.snapshot.uri.slice(t.snapshot.uri.lastIndexOf('/') + 1))} ${t.start}` : t.kind;
}

test('wraps: a caption-short line ending with a law\'s name reads the citation over the break, as within a line', () => {
  // The Organic Law of the State Council at a dozen characters, with the Constitution in the workspace.
  const ORGANIC = (third: string) =>
    `%! 组织法.md\n# 中华人民共和国国务院组织法\n\n第一条 根据宪法，制定本法。\n\n第二条 国务院由总理、副总理、国务委员组成。\n\n第三条 ${third}\n\n第四条 国务院会议分为全体会议和常务会议。\n` +
    '%! 宪法.md\n# 中华人民共和国宪法\n\n第八十八条 总理领导国务院的工作。\n\n⟦第八十九条 国务院行使下列职权。\n\n⟧';
  const constitution = landing(ORGANIC('国务院行使宪法第八十‸九条规定的职权。'));
  assert.match(constitution, /^宪法\.md \d+$/);
  assert.equal(constitution, `宪法.md ${workspace(ORGANIC('')).file('宪法.md').marks[0].start}`);
  // Wrapped after the name, the label alone on the next line: the same article of the same law.
  assert.equal(landing(ORGANIC('国务院行使宪法\n第八十‸九条\n规定的职权。')), constitution);
  // The line above is the article's text, no caption: its first paragraph reads on over the break.
  const organic = '中华人民共和国国务院组织法\n第一条 根据宪法，制定本法。\n第二条 国务院由总理、副总理、国务委员组成。\n第三条 国务院行使宪法\n第八十九条\n规定的职权。\n第四条 国务院会议分为全体会议和常务会议。\n';
  const third = textContext(organic).treaty.articles[2];
  assert.equal(third.caption, undefined);
  // (The law named is 宪法 alone: 行使 says what the State Council does under it, words.ts QUALIFYING_VERBS.)
  assert.deepEqual(refs(organic), ['第八十九条 article {"num":89} 宪法']);
  // A caption naming no instrument stays a caption over its own article 89 (the numbering's gap reported), no reference read.
  assert.deepEqual(refs(organic.replace('国务院行使宪法', '国务院的职权')), []);
});

const MARRIAGE = (third: string) =>
  `最高人民法院关于适用《中华人民共和国婚姻法》若干问题的解释（一）\n\n第一条 婚姻法所称的“家庭暴力”，是指行为人以殴打等手段造成伤害的行为。\n\n第二条 本解释自公布之日起施行。\n\n${third}\n\n第四条 人民法院审理离婚案件，适用本解释第一条的规定。\n`;

test('wraps: a label numbered on from the text\'s, its text glued to it, under a line breaking off after a law\'s name or the text\'s own, is that article cited', () => {
  // The interpretation of the Marriage Law at a dozen characters: the caption-short line ends with 婚姻法, its article 4 goes on.
  const marriage = MARRIAGE('第三条 当事人仅以婚姻法\n第四条为依据提起诉讼的，人民法院应当受理。');
  assert.deepEqual(articles(marriage), ['第一条', '第二条', '第三条', '第四条']);
  assert.deepEqual(errors(marriage), []);
  // Under a line of the article's text, the reference is read over the break.
  const text = MARRIAGE('第三条 当事人以对方有家庭暴力为由请求离婚的，依照婚姻法\n第四条处理。');
  assert.deepEqual(articles(text), ['第一条', '第二条', '第三条', '第四条']);
  assert.deepEqual(refs(text), ['第四条 article {"num":4} 中华人民共和国婚姻法', '本解释第一条 article {"num":1} own']);
  // After the text naming itself (`…依照本解释` / `第二条执行。`): its own article, no heading.
  const own = MARRIAGE('第三条 其他离婚案件的审理，依照本解释\n第二条执行。');
  assert.deepEqual(articles(own), ['第一条', '第二条', '第三条', '第四条']);
  assert.deepEqual(errors(own), []);
  // The label set off from its text by a space, or the line above ending its sentence: a heading, as the text writes them.
  assert.deepEqual(articles(MARRIAGE('第三条 当事人仅以婚姻法\n第四条 为依据提起诉讼的，人民法院应当受理。')), ['第一条', '第二条', '第三条', '第四条', '第四条']);
  assert.deepEqual(articles(MARRIAGE('第三条 当事人可以依照婚姻法。\n第四条为依据提起诉讼的，人民法院应当受理。')), ['第一条', '第二条', '第三条', '第四条', '第四条']);
});

// A heading a copy glued after a sentence, then cut at a fixed width inside its label: `…审批。第十四` / `条历史文化名城…`
// (河南省历史文化名城保护条例 cut at 12), `…应当根据需要公布。 第二十` / `一条 空中走廊…`, `…提供空中交通管制服务。 第` /
// `二十九条 飞行管制…` (飞行基本规则 cut at 23). The article is there, broken: no gap is reported (features/diagnostics.ts
// `labelsBrokenBefore`), though it is not read as an article (docs/variants.md). A reference broken so (`…适用于快件；第三`
// / `条第二款关于…`) goes on after its 条 and names nothing missing: the gap stands.
const FLIGHT = (broken: string) =>
  `飞行基本规则\n\n第一条 为了维护国家领空主权，规范境内飞行活动，制定本规则。\n\n第二条 空中走廊的划设，应当根据需要公布。${broken}空中走廊通常划设在机场密集的大、中城市附近。\n\n第四条 本规则自发布之日起施行。\n`;

test('wraps: an article label broken inside by a width after a sentence gives no numbering gap; a reference broken so does', () => {
  const gaps = (source: string) => diagnostics(textContext(source)).filter((d) => String(d.code).startsWith('numbering.')).map((d) => `${d.code} ${d.message}`);
  for (const broken of ['第三\n条 ', ' 第三\n条 ', ' 第\n三条 ', '第\n三条', ' 第三\n条']) assert.deepEqual(gaps(FLIGHT(broken)), [], JSON.stringify(broken));
  // Not read as an article: the outline has articles 1, 2 and 4 (the label lies across two lines).
  assert.deepEqual(textContext(FLIGHT('第三\n条 ')).treaty.articles.map((a) => a.name), ['第一条', '第二条', '第四条']);
  // A reference going on after its 条, a number not the next, or no sentence ended before it: the gap is reported.
  for (const broken of ['依照第三\n条第二款，', '依照第三\n条规定，', '第五\n条 ', '，第三\n条 ']) assert.deepEqual(gaps(FLIGHT(broken)), ['numbering.gap 缺少第三条'], JSON.stringify(broken));
});

// Two labels so broken in a row, then a heading glued whole after a sentence (飞行基本规则 cut at 12 and 30: `…安全间隔。 第七十` /
// `三条 未配备…。 第` / `七十四条 当天气…50米。 第七十五条 航`): the numbering goes on from each broken label (syntax/lines.ts
// `brokenLabel`), so the glued heading, two past the last article read, is cut out as the article it is, where it was text of
// the article before and a gap of three was reported.
const FLIGHT_RUN =
  '飞行基本规则\n\n第一条 为了维护国家领空主权，规范境内飞行活动，制定本规则。\n\n第二条 在靠近航路的航线上飞行时，应当与航路的边界保持规定的安全间隔。 第三\n' +
  '条 未配备复杂气象飞行设备的航空器，在安全高度以上进行目视飞行。 第\n四条 当天气情况不低于机长飞行的最低气象条件时，机长方可进行目视飞行。 第五条 航\n' +
  '空器沿航路和固定航线飞行，应当报告预计通过的时间和高度。\n\n第六条 本规则自发布之日起施行。\n';

test('wraps: a heading glued after two labels broken by a width is read, the numbering going on from them', () => {
  const context = textContext(FLIGHT_RUN);
  assert.deepEqual(context.treaty.articles.map((a) => a.name), ['第一条', '第二条', '第五条', '第六条']);
  assert.equal(context.treaty.articles[2].summary.startsWith('航'), true);
  assert.deepEqual(diagnostics(context).filter((d) => String(d.code).startsWith('numbering.')).map((d) => d.code), []);
  // References broken so (`第三` / `条第二款`, `第` / `四条第一款`) go on with no numbering: the heading glued after them, three past, stays text.
  const cited = FLIGHT_RUN.replace('。 第三\n条 未配备', '，依照第三\n条第二款，未配备').replace('。 第\n四条 当天', '，依照第\n四条第一款，当天');
  assert.deepEqual(textContext(cited).treaty.articles.map((a) => a.name), ['第一条', '第二条', '第六条']);
});

// The articles so broken are there, though not read: the label itself, read as a reference over the break (`第三` / `条`), and a
// reference to it (`本规则第四条`) are no error (features/diagnostics.ts); renumbering, which would leave their numbers as they
// are, and a rename to one of their numbers refuse, naming the label as written (features/renumber.ts, model/treaty.ts
// brokenArticleLabels).
test('wraps: articles whose labels a width broke are no missing articles; renumbering and a rename to their number refuse', () => {
  const source = FLIGHT_RUN.replace('第六条 本规则自', '第六条 违反本规则第四条规定的，依法处理。本规则自');
  const context = textContext(source);
  assert.deepEqual(errors(source), []);
  assert.equal(renumberArticles(context).refused, '第三条的条号被换行拆在两行（“第三 / 条”），未读作一条：请先把条号接回一行');
  assert.deepEqual(rename(context, source.indexOf('第五条') + 1, '第四条'), { refused: '第四条的条号被换行拆在两行（“第 / 四条”），未读作一条：请先把条号接回一行' });
  // A number no label has is renamed to as before.
  assert.equal('changes' in (rename(context, source.indexOf('第六条') + 1, '第七条') as object), true);
  // A reference to an article neither read nor broken is an error still.
  assert.deepEqual(errors(source.replace('本规则第四条规定', '本规则第九条规定')).map((e) => e.split(' ')[0]), ['ref.no-such-article']);
});
