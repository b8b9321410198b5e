// One diagnostic for a document whose text reads as decoded in the wrong encoding, and its repair.
// A GB18030 (GBK) or Big5 file read as UTF-8 shows runs of U+FFFD; a UTF-8 file read as GBK shows CJK
// characters that are no Chinese (`鍗忓畾`); one read as Windows-1252 or Latin-1 shows three Latin signs
// for each Chinese character (`ä¸­`). Such a text has no articles or references worth checking, so
// server.ts publishes this diagnostic alone for it (`misdecodingOf` first, cheap, on every open document).
// Code `encoding.wrong`, not among the drafting checks' configurable codes: it is about the file, not
// the draft. When the editor read a good file wrongly, the client offers VS Code's "Reopen with
// Encoding" as its quick fix. When the garbling is in the text itself (`inText`: the file on disk is
// garbled the same way, or there is no file — text pasted from a page with a wrong encoding), the
// server's quick fix repairs it: the garbled characters read back into their bytes and the bytes as
// UTF-8 (syntax/encoding.ts `latin1Repairs`, `gbkRepairs`), only there. Reopening would not help
// then, and a repair of a good file misread would be saved in the wrong encoding: never offered so.
import { CodeAction, CodeActionKind, Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import { ENCODING_NAMES, Encoding, Misdecoding, Repair, gbkRepairs, latin1Repairs, misdecoding } from '../syntax/encoding';
import { FeatureContext } from './context';
import { msg } from './messages';
import { Snapshot } from '../index/workspace';
import { Memo } from '../syntax/memo';

export const ENCODING_CODE = 'encoding.wrong';

const seen = new Memo<Snapshot, Misdecoding | null>();

/** Whether an open document's text reads as decoded in the wrong encoding (once per snapshot). */
export function misdecodingOf(snapshot: Snapshot): Misdecoding | undefined {
  let m = seen.get(snapshot);
  if (m === undefined) seen.set(snapshot, (m = misdecoding(snapshot.text) ?? null));
  return m ?? undefined;
}

/** Whether `text` (the file on disk, as the server reads it) is garbled as the open document is: then the garbling is in the text itself. */
export function garbledAlike(snapshot: Snapshot, text: string): boolean {
  const m = misdecodingOf(snapshot);
  return m !== undefined && misdecoding(text)?.kind === m.kind;
}

/**
 * The encoding diagnostic, on the first misdecoded character's line; none when the text reads
 * well. `onDisk`: the encoding the file's bytes are in, as protocol/decode.ts decided, when the
 * server could read them (then the message names it). `inText`: the garbling is in the text itself
 * (see above): the message offers the repair instead of reopening.
 */
export function encodingNotice(ctx: FeatureContext, onDisk?: Encoding, inText = false): Diagnostic | undefined {
  const m = misdecodingOf(ctx.snapshot);
  if (!m) return undefined;
  const text = ctx.snapshot.text;
  const eol = text.indexOf('\n', m.start);
  const end = (eol < 0 ? text.length : eol) - (text[eol - 1] === '\r' ? 1 : 0);
  // Garbled in itself and repairable: the message offers the repair, and `inText` in the data has the
  // client leave out its "Reopen with Encoding", which cannot help then.
  const repairable = inText && repairsOf(ctx.snapshot, m).length > 0;
  let message: string;
  if (m.kind === 'latin1') message = msg(repairable ? 'diag.encodingLatin1Text' : 'diag.encodingLatin1', m.count);
  else if (m.kind === 'mojibake') message = msg(repairable ? 'diag.encodingUtf8Text' : 'diag.encodingUtf8', m.count);
  else if (onDisk === 'utf-8') message = msg('diag.encodingLost', m.count);
  else message = msg('diag.encodingLegacy', m.count, onDisk ? ENCODING_NAMES[onDisk] : `${ENCODING_NAMES.gb18030} / ${ENCODING_NAMES.big5}`);
  const data = onDisk || repairable ? { ...(onDisk ? { encoding: onDisk } : {}), ...(repairable ? { inText: true } : {}) } : undefined;
  return { range: ctx.lines.range(m.start, Math.max(m.start, end)), severity: DiagnosticSeverity.Warning, code: ENCODING_CODE, source: 'treaty', message, data };
}

const repaired = new Memo<Snapshot, Repair[]>();

/**
 * The repairs of a text garbled in itself, once per snapshot (its diagnostic and its quick fix read
 * them): its garbled stretches and what they were (none for U+FFFD: those bytes are lost).
 */
function repairsOf(snapshot: Snapshot, m: Misdecoding): Repair[] {
  let r = repaired.get(snapshot);
  if (!r) repaired.set(snapshot, (r = m.kind === 'latin1' ? latin1Repairs(snapshot.text) : m.kind === 'mojibake' ? gbkRepairs(snapshot.text) : []));
  return r;
}

/**
 * The quick fix of the encoding diagnostic of a text garbled in itself (server.ts asks only when the
 * file on disk is garbled alike, or there is no file): every garbled stretch replaced by what it was.
 * Only for the diagnostic as the server computes it now (a stale or made-up one gets nothing).
 */
export function encodingRepairs(ctx: FeatureContext, diagnostics: Diagnostic[]): CodeAction[] {
  const asked = diagnostics.filter((d) => d.code === ENCODING_CODE);
  const fresh = asked.length ? encodingNotice(ctx, undefined, true) : undefined;
  const matching = fresh && asked.filter((d) => d.range.start.line === fresh.range.start.line && d.range.start.character === fresh.range.start.character && d.range.end.line === fresh.range.end.line && d.range.end.character === fresh.range.end.character);
  if (!matching?.length) return [];
  const repairs = repairsOf(ctx.snapshot, misdecodingOf(ctx.snapshot)!);
  if (!repairs.length) return [];
  const edits = repairs.map((r) => ({ range: ctx.lines.range(r.start, r.end), newText: r.text }));
  return [{ title: msg('action.repairEncoding', repairs.length), kind: CodeActionKind.QuickFix, diagnostics: matching, isPreferred: true, edit: { changes: { [ctx.snapshot.uri]: edits } } }];
}
