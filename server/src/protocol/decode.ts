// Every treaty read from disk is read here: the workspace scan and its workers (protocol/files.ts),
// watched-file changes, and the command-line tools (treaty-check, treaty-diff, treaty-consolidate,
// treaty-export). The bytes are decoded by `decodeBytes` (syntax/encoding.ts: byte order marks,
// UTF-8, else GB18030 or Big5, or UTF-8 with a few bytes that are not), and the encoding decided is returned so callers can say it.
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
 */
export function decodeBytes(bytes: Uint8Array, partial = false): Decoded {
  const bom = bytes.length >= 2 && (bytes[0] === 0xef || bytes[0] === 0xff || bytes[0] === 0xfe);
  if (bom || typeof isUtf8 !== 'function' || typeof transcode !== 'function' || !isUtf8(bytes)) return decodeAny(bytes, partial);
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // ASCII: one byte a character, copied as it is (a one-byte string, as TextDecoder makes).
  const text = typeof isAscii === 'function' && isAscii(buffer) ? buffer.toString('latin1') : transcode(buffer, 'utf8', 'utf16le').toString('utf16le');
  return { text, encoding: 'utf-8', bom: false };
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
  return d.encoding === 'utf-8' ? undefined : ENCODING_NAMES[d.encoding];
}
