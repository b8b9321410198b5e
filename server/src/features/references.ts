// textDocument/references and textDocument/documentHighlight. The subject under
// the cursor — an article (its heading or a reference to it), an instrument (its
// title or a citation of it), a defined term, a chapter or section of the text
// (its heading or `本法第三章`), or a book of a code kept one file per book (its
// heading, `# 合同编`, or `民法典第三编`) — and every place that names it: in this
// document and, for articles, instruments, chapters and books, in every citing document.
import { DocumentHighlight, DocumentHighlightKind, Location, Range } from 'vscode-languageserver-types';
import { LineMap } from '../syntax/positions';
import { Reference, referencesOf } from '../model/references';
import { Article, Chapter, Treaty, articleAt } from '../model/treaty';
import { Line } from '../syntax/tree';
import { chapterReferences, citedChapters, ownUnits } from '../model/chapterReferences';
import { Snapshot } from '../index/workspace';
import { bookHeadingAt, chapterTargetAt, citedBook, citedBookAt, citedChapter, isTarget, mayReach, ownBookUnit, partTexts, referencesReaching, referringDocuments, resolve, sameText } from './resolve';
import { FeatureContext, contextOf } from './context';
import { referenceNear } from './amendedArticles';
import { Work, finish } from './work';

export type Subject =
  | { kind: 'article'; snapshot: Snapshot; article: Article }
  | { kind: 'document'; snapshot: Snapshot }
  | { kind: 'term'; snapshot: Snapshot; definition: number }
  | { kind: 'chapter'; snapshot: Snapshot; chapter: Chapter }
  /** A book of a code kept one file per book with no `第N编` label (resolve.ts `bookParts`): the file, its number, its heading. */
  | { kind: 'book'; snapshot: Snapshot; num: number; head: Line };

/** What the cursor is on, for references. */
export function subjectAt(ctx: FeatureContext, offset: number): Subject | undefined {
  const { snapshot, treaty } = ctx;
  // (As hover and definition read it: an amending decision's point, a protocol's bare `协定第三条`, the amended text's or the agreement's article.)
  const ref = referenceNear(ctx, offset);
  if (ref) {
    const t = resolve(ctx, ref);
    if (!isTarget(t)) return undefined;
    if (t.kind === 'article') return { kind: 'article', snapshot: t.snapshot, article: t.article };
    if (t.kind === 'document') return { kind: 'document', snapshot: t.snapshot };
    return ref.kind === 'term' ? { kind: 'term', snapshot, definition: ref.definition } : undefined;
  }
  const named = chapterTargetAt(ctx, offset);
  if (named) return { kind: 'chapter', snapshot: named.snapshot, chapter: named.chapter };
  const book = citedBookAt(ctx, offset);
  if (book) return { kind: 'book', snapshot: book.snapshot, num: book.num, head: book.head };
  const ownBook = bookHeadingAt(ctx, offset);
  if (ownBook) return { kind: 'book', snapshot, ...ownBook };
  const a = articleAt(treaty, offset);
  if (a && onHeading(a, offset)) return { kind: 'article', snapshot, article: a };
  const c = treaty.chapters.find((x) => offset >= x.label.start && offset <= x.label.end);
  if (c) return { kind: 'chapter', snapshot, chapter: c };
  const t = treaty.title;
  if (t && offset >= t.line.start && offset <= t.line.eol) return { kind: 'document', snapshot };
  const d = treaty.definitions.findIndex((x) => offset >= x.start && offset <= x.end);
  if (d >= 0) return { kind: 'term', snapshot, definition: d };
  return undefined;
}

/**
 * Whether the offset is on the article's heading: anywhere on its line, but on a law-style line (`第二条 本法所称…`), which
 * carries the first paragraph after the label, only up to the text (its words are text, not the heading).
 */
export function onHeading(a: Article, offset: number): boolean {
  const end = a.head.inlineBody && a.head.rest !== undefined ? Math.max(a.label.end, a.head.rest - 1) : a.head.eol;
  return offset >= a.head.start && offset <= end;
}

/** Every reference to the subject in one document (`doc`: that document's context), of `refs` (its references, or those that may reach the subject), by index. */
function referencesIn(doc: FeatureContext, subject: Subject, refs: readonly Reference[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < refs.length; i++) {
    const r = refs[i];
    if (subject.kind === 'term') {
      if (r.kind === 'term' && doc.snapshot === subject.snapshot && r.definition === subject.definition) out.push(i);
      continue;
    }
    // (A document's self-words: its own 本协定, and a part's 本协定 naming it — resolve's partOfDocument — not another's.)
    if (subject.kind === 'document' ? r.kind !== 'citation' && r.kind !== 'self' : r.kind !== 'article') continue;
    // Cheap filters before resolving: the number must match (or lie among 前两条's), and only citations reach other
    // documents, but for another part of the same text (resolve's inOtherParts: 合同编's 第一百四十二条).
    if (subject.kind === 'article' && r.kind === 'article' && (!covers(r, r.target.num, subject.article.num) || !mayReach(r, doc.snapshot, subject.snapshot))) continue;
    const t = resolve(doc, r);
    if (!isTarget(t) || t.snapshot !== subject.snapshot) continue;
    if (subject.kind === 'document' && t.kind === 'document') out.push(i);
    else if (subject.kind === 'article' && t.kind === 'article' && covers(r, t.article.num, subject.article.num, t.article.sub, subject.article.sub)) out.push(i);
  }
  return out;
}

/**
 * Whether an article reference reaches article `num` (之`sub`): the one it names, or one of the
 * articles `前两条` names, from the first (`first`, 之`firstSub`, as resolved) to the last.
 */
function covers(r: Reference, first: number | undefined, num: number | undefined, firstSub?: number, sub?: number): boolean {
  const last = r.kind === 'article' ? r.target.lastArticle : undefined;
  if (!last || first === undefined || num === undefined) return first === num && firstSub === sub;
  const at = (n: number, s?: number) => n + (s ?? 0) / 1000;
  return at(first, firstSub) <= at(num, sub) && at(num, sub) <= at(last.num, last.sub);
}

export function references(ctx: FeatureContext, offset: number, includeDeclaration: boolean): Location[] {
  return finish(referencesWork(ctx, offset, includeDeclaration));
}

/** References as work: one unit per document searched. */
export function* referencesWork(ctx: FeatureContext, offset: number, includeDeclaration: boolean): Work<Location[]> {
  const { workspace: index, snapshot, token } = ctx;
  const subject = subjectAt(ctx, offset);
  if (!subject) return [];
  const out: Location[] = [];
  const home = subject.snapshot;
  if (includeDeclaration) {
    const homeTreaty = index.model(home);
    const d = declarationOf(subject, homeTreaty);
    out.push({ uri: home.uri, range: new LineMap(homeTreaty.tree.lines).range(d.start, d.end) });
  }
  // The subject's own document first, then every document citing it, and for an article the
  // other parts of its text (one file per part), which refer to it without a citation.
  if (subject.kind === 'chapter' || subject.kind === 'book') {
    // A chapter: the text's own words naming it, then those of every document citing the text (`《矿山安全法》第六章`). A book:
    // the words of every document citing the code naming the book alone (`民法典第三编`).
    if (subject.kind === 'chapter') {
      const map = new LineMap(index.model(home).tree.lines);
      for (const r of chapterReferences(index.model(home))) if (r.chapter === subject.chapter) out.push({ uri: home.uri, range: map.range(r.start, r.end) });
    }
    // (A book's: and the words of the code's own files, its other books' and its own, `本法第五编`.)
    for (const doc of referringDocuments(index, home, subject.kind === 'book')) {
      if (token.isCancellationRequested) break;
      if (doc === home && subject.kind === 'chapter') continue;
      const there = doc === snapshot ? ctx : contextOf(index, doc, token);
      for (const r of subject.kind === 'book' ? bookNaming(there, subject) : citedNaming(there, subject)) out.push({ uri: doc.uri, range: there.lines.range(r.start, r.end) });
      yield;
    }
    return out;
  }
  // (And the texts that are parts of its text — a protocol, a memorandum — naming its articles with no 《》, and it as 本协定.)
  const parts = subject.kind === 'term' ? [] : partTexts(index, home);
  const docs = subject.kind === 'term' ? [home] : withParts(referringDocuments(index, home, subject.kind === 'article'), parts);
  for (const doc of docs) {
    if (token.isCancellationRequested) break;
    // References to a document from the document itself (本协议) are not "citations".
    if (subject.kind === 'document' && doc === home) continue;
    const there = doc === snapshot ? ctx : contextOf(index, doc, token);
    // (Of a document that only cites it, the citations it keeps: its model is not built again. Of a part, for the
    // document, every reference: its 本协定 are no citations.)
    const uses = subject.kind === 'document' && parts.includes(doc) ? everyReference(there) : referencesReaching(there, home);
    for (const i of referencesIn(there, subject, uses.refs)) out.push({ uri: doc.uri, range: uses.range(i) });
    yield;
  }
  return out;
}

export function documentHighlights(ctx: FeatureContext, offset: number): DocumentHighlight[] {
  const { snapshot, treaty } = ctx;
  const subject = subjectAt(ctx, offset);
  if (!subject) return [];
  const map = ctx.lines;
  const out: DocumentHighlight[] = [];
  if (subject.snapshot === snapshot) {
    const d = declarationOf(subject, treaty);
    out.push({ range: map.range(d.start, d.end), kind: DocumentHighlightKind.Write });
  }
  if (subject.kind === 'chapter' || subject.kind === 'book') {
    const uses = subject.kind === 'book' ? bookNaming(ctx, subject) : subject.snapshot === snapshot ? chapterReferences(treaty).filter((r) => r.chapter === subject.chapter) : citedNaming(ctx, subject);
    for (const r of uses) out.push({ range: map.range(r.start, r.end), kind: DocumentHighlightKind.Read });
    return out;
  }
  const refs = referencesOf(treaty);
  const uses = subject.kind === 'document' && subject.snapshot === snapshot
    ? refs.filter((r) => r.kind === 'self')
    : referencesIn(ctx, subject, refs).map((i) => refs[i]);
  for (const r of uses) out.push({ range: map.range(r.start, r.end), kind: DocumentHighlightKind.Read });
  return out;
}

/** The words of a document (`doc`: its context) naming another's chapter or section (`《矿山安全法》第六章`). */
function citedNaming(doc: FeatureContext, subject: Extract<Subject, { kind: 'chapter' }>): { start: number; end: number }[] {
  return citedChapters(doc.treaty).filter((r) => r.num === subject.chapter.num && r.unit === subject.chapter.unit && citedChapter(doc, r)?.chapter === subject.chapter);
}

/**
 * The words of `doc` naming book `subject` alone (`民法典第三编`: resolve.ts `citedBook`), as `citedNaming` reads a chapter's, and
 * in a file of the code itself its own words (`本法第五编` in 人格权编: resolve.ts `ownBookUnit`), in order.
 */
function bookNaming(doc: FeatureContext, subject: Extract<Subject, { kind: 'book' }>): { start: number; end: number }[] {
  const cited = citedChapters(doc.treaty).filter((r) => r.num === subject.num && citedBook(doc, r)?.snapshot === subject.snapshot);
  if (doc.snapshot !== subject.snapshot && !sameText(doc.snapshot, subject.snapshot)) return cited;
  const own = ownUnits(doc.treaty).filter((r) => r.unit === '编' && !r.within && r.num === subject.num && ownBookUnit(doc, r)?.snapshot === subject.snapshot);
  return own.length ? [...cited, ...own].sort((a, b) => a.start - b.start) : cited;
}

/** Every reference of a document, with its ranges. */
function everyReference(doc: FeatureContext): { refs: readonly Reference[]; range: (i: number) => Range } {
  const refs = referencesOf(doc.treaty);
  return { refs, range: (i) => doc.lines.range(refs[i].start, refs[i].end) };
}

/** `docs` and then each of `parts` not among them. */
export function withParts(docs: Snapshot[], parts: readonly Snapshot[]): Snapshot[] {
  for (const p of parts) if (!docs.includes(p)) docs.push(p);
  return docs;
}

function declarationOf(subject: Subject, treaty: Treaty): { start: number; end: number } {
  if (subject.kind === 'article') return subject.article.label;
  if (subject.kind === 'chapter') return subject.chapter.label;
  if (subject.kind === 'book') return { start: subject.head.contentStart, end: subject.head.contentEnd };
  if (subject.kind === 'term') {
    const d = treaty.definitions[subject.definition];
    return { start: d.start, end: d.end };
  }
  return treaty.title ? { start: treaty.title.start, end: treaty.title.end } : { start: 0, end: 0 };
}
