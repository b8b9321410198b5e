// Reading the two versions treaty-diff and treaty-consolidate are given, each a file or
// `git:REV:path` (that path at that revision, through `git show`, in the current folder's repository).
import * as path from 'path';
import { execFileSync } from 'child_process';
import { decodeBytes, readTreatyFileSync } from '../protocol/decode';
import { CliIo, whyUnreadable } from './commandLine';

class SourceError extends Error {}

/**
 * The two versions named by `specs` (old and new, or base and amendment); or, when one cannot be
 * read, the exit code 2, the reason written to standard error after the tool's name.
 */
export function readVersions(tool: string, specs: readonly string[], io: CliIo): [string, string] | number {
  try {
    return [readVersion(specs[0], io.cwd), readVersion(specs[1], io.cwd)];
  } catch (e) {
    if (e instanceof SourceError) {
      io.stderr(`${tool}: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

function readVersion(spec: string, cwd: string): string {
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
