// `npm start`: try the extension in a real VS Code.
// - With desktop VS Code (`code` on PATH): package, install the .vsix, open the sample workspace.
// - Otherwise: set up code-server once (.vscode-test/code-server), package and install the
//   .vsix into .vscode-test/start/extensions, and serve the sample workspace on 127.0.0.1.
// The sample workspace (.vscode-test/sample-workspace) holds the seed treaties and the drafts
// of test/fixtures; `--fresh` recreates it (otherwise your edits there are kept).
// Usage: node scripts/start.mjs [--fresh] [--port N]
import fs from 'node:fs';
import path from 'node:path';
import {
  TEST_DIR, SAMPLE_WORKSPACE, EXTENSION_VSIX, desktopCode, ensureCodeServer, ensureSystemPackages, packageExtension,
  installExtensions, writeUserSettings, makeSampleWorkspace, freePort, startCodeServer, run, log,
} from './vscode-env.mjs';

const argv = process.argv.slice(2);
const port = argv.includes('--port') ? Number(argv[argv.indexOf('--port') + 1]) : 8080;
if (argv.includes('--fresh') || !fs.existsSync(SAMPLE_WORKSPACE)) makeSampleWorkspace(SAMPLE_WORKSPACE);

const code = desktopCode();
if (code) {
  packageExtension();
  installExtensions([EXTENSION_VSIX], {});
  run(code, [SAMPLE_WORKSPACE]);
  log(`opened ${SAMPLE_WORKSPACE} in VS Code (${code})`);
  process.exit(0);
}

ensureSystemPackages({ browser: false });
ensureCodeServer();
packageExtension();
const dir = path.join(TEST_DIR, 'start');
const userDataDir = path.join(dir, 'user-data');
const extensionsDir = path.join(dir, 'extensions');
writeUserSettings(userDataDir);
installExtensions([EXTENSION_VSIX], { extensionsDir, userDataDir });

const server = await startCodeServer({
  port: await freePort(port), userDataDir, extensionsDir, folder: SAMPLE_WORKSPACE, logFile: path.join(dir, 'code-server.log'),
});
console.log(`\n  Treaty Drafting in code-server: ${server.url}\n  (logs: ${path.relative(process.cwd(), dir)}/; Ctrl+C to stop)\n`);

let stopping = false;
const stop = async (why) => {
  if (stopping) return;
  stopping = true;
  log(`${why}: stopping code-server`);
  await server.stop();
  process.exit(0);
};
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => stop(sig));
server.proc.on('exit', (c) => {
  if (!stopping) {
    log(`code-server exited (${c})`);
    process.exit(c ?? 1);
  }
});
