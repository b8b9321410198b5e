// The texts of one instrument in other languages (its counterparts), and what the
// editor does with them: the divergence diagnostics, the `treaty.counterpart` command
// (the same unit in the counterpart), and a code lens on each article naming its
// counterpart (`俄文本对应条款：Статья 12`).
//
// Which documents are counterparts is the workspace's answer (`Workspace.counterparts`: by
// file name in the same folder — `协定.zh.md` / `协定.ru.md` / `协定.en.md`, or `协定.md`
// beside `协定.ru.md` — or declared in `.treatyrc.json`, which the server feeds the index).
import { CodeLens, DiagnosticRelatedInformation, Location, Range } from 'vscode-languageserver-types';
import { Snapshot, Workspace, nameParts } from '../index/workspace';
import { LineMap } from '../syntax/positions';
import { Line, firstContentLine } from '../syntax/tree';
import { Alignment, align, counterpartUnit } from './align';
import type { Treaty } from '../model/treaty';
import { FeatureContext } from './context';
import { AlignCode, TEXT_NAMES, divergencesOf, unitName } from './divergence';
import { languageOf } from './language';
import { msg } from './messages';

export interface Counterpart {
  snapshot: Snapshot;
  /** Its language code (`ru`), when known. */
  lang?: string;
}

/** The language of a document: its file name's tag, else its model's. */
export function languageOfDocument(workspace: Workspace, s: Snapshot): string | undefined {
  return nameParts(s.uri)?.lang ?? languageOf(workspace.model(s));
}

/** The other texts of the instrument `snapshot` is a text of (`Workspace.counterparts`), with their languages. */
export function counterpartsOf(workspace: Workspace, snapshot: Snapshot): Counterpart[] {
  return workspace.counterparts(snapshot.uri).map((s) => ({ snapshot: s, lang: languageOfDocument(workspace, s) }));
}

/** What messages call a text in `lang`: `俄文本`, `Russian text`. */
export function textName(lang: string | undefined): string {
  const key = lang ? TEXT_NAMES[lang] : undefined;
  return msg(key ?? 'text.other');
}


/** The alignment of two documents, the same whichever side asks (the one with the smaller URI is `a`). */
export function alignmentOf(workspace: Workspace, self: Snapshot, other: Snapshot): { al: Alignment; side: 'a' | 'b' } {
  const mine = workspace.model(self);
  const theirs = workspace.model(other);
  return self.uri <= other.uri ? { al: align(mine, theirs), side: 'a' } : { al: align(theirs, mine), side: 'b' };
}

export interface CounterpartDiagnostic {
  code: AlignCode;
  start: number;
  end: number;
  message: string;
  related: DiagnosticRelatedInformation[];
}

/** The divergences of this text from each of its counterparts, as diagnostics.ts reports them. */
export function counterpartDiagnostics(ctx: FeatureContext): CounterpartDiagnostic[] {
  const out: CounterpartDiagnostic[] = [];
  for (const c of counterpartsOf(ctx.workspace, ctx.snapshot)) {
    if (ctx.token.isCancellationRequested) break;
    const { al, side } = alignmentOf(ctx.workspace, ctx.snapshot, c.snapshot);
    const other = al[side === 'a' ? 'b' : 'a'];
    const name = textName(c.lang);
    let map: LineMap | undefined;
    for (const f of divergencesOf(al, side, name)) {
      map ??= new LineMap(other.tree.lines);
      out.push({
        code: f.code, start: f.start, end: f.end, message: f.message,
        related: [{ location: { uri: c.snapshot.uri, range: map.range(f.otherStart, f.otherEnd) }, message: msg('align.related', name, f.otherUnit) }],
      });
    }
  }
  return out;
}

/** The range to show of a unit: its first line's content. */
function unitRange(map: LineMap, u: { start: number; block: import('../syntax/tree').Block }): Range {
  const l = firstContentLine(u.block);
  return l ? map.range(l.contentStart, l.contentEnd) : map.range(u.start, u.start);
}

/**
 * `treaty.counterpart`: the same unit (item, paragraph, article; the preamble, the signing
 * clause) in a counterpart (`targetUri`, or the first), or null when there is none.
 */
export function counterpartLocation(ctx: FeatureContext, offset: number, targetUri?: string): Location | null {
  const list = counterpartsOf(ctx.workspace, ctx.snapshot);
  const c = (targetUri && list.find((x) => x.snapshot.uri === targetUri)) || list[0];
  if (!c) return null;
  const { al, side } = alignmentOf(ctx.workspace, ctx.snapshot, c.snapshot);
  const own = al[side];
  const other = al[side === 'a' ? 'b' : 'a'];
  const map = new LineMap(other.tree.lines);
  const hit = counterpartUnit(al, side, offset);
  if (hit?.to) {
    const u = hit.to.item ?? hit.to.paragraph ?? hit.to.article;
    const range = u === hit.to.article ? map.range(hit.to.article.label.start, hit.to.article.head.contentEnd) : unitRange(map, u);
    return { uri: c.snapshot.uri, range };
  }
  // Outside the articles: the preamble, the signing clause, the title.
  const block = (b: { start: number; end: number } | undefined) => b && offset >= b.start && offset < b.end;
  if (block(own.signing) && other.signing) return { uri: c.snapshot.uri, range: map.range(other.signing.start, other.signing.start) };
  const point = pointCounterpart(own, other, offset);
  if (point) return { uri: c.snapshot.uri, range: map.range(point.contentStart, point.contentEnd) };
  if (block(own.preamble) && other.preamble) return { uri: c.snapshot.uri, range: map.range(other.preamble.start, other.preamble.start) };
  if (hit) {
    // An article without a counterpart: the nearest article before it that has one.
    let last: { start: number } | undefined;
    for (const p of al.articles) {
      const mine = p[side];
      if (mine && mine.start > offset) break;
      const theirs = p[side === 'a' ? 'b' : 'a'];
      if (theirs) last = theirs.label;
    }
    if (last) return { uri: c.snapshot.uri, range: map.range(last.start, last.start) };
  }
  return { uri: c.snapshot.uri, range: map.range(other.title?.start ?? 0, other.title?.start ?? 0) };
}

/** A text's numbered lines (`1.`, `2\.`, `(八)`, `一、`) and headings (`### 遺產地精神的保護`), in order: the points of a text of paragraphs alone and what groups them. */
function numberedLines(t: Treaty): Line[] {
  return t.tree.lines.filter((l) => (l.label && l.num !== undefined && (l.kind === 'item' || l.kind === 'para')) || l.kind === 'heading');
}

/**
 * In a text of paragraphs alone (no article in either text: a proclamation, a declaration), the numbered paragraph
 * or heading the one at `offset` is in, in the other text: the same place in the lists where both number and head
 * alike (points numbered anew under each heading, `1.` `2.` `3.` / `1.` `2.`, the Québec Declaration); else the same number, as often as it
 * came before (`(八)` / `8\.`), or the last one numbered below it (`(十三)` / `12\.`, whose line holds `13.` run on:
 * the Potsdam Proclamation's cable). Undefined outside a numbered paragraph, or where the other text has none.
 */
function pointCounterpart(own: Treaty, other: Treaty, offset: number): Line | undefined {
  if (own.articles.length || other.articles.length) return undefined;
  const mine = numberedLines(own);
  let k = -1;
  while (k + 1 < mine.length && mine[k + 1].start <= offset) k++;
  if (k < 0) return undefined;
  const theirs = numberedLines(other);
  if (!theirs.length) return undefined;
  const numbered = (l: Line) => l.kind !== 'heading';
  if (mine.length === theirs.length && mine.every((l, i) => numbered(l) === numbered(theirs[i]) && (!numbered(l) || l.num === theirs[i].num))) return theirs[k];
  if (!numbered(mine[k])) return undefined;
  const n = mine[k].num!;
  const seen = mine.slice(0, k).filter((l) => numbered(l) && l.num === n).length;
  const same = theirs.filter((l) => numbered(l) && l.num === n);
  if (same.length) return same[Math.min(seen, same.length - 1)];
  let below: Line | undefined;
  for (const l of theirs) if (numbered(l) && l.num! < n && (!below || l.num! >= below.num!)) below = l;
  return below;
}

/** The command a counterpart lens runs (the client opens the location beside): arguments `[uri, range]`. */
export const REVEAL_COUNTERPART = 'treaty.revealCounterpart';

/** A lens over each article per counterpart: `俄文本对应条款：Статья 12`, or `俄文本无对应条款`. */
export function counterpartLenses(ctx: FeatureContext): CodeLens[] {
  const out: CodeLens[] = [];
  for (const c of counterpartsOf(ctx.workspace, ctx.snapshot)) {
    if (ctx.token.isCancellationRequested) break;
    const { al, side } = alignmentOf(ctx.workspace, ctx.snapshot, c.snapshot);
    const other = al[side === 'a' ? 'b' : 'a'];
    const map = new LineMap(other.tree.lines);
    const name = textName(c.lang);
    for (const p of al.articles) {
      const mine = p[side];
      if (!mine) continue;
      const theirs = p[side === 'a' ? 'b' : 'a'];
      const range = ctx.lines.range(mine.label.start, mine.label.end);
      if (!theirs) {
        out.push({ range, command: { title: msg('counterpart.lensMissing', name), command: '' } });
        continue;
      }
      const target = map.range(theirs.label.start, theirs.head.contentEnd);
      out.push({ range, command: { title: msg('counterpart.lens', name, unitName(other, c.lang, theirs)), command: REVEAL_COUNTERPART, arguments: [c.snapshot.uri, target] } });
    }
  }
  return out;
}
