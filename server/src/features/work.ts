// A feature's work in units. A long feature (one that walks many documents, or
// every reference of a large one) is written as a generator that yields between
// its units of work — a document, a batch of references — and returns its
// answer. It stays pure and synchronous: `finish` runs it to the end in one go
// (tests, tools); the server runs it in slices (protocol/slices.ts), giving the
// connection a turn between slices so that a `$/cancelRequest` is read and the
// work stops at the next unit.
export type Work<T> = Generator<void, T, void>;

/** Runs `work` to the end and returns its answer. */
export function finish<T>(work: Work<T>): T {
  let step = work.next();
  while (!step.done) step = work.next();
  return step.value;
}
