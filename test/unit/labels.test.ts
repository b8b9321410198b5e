import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classify } from '../../server/src/syntax/lines';
import { buildTreaty } from '../../server/src/model/treaty';
import { diagnostics } from '../../server/src/features/diagnostics';
import { textContext } from '../../server/src/features/context';
import { documentSymbols } from '../../server/src/features/documentSymbols';
import { DocumentSymbol } from 'vscode-languageserver-types';

// The labels a line opens with, as the lexer reads them (articleAt, paraAt, arabicItemAt in
// syntax/lines.ts): where each part may have spaces and how many, how many numerals, what may follow.
// [line, kind, label as written, number, number after 之]
const LABELS: [string, string, string | undefined, number | undefined, number | undefined][] = [
  ['第 十 一 条 之 一　宗旨', 'article', '第 十 一 条 之 一', 11, 1],
  ['第十條　定義', 'article', '第十條', 10, undefined],
  ['笫五十四条', 'article', '笫五十四条', 54, undefined],
  ['第\u3000\u3000\u3000一条', 'article', '第\u3000\u3000\u3000一条', 1, undefined],
  ['第    一条', 'text', undefined, undefined, undefined],
  ['第一二三四五六七八九十一二条', 'article', '第一二三四五六七八九十一二条', undefined, undefined],
  ['第一二三四五六七八九十一二三条', 'text', undefined, undefined, undefined],
  ['第十条  之一', 'article', '第十条  之一', 10, 1],
  ['第十条    之一', 'article', '第十条', 10, undefined],
  ['第十条之一二三四五', 'text', undefined, undefined, undefined],
  ['第十条规定的', 'text', undefined, undefined, undefined],
  // What a copy from a web page or a PDF leaves unseen in a label: a zero-width space, a word joiner, a soft hyphen.
  ['第二\u200b条　可引渡的犯罪', 'article', '第二\u200b条', 2, undefined],
  ['第\u2060十\u00ad一条', 'article', '第\u2060十\u00ad一条', 11, undefined],
  ['\u200b第三条', 'article', '第三条', 3, undefined],
  ['第十条之\u200b一', 'article', '第十条之\u200b一', 10, 1],
  // A PDF's text (pdftotext) opens each page with a form feed, glued before its first line; Word's manual line break is a vertical tab.
  ['\f第三条　本协定自签字之日起生效。', 'article', '第三条', 3, undefined],
  ['\f\u3000\u3000第四章　附则', 'chapter', '第四章', 4, undefined],
  ['第五条\v双方合作。', 'article', '第五条', 5, undefined],
  // A `、` between the label and its text (a page's, a template's), not before a reference going on from it.
  ['第一条、双方同意互相引渡。', 'article', '第一条', 1, undefined],
  ['第一章、总则', 'chapter', '第一章', 1, undefined],
  ['第一条、第二条规定的情形除外。', 'text', undefined, undefined, undefined],
  ['第三条、四条和第五条规定的', 'text', undefined, undefined, undefined],
  // An annex named by its number goes on the list (a sentence broken before its reference, as a PDF's copy breaks it); an annex article's caption does not.
  ['第一条、附件二所列程序开展合作。', 'text', undefined, undefined, undefined],
  ['第五条、附录 1规定的文件', 'text', undefined, undefined, undefined],
  ['第十条、附件 本协定的附件为本协定的组成部分。', 'article', '第十条', 10, undefined],
  // A quotation's `> ` is no bullet: an amending protocol quotes so the article it writes anew.
  ['> 第五条　本协定自签字之日起生效。', 'text', undefined, undefined, undefined],
  // The UN's Chinese–English texts glue the English article label before the Chinese one.
  ['Article I第一条', 'article', '第一条', 1, undefined],
  ['Article 12 第十二条　定义', 'article', '第十二条', 12, undefined],
  ['Article XIV第十四条', 'article', '第十四条', 14, undefined],
  ['Article I of the Convention第一条', 'text', undefined, undefined, undefined],
  ['Article II第二条规定的情形', 'text', undefined, undefined, undefined],
  ['Articles I第一条', 'text', undefined, undefined, undefined],
  ['一、总则', 'para', '一、', 1, undefined],
  ['十二**、正文', 'para', '十二**、', 12, undefined],
  ['三 ．正文', 'para', '三 ．', 3, undefined],
  ['一    、正文', 'text', undefined, undefined, undefined],
  ['一二三四五六七、正文', 'text', undefined, undefined, undefined],
  ['一.5倍', 'text', undefined, undefined, undefined],
  ['12、正文', 'item', '12、', 12, undefined],
  ['１２．正文', 'item', '１２．', 12, undefined],
  ['1.', 'item', '1.', 1, undefined],
  ['1234.正文', 'text', undefined, undefined, undefined],
  // Markdown's escape of a list marker (pandoc's docx → markdown writes a paragraph numbered 1. so): it shows `1.`.
  ['1\\. 双方在经贸领域合作。', 'item', '1\\.', 1, undefined],
  ['12\\.正文', 'item', '12\\.', 12, undefined],
  ['1\\.5倍', 'text', undefined, undefined, undefined],
  ['1\\、正文', 'text', undefined, undefined, undefined],
  ['1.5倍', 'text', undefined, undefined, undefined],
];

for (const [line, kind, label, num, sub] of LABELS) {
  test(`label of ${JSON.stringify(line)}: ${kind} ${label ?? ''}`, () => {
    const l = classify(line, 0, line.length, line.length);
    assert.deepEqual(
      { kind: l.kind, label: l.label && line.slice(l.label.start, l.label.end), num: l.num, sub: l.sub },
      { kind, label, num, sub },
    );
  });
}

test('a line holding only invisible characters a copy left (zero-width space, word joiner, soft hyphen; a PDF’s form feed) is blank', () => {
  for (const line of ['\u200b', '\u200b\u2060', ' \u00ad ', '\f', ' \f\v ']) assert.equal(classify(line, 0, line.length, line.length).kind, 'blank', JSON.stringify(line));
});

test('a treaty copied with a zero-width space in an article heading has all its articles, and no numbering gap', () => {
  const text = '# 中华人民共和国和甲国引渡条约\n\n第一条　引渡义务\n\n双方同意互相引渡。\n\n第二\u200b条　可引渡的犯罪\n\n依照本条约第一条的规定。\n\n第三条　生效\n\n本条约自互换批准书之日起生效。\n';
  const t = buildTreaty(text);
  assert.deepEqual(t.articles.map((a) => [a.name, a.caption]), [['第一条', '引渡义务'], ['第二条', '可引渡的犯罪'], ['第三条', '生效']]);
  assert.deepEqual(diagnostics(textContext(text)).filter((d) => String(d.code).startsWith('numbering')), []);
});

test('a treaty as pdftotext gives it, each page opening with a form feed, has all its articles and no false finding', () => {
  const text = '中华人民共和国政府和甲国政府经济合作协定\n\n中华人民共和国政府和甲国政府（以下简称“双方”），达成协议如下：\n\n第一条　双方发展经济合作。\n\n第二条　双方依照本协定第一条开展合作。\n\f第三条　本协定自签字之日起生效，有效期五年。\n\f\n本协定于2020年1月1日在北京签订，一式两份，每份均用中文和甲文写成，两种文本同等作准。\n';
  const t = buildTreaty(text);
  assert.deepEqual(t.articles.map((a) => [a.name, a.paragraphs.length]), [['第一条', 1], ['第二条', 1], ['第三条', 1]]);
  assert.deepEqual(diagnostics(textContext(text)).filter((d) => d.severity === 1 || d.severity === 2).map((d) => d.code), []);
});

test('a treaty converted from Word by pandoc, its numbered paragraphs escaped (1\\. 2\\.), reads as it shows: the outline names them 1. and 2.', () => {
  const text = '# 中华人民共和国和甲国合作协定\n\n中华人民共和国和甲国（以下简称“双方”），达成协议如下：\n\n**第一条**\n\n1\\. 双方在经贸领域合作。\n\n2\\. 双方在人文领域合作。\n\n**第二条**\n\n双方依照本协定第一条第二款交流。\n';
  const article = documentSymbols(textContext(text))[0].children!.find((s) => s.name === '第一条')!;
  assert.deepEqual(article.children!.map((s) => [s.name, s.detail]), [['1.', undefined], ['2.', '双方在人文领域合作']]);
});

test('a treaty exported to Word and converted back by pandoc (markdown and gfm) reads as its source: escaped note and numbered paragraphs, an editor’s note as a bullet, a grid table signature block', () => {
  const source = '# 中华人民共和国和甲国合作协定<sup>*</sup>\n\n中华人民共和国和甲国（以下简称“双方”），达成协议如下：\n\n## 第一条\n\n双方开展合作。\n\n<sup>*</sup> 2002年1月17日签订于北京并于同日生效。——编者注\n\n## 第二条\n\n双方在以下方面合作：\n\n1. 交换信息；\n\n2. 交流经验。\n\n## 第三条\n\n本协定自签字之日起生效，有效期五年。\n\n本协定于2002年1月17日在北京签署，一式两份，每份均用中文和甲文写成，两种文本同等作准。\n\n中华人民共和国代表　　甲国代表\n\n（签字）　　（签字）\n';
  const converted = '中华人民共和国和甲国合作协定^\\*^\n\n中华人民共和国和甲国(以下简称"双方"),达成协议如下:\n\n第一条\n\n双方开展合作。\n\n\\* 2002年1月17日签订于北京并于同日生效。------编者注\n\n第二条\n\n双方在以下方面合作：\n\n1\\. 交换信息；\n\n2\\.\n交流经验。\n\n第三条\n\n本协定自签字之日起生效，有效期五年。\n\n本协定于 2002 年 1 月 17\n日在北京签署，一式两份，每份均用中文和甲文写成，两种文本同等作准。\n\n+-------------------+-------------------+\n| 中华人民共和国代表 | 甲国代表          |\n|                   |                   |\n| （签字）          | （签字）          |\n+-------------------+-------------------+\n';
  type Shape = [string, Shape[]];
  const tree = (s: DocumentSymbol): Shape => [s.name, (s.children ?? []).map(tree)];
  const shape = (text: string) => documentSymbols(textContext(text))[0].children!.map(tree);
  // pandoc's plain text: the note a bullet, unescaped (\`* 2002年…——编者注\`), signed as an editor's note.
  const plain = converted.replace('\\* 2002', '* 2002').replace('------编者注', '——编者注');
  // The same in traditional characters, signed in brackets (`（編者註）`).
  const traditional = plain.replace('——编者注', '（編者註）');
  // The chapeau's paragraph holds the two items.
  assert.deepEqual(shape(source), [['序言', []], ['第一条', []], ['第二条', [['第一款', [['1.', []], ['2.', []]]]]], ['第三条', []], ['签署', []], ['签字', []]]);
  assert.deepEqual(shape(converted), shape(source));
  assert.deepEqual(shape(plain), shape(source));
  assert.deepEqual(shape(traditional), shape(source));
  // The title without its note's mark, `<sup>*</sup>` or pandoc's superscript `^\\*^`.
  assert.deepEqual([documentSymbols(textContext(converted))[0].name, documentSymbols(textContext(source))[0].name], ['中华人民共和国和甲国合作协定', '中华人民共和国和甲国合作协定']);
  // The signature block shows its first row, not the table's rule.
  const signatures = documentSymbols(textContext(converted))[0].children!.find((s) => s.name === '签字')!;
  assert.ok(signatures.detail!.startsWith('| 中华人民共和国代表 | 甲国代表'), signatures.detail);
});

test('a UN convention in its Chinese–English text (each line the English, then the Chinese): its title and articles are the Chinese ones', () => {
  const text = 'Convention on the Recognition of Awards\n承认及执行外国仲裁裁决公约\nArticle I第一条\n1. This Convention shall apply to awards.1.本公约适用于仲裁裁决。\n2. The term "arbitral awards" shall include awards.2.“仲裁裁决”包括常设仲裁机构的裁决。\nArticle II第二条\nEach Contracting State shall recognize an agreement.每一缔约国应承认依照第一条第二款的协议。\n';
  const t = buildTreaty(text);
  assert.ok(t.isTreaty);
  assert.deepEqual(t.articles.map((a) => [a.name, a.paragraphs.length]), [['第一条', 2], ['第二条', 1]]);
  const kyoto = 'Kyoto Protocol to the United Nations Framework Convention on Climate Change《联合国气候变化框架公约》京都议定书\nThe Parties to this Protocol,本议定书缔约方,\nHave agreed as follows:兹协议如下:\nArticle I第一条\nFor the purposes of this Protocol, the definitions shall apply.为本议定书之目的,应适用定义。\n';
  const k = buildTreaty(kyoto);
  assert.deepEqual([k.title?.text, k.kind, k.articles.map((a) => a.name)], ['《联合国气候变化框架公约》京都议定书', '议定书', ['第一条']]);
});

test('a final clause captioned by its topics between semicolons (签字；语言；保存人的职责, WIPO and the UN): the caption, its (1) (2) the paragraphs', () => {
  const body = '\n(1)(a)本议定书以法文、英文和西班牙文签署一份。\n(b)本议定书的其他正式文本以中文制定。\n(2)本议定书开放签字。\n(3)总干事将本议定书登记。\n';
  for (const [caption, want] of [
    ['签字；语言；保存人的职责', '签字；语言；保存人的职责'],
    ['簽字;語言;存放人的職責', '簽字;語言;存放人的職責'],
  ]) {
    const text = `# 商标国际注册马德里协定有关议定书\n\n第十六条\n${caption}${body}`;
    const t = buildTreaty(text);
    assert.deepEqual(t.articles.map((a) => [a.name, a.caption, a.paragraphs.length]), [['第十六条', want, 3]], caption);
    assert.deepEqual(diagnostics(textContext(text)).filter((d) => d.severity === 1 || d.severity === 2).map((d) => d.code), [], caption);
  }
  // A sentence with a semicolon is no caption, nor are topics too long to be one.
  for (const line of ['双方合作；互相协助', '本议定书开放签字；', '缔约各方应当相互通知；缔约各方应当相互协商']) {
    const t = buildTreaty(`# 某议定书\n\n第十六条\n${line}\n(1)本议定书开放签字。\n`);
    assert.equal(t.articles[0].caption, undefined, line);
  }
});
