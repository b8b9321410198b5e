// Texts as drafters paste them from a PDF: hard line breaks mid-sentence and mid-word, page
// numbers (`- 2 -`, `—2—`, `第 2 页`, `·2·`, `2 / 10`) and running headers (the title repeated
// at each page top, a short header beside each page number). The fixtures are in
// test/fixtures/pasted/ (see its README); each expected reading below was written by reading
// the text. The properties check the rule on every correct treaty under test/fixtures: wrapped
// at a PDF's width, with page furniture put between its lines, it reads the same, and its tree
// stays lossless.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { DiagnosticSeverity, DocumentSymbol } from 'vscode-languageserver-types';
import { buildTreaty, Treaty } from '../../server/src/model/treaty';
import { referencesOf } from '../../server/src/model/references';
import { splitLines } from '../../server/src/syntax/lines';
import { parseTreaty } from '../../server/src/syntax/parser';
import { reparse } from '../../server/src/syntax/reparse';
import { Node } from '../../server/src/syntax/tree';
import { textContext } from '../../server/src/features/context';
import { documentSymbols } from '../../server/src/features/documentSymbols';
import { diagnostics } from '../../server/src/features/diagnostics';
import { nameParts } from '../../server/src/index/workspace';
import { languageCode } from '../../server/src/syntax/words';
import { ROOT } from '../support/fixture';
import { FURNITURE, wrap } from '../support/pasted';

const DIR = path.join(ROOT, 'test/fixtures/pasted');
const read = (name: string) => fs.readFileSync(path.join(DIR, name), 'utf8');

/** What a reader sees: articles with their paragraphs' item counts, terms, the signing clause, references. */
function reading(t: Treaty) {
  return {
    title: t.title?.text,
    articles: t.articles.map((a) => `${a.name} ${a.paragraphs.map((p) => p.items.length).join(',')}`),
    definitions: t.definitions.map((d) => `${d.term}=${d.meaning}`),
    signing: t.signing && {
      date: t.signing.date && [t.signing.date.year, t.signing.date.month, t.signing.date.day],
      place: t.signing.place, copies: t.signing.copies, languages: t.signing.languages, codes: t.signing.languageCodes,
    },
    references: referencesOf(t).flatMap((r) =>
      r.kind === 'article' ? [`${seen(t, r.start, r.end)} → ${r.citation ? `《${r.citation.normalized}》` : ''}${JSON.stringify(r.target)}${r.uncertain ? '?' : ''}`]
        : r.kind === 'citation' ? [`《${r.citation.normalized}》${r.citation.date ? ` ${r.citation.date.year}-${r.citation.date.month}-${r.citation.date.day}` : ''}`] : []),
  };
}

/** The text of a span as a reader sees it: its lines' contents, page furniture and line breaks left out. */
function seen(t: Treaty, start: number, end: number): string {
  return t.tree.lines.filter((l) => l.kind !== 'break' && l.contentStart < end && l.contentEnd > start)
    .map((l) => t.text.slice(Math.max(start, l.contentStart), Math.min(end, l.contentEnd))).join('').replace(/\s+/g, '');
}

/** Errors and warnings (information and hints are not claims of a mistake). */
function complaints(text: string): string[] {
  return diagnostics(textContext(text)).filter((d) => d.severity === DiagnosticSeverity.Error || d.severity === DiagnosticSeverity.Warning).map((d) => `${d.code}: ${d.message}`);
}

function outline(text: string): string[] {
  const walk = (s: DocumentSymbol[], depth: number): string[] => s.flatMap((x) => [`${'  '.repeat(depth)}${x.name}`, ...walk(x.children ?? [], depth + 1)]);
  return walk(documentSymbols(textContext(text)), 0);
}

test('pasted: the 2004 China–Mongolia ports agreement as pasted from a PDF (the probe of issue #9)', () => {
  const text = read('ports_mongolia_2004.md');
  assert.deepEqual(reading(buildTreaty(text)), {
    title: '中华人民共和国政府和蒙古国政府关于边境口岸及其管理制度的协定',
    articles: ['第一条 0', '第二条 2', '第三条 0', '第四条 0'],
    definitions: ['双方=中华人民共和国政府和蒙古国政府'],
    signing: { date: [2004, 6, 10], place: '乌兰巴托', copies: 2, languages: ['中文', '蒙文'], codes: ['zh', 'mn'] },
    references: ['本协定第二条 → {"num":2}'],
  });
  assert.deepEqual(complaints(text), []);
});

test('pasted: a PDF with page numbers of five forms, the title repeated at a page top, breaks inside references, a citation, a date and the languages', () => {
  const text = read('ports_vietnam_pdf.md');
  assert.deepEqual(reading(buildTreaty(text)), {
    title: '中华人民共和国政府和越南社会主义共和国政府关于边境口岸及其管理制度的协定',
    // 第二条: the chapeau with its items, then `本条所列…`; 第三条: a sentence over `·3·`, then a new one;
    // 第四条: a sentence over `2 / 10` after `，`; 第七条: one paragraph over two hard breaks.
    articles: ['第一条 0', '第二条 2,0', '第三条 0,0', '第四条 0', '第五条 0', '第六条 0', '第七条 0'],
    definitions: ['双方=中华人民共和国政府和越南社会主义共和国政府'],
    signing: { date: [2004, 11, 8], place: '河内', copies: 2, languages: ['中文', '越南文'], codes: ['zh', 'vi'] },
    references: [
      '《中华人民共和国和越南社会主义共和国陆地边界条约》 1999-12-30',
      '本条 → {"num":2}',
      '本协定第六条 → {"num":6}',
      '本协定第二条 → {"num":2}',
      '本协定第三条 → {"num":3}',
      '第四条 → {"num":4}',
      '本协定第二条第一款第（二）项 → {"num":2,"paragraph":1,"item":2}',
    ],
  });
  // The running header is no sub-heading, the page numbers no paragraphs: the outline is the articles.
  assert.deepEqual(outline(text), [
    '中华人民共和国政府和越南社会主义共和国政府关于边境口岸及其管理制度的协定', '  序言', '  第一条',
    '  第二条', '    第一款', '      （一）', '      （二）', '    第二款',
    '  第三条', '    第一款', '    第二款', '  第四条', '  第五条', '  第六条', '  第七条', '  签署', '  签字',
  ]);
  assert.deepEqual(complaints(text), []);
});

test('pasted: a short running header beside each page number is page furniture, not a sub-heading; a sentence after `，` runs over the page break', () => {
  const text = read('ports_laos_headers.md');
  const t = buildTreaty(text);
  assert.deepEqual(reading(t), {
    title: '中华人民共和国政府和老挝人民民主共和国政府关于边境口岸及其管理制度的协定',
    articles: ['第一条 0', '第二条 0,0', '第三条 0', '第四条 0'],
    definitions: ['双方=中华人民共和国政府和老挝人民民主共和国政府'],
    signing: { date: [2004, 11, 22], place: '万象', copies: 2, languages: ['中文', '老挝文'], codes: ['zh', 'lo'] },
    references: ['本协定第一条 → {"num":1}'],
  });
  assert.deepEqual(outline(text), [
    '中华人民共和国政府和老挝人民民主共和国政府关于边境口岸及其管理制度的协定', '  序言', '  第一条',
    '  第二条', '    第一款', '    第二款', '  第三条', '  第四条', '  签署',
  ]);
  assert.deepEqual(complaints(text), []);
});

test('pasted: a line of text that stands once after a page number and once before another is no running header (a long title cited twice, wrapped alike)', () => {
  const text = '# 甲国和乙国关于边防合作协议的补充议定书\n\n## 第一条\n\n本议定书所称边界代表，是指双方依照《中\n- 2 -\n华人民共和国国防部和吉尔吉斯共和国边防\n总局边防合作协议》任命的边界代表。\n\n## 第二条\n\n本议定书的有效期与《中\n华人民共和国国防部和吉尔吉斯共和国边防\n- 3 -\n总局边防合作协议》相同。\n';
  assert.deepEqual(reading(buildTreaty(text)).references, [
    '《中华人民共和国国防部和吉尔吉斯共和国边防总局边防合作协议》',
    '《中华人民共和国国防部和吉尔吉斯共和国边防总局边防合作协议》',
  ]);
});

test('pasted: a treaty kept in Word and converted to markdown by pandoc (markdown, gfm, plain) reads as its source: title, articles, items, term, signing clause, references, outline, no error or warning', () => {
  const source = fs.readFileSync(path.join(ROOT, 'test/fixtures/seeds/000_c6ff318dd0620b0f.md'), 'utf8');
  const want = reading(buildTreaty(source));
  // As read from the seed (its reading checked by the seeds' own tests): twelve articles, the items of 第二条, 第三条 and 第五条.
  assert.deepEqual(want.articles, ['第一条 0', '第二条 7', '第三条 3,0', '第四条 0', '第五条 8,0', '第六条 0,0,0', '第七条 0', '第八条 0', '第九条 0', '第十条 0', '第十一条 0', '第十二条 0']);
  for (const name of ['seed000_pandoc.md', 'seed000_pandoc_gfm.md', 'seed000_pandoc_plain.md']) {
    const text = read(name);
    assert.deepEqual(reading(buildTreaty(text)), want, name);
    assert.deepEqual(outline(text), outline(source), name);
    assert.deepEqual(complaints(text), [], name);
  }
});

test('pasted: a treaty and a joint statement as pdftotext -layout gives their PDF read as their sources: paragraphs whose sentence ends with a full line go on', () => {
  for (const [seed, name] of [['000_c6ff318dd0620b0f.md', 'seed000_pdftotext_layout.md'], ['003_0c5e915455323257.md', 'seed003_pdftotext_layout.md']]) {
    const source = fs.readFileSync(path.join(ROOT, 'test/fixtures/seeds', seed), 'utf8');
    const text = read(name);
    assert.deepEqual(reading(buildTreaty(text)).articles, reading(buildTreaty(source)).articles, name);
    // (The export sets a joint statement's date after its signatures: the two swap places in the outline.)
    const body = (t: string) => outline(t).slice(1).filter((l) => !/^ *(?:签署|签字)$/.test(l));
    assert.deepEqual(body(text), body(source), name);
    assert.deepEqual(complaints(text), [], name);
  }
  // As read from the seed: 第九条 is one paragraph, two sentences (the PDF ended the first with its line: `…进行补充。` / `如果议定书…`).
  assert.deepEqual(reading(buildTreaty(read('seed000_pdftotext_layout.md'))).articles[8], '第九条 0');
  const seed000 = reading(buildTreaty(fs.readFileSync(path.join(ROOT, 'test/fixtures/seeds/000_c6ff318dd0620b0f.md'), 'utf8')));
  assert.deepEqual({ ...reading(buildTreaty(read('seed000_pdftotext_layout.md'))), title: seed000.title }, seed000);
  // Left as read: the joint statement's line justified character by character (`…恪 守 1992 年 1 月 3 日 中 哈 建 交 联 合 公 报 、`)
  // holds a short title no longer read as one. The signing place is read where the news agency's remark wraps
  // (`1996 年 7 月 5 日于阿拉木图（新华社阿拉木图 7 月 5 日` / `电）`): the remark is no part of it.
  const seed003 = reading(buildTreaty(read('seed003_pdftotext_layout.md')));
  assert.equal(seed003.references.some((r) => r.includes('建交联合公报')), false);
  assert.deepEqual(seed003.signing, { date: [1996, 7, 5], place: '阿拉木图', copies: undefined, languages: [], codes: undefined });
});

test('pasted: in a text wrapped at a width with its first lines indented, a full line ending a sentence goes on; a short one, or a text not indented so, ends its paragraph', () => {
  const article = (lines: string[]) => `# 中华人民共和国和甲国合作协定\n\n第一条\n${lines.join('\n')}\n\n第二条\n  双方合作。\n`;
  const paragraphs = (text: string) => buildTreaty(text).articles[0].paragraphs.length;
  // Full lines: 27 characters wide (54 columns), the first indented by two spaces.
  const full = ['  双方同意在经济、贸易、科技、文化和教育等领域开展合作。', '双方将通过外交途径就本协定的解释和执行进行协商，以解决', '任何分歧。'];
  assert.equal(paragraphs(article(full)), 1);
  // The first line short of the width (its paragraph ended there), the next flush left: two paragraphs, as written.
  assert.equal(paragraphs(article(['  双方同意开展合作。', '双方将通过外交途径就本协定的解释和执行进行协商，以解决', '任何分歧。'])), 2);
  // No first line indented: a line ending a sentence ends its paragraph, however wide.
  assert.equal(paragraphs(article(full.map((l) => l.trimStart()))), 2);
});

test('pasted: in a text one paragraph a line, its first lines indented, a flush-left line under the widest line is a paragraph of its own: no other line is as wide, the text is not wrapped at a width', () => {
  // A page's copy, one paragraph a line indented by 　　; 第二条's second paragraph lost its indentation (its <p> had none).
  const text = [
    '中华人民共和国政府和斯里兰卡民主社会主义共和国政府农业合作谅解备忘录',
    '',
    '　　中华人民共和国政府和斯里兰卡民主社会主义共和国政府（以下简称“双方”），为加强两国在农业领域的合作，达成谅解如下：',
    '　　第一条　双方将在平等互利的基础上，在农业科研、技术交流、人员培训和农产品贸易等领域开展合作。',
    '　　第二条　双方同意成立农业合作联合工作组，负责制定合作计划，协调和监督本谅解备忘录的执行。工作组会议轮流在两国举行。',
    '双方同意，工作组的组成和工作程序由双方另行商定。',
    '　　第三条　本谅解备忘录自签字之日起生效，有效期五年。',
    '',
  ].join('\n');
  const t = buildTreaty(text);
  assert.deepEqual(
    t.articles.map((a) => [a.name, a.paragraphs.map((p) => text.slice(p.start, p.end).trim())]),
    [
      ['第一条', ['第一条　双方将在平等互利的基础上，在农业科研、技术交流、人员培训和农产品贸易等领域开展合作。']],
      ['第二条', ['第二条　双方同意成立农业合作联合工作组，负责制定合作计划，协调和监督本谅解备忘录的执行。工作组会议轮流在两国举行。', '双方同意，工作组的组成和工作程序由双方另行商定。']],
      ['第三条', ['第三条　本谅解备忘录自签字之日起生效，有效期五年。']],
    ],
  );
});

test('pasted: page furniture lines are page breaks; lines like them that are text are not', () => {
  const kinds = (lines: string[]) => lines.map((l) => `${l} ${splitLines(`${l}\n`)[0].kind}`);
  // `- 119.`: a gazette's page number as a transcription of its PDF ends it (wikisource's State Council Gazette pages).
  const furniture = ['- 2 -', '—2—', '– 12 –', '－２－', '·3·', '· 3 ·', '•4•', '2 / 10', '2/10', '第 2 页', '第2页', '第 2 页 共 10 页', '第2页，共10页', '共10页 第2页', 'Page 2', 'Page 2 of 10', '17', '- 119.', '— 119 .'];
  assert.deepEqual(kinds(furniture), furniture.map((l) => `${l} break`));
  const text = ['第二条', '第2条', '2004年', '1. 双方同意', '（2）', '第二页的内容如下：', '共同声明', '2/10/2004', '- 项目', 'Page', '119.', '- 1. 双方同意'];
  assert.deepEqual(kinds(text).map((k) => k.endsWith(' break')), text.map(() => false));
});

test('pasted: languages named in Chinese (and their foreign names) have codes; a file named 协定.vi.md is the Vietnamese text of 协定.md', () => {
  const names = ['蒙文', '蒙古文', '朝鲜文', '韩文', '日文', '越南文', '老挝文', '泰文', '缅甸文', '柬埔寨文', '乌兹别克文', '塔吉克文', '土库曼文', '白俄罗斯文',
    '乌克兰文', '德文', '葡萄牙文', '土耳其文', '波斯文', '印地文', '印度尼西亚文', '马来文', '阿塞拜疆文', '格鲁吉亚文', '亚美尼亚文', '普什图文', '乌尔都文',
    '尼泊尔文', '僧伽罗文', '希伯来文', '意大利文', '荷兰文', '波兰文', '捷克文', 'Mongolian', 'Vietnamese', 'вьетнамском', 'Lao', 'laotien', 'Khmer', 'Persian', 'урду'];
  assert.deepEqual(names.map((n) => languageCode(n) ?? '?').join(' '),
    'mn mn ko ko ja vi lo th my km uz tg tk be uk de pt tr fa hi id ms az ka hy ps ur ne si he it nl pl cs mn vi vi lo lo km fa ur');
  assert.deepEqual(['协定.vi.md', '协定.mn.md', '协定.lo.md', '协定.xx.md'].map((n) => nameParts(`file:///w/${encodeURIComponent(n)}`)),
    [{ dir: 'file:///w/', base: '协定', lang: 'vi' }, { dir: 'file:///w/', base: '协定', lang: 'mn' }, { dir: 'file:///w/', base: '协定', lang: 'lo' }, { dir: 'file:///w/', base: '协定.xx' }]);
});

// ---------------------------------------------------------------------------------------------
// Properties over every correct treaty under test/fixtures.

function fixtureTexts(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  for (const dir of ['seeds', 'unseen', 'drafts', 'real', 'pasted']) {
    const d = path.join(ROOT, 'test/fixtures', dir);
    for (const f of fs.readdirSync(d).sort()) if (/\.md$/.test(f) && f !== 'README.md') out.push({ name: `${dir}/${f}`, text: fs.readFileSync(path.join(d, f), 'utf8') });
  }
  return out;
}
const TREATIES = fixtureTexts().filter(({ text }) => buildTreaty(text).language === 'zh');

function leaves(n: Node, out: string[] = [], text = ''): string[] {
  if (n.type === 'line') out.push(text.slice(n.start, n.end));
  else for (const c of n.children) leaves(c, out, text);
  return out;
}


/**
 * Texts the wrap property reads otherwise wrapped than as written, on today's code, with why (run as `todo` below): the property
 * picks its texts by a fixed seed among the corpus's, so a text added elsewhere moves its picks onto others.
 */
const WRAP_KNOWN: Record<string, string> = {
  // Picked since session 58 (s58unseenA), whose eleven texts moved the picks; it read so on the base's code too.
  'real/agreement_cn_us_maritime_1980_tradesite_hant.md':
    'article 1\'s unnumbered second sentence of paragraph 一 (`“船舶”不應包括軍艦…`, set apart by blank lines between 一、 and 二、) goes on with 一、 ' +
    'as written (parser.ts numberedGoesOnApart: six lines of text at most between), but wrapped at 14 columns with a page\'s number between ' +
    'pages (the property\'s picks) it runs over more lines than that and is read as a paragraph of its own (4, not 3); the limit counts ' +
    'lines, which a width multiplies (this todo, wrapped with no page number, reads as written)',
  // Picked since session 64 (s64unseenB), whose nine texts moved the picks; it read so on the base's code too (a283ba12).
  'real/treaty_qing_jp_tumen_boundary_1909_wikisource.md':
    'article 2 (第二款) has two paragraphs as written, the lead ending with `:` and the ports indented three spaces on a line of their ' +
    'own (`   龙井村、局子街、头道沟、百草沟。`); wrapped at 14 columns the lead runs over lines broken by the width and the indented line ' +
    'is read as the wrap\'s continuation, one paragraph (an indentation after a hard-wrapped line is not told from a wrapped line\'s own)',
  // Picked since session 64 (the merge of s64unseenB's texts and s64known's rule): s64known's testimoniumCutClosing reads the cut
  // signing clause (`本公约于二00五年十月二十八日在中华人`, the store cutting it mid-sentence) as the text's last written line under the
  // testimonium's line; wrapped at 14 columns both run over lines broken by the width, so the clause's first line is no longer the last
  // line and the testimonium is not the line above it: the two are read as article 35's paragraphs, as before s64known.
  'real/convention_apsco_2005_fsou_p8.md':
    'the signing clause cut by the page (`本公约于二00五年十月二十八日在中华人`) under the testimonium is read from the two lines as ' +
    'written (parser.ts testimoniumCutClosing: the last written line, the testimonium the line above); wrapped at 14 columns each runs ' +
    'over lines the width broke and they are read as paragraphs of article 35 (a clause cut mid-sentence and then wrapped is not told ' +
    'from a paragraph\'s wrapped lines)',
};

for (const [name, why] of Object.entries(WRAP_KNOWN)) {
  test(`pasted: ${name} wrapped at 14 columns reads as written`, { todo: why }, () => {
    const { text } = TREATIES.find((t) => t.name === name)!;
    assert.deepEqual(reading(buildTreaty(wrap(text, 14, FURNITURE, () => false))), reading(buildTreaty(text)));
  });
}

test('pasted property: every correct treaty, hard-wrapped at a PDF width with page numbers between pages, reads as before and its tree stays lossless', () => {
  fc.assert(
    fc.property(fc.constantFrom(...TREATIES.filter((t) => WRAP_KNOWN[t.name] === undefined)), fc.integer({ min: 14, max: 40 }), fc.array(fc.boolean(), { minLength: 1, maxLength: 40 }), ({ name, text }, width, pattern) => {
      const wrapped = wrap(text, width, FURNITURE, (i) => pattern[i % pattern.length]);
      const tree = parseTreaty(wrapped);
      assert.equal(leaves(tree.root, [], wrapped).join(''), wrapped, `${name}: lossless`);
      assert.deepEqual(reading(buildTreaty(wrapped)), reading(buildTreaty(text)), `${name} wrapped at ${width}`);
    }),
    { numRuns: Number(process.env.PASTED_RUNS ?? 120) },
  );
});

/**
 * Texts the running-header property reads otherwise with their title repeated after the page numbers, on today's code, with why
 * (run as `todo` below): the property picks its texts by a fixed seed among the corpus's, so a text added elsewhere moves its
 * picks onto others.
 */
const HEADER_KNOWN: Record<string, string> = {
  // Picked since session 60 (s60unseenA), whose nine texts moved the picks; it read so on the base's code too (42b69c36).
  'real/treaty_cn_be_transfer_sentenced_fl1002_pinyin_hant.md':
    'the title is read from the page\'s headline in 《》 (`《中華人民共和國和比利時王國關于移管被判刑人的條約(中文本)》(全文)`), so the ' +
    'header the property repeats is `《…(中文本)》`, 《》 and all; the title\'s repeats (parser.ts demoteTitleRepeats) are looked for by the ' +
    'words of the title\'s line, `(全文)` after the 》 among them, so the header is read as a line of text and cited (《…》 in a definition\'s ' +
    'meaning, `判刑方=…判處刑罰的《…》`); a header repeating a title line\'s words up to its 》 needs demoteTitleRepeats to stop there',
};

for (const [name, why] of Object.entries(HEADER_KNOWN)) {
  test(`pasted: ${name} with its title as a running header at 16 columns reads as written`, { todo: why }, () => {
    const { text } = TREATIES.find((t) => t.name === name)!;
    const t = buildTreaty(text);
    const header = text.slice(t.title!.start, t.title!.end);
    assert.deepEqual(reading(buildTreaty(wrap(text, 16, FURNITURE.map((f) => `${f}\n${header}`), (i) => i % 3 === 1))), reading(t));
  });
}

test('pasted property: the title repeated as a running header after each page number changes no reading', () => {
  fc.assert(
    fc.property(fc.constantFrom(...TREATIES.filter((t) => HEADER_KNOWN[t.name] === undefined)), fc.integer({ min: 16, max: 40 }), ({ name, text }, width) => {
      const t = buildTreaty(text);
      if (!t.title || t.title.text.length < 4) return;
      // The header as a PDF prints it: the title's text alone on a line, after the page number (not a
      // database's label before it: `法規名稱: …` prints the title after the label).
      const header = text.slice(t.title.start, t.title.end);
      const wrapped = wrap(text, width, FURNITURE.map((f) => `${f}\n${header}`), (i) => i % 3 === 1);
      assert.deepEqual(reading(buildTreaty(wrapped)), reading(t), `${name} with running headers at ${width}`);
    }),
    { numRuns: Number(process.env.PASTED_RUNS ?? 80) },
  );
});

// A short name in 《》 right after the title it shortens, a PDF's page number between the lines inside it (the WIPO Beijing
// Treaty's agreed statement, real corpus, as the wrap property found it: `(《T` / `第7页 共10页` / `RIPS協定》)`): it is read as
// written, shorter than the title, so it defines the short name and the later 《TRIPS協定》 cites the TRIPS Agreement.
test('pasted: a short name in 《》 broken by a page number between two lines still defines the short name', () => {
  const text = '視聽表演北京條約\n第1條\n締約方承認《與貿易有關的知識產權協定》(《T\n第7页 共10页\nRIPS協定》)的各項原則與目標,本條約的任何內容均不影響《TRIPS協定》的規定。\n';
  const cited = referencesOf(buildTreaty(text)).flatMap((r) => (r.kind === 'citation' ? [r.citation.normalized] : []));
  assert.deepEqual(cited.filter((c) => c !== '视听表演北京条约'), ['与贸易有关的知识产权协定', '与贸易有关的知识产权协定']);
  // A bracket holding a longer name names another instrument, as before.
  const other = referencesOf(buildTreaty('視聽表演北京條約\n第1條\n締約方承認《TRIPS協定》(《與貿易有關的知識產權協定》)的原則。\n')).flatMap((r) => (r.kind === 'citation' ? [r.citation.normalized] : []));
  assert.deepEqual(other.filter((c) => c !== '视听表演北京条约'), ['TRIPS协定', '与贸易有关的知识产权协定']);
});

test('pasted: an amending protocol hard-wrapped at a width, its quoted new text over several lines: the 本协定 quoted is the amended agreement\'s, as unwrapped', () => {
  // The 1983 China–Peru supplementary protocol (real corpus): `贸易协定第一条修改如下：` then the article's new
  // text in “…”; wrapped at 14 characters, the quotation's 本协定 fall on lines that open no quotation.
  const text = fs.readFileSync(path.join(ROOT, 'test/fixtures/real/supplement_cn_pe_trade_1983_fsou.md'), 'utf8');
  const wrapped = wrap(text, 14, FURNITURE, () => false);
  assert.ok(wrapped.includes('终止本协定,则本\n协定'), 'wrapped inside the quotation');
  assert.deepEqual(reading(buildTreaty(wrapped)), reading(buildTreaty(text)));
  assert.deepEqual(referencesOf(buildTreaty(wrapped)).filter((r) => r.kind === 'article'), []);
});

test('pasted: a running header repeating the title without what the title line printed after it (a site\'s name) is page furniture, not words of the meaning it falls in', () => {
  // As the China–Viet Nam Gulf of Tonkin delimitation agreement (real corpus, 中华文库) pasted from a PDF: the title line
  // carries the site's name, the header at each page's top only the title.
  const text = `中华人民共和国和越南社会主义共和国关于北部湾的划界协定 中华文库

中华人民共和国和越南社会主义共和国（以下简称“缔约双方”），达成协议如下：

第一条

一、在本协定中，“北部湾”系指北
面为中国和越南两国陆地领土海岸、东
第 4 页
中华人民共和国和越南社会主义共和国关于北部湾的划界协定
面为中国雷州半岛和海南岛海岸所环抱的半封闭海湾。

第二条

本协定自签字之日起生效。

二〇〇〇年十二月二十五日订于北京，一式两份，每份都用中文和越南文写成，两种文本同等作准。
`;
  assert.deepEqual(reading(buildTreaty(text)).definitions, ['缔约双方=中华人民共和国和越南社会主义共和国', '北部湾=北面为中国和越南两国陆地领土海岸、东面为中国雷州半岛和海南岛海岸所环抱的半封闭海湾']);
});

test('pasted: a signing clause\'s place does not run on into the next instrument\'s title below it, hard-wrapped', () => {
  // As the Treaty of Amity's page (real corpus) wrapped at 14 characters: its protocol's title follows the clause, cut inside its remark.
  const text = '东南亚友好合作条约\n\n第一条\n\n缔约各方同意合作。\n\n第二条\n\n本条约自签字之日起生效。\n\n缔约各方特此在条约上签字并盖\n章。\n一九七六年二月二十四日订于巴厘\n东南亚友好合作条约修改议定书(中\n译本)\n(马尼拉 1987年12月15日)\n';
  assert.deepEqual(reading(buildTreaty(text)).signing, { date: [1976, 2, 24], place: '巴厘', copies: undefined, languages: [], codes: undefined });
});

test('pasted: every correct treaty under test/fixtures parses to a lossless tree', () => {
  for (const { name, text } of TREATIES) assert.equal(leaves(parseTreaty(text).root, [], text).join(''), text, name);
});

test('pasted: a title read from a database\'s name line (法规名称: …), repeated as a running header after a page number, is page furniture', () => {
  const head = '法规名称: 中华人民共和国政府和甲国政府文化合作协定\n\n第一条　双方加强文化合作。\n\n第二条　本协定自签字之日起生效。\n\n';
  const plain = `${head}本协定于二〇〇一年七月十六日在北京签订，一式两份，每份均用中文和甲文写成，两种文本同等作准。\n`;
  const paged = `${head}本协定于二〇〇一年七月十六日在北京签订，一式两份，每份均用中\n- 2 -\n中华人民共和国政府和甲国政府文化合作协定\n文和甲文写成，两种文本同等作准。\n`;
  assert.deepEqual(reading(buildTreaty(paged)), reading(buildTreaty(plain)));
  assert.deepEqual(buildTreaty(plain).signing?.languages, ['中文', '甲文']);
});

test('pasted: a phrase broken over lines is read whole — a term used, `第二` / `条`, a date before a citation', () => {
  const text = '# 中华人民共和国政府和蒙古国政府关于边境口岸的协定\n\n中华人民共和国政府和蒙古国政府（以下简称缔约\n双方）达成协议如下：\n\n' +
    '第一条　缔约双方为便利两国人员往来，根据二〇〇四年六\n月十日签订的《中华人民共和国政府和蒙古国政府关于边境\n口岸及其管理制度的协定》开放口岸。\n\n' +
    '第二条　本协定第一条所列口岸由两国口岸主管部门和缔约\n双方共同管理，第一\n条的规定同样适用于临时口岸。\n';
  const t = buildTreaty(text);
  assert.deepEqual(reading(t), {
    title: '中华人民共和国政府和蒙古国政府关于边境口岸的协定',
    articles: ['第一条 0', '第二条 0'],
    definitions: ['缔约双方=中华人民共和国政府和蒙古国政府'],
    signing: undefined,
    references: ['《中华人民共和国政府和蒙古国政府关于边境口岸及其管理制度的协定》 2004-6-10', '本协定第一条 → {"num":1}', '第一条 → {"num":1}'],
  });
  // Uses of the term, each spanning its line break, as the text has them.
  assert.deepEqual(referencesOf(t).filter((r) => r.kind === 'term').map((r) => text.slice(r.start, r.end)), ['缔约双方', '缔约\n双方']);
});

const PASTED = fs.readdirSync(DIR).filter((f) => f.endsWith('.md') && f !== 'README.md').sort().map(read);
/** What a drafter types into a pasted text: page numbers, a header, breaks, words. */
const PIECES = ['\n', '\n\n', '- 3 -', '\n- 3 -\n', '第 2 页', '\n第 2 页 共 3 页\n', '中老口岸协定', '\n中老口岸协定\n', '中华人民共和国政府和越南社会主义共和国政府',
  '\n关于边境口岸及其管理制度的协定\n', '的', '，', '。', '第', '条', '本协定第二条', '（以下简称“双方”）'];

test('pasted property: editing a pasted text reparses to the full parse (page furniture is read over the whole text)', () => {
  const edit = fc.tuple(fc.nat({ max: 1_000_000 }).map((k) => k / 1_000_000), fc.oneof(fc.constant(0), fc.nat({ max: 3 }), fc.nat({ max: 60 })), fc.oneof(fc.constant(''), fc.constantFrom(...PIECES)));
  fc.assert(fc.property(fc.constantFrom(...PASTED), fc.array(edit, { minLength: 1, maxLength: 8 }), (text, raw) => {
    let tree = parseTreaty(text);
    for (const [at, del, ins] of raw) {
      const start = Math.floor(at * tree.text.length);
      tree = reparse(tree, [{ start, end: Math.min(tree.text.length, start + del), text: ins }]);
      assert.deepStrictEqual(tree, parseTreaty(tree.text));
    }
  }), { numRuns: Number(process.env.PASTED_RUNS ?? 200) });
});
