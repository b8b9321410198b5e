// `treaty.server.export`: writes what features/export computes for an open document beside its
// file — Word (one copy per party of a bilateral text, the alternat), PDF through LibreOffice,
// Akoma Ntoso XML, or the signing copies as markdown to review — and says where they went. The
// text exported is the editor's (unsaved changes included). The file names are treaty-export's.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { URI } from 'vscode-uri';
import { Treaty, buildTreaty } from '../model/treaty';
import { signingCopies } from '../features/export/alternat';
import { toDocx } from '../features/export/docx';
import { toAkn } from '../features/export/akn';
import { DEFAULT_STYLE, resolveFonts } from '../features/export/style';
import { msg } from '../features/messages';
import { hasLibreOffice, installedFonts, libreOffice } from './office';
import { ExportFormat, ExportResult } from './commands';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['docx', 'pdf', 'akn', 'copies'];

/**
 * The name of an exported file of `source` written into `dir` (treaty-export's and the editor's):
 * `agreement.<party>.docx`, `agreement.docx` for the one copy of a multilateral text — and never the
 * text's own name: its one copy as markdown beside `agreement.md` is `agreement.copy.md`.
 */
export function exportFileName(source: string, dir: string, party: string | undefined, ext: string): string {
  const base = path.basename(source).replace(/(\.treaty)?\.(md|markdown|txt|treaty)$/i, '');
  const name = `${base}${party ? '.' + party.replace(/[\\/:*?"<>|\s]+/g, '') : ''}.${ext}`;
  // (Compared without case: on macOS and Windows `agreement.md` is `agreement.MD`.)
  return path.resolve(dir, name).toLowerCase() === path.resolve(source).toLowerCase() ? `${name.slice(0, -ext.length)}copy.${ext}` : name;
}

export async function exportFiles(uri: string, treaty: Treaty, format: ExportFormat): Promise<ExportResult> {
  const u = URI.parse(uri);
  if (u.scheme !== 'file') return { files: [], message: msg('export.notOnDisk') };
  const dir = path.dirname(u.fsPath);
  const base = path.basename(u.fsPath).replace(/(\.treaty)?\.(md|markdown|txt|treaty)$/i, '');
  const files: string[] = [];
  const write = (name: string, data: string | Buffer) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, data);
    files.push(p);
  };
  try {
    if (format === 'akn') write(`${base}.akn.xml`, toAkn(treaty).xml);
    else {
      if (format === 'pdf' && !hasLibreOffice()) return { files: [], message: msg('export.noLibreOffice') };
      const style = resolveFonts(DEFAULT_STYLE, installedFonts());
      for (const c of signingCopies(treaty.text, treaty)) {
        const name = (ext: string) => exportFileName(u.fsPath, dir, c.party, ext);
        if (format === 'copies') {
          write(name('md'), c.text);
          continue;
        }
        const docx = await toDocx(c.index === 0 ? treaty : buildTreaty(c.text), style);
        if (format === 'docx') {
          write(name('docx'), docx);
          continue;
        }
        const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'treaty-export-'));
        try {
          fs.writeFileSync(path.join(tmp, name('docx')), docx);
          const err = libreOffice(path.join(tmp, name('docx')), dir);
          if (err) return { files, message: msg('export.failed', err) };
          files.push(path.join(dir, name('pdf')));
        } finally {
          fs.rmSync(tmp, { recursive: true, force: true });
        }
      }
    }
  } catch (e) {
    return { files, message: msg('export.failed', e instanceof Error ? e.message : String(e)) };
  }
  return { files, message: msg('export.done', files.length, dir) };
}
