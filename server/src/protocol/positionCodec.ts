// Columns counted in UTF-8 bytes or in code points (UTF-32), for a client that counts them so.
// LSP's columns are UTF-16 code units unless the client offers another encoding in
// `general.positionEncodings` (3.17) and the server picks it. The server answers in UTF-16
// whenever the client offers it or offers nothing (every client before 3.17 counts so); a
// client whose list leaves UTF-16 out is answered in the first of utf-8 and utf-32 it lists
// (LSP calls UTF-16 mandatory, but such a client says it counts otherwise, and would read
// UTF-16 columns as its own). Vim's ALE (3.3, Debian 12's vim-ale) offers none and sends
// Vim's byte columns, and reads the server's columns as bytes: in a Chinese text (three bytes a
// character, one UTF-16 unit) every position is three times too far or a third too near, a
// definition found on another character, an edit applied inside a character. The LSP gives
// such a client no way to say what it counts, so its user says it: initialization option
// `positionEncoding: "utf-8"` (as clangd's --offset-encoding). Then every position read from
// the client is turned from bytes (or code points) into UTF-16 before the server sees it, and
// every position written back from UTF-16 into them, each against the text of its own document:
// the client's text of an open document (kept here, each change applied as the client sends
// it), else the server's text of the file. In UTF-16 messages pass untouched.
import { Message, MessageReader, MessageWriter } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

export type PositionEncoding = 'utf-16' | 'utf-8' | 'utf-32';
/** The encodings other than UTF-16 the codec counts in. */
type Counted = Exclude<PositionEncoding, 'utf-16'>;
type Position = { line: number; character: number };
type Json = Record<string, unknown>;

/** Whether `line` holds a surrogate pair at `i` (a lone surrogate is one character of three bytes, as Node writes it). */
function pairAt(line: string, i: number): boolean {
  const c = line.charCodeAt(i);
  const next = line.charCodeAt(i + 1);
  return c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
}

/** The UTF-8 bytes of the character at `i`. */
function bytesAt(line: string, i: number): number {
  const c = line.charCodeAt(i);
  return c < 0x80 ? 1 : c < 0x800 ? 2 : pairAt(line, i) ? 4 : 3;
}

/** The units of the character at `i`: its UTF-8 bytes, or one code point (UTF-32; a lone surrogate is one too). */
function unitsAt(line: string, i: number, encoding: Counted): number {
  return encoding === 'utf-8' ? bytesAt(line, i) : 1;
}

/** The count in `encoding` of `line`'s first `units` UTF-16 units (a unit inside a pair: the pair's start); units past the line's end count one each. */
export function countedColumn(line: string, units: number, encoding: Counted): number {
  let counted = 0;
  let i = 0;
  while (i < units && i < line.length) {
    const pair = pairAt(line, i);
    if (pair && i + 1 === units) return counted;
    counted += unitsAt(line, i, encoding);
    i += pair ? 2 : 1;
  }
  return counted + Math.max(0, units - line.length);
}

/** The UTF-16 column of `line`'s column `counted` in `encoding` (inside a character: that character's start); past the line's end one a unit. */
export function utf16ColumnOf(line: string, counted: number, encoding: Counted): number {
  let at = 0;
  let i = 0;
  while (i < line.length) {
    const width = unitsAt(line, i, encoding);
    if (at + width > counted) return i;
    at += width;
    i += pairAt(line, i) ? 2 : 1;
  }
  return i + (counted - at);
}

/** The UTF-8 byte count of `line`'s first `units` UTF-16 units. */
export const utf8Column = (line: string, units: number): number => countedColumn(line, units, 'utf-8');
/** The UTF-16 column of `line`'s byte `bytes`. */
export const utf16Column = (line: string, bytes: number): number => utf16ColumnOf(line, bytes, 'utf-8');

/**
 * The encoding a client's `initialize` asks for: utf-8 by initialization option `positionEncoding` (a client
 * that counts bytes and cannot say so); else UTF-16 when its `general.positionEncodings` lists it or lists
 * nothing; else the first of utf-8 and utf-32 it lists (UTF-16 when it lists neither: the one LSP requires).
 */
export function negotiated(params: unknown): PositionEncoding {
  const p = (params && typeof params === 'object' ? params : {}) as { initializationOptions?: { positionEncoding?: unknown }; capabilities?: { general?: { positionEncodings?: unknown } } };
  if (p.initializationOptions?.positionEncoding === 'utf-8') return 'utf-8';
  const offered = p.capabilities?.general?.positionEncodings;
  if (!Array.isArray(offered) || offered.length === 0 || offered.includes('utf-16')) return 'utf-16';
  return offered.find((e): e is Counted => e === 'utf-8' || e === 'utf-32') ?? 'utf-16';
}

function isPosition(v: Json): v is Position {
  const keys = Object.keys(v);
  return keys.length === 2 && typeof v.line === 'number' && typeof v.character === 'number';
}

export class PositionCodec {
  encoding: PositionEncoding = 'utf-16';
  /** The open documents' texts as the client has them. */
  private readonly open = new Map<string, TextDocument>();
  /** The document of each request from the client not yet answered: its answer's positions are in it. */
  private readonly asked = new Map<number | string, string>();

  /** `textOf`: the server's text of a file the client has not opened. */
  constructor(private readonly textOf: (uri: string) => string | undefined) {}

  /** A message from the client, its positions made UTF-16. */
  incoming(message: Message): Message {
    const m = message as Json & { method?: string; id?: number | string; params?: Json };
    if (m.method === 'initialize') {
      this.encoding = negotiated(m.params);
      return message;
    }
    if (this.encoding === 'utf-16' || !m.method || !m.params) return message;
    const params = m.params;
    const uri = (params.textDocument as { uri?: string } | undefined)?.uri;
    if (m.method === 'textDocument/didOpen') {
      const td = params.textDocument as { uri: string; languageId: string; version: number; text: string };
      this.open.set(td.uri, TextDocument.create(td.uri, td.languageId, td.version, td.text));
      return message;
    }
    if (m.method === 'textDocument/didClose') {
      if (uri) this.open.delete(uri);
      return message;
    }
    // A change to a document not open (a client's mistake: the server's checks answer it) goes on as it is.
    if (m.method === 'textDocument/didChange') {
      if (!uri || !this.open.has(uri) || !Array.isArray(params.contentChanges)) return message;
      return { ...m, params: { ...params, contentChanges: this.changes(uri, params.contentChanges as Json[], (params.textDocument as Json).version as number) } } as unknown as Message;
    }
    if (m.id !== undefined && uri) this.asked.set(m.id, uri);
    return { ...m, params: this.walk(params, uri, 'in', new Map()) } as unknown as Message;
  }

  /** A message to the client, its positions made the client's. */
  outgoing(message: Message): Message {
    if (this.encoding === 'utf-16') return message;
    const m = message as Json & { method?: string; id?: number | string; params?: unknown; result?: unknown };
    const texts = new Map<string, TextDocument | undefined>();
    if (m.method) return { ...m, params: this.walk(m.params, undefined, 'out', texts) } as unknown as Message;
    // An answer (an id, null for an error answering no request): its request's document, forgotten.
    const uri = this.asked.get(m.id as number | string);
    this.asked.delete(m.id as number | string);
    if (!('result' in m)) return message;
    return { ...m, result: this.walk(m.result, uri, 'out', texts) } as unknown as Message;
  }

  /** A reader giving the server `reader`'s messages decoded. */
  reader(reader: MessageReader): MessageReader {
    return {
      onError: reader.onError,
      onClose: reader.onClose,
      onPartialMessage: reader.onPartialMessage,
      listen: (callback) => reader.listen((m) => callback(this.safely(() => this.incoming(m), m))),
      dispose: () => reader.dispose(),
    };
  }

  /** A writer encoding what the server writes, then writing it to `writer`. */
  writer(writer: MessageWriter): MessageWriter {
    return {
      onError: writer.onError,
      onClose: writer.onClose,
      write: (m) => writer.write(this.safely(() => this.outgoing(m), m)),
      end: () => writer.end(),
      dispose: () => writer.dispose(),
    };
  }

  /** A message the codec cannot read goes on as it is: the server's own checks answer it. */
  private safely(f: () => Message, m: Message): Message {
    try {
      return f();
    } catch {
      return m;
    }
  }

  /** A didChange's changes to an open document, each range made UTF-16 against the text the changes before it left; the kept text follows. */
  private changes(uri: string, list: Json[], version: number): unknown[] {
    return list.map((change) => {
      let doc = this.open.get(uri)!;
      let out: Json = change;
      if (change.range) {
        const r = change.range as { start: Position; end: Position };
        const { rangeLength: _, ...rest } = change;
        out = { ...rest, range: { start: this.convert(doc, r.start, 'in'), end: this.convert(doc, r.end, 'in') } };
      }
      if (typeof out.text === 'string') {
        doc = TextDocument.update(doc, [out as { text: string }], version);
        this.open.set(uri, doc);
      }
      return out;
    });
  }

  private document(uri: string | undefined, texts: Map<string, TextDocument | undefined>): TextDocument | undefined {
    if (!uri) return undefined;
    const open = this.open.get(uri);
    if (open) return open;
    if (!texts.has(uri)) {
      const text = this.textOf(uri);
      texts.set(uri, text === undefined ? undefined : TextDocument.create(uri, '', 0, text));
    }
    return texts.get(uri);
  }

  private convert(doc: TextDocument, p: Position, way: 'in' | 'out'): Position {
    // The line with its end (\n, \r\n): a column past the text counts one a unit or byte either way.
    const line = doc.getText({ start: { line: p.line, character: 0 }, end: { line: p.line + 1, character: 0 } });
    const encoding = this.encoding as Counted;
    return { line: p.line, character: way === 'in' ? utf16ColumnOf(line, p.character, encoding) : countedColumn(line, p.character, encoding) };
  }

  /** `v` with each position in it converted against its document: the nearest `uri` (a Location's, a
   * LocationLink's target's, a WorkspaceEdit's keys, a `textDocument`'s, a command's first argument) or
   * `uri`, the message's. */
  private walk(v: unknown, uri: string | undefined, way: 'in' | 'out', texts: Map<string, TextDocument | undefined>): unknown {
    // A command's positional arguments ([uri, position, …]): in the document the first names.
    if (Array.isArray(v)) {
      const named = /^[a-z][a-z0-9+.-]*:\/\//i.test(String(v[0])) ? String(v[0]) : uri;
      return v.map((x) => this.walk(x, named, way, texts));
    }
    if (!v || typeof v !== 'object') return v;
    const o = v as Json;
    if (isPosition(o)) {
      const doc = this.document(uri, texts);
      return doc ? this.convert(doc, o, way) : o;
    }
    const td = (o.textDocument as Json | undefined)?.uri;
    const own = typeof o.uri === 'string' ? o.uri : typeof td === 'string' ? td : uri;
    const out: Json = {};
    for (const [k, x] of Object.entries(o)) {
      if (k === 'changes' && x && typeof x === 'object' && !Array.isArray(x)) {
        out[k] = Object.fromEntries(Object.entries(x as Json).map(([u, edits]) => [u, this.walk(edits, u, way, texts)]));
      } else {
        const target = (k === 'targetRange' || k === 'targetSelectionRange') && typeof o.targetUri === 'string' ? o.targetUri : own;
        out[k] = this.walk(x, target, way, texts);
      }
    }
    return out;
  }
}
