// What other documents' checks read of a document besides its info (model/info.ts): its articles'
// numbers, names and spans with their paragraphs and items, and whether it is an excerpt. Kept with
// the info of a closed document (index/workspace.ts), so that resolving `《…》第五条第二款` in
// another document never rebuilds this one's model; a copy, holding nothing of the tree.
import { ArticleShape, ItemShape, Treaty } from './treaty';
import { foldScript } from '../syntax/script';

export interface Outline {
  articles: ArticleShape[];
  /** The title line says it is an excerpt (`…节录`): it skips articles on purpose. */
  excerpt: boolean;
}

export function outlineOf(treaty: Treaty): Outline {
  const items = (list: readonly ItemShape[]): ItemShape[] => list.map((it) => ({ num: it.num, start: it.start, end: it.end, items: it.items.length ? items(it.items) : [] }));
  return {
    articles: treaty.articles.map((a) => ({
      num: a.num, sub: a.sub, name: a.name, start: a.start, end: a.end,
      paragraphs: a.paragraphs.map((p) => ({ index: p.index, num: p.num, start: p.start, end: p.end, items: p.items.length ? items(p.items) : [] })),
    })),
    excerpt: isExcerpt(treaty),
  };
}

/** Titles of excerpts: `…节录`, `…（摘录）`. */
const EXCERPT = /节录|节选|摘录|摘编|节译/;

/** A text that says in its title line that it is an excerpt: it skips articles on purpose. */
export function isExcerpt(treaty: Treaty): boolean {
  return !!treaty.title && EXCERPT.test(foldScript(treaty.text.slice(treaty.title.line.start, treaty.title.line.end)));
}
