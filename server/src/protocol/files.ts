// The files of the workspace folders, as the server reads them into the index.
// What may be read: only paths inside a workspace folder, not in an excluded
// folder (node_modules, .git, dot-folders …, and what the user's
// `files.exclude`/`search.exclude` globs name), whose real path (symlinks
// resolved) is inside a workspace folder too, and only regular files (a FIFO
// or a device named `*.md` would block a read forever), up to a size. What is
// kept: a file is opened without blocking, checked with fstat, and only its
// head is read first; a file whose head does not read as a treaty is dropped
// without reading the rest, and nothing of it stays in memory. The text kept
// for closed treaties has a total budget; files past it are skipped and logged.
import * as fs from 'fs';
import * as path from 'path';
import picomatch from 'picomatch';
import { URI } from 'vscode-uri';
import { Analysis, MAX_DOCUMENT_LENGTH, WorkspaceIndex, analyse, mayBeTreaty } from '../index/workspace';
import { ENCODING_NAMES, Encoding, decodeBytes } from './decode';

/** Files the workspace scan reads. */
export const TREATY_FILE = /\.(?:md|markdown|txt|treaty)$/i;
/**
 * The treaty files as the server's watchers registration names them (workspace/didChangeWatchedFiles). A client
 * matches it as it is written — VS Code and Neovim on Linux case-sensitively —, so a `.MD` the scan reads
 * (TREATY_FILE) may get no file event from it.
 */
export const TREATY_GLOB = '**/*.{md,markdown,txt,treaty}';
const treatyGlob = picomatch(TREATY_GLOB, { dot: true });
/** Whether the client's watchers, registered with TREATY_GLOB, report a change of `file` (matched case-sensitively). */
export function clientWatches(file: string): boolean {
  return treatyGlob(file.split(path.sep).join('/'));
}
/** Folders never entered (besides every folder whose name starts with a dot). */
const SKIP_DIR = new Set(['node_modules', '.git', '.hg', '.svn', '.vscode-test', 'out', 'dist', '.cache']);

export function excludedFolder(name: string): boolean {
  return SKIP_DIR.has(name) || name.startsWith('.');
}

export interface FileLimits {
  /** Files listed by one scan. */
  maxFiles: number;
  /** Largest file read, in bytes. */
  maxFileBytes: number;
  /** Bytes read first to decide whether a file can be a treaty. */
  headBytes: number;
  /** Total text (UTF-16 code units) kept for closed documents. */
  maxKeptChars: number;
  /**
   * Largest file the main thread reads with blocking calls (`loadInOrder`); a larger one is read
   * through the thread pool. A scan worker, which answers nothing else, reads every file so.
   */
  blockingBytes: number;
}

export const DEFAULT_LIMITS: FileLimits = {
  maxFiles: 50_000,
  maxFileBytes: MAX_DOCUMENT_LENGTH * 2,
  headBytes: 64 * 1024,
  maxKeptChars: 128 * 1024 * 1024,
  // A file up to the head's size is read in one read, from the page cache in tens of µs (LawRefBook/Laws:
  // 99 % of its files, the largest 313 KB); the analysis of such a file blocks the thread longer.
  blockingBytes: 64 * 1024,
};

export type ReadOutcome = 'treaty' | 'not-treaty' | 'skipped';

/**
 * A file as read from disk (`loadFile`), before the index: its text; or dropped after its head
 * (not a treaty); or skipped, and why. `analysed`: what a scan worker computed of the text
 * (then the text is there only for a treaty: as `text`, or as its UTF-16 code units in a buffer the
 * worker handed over, `utf16`, made a string only when the index first reads the text).
 */
export type Loaded = { bytes: number } & (
  | { kind: 'text'; text: string; encoding: Encoding; utf16?: ArrayBuffer }
  | { kind: 'head-only' }
  | { kind: 'skip'; why: string }
  | { kind: 'analysed'; text?: string; utf16?: ArrayBuffer; encoding: Encoding; analysis?: Analysis; refusal?: string; treaty: boolean }
);

/** What reading a file for the scan asks of the file system, once it is open (`loadSteps`). */
type FileIo = { op: 'stat' } | { op: 'read'; position: number; length: number };

/**
 * The steps of reading one file, written once for the non-blocking and the blocking read (`loadFile`,
 * `loadFileSync`, which open the file and answer each step): fstat to refuse what is not a regular file or is
 * too large; the head first; the rest only for a possible treaty. Each IO is yielded and its answer sent back
 * (an fs.Stats, a Buffer), a failed one thrown in. Returns undefined, nothing read, for a regular file over `upTo` bytes.
 * `units`: the text's UTF-16 code units too, as `utf16`, when the decoder made the text from a buffer of them (`decodeBytes`).
 */
function* loadSteps(uri: string, limits: FileLimits, upTo: number, units = false): Generator<FileIo, Loaded | undefined, fs.Stats | Buffer> {
  let bytes = 0;
  try {
    const stat = (yield { op: 'stat' }) as fs.Stats;
    if (!stat.isFile()) return { kind: 'skip', why: stat.isDirectory() ? 'a folder' : 'not a regular file', bytes };
    if (stat.size > limits.maxFileBytes) return { kind: 'skip', why: `${stat.size} bytes is too large`, bytes };
    const size = stat.size;
    if (size > upTo) return undefined;
    const headSize = Math.min(size, limits.headBytes);
    const head = (yield { op: 'read', position: 0, length: headSize }) as Buffer;
    bytes += head.length;
    if (size > headSize && !headMayBeTreaty(uri, head)) return { kind: 'head-only', bytes };
    const rest = size > headSize ? ((yield { op: 'read', position: headSize, length: size - headSize }) as Buffer) : undefined;
    bytes += rest?.length ?? 0;
    // Editors drop a byte order mark from a document's text; so does decodeBytes, or line 1's columns would differ.
    const { text, encoding, utf16 } = decodeBytes(rest ? Buffer.concat([head, rest]) : head, false, units);
    return utf16 ? { kind: 'text', text, encoding, utf16, bytes } : { kind: 'text', text, encoding, bytes };
  } catch (e) {
    // Deleted while being indexed, unreadable: not a treaty any more.
    return { kind: 'skip', why: (e as Error).message, bytes };
  }
}

/** How much of a long file's head is looked at first (`headMayBeTreaty`). */
const FIRST_LOOK = 8 * 1024;

/**
 * Whether a file longer than its head (`head`, its first `headBytes`) may be a treaty, so that the rest is read
 * (`mayBeTreaty`): told by its first 8 KB when they read as one, else by the whole head. The whole head parsed first
 * was 1.3–1.8 % of the scan's CPU, and a long treaty's or law's first 8 KB hold its title and first articles: every file
 * over 8 KB of LawRefBook/Laws (2,663), the 5,000 generated treaties and test/fixtures that reads as a treaty on its
 * first 64 KB does on its first 8, and none reads as one on its first 8 KB but not on its 64. A head whose first 8 KB
 * do not read as one is decided on the whole head, as before: only a file whose first 8 KB read as a treaty and whose
 * whole head does not (none of those) is read where it was dropped.
 */
function headMayBeTreaty(uri: string, head: Buffer): boolean {
  // Decoded as protocol/decode.ts decides (UTF-8, UTF-16, GB18030, Big5); the head may end inside a character.
  if (head.length > FIRST_LOOK && mayBeTreaty(uri, decodeBytes(head.subarray(0, FIRST_LOOK), true).text)) return true;
  return mayBeTreaty(uri, decodeBytes(head, true).text);
}

/** Non-blocking: opening a FIFO for reading would wait for a writer. */
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

/**
 * Reads one file: only a regular file, up to `maxFileBytes`; a file whose head does not read as a
 * treaty is not read further (`loadSteps`). IO only (a scan worker runs it too); what is kept is `WorkspaceFiles`' choice.
 */
export async function loadFile(file: string, uri: string, limits: FileLimits): Promise<Loaded> {
  let handle: fs.promises.FileHandle | undefined;
  try {
    handle = await fs.promises.open(file, OPEN_FLAGS);
    const steps = loadSteps(uri, limits, Infinity);
    let step = steps.next();
    while (!step.done) {
      const io = step.value;
      let answer: fs.Stats | Buffer;
      try {
        answer = io.op === 'stat' ? await handle.stat() : await readBytes(handle, io.position, io.length);
      } catch (e) {
        step = steps.throw(e);
        continue;
      }
      step = steps.next(answer);
    }
    return step.value!;
  } catch (e) {
    return { kind: 'skip', why: (e as Error).message, bytes: 0 };
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * `loadFile` with blocking calls, for a thread that has nothing else to answer while it reads (a scan
 * worker, protocol/scanWorker.ts): the same steps (`loadSteps`) and the same answers, without the four
 * or five trips through libuv's thread pool a file `loadFile` makes (open, fstat, head, rest, close).
 */
export function loadFileSync(file: string, uri: string, limits: FileLimits): Loaded;
/** Or, for a regular file larger than `upTo` bytes, nothing read (undefined): for `loadFile` to read. `units`: as `loadSteps`. */
export function loadFileSync(file: string, uri: string, limits: FileLimits, upTo: number, units?: boolean): Loaded | undefined;
export function loadFileSync(file: string, uri: string, limits: FileLimits, upTo = Infinity, units = false): Loaded | undefined {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, OPEN_FLAGS);
    const steps = loadSteps(uri, limits, upTo, units);
    let step = steps.next();
    while (!step.done) {
      const io = step.value;
      let answer: fs.Stats | Buffer;
      try {
        answer = io.op === 'stat' ? fs.fstatSync(fd) : readBytesSync(fd, io.position, io.length);
      } catch (e) {
        step = steps.throw(e);
        continue;
      }
      step = steps.next(answer);
    }
    return step.value;
  } catch (e) {
    return { kind: 'skip', why: (e as Error).message, bytes: 0 };
  } finally {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        // Closed or gone: nothing to do.
      }
    }
  }
}

/**
 * `files` loaded and handed out in order. A file up to `limits.blockingBytes` is read when its turn
 * comes, with blocking calls (`loadFileSync`: tens of µs from the page cache, less than its analysis;
 * through the thread pool, four or five round trips a file, reading LawRefBook/Laws took 640–1,150 ms
 * against 380); a larger one through the thread pool (`loadFile`). None is read ahead of the caller's
 * work: a text decoded ahead was alive at the young generation's collections between two files, copied.
 */
export async function* loadInOrder<F extends { file: string; uri: string }>(files: readonly F[], limits: FileLimits): AsyncGenerator<F & { loaded: Loaded }> {
  for (const f of files) yield { ...f, loaded: loadFileSync(f.file, f.uri, limits, limits.blockingBytes) ?? (await loadFile(f.file, f.uri, limits)) };
}

/**
 * A file read for the scan, analysed (`analyse`: its title and `TreatyInfo`) by the thread that read it, a
 * scan worker or the main thread: what the index keeps of it, its text only when it is a treaty.
 */
export function analysedFile(uri: string, loaded: Loaded): Loaded {
  if (loaded.kind !== 'text') return loaded;
  const { analysis, refusal, treaty } = analyse(uri, loaded.text);
  const keep = treaty && !refusal;
  return { kind: 'analysed', bytes: loaded.bytes, encoding: loaded.encoding, text: keep ? loaded.text : undefined, analysis: keep ? analysis : undefined, refusal, treaty };
}

/** Reads files elsewhere (scan workers, protocol/scanPool.ts): each batch's results are handed to `admit` as they come. */
export interface FileLoader {
  load(files: { file: string; uri: string }[], limits: FileLimits, admit: (results: { file: string; uri: string; loaded: Loaded }[]) => void | Promise<void>, stopped?: () => boolean): Promise<void>;
}

interface Root {
  path: string;
  real: string;
}

export class WorkspaceFiles {
  private roots: Root[] = [];
  /** Text length kept in the index, by URI, for files read from disk. */
  private readonly kept = new Map<string, number>();
  private keptChars = 0;
  /** Bytes read from disk so far (for the log and tests). */
  bytesRead = 0;
  /** Files dropped after their head only, since the last `takeHeadOnly()`. */
  private headOnly: string[] = [];
  /** The user's exclusion globs, matched against paths relative to a workspace folder. */
  private excludes: ((relative: string) => boolean) | undefined;

  constructor(
    private readonly index: WorkspaceIndex,
    private readonly log: (message: string) => void,
    private readonly limits: FileLimits = DEFAULT_LIMITS,
  ) {}

  /**
   * The workspace folders (file system paths). Until they are set (their real paths read), `refusal` waits:
   * a file the editor opens at start-up, before the folders are set, is not refused as outside them.
   */
  setRoots(paths: string[]): Promise<void> {
    const setting = Promise.all(paths.map(async (p) => {
      const abs = path.resolve(p);
      return { path: abs, real: await fs.promises.realpath(abs).catch(() => abs) };
    })).then((roots) => {
      // (A later setting of the folders wins, whichever finishes first.)
      if (this.rootsSetting === setting) this.roots = roots;
    });
    this.rootsSetting = setting;
    return setting;
  }
  private rootsSetting: Promise<void> = Promise.resolve();

  get rootPaths(): string[] {
    return this.roots.map((r) => r.path);
  }

  // Exclusion globs in VS Code's syntax (the keys of `files.exclude` and `search.exclude`
  // set to true, e.g. `**/archive`, `drafts/old/**`), relative to a workspace folder; a
  // folder they match is excluded with all it holds.
  setExcludes(globs: string[]): void {
    const valid = globs.filter((g) => typeof g === 'string' && g.length > 0 && g.length < 1000);
    this.excludes = valid.length ? picomatch(valid, { dot: true }) : undefined;
  }

  /**
   * The folders a client's watchers leave out (VS Code's `files.watcherExclude`: no file event is sent for a
   * file there), globs in the same syntax as the exclusions, relative to a workspace folder.
   */
  setUnwatched(globs: string[]): void {
    const valid = globs.filter((g) => typeof g === 'string' && g.length > 0 && g.length < 1000);
    this.unwatchedGlobs = valid.length ? picomatch(valid, { dot: true }) : undefined;
  }
  private unwatchedGlobs: ((relative: string) => boolean) | undefined;

  /** Whether `file` (inside a workspace folder) is, or is in a folder, the client's watchers leave out (`setUnwatched`). */
  unwatched(file: string): boolean {
    const abs = path.resolve(file);
    const root = this.inside(abs, (r) => r.path);
    if (!root || !this.unwatchedGlobs) return false;
    const parts = path.relative(root.path, abs).split(path.sep);
    for (let i = 1; i <= parts.length; i++) if (this.unwatchedGlobs(parts.slice(0, i).join('/'))) return true;
    return false;
  }

  /** Why a path reported by the client may not be read; undefined when it may. */
  async refusal(file: string): Promise<string | undefined> {
    await this.rootsSetting;
    const abs = path.resolve(file);
    if (!this.inside(abs, (r) => r.path)) return 'outside the workspace folders';
    const excluded = this.exclusion(abs, (r) => r.path);
    if (excluded) return excluded;
    let real: string;
    try {
      real = await fs.promises.realpath(abs);
    } catch (e) {
      return (e as Error).message;
    }
    if (!this.inside(real, (r) => r.real)) return 'a link out of the workspace folders';
    if (this.exclusion(real, (r) => r.real)) return 'a link into an excluded folder';
    return undefined;
  }

  private inside(p: string, rootOf: (r: Root) => string): Root | undefined {
    return this.roots.find((r) => p === rootOf(r) || p.startsWith(rootOf(r).endsWith(path.sep) ? rootOf(r) : rootOf(r) + path.sep));
  }

  /** Why `p` (inside a workspace folder) is excluded, if it is: a folder never entered, or the user's globs. */
  private exclusion(p: string, rootOf: (r: Root) => string): string | undefined {
    const root = this.inside(p, rootOf);
    if (!root) return undefined;
    const parts = path.relative(rootOf(root), p).split(path.sep);
    if (parts.slice(0, -1).some(excludedFolder)) return 'in an excluded folder';
    // The path itself or a folder it is in.
    for (let i = 1; i <= parts.length; i++) if (this.excludes?.(parts.slice(0, i).join('/'))) return 'excluded by files.exclude/search.exclude';
    return undefined;
  }

  private excludedPath(p: string): boolean {
    const root = this.inside(p, (r) => r.path);
    if (!root || !this.excludes) return false;
    return this.excludes(path.relative(root.path, p).split(path.sep).join('/'));
  }

  /**
   * Lists the treaty files under `dir` (regular files only: links are not followed), skipping excluded folders;
   * `folders`, when given, gets each folder listed (`dir` and those under it: what protocol/diskWatch.ts watches).
   */
  async list(dir: string, out: string[] = [], folders?: string[]): Promise<string[]> {
    let entries: fs.Dirent[];
    try {
      entries = await fs.promises.readdir(dir, { withFileTypes: true });
    } catch (e) {
      // A root that names a file (Emacs lsp-bridge's single-file mode sends the file as rootUri): that file alone.
      if ((e as NodeJS.ErrnoException).code === 'ENOTDIR') {
        if (TREATY_FILE.test(dir) && !this.excludedPath(dir) && out.length < this.limits.maxFiles) out.push(dir);
        return out;
      }
      this.log(`cannot list ${dir}: ${(e as Error).message}`);
      return out;
    }
    folders?.push(dir);
    for (const e of entries) {
      if (out.length >= this.limits.maxFiles) return out;
      const p = path.join(dir, e.name);
      if (e.isDirectory() && !excludedFolder(e.name) && !this.excludedPath(p)) await this.list(p, out, folders);
      else if (e.isFile() && TREATY_FILE.test(e.name) && !this.excludedPath(p)) out.push(p);
    }
    return out;
  }

  /**
   * Reads one file into the index (an open document keeps the editor's text).
   * Only regular files, up to `maxFileBytes`; a file whose head does not read as
   * a treaty is not read further and nothing of it is kept.
   */
  async read(file: string): Promise<ReadOutcome> {
    const uri = URI.file(file).toString();
    return this.admit(file, uri, await loadFile(file, uri, this.limits));
  }

  /**
   * Reads many files (the workspace scan): through `loader` (scan workers, which also analyse
   * the texts) when there is one, else one by one here. `progress` is called after each file;
   * the scan ends early once `stopped()`. Returns how many are served treaties.
   */
  async readAll(files: string[], loader?: FileLoader, progress?: (done: number) => void | Promise<void>, stopped: () => boolean = () => false): Promise<number> {
    let done = 0;
    let treaties = 0;
    const count = async (outcome: ReadOutcome) => {
      if (outcome === 'treaty') treaties++;
      await progress?.(++done);
    };
    if (!loader) {
      if (stopped()) return treaties;
      for await (const r of loadInOrder(files.map((file) => ({ file, uri: URI.file(file).toString() })), this.limits)) {
        await count(this.admit(r.file, r.uri, r.loaded));
        if (stopped()) break;
      }
      return treaties;
    }
    await loader.load(files.map((file) => ({ file, uri: URI.file(file).toString() })), this.limits, async (results) => {
      for (const r of results) if (!stopped()) await count(this.admit(r.file, r.uri, r.loaded));
    }, stopped);
    return treaties;
  }

  /** What the index keeps of a file as read: its text (with its analysis when a worker made one), or nothing. */
  private admit(file: string, uri: string, loaded: Loaded): ReadOutcome {
    this.bytesRead += loaded.bytes;
    if (loaded.kind === 'skip') return this.skip(uri, file, loaded.why);
    if (loaded.kind === 'head-only') {
      this.drop(uri);
      this.headOnly.push(file);
      return 'not-treaty';
    }
    const wasOpen = this.index.get(uri)?.open ?? false;
    if (loaded.kind === 'analysed' && !wasOpen) {
      // Analysed by a worker: a refusal or a non-treaty comes without its text.
      if (loaded.refusal) return this.skip(uri, file, loaded.refusal);
      if (!loaded.treaty || (loaded.text === undefined && loaded.utf16 === undefined) || !loaded.analysis) {
        this.drop(uri);
        return 'not-treaty';
      }
    }
    const utf16 = loaded.kind === 'analysed' ? loaded.utf16 : undefined;
    const text = utf16 ? textOf(utf16) : loaded.text;
    const length = utf16 ? utf16.byteLength / 2 : (loaded.text?.length ?? 0);
    if (text === undefined) {
      // Open in the editor, and on disk not a treaty: the editor's text stays, nothing of the file is kept.
      this.drop(uri);
      return 'not-treaty';
    }
    const before = this.kept.get(uri) ?? 0;
    if (this.keptChars - before + length > this.limits.maxKeptChars) {
      return this.skip(uri, file, `the index already holds ${this.keptChars} characters of closed files (limit ${this.limits.maxKeptChars})`);
    }
    const s = loaded.kind === 'analysed' && loaded.analysis ? this.index.setAnalysed(uri, text, loaded.analysis) : this.index.set(uri, text as string, 0);
    if (wasOpen) return this.index.isServed(s) ? 'treaty' : 'not-treaty';
    if (s.refusal) return this.skip(uri, file, s.refusal);
    if (!s.isTreaty(true)) {
      this.drop(uri);
      return 'not-treaty';
    }
    this.keep(uri, length);
    // Said of the treaties kept, whoever read them (a worker or this thread).
    if (loaded.encoding !== 'utf-8') this.log(`read ${file} as ${ENCODING_NAMES[loaded.encoding]}`);
    return this.index.isServed(s) ? 'treaty' : 'not-treaty';
  }

  /** The files dropped after reading their head only, since the last call. */
  takeHeadOnly(): string[] {
    const out = this.headOnly;
    this.headOnly = [];
    return out;
  }

  /** Text length of closed documents kept by the index, as counted here. */
  get keptCharacters(): number {
    return this.keptChars;
  }

  /** A file deleted on disk (or a folder: everything under it). */
  forget(uri: string): void {
    this.index.delete(uri);
    this.index.deleteUnder(uri);
    const prefix = uri.endsWith('/') ? uri : uri + '/';
    for (const u of [...this.kept.keys()]) if (u === uri || u.startsWith(prefix)) this.unkeep(u);
  }

  private skip(uri: string, file: string, why: string): 'skipped' {
    this.log(`skipped ${file}: ${why}`);
    this.drop(uri);
    return 'skipped';
  }

  private drop(uri: string): void {
    this.index.delete(uri);
    this.unkeep(uri);
  }

  private keep(uri: string, chars: number): void {
    this.unkeep(uri);
    this.kept.set(uri, chars);
    this.keptChars += chars;
  }

  private unkeep(uri: string): void {
    this.keptChars -= this.kept.get(uri) ?? 0;
    this.kept.delete(uri);
  }
}

/**
 * A text as code units in a buffer (`utf16Of`, a scan worker's, transferred, not copied), made a string
 * when first read: the index reads a closed file's text only to build its model, which most files never
 * need. A string cloned into the main thread was allocated and copied by its collector there, 40 MB of
 * them for LawRefBook/Laws (3,383 of its 3,505 files read as treaties).
 */
function textOf(utf16: ArrayBuffer): () => string {
  return () => Buffer.from(utf16).toString('utf16le');
}

/** A text's UTF-16 code units in a buffer of its own (transferable), every code unit as it is (lone surrogates too). */
export function utf16Of(text: string): ArrayBuffer {
  const buffer = new ArrayBuffer(text.length * 2);
  Buffer.from(buffer).write(text, 0, 'utf16le');
  return buffer;
}

/** Reads exactly `length` bytes from `position` (fewer if the file shrank). */
async function readBytes(handle: fs.promises.FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const { bytesRead } = await handle.read(buffer, done, length - done, position + done);
    if (bytesRead === 0) break;
    done += bytesRead;
  }
  return done === length ? buffer : buffer.subarray(0, done);
}

/** `readBytes` with a blocking read (`loadFileSync`). */
function readBytesSync(fd: number, position: number, length: number): Buffer {
  // Not zero-filled: only the bytes read are handed on.
  const buffer = Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    const bytesRead = fs.readSync(fd, buffer, done, length - done, position + done);
    if (bytesRead === 0) break;
    done += bytesRead;
  }
  return done === length ? buffer : buffer.subarray(0, done);
}
