// Reading one version of a document for treaty-diff and treaty-consolidate: a file, or
// `git:REV:path` (that path at that revision, through `git show`, in the current folder's repository).
import * as fs from 'fs';
import * as path from 'path';
import { execFileSync } from 'child_process';

export class SourceError extends Error {}

export function readVersion(spec: string, cwd: string): string {
  const m = /^git:([^:]*):(.+)$/.exec(spec);
  if (m) {
    const rev = m[1] || 'HEAD';
    if (rev.startsWith('-')) throw new SourceError(`not a revision: ${rev}`);
    // git show REV:path reads the path relative to the repository root; ./path relative to the current folder.
    const file = m[2].startsWith('/') || m[2].startsWith('./') ? m[2] : `./${m[2]}`;
    try {
      return execFileSync('git', ['show', `${rev}:${file}`], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
      const err = (e as { stderr?: string }).stderr;
      throw new SourceError(`cannot read ${spec}: ${(err || (e as Error).message).trim()}`);
    }
  }
  try {
    return fs.readFileSync(path.resolve(cwd, spec), 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    throw new SourceError(`cannot read ${spec}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}
