// Session 46's drafter's review of the features: what session 45's review left, each case a text and what a drafter
// expects, written by reading the features and the texts (never by running the server).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hoverOf, inWorkspace, names } from '../support/review';
import { Location, MarkupKind } from 'vscode-languageserver-types';
import { FeatureContext, textContext } from '../../server/src/features/context';
import { documentSymbols } from '../../server/src/features/documentSymbols';
import { definition } from '../../server/src/features/definition';
import { hover } from '../../server/src/features/hover';
import { references } from '../../server/src/features/references';
import { diagnostics } from '../../server/src/features/diagnostics';
import { codeLenses } from '../../server/src/features/codeLens';
import { hoverIn } from '../../server/src/protocol/adapt';

/** Each location as `file line:character-character`. */
const where = (ls: Location[]): string[] => ls.map((l) => `${decodeURI(l.uri.split('/').pop()!)} ${l.range.start.line}:${l.range.start.character}-${l.range.end.character}`);
const lensTitles = (ctx: FeatureContext): string[] => codeLenses(ctx).map((l) => `${l.range.start.line} ${l.command?.title}`);

// 1a. A protocol to a tax agreement (protocol_cn_om_tax_2002.md): its agreement named by its title bare with a short form
// (`…的协定(以下简称“协定”)`), then `协定第四条第一款`, and once `本协定第四条`. No 《》: the citation graph does not hold the
// protocol among the agreement's citing documents.
const PROTOCOL = [
  '中华人民共和国政府和阿曼苏丹国政府关于对所得避免双重征税和防止偷漏税的协定的议定书', // 0
  '', // 1
  '在签订中华人民共和国政府和阿曼苏丹国政府关于对所得避免双重征税和防止偷漏税的协定(以下简称“协定”)时,双方同意下列规定应作为协定的组成部分:', // 2
  '', // 3
  '一、协定第四条第一款提及的“总机构”一语,是指负责企业的管理、经营和控制的中心机构。', // 4
  '', // 5
  '二、关于本协定第四条,由阿曼苏丹国拥有权益和控制的国家总储备基金,也应认为是阿曼苏丹国居民。', // 6
  '', // 7
  '三、关于协定第十五条,雇员的报酬应仅在首先提及的缔约国征税。', // 8
  '', // 9
  '本议定书于二○○二年三月二十五日在马斯喀特签订。', // 10
  '',
].join('\n');
const OMAN = [
  '# 中华人民共和国政府和阿曼苏丹国政府关于对所得避免双重征税和防止偷漏税的协定', // 0
  '',
  '## 第四条', // 2
  '',
  '一、在本协定中，“缔约国一方居民”一语是指按照该缔约国法律，由于住所、居所、总机构所在地，负有纳税义务的人。', // 4
  '',
  '二、由于第一款的规定，同时为缔约国双方居民的个人，应认为是其永久性住所所在国的居民。', // 6
  '',
  '## 第十五条', // 8
  '',
  '受雇取得的薪金，应仅在该缔约国征税。', // 10
  '',
].join('\n');

test('a protocol naming its agreement by a bare short form: find references and the lenses on the agreement\'s article list its uses', () => {
  const ws = inWorkspace({ 'agreement.md': OMAN, 'protocol.md': PROTOCOL });
  const fourth = OMAN.indexOf('第四条') + 1;
  // The agreement's own 第一款 (line 6), then the protocol's `协定第四条第一款` and `本协定第四条`.
  assert.deepEqual(where(references(ws(), fourth, false)), ['agreement.md 6:4-7', 'protocol.md 4:4-10', 'protocol.md 6:4-10']);
  assert.deepEqual(where(references(ws(), OMAN.indexOf('第十五条') + 1, false)), ['protocol.md 8:6-10']);
  assert.deepEqual(lensTitles(ws()), ['2 被引用 3 次', '8 被引用 1 次']);
  // A text titled as no part of it (another agreement's protocol) is not read.
  const other = PROTOCOL.replace('阿曼苏丹国政府关于对所得避免双重征税和防止偷漏税的协定的议定书', '阿曼苏丹国政府关于海运的协定的议定书');
  const apart = inWorkspace({ 'agreement.md': OMAN, 'protocol.md': other });
  assert.deepEqual(where(references(apart(), fourth, false)), ['agreement.md 6:4-7']);
});

// 1b. An amending decision's points (`将第一条修改为`, `删去第二条中的…`): hover and definition go to the amended
// instrument's article (session 45); find references and the lenses on that article list them too.
const DECISION = [
  '# 最高人民法院关于修改《最高人民法院关于审理某某纠纷案件适用法律若干问题的解释》的决定', // 0
  '',
  '最高人民法院审判委员会决定，对《最高人民法院关于审理某某纠纷案件适用法律若干问题的解释》作如下修改：', // 2
  '',
  '一、将第一条修改为：“人民法院审理某某纠纷案件，适用本解释。”', // 4
  '',
  '二、删去第二条中的“依法由受害人承担扶养义务的被扶养人”。', // 6
  '',
  '三、删去第三条第一款末尾的“但另有规定的除外”和第二款末尾的“但另有约定的除外”。', // 8
  '',
  '四、将第二条第二款中的“依照《中华人民共和国民法典》第一千一百六十五条”修改为“依照法律”。', // 10
  '',
  '本决定自2022年1月1日起施行。', // 12
  '',
].join('\n');
const INTERPRETATION = [
  '# 最高人民法院关于审理某某纠纷案件适用法律若干问题的解释', // 0
  '',
  '第一条 人民法院审理某某纠纷案件，适用本解释。', // 2
  '',
  '第二条 赔偿权利人是指受害人本人。', // 4
  '',
  '依法由受害人承担扶养义务的被扶养人，也是赔偿权利人。', // 6
  '',
  '第三条 赔偿纠纷由铁路运输法院管辖。', // 8
  '',
  '但另有规定的除外。', // 10
  '',
].join('\n');

test('an amending decision\'s points are listed by find references and counted by the lenses of the amended article', () => {
  const ws = inWorkspace({ 'interpretation.md': INTERPRETATION, 'decision.md': DECISION });
  const at = (s: string) => INTERPRETATION.indexOf(s) + 1;
  assert.deepEqual(where(references(ws(), at('第一条'), false)), ['decision.md 4:3-6']);
  // 第二条中的 and 第二条第二款 (point 四); the 民法典's 第一千一百六十五条 is no reference to it.
  assert.deepEqual(where(references(ws(), at('第二条'), false)), ['decision.md 6:4-7', 'decision.md 10:3-9']);
  // 第三条第一款 and the 第二款 named alone after it on its line.
  assert.deepEqual(where(references(ws(), at('第三条'), false)), ['decision.md 8:4-10', 'decision.md 8:24-27']);
  assert.deepEqual(lensTitles(ws()), ['2 被引用 1 次', '4 被引用 2 次', '8 被引用 2 次']);
  // A decision that amends another instrument names none of its articles.
  const elsewhere = DECISION.replace(/审理某某纠纷案件/g, '审理其他案件');
  assert.deepEqual(lensTitles(inWorkspace({ 'interpretation.md': INTERPRETATION, 'decision.md': elsewhere })()), []);
});

// 1c. A cultural agreement's executive programme (programme_cn_dz_culture_2003_fdtk.md, programme_cn_uy_culture_2001_fdtk.md):
// the years in its title are the years it runs, not the date it was made.
test('a programme\'s years in its title are no date of it', () => {
  const body = '\n\n第一条\n\n在本计划有效期内，双方互派文化代表团访问。\n';
  const dated = (title: string) => {
    const text = `${title}${body}`;
    return hoverOf(textContext(text), text.indexOf('本计划') + 1) ?? '';
  };
  assert.doesNotMatch(dated('中华人民共和国政府和阿尔及利亚民主人民共和国政府文化协定二○○三、二○○四、二○○五年执行计划'), /日期/);
  assert.doesNotMatch(dated('中华人民共和国政府和乌拉圭东岸共和国政府文化合作协定2001-2003年执行计划'), /日期/);
  assert.doesNotMatch(dated('中华人民共和国政府和某国政府2019年至2022年文化交流执行计划'), /日期/);
  // A date of a day above the title stays its date.
  assert.match(dated('2019年3月1日\n中华人民共和国政府和某国政府2019年至2022年文化交流执行计划'), /日期：2019年3月1日/);
});

// 1d. 海洋倾废管理条例 (LawRefBook/Laws, 行政法规): `附件2`, a bare line under the heading `附件1`, heads the second annex.
test('annexes headed by a bare line each under the first\'s heading are each the outline\'s', () => {
  const text = [
    '# 中华人民共和国海洋倾废管理条例', // 0
    '',
    '第一条 禁止倾倒附件一所列的废弃物。', // 2
    '',
    '第二条 本条例自1985年4月1日起施行。', // 4
    '',
    '附件1', // 6
    '',
    '禁止倾倒的物质', // 8
    '',
    '一、含有机卤素化合物的废弃物。', // 10
    '',
    '附件2', // 12
    '',
    '需要获得特别许可证才能倾倒的物质', // 14
    '',
    '一、含有砷、铅、铜的废弃物。', // 16
    '',
  ].join('\n');
  const symbols = documentSymbols(textContext(text));
  assert.deepEqual(names(symbols), [['中华人民共和国海洋倾废管理条例', ['第一条', '第二条', '附件1', '附件2']]]);
  const [one, two] = symbols[0].children!.slice(2);
  assert.deepEqual([one.range.start.line, one.range.end.line, two.range.start.line, two.range.end.line], [6, 10, 12, 16]);
  // Under a heading `附件` with no number, lines `附件一：…` may list what it holds: one annex.
  const listed = '# 某某条例\n\n第一条 见附件。\n\n附件\n\n附件一：名单\n\n附件二：表格\n';
  assert.deepEqual(names(documentSymbols(textContext(listed))), [['某某条例', ['第一条', '附件']]]);
});

// 1e. What stands above a law's articles as the record of its adoption and amendments (公安机关办理行政案件程序规定, a
// ministry's rule) is no preamble; a communiqué in one paragraph (communique_cn_az_diplomatic_1992_bjdzjh.md) is its body.
test('a record of adoption above a law is no preamble; a communiqué\'s one paragraph is its body', () => {
  const rule = [
    '# 公安机关办理行政案件程序规定',
    '',
    '２０１２年１２月３日 公安部部长办公会议通过',
    '',
    '２０１２年１２月１９日 中华人民共和国公安部令第１２５号发布，',
    '',
    '２０１３年１月１日 施行',
    '',
    '## 第一章 总则',
    '',
    '第一条 为了规范公安机关办理行政案件程序，制定本规定。',
    '',
  ].join('\n');
  assert.deepEqual(names(documentSymbols(textContext(rule))), [['公安机关办理行政案件程序规定', [['第一章', ['第一条']]]]]);
  // A record with the first sentence of a preamble under it keeps the preamble (a judicial interpretation's).
  const interpretation = rule.replace('２０１３年１月１日 施行', '为依法惩治证券、期货犯罪，根据刑法的规定，现就办理这类案件适用法律的若干问题解释如下：');
  assert.equal(documentSymbols(textContext(interpretation))[0].children![0].name, '序言');
  const communique = '# 中华人民共和国和阿塞拜疆共和国关于建立外交关系的联合公报\n\n中华人民共和国政府和阿塞拜疆共和国政府根据两国人民的利益和愿望，决定自1992年4月2日起建立大使级外交关系。\n\n1992年4月2日于北京\n';
  const top = documentSymbols(textContext(communique))[0].children!;
  assert.equal(top[0].name, '正文');
  assert.equal(top[0].children?.length ?? 0, 0);
});

// 1f. Hover in a client taking plain text only (Neovim, Helix: hover.contentFormat ["plaintext"]): no markdown hard break's
// trailing spaces or backslash left.
test('a hover in plain text: the line breaks stay, the markup of a hard break goes', () => {
  // A term defined for each party on the lines under it: its meaning a line each (a markdown hard break).
  const text = ['# 中华人民共和国政府和日本国政府社会保障协定', '', '第一条 定义', '', '(一)“国民”', '在中华人民共和国,系指具有中华人民共和国国籍的个人;', '在日本国,系指日本国有关国籍的法律定义的日本国民。', '', '第二条 国民享有同等待遇。', ''].join('\n');
  const h = hover(textContext(text), text.lastIndexOf('国民') + 1);
  const plain = hoverIn(h, 'plaintext')!.contents as { kind: string; value: string };
  assert.equal(plain.kind, MarkupKind.PlainText);
  assert.equal(plain.value, '“国民” 指 在中华人民共和国,系指具有中华人民共和国国籍的个人;\n在日本国,系指日本国有关国籍的法律定义的日本国民');
  // An article written with a markdown hard break (a backslash, pandoc's): its lines, no backslash in either form.
  const broken = '# 某某协定\n\n## 第一条\n\n见第二条。\n\n## 第二条\n\n一、缔约双方应当合作；\\\n二、缔约双方应当交换信息。\n';
  const at = broken.indexOf('见第二条') + 2;
  assert.equal((hoverIn(hover(textContext(broken), at), 'plaintext')!.contents as { value: string }).value, '第二条\n\n一、缔约双方应当合作；\n二、缔约双方应当交换信息。');
  assert.doesNotMatch(hoverOf(textContext(broken), at) ?? '', /\\\\\n/);
});

// 2. Real texts read as a drafter (section "Read in session 46" of docs/variants.md).

// protocol_cn_de_investment_2003.md: a protocol in points (`一、关于第一条`, `三、关于第二条和第三条` / `第二条第三款和第三条第二款
// 不适用于`) names the agreement's articles bare, no 协定 before them: hover, definition and find references go there.
const DE_PROTOCOL = [
  '中华人民共和国和德意志联邦共和国关于促进和相互保护投资的协定的议定书', // 0
  '(2003年12月1日签订于北京,2005年11月11日生效)', // 1
  '值此中华人民共和国和德意志联邦共和国关于促进和相互保护投资的协定签字之际,双方正式授权的代表议定下列条款:', // 2
  '一、关于第一条', // 3
  '(一)为了避免歧义,缔约双方议定第一条所指的“投资”,系指为了与企业建立持续的经济关系而进行的投资。', // 4
  '二、关于第二条和第三条', // 5
  '中华人民共和国方面,第二条第三款和第三条第二款不适用于任何现存的不符措施。', // 6
  '三、关于《关于解决国家与他国国民之间投资争端公约》第二条', // 7
  '本议定书与协定同时生效。本协定的其他规定不受影响。', // 8
  '',
].join('\n');
const DE_AGREEMENT = [
  '# 中华人民共和国和德意志联邦共和国关于促进和相互保护投资的协定', // 0
  '',
  '## 第一条', // 2
  '',
  '定义。', // 4
  '',
  '## 第二条', // 6
  '',
  '一、促进投资。', // 8
  '',
  '二、保护投资。', // 10
  '',
  '三、缔约一方不得采取歧视措施。', // 12
  '',
  '## 第三条', // 14
  '',
  '一、投资待遇。', // 16
  '',
  '二、国民待遇。', // 18
  '',
].join('\n');

test('a protocol in points names the agreement\'s articles bare: hover, definition and find references reach them', () => {
  const ws = inWorkspace({ 'protocol.md': DE_PROTOCOL, 'agreement.md': DE_AGREEMENT });
  const at = (s: string, n = 1) => DE_PROTOCOL.indexOf(s) + n;
  assert.match(hoverOf(ws(), at('第二条第三款')) ?? '', /^\*\*中华人民共和国和德意志联邦共和国关于促进和相互保护投资的协定 第二条\*\*\n\n三、缔约一方不得采取歧视措施。/);
  // From the use as from the article: the agreement's 第二条 and every place the protocol names it.
  const second = ['protocol.md 5:4-7', 'protocol.md 6:10-16'];
  assert.deepEqual(where(references(ws(), at('第二条第三款'), false)), second);
  assert.deepEqual(where(references(ws('agreement.md'), DE_AGREEMENT.indexOf('第二条') + 1, false)), second);
  // `一、关于第一条`: the cursor on 第一条 in the point's heading is on the agreement's article, not on the point.
  assert.deepEqual(where(references(ws(), at('关于第一条', 3), true)), ['agreement.md 2:3-6', 'protocol.md 3:4-7', 'protocol.md 4:16-19']);
  // Another instrument's article (`《…公约》第二条`): not the agreement's.
  assert.equal(hoverOf(ws(), DE_PROTOCOL.lastIndexOf('第二条') + 1)?.includes('促进和相互保护投资的协定 第二条') ?? false, false);
  // Its 本协定 is the agreement: hover shows it, definition goes to its title; with no agreement in the workspace, nothing.
  assert.match(hoverOf(ws(), at('本协定')) ?? '', /^\*\*中华人民共和国和德意志联邦共和国关于促进和相互保护投资的协定\*\*\n\n- 种类：协定/);
  assert.deepEqual(definition(ws(), at('本协定')).map((l) => `${l.targetUri.split('/').pop()} ${l.targetSelectionRange.start.line}`), ['agreement.md 0']);
  assert.equal(hoverOf(textContext(DE_PROTOCOL), at('本协定')), undefined);
});

// 浙江省景宁畲族自治县自治条例 (LawRefBook/Laws) 第六十八条: `应当冠以“景宁畲族自治县”全称` — the long form quoted whole is the
// name mentioned (the seals bear the full name), not a use the short form 自治县 should stand for: no hint, no fix.
test('a long form quoted whole is the name mentioned, no use of the term', () => {
  const text = [
    '# 浙江省景宁畲族自治县自治条例',
    '',
    '第一条 景宁畲族自治县（以下简称自治县）是依法实行畲族区域自治的地方。',
    '',
    '第二条 自治县管辖内的国家机关的公章、牌匾，应当冠以“景宁畲族自治县”全称。',
    '',
    '第三条 景宁畲族自治县依法保护各民族的合法权益。',
    '',
  ].join('\n');
  const hinted = diagnostics(textContext(text)).filter((d) => d.code === 'term.long-form').map((d) => `${d.range.start.line}:${d.range.start.character}`);
  // Article 3's use, not article 2's quoted name.
  assert.deepEqual(hinted, ['6:4']);
});
