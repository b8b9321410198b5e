// CI check of `npm start` as a user types it: through npm (so npm's own environment,
// npm_config_user_agent naming this Node among it, reaches the script and its nested
// installs), on whatever is installed — on a clean clone that is the first start, which
// installs code-server. Then, as a person would: wait for the printed address, load the
// page, see the workbench, find a sample treaty by its title with Quick Open, open it,
// see the extension activate and its outline; then stop npm start and everything it
// started by process group. Every wait is bounded. Exits 1 on any failure.
// The extension's Details page shows README pictures from https: addresses only (see
// scripts/vsix-readme.mjs): unless TREATY_VSIX_IMAGES_URL names where they are published,
// this check publishes docs/images itself, over https on 127.0.0.1 with a throwaway
// self-signed certificate (the browser is told to accept it), for as long as it runs.
// Results: test-results/start-check.json (timings), test-results/start-check.png.
// Usage: node scripts/ci-start.mjs
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import {
  ROOT, TEST_DIR, CHROMIUM, EXTENSION_ID, CODE_SERVER_DIR, INSTALL_MARKER, BROWSER_PACKAGES, ensureSystemPackages, portIsFree, sleep,
} from './vscode-env.mjs';

const START_DIR = path.join(TEST_DIR, 'start');
const RESULTS_DIR = path.join(ROOT, 'test-results');
const firstStart = !fs.existsSync(path.join(CODE_SERVER_DIR, INSTALL_MARKER));
// The first start installs code-server (3–6 minutes on an idle 2-core machine); later ones only package.
const ADDRESS_TIMEOUT_MS = Number(process.env.TREATY_START_TIMEOUT_MS ?? (firstStart ? 20 : 5) * 60_000);
const STEP_TIMEOUT_MS = 90_000;
// The Details page's own waits add up to about 90 s: the whole step is bounded above that.
const DETAILS_TIMEOUT_MS = 150_000;
const TITLE_WORDS = '边防合作';
const SEED_FILE = '中哈边防合作协议.md';

const say = (...a) => console.log('[ci-start]', ...a);
const metrics = { firstStart };
const failures = [];
const warnings = [];
let npmStart;
let browser;
let pictureHost;

/** Serves ROOT/docs/images over https on 127.0.0.1 (self-signed certificate made with openssl); resolves to its address. */
async function startPictureHost() {
  // The system's temporary folder: on a clean clone nothing under the project exists yet.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'treaty-picture-host-'));
  const key = path.join(dir, 'key.pem');
  const cert = path.join(dir, 'cert.pem');
  const r = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1',
    '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0) throw new Error(`openssl could not make a certificate for the picture host: ${r.stderr}`);
  const images = path.join(ROOT, 'docs', 'images');
  const server = https.createServer({ key: fs.readFileSync(key), cert: fs.readFileSync(cert) }, (req, res) => {
    const rel = decodeURIComponent(new URL(req.url, 'https://x').pathname).replace(/^\/docs\/images\//, '');
    const file = path.join(images, rel);
    if (!file.startsWith(images + path.sep) || !fs.existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    metrics.picturesServed = (metrics.picturesServed ?? 0) + 1;
    res.writeHead(200, { 'content-type': 'image/png' }).end(fs.readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  fs.rmSync(dir, { recursive: true, force: true });
  pictureHost = server;
  return `https://127.0.0.1:${server.address().port}/`;
}

function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntil(what, probe, timeoutMs = STEP_TIMEOUT_MS, everyMs = 250) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await sleep(everyMs);
  }
}

/** code-server's process group, from the pid file npm start writes once it serves. */
function codeServerGroup() {
  try {
    return Number(fs.readFileSync(path.join(START_DIR, 'code-server.pid'), 'utf8')) || undefined;
  } catch {
    return undefined;
  }
}

/** Stops npm start by its process group (SIGTERM, as a terminal's Ctrl+C would reach it), then checks nothing is left. */
async function stopAll() {
  await browser?.close().catch(() => {});
  browser = undefined;
  pictureHost?.close();
  pictureHost = undefined;
  if (!npmStart) return;
  const groups = [npmStart.pid, codeServerGroup()].filter(Boolean);
  if (groupAlive(npmStart.pid)) process.kill(-npmStart.pid, 'SIGTERM');
  const stopped = await waitUntil('npm start and code-server to stop', () => groups.every((g) => !groupAlive(g)), 20_000).then(() => true, () => false);
  if (!stopped) {
    failures.push(`still running 20 s after SIGTERM: process groups ${groups.filter(groupAlive).join(', ')} (killed)`);
    for (const g of groups) if (groupAlive(g)) process.kill(-g, 'SIGKILL');
  }
  npmStart = undefined;
}

for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, async () => {
    say(`${sig}: stopping what we started`);
    await stopAll();
    process.exit(130);
  });
}

function activatedInLog() {
  const logs = path.join(START_DIR, 'user-data', 'logs');
  if (!fs.existsSync(logs)) return false;
  return fs.readdirSync(logs, { recursive: true })
    .filter((f) => String(f).endsWith('remoteexthost.log'))
    .some((f) => fs.readFileSync(path.join(logs, f), 'utf8').includes(`_doActivateExtension ${EXTENSION_ID}`));
}

/** Opens Treaty Drafting in the Extensions view; its Details page (a webview) shows README.vsix.md and its pictures. */
async function detailsPage(page) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  await page.keyboard.type('Extensions: Show Installed Extensions');
  await page.keyboard.press('Enter');
  const item = page.locator('.extensions-viewlet .monaco-list-row:has-text("Treaty Drafting")').first();
  await item.waitFor({ timeout: 30_000 });
  await item.click();
  // Webviews are iframes laid over the editor from the workbench's root, not inside it.
  const body = page.frameLocator('iframe.webview.ready').last().frameLocator('iframe#active-frame');
  const expected = [...fs.readFileSync(path.join(ROOT, 'README.vsix.md'), 'utf8').matchAll(/!\[[^\]]*\]\([^)]+\)/g)].length;
  const pictures = body.locator('img');
  await pictures.first().waitFor({ state: 'attached', timeout: 30_000 });
  await pictures.first().scrollIntoViewIfNeeded().catch(() => {});
  // Polled from here, each call returning at once: a promise left waiting inside the webview (its timers may
  // not run in a hidden frame) once held this step for 11 minutes.
  const stateOf = () => pictures.evaluateAll((imgs) => imgs.map((img) => ({ src: img.getAttribute('src'), width: img.naturalWidth, complete: img.complete })));
  const images = await waitUntil('the Details page\'s pictures to load', async () => {
    const now = await stateOf();
    return now.every((i) => i.complete) ? now : undefined;
  }, 15_000).catch(stateOf);
  const text = await body.locator('body').innerText({ timeout: 10_000 });
  const shown = images.filter((i) => i.width > 0).length;
  const developerReadme = /npm (?:install|test)\b/.test(text);
  const notHttps = images.filter((i) => !/^https:/.test(i.src ?? ''));
  return {
    ok: images.length === expected && shown === expected && notHttps.length === 0 && !developerReadme,
    detail: `${shown} of ${images.length} pictures shown (README.vsix.md has ${expected})${notHttps.length ? `; ${notHttps.length} not from https:` : ''}${developerReadme ? '; it shows the developer README' : ''}`,
    images: images.map((i) => ({ src: i.src?.slice(0, 40), width: i.width })),
  };
}

async function main() {
  const t0 = Date.now();
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  ensureSystemPackages(BROWSER_PACKAGES);
  say(`npm start (${firstStart ? 'first start: code-server is not installed yet' : 'code-server installed'}), waiting up to ${ADDRESS_TIMEOUT_MS / 60_000} min for its address`);

  // The README's pictures, published over https (see the head of this file).
  const selfHosted = !process.env.TREATY_VSIX_IMAGES_URL;
  const imagesUrl = process.env.TREATY_VSIX_IMAGES_URL || await startPictureHost();
  metrics.imagesUrl = imagesUrl;
  say(`README pictures from ${imagesUrl}${selfHosted ? ' (served by this check)' : ''}`);

  // As a user types it: npm start, through npm, in its own process group so that we can stop all of it.
  npmStart = spawn('npm', ['start'], {
    cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, TREATY_VSIX_IMAGES_URL: imagesUrl },
  });
  let output = '';
  const address = new Promise((resolve, reject) => {
    const onData = (d) => {
      const text = d.toString();
      output += text;
      for (const line of text.split('\n')) if (line.trim()) console.log(`  | ${line}`);
      const m = /Treaty Drafting in code-server: (http:\/\/\S+)/.exec(output);
      if (m) resolve(m[1]);
    };
    npmStart.stdout.on('data', onData);
    npmStart.stderr.on('data', onData);
    npmStart.on('exit', (code, sig) => reject(new Error(`npm start exited (${code ?? sig}) before it printed an address`)));
  });
  const timer = sleep(ADDRESS_TIMEOUT_MS).then(() => {
    throw new Error(`npm start printed no address within ${ADDRESS_TIMEOUT_MS / 1000} s`);
  });
  const url = await Promise.race([address, timer]);
  metrics.msToAddress = Date.now() - t0;
  metrics.url = url;
  say(`address after ${(metrics.msToAddress / 1000).toFixed(1)} s: ${url}`);
  if (/ERROR|requires node v24|Permission denied/.test(output)) failures.push('npm start printed an error on its way up (see above)');

  const res = await fetch(url, { signal: AbortSignal.timeout(30_000) });
  const html = await res.text();
  if (res.status !== 200 || !/workbench/.test(html)) throw new Error(`GET ${url}: ${res.status}, ${html.length} bytes without the workbench`);

  browser = await chromium.launch({
    executablePath: CHROMIUM, timeout: 60_000,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, ignoreHTTPSErrors: selfHosted });
  currentPage = page;
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  const tPage = Date.now();
  await page.goto(url, { timeout: 60_000 });
  await page.locator('.monaco-workbench').waitFor({ timeout: STEP_TIMEOUT_MS });
  metrics.msToWorkbench = Date.now() - tPage;

  // Quick Open by the words of a title: the sample workspace names files by their titles.
  await page.locator('.explorer-folders-view, .explorer-viewlet').first().waitFor({ timeout: STEP_TIMEOUT_MS }).catch(() => {});
  // The first file search can be slow on a loaded machine: ask again (up to three times) before failing.
  const row = page.locator(`.quick-input-list .monaco-list-row:has-text("${SEED_FILE}")`).first();
  let listed = false;
  for (let attempt = 0; attempt < 3 && !listed; attempt++) {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+p');
    await page.locator('.quick-input-widget input').first().waitFor({ state: 'visible', timeout: 10_000 });
    await page.keyboard.type(TITLE_WORDS);
    listed = await row.waitFor({ timeout: 30_000 }).then(() => true, () => false);
  }
  if (!listed) {
    await page.screenshot({ path: path.join(RESULTS_DIR, 'start-check-quick-open.png') });
    throw new Error(`Quick Open ${TITLE_WORDS} did not list ${SEED_FILE}`);
  }
  await row.click({ timeout: 5_000 });
  await page.locator(`.tab.active:has-text("${SEED_FILE}")`).waitFor({ timeout: 30_000 });

  await waitUntil(`${EXTENSION_ID} to activate (extension host log)`, async () => activatedInLog(), STEP_TIMEOUT_MS, 500);
  metrics.msToActivation = Date.now() - tPage;

  // The outline of the treaty, from our language server.
  await page.keyboard.press('F1');
  await page.keyboard.type('Explorer: Focus on Outline View');
  await page.keyboard.press('Enter');
  // On a loaded machine the language server may still be indexing: wait as long as a step may take.
  const outline = page.locator('.outline-pane .monaco-list-row');
  await outline.first().waitFor({ timeout: STEP_TIMEOUT_MS });
  const group = outline.first();
  if ((await group.getAttribute('aria-expanded')) === 'false') await group.locator('.monaco-tl-twistie').click().catch(() => {});
  const article = await page.locator('.outline-pane .monaco-list-row:has-text("第一条")').first().waitFor({ timeout: 30_000 }).then(() => true, () => false);
  if (!article) failures.push('the Outline view shows no 第一条');
  metrics.msToOutline = Date.now() - tPage;
  await page.screenshot({ path: path.join(RESULTS_DIR, 'start-check.png') });

  // The extension's Details page: the user-facing README (README.vsix.md) with its pictures shown.
  // Bounded as a whole: no step of it may hold the check until the overall watchdog.
  const details = await Promise.race([
    detailsPage(page),
    sleep(DETAILS_TIMEOUT_MS).then(() => { throw new Error(`the Details page did not answer within ${DETAILS_TIMEOUT_MS / 1000} s`); }),
  ]).catch((e) => ({ ok: false, detail: String(e.message ?? e).split('\n')[0] }));
  metrics.detailsPage = details;
  if (!details.ok) failures.push(`the extension's Details page: ${details.detail}`);
  await page.screenshot({ path: path.join(RESULTS_DIR, 'start-check-details.png') });
  metrics.totalMs = Date.now() - t0;
}

let failed = false;
const watchdog = setTimeout(async () => {
  console.error('[ci-start] overall time limit reached');
  await stopAll();
  process.exit(1);
}, ADDRESS_TIMEOUT_MS + 6 * STEP_TIMEOUT_MS + 60_000);
let currentPage;
try {
  await main();
} catch (e) {
  failures.push(String(e.message ?? e).split('\n')[0]);
  await currentPage?.screenshot({ path: path.join(RESULTS_DIR, 'start-check-failed.png') }).catch(() => {});
} finally {
  const port = /127\.0\.0\.1:(\d+)/.exec(String(metrics.url ?? ''))?.[1];
  await stopAll();
  if (port && !(await portIsFree(Number(port)))) failures.push(`port ${port} is still taken after the stop`);
  clearTimeout(watchdog);
}
failed = failures.length > 0;
fs.writeFileSync(path.join(RESULTS_DIR, 'start-check.json'), JSON.stringify({ ok: !failed, failures, warnings, metrics }, null, 2));
const s = (ms) => (ms === undefined ? '–' : `${(ms / 1000).toFixed(1)} s`);
say(`${firstStart ? 'first start' : 'start'}: address ${s(metrics.msToAddress)}; page → workbench ${s(metrics.msToWorkbench)}, → activation ${s(metrics.msToActivation)}, → outline ${s(metrics.msToOutline)}`);
for (const w of warnings) console.error(`[ci-start] KNOWN PROBLEM ${w}`);
for (const f of failures) console.error(`[ci-start] FAIL ${f}`);
say(failed ? 'npm start check failed' : 'npm start works');
process.exit(failed ? 1 : 0);
