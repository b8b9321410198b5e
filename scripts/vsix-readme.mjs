// The README the .vsix shows on its Details page: README.vsix.md with every picture
// inlined as a data: URI. VS Code renders that page in a webview whose Content Security
// Policy takes images only from https: and data: — a relative link to a packaged file
// shows a broken image there (seen in code-server 4.139 / VS Code 1.139), and an https
// link needs the network. `npm run package` passes the result to vsce (--readme-path).
// Open problem: code-server 4.139 shows these data: pictures as broken too (CI's
// scripts/ci-start.mjs reports it); the cause is not found yet.
// Usage: node scripts/vsix-readme.mjs [out-file]   (default: out/vsix/README.md)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SOURCE = path.join(ROOT, 'README.vsix.md');
export const OUT = path.join(ROOT, 'out', 'vsix', 'README.md');
const TYPES = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.webp': 'image/webp' };

/** `markdown` with each `![alt](relative/picture.png)` replaced by a data: URI of the file (relative to `dir`). */
export function inlinePictures(markdown, dir) {
  return markdown.replace(/!\[([^\]]*)\]\(([^)\s]+)\)/g, (whole, alt, src) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(src)) return whole; // https:, data: … stay as they are
    const type = TYPES[path.extname(src).toLowerCase()];
    if (!type) throw new Error(`${src}: not a picture the Details page can show inline (PNG, JPEG, GIF, WebP)`);
    const bytes = fs.readFileSync(path.join(dir, decodeURI(src)));
    return `![${alt}](data:${type};base64,${bytes.toString('base64')})`;
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = path.resolve(process.argv[2] ?? OUT);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, inlinePictures(fs.readFileSync(SOURCE, 'utf8'), path.dirname(SOURCE)));
}
