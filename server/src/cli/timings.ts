// treaty-check's phases timed thread by thread, for the speed work of issue #14 (bench/checkSpeed.ts
// `--timings` reads them): with TREATY_TIMINGS=FILE in the environment, every thread — the main one and
// each check worker — appends to FILE one JSON line a mark (`{ thread, what, at, cpu, … }`: `at`, ms since
// the epoch, the same clock on every thread; `cpu`, the thread's own CPU time in ms, from
// /proc/thread-self/schedstat, where Linux has it) when it ends (`flushTimings`). Nothing is timed, kept or
// written without it: the normal output never changes.
import * as fs from 'fs';
import { isMainThread, threadId } from 'worker_threads';

const FILE = process.env.TREATY_TIMINGS;

/** Whether the phases are timed (TREATY_TIMINGS is set). */
export const timed = !!FILE;

const marks: string[] = [];

/** The thread's CPU time in ms (NaN where /proc/thread-self/schedstat cannot be read). */
function threadCpu(): number {
  try {
    return Number(fs.readFileSync('/proc/thread-self/schedstat', 'latin1').split(' ')[0]) / 1e6;
  } catch {
    return NaN;
  }
}

/** Marks that this thread reached `what` now (with `extra`: counts, sizes, durations). Nothing without TREATY_TIMINGS. */
export function mark(what: string, extra?: Record<string, number | string>): void {
  if (!FILE) return;
  marks.push(JSON.stringify({ thread: isMainThread ? 'main' : `worker ${threadId}`, what, at: performance.timeOrigin + performance.now(), cpu: threadCpu(), ...extra }));
}

/** The thread's start (its isolate's time origin) marked as `what`: the process's, or the worker's. */
export function markStart(what: string): void {
  if (!FILE) return;
  // (Started again by bin/launch.js with V8's flags: when the first process started.)
  const launched = Number(process.env.TREATY_LAUNCHED_AT);
  if (isMainThread && launched) marks.push(JSON.stringify({ thread: 'main', what: 'launched', at: launched, cpu: 0 }));
  marks.push(JSON.stringify({ thread: isMainThread ? 'main' : `worker ${threadId}`, what, at: performance.timeOrigin, cpu: 0 }));
}

/** Writes this thread's marks (one append: the threads' lines do not interleave within a line). */
export function flushTimings(): void {
  if (!FILE || !marks.length) return;
  try {
    fs.appendFileSync(FILE, marks.join('\n') + '\n');
  } catch {
    /* timings are never worth a failed run */
  }
  marks.length = 0;
}
