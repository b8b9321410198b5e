// The editor's documents as TextDocuments keeps them (incremental sync), with each change's
// edits recorded as offsets, so that the index re-parses only what they touch
// (WorkspaceIndex.update, syntax/reparse.ts).
import { TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { TextDocumentsConfiguration } from 'vscode-languageserver';
import type { Edit } from '../syntax/reparse';

export class EditRecorder implements TextDocumentsConfiguration<TextDocument> {
  /** The edits of the last change of each document; undefined: a change replaced the whole text. */
  private readonly last = new Map<string, Edit[] | undefined>();

  create(uri: string, languageId: string, version: number, content: string): TextDocument {
    return TextDocument.create(uri, languageId, version, content);
  }

  update(document: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument {
    let edits: Edit[] | undefined = [];
    // One change at a time: each change's range is in the text the changes before it left.
    for (const change of changes) {
      if (edits && 'range' in change) edits.push({ start: document.offsetAt(change.range.start), end: document.offsetAt(change.range.end), text: change.text });
      else edits = undefined;
      document = TextDocument.update(document, [change], version);
    }
    this.last.set(document.uri, edits);
    return document;
  }

  /** The edits of the change just applied to `uri` (once); undefined after a whole-text change or an open. */
  take(uri: string): Edit[] | undefined {
    const edits = this.last.get(uri);
    this.last.delete(uri);
    return edits;
  }
}
