// What an exported treaty shows, in reading order: the title, the preamble's paragraphs,
// chapter and article headings, paragraphs, items, notes, the signing clause and the
// signature columns (where the text has them: an annex after them stays after them). Every line
// is shown as written, markup removed, its spaces kept (`第一条 人的范围`, as the text spaces it).
// Hard-wrapped lines are joined: a line continues the paragraph when the one before it does not end
// a sentence and reaches the margin (see `wrapped`), or across a page break and its footnotes;
// Latin words joined keep a space between them. A line that stops short of the margin was ended on
// purpose — a route of an air agreement's schedule, a table row, a list line — and stays a paragraph.
// Both the .docx writer and the tests read this, so what is written is what is checked.
import { Block, Line, Node } from '../../syntax/tree';
import { Treaty, cleanTitle } from '../../model/treaty';
import { SignatureLayout, cleanLine, signatureLayout } from './alternat';
import { widthOf } from './width';
import { captionAfterHead } from '../../syntax/lines';
import { isAdoptionRecord } from '../../syntax/parser';
import { headedRecord } from '../documentSymbols';

/** `record`: a law's record of adoption under its title, `（2012年6月30日…会议通过）`, printed under the title, centred. */
export type PieceKind = 'title' | 'record' | 'chapter' | 'heading' | 'article' | 'preamble' | 'paragraph' | 'item' | 'signing' | 'note' | 'text';

export interface Piece {
  kind: PieceKind;
  text: string;
  /** An article heading written on its own line as a markdown heading (centred), else run into its first paragraph (bold label). */
  centred?: boolean;
  /** For an article written law style (`第一条　正文`): the label, shown bold before the text. */
  label?: string;
  /** What the text writes between the label and the text (`　`, ` `, `：`; '' for nothing). */
  gap?: string;
  /** Offset in the text of the line the piece starts on (the preview follows the cursor with it). */
  at?: number;
}

export interface Layout {
  pieces: Piece[];
  signatures?: SignatureLayout;
  /** Where the signature block stands: before `pieces[signaturesAt]` (an annex after the signatures), else after the last piece. */
  signaturesAt?: number;
}

/** The commas after which a hard-wrapped line goes on (`，` `、` `,`). */
const COMMAS = new Set([0xff0c, 0x3001, 0x2c]);

/** Whether line `l` ends in a comma: the sentence goes on on the next line of its paragraph (akn.ts reads it too). */
export function endsInComma(text: string, l: Line): boolean {
  return COMMAS.has(text.charCodeAt(l.contentEnd - 1));
}

/** The narrowest measure a page sets running text in: 15 CJK characters. */
const NARROWEST = 30;

/**
 * Whether a line `w` wide, not ending a sentence, was wrapped at the margin, in a paragraph whose lines
 * (so far, and the next) are at most `widest` wide: it is at least 15 CJK characters wide and at least
 * 4/5 of the widest. A line that stops short of the margin was ended where it ends (a route, a table
 * row, a list line, a field `来源: 新华网`, a web page's line).
 */
function wrapped(w: number, widest: number): boolean {
  return w >= NARROWEST && w * 5 >= widest * 4;
}

/** A field line, `名称: 值` (`澳大利亚境内地点: 任意点`, `来源：新华网`): a short name, a colon, a value. Two in a row are a table, not a sentence. */
const FIELD = /^[^\s:：，,。；;]{1,12}[ \t\u3000]*[:：][ \t\u3000]*[^ \t\u3000]/;

/** Whether the line `[from, to)` is a field line. */
function isField(text: string, from: number, to: number): boolean {
  return FIELD.test(text.slice(from, Math.min(to, from + 40)));
}

/** Whether lines `a` and `b` are two fields (`名称: 值`), rows of a table: never one sentence (akn.ts reads it too). */
export function fieldRows(text: string, a: Line, b: Line): boolean {
  return isField(text, a.contentStart, a.contentEnd) && isField(text, b.contentStart, b.contentEnd);
}

/** A line's display width (akn.ts reads it too). */
export function lineWidth(text: string, l: Line): number {
  return widthOf(text, l.contentStart, l.contentEnd);
}

/**
 * Where a paragraph of lines `widths` wide is cut: before each line whose predecessor stops short of the
 * widest (`wrapped`), unless a page break or a footnote lies between them (`broken[j]`, before line j).
 */
export function cutsOf(widths: number[], broken: boolean[]): number[] {
  const widest = Math.max(...widths);
  const cuts: number[] = [];
  for (let j = 0; j + 1 < widths.length; j++) if (!broken[j + 1] && !wrapped(widths[j], widest)) cuts.push(j + 1);
  return cuts;
}

const LATIN_END = /[A-Za-z0-9,.;:)'"]$/;
const LATIN_START = /^[A-Za-z0-9(]/;

/** White space runs inside a shown line, kept through `cleanTitle` (which removes the spaces between CJK characters). */
const SPACES = /[ \t\u3000\u00a0]+/g;

/** A heading, a title or a label as the text writes it: markup, footnote markers and a status tag removed, spaces kept. */
export function shownHeading(raw: string): string {
  if (/[\ue000-\uefff]/.test(raw)) return cleanLine(raw);
  // Each run stands for itself as a private-use character cleanTitle keeps (markup removed around it or with it).
  const runs: string[] = [];
  const kept = cleanTitle(raw.replace(SPACES, (m) => (runs.length < 0x1000 ? String.fromCharCode(0xe000 + runs.push(m) - 1) : m)));
  return kept.replace(/[\ue000-\uefff]/g, (c) => runs[c.charCodeAt(0) - 0xe000] ?? c).trim();
}

/**
 * Where an article heading's words start: after its heading marks, not at its content — a bilingual heading's English
 * label before the Chinese one (`## Article I 第一条`, the New York Convention's page; a page's bullet, `•   第一条 为了…`),
 * whose content the parser starts at the label, is the text's too, and the .docx dropped it.
 */
function headingWordsStart(text: string, l: Line): number {
  return l.start + /^[ \t\u3000]*(?:#{1,6}[ \t]+)?/.exec(text.slice(l.start, l.contentStart))![0].length;
}

export function layoutOf(treaty: Treaty): Layout {
  const text = treaty.text;
  const pieces: Piece[] = [];
  /** A line of the open piece: its text as shown, its width, where it starts, and how it was joined to the line before (`sep`; over a page break or not). */
  interface Part {
    text: string;
    width: number;
    at: number;
    sep: string;
    broken: boolean;
  }
  let open: { piece: Piece; index: number; last: Line; block?: Block; widest: number; broken: boolean; parts: Part[] } | undefined;
  let signaturesAt: number | undefined;
  let notes: Piece[] = [];
  /**
   * The open piece's lines, read whole: a line (not the last) that stops short of the widest of them was
   * ended on purpose (`wrapped`), and the piece is cut after it — unless a page break follows it.
   */
  const close = () => {
    if (!open || open.parts.length < 2) return;
    const { piece, index, parts } = open;
    const cuts = cutsOf(parts.map((p) => p.width), parts.map((p) => p.broken));
    if (cuts.length === 0) return;
    const out: Piece[] = [];
    let from = 0;
    for (const to of [...cuts, parts.length]) {
      const t = parts.slice(from, to).map((p, k) => (k === 0 ? p.text : p.sep + p.text)).join('');
      out.push(from === 0 ? { ...piece, text: t } : { kind: piece.kind, text: t, at: parts[from].at });
      from = to;
    }
    pieces.splice(index, 1, ...out);
  };
  const flush = () => {
    close();
    open = undefined;
    pieces.push(...notes);
    notes = [];
  };
  const content = (l: Line, from = l.contentStart) => cleanLine(text.slice(from, l.contentEnd));

  /**
   * Whether text line `l`, in `block`, goes on with the open piece: the line before it does not end
   * a sentence, or it ends in a comma and the parser kept both lines in one paragraph (`terminal`
   * counts `，` as an end; a blank line after it opens a new paragraph); and the line before it was
   * wrapped at the margin, or a page break or a footnote came between them.
   */
  const goesOn = (l: Line, block: Block | undefined): boolean => {
    if (!open || l.kind !== 'text') return false;
    const last = open.last;
    if (!(!last.terminal || (open.block === block && endsInComma(text, last)))) return false;
    if (open.broken) return true;
    if (fieldRows(text, last, l)) return false;
    return wrapped(lineWidth(text, last), Math.max(open.widest, lineWidth(text, l)));
  };
  const opened = (piece: Piece, l: Line, block: Block | undefined) => {
    const width = widthOf(text, l.contentStart, l.contentEnd);
    open = { piece, index: pieces.length - 1, last: l, block, widest: width, broken: false, parts: [{ text: piece.text, width, at: l.start, sep: '', broken: false }] };
  };

  /** Inside a preamble that is a part's heading over its record of adoption alone (`headedRecord`). */
  let inHeadedRecord = false;
  const visit = (n: Node, ctx: Block['kind'], parent?: Block) => {
    if (n.type === 'block') {
      // A later closing's signatories (the notes' after the page's own note, `附二: 关于延长…换文的换文`): the signature block is the
      // first closing's, set in columns; these are printed as written, where they stand.
      if (n.kind === 'signatures' && signaturesAt !== undefined) {
        for (const c of n.children) visit(c, 'signing', n);
        return;
      }
      if (n.kind === 'metadata' || n.kind === 'signatures') {
        if (n.kind === 'signatures') {
          flush();
          signaturesAt ??= pieces.length;
        }
        // A People's Daily text is titled by its 〖BT/标题〗 tag, which the metadata holds. A law's record of adoption
        // (`（2012年6月30日第十一届全国人民代表大会常务委员会第二十七次会议通过）`) is part of its published text, not the
        // database's furniture beside it (发布时间, 信息来源): printed.
        else {
          for (const c of n.children) {
            if (c.type !== 'line') continue;
            if (c === treaty.title?.line) visit(c, 'title');
            else if (isAdoptionRecord(text, c)) {
              flush();
              pieces.push({ kind: 'record', text: content(c), at: c.start });
            }
          }
        }
        return;
      }
      const outer = inHeadedRecord;
      if (n.kind === 'preamble') inHeadedRecord = headedRecord(text, n) !== undefined;
      for (const c of n.children) visit(c, n.kind, n);
      inHeadedRecord = outer;
      return;
    }
    const l = n;
    switch (l.kind) {
      case 'break':
        if (open) open.broken = true;
        return;
      case 'blank':
      case 'comment':
      case 'code':
        return;
      case 'footnote':
        notes.push({ kind: 'note', text: content(l), at: l.start });
        if (!open) flush();
        else open.broken = true;
        return;
      case 'tag':
        if (ctx === 'title' && l.value) {
          flush();
          pieces.push({ kind: 'title', text: shownHeading(text.slice(l.value.start, l.value.end)), at: l.start });
        }
        return;
      case 'article': {
        flush();
        const label = shownHeading(text.slice(Math.min(headingWordsStart(text, l), l.label!.start), l.label!.end));
        if (l.inlineBody && l.rest !== undefined) {
          // What the text writes between the label and the text (`　`, ` `, `：`), markup around the label aside.
          const gap = text.slice(l.label!.end, l.rest).replace(/\*\*|__|<\/?[A-Za-z][^>]{0,19}>/g, '');
          const piece: Piece = { kind: 'paragraph', label, gap, text: content(l, l.rest), at: l.start };
          pieces.push(piece);
          opened(piece, l, parent);
        } else pieces.push({ kind: 'article', text: shownHeading(text.slice(headingWordsStart(text, l), l.contentEnd)), centred: l.level > 0, at: l.start });
        return;
      }
      case 'chapter':
      case 'heading':
        flush();
        if (ctx === 'title') pieces.push({ kind: 'title', text: shownHeading(text.slice(l.contentStart, l.contentEnd)), at: l.start });
        else pieces.push({ kind: l.kind, text: shownHeading(text.slice(l.contentStart, l.contentEnd)), at: l.start });
        return;
    }
    // Running text: a new paragraph, or the continuation of the open one.
    // An item's or a numbered paragraph's label starts its content: the label is kept, as written.
    const body = content(l);
    if (!body) return;
    // A record of adoption under a part's heading, all its block holds (a code's book kept as a file: `# 合同编` over
    // `2020年5月28日 第十三届…通过` / `2021年1月1日 施行`, documentSymbols.ts `headedRecord`): printed as a record under a title is,
    // a line each — not one paragraph running the dates together (`…会议通过2021年1月1日 施行`).
    if (inHeadedRecord && isAdoptionRecord(text, l)) {
      flush();
      pieces.push({ kind: 'record', text: body, at: l.start });
      return;
    }
    if (ctx === 'title') {
      flush();
      pieces.push({ kind: 'title', text: shownHeading(body), at: l.start });
      return;
    }
    // An article's caption on the line under its bare label (`第一条` / `人的范围`, the model's caption): it goes with
    // the heading, after a full-width space, so no sentence is run into it (`人的范围本协定…`), a blank line after it or not.
    const heading = pieces[pieces.length - 1];
    if (!open && ctx === 'article' && parent && heading?.kind === 'article' && heading.at === parent.head?.start && captionAfterHead(text, parent.head, l)) {
      heading.text += `\u3000${shownHeading(body)}`;
      return;
    }
    if (open && goesOn(l, parent)) {
      // Latin words wrapped over two lines keep the space between them.
      const sep = LATIN_END.test(open.piece.text) && LATIN_START.test(body) ? ' ' : '';
      const width = widthOf(text, l.contentStart, l.contentEnd);
      open.piece.text += sep + body;
      open.parts.push({ text: body, width, at: l.start, sep, broken: open.broken });
      open.last = l;
      open.block = parent;
      open.widest = Math.max(open.widest, width);
      open.broken = false;
      return;
    }
    flush();
    const kind: PieceKind =
      ctx === 'preamble' ? 'preamble' : ctx === 'signing' ? 'signing' : ctx === 'item' || l.kind === 'item' ? 'item' : ctx === 'paragraph' || ctx === 'article' ? 'paragraph' : 'text';
    const piece: Piece = { kind, text: body, at: l.start };
    pieces.push(piece);
    opened(piece, l, parent);
  };
  for (const c of treaty.tree.root.children) visit(c, 'document');
  flush();
  const signatures = treaty.signatures ? signatureLayout(treaty) : undefined;
  return signatures && signaturesAt !== undefined && signaturesAt < pieces.length ? { pieces, signatures, signaturesAt } : { pieces, signatures };
}
