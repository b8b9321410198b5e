// End-to-end tests in a real VS Code (code-server + Debian's Chromium):
//   1. package the extension and the test host, install both into fresh dirs;
//   2. start code-server with TREATY_E2E_RESULTS set and open it in Chromium
//      (the extension host starts only when a browser connects);
//   3. the test host runs test/e2e/suite and writes its results; we wait for them;
//   4. browser checks, as a person would: Quick Open, Outline, F12, completion,
//      hover, Problems; screenshots into test-results/screenshots/;
//   5. stop everything we started, pass or fail; exit 1 on any failure.
// Usage: node scripts/e2e.mjs [--grep REGEXP] [--skip-browser]
//   --grep runs only the suite tests and browser checks whose titles match.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import {
  ROOT, TEST_DIR, CHROMIUM, EXTENSION_ID, ensureSystemPackages, ensureCodeServer, packageExtension, packageTestHost,
  installExtensions, writeUserSettings, makeSampleWorkspace, freePort, startCodeServer, stopGroup, sleep, log,
  EXTENSION_VSIX, HOST_VSIX,
} from './vscode-env.mjs';
import { browserChecks, SCRATCH_FILES } from './e2e-browser.mjs';

const argv = process.argv.slice(2);
const arg = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const grep = arg('--grep');
const skipBrowser = argv.includes('--skip-browser');
const SUITE_TIMEOUT_MS = Number(process.env.TREATY_E2E_TIMEOUT_MS ?? 240_000);

const RESULTS_DIR = path.join(ROOT, 'test-results');
const SCREENSHOTS = path.join(RESULTS_DIR, 'screenshots');
const RESULTS_FILE = path.join(RESULTS_DIR, 'e2e-results.json');
const SUITE_RESULTS = path.join(RESULTS_DIR, 'e2e-suite.json');
const E2E_DIR = path.join(TEST_DIR, 'e2e');
const USER_DATA = path.join(E2E_DIR, 'user-data');
const EXTENSIONS = path.join(E2E_DIR, 'extensions');
const WORKSPACE = path.join(E2E_DIR, 'sample-workspace');

let server;
let browser;
async function cleanup() {
  await browser?.close().catch(() => {});
  browser = undefined;
  if (server) await stopGroup(server.proc);
  server = undefined;
}
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, async () => {
    log(`${sig}: stopping what we started`);
    await cleanup();
    process.exit(130);
  });
}

async function waitForFile(file, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (!fs.existsSync(file)) {
    if (Date.now() > deadline) throw new Error(`no ${path.relative(ROOT, file)} after ${timeoutMs / 1000} s (see test-results/code-server.log and ${path.relative(ROOT, USER_DATA)}/logs)`);
    if (server?.proc.exitCode != null) throw new Error(`code-server exited with ${server.proc.exitCode}`);
    await sleep(250);
  }
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** The extension host log's activation line for our extension, and the ms since the host started (from log timestamps). */
function activationFromLog() {
  const logs = path.join(USER_DATA, 'logs');
  if (!fs.existsSync(logs)) return undefined;
  const files = fs.readdirSync(logs, { recursive: true }).filter((f) => String(f).endsWith('remoteexthost.log'));
  for (const f of files) {
    const lines = fs.readFileSync(path.join(logs, f), 'utf8').split('\n');
    const stamp = (l) => Date.parse(l.slice(0, 23).replace(' ', 'T'));
    const line = lines.find((l) => l.includes(`ExtensionService#_doActivateExtension ${EXTENSION_ID}`));
    if (line) return { line: line.trim(), msAfterHostStart: stamp(line) - stamp(lines[0]) };
  }
  return undefined;
}

async function main() {
  const t0 = Date.now();
  fs.rmSync(RESULTS_FILE, { force: true });
  fs.rmSync(SUITE_RESULTS, { force: true });
  fs.rmSync(SCREENSHOTS, { recursive: true, force: true });
  fs.mkdirSync(SCREENSHOTS, { recursive: true });

  ensureSystemPackages();
  ensureCodeServer();
  packageExtension();
  packageTestHost();
  fs.rmSync(E2E_DIR, { recursive: true, force: true });
  await makeSampleWorkspace(WORKSPACE);
  for (const f of SCRATCH_FILES) {
    fs.mkdirSync(path.dirname(path.join(WORKSPACE, f)), { recursive: true });
    fs.writeFileSync(path.join(WORKSPACE, f), '');
  }
  writeUserSettings(USER_DATA);
  installExtensions([EXTENSION_VSIX, HOST_VSIX], { extensionsDir: EXTENSIONS, userDataDir: USER_DATA });

  const port = await freePort();
  server = await startCodeServer({
    port, userDataDir: USER_DATA, extensionsDir: EXTENSIONS, folder: WORKSPACE,
    logFile: path.join(RESULTS_DIR, 'code-server.log'),
    env: {
      TREATY_E2E_SUITE: path.join(ROOT, 'out', 'test', 'e2e', 'suite', 'index.js'),
      TREATY_E2E_RESULTS: SUITE_RESULTS,
      TREATY_E2E_GREP: grep ?? '',
    },
  });
  log(`code-server at ${server.url}`);

  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const tPage = Date.now();
  await page.goto(server.url, { timeout: 180_000 }); // a loaded machine takes more than the default 30 s

  const suite = await waitForFile(SUITE_RESULTS, SUITE_TIMEOUT_MS);
  const suiteWallMs = Date.now() - tPage;
  const ui = skipBrowser ? { checks: [], metrics: {} } : await browserChecks(page, { screenshots: SCREENSHOTS, workspace: WORKSPACE, grep });

  const results = {
    ...suite,
    browser: ui.checks,
    metrics: { ...suite.metrics, ...ui.metrics, pageOpenToSuiteResultsMs: suiteWallMs, activationLog: activationFromLog(), totalMs: Date.now() - t0 },
  };
  fs.writeFileSync(RESULTS_FILE, JSON.stringify(results, null, 2));
  return results;
}

function report(results) {
  const mark = { passed: 'ok  ', failed: 'FAIL', pending: 'skip' };
  console.log(`\nEnd-to-end results (VS Code ${results.vscodeVersion ?? '?'} in code-server):`);
  for (const t of results.tests ?? []) {
    console.log(`  ${mark[t.state]} ${t.title}${t.durationMs != null ? ` (${t.durationMs} ms)` : ''}`);
    if (t.error) console.log(`       ${t.error.split('\n')[0]}`);
  }
  if (results.error) console.log(`  FAIL the suite did not run: ${results.error.split('\n')[0]}`);
  for (const c of results.browser ?? []) {
    console.log(`  ${c.ok ? 'ok  ' : 'FAIL'} browser: ${c.name}${c.detail ? ` — ${c.detail}` : ''}`);
  }
  const m = results.metrics ?? {};
  console.log(`\n  activation of ${EXTENSION_ID}: ${m.runningExtensionsActivationMs ?? '?'} ms (Developer: Show Running Extensions), ${m.activationMs ?? '–'} ms (timed by the suite${m.activationNote ? `: ${m.activationNote}` : ''})`);
  console.log(`  open seed 000 → first non-empty outline: ${m.firstOutlineMs ?? '?'} ms`);
  if (m.activationLog) console.log(`  exthost log: activated ${m.activationLog.msAfterHostStart} ms after the host started — ${m.activationLog.line}`);
  console.log(`  results: ${path.relative(ROOT, RESULTS_FILE)}, screenshots: ${path.relative(ROOT, SCREENSHOTS)}/`);
}

let failed = true;
try {
  const results = await main();
  report(results);
  failed = Boolean(results.error) || results.failed > 0 || results.browser.some((c) => !c.ok);
} catch (e) {
  console.error(`e2e: ${e.stack ?? e}`);
} finally {
  await cleanup();
}
process.exit(failed ? 1 : 0);
