// Runs a feature's work (features/work.ts) in slices of a few milliseconds,
// giving the event loop a turn between slices. The LSP library marks a
// request's token cancelled only when it reads the `$/cancelRequest`
// notification from the stream, which it can do only between two turns of the
// event loop: a handler that runs to its end without yielding never sees a
// cancel. Here the token is read before the first unit, between units and
// after the last; a cancelled request answers RequestCancelled (-32800), never
// a partial answer.
import { CancellationToken, LSPErrorCodes, ResponseError } from 'vscode-languageserver/node';
import { Token } from '../features/context';
import { Work } from '../features/work';
import { SyntaxTree } from '../syntax/tree';
import { hold } from '../syntax/reparse';

/** How long one slice of work runs before the connection gets a turn (ms). */
const SLICE_MS = 10;

/** One turn of the event loop: IO (the client's messages) is read before it resolves. */
function turn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export function cancelledError(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled');
}

/**
 * The answer of `work`, computed in slices of `sliceMs`; rejects with RequestCancelled
 * as soon as `token` is cancelled (the work is abandoned at its next unit).
 */
export async function sliced<T>(work: Work<T>, token: Token, sliceMs = SLICE_MS): Promise<T> {
  await turn();
  let deadline = performance.now() + sliceMs;
  for (;;) {
    if (token.isCancellationRequested) {
      work.return(undefined as never);
      throw cancelledError();
    }
    const step = work.next();
    if (step.done) {
      if (token.isCancellationRequested) throw cancelledError();
      return step.value;
    }
    if (performance.now() >= deadline) {
      await turn();
      deadline = performance.now() + sliceMs;
    }
  }
}

/**
 * `sliced` work on one document's model: its tree is held while the work runs (syntax/reparse.ts
 * `hold`), so that edits typed meanwhile re-parse without moving what the work still reads. A
 * cancel releases it at once (`releaseOnCancel`): the work reads nothing more once its token is
 * cancelled, and the keystroke that cancelled it (a document's checks stop at its next version)
 * is then re-parsed incrementally, not in full.
 */
export async function slicedOn<T>(tree: SyntaxTree, work: Work<T>, token: Token, sliceMs = SLICE_MS): Promise<T> {
  const release = releaseOnCancel(hold(tree), token);
  try {
    return await sliced(work, token, sliceMs);
  } finally {
    release();
  }
}

/**
 * `release` (a `hold`'s) called as soon as `token` is cancelled, when it tells (an LSP token does),
 * or when the returned function is called; once.
 */
export function releaseOnCancel(release: () => void, token: Token): () => void {
  const listener = (token as Partial<CancellationToken>).onCancellationRequested?.(release);
  return () => {
    release();
    listener?.dispose();
  };
}

/** A computation of one unit: a cancel that arrived before it starts answers RequestCancelled. */
export async function afterTurn<T>(token: Token, compute: () => T): Promise<T> {
  await turn();
  if (token.isCancellationRequested) throw cancelledError();
  return compute();
}
