// The server's own protocol surface beyond LSP: the commands it runs
// (workspace/executeCommand, advertised in executeCommandProvider) and the
// `treaty/summary` request. The answers' types live with the features that
// compute them. The VS Code client keeps its own copy of these names
// (client/src/protocol.ts; a unit test holds the two equal).

/** Server-side commands. Their arguments are positional, as LSP sends them. */
export const SERVER_COMMANDS = {
  /** [uri] → EditResult. Renumbers every article 1, 2, 3 … and every reference, applied with workspace/applyEdit. */
  renumberArticles: 'treaty.server.renumberArticles',
  /** [uri, position, mode: 'renumber' | 'sub'] → InsertArticleResult. A new article after the one at the position. */
  insertArticle: 'treaty.server.insertArticle',
  /** [uri] → CitedByResult: the citations of this document in other documents. */
  citedBy: 'treaty.server.citedBy',
  /** [uri, position, targetUri?] → Location | null: the same unit (article, paragraph, item) in the instrument's text in another language. */
  counterpart: 'treaty.server.counterpart',
  /** [] → Template[]: the whole-document templates, for "new treaty". */
  templates: 'treaty.server.templates',
} as const;

/** `treaty/summary` {uri} → Summary | null (null: the server does not serve the document as a treaty). */
export const SUMMARY_REQUEST = 'treaty/summary';

export interface SummaryParams {
  uri: string;
}

export type { EditResult, InsertArticleResult, InsertMode } from '../features/insertArticle';
export type { CitedByResult } from '../features/citedBy';
export type { Summary } from '../features/summary';
export type { Template } from '../features/templates';
