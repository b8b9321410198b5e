// treaty-consolidate: applies an amending instrument (修改决定, 修正案, 议定书) to a base
// text and writes the consolidated text to standard output; the clauses it could not apply
// go to standard error as `file:line:column  error  code  message`.
//
//   treaty-consolidate BASE AMENDMENT
//
// Exit codes: 0 every clause applied, 1 some could not be, 2 a usage error or a file that cannot be read.
import { parseArgs } from 'util';
import { consolidate } from '../features/consolidate';
import { SourceError, readVersion } from './versionSource';
import { DiffIo } from './treatyDiff';

const USAGE = `Usage: treaty-consolidate BASE AMENDMENT

Applies an amending instrument written in Chinese drafting style (将第X条修改为：“…”, 删去第X条,
在第X条后增加一条 …) to BASE (a file or git:REV:path) and writes the consolidated text.
`;

export function runConsolidate(argv: string[], io: DiffIo): number {
  let args;
  try {
    args = parseArgs({ args: argv, allowPositionals: true, options: { help: { type: 'boolean', short: 'h', default: false } } });
  } catch (e) {
    io.stderr(`treaty-consolidate: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (args.values.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (args.positionals.length !== 2) {
    io.stderr(`treaty-consolidate: give BASE and AMENDMENT\n\n${USAGE}`);
    return 2;
  }
  let base: string;
  let amendment: string;
  try {
    base = readVersion(args.positionals[0], io.cwd);
    amendment = readVersion(args.positionals[1], io.cwd);
  } catch (e) {
    if (e instanceof SourceError) {
      io.stderr(`treaty-consolidate: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  const result = consolidate(base, amendment);
  io.stdout(result.text);
  for (const p of result.problems) {
    const before = amendment.slice(0, p.start);
    const line = before.split(/\r\n|\r|\n/).length;
    const column = p.start - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) ;
    io.stderr(`${args.positionals[1]}:${line}:${column}  error  ${p.code}  ${p.message}\n`);
  }
  return result.problems.length ? 1 : 0;
}

export function main(): void {
  try {
    process.exitCode = runConsolidate(process.argv.slice(2), { cwd: process.cwd(), stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) });
  } catch (e) {
    process.stderr.write(`treaty-consolidate: ${(e as Error).stack ?? e}\n`);
    process.exitCode = 2;
  }
}

if (require.main === module) main();
