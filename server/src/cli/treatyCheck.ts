// treaty-check: the drafting checks of the language server on the command line, for
// review and CI, as markdownlint and eslint run there. The same index, model and checks as
// the editor (no second parser); only reading files and printing are its own.
//
//   treaty-check [paths or globs…] [--format text|json|sarif|github] [--max-warnings N]
//                [--fix | --fix-dry-run] [--outline] [--stats] [--hints] [--config FILE]
//
// Exit codes: 0 clean (or within --max-warnings), 1 errors or too many warnings,
// 2 a usage error or a path that cannot be read.
import { structuredPatch } from 'diff';
import * as fs from 'fs';
import * as path from 'path';
import fg from 'fast-glob';
import ignore from 'ignore';
import { URI } from 'vscode-uri';
import { Diagnostic, DiagnosticSeverity, DocumentSymbol, TextEdit } from 'vscode-languageserver-types';
import { Snapshot, WorkspaceIndex } from '../index/workspace';
import { contextOf } from '../features/context';
import { diagnostics } from '../features/diagnostics';
import { encodingNotice, misdecodingOf } from '../features/encodingNotice';
import { unsuppressed } from '../features/suppression';
import { documentSymbols } from '../features/documentSymbols';
import { READING_FIXES, safeFixRound } from '../features/codeActions';
import { HTML_CODE, htmlPasteOf } from '../features/htmlPaste';
import { referencesOf } from '../model/references';
import { LineMap } from '../syntax/positions';
import { Line } from '../syntax/tree';
import { CONFIG_FILE, TreatyConfig, readConfig } from '../protocol/config';
import { Decoded, ENCODING_NAMES } from '../protocol/decode';
import { CliIo, commandLine, processIo, runMain } from './commandLine';
import { PARALLEL_FROM, ParallelResult, ReadNote, Streamed, WorkersAhead, checkInParallel } from './checkPool';
import { FinishedChunk, ReadResult, finishAll, finishChunks, finishedChunk, readChecked, readShare } from './checkWorker';
import { flushTimings, mark, markStart } from './timings';
import { ANSI_COLORS, FORMATS, FileResult, Format, NO_COLORS, count, formatGithub, formatSarif, formatText, relativePath, writeJson, writeJsonBytes, writeJsonRuns, JsonRunWriter } from './formats';

export interface Io extends CliIo {
  /** Whether standard output / error are terminals. */
  stdoutTTY: boolean;
  stderrTTY: boolean;
  env: Record<string, string | undefined>;
}

const USAGE = `Usage: treaty-check [paths or globs…] [options]

Checks treaties (markdown and text files that read as treaties, and *.treaty.md) with the
drafting checks of the Treaty Drafting language server.

Options:
  --format text|json|sarif|github   output format (default text)
  --max-warnings N                  exit 1 when there are more than N warnings
  --fix                             apply the safe quick fixes, writing only files that change
  --fix-dry-run                     print the changes --fix would make, as a diff
  --outline                         print each treaty's article outline
  --stats                           count articles, references, citations and problems per file
  --hints                           also report hints (defined terms, punctuation)
  --config FILE                     configuration file (default: ${CONFIG_FILE} or "treaty" in package.json)
  --jobs N                          threads that read and check files (default 1; 64 files or more are then
                                    read and checked in N worker threads, with the same answers)
  --no-color                        no colours (also NO_COLOR=1)
  -h, --help                        this text
  -v, --version                     the version
`;

/** How many files' JSON one thread writes at a time (--jobs 1, --format json). */
const JSON_RUN = 128;

const TREATY_FILES = '**/*.{md,markdown,txt,treaty}';
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**', '**/.vscode-test/**'];

class UsageError extends Error {}

export async function run(argv: string[], io: Io): Promise<number> {
  const args = commandLine('treaty-check', USAGE, argv, {
    format: { type: 'string', default: 'text' },
    'max-warnings': { type: 'string' },
    fix: { type: 'boolean', default: false },
    'fix-dry-run': { type: 'boolean', default: false },
    outline: { type: 'boolean', default: false },
    stats: { type: 'boolean', default: false },
    hints: { type: 'boolean', default: false },
    config: { type: 'string' },
    jobs: { type: 'string' },
    'no-color': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
    version: { type: 'boolean', short: 'v', default: false },
  }, io);
  if (typeof args === 'number') return args;
  const o = args.values;
  mark('run');
  if (o.version) {
    io.stdout(`${version()}\n`);
    return 0;
  }
  const format = o.format as Format;
  if (!FORMATS.includes(format)) {
    io.stderr(`treaty-check: unknown format "${o.format}" (text, json, sarif or github)\n`);
    return 2;
  }
  let maxWarnings = -1;
  if (o['max-warnings'] !== undefined) {
    maxWarnings = Number(o['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) {
      io.stderr(`treaty-check: --max-warnings takes a whole number, not "${o['max-warnings']}"\n`);
      return 2;
    }
  }
  // One thread unless asked: each file is parsed once either way, but on two cores a second
  // thread's isolate (start-up, JIT, collections) cost more CPU than it saved (docs/performance.md).
  let jobs = 1;
  if (o.jobs !== undefined) {
    jobs = Number(o.jobs);
    if (!Number.isInteger(jobs) || jobs < 1) {
      io.stderr(`treaty-check: --jobs takes a whole number from 1, not "${o.jobs}"\n`);
      return 2;
    }
  }
  if (o.fix && o['fix-dry-run']) {
    io.stderr('treaty-check: --fix and --fix-dry-run cannot be used together\n');
    return 2;
  }

  const checkOnly = !o.outline && !o.fix && !o['fix-dry-run'] && !o.stats;
  // Only checked, on N threads (below, when there are enough files): the check workers start now,
  // while the files are found (each ended unused when there are too few).
  const ahead = jobs > 1 && checkOnly ? new WorkersAhead(jobs - 1) : undefined;
  let config: TreatyConfig;
  let files: string[];
  try {
    config = loadConfig(io.cwd, o.config, io);
    files = await findFiles(io.cwd, args.positionals.length ? args.positionals : ['.'], config, args.positionals.length > 0);
    mark('files found', { files: files.length });
    if (files.length === 0) io.stderr(`treaty-check: nothing to check: the current folder holds no ${filesSought(config)} that is not ignored\n`);
  } catch (e) {
    ahead?.close();
    if (e instanceof UsageError) {
      io.stderr(`treaty-check: ${e.message}\n`);
      return 2;
    }
    throw e;
  }

  // The files named one by one: one that does not read as a treaty is said to be left unchecked.
  const named = [...new Set(args.positionals.map((p) => path.resolve(io.cwd, p)))].filter((f) => files.includes(f));
  const colors = !o['no-color'] && io.stdoutTTY && !io.env.NO_COLOR ? ANSI_COLORS : NO_COLORS;
  // Many files, only checked: read and checked on every core (cli/checkPool.ts); the same answers.
  // The texts declared to be one instrument's, as the editor reads them (paths from the working folder, as the globs).
  const counterparts = config.counterparts.map((g) => g.map((f) => URI.file(path.resolve(io.cwd, f)).toString()));
  if (checkOnly) {
    // Only checked: each file read, parsed and checked once (cli/checkWorker.ts), the checks that
    // need other documents finished from small records once all are read; no model is kept.
    // (Each file's URI worked out by the thread that reads it.)
    const list = files.map((file) => ({ file }));
    let par: ParallelResult;
    // What is said of the files as they are read, in their order (once, before any output).
    let said = false;
    const sayRead = (read: readonly ReadNote[]) => {
      said = true;
      for (const r of read) {
        if (r.why !== undefined) io.stderr(`treaty-check: cannot read ${rel(io.cwd, r.file)}: ${r.why}\n`);
        else if (r.note) io.stderr(`treaty-check: read ${rel(io.cwd, r.file)} as ${r.note}\n`);
      }
    };
    // JSON: each run of files written as soon as it and every run before it are finished, while the other threads
    // finish theirs — unless a file named on the command line may be said not to be a treaty, which is said first.
    const writer = format === 'json' && named.length === 0 ? new JsonRunWriter(io.stdout, io.stdoutBytes && ((b) => io.stdoutBytes!(b))) : undefined;
    const streamed: Streamed | undefined = writer && { read: sayRead, chunk: (c) => writer.add(c.json!) };
    const json = format === 'json' ? { cwd: io.cwd, bytes: io.stdoutBytes !== undefined } : undefined;
    // (JSON: each thread writes the results of the files it checked.)
    if (jobs > 1 && files.length >= PARALLEL_FROM) par = await checkInParallel(list, config.severity, config.markdownDetection, counterparts, o.hints, jobs, undefined, true, ahead, json, streamed);
    else {
      ahead?.close();
      const progress = progressBar(io, files.length);
      const read = readShare({ files: list, severity: config.severity, markdownDetection: config.markdownDetection, hints: o.hints }, () => progress.tick());
      progress.done();
      mark('done reading');
      if (json) {
        // JSON: written run by run of files as they are finished (as each thread does with --jobs N), so that
        // their diagnostics die young; written out at once (`streamed`), or after what is said of the files, below.
        streamed?.read(read);
        const runs: FinishedChunk[] = [];
        const chunks: ReadResult[][] = [];
        for (let i = 0; i < read.length; i += JSON_RUN) chunks.push(read.slice(i, i + JSON_RUN));
        finishChunks(chunks, config.severity, config.markdownDetection, counterparts, o.hints, (i, checked) => {
          const run = finishedChunk(checked, json);
          if (streamed) {
            streamed.chunk(run);
            runs.push({ checked: run.checked });
          } else runs.push(run);
        });
        mark('finished');
        par = { checked: runs.flatMap((r) => r.checked), read };
        if (!streamed) par.json = runs.map((r) => r.json!);
      } else par = { checked: finishAll(read, config.severity, config.markdownDetection, counterparts, o.hints), read };
    }
    if (!said) sayRead(par.read);
    notTreaties(named, par.checked.map((c) => c.file), par.read.filter((r) => r.why !== undefined).map((r) => r.file), io);
    const unreadable = par.read.some((r) => r.why !== undefined);
    if (writer) {
      writer.end();
      mark('written');
      return exitCodeOf(writer.counts, maxWarnings, unreadable);
    }
    if (par.json) {
      writeJsonRuns(par.json, io.stdout, io.stdoutBytes && ((b) => io.stdoutBytes!(b)));
      return exitCodeOf(par.json.reduce((c, r) => ({ errors: c.errors + r.counts.errors, warnings: c.warnings + r.counts.warnings }), { errors: 0, warnings: 0 }), maxWarnings, unreadable);
    }
    const results: FileResult[] = par.checked.map((c) => ({ path: rel(io.cwd, c.file), diagnostics: c.diagnostics }));
    return finishRun(results, format, colors, io, maxWarnings, unreadable);
  }
  const index = new WorkspaceIndex();
  index.markdownDetection = config.markdownDetection;
  index.setCounterparts(counterparts);
  let unreadable = false;
  const progress = progressBar(io, files.length * 2);
  const uris = new Map<string, string>();
  const decoded = new Map<string, Decoded>();
  for (const file of files) {
    progress.tick();
    const read = readText(file, io);
    if (read === undefined) {
      unreadable = true;
      continue;
    }
    const uri = URI.file(file).toString();
    uris.set(file, uri);
    decoded.set(file, read);
    index.set(uri, read.text, 0);
  }

  const results: FileResult[] = [];
  const served: Array<{ file: string; snapshot: Snapshot }> = [];
  for (const [file, uri] of uris) {
    progress.tick();
    const s = index.get(uri);
    if (!s || !index.isServed(s)) continue;
    served.push({ file, snapshot: s });
  }
  progress.done();
  notTreaties(named, served.map((x) => x.file), files.filter((f) => !uris.has(f)), io);

  if (o.outline) {
    for (const { file, snapshot } of served) io.stdout(`${rel(io.cwd, file)}\n${outlineText(documentSymbols(contextOf(index, snapshot)), '  ')}`);
    return unreadable ? 2 : 0;
  }

  if (o.fix || o['fix-dry-run']) {
    for (const { file, snapshot } of served) {
      const fixed = fixText(index, snapshot, config);
      if (fixed === snapshot.text) continue;
      if (o.fix) {
        // Not written: the problems reported are the file's own, not those of the fixes it did not get (fixText left them in the index).
        if (decoded.get(file)!.lossy) {
          io.stderr(`treaty-check: not fixed ${rel(io.cwd, file)}: it holds bytes that are not UTF-8 (read as \ufffd), which writing it would replace; correct them first\n`);
          index.set(snapshot.uri, snapshot.text, 0);
          continue;
        }
        const bytes = encodeLike(decoded.get(file)!, fixed);
        if (!bytes) {
          io.stderr(`treaty-check: not fixed ${rel(io.cwd, file)}: it is in ${ENCODING_NAMES[decoded.get(file)!.encoding]}, which treaty-check does not write; save it as UTF-8 first\n`);
          index.set(snapshot.uri, snapshot.text, 0);
          continue;
        }
        fs.writeFileSync(file, bytes);
        index.set(snapshot.uri, fixed, 0);
      } else io.stdout(unifiedDiff(rel(io.cwd, file), snapshot.text, fixed));
    }
  }

  for (const { file, snapshot } of served) {
    const s = index.get(snapshot.uri)!;
    const all = check(index, s, config);
    results.push({ path: rel(io.cwd, file), diagnostics: o.hints ? all : all.filter((d) => d.severity !== DiagnosticSeverity.Hint) });
    s.evict();
  }

  if (o.stats) {
    io.stdout(statsText(index, served.map((x) => ({ ...x, snapshot: index.get(x.snapshot.uri)! })), results, io.cwd));
    return exitCode(results, maxWarnings, unreadable);
  }
  return finishRun(results, format, colors, io, maxWarnings, unreadable);
}

/** Prints the results in the format asked for; the exit code. */
function finishRun(results: FileResult[], format: Format, colors: typeof ANSI_COLORS, io: Io, maxWarnings: number, unreadable: boolean): number {
  if (format === 'text') io.stdout(formatText(results, colors));
  // (JSON in UTF-8 when standard output takes bytes: written straight into them, formats.ts JsonBytes.)
  else if (format === 'json') {
    if (io.stdoutBytes) writeJsonBytes(results, (b) => io.stdoutBytes!(b));
    else writeJson(results, io.stdout);
  }
  else if (format === 'sarif') io.stdout(formatSarif(results, version()));
  else io.stdout(formatGithub(results));
  return exitCode(results, maxWarnings, unreadable);
}

function exitCode(results: FileResult[], maxWarnings: number, unreadable: boolean): number {
  return exitCodeOf(count(results), maxWarnings, unreadable);
}

function exitCodeOf(c: { errors: number; warnings: number }, maxWarnings: number, unreadable: boolean): number {
  if (unreadable) return 2;
  if (c.errors > 0 || (maxWarnings >= 0 && c.warnings > maxWarnings)) return 1;
  return 0;
}

/** The diagnostics of one document, as the editor shows them: the user's severities, suppressions honoured. */
function check(index: WorkspaceIndex, snapshot: Snapshot, config: TreatyConfig): Diagnostic[] {
  const ctx = contextOf(index, snapshot, undefined, config);
  // A text garbled in itself: the one diagnostic that says so (cli/checkWorker.ts readShare).
  const garbled = misdecodingOf(snapshot) && encodingNotice(ctx, undefined, true);
  return garbled ? [garbled] : unsuppressed(ctx.treaty, diagnostics(ctx));
}

/** The text after applying the safe quick fixes until none is left (at most a few rounds). */
export function fixText(index: WorkspaceIndex, snapshot: Snapshot, config: TreatyConfig): string {
  let s = snapshot;
  /** Reading fixes not taken: their text would read as a page's source again (`&amp;ldquo;` shown as text). */
  const declined = new Set<string>();
  for (let n = 0; n < 5 + READING_FIXES.size; n++) {
    const found = check(index, s, config);
    const round = safeFixRound(contextOf(index, s), found, declined);
    // A text that does not read as what it shows (a reading fix declined) gets no other fix: a half-width
    // semicolon there may be an entity's (`&ldquo;`), and what its marks are is not known.
    if (!round.reading && found.some((d) => declined.has(String(d.code)))) break;
    if (!round.fixes) break;
    const edits = round.edits;
    const next = applyEdits(s.text, edits, index.model(s));
    // The page's text decoded once: when it would read as a page's source again, a second --fix would decode what the page
    // showed (`&lt;p&gt;` to a tag): left to a person (the editor's quick fix), so that --fix stays idempotent.
    // (Nor is a reading fix that changes nothing offered again: the page holds a table, the plain text would not be the whole of it.)
    if (round.reading && (next === s.text || (round.codes[0] === HTML_CODE && htmlPasteOf(next)))) {
      declined.add(round.codes[0]);
      continue;
    }
    if (next === s.text) break;
    s = index.set(s.uri, next, s.version + 1);
  }
  return s.text;
}

/**
 * Applies non-overlapping edits (an edit overlapping one already taken is left for the next round).
 * Positions are the text's lines: the tree's lines are finer where an article heading is glued
 * inside a line (`…如下：第一条 …。第二条 …`), so they are read through a LineMap.
 */
function applyEdits(text: string, edits: TextEdit[], treaty: { tree: { lines: readonly Line[] } }): string {
  const map = new LineMap(treaty.tree.lines);
  const spans = edits
    .map((e) => ({ start: map.offsetAt(e.range.start), end: map.offsetAt(e.range.end), text: e.newText }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue;
    out += text.slice(at, s.start) + s.text;
    at = s.end;
  }
  return out + text.slice(at);
}

function loadConfig(cwd: string, file: string | undefined, io: Io): TreatyConfig {
  let value: unknown;
  let source: string | undefined;
  const parse = (p: string) => {
    try {
      return JSON.parse(fs.readFileSync(p, 'utf8').replace(/^\ufeff/, ''));
    } catch (e) {
      throw new UsageError(`cannot read the configuration ${p}: ${(e as Error).message}`);
    }
  };
  if (file) {
    source = path.resolve(cwd, file);
    value = parse(source);
  } else if (fs.existsSync(path.join(cwd, CONFIG_FILE))) {
    source = path.join(cwd, CONFIG_FILE);
    value = parse(source);
  } else if (fs.existsSync(path.join(cwd, 'package.json'))) {
    const pkg = parse(path.join(cwd, 'package.json'));
    if (pkg && typeof pkg === 'object' && 'treaty' in pkg) {
      source = path.join(cwd, 'package.json');
      value = (pkg as { treaty: unknown }).treaty;
    }
  }
  const { config, problems } = readConfig(value);
  for (const p of problems) io.stderr(`treaty-check: ${rel(cwd, source ?? '')}: ${p}\n`);
  return config;
}

/** Says which of the files named on the command line (read, not `unreadable`) were not checked because they do not read as treaties. */
function notTreaties(named: string[], checked: string[], unreadable: string[], io: Io): void {
  const seen = new Set([...checked, ...unreadable]);
  for (const f of named) {
    if (!seen.has(f)) io.stderr(`treaty-check: ${rel(io.cwd, f)} does not read as a treaty: not checked (README, "Which files are treaties"; a *.treaty.md file always is one)\n`);
  }
}

/** What a folder is searched for, as said to the user: `*.md, *.markdown, *.txt or *.treaty file`, or the configuration's `include`. */
function filesSought(config: TreatyConfig): string {
  return config.include.length ? `file matching "include" (${config.include.join(', ')})` : '*.md, *.markdown, *.txt or *.treaty file';
}

/** The files to check; `explicit`: the folders were named on the command line (else the current folder, where finding none is no error). */
async function findFiles(cwd: string, inputs: string[], config: TreatyConfig, explicit: boolean): Promise<string[]> {
  const found = new Set<string>();
  const gi = path.join(cwd, '.gitignore');
  // (No .gitignore: every file found is kept, and none is asked — path.relative and the matcher's test cost as much as the
  // search itself, ~40 ms over LawRefBook/Laws's 3,505 files at a load of ~10, on the main thread before any file is read.)
  const gitignore = fs.existsSync(gi) ? ignore().add(fs.readFileSync(gi, 'utf8')) : undefined;
  const patterns = config.include.length ? config.include : [TREATY_FILES];
  const ignored = [...ALWAYS_IGNORED, ...config.ignore];
  // A file under the folder the tool runs in: its path from there is what follows the folder's (path.relative's answer, without
  // resolving both paths again for each file).
  const under = cwd.endsWith(path.sep) ? cwd : cwd + path.sep;
  const keep = (abs: string) => {
    if (!gitignore) return true;
    const r = abs.startsWith(under) ? abs.slice(under.length) : path.relative(cwd, abs);
    return r.startsWith('..') || path.isAbsolute(r) || !gitignore.ignores(path.sep === '/' ? r : r.split(path.sep).join('/'));
  };
  /** The entries a search found that .gitignore keeps, added; how many. */
  const take = (entries: string[]): number => {
    let given = 0;
    for (const e of entries) {
      const file = path.normalize(e);
      if (!keep(file)) continue;
      found.add(file);
      given++;
    }
    return given;
  };
  for (const input of inputs) {
    const abs = path.resolve(cwd, input);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(abs);
    } catch {
      stat = undefined;
    }
    // (Files an input gives: some perhaps given by an input before it too.)
    if (stat?.isDirectory()) {
      const given = take(await fg(patterns, { cwd: abs, absolute: true, ignore: ignored, dot: false, onlyFiles: true, followSymbolicLinks: false }));
      // A folder named on the command line with nothing to check in it: a wrong path, said as one.
      if (explicit && given === 0) throw new UsageError(`nothing to check in ${input}: it holds no ${filesSought(config)} that is not ignored`);
    } else if (stat?.isFile()) {
      found.add(abs);
    } else if (fg.isDynamicPattern(input)) {
      const given = take(await fg(input, { cwd, absolute: true, ignore: ignored, dot: false, onlyFiles: true, followSymbolicLinks: false }));
      if (given === 0) throw new UsageError(`nothing to check: ${input} matches no file that is not ignored`);
    } else {
      throw new UsageError(`cannot read ${input}: no such file or folder`);
    }
  }
  return [...found].sort();
}

/** A file's text, decoded as the server decodes it (UTF-8, UTF-16, GB18030, Big5: protocol/decode.ts); a file not in UTF-8 is said on stderr. */
function readText(file: string, io: Io): Decoded | undefined {
  const r = readChecked(file);
  if ('why' in r) {
    io.stderr(`treaty-check: cannot read ${rel(io.cwd, file)}: ${r.why}\n`);
    return undefined;
  }
  if (r.note) io.stderr(`treaty-check: read ${rel(io.cwd, file)} as ${r.note}\n`);
  return r.decoded;
}

/** `text` in the file's own encoding and byte order mark (UTF-8, UTF-16); undefined for GB18030 and Big5, which Node cannot write. */
function encodeLike(d: Decoded, text: string): Buffer | undefined {
  const bom = d.bom ? '\ufeff' : '';
  if (d.encoding === 'utf-8') return Buffer.from(bom + text, 'utf8');
  if (d.encoding === 'utf-16le') return Buffer.from(bom + text, 'utf16le');
  if (d.encoding === 'utf-16be') return Buffer.from(bom + text, 'utf16le').swap16();
  return undefined;
}

function rel(cwd: string, file: string): string {
  return relativePath(cwd, file);
}

function outlineText(symbols: DocumentSymbol[], indent: string): string {
  let out = '';
  for (const s of symbols) {
    out += `${indent}${s.name}${s.detail ? `  ${s.detail}` : ''}\n`;
    if (s.children?.length) out += outlineText(s.children, indent + '  ');
  }
  return out;
}

function statsText(index: WorkspaceIndex, served: Array<{ file: string; snapshot: Snapshot }>, results: FileResult[], cwd: string): string {
  const rows = [['file', 'articles', 'references', 'citations', 'errors', 'warnings', 'info']];
  served.forEach(({ file, snapshot }, i) => {
    const treaty = index.model(snapshot);
    const refs = referencesOf(treaty);
    const c = count([results[i]]);
    rows.push([rel(cwd, file), String(treaty.articles.length), String(refs.filter((r) => r.kind === 'article').length), String(refs.filter((r) => r.kind === 'citation').length), String(c.errors), String(c.warnings), String(c.infos)]);
  });
  const widths = rows[0].map((_, k) => Math.max(...rows.map((r) => width(r[k]))));
  return rows.map((r) => r.map((cell, k) => (k === 0 ? cell + ' '.repeat(widths[k] - width(cell)) : ' '.repeat(widths[k] - width(cell)) + cell)).join('  ')).join('\n') + '\n';
}

/** Display width: CJK characters take two columns in a terminal. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

/**
 * A unified diff of whole lines, two lines of context (jsdiff's `structuredPatch`): what `--fix` would write, hunk by
 * hunk. Fixes may add or remove lines (a paste's line separators made line breaks, a page's tags removed), and two
 * changes a few lines apart share a hunk: `patch -p1` applied to the file gives `--fix`'s text.
 */
function unifiedDiff(name: string, before: string, after: string): string {
  const { hunks } = structuredPatch(name, name, before, after, undefined, undefined, { context: 2 });
  let out = `--- a/${name}\n+++ b/${name}\n`;
  for (const h of hunks) out += `@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@\n${h.lines.map((l) => `${l}\n`).join('')}`;
  return out;
}

function progressBar(io: Io, total: number): { tick(): void; done(): void } {
  if (!io.stderrTTY || total < 40) return { tick() {}, done() {} };
  let n = 0;
  let shown = -1;
  const draw = () => {
    const pct = Math.floor((n / total) * 100);
    if (pct === shown) return;
    shown = pct;
    const filled = Math.round(pct / 4);
    io.stderr(`\r[${'#'.repeat(filled)}${' '.repeat(25 - filled)}] ${pct}% `);
  };
  return {
    tick() {
      n++;
      draw();
    },
    done() {
      io.stderr('\r' + ' '.repeat(40) + '\r');
    },
  };
}

function version(): string {
  for (let dir = __dirname, k = 0; k < 6; k++, dir = path.dirname(dir)) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
      if (pkg.name === 'treaty-drafting') return pkg.version;
    } catch {
      /* look further up */
    }
  }
  return '0.0.0';
}

/** Runs with the process's arguments, streams and environment; sets the exit code. */
export function main(): void {
  const io: Io = { ...processIo(), stdoutTTY: !!process.stdout.isTTY, stderrTTY: !!process.stderr.isTTY, env: process.env };
  markStart('process start');
  process.on('exit', () => {
    mark('exit');
    flushTimings();
  });
  // (Ended as soon as its output is written: the records of a large run are not freed one by one.)
  runMain('treaty-check', () => run(process.argv.slice(2), io), 2, true);
}

if (require.main === module) main();
