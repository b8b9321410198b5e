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
// TurboFan inlines at most 300 bytes of bytecode into a function (920 by default): its compiles —
// a hot function compiled again after each deoptimization, the inlined callees with it — cost each
// isolate ~1/3 less on the background threads (LawRefBook/Laws, --jobs 1: 2.7–2.9 → 2.0–2.2 s),
// with no slower code on the main thread; CPU −9 % with one thread and with two, where those
// threads take a core from the check (the main thread and each worker share the process's flags).
require('./launch')('treaty-check', ['--max-semi-space-size=32', '--interrupt-budget=270336', '--max-inlined-bytecode-size-cumulative=300']);
