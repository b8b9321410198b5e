// textDocument/codeAction: quick fixes for the drafting checks. The client's
// diagnostics are only a request: each is matched, by code and range, to one the
// server computes afresh from the current document version, and each fix checks
// that the text under its range is what it expects. A stale or forged diagnostic
// gets nothing.
// Fix all: every safe quick fix of the document at once, as one edit — the source action
// `source.fixAll.treaty` (VS Code's `"editor.codeActionsOnSave": { "source.fixAll": "explicit" }` and its
// Source Action menu), a quick fix beside a safe one when the document has others, and
// `treaty-check --fix`, which applies rounds of it until none is left (`safeFixRound`).
import { CodeAction, CodeActionKind, Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { formatChinese, formatChineseDigits } from '../syntax/numerals';
import { POSITIONAL_CN, SMALL_CN } from '../syntax/words';
import { foldScript } from '../syntax/script';
import { referencesOf } from '../model/references';
import { DateValue, formatDate } from '../model/signing';
import { FeatureContext } from './context';
import { renumberArticles } from './renumber';
import { DIAGNOSTIC_CODES, FULL_WIDTH, bracketPartner, lostCharacter, diagnostics as computeDiagnostics, halfWidthMarks } from './diagnostics';
import { suppressionAction, unsuppressed } from './suppression';
import { headingFixEdits, longFormEdit, renumberRunEdits, toTextEdits } from './draftingChecks';
import { termVariantEdit } from './termVariants';
import { termQuoteEdit } from './termQuotes';
import { shortFormDates } from './shortFormDates';
import { resolve } from './resolve';
import { msg } from './messages';
import { LETTER_SPACED_CODE, letterSpacedOf, letterSpacingEdits } from './letterSpacing';
import { LINE_SEPARATOR_CODE, lineSeparatorEdits } from './lineSeparators';
import { HTML_CODE, htmlPaste, htmlPasteEdits } from './htmlPaste';
import { lostChapterEdit } from './lostChapters';
import { firstChapterEdit, renumberChaptersEdits } from './chapterNumbering';

const RENUMBERED = new Set(['numbering.gap', 'numbering.duplicate', 'numbering.order']);
const FIXED = new Set([...RENUMBERED, 'self.mismatch', 'style.half-width-punctuation', 'signing.self-reference', 'signing.authentic-count', 'ref.date-mismatch', 'numbering.item-gap', 'numbering.item-duplicate', 'style.heading-mixed', 'numbering.chapter-label', 'numbering.chapter', 'term.long-form', 'term.variant', 'term.quote-mixed', LINE_SEPARATOR_CODE, HTML_CODE, LETTER_SPACED_CODE]);
/**
 * Quick fixes safe to apply without a person choosing (fix all, `treaty-check --fix`): each replaces one mark or word (a
 * heading: its label and marks; a quoted term: its two quotation marks).
 */
export const SAFE_FIXES: ReadonlySet<string> = new Set(['style.half-width-punctuation', 'self.mismatch', 'signing.self-reference', 'signing.authentic-count', 'ref.date-mismatch', 'style.heading-mixed', 'term.quote-mixed']);
/**
 * Quick fixes that make a paste read at all, each edit one character, tag or entity: U+2028/U+2029 made line breaks, a
 * page's HTML source made the plain text it showed. Every reference read before is read after, meaning the same (the
 * safety harness's COMPLETES_READING): applied first and alone, the others then read off the text as it reads. Not a
 * justified PDF's letter spacing (text.letter-spaced): which spaces are the PDF's is a guess a person confirms.
 */
export const READING_FIXES: ReadonlySet<string> = new Set([LINE_SEPARATOR_CODE, HTML_CODE]);
/** The kind of the fix-all source action: under `source.fixAll`, which VS Code runs on save when asked to. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.treaty`;

/** What a self-reference that names another kind of instrument looks like. */
const SELF_WORD = /^本[\u4e00-\u9fff]{1,6}$/;

/** A diagnostic's code and range, as a key: the client's diagnostic is answered only when the server has it. */
const keyOf = (d: Diagnostic) => `${d.code}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`;

/**
 * The quick fixes of `diagnostics` (the client's: each matched to one the server computes), and the fix-all actions.
 * `only`: the kinds the client asks for (LSP `CodeActionContext.only`); none, the quick fixes. The fix-all source
 * action is made only when asked for by its kind (or a kind above it: `source`, `source.fixAll`), the diagnostics
 * given or not: VS Code asks so on save.
 */
export function codeActions(ctx: FeatureContext, diagnostics: Diagnostic[], only?: readonly string[]): CodeAction[] {
  const quick = kindAsked(CodeActionKind.QuickFix, only);
  const source = !!only?.length && kindAsked(FIX_ALL_KIND, only);
  // Nothing to fix: answer without computing anything (the editor asks on every cursor move).
  // Every check can be suppressed on its line, so every diagnostic of ours is asked about.
  const asked = quick ? diagnostics.filter((d) => String(d.code ?? '') in DIAGNOSTIC_CODES) : [];
  if (asked.length === 0 && !source) return [];
  const fresh = computeDiagnostics(ctx);
  const known = new Set(fresh.map(keyOf));
  const { fixes, suppressions } = quickFixes(ctx, asked, known);
  // Fix all, beside a safe fix: when the document has other fixes than this kind's own "throughout" action makes.
  const safe = asked.filter((d) => SAFE_FIXES.has(String(d.code)) && known.has(keyOf(d)));
  if (safe.length || source) {
    const round = safeFixRound(ctx, unsuppressed(ctx.treaty, fresh));
    const edit = { changes: { [ctx.snapshot.uri]: round.edits } };
    const title = msg('action.fixAll', round.fixes);
    if (safe.length && round.fixes > 1 && round.codes.some((c) => c !== 'style.half-width-punctuation')) fixes.push({ title, kind: CodeActionKind.QuickFix, diagnostics: safe, edit });
    if (source && round.fixes > 0) fixes.push({ title, kind: FIX_ALL_KIND, edit });
  }
  // After the fixes: a client that takes the first action takes a fix, not a comment.
  return [...fixes, ...suppressions];
}

/**
 * Whether a code action of kind `kind` is asked for by `only` (LSP `CodeActionContext.only`; none: every kind but
 * the source actions, which a client asks for by name). Kinds are hierarchical: `source.fixAll` holds `source.fixAll.treaty`.
 */
export function kindAsked(kind: string, only: readonly string[] | undefined): boolean {
  // (An empty list asks for nothing in particular: as none.)
  if (!only?.length) return !kind.startsWith(CodeActionKind.Source);
  return only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

/**
 * One round of the safe fixes of `found` (the document's diagnostics as published: unsuppressed): a reading fix alone
 * when there is one not `declined` (the others read off the text it makes), else every safe fix — each the preferred
 * quick fix its diagnostic gets alone — but one whose edits overlap one taken before (left for the next round: a fix is
 * applied whole or not at all). `codes`: the codes of the fixes taken.
 */
export function safeFixRound(ctx: FeatureContext, found: readonly Diagnostic[], declined?: ReadonlySet<string>): { edits: TextEdit[]; fixes: number; codes: string[]; reading: boolean } {
  const reading = found.find((d) => READING_FIXES.has(String(d.code)) && !declined?.has(String(d.code)));
  const diags = reading ? [reading] : found.filter((d) => SAFE_FIXES.has(String(d.code)));
  const edits: TextEdit[] = [];
  const codes: string[] = [];
  if (!diags.length) return { edits, fixes: 0, codes, reading: false };
  const map = ctx.lines;
  const uri = ctx.snapshot.uri;
  // The spans taken, in order: a fix overlapping one is left out whole (an edit the same as one taken is no overlap: a
  // bracket's fix makes its partner's too, and the partner's own fix is the same two edits). (No two of today's safe
  // fixes overlap otherwise on any text of test/fixtures or LawRefBook/Laws, looked for on 2026-12-05: the rule keeps
  // the one edit a client applies valid, LSP's edits never overlapping, whatever fix comes.)
  const taken: { start: number; end: number; text: string }[] = [];
  /** Where a span starting at `start` goes among those taken: the first that starts after it (ties: after them). */
  const place = (start: number): number => {
    let lo = 0;
    let hi = taken.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (taken[mid].start <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const clashes = (start: number, end: number, text: string): 'same' | boolean => {
    const at = place(start);
    // (Spans taken never overlap, so only the two beside the place can.)
    for (const t of [taken[at - 1], taken[at]]) {
      if (!t) continue;
      if (t.start === start && t.end === end) return t.text === text ? 'same' : true;
      if (start < t.end && t.start < end) return true;
      // (Two insertions at one place, or one at the edge of a replacement: their order would be the client's.)
      if ((start === end || t.start === t.end) && (start === t.start || start === t.end || end === t.start)) return true;
    }
    return false;
  };
  for (const a of quickFixes(ctx, diags, undefined, false).fixes) {
    const own = a.isPreferred && a.diagnostics?.length === 1 ? a.edit?.changes?.[uri] : undefined;
    if (!own?.length) continue;
    const spans = own.map((e) => ({ start: map.offsetAt(e.range.start), end: map.offsetAt(e.range.end), text: e.newText }));
    const seen = spans.map((x) => clashes(x.start, x.end, x.text));
    if (seen.some((c) => c === true) || seen.every((c) => c === 'same')) continue;
    spans.forEach((x, i) => {
      if (seen[i] === 'same') return;
      taken.splice(place(x.start), 0, x);
      edits.push(own[i]);
    });
    codes.push(String(a.diagnostics![0].code));
  }
  return { edits, fixes: codes.length, codes, reading: !!reading };
}

/**
 * The quick fixes of `asked`, and their suppressions (none made without `suppress`): the client's diagnostics, each
 * matched to one the server has now (`known`, by `keyOf`), or none to match (`known` undefined: the server's own).
 */
function quickFixes(ctx: FeatureContext, asked: readonly Diagnostic[], known: ReadonlySet<string> | undefined, suppress = true): { fixes: CodeAction[]; suppressions: CodeAction[] } {
  const { snapshot, treaty } = ctx;
  const text = treaty.text;
  const map = ctx.lines;
  const uri = snapshot.uri;
  const out: CodeAction[] = [];
  const edit = (title: string, start: number, end: number, newText: string, diagnostic: Diagnostic): CodeAction => ({
    title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true,
    edit: { changes: { [uri]: [{ range: map.range(start, end), newText }] } },
  });
  const renumbering: Diagnostic[] = [];
  const halfWidth: Diagnostic[] = [];
  const suppressions: CodeAction[] = [];
  for (const d of asked) {
    const code = String(d.code);
    // The diagnostic as the server sees it now; none: the client's is stale or made up.
    if (known && !known.has(keyOf(d))) continue;
    if (suppress) suppressions.push(suppressionAction(treaty, uri, d));
    if (!FIXED.has(code)) continue;
    const start = map.offsetAt(d.range.start);
    const end = map.offsetAt(d.range.end);
    const under = text.slice(start, end);
    if (RENUMBERED.has(code)) {
      renumbering.push(d);
    } else if (code === 'self.mismatch') {
      if (SELF_WORD.test(under) && under !== treaty.selfRef) out.push(edit(msg('action.replaceWith', treaty.selfRef), start, end, treaty.selfRef, d));
    } else if (code === 'style.half-width-punctuation') {
      // (Not a `?` a conversion lost a character as: made `？` it would end a sentence the text never ended.)
      if (end === start + 1 && FULL_WIDTH[under] && !lostCharacter(text, start)) {
        halfWidth.push(d);
        // A bracket with the other of its pair: `(以下简称…)` becomes `（以下简称…）`, never `（以下简称…)`.
        const line = map.row(map.lineOf(start))!;
        const partner = under === '(' || under === ')' ? bracketPartner(text.slice(line.start, line.eol), start - line.start) : undefined;
        if (partner === undefined) out.push(edit(msg('action.fullWidth', FULL_WIDTH[under]), start, spacedEnd(text, start, line.eol), FULL_WIDTH[under], d));
        else {
          const other = line.start + partner;
          const edits = [{ start, end, newText: FULL_WIDTH[under] }, { start: other, end: other + 1, newText: FULL_WIDTH[text[other]] }].sort((a, b) => a.start - b.start);
          out.push({ title: msg('action.fullWidth', '（）'), kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: true, edit: { changes: { [uri]: toTextEdits(map, edits) } } });
        }
      }
    } else if (code === 'signing.self-reference') {
      const s = treaty.signing;
      if (s?.selfRef && s.selfRefStart === start && under === s.selfRef && SELF_WORD.test(under)) out.push(edit(msg('action.replaceWith', treaty.selfRef), start, end, treaty.selfRef, d));
    } else if (code === 'signing.authentic-count') {
      const s = treaty.signing;
      if (!s || s.authenticStart !== start || s.authenticEnd !== end || s.languages.length === 0) continue;
      // Two is 两 (兩 in a text in traditional characters); the count as the signing clause read it, folded: `兩種文本` is 两 too.
      const folded = foldScript(under);
      const count = s.languages.length === 2 ? (folded !== under ? '兩' : '两') : formatChinese(s.languages.length);
      const written = /^[0-9一二两三四五六七八九十]+/.exec(folded);
      const fixed = written ? count + under.slice(written[0].length) : under;
      if (fixed !== under) out.push(edit(msg('action.replaceWith', fixed), start, end, fixed, d));
    } else if (code === 'numbering.item-gap' || code === 'numbering.item-duplicate' || code === 'style.heading-mixed') {
      // Labels renumbered from here on in their list, or a heading written as the others are.
      const fix = code === 'style.heading-mixed' ? headingFixEdits(treaty, start) : renumberRunEdits(treaty, start);
      if (fix) out.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: true, edit: { changes: { [uri]: toTextEdits(map, fix.edits) } } });
    } else if (code === 'numbering.chapter-label') {
      // The caption's line made the heading it lost, as the chapter before it is written.
      const fix = lostChapterEdit(treaty, start);
      if (fix) out.push(edit(msg('action.replaceWith', fix.heading), fix.edit.start, fix.edit.end, fix.edit.newText, d));
    } else if (code === 'numbering.chapter') {
      // A law's first chapter heading, lost above 第一条, inserted; else the run's divisions numbered in order with their references (chapterNumbering.ts).
      const fix = firstChapterEdit(treaty, start);
      if (fix) out.push(edit(msg('action.insertHeadingAbove', fix.above, fix.heading), fix.edit.start, fix.edit.end, fix.edit.newText, d));
      const renumbered = fix ? undefined : renumberChaptersEdits(treaty, start);
      if (renumbered) out.push({ title: renumbered.title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: true, edit: { changes: { [uri]: toTextEdits(map, renumbered.edits) } } });
    } else if (code === 'term.long-form') {
      const fix = longFormEdit(treaty, start, end);
      if (fix) out.push(edit(fix.title, start, end, fix.edit.newText, d));
    } else if (code === 'term.variant') {
      const fix = termVariantEdit(treaty, start, end);
      if (fix) out.push(edit(msg('action.replaceWith', fix.term), start, end, fix.edit.newText, d));
    } else if (code === 'term.quote-mixed') {
      // The two marks alone, and only when the text read again means the same (termQuotes.ts).
      const fix = termQuoteEdit(treaty, start, end);
      if (fix) out.push({ title: msg('action.requote', fix.title), kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: true, edit: { changes: { [uri]: toTextEdits(map, fix.edits) } } });
    } else if (code === LINE_SEPARATOR_CODE) {
      // Every separator of the text, each one character inside a line: the positions are the client's.
      if (end === start + 1 && (under === '\u2028' || under === '\u2029')) {
        const edits = lineSeparatorEdits(text, map);
        out.push({ title: msg('action.lineBreaks', edits.length), kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: true, edit: { changes: { [uri]: edits } } });
      }
    } else if (code === HTML_CODE) {
      // Every tag and entity of the page, each edit one of them (htmlPaste.ts), when the plain text is the whole of it.
      const paste = htmlPaste(treaty);
      const edits = paste && paste.markup[0].start === start && paste.markup[0].end === end ? htmlPasteEdits(text.toString(), map, paste) : undefined;
      if (edits) out.push({ title: msg('action.htmlToText', edits.length), kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: true, edit: { changes: { [uri]: edits } } });
    } else if (code === LETTER_SPACED_CODE) {
      // Every letter-spaced line's spaces, each edit one space inside its line: the positions are the client's.
      const spaced = letterSpacedOf(treaty);
      if (spaced.length && spaced[0].line.contentStart === start && spaced[0].line.contentEnd === end) {
        const edits = letterSpacingEdits(spaced, map);
        out.push({ title: msg('action.joinLetters', edits.length), kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: true, edit: { changes: { [uri]: edits } } });
      }
    } else if (code === 'ref.date-mismatch') {
      const ref = referencesOf(treaty).find((r) => r.kind === 'citation' && r.citation.date?.start === start && r.citation.date.end === end);
      if (ref?.kind !== 'citation' || !ref.citation.date) {
        // A dated short form: the instrument's date. Preferred (and so made by --fix) only when the
        // workspace's copy says it; against the date written at the citation, the drafter decides which is wrong.
        const f = shortFormDates(ctx).find((x) => x.date.start === start && x.date.end === end);
        const fixed = f && writeDateLike(under, f.own);
        if (f && fixed !== under) out.push({ ...edit(msg('action.citedDate', formatDate(f.own)), start, end, fixed!, d), isPreferred: f.source === 'copy' });
        continue;
      }
      const t = resolve(ctx, ref);
      const own = t?.kind === 'document' ? t.snapshot.info.dates.find((x) => x.source === 'signing') ?? t.snapshot.info.dates[0] : undefined;
      if (!own) continue;
      const fixed = writeDateLike(under, own);
      if (fixed !== under) out.push(edit(msg('action.citedDate', formatDate(own)), start, end, fixed, d));
    }
  }
  if (renumbering.length > 0) {
    const r = renumberArticles(ctx);
    // A text numbered by points (a joint statement's 一、二、, a resolution's 1. 2.) has its points renumbered.
    const title = msg(treaty.tree.unitStyle === 'paragraph' ? 'action.renumberPoints' : 'action.renumber');
    if (r.refused) {
      // Said, not done: the editor shows why (LSP `disabled`); clients that ignore it get an action that changes nothing.
      const reason = msg('action.renumberRefused', r.refused) + (r.dangling.length ? msg('action.danglingNamed', r.dangling.join('、')) : '');
      out.unshift({ title: msg('action.renumberUnavailable', title), kind: CodeActionKind.QuickFix, diagnostics: renumbering, disabled: { reason } });
    } else if (r.edit) {
      const note = r.dangling.length ? msg('action.danglingKept', r.dangling.length, r.dangling.slice(0, 3).join('、') + (r.dangling.length > 3 ? '…' : '')) : '';
      out.unshift({ title: title + note, kind: CodeActionKind.QuickFix, diagnostics: renumbering, edit: r.edit });
    }
  }
  if (halfWidth.length > 0) {
    // Every half-width mark in the document at once, found as the check finds them — but a `?` a conversion lost a character
    // as, which no fix makes `？` (`?第二條` at a line's start, a space lost before the heading: made `？第二條`, a heading).
    const all = halfWidthMarks(treaty).filter((at) => FULL_WIDTH[text[at]] && !lostCharacter(text, at));
    if (all.length > 1) {
      out.push({
        title: msg('action.fullWidthAll', all.length), kind: CodeActionKind.QuickFix, diagnostics: halfWidth,
        edit: { changes: { [uri]: all.map((at) => ({ range: map.range(at, spacedEnd(text, at, map.row(map.lineOf(at))!.eol)), newText: FULL_WIDTH[text[at]] })) } },
      });
    }
  }
  return { fixes: out, suppressions };
}

/** The marks whose full-width form holds the space after it (`，：；？！`): a space written after the half-width one goes with it. */
const SPACED_MARKS = ',:;?!';

/**
 * Where the edit making the half-width mark at `at` full-width ends: after the mark, and after the spaces following a `:` or a
 * `,` (SPACED_MARKS) before a value ending its line (`澳大利亚境内地点: 任意点` → `澳大利亚境内地点：任意点`, not `： 任意点`). Left
 * when a space is what sets off what follows: spaces ending the line (a markdown hard break's), words after with a space
 * among them (a text on one line, its units run in: `…组成部分: 一、 关于第四条`), Latin words (`传统, In view of`).
 */
function spacedEnd(text: string, at: number, eol: number): number {
  if (!SPACED_MARKS.includes(text[at])) return at + 1;
  let end = at + 1;
  while (end < eol && (text[end] === ' ' || text[end] === '\t')) end++;
  return end >= eol || /[\s\u3000]/.test(text.slice(end, eol)) || /[A-Za-z]/.test(text[end]) ? at + 1 : end;
}

/** A date written in Chinese numerals. */
const CHINESE_NUMERAL = new RegExp(`[${POSITIONAL_CN}${SMALL_CN}]`);

/** A date in the style of `written`: Chinese digits (二〇〇二年…) or Arabic, spaced or not. */
function writeDateLike(written: string, d: Pick<DateValue, 'year' | 'month' | 'day'>): string {
  const chinese = CHINESE_NUMERAL.test(written);
  const sp = / /.test(written) ? ' ' : '';
  const y = chinese ? formatChineseDigits(d.year) : String(d.year);
  const m = d.month === undefined ? '' : `${sp}${chinese ? formatChinese(d.month) : d.month}${sp}月`;
  const day = d.day === undefined ? '' : `${sp}${chinese ? formatChinese(d.day) : d.day}${sp}日`;
  return `${y}${sp}年${m}${day}`;
}
