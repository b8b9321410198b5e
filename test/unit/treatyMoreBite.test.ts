// Tests that bite for model/treaty.ts (branch s11treaty): short treaties as databases and
// ministries publish them, each read whole — title, kind, self-reference, preamble, citations,
// articles with their paragraphs, chapters, the signing clause and the signature block, the
// sections after them — and compared with the answer written by reading the text. Three classes
// of real text first: a database's label lines under the title (`时间：… 来源：…`, `发布日期：…`,
// `【法规来源】…`), an annex after the signature block that numbers its own articles, and an English
// testimonium (`IN WITNESS WHEREOF`) broken over lines or followed by its `Done at` sentence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTreaty, findArticle, kuanArticles } from '../../server/src/model/treaty';
import { citedTitles, referencesOf } from '../../server/src/model/references';
import { reparse } from '../../server/src/syntax/reparse';

/** Everything the model reads of `text`, each span as its text. */
function read(text: string) {
  const t = buildTreaty(text);
  const span = (b?: { start: number; end: number }) => (b ? text.slice(b.start, b.end).trim() : undefined);
  const sections = t.tree.root.children.filter((c) => c.type === 'block' && c.kind === 'section').map((b) => span(b as { start: number; end: number }));
  const s = t.signing;
  return {
    title: t.title?.text,
    kind: t.kind,
    selfRef: t.selfRef,
    preamble: span(t.preamble),
    citations: referencesOf(t).flatMap((r) => (r.kind === 'citation' ? [r.citation.title] : [])),
    articles: t.articles.map((a) => [a.name, a.chapter?.name ?? '', ...a.paragraphs.map((p) => span(p))]),
    signing: s && { clause: span(s), date: s.date && [s.date.year, s.date.month, s.date.day], place: s.place, copies: s.copies, languages: s.languages },
    signatures: span(t.signatures),
    sections,
    isTreaty: t.isTreaty,
  };
}

const PREAMBLE = '中华人民共和国和俄罗斯联邦（以下简称“双方”），\n\n根据《中华人民共和国和俄罗斯联邦睦邻友好合作条约》，\n\n达成协议如下：';
const BODY = `${PREAMBLE}\n\n第一条 双方在边境地区开展合作。\n\n第二条 本协定自签字之日起生效。\n\n本协定于2009年6月17日在莫斯科签订，一式两份，每份都用中文和俄文写成，两种文本同等作准。\n`;
const TITLE = '中华人民共和国和俄罗斯联邦关于边境合作的协定';
/** What every text with BODY under its title and label lines reads. */
const BODY_READ = {
  title: TITLE,
  kind: '协定',
  selfRef: '本协定',
  preamble: PREAMBLE,
  citations: ['中华人民共和国和俄罗斯联邦睦邻友好合作条约'],
  articles: [
    ['第一条', '', '第一条 双方在边境地区开展合作。'],
    ['第二条', '', '第二条 本协定自签字之日起生效。'],
  ],
  signing: {
    clause: '本协定于2009年6月17日在莫斯科签订，一式两份，每份都用中文和俄文写成，两种文本同等作准。',
    date: [2009, 6, 17], place: '莫斯科', copies: 2, languages: ['中文', '俄文'],
  },
  signatures: undefined,
  sections: [],
  isTreaty: true,
};

/** [what, the label lines between the title and the preamble]: none is preamble, none is cited. */
const LABEL_LINES: [string, string][] = [
  ['a news site\'s time and source', '时间：2009-06-17 来源：《人民日报》'],
  ['a publication date, then a source on its own line', '发布日期：2009-06-17\n\n来源：《光明日报》'],
  ['a source in 【】, no colon', '【法规来源】《中华人民共和国国务院公报》2009年第20号'],
  ['label lines without a blank line between them', '【发布部门】外交部\n【发布日期】2009.06.17\n【效力级别】双边条约'],
  ['traditional characters, half-width colon', '發布日期:2009-06-17　來源:《人民日報》'],
  ['bold labels', '**发布日期**：2009-06-17'],
];

for (const [what, labels] of LABEL_LINES) {
  test(`model: a database's label lines after the title are neither preamble nor citations — ${what}`, () => {
    const text = `# ${TITLE}\n\n${labels}\n\n${BODY}`;
    assert.deepEqual(read(text), BODY_READ);
    assert.deepEqual(citedTitles(buildTreaty(text)), ['中华人民共和国和俄罗斯联邦睦邻友好合作条约']);
  });
}

for (const [what, labels] of LABEL_LINES) {
  test(`model: a database's label lines above the title are not cited either — ${what}`, () => {
    const text = `${labels}\n\n# ${TITLE}\n\n${BODY}`;
    assert.deepEqual(read(text), BODY_READ);
    assert.deepEqual(citedTitles(buildTreaty(text)), ['中华人民共和国和俄罗斯联邦睦邻友好合作条约']);
  });
}

// A database's bracketed labels with no colon above a plain title line (全國人大常委會關於…的決定, 1987, as a
// converter left it, pinyin in brackets after characters: `【發(fā)布部門】 全國人大常委會(huì)`): the title is the line under them.
for (const [what, labels] of [
  ['bracketed labels, a space before the value', '【发布部门】 外交部\n【发布日期】 2009.06.17\n【效力级别】 双边条约'],
  ['a converter\'s pinyin after characters of the labels', '【發(fā)布部門】 外交部\n【實(shí)施日期】 2009.06.17\n【時(shí)效性】 現行有效\n【效力級(jí)別】 雙邊條約'],
]) {
  test(`model: a database's label lines right above a plain title line are not the title — ${what}`, () => {
    const text = `${labels}\n${TITLE}\n\n${BODY}`;
    assert.deepEqual(read(text), BODY_READ);
  });
}

test('model: label lines above the title and under it: neither cited', () => {
  const text = `来源：《人民日报》\n# ${TITLE}\n\n【法规来源】《中华人民共和国国务院公报》2009年第20号\n\n${BODY}`;
  assert.deepEqual(read(text), BODY_READ);
  assert.deepEqual(citedTitles(buildTreaty(text)), ['中华人民共和国和俄罗斯联邦睦邻友好合作条约']);
});

test('model: a title on a plain line, then label lines: the same reading', () => {
  const text = `${TITLE}\n\n时间：2009-06-17 来源：《人民日报》\n\n${BODY}`;
  assert.deepEqual(read(text), BODY_READ);
});

/** [what, the preamble]: lines that look like labels but open the preamble stay in it. */
const PREAMBLE_OPENINGS: [string, string][] = [
  ['a preamble that opens with the parties and a colon', '缔约双方：中华人民共和国和俄罗斯联邦，\n\n根据《中华人民共和国和俄罗斯联邦睦邻友好合作条约》，\n\n达成协议如下：'],
  ['the words before the articles alone', '双方达成协议如下：'],
  ['a label not a database\'s', '鉴于：双方希望在《中华人民共和国和俄罗斯联邦睦邻友好合作条约》的基础上开展合作，\n\n达成协议如下：'],
];

for (const [what, preamble] of PREAMBLE_OPENINGS) {
  test(`model: a preamble line with a colon is preamble — ${what}`, () => {
    const text = `# ${TITLE}\n\n${preamble}\n\n第一条 双方在边境地区开展合作。\n`;
    const got = read(text);
    assert.deepEqual([got.preamble, got.citations], [preamble, preamble.includes('《') ? ['中华人民共和国和俄罗斯联邦睦邻友好合作条约'] : []]);
  });
}

test('model: label lines after the preamble has begun are the preamble\'s', () => {
  const preamble = '双方商定如下：\n\n来源：《人民日报》';
  const text = `# ${TITLE}\n\n${preamble}\n\n第一条 双方在边境地区开展合作。\n`;
  const got = read(text);
  assert.deepEqual([got.preamble, got.citations], [preamble, ['人民日报']]);
});

const ENGLISH_TITLE = 'AGREEMENT BETWEEN THE GOVERNMENT OF THE PEOPLE\'S REPUBLIC OF CHINA AND THE GOVERNMENT OF MONGOLIA ON BORDER PORTS';
const ENGLISH = (closing: string) =>
  `# ${ENGLISH_TITLE}\n\nThe Parties have agreed as follows:\n\nArticle 1\n\nThe Parties shall open the ports.\n\nArticle 2\n\nThis Agreement shall enter into force on the date of signature.\n\n${closing}\n\nFor the Government of the People's Republic of China\n\nFor the Government of Mongolia\n`;
const DONE = 'Done at Ulaanbaatar on 8 June 2004, in duplicate in the Chinese, Mongolian and English languages, all texts being equally authentic.';
const ENGLISH_READ = (clause: string) => ({
  title: ENGLISH_TITLE,
  kind: '协定',
  selfRef: 'This Agreement',
  preamble: 'The Parties have agreed as follows:',
  citations: [],
  articles: [
    ['Article 1', '', 'The Parties shall open the ports.'],
    ['Article 2', '', 'This Agreement shall enter into force on the date of signature.'],
  ],
  signing: { clause, date: [2004, 6, 8], place: 'Ulaanbaatar', copies: 2, languages: ['Chinese', 'Mongolian', 'English'] },
  signatures: 'For the Government of the People\'s Republic of China\n\nFor the Government of Mongolia',
  sections: [],
  isTreaty: true,
});

/** [what, the closing part before the signatures]: the signing clause is all of it. */
const TESTIMONIA: [string, string][] = [
  ['IN WITNESS WHEREOF alone on its line, the clause on the next', `IN WITNESS WHEREOF\nthe undersigned, being duly authorized thereto by their respective Governments, have signed this Agreement.\n\n${DONE}`],
  ['the testimonium on one line, Done at in the next paragraph', `IN WITNESS WHEREOF the undersigned, being duly authorized thereto by their respective Governments, have signed this Agreement.\n\n${DONE}`],
  ['In witness whereof, broken after its comma', `In witness whereof,\nthe undersigned have signed this Agreement.\n\n${DONE}`],
  ['the testimonium holding the date and place itself', 'IN WITNESS WHEREOF\nthe undersigned have signed this Agreement. Done at Ulaanbaatar on 8 June 2004, in duplicate in the Chinese, Mongolian and English languages, all texts being equally authentic.'],
  ['Done at alone', DONE],
];

for (const [what, closing] of TESTIMONIA) {
  test(`model: an English signing clause — ${what}`, () => {
    assert.deepEqual(read(ENGLISH(closing)), ENGLISH_READ(closing));
  });
}

test('model: a testimonium, then a sentence on the authentic texts: one signing clause', () => {
  const closing = 'IN WITNESS WHEREOF\nthe undersigned have signed this Agreement at Ulaanbaatar on 8 June 2004.\n\nThe texts in the Chinese, Mongolian and English languages are equally authentic.';
  const got = read(ENGLISH(closing));
  assert.deepEqual([got.signing, got.signatures], [
    { clause: closing, date: [2004, 6, 8], place: undefined, copies: undefined, languages: ['Chinese', 'Mongolian', 'English'] },
    'For the Government of the People\'s Republic of China\n\nFor the Government of Mongolia',
  ]);
});

/** The title, kind, self-reference and publication date of a text. */
function head(text: string) {
  const t = buildTreaty(text);
  return { title: t.title?.text, kind: t.kind, selfRef: t.selfRef, publicationDate: t.publicationDate };
}

/** [what, text, its head]: People's Daily tags, name lines, kinds and self-references. */
const HEADS: [string, string, ReturnType<typeof head>][] = [
  ['a date tag before the title tag', '〖RQ/日期〗19960706\n〖BT/标题〗中华人民共和国和甲国联合声明\n\n双方同意合作。\n',
    { title: '中华人民共和国和甲国联合声明', kind: '联合声明', selfRef: '本声明', publicationDate: '1996-07-06' }],
  ['an edition tag with eight digits after the date', '〖BT/标题〗中华人民共和国和甲国联合声明\n〖RQ/日期〗19960706\n〖BC/版次〗20240101\n',
    { title: '中华人民共和国和甲国联合声明', kind: '联合声明', selfRef: '本声明', publicationDate: '1996-07-06' }],
  ['a date with spaces around it', '〖BT/标题〗中华人民共和国和甲国联合声明\n〖RQ/日期〗 19960706 \n',
    { title: '中华人民共和国和甲国联合声明', kind: '联合声明', selfRef: '本声明', publicationDate: '1996-07-06' }],
  ['a bold name line, no title line', '**名称**：中华人民共和国和甲国边境协定\n\n第一条 双方合作。\n',
    { title: '中华人民共和国和甲国边境协定', kind: '协定', selfRef: '本协定', publicationDate: undefined }],
  ['a line opening with 名 that is no name line', '名单如下：甲，乙。\n\n第一条 双方合作。\n',
    { title: undefined, kind: undefined, selfRef: '本协议', publicationDate: undefined }],
  ['a name line naming no kind', '名称：会议记录\n\n第一条 双方合作。\n',
    { title: undefined, kind: undefined, selfRef: '本协议', publicationDate: undefined }],
  ['a name line under a title line', '# 中华人民共和国和甲国边境协定\n\n名称：中华人民共和国和乙国领事条约\n\n第一条 双方合作。\n',
    { title: '中华人民共和国和甲国边境协定', kind: '协定', selfRef: '本协定', publicationDate: undefined }],
  ['a protocol', '# 中华人民共和国和甲国关于边境的议定书\n\n第一条 双方合作。\n',
    { title: '中华人民共和国和甲国关于边境的议定书', kind: '议定书', selfRef: '本议定书', publicationDate: undefined }],
  ['a joint communiqué says 本公报', '# 中华人民共和国和甲国联合公报\n\n一、双方合作。\n\n二、双方交流。\n',
    { title: '中华人民共和国和甲国联合公报', kind: '联合公报', selfRef: '本公报', publicationDate: undefined }],
  ['a kind named only in the remark after the title', '# 两国外长会谈情况（摘自条约汇编）\n\n双方同意合作。\n',
    { title: '两国外长会谈情况（摘自条约汇编）', kind: undefined, selfRef: '本协议', publicationDate: undefined }],
  ['no title: a source line after six comment lines', `${'<!-- 注 -->\n'.repeat(6)}**出处**：《中华人民共和国和甲国联合公报》\n\n双方同意合作。\n`,
    { title: undefined, kind: '联合公报', selfRef: '本公报', publicationDate: undefined }],
  ['no title: a source line after six blank lines', `${'\n'.repeat(6)}**出处**：《中华人民共和国和甲国联合公报》\n\n双方同意合作。\n`,
    { title: undefined, kind: '联合公报', selfRef: '本公报', publicationDate: undefined }],
  ['no title: a source line after six page breaks', `${'---\n\n'.repeat(6)}**出处**：《中华人民共和国和甲国联合公报》\n\n双方同意合作。\n`,
    { title: undefined, kind: '联合公报', selfRef: '本公报', publicationDate: undefined }],
  ['no title: a source line after the first article names nothing', '第一条 本公约适用于缔约国。\n\n**出处**：《中华人民共和国和甲国联合公报》\n\n第二条 本公约自签字之日起生效。\n',
    { title: undefined, kind: '公约', selfRef: '本公约', publicationDate: undefined }],
  ['no title: a source line after the first chapter names nothing', '第一章 总则\n\n**出处**：《中华人民共和国和甲国联合公报》\n\n第一条 本公约适用于缔约国。\n\n第二条 本公约自签字之日起生效。\n',
    { title: undefined, kind: '公约', selfRef: '本公约', publicationDate: undefined }],
  ['no title: the self-reference written most, the first to get there on a tie', '本议定书适用于双方。本议定书自签字之日起生效。本公约适用于缔约国。本公约自签字之日起生效。\n',
    { title: undefined, kind: '议定书', selfRef: '本议定书', publicationDate: undefined }],
  ['no title: three against two', '本议定书适用于双方。本议定书自签字之日起生效。本议定书一式两份。本公约适用于缔约国。本公约自签字之日起生效。\n',
    { title: undefined, kind: '议定书', selfRef: '本议定书', publicationDate: undefined }],
  ['no title: a self-reference once after one written twice', '本公约适用于缔约国。本公约自签字之日起生效。本议定书适用于双方。\n',
    { title: undefined, kind: '公约', selfRef: '本公约', publicationDate: undefined }],
  ['no title: a self-reference written twice first, another three times after', '本公约适用于缔约国。本公约自签字之日起生效。本议定书适用于双方。本议定书自签字之日起生效。本议定书一式两份。\n',
    { title: undefined, kind: '议定书', selfRef: '本议定书', publicationDate: undefined }],
  // A page of articles cut from a treaty (中华人民共和国和…民事司法协助条约, second page: 第六条 … 第十条): its one 本条约.
  ['no title: a page of articles with one self-reference, the only kind named', '第七条 文字\n\n缔约双方应当使用本国文字。\n\n第八条 协助的范围\n\n但如取证并非为了司法程序，则不属于本条约适用范围。\n',
    { title: undefined, kind: '条约', selfRef: '本条约', publicationDate: undefined }],
  ['no title: articles naming two kinds once each', '第一条 本条约适用于双方。\n\n第二条 本议定书自签字之日起生效。\n',
    { title: undefined, kind: undefined, selfRef: '本协议', publicationDate: undefined }],
  ['no title: one self-reference in a text without articles', '双方同意本条约适用于双方。\n',
    { title: undefined, kind: undefined, selfRef: '本协议', publicationDate: undefined }],
  ['a date tag, no title anywhere', '〖RQ/日期〗19960706\n\n双方同意合作。\n',
    { title: undefined, kind: undefined, selfRef: '本协议', publicationDate: '1996-07-06' }],
  ['a title that is the kind alone, in traditional characters', '# 議定書\n\n第一條 雙方合作。\n',
    { title: '議定書', kind: '议定书', selfRef: '本議定書', publicationDate: undefined }],
];

for (const [what, text, want] of HEADS) {
  test(`model: title, kind, self-reference, publication date — ${what}`, () => {
    assert.deepEqual(head(text), want);
  });
}

test('model: kuanArticles — articles headed 第…款 (older treaties), and articles headed 第…条', () => {
  assert.deepEqual([
    kuanArticles(buildTreaty('# 甲乙两国通商条约\n\n第一款 两国和好。\n\n第二款 两国通商。\n')),
    kuanArticles(buildTreaty('# 甲乙两国通商条约\n\n第一条 两国和好。\n\n第二条 两国通商。\n')),
  ], [true, false]);
});

test('model: chapters numbered in Arabic digits, and a part whose number does not parse', () => {
  const t = buildTreaty('# 甲国法\n\n第1章 总则\n\n第一条 甲。\n\n第十十部分 附则\n\n第二条 乙。\n');
  assert.deepEqual(t.chapters.map((c) => [c.name, c.unit, c.caption]), [['第一章', '章', '总则'], ['第十十部分', '部分', '附则']]);
  assert.deepEqual(t.articles.map((a) => [a.name, a.chapter?.name]), [['第一条', '第一章'], ['第二条', '第十十部分']]);
});

test('model: an article number that does not parse, written spaced, is named without its spaces', () => {
  assert.deepEqual(buildTreaty('# 甲乙协定\n\n## 第 十十 条\n\n甲。\n').articles.map((a) => [a.name, a.num]), [['第十十条', undefined]]);
});

test('model: a title over two lines with an editor\'s comment between them', () => {
  const text = '中华人民共和国政府和\n<!-- 这一行是编辑者留下的注释，不属于标题的任何部分 -->\n俄罗斯联邦政府关于边境合作的协定\n\n第一条 双方合作。\n';
  const t = buildTreaty(text).title!;
  assert.deepEqual([t.text, t.normalized, text.slice(t.start, t.end).startsWith('中华人民共和国政府和'), text.slice(t.start, t.end).endsWith('的协定')], ['中华人民共和国政府和俄罗斯联邦政府关于边境合作的协定', '中华人民共和国政府和俄罗斯联邦政府关于边境合作的协定', true, true]);
});

test('model: findArticle in an exchange of notes — the point of the note the reference is in; 第一条之一 is no point', () => {
  const text = '# 中华人民共和国政府和古巴共和国政府关于互免签证的换文\n\n（一）中方去文\n\n一、双方互免签证。\n\n二、本换文自签字之日起生效。\n\n（二）古方来文\n\n一、双方互免签证，依照第二条办理。\n\n二、本换文自签字之日起生效。\n';
  const t = buildTreaty(text);
  const inSecond = text.indexOf('依照第二条');
  assert.deepEqual([findArticle(t, 2, undefined, inSecond), findArticle(t, 2, undefined, 0), findArticle(t, 2), findArticle(t, 1, 1, inSecond)], [t.articles[3], t.articles[1], t.articles[1], undefined]);
});

test('model: after an edit inside an article, the article found by its number is the edited one (the index handed on)', () => {
  const text = '# 中华人民共和国和甲国边境合作协定\n\n## 第一条\n\n双方合作。\n\n## 第二条\n\n双方交流。\n\n## 第三条\n\n本协定自签字之日起生效。\n';
  const before = buildTreaty(text);
  assert.equal(findArticle(before, 2), before.articles[1]); // the index of articles by number is built
  const start = text.indexOf('双方交流') + 2;
  const tree = reparse(before.tree, [{ start, end: start, text: '文化' }]);
  const after = buildTreaty(tree.text, tree, before);
  const found = [1, 2, 3].map((n) => findArticle(after, n)!);
  assert.deepEqual([found.map((a) => after.articles.indexOf(a)), found.map((a) => tree.text.slice(a.start, a.end).trim())], [
    [0, 1, 2],
    ['## 第一条\n\n双方合作。', '## 第二条\n\n双方文化交流。', '## 第三条\n\n本协定自签字之日起生效。'],
  ]);
});

test('model: the tag lines past the head — one starting at offset 4 000 is read, and those after it up to the first past 4 000', () => {
  const head = '〖BT/标题〗中华人民共和国和甲国联合声明\n';
  const filler = '说明。\n\n'.repeat(Math.floor((4000 - head.length) / 5));
  const pad = '甲'.repeat(4000 - head.length - filler.length - 1) + '\n';
  const at4000 = (a: string, b: string) => `${head}${filler}${pad}${a}\n${b}\n`;
  assert.equal(at4000('〖RQ/日期〗19960706', '〖BC/版次〗01').indexOf('〖RQ'), 4000);
  assert.deepEqual([
    buildTreaty(at4000('〖RQ/日期〗19960706', '〖BC/版次〗01')).publicationDate,
    buildTreaty(at4000('〖RQ/日期〗19960706', '〖RQ/日期〗19970101')).publicationDate,
  ], ['1996-07-06', '1997-01-01']);
});

test('model: minutes that open with their own time and place keep them in the preamble (时间 alone is no database\'s label)', () => {
  const preamble = '时间：2009年6月17日\n\n地点：北京\n\n中华人民共和国和俄罗斯联邦边境联合委员会举行第三次会议，双方商定如下：';
  const text = `# 中华人民共和国和俄罗斯联邦边境联合委员会第三次会议纪要\n\n${preamble}\n\n一、双方同意开放口岸。\n\n二、双方同意交换信息。\n`;
  const got = read(text);
  assert.deepEqual([got.title, got.kind, got.preamble, got.articles.map((a) => a[0])], ['中华人民共和国和俄罗斯联邦边境联合委员会第三次会议纪要', '会议纪要', preamble, ['一、', '二、']]);
});
