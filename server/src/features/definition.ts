// textDocument/definition: an article reference → that article (or paragraph, item);
// 《title》 → the document holding that instrument; 《title》第X条 → that article there;
// a defined term → its definition; 本协议 → this document's title.
import { LocationLink } from 'vscode-languageserver-types';
import { LineMap } from '../syntax/positions';
import { referenceAt } from '../model/references';
import { Snapshot, WorkspaceIndex } from '../index/workspace';
import { isTarget, resolve } from './resolve';

export function definition(index: WorkspaceIndex, snapshot: Snapshot, offset: number): LocationLink[] {
  const treaty = snapshot.treaty;
  const ref = referenceAt(treaty, offset);
  if (!ref) return [];
  const target = resolve(index, snapshot, ref);
  if (!isTarget(target)) return [];
  const from = new LineMap(treaty.tree.lines);
  const originSelectionRange = { start: from.positionAt(ref.start), end: from.positionAt(ref.end) };
  const targetTreaty = target.kind === 'term' ? treaty : target.treaty;
  const to = target.snapshot === snapshot ? from : new LineMap(targetTreaty.tree.lines);
  switch (target.kind) {
    case 'article': {
      // Land on the paragraph or item when one is named, else on the article heading.
      const selStart = target.start === target.article.start ? target.article.label.start : target.start;
      const selEnd = target.start === target.article.start ? target.article.label.end : Math.min(target.end, lineEndOf(targetTreaty, target.start));
      return [{
        originSelectionRange, targetUri: target.snapshot.uri,
        targetRange: { start: to.positionAt(target.start), end: to.positionAt(trimEnd(targetTreaty.text, target.end)) },
        targetSelectionRange: { start: to.positionAt(selStart), end: to.positionAt(selEnd) },
      }];
    }
    case 'document': {
      const t = target.treaty.title;
      const start = t ? t.start : 0;
      const end = t ? t.end : 0;
      return [{
        originSelectionRange, targetUri: target.snapshot.uri,
        targetRange: { start: to.positionAt(t ? t.line.start : 0), end: to.positionAt(t ? t.line.end : 0) },
        targetSelectionRange: { start: to.positionAt(start), end: to.positionAt(end) },
      }];
    }
    case 'term': {
      const d = target.definition;
      return [{
        originSelectionRange, targetUri: snapshot.uri,
        targetRange: { start: to.positionAt(d.meaningStart), end: to.positionAt(d.clauseEnd) },
        targetSelectionRange: { start: to.positionAt(d.start), end: to.positionAt(d.end) },
      }];
    }
  }
}

function lineEndOf(treaty: { text: string }, offset: number): number {
  const nl = treaty.text.indexOf('\n', offset);
  return nl < 0 ? treaty.text.length : nl;
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return end;
}
