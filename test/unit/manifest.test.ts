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
  for (const bundle of ['client/out/extension.js', 'client/out/extension.js.map', 'server/out/server.js', 'server/out/server.js.map']) {
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

test('the .vsix shows the user-facing README, its pictures inlined: the Details page takes images from https: and data: only', async () => {
  assert.match(packageScript, /node scripts\/vsix-readme\.mjs && .*vsce package .*--readme-path out\/vsix\/README\.md/);
  assert.match(packageScript, /--no-rewrite-relative-links/, 'vsce leaves the data: pictures alone');
  const source = fs.readFileSync(path.join(ROOT, 'README.vsix.md'), 'utf8');
  assert.doesNotMatch(source, /npm (?:install|test|ci)\b/, 'no developer commands on the Details page');
  const pictures = [...source.matchAll(PICTURE)].map((m) => m[1]);
  assert.ok(pictures.length >= 3, 'the README shows pictures');
  const { inlinePictures } = await import(pathToFileURL(path.join(ROOT, 'scripts', 'vsix-readme.mjs')).href);
  const shipped: string = inlinePictures(source, ROOT);
  const inlined = [...shipped.matchAll(PICTURE)].map((m) => m[1]);
  assert.equal(inlined.length, pictures.length);
  for (const [i, src] of inlined.entries()) {
    const m = /^data:image\/png;base64,(.+)$/.exec(src);
    assert.ok(m, `picture ${i + 1} is a data: URI`);
    assert.ok(Buffer.from(m![1], 'base64').equals(fs.readFileSync(path.join(ROOT, pictures[i]))), `picture ${i + 1} is ${pictures[i]}`);
  }
  assert.equal(shipped.replace(PICTURE, ''), source.replace(PICTURE, ''), 'only the pictures change');
});

test('the packaged files: what the extension runs on; no snippets (bundled), pictures, sources or tests', async () => {
  const files = await packagedFiles();
  const needed = [
    'package.json', pkg.main.replace(/^\.\//, ''), 'server/out/server.js', pkg.icon,
    ...pkg.contributes.languages.map((l: { configuration?: string }) => l.configuration).filter(Boolean),
    ...pkg.contributes.grammars.map((g: { path: string }) => g.path),
    ...(pkg.contributes.jsonValidation ?? []).map((j: { url: string }) => j.url),
  ].map((p: string) => p.replace(/^\.\//, ''));
  for (const f of needed) assert.ok(files.has(f), `${f} is packaged`);
  const unwanted = [...files].filter((f) => /^(?:snippets|test|scripts|bench|docs|server\/src|client\/src|node_modules|\.vscode-test)\/|\.map$|\.ts$|^README\.md$/.test(f));
  assert.deepEqual(unwanted, []);
  assert.deepEqual([...files].filter((f) => /\.(?:png|jpe?g|gif)$/.test(f)), [pkg.icon], 'no picture file but the icon: the README carries its own');
});
