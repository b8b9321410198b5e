// The divergences between a Chinese text and its counterpart, written as a reader checks them:
// each finding on the line it is on, with the text it marks, its message, and where the other
// text's unit is (divergenceBite, divergenceSubItemsBite).
import { buildTreaty, Treaty } from '../../server/src/model/treaty';
import { align } from '../../server/src/features/align';
import { divergencesOf, Finding } from '../../server/src/features/divergence';
import { WorkspaceIndex } from '../../server/src/index/workspace';
import { contextOf } from '../../server/src/features/context';
import { diagnostics } from '../../server/src/features/diagnostics';

/** `line:character` of an offset, both counted as an editor shows them (line from 1). */
export function where(text: string, offset: number): string {
  const before = text.slice(0, offset);
  return `${before.split('\n').length}:${offset - (before.lastIndexOf('\n') + 1)}`;
}

/** `LINE CODE ⟦marked text⟧ MESSAGE → OTHER UNIT line:character⟦its marked text⟧`. */
export function shown(own: Treaty, other: Treaty, f: Finding): string {
  return `${where(own.text, f.start).split(':')[0]} ${f.code} ⟦${own.text.slice(f.start, f.end)}⟧ ${f.message} → ${f.otherUnit} ${where(other.text, f.otherStart)}⟦${other.text.slice(f.otherStart, f.otherEnd)}⟧`;
}

/** Every finding of each side, the Chinese text first, its counterpart in English. */
export function findings(zh: string, en: string): { zh: string[]; en: string[] } {
  const a = buildTreaty(zh);
  const b = buildTreaty(en);
  const al = align(a, b);
  return {
    zh: divergencesOf(al, 'a', '英文本').map((f) => shown(a, b, f)),
    en: divergencesOf(al, 'b', '中文本').map((f) => shown(b, a, f)),
  };
}

/** An index holding texts by file name, as the editor would (open documents): `NAME.LANG.md` beside `NAME.zh.md` its counterpart. */
export function indexOf(files: Record<string, string>): WorkspaceIndex {
  const index = new WorkspaceIndex();
  for (const [name, text] of Object.entries(files)) index.set(`file:///ws/${encodeURI(name)}`, text, 1, 'markdown');
  return index;
}

/** The align.* diagnostics of each file, as `line:code:message` (lines 1-based). */
export function divergences(files: Record<string, string>): Record<string, string[]> {
  const index = indexOf(files);
  const out: Record<string, string[]> = {};
  for (const name of Object.keys(files)) {
    const s = index.get(`file:///ws/${encodeURI(name)}`)!;
    out[name] = diagnostics(contextOf(index, s)).filter((d) => String(d.code).startsWith('align.')).map((d) => `${d.range.start.line + 1}:${d.code}:${d.message}`);
  }
  return out;
}
