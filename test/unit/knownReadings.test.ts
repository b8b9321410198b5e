// Misreadings of real pasted text the corpus listed as known failures (test/fixtures/real/
// known-failures.json), as data: the text as a drafter pastes it, and the reading a reader gives.
// Each rule is about how Chinese treaty text is laid out, never about one document.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textContext } from '../../server/src/features/context';
import { splitLines } from '../../server/src/syntax/lines';

/** The defined terms read, term → meaning. */
function terms(name: string, source: string, want: Record<string, string>): void {
  test(`known readings, defined terms: ${name}`, () => {
    const got = Object.fromEntries(textContext(source).treaty.definitions.map((d) => [d.term, d.meaning]));
    for (const [term, meaning] of Object.entries(want)) assert.equal(got[term], meaning, `${term} in ${JSON.stringify(got)}`);
  });
}

// A site's provenance line with no full stop above the repeated title, then a paragraph's gap (two
// or more blank lines): the title is no page's running head there, so the preamble starts anew.
terms('a site line, the title repeated, then blank lines: the preamble starts anew',
  '中华人民共和国政府和甲国政府文化协定\n\n维基文库，自由的图书馆\n\n中华人民共和国政府和甲国政府文化协定\n\n\n\n中华人民共和国政府和甲国政府（以下简称“双方”），为加强两国文化交流，达成协议如下：\n\n第一条\n\n双方发展文化合作。\n\n第二条\n\n本协定自签字之日起生效。\n',
  { 双方: '中华人民共和国政府和甲国政府' });
terms('a provenance line with an open 《, the title repeated, then blank lines',
  '中华人民共和国政府和甲国政府文化协定\n\n中华人民共和国政府和甲国政府文化协定\n1984年6月24日于北京\n本作品收录于《联合国条约汇编\n\n中华人民共和国政府和甲国政府文化协定\n\n\n\n中华人民共和国政府和甲国政府（以下简称缔约双方），为加强两国间的友好关系，决定缔结本协定。条文如下：\n\n第一\n\n缔约双方发展文化合作。\n',
  { 缔约双方: '中华人民共和国政府和甲国政府' });
// A PDF's page break (its running head between single blank lines) still joins a phrase it cut.
terms('a page break between single blank lines still joins the phrase it cut',
  '# 中华人民共和国政府和甲国政府文化协定\n\n中华人民共和国政府和甲国政府（以下简称“双\n\n- 2 -\n\n方”），达成协议如下：\n\n## 第一条\n\n双方发展文化合作。\n',
  { 双方: '中华人民共和国政府和甲国政府' });

/** The title read (undefined: none), and the chapters with their captions. */
function heading(name: string, source: string, title: string | undefined, chapters?: [string, string][]): void {
  test(`known readings, title: ${name}`, () => {
    const t = textContext(source).treaty;
    assert.equal(t.title?.text, title);
    if (chapters) assert.deepEqual(t.chapters.map((c) => [c.name, c.caption]), chapters);
  });
}

// A database's page heading joining the title and the chapter the page shows with a hyphen: the title is the words
// before the hyphen, the chapter a heading of its own (not a title ending in `-第一章 總則`, nor no title).
heading('a database page heading, title-chapter with a hyphen, under the preamble',
  '【轉載於全國法規資料庫】\n簽訂日期\n民國 98 年 04 月 26\n為保障海峽兩岸人民權益,財團法人海峽交流基金會與海峽兩岸關係協會經平等協商,達成協議如下:\n海峽兩岸共同打擊犯罪及司法互助協議-第一章 總則\n一、合作事項\n雙方同意相互提供協助。\n二、業務交流\n雙方同意業務主管部門人員進行定期工作會晤。\n',
  '海峽兩岸共同打擊犯罪及司法互助協議', [['第一章', '總則']]);
heading('a title-chapter heading with a full-width hyphen, articles under it',
  '海峡两岸经济合作框架协议－第一章 总则\n\n第一条 目标\n\n双方加强经济合作。\n\n第二条 合作措施\n\n双方同意采取措施。\n',
  '海峡两岸经济合作框架协议', [['第一章', '总则']]);
// A hyphen before 第 in a line naming no kind is no such heading: the line stays as it is.
heading('a hyphen before 第 after words naming no kind: no cut',
  '中华人民共和国政府和甲国政府文化协定\n\n双方商定如下：\n\n第一条 见附件-第一章 所列事项。\n\n第二条 本协定自签字之日起生效。\n',
  '中华人民共和国政府和甲国政府文化协定');
// Points (`一、`) as the units, chapters over them, numbered on across chapters: each chapter holds its points.
test('known readings: chapters over points', () => {
  const t = textContext('海峡两岸共同打击犯罪及司法互助协议\n\n为保障海峡两岸人民权益，双方经平等协商，达成协议如下：\n\n第一章 总则\n\n一、合作事项\n\n双方同意相互提供协助。\n\n二、业务交流\n\n双方同意进行业务交流。\n\n第二章 共同打击犯罪\n\n三、合作范围\n\n双方同意打击犯罪。\n\n四、协助侦查\n\n双方同意协助侦查。\n').treaty;
  assert.deepEqual(t.chapters.map((c) => [c.name, c.caption]), [['第一章', '总则'], ['第二章', '共同打击犯罪']]);
  assert.equal(t.articles.length, 4);
});

// A short name coined for the whole phrase, sharing no character with the qualifier before 的: the qualifier picks the
// noun out and is part of what the name stands for (as the characters of a name taken from it would be).
const LAW = (s: string) => `# 甲市社会信用条例\n\n第一条 ${s}\n\n第二条 本条例自公布之日起施行。\n`;
terms('是指 a qualifier, a list, 统称 a coined name (信用主体)',
  LAW('本条例所称社会信用，是指具有完全民事行为能力的自然人、法人和非法人组织（以下统称信用主体）在社会活动中履行义务的状态。'),
  { 信用主体: '具有完全民事行为能力的自然人、法人和非法人组织' });
terms('the qualifier opening the phrase defines the zone (暂定措施水域)',
  '# 中华人民共和国政府和大韩民国政府渔业协定\n\n第七条\n\n一、下列各点顺次用直线连接而围成的水域(以下称“暂定措施水域”)。\n\n第八条\n\n本协定自签字之日起生效。\n',
  { 暂定措施水域: '下列各点顺次用直线连接而围成的水域' });
terms('a verb\'s object after 了, a qualifier joined inside it with 和由 (边界线)',
  '# 中华人民共和国和巴基斯坦边界议定书\n\n双方明确地标定了中国新疆和由巴基斯坦实际控制其防务的各个地区相接壤的边界(以下简称边界线)，达成协议如下：\n\n第一条\n\n边界线走向如下。\n',
  { 边界线: '中国新疆和由巴基斯坦实际控制其防务的各个地区相接壤的边界' });
// Not: a state's or a government's name needs no qualifier; a preposition opens a qualifier that is the clause's; 其
// stands for a noun outside the phrase; 是指由: what 是指 is followed by is the meaning, 由 no clause's agent.
terms('a qualifier before governments\' names: the names alone',
  '# 甲国政府和乙国政府关于接收非法入境者的协定\n\n獲中華人民共和國中央人民政府正式授權簽訂本協定的中華人民共和國澳門特別行政區政府和瑞士聯邦委員會（以下簡稱締約雙方），達成協議如下：\n\n第一條\n\n締約雙方合作。\n',
  { 締約雙方: '中華人民共和國澳門特別行政區政府和瑞士聯邦委員會' });
terms('a preposition opening the qualifier: the noun (税费)',
  LAW('缔约双方对进口货物、出口货物和过境货物征收的关税和国内税（以下统称税费）不得歧视。'),
  { 税费: '关税和国内税' });
terms('其 opening the qualifier: the noun (执法机构)',
  LAW('市水务局负责排水工作。其所属的上海市水务局执法总队（以下简称市水务行政执法机构）负责执法。'),
  { 市水务行政执法机构: '上海市水务局执法总队' });
terms('是指由…: the meaning after 是指 (急救网络医院)',
  LAW('本条例所称院前医疗急救，是指由急救中心和承担院前医疗急救任务的网络医院（以下简称急救网络医院）实施的救治。'),
  { 急救网络医院: '急救中心和承担院前医疗急救任务的网络医院' });

/** Each article's paragraphs, each paragraph's items, each item's sub-items: `{ 第三条: [[2, 3]] }` (one paragraph, two items with 2 and 3 sub-items). */
function shape(name: string, source: string, want: Record<string, number[][]>): void {
  test(`known readings, shape: ${name}`, () => {
    const t = textContext(source).treaty;
    const got = Object.fromEntries(t.articles.map((a) => [a.name, a.paragraphs.map((p) => p.items.map((i) => i.items.length))]));
    assert.deepEqual(got, want);
  });
}

// A store cut the page right after the next article's first character: that line (`第` alone at the end) is no paragraph.
shape('第 alone on the text\'s last line: no paragraph of the article before',
  '# 中华人民共和国政府和越南社会主义共和国政府边境卫生检疫协议\n\n双方达成协议如下：\n\n第一条\n\n双方合作。\n\n第二条\n\n双方交流。\n\n第\n',
  { 第一条: [[]], 第二条: [[]] });
shape('第六 alone on the text\'s last line: no paragraph either',
  '# 中华人民共和国政府和越南社会主义共和国政府边境卫生检疫协议\n\n双方达成协议如下：\n\n第一条\n\n双方合作。\n\n第二条\n\n双方交流。\n\n第六\n',
  { 第一条: [[]], 第二条: [[]] });
// An item glued after its sub-items' last full stop and a space, its number continuing the items above (not the sub-items'):
// an item of its own, as a numbered paragraph glued so (`…法人。 三、`) is.
shape('(二) glued after sub-item 2\'s full stop: the next item, its sub-items its own',
  '# 甲方和乙方关于对所得避免双重征税的安排\n\n第二条\n\n一、本安排适用的现行税种是：\n(一) 在内地︰\n1. 个人所得税;\n2. 外商投资企业和外国企业所得税。 (二) 在香港︰\n1. 利得税;\n2. 薪俸税。\n',
  { 第二条: [[2, 2]] });
shape('（二）glued after a full stop, full-width brackets',
  '# 甲方和乙方关于对所得避免双重征税的安排\n\n第二条\n\n一、本安排适用的现行税种是：\n（一）在内地：\n1. 个人所得税；\n2. 企业所得税。 （二）在香港：\n1. 利得税；\n2. 薪俸税。\n',
  { 第二条: [[2, 2]] });
shape('(二) glued after an item\'s ; and a space, ASCII brackets, as full-width ones are cut',
  '# 甲市古树名木保护管理办法\n\n第十五条 违反本办法规定的，予以处罚:\n\n(一)未造成损伤的,给予警告;  (二)已造成损伤的,处以罚款;\n\n(三)致死亡的,责令赔偿。\n',
  { 第十五条: [[0, 0, 0]] });
// Not a number that does not continue the items: (三) after (一)'s sub-items is text quoting a label.
shape('(三) after (一)\'s sub-items: no item cut',
  '# 甲方和乙方关于对所得避免双重征税的安排\n\n第二条\n\n一、本安排适用的现行税种是：\n(一) 在内地︰\n1. 个人所得税;\n2. 企业所得税。 (三) 所列者除外。\n',
  { 第二条: [[2]] });
shape('（三）after a sub-item 2.\'s full stop: the sub-item\'s number is no bracketed item\'s, no cut',
  '# 甲方和乙方关于对所得避免双重征税的安排\n\n第二条\n\n一、本安排适用的现行税种是：\n（一）在内地：\n1. 个人所得税；\n2. 企业所得税。 （三）所列者除外。\n',
  { 第二条: [[2]] });

// A caption with a converter's pinyin inside (`語(yǔ)言`): its length is its characters' (16 at most), the glosses
// apart, and its last gloss's `)` closes no sentence; so WIPO's (1)…(5) under it are the article's paragraphs.
test('known readings: a caption with pinyin glosses inside, counted without them', () => {
  const t = textContext('# 商标国际注册马德里协定有关议定书\n\n第十六條\n簽字;語(yǔ)言;存放人的職責(zé)\n(1)(a)本議定書以法文、英文和西班牙文簽署一份。\n(b)本議定書的其他正式文本由總干事制定。\n(2)本議定書在馬德里開放簽字。\n(3)總干事將副本交與所有國家。\n').treaty;
  const a = t.articles[0];
  assert.equal(a.caption, '簽字;語(yǔ)言;存放人的職責(zé)');
  assert.equal(a.paragraphs.length, 3);
  // Its brackets made full-width, the caption and its paragraphs are read alike.
  const full = textContext('# 商标国际注册马德里协定有关议定书\n\n第十六條\n簽字;語（yǔ）言;存放人的職責（zé）\n(1)(a)本議定書以法文、英文和西班牙文簽署一份。\n(b)本議定書的其他正式文本由總干事制定。\n(2)本議定書在馬德里開放簽字。\n(3)總干事將副本交與所有國家。\n').treaty;
  assert.equal(full.articles[0].caption, '簽字;語（yǔ）言;存放人的職責（zé）');
  assert.equal(full.articles[0].paragraphs.length, 3);
});
test('known readings: a line ending with a pinyin gloss is no sentence end, a real closing bracket is', () => {
  const cases: [string, boolean][] = [
    ['雙方同意依照本協定的規(guī)定', false],
    ['存放人的職責(zé)', false],
    ['本協定自簽字之日起生效。(1)', true],
    ['締約雙方(以下簡稱雙方)', true],
    ['本協定用中文寫成(zh)', true],
    // The glosses' brackets made full-width (`全文改为全角标点` writes them so): glosses still.
    ['雙方同意依照本協定的規（guī）定', false],
    ['存放人的職責（zé）', false],
    ['締約雙方（以下簡稱雙方）', true],
  ];
  for (const [line, terminal] of cases) assert.equal(splitLines(line)[0].terminal, terminal, line);
});

// A wiki's short page name above the full title, one blank line between: the full title is the title.
heading('a page\'s short name above the full title ending with the same kind',
  '中日民間漁業協定\n\n中華人民共和國中國漁業協會和日本國日中漁業協議會關於黃海、東海漁業的協定\n1963年11月9日\n\n雙方經過協商,達成協議如下:\n\n第一條\n\n本協定的適用海域是黃海和東海的公海。\n',
  '中華人民共和國中國漁業協會和日本國日中漁業協議會關於黃海、東海漁業的協定');
// Not: a notice's title above the instrument (another kind), nor a title its subtitle repeats.
heading('a decision\'s title above the agreement: the decision\'s kind differs, the first title stays',
  '全国人民代表大会常务委员会关于批准引渡条约的决定\n\n中华人民共和国和甲国引渡条约引渡条约引渡条约的说明\n\n第一条 批准该条约。\n',
  '全国人民代表大会常务委员会关于批准引渡条约的决定');
