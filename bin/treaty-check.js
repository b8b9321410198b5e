#!/usr/bin/env node
// treaty-check: the drafting checks on the command line (see README, "Checks in review and CI").
// A larger young generation: a check of many files makes short-lived objects by the million
// (garbage collection fell from 22 % to 14 % of a 5,000-file run with it).
// No optimizing compile of a function of over 6,000 bytes of bytecode: the one there is, the run
// callback of model/references.ts `scanUnit` (~8 KB), was compiled by TurboFan some 15 times a
// run (deoptimized on every new shape of run or line), about a third of the background threads'
// CPU, and ran no faster for it (LawRefBook/Laws: the main thread's CPU the same, the process's
// 15–20 % less, one thread or two).
// A function is optimized after 4× the interrupt budget V8 gives it by default (66 KB of bytecode
// run): TurboFan compiles 329 functions a run over LawRefBook/Laws instead of 584 (fewer compiled
// at all, fewer compiled again after a deoptimization), which each isolate — the main thread's,
// each check worker's — pays on the background threads: 3.0 → 2.0 s of them with one thread.
require('./launch')('treaty-check', ['--max-semi-space-size=32', '--max-optimized-bytecode-size=6000', '--interrupt-budget=270336']);
