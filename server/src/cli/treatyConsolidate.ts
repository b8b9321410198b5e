// treaty-consolidate: applies an amending instrument (修改决定, 修正案, 议定书) to a base
// text and writes the consolidated text to standard output; the clauses it could not apply
// go to standard error as `file:line:column  error  code  message`.
//
//   treaty-consolidate BASE AMENDMENT
//
// Exit codes: 0 every clause applied, 1 some could not be, 2 a usage error or a file that cannot be read.
import { commandLine, processIo, runMain } from './commandLine';
import { consolidate } from '../features/consolidate';
import { readVersions } from './versionSource';
import { DiffIo } from './treatyDiff';

const USAGE = `Usage: treaty-consolidate BASE AMENDMENT

Applies an amending instrument written in Chinese drafting style (将第X条修改为：“…”, 删去第X条,
在第X条后增加一条 …) to BASE (a file or git:REV:path) and writes the consolidated text.
`;

export function runConsolidate(argv: string[], io: DiffIo): number {
  const args = commandLine('treaty-consolidate', USAGE, argv, { help: { type: 'boolean', short: 'h', default: false } }, io);
  if (typeof args === 'number') return args;
  if (args.positionals.length !== 2) {
    io.stderr(`treaty-consolidate: give BASE and AMENDMENT\n\n${USAGE}`);
    return 2;
  }
  const versions = readVersions('treaty-consolidate', args.positionals, io);
  if (typeof versions === 'number') return versions;
  const [base, amendment] = versions;
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
  runMain('treaty-consolidate', () => runConsolidate(process.argv.slice(2), processIo()));
}

if (require.main === module) main();
