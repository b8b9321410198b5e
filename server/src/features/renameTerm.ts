// textDocument/rename at a defined term: F2 on `“双方”` in `（以下简称“双方”）`, or on any use of it,
// gives the term a new name in its definition and in every use, in this document (a term is the
// text's own: other documents neither define nor use it). Article headings and references are
// renamed by number (renumber.ts); this is the rest of what a drafter renames.
//
// Safe as every proposed edit is: the text is rewritten only where the term is written, and the
// rewritten text is read again — it must define the same terms (the renamed one by its new name),
// read the same uses of each at the same places, and the same references to articles, instruments
// and itself. A new name that the text already uses as plain words (they would become uses of the
// term), that another term holds, or that would be read as a reference, is refused with the reason,
// as is a use inside the words another short name stands for. The title's words and the words the
// term itself stands for are left as written.
import { Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { Reference, referenceAt, referencesOf } from '../model/references';
import { Treaty, articleLayout, buildTreaty } from '../model/treaty';
import { CLOSE, OPEN } from '../model/definitions';
import { FeatureContext } from './context';
import { RenameAnswer } from './renumber';
import { msg } from './messages';

/** Characters no name may hold: quotation marks and brackets (they end the definition), line breaks, the marks that end a phrase. */
const NOT_IN_NAME = new RegExp(`[${OPEN}${CLOSE}（）()《》\\[\\]【】〔〕\\r\\n，,。；;：:、！？!?]`);
/** The longest name a definition is read with: in quotation marks (definitions.ts QUOTES), or bare (`（以下简称缔约双方）`, BARE). */
const MAX_QUOTED = 30;
const MAX_BARE = 12;

/** The term at `offset`: on its definition's name, or on a use of it. */
function termAt(treaty: Treaty, offset: number): number | undefined {
  const d = treaty.definitions.findIndex((x) => offset >= x.start && offset <= x.end);
  if (d >= 0) return d;
  const ref = referenceAt(treaty, offset);
  return ref?.kind === 'term' && ref.definition >= 0 && ref.definition < treaty.definitions.length ? ref.definition : undefined;
}

/** Where a rename can start on a term: the name under the cursor (the definition's or the use's) and the term as placeholder; null elsewhere. */
export function prepareTermRename(ctx: FeatureContext, offset: number): RenameAnswer<{ range: Range; placeholder: string }> {
  const { treaty } = ctx;
  const d = termAt(treaty, offset);
  if (d === undefined) return null;
  const def = treaty.definitions[d];
  const onDefinition = offset >= def.start && offset <= def.end;
  const ref = onDefinition ? undefined : referenceAt(treaty, offset);
  const span = ref ?? def;
  return { range: ctx.lines.range(span.start, span.end), placeholder: def.term };
}

/** The edit renaming the term at `offset` to `newName` in its definition and every use; null when no term is there. */
export function renameTerm(ctx: FeatureContext, offset: number, newName: string): RenameAnswer<WorkspaceEdit> {
  const { treaty, snapshot } = ctx;
  const d = termAt(treaty, offset);
  if (d === undefined) return null;
  const def = treaty.definitions[d];
  let name = newName.trim();
  const text = treaty.text;
  // A short title in book-title marks (`（以下简称《安排》）`) stays one: the marks kept, or put around the name typed.
  const titled = /^《[^《》]+》$/.test(def.term);
  if (titled && !/^《[^《》]+》$/.test(name)) name = `《${name}》`;
  const bare = def.start === 0 || !OPEN.includes(text[def.start - 1]);
  const longest = bare ? MAX_BARE : MAX_QUOTED;
  const shown = name.length > 20 ? `${name.slice(0, 20)}…` : name;
  const inner = titled ? name.slice(1, -1) : name;
  if (!inner || name.length > longest || NOT_IN_NAME.test(inner) || /\s/.test(name)) {
    return { refused: msg('rename.termName', shown, longest), invalidName: true };
  }
  if (name === def.term) return { changes: {} };
  const other = treaty.definitions.find((x, i) => i !== d && x.term === name);
  if (other) return { refused: msg('rename.refused', `“${shown}”`, msg('rename.termTaken', name)) };
  // The definition's name and each use, in text order. Not the title's words: a title that holds the term
  // (`…相互鼓励和保护投资协定` defining 投资) names the instrument, and citations of it match those words. Nor the words
  // the term stands for (`…徵收的內地稅收（以下簡稱“稅收”）`): rewritten, the term would stand for other words.
  const kept = keptSpans(treaty, d);
  const spans: { start: number; end: number }[] = [{ start: def.start, end: def.end }];
  for (const r of referencesOf(treaty)) {
    // A short title's uses are short citations of the instrument it stands for (`《安排》所指…`), read as citations.
    const shortCitation = titled && r.kind === 'citation' && text.slice(r.start, r.end) === def.term;
    if (!shortCitation && (r.kind !== 'term' || r.definition !== d)) continue;
    if (kept(r.start)) continue;
    // A use broken over two lines (a run joins them): rewriting it would join the lines.
    if (/[\r\n]/.test(text.slice(r.start, r.end))) return { refused: msg('rename.refused', `“${shown}”`, msg('rename.termBroken', lineOf(ctx, r.start))) };
    spans.push({ start: r.start, end: r.end });
  }
  spans.sort((a, b) => a.start - b.start);
  // A use inside the words another short name stands for (`现有税收…，以下分别称为“内地税收”`, 税收 defined too): rewritten, that
  // name would stand for other words. (A term defined by what it means may use others in its meaning: 是指缔约一方的国民.)
  const holder = treaty.definitions.find((x, i) => i !== d && !x.byMeaning && spans.some((sp) => sp.start >= x.meaningStart && sp.end <= x.meaningEnd));
  if (holder) return { refused: msg('rename.refused', `“${shown}”`, msg('rename.termInMeaning', holder.term)) };
  const why = changedMeaning(treaty, spans, name, d);
  if (why) return { refused: msg('rename.refused', `“${shown}”`, why) };
  const edits: TextEdit[] = spans.map((s) => ({ range: ctx.lines.range(s.start, s.end), newText: name }));
  return { changes: { [snapshot.uri]: edits } };
}

/** Whether an offset lies where a rename of term `d` writes nothing: on the title's lines, or in the words the term stands for. */
function keptSpans(treaty: Treaty, d: number): (offset: number) => boolean {
  const t = treaty.title;
  const { meaningStart, meaningEnd } = treaty.definitions[d];
  return (offset) => (t !== undefined && offset >= t.line.start && offset < t.lastLine.end) || (offset >= meaningStart && offset < meaningEnd);
}

function lineOf(ctx: FeatureContext, offset: number): number {
  return ctx.lines.positionAt(offset).line + 1;
}

/**
 * Why the text with `spans` rewritten as `name` would not read as the same text with one term
 * renamed, or undefined: its terms, their uses, and its references to articles, instruments and
 * itself, each where it was (offsets moved by the rewriting before them).
 */
function changedMeaning(treaty: Treaty, spans: readonly { start: number; end: number }[], name: string, renamed: number): string | undefined {
  const text = treaty.text;
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + name;
    at = s.end;
  }
  const after = buildTreaty(out + text.slice(at));
  // Where an offset of the old text is in the new one (spans are rewritten whole: an offset inside one never asked).
  const moved = (offset: number): number => {
    let delta = 0;
    for (const s of spans) {
      if (s.end > offset) break;
      delta += name.length - (s.end - s.start);
    }
    return offset + delta;
  };
  if (after.articles.length !== treaty.articles.length || after.articles.some((a, i) => a.name !== treaty.articles[i].name)) return msg('rename.articleCount');
  // Each article read as it was: a heading's short text with the term in it (`第二条 双方同意`, a sentence cut by a line
  // break) is read as a caption or not by its words (`双方` is a sentence's subject; `午未申酉` no word the parser knows).
  if (after.articles.some((a, i) => articleLayout(a) !== articleLayout(treaty.articles[i]))) return msg('rename.articleShape');
  // Each term where it was, by its name, standing for the same words (the phrase before its definition, where it was).
  const defsBefore = treaty.definitions.map((x, i) => `${moved(x.start)} ${i === renamed ? name : x.term} ${moved(x.meaningStart)} ${moved(x.meaningEnd)}`);
  const defsAfter = after.definitions.map((x) => `${x.start} ${x.term} ${x.meaningStart} ${x.meaningEnd}`);
  if (defsBefore.join('\n') !== defsAfter.join('\n')) return msg('rename.termDefinitions');
  // (The title's words and the words the term stands for are left as written: what the model read there as uses of the
  // term is no part of the comparison.)
  const keptBefore = keptSpans(treaty, renamed);
  const keptAfter = keptSpans(after, renamed);
  const before = referencesOf(treaty).filter((r) => !(r.kind === 'term' && r.definition === renamed && keptBefore(r.start))).map((r) => signature(r, moved));
  const now = referencesOf(after).filter((r) => !(r.kind === 'term' && r.definition === renamed && keptAfter(r.start))).map((r) => signature(r, (x) => x));
  if (before.length !== now.length || before.some((s, i) => s !== now[i])) {
    const k = before.findIndex((s, i) => s !== now[i]);
    const gained = now.find((s) => !before.includes(s));
    const at = Number((gained ?? before[k] ?? '').split(' ')[1]) || 0;
    const line = after.text.slice(0, at).split('\n').length;
    return msg(text.includes(name) ? 'rename.termReadsPlain' : 'rename.termReads', line);
  }
  return undefined;
}

/** A reference as comparable text: its kind, where it is, and what it names (its target, the instrument cited, the term). */
function signature(r: Reference, moved: (offset: number) => number): string {
  const where = `${moved(r.start)} ${moved(r.end)}`;
  switch (r.kind) {
    case 'term':
      return `term ${where} ${r.definition}`;
    case 'self':
      return `self ${where} ${r.uncertain ?? ''}`;
    case 'citation':
      return `citation ${where} ${r.citation.normalized}`;
    case 'article':
      return `article ${where} ${JSON.stringify(r.target)} ${r.citation?.normalized ?? ''} ${r.relative ?? ''} ${r.range ?? ''} ${r.uncertain ?? ''} ${r.elsewhere ?? ''}`;
  }
}
