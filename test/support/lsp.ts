// A real JSON-RPC client for protocol tests: spawns the built server
// (`node server/out/server.js --stdio`) and talks LSP to it over stdio.
import { ChildProcess, spawn } from 'child_process';
import * as path from 'path';
import {
  createProtocolConnection,
  InitializeRequest,
  InitializedNotification,
  ProtocolConnection,
  PublishDiagnosticsNotification,
  Diagnostic,
  PublishDiagnosticsParams,
  StreamMessageReader,
  StreamMessageWriter,
  DidOpenTextDocumentNotification,
  ShutdownRequest,
  ExitNotification,
  WorkDoneProgressCreateRequest,
  ConfigurationRequest,
  RegistrationRequest,
  ShowMessageNotification,
  ShowMessageParams,
  LogMessageNotification,
  ApplyWorkspaceEditRequest,
  ApplyWorkspaceEditParams,
  InitializeResult,
  ResponseError,
  ErrorCodes,
  SymbolKind,
  CompletionItemKind,
} from 'vscode-languageserver-protocol/node';
import { ROOT } from './fixture';

export interface Client {
  connection: ProtocolConnection;
  process: ChildProcess;
  diagnostics: Map<string, PublishDiagnosticsParams>;
  /** The documents whose diagnostics were pushed (textDocument/publishDiagnostics), in order. */
  pushed: string[];
  messages: ShowMessageParams[];
  logs: string[];
  /** The edits the server asked the client to apply (workspace/applyEdit); each is answered `applied`. */
  applied: ApplyWorkspaceEditParams[];
  /** Every request the server sent the client, in order (those it has no handler for are answered MethodNotFound). */
  requests: { method: string; params: unknown }[];
  /** The server's answer to initialize. */
  initialized: InitializeResult;
  open(uri: string, text: string, languageId?: string): Promise<void>;
  /**
   * Waits until diagnostics for `uri` arrive (or `ms` pass). From a server that announced a `diagnosticProvider`
   * (a client that declares pull diagnostics and their refresh): pulled (textDocument/diagnostic) a moment later —
   * after the document's opening or change sent meanwhile — and recorded as if pushed.
   */
  waitForDiagnostics(uri: string, ms?: number): Promise<PublishDiagnosticsParams | undefined>;
  stop(): Promise<void>;
}

/** Every symbol kind (File to TypeParameter) and completion item kind (Text to TypeParameter) of LSP 3.17, as VS Code declares them. */
const EVERY_SYMBOL_KIND = Array.from({ length: 26 }, (_, i) => (i + 1) as SymbolKind);
const EVERY_COMPLETION_KIND = Array.from({ length: 25 }, (_, i) => (i + 1) as CompletionItemKind);

/**
 * The capabilities of a full client (VS Code-like); `minimal` asks for the plainest answers;
 * `initialize` replaces fields of the initialize params (a real client's capabilities, its folders);
 * `pick`: the action (its index) the user picks in a window/showMessageRequest, else none (dismissed).
 * window/showDocument is answered `success`; client/registerCapability accepted, or refused (an error) when `refuseRegistration`.
 */
export async function startServer(options: { rootUri?: string | null; initializationOptions?: unknown; minimal?: boolean; initialize?: Record<string, unknown>; configuration?: Record<string, unknown>; locale?: string; pick?: number; refuseRegistration?: boolean } = {}): Promise<Client> {
  // TREATY_SERVER: another build of the server (e.g. main's, to compare figures).
  const server = process.env.TREATY_SERVER ?? path.join(ROOT, 'server/out/server.js');
  const proc = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const reader = new StreamMessageReader(proc.stdout!);
  // No partial-message timer: vscode-jsonrpc re-arms it every 10 s for as long as a message is
  // half read, and disposing the connection does not clear it — a server stopped while writing
  // (a large document's diagnostics) kept the test file alive for ever.
  reader.partialMessageTimeout = 0;
  const connection = createProtocolConnection(reader, new StreamMessageWriter(proc.stdin!));
  const diagnostics = new Map<string, PublishDiagnosticsParams>();
  const pushed: string[] = [];
  const waiters = new Map<string, (p: PublishDiagnosticsParams) => void>();
  const messages: ShowMessageParams[] = [];
  const logs: string[] = [];
  const applied: ApplyWorkspaceEditParams[] = [];
  const requests: { method: string; params: unknown }[] = [];
  const asked = (method: string, params: unknown) => void requests.push({ method, params });
  // Any other request (the star handler vscode-jsonrpc calls when no handler has its method): recorded and refused.
  (connection as unknown as { onRequest(handler: (method: string, params: unknown) => unknown): void }).onRequest((method, params) => {
    asked(method, params);
    return new ResponseError(ErrorCodes.MethodNotFound, `Unhandled method ${method}`);
  });
  connection.onRequest(ApplyWorkspaceEditRequest.type, (p) => {
    asked(ApplyWorkspaceEditRequest.method, p);
    applied.push(p);
    return { applied: true };
  });
  connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
    diagnostics.set(p.uri, p);
    pushed.push(p.uri);
    waiters.get(p.uri)?.(p);
  });
  connection.onNotification(ShowMessageNotification.type, (p) => void messages.push(p));
  connection.onNotification(LogMessageNotification.type, (p) => void logs.push(p.message));
  connection.onRequest(WorkDoneProgressCreateRequest.type, (p) => void asked(WorkDoneProgressCreateRequest.method, p));
  connection.onRequest(RegistrationRequest.type, (p) => {
    asked(RegistrationRequest.method, p);
    return options.refuseRegistration ? new ResponseError(ErrorCodes.InternalError, 'registration refused') : undefined;
  });
  connection.onRequest(ConfigurationRequest.type, (p) => (asked(ConfigurationRequest.method, p), p.items.map((i) => options.configuration?.[i.section ?? ''] ?? null)));
  connection.onRequest('window/showMessageRequest', (p: ShowMessageParams) => {
    asked('window/showMessageRequest', p);
    messages.push(p);
    return (p as { actions?: unknown[] }).actions?.[options.pick ?? -1] ?? null;
  });
  connection.onRequest('window/showDocument', (p: unknown) => (asked('window/showDocument', p), { success: true }));
  connection.onRequest('workspace/diagnostic/refresh', () => (asked('workspace/diagnostic/refresh', undefined), null));
  connection.listen();
  const rootUri = options.rootUri ?? null;
  const initialized = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri,
    locale: options.locale,
    workspaceFolders: rootUri ? [{ uri: rootUri, name: 'ws' }] : null,
    capabilities: options.minimal ? {} : {
      window: { workDoneProgress: true },
      workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, configuration: true, workspaceFolders: true, applyEdit: true, symbol: { symbolKind: { valueSet: EVERY_SYMBOL_KIND }, resolveSupport: { properties: ['location.range'] } } },
      textDocument: {
        documentSymbol: { hierarchicalDocumentSymbolSupport: true, symbolKind: { valueSet: EVERY_SYMBOL_KIND } },
        definition: { linkSupport: true },
        documentLink: { tooltipSupport: true },
        completion: { completionItem: { snippetSupport: true, labelDetailsSupport: true, documentationFormat: ['markdown', 'plaintext'] }, completionItemKind: { valueSet: EVERY_COMPLETION_KIND } },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } }, isPreferredSupport: true, disabledSupport: true },
        rename: { prepareSupport: true },
        publishDiagnostics: { relatedInformation: true },
      },
    },
    initializationOptions: options.initializationOptions,
    ...options.initialize,
  });
  await connection.sendNotification(InitializedNotification.type, {});
  let stopped = false;
  return {
    connection,
    process: proc,
    diagnostics,
    pushed,
    messages,
    logs,
    applied,
    requests,
    initialized,
    async open(uri, text, languageId = 'markdown') {
      await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    },
    waitForDiagnostics(uri, ms = 5000) {
      if (initialized.capabilities.diagnosticProvider) {
        return new Promise((r) => setTimeout(r, Math.min(ms, 300))).then(async () => {
          // Pulled again when the server says the document changed meanwhile (ServerCancelled, retriggerRequest), as
          // vscode-languageclient and coc.nvim do.
          const pull = (): Promise<{ items?: Diagnostic[] }> => connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }).then(
            (r) => r as { items?: Diagnostic[] },
            (e: unknown) => (e instanceof ResponseError && e.code === -32802 && (e.data as { retriggerRequest?: boolean } | undefined)?.retriggerRequest !== false ? pull() : Promise.reject(e)),
          );
          const report = await pull();
          const p = { uri, diagnostics: report.items ?? [] };
          diagnostics.set(uri, p);
          return p;
        });
      }
      return new Promise((resolve) => {
        const timer = setTimeout(() => resolve(diagnostics.get(uri)), ms);
        waiters.set(uri, (p) => {
          clearTimeout(timer);
          resolve(p);
        });
      });
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      try {
        // Neither waits long: a server that is gone (or too busy to read) must not hold the test file open.
        await Promise.race([connection.sendRequest(ShutdownRequest.type), new Promise((r) => setTimeout(r, 2000).unref())]);
        await Promise.race([connection.sendNotification(ExitNotification.type), new Promise((r) => setTimeout(r, 1000).unref())]);
      } catch {
        // the server may already be gone
      }
      connection.dispose();
      await new Promise<void>((resolve) => {
        // Gone already (an exit code, or killed by a signal: then exitCode stays null and 'exit' has fired).
        if (proc.exitCode !== null || proc.signalCode !== null) return resolve();
        // Never wait forever: kill it after 2 s, and stop waiting a second later whatever happened.
        const kill = setTimeout(() => {
          proc.kill('SIGKILL');
          setTimeout(resolve, 1000).unref();
        }, 2000);
        proc.once('exit', () => {
          clearTimeout(kill);
          resolve();
        });
      });
    },
  };
}
