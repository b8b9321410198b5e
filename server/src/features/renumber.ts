// Renumbering that updates every reference: the "renumber articles" quick fix
// (1, 2, 3 … in document order) and textDocument/rename of one article. Each
// number is rewritten in the style it was written in: 第十二条, 第 十 二 条, 第12条.
import { TextEdit, WorkspaceEdit, Range } from 'vscode-languageserver-types';
import { LineMap } from '../syntax/positions';
import { parseNumeral } from '../syntax/numerals';
import { formatNumber } from '../model/clauses';
import { Reference, referencesOf } from '../model/references';
import { Article, Treaty } from '../model/treaty';
import { Snapshot, WorkspaceIndex } from '../index/workspace';
import { resolve } from './resolve';
import { subjectAt } from './references';

const NUMBER_IN_LABEL = /(第[ \t\u3000]*)([0-9０-９〇零一二两三四五六七八九十百千 \t\u3000]+?)([ \t\u3000]*条)/;

/** Writes `n` the way `written` (a numeral as it appears in the text) is written. */
export function styleLike(written: string, n: number): string {
  const bare = written.trim();
  // `第 十 一 条`: characters spaced out.
  return written.replace(bare, formatNumber(n, { arabic: /^[0-9０-９ ]+$/.test(bare), spaced: /\S[ \t\u3000]\S/.test(bare) }));
}

/** The edit that rewrites the first `第N条` at or after `from` (and before `to`) to number `n`. */
function numberEdit(text: string, map: LineMap, from: number, to: number, n: number): TextEdit | undefined {
  const m = NUMBER_IN_LABEL.exec(text.slice(from, to));
  if (!m) return undefined;
  const start = from + m.index + m[1].length;
  const end = start + m[2].length;
  if (parseNumeral(m[2]) === n) return undefined;
  return { range: map.range(start, end), newText: styleLike(m[2], n) };
}

/** References in `treaty` (made from `doc`) that name an article of `home`, with that article. */
function referencesTo(index: WorkspaceIndex, doc: Snapshot, treaty: Treaty, home: Snapshot): { ref: Extract<Reference, { kind: 'article' }>; article: Article }[] {
  const out: { ref: Extract<Reference, { kind: 'article' }>; article: Article }[] = [];
  for (const r of referencesOf(treaty)) {
    if (r.kind !== 'article' || r.relative) continue;
    if (doc === home && r.citation) continue;
    if (doc !== home && !r.citation) continue;
    const t = resolve(index, doc, r);
    if (t?.kind === 'article' && t.snapshot === home) out.push({ ref: r, article: t.article });
  }
  return out;
}

/**
 * Renumbers every article 1, 2, 3 … in document order (`第十条之一` keeps its place
 * after its base) and rewrites every reference in the document to follow its article.
 */
export function renumberArticles(index: WorkspaceIndex, snapshot: Snapshot): TextEdit[] {
  const treaty = snapshot.treaty;
  if (treaty.tree.unitStyle !== 'article') return [];
  const text = treaty.text;
  const map = new LineMap(treaty.tree.lines);
  const next = new Map<Article, number>();
  let n = 0;
  for (const a of treaty.articles) {
    if (a.sub === undefined || n === 0) n++;
    next.set(a, n);
  }
  const edits: TextEdit[] = [];
  for (const a of treaty.articles) {
    const e = numberEdit(text, map, a.label.start, a.label.end, next.get(a)!);
    if (e) edits.push(e);
  }
  for (const { ref, article } of referencesTo(index, snapshot, treaty, snapshot)) {
    const e = numberEdit(text, map, ref.labelStart, ref.labelEnd, next.get(article)!);
    if (e) edits.push(e);
  }
  return sortAndCheck(edits);
}

/** Where a rename can start: an article heading or a reference to an article. */
export function prepareRename(index: WorkspaceIndex, snapshot: Snapshot, offset: number): { range: Range; placeholder: string } | null {
  const subject = subjectAt(index, snapshot, offset);
  if (subject?.kind !== 'article' || subject.article.num === undefined) return null;
  const map = new LineMap(snapshot.treaty.tree.lines);
  const a = subject.snapshot === snapshot ? subject.article : undefined;
  const span = a && offset >= a.label.start && offset <= a.label.end ? a.label : referenceSpan(snapshot.treaty, offset);
  if (!span) return null;
  return { range: map.range(span.start, span.end), placeholder: subject.article.name };
}

function referenceSpan(treaty: Treaty, offset: number): { start: number; end: number } | undefined {
  const r = referencesOf(treaty).find((x) => x.kind === 'article' && x.labelStart <= offset && offset <= x.labelEnd);
  return r && r.kind === 'article' ? { start: r.labelStart, end: r.labelEnd } : undefined;
}

/**
 * Renames one article to a new number (`第十三条`, `13`, `十三`): its heading, and every
 * reference to it in this document and in every document that cites it.
 */
export function rename(index: WorkspaceIndex, snapshot: Snapshot, offset: number, newName: string): WorkspaceEdit | null {
  const subject = subjectAt(index, snapshot, offset);
  if (subject?.kind !== 'article') return null;
  const n = parseNumeral(newName.replace(/^第|条$/g, ''));
  if (n === undefined || n <= 0) return null;
  const home = subject.snapshot;
  const homeTreaty = index.model(home);
  const same = (a: Article) => a.num === subject.article.num && a.sub === subject.article.sub;
  const changes: Record<string, TextEdit[]> = {};
  const docs = new Set<Snapshot>([home]);
  if (homeTreaty.title) for (const d of index.citing(homeTreaty.title.normalized)) docs.add(d);
  for (const doc of docs) {
    const treaty = doc === snapshot ? snapshot.treaty : index.model(doc);
    const map = new LineMap(treaty.tree.lines);
    const edits: TextEdit[] = [];
    if (doc === home) {
      const a = treaty.articles.find(same);
      const e = a && numberEdit(treaty.text, map, a.label.start, a.label.end, n);
      if (e) edits.push(e);
    }
    for (const { ref, article } of referencesTo(index, doc, treaty, home)) {
      if (!same(article)) continue;
      const e = numberEdit(treaty.text, map, ref.labelStart, ref.labelEnd, n);
      if (e) edits.push(e);
    }
    if (edits.length) changes[doc.uri] = sortAndCheck(edits);
  }
  return { changes };
}

/** Edits in document order; overlapping edits would corrupt the text, so they are dropped. */
function sortAndCheck(edits: TextEdit[]): TextEdit[] {
  const before = (a: { line: number; character: number }, b: { line: number; character: number }) => a.line - b.line || a.character - b.character;
  edits.sort((a, b) => before(a.range.start, b.range.start));
  const out: TextEdit[] = [];
  for (const e of edits) {
    const last = out[out.length - 1];
    if (last && before(e.range.start, last.range.end) < 0) continue;
    out.push(e);
  }
  return out;
}
