// "Insert an article here": a new article after the article at the cursor (before
// the first one when the cursor is above every article), its heading written in
// the document's own style. Two ways to number it:
//   renumber — it takes the next number, and every later article and every
//              reference to one (here and in citing documents) moves up by one,
//              through renumber.ts's rename of each of them;
//   sub      — it becomes `第十条之一` (or the next free 之N) and nothing moves.
// The edits touch only the inserted lines and the numbers inside `第…条` labels.
import { Position, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { LineMap, trimEnd } from '../syntax/positions';
import { decimalChapter, formatChinese, isDecimal } from '../syntax/numerals';
import { articleBefore, blankBetweenArticles, formatLabel, styleOf } from '../model/clauses';
import { Article, Treaty, articleLayout, buildTreaty } from '../model/treaty';
import { FeatureContext } from './context';
import { applyEdits, brokenFrom, danglingTo, labelWith, shiftArticles } from './renumber';
import { referencesOf } from '../model/references';
import { foldScript } from '../syntax/script';
import { splitLines } from '../syntax/lines';
import { msg } from './messages';
import { inTextWord } from './unitWords';
import { lineEndOf } from './plainText';

export type InsertMode = 'renumber' | 'sub';

/** What a command that changes text answers: whether the edit was applied, and what a person should read when it was not. */
export interface EditResult {
  applied: boolean;
  /** Number of text edits. */
  edits: number;
  /** Why nothing was done, in the client's language. */
  message?: string;
}

export interface InsertArticleResult extends EditResult {
  /** The new article's name (`第十三条`, `第十二条之一`). */
  name?: string;
  /** Where its text goes once the edit is applied: an empty line under its heading. */
  position?: Position;
}

export interface InsertArticle {
  /** Undefined when nothing can be inserted (`result.message` says why). */
  edit?: WorkspaceEdit;
  result: InsertArticleResult;
}

export function insertArticle(ctx: FeatureContext, offset: number, mode: InsertMode): InsertArticle {
  const made = inserted(ctx, offset, mode);
  // The new article and the articles the message names as the text labels them: `第三條` in a text of 第…條 (the
  // model's names, and the lookups in the text read again, are `第三条`).
  const { name, message } = made.result;
  if (name === undefined && message === undefined) return made;
  return { ...made, result: { ...made.result, ...(name !== undefined ? { name: inTextWord(ctx.treaty, name) } : {}), ...(message !== undefined ? { message: inTextWord(ctx.treaty, message) } : {}) } };
}

function inserted(ctx: FeatureContext, offset: number, mode: InsertMode): InsertArticle {
  const { snapshot, treaty } = ctx;
  const articles = treaty.articles;
  if (treaty.tree.unitStyle !== 'article' || articles.length === 0) return { result: { applied: false, edits: 0, message: msg('command.noArticles') } };
  const text = treaty.text;
  const map = ctx.lines;
  const eol = lineEndOf(text);
  const at = articleBefore(treaty, offset);
  // Between articles, the text's own layout: a blank line, or none where the text sets none (a page printing its lines as
  // they come, treaty_cn_mn_judicial_assistance_1989_page.md).
  const gap = blankBetweenArticles(treaty) ? eol + eol : eol;
  const gapLines = gap === eol ? 1 : 2;

  let insertAt: number;
  let inserted: string;
  let line: number;
  /** Where on that line the new article's text goes: after its label and space in a law's style. */
  let character = 0;
  let name: string;
  let heading: string;
  let moved: readonly Article[];
  let num: number;
  let subNum: number | undefined;
  /** The article the new one follows (-1: it comes first). */
  let previous = -1;
  if (!at) {
    // Above every article: the new one comes first and takes the first one's number.
    const first = articles[0];
    const n = first.num ?? 1;
    const label = labelLike(treaty, first, n);
    heading = headingLike(text, first, label);
    name = nameOf(treaty, label, n);
    num = n;
    insertAt = first.start;
    const space = bodySpace(text, first);
    if (space !== undefined) {
      heading += space;
      inserted = `${heading}${gap}`;
      line = map.positionAt(insertAt).line;
      character = heading.length;
    } else {
      inserted = `${heading}${eol}${gap}`;
      line = map.positionAt(insertAt).line + 1;
    }
    moved = articles;
  } else {
    // After the article at the cursor and its 之一, 之二 … articles.
    const base = at.num ?? articles.indexOf(at) + 1;
    let last = articles.indexOf(at);
    while (last + 1 < articles.length && articles[last + 1].num === base && articles[last + 1].sub !== undefined) last++;
    previous = last;
    if (mode === 'sub') {
      const sub = Math.max(0, ...articles.filter((a) => a.num === base).map((a) => a.sub ?? 0)) + 1;
      const label = labelLike(treaty, at, base);
      heading = headingLike(text, at, `${label}之${formatChinese(sub)}`);
      name = `${nameOf(treaty, label, base)}之${formatChinese(sub)}`;
      num = base;
      subNum = sub;
      moved = [];
    } else {
      const label = labelLike(treaty, at, base + 1);
      heading = headingLike(text, at, label);
      name = nameOf(treaty, label, base + 1);
      num = base + 1;
      moved = articles.slice(last + 1);
    }
    const group = articles[last];
    insertAt = trimEnd(text, group.start, group.end);
    const lineBreakFollows = text[insertAt] === '\n' || text[insertAt] === '\r';
    const space = bodySpace(text, at);
    if (space !== undefined) {
      // A law's article writes its text on its label's line (`第二条　…`): the new one's goes there too, after the same space.
      heading += space;
      inserted = `${gap}${heading}${lineBreakFollows ? '' : eol}`;
      line = map.positionAt(insertAt).line + gapLines;
      character = heading.length;
    } else {
      inserted = `${gap}${heading}${eol}${lineBreakFollows ? '' : eol}`;
      line = map.positionAt(insertAt).line + gapLines + 1;
    }
  }

  // Articles numbered by chapter (`第1.2条`): only the later articles of the new one's chapter move (`第2.1条` keeps its number).
  if (isDecimal(num)) moved = moved.filter((a) => a.num !== undefined && isDecimal(a.num) && decimalChapter(a.num) === decimalChapter(num));

  // The heading, read alone, must be the new article's: older treaties numbered by 款 and texts in
  // other languages have no 之一 articles (`第五款之一`, `Статья 5之一` are text).
  const reread = splitLines(heading, treaty.language)[0];
  if (reread?.kind !== 'article' || reread.num !== num || reread.sub !== subNum) return { result: { applied: false, edits: 0, name, message: msg('command.insertUnreadable', name) } };

  // Numbered out of order (第四条 before 第三条), an article that moves, or one that stays, would have
  // the new article's number: refused, as a rename to a number taken is.
  const moving = new Set(moved);
  if (articles.some((a) => a.num !== undefined && (moving.has(a) ? a.num + 1 : a.num) === num && a.sub === subNum)) {
    return { result: { applied: false, edits: 0, name, message: msg('rename.taken', treaty.selfRef, name) } };
  }

  // An article from the new one's number on whose label a width broke over two lines is not read: it would keep its number,
  // or share the new one's (`第三` / `条` after the article the new 第三条 follows). Refused, as renumbering is.
  const broken = subNum === undefined ? brokenFrom(treaty, num) : undefined;
  if (broken) return { result: { applied: false, edits: 0, name, message: broken } };
  // A reference that names no article, with the new one's number, would name it.
  const dangling = danglingTo(ctx.workspace, snapshot, num, subNum);
  if (dangling.length) return { result: { applied: false, edits: 0, name, message: msg('command.insertDangling', name, dangling.slice(0, 3).join('、')) } };
  // Every article that moves takes the next number, with every reference to it.
  const changes: Record<string, TextEdit[]> = {};
  const shifted = shiftArticles(ctx, moved);
  if (shifted.refused) return { result: { applied: false, edits: 0, name, message: shifted.refused } };
  for (const [uri, edits] of Object.entries(shifted.edit?.changes ?? {})) (changes[uri] ??= []).push(...edits);
  const insertion: TextEdit = { range: map.range(insertAt, insertAt), newText: inserted };
  (changes[snapshot.uri] ??= []).push(insertion);
  let count = 0;
  for (const uri of Object.keys(changes)) {
    changes[uri] = inOrder(changes[uri]);
    count += changes[uri].length;
  }
  // The text with the edit, read again, has its articles and the new one, no more and no fewer. Headings glued inside a
  // line (a page pasted as one line, `…。 第六条…`) are read by their sequence: the line broken by the new heading may
  // make one of them read that was not (an article out of order), or one no longer read. Refused: the text would say
  // something else.
  const textAfter = applyEdits(String(text), map, changes[snapshot.uri]);
  const model = buildTreaty(textAfter);
  const readAfter = model.articles;
  const added = readAfter.findIndex((a) => a.name === name);
  if (readAfter.length !== articles.length + 1 || added < 0) {
    return { result: { applied: false, edits: 0, name, message: msg('command.insertRereads', name, articles.length, readAfter.length) } };
  }
  // Its chapters, sections and parts read again as they were: a heading over the new article, empty, may read otherwise (the
  // Treaty of Versailles' `## 第四部 第二編 中國（…）` over a new `### 第一百二十八條` and the next heading: no longer a part's),
  // and a reference naming it would name nothing.
  const lostUnit = treaty.chapters.find((c, k) => model.chapters[k]?.unit !== c.unit || model.chapters[k]?.num !== c.num);
  if (lostUnit || model.chapters.length !== treaty.chapters.length) {
    const which = lostUnit ?? model.chapters[treaty.chapters.length];
    return { result: { applied: false, edits: 0, name, message: msg('command.insertChapters', name, which.name) } };
  }
  // Where the new heading stands in the text read again: the renumbering's edits before it change its offset, never its line.
  let placed = insertAt;
  for (const e of changes[snapshot.uri]) if (e !== insertion && map.offsetAt(e.range.end) <= insertAt) placed += e.newText.length - (map.offsetAt(e.range.end) - map.offsetAt(e.range.start));
  // 前条 in the article after the new one, 次条 in the one before it, 前两条 reaching across it (前款 where the articles are 款)
  // would name it — and one that named nothing, with too few articles before it, would name it and the one before: in the
  // text read again, no relative reference names the new article. The lines quoted are the text's as it stands.
  const reaching = relativeTo(model, added);
  if (reaching.length) {
    const lines = inserted.split('\n').length - 1;
    const rows = new LineMap(model.tree.lines);
    const quoted = reaching.slice(0, 3).map((r) => {
      const row = rows.positionAt(r.start).line;
      return msg('action.lineQuote', (r.start >= placed ? row - lines : row) + 1, textAfter.slice(r.start, r.end));
    }).join('、');
    return { result: { applied: false, edits: 0, name, message: msg('command.insertRelative', name, quoted) } };
  }
  // The article before the new one still runs to the new heading: its last line, short and without punctuation (an
  // unfinished sentence, a stray word), would otherwise stand alone before an article heading, read as a sub-heading.
  if (previous >= 0) {
    const kept = readAfter[previous];
    if (trimEnd(textAfter, kept.start, kept.end) !== placed) {
      const group = articles[previous];
      const lineStart = text.lastIndexOf('\n', insertAt - 1) + 1;
      const where = msg('action.lineQuote', map.positionAt(lineStart).line + 1, text.slice(lineStart, insertAt).trim());
      return { result: { applied: false, edits: 0, name, message: msg('command.insertCaption', name, where, group.name) } };
    }
  }
  // Every reference read again as it was read, of the same kind in the same order (the renumbering rewrites their numbers): the new
  // heading's line breaks stand between two lines of one paragraph when the article it follows ends inside one (a citation broken
  // over two lines, `《…社会主` / `义共和国…条约》`, lost).
  const refsBefore = referencesOf(treaty);
  const refsAfter = referencesOf(model);
  // (An article reference keeps the instrument it was read to cite, or to be another text's: `依照第三条和第四条` after `缔约一方国内法律`
  // names that law's 第四条 while this text has none, this text's once an article more reaches it — model/references.ts
  // namedInSentence; a label inside a quotation opened and not closed is another text's while the quotation runs to it.)
  const cited = (r: (typeof refsBefore)[number] | undefined) => (r?.kind === 'article' ? `${r.citation?.normalized ?? ''}|${r.elsewhere ? 'elsewhere' : ''}` : '');
  const lost = refsBefore.findIndex((r, k) => refsAfter[k]?.kind !== r.kind || cited(refsAfter[k]) !== cited(r));
  if (lost >= 0 || refsAfter.length !== refsBefore.length) {
    // The first one read otherwise, as it stands before the edit; or, one more read after it (none lost), as it would stand.
    const k = lost >= 0 ? lost : refsBefore.length;
    const [r, source, rows] = k < refsBefore.length ? [refsBefore[k], String(text), map] : [refsAfter[k], textAfter, new LineMap(model.tree.lines)];
    const where = msg('action.lineQuote', rows.positionAt(r.start).line + 1, source.slice(r.start, r.end).replace(/\s+/g, ''));
    const recited = k < refsBefore.length && refsAfter[k]?.kind === refsBefore[k].kind;
    return { result: { applied: false, edits: 0, name, message: msg(recited ? 'command.insertCited' : 'command.insertReferences', name, where) } };
  }
  // Every other article read again as it was read: a caption or none, its paragraphs and their items. A heading glued inside a
  // line is read with its paragraphs cut at white space (`第二条可引渡的犯罪 一、… 二、…`, a page pasted as one line); the
  // new heading's line break before it puts it at a line's start, where that line is one paragraph — what a reference to
  // its first paragraph names would change.
  for (let k = 0; k < articles.length; k++) {
    const was = articleLayout(articles[k]);
    const now = articleLayout(readAfter[k < added ? k : k + 1]);
    if (was !== now) return { result: { applied: false, edits: 0, name, message: msg('command.insertReshapes', name, articles[k].name) } };
  }
  return { edit: { changes }, result: { applied: false, edits: count, name, position: { line, character } } };
}

/** The relative references of `t` (前两条, 次条 …; 前款 where the articles are 款) whose articles include its `k`-th. */
function relativeTo(t: Treaty, k: number): { start: number; end: number }[] {
  const index = (num: number, sub: number | undefined) => t.articles.findIndex((a) => a.num === num && a.sub === sub);
  return referencesOf(t).filter((r) => {
    // (`上条第一款` names a paragraph of the article before: of the new one once it stands there. In the first article, with no
    // article before it, it read as that article's own `第一款`.)
    if (r.kind !== 'article' || !r.relative) return false;
    const first = index(r.target.num, r.target.sub);
    const last = r.target.lastArticle ? index(r.target.lastArticle.num, r.target.lastArticle.sub) : first;
    return first >= 0 && first <= k && k <= last;
  });
}

/**
 * The label of article number `n` written as `model`'s is: its own unit (第…条, 第…條, 第…款 in older
 * treaties, Статья, Article) and numerals, without its 之N.
 */
function labelLike(treaty: Treaty, model: Article, n: number): string {
  const written = treaty.text.slice(model.label.start, model.label.end);
  // `第十条之一` → `第十条`.
  const base = model.sub !== undefined ? written.replace(/之[^之]*$/, '') : written;
  return labelWith(base, n, treaty.text) ?? formatLabel(n, styleOf(treaty, model));
}

/** The new article's name: `第十三条` (the name the model gives a Chinese article, whatever its unit or script), or the label itself (`Статья 3`). */
function nameOf(treaty: Treaty, label: string, n: number): string {
  return treaty.language === 'zh' && /^第/.test(label) ? `第${formatChinese(n)}${foldScript(label).slice(-1) === '款' ? '款' : '条'}` : label;
}

/** A heading line written like `model`'s (`## `, `**…**`, indentation), with `label` and no caption. */
function headingLike(text: string, model: Article, label: string): string {
  const before = text.slice(model.head.start, model.label.start);
  const opened = /(\*\*|__|\*|_)\s*$/.exec(before)?.[1];
  // Closed after the label or after a caption, not only at the line's end: `**第一条**　本协定…`.
  const closed = opened && text.slice(model.label.end, model.head.eol).includes(opened) ? opened : '';
  // The full stop after the label of a text in another language: `**Статья 1.**`, `Article 1.`.
  const stop = /^[.．]/.test(text.slice(model.label.end, model.label.end + 1)) ? text[model.label.end] : '';
  return `${before}${label}${stop}${closed}`;
}

/**
 * The white space between a law-style article's label and the text it writes on the label's line (`第二条　…`, `第二条 …`),
 * the label alone on its line or written otherwise (a caption glued to it, markup around it) undefined.
 */
function bodySpace(text: string, a: Article): string | undefined {
  const head = a.head;
  if (!head.inlineBody || head.rest === undefined || head.rest <= a.label.end) return undefined;
  const space = text.slice(a.label.end, head.rest);
  return /^[ \t\u3000]{1,4}$/.test(space) ? space : undefined;
}

/** Edits in document order, each once; an edit overlapping an earlier one is dropped. An insertion goes after a replacement ending where it is. */
function inOrder(edits: TextEdit[]): TextEdit[] {
  const cmp = (a: { line: number; character: number }, b: { line: number; character: number }) => a.line - b.line || a.character - b.character;
  const sorted = [...edits].sort((a, b) => cmp(a.range.start, b.range.start) || cmp(a.range.end, b.range.end));
  const out: TextEdit[] = [];
  for (const e of sorted) {
    const last = out[out.length - 1];
    if (last && cmp(e.range.start, last.range.end) < 0) continue;
    if (last && cmp(e.range.start, last.range.start) === 0 && cmp(e.range.end, last.range.end) === 0 && e.newText === last.newText) continue;
    out.push(e);
  }
  return out;
}
