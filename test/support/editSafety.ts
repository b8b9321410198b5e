// Edit safety as a property: apply a WorkspaceEdit the server proposes to a
// workspace and say what, if anything, it broke. Used by test/unit/safety-edits.
//
// Checked: the edit targets only documents of the workspace; its text edits stay
// inside their documents, split no surrogate pair or CRLF, and do not overlap;
// applied, they change nothing outside their ranges (checked against an
// independent implementation, vscode-languageserver-textdocument); every
// document keeps its number of articles; every reference in every document still
// resolves to the same thing as before (the same article of the same document,
// the same paragraph or item text), or to nothing before and after — told apart: no
// known text named (`nothing`), or a named text without the article, paragraph or
// item (`no such article: … has no 第9条`); every reference to a chapter names the chapter of the same caption, one to
// another instrument's chapter (`民法典第二编第六章`) the same text's chapter of the same caption, or nothing before and after. A violation names the reference as
// written, its line, before and after the edit.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { contextOf } from '../../server/src/features/context';
import { TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { WorkspaceIndex } from '../../server/src/index/workspace';
import { LineMap } from '../../server/src/syntax/positions';
import { referencesOf } from '../../server/src/model/references';
import { chapterReferences, citedChapters } from '../../server/src/model/chapterReferences';
import { Treaty, articleAt } from '../../server/src/model/treaty';
import { citedChapter, resolve } from '../../server/src/features/resolve';

/** What every reference of every document resolves to, as comparable strings. */
export type Meanings = Map<string, string[]>;

/**
 * What an article's text says, apart from what proposed edits may change in it:
 * numbers (a renumbering), punctuation width, self-references and the quotation marks around a
 * defined term (quick fixes), HTML comments, an item's bracketed label (numbering.item-gap writes in a lost one: the item
 * is that number's by its place already) and what was left of it, a bracket with no partner, and the form of a name of
 * the parties (`缔约双方`, `双方`, `缔约方`: term.variant writes the defined one for another, features/termVariants.ts).
 * A self-word `本…协定` holds no other 本 (`资本应在本协定`: the self-word is `本协定`, not `本应在本协定`).
 */
const HALF = /[,;:?!()]/g;
const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };
/** Quotation marks, one as another: the quick fixes make a definition's marks the text's (term.quote-mixed). */
const QUOTES = /[“”「」『』‘’＂"]/g;
export const mask = (s: string) =>
  // HTML comments (the suppression quick fix inserts one above a line) are no part of the text.
  s.replace(/<!--[\s\S]*?-->/g, '').replace(QUOTES, '"').replace(/\s+/g, '').replace(/(?:缔约|締約)[双雙各]?方|[双雙各]方/g, '⊕').replace(HALF, (c) => FULL[c]).replace(/本(?:(?!本)[\u4e00-\u9fff]){0,4}?(?:协议|协定|条约|公约|议定书|宪章)/g, '本#').replace(/[0-9０-９〇零○一二两三四五六七八九十百千万]+/g, '#').replace(/\s+/g, '').replace(/（#）/g, '')
    // What is left of a label half deleted (`（经贸事项；`, `#）经贸事项；`): a bracket with no partner, replaced by the label written in.
    .replace(/（#?(?![^（）]*）)|#?）/g, (m, at: number, all: string) => (unpaired(all, at, m) ? '' : m));

/**
 * Whether the bracket match `m` at `at` in `s` has no partner: an opening one no closing one answers (counted, nested
 * pairs and all), or a closing one no opening one before it.
 */
function unpaired(s: string, at: number, m: string): boolean {
  let depth = 0;
  if (m.startsWith('（')) {
    for (let k = at + 1; k < s.length; k++) {
      if (s[k] === '（') depth++;
      else if (s[k] === '）' && depth-- === 0) return false;
    }
    return true;
  }
  const close = at + m.length - 1;
  for (let k = close - 1; k >= 0; k--) {
    if (s[k] === '）') depth++;
    else if (s[k] === '（' && depth-- === 0) return false;
  }
  return true;
}

/**
 * A text with each phrase a defined term stands for written as the term (the term.long-form fix does that: the meaning stays),
 * in one pass, the longest phrase first: a term written in is not read again as another term's phrase (垄断民事纠纷案件 and
 * 域名纠纷案件 both read as standing for 民事纠纷案件: not 垄断域名纠纷案件), nor a term that holds a phrase. Of two terms for one
 * phrase, the first defined.
 */
function shortForms(treaty: Treaty, s: string): string {
  let f = shortFormCache.get(treaty);
  if (!f) {
    const by = new Map<string, string>();
    for (const d of treaty.definitions) {
      const phrase = words(d.meaning);
      if (phrase.length >= 4 && !by.has(phrase)) by.set(phrase, d.term);
    }
    // A term holding its phrase (垄断民事纠纷案件 for 民事纠纷案件) is kept as written: it is no phrase in it.
    if (by.size) for (const d of treaty.definitions) if (d.term.length >= 2 && !by.has(words(d.term))) by.set(words(d.term), d.term);
    const phrases = [...by.keys()].sort((a, b) => b.length - a.length).map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const re = phrases.length ? new RegExp(phrases.join('|'), 'g') : undefined;
    // A phrase that cuts a defined term's use in two is no use of it: `（以下简称“委员会”）` typed inside `所称"AIT"` made 委员会
    // stand for `所称"A`, and the other copy's `所称"AIT"` was not to read `委员会IT"` (a rename of AIT there then said 第一条's
    // words had changed: SAFETY_RETOUCH=more TREATY_FC_SEED=86, session 48). The server's long forms look only after the
    // definition (draftingChecks.ts longForms); the oracle's, everywhere, must not cross a term.
    const terms = [...new Set(treaty.definitions.map((d) => words(d.term)).filter((x) => x.length >= 2))];
    f = (x: string) => (re ? words(x).replace(re, (m, at: number, all: string) => (cutsTerm(terms, all, at, at + m.length) ? m : by.get(m)!)) : x);
    shortFormCache.set(treaty, f);
  }
  return f(s);
}
const shortFormCache = new WeakMap<Treaty, (s: string) => string>();
/** Whether one of `terms` is written across `end` in `s`, starting inside `start`–`end` (the phrase there ends inside its use). */
function cutsTerm(terms: readonly string[], s: string, start: number, end: number): boolean {
  for (const t of terms) {
    for (let k = Math.max(start + 1, end - t.length + 1); k < end; k++) if (s.startsWith(t, k)) return true;
  }
  return false;
}
/**
 * Punctuation made full-width, as `mask` makes it, before phrases are matched: a phrase read twice, once before and once
 * after the punctuation was normalised in one of its places (`(1)在甲国` and `（1）在甲国`, a term defined twice in a
 * broken text), is one phrase. (HTML comments are no part of the text, as in `mask`: their `!` stays.)
 */
const width = (x: string) => x.replace(/<!--[\s\S]*?-->/g, '').replace(HALF, (c) => FULL[c]);
/**
 * A phrase and the text it is found in read as `width` reads them, white space out (as `mask` reads the text after): a
 * comment line the suppression fix puts between the lines of a definition's items (`(b)“国家”是指:` / `<!-- … -->` /
 * `(一)国家及其政府的各种机关;`, the ILC's draft articles, TREATY_FC_SEED=2718) leaves the phrase the words it was.
 */
const words = (x: string) => width(x).replace(/\s+/g, '');

export function meanings(index: WorkspaceIndex, only?: Set<string>): Meanings {
  const out: Meanings = new Map();
  for (const s of index.treaties()) {
    if (only && !only.has(s.uri)) continue;
    const treaty = index.model(s);
    const list: string[] = [];
    const where: number[] = [];
    for (const r of referencesOf(treaty)) {
      if (r.kind !== 'article' && r.kind !== 'citation') continue;
      if (r.kind === 'article' && r.relative) {
        // 本条, 前条, 前款 mean a place relative to where they are written (resolving them by
        // number would pick the first of two articles with the same number).
        const around = articleAt(treaty, r.start);
        list.push(`${r.relative} in #${around ? treaty.articles.indexOf(around) : -1}`);
        where.push(r.start, r.end);
        continue;
      }
      const t = resolve(contextOf(index, s), r);
      let what: string;
      // What it names when it names no article, said so a report is read at once: a reference read as naming no known text's
      // article (uncertain, another text's with no citation, a cited text holding it in none of its versions) is `nothing`; one
      // naming an article, paragraph or item its text does not have says which (a dangling reference keeps its number).
      if (!t) what = 'nothing (no known text is named)';
      else if (t.kind === 'no-such-article') what = `no such article: ${t.in?.uri ?? s.uri} has no 第${t.num}条`;
      else if (t.kind === 'no-such-paragraph' || t.kind === 'no-such-item') {
        const at = index.model(t.in).articles.indexOf(t.article);
        what = `no such ${t.kind === 'no-such-paragraph' ? 'paragraph' : 'item'}: ${t.in.uri}#${at} has no ${t.kind === 'no-such-paragraph' ? `paragraph ${r.kind === 'article' ? r.target.paragraph : '?'}` : `item ${r.kind === 'article' ? r.target.item : '?'}`}`;
      } else if (t.kind === 'no-such-document') {
        // The title a citation names a text by, its quotation marks one as another: a title is read with its marks out
        // (model/treaty.ts normalizeTitle), so term.quote-mixed making `（以下简称「委员会」）` typed inside a 《》 title `“委员会”`
        // leaves it naming the same text (SAFETY_RETOUCH=more TREATY_FC_SEED=1001, session 48).
        what = `no such document: 《${width(t.citation.title).replace(QUOTES, '"')}》`;
      }
      else if (t.kind === 'article') {
        const at = index.model(t.snapshot).articles.indexOf(t.article);
        // The label (whose number a renumbering changes) is not the article's content; the whole article is no paragraph of it
        // (its first paragraph may start on the heading's line or on the next: a label glued in a line read in or out of sequence).
        const whole = t.start === t.article.start;
        const from = whole ? t.article.label.end : t.start;
        const p = whole ? -1 : t.article.paragraphs.findIndex((x) => x.start <= t.start && t.start < x.end);
        what = `${t.snapshot.uri}#${at}¶${p}+${t.start - (t.article.paragraphs[p]?.start ?? t.start) > 0 ? 'item' : ''}:${mask(shortForms(t.treaty, t.treaty.text.slice(from, Math.max(from, t.end))))}`;
      } else if (t.kind === 'document') what = `doc ${t.snapshot.uri}`;
      else if (t.kind === 'term') what = `term ${t.definition.term}`;
      else what = `none ${(t as { kind: string }).kind}`;
      list.push(`${r.kind}${r.kind === 'article' ? (r.relative ?? '') + (r.range ?? '') : ''} → ${what}`);
      where.push(r.start, r.end);
    }
    // A reference to a chapter or section of the text (`本法第四章`, `依照第二章的规定`: model/chapterReferences.ts) names it by its
    // unit and caption, numbers masked: the chapter fixes (renumbering a run of chapters with their references, a lost first
    // chapter's heading written in) keep what each names. (The caption's first 16 characters: a caption a text glued its next
    // line to, `司法文书Article 2 每一缔约国…`, reads on to where an inserted article's heading stops it.)
    for (const c of chapterReferences(treaty)) {
      list.push(`chapter → ${c.chapter.unit}:${mask(c.chapter.caption ?? '(no caption)').slice(0, 16)}`);
      where.push(c.start, c.end);
    }
    // A unit of another instrument the text names (`《矿山安全法》第六章`, `民法典第二编第六章`: features/resolve.ts citedChapter, a
    // code kept one file per book read by inBook): the text, unit and caption it lands on, or nothing — as a chapter of this text.
    for (const c of citedChapters(treaty)) {
      const found = citedChapter(contextOf(index, s), c);
      list.push(`cited chapter → ${found ? `${found.snapshot.uri} ${found.chapter.unit}:${mask(found.chapter.caption ?? '(no caption)').slice(0, 16)}` : 'nothing'}`);
      where.push(c.start, c.end);
    }
    out.set(s.uri, list);
    written.set(list, { text: treaty.text, where });
  }
  return out;
}

/** Where each reference of a list `meanings` made is (its start and end in the text read): for a report, not compared. */
const written = new WeakMap<string[], { text: string; where: number[] }>();

/** Reference `i` of list `list` as written, for a report (`line 5 “第三条”`), or `?` when not known. */
function writtenAt(list: string[], i: number): string {
  const w = written.get(list);
  if (!w || 2 * i + 1 >= w.where.length) return '?';
  const start = w.where[2 * i];
  let line = 1;
  for (let k = w.text.indexOf('\n'); k >= 0 && k < start; k = w.text.indexOf('\n', k + 1)) line++;
  return `line ${line} “${w.text.slice(start, w.where[2 * i + 1]).replace(/\n/g, '⏎')}”`;
}

/** `a` cut to where it differs from `b`: its first 60 characters, then 60 from a little before the first difference. */
export function around(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i <= 100 ? a.slice(0, 120) : `${a.slice(0, 60)}…${a.slice(i - 20, i + 40)}`;
}

function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((l) => l.length);
}

/** Checks one text edit list against its document; returns what is wrong. */
export function checkTextEdits(text: string, edits: readonly TextEdit[]): string[] {
  const problems: string[] = [];
  const lens = lineLengths(text);
  const doc = TextDocument.create('file:///check', 'markdown', 1, text);
  const spans: [number, number][] = [];
  for (const e of edits) {
    for (const p of [e.range.start, e.range.end]) {
      if (p.line < 0 || p.line >= lens.length || p.character < 0 || p.character > lens[p.line]) problems.push(`position ${p.line}:${p.character} outside the document`);
    }
    const a = doc.offsetAt(e.range.start);
    const b = doc.offsetAt(e.range.end);
    if (b < a) problems.push(`range ends before it starts at ${e.range.start.line}:${e.range.start.character}`);
    for (const o of [a, b]) {
      const c = text.charCodeAt(o);
      if (c >= 0xdc00 && c <= 0xdfff) problems.push(`offset ${o} splits a surrogate pair`);
      if (text[o - 1] === '\r' && text[o] === '\n') problems.push(`offset ${o} splits a CRLF`);
    }
    spans.push([a, b]);
  }
  const sorted = [...spans].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  for (let i = 1; i < sorted.length; i++) if (sorted[i][0] < sorted[i - 1][1]) problems.push(`edits overlap at ${sorted[i][0]}`);
  return problems;
}

/** Applies edits by offsets, keeping everything outside their ranges. */
function applyByOffsets(text: string, edits: readonly TextEdit[]): string {
  const map = new LineMap(lineSplit(text));
  const list = edits.map((e) => ({ a: map.offsetAt(e.range.start), b: map.offsetAt(e.range.end), t: e.newText })).sort((x, y) => x.a - y.a);
  let out = '';
  let at = 0;
  for (const e of list) {
    out += text.slice(at, e.a) + e.t;
    at = e.b;
  }
  return out + text.slice(at);
}

// LineMap needs lines; the parser's are the reference.
import { splitLines } from '../../server/src/syntax/lines';
const lineSplit = (text: string) => splitLines(text);

/**
 * The fixes that make a paste read at all (a justified PDF's spaces, a page's HTML, U+2028 line breaks): what the
 * paste hid is read after them — references may be added, none may be lost or mean otherwise.
 */
export const COMPLETES_READING: ReadonlySet<string> = new Set(['text.letter-spaced', 'text.html', 'text.line-separators']);

/**
 * Applies `edit` to the workspace, checks it, and puts the workspace back.
 * `articleDelta`: how many articles the edit means to add (0 for every edit the server proposes).
 * `completesReading`: a fix of COMPLETES_READING — every reference read before is read after, in order and meaning
 * the same, and others may be read between them.
 * `same`: what is read after, made comparable with `before` (a renamed term written as before: renameTerm.test).
 */
export function checkWorkspaceEdit(index: WorkspaceIndex, edit: WorkspaceEdit, before: Meanings, articleDelta = 0, completesReading = false, same = (list: string[]) => list): string[] {
  const problems: string[] = [];
  if (edit.documentChanges) problems.push('documentChanges: the server only proposes text edits by URI');
  const changes = edit.changes ?? {};
  const saved: { uri: string; text: string; version: number; languageId?: string; title?: string }[] = [];
  for (const [uri, edits] of Object.entries(changes)) {
    const s = index.get(uri);
    if (!s || !index.isServed(s)) {
      problems.push(`edits a document outside the workspace: ${uri}`);
      continue;
    }
    const text = s.text;
    const p = checkTextEdits(text, edits);
    if (p.length) {
      problems.push(...p.map((x) => `${uri}: ${x}`));
      continue;
    }
    const mine = applyByOffsets(text, edits);
    const theirs = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), edits);
    if (mine !== theirs) problems.push(`${uri}: edits change text outside their ranges`);
    const articles = index.model(s).articles.length;
    saved.push({ uri, text, version: s.version, languageId: s.languageId, title: s.titleKey });
    const after = index.set(uri, theirs, s.version + 1, s.languageId);
    if (index.model(after).articles.length !== articles + articleDelta) problems.push(`${uri}: ${articles} articles became ${index.model(after).articles.length}`);
  }
  if (problems.length === 0 && saved.length > 0) {
    // What can change: the edited documents and the documents that cite them (by their old or new titles).
    const titles = new Set<string>();
    for (const x of saved) {
      if (x.title) titles.add(x.title);
      const t = index.get(x.uri)?.titleKey;
      if (t) titles.add(t);
    }
    const only = new Set(saved.map((x) => x.uri));
    for (const s of index.treaties()) if (s.info.cites.some((c) => titles.has(c))) only.add(s.uri);
    const now = meanings(index, only);
    for (const [uri, list] of before) {
      if (!only.has(uri)) continue;
      const read = now.get(uri);
      const other = read && same(read);
      if (!other) {
        problems.push(`${uri}: no longer a treaty`);
        continue;
      }
      if (completesReading) {
        // The references read before, a subsequence of those read after.
        let j = 0;
        for (const m of other) if (j < list.length && m === list[j]) j++;
        if (j < list.length) problems.push(`${uri}: reference ${j} meant ${list[j].slice(0, 120)}, not read so after`);
        continue;
      }
      if (other.length !== list.length) {
        // The first reference read otherwise, as written before and after.
        let i = 0;
        while (i < list.length && i < other.length && list[i] === other[i]) i++;
        const was = i < list.length ? `${writtenAt(list, i)}, ${list[i].slice(0, 120)}` : 'none';
        const now = i < other.length ? `${writtenAt(read, i)}, ${other[i].slice(0, 120)}` : 'none';
        problems.push(`${uri}: ${list.length} references became ${other.length}; the first read otherwise, ${i}: was ${was}, now ${now}`);
        continue;
      }
      for (let i = 0; i < list.length; i++) if (list[i] !== other[i]) problems.push(`${uri}: reference ${i}, ${writtenAt(list, i)} (after: ${writtenAt(read, i)}), meant ${around(list[i], other[i])}, now ${around(other[i], list[i])}`);
    }
  }
  for (const s of saved) index.set(s.uri, s.text, s.version, s.languageId);
  return problems;
}
