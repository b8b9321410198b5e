// The language server's entry, server/out/server.js, as every editor starts it (`node server/out/server.js --stdio`:
// Neovim, Emacs, Helix … and the VS Code extension): a few lines that load the server's bundle, server/out/languageServer.js
// (server/src/server.ts), through the code cache's loader beside it (server/out/codeCache.js, protocol/codeCache.ts), so that
// any editor's server is compiled from V8's bytecode of what its last session compiled — not only VS Code's, which started
// the loader itself. The cache is written at the server's exit when none fitted, into the bundle's folder; a folder that
// cannot be written keeps none (the loader checks), and without the loader the bundle is required as it is.
import * as path from 'path';
import * as fs from 'fs';
import * as v8 from 'v8';

// Set before the bundle is compiled, not only by the server once it runs (server.ts): a V8 flag set after the start changes
// the flags' hash a code cache carries, so a cache written at the exit (the flag set) would not fit the next start's compile
// (the flag not yet set) and would be written again at every exit.
v8.setFlagsFromString('--no-allocation-site-pretenuring');

const bundle = path.join(__dirname, 'languageServer.js');
const loader = path.join(__dirname, 'codeCache.js');
// (A require by a computed path: esbuild leaves it as it is, the loader and the bundle files of their own.)
if (fs.existsSync(loader)) (require(loader) as { requireCached(file: string): unknown }).requireCached(bundle);
else require(bundle);
