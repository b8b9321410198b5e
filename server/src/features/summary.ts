// `treaty/summary`: the few facts the editor's status bar shows about a treaty —
// its kind of instrument and how many articles (or numbered paragraphs) it has.
import { Treaty } from '../model/treaty';
import type { Summary } from '../protocol/commands';

export function summary(treaty: Treaty): Summary {
  const style = treaty.tree.unitStyle === 'paragraph' ? 'paragraph' : 'article';
  return {
    title: treaty.title?.text || undefined,
    kind: treaty.kind,
    units: treaty.articles.length,
    unitStyle: style,
    chapters: treaty.chapters.length,
  };
}
