// The README the .vsix shows on its Details page: README.vsix.md, its pictures made
// into addresses VS Code shows there. In VS Code 1.139 (code-server 4.139) the Details
// page takes a picture only from an https: address: the extension editor renders the
// README with the markdown document renderer without any media setting, so the DOM
// sanitizer keeps an <img src> only when it is http: or https: (relative paths and data:
// URIs lose their src), and the page's Content Security Policy takes images from https:
// and data: only (http: is blocked). The README is never resolved against the installed
// extension's folder. vsce enforces the same ("Images in README.md must come from an
// HTTPS source") unless told --no-rewrite-relative-links.
// So: each picture `![alt](docs/images/x.png)` becomes `![alt](<images-url>/docs/images/x.png)`
// where the pictures are published over https — TREATY_VSIX_IMAGES_URL, else the raw
// files of a GitHub/GitLab `repository` in package.json (as vsce guesses them). With
// neither, a picture becomes its caption (its alt text): text, not a broken image.
// Usage: node scripts/vsix-readme.mjs [out-file]   (default: out/vsix/README.md)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SOURCE = path.join(ROOT, 'README.vsix.md');
export const OUT = path.join(ROOT, 'out', 'vsix', 'README.md');
const PICTURE = /!\[([^\]]*)\]\(([^)\s]+)\)/g;

/** Where the pictures are published over https: `env` (TREATY_VSIX_IMAGES_URL), else a GitHub/GitLab repository's raw files; undefined when neither. */
export function imagesUrl(manifest, env = process.env) {
  const given = env.TREATY_VSIX_IMAGES_URL?.trim();
  if (given) {
    if (!/^https:\/\/[^/]/i.test(given)) throw new Error(`TREATY_VSIX_IMAGES_URL=${given}: the Details page shows pictures from https: addresses only`);
    return given;
  }
  const repository = typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
  const m = /(?:^|[/@])(github\.com|gitlab\.com)[/:]([^/]+\/[^/]+?)(?:\.git)?\/?$/.exec(repository ?? '');
  if (!m) return undefined;
  return m[1] === 'github.com' ? `https://github.com/${m[2]}/raw/HEAD/` : `https://gitlab.com/${m[2]}/-/raw/HEAD/`;
}

/** `markdown` with each relative picture at `base` (an https: address), or, without a base, in its caption's place. */
export function vsixReadme(markdown, base) {
  return markdown.replace(PICTURE, (whole, alt, src) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(src)) return whole; // an address already: https: shows, anything else is the author's choice
    const rel = src.replace(/^\.\//, '');
    if (base) return `![${alt}](${base.replace(/\/*$/, '/')}${rel})`;
    return `*${alt}*`;
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = path.resolve(process.argv[2] ?? OUT);
  const base = imagesUrl(JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')));
  if (!base) console.warn('[vsix-readme] no https address for the README pictures (TREATY_VSIX_IMAGES_URL, or a GitHub/GitLab repository in package.json): the Details page shows their captions instead');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, vsixReadme(fs.readFileSync(SOURCE, 'utf8'), base));
}
