#!/usr/bin/env node
// treaty-check: the drafting checks on the command line (see README, "Checks in review and CI").
// A larger young generation: a check of many files makes short-lived objects by the million
// (garbage collection fell from 22 % to 14 % of a 5,000-file run with it).
// A function is optimized after 4× the interrupt budget V8 gives it by default (66 KB of bytecode
// run): TurboFan compiles 329 functions a run over LawRefBook/Laws instead of 584 (fewer compiled
// at all, fewer compiled again after a deoptimization), which each isolate — the main thread's,
// each check worker's — pays on the background threads: 3.0 → 2.0 s of them with one thread.
// (No --max-optimized-bytecode-size any more: model/references.ts reads a run in small functions,
// and no function of 4,000 bytes of bytecode or more is hot.)
require('./launch')('treaty-check', ['--max-semi-space-size=32', '--interrupt-budget=270336']);
