// Every interactive feature on one law opened in a workspace of laws (issue #13): the wall time of each, a first
// call and a second, as the server's own functions answer (no transport). Session 41's probe, with the requests it
// left out and renumbering after an article is deleted.
//   node --expose-gc scripts/probe-laws.mjs /tmp/laws 刑法.md [build root, default .] [label of the article deleted]
// (LawRefBook/Laws at commit 2f4c5c2; 刑法 is cited by 86 of its laws.) Times are of their machine and its load.
import { createRequire } from 'module';
import * as fs from 'fs';
import * as path from 'path';
const require = createRequire(import.meta.url);
const [folder, name, root = '.', deleted = '第二百条'] = process.argv.slice(2);
const files = [];
(function walk(d) { for (const e of fs.readdirSync(d, { withFileTypes: true })) { const p = path.join(d, e.name); if (e.isDirectory()) walk(p); else if (p.endsWith('.md')) files.push(p); } })(folder);
files.sort();
const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
const r = (p) => require(path.resolve(root, 'out/server/src', p));
const { WorkspaceIndex } = r('index/workspace.js');
const { contextOf } = r('features/context.js');
const F = (m, f) => r('features/' + m + '.js')[f];
const index = new WorkspaceIndex();
const uriOf = (f) => 'file://' + encodeURI(f);
let t0 = performance.now();
files.forEach((f, i) => index.set(uriOf(f), texts[i], 0));
index.treaties();
console.log('load', (performance.now() - t0).toFixed(0), 'ms');
const i = files.findIndex((f) => path.basename(f) === name || path.basename(f).startsWith(name));
const uri = uriOf(files[i]);
let s = index.set(uri, texts[i], 1, 'markdown');
const text = texts[i];
const ctx = () => contextOf(index, s);
const titleAt = text.indexOf('\n') > 0 ? 3 : 0;
const article = (label) => text.indexOf('\n' + label) + 2;
const firstArticle = text.indexOf('第一条') + 1;
// A reference of the text to one of its own articles (`本法第…条`, else any `第…条` after the first article's head).
const refAt = (() => { const m = /本法第[一二三四五六七八九十百]+条/.exec(text); return m ? m.index + 3 : firstArticle; })();
const lines = text.split('\n');
const range = { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } };
const endOfLine = { line: Math.min(10, lines.length - 1), character: lines[Math.min(10, lines.length - 1)].length };
const jobs = {
  diagnostics: () => F('diagnostics', 'diagnostics')(ctx()),
  symbols: () => F('documentSymbols', 'documentSymbols')(ctx()),
  folding: () => F('foldingRanges', 'foldingRanges')(ctx()),
  selectionRanges: () => F('selectionRanges', 'selectionRanges')(ctx(), [refAt]),
  definition: () => F('definition', 'definition')(ctx(), refAt),
  hover: () => F('hover', 'hover')(ctx(), refAt),
  highlights: () => F('references', 'documentHighlights')(ctx(), firstArticle),
  'references(title)': () => F('references', 'references')(ctx(), titleAt, true),
  'references(article 1)': () => F('references', 'references')(ctx(), firstArticle, true),
  'references(article 20)': () => F('references', 'references')(ctx(), article('第二十条'), true),
  codeLens: () => F('codeLens', 'codeLenses')(ctx()),
  citedBy: () => F('citedBy', 'citedBy')(ctx()),
  documentLinks: () => F('documentLinks', 'documentLinks')(ctx()),
  inlayHints: () => F('inlayHints', 'inlayHints')(ctx(), range),
  completion: () => F('completion', 'completion')(ctx(), endOfLine),
  codeActions: () => F('codeActions', 'codeActions')(ctx(), F('diagnostics', 'diagnostics')(ctx())),
  summary: () => F('summary', 'summary')(ctx()),
  prepareRename: () => F('renumber', 'prepareRename')(ctx(), firstArticle),
  'workspaceSymbols(法)': () => F('workspaceSymbols', 'workspaceSymbols')(index, '法'),
  'workspaceSymbols(第一条)': () => F('workspaceSymbols', 'workspaceSymbols')(index, '第一条'),
  'workspaceSymbols(第十二条)': () => F('workspaceSymbols', 'workspaceSymbols')(index, '第十二条'),
  'workspaceSymbols(条件)': () => F('workspaceSymbols', 'workspaceSymbols')(index, '条件'),
};
const sizeOf = (out) => (Array.isArray(out) ? out.length : out && typeof out === 'object' ? Object.keys(out).length : String(out).slice(0, 40));
const time = (k, f) => {
  const a = performance.now(); let out; try { out = f(); } catch (e) { out = 'THROW ' + e.message; }
  const b = performance.now(); f(); const c = performance.now();
  console.log(k.padEnd(28), (b - a).toFixed(1).padStart(8), (c - b).toFixed(1).padStart(8), 'ms', sizeOf(out));
};
console.log('request'.padEnd(28), 'first'.padStart(8), 'second'.padStart(8));
for (const [k, f] of Object.entries(jobs)) time(k, f);
// Renumbering after an article is deleted: every citing law planned and checked.
const a = text.indexOf('\n' + deleted) + 1;
if (a > 0) {
  const b = text.indexOf('\n第', a + 1) + 1;
  s = index.set(uri, text.slice(0, a) + text.slice(b), 2, 'markdown');
  time(`renumber(${deleted} deleted)`, () => { const res = F('renumber', 'renumberArticles')(ctx()); return res.refused ?? Object.keys(res.edit?.changes ?? {}); });
}
console.log('citers', index.citing(s.titleKey).length, 'withTitle', index.withTitle(s.titleKey).length);
