// textDocument/documentSymbol: Title → preamble → chapters → articles → paragraphs (款) → items (项);
// signing clause; signature block. `range` is the whole unit, `selectionRange` its heading.
// Positions are computed in document order (start, heading, children, end) so
// the line map answers each in constant time. An article's symbol is kept with the article (the
// model keeps the articles an edit did not touch: model/treaty.ts) and given again while the
// article starts on the same line: after a keystroke only the edited article's is built. A kept
// article symbol is frozen (the object itself: freezing the ten thousand ranges and positions under
// them cost more than building them; nothing changes them, they are built here and only read after),
// and the stdio writer keeps the JSON of a frozen object with it (protocol/encode.ts).
import { DocumentSymbol, Position, Range, SymbolKind } from 'vscode-languageserver-types';
import { Block, Line, everyLine, firstContentLine, isContent } from '../syntax/tree';
import { LineMap, trimEnd } from '../syntax/positions';
import { CharSearch, KeptChar, NextChar } from '../syntax/lines';
import { bracketsOf } from '../syntax/parser';
import { Article, Item, Paragraph, Treaty, inlineItems, instructionBefore, keepWith, keptWith, noteHeadWords, summarizeBlock, treatyText } from '../model/treaty';
import { formatChinese, startsPast } from '../syntax/numerals';
import { ADOPTION_RECORD, ORDER_NUMBER, BODY, CONTENTS_HEADING, CONTINUED, PINYIN_GLOSS, PREAMBLE, PROSE_KINDS, PREAMBLE_MARK, POINTS_SECTION_HEADING, SITE_WORDS, endingKind, opensPinyin } from '../syntax/words';
import { foldScript } from '../syntax/script';
import { TextLike } from '../syntax/text';
import { formatDate, readSigning } from '../model/signing';
import { orderLine, orderWords, publishingOrderOf } from '../model/info';
import { FeatureContext } from './context';
import { annexWord, bareAnnexWord } from './definition';
import { digitLabel } from './unitWords';


/**
 * The symbol kind of an article. VS Code shows the kind's name in the outline's
 * tooltips (`第二条 (field)`, `第二条 (字段)`) and its icon in the outline and in
 * Go to Symbol: a field of the document reads better than a `class`.
 */
export const ARTICLE_SYMBOL_KIND = SymbolKind.Field;

/**
 * Lean symbols (a 1 MB treaty has ten thousand): no empty `detail`, no empty `children`. Each made
 * whole by one literal (a field added after it would take an object of its own), fields in one order.
 */
/** How many characters of an item run in its paragraph's line the outline shows after its label. */
const ITEM_WORDS = 20;

function symbol(name: string, detail: string, kind: SymbolKind, range: Range, selectionRange: Range, children: DocumentSymbol[] | undefined, glossed = true): DocumentSymbol {
  if (glossed) {
    name = unglossed(name);
    detail = unglossed(detail);
  }
  if (children?.length) return detail ? { name, kind, range, selectionRange, detail, children } : { name, kind, range, selectionRange, children };
  return detail ? { name, kind, range, selectionRange, detail } : { name, kind, range, selectionRange };
}

/** Whether one of the brackets at `at` opens a gloss's letters or follows a colon: what `documentSymbols`' `readBrackets` looks for. */
function readsAny(text: TextLike, at: readonly number[]): boolean {
  for (let i = 0; i < at.length; i++) {
    if (opensPinyin(text.charCodeAt(at[i] + 1))) return true;
    const c = text.charCodeAt(at[i] - 1);
    if (c === 0xff1a /* ： */ || c === 0x3a /* : */) return true;
  }
  return false;
}

/** A Chinese character, a bracket, a letter and the closing bracket: no string shorter holds a match of PINYIN_GLOSS. */
const SHORTEST_GLOSSED = 4;

/**
 * Words without a converter's pinyin glosses (`關(guān)于建立戰(zhàn)略伙伴關(guān)系` → `關于建立戰略伙伴關系`, words.ts PINYIN_GLOSS): a
 * drafter reads the outline's names and summaries as the text's words, the glosses are the page's. Only a string holding
 * a bracket is looked at, and none shorter than the shortest gloss with its character, `阿(ā)`: most names (`第三条`, `二、`,
 * `第一款`) and every item's `(一)` — whose replace, 900 of them in the bench's 1 MB treaty, cost ~4 % of its outline.
 */
function unglossed(s: string): string {
  return s.length < SHORTEST_GLOSSED || (s.indexOf('(') < 0 && s.indexOf('（') < 0) ? s : s.replace(PINYIN_GLOSS, '');
}

/** `三、` and `第三款`: the names of paragraphs repeat in every article, each made once. */
const NUMBERED: string[] = [];
const CLAUSES: string[] = [];
function numberedName(n: number): string {
  return n >= 0 && n < 1000 && Number.isInteger(n) ? (NUMBERED[n] ??= `${formatChinese(n)}、`) : `${formatChinese(n)}、`;
}
function clauseName(n: number): string {
  return n >= 0 && n < 1000 && Number.isInteger(n) ? (CLAUSES[n] ??= `第${formatChinese(n)}款`) : `第${formatChinese(n)}款`;
}

/** The symbol last given for an article, kept with it (model/treaty.ts `keepWith`): where it started then is its range's start. */
function keptOf(a: Article): DocumentSymbol | undefined {
  return keptWith(a) as DocumentSymbol | undefined;
}

/** No children: never given out (`symbol` leaves an empty list out), one array for every article that has none. */
const NO_SYMBOLS: DocumentSymbol[] = [];

/** `p`, or `q` itself when it is the same place: positions shared, the JSON the same, fewer objects. */
function same(p: Position, line: number, character: number): Position {
  return p.line === line && p.character === character ? p : { line, character };
}

/** A field of a site or a database opening a line: a label, a colon (`所屬分類:`, `**性質**：史料全文`, `- 其他語言版本:`, `【来源】`). */
const FIELD = /^(?:[-*•·]\s*)?(?:\*\*)?(?:[^\s，,。；;：:|]{1,12}?(?:\*\*)?\s*[：:]|【[^】]{1,12}】|\[[^\]]{1,12}\])/;
/** A clause mark: a sentence of the text holds one (`，`, `、`, `；`, `。`). */
const CLAUSE_MARK = /[，,、；;。！]/;
/** A line ending as a sentence's opening does, the rest on the next line (`本公约缔约国，`, `大會,`, `締約各方:`). */
const LEAD_END = /[，,：:]$/;
const LETTERS = /[\u3400-\u9fff\p{L}]/gu;
/** A Chinese text's letters: a line in another script beside them is its translation (`The States Parties to the present Convention,` over `本公约各当事国,`). */
const HAN = /[\u3400-\u9fff]/g;
const SITE_NAME = new RegExp(`^(?:[^，,]*(?:${SITE_WORDS.join('|')})[，,]?)+$`);
/** Letters enough for a line to be a sentence's, broken by a width where it holds no clause mark (`…在相互尊重和` / `信任基础上,…`). */
const WRAPPED = 20;

/**
 * How a line of a preamble reads: `no`, a line a site or a database put over the instrument — a field (`下载地址: 点击此处下载`,
 * `**性質**：…`), a table's row (`… |`), a note wholly in brackets (`(签订日期…)`), the site's name (`維基文庫,自由的圖書館`), the
 * title again, words that make no sentence (`跳至主要內容`, `English`, a date), a record of its ratification or adoption; `lead`, a sentence's opening alone on its line, or
 * a label alone (`本公约缔约国，`, `締約各方:`, `所屬分類:`): the instrument's when a sentence follows it; `sentence`: eight
 * letters at least and a clause mark among them, or a line of twenty a width broke — in a Chinese text Chinese characters, a
 * line in another script beside them being its translation.
 */
function reading(text: TextLike, line: Line, chinese: boolean): 'no' | 'lead' | 'sentence' | 'beside' {
  const s = text.slice(line.contentStart, line.contentEnd).trim();
  const letters = s.match(chinese ? HAN : LETTERS)?.length ?? 0;
  // A translation's line between a Chinese lead and its sentence (`本公约各当事国,` / `Recalling that, …` / `查各国人民…`).
  if (chinese && letters === 0 && /\p{L}/u.test(s)) return 'beside';
  if (s.includes('|') || /^[(（][^)）]*[)）]$/.test(s) || letters < 2) return 'no';
  const field = FIELD.exec(s);
  if (field) return field[0].length === s.length && /[：:]$/.test(s) ? 'lead' : 'no';
  const folded = foldScript(s);
  if (SITE_NAME.test(folded) || endingKind(folded) !== undefined) return 'no';
  // A record of what was done to the instrument, with no clause of its own (Wikisource's status line over a treaty:
  // `2008年4月24日《全國人民代表大會常務委員會關於批准〈…〉的決定》批准`), not a sentence of it.
  if (ADOPTION_RECORD.test(folded) && !/[，,]/.test(s)) return 'no';
  if (LEAD_END.test(s) && !CLAUSE_MARK.test(s.slice(0, -1))) return letters < 8 ? 'lead' : 'sentence';
  return letters >= 8 && (CLAUSE_MARK.test(s) || /[：:]$/.test(s) || letters >= WRAPPED) ? 'sentence' : 'no';
}

/**
 * The preamble's summary: of its first line that is a sentence of the instrument, or a sentence's opening a sentence follows
 * (a page's fields, its navigation and the title again passed over: `應中華人民共和國總理周恩來的邀請，…`, not `其他語言版本`); of
 * its first line when none is.
 */
/**
 * A page that opens inside a text: no title, its first article past 第一条, and what stands above it no preamble's words
 * (`鉴于…`, `达成协议如下`: the Tonkin Gulf resolution's page, its first section's label lost): the end of the article before.
 */
function opensInside(treaty: Treaty, b: Block): boolean {
  const first = treaty.articles[0]?.num;
  if (treaty.title !== undefined || first === undefined || !startsPast(first)) return false;
  for (const l of treaty.tree.lines) {
    if (l.start >= b.end) break;
    if (l.start >= b.start && PREAMBLE_MARK.test(foldScript(treaty.text.slice(l.contentStart, Math.min(l.contentEnd, l.contentStart + 200))))) return false;
  }
  return true;
}

function preambleSummary(text: TextLike, b: Block, chinese: boolean): string {
  let first: Line | undefined;
  let lead: Line | undefined;
  let beside = false;
  everyLine(b, (l) => {
    if (!isContent(l) || (l.kind === 'heading' && l.level > 0)) return true;
    const r = reading(text, l, chinese);
    if (r === 'beside') return (beside = true);
    if (r === 'sentence') first = lead ?? l;
    else lead = r === 'lead' ? l : undefined;
    return first === undefined;
  });
  if (!first) return summarizeBlock(text, b);
  if (!beside) return summarizeBlock(text, b, first);
  // A text printed with its translation line by line: the summary reads on over the Chinese lines alone (`本公约各当事国，查各国
  // 人民…`, not `本公约各当事国，Recalling that, …`).
  const own: Line[] = [];
  everyLine(b, (l) => {
    if (!isContent(l) || reading(text, l, chinese) !== 'beside') own.push(l);
    return true;
  });
  return summarizeBlock(text, { ...b, children: own }, first);
}

/**
 * The heading of the points' first section when it is the block's one line with words (POINTS_SECTION_HEADING: `一 . 價 值 和原則`),
 * as the outline shows it (its letter spacing closed, `一 . 價值和原則`), else undefined.
 */
function sectionHeadingAlone(text: TextLike, b: Block): string | undefined {
  let only: Line | undefined;
  let more = false;
  everyLine(b, (l) => {
    if (!isContent(l) || !text.slice(l.contentStart, l.contentEnd).trim()) return true;
    if (only) more = true;
    else only = l;
    return !more;
  });
  if (!only || more || only.kind !== 'text' || !POINTS_SECTION_HEADING.test(foldScript(text.slice(only.contentStart, only.contentEnd).trim()))) return undefined;
  return summarizeBlock(text, b, only);
}

/** A table of contents' entry: a heading's words, short, no clause mark (`第一章　总　　则`, `第二章　计量基准器具、…`). */
const CONTENTS_ENTRY = /^[^，,。；;：:！？]{1,48}$/;

/**
 * Whether every line of `b` with words is a record of what was done to the text, a date and a body's act (words.ts
 * ADOPTION_RECORD: `2019年4月23日第十三届全国人民代表大会常务委员会第十次会议通过`, `２０１３年１月１日 施行`, `…第一次修正`), a clause
 * mark after it or not (`…公安部令第１２５号发布，`), or a table of contents: its heading (`目　　录`, words.ts CONTENTS_HEADING)
 * and the entries under it, the chapters' headings the text gives again below (the parser made them text).
 */
function recordOnly(text: TextLike, b: Block): boolean {
  return recordAfter(text, b, undefined);
}

/**
 * The heading a block opens with when the record of the text's adoption (`recordOnly`) is all that follows it, else undefined:
 * the part a file of a text kept by part holds (`# 合同编`), named by it in the outline and its record printed as one (export/layout.ts).
 */
export function headedRecord(text: TextLike, b: Block): Line | undefined {
  let head: Line | undefined;
  everyLine(b, (l) => {
    if (isContent(l)) head = l;
    return head === undefined;
  });
  return head?.kind === 'heading' && head.level > 0 && recordAfter(text, b, head) ? head : undefined;
}

/** Whether every content line of `b` but `head` is the record of the text's adoption, or its table of contents. */
function recordAfter(text: TextLike, b: Block, head: Line | undefined): boolean {
  let records = 0;
  let contents = false;
  let other = false;
  everyLine(b, (l) => {
    if (!isContent(l) || l === head || !text.slice(l.contentStart, l.contentEnd).trim()) return true;
    const s = foldScript(text.slice(l.contentStart, l.contentEnd).trim());
    if (ADOPTION_RECORD.test(s.replace(/[，,；;。]$/, ''))) records++;
    else if (!contents && CONTENTS_HEADING.test(s)) contents = true;
    else if (!contents || !CONTENTS_ENTRY.test(s)) other = true;
    return !other;
  });
  return (records > 0 || contents) && !other;
}

/**
 * The paragraphs of a text in prose (lines not parted by a blank line are one), a page's lines that are no sentence of it
 * (`reading`: fields, the site's name) passed over; undefined when there are none.
 */
function proseParagraphs(text: TextLike, b: Block, chinese: boolean): Block[] | undefined {
  const out: Block[] = [];
  let open: Block | undefined;
  everyLine(b, (l) => {
    if (!isContent(l) || (l.kind === 'heading' && l.level > 0) || reading(text, l, chinese) === 'no') {
      if (l.kind === 'blank' || l.kind === 'heading') open = undefined;
      return true;
    }
    if (open) {
      open.end = l.end;
      open.children.push(l);
    } else out.push((open = { type: 'block', kind: b.kind, start: l.start, end: l.end, children: [l], head: l }));
    return true;
  });
  return out.length >= 1 ? out : undefined;
}

/**
 * A heading with nothing under it in the tree, the articles after it its siblings (刑法's unnumbered `## 附则` over
 * 第四百五十二条, a judicial interpretation's `## 二、票据保全` over 第七条): the heading holds them in the outline, to the
 * next heading or unit that is no article, as the drafter reads the text; an article written as a heading of the same
 * rank or above (`## 附则` / `## 第二条`) is the heading's sibling, and ends it. 0 when `kids[i]` is no such heading.
 */
export function articlesUnder(kids: Block['children'], i: number): number {
  const b = kids[i];
  if (b.type !== 'block' || b.kind !== 'section' || !b.head) return 0;
  for (const c of b.children) if (c !== b.head && !(c.type === 'line' && c.kind === 'blank')) return 0;
  let last = 0;
  for (let j = i + 1; j < kids.length; j++) {
    const c = kids[j];
    if (c.type === 'block' && (c.kind !== 'article' || (c.head && c.head.level > 0 && c.head.level <= b.head.level))) break;
    if (c.type === 'block') last = j;
    else if (c.kind !== 'blank') break;
  }
  return last;
}

export function documentSymbols(ctx: FeatureContext): DocumentSymbol[] {
  const { treaty, token } = ctx;
  const text = treatyText(treaty);
  const map = ctx.lines;
  // The tree is walked in the model's order: articles and chapters are met as they are listed (a map only if not).
  const articles = treaty.articles;
  let nextArticle = 0;
  let articleByBlock: Map<Block, Article> | undefined;
  const articleOf = (b: Block): Article | undefined => {
    const a = articles[nextArticle];
    if (a?.block === b) {
      nextArticle++;
      return a;
    }
    articleByBlock ??= new Map(articles.map((x) => [x.block, x]));
    return articleByBlock.get(b);
  };
  const chapters = treaty.chapters;
  let nextChapter = 0;
  const chapterOf = (b: Block) => (chapters[nextChapter]?.block === b ? chapters[nextChapter++] : chapters.find((c) => c.block === b));
  // The first signing clause met: the one the model's signing was read from.
  let firstSigning: Block | undefined;

  /**
   * The range of a line's content, or of `from..to` inside it; its start is `at` when that is where it starts. `at` is the
   * position of `atOffset`: when the line starts there, its row is `at`'s (not looked up again: an article's heading opens it).
   */
  const lineRange = (l: Line, from = l.contentStart, to = l.contentEnd, at?: Position, atOffset = -1): Range => {
    let line: number;
    let start: number;
    if (at && l.start === atOffset) {
      line = at.line;
      start = atOffset - at.character;
    } else {
      line = map.lineOf(from);
      start = map.row(line)!.start;
    }
    return { start: at ? same(at, line, from - start) : { line, character: from - start }, end: { line, character: Math.max(from, to) - start } };
  };
  /** Whether `p` is the position of `offset` (as `positionAt` reads it: a place in a line, never in its line break). */
  const startsAt = (p: Position, offset: number): boolean => {
    const line = map.lineOf(offset);
    const row = map.row(line);
    return row !== undefined && offset < row.end && p.line === line && p.character === Math.max(0, Math.min(offset, row.eol) - row.start);
  };
  // Whether the symbols being made may hold a converter's gloss: not those of an article whose text holds no bracket, `(` or `（`,
  // that a gloss opens with, followed by a letter a gloss's letters open with (words.ts opensPinyin) — and whether they may hold an
  // item run in a paragraph's line (`inlineItems`: its first label is a bracket right after a colon, `：（一）`): not those of an
  // article with no bracket after a colon. Most articles hold no bracket, and nearly all brackets hold words (`（一）`,
  // `（以下简称…）`) on a line of their own or inside a sentence: the dozen strings an article makes were searched twice for a
  // bracket (~5 % of the bench's 1 MB outline) where none can hold a gloss, and each paragraph of an article holding a bracket
  // was read unit by unit for a colon and a bracket (`inlineItems`, ~0.6 M instructions of the bench's parse + outline of 120 M)
  // where none follows one. The brackets are looked for article after article, in text order, each part of the text once.
  let glossed = true;
  let listed = true;
  // (Read off the brackets the parse found, when it made this tree of this text — a full parse, not an edit's re-parse: no search
  // of the text. Searched for, each was a whole text's `indexOf`s stopping at every character sharing its high byte, `(` at
  // every 用 and 在, `（` at every `，` and `：`: ~4 % of the bench's 1 MB parse + outline.)
  const kept = bracketsOf(treaty.tree);
  const fromParse = kept !== undefined && kept.text === text;
  const paren: CharSearch = fromParse ? new KeptChar(kept.ascii) : new NextChar(text, '(');
  const fullParen: CharSearch = fromParse ? new KeptChar(kept.full) : new NextChar(text, '（');
  // (And with every bracket known, whether any opens a gloss or follows a colon: in most texts none, and no article's are read.)
  const readsBrackets = !fromParse || readsAny(text, kept.ascii) || readsAny(text, kept.full);
  /**
   * The brackets `brackets` finds in `at..to` (`at` the first, or -1) read: `glossed` when one is followed by a gloss's first
   * letter, `listed` when one follows a colon (either set already: not looked for again).
   */
  const readBrackets = (brackets: CharSearch, at: number, to: number): void => {
    for (; at >= 0 && !(glossed && listed); at = brackets.in(at + 1, to)) {
      if (opensPinyin(text.charCodeAt(at + 1))) glossed = true;
      const c = text.charCodeAt(at - 1);
      if (c === 0xff1a /* ： */ || c === 0x3a /* : */) listed = true;
    }
  };
  // Units that end together (an article, its last paragraph, that paragraph's last item) share their end position.
  let lastEnd = -1;
  let lastEndPosition: Position = { line: 0, character: 0 };
  const endOf = (b: Block): Position => {
    const offset = trimEnd(text, b.start, b.end);
    if (offset !== lastEnd) {
      lastEnd = offset;
      lastEndPosition = map.positionAt(offset);
    }
    return lastEndPosition;
  };

  // `children`: a unit's items, a block whose blocks are its children (a chapter, a section), or what makes them (an
  // annex's articles). No arrow for each paragraph with items nor for each chapter: `visit` closing over its block
  // would allocate that block's context on every call, article or not.
  const make = (name: string, detail: string, kind: SymbolKind, b: Block, head: Line | undefined, children: Item[] | Block | (() => DocumentSymbol[]) | undefined): DocumentSymbol => {
    // Positions in document order: the unit's start, its heading, its children, its end.
    const start = map.positionAt(b.start);
    let line = start.line;
    let from = start.character;
    let to = from;
    if (head) {
      // (A unit opening with its heading, as nearly all do: the heading's line is the start's, and where that line starts is the
      // start less its character — no line looked up again, ~6,000 lookups of the bench's 1 MB outline.)
      let rowStart: number;
      if (head.start === b.start) rowStart = b.start - from;
      else {
        line = map.lineOf(head.contentStart);
        rowStart = map.row(line)!.start;
      }
      from = head.contentStart - rowStart;
      to = Math.max(head.contentStart, head.contentEnd) - rowStart;
    }
    const kids = children === undefined ? undefined : Array.isArray(children) ? items(children) : typeof children === 'function' ? children() : visitChildren(children);
    const end = endOf(b);
    const range = { start, end };
    // The heading's positions are the unit's when they are the same place; a one-line unit's heading is its range.
    const selStart = same(start, line, from);
    const selEnd = line === end.line && to === end.character ? end : selStart.line === line && selStart.character === to ? selStart : { line, character: to };
    const selectionRange = selStart === start && selEnd === end ? range : { start: selStart, end: selEnd };
    return symbol(name || '…', detail, kind, range, selectionRange, kids, glossed);
  };

  // Items and paragraphs in plain loops into arrays made at their size: `map` with an arrow made for each article
  // (and the context it closes over) was garbage of its own, ~0.3 MB of a 1 MB treaty's outline.
  /** Items, each with its sub-items under it (`(g)` › `(i)` `(ii)`). */
  const items = (list: Item[]): DocumentSymbol[] => {
    const out = new Array<DocumentSymbol>(list.length);
    for (let i = 0; i < list.length; i++) {
      const it = list[i];
      out[i] = make(it.label, summarizeBlock(text, it.block), SymbolKind.EnumMember, it.block, it.block.head, it.items.length ? it.items : undefined);
    }
    return out;
  };

  /** The items a paragraph runs in its line (model/treaty.ts `inlineItems`), each named by its label and its words. */
  const inline = (p: Paragraph): (() => DocumentSymbol[]) | undefined => {
    if (!listed) return undefined;
    const list = inlineItems(text, p);
    return list.length === 0 ? undefined : inlineSymbols(list);
  };
  // (The arrow made apart from `inline`: a function whose variable an arrow closes over allocates its context on every
  // call, and `inline` is called for each paragraph without items, most of which run none in their line.)
  const inlineSymbols = (list: ReturnType<typeof inlineItems>) => (): DocumentSymbol[] =>
    list.map((it) => {
      const words = text.slice(it.start + it.label.length, it.end).replace(/[；;，,。]$/, '');
      return symbol(it.label, words.length > ITEM_WORDS ? `${words.slice(0, ITEM_WORDS)}…` : words, SymbolKind.EnumMember, map.range(it.start, it.end), map.range(it.start, it.start + it.label.length), undefined, glossed);
    });

  const paragraphs = (a: Article): DocumentSymbol[] => {
    const list = a.paragraphs;
    // An article with a single unnumbered paragraph and no items has nothing worth listing.
    if (list.length === 1 && list[0].items.length === 0 && list[0].num === undefined) return NO_SYMBOLS;
    const out = new Array<DocumentSymbol>(list.length);
    for (let i = 0; i < list.length; i++) {
      const p = list[i];
      const name = p.label ?? (p.num !== undefined ? numberedName(p.num) : clauseName(p.index));
      const head = firstContentLine(p.block);
      // The first paragraph's summary is the article's, shown on the line above it (without a caption, the article's is it: not read twice)
      // — unless words on the label's line are in no paragraph (an amending instruction the article is summarised by: model/treaty.ts
      // summaryWords), where the paragraph's own words are shown.
      // (So is an instruction on a line of its own under a bare label: model/treaty.ts instructionBefore.)
      const summary = i === 0 && a.caption === undefined && !(a.head.inlineBody && p.block.start >= a.head.end) && !(!a.head.inlineBody && a.summary !== '' && instructionBefore(text, a.block, a.head, p.block.start) !== undefined) ? a.summary : summarizeBlock(text, p.block, head);
      out[i] = make(name, i === 0 && summary === a.summary ? '' : summary, SymbolKind.Property, p.block, head, p.items.length ? p.items : inline(p));
    }
    return out;
  };

  const visit = (b: Block, out: DocumentSymbol[]): void => {
    if (token.isCancellationRequested) return;
    switch (b.kind) {
      case 'preamble': {
        // The record of a text's adoption, publication and amendments over its articles, and nothing else (`２０１２年１２月１９日
        // 中华人民共和国公安部令第１２５号发布，` …): no preamble, as that record in brackets is none; nor a law's table of contents.
        if (treaty.articles.length > 0 && recordOnly(text, b)) return;
        // A heading over that record alone: the part of a text kept one file per part the file holds (`# 中华人民共和国民法典` /
        // `# 合同编` / `2020年5月28日 第十三届全国人民代表大会第三次会议通过`, LawRefBook/Laws' 民法典): named by it, not a preamble.
        const part = treaty.articles.length > 0 ? headedRecord(text, b) : undefined;
        if (part) {
          out.push(make(text.slice(part.contentStart, part.contentEnd).trim(), preambleSummary(text, b, treaty.language === 'zh'), SymbolKind.Module, b, part, undefined));
          return;
        }
        // Nothing over the points but the heading of their first section (`聯合國千年宣言` / `一 . 價 值 和原則` / `1. 我們…`, a page
        // holding the Millennium Declaration's first section alone): named by it, no preamble whose words it would be.
        const section = treaty.articles.length > 0 ? sectionHeadingAlone(text, b) : undefined;
        if (section !== undefined) {
          out.push(make(section, '', SymbolKind.Module, b, firstContentLine(b), undefined));
          return;
        }
        // A statement or a communiqué in paragraphs alone, no article nor point (statement_cn_ae_2019): its paragraphs are its
        // body, not a preamble — listed, each by its number and its first words; one paragraph alone is its body, none listed.
        const body = treaty.articles.length === 0 && treaty.kind !== undefined && PROSE_KINDS.has(treaty.kind) ? proseParagraphs(text, b, treaty.language === 'zh') : undefined;
        const name = body ? BODY : opensInside(treaty, b) ? CONTINUED : PREAMBLE;
        const listed = body && body.length >= 2 ? body : undefined;
        out.push(make(name, preambleSummary(text, b, treaty.language === 'zh'), SymbolKind.Module, b, firstContentLine(b), listed && (() => listed.map((p, i) => make(`第${formatChinese(i + 1)}段`, summarizeBlock(text, p, p.head), SymbolKind.Property, p, p.head, undefined)))));
        return;
      }
      case 'chapter': {
        const c = chapterOf(b);
        // (Named with the part its heading names before it, `第四部 第八编`: a section of that part.)
        out.push(make(c?.part ? `${c.part} ${c.name}` : c?.name ?? '', c?.caption ?? '', SymbolKind.Namespace, b, b.head, b));
        return;
      }
      case 'article': {
        const a = articleOf(b);
        if (!a) return;
        // The same article (its text unchanged, only moved) on the same line: the same symbol. Compared
        // without a position made for it (2,590 after each keystroke on a 1 MB treaty, all garbage).
        const k = keptOf(a);
        if (k && startsAt(k.range.start, b.start)) {
          out.push(k);
          return;
        }
        const start = map.positionAt(b.start);
        const selectionRange = lineRange(a.head, a.label.start, a.label.end, start, b.start);
        // (Its name, summary, paragraphs and items are its words: with no bracket among them, no gloss either.)
        const from = Math.min(b.start, a.head.start);
        glossed = false;
        listed = false;
        if (readsBrackets) {
          readBrackets(paren, paren.in(from, b.end), b.end);
          readBrackets(fullParen, fullParen.in(from, b.end), b.end);
        }
        const children = paragraphs(a);
        // (Named as labelled when its number is in digits, `第1条`: the text's numbering, not the server's `第一条`.)
        const made = Object.freeze(symbol(digitLabel(treaty, a) ?? a.name, a.summary, ARTICLE_SYMBOL_KIND, { start, end: endOf(b) }, selectionRange, children, glossed));
        glossed = true;
        listed = true;
        keepWith(a, made);
        out.push(made);
        return;
      }
      case 'section':
        section(b, out);
        return;
      case 'signing': {
        // (The model's signing is the first clause's; a later one — the notes' closing after an instrument's own, or after an exchange
        // attached to the page's note (`附二: 关于延长…换文的换文`) — shows its own date and place.)
        const later = firstSigning !== undefined && firstSigning !== b && treaty.language === 'zh';
        firstSigning ??= b;
        const sg = later ? readSigning(text, b) : treaty.signing;
        const detail = sg ? [sg.date ? formatDate(sg.date) : '', sg.place ?? ''].filter(Boolean).join(' ') : '';
        out.push(make('签署', detail, SymbolKind.Event, b, b.head ?? firstContentLine(b), undefined));
        return;
      }
      case 'signatures': {
        const first = firstContentLine(b);
        out.push(make('签字', first ? text.slice(first.contentStart, first.contentEnd).slice(0, 24) : '', SymbolKind.Struct, b, first, undefined));
        return;
      }
      case 'metadata':
      case 'title':
        return;
      default:
        for (const ch of b.children) if (ch.type === 'block') visit(ch, out);
    }
  };
  /**
   * The articles of an annex after the signatures (`附件` / `口岸管理办法` / `第一条　…`), which the
   * parser reads as the section's paragraphs so that `第一条` elsewhere names the instrument's own
   * article: each line opening with an article's label starts one, to the next. Listed under the
   * section by their labels, as the drafter sees them (nothing resolves to them); the lines before
   * the first (the annex's own title) are the section's detail. Undefined when the section has none.
   */
  const annexArticles = (b: Block): { lead: Block | undefined; units: { head: Line; unit: Block }[] } | undefined => {
    // A section holding units of its own (a sub-heading over articles): its articles are the model's.
    if (b.children.some((c) => c.type === 'block' && c.kind !== 'paragraph')) return undefined;
    const groups: Line[][] = [[]];
    const heads: Line[] = [];
    everyLine(b, (l) => {
      if (l === b.head) return true;
      if (l.kind === 'article' && l.label && l.num !== undefined) {
        heads.push(l);
        groups.push([]);
      }
      groups[groups.length - 1].push(l);
      return true;
    });
    if (heads.length === 0) return undefined;
    const unit = (lines: Line[]): Block => ({ type: 'block', kind: 'paragraph', start: lines[0].start, end: lines[lines.length - 1].end, children: lines });
    return { lead: groups[0].some((l) => l.contentEnd > l.contentStart) ? unit(groups[0]) : undefined, units: heads.map((head, i) => ({ head, unit: unit(groups[i + 1]) })) };
  };
  /** The lines under an annex's heading (`附件1`) heading the next annexes alone (`附件2`: definition.ts bareAnnexWord). */
  const annexHeadsUnder = (b: Block): Line[] => {
    const own = annexWord(text, b.head!);
    const out: Line[] = [];
    // (Numbered: under a heading `附件` alone, its lines `附件一：…` may be a list of what it holds.)
    if (own?.[2] !== undefined) everyLine(b, (l) => {
      if (l !== b.head && bareAnnexWord(text, l, own[1])) out.push(l);
      return true;
    });
    return out;
  };
  const section = (b: Block, out: DocumentSymbol[]): void => {
    // (A note's head that a database's width broke named whole, its rest line's words with it: the tree's mark, model noteHeadWords.)
    const name = noteHeadWords(text, treaty.tree, b.head!);
    const annex = annexArticles(b);
    if (!annex) {
      const heads = annexHeadsUnder(b);
      if (!heads.length) {
        out.push(make(name, '', SymbolKind.Module, b, b.head, b));
        return;
      }
      // Annexes headed by a bare line each under the first's heading (`附件1` … `附件2`, 海洋倾废管理条例): each its own, to the next.
      const all = [b.head!, ...heads];
      for (let i = 0; i < all.length; i++) {
        const from = i === 0 ? b.start : all[i].start;
        const to = i + 1 < all.length ? all[i + 1].start : b.end;
        const kids = b.children.filter((c) => c.start >= from && c.end <= to && c !== all[i] && !(c.type === 'block' && c.start <= all[i].start && all[i].end <= c.end));
        // (To its last line with words before the next: a paragraph of the tree may hold lines of two.)
        let end = all[i].end;
        everyLine(b, (l) => {
          if (l.start >= to) return false;
          if (l.start >= from && isContent(l)) end = l.end;
          return true;
        });
        const piece: Block = { ...b, start: from, end, head: all[i], children: kids };
        out.push(make(text.slice(all[i].contentStart, all[i].contentEnd), '', SymbolKind.Module, piece, all[i], piece));
      }
      return;
    }
    out.push(make(name, annex.lead ? summarizeBlock(text, annex.lead) : '', SymbolKind.Module, b, b.head, () =>
      annex.units.map(({ head, unit }) => {
        const start = map.positionAt(unit.start);
        const selectionRange = lineRange(head, head.label!.start, head.label!.end, start);
        return symbol(text.slice(head.label!.start, head.label!.end), summarizeBlock(text, unit), ARTICLE_SYMBOL_KIND, { start, end: endOf(unit) }, selectionRange, undefined);
      })));
  };
  const visitChildren = (b: Block): DocumentSymbol[] => {
    const out: DocumentSymbol[] = [];
    const kids = b.children;
    for (let i = 0; i < kids.length; i++) {
      const ch = kids[i];
      if (ch.type !== 'block') continue;
      const last = articlesUnder(kids, i);
      if (last === 0) {
        visit(ch, out);
        continue;
      }
      const held = kids.slice(i + 1, last + 1);
      const whole: Block = { ...ch, end: held[held.length - 1].end };
      out.push(make(text.slice(ch.head!.contentStart, ch.head!.contentEnd), '', SymbolKind.Module, whole, ch.head, () => {
        const under: DocumentSymbol[] = [];
        for (const a of held) if (a.type === 'block') visit(a, under);
        return under;
      }));
      i = last;
    }
    return out;
  };

  const t = treaty.title;
  if (!t) return visitChildren(treaty.tree.root);
  // The title holds the rest of the document.
  const start = map.positionAt(t.line.start);
  const selectionRange = t.lastLine === t.line ? lineRange(t.line, t.start, t.end) : map.range(t.start, t.end);
  const children = visitChildren(treaty.tree.root);
  const end = map.positionAt(trimEnd(text, 0, text.length));
  const whole: DocumentSymbol = { name: unglossed(t.text) || '（无标题）', detail: treaty.kind ?? '', kind: SymbolKind.File, range: { start, end }, selectionRange, children };
  const order = publishingOrder(treaty, map);
  return order ? [order, whole] : [whole];
}

/**
 * The order publishing the text, printed above its title (model/info.ts `publishingOrderOf`, which dates the text too): a
 * symbol of its own before the title's, named by its heading and number (words.ts ORDER_NUMBER).
 */
function publishingOrder(treaty: Treaty, map: LineMap): DocumentSymbol | undefined {
  const order = publishingOrderOf(treaty);
  if (!order) return undefined;
  const text = treatyText(treaty);
  const [head, next] = order.lines;
  const last = order.lines[order.lines.length - 1];
  const numbered = next && ORDER_NUMBER.test(orderWords(text, next)) ? next : undefined;
  const name = [head, numbered].filter((l): l is Line => l !== undefined).map((l) => orderLine(text, l)).join(' ');
  const start = map.positionAt(head.contentStart);
  return { name, detail: '', kind: SymbolKind.Module, range: { start, end: map.positionAt(last.contentEnd) }, selectionRange: map.range(head.contentStart, (numbered ?? head).contentEnd) };
}
