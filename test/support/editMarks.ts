// Proposed edits as data: the lines an edit touches, each edit written ⟦old→new⟧ in place, so
// that a test states every edit's exact range and new text by quoting the text around it.
// Line breaks inside an old or a new text show as ↵. Edits must come in document order and not
// overlap: one that does not shows as ⟦!order⟧ (the list a client applies must be ordered).
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { Renumbering } from '../../server/src/features/renumber';
import { TestWorkspace } from './workspace';

const shown = (s: string) => s.replace(/\r/g, '␍').replace(/\n/g, '↵');

/** `N: line` (1-based) for every line holding an edit, each edit ⟦old→new⟧. */
export function markedLines(text: string, edits: readonly TextEdit[]): string[] {
  const doc = TextDocument.create('file:///x', 'markdown', 1, text);
  let out = '';
  let at = 0;
  for (const e of edits) {
    const s = doc.offsetAt(e.range.start);
    const end = doc.offsetAt(e.range.end);
    if (s < at || end < s) {
      out += '⟦!order⟧';
      continue;
    }
    out += `${text.slice(at, s)}⟦${shown(text.slice(s, end))}→${shown(e.newText)}⟧`;
    at = end;
  }
  out += text.slice(at);
  return out.split('\n').flatMap((line, i) => (line.includes('⟦') ? [`${i + 1}: ${line.replace(/\r$/, '')}`] : []));
}

/** Every file a workspace edit changes, by fixture file name, as `markedLines`. */
export function markedEdit(ws: TestWorkspace, edit: WorkspaceEdit | undefined): Record<string, string[]> | undefined {
  if (!edit) return undefined;
  const files: Record<string, string[]> = {};
  for (const [uri, edits] of Object.entries(edit.changes ?? {})) {
    const f = ws.fx.files.find((x) => x.uri === uri);
    files[f ? f.name : uri] = markedLines(f ? f.text : '', edits);
  }
  return files;
}

/** A renumbering as a test states it: each file's edits (`markedEdit`), the articles, the references to no article, the refusal. */
export interface RenumberingWant { files?: Record<string, string[]>; articles: number; dangling: string[]; refused?: string }

export function renumbering(ws: TestWorkspace, r: Renumbering): RenumberingWant {
  const got: RenumberingWant = { articles: r.articles, dangling: r.dangling };
  const files = markedEdit(ws, r.edit);
  if (files) got.files = files;
  if (r.refused !== undefined) got.refused = r.refused;
  return got;
}

/** A rename as a test states it: each file's edits (`markedEdit`), the refusal, or null (nothing to rename). */
export type RenameWant = Record<string, string[]> | { refused: string; invalidName?: boolean } | null;
