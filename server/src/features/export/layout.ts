// What an exported treaty shows, in reading order: the title, the preamble's paragraphs,
// chapter and article headings, paragraphs, items, notes, the signing clause and the
// signature columns. Hard-wrapped lines are joined (a line continues the paragraph when the
// one before it does not end a sentence, across a page break and its footnotes); markup is
// removed. Both the .docx writer and the tests read this, so what is written is what is checked.
import { Block, Line, Node } from '../../syntax/tree';
import { Treaty, cleanTitle } from '../../model/treaty';
import { SignatureLayout, cleanLine, signatureLayout } from './alternat';
import { captionAfterHead } from '../../syntax/lines';

export type PieceKind = 'title' | 'chapter' | 'heading' | 'article' | 'preamble' | 'paragraph' | 'item' | 'signing' | 'note' | 'text';

export interface Piece {
  kind: PieceKind;
  text: string;
  /** An article heading written on its own line as a markdown heading (centred), else run into its first paragraph (bold label). */
  centred?: boolean;
  /** For an article written law style (`第一条　正文`): the label, shown bold before the text. */
  label?: string;
  /** Offset in the text of the line the piece starts on (the preview follows the cursor with it). */
  at?: number;
}

export interface Layout {
  pieces: Piece[];
  signatures?: SignatureLayout;
}

/** The commas after which a hard-wrapped line goes on (`，` `、` `,`). */
const COMMAS = new Set([0xff0c, 0x3001, 0x2c]);

/** Whether line `l` ends in a comma: the sentence goes on on the next line of its paragraph (akn.ts reads it too). */
export function endsInComma(text: string, l: Line): boolean {
  return COMMAS.has(text.charCodeAt(l.contentEnd - 1));
}

export function layoutOf(treaty: Treaty): Layout {
  const text = treaty.text;
  const pieces: Piece[] = [];
  let open: { piece: Piece; last: Line; block?: Block } | undefined;
  let notes: Piece[] = [];
  const flush = () => {
    open = undefined;
    pieces.push(...notes);
    notes = [];
  };
  const content = (l: Line, from = l.contentStart) => cleanLine(text.slice(from, l.contentEnd));

  /**
   * Whether text line `l`, in `block`, goes on with the open piece: the line before it does not end
   * a sentence, or it ends in a comma and the parser kept both lines in one paragraph (`terminal`
   * counts `，` as an end; a blank line after it opens a new paragraph).
   */
  const goesOn = (l: Line, block: Block | undefined): boolean => {
    if (!open || l.kind !== 'text') return false;
    const last = open.last;
    return !last.terminal || (open.block === block && endsInComma(text, last));
  };

  const visit = (n: Node, ctx: Block['kind'], parent?: Block) => {
    if (n.type === 'block') {
      if (n.kind === 'metadata' || n.kind === 'signatures') {
        if (n.kind === 'signatures') flush();
        // A People's Daily text is titled by its 〖BT/标题〗 tag, which the metadata holds.
        else for (const c of n.children) if (c.type === 'line' && c === treaty.title?.line) visit(c, 'title');
        return;
      }
      for (const c of n.children) visit(c, n.kind, n);
      return;
    }
    const l = n;
    switch (l.kind) {
      case 'blank':
      case 'break':
      case 'comment':
      case 'code':
        return;
      case 'footnote':
        notes.push({ kind: 'note', text: content(l), at: l.start });
        if (!open) flush();
        return;
      case 'tag':
        if (ctx === 'title' && l.value) {
          flush();
          pieces.push({ kind: 'title', text: cleanTitle(text.slice(l.value.start, l.value.end)), at: l.start });
        }
        return;
      case 'article': {
        flush();
        const label = cleanTitle(text.slice(l.label!.start, l.label!.end));
        if (l.inlineBody && l.rest !== undefined) {
          const piece: Piece = { kind: 'paragraph', label, text: content(l, l.rest), at: l.start };
          pieces.push(piece);
          open = { piece, last: l, block: parent };
        } else pieces.push({ kind: 'article', text: cleanTitle(text.slice(l.contentStart, l.contentEnd)), centred: l.level > 0, at: l.start });
        return;
      }
      case 'chapter':
      case 'heading':
        flush();
        if (ctx === 'title') pieces.push({ kind: 'title', text: cleanTitle(text.slice(l.contentStart, l.contentEnd)), at: l.start });
        else pieces.push({ kind: l.kind, text: cleanTitle(text.slice(l.contentStart, l.contentEnd)), at: l.start });
        return;
    }
    // Running text: a new paragraph, or the continuation of the open one.
    // An item's or a numbered paragraph's label starts its content: the label is kept, as written.
    const body = content(l);
    if (!body) return;
    if (ctx === 'title') {
      flush();
      pieces.push({ kind: 'title', text: cleanTitle(body), at: l.start });
      return;
    }
    // An article's caption on the line under its bare label (`第一条` / `人的范围`, the model's caption): it goes with
    // the heading, after a full-width space, so no sentence is run into it (`人的范围本协定…`), a blank line after it or not.
    const heading = pieces[pieces.length - 1];
    if (!open && ctx === 'article' && parent && heading?.kind === 'article' && heading.at === parent.head?.start && captionAfterHead(text, parent.head, l)) {
      heading.text += `\u3000${cleanTitle(body)}`;
      return;
    }
    if (open && goesOn(l, parent)) {
      open.piece.text += body;
      open.last = l;
      open.block = parent;
      return;
    }
    flush();
    const kind: PieceKind =
      ctx === 'preamble' ? 'preamble' : ctx === 'signing' ? 'signing' : ctx === 'item' || l.kind === 'item' ? 'item' : ctx === 'paragraph' || ctx === 'article' ? 'paragraph' : 'text';
    const piece: Piece = { kind, text: body, at: l.start };
    pieces.push(piece);
    open = { piece, last: l, block: parent };
  };
  for (const c of treaty.tree.root.children) visit(c, 'document');
  flush();
  const signatures = treaty.signatures ? signatureLayout(treaty) : undefined;
  return { pieces, signatures };
}
