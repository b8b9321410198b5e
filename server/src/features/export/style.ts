// The house style of an exported treaty: Chinese official-document typography (GB/T 9704):
// A4, the title in 小标宋 二号, the body in 仿宋 三号 at a fixed 28 pt line, first lines
// indented two characters, page numbers `— 1 —`. A user style file (JSON) overrides any part;
// fonts are lists, the first one installed is used (see `resolveFonts`).

export interface ExportStyle {
  /** Page size and margins in millimetres. */
  page: { width: number; height: number; top: number; bottom: number; left: number; right: number };
  /** Font candidates, best first: the first that is installed is written into the document. */
  fonts: { title: string[]; body: string[]; heading: string[]; latin: string };
  /** Sizes in points: 二号 22, 三号 16, 四号 14. */
  sizes: { title: number; body: number; heading: number; note: number };
  /** Fixed line spacing of the body, in points. */
  lineSpacing: number;
  /** Article headings: `centre` (as a heading line) or as the document writes them (`asWritten`). */
  articleHeadings: 'asWritten' | 'centre';
  /** The footer; `{page}` stands for the page number. */
  footer: string;
}

export const DEFAULT_STYLE: ExportStyle = {
  page: { width: 210, height: 297, top: 37, bottom: 35, left: 28, right: 26 },
  fonts: { title: ['方正小标宋简体', '黑体'], body: ['仿宋_GB2312', '仿宋'], heading: ['黑体'], latin: 'Times New Roman' },
  sizes: { title: 22, body: 16, heading: 16, note: 12 },
  lineSpacing: 28,
  articleHeadings: 'asWritten',
  footer: '— {page} —',
};

export interface ResolvedStyle extends Omit<ExportStyle, 'fonts'> {
  fonts: { title: string; body: string; heading: string; latin: string };
}

/** The defaults with a user's style (any subset of the fields) laid over them. Unknown or ill-typed fields are reported, not used. */
export function mergeStyle(user: unknown, base: ExportStyle = DEFAULT_STYLE): { style: ExportStyle; problems: string[] } {
  const problems: string[] = [];
  const merge = (b: any, u: any, path: string): any => {
    if (u === undefined) return b;
    if (Array.isArray(b)) {
      if (typeof u === 'string') return [u];
      if (Array.isArray(u) && u.every((x) => typeof x === 'string') && u.length > 0) return u;
      problems.push(`${path}: expected a font name or a list of names`);
      return b;
    }
    if (typeof b === 'object' && b !== null) {
      if (typeof u !== 'object' || u === null || Array.isArray(u)) {
        problems.push(`${path || 'style'}: expected an object`);
        return b;
      }
      const out: any = { ...b };
      for (const k of Object.keys(u)) {
        if (!(k in b)) problems.push(`${path ? path + '.' : ''}${k}: unknown setting`);
        else out[k] = merge(b[k], u[k], path ? `${path}.${k}` : k);
      }
      return out;
    }
    if (typeof u !== typeof b || (typeof u === 'number' && !(u > 0 && u < 1000))) {
      problems.push(`${path}: expected ${typeof b === 'number' ? 'a positive number' : `a ${typeof b}`}`);
      return b;
    }
    if (path === 'articleHeadings' && u !== 'asWritten' && u !== 'centre') {
      problems.push(`${path}: expected asWritten or centre`);
      return b;
    }
    return u;
  };
  return { style: merge(base, user, ''), problems };
}

/** Picks each font: the first candidate that is installed (`installed` undefined: nothing is known, take the first). */
export function resolveFonts(style: ExportStyle, installed?: ReadonlySet<string>): ResolvedStyle {
  const pick = (list: string[]) => (installed ? list.find((f) => installed.has(f)) : undefined) ?? list[0];
  return { ...style, fonts: { title: pick(style.fonts.title), body: pick(style.fonts.body), heading: pick(style.fonts.heading), latin: style.fonts.latin } };
}
