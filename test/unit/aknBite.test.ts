// Akoma Ntoso, read back whole (features/export/akn.ts): each fixture's document parsed and
// compared with the whole expected document (or the whole element named), written by reading
// the treaty and the AKN naming convention — the FRBR metadata (work, expression, manifestation,
// dates and their names, authors, subtype, parties), the preface and preamble, the hierarchy with
// every eId (编/章/节, articles, paragraphs, points, a joint statement's paragraphs), the references
// as `<ref href>` to eIds and to work IRIs, the signing date, the conclusions with one signature
// per party, and the inline text (markup and footnote markers removed, hard wraps joined, escaped).
// Indentation is not compared (white space between elements is dropped by the reader).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTreaty } from '../../server/src/model/treaty';
import { esc, toAkn } from '../../server/src/features/export/akn';
import { XmlElement, elementNamed, readXml } from '../support/xml';

const NS = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

const AGREEMENT = `# 中华人民共和国政府和蒙古国政府关于口岸的协定

中华人民共和国政府和蒙古国政府（以下简称“双方”），达成协议如下：

## 第一条 口岸

双方开放口岸。

## 第二条

依照本协定第一条，双方合作。

本协定于2010年6月4日在乌兰巴托签订，一式两份，每份均用中文和蒙文写成，两种文本同等作准。

中华人民共和国政府
代表
（签字）

蒙古国政府
代表
（签字）
`;

const W = '/akn/cn/doc/treaty/2010-06-04/中华人民共和国政府和蒙古国政府关于口岸的协定';

const AGREEMENT_XML = `<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="${NS}"><doc name="treaty" contains="originalVersion">
<meta><identification source="#treatyDrafting">
<FRBRWork>
<FRBRthis value="${W}/!main"/><FRBRuri value="${W}"/><FRBRdate date="2010-06-04" name="signature"/>
<FRBRauthor href="#party_1"/><FRBRauthor href="#party_2"/><FRBRcountry value="cn"/>
<FRBRsubtype value="协定"/><FRBRname value="中华人民共和国政府和蒙古国政府关于口岸的协定"/>
</FRBRWork>
<FRBRExpression>
<FRBRthis value="${W}/zho@2010-06-04/!main"/><FRBRuri value="${W}/zho@2010-06-04"/><FRBRdate date="2010-06-04" name="signature"/>
<FRBRauthor href="#party_1"/><FRBRauthor href="#party_2"/><FRBRlanguage language="zho"/>
</FRBRExpression>
<FRBRManifestation>
<FRBRthis value="${W}/zho@2010-06-04/!main.xml"/><FRBRuri value="${W}/zho@2010-06-04/!main.xml"/><FRBRdate date="2010-06-04" name="signature"/>
<FRBRauthor href="#treatyDrafting"/><FRBRformat value="application/akn+xml"/>
</FRBRManifestation>
</identification>
<references source="#treatyDrafting">
<TLCOrganization eId="treatyDrafting" href="/ontology/organization/treatyDrafting" showAs="Treaty Drafting"/>
<TLCOrganization eId="party_1" href="/ontology/organization/中华人民共和国政府" showAs="中华人民共和国政府"/>
<TLCOrganization eId="party_2" href="/ontology/organization/蒙古国政府" showAs="蒙古国政府"/>
</references></meta>
<preface><longTitle><p><docTitle>中华人民共和国政府和蒙古国政府关于口岸的协定</docTitle></p></longTitle></preface>
<preamble><p>中华人民共和国政府和蒙古国政府（以下简称“双方”），达成协议如下：</p></preamble>
<mainBody>
<article eId="art_1"><num>第一条</num><heading>口岸</heading><paragraph eId="art_1__para_1"><content><p>双方开放口岸。</p></content></paragraph></article>
<article eId="art_2"><num>第二条</num><paragraph eId="art_2__para_1"><content><p>依照<ref href="#art_1">本协定第一条</ref>，双方合作。</p></content></paragraph></article>
</mainBody>
<conclusions>
<p>本协定于<date date="2010-06-04" refersTo="#signature">2010年6月4日</date>在乌兰巴托签订，一式两份，每份均用中文和蒙文写成，两种文本同等作准。</p>
<container eId="signature_1" name="signature"><p><signature><party refersTo="#party_1">中华人民共和国政府</party><eol/>代表<eol/>（签字）</signature></p></container>
<container eId="signature_2" name="signature"><p><signature><party refersTo="#party_2">蒙古国政府</party><eol/>代表<eol/>（签字）</signature></p></container>
</conclusions>
</doc></akomaNtoso>
`;

const LAW = `# 中华人民共和国口岸法

## 第一章 总则

### 第一节 一般规定

第一条　为了规范口岸管理，制定本法。

本法所称口岸，是指供人员出入境的地点。

第二条　口岸管理包括：

（一）边防检查；

（二）海关监管。

## 第二章 附则

第三条　违反本法第一条第二款规定的，依照本法第二条第（二）项处理。
`;

const L = '/akn/cn/act/law/中华人民共和国口岸法';

const LAW_XML = `<akomaNtoso xmlns="${NS}"><act name="law" contains="originalVersion">
<meta><identification source="#treatyDrafting">
<FRBRWork>
<FRBRthis value="${L}/!main"/><FRBRuri value="${L}"/><FRBRdate date="9999-01-01" name="unknown"/>
<FRBRauthor href="#treatyDrafting"/><FRBRcountry value="cn"/>
<FRBRsubtype value="法"/><FRBRname value="中华人民共和国口岸法"/>
</FRBRWork>
<FRBRExpression>
<FRBRthis value="${L}/zho@/!main"/><FRBRuri value="${L}/zho@"/><FRBRdate date="9999-01-01" name="unknown"/>
<FRBRauthor href="#treatyDrafting"/><FRBRlanguage language="zho"/>
</FRBRExpression>
<FRBRManifestation>
<FRBRthis value="${L}/zho@/!main.xml"/><FRBRuri value="${L}/zho@/!main.xml"/><FRBRdate date="9999-01-01" name="unknown"/>
<FRBRauthor href="#treatyDrafting"/><FRBRformat value="application/akn+xml"/>
</FRBRManifestation>
</identification>
<references source="#treatyDrafting">
<TLCOrganization eId="treatyDrafting" href="/ontology/organization/treatyDrafting" showAs="Treaty Drafting"/>
</references></meta>
<preface><longTitle><p><docTitle>中华人民共和国口岸法</docTitle></p></longTitle></preface>
<body>
<chapter eId="chp_1"><num>第一章</num><heading>总则</heading>
<section eId="chp_1__sec_1"><num>第一节</num><heading>一般规定</heading>
<article eId="art_1"><num>第一条</num>
<paragraph eId="art_1__para_1"><content><p>为了规范口岸管理，制定本法。</p></content></paragraph>
<paragraph eId="art_1__para_2"><content><p>本法所称口岸，是指供人员出入境的地点。</p></content></paragraph>
</article>
<article eId="art_2"><num>第二条</num>
<paragraph eId="art_2__para_1"><intro><p>口岸管理包括：</p></intro>
<point eId="art_2__para_1__point_1"><num>（一）</num><content><p>边防检查；</p></content></point>
<point eId="art_2__para_1__point_2"><num>（二）</num><content><p>海关监管。</p></content></point>
</paragraph>
</article>
</section>
</chapter>
<chapter eId="chp_2"><num>第二章</num><heading>附则</heading>
<article eId="art_3"><num>第三条</num>
<paragraph eId="art_3__para_1"><content><p>违反<ref href="#art_1__para_2">本法第一条第二款</ref>规定的，依照<ref href="#art_2__para_1__point_2">本法第二条第（二）项</ref>处理。</p></content></paragraph>
</article>
</chapter>
</body>
</act></akomaNtoso>
`;

/** Two parsed documents (or elements) compared whole; on a difference, the XML itself is shown. */
function assertSameXml(actual: string | XmlElement, expected: string) {
  const a = typeof actual === 'string' ? readXml(actual) : actual;
  assert.deepEqual(a, readXml(expected));
}

test('akn: a bilateral agreement, the whole document — metadata, preface, preamble, articles, a reference, conclusions', () => {
  const { xml, work, units } = toAkn(buildTreaty(AGREEMENT));
  assert.ok(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">\n'));
  assert.ok(xml.endsWith('</doc>\n</akomaNtoso>\n'));
  assertSameXml(xml, AGREEMENT_XML);
  assert.equal(work, W);
  const line = (at: number) => AGREEMENT.slice(0, at).split('\n').length - 1;
  assert.deepEqual(
    units.map((u) => `${u.element} ${u.eId} @${line(u.start)}-${line(u.end)}`),
    ['article art_1 @4-8', 'paragraph art_1__para_1 @6-7', 'article art_2 @8-12', 'paragraph art_2__para_1 @10-11'],
  );
});

test('akn: a law in chapters and sections, the whole document — act and body, law-style articles, paragraphs, points, references to a paragraph and a point, no date', () => {
  const { xml, work } = toAkn(buildTreaty(LAW));
  assertSameXml(xml, LAW_XML);
  assert.equal(work, L);
});

interface DateCase {
  name: string;
  text: string;
  work: string;
  date: string;
  /** The FRBRdate's name. */
  kind: string;
  expression: string;
}

const DATES: DateCase[] = [
  {
    name: 'a signing date with the day: the work dated',
    text: '# 关于口岸的协定\n\n## 第一条\n\n双方合作。\n\n本协定于2001年7月6日在北京签订。\n',
    work: '/akn/cn/doc/treaty/2001-07-06/关于口岸的协定',
    date: '2001-07-06',
    kind: 'signature',
    expression: '/akn/cn/doc/treaty/2001-07-06/关于口岸的协定/zho@2001-07-06',
  },
  {
    name: "a signing date without its day: the People's Daily date first",
    text: '〖RQ/日期〗19960706〖-RQ/日期〗\n〖BT/标题〗关于口岸的协定〖-BT/标题〗\n\n## 第一条\n\n双方合作。\n\n本协定于1996年7月在北京签订。\n',
    work: '/akn/cn/doc/treaty/1996-07-06/关于口岸的协定',
    date: '1996-07-06',
    kind: 'publication',
    expression: '/akn/cn/doc/treaty/1996-07-06/关于口岸的协定/zho@1996-07-06',
  },
  {
    name: 'a signing date of a month only, no publication: the first of the month',
    text: '# 关于口岸的协定\n\n## 第一条\n\n双方合作。\n\n本协定于2001年7月在北京签订。\n',
    work: '/akn/cn/doc/treaty/2001-07-01/关于口岸的协定',
    date: '2001-07-01',
    kind: 'signature',
    expression: '/akn/cn/doc/treaty/2001-07-01/关于口岸的协定/zho@2001-07-01',
  },
  {
    name: 'no title: the work is untitled; spaces and delimiters of a title are escaped in the IRI',
    text: '## 第一条\n\n双方合作。\n',
    work: '/akn/cn/doc/treaty/untitled',
    date: '9999-01-01',
    kind: 'unknown',
    expression: '/akn/cn/doc/treaty/untitled/zho@',
  },
];

for (const c of DATES) {
  test(`akn: dates — ${c.name}`, () => {
    const { xml, work } = toAkn(buildTreaty(c.text));
    assert.equal(work, c.work);
    const doc = readXml(xml);
    const expression = elementNamed(doc, 'FRBRExpression');
    assert.deepEqual(
      (expression.children as XmlElement[]).filter((e) => e.name !== 'FRBRauthor').map((e) => [e.name, e.attrs]),
      [
        ['FRBRthis', { value: `${c.expression}/!main` }],
        ['FRBRuri', { value: c.expression }],
        ['FRBRdate', { date: c.date, name: c.kind }],
        ['FRBRlanguage', { language: 'zho' }],
      ],
    );
  });
}

test('akn: a title with spaces and IRI delimiters becomes one escaped IRI segment', () => {
  const { work } = toAkn(buildTreaty('# 关于A/B#C?D%E F的协定\n\n## 第一条\n\n双方合作。\n'));
  assert.equal(work, '/akn/cn/doc/treaty/关于A%2FB%23C%3FD%25EF的协定');
});

test('akn: citations of other instruments — dated, undated, a law, an article of a cited treaty; the signing date inside the conclusions', () => {
  const text = `# 中华人民共和国政府和蒙古国政府关于口岸的协定

中华人民共和国政府和蒙古国政府（以下简称“双方”），根据1994年4月26日《中华人民共和国和蒙古国友好合作关系条约》和《中华人民共和国出境入境管理法》，达成协议如下：

## 第一条

双方依照《联合国宪章》第二条第三款合作。

本协定于2010年6月4日在乌兰巴托签订。
`;
  const doc = readXml(toAkn(buildTreaty(text)).xml);
  assertSameXml(
    elementNamed(doc, 'preamble'),
    `<preamble><p>中华人民共和国政府和蒙古国政府（以下简称“双方”），根据1994年4月26日<ref href="/akn/cn/doc/treaty/1994-04-26/中华人民共和国和蒙古国友好合作关系条约">《中华人民共和国和蒙古国友好合作关系条约》</ref>和<ref href="/akn/cn/act/law/中华人民共和国出境入境管理法">《中华人民共和国出境入境管理法》</ref>，达成协议如下：</p></preamble>`,
  );
  assertSameXml(
    elementNamed(doc, 'mainBody'),
    `<mainBody><article eId="art_1"><num>第一条</num><paragraph eId="art_1__para_1"><content><p>双方依照<ref href="/akn/cn/doc/treaty/联合国宪章/!main#art_2__para_3">《联合国宪章》第二条第三款</ref>合作。</p></content></paragraph></article></mainBody>`,
  );
  assertSameXml(
    elementNamed(doc, 'conclusions'),
    `<conclusions><p>本协定于<date date="2010-06-04" refersTo="#signature">2010年6月4日</date>在乌兰巴托签订。</p></conclusions>`,
  );
});

test('akn: a joint statement — its 一、 units are paragraphs (numbered), their paragraphs subparagraphs, the unit’s own text the first', () => {
  const text = '# 中华人民共和国和哈萨克斯坦共和国联合声明\n\n一、双方同意发展睦邻关系。\n\n二、双方同意加强合作。\n\n双方将定期会晤。\n';
  const doc = readXml(toAkn(buildTreaty(text)).xml);
  assertSameXml(
    elementNamed(doc, 'mainBody'),
    `<mainBody>
<paragraph eId="para_1"><num>一、</num><subparagraph eId="para_1__subpara_1"><content><p>双方同意发展睦邻关系。</p></content></subparagraph></paragraph>
<paragraph eId="para_2"><num>二、</num><subparagraph eId="para_2__subpara_1"><content><p>双方同意加强合作。</p></content></subparagraph><subparagraph eId="para_2__subpara_2"><content><p>双方将定期会晤。</p></content></subparagraph></paragraph>
</mainBody>`,
  );
});

test('akn: inline text — emphasis, tags, escapes and footnote markers removed, hard wraps joined (a space between words only), text escaped', () => {
  const text = '# 关于口岸的协定\n\n## 第一条\n\n双方**开放**口岸<sup>1</sup>[^2]，\\*依照 the Agreement on\nBorder Ports 和<span>附件</span>的规定以及双方的其他协议\n执行 A & B < C "D"。\n';
  const doc = readXml(toAkn(buildTreaty(text)).xml);
  assertSameXml(
    elementNamed(doc, 'mainBody'),
    `<mainBody><article eId="art_1"><num>第一条</num><paragraph eId="art_1__para_1"><content><p>双方开放口岸，*依照 the Agreement on Border Ports 和附件的规定以及双方的其他协议执行 A &amp; B &lt; C &quot;D&quot;。</p></content></paragraph></article></mainBody>`,
  );
});

test('akn: an article without text and a text without articles get an empty content', () => {
  const text = '# 关于口岸的协定\n\n## 第一条\n\n## 第二条\n\n双方合作。\n';
  const doc = readXml(toAkn(buildTreaty(text)).xml);
  assertSameXml(
    elementNamed(doc, 'mainBody'),
    `<mainBody><article eId="art_1"><num>第一条</num><content><p/></content></article><article eId="art_2"><num>第二条</num><paragraph eId="art_2__para_1"><content><p>双方合作。</p></content></paragraph></article></mainBody>`,
  );
  const empty = readXml(toAkn(buildTreaty('# 关于口岸的协定\n')).xml);
  assertSameXml(elementNamed(empty, 'mainBody'), `<mainBody><hcontainer eId="hcontainer_1" name="text"><content><p/></content></hcontainer></mainBody>`);
});

test('esc: the XML specials escaped, characters XML 1.0 cannot hold dropped, the rest kept', () => {
  assert.equal(esc('a&b<c>d"e\'f\u0000\u0008\t\n\r\u000b\u000c\u001f\ufffe\uffff中'), 'a&amp;b&lt;c&gt;d&quot;e\'f\t\n\r中');
});

test('akn: numbered paragraphs of an article, points after a full-width space, a sub-heading among the articles as a section container, a footnote marker dropped', () => {
  const text = '# 关于口岸的协定\n\n双方达成协议如下：\n\n## 第一条\n\n一、双方开放口岸。\n\n二、口岸包括：\n（一）　公路口岸；\n（二）　铁路口岸。\n\n## 口岸名单\n\n二连浩特口岸。\n\n## 第二条\n\n双方合作[^1]。\n\n[^1]: 注释。\n';
  const doc = readXml(toAkn(buildTreaty(text)).xml);
  assertSameXml(
    elementNamed(doc, 'mainBody'),
    `<mainBody>
<article eId="art_1"><num>第一条</num>
<paragraph eId="art_1__para_1"><num>一、</num><content><p>双方开放口岸。</p></content></paragraph>
<paragraph eId="art_1__para_2"><num>二、</num><intro><p>口岸包括：</p></intro>
<point eId="art_1__para_2__point_1"><num>（一）</num><content><p>公路口岸；</p></content></point>
<point eId="art_1__para_2__point_2"><num>（二）</num><content><p>铁路口岸。</p></content></point>
</paragraph>
</article>
<hcontainer eId="hcontainer_1" name="section"><heading>口岸名单</heading><content><p>二连浩特口岸。</p></content></hcontainer>
<article eId="art_2"><num>第二条</num><paragraph eId="art_2__para_1"><content><p>双方合作。</p></content></paragraph></article>
</mainBody>`,
  );
});

test('akn: a text pasted from a PDF — a line broken after ， or 、 goes on, over a page break too; in an article over a blank line too (a paragraph never ends with ，)', () => {
  const text = '# 关于口岸的协定\n\n中华人民共和国政府和蒙古国政府，\n为了发展口岸合作，\n\n达成协议如下：\n\n## 第一条\n\n双方开放本协定附件所列的口岸，\n并为人员和交通运输工具提供便利、\n协助和保护。\n\n## 第二条\n\n双方互相通报，\n\n双方定期会晤，\n\n- 2 -\n\n并交换意见。\n';
  const doc = readXml(toAkn(buildTreaty(text)).xml);
  assertSameXml(elementNamed(doc, 'preamble'), '<preamble><p>中华人民共和国政府和蒙古国政府，为了发展口岸合作，</p><p>达成协议如下：</p></preamble>');
  assertSameXml(
    elementNamed(doc, 'mainBody'),
    `<mainBody>
<article eId="art_1"><num>第一条</num><paragraph eId="art_1__para_1"><content><p>双方开放本协定附件所列的口岸，并为人员和交通运输工具提供便利、协助和保护。</p></content></paragraph></article>
<article eId="art_2"><num>第二条</num><paragraph eId="art_2__para_1"><content><p>双方互相通报，</p><p>双方定期会晤，并交换意见。</p></content></paragraph></article>
</mainBody>`,
  );
});

test('akn: a law in 编, 分编 and 章 — part, subpart, chapter, their eIds nested; an article straight under a part', () => {
  const text = '# 中华人民共和国示例法\n\n## 第一编　总则\n\n### 第一分编　通则\n\n#### 第一章　一般规定\n\n第一条　为了规范示例工作，制定本法。\n\n## 第二编　分则\n\n第二条　本法自公布之日起施行。\n';
  const doc = readXml(toAkn(buildTreaty(text)).xml);
  assertSameXml(
    elementNamed(doc, 'body'),
    `<body>
<part eId="part_1"><num>第一编</num><heading>总则</heading>
<subpart eId="part_1__subpart_1"><num>第一分编</num><heading>通则</heading>
<chapter eId="part_1__subpart_1__chp_1"><num>第一章</num><heading>一般规定</heading>
<article eId="art_1"><num>第一条</num><paragraph eId="art_1__para_1"><content><p>为了规范示例工作，制定本法。</p></content></paragraph></article>
</chapter>
</subpart>
</part>
<part eId="part_2"><num>第二编</num><heading>分则</heading>
<article eId="art_2"><num>第二条</num><paragraph eId="art_2__para_1"><content><p>本法自公布之日起施行。</p></content></paragraph></article>
</part>
</body>`,
  );
});

test('akn: text between a chapter heading and its articles, a chapter without articles, an article number written twice', () => {
  const text = '# 中华人民共和国示例法\n\n## 第一章　总则\n\n本章规定一般原则。\n\n第一条　为了规范示例工作，制定本法。\n\n第一条　国家鼓励示例研究。\n\n## 第二章　附则\n';
  const { xml, units } = toAkn(buildTreaty(text));
  assertSameXml(
    elementNamed(readXml(xml), 'body'),
    `<body>
<chapter eId="chp_1"><num>第一章</num><heading>总则</heading>
<hcontainer eId="hcontainer_1" name="text"><content><p>本章规定一般原则。</p></content></hcontainer>
<article eId="art_1"><num>第一条</num><paragraph eId="art_1__para_1"><content><p>为了规范示例工作，制定本法。</p></content></paragraph></article>
<article eId="art_1-2"><num>第一条</num><paragraph eId="art_1-2__para_1"><content><p>国家鼓励示例研究。</p></content></paragraph></article>
</chapter>
<chapter eId="chp_2"><num>第二章</num><heading>附则</heading><content><p/></content></chapter>
</body>`,
  );
  assert.deepEqual(units.map((u) => `${u.element} ${u.eId}`), ['chapter chp_1', 'article art_1', 'paragraph art_1__para_1', 'article art_1-2', 'paragraph art_1-2__para_1', 'chapter chp_2']);
});

test('akn: an exchange of notes — each note an hcontainer named note, its heading, the addressee as text, its points numbered inside it', () => {
  const text = '# 中华人民共和国政府和古巴共和国政府关于互免签证的换文\n\n(一)中方去文\n\n古巴共和国外交部：\n\n一、两国公民免办签证。\n\n二、双方加强合作。\n\n(二)古方来文\n\n中华人民共和国外交部：\n\n一、两国公民免办签证。\n';
  const doc = readXml(toAkn(buildTreaty(text)).xml);
  assertSameXml(
    elementNamed(doc, 'mainBody'),
    `<mainBody>
<hcontainer eId="hcontainer_1" name="note"><heading>(一)中方去文</heading>
<hcontainer eId="hcontainer_3" name="text"><content><p>古巴共和国外交部：</p></content></hcontainer>
<paragraph eId="hcontainer_1__para_1"><num>一、</num><subparagraph eId="hcontainer_1__para_1__subpara_1"><content><p>两国公民免办签证。</p></content></subparagraph></paragraph>
<paragraph eId="hcontainer_1__para_2"><num>二、</num><subparagraph eId="hcontainer_1__para_2__subpara_1"><content><p>双方加强合作。</p></content></subparagraph></paragraph>
</hcontainer>
<hcontainer eId="hcontainer_2" name="note"><heading>(二)古方来文</heading>
<hcontainer eId="hcontainer_4" name="text"><content><p>中华人民共和国外交部：</p></content></hcontainer>
<paragraph eId="hcontainer_2__para_1"><num>一、</num><subparagraph eId="hcontainer_2__para_1__subpara_1"><content><p>两国公民免办签证。</p></content></subparagraph></paragraph>
</hcontainer>
</mainBody>`,
  );
});

test('akn: a text without title, kind or parties — the metadata authored by Treaty Drafting alone, no subtype or name, no preface, preamble or conclusions', () => {
  const doc = readXml(toAkn(buildTreaty('## 第一条\n\n双方合作。\n')).xml);
  const W0 = '/akn/cn/doc/treaty/untitled';
  const D = '<FRBRdate date="9999-01-01" name="unknown"/>';
  assertSameXml(
    elementNamed(doc, 'meta'),
    `<meta><identification source="#treatyDrafting">
<FRBRWork><FRBRthis value="${W0}/!main"/><FRBRuri value="${W0}"/>${D}<FRBRauthor href="#treatyDrafting"/><FRBRcountry value="cn"/></FRBRWork>
<FRBRExpression><FRBRthis value="${W0}/zho@/!main"/><FRBRuri value="${W0}/zho@"/>${D}<FRBRauthor href="#treatyDrafting"/><FRBRlanguage language="zho"/></FRBRExpression>
<FRBRManifestation><FRBRthis value="${W0}/zho@/!main.xml"/><FRBRuri value="${W0}/zho@/!main.xml"/>${D}<FRBRauthor href="#treatyDrafting"/><FRBRformat value="application/akn+xml"/></FRBRManifestation>
</identification>
<references source="#treatyDrafting"><TLCOrganization eId="treatyDrafting" href="/ontology/organization/treatyDrafting" showAs="Treaty Drafting"/></references></meta>`,
  );
  assert.deepEqual((elementNamed(doc, 'doc').children as XmlElement[]).map((e) => e.name), ['meta', 'mainBody']);
});

test('akn: a title over two plain lines is the docTitle, not preamble; a paragraph runs over a page break and a footnote, which is dropped', () => {
  const titled = readXml(toAkn(buildTreaty('中华人民共和国政府和蒙古国政府\n关于口岸的协定\n\n双方达成协议如下：\n\n第一条\n\n双方合作。\n')).xml);
  assertSameXml(elementNamed(titled, 'preface'), '<preface><longTitle><p><docTitle>中华人民共和国政府和蒙古国政府关于口岸的协定</docTitle></p></longTitle></preface>');
  assertSameXml(elementNamed(titled, 'preamble'), '<preamble><p>双方达成协议如下：</p></preamble>');
  const paged = readXml(toAkn(buildTreaty('# 关于口岸的协定\n\n## 第一条\n\n双方开放口岸\n\n---\n\n<sup>\\*</sup> 编者注：口岸名单从略。\n\n并提供便利。\n')).xml);
  assertSameXml(
    elementNamed(paged, 'mainBody'),
    '<mainBody><article eId="art_1"><num>第一条</num><paragraph eId="art_1__para_1"><content><p>双方开放口岸并提供便利。</p></content></paragraph></article></mainBody>',
  );
});

test('akn: 部分 is a part; the body indented two spaces a level (article, paragraph, intro, points)', () => {
  const law = readXml(toAkn(buildTreaty('# 中华人民共和国示例法\n\n## 第一部分　总则\n\n第一条　为了规范示例工作，制定本法。\n')).xml);
  assertSameXml(
    elementNamed(law, 'body'),
    '<body><part eId="part_1"><num>第一部分</num><heading>总则</heading><article eId="art_1"><num>第一条</num><paragraph eId="art_1__para_1"><content><p>为了规范示例工作，制定本法。</p></content></paragraph></article></part></body>',
  );
  const { xml } = toAkn(buildTreaty('# 关于口岸的协定\n\n## 第一条\n\n双方合作：\n（一）甲；\n（二）乙。\n'));
  const body = xml.slice(xml.indexOf('    <mainBody>'), xml.indexOf('</mainBody>\n') + '</mainBody>\n'.length);
  assert.equal(
    body,
    `    <mainBody>
      <article eId="art_1">
        <num>第一条</num>
        <paragraph eId="art_1__para_1">
          <intro>
            <p>双方合作：</p>
          </intro>
          <point eId="art_1__para_1__point_1">
            <num>（一）</num>
            <content>
              <p>甲；</p>
            </content>
          </point>
          <point eId="art_1__para_1__point_2">
            <num>（二）</num>
            <content>
              <p>乙。</p>
            </content>
          </point>
        </paragraph>
      </article>
    </mainBody>
`,
  );
});

test('akn: hard wraps joined with a space only between words (a line ending in a digit or letter, the next starting with one); a footnote marker of two digits dropped', () => {
  const text = '# 关于口岸的协定\n\n## 第一条\n\n双方开放本协定附件所列的口岸<sup>12</sup>，并依照\nthe Agreement on Border Ports and Crossings\n和该协定的附件以及其后签订的各项议定书 of 1994\nand Annex 2 of the Protocol of 1995 的附件\nAnnex 3 执行。\n';
  const doc = readXml(toAkn(buildTreaty(text)).xml);
  // (Lines at a page's width: a line that stops short of the margin is a paragraph of its own.)
  // 依照|the: Chinese before, no space; Crossings|和: Chinese after, no space; 1994|and: a space; 的附件|Annex: no space (the
  // line before holds words, but does not end in one).
  assertSameXml(
    elementNamed(doc, 'mainBody'),
    '<mainBody><article eId="art_1"><num>第一条</num><paragraph eId="art_1__para_1"><content><p>双方开放本协定附件所列的口岸，并依照the Agreement on Border Ports and Crossings和该协定的附件以及其后签订的各项议定书 of 1994 and Annex 2 of the Protocol of 1995 的附件Annex 3 执行。</p></content></paragraph></article></mainBody>',
  );
});

test('akn: an article of a cited treaty with 之一, and a point of a cited paragraph, as work IRIs with the AKN eId', () => {
  const text = '# 关于口岸的协定\n\n## 第一条\n\n双方依照《联合国宪章》第五十一条之一和《联合国宪章》第二条第三款第一项合作。\n';
  const doc = readXml(toAkn(buildTreaty(text)).xml);
  assertSameXml(
    elementNamed(doc, 'mainBody'),
    '<mainBody><article eId="art_1"><num>第一条</num><paragraph eId="art_1__para_1"><content><p>双方依照<ref href="/akn/cn/doc/treaty/联合国宪章/!main#art_51-1">《联合国宪章》第五十一条之一</ref>和<ref href="/akn/cn/doc/treaty/联合国宪章/!main#art_2__para_3__point_1">《联合国宪章》第二条第三款第一项</ref>合作。</p></content></paragraph></article></mainBody>',
  );
});

test('akn: the indentation of a chapter and of the text (two paragraphs) between its heading and its articles (two spaces a level, as written)', () => {
  const { xml } = toAkn(buildTreaty('# 中华人民共和国示例法\n\n## 第一章　总则\n\n本章规定一般原则。\n\n本章另有规定的除外。\n\n第一条　为了规范示例工作，制定本法。\n'));
  const body = xml.slice(xml.indexOf('    <body>'), xml.indexOf('</body>\n') + '</body>\n'.length);
  assert.equal(
    body,
    `    <body>
      <chapter eId="chp_1">
        <num>第一章</num>
        <heading>总则</heading>
        <hcontainer eId="hcontainer_1" name="text">
          <content>
            <p>本章规定一般原则。</p>
            <p>本章另有规定的除外。</p>
          </content>
        </hcontainer>
        <article eId="art_1">
          <num>第一条</num>
          <paragraph eId="art_1__para_1">
            <content>
              <p>为了规范示例工作，制定本法。</p>
            </content>
          </paragraph>
        </article>
      </chapter>
    </body>
`,
  );
  // A sub-heading among the articles at the body's level, and an empty chapter with its empty content.
  const treaty = toAkn(buildTreaty('# 关于口岸的协定\n\n## 第一条\n\n双方合作。\n\n## 口岸名单\n\n二连浩特口岸。\n\n## 第二章　附则\n')).xml;
  assert.equal(
    treaty.slice(treaty.indexOf('      <hcontainer'), treaty.indexOf('</mainBody>\n')),
    `      <hcontainer eId="hcontainer_1" name="section">
        <heading>口岸名单</heading>
        <content>
          <p>二连浩特口岸。</p>
        </content>
      </hcontainer>
      <chapter eId="chp_2">
        <num>第二章</num>
        <heading>附则</heading>
        <content>
          <p/>
        </content>
      </chapter>
    `,
  );
});

test('akn: an annex heading with nothing under it is a section with an empty content; a chapter without a caption has no heading', () => {
  const annex = readXml(toAkn(buildTreaty('# 关于口岸的协定\n\n## 第一条\n\n双方合作。\n\n## 附件\n')).xml);
  assertSameXml(
    elementNamed(annex, 'mainBody'),
    '<mainBody><article eId="art_1"><num>第一条</num><paragraph eId="art_1__para_1"><content><p>双方合作。</p></content></paragraph></article><hcontainer eId="hcontainer_1" name="section"><heading>附件</heading><content><p/></content></hcontainer></mainBody>',
  );
  const law = readXml(toAkn(buildTreaty('# 中华人民共和国示例法\n\n## 第一章\n\n第一条　为了规范示例工作，制定本法。\n')).xml);
  assertSameXml(
    elementNamed(law, 'body'),
    '<body><chapter eId="chp_1"><num>第一章</num><article eId="art_1"><num>第一条</num><paragraph eId="art_1__para_1"><content><p>为了规范示例工作，制定本法。</p></content></paragraph></article></chapter></body>',
  );
});

test('akn: articles whose number cannot be read (第十十条) are numbered by their place among such articles', () => {
  const doc = readXml(toAkn(buildTreaty('# 关于口岸的协定\n\n## 第十十条\n\n甲。\n\n## 第十十条\n\n乙。\n\n## 第三条\n\n丙。\n')).xml);
  assertSameXml(
    elementNamed(doc, 'mainBody'),
    `<mainBody>
<article eId="art_1"><num>第十十条</num><paragraph eId="art_1__para_1"><content><p>甲。</p></content></paragraph></article>
<article eId="art_2"><num>第十十条</num><paragraph eId="art_2__para_1"><content><p>乙。</p></content></paragraph></article>
<article eId="art_3"><num>第三条</num><paragraph eId="art_3__para_1"><content><p>丙。</p></content></paragraph></article>
</mainBody>`,
  );
});

test('akn: a sub-heading holding an article (its heading alone, then the article), an annex with a heading under it (each a section), a list after a line that ends no sentence (each entry a paragraph)', () => {
  const held = readXml(toAkn(buildTreaty('# 关于口岸的协定\n\n## 第一条\n\n甲。\n\n## 口岸\n\n### 第二条\n\n乙。\n')).xml);
  assertSameXml(
    elementNamed(held, 'mainBody'),
    `<mainBody>
<article eId="art_1"><num>第一条</num><paragraph eId="art_1__para_1"><content><p>甲。</p></content></paragraph></article>
<hcontainer eId="hcontainer_1" name="section"><heading>口岸</heading><content><p/></content></hcontainer>
<article eId="art_2"><num>第二条</num><paragraph eId="art_2__para_1"><content><p>乙。</p></content></paragraph></article>
</mainBody>`,
  );
  const annex = readXml(toAkn(buildTreaty('# 关于口岸的协定\n\n## 第一条\n\n双方合作。\n\n## 附件\n\n### 口岸名单\n\n甲口岸。\n')).xml);
  assertSameXml(
    elementNamed(annex, 'mainBody'),
    `<mainBody>
<article eId="art_1"><num>第一条</num><paragraph eId="art_1__para_1"><content><p>双方合作。</p></content></paragraph></article>
<hcontainer eId="hcontainer_1" name="section"><heading>附件</heading><content><p/></content></hcontainer>
<hcontainer eId="hcontainer_2" name="section"><heading>口岸名单</heading><content><p>甲口岸。</p></content></hcontainer>
</mainBody>`,
  );
  const list = readXml(toAkn(buildTreaty('# 关于口岸的协定\n\n## 第一条\n\n双方合作。\n\n## 附件\n\n口岸如下\n1. 甲口岸\n2. 乙口岸\n')).xml);
  assertSameXml(
    elementNamed(list, 'mainBody'),
    `<mainBody>
<article eId="art_1"><num>第一条</num><paragraph eId="art_1__para_1"><content><p>双方合作。</p></content></paragraph></article>
<hcontainer eId="hcontainer_1" name="section"><heading>附件</heading><content><p>口岸如下</p><p>1. 甲口岸</p><p>2. 乙口岸</p></content></hcontainer>
</mainBody>`,
  );
});

test('akn: the intro of a paragraph in two sentences (two <p>, 本条 a reference to its article); a People\'s Daily tag line is no text', () => {
  const intro = readXml(toAkn(buildTreaty('# 关于口岸的协定\n\n## 第一条\n\n双方同意：\n本条所称口岸如下：\n（一）甲口岸；\n（二）乙口岸。\n')).xml);
  assertSameXml(
    elementNamed(intro, 'mainBody'),
    `<mainBody><article eId="art_1"><num>第一条</num><paragraph eId="art_1__para_1">
<intro><p>双方同意：</p><p><ref href="#art_1">本条</ref>所称口岸如下：</p></intro>
<point eId="art_1__para_1__point_1"><num>（一）</num><content><p>甲口岸；</p></content></point>
<point eId="art_1__para_1__point_2"><num>（二）</num><content><p>乙口岸。</p></content></point>
</paragraph></article></mainBody>`,
  );
  const tag = readXml(toAkn(buildTreaty('# 关于口岸的协定\n\n## 第一条\n\n〖BT/标题〗\n\n双方合作。\n')).xml);
  assertSameXml(
    elementNamed(tag, 'mainBody'),
    '<mainBody><article eId="art_1"><num>第一条</num><paragraph eId="art_1__para_1"><content><p>双方合作。</p></content></paragraph></article></mainBody>',
  );
});

test('akn: a reference to a law-style article that ends the text (its one paragraph spans it whole) names the article, not the paragraph', () => {
  const doc = readXml(toAkn(buildTreaty('# 中华人民共和国示例法\n\n第一条　依照本法第二条的规定。\n\n第二条　国家鼓励示例研究。\n')).xml);
  assertSameXml(
    elementNamed(doc, 'body'),
    `<body>
<article eId="art_1"><num>第一条</num><paragraph eId="art_1__para_1"><content><p>依照<ref href="#art_2">本法第二条</ref>的规定。</p></content></paragraph></article>
<article eId="art_2"><num>第二条</num><paragraph eId="art_2__para_1"><content><p>国家鼓励示例研究。</p></content></paragraph></article>
</body>`,
  );
});

test('akn: paragraphs numbered 1. and 2. — each its number and its text after it', () => {
  const doc = readXml(toAkn(buildTreaty('# 关于口岸的协定\n\n## 第一条\n\n1. 双方开放口岸。\n\n2. 双方提供便利。\n')).xml);
  assertSameXml(
    elementNamed(doc, 'mainBody'),
    `<mainBody><article eId="art_1"><num>第一条</num>
<paragraph eId="art_1__para_1"><num>1.</num><content><p>双方开放口岸。</p></content></paragraph>
<paragraph eId="art_1__para_2"><num>2.</num><content><p>双方提供便利。</p></content></paragraph>
</article></mainBody>`,
  );
});

test('akn: a space before a footnote marker that ends a paragraph is dropped with the marker', () => {
  const doc = readXml(toAkn(buildTreaty('# 关于口岸的协定\n\n## 第一条\n\n双方开放口岸。 [^1]\n\n## 第二条\n\n双方合作。\n\n[^1]: 注释。\n')).xml);
  assertSameXml(
    elementNamed(doc, 'mainBody'),
    `<mainBody>
<article eId="art_1"><num>第一条</num><paragraph eId="art_1__para_1"><content><p>双方开放口岸。</p></content></paragraph></article>
<article eId="art_2"><num>第二条</num><paragraph eId="art_2__para_1"><content><p>双方合作。</p></content></paragraph></article>
</mainBody>`,
  );
});

test('akn: a paragraph of markup only ending the text (a <br> line pasted from a web page) keeps its place with an empty <p/>', () => {
  const doc = readXml(toAkn(buildTreaty('# 关于口岸的协定\n\n## 第一条\n\n双方开放口岸。\n\n<br>\n')).xml);
  assertSameXml(
    elementNamed(doc, 'mainBody'),
    `<mainBody><article eId="art_1"><num>第一条</num>
<paragraph eId="art_1__para_1"><content><p>双方开放口岸。</p></content></paragraph>
<paragraph eId="art_1__para_2"><content><p/></content></paragraph>
</article></mainBody>`,
  );
});
