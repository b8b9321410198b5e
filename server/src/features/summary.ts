// `treaty/summary`: the few facts the editor's status bar shows about a treaty —
// its kind of instrument and how many articles (or numbered paragraphs) it has.
import { FeatureContext } from './context';

export interface Summary {
  title?: string;
  /** The kind of instrument as the title names it: 协定, 条约, 联合声明 … */
  kind?: string;
  /** Articles (第…条), or for joint statements their numbered paragraphs (一、). */
  units: number;
  unitStyle: 'article' | 'paragraph';
  chapters: number;
}

export function summary(ctx: FeatureContext): Summary {
  const { treaty } = ctx;
  const style = treaty.tree.unitStyle === 'paragraph' ? 'paragraph' : 'article';
  return {
    title: treaty.title?.text || undefined,
    kind: treaty.kind,
    units: treaty.articles.length,
    unitStyle: style,
    chapters: treaty.chapters.length,
  };
}
