// Bundles the client and the server into one file each (esbuild), so the
// extension ships with no node_modules and activates fast.
import { build } from 'esbuild';

const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: true,
  minify: process.argv.includes('--minify'),
  logLevel: 'warning',
};

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'client/out/extension.js', external: ['vscode'] }),
  // The server bundles snippets/treaty.code-snippets (JSON) so that it can offer the snippets itself.
  // (server/out/server.js, what every editor starts, is a few lines loading this bundle through the code cache: protocol/serverStart.ts.)
  build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'server/out/languageServer.js', loader: { '.code-snippets': 'json' } }),
  build({ ...common, entryPoints: ['server/src/protocol/serverStart.ts'], outfile: 'server/out/server.js' }),
  // The workspace scan's worker thread (protocol/scanPool.ts starts it from beside server.js).
  build({ ...common, entryPoints: ['server/src/protocol/scanWorker.ts'], outfile: 'server/out/scanWorker.js' }),
  // The command line: treaty-check (bin/treaty-check.js runs it).
  build({ ...common, entryPoints: ['server/src/cli/treatyCheck.ts'], outfile: 'server/out/treaty-check.js', loader: { '.code-snippets': 'json' } }),
  // treaty-check's check workers (cli/checkPool.ts starts them from beside treaty-check.js).
  build({ ...common, entryPoints: ['server/src/cli/checkWorker.ts'], outfile: 'server/out/checkWorker.js', loader: { '.code-snippets': 'json' } }),
  // The loader that compiles the bundles from a code cache beside them (bin/launch.js, cli/checkPool.ts, protocol/scanPool.ts, server.js).
  build({ ...common, entryPoints: ['server/src/protocol/codeCache.ts'], outfile: 'server/out/codeCache.js' }),
  // treaty-diff and treaty-consolidate (bin/treaty-diff.js, bin/treaty-consolidate.js): versions and amendments.
  build({ ...common, entryPoints: ['server/src/cli/treatyDiff.ts'], outfile: 'server/out/treaty-diff.js' }),
  build({ ...common, entryPoints: ['server/src/cli/treatyConsolidate.ts'], outfile: 'server/out/treaty-consolidate.js' }),
  // treaty-export: signing copies in Word/PDF (bin/treaty-export.js runs it).
  build({ ...common, entryPoints: ['server/src/cli/treatyExport.ts'], outfile: 'server/out/treaty-export.js' }),
]);
if (watch) console.log('watch mode is not supported; rerun npm run build');
