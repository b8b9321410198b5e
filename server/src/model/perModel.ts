// One cache for everything computed from a model: the answer is kept on the model (syntax/memo.ts,
// as a WeakMap keyed by the model would keep it), so it is computed once per document version and
// a new version never sees an old answer (the model of an edited document is a new object).
import { Memo } from '../syntax/memo';

/** `compute`, remembered per model (an `undefined` answer too). */
export function perModel<M extends object, T>(compute: (model: M) => T): (model: M) => T {
  const cache = new Memo<M, T>();
  return (model) => {
    let value = cache.get(model);
    if (value === undefined && !cache.has(model)) cache.set(model, (value = compute(model)));
    return value as T;
  };
}
