// workspace/symbol: instruments and their articles across the workspace. The
// query is matched on canonical names too, so `第12条` and `12` find `第十二条`.
import { SymbolKind, WorkspaceSymbol } from 'vscode-languageserver-types';
import { LineMap } from '../syntax/positions';
import { formatChinese, parseNumeral } from '../syntax/numerals';
import { WorkspaceIndex } from '../index/workspace';
import { ARTICLE_SYMBOL_KIND } from './documentSymbols';

type Token = { isCancellationRequested: boolean };
const LIMIT = 500;

export function workspaceSymbols(index: WorkspaceIndex, query: string, token?: Token): WorkspaceSymbol[] {
  const q = normalizeQuery(query);
  const out: WorkspaceSymbol[] = [];
  for (const s of index.treaties()) {
    if (token?.isCancellationRequested || out.length >= LIMIT) break;
    const info = s.info;
    const title = info.title ?? '';
    const titleHit = !q.text || (info.normalized ?? '').includes(q.text);
    if (titleHit && !q.article && title) {
      out.push({ name: title, kind: SymbolKind.File, location: { uri: s.uri }, containerName: info.kind });
    }
    if (!q.text && !q.article) continue;
    // Articles: only documents that could match are parsed.
    if (!q.article && !/[第条]/.test(q.text)) continue;
    const treaty = index.model(s);
    let map: LineMap | undefined;
    for (const a of treaty.articles) {
      const hit = q.article !== undefined ? a.num === q.article && (titleHit || !q.rest) : a.name.includes(q.text) || a.summary.includes(q.text);
      if (!hit) continue;
      map ??= new LineMap(treaty.tree.lines);
      out.push({
        name: `${a.name}${a.caption ? ` ${a.caption}` : ''}`,
        kind: ARTICLE_SYMBOL_KIND,
        containerName: title,
        location: { uri: s.uri, range: map.range(a.label.start, a.label.end) },
      });
      if (out.length >= LIMIT) break;
    }
  }
  return out;
}

/** `第12条` / `第 十二 条` / `12` → article 12; anything else is matched as text (white space dropped). */
function normalizeQuery(query: string): { text: string; article?: number; rest?: string } {
  const text = query.replace(/[\s\u3000]+/g, '');
  const m = /^(.*?)第?([0-9０-９〇零一二两三四五六七八九十百千]+)条?$/.exec(text);
  if (m && (text.includes('条') || text.includes('第') || /^[0-9]+$/.test(text))) {
    const n = parseNumeral(m[2]);
    if (n !== undefined) return { text: m[1], article: n, rest: m[1] };
  }
  return { text: text.replace(/第([0-9]+)条/g, (_, d) => `第${formatChinese(Number(d))}条`) };
}
