// textDocument/codeAction: quick fixes for the drafting checks. Every fix is
// computed from the current model, never from stale diagnostic data.
import { CodeAction, CodeActionKind, Diagnostic, Range } from 'vscode-languageserver-types';
import { LineMap } from '../syntax/positions';
import { formatChinese, formatChineseDigits } from '../syntax/numerals';
import { referencesOf } from '../model/references';
import { DateValue, formatDate } from '../model/signing';
import { Snapshot, WorkspaceIndex } from '../index/workspace';
import { renumberArticles } from './renumber';
import { FULL_WIDTH, halfWidthMarks } from './diagnostics';
import { resolve } from './resolve';
import { msg } from './messages';

const RENUMBERED = new Set(['numbering.gap', 'numbering.duplicate', 'numbering.order']);

export function codeActions(index: WorkspaceIndex, snapshot: Snapshot, range: Range, diagnostics: Diagnostic[]): CodeAction[] {
  const treaty = snapshot.treaty;
  const map = new LineMap(treaty.tree.lines);
  const uri = snapshot.uri;
  const out: CodeAction[] = [];
  const edit = (title: string, start: number, end: number, newText: string, diagnostic: Diagnostic): CodeAction => ({
    title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true,
    edit: { changes: { [uri]: [{ range: map.range(start, end), newText }] } },
  });
  let renumber: CodeAction | undefined;
  const halfWidth: Diagnostic[] = [];
  for (const d of diagnostics) {
    const code = String(d.code ?? '');
    if (RENUMBERED.has(code)) {
      renumber ??= { title: msg('action.renumber'), kind: CodeActionKind.QuickFix, diagnostics: [], edit: { changes: { [uri]: renumberArticles(index, snapshot) } } };
      renumber.diagnostics!.push(d);
    } else if (code === 'self.mismatch') {
      out.push(edit(msg('action.replaceWith', treaty.selfRef), map.offsetAt(d.range.start), map.offsetAt(d.range.end), treaty.selfRef, d));
    } else if (code === 'style.half-width-punctuation') {
      const at = map.offsetAt(d.range.start);
      const mark = treaty.text[at];
      if (FULL_WIDTH[mark]) {
        halfWidth.push(d);
        out.push(edit(msg('action.fullWidth', FULL_WIDTH[mark]), at, at + 1, FULL_WIDTH[mark], d));
      }
    } else if (code === 'signing.self-reference' && treaty.signing?.selfRef && treaty.signing.selfRefStart !== undefined) {
      const s = treaty.signing;
      out.push(edit(msg('action.replaceWith', treaty.selfRef), s.selfRefStart!, s.selfRefStart! + s.selfRef!.length, treaty.selfRef, d));
    } else if (code === 'signing.authentic-count' && treaty.signing?.authenticStart !== undefined) {
      const s = treaty.signing;
      const written = treaty.text.slice(s.authenticStart!, s.authenticEnd);
      const count = s.languages.length === 2 ? '两' : formatChinese(s.languages.length);
      const fixed = written.replace(/^[0-9一二两三四五六七八九十]+/, count);
      out.push(edit(msg('action.replaceWith', fixed), s.authenticStart!, s.authenticEnd!, fixed, d));
    } else if (code === 'ref.date-mismatch') {
      const at = map.offsetAt(d.range.start);
      const ref = referencesOf(treaty).find((r) => r.kind === 'citation' && r.citation.date?.start === at);
      if (ref?.kind !== 'citation' || !ref.citation.date) continue;
      const t = resolve(index, snapshot, ref);
      const own = t?.kind === 'document' ? t.snapshot.info.dates.find((x) => x.source === 'signing') ?? t.snapshot.info.dates[0] : undefined;
      if (!own) continue;
      const written = treaty.text.slice(ref.citation.date.start, ref.citation.date.end);
      const fixed = writeDateLike(written, own);
      out.push(edit(msg('action.citedDate', formatDate(own)), ref.citation.date.start, ref.citation.date.end, fixed, d));
    }
  }
  if (renumber && (renumber.edit!.changes![uri].length ?? 0) > 0) out.unshift(renumber);
  if (halfWidth.length > 0) {
    // Every half-width mark in the document at once, found as the check finds them.
    const all = halfWidthMarks(treaty);
    if (all.length > 1) {
      out.push({
        title: msg('action.fullWidthAll', all.length), kind: CodeActionKind.QuickFix, diagnostics: halfWidth,
        edit: { changes: { [uri]: all.map((at) => ({ range: map.range(at, at + 1), newText: FULL_WIDTH[treaty.text[at]] })) } },
      });
    }
  }
  return out;
}

/** A date in the style of `written`: Chinese digits (二〇〇二年…) or Arabic, spaced or not. */
function writeDateLike(written: string, d: Pick<DateValue, 'year' | 'month' | 'day'>): string {
  const chinese = /[〇零一二三四五六七八九十]/.test(written);
  const sp = / /.test(written) ? ' ' : '';
  const y = chinese ? formatChineseDigits(d.year) : String(d.year);
  const m = d.month === undefined ? '' : `${sp}${chinese ? formatChinese(d.month) : d.month}${sp}月`;
  const day = d.day === undefined ? '' : `${sp}${chinese ? formatChinese(d.day) : d.day}${sp}日`;
  return `${y}${sp}年${m}${day}`;
}
