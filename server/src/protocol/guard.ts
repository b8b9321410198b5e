// One wrapper between the client and every handler and timer of the server: a
// message whose parameters are not what the method takes is refused
// (InvalidParams for a request, a log line for a notification); a handler or
// timer that throws logs the error and answers empty; the process stays up.
// `guardConnection` wraps the connection itself, so every `connection.onX(…)`
// registration (and `documents.listen`) goes through it without each handler
// having to remember.
import { ErrorCodes, ResponseError } from 'vscode-languageserver/node';
import { invalidParams } from './validate';

export type Log = (message: string) => void;

export class Guard {
  /**
   * Where the session is in LSP's lifecycle. Before `initialize` ('new') a request is refused with
   * ServerNotInitialized and a notification dropped; after `shutdown` ('shut') a request is refused with
   * InvalidRequest. `initialize` and `exit` pass whatever the phase.
   */
  phase: 'new' | 'running' | 'shut' = 'running';

  constructor(private readonly log: Log) {}

  /** Runs `fn`; an exception (or a rejected promise) is logged and `fallback()` answered. */
  run<T>(name: string, fn: () => T, fallback: () => T, refusals = false): T {
    try {
      const result = fn();
      if (result instanceof Promise) return result.catch((e: unknown) => this.failed(name, e, fallback, refusals)) as T;
      return result;
    } catch (e) {
      return this.failed(name, e, fallback, refusals);
    }
  }

  /** `setTimeout` whose callback cannot throw out of the timer. */
  timer(name: string, fn: () => void, ms: number): NodeJS.Timeout {
    return setTimeout(() => this.run(name, fn, () => undefined), ms);
  }

  /** A promise nobody awaits: its rejection is logged, not left unhandled. */
  detach(name: string, promise: Promise<unknown> | undefined): void {
    promise?.catch((e: unknown) => this.failed(name, e, () => undefined, false));
  }

  /**
   * The handler registered for `name` (a registration such as `onHover` or
   * `languages.inlayHint.on`), validated and guarded. Requests answer an
   * InvalidParams error for bad parameters and `empty(params)` when they fail.
   */
  handler<F extends (...args: never[]) => unknown>(name: string, fn: F): F {
    const kind = kindOf(name);
    const wrapped = (...args: unknown[]) => {
      if (this.phase !== 'running' && !LIFECYCLE.test(name)) {
        if (kind !== 'request') return undefined;
        return this.phase === 'new'
          ? new ResponseError(ErrorCodes.ServerNotInitialized, `${name}: the server is not initialized`)
          : new ResponseError(ErrorCodes.InvalidRequest, `${name}: the server is shut down`);
      }
      const params = args[0];
      const problem = invalidParams(name, params);
      if (problem) {
        this.log(`${name}: invalid params: ${problem}`);
        return kind === 'request' ? new ResponseError(ErrorCodes.InvalidParams, `${name}: ${problem}`) : undefined;
      }
      const request = kind === 'request';
      return this.run(name, () => (fn as unknown as (...a: unknown[]) => unknown)(...args), () => (request ? emptyAnswer(name, params) : undefined), request);
    };
    return wrapped as unknown as F;
  }

  private failed<T>(name: string, e: unknown, fallback: () => T, refusals: boolean): T {
    // A request's refusal the handler meant (e.g. rename: "not an article") is the answer.
    if (refusals && e instanceof ResponseError) throw e;
    this.log(`${name} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return fallback();
  }
}

/** Registrations whose handler answers notifications (or events), not requests. */
const NOTIFICATIONS = /^(?:onInitialized|onExit|onNotification|onDidOpenTextDocument|onDidChangeTextDocument|onDidCloseTextDocument|onDidSaveTextDocument|onWillSaveTextDocument|onDidChangeWatchedFiles|onDidChangeConfiguration|workspace\.onDidChangeWorkspaceFolders|onProgress)$/;

/** The registrations that pass in every phase. */
const LIFECYCLE = /^(?:onInitialize|onExit)$/;

function kindOf(name: string): 'request' | 'notification' {
  return NOTIFICATIONS.test(name.replace(/:.*/, '')) ? 'notification' : 'request';
}

/** What a failed request answers: nothing, the item itself for completionItem/resolve, no diagnostics for a pull (a report, never null). */
function emptyAnswer(name: string, params: unknown): unknown {
  if (name === 'languages.diagnostics.on') return { kind: 'full', items: [] };
  return name === 'onCompletionResolve' ? params : null;
}

/**
 * The connection (or any part of it, e.g. `connection.languages`) with every
 * `on…` registration guarded: the handler it is given is wrapped by `guard.handler`.
 * Other members are the originals, bound to their object.
 */
export function guardConnection<T extends object>(target: T, guard: Guard, prefix = ''): T {
  const children = new Map<PropertyKey, unknown>();
  return new Proxy(target, {
    get(t, prop) {
      const value: unknown = Reflect.get(t, prop, t);
      if (typeof prop !== 'string') return value;
      const name = prefix + prop;
      if (typeof value === 'function') {
        if (!/^on(?:[A-Z]|$)/.test(prop)) return value.bind(t);
        return (...args: unknown[]) => (value as (...a: unknown[]) => unknown).apply(t, args.map((a) => (typeof a === 'function' ? guard.handler(registrationName(name, args), a as (...x: never[]) => unknown) : a)));
      }
      if (value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Promise)) {
        if (!children.has(prop)) children.set(prop, guardConnection(value, guard, `${name}.`));
        return children.get(prop);
      }
      return value;
    },
  });
}

/** `onRequest('x', h)` and `onNotification(T, h)` are named after their method. */
function registrationName(name: string, args: unknown[]): string {
  if (!/(?:^|\.)on(?:Request|Notification)$/.test(name)) return name;
  const m = args[0];
  const method = typeof m === 'string' ? m : (m as { method?: unknown } | undefined)?.method;
  return typeof method === 'string' ? `${name}:${method}` : name;
}
