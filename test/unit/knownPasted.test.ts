// Misreadings of real pasted text the corpus listed as known failures (test/fixtures/real/known-failures.json),
// as data: a small text as a drafter pastes it, the reading a reader gives, and the texts the rule must leave alone.
// Each rule is about how Chinese treaty text is laid out, never about one document.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textContext } from '../../server/src/features/context';

/** Per article: its paragraphs, each as the number of sub-items of each of its items. */
function shape(name: string, source: string, want: Record<string, number[][]>): void {
  test(`known pasted readings, shape: ${name}`, () => {
    const t = textContext(source).treaty;
    const got = Object.fromEntries(t.articles.map((a) => [a.name, a.paragraphs.map((p) => p.items.map((i) => i.items.length))]));
    assert.deepEqual(got, want);
  });
}

// `（一）（二）（三）` opening an article's text, no lead sentence before them, are its paragraphs (a treaty's Chinese
// text numbering them so: the Rome Statute's, 1. 2. 3. in the English), each with its own items `1.`; under a lead
// ending with `：` they are items, as in a law.
shape('（一）（二） opening a treaty\'s article, each on its line: paragraphs',
  '# 国际刑事法院罗马规约\n\n第三条　法院所在地\n\n（一）本法院设在荷兰海牙。\n\n（二）本法院应当缔结总部协定。\n\n（三）本法院可以在其他地方开庭。\n\n第四条　法院的法律地位\n\n本法院具有国际法律人格：\n\n（一）甲；\n\n（二）乙。\n',
  { 第三条: [[], [], []], 第四条: [[0, 0]] });
shape('(一) (二) after an article\'s caption on one line, a paragraph\'s items 1. 2. inside: paragraphs and their items',
  '国际刑事法院罗马规约\n\n第一编 法院的设立\n\n  第三条 法院所在地  (一) 本法院设在荷兰海牙。  (二) 本法院应当缔结总部协定。  (三) 本法院可以在其他地方开庭。  第四条 法院管辖权内的犯罪  (一) 本法院对下列犯罪具有管辖权:  1. 灭绝种族罪;  2. 危害人类罪。  (二) 本法院在侵略罪的定义通过后行使管辖权。\n\n第二编 管辖权\n\n  第五条 法院管辖权内的犯罪  (一) 本法院对下列犯罪具有管辖权:  1. 灭绝种族罪;  2. 危害人类罪;  3. 战争罪。  (二) 本法院在侵略罪的定义通过后行使管辖权。\n',
  { 第三条: [[], [], []], 第四条: [[0, 0], []], 第五条: [[0, 0, 0], []] });
// Not: entries ending with `；` (one sentence enumerating items, no lead before them).
shape('（一）…； （二）…。 opening a treaty\'s article: items of one sentence',
  '# 示例协定\n\n第二条\n\n（一）甲方同意；\n\n（二）乙方同意。\n',
  { 第二条: [[0, 0]] });
// Not: a law's article, its (一) under a lead (no law's article opens with one); an article line whose lead ends with `：`.
shape('a law\'s items under its lead stay items',
  '# 甲市绿色建筑条例\n\n第三条 绿色建筑工作应当遵循以下原则：\n\n（一）统筹规划；\n\n（二）以人为本。\n\n第四条 本条例自公布之日起施行。\n',
  { 第三条: [[0, 0]], 第四条: [[]] });
shape('a treaty\'s article line with its lead and items joined: items of the lead',
  '中华人民共和国和甲国引渡条约\n\n第三条 有下列情形之一的，应当拒绝引渡： （一）被请求引渡人是被请求方国民； （二）被请求方已经给予受庇护权。\n\n第四条 本条约自签字之日起生效。\n',
  { 第三条: [[0, 0]], 第四条: [[]] });

// A width that breaks a paragraph before `附件` (`…符合于总协定(包括` / `附件和议定书)的各项有关规定。以防止` — the GATT
// import licensing code at 18 characters, as the running-header property drew it): the line goes on in a sentence, no
// annex after the articles — a conjunction after the word, a sentence ending inside the line. Its paragraphs stay the
// article's (2, then 3. and 4.).
shape('a wrapped line opening 附件和… with a sentence ending inside it: the paragraph goes on, no annex',
  '# 进口许可证手续协议\n\n第一条 总则\n1. 在本协议中，进口许可证是指行政管理手续。\n2. 各缔约国应确保行政管理手续符合于总协定(包括\n附件和议定书)的各项有关规定。以防止\n这些手续给贸易带来损害。\n3. 进口许可证手续应是中性的。\n4. 有关规则应尽快公布。\n',
  { 第一条: [[], [], [], []] });
shape('a wrapped line opening 附件及…: the paragraph goes on, no annex',
  '# 进口许可证手续协议\n\n第一条 总则\n1. 在本协议中，进口许可证是指行政管理手续。\n2. 各缔约国应确保行政管理手续符合于总协定的\n附件及议定书的规定\n3. 进口许可证手续应是中性的。\n',
  { 第一条: [[], [], []] });
shape('a wrapped line opening 附件所列… with a sentence ending inside it: the paragraph goes on, no annex',
  '# 进口许可证手续协议\n\n第一条 总则\n1. 在本协议中，进口许可证是指行政管理手续。\n2. 各缔约国应遵守\n附件所列的各项规定。以防止\n这些手续给贸易带来损害。\n3. 进口许可证手续应是中性的。\n',
  { 第一条: [[], [], []] });
// Not: an annex after the articles, its heading alone on its line (附件一 / 其他规定), its own 第一条 under it.
units('an annex heading after the articles, its own articles numbered from 第一条: the instrument\'s articles end before it',
  '# 甲国和乙国合作协定\n\n第一条 双方合作。\n\n第二条 本协定自签字之日起生效。\n\n附件一 实施细则\n\n第一条 细则甲。\n',
  ['第一条', '第二条']);

/** The units read (articles or points, by name) and whether the text reads as a treaty. */
function units(name: string, source: string, want: string[], treaty = true): void {
  test(`known pasted readings, units: ${name}`, () => {
    const t = textContext(source).treaty;
    assert.deepEqual(t.articles.map((a) => a.name), want);
    assert.equal(t.isTreaty, treaty);
  });
}

// A numbered list inside one sentence (the bodies a memorandum names: `对 / 1.意大利国家邮政局…。及 / 2.中国邮电部…
// 提供服务的个人支付的报酬，适用…的规定。`): an entry but the last ends with a conjunction, so the lines are no points.
units('a list of bodies inside one sentence, its first entry ending with 及: no points',
  '中华人民共和国政府和意大利共和国政府关于对所得避免双重征税和防止偷漏税的协定备忘录\n(1986年7月25日)\n在草签协定时，对协定第十九条关于履行政府职责人员的范围，达成如下谅解：\n对向\n1.意大利国家邮政局和意大利银行。及\n2.中国邮电部、中国人民银行及其附属机构提供服务的个人支付的报酬，适用本协定第十九条第一款的规定。\n1986年7月25日于北京，一式两份，用英文写成。\n中方代表团 意大利代表团\n',
  []);
units('an entry ending with ；或者: a list in a sentence too',
  '甲国和乙国关于互免签证的谅解备忘录\n\n双方商定，持有下列证件的人员\n1.外交护照；或者\n2.公务护照，可免办签证。\n\n2001年5月1日订于北京，一式两份。\n',
  []);
// Not: points of a memorandum, one of them ending with a word that ends in 和 (缓和) and no stop.
units('points 1. 2. 3., one ending with 缓和 (no conjunction after a mark): points',
  '甲国和乙国会谈纪要\n\n双方达成以下共识：\n1.双方同意加强合作。\n2.两国关系得到缓和\n3.本纪要自签字之日起生效。\n\n2001年5月1日订于北京，一式两份。\n',
  ['1.', '2.', '3.']);

// A site splitting an instrument over pages notes at the page's foot how many parts there are (`第二部分完` / `共两部分` /
// `其他请参考“…(1)共两部分”`): page furniture, as `共10页` is, no paragraph of the last article.
test('known pasted readings: a site\'s note of its parts (共两部分) after the last paragraph is page furniture', () => {
  const t = textContext('# 商标国际注册马德里协定有关议定书\n\n第十六条\n签字;语言;存放人的职责\n(1)本议定书以法文、英文和西班牙文签署一份。\n(2)本议定书在马德里开放签字。\n(3)总干事将本议定书在联合国秘书处登记。\n第二部分完\n共两部分\n其他请参考“商标国际注册马德里(1)共两部分”\n').treaty;
  assert.equal(t.articles[0].paragraphs.length, 3);
  // Not: a sentence saying the annex has two parts (its full stop), which is the article's text.
  const u = textContext('# 甲国和乙国航空运输协定\n\n第一条\n本协定附件共两部分。\n\n第二条\n本协定自签字之日起生效。\n').treaty;
  assert.equal(u.articles[0].paragraphs.length, 1);
  assert.equal(u.tree.lines.filter((l) => l.kind === 'break').length, 0);
});

// A list quoted under a text's last point, as a wiki's note quoting a law's article (`四、…如下:` / `澳门《第43/99/M号法令》
// 第六条:` / `- 一、官方作品不受保护。` / `- 二、…`): bulleted and numbered anew from 一、, its entries are no points.
units('a bulleted list numbered anew from 一、 under the last point: items, not points',
  '《甲乙关于建立更紧密经贸关系的安排》经济和技术合作工作计划\n一、根据《安排》第二十八条的规定，双方制定本工作计划。\n二、双方决定在以下领域进行经济和技术合作。\n三、凡双方决定增补的合作领域，将纳入本工作计划。\n四、双方进行经济和技术合作的领域如下:\n澳门《第43/99/M号法令》第六条:\n- 一、官方作品不受保护。\n- 二、官方作品尤其指协约文本。\n- 三、如在上款所指之文本中包括受保护作品，则有关之公共机关得使用该作品。\n',
  ['一、', '二、', '三、', '四、']);
// Not: a page bulleting every line, its points too (`- 一、` … `- 三、`): its points still.
units('a page bulleting every point: points',
  '甲国和乙国会谈纪要\n\n双方达成以下共识：\n- 一、双方同意加强合作。\n- 二、双方同意扩大贸易。\n- 三、本纪要自签字之日起生效。\n\n2001年5月1日订于北京，一式两份。\n',
  ['一、', '二、', '三、']);

// A converted document's one line numbering an article's paragraphs by a bare digit glued to their text (`第二条协助之范围1缔约双方
// …。2协助应包括:(1)…。3…`, the 2002 agreement on mutual legal assistance as a document site gives it): `1` after the label and a
// caption, each next number right after a sentence end, are the article's paragraphs; so on an article's line alone.
shape('bare digits glued after sentence ends in a one-line text: paragraphs',
  '甲国和乙国刑事司法互助协定双方同意订立下列条款:第一条用词定义1本协定所用名词定义如下:所称"甲"系指甲国。第二条协助之范围1缔约双方应提供相互协助。2协助应包括:(1)取得证言;(2)送达文件。3不论是否构成犯罪,都应提供协助。4本协定仅供缔约双方之用。第三条受指定之代表1任何一方应指定代表人。\n',
  { 第一条: [[]], 第二条: [[], [], [], []], 第三条: [[]] });
shape('bare digits glued after sentence ends on an article\'s own line: paragraphs',
  '# 甲国和乙国刑事司法互助协定\n\n第二条 协助之范围 1缔约双方应提供相互协助。2协助应包括送达文件。3本协定仅供缔约双方之用。\n',
  { 第二条: [[], [], []] });
// Not: a digit after a sentence end that opens a year or a quantity (`。2006年…`, `。3个月内…`, `。2名…`), nor one digit alone.
shape('a year or a quantity in digits after a sentence end: no paragraph',
  '# 甲国和乙国协定\n\n第二条 协助 1缔约双方应提供相互协助。2006年以前的请求亦适用。3个月内答复。2名代表出席。\n\n第三条 代表 1任何一方应指定代表人。\n',
  { 第二条: [[]], 第三条: [[]] });
// A gazette's page opening inside a treaty, its OCR losing the space after every label (`第二十四條本條…` / `第二十五條本條約…`, the
// 1959 China–USSR consular treaty's last page): the first glued label is an article when the next line opens with the next one so
// glued; a line opening `第二十四條…` alone, or with a label after it that does not number on, stays text.
test('known pasted readings: a page opening with headings glued to their text on their lines, numbered on', () => {
  const names = (source: string) => textContext(source).treaty.articles.map((a) => a.name);
  assert.deepEqual(names('此頁尚未校對\n\n岸,或發生其他事故時,應通知領事。\n\n第二十四條本條約第二十二條的規定,對於飛機也同樣適用。\n\n第二十五條本條約須經批准。\n\n第二十六條本條約將一直有效。\n'), ['第二十四条', '第二十五条', '第二十六条']);
  assert.deepEqual(names('此頁尚未校對\n\n岸,或發生其他事故時,應通知領事。\n\n第二十四條本條約第二十二條的規定,對於飛機也同樣適用。\n'), []);
  assert.deepEqual(names('此頁尚未校對\n\n岸,或發生其他事故時,應通知領事。\n\n第二十四條本條約第二十二條的規定,對於飛機也同樣適用。\n\n第三十條本條約須經批准。\n'), []);
});
// A law site's fields over the preamble, one a line (`頒布日期:1995-06-22` / `執(zhí)行日期:1998-05-27`, a converter's pinyin in the
// label, the 1995 China–Belarus extradition treaty's page): a field's value ends with its line, though a date ends with a digit;
// the preamble under it, and the parties' name it defines, are no part of it.
test('known pasted readings: a database field line over the preamble is no phrase the preamble goes on', () => {
  for (const label of ['執(zhí)行日期', '执行日期', '生效日期']) {
    const t = textContext(`${label}:1998-05-27\n中華人民共和國和甲國(以下簡稱“締約雙方”)達成協議如下:\n第一條引渡義務\n締約雙方有義務相互引渡。\n`).treaty;
    assert.deepEqual(t.definitions.map((d) => [d.term, d.meaning]), [['締約雙方', '中華人民共和國和甲國']], label);
  }
  // Not: a sentence with a colon in it, broken at its end by the width (`双方同意:在边境` / `地区居住的人员…`): it goes on.
  const u = textContext('双方同意:在边境\n地区居住的人员(以下简称“边民”)享有便利。\n').treaty;
  assert.deepEqual(u.definitions.map((d) => [d.term, d.meaning]), [['边民', '在边境地区居住的人员']]);
});
// A page giving a bilingual text as one line, each Chinese part followed by its English with no break: the title, the part
// and chapter headings, the article and its paragraphs (1) (2) (3) glued after full stops are read as if on lines of their own.
const INTERLEAVED = '联合国国际货物销售合同公约United Nations Convention On Contracts For The International Sale Of Goods,1980 (CISG)1980 年 4 月 11 日订于维也纳本公约各缔约国,认为采纳统一规则将有助于减少国际贸易的法律障碍,兹协议如下:THE STATES PARTIES TO THIS CONVENTION, HAVE DECREED as follows:第一部分 适用范围和总则PART I-Sphere of Application and General Provisions第一章 适用范围Chapter I-Sphere of Application第一条(1)本公约适用于营业地在不同国家的当事人之间所订立的货物销售合同:(a)假如这些国家是缔约国;或(b)假如国际私法规则导致适用某一缔约国的法律。(2)当事人营业地在不同国家的事实,应不予考虑。(3)在确定本公约的适用时,当事人的国籍应不予考虑。Article 1 (1) This Convention applies to contracts of sale of goods between parties.第二条本公约不适用于以下的销售:(a)购供私人使用的货物的销售;(b)经由拍卖的销售。Article 2 This Convention does not apply to sales by auction.';
test('known pasted readings: a bilingual text interleaved on one line: its title, parts, chapters, articles and paragraphs', () => {
  const t = textContext(INTERLEAVED).treaty;
  assert.equal(t.title?.text, '联合国国际货物销售合同公约');
  assert.equal(t.kind, '公约');
  assert.deepEqual(t.chapters.map((c) => [c.name, c.caption]), [['第一部分', '适用范围和总则'], ['第一章', '适用范围']]);
  assert.deepEqual(t.articles.map((a) => a.name), ['第一条', '第二条']);
  assert.equal(t.articles[0].paragraphs.length, 3);
  // The tree stays lossless: its lines, glued ones merged, are the text's one line.
  assert.equal(t.tree.lines.filter((l) => !l.glued).length, 1);
});
// Not: a Chinese sentence with names translated in brackets (`第五条(Article 5 of this Agreement)`), nor `Article 5第五条`
// (two words: no translation), nor a title followed by its translation alone (findCuts' translationCut reads that).
test('known pasted readings: English in brackets or a short English name inside a Chinese line is no interleaved translation', () => {
  for (const line of [
    '本协定第五条(Article 5 of this Agreement)和第六条(Article 6 of this Agreement)的规定适用于缔约双方之间的投资,并适用于Article 7第七条所述情形,',
    '中华人民共和国和俄罗斯联邦睦邻友好合作条约 Treaty of Good-Neighborliness and Friendly Cooperation',
  ]) {
    const t = textContext(`${line}\n`).treaty;
    const texts = t.tree.lines.filter((l) => l.kind !== 'blank').length;
    assert.ok(texts <= 2, `${line}: ${texts} lines`);
  }
  const u = textContext('# 甲国和乙国投资协定\n\n第一条 本协定第五条(Article 5 of this Agreement)和第六条(Article 6 of this Agreement)的规定适用于Article 7第七条所述情形,\n').treaty;
  assert.equal(u.tree.lines.length, 3);
});
