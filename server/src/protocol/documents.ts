// The editor's documents, kept in pieces (syntax/text.ts `PieceText`): an incremental change
// rebuilds the chunks it touches, not the whole string, which is made once per version when a
// reader asks for it (`getText()`). Each change's edits are recorded as offsets, so that the
// index re-parses only what they touch (WorkspaceIndex.update, syntax/reparse.ts).
// `PieceDocument` answers as vscode-languageserver-textdocument's TextDocument does (positions in
// UTF-16 code units, CR, LF and CRLF line breaks; test/unit/pieceText.test.ts holds the two equal).
import type { Position, Range, TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { TextDocumentsConfiguration } from 'vscode-languageserver';
import type { Edit } from '../syntax/reparse';
import { PieceText } from '../syntax/text';

export class PieceDocument implements TextDocument {
  constructor(
    readonly uri: string,
    readonly languageId: string,
    readonly version: number,
    /** The text, in pieces. */
    readonly text: PieceText,
  ) {}

  static create(uri: string, languageId: string, version: number, content: string): PieceDocument {
    return new PieceDocument(uri, languageId, version, PieceText.of(content));
  }

  getText(range?: Range): string {
    if (!range) return this.text.toString();
    const a = this.offsetAt(range.start);
    const b = this.offsetAt(range.end);
    return this.text.slice(Math.min(a, b), Math.max(a, b));
  }

  get lineCount(): number {
    return this.text.lineCount;
  }

  offsetAt(position: Position): number {
    const t = this.text;
    const lines = t.lineCount;
    if (position.line >= lines) return t.length;
    if (position.line < 0) return 0;
    const start = t.lineStart(position.line);
    if (position.character <= 0) return start;
    const next = position.line + 1 < lines ? t.lineStart(position.line + 1) : t.length;
    return this.beforeEol(Math.min(start + position.character, next), start);
  }

  positionAt(offset: number): Position {
    const t = this.text;
    offset = Math.max(Math.min(offset, t.length), 0);
    const line = t.lineOf(offset);
    const start = t.lineStart(line);
    return { line, character: this.beforeEol(offset, start) - start };
  }

  getLineRange(line: number): Range {
    const t = this.text;
    const lines = t.lineCount;
    if (line >= lines) {
      const last = lines - 1;
      return { start: { line: last, character: 0 }, end: { line: last, character: t.length - t.lineStart(last) } };
    }
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const start = t.lineStart(line);
    const next = line + 1 < lines ? t.lineStart(line + 1) : t.length;
    return { start: { line, character: 0 }, end: { line, character: this.beforeEol(next, start) - start } };
  }

  getEOLCharacters(line: number): string {
    const t = this.text;
    const lines = t.lineCount;
    if (line >= lines || line < 0) return '';
    const start = t.lineStart(line);
    const next = line + 1 < lines ? t.lineStart(line + 1) : t.length;
    return t.slice(this.beforeEol(next, start), next);
  }

  /** `offset` moved back before the line break it is in or after (never before `lineStart`). */
  private beforeEol(offset: number, lineStart: number): number {
    while (offset > lineStart) {
      const c = this.text.charCodeAt(offset - 1);
      if (c !== 0x0a && c !== 0x0d) break;
      offset--;
    }
    return offset;
  }
}

export class EditRecorder implements TextDocumentsConfiguration<PieceDocument> {
  /** The edits of the last change of each document; undefined: a change replaced the whole text. */
  private readonly last = new Map<string, Edit[] | undefined>();

  create(uri: string, languageId: string, version: number, content: string): PieceDocument {
    return PieceDocument.create(uri, languageId, version, content);
  }

  update(document: PieceDocument, changes: TextDocumentContentChangeEvent[], version: number): PieceDocument {
    let edits: Edit[] | undefined = [];
    let text = document.text;
    // One change at a time: each change's range is in the text the changes before it left.
    for (const change of changes) {
      if ('range' in change) {
        const at = new PieceDocument(document.uri, document.languageId, version, text);
        const a = at.offsetAt(change.range.start);
        const b = at.offsetAt(change.range.end);
        const start = Math.min(a, b);
        const end = Math.max(a, b);
        edits?.push({ start, end, text: change.text });
        text = text.edit(start, end, change.text);
      } else {
        edits = undefined;
        text = PieceText.of(change.text);
      }
    }
    this.last.set(document.uri, edits);
    return new PieceDocument(document.uri, document.languageId, version, text);
  }

  /** The edits of the change just applied to `uri` (once); undefined after a whole-text change or an open. */
  take(uri: string): Edit[] | undefined {
    const edits = this.last.get(uri);
    this.last.delete(uri);
    return edits;
  }
}
