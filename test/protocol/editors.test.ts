// Real editors other than VS Code drive the built server: Neovim's own LSP client
// (test/editors/neovim.lua), Emacs with eglot (test/editors/eglot.el), Vim with ALE
// (test/editors/ale.vim) and Emacs with lsp-mode (test/editors/lsp-mode.el), headless, on a
// copy of the sample treaties. Each makes its own positions (byte or character columns →
// UTF-16 and back), sends its own incremental changes and applies the server's edits
// itself: what a user of that editor sees. Skipped, saying why, where the editor is not
// installed (.ci/run installs Debian's neovim, emacs-nox, elpa-eglot, vim-ale and elpa-lsp-mode).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from '../support/fixture';

const SEED = '000_c6ff318dd0620b0f.md';
const SERVER = path.join(ROOT, 'server/out/server.js');

interface Problem { code: string; text: string }
interface Answers {
  error?: string;
  initialDiagnostics?: Problem[] | null;
  symbols: string[];
  definition?: string;
  definitionLine?: string;
  hover?: string;
  afterRename: string | string[];
  afterEdit: Problem[];
  completion: string[];
}

const EDITORS = [
  { name: 'Neovim', probe: ['nvim', '--version'], run: () => ['nvim', '--headless', '--clean', '-c', `luafile ${path.join(ROOT, 'test/editors/neovim.lua')}`] },
  { name: 'Emacs eglot', probe: ['emacs', '--batch', '--eval', "(require 'eglot)"], run: () => ['emacs', '--batch', '-l', path.join(ROOT, 'test/editors/eglot.el')] },
  { name: 'Emacs lsp-mode', probe: ['emacs', '--batch', '--eval', "(require 'lsp-mode)"], run: () => ['emacs', '--batch', '-l', path.join(ROOT, 'test/editors/lsp-mode.el')] },
  // ALE counts columns in bytes without saying so: its script sets initialization option positionEncoding "utf-8".
  { name: 'Vim ALE', probe: ['vim', '-N', '-u', 'NONE', '-i', 'NONE', '-n', '-es', '-c', 'packadd ale', '-c', 'if !exists(":ALELint") | cquit | endif', '-c', 'qall!'], run: () => ['vim', '-N', '-u', 'NONE', '-i', 'NONE', '-n', '-es', '-S', path.join(ROOT, 'test/editors/ale.vim')] },
];

let dir: string;
let original: string;
before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'treaty-editors-'));
  for (const f of fs.readdirSync(path.join(ROOT, 'test/fixtures/seeds'))) fs.copyFileSync(path.join(ROOT, 'test/fixtures/seeds', f), path.join(dir, f));
  original = fs.readFileSync(path.join(dir, SEED), 'utf8');
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

// Expected by reading the seed: its twelve articles (`## 第 一 条` … `## 第 十 二 条`, two of
// them written `####`), 第九条's `本协议第十二条`, and 第十二条's first sentence.
const ARTICLES = ['第一条', '第二条', '第三条', '第四条', '第五条', '第六条', '第七条', '第八条', '第九条', '第十条', '第十一条', '第十二条'];

/** Runs `editor` on `file` (its scripts' environment), returns its answers. */
function drive(editor: (typeof EDITORS)[number], file: string, env: Record<string, string> = {}): Answers {
  const out = `${file}.json`;
  const [cmd, ...args] = editor.run();
  const r = spawnSync(cmd, args, { env: { ...process.env, ...env, TREATY_SERVER: SERVER, TREATY_FILE: file, TREATY_OUT: out }, timeout: 240000, encoding: 'utf8' });
  assert.ok(fs.existsSync(out), `${editor.name} wrote no answers (status ${r.status}):\n${r.stderr}`);
  return JSON.parse(fs.readFileSync(out, 'utf8')) as Answers;
}

for (const editor of EDITORS) {
  const installed = spawnSync(editor.probe[0], editor.probe.slice(1), { stdio: 'ignore', timeout: 30000 }).status === 0;
  // A text as a PDF gives it when copied (test/fixtures/pasted/ports_vietnam_pdf.md): hard breaks
  // mid-sentence, five forms of page number, the title repeated at a page top. By reading: a
  // two-line title, 第一条 … 第七条, no error or warning; `本协定第` / `六条` broken over two
  // lines is one reference to 第六条.
  test(`${editor.name}: a text pasted from a PDF reads as its treaty`, { skip: installed ? false : `${editor.probe[0]} is not installed` }, () => {
    const file = path.join(dir, `${editor.name.replace(/\W/g, '')}-ports_vietnam_pdf.md`);
    fs.copyFileSync(path.join(ROOT, 'test/fixtures/pasted/ports_vietnam_pdf.md'), file);
    const a = drive(editor, file, { TREATY_MODE: 'read', TREATY_NEEDLE: '并可根据本协定第', TREATY_SHIFT: '7' });
    assert.equal(a.error, undefined);
    assert.deepEqual(a.initialDiagnostics ?? [], []);
    assert.equal(a.symbols[0], '中华人民共和国政府和越南社会主义共和国政府关于边境口岸及其管理制度的协定');
    assert.deepEqual(a.symbols.filter((n) => /^第.+条$/.test(n)), ARTICLES.slice(0, 7));
    if (a.definition !== undefined) assert.equal(a.definition, '第六条');
    if (a.definitionLine !== undefined) assert.match(a.definitionLine, /^第六条 经双方协商一致/);
  });
  test(`${editor.name}: outline, definition, rename, diagnostics of an edit and completion`, { skip: installed ? false : `${editor.probe[0]} is not installed` }, () => {
    const file = path.join(dir, `${editor.name.replace(/\W/g, '')}-${SEED}`);
    fs.writeFileSync(file, original);
    const a = drive(editor, file);
    assert.equal(a.error, undefined);

    // A correct signed treaty: no error, no warning.
    assert.deepEqual(a.initialDiagnostics ?? [], []);
    // The outline: the title first, the twelve articles in order, the signature block last.
    assert.equal(a.symbols[0], '中华人民共和国国防部和哈萨克斯坦共和国民族安全委员会边防合作协议');
    assert.deepEqual(a.symbols.filter((n) => /^第.+条$/.test(n)), ARTICLES);
    // 本协议第十二条 → 第十二条's heading (the text eglot's range covers, or Neovim's line).
    if (a.definition !== undefined) assert.equal(a.definition, '第 十 二 条');
    if (a.definitionLine !== undefined) assert.equal(a.definitionLine, '## 第 十 二 条');
    // Markdown, or plain text for a client that takes only that (ALE).
    if (a.hover !== undefined) assert.match(a.hover, /^(\*\*第十二条\*\*|第十二条)\s+本协议自签字之日起生效/);

    // Rename 第十二条 → 第十三条, applied by the editor: the heading in its spaced style and the
    // one reference to it, and nothing else.
    const renamed = Array.isArray(a.afterRename) ? a.afterRename.join('\n') : a.afterRename;
    assert.equal(renamed, original.replace('## 第 十 二 条', '## 第 十 三 条').replace('本协议第十二条', '本协议第十三条').replace(/\n$/, Array.isArray(a.afterRename) ? '' : '\n'));

    // The editor then changes 十三 to 二十: an error on the reference that names no article
    // (its range covering exactly that text in the editor's buffer), and the gap 十一 → 十三.
    const sorted = (l: Problem[]) => [...l].sort((x, y) => x.code.localeCompare(y.code));
    assert.deepEqual(sorted(a.afterEdit), [
      { code: 'numbering.gap', text: '第 十 三 条' },
      { code: 'ref.no-such-article', text: '本协议第二十条' },
    ]);
    // 依照本协议第‸ typed on a new line: the articles, by their new names.
    assert.deepEqual(a.completion.slice(0, 12), [...ARTICLES.slice(0, 11), '第十三条']);
  });
}

// docs/editors.md's Neovim init.lua as a user copies it, its server path set: opened from the folder of
// the treaties, a seed gets the server attached and checked, and the severity the configuration sets
// (ref.citation-not-found off: the two treaties the seed cites are not in the folder) holds.
const nvim = spawnSync('nvim', ['--version'], { stdio: 'ignore', timeout: 30000 }).status === 0;
test('docs/editors.md: its Neovim configuration, as written, attaches the server and turns off the severity it sets', { skip: nvim ? false : 'nvim is not installed' }, () => {
  const docs = fs.readFileSync(path.join(ROOT, 'docs/editors.md'), 'utf8');
  const init = /```lua\n([\s\S]*?)```/.exec(docs)![1];
  assert.match(init, /'\/path\/to\/treaty-drafting\/server\/out\/server\.js'/);
  const folder = fs.mkdtempSync(path.join(dir, 'docs-'));
  for (const f of fs.readdirSync(path.join(ROOT, 'test/fixtures/seeds'))) fs.copyFileSync(path.join(ROOT, 'test/fixtures/seeds', f), path.join(folder, f));
  const initFile = path.join(folder, 'init.lua');
  fs.writeFileSync(initFile, init.replace('/path/to/treaty-drafting/server/out/server.js', SERVER));
  const out = path.join(folder, 'answers.json');
  const r = spawnSync('nvim', ['--headless', '-u', initFile, '-c', `luafile ${path.join(ROOT, 'test/editors/neovim-docs-probe.lua')}`, SEED], { cwd: folder, env: { ...process.env, TREATY_OUT: out }, timeout: 120000, encoding: 'utf8' });
  assert.ok(fs.existsSync(out), `Neovim wrote no answers (status ${r.status}):\n${r.stderr}`);
  const a = JSON.parse(fs.readFileSync(out, 'utf8')) as { clients: string[]; filetype: string; diagnostics: { code: string; severity: number }[] };
  assert.deepEqual([a.clients, a.filetype], [['treaty'], 'markdown']);
  assert.ok(a.diagnostics.length > 0, 'checked: the seed\'s half-width punctuation is hinted');
  assert.deepEqual(a.diagnostics.filter((d) => d.code === 'ref.citation-not-found' || d.severity <= 2), [], 'no citation-not-found, no error or warning');
});
