// Tests that bite for model/treaty.ts, branch mutmodel (issue 12): whether a text reads as a treaty,
// each clause of isTreaty alone and the texts each one refuses; the bounds of the head (a name line
// within 4 000 characters, tags read to the first past them); an exchange of notes read whole;
// sub-headings in and out of chapters. Each answer written by reading the text against the rules
// in the source's comments (a separate file so that the mutation runs' `--without` gives the score before it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTreaty, findArticle } from '../../server/src/model/treaty';


/** [what, text, isTreaty]: each clause of `isTreaty` true alone, and the texts each one refuses. */
const READS_AS_TREATY: [string, string, boolean][] = [
  ['numbered articles, no title', '## 第一条\n\n甲。\n', true],
  ['a People\'s Daily title tag, no kind', '〖BT/标题〗春节见闻\n\n今天天气很好。\n', true],
  ['a kind, points 一、 二、', '# 中华人民共和国和甲国联合声明\n\n一、双方同意合作。\n\n二、双方同意交流。\n', true],
  ['a kind and a signing clause, no articles', '# 甲国协定\n\n双方同意合作。\n\n本协定于2002年1月17日在北京签署，一式两份。\n', true],
  ['a declaration in prose', '# 世界人权宣言\n\n鉴于对人类家庭所有成员的固有尊严的承认，\n\n大会发布这一世界人权宣言作为共同标准。\n', true],
  ['prose lines ending with ； and ：', '# 世界人权宣言\n\n鉴于对人类家庭所有成员的固有尊严的承认；\n\n大会发布这一世界人权宣言作为共同标准：\n', true],
  ['prose lines of twelve characters', '# 世界人权宣言\n\n甲乙丙丁戊己庚辛壬癸子，\n\n甲乙丙丁戊己庚辛壬癸子。\n', true],
  ['no title, the kind from its self-references, in prose', '鉴于本宣言所宣布的权利和自由应当得到尊重，\n\n大会通过本宣言作为所有人民努力实现的共同标准。\n', true],
  ['a law in prose', '# 甲国法\n\n鉴于对人类家庭所有成员的固有尊严的承认，\n\n大会发布这一世界人权宣言作为共同标准。\n', false],
  ['a title that holds a kind but does not end with it', '# 宣言起草经过\n\n鉴于对人类家庭所有成员的固有尊严的承认，\n\n大会发布这一世界人权宣言作为共同标准。\n', false],
  ['one prose line', '# 世界人权宣言\n\n鉴于对人类家庭所有成员的固有尊严的承认，\n\n短句。\n', false],
  ['a prose line of eleven characters', '# 世界人权宣言\n\n甲乙丙丁戊己庚辛壬癸，\n\n甲乙丙丁戊己庚辛壬癸子。\n', false],
  ['lines without a stop at their end', '# 世界人权宣言\n\n鉴于对人类家庭所有成员的固有尊严的承认\n\n大会发布这一世界人权宣言作为共同标准\n', false],
  ['prose, no kind', '# 随笔\n\n鉴于对人类家庭所有成员的固有尊严的承认，\n\n大会发布这一世界人权宣言作为共同标准。\n', false],
  ['a kind, no articles, points, signing or prose', '# 甲国协定\n\n双方同意合作。\n', false],
  ['points 一、 二、 without a kind', '一、双方同意合作。\n\n二、双方同意交流。\n', false],
  ['an article whose number does not parse, nothing else', '## 第十十条\n\n甲。\n', false],
  ['a tag other than the title\'s', '〖RQ/日期〗19960706\n\n今天天气很好。\n', false],
  ['prose in a heading is not prose', '# 世界人权宣言\n\n## 鉴于对人类家庭所有成员的固有尊严的承认，\n\n大会发布这一世界人权宣言作为共同标准。\n', false],
  ['prose in a tag is not prose', '# 世界人权宣言\n\n〖ZY/摘要〗鉴于对人类家庭所有成员的固有尊严的承认，\n\n大会发布这一世界人权宣言作为共同标准。\n', false],
];

test('model: isTreaty, clause by clause', () => {
  assert.deepEqual(READS_AS_TREATY.map(([what, text]) => [what, buildTreaty(text).isTreaty]), READS_AS_TREATY.map(([what, , want]) => [what, want]));
});

test('model: a name line gives the title only within the first 4 000 characters; tags are read to the first past them', () => {
  const filler = (n: number) => '说明。\n\n'.repeat(n);
  assert.equal(buildTreaty(`${filler(799)}名称：甲国协定\n\n第一条 甲。\n`).title?.text, '甲国协定');
  assert.equal(buildTreaty(`${filler(800)}名称：甲国协定\n\n第一条 甲。\n`).title, undefined);
  // Tags are read up to the first one past 4 000 characters: a later one is not.
  assert.equal(buildTreaty(`〖BT/标题〗甲国协定\n${filler(790)}〖RQ/日期〗19960706\n〖RQ/日期〗19970101\n`).publicationDate, '1997-01-01');
  assert.equal(buildTreaty(`〖BT/标题〗甲国协定\n${filler(810)}〖RQ/日期〗19960706\n〖RQ/日期〗19970101\n`).publicationDate, '1996-07-06');
  assert.equal(buildTreaty('〖BT/标题〗甲国协定\n〖RQ/日期〗1996076\n').publicationDate, undefined, 'seven digits: no date');
});

test('model: an exchange of notes — each note, its points, the note of each point', () => {
  const text = '# 中华人民共和国政府和古巴共和国政府关于互免签证的换文\n\n（一）中方去文\n\n一、双方互免签证。\n\n二、本换文自签字之日起生效。\n\n（二）古方来文\n\n一、双方互免签证，依照第二条办理。\n\n二、本换文自签字之日起生效。\n';
  const t = buildTreaty(text);
  assert.deepEqual(t.notes.map((n) => [n.name, text.slice(n.start, n.end).trim(), text.slice(n.head.start, n.head.end).trim(), n.points.map((p) => p.name)]), [
    ['（一）中方去文', '（一）中方去文\n\n一、双方互免签证。\n\n二、本换文自签字之日起生效。', '（一）中方去文', ['一、', '二、']],
    ['（二）古方来文', '（二）古方来文\n\n一、双方互免签证，依照第二条办理。\n\n二、本换文自签字之日起生效。', '（二）古方来文', ['一、', '二、']],
  ]);
  assert.deepEqual(t.articles.map((a) => `${a.name} ${a.note?.name}`), ['一、 （一）中方去文', '二、 （一）中方去文', '一、 （二）古方来文', '二、 （二）古方来文']);
  assert.equal(t.notes[1].points[0], t.articles[2]);
});

test('model: an exchange of notes pasted without its title — heads spaced (对 方 来 文) or naming who wrote to whom — is an exchange of notes', () => {
  const spaced = '(一)对 方 来 文\n甲国外交部长阁下:\n我代表乙国政府确认双方的谅解。\n顺致最崇高的敬意。\n乙国外交部长\n(签字)\n一九七一年十二月二十八日于科伦坡\n(二)我 方 去 文\n乙国外交部长阁下:\n我荣幸地确认阁下的来照。\n顺致最崇高的敬意。\n甲国外交部长\n(签字)\n一九七一年十二月二十八日于科伦坡\n';
  const named = '迳启者:\n本大使兹提议修改空运临时协定。\n此致\n甲国外交部部长阁下\n一九六〇年五月十八日于台北\n(二) 我国外交部部长复乙国驻华特命全权大使井口贞夫照会\n迳复者:\n本部长同意上述提议。\n此致\n乙国驻华特命全权大使阁下\n一九六〇年五月十八日于台北\n';
  assert.deepEqual([spaced, named].map((text) => {
    const t = buildTreaty(text);
    return [t.kind, t.isTreaty, t.notes.map((n) => n.name)];
  }), [
    ['换文', true, ['(一)对方来文', '(二)我方去文']], // named as a caption is (总　　则 → 总则)
    ['换文', true, ['(二) 我国外交部部长复乙国驻华特命全权大使井口贞夫照会']],
  ]);
});

test('model: a sub-heading among articles is no note and no chapter; inside a chapter its articles are the chapter\'s', () => {
  const loose = buildTreaty('# 甲国协定\n\n## 第一条\n\n甲。\n\n## 附则\n\n## 第二条\n\n乙。\n');
  assert.deepEqual([loose.notes.length, loose.articles.map((a) => `${a.name} ${a.chapter?.name ?? '-'}`)], [0, ['第一条 -', '第二条 -']]);
  // A sub-heading written as a plain line goes into the chapter (a markdown `###` one stays at the top: the parser's choice).
  const law = buildTreaty('# 甲国法\n\n第一章　总则\n\n第一条　甲。\n\n特别规定\n\n第二条　乙。\n\n第二章　附则\n\n第三条　丙。\n');
  assert.deepEqual(law.articles.map((a) => `${a.name} ${a.chapter?.name ?? '-'}`), ['第一条 第一章', '第二条 第一章', '第三条 第二章']);
  assert.deepEqual(law.chapters.map((c) => `${c.name} ${c.caption} ${c.unit} ${c.num}`), ['第一章 总则 章 1', '第二章 附则 章 2']);
});

test('model: every form of a database\'s name line gives the title', () => {
  const forms = ['标题：甲国协定', '標題：甲國協定', '题名：甲国协定', '題名：甲國協定', '篇名：甲国协定', '**名称**：甲国协定', '名称: 甲国协定'];
  assert.deepEqual(forms.map((f) => buildTreaty(`${f}\n\n第一条 甲。\n`).title?.text), ['甲国协定', '甲國協定', '甲国协定', '甲國協定', '甲国协定', '甲国协定', '甲国协定']);
  assert.equal(buildTreaty('说明：甲国协定\n\n第一条 甲。\n').title, undefined, 'not a name line');
});

test('model: chapter and article labels whose numbers do not parse keep their words; 编 is a unit', () => {
  const t = buildTreaty('# 甲国法\n\n## 第十十章　附则\n\n## 第十十条\n\n甲。\n\n第一编　总则\n\n第二条　乙。\n');
  assert.deepEqual(t.chapters.map((c) => `${c.name} ${c.num ?? '-'} ${c.unit} ${c.caption}`), ['第十十章 - 章 附则', '第一编 1 编 总则']);
  assert.deepEqual(t.articles.map((a) => `${a.name} ${a.num ?? '-'} ${a.chapter?.name}`), ['第十十条 - 第十十章', '第二条 2 第一编']);
});

test('findArticle in an exchange of notes: an offset at a note\'s first character is in that note', () => {
  const text = '# 中华人民共和国政府和古巴共和国政府关于互免签证的换文\n\n（一）中方去文\n\n一、双方互免签证。\n\n二、本换文自签字之日起生效。\n\n（二）古方来文\n\n一、双方互免签证。\n\n二、本换文自签字之日起生效。\n';
  const t = buildTreaty(text);
  const second = t.notes[1];
  assert.equal(findArticle(t, 2, undefined, second.start), second.points[1]);
  assert.equal(findArticle(t, 2, undefined, second.start - 1), t.notes[0].points[1]);
  assert.equal(findArticle(t, 2, undefined, t.notes[0].start), t.notes[0].points[1]);
  assert.equal(findArticle(t, 2, undefined, text.length + 5), t.notes[0].points[1], 'past the last note: the first note\'s');
});

test('model: a comment among or after a title\'s lines is no part of the title', () => {
  const between = '中华人民共和国政府和甲国政府\n<!-- 注 -->\n关于乙的协定\n\n第一条\n\n甲。\n';
  const after = '中华人民共和国政府和甲国政府\n关于乙的协定\n<!-- 注 -->\n\n第一条\n\n甲。\n';
  assert.deepEqual([between, after].map((text) => {
    const t = buildTreaty(text);
    return [t.title?.text, text.slice(t.title!.start, t.title!.end), text.slice(t.title!.lastLine.start, t.title!.lastLine.end)];
  }), [
    ['中华人民共和国政府和甲国政府关于乙的协定', '中华人民共和国政府和甲国政府\n<!-- 注 -->\n关于乙的协定', '关于乙的协定\n'],
    ['中华人民共和国政府和甲国政府关于乙的协定', '中华人民共和国政府和甲国政府\n关于乙的协定', '关于乙的协定\n'],
  ]);
});

/**
 * [what, title line, the title read]: `unquote`, each dash it knows between a name in 《》 and what
 * follows, and each condition for taking the words after the dash (branch mut2a, issue 12: the
 * survivors of mutmodel's run on its dash variants). Answers read off the rule in `unquote`'s comment.
 */
const DASHED_TITLES: [string, string, string][] = [
  ['two hyphens, the full title after them', '《中英联合声明》--中华人民共和国政府和大不列颠及北爱尔兰联合王国政府关于香港问题的联合声明', '中华人民共和国政府和大不列颠及北爱尔兰联合王国政府关于香港问题的联合声明'],
  ['two full-width hyphens', '《中英联合声明》－－中华人民共和国政府和大不列颠及北爱尔兰联合王国政府关于香港问题的联合声明', '中华人民共和国政府和大不列颠及北爱尔兰联合王国政府关于香港问题的联合声明'],
  ['two horizontal bars', '《中英联合声明》――中华人民共和国政府和大不列颠及北爱尔兰联合王国政府关于香港问题的联合声明', '中华人民共和国政府和大不列颠及北爱尔兰联合王国政府关于香港问题的联合声明'],
  ['a dash, an ideographic space, the full title', '《中英联合声明》——\u3000中华人民共和国政府和大不列颠及北爱尔兰联合王国政府关于香港问题的联合声明', '中华人民共和国政府和大不列颠及北爱尔兰联合王国政府关于香港问题的联合声明'],
  ['a remark after the dash names no kind', '《联合国宪章》——1945年节录', '联合国宪章'],
  ['a list after the dash', '《中甲协定》——中华人民共和国、甲国和乙国政府之间的协定', '中甲协定'],
  ['the words after the dash shorter than the name', '《中华人民共和国政府和甲国政府关于经济合作的协定》——中甲协定', '中华人民共和国政府和甲国政府关于经济合作的协定'],
  ['a name of no kind, a kind after the dash', '《恢复中华人民共和国在联合国的合法权利》——联合国大会第2758号决议', '联合国大会第2758号决议'],
  ['no dash: the name, the remark dropped', '《大西洋宪章》（1941年8月14日）', '大西洋宪章'],
  ['a 《 with no 》', '《甲国协定', '《甲国协定'],
  ['the words after the dash as long as the name, both naming a kind', '《甲乙协定》——丙丁协定', '甲乙协定'],
  // No dash, a kind after the name: the name is the instrument's subject, the whole line its title (a bug before branch mut2a: the Kyoto Protocol was read as the Convention).
  ['no dash, a protocol to the convention named', '《联合国气候变化框架公约》京都议定书', '《联合国气候变化框架公约》京都议定书'],
  ['no dash, an amendment to the protocol named', '《关于消耗臭氧层物质的蒙特利尔议定书》修正案', '《关于消耗臭氧层物质的蒙特利尔议定书》修正案'],
  ['no dash, a remark after the name that names no kind', '《中英联合声明》附件一', '中英联合声明'],
  ['a 《》 inside a title that ends with it', '关于执行《联合国宪章》', '关于执行《联合国宪章》'],
  ['an empty 《》 first', '《》附件', '《》附件'],
  ['a 《 with no 》, no kind', '《附件一', '《附件一'],
];

for (const [what, title, want] of DASHED_TITLES) {
  test(`model: the title in 《》 with a dash, ${what}`, () => {
    assert.equal(buildTreaty(`# ${title}\n\n第一条　甲。\n`).title?.text, want);
  });
}

test('model: a protocol to a convention named in 《》 is the protocol: its kind, its self-reference', () => {
  const t = buildTreaty('# 《联合国气候变化框架公约》京都议定书\n\n第一条　为本议定书的目的，《公约》第一条所载定义应予适用。\n');
  assert.deepEqual([t.title?.normalized, t.kind, t.selfRef], ['联合国气候变化框架公约京都议定书', '议定书', '本议定书']);
});

test('model: a joint statement\'s point whose number does not parse keeps its label as its name', () => {
  const t = buildTreaty('# 中华人民共和国和甲国联合声明\n\n一、双方同意合作。\n\n十十、双方同意交流。\n');
  assert.deepEqual(t.articles.map((a) => [a.name, a.num]), [['一、', 1], ['十十、', undefined]]);
});
