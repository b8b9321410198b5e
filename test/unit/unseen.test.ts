// Documents the parser was not written against: a PRC law (table of contents, chapters
// and sections, law-style articles, 第十条之一), a UN convention (Arabic article numbers,
// parts, paragraphs `1.` with items `(a)`), a bilateral 协定 with chapters written as bare
// lines, an amending 议定书 citing it by a defined short name, a 联合公报, a CRLF file with
// a byte order mark, a 谅解备忘录 with `**第一条**` headings and `- （一）` items, and an
// agreement with an annex after its signature block. Each has an expected outline in
// test/fixtures/unseen/*.expected.json, checked by reading the document.
import { test } from 'node:test';
import { contextOf, textContext } from '../../server/src/features/context';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { DocumentSymbol, SymbolKind } from 'vscode-languageserver-types';
import { buildTreaty, Treaty } from '../../server/src/model/treaty';
import { ARTICLE_SYMBOL_KIND, documentSymbols } from '../../server/src/features/documentSymbols';
import { digitLabel } from '../../server/src/features/unitWords';
import { diagnostics } from '../../server/src/features/diagnostics';
import { definition } from '../../server/src/features/definition';
import { referencesOf } from '../../server/src/model/references';
import { linesOf } from '../../server/src/syntax/tree';
import { WorkspaceIndex } from '../../server/src/index/workspace';
import { ROOT } from '../support/fixture';

const DIR = path.join(ROOT, 'test/fixtures/unseen');

interface Expected {
  title: string;
  kind: string;
  selfRef: string;
  articles: string[];
  chapters: { name: string; caption: string; parent?: string; articles: string[] }[];
  captions?: Record<string, string>;
  /** Number of paragraphs (款) of some articles. */
  paragraphs?: Record<string, number>;
  /** Items (项) per paragraph of some articles. */
  items?: Record<string, number[]>;
  definitions?: Record<string, string>;
  signing: null | { date: [number, number, number]; place?: string; copies?: number; languages?: string[]; authentic?: number; selfRef?: string };
  /** Sections (annexes) after the signature block, in order. */
  sections: string[];
}

const NAMES = fs.readdirSync(DIR).filter((f) => f.endsWith('.md')).sort();
const uri = (name: string) => `file:///ws/unseen/${name}`;
const read = (name: string) => fs.readFileSync(path.join(DIR, name), 'utf8');

/** All unseen documents in one workspace, as an editor would have them open. */
function unseenWorkspace(): WorkspaceIndex {
  const index = new WorkspaceIndex();
  for (const name of NAMES) index.set(uri(name), read(name), 1, 'markdown');
  return index;
}

function flatten(symbols: DocumentSymbol[], out: DocumentSymbol[] = []): DocumentSymbol[] {
  for (const s of symbols) {
    out.push(s);
    if (s.children) flatten(s.children, out);
  }
  return out;
}

test('unseen: every document has an expected outline', () => {
  assert.ok(NAMES.length >= 6);
  for (const name of NAMES) assert.ok(fs.existsSync(path.join(DIR, name.replace(/\.md$/, '.expected.json'))), name);
});

for (const name of NAMES) {
  const expected: Expected = JSON.parse(read(name.replace(/\.md$/, '.expected.json')));
  const text = read(name);
  const treaty = (): Treaty => buildTreaty(text);

  test(`unseen ${name}: title, kind and self-reference`, () => {
    const t = treaty();
    assert.equal(t.title?.text, expected.title);
    assert.equal(t.kind, expected.kind);
    assert.equal(t.selfRef, expected.selfRef);
    assert.ok(t.isTreaty, 'reads as a treaty');
    assert.deepEqual(t.tree.problems, []);
    if (text.includes(expected.selfRef)) {
      const selves = referencesOf(t).filter((r) => r.kind === 'self' || (r.kind === 'article' && !r.citation && text.startsWith('本', r.start)));
      assert.ok(selves.some((r) => text.startsWith(expected.selfRef, r.start)), `${expected.selfRef} is a self-reference`);
    }
  });

  test(`unseen ${name}: ${expected.articles.length} articles in order, canonically named`, () => {
    const t = treaty();
    assert.deepEqual(t.articles.map((a) => a.name), expected.articles);
    for (const [article, caption] of Object.entries(expected.captions ?? {})) {
      assert.equal(t.articles.find((a) => a.name === article)?.caption, caption, `caption of ${article}`);
    }
    for (const [article, count] of Object.entries(expected.paragraphs ?? {})) {
      assert.equal(t.articles.find((a) => a.name === article)?.paragraphs.length, count, `paragraphs of ${article}`);
    }
    for (const [article, items] of Object.entries(expected.items ?? {})) {
      assert.deepEqual(t.articles.find((a) => a.name === article)?.paragraphs.map((p) => p.items.length), items, `items of ${article}`);
    }
  });

  test(`unseen ${name}: chapters nest their articles in the outline`, () => {
    const t = treaty();
    assert.deepEqual(
      t.chapters.map((c) => ({ name: c.name, caption: c.caption, parent: c.parent?.name })),
      expected.chapters.map((c) => ({ name: c.name, caption: c.caption, parent: c.parent })),
    );
    const [root, ...others] = documentSymbols(textContext(t.text));
    assert.equal(others.length, 0, 'one root: the title');
    assert.equal(root.name, expected.title);
    const all = flatten([root]);
    // (Each labelled in digits named as labelled, `第1条`: features/unitWords.ts digitLabel.)
    const shown = new Map(t.articles.map((a) => [a.name, digitLabel(t, a) ?? a.name]));
    const asShown = (names: string[]) => names.map((n) => shown.get(n) ?? n);
    assert.deepEqual(all.filter((s) => s.kind === ARTICLE_SYMBOL_KIND).map((s) => s.name), asShown(expected.articles));
    const chapterSymbols = all.filter((s) => s.kind === SymbolKind.Namespace);
    assert.deepEqual(chapterSymbols.map((s) => s.name), expected.chapters.map((c) => c.name));
    expected.chapters.forEach((c, i) => {
      const sym = chapterSymbols[i];
      assert.deepEqual((sym.children ?? []).filter((s) => s.kind === ARTICLE_SYMBOL_KIND).map((s) => s.name), asShown(c.articles), `articles of ${c.name}`);
      if (c.parent) {
        const parent = chapterSymbols[expected.chapters.findIndex((p) => p.name === c.parent)];
        assert.ok(parent.children!.includes(sym), `${c.name} inside ${c.parent}`);
      }
    });
    // Chapter symbols lie in the document's top level or inside another chapter, never in an article.
    for (const a of all.filter((s) => s.kind === ARTICLE_SYMBOL_KIND)) {
      assert.ok(!(a.children ?? []).some((s) => s.kind === SymbolKind.Namespace || s.kind === ARTICLE_SYMBOL_KIND));
    }
  });

  test(`unseen ${name}: signing clause, signature block and annexes`, () => {
    const t = treaty();
    const top = documentSymbols(textContext(t.text))[0].children!;
    const e = expected.signing;
    if (!e) {
      assert.equal(t.signing, undefined);
    } else {
      const sg = t.signing;
      assert.ok(sg, 'a signing clause');
      assert.deepEqual([sg.date?.year, sg.date?.month, sg.date?.day], e.date);
      if (e.place !== undefined) assert.equal(sg.place, e.place);
      if (e.copies !== undefined) assert.equal(sg.copies, e.copies);
      if (e.languages !== undefined) assert.deepEqual(sg.languages, e.languages);
      if (e.authentic !== undefined) assert.equal(sg.authentic, e.authentic);
      if (e.selfRef !== undefined) assert.equal(sg.selfRef, e.selfRef);
      assert.ok(top.some((s) => s.kind === SymbolKind.Event), 'signing in the outline');
    }
    const lastUnit = top.reduce((at, s, i) => (s.kind === ARTICLE_SYMBOL_KIND || s.kind === SymbolKind.Namespace || s.kind === SymbolKind.Event ? i : at), -1);
    assert.deepEqual(top.slice(lastUnit + 1).filter((s) => s.kind === SymbolKind.Module).map((s) => s.name), expected.sections);
    // No signature block swallows an annex heading.
    const sig = t.signatures;
    if (sig) assert.ok(!linesOf(sig).some((l) => l.kind === 'heading'), 'no heading in the signature block');
  });

  test(`unseen ${name}: defined terms`, () => {
    const t = treaty();
    for (const [term, meaning] of Object.entries(expected.definitions ?? {})) {
      assert.equal(t.definitions.find((d) => d.term === term)?.meaning, meaning, term);
    }
  });

  test(`unseen ${name}: lossless tree; no line content holds a line break`, () => {
    const t = treaty();
    assert.equal(linesOf(t.tree.root).map((l) => text.slice(l.start, l.end)).join(''), text);
    for (const l of t.tree.lines) assert.ok(!/[\r\n]/.test(text.slice(l.contentStart, l.contentEnd)));
  });

  test(`unseen ${name}: no false errors or warnings on a well-formed document`, () => {
    const index = unseenWorkspace();
    const found = diagnostics(contextOf(index, index.get(uri(name))!));
    const bad = found.filter((d) => d.severity === 1 || d.severity === 2);
    assert.deepEqual(bad.map((d) => `${d.range.start.line + 1}: ${d.code} ${d.message}`), []);
  });
}

test('unseen: CRLF and a byte order mark are kept and do not disturb the outline', () => {
  const text = read('agreement_visa_crlf_bom.md');
  assert.ok(text.startsWith('\ufeff#') && text.includes('\r\n') && !/[^\r]\n/.test(text));
  const t = buildTreaty(text);
  const [root] = documentSymbols(textContext(t.text));
  assert.equal(root.selectionRange.start.line, 0);
  const third = root.children!.find((s) => s.name === '第三条')!;
  assert.equal(third.selectionRange.start.line, text.split('\r\n').indexOf('## 第三条'));
  assert.equal(third.selectionRange.start.character, 3);
  assert.equal(third.selectionRange.end.character, 6);
});

/** [name, file, text before the cursor (its last occurrence in the file…), target file, target line's text]. */
const CROSS: [string, string, string, string, string][] = [
  ['本法第二十条第二款 → the second paragraph of article 20', 'law_exit_entry.md', '依照本法第二十条第二', 'law_exit_entry.md', '　　履行出境入境管理职责的工作人员，有前款第（二）项规定行为，构成犯罪的，依法追究刑事责任。'],
  ['本条第一款第（三）项 → item 3 of paragraph 1', 'law_exit_entry.md', '有本条第一款第（三', 'law_exit_entry.md', '（三）有未了结的民事案件，人民法院决定不准出境的；'],
  ['前款第（五）项 → item 5 of the preceding paragraph', 'law_exit_entry.md', '有前款第（五', 'law_exit_entry.md', '（五）可能危害国家安全和利益，国务院有关主管部门决定不准出境的；'],
  ['第（一）项至第（四）项: the second end stays in article 13', 'law_exit_entry.md', '第（一）项至第（四', 'law_exit_entry.md', '　　（四）在申请签证过程中弄虚作假或者不能保障在中国境内期间所需费用的；'],
  ['前款规定 → the preceding paragraph', 'law_exit_entry.md', '对前', 'law_exit_entry.md', '　　第十条之一　中国公民出境入境证件遗失或者被盗的，应当及时向公安机关出入境管理机构或者驻外签证机关报告，并申请补发。'],
  ['协定第五条 via the defined short name → the agreement\'s article 5, paragraph 3', 'protocol_double_taxation.md', '删去协定第五', 'agreement_double_taxation.md', '三、“常设机构”一语还包括：'],
  ['协定第八条第二款第（一）项 → the agreement\'s item', 'protocol_double_taxation.md', '删去协定第八条第二款第（一', 'agreement_double_taxation.md', '（一）如果受益所有人是直接拥有支付股息公司至少百分之二十五资本的公司，为股息总额的百分之五；'],
  ['第 7 条第 2 款(b)项 → a lettered item of a numbered paragraph', 'convention_state_immunities.md', '第 7 条第 2 款(b', 'convention_state_immunities.md', '(b) 该商业交易的当事方另有明确协议。'],
  ['本谅解备忘录第二条第（五）项 → the list item', 'mou_bold_investment.md', '本谅解备忘录第二条第（五', 'mou_bold_investment.md', '- （五）双方商定的其他领域。'],
  ['本协定第三条第二款 in a CRLF file', 'agreement_visa_crlf_bom.md', '本协定第一条或第三条第二', 'agreement_visa_crlf_bom.md', '二、团体旅游名单应包括以下内容：'],
];

for (const [name, file, before, targetFile, targetLine] of CROSS) {
  test(`unseen cross-reference: ${name}`, () => {
    const index = unseenWorkspace();
    const text = read(file);
    const at = text.indexOf(before);
    assert.ok(at >= 0, `${before} is in ${file}`);
    const links = definition(contextOf(index, index.get(uri(file))!), at + before.length - 1);
    assert.equal(links.length, 1, 'one target');
    assert.equal(links[0].targetUri, uri(targetFile));
    const lines = read(targetFile).split(/\r?\n/);
    assert.equal(lines[links[0].targetSelectionRange.start.line], targetLine);
  });
}

test('unseen: an annex numbering its own articles after the signature block is not part of the body', () => {
  const text = '# 测试协定\n\n## 第一条\n\n甲。\n\n## 第二条\n\n乙。\n\n本协定于2020年1月1日在北京签署，一式两份，每份均用中文和俄文写成，两种文本同等作准。\n\n甲国代表\n\n乙国代表\n\n## 附件　仲裁程序\n\n### 第一条\n\n仲裁庭由三名仲裁员组成。\n\n### 第二条\n\n仲裁庭的裁决为终局裁决。\n';
  const t = buildTreaty(text);
  assert.deepEqual(t.articles.map((a) => a.name), ['第一条', '第二条']);
  assert.ok(t.signing && t.signatures);
  assert.deepEqual(documentSymbols(textContext(t.text))[0].children!.map((s) => s.name), ['第一条', '第二条', '签署', '签字', '附件　仲裁程序']);
});

test('unseen: a heading starting with 附件 between articles that go on is not an annex', () => {
  const t = buildTreaty('# 测试协定\n\n## 第一条\n\n甲。\n\n## 附件清单\n\n乙。\n\n## 第二条\n\n丙。\n');
  assert.deepEqual(t.articles.map((a) => a.name), ['第一条', '第二条']);
});

test('unseen: a table of contents without the word 目录 is not a list of empty chapters', () => {
  const t = buildTreaty('# 中华人民共和国测试法\n\n第一章　总则\n第二章　附则\n\n第一章　总则\n\n第一条　为了测试，制定本法。\n\n第二章　附则\n\n第二条　本法自公布之日起施行。\n');
  assert.deepEqual(t.chapters.map((c) => `${c.name}:${c.block.children.filter((b) => b.type === 'block' && b.kind === 'article').length}`), ['第一章:1', '第二章:1']);
});

// A table of contents that lists the articles too, under 目录 (a law database's page of 联合国海洋法公约, cut by its
// store inside the table): its entries are no articles, nor references; when the text follows, its headings are read from the text.
test('unseen: a table of contents under 目录 listing articles lists no articles of its own', () => {
  const toc = '联合国海洋法公约\n\n 目录\n 序言\n 第一部分 用语和范围\n 第一条 用语和范围\n 第二部分 领海和毗连区\n 第一节 一般规定\n 第二条 领海及其上空、海床和底土的法律地位\n 第二节 领海的界限\n 第三条 领海的宽度\n A分节 适用于所有船舶的规则\n';
  const cut = buildTreaty(toc);
  assert.deepEqual([cut.articles.length, cut.chapters.length], [0, 0]);
  assert.deepEqual(referencesOf(cut).filter((r) => r.kind === 'article'), []);
  const whole = buildTreaty(`${toc}\n本公约缔约各国，经协议如下：\n\n第一部分 用语和范围\n\n第一条 用语和范围\n\n为本公约的目的，“区域”是指国家管辖范围以外的海床。\n\n第二部分 领海和毗连区\n\n第一节 一般规定\n\n第二条 领海及其上空、海床和底土的法律地位\n\n沿海国的主权及于领海。\n\n第二节 领海的界限\n\n第三条 领海的宽度\n\n每一国家有权确定其领海的宽度，但依照第二条的规定。\n`);
  assert.deepEqual(whole.articles.map((a) => a.name), ['第一条', '第二条', '第三条']);
  assert.deepEqual(whole.chapters.map((c) => c.name), ['第一部分', '第二部分', '第一节', '第二节']);
  // The text's references are read: 第二条 in article 3, none in the table.
  assert.deepEqual(referencesOf(whole).filter((r) => r.kind === 'article').map((r) => whole.text.slice(r.start, r.end)), ['第二条']);
  // The text's headings follow the table at once: the table ends where its first entry comes again.
  const next = buildTreaty('联合国海洋法公约\n\n目录\n第一部分 用语和范围\n第一条 用语和范围\n第二条 领海的宽度\n第一部分 用语和范围\n第一条 用语和范围\n为本公约的目的，“区域”是指海床。\n第二条 领海的宽度\n每一国家有权确定其领海的宽度。\n');
  assert.deepEqual(next.articles.map((a) => [a.name, a.paragraphs.length]), [['第一条', 1], ['第二条', 1]]);
  assert.deepEqual(next.chapters.map((c) => c.name), ['第一部分']);
  // A table listing chapters alone is read as before (demoteTableOfContents' first entry listed again).
  const law = buildTreaty('# 中华人民共和国测试法\n\n目录\n第一章　总则\n第二章　附则\n\n第一章　总则\n\n第一条　为了测试，制定本法。\n\n第二章　附则\n\n第二条　本法自公布之日起施行。\n');
  assert.deepEqual(law.chapters.map((c) => c.name), ['第一章', '第二章']);
});

// A page listing the articles as links, one bare label a line with no 目录 above them (a school's page of the ICCPR:
// `第一條` … `第五十三條`), then the preamble and the text from `第一條` again: the list is no article.
test('unseen: a run of bare article labels, the first labelled again after it, is a table of contents', () => {
  const list = ['第一條', '第二條', '第三條', '第四條'].join('\n');
  const t = buildTreaty(`公民與政治權利國際公約\n【內容】\n${list}\n【前文】\n本公約締約各國,爰議定條款如下:\n【內容】\n第一條\n一、所有民族均享有自決權。\n二、所有民族得為本身之目的自由處置其天然財富。\n第二條\n本公約締約國承允尊重並確保所有境內受其管轄之人。\n`);
  assert.deepEqual(t.articles.map((a) => [a.name, a.paragraphs.length]), [['第一条', 2], ['第二条', 1]]);
  // Its entries are no references.
  assert.deepEqual(referencesOf(t).filter((r) => r.kind === 'article'), []);
  // Labels alone on consecutive lines that no text labels again are read as before: articles (here empty ones).
  const bare = buildTreaty(`公民與政治權利國際公約\n\n本公約締約各國,爰議定條款如下:\n\n${list}\n`);
  assert.deepEqual(bare.articles.map((a) => a.name), ['第一条', '第二条', '第三条', '第四条']);
});

// A bilingual page giving each Chinese line its translation on the next line (a law site's Chinese–Uyghur or
// Chinese–English text): the translation is no paragraph of its own, the article's paragraphs are the Chinese ones.
test('unseen: a translation on the line after each Chinese line is no paragraph of its own', () => {
  const uyghur = buildTreaty('# 中华人民共和国缔结条约程序法\n\n第一条 根据中华人民共和国宪法,制定本法。\n1-ماددا بۇ قانۇن جۇڭخۇا خەلق جۇمھۇرىيىتىنىڭ ئاساسىي قانۇنىغا بىنائەن چىقىرىلدى.\n第二条 中华人民共和国国务院,即中央人民政府,同外国缔结条约和协定。\n2-ماددا جۇڭخۇا خەلق جۇمھۇرىيىتىنىڭ گوۋۇيۈەنى چەت ئەللەر بىلەن شەرتنامە تۈزىدۇ.\n中华人民共和国外交部在国务院领导下管理同外国缔结条约和协定的具体事务。\nجۇڭخۇا خەلق جۇمھۇرىيىتى تاشقى ئىشلار مىنىستىرلىكى ئىشلارنى باشقۇرىدۇ.\n');
  assert.deepEqual(uyghur.articles.map((a) => [a.name, a.paragraphs.length]), [['第一条', 1], ['第二条', 2]]);
  const english = buildTreaty('# 中华人民共和国缔结条约程序法\n\n第一条 根据中华人民共和国宪法,制定本法。\nArticle 1. This Law is formulated in accordance with the Constitution.\n第二条 本法适用于中华人民共和国同外国缔结的条约。\nArticle 2. This Law shall be applicable to treaties.\n中华人民共和国外交部管理缔结条约的具体事务。\nThe Ministry of Foreign Affairs shall administer specific affairs.\n');
  assert.deepEqual(english.articles.map((a) => [a.name, a.paragraphs.length]), [['第一条', 1], ['第二条', 2]]);
  // A blank line between each (a bilingual law page in traditional script, every line a paragraph of its own).
  const spaced = buildTreaty('中華人民共和國締結條約程序法(中英文對照版)\n\n第一條   根據中華人民共和國憲法,制定本法。\n\nArticle 1 This Law is formulated in accordance with the Constitution of the People\'s Republic of China.\n\n第三條   中華人民共和國國務院,即中央人民政府,同外國締結條約和協定。\n\nArticle 3 The State Council shall conclude treaties and agreements with foreign states.\n\n中華人民共和國全國人民代表大會常務委員會決定條約的批準和廢除。\n\nThe Standing Committee shall decide on the ratification and abrogation of treaties.\n');
  assert.deepEqual(spaced.articles.map((a) => [a.name, a.paragraphs.length]), [['第一条', 1], ['第三条', 2]]);
});
