// Realistic edits of a treaty or law made at the text level, each with what a comparison of
// the two versions must say (issue #16's round trip, test/unit/versionsRoundTrip.test.ts and
// scripts/versions-roundtrip.mjs): reword a paragraph, change a date, add an item, insert an
// article (after the last one, as 第N条之一, or in the middle with the articles after it
// renumbered and every reference to them rewritten), delete an article (the later ones
// renumbered likewise), add or drop a paragraph (款) of an article, move an article (two
// neighbours swapped, or one moved two to four places on, the labels in place: session 59). The old text's articles, labels and references are the model's
// (checked against hand-written readings by real.test.ts); what changes and what the
// comparison must list follow from the edit alone.
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { compareVersions, unitRef } from '../../server/src/features/compare';
import { amendmentText } from '../../server/src/features/amend';
import { consolidate } from '../../server/src/features/consolidate';
import { Article, Treaty, buildTreaty } from '../../server/src/model/treaty';
import { referencesOf } from '../../server/src/model/references';
import { formatChinese, fullWidthDigits, parseNumeral } from '../../server/src/syntax/numerals';
import { changes } from './versions';
import { ROOT } from './fixture';

export type EditKind = 'reword' | 'date' | 'item' | 'append' | 'insertSub' | 'insert' | 'delete' | 'addParagraph' | 'dropParagraph' | 'swap' | 'move';
export const EDIT_KINDS: EditKind[] = ['reword', 'date', 'item', 'append', 'insertSub', 'insert', 'delete', 'addParagraph', 'dropParagraph', 'swap', 'move'];

export interface Version {
  /** What was done, for a failure's message. */
  edit: string;
  text: string;
  /**
   * The changes a comparison must list, in the order of the new version, as test/support/versions.ts
   * `changes` writes them, articles unchanged under their own number left out.
   */
  expected: string[];
}

/** A small deterministic generator. */
export function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => ((x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const name = (num: number, sub?: number) => `第${formatChinese(num)}条${sub ? `之${formatChinese(sub)}` : ''}`;
/**
 * An article's name as the comparison gives it in this text: `第三条`, `第三` where the articles are labelled by ordinals
 * alone (第一 … 第六), `三、` where the text is counted by points — another unit's name renumbered.
 */
const nameIn = (t: Treaty, num: number) => {
  const a = t.articles.find((x) => x.num !== undefined && x.sub === undefined);
  const like = a && !/[条條]/.test(a.name) ? relabel(a.name, a.num!, num) : undefined;
  return like ?? (t.articles.some((x) => x.num !== undefined && !/[条條]/.test(x.name)) ? `第${formatChinese(num)}` : name(num));
};

interface Span { start: number; end: number; by: string }

function apply(text: string, spans: Span[]): string {
  let out = '';
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, s.start) + s.by;
    at = s.end;
  }
  return out + text.slice(at);
}

/**
 * A label's numeral written as `n` in the same way (`第十一条` → `第十二条`, `第11条` → `第12条`, a point's `三、` → `四、`, a bold
 * `三**、` → `四**、`), or undefined when it cannot be told. (Not an older treaty's `第三款`: inserting or deleting one there
 * would rewrite references in an article's lead sentence on its heading's line — the Boxer Protocol's `**第十一款**　…現按照
 * 第六款賠償事宜…如左：` over its numbered paragraphs —, words compare.ts's unitsOf leaves out of the article: not compared yet.)
 */
export function relabel(label: string, from: number, to: number): string | undefined {
  const m = /^(第?\s*)([0-9０-９]+|[一二三四五六七八九十百零〇两]+)([*_]*\s*(?:条|條|、|[.．](?![0-9０-９]))?)$/.exec(label);
  if (!m) return undefined;
  const numeral = m[2];
  let written: (n: number) => string;
  if (/^[0-9]+$/.test(numeral)) written = String;
  else if (/^[０-９]+$/.test(numeral)) written = (n) => fullWidthDigits(String(n));
  else written = formatChinese;
  if (written(from) !== numeral || parseNumeral(numeral) !== from) return undefined;
  return m[1] + written(to) + m[3];
}

/** The lines of the text holding a unit's own words (not its head), as [start, end) of their content. */
function contentLines(text: string, a: Article): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const p of a.paragraphs) {
    let at = p.start;
    while (at < p.end) {
      let e = text.indexOf('\n', at);
      if (e < 0 || e > p.end) e = p.end;
      const s = at;
      at = e + 1;
      const line = text.slice(s, e);
      if (/\S/.test(line) && !/^\s*(?:#|<!--|---)/.test(line)) out.push({ start: s, end: e });
    }
  }
  return out;
}

/** A line holding a clause between two commas. */
const CLAUSE = /[^，,]{2,}[，,][^，,]{4,}[，,]/;

/** Reword: a clause between two commas taken out, or a phrase put after a comma. */
function reword(text: string, t: Treaty, r: () => number): Version | undefined {
  const cands = t.articles.filter((a) => a.num !== undefined && contentLines(text, a).some((l) => CLAUSE.test(text.slice(l.start, l.end))));
  if (!cands.length) return undefined;
  const a = cands[Math.floor(r() * cands.length)];
  const ls = contentLines(text, a).filter((l) => CLAUSE.test(text.slice(l.start, l.end)));
  const l = ls[Math.floor(r() * ls.length)];
  const line = text.slice(l.start, l.end);
  // A clause between two commas (full width or, as some texts write them, ASCII), after at least two characters of the line.
  const commas: number[] = [];
  for (const m of line.matchAll(/(?<=[^，,]{2,})[，,](?=[^，,]{4,}[，,])/g)) commas.push(m.index!);
  const c1 = commas[Math.floor(r() * commas.length)];
  const c2 = line.slice(c1 + 1).search(/[，,]/) + c1 + 1;
  // A short clause of a longer line (a clause taking most of an article makes it another article).
  const drop = r() < 0.5 && !/[“”《》（）()]/.test(line.slice(c1, c2)) && c2 - c1 <= 24 && line.length >= 3 * (c2 - c1);
  const span: Span = drop ? { start: l.start + c1, end: l.start + c2, by: '' } : { start: l.start + c1 + 1, end: l.start + c1 + 1, by: line[c1] === ',' ? '经协商一致,' : '经协商一致，' };
  return { edit: `reword ${a.name}: ${drop ? `dropped “${line.slice(c1, c2)}”` : 'added 经协商一致，'}`, text: apply(text, [span]), expected: [`~${a.name}`] };
}

const YEAR = /([12][0-9]{3})年|([一二][〇零○九八七六五四三二一]{3})年/g;

/** Change a date: a year written in an article, one later. */
function date(text: string, t: Treaty, r: () => number): Version | undefined {
  const found: { a: Article; start: number; end: number; by: string }[] = [];
  for (const a of t.articles) {
    if (a.num === undefined) continue;
    for (const l of contentLines(text, a)) {
      const line = text.slice(l.start, l.end);
      for (const m of line.matchAll(YEAR)) {
        const digits = m[1];
        let by: string;
        if (digits) by = String(+digits + 1);
        else {
          const cn = '〇一二三四五六七八九';
          const y = [...m[2]].map((c) => (c === '零' || c === '○' ? 0 : cn.indexOf(c))).join('');
          by = [...String(+y + 1)].map((d, i) => (d === '0' ? (m[2][i] === '零' || m[2][i] === '○' ? m[2][i] : '〇') : cn[+d])).join('');
        }
        found.push({ a, start: l.start + m.index!, end: l.start + m.index! + m[0].length - 1, by });
      }
    }
  }
  if (!found.length) return undefined;
  const f = found[Math.floor(r() * found.length)];
  return { edit: `date in ${f.a.name}: ${text.slice(f.start, f.end)} → ${f.by}`, text: apply(text, [f]), expected: [`~${f.a.name}`] };
}

/** The next label of a list after `label` in its own form, or undefined. */
function nextLabel(label: string): string | undefined {
  const m = /^([（(]?)([一二三四五六七八九十]+|[0-9]+|[a-z])([）)．.、]?)$/.exec(label.trim());
  if (!m || (!m[1] && !m[3])) return undefined;
  const n = m[2];
  let next: string;
  if (/^[0-9]+$/.test(n)) next = String(+n + 1);
  else if (/^[a-z]$/.test(n)) next = n === 'z' ? '' : String.fromCharCode(n.charCodeAt(0) + 1);
  else next = formatChinese(parseNumeral(n)! + 1);
  return next ? m[1] + next + m[3] : undefined;
}

/** Add an item after the last item of a paragraph, labelled as the items before it. */
function item(text: string, t: Treaty, r: () => number): Version | undefined {
  const cands: { a: Article; at: number; by: string }[] = [];
  for (const a of t.articles) {
    if (a.num === undefined) continue;
    for (const p of a.paragraphs) {
      if (p.items.length < 2) continue;
      const last = p.items[p.items.length - 1];
      const prev = p.items[p.items.length - 2];
      if (last.items.length || prev.items.length) continue;
      const lastLine = text.slice(last.start, last.end);
      const m = /^(\s*)([（(]?(?:[一二三四五六七八九十]+|[0-9]+|[a-z])[）)．.、]?)(\s*)/.exec(lastLine);
      if (!m) continue;
      const label = nextLabel(m[2]);
      const end = last.start + lastLine.replace(/\s+$/, '').length;
      // The line break, blank lines and indentation between the two items as written.
      const sep = text.slice(prev.start, last.start).match(/\n[ \t\u3000\n]*$/)?.[0];
      if (!label || !sep || text.slice(last.start, end).includes('\n\n')) continue;
      cands.push({ a, at: end, by: `${sep}${m[1]}${label}${m[3]}双方商定的其他事项。` });
    }
  }
  if (!cands.length) return undefined;
  const c = cands[Math.floor(r() * cands.length)];
  return { edit: `item added in ${c.a.name}: ${JSON.stringify(c.by)}`, text: apply(text, [{ start: c.at, end: c.at, by: c.by }]), expected: [`~${c.a.name}`] };
}

const BODY = '缔约各方应当定期交流执行情况，并就执行中出现的问题进行协商。';

/** The head of a new article written as `a`'s is (its label `label`), followed by BODY, ending as `a` ends. */
function articleLike(text: string, a: Article, label: string): string | undefined {
  const head = a.head;
  const lineStart = text.lastIndexOf('\n', a.label.start - 1) + 1;
  const before = text.slice(lineStart, a.label.start);
  if (/\S/.test(before.replace(/^#+\s*|\*\*|__/g, ''))) return undefined;
  const markup = /\*\*|__/.exec(before)?.[0] ?? '';
  const lineEnd = head.contentEnd;
  // A point (`三、…`): its label, then its words on its line; a point numbered by a numeral alone on its line (`三` over its
  // words, lines.ts bareNumeralPoints), its label alone, then its words under it as the text writes them.
  if (head.kind !== 'article') {
    if (head.rest === undefined || head.rest < a.label.end) return undefined;
    const under = /^[ \t\u3000]*\n\s*/.exec(text.slice(lineEnd, a.end))?.[0];
    if (head.rest < lineEnd || !under) return `${before}${label}${text.slice(a.label.end, head.rest)}${BODY}`;
    return `${before}${label}${under}${BODY}`;
  }
  const after = text.slice(a.label.end, lineEnd);
  const close = markup && after.startsWith(markup) ? markup : '';
  if (head.inlineBody) {
    // What the text writes between the label and the body: white space, a colon.
    const sep = head.rest !== undefined ? text.slice(a.label.end + close.length, head.rest) : /^[\s\u3000]*/.exec(after.slice(close.length))![0];
    // (A page's own separator, `第 1 条 - 简称 - 30/06/1997`, is no way of writing an article: no such edit.)
    if (!/^[\s\u3000]*[:：]?[\s\u3000]*$/.test(sep)) return undefined;
    return `${before}${label}${close}${sep || '　'}${BODY}`;
  }
  // A caption after the label is left out; the body is a paragraph after the blank lines the text writes.
  const gap = a.paragraphs.length ? text.slice(text.indexOf('\n', lineEnd) < 0 ? lineEnd : lineEnd, a.paragraphs[0].start) : '\n\n';
  if (!/^\s*\n\s*$/.test(gap) && !/^\n+$/.test(gap)) return undefined;
  return `${before}${label}${close}${gap}${BODY}`;
}

/** The text between an article's end (its last words) and the next article's start. */
function lastWordsEnd(text: string, a: Article): number {
  let e = a.end;
  while (e > a.start && /\s/.test(text[e - 1])) e--;
  return e;
}

/** Append a new article after the last one, numbered one more. */
function append(text: string, t: Treaty): Version | undefined {
  const arts = t.articles;
  const last = arts[arts.length - 1];
  if (!last || last.num === undefined || last.sub) return undefined;
  // After a last article that ends a sentence: not after an excerpt's cut or a closing line (`1964年8月10日批准`) read with it.
  if (!/[。；.!?」”]\**$/.test(text.slice(last.start, lastWordsEnd(text, last)))) return undefined;
  const label = relabel(text.slice(last.label.start, last.label.end), last.num, last.num + 1);
  if (!label) return undefined;
  const prev = arts[arts.length - 2];
  const sep = prev ? text.slice(lastWordsEnd(text, prev), last.start) : '\n\n';
  const body = articleLike(text, last, label);
  if (!body || !/^\s+$/.test(sep)) return undefined;
  const at = lastWordsEnd(text, last);
  return { edit: `append ${nameIn(t, last.num + 1)}`, text: apply(text, [{ start: at, end: at, by: sep + body }]), expected: [`+${nameIn(t, last.num + 1)}`] };
}

/** Insert 第N条之一 after article N. */
function insertSub(text: string, t: Treaty, r: () => number): Version | undefined {
  const arts = t.articles;
  // (An article labelled …条, the label the sub-article's is made from: not a Qing point marked 一條、, "one clause".)
  const cands = arts.filter((a, i) => a.num !== undefined && !a.sub && arts[i + 1] && !arts[i + 1].sub && /(?:条|條)\s*$/.test(text.slice(a.label.start, a.label.end)));
  if (!cands.length) return undefined;
  const a = cands[Math.floor(r() * cands.length)];
  const next = arts[arts.indexOf(a) + 1];
  const written = text.slice(a.label.start, a.label.end);
  const label = written.replace(/(\s*)(条|條)$/, `$1$2之${/[0-9]/.test(written) ? '1' : /[０-９]/.test(written) ? '１' : '一'}`);
  const sep = text.slice(lastWordsEnd(text, a), next.start);
  const body = articleLike(text, next, label);
  if (!body || !/^\s+$/.test(sep)) return undefined;
  const at = lastWordsEnd(text, a);
  return { edit: `insert ${a.name}之一`, text: apply(text, [{ start: at, end: at, by: sep + body }]), expected: [`+${name(a.num!, 1)}`] };
}

/**
 * The spans renumbering the articles from index `from` on by `delta` (their labels and the
 * references to them), or undefined when a label or reference cannot be rewritten or a
 * reference to them lies outside the articles. `skip`: an article no reference may name.
 */
function renumbering(text: string, t: Treaty, from: number, delta: number, skip?: Article): { spans: Span[]; touched: Set<Article> } | undefined {
  const arts = t.articles;
  const spans: Span[] = [];
  const touched = new Set<Article>();
  for (let i = from; i < arts.length; i++) {
    const a = arts[i];
    if (a.num === undefined || a.sub || (i > from && a.num !== arts[i - 1].num! + 1)) return undefined;
    const by = relabel(text.slice(a.label.start, a.label.end), a.num, a.num + delta);
    if (!by) return undefined;
    spans.push({ start: a.label.start, end: a.label.end, by });
  }
  const first = arts[from]?.num ?? Infinity;
  for (const ref of referencesOf(t)) {
    if (ref.kind !== 'article' || ref.citation || ref.uncertain) continue;
    const n = ref.target.num;
    const last = ref.target.lastArticle?.num ?? n;
    if (skip && skip.num !== undefined && n <= skip.num && skip.num <= last) return undefined;
    if (last < first && n < first) continue;
    if (ref.relative) {
      // 本条, 前条: the same words after the renumbering, unless they span the edit.
      if (n < first && last >= first) return undefined;
      continue;
    }
    if (n < first && last >= first) return undefined; // a range over the edit
    const holder = arts.find((a) => a.start <= ref.start && ref.end <= a.end);
    if (!holder) return undefined;
    // In the article deleted; or naming an article the text does not hold (an excerpt's 第一百一十条): left as written.
    if (holder === skip || !arts.some((a) => a.num === n && !a.sub)) continue;
    const label = text.slice(ref.labelStart, ref.labelEnd);
    const by = relabel(label, n, n + delta);
    if (!by) return undefined;
    spans.push({ start: ref.labelStart, end: ref.labelEnd, by });
    touched.add(holder);
  }
  return { spans, touched };
}

/** Insert an article before the article at index k, renumbering it and those after it. */
function insert(text: string, t: Treaty, r: () => number): Version | undefined {
  const arts = t.articles;
  if (arts.length < 2) return undefined;
  for (let tries = 0; tries < 4; tries++) {
    const k = 1 + Math.floor(r() * (arts.length - 1));
    const a = arts[k];
    if (a.num === undefined) continue;
    const plan = renumbering(text, t, k, 1);
    if (!plan) continue;
    const label = text.slice(a.label.start, a.label.end);
    const sep = text.slice(lastWordsEnd(text, arts[k - 1]), a.start);
    const body = articleLike(text, a, label);
    if (!body || !/^\s+$/.test(sep)) continue;
    const at = lastWordsEnd(text, arts[k - 1]);
    const expected: string[] = [];
    arts.forEach((b, i) => {
      if (i === k) expected.push(`+${nameIn(t, a.num!)}`);
      const changed = plan.touched.has(b) ? '~' : '=';
      if (i >= k) expected.push(`${changed}${b.name}→${nameIn(t, b.num! + 1)}`);
      else if (changed === '~') expected.push(`~${b.name}`);
    });
    return { edit: `insert before ${a.name} (renumbered)`, text: apply(text, [...plan.spans, { start: at, end: at, by: sep + body }]), expected };
  }
  return undefined;
}

/** Delete the article at index k, renumbering those after it. */
function remove(text: string, t: Treaty, r: () => number): Version | undefined {
  const arts = t.articles;
  if (arts.length < 3) return undefined;
  for (let tries = 0; tries < 4; tries++) {
    const k = 1 + Math.floor(r() * (arts.length - 1));
    const a = arts[k];
    if (a.num === undefined || a.sub) continue;
    const plan = renumbering(text, t, k + 1, -1, a);
    if (!plan) continue;
    // Referenced by nothing (renumbering checks references into the renumbered articles; this one's own too).
    if (referencesOf(t).some((ref) => ref.kind === 'article' && !ref.citation && !ref.uncertain && ref.target.num === a.num && !ref.relative)) continue;
    // The article's own text: a chapter heading before it stays (it opens the chapter of the next); a caption heading it alone
    // (`修正` / `14.…`, a section of one since s38unseen) goes with it, as consolidate deletes it with the point.
    const prevEnd = lastWordsEnd(text, arts[k - 1]);
    const caption = t.tree.root.children.find((s) => s.type === 'block' && s.kind === 'section' && s.start < a.start && a.end <= s.end && arts.every((b) => b === a || b.start < s.start || b.start >= s.end));
    const own = caption ? caption.start : a.start;
    const from = /\S/.test(text.slice(prevEnd, own)) ? own : prevEnd;
    const to = lastWordsEnd(text, a);
    const expected: string[] = [];
    arts.forEach((b, i) => {
      if (i === k) return void expected.push(`-${a.name}`);
      const changed = plan.touched.has(b) ? '~' : '=';
      if (i > k) expected.push(`${changed}${b.name}→${nameIn(t, b.num! - 1)}`);
      else if (changed === '~') expected.push(`~${b.name}`);
    });
    return { edit: `delete ${a.name} (renumbered)`, text: apply(text, [...plan.spans, { start: from, end: to, by: '' }]), expected };
  }
  return undefined;
}

/** The first and last non-white character of a span, as [start, end). */
function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/**
 * The articles whose paragraphs are unlabelled (a law's 款, a treaty's paragraphs under a heading), two or more, none of them
 * holding a relative reference to a paragraph (`前款`, `第二款` — another paragraph added or dropped changes what it names), no
 * article's reference naming one of them by paragraph, and each paragraph a span of its own words.
 */
function paragraphArticles(text: string, t: Treaty): Article[] {
  const refs = referencesOf(t);
  return t.articles.filter((a) => {
    if (a.num === undefined || a.paragraphs.length < 2 || a.paragraphs.some((p) => p.num !== undefined || p.label !== undefined)) return false;
    if (/[款项項]/.test(text.slice(a.start, a.end))) return false;
    if (refs.some((r) => r.kind === 'article' && !r.citation && r.target.num === a.num && r.target.paragraph !== undefined)) return false;
    return a.paragraphs.every((p, i) => i === 0 || /^\s+$/.test(text.slice(trimmed(text, a.paragraphs[i - 1].start, a.paragraphs[i - 1].end).end, trimmed(text, p.start, p.end).start)));
  });
}

const PARAGRAPH = '前款规定以外的事项，由缔约双方另行商定。';

/** Add a paragraph (款) after one of an article's paragraphs, set apart as the article sets its paragraphs apart. */
function addParagraph(text: string, t: Treaty, r: () => number): Version | undefined {
  const cands = paragraphArticles(text, t);
  if (!cands.length) return undefined;
  const a = cands[Math.floor(r() * cands.length)];
  const ps = a.paragraphs.map((p) => trimmed(text, p.start, p.end));
  // After any paragraph but the last of the text's last article (its end may run into the closing lines).
  const last = a === t.articles[t.articles.length - 1] ? ps.length - 1 : ps.length;
  const j = Math.floor(r() * last);
  if (!/[。；;.]$/.test(text.slice(ps[j].start, ps[j].end))) return undefined;
  const sep = text.slice(ps[0].end, ps[1].start);
  return { edit: `paragraph added in ${a.name} after its paragraph ${j + 1}`, text: apply(text, [{ start: ps[j].end, end: ps[j].end, by: sep + PARAGRAPH }]), expected: [`~${a.name}`] };
}

/** Drop one of an article's paragraphs (not its first, which a law writes on the label's line). */
function dropParagraph(text: string, t: Treaty, r: () => number): Version | undefined {
  const cands = paragraphArticles(text, t);
  if (!cands.length) return undefined;
  const a = cands[Math.floor(r() * cands.length)];
  const ps = a.paragraphs.map((p) => trimmed(text, p.start, p.end));
  const j = 1 + Math.floor(r() * (ps.length - 1));
  if (j === ps.length - 1 && a === t.articles[t.articles.length - 1]) return undefined;
  // (Not a paragraph running into another language's text, a bilingual page's lines kept as one block.)
  if (/[A-Za-z]{3}/.test(text.slice(ps[j].start, ps[j].end))) return undefined;
  return { edit: `paragraph ${j + 1} of ${a.name} dropped`, text: apply(text, [{ start: ps[j - 1].end, end: ps[j].end, by: '' }]), expected: [`~${a.name}`] };
}

/**
 * Move an article: two neighbouring articles change places (`swap`), or one goes two to four places on (`move`), each label
 * staying where it was (the words after it, caption and paragraphs, are another's). None of them is named by a reference,
 * nor holds one; all written alike (the words on the label's line or under it); no other article says the same words (a
 * reply note repeating the proposal's points: which moved is not told by the words); nothing but white space before any of
 * them — a chapter's heading or a point's caption line there would go with the words in the amending instrument's reading
 * (consolidate.ts `render`: a heading stays before the article that followed it) but stay in place here, and which the
 * drafter meant the clause `原第五条改为第四条` cannot say.
 */
function move(text: string, t: Treaty, r: () => number, far: boolean): Version | undefined {
  const arts = t.articles;
  const refs = referencesOf(t);
  const named = (a: Article) => refs.some((x) => x.kind === 'article' && !x.citation && (x.target.num === a.num || (x.start >= a.start && x.end <= a.end)));
  // The label's bold or italic closed after it goes with the label; a mark after it that opened nothing (a note's `*`) too.
  const close = (x: Article) => {
    const before = text.slice(text.lastIndexOf('\n', x.label.start - 1) + 1, x.label.start);
    const mark = /\*\*|__/.exec(before)?.[0];
    const after = text.slice(x.label.end);
    return mark && after.startsWith(mark) ? x.label.end + mark.length : /^[*_]/.test(after) ? -1 : x.label.end;
  };
  const body = (x: Article) => ({ start: close(x), end: lastWordsEnd(text, x) });
  const words = (x: Article) => { const s = body(x); return text.slice(s.start, s.end).replace(/\s/g, ''); };
  for (let tries = 0; tries < 4; tries++) {
    const d = far ? 2 + Math.floor(r() * 3) : 1;
    // Not the last article (its end may run into the closing lines).
    if (arts.length < d + 2) return undefined;
    const k = Math.floor(r() * (arts.length - d - 1));
    const run = arts.slice(k, k + d + 1);
    const a = run[0];
    if (run.some((x, i) => x.num === undefined || x.sub || (i > 0 && x.num !== a.num! + i) || named(x) || close(x) < 0)) continue;
    if (run.some((x) => !!x.head.inlineBody !== !!a.head.inlineBody || x.head.kind !== a.head.kind)) continue;
    if (run.some((x, i) => k + i > 0 && /\S/.test(text.slice(lastWordsEnd(text, arts[k + i - 1]), x.start)))) continue;
    if (run.some((x) => arts.some((y) => y !== x && words(y) === words(x)))) continue;
    // The words of each place after the move: the first article's go to the last place, the others' one place back.
    const bodies = run.map(body);
    const moved = [...bodies.slice(1), bodies[0]];
    const spans = bodies.map((b, i) => ({ ...b, by: text.slice(moved[i].start, moved[i].end) }));
    // (The comparison keeps the most in place: of two swapped, the second marked moved before the first; of more, the
    // first marked moved after the others.)
    const expected = d === 1 ? [`=${run[1].name}→${a.name}(moved)`, `=${a.name}→${run[1].name}`]
      : [...run.slice(1).map((x, i) => `=${x.name}→${run[i].name}`), `=${a.name}→${run[d].name}(moved)`];
    return { edit: d === 1 ? `${a.name} and ${run[1].name} swapped` : `${a.name} moved after ${run[d].name}`, text: apply(text, spans), expected };
  }
  return undefined;
}

/** One version of `text` made by one edit of the given kind (undefined when the text has nowhere to make it). */
export function deriveVersion(text: string, kind: EditKind, seed: number, treaty: Treaty = buildTreaty(text)): Version | undefined {
  const r = rng(seed);
  switch (kind) {
    case 'reword': return reword(text, treaty, r);
    case 'date': return date(text, treaty, r);
    case 'item': return item(text, treaty, r);
    case 'append': return append(text, treaty);
    case 'insertSub': return insertSub(text, treaty, r);
    case 'insert': return insert(text, treaty, r);
    case 'delete': return remove(text, treaty, r);
    case 'addParagraph': return addParagraph(text, treaty, r);
    case 'dropParagraph': return dropParagraph(text, treaty, r);
    case 'swap': return move(text, treaty, r, false);
    case 'move': return move(text, treaty, r, true);
  }
}

/** The texts the round trip runs on: test/fixtures/real, unseen and pasted. */
export function roundTripFiles(): string[] {
  const out: string[] = [];
  for (const dir of ['real', 'unseen', 'pasted']) {
    const d = path.join(ROOT, 'test/fixtures', dir);
    for (const f of fs.readdirSync(d).sort()) if (f.endsWith('.md') && f !== 'README.md') out.push(path.join(d, f));
  }
  return out;
}

/**
 * The text without white space and without page furniture (checkVersion's normalisation), cut in
 * lines for a readable difference. Page furniture — a PDF paste's page numbers and running headers,
 * which the parser reads as page breaks (README: "Page furniture of a PDF paste is a page break") —
 * is no words of the treaty: a clause quoting a paragraph anew does not quote the page it was printed on.
 */
function words(s: string): string[] {
  const t = buildTreaty(s);
  const out: string[] = [];
  for (const l of t.tree.lines) if (l.kind !== 'break') out.push(s.slice(l.start, l.end).replace(/[\s\u3000]+/g, ''));
  return out.filter((l) => l);
}

/**
 * One version against its base: the comparison lists exactly `v.expected`; the 议定书 and the 修改决定
 * generated from old → new, consolidated into old, give new with no problem reported, equal up to
 * white space and page furniture. An amending clause quotes paragraphs, not how their lines are
 * laid out: a paragraph it writes anew is one line (the new text's hard wraps inside it are not in
 * the clause), and a new article is laid out as the base lays out its articles (blank lines,
 * indentation), whatever the new text chose. Texts counted by points (一、 of joint statements, minutes, memoranda;
 * a resolution's 1.) or by 款 alone (older treaties) are amended as articles are (第六点, 第三款).
 */
export function checkVersion(old: string, v: Version): void {
  const cmp = compareVersions(old, v.text);
  const listed = changes(old, v.text).filter((d) => !/^=[^→]*$/.test(d));
  assert.deepEqual(listed, v.expected, 'the comparison lists the changes made');
  // Units repeating a number (a page's list read as points of the text, a known failure) cannot be named apart by an
  // amendment, which names each by its number: for them the comparison alone is checked.
  if (new Set(cmp.oldUnits.map(unitRef)).size !== cmp.oldUnits.length) return;
  for (const kind of ['protocol', 'decision'] as const) {
    const amendment = amendmentText(cmp, { kind });
    const result = consolidate(old, amendment);
    assert.deepEqual(result.problems, [], `${kind}: no problem\n${amendment}`);
    assert.deepEqual(words(result.text).join(''), words(v.text).join(''), `${kind}: consolidated gives the new version\n${amendment}`);
  }
}

