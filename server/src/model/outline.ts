// What other documents' checks read of a document besides its info (model/info.ts): its articles'
// numbers, names and spans with their paragraphs and items, and whether it is an excerpt. Kept with
// the info of a closed document (index/workspace.ts), so that resolving `《…》第五条第二款` in
// another document never rebuilds this one's model. Packed into one array of numbers and the
// names (a document's outline is kept however many there are; an article is unpacked when a
// reference asks for it), holding nothing of the tree or the text.
import { ArticleShape, ItemShape, Treaty } from './treaty';
import { foldScript } from '../syntax/script';
import { showsItsEnd, stopsShort } from './clauses';
import { perModel } from './perModel';
import { EXCERPT_WORDS, alternation } from '../syntax/words';

/** An article of an outline: `at`, its position among the model's articles. */
export interface OutlineArticle extends ArticleShape {
  at: number;
}

/** No number (`num` undefined). */
const NONE = -0x80000000;

export class Outline {
  constructor(
    /** Per article: num, sub, start, end, paragraph count; per paragraph: index, num, start, end, item count; per item: num, start, end, sub-item count (sub-items follow it). */
    private readonly data: Int32Array,
    /** Where each article starts in `data`. */
    private readonly starts: Int32Array,
    private readonly names: readonly string[],
    /** The title line says it is an excerpt (`…节录`): it skips articles on purpose. */
    readonly excerpt: boolean,
    /** The text shows no end (model/clauses.ts `showsItsEnd`): articles past its last may exist. */
    readonly open: boolean,
    /**
     * The text shows no end and its last words break off inside its last article (`breaksOff`): that article's paragraphs
     * and items past those shown may exist.
     */
    readonly brokenOff: boolean,
  ) {}

  /** An outline that crossed to another thread (structured clone keeps the fields, not the class). */
  static revive(o: Outline): Outline {
    if (o instanceof Outline) return o;
    const p = o as unknown as { data: Int32Array; starts: Int32Array; names: string[]; excerpt: boolean; open: boolean; brokenOff: boolean };
    return new Outline(p.data, p.starts, p.names, p.excerpt, p.open, p.brokenOff);
  }

  get articleCount(): number {
    return this.starts.length;
  }

  /** The number of its first numbered article (a part of a longer text starts past 1); undefined when none is numbered. */
  get firstNumber(): number | undefined {
    for (let i = 0; i < this.starts.length; i++) if (this.data[this.starts[i]] !== NONE) return this.data[this.starts[i]];
    return undefined;
  }

  /** The largest article number; undefined when none is numbered. */
  get lastNumber(): number | undefined {
    let last: number | undefined;
    for (let i = 0; i < this.starts.length; i++) {
      const n = this.data[this.starts[i]];
      if (n !== NONE && (last === undefined || n > last)) last = n;
    }
    return last;
  }

  /**
   * Why article `num`, not in this text, may still be in the instrument it is a copy of: the text says
   * it is an excerpt, or it shows no end (`open`) and `num` is past its last article. Undefined when
   * its absence means the instrument has no such article.
   */
  mayLack(num: number): 'excerpt' | 'cut' | undefined {
    if (this.excerpt) return 'excerpt';
    const last = this.lastNumber;
    return this.open && last !== undefined && num > last ? 'cut' : undefined;
  }

  /**
   * Whether a paragraph or item missing from the article starting at `start` may still be in the instrument this text is a
   * copy of: the copy breaks off inside that article, its last (`brokenOff`).
   */
  mayLackInside(start: number): boolean {
    return this.brokenOff && this.starts.length > 0 && this.data[this.starts[this.starts.length - 1] + 2] === start;
  }

  /** The first article numbered `num` (and `sub`), as `articleNumbered` finds it in the model. */
  numbered(num: number, sub?: number): OutlineArticle | undefined {
    const d = this.data;
    const s = sub ?? NONE;
    for (let i = 0; i < this.starts.length; i++) {
      const at = this.starts[i];
      if (d[at] === num && d[at + 1] === s) return this.article(i);
    }
    return undefined;
  }

  /** Article `i`, unpacked. */
  article(i: number): OutlineArticle {
    const d = this.data;
    let k = this.starts[i];
    const num = opt(d[k]);
    const sub = opt(d[k + 1]);
    const a: OutlineArticle = { at: i, num, sub, name: this.names[i], start: d[k + 2], end: d[k + 3], paragraphs: [] };
    const paragraphs = d[k + 4];
    k += 5;
    const items = (n: number): ItemShape[] => {
      const out: ItemShape[] = [];
      for (let j = 0; j < n; j++) {
        const it: ItemShape = { num: opt(d[k]), start: d[k + 1], end: d[k + 2], items: [] };
        const subs = d[k + 3];
        k += 4;
        it.items = items(subs);
        out.push(it);
      }
      return out;
    };
    for (let p = 0; p < paragraphs; p++) {
      const index = d[k];
      const pnum = opt(d[k + 1]);
      const start = d[k + 2];
      const end = d[k + 3];
      const n = d[k + 4];
      k += 5;
      a.paragraphs.push({ index, num: pnum, start, end, items: items(n) });
    }
    return a;
  }
}

function opt(n: number): number | undefined {
  return n === NONE ? undefined : n;
}

export function outlineOf(treaty: Treaty): Outline {
  // Sized first, then written in place: an array pushed to as it grows, then copied into an Int32Array
  // through `Int32Array.from`'s iteration, was most of the outline's own time (treaty-check builds one per file).
  const articles = treaty.articles;
  let size = 0;
  for (const a of articles) {
    size += 5;
    for (const p of a.paragraphs) size += 5 + itemsSize(p.items);
  }
  const data = new Int32Array(size);
  const starts = new Int32Array(articles.length);
  const names = new Array<string>(articles.length);
  let k = 0;
  const items = (list: readonly ItemShape[]) => {
    for (const it of list) {
      data[k] = it.num ?? NONE;
      data[k + 1] = it.start;
      data[k + 2] = it.end;
      data[k + 3] = it.items.length;
      k += 4;
      items(it.items);
    }
  };
  for (let i = 0; i < articles.length; i++) {
    const a = articles[i];
    starts[i] = k;
    names[i] = a.name;
    data[k] = a.num ?? NONE;
    data[k + 1] = a.sub ?? NONE;
    data[k + 2] = a.start;
    data[k + 3] = a.end;
    data[k + 4] = a.paragraphs.length;
    k += 5;
    for (const p of a.paragraphs) {
      data[k] = p.index;
      data[k + 1] = p.num ?? NONE;
      data[k + 2] = p.start;
      data[k + 3] = p.end;
      data[k + 4] = p.items.length;
      k += 5;
      items(p.items);
    }
  }
  const open = !showsItsEnd(treaty);
  return new Outline(data, starts, names, isExcerpt(treaty), open, open && breaksOff(treaty));
}

/**
 * Whether the text breaks off inside its last article: it stops short (model/clauses.ts `stopsShort`: its last line of text
 * ends mid-sentence, `一、缔`, or on a preview's ellipsis) and has articles. A store that cut a page mid-word leaves it so
 * (agreement_cn_jp_investment_1988_fsou.md, cut in article 3: `第三条` / `一、缔`); a whole article ends its last sentence.
 * Asked only of a text that shows no end (`showsItsEnd`: no signing clause, entry into force or commencement).
 */
function breaksOff(treaty: Treaty): boolean {
  return treaty.articles.length > 0 && stopsShort(treaty);
}

/** The numbers `outlineOf` packs for `list` and their sub-items: four an item. */
function itemsSize(list: readonly ItemShape[]): number {
  let n = 0;
  for (const it of list) n += 4 + itemsSize(it.items);
  return n;
}

/** Titles of excerpts: `…节录`, `…（摘录）`. */
const EXCERPT = new RegExp(alternation(EXCERPT_WORDS));

/** A note before the first article that the text is an excerpt: `（节录）`, `**性质**：史料全文（節錄）`, `说明：本文节选…`. */
const EXCERPT_NOTE = new RegExp(`[（(【[]\\s*(?:[^（）()【】[\\]\\n]{0,20}?)(?:${alternation(EXCERPT_WORDS)})\\s*[）)】\\]]|^[*\\s]*(?:性质|说明|注|出处|来源|备注)[*\\s]*[：:].*(?:${alternation(EXCERPT_WORDS)})`);

/** The first characters of the excerpt words: a line holding none of them holds no note that the text is an excerpt. */
const EXCERPT_FIRST = [...new Set(EXCERPT_WORDS.map((w) => w[0]))];

/**
 * Whether a line (folded) is a note that the text is an excerpt (EXCERPT_NOTE): matched only when it holds the first
 * character of an excerpt word (`节`, `摘`) — most lines before the first article hold none, and the pattern, tried at
 * each of their characters, was most of `isExcerpt`'s time over the generated treaties.
 */
function holdsExcerptNote(line: string): boolean {
  for (const c of EXCERPT_FIRST) if (line.includes(c)) return EXCERPT_NOTE.test(line);
  return false;
}

/**
 * A text that says it is an excerpt — in its title line, or in a note before its first article
 * (law compilations and treaty collections print `（节录）` there): it skips articles on purpose,
 * and the articles it cites of itself are in the whole instrument.
 */
export function isExcerpt(treaty: Treaty): boolean {
  return excerpt(treaty);
}

/** `isExcerpt`, once per model: the outline and the checks (`ownOf`) both ask it, each a pass over the lines before the first article, folded. */
const excerpt = perModel((treaty: Treaty): boolean => {
  const { text } = treaty;
  if (treaty.title && EXCERPT.test(foldScript(text.slice(treaty.title.line.start, treaty.title.line.end)))) return true;
  const end = Math.min(treaty.articles[0]?.start ?? text.length, 4000);
  for (const l of treaty.tree.lines) {
    if (l.start >= end) break;
    if (l.contentEnd - l.contentStart <= 200 && holdsExcerptNote(foldScript(text.slice(l.contentStart, l.contentEnd)))) return true;
  }
  return false;
});
