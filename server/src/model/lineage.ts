// Which model a model was re-built from, for data derived from models (references) to be derived
// again only for the edited units. A model built from the previous version of its document after
// edits inside articles (syntax/reparse.ts `Change`) is linked to it; once its own data is derived,
// the link goes (the previous model is no longer kept alive through it). A model whose data was
// never derived is skipped over: the next one links to its parent, with the two changes composed.
// Generic in the model (a Treaty, model/treaty.ts, which imports this module).
import { Change, composeChanges } from '../syntax/reparse';
import { SyntaxTree } from '../syntax/tree';
import { Memo } from '../syntax/memo';

interface Model {
  readonly tree: SyntaxTree;
}

export interface Lineage<M extends Model> {
  previous: M;
  /** From `previous.tree` to the model's tree. */
  change: Change;
}

const lineages = new Memo<Model, Lineage<Model>>();
const derived = new WeakSet<Model>();

export function linkModels<M extends Model>(model: M, previous: M, change: Change): void {
  const up = lineages.get(previous);
  if (up && !derived.has(previous)) {
    const c = composeChanges(up.change, change);
    lineages.set(model, { previous: up.previous, change: { from: up.previous.tree, ...c } });
  } else lineages.set(model, { previous, change });
}

/** The model `model` was re-built from, and how, unless its data is already derived. */
export function lineageOf<M extends Model>(model: M): Lineage<M> | undefined {
  return lineages.get(model) as Lineage<M> | undefined;
}

/** The model's derived data exists: later models may start from it; it needs its own parent no more. */
export function markDerived(model: Model): void {
  derived.add(model);
  lineages.delete(model);
}
