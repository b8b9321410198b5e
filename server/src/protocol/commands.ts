// The server's own protocol surface beyond LSP: the commands it runs
// (workspace/executeCommand, advertised in executeCommandProvider) and the
// `treaty/summary` request. Shared by the server and the VS Code client (which
// bundles this file), so the names are written once. Constants and types only.

/** Server-side commands. Their arguments are positional, as LSP sends them. */
export const SERVER_COMMANDS = {
  /** [uri] → RenumberResult. Renumbers every article 1, 2, 3 … and every reference, applied with workspace/applyEdit. */
  renumberArticles: 'treaty.server.renumberArticles',
  /** [uri, position, mode: 'renumber' | 'sub'] → InsertArticleResult. A new article after the one at the position. */
  insertArticle: 'treaty.server.insertArticle',
  /** [uri] → CitedByResult: the citations of this document in other documents. */
  citedBy: 'treaty.server.citedBy',
  /** [] → Template[]: the whole-document templates, for "new treaty". */
  templates: 'treaty.server.templates',
} as const;

export type InsertMode = 'renumber' | 'sub';

export interface Pos {
  line: number;
  character: number;
}

/** Commands that change text answer whether the edit was applied, and what a person should read when it was not. */
export interface EditResult {
  applied: boolean;
  /** Number of text edits. */
  edits: number;
  /** Why nothing was done, in the client's language. */
  message?: string;
}

export type RenumberResult = EditResult;

export interface InsertArticleResult extends EditResult {
  /** The new article's name (`第十三条`, `第十二条之一`). */
  name?: string;
  /** Where its text goes, once the edit is applied: an empty line under its heading. */
  position?: Pos;
}

export interface Loc {
  uri: string;
  range: { start: Pos; end: Pos };
}

export interface CitedByResult {
  /** Where the title is, for the peek view to open at. */
  position?: Pos;
  locations: Loc[];
  message?: string;
}

export interface Template {
  /** `双边协定` (in the client's language). */
  label: string;
  description: string;
  /** Snippet syntax (`${1:…}`), for the client to insert as a snippet. */
  body: string;
}

/** `treaty/summary`: what the status bar shows for a document. */
export const SUMMARY_REQUEST = 'treaty/summary';

export interface SummaryParams {
  uri: string;
}

/** null when the server does not serve the document as a treaty. */
export interface Summary {
  title?: string;
  /** The kind of instrument as the title names it: 协定, 条约, 联合声明 … */
  kind?: string;
  /** Articles (第…条), or for joint statements their numbered paragraphs (一、). */
  units: number;
  unitStyle: 'article' | 'paragraph';
  chapters: number;
}
