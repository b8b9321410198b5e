// Output formats of treaty-check: text (as linters print), json, SARIF 2.1.0 for code
// scanning, and GitHub Actions workflow annotations. Pure functions of the results.
import * as path from 'path';
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import { DIAGNOSTIC_CODES } from '../features/diagnostics';

export interface FileResult {
  /** The path as the user should read it (relative to the working directory). */
  path: string;
  diagnostics: Diagnostic[];
}

/** A file's path as the output shows it: from the working folder, with forward slashes (a file outside it: its whole path). */
export function relativePath(cwd: string, file: string): string {
  const r = path.relative(cwd, file);
  return (r && !r.startsWith('..') ? r : file).split(path.sep).join('/');
}

export type Format = 'text' | 'json' | 'sarif' | 'github';
export const FORMATS: readonly Format[] = ['text', 'json', 'sarif', 'github'];

const NAMES: Record<DiagnosticSeverity, string> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

export function messageOf(d: Diagnostic): string {
  return typeof d.message === 'string' ? d.message : d.message.value;
}

export function severityName(d: Diagnostic): string {
  return NAMES[d.severity ?? DiagnosticSeverity.Error];
}

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
  files: number;
}

export function count(results: readonly FileResult[]): Counts {
  const c: Counts = { errors: 0, warnings: 0, infos: 0, hints: 0, files: results.length };
  for (const r of results) {
    for (const d of r.diagnostics) {
      if (d.severity === DiagnosticSeverity.Warning) c.warnings++;
      else if (d.severity === DiagnosticSeverity.Information) c.infos++;
      else if (d.severity === DiagnosticSeverity.Hint) c.hints++;
      else c.errors++;
    }
  }
  return c;
}

export interface Colors {
  red(s: string): string;
  yellow(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

export const NO_COLORS: Colors = { red: (s) => s, yellow: (s) => s, dim: (s) => s, bold: (s) => s };
export const ANSI_COLORS: Colors = {
  red: (s) => `\x1b[31m${s}\x1b[39m`,
  yellow: (s) => `\x1b[33m${s}\x1b[39m`,
  dim: (s) => `\x1b[2m${s}\x1b[22m`,
  bold: (s) => `\x1b[1m${s}\x1b[22m`,
};

/** `file:line:column  severity  code  message` (1-based line and column, UTF-16 columns as editors count). */
export function formatText(results: readonly FileResult[], colors: Colors = NO_COLORS): string {
  const lines: string[] = [];
  for (const r of results) {
    for (const d of r.diagnostics) {
      const sev = severityName(d);
      const painted = sev === 'error' ? colors.red(sev) : sev === 'warning' ? colors.yellow(sev) : colors.dim(sev);
      lines.push(`${r.path}:${d.range.start.line + 1}:${d.range.start.character + 1}  ${painted}  ${colors.dim(String(d.code ?? ''))}  ${messageOf(d)}`);
    }
  }
  const c = count(results);
  const problems = c.errors + c.warnings + c.infos + c.hints;
  const parts = [`${c.errors} error${c.errors === 1 ? '' : 's'}`, `${c.warnings} warning${c.warnings === 1 ? '' : 's'}`];
  if (c.infos) parts.push(`${c.infos} info`);
  if (c.hints) parts.push(`${c.hints} hint${c.hints === 1 ? '' : 's'}`);
  const summary = `${problems} problem${problems === 1 ? '' : 's'} (${parts.join(', ')}) in ${c.files} treat${c.files === 1 ? 'y' : 'ies'}`;
  lines.push(problems ? colors.bold(summary) : summary);
  return lines.join('\n') + '\n';
}

export function formatJson(results: readonly FileResult[]): string {
  let out = '';
  writeJson(results, (s) => {
    out += s;
  });
  return out;
}

/** How much of the JSON `writeJson` gathers before it writes it (one string of 37 MB, then its bytes, cost more than pieces of this size). */
const JSON_PIECE = 1 << 20;

/**
 * `formatJson`'s text, byte for byte what `JSON.stringify({ files, summary }, null, 2) + '\n'` gives, written
 * in pieces of about JSON_PIECE characters: no object a diagnostic is built for it, and no one string of the
 * whole output (over 5,000 files, 37 MB, which writing it made a buffer of as large) — its strings
 * (path, code, message) each put through JSON.stringify, as the whole was.
 */
export function writeJson(results: readonly FileResult[], write: (s: string) => void): void {
  let out = JSON_HEAD;
  results.forEach((r, i) => {
    out += `${i ? ',' : ''}${jsonFile(r)}`;
    if (out.length >= JSON_PIECE) {
      write(out);
      out = '';
    }
  });
  write(out + jsonTail(count(results)));
}

const JSON_HEAD = '{\n  "files": [';

/** What follows the last file's object: the summary of the counts. */
function jsonTail(c: Counts): string {
  return `${c.files ? '\n  ' : ''}],\n  "summary": {\n    "errors": ${c.errors},\n    "warnings": ${c.warnings},\n    "infos": ${c.infos},\n    "hints": ${c.hints},\n    "files": ${c.files}\n  }\n}\n`;
}

/** One file's object in the JSON's `files`, as `formatJson` writes it there (from the line break before its `{`; the comma between two is the caller's). */
function jsonFile(r: FileResult): string {
  let out = `\n    {\n      "path": ${JSON.stringify(r.path)},\n      "diagnostics": [`;
  r.diagnostics.forEach((d, k) => {
    const code = d.code === undefined ? '' : `\n          "code": ${JSON.stringify(d.code)},`;
    out += `${k ? ',' : ''}\n        {${code}\n          "severity": ${JSON.stringify(severityName(d))},\n          "message": ${JSON.stringify(messageOf(d))},\n          "line": ${jsonNumber(d.range.start.line + 1)},\n          "column": ${jsonNumber(d.range.start.character + 1)},\n          "endLine": ${jsonNumber(d.range.end.line + 1)},\n          "endColumn": ${jsonNumber(d.range.end.character + 1)}\n        }`;
  });
  return out + (r.diagnostics.length ? '\n      ]\n    }' : ']\n    }');
}

/** Results written as JSON ahead, a run of files at a time (by the threads that checked them): each run's file objects and their counts. */
export interface JsonRun {
  /**
   * The run's `jsonFile`s, joined by commas ('' when the run has none); or their UTF-8 (encoded by the thread that wrote
   * them), in blocks (`JsonBytes.end`), each a buffer of its own.
   */
  json: string | Uint8Array[];
  counts: Counts;
}

/** A run of results as JSON, for `writeJsonRuns`. */
export function jsonRun(results: readonly FileResult[]): JsonRun {
  return { json: results.map(jsonFile).join(','), counts: count(results) };
}

/**
 * `writeJson`'s text of the results of every run, in order: the runs' JSON written as it is, between the head and the
 * summary (a run in UTF-8 given to `writeBytes`, or decoded for `write` without it).
 */
export function writeJsonRuns(runs: readonly JsonRun[], write: (s: string) => void, writeBytes?: (b: Uint8Array) => void): void {
  const w = new JsonRunWriter(write, writeBytes);
  for (const run of runs) w.add(run);
  w.end();
}

/**
 * `writeJsonRuns` a run at a time, as the runs come (in order): treaty-check writes each run as soon as it and every run
 * before it are finished, while other threads still finish theirs. Nothing is written before the first run (`add`) or
 * `end`; the summary, of every run's counts, by `end`.
 */
export class JsonRunWriter {
  private readonly c: Counts = { errors: 0, warnings: 0, infos: 0, hints: 0, files: 0 };
  private out = JSON_HEAD;
  constructor(private readonly write: (s: string) => void, private readonly writeBytes?: (b: Uint8Array) => void) {}

  /** The counts of the runs added so far. */
  get counts(): Readonly<Counts> {
    return this.c;
  }

  add(run: JsonRun): void {
    const c = this.c;
    c.errors += run.counts.errors;
    c.warnings += run.counts.warnings;
    c.infos += run.counts.infos;
    c.hints += run.counts.hints;
    if (!run.json.length) return;
    this.out += c.files ? ',' : '';
    c.files += run.counts.files;
    if (typeof run.json !== 'string') {
      if (this.writeBytes) {
        if (this.out) this.write(this.out);
        for (const b of run.json) this.writeBytes(b);
        this.out = '';
        // (Decoded whole: a block may end inside a character.)
      } else this.out += Buffer.concat(run.json).toString('utf8');
    } else if (run.json.length >= JSON_PIECE) {
      if (this.out) this.write(this.out);
      this.write(run.json);
      this.out = '';
    } else if ((this.out += run.json).length >= JSON_PIECE) {
      this.write(this.out);
      this.out = '';
    }
  }

  end(): void {
    this.write(this.out + jsonTail(this.c));
    this.out = '';
  }
}

/**
 * The JSON of results written straight into UTF-8 bytes, byte for byte the UTF-8 of `jsonFile`'s text: the
 * constant words (keys, indentation) written a byte at a time, the line and column numbers digit by digit,
 * each message, code and severity as JSON encoded once and copied (a run repeats them: 160,000 diagnostics of
 * 5,000 generated treaties hold a few hundred messages). Made as a string instead, a file's JSON was a tree of
 * some thirty strings a diagnostic, which writing it flattened and then encoded: ~0.7 core-seconds of the
 * 5,000 treaties' JSON (37 MB) went to that, and to the collector copying the trees. `flush`: given, each
 * block of about JSON_BLOCK bytes is handed to it full (a block of its own: never written into again);
 * without it, one buffer grows to hold the whole (`bytes`).
 */
export class JsonBytes {
  private buf: Buffer;
  private n = 0;
  private readonly words = new Map<string, Uint8Array>();
  /** The heads of diagnostics (`head`), by message. */
  private readonly heads = new Map<string, { code: Diagnostic['code']; severity: string; bytes: Uint8Array }[]>();
  /** Without `flush`: the blocks filled so far, joined by `end`. */
  private readonly blocks: Uint8Array[] = [];
  constructor(private readonly flush?: (b: Uint8Array) => void) {
    this.buf = Buffer.allocUnsafe(JSON_BLOCK);
  }

  /** Room for `k` more bytes: a new block when the block is full (the full one handed on, or kept). */
  private room(k: number): void {
    if (this.n + k <= this.buf.length) return;
    if (this.n > 0) {
      const full = this.buf.subarray(0, this.n);
      if (this.flush) this.flush(full);
      else this.blocks.push(full);
    }
    this.buf = Buffer.allocUnsafe(Math.max(JSON_BLOCK, k));
    this.n = 0;
  }

  /** ASCII text (the JSON's keys and marks): a byte a character. */
  ascii(s: string): void {
    this.room(s.length);
    const buf = this.buf;
    let n = this.n;
    for (let i = 0; i < s.length; i++) buf[n++] = s.charCodeAt(i);
    this.n = n;
  }

  /** Bytes as they are. */
  bytes(b: Uint8Array): void {
    this.room(b.length);
    if (b.length > 32) this.buf.set(b, this.n);
    else for (let i = 0, n = this.n; i < b.length; i++) this.buf[n + i] = b[i];
    this.n += b.length;
  }

  /** Any text, in UTF-8 (a lone surrogate as U+FFFD, as Buffer.from writes it: JSON.stringify's text holds none). */
  text(s: string): void {
    this.room(s.length * 3);
    this.n += this.buf.write(s, this.n, 'utf8');
  }

  /** A number as JSON.stringify writes it: a whole number digit by digit. */
  number(k: number): void {
    if (!(k >= 0 && k < 0x7fffffff && (k | 0) === k)) return this.ascii(jsonNumber(k));
    this.room(10);
    const buf = this.buf;
    let digits = 1;
    for (let t = k; t >= 10; t = (t / 10) | 0) digits++;
    let n = this.n + digits;
    this.n = n;
    do {
      buf[--n] = 0x30 + (k % 10);
      k = (k / 10) | 0;
    } while (k > 0);
  }

  /**
   * `s` as JSON (a string's quoted and escaped), encoded once by this writer (JSON_WORDS at most kept; a
   * writer's words are those of the results it writes, which are kept meanwhile anyway: none outlives it).
   */
  word(s: unknown): void {
    if (typeof s !== 'string') return this.text(String(JSON.stringify(s)));
    const words = this.words;
    let b = words.get(s);
    if (b === undefined) {
      if (words.size >= JSON_WORDS) words.clear();
      words.set(s, (b = Buffer.from(JSON.stringify(s))));
    }
    this.bytes(b);
  }

  /**
   * What a diagnostic's JSON holds before its line number (its code, severity and message, keys and all), encoded once
   * for each code, severity and message (a run repeats them: the same few hundred messages over 160,000 diagnostics
   * of the 5,000 generated treaties) and copied whole, instead of seven pieces written one by one. Kept by message,
   * as the words are (at most JSON_WORDS messages).
   */
  private head(d: Diagnostic): Uint8Array {
    const message = messageOf(d);
    const severity = severityName(d);
    const heads = this.heads;
    let known = heads.get(message);
    if (known !== undefined) for (let i = 0; i < known.length; i++) if (known[i].code === d.code && known[i].severity === severity) return known[i].bytes;
    if (known === undefined) {
      if (heads.size >= JSON_WORDS) heads.clear();
      heads.set(message, (known = []));
    }
    const code = d.code === undefined ? '' : `\n          "code": ${typeof d.code === 'string' ? JSON.stringify(d.code) : String(JSON.stringify(d.code))},`;
    const bytes = Buffer.from(`${code}\n          "severity": ${JSON.stringify(severity)},\n          "message": ${JSON.stringify(message)},\n          "line": `);
    known.push({ code: d.code, severity, bytes });
    return bytes;
  }

  /** One file's object, as `jsonFile` (the comma before it the caller's). */
  file(r: FileResult): void {
    this.ascii('\n    {\n      "path": ');
    this.text(JSON.stringify(r.path));
    this.ascii(',\n      "diagnostics": [');
    const ds = r.diagnostics;
    for (let k = 0; k < ds.length; k++) {
      const d = ds[k];
      this.ascii(k ? ',\n        {' : '\n        {');
      this.bytes(this.head(d));
      this.number(d.range.start.line + 1);
      this.ascii(',\n          "column": ');
      this.number(d.range.start.character + 1);
      this.ascii(',\n          "endLine": ');
      this.number(d.range.end.line + 1);
      this.ascii(',\n          "endColumn": ');
      this.number(d.range.end.character + 1);
      this.ascii('\n        }');
    }
    this.ascii(ds.length ? '\n      ]\n    }' : ']\n    }');
  }

  /**
   * The bytes written, in blocks, each a buffer of its own (which a worker moves to the main thread): without `flush`, the
   * blocks filled, as they are, and the last; with it, none (the last block handed to it). The last block copied at its
   * size unless nearly full, as every run's JSON is kept until written (once joined into one buffer, the copy of every
   * block cost a thread ~10 ms a run of 3 MB, most of it on the last thread to finish).
   */
  end(): Uint8Array[] {
    const last = this.buf.subarray(0, this.n);
    this.buf = Buffer.allocUnsafe(0);
    this.n = 0;
    if (this.flush) {
      if (last.length > 0) this.flush(last);
      return [];
    }
    const blocks = this.blocks.splice(0);
    // (Buffer.allocUnsafe's pool is never used for a block, a megabyte; nor is a copy's buffer shared.)
    if (last.length > 0) blocks.push(last.length >= last.buffer.byteLength - (last.buffer.byteLength >> 3) ? last : new Uint8Array(last));
    return blocks;
  }
}

/** A block of output `JsonBytes` hands on. */
const JSON_BLOCK = 1 << 20;
/** How many words (messages, codes, severities) `JsonBytes` keeps encoded. */
const JSON_WORDS = 4096;

/** `jsonRun`, its JSON in UTF-8 (the bytes of its text), written without making the text. */
export function jsonRunBytes(results: readonly FileResult[]): JsonRun {
  const w = new JsonBytes();
  results.forEach((r, i) => {
    if (i) w.ascii(',');
    w.file(r);
  });
  return { json: w.end(), counts: count(results) };
}

/** `writeJson`'s text in UTF-8, handed to `write` in blocks of about a megabyte (each a buffer of its own). */
export function writeJsonBytes(results: readonly FileResult[], write: (b: Uint8Array) => void): void {
  const w = new JsonBytes(write);
  w.ascii(JSON_HEAD);
  results.forEach((r, i) => {
    if (i) w.ascii(',');
    w.file(r);
  });
  w.ascii(jsonTail(count(results)));
  w.end();
}

/** A number as JSON.stringify writes it (null for NaN and the infinities). */
function jsonNumber(n: number): string {
  return Number.isFinite(n) ? String(n) : 'null';
}

const SARIF_LEVEL: Record<DiagnosticSeverity, 'error' | 'warning' | 'note'> = { 1: 'error', 2: 'warning', 3: 'note', 4: 'note' };

/** SARIF 2.1.0, one run, columns in UTF-16 code units (as LSP counts them). */
export function formatSarif(results: readonly FileResult[], version: string): string {
  const rules = Object.entries(DIAGNOSTIC_CODES).map(([id, severity]) => ({
    id,
    shortDescription: { text: id },
    defaultConfiguration: { level: SARIF_LEVEL[severity] },
  }));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const sarifResults = results.flatMap((r) => r.diagnostics.map((d) => ({
    ruleId: String(d.code ?? ''),
    ...(ruleIndex.has(String(d.code)) ? { ruleIndex: ruleIndex.get(String(d.code)) } : {}),
    level: SARIF_LEVEL[d.severity ?? DiagnosticSeverity.Error],
    message: { text: messageOf(d) },
    locations: [{
      physicalLocation: {
        artifactLocation: { uri: r.path.split('\\').map(encodeURIComponent).join('/').replace(/%2F/g, '/') },
        region: {
          startLine: d.range.start.line + 1, startColumn: d.range.start.character + 1,
          endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1,
        },
      },
    }],
  })));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'treaty-check', version, informationUri: 'https://example.invalid/treaty-drafting', rules } },
      columnKind: 'utf16CodeUnits',
      results: sarifResults,
    }],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

/** GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=…::message`. */
export function formatGithub(results: readonly FileResult[]): string {
  const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const lines: string[] = [];
  for (const r of results) {
    for (const d of r.diagnostics) {
      const kind = d.severity === DiagnosticSeverity.Warning ? 'warning' : d.severity === DiagnosticSeverity.Error || d.severity === undefined ? 'error' : 'notice';
      const props = [
        `file=${escapeProperty(r.path)}`,
        `line=${d.range.start.line + 1}`, `col=${d.range.start.character + 1}`,
        `endLine=${d.range.end.line + 1}`, `endColumn=${d.range.end.character + 1}`,
        `title=${escapeProperty(String(d.code ?? ''))}`,
      ];
      lines.push(`::${kind} ${props.join(',')}::${escapeData(messageOf(d))}`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}
