// textDocument/definition: an article reference → that article (or paragraph, item);
// 《title》 → the document holding that instrument; 《title》第X条 → that article there;
// a defined term → its definition; 本协议 → this document's title.
import { LocationLink } from 'vscode-languageserver-types';
import { LineMap, trimEnd } from '../syntax/positions';
import { referenceAt } from '../model/references';
import { treatyText } from '../model/treaty';
import { FeatureContext } from './context';
import { isTarget, resolve } from './resolve';
import { chapterReferenceAt } from '../model/chapterReferences';

export function definition(ctx: FeatureContext, offset: number): LocationLink[] {
  const { snapshot, treaty } = ctx;
  const ref = referenceAt(treaty, offset);
  if (!ref) return chapterDefinition(ctx, offset);
  const target = resolve(ctx, ref);
  if (!isTarget(target)) return [];
  const from = ctx.lines;
  const originSelectionRange = from.range(ref.start, ref.end);
  const targetTreaty = target.kind === 'term' ? treaty : target.treaty;
  const to = target.snapshot === snapshot ? from : new LineMap(targetTreaty.tree.lines);
  switch (target.kind) {
    case 'article': {
      // Land on the paragraph or item when one is named, else on the article heading.
      const selStart = target.start === target.article.start ? target.article.label.start : target.start;
      const selEnd = target.start === target.article.start ? target.article.label.end : Math.min(target.end, to.row(to.lineOf(target.start))!.eol);
      return [{
        originSelectionRange, targetUri: target.snapshot.uri,
        targetRange: to.range(target.start, trimEnd(treatyText(targetTreaty), 0, target.end)),
        targetSelectionRange: to.range(selStart, selEnd),
      }];
    }
    case 'document': {
      const t = target.treaty.title;
      const start = t ? t.start : 0;
      const end = t ? t.end : 0;
      return [{
        originSelectionRange, targetUri: target.snapshot.uri,
        // The title's lines, their last line break left out (the selection must lie inside).
        targetRange: to.range(t ? t.line.start : 0, t ? t.lastLine.eol : 0),
        targetSelectionRange: to.range(start, end),
      }];
    }
    case 'term': {
      // The whole definition: the phrase and its clause (`甲国和乙国（以下简称“双方”）`), or the
      // clause and the meaning after it (`“边境”指两国边境地区`), so that it holds the term.
      const d = target.definition;
      return [{
        originSelectionRange, targetUri: snapshot.uri,
        targetRange: to.range(Math.min(d.meaningStart, d.clauseStart), Math.max(d.meaningEnd, d.clauseEnd)),
        targetSelectionRange: to.range(d.start, d.end),
      }];
    }
  }
}

/** A chapter or section named in the text (`第一节至第十一节`, `本协定第十七章`): its heading, the whole unit its range. */
function chapterDefinition(ctx: FeatureContext, offset: number): LocationLink[] {
  const named = chapterReferenceAt(ctx.treaty, offset);
  if (!named) return [];
  const c = named.chapter;
  const lines = ctx.lines;
  return [{
    originSelectionRange: lines.range(named.start, named.end), targetUri: ctx.snapshot.uri,
    targetRange: lines.range(c.start, trimEnd(treatyText(ctx.treaty), 0, c.end)),
    targetSelectionRange: lines.range(c.label.start, c.label.end),
  }];
}
