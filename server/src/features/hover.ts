// textDocument/hover: an article reference shows the article's text (shortened);
// a citation shows the instrument: title, date, place, parties, languages, entry
// into force and its file; a defined term shows what it stands for. Text taken
// from documents is escaped (plainText.ts): only our own markup is markdown.
import { Hover, MarkupKind } from 'vscode-languageserver-types';
import { referenceAt } from '../model/references';
import { formatDate } from '../model/signing';
import { Snapshot, fileNameOf } from '../index/workspace';
import { FeatureContext } from './context';
import { resolve } from './resolve';
import { markdownEscape as esc } from './plainText';
import { msg } from './messages';
import { chapterReferenceAt } from '../model/chapterReferences';

/** Longest article text shown in a hover (characters). */
const MAX_TEXT = 600;

export function hover(ctx: FeatureContext, offset: number): Hover | null {
  const { snapshot, treaty } = ctx;
  const ref = referenceAt(treaty, offset);
  if (!ref) return chapterHover(ctx, offset);
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
        const text = named.map((x) => `**${esc(x.name)}**${x.caption ? ` ${esc(x.caption)}` : ''}\n\n${esc(plain(target.treaty.text.slice(x.head.end, x.end)))}`).join('\n\n');
        return md(shorten(text));
      }
      const body = plain(target.treaty.text.slice(target.start === a.start ? a.head.end : target.start, target.end));
      const title = target.snapshot === snapshot ? '' : `${target.treaty.title?.text ?? ''} `;
      const heading = `**${esc(title + a.name)}**${a.caption ? ` ${esc(a.caption)}` : ''}`;
      return md(`${heading}\n\n${esc(shorten(body))}${where(target.snapshot)}`);
    }
    case 'document': {
      const info = target.snapshot.info;
      const lines = [`**${esc(info.title ?? fileNameOf(target.snapshot.uri))}**`];
      const signing = info.dates.find((d) => d.source === 'signing') ?? info.dates[0];
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
      const d = target.definition;
      return md(msg('hover.term', esc(d.term), esc(d.meaning || msg('hover.termUnstated'))));
    }
    case 'no-such-document':
      return md(esc(msg('diag.citationNotFound', target.citation.title)));
    case 'no-such-article': {
      const copy = target.in && target.in !== snapshot ? target.in : undefined;
      if (!copy) return md(esc(msg('hover.noSuchArticle', msg('hover.thisDocument'), target.num)));
      // A copy that is an excerpt, or may be cut, may lack the article (as ref.no-such-article reads it: `Outline.mayLack`).
      const title = copy.info.title ?? '';
      // (The instrument as cited: the copy's own title may say it is an excerpt, `…（节录）`.)
      const cited = target.citation?.title ?? title;
      switch (copy.outline.mayLack(target.num)) {
        case 'excerpt':
          return md(esc(msg('hover.articleOfExcerpt', cited, target.num)));
        case 'cut':
          return md(esc(msg('hover.articlePastCopy', cited, target.num, copy.outline.lastNumber!)));
        default:
          return md(esc(msg('hover.noSuchArticle', title, target.num)));
      }
    }
    default:
      return md(esc(msg(target.kind === 'no-such-paragraph' ? 'hover.noSuchParagraph' : 'hover.noSuchItem', target.article.name)));
  }
}

/** Text without markdown markers, paragraphs kept. */
function plain(s: string): string {
  return s
    .replace(/<sup>[^<]*<\/sup>/g, '')
    .replace(/^\s*(?:-{3,}|\*{3,})\s*$/gm, '')
    .replace(/\*\*/g, '')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function shorten(s: string): string {
  if (s.length <= MAX_TEXT) return s;
  const cut = s.lastIndexOf('。', MAX_TEXT);
  return s.slice(0, cut > MAX_TEXT / 2 ? cut + 1 : MAX_TEXT) + ' ……';
}

/** A chapter or section named in the text (`第一节`, `本协定第十七章`): its name and caption, and the articles it holds. */
function chapterHover(ctx: FeatureContext, offset: number): Hover | null {
  const named = chapterReferenceAt(ctx.treaty, offset);
  if (!named) return null;
  const c = named.chapter;
  const held = ctx.treaty.articles.filter((a) => a.start >= c.start && a.end <= c.end);
  const span = held.length === 0 ? '' : `\n\n${esc(held.length === 1 ? held[0].name : `${held[0].name}至${held[held.length - 1].name}`)}`;
  return { contents: { kind: MarkupKind.Markdown, value: `**${esc(c.name)}**${c.caption ? ` ${esc(c.caption)}` : ''}${span}` }, range: ctx.lines.range(named.start, named.end) };
}
