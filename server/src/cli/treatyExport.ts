// treaty-export: a treaty as signing copies in Word (.docx), PDF (through LibreOffice) or
// markdown, in Chinese treaty house style, with the alternat (one copy per party of a
// bilateral text, each naming its party first). Reading and writing files, fonts installed and
// LibreOffice are its own; the copies and the documents come from features/export.
//
//   treaty-export FILE --format docx|pdf|akn|md [--copies] [--out DIR] [--style style.json]
//
// Exit codes: 0 written, 1 a conversion failed, 2 a usage error, an unreadable file or no LibreOffice.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CliIo, commandLine, processIo, runMain, whyUnreadable } from './commandLine';
import { hasLibreOffice, installedFonts, libreOffice } from '../protocol/office';
import { exportFileName } from '../protocol/exportFiles';
import { readTreatyFileSync } from '../protocol/decode';
import { buildTreaty } from '../model/treaty';
import { SigningCopy, signingCopies } from '../features/export/alternat';
import { toDocx } from '../features/export/docx';
import { toAkn } from '../features/export/akn';
import { DEFAULT_STYLE, ExportStyle, mergeStyle, resolveFonts } from '../features/export/style';

export interface ExportIo extends CliIo {
  /** Font families installed (fc-list), undefined when unknown. */
  fonts?(): ReadonlySet<string> | undefined;
  /** Converts a .docx to PDF in outDir; returns an error message, or undefined on success. Absent: LibreOffice is looked for. */
  toPdf?(docx: string, outDir: string): string | undefined;
}

const USAGE = `Usage: treaty-export FILE [--format docx|pdf|akn|md] [--copies] [--out DIR] [--style style.json]

Writes the signing copies of a treaty. A bilateral text gets one copy per party (the
alternat): each names its party first in the title, the preamble, the articles, the languages
of the signing clause and the signature columns. A multilateral text gets one copy.

Options:
  --format docx|pdf|akn|md
                         Word (default), PDF (needs LibreOffice), Akoma Ntoso XML (the text as
                         agreed, FILE.akn.xml), or the copies as markdown
  --copies               also write each copy as markdown (FILE.<party>.md), to review
  --out DIR              where to write (default: beside FILE)
  --style FILE           a JSON style laid over the defaults (fonts, sizes, margins; see README)
  --print-style          print the default style (JSON) and exit
  -h, --help             this text
`;

export async function run(argv: string[], io: ExportIo): Promise<number> {
  const args = commandLine('treaty-export', USAGE, argv, {
    format: { type: 'string', default: 'docx' },
    copies: { type: 'boolean', default: false },
    out: { type: 'string' },
    style: { type: 'string' },
    'print-style': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  }, io);
  if (typeof args === 'number') return args;
  const o = args.values;
  if (o['print-style']) {
    io.stdout(JSON.stringify(DEFAULT_STYLE, null, 2) + '\n');
    return 0;
  }
  const format = o.format!;
  if (!['docx', 'pdf', 'akn', 'md'].includes(format)) {
    io.stderr(`treaty-export: unknown format ${format}: docx, pdf, akn or md\n`);
    return 2;
  }
  if (args.positionals.length !== 1) {
    io.stderr(`treaty-export: name one treaty file\n\n${USAGE}`);
    return 2;
  }
  const file = path.resolve(io.cwd, args.positionals[0]);
  let text: string;
  try {
    text = readTreatyFileSync(file).text;
  } catch (e) {
    io.stderr(`treaty-export: cannot read ${args.positionals[0]}: ${whyUnreadable(e)}\n`);
    return 2;
  }
  let style: ExportStyle = DEFAULT_STYLE;
  if (o.style) {
    let user: unknown;
    try {
      user = JSON.parse(fs.readFileSync(path.resolve(io.cwd, o.style), 'utf8'));
    } catch (e) {
      io.stderr(`treaty-export: cannot read the style ${o.style}: ${(e as Error).message}\n`);
      return 2;
    }
    const merged = mergeStyle(user);
    for (const p of merged.problems) io.stderr(`treaty-export: ${o.style}: ${p} (ignored)\n`);
    style = merged.style;
  }
  const toPdf = io.toPdf ?? libreOffice;
  if (format === 'pdf' && !io.toPdf && !hasLibreOffice()) {
    io.stderr(
      'treaty-export: PDF needs LibreOffice (soffice), which is not installed.\n' +
        '  Debian/Ubuntu: apt-get install libreoffice-writer (and fonts-noto-cjk for Chinese fonts)\n' +
        '  or export --format docx and print the document to PDF from Word.\n',
    );
    return 2;
  }
  const outDir = o.out ? path.resolve(io.cwd, o.out) : path.dirname(file);
  fs.mkdirSync(outDir, { recursive: true });
  const base = path.basename(file).replace(/(\.treaty)?\.(md|markdown|txt|treaty)$/i, '');
  const treaty = buildTreaty(text);
  if (format === 'akn') {
    // One document: the text as agreed (Akoma Ntoso has no signing copies).
    write(io, outDir, `${base}.akn.xml`, toAkn(treaty).xml);
    return 0;
  }
  const copies = signingCopies(text, treaty);
  const resolved = resolveFonts(style, io.fonts?.());
  // Never the text's own name: the one copy of a multilateral text as markdown is agreement.copy.md.
  const nameOf = (c: SigningCopy, ext: string) => exportFileName(file, outDir, c.party, ext);
  let failed = 0;
  for (const c of copies) {
    if (format === 'md' || o.copies) {
      if (format === 'md' || c.party !== undefined) write(io, outDir, nameOf(c, 'md'), c.text);
    }
    if (format === 'md') continue;
    const buffer = await toDocx(c.index === 0 ? treaty : buildTreaty(c.text), resolved);
    if (format === 'docx') {
      write(io, outDir, nameOf(c, 'docx'), buffer);
      continue;
    }
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'treaty-export-'));
    const docx = path.join(tmp, nameOf(c, 'docx'));
    fs.writeFileSync(docx, buffer);
    const err = toPdf(docx, outDir);
    fs.rmSync(tmp, { recursive: true, force: true });
    if (err) {
      io.stderr(`treaty-export: ${nameOf(c, 'pdf')}: ${err}\n`);
      failed++;
    } else io.stdout(`${path.join(outDir, nameOf(c, 'pdf'))}\n`);
  }
  return failed ? 1 : 0;
}

function write(io: ExportIo, dir: string, name: string, data: string | Buffer): void {
  const p = path.join(dir, name);
  fs.writeFileSync(p, data);
  io.stdout(`${p}\n`);
}

export function main(): void {
  const io: ExportIo = { ...processIo(), fonts: installedFonts };
  runMain('treaty-export', () => run(process.argv.slice(2), io), 1);
}
