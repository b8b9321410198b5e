// A model's earlier version, for data that is cheaper to derive again from that version's (the
// numbers a text says, model/quantities.ts) than from nothing. `buildTreaty` links each model
// to the one it was built from (the document's version before the edit); the link is kept only
// while that version holds the data (a `holder`): a model whose data was never derived is
// skipped over (the next one links to the holder before it), and a document whose data is never
// derived links nothing, so no version is kept alive for it. Once a model holds the data itself,
// its own link goes. Generic in the model (model/treaty.ts imports this module).
import { Memo } from '../syntax/memo';

const holders = new WeakSet<object>();
const from = new Memo<object, object>();

/** `model` was built from `previous`: link it to the nearest version that holds the data. */
export function linkVersion(model: object, previous: object): void {
  const base = holders.has(previous) ? previous : from.get(previous);
  if (base) from.set(model, base);
}

/** The earlier version whose data `model`'s may be derived from, if any. */
export function versionBase<M extends object>(model: M): M | undefined {
  return from.get(model) as M | undefined;
}

/** `model` holds the data now: later versions may start from it; it needs its own link no more. */
export function markHolder(model: object): void {
  holders.add(model);
  from.delete(model);
}
