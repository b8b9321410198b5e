// Completions that refer to something that exists: articles, and then chapters and sections, after `第` (this
// document's, or a cited instrument's after `《…》第`), paragraphs and items after
// `第X条第`, instrument titles after `《`, defined terms and the self-reference.
import { CompletionItem, CompletionItemKind, InsertTextFormat } from 'vscode-languageserver-types';
import { Article, Chapter, Treaty, findArticle, normalizeTitle, summarizeBlock } from '../model/treaty';
import { formatDate } from '../model/signing';
import { styleOf } from '../model/clauses';
import { NUMERAL_CHARS, formatArabic, formatChinese, parseNumeral } from '../syntax/numerals';
import { CHAPTER_UNITS, DATE_DIGITS, DATING_VERBS, SELF_WORDS, alternation, endingKind } from '../syntax/words';
import { Snapshot, fileNameOf } from '../index/workspace';
import { CompletionRequest, ItemData, PINYIN, edit, lineRange, pad } from './completionCommon';
import { heldArticles, selfRefWritten } from './unitWords';
import { within } from '../model/chapterReferences';
import { inWord, unitWordAt } from './completionFit';
import { bookNumbered, partHolding, partName, textParts } from './resolve';
import { foldScript } from '../syntax/script';

/**
 * The document a reference written just before `at` points into: `《title》第…` → that instrument; a defined term
 * standing for one (`（以下简称“协定”）` after `《…协定》`: `协定第…`) → that instrument; another instrument named by
 * its kind without 本 (`…和平友好条约第…` in an agreement, as the model reads it) → none the workspace can tell;
 * else this one.
 */
export function referent(req: CompletionRequest, at: number): Snapshot | undefined {
  // The units named before (`《…》第二章第‸`, `本法第二编第三章第‸`) are the referent's: it is named before them.
  const head = withoutUnits(req.before.slice(0, req.before.length - (req.offset - at)));
  const m = /《([^《》\n]{1,100})》[ \t\u3000]*$/.exec(head);
  if (m) return findInstrument(req, normalizeTitle(m[1]));
  const words = /[\p{Script=Han}]{1,60}$/u.exec(head)?.[0];
  if (!words) return req.snapshot;
  const { treaty } = req;
  const folded = foldScript(words);
  // 本协定第…: this one (its own self-reference, or 本 and its kind).
  if (folded.endsWith(foldScript(treaty.selfRef))) return req.snapshot;
  const term = treaty.definitions.find((d) => words.endsWith(d.term) && /^《[^《》]+》$/.test(d.meaning.trim()));
  if (term) return findInstrument(req, normalizeTitle(term.meaning.trim().slice(1, -1)));
  const kind = treaty.kind !== undefined ? endingKind(folded) : undefined;
  if (kind !== undefined && kind !== foldScript(treaty.kind!) && !folded.endsWith(`本${kind}`)) return undefined;
  return req.snapshot;
}

/** The workspace document with that normalized title (not the current one when another matches). */
function findInstrument(req: CompletionRequest, normalized: string): Snapshot | undefined {
  // The title map, not every document's model: closed files are not parsed to find one.
  const found = req.workspace.withTitle(normalized);
  return found.find((x) => x.uri !== req.snapshot.uri) ?? found[0];
}

/** `第` + a partly typed number, replaced from `第` (at `from`): every article of the referent. */
export function articleItems(req: CompletionRequest, from: number, target: Snapshot): CompletionItem[] {
  const treaty = req.workspace.model(target);
  if (treaty.tree.unitStyle === 'paragraph' && target === req.snapshot) return pointItems(req, from, treaty);
  if (treaty.tree.unitStyle !== 'article') return [];
  const arabic = treaty.articles.length > 0 && styleOf(treaty, treaty.articles[treaty.articles.length - 1]).arabic;
  // Written as this text writes its own articles: 第三條 in a text in traditional characters (the name is 第三条).
  const word = unitWordAt(req.treaty, req.offset);
  const own = foldScript(word) === '条' ? word : '条';
  const items: CompletionItem[] = [];
  // In one file of a text kept by part (a code one file per book, its articles numbered through the books: `本法第‸` in 合同编), the
  // articles of every part, each its own file's, in the text's order.
  const parts = target === req.snapshot ? textParts(req) : undefined;
  const holder = new Map<Article, Snapshot>();
  if (parts) for (const p of parts) if (p.snapshot !== target) for (const a of p.treaty.articles) holder.set(a, p.snapshot);
  const all = parts ? parts.flatMap((p) => p.treaty.articles) : treaty.articles;
  const list = candidates(req, from, target, all, (a) => !holder.has(a));
  const range = lineRange(req, from);
  for (let i = 0; i < list.length; i++) {
    if ((i & 255) === 0 && req.token.isCancellationRequested) return [];
    const a = list[i];
    const name = inWord(arabic && a.num !== undefined && a.sub === undefined ? `第${formatArabic(a.num)}条` : a.name, own);
    const there = holder.get(a);
    const data: ItemData = { k: 'article', uri: (there ?? target).uri, num: a.num, sub: a.sub, name: a.name };
    items.push({
      label: name,
      labelDetails: { description: a.summary },
      kind: CompletionItemKind.Reference,
      // (Another part's article: the part's heading under the title, as its outline names it, `合同编`.)
      detail: target !== req.snapshot ? `${treaty.title?.text ?? ''} ${a.name}` : there ? `${partName(req.workspace.model(there)) ?? ''} ${a.name}`.trim() : a.summary,
      sortText: pad(a.num ?? i),
      filterText: a.num !== undefined ? `${name} 第${formatArabic(a.num)}条` : name,
      textEdit: { range, newText: name },
      data,
    });
  }
  return items;
}

/**
 * After `第` in running text: the referent's numbered chapters, sections and parts (`本法第‸` → 第二章 总则, `《…》第‸` → its
 * 第六章), after its articles. A unit inside another is named with it (`第二编第三章`, `第二章第一节`): its own number
 * alone names another unit of the text. Each shows its caption and the articles it holds.
 */
export function chapterItems(req: CompletionRequest, from: number, target: Snapshot): CompletionItem[] {
  let treaty = req.workspace.model(target);
  const items: CompletionItem[] = [];
  const range = lineRange(req, from);
  // After a unit's name (`本法第二章第‸`): the units inside it, named from it (`第一节`); after one it lacks, none.
  let path = unitsBefore(req.before.slice(0, req.before.length - (req.offset - from)));
  const found = (named: string) => named ? treaty.chapters.find((c) => numbered(c) && foldScript(pathOf(c)).endsWith(named)) : undefined;
  let container = found(path);
  // A book the text lacks, in a code kept one file per book (`本法第一编第‸` in 合同编): that book's file, and the units in it.
  const book = path && !container && target === req.snapshot ? BOOK_FIRST.exec(path) : null;
  const there = book ? bookNumbered(req, parseNumeral(book[1]) ?? 0) : undefined;
  if (there) {
    [treaty, target, path] = [there.treaty, there.snapshot, path.slice(book![0].length)];
    container = found(path);
  }
  const other = target !== req.snapshot;
  if (path && !container) return items;
  const dropped = container ? pathOf(container).length : 0;
  // A unit named as one before it (`第一章` twice, a heading copied with its number left): its name names the first
  // (model/chapterReferences.ts chapterNamed), and accepted it would name that one, not the caption shown.
  const offered = new Set<string>();
  treaty.chapters.forEach((c, i) => {
    if (!numbered(c) || (container && !within(c, container))) return;
    const full = pathOf(c);
    if (offered.has(full)) return;
    offered.add(full);
    const name = full.slice(dropped);
    const held = heldArticles(treaty, c);
    items.push({
      label: name,
      labelDetails: { description: c.caption },
      kind: CompletionItemKind.Folder,
      detail: [other ? `${treaty.title?.text ?? ''} ${full}` : full, c.caption, held && `（${held}）`].filter(Boolean).join(' '),
      // After the articles: a reference names an article far more often than a chapter.
      sortText: `~${pad(i)}`,
      filterText: c.num !== undefined ? `${name} 第${formatArabic(c.num)}${c.unit}` : name,
      textEdit: { range, newText: name },
    });
  });
  return items;
}

/** Whether chapter `c` and every unit holding it are numbered (`第二章`, not a caption-only heading). */
function numbered(c: Chapter): boolean {
  for (let x: Chapter | undefined = c; x; x = x.parent) if (x.num === undefined) return false;
  return true;
}

/** Unit names written right before the cursor's `第`, spaces out (`第二编第三章`), or '' — a name's numerals as the model writes them. */
function unitsBefore(head: string): string {
  const m = UNITS_AT_END.exec(head);
  if (!m) return '';
  return m[0].replace(/[ \t\u3000]+/g, '').replace(UNIT_PIECE, (_, n: string, unit: string) => `第${formatChinese(parseNumeral(n) ?? 0)}${foldScript(unit)}`);
}

function withoutUnits(head: string): string {
  const m = UNITS_AT_END.exec(head);
  return m ? head.slice(0, m.index) : head;
}

/** A book named first in `unitsBefore`'s words (`第一编第六章`): its numeral. */
const BOOK_FIRST = new RegExp(`^第([${NUMERAL_CHARS}]{1,6})编`);

/** `第二章`, `第 3 节` … and a run of them at the end of a string. */
const UNIT_WORD = `第[ \\t\\u3000]{0,2}([${NUMERAL_CHARS}]{1,6})[ \\t\\u3000]{0,2}(${alternation(CHAPTER_UNITS)}|編|節)`;
const UNIT_PIECE = new RegExp(UNIT_WORD, 'g');
const UNITS_AT_END = new RegExp(`(?:${UNIT_WORD})+[ \\t\\u3000]{0,2}$`);

/** `第二编第三章`: chapter `c`'s name after the names of the units holding it. */
function pathOf(c: Chapter): string {
  return c.parent ? pathOf(c.parent) + c.name : c.name;
}

/** What names this text's own points before `第`: 上文, 下文, or 本 and a kind (本备忘录第四点, 上文第1段), as the model reads them. */
const POINTS_NAMED = new RegExp(`(?:上文|下文|本(?:${alternation(SELF_WORDS)}))[ \\t\u3000]{0,2}$`);

/**
 * In a text of points, after `上文第` or `本备忘录第`: its points, named as the text's references name them — `第四点`
 * when they are numbered `一、`, `第4段` when numbered `4.` (a resolution's) — as after `第` in a treaty its articles.
 */
function pointItems(req: CompletionRequest, from: number, treaty: Treaty): CompletionItem[] {
  if (!POINTS_NAMED.test(foldScript(req.before.slice(0, req.before.length - (req.offset - from))))) return [];
  const first = treaty.articles[0]?.name.trim().charAt(0) ?? '';
  const digits = /[0-9０-９]/.test(first);
  const range = lineRange(req, from);
  const items: CompletionItem[] = [];
  for (const a of treaty.articles) {
    if (a.num === undefined || a.sub !== undefined) continue;
    const name = digits ? `第${a.num}段` : `第${formatChinese(a.num)}点`;
    items.push({
      label: name,
      labelDetails: { description: a.summary },
      kind: CompletionItemKind.Reference,
      detail: a.summary,
      sortText: pad(a.num),
      filterText: `${name} 第${a.num}`,
      textEdit: { range, newText: name },
      data: { k: 'article', uri: req.snapshot.uri, num: a.num, name: a.name } satisfies ItemData,
    });
  }
  return items;
}

/** More articles than this are offered in part (the list is then marked incomplete). */
const MAX_ARTICLE_ITEMS = 300;

/**
 * The articles to offer: all of them, or in a long treaty those whose number begins
 * with what was typed (`第十` → 第十条, 第十一条 …, `第12` → 12, 120 …), nearest the cursor first.
 */
function candidates(req: CompletionRequest, from: number, target: Snapshot, all: readonly Article[], here: (a: Article) => boolean): readonly Article[] {
  if (all.length <= MAX_ARTICLE_ITEMS) return all;
  req.incomplete = true;
  const typed = req.text.slice(from + 1, req.offset).replace(/[\s\u3000]+/g, '');
  let list: readonly Article[] = all;
  if (typed) {
    const chinese = `第${typed}`;
    list = all.filter((a) => a.name.startsWith(chinese) || (a.num !== undefined && formatArabic(a.num).startsWith(typed)));
  }
  if (list.length <= MAX_ARTICLE_ITEMS) return list;
  // Nearest the cursor (in this document) or the first ones (in another).
  let at = 0;
  if (target === req.snapshot) {
    // (This file's articles: another part's, in a text kept by part, stand before or after them all.)
    let last = -1;
    for (let i = 0; i < list.length; i++) if (here(list[i])) last = i;
    const next = list.findIndex((a) => here(a) && a.start > req.offset);
    at = next >= 0 ? next : last + 1 || list.length;
  }
  const start = Math.max(0, Math.min(at - MAX_ARTICLE_ITEMS / 2, list.length - MAX_ARTICLE_ITEMS));
  return list.slice(start, start + MAX_ARTICLE_ITEMS);
}

/** After `第X条第`: the paragraphs (款) and items (项) of article X of the referent. */
export function partItems(req: CompletionRequest, from: number, target: Snapshot, num: number, sub?: number): CompletionItem[] {
  let treaty = req.workspace.model(target);
  let a = findArticle(treaty, num, sub);
  // An article another file of the text holds (a code kept one file per book: `本法第一百四十二条第` in 合同编, 总则's): its parts.
  const held = a || target !== req.snapshot ? undefined : partHolding(req.workspace, target, { num, sub });
  if (held) {
    [target, treaty] = [held.snapshot, req.workspace.model(held.snapshot)];
    a = findArticle(treaty, num, sub);
  }
  if (!a) return [];
  const items: CompletionItem[] = [];
  let order = 0;
  const push = (label: string, summary: string, kind: CompletionItemKind) =>
    items.push({
      label,
      labelDetails: { description: summary },
      kind,
      detail: `${a.name}${label}`,
      sortText: pad(order++),
      filterText: label,
      textEdit: edit(req, from, label),
      data: { k: 'article', uri: target.uri, num: a.num, sub: a.sub, name: a.name } satisfies ItemData,
    });
  for (const p of a.paragraphs) {
    // An article of one paragraph has no 第一款 worth citing unless it is numbered.
    if (a.paragraphs.length > 1 || p.num !== undefined) push(`第${formatChinese(p.index)}款`, summarizeBlock(treaty.text, p.block), CompletionItemKind.Field);
    for (const it of p.items) {
      const itemLabel = itemName(it.label, it.num ?? it.index);
      // `第二条第（三）项` in an article of one paragraph, `第二条第一款第（三）项` otherwise.
      const label = a.paragraphs.length > 1 ? `第${formatChinese(p.index)}款${itemLabel}` : itemLabel;
      push(label, summarizeBlock(treaty.text, it.block), CompletionItemKind.EnumMember);
    }
  }
  return items;
}

/** `（三）` / `(三)` → `第（三）项`; `3.` → `第三项`. */
function itemName(label: string, n: number): string {
  return /^[（(]/.test(label) ? `第（${formatChinese(n)}）项` : `第${formatChinese(n)}项`;
}

/** A date just before `《`: the citation is dated already. */
const DATED = new RegExp(`[${DATE_DIGITS}][ \\t]*日(?:${alternation(DATING_VERBS)})?的?[ \\t]*$`);

/** After `《` (at `open`): the titles of the instruments in the workspace, closing `》`; and the date-first form. */
export function titleItems(req: CompletionRequest, open: number): CompletionItem[] {
  const items: CompletionItem[] = [];
  // An auto-closed `》` right after the cursor is replaced too.
  const to = req.text.charCodeAt(req.offset) === 0x300b /* 》 */ ? req.offset + 1 : req.offset;
  const dated = DATED.test(req.before.slice(0, req.before.length - (req.offset - open)));
  const seen = new Set<string>();
  for (const s of req.workspace.all()) {
    if (req.token.isCancellationRequested) return [];
    if (s.uri === req.snapshot.uri || !s.isTreaty(true)) continue;
    // The info, not the model: a closed file is not parsed again for its title.
    const t = s.info;
    if (!t.title) continue;
    const title = t.title;
    const signed = t.dates.find((d) => d.source === 'signing');
    const date = signed ? formatDate(signed) : undefined;
    const key = `${t.normalized}|${date ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const file = fileNameOf(s.uri);
    const detail = [date, t.place, file].filter(Boolean).join(' · ');
    const data: ItemData = { k: 'title', uri: s.uri };
    items.push({
      label: `《${title}》`,
      labelDetails: { description: detail },
      kind: CompletionItemKind.Module,
      detail,
      sortText: `0${title}`,
      filterText: title,
      textEdit: { range: lineRange(req, open + 1, to), newText: `${title}》` },
      data,
    });
    if (date && !dated) {
      items.push({
        label: `${date}《${title}》`,
        labelDetails: { description: file },
        kind: CompletionItemKind.Module,
        detail,
        sortText: `1${title}`,
        filterText: `《${title}`,
        textEdit: { range: lineRange(req, open, to), newText: `${date}《${title}》` },
        data,
      });
    }
  }
  return items;
}

/**
 * Defined terms and the self-reference, replacing whatever part of them was typed.
 * `word`: where a word typed alone on its line starts; a term it does not begin
 * replaces it (and so is filtered out), instead of being appended to it.
 */
export function termItems(req: CompletionRequest, word?: number): CompletionItem[] {
  const items: CompletionItem[] = [];
  const { treaty } = req;
  const ascii = /[A-Za-z][A-Za-z-]*$/.exec(req.before)?.[0] ?? '';
  const add = (term: string, detail: string, kind: CompletionItemKind, sort: string) => {
    let typed = ascii ? ascii.length : typedPart(req.before, term);
    if (typed === 0 && word !== undefined) typed = req.offset - word;
    const pinyin = PINYIN[term];
    items.push({
      label: term,
      labelDetails: { description: detail },
      kind,
      detail,
      sortText: sort,
      filterText: pinyin ? `${term} ${pinyin}` : term,
      textEdit: edit(req, req.offset - typed, term),
      insertTextFormat: InsertTextFormat.PlainText,
    });
  };
  // Not on the title's own line: what is typed there is the title (or a snippet prefix), not yet a kind of instrument.
  // The self-reference the text writes (本备忘录 in a 谅解备忘录 that writes it), else its kind's.
  const self = selfRefWritten(treaty);
  if (treaty.kind && treaty.title?.line.start !== req.line.start) add(self, treaty.title?.text ?? treaty.kind, CompletionItemKind.Keyword, '3-0');
  const seen = new Set<string>([self]);
  for (const d of treaty.definitions) {
    if (seen.has(d.term)) continue;
    seen.add(d.term);
    add(d.term, d.meaning, CompletionItemKind.Constant, `3-${pad(seen.size)}`);
  }
  return items;
}

/** How many characters before the cursor are the beginning of `term`: `…，缔约` + 缔约双方 → 2. */
function typedPart(before: string, term: string): number {
  for (let k = Math.min(term.length - 1, before.length); k > 0; k--) {
    if (before.endsWith(term.slice(0, k))) return k;
  }
  return 0;
}
