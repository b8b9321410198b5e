// Generating the amending instrument from two versions (issue #16), in Chinese drafting
// style: 将第五条第二款修改为：“……”, 将第三条中的“鼓励”修改为“支持”, 在第三条中的“A”后增加“B”, 在第七条后增加一条，作为第七条之一：“……”,
// 删去第九条, 第十条改为第九条, or the closing 对条文顺序作相应调整 (a changed preamble first:
// 在序言第二段后增加一段：“……”, preambleClause); as an amending
// protocol to a treaty (议定书) or a 修改决定 to a law. Clauses refer to the articles,
// paragraphs and items of the old version; consolidate.ts reads them back.
import { NUMERAL_CHARS, formatChinese } from '../syntax/numerals';
import { ADOPTING_COMMITTEE, INSTRUMENT_KINDS, ISSUING_ORGAN, LAW_KINDS, PREAMBLE, RULES_ENDINGS, SESSION, titleWords, withoutRemarks } from '../syntax/words';
import { Treaty } from '../model/treaty';
import type { Line } from '../syntax/tree';
import { partyInfoOf } from '../model/parties';
import { Signing, formatDate } from '../model/signing';
import { Comparison, LineWords, SAME_ARTICLE, SplitOff, Unit, UnitChange, UnitParagraph, extraAt, lineWordsOf, paragraphLines, preambleOf, sameParagraph, segmentWords, similarity, splitsOf, unitLines, unitParts, unitRef, unitWord, wordDiff, bookTitle } from './compare';
import { PART_HEADING, itemStarts, ownChapter, replyBody, sameHeading } from './consolidate';
import { Memo } from '../syntax/memo';
import { countWord, listed } from './completionCommon';

export type AmendmentKind = 'protocol' | 'decision';

export interface AmendmentOptions {
  kind?: AmendmentKind;
  /** The body that adopts a 修改决定 (default: adoptingBody, else 全国人民代表大会常务委员会). */
  body?: string;
}

/** The quoted text of some lines as drafters write it: every paragraph opens with “, the last one closes with ”. */
export function quote(lines: string[]): string {
  return lines.map((l) => `“${l}`).join('\n\n') + '”';
}

/**
 * What a unit's paragraphs are called: 款 in an article; 段 in a point (`第二点第三段`) and in an older treaty's
 * article that is itself a 款 (`第三款第二段`).
 */
function paraWord(u: Unit): '款' | '段' {
  return unitWord(u) === '条' ? '款' : '段';
}

/** `第三款`, or nothing when the article has a single paragraph. */
function para(u: Unit, y: number): string {
  return u.paragraphs.length > 1 ? `第${formatChinese(y + 1)}${paraWord(u)}` : '';
}

/**
 * A point's label as its text writes it (`六、`, `6.`, `二 ` with the space after it that alone parts it from its words, as
 * Taiwan's law database writes points), quoted before its words when the point is quoted whole; '' for an article.
 */
function pointLabel(t: Treaty, u: Unit): string {
  const a = u.article;
  if (!a || unitWord(u) !== '点') return '';
  let end = a.label.end;
  while (end < t.text.length && (t.text[end] === ' ' || t.text[end] === '\u3000' || t.text[end] === '\t')) end++;
  // (Without its markup: a bold `**六**、` is quoted `六、`.) A label alone on its line, the point's words under it (`二` over
  // them, the SCO declarations' sections, lines.ts bareNumeralPoints), is quoted so: a paragraph of its own (`“二` / `“…”`).
  const label = t.text.slice(a.label.start, end).replace(/[*_]/g, '');
  return end >= t.text.length || t.text[end] === '\n' || t.text[end] === '\r' ? label.trimEnd() + '\n' : label;
}

/**
 * Lines quoted with `label` before the first (a point's, quoted whole or from its first paragraph); a label alone on its line
 * (pointLabel's ending in a line break) as a line of its own.
 */
function labelled(label: string, lines: string[]): string[] {
  if (!label || !lines.length) return lines;
  return label.endsWith('\n') ? [label.slice(0, -1), ...lines] : [label + lines[0], ...lines.slice(1)];
}

/**
 * How many paragraphs one clause adds together (`在第十四条中增加二款，作为第二款、第三款：“…”`, as the 2022 decision amending
 * the Anti-Monopoly Law and 刑法修正案（七） write them): consolidate.ts reads up to five.
 */
const PARAGRAPHS_ADDED_AT_ONCE = 5;

/**
 * The articles a clause names together: three and more numbered one after another (no 之一) a range, `第五条至第二十条`, as
 * the 2018 constitutional amendment's `增加五条，分别作为第一百二十三条至第一百二十七条` and `第一百二十三条至第一百三十八条相应改为…`
 * write them (added and deleted alike: `删去第二十四条至第二十六条`); else listed as `list` lists them (`第五十四条、第五十五条`).
 */
function unitsNamed(names: string[], units: Unit[], list: (names: string[]) => string = (n) => n.join('、')): string {
  const consecutive = units.every((u, i) => u.sub === undefined && u.num !== undefined && u.num === units[0].num! + i);
  return names.length > 2 && consecutive ? `${names[0]}至${names[names.length - 1]}` : list(names);
}

/** `第二款、第三款`: the numbers (from 0) of units of one kind, as a clause lists them. */
function numbered(from: number, count: number, word: string): string {
  return Array.from({ length: count }, (_, i) => `第${formatChinese(from + i + 1)}${word}`).join('、');
}

const SHORT = 40;

/** The clauses that turn one article into the other, each a sentence without its number. */
function modifyClauses(ref: string, ou: Unit, nu: Unit, lineWords: LineWords = new LineWords(), label = ''): string[] {
  const pw = paraWord(ou);
  const op = ou.paragraphs;
  const np = nu.paragraphs;
  /** The article written anew, its lead first. */
  const whole = () => [`将${ref}修改为：${quote(labelled(label, unitLines(nu)))}`];
  // Its lead changed (`第一条　双方同意下列事项：` over its numbered paragraphs): no narrower unit holds it.
  if ((ou.lead ?? '') !== (nu.lead ?? '')) return whole();
  if (op.length === np.length) {
    const diff = op.map((p, i) => (sameParagraph(p, np[i]) ? -1 : i)).filter((i) => i >= 0);
    if (diff.length === 1) {
      const y = diff[0];
      const a = op[y];
      const b = np[y];
      const where = `${ref}${para(ou, y)}`;
      // One item changed.
      if (a.text === b.text && a.items.length === b.items.length) {
        const z = a.items.map((t, i) => (t === b.items[i] ? -1 : i)).filter((i) => i >= 0);
        // The item holding it, with its sub-items: 第N项 counts items, not their sub-items' lines.
        if (z.length === 1) {
          const starts = itemStarts(a.items);
          const k = starts.filter((s) => s <= z[0]).length - 1;
          return [`将${where}第${formatChinese(k + 1)}项修改为：${quote(b.items.slice(starts[k], starts[k + 1] ?? b.items.length))}`];
        }
      }
      // One run of words replaced or removed in the paragraph's own text.
      if (a.items.length === b.items.length && a.items.every((t, i) => t === b.items[i])) {
        const words = wordDiff(a.text, b.text, lineWords);
        const changed = words.filter((w) => w.kind !== 'same');
        const runs = countRuns(words);
        if (runs === 1) {
          // Where the run stands, widened to the references it cuts into (“十二条” → “第十二条”).
          const k = words.findIndex((w) => w.kind !== 'same');
          const at = k > 0 ? words[k - 1].text.length : 0;
          const removedRun = changed.find((w) => w.kind === 'removed')?.text ?? '';
          const addedRun = changed.find((w) => w.kind === 'added')?.text ?? '';
          const [start, right] = widen(a.text, b.text, at, at + removedRun.length, at + addedRun.length);
          const removed = a.text.slice(start, at + removedRun.length + right);
          const added = b.text.slice(start, at + addedRun.length + right);
          // The quoted words must be found once in what the clause names: the article, else (when it has several) the paragraph.
          const scopes: [string, string][] = [[ref, unitLines(ou).join('\n')]];
          if (op.length > 1) scopes.push([where, paragraphLines(a).join('\n')]);
          for (const [named, whole] of scopes) {
            if (removed && removed.length <= SHORT && added.length <= SHORT && occurrences(whole, removed) === 1 && !/[“”\n]/.test(removed + added)) {
              return [added ? `将${named}中的“${removed}”修改为“${added}”` : `删去${named}中的“${removed}”`];
            }
            // Words added after words that say where: 在第X条中的“A”后增加“B”.
            if (!removed && added && added.length <= SHORT && start > 0 && !/[“”\n]/.test(added)) {
              const anchor = uniqueEnd(a.text.slice(0, start), whole, lineWords);
              if (anchor) return [`在${named}中的“${anchor}”后增加“${added}”`];
            }
          }
        }
      }
      return [`将${where}修改为：${quote(y === 0 ? labelled(label, paragraphLines(b)) : paragraphLines(b))}`];
    }
  }
  if (op.length >= 1) {
    // (A point's 段 one at a time: consolidate.ts reads `第六点中增加一段，作为第二段` so.)
    const k = extraAt(np, op, sameParagraph, pw === '款' ? PARAGRAPHS_ADDED_AT_ONCE : 1);
    const n = np.length - op.length;
    if (k >= 0) return [`在${ref}中增加${formatChinese(n)}${pw}，作为${numbered(k, n, pw)}：${quote(np.slice(k, k + n).flatMap(paragraphLines))}`];
    const d = extraAt(op, np, sameParagraph);
    if (d >= 0) return [`删去${ref}第${formatChinese(d + 1)}${pw}`];
  }
  return whole();
}

/** A reference to a unit of a text: 第十二条, 第十二条之一, 第三款, 第二章. */
const REFERENCE = new RegExp(`第[${NUMERAL_CHARS}]+[编章节条款项](?:之[${NUMERAL_CHARS}]+)?`, 'g');

/**
 * A change of one run — `a` has [at, endA) where `b` has [at, endB), the rest is the same —
 * widened to the whole of every reference it cuts into, on either side: the new start, and how
 * many characters are added at the end.
 */
function widen(a: string, b: string, at: number, endA: number, endB: number): [number, number] {
  let start = at;
  let right = 0;
  for (const [s, end] of [[a, endA], [b, endB]] as const) {
    for (const m of s.matchAll(REFERENCE)) {
      const from = m.index;
      const to = from + m[0].length;
      if (from < at && at < to) start = Math.min(start, from);
      if (from < end && end < to) right = Math.max(right, to - end);
    }
  }
  return [start, right];
}

/** Runs of changed words: a removed run followed by an added run counts once. */
function countRuns(words: { kind: string }[]): number {
  let runs = 0;
  let inRun = false;
  for (const w of words) {
    if (w.kind === 'same') inRun = false;
    else if (!inRun) {
      runs++;
      inRun = true;
    }
  }
  return runs;
}

/** The shortest run of words at the end of `before` found once in `whole`, without quotation marks. */
function uniqueEnd(before: string, whole: string, lineWords: LineWords): string | undefined {
  const words = segmentWords(before, lineWords);
  for (let n = 1; n <= Math.min(words.length, 8); n++) {
    const a = words.slice(-n).join('');
    if (/[“”\n]/.test(a)) return undefined;
    if (a.trim().length >= 2 && occurrences(whole, a) === 1) return a;
  }
  return undefined;
}

function occurrences(s: string, part: string): number {
  let n = 0;
  for (let i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) n++;
  return n;
}

/** Whether the new version numbers its articles 第一条, 第二条 … in order, with no 之一. */
function sequential(units: Unit[]): boolean {
  return units.every((u, i) => u.num === i + 1 && u.sub === undefined);
}

export interface AmendmentClauses {
  clauses: string[];
  /** The consequential renumbering is left to the closing 对条文顺序作相应调整. */
  renumberAll: boolean;
  /** The chapters' numbers too (a chapter deleted before them): the closing says 对章、条的序号作相应调整. */
  chapters?: true;
}

/** The clauses of a comparison, by prefix: amendmentText reads what amendmentClauses read before. */
const clausesOf = new Memo<Comparison, Map<string, AmendmentClauses>>();

/** The clauses of the amending instrument, in the order of the old text (read once per comparison and prefix). */
export function amendmentClauses(cmp: Comparison, prefix = ''): AmendmentClauses {
  let byPrefix = clausesOf.get(cmp);
  if (!byPrefix) clausesOf.set(cmp, (byPrefix = new Map()));
  let found = byPrefix.get(prefix);
  if (!found) byPrefix.set(prefix, (found = readClauses(cmp, prefix)));
  return { ...found, clauses: [...found.clauses] };
}

/**
 * The clause that turns the old preamble into the new one (`prefix` names the instrument: 原协定), or undefined
 * when it did not change: its paragraphs (段) named in the old numbering — one replaced (将序言第二段修改为：“…”),
 * added (在序言第二段后增加一段：“…”) or removed (删去序言第三段), else the whole preamble (将序言修改为：“…”).
 */
function preambleClause(cmp: Comparison, prefix = ''): string | undefined {
  if (!cmp.preamble) return undefined;
  const o = preambleOf(cmp.old)?.map((l) => l.text) ?? [];
  const n = preambleOf(cmp.new)?.map((l) => l.text) ?? [];
  const where = `${prefix}${PREAMBLE}`;
  let p = 0;
  while (p < o.length && p < n.length && o[p] === n[p]) p++;
  let q = 0;
  while (q < o.length - p && q < n.length - p && o[o.length - 1 - q] === n[n.length - 1 - q]) q++;
  const gone = o.length - p - q;
  const added = n.slice(p, n.length - q);
  const nth = (k: number) => `第${formatChinese(k)}段`;
  if (!n.length) return `删去${where}`;
  if (gone === 0 && added.length && o.length) {
    const count = added.length === 1 ? '一段' : `${formatChinese(added.length)}段`;
    return p > 0 ? `在${where}${nth(p)}后增加${count}：${quote(added)}` : `在${where}${nth(1)}前增加${count}：${quote(added)}`;
  }
  if (!added.length && gone > 0) return `删去${where}${nth(p + 1)}${gone > 1 ? `至${nth(p + gone)}` : ''}`;
  if (gone === 1 && added.length === 1) {
    // A reply (批复), which has no articles, names its paragraphs as the court counts them: after the line addressing who asked.
    const body = !prefix && !cmp.old.articles.length && !cmp.new.articles.length ? replyBody(preambleOf(cmp.old) ?? []) : undefined;
    const at = body ? body.findIndex((l) => l.text === o[p]) : -1;
    if (body && at >= 0 && body.filter((l) => l.text === o[p]).length === 1) return `将${nth(at + 1)}修改为：${quote(added)}`;
    return `将${where}${nth(p + 1)}修改为：${quote(added)}`;
  }
  return `将${where}修改为：${quote(n)}`;
}

/**
 * The heading of each part standing right before a unit (the lines since the unit before it, or since the preamble): its
 * words when one line there reads as one (一、买卖合同的成立, 第二部分 …), else undefined; by the unit's start. One pass
 * over the lines (a law has thousands of units and tens of thousands of lines).
 */
function partHeadingsBefore(t: Treaty, units: readonly Unit[]): Map<number, string | undefined> {
  const out = new Map<number, string | undefined>();
  const lines = t.tree.lines;
  // (A chapter's heading a line break cut, `## 第二章 听取和审议人民政府、人民法院和` / `人民检察院的专项工作报告`: read with the line
  // going on with it, model/treaty.ts `captionRest`, which is no heading of its own.)
  const cut = new Map<Line, Line>();
  for (const c of t.chapters) if (c.captionRest) cut.set(c.head, c.captionRest);
  const rests = new Set(cut.values());
  let k = 0;
  let from = preambleOf(t)?.at(-1)?.end ?? 0;
  for (const u of units) {
    const found: string[] = [];
    while (k < lines.length && lines[k].start < u.start) {
      const l = lines[k++];
      if (l.start < from || l.contentEnd <= l.contentStart || (t.title && l.start < t.title.end) || rests.has(l)) continue;
      const rest = cut.get(l);
      const words = t.text.slice(l.contentStart, l.contentEnd).trimEnd() + (rest ? t.text.slice(rest.contentStart, rest.contentEnd).trim() : '');
      if (PART_HEADING.test(words)) found.push(words);
    }
    out.set(u.start, found.length === 1 ? found[0] : undefined);
    from = u.end;
  }
  return out;
}

/**
 * The clauses that rename what stands outside the articles, as the court's decisions write them: the title
 * (将名称修改为：“…”) and each part's heading changed before the same article (将“一、…”修改为：“一、…”), when its
 * old words head one part only.
 */
function namingClauses(cmp: Comparison, renumberAll: boolean): { clauses: string[]; chapters: boolean } {
  const out: string[] = [];
  let chapters = false;
  const oldTitle = cmp.old.title?.text.trim();
  const newTitle = cmp.new.title?.text.trim();
  // (A title read inside a line of the preamble, as a page runs them on, changes with that line's clause.)
  const inPreamble = (t: Treaty) => !!t.title && (preambleOf(t) ?? []).some((l) => l.start < t.title!.end && l.end > t.title!.start);
  if (oldTitle && newTitle && oldTitle !== newTitle && !inPreamble(cmp.old) && !inPreamble(cmp.new)) out.push(`将名称修改为：${quote([newTitle])}`);
  // Headings before the same article in both versions (each version's units in their order).
  const before = { old: partHeadingsBefore(cmp.old, cmp.oldUnits), new: partHeadingsBefore(cmp.new, cmp.newUnits) };
  const changed: [string, string][] = [];
  const heads = [...before.old.values()].filter((h): h is string => h !== undefined);
  for (const c of cmp.changes) {
    if (c.type !== 'unchanged' && c.type !== 'modified') continue;
    const was = before.old.get(c.old.start);
    const now = before.new.get(c.new.start);
    if (was && now && !sameHeading(was, now)) changed.push([was, now]);
  }
  for (const [was, now] of changed) {
    // A chapter renumbered alone, its name the same (第三章 法律责任 → 第二章 法律责任, a chapter deleted before it), is left to
    // the closing, as the articles are: 对章、条的序号作相应调整.
    if (renumberAll && chapterRenumbered(was, now)) chapters = true;
    else if (heads.filter((h) => sameHeading(h, was)).length === 1) out.push(chapterNameClause(was, now) ?? `将“${was}”修改为：${quote([now])}`);
  }
  return { clauses: out, chapters };
}

/**
 * A chapter's name changed alone, its number the same, as the 2004 constitutional amendment's 第三十一条 writes it — `宪法第四章
 * 章名“国旗、国徽、首都”修改为“国旗、国歌、国徽、首都”` —, by the chapter's number and its old name (consolidate.ts reads it,
 * `STATED_NAME`); undefined for any other change of a heading.
 */
function chapterNameClause(was: string, now: string): string | undefined {
  const a = CHAPTER_HEADING.exec(was.trim());
  const b = CHAPTER_HEADING.exec(now.trim());
  if (!a || !b || a[1] !== b[1] || !a[2] || !b[2] || /[“”]/.test(a[2] + b[2])) return undefined;
  return `将第${a[1]}章章名“${a[2].trim()}”修改为“${b[2].trim()}”`;
}

/** A chapter's heading: its number (group 1) and its name (2). */
const CHAPTER_HEADING = new RegExp(`^第([${NUMERAL_CHARS}]+)章[\\s\u3000]*(.*)$`);

/** Whether two chapter headings differ in their number alone. */
function chapterRenumbered(was: string, now: string): boolean {
  const a = CHAPTER_HEADING.exec(was.trim());
  const b = CHAPTER_HEADING.exec(now.trim());
  return !!a && !!b && a[1] !== b[1] && sameHeading(a[2], b[2]);
}

/**
 * The chapters deleted whole — every unit in them deleted (none merged into another) and no chapter of that name in the new
 * text —, written `删去第二章` as amending decisions write them, its heading and articles gone together (consolidate.ts
 * `deleteChapter`): the chapter's number by its first unit, and every unit so deleted. Of a text numbering its chapters
 * through (consolidate.ts `ownChapter`).
 */
function deletedChapters(cmp: Comparison, taken: ReadonlySet<Unit>): { first: Map<Unit, number>; within: Set<Unit> } {
  const first = new Map<Unit, number>();
  const within = new Set<Unit>();
  const deleted = new Set(cmp.changes.flatMap((c) => (c.type === 'deleted' && !taken.has(c.old) ? [c.old] : [])));
  if (!deleted.size) return { first, within };
  const names = cmp.new.chapters.map((c) => c.caption ?? '');
  for (const ch of cmp.old.chapters) {
    if (ch.unit !== '章' || ch.num === undefined || ownChapter(cmp.old, ch.num) !== ch) continue;
    const units = cmp.oldUnits.filter((u) => u.start >= ch.start && u.start < ch.end);
    if (!units.length || !units.every((u) => deleted.has(u)) || (ch.caption && names.some((n) => sameHeading(n, ch.caption!)))) continue;
    first.set(units[0], ch.num);
    for (const u of units) within.add(u);
  }
  return { first, within };
}

function readClauses(cmp: Comparison, prefix: string): AmendmentClauses {
  const clauses: string[] = [];
  const changes = cmp.changes;
  const moved = changes.some((c) => (c.type === 'unchanged' || c.type === 'modified') && c.moved);
  const renumbered = changes.some((c) => (c.type === 'unchanged' || c.type === 'modified') && c.renumbered);
  const renumberAll = renumbered && !moved && sequential(cmp.newUnits);
  // The title and the parts' headings first, then the preamble before the articles, as in the text.
  const naming = prefix ? undefined : namingClauses(cmp, renumberAll);
  if (naming) clauses.push(...naming.clauses);
  const preamble = preambleClause(cmp, prefix);
  if (preamble) clauses.push(preamble);
  // A text numbering its units anew under each part names each with its part (第一部分第二点): 第二点 alone would name two.
  // (Points only, as consolidate.ts reads 第N部分: a law numbering its articles anew under each part is not read so.)
  const byPoints = unitWord(cmp.oldUnits[0] ?? cmp.newUnits[0]) === '点';
  const parts = byPoints ? { old: unitParts(cmp.oldUnits), new: unitParts(cmp.newUnits) } : { old: undefined, new: undefined };
  const partOf = (u: Unit, of: Map<Unit, number> | undefined) => (of?.has(u) ? `第${formatChinese(of.get(u)!)}部分` : '');
  const ref = (u: Unit) => `${prefix}${partOf(u, parts.old)}${unitRef(u)}`;
  const newRef = (u: Unit) => `${partOf(u, parts.new)}${unitRef(u)}`;
  const lineWords = lineWordsOf(cmp);
  let prev: Unit | undefined; // the last old unit passed, in the new order
  const renames: string[] = [];
  // Articles added one after another at one place, written as one clause (`在第四十五条后增加二条，作为第五十四条、第五十五条：`,
  // each quoted with its label, as 刑法修正案（九） adds 第二百八十七条之一 and 之二; consolidate.ts reads them by their labels): the
  // clause's index and its articles.
  let run: { at: number; where: string; units: Unit[] } | undefined;
  // Articles deleted one after another, one clause naming them (`删去第十二条和第十三条`, the Supreme People's Court's 2020
  // decision amending its interpretation on railway injuries): the clause's index and the articles' names.
  let gone: { at: number; names: string[]; units: Unit[] } | undefined;
  const merged = mergedArticles(changes, !prefix && !parts.old);
  const split: ReadonlyMap<Unit, SplitOff> = parts.old ? new Map<Unit, SplitOff>() : splitsOf(cmp);
  const splitAdded = new Set([...split.values()].map((x) => x.added));
  const chapterGone = parts.old ? { first: new Map<Unit, number>(), within: new Set<Unit>() } : deletedChapters(cmp, merged.taken);
  changes.forEach((c: UnitChange, k) => {
    switch (c.type) {
      case 'deleted':
        if (merged.taken.has(c.old) || chapterGone.within.has(c.old)) {
          // (Written with the article it was merged into, or with its chapter, where the chapter's first stood.)
          gone = undefined;
          const num = chapterGone.first.get(c.old);
          if (num !== undefined) clauses.push(`删去${prefix}第${formatChinese(num)}章`);
        } else if (gone && changes[k - 1]?.type === 'deleted') {
          gone.names.push(unitRef(c.old)); // (the instrument named once: 删去原协定第十二条和第十三条)
          gone.units.push(c.old);
          clauses[gone.at] = `删去${unitsNamed(gone.names, gone.units, listed)}`;
        } else {
          gone = unitWord(c.old) === '条' && !parts.old ? { at: clauses.length, names: [ref(c.old)], units: [c.old] } : undefined;
          clauses.push(`删去${ref(c.old)}`);
        }
        prev = c.old;
        break;
      case 'added': {
        if (splitAdded.has(c.new)) {
          // (Written where the article it was taken from stands.)
          run = undefined;
          break;
        }
        let where: string;
        if (prev) where = `在${ref(prev)}后`;
        else {
          // Before the first old unit that follows where the old text stands: a deleted one stands where it stood, a moved
          // one stands elsewhere in the old text (as `prev` passes it by).
          const next = changes.slice(k + 1).find((d) => d.type === 'deleted' || (d.type !== 'added' && !d.moved));
          where = next && next.type !== 'added' ? `在${ref(next.old)}前` : '';
        }
        if (run && changes[k - 1]?.type === 'added' && run.where === where) {
          run.units.push(c.new);
          clauses[run.at] = `${where}增加${formatChinese(run.units.length)}条，作为${unitsNamed(run.units.map(newRef), run.units)}：${quote(run.units.flatMap((u) => labelled(`${newRef(u)}　`, unitLines(u))))}`;
          break;
        }
        // (Points and articles numbered under parts are added one a clause, as consolidate.ts reads them.)
        run = where && unitWord(c.new) === '条' && !parts.new ? { at: clauses.length, where, units: [c.new] } : undefined;
        clauses.push(`${where}增加一${unitWord(c.new)}，作为${newRef(c.new)}：${quote(labelled(pointLabel(cmp.new, c.new), unitLines(c.new)))}`);
        break;
      }
      default: {
        const taken = c.type === 'modified' ? merged.into.get(c.new) : undefined;
        // (Two apart, the article they make named: 将第十条、第二十五条合并，作为第十条，修改为：“…”, the 2024 decision amending the
        // Accounting Law; its number so written, no rename after.)
        const apart = taken !== undefined && taken.num !== c.old.num! + 1;
        const off = c.type === 'modified' ? split.get(c.old) : undefined;
        if (off) {
          const as = `将${ref(c.old)}${para(c.old, off.at)}单列一条，作为${newRef(off.added)}`;
          clauses.push(off.same ? as : `${as}，修改为：${quote(unitLines(off.added))}`);
        } else if (taken) clauses.push(apart ? `将${ref(c.old)}、${unitRef(taken)}合并，作为${newRef(c.new)}，修改为：${quote(unitLines(c.new))}` : `将${ref(c.old)}和${unitRef(taken)}合并修改为：${quote(unitLines(c.new))}`);
        else if (c.type === 'modified') clauses.push(...modifyClauses(ref(c.old), c.old, c.new, lineWords, pointLabel(cmp.old, c.old)));
        if (c.renumbered && !renumberAll && !apart) renames.push(`${ref(c.old)}改为${newRef(c.new)}`);
        if (!c.moved) prev = c.old;
      }
    }
  });
  // (Of a text in parts, one clause a rename: a clause names units of one part, as consolidate.ts reads it.)
  if (renames.length) clauses.push(...(parts.old || parts.new ? renames : [renames.join('，')]));
  if (!prefix && !parts.old && !parts.new) sameWordsTogether(clauses);
  // Quotation marks inside the quoted text are written ‘’, as drafters write them (本条所称‘赔偿权利人’), unless the
  // text quotes with ‘’ itself (称‘条约’者): consolidation reads them back as the text's “”.
  const marks = !cmp.old.text.includes('‘') && !cmp.new.text.includes('‘');
  const chapters = renumberAll && (naming?.chapters || chapterGone.first.size > 0);
  return { clauses: marks ? clauses.map(innerMarks) : clauses, renumberAll, ...(chapters ? { chapters: true as const } : {}) };
}

/**
 * Articles merged: an article deleted whose words went into an article before it (compare.ts `mergedInto`), written as the
 * Supreme People's Court's 2021 decision amending its interpretation on railway injuries writes its 五、 —
 * `将第六条和第七条合并修改为：“…”` —, and two apart as the 2024 decision amending the Accounting Law writes its 三、 —
 * `将第十条、第二十五条合并，作为第十条，修改为：“…”` (consolidate.ts `merge` reads both) —, not as that article replaced and the
 * other deleted. Of a text's own articles only (`within`: a decision's clauses, no part numbering its units anew): by the new article, the old one
 * taken into it (`into`); the old ones so taken (`taken`).
 */
function mergedArticles(changes: readonly UnitChange[], within: boolean): { into: Map<Unit, Unit>; taken: Set<Unit> } {
  const into = new Map<Unit, Unit>();
  const taken = new Set<Unit>();
  if (!within) return { into, taken };
  for (const c of changes) {
    if (c.type !== 'deleted' || !c.mergedInto || c.old.sub !== undefined || unitWord(c.old) !== '条') continue;
    const kept = changes.find((d) => d.type === 'modified' && d.new === c.mergedInto);
    if (kept?.type !== 'modified' || kept.moved || kept.old.sub !== undefined || kept.old.num === undefined || c.old.num === undefined || c.old.num <= kept.old.num || into.has(kept.new)) continue;
    into.set(kept.new, c.old);
    taken.add(c.old);
  }
  return { into, taken };
}

/** `将第三条中的“帐簿”修改为“账簿”`: the units named (group 1), the words replaced (2) and what replaces them (3). */
const WORDS_REPLACED = /^将(第[^“”：]*)中的“([^“”]*)”修改为“([^“”]*)”$/;

/**
 * The same words replaced by the same words in several units, one clause naming them all where the first stood
 * (`将第三条、第五条、第九条中的“帐簿”修改为“账簿”`, as the Supreme People's Court's 2020 decision amending eighteen
 * interpretations writes `将名称、第一条、第三条、第八条中的“侵犯”修改为“侵害”`; consolidate.ts `replaceTextMany` reads it back).
 */
function sameWordsTogether(clauses: string[]): void {
  const first = new Map<string, { at: number; units: string[] }>();
  let kept = 0;
  for (const c of clauses) {
    const m = WORDS_REPLACED.exec(c);
    const same = m ? first.get(`${m[2]}\u0000${m[3]}`) : undefined;
    if (m && same) {
      same.units.push(m[1]);
      clauses[same.at] = `将${same.units.join('、')}中的“${m[2]}”修改为“${m[3]}”`;
      continue;
    }
    if (m) first.set(`${m[2]}\u0000${m[3]}`, { at: kept, units: [m[1]] });
    clauses[kept++] = c;
  }
  clauses.length = kept;
}

/** A clause with the quotation marks inside its quotations written ‘’; as it was when its marks do not pair. */
function innerMarks(c: string): string {
  if (!c.includes('“')) return c;
  let depth = 0;
  let out = '';
  for (let i = 0; i < c.length; i++) {
    const ch = c[i];
    if (ch === '“') {
      // A paragraph of a quotation opens with “ again (quote()): no deeper.
      if (depth === 0 || (depth === 1 && c.startsWith('\n\n', i - 2))) {
        depth = Math.max(depth, 1);
        out += ch;
      } else {
        // A quotation inside the text's own quotation (用下列规定代替：“（三）…所说的“国家银行”…”): kept as written.
        if (++depth > 2) return c;
        out += '‘';
      }
    } else if (ch === '”') {
      if (depth === 0) return c;
      out += depth > 1 ? '’' : ch;
      depth--;
    } else out += ch;
  }
  return depth === 0 ? out : c;
}

/** A clause as a sentence: a full stop, unless it ends with a quoted text after a colon (which has its own). */
function sentence(c: string): string {
  return c.endsWith('”') && !/(?:中的|章名)“[^“”]*”(?:修改为“[^“”]*”|后增加“[^“”]*”)?$/.test(c) ? c : `${c}。`;
}

/**
 * Who adopts a decision amending `t`: the organ its title says issued it (`最高人民法院关于…的规定`), else the
 * standing committee the record of its adoption before its first article names (a local regulation's
 * `上海市第十五届人民代表大会常务委员会…通过` → 上海市人民代表大会常务委员会); undefined when neither is written.
 */
function adoptingBody(t: Treaty): string | undefined {
  const organ = t.title && ISSUING_ORGAN.exec(t.title.text);
  if (organ) return organ[1];
  const end = t.articles[0]?.start ?? t.text.length;
  for (const l of t.tree.lines) {
    if (l.start >= end) break;
    const m = ADOPTING_COMMITTEE.exec(t.text.slice(l.contentStart, l.contentEnd));
    // (What a date before it leaves, up to its 日, is no part of the name.)
    if (m) return m[1].replace(/^.*日/, '').replace(SESSION, '');
  }
  return undefined;
}

/**
 * What is renumbered after the clauses: 条文顺序, or, where the text is numbered by points, 各点序号; with its chapters (a
 * chapter deleted before them), 章、条的序号.
 */
function orderOf(cmp: Comparison, chapters?: boolean): string {
  return unitWord(cmp.oldUnits[0] ?? cmp.newUnits[0]) === '点' ? '各点序号' : chapters ? '章、条的序号' : '条文顺序';
}

/** The amending instrument as a markdown document. */
export function amendmentText(cmp: Comparison, options: AmendmentOptions = {}): string {
  // A domestic text (法, 条例, 规定, 办法, 决定: the lexicon's kinds of law; a title without a kind that ends with the
  // name of domestic rules, 最高人民法院关于…的解释, …实施细则) is amended by a decision, a treaty by a protocol.
  const title = cmp.old.title?.text ?? cmp.new.title?.text ?? '';
  const domestic = cmp.old.kind !== undefined ? LAW_KINDS.has(cmp.old.kind) : RULES_ENDINGS.some((w) => withoutRemarks(titleWords(title)).endsWith(w));
  const kind = options.kind ?? (domestic ? 'decision' : 'protocol');
  const cited = title ? bookTitle(title) : '原文本';
  if (kind === 'decision') {
    const body = options.body ?? adoptingBody(cmp.old) ?? '全国人民代表大会常务委员会';
    const { clauses, renumberAll, chapters } = amendmentClauses(cmp);
    let s = `# ${body}关于修改${cited}的决定\n\n${body}决定对${cited}作如下修改：\n\n`;
    s += clauses.map((c, i) => `${formatChinese(i + 1)}、${sentence(c)}`).join('\n\n');
    s += `\n\n本决定自公布之日起施行。\n\n${cited}根据本决定作相应修改${renumberAll ? `并对${orderOf(cmp, chapters)}作相应调整` : ''}，重新公布。\n`;
    return s;
  }
  const orig = `原${cmp.old.kind ? shortKind(cmp.old.kind) : '协定'}`;
  const { clauses, renumberAll, chapters } = amendmentClauses(cmp, orig);
  const frame = protocolFrame(cmp.old, cited, orig);
  const articles = clauses.map(sentence);
  if (renumberAll) articles.push(`${orig}根据本议定书作相应修改并对${orderOf(cmp, chapters)}作相应调整。`);
  articles.push(`本议定书自${frame.term}完成各自国内法律程序并相互通知之日起生效。`);
  let s = `# 关于修改${cited}的议定书\n\n${frame.opening}\n\n`;
  s += articles.map((a, i) => `## 第${formatChinese(i + 1)}条\n\n${a}`).join('\n\n') + '\n';
  return frame.closing ? `${s}\n${frame.closing}\n` : s;
}

const KIND_SET = new Set(INSTRUMENT_KINDS);

/**
 * The kind an amending protocol calls the instrument by after 原: its shortest ending that is a kind itself —
 * 谅解备忘录 → 原备忘录, 会谈纪要 → 原纪要, 联合声明 → 原声明, 补充协定 → 原协定 — else the kind as it is (原议定书).
 */
function shortKind(kind: string): string {
  for (let n = 2; n < kind.length; n++) if (KIND_SET.has(kind.slice(-n))) return kind.slice(-n);
  return kind;
}

/** A date and place left for the signing, as drafters leave them in a text not yet signed. */
const BLANK_DATE_PLACE = '于　　年　　月　　日在　　';

/**
 * What frames an amending protocol, taken from the instrument it amends (`old`): the opening naming the
 * parties and the instrument by its date and place of signing (`A和B（以下简称“双方”），为修改2002年1月17日在北京签署的
 * 《…》（以下简称“原协议”），达成协议如下：`), as real protocols open; the term for the parties; and, when the
 * instrument has a signing clause, the protocol's own — its date and place left blank, its copies, languages and
 * authentic texts as the instrument's — and a signature block for each party. Without the parties' names, the
 * opening names none (`缔约双方同意对《…》…作如下修改：`); without a signing clause, no closing is invented.
 */
function protocolFrame(old: Treaty, cited: string, orig: string): { opening: string; term: string; closing?: string } {
  const parties = partyInfoOf(old);
  const names = parties.names;
  const term = names.length > 2 && parties.source !== 'definition' ? '缔约各方' : parties.term;
  const sg = old.signing;
  const verb = sg && /签订|簽訂|订于|訂於/.test(sg.text) ? '签订' : '签署';
  const when = sg?.date ? `${formatDate(sg.date)}${sg.place ? `在${sg.place}` : ''}${verb}的` : '';
  const opening = names.length >= 2
    ? `${listed(names)}（以下简称“${term}”），为修改${when}${cited}（以下简称“${orig}”），达成协议如下：`
    : `缔约双方同意对${when}${cited}（以下简称“${orig}”）作如下修改：`;
  if (!sg) return { opening, term };
  const clause = `本议定书${BLANK_DATE_PLACE}${verb}${signingTail(old.text, sg) ?? copiesAndLanguages(sg.copies ?? (names.length === 2 ? 2 : undefined), sg.languages)}`;
  const block = names.map((n) => `${n}代表\n\n（签字）`).join('\n\n');
  return { opening, term, closing: block ? `${clause}\n\n${block}` : clause };
}

/** `，一式两份，每份均用中文和俄文写成，两种文本同等作准。` from what the instrument's clause says (a language left blank when none is known). */
function copiesAndLanguages(copies: number | undefined, languages: readonly string[]): string {
  const langs = languages.length ? languages : copies === 2 ? ['中文', '　　文'] : [];
  const written = langs.length ? `${copies ? '每份均' : ''}用${listed(langs)}写成` : '';
  const parts = [copies ? `一式${countWord(copies, formatChinese)}份` : '', written, langs.length > 1 ? `${countWord(langs.length, formatChinese)}种文本同等作准` : ''].filter(Boolean);
  return parts.length ? `，${parts.join('，')}。` : '。';
}

/**
 * What the instrument's signing clause `sg` says after its date and place — its copies, its languages, which texts are
 * authentic or prevail (`，一式两份，每份均用中文、哈文和俄文写成，三种文本同等作准。`) — as written, on one line, the
 * instrument's name for itself (`本协议`) made the protocol's; undefined when the copies are not written after the date.
 */
function signingTail(text: string, sg: Signing): string | undefined {
  const from = sg.copiesStart;
  if (from === undefined || (sg.date && from < sg.date.end)) return undefined;
  let tail = text.slice(from, sg.end).replace(/\s*\n\s*/g, '').trim();
  if (sg.selfRef) tail = tail.split(sg.selfRef).join('本议定书');
  // (A fragment after its last full stop — a page cut inside the next sentence, `…写成。两` — is left out.)
  const stop = tail.lastIndexOf('。');
  if (stop >= 0) tail = tail.slice(0, stop + 1);
  // The comma before the copies as the instrument writes it (a text with ASCII commas keeps them).
  const comma = /,\s*$/.test(text.slice(Math.max(sg.start, from - 3), from)) ? ',' : '，';
  return `${comma}${tail}${/[。.]$/.test(tail) ? '' : '。'}`;
}
