// Suppressing a drafting check in the document, as markdownlint does, with HTML comments
// that do not show when the markdown is rendered:
//   <!-- treaty-disable-next-line ref.no-such-article -->   the next non-blank line
//   <!-- treaty-disable-line term.unused -->                this line
//   <!-- treaty-disable style.half-width-punctuation -->    from here …
//   <!-- treaty-enable style.half-width-punctuation -->     … to here
//   <!-- treaty-disable-file ref.citation-not-found -->     the whole document
// Without codes a comment covers every check. Codes are separated by spaces or commas.
import { CodeAction, CodeActionKind, Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { Treaty, articleLayout, buildTreaty } from '../model/treaty';
import { withEdits } from '../syntax/reparse';
import { rowsOf } from '../syntax/positions';
import { msg } from './messages';

const COMMENT = /<!--\s*treaty-(disable-next-line|disable-line|disable-file|disable|enable)\b([^>]*?)\s*-->/g;

/** Every check: a comment that names no code. */
const ALL = '*';

/** Lines (physical, 0-based) where codes are silenced: plain data, kept for a check finished later (treaty-check). */
export interface Span {
  codes: readonly string[];
  from: number;
  /** Last line covered (inclusive). */
  to: number;
}

export interface Suppressions {
  /** Whether a diagnostic with `code` starting on `line` is suppressed. */
  covers(code: string, line: number): boolean;
  readonly count: number;
}

function codesOf(list: string): string[] {
  const codes = list.split(/[\s,]+/).filter(Boolean);
  return codes.length ? codes : [ALL];
}

/** The suppression comments of a document. */
function suppressionsOf(treaty: Treaty): Suppressions {
  return suppressionsIn(suppressionSpans(treaty));
}

/** Suppressions from their spans. */
export function suppressionsIn(spans: readonly Span[]): Suppressions {
  return {
    count: spans.length,
    covers: (code, line) => spans.some((s) => line >= s.from && line <= s.to && (s.codes.includes(code) || s.codes.includes(ALL))),
  };
}

/** The spans the suppression comments of a document cover. */
export function suppressionSpans(treaty: Treaty): Span[] {
  const text = treaty.text;
  // Physical lines, as diagnostics count them (an article heading glued inside a line is part of it).
  const lines = rowsOf(treaty.tree.lines);
  const spans: Span[] = [];
  if (text.includes('treaty-')) {
    const open = new Map<string, number>();
    let pendingNext: string[] | undefined;
    lines.forEach((line, i) => {
      // A code block's line shows a comment, it is not one.
      if (line.kind === 'code') return;
      const s = text.slice(line.start, line.eol);
      if (pendingNext && s.trim() !== '' && !s.includes('treaty-disable-next-line')) {
        spans.push({ codes: pendingNext, from: i, to: i });
        pendingNext = undefined;
      }
      if (!s.includes('<!--')) return;
      COMMENT.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = COMMENT.exec(s))) {
        const codes = codesOf(m[2]);
        switch (m[1]) {
          case 'disable-next-line':
            pendingNext = [...(pendingNext ?? []), ...codes];
            break;
          case 'disable-line':
            spans.push({ codes, from: i, to: i });
            break;
          case 'disable-file':
            spans.push({ codes, from: 0, to: Infinity });
            break;
          case 'disable':
            for (const c of codes) if (!open.has(c)) open.set(c, i);
            break;
          case 'enable':
            for (const c of codes[0] === ALL ? [...open.keys()] : codes) {
              const from = open.get(c);
              if (from === undefined) continue;
              spans.push({ codes: [c], from, to: i });
              open.delete(c);
            }
            break;
        }
      }
    });
    for (const [c, from] of open) spans.push({ codes: [c], from, to: Infinity });
  }
  return spans;
}

/** The diagnostics that no comment suppresses (`treaty`: the document, or the spans of its comments). */
export function unsuppressed(treaty: Treaty | readonly Span[], diagnostics: Diagnostic[]): Diagnostic[] {
  const s = Array.isArray(treaty) ? suppressionsIn(treaty) : suppressionsOf(treaty as Treaty);
  if (s.count === 0) return diagnostics;
  return diagnostics.filter((d) => !s.covers(String(d.code ?? ''), d.range.start.line));
}

/** The edit of the quick fix "suppress on this line": a comment on its own line above the diagnostic's line, indented as it is. */
function suppressNextLineEdit(treaty: Treaty, diagnostic: Diagnostic): TextEdit {
  const line = rowsOf(treaty.tree.lines)[diagnostic.range.start.line];
  const text = line ? treaty.text.slice(line.start, line.eol) : '';
  const indent = /^[ \t\u3000]*/.exec(text)![0];
  const eol = line && line.eol < line.end ? treaty.text.slice(line.eol, line.end) : '\n';
  const at = { line: diagnostic.range.start.line, character: 0 };
  return { range: { start: at, end: at }, newText: `${indent}<!-- treaty-disable-next-line ${String(diagnostic.code)} -->${eol}` };
}

/**
 * The quick fix "Disable CODE for this line": `<!-- treaty-disable-next-line CODE -->` above the
 * diagnostic's line. Never preferred, so a client's "fix all" and `treaty-check --fix` pass it by.
 */
export function suppressionAction(treaty: Treaty, uri: string, diagnostic: Diagnostic): CodeAction {
  const code = String(diagnostic.code);
  // A line opening with a label read as the article of an instrument cited at the end of the line above (`…管理制度的协定` /
  // `第六条 …`, syntax/lines.ts continuesCitation): a comment line between them may make the label an article's heading — an
  // article more, the reference gone. Read again with the comment there (such lines are rare); where the articles are not read
  // as they were, said, not done (LSP `disabled`).
  const row = rowsOf(treaty.tree.lines)[diagnostic.range.start.line];
  const edit = suppressNextLineEdit(treaty, diagnostic);
  if (row && row.kind === 'text' && row.num !== undefined) {
    const reread = buildTreaty(withEdits(treaty.text, [{ start: row.start, end: row.start, newText: edit.newText }])).articles;
    if (reread.length !== treaty.articles.length || reread.some((a, k) => articleLayout(a) !== articleLayout(treaty.articles[k]))) {
      return { title: msg('action.renumberUnavailable', msg('action.disableNextLine', code)), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: false, disabled: { reason: msg('action.suppressionSplits', treaty.text.slice(row.contentStart, row.label?.end ?? row.contentStart)) } };
    }
  }
  return {
    title: msg('action.disableNextLine', code),
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: false,
    edit: { changes: { [uri]: [edit] } },
  };
}
