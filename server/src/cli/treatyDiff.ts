// treaty-diff: compares two versions of a treaty or law by article and writes the
// 修改对照表, the amending instrument, or the comparison as JSON to standard output.
//
//   treaty-diff OLD NEW [--format table|amendment|json] [--kind protocol|decision] [--body NAME] [--all]
//
// OLD and NEW are files or git:REV:path. Exit codes: 0 written, 2 a usage error or a
// version that cannot be read.
import { CliIo, commandLine, processIo, runMain } from './commandLine';
import { compareVersions, comparisonJson, comparisonTable } from '../features/compare';
import { amendmentText } from '../features/amend';
import { SourceError, readVersion } from './versionSource';

export type DiffIo = CliIo;

const USAGE = `Usage: treaty-diff OLD NEW [options]

Compares two versions of a treaty or law article by article (a file, or git:REV:path).

Options:
  --format table|amendment|json   修改对照表 (default), the amending instrument, or JSON
  --kind protocol|decision        the amending instrument as a protocol (议定书) or a
                                  修改决定 (default: decision for a law, protocol otherwise)
  --body NAME                     who adopts the 修改决定 (default 全国人民代表大会常务委员会)
  --all                           also list unchanged articles in the table
  -h, --help                      this text
`;

export function runDiff(argv: string[], io: DiffIo): number {
  const args = commandLine('treaty-diff', USAGE, argv, {
    format: { type: 'string', default: 'table' },
    kind: { type: 'string' },
    body: { type: 'string' },
    all: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  }, io);
  if (typeof args === 'number') return args;
  const o = args.values;
  if (args.positionals.length !== 2) {
    io.stderr(`treaty-diff: give two versions, OLD and NEW\n\n${USAGE}`);
    return 2;
  }
  if (!['table', 'amendment', 'json'].includes(o.format!)) {
    io.stderr(`treaty-diff: unknown format "${o.format}" (table, amendment or json)\n`);
    return 2;
  }
  if (o.kind !== undefined && o.kind !== 'protocol' && o.kind !== 'decision') {
    io.stderr(`treaty-diff: unknown kind "${o.kind}" (protocol or decision)\n`);
    return 2;
  }
  let oldText: string;
  let newText: string;
  try {
    oldText = readVersion(args.positionals[0], io.cwd);
    newText = readVersion(args.positionals[1], io.cwd);
  } catch (e) {
    if (e instanceof SourceError) {
      io.stderr(`treaty-diff: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  const cmp = compareVersions(oldText, newText);
  if (o.format === 'json') io.stdout(JSON.stringify(comparisonJson(cmp), null, 2) + '\n');
  else if (o.format === 'amendment') io.stdout(amendmentText(cmp, { kind: o.kind as 'protocol' | 'decision' | undefined, body: o.body }));
  else io.stdout(comparisonTable(cmp, { unchanged: o.all }));
  return 0;
}

export function main(): void {
  runMain('treaty-diff', () => runDiff(process.argv.slice(2), processIo()));
}

if (require.main === module) main();
