// Drafting checks, each with a stable code and a severity the user can change
// (`treaty.diagnostics.severity`, e.g. {"ref.citation-not-found": "off"}).
import { Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, Range } from 'vscode-languageserver-types';
import { decimalArticle, decimalChapter, decimalOrdinal, formatChinese, isDecimal, parseNumeral } from '../syntax/numerals';
import { Reference, referencesOf } from '../model/references';
import { isExcerpt } from '../model/outline';
import { missingChapters } from '../model/chapterReferences';
import { entryIntoForceOf, pageFooterStart, stopsShort } from '../model/clauses';
import { formatDate } from '../model/signing';
import { partiesOf } from '../model/parties';
import { Article, Treaty, articleKey, brokenArticleLabels, chapterHolding, foldedText, normalizeTitle, treatyText, unitName } from '../model/treaty';
import { Block, Line, lastStartingAt } from '../syntax/tree';
import { isAdoptionRecord, isMetaLine } from '../syntax/parser';
import { isChinese } from '../model/quantities';
import { FeatureContext, SeverityName, SeveritySettings } from './context';
import { foldScript, halfWidthForms } from '../syntax/script';
import { Target, Unresolved, isPart, missingHere, resolve, resolvedHere } from './resolve';
import { kindWritten, labelsInTraditional, unitWordsOf, withTraditionalArticleWord } from './unitWords';
import { msg } from './messages';
import { COPIED_KINDS, FINAL_CHAPTERS, NUMERAL_CHARS, PARTY_TERM_COMPOUND, PARTY_TERM_OTHER_HEAD, PARTY_TERM_GENERIC, PINYIN_GLOSS, QUESTION_WORDS, SIGNED_SELF_REFS, alternation, namesNoInstrument } from '../syntax/words';
import { counterpartDiagnostics } from './counterparts';
import { draftingChecks } from './draftingChecks';
import { ShortForm, shortFormDates, shortFormsOf } from './shortFormDates';
import { Work, finish } from './work';
import { lineSeparators } from './lineSeparators';
import { htmlPaste } from './htmlPaste';
import { letterSpacedOf } from './letterSpacing';
import { unclosedFences } from '../syntax/lines';

/** References resolved in one unit of work. */
const REFERENCES_PER_UNIT = 64;

export const DIAGNOSTIC_CODES = {
  'ref.no-such-article': DiagnosticSeverity.Error,
  'ref.no-such-paragraph': DiagnosticSeverity.Error,
  'ref.no-such-item': DiagnosticSeverity.Error,
  'ref.no-such-chapter': DiagnosticSeverity.Error,
  'ref.citation-not-found': DiagnosticSeverity.Information,
  'ref.date-mismatch': DiagnosticSeverity.Warning,
  'numbering.gap': DiagnosticSeverity.Warning,
  'numbering.duplicate': DiagnosticSeverity.Error,
  'numbering.order': DiagnosticSeverity.Warning,
  'syntax.bad-number': DiagnosticSeverity.Error,
  // A code block whose fence is never closed (markdown would show the rest of the text as code).
  'syntax.unclosed-fence': DiagnosticSeverity.Warning,
  'signing.self-reference': DiagnosticSeverity.Warning,
  'signing.authentic-count': DiagnosticSeverity.Warning,
  'signing.copies': DiagnosticSeverity.Information,
  'self.mismatch': DiagnosticSeverity.Warning,
  'term.duplicate': DiagnosticSeverity.Warning,
  // A hint: a term is often part of a longer word (中吉国界 before “国界” is defined).
  'term.before-definition': DiagnosticSeverity.Hint,
  'term.unused': DiagnosticSeverity.Hint,
  'style.half-width-punctuation': DiagnosticSeverity.Hint,
  // Between the equally authentic texts of one instrument (features/divergence.ts).
  'align.article-count': DiagnosticSeverity.Warning,
  'align.paragraph-count': DiagnosticSeverity.Warning,
  'align.item-count': DiagnosticSeverity.Warning,
  'align.number': DiagnosticSeverity.Warning,
  'align.date': DiagnosticSeverity.Warning,
  'align.reference': DiagnosticSeverity.Warning,
  'align.term': DiagnosticSeverity.Information,
  'align.signing': DiagnosticSeverity.Warning,
  // features/draftingChecks.ts
  'numbering.item-gap': DiagnosticSeverity.Warning,
  'numbering.item-duplicate': DiagnosticSeverity.Warning,
  'numbering.item-mixed': DiagnosticSeverity.Warning,
  'style.heading-mixed': DiagnosticSeverity.Information,
  // A chapter heading reduced to its caption in the copy (features/lostChapters.ts): the structure is read, the label lost.
  'numbering.chapter-label': DiagnosticSeverity.Information,
  // Chapters, sections and parts numbered with a gap, a repeat or out of order (features/chapterNumbering.ts), as articles are.
  'numbering.chapter': DiagnosticSeverity.Warning,
  'date.invalid': DiagnosticSeverity.Error,
  'date.cited-after-signing': DiagnosticSeverity.Warning,
  'final.no-entry-into-force': DiagnosticSeverity.Warning,
  'final.no-duration': DiagnosticSeverity.Information,
  'final.no-signing-clause': DiagnosticSeverity.Warning,
  'term.two-names': DiagnosticSeverity.Warning,
  'term.long-form': DiagnosticSeverity.Hint,
  // A hint of a habit, not an error: 双方 where 缔约双方 is defined (features/termVariants.ts).
  'term.variant': DiagnosticSeverity.Information,
  // Quotation marks of a defined term unlike the document's others, or unpaired (features/termQuotes.ts): a slip that changes no meaning.
  'term.quote-mixed': DiagnosticSeverity.Information,
  // Line breaks the editor does not break lines at (features/lineSeparators.ts).
  'text.line-separators': DiagnosticSeverity.Warning,
  // A page's HTML source pasted as the text (features/htmlPaste.ts).
  'text.html': DiagnosticSeverity.Warning,
  // Lines set apart character by character, as pdftotext gives a justified PDF's (features/letterSpacing.ts).
  'text.letter-spaced': DiagnosticSeverity.Information,
} as const;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;
export type { SeverityName, SeveritySettings } from './context';

const BY_NAME: Record<Exclude<SeverityName, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint,
};

/** An amendment's article that announces the numbers of the articles it inserts (`作为第一百二十三条`, `作为第十条至第十二条`). */
function announces(text: string, num: number): boolean {
  for (const m of foldScript(text).matchAll(ANNOUNCED)) if (parseNumeral(m[1]) === num) return true;
  return false;
}
const ANNOUNCED = new RegExp(`作为[ \\t\\u3000]*第[ \\t\\u3000]*([${NUMERAL_CHARS}]{1,12})[ \\t\\u3000]*条`, 'g');

/**
 * The settings with every check whose severity is a hint turned off: treaty-check drops hints
 * unless asked (`--hints`), so it does not run those checks at all.
 */
export function withoutHints(severities: SeveritySettings): SeveritySettings {
  const out: Record<string, SeverityName> = { ...severities } as Record<string, SeverityName>;
  for (const code of Object.keys(DIAGNOSTIC_CODES) as DiagnosticCode[]) {
    if (severityOf(severities, code) === DiagnosticSeverity.Hint) out[code] = 'off';
  }
  return out;
}

export function diagnostics(ctx: FeatureContext): Diagnostic[] {
  return finish(diagnosticsWork(ctx));
}

type Report = (code: DiagnosticCode, start: number, end: number, message: string, data?: unknown, relatedInformation?: DiagnosticRelatedInformation[]) => void;

/** The severity `code` is reported with: the user's setting (not `off`), else the code's own. */
function severityOf(severities: SeveritySettings, code: DiagnosticCode): DiagnosticSeverity | undefined {
  const setting = severities[code];
  return setting && setting !== 'off' ? BY_NAME[setting] ?? DIAGNOSTIC_CODES[code] : DIAGNOSTIC_CODES[code];
}

/** What a report keeps of a finding, its severity and words settled (`reporter`). */
type Keep = (code: DiagnosticCode, start: number, end: number, severity: DiagnosticSeverity | undefined, message: string, data: unknown, relatedInformation: DiagnosticRelatedInformation[] | undefined) => void;

/**
 * A report that gives each finding the user's severity (none reported: off) and hands it to `keep`; in a text labelling its
 * articles `第二條` (`traditional`), the articles its message names are written so (unitWords.ts).
 */
function reporter(severities: SeveritySettings, traditional: boolean, keep: Keep): Report {
  return (code, start, end, message, data, relatedInformation) => {
    if (severities[code] === 'off') return;
    keep(code, start, end, severityOf(severities, code), traditional ? withTraditionalArticleWord(message) : message, data, relatedInformation);
  };
}

/** A report pushing each finding onto `out` as a Diagnostic over `range(start, end)`. */
function diagnosticReporter(out: Diagnostic[], severities: SeveritySettings, range: (start: number, end: number) => Range, traditional: boolean): Report {
  return reporter(severities, traditional, (code, start, end, severity, message, data, related) => out.push(diagnosticAt(range(start, end), severity, code, message, data, related)));
}

/** A diagnostic of the checks, as `reporter` makes it and `diagnosticOf` makes it again: the same fields in the same order. */
function diagnosticAt(range: Range, severity: DiagnosticSeverity | undefined, code: Diagnostic['code'], message: string, data: unknown, related: DiagnosticRelatedInformation[] | undefined): Diagnostic {
  const d: Diagnostic = { range, severity, code, source: 'treaty', message, data };
  if (related) d.relatedInformation = related;
  return d;
}

/** Whether a check is reported at all (not `off`): a check that is not is not run, its messages not written. */
type On = (code: DiagnosticCode) => boolean;

function onOf(severities: SeveritySettings): On {
  return (code) => severities[code] !== 'off';
}

/**
 * A check that needs the other documents of the workspace: a reference to another instrument (or
 * to an article this text lacks, which another part may have), the dates of short forms, the
 * counterparts. treaty-check reads every file once and checks it then (`checkAlone`), keeping of
 * these only this small record, finished once every document is known (`finishChecks`).
 */
export type Pending =
  | { kind: 'reference'; ref: Reference & { kind: 'article' | 'citation' } }
  | { kind: 'short-forms'; forms: ShortForm[] }
  | { kind: 'counterparts' };

/**
 * What `checkAlone` keeps of a document: its diagnostics, and in their places the checks pending,
 * with the ranges they may report (`ranges`: start and end offsets, then the range's start line and
 * character and end line and character, six numbers a span: many are kept, as few objects as may be).
 */
export interface PartialChecks {
  parts: (KeptDiagnostic | { pending: Pending; ranges: number[] })[];
  /** What the pending reference checks read of this document itself. */
  own: Own;
}

/**
 * A diagnostic as `checkAlone` keeps it until its document is finished: one object, its range four numbers (a
 * Diagnostic is four objects: itself, its range and the range's two positions). treaty-check keeps every file's
 * until all are read — ~27 a generated treaty, 130,000 over 5,000 — where the young collector copied each
 * object twice before promoting it. Made a Diagnostic again when finished (`diagnosticOf`), with the same fields.
 */
export class KeptDiagnostic {
  constructor(
    readonly startLine: number,
    readonly startCharacter: number,
    readonly endLine: number,
    readonly endCharacter: number,
    readonly severity: DiagnosticSeverity | undefined,
    readonly code: Diagnostic['code'],
    readonly message: string,
    readonly data: unknown,
    readonly related: DiagnosticRelatedInformation[] | undefined,
  ) {}
}

/** The diagnostic kept, as `reporter` made it. */
export function diagnosticOf(k: KeptDiagnostic): Diagnostic {
  return diagnosticAt({ start: { line: k.startLine, character: k.startCharacter }, end: { line: k.endLine, character: k.endCharacter } }, k.severity, k.code, k.message, k.data, k.related);
}

/** What the reference checks read of the checking document itself. */
interface Own {
  part: boolean;
  excerpt: boolean;
  /** No final clauses (no signing clause, no entry into force) and no title with a chapter heading first, or a last line of text ending mid-sentence: chapters or a page cut from a longer text, whose articles past its last (this number) may be in the part not copied. */
  cutAfter: number | undefined;
  selfRef: string;
  articleCount: number;
  /** The text labels its articles `第二條` (unitWords.ts): its messages name them so. */
  traditional: boolean;
  /** The words naming a paragraph and an item in its messages, as the text names them (unitWords.ts unitWordsOf: 款 and 项, or 項 and 款). */
  paragraphWord: string;
  itemWord: string;
  /** The numbers of the articles whose labels a width broke over two lines (model/treaty.ts brokenArticleLabels): there, though not read. */
  broken: number[];
}

/** The checks as work: one unit per batch of references resolved, then numbering, then wording. */
export function* diagnosticsWork(ctx: FeatureContext): Work<Diagnostic[]> {
  const out: Diagnostic[] = [];
  const own = ownOf(ctx.treaty);
  const report = diagnosticReporter(out, ctx.settings.severity, (start, end) => ctx.lines.range(start, end), own.traditional);
  yield* checksWork(ctx, own, report, (p) => runPending(ctx, p, own, report));
  return out;
}

/**
 * The checks of one document that need no other document, run while it is read (its model at
 * hand); the others are left pending in their places (`finishChecks`). The same checks, in the
 * same order, as `diagnostics`.
 */
export function checkAlone(ctx: FeatureContext, words?: (message: string) => string): PartialChecks {
  const parts: PartialChecks['parts'] = [];
  const own = ownOf(ctx.treaty);
  const lines = ctx.lines;
  // The last message given to `words` and its answer: the checks share one message among findings worded alike (self.mismatch's,
  // term.variant's, one after another: 120,000 of the 5,000 generated treaties' 139,000 diagnostics), asked of `words` once.
  let lastMessage: string | undefined;
  let lastWords = '';
  // Each finding kept as it is reported (`reporter`'s severity and words), in its place among the pending checks: no Diagnostic,
  // range and positions made for it first, to be read into a KeptDiagnostic and dropped (four objects a finding).
  const report = reporter(ctx.settings.severity, own.traditional, (code, start, end, severity, m, data, relatedInformation) => {
    const from = lines.positionAt(start);
    const to = lines.positionAt(end);
    parts.push(new KeptDiagnostic(from.line, from.character, to.line, to.character, severity, code, !words ? m : m === lastMessage ? lastWords : (lastWords = words((lastMessage = m))), data, relatedInformation));
  });
  finish(checksWork(ctx, own, report, (pending, spans) => {
    parts.push({ pending, ranges: pendingRanges(ctx, spans) });
  }, true));
  return { parts, own };
}

/**
 * The ranges a pending check may report (`spans`: start and end offsets, two numbers a span), as `PartialChecks` keeps
 * them: six numbers a span. Made at its size (kept to the end of the run, an array grown by push keeps room for more);
 * one span — an article reference, most pending checks — or two as an array literal, of small integers and no holes:
 * `new Array(n)` of a length not known when compiled is a call into a builtin, a holey array (~0.2 % of the CPU samples of a run
 * over the 5,000 generated treaties spent on this line).
 */
function pendingRanges(ctx: FeatureContext, spans: readonly number[]): number[] {
  // (Each offset's position read as it is made, in the order `range` reads them — start, then end —, its object left unkept.)
  const lines = ctx.lines;
  if (spans.length === 2) {
    const a = lines.positionAt(spans[0]);
    const b = lines.positionAt(spans[1]);
    return [spans[0], spans[1], a.line, a.character, b.line, b.character];
  }
  if (spans.length === 4) {
    const a = lines.positionAt(spans[0]);
    const b = lines.positionAt(spans[1]);
    const c = lines.positionAt(spans[2]);
    const d = lines.positionAt(spans[3]);
    return [spans[0], spans[1], a.line, a.character, b.line, b.character, spans[2], spans[3], c.line, c.character, d.line, d.character];
  }
  const ranges: number[] = new Array(spans.length * 3);
  for (let k = 0; k < spans.length / 2; k++) {
    const a = spans[2 * k];
    const b = spans[2 * k + 1];
    const p = lines.positionAt(a);
    const q = lines.positionAt(b);
    ranges[6 * k] = a;
    ranges[6 * k + 1] = b;
    ranges[6 * k + 2] = p.line;
    ranges[6 * k + 3] = p.character;
    ranges[6 * k + 4] = q.line;
    ranges[6 * k + 5] = q.character;
  }
  return ranges;
}

/** The diagnostics of a document checked by `checkAlone`, its pending checks finished against the whole workspace (its model is not rebuilt: `ctx.treaty` is not read, unless it has counterparts). */
export function finishChecks(ctx: FeatureContext, partial: PartialChecks): Diagnostic[] {
  const out: Diagnostic[] = [];
  // The ranges of the part being finished: one report for all the parts (two closures a part made none).
  let ranges: readonly number[] = [];
  const report = diagnosticReporter(out, ctx.settings.severity, (start, end) => {
    for (let i = 0; i < ranges.length; i += 6) {
      if (ranges[i] === start && ranges[i + 1] === end) return { start: { line: ranges[i + 2], character: ranges[i + 3] }, end: { line: ranges[i + 4], character: ranges[i + 5] } };
    }
    return ctx.lines.range(start, end);
  }, partial.own.traditional);
  for (const part of partial.parts) {
    if (!('pending' in part)) {
      out.push(diagnosticOf(part));
      continue;
    }
    ranges = part.ranges;
    runPending(ctx, part.pending, partial.own, report, true);
  }
  return out;
}

/** None broken: one array for every document that has none (treaty-check keeps each file's `Own` to the end of its run). */
const NONE_BROKEN: number[] = [];
function brokenNumbers(treaty: Treaty): number[] {
  const broken = brokenArticleLabels(treaty);
  return broken.length === 0 ? NONE_BROKEN : broken.map((b) => b.num);
}

function ownOf(treaty: Treaty): Own {
  return { part: isPart(treaty), excerpt: isExcerpt(treaty), cutAfter: cutAfter(treaty), selfRef: treaty.selfRef, articleCount: treaty.articles.length, traditional: labelsInTraditional(treaty), ...ownUnitWords(treaty), broken: brokenNumbers(treaty) };
}

function ownUnitWords(treaty: Treaty): { paragraphWord: string; itemWord: string } {
  const { paragraph, item } = unitWordsOf(treaty);
  return { paragraphWord: paragraph, itemWord: item };
}

/**
 * The last article's number of chapters copied from a page — no title, a chapter heading before the first
 * article, no final clauses — or of a text cut mid-sentence (`…有权主管的当局或`: a page its store cut), else
 * undefined. (A draft not yet titled, its articles without chapters, its last sentence ended, is checked as any text.)
 */
function cutAfter(treaty: Treaty): number | undefined {
  if (treaty.signing || treaty.articles.length === 0) return undefined;
  const copiedChapters = !treaty.title && treaty.chapters.length > 0 && treaty.chapters[0].start <= treaty.articles[0].start;
  if (!copiedChapters && !stopsShort(treaty)) return undefined;
  let last: number | undefined;
  for (const a of treaty.articles) if (a.num !== undefined && (last === undefined || a.num > last)) last = a.num;
  return last === undefined || entryIntoForceOf(treaty) ? undefined : last;
}

/**
 * The checks in their order (`own`: `ownOf` the treaty, read once). `later(pending, spans)`: a check that needs other documents, with
 * the spans it may report (start and end offsets, two numbers a span) — run at once (`diagnostics`) or kept (`checkAlone`, `alone` set: the
 * references this text resolves itself are checked at once, the others kept).
 */
function* checksWork(ctx: FeatureContext, own: Own, report: Report, later: (p: Pending, spans: number[]) => void, alone = false): Work<void> {
  const { treaty, token } = ctx;
  for (const p of treaty.tree.problems) if (p.code === 'syntax.bad-number') report('syntax.bad-number', p.start, p.end, msg('diag.badNumber', treaty.text.slice(p.start, p.end)));
  // A code block's fence never closed: what follows it is read as the text, as the drafter most likely means.
  if (treaty.tree.lines.some(isCode)) for (const i of unclosedFences(treatyText(treaty), treaty.tree.lines)) {
    const l = treaty.tree.lines[i];
    report('syntax.unclosed-fence', l.contentStart, l.contentEnd, msg('diag.unclosedFence'));
  }
  // Lines broken by U+2028/U+2029: one line for the editor and the parse.
  const separators = lineSeparators(treatyText(treaty));
  if (separators.length) report('text.line-separators', separators[0], separators[0] + 1, msg('diag.lineSeparators', separators.length));
  // A page's HTML source: read as it is, so its tagged headings and its entities' quotation marks are not read.
  const html = htmlPaste(treaty);
  if (html) report('text.html', html.markup[0].start, html.markup[0].end, msg(html.convertible ? 'diag.htmlPaste' : 'diag.htmlPasteKept', html.tags, html.entities));
  // Lines set apart character by character: what they cite or define may not be read.
  const spaced = letterSpacedOf(treaty);
  if (spaced.length) report('text.letter-spaced', spaced[0].line.contentStart, spaced[0].line.contentEnd, msg('diag.letterSpaced', spaced.length));

  // References.
  // (By index: a for-of loop in a generator made an iterator result for each of the text's references.)
  const refs = referencesOf(treaty);
  // The end of the last citation read: a title named inside another (`《关于修改〈甲省乙条例〉等五件地方性法规的决定》`, the
  // first of the laws a decision amends, or the text's own earlier name) is part of that title's name, no citation of its
  // own: the outer one is checked, the name inside it not again (LawRefBook/Laws: 139 such infos, each beside its decision's).
  let citationEnd = -1;
  for (let k = 0; k < refs.length; k++) {
    const r = refs[k];
    if ((k + 1) % REFERENCES_PER_UNIT === 0) yield;
    if (token.isCancellationRequested) return;
    if (r.kind !== 'article' && r.kind !== 'citation') continue;
    if (r.kind === 'citation') {
      if (r.start < citationEnd) continue;
      citationEnd = r.end;
    }
    // Resolved in this text alone: checked now.
    const here = alone && r.kind === 'article' && !r.citation ? resolvedHere(ctx, r.target, r.start) : undefined;
    if (here) referenceCheck(ctx, r, here, own, report);
    else later({ kind: 'reference', ref: r }, r.kind === 'citation' && r.citation.date ? [r.start, r.end, r.citation.date.start, r.citation.date.end] : [r.start, r.end]);
  }

  // A short form of a cited instrument (`该协定`, its defined short name) dated otherwise than the instrument.
  const forms = shortFormsOf(treaty);
  if (forms.length) {
    const spans: number[] = [];
    for (let k = 0; k < forms.length; k++) spans.push(forms[k].date.start, forms[k].date.end);
    later({ kind: 'short-forms', forms }, spans);
  }
  // Numbering: 1, 2, 3 … with no gap, repeat or disorder.
  if (treaty.tree.unitStyle !== 'none') checkArticleNumbering(treaty, own.excerpt, report);
  // Chapters named with the text's own word that it lacks: not in a part of a longer text, an excerpt, chapters cut from one, or a
  // text that shows no end (no signing, no entry into force, no last chapter 附则: `本法第四章` of the Basic Law's first three).
  if (!own.part && !own.excerpt && own.cutAfter === undefined && !ctx.snapshot.outline.open) {
    for (const c of missingChapters(treaty)) report('ref.no-such-chapter', c.start, c.end, msg('diag.noSuchChapter', c.by, `第${formatChinese(c.num)}${c.unit}`, c.count, c.unit));
  }

  yield;
  const on = onOf(ctx.settings.severity);
  wordingChecks(treaty, report, on);
  draftingChecks(treaty, report, own.excerpt, on);

  // The signing clause agrees with itself and with the title.
  checkSigning(treaty, report);
  // The texts of this instrument in other languages, where the workspace has them.
  later({ kind: 'counterparts' }, []);
}

/**
 * Whether the points a text skips between two of its points `四、` and `六、` are headings of its own (`## 五、…`): a copy
 * that made headings of the points whose line reads as a caption (LawRefBook/Laws: `## 五、强力推进…` among `四、…` and
 * `六、…`) numbers on through them.
 */
function pointsHeaded(treaty: Treaty, before: Article, a: Article, expected: number): boolean {
  const { text } = treaty;
  if (text.charCodeAt(a.label.end - 1) !== 0x3001 /* 、 */) return false;
  let next = expected;
  const { lines } = treaty.tree;
  // (From the line of the point before: a gap is read where it is, not by a walk from the text's first line.)
  for (let i = lastStartingAt(lines, before.label.end); i < lines.length; i++) {
    const l = lines[i];
    if (l.start < before.label.end || l.kind !== 'heading') continue;
    if (l.start >= a.label.start) break;
    const dun = text.indexOf('、', l.contentStart);
    const n = dun > l.contentStart && dun - l.contentStart <= 4 ? parseNumeral(text.slice(l.contentStart, dun)) : undefined;
    if (n !== next) return false;
    next++;
  }
  return next === a.num;
}

/**
 * Whether the articles from `expected` to just before `a` are there, their labels broken inside by a fixed width after their
 * number (`…不予批准。第四十二` / `条本条例自…`: a heading a copy glued after a sentence, then cut at a width, which the
 * parser cannot read as a heading — a line's label lies within its line): in the article before `a`, a line ends with
 * `第N` after a sentence's end, N the number expected, and the next line opens with its 条, no reference going on after it
 * (`…适用于快件；第三十一` / `条第二款关于…` is a reference). The articles are there, so no gap is reported; they are not
 * read (docs/variants.md, "Left open").
 */
function labelsBrokenBefore(treaty: Treaty, before: Article, a: Article, expected: number): boolean {
  // (The broken labels are model/treaty.ts brokenArticleLabels's, the one walk over them: read only where a gap would be reported.)
  let next = expected;
  const last = a.num ?? expected;
  for (const b of brokenArticleLabels(treaty)) {
    if (b.start < before.label.end || b.start >= a.label.start) continue;
    if (b.num === next) next++;
  }
  return next === last;
}

/**
 * A Qing-era text marks each of its clauses 一、 (`第一端 昭雪滇案` / `一、威大臣另有擬作…` / `一、奏明奉旨發抄後…` / `一、所有滇省
 * 邊界…`, the 1876 Chefoo convention; the 1842 Treaty of Nanking's original so too): 一 there is "one item", a mark opening each
 * clause, no number, so the clauses are not numbered at all and none repeats another. Points all labelled 一、, two at least,
 * none numbered otherwise, in a text of points (no 第…条): no numbering finding. A 一、 among 二、 and 三、 is numbered as before.
 */
function eachMarkedOne(treaty: Treaty, numbered: readonly Article[]): boolean {
  if (treaty.tree.unitStyle !== 'paragraph' || numbered.length < 2) return false;
  for (const a of numbered) if (a.num !== 1 || a.sub !== undefined || !a.name.startsWith('一')) return false;
  return true;
}

/**
 * The articles numbered 1, 2, 3 … with no gap, repeat or disorder (`excerpt`: the text says it is
 * an excerpt). Each step of `checksWork` a function of its own: the generator, compiled again after
 * each deoptimization in any of its steps, stays small (TurboFan compiled it 5 times a run over
 * LawRefBook/Laws, its steps inlined, among the costliest compiles).
 */
function checkArticleNumbering(treaty: Treaty, excerpt: boolean, report: Report): void {
  // An excerpt (`…节录`) skips articles on purpose; so may the first article of an amendment (`第 2 條` alone).
  let expected: number | undefined;
  let seen = new Set<number | string>();
  let ordered = true;
  // The text's own numbering, while the articles after one that inserts articles are the inserted text.
  let resume: number | undefined;
  // Articles numbered by chapter (`第1.1条`) are checked chapter by chapter (checkDecimalNumbering); the others as before.
  const numbered = treaty.articles.filter((a) => a.num !== undefined && !isDecimal(a.num));
  if (numbered.length < treaty.articles.length) checkDecimalNumbering(treaty, treaty.articles.filter((a) => a.num !== undefined && isDecimal(a.num)), excerpt, report);
  if (eachMarkedOne(treaty, numbered)) return;
  for (let i = 0; i < numbered.length; i++) {
    const a = numbered[i];
    if (a.num === undefined) continue;
    if (expected !== undefined && a.num > expected && a.sub === undefined && i > 0 && announces(treaty.text.slice(numbered[i - 1].label.end, a.label.start), a.num)) {
      // `增加五条，分别作为第一百二十三条至第一百二十七条。内容如下：` then 第一百二十三条 …
      resume ??= expected;
      expected = a.num;
    } else if (resume !== undefined && a.num === resume) {
      expected = resume;
      resume = undefined;
    }
    // Each note of an exchange of notes numbers its own points.
    if (i > 0 && a.note !== numbered[i - 1].note) {
      seen = new Set();
      expected = undefined;
    }
    // Each entry of a list numbered in digits at the lines' starts, `1、` `2、` `3、`, numbers its own points (a government's
    // declarations for each convention in turn: `2、…《精神药物公约》中国政府声明:一、…` / `二、…` / `3、…声明:一、…` / `二、…`):
    // a point numbered no higher than the one before, an entry's label opening a line between them, begins that entry's anew.
    if (i > 0 && a.num <= numbered[i - 1].num! && a.note === numbered[i - 1].note && a.sub === undefined && entryBetween(treaty.text, numbered[i - 1].label.end, a.label.start)) {
      seen = new Set();
      expected = undefined;
    }
    // A chapter opening with 第一条 again numbers its own articles (the RCEP's text: 第一章 第一条 … 第二章 第一条 …).
    if (i > 0 && a.num === 1 && a.sub === undefined && chapterHolding(a) !== undefined && chapterHolding(a) !== chapterHolding(numbered[i - 1])) {
      seen = new Set();
      expected = undefined;
    }
    // Numbering that runs 1, 2, 3 … and again 1, 2, 3 … is two texts (a translation, a second instrument), not repeats.
    if (a.num === 1 && a.sub === undefined && seen.has(1) && ordered && numbered[i + 1]?.num === 2 && numbered[i + 2]?.num === 3) {
      seen = new Set();
      expected = undefined;
    }
    // A resolution's points numbered in digits opening at 2. (syntax/parser.ts resolutionLostFirst): its 1. is missing.
    expected ??= i === 0 && a.num === 2 && a.sub === undefined && treaty.tree.unitStyle === 'paragraph' && /^[0-9０-９]/.test(a.name) ? 1 : a.num;
    if (excerpt) expected = Math.max(expected, a.num);
    if (a.num < expected - 1) ordered = false;
    const key = seenKey(a.num, a.sub);
    if (seen.has(key)) report('numbering.duplicate', a.label.start, a.label.end, msg('diag.duplicate', a.name));
    else if (a.sub !== undefined) {
      // 第十条之一 follows 第十条.
    } else if (a.num > expected && !(i > 0 && (pointsHeaded(treaty, numbered[i - 1], a, expected) || labelsBrokenBefore(treaty, numbered[i - 1], a, expected)))) report('numbering.gap', a.label.start, a.label.end, msg('diag.gap', range(expected, a.num - 1, treaty, a)), { expected });
    else if (a.num < expected && !seen.has(key)) report('numbering.order', a.label.start, a.label.end, msg('diag.order', a.name, nameLike(a.num + 1, treaty, a)));
    seen.add(key);
    if (a.sub === undefined) expected = Math.max(expected, a.num + 1);
  }
}

/** Whether a line between `from` and `to` opens with an entry's label in digits and 、 (`3、一九八八年…`, ENTRY_LABEL). */
function entryBetween(text: string, from: number, to: number): boolean {
  for (let k = text.indexOf('\n', from); k >= 0 && k < to; k = text.indexOf('\n', k + 1)) {
    ENTRY_LABEL.lastIndex = k + 1;
    if (ENTRY_LABEL.test(text)) return true;
  }
  return false;
}
/** An entry's label in digits opening a line (after its indentation): `3、`, `１２、`. */
const ENTRY_LABEL = /[ \t\u3000]*[0-9０-９]{1,3}、/y;

/**
 * An article's key among those seen: its number, or for an article under one (`第十条之一`) `articleKey`'s words (a number
 * made a string and the string hashed for every article: most of checkArticleNumbering's own time over LawRefBook/Laws).
 */
function seenKey(num: number, sub: number | undefined): number | string {
  return sub === undefined ? num : articleKey(num, sub);
}

/**
 * Articles numbered by chapter with a decimal point (`第1.1条`, `第1.2条`, then `第2.1条`): in a chapter they run
 * 1, 2, 3 … with no gap, repeat or disorder, and a new chapter starts again at 1. An article whose number names
 * another chapter than the one its heading (`第二章`) and the article before it hold (`第3.1条` after `第2.2条`, both
 * under 第二章) is numbered wrong; chapters whose articles all name another number are left alone (the headings or
 * the articles may be right: no finding).
 */
function checkDecimalNumbering(treaty: Treaty, articles: readonly Article[], excerpt: boolean, report: Report): void {
  let chapter = 0;
  let expected = 0;
  const seen = new Set<string>();
  const name = (x: number, y: number) => unitName(decimalArticle(x, y) ?? 0, treaty.tree.unitStyle, undefined);
  for (let i = 0; i < articles.length; i++) {
    const a = articles[i];
    const num = a.num!;
    const x = decimalChapter(num);
    const y = decimalOrdinal(num);
    const key = articleKey(num, a.sub);
    if (seen.has(key)) {
      report('numbering.duplicate', a.label.start, a.label.end, msg('diag.duplicate', a.name));
      continue;
    }
    seen.add(key);
    if (a.sub !== undefined) continue; // 第1.1条之一 follows 第1.1条.
    const prev = i > 0 ? articles[i - 1] : undefined;
    if (x !== chapter) {
      const held = chapterHolding(a);
      if (prev && held?.num === chapter && chapterHolding(prev) === held) {
        // `第3.1条` among 第二章's 第2.1条, 第2.2条: numbered for another chapter than the one holding it.
        report('numbering.order', a.label.start, a.label.end, msg('diag.decimalChapter', a.name, held.name, name(chapter, expected)));
        expected++;
        continue;
      }
      if (prev && x < chapter) report('numbering.order', a.label.start, a.label.end, msg('diag.order', a.name, name(chapter, 1)));
      else if (prev && y > 1 && !excerpt && !seen.has(articleKey(decimalArticle(x, 1), undefined))) report('numbering.gap', a.label.start, a.label.end, msg('diag.gap', y === 2 ? name(x, 1) : `${name(x, 1)}至${name(x, y - 1)}`), { expected: decimalArticle(x, 1) });
      chapter = x;
      expected = y + 1;
      continue;
    }
    if (y > expected && !excerpt) report('numbering.gap', a.label.start, a.label.end, msg('diag.gap', y === expected + 1 ? name(x, expected) : `${name(x, expected)}至${name(x, y - 1)}`), { expected: decimalArticle(x, expected) });
    else if (y < expected) report('numbering.order', a.label.start, a.label.end, msg('diag.order', a.name, name(x, y + 1)));
    expected = Math.max(expected, y + 1);
  }
}

/** The signing clause agrees with itself and with the title. */
function checkSigning(treaty: Treaty, report: Report): void {
  const sg = treaty.signing;
  if (sg) {
    if (sg.selfRef && treaty.kind && sg.selfRefStart !== undefined && sg.selfRef !== treaty.selfRef && foldScript(sg.selfRef) !== foldScript(treaty.selfRef) && SIGNED_SELF_REFS.has(sg.selfRef)) {
      report('signing.self-reference', sg.selfRefStart, sg.selfRefStart + sg.selfRef.length, msg('diag.selfReference', kindWritten(treaty), treaty.selfRef));
    }
    if (sg.authentic !== undefined && sg.languages.length > 0 && sg.authentic !== sg.languages.length && sg.authenticStart !== undefined) {
      report('signing.authentic-count', sg.authenticStart, sg.authenticEnd!, msg('diag.authenticCount', sg.languages.length, sg.languages.join('、'), sg.authentic === 2 ? '两' : formatChinese(sg.authentic), sg.authentic));
    }
    const parties = partiesOf(treaty);
    if (sg.copies !== undefined && sg.copies > 1 && parties.length >= 2 && sg.copies !== parties.length && sg.copiesStart !== undefined) {
      report('signing.copies', sg.copiesStart, sg.copiesEnd!, msg('diag.copies', parties.length, formatChinese(sg.copies), sg.copies));
    }
  }
}

/**
 * A check that needs other documents, against the workspace of `ctx` (`own`: what it reads of this
 * document). `kept`: kept by `checkAlone`, which keeps only the article references this text does
 * not resolve itself — resolved here without reading this text's model again.
 */
function runPending(ctx: FeatureContext, p: Pending, own: Own, report: Report, kept = false): void {
  switch (p.kind) {
    case 'reference': {
      const r = p.ref;
      // A reference that this text does not resolve (`checkAlone` checked those it does).
      const t = kept && r.kind === 'article' && !r.citation ? missingHere(ctx, r.target) : resolve(ctx, r);
      referenceCheck(ctx, r, t, own, report);
      break;
    }
    case 'short-forms':
      for (const f of shortFormDates(ctx, p.forms)) {
        const message = f.source === 'copy'
          ? msg('diag.dateMismatch', formatDate(f.date), f.title, f.dates.map(formatDate).join('、'))
          : msg('diag.dateMismatchCited', formatDate(f.date), f.title, f.dates.map(formatDate).join('、'));
        report('ref.date-mismatch', f.date.start, f.date.end, message);
      }
      break;
    case 'counterparts':
      // (Most documents have none: asked first, so that no model is read for them.)
      if (ctx.workspace.counterparts(ctx.snapshot.uri).length === 0) break;
      for (const d of counterpartDiagnostics(ctx)) report(d.code, d.start, d.end, d.message, undefined, d.related);
      break;
  }
}

/**
 * The offset is on an entry of a table of contents above the text: a chapter's label and caption before the first article,
 * which the parser left as text (the body's own heading of that chapter comes below): `第四章 社会信用主体权益保护`.
 */
function inContentsEntry(treaty: Treaty, offset: number): boolean {
  const first = treaty.articles[0];
  if (!first || offset >= first.start) return false;
  const lines = treaty.tree.lines;
  const l = lines[lastStartingAt(lines, offset)];
  return l !== undefined && l.kind === 'text' && l.num !== undefined && l.unit !== undefined && l.unit !== '' && l.unit !== '款';
}

/** What a reference to an article or a citation resolves to, as a diagnostic if it is wrong. */
function referenceCheck(ctx: FeatureContext, r: Reference & { kind: 'article' | 'citation' }, t: Target | Unresolved | undefined, own: Own, report: Report): void {
  const snapshot = ctx.snapshot;
  if (!t) return;
  // A reference whose meaning is not certain (quoted from another text, another instrument's
  // unit, a unit in a convention the document does not show) is never called wrong.
  if (r.kind === 'article' && r.uncertain && t.kind.startsWith('no-such-')) return;
  switch (t.kind) {
    case 'no-such-article': {
      // The workspace's copy of another instrument is an excerpt (`…节录`), or shows no end (no signing,
      // no entry into force: a page's first chapters) and the article is past its last: it may well exist.
      if (t.in && t.in !== snapshot && t.in.outline.mayLack(t.num)) break;
      // This text is a part of a longer one (its articles do not start at 第一条), says it is an
      // excerpt, or is chapters cut from one (past their last article): 本法's other articles are elsewhere.
      if ((t.in ?? snapshot) === snapshot && (own.part || own.excerpt || (own.cutAfter !== undefined && t.num > own.cutAfter))) break;
      // The article is there, its label broken over two lines by a width (`…间隔。 第七十` / `三条 …`): the label itself, read as a
      // reference over the break, and a reference to it name it rightly.
      if ((t.in ?? snapshot) === snapshot && own.broken.includes(t.num)) break;
      const where = t.in && t.in !== snapshot ? `《${t.in.info.title ?? ''}》` : own.selfRef;
      const count = t.in && t.in !== snapshot ? t.in.info.articleCount : own.articleCount;
      report('ref.no-such-article', r.start, r.end, msg('diag.noSuchArticle', where, `第${formatChinese(t.num)}条`, count), { num: t.num });
      break;
    }
    case 'no-such-paragraph':
      // The workspace's copy of another instrument breaks off inside the article (its last, no end shown: `Outline.mayLackInside`):
      // the paragraph may be past the cut.
      if (t.in && t.in !== snapshot && t.in.outline.mayLackInside(t.shape.start)) break;
      report('ref.no-such-paragraph', r.start, r.end, msg('diag.noSuchParagraph', t.shape.name, t.shape.paragraphs.length, own.paragraphWord));
      break;
    case 'no-such-item':
      // Items the parser did not recognise (`(子)`, `甲、`) leave an article without items: nothing to compare with.
      if (!t.shape.paragraphs.some((p) => p.items.length > 0)) break;
      if (t.in && t.in !== snapshot && t.in.outline.mayLackInside(t.shape.start)) break;
      report('ref.no-such-item', r.start, r.end, msg('diag.noSuchItem', t.shape.name, own.itemWord));
      break;
    case 'no-such-document':
      // Reported once per citation, not again for the article reference that follows it; never of a paper that is no instrument,
      // nor of a kind alone or a database's name (`namesNoInstrument`); a title in English naming a kind is looked for as a Chinese one.
      if (r.kind === 'citation' && !namesNoInstrument(t.citation.normalized, t.citation.title)) report('ref.citation-not-found', r.start, r.end, msg('diag.citationNotFound', t.citation.title));
      break;
    case 'document':
      if (r.kind === 'citation' && t.dateAgrees === false && r.citation.date) {
        const dates = t.snapshot.info.dates.map(formatDate).join('、');
        report('ref.date-mismatch', r.citation.date.start, r.citation.date.end, msg('diag.dateMismatch', formatDate(r.citation.date), t.snapshot.info.title ?? '', dates));
      }
      break;
  }
}

/** Self-references that name a kind of instrument a drafter may have copied from another text. */
const INSTRUMENT_SELF = new RegExp(`^本(?:${alternation(COPIED_KINDS)})$`);

/**
 * A half-width mark between CJK text: `国防部,根据`, `(以下简称`, `双方”)`; and a clause's mark right after such a closing
 * bracket, which the fix makes full-width (`（以下简称“缔约双方”);` at a line's end, `…除外):`: one round of fix-all makes both).
 */
const HALF_WIDTH = /(?<=[\u3000-\u9fff\uff00-\uffef“”]|[\u3000-\u9fff\uff00-\uffef“”]\))[,;:?!()]|[,;:?!()](?=[\u3000-\u9fff\uff00-\uffef“”])/g;
export const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };

/** What may follow a question's half-width `?`: the end of the line, white space, a quotation's or a bracket's close. */
const AFTER_QUESTION = /^(?:$|[\s”’」』）)》〕】"'])/;
/** What ends the clause a `?` is read in, looking back for a question word (QUESTION_WORDS). */
const CLAUSE_MARK = /[。；！？，、：,;!?:\n]/;

/**
 * Whether the half-width `?` at `at` is a character a conversion lost (a GBK or Big5 page decoded as another: `双方?决定`,
 * `签订的?统一…公约`, `1.?职业税`), not a question: something other than the line's end, white space or a close follows it
 * (it is inside a sentence), and the clause before it asks nothing (no QUESTION_WORDS: `…有哪些?`, `哪些大事?联合国` are
 * questions). Made `？`, it would end a sentence the text never ended (a reference after it read anew): the hint says what it
 * may be, and no full-width fix is offered.
 */
export function lostCharacter(text: string, at: number): boolean {
  if (text[at] !== '?' || AFTER_QUESTION.test(text.slice(at + 1, at + 2))) return false;
  let from = at;
  while (from > 0 && at - from < 80 && !CLAUSE_MARK.test(text[from - 1])) from--;
  return !QUESTION_WORDS.test(foldScript(text.slice(from, at)));
}

/** Checks of wording: self-references, defined terms, punctuation. */
function wordingChecks(treaty: Treaty, report: (code: DiagnosticCode, start: number, end: number, message: string) => void, on: On): void {
  const text = treaty.text;
  const refs = referencesOf(treaty);
  const sg = treaty.signing;
  if (treaty.kind && COPIED_KINDS.has(treaty.kind) && on('self.mismatch')) {
    // (One message for all of them: the same words each time, made once and shared, not one string a finding.)
    let message: string | undefined;
    for (const r of refs) {
      // Not in the signing clause (checked there), in quoted text, or after the signatures (annexes, notes in reply).
      if (r.kind !== 'self' || r.uncertain || (sg && r.start >= sg.start && r.start < sg.end) || afterSignatures(treaty, r.start)) continue;
      const word = text.slice(r.start, r.end);
      // (The same word in the other script is no other instrument's: `本公约` where a text without a title read its self-word
      // `本公約` from an article typed in traditional characters.)
      if (INSTRUMENT_SELF.test(word) && word !== treaty.selfRef && foldScript(word) !== foldScript(treaty.selfRef)) report('self.mismatch', r.start, r.end, (message ??= msg('diag.selfReference', kindWritten(treaty), treaty.selfRef)));
    }
  }
  // Defined terms: once, before their first use, and used.
  const first = new Map<string, number>();
  // A term defined by what it means (`“常设机构”一语是指…`) holds for the whole text and may be
  // defined again in a protocol or used only in an annex: neither its repetition nor its disuse is said.
  // Each note of an exchange of notes is its sender's own letter: a term it defines again (`以下称“协定”`
  // in the reply, the agreement named with its own party first) is checked against that note's terms only.
  const notes = treaty.notes;
  treaty.definitions.forEach((d, i) => {
    if (d.byMeaning) return;
    const key = notes.length === 0 ? foldScript(d.term) : `${notes.findIndex((n) => n.start <= d.start && d.start < n.end)}:${foldScript(d.term)}`;
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, i);
    else if (!sameMeaning(treaty.definitions[earlier].meaning, d.meaning) && !afterSignatures(treaty, d.start)) {
      report('term.duplicate', d.start, d.end, msg('diag.termDuplicate', d.term, treaty.definitions[earlier].meaning));
    }
  });
  const used = new Set<number>();
  const before = on('term.before-definition');
  if (before || on('term.unused')) for (const r of refs) {
    if (r.kind !== 'term') continue;
    const d = treaty.definitions[r.definition];
    if (!d) continue;
    used.add(r.definition);
    // A use inside the phrase being defined (`中吉国界（以下简称“国界”）`) or in the title is not a use before the definition.
    const inMeaning = r.start >= d.meaningStart && r.end <= d.meaningEnd;
    if (before && r.start < d.clauseStart && !inMeaning && !d.byMeaning && !tailOfMeaning(text, r.start, d.meaning, d.term) && !inNamedPhrase(text, r.end, d.clauseStart) && !(treaty.title && r.start >= treaty.title.line.start && r.start < treaty.title.lastLine.end) && !inContentsEntry(treaty, r.start) && !inOwnCaption(treaty, r.start, d.clauseStart) && !inFinalProvisions(treaty, d.clauseStart)) {
      report('term.before-definition', r.start, r.end, msg('diag.termBeforeDefinition', d.term));
    }
  }
  if (on('term.unused')) {
    const usedTerms = new Set([...used].map((j) => termKey(treaty.definitions[j].term)));
    // A short name in 《》 (`（以下简称《管制清单》）`) is read where it is used as the instrument it stands for, a citation:
    // a use all the same.
    for (const r of refs) if (r.kind === 'citation' && text.charCodeAt(r.start) === 0x300a) usedTerms.add(termKey(text.slice(r.start, r.end)));
    // 缔约方 defined, then written with the party it names (缔约一方, 缔约双方): used (agreement_mo_pt_legal_judicial_assistance_2001_bo_hant.md).
    const generic = termKey(PARTY_TERM_GENERIC);
    if (!usedTerms.has(generic) && PARTY_TERM_COMPOUND.test(foldedText(treaty))) usedTerms.add(generic);
    for (const i of first.values()) {
      const d = treaty.definitions[i];
      if (usedTerms.has(termKey(d.term)) || inQuotation(text, d.clauseStart)) continue;
      // The parties written with the other head (defined 缔约双方, written 缔约国双方): said, the drafter choosing which to keep.
      // (Quoted as the text writes it, its script: the folded text keeps the text's offsets.)
      const other = PARTY_TERM_OTHER_HEAD.get(foldScript(d.term));
      const at = other ? foldedText(treaty).indexOf(other) : -1;
      report('term.unused', d.start, d.end, at >= 0 ? msg('diag.termUnusedWritten', d.term, text.slice(at, at + other!.length)) : msg('diag.termUnused', d.term));
    }
  }
  if (on('style.half-width-punctuation')) for (const at of halfWidthMarks(treaty)) report('style.half-width-punctuation', at, at + 1, lostCharacter(text, at) ? msg('diag.lostCharacter') : msg('diag.halfWidth', FULL_WIDTH[text[at]]));
}

/**
 * A term written at `start` as the end of a longer name of the thing it stands for: the characters its meaning has
 * before it, two at least, written before it too (`郑洛新国家自主创新示范区的规划` before `郑洛新国家自主创新示范区（以下简称
 * 自主创新示范区）`, `股份合作企业` before `农村股份合作企业（以下简称企业）`): a use of the long form, not of the term.
 */
function tailOfMeaning(text: string, start: number, meaning: string, term: string): boolean {
  const m = meaning.trim();
  if (!m.endsWith(term) || m.length < term.length + 2) return false;
  return text.slice(start - 2, start) === m.slice(m.length - term.length - 2, m.length - term.length);
}

/**
 * A use in the heading of the chapter or section whose articles define the term (`## 第四章  校企合作` over `第二十七条 …开展合作（以下
 * 简称校企合作）`, `### 第一节 土地使用权出让` over `国有土地使用权（以下简称土地使用权）…`): the caption names the part's subject,
 * which its first articles define — a heading, no use before the definition.
 */
function inOwnCaption(treaty: Treaty, at: number, definedAt: number): boolean {
  for (const c of treaty.chapters) {
    if (at >= c.head.start && at < c.head.end) return definedAt >= c.start && definedAt < c.end;
  }
  return false;
}

/**
 * A definition in a law's last chapter, its supplementary provisions (`第十章　附则` / `本法下列用语的含义：` / `（五）陆地污染源（简称陆源），
 * 是指…`): a term there holds for the whole law, as drafters put there the terms many articles use (立法技术规范（试行）（一）, 法工委发
 * 〔2009〕62号, 2.2: 涉及多个法律条款的专业术语，一般在附则中规定), so the articles before it use it before its definition by design.
 */
function inFinalProvisions(treaty: Treaty, definedAt: number): boolean {
  for (const c of treaty.chapters) {
    if (definedAt >= c.start && definedAt < c.end && c.caption !== undefined && FINAL_CHAPTERS.includes(foldScript(c.caption).replace(/[\s\u3000]/g, ''))) return true;
  }
  return false;
}

/**
 * A use in the words the definition names, the phrase running on to its bracket with no clause between (`负责管理中央管辖水域的
 * 海事管理机构和负责管理其他水域的地方海事管理机构(以下统称海事管理机构)`: the members a collective name gathers): part of the
 * long form, no use before the definition: the reader has the definition before the clause ends (`经营者定价由…个体工商户（以下
 * 简称经营者）`).
 */
function inNamedPhrase(text: string, end: number, clauseStart: number): boolean {
  return clauseStart - end <= 80 && !CLAUSE_BREAK.test(text.slice(end, clauseStart));
}
const CLAUSE_BREAK = /[，,。；;：:！？!?\n\r]/;

/**
 * Whether a quotation opened before `at` on its line is still open there: a definition in the new text an amendment quotes
 * (`9.将第十六条修改为：` / `“同时投保…第三者责任商业保险（以下简称商业三者险）的机动车…`) is the amended text's, whose other
 * articles, not quoted, may use it — unused here is no finding.
 */
function inQuotation(text: string, at: number): boolean {
  let open = 0;
  for (let i = at - 1; i >= 0 && at - i < 2000; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) break;
    if (c === 0x201c || c === 0x300c) open++; // “ 「
    else if (c === 0x201d || c === 0x300d) open--; // ” 」
  }
  return open > 0;
}

/** A term as compared for its uses: folded, full-width forms as half-width (`《条例（草案）》` is `《条例(草案)》`). */
function termKey(term: string): string {
  return halfWidthForms(foldScript(term));
}

/** Whether an offset lies after the signature block: an annex, a note in reply, another instrument. */
function afterSignatures(treaty: Treaty, offset: number): boolean {
  return treaty.signatures !== undefined && offset >= treaty.signatures.end;
}

/** Two meanings of one term that say the same: equal once spaces and markup are gone, or one inside the other (`中吉国界`, `国界`). */
function sameMeaning(a: string, b: string): boolean {
  const x = normalizeTitle(foldScript(a));
  const y = normalizeTitle(foldScript(b));
  return x === y || (x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x)));
}

/** Offsets of half-width punctuation in Chinese text (not in lines with code, links or addresses; none in a text in another language). */
export function halfWidthMarks(treaty: Treaty): number[] {
  const text = treaty.text;
  const out: number[] = [];
  // A text in another language keeps its own punctuation, even beside curly quotes (`“cultural heritage”:`).
  if (!isChinese(treaty.language)) return out;
  // (Nor in a page's furniture after the text: `[ 责任编辑:王萌萌 ]`.)
  const footer = pageFooterStart(treaty);
  // (Nor in a site's or a database's fields over the text, `- 法规标题:…`, `发布时间:2020-09-14`, `作者:法律资料网 时间:…`:
  // the parser's metadata block; nor on a page's fields and navigation above the title, `您的位置:首页 >> …`, `法規:`, as the
  // parser reads them looking for the title. A law's record of adoption there, `（…会议通过）`, is the instrument's and is read.)
  const fields = treaty.tree.root.children.filter((b): b is Block => b.type === 'block' && b.kind === 'metadata');
  const title = treaty.title?.line.start ?? 0;
  for (const l of treaty.tree.lines) {
    if (l.start >= footer) break;
    if (l.kind === 'blank' || l.kind === 'break' || l.kind === 'tag' || l.kind === 'comment' || l.kind === 'code' || l.contentEnd - l.contentStart > 20000) continue;
    if (((l.start < title && isMetaLine(text, l)) || (fields.length !== 0 && fields.some((b) => l.start >= b.start && l.start < b.end))) && !isAdoptionRecord(text, l)) continue;
    const s = text.slice(l.contentStart, l.contentEnd);
    if (!/[,;:?!()]/.test(s) || /`|\]\(|https?:/.test(s)) continue;
    HALF_WIDTH.lastIndex = 0;
    let m: RegExpExecArray | null;
    const marks: number[] = [];
    // (Not the `;` closing a character reference, `&ldquo;双方&rdquo;`, `&#12289;`: markdown shows the character, the `;` is no mark.)
    while ((m = HALF_WIDTH.exec(s))) if (s[m.index] !== ';' || !ENTITY_BEFORE.test(s.slice(Math.max(0, m.index - 34), m.index))) marks.push(m.index);
    // A converter's pinyin gloss (`協(xié)議`) is a reading aid, not the text's punctuation: its brackets made full-width would
    // keep it as words (`協（xié）議`); they are left alone.
    if (s.indexOf('(') >= 0 && PINYIN_IN_LINE.test(s)) dropGlossBrackets(s, marks);
    for (const at of s.indexOf('(') >= 0 || s.indexOf(')') >= 0 ? pairedBrackets(s, marks) : marks) out.push(l.contentStart + at);
  }
  return out;
}

const PINYIN_IN_LINE = new RegExp(PINYIN_GLOSS.source);
/** A character reference's name or number, up to its `;`: `&ldquo`, `&#12289`, `&#x3001`. */
const ENTITY_BEFORE = /&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6})$/;

/** `marks` (offsets in `s`) without the brackets of a converter's pinyin gloss after a character (`(xié)`), in place. */
function dropGlossBrackets(s: string, marks: number[]): void {
  const gloss = new Set<number>();
  const re = new RegExp(PINYIN_GLOSS.source, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) gloss.add(m.index).add(m.index + m[0].length - 1);
  let k = 0;
  for (const at of marks) if (!gloss.has(at)) marks[k++] = at;
  marks.length = k;
}

/** The half-width brackets of a line paired (`s`: the line): each pair's `(` and `)` offsets, inner pairs first. */
function bracketPairs(s: string): [number, number][] {
  const pairs: [number, number][] = [];
  const open: number[] = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '(') open.push(i);
    else if (s[i] === ')' && open.length > 0) pairs.push([open.pop()!, i]);
  }
  return pairs;
}

/** The other bracket of the pair the half-width bracket at `at` opens or closes on its line (`s`: the line, `at` in it), or undefined. */
export function bracketPartner(s: string, at: number): number | undefined {
  const pair = bracketPairs(s).find(([o, c]) => o === at || c === at);
  return pair && (pair[0] === at ? pair[1] : pair[0]);
}

/**
 * `marks` (offsets in `s`) with brackets taken as pairs: both marks of a pair or neither — `(1)本议定书` is `（1）`, never
 * `(1）` — and neither where the brackets belong to a symbol written in Latin letters and digits, as `第1483(2003)号决议`,
 * the Security Council's own way (a digit or letter right before, none but them inside).
 */
function pairedBrackets(s: string, marks: number[]): number[] {
  const flagged = new Set(marks);
  for (const [o, c] of bracketPairs(s)) {
    if (!flagged.has(o) && !flagged.has(c)) continue;
    const symbol = /[0-9A-Za-z]/.test(s[o - 1] ?? '') && /^[0-9A-Za-z./-]+$/.test(s.slice(o + 1, c));
    for (const at of [o, c]) {
      if (symbol) flagged.delete(at);
      else flagged.add(at);
    }
  }
  return [...flagged].sort((a, b) => a - b);
}

/** Units `from` to `to` named as the model names the article `like`: `第三条至第五条`, a joint statement's points `三、至五、`, `第三款`, `第三`. */
function range(from: number, to: number, treaty: Treaty, like: Article): string {
  const name = (n: number) => nameLike(n, treaty, like);
  return from === to ? name(from) : `${name(from)}至${name(to)}`;
}

/** Unit `n` named as the model names the article `like`: a resolution's points numbered in digits as they are (`2.`, not `二、`). */
function nameLike(n: number, treaty: Treaty, like: Article): string {
  return treaty.tree.unitStyle === 'paragraph' && /^[0-9０-９]/.test(like.name) ? `${n}.` : unitName(n, treaty.tree.unitStyle, like.head.unit);
}

/** A code block's line (syntax/lines.ts settleFences). */
function isCode(l: Line): boolean {
  return l.kind === 'code';
}
