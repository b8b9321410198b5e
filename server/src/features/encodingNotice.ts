// One diagnostic for a document the editor opened in the wrong encoding: a GB18030 (GBK) or Big5
// file read as UTF-8 shows runs of U+FFFD; a UTF-8 file read as GBK shows CJK characters that are
// no Chinese (`鍗忓畾`). Such a text has no articles or references worth checking, so server.ts
// publishes this diagnostic alone for it (`misdecodingOf` first, cheap, on every open document).
// Code `encoding.wrong`, not among the drafting checks' configurable codes: it is about the file,
// not the draft. The client offers VS Code's "Reopen with Encoding" as its quick fix.
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import { ENCODING_NAMES, Encoding, Misdecoding, misdecoding } from '../syntax/encoding';
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

/**
 * The encoding diagnostic, on the first misdecoded character's line; none when the text reads
 * well. `onDisk`: the encoding the file's bytes are in, as protocol/decode.ts decided, when the
 * server could read them (then the message names it).
 */
export function encodingNotice(ctx: FeatureContext, onDisk?: Encoding): Diagnostic | undefined {
  const m = misdecodingOf(ctx.snapshot);
  if (!m) return undefined;
  const text = ctx.snapshot.text;
  const eol = text.indexOf('\n', m.start);
  const end = (eol < 0 ? text.length : eol) - (text[eol - 1] === '\r' ? 1 : 0);
  let message: string;
  if (m.kind === 'mojibake') message = msg('diag.encodingUtf8', m.count);
  else if (onDisk === 'utf-8') message = msg('diag.encodingLost', m.count);
  else message = msg('diag.encodingLegacy', m.count, onDisk ? ENCODING_NAMES[onDisk] : `${ENCODING_NAMES.gb18030} / ${ENCODING_NAMES.big5}`);
  return { range: ctx.lines.range(m.start, Math.max(m.start, end)), severity: DiagnosticSeverity.Warning, code: ENCODING_CODE, source: 'treaty', message, data: onDisk ? { encoding: onDisk } : undefined };
}
