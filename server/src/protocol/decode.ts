// Every treaty read from disk is read here: the workspace scan and its workers (protocol/files.ts),
// watched-file changes, and the command-line tools (treaty-check, treaty-diff, treaty-consolidate,
// treaty-export). The bytes are decoded by `decodeBytes` (syntax/encoding.ts: byte order marks,
// UTF-8, else GB18030 or Big5, or UTF-8 with a few bytes that are not), and the encoding decided is returned so callers can say it.
// Before them, bytes that hold NUL are tried as UTF-16 without a byte order mark (`utf16WithoutBom`):
// Windows tools write UTF-16 LE, sometimes without the mark, and its ASCII characters and line breaks
// hold NUL bytes, which no other encoding read here decodes as text.
// Valid UTF-8 without a byte order mark — nearly every file — takes a shorter way to the same text
// (`decodeBytes` here): checked by Node's `isUtf8` and converted by `transcode` (a vectorized
// conversion), about a fifth of the CPU of the fatal `TextDecoder` (LawRefBook/Laws, 58 MB: 30–50
// against 230 ms).
import * as fs from 'fs';
import { isAscii, isUtf8, transcode } from 'buffer';
import { Decoded, ENCODING_NAMES, decodeBytes as decodeAny } from '../syntax/encoding';

export { Decoded, Encoding, ENCODING_NAMES } from '../syntax/encoding';

/**
 * A file's bytes decoded as syntax/encoding.ts `decodeBytes` decodes them (`partial`: the head of a
 * longer file), the same text and encoding: valid UTF-8 without a byte order mark on the shorter way.
 * `units`: for a caller that hands the text on as UTF-16 code units (a scan worker, protocol/scanWorker.ts),
 * the buffer of them the text was made from, when it was (`utf16`: valid UTF-8 but ASCII, a buffer of its own),
 * so that the text is not written into another.
 */
export function decodeBytes(bytes: Uint8Array, partial = false, units = false): Decoded & { utf16?: ArrayBuffer } {
  const bom = bytes.length >= 2 && (bytes[0] === 0xef || bytes[0] === 0xff || bytes[0] === 0xfe);
  const utf16 = !bom && bytes.indexOf(0) >= 0 ? utf16WithoutBom(bytes, partial) : undefined;
  if (utf16) return utf16;
  if (bom || typeof isUtf8 !== 'function' || typeof transcode !== 'function' || !isUtf8(bytes)) return decodeAny(bytes, partial);
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // ASCII: one byte a character, copied as it is (a one-byte string, as TextDecoder makes).
  if (typeof isAscii === 'function' && isAscii(buffer)) return { text: buffer.toString('latin1'), encoding: 'utf-8', bom: false };
  const code = transcode(buffer, 'utf8', 'utf16le');
  const text = code.toString('utf16le');
  // (`transcode` gives a buffer of its own; one inside a larger one could not be handed over alone.)
  const own = units && code.byteOffset === 0 && code.byteLength === code.buffer.byteLength;
  return own ? { text, encoding: 'utf-8', bom: false, utf16: code.buffer as ArrayBuffer } : { text, encoding: 'utf-8', bom: false };
}

/**
 * What no text holds: C0 and C1 control characters but tab, line feed, form feed and carriage return (NUL
 * among them), unassigned and private-use code points, and surrogates outside a pair.
 */
const NOT_TEXT = /[\0-\x08\x0b\x0e-\x1f\x7f-\x9f\p{Cn}\p{Co}\p{Cs}]/u;

/**
 * Bytes that hold NUL read as UTF-16 without a byte order mark, when they read as text in one byte order: a
 * line break (a text file has one; bytes read in the wrong order have none, `0A 00` being U+0A00) and
 * nothing `NOT_TEXT`. The order first tried is the one whose high bytes hold more NULs (ASCII characters and
 * line breaks: `41 00` in LE; the other side's are characters U+XX00, such as 一 U+4E00 and the ideographic
 * space U+3000). Anything else — a binary file, whose pairs read as controls, NUL or unassigned code points —
 * is left to the other decoders, and then refused for its NUL bytes. An odd length is no UTF-16 (but for
 * the head of a longer file, `partial`).
 */
function utf16WithoutBom(bytes: Uint8Array, partial: boolean): Decoded | undefined {
  if (bytes.length < 2 || (bytes.length % 2 === 1 && !partial)) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  // One NUL is a stray byte in a file of another encoding (a short Big5 or UTF-8 head read as UTF-16 passes the
  // checks below): UTF-16 text holds one in every ASCII character and line break.
  if (Math.max(even, odd) < 2) return undefined;
  const orders: ('utf-16le' | 'utf-16be')[] = odd >= even ? ['utf-16le', 'utf-16be'] : ['utf-16be', 'utf-16le'];
  for (const encoding of orders) {
    const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes, { stream: partial });
    if (/[\n\r]/.test(text) && !NOT_TEXT.test(text)) return { text, encoding, bom: false };
  }
  return undefined;
}

/** A treaty file's text, decoded. */
export async function readTreatyFile(file: string): Promise<Decoded> {
  return decodeBytes(await fs.promises.readFile(file));
}

/** A treaty file's text, decoded (the command-line tools). */
export function readTreatyFileSync(file: string): Decoded {
  return decodeBytes(fs.readFileSync(file));
}

/** `GB18030 (GBK)` for a file that was not UTF-8; undefined for UTF-8 (what the log and the tools say). */
export function encodingNote(d: Decoded): string | undefined {
  if (d.lossy) return 'UTF-8, with bytes that are not UTF-8 read as U+FFFD (\ufffd)';
  if (!d.bom && d.encoding !== 'utf-8' && d.encoding.startsWith('utf-16')) return `${ENCODING_NAMES[d.encoding]}, without a byte order mark`;
  return d.encoding === 'utf-8' ? undefined : ENCODING_NAMES[d.encoding];
}
