// Tests that bite for model/lineage.ts (issue 12): which model a model was re-built from, and how
// (the change from its tree), through a chain of models whose data was never derived; a model
// whose data is derived starts the next chain. Models here are bare holders of a tree: the module
// is generic in them. The composed changes are written out by hand from composeChanges' rule (the
// union of the two spans in the middle tree's offsets, deltas added).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lineageOf, linkModels, markDerived } from '../../server/src/model/lineage';
import { SyntaxTree } from '../../server/src/syntax/tree';

const model = () => ({ tree: {} as SyntaxTree });

test('lineage: linked to its parent; through a parent never derived, to the grandparent with the changes composed', () => {
  const [m0, m1, m2, m3] = [model(), model(), model(), model()];
  assert.equal(lineageOf(m0), undefined);
  linkModels(m1, m0, { from: m0.tree, start: 10, end: 12, delta: 3 });
  assert.deepEqual(lineageOf(m1), { previous: m0, change: { from: m0.tree, start: 10, end: 12, delta: 3 } });
  // m1's text 0…15 after m0's 10…12 (+3); m2 replaces m1's 20…25 by 23 characters (−2): m0's 10…22, +1.
  linkModels(m2, m1, { from: m1.tree, start: 20, end: 25, delta: -2 });
  assert.deepEqual(lineageOf(m2), { previous: m0, change: { from: m0.tree, start: 10, end: 22, delta: 1 } });
  assert.equal(lineageOf(m2)!.change.from, m0.tree);
  // Once m2's data is derived it needs no parent, and m3 starts from it.
  markDerived(m2);
  assert.equal(lineageOf(m2), undefined);
  linkModels(m3, m2, { from: m2.tree, start: 5, end: 6, delta: 0 });
  assert.deepEqual(lineageOf(m3), { previous: m2, change: { from: m2.tree, start: 5, end: 6, delta: 0 } });
});

test('lineage: a parent derived, then linked again, is still the one a child starts from', () => {
  const [m0, m1, m2] = [model(), model(), model()];
  markDerived(m1);
  linkModels(m1, m0, { from: m0.tree, start: 0, end: 1, delta: 1 });
  linkModels(m2, m1, { from: m1.tree, start: 4, end: 4, delta: 2 });
  assert.deepEqual(lineageOf(m2), { previous: m1, change: { from: m1.tree, start: 4, end: 4, delta: 2 } });
});
