// The size of the outline an editor is given (issue #13). The whole outline — articles with their
// paragraphs (款) and items (项) — while it has at most `treaty.outline.maxSymbols` symbols (5,000
// by default, the limit VS Code's JSON and XML servers give their outlines); past that, every
// article without its paragraphs and items: the outline of a 1 MB treaty is 10,271 symbols and
// 2.75 MB of JSON, which the editor decodes on every keystroke; its 2,590 articles alone are 0.8
// MB. Nothing is ever cut off the end: every chapter, article, section and the signing clause stay.
// The largest real law of the LawRefBook/Laws corpus (3,504 laws) has 2,234 symbols: real texts
// keep their whole outline. A `maxSymbols` of 0 (or less) never shortens it.
//
// The short article symbol is made once per article symbol (features/documentSymbols.ts keeps
// those while the article is unchanged) and frozen, so that the stdio writer keeps its JSON
// (protocol/encode.ts): after a keystroke only the edited article's is made and encoded anew.
import { DocumentSymbol } from 'vscode-languageserver-types';
import { ARTICLE_SYMBOL_KIND } from '../features/documentSymbols';

export const DEFAULT_OUTLINE_MAX_SYMBOLS = 5000;

/** The setting's value if it is a number, else the default. */
export function outlineMaxSymbols(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.floor(value) : DEFAULT_OUTLINE_MAX_SYMBOLS;
}

/**
 * What is kept for a frozen symbol (its count, its short symbol), by the symbol: WeakMaps of their own, not syntax/memo.ts
 * `Memo`s, as protocol/encode.ts keeps its bytes — a frozen object takes no slot, and a Memo's look-up of one read the slot,
 * asked `isExtensible` and then looked in a WeakMap and a Map (twice per article symbol and outline, `symbolCount` then
 * `articleAlone`: ~2,600 of each after every keystroke on a 1 MB treaty). The entries live as the Memo's did for a frozen key.
 */
const counts = new WeakMap<DocumentSymbol, number>();

/** How many symbols an outline has, at every depth (a frozen symbol's count is kept with it). */
export function symbolCount(symbols: readonly DocumentSymbol[]): number {
  let n = 0;
  for (const s of symbols) {
    if (!s.children) {
      n++;
      continue;
    }
    let c = counts.get(s);
    if (c === undefined) {
      c = 1 + symbolCount(s.children);
      if (Object.isFrozen(s)) counts.set(s, c);
    }
    n += c;
  }
  return n;
}

const short = new WeakMap<DocumentSymbol, DocumentSymbol>();

/** An article's symbol without its children (the same object when it has none), frozen; one per article symbol. */
function articleAlone(s: DocumentSymbol): DocumentSymbol {
  if (!s.children) return s;
  let a = short.get(s);
  if (!a) {
    const { children, ...alone } = s;
    void children;
    short.set(s, (a = Object.freeze(alone)));
  }
  return a;
}

/** Articles alone, at any depth: what holds articles (title, chapters, sections) keeps them. */
function articlesAlone(symbols: readonly DocumentSymbol[]): DocumentSymbol[] {
  return symbols.map((s) => {
    if (s.kind === ARTICLE_SYMBOL_KIND) return articleAlone(s);
    if (!s.children) return s;
    return { ...s, children: articlesAlone(s.children) };
  });
}

/**
 * The outline as given to the editor: `symbols` themselves while they are at most `maxSymbols`
 * (or `maxSymbols` ≤ 0), else every article without its paragraphs and items.
 */
export function sizedOutline(symbols: DocumentSymbol[], maxSymbols: number): DocumentSymbol[] {
  if (maxSymbols <= 0 || symbolCount(symbols) <= maxSymbols) return symbols;
  return articlesAlone(symbols);
}
