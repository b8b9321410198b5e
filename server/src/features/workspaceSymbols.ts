// workspace/symbol: instruments and their articles across the workspace. The
// query is matched on canonical names too, so `第12条`, `第 12 条`, `１２` and `12`
// find `第十二条`. Editors filter the answer again by the symbol's name (VS Code
// drops a symbol whose name does not fuzzy-match the query), so an article asked
// for in Arabic digits is named with the query too: `第十二条 第12条`, `第一百零二条 宪章第102条`.
import { SymbolKind, WorkspaceSymbol } from 'vscode-languageserver-types';
import { asciiDigits, formatChinese, fullWidthDigits, parseNumeral } from '../syntax/numerals';
import { Workspace } from '../index/workspace';
import { NEVER, Token } from './context';
import { ARTICLE_SYMBOL_KIND } from './documentSymbols';
import { Work, finish } from './work';

const LIMIT = 500;

export function workspaceSymbols(index: Workspace, query: string, token: Token = NEVER): WorkspaceSymbol[] {
  return finish(workspaceSymbolsWork(index, query, token));
}

/** Workspace symbols as work: one unit per document whose articles are searched. */
export function* workspaceSymbolsWork(index: Workspace, query: string, token: Token = NEVER): Work<WorkspaceSymbol[]> {
  const q = normalizeQuery(query);
  const out: WorkspaceSymbol[] = [];
  for (const s of index.treaties()) {
    if (token.isCancellationRequested || out.length >= LIMIT) break;
    const info = s.info;
    const title = info.title ?? '';
    const titleHit = !q.text || (info.normalized ?? '').includes(q.text);
    if (titleHit && !q.article && title) {
      out.push({ name: title, kind: SymbolKind.File, location: { uri: s.uri }, containerName: info.kind });
    }
    if (!q.text && !q.article) continue;
    // Articles: only documents that could match are parsed.
    if (!q.article && !/[第条]/.test(q.text)) continue;
    yield;
    // What it keeps of its articles (read off its model once: a query for an article number reads every document's).
    const summaries = q.article === undefined ? s.articleSummaries : undefined;
    const marks = s.articleMarks;
    for (let i = 0; i < marks.length; i++) {
      const num = marks.num(i);
      const hit = summaries === undefined ? num === q.article && (q.sub === undefined || marks.sub(i) === q.sub) && (titleHit || !q.rest) : marks.name(i).includes(q.text) || summaries[i].includes(q.text);
      if (!hit) continue;
      const name = marks.name(i);
      const caption = marks.caption(i);
      const alias = q.arabic && num !== undefined && marks.sub(i) === undefined && /^第\D+条$/.test(name) ? ` ${q.rest ?? ''}第${q.wide ? toWide(num) : num}条` : '';
      out.push({
        name: `${name}${alias}${caption ? ` ${caption}` : ''}`,
        kind: ARTICLE_SYMBOL_KIND,
        containerName: title,
        location: { uri: s.uri, range: marks.range(i) },
      });
      if (out.length >= LIMIT) break;
    }
  }
  return out;
}

/**
 * `第12条` / `第 十二 条` / `12` / `１２` → article 12, and every article numbered 12 after it (`第十二条之一`);
 * `第十二条之一` / `第12条之一` → that one alone; anything else is matched as text (white space dropped).
 */
function normalizeQuery(query: string): { text: string; article?: number; sub?: number; rest?: string; arabic?: boolean; wide?: boolean } {
  // Full-width digits as ASCII ones.
  const text = asciiDigits(query.replace(/[\s\u3000]+/g, ''));
  const m = /^(.*?)第?([0-9〇零一二两三四五六七八九十百千]+)(?:条(?:之([0-9〇零一二两三四五六七八九十]+))?)?$/.exec(text);
  if (m && (text.includes('条') || text.includes('第') || /^[0-9]+$/.test(text))) {
    const n = parseNumeral(m[2]);
    const sub = m[3] === undefined ? undefined : parseNumeral(m[3]);
    if (n !== undefined && (m[3] === undefined || sub !== undefined)) return { text: m[1], article: n, sub, rest: m[1], arabic: /[0-9]/.test(m[2]), wide: /[０-９]/.test(query) };
  }
  return { text: text.replace(/第([0-9]+)条/g, (_, d) => `第${formatChinese(Number(d))}条`) };
}

/** 12 → `１２` (the digits as a full-width query wrote them). */
function toWide(n: number): string {
  return fullWidthDigits(String(n));
}
