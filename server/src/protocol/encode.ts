// The JSON encoder of the stdio transport: as vscode-jsonrpc's (JSON.stringify, then UTF-8),
// except that the UTF-8 bytes of a frozen object are kept with it and written again as they are.
// A frozen object never changes, nor does its JSON: the outline of a large treaty gives the
// same frozen article symbols again after a keystroke (features/documentSymbols.ts), so that
// only the edited article's bytes are made anew, not the 2.75 MB of a 1 MB treaty's outline.
// Only answers marked with `composed` are walked for frozen parts; every other message is
// encoded by JSON.stringify whole.
import { ContentTypeEncoder, ContentTypeEncoderOptions, Message, MessageWriter, StreamMessageWriter } from 'vscode-languageserver/node';
import { format } from 'util';

const answers = new WeakSet<object>();
/**
 * The bytes of each frozen object written, by the object: a WeakMap of its own, not a syntax/memo.ts `Memo` — a frozen object
 * takes no slot, and the Memo kept its entries in a WeakMap of maps (a missed look-up of the slot, `isExtensible`, the WeakMap
 * and the inner Map for each of a 1 MB treaty's 2,590 article symbols, on every outline sent: the outline's encoding with its
 * bytes kept took 22 % less CPU time without them, medians of 300 alternated runs). The values live as the Memo's did for a
 * frozen key: with the key, till a full collection.
 */
const bytes = new WeakMap<object, Buffer>();

/** Marks an answer whose frozen parts (at any depth) are encoded once and their bytes kept. */
export function composed<T extends object>(answer: T): T {
  answers.add(answer);
  return answer;
}

const keptJson: ContentTypeEncoder = {
  name: 'application/json',
  encode(msg: Message, options: ContentTypeEncoderOptions): Promise<Uint8Array> {
    try {
      const result = (msg as { result?: unknown }).result;
      if (result !== null && typeof result === 'object' && answers.has(result)) return Promise.resolve(encodeParts(msg));
      return Promise.resolve(Buffer.from(JSON.stringify(msg, undefined, 0), options.charset));
    } catch (e) {
      return Promise.reject(e);
    }
  },
};

/** The JSON of `value` as JSON.stringify writes it, in UTF-8, each frozen object's bytes kept. */
export function encodeParts(value: unknown): Buffer {
  // The parts in order, kept bytes and strings between them, written at the end into one buffer sized once (no Buffer made for
  // each string between two kept parts — after a keystroke on a 1 MB treaty ~2,600 of them, most a comma —, nor a concat of the
  // lot): a string's UTF-8 is at most three bytes a UTF-16 unit, and the buffer given is the part of it written.
  const parts: (Buffer | string)[] = [];
  let size = 0;
  let pending = '';
  const flush = () => {
    if (pending) {
      parts.push(pending);
      size += 3 * pending.length;
    }
    pending = '';
  };
  const write = (v: unknown): void => {
    if (v !== null && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON !== 'function') {
      // (The bytes asked first: a frozen object written before has them, and `isFrozen`, a call into the runtime for a frozen
      // object, ~350 instructions, is asked of the others alone — an outline's objects outside its kept symbols are few.)
      let b = bytes.get(v);
      if (b === undefined && Object.isFrozen(v)) bytes.set(v, (b = Buffer.from(JSON.stringify(v), 'utf8')));
      if (b !== undefined) {
        flush();
        parts.push(b);
        size += b.length;
        return;
      }
      if (Array.isArray(v)) {
        pending += '[';
        for (let i = 0; i < v.length; i++) {
          if (i > 0) pending += ',';
          const x = v[i];
          if (x === undefined || typeof x === 'function' || typeof x === 'symbol') pending += 'null';
          else write(x);
        }
        pending += ']';
        return;
      }
      const proto = Object.getPrototypeOf(v);
      if (proto === Object.prototype || proto === null) {
        pending += '{';
        let first = true;
        for (const k of Object.keys(v)) {
          const x = (v as Record<string, unknown>)[k];
          if (x === undefined || typeof x === 'function' || typeof x === 'symbol') continue;
          pending += (first ? '' : ',') + JSON.stringify(k) + ':';
          first = false;
          write(x);
        }
        pending += '}';
        return;
      }
    }
    pending += JSON.stringify(v) ?? 'null';
  };
  write(value);
  if (parts.length === 0) return Buffer.from(pending, 'utf8');
  flush();
  if (parts.length === 1 && typeof parts[0] !== 'string') return parts[0];
  const out = Buffer.allocUnsafe(size);
  let at = 0;
  for (const p of parts) {
    if (typeof p === 'string') at = written(out, p, at);
    else {
      // (TypedArray's `set`, not Buffer's `copy`: its arguments' checks in JavaScript before the same native copy, ~2,600 a keystroke.)
      out.set(p, at);
      at += p.length;
    }
  }
  return out.subarray(0, at);
}

/** Writes `s` in UTF-8 into `out` at `at`: where it ends. A short string of ASCII (a comma, `]},{`) byte by byte, with no call. */
function written(out: Buffer, s: string, at: number): number {
  const n = s.length;
  if (n <= 16) {
    let i = 0;
    while (i < n && s.charCodeAt(i) < 0x80) i++;
    if (i === n) {
      for (let j = 0; j < n; j++) out[at + j] = s.charCodeAt(j);
      return at + n;
    }
  }
  return at + out.write(s, at, 'utf8');
}

/**
 * The writer of the stdio transport (`--stdio`), with this encoder. The library patches the
 * console only when it opens stdio itself: here `console.*` goes to stderr, never into the
 * protocol's stream on stdout.
 */
export function stdioWriter(): MessageWriter {
  const toStderr = (...args: unknown[]) => void process.stderr.write(format(...args) + '\n');
  console.log = console.info = console.debug = console.warn = console.error = console.trace = toStderr;
  return new StreamMessageWriter(process.stdout, { charset: 'utf-8', contentTypeEncoder: keptJson });
}
