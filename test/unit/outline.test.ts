// The outline of every seed, against its expected outline in test/fixtures/outlines/,
// and outlines of small fixtures for each layout the format allows.
import { test } from 'node:test';
import { textContext } from '../../server/src/features/context';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { buildTreaty } from '../../server/src/model/treaty';
import { ARTICLE_SYMBOL_KIND, documentSymbols } from '../../server/src/features/documentSymbols';
import { foldingRanges } from '../../server/src/features/foldingRanges';
import { outlineText } from '../support/outline';
import { ROOT, seeds } from '../support/fixture';

const ARTICLES: Record<string, number> = { '000': 12, '001': 10, '002': 19, '003': 14, '004': 26 };

for (const [id, seed] of seeds()) {
  test(`seed ${id}: outline matches test/fixtures/outlines/${id}.outline`, () => {
    const expected = fs.readFileSync(path.join(ROOT, `test/fixtures/outlines/${id}.outline`), 'utf8');
    assert.equal(outlineText(documentSymbols(textContext(seed.text))), expected);
  });

  test(`seed ${id}: ${ARTICLES[id]} top-level units in order, inside the title`, () => {
    const [title, ...rest] = documentSymbols(textContext(seed.text));
    assert.equal(rest.length, 0, 'one root: the title');
    const units = title.children!.filter((s) => s.kind === ARTICLE_SYMBOL_KIND);
    assert.equal(units.length, ARTICLES[id]);
    const expectedNames = Array.from({ length: ARTICLES[id] }, (_, i) => {
      const n = '一二三四五六七八九十'.split('');
      const cn = i < 10 ? n[i] : i < 19 ? '十' + (i === 9 ? '' : n[i - 10]) : n[Math.floor((i + 1) / 10) - 1] + '十' + ((i + 1) % 10 ? n[((i + 1) % 10) - 1] : '');
      const name = i + 1 === 10 ? '十' : cn;
      return id === '003' ? `${name}、` : `第${name}条`;
    });
    assert.deepEqual(units.map((u) => u.name), expectedNames);
    // Preamble first, signing and signatures last.
    const kinds = title.children!.map((s) => s.kind);
    assert.equal(kinds[0], 2 /* Module: preamble */);
    assert.ok(kinds.includes(24 /* Event: signing */), 'has a signing clause');
    assert.ok(kinds.includes(23 /* Struct: signatures */), 'has a signature block');
  });

  test(`seed ${id}: every article folds`, () => {
    const treaty = buildTreaty(seed.text);
    const folds = foldingRanges(textContext(treaty.text));
    const startLines = new Set(folds.map((f) => f.startLine));
    const lineOf = (offset: number) => seed.text.slice(0, offset).split('\n').length - 1;
    for (const a of treaty.articles) {
      const multiline = /\n\s*\S/.test(seed.text.slice(a.start, a.end).trimEnd());
      if (multiline) assert.ok(startLines.has(lineOf(a.start)), `${a.name} folds`);
    }
    for (const f of folds) assert.ok(f.endLine > f.startLine);
  });
}

/** Outline fixtures: source text → expected outline (kinds and names only). */
const CASES: { name: string; text: string; outline: string }[] = [
  {
    name: 'law layout: chapters, inline article bodies, 之一, Arabic numbers',
    text: [
      '# 中华人民共和国测试法',
      '',
      '## 第一章　总则',
      '',
      '第一条　为了规范测试，制定本法。',
      '',
      '第二条　本法适用于测试。',
      '　　测试应当公正。',
      '',
      '## 第二章　附则',
      '',
      '第十条之一　前款规定的事项，另行规定。',
      '',
      '第 102 条　本法自公布之日起施行。',
      '',
    ].join('\n'),
    outline: `title 中华人民共和国测试法
  chapter 第一章
    article 第一条
  chapter 第二章
    article 第十条之一
    article 第102条
`.replace(/\n  chapter 第二章/, '\n    article 第二条\n      paragraph 第一款\n      paragraph 第二款\n  chapter 第二章'),
  },
  {
    name: 'a 第…条 in running text is a reference, not an article',
    text: '# 测试协定\n\n## 第一条\n\n双方同意。\n\n第二条规定的事项，由双方协商解决。\n\n## 第二条\n\n本协定第一条适用。\n',
    outline: 'title 测试协定\n  article 第一条\n    paragraph 第一款\n    paragraph 第二款\n  article 第二条\n',
  },
  {
    name: 'a page break and a footnote inside a sentence keep one paragraph',
    text: '# 测试协议\n\n## 第一条\n\n双方开展合作，致力于把国界建成和平、\n\n---\n\n<sup>\\*</sup> 编者注。\n\n安宁和友好的边界。\n\n## 第二条\n\n双方同意。\n',
    outline: 'title 测试协议\n  article 第一条\n  article 第二条\n',
  },
  {
    name: 'items (一) and （一） and 1. inside paragraphs; list paragraphs - 一、',
    text: '# 测试条约\n\n第一条\n\n双方在以下方面合作：\n\n(一) 交换信息；\n\n（二）联合演练。\n\n第二条\n\n- 一、本条约需经批准。\n- 二、本条约无限期有效。\n',
    outline: 'title 测试条约\n  article 第一条\n    paragraph 第一款\n      item (一)\n      item （二）\n  article 第二条\n    paragraph 一、\n    paragraph 二、\n',
  },
  {
    name: 'spacing variants name articles canonically',
    text: '# 测试条约\n\n## 第 一 条\n\n甲。\n\n#### 第十 一条\n\n乙。\n\n### 第十二 条\n\n丙。\n',
    outline: 'title 测试条约\n  article 第一条\n  article 第十一条\n  article 第十二条\n',
  },
  {
    name: 'signing clause and signature block after the last article',
    text: '# 测试协定\n\n## 第一条\n\n本协定自签字之日起生效。\n\n本协定于2020年1月1日在北京签署，一式两份，每份均用中文和俄文写成，两种文本同等作准。\n\n甲国代表\n\n乙国代表\n',
    outline: 'title 测试协定\n  article 第一条\n  signing 签署\n  signatures 签字\n',
  },
  {
    name: 'an annex after the signature block, introduced by 附件： with its colon',
    text: '# 测试协定\n\n## 第一条\n\n本协定自签字之日起生效。\n\n本协定于2020年1月1日在北京签署，一式两份。\n\n甲国代表\n\n乙国代表\n\n附件：\n\n甲国来照。\n',
    outline: 'title 测试协定\n  article 第一条\n  signing 签署\n  signatures 签字\n  part 附件：\n',
  },
  {
    name: 'an exchange of notes attached after the signatures by 附: (a database\'s layout)',
    text: '测试协议\n\n第一条\n\n本协议自签字之日起生效。\n\n本协议于一九八0年六月十四日在北京签订,共两份。\n甲国政府 乙国政府\n(签字) (签字)\n附: 关于设立代表处的\n协议的有关问题的换文\n(一)对方来文\n阁下:\n一、甲。\n',
    outline: 'title 测试协议\n  article 第一条\n  signing 签署\n  signatures 签字\n  part 附: 关于设立代表处的\n',
  },
  {
    name: 'a PDF line break before 附件 inside a sentence (附件,…) opens no annex: the article keeps its paragraphs',
    text: '# 测试条约\n\n第一条\n\n双方同意：\n\n一、本条第一款所述的议定书和地图，经双方签字后，即成为本条约的\n附件,联合委员会绘制的地图将代替本\n条约所附的地图。\n\n二、上述议定书签字后，委员会的任务即告终止。\n',
    outline: 'title 测试条约\n  article 第一条\n    paragraph 一、\n    paragraph 二、\n',
  },
  {
    name: 'no title, no articles: nothing to outline but what is there',
    text: '这是一段普通的文字。\n\n另一段。\n',
    outline: 'part 序言\n',
  },
];

const strip = (o: string) => o.replace(/ L\d+-\d+$/gm, '');

for (const c of CASES) {
  test(`outline: ${c.name}`, () => {
    assert.equal(strip(outlineText(documentSymbols(textContext(c.text)))), c.outline);
  });
}

test('article detail is its caption, or the first words of its text', () => {
  const t = buildTreaty('# 测试法\n\n第一条　宗旨\n\n为了测试，制定本法。\n\n## 第二条\n\n双方开展边防合作，致力于把中哈国界建成和平的边界。\n');
  assert.deepEqual(t.articles.map((a) => a.summary), ['宗旨', '双方开展边防合作，致力于把中哈国界建成和平的边界']); // 24 characters: no ellipsis
});

test('selectionRange is the heading label, range the whole unit', () => {
  const text = '# 测试协定\n\n## 第 一 条\n\n甲。\n\n乙。\n\n## 第二条\n\n丙。\n';
  const [title] = documentSymbols(textContext(text));
  const first = title.children![0];
  assert.deepEqual(first.selectionRange, { start: { line: 2, character: 3 }, end: { line: 2, character: 8 } });
  assert.deepEqual(first.range, { start: { line: 2, character: 0 }, end: { line: 6, character: 2 } });
});

test('selection ranges grow from the clause to the sentence, the line, the item, paragraph, article and document', async () => {
  const { selectionRanges } = await import('../../server/src/features/selectionRanges.js');
  const text = '# 测试协定\n\n## 第二条\n\n双方在以下方面合作：\n\n（一）交换信息；\n\n（二）联合演练。\n\n## 第三条\n\n丙。\n';
  const [r] = selectionRanges(textContext(text), [text.indexOf('联合演练')]);
  const lines: string[] = [];
  for (let s: typeof r | undefined = r; s; s = s.parent) lines.push(`${s.range.start.line}-${s.range.end.line}`);
  assert.deepEqual(lines, ['8-8', '8-8', '8-8', '4-8', '2-8', '0-12']); // the clause, the sentence and the item (one line), paragraph with its lead-in, article, document
});
