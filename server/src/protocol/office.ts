// The office tools export runs on this machine: LibreOffice (a .docx to PDF) and fontconfig
// (which fonts are installed), for the server's export command and for treaty-export.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';

export function hasLibreOffice(): boolean {
  const r = spawnSync('soffice', ['--version'], { encoding: 'utf8', timeout: 60_000 });
  return !r.error && r.status === 0;
}

/** `soffice --headless --convert-to pdf`, with a profile of its own so that it runs beside an open LibreOffice. */
export function libreOffice(docx: string, outDir: string): string | undefined {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'treaty-export-lo-'));
  try {
    const r = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docx], {
      encoding: 'utf8',
      timeout: 300_000,
    });
    if (r.error) return `LibreOffice failed: ${r.error.message}`;
    const pdf = path.join(outDir, path.basename(docx).replace(/\.docx$/, '.pdf'));
    if (r.status !== 0 || !fs.existsSync(pdf)) return `LibreOffice failed (exit ${r.status}): ${(r.stderr || r.stdout).trim()}`;
    return undefined;
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

/** The font families fc-list knows, or undefined without fontconfig. */
export function installedFonts(): ReadonlySet<string> | undefined {
  const r = spawnSync('fc-list', ['--format', '%{family}\n'], { encoding: 'utf8', timeout: 30_000 });
  if (r.error || r.status !== 0) return undefined;
  return new Set(r.stdout.split('\n').flatMap((l) => l.split(',')).map((s) => s.trim()).filter(Boolean));
}
