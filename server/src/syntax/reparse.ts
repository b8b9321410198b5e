// Incremental reparsing: a tree for the text after an edit, built from the tree before it.
//
// An edit inside the body of one article (no heading line touched or made — the text of a
// law-style head `第二条　正文` may change, its number not — nothing that moves a decision the
// parser takes over the whole text) re-lexes only the lines it touches
// and re-groups only that article's paragraphs and items; the lines and blocks before it are
// reused as they are, those after it are shifted. Any other edit — a heading line, the
// preamble, the closing part, the last article, a sub-heading or annex that may appear or go —
// falls back to a full parse. Either way the result is the tree `parseTreaty` gives the new
// text, field for field (test/unit/reparse.test.ts checks that on random edits of the seeds
// and the real corpus). Never throws.
import { Block, Line, Node, Problem, SyntaxTree, TreeLine, isContent, lastStartingAt, textOf, withText } from './tree';
import { PieceText, TextLike } from './text';
import { chapterEnding, classify, continuesCitation, cutGluedHeadings, endsBrokenLabel, endsInRange, writtenAbove, gluedItemsStay, gluedParagraphsStay, paragraphBefore, withInterleavedTranslation } from './lines';
import { forgetRows, noGluedRows, rowsAreLines } from './positions';
import { CJK_ENOUGH } from './foreign';
import { textLanguage } from './language';
import { ParagraphStyle, addClosing, bisHeading, fillParagraphs, findClosing, finish, introducesNewText, isPartHeading, isSubheading, nameLineTitle, namesLaw, newBlock, opensWithArabicParagraph, parseTreaty, titleContentOf, trailingFooter } from './parser';
import { Memo } from './memo';
import { halfWidthForms } from './script';

/** A change of the text: `start..end` (UTF-16 offsets into the text before it) replaced by `text`. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** How the last `reparse` built its tree (for the benchmark and tests): reused, or parsed in full. */
export const reparseStats = { local: 0, full: 0 };

/**
 * What a tree built by `reparse` kept of the tree it was built from, when every edit was re-parsed
 * inside one article: the text before `start` and its lines and blocks are the same objects; the
 * text from `end` (an offset into `from.text`) on is the same, its lines and blocks shifted by
 * `delta`; only `start..end` (whole articles, the ones edited) was re-read. The model reuses what it
 * derived from the units outside that span (model/treaty.ts, model/references.ts).
 */
export interface Change {
  from: SyntaxTree;
  start: number;
  end: number;
  delta: number;
}

const changes = new Memo<SyntaxTree, Change>();

/**
 * How `tree` was made from an earlier tree by local re-parses only; undefined otherwise. Read once:
 * the record goes with this call, so that a tree never keeps the trees before it alive.
 */
export function takeChange(tree: SyntaxTree): Change | undefined {
  const c = changes.get(tree);
  changes.delete(tree);
  return c;
}

/** Two changes one after the other (`b` made from the tree `a` made) as one change from `a.from`. */
export function composeChanges(a: Omit<Change, 'from'>, b: Omit<Change, 'from'>): Omit<Change, 'from'> {
  // In the coordinates of the middle tree: the union of `a`'s new span and `b`'s old one.
  const start = Math.min(a.start, b.start);
  const end = Math.max(a.end + a.delta, b.end);
  return { start, end: end - a.delta, delta: a.delta + b.delta };
}

/**
 * The tree of the text `previous.text` becomes after `edits`, applied in order (each in the
 * offsets of the text the ones before it left, as LSP content changes are).
 */
export function reparse(previous: SyntaxTree, edits: readonly Edit[], final?: string | PieceText): SyntaxTree {
  let tree = previous;
  let change: Omit<Change, 'from'> | undefined;
  let local = true;
  for (let i = 0; i < edits.length; i++) {
    const next = reparseOne(tree, edits[i], i === edits.length - 1 ? final : undefined);
    if (next === tree) continue;
    const step = changes.get(next);
    if (!step || step.from !== tree) local = false;
    else change = change ? composeChanges(change, step) : step;
    tree = next;
  }
  if (local && change && tree !== previous) changes.set(tree, { from: previous, start: change.start, end: change.end, delta: change.delta });
  else if (tree !== previous) changes.delete(tree);
  return tree;
}

/** The text after the edits (what `reparse(tree, edits).text` is). */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  for (const e of edits) {
    const [start, end] = bounds(text, e);
    text = text.slice(0, start) + e.text + text.slice(end);
  }
  return text;
}

/** The text after `edits`, offsets of `text` in document order, none overlapping another (a fix's edits, read again before it is offered). */
export function withEdits(text: string, edits: readonly { start: number; end: number; newText: string }[]): string {
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}

function bounds(text: TextLike, e: Edit): [number, number] {
  const start = Math.max(0, Math.min(text.length, e.start | 0));
  const end = Math.max(start, Math.min(text.length, e.end | 0));
  return [start, end];
}

/**
 * One edit. `final`: the text after it as the caller holds it (the editor's document), used as the
 * new tree's text when it is that text (same length, the inserted text in place), so that the
 * text is not built and compared again.
 */
function reparseOne(previous: SyntaxTree, e: Edit, final?: string | PieceText): SyntaxTree {
  // The texts are read in pieces (syntax/text.ts): the whole new string is made only if a full parse or a reader needs it.
  const old = textOf(previous);
  const [start, end] = bounds(old, e);
  if (start === end && e.text.length === 0) return previous;
  const length = old.length - (end - start) + e.text.length;
  const text: string | PieceText = final !== undefined && final.length === length && final.slice(start, start + e.text.length) === e.text ? final : (old instanceof PieceText ? old : PieceText.of(old)).edit(start, end, e.text);
  let tree: SyntaxTree | undefined;
  if (spent.has(previous) || holds.has(previous)) {
    reparseStats.full++;
    return parseTreaty(text.toString());
  }
  try {
    // Texts in other languages are read with their own line rules (syntax/foreignLines.ts): parsed whole.
    // Chinese already in the text before the edit (`languageOf` decides on its first CJK characters) needs no new look.
    const chinese = previous.language === undefined && (chineseBefore(old, start) || textLanguage(text.toString()) === 'zh');
    const delta = e.text.length - (end - start);
    tree = chinese ? inArticle(previous, text, start, end, delta) ?? (spent.has(previous) ? undefined : inTail(previous, text, start, delta)) : undefined;
  } catch {
    tree = undefined;
  }
  if (tree) reparseStats.local++;
  else reparseStats.full++;
  return tree ?? parseTreaty(text.toString());
}

/** Whether `languageOf` says `zh` of any text that starts with `text.slice(0, before)`: enough CJK characters come first. */
function chineseBefore(text: TextLike, before: number): boolean {
  let cjk = 0;
  for (let i = 0; i < before; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff && ++cjk >= CJK_ENOUGH) return true;
  }
  return false;
}

/** The title's lines as a running header would repeat them (white space removed), and all of it. */
function titleParts(text: TextLike, tree: SyntaxTree): { parts: string[]; whole: string } | undefined {
  const block = tree.root.children.find((c): c is Block => c.type === 'block' && c.kind === 'title');
  if (!block) {
    // A title on a database's name line (parser's demoteRunningHeaders), before the first unit.
    const named = nameLineTitle(text, tree.lines, tree.lines.length);
    return named && { parts: [halfWidthForms(named.title)], whole: halfWidthForms(named.title) };
  }
  const parts: string[] = [];
  // (Full-width forms read as half-width, as the parser's demoteRunningHeaders reads them.)
  for (const c of block.children) if (c.type === 'line' && c.contentEnd > c.contentStart) parts.push(titleContentOf(text, c));
  return { parts, whole: parts.join('') };
}

/**
 * The tree after an edit: `previous`'s other fields, its text `text` (made one string when first read, if in pieces).
 * (`tagless` too: the lines read again here are body lines before and after the edit, none a tag line.)
 */
function treeAfter(previous: SyntaxTree, text: string | PieceText, root: Block, lines: Line[], problems: Problem[]): SyntaxTree {
  // (The parser's fields in its order: a tree of one shape whichever made it. No notes: a text of notes is parsed whole.)
  const fields: Omit<SyntaxTree, 'text'> = { root, lines, problems, unitStyle: previous.unitStyle, language: previous.language, pageOfPoints: previous.pageOfPoints, tagless: previous.tagless, notes: undefined };
  return withText<SyntaxTree>(fields, text);
}

/** Kinds of line an edit may touch or make and still be re-parsed inside its article. */
function isBodyLine(l: Line): boolean {
  return l.kind === 'blank' || l.kind === 'text' || l.kind === 'para' || l.kind === 'item' || l.kind === 'break' || l.kind === 'footnote';
}


/** Whether a tree can be re-parsed in part at all: a text of articles, before and after the edit, that the parser read without failing. */
function reparsable(previous: SyntaxTree, text: TextLike): boolean {
  return previous.unitStyle === 'article' && previous.lines.length > 0 && textOf(previous).length > 0 && text.length > 0 && !previous.problems.some((p) => p.code === 'syntax.internal');
}

/**
 * The new tree when the edit `start..end` (old offsets; `delta` the change of length) lies in
 * the body of one article and changes nothing outside it; undefined otherwise.
 */
function inArticle(previous: SyntaxTree, text: string | PieceText, start: number, end: number, delta: number): SyntaxTree | undefined {
  if (!reparsable(previous, text)) return undefined;
  const old = textOf(previous);
  const lines = previous.lines;
  const n = lines.length;

  // The physical lines the edit touches: [a, b].
  let a = lastStartingAt(lines, start);
  let b = lastStartingAt(lines, end);
  while (a > 0 && lines[a].glued) a--;
  // A lone CR before the region may pair with a LF the edit puts first.
  if (a > 0 && old.charCodeAt(lines[a].start - 1) === 0x0d) {
    a--;
    while (a > 0 && lines[a].glued) a--;
  }
  while (b + 1 < n && lines[b + 1].glued) b++;
  // The region may hold the article's head line when its caption or body is what changes
  // (`第二条　本法适用于…`; checked below); any other unit, heading or tag line is not re-parsed here.
  const headInRegion = lines[a].kind === 'article' && lines[a].num !== undefined;
  for (let i = headInRegion ? a + 1 : a; i <= b; i++) if (!isBodyLine(lines[i])) return undefined;

  // The article holding them, and the path of blocks down to it.
  const path: Block[] = [previous.root];
  for (;;) {
    const parent = path[path.length - 1];
    if (parent.kind === 'article') break;
    let next: Block | undefined;
    for (const c of parent.children) {
      if (c.type === 'block' && c.start <= lines[a].start && lines[a].start < c.end) {
        next = c;
        break;
      }
    }
    if (!next || (next.kind !== 'article' && next.kind !== 'chapter' && next.kind !== 'section')) return undefined;
    path.push(next);
  }
  const article = path[path.length - 1];
  const oldHead = article.head;
  // Articles labelled 第一 alone are read over the whole text (lines.ts bareOrdinalArticles): a full parse.
  if (!oldHead || oldHead.kind !== 'article' || oldHead.unit === '') return undefined;
  const h = lastStartingAt(lines, oldHead.start);
  const last = lastStartingAt(lines, article.end - 1);
  if (lines[h] !== oldHead || h > a || (h === a && !headInRegion) || b > last || lines[last].end !== article.end) return undefined;
  // The article is followed by another unit (so the closing part is not in it), and not by a
  // first article: a line of it could then open an annex (findAnnex: a short line or 附件 line
  // opens one only when the next article is a first one, or when no article follows).
  const next = lines[last + 1];
  if (!next || (next.kind !== 'article' && next.kind !== 'chapter') || (next.kind === 'article' && next.num === 1 && next.sub === undefined)) return undefined;
  // A heading glued at a line's end may be cut out for the paragraph opening the next line (lines.ts openingHeading,
  // `…进程. 第三条 与其他协定的关系` / `一、…`): an edit of that line, the first after the head, is a full parse.
  if (oldHead.glued && !lines[a].glued && h < a && firstContentAfter(lines, h) === a) return undefined;

  // Re-lex the region in the new text, glued headings cut as a full split would.
  const regionStart = lines[a].start;
  const regionEnd = lines[b].end + delta;
  const region = relex(text, lines, a, regionStart, regionEnd);
  // An amended article's new text written after `…修改为：` (parser's demoteQuotedArticles) is read over
  // the articles around: an article holding one, or an edit that writes such words, is a full parse.
  // So is a label read as another instrument's article going on (lines.ts continuesCitation), in the article or the region:
  // it may make the caption above it the article's text, a line before the region.
  for (let i = h + 1; i <= last; i++) if (lines[i].kind === 'text' && lines[i].num !== undefined) return undefined;
  for (const l of region) if (introducesNewText(text, l) || (l.kind === 'text' && l.num !== undefined)) return undefined;
  // The head, re-lexed, is the same unit: same number (its caption or first paragraph may change).
  const head = h === a ? region[0] : oldHead;
  if (h === a && (!head || head.kind !== 'article' || head.num !== oldHead.num || head.sub !== oldHead.sub || head.unit !== oldHead.unit || head.glued !== oldHead.glued)) return undefined;
  // A label of 款 glued to its text (`第一款国国家…`, its space deleted) is an article only when it numbers on from the article
  // before it (lines.ts gluedClause), which the region, lexed alone, does not see: a full parse.
  if (h === a && gluedClauseHead(head)) return undefined;
  for (let i = h === a ? 1 : 0; i < region.length; i++) if (!isBodyLine(region[i])) return undefined;
  // Page furniture (parser's demoteRunningHeaders) is read over the whole text: a page break in
  // the region, or a line there that repeats the title or stands beside a page break, is a full parse.
  for (let i = a; i <= b; i++) if (lines[i].kind === 'break') return undefined;
  if (region.some((l) => l.kind === 'break')) return undefined;
  let before = a - 1;
  while (before >= 0 && lines[before].kind === 'blank') before--;
  let beyond = b + 1;
  while (beyond < n && lines[beyond].kind === 'blank') beyond++;
  if (lines[before]?.kind === 'break' || lines[beyond]?.kind === 'break') return undefined;
  // A chapter heading glued after a line's last sentence is cut out when an article's heading is the next line
  // (lines.ts cutGluedHeadings): a region or the line before it ending so is a full parse.
  if ((before >= 0 && chapterEnding(old, lines[before]) >= 0) || region.some((l) => chapterEnding(text, l) >= 0)) return undefined;
  // An article label broken at a line's end (`…安全间隔。 第七十` / `三条 …`) goes on with the numbering, the headings glued
  // after it read from it (lines.ts brokenLabel): one in the article up to the region, or in the region, is a full parse.
  for (let i = h; i <= b; i++) if (endsBrokenLabel(old, lines[i])) return undefined;
  if (region.some((l) => endsBrokenLabel(text, l))) return undefined;
  const title = titleParts(old, previous);
  if (region.some((l) => repeatsTitle(text, l, title))) return undefined;

  // The new lines: those before reused, the region's, the rest of the article shifted copies (it
  // is re-grouped), those after it the same objects — moved by `delta` below, once nothing can fail.
  const shift = region.length - (b - a + 1);
  const mid: Line[] = region.slice();
  for (let i = b + 1; i <= last; i++) mid.push(delta === 0 ? lines[i] : shiftLine(lines[i], delta));
  // The next article's label is read as another instrument's article going on when the line now right above it ends citing
  // one (lines.ts continuesCitation: an edit that joins `…許可證。《联合国宪章》` to the line above `第四條“締約…`): a full parse.
  // So is a label the line written above now ends a range's opening before (lines.ts endsInRange: `…第二至` / `第五條…`).
  if (next.kind === 'article' && (continuesCitation(text, delta === 0 ? next : shiftLine(next, delta), mid[mid.length - 1], oldHead.num ?? 0) || endsInRange(text, writtenAbove(mid, mid.length, lines, a)))) return undefined;
  // Read off the old lines before they change hands: the articles opening with `1.`, the edited one's.
  const arabicBefore = arabicCount(previous);
  const ownArabic = arabicIn(old, lines, h, last + 1);
  // The lines after the region read the bracketed items and the numbered paragraph above them through it (an item or a
  // paragraph glued after a full stop is cut out when it continues them): where what they read there changes, and one of
  // them may hold such an item or paragraph, a full parse.
  if (!gluedItemsStay(old, lines, b, last, text, region, a) || !gluedParagraphsStay(old, lines, b, last, region, a)) return undefined;
  // The line array itself changes hands too (no copy of it): the article's lines replaced in
  // place. From here the previous tree is spent, whether or not the checks below pass.
  spent.add(previous);
  // No line glued before, none in the article now: the physical lines are the lines (positions.ts reads no line to know it).
  const unglued = rowsAreLines(lines);
  forgetRows(lines);
  const newLines = lines as Line[];
  if (shift === 0) for (let i = 0; i < mid.length; i++) newLines[a + i] = mid[i];
  else newLines.splice(a, last - a + 1, ...mid);
  if (unglued && mid.every((l) => !l.glued)) noGluedRows(newLines);

  // No sub-heading appears (a short line standing alone before an article), nor an added article's heading (`分条②`): the region's lines,
  // the content line before it and the line after it are the only ones whose answer can change.
  // (The line after the article, not yet moved, is an article or chapter head: read by kind only.)
  let p = a - 1;
  while (p > h && lines[p].kind === 'blank') p--;
  for (let i = Math.max(p, h + 1); i <= a + region.length && i < newLines.length; i++) if (isSubheading(text, newLines, i) || isPartHeading(text, newLines, i) || bisHeading(text, newLines, i)) return undefined;

  // Paragraph style: whether the document numbers paragraphs `1.` is decided over all articles
  // (any article opening with `1.`): counted per tree, the edited article's part replaced.
  const to = last + 1 + shift;
  const count = arabicBefore - ownArabic + arabicIn(text, newLines, h, to);
  const arabicParagraphs = count > 0;
  if (arabicParagraphs !== arabicBefore > 0) return undefined;
  const style: ParagraphStyle = { arabicParagraphs, lawItems: isLaw(old, previous.root, previous.lines), semicolonItems: true };

  // The article, re-grouped.
  const rebuilt = regroup(text, newLines, head, h, to, style);

  // Nothing fails from here: the previous tree gives its lines and blocks after the article to
  // this one, moved by `delta` in place (no copy: an edit costs what it touches, not the rest of
  // the document); it is spent (`isSpent`): what still holds its model builds it again.
  if (delta !== 0) for (let i = to; i < newLines.length; i++) moveLine(newLines[i], delta);
  let child: Block = rebuilt;
  for (let k = path.length - 2; k >= 0; k--) {
    const parent = path[k];
    const at = parent.children.indexOf(path[k + 1]);
    // The parent's children with the article's replaced: one copy made at its size (the children before it
    // sliced and those after pushed, the list was copied again as it grew — ~40 KB a keystroke under the root
    // of the bench's 1 MB treaty, thousands of articles and blank lines).
    const children: Node[] = parent.children.slice();
    children[at] = child;
    if (delta !== 0) {
      for (let i = at + 1; i < children.length; i++) {
        const c = children[i];
        if (c.type === 'block') moveBlock(c, delta);
      }
    }
    child = { type: 'block', kind: parent.kind, start: children[0].start, end: children[children.length - 1].end, children, head: parent.head };
  }

  const problems: Problem[] = previous.problems.map((q) => (q.start < regionStart ? q : { ...q, start: q.start + delta, end: q.end + delta }));
  const tree = treeAfter(previous, text, child, newLines, problems);
  arabicCounts.set(tree, count);
  changes.set(tree, { from: previous, start: article.start, end: article.end, delta });
  return tree;
}

/** The first characters of an annex line (findAnnex): 附件, 附录, 附表, 另约, 专条, 附约. */
const ANNEX_FIRST = new Set([0x9644, 0x53e6, 0x4e13, 0x5c08]);

/**
 * The new tree when the edit at `start` (an old offset; `delta` the change of length) lies in
 * the tail of the document: the last article (from its head line on, its number kept) and what
 * follows it — the final clauses, the signing clause, the signature block — when no annex,
 * heading or unit is there before or after the edit. The tail is a unit of its own: its lines
 * are lexed again to the end of the text and laid out as `parse` lays them out (the last
 * article's paragraphs, `findClosing`, `addClosing`); the lines and blocks before it are reused
 * as they are. Undefined otherwise.
 */
function inTail(previous: SyntaxTree, text: string | PieceText, start: number, delta: number): SyntaxTree | undefined {
  if (!reparsable(previous, text)) return undefined;
  const old = textOf(previous);
  const lines = previous.lines;
  const n = lines.length;

  // The last article: the last block on the path root › (chapter | section)* › article; after it
  // in the root only lines and the closing part's blocks (no annex).
  const path: Block[] = [previous.root];
  for (;;) {
    const parent = path[path.length - 1];
    if (parent.kind === 'article') break;
    const cs = parent.children;
    let k = cs.length - 1;
    if (parent === previous.root) {
      while (k >= 0 && (cs[k].type === 'line' || (cs[k] as Block).kind === 'signing' || (cs[k] as Block).kind === 'signatures')) k--;
    }
    const next = cs[k];
    if (!next || next.type !== 'block' || (next.kind !== 'article' && next.kind !== 'chapter' && next.kind !== 'section')) return undefined;
    if (parent !== previous.root && k !== cs.length - 1) return undefined;
    path.push(next);
  }
  const article = path[path.length - 1];
  const oldHead = article.head;
  if (!oldHead || oldHead.kind !== 'article' || oldHead.num === undefined || oldHead.unit === '') return undefined;
  const h = lastStartingAt(lines, oldHead.start);
  if (lines[h] !== oldHead || oldHead.glued) return undefined;

  // The physical lines the edit touches start at `a` (at or after the head); the tail is lexed again from there.
  let a = lastStartingAt(lines, start);
  while (a > 0 && lines[a].glued) a--;
  if (a > 0 && old.charCodeAt(lines[a].start - 1) === 0x0d) {
    a--;
    while (a > 0 && lines[a].glued) a--;
  }
  if (a < h) return undefined;
  // The old tail: body lines only (no page furniture, heading, unit, tag or comment); and none the region re-lexes read as
  // another instrument's article going on (lines.ts continuesCitation: `…《联合国宪章》` / `第二十六條…`), which the parser
  // counts among the text's units (an edit joining it to the line above left the text of one article, no unit style: a full parse).
  for (let i = h + 1; i < n; i++) if (!isBodyLine(lines[i]) || lines[i].kind === 'break' || (i >= a && lines[i].kind === 'text' && lines[i].num !== undefined)) return undefined;
  let before = a - 1;
  while (before >= 0 && lines[before].kind === 'blank') before--;
  if (lines[before]?.kind === 'break') return undefined;
  // An article label broken at a line's end before the region (lines.ts brokenLabel) goes on with the numbering the region is read from: a full parse.
  for (let i = h; i < a; i++) if (endsBrokenLabel(old, lines[i])) return undefined;

  const regionStart = lines[a].start;
  const region = relex(text, lines, a, regionStart, text.length);
  const head = h === a ? region[0] : oldHead;
  if (h === a && (!head || head.kind !== 'article' || head.num !== oldHead.num || head.sub !== oldHead.sub || head.unit !== oldHead.unit || head.glued !== oldHead.glued || head.inlineBody !== oldHead.inlineBody)) return undefined;
  // (A label of 款 glued to its text numbers on from the article before it, which the tail, lexed alone, does not see: a full parse.)
  if (h === a && gluedClauseHead(head)) return undefined;
  const title = titleParts(old, previous);
  for (let i = h === a ? 1 : 0; i < region.length; i++) {
    const l = region[i];
    // (A label read as another instrument's article going on, lines.ts continuesCitation, may make the caption above it,
    // a line before the region, the article's text: a full parse.)
    if (!isBodyLine(l) || l.kind === 'break' || (l.kind === 'text' && l.num !== undefined)) return undefined;
    // No annex opens (findAnnex: a short line or heading starting 附件, 附录, 另约 … after the last article).
    if (ANNEX_FIRST.has(text.charCodeAt(l.contentStart))) return undefined;
    // Nor a line repeating the title (a running header: parser's demoteRunningHeaders).
    if (repeatsTitle(text, l, title)) return undefined;
  }

  const arabicBefore = arabicCount(previous);
  // No other article line in the tail: the last article's own part of the count.
  const ownArabic = arabicIn(old, lines, h, n);
  const problems: Problem[] = previous.problems.filter((q) => q.start < regionStart);
  if (problems.length !== previous.problems.length) return undefined;
  // The line array changes hands (no copy of it): the tail replaced in place. From here the previous tree is spent.
  spent.add(previous);
  const unglued = rowsAreLines(lines);
  forgetRows(lines);
  const newLines = lines as Line[];
  newLines.splice(a, n - a, ...region);
  if (unglued && region.every((l) => !l.glued)) noGluedRows(newLines);
  const m = newLines.length;

  const count = arabicBefore - ownArabic + arabicIn(text, newLines, h, m);
  const arabicParagraphs = count > 0;
  if (arabicParagraphs !== arabicBefore > 0) return undefined;
  const style: ParagraphStyle = { arabicParagraphs, lawItems: isLaw(old, previous.root, previous.lines), semicolonItems: true };

  // Laid out as `parse` lays out what follows the last unit: the article up to the closing part, then that, both before the
  // page's furniture closing the document (parser's trailingFooter), whose lines are the root's.
  const bodyLimit = trailingFooter(text, newLines, h + 1, m);
  const closing = findClosing(text, newLines, h + 1, bodyLimit);
  const bodyEnd = closing ? closing.start : bodyLimit;
  const rebuilt = regroup(text, newLines, head, h, bodyEnd, style);
  let child: Block = rebuilt;
  for (let k = path.length - 2; k >= 1; k--) {
    const parent = path[k];
    const children: Node[] = parent.children.slice(0, parent.children.length - 1);
    children.push(child);
    child = { type: 'block', kind: parent.kind, start: children[0].start, end: children[children.length - 1].end, children, head: parent.head };
  }
  const oldRoot = previous.root;
  const root = newBlock('document');
  const at = oldRoot.children.indexOf(path[1]);
  for (let i = 0; i < at; i++) root.children.push(oldRoot.children[i]);
  root.children.push(child);
  const closingFrom = root.children.length;
  if (closing) addClosing(root, newLines, closing, bodyLimit);
  for (let i = closingFrom; i < root.children.length; i++) {
    const c = root.children[i];
    if (c.type === 'block') finish(c);
  }
  for (let i = bodyLimit; i < m; i++) root.children.push(newLines[i]);
  root.start = root.children[0].start;
  root.end = root.children[root.children.length - 1].end;

  const tree = treeAfter(previous, text, root, newLines, problems);
  arabicCounts.set(tree, count);
  changes.set(tree, { from: previous, start: article.start, end: old.length, delta });
  return tree;
}

/**
 * Trees whose lines and blocks after an edit were moved into the tree `reparse` made of them:
 * their offsets are no longer theirs. A spent tree is never re-parsed from (a full parse is), and
 * a model built on it is built again (index/workspace.ts).
 */
const spent = new WeakSet<SyntaxTree>();

/** The index of the first line after `i` that is neither blank nor a comment. */
function firstContentAfter(lines: readonly Line[], i: number): number {
  let k = i + 1;
  while (k < lines.length && (lines[k].kind === 'blank' || lines[k].kind === 'comment')) k++;
  return k;
}

/** Whether `tree` gave its lines to a later tree (`reparse` moves, it does not copy). */
export function isSpent(tree: SyntaxTree): boolean {
  return spent.has(tree);
}

/** Trees held by work that reads them over several turns of the event loop, and by how many. */
const holds = new Memo<SyntaxTree, number>();

/**
 * Holds `tree` (and the model built on it) until the returned function is called: an edit re-parsed
 * from it meanwhile is a full parse, so nothing it holds moves under work that still reads it
 * (a long request answered in slices, protocol/slices.ts). The function releases once.
 */
export function hold(tree: SyntaxTree): () => void {
  holds.set(tree, (holds.get(tree) ?? 0) + 1);
  let held = true;
  return () => {
    if (!held) return;
    held = false;
    const n = (holds.get(tree) ?? 1) - 1;
    if (n > 0) holds.set(tree, n);
    else holds.delete(tree);
  };
}

/** How many articles of a tree open with a paragraph numbered `1.` (`opensWithArabicParagraph`), per tree. */
const arabicCounts = new Memo<SyntaxTree, number>();

function arabicCount(tree: SyntaxTree): number {
  let c = arabicCounts.get(tree);
  if (c === undefined) arabicCounts.set(tree, (c = arabicIn(textOf(tree), tree.lines, 0, tree.lines.length)));
  return c;
}

/** The articles among `lines[from..to)` whose first content line is a paragraph `1.` (as `opensWithArabicParagraph` reads them). */
function arabicIn(text: TextLike, lines: readonly Line[], from: number, to: number): number {
  let c = 0;
  for (let i = from; i < to; i++) {
    if (lines[i].kind !== 'article' || lines[i].inlineBody) continue;
    let j = i + 1;
    while (j < to && !isContent(lines[j])) j++;
    if (j < to && lines[j].kind === 'item' && opensWithArabicParagraph(text, [lines[i], lines[j]])) c++;
  }
  return c;
}

/** A line moved by `delta`, as a copy (a line of the lexer's: syntax/tree.ts `TreeLine`). */
function shiftLine(l: Line, delta: number): Line {
  if (l instanceof TreeLine) return l.moved(delta);
  return {
    type: 'line', kind: l.kind, start: l.start + delta, end: l.end + delta, eol: l.eol + delta,
    contentStart: l.contentStart + delta, contentEnd: l.contentEnd + delta, glued: l.glued, level: l.level, indent: l.indent, terminal: l.terminal,
    label: l.label && { start: l.label.start + delta, end: l.label.end + delta }, num: l.num, sub: l.sub, unit: l.unit,
    rest: l.rest !== undefined ? l.rest + delta : undefined, inlineBody: l.inlineBody, tag: l.tag, period: l.period,
    value: l.value && { start: l.value.start + delta, end: l.value.end + delta },
  };
}

/** A line moved by `delta` in place (its offsets, its label's and value's). */
function moveLine(l: Line, delta: number): void {
  // A TreeLine keeps `eol` and `contentStart` as lengths from `end` and `start`: moved with them.
  if (l instanceof TreeLine) l.shift(delta);
  else {
    l.start += delta;
    l.end += delta;
    l.eol += delta;
    l.contentStart += delta;
    l.contentEnd += delta;
  }
  if (l.label) {
    l.label.start += delta;
    l.label.end += delta;
  }
  if (l.rest !== undefined) l.rest += delta;
  if (l.value) {
    l.value.start += delta;
    l.value.end += delta;
  }
}

/** A block and the blocks inside it moved by `delta` in place (their lines are moved as lines). */
function moveBlock(b: Block, delta: number): void {
  b.start += delta;
  b.end += delta;
  for (const c of b.children) if (c.type === 'block') moveBlock(c, delta);
}

/** Whether the document is a law (its title ends with 法, 条例 …): its `一、` after a chapeau are items. */
function isLaw(text: TextLike, root: Block, lines: readonly Line[]): boolean {
  for (const c of root.children) {
    if (c.type !== 'block' || c.kind !== 'title') continue;
    const l = c.children[c.children.length - 1];
    if (l.type !== 'line') return false;
    return namesLaw(text, lines, l, lines.length);
  }
  // No title line: a law database's name line names the law (`法規名稱：…條例`), as the full parse reads it.
  return namesLaw(text, lines, undefined, lines.length);
}

/**
 * The lines of `text` from `start` to `end` (a region starting at old line `a`), classified and
 * with glued headings cut as a full split cuts them: a glued `第…条` is a heading when it follows
 * the last article number before the region.
 */
function relex(text: TextLike, lines: readonly Line[], a: number, start: number, end: number): Line[] {
  const raw: Line[] = [];
  for (let s = start; s < end; ) {
    let eol = s;
    while (eol < end) {
      const c = text.charCodeAt(eol);
      if (c === 0x0a || c === 0x0d) break;
      eol++;
    }
    let e = eol;
    if (e < end) e += text.charCodeAt(e) === 0x0d && text.charCodeAt(e + 1) === 0x0a ? 2 : 1;
    raw.push(classify(text, s, eol, e));
    s = e;
  }
  let lastNum = 0;
  for (let i = a - 1; i >= 0; i--) {
    const l = lines[i];
    if (l.kind === 'article' && l.num !== undefined && l.sub === undefined && l.unit === undefined) {
      lastNum = l.num;
      break;
    }
  }
  return cutGluedHeadings(text, withInterleavedTranslation(text, raw), lastNum, paragraphBefore(lines, a), lines, a);
}

/** A text line that repeats the title or a part of it (a running header, or the title's words broken into lines: parser's demoteRunningHeaders). */
function repeatsTitle(text: TextLike, l: Line, title: { parts: string[]; whole: string } | undefined): boolean {
  const c = l.kind === 'text' ? titleContentOf(text, l) : '';
  return !!title && !!c && (c === title.whole || title.parts.includes(c) || (c.length >= 2 && title.whole.includes(c)));
}

/** The article headed by line `h` (`head`), its lines up to `to` grouped into paragraphs and items. */
function regroup(text: TextLike, lines: readonly Line[], head: Line, h: number, to: number, style: ParagraphStyle): Block {
  const rebuilt = newBlock('article', head);
  if (head.inlineBody) fillParagraphs(rebuilt, lines, h, to, head, text, style);
  else {
    rebuilt.children.push(head);
    fillParagraphs(rebuilt, lines, h + 1, to, undefined, text, style);
  }
  finish(rebuilt);
  return rebuilt;
}

/** Whether an article's head line opens with a label of 款 glued to its text, no space between (lines.ts gluedClause reads it). */
function gluedClauseHead(head: Line): boolean {
  return head.unit === '款' && head.label !== undefined && head.rest === head.label.end && head.rest < head.contentEnd;
}
