// Session 48's drafter's review of the features: what session 47's review left, each case a text and what a drafter
// expects, written by reading the features and the texts (never by running the server).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CompletionItem, TextEdit } from 'vscode-languageserver-types';
import { NURSES, hoverOf, inWorkspace } from '../support/review';
import { textContext } from '../../server/src/features/context';
import { completion, readSnippets } from '../../server/src/features/completion';
import { ROOT } from '../support/fixture';
import { hover } from '../../server/src/features/hover';
import { definition } from '../../server/src/features/definition';
import { documentSymbols } from '../../server/src/features/documentSymbols';
import { names } from '../support/review';
import { insertArticle } from '../../server/src/features/insertArticle';

// 1a. 护士条例 printed under the order publishing it (test/support/review.ts NURSES, the State Council's page): the order's
// sentence names the meeting that adopted it (2008年1月23日) and the day it takes effect (2008年5月12日); the regulation's date
// is the order's, printed under the Premier's name (二〇〇八年一月三十一日; `2008年1月31日 中华人民共和国国务院令第517号公布`, as
// LawRefBook/Laws 2f4c5c2 行政法规/护士条例(2020-03-27).md and http://shangyoutai.com/listing/lawsshow_pi.php?id=8641 record it).
const CITING = '# 某某医疗机构管理办法\n\n第一条 护士的执业注册，依照《护士条例》的规定办理。\n';

test('a regulation printed under its order is dated by the order, not by the meeting that adopted it', () => {
  const ws = inWorkspace({ 'law.md': CITING, 'nurses.md': NURSES });
  const shown = hoverOf(ws(), CITING.indexOf('护士条例') + 1) ?? '';
  assert.match(shown, /^\*\*护士条例\*\*\n\n- 种类：条例\n- 日期：2008年1月31日\n/);
  // In the regulation itself, on 本条例.
  assert.match(hoverOf(textContext(NURSES), NURSES.indexOf('本条例') + 1) ?? '', /- 日期：2008年1月31日\n/);
  // Without the order's heading the sentence is a line above the title like any: its first date stands, as before.
  const noOrder = NURSES.replace('中华人民共和国国务院令\n\n第517号\n\n', '');
  assert.match(hoverOf(textContext(noOrder), noOrder.indexOf('本条例') + 1) ?? '', /- 日期：2008年1月23日\n/);
});

// 1b. The same regulation as LawRefBook/Laws (2f4c5c2) prints it: the title, then its record `2008年1月31日 中华人民共和国国务院令第517号
// 公布`. The hover named no date at all; a law's date is the first of its record, as a treaty's is the day it was signed.
test('a law dated by its record alone shows that date', () => {
  const law = [
    '# 护士条例', // 0
    '',
    '2008年1月31日 中华人民共和国国务院令第517号公布', // 2
    '',
    '<!-- INFO END -->', // 4
    '',
    '## 第一章 总则', // 6
    '',
    '第一条 为了维护护士的合法权益，规范护理行为，促进护理事业发展，保障医疗安全和人体健康，制定本条例。', // 8
    '',
    '第二条 本条例所称护士，是指经执业注册取得护士执业证书，依照本条例规定从事护理活动，履行保护生命、减轻痛苦、增进健康职责的卫生技术人员。', // 10
    '',
  ].join('\n');
  const ws = inWorkspace({ 'law.md': CITING, 'nurses.md': law });
  assert.match(hoverOf(ws(), CITING.indexOf('护士条例') + 1) ?? '', /^\*\*护士条例\*\*\n\n- 种类：条例\n- 日期：2008年1月31日\n- 条数：2\n/);
  // Amended since: the day it was first adopted (a text's articles cite one another as numbered then).
  const amended = law.replace('公布\n', '公布\n\n根据2020年3月27日《国务院关于修改和废止部分行政法规的决定》修订\n');
  assert.match(hoverOf(inWorkspace({ 'law.md': CITING, 'nurses.md': amended })(), CITING.indexOf('护士条例') + 1) ?? '', /- 日期：2008年1月31日\n/);
  // A treaty's record of approval (`（1990年6月28日…批准）`) is no date of its own: a treaty with no date shows none, as before.
  const treaty = '# 中华人民共和国和某国引渡条约\n\n（1990年6月28日第七届全国人民代表大会常务委员会第十四次会议批准）\n\n## 第一条\n\n缔约双方有义务相互引渡。\n';
  const cites = '# 某某说明\n\n依照《中华人民共和国和某国引渡条约》的规定。\n';
  assert.doesNotMatch(hoverOf(inWorkspace({ 'a.md': cites, 'b.md': treaty })(), cites.indexOf('引渡条约') + 1) ?? '', /日期/);
});

// 1c. treaty_cn_mn_judicial_assistance_1989_page.md (fsou.com) sets no blank line anywhere: an article is its label and caption,
// then its paragraphs, line after line. Session 47 made an inserted article follow that layout; the clauses and snippets
// completion writes (`生效条款`, the snippet `定义`) still came with a blank line under the heading and between paragraphs.
const SNIPPETS = readSnippets(JSON.parse(fs.readFileSync(path.join(ROOT, 'snippets/treaty.code-snippets'), 'utf8')));
function offered(doc: string): Map<string, string> {
  const lines = doc.split('\n');
  const list = completion(textContext(doc), { line: lines.length - 1, character: lines[lines.length - 1].length }, { snippets: SNIPPETS, now: new Date(2024, 5, 15) });
  return new Map(list.items.map((i: CompletionItem) => [String(i.label), (i.textEdit as TextEdit).newText]));
}
const TIGHT = [
  '# 中华人民共和国和蒙古人民共和国关于民事和刑事司法协助的条约', // 0
  '第一条 司法保护', // 1
  '一、缔约一方国民在缔约另一方境内,享有与缔约另一方国民同等的司法保护。', // 2
  '二、本条第一款的规定亦适用于缔约双方的法人。', // 3
  '第二条 司法协助的提供', // 4
  '一、缔约双方的主管机关应按照本条约的规定,相互提供民事和刑事司法协助。', // 5
  '', // 6: the cursor's line
].join('\n');

test('clauses and snippets completion writes in a text with no blank lines have none', () => {
  const tight = offered(`${TIGHT}定义`);
  assert.equal(tight.get('定义'), '第${1:三}条\n就${2|本条约,本协议,本协定|}而言，下列用语的含义是：\n（一）“${3:用语}”是指${4:……}；\n（二）“${5:用语}”是指${6:……}。\n$0');
  assert.equal(tight.get('争议解决条款'), '第${1:三}条\n双方在解释和执行本条约产生分歧时，将通过${2|协商和会谈,友好协商,外交途径|}的方式解决。\n$0');
  // One blank line between two articles: the snippet as written, a blank line under the heading and between paragraphs.
  const spaced = offered(`${TIGHT.replace('第二条', '\n第二条')}定义`);
  assert.equal(spaced.get('定义'), '第${1:三}条\n\n就${2|本条约,本协议,本协定|}而言，下列用语的含义是：\n\n（一）“${3:用语}”是指${4:……}；\n\n（二）“${5:用语}”是指${6:……}。\n$0');
  assert.equal(spaced.get('争议解决条款'), '第${1:三}条\n\n双方在解释和执行本条约产生分歧时，将通过${2|协商和会谈,友好协商,外交途径|}的方式解决。\n$0');
});

// 1d. agreement_cn_us_criminal_assistance_2001.md (360docs.net): paragraph 二 of 第一条 runs its items in its line,
// `二、协助应包括:(一)送达文书;(二)…;(九)…;以及(十)…。`. The outline listed none under 二、, and a drafter's reference to one
// (`第一条第二款第(三)项`, a new article's) was hovered `第一条没有该项` and went nowhere.
const US = [
  '# 中华人民共和国政府和美利坚合众国政府关于刑事司法协助的协定', // 0
  '',
  '第一条适用范围', // 2
  '一、根据本协定,双方应在与刑事案件有关的侦查、起诉和诉讼方面相互提供协助。', // 3
  '二、协助应包括:(一)送达文书;(二)获取人员的证言或陈述;(三)提供文件、记录或证据物品的原件、经证明的副本或影印件;(四)获取并提供鉴定结论;(五)安排人员作证或协助调查;(六)查找或辨别人员;(七)执行查询、搜查、冻结和扣押证据的请求;(八)在没收程序中提供协助;(九)移送在押人员以便作证或协助调查;以及(十)不违背被请求方境内法律的任何其他形式的协助。', // 4
  '三、本协定仅适用于双方之间的相互司法协助。', // 5
  '本协定的规定,不给予任何私人当事方以取得、隐瞒或排除任何证据或妨碍执行请求的权利。', // 6
  '第二条 文件的提供', // 7: a drafter's new article
  '依照第一条第二款第(三)项提供的文件,应附有中央机关的证明。', // 8
  '',
].join('\n');

test('items a paragraph runs in its line are its items: in the outline, a hover and go to definition', () => {
  const ctx = textContext(US);
  const outline = names(documentSymbols(ctx));
  assert.deepEqual(outline, [['中华人民共和国政府和美利坚合众国政府关于刑事司法协助的协定', [['第一条', ['一、', ['二、', ['(一)', '(二)', '(三)', '(四)', '(五)', '(六)', '(七)', '(八)', '(九)', '(十)']], '三、']], '第二条']]]);
  // Each item from its label to the next label, the last to its sentence's stop; named with its first words.
  const items = documentSymbols(ctx)[0].children![0].children![1].children!;
  const line = US.split('\n')[4];
  assert.deepEqual([items[2].range, items[2].selectionRange.end, items[2].detail], [{ start: { line: 4, character: line.indexOf('(三)') }, end: { line: 4, character: line.indexOf('(四)') } }, { line: 4, character: line.indexOf('(三)') + 3 }, '提供文件、记录或证据物品的原件、经证明的…' /* its first 20 characters */]);
  assert.deepEqual(items[9].range.end, { line: 4, character: line.length });
  // The reference: hover shows the item, definition lands on it.
  const at = US.indexOf('第(三)项') + 2;
  assert.equal(hoverOf(ctx, at), '**第一条** 适用范围\n\n\\(三\\)提供文件、记录或证据物品的原件、经证明的副本或影印件\\;');
  const link = definition(ctx, at)[0];
  assert.deepEqual([link.targetSelectionRange.start, link.targetRange.end], [{ line: 4, character: line.indexOf('(三)') }, { line: 4, character: line.indexOf('(四)') }]);
  // Item 十 follows `;以及`: the last item.
  const ten = US.replace('第(三)项', '第(十)项');
  assert.match(hoverOf(textContext(ten), ten.indexOf('第(十)项') + 2) ?? '', /\\\(十\\\)不违背被请求方境内法律的任何其他形式的协助。$/);
  // No item 十一: still none.
  const eleven = US.replace('第(三)项', '第(十一)项');
  assert.equal(hoverOf(textContext(eleven), eleven.indexOf('第(十一)项') + 2), '第一条没有该项');
  // Labels in a sentence that are no list (one alone, or not after a colon): nothing read.
  const one = US.replace(/;\(二\)[^。]*。/, '。');
  assert.deepEqual(names(documentSymbols(textContext(one)))[0], ['中华人民共和国政府和美利坚合众国政府关于刑事司法协助的协定', [['第一条', ['一、', '二、', '三、']], '第二条']]);
});

// 1e. 宪法修正案（2018年） (LawRefBook/Laws 2f4c5c2, 宪法/宪法修正案（2018年）.md): 第五十二条 adds to the constitution a section,
// `第七节 监察委员会`, and five articles, 第一百二十三条 to 第一百二十七条, printed under `…内容如下：`. They are the new text
// 第五十二条 writes (the constitution's section and articles), not a section and articles of the amendment: the outline ended
// with the amendment's `第七节` over five articles, and inserting an article before 第五十二条 renumbered the constitution's.
const AMENDMENT = [
  '# 中华人民共和国宪法修正案（2018年）', // 0
  '',
  '2018年3月11日 第十三届全国人民代表大会第一次会议通过', // 2
  '',
  '第五十条 宪法第一百零四条中“监督本级人民政府、人民法院和人民检察院的工作”修改为“监督本级人民政府、监察委员会、人民法院和人民检察院的工作”。这一条相应修改为：“县级以上的地方各级人民代表大会常务委员会讨论、决定本行政区域内各方面工作的重大事项；监督本级人民政府、监察委员会、人民法院和人民检察院的工作；撤销本级人民政府的不适当的决定和命令；撤销下一级人民代表大会的不适当的决议；依照法律规定的权限决定国家机关工作人员的任免；在本级人民代表大会闭会期间，罢免和补选上一级人民代表大会的个别代表。”', // 4
  '',
  '第五十一条 宪法第一百零七条第一款“县级以上地方各级人民政府依照法律规定的权限，管理本行政区域内的经济、教育、科学、文化、卫生、体育事业、城乡建设事业和财政、民政、公安、民族事务、司法行政、监察、计划生育等行政工作，发布决定和命令，任免、培训、考核和奖惩行政工作人员。”修改为：“县级以上地方各级人民政府依照法律规定的权限，管理本行政区域内的经济、教育、科学、文化、卫生、体育事业、城乡建设事业和财政、民政、公安、民族事务、司法行政、计划生育等行政工作，发布决定和命令，任免、培训、考核和奖惩行政工作人员。”', // 6
  '',
  '第五十二条 宪法第三章“国家机构”中增加一节，作为第七节“监察委员会”；增加五条，分别作为第一百二十三条至第一百二十七条。内容如下：', // 8
  '',
  '第七节 监察委员会', // 10
  '',
  '第一百二十三条 中华人民共和国各级监察委员会是国家的监察机关。', // 12
  '',
  '第一百二十四条 中华人民共和国设立国家监察委员会和地方各级监察委员会。', // 14
  '',
  '监察委员会的组织和职权由法律规定。', // 16
  '',
  '第一百二十五条 中华人民共和国国家监察委员会是最高监察机关。', // 18
  '',
  '第七节相应改为第八节，第一百二十三条至第一百三十八条相应改为第一百二十八条至第一百四十三条。', // 20
  '',
].join('\n');

test('a section and articles an amendment adds to the constitution are the amending article\'s text', () => {
  const ctx = textContext(AMENDMENT);
  assert.deepEqual(ctx.treaty.articles.map((a) => a.name), ['第五十条', '第五十一条', '第五十二条']);
  assert.deepEqual(ctx.treaty.chapters.length, 0);
  const outline = documentSymbols(ctx)[0];
  assert.deepEqual(outline.children!.map((c) => c.name), ['第五十条', '第五十一条', '第五十二条']);
  // 第五十二条 runs to the text's end, the section and the articles it adds inside it.
  assert.deepEqual(outline.children![2].range.end, { line: 20, character: AMENDMENT.split('\n')[20].length });
  // Inserting an article after 第五十一条 moves 第五十二条 alone; the constitution's articles keep their numbers.
  const made = insertArticle(ctx, AMENDMENT.indexOf('第五十一条') + 1, 'renumber');
  const edits = Object.values(made.edit?.changes ?? {}).flat().map((e) => `${e.range.start.line}:${e.range.start.character} ${e.newText}`);
  assert.deepEqual(edits.slice(1), ['8:1 五十三']);
  // An amending article that says `修改为：` before a chapter's heading and articles already read so; a chapter heading with no
  // such words before it stays the amendment's own (a decision adding a chapter heads it in its own text).
  const own = AMENDMENT.replace('。内容如下：', '。');
  assert.deepEqual(textContext(own).treaty.articles.map((a) => a.name).slice(-3), ['第一百二十三条', '第一百二十四条', '第一百二十五条']);
});
