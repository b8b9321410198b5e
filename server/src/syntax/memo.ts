// What is computed from an object and remembered for it (a model's references, a tree's tagged
// lines, an alignment's agreements): kept on the object itself, in one hidden slot, so that it
// lives exactly as long as the object — as a WeakMap keyed by the object would keep it, without
// the WeakMap's cost in V8.
//
// Why not a WeakMap: V8's young-generation collector (the scavenger) cannot tell whether an entry
// of a WeakMap that is itself old (a module's WeakMap always is) is still wanted, and keeps its
// value alive; only a full mark-compact drops it. Every model's caches — most of what a document's
// checks compute — then outlived the model, were copied and promoted by each scavenge and freed
// much later: over 5,000 generated treaties `treaty-check` promoted ~80 KB a file that was
// garbage, and the scavenges took twice as long (0.89 → 0.46 s; mark-compacts 0.22 → 0.08 s).
// Kept on the object, a cache is plain data the object points to, and dies with it.

/** The hidden slot: not enumerable, so that a spread copy (`{ ...treaty }`) never shares a cache, and never serialized. */
const SLOT = Symbol('memo');

type Holder = { [SLOT]?: Map<Memo<object, unknown>, unknown> };

/** Objects that cannot take the slot (frozen ones) keep their caches in a WeakMap, as before. */
const frozen = new WeakMap<object, Map<Memo<object, unknown>, unknown>>();

/**
 * The key's slot, made when `make`. (Read as a property: an object made with `Object.create` from one
 * that has a slot would read its prototype's — no model, tree or context is made so.)
 */
function slotOf(key: object, make: boolean): Map<Memo<object, unknown>, unknown> | undefined {
  let m = (key as Holder)[SLOT];
  if (m !== undefined) return m;
  if (!Object.isExtensible(key)) {
    m = frozen.get(key);
    if (m === undefined && make) frozen.set(key, (m = new Map()));
    return m;
  }
  if (make) Object.defineProperty(key, SLOT, { value: (m = new Map()) });
  return m;
}

/**
 * Gives `key` its slot now, empty, and returns it: an object that caches are later kept on keeps one
 * shape all its life. (The slot added at the first cache gives it another hidden class in V8; the code
 * that read such objects before and after, or of both kinds, was optimized for one and deoptimized at
 * the other: the lines of a text with glued lines, which had no slot until the line map merged them,
 * deoptimized the model's passes over a tree's lines in each isolate — treaty-check over LawRefBook/Laws,
 * one thread: 24 deoptimizations for a wrong map, 18–19 with every tree's lines slotted by the parser.)
 */
export function withSlot<T extends object>(key: T): T {
  slotOf(key, true);
  return key;
}

/**
 * A cache keyed by objects, with a WeakMap's methods (and its semantics: the value lives as long as its key).
 * Made once, at a module's top: its entries live on its keys, not in it, so a Memo that dies before
 * its keys leaves them there (one made per object, as an inner cache keyed by a second object,
 * keeps every value with the second object: features/align.ts uses a WeakMap for that).
 */
export class Memo<K extends object, V> {
  get(key: K): V | undefined {
    return slotOf(key, false)?.get(this as Memo<object, unknown>) as V | undefined;
  }

  has(key: K): boolean {
    return slotOf(key, false)?.has(this as Memo<object, unknown>) ?? false;
  }

  set(key: K, value: V): this {
    slotOf(key, true)!.set(this as Memo<object, unknown>, value);
    return this;
  }

  delete(key: K): boolean {
    return slotOf(key, false)?.delete(this as Memo<object, unknown>) ?? false;
  }
}

/**
 * A value made by `make` at the first call, and the same value at every call after: what a module would otherwise make
 * at load though most runs never ask for it (the patterns only a text in another language needs, model/foreign*.ts).
 */
export function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}
