// Renumbering that updates every reference: the "renumber articles" quick fix
// (1, 2, 3 … in document order) and textDocument/rename of one article. Each
// number is rewritten in the style it was written in: 第十二条, 第 十 二 条, 第12条.
//
// Safe by construction: a plan maps each article of one document to its new
// number; the edits rewrite only the number inside `第…条` of the headings and of
// the references that resolve to those articles, in every workspace document
// that cites it; then `checkPlan` applies the edits, parses every edited document
// again and checks that each article and each reference still means what it
// meant. A plan that fails the check is refused with the reason, never proposed.
import { Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { LineMap, rowsOf } from '../syntax/positions';
import { Line, lastStartingAt } from '../syntax/tree';
import { splitLines } from '../syntax/lines';
import { withEdits } from '../syntax/reparse';
import { foldScript } from '../syntax/script';
import { decimalArticle, decimalChapter, financialLike, formatChinese, formatDecimal, fullWidthDigits, isDecimal, parseNumeral } from '../syntax/numerals';
import { ARTICLE_AFTER_NUMBER, ARTICLE_WORDS, INSTRUMENT_KINDS, NUMERAL_CHARS, alternation, formatRoman, parseRoman } from '../syntax/words';
import { articleName, formatNumber } from '../model/clauses';
import { Reference, isRead, referencesOf, resolveInTreaty } from '../model/references';
import { Article, BrokenLabel, Chapter, Treaty, articleLayout, brokenArticleLabels, buildTreaty, chapterHolding, findArticle } from '../model/treaty';
import { resolveAt, restartsByChapter } from '../model/chapterReferences';
import { Snapshot, Workspace, fileNameOf } from '../index/workspace';
import { Work, finish } from './work';
import { FeatureContext, contextOf } from './context';
import { isPart, mayReach, movesAmongParts, referringDocuments, resolve, sameText, sameTitle, takenInOtherPart } from './resolve';
import { msg } from './messages';
import { onHeading, subjectAt } from './references';

const GAP = '[ \\t\\u3000]*';
// A number by chapter with its decimal point (`第1.2条`, `第１．２条`) first: the point is no numeral. A point of a text
// numbered by points is named `第四点` (`第2段` in a resolution).
const NUMBER_IN_LABEL = new RegExp(`(第${GAP})([0-9０-９]{1,5}[.．][0-9０-９]{1,5}|[${NUMERAL_CHARS} \\t\\u3000]+?)(${GAP}[条款点段])`);
/**
 * The label of one of several numbers sharing one 条 (model/references.ts): `第二` of `第二、三条` (the first,
 * no 条) or `三条` (a later one, no 第), `三条第一款` with the units after it.
 */
const SHARED_FIRST = new RegExp(`^(第${GAP})([${NUMERAL_CHARS} \\t\\u3000]*?[${NUMERAL_CHARS}])()$`);
const SHARED_LATER = new RegExp(`^()([${NUMERAL_CHARS}][${NUMERAL_CHARS} \\t\\u3000]*?)(${GAP}[条款])`);
/** A number between others sharing one 条, or the last before a count (`三` of `第一、三、四条` and of `第一、三两条`): the numeral alone. */
const SHARED_BARE = new RegExp(`^()([${NUMERAL_CHARS}](?:[${NUMERAL_CHARS} \\t\\u3000]*[${NUMERAL_CHARS}])?)()$`);

/**
 * The number in a label of a text in another language: `Статья 5`, `статьи 5`, `Article IV`, `Article 1.2` (by chapter),
 * `5-бап`, the `6` of `Articles 5 and 6` (a reference's label names its article alone: `Article 5`
 * in `paragraph 2 of Article 5(2)`).
 */
const FOREIGN_NUMBER = /()(?<![\p{L}\d])(\d{1,4}\.\d{1,3}(?!\.?\d)|\d{1,4}|[IVXLCDM]{1,12})(?![\p{L}\d])()/u;

type ArticleRef = Extract<Reference, { kind: 'article' }>;

/**
 * Writes `n` the way `written` (a numeral as it appears in the text) is written.
 * `spacedLabel`: the label around it is spaced out (`第 九 条`), so a one-character
 * numeral is spaced too when it grows (`第 二 十 条`).
 */
export function styleLike(written: string, n: number, spacedLabel = false, text?: string): string {
  const bare = written.trim();
  // Roman numerals stay Roman: `Article IV` → `Article V`.
  if (/^[IVXLCDM]+$/.test(bare)) return written.replace(bare, formatRoman(n) ?? String(n));
  // A number by chapter keeps its point, full width where it was (`１．２` → `１．３`).
  if (isDecimal(n)) {
    const out = formatDecimal(n);
    return written.replace(bare, /[０-９．]/.test(bare) ? fullWidthDigits(out).replace('.', '．') : out);
  }
  const arabic = /^[0-9０-９ \t\u3000]+$/.test(bare);
  const spaced = !arabic && (/\S[ \t\u3000]+\S/.test(bare) || (spacedLabel && [...bare].length === 1));
  let out = formatNumber(n, { arabic, spaced });
  // Financial numerals stay financial (`第壹款`, `第叁条`: numerals.ts financialLike, the text's labels deciding for 壹 alone).
  if (!arabic) out = financialLike(bare, out, text);
  // Full-width digits stay full-width: `第１２条`.
  if (arabic && /[０-９]/.test(bare)) out = fullWidthDigits(out);
  return written.replace(bare, out);
}

/** The first article label in `s` (`第十条`, `第 九 條`, `第五款`, `Статья 5`, `Article IV`): its parts, the number in group 2. */
function numberIn(s: string): RegExpExecArray | null {
  // Traditional characters are read folded (第十二條 as 第十二条), at the same offsets.
  const folded = foldScript(s);
  return SHARED_LATER.exec(folded) ?? NUMBER_IN_LABEL.exec(folded) ?? SHARED_FIRST.exec(folded) ?? POINT_LABEL.exec(s) ?? SHARED_BARE.exec(folded) ?? FOREIGN_NUMBER.exec(s);
}

/** A point's label (`四、`, `（三）`, `十二．`): the numeral opening it, in Chinese numerals (Arabic digits are read as FOREIGN_NUMBER reads them). */
const POINT_LABEL = new RegExp(`^([（(]?)([${NUMERAL_CHARS}]+)([、，,．.）)])`);

/** Where the number of the first article label in `s` is (`numberIn`), and whether the label spaces it (`第 十 条`). */
function numberSpan(s: string): { m: RegExpExecArray; start: number; end: number; spacedLabel: boolean } | undefined {
  const m = numberIn(s);
  if (!m) return undefined;
  const start = m.index + m[1].length;
  return { m, start, end: start + m[2].length, spacedLabel: /[ \t\u3000]$/.test(m[1]) && /^[ \t\u3000]/.test(m[3]) };
}

/** An article's label as written (`第十条`, `第 九 條`, `第五款`, `Статья 5`) with the number `n`, in its own style. */
export function labelWith(label: string, n: number, text?: string): string | undefined {
  const x = numberSpan(label);
  return x && label.slice(0, x.start) + styleLike(label.slice(x.start, x.end), n, x.spacedLabel, text) + label.slice(x.end);
}

/**
 * The number of the first `第N条` in `s` (`numberSpan`: its parts, where its number is) written as number `n` in its own style;
 * undefined when there is none, it is `n` already, or it is a bare `第一款` read in its own article (`paragraph`: the number
 * written is the paragraph's, not the article's).
 */
function renumbered(s: string, n: number, paragraph?: number, text?: string): { m: RegExpExecArray; start: number; end: number; newText: string } | undefined {
  const x = numberSpan(s);
  if (!x) return undefined;
  const m = x.m;
  if (paragraph !== undefined && m[3]?.endsWith('款') && parseNumeral(m[2]) === paragraph) return undefined;
  if ((parseNumeral(m[2]) ?? parseRoman(m[2])) === n) return undefined;
  return { m, start: x.start, end: x.end, newText: styleLike(s.slice(x.start, x.end), n, x.spacedLabel, text) };
}

/** The edit that rewrites the first `第N条` in [from, to) to number `n`, in its own style. */
function numberEdit(text: string, map: LineMap, from: number, to: number, n: number, paragraph?: number): TextEdit | undefined {
  const r = renumbered(text.slice(from, to), n, paragraph, text);
  return r && { range: map.range(from + r.start, from + r.end), newText: r.newText };
}

/** A line break a width left inside a reference, with the white space around it (`本协定第` / `六条`, a PDF's text). */
const WRAP = /[ \t\u3000]*\r?\n[ \t\u3000]*/g;

/**
 * The edits that rewrite the number of a reference a width broke over lines (`第` / `六条`, `第二` / `条`, `第十` / `二条`) to
 * `n`: the number read with the line breaks taken out, and written back in the parts where it stood — each edit the numeral's
 * characters on one line, the line breaks and everything else as written. A number broken inside keeps as many characters on
 * the first line as it had there (`第十` / `二条` → `第十` / `一条`; `第九` / `条` when it grows shorter). Whole lines between the
 * parts that references are not read on (`isRead`: a PDF page's number `- 3 -` or `—3—`, a blank line, a comment) are passed
 * over, as the reference was read past them, and kept as written (never read as the number: `- 3 -` is no `Article 3`). Empty
 * when the number is `n` already; undefined when the span holds no line break, or is no Chinese label read so.
 */
function wrappedNumberEdits(text: string, lines: readonly Line[], map: LineMap, from: number, to: number, n: number, paragraph?: number): TextEdit[] | undefined {
  if (!text.slice(from, to).includes('\n')) return undefined;
  // The span less the lines inside it that are not read, and for each character kept its offset in the text.
  const kept: number[] = [];
  let i = from;
  for (let li = lastStartingAt(lines, from) + 1; li < lines.length; li++) {
    const l = lines[li];
    if (l.start <= from) continue;
    if (l.start >= to) break;
    if (l.end > to || isRead(l)) continue;
    for (; i < l.start; i++) kept.push(i);
    i = l.end;
  }
  for (; i < to; i++) kept.push(i);
  let span = '';
  for (const k of kept) span += text[k];
  // The span joined, and for each character of it its offset in the text.
  let joined = '';
  const at: number[] = [];
  let last = 0;
  WRAP.lastIndex = 0;
  for (let m = WRAP.exec(span); m; m = WRAP.exec(span)) {
    for (let j = last; j < m.index; j++) at.push(kept[j]);
    joined += span.slice(last, m.index);
    last = m.index + m[0].length;
  }
  for (let j = last; j < span.length; j++) at.push(kept[j]);
  joined += span.slice(last);
  // A Chinese label from its 第 (`第十` / `二条`), nothing else between its parts once the lines not read are passed over.
  const y = /^第/.test(foldScript(joined)) ? numberSpan(joined) : undefined;
  if (!y || y.m.index !== 0 || y.end <= y.start || !/^[ \t\u3000]*[条款]/.test(foldScript(joined.slice(y.end)))) return undefined;
  const x = renumbered(joined, n, paragraph, text);
  if (!x) return [];
  const written = x.newText;
  // The numeral's runs of characters, one per line.
  const runs: { start: number; end: number }[] = [];
  for (let i = x.start; i < x.end; i++) {
    const run = runs[runs.length - 1];
    if (run && at[i] === run.end) run.end++;
    else runs.push({ start: at[i], end: at[i] + 1 });
  }
  const edits: TextEdit[] = [];
  let rest = written;
  for (let r = 0; r < runs.length; r++) {
    const { start, end } = runs[r];
    const part = r === runs.length - 1 ? rest : rest.slice(0, end - start);
    rest = rest.slice(part.length);
    if (part !== text.slice(start, end)) edits.push({ range: map.range(start, end), newText: part });
  }
  return edits;
}

/** An article's name in another language, as a new name: `Article 6`, `Статья 6`, `Article VI`, `6-бап`. */
const FOREIGN_ARTICLE_NAME = new RegExp(`^(?:(?:${ARTICLE_WORDS.join('|')})[ \\t]{1,3})?(?:(\\d{1,4}(?:\\.\\d{1,3})?)(?:-(?:${ARTICLE_AFTER_NUMBER.join('|')}))?|([IVXLCDM]{1,12}))$`, 'iu');

/**
 * A new number typed by the user: `第二十条`, `二十`, `20`, `第 20 条`; in traditional characters as the text writes them
 * (`第二條`, `第二十三條`: a traditional text's drafter types its own script). Undefined for anything else.
 */
export function parseArticleNumber(name: string): number | undefined {
  const s = foldScript(name.trim());
  if (s.length === 0 || s.length > 40) return undefined;
  // In another language: `Article 6`, `Статья 6`, `VI`, `6-бап`.
  const f = FOREIGN_ARTICLE_NAME.exec(s);
  const m = f ? undefined : /^(?:第[ \t\u3000]*([^第条]+?)[ \t\u3000]*条|([^第条]+))$/.exec(s);
  if (!f && !m) return undefined;
  // Article 0 is no article, in any language (`0`, `Article 0`, `第零条`).
  const n = f ? (f[1] ? (f[1].includes('.') ? parseNumeral(f[1]) : Number(f[1])) : parseRoman(f[2])) : parseNumeral(m![1] ?? m![2]);
  return n !== undefined && n > 0 && Number.isSafeInteger(n) ? n : undefined;
}


/** Who is renumbered: the articles of `home`, each to its new number (unchanged when absent). */
interface Plan {
  home: Snapshot;
  next: Map<Article, number>;
  /** The document the rename was asked in (edited whether or not it is served: it is the one open under the cursor). */
  from?: Snapshot;
}

interface PlannedEdit {
  /** Edits by URI, each list in document order. */
  changes: Map<Snapshot, TextEdit[]>;
  /** Documents whose references to `home` were examined (home and every document citing it). */
  docs: Snapshot[];
  /**
   * The models the plan read of closed documents, which the check reads again (`checkPlan`): held for the work, not
   * built again — the index keeps 64 models of closed documents, and a law cited by more had each citing law parsed
   * three times (the plan, the check's edits, the check's references). An open document's is asked of the index
   * each time (a keystroke may re-parse it in place between two slices of the work).
   */
  models: Map<Snapshot, Treaty>;
}

/** `doc`'s model as the plan read it (`PlannedEdit.models`). */
function plannedModel(index: Workspace, planned: PlannedEdit, doc: Snapshot): Treaty {
  return planned.models.get(doc) ?? index.model(doc);
}

const numOf = (plan: Plan, a: Article) => plan.next.get(a) ?? a.num;

/**
 * A reference a renumbering leaves as written: in a text in another language, an uncertain one, which may name another
 * instrument's article (`Article 5 of the Agreement` in an agreement's annex). What it names in this text must not change
 * (checkPlan).
 */
const leftAsWritten = (treaty: Treaty, r: ArticleRef) => r.uncertain === true && treaty.language !== 'zh';

/** References in `treaty` (made from `doc`) to articles of `home`: resolved ones with their article, and dangling ones. */
function referencesTo(index: Workspace, doc: Snapshot, treaty: Treaty, home: Snapshot): { ref: ArticleRef; article?: Article }[] {
  const out: { ref: ArticleRef; article?: Article }[] = [];
  for (const r of referencesOf(treaty)) {
    if (r.kind !== 'article' || r.relative) continue;
    if (!mayReach(r, doc, home)) continue;
    if (leftAsWritten(treaty, r)) continue;
    const t = resolve(contextOf(index, doc), r);
    if (t?.kind === 'article' && t.snapshot === home) out.push({ ref: r, article: t.article });
    else if ((t?.kind === 'no-such-paragraph' || t?.kind === 'no-such-item') && t.in === home) out.push({ ref: r, article: t.article });
    else if (t?.kind === 'no-such-article' && (t.in ?? doc) === home) out.push({ ref: r });
    // A citation of home's title that finds the article in none of the texts of that title (a notice printing an
    // arrangement, and the arrangement alone): dangling to home too — an article of home given that number would answer it.
    else if (t === undefined && r.citation !== undefined && home.titleKey !== undefined && index.resolveCitation(r.citation, doc.uri) !== undefined && index.withTitle(r.citation.normalized).includes(home)) out.push({ ref: r });
  }
  return out;
}

/**
 * The references, in `home` and in every document citing it, that name article `num` (之`sub`) of
 * `home` and find none, described: an article given that number would become their target.
 */
export function danglingTo(index: Workspace, home: Snapshot, num: number, sub: number | undefined): string[] {
  const out: string[] = [];
  for (const doc of affected(index, home)) {
    const treaty = index.model(doc);
    for (const x of referencesTo(index, doc, treaty, home)) if (!x.article && x.ref.target.num === num && x.ref.target.sub === sub) out.push(describe(treaty, x.ref));
  }
  return out;
}

/** The documents a renumbering of `home` must look at: itself, every document that cites it, and the other parts of its text. */
function affected(index: Workspace, home: Snapshot, from?: Snapshot): Snapshot[] {
  // (Only documents served as treaties are edited, and the one asked in: a README or notes citing the treaty are left as written.)
  return referringDocuments(index, home, true).filter((d) => d === home || d === from || (!d.refusal && index.isServed(d)));
}


function* plannedEdits(index: Workspace, plan: Plan): Work<PlannedEdit> {
  const changes = new Map<Snapshot, TextEdit[]>();
  const models = new Map<Snapshot, Treaty>();
  const docs = affected(index, plan.home, plan.from);
  for (const doc of docs) {
    const treaty = index.model(doc);
    if (!doc.open) models.set(doc, treaty);
    const map = new LineMap(treaty.tree.lines);
    const edits: TextEdit[] = [];
    if (doc === plan.home) {
      for (const [a, n] of plan.next) {
        const e = numberEdit(treaty.text, map, a.label.start, a.label.end, n);
        if (e) edits.push(e);
      }
    }
    for (const { ref, article } of referencesTo(index, doc, treaty, plan.home)) {
      if (!article) continue; // a dangling reference keeps its text (checkPlan sees that it stays dangling)
      const n = plan.next.get(article);
      if (n === undefined || namesUnitOnly(treaty.text, ref)) continue;
      // A reference a width broke over lines (`本协定第` / `六条`, or with a page's number between: `本协定第` / `- 3 -` / `六条`):
      // its number rewritten in its parts, the line breaks and the lines between kept.
      const wrapped = wrappedNumberEdits(treaty.text, treaty.tree.lines, map, ref.labelStart, ref.labelEnd, n, ref.target.paragraph);
      const e = wrapped ? undefined : numberEdit(treaty.text, map, ref.labelStart, ref.labelEnd, n, ref.target.paragraph);
      if (wrapped) edits.push(...wrapped);
      else if (e) edits.push(e);
    }
    if (edits.length) changes.set(doc, sortEdits(edits));
    yield;
  }
  return { changes, docs, models };
}

/**
 * A reference to a unit below an article written with the unit's number alone, its article named before it: `第一` and `二款` of
 * `第三条第一、二款` (model/references.ts `listedUnits`), `第二款` of `第三条第一款、第二款`. Its words hold no article's number (the
 * first unit word after its label's start is 款 or 项, before any 条), and a renumbering leaves them as written; `第二` of
 * `第二、三条第一款` is article 2's number (条 comes first).
 */
function namesUnitOnly(text: string, ref: ArticleRef): boolean {
  if (ref.target.paragraph === undefined && ref.target.item === undefined) return false;
  const word = /[条條款项項]/.exec(text.slice(ref.labelStart, ref.labelEnd + 40));
  return !!word && word[0] !== '条' && word[0] !== '條';
}

/** Applies edits (in document order, not overlapping) to a text. */
export function applyEdits(text: string, map: LineMap, edits: readonly TextEdit[]): string {
  return withEdits(text, edits.map((e) => ({ start: map.offsetAt(e.range.start), end: map.offsetAt(e.range.end), newText: e.newText })));
}

/** Where a reference (or any span of the text) is, for a message: `第3行“本协定第二条”`. */
function describe(treaty: Treaty, ref: { start: number; end: number }): string {
  const line = new LineMap(treaty.tree.lines).positionAt(ref.start).line + 1;
  // A reference a width broke over lines shown with its line break as ` / ` (`第14行“本协定第 / 六条”`).
  return msg('action.lineQuote', line, treaty.text.slice(ref.start, ref.end).replace(WRAP, ' / '));
}

/**
 * Applies the planned edits, parses the edited documents again and checks: no
 * edit overlaps another; every document keeps its articles, and the home
 * document's articles carry their planned numbers; every reference to an
 * article of home is still read as a reference and names that article under
 * its new number; every dangling reference stays dangling; every other
 * reference is unchanged. Returns what is wrong, or undefined.
 */
function* checkPlan(index: Workspace, plan: Plan, planned: PlannedEdit): Work<{ problem?: string; dangling: string[] }> {
  const home = plan.home;
  const homeBefore = plannedModel(index, planned, home);
  const after = new Map<Snapshot, Treaty>();
  for (const [doc, edits] of planned.changes) {
    const treaty = plannedModel(index, planned, doc);
    const map = new LineMap(treaty.tree.lines);
    for (let i = 1; i < edits.length; i++) {
      if (map.offsetAt(edits[i].range.start) < map.offsetAt(edits[i - 1].range.end)) return { problem: msg('rename.overlap'), dangling: [] };
    }
    after.set(doc, buildTreaty(applyEdits(treaty.text, map, edits)));
    yield;
  }
  const homeAfter = after.get(home) ?? homeBefore;
  // Articles: as many as before, each with its planned number.
  if (homeAfter.articles.length !== homeBefore.articles.length) return { problem: articleCountChange(homeBefore, homeAfter), dangling: [] };
  for (let i = 0; i < homeBefore.articles.length; i++) {
    const b = homeBefore.articles[i];
    const a = homeAfter.articles[i];
    if (a.num !== numOf(plan, b) || a.sub !== b.sub) return { problem: msg('rename.unreadable', b.name, articleName(numOf(plan, b) ?? 0)), dangling: [] };
    // Read as it was: its caption or none, its paragraphs and their items (a label glued in a one-line text, `第二章 定义 第二条`
    // read as a reference while a 第二条 stood before it, made the chapter heading before it end the first 第二条 once renamed).
    if (articleLayout(a) !== articleLayout(b)) return { problem: msg('rename.articleShape'), dangling: [] };
  }
  // A file of a text kept by part (a code's books): its place among the others, by their first articles, names its 编.
  if (movesAmongParts(index, home, homeBefore, homeAfter)) return { problem: msg('rename.partMoved', fileNameOf(home.uri), homeAfter.articles.find((a) => a.num !== undefined)?.name ?? ''), dangling: [] };
  const ordinal = new Map(homeBefore.articles.map((a, i) => [a, i]));
  const dangling: string[] = [];
  for (const doc of planned.docs) {
    yield;
    const before = plannedModel(index, planned, doc);
    const now = after.get(doc) ?? before;
    if (now !== before && now.articles.length !== before.articles.length) return { problem: msg('rename.docArticleCount', docName(doc)), dangling };
    const refsBefore = referencesOf(before).filter((r): r is ArticleRef => r.kind === 'article');
    const refsAfter = referencesOf(now).filter((r): r is ArticleRef => r.kind === 'article');
    if (refsBefore.length !== refsAfter.length) return { problem: referenceCountChange(doc, before, now, refsBefore, refsAfter), dangling };
    const toHome = new Map(referencesTo(index, doc, before, home).map((x) => [x.ref, x.article]));
    for (let i = 0; i < refsBefore.length; i++) {
      const rb = refsBefore[i];
      const ra = refsAfter[i];
      if (rb.relative || ra.relative) {
        if (rb.relative !== ra.relative) return { problem: readsOtherwise(before, rb, now, ra), dangling };
        continue;
      }
      // In another part of home's text, a reference its own file cannot resolve looks in home — and in a
      // file of home's title once the renumbering makes home a part (its first article past 第一条).
      const looksInHome = doc !== home && !rb.citation && (sameText(doc, home) || (sameTitle(doc, home) && isPart(homeAfter)));
      if (!toHome.has(rb)) {
        if (!sameTarget(rb, ra, rb.target.num)) return { problem: readsOtherwise(before, rb, now, ra), dangling };
        // It named another part's article, or none: it must not come to name one of home's.
        if (looksInHome && !findArticle(before, rb.target.num, rb.target.sub) && findArticle(homeAfter, ra.target.num, ra.target.sub)) return { problem: msg('rename.danglingTargeted', describe(before, rb)), dangling };
        // One left as written in home (a heading broken into a line of text, `#前两条## Article 18`, reads as an uncertain
        // `Article 18` naming no article): it names in the renumbered text what it named before, the same article or none.
        // (Not another instrument's for sure, `Article 2 of the Charter`: it names none here.)
        if (doc === home && leftAsWritten(before, rb) && !rb.elsewhere) {
          const was = resolveAt(homeBefore, rb.target, rb.start);
          const is = resolveAt(homeAfter, ra.target, ra.start);
          if ((was ? ordinal.get(was.article) : -1) !== (is ? homeAfter.articles.indexOf(is.article) : -1)) return { problem: was ? readsOtherwise(before, rb, now, ra, was.article.name, is ? is.article.name : undefined) : msg('rename.danglingTargeted', describe(before, rb)), dangling };
        }
        continue;
      }
      const article = toHome.get(rb);
      if (article) {
        // Follows its article: the new number, and it resolves to that same article (not to one of its own file's).
        const n = numOf(plan, article)!;
        const hit = sameTarget(rb, ra, n) && !(looksInHome && findArticle(now, n, ra.target.sub)) ? (doc === home ? resolveAt(homeAfter, ra.target, ra.start) : resolveInTreaty(homeAfter, ra.target)) : undefined;
        if (!hit || homeAfter.articles.indexOf(hit.article) !== ordinal.get(article)) return { problem: msg('rename.retargeted', describe(before, rb), article.name), dangling };
      } else {
        // Pointed at nothing: must still point at nothing.
        dangling.push(describe(before, rb));
        if (!sameTarget(rb, ra, rb.target.num) || findArticle(homeAfter, ra.target.num, ra.target.sub)) {
          return { problem: msg('rename.danglingTargeted', describe(before, rb)), dangling };
        }
      }
    }
  }
  // Every reference keeps its article, and no number comes to be shared that was not (a text numbered out of order, `第八条`
  // above `第一条`: shifting the articles after an inserted one makes its 第七条 a second 第八条, and what names 第八条 names either).
  // Nor, in a file of a text kept by part, to a number another file holds (an article inserted in 合同编 moves its last onto
  // 人格权编's first): every reference read as before, what would name it names either.
  const clash = takenInOtherPart(index, home, homeBefore, homeAfter);
  if (clash) return { problem: msg('rename.partNumberTaken', fileNameOf(home.uri), clash.name, fileNameOf(clash.snapshot.uri)), dangling };
  const taken = sharedAnew(homeBefore, homeAfter);
  if (taken) return { problem: msg('rename.taken', homeBefore.selfRef, taken.name), dangling };
  return { dangling };
}

/**
 * Why the rewritten text has more or fewer articles, in one sentence: the first article read no more (its label, where it is,
 * and what it is read as instead), or the first line read as an article that was not one (what it is read as now). A label under
 * a line that ends citing an instrument, its number jumping past the articles before it, is that instrument's article going on
 * (syntax/lines.ts continuesCitation): renumbering the articles before it can make it jump, or stop jumping.
 */
function articleCountChange(before: Treaty, after: Treaty): string {
  // (The edits rewrite numbers inside lines: an article keeps its line, and the first line holding a label in one text and not
  // the other is the article lost or gained.)
  const mapBefore = new LineMap(before.tree.lines);
  const mapAfter = new LineMap(after.tree.lines);
  let i = 0;
  let j = 0;
  let lineBefore = -1;
  let lineAfter = -1;
  for (; i < before.articles.length && j < after.articles.length; i++, j++) {
    lineBefore = mapBefore.positionAt(before.articles[i].label.start).line;
    lineAfter = mapAfter.positionAt(after.articles[j].label.start).line;
    if (lineBefore !== lineAfter) break;
  }
  const lost = j >= after.articles.length || (i < before.articles.length && lineBefore < lineAfter);
  const a = lost ? before.articles[i] : after.articles[j];
  if (!a) return msg('rename.articleCount');
  const where = lost ? before : after;
  const line = (lost ? mapBefore : mapAfter).positionAt(a.label.start).line;
  const quoted = describe(where, a.label);
  // What the line reads as in the other text: another instrument's article going on from the line above, or not an article.
  const other = lost ? after : before;
  const row = rowsOf(other.tree.lines)[line];
  const goesOn = row !== undefined && other.tree.lines.some((l) => l.start >= row.start && l.start < row.end && l.kind === 'text' && l.num !== undefined);
  return msg(lost ? (goesOn ? 'rename.headingCited' : 'rename.headingLost') : goesOn ? 'rename.citedHeading' : 'rename.headingGained', quoted, before.selfRef || msg('rename.thisText'));
}

/** Why a document comes to have more or fewer article references: the first read otherwise, before and after. */
function referenceCountChange(doc: Snapshot, before: Treaty, after: Treaty, refsBefore: readonly ArticleRef[], refsAfter: readonly ArticleRef[]): string {
  let i = 0;
  while (i < refsBefore.length && i < refsAfter.length && sameReading(refsBefore[i], refsAfter[i])) i++;
  if (i < refsBefore.length && (i >= refsAfter.length || refsAfter.length < refsBefore.length)) return msg('rename.notReference', describe(before, refsBefore[i]), readingOf(before, refsBefore[i]));
  if (i < refsAfter.length) return msg('rename.newReference', describe(after, refsAfter[i]), readingOf(after, refsAfter[i]));
  return msg('rename.docReferences', docName(doc));
}

/** Whether two references read alike but for the number a renumbering rewrites: the same kind of reference, instrument and unit. */
function sameReading(b: ArticleRef, a: ArticleRef): boolean {
  return b.relative === a.relative && (b.citation?.normalized ?? '') === (a.citation?.normalized ?? '') && b.target.paragraph === a.target.paragraph && b.target.item === a.target.item && b.range === a.range;
}

/**
 * A reference that would name something else once rewritten, said whole: where it is, what it names now, what it would name
 * (`第5行“第三条”现指本协定第三条，改写后将指《…协定》第三条`). `was`/`is`: the articles it resolves to, where known.
 */
function readsOtherwise(before: Treaty, rb: ArticleRef, after: Treaty, ra: ArticleRef | undefined, was?: string, is?: string): string {
  const now = was !== undefined ? `${before.selfRef}${was}` : readingOf(before, rb);
  const then = ra === undefined ? msg('rename.noReading') : was !== undefined ? (is !== undefined ? `${after.selfRef}${is}` : msg('rename.noSuchHere', after.selfRef, articleName(ra.target.num, ra.target.sub))) : readingOf(after, ra);
  return msg('rename.readsOtherwise', describe(before, rb), now, then);
}

/** What an article reference names, in words: `本协定第三条第二款`, `《…》第三条`, `前条（相对于所在条款）`, `本协定没有的第九条`. */
function readingOf(treaty: Treaty, r: ArticleRef): string {
  if (r.relative) return msg('rename.relativeReading', r.relative);
  const name = articleName(r.target.num, r.target.sub) + (r.target.paragraph !== undefined ? `第${formatChinese(r.target.paragraph)}款` : '') + (r.target.item !== undefined ? `第（${formatChinese(r.target.item)}）项` : '');
  if (r.citation) return `《${r.citation.title}》${name}`;
  if (r.elsewhere) return msg('rename.elsewhereReading', name);
  return resolveAt(treaty, r.target, r.start) ? `${treaty.selfRef}${name}` : msg('rename.noSuchHere', treaty.selfRef, name);
}

/**
 * An article of `after` that comes to share its number with one it did not share it with in `before` (the same articles, in the
 * same order). Where each chapter numbers its articles from 第一条 again, or each note of an exchange its points, only the
 * articles of one chapter or note share a number.
 */
function sharedAnew(before: Treaty, after: Treaty): Article | undefined {
  const byChapter = restartsByChapter(before) || restartsByChapter(after);
  const scope = (t: Treaty, a: Article) => (byChapter ? t.chapters.indexOf(chapterHolding(a)!) : t.notes.length ? t.notes.findIndex((n) => n.points.includes(a)) : '');
  const key = (t: Treaty, a: Article) => `${scope(t, a)}|${a.num}/${a.sub ?? ''}`;
  /** The first article after the edit with each number: every other with it must have shared its number before. */
  const first = new Map<string, number>();
  for (let i = 0; i < after.articles.length; i++) {
    const a = after.articles[i];
    if (a.num === undefined) continue;
    const k = key(after, a);
    const j = first.get(k);
    if (j === undefined) first.set(k, i);
    else if (key(before, before.articles[j]) !== key(before, before.articles[i])) return a;
  }
  return undefined;
}

function sameTarget(before: ArticleRef, after: ArticleRef, num: number): boolean {
  const a = after.target;
  const b = before.target;
  return a.num === num && a.sub === b.sub && a.paragraph === b.paragraph && a.item === b.item && (after.citation?.normalized ?? '') === (before.citation?.normalized ?? '') && after.range === before.range;
}

function docName(doc: Snapshot): string {
  return `《${doc.info.title ?? decodeURIComponent(doc.uri.slice(doc.uri.lastIndexOf('/') + 1))}》`;
}

function toWorkspaceEdit(changes: Map<Snapshot, TextEdit[]>): WorkspaceEdit {
  const out: Record<string, TextEdit[]> = {};
  for (const [doc, edits] of changes) out[doc.uri] = edits;
  return { changes: out };
}

/**
 * Why an edit giving articles numbers from `from` on must be refused: an article numbered so whose label a width broke over two
 * lines (model/treaty.ts brokenArticleLabels) is not read, and would keep its number, or share one, while those around it move
 * — the same refusal as renumbering's; undefined when the text holds no such label from `from` on.
 */
export function brokenFrom(treaty: Treaty, from: number): string | undefined {
  const broken = brokenArticleLabels(treaty).find((b) => b.num >= from);
  return broken && brokenRefusal(treaty, broken);
}

/** The refusal naming a broken label: the article and its label as written (`第七十三条的条号被换行拆在两行（“第七十 / 三条”）…`). */
export function brokenRefusal(treaty: Treaty, broken: BrokenLabel): string {
  return msg('rename.brokenLabel', articleName(broken.num), brokenShown(treaty.text, broken.start));
}

/** A broken label as written, its line break shown as ` / ` (`第七十 / 三条`). */
function brokenShown(text: string, start: number): string {
  const m = /^第[^\n\r]*[\r\n]+[^\n\r]{0,8}?[条條]/.exec(text.slice(start, start + 40));
  return m ? m[0].replace(/[ \t\u3000]*[\r\n]+[ \t\u3000]*/, ' / ') : text.slice(start, start + 4);
}

export interface Renumbering {
  /** The edit, across every document that cites this one; undefined when refused or nothing changes. */
  edit?: WorkspaceEdit;
  /** How many articles change number. */
  articles: number;
  /** References to articles that do not exist, left as they are (`第3行“本协定第九条”`). */
  dangling: string[];
  /** Why no edit is proposed, when renumbering would be unsafe. */
  refused?: string;
  /** The plan: each article that changes number, to its new number. */
  next?: ReadonlyMap<Article, number>;
}

/**
 * Renumbers every article 1, 2, 3 … in document order (`第十条之一` keeps its place
 * after its base) and rewrites every reference to them — in this document and in
 * every document that cites it — to follow its article. References to articles that
 * do not exist are left as they are; if renumbering would give one of them a target,
 * it is refused and they are named.
 */
export function renumberArticles(ctx: FeatureContext): Renumbering {
  return finish(renumberArticlesWork(ctx));
}

/** Renumbering as work: one unit per document planned and per document checked. */
export function* renumberArticlesWork(ctx: FeatureContext): Work<Renumbering> {
  const { workspace: index, snapshot, treaty } = ctx;
  if (treaty.tree.unitStyle === 'paragraph') {
    const next = pointPlan(treaty);
    const unread = next.size > 0 ? unreadPointName(index, snapshot, next) : undefined;
    if (unread) return { articles: next.size, dangling: [], refused: msg('rename.pointUnread', unread), next };
    return yield* renumbering(index, snapshot, next);
  }
  if (treaty.tree.unitStyle !== 'article') return { articles: 0, dangling: [] };
  // An article whose label a width broke over two lines is not read, and would keep its number (model/treaty.ts brokenArticleLabels).
  const broken = brokenArticleLabels(treaty)[0];
  if (broken) return { articles: 0, dangling: [], refused: brokenRefusal(treaty, broken) };
  const next = new Map<Article, number>();
  // A part of a longer text kept one file per part (合同编 from 第四百六十三条, its other parts in
  // the workspace) keeps its first number; any other text is numbered from 第一条.
  const title = snapshot.titleKey;
  const partOf = isPart(treaty) && title !== undefined && index.withTitle(title).some((s) => s !== snapshot);
  // Articles numbered by chapter (`第1.1条`) are numbered 1, 2, 3 … in each chapter, the others as before.
  if (treaty.articles.some((a) => a.num !== undefined && isDecimal(a.num))) return yield* renumbering(index, snapshot, decimalPlan(treaty));
  let n = partOf ? treaty.articles.find((a) => a.num !== undefined)!.num! - 1 : excerptFrom(treaty);
  let first = true;
  // Chapters numbering their articles from 第一条 again (the RCEP's text) are each numbered 1, 2, 3 ….
  const restarts = restartsByChapter(treaty);
  let chapter: Chapter | undefined;
  for (const a of treaty.articles) {
    if (restarts && chapterHolding(a) !== chapter) {
      chapter = chapterHolding(a);
      if (!first) n = 0;
      first = true;
    }
    if (a.sub === undefined || first) n++;
    first = false;
    if (a.num !== n) next.set(a, n);
  }
  return yield* renumbering(index, snapshot, next);
}

/**
 * A page of a longer text: no title, its first unit numbered past 1 (a database's second page opening inside 第五条 at
 * `第六条`, agreed minutes' last page at `六、`). Its units before are on the pages before: renumbered, it keeps its first
 * number (deleting 第七条 makes 第八条 the seventh, not 第六条 the first): the number before its first, else 0.
 */
function excerptFrom(treaty: Treaty): number {
  // (Points read as a page, a resolution's opening at 22. under its headline: the page keeps its first number, titled.)
  if (treaty.title && !treaty.tree.pageOfPoints) return 0;
  const first = treaty.articles.find((a) => a.num !== undefined);
  return first !== undefined && first.num! > 1 && first.note === undefined ? first.num! - 1 : 0;
}

/**
 * A text numbered by points (a joint statement's `一、二、三、`, a resolution's `1. 2.`): its points numbered 1, 2, 3 … in
 * document order, again from 1 in each note of an exchange of notes (each note numbers its own points).
 */
function pointPlan(treaty: Treaty): Map<Article, number> {
  const next = new Map<Article, number>();
  let note: Article['note'];
  // (An excerpt's first points keep their numbers.)
  let n = excerptFrom(treaty);
  for (const a of treaty.articles) {
    if (a.num === undefined) continue;
    if (a.note !== note) {
      note = a.note;
      n = 0;
    }
    if (a.num !== ++n) next.set(a, n);
  }
  return next;
}

/** A point named as a unit (`第四点`, `第2段`), read as a reference or not; not after an instrument named without 本 (`1972年联合公报第四点`, `《…》第2段`): another's. */
const POINT_NAME = new RegExp(`(?<!》|${alternation(INSTRUMENT_KINDS)})第${GAP}([${NUMERAL_CHARS}]{1,4})${GAP}[点段]`, 'g');

/**
 * Where a point renumbered or renumbered to is named (`第四点`) and not read as a reference (`依照第四点`, no 本联合声明
 * before it), in `home` or a document citing it: what it names is not known, so renumbering could change it. Undefined
 * when there is none. (`本联合声明第四点` is read as a reference, and followed.)
 */
function unreadPointName(index: Workspace, home: Snapshot, next: Map<Article, number>): string | undefined {
  const inPlay = new Set<number>();
  for (const [a, n] of next) inPlay.add(a.num!).add(n);
  for (const doc of affected(index, home)) {
    const treaty = index.model(doc);
    const text = treaty.text;
    if (text.indexOf('点') < 0 && text.indexOf('段') < 0) continue;
    const read = referencesOf(treaty).filter((r) => r.kind === 'article');
    for (const m of foldScript(text).matchAll(POINT_NAME)) {
      const num = parseNumeral(m[1]);
      if (num === undefined || !inPlay.has(num) || read.some((r) => r.start <= m.index && m.index < r.end)) continue;
      return describe(treaty, { start: m.index, end: m.index + m[0].length });
    }
  }
  return undefined;
}

/**
 * Articles numbered by chapter (`第1.1条`, `第1.2条`, `第2.1条`): each keeps its chapter and is numbered 1, 2, 3 … in it
 * (`第十条之一`'s kind keeps its place after its base). An article numbered for another chapter than the one its
 * heading and the article before it hold (`第3.1条` after `第2.2条`, both under 第二章: diagnostics.ts
 * checkDecimalNumbering) takes that chapter's next number; the articles without a point keep theirs.
 */
function decimalPlan(treaty: Treaty): Map<Article, number> {
  const next = new Map<Article, number>();
  let chapter = 0;
  let n = 0;
  let prev: Article | undefined;
  for (const a of treaty.articles) {
    if (a.num === undefined || !isDecimal(a.num)) continue;
    const x = decimalChapter(a.num);
    if (x !== chapter) {
      const held = chapterHolding(a);
      const stray = prev !== undefined && held?.num === chapter && chapterHolding(prev) === held;
      if (!stray) {
        chapter = x;
        n = 0;
      }
    }
    if (a.sub === undefined || n === 0) n++;
    prev = a;
    const num = decimalArticle(chapter, n);
    if (num !== undefined && a.num !== num) next.set(a, num);
  }
  return next;
}

/** The checked edit that gives each article of `snapshot` its number in `next`, with every reference to it. */
function* renumbering(index: Workspace, snapshot: Snapshot, next: Map<Article, number>): Work<Renumbering> {
  if (next.size === 0) return { articles: 0, dangling: [] };
  const plan: Plan = { home: snapshot, next };
  const planned = yield* plannedEdits(index, plan);
  const { problem, dangling } = yield* checkPlan(index, plan, planned);
  if (problem) return { articles: next.size, dangling, refused: problem, next };
  return { edit: toWorkspaceEdit(planned.changes), articles: next.size, dangling, next };
}

/** The checked edit that gives each article of `snapshot` its number in `next` (a counterpart's renumbering). */
export function renumberTo(index: Workspace, snapshot: Snapshot, next: Map<Article, number>): Renumbering {
  return finish(renumbering(index, snapshot, next));
}

/** The article a rename at `offset` renames, and its document. */
export function renameTarget(ctx: FeatureContext, offset: number): { home: Snapshot; article: Article } | undefined {
  const site = renameSite(ctx, offset);
  return site?.home && site.article ? { home: site.home, article: site.article } : undefined;
}

/**
 * Moves `articles` of `snapshot` up one number each (`第十条之一` with its base), making
 * room for an article inserted before them, with every reference to them in every
 * document, under the same checks as renumbering.
 */
export function shiftArticles(ctx: FeatureContext, articles: readonly Article[]): Renumbering {
  const { workspace: index, snapshot } = ctx;
  const next = new Map<Article, number>();
  for (const a of articles) if (a.num !== undefined) next.set(a, a.num + 1);
  return finish(renumbering(index, snapshot, next));
}

/** An article heading or a reference to an article at `offset`: the span to rename and what is there. */
function renameSite(ctx: FeatureContext, offset: number): { span: { start: number; end: number }; home?: Snapshot; article?: Article; written: string } | undefined {
  const { snapshot, treaty } = ctx;
  // On a reference's label (resolved or not).
  const ref = referencesOf(treaty).find((r): r is ArticleRef => r.kind === 'article' && !r.relative && r.labelStart <= offset && offset <= r.labelEnd);
  if (ref) {
    const t = resolve(ctx, ref);
    const written = treaty.text.slice(ref.labelStart, ref.labelEnd);
    const span = { start: ref.labelStart, end: ref.labelEnd };
    if (t?.kind === 'article') return { span, home: t.snapshot, article: t.article, written };
    if (t?.kind === 'no-such-paragraph' || t?.kind === 'no-such-item') return { span, home: t.in, article: t.article, written };
    return { span, written };
  }
  // Anywhere on an article's heading line: the label. A law-style line (`第二条 本法所称…`) carries
  // the first paragraph after the label: its words are text, not the heading.
  const subject = subjectAt(ctx, offset);
  if (subject?.kind === 'article' && subject.snapshot === snapshot && onHeading(subject.article, offset)) {
    const a = subject.article;
    return { span: a.label, home: snapshot, article: a, written: treaty.text.slice(a.label.start, a.label.end) };
  }
  return undefined;
}

/** A refusal says why; `invalidName`: the new name itself is not an article number (the request's parameter is wrong). */
export type RenameAnswer<T> = T | { refused: string; invalidName?: boolean } | null;

/**
 * Where a rename can start: anywhere on an article heading or on a reference to an
 * article (the label's range, and the article's name as placeholder). A heading or
 * reference that cannot be renamed is refused with the reason (so that no other
 * rename provider rewrites it); null elsewhere.
 */
export function prepareRename(ctx: FeatureContext, offset: number): RenameAnswer<{ range: Range; placeholder: string }> {
  const site = renameSite(ctx, offset);
  if (!site) return null;
  const why = whyNot(ctx.workspace, site);
  if (why) return { refused: why };
  const map = ctx.lines;
  return { range: map.range(site.span.start, site.span.end), placeholder: site.article!.name };
}

function whyNot(index: Workspace, site: { home?: Snapshot; article?: Article; written: string }): string | undefined {
  if (!site.home || !site.article) return msg('rename.noSuchArticle', site.written);
  if (index.model(site.home).tree.unitStyle !== 'article') return msg('rename.paragraphUnits');
  if (site.article.num === undefined) return msg('rename.unreadableNumber', site.written);
  return undefined;
}

/**
 * Renames one article to a new number (`第十三条`, `13`, `十三`): its heading, and every
 * reference to it in this document and in every document that cites it, each in the
 * style it was written. Refused, with the reason: a name that is not a number, a
 * number another article has, a number the heading would not be read back with,
 * or a rename that would give a dangling reference a target.
 */
export function rename(ctx: FeatureContext, offset: number, newName: string): RenameAnswer<WorkspaceEdit> {
  return finish(renameWork(ctx, offset, newName));
}

/** Rename as work: one unit per document planned and per document checked. */
export function* renameWork(ctx: FeatureContext, offset: number, newName: string): Work<RenameAnswer<WorkspaceEdit>> {
  const index = ctx.workspace;
  const site = renameSite(ctx, offset);
  if (!site) return null;
  const why = whyNot(index, site);
  if (why) return { refused: why };
  const home = site.home!;
  const article = site.article!;
  const shown = newName.length > 20 ? `${newName.slice(0, 20)}…` : newName;
  const n = parseArticleNumber(newName);
  if (n === undefined) return { refused: msg('rename.notNumber', shown, msg('rename.accepted')), invalidName: true };
  if (n === article.num) return { changes: {} };
  const homeTreaty = index.model(home);
  const taken = findArticle(homeTreaty, n, article.sub);
  const target = articleName(n, article.sub);
  if (taken) return { refused: msg('rename.taken', homeTreaty.selfRef, target) };
  const broken = brokenArticleLabels(homeTreaty).find((b) => b.num === n);
  if (broken && article.sub === undefined) return { refused: brokenRefusal(homeTreaty, broken) };
  // The heading, rewritten and read back alone: it must be an article heading with the new number.
  const map = new LineMap(homeTreaty.tree.lines);
  const head = numberEdit(homeTreaty.text, map, article.label.start, article.label.end, n);
  const line = head && applyEdits(homeTreaty.text.slice(0, article.head.eol), map, [head]).slice(article.head.start);
  const reread = line !== undefined ? splitLines(line, homeTreaty.language)[0] : undefined;
  if (reread?.kind !== 'article' || reread.num !== n || reread.sub !== article.sub) {
    return { refused: msg('rename.notHeading', target, head ? head.newText : newName, msg('rename.accepted')) };
  }
  const plan: Plan = { home, next: new Map([[article, n]]), from: ctx.snapshot };
  const planned = yield* plannedEdits(index, plan);
  const { problem } = yield* checkPlan(index, plan, planned);
  if (problem) return { refused: msg('rename.refused', target, problem) };
  return toWorkspaceEdit(planned.changes);
}

/** Edits in document order. */
function sortEdits(edits: TextEdit[]): TextEdit[] {
  return edits.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
