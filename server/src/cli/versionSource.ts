// Reading one version of a document for treaty-diff and treaty-consolidate: a file, or
// `git:REV:path` (that path at that revision, through `git show`, in the current folder's repository).
import * as path from 'path';
import { execFileSync } from 'child_process';
import { decodeBytes, readTreatyFileSync } from '../protocol/decode';
import { whyUnreadable } from './commandLine';

export class SourceError extends Error {}

export function readVersion(spec: string, cwd: string): string {
  const m = /^git:([^:]*):(.+)$/.exec(spec);
  if (m) {
    const rev = m[1] || 'HEAD';
    if (rev.startsWith('-')) throw new SourceError(`not a revision: ${rev}`);
    // git show REV:path reads the path relative to the repository root; ./path relative to the current folder.
    const file = m[2].startsWith('/') || m[2].startsWith('./') ? m[2] : `./${m[2]}`;
    try {
      // Bytes, decoded as a file on disk is (UTF-8, UTF-16, GB18030, Big5).
      return decodeBytes(execFileSync('git', ['show', `${rev}:${file}`], { cwd, maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] })).text;
    } catch (e) {
      const err = (e as { stderr?: Buffer }).stderr?.toString('utf8');
      throw new SourceError(`cannot read ${spec}: ${(err || (e as Error).message).trim()}`);
    }
  }
  try {
    return readTreatyFileSync(path.resolve(cwd, spec)).text;
  } catch (e) {
    throw new SourceError(`cannot read ${spec}: ${whyUnreadable(e)}`);
  }
}
