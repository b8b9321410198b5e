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
  /** [uri] → HeadVersion: the document's file as of the last commit (git show HEAD:path). */
  headVersion: 'treaty.server.headVersion',
  /** [oldText, newText] → CompareResult: the 修改对照表 (markdown) and the changed units with their lines on either side. */
  compare: 'treaty.server.compare',
  /** [oldText, newText, kind?: 'protocol' | 'decision'] → AmendmentResult: the amending instrument. */
  amendment: 'treaty.server.amendment',
  /** [baseText, amendmentText] → ConsolidateResult: the consolidated text and the clauses that could not be applied. */
  consolidate: 'treaty.server.consolidate',
  /** [oldText, newText] → { base64 }: the 修改对照表 as a .docx file. */
  comparisonDocx: 'treaty.server.comparisonDocx',
  /** [uri, format: 'docx' | 'pdf' | 'akn' | 'copies'] → ExportResult. Writes the exported files beside the document. */
  export: 'treaty.server.export',
  /**
   * [uri, range, diagnostics, title] → EditResult. A quick fix, for a client that takes code actions as bare
   * Commands (no codeActionLiteralSupport): recomputed on the document as it is now and applied with workspace/applyEdit.
   */
  codeAction: 'treaty.server.codeAction',
  /**
   * [uri, position, locations] → Location[]. The "cited N times" lens, for an editor that does not run
   * `treaty.showReferences` itself (any but the VS Code extension, which says it does in initialization option
   * `clientCommands`): the server opens the one reference, or the
   * one picked from a list (window/showMessageRequest), with window/showDocument — or, to a client without it,
   * names them in a message.
   */
  showReferences: 'treaty.server.showReferences',
  /** [uri, range] → Location | null. The counterpart lens (`俄文本 Статья 12`), likewise: the counterpart opened with window/showDocument, or named in a message. */
  revealCounterpart: 'treaty.server.revealCounterpart',
} as const;


/** The answer of treaty.server.headVersion: the text at HEAD, or why there is none. */
export interface HeadVersion {
  text?: string;
  message?: string;
}

/** The formats of `treaty.server.export`: Word, PDF, Akoma Ntoso, the signing copies as markdown. */
export type ExportFormat = 'docx' | 'pdf' | 'akn' | 'copies';

export interface ExportResult {
  /** The files written (paths). */
  files: string[];
  /** What to tell the user: where the files went, or why none were written. */
  message: string;
}

/** `treaty/preview` {uri} → PreviewResult | null (null: not served as a treaty). */
export const PREVIEW_REQUEST = 'treaty/preview';

export interface PreviewParams {
  uri: string;
}

/** `treaty/summary` {uri} → Summary | null (null: the server does not serve the document as a treaty). */
export const SUMMARY_REQUEST = 'treaty/summary';

export interface SummaryParams {
  uri: string;
}

export type { EditResult, InsertArticleResult, InsertMode } from '../features/insertArticle';
export type { CitedByResult } from '../features/citedBy';
export type { Summary } from '../features/summary';
export type { Template } from '../features/templates';
export type { AmendmentResult, ChangedUnit, CompareResult, ConsolidateResult, UnitPlace } from '../features/versionCommands';
export type { PreviewResult } from '../features/preview';
