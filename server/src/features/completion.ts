// textDocument/completion and completionItem/resolve. Decides what the cursor is
// in from the text just before it on its line, then asks the providers:
//
//   …《中华‸            titles of instruments in the workspace (completionReferences)
//   …第三条第‸          the paragraphs and items of article 3 (of 《…》 when cited)
//   …本协议第十‸        the articles, each with its summary; then the chapters and sections
//   ## ‸  /  第十‸      (line start) the next article heading in the document's style
//   生效‸ (line start)  clauses fitted to the document, snippets, terms (completionClauses)
//   …缔约‸              defined terms and the self-reference
//
// Every item replaces what was typed through an explicit textEdit range (on the
// cursor's line), and carries a filterText, so Chinese, pinyin and English
// prefixes all match. The model is the snapshot's cached Treaty: nothing here
// parses the document again.
import { CompletionItem, CompletionList, MarkupKind, Position } from 'vscode-languageserver-types';
import { NUMERAL_CHARS, parseNumeral } from '../syntax/numerals';
import { findArticle } from '../model/treaty';
import { formatDate } from '../model/signing';
import { partiesOf } from '../model/parties';
import { Workspace, fileNameOf } from '../index/workspace';
import { FeatureContext } from './context';
import { Snippet, expandSnippet } from './completionSnippets';
import { lineEndOf, markdownEscape } from './plainText';
import { CompletionRequest, ItemData } from './completionCommon';
import { articleItems, chapterItems, partItems, referent, termItems, titleItems } from './completionReferences';
import { clauseItems, headingItems, snippetItems } from './completionClauses';
import { msg } from './messages';

export { readSnippets } from './completionSnippets';
export type { Snippet } from './completionSnippets';

/** Characters that open a completion context on their own. */
export const TRIGGER_CHARACTERS = ['第', '《', '#'];

export interface CompletionOptions {
  /** The clause snippets (from snippets/treaty.code-snippets). */
  snippets?: readonly Snippet[];
  /** The same snippets in traditional characters (snippets/treaty.traditional.code-snippets), offered in a text written so. */
  traditionalSnippets?: readonly Snippet[];
  /** Today: the date clauses and templates write (server.ts passes the request's time; tests a fixed one). */
  now?: Date;
}

const WS = '[ \\t\\u3000]';
const NUM = `[${NUMERAL_CHARS}]`;
/** `《` and a partly typed title. */
const TITLE_OPEN = /《([^《》\n]{0,80})$/;
/** `第三条第`, `第 3 条第（`: a reference to a part of an article. */
const PART = new RegExp(`第${WS}{0,3}((?:${NUM}${WS}{0,3}){1,12}?)条(?:${WS}{0,3}之${WS}{0,3}(${NUM}{1,4}))?${WS}{0,3}(第[（(]?${WS}{0,3}${NUM}{0,6}[）)]?)$`);
/** `第` and a partly typed number. */
const ARTICLE = new RegExp(`第(?:${WS}{0,3}${NUM}){0,12}${WS}{0,3}$`);
/** What may be typed at the start of a line to ask for a clause: a word, no punctuation (`entry-into-force-notification`). */
const LINE_WORD = /^[\p{Script=Han}A-Za-z0-9-]{0,48}$/u;
/** Markdown heading marks at the start of a line, and the space after them. */
const MARKS = /^[ \t]{0,3}(#{1,6})([ \t]*)/;

export function completion(ctx: FeatureContext, position: Position, options: CompletionOptions = {}): CompletionList {
  const { treaty } = ctx;
  const map = ctx.lines;
  const offset = map.offsetAt(position);
  const text = treaty.text;
  let lineIndex = map.lineOf(offset);
  // The physical line (an article heading glued inside it is part of it).
  let line = map.row(lineIndex);
  const last = map.row(map.rowCount - 1);
  if (last && position.line >= map.rowCount && last.eol < last.end) {
    // The empty line after a final line break (the tree has no line for it).
    lineIndex = map.rowCount;
    const n = text.length;
    line = { type: 'line', kind: 'blank', start: n, end: n, eol: n, contentStart: n, contentEnd: n, glued: false, level: 0, indent: false, terminal: false };
  }
  const empty: CompletionList = { isIncomplete: false, items: [] };
  if (!line) return empty;
  const before = text.slice(Math.max(line.start, offset - 120), offset);
  const req: CompletionRequest = {
    snapshot: ctx.snapshot, treaty, lines: map, workspace: ctx.workspace, settings: ctx.settings, token: ctx.token,
    text, offset, line, lineIndex, before, snippets: options.snippets ?? [], traditionalSnippets: options.traditionalSnippets ?? [], now: options.now ?? new Date(),
  };
  const items = provide(req);
  if (ctx.token.isCancellationRequested) return { isIncomplete: req.incomplete === true, items: [] };
  // Clauses and snippets are written with \n: a CRLF document gets its own line ends, as insertArticle writes them.
  if (lineEndOf(text) === '\r\n') for (const item of items) withLineEnd(item, '\r\n');
  return { isIncomplete: req.incomplete === true, items };
}

function withLineEnd(item: CompletionItem, eol: string): void {
  const fix = (s: string) => s.replace(/\r?\n/g, eol);
  if (item.insertText !== undefined) item.insertText = fix(item.insertText);
  if (item.textEdit) item.textEdit.newText = fix(item.textEdit.newText);
}

function provide(req: CompletionRequest): CompletionItem[] {
  const { before, offset, line, text } = req;
  let m: RegExpExecArray | null;

  if ((m = TITLE_OPEN.exec(before))) return titleItems(req, offset - m[1].length - 1);

  if ((m = PART.exec(before))) {
    const num = parseNumeral(m[1]);
    const target = referent(req, offset - m[0].length);
    if (num === undefined || !target) return [];
    return partItems(req, offset - m[3].length, target, num, m[2] !== undefined ? parseNumeral(m[2]) : undefined);
  }

  // What the line holds before the cursor, markdown heading marks apart.
  const head = text.slice(line.start, offset);
  const indent = head.length - head.trimStart().length;
  const marks = MARKS.exec(head);
  // `## ‸`: the marks are written, what follows the space is typed. `#‸`, `##第十‸`: the marks are part of what is typed.
  const spaced = marks !== null && marks[2].length > 0;
  const lead = spaced ? marks[0].length : indent;
  const typedFrom = line.start + lead;
  const typed = head.slice(lead);
  const heading = (from: number) => spaced
    ? headingItems(req, { from, marks: undefined, afterMarks: true })
    : headingItems(req, { from, marks: marks?.[1], afterMarks: false });

  if ((m = ARTICLE.exec(before))) {
    const at = offset - m[0].length;
    if (at === typedFrom && spaced) return heading(typedFrom);
    if (at === typedFrom) {
      // `第十‸` opening a line: a heading (or a sentence that opens with a reference), or a snippet (`第条`).
      const target = referent(req, at);
      return [...heading(typedFrom), ...(target ? articleItems(req, at, target) : []), ...snippetItems(req, typedFrom, typed)];
    }
    if (marks && !spaced && at === line.start + marks[0].length) return heading(line.start + indent);
    const target = referent(req, at);
    return target ? [...articleItems(req, at, target), ...chapterItems(req, at, target)] : [];
  }

  if (marks) {
    // `#‸` / `## ‸` / `## tiao‸`: the next heading, replacing the marks when they are still being typed.
    if (!spaced) return typed === marks[1] ? heading(line.start + indent) : [];
    return LINE_WORD.test(typed) ? heading(typedFrom) : [];
  }

  if (LINE_WORD.test(typed)) {
    return [
      ...heading(typedFrom),
      ...clauseItems(req, typedFrom),
      ...snippetItems(req, typedFrom, typed),
      ...termItems(req, typedFrom),
    ];
  }
  return termItems(req);
}

/** completionItem/resolve: the full text of a clause, an article, or an instrument, as markdown. */
export function resolveCompletion(item: CompletionItem, index: Workspace): CompletionItem {
  const data = item.data as ItemData | undefined;
  if (!data || item.documentation) return item;
  if (data.k === 'clause') {
    const body = item.textEdit && 'newText' in item.textEdit ? item.textEdit.newText : item.insertText ?? '';
    // Dates were filled in when the item was made (completionFit: the request's date).
    const text = expandSnippet(body).trim();
    if (text) item.documentation = { kind: MarkupKind.Markdown, value: markdownEscape(text) };
  } else if (data.k === 'article') {
    const s = index.get(data.uri);
    const t = s && index.model(s);
    const a = t && (data.num !== undefined ? findArticle(t, data.num, data.sub) : t.articles.find((x) => x.name === data.name));
    if (t && a) {
      const body = t.text.slice(a.start, Math.min(a.end, a.start + 3000)).trim();
      item.documentation = { kind: MarkupKind.Markdown, value: markdownEscape(body) + (a.end - a.start > 3000 ? '\n\n…' : '') };
    }
  } else if (data.k === 'title') {
    const s = index.get(data.uri);
    const t = s && index.model(s);
    if (t?.title) {
      const rows = [`**${markdownEscape(t.title.text)}**`];
      if (t.signing?.date) rows.push(t.signing.place ? msg('completion.signedAt', formatDate(t.signing.date), t.signing.place) : msg('completion.signed', formatDate(t.signing.date)));
      const parties = partiesOf(t);
      if (parties.length) rows.push(msg('completion.titleParties', parties.join('、')));
      if (t.signing?.languages.length) rows.push(msg('completion.titleLanguages', t.signing.languages.join('、')));
      if (t.articles.length) rows.push(msg('completion.articleCount', t.articles.length));
      rows.push(fileNameOf(data.uri));
      item.documentation = { kind: MarkupKind.Markdown, value: [rows[0], ...rows.slice(1).map(markdownEscape)].join('\n\n') };
    }
  }
  return item;
}

