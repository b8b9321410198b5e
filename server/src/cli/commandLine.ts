// What every command-line tool does the same way: read its options (a usage error or
// --help answered with an exit code), talk to the process's streams, and turn the
// result of its run into the process's exit code.
import { parseArgs } from 'util';

/** What a tool's run sees of the process: its folder and its output streams. */
export interface CliIo {
  cwd: string;
  stdout(s: string): void;
  /** Text for standard output already in UTF-8 (another thread encoded it): written as it is. Without it, such text is decoded for `stdout`. */
  stdoutBytes?(b: Uint8Array): void;
  stderr(s: string): void;
}

type Options = Record<string, { type: 'string' | 'boolean'; short?: string; default?: string | boolean; multiple?: boolean }>;
type Parsed<O extends Options> = ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; options: O }>>;

/**
 * The options and positionals of `argv`, or the exit code when there is nothing to run:
 * 2 after an unknown or malformed option (with the usage), 0 after `--help` (the usage).
 * `options` must declare `help`.
 */
export function commandLine<O extends Options>(name: string, usage: string, argv: string[], options: O, io: CliIo): Parsed<O> | number {
  let args: Parsed<O>;
  try {
    args = parseArgs({ args: argv, allowPositionals: true, options });
  } catch (e) {
    io.stderr(`${name}: ${(e as Error).message}\n\n${usage}`);
    return 2;
  }
  if ((args.values as { help?: boolean }).help) {
    io.stdout(usage);
    return 0;
  }
  return args;
}

/** The process's folder and streams. */
export function processIo(): CliIo {
  return { cwd: process.cwd(), stdout: (s) => process.stdout.write(s.length < LONG_OUTPUT ? s : utf8Of(s)), stdoutBytes: (b) => process.stdout.write(b), stderr: (s) => process.stderr.write(s) };
}

/** From this many UTF-16 code units a string written is encoded by `utf8Of` (below it, Node's own encoding costs little). */
const LONG_OUTPUT = 1 << 14;

/**
 * `s` in UTF-8, the bytes `Buffer.from(s)` gives (a lone surrogate as U+FFFD), encoded into a buffer of
 * three bytes a UTF-16 code unit, which holds any string: `Buffer.from` (and a stream's `write` of a
 * string, which calls it) counts the bytes first, as costly as encoding them — treaty-check's JSON of
 * 5,000 treaties, 37 MB: 835 → 442 M instructions (valgrind).
 */
export function utf8Of(s: string): Buffer {
  const bytes = Buffer.allocUnsafe(s.length * 3);
  return bytes.subarray(0, bytes.write(s, 'utf8'));
}

/**
 * Runs a tool and sets the exit code from its result; a crash is printed and exits `crashCode`. `exit`: the process
 * ends with the code as soon as what it wrote is written (`exitWhenWritten`), instead of when nothing is left to do.
 */
export function runMain(name: string, run: () => number | Promise<number>, crashCode = 2, exit = false): void {
  const crashed = (e: unknown) => {
    process.stderr.write(`${name}: ${(e as Error).stack ?? e}\n`);
    process.exitCode = crashCode;
  };
  try {
    Promise.resolve(run()).then((code) => {
      process.exitCode = code;
      if (exit) exitWhenWritten(code);
    }, crashed);
  } catch (e) {
    crashed(e);
  }
}

/**
 * Ends the process with `code` once standard output and error have handed everything written to them to the system
 * (a pipe's writes may wait for its reader: each stream's last write called back; not when one failed), without the teardown of a natural
 * exit, which frees the heap page by page — after treaty-check over the 5,000 generated treaties, with hundreds of
 * megabytes kept, 0.1–0.2 s of wall time spent after the output was written.
 */
export function exitWhenWritten(code: number, streams: readonly NodeJS.WritableStream[] = [process.stdout, process.stderr], exit: (code: number) => void = (c) => process.exit(c)): void {
  let waiting = 1;
  // (A write that fails — the reader of a pipe gone — is left to the stream's error: bin/launch.js ends the tool with 141.)
  let failed = false;
  const written = (e?: Error | null) => {
    if (e) failed = true;
    if (--waiting === 0 && !failed) exit(code);
  };
  for (const s of streams) {
    if (((s as { writableLength?: number }).writableLength ?? 0) === 0) continue;
    waiting++;
    s.write('', written);
  }
  written(null);
}

/** Why a file could not be read, in words (`ENOENT` → `no such file`), for the tools' messages. */
export function whyUnreadable(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'a folder, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return code ?? (e as Error).message;
}
