// Where a reference points: shared by definition, hover, references, links and diagnostics.
import { Article, Treaty, kindOf } from '../model/treaty';
import { Citation, Reference, resolveInTreaty, shortFormParts } from '../model/references';
import { dateAgrees } from '../model/info';
import { foldScript } from '../syntax/script';
import { Definition } from '../model/definitions';
import { Resolved, Snapshot, Workspace } from '../index/workspace';
import { FeatureContext } from './context';

export type Target =
  | { kind: 'article'; snapshot: Snapshot; treaty: Treaty; article: Article; start: number; end: number; missing?: 'paragraph' | 'item' }
  | { kind: 'document'; snapshot: Snapshot; treaty: Treaty; dateAgrees?: boolean }
  | { kind: 'term'; snapshot: Snapshot; definition: Definition };

export type Unresolved =
  | { kind: 'no-such-article'; num: number; citation?: Citation; in?: Snapshot }
  | { kind: 'no-such-paragraph' | 'no-such-item'; article: Article; in: Snapshot }
  | { kind: 'no-such-document'; citation: Citation };

/** Resolves a reference made in `from`. Returns a target, or why there is none. */
export function resolve(ctx: FeatureContext, ref: Reference): Target | Unresolved | undefined {
  const { workspace: index, snapshot: from } = ctx;
  switch (ref.kind) {
    case 'self':
      return { kind: 'document', snapshot: from, treaty: ctx.treaty };
    case 'term': {
      const d = ctx.treaty.definitions[ref.definition];
      return d ? { kind: 'term', snapshot: from, definition: d } : undefined;
    }
    case 'citation': {
      const r = cachedTarget(ctx, ref.citation);
      if (!r) return { kind: 'no-such-document', citation: ref.citation };
      return { kind: 'document', snapshot: r.snapshot, treaty: index.model(r.snapshot), dateAgrees: r.dateAgrees };
    }
    case 'article': {
      let snapshot = from;
      if (ref.citation) {
        const r = cachedTarget(ctx, ref.citation);
        if (!r) return { kind: 'no-such-document', citation: ref.citation };
        snapshot = r.snapshot;
      }
      const treaty = snapshot === from ? ctx.treaty : index.model(snapshot);
      const hit = resolveInTreaty(treaty, ref.target);
      if (!hit) return { kind: 'no-such-article', num: ref.target.num, citation: ref.citation, in: snapshot };
      if (hit.missing) return { kind: hit.missing === 'paragraph' ? 'no-such-paragraph' : 'no-such-item', article: hit.article, in: snapshot };
      return { kind: 'article', snapshot, treaty, article: hit.article, start: hit.start, end: hit.end };
    }
  }
}

/**
 * Joint statements and communiqués share their titles (`中华人民共和国和哈萨克斯坦共和国联合声明`
 * of 1993, 1995, 1996 …): a dated citation of one whose date no same-titled document has
 * names another statement, not in the workspace — not a wrong date.
 */
const REPEATED_TITLES = new Set(['联合声明', '联合公报', '联合新闻公报', '声明', '公报']);

/**
 * Citations resolved in one feature context, by what they say: a law citing `刑法第X条` a hundred
 * times looks the name up once (each lookup may read every title of the workspace).
 */
const targets = new WeakMap<FeatureContext, Map<string, Resolved | undefined>>();

function cachedTarget(ctx: FeatureContext, c: Citation): Resolved | undefined {
  let memo = targets.get(ctx);
  if (!memo) targets.set(ctx, (memo = new Map()));
  const d = c.date;
  const key = `${c.short ? 's' : ''}${c.bare ? 'b' : ''}${c.quoted ? 'q' : ''}|${c.title}|${c.normalized}|${d ? `${d.year}-${d.month ?? ''}-${d.day ?? ''}` : ''}`;
  if (memo.has(key)) return memo.get(key);
  const r = citationTarget(ctx.workspace, c, ctx.snapshot);
  memo.set(key, r);
  return r;
}

/** A snapshot's title folded to simplified characters, once per snapshot (snapshots never change). */
const foldedTitles = new WeakMap<Snapshot, string>();
function foldedTitle(s: Snapshot): string {
  let t = foldedTitles.get(s);
  if (t === undefined) foldedTitles.set(s, (t = foldScript(s.titleKey ?? '')));
  return t;
}

function citationTarget(index: Workspace, c: Citation, from: Snapshot): Resolved | undefined {
  const r = index.resolveCitation(c, from.uri) ?? (c.short ? shortFormTarget(index, c, from) : c.bare ? bareNameTarget(index, c, from) : undefined);
  if (r && r.dateAgrees === false && REPEATED_TITLES.has(kindOf(c.normalized) ?? '')) return undefined;
  return r;
}

/**
 * A short form names its parties and kind, not the full title: `中英联合声明` is
 * `中华人民共和国政府和大不列颠及北爱尔兰联合王国政府关于香港问题的联合声明`. A document whose
 * title names those parties in that order and ends with that kind (and whose date agrees,
 * when one is written) is the one cited.
 */
function shortFormTarget(index: Workspace, c: Citation, from: Snapshot): Resolved | undefined {
  const parts = shortFormParts(c.title);
  if (!parts) return undefined;
  for (const s of index.treaties()) {
    if (s === from) continue;
    const title = foldedTitle(s).replace(/[（(][^）)]*[）)]$/, '');
    if (!title.endsWith(parts.kind)) continue;
    let at = 0;
    if (!parts.names.every((n) => (at = title.indexOf(n, at)) >= 0)) continue;
    if (c.date && !dateAgrees(c.date, s.info.dates)) continue;
    return { snapshot: s, dateAgrees: c.date ? true : undefined };
  }
  return undefined;
}

/**
 * A name written without brackets (`香港特别行政区基本法第一条`, `民法第九十九条`) is the end of a
 * title: `中华人民共和国香港特别行政区基本法`. The document whose title ends with the longest
 * part of the name (at least the kind and one more character) is the one named.
 */
function bareNameTarget(index: Workspace, c: Citation, from: Snapshot): Resolved | undefined {
  const name = foldScript(c.normalized);
  const kind = kindOf(name) ?? '';
  let best: { snapshot: Snapshot; length: number } | undefined;
  for (const s of index.treaties()) {
    if (s === from) continue;
    const title = foldedTitle(s);
    // Every ending of the name ends with its last character: most titles go at this test.
    if (title.charCodeAt(title.length - 1) !== name.charCodeAt(name.length - 1)) continue;
    for (let i = 0; name.length - i > Math.max(kind.length, 1) && (!best || name.length - i > best.length); i++) {
      if (title.endsWith(name.slice(i))) {
        best = { snapshot: s, length: name.length - i };
        break;
      }
    }
  }
  return best ? { snapshot: best.snapshot, dateAgrees: undefined } : undefined;
}

export function isTarget(t: Target | Unresolved | undefined): t is Target {
  return t !== undefined && (t.kind === 'article' || t.kind === 'document' || t.kind === 'term');
}
