// A chapter whose label the copy lost: `## 第五章 监督管理` … a bare `法律责任` … `## 第七章 附则`, the heading
// `## 第六章 法律责任` reduced to its caption (LawRefBook/Laws: 86 found, each with its fix). The parser reads the caption
// at the chapter's rank (syntax/parser.ts `lostChapterRank`); this finds those captions — the k blocks between two
// chapters of one unit numbered k + 1 apart, or a caption only a chapter carries (`法律责任`, `罚则`) after a 章 whose next
// is not numbered next — for draftingChecks.ts to report as `numbering.chapter-label`, and writes the
// label back in the form of the chapter before it (codeActions.ts offers it as a quick fix). Pure function of the model.
import { Chapter, Treaty, articleLayout, buildTreaty } from '../model/treaty';
import { chapterReferences } from '../model/chapterReferences';
import { perModel } from '../model/perModel';
import { Block, Line } from '../syntax/tree';
import { isChapterCaption } from '../syntax/parser';
import { withEdits } from '../syntax/reparse';
import { formatArabic, formatChinese } from '../syntax/numerals';

export interface LostChapter {
  /** The caption's line. */
  head: Line;
  /** The chapter before it, whose form the label is written in. */
  before: Chapter;
  /** The number the lost label had. */
  num: number;
  /** The heading as the chapters around it are written: `## 第六章 法律责任`. */
  heading: string;
}

/** A model's chapters by their blocks, once per model: this file's captions and chapterNumbering.ts's numbers both read them so. */
export const chaptersByBlock = perModel((treaty: Treaty): ReadonlyMap<Block, Chapter> => new Map<Block, Chapter>(treaty.chapters.map((c) => [c.block, c])));

export const lostChapters = perModel((treaty: Treaty): LostChapter[] => {
  const out: LostChapter[] = [];
  if (treaty.chapters.length === 0) return out;
  const byBlock = chaptersByBlock(treaty);
  // What stands between the chapter `before` and the next one of its rank (`next`, none at the end).
  const judge = (before: Chapter | undefined, between: readonly Block[], next: Chapter | undefined): void => {
    const first = between[0]?.kind === 'section' ? between[0].head : undefined;
    if (!first || before?.num === undefined) return;
    // Captions, each a chapter, filling a gap in the numbers exactly: `## 第一章 总则` … `规划和建设` … `运行和改造` … `## 第四章`.
    if (between.length > 1 && next !== undefined && next.unit === before.unit && next.num === before.num + between.length + 1 && between.every((b) => b.kind === 'section' && b.head)) {
      between.forEach((b, k) => {
        const heading = headingLike(treaty.text, before, before.num! + k + 1, captionOf(treaty.text, b.head!));
        if (heading !== undefined) out.push({ head: b.head!, before, num: before.num! + k + 1, heading });
      });
      return;
    }
    const gap = between.length === 1 && next !== undefined && next.unit === before.unit && next.num === before.num + 2;
    // (Its number is known only when the 章 before it holds no caption of its own: 河南省旅游条例's 第二章 holds nine, each a
    // chapter whose label was lost too, and its 法律责任 is no 第三章.)
    const caption = before.unit === '章' && isChapterCaption(treaty.text, first) && !(next?.unit === '章' && next.num === before.num + 1) &&
      !before.block.children.some((c) => c.type === 'block' && c.kind === 'section');
    if (!gap && !caption) return;
    const heading = headingLike(treaty.text, before, before.num + 1, captionOf(treaty.text, first));
    if (heading !== undefined) out.push({ head: first, before, num: before.num + 1, heading });
  };
  const visit = (b: Block): void => {
    let before: Chapter | undefined;
    let between: Block[] = [];
    for (const child of b.children) {
      if (child.type !== 'block') continue;
      const c = child.kind === 'chapter' ? byBlock.get(child) : undefined;
      if (!c) {
        between.push(child);
        continue;
      }
      judge(before, between, c);
      before = c;
      between = [];
      visit(child);
    }
    judge(before, between, undefined);
  };
  visit(treaty.tree.root);
  return out;
});

const captionOf = (text: string, head: Line): string => text.slice(head.contentStart, head.contentEnd);

/**
 * A heading written as the chapter `before` is: its `#` marks, its label with the number (in its digits: `第5章`
 * stays Arabic), the white space after its label, then the caption. Undefined when that heading is written otherwise
 * (emphasis, a label in spaced characters).
 */
export function headingLike(text: string, before: Chapter, num: number, caption: string): string | undefined {
  const marks = text.slice(before.head.start, before.label.start);
  if (!/^(?:#{1,6}[ \t]*)?$/.test(marks)) return undefined;
  const label = text.slice(before.label.start, before.label.end);
  if (!label.startsWith('第') || /[\s\u3000]/.test(label)) return undefined;
  const unit = label.slice(label.length - before.unit.length);
  const digits = /[0-9０-９]/.test(label) ? formatArabic(num) : formatChinese(num);
  const gap = /^[ \t\u3000]*/.exec(text.slice(before.label.end, before.head.contentEnd))![0] || ' ';
  return `${marks}第${digits}${unit}${gap}${caption}`;
}

/**
 * The fix of a lost chapter label: the caption's line, up to the end of its content, made the heading; offered only when the
 * text read again has that chapter, numbered, and every article read as it was.
 */
export function lostChapterEdit(treaty: Treaty, start: number): { heading: string; edit: { start: number; end: number; newText: string } } | undefined {
  const lost = lostChapters(treaty).find((l) => l.head.contentStart === start);
  if (!lost) return undefined;
  const edit = { start: lost.head.start, end: lost.head.contentEnd, newText: lost.heading };
  const reread = buildTreaty(withEdits(treaty.text, [edit]));
  if (!reread.chapters.some((c) => c.num === lost.num && c.unit === lost.before.unit && c.head.start === lost.head.start)) return undefined;
  if (reread.articles.length !== treaty.articles.length || reread.articles.some((r, k) => articleLayout(r) !== articleLayout(treaty.articles[k]))) return undefined;
  if (!namesNoMore(treaty, reread)) return undefined;
  return { heading: lost.heading, edit };
}

/**
 * Whether `reread` (the text with a chapter fix made) reads as many references to its chapters as `treaty`: one naming no
 * division is not given one by a heading written in or a label renumbered — `本条例第三章` whose heading was deleted given a line
 * read as a lost chapter's caption (`前两条`, labelled `## 第三章 前两条`), a heading broken into text (`## 第一本条章 总 则`)
 * given the first chapter's heading written above 第一条, a contents line given the chapter numbered into its place — as
 * renumbering articles gives a dangling reference no target (edit safety, session 48: TREATY_FC_SEED 2718, 86; session 49: 4242).
 */
export function namesNoMore(treaty: Treaty, reread: Treaty): boolean {
  return chapterReferences(reread).length === chapterReferences(treaty).length;
}
