// textDocument/hover: an article reference shows the article's text (shortened);
// a citation shows the instrument: title, date, place, parties, languages, entry
// into force and its file; a defined term shows what it stands for. Text taken
// from documents is escaped (plainText.ts): only our own markup is markdown.
import { Hover, MarkupKind } from 'vscode-languageserver-types';
import { Citation, Reference, referencesOf } from '../model/references';
import { Article, Treaty, kindOf, treatyText } from '../model/treaty';
import type { Definition } from '../model/term';
import { formatDate } from '../model/signing';
import { LAW_KINDS } from '../syntax/words';
import { formatChinese } from '../syntax/numerals';
import { Snapshot, fileNameOf } from '../index/workspace';
import { FeatureContext } from './context';
import { referenceNear } from './amendedArticles';
import { chapterTargetAt, citedBookAt, resolve } from './resolve';
import { ownAnnexAt } from './definition';
import { markdownEscape as esc } from './plainText';
import { msg } from './messages';
import { heldArticles, inTextWord, shownName, unitWordsOf } from './unitWords';

/** Longest article text shown in a hover (characters). */
const MAX_TEXT = 600;
/** Most places citing an instrument listed in its hover (the rest counted). */
const MAX_PLACES = 5;

export function hover(ctx: FeatureContext, offset: number): Hover | null {
  const { snapshot, treaty } = ctx;
  // The text's own annex (`本条例附件规定的范围`): its heading and its text, as an article's.
  const annex = ownAnnexAt(treaty, offset);
  if (annex) {
    const head = annex.head;
    const body = plain(treaty.text.slice(head.end, annex.annexEnd)).replace(/^#+[ \t]*/gm, '');
    return { contents: { kind: MarkupKind.Markdown, value: `**${esc(treaty.text.slice(head.contentStart, head.contentEnd))}**\n\n${escBody(shorten(body))}` }, range: ctx.lines.range(annex.start, annex.end) };
  }
  const ref = referenceNear(ctx, offset);
  if (!ref) return definitionHover(ctx, offset) ?? chapterHover(ctx, offset);
  const target = resolve(ctx, ref);
  if (!target) return null;
  const range = ctx.lines.range(ref.start, ref.end);
  const md = (value: string): Hover => ({ contents: { kind: MarkupKind.Markdown, value }, range });
  const where = (s: Snapshot) => (s === snapshot ? '' : `\n\n*${esc(fileNameOf(s.uri))}*`);
  switch (target.kind) {
    case 'article': {
      const a = target.article;
      // 前两条: each article named, under its name.
      if (ref.kind === 'article' && ref.target.lastArticle !== undefined && target.snapshot === snapshot) {
        const named = target.treaty.articles.filter((x) => x.start >= target.start && x.end <= target.end);
        const text = named.map((x) => `**${esc(shownName(target.treaty, x))}**${x.caption ? ` ${esc(x.caption)}` : ''}\n\n${escBody(plain(target.treaty.text.slice(bodyStart(x), x.end)))}`).join('\n\n');
        return md(shorten(text));
      }
      const body = plain(target.treaty.text.slice(target.start <= bodyStart(a) ? bodyStart(a) : target.start, target.end));
      const title = target.snapshot === snapshot ? '' : `${target.treaty.title?.text ?? ''} `;
      const heading = `**${esc(title + shownName(target.treaty, a))}**${a.caption ? ` ${esc(a.caption)}` : ''}`;
      return md(`${heading}\n\n${escBody(shorten(body))}${where(target.snapshot)}`);
    }
    case 'document': {
      const info = target.snapshot.info;
      const lines = [`**${esc(info.title ?? fileNameOf(target.snapshot.uri))}**`];
      // A law (a kind of LAW_KINDS) with no date at its head but its record (`2008年1月31日 中华人民共和国国务院令第517号公布`): the day it was first
      // adopted or published, as a treaty's is the day it was signed.
      const signing = info.dates.find((d) => d.source === 'signing') ?? info.dates[0] ?? (info.kind !== undefined && LAW_KINDS.has(info.kind) ? info.adopted : undefined);
      const facts: string[] = [];
      if (info.kind) facts.push(msg('hover.kind', info.kind));
      if (signing) facts.push(info.place ? msg('hover.dateAt', formatDate(signing), info.place) : msg('hover.date', formatDate(signing)));
      if (info.parties.length) facts.push(msg('hover.parties', info.parties.join('、')));
      if (info.languages.length) facts.push(msg('hover.languages', info.languages.join('、')));
      if (info.entryIntoForce) facts.push(msg('hover.entryIntoForce', info.entryIntoForce));
      if (info.articleCount) facts.push(msg('hover.articleCount', info.articleCount));
      if (target.dateAgrees === false && ref.kind === 'citation' && ref.citation.date) facts.push(msg('hover.dateMismatch', formatDate(ref.citation.date)));
      lines.push(facts.map((f) => `- ${esc(f)}`).join('\n'));
      lines.push(`*${esc(fileNameOf(target.snapshot.uri))}*`);
      return md(lines.join('\n\n'));
    }
    case 'term': {
      return md(termText(treaty, target.definition));
    }
    case 'no-such-document':
      return md(notInWorkspace(ctx, target.citation));
    case 'no-such-article': {
      const copy = target.in && target.in !== snapshot ? target.in : undefined;
      // The article named as the reference writes it (`第9條`, `第九條`), and what there is: how many, the first and the last, as labelled.
      const named = ref.kind === 'article' && /^第/.test(treaty.text.slice(ref.labelStart, ref.labelEnd)) ? treaty.text.slice(ref.labelStart, ref.labelEnd) : `第${target.num}条`;
      if (!copy) {
        const self = treaty.kind ? treaty.selfRef : msg('hover.thisDocument');
        const { articles } = treaty;
        const label = (a: Article) => treaty.text.slice(a.label.start, a.label.end);
        if (articles.length === 0) return md(esc(inTextWord(treaty, msg('hover.noSuchArticle', self, named))));
        return md(esc(inTextWord(treaty, msg('hover.noSuchArticleHere', self, named, articles.length, label(articles[0]), label(articles[articles.length - 1])))));
      }
      // A copy that is an excerpt, or may be cut, may lack the article (as ref.no-such-article reads it: `Outline.mayLack`).
      const title = copy.info.title ?? '';
      // (The instrument as cited: the copy's own title may say it is an excerpt, `…（节录）`.)
      const cited = target.citation?.title ?? title;
      switch (copy.outline.mayLack(target.num)) {
        case 'excerpt':
          return md(esc(msg('hover.articleOfExcerpt', cited, named)));
        case 'cut':
          return md(esc(msg('hover.articlePastCopy', cited, named, copy.outline.lastNumber!)));
        default:
          return md(esc(msg('hover.noSuchArticle', title, named)));
      }
    }
    default:
      const words = unitWordsOf(treaty);
      const unit = target.kind === 'no-such-paragraph' ? words.paragraph : words.item;
      // A copy that breaks off inside the article may lack it (as ref.no-such-paragraph reads it: `Outline.mayLackInside`).
      if (target.in && target.in !== snapshot && target.in.outline.mayLackInside(target.shape.start)) return md(esc(msg('hover.unitPastCut', target.in.info.title ?? '', target.shape.name, unit)));
      const said = target.kind === 'no-such-paragraph' ? msg('hover.noSuchParagraph', target.article.name, unit) : msg('hover.noSuchItem', target.article.name, unit);
      return md(esc(target.in === snapshot ? inTextWord(treaty, said) : said));
  }
}

/**
 * Where an article's text starts: after its heading line, or — law style, `第三十条　对于外国…`, the line
 * holding the first paragraph, or a point's, `二、中方负责…` (a memorandum's point 二 showed its label and nothing) —
 * after the label (what the line says is the article's text, not its heading).
 */
function bodyStart(a: Article): number {
  const inline = a.head.inlineBody || (a.head.kind === 'para' && !a.caption);
  return inline && a.head.rest !== undefined ? a.head.rest : a.head.end;
}

/** Text without markdown markers, paragraphs kept. */
function plain(s: string): string {
  return s
    .replace(/<sup>[^<]*<\/sup>/g, '')
    .replace(/^\s*(?:-{3,}|\*{3,})\s*$/gm, '')
    .replace(/\*\*/g, '')
    // (A markdown hard break, spaces or a backslash at a line's end, is the document's markup, no text of it.)
    .replace(/(?:[ \t]+|(?<!\\)\\)(?=\r?\n)/g, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * A unit's text as markdown: escaped, and a line ending a sentence ended in the hover too, by a hard break (a backslash before
 * the line break, which a plain-text client's form drops: protocol/adapt.ts) — the paragraphs and items of a text that sets no
 * blank line between them (`一、…免办签证。⏎二、…`, a page's) ran together in markdown, one paragraph; a line cut inside a
 * sentence still joins the next.
 */
function escBody(s: string): string {
  return esc(s).replace(/([。；;：:！？!?])(\r?\n)(?=[^\r\n])/g, '$1\\$2');
}

function shorten(s: string): string {
  if (s.length <= MAX_TEXT) return s;
  const cut = s.lastIndexOf('。', MAX_TEXT);
  return s.slice(0, cut > MAX_TEXT / 2 ? cut + 1 : MAX_TEXT) + ' ……';
}

/**
 * A defined term at its own definition (`（以下简称“双方”）`): the term and what it stands for, as a use of it shows
 * (there was no hover there: a drafter checking what was defined had to find a use first).
 */
function definitionHover(ctx: FeatureContext, offset: number): Hover | null {
  const d = ctx.treaty.definitions.find((x) => offset >= x.start && offset <= x.end);
  if (!d) return null;
  return { contents: { kind: MarkupKind.Markdown, value: termText(ctx.treaty, d) }, range: ctx.lines.range(d.start, d.end) };
}

/** The most words of a clause shown for a term whose meaning is its own name. */
const MAX_CLAUSE = 120;

/**
 * What a term stands for. A meaning that is the term itself (`本协定附件所列的口岸（以下简称“口岸”）`: the model's phrase is
 * the noun, which the short name repeats) says nothing: the words of its clause before the bracket are shown instead, from
 * the last mark of a clause or the line's start — the qualifier (`本协定附件所列的`) is what the definition adds.
 */
function termText(treaty: Treaty, d: Definition): string {
  const text = treaty.text;
  const bare = (s: string) => s.replace(/[\s\u3000“”"「」]/g, '');
  // A meaning over lines (each party's, each item listed under the term): a line each, as written (a markdown hard break: a
  // backslash, which escaped document text never ends a line with — a plain-text client's copy drops it, protocol/adapt.ts).
  if (!d.meaning || bare(d.meaning) !== bare(d.term)) return msg('hover.term', esc(d.term), esc(d.meaning || msg('hover.termUnstated')).replace(/\n/g, '\\\n'));
  let from = d.meaningStart;
  while (from > 0 && d.meaningEnd - from < MAX_CLAUSE && !CLAUSE_END.includes(text[from - 1])) from--;
  const cut = from > 0 && !CLAUSE_END.includes(text[from - 1]);
  // Not the label of the article whose line it opens (`第二条 本省行政区域内输送石油、天然气的管道（以下简称管道）`).
  const a = treaty.articles.find((x) => x.start <= d.meaningStart && d.meaningStart < x.end);
  const labelled = a?.head.rest !== undefined && from <= a.head.rest && a.head.rest <= d.meaningStart;
  if (labelled) from = a.head.rest!;
  const words = text.slice(from, d.meaningEnd).trim();
  return msg('hover.termInClause', esc(d.term), esc(cut && !labelled ? `…${words}` : words));
}

/** Marks that end a clause (or a line), before the words of a definition. */
const CLAUSE_END = '。；;：:，,\n\r';

/**
 * A chapter or section named in the text (`第一节`, `本协定第十七章`), or a unit of another instrument the workspace holds
 * (`《矿山安全法》第六章`: its title and file above): its name and caption, and the articles it holds.
 */
function chapterHover(ctx: FeatureContext, offset: number): Hover | null {
  const there = chapterTargetAt(ctx, offset) ?? bookAsUnit(ctx, offset);
  if (!there) return null;
  const c = there.chapter;
  const held = heldArticles(there.treaty, c);
  const span = held ? `\n\n${esc(held)}` : '';
  // Another instrument's: its title before the unit's name and its file below, as an article of it shows.
  const other = there.snapshot !== ctx.snapshot;
  const title = other ? `${there.treaty.title?.text ?? ''} ` : '';
  const file = other ? `\n\n*${esc(fileNameOf(there.snapshot.uri))}*` : '';
  return { contents: { kind: MarkupKind.Markdown, value: `**${esc(title + c.name)}**${c.caption ? ` ${esc(c.caption)}` : ''}${span}${file}` }, range: ctx.lines.range(there.start, there.end) };
}

/**
 * A whole book of a code kept one file per book (`民法典第三编`, resolve.ts `citedBookAt`) as a hover shows a unit: named by its
 * label and its heading (`第三编 合同编`: the file's heading names the book without its number), the articles of its file.
 */
function bookAsUnit(ctx: FeatureContext, offset: number): { start: number; end: number; snapshot: Snapshot; treaty: Treaty; chapter: { name: string; caption?: string; start: number; end: number } } | undefined {
  const book = citedBookAt(ctx, offset);
  if (!book) return undefined;
  const text = treatyText(book.treaty);
  const heading = text.slice(book.head.contentStart, book.head.contentEnd).replace(/^[#＃ \t\u3000]+/, '').trim();
  // (A file whose heading gives the label, `# 第三编 合同`, is read as the book there: chapterTargetAt.)
  const name = `第${formatChinese(book.num)}编 ${heading}`;
  return { ...book, chapter: { name, start: book.head.start, end: text.length } };
}

/**
 * An instrument the workspace holds no copy of: what the text itself says of it — the title as cited, the kind its
 * title names, the date written with the citation — that no copy is in the workspace, and the other places citing it
 * (in this text, and in the other documents the citation graph knows), each with the date it is cited with: the same
 * instrument cited with another date is seen at once.
 */
function notInWorkspace(ctx: FeatureContext, c: Citation): string {
  const facts: string[] = [];
  const kind = kindOf(c.normalized);
  if (kind) facts.push(msg('hover.kind', kind));
  if (c.date) facts.push(msg('hover.citedDate', formatDate(c.date)));
  facts.push(msg('hover.noCopy'));
  const places: string[] = [];
  let more = 0;
  const add = (s: Snapshot, text: string, refs: readonly Reference[]) => {
    for (const r of refs) {
      const cited = r.kind === 'citation' ? r.citation : r.kind === 'article' ? r.citation : undefined;
      if (!cited || cited.normalized !== c.normalized || (s === ctx.snapshot && cited.start === c.start)) continue;
      // (An article reference citing it, `《…》第五条`, and the citation itself are one place.)
      if (r.kind === 'article' && refs.some((x) => x.kind === 'citation' && x.citation.start === cited.start)) continue;
      if (places.length === MAX_PLACES) {
        more++;
        continue;
      }
      const line = lineOf(text, cited.start) + 1;
      const where = s === ctx.snapshot ? msg('hover.placeHere', line) : msg('hover.placeIn', fileNameOf(s.uri), line);
      places.push(cited.date ? msg('hover.placeDated', where, formatDate(cited.date)) : where);
    }
  };
  add(ctx.snapshot, ctx.treaty.text, referencesOf(ctx.treaty));
  // (Another document's citations as it keeps them: no model of it built.)
  for (const s of ctx.workspace.citing(c.normalized)) if (s !== ctx.snapshot) add(s, s.text, s.citing.refs);
  const lines = [`**${esc(`《${c.title}》`)}**`, facts.map((f) => `- ${esc(f)}`).join('\n')];
  if (places.length) lines.push(`${esc(msg('hover.citedAlso'))}\n${places.map((p) => `- ${esc(p)}`).join('\n')}${more ? `\n- ${esc(msg('hover.citedMore', more))}` : ''}`);
  return lines.join('\n\n');
}

/** The 0-based line of an offset (a hover's few places: counted, no line map built). */
function lineOf(text: string, offset: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
