// How the foreign-text tests write what the reader found (foreignBite, sampledGapsG12refs).
import { buildTreaty, Treaty } from '../../server/src/model/treaty';
import { findForeignReferences } from '../../server/src/model/foreignReferences';

/** A span of the text, marked: `⟦Article 5⟧`. */
export const cut = (t: Treaty, start: number, end: number) => `⟦${t.text.slice(start, end)}⟧`;

/** Every reference of a text: `⟦written⟧ article 5¶2.1 label⟦Article 5⟧ 本条 ?` (¶ paragraph, `.` item, `?` uncertain), `⟦…⟧ self`, `⟦…⟧ term T`. */
export function foreignRefs(text: string): string[] {
  const t = buildTreaty(text);
  return findForeignReferences(t).map((r) => {
    if (r.kind === 'self') return `${cut(t, r.start, r.end)} self`;
    if (r.kind === 'term') return `${cut(t, r.start, r.end)} term ${t.definitions[r.definition].term}`;
    const g = r.target;
    return `${cut(t, r.start, r.end)} article ${g.num}${g.paragraph !== undefined ? `¶${g.paragraph}` : ''}${g.item !== undefined ? `.${g.item}` : ''} label${cut(t, r.labelStart, r.labelEnd)}${r.relative ? ` ${r.relative}` : ''}${r.uncertain ? ' ?' : ''}`;
  });
}
