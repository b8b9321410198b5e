// treaty-check reads and parses each file once, in two steps:
// 1. `readShare`: reads a run of files, parses each, runs on it every check that needs only the
//    document itself (features/diagnostics.ts `checkAlone`) and drops its model, keeping small
//    records: its summary (title, info, outline: what other documents' checks read of it), its
//    diagnostics with the checks that need other documents left pending in their places, and its
//    suppression comments. In a check worker (worker_threads; cli/checkPool.ts), or on the main thread.
// 2. `finishChunks`: every summary in one index (in the files' order, as one thread admits them), the
//    pending checks of the files whose records are at hand finished (`finishChecks`): citations, other
//    instruments' articles, short-form dates — from the summaries, no model built again. Only a text
//    with counterparts is read and parsed again (its checks align whole texts). Each thread finishes
//    the files it read, given the other threads' summaries (`summaryOf`): only those cross threads.
// A bundle of its own (server/out/checkWorker.js).
import { MessagePort, parentPort, receiveMessageOnPort } from 'worker_threads';
import * as fs from 'fs';
import { URI } from 'vscode-uri';
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import { Analysis, DeclaredCounterparts, MAX_DOCUMENT_LENGTH, Refusal, WorkspaceIndex, analyse } from '../index/workspace';
import { contextOf } from '../features/context';
import { PartialChecks, Pending, SeveritySettings, checkAlone, finishChecks, withoutHints } from '../features/diagnostics';
import { Citation } from '../model/references';
import { Span, suppressionSpans, unsuppressed } from '../features/suppression';
import { Decoded, decodeBytes, encodingNote, readTreatyFileSync } from '../protocol/decode';
import { encodingNotice, misdecodingOf } from '../features/encodingNotice';
import { JsonRun, jsonRun, jsonRunBytes, relativePath } from './formats';
import { cacheCode } from '../protocol/codeCache';
import { flushTimings, mark, timed } from './timings';

/** A file as treaty-check reads it: its decoded text and what to say of its encoding, or why it cannot be read. */
export function readChecked(file: string): { text: string; note?: string; decoded: Decoded } | { why: string } {
  // Opened once and asked its size once (a stat, then readFileSync's own open and stat, cost two
  // calls more a file); without blocking, so that a named pipe is refused, never waited on. A file
  // that cannot be opened is read as before, for the same message.
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, OPEN_FLAGS);
  } catch {
    fd = undefined;
  }
  try {
    if (fd === undefined) {
      checkStat(fs.statSync(file));
      const d = readTreatyFileSync(file);
      checkText(d);
      return { text: d.text, note: encodingNote(d), decoded: d };
    }
    const stat = fs.fstatSync(fd);
    checkStat(stat);
    const size = stat.size;
    const bytes = readBuffer(size);
    let n = 0;
    for (let k = 1; n < size && k > 0; n += k) k = fs.readSync(fd, bytes, n, size - n, null);
    // (The decoders keep nothing of the bytes: the text is a string of its own.)
    const read = bytes.subarray(0, n);
    const d = decodeBytes(read);
    // A text holds U+0000 only where its bytes hold a 0 (UTF-8, GB18030 and Big5 write it as one, UTF-16 as two): the
    // bytes searched for one (memchr), not the decoded text character by character, unless they hold one.
    if (read.indexOf(0) >= 0) checkText(d);
    return { text: d.text, note: encodingNote(d), decoded: d };
  } catch (e) {
    return { why: (e as Error).message };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/**
 * A buffer of at least `size` bytes to read a file into: one kept by the thread and reused, file after file (a buffer
 * made a file, 12 KB on average over the 5,000 generated treaties, cost an allocation outside the pool each), grown as
 * larger files come, up to READ_BUFFER_MAX; a larger file gets one of its own.
 */
function readBuffer(size: number): Buffer {
  if (size > READ_BUFFER_MAX) return Buffer.allocUnsafeSlow(size);
  if (readSpace.length < size) {
    let k = Math.max(readSpace.length, 1 << 16);
    while (k < size) k *= 2;
    readSpace = Buffer.allocUnsafeSlow(k);
  }
  return readSpace;
}
const READ_BUFFER_MAX = 1 << 22;
let readSpace = Buffer.allocUnsafeSlow(0);

const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

/** No text file holds U+0000: one that does is binary (UTF-16 without its byte order mark is decoded as UTF-16, protocol/decode.ts). */
function checkText(d: Decoded): void {
  if (d.text.includes('\0')) throw new Error('not text (it holds NUL bytes: a binary file)');
}

function checkStat(stat: fs.Stats): void {
  if (!stat.isFile()) throw new Error('not a regular file');
  if (stat.size > MAX_DOCUMENT_LENGTH * 3) throw new Error(`larger than ${MAX_DOCUMENT_LENGTH * 3} bytes`);
}

export interface ReadJob {
  /** The files, each with its URI, or without: worked out by the thread that reads it (`URI.file`, ~20 µs a path of Chinese words, percent-encoded). */
  files: { file: string; uri?: string }[];
  severity: SeveritySettings;
  markdownDetection: boolean;
  /** Whether hints are reported (else they are dropped as soon as they are found). */
  hints: boolean;
}

/** One file after step 1: why it could not be read, or its summary and, when served, its checks so far. */
export interface ReadResult {
  file: string;
  uri: string;
  why?: string;
  /** What to say of its encoding. */
  note?: string;
  analysis?: Analysis;
  refusal?: Refusal;
  checks?: { partial: PartialChecks; suppressed: Span[] };
  /** The one diagnostic of a file whose text is garbled (features/encodingNotice.ts), instead of its checks. */
  garbled?: Diagnostic;
}

/** Step 1 over `job.files`, in their order (`each`: called with each file read, for a progress bar). */
export function readShare(job: ReadJob, each?: () => void): ReadResult[] {
  const index = new WorkspaceIndex();
  index.markdownDetection = job.markdownDetection;
  const out: ReadResult[] = [];
  const strings = new Map<string, string>();
  // Hints not wanted: their checks not run at all.
  const settings = { severity: job.hints ? job.severity : withoutHints(job.severity) };
  for (const f of job.files) {
    const file = f.file;
    const uri = f.uri ?? fileUri(file);
    each?.();
    const t0 = timed ? performance.now() : 0;
    const r = readChecked(file);
    if ('why' in r) {
      out.push({ file, uri, why: r.why });
      continue;
    }
    const a = analyse(uri, r.text, true, job.markdownDetection);
    const s = index.setAnalysed(uri, r.text, a.analysis, a.model);
    // The title's and the info's words are slices of the text: copied, so that the text is not kept through them.
    const info = copied(a.analysis.info);
    const titleKey = copied(a.analysis.titleKey);
    const result: ReadResult = { file, uri, note: r.note, analysis: { info, titleKey, outline: a.analysis.outline }, refusal: a.refusal };
    // A text garbled in itself (the bytes were read in their encoding: the garbling is the file's) gets
    // the one diagnostic that says so, served as a treaty or not, and none of the checks, as in the editor.
    const garbled = misdecodingOf(s) && encodingNotice(contextOf(index, s, undefined, settings), r.decoded.encoding, true);
    if (garbled) result.garbled = garbled;
    else if (index.isServed(s)) {
      const ctx = contextOf(index, s, undefined, settings);
      // (The messages, each kept once: a run repeats the same few hundred, in diagnostics kept until all files are read.)
      const partial = checkAlone(ctx, (m) => word(strings, m));
      if (!job.hints) partial.parts = partial.parts.filter((d) => 'pending' in d || d.severity !== DiagnosticSeverity.Hint);
      // The pending records' words too (a citation's title), each kept once; each citation copied once (a citation and
      // the article references after it that name it, `《…》第四条`, share it in the model, and so in the copy).
      const citations = new Map<Citation, Citation>();
      for (const p of partial.parts) if ('pending' in p) p.pending = detached(p.pending, strings, citations);
      result.checks = { partial, suppressed: suppressionSpans(ctx.treaty) };
    }
    // Nothing of the text or the model stays.
    index.delete(uri);
    out.push(result);
    if (timed) mark('file', { file, chars: r.text.length, lines: lineCount(r.text), ms: performance.now() - t0 });
  }
  return out;
}

/**
 * `URI.file(file).toString()`, the folder's part made once for the files of one folder in a row (a run's files come folder by
 * folder): vscode-uri encodes a path character by character and calls encodeURIComponent on each run of others than
 * `[A-Za-z0-9._~/-]`, ~10 µs a path of Chinese words (LawRefBook/Laws: `/tmp/laws/DLC/上海地方法规/地方性法规/上海/…`), 0.8 % of
 * treaty-check's CPU samples over the laws. The encoding is a character's own, `/` kept: the URI of `folder/name` is the
 * folder's (`folder/`) followed by the name's encoding, which is encodeURIComponent's but for the five marks it leaves
 * (`!'()*`), which vscode-uri writes as `%21 %27 %28 %29 %2A`. What vscode-uri reads at a path's start (`//host/` an
 * authority, ending at the first `/` after it; `/C:` a drive letter, lowercased) lies in the folder's part when the last `/`
 * is at 3 or later; else, and on Windows (`\\` read as `/`), the path goes to vscode-uri whole.
 */
export function fileUri(file: string): string {
  const cut = file.lastIndexOf('/');
  if (WINDOWS || cut < 3) return URI.file(file).toString();
  const folder = file.slice(0, cut + 1);
  if (folder !== lastFolder) {
    lastFolderUri = URI.file(folder).toString();
    lastFolder = folder;
  }
  const name = encodeURIComponent(file.slice(cut + 1));
  return lastFolderUri + (URI_MARKS.test(name) ? name.replace(URI_MARKS_ALL, uriMark) : name);
}
const WINDOWS = process.platform === 'win32';
let lastFolder: string | undefined;
let lastFolderUri = '';
/** The marks encodeURIComponent leaves and vscode-uri encodes. */
const URI_MARKS = /[!'()*]/;
const URI_MARKS_ALL = /[!'()*]/g;
const uriMark = (c: string) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`;

/** How many lines `text` has (for the timings' cost model). */
function lineCount(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** A served file's diagnostics, finished (step 2). */
export interface Checked {
  file: string;
  uri: string;
  diagnostics: Diagnostic[];
}

/** Step 2: the diagnostics of every served file, in the order of `read` (every file of the run, in order). */
export function finishAll(read: ReadResult[], severity: SeveritySettings, markdownDetection: boolean, counterparts: DeclaredCounterparts, hints: boolean): Checked[] {
  return finishChunks([read], severity, markdownDetection, counterparts, hints)[0];
}

/**
 * Step 2 over the records of every file of the run, in runs of consecutive files (`chunks`, in the files' order):
 * each run's diagnostics of the served files whose records hold their checks. A file's summary alone (`summaryOf`:
 * another thread finishes that file) is admitted to the index and gives nothing here. `each`: given, each run's
 * diagnostics are handed to it as soon as the run is finished, in order, and not kept (its place in the answer
 * empty): written as JSON there, a run's diagnostics die young instead of all of them living to the end of the
 * finishing, where the young collector copied them once or twice and then promoted them.
 */
export function finishChunks(chunks: readonly ReadResult[][], severity: SeveritySettings, markdownDetection: boolean, counterparts: DeclaredCounterparts, hints: boolean, each?: (chunk: number, checked: Checked[]) => void): Checked[][] {
  const index = new WorkspaceIndex();
  index.markdownDetection = markdownDetection;
  index.setCounterparts(counterparts);
  const settings = { severity: hints ? severity : withoutHints(severity) };
  for (const read of chunks) for (const r of read) if (r.analysis) index.setAnalysed(r.uri, () => reread(r.file), r.analysis, undefined, r.refusal);
  mark('index built');
  return chunks.map((read, chunk) => {
    const out: Checked[] = [];
    for (const r of read) {
      if (r.garbled) {
        out.push({ file: r.file, uri: r.uri, diagnostics: [r.garbled] });
        continue;
      }
      const s = r.checks && index.get(r.uri);
      if (!s || !r.checks) continue;
      const all = unsuppressed(r.checks.suppressed, finishChecks(contextOf(index, s, undefined, settings), r.checks.partial));
      out.push({ file: r.file, uri: r.uri, diagnostics: hints ? all : all.filter((d) => d.severity !== DiagnosticSeverity.Hint) });
      s.evict();
      // (Its record is done with: `read` holds no more than the files still to finish.)
      r.checks = undefined;
    }
    if (!each) return out;
    each(chunk, out);
    return [];
  });
}

/** What the other threads need of a file's record to finish their own files: its summary (the index's), not its checks. */
export function summaryOf(r: ReadResult): ReadResult {
  const s: ReadResult = { file: r.file, uri: r.uri };
  if (r.why !== undefined) s.why = r.why;
  if (r.note !== undefined) s.note = r.note;
  if (r.analysis) s.analysis = r.analysis;
  if (r.refusal !== undefined) s.refusal = r.refusal;
  return s;
}

/**
 * A copy of plain data (objects, arrays, strings, numbers), every string in it a copy that keeps
 * nothing of the text it was cut from — what structuredClone gives, at a fraction of its cost.
 */
function copied<T>(v: T): T {
  if (typeof v === 'string') return (v.length < 13 ? v : (' ' + v).slice(1)) as T;
  if (typeof v !== 'object' || v === null) return v;
  if (Array.isArray(v)) return v.map(copied) as T;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v)) out[k] = copied((v as Record<string, unknown>)[k]);
  return out as T;
}

/** `w` as a copy kept in `strings`, one for all the equal words: not a slice of the text, which it would keep alive. */
function word(strings: Map<string, string>, w: string): string {
  let t = strings.get(w);
  // (The copy `copied` makes — a JSON round trip cost 5× as much, ~0.1 s over LawRefBook/Laws — kept
  // as its own key: `w` itself, a slice, would keep the text.)
  if (t === undefined) strings.set((t = copied(w)), t);
  return t;
}

/** A pending check whose words are copies, each once (`strings`), not slices of the text, which they would keep alive. */
function detached(p: Pending, strings: Map<string, string>, citations: Map<Citation, Citation>): Pending {
  const citation = (c: Citation): Citation => {
    let copy = citations.get(c);
    if (copy === undefined) {
      // (A title with nothing to normalize, as most are, is its key's words: the key's copy, one lookup — normalizeTitle gives
      // the same key string for the same title, its hash kept, where the title is a new slice of each text to hash.)
      const normalized = word(strings, c.normalized);
      citations.set(c, (copy = { ...c, title: c.title === c.normalized ? normalized : word(strings, c.title), normalized }));
    }
    return copy;
  };
  switch (p.kind) {
    case 'reference':
      return { kind: 'reference', ref: p.ref.citation ? { ...p.ref, citation: citation(p.ref.citation) } : p.ref };
    case 'short-forms':
      return { kind: 'short-forms', forms: p.forms.map((f) => ({ date: f.date, citation: citation(f.citation) })) };
    case 'counterparts':
      return p;
  }
}

/** A file's text read again (its model is needed after all: a counterpart's). */
function reread(file: string): string {
  const r = readChecked(file);
  return 'text' in r ? r.text : '';
}

/** Files cut into chunks that threads take in turn (cli/checkPool.ts): `next` holds the index of the next chunk not taken. */
export interface ChunkJob extends Omit<ReadJob, 'files'> {
  chunks: ReadJob['files'][];
  next: SharedArrayBuffer;
  /** The texts declared to be one instrument's (for finishing). */
  counterparts: DeclaredCounterparts;
  /** Given: the results are wanted as JSON (treaty-check --format json), each chunk's written by the thread that finished it (`finishedChunk`), the paths from this folder. */
  json?: JsonWanted;
}

/** The results wanted as JSON: the paths from `cwd`; `bytes`: each thread writes its JSON in UTF-8 (a worker's moved to the main thread, which writes it as it is). */
export interface JsonWanted {
  cwd: string;
  bytes?: boolean;
}

/** A chunk's files finished: their diagnostics, or (`json` asked for) the files alone, their diagnostics written as JSON. */
export interface FinishedChunk {
  checked: Checked[];
  json?: JsonRun;
}

/** What a thread gives of a chunk it finished: with `json`, the JSON of its files' results, and the files without their diagnostics. */
export function finishedChunk(checked: Checked[], json: JsonWanted | undefined): FinishedChunk {
  if (!json) return { checked };
  const results = checked.map((c) => ({ path: relativePath(json.cwd, c.file), diagnostics: c.diagnostics }));
  // In UTF-8 when it is written so: straight into bytes (formats.ts JsonBytes), a buffer of its own, which a worker moves to the main thread, not copied.
  const run = json.bytes ? jsonRunBytes(results) : jsonRun(results);
  return { checked: checked.map((c) => ({ file: c.file, uri: c.uri, diagnostics: [] })), json: run };
}

/** Step 1 over the chunks of `job` this thread takes, one at a time, until none is left; `each` is given each chunk's records. */
function takeChunks(job: ChunkJob, each: (chunk: number, read: ReadResult[]) => void): void {
  const next = new Int32Array(job.next);
  const { severity, markdownDetection, hints } = job;
  for (let i = Atomics.add(next, 0, 1); i < job.chunks.length; i = Atomics.add(next, 0, 1)) {
    mark('chunk read from', { chunk: i, files: job.chunks[i].length });
    const read = readShare({ files: job.chunks[i], severity, markdownDetection, hints });
    mark('chunk read', { chunk: i });
    each(i, read);
    mark('chunk sent', { chunk: i });
  }
}

/**
 * What a check worker is sent: the job (it takes chunks and reads them, sending each chunk's summaries as
 * `{ chunk, read }`, then `{ done: true }`); the summaries of the chunks other threads read (`{ chunk, read }`);
 * then `{ finish: true }`, once every chunk's summaries have been sent: it finishes the chunks it read, sending
 * `{ finished, result }` (`finishedChunk`) for each as soon as it is finished, then `{ end: true }` (or `{ error }`: the chunks it
 * did not give back finished are finished by the main thread).
 */
export type ToWorker = StartJob | { chunk: number; read: ReadResult[] } | { finish: true };
/** The job as a worker is given it: with the port it sends everything through (cli/checkPool.ts reads it between its own chunks too). */
export type StartJob = ChunkJob & { port?: MessagePort };
export type FromWorker = { chunk: number; read: ReadResult[] } | { done: true } | { finished: number; result: FinishedChunk } | { end: true } | { error: string };

let job: ChunkJob | undefined;
/** The records of the chunks this worker read (whole), and the summaries of the others. */
const records: (ReadResult[] | undefined)[] = [];
const mine: number[] = [];
let port: MessagePort | undefined;

function post(m: FromWorker, transfer?: ArrayBuffer[]): void {
  (port ?? parentPort!).postMessage(m, transfer);
}

if (parentPort) mark('worker loaded');

/**
 * The messages sent meanwhile (the summaries of the chunks other threads read), taken now, between two of this
 * worker's chunks: left to the event loop, they were all decoded after its last chunk, while the main thread
 * was finishing already (LawRefBook/Laws, --jobs 2: 15 ms of CPU, and the wait for the loop's turn).
 */
function takeSent(): void {
  for (let m = receiveMessageOnPort(parentPort!); m; m = receiveMessageOnPort(parentPort!)) onMessage(m.message as ToWorker);
}

function onMessage(m: ToWorker): void {
  try {
    if ('chunks' in m) {
      mark('job');
      port = m.port;
      job = m;
      takeChunks(m, (chunk, read) => {
        records[chunk] = read;
        mine.push(chunk);
        post({ chunk, read: read.map(summaryOf) });
        takeSent();
      });
      post({ done: true });
      mark('done reading');
      // Everything a run reads with is compiled by now: the bundle's code cache, if it had none that fits (protocol/codeCache.ts).
      cacheCode();
    } else if ('chunk' in m) {
      mark('summaries got', { chunk: m.chunk });
      records[m.chunk] ??= m.read;
    } else if (job) {
      mark('finish from');
      const all: ReadResult[][] = [];
      for (let c = 0; c < job.chunks.length; c++) {
        const read = records[c];
        // (Never so: the main thread sends every chunk's summaries first. Finished without them, a citation of a file missing would be wrong.)
        if (!read) throw new Error(`no records of chunk ${c}`);
        all.push(read);
      }
      // Each chunk of this worker's given back as soon as it is finished (in the chunks' order, as taken).
      const own = new Set(mine);
      finishChunks(all, job.severity, job.markdownDetection, job.counterparts, job.hints, (c, checked) => {
        if (!own.has(c)) return;
        const result = finishedChunk(checked, job!.json);
        const json = result.json?.json;
        post({ finished: c, result }, json && typeof json !== 'string' ? json.map((b) => b.buffer as ArrayBuffer) : undefined);
        mark('chunk finished', { chunk: c });
      });
      mark('finished');
      flushTimings();
      post({ end: true });
    }
  } catch (e) {
    post({ error: String((e as Error)?.stack ?? e) });
  }
}

parentPort?.on('message', onMessage);
