import * as fs from 'fs';
import * as path from 'path';
import { WorkspaceIndex } from '../../server/src/index/workspace';
import { diagnostics } from '../../server/src/features/diagnostics';
import { alignmentOf } from '../../server/src/features/counterparts';
const dir = path.resolve(__dirname, '../../../test/fixtures/multilingual');
const index = new WorkspaceIndex();
for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md')) index.set(`file:///ws/${encodeURI(f)}`, fs.readFileSync(path.join(dir, f), 'utf8'), 1, 'markdown');
for (const s of index.all()) {
  const ds = diagnostics(index, s, {}).filter((d) => String(d.code).startsWith('align'));
  console.log('==', decodeURI(s.uri), s.treaty.language, s.treaty.articles.length, 'articles');
  for (const d of ds) console.log('  ', d.code, d.range.start.line + 1, d.message);
}
const [a, b] = [...index.all()].filter((s) => s.uri.includes(process.argv[2] ?? 'un_charter'));
if (a && b) {
  const { al } = alignmentOf(index, a, b);
  for (const p of al.articles) console.log(p.by, p.a?.name, '↔', p.b?.name, p.paragraphs.map((q) => `${q.a?.index ?? '-'}/${q.b?.index ?? '-'}${q.items.length ? `[${q.items.map((i) => `${i.a?.index ?? '-'}${i.b?.index ?? '-'}`).join(' ')}]` : ''}`).join(' '));
}
import { referencesOf } from '../../server/src/model/references';
for (const s of index.all()) if (s.treaty.language !== 'zh') console.log(decodeURI(s.uri), referencesOf(s.treaty).filter((r) => r.kind === 'article').map((r) => s.text.slice(r.start, r.end)));
