// References between laws, as the laws of the LawRefBook/Laws corpus write them: the causes of
// the 851 false errors of the speed run (README, "speed run"), each a rule of Chinese legal text,
// each a case of data. A workspace (`%! name.md` starts a file), `‸` on the reference, and the
// whole answer of features/resolve.ts: ⟦…⟧ marks the place it must go to (an article, paragraph
// or item as the model keeps it), `undefined` is "nothing is said"; or the errors and warnings
// of the first file, compared whole. Short excerpts of real laws are at the end (their source in
// test/fixtures/laws/README.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { contextOf } from '../../server/src/features/context';
import { diagnostics } from '../../server/src/features/diagnostics';
import { resolve } from '../../server/src/features/resolve';
import { referenceAt, referencesOf } from '../../server/src/model/references';
import { buildTreaty } from '../../server/src/model/treaty';
import { workspace } from '../support/workspace';

type Answer =
  | { kind: 'article'; file: string; start: number; end: number }
  | { kind: 'no-such-article'; num: number; in?: string }
  | { kind: 'no-such-paragraph' | 'no-such-item'; article: string; in: string }
  | { kind: 'no-such-document'; citation: string }
  | { kind: string }
  | undefined;

const name = (uri: string) => decodeURI(uri.slice(uri.lastIndexOf('/') + 1));

function answerOf(source: string): Answer {
  const ws = workspace(source);
  const ctx = contextOf(ws.index, ws.snapshot());
  const ref = referenceAt(ctx.treaty, ws.offset);
  assert.ok(ref && ref.kind === 'article', 'an article reference under the cursor');
  const t = resolve(ctx, ref);
  if (!t) return undefined;
  switch (t.kind) {
    case 'article': return { kind: t.kind, file: name(t.snapshot.uri), start: t.start, end: t.end };
    case 'no-such-article': return t.in ? { kind: t.kind, num: t.num, in: name(t.in.uri) } : { kind: t.kind, num: t.num };
    case 'no-such-paragraph':
    case 'no-such-item': return { kind: t.kind, article: t.article.name, in: name(t.in.uri) };
    case 'no-such-document': return { kind: t.kind, citation: t.citation.title };
    default: return { kind: t.kind };
  }
}

/** The place ⟦…⟧ marks, as an answer. */
function marked(source: string): Answer {
  const ws = workspace(source);
  const files = ws.fx.files.filter((f) => f.marks.length > 0);
  assert.equal(files.length, 1, 'one file holds the mark');
  const [m] = files[0].marks;
  return { kind: 'article', file: name(files[0].uri), start: m.start, end: m.end };
}

/** Errors and warnings of the first file. */
function problems(source: string): string[] {
  const ws = workspace(source);
  return diagnostics(contextOf(ws.index, ws.snapshot())).filter((d) => d.severity === 1 || d.severity === 2).map((d) => `${d.code} ${d.message}`);
}

// Laws of the workspace, small.
const CIVIL_CODE_GENERAL = '%! 民法典/总则.md\n# 中华人民共和国民法典\n\n# 总则\n\n2020年5月28日 第十三届全国人民代表大会第三次会议通过\n\n第一条 甲。\n\n第二条 乙。\n\n⟦第三条 丙。\n\n⟧';
const CIVIL_CODE_CONTRACTS = (body = '乙。') => `%! 民法典/合同编.md\n# 中华人民共和国民法典\n\n# 合同编\n\n2020年5月28日 第十三届全国人民代表大会第三次会议通过\n\n第四条 甲。\n\n第五条 ${body}\n`;
const CRIMINAL_LAW = (art3 = '丙。') => `%! 刑法.md\n# 中华人民共和国刑法\n\n1979年7月1日 第五届全国人民代表大会第二次会议通过\n\n2020年12月26日 第十三届全国人民代表大会常务委员会第二十四次会议通过的《中华人民共和国刑法修正案（十一）》修正\n\n第一条 甲。\n\n第二条 乙。\n\n第三条 ${art3}\n`;
const CRIMINAL_LAW_1997 = '%! 刑法(1997-03-14).md\n# 中华人民共和国刑法\n\n1979年7月1日 第五届全国人民代表大会第二次会议通过\n\n1997年3月14日 第八届全国人民代表大会第五次会议修订\n\n第一条 甲。\n\n第二条 乙。\n\n第三条 丙。\n\n⟦第四条 丁。\n⟧';
const PROCEDURE_2018 = '%! 刑事诉讼法.md\n# 中华人民共和国刑事诉讼法\n\n1979年7月1日 第五届全国人民代表大会第二次会议通过\n\n2018年10月26日 第十三届全国人民代表大会常务委员会第六次会议《关于修改〈中华人民共和国刑事诉讼法〉的决定》第三次修正\n\n第一条 甲。\n\n第二条 乙。\n';
const COPYRIGHT = '%! 著作权法.md\n# 中华人民共和国著作权法\n\n第一条 甲。\n\n第二条 乙。\n';
const LABOUR_CONTRACTS = '%! 劳动合同法.md\n# 中华人民共和国劳动合同法\n\n第一条 甲。\n\n第二条 乙。\n';
const INTERPRETATION = (date: string, body: string) => `%! 解释.md\n# 最高人民法院关于适用法律若干问题的解释\n\n${date} 最高人民法院审判委员会第一次会议通过\n\n第一条 ${body}\n\n第二条 乙。\n`;

const CASES: [string, string, Answer | 'marked'][] = [
  // Laws named by kinds that are not 法: 民法典, …条例, 民法通则 before 第X条 are other laws.
  ['民法典第三条 → that article of the 民法典, in the part of the workspace that has it', `${INTERPRETATION('2020年12月29日', '依照民法典第‸三条的规定处理。')}${CIVIL_CODE_CONTRACTS()}${CIVIL_CODE_GENERAL}`, 'marked'],
  ['民法典第九十九条: in none of its parts — nothing said, not this text\'s article', `${INTERPRETATION('2020年12月29日', '依照民法典第九十‸九条的规定处理。')}${CIVIL_CODE_CONTRACTS()}${CIVIL_CODE_GENERAL}`, undefined],
  ['民法典第三条 with no 民法典 in the workspace: another law, not found', INTERPRETATION('2020年12月29日', '依照民法典第‸三条的规定处理。'), { kind: 'no-such-document', citation: '民法典' }],
  ['…条例第八十六条 → another law (条例) named before the article', `${INTERPRETATION('2020年12月29日', '依照医疗器械监督管理条例第八十‸六条的规定处罚。')}`, { kind: 'no-such-document', citation: '医疗器械监督管理条例' }],
  ['民法通则第一百三十四条 → another law (通则)', INTERPRETATION('2020年12月29日', '可以根据民法通则第一百三十‸四条规定收缴。'), { kind: 'no-such-document', citation: '民法通则' }],
  // Several documents of one title: versions; the citation's date chooses, else the one that has the article.
  ['《刑法》第四条: only the 1997 version has it → there', `${INTERPRETATION('2020年12月29日', '依照《中华人民共和国刑法》第‸四条处罚。')}${CRIMINAL_LAW()}${CRIMINAL_LAW_1997}`, 'marked'],
  ['《刑法》第九条: no version has it — ambiguous, nothing said', `${INTERPRETATION('2020年12月29日', '依照《中华人民共和国刑法》第‸九条处罚。')}${CRIMINAL_LAW()}${CRIMINAL_LAW_1997}`, undefined],
  ['1997年3月14日通过的《刑法》第四条 → the version of that date', `${INTERPRETATION('2020年12月29日', '依照1997年3月14日通过的《中华人民共和国刑法》第‸四条处罚。')}${CRIMINAL_LAW()}${CRIMINAL_LAW_1997}`, 'marked'],
  ['2020年12月26日通过的《刑法》第四条: the version of that date lacks it — an error in that version', `${INTERPRETATION('2020年12月29日', '依照2020年12月26日通过的《中华人民共和国刑法》第‸四条处罚。')}${CRIMINAL_LAW()}${CRIMINAL_LAW_1997}`, { kind: 'no-such-article', num: 4, in: '刑法.md' }],
  // A version made after the citing text: its numbering is not the one cited.
  ['a 2012 text citing 刑事诉讼法第一百七十一条, the workspace\'s version of 2018: nothing said', `${INTERPRETATION('2012年11月22日', '根据刑事诉讼法第一百七十‸一条第二款规定。')}${PROCEDURE_2018}`, undefined],
  ['a 2020 text citing 刑事诉讼法第一百七十一条, the version of 2018: an error', `${INTERPRETATION('2020年12月29日', '根据刑事诉讼法第一百七十‸一条第二款规定。')}${PROCEDURE_2018}`, { kind: 'no-such-article', num: 171, in: '刑事诉讼法.md' }],
  // A text first adopted before that version and amended since: the amendment rewrote the articles it changed, not the
  // references the others make (LawRefBook/Laws: the unfair-competition interpretation of 2006, amended in 2020).
  ['a text of 2006 amended in 2020 citing 刑事诉讼法第一百七十一条, the version of 2018: nothing said', `${INTERPRETATION('2006年12月30日 最高人民法院审判委员会第一次会议通过\n\n2020年12月23日', '根据刑事诉讼法第一百七十‸一条第二款规定。')}${PROCEDURE_2018}`, undefined],
  // A title in 《》 naming no state (`《土地管理法》`, LawRefBook/Laws' local regulations): the home state's law of that title.
  ['《刑法》第四条 (no state named): the 中华人民共和国刑法, the version that has the article', `${INTERPRETATION('2020年12月29日', '依照《刑法》第‸四条处罚。')}${CRIMINAL_LAW()}${CRIMINAL_LAW_1997}`, 'marked'],
  ['《甲国刑法》第四条: another state\'s law, not found', `${INTERPRETATION('2020年12月29日', '依照《甲国刑法》第‸四条处罚。')}${CRIMINAL_LAW_1997}`, { kind: 'no-such-document', citation: '甲国刑法' }],
  ['《合同法》第二条 is not the 劳动合同法 (the whole title without its state, no ending of it)', `${INTERPRETATION('2020年12月29日', '依照《合同法》第‸二条处理。')}${LABOUR_CONTRACTS}`, { kind: 'no-such-document', citation: '合同法' }],
  // A bare name is a whole title (without 中华人民共和国), not an ending shared with another law's.
  ['物权法第一百零六条 is not the 著作权法', `${INTERPRETATION('2020年12月29日', '可以参照物权法第一百零‸六条的规定。')}${COPYRIGHT}`, { kind: 'no-such-document', citation: '物权法' }],
  ['合同法第九十六条 is not the 劳动合同法', `${INTERPRETATION('2020年12月29日', '当事人对合同法第九十‸六条规定的合同解除有异议。')}${LABOUR_CONTRACTS}`, { kind: 'no-such-document', citation: '当事人对合同法' }],
  ['刑事诉讼法第二条 with words before the name → that law', `${INTERPRETATION('2020年12月29日', '人民检察院对于符合刑事诉讼法第‸二条规定的案件。')}${PROCEDURE_2018.replace('第二条 乙。\n', '⟦第二条 乙。\n⟧')}`, 'marked'],
  // A bare article later in a sentence that cites another law's is likely that law's.
  ['刑法第一条规定的…罪、第三条规定的…罪 → the second is the 刑法\'s too', `${INTERPRETATION('2020年12月29日', '刑法第一条规定的甲罪、第‸三条规定的乙罪中的数额。')}${CRIMINAL_LAW().replace('第三条 丙。\n', '⟦第三条 丙。\n⟧')}`, 'marked'],
  ['a law\'s part and chapter before the article: 刑法分则第九章第三条', `${INTERPRETATION('2020年12月29日', '触犯刑法分则第九章第‸三条规定的。')}${CRIMINAL_LAW().replace('第三条 丙。\n', '⟦第三条 丙。\n⟧')}`, 'marked'],
  ['刑法分则第三章第二节、第三条', `${INTERPRETATION('2020年12月29日', '按照刑法分则第三章第二节、第‸三条等规定定罪处罚。')}${CRIMINAL_LAW().replace('第三条 丙。\n', '⟦第三条 丙。\n⟧')}`, 'marked'],
  // A part of a law (its articles not from 第一条): 本法's other articles are in the other parts.
  ['合同编\'s 本法第三条 → the 总则 part', `${CIVIL_CODE_CONTRACTS('适用本法第‸三条的规定。')}${CIVIL_CODE_GENERAL}`, 'marked'],
  ['合同编\'s 本法第九十九条, in no part: missing (not reported: see below)', `${CIVIL_CODE_CONTRACTS('适用本法第九十‸九条的规定。')}${CIVIL_CODE_GENERAL}`, { kind: 'no-such-article', num: 99, in: '合同编.md' }],
  // Two whole texts of one title (each from 第一条) are versions — drafts, negotiation rounds — not parts of one text.
  ['a draft citing 第二条 it lacks, beside another round of the same title that has it: missing here, not the other round\'s', '%! 第二轮.md\n# 测试协定\n\n第一条 双方依照第‸二条合作。\n\n第三条 本协定自签字之日起生效。\n%! 第一轮.md\n# 测试协定\n\n第一条 甲。\n\n第二条 乙。\n', { kind: 'no-such-article', num: 2, in: '第二轮.md' }],
  ['the 总则 (from 第一条) citing 第四条, which the 合同编 part holds: found there', `%! 民法典/总则2.md\n# 中华人民共和国民法典\n\n# 总则\n\n2020年5月28日 第十三届全国人民代表大会第三次会议通过\n\n第一条 适用第‸四条的规定。\n\n第二条 乙。\n${CIVIL_CODE_CONTRACTS().replace('第四条 甲。\n\n', '⟦第四条 甲。\n\n⟧')}`, 'marked'],
  ['a whole law (from 第一条) citing 本法第九条 it lacks: an error', '%! 甲法.md\n# 中华人民共和国甲法\n\n第一条 适用本法第‸九条的规定。\n\n第二条 乙。\n', { kind: 'no-such-article', num: 9, in: '甲法.md' }],
  // Items of a list, as laws name them.
  ['in an item of a list led by 违反本条例第二条规定: 第三项 is article 2\'s item', '%! 条例.md\n# 甲市乙条例\n\n第一条 甲。\n\n第二条 禁止下列行为：\n\n（一）甲；\n\n（二）乙；\n\n⟦（三）丙。\n⟧\n第三条 违反本条例第二条规定，有下列行为之一的，按照下列规定处理：\n\n（一）违反第‸三项规定的，处罚款；\n\n（二）违反第一项规定的，处警告。\n', 'marked'],
  ['a lead naming paragraph and items: 违反本条例第二条第一项至第三项规定 — 第三项 in its item is article 2\'s', '%! 条例.md\n# 甲市乙条例\n\n第一条 甲。\n\n第二条 禁止下列行为：\n\n（一）甲；\n\n（二）乙；\n\n⟦（三）丙。\n⟧\n第三条 违反本条例第二条第一项至第三项规定，有下列行为的，按照下列规定处理：\n\n（一）有第‸三项行为的，处罚款。\n', 'marked'],
  ['an item naming an article before a bare item: （一）违反本条例第一条规定的…；违反第二项规定的 → article 1\'s', '%! 条例.md\n# 甲市乙条例\n\n第一条 禁止下列行为：\n\n（一）甲；\n\n⟦（二）乙。\n⟧\n第二条 违反本条例规定，有下列行为的，按照下列规定处理：\n\n（一）违反本条例第一条规定的，处警告；违反第‸二项规定的，处罚款。\n', 'marked'],
  ['after a list, 有第（二）项情形的 is the listing paragraph\'s item', '%! 条例.md\n# 甲市乙条例\n\n第一条 有下列情形之一的，不予登记：\n\n（一）甲；\n\n⟦（二）乙；\n⟧\n（三）丙。\n\n有第（‸二）项情形的，应当说明理由。\n\n第二条 乙。\n', 'marked'],
  ['有前款规定的第（二）项行为的 (words between 前款 and the item)', '%! 条例.md\n# 甲市乙条例\n\n第一条 委员不得有下列行为：\n\n（一）甲；\n\n⟦（二）乙；\n⟧\n（三）丙。\n\n委员有前款规定的第（‸二）项行为的，予以罢免。\n\n第二条 乙。\n', 'marked'],
  ['labels listed after an article: 本细则第一条第(一)、第(三)项 — 第(三)项 is article 1\'s', '%! 细则.md\n# 甲法实施细则\n\n第一条 卫生处理包括：\n\n(一)甲；\n\n(二)乙；\n\n⟦(三)丙。\n⟧\n第二条 按本细则第一条第(一)、第(‸三)项规定的卫生处理。\n', 'marked'],
  ['a list that goes on after a paragraph inside an item: 第一条第一款第（三）项', '%! 规定.md\n# 甲规定\n\n第一条 可以采用下列方式：\n\n（一）直接送达。\n\n受送达人不在本地的，可以邮寄送达；\n\n（二）乙；\n\n⟦（三）丙。\n⟧\n第二条 采用本规定第一条第一款第（‸三）项方式送达的，应当附有回证。\n', 'marked'],
  // 第X条前N款: that article's first N paragraphs (`刑法第三百零七条之一前三款`).
  ['第二条前两款 → paragraphs 1 and 2 of article 2', '%! 条例.md\n# 甲市乙条例\n\n## 第一条\n\n依照第二条前‸两款的规定。\n\n## 第二条\n\n⟦甲。\n\n乙。\n⟧\n丙。\n', 'marked'],
  ['第二条前三款 where article 2 has two paragraphs: no such paragraph', '%! 条例.md\n# 甲市乙条例\n\n## 第一条\n\n依照第二条前‸三款的规定。\n\n## 第二条\n\n甲。\n\n乙。\n', { kind: 'no-such-paragraph', article: '第二条', in: '条例.md' }],
  ['第二条第一款前三项 where that paragraph lists two items: no such item', '%! 条例.md\n# 甲市乙条例\n\n## 第一条\n\n依照第二条第一款前‸三项的规定。\n\n## 第二条\n\n甲：\n\n（一）乙；\n\n（二）丙。\n', { kind: 'no-such-item', article: '第二条', in: '条例.md' }],
  ['第二条第一款前两项 → its items 1 and 2', '%! 条例.md\n# 甲市乙条例\n\n## 第一条\n\n依照第二条第一款前‸两项的规定。\n\n## 第二条\n\n甲：\n\n⟦（一）乙；\n\n（二）丙。\n⟧', 'marked'],
];

for (const [label, source, want] of CASES) {
  test(`law references: ${label}`, () => {
    assert.deepEqual(answerOf(source), want === 'marked' ? marked(source) : want);
  });
}

const RIGHT: [string, string][] = [
  // 修改前/修正后: the law as it was, another version than the workspace's.
  ['修改前/修正前: the law as it was', `${INTERPRETATION('2020年12月29日', '适用修改前商标法第二条第二款规定的期限；适用修正前刑法第三条第二款的规定。')}%! 商标法.md\n# 中华人民共和国商标法\n\n第一条 甲。\n\n第二条 乙。\n${CRIMINAL_LAW()}`],
  // A 修正案's bare articles are the amended law's (宪法修正案: 第一百二十三条至第一百三十八条相应改为…).
  ['an amending instrument (修正案): its bare articles are the amended law\'s', '%! 宪法修正案.md\n# 中华人民共和国宪法修正案（2018年）\n\n2018年3月11日 第十三届全国人民代表大会第一次会议通过\n\n第一条 宪法第三章增加一节。\n\n第二条 第七节相应改为第八节，第一百二十三条至第一百三十八条相应改为第一百二十八条至第一百四十三条。\n'],
  // A part of a law (its articles not from 第一条) citing an article of 本法 that no part in the workspace has.
  ['a part of a law citing 本法\'s article in no part of the workspace', CIVIL_CODE_CONTRACTS('适用本法第九十九条的规定。').replace(/⟦|⟧/g, '')],
  // The record under the title cites the text's own title: an earlier version of it.
  ['the record under the title cites the text\'s own title: an earlier version of it', '%! 条例.md\n# 中华人民共和国甲法实施条例\n\n1983年9月20日国务院发布\n\n1987年12月21日 《国务院关于修订〈中华人民共和国甲法实施条例〉第八十条第三款的通知》第二次修订\n\n第一条 甲。\n\n第二条 乙。\n'],
];
for (const [label, source] of RIGHT) test(`law references: no error — ${label}`, () => assert.deepEqual(problems(source), []));

test('law references: this text\'s own articles are still checked — 本解释第九条 after another law\'s in the sentence', () => {
  assert.deepEqual(problems(INTERPRETATION('2020年12月29日', '依照民法典第三条和本解释第九条的规定处理。')).map((p) => p.split(' ')[0]), ['ref.no-such-article']);
});

// Real laws: short excerpts read from LawRefBook/Laws (test/fixtures/laws/README.md): each
// cited only other laws' articles that the speed run called this text's; none has an error.
const LAWS = path.join(__dirname, '../../../test/fixtures/laws');
for (const file of fs.existsSync(LAWS) ? fs.readdirSync(LAWS).filter((f) => f.endsWith('.md') && f !== 'README.md') : []) {
  test(`law references: real law ${file} — no error or warning`, () => {
    assert.deepEqual(problems(`%! ${file}\n${fs.readFileSync(path.join(LAWS, file), 'utf8')}`), []);
  });
}

// 前两款, 前三款, 前四款 as the laws write them: the N paragraphs right before the one it is written in
// (a paragraph holding a list is one paragraph); 前项 in an item, the item before; read from the real
// excerpts above.
const RELATIVE_IN_LAWS: [string, string[]][] = [
  ['tariff_law_art15.md', ['前四款 15¶1–4']],
  ['criminal_law_art238.md', ['前款 238¶1', '前两款 238¶1–2', '前三款 238¶1–3', '前三款 238¶1–3']],
  // 前项 in an item: the item before it (item 1 of the first paragraph, the one holding the list).
  ['criminal_law_art219.md', ['前项 219¶1(1)', '前款 219¶1', '本条 219']],
  // 前两项 in item (三): items 1 and 2; 前三项 and 前五项 outside an item are the first of a ranking.
  ['enterprise_income_tax_art19.md', ['前两项 19¶1(1–2)']],
  ['environment_tax_art9.md', []],
];
for (const [file, want] of RELATIVE_IN_LAWS) {
  test(`law references: real law ${file} — its relative references`, () => {
    const t = buildTreaty(fs.readFileSync(path.join(LAWS, file), 'utf8'));
    const got = referencesOf(t).flatMap((r) => r.kind === 'article' && r.relative
      ? [`${r.relative} ${r.target.num}${r.target.paragraph !== undefined ? `¶${r.target.paragraph}` : ''}${r.target.lastParagraph !== undefined ? `–${r.target.lastParagraph}` : ''}${r.target.item !== undefined ? `(${r.target.item}${r.target.lastItem !== undefined ? `–${r.target.lastItem}` : ''})` : ''}`]
      : []);
    assert.deepEqual(got, want);
  });
}

test('a law named after a word saying what an act is under it (认定为, 涉嫌, 符合, 属于, 构成): its name is the law’s alone', () => {
  const text = `# 某某司法解释

第一条 多次盗窃的，应当认定为刑法第二百六十四条规定的“多次盗窃”；对于未成年人涉嫌刑法第一百二十条规定的犯罪，依法处理。

第二条 起诉符合民事诉讼法第一百二十二条规定的，属于商标法第五十七条规定的情形，构成反垄断法第三条规定的垄断行为。
`;
  const t = buildTreaty(text);
  const named = referencesOf(t).flatMap((r) => (r.kind === 'article' && r.citation ? [`${r.citation.title}${text.slice(r.labelStart, r.labelEnd)}`] : []));
  assert.deepEqual(named, ['刑法第二百六十四条', '刑法第一百二十条', '民事诉讼法第一百二十二条', '商标法第五十七条', '反垄断法第三条']);
});
