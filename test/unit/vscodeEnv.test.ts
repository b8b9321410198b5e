// scripts/vscode-env.mjs, the plumbing behind `npm start` and the e2e suite:
// the clean environment of the nested installs (npm start's own environment names
// Node 20, and code-server's install script believed it), the atomic install that an
// interrupted run cannot leave half done, and the sample workspace named by titles.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { ROOT } from '../support/fixture';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
let env: any;
const SCRIPT = path.join(ROOT, 'scripts', 'vscode-env.mjs');
before(async () => {
  env = await import(pathToFileURL(SCRIPT).href);
});

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'treaty-env-'));

/** What `npm start` (npm 11, run-script) puts into a script's environment, as seen on this machine. */
function npmStartEnv(project: string): Record<string, string> {
  return {
    HOME: '/root',
    LANG: 'C.UTF-8',
    https_proxy: 'http://proxy.invalid:3128',
    PATH: [
      `${project}/node_modules/.bin`, `${path.dirname(project)}/node_modules/.bin`, '/node_modules/.bin',
      '/usr/lib/node_modules/npm/node_modules/@npmcli/run-script/lib/node-gyp-bin',
      '/opt/tools/node_modules/.bin', '/usr/local/bin', '/usr/bin', '/bin',
    ].join(path.delimiter),
    COLOR: '0',
    INIT_CWD: project,
    NODE: '/usr/bin/node',
    npm_command: 'start',
    npm_config_user_agent: 'npm/11.19.1 node/v20.20.2 linux x64 workspaces/false',
    npm_config_nodedir: '/usr',
    npm_config_node_gyp: '/usr/lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js',
    npm_config_local_prefix: project,
    npm_execpath: '/usr/lib/node_modules/npm/bin/npm-cli.js',
    npm_lifecycle_event: 'start',
    npm_lifecycle_script: 'node scripts/start.mjs',
    npm_node_execpath: '/usr/bin/node',
    npm_package_json: `${project}/package.json`,
    npm_package_name: 'treaty-drafting',
    npm_package_version: '0.1.0',
  };
}

test('cleanEnv drops what npm start added, keeps the rest, and puts the given Node first', () => {
  const project = '/work/treaty';
  const clean = env.cleanEnv(npmStartEnv(project), { nodeDir: '/opt/node24', globalconfig: '/usr/etc/npmrc' });
  assert.deepEqual(Object.keys(clean).filter((k) => /^npm_/i.test(k)).sort(), ['npm_config_globalconfig', 'npm_config_nodedir']);
  assert.equal(clean.npm_config_nodedir, '/opt/node24', 'node-gyp builds against the Node that runs code-server');
  assert.equal(clean.npm_config_globalconfig, '/usr/etc/npmrc', 'npm on that Node reads the same global npmrc');
  for (const k of ['INIT_CWD', 'NODE', 'COLOR']) assert.equal(clean[k], undefined, k);
  assert.equal(clean.HOME, '/root');
  assert.equal(clean.LANG, 'C.UTF-8');
  assert.equal(clean.https_proxy, 'http://proxy.invalid:3128');
  assert.deepEqual(clean.PATH.split(path.delimiter), ['/opt/node24/bin', '/opt/tools/node_modules/.bin', '/usr/local/bin', '/usr/bin', '/bin']);
});

test('cleanEnv without a Node leaves PATH’s order and sets no nodedir', () => {
  const clean = env.cleanEnv(npmStartEnv('/work/treaty'));
  assert.equal(clean.npm_config_nodedir, undefined);
  assert.deepEqual(clean.PATH.split(path.delimiter), ['/opt/tools/node_modules/.bin', '/usr/local/bin', '/usr/bin', '/bin']);
});

test('a nested process started with cleanEnv under a real `npm run` sees no npm variable and the right Node first', async () => {
  // npm run puts npm_config_user_agent (naming this Node) and the rest into the script's
  // environment; the script hands cleanEnv(process.env) to its child, which prints what it got.
  const dir = tmp();
  const probe = `import(${JSON.stringify(pathToFileURL(SCRIPT).href)}).then((m) => {
    const r = require('child_process').spawnSync(process.execPath, ['-e', 'console.log(JSON.stringify(process.env))'],
      { env: m.cleanEnv(process.env, { nodeDir: '/opt/node24' }), encoding: 'utf8' });
    process.stdout.write(r.stdout);
  })`;
  fs.writeFileSync(path.join(dir, 'probe.js'), probe);
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'probe', version: '1.0.0', scripts: { probe: 'node probe.js' } }));
  const out = await new Promise<string>((resolve, reject) => {
    const p = spawn('npm', ['run', '--silent', 'probe'], { cwd: dir, stdio: ['ignore', 'pipe', 'inherit'] });
    let s = '';
    p.stdout.on('data', (d) => (s += d));
    p.on('error', reject);
    p.on('exit', (code) => (code === 0 ? resolve(s) : reject(new Error(`npm run exited ${code}`))));
  });
  const seen = JSON.parse(out);
  assert.deepEqual(Object.keys(seen).filter((k) => /^npm_/i.test(k)), ['npm_config_nodedir']);
  assert.equal(seen.INIT_CWD, undefined);
  assert.equal(seen.PATH.split(path.delimiter)[0], '/opt/node24/bin');
  assert.ok(!seen.PATH.split(path.delimiter).includes(path.join(dir, 'node_modules', '.bin')), seen.PATH);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('installAtomically: a failed install leaves nothing in place, and the next run installs', () => {
  const dir = path.join(tmp(), 'code-server');
  assert.throws(() => env.installAtomically(dir, 'v1', (into: string) => {
    fs.writeFileSync(path.join(into, 'half'), '');
    throw new Error('network down');
  }), /network down/);
  assert.equal(fs.existsSync(dir), false, 'no half install in place');
  assert.deepEqual(fs.readdirSync(path.dirname(dir)), [], 'no partial folder left either');
  let runs = 0;
  assert.equal(env.installAtomically(dir, 'v1', (into: string) => void (runs++, fs.writeFileSync(path.join(into, 'bin'), 'ok'))), true);
  assert.equal(fs.readFileSync(path.join(dir, 'bin'), 'utf8'), 'ok');
  assert.ok(env.isInstalled(dir, 'v1'));
  assert.equal(env.installAtomically(dir, 'v1', () => void runs++), false, 'a complete install is kept');
  assert.equal(runs, 1);
  assert.equal(env.installAtomically(dir, 'v2', (into: string) => void (runs++, fs.writeFileSync(path.join(into, 'bin'), 'v2'))), true, 'another version replaces it');
  assert.equal(fs.readFileSync(path.join(dir, 'bin'), 'utf8'), 'v2');
  fs.rmSync(path.dirname(dir), { recursive: true, force: true });
});

test('installAtomically: a half install from before (no completion stamp) is redone, not trusted', () => {
  const dir = path.join(tmp(), 'code-server');
  fs.mkdirSync(path.join(dir, 'node_modules', '.bin'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'node_modules', '.bin', 'cross-env'), ''); // what `sh: cross-env: Permission denied` came from
  assert.equal(env.isInstalled(dir, 'v1'), false);
  env.installAtomically(dir, 'v1', (into: string) => fs.writeFileSync(path.join(into, 'bin'), 'ok'));
  assert.deepEqual(fs.readdirSync(dir).sort(), [env.INSTALL_MARKER, 'bin'].sort());
  fs.rmSync(path.dirname(dir), { recursive: true, force: true });
});

test('installAtomically: a run killed in the middle leaves no half install, and the next run clears its leftovers', async () => {
  const parent = tmp();
  const dir = path.join(parent, 'code-server');
  // A child process starts an install that hangs half way; we kill it as Ctrl+C or a crash would.
  const child = spawn(process.execPath, ['--input-type=module', '-e', `
    import fs from 'node:fs';
    import path from 'node:path';
    const m = await import(${JSON.stringify(pathToFileURL(SCRIPT).href)});
    m.installAtomically(${JSON.stringify(dir)}, 'v1', (into) => {
      fs.mkdirSync(path.join(into, 'node_modules', '.bin'), { recursive: true });
      console.log('half way');
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0); // hangs
    });`], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', () => resolve());
    child.on('exit', (c) => reject(new Error(`the child exited (${c}) before it was half way`)));
  });
  child.kill('SIGKILL');
  await new Promise((r) => child.on('exit', r));
  assert.equal(fs.existsSync(dir), false, 'nothing in place after the kill');
  assert.deepEqual(fs.readdirSync(parent), [`code-server.partial-${child.pid}`]);
  env.installAtomically(dir, 'v1', (into: string) => fs.writeFileSync(path.join(into, 'bin'), 'ok'));
  assert.ok(env.isInstalled(dir, 'v1'));
  assert.deepEqual(fs.readdirSync(parent), ['code-server'], 'the dead run’s partial folder is gone');
  fs.rmSync(parent, { recursive: true, force: true });
});

test('the sample workspace names every file by its short title, keeps its text and its .treaty.md', async () => {
  const dir = path.join(tmp(), 'sample-workspace');
  const names: Record<string, string> = await env.makeSampleWorkspace(dir);
  assert.equal(names['seeds/000_c6ff318dd0620b0f.md'], 'seeds/中哈边防合作协议.md');
  assert.equal(names['drafts/draft_03_sco_memorandum.treaty.md'], 'drafts/上海合作组织成员国边防部门合作谅解备忘录.treaty.md');
  const fixtures = ['seeds', 'drafts'].flatMap((sub) => fs.readdirSync(path.join(ROOT, 'test/fixtures', sub)).filter((f) => f.endsWith('.md')).map((f) => `${sub}/${f}`));
  // The texts of one instrument in two languages, paired by the server by their names; two versions of one text.
  assert.equal(names['multilingual/un_charter_ch1-3.zh.md'], 'parallel/联合国宪章.zh.md');
  assert.equal(names['multilingual/un_charter_ch1-3.en.md'], 'parallel/联合国宪章.en.md');
  assert.equal(names['amendments/shangshi-2018.md'], 'versions/国际商事法庭规定（2018）.md');
  const sets = ['multilingual/un_charter_ch1-3.zh.md', 'multilingual/un_charter_ch1-3.en.md', 'multilingual/cis_belovezha_1991.zh.md',
    'multilingual/cis_belovezha_1991.ru.md', 'amendments/shangshi-2018.md', 'amendments/shangshi-2023.md'];
  assert.deepEqual(Object.keys(names).sort(), [...fixtures, ...sets].sort(), 'every seed and draft is there, and the sets');
  for (const [from, to] of Object.entries(names)) {
    assert.doesNotMatch(to, /\/(?:\d{3}_[0-9a-f]{16}|draft_\d+_|un_|cis_|shangshi)/, `${from} is named by its title`);
    assert.equal(fs.readFileSync(path.join(dir, to), 'utf8'), fs.readFileSync(path.join(ROOT, 'test/fixtures', from), 'utf8'));
  }
  fs.rmSync(path.dirname(dir), { recursive: true, force: true });
});

test('sample file names: no character a file system refuses, the original name without a title, numbered when taken', () => {
  const taken = new Set<string>();
  assert.equal(env.sampleFileName('关于A/B:C的协定', 'x.md', taken), '关于A_B_C的协定.md');
  assert.equal(env.sampleFileName('关于A/B:C的协定', 'y.md', taken), '关于A_B_C的协定（2）.md');
  assert.equal(env.sampleFileName(undefined, 'notes.treaty.md', taken), 'notes.treaty.md');
});

test('npm start’s port: the one asked for when free, else the next free one after it', async () => {
  const net = await import('net');
  const busy = net.createServer();
  await new Promise<void>((r) => busy.listen(0, '127.0.0.1', () => r()));
  const taken = (busy.address() as { port: number }).port;
  try {
    assert.equal(await env.portIsFree(taken), false);
    const next = await env.nextFreePort(taken);
    assert.ok(next > taken && next <= taken + 100, `${next} follows ${taken}`);
    assert.equal(await env.nextFreePort(next), next, 'a free port is taken as it is');
  } finally {
    busy.close();
  }
});
