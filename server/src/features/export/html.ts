// A treaty as the HTML of its print preview: the layout of ./layout.ts (what the .docx prints, in
// the same order) in the house style of ./style.ts — the title centred, chapter and article
// headings, first-line indents, items, notes, the signing clause and the signature block in
// columns, one per party. Every piece of document text is escaped: the preview shows a
// document's words, never its markup. Articles carry ids (`art-1`, …) and the offsets they start
// at, so that a preview can follow the cursor article by article.
import { Treaty, articleAt } from '../../model/treaty';
import { Layout, Piece, layoutOf } from './layout';
import { DEFAULT_STYLE, ExportStyle } from './style';

export interface PreviewAnchor {
  /** The element's id in the HTML. */
  id: string;
  /** Offset in the text where the article (or chapter) starts. */
  start: number;
}

export interface PreviewHtml {
  /** The body's content: no scripts, no links, no images, every text escaped. */
  html: string;
  /** The page's style sheet, from the house style (fonts, sizes, line spacing, page width). */
  css: string;
  /** Articles and chapters in document order. */
  anchors: PreviewAnchor[];
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML character data or a quoted attribute value. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

export function previewHtml(treaty: Treaty, style: ExportStyle = DEFAULT_STYLE, layout: Layout = layoutOf(treaty)): PreviewHtml {
  const out: string[] = [];
  const anchors: PreviewAnchor[] = [];
  const seen = new Set<number>();
  /** An id for the piece that opens an article (its heading, or a law-style labelled paragraph) or a chapter. */
  const anchor = (p: Piece): string => {
    if (p.at === undefined) return '';
    if (p.kind === 'chapter') {
      const id = `chp-${anchors.filter((a) => a.id.startsWith('chp-')).length + 1}`;
      anchors.push({ id, start: p.at });
      return ` id="${id}"`;
    }
    if (p.kind !== 'article' && !(p.kind === 'paragraph' && p.label)) return '';
    const a = articleAt(treaty, p.at);
    if (!a || seen.has(a.start)) return '';
    seen.add(a.start);
    const id = `art-${treaty.articles.indexOf(a) + 1}`;
    anchors.push({ id, start: a.start });
    return ` id="${id}"`;
  };
  const sig = layout.signatures;
  const at = layout.signaturesAt ?? layout.pieces.length;
  const signatures = () => {
    if (!sig || sig.columns.length === 0) return;
    for (const l of sig.lead) out.push(`<p class="paragraph">${escapeHtml(l)}</p>`);
    out.push(
      `<table class="signatures"><tr>${sig.columns.map((c) => `<td>${c.lines.map((l) => `<div>${escapeHtml(l)}</div>`).join('')}</td>`).join('')}</tr></table>`,
    );
    for (const l of sig.after ?? []) out.push(`<p class="paragraph">${escapeHtml(l)}</p>`);
  };
  for (const [k, p] of layout.pieces.entries()) {
    // The signature block where the text has it (an annex after it stays after it).
    if (k === at) signatures();
    const t = escapeHtml(p.text);
    switch (p.kind) {
      case 'title':
        out.push(`<h1 class="title">${t}</h1>`);
        break;
      case 'chapter':
      case 'heading':
        out.push(`<h2 class="${p.kind}"${anchor(p)}>${t}</h2>`);
        break;
      case 'article': {
        const centre = p.centred || style.articleHeadings === 'centre';
        out.push(`<h3 class="article${centre ? ' centred' : ''}"${anchor(p)}>${t}</h3>`);
        break;
      }
      case 'item':
      case 'record':
      case 'note':
      case 'signing':
      case 'preamble':
        out.push(`<p class="${p.kind}">${t}</p>`);
        break;
      default:
        out.push(`<p class="paragraph"${anchor(p)}>${p.label ? `<b class="label">${escapeHtml(p.label)}</b>${escapeHtml(p.gap ?? '\u3000')}` : ''}${t}</p>`);
    }
  }
  if (at >= layout.pieces.length) signatures();
  return { html: out.join('\n') + '\n', css: cssOf(style), anchors };
}

/** The house style as CSS: the page's text width, the fonts (best first), sizes in pt, the fixed line height. */
function cssOf(s: ExportStyle): string {
  const family = (f: string | string[]) => [...(Array.isArray(f) ? f : [f]), 'serif'].map((n) => (n === 'serif' ? n : `"${n.replace(/["\\]/g, '')}"`)).join(', ');
  const width = s.page.width - s.page.left - s.page.right;
  return [
    `body { margin: 0; padding: 24px 0; background: var(--vscode-editor-background, #eee); }`,
    `main { box-sizing: content-box; width: ${width}mm; margin: 0 auto; padding: ${s.page.top}mm ${s.page.right}mm ${s.page.bottom}mm ${s.page.left}mm; background: #fff; color: #000; box-shadow: 0 0 6px rgba(0,0,0,.3);`,
    `  font-family: "${s.fonts.latin.replace(/["\\]/g, '')}", ${family(s.fonts.body)}; font-size: ${s.sizes.body}pt; line-height: ${s.lineSpacing}pt; text-align: justify; }`,
    `h1.title { font-family: ${family(s.fonts.title)}; font-size: ${s.sizes.title}pt; line-height: ${Math.round(s.sizes.title * 1.5)}pt; font-weight: normal; text-align: center; margin: 0 0 ${s.lineSpacing}pt; }`,
    `h2 { font-family: ${family(s.fonts.heading)}; font-size: ${s.sizes.heading}pt; font-weight: normal; text-align: center; margin: 0; }`,
    `h3.article { font-family: ${family(s.fonts.heading)}; font-size: ${s.sizes.heading}pt; font-weight: bold; text-indent: 2em; margin: 0; }`,
    `h3.article.centred { text-align: center; text-indent: 0; font-weight: normal; }`,
    `p { margin: 0; text-indent: 2em; }`,
    `p.record { text-align: center; text-indent: 0; }`,
    `p.note { font-size: ${s.sizes.note}pt; line-height: ${s.sizes.note * 1.5}pt; text-indent: 0; }`,
    `b.label { font-family: ${family(s.fonts.heading)}; }`,
    `table.signatures { width: 100%; table-layout: fixed; border-collapse: collapse; margin-top: ${s.lineSpacing}pt; }`,
    `table.signatures td { vertical-align: top; text-align: center; padding: 0; }`,
    `.current { background: rgba(255, 220, 0, .25); }`,
  ].join('\n');
}
