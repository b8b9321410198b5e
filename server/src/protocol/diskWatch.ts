// File events without the client's: a client that does not declare dynamic registration of
// `workspace/didChangeWatchedFiles` (Neovim 0.7, Vim's ALE, Kate, Sublime LSP, Emacs lsp-bridge …), or refuses
// the registration, or never answers it, sends no file events, and a cited instrument changed on disk — by git,
// by another editor — would never be read again. The server then watches the folders its scan listed itself:
// one `fs.watch` per folder, not per file (inotify, FSEvents and ReadDirectoryChangesW all report the changes
// of a folder's entries to a watch of the folder), none in the folders the scan skips (node_modules, .git,
// dot-folders, the user's exclusions), at most `maxFolders` of them. Node's own `recursive` watch is not used:
// on Linux (Node 20) it enters every folder, node_modules and .git included, and stats and watches every file
// in them synchronously at start. What it reports goes, after a pause (`delay`), the way of the client's file
// events (server.ts `filesChanged`); only names that may matter are passed on (`wanted`), and folders.
import * as fs from 'fs';
import * as path from 'path';

/** What `ownWritesOnly` reads of the client's capabilities when it names itself not. */
export type WatchCapabilities = {
  workspace?: {
    didChangeWatchedFiles?: { dynamicRegistration?: boolean; relativePatternSupport?: boolean };
    fileOperations?: { dynamicRegistration?: boolean; didCreate?: boolean; didRename?: boolean; didDelete?: boolean; willCreate?: boolean; willRename?: boolean; willDelete?: boolean };
  };
};

/**
 * A client whose accepted watchers report only its own writes: Helix (helix-lsp/src/file_event.rs sends an event
 * for a path its editor saved, created, renamed or deleted — "can be removed once proper file watching is
 * implemented", helix-view/src/editor.rs, read at 079a789e, July 2026), so a file changed by git or another
 * editor is never reported. No capability says so. Its `clientInfo` name does, and decides when given (`helix`;
 * any other name is another client). Without one, Helix's capabilities as helix-lsp/src/client.rs writes them
 * (test/fixtures/clients/helix.json): watchers registered dynamically with `relativePatternSupport: false`
 * said, and file operations `willRename` and `didRename` alone (no creations or deletions, no dynamic
 * registration) — of the clients in test/fixtures/clients/ none else (Zed's file operations are the same, its
 * watchers take relative patterns). The server watches as well.
 */
export function ownWritesOnly(clientInfo: { name?: unknown } | undefined, capabilities?: WatchCapabilities): boolean {
  if (typeof clientInfo?.name === 'string' && clientInfo.name.trim() !== '') return /^helix$/i.test(clientInfo.name.trim());
  const watched = capabilities?.workspace?.didChangeWatchedFiles;
  const ops = capabilities?.workspace?.fileOperations;
  return watched?.dynamicRegistration === true && watched.relativePatternSupport === false
    && ops?.willRename === true && ops.didRename === true
    && !ops.dynamicRegistration && !ops.didCreate && !ops.didDelete && !ops.willCreate && !ops.willDelete;
}

export type DiskEvent = { path: string; type: 'created' | 'changed' | 'deleted' };

/** Folders watched at most: LawRefBook/Laws, 3,534 files, is 50 folders; a workspace of 20,000 files in 1,000 folders is a fifth of it. */
export const MAX_FOLDERS = 5000;

export class DiskWatcher {
  /** The folders the scan listed (watched once started). */
  private readonly listed = new Set<string>();
  private readonly watchers = new Map<string, fs.FSWatcher>();
  private started = false;
  /** Said once each: the cap reached, the system's limit reached. */
  private readonly said = new Set<string>();
  /** Paths reported since the last batch, with whether an entry was added or removed there ('rename') or only written ('change'). */
  private queue = new Map<string, 'rename' | 'change'>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly changed: (events: DiskEvent[]) => void,
    private readonly log: (message: string) => void,
    /** A file name that may matter (a treaty file, the configuration file); folders are passed on whatever their name. */
    private readonly wanted: (name: string) => boolean,
    private readonly maxFolders = MAX_FOLDERS,
    private readonly delay = 100,
  ) {}

  get active(): boolean {
    return this.started;
  }

  get watched(): number {
    return this.watchers.size;
  }

  /** Whether a change of `file` is reported: the watches started and its folder watched (not past the cap, nor the system's limit). */
  covers(file: string): boolean {
    return this.started && this.watchers.has(path.dirname(path.resolve(file)));
  }

  /** Folders the scan listed: watched now if started, else when it starts. */
  add(folders: readonly string[]): void {
    for (const f of folders) {
      this.listed.add(f);
      if (this.started) this.watch(f);
    }
  }

  /** Watches every folder listed, and those listed later. */
  start(): void {
    if (this.started) return;
    this.started = true;
    for (const f of this.listed) this.watch(f);
  }

  /** A workspace folder removed (or a folder deleted): its folders are no longer watched. */
  forgetUnder(folder: string): void {
    const prefix = folder.endsWith(path.sep) ? folder : folder + path.sep;
    for (const f of [...this.listed]) {
      if (f !== folder && !f.startsWith(prefix)) continue;
      this.listed.delete(f);
      this.watchers.get(f)?.close();
      this.watchers.delete(f);
    }
  }

  close(): void {
    clearTimeout(this.timer);
    for (const w of this.watchers.values()) w.close();
    this.watchers.clear();
    this.started = false;
  }

  private watch(folder: string): void {
    if (this.watchers.has(folder)) return;
    if (this.watchers.size >= this.maxFolders) {
      this.once('cap', `watching ${this.maxFolders} folders for changes on disk (the client sends no file events): changes in the others are not seen`);
      return;
    }
    try {
      // Not persistent: the watches do not keep the process alive after `exit`.
      const w = fs.watch(folder, { persistent: false }, (type, name) => this.report(folder, type, name));
      // A folder removed is reported by its parent; its own watch ends.
      w.on('error', () => this.forgetUnder(folder));
      this.watchers.set(folder, w);
    } catch (e) {
      // ENOSPC: the system's limit of watches (Linux fs.inotify.max_user_watches) reached.
      const code = (e as NodeJS.ErrnoException).code;
      this.once(code ?? 'error', `cannot watch ${folder} for changes on disk: ${(e as Error).message}${code === 'ENOSPC' ? ' (the system\'s limit of watches)' : ''}`);
    }
  }

  private report(folder: string, type: string, name: string | Buffer | null): void {
    if (!name) return;
    const p = path.join(folder, name.toString());
    this.queue.set(p, this.queue.get(p) === 'rename' || type === 'rename' ? 'rename' : 'change');
    if (!this.timer) this.timer = setTimeout(() => void this.flush(), this.delay);
  }

  private async flush(): Promise<void> {
    this.timer = undefined;
    const batch = this.queue;
    this.queue = new Map();
    const events: DiskEvent[] = [];
    await Promise.all([...batch].map(async ([p, type]) => {
      const stat = await fs.promises.lstat(p).catch(() => undefined);
      const name = path.basename(p);
      if (!stat) {
        // Gone: a file that may matter, or a folder watched.
        if (this.listed.has(p)) this.forgetUnder(p);
        else if (!this.wanted(name)) return;
        events.push({ path: p, type: 'deleted' });
      } else if (stat.isDirectory()) {
        // A folder added (or moved in): the server lists it, and its folders are added here.
        if (type === 'rename' && !this.listed.has(p)) events.push({ path: p, type: 'created' });
      } else if (this.wanted(name)) events.push({ path: p, type: type === 'rename' ? 'created' : 'changed' });
    }));
    if (events.length) this.changed(events);
  }

  private once(key: string, message: string): void {
    if (this.said.has(key)) return;
    this.said.add(key);
    this.log(message);
  }
}
