// The numbering of chapters, sections and parts (`第一章` … `第三节` … `第二编`): among the divisions of one unit
// under one parent they run 1, 2, 3 … with no gap, repeat or disorder, as the articles do (diagnostics.ts
// checkArticleNumbering). A chapter whose label the copy lost (lostChapters.ts: a bare `法律责任` between 第五章 and
// 第七章) holds its number: that finding is `numbering.chapter-label`'s, with its fix, not a gap here. The first
// division under a parent is numbered 1 or goes on from the last of its unit under the parent before (a law in 编 either
// numbers its chapters again in each 编, as the Civil Code, or through the law, as the Civil Procedure Law's 第二编 opening
// at 第十二章); one numbered 1 again after others starts a new text (a second instrument copied below the first). The
// first is missing only where the text holds what came before it (`第一条` above `## 第二章`: the heading of 第一章
// lost; under a chapter, its articles or a caption above `第二节`); a page of chapters may open anywhere, and an excerpt
// (`…（节选）`: draftingChecks.ts drops its gaps) skip any. One out of place is one finding, those after it read on from
// it; a division an amendment quotes (`作为第七节`) is left alone.
// Fixes: the run's divisions numbered in order with the references naming them (`renumberChaptersEdits`); a law's first
// chapter heading lost above 第一条 inserted (`firstChapterEdit`).
// draftingChecks.ts reports these as `numbering.chapter`. Pure function of the model.
import { Article, Chapter, Treaty, articleLayout, buildTreaty } from '../model/treaty';
import { chapterReferenceAt, chapterReferences } from '../model/chapterReferences';
import { referencesOf } from '../model/references';
import { decimalChapter, formatChinese, fullWidthDigits, isDecimal } from '../syntax/numerals';
import { msg } from './messages';
import { perModel } from '../model/perModel';
import { Block, Line, isBlankOrComment, lastStartingAt } from '../syntax/tree';
import { withEdits } from '../syntax/reparse';
import { foldScript } from '../syntax/script';
import { CHAPTER_UNITS, FIRST_CHAPTER_CAPTION, LAW_KINDS, alternation } from '../syntax/words';
import { chaptersByBlock, headingLike, lostChapters, namesNoMore } from './lostChapters';

export interface ChapterNumbering {
  /** The division whose number is wrong. */
  chapter: Chapter;
  kind: 'gap' | 'duplicate' | 'order';
  /** The number expected there (gap: the first missing; duplicate: its own; order: the division it belongs before). */
  expected: number;
  /** A gap before the first division of its unit under its parent (the heading of 第一章 lost above 第一条). */
  first?: boolean;
}

export const chapterNumbering = perModel((treaty: Treaty): ChapterNumbering[] => {
  const out: ChapterNumbering[] = [];
  if (treaty.chapters.length === 0) return out;
  const byBlock = chaptersByBlock(treaty);
  // (Made only when an article stands outside every chapter: under a chapter an article's number is not asked.)
  let byHead: Map<Line, Article> | undefined;
  const articleAt = (head: Line) => (byHead ??= new Map<Line, Article>(treaty.articles.map((a) => [a.head, a]))).get(head);
  // A lost label's number, by the caption's block (its unit is the chapter's before it).
  const lost = new Map<Block, { num: number; unit: string }>();
  for (const l of lostChapters(treaty)) {
    const b = treaty.tree.root.children.find((x) => x.type === 'block' && x.head === l.head);
    if (b?.type === 'block') lost.set(b, { num: l.num, unit: l.before.unit });
  }
  // The number after the last division of each unit seen so far, in the whole text (a 编's chapters may go on from the 编 before).
  const after = new Map<string, number>();
  const visit = (parent: Block): void => {
    // The number after the last division of each unit under this parent; whether articles or captions came before the first.
    const expected = new Map<string, number>();
    let content = false;
    for (const child of parent.children) {
      if (child.type !== 'block') continue;
      const c = byBlock.get(child);
      const number = c?.num !== undefined ? { num: c.num, unit: c.unit } : lost.get(child);
      if (c) visit(child);
      if (!number) {
        // Under a chapter, its articles or a caption (`一般规定`: the heading of 第一节 lost); at the top, the text's 第一条.
        if (parent === treaty.tree.root ? child.kind === 'article' && child.head !== undefined && articleAt(child.head)?.num === 1 : child.kind === 'article' || child.kind === 'section') content = true;
        continue;
      }
      const { num, unit } = number;
      const want = expected.get(unit);
      if (c && announced(treaty, c)) {
        // Quoted in an amendment: `增加一节，作为第七节“监察委员会”` then `第七节 监察委员会`.
        continue;
      } else if (want === undefined) {
        // The first of its unit here: 1, or on from the parent before's last. Missing only where the text holds what came
        // before it (`第一条` … then `## 第二章`: the first chapter's heading lost); a page of chapters may open anywhere.
        const goesOn = after.get(unit);
        if (c && num !== 1 && num !== goesOn && content) out.push({ chapter: c, kind: 'gap', expected: goesOn !== undefined && num > goesOn ? goesOn : 1, first: true });
      } else if (num === want - 1) {
        if (c) out.push({ chapter: c, kind: 'duplicate', expected: num });
      } else if (num > want) {
        // (Articles numbered by chapter, `第2.1条` under `第三章` after 第一章: the heading or the articles may be wrong, as
        // diagnostics.ts checkDecimalNumbering says nothing either.)
        if (c && !numberedFor(c, want)) out.push({ chapter: c, kind: 'gap', expected: want });
      } else if (num < want && num !== 1) {
        // (Numbered from 1 again: another text.) Out of place; those after it are read on from it, one finding for a run.
        if (c) out.push({ chapter: c, kind: 'order', expected: num + 1 });
      }
      expected.set(unit, num + 1);
      after.set(unit, num + 1);
    }
  };
  visit(treaty.tree.root);
  return out;

  /** Whether the chapter's first article is numbered by chapter for chapter `n` (`第2.1条`). */
  function numberedFor(c: Chapter, n: number): boolean {
    const a = treaty.articles.find((x) => x.start >= c.start && x.start < c.end);
    return a?.num !== undefined && isDecimal(a.num) && decimalChapter(a.num) === n;
  }
});

/** Whether the text line just before the division's heading announces it as inserted (`…增加一节，作为第七节“监察委员会”；…内容如下：`). */
function announced(treaty: Treaty, c: Chapter): boolean {
  const lines = treaty.tree.lines;
  let i = lastStartingAt(lines, c.head.start) - 1;
  while (i >= 0 && isBlankOrComment(lines[i])) i--;
  const l = lines[i];
  if (l === undefined || l.kind === 'chapter' || l.kind === 'heading') return false;
  const line = treaty.text.slice(l.contentStart, l.contentEnd);
  const label = treaty.text.slice(c.label.start, c.label.end);
  // `作为第七节`, `作为第三章第七节` (not `依照本条例第三章的规定`: a reference on the line before is no announcement).
  for (let at = line.indexOf('作为'); at >= 0; at = line.indexOf('作为', at + 2)) if (line.slice(at + 2, at + 2 + label.length + 8).includes(label)) return true;
  return false;
}

/**
 * The fix of a law's first chapter heading lost above its articles (`第一条` … then `## 第二章 …` first): `## 第一章 总则`
 * (the caption of 2,035 of the 2,059 first chapters of LawRefBook/Laws; words.ts FIRST_CHAPTER_CAPTION) inserted above
 * 第一条, written as 第二章 is (marks, digits, spacing; 總則 in a text in traditional script). Offered only for a law (a
 * treaty's first chapter has no usual caption), and only when the text read again has that chapter holding the same
 * articles as before the heading, every article laid out as it was.
 */
export function firstChapterEdit(treaty: Treaty, start: number): { heading: string; above: string; edit: { start: number; end: number; newText: string } } | undefined {
  if (treaty.kind === undefined || !LAW_KINDS.has(treaty.kind)) return undefined;
  const f = chapterNumbering(treaty).find((x) => x.chapter.label.start === start);
  if (!f?.first || f.expected !== 1 || f.chapter.num !== 2 || f.chapter.parent !== undefined) return undefined;
  const first = treaty.articles[0];
  if (first?.num !== 1 || first.start >= f.chapter.start || first.chapter !== undefined) return undefined;
  const traditional = treaty.title !== undefined && foldScript(treaty.title.text) !== treaty.title.text;
  const heading = headingLike(treaty.text, f.chapter, 1, traditional ? FIRST_CHAPTER_CAPTION.traditional : FIRST_CHAPTER_CAPTION.simplified);
  if (heading === undefined) return undefined;
  const edit = { start: first.head.start, end: first.head.start, newText: `${heading}\n\n` };
  const reread = buildTreaty(withEdits(treaty.text, [edit]));
  const opened = reread.chapters[0];
  if (opened?.num !== 1 || opened.unit !== f.chapter.unit || opened.head.start !== first.head.start) return undefined;
  if (reread.articles.length !== treaty.articles.length || reread.articles.some((r, k) => articleLayout(r) !== articleLayout(treaty.articles[k]))) return undefined;
  const before = treaty.articles.filter((a) => a.start < f.chapter.start).length;
  if (reread.articles.some((a, k) => (k < before) !== (a.chapter === opened))) return undefined;
  if (!namesNoMore(treaty, reread)) return undefined;
  return { heading, above: first.name, edit };
}

/** Number `n` written as `written` writes its numeral: Chinese (`三` → `四`), Arabic (`3` → `4`) or full-width digits (`３` → `４`). */
function numeralLike(written: string, n: number): string {
  if (/[０-９]/.test(written)) return fullWidthDigits(String(n));
  return /[0-9]/.test(written) ? String(n) : formatChinese(n);
}

/** A division's label: `第` and spaces, its numeral, spaces and its unit — one character, or two (`部分`, `分编`). */
const UNIT_LABEL = new RegExp(`^(第[ \\t\\u3000]{0,2})(.+?)([ \\t\\u3000]{0,2}(?:${alternation(CHAPTER_UNITS)}|.))$`, 'u');

/**
 * The fix of chapters (or sections, parts) numbered with a gap, twice or out of place: the divisions of that unit under
 * that parent, in the run holding the finding (from its first, or the last numbered 1 again before it, to the next
 * numbered 1 again), numbered on in order from the run's first, each label's numeral written as it was (`第3章` stays
 * Arabic), and every reference of the text naming one of them (`本法第四章`, `依照第四章的规定`) written with its new
 * number. Offered only when the text read again has those divisions so numbered, every reference naming the division
 * it named before (and none naming one that named none), and every article laid out and referred to as before; not for a first division missing (a heading
 * lost: `firstChapterEdit`), nor where a lost label holds a number (its caption has none to rewrite) or may (a caption in
 * the chapter before a gap holding captions or 节).
 */
export function renumberChaptersEdits(treaty: Treaty, start: number): { title: string; edits: { start: number; end: number; newText: string }[] } | undefined {
  const f = chapterNumbering(treaty).find((x) => x.chapter.label.start === start);
  if (!f || f.first) return undefined;
  const { chapter } = f;
  const siblings = treaty.chapters.filter((c) => c.parent === chapter.parent && c.unit === chapter.unit);
  const at = siblings.indexOf(chapter);
  let from = at;
  while (from > 0 && siblings[from].num !== 1) from--;
  let to = at + 1;
  while (to < siblings.length && siblings[to].num !== 1) to++;
  const run = siblings.slice(from, to);
  if (run.some((c) => c.num === undefined || /[\s\u3000]/.test(treaty.text.slice(c.label.start, c.label.end)))) return undefined;
  if (lostChapters(treaty).length > 0) return undefined;
  // A gap after a chapter holding divisions of its own, captions or 节 (证券公司监督管理条例: `## 第三章 组织机构` … its
  // articles, a bare `业务规则与风险控制`, `### 第一节 一般规定` … `## 第五章`): they may well be the missing chapter's, its
  // heading lost; numbering the chapters on would make the copy wrong.
  if (f.kind === 'gap' && at > 0 && siblings[at - 1].block.children.some((b) => b.type === 'block' && (b.kind === 'section' || b.kind === 'chapter'))) return undefined;
  const renumbered = new Map<Chapter, number>();
  run.forEach((c, k) => {
    if (c.num !== run[0].num! + k) renumbered.set(c, run[0].num! + k);
  });
  if (renumbered.size === 0) return undefined;
  const edits: { start: number; end: number; newText: string }[] = [];
  // The numeral inside `第…章` (`第…部分`): its span and the new number written as the old one was.
  const numeralEdit = (s: number, e: number, n: number): void => {
    const m = UNIT_LABEL.exec(treaty.text.slice(s, e));
    if (!m) return;
    const numStart = s + m[1].length;
    edits.push({ start: numStart, end: numStart + m[2].length, newText: numeralLike(m[2], n) });
  };
  for (const [c, n] of renumbered) numeralEdit(c.label.start, c.label.end, n);
  // Every division the text names: which it names now (by its place among the text's divisions), to check after.
  const named: { start: number; index: number }[] = [];
  for (const ref of chapterReferences(treaty)) {
    named.push({ start: ref.start, index: treaty.chapters.indexOf(ref.chapter) });
    const n = renumbered.get(ref.chapter);
    if (n !== undefined) numeralEdit(ref.start, ref.end, n);
  }
  edits.sort((a, b) => a.start - b.start);
  const reread = buildTreaty(withEdits(treaty.text, edits));
  const shift = (offset: number): number => {
    let d = 0;
    for (const e of edits) if (e.end <= offset) d += e.newText.length - (e.end - e.start);
    return offset + d;
  };
  if (reread.chapters.length !== treaty.chapters.length) return undefined;
  for (let k = 0; k < treaty.chapters.length; k++) {
    const old = treaty.chapters[k];
    if (reread.chapters[k].num !== (renumbered.get(old) ?? old.num) || reread.chapters[k].unit !== old.unit) return undefined;
  }
  for (const r of named) {
    const now = chapterReferenceAt(reread, shift(r.start));
    if (!now || reread.chapters.indexOf(now.chapter) !== r.index) return undefined;
  }
  // Nor one naming no division before given one, as renumbering articles leaves a reference to none naming none: a contents
  // line whose chapter's heading was deleted (`第二章　中国公民出境入境` over 第三章 made 第二章), a heading broken into text
  // (`## (第三章 赔偿` before 第四章 made 第三章).
  if (!namesNoMore(treaty, reread)) return undefined;
  if (reread.articles.length !== treaty.articles.length || reread.articles.some((r, k) => articleLayout(r) !== articleLayout(treaty.articles[k]))) return undefined;
  const targets = (t: Treaty) => referencesOf(t).map((r) => (r.kind === 'article' ? `${r.citation ? 'c' : ''}${JSON.stringify(r.target)}` : r.kind));
  if (targets(reread).join('|') !== targets(treaty).join('|')) return undefined;
  const first = [...renumbered][0];
  const label = treaty.text.slice(first[0].label.start, first[0].label.end);
  return { title: msg('action.renumberChapters', chapter.unit, label.replace(UNIT_LABEL, `$1${numeralLike(label, first[1])}$3`)), edits };
}
