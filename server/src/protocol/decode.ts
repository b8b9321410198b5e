// Every treaty read from disk is read here: the workspace scan and its workers (protocol/files.ts),
// watched-file changes, and the command-line tools (treaty-check, treaty-diff, treaty-consolidate,
// treaty-export). The bytes are decoded by `decodeBytes` (syntax/encoding.ts: byte order marks,
// UTF-8, else GB18030 or Big5, or UTF-8 with a few bytes that are not), and the encoding decided is returned so callers can say it.
import * as fs from 'fs';
import { Decoded, ENCODING_NAMES, decodeBytes } from '../syntax/encoding';

export { Decoded, Encoding, ENCODING_NAMES, decodeBytes } from '../syntax/encoding';

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
