// The answer of `resolve` for the reference under the cursor `‸`, written as data: kind, file,
// span or what is missing (test/unit/resolve.test.ts, test/unit/resolveUnits.test.ts).
import assert from 'node:assert/strict';
import { contextOf } from '../../server/src/features/context';
import { resolve } from '../../server/src/features/resolve';
import { referenceAt } from '../../server/src/model/references';
import { workspace } from './workspace';

export type Answer =
  | { kind: 'article' | 'term'; file: string; start: number; end: number }
  | { kind: 'document'; file: string; dateAgrees?: boolean }
  | { kind: 'no-such-article'; num: number; in?: string; citation?: string }
  | { kind: 'no-such-paragraph' | 'no-such-item'; article: string; in: string }
  | { kind: 'no-such-document'; citation: string }
  | undefined
  /** No reference under the cursor: the words are not read as one. */
  | null;

/** Written answers; `'marked'`: an article or term at the ⟦…⟧ span. */
export type Want = Answer | 'marked article' | 'marked term';

const name = (uri: string) => decodeURI(uri.slice(uri.lastIndexOf('/') + 1));

export function answerOf(source: string): Answer {
  const ws = workspace(source);
  const ctx = contextOf(ws.index, ws.snapshot());
  const ref = referenceAt(ctx.treaty, ws.offset);
  if (!ref) return null;
  const t = resolve(ctx, ref);
  if (!t) return undefined;
  switch (t.kind) {
    case 'article': return { kind: t.kind, file: name(t.snapshot.uri), start: t.start, end: t.end };
    case 'term': return { kind: t.kind, file: name(t.snapshot.uri), start: t.definition.start, end: t.definition.end };
    case 'document': return t.dateAgrees === undefined ? { kind: t.kind, file: name(t.snapshot.uri) } : { kind: t.kind, file: name(t.snapshot.uri), dateAgrees: t.dateAgrees };
    case 'no-such-article': {
      const out: Answer = { kind: t.kind, num: t.num };
      if (t.in) out.in = name(t.in.uri);
      if (t.citation) out.citation = t.citation.title;
      return out;
    }
    case 'no-such-paragraph':
    case 'no-such-item': return { kind: t.kind, article: t.article.name, in: name(t.in.uri) };
    case 'no-such-document': return { kind: t.kind, citation: t.citation.title };
  }
}

export function expected(source: string, want: Want): Answer {
  if (want !== 'marked article' && want !== 'marked term') return want;
  const ws = workspace(source);
  const marked = ws.fx.files.filter((f) => f.marks.length > 0);
  assert.equal(marked.length, 1, 'one file holds the mark');
  const [m] = marked[0].marks;
  return { kind: want === 'marked article' ? 'article' : 'term', file: marked[0].name, start: m.start, end: m.end };
}
