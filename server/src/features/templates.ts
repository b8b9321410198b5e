// The whole-document templates of the snippets file (`isFileTemplate`), for the
// "new treaty from a template" command: a label and a description in the
// client's language, and the snippet body as written.
import type { Snippet } from './completionSnippets';
import { pickLanguage } from './messages';

export interface Template {
  /** `双边协定` / `Bilateral agreement`. */
  label: string;
  description: string;
  /** Snippet syntax (`${1:…}`), for the client to insert as a snippet. */
  body: string;
}

export function templates(snippets: readonly Snippet[]): Template[] {
  return snippets.filter((s) => s.isFileTemplate).map((s) => {
    const label = pickLanguage(s.name).replace(/^Template:\s*/i, '');
    return { label: label.charAt(0).toUpperCase() + label.slice(1), description: pickLanguage(s.description), body: s.body };
  });
}
