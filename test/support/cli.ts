// `treaty-check` run in-process, as tests call it: its exit code and what it wrote.
import { Io, run } from '../../server/src/cli/treatyCheck';

/** Runs `treaty-check ARGS` in `cwd` (no terminal, no environment); its exit code, standard output and error. */
export async function cli(cwd: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { cwd, stdout: (s) => (out += s), stderr: (s) => (err += s), stdoutTTY: false, stderrTTY: false, env: {} };
  const code = await run(args, io);
  return { code, out, err };
}
