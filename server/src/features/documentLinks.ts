// textDocument/documentLink: every citation that resolves becomes a link to the
// cited document (to the article, when one is named: `《联合国宪章》第102条`; to the chapter: `《联合国宪章》第七章`).
import { DocumentLink } from 'vscode-languageserver-types';
import { LineMap } from '../syntax/positions';
import { referencesOf } from '../model/references';
import { FeatureContext } from './context';
import { citedChapter, resolve } from './resolve';
import { citedChapters } from '../model/chapterReferences';

export function documentLinks(ctx: FeatureContext): DocumentLink[] {
  const { snapshot, treaty } = ctx;
  const map = ctx.lines;
  const out: DocumentLink[] = [];
  for (const r of referencesOf(treaty)) {
    if (!(r.kind === 'citation' || (r.kind === 'article' && r.citation))) continue;
    if (ctx.token.isCancellationRequested) break;
    const t = resolve(ctx, r);
    if (!t || (t.kind !== 'document' && t.kind !== 'article') || t.snapshot === snapshot) continue;
    let target = t.snapshot.uri;
    let tooltip = t.treaty.title?.text ?? '';
    let start = r.start;
    let end = r.end;
    if (r.kind === 'article' && t.kind === 'article') {
      // The link on `第102条` goes to the article's line; the citation keeps its own link.
      const line = new LineMap(t.treaty.tree.lines).lineOf(t.article.start);
      target = `${t.snapshot.uri}#L${line + 1}`;
      tooltip = `${tooltip} ${t.article.name}`;
      start = r.labelStart;
      end = r.labelEnd;
      if (start <= r.citation!.end) start = r.citation!.end;
    }
    if (end <= start) continue;
    out.push({ range: map.range(start, end), target, tooltip: tooltip.trim() });
  }
  // A chapter, section or part of another instrument (`《矿山安全法》第六章`): to its heading's line.
  for (const r of citedChapters(treaty)) {
    if (ctx.token.isCancellationRequested) break;
    const t = citedChapter(ctx, r);
    if (!t || t.snapshot === snapshot) continue;
    const line = new LineMap(t.treaty.tree.lines).lineOf(t.chapter.start);
    out.push({ range: map.range(r.start, r.end), target: `${t.snapshot.uri}#L${line + 1}`, tooltip: `${t.treaty.title?.text ?? ''} ${t.chapter.name}`.trim() });
  }
  return out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
