// treaty-diff: compares two versions of a treaty or law by article and writes the
// 修改对照表, the amending instrument, or the comparison as JSON to standard output.
//
//   treaty-diff OLD NEW [--format table|amendment|json|docx] [--out FILE] [--kind protocol|decision] [--body NAME] [--all]
//
// OLD and NEW are files or git:REV:path. `--format docx` writes the 修改对照表 as a Word table
// to --out. Exit codes: 0 written, 2 a usage error or a version that cannot be read.
import * as fs from 'fs';
import * as path from 'path';
import { CliIo, commandLine, processIo, runMain } from './commandLine';
import { compareVersions, comparisonJson, comparisonTable } from '../features/compare';
import { amendmentText } from '../features/amend';
import { comparisonDocx } from '../features/export/comparisonDocx';
import { readVersions } from './versionSource';

export type DiffIo = CliIo;

const USAGE = `Usage: treaty-diff OLD NEW [options]

Compares two versions of a treaty or law article by article (a file, or git:REV:path).

Options:
  --format table|amendment|json|docx
                                  修改对照表 (default), the amending instrument, JSON, or the
                                  修改对照表 as a Word table (needs --out)
  --out FILE                      write to FILE instead of standard output
  --kind protocol|decision        the amending instrument as a protocol (议定书) or a
                                  修改决定 (default: decision for a 法, 条例, 规定, 办法 or 决定,
                                  protocol otherwise)
  --body NAME                     who adopts the 修改决定 (default: the organ whose title
                                  issues the text, or the committee its record of adoption
                                  names, else 全国人民代表大会常务委员会)
  --all                           also list unchanged articles in the table
  -h, --help                      this text
`;

/** The exit code; a Promise only for --format docx (the document is packed asynchronously). */
export function runDiff(argv: string[], io: DiffIo): number | Promise<number> {
  const args = commandLine('treaty-diff', USAGE, argv, {
    format: { type: 'string', default: 'table' },
    kind: { type: 'string' },
    body: { type: 'string' },
    out: { type: 'string' },
    all: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  }, io);
  if (typeof args === 'number') return args;
  const o = args.values;
  if (args.positionals.length !== 2) {
    io.stderr(`treaty-diff: give two versions, OLD and NEW\n\n${USAGE}`);
    return 2;
  }
  if (!['table', 'amendment', 'json', 'docx'].includes(o.format!)) {
    io.stderr(`treaty-diff: unknown format "${o.format}" (table, amendment, json or docx)\n`);
    return 2;
  }
  if (o.format === 'docx' && !o.out) {
    io.stderr('treaty-diff: --format docx writes a Word file: give --out FILE.docx\n');
    return 2;
  }
  if (o.kind !== undefined && o.kind !== 'protocol' && o.kind !== 'decision') {
    io.stderr(`treaty-diff: unknown kind "${o.kind}" (protocol or decision)\n`);
    return 2;
  }
  const versions = readVersions('treaty-diff', args.positionals, io);
  if (typeof versions === 'number') return versions;
  const [oldText, newText] = versions;
  const cmp = compareVersions(oldText, newText);
  const out = o.out ? path.resolve(io.cwd, o.out) : undefined;
  const write = (data: string | Buffer): number => {
    if (!out) {
      io.stdout(data as string);
      return 0;
    }
    try {
      fs.writeFileSync(out, data);
    } catch (e) {
      io.stderr(`treaty-diff: cannot write ${o.out}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
      return 2;
    }
    io.stdout(`${out}\n`);
    return 0;
  };
  if (o.format === 'docx') return comparisonDocx(cmp, { unchanged: o.all }).then(write);
  if (o.format === 'json') return write(JSON.stringify(comparisonJson(cmp), null, 2) + '\n');
  if (o.format === 'amendment') return write(amendmentText(cmp, { kind: o.kind as 'protocol' | 'decision' | undefined, body: o.body }));
  return write(comparisonTable(cmp, { unchanged: o.all }));
}

export function main(): void {
  runMain('treaty-diff', () => runDiff(process.argv.slice(2), processIo()));
}

if (require.main === module) main();
