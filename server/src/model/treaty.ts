// The semantic model of one treaty: what the syntax tree means. Built once per
// document version from the tree; every feature reads it. Offsets stay UTF-16.
import { Block, Line, Node, Span, SyntaxTree, TreeLine, everyLine, keepShape, firstContentLine, forEachBlock, inCode, isContent, lastStartingAt, setText, textOf } from '../syntax/tree';
import type { PieceText, TextLike } from '../syntax/text';
import { datePlaceAt, introducesNewText, isDateAlone, listedArticles, newBlock, parseTreaty } from '../syntax/parser';
import { brokenLabel, captionAfterHead, endsInRange, isHyphen, isSpace, writtenAbove } from '../syntax/lines';
import { Change, takeChange } from '../syntax/reparse';
import { linkModels } from './lineage';
import { linkVersion } from './versionLink';
import { formatChinese, parseNumeral } from '../syntax/numerals';
import { foldScript, halfWidthForms } from '../syntax/script';
import { CAP_HEADING, FILE_NAME_SUFFIX, RESOLUTION_NUMBER, EXCERPT_WORDS, PARALLEL_TEXT_WORDS, SITE_WORDS, TITLE_PART_WORDS, WHOLE_TEXT_WORDS, WHOLE_TEXT_TAIL, REVISION_WORDS, HISTORY_ACTS, EXCHANGE_OF_NOTES, NOTES_CONSTITUTE, NOTE_COMPLIMENTS, INSTRUMENT_KINDS, INSTRUMENT_WORDS, RESOLUTION, RESOLUTION_OPENING, LAW_KINDS, NAME_LINE, PINYIN_GLOSS, RUN_IN_SENTENCE, SUBJECT_ALONE, IN_FORCE_REMARK, CONTENTS_REMARK, VALIDITY_STATUS, alternation, endingKind, isRulesTitle, selfWordOf, titleWords, withoutRemarks, DRAFT_TITLE_WORDS, GLUED_LABEL, KIND_NAME_LABEL, PREAMBLE, afterExampleLabel, afterTitleFieldLabel, publishedName, DATE_DIGITS, OCR_ZEROS, sampleHeadingKind, PART_BEFORE_CHAPTER, PROSE_KINDS, ANNOUNCED_KIND, LIST_CONJUNCTION, TITLE_WORD_VARIANTS, COMPILATION_LEAD, NEWS_COLUMN_LEAD, PARALLEL_LEAD, withoutTonelessPinyin, PARTS_REMARK } from '../syntax/words';
import { Definition, findDefinitions } from './definitions';
import { BRACKETED_DATE_PLACE, Signing, readSigning } from './signing';
import { Language } from '../syntax/foreign';
import { foreignKind, leadTitleEnd, RECITAL_OPENING, LAW_SELF_WORD, LAW_KIND, CAPTION_GOES_ON, captionRestShaped, NOTE_HEAD } from '../syntax/words';
import { foreignKindOfText, foreignSelfRef, labelName, readForeignSigning } from './foreign';
import { Memo, withSlot } from '../syntax/memo';
import { perModel } from './perModel';
import { trimEnd } from '../syntax/positions';

export interface Item {
  /** 1-based position among the paragraph's items (or among its parent item's sub-items). */
  index: number;
  /** The number as written (`（三）` → 3). */
  num?: number;
  /** The label as written (`（三）`, `(ii)`); `-` for an unnumbered list entry. */
  label: string;
  start: number;
  end: number;
  block: Block;
  /** Its sub-items (目): `(i)`, `(ii)` under `(a)`; `1.` under `（一）`; `（1）` under `1.`. */
  items: Item[];
}

export interface Paragraph {
  /** 1-based position in the article: 第Y款. */
  index: number;
  /** The written number of a paragraph `一、` or `1.` (1), if numbered. */
  num?: number;
  /** The number as written when it is not `一、`: `1.` (conventions). */
  label?: string;
  start: number;
  end: number;
  items: Item[];
  block: Block;
}

/**
 * What resolving a reference reads of an article: its number, name, span, paragraphs and items.
 * An `Article` is one; so is an article of a document's outline (model/outline.ts), which other
 * documents' checks read instead of its model.
 */
export interface ArticleShape {
  num?: number;
  sub?: number;
  name: string;
  start: number;
  end: number;
  paragraphs: ParagraphShape[];
}
export interface ParagraphShape {
  index: number;
  num?: number;
  start: number;
  end: number;
  items: ItemShape[];
}
export interface ItemShape {
  num?: number;
  start: number;
  end: number;
  items: ItemShape[];
}

export interface Article {
  /** The article number, undefined when the label does not parse. */
  num?: number;
  /** `第十条之一` → 1. */
  sub?: number;
  /** Canonical name: `第十一条`, `第十条之一`; for joint statements `一、`. */
  name: string;
  /** The label as written (`第 十 一 条`). */
  label: Span;
  /** The whole line that opens the article. */
  head: Line;
  start: number;
  end: number;
  caption?: string;
  /** Caption, or the first words of the text. */
  summary: string;
  paragraphs: Paragraph[];
  chapter?: Chapter;
  /** The note of an exchange of notes that holds this point. */
  note?: Note;
  block: Block;
}

export interface Chapter {
  num?: number;
  unit: string;
  name: string;
  caption?: string;
  label: Span;
  head: Line;
  start: number;
  end: number;
  block: Block;
  parent?: Chapter;
  /**
   * The part its label names before it on its heading (`## 第四部 第八編 山東`: the Treaty of Versailles's Part IV, Section VIII;
   * words.ts PART_BEFORE_CHAPTER), canonical (`第四部`): the outline names the chapter with it, as written.
   */
  part?: string;
  /**
   * The line that goes on with a caption a line break cut (`## 第二章 听取和审议人民政府、人民法院和` / `人民检察院的专项工作报告`:
   * `chapterCaption`), its words as written: amend.ts reads the heading with it.
   */
  captionRest?: Line;
}

/**
 * The signing clause of an exchange of notes whose last note has no date line after it (a page cut in that note):
 * the last date-place line inside a note (`昭和二十七年四月二十八日於臺北`, the notes of an exchange are dated the same
 * day), latest note first; undefined when none is.
 */
function notesDated(text: TextLike, tree: SyntaxTree, notes: readonly Note[]): Signing | undefined {
  const lines = tree.lines;
  for (let n = notes.length - 1; n >= 0; n--) {
    const note = notes[n];
    for (let i = lastStartingAt(lines, note.end - 1); i >= 0 && lines[i].start >= note.start; i--) {
      if (lines[i].kind !== 'text') continue;
      const end = datePlaceAt(text, lines, i);
      if (end < 0) continue;
      const dated = lines.slice(i, end);
      return readSigning(text, { type: 'block', kind: 'signing', start: dated[0].start, end: dated[dated.length - 1].end, children: dated });
    }
  }
  // Notes dated with no place (`此照` / the addressee / `中華民國三十四年八月十四日` / `西曆一九四五年八月十四日`, a note from
  // Moscow): the last date alone on its lines in a note, the line in another calendar over it with it.
  for (let n = notes.length - 1; n >= 0; n--) {
    const note = notes[n];
    for (let i = lastStartingAt(lines, note.end - 1); i >= 0 && lines[i].start >= note.start; i--) {
      if (lines[i].kind !== 'text' || !isDateAlone(text, lines[i])) continue;
      let first = i;
      for (let k = first - 1; k >= 0 && lines[k].start >= note.start; k--) {
        // (Comment lines between are passed over.)
        if (lines[k].kind === 'comment' || lines[k].kind === 'code') continue;
        if (lines[k].kind !== 'text' || !isDateAlone(text, lines[k])) break;
        first = k;
      }
      const dated = lines.slice(first, i + 1);
      return readSigning(text, { type: 'block', kind: 'signing', start: dated[0].start, end: dated[dated.length - 1].end, children: dated });
    }
  }
  return undefined;
}

/**
 * The date and place an instrument is headed with when no clause signs it (a joint statement's `（2024年7月29日，北京）` right
 * under its title, signing.ts BRACKETED_DATE_PLACE; the page cut before its end or the statement closing with none): the
 * signing, read from that line.
 */
function datedUnderTitle(text: TextLike, tree: SyntaxTree, title: Block): Signing | undefined {
  const lines = tree.lines;
  let i = lastStartingAt(lines, title.end - 1) + 1;
  while (i < lines.length && (lines[i].kind === 'blank' || lines[i].kind === 'comment')) i++;
  if (i >= lines.length || lines[i].kind !== 'text' || lines[i].contentEnd - lines[i].contentStart > 40) return undefined;
  if (!BRACKETED_DATE_PLACE.test(foldScript(text.slice(lines[i].contentStart, lines[i].contentEnd)).trim())) return undefined;
  return readSigning(text, { type: 'block', kind: 'signing', start: lines[i].start, end: lines[i].end, children: [lines[i]] });
}

/**
 * The chapter (章, not a section 节 in it) whose heading holds an article; or the Qing treaty's part (端, words.ts QING_PART_UNITS),
 * whose articles number from 第一款 again as a chapter's do when the text numbers them so.
 */
export function chapterHolding(a: { readonly chapter?: Chapter }): Chapter | undefined {
  let c = a.chapter;
  while (c && c.unit !== '章' && c.unit !== '端') c = c.parent;
  return c;
}

/** One note of an exchange of notes: a section headed `(一)中方去文`, holding its points. */
export interface Note {
  /** The head as written: `(一)中方去文`, `对方来文`. */
  name: string;
  head: Line;
  start: number;
  end: number;
  block: Block;
  /** Its points `一、` `二、` … (articles of the document, in order). */
  points: Article[];
}

export interface Title {
  /** As written, markdown and footnote markers removed. */
  text: string;
  /** Whitespace and markup removed, full-width folded: the key citations are matched on. */
  normalized: string;
  /** The content span of the title in the text. */
  start: number;
  end: number;
  /** The line (or tag line) the title is on; its first line when it is written over several. */
  line: Line;
  /** Its last line (`line` unless the title is broken over lines). */
  lastLine: Line;
  /** The kind a wiki's category line names before the title (`条约  中英會議緬甸條款`: 条约), folded: the kind where the name names none. */
  category?: string;
}

export interface Treaty {
  readonly tree: SyntaxTree;
  readonly text: string;
  /** The language the text is written in: `zh`, or another read by syntax/foreign.ts (ru, en, fr, kk, ky). */
  readonly language: Language;
  readonly title?: Title;
  /** 条约, 协定, 协议, 公约, 宪章, 议定书, 联合声明, 联合公报, 备忘录, 法 … */
  readonly kind?: string;
  /** 本条约, 本协议, … */
  readonly selfRef: string;
  readonly articles: readonly Article[];
  readonly chapters: readonly Chapter[];
  /**
   * The notes of an exchange of notes (`(一)中方去文` / `(二)古方来文`), in order; each holds its
   * points `一、` `二、`, which are also in `articles` (with `note` set). Empty for other documents.
   */
  readonly notes: readonly Note[];
  readonly preamble?: Block;
  readonly signing?: Signing;
  readonly signatures?: Block;
  readonly definitions: readonly Definition[];
  /** The publication date of a People's Daily record (`〖RQ/日期〗19960706`), as yyyy-mm-dd. */
  readonly publicationDate?: string;
  /** Whether the document reads as a treaty (used to decide on plain markdown files). */
  readonly isTreaty: boolean;
}

export { INSTRUMENT_KINDS };

/** The text of a model as a reader of a part of it reads it: its pieces until `text` is read (`textOf`, syntax/tree.ts). */
export function treatyText(treaty: Treaty): TextLike {
  return textOf(treaty);
}

/**
 * The text with traditional characters folded (same offsets), once per model: slice it rather than fold
 * a piece again (the definitions, the references and the checks read it).
 */
export const foldedText = perModel((treaty: Treaty) => foldScript(treaty.text));

/**
 * The list `buildTreaty` collects a model's articles into, kept from model to model (emptied after each) and its answer a
 * copy made at the articles' number: a list pushed to from empty was copied over and over as it grew — 63 KB of what a
 * keystroke in the bench's 1 MB treaty (2,590 articles) allocated, a fifth of it, which brought the next scavenge nearer.
 */
let articleScratch: Article[] | undefined = [];
/** A scratch grown past this many articles is not kept. */
const ARTICLES_KEPT = 1 << 14;

/**
 * The model of `text`. With `previous`, the model of the text `tree` was re-parsed from (syntax/reparse.ts):
 * when every edit since stayed inside articles' bodies, what is derived from the other articles is
 * reused (the same objects before the edited ones, shifted copies after them) and only the edited
 * articles are read again; the model is the one built from scratch, field for field.
 */
export function buildTreaty(source: string | PieceText, tree: SyntaxTree = parseTreaty(source.toString()), previous?: Treaty): Treaty {
  // The text is read in pieces (a keystroke's model reads the edited articles and the head, not the
  // whole text); `Treaty.text` is made one string when first read. Texts in other languages are read whole.
  const text: TextLike = tree.language ? source.toString() : source;
  const flat = (): string => source.toString();
  const taken = takeChange(tree);
  const change = previous && tree.language === undefined && previous.tree.language === undefined ? taken : undefined;
  const reuse = change && change.from === previous!.tree ? { previous: previous!, change, next: 0 } : undefined;
  // The articles met, into the scratch (taken: a model built meanwhile makes its own), then copied out at their number.
  const met = articleScratch ?? [];
  articleScratch = undefined;
  let count = 0;
  const chapters: Chapter[] = [];
  let preamble: Block | undefined;
  let signingBlock: Block | undefined;
  let signatures: Block | undefined;
  let titleBlock: Block | undefined;
  const chapterOf = new Map<Block, Chapter>();
  const notes: Note[] = [];
  const noteOf = new Map<Block, Note>();

  forEachBlock(tree.root, (b, parent) => {
    switch (b.kind) {
      case 'title':
        titleBlock ??= b;
        break;
      case 'preamble':
        preamble ??= b;
        break;
      case 'signing':
        signingBlock ??= b;
        break;
      case 'signatures':
        signatures ??= b;
        break;
      case 'chapter': {
        const head = b.head!;
        const parentChapter = parent ? chapterOf.get(parent) : undefined;
        const caption = chapterCaption(text, b);
        const c: Chapter = {
          num: head.num, unit: head.unit ?? '章', label: head.label!, head, start: b.start, end: b.end, block: b, parent: parentChapter,
          name: tree.language ? labelName(flat(), head) : `第${head.num !== undefined ? formatChinese(head.num) : squeeze(text.slice(head.label!.start + 1, head.label!.end - (head.unit?.length ?? 1)))}${head.unit ?? '章'}`,
          caption: caption.words,
          captionRest: caption.rest,
          part: partBefore(text, head),
        };
        chapterOf.set(b, c);
        chapters.push(c);
        break;
      }
      case 'section': {
        // A sub-heading inside a chapter: its articles are the chapter's.
        const c = parent ? chapterOf.get(parent) : undefined;
        if (c) chapterOf.set(b, c);
        else if (parent?.kind === 'document' && b.head && tree.notes?.has(b.head)) {
          const note: Note = { name: cleanTitle(noteHeadWords(text, tree, b.head)), head: b.head, start: b.start, end: b.end, block: b, points: [] };
          noteOf.set(b, note);
          notes.push(note);
        }
        break;
      }
      case 'article': {
        const chapter = parent ? chapterOf.get(parent) : undefined;
        const note = parent ? noteOf.get(parent) : undefined;
        const a = (reuse && !note && reusedArticle(reuse, text, b, chapter)) || makeArticle(text, tree, b, chapter);
        if (note) {
          a.note = note;
          note.points.push(a);
        }
        met[count++] = a;
        break;
      }
    }
  }, undefined, (b) => b.kind === 'document' || b.kind === 'chapter' || b.kind === 'section');
  const articles = met.slice(0, count);
  // (Emptied: the scratch keeps no article of this model alive.)
  met.fill(undefined as unknown as Article, 0, count);
  articleScratch = met.length > ARTICLES_KEPT ? [] : met;

  let title: Title | undefined;
  let publicationDate: string | undefined;
  // A title over several lines: joined as Chinese is written, or with a space between words.
  if (titleBlock) title = titleOf(text, titleBlock, tree.language ? ' ' : '');
  if (title && !tree.language) title = rangeNamedTitle(text, tree.lines, title) ?? title;
  // The lines of the head (a name line, tags), then the tag lines after it up to the first past
  // the head: the tag lines are known per model (`tagLinesOf`), so a keystroke's model reads no other line.
  const tags = tagLinesOf(tree, reuse);
  const tagged = (l: Line): void => {
    if (!l.value) return;
    if (l.tag === 'BT' && !title) title = makeTitle(text, l, l.value.start, l.value.end);
    if (l.tag === 'RQ') {
      const m = /^(\d{4})(\d{2})(\d{2})/.exec(text.slice(l.value.start, l.value.end).trim());
      if (m) publicationDate = `${m[1]}-${m[2]}-${m[3]}`;
    }
  };
  for (let i = 0, written = 0; i < tree.lines.length && tree.lines[i].start < 4000; i++) {
    const l = tree.lines[i];
    if (!title && l.kind === 'text') title = namedTitle(text, l, written++ < APPENDED_NUMBER_REACH);
    if (l.kind === 'tag') tagged(l);
  }
  for (const l of tags) {
    if (l.start < 4000 || !l.value) continue;
    tagged(l);
    if (l.start > 4000) break;
  }
  const language = tree.language ?? 'zh';
  // A text in another language: its kind as the Chinese kind it names (`Agreement` → 协定), its own words for itself.
  // (A UN resolution titled by the convention it adopts, `73/198. …公约` / `大会，`: a resolution.)
  const resolution = title !== undefined && title.start > title.line.contentStart && RESOLUTION_NUMBER.test(text.slice(title.line.contentStart, title.start));
  const kind = language !== 'zh' ? (title && foreignKind(title.text)) || foreignKindOfText(flat(), language) : resolution ? RESOLUTION : title ? kindOf(title.normalized) ?? title.category : kindWithoutTitle(text, tree) ?? (notes.length > 0 ? EXCHANGE_OF_NOTES : undefined);
  const selfRef = language !== 'zh' ? foreignSelfRef(flat(), language) : kind ? selfRefOf(kind, title?.text ?? text.slice(0, 20_000)) : '本协议';
  // Read on first use (an outline reads none): moved from the previous model only when it read its own.
  const definitions = reuse && definitionsRead(reuse.previous) ? reusedDefinitions(text, tree, reuse) : undefined;
  // Signatures with no signing block of their own: the last unit's sentence is the clause (`八、本纪要于…签署，…`, parser's signedInLastUnit).
  const lastUnit = !signingBlock && signatures && language === 'zh' ? articles[articles.length - 1] : undefined;
  const signing = signingBlock
    ? language !== 'zh' ? readForeignSigning(flat(), signingBlock) : readSigning(text, signingBlock)
    : lastUnit && lastUnit.end <= signatures!.start ? signedIn(text, lastUnit.block)
    : language === 'zh' && notes.length > 0 ? notesDated(text, tree, notes)
    : language === 'zh' && titleBlock ? datedUnderTitle(text, tree, titleBlock) : undefined;
  const isTreaty =
    articles.some((a) => a.num !== undefined && tree.unitStyle === 'article') ||
    tags.some((l) => l.tag === 'BT') ||
    (kind !== undefined && (tree.unitStyle === 'paragraph' || signing !== undefined)) ||
    (kind !== undefined && !LAW_KINDS.has(kind) && (title === undefined || namesKind(title.normalized, kind) || resolution) && hasProse(text, tree)) ||
    // A joint statement's points under its makers' `我们,…` with no title on the page (a news page's copy).
    (title === undefined && kind === undefined && tree.unitStyle === 'paragraph' && weBeforePoints(text, tree)) ||
    // A page giving a convention's title and its table of contents alone (目录, its parts and articles listed).
    (kind !== undefined && !LAW_KINDS.has(kind) && title !== undefined && namesKind(title.normalized, kind) && listedArticles(text, tree.lines, true).length > 0) ||
    // A declaration's, communiqué's or proclamation's text in another language, as in Chinese: its title naming its kind, then prose.
    (language !== 'zh' && kind !== undefined && PROSE_KINDS.has(kind) && title !== undefined && foreignKind(title.text) === kind && hasForeignProse(text, tree, title));
  const treaty = withDefinitions({ tree, text: '', language, title, kind, selfRef, articles, chapters, notes, preamble, signing, signatures, publicationDate, isTreaty }, definitions);
  setText(treaty as { text: string }, typeof text === 'string' ? text : source);
  tagLines.set(treaty.tree, tags);
  // The count of articles headed 第…款 handed on from a previous model that has one (the edited articles counted again);
  // else counted when first asked (`kuanArticles`: the references ask, an outline never does). The model's memo slot
  // is made now either way: a model keeps one hidden class all its life (syntax/memo.ts `withSlot`).
  if (reuse && kuanCounts.get(reuse.previous) !== undefined) kuanCounts.set(treaty, kuanCount(articles, reuse.previous));
  else withSlot(treaty);
  if (reuse) handOnIndex(reuse.previous, treaty);
  if (reuse) linkModels(treaty, reuse.previous, reuse.change);
  // (Whatever the edit: a text in another language is parsed whole, and its numbers read again only where it changed.)
  if (previous) linkVersion(treaty, previous);
  return treaty;
}

/**
 * A model's definitions once read (or moved from the previous model's): a field of the model
 * itself, read through one getter shared by every model — never a closure made per model, which
 * keeps each model typed into alive through V8's young-generation collections (syntax/tree.ts,
 * PIECES). A later model moves them from its previous one instead of reading them all again when
 * they were read.
 */
const DEFINITIONS = Symbol('definitions');

interface Defined {
  readonly tree: SyntaxTree;
  readonly text: string;
  [DEFINITIONS]?: readonly Definition[];
}

const DEFINITIONS_READ: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: Defined): readonly Definition[] {
    return (this[DEFINITIONS] ??= findDefinitions(textOf(this), this.tree, 0, this.tree.lines.length, foldedText(this as unknown as Treaty)));
  },
};

/** The model's definitions if they were read already. */
function definitionsRead(model: Treaty): readonly Definition[] | undefined {
  return (model as unknown as Defined)[DEFINITIONS];
}

/** `treaty` made a model: its definitions (`read`, or read on first use) behind the shared getter. */
function withDefinitions(treaty: Omit<Treaty, 'definitions'>, read: readonly Definition[] | undefined): Treaty {
  // Not enumerable: a model compared whole (a test's deepStrictEqual) is compared by its definitions.
  Object.defineProperty(treaty, DEFINITIONS, { value: read, enumerable: false, configurable: true, writable: true });
  return Object.defineProperty(treaty, 'definitions', DEFINITIONS_READ) as Treaty;
}

/** How many articles of a model are headed 第…款 (old treaties). */
const kuanCounts = new Memo<Treaty, number>();
const isKuan = (a: Article): number => (a.head.unit === '款' ? 1 : 0);

/** The articles headed 第…款: the previous model's count, with the articles not taken from it counted again, when it has as many. */
function kuanCount(articles: readonly Article[], previous: Treaty | undefined): number {
  const before = previous && kuanCounts.get(previous);
  let n = 0;
  if (before === undefined || previous!.articles.length !== articles.length) {
    for (const a of articles) n += isKuan(a);
    return n;
  }
  n = before;
  const olds = previous!.articles;
  for (let k = 0; k < articles.length; k++) if (articles[k] !== olds[k]) n += isKuan(articles[k]) - isKuan(olds[k]);
  return n;
}

/** Whether some article is headed 第…款 (old treaties: `第六款` alone names an article). */
export function kuanArticles(treaty: Treaty): boolean {
  let n = kuanCounts.get(treaty);
  if (n === undefined) kuanCounts.set(treaty, (n = kuanCount(treaty.articles, undefined)));
  return n > 0;
}

/** The tag lines (`〖BT/标题〗`) of a tree, in order. */
const tagLines = new Memo<SyntaxTree, Line[]>();

/**
 * The tag lines of `tree`: with `reuse`, the previous tree's outside the edited span (those still
 * in this tree: the lines after it were moved into it) and the edited lines' own; else every line read.
 */
function tagLinesOf(tree: SyntaxTree, reuse: Reuse | undefined): Line[] {
  const lines = tree.lines;
  const before = reuse && tagLines.get(reuse.previous.tree);
  if (!before) {
    // (Most texts have none, and the parser says so: no pass over the twenty thousand lines of a 1 MB treaty.)
    if (tree.tagless) return [];
    // A loop, not `filter` with an arrow: ~4× faster over the twenty thousand lines of a 1 MB treaty.
    const out: Line[] = [];
    for (let i = 0; i < lines.length; i++) if (lines[i].kind === 'tag') out.push(lines[i]);
    return out;
  }
  const { change } = reuse!;
  const { from, to } = editedLines(lines, change);
  const out: Line[] = [];
  const kept = (l: Line) => lines[lastStartingAt(lines, l.start)] === l;
  const lo = from < lines.length ? lines[from].start : Infinity;
  let k = 0;
  for (; k < before.length && before[k].start < lo; k++) if (kept(before[k])) out.push(before[k]);
  for (let i = from; i < to; i++) if (lines[i].kind === 'tag') out.push(lines[i]);
  const hi = to > 0 ? lines[to - 1].end : 0;
  for (; k < before.length; k++) if (before[k].start >= hi && kept(before[k])) out.push(before[k]);
  return out;
}

/** The indexes `from..to` of the lines of `tree` that the change re-read (its new span), as the definitions are read again. */
function editedLines(lines: readonly Line[], change: Change): { from: number; to: number } {
  const from = lastStartingAt(lines, change.start);
  let to = lastStartingAt(lines, Math.max(change.start, change.end + change.delta - 1)) + 1;
  if (to < lines.length && lines[to].start < change.end + change.delta) to++;
  return { from, to };
}

/**
 * The previous model's index of articles by number handed on to `treaty` (the previous model is
 * spent): when the two have as many articles, the same objects but the edited ones, and the edited
 * ones have the numbers of those they replace, only their entries change. Else the index is built
 * on first use.
 */
function handOnIndex(previous: Treaty, treaty: Treaty): void {
  const index = articleIndex.get(previous);
  if (!index) return;
  articleIndex.delete(previous);
  const olds = previous.articles;
  const news = treaty.articles;
  if (olds.length !== news.length) return;
  const remade: number[] = [];
  for (let k = 0; k < news.length; k++) {
    if (news[k] === olds[k]) continue;
    if (remade.length > 16 || news[k].num !== olds[k].num || news[k].sub !== olds[k].sub) return;
    remade.push(k);
  }
  for (const k of remade) {
    const key = articleKey(olds[k].num, olds[k].sub);
    if (index.get(key) === olds[k]) index.set(key, news[k]);
  }
  articleIndex.set(treaty, index);
}

interface Reuse {
  previous: Treaty;
  change: Change;
  /** The index in `previous.articles` of the next article to match. */
  next: number;
}

/**
 * The previous model's article for the article block `b` when it lies outside the edited span:
 * the same object, before it and after it. The tree's blocks after the span were moved by `delta`
 * in place (syntax/reparse.ts), so is the article (its label is its head line's, moved with it):
 * the previous model is spent, as its tree is. Articles are met in order; undefined when the block
 * is the edited one or does not match.
 */
function reusedArticle(r: Reuse, text: TextLike, b: Block, chapter: Chapter | undefined): Article | undefined {
  const { change } = r;
  const old = r.previous.articles[r.next++];
  if (!old || old.note || old.block !== b) return undefined;
  if (b.end <= change.start) {
    if (old.chapter !== chapter) old.chapter = chapter;
    MadeArticle.reuseIn(old, text);
    return old;
  }
  if (b.start < change.end + change.delta || old.start !== b.start - change.delta || old.end !== b.end - change.delta) return undefined;
  const moved = moveArticle(old, b, chapter);
  if (moved) MadeArticle.reuseIn(moved, text);
  return moved;
}

/** `old` moved into its block `b` (moved already): its offsets read again from its blocks; undefined if its paragraphs and items are not `b`'s. */
function moveArticle(old: Article, b: Block, chapter: Chapter | undefined): Article | undefined {
  let k = 0;
  for (const child of b.children) {
    if (child.type !== 'block' || child.kind !== 'paragraph') continue;
    const p = old.paragraphs[k++];
    if (!p || p.block !== child || !moveItems(p.items, child)) return undefined;
    p.start = child.start;
    p.end = child.end;
  }
  if (k !== old.paragraphs.length || !b.head || old.head !== b.head || old.label !== b.head.label) return undefined;
  old.start = b.start;
  old.end = b.end;
  if (old.chapter !== chapter) old.chapter = chapter;
  return old;
}

/** Items (and their sub-items, as deep as they go) moved into their item blocks of `b`; false if they are not `b`'s. */
function moveItems(items: Item[], b: Block): boolean {
  let k = 0;
  for (const c of b.children) {
    if (c.type !== 'block' || c.kind !== 'item') continue;
    const it = items[k++];
    if (!it || it.block !== c || !moveItems(it.items, c)) return false;
    it.start = c.start;
    it.end = c.end;
  }
  return k === items.length;
}

/** The definitions: the previous model's before the edited span, the edited lines' read again, those after it moved in place. */
function reusedDefinitions(text: TextLike, tree: SyntaxTree, r: Reuse): Definition[] {
  const { change, previous } = r;
  const lines = tree.lines;
  const { from, to } = editedLines(lines, change);
  const lo = from < lines.length ? lines[from].start : text.length;
  const hi = to > 0 ? lines[to - 1].end : 0;
  const out: Definition[] = [];
  for (const d of previous.definitions) if (d.end <= lo) out.push(d);
  for (const d of findDefinitions(text, tree, from, to)) out.push(d);
  const delta = change.delta;
  for (const d of previous.definitions) {
    if (d.start + delta < hi) continue;
    d.start += delta;
    d.end += delta;
    d.meaningStart += delta;
    d.meaningEnd += delta;
    d.clauseStart += delta;
    d.clauseEnd += delta;
    out.push(d);
  }
  return out;
}


/** An item's label inside a line (read folded): `（三）`, `(三)`, `（3）`. */
const INLINE_ITEM_LABEL = /[（(]([一二三四五六七八九十]{1,3}|[0-9]{1,2})[)）]/g;

/**
 * The items a paragraph runs in its line, which the parser reads as no items (its lines hold none alone):
 * `二、协助应包括:(一)送达文书;(二)获取人员的证言或陈述;(三)…。` (agreement_cn_us_criminal_assistance_2001.md) — `（一）` right
 * after a colon, then `（二）`, `（三）` … each right after the item before it ends (`；` `，` `。`) or a conjunction ending it
 * (`;以及(十)…`, words.ts LIST_CONJUNCTION), two at least. Each item runs
 * from its label to the next label, the last to the end of its sentence. Empty for a paragraph with items of its own or
 * without such a list.
 */
export function inlineItems(text: TextLike, p: Paragraph): { num: number; label: string; start: number; end: number }[] {
  if (p.items.length > 0) return [];
  const end = trimEnd(text, p.start, p.end);
  if (!opensListAfterColon(text, p.start, end)) return [];
  const s = text.slice(p.start, end);
  const out: { num: number; label: string; start: number; end: number }[] = [];
  INLINE_ITEM_LABEL.lastIndex = 0;
  for (let m = INLINE_ITEM_LABEL.exec(s); m; m = INLINE_ITEM_LABEL.exec(s)) {
    const num = parseNumeral(m[1]);
    const before = s[m.index - 1];
    const next = out.length + 1;
    if (num !== next || !(next === 1 ? before === '：' || before === ':' : '；;，,。'.includes(before ?? '') || LIST_CONJUNCTION.test(foldScript(s.slice(Math.max(0, m.index - 4), m.index))))) continue;
    if (out.length) out[out.length - 1].end = p.start + m.index;
    out.push({ num, label: m[0], start: p.start + m.index, end: p.start + s.length });
  }
  if (out.length < 2) return [];
  const last = out[out.length - 1];
  const stop = s.indexOf('。', last.start - p.start);
  if (stop >= 0) last.end = p.start + stop + 1;
  return out;
}

/**
 * Whether `start..end` holds a bracket right after a colon (`：（`, `:(`): the first of the items a paragraph runs in its line
 * opens so (`inlineItems`). Told by code units: the outline asks it of every paragraph without items of an article holding a
 * bracket, and most hold no such list (the paragraph cut out and its labels matched cost each a string and a scan).
 */
function opensListAfterColon(text: TextLike, start: number, end: number): boolean {
  for (let i = start + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x28 /* ( */ && c !== 0xff08 /* （ */) continue;
    const b = text.charCodeAt(i - 1);
    if (b === 0xff1a /* ： */ || b === 0x3a /* : */) return true;
  }
  return false;
}

/** No items: one array for the thousands of paragraphs and items without any (frozen: nothing adds to a model's lists). */
const NO_ITEMS = Object.freeze([]) as unknown as Item[];

/** The items of a paragraph or the sub-items of an item, as deep as they go. */
function itemsOf(text: TextLike, b: Block): Item[] {
  let n = 0;
  for (const c of b.children) if (c.type === 'block' && c.kind === 'item') n++;
  if (n === 0) return NO_ITEMS;
  const items = sized<Item>(n);
  let k = 0;
  for (const c of b.children) {
    if (c.type === 'block' && c.kind === 'item') {
      const label = c.head?.label ? squeeze(text.slice(c.head.label.start, c.head.label.end)) : '-';
      items[k] = { index: k + 1, num: c.head?.label ? c.head.num : undefined, label, start: c.start, end: c.end, block: c, items: itemsOf(text, c) };
      k++;
    }
  }
  return items;
}

/**
 * An array of `n` elements, each to be set, allocated at that size (`new Array(n)`: an array pushed
 * to from empty, or given a length, holds sixteen; a long treaty has thousands of articles with two
 * or three paragraphs each).
 */
function sized<T>(n: number): T[] {
  return new Array<T>(n);
}

/**
 * `第N条`, each made once: every model of every version names its articles again, and a long treaty
 * has thousands (one string each, kept with its article, and the numeral's formatting to make it).
 */
const ARTICLE_NAMES: string[] = [];
const ARTICLE_NAMES_MAX = 10000;

/** An article's name as the model gives it (Treaty.articles' `name`): `第十三条`, `第十三条之一`. */
export function articleName(n: number, sub?: number): string {
  if (sub === undefined && Number.isInteger(n) && n >= 0 && n < ARTICLE_NAMES_MAX) return (ARTICLE_NAMES[n] ??= `第${formatChinese(n)}条`);
  return `第${formatChinese(n)}条${sub !== undefined ? `之${formatChinese(sub)}` : ''}`;
}

/**
 * Unit `n` (`sub`: 之…) named as the articles of a text whose units are `unitStyle`, its label's unit word `unit`:
 * `第十三条` (`articleName`), a joint statement's point `四、`, an older treaty's `第二款`, an ordinal alone `第二`.
 */
export function unitName(n: number, unitStyle: SyntaxTree['unitStyle'], unit: string | undefined, sub?: number): string {
  if (unitStyle === 'paragraph') return `${formatChinese(n)}、`;
  if (unit === undefined) return articleName(n, sub);
  return `第${formatChinese(n)}${unit}${sub !== undefined ? `之${formatChinese(sub)}` : ''}`;
}

/** A point labelled with Arabic digits (a resolution's `1.`): named as written. */
function isArabicLabel(text: TextLike, head: Line): boolean {
  const c = head.label ? text.charCodeAt(head.label.start) : 0;
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

/** A point marked 一條、 (syntax/lines.ts paraAt: a Qing clause's "one clause"), its 条 the label's second character. */
function isClauseMark(text: TextLike, head: Line): boolean {
  const label = head.label;
  if (!label || label.end - label.start !== 3) return false;
  const c = text.charCodeAt(label.start + 1);
  return c === 0x6761 /* 条 */ || c === 0x689d /* 條 */;
}

function makeArticle(text: TextLike, tree: SyntaxTree, b: Block, chapter: Chapter | undefined): Article {
  const head = b.head!;
  const num = head.num;
  let name: string;
  if (tree.language) {
    name = labelName(String(text), head);
  } else if (tree.unitStyle === 'paragraph' && isClauseMark(text, head)) {
    // (A Qing clause's mark 一條、, "one clause" (syntax/lines.ts paraAt): named as written, as the page marks it.)
    name = text.slice(head.label!.start, head.label!.end);
  } else if (num !== undefined && !(tree.unitStyle === 'paragraph' && isArabicLabel(text, head))) {
    // (Article 3 bis as ICAO writes it, `第三条分条` — 第三条之二 by its number — named as written.)
    // (A sole article, `獨一條` (lines.ts soleArticle), named as written, folded to simplified: `独一条`.)
    name = head.sub === 2 && text.charCodeAt(head.label!.end - 2) === 0x5206 /* 分 */ ? `${unitName(num, tree.unitStyle, head.unit)}分条` : head.unit === '' && text.charCodeAt(head.label!.start) !== 0x7b2c /* 第 */ ? foldScript(text.slice(head.label!.start, head.label!.end)) : unitName(num, tree.unitStyle, head.unit, head.sub);
  } else if (tree.unitStyle === 'paragraph') {
    name = squeeze(text.slice(head.label!.start, head.label!.end));
  } else {
    // A number not read: 第…条, 第…款 (older treaties), 第… alone (unit '': the UN Treaty Series' 第一, 第二) as written.
    const unit = head.unit ?? '条';
    name = `第${squeeze(text.slice(head.label!.start + 1, head.label!.end - unit.length))}${unit}${head.sub !== undefined ? `之${formatChinese(head.sub)}` : ''}`;
  }
  let count = 0;
  for (const child of b.children) if (child.type === 'block' && child.kind === 'paragraph') count++;
  const paragraphs = sized<Paragraph>(count);
  let k = 0;
  for (const child of b.children) {
    if (child.type !== 'block' || child.kind !== 'paragraph') continue;
    const items = itemsOf(text, child);
    // In a joint statement the unit's own `一、` opens its first paragraph; it is not a paragraph number.
    const h = child.head;
    const numbered = (h?.kind === 'para' || h?.kind === 'item') && tree.unitStyle !== 'paragraph' ? h.num : undefined;
    const label = h?.kind === 'item' && h.label ? squeeze(text.slice(h.label.start, h.label.end)) : undefined;
    paragraphs[k] = { index: k + 1, num: numbered, label, start: child.start, end: child.end, items, block: child };
    k++;
  }
  return new MadeArticle(num, head.sub, name, head.label!, head, b.start, b.end, text, tree.unitStyle !== 'paragraph', paragraphs, chapter, b);
}

/**
 * An article's caption (none in a text of paragraphs, `captioned` false): read only from the article's own lines, its head
 * and the line under it.
 */
function captionWords(text: TextLike, head: Line, b: Block, captioned: boolean): string | undefined {
  return !captioned ? undefined : head.inlineBody ? runInCaption(text, head) : captionOf(text, head) ?? captionBelow(text, b);
}

/**
 * An article's summary: its caption (`caption`, read), or the first words of its first paragraph — those before its first
 * sub-point glued on after white space, a point's caption as a PDF's line gives it over its sub-points (`一、總則 (一)合作宗旨。`).
 */
function summaryWords(text: TextLike, caption: string | undefined, paragraphs: readonly Paragraph[], head: Line, b: Block): string {
  if (caption) return caption;
  const first = paragraphs[0];
  // An amending article's instruction on its label's line (NEW_TEXT_INTRO at its end), the new text in numbered paragraphs
  // under it (`第一条 将协定第三条第一款修改如下:` / `一、缔约一方有权…`, the 1993 China–Japan air protocol): the instruction, in no
  // paragraph, is what the article does — not the amended text's first words (s57gaps). (The paragraph's start asked first: most
  // articles' first paragraph holds their head.)
  if (first !== undefined && first.start >= head.end && head.inlineBody && introducesNewText(text, head)) return summarizeBlock(text, b, head);
  // So is the instruction on a line of its own under a bare label (`第一条` / `将协定第三条修改如下：` / `一、…`): the article's own line
  // before its first paragraph (parser.ts unwraps such a lead), in no paragraph either (s58features).
  const own = first !== undefined && !head.inlineBody ? instructionBefore(text, b, head, first.start) : undefined;
  if (own !== undefined) return summarizeBlock(text, b, own);
  const words = first ? summarizeBlock(text, first.block) : '';
  // (Searched for only when the words were read by the slow path — the fast paths stop at white space, so their words hold
  // none and no glued label: `summarizedPlain` — and hold a first sub-point's label, `(一` or `（一`: most hold none, and
  // `search` over each of the bench's 2,590 articles' words was ~3.5 % of its 1 MB outline's time in a profile, a match
  // object each; `holdsFirstSubPoint`'s `indexOf` over each, ~450 instructions a call and a flattening of the words cut
  // with `…`, 1.3 M of its 1 MB parse + outline.)
  if (summarizedPlain || !holdsFirstSubPoint(words)) return words;
  const sub = words.search(GLUED_FIRST_SUB_POINT);
  return sub >= 2 ? words.slice(0, sub) : words;
}

/**
 * The article's own line between its bare label `head` and its first paragraph (at `firstStart`) that introduces new text
 * (NEW_TEXT_INTRO at its end: `将协定第三条修改如下：`), when that is the last line of text there; undefined otherwise. (The block's
 * children read from its head up to its first block: most articles hold none but blank lines there, none read.)
 */
export function instructionBefore(text: TextLike, b: Block, head: Line, firstStart: number): Line | undefined {
  let lead: Line | undefined;
  for (const c of b.children) {
    if (c.type === 'block' || c.start >= firstStart) break;
    if (c !== head && c.kind === 'text') lead = c;
  }
  return lead !== undefined && introducesNewText(text, lead) ? lead : undefined;
}

/** A first sub-point's label glued on after a unit's first words and white space (` (一)`, `　（一）`): `summaryWords`. */
const GLUED_FIRST_SUB_POINT = /[ \t\u3000]+[（(]一[）)]/;

/**
 * Whether `words` hold `(一` or `（一`: one search for 一 (a single code unit, V8's fast search) and the unit before each, where
 * two `indexOf`s of a two-unit string each set up V8's general search (~330 instructions a call: 1.7 M of the bench's 1 MB
 * parse + outline of 127 M). (Not a loop over `charCodeAt`: a summary cut at its 25th character is a concatenation, `…` added,
 * whose every code unit read so goes through the runtime — 2.2 M more.)
 */
function holdsFirstSubPoint(words: string): boolean {
  for (let i = words.indexOf('一', 1); i > 0; i = words.indexOf('一', i + 1)) {
    const b = words.charCodeAt(i - 1);
    if (b === 0xff08 /* （ */ || b === 0x28 /* ( */) return true;
  }
  return false;
}

/**
 * An article as `makeArticle` makes it: the fields of an `Article`, in the order of the object
 * literal it was, and a slot (a private field: no property, so a model compares equal to a fresh
 * one whatever was kept) where a feature keeps what it derived from the article — the outline its
 * symbol (features/documentSymbols.ts), given again while the article is reused. A property added
 * to each of thousands of articles (`Object.defineProperty`) cost a call into the runtime and a
 * property store of its own per article.
 * Its caption and summary are read when first asked (`captionWords`, `summaryWords`; the caption alone when only it is asked): the outline, hover, completion and
 * some checks ask them, the workspace scan's analysis of a closed document never does (they were
 * ~2.5 % of it). Until then the article keeps the text they are read from — the text of the model it
 * is in: an article reused in the next version's model is handed that model's text (`reuseIn`), which
 * holds the same words at its moved offsets.
 */
class MadeArticle implements Article {
  declare num?: number;
  declare sub?: number;
  declare name: string;
  declare label: Span;
  declare head: Line;
  declare start: number;
  declare end: number;
  declare paragraphs: Paragraph[];
  declare chapter?: Chapter;
  declare note?: Note;
  declare block: Block;
  #kept: unknown = undefined;
  /** The text the caption and summary are read from; undefined once they are read. */
  #text: TextLike | undefined;
  /** Whether the article can have a caption (not in a text of paragraphs). */
  #captioned: boolean;
  /** Whether the caption is read (`#caption`): it is asked alone more often than the summary (the entry into force's article, model/clauses.ts). */
  #captionRead = false;
  #caption: string | undefined = undefined;
  #summary = '';

  constructor(num: number | undefined, sub: number | undefined, name: string, label: Span, head: Line, start: number, end: number, text: TextLike, captioned: boolean, paragraphs: Paragraph[], chapter: Chapter | undefined, block: Block) {
    this.num = num;
    this.sub = sub;
    this.name = name;
    this.label = label;
    this.head = head;
    this.start = start;
    this.end = end;
    this.paragraphs = paragraphs;
    this.chapter = chapter;
    this.block = block;
    this.#text = text;
    this.#captioned = captioned;
  }

  get caption(): string | undefined {
    if (!this.#captionRead && this.#text !== undefined) {
      this.#caption = captionWords(this.#text, this.head, this.block, this.#captioned);
      this.#captionRead = true;
    }
    return this.#caption;
  }

  get summary(): string {
    if (this.#text !== undefined) {
      this.#summary = summaryWords(this.#text, this.caption, this.paragraphs, this.head, this.block);
      this.#text = undefined;
    }
    return this.#summary;
  }

  /** `a`, reused in a model of `text`: what it has not read yet is read from that text (not from the spent model's). */
  static reuseIn(a: Article, text: TextLike): void {
    if (#text in a && (a as MadeArticle).#text !== undefined) (a as MadeArticle).#text = text;
  }

  static kept(a: Article): unknown {
    return #kept in a ? (a as MadeArticle).#kept : undefined;
  }

  static keep(a: Article, value: unknown): void {
    if (#kept in a) (a as MadeArticle).#kept = value;
  }
}

/**
 * The numbers that are a Smi or undefined — an article's `num` and `sub`, a paragraph's and an item's `num` — held as either
 * from the module's load. V8 gives a field the representation of its first value and changes it when the other kind comes:
 * `sub` undefined in a text's first articles then a number at the first `第十条之一`, a paragraph's `num` undefined (a treaty's
 * unnumbered paragraphs) then a number (a law's numbered ones), each change deoptimizing every compiled function that read or
 * wrote the field (over LawRefBook/Laws, `MadeArticle` with reason "Smi" and makeArticle, itemsOf and their readers with "code
 * dependencies": s60cold, s61cold). Made here with each kind, an article through its constructor and a paragraph and an item
 * through literals of their fields in their order (a literal of the same fields in the same order shares one map with every
 * other), the fields are tagged before any code is compiled. (The line and block given are of the classes the parse makes, so
 * that the fields holding them keep their known class.)
 */
function generalizeNumbers(): object[] {
  const line = new TreeLine('article', 0, 0, 0, 0, 0, false);
  const block = newBlock('article', line);
  const made: object[] = [];
  for (const n of [1, undefined]) {
    made.push(new MadeArticle(n, n, '', { start: 0, end: 0 }, line, 0, 0, '', true, [], undefined, block));
    const paragraph: Paragraph = { index: 1, num: n, label: undefined, start: 0, end: 0, items: NO_ITEMS, block };
    const item: Item = { index: 1, num: n, label: '', start: 0, end: 0, block, items: NO_ITEMS };
    made.push(paragraph, item);
  }
  return made;
}
// (And kept for their shapes: syntax/tree.ts keepShape.)
for (const o of generalizeNumbers()) keepShape(o);

/** What a feature kept with `article` (`keepWith`), while the article is the same object. */
export function keptWith(article: Article): unknown {
  return MadeArticle.kept(article);
}

/**
 * `start` moved past a lead matched at it (`lead`: a database's date, a compilation's name, a column's label … before a title), when
 * the words after it still end with a kind of instrument (`rest` first taking off what a file name adds): the title is what
 * follows it; else `start` as it was.
 */
function pastLead(text: TextLike, start: number, end: number, lead: RegExpExecArray | null, rest = (words: string) => words): number {
  return lead && endingKind(titleWords(rest(text.slice(start + lead[0].length, end)))) ? start + lead[0].length : start;
}

/** Keeps `value` with `article` (an article of a model: nothing is kept with another object). */
export function keepWith(article: Article, value: unknown): void {
  MadeArticle.keep(article, value);
}

function makeTitle(text: TextLike, line: Line, start: number, end: number): Title {
  // The order publishing an instrument that has no title line of its own (`…命令公佈《…協定》。`, parser.ts orderTitle; its
  // sentence first on a line a page joined, `…的中文译本。 上述…`): the instrument's name in it, inside the marks.
  const named = text.charCodeAt(end - 1) === 0x3002 /* 。 */ || (end - start > 40 && text.slice(start, end).includes('》')) ? publishedName(text.slice(start, end)) : undefined;
  if (named) {
    end = start + named[1];
    start += named[0];
  }
  // A Hong Kong ordinance's chapter number in the Laws before its name (`第 1 章 - 释义及通则条例`): no part of it.
  if (text.charCodeAt(start) === 0x7b2c /* 第 */) start += CAP_HEADING.exec(text.slice(start, Math.min(end, start + 24)))?.[0].length ?? 0;
  // A UN resolution's number before its title (`73/198. …`): no part of it; nor a manual's label before its model's (`【范例】: `).
  else {
    start = afterTitleFieldLabel(text, afterExampleLabel(text, start, end), end);
    start += RESOLUTION_NUMBER.exec(text.slice(start, Math.min(end, start + 16)))?.[0].length ?? 0;
  }
  // A database's date before the title, digits and dots (`99.07.02 海峽兩岸經濟合作架構協議`, a Taiwan law firm's
  // list, the year of the Republic's calendar): no part of it.
  const c0 = text.charCodeAt(start);
  if (c0 >= 0x30 && c0 <= 0x39) {
    const head = text.slice(start, Math.min(end, start + 20));
    const stamp = DATE_STAMP.exec(head) ?? DATE_RECORD.exec(foldScript(head)) ?? (line.kind === 'item' ? COLLECTION_NUMBER.exec(head) : null);
    start = pastLead(text, start, end, stamp);
  }
  // The date and place of signing before the title, white space after them (`一九九二年四月二十日于北京 中华人民共和国和…领事条约`,
  // a site's list printing when and where each was signed first): no part of it.
  const dated = DATED_PLACE.exec(foldScript(text.slice(start, Math.min(end, start + 40))));
  start = pastLead(text, start, end, dated);
  // A bilingual page's title line, the English name glued before the Chinese one (`Kyoto Protocol to … on
  // Climate Change《联合国气候变化框架公约》京都议定书`, the UN's Chinese–English texts): the Chinese one.
  if (isLatinLetter(text.charCodeAt(start))) {
    const latin = LATIN_LEAD.exec(text.slice(start, end));
    start = pastLead(text, start, end, latin);
  }
  // A compilation's name glued before the title, bare or in its marks (`中國近代條約中華民國暹羅王國友好條約`, `『中国近代条约』中华…条约`:
  // sites copying a book of treaties put its name over each): no part of it (words.ts COMPILATION_LEAD).
  const c1 = text.charCodeAt(start);
  if (c1 === 0x4e2d /* 中 */ || c1 === 0x300e /* 『 */ || c1 === 0x300a /* 《 */) {
    const lead = COMPILATION_LEAD.exec(foldScript(text.slice(start, Math.min(end, start + 16))));
    start = pastLead(text, start, end, lead);
  }
  // A news agency's column label before the headline, a bar after it (`受權發布丨…的決定`, Xinhua's): no part of it
  // (words.ts NEWS_COLUMN_LEAD).
  const c2 = text.charCodeAt(start);
  if (c2 === 0x53d7 /* 受 */ || c2 === 0x6388 /* 授 */ || c2 === 0x6743 /* 权 */ || c2 === 0x6b0a /* 權 */) {
    const column = NEWS_COLUMN_LEAD.exec(foldScript(text.slice(start, Math.min(end, start + 12))));
    start = pastLead(text, start, end, column);
  }
  // A document site's file name opening with the languages it pairs (`中英对照2023中华人民共和国…条例.docx`): no part of it
  // (words.ts PARALLEL_LEAD).
  const c3 = text.charCodeAt(start + 2);
  if (c3 === 0x5bf9 /* 对 */ || c3 === 0x5c0d /* 對 */ || c3 === 0x6587 /* 文 */ || text.charCodeAt(start + 3) === 0x5bf9 || text.charCodeAt(start + 3) === 0x5c0d) {
    const parallel = PARALLEL_LEAD.exec(foldScript(text.slice(start, Math.min(end, start + 16))));
    start = pastLead(text, start, end, parallel, (rest) => rest.replace(FILE_NAME_SUFFIX, ''));
  }
  // A web table's row, a field's label in the cell before the title's (`词条 | …的协议 |`, an encyclopedia's entry): the
  // title is the next cell (the cell marks after it are left out by pageTitleEnd).
  start = afterLabelCell(text, start, end);
  // A wiki's navigation line, the link to the preamble's page before the work's name (`序言 区域全面经济伙伴关系协定`, a chapter's
  // page on Wikisource): the work's name.
  if (text.slice(start, start + PREAMBLE.length) === PREAMBLE) {
    const link = PREAMBLE_LINK.exec(text.slice(start, end));
    start = pastLead(text, start, end, link);
  }
  // Wikisource's category line, the kind of work before its name, white space between (`条约  中英會議緬甸條款`, `条约 圖們江中韓界務條款`):
  // the name. (Kept whole, the space dropped, the title was `条约中英會議緬甸條款`.)
  const category = CATEGORY_KIND.exec(foldScript(text.slice(start, Math.min(end, start + 12))));
  const categorized = category && end - start - category[0].length >= MIN_CATEGORIZED_NAME ? category[0].trimEnd() : undefined;
  if (categorized) start += category![0].length;
  end = start + pageTitleEnd(text.slice(start, end));
  const raw = unquote(text.slice(start, end));
  return categorized ? { text: cleanTitle(raw), normalized: titleKeyOf(raw), start, end, line, lastLine: line, category: categorized } : { text: cleanTitle(raw), normalized: titleKeyOf(raw), start, end, line, lastLine: line };
}

/** The preamble's name and white space opening a title line: a wiki's link to the preamble's page (`序言 …协定`). */
const PREAMBLE_LINK = new RegExp(`^${PREAMBLE}[ \\t\\u3000]+`);
/** A year in brackets after white space ending a title, in the Republic's era or none (`(民國17年)`, `(1928年)`; folded): a wiki's disambiguation. */
const WIKI_YEAR = /[ \t\u3000]+[（(](?:中华民国|民国)?[0-9０-９]{1,4}年[）)]$/;
/** A kind of instrument alone, then white space, opening a title line: a wiki's category before the work's name (folded). */
const CATEGORY_KIND = new RegExp(`^(?:${INSTRUMENT_KINDS.join('|')})[ \\t\\u3000]+(?=[^ \\t\\u3000])`);
/** How long the name after such a category is at least: a name with its own words (`条约 汇编` is no category's). */
const MIN_CATEGORIZED_NAME = 6;

/** How long a field's label in a table's cell before a title may be (`词条`, `法规名称`). */
const MAX_LABEL_CELL = 8;

/**
 * Where the title's cell starts in a table's row opening with a label's cell (`词条 | 中华人民共和国…的协议 |`): after the
 * cell mark and white space, when the label is short and names no kind and the rest ends with one; else `start`.
 */
function afterLabelCell(text: TextLike, start: number, end: number): number {
  let bar = start + 1;
  while (bar < end && bar <= start + MAX_LABEL_CELL && text.charCodeAt(bar) !== 0x7c && text.charCodeAt(bar) !== 0xff5c) bar++;
  if (bar >= end || bar > start + MAX_LABEL_CELL) return start;
  let q = bar + 1;
  while (q < end && isSpace(text.charCodeAt(q))) q++;
  if (q >= end || endingKind(titleWords(text.slice(start, bar)))) return start;
  return endingKind(titleWords(text.slice(q, end).replace(TABLE_CELLS, ''))) ? q : start;
}

/**
 * A database's remark after a title's kind, with a full date: the country and the date of signing
 * (`…的議定書(俄羅斯2009.06.17)`, the Ministry of Commerce's pages), the date (`（1996年4月26日）`).
 * A year alone tells instruments apart (`宪法修正案（2004年）`) and stays.
 */
const DATED_REMARK = /[（(][^（）()]{0,16}?(?:[0-9０-９]{4}[ .．\-/年][0-9０-９]{1,2}|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月)[^（）()]{0,16}[）)][ \t\u3000]*$/;

/** A database's status after the title, in square or black brackets: ` [现行有效]`, `【已失效】`. */
const STATUS_TAG = new RegExp(`[ \\t\\u3000]*[\\[［【](?:${alternation(VALIDITY_STATUS)})[\\]］】][ \\t\\u3000]*$`);

/**
 * An excerpt's remark after its title (read folded to simplified): `中华人民共和国刑法（节录）`, saying what it
 * holds (`（部分条文节录）`, `（第一章至第三章节录）`, `（节录本）`), in any brackets (`【节录】`, `〔节选〕`);
 * or the whole text's (`（全文）`).
 */
/** A database's revision remark, the year and 修订 or 修正 (`…管理条例(2025修订)`, `（2018年修正）`, REVISION_WORDS), read folded to simplified. */
const REVISION_REMARK = new RegExp(`[（(][0-9０-９]{4}年?(?:${alternation(REVISION_WORDS)})(?:本|文本)?[）)][ \\t\\u3000]*$`);

const EXCERPT_REMARK = new RegExp(`[（(【〔［[][^（）()【】〔〕［］[\\]\\n]{0,20}?(?:${alternation([...EXCERPT_WORDS, ...WHOLE_TEXT_WORDS, ...PARALLEL_TEXT_WORDS])})本?[ \\t\\u3000]*[）)】〕］\\]][ \\t\\u3000]*$`);

/**
 * The key a title is matched on (normalizeTitle), the remarks after its kind — dated, an excerpt's,
 * the whole text's — and a database's status left out: citations never give them
 * (`《中华人民共和国刑法》` cites `中华人民共和国刑法（节录）`). Remarks one after another
 * (`（节录）（2020年修正）`, `(全文)(2009.04.26)`) are left out from the last.
 */
export function titleKeyOf(raw: string): string {
  raw = raw.replace(STATUS_TAG, '');
  for (let k = 0; k < 3; k++) {
    const folded = foldScript(raw);
    const m = EXCERPT_REMARK.exec(folded) ?? REVISION_REMARK.exec(folded) ?? DATED_REMARK.exec(raw);
    if (!m || !endingKind(titleWords(raw.slice(0, m.index)))) break;
    raw = raw.slice(0, m.index);
  }
  return normalizeTitle(raw);
}

/** The last unit's sentence read as the signing clause, when it is one (dated): else the signatures under it sign no clause. */
function signedIn(text: TextLike, block: Block): Signing | undefined {
  const s = readSigning(text, block);
  return s.date ? s : undefined;
}

/**
 * A name line broken inside the range it names (`附八:關於南滿洲東部內蒙古條約第二至` / `第五條延期實行之換文`, a compilation's
 * 1915 notes): the line names no kind, the title read under it (its second line, the label opening it read as the range's end:
 * syntax/lines.ts endsInRange) is the name's end, so the title is both lines' words after the name's label. Only the line right
 * above the title, a name line (NAME_LINE) ending with a range's opening; else undefined.
 */
function rangeNamedTitle(text: TextLike, lines: readonly Line[], title: Title): Title | undefined {
  const i = title.line.contentStart < 4000 ? lines.indexOf(title.line) : -1;
  // (Blank lines, comments and code blocks between them passed over, as the parser passes them.)
  const above = i > 0 ? writtenAbove(lines, i, undefined, 0) : undefined;
  if (!above || above.kind !== 'text' || !endsInRange(text, above)) return undefined;
  const m = NAME_LINE.exec(text.slice(above.contentStart, Math.min(above.contentEnd, above.contentStart + 20)));
  if (!m) return undefined;
  const start = above.contentStart + m[0].length;
  const raw = unquote(text.slice(start, above.contentEnd).replace(/[ \t\u3000]+$/, '') + text.slice(title.line.contentStart, title.end));
  return { text: cleanTitle(raw), normalized: titleKeyOf(raw), start, end: title.end, line: above, lastLine: title.lastLine };
}

/** How many written lines from the top a compilation's number before a name (`附一:`) is looked for on. */
const APPENDED_NUMBER_REACH = 3;
/** How long a title after a kind's name label may be. */
const MAX_NAMED_TITLE = 160;

/**
 * The title a name line gives, when a text has no title line: the name, when it names a kind of instrument. A compilation's
 * number before it (`附一:…专约`, NAME_LINE) heads the page only, one of its first written lines (`atHead`): further down it is
 * the next appended instrument's (`附九:關於交還膠澳之換文`, the second set of notes on a page).
 */
function namedTitle(text: TextLike, l: Line, atHead: boolean): Title | undefined {
  const c = text.charCodeAt(l.contentStart);
  if (c === 0x9644 /* 附 */ && !atHead) return undefined;
  // A kind's name label without a colon (`协定名称 甲国和乙国…的协定 协定序言 (…)`): the title is the words after it up to white
  // space after which they end with a kind, the rest of the line the database's next field.
  const label = c >= 0x4e00 && c <= 0x9fff ? KIND_NAME_LABEL.exec(foldScript(text.slice(l.contentStart, Math.min(l.contentEnd, l.contentStart + 12)))) : null;
  if (label) {
    const from = l.contentStart + label[0].length;
    for (let sp = from + 2; sp <= l.contentEnd && sp - from <= MAX_NAMED_TITLE; sp++) {
      const ch = sp < l.contentEnd ? text.charCodeAt(sp) : 0x20;
      if (ch !== 0x20 && ch !== 0x09 && ch !== 0x3000) continue;
      if (endingKind(titleWords(text.slice(from, sp)))) return makeTitle(text, l, from, sp);
    }
    return undefined;
  }
  if (c !== 0x6cd5 /* 法 */ && c !== 0x9644 /* 附 */ && c !== 0x540d /* 名 */ && c !== 0x6807 && c !== 0x6a19 /* 标 標 */ && c !== 0x9898 && c !== 0x984c /* 题 題 */ && c !== 0x7bc7 /* 篇 */ && c !== 0x6587 /* 文 */ && c !== 0x2a && c !== 0x3010 /* 【 */ && c !== 0x5b /* [ */) return undefined;
  const m = NAME_LINE.exec(text.slice(l.contentStart, Math.min(l.contentEnd, l.contentStart + 20)));
  if (!m) return undefined;
  const from = l.contentStart + m[0].length;
  if (endingKind(titleWords(text.slice(from, l.contentEnd)))) return makeTitle(text, l, from, l.contentEnd);
  // The database's next field glued after the name on its line (`【法规名称】…协定【颁布部门】【颁布时间】2002-03-26【正文】…`,
  // a document site's one line): the title ends at the next field's 【.
  const next = text.charCodeAt(l.contentStart) === 0x3010 /* 【 */ ? text.indexOf('【', from) : -1;
  if (next > from && next < l.contentEnd && next - from <= MAX_NAMED_TITLE && endingKind(titleWords(text.slice(from, next)))) return makeTitle(text, l, from, next);
  return undefined;
}

/**
 * A page's title as a browser gives it — the instrument's title, then the site's name after a separator
 * (`… - 维基文库，自由的图书馆`, `…_百度百科`, `… | 中华人民共和国外交部`), or after a space when it ends as
 * a site's name does (`…建交协议 中华文库`) — ends where the instrument's does: the length of the title
 * in `raw` (all of it when it is no such title). The instrument's part names a kind; the site's names
 * none and is no part of a title (`…协定 - 附件一`, `…——草案` stay).
 */
function pageTitleEnd(raw: string): number {
  // A database's next field glued after the title (`…公約【發布單位】聯合國大會`), then the instrument's name in
  // another language in brackets (`…公約(International Covenant on Civil and Political Rights)`): no part of it.
  // A document site's file name (`…公约Word格式.docx`): the title without its format and extension.
  const file = raw.length > 5 && (raw.charCodeAt(raw.length - 4) === 0x2e || raw.charCodeAt(raw.length - 5) === 0x2e) ? FILE_NAME_SUFFIX.exec(raw) : null;
  if (file && endingKind(titleWords(raw.slice(0, file.index)))) raw = raw.slice(0, file.index);
  // An encyclopedia's lead sentence opening with the instrument's name (`…的換文是由美國在…簽定的條約。`): the name.
  const lead = raw.length > 8 && raw.charCodeAt(raw.length - 1) === 0x3002 ? leadTitleEnd(raw) : 0;
  if (lead > 0) return lead;
  // The date and place of signing after the title, each after a comma (`关于建立东盟宪章的吉隆坡宣言,2005 年 12 月 12 日,吉隆坡`,
  // a page's heading line as ASEAN's documents head their text): no part of it.
  const dated = raw.includes('日') ? DATED_TAIL.exec(foldScript(raw)) : null;
  if (dated && endingKind(titleWords(raw.slice(0, dated.index)))) return dated.index;
  // A remark saying whether the instrument is in force, naming it by its self-word (`…架構協議(本協議尚待完成相關程序後生效)`): no part of it.
  const status = raw.includes('本') ? IN_FORCE_REMARK.exec(foldScript(raw)) : null;
  if (status && endingKind(titleWords(raw.slice(0, status.index)))) return status.index;
  // A database's remark on what else its record holds (`…協定(含雙方相關節略)`): no part of it.
  const contents = raw.includes('含') ? CONTENTS_REMARK.exec(raw) : null;
  if (contents && endingKind(titleWords(raw.slice(0, contents.index)))) return contents.index;
  // A book's footnote mark after the title, a circled number, the note after it (`中苏友好同盟互助条约①(①本文引自…)`):
  // the title ends at the mark.
  const mark = raw.search(FOOTNOTE_MARK);
  if (mark > 0 && endingKind(titleWords(raw.slice(0, mark)))) return mark;
  // A news headline's whole-text words after the name, the site's remark after them (`…第2094号决议全文(制裁朝鲜3次核爆)`);
  // a site's edition words likewise (`…協定官方版(DOC 59頁)`), and its original-text words (`…條約原文介紹`).
  const whole = raw.length > 4 && (raw.includes('全文') || raw.includes('版') || raw.includes('原文')) ? WHOLE_TEXT_TAIL.exec(foldScript(raw)) : null;
  if (whole && whole.index > 0 && endingKind(titleWords(raw.slice(0, whole.index)))) return whole.index;
  // A wiki's disambiguation after the title, white space then its year in brackets (`中德條約 (民國17年)`, Wikisource's page of the
  // 1928 treaty beside the 1921 `中德協約 (民國10年)`): no part of it.
  const year = raw.includes('年') ? WIKI_YEAR.exec(foldScript(raw)) : null;
  if (year && endingKind(titleWords(raw.slice(0, year.index)))) return year.index;
  // A news site's part of the instrument the page is and how many there are, bracketed after the title
  // (`與貿易有關的知識產權協定(1)(共兩部分)`): no part of it, so the page's title is the instrument's in either script (words.ts PARTS_REMARK).
  const parts = raw.includes('部分') ? PARTS_REMARK.exec(foldScript(raw)) : null;
  if (parts && endingKind(titleWords(raw.slice(0, parts.index)))) return parts.index;
  // A database's part number after the title, its kind or a remark after the kind before it (`…換文(譯)-1`): no part of it.
  const tail = raw.charCodeAt(raw.length - 1);
  if ((tail >= 0x30 && tail <= 0x39) || (tail >= 0xff10 && tail <= 0xff19)) {
    const part = PART_NUMBER.exec(raw);
    if (part && endingKind(titleWords(raw.slice(0, part.index)))) raw = raw.slice(0, part.index);
  }
  // The hyphen a database's page heading joins the chapter it shows with (`…協議-` / `第一章 總則`, cut apart by the lexer).
  if (isHyphen(tail)) {
    if (endingKind(titleWords(raw.slice(0, -1)))) return raw.length - 1;
  }
  // A database's fields glued after the title, each a label and a colon (`…的解释发文单位:最高人民法院文号:…`): no part of it.
  const label = raw.length > 8 ? GLUED_LABEL.exec(foldScript(raw)) : null;
  if (label) {
    const head = titleWords(raw.slice(0, label.index));
    if (endingKind(head) || isRulesTitle(head)) raw = raw.slice(0, label.index);
  }
  const field = GLUED_FIELD.exec(raw);
  if (field && endingKind(titleWords(raw.slice(0, field.index).replace(LATIN_NAME, '')))) raw = raw.slice(0, field.index);
  const latin = LATIN_NAME.exec(raw);
  if (latin && endingKind(titleWords(raw.slice(0, latin.index)))) return latin.index;
  if (field) return raw.length;
  // A web table's cell marks after it, nothing in the cells (`…谅解备忘录 | ||`, a ministry's page).
  const cells = TABLE_CELLS.exec(raw);
  if (cells && endingKind(titleWords(raw.slice(0, cells.index)))) return cells.index;
  const m = PAGE_TITLE_SITE.exec(raw);
  if (!m) return raw.length;
  const site = titleWords(m[2] ?? m[3]);
  if (!endingKind(titleWords(m[1])) || endingKind(site) || TITLE_PART_WORDS.some((w) => site.includes(w))) return raw.length;
  return m[1].length;
}
/** A footnote mark, a circled number (`①`…`⑳`). */
const FOOTNOTE_MARK = /[\u2460-\u2473]/;
/** A name in Latin letters opening a title line, the Chinese name right after it (its first character a Chinese one or `《`). */
const LATIN_LEAD = /^[A-Za-z][A-Za-z0-9 .,;:'’&()\-]{6,}?(?=[《\u3400-\u9fff])/;
function isLatinLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
/** A date in digits opening a title line, a space after it: `99.07.02 `, `2010-06-29 `. */
const DATE_STAMP = /^[0-9]{2,4}([.\-/])[0-9]{1,2}\1[0-9]{1,2}[ \t\u3000]+/;
/**
 * A date of signing in full and its place opening a title line, white space after them, read folded to simplified
 * (`一九九二年四月二十日于北京 `, `1992年4月20日在北京 `): the place a few characters, no punctuation.
 */
const DATED_PLACE = new RegExp(`^[${DATE_DIGITS}${OCR_ZEROS}]{2,4}年[${DATE_DIGITS}]{1,3}月[${DATE_DIGITS}]{1,3}日[于在][^\\s，。,、；;：:《》“”()（）]{1,12}[ \\t\\u3000]+`);
/** A line of a date (a day, or days `9日至14日`) and a place after a comma and nothing else (`2001年11月9日至14日,多哈`): a meeting's masthead. */
const MASTHEAD_DATE_LINE = new RegExp(`^[${DATE_DIGITS}${OCR_ZEROS}]{2,4}[ \\t]*年[ \\t]*[${DATE_DIGITS}]{1,3}[ \\t]*月[ \\t]*[${DATE_DIGITS}]{1,3}[ \\t]*日(?:[至到—–-][ \\t]*(?:[${DATE_DIGITS}]{1,3}[ \\t]*月[ \\t]*)?[${DATE_DIGITS}]{1,3}[ \\t]*日)?[ \\t\\u3000]*[，,][ \\t\\u3000]*[^\\s，。,、；;：:《》“”()（）\\d]{1,12}$`);
/**
 * The date of signing after a title and a comma, the place after another (`…宣言,2005 年 12 月 12 日,吉隆坡`: `pageTitleEnd`); or
 * after a colon (`…關於外蒙古自治之協議:1915年5月25日`, a forum's heading over the 1915 Kyakhta agreement).
 */
const DATED_TAIL = new RegExp(`[，,：:][ \\t\\u3000]*[${DATE_DIGITS}${OCR_ZEROS}]{2,4}[ \\t\\u3000]*年[ \\t\\u3000]*[${DATE_DIGITS}]{1,3}[ \\t\\u3000]*月[ \\t\\u3000]*[${DATE_DIGITS}]{1,3}[ \\t\\u3000]*日(?:[，,][ \\t\\u3000]*[^\\s，。,、；;：:《》“”()（）]{1,12})?$`);
/** An instrument's number in the collection that prints it, before its title (`1. 进口许可证手续协议`: parser.ts firstOfCollection). */
const COLLECTION_NUMBER = /^[0-9]{1,2}[.、．][ \t\u3000]*/;
/** A law's history record glued before its name, its date and what was done then (`104.07.01制定`, read folded to simplified). */
const DATE_RECORD = new RegExp(`^[0-9]{2,4}([.\\-/])[0-9]{1,2}\\1[0-9]{1,2}[ \\t\\u3000]*(?:${alternation(HISTORY_ACTS)})[ \\t\\u3000]*`);
/** A database's number of a part of a document after its title (`…效期換文(譯)-1`, Taiwan's treaty database). */
const PART_NUMBER = /[-－][0-9０-９]{1,2}$/;
/** A database's field label glued after a title, its value after it: `【發布單位】聯合國大會` (a status or an excerpt's remark closes the line, and stays). */
const GLUED_FIELD = /【[\u3400-\u9fff]{2,8}】(?=[^\s】])/;
/** A name in Latin letters in brackets closing a title: the instrument's name in another language. */
const LATIN_NAME = /[ \t\u3000]*[（(][ \t\u3000]*[A-Za-z][A-Za-z .,'’&\-]{6,}[）)][ \t\u3000]*$/;
/** Empty table cells closing a line: `| ||`. */
const TABLE_CELLS = /(?:[ \t\u3000]*[|｜])+$/;
const PAGE_TITLE_SITE = new RegExp(
  `^(.*?)(?:[ \\t\\u3000]*(?:[_|｜]|[ \\t\\u3000][-–—][ \\t\\u3000])[ \\t\\u3000]*([^《》（）()_|｜]{1,30})|[ \\t\\u3000]+([^ \\t\\u3000《》（）()]{0,12}(?:${alternation(SITE_WORDS)})))$`,
);

/** A title's line joined to the line before with no space: opening with a hyphen before a letter (`-PRC Joint Communiqué`). */
const HYPHEN_JOINED = /^-\p{L}/u;

/**
 * The words of a note's head (the tree's mark, parser.ts findNotes): its line's, and those of the line under it that ends it where a
 * database's width broke it (`(甲) 蘇聯外交人民委員部莫洛托夫部長致中華民國國民政府外交部王部` / `長照會`).
 */
export function noteHeadWords(text: TextLike, tree: SyntaxTree, head: Line): string {
  const rest = tree.notes?.get(head);
  const words = text.slice(head.contentStart, head.contentEnd);
  if (!rest) return words;
  // A rest that runs on into the note's words after white space (`外交部部長馬丁亞達和之照會 逕啟者: 依據…`): its words before it.
  const restWords = text.slice(rest.contentStart, rest.contentEnd);
  const ws = restWords.search(/[ \t\u3000\u00a0]/);
  return words + (ws > 0 && !NOTE_HEAD.test(foldScript(words + restWords)) ? restWords.slice(0, ws) : restWords);
}

/** A title over one or several lines (centred, OCR): their contents joined. */
function titleOf(text: TextLike, b: Block, joiner = ''): Title {
  let lines = b.children.filter((c): c is Line => c.type === 'line' && c.kind !== 'comment' && c.kind !== 'code' && c.contentEnd > c.contentStart);
  // A meeting's masthead over the title (`第四届部长级会议` / `2001年11月9日至14日,多哈` / `关于《TRIPS协定》与公共卫生的宣言`, the
  // WTO's Doha Declaration as a page prints it): the lines to the last that says a date and a place are no part of it.
  if (lines.length > 1 && !joiner) {
    let k = -1;
    for (let i = 0; i < lines.length - 1; i++) if (MASTHEAD_DATE_LINE.test(text.slice(lines[i].contentStart, lines[i].contentEnd).trim())) k = i;
    if (k >= 0 && endingKind(titleWords(lines.slice(k + 1).map((l) => text.slice(l.contentStart, l.contentEnd)).join('')))) lines = lines.slice(k + 1);
  }
  const first = lines[0] ?? b.head!;
  if (lines.length <= 1) return makeTitle(text, first, first.contentStart, first.contentEnd);
  const last = lines[lines.length - 1];
  const start = afterTitleFieldLabel(text, afterExampleLabel(text, first.contentStart, first.contentEnd), first.contentEnd);
  // A line opening with a hyphen goes on from the word before it, with no space (`U.S.` / `-PRC Joint Communiqué`).
  let joined = '';
  for (const l of lines) {
    const part = cleanTitle(text.slice(l === first ? start : l.contentStart, l.contentEnd));
    joined += joined === '' || HYPHEN_JOINED.test(part) ? part : joiner + part;
  }
  const raw = unquote(joined);
  return { text: cleanTitle(raw), normalized: titleKeyOf(raw), start, end: last.contentEnd, line: first, lastLine: last };
}


/** After a name in 《》: words naming an amendment of it (`的修正`, `伦敦修正`, `修正案`, `修正议定书`; folded or not). */
const AMENDMENT_AFTER_NAME = /^[ \t\u3000]*(?:[的之]|[\u3400-\u9fff]{1,4}?)?(?:修正|修訂|修订)(?:案|议定书|議定書)?/;

/**
 * A title that opens with a name in 《》 is that name, remarks after it apart:
 * `《大西洋憲章》（1941年8月14日）` → 大西洋憲章, `《聯合國憲章》——1945年節錄` → 聯合國憲章. After a dash
 * may come the full title (`《中英聯合聲明》——中華人民共和國政府和…的聯合聲明`): it is the title when
 * it names a kind of instrument and is longer than the name (and is one name, not a list `、`),
 * or when the name alone names no kind (`《恢復…權利》——聯合國大會第2758號決議`). Without a dash,
 * words after the name that end with a kind make the whole line the title: the name is what the
 * instrument is about (`《联合国气候变化框架公约》京都议定书`, `《关于消耗臭氧层物质的蒙特利尔议定书》修正案`).
 */
function unquote(raw: string): string {
  const t = raw.trim();
  let m: RegExpExecArray | null;
  if (!t.startsWith('《')) return raw;
  const close = t.indexOf('》');
  if (close < 2) return raw;
  const name = t.slice(1, close);
  const dash = t.slice(close + 1).search(/——|—|--|－－|――/);
  if (dash >= 0) {
    const after = t.slice(close + 1 + dash).replace(/^[—\-－―\s\u3000]+/, '').trim();
    const words = titleWords(after);
    const nameWords = titleWords(name);
    if (endingKind(words) && (!endingKind(nameWords) || (words.length > nameWords.length && !after.includes('、')))) return after;
  } else if (endingKind(titleWords(t.slice(close + 1)))) {
    // The name is the instrument's subject, the kind follows it: `《联合国气候变化框架公约》京都议定书`.
    return t;
  } else if ((m = AMENDMENT_AFTER_NAME.exec(t.slice(close + 1)))) {
    // An amendment of the instrument named (`《蒙特利尔议定书》的修正`, `《…》伦敦修正(1990)`): the title says so, a site's words
    // after it (`下载本文`) apart.
    return t.slice(0, close + 1 + m[0].length);
  } else if (t.length > close + 1 && DRAFT_TITLE_WORDS.includes(withoutRemarks(titleWords(t.slice(close + 1))))) {
    // A draft of the instrument named (`《世卫组织大流行协定》草案`): the title says it is one.
    return t;
  }
  return name;
}

/** The caption on the line after a bare article number, which the parser left outside the paragraphs (`第十五条` / `生效、有效期和终止`). */
function captionBelow(text: TextLike, b: Block): string | undefined {
  const kids = b.children;
  let k = pastNotes(kids, 1);
  // (After one blank line, in a page converted from a word processor: the parser left it outside the paragraphs then.)
  if (kids[k]?.type === 'line' && (kids[k] as Line).kind === 'blank') {
    const c = pastNotes(kids, k + 1);
    if (kids[c]?.type === 'line') k = c;
  }
  const l = kids[k];
  if (l?.type !== 'line' || !captionAfterHead(text, b.head, l)) return undefined;
  return cleanTitle(text.slice(l.contentStart, l.contentEnd)) || undefined;
}

/**
 * The first of `nodes` from `k` on that is no comment or code line (they are not there for the reader). A function of its
 * own: an arrow closing over the block, made in `captionBelow` for each article, was a context allocated per article.
 */
function pastNotes(nodes: readonly Node[], k: number): number {
  while (nodes[k]?.type === 'line' && ((nodes[k] as Line).kind === 'comment' || (nodes[k] as Line).kind === 'code')) k++;
  return k;
}

/**
 * The caption of a chapter whose label stands alone, on the line right under it (`第1 章` / `初始条款和一般定义`, a
 * converted agreement's; `第二章` / `货物贸易`): the short line the parser reads as a section heading in it.
 */
function chapterCaptionBelow(text: TextLike, b: Block): string | undefined {
  const head = b.head!;
  if (head.rest !== undefined && head.rest < head.contentEnd) return undefined;
  // (Comment lines between are not there for the reader.)
  let k = pastNotes(b.children, 1);
  // (Or after one blank line, a blank line after it too: a page converted from a word processor, a blank line after every
  // line, `第一章` / `` / `公约的一般原则和适用` / `` — as an article's caption is read there.)
  const blank = b.children[k]?.type === 'line' && (b.children[k] as Line).kind === 'blank';
  if (blank) k = pastNotes(b.children, k + 1);
  const first = b.children[k];
  if (first?.type !== 'block' || first.kind !== 'section' || !first.head || first.head.kind !== 'text') return undefined;
  if (blank) {
    const below = first.children[pastNotes(first.children, 1)];
    if (below?.type !== 'line' || below.kind !== 'blank') return undefined;
  }
  return cleanTitle(text.slice(first.head.contentStart, first.head.contentEnd)) || undefined;
}

/**
 * A chapter's caption (`words`): after its label (`## 第一章 总则`), else on the line under it (`chapterCaptionBelow`). A caption a line break
 * cut, ending with a word that joins it to more (words.ts CAPTION_GOES_ON: `## 第二章 听取和审议人民政府、人民法院和` / `` /
 * `人民检察院的专项工作报告`, 监督法 2006 in LawRefBook/Laws), goes on with the next line, one blank line between at most, when
 * that line is one of text alone with no full stop (a heading's rest, no sentence), not a label's: that line is `rest`.
 */
function chapterCaption(text: TextLike, b: Block): { words: string | undefined; rest: Line | undefined } {
  const own = captionOf(text, b.head!);
  if (own === undefined) return { words: chapterCaptionBelow(text, b), rest: undefined };
  const rest = captionRestOf(text, b, own);
  return { words: rest ? cleanTitle(own + text.slice(rest.contentStart, rest.contentEnd).trim()) || own : own, rest };
}

/** The line going on with the chapter's caption `own` a line break cut (`chapterCaption`), else undefined. */
function captionRestOf(text: TextLike, b: Block, own: string): Line | undefined {
  if (!CAPTION_GOES_ON.test(foldScript(own))) return undefined;
  let k = pastNotes(b.children, 1);
  if (b.children[k]?.type === 'line' && (b.children[k] as Line).kind === 'blank') k = pastNotes(b.children, k + 1);
  const next = b.children[k];
  // (A paragraph's first line; never a section's heading: the parser reads none there, parser.ts goesOnCaption, and a line it
  // reads as one the outline shows as one.)
  const line = next?.type === 'block' && next.kind === 'paragraph' ? next.children[0] : next;
  if (line?.type !== 'line' || line.kind !== 'text' || line.level > 0) return undefined;
  return captionRestShaped(text.slice(line.contentStart, line.contentEnd).trim()) ? line : undefined;
}

/** The caption after an article or chapter label: `第一条　宗旨`, `## 第一章 总则`, `第三条（定义）`. */
function captionOf(text: TextLike, head: Line): string | undefined {
  if (head.rest === undefined || head.rest >= head.contentEnd) return undefined;
  // The link glued to the label, the whole of the line after it (`第一条编辑`, a wiki page whose label and link the copy joined):
  // no caption.
  if (head.label !== undefined && head.rest === head.label.end && GLUED_EDIT_LINK.test(text.slice(head.rest, head.contentEnd))) return undefined;
  // A caption wholly in brackets loses them (`第三条（定义）`); one that only ends in a bracketed part keeps it (`数据汇编(数据库)`).
  // A wiki's section edit link after it, copied with the page (`第一章 邊界的維護 編輯`, `[编辑]`), is no part of it.
  let c = cleanTitle(text.slice(head.rest, head.contentEnd).replace(EDIT_LINK, ''));
  if (/^[（(【\[]/.test(c)) c = c.replace(/^[（(【\[]\s*|\s*[）)】\]]$/g, '').trim();
  return c || undefined;
}

/**
 * The caption of a law-style article run into its text on its line (`第二条 合作领域 双方在贸易…开展合作。`,
 * `第三条　生效　本协定自签字之日起生效。`, `第二十条 争议的解决 因实施或解释本条约…`): a short name without punctuation, white
 * space, then the sentence opening with its subject and verb or a clause's first word (RUN_IN_SENTENCE) — not the subject
 * itself spaced off (`第五条 双方 应当…`).
 */
function runInCaption(text: TextLike, head: Line): string | undefined {
  if (head.rest === undefined || head.rest >= head.contentEnd) return undefined;
  // A draft law's caption in brackets glued to the text (`第一条【立法目的】为了…`, `第二条(社会信用界定)本条例所称…`).
  const c = text.charCodeAt(head.rest);
  if (c === 0x3010 /* 【 */ || c === 0xff08 /* （ */ || c === 0x28 /* ( */) {
    const m = BRACKETED_CAPTION.exec(text.slice(head.rest, Math.min(head.contentEnd, head.rest + 44)));
    const caption = m?.[1] ?? m?.[2];
    // (An item's number in brackets, `第四条（十一）…`, is none.)
    return m && caption && head.rest + m[0].length < head.contentEnd && !/^[一二三四五六七八九十百零〇]+$/.test(caption) ? caption : undefined;
  }
  const end = Math.min(head.contentEnd, head.rest + 80);
  // Most articles run on into their sentence with no name spaced off (`第一条　为了…，`): told so by RUN_IN_CAPTION
  // over the few code units it reads before it can match (CAPTION_READ), folded, without the 80 cut out and folded.
  if (!RUN_IN_CAPTION.test(foldScript(text.slice(head.rest, Math.min(end, head.rest + CAPTION_READ))))) return undefined;
  const line = foldScript(text.slice(head.rest, end));
  const m = RUN_IN_CAPTION.exec(line);
  if (!m || SUBJECT_ALONE.test(m[1]) || !RUN_IN_SENTENCE.test(line.slice(m[0].length))) return undefined;
  return text.slice(head.rest, head.rest + m[1].length);
}
const RUN_IN_CAPTION = /^([\u4e00-\u9fff、]{2,12})[ \t\u3000]+/;
/** What RUN_IN_CAPTION reads at most before it can match: twelve ideographs or 、 and a space. */
const CAPTION_READ = 13;

/** A caption in brackets before an article's text: words and 、 only, the brackets matched (`【立法目的】`, `（适用范围）`). */
const BRACKETED_CAPTION = /^(?:【([^】\n，。；：,;:“”"]{2,40})】|[（(]([\u4e00-\u9fff、]{2,16})[）)])/;

/** A wiki's section edit link after a heading: white space, then 编辑 (編輯), bracketed or not; bracketed, glued to the caption too (`宗旨和原則[編輯]`). */
const EDIT_LINK = /(?:[ \t\u3000]*\[(?:编辑|編輯)\]|[ \t\u3000]+(?:编辑|編輯))$/;
/** The same link alone after a label, glued to it: `第一条编辑`, `第二條編輯`. */
const GLUED_EDIT_LINK = /^(?:编辑|編輯)$/;

// (An HTML tag opens with a Latin letter or `/`: a model text's optional words in angle brackets, `所得<和资本>`, are the title's.)
const MARKUP = /<sup>[^<]*<\/sup>|\^[^^\s]{1,12}\^|<\/?[A-Za-z!][^>]{0,19}>|\[\^[^\]]*\]|\\\*|[*_`]+/g;

/**
 * A note mark with its label at a title's end (`…на ее Западной части*О)`, the Kodeks database's Russian text of the 1994
 * China–Russia western border agreement; `*1)`): no part of the title (MARKUP alone left `частиО)`).
 */
const NOTE_LABEL_END = /\*[\p{L}\p{N}]{1,2}\)$/u;
/**
 * A law database's record after a title in Latin or Cyrillic letters, no part of it: a neutral citation, the year in square
 * brackets, the series and the number, the date in brackets (AsianLII's `… Reciprocal Protection of Investments [2008] MOBTSer 3
 * (22 May 2008)`); the kind, the issuer and the date in digits after the title's full stop (businesspravo.ru's `… КИТАЙСКОЙ НАРОДНОЙ
 * РЕСПУБЛИКИ. Соглашение. Правительство РФ. 27.06.97`).
 */
const DATABASE_RECORD_END = /[ \t]+\[(?:1[89]|20)[0-9]{2}\][ \t]+[A-Z][A-Za-z]{1,15}[ \t]+[0-9]{1,5}(?:[ \t]+\([^()]{1,40}\))?$|\.[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+\p{Ll}+)?\.[ \t]+[^.]{2,60}\.[ \t]+[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{2,4}$/u;
/** A title in Latin or Cyrillic letters in quotes, a note in brackets after the closing quote or none. */
const QUOTED_FOREIGN_TITLE = /^["«“]([^"»”\u3000-\u9fff]{8,})["»”][ \t]*(?:\([^()\u3000-\u9fff]*\))?$/u;
const QUOTE_OPENS = '"«“';

/** A title as a person reads it: markup and footnote markers dropped, OCR spaces between CJK removed. */
export function cleanTitle(raw: string): string {
  if (!/[<\[*_`\\^ \t\u3000【［]/.test(raw)) return raw.trim();
  // `"ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ … НА ЕЕ ВОСТОЧНОЙ ЧАСТИ"(Заключено в г. Пекине 14.10.2004)` (a legal database's heading line):
  // the title in quotes, the database's note in brackets after it no part of it.
  const quoted = raw.length > 10 && QUOTE_OPENS.includes(raw[0]) ? QUOTED_FOREIGN_TITLE.exec(raw) : null;
  if (quoted) raw = quoted[1];
  return raw
    .replace(STATUS_TAG, '')
    .replace(NOTE_LABEL_END, '')
    .replace(DATABASE_RECORD_END, '')
    .replace(MARKUP, '')
    .replace(/([\u3000-\u9fff\uff00-\uffef])[ \t\u3000]+(?=[\u3000-\u9fff\uff00-\uffef])/g, '$1')
    .trim();
}

/**
 * The key a title is matched on: no white space, markup, footnote markers, nor a converter's pinyin (`關(guān)于`); full-width ASCII folded;
 * brackets unified — a copy's `<…>` for the `〈…〉` of a title inside a title (`关于印发《国家机关、事业单位贯彻<国务院关于职工工作时间的规定>的实施办法》的通知`)
 * as well; traditional characters read as simplified (`《聯合國憲章》` cites `联合国宪章`).
 */
export function normalizeTitle(raw: string): string {
  let key = titleKeys.get(raw);
  if (key === undefined) {
    if (titleKeys.size >= TITLE_KEYS_KEPT) titleKeys.clear();
    // (Both kept as strings of their own: a title cut from a text is a slice that holds the whole text in memory while it
    // is kept, and its key may be the title itself — the 5,000 generated treaties' titles kept 55 MB of their texts.)
    key = ownCopy(titleKeyOfRaw(raw));
    titleKeys.set(ownCopy(raw), key);
  }
  return key;
}

/**
 * The keys of the titles met lately (normalizeTitle: seven passes over the title), by the title as written: a text cites
 * the same few titles again and again (`《中华人民共和国刑法》第…条`, a treaty's basis in each of its articles), and a
 * folder's texts cite the same laws. Emptied when full, so that it holds at most TITLE_KEYS_KEPT short strings.
 */
const titleKeys = new Map<string, string>();
const TITLE_KEYS_KEPT = 4096;

/**
 * A string of its own with `s`'s characters, not a slice of a longer one: `s` and one more character joined (a new string,
 * flat once read), less that character (a short one copied, a longer one a slice of the joined string, which holds only
 * `s`'s characters). JSON's round trip made a new flat string natively at 3–5× the time; split and join an array of
 * one-character strings at 4–5× more.
 */
function ownCopy(s: string): string {
  return (s + ' ').slice(0, -1);
}

function titleKeyOfRaw(raw: string): string {
  let folded = foldScript(raw);
  for (const [variant, word] of TITLE_WORD_VARIANTS) folded = folded.replace(variant, word);
  return halfWidthForms(withoutTonelessPinyin(folded.replace(MARKUP, '').replace(PINYIN_GLOSS, '')))
    .replace(/[\s\u3000《》〈〉<>“”"'‘’「」]/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/,/g, '，');
}

/** `本协定` for a 协定, `本声明` for a 联合声明, `本计划` for a 工作计划, written in the title's own script (`本協定`). */
function selfRefOf(kind: string, title: string): string {
  // A title ending with a word read as another kind that keeps its own self-word (Macao's `第3/1999號法律`, a 法: 本法律).
  const keeps = INSTRUMENT_WORDS.find((w) => w.kindAs === kind && w.selfAs !== undefined);
  const own = keeps && withoutRemarks(foldScript(title).replace(/[ \t\u3000]+/g, '')).endsWith(keeps.word) ? keeps : undefined;
  if (own) {
    const at = foldScript(title).lastIndexOf(own.word);
    return `本${at >= 0 ? title.slice(at, at + own.word.length) : own.selfAs}`;
  }
  let written = kind;
  const at = foldScript(title).lastIndexOf(kind);
  if (at >= 0) written = title.slice(at, at + kind.length);
  const shorter = selfWordOf(kind);
  if (shorter) return `本${written.slice(written.length - shorter.length)}`;
  return `本${written.length > 2 && kind.startsWith('联合') ? written.slice(2) : written}`;
}

/** The title ends with the kind of instrument (a bracketed remark after it apart): `世界人权宣言`, `…会谈纪要（草案）`. */
function namesKind(normalizedTitle: string, kind: string): boolean {
  return endingKind(normalizedTitle) === kind;
}

/** Where a source line names the document: `出处：《…公报》，1978年…`. */
const SOURCE_NAME = /^(?:\*\*)?[^：:，。\s]{1,6}(?:\*\*)?[ \t\u3000]*[：:][ \t\u3000]*《([^》\n]{2,80})》/;
/**
 * A self-reference: `本宪章`, `本條約`, `本联合声明` (the Sino-British Joint Declaration's own word, where most joint
 * statements say 本声明). The longest kinds first (INSTRUMENT_KINDS' order): `本联合声明` is no `本声明`.
 */
const SELF_KINDS = INSTRUMENT_KINDS.filter((k) => k.length > 1).join('|');
/** 本条约, or 本《条约》 as UN model texts bracket it. */
const SELF_KIND = new RegExp(`本(?:(${SELF_KINDS})|《(${SELF_KINDS})》)`, 'g');

/**
 * The kind of a document without a title line: the instrument named by a source line above
 * the text (`**出处**：《…公报》`), else the self-reference the text uses most (`本宪章`, twice at least; once
 * in a text of articles naming no other).
 */
function kindWithoutTitle(text: TextLike, tree: SyntaxTree): string | undefined {
  // A resolution's points (`1.` `2.`) after its opening, the organ adopting it alone on a line (`安全理事会，`).
  if (tree.unitStyle === 'paragraph') {
    for (const l of tree.lines) {
      if (l.kind === 'para') break;
      if (l.kind === 'text' && l.contentEnd - l.contentStart <= 8 && RESOLUTION_OPENING.test(foldScript(text.slice(l.contentStart, l.contentEnd)))) return RESOLUTION;
    }
  }
  let seen = 0;
  for (const l of tree.lines) {
    if (l.kind === 'blank' || l.kind === 'break' || l.kind === 'comment' || l.kind === 'code') continue;
    if (l.kind === 'article' || l.kind === 'chapter' || ++seen > 6) break;
    const m = SOURCE_NAME.exec(text.slice(l.contentStart, Math.min(l.contentEnd, l.contentStart + 120)));
    const k = m ? endingKind(normalizeTitle(m[1])) : undefined;
    if (k) return k;
    // A writing site's heading over the model text it prints (`会谈纪要范文`): the kind it is a model of — over units, not
    // alone (`协定模板` typed in a new file, a template's prefix, is no text of that kind yet).
    const sample = l.kind === 'text' && tree.unitStyle !== 'none' ? sampleHeadingKind(text.slice(l.contentStart, Math.min(l.contentEnd, l.contentStart + 25))) : undefined;
    if (sample) return sample;
  }
  // The clause right before the first point announcing it as an instrument of a kind (`…締結左列之停戰協定:`: ANNOUNCED_KIND).
  if (tree.unitStyle === 'paragraph') {
    const first = tree.lines.findIndex((l) => l.kind === 'para');
    let k = first - 1;
    while (k >= 0 && (tree.lines[k].kind === 'blank' || tree.lines[k].kind === 'comment')) k--;
    const above = k >= 0 ? tree.lines[k] : undefined;
    const m = above && above.kind === 'text' ? ANNOUNCED_KIND.exec(foldScript(text.slice(Math.max(above.contentStart, above.contentEnd - 40), above.contentEnd))) : null;
    const announced = m ? endingKind(normalizeTitle(m[1] ?? m[2])) : undefined;
    if (announced) return announced;
  }
  const head = foldScript(text.slice(0, 200_000));
  // Notes saying they make an agreement (`本照会和阁下的复照将构成…协议`), in a text with no article: an exchange of notes,
  // its 本协议 the agreement the notes make (checked only where a reply is named: 复照, 复函).
  if (tree.unitStyle !== 'article' && (head.includes('复照') || head.includes('复函')) && NOTES_CONSTITUTE.test(head)) return EXCHANGE_OF_NOTES;
  const counts = new Map<string, number>();
  SELF_KIND.lastIndex = 0;
  let m: RegExpExecArray | null;
  let best: string | undefined;
  while ((m = SELF_KIND.exec(head))) {
    if (inCode(tree.lines, m.index)) continue;
    const kind = m[1] ?? m[2];
    const n = (counts.get(kind) ?? 0) + 1;
    counts.set(kind, n);
    if (n >= 2 && (!best || n > counts.get(best)!)) best = kind;
  }
  // A page of articles cut from its instrument (its title on an earlier page, `第九条 … 不属于本条约适用范围。`):
  // one self-reference is enough when it is the only kind named.
  if (!best && counts.size === 1 && tree.unitStyle === 'article') best = counts.keys().next().value;
  // A page of a law's articles without its title (the Macao Basic Law's fourth page on a bilingual site, `…依照本法的规定…`): its
  // 本法, on a page naming no other kind by 本, says it is a law (words.ts LAW_SELF_WORD: not 基本法, 根本法, 本法院).
  if (!best && counts.size === 0 && tree.unitStyle === 'article' && LAW_SELF_WORD.test(head)) best = LAW_KIND;
  return best ?? (lettersOfNotes(text, tree) >= 2 ? EXCHANGE_OF_NOTES : undefined);
}

/**
 * Notes written as letters with no heads (Macao's Official Gazette quoting an exchange: `“編號:54002` /
 * `中華人民共和國駐科威特國大使館:` / `…向…致意。` / … / `順致崇高的敬意。`): the lines that open one, a sender
 * presenting its compliments (`NOTE_COMPLIMENTS`), in a text with no articles.
 */
function lettersOfNotes(text: TextLike, tree: SyntaxTree): number {
  if (tree.unitStyle === 'article') return 0;
  let n = 0;
  for (const l of tree.lines) {
    if (l.kind !== 'text' || l.contentEnd - l.contentStart < 8) continue;
    if (NOTE_COMPLIMENTS.test(foldScript(text.slice(l.contentStart, Math.min(l.contentEnd, l.contentStart + 120))))) n++;
  }
  return n;
}

/**
 * At least two lines of Chinese prose (12 characters or more, ending with `。；，：`): a declaration,
 * a communiqué or a resolution whose paragraphs are not numbered (`大會，` / `回顧…，` / `決定：…。`).
 */
function hasProse(text: TextLike, tree: SyntaxTree): boolean {
  return pastedBody(text, tree) || twoLines(tree, (l) => {
    if (l.contentEnd - l.contentStart < 12) return false;
    const c = text.charCodeAt(l.contentEnd - 1);
    // (Or half-width `;` `,` `:` after Chinese, as a store gives a page's marks: `…的激励下;`.)
    const halfWidth = (c === 0x3b || c === 0x2c || c === 0x3a) && isHanCode(text.charCodeAt(l.contentEnd - 2));
    // (Or a recital opening the line, `缘,UCAR于 1993 年开始…`, its sentence broken by a width or cut by a store.)
    return c === 0x3002 || c === 0xff1b || c === 0xff0c || c === 0xff1a || halfWidth || RECITAL_OPENING.test(foldScript(text.slice(l.contentStart, l.contentStart + 3)));
  });
}

/** How many lines from the top the body glued after a title is looked for on (`pastedBody`). */
const PASTED_BODY_REACH = 8;

/**
 * A page pasted as one line, its body glued after its title (syntax/lines.ts titleCut: `…联合公报 中华人民共和国国务院总理…会晤。 一
 * 两国总理…强调,…。`, a news site's report of a communiqué): the body's line holding two sentences or more is prose, as two lines
 * are (a title cut from the line, and a dateline before it, hold none).
 */
function pastedBody(text: TextLike, tree: SyntaxTree): boolean {
  for (let i = 1, n = Math.min(tree.lines.length, PASTED_BODY_REACH); i < n; i++) {
    const l = tree.lines[i];
    if (l.kind !== 'text' || !l.glued) continue;
    let stops = 0;
    for (let p = l.contentStart; p < l.contentEnd && stops < 2; p++) if (text.charCodeAt(p) === 0x3002 /* 。 */) stops++;
    if (stops >= 2) return true;
  }
  return false;
}

/** The makers speaking at a joint text's opening, `我们,中华人民共和国和…(以下称“各方”)`, `我們,…國家元首/政府首腦…`. */
const WE_OPENING = /^(?:我们|我們)[，,]/;

/**
 * Whether a line before the first point, or the first point, opens with the makers' `我们,` (WE_OPENING): a joint statement or declaration
 * whose page gives no title (`我们,…相聚于…。` / … / `鉴此,我们:` / `一、重申…`), points agreed by the makers who speak.
 */
function weBeforePoints(text: TextLike, tree: SyntaxTree): boolean {
  for (const l of tree.lines) {
    // (Or the first point's words, `一、我們,…國家元首/政府首腦憶及…`.)
    if (l.kind === 'para') return l.rest !== undefined && WE_OPENING.test(text.slice(l.rest, l.rest + 3));
    if (l.kind === 'text' && WE_OPENING.test(text.slice(l.contentStart, l.contentStart + 3))) return true;
  }
  return false;
}

/** Two lines of another language's prose, the title's aside: forty characters or more, ended by a stop, a semicolon, a colon or a comma. */
function hasForeignProse(text: TextLike, tree: SyntaxTree, title: Title): boolean {
  return twoLines(tree, (l) => {
    if (l.start >= title.line.start && l.start <= title.lastLine.start) return false;
    const c = text.charCodeAt(l.contentEnd - 1);
    return (c === 0x2e || c === 0x3b || c === 0x3a || c === 0x2c) && l.contentEnd - l.contentStart >= 40;
  });
}

/** Whether two lines of text (not blank, a heading, a tag, a page break, a comment nor code) are `prose`. */
function twoLines(tree: SyntaxTree, prose: (l: Line) => boolean): boolean {
  let lines = 0;
  for (const l of tree.lines) {
    if (l.kind === 'blank' || l.kind === 'heading' || l.kind === 'tag' || l.kind === 'break' || l.kind === 'comment' || l.kind === 'code') continue;
    if (prose(l) && ++lines >= 2) return true;
  }
  return false;
}

function isHanCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

/** The part a chapter's label names before the chapter's own (`第四部 第八編` → `第四部`, syntax/lines.ts CHAPTER), canonical. */
function partBefore(text: TextLike, head: Line): string | undefined {
  if (!head.label || text.charCodeAt(head.label.start) !== 0x7b2c /* 第 */) return undefined;
  const m = PART_LABEL.exec(foldScript(text.slice(head.label.start, head.label.end)));
  if (!m) return undefined;
  const num = parseNumeral(m[1]);
  return num === undefined ? undefined : `第${formatChinese(num)}${m[2]}`;
}
const PART_LABEL = new RegExp(`^第[ \t\u3000]*([^ \t\u3000第]{1,12}?)[ \t\u3000]*(${alternation(PART_BEFORE_CHAPTER)})[ \t\u3000]+第`);

export function kindOf(normalizedTitle: string): string | undefined {
  const ending = endingKind(normalizedTitle);
  if (ending) return ending;
  const t = normalizedTitle.replace(/[（(][^）)]*[）)]$/, '');
  // A kind after the title's last 的, the head of its name, before one the words qualifying it name: `中国政府为香港特别行政区适用
  // 有关多边国际条约所作的声明和保留` is the government's declarations (声明), not a treaty.
  const of = t.lastIndexOf('的');
  if (of >= 0) for (const k of INSTRUMENT_KINDS) if (k.length > 1 && t.indexOf(k, of + 1) >= 0) return k;
  for (const k of INSTRUMENT_KINDS) if (k.length > 1 && t.includes(k)) return k;
  return undefined;
}

/** Removes every space, and markdown's escapes: `第 十 一 条` → `第十一条`, `1\.` → `1.`. */
function squeeze(s: string): string {
  return /[\s\u3000\\]/.test(s) ? s.replace(/[\s\u3000]+|\\(?=[!-/:-@[-`{-~])/g, '') : s;
}

/** The first words of a text, up to the first full stop and at most 24 characters. */
export function summarize(s: string): string {
  const clean = cleanTitle(s);
  const stop = clean.search(/[。；;：:]/);
  let out = stop >= 0 ? clean.slice(0, stop) : clean;
  if (out.length > 24) out = out.slice(0, 24) + '…';
  return out;
}

/** The first words of a paragraph or item, after its label, read across hard line breaks. `first`: its first content line, when the caller has it. */
export function summarizeBlock(text: TextLike, block: Block, first = firstContentLine(block)): string {
  if (!first) return '';
  // A markdown heading over the text (a preamble's `## 序言`) names it: the summary is of the text under it.
  if (first.kind === 'heading' && first.level) {
    const under = contentUnder(block, first);
    return under ? summarizeFrom(text, block, under) : '';
  }
  return summarizeFrom(text, block, first);
}

// The arrows of the slow paths below are in functions of their own: a function whose variables an
// arrow closes over allocates their context on every call, the arrow made or not (~60 bytes for each
// of the ten thousand summaries of a 1 MB treaty's outline, most of which take the fast path).

/** The first content line of `block` after `first`. */
function contentUnder(block: Block, first: Line): Line | undefined {
  let under: Line | undefined;
  everyLine(block, (l) => l.end <= first.end || !isContent(l) || ((under = l), false));
  return under;
}

/**
 * What the summary's fast path tells a code unit by, one lookup each (thousands of paragraphs and items
 * each summarized for the outline): SUMMARY_STOP, a full stop ending the summary (`。；;：:`); SUMMARY_SLOW,
 * markup and white space, which the slow path strips or trims (`<*_\`[\`, space, tab, U+3000, and what
 * `trim` drops besides: U+2003 em space, no-break space, line feed …).
 */
const SUMMARY_STOP = 1;
const SUMMARY_SLOW = 2;
const SUMMARY_CHARS = new Uint8Array(0x10000);
for (const c of [0x3002, 0xff1b, 0x3b, 0xff1a, 0x3a]) SUMMARY_CHARS[c] = SUMMARY_STOP;
for (const c of [0x3c, 0x2a, 0x5f, 0x60, 0x5b, 0x5c, 0x20, 0x09, 0x3000, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0xfeff]) SUMMARY_CHARS[c] = SUMMARY_SLOW;
for (let c = 0x0a; c <= 0x0d; c++) SUMMARY_CHARS[c] = SUMMARY_SLOW;
for (let c = 0x2000; c <= 0x200a; c++) SUMMARY_CHARS[c] = SUMMARY_SLOW;

/**
 * Whether the last summary `summarizeFrom` made was read by a fast path (its own loop or `summarizeJoined`), which stops
 * at every white space (SUMMARY_SLOW): words holding no white space, where `summaryWords` need not look for a first
 * sub-point's label glued on after it. Read right after the call that set it.
 */
let summarizedPlain = false;

function summarizeFrom(text: TextLike, block: Block, first: Line): string {
  summarizedPlain = true;
  const from = first.rest !== undefined && first.kind !== 'text' ? first.rest : first.contentStart;
  // Fast path: the first line alone holds a full stop within 24 plain characters.
  const end = Math.min(first.contentEnd, from + 25);
  let plain = true;
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    // (A CJK ideograph, most of a Chinese summary's characters, is neither a stop nor markup nor white space: told by its
    // range before the 64 KB table is read. The 1 MB outline's ~7,700 summaries, read right after the parse: 2–3 % of its
    // parse + outline's time, both builds alternated in one process; in a loop over the summaries alone, the table hot in
    // the cache, the test costs more than it saves — its gain is the table's lines no longer missed.)
    if (c >= 0x3400 && c < 0xa000) continue;
    const k = SUMMARY_CHARS[c];
    if (k === 0) continue;
    if (k === SUMMARY_STOP) return text.slice(from, i);
    // Markup, and white space (the slow path trims it: an em space indenting a pasted paragraph).
    plain = false;
    break;
  }
  // 25 plain characters and no full stop: the summary is their first 24.
  if (plain && end - from === 25) return text.slice(from, from + 24) + '…';
  // Fewer, plain: a line a width broke, read on over the next in place.
  const joined = plain ? summarizeJoined(text, block, first, from) : undefined;
  if (joined !== undefined) return joined;
  summarizedPlain = false;
  return summarizeLines(text, block, first, from);
}

/**
 * `summarizeLines`' answer read in place when the first line is short, plain and holds no full stop — a paragraph a width
 * broke (`双方开展边防合作,致力于把中哈国界建成和平、` / `安定和友好的边界。`, a PDF's or a page's hard wrap): the same lines, character by
 * character, to the first full stop or the 25th character, nothing joined, cleaned or searched (`summarize` on the joined
 * words cost as much as all the fast path's summaries of the bench's 1 MB outline). Undefined, for the slow path, where a
 * character before that is one `cleanTitle` strips or trims (SUMMARY_SLOW) or reads as a bracket or a mark (`^`, `【`, `［`):
 * past the 25th nothing `cleanTitle` does moves the summary's characters, as none of its patterns starts there.
 */
function summarizeJoined(text: TextLike, block: Block, first: Line, from: number): string | undefined {
  let out = '';
  let read = 0;
  let done: string | undefined;
  let slow = false;
  everyLine(block, (l) => {
    if (l.end <= from) return true;
    if (l !== first && l.kind !== 'text') return true;
    const start = Math.max(from, l.contentStart);
    const end = Math.min(l.contentEnd, start + 80);
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      const k = SUMMARY_CHARS[c];
      if (k === SUMMARY_STOP) done = out + text.slice(start, i);
      else if (k === SUMMARY_SLOW || c === 0x5e /* ^ */ || c === 0x3010 /* 【 */ || c === 0xff3b /* ［ */) slow = true;
      else if (++read === 25) done = out + text.slice(start, i) + '…';
      else continue;
      return false;
    }
    out += text.slice(start, end);
    return true;
  });
  return slow ? undefined : done ?? out;
}

/** The slow path of `summarizeFrom`: the first words from `from`, read across the block's text lines, trimmed and cut. */
function summarizeLines(text: TextLike, block: Block, first: Line, from: number): string {
  let out = '';
  everyLine(block, (l) => {
    if (l.end <= from) return true;
    if (l !== first && l.kind !== 'text') return true;
    const start = Math.max(from, l.contentStart);
    out += text.slice(start, Math.min(l.contentEnd, start + 80));
    return out.length < 60;
  });
  return summarize(out);
}

/** The key of an article number: `第十条之一` → `10/1`, `第十条` → `10/`. */
export function articleKey(num: number | undefined, sub?: number): string {
  return `${num}/${sub ?? ''}`;
}

/**
 * The article with the given number (and sub-number), if any. `at`, the offset of the reference:
 * in an exchange of notes, `第一条` written in a note is that note's point `一、` (the first note's
 * without `at`).
 */
export function findArticle(treaty: Treaty, num: number, sub?: number, at?: number): Article | undefined {
  if (at !== undefined && treaty.notes.length > 0 && sub === undefined) {
    const note = treaty.notes.find((n) => n.start <= at && at < n.end);
    const point = note?.points.find((p) => p.num === num);
    if (point) return point;
  }
  return articleNumbered(treaty, num, sub);
}

/** The first article numbered `num` (and `sub`) of a model or of an outline (model/outline.ts). */
export function articleNumbered<A extends ArticleShape>(holder: { readonly articles: readonly A[] }, num: number, sub?: number): A | undefined {
  // Every reference resolves through here (diagnostics resolve them all): look up, don't scan.
  let byNumber = articleIndex.get(holder) as Map<string, A> | undefined;
  if (!byNumber) {
    byNumber = new Map();
    for (const a of holder.articles) {
      const key = articleKey(a.num, a.sub);
      if (!byNumber.has(key)) byNumber.set(key, a); // the first of repeated numbers, as a scan would find
    }
    articleIndex.set(holder, byNumber);
  }
  return byNumber.get(articleKey(num, sub));
}

const articleIndex = new Memo<object, Map<string, ArticleShape>>();

/**
 * How an article is read, apart from its words and numbers: whether it has a caption, how many paragraphs, how many items
 * in each. An edit that only renames or renumbers keeps it; one that makes a line read otherwise (a heading's text read as
 * its caption, paragraphs run together) does not.
 */
export function articleLayout(a: Article): string {
  return `${a.caption === undefined ? '' : 'caption'}|${a.paragraphs.map((p) => p.items.length).join(',')}`;
}

/** The innermost article containing the offset. */
export function articleAt(treaty: Treaty, offset: number): Article | undefined {
  const list = treaty.articles;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const a = list[mid];
    if (offset < a.start) hi = mid - 1;
    else if (offset >= a.end) lo = mid + 1;
    else return a;
  }
  return undefined;
}

/**
 * The articles whose labels a fixed width broke inside (`…安全间隔。 第七十` / `三条 未配备…`: syntax/lines.ts `brokenLabel`),
 * which the parser does not read as articles — the label lies across two lines — though they are there: each one's number and
 * the offset its label starts at (its `第`), in the article before it, numbered between that article's and the next one's.
 * Renumbering and rename refuse while the text holds one (features/renumber.ts): an article so broken would keep its number.
 * Read once per model (the checks, renumbering and consolidation ask again and again).
 */
export const brokenArticleLabels = perModel((treaty: Treaty): readonly BrokenLabel[] => {
  const out: BrokenLabel[] = [];
  const { text, articles } = treaty;
  const { lines } = treaty.tree;
  for (let k = 0; k < articles.length; k++) {
    const a = articles[k];
    if (a.num === undefined) continue;
    const bound = articles[k + 1]?.num;
    // No number between this article's and the next one's (`第七条` then `第八条`, most articles): no label of one broken
    // in it, its lines not read (a broken label's number is a whole numeral's). Every model's articles were read line by
    // line for this (the checks ask of every text): 0.4 % of treaty-check's CPU over LawRefBook/Laws and the 5,000.
    if (bound !== undefined && Math.floor(a.num) + 1 >= bound) continue;
    let last = a.num;
    for (let i = lastStartingAt(lines, a.head.start); i < lines.length - 1 && lines[i + 1].start < a.end; i++) {
      const n = brokenLabel(text, lines[i], lines[i + 1]);
      if (n === undefined || n <= last || (bound !== undefined && n >= bound)) continue;
      out.push({ num: n, start: text.lastIndexOf('第', lines[i].contentEnd) });
      last = n;
    }
  }
  return out;
});

/** An article label a width broke over two lines: the article's number and where its `第` stands. */
export interface BrokenLabel {
  num: number;
  start: number;
}
