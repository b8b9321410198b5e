// `treaty/preview`: the document as it will print, for the editor's preview beside the text —
// the HTML and style sheet of export/html.ts (the same layout the .docx is written from), and
// the line each article starts on, so that the preview can follow the cursor article by article.
import { FeatureContext } from './context';
import { previewHtml } from './export/html';

export interface PreviewResult {
  /** The body's content; every piece of document text escaped, no scripts, links or images. */
  html: string;
  css: string;
  /** Articles and chapters in document order: the element's id and the (0-based) line it starts on. */
  anchors: Array<{ id: string; line: number }>;
}

export function preview(ctx: FeatureContext): PreviewResult {
  const p = previewHtml(ctx.treaty);
  return { html: p.html, css: p.css, anchors: p.anchors.map((a) => ({ id: a.id, line: ctx.lines.positionAt(a.start).line })) };
}
