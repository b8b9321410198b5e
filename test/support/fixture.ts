// Tests are data: fixture strings with a cursor marker and, for workspace tests,
// several files in one string.
//
//   %! draft.md            starts a file named draft.md (omit for a single file)
//   ‸                      the cursor (removed from the text)
//   ⟦ … ⟧                  a marked range (removed from the text), in order
import * as fs from 'fs';
import * as path from 'path';
import * as os from 'os';

export const CURSOR = '‸';

export interface FixtureFile {
  name: string;
  uri: string;
  text: string;
  /** Offset of the cursor in this file, if it holds it. */
  cursor?: number;
  /** Marked ranges ⟦…⟧ in this file, as offsets into `text`. */
  marks: { start: number; end: number }[];
}

export interface Fixture {
  files: FixtureFile[];
  /** The file holding the cursor (or the first file). */
  main: FixtureFile;
}

export function fixture(source: string, defaultName = 'test.md'): Fixture {
  const parts: { name: string; body: string }[] = [];
  if (!source.startsWith('%! ')) parts.push({ name: defaultName, body: source });
  else {
    for (const chunk of source.split(/^%! /m).slice(1)) {
      const nl = chunk.indexOf('\n');
      parts.push({ name: chunk.slice(0, nl).trim(), body: chunk.slice(nl + 1) });
    }
  }
  const files = parts.map(({ name, body }) => {
    let text = '';
    let cursor: number | undefined;
    const marks: { start: number; end: number }[] = [];
    const open: number[] = [];
    for (const ch of body) {
      if (ch === CURSOR) cursor = text.length;
      else if (ch === '⟦') open.push(text.length);
      else if (ch === '⟧') marks.push({ start: open.pop() ?? 0, end: text.length });
      else text += ch;
    }
    marks.sort((a, b) => a.start - b.start);
    return { name, uri: `file:///ws/${encodeURI(name)}`, text, cursor, marks };
  });
  const main = files.find((f) => f.cursor !== undefined) ?? files[0];
  return { files, main };
}

export const ROOT = path.resolve(__dirname, '../../..');

/** The five seed treaties, by their three-digit prefix. */
export function seeds(): Map<string, { name: string; path: string; text: string }> {
  const dir = path.join(ROOT, 'test/fixtures/seeds');
  const out = new Map<string, { name: string; path: string; text: string }>();
  for (const name of fs.readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    out.set(name.slice(0, 3), { name, path: p, text: fs.readFileSync(p, 'utf8') });
  }
  return out;
}

const madeFolders: string[] = [];

/** A new empty folder under the system's temporary folder, removed when the test process exits. */
export function tempDir(prefix = 'treaty-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  if (madeFolders.push(dir) === 1) {
    process.on('exit', () => {
      for (const d of madeFolders) fs.rmSync(d, { recursive: true, force: true });
    });
  }
  return dir;
}

/** A new folder under the system's temporary folder holding `files` (name → text; names may have folders); removed at exit. */
export function tempFolder(files: Record<string, string>, prefix = 'treaty-test-'): string {
  const dir = tempDir(prefix);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}
