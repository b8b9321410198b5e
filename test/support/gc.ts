// V8's collector, as the tests that measure what a collection keeps call it.
import assert from 'node:assert/strict';
import * as v8 from 'v8';
import * as vm from 'vm';

/** `gc()` (a full collection) or `gc({ type: 'minor' })` (the young generation only), exposed for this process. */
export function exposedGc(): (options?: { type: 'minor' | 'major' }) => void {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as (options?: { type: 'minor' | 'major' }) => void;
}

function newSpace(): number {
  return v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')!.space_used_size;
}

/**
 * What one young collection keeps of what `step` allocated: `step` run `warm` times (its code
 * compiled, its feedback made), everything collected, then run again — at most `most` times, until
 * 1.5 MB are allocated, none collected in between — and the young generation collected once.
 * `what`: the steps, for the message when a collection ran among them.
 */
export function keptByYoungCollection(step: () => void, warm: number, most: number, what: string): { kept: number; allocated: number } {
  const gc = exposedGc();
  for (let k = 0; k < warm; k++) step();
  gc();
  gc();
  let allocated = newSpace();
  for (let k = 0; k < most && allocated < 1_500_000; k++) {
    step();
    const now = newSpace();
    assert.ok(now >= allocated, `a collection ran during the ${what}: too much allocated for this test`);
    allocated = now;
  }
  gc({ type: 'minor' });
  return { kept: newSpace(), allocated };
}
