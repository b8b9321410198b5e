// The export writers, read back whole (features/export/layout.ts, html.ts, docx.ts, style.ts,
// comparisonDocx.ts):
// the layout of a small treaty as the list of its pieces (kind, label, centred, the line it
// starts on, the text), the preview's HTML parsed and compared element by element with its
// anchors and the whole style sheet, the .docx's document.xml parsed and each paragraph compared
// (alignment, indent, spacing, keep-with-next, each run's font, size, bold and text), the signature
// table, the page and the footer; the user style file's merge, every problem message, and the font
// choice; the 修改对照表's title, table, cells and marks. Every expected value is written by reading the fixture and the house style (GB/T 9704:
// A4 210 × 297 mm, 28 pt lines, 三号 16 pt body, 二号 22 pt title).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import JSZip from 'jszip';
import { buildTreaty } from '../../server/src/model/treaty';
import { layoutOf } from '../../server/src/features/export/layout';
import { escapeHtml, previewHtml } from '../../server/src/features/export/html';
import { toDocx } from '../../server/src/features/export/docx';
import { DEFAULT_STYLE, mergeStyle, resolveFonts } from '../../server/src/features/export/style';
import { comparisonDocx } from '../../server/src/features/export/comparisonDocx';
import { compareVersions } from '../../server/src/features/compare';
import { XmlElement, elementNamed, elementsNamed, readXml, textOf } from '../support/xml';

const TREATY = `# 中华人民共和国政府和蒙古国政府关于口岸的协定

中华人民共和国政府和蒙古国政府（以下简称“双方”），为了发展
口岸合作，达成协议如下：

## 第一章 总则

## 第一条

双方开放本协定附件所列口岸，为往来人员、交通运输工具
和货物的通关提供必要的便利，并保障口岸的正常运行和
安全。

<!-- treaty-disable-next-line -->
口岸管理包括：

（一）边防检查；
（二）**海关**监管。

## 第二条 口岸的开放

双方人员依照本协定通关。

本协定于2010年6月4日在乌兰巴托签订，一式两份，每份均用中文和蒙文写成，两种文本同等作准。

中华人民共和国政府
代表
（签字）

蒙古国政府
代表
（签字）
`;

const LAW = `# 中华人民共和国口岸法

第一条　为了规范口岸管理，维护国家主权和安全，促进对外开放
和经济发展，制定本法。

第二条　本法适用于口岸。

依照本法管理。
`;

/** A piece as `kind[ centred][ label=…] @line: text`, the line 0-based. */
const pieceLine = (text: string) => (p: { kind: string; text: string; centred?: boolean; label?: string; at?: number }) =>
  `${p.kind}${p.centred ? ' centred' : ''}${p.label ? ` label=${p.label}` : ''} @${p.at === undefined ? '-' : text.slice(0, p.at).split('\n').length - 1}: ${p.text}`;

const LAYOUTS: Array<[string, string, string[]]> = [
  [
    'a treaty: title, preamble (its paragraph) joined over its hard line break, chapter, centred article headings, paragraphs joined, a comment skipped, items with their labels, the signing clause',
    TREATY,
    [
      'title @0: 中华人民共和国政府和蒙古国政府关于口岸的协定',
      'paragraph @2: 中华人民共和国政府和蒙古国政府（以下简称“双方”），为了发展口岸合作，达成协议如下：',
      'chapter @5: 第一章 总则',
      'article centred @7: 第一条',
      'paragraph @9: 双方开放本协定附件所列口岸，为往来人员、交通运输工具和货物的通关提供必要的便利，并保障口岸的正常运行和安全。',
      'paragraph @14: 口岸管理包括：',
      'item @16: （一）边防检查；',
      'item @17: （二）海关监管。',
      'article centred @19: 第二条 口岸的开放',
      'paragraph @21: 双方人员依照本协定通关。',
      'signing @23: 本协定于2010年6月4日在乌兰巴托签订，一式两份，每份均用中文和蒙文写成，两种文本同等作准。',
    ],
  ],
  [
    'a law: articles written law style are paragraphs with their label, the text after the label, joined over a line break',
    LAW,
    ['title @0: 中华人民共和国口岸法', 'paragraph label=第一条 @2: 为了规范口岸管理，维护国家主权和安全，促进对外开放和经济发展，制定本法。', 'paragraph label=第二条 @5: 本法适用于口岸。', 'paragraph @7: 依照本法管理。'],
  ],
  [
    'bare article headings are not centred; a footnote after a page break comes after the paragraph it interrupts',
    '# 关于口岸的协定\n\n第一条\n\n双方开放口岸\n\n---\n\n<sup>\\*</sup> 编者注：口岸名单从略。\n\n并提供便利。\n\n第二条\n\n本协定自签字之日起生效。\n',
    [
      'title @0: 关于口岸的协定',
      'article @2: 第一条',
      'paragraph @4: 双方开放口岸并提供便利。',
      'note @8: * 编者注：口岸名单从略。',
      'article @12: 第二条',
      'paragraph @14: 本协定自签字之日起生效。',
    ],
  ],
  [
    'an item continued after a comma, a paragraph cut before an item, a line of markup only',
    '# 关于口岸的协定\n\n## 第一条\n\n双方合作的领域为\n（一）边防检查，包括对出入境人员的证件和交通运输工具的查验，\n以及对货物的检查；\n（二）海关监管。\n\n<br>\n\n双方合作。\n',
    [
      'title @0: 关于口岸的协定',
      'article centred @2: 第一条',
      'paragraph @4: 双方合作的领域为',
      'item @5: （一）边防检查，包括对出入境人员的证件和交通运输工具的查验，以及对货物的检查；',
      'item @7: （二）海关监管。',
      'paragraph @11: 双方合作。',
    ],
  ],
  [
    'a text pasted from a PDF: a line broken after ， or 、 goes on (preamble, law-style article), in an article over a blank line too (a paragraph never ends with ，)',
    '# 中华人民共和国政府和蒙古国政府关于口岸合作的协定\n\n中华人民共和国政府和蒙古国政府（以下简称“双方”），\n为了发展两国的口岸合作，促进经济贸易和人员往来，\n达成协议如下：\n\n第一条　双方在边境开放本协定附件所列的口岸，\n并为人员和交通运输工具的通关提供便利、\n协助和保护。\n\n第二条　双方互相通报口岸的开放、关闭和管理的情况，\n\n双方定期会晤。\n',
    [
      'title @0: 中华人民共和国政府和蒙古国政府关于口岸合作的协定',
      'paragraph @2: 中华人民共和国政府和蒙古国政府（以下简称“双方”），为了发展两国的口岸合作，促进经济贸易和人员往来，达成协议如下：',
      'paragraph label=第一条 @6: 双方在边境开放本协定附件所列的口岸，并为人员和交通运输工具的通关提供便利、协助和保护。',
      'paragraph label=第二条 @10: 双方互相通报口岸的开放、关闭和管理的情况，双方定期会晤。',
    ],
  ],
  [
    'a line broken after an ASCII comma goes on over a page break (a PDF page number)',
    '# 关于口岸的协定\n\n## 第一条\n\n双方开放口岸,\n\n- 2 -\n\n并提供便利。\n\n## 第二条\n\n双方互相通报口岸的开放、关闭和管理的情况，\n\n双方定期会晤。\n',
    [
      'title @0: 关于口岸的协定',
      'article centred @2: 第一条',
      'paragraph @4: 双方开放口岸,并提供便利。',
      'article centred @10: 第二条',
      'paragraph @12: 双方互相通报口岸的开放、关闭和管理的情况，双方定期会晤。',
    ],
  ],
  [
    'a title over two plain lines: two title pieces, each line as written',
    '中华人民共和国政府和蒙古国政府\n关于口岸的协定\n\n双方达成协议如下：\n\n第一条\n\n双方合作。\n',
    ['title @0: 中华人民共和国政府和蒙古国政府', 'title @1: 关于口岸的协定', 'paragraph @3: 双方达成协议如下：', 'article @5: 第一条', 'paragraph @7: 双方合作。'],
  ],
  [
    'an article\'s caption on the line under its bare label, a blank line before its one unnumbered paragraph (第一条 / 人的范围 / 本协定…): the caption goes with the heading, never run into the text (人的范围本协定… would change the text); one before a numbered paragraph too',
    '中华人民共和国政府和甲国政府合作协定\n\n第一条\n\n人的范围\n\n本协定适用于双方居民。\n\n第二条\n\n税种范围\n\n一、甲。\n',
    ['title @0: 中华人民共和国政府和甲国政府合作协定', 'article @2: 第一条\u3000人的范围', 'paragraph @6: 本协定适用于双方居民。', 'article @8: 第二条\u3000税种范围', 'paragraph @12: 一、甲。'],
  ],
  [
    "a People's Daily text without a title tag: no title",
    '〖RQ/日期〗19960706〖-RQ/日期〗\n\n## 第一条\n\n双方合作。\n',
    ['article centred @2: 第一条', 'paragraph @4: 双方合作。'],
  ],
  [
    "a People's Daily text: the title from its 〖BT〗 tag, the other tags left out",
    '〖RQ/日期〗19960706〖-RQ/日期〗\n〖BT/标题〗中华人民共和国和哈萨克斯坦共和国联合声明〖-BT/标题〗\n〖ZW/正文〗\n    一、双方同意发展睦邻关系。\n    二、双方同意加强合作。\n',
    ['title @1: 中华人民共和国和哈萨克斯坦共和国联合声明', 'paragraph @3: 一、双方同意发展睦邻关系。', 'paragraph @4: 二、双方同意加强合作。'],
  ],
  [
    // The record was dropped with the database's furniture (law_extradition.md, unseen/law_exit_entry.md exported
    // without it): a law's published text prints it under the title.
    'a law: its record of adoption under the title printed, the database’s fields beside it not',
    '# 中华人民共和国甲法\n\n（2012年6月30日第十一届全国人民代表大会常务委员会第二十七次会议通过）\n\n发布时间：2012-06-30\n\n第一条　为了规范甲事务，制定本法。\n',
    ['title @0: 中华人民共和国甲法', 'record @2: （2012年6月30日第十一届全国人民代表大会常务委员会第二十七次会议通过）', 'paragraph label=第一条 @6: 为了规范甲事务，制定本法。'],
  ],
];

for (const [name, text, expected] of LAYOUTS) {
  test(`layout: ${name}`, () => {
    const layout = layoutOf(buildTreaty(text));
    assert.deepEqual(layout.pieces.map(pieceLine(text)), expected);
  });
}

test('layout: the signatures as columns, none without a signature block', () => {
  const layout = layoutOf(buildTreaty(TREATY));
  assert.deepEqual(
    layout.signatures?.columns.map((c) => [c.party, c.lines]),
    [
      ['中华人民共和国政府', ['中华人民共和国政府', '代表', '（签字）']],
      ['蒙古国政府', ['蒙古国政府', '代表', '（签字）']],
    ],
  );
  assert.equal(layoutOf(buildTreaty(LAW)).signatures, undefined);
});

// ---------------------------------------------------------------------------- preview HTML

/** An element as `name.class#id: text` and its children indented, text nodes as they are. */
function outline(el: XmlElement, depth = 0): string[] {
  const head = `${'  '.repeat(depth)}${el.name}${el.attrs.class ? `.${el.attrs.class.replace(/ /g, '.')}` : ''}${el.attrs.id ? `#${el.attrs.id}` : ''}`;
  const kids = el.children;
  if (kids.every((k) => typeof k === 'string')) return [`${head}: ${kids.join('')}`];
  return [head, ...kids.flatMap((k) => (typeof k === 'string' ? [`${'  '.repeat(depth + 1)}"${k}"`] : outline(k, depth + 1)))];
}

test('preview: the whole HTML of a treaty — element by element, ids on chapters and articles, the signature table', () => {
  const treaty = buildTreaty(TREATY);
  const { html, anchors } = previewHtml(treaty);
  assert.ok(html.endsWith('</table>\n'));
  assert.deepEqual(readXml(html, true).children.flatMap((c) => outline(c as XmlElement)), [
    'h1.title: 中华人民共和国政府和蒙古国政府关于口岸的协定',
    'p.paragraph: 中华人民共和国政府和蒙古国政府（以下简称“双方”），为了发展口岸合作，达成协议如下：',
    'h2.chapter#chp-1: 第一章 总则',
    'h3.article.centred#art-1: 第一条',
    'p.paragraph: 双方开放本协定附件所列口岸，为往来人员、交通运输工具和货物的通关提供必要的便利，并保障口岸的正常运行和安全。',
    'p.paragraph: 口岸管理包括：',
    'p.item: （一）边防检查；',
    'p.item: （二）海关监管。',
    'h3.article.centred#art-2: 第二条 口岸的开放',
    'p.paragraph: 双方人员依照本协定通关。',
    'p.signing: 本协定于2010年6月4日在乌兰巴托签订，一式两份，每份均用中文和蒙文写成，两种文本同等作准。',
    'table.signatures',
    '  tr',
    '    td',
    '      div: 中华人民共和国政府',
    '      div: 代表',
    '      div: （签字）',
    '    td',
    '      div: 蒙古国政府',
    '      div: 代表',
    '      div: （签字）',
  ]);
  const line = (at: number) => TREATY.slice(0, at).split('\n').length - 1;
  assert.deepEqual(
    anchors.map((a) => `${a.id} @${line(a.start)}`),
    ['chp-1 @5', 'art-1 @7', 'art-2 @19'],
  );
});

test('preview: a law — labelled paragraphs anchored once per article, bold labels, bare headings left-aligned unless the style centres them, a lead line before the columns', () => {
  const text = '# 中华人民共和国口岸法\n\n## 第一章 总则\n\n第一条　为了规范口岸管理，制定本法。\n\n第二条　本法适用于口岸。\n\n第三条\n\n依照本法管理。\n\n## 第二章 附则\n\n第四条　本法自公布之日起施行。\n';
  const { html, anchors } = previewHtml(buildTreaty(text));
  assert.deepEqual(readXml(html, true).children.flatMap((c) => outline(c as XmlElement)), [
    'h1.title: 中华人民共和国口岸法',
    'h2.chapter#chp-1: 第一章 总则',
    'p.paragraph#art-1',
    '  b.label: 第一条',
    '  "\u3000为了规范口岸管理，制定本法。"',
    'p.paragraph#art-2',
    '  b.label: 第二条',
    '  "\u3000本法适用于口岸。"',
    'h3.article#art-3: 第三条',
    'p.paragraph: 依照本法管理。',
    'h2.chapter#chp-2: 第二章 附则',
    'p.paragraph#art-4',
    '  b.label: 第四条',
    '  "\u3000本法自公布之日起施行。"',
  ]);
  const line = (at: number) => text.slice(0, at).split('\n').length - 1;
  assert.deepEqual(
    anchors.map((a) => `${a.id} @${line(a.start)}`),
    ['chp-1 @2', 'art-1 @4', 'art-2 @6', 'art-3 @8', 'chp-2 @12', 'art-4 @14'],
  );
  const centred = previewHtml(buildTreaty(text), { ...DEFAULT_STYLE, articleHeadings: 'centre' });
  assert.deepEqual(
    readXml(centred.html, true)
      .children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === 'h3')
      .map((c) => `${c.attrs.class}#${c.attrs.id}`),
    ['article centred#art-3'],
  );
});

test('preview: a second paragraph of a law-style article gets no second anchor; lead lines of the signatures are paragraphs', () => {
  const text = `# 中华人民共和国政府和蒙古国政府关于口岸的协定

中华人民共和国政府和蒙古国政府（以下简称“双方”），达成协议如下：

第一条　双方开放口岸。

第一条　双方提供便利。

本协定于2010年6月4日在乌兰巴托签订，一式两份，每份均用中文和蒙文写成，两种文本同等作准。

下列签字人经各自政府正式授权，签署本协定，以昭信守。

中华人民共和国政府
（签字）

蒙古国政府
（签字）
`;
  const { html, anchors } = previewHtml(buildTreaty(text));
  const els = readXml(html, true).children as XmlElement[];
  assert.deepEqual(
    els.map((e) => `${e.name}${e.attrs.id ? '#' + e.attrs.id : ''}: ${textOf(e)}`),
    [
      'h1: 中华人民共和国政府和蒙古国政府关于口岸的协定',
      'p: 中华人民共和国政府和蒙古国政府（以下简称“双方”），达成协议如下：',
      'p#art-1: 第一条\u3000双方开放口岸。',
      'p#art-2: 第一条\u3000双方提供便利。',
      'p: 本协定于2010年6月4日在乌兰巴托签订，一式两份，每份均用中文和蒙文写成，两种文本同等作准。',
      'p: 下列签字人经各自政府正式授权，签署本协定，以昭信守。',
      'table: 中华人民共和国政府（签字）蒙古国政府（签字）',
    ],
  );
  assert.deepEqual(anchors.map((a) => a.id), ['art-1', 'art-2']);
});

test('preview: the style sheet, whole, for the default style and for a user style', () => {
  assert.deepEqual(previewHtml(buildTreaty(LAW)).css.split('\n'), [
    'body { margin: 0; padding: 24px 0; background: var(--vscode-editor-background, #eee); }',
    'main { box-sizing: content-box; width: 156mm; margin: 0 auto; padding: 37mm 26mm 35mm 28mm; background: #fff; color: #000; box-shadow: 0 0 6px rgba(0,0,0,.3);',
    '  font-family: "Times New Roman", "仿宋_GB2312", "仿宋", serif; font-size: 16pt; line-height: 28pt; text-align: justify; }',
    'h1.title { font-family: "方正小标宋简体", "黑体", serif; font-size: 22pt; line-height: 33pt; font-weight: normal; text-align: center; margin: 0 0 28pt; }',
    'h2 { font-family: "黑体", serif; font-size: 16pt; font-weight: normal; text-align: center; margin: 0; }',
    'h3.article { font-family: "黑体", serif; font-size: 16pt; font-weight: bold; text-indent: 2em; margin: 0; }',
    'h3.article.centred { text-align: center; text-indent: 0; font-weight: normal; }',
    'p { margin: 0; text-indent: 2em; }',
    'p.record { text-align: center; text-indent: 0; }',
    'p.note { font-size: 12pt; line-height: 18pt; text-indent: 0; }',
    'b.label { font-family: "黑体", serif; }',
    'table.signatures { width: 100%; table-layout: fixed; border-collapse: collapse; margin-top: 28pt; }',
    'table.signatures td { vertical-align: top; text-align: center; padding: 0; }',
    '.current { background: rgba(255, 220, 0, .25); }',
  ]);
  const user = mergeStyle({ page: { width: 200, left: 20, right: 30 }, fonts: { title: '楷"体', latin: 'Ar"i\\al', body: ['宋体'] }, sizes: { title: 20, note: 10 }, lineSpacing: 30 }).style;
  const css = previewHtml(buildTreaty(LAW), user).css.split('\n');
  assert.equal(css[1], 'main { box-sizing: content-box; width: 150mm; margin: 0 auto; padding: 37mm 30mm 35mm 20mm; background: #fff; color: #000; box-shadow: 0 0 6px rgba(0,0,0,.3);');
  assert.equal(css[2], '  font-family: "Arial", "宋体", serif; font-size: 16pt; line-height: 30pt; text-align: justify; }');
  assert.equal(css[3], 'h1.title { font-family: "楷体", serif; font-size: 20pt; line-height: 30pt; font-weight: normal; text-align: center; margin: 0 0 30pt; }');
  assert.equal(css[9], 'p.note { font-size: 10pt; line-height: 15pt; text-indent: 0; }');
});

test('escapeHtml: the five characters of HTML markup, nothing else', () => {
  assert.equal(escapeHtml(`<a href="x">'甲' & 乙</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;甲&#39; &amp; 乙&lt;/a&gt;');
});

// ---------------------------------------------------------------------------- .docx

interface DocxParagraph {
  props: string;
  runs: string[];
}

/** A `w:p` as its properties (`jc=… ind=… spacing=… keepNext keepLines`) and its runs (`font size [b] [strike] [u]: text`). */
function docxParagraph(p: XmlElement): DocxParagraph {
  const pPr = p.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === 'w:pPr');
  const props: string[] = [];
  for (const c of (pPr?.children ?? []) as XmlElement[]) {
    const attrs = Object.entries(c.attrs)
      .map(([k, v]) => `${k.replace(/^w:/, '')}=${v}`)
      .join(',');
    props.push(`${c.name.replace(/^w:/, '')}${attrs ? `(${attrs})` : ''}`);
  }
  const runs = elementsNamed(p, 'w:r').map((r) => {
    const rPr = r.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === 'w:rPr');
    // A property written `w:val="false"` (or `none`) is off.
    const has = (n: string) => (rPr?.children ?? []).some((c) => typeof c !== 'string' && c.name === n && !['false', '0', 'off', 'none'].includes(c.attrs['w:val']));
    const fonts = rPr && elementsNamed(rPr, 'w:rFonts')[0];
    const size = rPr && elementsNamed(rPr, 'w:sz')[0];
    const text = elementsNamed(r, 'w:t').map(textOf).join('');
    const fields = elementsNamed(r, 'w:fldChar').map((f) => `{${f.attrs['w:fldCharType']}}`).join('') + elementsNamed(r, 'w:instrText').map(textOf).join('');
    return `${fonts?.attrs['w:eastAsia'] ?? '-'}/${fonts?.attrs['w:ascii'] ?? '-'} ${size?.attrs['w:val'] ?? '-'}${has('w:b') ? ' b' : ''}${has('w:strike') ? ' strike' : ''}${has('w:u') ? ' u' : ''}: ${text}${fields}`;
  });
  return { props: props.sort().join(' '), runs };
}

async function docxParts(buffer: Buffer) {
  const zip = await JSZip.loadAsync(buffer);
  const document = readXml(await zip.file('word/document.xml')!.async('string'));
  const footers = Object.keys(zip.files).filter((f) => /^word\/footer\d*\.xml$/.test(f));
  const footer = readXml(await zip.file(footers[0])!.async('string'));
  const core = await zip.file('docProps/core.xml')!.async('string');
  return { document, footer, core, footers };
}

const BODY = '仿宋/Times New Roman 32';
const HEAD = '黑体/Times New Roman 32';
const SPACING = 'spacing(line=560,lineRule=exact)';
const INDENT = 'ind(firstLine=640,firstLineChars=200)';
/** Not kept with the next paragraph (written explicitly for every body paragraph but the signing clause). */
const FREE = 'keepLines(val=false) keepNext(val=false)';
/** Properties compared in any order. */
const P = (s: string) => s.split(' ').sort().join(' ');

test('docx: every paragraph of a treaty — alignment, indents, spacing, keep-with-next, fonts and sizes of each run', async () => {
  const style = resolveFonts(DEFAULT_STYLE, new Set(['黑体', '仿宋']));
  const { document } = await docxParts(await toDocx(buildTreaty(TREATY), style));
  const body = elementNamed(document, 'w:body');
  const top = body.children.filter((c): c is XmlElement => typeof c !== 'string');
  const paras = top.filter((c) => c.name === 'w:p').map(docxParagraph);
  assert.deepEqual(paras, [
    { props: P('jc(val=center) spacing(after=560,line=660,lineRule=exact)'), runs: ['黑体/Times New Roman 44: 中华人民共和国政府和蒙古国政府关于口岸的协定'] },
    { props: P(`${FREE} jc(val=both) ${INDENT} ${SPACING}`), runs: [`${BODY}: 中华人民共和国政府和蒙古国政府（以下简称“双方”），为了发展口岸合作，达成协议如下：`] },
    { props: P(`jc(val=center) ${SPACING}`), runs: [`${HEAD}: 第一章 总则`] },
    { props: P(`jc(val=center) ${SPACING}`), runs: [`${HEAD}: 第一条`] },
    { props: P(`${FREE} jc(val=both) ${INDENT} ${SPACING}`), runs: [`${BODY}: 双方开放本协定附件所列口岸，为往来人员、交通运输工具和货物的通关提供必要的便利，并保障口岸的正常运行和安全。`] },
    { props: P(`${FREE} jc(val=both) ${INDENT} ${SPACING}`), runs: [`${BODY}: 口岸管理包括：`] },
    { props: P(`${FREE} jc(val=both) ${INDENT} ${SPACING}`), runs: [`${BODY}: （一）边防检查；`] },
    { props: P(`${FREE} jc(val=both) ${INDENT} ${SPACING}`), runs: [`${BODY}: （二）海关监管。`] },
    { props: P(`jc(val=center) ${SPACING}`), runs: [`${HEAD}: 第二条 口岸的开放`] },
    { props: P(`${FREE} jc(val=both) ${INDENT} ${SPACING}`), runs: [`${BODY}: 双方人员依照本协定通关。`] },
    { props: P(`keepNext keepLines jc(val=both) ${INDENT} ${SPACING}`), runs: [`${BODY}: 本协定于2010年6月4日在乌兰巴托签订，一式两份，每份均用中文和蒙文写成，两种文本同等作准。`] },
    { props: P(`keepNext ${SPACING}`), runs: [] },
  ]);
  // The signature table: fixed layout, two equal columns over the text width (156 mm), no borders, one row that does not split.
  const table = elementNamed(body, 'w:tbl');
  const width = Math.floor(156 * 56.7 / 2);
  assert.deepEqual(elementsNamed(table, 'w:gridCol').map((g) => g.attrs['w:w']), [String(width), String(width)]);
  assert.equal(elementNamed(table, 'w:tblW').attrs['w:w'], String(width * 2));
  assert.equal(elementNamed(table, 'w:tblLayout').attrs['w:type'], 'fixed');
  assert.deepEqual(
    (elementNamed(table, 'w:tblBorders').children as XmlElement[]).map((b) => `${b.name}=${b.attrs['w:val']}`),
    ['w:top=none', 'w:left=none', 'w:bottom=none', 'w:right=none', 'w:insideH=none', 'w:insideV=none'],
  );
  assert.deepEqual(elementsNamed(table, 'w:cantSplit').map((c) => c.attrs['w:val'] ?? 'true'), ['true']);
  // No borders on the cells either.
  assert.deepEqual(
    elementsNamed(table, 'w:tcBorders').map((b) => (b.children as XmlElement[]).map((e) => `${e.name.replace(/^w:/, '')}=${e.attrs['w:val']}`).join(' ')),
    ['top=none left=none bottom=none right=none', 'top=none left=none bottom=none right=none'],
  );
  assert.deepEqual(
    elementsNamed(table, 'w:tc').map((tc) => [elementNamed(tc, 'w:tcW').attrs['w:w'], ...elementsNamed(tc, 'w:p').map(docxParagraph).map((p) => `${p.props} | ${p.runs.join(' | ')}`)]),
    [
      [String(width), `${P(`jc(val=center) keepNext ${SPACING}`)} | ${BODY}: 中华人民共和国政府`, `${P(`jc(val=center) keepNext ${SPACING}`)} | ${BODY}: 代表`, `${P(`jc(val=center) keepNext ${SPACING}`)} | ${BODY}: （签字）`],
      [String(width), `${P(`jc(val=center) keepNext ${SPACING}`)} | ${BODY}: 蒙古国政府`, `${P(`jc(val=center) keepNext ${SPACING}`)} | ${BODY}: 代表`, `${P(`jc(val=center) keepNext ${SPACING}`)} | ${BODY}: （签字）`],
    ],
  );
  // The default run: the body font, 16 pt.
  const styles = readXml(await (await JSZip.loadAsync(await toDocx(buildTreaty(TREATY), style))).file('word/styles.xml')!.async('string'));
  const defaults = elementNamed(elementNamed(styles, 'w:docDefaults'), 'w:rPrDefault');
  assert.deepEqual(
    [elementNamed(defaults, 'w:rFonts').attrs, elementNamed(defaults, 'w:sz').attrs['w:val']],
    [{ 'w:ascii': 'Times New Roman', 'w:hAnsi': 'Times New Roman', 'w:eastAsia': '仿宋' }, '32'],
  );
  // The page: A4 and the house margins, the footer 20 mm from the edge.
  const sect = elementNamed(body, 'w:sectPr');
  assert.deepEqual(elementNamed(sect, 'w:pgSz').attrs, { 'w:w': '11907', 'w:h': '16840', 'w:orient': 'portrait' });
  const mar = elementNamed(sect, 'w:pgMar').attrs;
  assert.deepEqual([mar['w:top'], mar['w:bottom'], mar['w:left'], mar['w:right'], mar['w:footer']], ['2098', '1985', '1588', '1474', '1134']);
});

test('docx: law-style labels in the heading font, bare article headings bold at the indent unless centred by the style, notes small, lead lines of the signatures', async () => {
  const text = '# 中华人民共和国口岸法\n\n第一条　为了规范口岸管理，制定本法。\n\n第二条\n\n本法适用于口岸\n\n---\n\n<sup>\\*</sup> 编者注。\n\n本法自公布之日起施行。\n';
  const style = resolveFonts(DEFAULT_STYLE, new Set(['黑体', '仿宋']));
  const paras = async (s = style) =>
    ((await docxParts(await toDocx(buildTreaty(text), s))).document.children as XmlElement[])
      .flatMap((b) => (b.children as XmlElement[]).filter((c) => c.name === 'w:p'))
      .map(docxParagraph);
  assert.deepEqual(await paras(), [
    { props: P('jc(val=center) spacing(after=560,line=660,lineRule=exact)'), runs: ['黑体/Times New Roman 44: 中华人民共和国口岸法'] },
    { props: P(`${FREE} jc(val=both) ${INDENT} ${SPACING}`), runs: [`${HEAD}: 第一条`, `${BODY}: \u3000为了规范口岸管理，制定本法。`] },
    { props: P(`jc(val=left) ${INDENT} ${SPACING}`), runs: [`${HEAD} b: 第二条`] },
    { props: P(`${FREE} jc(val=both) ${INDENT} ${SPACING}`), runs: [`${BODY}: 本法适用于口岸本法自公布之日起施行。`] },
    { props: P('spacing(line=360,lineRule=exact)'), runs: ['仿宋/Times New Roman 24: * 编者注。'] },
  ]);
  const centred = await paras({ ...style, articleHeadings: 'centre' });
  assert.deepEqual(centred[2], { props: P(`jc(val=center) ${SPACING}`), runs: [`${HEAD}: 第二条`] });
});

test('docx: the footer is the page number between dashes; a footer without {page} is written as it is; the title is the document’s', async () => {
  const style = resolveFonts(DEFAULT_STYLE);
  const { footer, core } = await docxParts(await toDocx(buildTreaty(LAW), style));
  assert.deepEqual(elementsNamed(footer, 'w:p').map(docxParagraph), [
    { props: P('jc(val=center)'), runs: ['仿宋_GB2312/Times New Roman 28: — ', '仿宋_GB2312/Times New Roman 28: {begin}', '仿宋_GB2312/Times New Roman 28: PAGE', '仿宋_GB2312/Times New Roman 28: {separate}', '仿宋_GB2312/Times New Roman 28: {end}', '仿宋_GB2312/Times New Roman 28:  —'] },
  ]);
  assert.match(core, /<dc:title>中华人民共和国口岸法<\/dc:title>/);
  const plain = await docxParts(await toDocx(buildTreaty(LAW), { ...style, footer: '第{page}页' }));
  assert.deepEqual(elementsNamed(plain.footer, 'w:t').map(textOf), ['第', '页']);
  const untitled = await docxParts(await toDocx(buildTreaty('## 第一条\n\n双方合作。\n'), style));
  assert.doesNotMatch(untitled.core, /<dc:title>/);
  const none = await docxParts(await toDocx(buildTreaty(LAW), { ...style, footer: '草案' }));
  assert.deepEqual(elementsNamed(none.footer, 'w:t').map(textOf), ['草案', '']);
});

// ---------------------------------------------------------------------------- style

test('style: the merge of a user style — what it names replaces the default, every wrong field is reported and ignored', () => {
  const cases: Array<[string, unknown, (s: typeof DEFAULT_STYLE) => unknown, unknown, string[]]> = [
    ['nothing', undefined, (s) => s, DEFAULT_STYLE, []],
    ['an empty object', {}, (s) => s, DEFAULT_STYLE, []],
    ['a size', { sizes: { body: 14 } }, (s) => s.sizes, { ...DEFAULT_STYLE.sizes, body: 14 }, []],
    ['a font as a name', { fonts: { body: '楷体' } }, (s) => s.fonts, { ...DEFAULT_STYLE.fonts, body: ['楷体'] }, []],
    ['a font as a list', { fonts: { title: ['华文中宋', '宋体'] } }, (s) => s.fonts.title, ['华文中宋', '宋体'], []],
    ['an empty font list', { fonts: { title: [] } }, (s) => s.fonts.title, DEFAULT_STYLE.fonts.title, ['fonts.title: expected a font name or a list of names']],
    ['a font list holding a number', { fonts: { heading: ['黑体', 3] } }, (s) => s.fonts.heading, DEFAULT_STYLE.fonts.heading, ['fonts.heading: expected a font name or a list of names']],
    ['a font as a number', { fonts: { body: 3 } }, (s) => s.fonts.body, DEFAULT_STYLE.fonts.body, ['fonts.body: expected a font name or a list of names']],
    ['the latin font (a string, not a list)', { fonts: { latin: 'Arial' } }, (s) => s.fonts.latin, 'Arial', []],
    ['a string where a number is', { page: { left: 'wide' } }, (s) => s.page, DEFAULT_STYLE.page, ['page.left: expected a positive number']],
    ['zero, negative, 1000', { page: { top: 0, bottom: -1, left: 1000, right: 999 } }, (s) => s.page, { ...DEFAULT_STYLE.page, right: 999 }, ['page.top: expected a positive number', 'page.bottom: expected a positive number', 'page.left: expected a positive number']],
    ['a number where a string is', { footer: 3 }, (s) => s.footer, DEFAULT_STYLE.footer, ['footer: expected a string']],
    ['article headings', { articleHeadings: 'centre' }, (s) => s.articleHeadings, 'centre', []],
    ['article headings as written', { articleHeadings: 'asWritten' }, (s) => s.articleHeadings, 'asWritten', []],
    ['a footer (a string setting other than the article headings)', { footer: '第{page}页' }, (s) => s.footer, '第{page}页', []],
    ['article headings, wrong', { articleHeadings: 'left' }, (s) => s.articleHeadings, 'asWritten', ['articleHeadings: expected asWritten or centre']],
    ['a string where an object is', { page: 'A4' }, (s) => s.page, DEFAULT_STYLE.page, ['page: expected an object']],
    ['null where an object is', { sizes: null }, (s) => s.sizes, DEFAULT_STYLE.sizes, ['sizes: expected an object']],
    ['a list where an object is', { sizes: [16] }, (s) => s.sizes, DEFAULT_STYLE.sizes, ['sizes: expected an object']],
    ['the whole style not an object', 'big', (s) => s, DEFAULT_STYLE, ['style: expected an object']],
    ['the whole style a list', [1], (s) => s, DEFAULT_STYLE, ['style: expected an object']],
    ['unknown settings, top level and nested', { colour: 'red', page: { gutter: 3 } }, (s) => s, DEFAULT_STYLE, ['colour: unknown setting', 'page.gutter: unknown setting']],
  ];
  for (const [name, user, pick, expected, problems] of cases) {
    const r = mergeStyle(user);
    assert.deepEqual([pick(r.style), r.problems], [expected, problems], name);
  }
  // The default is not changed by a merge.
  assert.deepEqual(DEFAULT_STYLE.fonts.body, ['仿宋_GB2312', '仿宋']);
  // Over another base.
  assert.deepEqual(mergeStyle({ lineSpacing: 30 }, { ...DEFAULT_STYLE, lineSpacing: 20, footer: 'x' }).style, { ...DEFAULT_STYLE, lineSpacing: 30, footer: 'x' });
});

test('style: the default house style, whole', () => {
  assert.deepEqual(DEFAULT_STYLE, {
    page: { width: 210, height: 297, top: 37, bottom: 35, left: 28, right: 26 },
    fonts: { title: ['方正小标宋简体', '黑体'], body: ['仿宋_GB2312', '仿宋'], heading: ['黑体'], latin: 'Times New Roman' },
    sizes: { title: 22, body: 16, heading: 16, note: 12 },
    lineSpacing: 28,
    articleHeadings: 'asWritten',
    footer: '— {page} —',
  });
});

test('style: each font is the first installed candidate, the first candidate when none is or nothing is known', () => {
  const style = mergeStyle({ fonts: { title: ['甲', '乙', '丙'], body: ['丁', '戊'], heading: ['己', '庚'], latin: 'Arial' } }).style;
  const fonts = (installed?: Set<string>) => resolveFonts(style, installed).fonts;
  assert.deepEqual(fonts(), { title: '甲', body: '丁', heading: '己', latin: 'Arial' });
  assert.deepEqual(fonts(new Set(['丙', '乙', '戊', '庚'])), { title: '乙', body: '戊', heading: '庚', latin: 'Arial' });
  assert.deepEqual(fonts(new Set()), { title: '甲', body: '丁', heading: '己', latin: 'Arial' });
  assert.deepEqual({ ...resolveFonts(style, new Set(['丙'])), fonts: undefined }, { ...style, fonts: undefined });
});

// ---------------------------------------------------------------------------- 修改对照表 (.docx)

const OLD_LAW = `# 中华人民共和国测试法

第一条　为了规范测试工作，制定本法。

第二条　国家鼓励开展测试研究。

第三条　本法自公布之日起施行。
`;
const NEW_LAW = OLD_LAW.replace('国家鼓励开展测试研究。', '国家支持开展测试研究。').replace('第三条　本法', '第二条之一　测试机构应当依法登记。\n\n第三条　本法');

/** A cell paragraph's runs as text, removed words `[-…-]`, added words `{+…+}`; and the distinct run formats it uses. */
function markedText(p: XmlElement): { text: string; formats: string[] } {
  const formats = new Set<string>();
  let text = '';
  for (const r of docxParagraph(p).runs) {
    const [format, ...rest] = r.split(': ');
    const t = rest.join(': ');
    formats.add(format);
    text += format.endsWith(' strike') ? `[-${t}-]` : format.endsWith(' b u') ? `{+${t}+}` : t;
  }
  return { text, formats: [...formats].sort() };
}

test('comparison docx: the title, the three-column table (widths, borders, header row), each cell’s paragraphs and marks, the page', async () => {
  const buffer = await comparisonDocx(compareVersions(OLD_LAW, NEW_LAW));
  const { document, footer, core } = await docxParts(buffer);
  const body = elementNamed(document, 'w:body');
  const top = body.children as XmlElement[];
  assert.deepEqual(top.map((e) => e.name), ['w:p', 'w:tbl', 'w:sectPr']);
  assert.deepEqual(docxParagraph(top[0]), { props: P('jc(val=center) spacing(after=560,line=660,lineRule=exact)'), runs: ['方正小标宋简体/Times New Roman 44: 《中华人民共和国测试法》修改对照表'] });
  const table = top[1];
  // 156 mm of text width: 8 845 twips, 42 % + 42 % + the rest.
  assert.equal(elementNamed(table, 'w:tblW').attrs['w:w'], '8845');
  assert.equal(elementNamed(table, 'w:tblLayout').attrs['w:type'], 'fixed');
  assert.deepEqual(elementsNamed(table, 'w:gridCol').map((g) => g.attrs['w:w']), ['3715', '3715', '1415']);
  assert.deepEqual(
    (elementNamed(table, 'w:tblBorders').children as XmlElement[]).map((b) => `${b.name}=${b.attrs['w:val']}/${b.attrs['w:sz']}/${b.attrs['w:color']}`),
    ['w:top=single/4/000000', 'w:left=single/4/000000', 'w:bottom=single/4/000000', 'w:right=single/4/000000', 'w:insideH=single/4/000000', 'w:insideV=single/4/000000'],
  );
  const rows = elementsNamed(table, 'w:tr');
  assert.deepEqual(
    rows.map((r) => elementsNamed(r, 'w:trPr').flatMap((p) => (p.children as XmlElement[]).filter((c) => !['false', '0', 'off'].includes(c.attrs['w:val'])).map((c) => c.name))),
    [['w:cantSplit', 'w:tblHeader'], [], []],
  );
  const SP = 'spacing(line=420,lineRule=exact)';
  const cells = rows.map((r) =>
    elementsNamed(r, 'w:tc').map((tc) => {
      const mar = elementNamed(tc, 'w:tcMar');
      return {
        width: elementNamed(tc, 'w:tcW').attrs['w:w'],
        margins: (mar.children as XmlElement[]).map((m) => `${m.name}=${m.attrs['w:w']}`).join(' '),
        paras: elementsNamed(tc, 'w:p').map((p) => ({ props: docxParagraph(p).props, ...markedText(p) })),
      };
    }),
  );
  const M = 'w:top=60 w:left=100 w:bottom=60 w:right=100';
  const HEADER = (t: string, w: string) => ({ width: w, margins: M, paras: [{ props: P(`jc(val=center) ${SP}`), text: t, formats: ['黑体/Times New Roman 28 b'] }] });
  const PLAIN = '仿宋_GB2312/Times New Roman 28';
  const cell = (w: string, ...paras: Array<[string, string[]]>) => ({ width: w, margins: M, paras: paras.map(([text, formats]) => ({ props: P(`jc(val=both) ${SP}`), text, formats })) });
  assert.deepEqual(cells, [
    [HEADER('原条文', '3715'), HEADER('修改后条文', '3715'), HEADER('说明', '1415')],
    [cell('3715', ['第二条\u3000国家[-鼓励-]开展测试研究。', [PLAIN, `${PLAIN} strike`]]), cell('3715', ['第二条\u3000国家{+支持+}开展测试研究。', [PLAIN, `${PLAIN} b u`]]), cell('1415', ['内容修改', [PLAIN]])],
    [cell('3715', ['', []]), cell('3715', ['第二条之一\u3000测试机构应当依法登记。', [PLAIN]]), cell('1415', ['新增', [PLAIN]])],
  ]);
  // The page as the treaty's: A4, the house margins, the page number in the footer.
  const sect = elementNamed(body, 'w:sectPr');
  assert.deepEqual(elementNamed(sect, 'w:pgSz').attrs, { 'w:w': '11907', 'w:h': '16840', 'w:orient': 'portrait' });
  const mar = elementNamed(sect, 'w:pgMar').attrs;
  assert.deepEqual([mar['w:top'], mar['w:bottom'], mar['w:left'], mar['w:right'], mar['w:footer']], ['2098', '1985', '1588', '1474', '1134']);
  assert.deepEqual(elementsNamed(footer, 'w:t').map(textOf), ['— ', ' —']);
  assert.match(core, /<dc:title>中华人民共和国测试法修改对照表<\/dc:title>/);
  // The default run: the body font at 14 pt.
  const styles = readXml(await (await JSZip.loadAsync(buffer)).file('word/styles.xml')!.async('string'));
  const defaults = elementNamed(elementNamed(styles, 'w:docDefaults'), 'w:rPrDefault');
  assert.deepEqual([elementNamed(defaults, 'w:rFonts').attrs['w:eastAsia'], elementNamed(defaults, 'w:sz').attrs['w:val']], ['仿宋_GB2312', '28']);
});

test('comparison docx: texts with the same articles get a sentence, no table; the title is the old text’s when the new one has none, none when neither has one', async () => {
  const same = await docxParts(await comparisonDocx(compareVersions(OLD_LAW, OLD_LAW)));
  const top = elementNamed(same.document, 'w:body').children as XmlElement[];
  assert.deepEqual(top.map((e) => e.name), ['w:p', 'w:p', 'w:sectPr']);
  assert.deepEqual(docxParagraph(top[1]), { props: 'spacing(line=420,lineRule=exact)', runs: ['仿宋_GB2312/Times New Roman 28: 两个文本的条文相同。'] });
  const untitled = NEW_LAW.replace('# 中华人民共和国测试法\n\n', '');
  const oldTitle = await docxParts(await comparisonDocx(compareVersions(OLD_LAW, untitled)));
  assert.equal(textOf(elementNamed(oldTitle.document, 'w:p')), '《中华人民共和国测试法》修改对照表');
  const none = await docxParts(await comparisonDocx(compareVersions(OLD_LAW.replace('# 中华人民共和国测试法\n\n', ''), untitled)));
  assert.equal(textOf(elementNamed(none.document, 'w:p')), '修改对照表');
  assert.match(none.core, /<dc:title>修改对照表<\/dc:title>/);
  // A body smaller than 14 pt is kept.
  const small = await docxParts(await comparisonDocx(compareVersions(OLD_LAW, OLD_LAW), {}, { ...resolveFonts(DEFAULT_STYLE), sizes: { ...DEFAULT_STYLE.sizes, body: 12 } }));
  assert.deepEqual(docxParagraph((elementNamed(small.document, 'w:body').children as XmlElement[])[1]).runs, ['仿宋_GB2312/Times New Roman 24: 两个文本的条文相同。']);
});

test('docx: a law’s record of adoption centred under its title, in the body’s font', async () => {
  const style = resolveFonts(DEFAULT_STYLE, new Set(['黑体', '仿宋']));
  const law = '# 中华人民共和国甲法\n\n（2012年6月30日第十一届全国人民代表大会常务委员会第二十七次会议通过）\n\n第一条　为了规范甲事务，制定本法。\n';
  const { document } = await docxParts(await toDocx(buildTreaty(law), style));
  const paras = elementsNamed(elementNamed(document, 'w:body'), 'w:p').map(docxParagraph);
  assert.deepEqual(paras[1], { props: P(`jc(val=center) ${SPACING}`), runs: [`${BODY}: （2012年6月30日第十一届全国人民代表大会常务委员会第二十七次会议通过）`] });
});

// A bilingual page writes an English label before the Chinese one (`## Article I 第一条`, the New York Convention's):
// the parser starts the heading's content at 第一条, and the .docx printed 第一条 alone (session 39's review). A page's
// bullet before a law-style article (`•   第一条 为了…`) is its text too, in the bold label.
test('an article heading with words before its label: every word printed, the heading marks not', () => {
  const text = '# 甲乙引渡条约\n\n甲国和乙国（以下简称“双方”）达成协议如下：\n\n## Article I 第一条\n\n双方承担引渡义务。\n\nArticle II第二条\n\n双方合作。\n';
  const shown = layoutOf(buildTreaty(text)).pieces.filter((p) => p.kind === 'article').map((p) => p.text);
  assert.deepEqual(shown, ['Article I 第一条', 'Article II第二条']);
  const law = '# 甲办法\n\n•   第一条 为了规范甲事务，制定本办法。\n\n•   第二条 本办法自公布之日起施行。\n';
  const labels = layoutOf(buildTreaty(law)).pieces.filter((p) => p.label !== undefined).map((p) => `${p.label}|${p.gap}|${p.text}`);
  assert.deepEqual(labels, ['•   第一条| |为了规范甲事务，制定本办法。', '•   第二条| |本办法自公布之日起施行。']);
});
