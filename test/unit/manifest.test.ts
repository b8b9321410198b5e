// The extension manifest stays in step with the server: every diagnostic code
// can be configured, and the settings the server reads are declared.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { DIAGNOSTIC_CODES } from '../../server/src/features/diagnostics';
import { ROOT } from '../support/fixture';
import { SERVER_VERSION } from '../../server/src/protocol/commandLine';

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const props = pkg.contributes.configuration.properties;

test('every diagnostic code has a severity setting, and no setting names a code that does not exist', () => {
  assert.deepEqual(Object.keys(props['treaty.diagnostics.severity'].properties).sort(), Object.keys(DIAGNOSTIC_CODES).sort());
});

test('the extension activates only for treaty and markdown documents', () => {
  assert.deepEqual(pkg.activationEvents, ['onLanguage:treaty', 'onLanguage:markdown']);
});

test('settings are described', () => {
  for (const [name, p] of Object.entries<Record<string, unknown>>(props)) assert.ok(p.description || p.markdownDescription, name);
});

test("the server's version (serverInfo, --version) is package.json's", () => {
  assert.equal(SERVER_VERSION, pkg.version);
});

// The .vsix: what `npm run package` ships (vsce's own file list, read through .vscodeignore).

/** Folders never walked: vsce would walk them too (all but node_modules), but they are not the repository. */
const NOT_SOURCES = new Set(['node_modules', '.git', '.vscode-test', 'out', 'test-results']);

/**
 * vsce's list of the files it would package, computed on a copy of the repository's
 * tree (empty files but package.json and .vscodeignore), so that it does not walk
 * .vscode-test's code-server install. The built bundles are in the tree as npm test builds them.
 */
async function packagedFiles(): Promise<Set<string>> {
  const { listFiles, PackageManager } = await import('@vscode/vsce');
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'treaty-vsix-'));
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(ROOT, rel), { withFileTypes: true })) {
      const r = path.join(rel, e.name);
      if (e.isDirectory()) {
        if (!NOT_SOURCES.has(e.name)) walk(r);
      } else if (e.isFile()) {
        fs.mkdirSync(path.join(copy, rel), { recursive: true });
        if (['package.json', '.vscodeignore'].includes(r)) fs.copyFileSync(path.join(ROOT, r), path.join(copy, r));
        else fs.writeFileSync(path.join(copy, r), '');
      }
    }
  };
  walk('');
  for (const bundle of ['client/out/extension.js', 'client/out/extension.js.map', 'server/out/server.js', 'server/out/server.js.map', 'server/out/languageServer.js', 'server/out/languageServer.js.map', 'server/out/scanWorker.js', 'server/out/codeCache.js', 'server/out/languageServer.js.0123abcd.cache']) {
    fs.mkdirSync(path.dirname(path.join(copy, bundle)), { recursive: true });
    fs.writeFileSync(path.join(copy, bundle), '');
  }
  try {
    const files = new Set((await listFiles({ cwd: copy, packageManager: PackageManager.None })).map((f) => f.replace(/\\/g, '/')));
    // listFiles always names README.md, its default readme; `vsce package --readme-path` ships README.vsix.md in its place.
    files.delete('README.md');
    return files;
  } finally {
    fs.rmSync(copy, { recursive: true, force: true });
  }
}
const packageScript: string = pkg.scripts.package;
const PICTURE = /!\[[^\]]*\]\(([^)\s]+)\)/g;

// VS Code 1.139's Details page keeps an <img src> only when it is http: or https: (its sanitizer
// drops relative and data: sources) and its CSP blocks http:, so the shipped README's pictures
// are https: addresses where they are published, or their captions when they are not.
test('the .vsix shows the user-facing README, its pictures at https: addresses (or their captions): the Details page shows no other', async () => {
  assert.match(packageScript, /node scripts\/vsix-readme\.mjs && .*vsce package .*--readme-path out\/vsix\/README\.md/);
  assert.doesNotMatch(packageScript, /--no-rewrite-relative-links/, "vsce's own check applies: README images from https: only");
  const source = fs.readFileSync(path.join(ROOT, 'README.vsix.md'), 'utf8');
  assert.doesNotMatch(source, /npm (?:install|test|ci)\b/, 'no developer commands on the Details page');
  const pictures = [...source.matchAll(PICTURE)].map((m) => m[0]);
  assert.ok(pictures.length >= 3, 'the README shows pictures');
  const { vsixReadme } = await import(pathToFileURL(path.join(ROOT, 'scripts', 'vsix-readme.mjs')).href);
  const fixture = 'Intro.\n\n![Outline: 第一条 …](docs/images/outline.png)\n\n  ![Hover](./docs/images/hover.png)\n\n![Badge](https://example.org/b.png)\n';
  assert.equal(vsixReadme(fixture, 'https://pictures.example/treaty'),
    'Intro.\n\n![Outline: 第一条 …](https://pictures.example/treaty/docs/images/outline.png)\n\n  ![Hover](https://pictures.example/treaty/docs/images/hover.png)\n\n![Badge](https://example.org/b.png)\n');
  assert.equal(vsixReadme(fixture, undefined),
    'Intro.\n\n*Outline: 第一条 …*\n\n  *Hover*\n\n![Badge](https://example.org/b.png)\n');
  // The real README: every picture a file of the repository, shipped at the https address given.
  for (const p of pictures) assert.ok(fs.existsSync(path.join(ROOT, /\]\(([^)]+)\)/.exec(p)![1])), p);
  const shipped: string = vsixReadme(source, 'https://pictures.example/');
  assert.deepEqual([...shipped.matchAll(PICTURE)].map((m) => m[1]), [...source.matchAll(PICTURE)].map((m) => `https://pictures.example/${m[1]}`));
});

test('the pictures\' https address: TREATY_VSIX_IMAGES_URL, else a GitHub/GitLab repository\'s raw files, else none', async () => {
  const { imagesUrl } = await import(pathToFileURL(path.join(ROOT, 'scripts', 'vsix-readme.mjs')).href);
  const cases: [unknown, Record<string, string>, string | undefined][] = [
    [{ repository: { url: 'https://example.invalid/treaty-drafting.git' } }, {}, undefined],
    [{ repository: { url: 'https://example.invalid/treaty-drafting.git' } }, { TREATY_VSIX_IMAGES_URL: 'https://pictures.example/t/' }, 'https://pictures.example/t/'],
    [{ repository: { url: 'https://github.com/owner/treaty-drafting.git' } }, {}, 'https://github.com/owner/treaty-drafting/raw/HEAD/'],
    [{ repository: 'git@gitlab.com:owner/treaty-drafting.git' }, {}, 'https://gitlab.com/owner/treaty-drafting/-/raw/HEAD/'],
  ];
  assert.deepEqual(cases.map(([m, env]) => imagesUrl(m, env)), cases.map((c) => c[2]));
  assert.throws(() => imagesUrl({}, { TREATY_VSIX_IMAGES_URL: 'http://127.0.0.1:8000/' }), /https: addresses only/);
});

test('the packaged files: what the extension runs on; no snippets (bundled), pictures, sources or tests', async () => {
  const files = await packagedFiles();
  const needed = [
    'package.json', pkg.main.replace(/^\.\//, ''), 'server/out/server.js', 'server/out/languageServer.js', 'server/out/scanWorker.js', 'server/out/codeCache.js', pkg.icon,
    ...pkg.contributes.languages.map((l: { configuration?: string }) => l.configuration).filter(Boolean),
    ...pkg.contributes.grammars.map((g: { path: string }) => g.path),
    ...(pkg.contributes.jsonValidation ?? []).map((j: { url: string }) => j.url),
  ].map((p: string) => p.replace(/^\.\//, ''));
  for (const f of needed) assert.ok(files.has(f), `${f} is packaged`);
  const unwanted = [...files].filter((f) => /^(?:snippets|test|scripts|bench|docs|server\/src|client\/src|node_modules|\.vscode-test)\/|\.map$|\.cache$|\.ts$|^README\.md$/.test(f));
  assert.deepEqual(unwanted, []);
  assert.deepEqual([...files].filter((f) => /\.(?:png|jpe?g|gif)$/.test(f)), [pkg.icon], 'no picture file but the icon: the README carries its own');
});
