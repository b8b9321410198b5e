// Every edit the server proposes is safe on real texts (issue #11, continued): the
// harness of safety-edits.test.ts takes each fixture as it is and random treaties made
// of fragments; this one takes the real texts (test/fixtures/real, unseen, laws,
// amendments, seeds, multilingual, pasted, drafts; and, for a long run, a sample of a
// folder of laws) and changes them as a drafter does — an article deleted, one copied
// in, one moved, two swapped — then tries on each: every code action on every
// diagnostic, renumbering, "insert an article" (both ways), rename at article headings,
// references and defined terms, `treaty-check --fix`, and for the texts in two languages
// renumbering and rename with their counterparts. Each proposed edit is applied and
// every reference must mean what it meant (test/support/editSafety.ts); a relative
// reference (前条, 前款, 前两款) must name the same unit's text after an inserted article.
// Default (in `npm test`, ~10 s): one variation of each text, code actions on at most 12 of its
// diagnostics. Longer, after `npm test` has compiled:
//   SAFETY_REAL_RUNS=N   N variations of each text, code actions on every diagnostic
//   SAFETY_LAWS=/tmp/laws SAFETY_LAWS_N=200   also that many laws of that folder (LawRefBook/Laws), chosen by a fixed seed
//   SAFETY_DUMP=FILE     every violation written to FILE; SAFETY_DEBUG=1 stops at the first
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeAction, WorkspaceEdit } from 'vscode-languageserver-types';
import { contextOf } from '../../server/src/features/context';
import { prepareRename, rename, renumberArticles } from '../../server/src/features/renumber';
import { renameWithCounterparts, renumberWithCounterparts } from '../../server/src/features/counterpartEdits';
import { insertArticle } from '../../server/src/features/insertArticle';
import { codeActions } from '../../server/src/features/codeActions';
import { diagnostics } from '../../server/src/features/diagnostics';
import { WorkspaceIndex } from '../../server/src/index/workspace';
import { referencesOf } from '../../server/src/model/references';
import { articleAt } from '../../server/src/model/treaty';
import { formatChinese } from '../../server/src/syntax/numerals';
import { fixText } from '../../server/src/cli/treatyCheck';
import { DEFAULT_CONFIG } from '../../server/src/protocol/config';
import { ROOT } from '../support/fixture';
import { Meanings, checkWorkspaceEdit, meanings } from '../support/editSafety';

const RUNS = Number(process.env.SAFETY_REAL_RUNS ?? 0) || 0;
const LAWS = process.env.SAFETY_LAWS;
const LAWS_N = Number(process.env.SAFETY_LAWS_N ?? 100) || 100;
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
  assert.equal(applied(src, r.edit), '# 測試協定\n\n第一條 雙方合作。\n\n第二條\n\n\n第三條 依照第一條交流。\n');
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

test('rename and renumbering in a text in traditional characters: 第…條 is rewritten as 第…条 is', () => {
  const src = '# 測試協定\n\n第一條 雙方合作。\n\n第三條 依照第一條和第三條交流。\n';
  const { index, snapshot } = one(src);
  const r = rename(contextOf(index, snapshot), src.indexOf('第一條 雙方') + 1, '五');
  assert.ok(r && 'changes' in r, JSON.stringify(r));
  assert.equal(applied(src, r), '# 測試協定\n\n第五條 雙方合作。\n\n第三條 依照第五條和第三條交流。\n');
  const n = renumberArticles(contextOf(index, snapshot));
  assert.equal(applied(src, n.edit), '# 測試協定\n\n第一條 雙方合作。\n\n第二條 依照第一條和第二條交流。\n');
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

test('treaty-check --fix: a self-reference fixed after article headings glued in one line is fixed where it is', () => {
  // `第一条 …。第二条 …` in one line are two articles (the tree's lines are finer than the text's): the
  // fix's position is the text's line, not the tree's; it rewrote 第二条 as 本协定.
  const src = '# 测试协定\n\n双方达成协议如下：第一条 双方合作。第二条 双方交流。\n\n本协议自签字之日起生效。\n';
  const index = new WorkspaceIndex();
  const s = index.set(URI, src, 0);
  assert.equal(fixText(index, s, DEFAULT_CONFIG), '# 测试协定\n\n双方达成协议如下：第一条 双方合作。第二条 双方交流。\n\n本协定自签字之日起生效。\n');
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

