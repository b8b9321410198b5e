// textDocument/codeAction: quick fixes for the drafting checks. The client's
// diagnostics are only a request: each is matched, by code and range, to one the
// server computes afresh from the current document version, and each fix checks
// that the text under its range is what it expects. A stale or forged diagnostic
// gets nothing.
import { CodeAction, CodeActionKind, Diagnostic, Range } from 'vscode-languageserver-types';
import { formatChinese, formatChineseDigits } from '../syntax/numerals';
import { POSITIONAL_CN, SMALL_CN } from '../syntax/words';
import { foldScript } from '../syntax/script';
import { referencesOf } from '../model/references';
import { DateValue, formatDate } from '../model/signing';
import { FeatureContext } from './context';
import { renumberArticles } from './renumber';
import { DIAGNOSTIC_CODES, FULL_WIDTH, bracketPartner, diagnostics as computeDiagnostics, halfWidthMarks } from './diagnostics';
import { suppressionAction } from './suppression';
import { headingFixEdits, longFormEdit, renumberRunEdits, toTextEdits } from './draftingChecks';
import { termVariantEdit } from './termVariants';
import { termQuoteEdit } from './termQuotes';
import { shortFormDates } from './shortFormDates';
import { resolve } from './resolve';
import { msg } from './messages';
import { LETTER_SPACED_CODE, letterSpacedOf, letterSpacingEdits } from './letterSpacing';
import { LINE_SEPARATOR_CODE, lineSeparatorEdits } from './lineSeparators';
import { HTML_CODE, htmlPaste, htmlPasteEdits } from './htmlPaste';

const RENUMBERED = new Set(['numbering.gap', 'numbering.duplicate', 'numbering.order']);
const FIXED = new Set([...RENUMBERED, 'self.mismatch', 'style.half-width-punctuation', 'signing.self-reference', 'signing.authentic-count', 'ref.date-mismatch', 'numbering.item-gap', 'numbering.item-duplicate', 'style.heading-mixed', 'term.long-form', 'term.variant', 'term.quote-mixed', LINE_SEPARATOR_CODE, HTML_CODE, LETTER_SPACED_CODE]);
/** What a self-reference that names another kind of instrument looks like. */
const SELF_WORD = /^本[\u4e00-\u9fff]{1,6}$/;

const sameRange = (a: Range, b: Range) =>
  a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;

export function codeActions(ctx: FeatureContext, diagnostics: Diagnostic[]): CodeAction[] {
  // Nothing to fix: answer without computing anything (the editor asks on every cursor move).
  // Every check can be suppressed on its line, so every diagnostic of ours is asked about.
  const asked = diagnostics.filter((d) => String(d.code ?? '') in DIAGNOSTIC_CODES);
  if (asked.length === 0) return [];
  const fresh = computeDiagnostics(ctx);
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
    if (!fresh.some((f) => f.code === code && sameRange(f.range, d.range))) continue;
    suppressions.push(suppressionAction(treaty, uri, d));
    if (!FIXED.has(code)) continue;
    const start = map.offsetAt(d.range.start);
    const end = map.offsetAt(d.range.end);
    const under = text.slice(start, end);
    if (RENUMBERED.has(code)) {
      renumbering.push(d);
    } else if (code === 'self.mismatch') {
      if (SELF_WORD.test(under) && under !== treaty.selfRef) out.push(edit(msg('action.replaceWith', treaty.selfRef), start, end, treaty.selfRef, d));
    } else if (code === 'style.half-width-punctuation') {
      if (end === start + 1 && FULL_WIDTH[under]) {
        halfWidth.push(d);
        // A bracket with the other of its pair: `(以下简称…)` becomes `（以下简称…）`, never `（以下简称…)`.
        const line = map.row(map.lineOf(start))!;
        const partner = under === '(' || under === ')' ? bracketPartner(text.slice(line.start, line.eol), start - line.start) : undefined;
        if (partner === undefined) out.push(edit(msg('action.fullWidth', FULL_WIDTH[under]), start, end, FULL_WIDTH[under], d));
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
    // Every half-width mark in the document at once, found as the check finds them.
    const all = halfWidthMarks(treaty).filter((at) => FULL_WIDTH[text[at]]);
    if (all.length > 1) {
      out.push({
        title: msg('action.fullWidthAll', all.length), kind: CodeActionKind.QuickFix, diagnostics: halfWidth,
        edit: { changes: { [uri]: all.map((at) => ({ range: map.range(at, at + 1), newText: FULL_WIDTH[text[at]] })) } },
      });
    }
  }
  // After the fixes: a client that takes the first action takes a fix, not a comment.
  return [...out, ...suppressions];
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
