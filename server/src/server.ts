// The language server: the only module that touches the LSP connection and the
// file system. It keeps the workspace index up to date and routes requests to
// the features, which are pure functions of a snapshot.
import {
  createConnection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  InitializeParams,
  InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Snapshot, WorkspaceIndex } from './index/workspace';
import { documentSymbols } from './features/documentSymbols';
import { foldingRanges } from './features/foldingRanges';
import { TRIGGER_CHARACTERS, completion, readSnippets, resolveCompletion } from './features/completion';
// The clause snippets, bundled at build time (esbuild's json loader; see code-snippets.d.ts).
import snippetFile from '../../snippets/treaty.code-snippets';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const index = new WorkspaceIndex();
const settings = { markdownDetection: true };
const warned = new Set<string>();

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const options = (params.initializationOptions ?? {}) as { markdownDetection?: boolean };
  if (typeof options.markdownDetection === 'boolean') settings.markdownDetection = options.markdownDetection;
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      documentSymbolProvider: { label: '条约' },
      foldingRangeProvider: true,
      completionProvider: { triggerCharacters: TRIGGER_CHARACTERS, resolveProvider: true },
    },
    serverInfo: { name: 'treaty-language-server', version: '0.1.0' },
  };
});

/** The snapshot of an open document, if the server serves it. */
function served(uri: string): Snapshot | undefined {
  const snapshot = index.get(uri);
  if (!snapshot) return undefined;
  if (snapshot.refusal && !warned.has(uri)) {
    warned.add(uri);
    const why = snapshot.refusal === 'binary' ? 'looks like a binary file' : 'is too large to analyse';
    void connection.window.showWarningMessage(`Treaty Drafting: ${decodeURIComponent(uri.replace(/^.*\//, ''))} ${why}; it is not analysed.`);
    connection.console.warn(`${uri}: ${why}`);
  }
  return snapshot.isTreaty(settings.markdownDetection) ? snapshot : undefined;
}

documents.onDidOpen((e) => {
  index.set(e.document.uri, e.document.getText(), e.document.version, e.document.languageId);
});
documents.onDidChangeContent((e) => {
  index.set(e.document.uri, e.document.getText(), e.document.version, e.document.languageId);
});
documents.onDidClose((e) => {
  index.delete(e.document.uri);
  warned.delete(e.document.uri);
});

connection.onDocumentSymbol((params, token) => {
  const s = served(params.textDocument.uri);
  return s ? documentSymbols(s.treaty, token) : null;
});

connection.onFoldingRanges((params) => {
  const s = served(params.textDocument.uri);
  return s ? foldingRanges(s.treaty) : null;
});

const snippets = readSnippets(snippetFile);

connection.onCompletion((params, token) => {
  const s = served(params.textDocument.uri);
  return s ? completion(s, params.position, index, token, { snippets }) : null;
});

connection.onCompletionResolve((item) => resolveCompletion(item, index));

documents.listen(connection);
connection.listen();
