// The parameters each registered handler takes, checked before it runs: a
// client (or anything writing to the server's stdin) may send any JSON. A
// handler only ever sees parameters of the shape it was written for.

type Check = (v: unknown) => string | undefined;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const object: Check = (v) => (isObject(v) ? undefined : 'not an object');
const any: Check = () => undefined;
const string: Check = (v) => (typeof v === 'string' ? undefined : 'not a string');
const boolean: Check = (v) => (typeof v === 'boolean' ? undefined : 'not a boolean');
/** A non-negative 32-bit integer, as LSP's `uinteger`. */
const uinteger: Check = (v) => (Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 0x7fffffff ? undefined : 'not a non-negative integer');
const integer: Check = (v) => (Number.isInteger(v) ? undefined : 'not an integer');
const orNull = (c: Check): Check => (v) => (v === null ? undefined : c(v));
const oneOf = (...values: unknown[]): Check => (v) => (values.includes(v) ? undefined : `not one of ${values.join(', ')}`);

/** `{field: check}`; a field named `x?` may be absent (or undefined). */
function shape(fields: Record<string, Check>): Check {
  return (v) => {
    if (!isObject(v)) return 'not an object';
    for (const [key, check] of Object.entries(fields)) {
      const optional = key.endsWith('?');
      const name = optional ? key.slice(0, -1) : key;
      const value = v[name];
      if (value === undefined) {
        if (optional) continue;
        return `${name} missing`;
      }
      const problem = check(value);
      if (problem) return `${name}: ${problem}`;
    }
    return undefined;
  };
}

function arrayOf(c: Check, max = 1_000_000): Check {
  return (v) => {
    if (!Array.isArray(v)) return 'not an array';
    if (v.length > max) return `more than ${max} elements`;
    for (let i = 0; i < v.length; i++) {
      const problem = c(v[i]);
      if (problem) return `[${i}]: ${problem}`;
    }
    return undefined;
  };
}

const uri = string;
const position = shape({ line: uinteger, character: uinteger });
const range = shape({ start: position, end: position });
const textDocument = shape({ uri });
const documentItem = shape({ uri, languageId: string, version: integer, text: string });
const folder = shape({ uri, 'name?': string });
const atPosition = { textDocument, position };

/** Parameters by registration (`onHover`, `languages.inlayHint.on`, `onRequest:method` …). */
const PARAMS: Record<string, Check> = {
  onInitialize: shape({
    capabilities: object, 'rootUri?': orNull(uri), 'workspaceFolders?': orNull(arrayOf(folder)), 'initializationOptions?': any,
  }),
  // No parameters (LSP: `params` void).
  onShutdown: any,
  onDidOpenTextDocument: shape({ textDocument: documentItem }),
  onDidChangeTextDocument: shape({
    textDocument: shape({ uri, 'version?': orNull(integer) }),
    contentChanges: arrayOf(shape({ text: string, 'range?': range })),
  }),
  onDidCloseTextDocument: shape({ textDocument }),
  onDidSaveTextDocument: shape({ textDocument, 'text?': string }),
  onWillSaveTextDocument: shape({ textDocument, reason: uinteger }),
  onWillSaveTextDocumentWaitUntil: shape({ textDocument, reason: uinteger }),
  onDidChangeWatchedFiles: shape({ changes: arrayOf(shape({ uri, type: oneOf(1, 2, 3) })) }),
  onDidChangeConfiguration: shape({ 'settings?': any }),
  'workspace.onDidChangeWorkspaceFolders': shape({ added: arrayOf(folder), removed: arrayOf(folder) }),
  'workspace.onWillRenameFiles': shape({ files: arrayOf(shape({ oldUri: uri, newUri: uri }), 100_000) }),
  onDocumentSymbol: shape({ textDocument }),
  onFoldingRanges: shape({ textDocument }),
  onDocumentLinks: shape({ textDocument }),
  onCodeLens: shape({ textDocument }),
  onDefinition: shape(atPosition),
  onHover: shape(atPosition),
  onDocumentHighlight: shape(atPosition),
  onPrepareRename: shape(atPosition),
  onReferences: shape({ ...atPosition, context: shape({ includeDeclaration: boolean }) }),
  onRenameRequest: shape({ ...atPosition, newName: string }),
  onCodeAction: shape({ textDocument, range, context: shape({ diagnostics: arrayOf(object), 'only?': arrayOf(string) }) }),
  'languages.inlayHint.on': shape({ textDocument, range }),
  'languages.diagnostics.on': shape({ textDocument, 'identifier?': string, 'previousResultId?': string }),
  onSelectionRanges: shape({ textDocument, positions: arrayOf(position, 10_000) }),
  onCompletion: shape({ ...atPosition, 'context?': object }),
  onCompletionResolve: shape({ label: string }),
  onWorkspaceSymbol: shape({ query: string }),
  onExecuteCommand: shape({ command: string, 'arguments?': arrayOf(any, 100) }),
  'onRequest:treaty/summary': shape({ 'uri?': string }),
  'onRequest:treaty/preview': shape({ 'uri?': string }),
};

/** Why `params` are not what the handler registered as `name` takes; undefined when they are (or it takes anything). */
export function invalidParams(name: string, params: unknown): string | undefined {
  const check = PARAMS[name];
  return check ? check(params) : undefined;
}

/** The registrations whose parameters are checked (for tests). */
export const VALIDATED = Object.keys(PARAMS);
