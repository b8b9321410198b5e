// The workspace index: every treaty the server knows, open in the editor or read
// from disk, keyed by URI. Entries are immutable snapshots; the model of each is
// built lazily, once per version, and what the workspace needs of a document
// (its title, dates, the instruments it cites) is kept in a small `TreatyInfo`
// so that closed documents can drop their trees. Nothing here touches the file
// system or the LSP connection: server.ts feeds it text.
import { Treaty, articleName, buildTreaty, cleanTitle, kindOf, titleKeyOf } from '../model/treaty';
import { TreatyInfo, dateAgrees, infoOf, withHoverFactsLater } from '../model/info';
import { Outline, outlineOf } from '../model/outline';
import { Citation, Reference, citedTitles, referencesOf } from '../model/references';
import { Edit, isSpent, reparse } from '../syntax/reparse';
import { SyntaxTree, textOf } from '../syntax/tree';
import { LineMap, Position } from '../syntax/positions';
import { PieceText, TextLike } from '../syntax/text';
import { LANGUAGE_NAMES } from '../syntax/words';

/** Files larger than this are not analysed (UTF-16 code units). */
export const MAX_DOCUMENT_LENGTH = 32 * 1024 * 1024;
/** How many models of closed documents are kept (the rest are rebuilt on demand). */
const CLOSED_MODELS = 64;

export type Refusal = 'too-large' | 'binary';

/** How the index reads a snapshot's model: not exported, so every read outside goes through `Workspace.model`. */
const BUILD = Symbol('build');
/** How the index gives a snapshot what was computed of it elsewhere (`Analysis`). */
const PRESET = Symbol('preset');
/** How the index tells a snapshot that it is a new version of an open document, given whole. */
const RETYPED = Symbol('retyped');

/** What the index keeps of a closed document besides its text, computed once (in a scan worker): `analyse`. */
export interface Analysis {
  info: TreatyInfo;
  titleKey: string | undefined;
  /** Its outline, when computed with the info (else read from the model when first asked). */
  outline?: Outline;
  /** The info was read without its parties and entry into force (`infoOf`'s `hovered` false): read off the model when first asked. */
  hoverFactsLater?: true;
}

/** References of a document, and the range of each (`range(i)`: `refs[i]`'s). */
export interface Uses {
  readonly refs: readonly Reference[];
  range(i: number): { start: Position; end: Position };
}

/** The ranges of `refs` in `model`'s text. */
function rangesOf(model: Treaty, refs: readonly Reference[]): { start: Position; end: Position }[] {
  const map = new LineMap(model.tree.lines);
  return refs.map((r) => map.range(r.start, r.end));
}

/** Uses kept with their ranges: a closure over those two alone (one made where the line map is would keep the tree's lines). */
function keptUses(refs: readonly Reference[], ranges: readonly { start: Position; end: Position }[]): Uses {
  return { refs, range: (i) => ranges[i] };
}

/** No article number (`num` or `sub` undefined) in `ArticleMarks`. */
const NO_NUMBER = -0x80000000;

/**
 * What workspace symbols read of a document's articles, in order — number, name, caption and the label's range —
 * kept without the model (`Snapshot.articleMarks`): numbers and ranges packed, a name kept only when it is not the
 * plain `第X条` of its number (model/treaty.ts `articleName`; 2 of 3 articles in 1,000 of LawRefBook/Laws), a caption only when there is one. The
 * summaries, which only a query for words reads, are kept apart (`Snapshot.articleSummaries`): they were half of it.
 */
export class ArticleMarks {
  constructor(
    /** Per article: num, sub (`NO_NUMBER`: none), the label's start line and character, end line and character. */
    private readonly data: Int32Array,
    /** The names that are not `articleName(num)`, by article. */
    private readonly names: ReadonlyMap<number, string> | undefined,
    private readonly captions: ReadonlyMap<number, string> | undefined,
  ) {}

  static of(model: Treaty): ArticleMarks {
    const articles = model.articles;
    const data = new Int32Array(articles.length * 6);
    let names: Map<number, string> | undefined;
    let captions: Map<number, string> | undefined;
    const map = articles.length ? new LineMap(model.tree.lines) : undefined;
    for (let i = 0; i < articles.length; i++) {
      const a = articles[i];
      const r = map!.range(a.label.start, a.label.end);
      const k = i * 6;
      data[k] = a.num ?? NO_NUMBER;
      data[k + 1] = a.sub ?? NO_NUMBER;
      data[k + 2] = r.start.line;
      data[k + 3] = r.start.character;
      data[k + 4] = r.end.line;
      data[k + 5] = r.end.character;
      if (a.num === undefined || a.sub !== undefined || a.name !== articleName(a.num)) (names ??= new Map()).set(i, a.name);
      const caption = a.caption;
      if (caption !== undefined) (captions ??= new Map()).set(i, caption);
    }
    return new ArticleMarks(data, names, captions);
  }

  get length(): number {
    return this.data.length / 6;
  }

  num(i: number): number | undefined {
    const n = this.data[i * 6];
    return n === NO_NUMBER ? undefined : n;
  }

  sub(i: number): number | undefined {
    const n = this.data[i * 6 + 1];
    return n === NO_NUMBER ? undefined : n;
  }

  /** Article `i`'s name as the text writes it (`第十二条`, `第12条`, `第十条之一`). */
  name(i: number): string {
    return this.names?.get(i) ?? articleName(this.data[i * 6]);
  }

  caption(i: number): string | undefined {
    return this.captions?.get(i);
  }

  /** The range of article `i`'s label. */
  range(i: number): { start: Position; end: Position } {
    const d = this.data;
    const k = i * 6;
    return { start: { line: d[k + 2], character: d[k + 3] }, end: { line: d[k + 4], character: d[k + 5] } };
  }
}

/** What a snapshot's tree is re-parsed from: an earlier version's tree and the edits since. */
interface Base {
  /** The last model built, whose tree is re-parsed and whose derived data is reused. */
  model: Treaty;
  edits: readonly Edit[];
  /** No edit reaches the head `refusalOf` reads (its first `BINARY_HEAD` code units). */
  headKept: boolean;
}

export class Snapshot {
  private built: Treaty | undefined;
  /**
   * The text, or how to read it when first needed (`setAnalysed` with a reader: a document read on
   * another thread; an editor's document in pieces, protocol/documents.ts, made one string only when
   * something reads the whole text).
   */
  private source: string | PieceText | (() => string);
  private cachedInfo: TreatyInfo | undefined;
  private cachedOutline: Outline | undefined;
  private cachedCiting: Uses | undefined;
  private cachedMarks: ArticleMarks | undefined;
  private cachedSummaries: readonly string[] | undefined;
  private cachedTitle: { key: string | undefined } | undefined;
  /** The title of the head of the text (null: none) — read from the model of a document just opened — kept across edits that do not reach the head. */
  private headKey: string | null | undefined;
  /** A new version of an open document given whole (a client that sends the whole text on each change): a keystroke still. */
  private retyped = false;
  readonly refusal: Refusal | undefined;

  constructor(
    readonly uri: string,
    text: string | PieceText | (() => string),
    readonly version: number,
    /** The editor's language id; undefined for a file read from disk. */
    readonly languageId: string | undefined,
    /** The version this one was edited from, to re-parse incrementally. */
    private base?: Base,
    /** Why it is not analysed, given with a text read later (a text at hand is judged here). */
    refusal?: Refusal,
  ) {
    this.source = text;
    // Edits after the head of an accepted text leave it accepted (`refusalOf` reads the length and the head only): the text is not read here.
    this.refusal = typeof text === 'function' ? refusal : base && base.headKept && text.length <= MAX_DOCUMENT_LENGTH ? undefined : refusalOf(text);
  }

  get text(): string {
    const s = this.source;
    return typeof s === 'string' ? s : (this.source = typeof s === 'function' ? s() : s.toString());
  }

  /** The text's length, without making it one string (a text in pieces) or reading it (a reader: then it is read). */
  get length(): number {
    const s = this.source;
    return typeof s === 'function' ? this.text.length : s.length;
  }

  /**
   * This document after `edits` (offsets into this text, applied in order), as version `version`
   * of `text`: its tree is re-parsed from this one's (syntax/reparse.ts) when first needed, and
   * its head title is this one's when no edit reaches the head of the text.
   */
  edited(text: string | PieceText, edits: readonly Edit[], version: number, languageId: string | undefined): Snapshot {
    const headKept = edits.every((e) => e.start > BINARY_HEAD);
    const base = this.refusal ? undefined : this.built ? { model: this.built, edits, headKept } : this.base ? { model: this.base.model, edits: [...this.base.edits, ...edits], headKept: headKept && this.base.headKept } : undefined;
    const next = new Snapshot(this.uri, text, version, languageId, base);
    if (this.headKey !== undefined && this.length > HEAD && text.length > HEAD && edits.every((e) => e.start > HEAD)) next.headKey = this.headKey;
    return next;
  }

  /** Open in the editor (the editor's text wins over the disk). */
  get open(): boolean {
    return this.languageId !== undefined;
  }

  /** The model, built on first use. Refused documents get the model of an empty text. */
  [BUILD](): Treaty {
    // A model whose tree a later version re-parsed from is spent (its offsets moved on): built again.
    if (this.built && isSpent(this.built.tree)) this.built = undefined;
    if (this.built) return this.built;
    const base = this.base;
    this.base = undefined;
    if (this.refusal) return (this.built = buildTreaty(''));
    // The text in pieces goes to `reparse` as it is: the tree made of it has it as its text (`textOf`), one string only when read.
    const own = typeof this.source === 'function' ? this.text : this.source;
    const tree = base ? reparse(base.model.tree, base.edits, own) : undefined;
    if (tree && textOf(tree) === own) return (this.built = buildTreaty(own, tree, base!.model));
    return (this.built = tree && tree.text === this.text ? buildTreaty(this.text, tree, base!.model) : buildTreaty(this.text));
  }

  [RETYPED](): void {
    this.retyped = true;
  }

  [PRESET](a: Analysis, model?: Treaty): void {
    this.cachedInfo = a.hoverFactsLater ? withHoverFactsLater(a.info, () => this.passingModel()) : a.info;
    this.cachedTitle = { key: a.titleKey };
    this.cachedOutline = a.outline && Outline.revive(a.outline);
    if (model && model.text === this.text) this.built = model;
  }

  get hasModel(): boolean {
    return this.built !== undefined;
  }

  /** Drops the model (it is rebuilt on demand); the info and title stay. */
  evict(): void {
    this.built = undefined;
  }

  /**
   * What the index keeps of it. Its parties and entry into force, which only a hover on a citation of
   * it shows, are read when first asked (`withHoverFactsLater`).
   */
  get info(): TreatyInfo {
    return (this.cachedInfo ??= withHoverFactsLater(withFileTitle(infoOf(this[BUILD](), false), this.uri), () => this.passingModel()));
  }

  /**
   * Its references naming another instrument — a citation (`《刑法》`), an article of a cited one (`刑法第二十条`) — with
   * their ranges: read once, and kept when a closed document's model is dropped. Find All References on an instrument or
   * its articles, the lenses counting who cites them and what cites a text read these of every document citing it —
   * where each citing document's model was built again, every time: more than the 64 models kept for a law a hundred
   * laws cite.
   */
  get citing(): Uses {
    if (this.cachedCiting) return this.cachedCiting;
    const model = this.passingModel();
    const refs = referencesOf(model).filter((r) => (r.kind === 'article' && r.citation !== undefined) || r.kind === 'citation');
    return (this.cachedCiting = keptUses(refs, rangesOf(model, refs)));
  }

  /**
   * What workspace symbols read of its articles (`ArticleMarks`): read once, and kept when a closed document's model is
   * dropped. A query for an article number (`第一条`) reads those of every document — whose models were built again, up
   * to 500 of them, on every query (the index keeps 64).
   */
  get articleMarks(): ArticleMarks {
    return (this.cachedMarks ??= ArticleMarks.of(this.passingModel()));
  }

  /**
   * Its articles' summaries (`Article.summary`), in order: read once, when a query for words asks, and kept as
   * `articleMarks` are (read off the same model when they were not yet).
   */
  get articleSummaries(): readonly string[] {
    if (this.cachedSummaries) return this.cachedSummaries;
    const model = this.passingModel();
    this.cachedMarks ??= ArticleMarks.of(model);
    return (this.cachedSummaries = model.articles.map((a) => a.summary));
  }

  /** A model for what is kept of it (its hover facts, its citations): a closed document's built for them is dropped after. */
  private passingModel(): Treaty {
    const had = this.built !== undefined && !isSpent(this.built.tree);
    const model = this[BUILD]();
    if (!had && !this.open) this.evict();
    return model;
  }

  /**
   * The normalized titles it cites (its info's). An open document with a model and no info yet — after
   * a keystroke, when the index reads its citations again for its citation graph — has them read off
   * its references, which a keystroke's model reads again in the edited units only (and which its
   * checks and lenses read anyway): its info would read the whole text again (its dates, parties and
   * entry into force, the titles off the folded text) on every keystroke. A file read from disk keeps
   * its info (a scan reads no file's references).
   */
  get cites(): readonly string[] {
    if (this.cachedInfo || !this.open || !this.built || isSpent(this.built.tree)) return this.info.cites;
    const model = this[BUILD]();
    void referencesOf(model);
    return citedTitles(model);
  }

  /** Its articles, paragraphs and items (model/outline.ts): what other documents' references are resolved in. */
  get outline(): Outline {
    return (this.cachedOutline ??= outlineOf(this[BUILD]()));
  }

  /**
   * The normalized title, read once per snapshot: from the head of the text only (cheap on every
   * keystroke), of a document just opened from its model; the file name's when the text has none.
   */
  get titleKey(): string | undefined {
    return (this.cachedTitle ??= { key: this.readTitle() }).key;
  }

  private readTitle(): string | undefined {
    if (this.refusal) return undefined;
    // A document just opened in the editor (not a keystroke: no earlier version to re-parse from, not a
    // new version of an open document) has its model built next anyway, for its diagnostics and outline:
    // its title is read off the model, not off a second parse of its head (3 % of opening the bench's
    // 1 MB treaty). The model's title is the head's: the title stands at the top, and over test/fixtures,
    // LawRefBook/Laws and the 5,000 generated treaties the two are the same for every text longer than
    // the head (titleKey.test.ts holds the fixtures to it). Kept as the head's title, it goes on with
    // the edits that do not reach the head. (A file read from disk has its title read off the model
    // its info was read from, then dropped: `put`, `analyse`.)
    const own = this.built || this.length <= HEAD ? this[BUILD]().title?.normalized : (this.headKey ??= (this.open && !this.base && !this.retyped ? this[BUILD]().title?.normalized : headTitle(this.text)) ?? null) ?? undefined;
    return own ?? fileTitle(this.uri)?.normalized;
  }

  /** Whether the server serves this document: `treaty` files always, markdown and text when they read as a treaty. */
  isTreaty(markdownDetection: boolean): boolean {
    if (this.refusal) return false;
    if (this.languageId === 'treaty' || /\.treaty(\.md)?$/i.test(this.uri)) return true;
    // A closed file answers from its info, without rebuilding its tree; an edited one from its
    // model (its info would read every reference of the text first: a request after each keystroke).
    return markdownDetection && (this.built ? this.built.isTreaty : this.cachedInfo ? this.cachedInfo.isTreaty : this[BUILD]().isTreaty);
  }
}

/**
 * What the index keeps of a document read from disk (its title, then its info), computed from
 * its text as `set` computes them; with why it is not analysed, or whether it is a treaty.
 */
export function analyse(uri: string, text: string, withOutline = false, checkedWith?: boolean): { analysis: Analysis; refusal?: Refusal; treaty: boolean; model: Treaty } {
  const s = new Snapshot(uri, text, 0, undefined);
  // A text checked next (`checkedWith`: the markdown detection it is served under) has its
  // references read anyway: read first, the titles it cites are read off them (`citedTitles`), not
  // by a walk over its runs of their own.
  if (checkedWith !== undefined && s.isTreaty(checkedWith)) referencesOf(s[BUILD]());
  // The info first: it builds the model, which the title is then read from (as a snapshot with
  // its model reads it), not from a second parse of the head of a long text. The info is read
  // without what only a hover shows (`infoOf`), which the index reads off the model when first
  // asked (`hoverFactsLater`): the parties and the entry into force of every text, and the defined
  // terms the parties are read with, were 2 % of treaty-check's time over LawRefBook/Laws and 16 %
  // of the workspace scan's analysis, for a hover on a citation of a few of them.
  const info = withFileTitle(infoOf(s[BUILD](), false), uri);
  // (A text checked next keeps its info plain, as read: treaty-check never shows what only a hover shows. With
  // the lazy facts on every checked snapshot, treaty-check over the 5,000 generated treaties took 2 s more CPU
  // and twice the peak memory, 920 MB against 420 — measured; the facts were never read, the cause not found.)
  const analysis: Analysis = { info, titleKey: s.titleKey, ...(withOutline ? { outline: s.outline } : {}), ...(checkedWith === undefined ? { hoverFactsLater: true as const } : {}) };
  // The model the info was read from, for a caller that checks the document next (`setAnalysed`); never posted to another thread.
  return { analysis, refusal: s.refusal, treaty: s.isTreaty(true), model: s[BUILD]() };
}

/** The file name of a URI, decoded: `…/seeds/000_c6ff.md` → `000_c6ff.md`. */
export function fileNameOf(uri: string): string {
  const name = uri.slice(uri.lastIndexOf('/') + 1);
  // (Nothing to decode without a %: the name as it is.)
  return name.includes('%') ? decodeURIComponent(name) : name;
}

/** The language codes a file name may carry before its extension: `协定.ru.md`. */
const LANGUAGE_CODES = new Set(['zh', ...LANGUAGE_NAMES.map(([, code]) => code)]);

/** A file name's parts: `协定.ru.md` → { base: `协定`, lang: `ru` }; `协定.md` → { base: `协定` }. */
export function nameParts(uri: string): { dir: string; base: string; lang?: string } | undefined {
  const dir = uri.slice(0, uri.lastIndexOf('/') + 1);
  const m = /^(.+?)(?:\.([a-z]{2}))?(?:\.treaty)?\.(?:md|markdown|txt)$/i.exec(fileNameOf(uri));
  if (!m) return undefined;
  const lang = m[2]?.toLowerCase();
  if (lang && !LANGUAGE_CODES.has(lang)) return { dir, base: `${m[1]}.${m[2]}` };
  return { dir, base: m[1], lang };
}

/** Groups of URIs declared to be texts of one instrument (`.treatyrc.json`'s `counterparts`, resolved by the server). */
export type DeclaredCounterparts = readonly (readonly string[])[];

/**
 * The title a file name gives a text that has none (it opens with its preamble): `联合国宪章.md`
 * → 联合国宪章. Only names with Chinese in them: `000_c6ff.md` names no instrument.
 */
export function fileTitle(uri: string): { text: string; normalized: string } | undefined {
  const name = fileNameOf(uri).replace(/(?:\.treaty)?\.(?:md|markdown|txt)$/i, '');
  if (!/[\u3400-\u9fff]/.test(name)) return undefined;
  const text = cleanTitle(name);
  return { text, normalized: titleKeyOf(text) };
}

/** A document's info, titled by its file name when its text has no title. */
function withFileTitle(info: TreatyInfo, uri: string): TreatyInfo {
  if (info.title !== undefined) return info;
  const t = fileTitle(uri);
  if (!t) return info;
  return { ...info, title: t.text, normalized: t.normalized, kind: info.kind ?? kindOf(t.normalized) };
}

/** `uri` added to `byName`, under its folder and file name without its language tag. */
function named(byName: Map<string, Set<string>>, uri: string): void {
  const key = nameKey(uri);
  if (key === undefined) return;
  let set = byName.get(key);
  if (!set) byName.set(key, (set = new Set()));
  set.add(uri);
}

/** The key of `byName`: the folder and the file name without its language tag. */
function nameKey(uri: string): string | undefined {
  // The last one asked, given again: a document indexed, then deleted (treaty-check reads each file so), asks it of the same URI
  // twice, and a file's name decoded and matched cost ~0.3 % of treaty-check's CPU samples over LawRefBook/Laws.
  if (uri === lastNamed) return lastNameKey;
  const p = nameParts(uri);
  lastNamed = uri;
  return (lastNameKey = p && p.dir + p.base);
}
let lastNamed: string | undefined;
let lastNameKey: string | undefined;

/** How much of a long document is read to find its title. */
const HEAD = 8192;

function headTitle(text: string): string | undefined {
  let cut = text.lastIndexOf('\n', HEAD);
  if (cut < 0) cut = HEAD;
  return buildTreaty(text.slice(0, cut)).title?.normalized;
}

/** Why a text is not analysed, if it is not. */
/** How much of the head of a text `refusalOf` reads for control characters. */
const BINARY_HEAD = 8192;
/** A C0 control character that is not a tab, line feed, form feed or carriage return (NUL too). */
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f]/;

export function refusalOf(text: TextLike): Refusal | undefined {
  if (text.length > MAX_DOCUMENT_LENGTH) return 'too-large';
  // The text judged last, judged again (treaty-check's worker: `analyse`, then `setAnalysed` with the same string): its answer.
  if (typeof text === 'string' && text === judged.text) return judged.refusal;
  const refusal = headRefusal(text);
  if (typeof text === 'string') {
    judged.text = text;
    judged.refusal = refusal;
  }
  return refusal;
}

/**
 * The text `refusalOf` judged last and its answer: a file read from disk is judged when its snapshot is made, and again
 * when treaty-check keeps the snapshot its model was read from (`setAnalysed`): the pattern read each head twice (0.5–1 %
 * of treaty-check's time). One text kept, no more.
 */
const judged: { text: string | undefined; refusal: Refusal | undefined } = { text: undefined, refusal: undefined };

function headRefusal(text: TextLike): Refusal | undefined {
  // NUL or many C0 control characters in the first 8 KB: a binary file.
  const head = Math.min(text.length, BINARY_HEAD);
  // A text's head with none at all (nearly every one) is told by a pattern, not a loop over its characters.
  if (typeof text === 'string' && !CONTROL.test(head === text.length ? text : text.slice(0, head))) return undefined;
  let control = 0;
  for (let i = 0; i < head; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return 'binary';
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) control++;
  }
  return head > 0 && control / head > 0.05 ? 'binary' : undefined;
}

/**
 * Whether a file whose first bytes are `head` can be a treaty, so that the rest
 * is worth reading: `*.treaty.md` files always; others when the head reads as a
 * treaty (its title, article headings or tags are at the top).
 */
export function mayBeTreaty(uri: string, head: string): boolean {
  if (/\.treaty(\.md)?$/i.test(uri)) return true;
  if (refusalOf(head)) return false;
  const cut = head.lastIndexOf('\n');
  return buildTreaty(cut > 0 ? head.slice(0, cut) : head).isTreaty;
}

export interface Resolved {
  snapshot: Snapshot;
  /** False when the citation gives a date the document disagrees with. */
  dateAgrees: boolean | undefined;
}

/**
 * What features may ask of the workspace: read-only (md-ls's `IWorkspace`). The server
 * owns the one `WorkspaceIndex` that implements it and feeds it text; tests build one
 * in memory the same way.
 */
export interface Workspace {
  get(uri: string): Snapshot | undefined;
  /** A snapshot's model, through the one cache (closed documents' models are dropped and rebuilt). */
  model(snapshot: Snapshot): Treaty;
  /** Every document, served or not. */
  all(): Iterable<Snapshot>;
  /** Served treaties only, in the order they were added: the same array until the workspace changes (features may memoize on it). */
  treaties(): readonly Snapshot[];
  /** An object that stays the same while `treaties()` lists documents of the same titles in the same places (tables of titles by place are kept on it). */
  titles(): object;
  isServed(snapshot: Snapshot): boolean;
  /** Documents whose normalized title is `normalized`. */
  withTitle(normalized: string): Snapshot[];
  resolveCitation(c: Citation, fromUri?: string): Resolved | undefined;
  /** Documents that cite the normalized title (from the citation graph). */
  citing(normalized: string): Snapshot[];
  /** Documents, other than `uri`, that cite the document at `uri`. */
  dependentsOf(uri: string): Snapshot[];
  /**
   * The other texts of the instrument `uri` is a text of (its equally authentic texts in other
   * languages), declared ones first, each once: those declared with it in `.treatyrc.json`, and
   * by file name in the same folder (`协定.zh.md` / `协定.ru.md`, or `协定.md` beside `协定.ru.md`).
   */
  counterparts(uri: string): Snapshot[];
}

/**
 * Of the documents a citation may name (in order), the one it names: the first, unless the citation is dated — then the first
 * whose date agrees, else the first, its date said to disagree when any of them is dated. Undefined when there are none.
 */
export function chosenByDate(candidates: readonly Snapshot[], c: Citation): Resolved | undefined {
  if (candidates.length === 0) return undefined;
  if (!c.date) return { snapshot: candidates[0], dateAgrees: undefined };
  const agreeing = candidates.find((s) => dateAgrees(c.date!, s.info.dates));
  if (agreeing) return { snapshot: agreeing, dateAgrees: true };
  const dated = candidates.find((s) => s.info.dates.length > 0);
  return { snapshot: candidates[0], dateAgrees: dated ? false : undefined };
}

export class WorkspaceIndex implements Workspace {
  private readonly docs = new Map<string, Snapshot>();
  /** Disk versions of documents that are open in the editor (restored on close). */
  private readonly disk = new Map<string, Snapshot>();
  private readonly byTitle = new Map<string, Set<string>>();
  private readonly titleOf = new Map<string, string>();
  /** Closed documents whose models are alive, oldest first. */
  private readonly liveModels = new Set<string>();
  /** The citation graph: a title → the documents citing it, and a document → the titles it cites. */
  private readonly citers = new Map<string, Set<string>>();
  private readonly citesOf = new Map<string, readonly string[]>();
  /** Documents whose citations are not in the graph yet: read on the next query, so that a keystroke builds no model. */
  private readonly stale = new Set<string>();
  /**
   * Documents by folder and file name without its language tag (`file:///ws/协定` → 协定.md, 协定.ru.md): made when first
   * asked (`counterparts`), from `docs` in its order — each set in the order its documents were added, as kept one by one —,
   * then kept as documents come and go. treaty-check's reading index holds one file at a time and asks no counterparts:
   * each file's name was decoded (`nameKey`: a Chinese name percent-encoded) for a map never read.
   */
  private byName: Map<string, Set<string>> | undefined;
  /** The counterparts the configuration declares. */
  private declared: DeclaredCounterparts = [];
  /** Whether markdown documents are detected as treaties. */
  markdownDetection = true;
  /**
   * The served treaties, listed once per state of the workspace (a law's checks look many names up among them), and
   * `titles`, an object that stays the same while the list holds documents of the same titles in the same places.
   */
  private served?: { detection: boolean; list: Snapshot[]; titles: object };
  /**
   * Documents changed since `served` was listed, each with its title then. A keystroke, an opening, a closing or a
   * change on disk of a known document puts its new snapshot in its place in the list (`reserve`; the old one is not
   * kept: versions die young), and whether it is still served and titled so is asked when the list is (`treaties`) —
   * where every document of a workspace of thousands was asked whether it is served, and the tables of titles made
   * again (features/resolve.ts), after each keystroke and each document opened.
   */
  private readonly editedSince = new Map<string, string | undefined>();

  /** The groups of URIs the configuration declares to be texts of one instrument (replacing those before). */
  setCounterparts(groups: DeclaredCounterparts): void {
    this.declared = groups.map((g) => [...g]);
  }

  /** Records a document's text. `languageId` set: the editor's version; unset: read from disk. */
  set(uri: string, text: string | PieceText, version: number, languageId?: string): Snapshot {
    return this.put(new Snapshot(uri, text, version, languageId));
  }

  /**
   * A file read from disk whose info and title were computed elsewhere (`analyse`, in a scan
   * worker): kept as `set` keeps a closed document, without building its model here. `model`: the
   * one they were read from, kept until evicted (treaty-check checks it next). `text` may be a
   * reader (with the refusal judged where it was read): it is read only if the model is needed.
   */
  setAnalysed(uri: string, text: string | (() => string), analysis: Analysis, model?: Treaty, refusal?: Refusal): Snapshot {
    const snapshot = new Snapshot(uri, text, 0, undefined, undefined, refusal);
    snapshot[PRESET](analysis, model);
    return this.put(snapshot);
  }

  private put(snapshot: Snapshot): Snapshot {
    const { uri, languageId } = snapshot;
    // A model handed over with the text (`setAnalysed`) is kept for the caller, who evicts it.
    const handed = snapshot.hasModel;
    const current = this.docs.get(uri);
    if (!languageId && current?.open) {
      // The editor's text wins; remember the disk text for when it closes.
      this.disk.set(uri, snapshot);
      return current;
    }
    // Opened in the editor: keep the disk version for when it closes.
    if (languageId && current && !current.open) this.disk.set(uri, current);
    // A whole text for an open one: typed, as an edit is (its title read off its head, no model built for it).
    if (languageId && current?.open) snapshot[RETYPED]();
    this.docs.set(uri, snapshot);
    this.reserve(uri, current, snapshot);
    this.stale.add(uri);
    // A file on disk: what the workspace needs of it read first — its info, off a model built for it — so that its title is
    // read off that model (`readTitle`), as a scan worker's `analyse` reads it, not off a second parse of its head first:
    // the head of every text longer than 8 KB was parsed twice (`headTitle`). A cold single-thread scan of every tenth law of
    // LawRefBook/Laws (351; `index.set`, callgrind, node's start and the reads taken off): 7,521 → 6,776 M instructions, −9.9 %.
    // And the title key is a worker's whichever thread read the file (a title below a comment of 8 KB: none in the head).
    const disk = !languageId && !handed;
    if (disk) void snapshot.info;
    this.retitle(uri, snapshot, current);
    if (!current) this.name(uri);
    // Its tree dropped.
    if (disk) snapshot.evict();
    return snapshot;
  }

  /**
   * An open document changed by `edits` (offsets into its previous text, applied in order, as
   * LSP content changes are) into `text`: the new snapshot re-parses only what the edits touch.
   * Without a previous version (or without the edits: a whole-text change) this is `set`.
   */
  update(uri: string, text: string | PieceText, edits: readonly Edit[] | undefined, version: number, languageId: string): Snapshot {
    const current = this.docs.get(uri);
    if (!edits || !current?.open) return this.set(uri, text, version, languageId);
    const snapshot = current.edited(text, edits, version, languageId);
    this.docs.set(uri, snapshot);
    this.reserve(uri, current, snapshot);
    this.stale.add(uri);
    this.retitle(uri, snapshot, current);
    return snapshot;
  }

  /** A document closed in the editor: back to its disk version, if there is one. */
  close(uri: string): void {
    const onDisk = this.disk.get(uri);
    this.disk.delete(uri);
    if (onDisk) {
      const current = this.docs.get(uri);
      this.docs.set(uri, onDisk);
      this.reserve(uri, current, onDisk);
      this.stale.add(uri);
      this.retitle(uri, onDisk, undefined);
    } else if (this.docs.get(uri)?.open) this.remove(uri);
  }

  delete(uri: string): void {
    const current = this.docs.get(uri);
    if (!current) return;
    if (current.open) {
      // Deleted on disk while open: the editor's text stays (and goes when it closes).
      this.disk.delete(uri);
      return;
    }
    this.remove(uri);
  }

  /** The workspace changed otherwise than by an edit of an open document: the served treaties listed again when asked. */
  private unserve(): void {
    this.served = undefined;
    this.editedSince.clear();
  }

  private remove(uri: string): void {
    this.docs.delete(uri);
    this.unserve();
    this.liveModels.delete(uri);
    this.untitle(uri);
    this.stale.delete(uri);
    this.unlink(uri);
    this.unname(uri);
  }

  private name(uri: string): void {
    if (this.byName) named(this.byName, uri);
  }

  private unname(uri: string): void {
    if (!this.byName) return;
    const key = nameKey(uri);
    const set = key === undefined ? undefined : this.byName.get(key);
    set?.delete(uri);
    if (set?.size === 0) this.byName.delete(key!);
  }

  private names(): Map<string, Set<string>> {
    if (this.byName) return this.byName;
    const byName = new Map<string, Set<string>>();
    for (const uri of this.docs.keys()) named(byName, uri);
    return (this.byName = byName);
  }

  /** Deletes every document under a folder URI (a folder deleted on disk). */
  deleteUnder(folderUri: string): void {
    const prefix = folderUri.endsWith('/') ? folderUri : folderUri + '/';
    for (const uri of [...this.docs.keys()]) if (uri.startsWith(prefix) && !this.docs.get(uri)!.open) this.delete(uri);
  }

  get(uri: string): Snapshot | undefined {
    return this.docs.get(uri);
  }

  /** A snapshot's model, keeping at most CLOSED_MODELS models of closed documents alive. */
  model(snapshot: Snapshot): Treaty {
    if (!snapshot.open) {
      this.liveModels.delete(snapshot.uri);
      this.liveModels.add(snapshot.uri);
      if (this.liveModels.size > CLOSED_MODELS) {
        const oldest = this.liveModels.values().next().value as string;
        this.liveModels.delete(oldest);
        const s = this.docs.get(oldest);
        if (s && !s.open) s.evict();
      }
    }
    return snapshot[BUILD]();
  }

  all(): IterableIterator<Snapshot> {
    return this.docs.values();
  }

  /** Served treaties only. */
  treaties(): readonly Snapshot[] {
    let served = this.served;
    if (served?.detection === this.markdownDetection && this.editedSince.size) served = this.checked(served);
    if (served?.detection !== this.markdownDetection) {
      this.editedSince.clear();
      served = { detection: this.markdownDetection, list: [...this.docs.values()].filter((s) => this.isServed(s)), titles: {} };
    }
    this.served = served;
    return served.list;
  }

  /** An object that stays the same while `treaties()` lists documents of the same titles in the same places (a keystroke leaves it). */
  titles(): object {
    this.treaties();
    return this.served!.titles;
  }

  /**
   * A document's new snapshot `now` in the place of `before` in the served list — typed, opened, closed, changed on
   * disk: a new list (features memoize on the list), the same titles until `checked`. A document new to the workspace,
   * or one that was not served, is listed again when asked.
   */
  private reserve(uri: string, before: Snapshot | undefined, now: Snapshot): void {
    const served = this.served;
    if (!served) return;
    const at = before ? served.list.indexOf(before) : -1;
    if (at < 0) return this.unserve();
    const list = served.list.slice();
    list[at] = now;
    this.served = { detection: served.detection, list, titles: served.titles };
    if (!this.editedSince.has(uri)) this.editedSince.set(uri, before!.titleKey);
  }

  /**
   * `served` once the documents edited since it was listed (`editedSince`) are asked whether they are still served
   * (if not, taken out) and titled as they were (if not, new `titles`). The list is the one `reserve` made after
   * the last `treaties()`: never handed out, changed in place.
   */
  private checked(served: { detection: boolean; list: Snapshot[]; titles: object }): typeof served {
    let titles = served.titles;
    for (const [uri, title] of this.editedSince) {
      const now = this.docs.get(uri)!;
      if (!this.isServed(now)) {
        served.list.splice(served.list.indexOf(now), 1);
        titles = {};
      } else if (now.titleKey !== title) titles = {};
    }
    this.editedSince.clear();
    return titles === served.titles ? served : { detection: served.detection, list: served.list, titles };
  }

  isServed(s: Snapshot): boolean {
    return s.isTreaty(this.markdownDetection);
  }

  /** Documents whose normalized title is `normalized`. */
  withTitle(normalized: string): Snapshot[] {
    const uris = this.byTitle.get(normalized);
    if (!uris) return [];
    // One document of that title, as most are: no copy of the set to sort (each citation of a run's texts asks: 0.5 % of
    // treaty-check's CPU samples over the 5,000 generated treaties went to the copy, sort, map and filter).
    if (uris.size === 1) {
      const one = this.docs.get(uris.values().next().value!);
      return one ? [one] : [];
    }
    return [...uris].sort().map((u) => this.docs.get(u)!).filter(Boolean);
  }

  /**
   * The document a citation names: by normalized title; among several, the one whose date
   * agrees. A document citing its own title with another date cites an earlier instrument
   * of that name (中哈联合声明 of 1993 in the one of 1996), not itself.
   */
  resolveCitation(c: Citation, fromUri?: string): Resolved | undefined {
    let candidates = this.withTitle(c.normalized);
    // A text citing its own title with another date cites an earlier version of itself; with a date and
    // none of its own (a gazette's page printing the agreement under the order publishing it), itself.
    if (c.date) candidates = candidates.filter((s) => s.uri !== fromUri || s.info.dates.length === 0 || dateAgrees(c.date!, s.info.dates));
    return chosenByDate(candidates, c);
  }

  /** Documents that cite the normalized title, by URI. */
  citing(normalized: string): Snapshot[] {
    this.flush();
    const uris = this.citers.get(normalized);
    return uris ? [...uris].sort().map((u) => this.docs.get(u)!) : [];
  }

  dependentsOf(uri: string): Snapshot[] {
    const title = this.titleOf.get(uri);
    if (title === undefined) return [];
    // What `uri` itself cites does not change who cites it: its model is not built for this.
    this.flush(uri);
    const uris = this.citers.get(title);
    return uris ? [...uris].filter((u) => u !== uri).sort().map((u) => this.docs.get(u)!) : [];
  }

  counterparts(uri: string): Snapshot[] {
    const out = new Map<string, Snapshot>();
    for (const group of this.declared) {
      if (!group.includes(uri)) continue;
      for (const u of group) {
        const s = u !== uri ? this.docs.get(u) : undefined;
        if (s && !s.refusal) out.set(u, s);
      }
    }
    const me = nameParts(uri);
    for (const u of me ? this.names().get(me.dir + me.base) ?? [] : []) {
      const s = this.docs.get(u);
      if (!s || u === uri || out.has(u) || s.refusal) continue;
      const lang = nameParts(u)?.lang;
      // Another language; at least one of the two names its language.
      if (lang !== me!.lang && (lang || me!.lang)) out.set(u, s);
    }
    return [...out.values()];
  }

  /** The normalized title other documents cite the document at `uri` by; undefined when it is not a citable treaty. */
  citedAs(uri: string): string | undefined {
    return this.titleOf.get(uri);
  }

  /**
   * The re-check policy: the documents whose diagnostics may change now that `uri` changed
   * from a version cited as `before` (`citedAs` before the change) — those citing it and its
   * counterparts (their texts are checked against it), or every document when the title it is
   * cited by changed (short forms and bare names resolve against all titles).
   */
  affectedBy(uri: string, before: string | undefined): Snapshot[] | 'all' {
    if (before !== this.titleOf.get(uri)) return 'all';
    const out = new Map(this.dependentsOf(uri).map((s) => [s.uri, s] as const));
    for (const s of this.counterparts(uri)) out.set(s.uri, s);
    return [...out.values()];
  }

  /** Brings the graph up to date with the documents changed since the last query (by difference), `except` one. */
  private flush(except?: string): void {
    for (const uri of this.stale) {
      if (uri === except) continue;
      const s = this.docs.get(uri);
      const cites = s && !s.refusal ? s.cites : [];
      const old = this.citesOf.get(uri) ?? [];
      if (old.length === cites.length && old.every((t, i) => t === cites[i])) continue;
      this.unlink(uri);
      if (cites.length === 0) continue;
      this.citesOf.set(uri, cites);
      for (const t of cites) {
        let set = this.citers.get(t);
        if (!set) this.citers.set(t, (set = new Set()));
        set.add(uri);
      }
    }
    const kept = except !== undefined && this.stale.has(except);
    this.stale.clear();
    if (kept) this.stale.add(except!);
  }

  private unlink(uri: string): void {
    for (const t of this.citesOf.get(uri) ?? []) {
      const set = this.citers.get(t);
      set?.delete(uri);
      if (set?.size === 0) this.citers.delete(t);
    }
    this.citesOf.delete(uri);
  }

  private retitle(uri: string, snapshot: Snapshot, previous: Snapshot | undefined): void {
    // A keystroke that leaves the title alone leaves the title map alone.
    const title = snapshot.titleKey;
    if (previous && this.titleOf.get(uri) === title) return;
    this.untitle(uri);
    // Only treaties are citable (a markdown note titled like one is not).
    if (!title || !snapshot.isTreaty(true)) return;
    this.titleOf.set(uri, title);
    let set = this.byTitle.get(title);
    if (!set) this.byTitle.set(title, (set = new Set()));
    set.add(uri);
  }

  private untitle(uri: string): void {
    const old = this.titleOf.get(uri);
    if (old === undefined) return;
    this.titleOf.delete(uri);
    const set = this.byTitle.get(old);
    set?.delete(uri);
    if (set?.size === 0) this.byTitle.delete(old);
  }
}
