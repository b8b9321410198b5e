// A treaty as a Word document (.docx, written with the `docx` library): the layout of
// ./layout.ts in the house style of ./style.ts, the signature block side by side (a table
// without borders, one column per party in the order of the text).
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  IRunOptions,
  LineRuleType,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  PageNumber,
} from 'docx';
import { Treaty } from '../../model/treaty';
import { Layout, Piece, layoutOf } from './layout';
import { DEFAULT_STYLE, ResolvedStyle, resolveFonts } from './style';

export const MM = 56.7; // twips per millimetre
export const PT = 20; // twips per point

/** The footer with the page number in the house style's form (`— {page} —`). */
export function pageFooter(s: ResolvedStyle): Footer {
  const [before, after] = s.footer.includes('{page}') ? s.footer.split('{page}', 2) : [s.footer, ''];
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [before, PageNumber.CURRENT, after], font: { ascii: s.fonts.latin, hAnsi: s.fonts.latin, eastAsia: s.fonts.body }, size: 28 })],
      }),
    ],
  });
}

/** The treaty as a .docx file. */
export async function toDocx(treaty: Treaty, style: ResolvedStyle = resolveFonts(DEFAULT_STYLE), layout: Layout = layoutOf(treaty)): Promise<Buffer> {
  return Packer.toBuffer(buildDocument(layout, style, treaty.title?.text));
}

export function buildDocument(layout: Layout, style: ResolvedStyle, title?: string): Document {
  const s = style;
  const run = (text: string, font: string, size: number, extra: Partial<IRunOptions> = {}) =>
    new TextRun({ text, font: { ascii: s.fonts.latin, hAnsi: s.fonts.latin, eastAsia: font }, size: size * 2, ...extra });
  const body = (text: string, size = s.sizes.body) => run(text, s.fonts.body, size);
  const spacing = { line: s.lineSpacing * PT, lineRule: LineRuleType.EXACT };
  const indent = { firstLineChars: 200, firstLine: 2 * s.sizes.body * PT };

  const children: Array<Paragraph | Table> = [];
  const para = (p: Piece): Paragraph => {
    switch (p.kind) {
      case 'title':
        return new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { line: Math.round(s.sizes.title * 1.5 * PT), lineRule: LineRuleType.EXACT, after: s.lineSpacing * PT },
          children: [run(p.text, s.fonts.title, s.sizes.title)],
        });
      case 'chapter':
      case 'heading':
        return new Paragraph({ alignment: AlignmentType.CENTER, spacing, children: [run(p.text, s.fonts.heading, s.sizes.heading)] });
      case 'record':
        return new Paragraph({ alignment: AlignmentType.CENTER, spacing, children: [body(p.text)] });
      case 'article': {
        const centre = p.centred || s.articleHeadings === 'centre';
        return new Paragraph({
          alignment: centre ? AlignmentType.CENTER : AlignmentType.LEFT,
          indent: centre ? undefined : indent,
          spacing,
          children: [run(p.text, s.fonts.heading, s.sizes.heading, { bold: !centre })],
        });
      }
      case 'note':
        return new Paragraph({ spacing: { line: s.sizes.note * 1.5 * PT, lineRule: LineRuleType.EXACT }, children: [body(p.text, s.sizes.note)] });
      default: {
        // The label, then the white space the text writes after it, in the body's font, with the text.
        const runs = p.label ? [run(p.label, s.fonts.heading, s.sizes.body), body((p.gap ?? '\u3000') + p.text)] : [body(p.text)];
        // The signing clause stays on the page of the signatures.
        return new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent, spacing, keepNext: p.kind === 'signing', keepLines: p.kind === 'signing', children: runs });
      }
    }
  };
  const pieces = layout.pieces;
  const at = layout.signaturesAt ?? pieces.length;
  for (const p of pieces.slice(0, at)) children.push(para(p));

  const sig = layout.signatures;
  if (sig && sig.columns.length > 0) {
    for (const l of sig.lead) children.push(new Paragraph({ indent, spacing, children: [body(l)] }));
    const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
    const borders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
    const width = (s.page.width - s.page.left - s.page.right) * MM;
    const colWidth = Math.floor(width / sig.columns.length);
    children.push(new Paragraph({ spacing, keepNext: true, children: [] }));
    children.push(
      new Table({
        layout: TableLayoutType.FIXED,
        width: { size: colWidth * sig.columns.length, type: WidthType.DXA },
        columnWidths: sig.columns.map(() => colWidth),
        borders,
        rows: [
          new TableRow({
            cantSplit: true,
            children: sig.columns.map(
              (c) =>
                new TableCell({
                  width: { size: colWidth, type: WidthType.DXA },
                  borders: { top: none, bottom: none, left: none, right: none },
                  children: c.lines.map((l) => new Paragraph({ alignment: AlignmentType.CENTER, spacing, keepNext: true, children: [body(l)] })),
                }),
            ),
          }),
        ],
      }),
    );
    for (const l of sig.after ?? []) children.push(new Paragraph({ indent, spacing, children: [body(l)] }));
  }
  // What the text has after its signatures (an annex), after them.
  for (const p of pieces.slice(at)) children.push(para(p));

  const footer = pageFooter(s);
  return new Document({
    title,
    styles: { default: { document: { run: { font: { ascii: s.fonts.latin, hAnsi: s.fonts.latin, eastAsia: s.fonts.body }, size: s.sizes.body * 2 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: Math.round(s.page.width * MM), height: Math.round(s.page.height * MM) },
            margin: { top: Math.round(s.page.top * MM), bottom: Math.round(s.page.bottom * MM), left: Math.round(s.page.left * MM), right: Math.round(s.page.right * MM), footer: Math.round(20 * MM) },
          },
        },
        footers: { default: footer },
        children,
      },
    ],
  });
}
