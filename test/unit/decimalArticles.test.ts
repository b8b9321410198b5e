// Articles numbered by chapter with a decimal point (`第1.1条`, `第2.3条`), as China's free trade agreements,
// the 2020 China–US economic and trade agreement and the RCEP's partners' texts number them: the label, the
// model's names and chapters, references, the numbering checks chapter by chapter, sections (节) named in the
// text, and the edits (renumbering, rename, a new article) keeping the `X.Y` form.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { classify } from '../../server/src/syntax/lines';
import { decimalArticle, formatChinese, parseNumeral } from '../../server/src/syntax/numerals';
import { buildTreaty } from '../../server/src/model/treaty';
import { referencesOf } from '../../server/src/model/references';
import { contextOf, textContext } from '../../server/src/features/context';
import { diagnostics } from '../../server/src/features/diagnostics';
import { definition } from '../../server/src/features/definition';
import { hover } from '../../server/src/features/hover';
import { documentSymbols } from '../../server/src/features/documentSymbols';
import { completion } from '../../server/src/features/completion';
import { rename, renumberArticles } from '../../server/src/features/renumber';
import { insertArticle } from '../../server/src/features/insertArticle';
import { codeActions } from '../../server/src/features/codeActions';
import { workspace } from '../support/workspace';
import { renumbering } from '../support/editMarks';
import { renumberWithCounterparts } from '../../server/src/features/counterpartEdits';
import { checkWorkspaceEdit, meanings } from '../support/editSafety';

const d = (x: number, y: number) => decimalArticle(x, y)!;

// [line, kind, label as written, number]
const LABELS: [string, string, string | undefined, number | undefined][] = [
  ['第1.1条 自由贸易区的建立', 'article', '第1.1条', d(1, 1)],
  ['第1.1条', 'article', '第1.1条', d(1, 1)],
  ['第 1.1 条', 'article', '第 1.1 条', d(1, 1)],
  ['第1.2條　與其他協定的關係', 'article', '第1.2條', d(1, 2)],
  ['第１．１条　定义', 'article', '第１．１条', d(1, 1)],
  ['第17.10条 生效', 'article', '第17.10条', d(17, 10)],
  ['## 第8.2条', 'article', '第8.2条', d(8, 2)],
  ['**第1.31条** 证人证言', 'article', '第1.31条', d(1, 31)],
  ['第1.1 条自由贸易区的建立', 'article', '第1.1 条', d(1, 1)],
  // A point only between Arabic digits, and one: no other number is read with a point.
  ['第1.1.1条', 'text', undefined, undefined],
  ['第1..1条', 'text', undefined, undefined],
  ['第.1条', 'text', undefined, undefined],
  ['第1.条', 'text', undefined, undefined],
  ['第一.一条', 'text', undefined, undefined],
  ['第0.1条', 'article', '第0.1条', undefined],
  // A reference going on from the label, as for any article.
  ['第2.3条规定的措施', 'text', undefined, undefined],
  ['第2.3条和第2.4条', 'text', undefined, undefined],
  // A caption glued to its label opening with 与 is one whole when it names a relation (`与…的关系`), not running text.
  ['第1.2 条与其他协定的关系', 'article', '第1.2 条', d(1, 2)],
  ['第二条与国内法的关系', 'article', '第二条', 2],
  ['第二条与第三条的关系', 'text', undefined, undefined],
  ['第二条与本协定不一致的', 'text', undefined, undefined],
  ['第二条与其他协定的关系，由双方协商', 'text', undefined, undefined],
];

for (const [line, kind, label, num] of LABELS) {
  test(`decimal label of ${JSON.stringify(line)}: ${kind} ${label ?? ''}`, () => {
    const l = classify(line, 0, line.length, line.length);
    assert.deepEqual({ kind: l.kind, label: l.label && line.slice(l.label.start, l.label.end), num: l.num }, { kind, label, num });
  });
}

test('decimal numerals: X.Y reads as article Y of chapter X and is written back so; other numerals as before', () => {
  for (const [raw, n] of [['1.1', d(1, 1)], ['１．２', d(1, 2)], ['17.10', d(17, 10)], ['12', 12], ['十二', 12], ['1.', undefined], ['.1', undefined], ['1.1.1', undefined], ['一.一', undefined], ['0.3', undefined], ['1.1000', undefined], ['123456789', 123456789], [String(d(1, 1)), undefined]] as const) {
    assert.equal(parseNumeral(raw), n, raw);
  }
  assert.deepEqual([d(1, 1), d(17, 10), d(2000, 3)].map(formatChinese), ['1.1', '17.10', '2000.3']);
  assert.deepEqual([12, 1001, 1260, 20000].map(formatChinese), ['十二', '一千零一', '一千二百六十', '二万']);
});

const FTA = [
  '# 中华人民共和国政府和甲国政府自由贸易协定',
  '',
  '中华人民共和国政府和甲国政府（以下简称“双方”），达成协议如下：',
  '',
  '第一章 初始条款和定义',
  '',
  '第1.1条 自由贸易区的建立',
  '',
  '双方依照本协定第1.2条建立自由贸易区。',
  '',
  '第1.2条 与其他协定的关系',
  '',
  '一、双方确认其现有权利和义务。',
  '',
  '二、第2.1条第一款不影响前款。',
  '',
  '第二章 货物贸易',
  '',
  '第一节 一般规定',
  '',
  '第2.1条 范围',
  '',
  '一、本章适用于双方之间的货物贸易。',
  '',
  '二、本协定第十七章（争端解决）不适用于本条。',
  '',
  '第2.2条 国民待遇',
  '',
  '双方依照第2.1条至第2.3条给予国民待遇，第1.2条第二款除外。',
  '',
  '第二节 关税',
  '',
  '第2.3条 关税减让',
  '',
  '本章第一节和第三章第一节的规定适用于关税减让；《联合国宪章》第七章和该法第二章的规定不受影响。',
  '',
  '第三章 最终条款',
  '',
  '第一节 生效',
  '',
  '第3.1条 生效',
  '',
  '本协定自双方完成各自国内法律程序之日起生效。',
  '',
  '本协定于2020年1月1日在北京签订，一式两份，每份均用中文和甲文写成，两种文本同等作准。',
  '',
].join('\n');

test('a free trade agreement numbered by chapter: its articles, named as written, in their chapters and sections', () => {
  const t = buildTreaty(FTA);
  assert.deepEqual(t.articles.map((a) => [a.name, a.caption, a.chapter?.name, a.paragraphs.length]), [
    ['第1.1条', '自由贸易区的建立', '第一章', 1],
    ['第1.2条', '与其他协定的关系', '第一章', 2],
    ['第2.1条', '范围', '第一节', 2],
    ['第2.2条', '国民待遇', '第一节', 1],
    ['第2.3条', '关税减让', '第二节', 1],
    ['第3.1条', '生效', '第一节', 1],
  ]);
  const outline = documentSymbols(textContext(FTA))[0].children!.map((s) => [s.name, (s.children ?? []).map((c) => c.name)]);
  assert.deepEqual(outline.filter(([name]) => String(name).startsWith('第')), [
    ['第一章', ['第1.1条', '第1.2条']],
    ['第二章', ['第一节', '第二节']],
    ['第三章', ['第一节']],
  ]);
  // A correct signed treaty gets no error or warning; this one, abridged to three chapters, still names its 第十七章 (争端解决),
  // which it lacks (go to definition finds it nowhere, below): that alone.
  assert.deepEqual(diagnostics(textContext(FTA)).filter((x) => x.severity === 1 || x.severity === 2).map((x) => `${x.code} ${x.message}`), ['ref.no-such-chapter 本协定没有第十七章（共3章）']);
});

// [words, occurrence, where go to definition lands: the line it selects]
const REFERENCES: [string, number, string | undefined][] = [
  ['第1.2条', 1, '第1.2条 与其他协定的关系'],
  ['第2.1条第一款', 1, '一、本章适用于双方之间的货物贸易。'],
  ['第2.1条至', 1, '第2.1条 范围'],
  ['第2.3条', 1, '第2.3条 关税减让'],
  ['第1.2条第二款', 1, '二、第2.1条第一款不影响前款。'],
  // Chapters and sections of this text, named in a sentence.
  ['第十七章', 1, undefined],
  ['第一节和', 1, '第一节 一般规定'],
  ['第三章第一节', 1, '第一节 生效'],
  ['第七章', 1, undefined],
  ['第二章的', 1, undefined],
];

for (const [words, occurrence, lands] of REFERENCES) {
  test(`decimal reference ${words} #${occurrence} → ${lands ?? 'nothing'}`, () => {
    const ctx = textContext(FTA);
    let at = -1;
    for (let k = 0; k < occurrence; k++) at = FTA.indexOf(words, at + 1);
    assert.ok(at >= 0);
    // The cursor on the unit's number (the second character of 第十七章, of 2.1 …).
    const offset = words.startsWith('第三章') ? at + words.indexOf('第一节') + 1 : at + 1;
    const links = definition(ctx, offset);
    if (lands === undefined) return assert.deepEqual(links, []);
    assert.equal(links.length, 1);
    const line = FTA.split('\n')[links[0].targetSelectionRange.start.line];
    assert.equal(line, lands);
  });
}

test('decimal references: targets read, a range and its paragraph and item units', () => {
  const t = buildTreaty('第1.1条\n\n见第2.1条至第2.5条、第8.2条第二款第（三）项和第１．２条。\n');
  const refs = referencesOf(t).filter((r) => r.kind === 'article').map((r) => [t.text.slice(r.start, r.end), r.target.num, r.target.paragraph, r.target.item, r.range]);
  assert.deepEqual(refs, [
    ['第2.1条', d(2, 1), undefined, undefined, 'from'],
    ['第2.5条', d(2, 5), undefined, undefined, 'to'],
    ['第8.2条第二款第（三）项', d(8, 2), 2, 3, undefined],
    ['第１．２条', d(1, 2), undefined, undefined, undefined],
  ]);
});

// Numbering checks: [the articles' labels under their chapter headings (`|` a new 章), the findings]
const NUMBERING: [string, string[]][] = [
  ['第一章 1.1 1.2 1.3 | 第二章 2.1 2.2', []],
  ['第一章 1.1 1.3 | 第二章 2.1', ['numbering.gap 缺少第1.2条']],
  ['第一章 1.1 1.2 | 第二章 2.3', ['numbering.gap 缺少第2.1条至第2.2条']],
  ['第一章 1.1 1.2 1.2', ['numbering.duplicate 第1.2条重复']],
  ['第一章 1.1 1.3 1.2', ['numbering.gap 缺少第1.2条', 'numbering.order 第1.2条位置不对：应在第1.3条之前']],
  // An article numbered for another chapter than the one holding it and the article before it.
  ['第一章 1.1 | 第二章 2.1 2.2 3.1 2.4', ['numbering.order 第3.1条在第二章中，编号应为第2.3条']],
  // A chapter whose articles all name another number: the headings or the articles may be wrong, no finding.
  ['第一章 1.1 1.2 | 第三章 2.1 2.2', []],
  // A new chapter restarts the numbers; a chapter back is out of order.
  ['第一章 1.1 | 第二章 2.1 | 第三章 1.2', ['numbering.order 第1.2条位置不对：应在第2.1条之前']],
];

function numbered(spec: string): string {
  const out = ['# 中华人民共和国政府和甲国政府自由贸易协定', ''];
  for (const part of spec.split('|')) {
    const [heading, ...labels] = part.trim().split(/\s+/);
    out.push(heading, '');
    for (const l of labels) out.push(`第${l}条`, '', '双方合作。', '');
  }
  out.push('本协定于2020年1月1日在北京签订，一式两份，每份均用中文和甲文写成，两种文本同等作准。', '');
  return out.join('\n');
}

for (const [spec, want] of NUMBERING) {
  test(`decimal numbering: ${spec} → ${want.join('; ') || 'no finding'}`, () => {
    const found = diagnostics(textContext(numbered(spec))).filter((x) => String(x.code).startsWith('numbering')).map((x) => `${x.code} ${x.message}`);
    assert.deepEqual(found, want);
  });
}

test('an ordinary treaty reads and is checked as before: 第一条 … 第三条, a gap, references', () => {
  const text = '# 中华人民共和国和甲国引渡条约\n\n第一条 引渡义务\n\n依照本条约第三条。\n\n第三条 生效\n\n本条约自签字之日起生效。\n';
  assert.deepEqual(buildTreaty(text).articles.map((a) => [a.name, a.num]), [['第一条', 1], ['第三条', 3]]);
  assert.deepEqual(diagnostics(textContext(text)).filter((x) => String(x.code).startsWith('numbering')).map((x) => x.message), ['缺少第二条']);
});

const apply = (text: string, edits: TextEdit[] = []) => TextDocument.applyEdits(TextDocument.create('file:///x', 'markdown', 1, text), edits);
const MISNUMBERED = FTA.replace('第1.2条 与', '第1.3条 与').replace('本协定第1.2条', '本协定第1.3条').replace('，第1.2条第二款', '，第1.3条第二款').replace('第2.2条 国民待遇', '第3.7条 国民待遇');

function safe(ws: ReturnType<typeof workspace>, edit: WorkspaceEdit | undefined): string {
  assert.ok(edit, 'an edit');
  const before = meanings(ws.index);
  assert.deepEqual(checkWorkspaceEdit(ws.index, edit, before), []);
  return apply(ws.snapshot().text, edit.changes![ws.snapshot().uri]);
}

test('renumbering a text numbered by chapter keeps each number X.Y, restarting in each chapter, references following', () => {
  const ws = workspace(MISNUMBERED);
  const r = renumberArticles(contextOf(ws.index, ws.snapshot()));
  assert.equal(r.refused, undefined);
  const out = safe(ws, r.edit);
  // 1.3 → 1.2 (a gap), 3.7 → 2.2 (numbered for chapter 3 among chapter 2's): the text as it was.
  assert.equal(out, FTA);
});

test('rename a decimal article: the new number keeps the point and the label\'s digits (full width stays full width)', () => {
  const src = FTA.replace('至第2.3条给予', '至第２．３条给予');
  const ws = workspace(src);
  const r = rename(contextOf(ws.index, ws.snapshot()), src.indexOf('第2.3条 关税') + 2, '2.5');
  assert.ok(r && 'changes' in r, JSON.stringify(r));
  const out = safe(ws, r);
  assert.equal(out, src.replace('第2.3条 关税', '第2.5条 关税').replace('至第２．３条给予', '至第２．５条给予'));
  const r2 = rename(contextOf(ws.index, ws.snapshot()), src.indexOf('第2.3条 关税') + 2, '第2.2条');
  assert.ok(r2 && 'refused' in r2, 'a number another article has');
});

test('a new article after 第1.1条 takes 1.2 and moves its chapter\'s later articles only (第2.1条 keeps its number)', () => {
  const ws = workspace(FTA);
  const r = insertArticle(contextOf(ws.index, ws.snapshot()), FTA.indexOf('第1.1条'), 'renumber');
  assert.equal(r.result.name, '第1.2条');
  const out = apply(FTA, r.edit!.changes![ws.snapshot().uri]);
  const t = buildTreaty(out);
  assert.deepEqual(t.articles.map((a) => a.name), ['第1.1条', '第1.2条', '第1.3条', '第2.1条', '第2.2条', '第2.3条', '第3.1条']);
  assert.ok(out.includes('双方依照本协定第1.3条') && out.includes('，第1.3条第二款除外') && out.includes('依照第2.1条至第2.3条'), out);
});

test('completion after 第 offers the articles as the text numbers them: 第1.1条, not 第1048577条', () => {
  const text = FTA.replace('双方依照本协定第1.2条建立自由贸易区。', '双方依照本协定第');
  const ctx = textContext(text);
  const labels = completion(ctx, ctx.lines.positionAt(text.indexOf('本协定第') + 4)).items.map((i) => i.label);
  assert.deepEqual(labels.filter((l) => l.startsWith('第') && l.endsWith('条')).slice(0, 3), ['第1.1条', '第1.2条', '第2.1条']);
});

test('every quick fix offered on a text misnumbered by chapter is safe, and renumbering restores the X.Y numbers', () => {
  const ws = workspace(MISNUMBERED);
  const ctx = contextOf(ws.index, ws.snapshot());
  const found = diagnostics(ctx);
  assert.deepEqual(found.filter((x) => String(x.code).startsWith('numbering')).map((x) => `${x.code} ${x.message}`), [
    'numbering.gap 缺少第1.2条',
    'numbering.order 第3.7条在第二章中，编号应为第2.2条',
  ]);
  let renumbered = 0;
  for (const x of found) {
    for (const action of codeActions(ctx, [x])) {
      if (!action.edit) continue;
      const before = meanings(ws.index);
      assert.deepEqual(checkWorkspaceEdit(ws.index, action.edit, before), [], action.title);
      if (action.title.startsWith('重新编号')) {
        renumbered++;
        assert.equal(apply(MISNUMBERED, action.edit.changes![ws.snapshot().uri]), FTA);
      }
    }
  }
  assert.ok(renumbered > 0, 'a renumbering is offered');
});

test('hover on a section named in a sentence shows its heading and the articles it holds', () => {
  const ctx = textContext(FTA);
  const h = hover(ctx, FTA.indexOf('第一节和') + 1);
  assert.deepEqual(h && (h.contents as { value: string }).value, '**第一节** 一般规定\n\n第2\\.1条至第2\\.2条');
  assert.equal(hover(ctx, FTA.indexOf('第七章') + 1), null);
});

test('a reference to a decimal article the text lacks is reported with its number as written', () => {
  const text = FTA.replace('依照第2.1条至第2.3条', '依照第2.1条至第2.9条');
  const found = diagnostics(textContext(text)).filter((x) => x.code === 'ref.no-such-article').map((x) => x.message);
  assert.deepEqual(found, ['本协定没有第2.9条（共6条）']);
});

// Chapters numbering their articles from 第一条 again (the RCEP's and the China–Australia agreement's Chinese texts).
const RESTART = [
  '# 区域全面经济伙伴关系协定',
  '',
  '各缔约方达成协议如下：',
  '',
  '第一章 初始条款和一般定义',
  '',
  '第一条 自由贸易区的建立',
  '',
  '各缔约方依照第二条建立自由贸易区。',
  '',
  '第二条 一般定义',
  '',
  '就本协定而言，第二章第二条所称货物指原产货物。',
  '',
  '第二章 货物贸易',
  '',
  '第一条 定义',
  '',
  '就本章而言，见本章第二条和第一章第二条。',
  '',
  '第二条 目标',
  '',
  '前条和第一条所列货物。',
  '',
  '第三章 最终条款',
  '',
  '第一条 生效',
  '',
  '本协定于2020年11月15日在河内签订，一式一份，用英文写成。',
  '',
].join('\n');

// [words, occurrence, the heading go to definition lands on (its line and the chapter above it)]
const RESTART_REFERENCES: [string, number, string][] = [
  ['第二条建立', 1, '第二条 一般定义'],
  ['第二章第二条', 1, '第二条 目标'],
  ['本章第二条', 1, '第二条 目标'],
  ['第一章第二条', 1, '第二条 一般定义'],
  ['前条', 1, '第一条 定义'],
  ['第一条所列', 1, '第一条 定义'],
];

for (const [words, occurrence, lands] of RESTART_REFERENCES) {
  test(`chapters numbered from 第一条 again: ${words} #${occurrence} → ${lands}`, () => {
    const ctx = textContext(RESTART);
    let at = -1;
    for (let k = 0; k < occurrence; k++) at = RESTART.indexOf(words, at + 1);
    const offset = at + Math.max(0, words.lastIndexOf('第')) + 1;
    const links = definition(ctx, offset);
    assert.equal(links.length, 1);
    assert.equal(RESTART.split('\n')[links[0].targetSelectionRange.start.line], lands);
  });
}

test('chapters numbered from 第一条 again: no repeat reported, and a repeat inside a chapter still is', () => {
  const codes = (text: string) => diagnostics(textContext(text)).filter((x) => x.severity === 1 || x.severity === 2).map((x) => `${x.code} ${x.message}`);
  assert.deepEqual(codes(RESTART), []);
  assert.deepEqual(codes(RESTART.replace('第二条 目标', '第一条 目标')).filter((c) => c.startsWith('numbering')), ['numbering.duplicate 第一条重复']);
});

test('chapters numbered from 第一条 again: renumbering numbers each chapter from 第一条, references following their article', () => {
  const gap = RESTART.replace('第二条 目标', '第三条 目标').replace('本章第二条', '本章第三条').replace('第二章第二条', '第二章第三条');
  const ws = workspace(gap);
  const ctx = contextOf(ws.index, ws.snapshot());
  assert.deepEqual(diagnostics(ctx).filter((x) => String(x.code).startsWith('numbering')).map((x) => x.message), ['缺少第二条']);
  const r = renumberArticles(ctx);
  assert.equal(r.refused, undefined);
  assert.equal(safe(ws, r.edit), RESTART);
});

// The English text of an agreement numbered by chapter (its counterpart: 协定.en.md beside 协定.zh.md).
const EN_FTA = [
  'FREE TRADE AGREEMENT BETWEEN THE GOVERNMENT OF THE PEOPLE\'S REPUBLIC OF CHINA AND THE GOVERNMENT OF TESTLAND',
  '',
  'CHAPTER 1',
  'INITIAL PROVISIONS',
  '',
  'Article 1.1: Establishment of a Free Trade Area',
  '',
  'The Parties hereby establish a free trade area in accordance with Article 1.2.',
  '',
  'Article 1.2: Relation to Other Agreements',
  '',
  'The Parties affirm their rights under Articles 1.1 and 2.1.',
  '',
  'CHAPTER 2',
  'TRADE IN GOODS',
  '',
  'Article 2.1: Scope',
  '',
  'This Chapter applies to trade in goods, subject to Article 1.2(1).',
  '',
].join('\n');

test('an English text numbered by chapter: Article 1.1 is its article 1.1 (not Article 1 twice), and its references read so', () => {
  const t = buildTreaty(EN_FTA);
  assert.deepEqual(t.articles.map((a) => [a.name, a.num]), [['Article 1.1', d(1, 1)], ['Article 1.2', d(1, 2)], ['Article 2.1', d(2, 1)]]);
  const refs = referencesOf(t).filter((r) => r.kind === 'article').map((r) => [t.text.slice(r.labelStart, r.labelEnd), r.target.num, r.target.paragraph]);
  assert.deepEqual(refs, [['Article 1.2', d(1, 2), undefined], ['Articles 1.1', d(1, 1), undefined], ['2.1', d(2, 1), undefined], ['Article 1.2', d(1, 2), 1]]);
  assert.deepEqual(diagnostics(textContext(EN_FTA)).filter((x) => x.severity === 1 || x.severity === 2).map((x) => `${x.code} ${x.message}`), []);
});

test('an English text numbered 1, 2, 3 reads Article 5.2 as before: article 5', () => {
  const text = 'TREATY BETWEEN THE PEOPLE\'S REPUBLIC OF CHINA AND TESTLAND\n\nArticle 5\n\nThe Parties shall cooperate.\n\nArticle 6\n\nAs provided in Article 5.2 of this Treaty.\n';
  const t = buildTreaty(text);
  assert.deepEqual(referencesOf(t).filter((r) => r.kind === 'article').map((r) => [t.text.slice(r.labelStart, r.labelEnd), r.target.num]), [['Article 5', 5]]);
});

test('renumbering a Chinese text numbered by chapter renumbers its English counterpart the same way', () => {
  const zh = (...heads: string[]) => `# 中华人民共和国政府和测试国政府自由贸易协定\n\n${heads.map((h) => `## ${h}\n\n双方合作。\n`).join('\n')}`;
  const en = (...heads: string[]) => `# Free Trade Agreement between the Government of the People's Republic of China and the Government of Testland\n\n${heads.map((h) => `## ${h}\n\nThe Parties shall cooperate.\n`).join('\n')}`;
  const ws = workspace(`%! 协定.zh.md\n${zh('第1.1条', '第1.3条', '第2.1条')}%! 协定.en.md\n${en('Article 1.1', 'Article 1.3', 'Article 2.1')}`);
  assert.deepEqual(renumbering(ws, renumberWithCounterparts(contextOf(ws.index, ws.snapshot(ws.file('协定.zh.md'))))), {
    articles: 1, dangling: [], files: { '协定.zh.md': ['7: ## 第⟦1.3→1.2⟧条'], '协定.en.md': ['7: ## Article ⟦1.3→1.2⟧'] },
  });
});

test('a chapter label alone with its caption on the line under it (第二章 / 货物贸易): the caption is the chapter\'s, and a chapter opening with 第一条 again is no annex', () => {
  const text = RESTART.replace('第一章 初始条款和一般定义', '第一章\n初始条款和一般定义').replace('第二章 货物贸易', '第二章\n货物贸易').replace('第三章 最终条款', '第三章\n最终条款');
  const t = buildTreaty(text);
  assert.deepEqual(t.chapters.map((c) => [c.name, c.caption]), [['第一章', '初始条款和一般定义'], ['第二章', '货物贸易'], ['第三章', '最终条款']]);
  assert.deepEqual(t.articles.map((a) => `${a.chapter?.name}${a.name}`), ['第一章第一条', '第一章第二条', '第二章第一条', '第二章第二条', '第三章第一条']);
  assert.deepEqual(diagnostics(textContext(text)).filter((x) => x.severity === 1 || x.severity === 2).map((x) => `${x.code} ${x.message}`), []);
});

test('decimal numbering: a chapter taken up again after another is out of order once, not also a gap', () => {
  const found = diagnostics(textContext(numbered('第一章 1.1 | 第二章 2.1 | 第三章 1.2 2.2'))).filter((x) => String(x.code).startsWith('numbering')).map((x) => `${x.code} ${x.message}`);
  assert.deepEqual(found, ['numbering.order 第1.2条位置不对：应在第2.1条之前']);
});
