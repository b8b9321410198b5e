// References in a treaty's text: articles of this instrument (本协议第十二条, 第九条,
// 第三条第二款, 第二条第（三）项, 第十条至第十二条, 本条, 前条, 前款), citations of other
// instruments (《…》, with an optional date before it; 中哈联合声明), articles of
// other instruments (《联合国宪章》第102条, or through a defined short name:
// 协议第二条), self-references (本协议) and uses of defined terms.
// Found once per model, lazily; offsets are UTF-16.
import { parseNumeral, NUMERAL_CHARS } from '../syntax/numerals';
import { DateValue, findDates } from './signing';
import { Article, Treaty, articleAt, cleanTitle, findArticle, normalizeTitle } from './treaty';

export interface ArticleTarget {
  num: number;
  sub?: number;
  /** 第Y款 (1-based). */
  paragraph?: number;
  /** 第（Z）项 (1-based). */
  item?: number;
}

export interface Citation {
  /** The span of `《…》` (or of the short form), brackets included. */
  start: number;
  end: number;
  /** The title as written, without brackets. */
  title: string;
  normalized: string;
  /** A date written right before the citation: `1993年10月18日《…》`, `2002年6月7日签署的《…》`. */
  date?: DateValue;
  /** Written as a short form, `中哈联合声明`. */
  short?: boolean;
}

export type Reference =
  | {
      kind: 'article';
      start: number;
      end: number;
      /** The span that names the target article (`第十二条`), for rename-like edits and highlights. */
      labelStart: number;
      labelEnd: number;
      target: ArticleTarget;
      /** Undefined: this instrument. Otherwise the cited instrument. */
      citation?: Citation;
      /** Written relative to the cursor's unit: 本条, 前条, 前款. */
      relative?: '本条' | '前条' | '前款' | '本款';
      /** One end of a range `第十条至第十二条`. */
      range?: 'from' | 'to';
    }
  | { kind: 'citation'; start: number; end: number; citation: Citation }
  | { kind: 'self'; start: number; end: number }
  | { kind: 'term'; start: number; end: number; term: string; definition: number };

const N = `[${NUMERAL_CHARS} ]`;
const SP = '[ \\t\\u3000]{0,2}';
/** Words that name this instrument: 本协议, 本条约 … (本条 alone is relative). */
const SELF = '本(?:联合新闻公报|联合声明|联合公报|谅解备忘录|议定书|备忘录|补充协定|补充协议|协议|协定|条约|公约|宪章|声明|公报|换文|规约|盟约|条例|办法|规定|决定|法)';
const ARTICLE_REF = new RegExp(
  `(${SELF}|《[^《》\\n]{1,120}》)?${SP}第${SP}(${N}{1,12}?)${SP}条(?:${SP}之${SP}([一二三四五六七八九十0-9]{1,3}))?` +
    `(?:${SP}第${SP}(${N}{1,6}?)${SP}款)?(?:${SP}第${SP}[（(]?${SP}(${N}{1,6}?)${SP}[）)]?${SP}项|${SP}[（(]([a-z])[）)]${SP}项)?` +
    `(?:${SP}(?:至|到|—|－|-)${SP}第${SP}(${N}{1,12}?)${SP}条)?`,
  'g',
);
/** 本条, 前条, 前款, 本款, with the paragraph and item they go on to name: `本条第一款第（三）项`, `前款第（五）项`. */
/** What joins two references to the same instrument: `第十条和第十一条`, `第三条、第五条`. */
const CONJUNCTION = /^[ \t\u3000]*(?:和|及|以及|或者?|与|、)[ \t\u3000]*$/
const RELATIVE = new RegExp(
  `(本条(?![约例])|前条|前款|本款)(?:${SP}第${SP}(${N}{1,6}?)${SP}款)?(?:${SP}第${SP}[（(]?${SP}(${N}{1,6}?)${SP}[）)]?${SP}项)?`,
  'g',
);
/** Between an item reference and a bare item that shares its article and paragraph: `第（一）项至第（四）项`. */
const ITEM_JOIN = /^[ \t\u3000]{0,2}(?:至|到|、|和|或者|或|及|以及)[ \t\u3000]{0,2}$/;
const ITEM_ONLY = new RegExp(`第${SP}[（(]${SP}(${N}{1,6}?)${SP}[）)]${SP}项|第${SP}(${N}{1,6}?)${SP}项`, 'g');
const CITATION = /《([^《》\n]{1,120})》/g;
const SELF_REF = new RegExp(SELF, 'g');
/** Short forms of joint statements and communiqués: 中哈联合声明, 中哈建交联合公报. */
const SHORT_FORM = /([中哈吉俄塔乌美英法德蒙巴印越朝韩]{2,6})(建交)?(联合声明|联合公报|联合新闻公报)/g;

export const SHORT_NAMES: Record<string, string> = {
  中: '中华人民共和国', 哈: '哈萨克斯坦共和国', 吉: '吉尔吉斯共和国', 俄: '俄罗斯联邦', 塔: '塔吉克斯坦共和国',
  乌: '乌兹别克斯坦共和国', 美: '美利坚合众国', 英: '大不列颠及北爱尔兰联合王国', 法: '法兰西共和国',
  德: '德意志联邦共和国', 蒙: '蒙古国', 巴: '巴基斯坦伊斯兰共和国', 印: '印度共和国', 越: '越南社会主义共和国',
  朝: '朝鲜民主主义人民共和国', 韩: '大韩民国',
};

/** `中哈联合声明` → `中华人民共和国和哈萨克斯坦共和国联合声明`. */
export function expandShortForm(parties: string, kind: string, establishing = false): string {
  const names = [...parties].map((c) => SHORT_NAMES[c] ?? c);
  return `${names.join('和')}${establishing ? '建交' : ''}${kind}`;
}

const cache = new WeakMap<Treaty, Reference[]>();

/** Every reference in the treaty, in text order. */
export function referencesOf(treaty: Treaty): Reference[] {
  let refs = cache.get(treaty);
  if (!refs) {
    refs = findReferences(treaty);
    cache.set(treaty, refs);
  }
  return refs;
}

function findReferences(treaty: Treaty): Reference[] {
  const text = treaty.text;
  const out: Reference[] = [];
  const terms = treaty.definitions;
  // Short names that stand for another instrument: `《…协议》（以下简称“协议”）`.
  const instrumentAlias = new Map<string, Citation>();
  const termPattern = terms.length ? new RegExp(terms.map((d) => escape(d.term)).sort((a, b) => b.length - a.length).join('|'), 'g') : undefined;
  const definitionAt = new Map(terms.map((d, i) => [d.start, i]));
  const termIndex = new Map<string, number>();

  for (const line of treaty.tree.lines) {
    if (line.kind === 'blank' || line.kind === 'break') continue;
    const from = line.contentStart;
    const to = line.contentEnd;
    if (to - from > 20000) continue; // a pathological line: no references looked for
    const s = text.slice(from, to);
    const lineRefs: Reference[] = [];
    const taken: [number, number][] = [];
    const isFree = (a: number, b: number) => !taken.some(([x, y]) => a < y && b > x);

    // Citations, with a date written just before.
    CITATION.lastIndex = 0;
    let m: RegExpExecArray | null;
    const citations: Citation[] = [];
    while ((m = CITATION.exec(s))) {
      const c: Citation = { start: from + m.index, end: from + m.index + m[0].length, title: cleanTitle(m[1]), normalized: normalizeTitle(m[1]) };
      const date = dateBefore(s, m.index, from);
      if (date) c.date = date;
      citations.push(c);
    }
    SHORT_FORM.lastIndex = 0;
    while ((m = SHORT_FORM.exec(s))) {
      if (insideAny(from + m.index, citations)) continue;
      const full = expandShortForm(m[1], m[3], !!m[2]);
      const c: Citation = { start: from + m.index, end: from + m.index + m[0].length, title: m[0], normalized: normalizeTitle(full), short: true };
      const date = dateBefore(s, m.index, from);
      if (date) c.date = date;
      citations.push(c);
    }

    // Article references (this instrument or a cited one).
    ARTICLE_REF.lastIndex = 0;
    // The previous article reference on the line: `《X》第十条和第十一条` — the second is X's too.
    let previous: { end: number; citation?: Citation } | undefined;
    while ((m = ARTICLE_REF.exec(s))) {
      const start = from + m.index;
      const end = start + m[0].length;
      // The heading of an article is not a reference to it.
      if (line.label && start <= line.label.start && end >= line.label.end && !m[1]) continue;
      const num = parseNumeral(m[2]);
      if (num === undefined) continue;
      const prefix = m[1] ?? '';
      let citation: Citation | undefined;
      if (prefix.startsWith('《')) citation = citations.find((c) => c.start === start);
      else if (!prefix) {
        // `协议第二条`, where 协议 is a defined short name of another instrument.
        for (const [alias, c] of instrumentAlias) {
          if (s.slice(0, m.index).endsWith(alias)) {
            citation = c;
            break;
          }
        }
        if (!citation && previous?.citation && CONJUNCTION.test(s.slice(previous.end - from, m.index))) citation = previous.citation;
      }
      const labelStart = start + prefix.length + (m[0].slice(prefix.length).length - m[0].slice(prefix.length).trimStart().length);
      const target: ArticleTarget = { num };
      if (m[3] !== undefined) target.sub = parseNumeral(m[3]);
      if (m[4] !== undefined) target.paragraph = parseNumeral(m[4]);
      if (m[5] !== undefined) target.item = parseNumeral(m[5]);
      else if (m[6] !== undefined) target.item = m[6].charCodeAt(0) - 0x60;
      const toIndex = m[7] !== undefined ? m[0].lastIndexOf('第') : -1;
      const firstEnd = toIndex >= 0 ? start + m[0].slice(0, toIndex).replace(/[ \t\u3000]*(?:至|到|—|－|-)[ \t\u3000]*$/, '').length : end;
      lineRefs.push({ kind: 'article', start, end: firstEnd, labelStart, labelEnd: firstEnd, target, citation, range: toIndex >= 0 ? 'from' : undefined });
      previous = { end, citation };
      if (toIndex >= 0) {
        const toNum = parseNumeral(m[7]);
        if (toNum !== undefined) lineRefs.push({ kind: 'article', start: start + toIndex, end, labelStart: start + toIndex, labelEnd: end, target: { num: toNum }, citation, range: 'to' });
      }
      taken.push([start, end]);
    }
    for (const c of citations) {
      lineRefs.push({ kind: 'citation', start: c.start, end: c.end, citation: c });
      taken.push([c.start, c.end]);
    }

    // Relative references: 本条, 前条, 前款, 本款, and the paragraph and item that follow.
    RELATIVE.lastIndex = 0;
    while ((m = RELATIVE.exec(s))) {
      const start = from + m.index;
      if (!isFree(start, start + 2)) continue;
      const word = m[1] as '本条' | '前条' | '前款' | '本款';
      const r = relativeTarget(treaty, word, start);
      if (!r) continue;
      let end = start + 2;
      // 第Y款 names a paragraph only after an article word; `前款第二款` is not a reference to one.
      const paragraph = m[2] !== undefined && (word === '本条' || word === '前条') ? parseNumeral(m[2]) : undefined;
      if (paragraph !== undefined) {
        r.paragraph = paragraph;
        end = start + m[0].indexOf('款') + 1;
      }
      const item = m[3] !== undefined && (m[2] === undefined || paragraph !== undefined) ? parseNumeral(m[3]) : undefined;
      if (item !== undefined) {
        r.item = item;
        end = start + m[0].length;
      }
      lineRefs.push({ kind: 'article', start, end, labelStart: start, labelEnd: end, target: r, relative: word });
      taken.push([start, end]);
    }
    // `第（三）项` alone: an item of the enclosing paragraph.
    ITEM_ONLY.lastIndex = 0;
    while ((m = ITEM_ONLY.exec(s))) {
      const start = from + m.index;
      const end = start + m[0].length;
      if (!isFree(start, end)) continue;
      const item = parseNumeral(m[1] ?? m[2]);
      if (item === undefined) continue;
      // `第十三条第一款第（一）项至第（四）项`: the second item is in the same paragraph as the first.
      const prev = itemBefore(lineRefs, start, s, from);
      if (prev) {
        lineRefs.push({ kind: 'article', start, end, labelStart: start, labelEnd: end, target: { ...prev.target, item }, citation: prev.citation });
        taken.push([start, end]);
        continue;
      }
      const a = articleAt(treaty, start);
      if (!a || a.num === undefined) continue;
      const p = a.paragraphs.find((x) => x.start <= start && start < x.end);
      lineRefs.push({ kind: 'article', start, end, labelStart: start, labelEnd: end, target: { num: a.num, sub: a.sub, paragraph: p?.index, item } });
      taken.push([start, end]);
    }

    // Self-references: 本协议 (not when it opens an article reference).
    SELF_REF.lastIndex = 0;
    while ((m = SELF_REF.exec(s))) {
      const start = from + m.index;
      if (lineRefs.some((r) => r.kind === 'article' && r.start === start)) continue;
      lineRefs.push({ kind: 'self', start, end: start + m[0].length });
    }

    // Defined terms: their uses (not the definition itself, nor inside a citation).
    if (termPattern) {
      termPattern.lastIndex = 0;
      while ((m = termPattern.exec(s))) {
        const start = from + m.index;
        const end = start + m[0].length;
        if (definitionAt.has(start) || insideAny(start, citations) || !isFree(start, end)) continue;
        let index = termIndex.get(m[0]);
        if (index === undefined) {
          index = terms.findIndex((d) => d.term === m![0]);
          termIndex.set(m[0], index);
        }
        // A term used before it is defined still points at its definition.
        lineRefs.push({ kind: 'term', start, end, term: m[0], definition: index });
      }
    }

    // After this line, its defined short names of instruments are known.
    for (const d of terms) {
      if (d.start < from || d.start > to) continue;
      const c = citations.find((x) => x.end <= d.clauseStart && d.clauseStart - x.end <= 2);
      if (c) instrumentAlias.set(d.term, c);
    }
    lineRefs.sort((a, b) => a.start - b.start);
    for (const r of lineRefs) out.push(r);
  }
  return out;
}

/** The item reference a bare `第（Z）项` continues: `第一款第（一）项至第（四）项`, `第（二）项、第（三）项`. */
function itemBefore(refs: Reference[], start: number, s: string, from: number): Extract<Reference, { kind: 'article' }> | undefined {
  let best: Extract<Reference, { kind: 'article' }> | undefined;
  for (const r of refs) if (r.kind === 'article' && r.end <= start && r.target.item !== undefined && (!best || r.end > best.end)) best = r;
  if (!best || start - best.end > 6) return undefined;
  return ITEM_JOIN.test(s.slice(best.end - from, start - from)) ? best : undefined;
}

function insideAny(offset: number, spans: { start: number; end: number }[]): boolean {
  return spans.some((c) => offset >= c.start && offset < c.end);
}

/** A date right before `at` in the line: `1993年10月18日《`, `2002年6月7日签署的《`. */
function dateBefore(s: string, at: number, base: number): DateValue | undefined {
  const window = s.slice(Math.max(0, at - 30), at);
  const offset = Math.max(0, at - 30);
  const dates = findDates(window, base + offset);
  const last = dates[dates.length - 1];
  if (!last) return undefined;
  // `一九九三年至一九九九年签署的…`: a span of years names several instruments, not one date.
  if (/[至到—-][ \t\u3000]*$/.test(s.slice(0, last.start - base))) return undefined;
  const between = s.slice(last.end - base, at);
  return /^[ \t\u3000]*(?:(?:在[^，。《》]{1,10})?(?:签署|签订|通过|缔结|发表|签字)的?)?[ \t\u3000]*$/.test(between) ? last : undefined;
}

function relativeTarget(treaty: Treaty, word: '本条' | '前条' | '前款' | '本款', offset: number): ArticleTarget | undefined {
  const a = articleAt(treaty, offset);
  if (!a || a.num === undefined) return undefined;
  if (word === '本条') return { num: a.num, sub: a.sub };
  if (word === '前条') {
    const i = treaty.articles.indexOf(a);
    const prev = treaty.articles[i - 1];
    return prev?.num !== undefined ? { num: prev.num, sub: prev.sub } : undefined;
  }
  const p = a.paragraphs.findIndex((x) => x.start <= offset && offset < x.end);
  if (p < 0) return undefined;
  if (word === '本款') return { num: a.num, sub: a.sub, paragraph: p + 1 };
  return p > 0 ? { num: a.num, sub: a.sub, paragraph: p } : undefined;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The reference under an offset, if any (the innermost, for a term inside a citation). */
export function referenceAt(treaty: Treaty, offset: number): Reference | undefined {
  const refs = referencesOf(treaty);
  let lo = 0;
  let hi = refs.length - 1;
  // Last reference starting at or before the offset.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (refs[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  let best: Reference | undefined;
  for (let i = lo; i >= 0 && i >= lo - 8; i--) {
    const r = refs[i];
    if (r && r.start <= offset && offset <= r.end && (!best || r.end - r.start < best.end - best.start)) best = r;
  }
  // Prefer an article reference over the citation that opens it, unless the cursor is inside the brackets.
  if (best?.kind === 'citation') {
    const art = refs.find((r) => r.kind === 'article' && r.citation === best!.citation && r.start === best!.start);
    if (art && offset > best.end - 1) return art;
  }
  return best;
}

/** Resolves an article target in a treaty: the article, and the paragraph/item span it names. */
export function resolveInTreaty(treaty: Treaty, target: ArticleTarget): { article: Article; start: number; end: number; missing?: 'paragraph' | 'item' } | undefined {
  const article = findArticle(treaty, target.num, target.sub);
  if (!article) return undefined;
  let start = article.start;
  let end = article.end;
  if (target.paragraph !== undefined) {
    const p = article.paragraphs.find((x) => (x.num ?? x.index) === target.paragraph) ?? article.paragraphs[target.paragraph - 1];
    if (!p) return { article, start, end, missing: 'paragraph' };
    start = p.start;
    end = p.end;
    if (target.item !== undefined) {
      const it = p.items.find((x) => x.num === target.item) ?? p.items[target.item - 1];
      if (!it) return { article, start, end, missing: 'item' };
      start = it.start;
      end = it.end;
    }
  } else if (target.item !== undefined) {
    const it = article.paragraphs.flatMap((p) => p.items).find((x) => x.num === target.item);
    if (!it) return { article, start, end, missing: 'item' };
    start = it.start;
    end = it.end;
  }
  return { article, start, end };
}
