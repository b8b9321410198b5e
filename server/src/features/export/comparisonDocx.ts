// The 修改对照表 as a Word table (issue #16): three columns 原条文 / 修改后条文 / 说明, one
// row per article that changed, removed words struck through in 原条文 and added words bold
// and underlined in 修改后条文 — how comparison prints (对照表) mark them. Same rows as the
// markdown table of ../compare.ts, in the house style of ./style.ts (A4, 仿宋, page numbers),
// landscape-free: the columns share the width of the page, 说明 narrowest.
import {
  AlignmentType,
  BorderStyle,
  Document,
  LineRuleType,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  UnderlineType,
  WidthType,
} from 'docx';
import { PREAMBLE } from '../../syntax/words';
import { Comparison, PREAMBLE_NOTE, TableOptions, UnitChange, WordChange, explain, unitText, bookTitle } from '../compare';
import { DEFAULT_STYLE, ResolvedStyle, resolveFonts } from './style';
import { MM, PT, pageFooter } from './docx';


/** A run of a cell: plain, removed (struck) or added (bold, underlined). */
export interface CellRun {
  text: string;
  mark?: 'removed' | 'added';
}

/** One row of the table: each cell a list of paragraphs, each paragraph a list of runs. */
export interface TableRowData {
  old: CellRun[][];
  new: CellRun[][];
  note: string;
}

/** Splits runs at line breaks into paragraphs, the unit's name (`第三条　`) opening the first. */
function paragraphs(name: string, runs: CellRun[]): CellRun[][] {
  const out: CellRun[][] = [[{ text: `${name}\u3000` }]];
  for (const r of runs) {
    r.text.split('\n').forEach((piece, k) => {
      if (k > 0) out.push([]);
      if (piece) out[out.length - 1].push(r.mark ? { text: piece, mark: r.mark } : { text: piece });
    });
  }
  return out;
}

function side(words: WordChange[], which: 'old' | 'new'): CellRun[] {
  const runs: CellRun[] = [];
  for (const w of words) {
    if (w.kind === 'same') runs.push({ text: w.text });
    else if (w.kind === 'removed' && which === 'old') runs.push({ text: w.text, mark: 'removed' });
    else if (w.kind === 'added' && which === 'new') runs.push({ text: w.text, mark: 'added' });
  }
  return runs;
}

/** The rows of the 修改对照表, the same as the markdown table's (unchanged articles only with `unchanged`). */
export function comparisonRows(cmp: Comparison, options: TableOptions = {}): TableRowData[] {
  const rows: TableRowData[] = [];
  for (const c of cmp.changes as UnitChange[]) {
    if (c.type === 'unchanged' && !c.renumbered && !options.unchanged) continue;
    const oldCell = c.type === 'added' ? [] : paragraphs(c.old.name, c.type === 'modified' ? side(c.words, 'old') : [{ text: unitText(c.old) }]);
    const newCell = c.type === 'deleted' ? [] : paragraphs(c.new.name, c.type === 'modified' ? side(c.words, 'new') : [{ text: unitText(c.new) }]);
    rows.push({ old: oldCell, new: newCell, note: explain(c) });
  }
  // A preamble that changed comes first (序言), as in the markdown table.
  if (cmp.preamble) rows.unshift({ old: paragraphs(PREAMBLE, side(cmp.preamble, 'old')), new: paragraphs(PREAMBLE, side(cmp.preamble, 'new')), note: PREAMBLE_NOTE });
  return rows;
}

/** The 修改对照表 as a .docx file. */
export async function comparisonDocx(cmp: Comparison, options: TableOptions = {}, style: ResolvedStyle = resolveFonts(DEFAULT_STYLE)): Promise<Buffer> {
  return Packer.toBuffer(comparisonDocument(cmp, options, style));
}

function comparisonDocument(cmp: Comparison, options: TableOptions = {}, style: ResolvedStyle = resolveFonts(DEFAULT_STYLE)): Document {
  const s = style;
  // A table reads better a size smaller than the body: 四号 (14 pt) on a 22 pt line.
  const size = Math.min(s.sizes.body, 14);
  const spacing = { line: Math.round(size * 1.5 * PT), lineRule: LineRuleType.EXACT };
  const font = (f: string) => ({ ascii: s.fonts.latin, hAnsi: s.fonts.latin, eastAsia: f });
  const run = (r: CellRun, f = s.fonts.body, bold = false) =>
    new TextRun({
      text: r.text,
      font: font(f),
      size: size * 2,
      bold: bold || r.mark === 'added',
      underline: r.mark === 'added' ? { type: UnderlineType.SINGLE } : undefined,
      strike: r.mark === 'removed',
    });
  const width = Math.round((s.page.width - s.page.left - s.page.right) * MM);
  const cols = [Math.round(width * 0.42), Math.round(width * 0.42)];
  cols.push(width - cols[0] - cols[1]);
  const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const cell = (paras: CellRun[][], w: number, opts: { head?: boolean } = {}) =>
    new TableCell({
      width: { size: w, type: WidthType.DXA },
      margins: { top: 60, bottom: 60, left: 100, right: 100 },
      children: (paras.length ? paras : [[]]).map(
        (p) => new Paragraph({ alignment: opts.head ? AlignmentType.CENTER : AlignmentType.JUSTIFIED, spacing, children: p.map((r) => run(r, opts.head ? s.fonts.heading : s.fonts.body, opts.head)) }),
      ),
    });
  const rows = comparisonRows(cmp, options);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: ['原条文', '修改后条文', '说明'].map((t, i) => cell([[{ text: t }]], cols[i], { head: true })),
  });
  const body = rows.map((r) => new TableRow({ children: [cell(r.old, cols[0]), cell(r.new, cols[1]), cell([[{ text: r.note }]], cols[2])] }));
  const title = cmp.new.title?.text ?? cmp.old.title?.text;
  const children: Array<Paragraph | Table> = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: Math.round(s.sizes.title * 1.5 * PT), lineRule: LineRuleType.EXACT, after: s.lineSpacing * PT },
      children: [new TextRun({ text: `${title ? bookTitle(title) : ''}修改对照表`, font: font(s.fonts.title), size: s.sizes.title * 2 })],
    }),
  ];
  if (!rows.length) children.push(new Paragraph({ spacing, children: [run({ text: '两个文本的条文相同。' })] }));
  else children.push(new Table({ layout: TableLayoutType.FIXED, width: { size: width, type: WidthType.DXA }, columnWidths: cols, borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line }, rows: [header, ...body] }));
  return new Document({
    title: `${title ?? ''}修改对照表`,
    styles: { default: { document: { run: { font: font(s.fonts.body), size: size * 2 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: Math.round(s.page.width * MM), height: Math.round(s.page.height * MM) },
            margin: { top: Math.round(s.page.top * MM), bottom: Math.round(s.page.bottom * MM), left: Math.round(s.page.left * MM), right: Math.round(s.page.right * MM), footer: Math.round(20 * MM) },
          },
        },
        footers: { default: pageFooter(s) },
        children,
      },
    ],
  });
}
