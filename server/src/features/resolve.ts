// Where a reference points: shared by definition, hover, references, links and diagnostics.
import { Article, ArticleShape, Chapter, Treaty, articleAt, articleNumbered, inlineItems, kindOf, normalizeTitle, treatyText } from '../model/treaty';
import { CitedChapterReference, OwnUnitReference, chapterNamed, chapterReferenceAt, citedChapterAt, ownUnitAt, resolveAt, unitHereAt } from '../model/chapterReferences';
import { OutlineArticle } from '../model/outline';
import { ArticleReference, ArticleTarget, Citation, Reference, newCitation, referencesOf, resolveInTreaty, shortFormParts } from '../model/references';
import { compareDates, dateAgrees } from '../model/info';
import { foldScript } from '../syntax/script';
import { stackedName, LANGUAGE_REMARK, FINAL_CHAPTERS, HOME_STATE, HOME_STATE_EN, LAW_KIND, LAW_KINDS, foreignKind, PART_JOINTS, PART_KINDS, STATES, State, amendingTitle, draftOfTitle, issuedAs, issuerDropped, partParentTitle, stateNamedAtEnd, stateOf } from '../syntax/words';
import { Definition } from '../model/definitions';
import { partyOrderFreeKey } from '../model/parties';
import { Resolved, Snapshot, Uses, Workspace, chosenByDate } from '../index/workspace';
import { FeatureContext } from './context';
import { Memo } from '../syntax/memo';
import { startsPast } from '../syntax/numerals';
import { LineMap } from '../syntax/positions';
import { Line } from '../syntax/tree';
import { impliedReferences, namesParent, partParent } from './amendedArticles';

export type Target =
  | { kind: 'article'; snapshot: Snapshot; treaty: Treaty; article: Article; start: number; end: number; missing?: 'paragraph' | 'item' }
  | { kind: 'document'; snapshot: Snapshot; treaty: Treaty; dateAgrees?: boolean }
  | { kind: 'term'; snapshot: Snapshot; definition: Definition };

export type Unresolved =
  | { kind: 'no-such-article'; num: number; citation?: Citation; in?: Snapshot }
  /** `shape`: the article as its document's outline has it (read without the model); `article`: the model's. */
  | { kind: 'no-such-paragraph' | 'no-such-item'; article: Article; shape: ArticleShape; in: Snapshot }
  | { kind: 'no-such-document'; citation: Citation };

/** Resolves a reference made in `from`. Returns a target, or why there is none. */
export function resolve(ctx: FeatureContext, ref: Reference): Target | Unresolved | undefined {
  const { workspace: index, snapshot: from } = ctx;
  switch (ref.kind) {
    case 'self':
      // Uncertain: another text's words (quoted, or 本协定 in a protocol to that agreement), not this text — but in a part of an
      // agreement, its 本协定 is the agreement, when the workspace holds it (partOfTarget).
      return ref.uncertain ? partOfDocument(ctx, ref) : { kind: 'document', snapshot: from, treaty: ctx.treaty };
    case 'term': {
      const d = ctx.treaty.definitions[ref.definition];
      return d ? { kind: 'term', snapshot: from, definition: d } : undefined;
    }
    case 'citation': {
      const r = cachedTarget(ctx, ref.citation);
      // A draft naming the instrument it is a draft of (`《世卫组织大流行协定》各缔约方` under `《世卫组织大流行协定》草案`), or a
      // text published under its issuer's name for it (`《最高人民法院关于…的安排》…现予公布` above `…的安排`): itself.
      if (!r && namesOwnInstrument(ctx, ref.citation)) return { kind: 'document', snapshot: from, get treaty() { return ctx.treaty; } };
      if (!r) return { kind: 'no-such-document', citation: ref.citation };
      // The cited document's model is read only by a feature that asks for it (diagnostics do not).
      return new CitedDocument(index, r.snapshot, r.dateAgrees);
    }
    case 'article':
      if (ref.citation) return citedArticle(ctx, ref.citation, ref.target);
      // Another text's article that no citation names (the new text an amendment writes): not this text's.
      // (But `本协定第三条` in a protocol or a memorandum that is part of the agreement is the agreement's, when the workspace holds it.)
      if (ref.elsewhere) return partOfTarget(ctx, ref);
      return resolvedHere(ctx, ref.target, ref.start) ?? missingHere(ctx, ref.target);
  }
}

/**
 * The citation names the instrument this text's title says it is a draft of, or this text with its issuer's `…关于` before: read in the title as the index keys it
 * (`titleKey`), not the snapshot's `info`, which after a keystroke would read the whole text again — every reference,
 * every date — before the first definition.
 */
function namesOwnInstrument(ctx: FeatureContext, c: Citation): boolean {
  const title = ctx.snapshot.titleKey;
  // Or its own title as its issuer publishes it (`《最高人民法院关于…的安排》…现予公布` above `…的安排`), or without the issuer its
  // title names (`《關於內地與香港…的安排》` in the court's notice under `最高人民法院關於內地與香港…的安排`), in the notice above its
  // first article: in its articles, those words name the instrument it replaces (`最高人民法院2012年12月20日发布的
  // 《关于适用…的解释》…同时废止`, the last article of the interpretation of 2021).
  if (title === undefined) return false;
  if (draftTitled(ctx.snapshot, title) === c.normalized || (title.length >= 8 && issuedAs(c.normalized, title))) return true;
  if (c.normalized.length < 8) return false;
  // (Each reading below holds above the first article alone; the model read last: treaty-check's finishing resolves a
  // document's citations with no model built.)
  const aboveArticles = () => {
    const first = ctx.treaty.articles[0];
    return first !== undefined && c.start < first.start;
  };
  // Or its title without the remark naming its text's language (`…的条约（中文本）`), cited so above its first article (the NPC's
  // decision over the treaty it ratifies: `批准…签署的《…的条约》`).
  if (LANGUAGE_REMARK.test(title) && title.replace(LANGUAGE_REMARK, '') === c.normalized) return aboveArticles();
  // Or its title set stacked on a gazette's page (its parties one a line: `中華人民共和國澳門特別行政區馬里共和國互免簽證的協定`), which
  // the order publishing it names with the joining word the layout left out (`《…澳門特別行政區與馬里共和國…》`), above its first article.
  if (c.normalized !== title && stackedName(c.normalized) === stackedName(title) && aboveArticles()) return true;
  return issuerDropped(c.normalized, title) && aboveArticles();
}

/**
 * `draftOfTitle` of the snapshot's title (`titleKey`), read once a snapshot: each citation no document answers asked it
 * of the same title (treaty-check's finishing of LawRefBook/Laws: ~20,000 citations, `draftOfTitle` 0.5 % of the run).
 */
function draftTitled(snapshot: Snapshot, title: string): string | undefined {
  let d = draftTitles.get(snapshot);
  if (d === undefined) {
    draftTitles.set(snapshot, (d = draftOfTitle(title) ?? null));
    draftTitleStats.read++;
  }
  return d ?? undefined;
}
const draftTitles = new Memo<Snapshot, string | null>();
/** How many titles `draftTitled` has read (for the tests: once a snapshot, whatever its citations). */
export const draftTitleStats = { read: 0 };

/**
 * An article of this text (an article reference without a citation), found in this text alone;
 * undefined when this text has no such article (see `missingHere`).
 */
export function resolvedHere(ctx: FeatureContext, target: ArticleTarget, at?: number): Target | Unresolved | undefined {
  // A text whose chapters number their articles from 第一条 again: the article of the chapter the reference names or stands in.
  const hit = at !== undefined ? (inDuplicate(ctx.treaty, target, at) ?? resolveAt(ctx.treaty, target, at)) : resolveInTreaty(ctx.treaty, target);
  if (!hit) return undefined;
  const inline = hit.missing === 'item' ? inlineItemOf(ctx.treaty, hit.article, target) : undefined;
  if (inline) return { kind: 'article', snapshot: ctx.snapshot, treaty: ctx.treaty, article: hit.article, start: inline.start, end: inline.end };
  if (hit.missing) return { kind: hit.missing === 'paragraph' ? 'no-such-paragraph' : 'no-such-item', article: hit.article, shape: hit.article, in: ctx.snapshot };
  return { kind: 'article', snapshot: ctx.snapshot, treaty: ctx.treaty, article: hit.article, start: hit.start, end: hit.end };
}

/**
 * The item a target names among those its paragraph runs in its line (model/treaty.ts `inlineItems`: `二、协助应包括:(一)…;
 * (二)…;(三)…。`), which the model reads as no items: `第一条第二款第（三）项`, or `第一条第（三）项` of an article with one
 * such list. To the last item named for `前两项`/`第（一）项至第（三）项`.
 */
function inlineItemOf(treaty: Treaty, article: Article, target: ArticleTarget): { start: number; end: number } | undefined {
  if (target.item === undefined) return undefined;
  const text = treatyText(treaty);
  const n = target.paragraph;
  const named = n === undefined ? undefined : (article.paragraphs.find((x) => (x.num ?? x.index) === n) ?? article.paragraphs[n - 1]);
  const ps = n === undefined ? article.paragraphs : named ? [named] : [];
  const lists = ps.map((p) => inlineItems(text, p)).filter((l) => l.length > 0);
  if (lists.length !== 1) return undefined;
  const it = lists[0].find((x) => x.num === target.item);
  if (!it) return undefined;
  const last = target.lastItem !== undefined ? lists[0].find((x) => x.num === target.lastItem) : it;
  return last && { start: it.start, end: Math.max(it.end, last.end) };
}

/**
 * Two articles numbered alike (one inserted as 第二条 before the 第二条 that follows, before renumbering): a reference
 * standing in one of them naming that number (`第一款` of its own article, written bare) is that one's, not the
 * first's — renumbering then moves it with its article instead of refusing it as retargeted.
 */
function inDuplicate(treaty: Treaty, target: ArticleTarget, at: number): ReturnType<typeof resolveInTreaty<Article>> | undefined {
  const own = articleAt(treaty, at);
  if (!own || own.num !== target.num || own.sub !== target.sub || articleNumbered(treaty, target.num, target.sub) === own) return undefined;
  return resolveInTreaty({ numbered: (num: number, sub?: number) => (num === own.num && sub === own.sub ? own : undefined) }, target);
}

/**
 * An article of another instrument. Documents sharing the cited one's title are parts of one law
 * (`中华人民共和国民法典`, one file per book) or its versions (`刑法.md`, `刑法(2020-12-26).md`):
 * the article is looked for in each, the one the citation's date names first. Missing from all of
 * several, or from a version made after the citing text was first written (which cites the articles
 * as they were numbered then), it is not known to be wrong: nothing is said.
 */
function citedArticle(ctx: FeatureContext, c: Citation, target: ArticleTarget): Target | Unresolved | undefined {
  const { workspace: index, snapshot: from } = ctx;
  const r = cachedTarget(ctx, c);
  if (!r) return { kind: 'no-such-document', citation: c };
  let first: { snapshot: Snapshot; hit: ReturnType<typeof resolveInTreaty<OutlineArticle>> } | undefined;
  const candidates = candidatesOf(ctx, c, r.snapshot);
  // (The first candidate is the cited document unless the citation's date names other versions.)
  // Each is read in its outline, kept with its info: no model is built to resolve the reference.
  for (const snapshot of candidates) {
    const hit = resolveInTreaty(snapshot.outline, target);
    if (hit && !hit.missing) return outlineTarget(index, snapshot, hit);
    first ??= { snapshot, hit };
  }
  // A text citing its own title cites an earlier version of itself (`《国务院关于修订〈…实施条例〉第八十条第三款的通知》`).
  if (!first || candidates.length > 1 || first.snapshot === from || writtenBefore(from, first.snapshot)) return undefined;
  const { snapshot, hit } = first;
  if (!hit) return { kind: 'no-such-article', num: target.num, citation: c, in: snapshot };
  return outlineMiss(index, snapshot, hit.article, hit.missing!);
}

/**
 * The chapter or section named at `offset`: of this text (`本协定第十七章`, `第一节至第十一节`), or of another instrument the
 * workspace holds (`《矿山安全法》第六章`, `citedChapter`); `start`–`end` the words naming it. Definition, hover and references
 * read it.
 */
export function chapterTargetAt(ctx: FeatureContext, offset: number): { start: number; end: number; snapshot: Snapshot; treaty: Treaty; chapter: Chapter } | undefined {
  const named = chapterReferenceAt(ctx.treaty, offset);
  if (named) return { start: named.start, end: named.end, snapshot: ctx.snapshot, treaty: ctx.treaty, chapter: named.chapter };
  const cited = citedChapterAt(ctx.treaty, offset);
  const there = cited && citedChapter(ctx, cited);
  if (there) return { start: cited!.start, end: cited!.end, ...there };
  const own = ownBookUnitAt(ctx, offset);
  if (own?.chapter) return { start: own.start, end: own.end, snapshot: own.snapshot, treaty: own.treaty, chapter: own.chapter };
  // (Or the unit holding the words: `违反本章规定的`.)
  const here = own ? undefined : unitHereAt(ctx.treaty, offset);
  return here?.chapter && { start: here.start, end: here.end, snapshot: ctx.snapshot, treaty: ctx.treaty, chapter: here.chapter };
}

/**
 * A unit of another instrument named in the text (`《矿山安全法》第六章`, `该公约第十一部分`): that chapter, section or part in
 * the workspace's copy — in the first of its versions that has it, those the citation's date names first, as an article is
 * looked for (`citedArticle`) — or undefined when the workspace holds no copy, or none with the unit.
 */
export function citedChapter(ctx: FeatureContext, ref: CitedChapterReference): { snapshot: Snapshot; treaty: Treaty; chapter: Chapter } | undefined {
  const r = cachedTarget(ctx, ref.citation);
  if (!r) return undefined;
  const candidates = candidatesOf(ctx, ref.citation, r.snapshot);
  const book = ref.within?.unit === '编' ? ref.within.num : ref.book;
  const found = book !== undefined ? inBook(ctx, candidates, book, ref) : undefined;
  if (found) return found;
  for (const snapshot of candidates) {
    const treaty = snapshot === ctx.snapshot ? ctx.treaty : ctx.workspace.model(snapshot);
    const chapter = chapterNamed(treaty, ref);
    if (chapter) return { snapshot, treaty, chapter };
  }
  return undefined;
}

/**
 * `民法典第二编第六章` (`第三编第二分编第二十章`) where the workspace keeps the code one file per book with no `第二编` label (`# 中华人民共和国民法典` /
 * `# 物权编`, from 第二百零五条: parts of one text, sameText): the books are its parts in the order of their articles, the
 * second part is 第二编, and the unit is looked for in it. Nothing when a part labels its own 编 (the label is the answer)
 * or the text has fewer parts.
 */
function inBook(ctx: FeatureContext, candidates: readonly Snapshot[], book: number, ref: { unit: string; num: number; within?: { unit: string; num: number } }): { snapshot: Snapshot; treaty: Treaty; chapter: Chapter } | undefined {
  const part = bookParts(ctx, candidates)?.[book - 1];
  if (!part) return undefined;
  const { snapshot, treaty } = part;
  const chapter = chapterNamed(treaty, { unit: ref.unit, num: ref.num, within: ref.within?.unit === '编' ? undefined : ref.within });
  return chapter && { snapshot, treaty, chapter };
}

/**
 * The books of a code the workspace keeps one file per book with no `第N编` label (of `candidates`, the files of its title: the
 * parts of one text, sameText), in the order of their articles — the N-th is 第N编 —, not its supplementary provisions (`# 附则`,
 * words.ts FINAL_CHAPTERS: the 民法典's 附则 follows its seven books, no 第八编); undefined when a part labels its own 编.
 */
function bookParts(ctx: FeatureContext, candidates: readonly Snapshot[]): { snapshot: Snapshot; treaty: Treaty }[] | undefined {
  const models = partsOf(ctx, candidates);
  if (models.some((m) => m.treaty.chapters.some((c) => c.unit === '编'))) return undefined;
  const isBook = (t: Treaty) => {
    const head = bookHeading(t);
    return !head || !FINAL_CHAPTERS.includes(foldScript(treatyText(t).slice(head.contentStart, head.contentEnd)).replace(/[#＃\s\u3000]/g, ''));
  };
  return models.filter((m) => isBook(m.treaty));
}

/** Of `candidates`, the files that are parts of one text (sameText), each with its model, in the order of their articles. */
function partsOf(ctx: FeatureContext, candidates: readonly Snapshot[]): { snapshot: Snapshot; treaty: Treaty }[] {
  const parts = candidates.filter((s) => candidates.some((o) => o !== s && sameText(s, o)));
  const models = parts.map((snapshot) => ({ snapshot, treaty: snapshot === ctx.snapshot ? ctx.treaty : ctx.workspace.model(snapshot) }));
  return models.sort((a, b) => firstNumber(a.treaty) - firstNumber(b.treaty));
}

/**
 * The files of the text `ctx`'s document is one part of (a code kept one file per book, its 附则 too: the files of its title that
 * are parts of one text), in the order of their articles, `ctx`'s among them; undefined for a text kept as one file.
 */
export function textParts(ctx: FeatureContext): { snapshot: Snapshot; treaty: Treaty }[] | undefined {
  const candidates = titleFiles(ctx) ?? [];
  if (candidates.length < 2) return undefined;
  const parts = partsOf(ctx, candidates);
  return parts.some((p) => p.snapshot === ctx.snapshot) ? parts : undefined;
}

/** The words of the heading naming a part of a text kept by part, under its title (`合同编`, `附则`), or undefined. */
export function partName(treaty: Treaty): string | undefined {
  const head = bookHeading(treaty);
  return head && treatyText(treaty).slice(head.contentStart, head.contentEnd).replace(/^[#＃\s\u3000]+/, '').trim();
}

/** The heading naming a book of a code kept one file per book, under the code's title (`# 合同编`), or undefined. */
function bookHeading(treaty: Treaty): Line | undefined {
  const title = treaty.title;
  if (!title) return undefined;
  const first = treaty.articles[0]?.start ?? Infinity;
  return treaty.tree.lines.find((l) => l.start >= title.lastLine.end && l.start < first && l.kind === 'heading');
}

/**
 * A whole book of such a code named at `offset` (`民法典第三编的规定`, no unit after it; `bookParts`): its file, and the heading
 * naming the book under the code's title (`# 合同编`) — or the title's line when there is none —, from which the book runs to
 * the file's end. Definition and hover read it where no chapter is named (`chapterTargetAt`).
 */
export function citedBookAt(ctx: FeatureContext, offset: number): { start: number; end: number; snapshot: Snapshot; treaty: Treaty; head: Line; num: number } | undefined {
  const cited = citedChapterAt(ctx.treaty, offset);
  // (Or named with the code's own words from another of its books: `本法第三编` in 物权编's file.)
  const own = cited ? undefined : ownBookUnitAt(ctx, offset);
  const found = cited ? citedBook(ctx, cited) : own && !own.chapter ? own : undefined;
  const head = found && (bookHeading(found.treaty) ?? found.treaty.title?.line);
  if (head) return { ...found!, head };
  // (Or `本编` in a book's file, which has no 编 heading of its own: the book it is, `thisBook`.)
  const here = cited || own ? undefined : unitHereAt(ctx.treaty, offset);
  const book = here && here.unit === '编' && !here.chapter ? thisBook(ctx) : undefined;
  return book && { start: here!.start, end: here!.end, snapshot: ctx.snapshot, treaty: ctx.treaty, ...book };
}

/** The book a unit of another instrument named in the text is when it names a book of such a code alone (`民法典第三编`; `bookParts`): its file and number, the words naming it. */
export function citedBook(ctx: FeatureContext, cited: CitedChapterReference): { start: number; end: number; snapshot: Snapshot; treaty: Treaty; num: number } | undefined {
  if (cited.unit !== '编' || cited.within || cited.part) return undefined;
  const r = cachedTarget(ctx, cited.citation);
  const part = r && bookParts(ctx, candidatesOf(ctx, cited.citation, r.snapshot))?.[cited.num - 1];
  return part && { start: cited.start, end: cited.end, ...part, num: cited.num };
}

/**
 * A unit the text names with its own words (`ownUnitAt`) that stands in another of its files: a code kept one file per book
 * (`bookParts` of the files of its title) naming a book (`本法第三编`, 物权编 第二百八十五条) or a unit of one (`本法第一编第六章`,
 * 合同编 第五百零八条) from another book's file — the book's file and its number, and the unit (none for a book alone).
 */
function ownBookUnitAt(ctx: FeatureContext, offset: number): { start: number; end: number; snapshot: Snapshot; treaty: Treaty; num: number; chapter?: Chapter } | undefined {
  const own = ownUnitAt(ctx.treaty, offset);
  return own && ownBookUnit(ctx, own);
}

/** `ownBookUnitAt` for the words `own` (`ownUnits`: find references reads a book's in each of the code's files). */
export function ownBookUnit(ctx: FeatureContext, own: OwnUnitReference): { start: number; end: number; snapshot: Snapshot; treaty: Treaty; num: number; chapter?: Chapter } | undefined {
  const alone = own.unit === '编' && !own.within;
  const book = alone ? own.num : own.within?.unit === '编' ? own.within.num : own.book;
  const files = book === undefined ? undefined : titleFiles(ctx);
  if (book === undefined || !files) return undefined;
  const there = alone ? bookNumbered(ctx, book) : inBook(ctx, files, book, own);
  return there && { start: own.start, end: own.end, ...there, num: book };
}

/**
 * Book `n` of the code `ctx`'s document is a book of, the code kept one file per book (`bookParts` of the files of its title):
 * its file. `本法第三编` names it (`ownBookUnit`), and completion after `本法第一编第` offers its chapters.
 */
export function bookNumbered(ctx: FeatureContext, n: number): { snapshot: Snapshot; treaty: Treaty } | undefined {
  return codeBooks(ctx)?.[n - 1];
}

/** The files of the code `ctx`'s document is a file of, kept one file per book (`bookParts` of the files of its title), in its order. */
function codeBooks(ctx: FeatureContext): { snapshot: Snapshot; treaty: Treaty }[] | undefined {
  const files = titleFiles(ctx);
  return files && bookParts(ctx, files);
}

/** The workspace's files of `ctx`'s document's title, the document's among them (a code kept one file per book: its books); undefined when it has none. */
function titleFiles(ctx: FeatureContext): readonly Snapshot[] | undefined {
  const title = ctx.snapshot.info.normalized;
  return title ? ctx.workspace.withTitle(title) : undefined;
}

/**
 * The book of such a code whose heading (`# 合同编` under the code's title; `bookHeading`) holds `offset` in `ctx`'s document,
 * when the document is one of the code's books (`bookParts` of the files of its title): its number and heading. Find references
 * starts there as from `民法典第三编` (`citedBookAt`).
 */
export function bookHeadingAt(ctx: FeatureContext, offset: number): { num: number; head: Line } | undefined {
  const head = bookHeading(ctx.treaty);
  return head && offset >= head.start && offset <= head.eol ? thisBook(ctx) : undefined;
}

/** The book of such a code `ctx`'s document is (`bookParts` of the files of its title): its number and heading (`# 合同编`), or undefined. */
function thisBook(ctx: FeatureContext): { num: number; head: Line } | undefined {
  const head = bookHeading(ctx.treaty);
  if (!head) return undefined;
  const parts = codeBooks(ctx);
  const num = parts ? parts.findIndex((p) => p.snapshot === ctx.snapshot) + 1 : 0;
  return num > 0 ? { num, head } : undefined;
}

/** A part's place among its text's parts (bookParts): its first numbered article's number. */
const firstNumber = (t: Treaty) => t.articles.find((a) => a.num !== undefined)?.num ?? Infinity;

/**
 * Whether renumbering `home` from `before` to `after` moves it among the files its text is kept in by part (sameText; a code's
 * books, read in the order of their first articles by bookParts): `合同编`'s 第四百六十三条 renamed 第三条 puts it before 物权编, and
 * `民法典第二编第六章` would name a chapter of another file.
 */
export function movesAmongParts(index: Workspace, home: Snapshot, before: Treaty, after: Treaty): boolean {
  const [was, is] = [firstNumber(before), firstNumber(after)];
  if (was === is || !home.titleKey) return false;
  for (const s of index.withTitle(home.titleKey)) {
    if (s === home || !sameTitle(s, home) || !(sameText(s, home) || startsPast(is))) continue;
    const other = s.outline.firstNumber ?? 1;
    if (was < other !== is < other) return true;
  }
  return false;
}

/**
 * `本协定第十九条` in a text that is part of an agreement (its title the agreement's and a part's kind: `…协定的议定书`,
 * `…协定备忘录`, words.ts PART_KINDS): the agreement's article when the workspace holds a text of that title (the part's words
 * left out) — the article, or nothing: an agreement the workspace lacks, or lacking the article, is not said to be missing.
 */
function partOfTarget(ctx: FeatureContext, ref: ArticleReference): Target | undefined {
  const parent = parentNamed(ctx, ref.start, ref.labelStart);
  if (parent === undefined) return undefined;
  const r = citedArticle(ctx, newCitation(ref.start, ref.labelStart, parent, parent, undefined), ref.target);
  return r?.kind === 'article' ? r : undefined;
}

/** A part's `本协定` (uncertain: not the part itself): the agreement, when the workspace holds it; else nothing. */
function partOfDocument(ctx: FeatureContext, ref: { start: number; end: number }): Target | undefined {
  const parent = parentNamed(ctx, ref.start, ref.end);
  if (parent === undefined) return undefined;
  const r = cachedTarget(ctx, newCitation(ref.start, ref.end, parent, parent, undefined));
  return r ? new CitedDocument(ctx.workspace, r.snapshot, r.dateAgrees) : undefined;
}

/**
 * The agreement a part's self-word at `start`–`end` names (`本协定` in `…协定的议定书`: words.ts PART_KINDS, PART_OF), its title
 * normalized; undefined when this text is no part or the word is not the agreement's.
 */
function parentNamed(ctx: FeatureContext, start: number, end: number): string | undefined {
  const parent = partParent(ctx.treaty);
  return parent !== undefined && namesParent(ctx.treaty, start, end, parent) ? parent : undefined;
}

/**
 * A document whose model is read only when a feature asks for it (`treaty`; diagnostics do not). A class, its getter on
 * the prototype: an object literal with a getter cost a closure, its context and an accessor defined at run time a
 * citation resolved (treaty-check resolves each of its tens of thousands once).
 */
class LazyDocument {
  #model: Treaty | undefined;
  readonly #index: Workspace;
  constructor(index: Workspace, readonly snapshot: Snapshot) {
    this.#index = index;
  }
  get treaty(): Treaty {
    return (this.#model ??= this.#index.model(this.snapshot));
  }
}

/** Another document, cited. */
class CitedDocument extends LazyDocument {
  readonly kind = 'document' as const;
  constructor(index: Workspace, snapshot: Snapshot, readonly dateAgrees: boolean | undefined) {
    super(index, snapshot);
  }
}

/** An article found in a document's outline: the model's article, as the model, read only when a feature asks for it. */
class OutlineTarget extends LazyDocument {
  readonly kind = 'article' as const;
  readonly #at: number;
  constructor(index: Workspace, snapshot: Snapshot, at: number, readonly start: number, readonly end: number) {
    super(index, snapshot);
    this.#at = at;
  }
  get article(): Article {
    return this.treaty.articles[this.#at];
  }
}

function outlineTarget(index: Workspace, snapshot: Snapshot, hit: { article: OutlineArticle; start: number; end: number }): Target {
  return new OutlineTarget(index, snapshot, hit.article.at, hit.start, hit.end);
}

/** A paragraph or item missing from an article found in a document's outline (the model's article read only when asked for). */
function outlineMiss(index: Workspace, snapshot: Snapshot, shape: OutlineArticle, missing: 'paragraph' | 'item'): Unresolved {
  const at = shape.at;
  let model: Treaty | undefined;
  return { kind: missing === 'paragraph' ? 'no-such-paragraph' : 'no-such-item', shape, in: snapshot, get article() { return (model ??= index.model(snapshot)).articles[at]; } };
}

/**
 * A part of a longer text: its articles do not start at 第一条 (`中华人民共和国民法典` kept one file
 * per book, 合同编 from 第四百六十三条 on). Its `本法第一百四十二条` may be in another part: not
 * reported when missing (diagnostics.ts).
 */
export function isPart(treaty: Treaty): boolean {
  const first = treaty.articles.find((a) => a.num !== undefined);
  return first?.num !== undefined && startsPast(first.num);
}

/** An article of this text missing from it: in another part of its text (sameText), if any has it. */
function inOtherParts(ctx: FeatureContext, target: ArticleTarget): Target | undefined {
  const held = partHolding(ctx.workspace, ctx.snapshot, target);
  return held && outlineTarget(ctx.workspace, held.snapshot, held.hit);
}

/**
 * The other file of `home`'s text (its parts, sameText: a code's books) whose outline holds the article `target` names, with
 * it; undefined when none does. References resolve there (inOtherParts), completion offers its paragraphs (`本法第一百四十二条第`
 * in 合同编), and a renumbering may not give one of home's articles its number (`takenInOtherPart`).
 */
export function partHolding(index: Workspace, home: Snapshot, target: ArticleTarget): { snapshot: Snapshot; hit: NonNullable<ReturnType<typeof resolveInTreaty<OutlineArticle>>> } | undefined {
  const title = home.titleKey;
  if (!title) return undefined;
  for (const snapshot of index.withTitle(title)) {
    if (snapshot === home || !sameText(home, snapshot)) continue;
    const hit = resolveInTreaty(snapshot.outline, target);
    if (hit && !hit.missing) return { snapshot, hit };
  }
  return undefined;
}

/**
 * An article of `home` (a file of a text kept by part) renumbered from `before` to `after` to a number another file of the text
 * holds (`partHolding`: 合同编's last, 第九百八十八条, moved on by an article inserted, and 人格权编 opens with 第九百八十九条 — the
 * code numbers its articles through its books, and `本法第九百八十九条` would name either): that file and the article's new name.
 */
export function takenInOtherPart(index: Workspace, home: Snapshot, before: Treaty, after: Treaty): { snapshot: Snapshot; name: string } | undefined {
  // (Most texts are one file: no other of their title.)
  if (!home.titleKey || index.withTitle(home.titleKey).length < 2) return undefined;
  for (let i = 0; i < after.articles.length; i++) {
    const a = after.articles[i];
    const b = before.articles[i];
    if (a.num === undefined || (b !== undefined && b.num === a.num && b.sub === a.sub)) continue;
    const held = partHolding(index, home, { num: a.num, sub: a.sub });
    if (held) return { snapshot: held.snapshot, name: a.name };
  }
  return undefined;
}

/**
 * Two files of one text, its parts: the same title, and one of them starts past 第一条 (`合同编` from
 * 第四百六十三条). An article reference without a citation reaches from one to the other when its own
 * file lacks the article (inOtherParts). Two whole texts of one title (each from 第一条) are versions
 * of it — drafts, negotiation rounds — not parts: an article one lacks is not the other's.
 */
export function sameText(a: Snapshot, b: Snapshot): boolean {
  return sameTitle(a, b) && (startsPastFirst(a) || startsPastFirst(b));
}

/** Whether two files share a title: versions of one text, or its parts (sameText). */
export function sameTitle(a: Snapshot, b: Snapshot): boolean {
  return a.info.normalized !== undefined && a.info.normalized === b.info.normalized;
}

/** A part of a longer text, read from its outline (no model): its first numbered article is past 第一条 (isPart). */
function startsPastFirst(s: Snapshot): boolean {
  return startsPast(s.outline.firstNumber ?? 1);
}

/**
 * The documents whose references may resolve to `home` or its articles: `home` first, every
 * document citing it, and (`parts`) the other files of its text, whose `第三条` without a citation
 * reaches `home`'s when they lack it. Find All References, the lenses and renumbering search these.
 */
export function referringDocuments(index: Workspace, home: Snapshot, parts: boolean): Snapshot[] {
  const docs = new Set<Snapshot>([home]);
  const title = home.titleKey;
  if (title) {
    for (const s of index.citing(title)) docs.add(s);
    if (parts) for (const s of index.withTitle(title)) docs.add(s);
  }
  return [...docs];
}

/**
 * The references of `doc` (a document `referringDocuments` gave for `home`) that may resolve to `home` or its articles,
 * with their ranges: every reference of `home` itself and of its other parts, read off their models; of any other
 * document only its citations (`mayReach`), which it keeps when its model is dropped (`Snapshot.citing`: no model built).
 */
export function referencesReaching(doc: FeatureContext, home: Snapshot): Uses {
  const s = doc.snapshot;
  if (s !== home && !sameText(s, home)) {
    // And the articles it names without a 《》, when it is a decision amending home or a part of it (amendedArticles.ts
    // impliedReferences): its model is read for them, only then.
    const implied = mayImply(s, home) ? impliedReferences(doc) : [];
    if (!implied.length) return s.citing;
    const cited = s.citing;
    const n = cited.refs.length;
    const map = new LineMap(doc.treaty.tree.lines);
    return { refs: [...cited.refs, ...implied], range: (i) => (i < n ? cited.range(i) : map.range(implied[i - n].start, implied[i - n].end)) };
  }
  const refs = referencesOf(doc.treaty);
  const map = doc.lines;
  return { refs, range: (i) => map.range(refs[i].start, refs[i].end) };
}

/**
 * Whether `from` may name articles of `home` with no 《》 (amendedArticles.ts impliedReferences), read off its title alone: a
 * decision amending (`关于修改《…》的决定`: it cites home in its title, so is among home's citing documents), or a part of home
 * (partTexts).
 */
function mayImply(from: Snapshot, home: Snapshot): boolean {
  const key = from.titleKey;
  return key !== undefined && ((kindOf(key) === '决定' && amendingTitle(key)) || isPartTitleOf(key, home.titleKey));
}

/** `key` is a part's title of the text titled `home` (`…协定的议定书` of `…协定`: words.ts PART_KINDS, PART_OF). */
function isPartTitleOf(key: string, home: string | undefined): boolean {
  if (!home || key.length <= home.length || !key.startsWith(home)) return false;
  for (const kind of PART_KINDS) if (partParentTitle(key, kind) === home) return true;
  return false;
}

/**
 * The texts in the workspace that are parts of `home` — its protocol, its memorandum (`…协定的议定书`, `…协定备忘录`: home's title,
 * words.ts PART_JOINTS and a part's kind) — whose `本协定第三条` and bare `协定第三条` name home's articles though no 《》 cites it
 * (partOfTarget; amendedArticles.ts partArticleAt). Find references and the lenses read them as they read home's citing documents.
 */
export function partTexts(index: Workspace, home: Snapshot): Snapshot[] {
  const key = home.titleKey;
  const out: Snapshot[] = [];
  if (!key) return out;
  for (const kind of PART_KINDS) {
    for (const joint of PART_JOINTS) for (const s of index.withTitle(key + joint + kind)) if (s !== home && !out.includes(s) && isPartTitleOf(key + joint + kind, key)) out.push(s);
  }
  return out;
}

/** Whether an article reference made in `from` may resolve to an article of `home`: a citation, or a reference within one text (its file, or another part). */
export function mayReach(ref: { citation?: Citation }, from: Snapshot, home: Snapshot): boolean {
  return ref.citation !== undefined || from === home || sameText(from, home);
}

/**
 * What an article reference of this text resolves to when this text has no such article (`resolve`
 * then looks no further in this text): another part's article, or `no-such-article`. For a check
 * finished after every document is read (treaty-check), without this text's model.
 */
export function missingHere(ctx: FeatureContext, target: ArticleTarget): Target | Unresolved {
  return inOtherParts(ctx, target) ?? { kind: 'no-such-article', num: target.num, in: ctx.snapshot };
}

/** The cited document and the others of its title (its parts or versions), those the citation's date agrees with first. */
function candidatesOf(ctx: FeatureContext, c: Citation, cited: Snapshot): Snapshot[] {
  const title = cited.info.normalized;
  const all = [cited, ...(title ? ctx.workspace.withTitle(title).filter((s) => s !== cited && s !== ctx.snapshot) : [])];
  const date = c.date;
  if (!date) return all;
  // A date the citation gives narrows the candidates to the versions it names: one whose dates or
  // version (the last date of its record of adoption and amendments) agree.
  const agreeing = all.filter((s) => dateAgrees(date, s.info.dates) || (s.info.version !== undefined && dateAgrees(date, [{ ...s.info.version, source: 'heading' }])));
  return agreeing.length ? agreeing : all;
}

/**
 * Whether the citing text was first written before the cited text's version: it cites articles as they
 * were numbered before — an amendment of the citing text since rewrites the articles it changes, not
 * the references the others make (a judicial interpretation of 2006 amended in 2020 still cites
 * `反不正当竞争法第十条第三款` of the law of 1993, its 第九条 since 2017).
 */
function writtenBefore(from: Snapshot, cited: Snapshot): boolean {
  const a = from.info.adopted ?? from.info.version;
  const b = cited.info.version;
  return !!a && !!b && compareDates(a, b) < 0;
}

/**
 * Joint statements and communiqués share their titles (`中华人民共和国和哈萨克斯坦共和国联合声明`
 * of 1993, 1995, 1996 …): a dated citation of one whose date no same-titled document has
 * names another statement, not in the workspace — not a wrong date.
 */
const REPEATED_TITLES = new Set(['联合声明', '联合公报', '联合新闻公报', '声明', '公报']);

/**
 * Citations resolved in one feature context, by what they say: a law citing `刑法第X条` a hundred
 * times looks the name up once (each lookup may read every title of the workspace).
 */
const targets = new Memo<FeatureContext, { byKey: Map<string, Resolved | undefined>; byCitation: Map<Citation, Resolved | undefined> }>();

function cachedTarget(ctx: FeatureContext, c: Citation): Resolved | undefined {
  let memo = targets.get(ctx);
  if (!memo) targets.set(ctx, (memo = { byKey: new Map(), byCitation: new Map() }));
  // By the citation itself first: a citation and the article references after it that name it (`《…》第四条`)
  // share one object, looked up again without its key made (a string of its titles and date, hashed a lookup).
  // (Each map asked once, `has` only when the answer is undefined: most citations resolve.)
  const seen = memo.byCitation;
  let r = seen.get(c);
  if (r !== undefined || seen.has(c)) return r;
  const d = c.date;
  const key = `${c.short ? 's' : ''}${c.bare ? 'b' : ''}${c.quoted ? 'q' : ''}|${c.title}|${c.normalized}|${d ? `${d.year}-${d.month ?? ''}-${d.day ?? ''}` : ''}`;
  const byKey = memo.byKey;
  r = byKey.get(key);
  if (r === undefined && !byKey.has(key)) byKey.set(key, (r = citationTarget(ctx.workspace, c, ctx.snapshot)));
  seen.set(c, r);
  return r;
}

/** A snapshot's title folded to simplified characters, once per snapshot (snapshots never change). */
const foldedTitles = new Memo<Snapshot, string>();
function foldedTitle(s: Snapshot): string {
  let t = foldedTitles.get(s);
  if (t === undefined) foldedTitles.set(s, (t = foldScript(s.titleKey ?? '')));
  return t;
}

function citationTarget(index: Workspace, c: Citation, from: Snapshot): Resolved | undefined {
  const r = index.resolveCitation(c, from.uri) ?? (c.short ? shortFormTarget(index, c, from) : c.bare ? bareNameTarget(index, c, from) : homeLawTarget(index, c, from) ?? reorderedTarget(index, c, from));
  if (r && r.dateAgrees === false && REPEATED_TITLES.has(kindOf(c.normalized) ?? '')) return undefined;
  return r;
}

/**
 * A short form names its parties and kind, not the full title: `中英联合声明` is
 * `中华人民共和国政府和大不列颠及北爱尔兰联合王国政府关于香港问题的联合声明`. A document whose
 * title names those parties and ends with that kind (and whose date agrees, when one is
 * written) is the one cited: one naming them in the order written first, else one naming them
 * in another (`哈中联合声明`, the other party's text naming itself first, as a title may: `reorderedTarget`).
 */
function shortFormTarget(index: Workspace, c: Citation, from: Snapshot): Resolved | undefined {
  const parts = shortFormParts(c.title);
  if (!parts) return undefined;
  let reordered: Snapshot | undefined;
  for (const s of index.treaties()) {
    if (s === from) continue;
    const title = foldedTitle(s).replace(/[（(][^）)]*[）)]$/, '');
    if (!title.endsWith(parts.kind)) continue;
    if (c.date && !dateAgrees(c.date, s.info.dates)) continue;
    let at = 0;
    if (parts.names.every((n) => (at = title.indexOf(n, at)) >= 0)) return { snapshot: s, dateAgrees: c.date ? true : undefined };
    if (!reordered && parts.names.every((n) => title.includes(n))) reordered = s;
  }
  return reordered && { snapshot: reordered, dateAgrees: c.date ? true : undefined };
}

/**
 * A title citing the parties in the other order (`《美利坚合众国和中华人民共和国关于建立外交关系的联合公报》`, as the other
 * party's text names the communiqué the workspace holds as `中华人民共和国和美利坚合众国…`): the document whose title names
 * the same parties and, after them, the same words. Among several, the one whose date agrees, as a title resolves.
 */
function reorderedTarget(index: Workspace, c: Citation, from: Snapshot): Resolved | undefined {
  const name = foldScript(c.normalized);
  const key = partyOrderFreeKey(name, kindOf(name));
  if (key === undefined) return undefined;
  const { all, table } = titleTableOf(index);
  return chosenByDate((table.byParties.get(key) ?? NO_PLACES).map((i) => all[i]).filter((s) => s !== from), c);
}

/**
 * A name written without brackets (`香港特别行政区基本法第一条`, `民法第九十九条`) ends with a
 * title, or with the title without the state that opens it (`中华人民共和国` left out: `刑法` is
 * `中华人民共和国刑法`); words before it are the sentence's (`人民法院依照刑事诉讼法`). The document
 * whose title (so read) is the longest such ending is the one named. A name that only shares an
 * ending with a title names another law (`物权法` is not `著作权法`, `合同法` not `劳动合同法`), and
 * so does a name whose words before that ending name another state than the title's
 * (`俄罗斯联邦宪法`, `美国宪法`, `乙王国宪法` are not `中华人民共和国宪法`; see `sameState`).
 */
function bareNameTarget(index: Workspace, c: Citation, from: Snapshot): Resolved | undefined {
  const name = foldScript(c.normalized);
  const kind = kindOf(name) ?? '';
  const shortest = Math.max(kind.length, 1);
  const { all, table } = titleTableOf(index);
  // Each ending of the name looked up, longest first: the first that titles a document (whole, or without its state)
  // names it. Of files whose titles end the name as long (one law's versions or parts), the first by URI, as the title
  // in brackets resolves (`withTitle`), not the first opened.
  for (let length = name.length; length > shortest; length--) {
    const ending = name.slice(name.length - length);
    const before = name.slice(0, name.length - length);
    let best: Snapshot | undefined;
    // The whole title written: a name of its state unless the words before name another. Its state left out: the home state's.
    for (const i of table.byTitle.get(ending) ?? NO_PLACES) {
      const s = all[i];
      const e = table.endings[i]!;
      if (s !== from && (!best || s.uri < best.uri) && sameState(before, e.own, e.own)) best = s;
    }
    for (const i of table.byStateless.get(ending) ?? NO_PLACES) {
      const s = all[i];
      if (s !== from && (!best || s.uri < best.uri) && sameState(before, table.endings[i]!.state, HOME_STATE)) best = s;
    }
    if (best) return { snapshot: best, dateAgrees: undefined };
  }
  return undefined;
}

/**
 * A law's title in brackets that names no state (`《土地管理法》`, `《森林法实施条例》`) and no document's whole title: the
 * home state's law of that title (`中华人民共和国土地管理法`), as a bare name is (`bareNameTarget`) — the whole name,
 * no words of a sentence before it. Of several (one law's versions), the first by URI.
 */
function homeLawTarget(index: Workspace, c: Citation, from: Snapshot): Resolved | undefined {
  // A law's English title without its state (`《Foreign Investment Law》` in a Chinese note): the title with it, as the NPC's
  // translations write it (`HOME_STATE_EN`), looked up once.
  if (/^[A-Za-z]/.test(c.normalized)) {
    if (foreignKind(c.title) !== LAW_KIND) return undefined;
    const found = index.withTitle(normalizeTitle(`${c.title} ${HOME_STATE_EN}`)).find((s) => s !== from);
    return found ? { snapshot: found, dateAgrees: undefined } : undefined;
  }
  const name = foldScript(c.normalized);
  if (name.length < 2 || !LAW_KINDS.has(kindOf(name) ?? '')) return undefined;
  const { all, table } = titleTableOf(index);
  let best: Snapshot | undefined;
  for (const i of table.byStateless.get(name) ?? NO_PLACES) {
    const s = all[i];
    if (table.endings[i]!.state === HOME_STATE && s !== from && (!best || s.uri < best.uri)) best = s;
  }
  return best ? { snapshot: best, dateAgrees: undefined } : undefined;
}

/**
 * Whether a bare name whose words before a title's ending are `before` (`俄罗斯联邦` of
 * `俄罗斯联邦宪法`) is of the title's state. A title is of the state it opens with, else the home
 * state's; the name is of the state those words name, else `unnamed`: the title's own when the
 * whole title is written, the home state's when the ending is the title without its state
 * (`宪法`, `我国宪法`, `中国宪法` are China's; `俄罗斯联邦宪法`, `乙王国宪法` are not).
 */
function sameState(before: string, titleState: State | undefined, unnamed: State | undefined): boolean {
  return (stateNamedAtEnd(before) ?? unnamed ?? HOME_STATE) === (titleState ?? HOME_STATE);
}

/** A served treaty's folded title, the state it opens with (`own`), and that title without the full name of its state (`withoutState`: `state`, if any), each read once. */
interface Ending {
  title: string;
  own: State | undefined;
  stateless: string;
  state?: State;
  /** The title read without the order of its parties (`partyOrderFreeKey`), when it names two. */
  parties: string | undefined;
}

/**
 * The served treaties' titles, by their places in `treaties()`: each folded title (`中华人民共和国刑法`), and the title
 * without the full name of the state it opens with (`刑法`), to the places of the documents so titled. A bare name looks
 * each of its endings up (a few dozen lookups), not every title ending with its last character — the thousand laws
 * ending in 法, for each name a law cites. Made once per `titles()` of the workspace: a keystroke, which makes a new
 * list of the same titles in the same places, keeps it.
 */
interface TitleTable {
  endings: (Ending | undefined)[];
  byTitle: Map<string, number[]>;
  /** Only titles that open with a state's name. */
  byStateless: Map<string, number[]>;
  /** Titles naming two parties or more, by the parties whatever their order (`partyOrderFreeKey`). */
  byParties: Map<string, number[]>;
}

const NO_PLACES: readonly number[] = [];

const titleTables = new Memo<object, TitleTable>();

function titleTableOf(index: Workspace): { all: readonly Snapshot[]; table: TitleTable } {
  const all = index.treaties();
  const key = index.titles();
  let table = titleTables.get(key);
  if (!table) {
    table = { endings: new Array<Ending | undefined>(all.length), byTitle: new Map(), byStateless: new Map(), byParties: new Map() };
    for (let i = 0; i < all.length; i++) {
      const e = endingOf(all[i]);
      table.endings[i] = e;
      if (!e) continue;
      place(table.byTitle, e.title, i);
      if (e.state) place(table.byStateless, e.stateless, i);
      if (e.parties !== undefined) place(table.byParties, e.parties, i);
    }
    titleTables.set(key, table);
  }
  return { all, table };
}

function place(m: Map<string, number[]>, key: string, i: number): void {
  const places = m.get(key);
  if (places) places.push(i);
  else m.set(key, [i]);
}

/**
 * A served treaty's `Ending`, read once per snapshot (a new state of the workspace makes the table again, every other
 * document's snapshot the same).
 */
const endings = new WeakMap<Snapshot, Ending | null>();

function endingOf(s: Snapshot): Ending | undefined {
  let e = endings.get(s);
  if (e === undefined) {
    const title = foldedTitle(s);
    e = title.length === 0 ? null : { title, own: stateOf(title), ...withoutState(title), parties: partyOrderFreeKey(title, kindOf(title)) };
    endings.set(s, e);
  }
  return e ?? undefined;
}

/** A title without the full name of the state it opens with, and that state: `中华人民共和国刑法` → `刑法`. */
function withoutState(title: string): { stateless: string; state?: State } {
  for (const st of STATES) if (st.full && title.startsWith(st.full)) return { stateless: title.slice(st.full.length), state: st };
  return { stateless: title };
}

export function isTarget(t: Target | Unresolved | undefined): t is Target {
  return t !== undefined && (t.kind === 'article' || t.kind === 'document' || t.kind === 'term');
}
