// The workspace index: every treaty the server knows, open in the editor or read
// from disk, keyed by URI. Entries are immutable snapshots; the model of each is
// built lazily, once per version. Nothing here touches the file system or the LSP
// connection: server.ts feeds it text.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Treaty, buildTreaty } from '../model/treaty';

/** Files larger than this are not analysed (characters, ~ bytes for CJK in UTF-16 units). */
export const MAX_DOCUMENT_LENGTH = 32 * 1024 * 1024;

export type Refusal = 'too-large' | 'binary';

export class Snapshot {
  private model: Treaty | undefined;
  readonly refusal: Refusal | undefined;

  constructor(
    readonly uri: string,
    readonly doc: TextDocument,
    /** The editor's language id, or undefined for a file read from disk. */
    readonly languageId: string | undefined,
  ) {
    this.refusal = refusalOf(doc.getText());
  }

  get version(): number {
    return this.doc.version;
  }

  get text(): string {
    return this.doc.getText();
  }

  /** The model, built on first use. Refused documents get the model of an empty text. */
  get treaty(): Treaty {
    return (this.model ??= buildTreaty(this.refusal ? '' : this.doc.getText()));
  }

  /** Whether the server serves this document: `treaty` files always, markdown and text when they read as a treaty. */
  isTreaty(markdownDetection: boolean): boolean {
    if (this.refusal) return false;
    if (this.languageId === 'treaty' || /\.treaty(\.md)?$/i.test(this.uri)) return true;
    return markdownDetection && this.treaty.isTreaty;
  }
}

/** Why a text is not analysed, if it is not. */
export function refusalOf(text: string): Refusal | undefined {
  if (text.length > MAX_DOCUMENT_LENGTH) return 'too-large';
  // NUL or many C0 control characters in the first 8 KB: a binary file.
  const head = Math.min(text.length, 8192);
  let control = 0;
  for (let i = 0; i < head; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return 'binary';
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) control++;
  }
  return head > 0 && control / head > 0.05 ? 'binary' : undefined;
}

export class WorkspaceIndex {
  private readonly docs = new Map<string, Snapshot>();

  /** Records a new version of a document (open in the editor or read from disk). */
  set(uri: string, text: string, version: number, languageId?: string): Snapshot {
    const snapshot = new Snapshot(uri, TextDocument.create(uri, languageId ?? 'markdown', version, text), languageId);
    this.docs.set(uri, snapshot);
    return snapshot;
  }

  get(uri: string): Snapshot | undefined {
    return this.docs.get(uri);
  }

  delete(uri: string): void {
    this.docs.delete(uri);
  }

  all(): IterableIterator<Snapshot> {
    return this.docs.values();
  }
}
