// `npm start`: try the extension in a real VS Code.
// - With desktop VS Code (`code` on PATH): package, install the .vsix, open the sample workspace.
// - Otherwise: set up code-server once (.vscode-test/code-server), package and install the
//   .vsix into .vscode-test/start/extensions, and serve the sample workspace on 127.0.0.1.
// The sample workspace (.vscode-test/sample-workspace) holds the seed treaties and the drafts
// of test/fixtures, named by their titles; `--fresh` recreates it (otherwise your edits there
// are kept).
// Usage: node scripts/start.mjs [--fresh] [--port N]
//   --port N   serve on port N (fails when it is taken); without it 8080, or the next free port.
import fs from 'node:fs';
import path from 'node:path';
import {
  TEST_DIR, SAMPLE_WORKSPACE, EXTENSION_VSIX, desktopCode, ensureCodeServer, packageExtension,
  installExtensions, writeUserSettings, makeSampleWorkspace, nextFreePort, portIsFree, startCodeServer, stopGroup, run, log,
} from './vscode-env.mjs';

const DEFAULT_PORT = 8080;

/** `--port N` / `--port=N`: the port asked for, undefined when none; throws on a bad value. */
function portArg(argv) {
  const i = argv.findIndex((a) => a === '--port' || a.startsWith('--port='));
  if (i < 0) return undefined;
  const value = argv[i].includes('=') ? argv[i].slice('--port='.length) : argv[i + 1];
  const port = Number(value);
  if (!/^\d+$/.test(value ?? '') || port < 1 || port > 65535) throw new Error(`--port needs a port number (1–65535), got ${JSON.stringify(value ?? '')}`);
  return port;
}

async function main() {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log('Usage: npm start [-- --port N] [-- --fresh]\n  --port N  serve on port N (default: 8080, or the next free port)\n  --fresh   recreate the sample workspace');
    return;
  }
  const asked = portArg(argv);
  if (argv.includes('--fresh') || !fs.existsSync(SAMPLE_WORKSPACE)) await makeSampleWorkspace(SAMPLE_WORKSPACE);

  const code = desktopCode();
  if (code) {
    packageExtension();
    installExtensions([EXTENSION_VSIX], {});
    run(code, [SAMPLE_WORKSPACE]);
    log(`opened ${SAMPLE_WORKSPACE} in VS Code (${code})`);
    return;
  }

  ensureCodeServer();
  packageExtension();
  const dir = path.join(TEST_DIR, 'start');
  const userDataDir = path.join(dir, 'user-data');
  const extensionsDir = path.join(dir, 'extensions');
  writeUserSettings(userDataDir);
  installExtensions([EXTENSION_VSIX], { extensionsDir, userDataDir });

  if (asked !== undefined && !(await portIsFree(asked))) throw new Error(`port ${asked} is taken; choose another with --port N, or leave it out to take ${DEFAULT_PORT} or the next free port`);
  const port = asked ?? (await nextFreePort(DEFAULT_PORT));
  const pidFile = path.join(dir, 'code-server.pid');
  const server = await startCodeServer({
    port, userDataDir, extensionsDir, folder: SAMPLE_WORKSPACE, logFile: path.join(dir, 'code-server.log'), timeoutMs: 120_000,
    onSpawn: (proc) => {
      codeServer = proc;
      // code-server runs in a process group of its own (its pid), with its extension host and our language server.
      fs.writeFileSync(pidFile, `${proc.pid}\n`);
      proc.on('exit', (c) => {
        fs.rmSync(pidFile, { force: true });
        if (!stopping) void stop(`code-server exited (${c})`, c || 1);
      });
    },
  });
  console.log(`\n  Treaty Drafting in code-server: ${server.url}\n  (logs: ${path.relative(process.cwd(), dir)}/; Ctrl+C to stop)\n`);
}

let codeServer;
let stopping = false;
/** Stops code-server (its whole process group) and exits; on Ctrl+C, a kill, or code-server's own exit. */
async function stop(why, status = 0) {
  if (stopping) return;
  stopping = true;
  if (codeServer) {
    log(`${why}: stopping code-server`);
    await stopGroup(codeServer);
  }
  process.exit(status);
}
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => stop(sig));

try {
  await main();
} catch (e) {
  console.error(`\nnpm start: ${e.message ?? e}`);
  await stop('failed', 1);
}
