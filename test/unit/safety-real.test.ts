// Every edit the server proposes is safe on real texts (issue #11, continued): the
// harness of safety-edits.test.ts takes each fixture as it is and random treaties made
// of fragments; this one takes the real texts (test/fixtures/real, unseen, laws,
// amendments, seeds, multilingual, pasted, drafts; and, for a long run, a sample of a
// folder of laws) and changes them as a drafter does — an article deleted, one copied
// in, one moved, two swapped, then a few pieces typed or characters deleted (typed()) —
// and one retouch of its shape (retouched()), then tries on each: every code action on every
// diagnostic, renumbering, "insert an article" (both ways), rename at article headings,
// references and defined terms, `treaty-check --fix`, completion after a `第` typed at a paragraph's end (each chapter or
// section offered accepted: completeChapters), and for the texts in two languages
// renumbering and rename with their counterparts. Each proposed edit is applied and
// every reference must mean what it meant (test/support/editSafety.ts); a relative
// reference (前条, 前款, 前两款) must name the same unit's text after an inserted article.
// Default (in `npm test`, ~10 s): one variation of each text, code actions on at most 12 of its
// diagnostics. Longer, after `npm test` has compiled:
//   SAFETY_REAL_RUNS=N   N variations of each text, code actions on every diagnostic
//   SAFETY_LAWS=/tmp/laws SAFETY_LAWS_N=200   also that many laws of that folder (LawRefBook/Laws), chosen by a fixed seed
//   SAFETY_DUMP=FILE     every violation written to FILE; SAFETY_DEBUG=1 stops at the first
//   TREATY_FC_SEED=N|random   other variations (the default draws the same ones in every run)
//   SAFETY_ONLY=NAME     only the texts whose name holds NAME (a violation replayed with its seed, quickly)
//   SAFETY_VARIANT=PREFIX  each variant drawn written to PREFIX.<run>.md (to read what a violation was found on)
//   SAFETY_RETOUCH=0     no retouch of a variant's shape (retouched(): a paragraph pasted twice, a line break in a reference …)
//   SAFETY_RETOUCH=more  twelve retouches more: a reference written with Arabic digits (`第5条`), a definition quoted 「」; a chapter
//                        heading moved into an article, an article half in traditional characters, an article split by a stray
//                        `##`, a chapter's label lost (its caption alone); a chapter's heading given the number of the one before
//                        (`第二章` twice), the first chapter's heading lost above 第一条 (what the chapter fixes answer); a chapter
//                        moved with its articles before another of its level, a reference typed in full-width digits (`第５条`);
//                        an article's items relabelled （一） → 1., an article split in two by hand (`第五条之一` over a paragraph)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeAction, CompletionItemKind, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { contextOf } from '../../server/src/features/context';
import { prepareTermRename, renameTerm } from '../../server/src/features/renameTerm';
import { prepareRename, rename, renumberArticles } from '../../server/src/features/renumber';
import { renameWithCounterparts, renumberWithCounterparts } from '../../server/src/features/counterpartEdits';
import { insertArticle } from '../../server/src/features/insertArticle';
import { codeActions } from '../../server/src/features/codeActions';
import { completion } from '../../server/src/features/completion';
import { LineMap } from '../../server/src/syntax/positions';
import { diagnostics } from '../../server/src/features/diagnostics';
import { WorkspaceIndex } from '../../server/src/index/workspace';
import { referencesOf } from '../../server/src/model/references';
import { Treaty, articleAt, buildTreaty } from '../../server/src/model/treaty';
import { formatChinese, parseNumeral } from '../../server/src/syntax/numerals';
import { foldScript } from '../../server/src/syntax/script';
import { fixText } from '../../server/src/cli/treatyCheck';
import { msg } from '../../server/src/features/messages';
import { DEFAULT_CONFIG } from '../../server/src/protocol/config';
import { ROOT } from '../support/fixture';
import { CODE_BOOKS, INTERPRETATION } from '../support/codeBooks';
import { COMPLETES_READING, Meanings, around, checkWorkspaceEdit, mask, meanings } from '../support/editSafety';

const RUNS = Number(process.env.SAFETY_REAL_RUNS ?? 0) || 0;
const LAWS = process.env.SAFETY_LAWS;
const LAWS_N = Number(process.env.SAFETY_LAWS_N ?? 100) || 100;
const ONLY = process.env.SAFETY_ONLY;
/** SAFETY_RETOUCH=0: no retouch of a variant's shape (retouched(): the variants as drawn before they were added). */
const RETOUCH = process.env.SAFETY_RETOUCH !== '0';
const FOLDERS = ['real', 'unseen', 'laws', 'amendments', 'seeds', 'multilingual', 'pasted', 'drafts'];

interface Base {
  name: string;
  text: string;
}

function basesOf(dir: string, prefix: string, files?: string[]): Base[] {
  const out: Base[] = [];
  for (const f of files ?? fs.readdirSync(dir).sort()) {
    if (!f.endsWith('.md') || f === 'README.md') continue;
    out.push({ name: `${prefix}/${f}`, text: fs.readFileSync(path.join(dir, f), 'utf8').replace(/^\ufeff/, '') });
  }
  return out;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory() && !e.name.startsWith('.')) out.push(...walk(p));
    else if (e.name.endsWith('.md') && e.name !== 'README.md') out.push(p);
  }
  return out;
}

/** New names for defined terms: no text writes them, and no numeral in them (editSafety masks numerals). */
const TERM_NAMES = ['甲乙丙丁', '戊己庚辛', '壬癸子丑', '寅卯辰巳', '午未申酉'];

/** A small deterministic generator. */
function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => ((x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

function bases(): Base[] {
  const out: Base[] = [];
  for (const f of FOLDERS) out.push(...basesOf(path.join(ROOT, 'test/fixtures', f), f));
  if (LAWS) {
    const all = walk(LAWS).sort();
    const pick = rng(7);
    const chosen = new Set<number>();
    while (chosen.size < Math.min(LAWS_N, all.length)) chosen.add(Math.floor(pick() * all.length));
    for (const i of [...chosen].sort((a, b) => a - b)) out.push({ name: `laws:${path.relative(LAWS, all[i])}`, text: fs.readFileSync(all[i], 'utf8').replace(/^\ufeff/, '') });
  }
  return out;
}

// ——— Case by case: what the harness found, each as a small text (each fails on the code before its fix) ———

const URI = 'file:///ws/test.md';
const one = (text: string) => {
  const index = new WorkspaceIndex();
  index.set(URI, text, 1, 'markdown');
  return { index, snapshot: index.get(URI)! };
};
const applied = (text: string, edit: WorkspaceEdit | undefined) => TextDocument.applyEdits(TextDocument.create(URI, 'markdown', 1, text), edit?.changes?.[URI] ?? []);

test('insert an article: in a text whose articles are 款 (older treaties), the new heading is 第…款 too', () => {
  const src = '# 辛丑條約\n\n**第一款**　大清國國家允定甲事。\n\n**第二款**　大清國國家允定乙事。\n\n**第三款**　照前款辦理。\n';
  const { index, snapshot } = one(src);
  const r = insertArticle(contextOf(index, snapshot), src.indexOf('**第一款**'), 'renumber');
  assert.equal(r.result.name, '第二款');
  assert.equal(applied(src, r.edit), '# 辛丑條約\n\n**第一款**　大清國國家允定甲事。\n\n**第二款**\n\n\n**第三款**　大清國國家允定乙事。\n\n**第四款**　照前款辦理。\n');
  // No 第二款之一 in them: it would be read as text, and the article count not grow.
  const sub = insertArticle(contextOf(index, snapshot), src.indexOf('**第二款**'), 'sub');
  assert.equal(sub.edit, undefined);
  assert.equal(sub.result.message, '“第二款之一”在本文件中不会被识别为条款标题，未插入。');
});

test('insert an article: in a text in traditional characters, 第…條 as its headings are written', () => {
  const src = '# 測試協定\n\n第一條 雙方合作。\n\n第二條 依照第一條交流。\n';
  const { index, snapshot } = one(src);
  const r = insertArticle(contextOf(index, snapshot), src.indexOf('第一條'), 'renumber');
  // Its articles write their text on the label's line after a space: the new one's is to go there too (the cursor after the space).
  assert.equal(applied(src, r.edit), '# 測試協定\n\n第一條 雙方合作。\n\n第二條 \n\n第三條 依照第一條交流。\n');
  assert.deepEqual(r.result.position, { line: 4, character: 4 });
});

test('insert an article: in a Russian text, Статья N as its headings are written (no 第…条 among them)', () => {
  const src = '# Соглашение о сотрудничестве\n\n**Статья 1.** Стороны сотрудничают.\n\n**Статья 2.** Стороны обмениваются информацией согласно статье 1.\n';
  const { index, snapshot } = one(src);
  const r = insertArticle(contextOf(index, snapshot), src.indexOf('**Статья 1'), 'renumber');
  assert.equal(applied(src, r.edit), '# Соглашение о сотрудничестве\n\n**Статья 1.** Стороны сотрудничают.\n\n**Статья 2.**\n\n\n**Статья 3.** Стороны обмениваются информацией согласно статье 1.\n');
  assert.equal(r.result.name, 'Статья 2');
  // 之一 is Chinese: no 'Статья 1之一' in a Russian text.
  const sub = insertArticle(contextOf(index, snapshot), src.indexOf('**Статья 1'), 'sub');
  assert.equal(sub.edit, undefined);
  assert.equal(sub.result.message, '“Статья 1之一”在本文件中不会被识别为条款标题，未插入。');
});

test('insert an article: numbered out of order, an insertion that would give two articles one number is refused', () => {
  // 第四条 before 第三条: inserted first, the new article is 第四条 and 第三条 moves up to 第四条 too; 依照第三条 then named
  // the empty new article (出境入境管理法 with 第二十三条 moved first, the San Francisco treaty with two articles swapped).
  const src = '# 测试协定\n\n## 第四条\n\n依照第三条。\n\n## 第三条\n\n乙。\n';
  const { index, snapshot } = one(src);
  const r = insertArticle(contextOf(index, snapshot), 0, 'renumber');
  assert.equal(r.edit, undefined);
  assert.equal(r.result.message, '本协定已有第四条。请选择其他条号，或先“重新编号全部条款”。');
  // After 第四条 too (第三条 would move up to the first one's number); as 第四条之一 nothing moves.
  assert.equal(insertArticle(contextOf(index, snapshot), src.indexOf('依照'), 'renumber').edit, undefined);
  const sub = insertArticle(contextOf(index, snapshot), src.indexOf('依照'), 'sub');
  assert.equal(applied(src, sub.edit), '# 测试协定\n\n## 第四条\n\n依照第三条。\n\n## 第四条之一\n\n\n## 第三条\n\n乙。\n');
});

test('insert an article: numbered out of order, the articles it moves up may not take the number of one that stays', () => {
  // 第八条 moved above 第一条 (the Kazakhstan border agreement's draft, found by TREATY_FC_SEED=4343): inserted after 第一条,
  // 第二条 … 第七条 move up one, 第七条 becomes a second 第八条, and 第七条's 依照本协定第八条 would name either.
  const src = '# 测试协定\n\n## 第八条\n\n本协定自签字之日起生效。\n\n## 第一条\n\n甲。\n\n## 第七条\n\n依照本协定第八条执行。\n';
  const { index, snapshot } = one(src);
  const r = insertArticle(contextOf(index, snapshot), src.indexOf('甲'), 'renumber');
  assert.equal(r.edit, undefined);
  assert.equal(r.result.message, '本协定已有第八条。请选择其他条号，或先“重新编号全部条款”。');
  // Numbers shared before stay shared as they move (two 第一条, both made 第二条): inserted at the top, as before.
  const twice = '# 测试协定\n\n## 第一条\n\n甲。\n\n## 第一条\n\n乙。\n\n## 第二条\n\n依照第二条。\n';
  const top = one(twice);
  assert.equal(applied(twice, insertArticle(contextOf(top.index, top.snapshot), 0, 'renumber').edit), '# 测试协定\n\n## 第一条\n\n\n## 第二条\n\n甲。\n\n## 第二条\n\n乙。\n\n## 第三条\n\n依照第三条。\n');
});

test('insert an article: after an article that ends inside a paragraph, where the new heading would cut a citation in two, refused', () => {
  // The Vietnam ports agreement pasted from a PDF with 第九条 typed into its title (TREATY_FC_SEED=777): the article ends before
  // the preamble's last line, `…社会主` / `义共和国陆地边界条约》，达成协议如下：`, and the new heading went between them.
  const src = '# 甲乙协定\n\n第九条　甲。\n\n双方根据《中华人民共和国和越南社会主\n义共和国陆地边界条约》，达成协议如下：\n第一条 乙。\n';
  const { index, snapshot } = one(src);
  for (const mode of ['sub', 'renumber'] as const) {
    const r = insertArticle(contextOf(index, snapshot), src.indexOf('甲。'), mode);
    assert.equal(r.edit, undefined, mode);
    assert.match(r.result.message ?? '', /^插入第(九条之一|十条)后，第5行“《中华人民共和国和越南社会主义共和国陆地边界条约》”不会再被读作同样的引用/);
  }
});

test('harness: a name of the parties in another form is the same text (term.variant writes the defined one)', () => {
  assert.equal(mask('缔约双方全权代表签字'), mask('双方全权代表签字'));
  assert.equal(mask('经缔约方同意'), mask('经缔约双方同意'));
  assert.equal(mask('締約各方'), mask('各方'));
  // A party named otherwise is not the parties: 缔约一方 stays itself.
  assert.notEqual(mask('缔约一方同意'), mask('双方同意'));
});

test('insert an article: a reference to no article is not given the new one; 前条 and 次条 across the insertion are not moved onto it', () => {
  // 浙江省农产品质量安全规定 with 第十九条 deleted: a new 第十九条 after 第十八条 became the target of 第十九条's references.
  const src = '# 测试协定\n\n## 第一条\n\n依照本协定第三条。\n\n## 第二条\n\n乙。\n';
  const { index, snapshot } = one(src);
  const r = insertArticle(contextOf(index, snapshot), src.indexOf('乙'), 'renumber');
  assert.equal(r.edit, undefined);
  assert.equal(r.result.message, '插入第三条后，悬空引用第5行“本协定第三条”会指向它，未插入。');
  // 第二条之一 names nothing that was named.
  assert.equal(applied(src, insertArticle(contextOf(index, snapshot), src.indexOf('乙'), 'sub').edit), '# 测试协定\n\n## 第一条\n\n依照本协定第三条。\n\n## 第二条\n\n乙。\n\n## 第二条之一\n\n');
  // 浙江省建设工程监理管理条例: 第二十五条 前条规定以外的… — with 第二十四条之一 inserted before it, 前条 is the new article.
  const law = '# 测试条例\n\n第一条 依照次条办理。\n\n第二条 前条规定以外的，乙。\n\n第三条 丙。\n';
  const w = one(law);
  for (const mode of ['renumber', 'sub'] as const) {
    const x = insertArticle(contextOf(w.index, w.snapshot), law.indexOf('依照'), mode);
    assert.equal(x.edit, undefined, mode);
    assert.equal(x.result.message, `插入${mode === 'sub' ? '第一条之一' : '第二条'}后，第3行“次条”、第5行“前条”会改指新条款，未插入。请先把它写成条号。`);
  }
  // Between 第二条 and 第三条 neither is crossed.
  assert.ok(insertArticle(contextOf(w.index, w.snapshot), law.indexOf('前条'), 'renumber').edit);
});

test('insert an article: before a heading glued inside a line, whose paragraphs the line break would make one, refused', () => {
  // 中华人民共和国和安哥拉共和国引渡条约 as a page pastes it, one line: `第二条可引渡的犯罪 一、… 二、…` glued after 第一条 is
  // read with its paragraphs cut at the white space before 二、; the new heading put it at a line's start, read as one
  // paragraph, and 第二条第一款 named the whole line's text.
  const src = '# 测试引渡条约\n\n双方达成协议如下: 第一条 双方应相互引渡。 第二条可引渡的犯罪 一、只有符合下列条件时,才能同意引渡。 二、根据本条第一款确定。\n\n第三条 依照第二条第一款。\n';
  const { index, snapshot } = one(src);
  assert.deepEqual(index.model(snapshot).articles.map((a) => [a.name, a.caption, a.paragraphs.length]), [['第一条', undefined, 1], ['第二条', '可引渡的犯罪', 2], ['第三条', undefined, 1]]);
  for (const mode of ['renumber', 'sub'] as const) {
    const r = insertArticle(contextOf(index, snapshot), src.indexOf('第一条'), mode);
    assert.equal(r.edit, undefined, mode);
    assert.equal(r.result.message, `插入${mode === 'sub' ? '第一条之一' : '第二条'}后，现在的第二条的标题或款项会被读成另一番样子，未插入。请先把条款标题和各款各自另起一行。`);
  }
  // After 第二条 (its own line's end) nothing is read otherwise.
  assert.equal(applied(src, insertArticle(contextOf(index, snapshot), src.indexOf('二、根据'), 'renumber').edit), src.replace('确定。\n', '确定。\n\n第三条\n\n').replace('第三条 依照', '第四条 依照'));
});

test('rename and renumbering in a text in traditional characters: 第…條 is rewritten as 第…条 is', () => {
  const src = '# 測試協定\n\n第一條 雙方合作。\n\n第三條 依照第一條和第三條交流。\n';
  const { index, snapshot } = one(src);
  const r = rename(contextOf(index, snapshot), src.indexOf('第一條 雙方') + 1, '五');
  assert.ok(r && 'changes' in r, JSON.stringify(r));
  assert.equal(applied(src, r), '# 測試協定\n\n第五條 雙方合作。\n\n第三條 依照第五條和第三條交流。\n');
  const n = renumberArticles(contextOf(index, snapshot));
  assert.equal(applied(src, n.edit), '# 測試協定\n\n第一條 雙方合作。\n\n第二條 依照第一條和第二條交流。\n');
});

test('rename: a line naming a range of articles sharing one 条 (第一至八条) is text, not a sub-heading its new length would change', () => {
  // `第一至八条` alone on a line before an article was read as a section's sub-heading (short, no punctuation); 第八条 renamed
  // 第一万五千六百二十四条, the line grew too long for one and became 第八条's paragraph: the range's end named more text.
  for (const [src, unit] of [['# 测试协定\n\n## 第八条\n\n第一至八条\n\n## 第二条\n\n乙。\n', '条'], ['# 測試協定\n\n## 第八條\n\n第一到八條\n\n## 第二條\n\n乙。\n', '條']]) {
    const { index, snapshot } = one(src);
    assert.deepEqual(index.model(snapshot).articles.map((a) => [a.name, a.paragraphs.length]), [['第八条', 1], ['第二条', 1]], src);
    const r = rename(contextOf(index, snapshot), src.indexOf(`第八${unit}`) + 1, '第一万五千六百二十四条');
    const after = applied(src, r as WorkspaceEdit);
    assert.equal(after, src.split('八').join('一万五千六百二十四'));
    const again = one(after);
    assert.deepEqual(again.index.model(again.snapshot).articles.map((a) => [a.name, a.paragraphs.length]), [['第一万五千六百二十四条', 1], ['第二条', 1]]);
  }
});

test('rename: in a law-style article (第二条 本法所称…), F2 on a word of its text is no rename of the article; on its label it is', () => {
  const src = '# 中华人民共和国测试法\n\n第一条 为了规范测试，制定本法。\n\n第二条 本法所称测试机构，是指依法设立的机构。\n\n第三条 测试机构依照第二条开展工作。\n';
  const { index, snapshot } = one(src);
  const ctx = contextOf(index, snapshot);
  assert.equal(prepareRename(ctx, src.indexOf('测试机构，') + 1), null);
  assert.equal(rename(ctx, src.indexOf('测试机构，') + 1, '五'), null);
  const p = prepareRename(ctx, src.indexOf('第二条 本法') + 1);
  assert.ok(p && 'range' in p);
  assert.equal(p.placeholder, '第二条');
  // Between the label and the text, still the heading.
  assert.ok(prepareRename(ctx, src.indexOf('第二条 本法') + 3));
});

test('rename a defined term: refused when a heading\'s short text with the term would be read as a caption', () => {
  // 中越边境口岸协定 (a PDF's text) with a line break typed after 第二条 双方同意: `双方同意` is the article's text (双方 opens a
  // sentence); the term renamed 午未申酉, `午未申酉同意` was read as a caption and 第二条第一款 named nothing.
  const src = '# 测试协定\n\n中华人民共和国政府和越南社会主义共和国政府（以下简称“双方”）达成协议如下：\n\n第一条 双方合作。\n\n第二条 双方同意\n\n第三条 依照第二条第一款。\n';
  const { index, snapshot } = one(src);
  assert.deepEqual(index.model(snapshot).articles.map((a) => [a.name, a.caption, a.paragraphs.length]), [['第一条', undefined, 1], ['第二条', undefined, 1], ['第三条', undefined, 1]]);
  const at = src.indexOf('双方”') + 1;
  assert.deepEqual(renameTerm(contextOf(index, snapshot), at, '午未申酉'), { refused: '无法改为“午未申酉”：条款的标题或款项会被读成另一番样子。' });
  // A name that keeps the reading: renamed.
  const r = renameTerm(contextOf(index, snapshot), at, '缔约双方');
  assert.ok(r && 'changes' in r, JSON.stringify(r));
  assert.equal(applied(src, r), src.split('双方').join('缔约双方'));
});

test('treaty-check --fix: a self-reference fixed after article headings glued in one line is fixed where it is', () => {
  // `第一条 …。第二条 …` in one line are two articles (the tree's lines are finer than the text's): the
  // fix's position is the text's line, not the tree's; it rewrote 第二条 as 本协定.
  const src = '# 测试协定\n\n双方达成协议如下：第一条 双方合作。第二条 双方交流。\n\n本协议自签字之日起生效。\n';
  const index = new WorkspaceIndex();
  const s = index.set(URI, src, 0);
  assert.equal(fixText(index, s, DEFAULT_CONFIG), '# 测试协定\n\n双方达成协议如下：第一条 双方合作。第二条 双方交流。\n\n本协定自签字之日起生效。\n');
});

test('style.half-width-punctuation: made full-width, a converter\'s pinyin glosses leave the headings as they were read', () => {
  // 深圳经济特区人才工作条例 (a draft through a converter, `經(jīng)濟`) with a line break typed into 第四條's caption: the
  // heading `第四條【人才工作領(lǐng)導(dǎo)` is a caption glued to its label, the glosses apart; the glosses made `（lǐng）`, the line
  // was too long for one and read as text — 全文改为全角标点 and --fix made three articles two, a reference's target moved.
  const src = '深圳經(jīng)濟特區(qū)人才工作條例\n第一條 為了落實人才強國戰(zhàn)略,制定本條例。\n第二條【人才工作領(lǐng)導(dǎo)\n第三條 依照本條例第二條執(zhí)行。\n';
  const index = new WorkspaceIndex();
  const s = index.set(URI, src, 0);
  const shape = (t: Treaty) => t.articles.map((a) => `${a.name}:${a.paragraphs.length}`);
  const was = shape(index.model(s));
  const fixed = fixText(index, s, DEFAULT_CONFIG);
  // (Since session 40 a gloss's brackets are no punctuation to fix: the comma alone is made full-width, the glosses stay.)
  assert.equal(fixed, src.replace(',', '，'));
  assert.deepEqual(shape(index.model(index.set(URI, fixed, 1))), was);
  assert.deepEqual(was, ['第一条:1', '第二条:0', '第三条:1']);
});

test('style.half-width-punctuation: a list of （一） entries ending with `;` reads as with `；`, so the fix regroups no paragraph', () => {
  // The Belarus extradition treaty (pinyin, traditional) with 第二條's definition moved below its use (session 45, SAFETY_RETOUCH=more):
  // the article opens with `(一)…;` / `(二)…。`, no lead. Entries ending with `；` are one sentence's items (parser.ts
  // enumerates), but `;` was not read as that mark: the entries were paragraphs 1 and 2, so `第二款` named `(二)…`; made
  // full-width they became one paragraph's items, and `第二款` named `二、…`. A half-width `;` is the same mark typed so.
  const src = '# 中华人民共和国和白俄罗斯共和国引渡条约\n\n第一条 引渡义务\n\n缔约双方有义务相互引渡。\n\n第二条 可引渡的犯罪\n\n(一)依照中华人民共和国法律,可处一年以上有期徒刑;\n(二)依照白俄罗斯共和国法律,可处一年以上剥夺自由的刑罚。\n二、在符合本条第一款规定的条件下,方可予以引渡。\n三、即使这些犯罪不符合本条第一款和第二款规定的条件,亦可引渡。\n';
  const index = new WorkspaceIndex();
  const s = index.set(URI, src, 0);
  const shape = (t: Treaty) => t.articles.map((a) => a.paragraphs.map((p) => `${t.text.slice(p.start, p.end).replace(/[,;()]/g, (c) => ({ ',': '，', ';': '；', '(': '（', ')': '）' })[c]!)}:${p.items.length}`));
  const expected = [
    ['缔约双方有义务相互引渡。\n:0'],
    ['（一）依照中华人民共和国法律，可处一年以上有期徒刑；\n（二）依照白俄罗斯共和国法律，可处一年以上剥夺自由的刑罚。\n:2', '二、在符合本条第一款规定的条件下，方可予以引渡。\n:0', '三、即使这些犯罪不符合本条第一款和第二款规定的条件，亦可引渡。\n:0'],
  ];
  assert.deepEqual(shape(index.model(s)), expected);
  const fixed = fixText(index, s, DEFAULT_CONFIG);
  assert.equal(fixed, src.replace(/[,;()]/g, (c) => ({ ',': '，', ';': '；', '(': '（', ')': '）' })[c]!));
  assert.deepEqual(shape(index.model(index.set(URI, fixed, 1))), expected);
});

test('renumbering: a reference a width broke over lines is rewritten in its parts, the line break kept', () => {
  // The Vietnam ports agreement from a PDF (test/fixtures/pasted/ports_vietnam_pdf.md: `本协定第` / `六条`, `本协定第二` / `条`):
  // the number was looked for in the label on one line only, found in none of them, and renumbering refused nearly every
  // variant (`…“本协定第\n六条”改写后不再指向第六条`). The number is read with the line break taken out and written back where
  // it stood, each part on its line; one broken inside keeps as many characters on the first line (`第十` / `二条` → `第十` / `一条`,
  // `第十` / `条` → `第九` / `条`).
  const numbers = ['二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三'];
  const body = (ref: string, names: string[]) => `# 测试协定\n\n${names.map((n, i) => `第${n}条 ${i === 1 ? ref : '双方合作。'}\n`).join('\n')}`;
  const src = body('双方依照本协定第十\n二条和本协定第\n十一条的规定，并依照本协定第十\n条办理。', numbers);
  const { index, snapshot } = one(src);
  const r = renumberArticles(contextOf(index, snapshot));
  assert.equal(r.refused, undefined);
  assert.equal(applied(src, r.edit), body('双方依照本协定第十\n一条和本协定第\n十条的规定，并依照本协定第九\n条办理。', ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二']));
  // Each edit is a numeral's characters on one line: no line break taken or written.
  for (const e of r.edit!.changes![URI]) {
    assert.equal(e.range.start.line, e.range.end.line);
    assert.ok(!e.newText.includes('\n'));
  }
  const pdf = fs.readFileSync(path.join(ROOT, 'test/fixtures/pasted/ports_vietnam_pdf.md'), 'utf8');
  const cut = pdf.slice(0, pdf.indexOf('第一条 本协定所称')) + pdf.slice(pdf.indexOf('—2—'));
  const p = one(cut);
  const q = renumberArticles(contextOf(p.index, p.snapshot));
  assert.equal(q.refused, undefined);
  const after = applied(cut, q.edit);
  assert.ok(after.includes('并可根据本协定第\n五条的规定调整。'));
  assert.ok(after.includes('研究解决本协定第一\n条所列口岸'));
  assert.ok(after.includes('第四条 本协定第二条和第三条的规定同样适用于本协定第一\n条第一款第（二）项所列口岸。'));
});

test('renumbering: a reference broken over a PDF page, its page number on a line between its parts, is rewritten in its parts', () => {
  // Session 46 left it (`本协定第` / `- 3 -` / `六条`, a PDF copy's page break inside a reference): the reference is read past
  // the page's number, but renumbering read the label on one line, found the page's `3` as a number (`Article 3`) and would
  // have made it `- 5 -`, then refused (`第5行“本协定第 / - 3 - / 六条”改写后不再指向第六条`). The lines between the parts
  // that references are not read on (a page's number, blank lines) are passed over and kept as written.
  const numbers = ['二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三'];
  const renumbered = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
  const body = (ref: string, names: string[]) => `# 测试协定\n\n${names.map((n, i) => `第${n}条 ${i === 1 ? ref : '双方合作。'}\n`).join('\n')}`;
  for (const [ref, expected] of [
    ['双方依照本协定第\n- 3 -\n六条办理。', '双方依照本协定第\n- 3 -\n五条办理。'],
    ['双方依照本协定第十\n\n—3—\n\n二条和本协定第\n第 3 页\n十一条办理。', '双方依照本协定第十\n\n—3—\n\n一条和本协定第\n第 3 页\n十条办理。'],
  ]) {
    const src = body(ref, numbers);
    const { index, snapshot } = one(src);
    const r = renumberArticles(contextOf(index, snapshot));
    assert.equal(r.refused, undefined, ref);
    assert.equal(applied(src, r.edit), body(expected, renumbered));
    assert.deepEqual(checkWorkspaceEdit(index, r.edit!, meanings(index)), []);
  }
});

test('harness: a reference to a chapter must name the chapter of the same caption after an edit (the chapter fixes)', () => {
  // The chapter fixes (chapterNumbering.ts) rewrite `本法第三章` with the headings: the oracle reads what each chapter reference
  // names, by its caption. An edit renumbering the headings and leaving the reference is caught; one rewriting both is not.
  const src = '# 测试法\n\n## 第一章 总则\n\n第一条 为了规范管理，制定本法。\n\n## 第三章 管理\n\n第二条 依照本法第三章的规定管理。\n\n## 第四章 附则\n\n第三条 本法自公布之日起施行。\n';
  const { index } = one(src);
  const before = meanings(index);
  assert.ok(before.get(URI)!.some((m) => m.startsWith('chapter → 章:管理')));
  const at = (needle: string, k = 0) => {
    let i = -1;
    for (let n = 0; n <= k; n++) i = src.indexOf(needle, i + 1);
    const line = src.slice(0, i).split('\n').length - 1;
    return { line, character: i - src.lastIndexOf('\n', i - 1) - 1 };
  };
  const edit = (ranges: { line: number; character: number }[], texts: string[]): WorkspaceEdit => ({ changes: { [URI]: ranges.map((r, k) => ({ range: { start: r, end: { line: r.line, character: r.character + 1 } }, newText: texts[k] })) } });
  const heads = [{ ...at('三章'), character: at('三章').character }, at('四章')];
  assert.notDeepEqual(checkWorkspaceEdit(index, edit(heads, ['二', '三']), before), []);
  assert.deepEqual(checkWorkspaceEdit(index, edit([...heads.slice(0, 1), at('三章', 1), heads[1]], ['二', '二', '三']), before), []);
});

test('harness: a defined term\'s phrase made full-width in one of its places is the same phrase (the oracle reads widths alike)', () => {
  // agreement_model_tax_oneline with 第三条 copied: “主管部门”这一用语是指: (1)在甲国: … read twice, and the bracket fix of one
  // place made the definition's phrase （1）在甲国 — the other place, still (1), was no longer read as the term, and the
  // oracle reported a reference's target changed when only a mark's width had.
  const src = '# 测试协定\n\n## 第一条\n\n“主管部门”指(甲国)财政部。\n\n## 第二条\n\n(甲国)财政部负责解释。\n\n## 第三条\n\n依照第二条。\n';
  const { index, snapshot } = one(src);
  const before = meanings(index);
  const ds = diagnostics(contextOf(index, snapshot)).filter((d) => d.code === 'style.half-width-punctuation');
  assert.equal(ds.length, 4);
  for (const d of ds) for (const a of codeActions(contextOf(index, index.get(URI)!), [d])) assert.deepEqual(checkWorkspaceEdit(index, a.edit!, before), [], a.title);
});

test('harness: a cited title names its text with its quotation marks one as another (a definition typed inside 《》, its marks fixed)', () => {
  // SAFETY_RETOUCH=more TREATY_FC_SEED=1001, session 48: the Shanghai Five's confidence-building agreement cited in a pasted text,
  // `（以下简称“委员会”）` typed inside its 《》 and quoted 「」 by the retouch; term.quote-mixed made them “” again, and the oracle
  // said the citation named another (absent) text. A title is read with its marks out (treaty.ts normalizeTitle): the same text.
  const src = '# 测试协定\n\n第一条 双方依照《中华人民共和国、哈萨克斯坦共和国、吉尔吉斯共和国、俄罗斯联邦、塔吉克斯坦（以下简称「委员会」）共和国关于在边境地区加强军事领域信任的协定》设立“联合监督小组”（以下简称“小组”）和“专家组”（以下简称“专家”）。\n\n第二条 小组、专家和委员会每年会晤一次。\n';
  const { index, snapshot } = one(src);
  const before = meanings(index);
  const mixed = diagnostics(contextOf(index, snapshot)).filter((d) => d.code === 'term.quote-mixed');
  const fixes = codeActions(contextOf(index, snapshot), mixed).filter((a) => a.edit && a.title.includes('引号'));
  assert.ok(fixes.length > 0);
  for (const a of fixes) {
    assert.notEqual(applied(src, a.edit), src);
    assert.deepEqual(checkWorkspaceEdit(index, a.edit!, before), [], a.title);
  }
});

test('harness: an inserted article is the one the edit writes, not the first whose body differs (a stray `## 第五条` in a preamble)', () => {
  // The Hague minors convention (real/convention_hcch_minors_1961_fsou.md) with `## 第五条` typed inside its preamble's last
  // line (SAFETY_RETOUCH=more TREATY_FC_SEED=23): the text's one article, its body empty (the articles below it are
  // text in a text of `##` headings). Inserting before it writes `## 第五条` and makes it 第六条, `第五条第三款` following it;
  // the oracle took the new article for the old (both empty) and said the reference had moved onto it. Told by where the edit
  // writes its heading (insertedArticle), the reference names the same article before and after.
  const src = '海牙保护未成年人的管辖权和法律适用公约\n本公约签字国,\n决定为此目的缔结一项公约,并议定条款如\n\n## 第五条\n\n下:\n第一条 未成年人的惯常居所地国的司法机关和行政机关,除本公约第三条、第四条及第五条第三款规定外,有权采取措施,以保护未成年人人身及其财产。\n';
  const { index, snapshot } = one(src);
  const t = index.model(snapshot);
  assert.deepEqual(t.articles.map((a) => a.name), ['第五条']);
  for (const mode of ['renumber', 'sub'] as const) {
    const ins = insertArticle(contextOf(index, snapshot), t.articles[0].start - 1, mode);
    assert.ok(ins.edit, mode);
    assert.match(applied(src, ins.edit), /## 第五条\n\n+## 第六条\n[^]*第六条第三款/);
    assert.deepEqual(checkInsertion(index, URI, ins.edit!, meanings(index)), [], mode);
  }
});

test('harness: a comment line between a definition\'s items leaves its phrase the words it was (the oracle reads white space out)', () => {
  // The ILC's draft articles on state immunity (real/draft_ilc_state_immunity_1991_fsou.md, TREATY_FC_SEED=2718): `“国家”是指:`
  // over items (一)(二)…, each with a half-width `;`. The suppression fix put its comment line above an item; the oracle's long
  // forms (a phrase a term stands for written as the term) no longer matched across the line it left, and `第二条` was said
  // to name other words. The server read the same definitions and articles.
  const src = '# 国家及其财产的管辖豁免条款草案\n\n第一条 本条款的范围\n本条款适用于国家及其财产对另一国法院的管辖豁免。\n\n第二条 用语\n1.为本条款的目的:\n(a)“法院”是指一国有权行使司法职能的不论名称为何的任何机关;\n(b)“国家”是指:\n(一)国家及其政府的各种机关;\n(二)联邦国家的组成单位;\n2.确定合同是否属于商业交易时,首先应考虑合同的性质。\n\n第三条 依照第二条的规定确定。\n';
  const { index, snapshot } = one(src);
  const before = meanings(index);
  const ctx = contextOf(index, snapshot);
  const items = diagnostics(ctx).filter((d) => d.code === 'style.half-width-punctuation' && (d.range.start.line === 9 || d.range.start.line === 10));
  assert.ok(items.length > 0);
  for (const a of codeActions(ctx, items).filter((x) => x.title.includes('禁用'))) assert.deepEqual(checkWorkspaceEdit(index, a.edit!, before), [], a.title);
});

test('harness: a phrase a term stands for is not read where it cuts another term\'s use in two (a definition typed inside a term)', () => {
  // The Taiwan–US legal assistance agreement (real/agreement_tw_us_mutual_legal_assistance_2002_xiaomilidoc.md) with 第一条
  // copied and `（以下简称“委员会”）` typed inside the copy's `所称"AIT"` (SAFETY_RETOUCH=more TREATY_FC_SEED=86): 委员会 stands
  // for `(1)所称"A`, and the oracle's long forms read the other copy's `(1)所称"AIT"` as `委员会IT"`; AIT renamed there, the
  // phrase was gone and the oracle said 第一条's words had changed. The server renamed the one term it read, rightly.
  const src = '# 刑事司法互助协定\n\n第一条 用词定义\n本协定所用名词定义如下:(1)所称"AIT"系指美国在台协会。\n\n第二条 用词定义\n本协定所用名词定义如下:(1)所称"A（以下简称“委员会”）IT"系指美国在台协会。\n\n第三条 依照第一条和第二条。\n';
  const { index, snapshot } = one(src);
  assert.deepEqual(index.model(snapshot).definitions.map((d) => [d.term, d.meaning]), [['AIT', '美国在台协会'], ['委员会', '(1)所称"A']]);
  const before = meanings(index).get(URI)!;
  assert.match(before[0], /所称"AIT"系指/);
  const renamed = renameTerm(contextOf(index, snapshot), src.indexOf('AIT') + 1, '甲乙丙丁');
  assert.ok(renamed && 'changes' in renamed);
  const same = (list: string[]) => list.map((x) => x.split('AIT').join('§').split('甲乙丙丁').join('§'));
  assert.deepEqual(checkWorkspaceEdit(index, renamed, new Map([[URI, same(before)]]), 0, false, same), []);
});

test('harness: a unit of another instrument (民法典第二编第六章, a code kept one file per book) names the same chapter after every edit', () => {
  // features/resolve.ts citedChapter and inBook (session 48): the oracle reads what each cited unit lands on, the text and the
  // chapter's caption, and every edit proposed on the books and on the interpretation citing them keeps it.
  const index = new WorkspaceIndex();
  const uri = (name: string) => `file:///ws/${encodeURI(name)}`;
  for (const [name, text] of Object.entries({ 'interp.md': INTERPRETATION, ...CODE_BOOKS })) index.set(uri(name), text, 1, 'markdown');
  const cited = meanings(index).get(uri('interp.md'))!.filter((x) => x.startsWith('cited chapter'));
  // (A book named alone, 第二编 and 第三编, lands on no heading: nothing, session 48's left case.)
  assert.deepEqual(cited, [
    'cited chapter → nothing',
    `cited chapter → ${uri('minfadian/物权编.md')} 章:业主的建筑物区分所有权`,
    'cited chapter → nothing',
    `cited chapter → ${uri('minfadian/合同编.md')} 分编:通则`,
    'cited chapter → nothing',
    `cited chapter → ${uri('minfadian/合同编.md')} 分编:典型合同`,
    `cited chapter → ${uri('minfadian/合同编.md')} 章:买卖合同`,
  ]);
  // An edit moving 物权编's 第六章 (its label written 第七章) is seen: 第二编第六章 names no chapter after it.
  const books = index.get(uri('minfadian/物权编.md'))!;
  const at = books.text.indexOf('第六章');
  const line = books.text.slice(0, at).split('\n').length - 1;
  const col = at - books.text.lastIndexOf('\n', at) - 1;
  const moved: WorkspaceEdit = { changes: { [books.uri]: [{ range: { start: { line, character: col }, end: { line, character: col + 3 } }, newText: '第七章' }] } };
  assert.deepEqual(checkWorkspaceEdit(index, moved, meanings(index)), [`${uri('interp.md')}: reference 2, line 5 “第六章” (after: line 5 “第六章”), meant cited chapter → ${uri('minfadian/物权编.md')} 章:业主的建筑物区分所有权, now cited chapter → nothing`]);
  const tally = emptyTally();
  for (const name of ['interp.md', ...Object.keys(CODE_BOOKS)]) exercise(index, uri(name), name, tally, rng(49), 6);
  assert.deepEqual(tally.violations, []);
  assert.ok(tally.proposed > 10, String(tally.proposed));
});

test('rename: a file of a code kept one file per book keeps its place among the books (民法典第二编 names the second by its first article)', () => {
  // Found by the case above once the oracle read cited units: 合同编's 第四百六十三条 renamed 第三条 (or 1) put 合同编 before 物权编 in
  // the order resolve.ts inBook reads the books, and 民法典第二编第六章 named nothing, 第三编第一分编 物权编's 通则.
  const index = new WorkspaceIndex();
  const uri = (name: string) => `file:///ws/${encodeURI(name)}`;
  for (const [name, text] of Object.entries({ 'interp.md': INTERPRETATION, ...CODE_BOOKS })) index.set(uri(name), text, 1, 'markdown');
  const book = index.get(uri('minfadian/合同编.md'))!;
  const at = book.text.indexOf('第四百六十三条') + 1;
  for (const name of ['第三条', '1', '二百']) {
    const r = rename(contextOf(index, book), at, name);
    assert.ok(r && 'refused' in r, `${name}: ${JSON.stringify(r)}`);
    assert.match(r.refused, /合同编\.md是分编保存的同一文本的一个文件：首条改为第(三|一|二百)条后，各编按首条排列的次序会改变/);
  }
  // Within its place (after 物权编's 第二百零五条): renamed as asked.
  const ok = rename(contextOf(index, book), at, '三百');
  assert.ok(ok && 'changes' in ok, JSON.stringify(ok));
  // A file of a text in one piece (from 第一条, no other file of its title) is renamed to any number as before.
  const whole = one('# 测试协定\n\n第一条 甲。\n\n第二条 依照第一条。\n');
  const five = rename(contextOf(whole.index, whole.snapshot), whole.snapshot.text.indexOf('第一条') + 1, '五');
  assert.ok(five && 'changes' in five);
});

test('harness: F2 on a reference the words of a defined term hold renames the article it names (本条例所称第五条河渠)', () => {
  // TREATY_FC_SEED=31337, SAFETY_RETOUCH=more (session 49): `第五条` typed into a 洛阳 regulation's `本条例所称河渠，包括…`
  // (LawRefBook/Laws 2f4c5c2, DLC/河南地方法规/地方性法规/河南/洛阳市城市河渠管理条例(2020-08-25).md 第二条) defines `第五条河渠`;
  // F2 there is on the reference 第五条 and offers its rename, as on any reference. The harness asked for no article rename
  // at a term; now only where no reference is read.
  const src = '# 洛阳市城市河渠管理条例\n\n第一条 为了加强城市河渠管理，制定本条例。\n\n第二条 本条例适用于本市城市规划区内河渠的建设、保护及其监督管理活动。\n\n本条例所称第五条河渠，包括河流、渠道、水库、塘坝、人工湖泊等水工程设施及其水体。\n\n第三条 第五条河渠的保护，依照本条例执行。\n\n第四条 市水行政主管部门负责河渠的监督管理。\n\n第五条 任何单位和个人都有保护河渠的义务。\n';
  const { index, snapshot } = one(src);
  const t = index.model(snapshot);
  assert.deepEqual(t.definitions.map((d) => d.term), ['第五条河渠']);
  const p = prepareRename(contextOf(index, snapshot), t.definitions[0].start + 1);
  assert.ok(p && 'range' in p && p.placeholder === '第五条', JSON.stringify(p));
  const tally = emptyTally();
  exercise(index, URI, 'regulation', tally, rng(31337), 2);
  assert.deepEqual(tally.violations, []);
});

test('style.half-width-punctuation: "full-width throughout" leaves a lost character\'s `?` as the fix of each mark does (`?第二條` stays text)', () => {
  // The China–Vietnam Gulf fisheries agreement from a page in traditional characters (real/agreement_cn_vn_gulf_fisheries_2000_pinyin_hant.md,
  // TREATY_FC_SEED=2718): `?第二條` at a line's start, a space the conversion lost. The fix of each mark offers no `？` there
  // (lostCharacter), but the action making every mark full-width did: `？第二條` read as a heading, one article more.
  const src = '中華人民共和國政府和越南社會主義共和國政府北部灣漁業合作協定\n\n締約雙方,為了維護和發展中越兩國的傳統睦鄰友好關係,達成協議如下:\n\n?第二條\n\n締約雙方在相互尊重主權的基礎上,在協定水域進行漁業合作。\n\n第三條 締約雙方同意建立共同漁區(以下簡稱"共同漁區")。\n';
  const { index, snapshot } = one(src);
  const ctx = contextOf(index, snapshot);
  const before = meanings(index);
  assert.deepEqual(index.model(snapshot).articles.map((a) => a.name), ['第三条']);
  const all = codeActions(ctx, diagnostics(ctx).filter((d) => d.code === 'style.half-width-punctuation')).find((a) => a.title.startsWith('全文改为全角标点'));
  assert.ok(all?.edit);
  const fixed = applied(src, all.edit);
  assert.ok(fixed.includes('\n?第二條\n') && fixed.includes('締約雙方，為了'), fixed);
  assert.deepEqual(checkWorkspaceEdit(index, all.edit!, before), []);
});

test('numbering.chapter: no renumbering that gives a chapter to a line naming none (a contents line left by a deleted heading)', () => {
  // 出境入境管理法 (unseen/law_exit_entry.md) with 第二章's heading deleted, its contents line kept (TREATY_FC_SEED=2718): renumbering
  // 第三章 and 第四章 on made the contents' `第二章　中国公民出境入境` name the chapter of 外国人入境出境. And 机动车交通事故责任强制保险条例
  // with `(` typed before `第三章 赔偿`: the line broken into text named 罚则 once 第四章 was made 第三章. A reference naming no
  // chapter names none after the fix, as one naming no article does after renumbering: the fix is not offered.
  const toc = '# 中华人民共和国测试法\n\n目　　录\n\n第一章　总　　则\n第二章　中国公民出境入境\n第三章　外国人入境出境\n第四章　附　　则\n\n## 第一章 总则\n\n第一条 为了规范出境入境管理，制定本法。\n\n第二条 中国公民出境入境，应当依法申请办理护照。\n\n## 第三章 外国人入境出境\n\n第三条 外国人入境，应当向中国的外交代表机关申请办理签证。\n\n## 第四章 附则\n\n第四条 本法自公布之日起施行。\n';
  const broken = '# 测试条例\n\n## 第一章 总则\n\n第一条 为了保障受害人依法得到赔偿，制定本条例。\n\n## (第三章 赔偿\n\n第二条 保险公司应当依法赔偿。\n\n## 第四章 罚则\n\n第三条 违反本条例规定的，依法处罚。\n\n## 第五章 附则\n\n第四条 本条例自公布之日起施行。\n';
  for (const src of [toc, broken]) {
    const { index, snapshot } = one(src);
    const ctx = contextOf(index, snapshot);
    const ds = diagnostics(ctx).filter((d) => d.code === 'numbering.chapter');
    assert.ok(ds.length > 0, src);
    assert.deepEqual(codeActions(ctx, ds).filter((a) => a.edit && !a.title.includes('禁用')).map((a) => a.title), [], src);
  }
});

test('chapter fixes: no heading written in that gives a chapter to a reference naming none (a heading broken into text, 本条例第三章)', () => {
  // SAFETY_RETOUCH=more TREATY_FC_SEED=4242 (session 49), over LawRefBook/Laws (2f4c5c2): 重庆市水文条例 with `本条` typed before its
  // `## 第一章 总 则` — the line broken into text, its 第一章 a reference naming none; the fix writing `## 第一章 总则` above 第一条
  // gave it that chapter. 医疗机构管理条例 with 第三章's heading deleted and `前两条` typed on a line of 第二章, read as a chapter whose
  // label was lost; labelled `## 第三章 前两条`, 第五十二条's `按照本条例第三章的规定` named it. As renumbering chapters (session 48):
  // the fix is not offered. (Cut to their essence; without the reference, each fix is offered.)
  const broken = '# 重庆市水文条例\n\n本条## 第一章 总 则\n\n第一条 为了加强和规范水文管理工作，发展水文事业，制定本条例。\n\n## 第二章 规划与建设\n\n第二条 水文站网规划应当科学合理。\n';
  const lost = '# 医疗机构管理条例\n\n## 第一章 总则\n\n第一条 为了加强对医疗机构的管理，制定本条例。\n\n## 第二章 规划布局和设置审批\n\n第二条 县级以上地方人民政府卫生行政部门应当制定医疗机构设置规划。\n\n前两条\n\n第三条 医疗机构执业，必须进行登记，领取《医疗机构执业许可证》。\n\n## 第四章 执业\n\n第四条 本条例实施前已经执业的医疗机构，应当按照本条例第三章的规定，补办登记手续。\n';
  for (const [src, code, plain] of [[broken, 'numbering.chapter', broken.replace('本条## 第一章 总 则\n\n', '')], [lost, 'numbering.chapter-label', lost.replace('按照本条例第三章的规定，', '')]]) {
    const fixes = (text: string) => {
      const { index, snapshot } = one(text);
      const ctx = contextOf(index, snapshot);
      const ds = diagnostics(ctx).filter((d) => d.code === code);
      assert.ok(ds.length > 0, `${code}: ${text}`);
      return codeActions(ctx, ds).filter((a) => a.edit && !a.title.includes('禁用')).map((a) => a.title);
    };
    assert.deepEqual(fixes(src), [], code);
    assert.equal(fixes(plain).length, 1, code);
  }
});

test('harness: what is left of a lost label is no part of the text; brackets paired, nested ones too, are', () => {
  // The item-gap fix replaces a half-deleted label's remnant (`（经贸事项；` → `（二）经贸事项；`): 第一条第二项 names the same item.
  const src = '# 测试协定\n\n## 第一条\n\n双方在以下方面合作：\n\n（一）合作事项；\n\n（经贸事项；\n\n（三）合作事项。\n\n## 第二条\n\n双方依照第一条第二项加强交流。\n';
  const { index, snapshot } = one(src);
  const before = meanings(index);
  const gap = diagnostics(contextOf(index, snapshot)).filter((d) => d.code === 'numbering.item-gap');
  const fix = codeActions(contextOf(index, snapshot), gap).find((a) => a.isPreferred)!;
  assert.equal(applied(src, fix.edit), src.replace('（经贸', '（二）经贸'));
  assert.deepEqual(checkWorkspaceEdit(index, fix.edit!, before), []);
  // A bracket with no partner goes; a pair stays, inside another pair too (a converter's pinyin in a defined term, 特區(qū)).
  assert.equal(mask('六）经贸事项；'), '经贸事项；');
  assert.equal(mask('甲）乙（丙'), '甲乙丙');
  assert.equal(mask('特區(qū)(以下簡稱特區(qū))實際'), '特區（qū）（以下簡稱特區（qū））實際');
});

test('numbering.item-duplicate: no renumbering of the paragraphs of an article that a reference names a paragraph of (本条第二款)', () => {
  // The Hong Kong double taxation arrangement from a Q&A page (real/arrangement_hk_tax_2006_qa_pinyin_hant.md, SAFETY_RETOUCH=more
  // TREATY_FC_SEED=86): 稅種範圍's paragraphs 一、二、三、 under a list's `一、` the page ran into it, `一、` twice. Numbering them on
  // from the repeat made `本條第一款或第二款` name the paragraph that was 第一款: as for items, the drafter decides.
  const src = '# 内地和香港特别行政区关于对所得避免双重征税和防止偷漏税的安排\n\n第一条 本安排适用于一方或者同时为双方居民的人。\n\n第二条 税种范围\n\n一、 在本安排中，除上下文另有解释的以外，“一方”是指内地或者香港特别行政区。\n\n一、 本安排适用于由一方或其地方当局对所得征收的所有税收，不论其征收方式如何。\n\n二、 对全部所得或某项所得征收的税收，应视为对所得征收的税收。\n\n三、 本安排也适用于将来征收而又属于本条第一款或第二款所指的任何其它税收。\n';
  const { index, snapshot } = one(src);
  const ctx = contextOf(index, snapshot);
  const ds = diagnostics(ctx).filter((d) => d.code === 'numbering.item-duplicate');
  assert.equal(ds.length, 1);
  assert.deepEqual(codeActions(ctx, ds).filter((a) => a.edit && !a.title.includes('禁用')).map((a) => a.title), []);
  // Without the reference, numbered on.
  const bare = src.replace('属于本条第一款或第二款所指的', '属于');
  const other = one(bare);
  const fix = codeActions(contextOf(other.index, other.snapshot), diagnostics(contextOf(other.index, other.snapshot)).filter((d) => d.code === 'numbering.item-duplicate')).find((a) => a.edit && !a.title.includes('禁用'));
  assert.equal(applied(bare, fix?.edit), bare.replace('\n\n一、 本安排', '\n\n二、 本安排').replace('二、 对全部', '三、 对全部').replace('三、 本安排也', '四、 本安排也'));
});

test('numbering.item-gap: no renumbering of the items of an article that a reference names an item of', () => {
  // 洛阳市历史文化名城保护条例 第二十六条: （四） glued after （三） on its line, so the items read （一）（二）（三）（五）（六）（七）;
  // the fix relabelled （五）… as （四）…, and 第四十五条's 第二十六条第六项 then named the item that was （七）.
  const src = '# 测试条例\n\n第一条 禁止下列活动：\n\n（一）甲；\n\n（三）乙；\n\n（四）丙。\n\n第二条 违反第一条第四项规定的，处罚款。\n';
  const { index, snapshot } = one(src);
  const ds = diagnostics(contextOf(index, snapshot)).filter((d) => d.code === 'numbering.item-gap');
  assert.equal(ds.length, 1);
  assert.deepEqual(codeActions(contextOf(index, snapshot), ds).map((a) => a.title), ['在下一行禁用 numbering.item-gap']);
  // With no reference to its items, the fix is offered.
  const alone = one(src.replace('违反第一条第四项规定的', '违反本条例规定的'));
  const gap = diagnostics(contextOf(alone.index, alone.snapshot)).filter((d) => d.code === 'numbering.item-gap');
  const fix = codeActions(contextOf(alone.index, alone.snapshot), gap).find((a) => a.isPreferred);
  assert.equal(applied(alone.snapshot.text, fix?.edit), src.replace('违反第一条第四项规定的', '违反本条例规定的').replace('（三）乙', '（二）乙').replace('（四）丙', '（三）丙'));
});

test('term.long-form: the phrase inside a use of the term that holds it is the term, not its long form (no 规模规模农产品生产者)', () => {
  // 浙江省农产品质量安全规定: “…其他具有一定规模的农产品生产者（以下统称规模农产品生产者）” is read as 规模农产品生产者 = 农产品生产者;
  // each later 规模农产品生产者 was reported as the long form 农产品生产者, and its fix wrote 规模规模农产品生产者.
  const src = '# 测试农产品规定\n\n第一条 对家庭农场和其他具有一定规模的农产品生产者（以下统称规模农产品生产者）进行指导。\n\n第二条 规模农产品生产者应当建立生产记录。\n';
  const { index, snapshot } = one(src);
  assert.deepEqual(diagnostics(contextOf(index, snapshot)).filter((d) => d.code === 'term.long-form').map((d) => d.range), []);
});

test('term.long-form: a term that holds the phrase it is read to stand for is narrower than it, so the phrase is no long form of it', () => {
  // 文物保护法: 未核定公布为文物保护单位的不可移动文物（以下称未定级不可移动文物）, read as 未定级不可移动文物 = 不可移动文物;
  // 拆除国有不可移动文物 (every one, not only the unrated) was reported, and fixed to 拆除国有未定级不可移动文物.
  const src = '# 测试文物法\n\n第一条 不可移动文物，分为文物保护单位和未核定公布为文物保护单位的不可移动文物（以下称未定级不可移动文物）。\n\n第二条 拆除国有不可移动文物，应当报批。\n';
  const { index, snapshot } = one(src);
  assert.deepEqual(index.model(snapshot).definitions.map((d) => [d.term, d.meaning]), [['未定级不可移动文物', '不可移动文物']]);
  assert.deepEqual(diagnostics(contextOf(index, snapshot)).filter((d) => d.code === 'term.long-form').map((d) => d.range), []);
});

test('rename: refused where the renamed labels would make an article read otherwise (a chapter heading glued in a one-line text)', () => {
  // The model tax agreement pasted as one line with 第二条 copied (TREATY_FC_SEED=555): `第二章 定义 第二条` after a 第二条 is read as a
  // reference in the first one's text; renamed 第五条 both, the chapter heading before the second ended the first, its four
  // paragraphs read as two of 第一条's — 本协定第二条 then named less text.
  const src = '# 测试协定\n\n第一章 适用范围 第一条 纳税人范围 本协定适用于缔约国一方的居住者。 第二条 税种范围 1.本协定适用于所得税。 2.双方应相互通知。 第二章 定义 第二条 税种范围 1.本协定适用于甲。 第三条 一般定义 1.除本协定另有规定以外,本协定中: a.乙。\n';
  const { index, snapshot } = one(src);
  assert.deepEqual(index.model(snapshot).articles.map((a) => [a.name, a.paragraphs.length]), [['第一条', 1], ['第二条', 2], ['第三条', 1]]);
  assert.deepEqual(rename(contextOf(index, snapshot), src.lastIndexOf('第二条') + 1, '五'), { refused: '无法改为第五条：条款的标题或款项会被读成另一番样子。' });
  // (A glued label must go on with the numbering: there 第五条 would not be read at all; the refusal here is the shape's.)
});

test('suppression: no comment line between a cited instrument\'s name and its article going on from it (the label would become a heading)', () => {
  // A sentence broken at a fixed width after the title it cites (`…按照《…管理制度的协定》` / `第六条 执行,…`): 第六条 goes on
  // from it, that agreement's article; a comment line put between them would make it an article of this text — one more, and
  // the reference gone.
  const src = '# 中华人民共和国政府和越南社会主义共和国政府关于边境口岸及其管理制度的协定\n\n第一条 双方同意开放边境口岸。\n\n第二条 边境地区出入境通行证的发放和使用按照《中华人民共和国政府和越南社会主义共和国政府关于中越陆地边界管理制度的协定》\n第六条 执行,双方另有约定的除外。\n';
  const { index, snapshot } = one(src);
  assert.deepEqual(index.model(snapshot).articles.map((a) => a.name), ['第一条', '第二条']);
  const d = diagnostics(contextOf(index, snapshot)).filter((x) => x.code === 'style.half-width-punctuation');
  assert.equal(d.length, 1);
  const actions = codeActions(contextOf(index, snapshot), d);
  assert.deepEqual(actions.map((a) => [a.title, a.edit === undefined, a.disabled?.reason]), [
    ['改为全角“，”', false, undefined],
    ['在下一行禁用 style.half-width-punctuation（不可用）', true, '此行开头的“第六条”接着上一行读作所引文件的条款，在两行之间插入注释会使它成为本文件的条款标题'],
  ]);
  // With a blank line between, 第六条 is an article's heading: the comment goes above it.
  const apart = src.replace('》\n第六条', '》\n\n第六条');
  const w = one(apart);
  assert.deepEqual(w.index.model(w.snapshot).articles.map((a) => a.name), ['第一条', '第二条', '第六条']);
  const s = codeActions(contextOf(w.index, w.snapshot), diagnostics(contextOf(w.index, w.snapshot)).filter((x) => x.code === 'style.half-width-punctuation')).find((a) => a.title.startsWith('在下一行禁用'));
  assert.equal(applied(apart, s?.edit), apart.replace('\n第六条', '\n<!-- treaty-disable-next-line style.half-width-punctuation -->\n第六条'));
});

test('a title cited without brackets (关于…的协定) before 第六条 names that instrument\'s article, not one this text lacks', () => {
  // The suppression case above with its 《》 lost (`…按照中华人民共和国政府和越南社会主义共和国政府关于中越陆地边界管理制度的协定` /
  // `第六条 执行,…`): 的 cut the name off the kind word, 协定 alone is this text's own kind, and 第六条 was read as this text's — a
  // false ref.no-such-article (本协定没有第六条). 关于, a subject and 的 before the kind are a title's: that instrument's article,
  // unless the words end this text's own title.
  const src = '# 中华人民共和国政府和越南社会主义共和国政府关于边境口岸及其管理制度的协定\n\n第一条 双方同意开放边境口岸。\n\n第二条 边境地区出入境通行证的发放和使用按照中华人民共和国政府和越南社会主义共和国政府关于中越陆地边界管理制度的协定\n第六条 执行,双方另有约定的除外。\n';
  for (const text of [src, src.replace('协定\n第六条 执行', '协定第六条执行')]) {
    const { index, snapshot } = one(text);
    assert.deepEqual(index.model(snapshot).articles.map((a) => a.name), ['第一条', '第二条']);
    assert.deepEqual(diagnostics(contextOf(index, snapshot)).filter((d) => String(d.code).startsWith('ref.')).map((d) => d.code), []);
    assert.deepEqual(referencesOf(index.model(snapshot)).filter((r) => r.kind === 'article').map((r) => r.kind === 'article' && [r.target.num, r.citation?.title]), [[6, '中华人民共和国政府和越南社会主义共和国政府关于中越陆地边界管理制度的协定']]);
  }
  // The words ending its own title name this text (its 第一条); so does 本协定 before 关于 (`本协定关于…的规定第一款`: no title,
  // 第三条's own paragraph).
  const own = '# 中华人民共和国政府和越南社会主义共和国政府关于边境口岸及其管理制度的协定\n\n第一条 双方同意开放边境口岸。\n\n第二条 口岸的开放按照两国政府关于边境口岸及其管理制度的协定第一条执行。\n\n第三条 按照本协定关于口岸开放的规定第一款执行。\n';
  const o = one(own);
  assert.deepEqual(referencesOf(o.index.model(o.snapshot)).filter((r) => r.kind === 'article').map((r) => r.kind === 'article' && [r.target.num, r.target.paragraph, r.citation?.title]), [[1, undefined, undefined], [3, 1, undefined]]);
});

test('renumbering and insertion: a 第…条 typed inside a title in 《》 is the title\'s words, left as written', () => {
  // The SPC's personal injury interpretation (amendments/renshen-2020.md) with `第九条至第十二条` typed inside the title it cites
  // (`《最高人民法院关于确定民事侵权精神损第九条至第十二条害赔偿责任若干问题的解释》`, TREATY_FC_SEED=6): read as this text's articles,
  // renumbering rewrote them — the title cited changed. Inside 《》 they are words of another text's title (`elsewhere`): no article
  // of this one, left as written; a cited text's own article in a title (`《关于〈…刑法〉第九十三条…》`) is that text's, as before.
  const src = '# 测试解释\n\n第一条 双方合作。\n\n第三条 依照本解释第一条执行。\n\n第四条 精神损害抚慰金适用《最高人民法院关于确定民事侵权精神损第三条至第四条害赔偿责任若干问题的解释》予以确定。\n\n第五条 适用《全国人民代表大会常务委员会关于〈中华人民共和国刑法〉第九十三条第二款的解释》。\n';
  const { index, snapshot } = one(src);
  const refs = referencesOf(index.model(snapshot)).filter((r) => r.kind === 'article').map((r) => r.kind === 'article' && [src.slice(r.labelStart, r.labelEnd), !!r.elsewhere, r.citation?.title]);
  assert.deepEqual(refs, [['第一条', false, undefined], ['第三条', true, undefined], ['第四条', true, undefined], ['第九十三条第二款', false, '中华人民共和国刑法']]);
  const r = renumberArticles(contextOf(index, snapshot));
  assert.equal(applied(src, r.edit), src.replace('第三条 依照', '第二条 依照').replace('第四条 精神', '第三条 精神').replace('第五条 适用', '第四条 适用'));
});

test('style.half-width-punctuation: a half-width `?` ends the sentence a bare article goes on citing another\'s in, as `？` does', () => {
  // TRIPS from a page (TREATY_FC_SEED=7): `…遵守《巴黎公约》(1967)第1条至第12条和第19条?! ?第十二条第（一）项`. With `?` the
  // sentence went on, 第十二条 the Paris Convention's; made `？` by the fix, it ended, and 第十二条 became this text's (which has
  // none). `?` and `!` end a sentence as `？` and `！` do (references.ts SENTENCE_ENDS).
  const src = '# 与贸易有关的知识产权协定\n\n第一条 各成员应遵守《巴黎公约》第1条至第12条和第19条?第十二条第（一）项另有规定的除外。\n\n第二条 双方合作。\n';
  const fixed = src.replace('?', '？');
  for (const text of [src, fixed]) {
    const { index, snapshot } = one(text);
    const last = referencesOf(index.model(snapshot)).filter((r) => r.kind === 'article').pop();
    assert.deepEqual(last?.kind === 'article' && [text.slice(last.labelStart, last.labelEnd), last.citation?.title], ['第十二条第（一）项', undefined], text);
  }
});

test('style.half-width-punctuation: a `?` inside a sentence asking nothing is a lost character, not made `？`; a question\'s is', () => {
  // Session 46 left it: a half-width `?` between two characters is most often a character a GBK or Big5 page lost in conversion
  // (convention_montreal_1999_oneline: `…在华沙签订的?统一国际航空运输某些规那么的公约?〔以下称…`, a statement's `雙方?jīng)Q定`,
  // a notice's `1.?职业税`), and the fix making it `？` ended a sentence there the text never ended (a reference after it read
  // anew). It is a question's mark at the line's end or before a close (`…缔约双方?`, `…?”`), or after a question word in its
  // clause (`有哪些义务?缔约方…`); otherwise the hint says what it may be and no full-width fix is offered.
  const src = '# 测试协定\n\n第一条 双方?决定依照在华沙签订的?统一国际航空运输某些规则的公约?第三条办理。\n\n第二条 缔约方有哪些义务?缔约方应履行本协定第一条。\n\n第三条 本协定适用于缔约双方?\n\n第四条 “本协定适用于缔约双方?”\n';
  const { index, snapshot } = one(src);
  const ctx = contextOf(index, snapshot);
  const ds = diagnostics(ctx).filter((d) => d.code === 'style.half-width-punctuation');
  const fixed = ds.map((d) => {
    const fix = codeActions(ctx, [d]).find((a) => a.title.includes('？'));
    return [d.range.start.line, d.range.start.character, d.message, fix ? applied(src, fix.edit).split('\n')[d.range.start.line] : undefined];
  });
  const lost = '句中的半角“?”可能是转码时丢失的字，请对照原文';
  assert.deepEqual(fixed, [
    [2, 6, lost, undefined],
    [2, 17, lost, undefined],
    [2, 33, lost, undefined],
    [4, 12, '中文中应使用全角“？”', '第二条 缔约方有哪些义务？缔约方应履行本协定第一条。'],
    [6, 14, '中文中应使用全角“？”', '第三条 本协定适用于缔约双方？'],
    [8, 15, '中文中应使用全角“？”', '第四条 “本协定适用于缔约双方？”'],
  ]);
  // treaty-check --fix leaves the lost characters as they are.
  assert.equal(fixText(index, snapshot, DEFAULT_CONFIG).split('\n')[2], src.split('\n')[2]);
});

test('a `?` a conversion lost a character into ends the sentence for the references as every `?` does, and no edit makes it otherwise', () => {
  // Session 48 read what a lost character's `?` (`本协定第?条`: a numeral lost) does to the references after it. It ends the sentence
  // (references.ts SENTENCE_ENDS), so a bare article after it is not read as going on citing the instrument named before:
  // `本协定第?条和第三条` names this text, its 第三条 this text's. Read through as the character it stands for (tried), 第三条 became the
  // Paris Convention's, and the reading would hang on lostCharacter's guess, which edits move (a `<br>` after the `?` made a line
  // break, a clause lengthened by a renumbered numeral). As it is, no proposed edit changes what a `?` ends: a question's is made
  // `？`, which ends it too; a lost character's is left (no fix offered; treaty-check --fix leaves it).
  const src = '# 测试协定\n\n第一条 依照《保护工业产权巴黎公约》第二条和本协定第?条和第三条办理。\n\n第二条 双方合作。\n\n第三条 本协定自签字之日起生效。\n';
  const { index, snapshot } = one(src);
  const refs = referencesOf(index.model(snapshot)).filter((r) => r.kind === 'article').map((r) => r.kind === 'article' && [src.slice(r.labelStart, r.labelEnd), r.citation?.title]);
  assert.deepEqual(refs, [['第二条', '保护工业产权巴黎公约'], ['第三条', undefined]]);
  const ctx = contextOf(index, snapshot);
  const lost = diagnostics(ctx).filter((d) => d.code === 'style.half-width-punctuation');
  assert.equal(lost.length, 1);
  assert.deepEqual(codeActions(ctx, lost).filter((a) => a.title.includes('？')), []);
  assert.equal(fixText(index, snapshot, DEFAULT_CONFIG), src);
});

test('self.mismatch: the self-word in the other script is the same word (a text without a title, one article typed in traditional)', () => {
  // The Hague convention's final clauses from a page (real/convention_hague_final_clauses_p6.md, no title) with 第十九条 half in
  // traditional characters (TREATY_FC_SEED=17, SAFETY_RETOUCH=more): its self-word was read from the text's last 公约, `本公約`,
  // and every `本公约` got self.mismatch, its fix (and fix-all, --fix) writing `本公約` across the text. One word in two scripts.
  const src = '第五章 最后条款\n\n第17条 签署\n\n1.本公约对所有国家开放签署。\n\n第18条 加入\n\n任何国家可加入本公约。\n\n第19条 生效\n\n本公約於第三份文書交存後生效。\n';
  const { index, snapshot } = one(src);
  assert.equal(index.model(snapshot).kind, '公约');
  assert.deepEqual(diagnostics(contextOf(index, snapshot)).filter((d) => d.code === 'self.mismatch' || d.code === 'signing.self-reference'), []);
  assert.equal(fixText(index, snapshot, DEFAULT_CONFIG), src);
});

test('style.half-width-punctuation: the title\'s brackets made full-width leave its repetition under it page furniture, as it was', () => {
  // The SPC's interpretation on ascertaining foreign law (real/interpretation_spc_foreign_law_ascertainment_2023.md) with its
  // heading's `（二）` typed `(二)` (TREATY_FC_SEED=23): the title repeated under it, broken over lines (`关于适用《…涉外民事关系` /
  // `法律适用法》若干问题的解释（二）`), was read as text, its broken 《…》 a citation; the fix making the heading's brackets full-width
  // made the repetition the title's again, page furniture, and the citation was gone (7 references became 6). Title lines and
  // their repetitions are compared with full-width forms read as half-width (parser.ts titleContentOf).
  const src = '# 最高人民法院关于适用《中华人民共和国涉外民事关系法律适用法》若干问题的解释(二)\n\n最高人民法院\n\n关于适用《中华人民共和国涉外民事关系\n\n法律适用法》若干问题的解释（二）\n\n第一条 人民法院应当根据涉外民事关系法律适用法第十条第一款的规定查明外国法律。\n\n第二条 依照本解释第一条办理。\n';
  for (const text of [src, src.replace('(二)', '（二）')]) {
    const { index, snapshot } = one(text);
    assert.deepEqual(index.model(snapshot).tree.lines.slice(2, 7).map((l) => l.kind), ['break', 'blank', 'break', 'blank', 'break'], text);
  }
  const { index, snapshot } = one(src);
  const before = meanings(index);
  const ds = diagnostics(contextOf(index, snapshot)).filter((d) => d.code === 'style.half-width-punctuation' && d.range.start.line === 0);
  assert.equal(ds.length, 2);
  const fix = codeActions(contextOf(index, snapshot), ds.slice(0, 1)).find((a) => a.title.includes('（）'))!;
  assert.equal(applied(src, fix.edit), src.replace('(二)', '（二）'));
  assert.deepEqual(checkWorkspaceEdit(index, fix.edit!, before), []);
});

test('term.long-form: the text\'s own title is no long form to shorten (its citations name it by that title)', () => {
  // The Macao–Hong Kong arrangement on sentenced persons from a gazette page (TREATY_FC_SEED=7), `(以下简称“缔约方”)` typed after
  // `…政府關於` in the notice above the title: the title line `澳門特別行政區政府與香港特別行政區政府關於移交被判刑人的安排` was offered
  // `改为“缔约方”` — the text's title changed, and its citation in the notice named no document after.
  const page = fs.readFileSync(path.join(ROOT, 'test/fixtures/real/arrangement_mo_hk_sentenced_persons_2005_worldlii_hant.md'), 'utf8');
  const src = page.replace('公佈《澳門特別行政區政府與香港特別行政區政府關於', '公佈《澳門特別行政區政府與香港特別行政區政府關於(以下简称“缔约方”)');
  assert.notEqual(src, page);
  const { index, snapshot } = one(src);
  const title = index.model(snapshot).title!;
  assert.equal(title.text, '澳門特別行政區政府與香港特別行政區政府關於移交被判刑人的安排');
  const long = diagnostics(contextOf(index, snapshot)).filter((d) => d.code === 'term.long-form');
  const titleLine = src.slice(0, title.start).split('\n').length - 1;
  assert.deepEqual(long.filter((d) => d.range.start.line === titleLine), []);
});

test('a PDF page\'s running title repeating the text\'s own title breaks no sentence off: the label under it is a heading', () => {
  // The Vietnam ports agreement from a PDF with 第二条 moved before 第六条 (TREATY_FC_SEED=555, session 44): the page's title,
  // `中华人民共和国政府和越南社会主义共和国政府` / `关于边境口岸及其管理制度的协定`, over `第六条 …` read 第六条 as that agreement's
  // article going on (its number jumps past 第二条) — the text's own article lost, its paragraph read into 第二条. The header is
  // page furniture (parser.ts demoteRunningHeaders): 第六条 is a heading, as under a page number, and the suppression goes above it.
  const src = '# 中华人民共和国政府和越南社会主义共和国政府关于边境口岸及其管理制度的协定\n\n第一条 双方同意开放边境口岸。\n\n第二条 双方口岸主管部门应当定期会晤。\n中华人民共和国政府和越南社会主义共和国政府\n关于边境口岸及其管理制度的协定\n第六条 经双方协商一致,可以对本协定进行修改。\n';
  const { index, snapshot } = one(src);
  assert.deepEqual(index.model(snapshot).articles.map((a) => [a.name, a.paragraphs.length]), [['第一条', 1], ['第二条', 1], ['第六条', 1]]);
  assert.deepEqual(referencesOf(index.model(snapshot)).filter((r) => r.kind === 'article'), []);
  const d = diagnostics(contextOf(index, snapshot)).filter((x) => x.code === 'style.half-width-punctuation');
  const s = codeActions(contextOf(index, snapshot), d).find((a) => a.title.startsWith('在下一行禁用'));
  assert.equal(applied(src, s?.edit), src.replace('\n第六条', '\n<!-- treaty-disable-next-line style.half-width-punctuation -->\n第六条'));
  // Typed over (an edit read again in part, syntax/reparse.ts), as a whole text is read: a character typed in 第二条 leaves the
  // header one; typed in the header, the line repeats the title no more — a name cited, 第六条 going on from it.
  for (const [at, names] of [[src.indexOf('会晤'), ['第一条', '第二条', '第六条']], [src.lastIndexOf('管理制度'), ['第一条', '第二条']]] as const) {
    const typed = `${src.slice(0, at)}x${src.slice(at)}`;
    index.set(URI, typed, 2, 'markdown');
    assert.deepEqual(index.model(index.get(URI)!).articles.map((a) => a.name), names, typed);
    assert.deepEqual(one(typed).index.model(one(typed).snapshot).articles.map((a) => a.name), names, typed);
    index.set(URI, src, 3, 'markdown');
  }
  // The header in the middle of the article's sentence, the page broken there, as in the PDF: still a heading.
  const paged = src.replace('中华人民共和国政府和越南社会主义共和国政府\n关于', '—2—\n中华人民共和国政府和越南社会主义共和国政府\n关于');
  const p = one(paged);
  assert.deepEqual(p.index.model(p.snapshot).articles.map((a) => a.name), ['第一条', '第二条', '第六条']);
});

test('insert an article: refused where the new last article would take a reference read as another instrument\'s article', () => {
  // The Estonia maritime agreement with `依照第三条和第四条` typed after `按照缔约一方国内法律` (TREATY_FC_SEED=99): a number past the
  // text's last article, after another instrument named in the sentence, is that instrument's; the inserted 第四条 reached it and
  // the reference named the new, empty article.
  const src = '# 测试海运协定\n\n第一条 定义\n\n“船舶”一词系指按照缔约一方国内法律登记的商船，依照第一条和第三条。\n\n第二条 合作\n\n双方合作。\n';
  const { index, snapshot } = one(src);
  assert.deepEqual(referencesOf(index.model(snapshot)).filter((r) => r.kind === 'article').map((r) => [r.kind === 'article' && r.target.num, r.kind === 'article' && r.citation?.normalized]), [[1, undefined], [3, '缔约一方国内法']]);
  const r = insertArticle(contextOf(index, snapshot), src.indexOf('双方合作'), 'renumber');
  assert.equal(r.edit, undefined);
  assert.equal(r.result.message, '插入第三条后，第5行“第三条”指本文件的条款还是另一文件的条款会改变，未插入。请先写明它所指的文件（如“本协定第…条”或“《…》第…条”）。');
  // As 第二条之一 nothing reaches it.
  assert.equal(applied(src, insertArticle(contextOf(index, snapshot), src.indexOf('双方合作'), 'sub').edit), `${src}\n第二条之一\n\n`);
});

test('rename and renumbering: a refusal says which reference would change, what it names now and what it would name', () => {
  // Session 44 left `第5行“第三条”会改变`: `按照缔约一方国内法律…依照第一条和第三条`, 第三条 past the text's last article after
  // another instrument named, is that law's; with 第二条 renamed 第五条 it would be this text's — which it does not have.
  const law = '# 测试海运协定\n\n第一条 定义\n\n“船舶”一词系指按照缔约一方国内法律登记的商船，依照第一条和第三条。\n\n第二条 合作\n\n双方合作。\n';
  const w = one(law);
  assert.deepEqual(rename(contextOf(w.index, w.snapshot), law.indexOf('第二条') + 1, '五'), { refused: '无法改为第五条：第5行“第三条”现指《缔约一方国内法》第三条，改写后将指本协定没有的第三条。' });
  // A label under a line ending with a cited title is that instrument's article when its number jumps past the articles above
  // (syntax/lines.ts continuesCitation): renamed so it jumps, the heading is lost; renamed so it no longer does, one is gained.
  const lost = '# 测试协定\n\n第一条 双方同意开放边境口岸，边境口岸的管理依照《乙协定》\n第二条 双方合作。\n';
  const l = one(lost);
  assert.deepEqual(rename(contextOf(l.index, l.snapshot), lost.indexOf('第二条') + 1, '九'), { refused: '无法改为第九条：第4行“第二条”改写后会接着上一行读作所引文件的条款，不再是条款标题，本协定会少一条。' });
  const gained = '# 测试协定\n\n第一条 双方同意。\n\n第二条 双方同意开放边境口岸，边境口岸的管理依照《乙协定》\n第五条 双方合作。\n';
  const g = one(gained);
  assert.deepEqual(g.index.model(g.snapshot).articles.map((a) => a.name), ['第一条', '第二条']);
  assert.deepEqual(rename(contextOf(g.index, g.snapshot), gained.indexOf('第二条') + 1, '四'), { refused: '无法改为第四条：第6行“第五条”现在接着上一行读作所引文件的条款，改写后会读作条款标题，本协定会多出一条。' });
});

test('harness: a reference naming no article says which (no such article, document, paragraph), and a violation names the reference as written', () => {
  const src = '# 测试协定\n\n第一条 甲。\n\n第二条 依照本协定第一条和第九条，以及《某某公约》第五条、本协定第一条第三款。\n';
  const { index } = one(src);
  const before = meanings(index);
  assert.deepEqual(before.get(URI), [
    `article → ${URI}#0¶-1+:甲。`,
    `article → no such article: ${URI} has no 第9条`,
    'article → no such document: 《某某公约》',
    'citation → no such document: 《某某公约》',
    `article → no such paragraph: ${URI}#0 has no paragraph 3`,
  ]);
  // An edit that renames 第一条's heading alone: the report says where the reference is and what it named, before and after.
  const edit: WorkspaceEdit = { changes: { [URI]: [{ range: { start: { line: 2, character: 1 }, end: { line: 2, character: 2 } }, newText: '三' }] } };
  assert.deepEqual(checkWorkspaceEdit(index, edit, before), [
    `${URI}: reference 0, line 5 “本协定第一条” (after: line 5 “本协定第一条”), meant article → ${URI}#0¶-1+:甲。, now article → no such article: ${URI} has no 第1条`,
    `${URI}: reference 4, line 5 “本协定第一条第三款” (after: line 5 “本协定第一条第三款”), meant article → no such paragraph: ${URI}#0 has no paragraph 3, now article → no such article: ${URI} has no 第1条`,
  ]);
});

test('suppression: the comment line above a line a width wrapped a sentence onto leaves the paragraphs as they were read', () => {
  // The Sino-German social security agreement from a page with `依照第十条和第十三条` typed into an item's entry and broken inside
  // 第十条 (TREATY_FC_SEED=271828): `法定养老保险依照第` / `十条和第十三条,` is a wrapped sentence, no bare entry of the list under
  // `(一)在中华人民共和国:` (parser.ts wrapsOn), so a paragraph of its own; the comment put above its second line hid the wrap, the
  // line became the item's entry, and 第二条第一项 named a longer text. A comment line is not there for the reader: passed over.
  const src = '# 中华人民共和国与德意志联邦共和国社会保险协定\n\n第一条 定义\n\n本协定内的词语具有各缔约国法律规定赋予的含义。\n\n第二条 适用范围\n\n本协定适用下列法律规定:\n\n(一)在中华人民共和国:\n\n法定养老保险依照第\n十条和第十三条,\n\n失业保险;\n\n(二)在德意志联邦共和国:\n\n法定养老保险,\n\n就业促进。\n\n第三条 本协定适用于第二条第一项所述法律规定。\n';
  const { index, snapshot } = one(src);
  const shape = (t: Treaty) => t.articles.map((a) => a.paragraphs.map((p) => [t.text.slice(p.start, p.end).replace(/<!--[^>]*-->\n/g, ''), (p.items ?? []).length]));
  const before = shape(index.model(snapshot));
  assert.equal(before[1].length, 2);
  const d = diagnostics(contextOf(index, snapshot)).filter((x) => x.code === 'style.half-width-punctuation' && x.range.start.line === 13);
  assert.equal(d.length, 1);
  const s = codeActions(contextOf(index, snapshot), d).find((a) => a.title.startsWith('在下一行禁用'));
  const after = applied(src, s?.edit);
  assert.equal(after, src.replace('\n十条和', '\n<!-- treaty-disable-next-line style.half-width-punctuation -->\n十条和'));
  assert.deepEqual(shape(buildTreaty(after)), before);
});

test('rename and renumbering with the counterparts: a text of the pair not served as a treaty is left as written', () => {
  // The UN Charter's English with `第十二条至第十五条` typed into it (TREATY_FC_SEED=271828) read as Chinese and as no treaty, yet
  // F2 in the Chinese text renamed its paired `Article 2` too — an edit of a document the server does not serve, whose articles it
  // cannot vouch for. Only served documents are edited (renumber.ts edits no README citing the treaty either). Here the English is
  // a plain markdown file with markdown detection off, the Chinese a treaty document.
  const en = '# Charter of the United Nations\n\nArticle 1\n\nThe Purposes of the United Nations are to maintain international peace.\n\nArticle 3\n\nThe Organization shall act in accordance with the Purposes stated in Article 1.\n';
  const zh = '# 联合国宪章\n\n第一条\n\n联合国之宗旨为维持国际和平。\n\n第三条\n\n本组织应依第一条所述宗旨行事。\n';
  const index = new WorkspaceIndex();
  index.markdownDetection = false;
  index.set('file:///ws/charter.en.md', en, 1, 'markdown');
  index.set('file:///ws/charter.zh.md', zh, 1, 'treaty');
  const z = index.get('file:///ws/charter.zh.md')!;
  assert.equal(index.isServed(index.get('file:///ws/charter.en.md')!), false);
  assert.equal(index.model(index.get('file:///ws/charter.en.md')!).articles.length, 2);
  const only = (edit: WorkspaceEdit | null | undefined | { refused: string }) => Object.keys((edit as WorkspaceEdit | undefined)?.changes ?? {});
  assert.deepEqual(only(renameWithCounterparts(contextOf(index, z), zh.indexOf('第三条') + 1, '五')), ['file:///ws/charter.zh.md']);
  assert.deepEqual(only(renumberWithCounterparts(contextOf(index, z)).edit), ['file:///ws/charter.zh.md']);
});

test('harness: a self-word 本…协定 holds no other 本 (资本应在本协定 is 资本应在 and the self-word)', () => {
  // The New Development Bank agreement with （以下简称“本协定”） typed after 资本应在本协定 (TREATY_FC_SEED=555): 本应在本协定 was masked as
  // one self-word, so the term 本协定 renamed read as a change of the text around it.
  assert.equal(mask('初始认缴资本应在本协定（以下简称“本协定”）'), '初始认缴资本应在本#（以下简称"本#"）');
  assert.equal(mask('本议定书'), '本#');
  assert.equal(mask('本项协定'), '本#');
});

// ——— Changes a drafter makes to a text: whole articles deleted, copied, moved, swapped ———

type Change = 'as-is' | 'delete' | 'copy' | 'move' | 'swap';
const CHANGES: Change[] = ['as-is', 'delete', 'copy', 'move', 'swap'];

/** The text with `change` made on its articles (spans from the model: an article runs to the next). */
function changed(index: WorkspaceIndex, uri: string, change: Change, random: () => number): { text: string; what: string } | undefined {
  const s = index.get(uri)!;
  const t = index.model(s);
  const text = s.text;
  const arts = t.articles;
  if (change === 'as-is') return { text, what: 'as it is' };
  // (A text numbered by points, a joint statement's 一、二、, is changed and renumbered as one numbered by articles.)
  if (t.tree.unitStyle === 'none' || arts.length < 3) return undefined;
  const i = Math.floor(random() * arts.length);
  let j = Math.floor(random() * arts.length);
  if (j === i) j = (i + 1) % arts.length;
  // An article's span: its heading to the next article's heading (the last one: to its end).
  const span = (k: number) => ({ start: arts[k].start, end: k + 1 < arts.length ? arts[k + 1].start : arts[k].end });
  const a = span(i);
  const piece = (k: number) => {
    const p = span(k);
    const body = text.slice(p.start, p.end);
    return /\n\s*$/.test(body) ? body : `${body}\n\n`;
  };
  if (change === 'delete') return { text: text.slice(0, a.start) + text.slice(a.end), what: `${arts[i].name} deleted` };
  const b = span(j);
  if (change === 'copy') return { text: text.slice(0, b.start) + piece(i) + text.slice(b.start), what: `${arts[i].name} copied before ${arts[j].name}` };
  if (change === 'move') {
    const without = text.slice(0, a.start) + text.slice(a.end);
    const at = b.start > a.start ? b.start - (a.end - a.start) : b.start;
    return { text: without.slice(0, at) + piece(i) + without.slice(at), what: `${arts[i].name} moved before ${arts[j].name}` };
  }
  const [x, y] = a.start < b.start ? [i, j] : [j, i];
  const px = span(x);
  const py = span(y);
  return { text: text.slice(0, px.start) + piece(y) + text.slice(px.end, py.start) + piece(x) + text.slice(py.end), what: `${arts[x].name} and ${arts[y].name} swapped` };
}

// ——— Small edits a drafter makes while typing, with the pieces of treaty text that edits break ———

/** Pieces typed into a text: headings, defined terms, references, a half-width bracket, a numbered point glued after a full stop, a signature block. */
const FRAGMENTS = [
  '第{n}条', '\n\n第{n}条　', '\n\n## 第{n}条\n\n', '第{n}条之一', '（以下简称“缔约方”）', '（以下简称“本协定”）', '（以下简称“委员会”）', '委员会',
  '本协定第{n}条第二款', '第{n}条第（一）项', '第{n}条至第{m}条', '依照第{n}条和第{m}条', '前款', '前两条', '本条', '《联合国宪章》第{n}条', '(', ')', '“', '”',
  '。二、', '。\n\n（二）', '\n\n缔约双方全权代表签字，以昭信守。\n\n中华人民共和国政府　　　　俄罗斯联邦政府\n代　表　　　　　　　　　代　表\n\n',
];

/** Up to three small edits at random places: a piece typed, a few characters deleted, a full-width bracket made half-width, a line break put into the title. */
function typed(text: string, random: () => number): { text: string; what: string } {
  const what: string[] = [];
  const n = Math.floor(random() * 4);
  for (let k = 0; k < n && text.length > 0; k++) {
    let at = Math.floor(random() * text.length);
    // Not inside a surrogate pair or a CRLF.
    if ((text.charCodeAt(at) & 0xfc00) === 0xdc00 || (text[at] === '\n' && text[at - 1] === '\r')) at--;
    const kind = Math.floor(random() * 10);
    if (kind < 6) {
      const num = 1 + Math.floor(random() * 12);
      const piece = FRAGMENTS[Math.floor(random() * FRAGMENTS.length)].replace('{n}', formatChinese(num)).replace('{m}', formatChinese(num + 1 + Math.floor(random() * 3)));
      text = text.slice(0, at) + piece + text.slice(at);
      what.push(`${JSON.stringify(piece)} typed at ${at}`);
    } else if (kind < 8) {
      let end = Math.min(text.length, at + 1 + Math.floor(random() * 4));
      if ((text.charCodeAt(end) & 0xfc00) === 0xdc00 || (text[end] === '\n' && text[end - 1] === '\r')) end++;
      what.push(`${JSON.stringify(text.slice(at, end))} deleted at ${at}`);
      text = text.slice(0, at) + text.slice(end);
    } else if (kind < 9) {
      const b = text.indexOf('（', at) >= 0 ? text.indexOf('（', at) : text.indexOf('（');
      if (b < 0) continue;
      const close = text.indexOf('）', b);
      text = text.slice(0, b) + '(' + (close >= 0 ? text.slice(b + 1, close) + ')' + text.slice(close + 1) : text.slice(b + 1));
      what.push(`half-width brackets at ${b}`);
    } else {
      const eol = text.indexOf('\n');
      const end = eol < 0 ? text.length : eol;
      const cut = 2 + Math.floor(random() * Math.max(1, end - 3));
      if (cut >= end || (text.charCodeAt(cut) & 0xfc00) === 0xdc00) continue;
      text = text.slice(0, cut) + '\n' + text.slice(cut);
      what.push(`the title broken at ${cut}`);
    }
  }
  return { text, what: what.join(', ') };
}

// ——— Retouches a drafter makes to a text's shape: a paragraph pasted twice, white space after a heading, a line break in a
// reference, a chapter heading deleted, a definition moved below its first use, an English heading among the Chinese ones,
// a reference written with Arabic digits (`第5条`), a definition's quotation marks changed (“” to 「」); session 46's: a chapter
// heading moved into an article, an article's text half in traditional characters, an article split by a blank line and a stray
// `##`, a chapter's label lost (its caption alone) ———

type Retouch = 'paragraph-twice' | 'heading-spaces' | 'reference-broken' | 'chapter-deleted' | 'definition-moved' | 'english-heading' | 'arabic-reference' | 'definition-marks'
  | 'chapter-inside' | 'scripts-mixed' | 'article-split' | 'chapter-label-lost' | 'chapter-number-twice' | 'first-chapter-lost' | 'chapter-moved' | 'full-width-reference'
  | 'items-relabelled' | 'article-split-by-hand';
/**
 * The retouches drawn: session 44's six, and with SAFETY_RETOUCH=more session 45's two, session 46's four and session 47's two
 * besides (a reference in Arabic digits, a definition's marks changed; a chapter heading inside an article, scripts mixed in an
 * article, an article split by a stray `##`, a chapter's label lost; a chapter's heading written with the number of the one
 * before, `第二章` twice, and the first chapter's heading lost above 第一条 — what the chapter fixes, renumberChaptersEdits and
 * firstChapterEdit, answer) — kept out of the default draw so CI's variants stay the ones drawn before (a draw among more
 * shifts every text's: TREATY_FC_SEED explores those).
 */
const RETOUCHES: Retouch[] = ['paragraph-twice', 'heading-spaces', 'reference-broken', 'chapter-deleted', 'definition-moved', 'english-heading',
  ...(process.env.SAFETY_RETOUCH === 'more' ? (['arabic-reference', 'definition-marks', 'chapter-inside', 'scripts-mixed', 'article-split', 'chapter-label-lost', 'chapter-number-twice', 'first-chapter-lost', 'chapter-moved', 'full-width-reference', 'items-relabelled', 'article-split-by-hand'] as const) : [])];

/** Simplified characters of treaty text and their traditional forms (a text typed half in one script, half in the other). */
const TRADITIONAL: Record<string, string> = {
  条: '條', 协: '協', 约: '約', 议: '議', 国: '國', 规: '規', 应: '應', 缔: '締', 关: '關', 于: '於', 为: '為', 与: '與', 执: '執',
  权: '權', 务: '務', 双: '雙', 经: '經', 济: '濟', 发: '發', 请: '請', 该: '該', 书: '書', 项: '項', 时: '時', 对: '對', 领: '領',
};

/** The line of `text` holding `offset`: its start and its end with the line break. */
function lineAround(text: string, offset: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const eol = text.indexOf('\n', offset);
  return { start, end: eol < 0 ? text.length : eol + 1 };
}

/** `text` with one retouch of `kind` made where `random` draws (undefined where the text has nothing it applies to). */
function retouched(text: string, kind: Retouch, random: () => number): { text: string; what: string } | undefined {
  const t = buildTreaty(text);
  const pick = <T>(list: readonly T[]): T | undefined => (list.length ? list[Math.floor(random() * list.length)] : undefined);
  if (kind === 'paragraph-twice') {
    // A paragraph copied and pasted again below itself (as the text lays its paragraphs out: a blank line between or none).
    const p = pick(t.articles.flatMap((a) => a.paragraphs).filter((x) => x.end > x.start));
    if (!p) return undefined;
    const end = p.start + text.slice(p.start, p.end).replace(/\s+$/, '').length;
    const body = text.slice(p.start, end);
    if (!body) return undefined;
    const gap = /^\r?\n[ \t\u3000]*\r?\n/.test(text.slice(end, end + 6)) ? '\n\n' : '\n';
    return { text: text.slice(0, end) + gap + body + text.slice(end), what: `a paragraph of ${articleAt(t, p.start)?.name} pasted twice` };
  }
  if (kind === 'heading-spaces') {
    // White space typed after a heading (half-width, full-width, a tab), or a full-width space inside its label.
    const a = pick(t.articles);
    if (!a) return undefined;
    const space = pick([' ', '  ', '\u3000', '\u3000\u3000', '\t'])!;
    if (random() < 0.5 || a.label.end - a.label.start < 3) {
      const at = a.head.contentEnd;
      return { text: text.slice(0, at) + space + text.slice(at), what: `${JSON.stringify(space)} after ${a.name}'s heading` };
    }
    const at = a.label.start + 1;
    return { text: text.slice(0, at) + '\u3000' + text.slice(at), what: `a full-width space inside ${a.name}'s label` };
  }
  if (kind === 'reference-broken') {
    // A reference broken over two lines (a hard-wrapped paste).
    const r = pick(referencesOf(t).filter((x) => x.kind === 'article' && x.end - x.start >= 3));
    if (!r) return undefined;
    const at = r.start + 1 + Math.floor(random() * (r.end - r.start - 1));
    if ((text.charCodeAt(at) & 0xfc00) === 0xdc00) return undefined;
    return { text: text.slice(0, at) + '\n' + text.slice(at), what: `a line break in ${JSON.stringify(text.slice(r.start, r.end))} at ${at}` };
  }
  if (kind === 'chapter-deleted') {
    const c = pick(t.chapters);
    if (!c) return undefined;
    const line = lineAround(text, c.head.start);
    return { text: text.slice(0, line.start) + text.slice(line.end), what: `${c.name}'s heading deleted` };
  }
  if (kind === 'definition-moved') {
    // The line defining a term moved below a later line that uses the term.
    const d = pick(t.definitions);
    if (!d) return undefined;
    const def = lineAround(text, d.start);
    const use = text.indexOf(d.term, def.end);
    if (use < 0) return undefined;
    const below = lineAround(text, use);
    const moved = text.slice(def.start, def.end).replace(/\n?$/, '\n');
    const rest = text.slice(0, def.start) + text.slice(def.end);
    const at = below.end - (def.end - def.start);
    return { text: rest.slice(0, at) + (rest[at - 1] === '\n' || at === 0 ? '' : '\n') + moved + rest.slice(at), what: `the definition of ${d.term} moved below its use at ${use}` };
  }
  if (kind === 'arabic-reference') {
    // A reference typed with Arabic digits among Chinese numerals: `第5条` for `第五条` (the number alone rewritten).
    const r = pick(referencesOf(t).filter((x) => x.kind === 'article' && !x.relative && /^第[〇零一二三四五六七八九十百千]+[条條]/.test(text.slice(x.labelStart, x.labelEnd))));
    if (!r || r.kind !== 'article') return undefined;
    const label = text.slice(r.labelStart, r.labelEnd);
    const written = label.replace(/^第[〇零一二三四五六七八九十百千]+/, `第${r.target.num}`);
    return { text: text.slice(0, r.labelStart) + written + text.slice(r.labelEnd), what: `${JSON.stringify(label)} written ${JSON.stringify(written)} at ${r.labelStart}` };
  }
  if (kind === 'definition-marks') {
    // A definition's quotation marks changed, “” to 「」 (a text edited in Hong Kong or Taiwan's marks), its uses left as they are.
    const d = pick(t.definitions.filter((x) => text.indexOf(`“${x.term}”`, lineAround(text, x.start).start) >= 0));
    if (!d) return undefined;
    const at = text.indexOf(`“${d.term}”`, lineAround(text, d.start).start);
    return { text: `${text.slice(0, at)}「${d.term}」${text.slice(at + d.term.length + 2)}`, what: `the definition of ${d.term} quoted 「」 at ${at}` };
  }
  if (kind === 'chapter-inside') {
    // A chapter heading moved (cut and pasted) into the middle of an article: between two of its paragraphs' lines.
    const c = pick(t.chapters);
    const inside = t.articles.filter((x) => x.paragraphs.length > 1);
    const a = pick(inside);
    if (!c || !a) return undefined;
    const line = lineAround(text, c.head.start);
    const heading = text.slice(line.start, line.end).replace(/\n?$/, '\n');
    const at = a.paragraphs[1 + Math.floor(random() * (a.paragraphs.length - 1))].start;
    const rest = text.slice(0, line.start) + text.slice(line.end);
    const moved = at > line.start ? at - (line.end - line.start) : at;
    if (moved < 0 || moved > rest.length || (moved > 0 && rest[moved - 1] !== '\n')) return undefined;
    return { text: rest.slice(0, moved) + heading + rest.slice(moved), what: `${c.name}'s heading moved into ${a.name} at ${moved}` };
  }
  if (kind === 'scripts-mixed') {
    // An article's text (its label left as written) half in traditional characters: every other character of the lexicon converted.
    const a = pick(t.articles.filter((x) => x.end - x.label.end > 4));
    if (!a) return undefined;
    let n = 0;
    const body = text.slice(a.label.end, a.end).replace(/./gu, (ch) => (TRADITIONAL[ch] && n++ % 2 === 0 ? TRADITIONAL[ch] : ch));
    if (n === 0) return undefined;
    return { text: text.slice(0, a.label.end) + body + text.slice(a.end), what: `${a.name}'s text half in traditional characters (${Math.ceil(n / 2)} of ${n})` };
  }
  if (kind === 'article-split') {
    // An article split in two by a blank line and a stray `##` typed at one of its line breaks (a heading started and left).
    const a = pick(t.articles.filter((x) => text.slice(x.head.end, x.end).replace(/\s+$/, '').includes('\n') || x.paragraphs.length > 1));
    if (!a) return undefined;
    const breaks: number[] = [];
    for (let i = text.indexOf('\n', a.head.start); i >= 0 && i < a.end - 1; i = text.indexOf('\n', i + 1)) if (text[i + 1] !== '\n') breaks.push(i + 1);
    const at = pick(breaks);
    if (at === undefined) return undefined;
    return { text: `${text.slice(0, at)}\n##\n\n${text.slice(at)}`, what: `${a.name} split by a stray ## at ${at}` };
  }
  if (kind === 'chapter-label-lost') {
    // A chapter's label lost in the copy: its heading its caption alone (`法律责任` for `第五章 法律责任`), as lostChapters reads it.
    const c = pick(t.chapters.filter((x) => x.caption));
    if (!c) return undefined;
    const line = lineAround(text, c.head.start);
    const written = text.slice(line.start, line.end);
    const label = c.label.start - line.start;
    const caption = written.indexOf(c.caption!, c.label.end - line.start);
    if (label < 0 || caption < 0) return undefined;
    const bare = written.slice(0, label).replace(/[^#\s]/g, '') + written.slice(caption);
    return { text: text.slice(0, line.start) + bare + text.slice(line.end), what: `${c.name}'s label lost (${JSON.stringify(bare.trim())})` };
  }
  if (kind === 'chapter-number-twice') {
    // A chapter's heading written with the number of the one before it (a heading copied and its number left): `第二章` twice.
    const c = pick(t.chapters.filter((x, k) => k > 0 && t.chapters[k - 1].unit === x.unit && t.chapters[k - 1].parent === x.parent && t.chapters[k - 1].num !== x.num));
    if (!c) return undefined;
    const prev = t.chapters[t.chapters.indexOf(c) - 1];
    const label = text.slice(prev.label.start, prev.label.end);
    return { text: text.slice(0, c.label.start) + label + text.slice(c.label.end), what: `${c.name}'s heading written ${label}` };
  }
  if (kind === 'chapter-moved') {
    // A chapter cut with its articles and pasted before another chapter of its level (chapters reordered by hand): its heading
    // and articles keep their numbers, out of order now (what renumbering and the chapter fixes answer). Not the last of its
    // level, whose span would take the final clauses and signature with it.
    const level = (x: Treaty['chapters'][number]) => t.chapters.filter((y) => y.parent === x.parent && y.unit === x.unit);
    const c = pick(t.chapters.filter((x) => { const l = level(x); return l.length > 2 && l.indexOf(x) < l.length - 1; }));
    if (!c) return undefined;
    const l = level(c);
    const i = l.indexOf(c);
    const to = pick(l.filter((_, k) => k !== i && k !== i + 1));
    if (!to) return undefined;
    const from = lineAround(text, c.head.start).start;
    const end = lineAround(text, l[i + 1].head.start).start;
    const at = lineAround(text, to.head.start).start;
    const piece = /\n[ \t\u3000]*\r?\n$/.test(text.slice(from, end)) ? text.slice(from, end) : `${text.slice(from, end)}\n`;
    const rest = text.slice(0, from) + text.slice(end);
    const into = at > from ? at - (end - from) : at;
    return { text: rest.slice(0, into) + piece + rest.slice(into), what: `${c.name} moved with its articles before ${to.name}` };
  }
  if (kind === 'full-width-reference') {
    // A reference typed with full-width digits (`第５条`, an IME's full-width mode; texts from Japan and Taiwan write them so).
    const r = pick(referencesOf(t).filter((x) => x.kind === 'article' && !x.relative && /^第[〇零一二三四五六七八九十百千0-9]+[条條]/.test(text.slice(x.labelStart, x.labelEnd))));
    if (!r || r.kind !== 'article') return undefined;
    const label = text.slice(r.labelStart, r.labelEnd);
    const digits = String(r.target.num).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    const written = label.replace(/^第[〇零一二三四五六七八九十百千0-9]+/, `第${digits}`);
    return { text: text.slice(0, r.labelStart) + written + text.slice(r.labelEnd), what: `${JSON.stringify(label)} written ${JSON.stringify(written)} at ${r.labelStart}` };
  }
  if (kind === 'items-relabelled') {
    // An article's items relabelled by hand from （一） to 1. (the list's style changed), each at the start of its line.
    const ITEM = /(^|\n)([ \t\u3000]*)[（(]([一二三四五六七八九十]{1,3})[）)]/g;
    const a = pick(t.articles.filter((x) => new RegExp(ITEM.source).test(text.slice(x.head.end, x.end))));
    if (!a) return undefined;
    const body = text.slice(a.head.end, a.end).replace(ITEM, (_, eol: string, lead: string, n: string) => `${eol}${lead}${parseNumeral(n)}.`);
    return { text: text.slice(0, a.head.end) + body + text.slice(a.end), what: `${a.name}'s items relabelled （一） → 1.` };
  }
  if (kind === 'article-split-by-hand') {
    // An article split in two by hand: a heading `第五条之一` written above one of its later paragraphs, as its own is written
    // (its marks, its label), the paragraphs below it the new article's.
    const a = pick(t.articles.filter((x) => x.num !== undefined && x.sub === undefined && x.paragraphs.length > 1));
    if (!a) return undefined;
    const p = a.paragraphs[1 + Math.floor(random() * (a.paragraphs.length - 1))];
    const line = lineAround(text, p.start);
    const marks = text.slice(lineAround(text, a.head.start).start, a.label.start);
    if (!/^[ \t\u3000]*$/.test(text.slice(line.start, p.start)) || !/^#{0,6}[ \t]*$/.test(marks)) return undefined;
    const heading = `${marks}${text.slice(a.label.start, a.label.end)}之一\n\n`;
    return { text: text.slice(0, line.start) + heading + text.slice(line.start), what: `${a.name} split by hand above its paragraph at ${line.start}` };
  }
  if (kind === 'first-chapter-lost') {
    // The first chapter's heading lost above 第一条 (a copy that starts its text at the first article).
    const c = t.chapters.find((x) => x.parent === undefined);
    if (!c || c.num !== 1) return undefined;
    const line = lineAround(text, c.head.start);
    return { text: text.slice(0, line.start) + text.slice(line.end), what: `${c.name}'s heading (the first) deleted` };
  }
  // An English heading pasted among the Chinese ones: `Article 5` for `第五条`.
  const a = pick(t.articles.filter((x) => x.num !== undefined && !x.sub));
  if (!a) return undefined;
  return { text: text.slice(0, a.label.start) + `Article ${a.num}` + text.slice(a.label.end), what: `${a.name} written Article ${a.num}` };
}

/**
 * The variation drawn for each text: CI's fixed one, or another under TREATY_FC_SEED (a number replays it; `random` draws
 * one, printed with any violation), as the fast-check properties take theirs.
 */
const SEED = process.env.TREATY_FC_SEED === 'random' ? Math.floor(Math.random() * 2 ** 31) : Number(process.env.TREATY_FC_SEED ?? 0) || 0;

// ——— What is checked ———

interface Tally {
  texts: number;
  variants: number;
  actions: number;
  renumberings: number;
  insertions: number;
  renames: number;
  termRenames: number;
  fixes: number;
  counterpartEdits: number;
  /** Chapter fixes offered (numbering.chapter, numbering.chapter-label): that the variations draw them. */
  chapterFixes: number;
  /** Chapters and sections offered after a `第` typed in running text (completionReferences.ts chapterItems), each accepted. */
  chapterCompletions: number;
  proposed: number;
  refused: number;
  violations: string[];
}

const emptyTally = (): Tally => ({ texts: 0, variants: 0, actions: 0, renumberings: 0, insertions: 0, renames: 0, termRenames: 0, fixes: 0, counterpartEdits: 0, chapterFixes: 0, chapterCompletions: 0, proposed: 0, refused: 0, violations: [] });

function record(tally: Tally, what: string, problems: string[]): void {
  tally.proposed++;
  for (const p of problems) tally.violations.push(`${what}: ${p}`);
  if (process.env.SAFETY_DEBUG && problems.length) throw new Error(tally.violations.join('\n'));
}

const NUMBERS = /[0-9０-９〇零○一二两三四五六七八九十百千万]+/g;
const masked = (x: string) => x.replace(NUMBERS, '#').replace(/\s+/g, '');

/**
 * What each 前条 (上条) and 次条 of the document names (前款 and 次款 too where the articles are 款: old
 * treaties): the text of the article right before or after the one it is written in, numbers
 * masked (an inserted article moves every later number). An article inserted between them
 * changes what they name; editSafety's meanings records a relative reference by where it is written.
 * (该条 names the article named before it on its line, no neighbour: its target is among the meanings.)
 */
function relatives(index: WorkspaceIndex, uri: string): string[] {
  const t = index.model(index.get(uri)!);
  const out: string[] = [];
  for (const r of referencesOf(t)) {
    if (r.kind !== 'article' || !r.relative || r.relative === '本条' || r.relative === '该条') continue;
    const where = articleAt(t, r.start);
    if (!where || (r.relative[1] !== '条' && where.head.unit !== '款') || r.relative.length > 2) continue;
    const other = t.articles[t.articles.indexOf(where) + (r.relative[0] === '前' || r.relative[0] === '上' ? -1 : 1)];
    out.push(`${r.relative} in ${masked(where.summary)} → ${other ? masked(t.text.slice(other.head.end, other.end)) : 'nothing'}`);
  }
  return out;
}

/** The index in `now` of the article whose heading the longest of `edits` (made on `text`) writes; -1 when none. */
function insertedArticle(text: string, edits: readonly TextEdit[], now: Treaty): number {
  const doc = TextDocument.create('file:///inserted', 'markdown', 1, text);
  const spans = edits.map((e) => ({ a: doc.offsetAt(e.range.start), b: doc.offsetAt(e.range.end), t: e.newText })).sort((x, y) => x.a - y.a);
  const longest = spans.reduce((x, y) => (y.t.length > x.t.length ? y : x), spans[0]);
  if (!longest) return -1;
  // Where it lands: its start, moved by the edits before it.
  let at = longest.a;
  for (const e of spans) if (e !== longest && e.a < longest.a) at += e.t.length - (e.b - e.a);
  return now.articles.findIndex((x) => x.head.start >= at && x.head.start < at + longest.t.length);
}

/** An edit that adds one article: every reference means what it meant, the inserted article aside. */
function checkInsertion(index: WorkspaceIndex, uri: string, edit: WorkspaceEdit, before: Meanings): string[] {
  const rel = relatives(index, uri);
  // The article indices after the inserted one move by one: editSafety compares them as they were.
  const shifted = new Map<string, string[]>();
  const problems: string[] = [];
  const s = index.get(uri)!;
  const old = index.model(s);
  const applied = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, s.text), edit.changes?.[uri] ?? []);
  index.set(uri, applied, s.version + 1, s.languageId);
  const now = index.model(index.get(uri)!);
  // The inserted article: the one whose heading the edit writes (its longest piece, the others renumbering labels), where
  // it lands in the text after. Not the first whose body, numbers masked, is not the old one's there: an article inserted
  // before one as empty as itself (a stray `## 第五条` typed in a preamble, its text no article's: TREATY_FC_SEED=23) reads
  // the same, and the references to the old one were counted as moved to the new.
  const insertedAt = insertedArticle(s.text, edit.changes?.[uri] ?? [], now);
  const after = meanings(index);
  const relAfter = relatives(index, uri);
  index.set(uri, s.text, s.version, s.languageId);
  if (now.articles.length !== old.articles.length + 1) problems.push(`${old.articles.length} articles became ${now.articles.length}`);
  for (const [u, list] of after) shifted.set(u, list.map((m) => (u === uri ? m.replace(/#(-?\d+)/g, (_, n) => `#${Number(n) > insertedAt ? Number(n) - 1 : Number(n)}`) : m)));
  for (const [u, list] of before) {
    const other = shifted.get(u) ?? [];
    if (other.length !== list.length) problems.push(`${u}: ${list.length} references became ${other.length}`);
    else for (let i = 0; i < list.length; i++) if (list[i] !== other[i]) problems.push(`${u}: reference ${i} meant ${around(list[i], other[i])}, now ${around(other[i], list[i])}`);
  }
  if (rel.length !== relAfter.length) problems.push(`${rel.length} relative references became ${relAfter.length}`);
  else for (let i = 0; i < rel.length; i++) if (rel[i] !== relAfter[i]) problems.push(`relative reference ${i} meant ${around(rel[i], relAfter[i])}, now ${around(relAfter[i], rel[i])}`);
  return problems;
}

/** Whether `offset` lies in an article's heading (its label and caption; a law-style line's label only). */
function onHeading(t: Treaty, offset: number): boolean {
  const a = articleAt(t, offset);
  if (!a || offset < a.head.start || offset > a.head.eol) return false;
  return !(a.head.inlineBody && a.head.rest !== undefined && offset >= a.head.rest);
}

/** Whether `offset` lies in the label of an article reference the text reads (`第五条`, not 前条). */
function onArticleReference(t: Treaty, offset: number): boolean {
  return referencesOf(t).some((r) => r.kind === 'article' && !r.relative && r.labelStart <= offset && offset < r.labelEnd);
}

/** Tries every kind of edit the server proposes on the document `uri` of `index`. */
function exercise(index: WorkspaceIndex, uri: string, label: string, tally: Tally, random: () => number, renames: number): void {
  let cached: Meanings | undefined;
  const before = () => (cached ??= meanings(index));
  const seen = new Set<string>();
  const current = () => index.get(uri)!;
  // A document that is no treaty (a NUL byte, no heading …) is served nothing: no diagnostics, no edits.
  if (!index.isServed(current())) return;
  const offer = (edit: WorkspaceEdit | undefined, what: string, completesReading = false) => {
    if (!edit) return;
    const key = JSON.stringify(edit);
    if (Object.keys(edit.changes ?? {}).length === 0 || seen.has(key)) return;
    seen.add(key);
    if (Object.keys(edit.changes ?? {}).length > 1) tally.counterpartEdits++;
    record(tally, `${label} ${what}`, checkWorkspaceEdit(index, edit, before(), 0, completesReading));
  };
  const safely = <T>(what: string, f: () => T): T | undefined => {
    try {
      return f();
    } catch (e) {
      tally.violations.push(`${label} ${what}: threw ${(e as Error).stack?.split('\n').slice(0, 3).join(' ')}`);
      return undefined;
    }
  };
  // Every code action on every diagnostic (in the default run, on at most 12 spread over the text: each asks for the diagnostics again).
  const all = safely('diagnostics', () => diagnostics(contextOf(index, current()))) ?? [];
  const ds = RUNS || LAWS ? all : all.filter((_, i) => i % Math.ceil(all.length / 12) === 0);
  for (const d of ds) {
    const actions: CodeAction[] = safely(`code actions for ${d.code}`, () => codeActions(contextOf(index, current()), [d])) ?? [];
    for (const a of actions) {
      tally.actions++;
      if ((d.code === 'numbering.chapter' || d.code === 'numbering.chapter-label') && a.edit && a.title !== msg('action.disableNextLine', String(d.code))) tally.chapterFixes++;
      offer(a.edit, `${d.code} “${a.title}”`, COMPLETES_READING.has(String(d.code)));
    }
  }
  // Fix all, as asked on save (a text with a fix completing its reading gets that fix alone: the round's rule).
  for (const a of safely('fix all', () => codeActions(contextOf(index, current()), [], ['source.fixAll'])) ?? []) {
    tally.actions++;
    offer(a.edit, `fix all “${a.title}”`, all.some((d) => COMPLETES_READING.has(String(d.code))));
  }
  // Renumbering, alone and with the counterparts.
  tally.renumberings++;
  const r = safely('renumber', () => renumberArticles(contextOf(index, current())));
  if (r?.refused) tally.refused++;
  offer(r?.edit, 'renumber');
  const rc = safely('renumber with counterparts', () => renumberWithCounterparts(contextOf(index, current())));
  offer(rc?.edit, 'renumber with counterparts');
  const t = index.model(current());
  // Insert an article after a random one (and before the first), both ways.
  if (t.tree.unitStyle === 'article' && t.articles.length > 0) {
    for (const k of [Math.floor(random() * t.articles.length), -1]) {
      const at = k < 0 ? Math.max(0, t.articles[0].start - 1) : t.articles[k].head.start;
      for (const mode of ['renumber', 'sub'] as const) {
        tally.insertions++;
        const ins = safely(`insert (${mode}) at ${at}`, () => insertArticle(contextOf(index, current()), at, mode));
        if (!ins?.edit) {
          tally.refused++;
          continue;
        }
        tally.proposed++;
        for (const p of checkInsertion(index, uri, ins.edit, before())) tally.violations.push(`${label} insert (${mode}) after ${k < 0 ? 'nothing' : t.articles[k].name}: ${p}`);
        if (process.env.SAFETY_DEBUG && tally.violations.length) throw new Error(tally.violations.join('\n'));
      }
    }
  }
  // Rename at headings and references, with and without the counterparts.
  const sites: number[] = [];
  for (const a of t.articles) sites.push(a.label.start + 1);
  for (const ref of referencesOf(t)) if (ref.kind === 'article' && !ref.relative) sites.push(ref.labelStart + 1);
  for (let k = 0; k < renames && sites.length; k++) {
    const at = sites[Math.floor(random() * sites.length)];
    const n = 1 + Math.floor(random() * (t.articles.length + 5));
    const name = [String(n), `第${formatChinese(n)}条`, formatChinese(n)][Math.floor(random() * 3)];
    tally.renames++;
    const one = safely(`rename at ${at} to ${name}`, () => (k % 2 ? renameWithCounterparts : rename)(contextOf(index, current()), at, name));
    if (one && 'refused' in one) tally.refused++;
    else if (one) offer(one, `rename at ${at} to ${name}`);
  }
  // Rename at a defined term and its uses in the text (a caption is the heading's): no rename of an
  // article offered, nothing that changes a meaning.
  for (const def of t.definitions.slice(0, 6)) {
    const uses = [def.start, ...findAll(t.text, def.term).filter((x) => x !== def.start).slice(0, 3)].filter((x) => !onHeading(t, x + 1));
    for (const at of uses) {
      tally.termRenames++;
      const p = safely(`prepareRename at term ${def.term}`, () => prepareRename(contextOf(index, current()), at + 1));
      const one = safely(`rename at term ${def.term}`, () => rename(contextOf(index, current()), at + 1, '第一条'));
      // (Unless the term's words hold a reference the text reads there: `本条例所称第五条河渠` defines `第五条河渠`, and F2 on its
      // `第五条` renames article 5 — what it names, wherever it is written: TREATY_FC_SEED=31337, a 洛阳 regulation, session 49.)
      if (p && 'range' in p && !onArticleReference(t, at + 1)) tally.violations.push(`${label}: prepareRename at the term “${def.term}” (${at}) offers ${JSON.stringify(p)}`);
      if (one && 'changes' in one) offer(one, `rename at the term “${def.term}”`);
      // The term renamed (renameTerm.ts, what the server does when no article is there): meanings kept, the
      // term and its new name alike in the text references point to.
      const name = TERM_NAMES[Math.floor(random() * TERM_NAMES.length)];
      const renamed = safely(`renameTerm at ${def.term} to ${name}`, () => renameTerm(contextOf(index, current()), at + 1, name));
      if (!renamed || 'refused' in renamed) {
        if (renamed) tally.refused++;
        continue;
      }
      // The term renamed: the one under the cursor (inside a longer term's use, `缔约国一方` in `缔约国一方居民`, the longer).
      const prepared = prepareTermRename(contextOf(index, current()), at + 1);
      const term = prepared && 'placeholder' in prepared ? prepared.placeholder : def.term;
      const written = /^《[^《》]+》$/.test(term) ? `《${name}》` : name;
      // (As editSafety masks the text: numerals as #, no white space, brackets full-width, a self-word 本…协定 as 本#.)
      const masked = mask(term);
      // (A name of the parties in another form, `缔约双方` where `双方` is defined, is masked as the term is: renamed inside it,
      // `缔约午未申酉`, it is that form still.)
      // (A term is found in either script, `委员会` defined and `委員會` written in a text in traditional characters: renamed alike.)
      const folded = foldScript(masked);
      const same = (list: string[]) => list.map((x) => foldScript(x).split(folded).join('§').split(written).join('§').replace(/(?:缔约|締約)§/g, '§'));
      const was = new Map([...before()].map(([k, v]) => [k, same(v)]));
      record(tally, `${label} rename the term “${def.term}” to ${name}`, checkWorkspaceEdit(index, renamed, was, 0, false, same));
    }
  }
  safely('chapters completed after 第', () => completeChapters(index, uri, label, tally, random));
  // treaty-check --fix: the text it writes means what the text meant, with as many articles. The
  // document is read as treaty-check reads it (no language id, version 0), alone.
  tally.fixes++;
  const text = current().text;
  const cli = new WorkspaceIndex();
  const first = cli.set(uri, text, 0);
  const fixed = safely('fix', () => fixText(cli, first, DEFAULT_CONFIG));
  if (fixed !== undefined && fixed !== text) {
    tally.proposed++;
    const reset = cli.set(uri, text, 0);
    const was = meanings(cli);
    const articles = cli.model(reset).articles.length;
    const count = cli.model(cli.set(uri, fixed, 1)).articles.length;
    const problems: string[] = [];
    if (count !== articles) problems.push(`${articles} articles became ${count}`);
    const list = was.get(uri) ?? [];
    const other = meanings(cli).get(uri) ?? [];
    if (other.length !== list.length) problems.push(`${list.length} references became ${other.length}`);
    else for (let i = 0; i < list.length; i++) if (list[i] !== other[i]) problems.push(`reference ${i} meant ${around(list[i], other[i])}, now ${around(other[i], list[i])}`);
    // Only marks and words change: the text keeps its lines.
    if (fixed.split('\n').length !== text.split('\n').length) problems.push('the number of lines changed');
    for (const p of problems) tally.violations.push(`${label} fix: ${p}`);
  }
}

/**
 * A drafter typing `依照本法第` (the text's self-word) after a sentence of an article, and accepting each chapter or section the
 * completion offers (completionReferences.ts chapterItems): the item's edit stays in the word typed, from its `第` to the
 * cursor; after it the text reads one reference more, to the chapter of the caption the item shows, every other as before;
 * and no `ref.no-such-chapter` is said of it.
 */
function completeChapters(index: WorkspaceIndex, uri: string, label: string, tally: Tally, random: () => number): void {
  const s = index.get(uri)!;
  const t = index.model(s);
  if (!t.chapters.some((c) => c.num !== undefined)) return;
  const ends: number[] = [];
  // (At a paragraph's end: the word typed is followed by a line break, not glued to the next sentence's words.)
  for (const a of t.articles) for (let k = s.text.indexOf('。', a.head.end); k >= 0 && k < a.end; k = s.text.indexOf('。', k + 1)) if (/^(?:\r?\n|$)/.test(s.text.slice(k + 1, k + 3))) ends.push(k + 1);
  if (!ends.length) return;
  const at = ends[Math.floor(random() * ends.length)];
  const typed = `依照${t.selfRef}第`;
  const cursor = at + typed.length;
  const text = s.text.slice(0, at) + typed + s.text.slice(at);
  const typedIn = index.set(uri, text, s.version + 1, s.languageId);
  try {
    const map = new LineMap(index.model(typedIn).tree.lines);
    const items = completion(contextOf(index, typedIn), map.positionAt(cursor)).items.filter((x) => x.kind === CompletionItemKind.Folder);
    const before = meanings(index);
    const was = before.get(uri)!;
    for (const item of items) {
      tally.chapterCompletions++;
      tally.proposed++;
      const e = item.textEdit && 'range' in item.textEdit ? item.textEdit : undefined;
      const where = `${label} completion of ${JSON.stringify(typed)} at ${at} with ${item.label}`;
      if (!e) {
        tally.violations.push(`${where}: no text edit`);
        continue;
      }
      const [a, b] = [map.offsetAt(e.range.start), map.offsetAt(e.range.end)];
      if (a < at || b > cursor || a > b) {
        tally.violations.push(`${where}: edits ${a}–${b}, outside the word typed (${at}–${cursor})`);
        continue;
      }
      const accepted = index.set(uri, text.slice(0, a) + e.newText + text.slice(b), typedIn.version + 1, s.languageId);
      // (An article's text holds the words typed, and then the item: a reference naming that article reads them as typed.)
      const word = mask(text.slice(at, a) + e.newText);
      const now = meanings(index).get(uri)!.map((x) => x.split(word).join(mask(typed)));
      // The units the item writes (`第三章第一节`: two; `本公约第一部分`, `本规约第二编` too: model/chapterReferences.ts), the last the item's.
      const units = [...item.label.matchAll(/第[^第]*?(分编|编|章|节|部分)/g)].map((m) => m[1]);
      const read = units.length;
      const last = units[units.length - 1];
      const named = `chapter → ${last}:${mask(item.labelDetails?.description ?? '(no caption)').slice(0, 16)}`;
      // The references more, where they are among the chapter references (in the order written), the others as they were.
      // (Where they go in: after the first that differs, or as far before it as they are many — `第二章第一节` written after
      // another `第二章` reads its first reference as that one's.)
      // (And where the last of them is the item's: the unit before it may read as one the text names next — `依照本法第三章第一节`
      // typed before `宪法第三章第五节` in the constitution, whose `第三章` reads as the typed one's.)
      const itemsLast = (j: number) => !read || now[j + read - 1] === named;
      let i = 0;
      while (i < was.length && was[i] === now[i]) i++;
      for (let j = i; j >= Math.max(0, i - read); j--) if (now.slice(j + read).join('\n') === was.slice(j).join('\n') && itemsLast(j)) {
        i = j;
        break;
      }
      const added = now.slice(i, i + read);
      if (now.length !== was.length + read || added.some((x) => !x.startsWith('chapter → ')) || (read && added[read - 1] !== named) || now.slice(i + read).join('\n') !== was.slice(i).join('\n')) {
        tally.violations.push(`${where}: ${was.length} references became ${now.length}; the first read otherwise, ${i}: was ${was[i] ?? 'none'}, now ${now[i] ?? 'none'} (the item names ${named})`);
      }
      const cm = new LineMap(index.model(accepted).tree.lines);
      const missing = diagnostics(contextOf(index, accepted)).find((d) => d.code === 'ref.no-such-chapter' && cm.offsetAt(d.range.start) >= at && cm.offsetAt(d.range.start) < at + typed.length + e.newText.length);
      if (missing) tally.violations.push(`${where}: ${missing.message}`);
      index.set(uri, text, typedIn.version, s.languageId);
    }
  } finally {
    index.set(uri, s.text, s.version, s.languageId);
  }
}

function findAll(text: string, word: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(word); i >= 0 && out.length < 50; i = text.indexOf(word, i + word.length)) out.push(i);
  return out;
}

function report(t: { diagnostic(s: string): void }, tally: Tally, ms: number): void {
  t.diagnostic(`${tally.texts} texts, ${tally.variants} variants; ${tally.actions} code actions, ${tally.renumberings} renumberings, ${tally.insertions} insertions, ${tally.renames} renames, ${tally.termRenames} renames at defined terms, ${tally.fixes} --fix runs, ${tally.counterpartEdits} edits of two documents, ${tally.chapterFixes} chapter fixes, ${tally.chapterCompletions} chapters completed after 第; ${tally.proposed} edits proposed, ${tally.refused} refused; violations: ${tally.violations.length}; ${ms} ms`);
}

/** The texts of one instrument in two languages (`x.zh.md` beside `x.en.md`) are one workspace. */
function groups(list: Base[]): Base[][] {
  const out = new Map<string, Base[]>();
  for (const b of list) {
    const key = b.name.startsWith('multilingual/') ? b.name.replace(/\.[a-z]{2}\.md$/, '') : b.name;
    if (!out.has(key)) out.set(key, []);
    out.get(key)!.push(b);
  }
  return [...out.values()];
}

test('harness: every proposed edit on real texts, as they are and with articles deleted, copied, moved and swapped, is safe', (t) => {
  const started = Date.now();
  const tally = emptyTally();
  const all = groups(bases()).filter((g) => !ONLY || g[0].name.includes(ONLY));
  assert.ok(ONLY || all.length >= 60, `${all.length} texts`);
  for (const group of all) {
    tally.texts += group.length;
    // Default: one variation of each text, a change drawn for it (as-is for one in five); long: RUNS of each.
    const runs = RUNS || 1;
    for (let run = 0; run < runs; run++) {
      const index = new WorkspaceIndex();
      const uris = group.map((b) => `file:///real/${encodeURI(b.name.replace(/^laws:/, 'laws/'))}`);
      group.forEach((b, k) => index.set(uris[k], b.text, 1, 'markdown'));
      const r = rng(hash(group[0].name) + run + SEED);
      const change = CHANGES[Math.floor(r() * CHANGES.length)];
      // The change is made on the first text of a pair (by name): its counterpart then disagrees, as it does while drafting.
      const c = changed(index, uris[0], change, r);
      if (!c) continue;
      // Then a few small edits, drawn apart (the change above stays the one drawn before they were added).
      const small = typed(c.text, rng(hash(group[0].name) + run + SEED + 0x5bd1e995));
      if (small.what) {
        c.text = small.text;
        c.what += `; ${small.what}`;
      }
      // And one retouch of its shape, drawn apart again (none for one in four).
      const pickR = rng(hash(group[0].name) + run + SEED + 0x2545f491);
      const kind = RETOUCHES[Math.floor(pickR() * (RETOUCHES.length + 2))];
      const re = RETOUCH && kind ? retouched(c.text, kind, pickR) : undefined;
      if (re) {
        c.text = re.text;
        c.what += `; ${re.what}`;
      }
      index.set(uris[0], c.text, 2, 'markdown');
      if (process.env.SAFETY_VARIANT) fs.writeFileSync(`${process.env.SAFETY_VARIANT}.${run}.md`, c.text);
      tally.variants++;
      for (let k = 0; k < uris.length; k++) exercise(index, uris[k], `${group[k].name} (${c.what})`, tally, r, RUNS ? 6 : 2);
    }
  }
  report(t, tally, Date.now() - started);
  if (SEED) t.diagnostic(`TREATY_FC_SEED=${SEED}`);
  if (process.env.SAFETY_DUMP) fs.writeFileSync(process.env.SAFETY_DUMP, `${tally.violations.join('\n')}\n`);
  assert.deepEqual(tally.violations.slice(0, 30), [], `TREATY_FC_SEED=${SEED}`);
  assert.ok(ONLY || tally.proposed > 50, JSON.stringify({ ...tally, violations: undefined }));
});
