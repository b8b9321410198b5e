// The version of a file at the last commit, for "compare with the last commit" (issue #16):
// `git show HEAD:./name` run in the file's folder, so the path is the repository's whatever
// the workspace root. The server reads it here, at the boundary; features only see texts.
import { execFile } from 'child_process';
import * as path from 'path';
import { decodeBytes } from './decode';

/** The file's text at `rev` (default HEAD), or the reason git gives for there being none. */
export function gitVersion(file: string, rev = 'HEAD'): Promise<{ text?: string; error?: string }> {
  return new Promise((resolve) => {
    if (rev.startsWith('-')) return resolve({ error: `not a revision: ${rev}` });
    execFile('git', ['show', `${rev}:./${path.basename(file)}`], { cwd: path.dirname(file), encoding: 'buffer', maxBuffer: 256 * 1024 * 1024, timeout: 30_000 }, (err, stdout, stderr) => {
      if (err) resolve({ error: (stderr.toString('utf8') || err.message).trim() });
      // Decoded as the file on disk is (UTF-8, UTF-16, GB18030, Big5).
      else resolve({ text: decodeBytes(stdout).text });
    });
  });
}
