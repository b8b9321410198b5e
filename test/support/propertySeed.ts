/**
 * Loaded before every test file by `npm test` (`--require`): property tests run from one fixed seed, so
 * that a CI run can never fail by chance and a failure seen once is seen again. `TREATY_FC_SEED=random`
 * draws a new seed a run (fast-check prints it with any counterexample); `TREATY_FC_SEED=N` replays one.
 * A test that passes its own `seed` keeps it.
 */
import fc from 'fast-check';

const wanted = process.env.TREATY_FC_SEED;
// A failure says what failed (the assertion's message with the counterexample), not only the counterexample.
fc.configureGlobal({ ...fc.readConfigureGlobal(), includeErrorInReport: true, ...(wanted !== 'random' ? { seed: wanted ? Number(wanted) : 20261201 } : {}) });
