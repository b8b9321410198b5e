// The server's commands and requests beyond LSP, as the client calls them, and
// the shapes of the answers it reads. The server defines them in
// server/src/protocol/commands.ts; the client never imports the server, so it
// keeps this copy, which test/unit/l10n.test.ts holds equal to the server's.

export const SERVER_COMMANDS = {
  renumberArticles: 'treaty.server.renumberArticles',
  insertArticle: 'treaty.server.insertArticle',
  citedBy: 'treaty.server.citedBy',
  counterpart: 'treaty.server.counterpart',
  templates: 'treaty.server.templates',
  headVersion: 'treaty.server.headVersion',
  compare: 'treaty.server.compare',
  amendment: 'treaty.server.amendment',
  consolidate: 'treaty.server.consolidate',
  comparisonDocx: 'treaty.server.comparisonDocx',
  export: 'treaty.server.export',
  codeAction: 'treaty.server.codeAction',
  showReferences: 'treaty.server.showReferences',
  revealCounterpart: 'treaty.server.revealCounterpart',
} as const;

/**
 * The lens commands this extension runs itself (the references view, the counterpart opened beside), named to
 * the server in initialization option `clientCommands`: other editors get the server's own commands instead.
 */
export const CLIENT_COMMANDS = ['treaty.showReferences', 'treaty.revealCounterpart'] as const;

export const SUMMARY_REQUEST = 'treaty/summary';

/** The code of the diagnostic on a document opened in the wrong encoding (server/src/features/encodingNotice.ts). */
export const ENCODING_CODE = 'encoding.wrong';

export const PREVIEW_REQUEST = 'treaty/preview';

export type ExportFormat = 'docx' | 'pdf' | 'akn' | 'copies';

export interface ExportResult {
  files: string[];
  message: string;
}

export interface PreviewResult {
  html: string;
  css: string;
  anchors: Array<{ id: string; line: number }>;
}

export type InsertMode = 'renumber' | 'sub';

interface Pos {
  line: number;
  character: number;
}

export interface EditResult {
  applied: boolean;
  edits: number;
  message?: string;
}

export interface InsertArticleResult extends EditResult {
  name?: string;
  position?: Pos;
}

export interface Loc {
  uri: string;
  range: { start: Pos; end: Pos };
}

export interface CitedByResult {
  position?: Pos;
  locations: Loc[];
  message?: string;
}

export interface Template {
  label: string;
  description: string;
  body: string;
}

export interface Summary {
  title?: string;
  kind?: string;
  units: number;
  unitStyle: 'article' | 'paragraph';
  chapters: number;
}

export interface HeadVersion {
  text?: string;
  message?: string;
}

export interface UnitPlace {
  name: string;
  line: number;
}

export interface ChangedUnit {
  type: 'modified' | 'added' | 'deleted' | 'renumbered';
  note: string;
  old?: UnitPlace;
  new?: UnitPlace;
}

export interface CompareResult {
  table: string;
  changes: ChangedUnit[];
}

export interface AmendmentResult {
  text: string;
  clauses: number;
}

export interface ConsolidateResult {
  text: string;
  problems: { code: string; message: string; line: number; character: number }[];
}
