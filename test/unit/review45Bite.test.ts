// Session 45's drafter's review of the features: what session 44's review left, each case a text and what a drafter
// expects, written by reading the features and the texts (never by running the server).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hoverOf, inWorkspace, names } from '../support/review';
import { FeatureContext, textContext } from '../../server/src/features/context';
import { definition } from '../../server/src/features/definition';
import { diagnostics } from '../../server/src/features/diagnostics';
import { documentSymbols } from '../../server/src/features/documentSymbols';
import { safeFixRound } from '../../server/src/features/codeActions';
import { applyEdits } from '../../server/src/features/renumber';

/** Where `definition` lands: the file's name and the line and character of the selection's start. */
const landing = (ctx: FeatureContext, at: number): string[] =>
  definition(ctx, at).map((l) => `${decodeURI(l.targetUri.split('/').pop()!)} ${l.targetSelectionRange.start.line}:${l.targetSelectionRange.start.character}`);

// 1a. A memorandum recording what the parties understood on an agreement they initialled (memorandum_cn_it_tax_1986_pinyin_hant.md):
// its 本协定 and its bare 协定 (a converter's pinyin inside: 協(xié)定) name the agreement, not the memorandum.
const MEMO = [
  '中華人民共和國(guó)政府和意大利共和國(guó)政府關(guān)于對(duì)所得避免雙重征稅和防止偷漏稅的協(xié)定備忘錄', // 0
  '(1986年7月25日)', // 1
  '在中華人民共和國(guó)政府和意大利共和國(guó)政府草簽協(xié)定時(shí),對(duì)協(xié)定第十九條關(guān)于履行政府職責(zé)人員的范圍,達(dá)成如下諒解:', // 2
  '2.中國(guó)郵電部提供服務(wù)的個(gè)人支付的報(bào)酬,適用本協(xié)定第十九條第一款和第二款的規(guī)定。', // 3
  '1986年7月25日于北京,一式兩份,用英文寫(xiě)成。', // 4
].join('\n');
const AGREEMENT = [
  '# 中华人民共和国政府和意大利共和国政府关于对所得避免双重征税和防止偷漏税的协定', // 0
  '',
  '## 第十九条', // 2
  '',
  '一、缔约国一方政府支付给履行政府职责的个人的报酬，应仅在该国征税。', // 4
  '',
  '二、前款规定不适用于经营性活动。', // 6
  '',
].join('\n');

test('a memorandum on an agreement: 本协定第十九条 and a bare 協(xié)定第十九條 are the agreement\'s article, never its own', () => {
  const ws = inWorkspace({ 'memo.md': MEMO, 'agreement.md': AGREEMENT });
  const bare = MEMO.indexOf('協(xié)定第十九條') + 1;
  const own = MEMO.indexOf('本協(xié)定第十九條') + 2;
  assert.deepEqual(landing(ws(), bare), ['agreement.md 2:3']);
  // 第十九條第一款: the agreement's first paragraph.
  assert.deepEqual(landing(ws(), own), ['agreement.md 4:0']);
  assert.match(hoverOf(ws(), own) ?? '', /防止偷漏税的协定 第十九条\*\*\n\n一、缔约国一方政府支付给/);
  // Alone: the memorandum is not said to lack an article 19 (it has none: `本備忘錄没有第十九條第一款` before).
  const alone = textContext(MEMO);
  assert.equal(hoverOf(alone, own), undefined);
  // The bare one names the agreement, which the workspace lacks.
  assert.match(hoverOf(alone, bare) ?? '', /^\*\*《中华人民共和国政府和意大利共和国政府关于对所得避免双重征税和防止偷漏税的协定》\*\*/);
  assert.deepEqual(diagnostics(alone).filter((d) => !String(d.code).startsWith('style.')), []);
});

// 1b. Social security agreements define a term for each party on the lines under it (agreement_cn_de_social_security_2001_page.md).
const SOCIAL = [
  '# 中华人民共和国和德意志联邦共和国社会保险协定', // 0
  '',
  '## 第一条', // 2
  '',
  '一、本协定内:', // 4
  '',
  '(一)“法律规定”一词', // 6
  '',
  '在中华人民共和国,系指涉及本协定适用范围所包括社会保险体系的法律、规章;', // 8
  '',
  '在德意志联邦共和国,系指涉及本协定适用范围所包括社会保险体系的法律、法规;', // 10
  '',
  '(二)“主管机关”一词', // 12
  '',
  '在中华人民共和国,系指劳动和社会保障部;', // 14
  '',
  '在德意志联邦共和国,系指联邦劳动和社会事务部;', // 16
  '',
  '二、其他词语具有各缔约国所适用的法律规定赋予的含义。', // 18
  '',
  '## 第二条', // 20
  '',
  '缔约国双方主管机关应相互通报其法律规定的变化。', // 22
  '',
].join('\n');

test('a term defined for each party on the lines under it: defined, its hover every party\'s meaning, a line each', () => {
  const ctx = textContext(SOCIAL);
  const use = SOCIAL.lastIndexOf('主管机关') + 1;
  assert.equal(hoverOf(ctx, use), '**“主管机关”** 指 在中华人民共和国\\,系指劳动和社会保障部\\;\\\n在德意志联邦共和国\\,系指联邦劳动和社会事务部');
  assert.match(hoverOf(ctx, SOCIAL.lastIndexOf('法律规定') + 1) ?? '', /^\*\*“法律规定”\*\* 指 在中华人民共和国.*法律、规章\\;\\\n在德意志联邦共和国.*法律、法规$/);
  // Go to definition from the use lands on the term.
  assert.deepEqual(landing(ctx, use).map((s) => s.split(' ')[1]), ['12:4']);
  // A bilingual page's lines of the other language between the parties' lines are passed over (agreement_cn_jp_social_security_2018_bilingual.md).
  const bilingual = ['# 中华人民共和国政府和日本国政府社会保障协定', '', '第一条 定义', '', '(a) “national” means,', '(一)“国民”', 'as regards the People\'s Republic of China, any individual possessing its nationality;', '在中华人民共和国,系指具有中华人民共和国国籍的个人;', 'as regards Japan, a Japanese national.', '在日本国,系指日本国有关国籍的法律定义的日本国民。', '', '第二条 国民享有同等待遇。', ''].join('\n');
  assert.equal(hoverOf(textContext(bilingual), bilingual.lastIndexOf('国民') + 1), '**“国民”** 指 在中华人民共和国\\,系指具有中华人民共和国国籍的个人\\;\\\n在日本国\\,系指日本国有关国籍的法律定义的日本国民');
  // A quoted term alone on its line with no party's line under it defines nothing.
  const none = '# 某某协定\n\n## 第一条\n\n(一)“法律规定”一词\n\n系指缔约双方的法律。\n\n## 第二条\n\n双方遵守法律规定。\n';
  assert.equal(textContext(none).treaty.definitions.some((d) => d.term === '法律规定' && d.meaning.startsWith('在')), false);
});

// 1c. An amending decision's points name the amended instrument's articles (最高人民法院关于修改《…解释》的决定).
const DECISION = [
  '# 最高人民法院关于修改《最高人民法院关于审理某某纠纷案件适用法律若干问题的解释》的决定', // 0
  '',
  '最高人民法院审判委员会决定，对《最高人民法院关于审理某某纠纷案件适用法律若干问题的解释》（以下简称《解释》）作如下修改：', // 2
  '',
  '一、第一条第二款开始部分增加规定：“铁路运输企业的赔偿纠纷案件，不适用本解释”。', // 4
  '',
  '二、删去第二条中的“依法由受害人承担扶养义务的被扶养人”。', // 6
  '',
  '三、删去第三条第一款末尾的“但另有规定的除外”和第二款末尾的“但另有约定的除外”。', // 8
  '',
  '四、将第二条第二款中的“依照《中华人民共和国民法典》第一千一百六十五条”修改为“依照法律”。', // 10
  '',
  '五、根据本决定对《解释》作相应修改，重新公布。', // 12
  '',
  '本决定自2022年1月1日起施行。', // 14
  '',
].join('\n');
const INTERPRETATION = [
  '# 最高人民法院关于审理某某纠纷案件适用法律若干问题的解释', // 0
  '',
  '第一条 人民法院审理某某纠纷案件，适用本解释。', // 2
  '',
  '与铁路运输企业建立劳动关系的职工的人身损害，依照劳动法律处理。', // 4
  '',
  '第二条 赔偿权利人是指受害人本人。', // 6
  '',
  '依法由受害人承担扶养义务的被扶养人，也是赔偿权利人。', // 8
  '',
  '第三条 赔偿纠纷由铁路运输法院管辖。', // 10
  '',
  '但另有规定的除外。', // 12
  '',
].join('\n');

test('an amending decision\'s points name the amended instrument\'s articles: definition and hover go there, never to the decision\'s own', () => {
  const ws = inWorkspace({ 'decision.md': DECISION, 'interpretation.md': INTERPRETATION });
  const at = (s: string, n = 1) => DECISION.indexOf(s) + n;
  assert.deepEqual(landing(ws(), at('第一条第二款')), ['interpretation.md 4:0']);
  assert.deepEqual(landing(ws(), at('第二条中的')), ['interpretation.md 6:0']);
  // A paragraph named alone after an article on its line: that article's (第三条第二款).
  assert.deepEqual(landing(ws(), at('第二款末尾')), ['interpretation.md 12:0']);
  assert.match(hoverOf(ws(), at('第二条中的')) ?? '', /^\*\*最高人民法院关于审理某某纠纷案件适用法律若干问题的解释 第二条\*\*/);
  // Another instrument's article, cited (《民法典》第一千一百六十五条): the model's reference, not the amended one's.
  assert.deepEqual(landing(ws(), at('第一千一百六十五条')), []);
  // The amended instrument not in the workspace: no article of the decision's own is named, nothing is reported.
  const alone = textContext(DECISION);
  assert.doesNotMatch(hoverOf(alone, at('第二款末尾')) ?? '', /没有该款|三、/);
  assert.deepEqual(definition(alone, at('第一条第二款')), []);
  // (Only the citations the workspace lacks are said, as of any text.)
  assert.deepEqual(diagnostics(alone).filter((d) => !String(d.code).startsWith('style.') && d.code !== 'ref.citation-not-found'), []);
});

// 1d. Wikisource's status line over a treaty is no sentence of its preamble (treaty_cn_fr_extradition_2007_wikisource_hant.md).
test('the preamble\'s summary passes over a record of ratification above it', () => {
  const text = [
    '中華人民共和國和法蘭西共和國引渡條約',
    '',
    '維基文庫,自由的圖書館',
    '中華人民共和國和法蘭西共和國引渡條約',
    '2007年3月20日',
    '2007年3月20日在巴黎簽署',
    '',
    '2008年4月24日《全國人民代表大會常務委員會關於批准〈中華人民共和國和法蘭西共和國引渡條約〉的決定》批准',
    '',
    '2015年7月17日生效',
    '',
    '中華人民共和國和法蘭西共和國(以下簡稱雙方),',
    '',
    '在相互尊重主權和平等互利的基礎上,為促進兩國在打擊犯罪方面的有效合作,',
    '',
    '議定以下各條:',
    '',
    '第一條 引渡義務',
    '',
    '雙方有義務根據本條約的規定相互引渡。',
    '',
  ].join('\n');
  const preamble = documentSymbols(textContext(text))[0].children![0];
  assert.equal(preamble.name, '序言');
  assert.match(preamble.detail ?? '', /^中華人民共和國和法蘭西共和國\(以下簡稱雙方\)/);
  // A communiqué's first sentence opening with a date, a comma in it, is still its first sentence.
  const communique = '# 中华人民共和国和某国联合公报\n\n1972年2月21日至28日，某国总统应邀访问了中华人民共和国。\n\n一、双方同意发展关系。\n\n二、双方同意继续会谈。\n';
  assert.match(documentSymbols(textContext(communique))[0].children![0].detail ?? '', /^1972年2月21日至28日/);
});

// 1e. A joint statement in unnumbered paragraphs (statement_cn_ae_2019.md): its body, paragraph by paragraph.
test('a statement in paragraphs alone: the outline lists its body\'s paragraphs, not one preamble', () => {
  const text = [
    '中华人民共和国和阿拉伯联合酋长国',
    '',
    '关于加强全面战略伙伴关系的联合声明',
    '',
    '　　应中华人民共和国主席习近平邀请，阿拉伯联合酋长国阿布扎比王储于2019年7月20日至22日对中国进行国事访问。',
    '',
    '　　习近平主席同穆罕默德王储在亲切友好的气氛中举行了双边会谈，强调应深化中阿全面战略伙伴关系。',
    '',
    '　　双方同意加强在联合国等多边机制内的沟通与协调。',
    '',
    '2019年7月23日于北京',
    '',
  ].join('\n');
  const symbols = documentSymbols(textContext(text));
  assert.deepEqual(names(symbols), [['中华人民共和国和阿拉伯联合酋长国关于加强全面战略伙伴关系的联合声明', [['正文', ['第一段', '第二段', '第三段']], '签署']]]);
  assert.match(symbols[0].children![0].children![1].detail ?? '', /^习近平主席同穆罕默德王储/);
  assert.equal(symbols[0].children![0].children![2].range.start.line, 8);
  // A statement with numbered points keeps its preamble (the lines above its first point).
  const points = '# 中华人民共和国和某国联合声明\n\n双方发表联合声明如下：\n\n一、双方同意发展关系。\n\n二、双方同意继续会谈。\n';
  assert.equal(documentSymbols(textContext(points))[0].children![0].name, '序言');
});

// 2. Real texts read as a drafter (section "Read in session 45" of docs/variants.md).

// agreement_cn_pk_customs_assistance_2005_fsou.md line 3: `…政府(以下简称“缔约双方”);` — the `;` after the bracket was no hint
// until the bracket's fix made it `）;`: fix-all took two rounds.
test('a clause\'s half-width mark right after a half-width closing bracket in Chinese is hinted with it: one round of fix-all makes both', () => {
  const text = '# 中华人民共和国政府和巴基斯坦伊斯兰共和国政府关于海关事务的合作与互助协定\n\n中华人民共和国政府和巴基斯坦伊斯兰共和国政府(以下简称“缔约双方”);\n\n考虑到违反海关法的行为有损于两国的利益(领海部分除外):\n\n兹协议如下：\n\n## 第一条\n\n缔约双方应相互协助。\n\n## 第二条\n\n(1)(甲国)的主管当局。\n';
  const ctx = textContext(text);
  const hinted = diagnostics(ctx).filter((d) => d.code === 'style.half-width-punctuation').map((d) => `${d.range.start.line}:${d.range.start.character}`);
  assert.deepEqual(hinted, ['2:22', '2:33', '2:34', '4:19', '4:26', '4:27', '14:3', '14:6']);
  const round = safeFixRound(ctx, diagnostics(ctx));
  const fixed = applyEdits(text, ctx.lines, round.edits);
  assert.match(fixed, /（以下简称“缔约双方”）；\n/);
  assert.match(fixed, /（领海部分除外）：\n/);
  // An item's label `(1)` before a bracket is left as written.
  assert.match(fixed, /\n\(1\)（甲国）的主管当局。\n$/);
});

// 海洋倾废管理条例 (LawRefBook/Laws, 行政法规): `禁止倾倒附件一所列的废弃物`, no 本条例 before, names the regulation's own
// annex 1 (headed `附件1` after the articles, `附件2` a line under it).
test('an annex named by its number alone goes to the text\'s own annex so numbered, not another instrument\'s', () => {
  const text = [
    '# 中华人民共和国海洋倾废管理条例', // 0
    '',
    '第一条 禁止倾倒附件一所列的废弃物。倾倒附件二所列的废弃物，应当事先获得特别许可证。', // 2
    '',
    '第二条 倾倒《防止倾倒废物及其他物质污染海洋的公约》附件一所列的物质，依照该公约办理；公约附件二另有规定的，从其规定。', // 4
    '',
    '第三条 本条例自1985年4月1日起施行。', // 6
    '',
    '附件1', // 8
    '',
    '禁止倾倒的物质', // 10
    '',
    '一、含有机卤素化合物的废弃物。', // 12
    '',
    '附件2', // 14
    '',
    '需要获得特别许可证才能倾倒的物质', // 16
    '',
    '一、含有砷、铅、铜的废弃物。', // 18
    '',
  ].join('\n');
  const ctx = textContext(text);
  const lines = (at: number) => definition(ctx, at).map((l) => `${l.targetSelectionRange.start.line}-${l.targetRange.end.line}`);
  assert.deepEqual(lines(text.indexOf('附件一所列的废弃物') + 1), ['8-12']);
  assert.deepEqual(lines(text.indexOf('附件二所列的废弃物') + 2), ['14-18']);
  assert.match(hoverOf(ctx, text.indexOf('附件二所列的废弃物') + 1) ?? '', /^\*\*附件2\*\*\n\n需要获得特别许可证/);
  // Another instrument's annexes: 《…公约》附件一, 公约附件二.
  assert.deepEqual(lines(text.indexOf('附件一所列的物质') + 1), []);
  assert.deepEqual(lines(text.indexOf('公约附件二') + 3), []);
  // A number the text has no annex for: nothing.
  const three = text.replace('倾倒附件二所列', '倾倒附件三所列');
  assert.deepEqual(definition(textContext(three), three.indexOf('附件三') + 1), []);
});
