// Browser-level checks in code-server, done the way a person would: keyboard
// and clicks, reading what is on the screen. Each check returns
// { name, ok, detail, screenshot? } and never throws, so one failure does not
// hide the others. Used by scripts/e2e.mjs after the in-host suite has run.
import fs from 'node:fs';
import path from 'node:path';

// The sample workspace names files by their short titles (makeSampleWorkspace in vscode-env.mjs).
const SEED = 'seeds/中哈边防合作协议.md'; // test/fixtures/seeds/000_c6ff318dd0620b0f.md
const DRAFT_WITH_ERROR = 'drafts/中吉边防合作协议的补充议定书.md'; // test/fixtures/drafts/draft_02_kg_protocol.md
const TITLE_WORDS = '边防合作';
const REF = '本协议第十二条';

/** Files the browser checks write and edit, made empty with the sample workspace (scripts/e2e.mjs). */
export const SCRATCH_FILES = ['scratch/e2e-heading.treaty.md', 'scratch/e2e-template.treaty.md'];

/** 1-based line and column of `text` (+ `index` code units) in a file of the workspace. */
function find(workspace, file, re, index = 0) {
  const lines = fs.readFileSync(path.join(workspace, file), 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = lines[i].match(re);
    if (m) return { line: i + 1, col: m.index + index + 1 };
  }
  throw new Error(`${re} not found in ${file}`);
}

export async function browserChecks(page, { screenshots, workspace, grep }) {
  const results = [];
  const metrics = {};
  const shot = async (name) => {
    const file = path.join(screenshots, `${name}.png`);
    await page.screenshot({ path: file });
    return file;
  };
  const check = async (name, fn, { always = false } = {}) => {
    if (grep && !always && !new RegExp(grep).test(name)) return;
    try {
      const { ok, detail, screenshot } = await fn();
      results.push({ name, ok, detail, screenshot });
    } catch (e) {
      const screenshot = await shot(`failed-${results.length + 1}`).catch(() => undefined);
      results.push({ name, ok: false, detail: String(e.message ?? e).split('\n')[0], screenshot });
    }
  };
  const quickInput = async (key, text) => {
    await page.keyboard.press('Escape');
    await page.keyboard.press(key);
    await page.locator('.quick-input-widget input').first().waitFor({ state: 'visible', timeout: 5000 });
    await page.keyboard.type(text);
    await page.waitForTimeout(600);
  };
  const runCommand = async (title) => {
    await quickInput('F1', title);
    await page.keyboard.press('Enter');
  };
  const openFile = async (file) => {
    // Note: lower-case letters; 'Control+P' (capital) is not taken for Ctrl+P here.
    await quickInput('Control+p', path.basename(file));
    // Enter only once the file is listed (a file just written may take a moment to be found).
    await page.locator(`.quick-input-list .monaco-list-row:has-text("${path.basename(file)}")`).first().waitFor({ timeout: 10_000 }).catch(() => {});
    await page.keyboard.press('Enter');
    await page.locator(`.tab.active:has-text("${path.basename(file)}")`).waitFor({ timeout: 10_000 });
    await page.locator('.monaco-editor .view-lines').first().click({ position: { x: 5, y: 5 } }).catch(() => {});
  };
  // Go to Line's column counts display columns (a CJK character is two), so move by characters instead.
  const goTo = async (line, col) => {
    await quickInput('Control+g', `${line}`);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Home');
    for (let i = 1; i < col; i++) await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(200);
  };
  // Puts the cursor `shift` characters into the first occurrence of `needle`, as a person
  // would: Find (Ctrl+F), close it (the match stays selected), collapse, step right.
  const cursorInto = async (needle, shift) => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+f');
    await page.locator('.find-widget textarea, .find-widget input').first().waitFor({ state: 'visible', timeout: 5000 });
    await page.keyboard.press('Control+a');
    await page.keyboard.type(needle);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    await page.keyboard.press('Escape');
    await page.keyboard.press('ArrowLeft');
    for (let i = 0; i < shift; i++) await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(300);
  };
  const cursorLine = async () => {
    const text = await page.locator('.statusbar-item:has-text("Ln ")').first().innerText();
    return Number(/Ln (\d+)/.exec(text)?.[1]);
  };

  await page.locator('.monaco-workbench').waitFor({ timeout: 30_000 });
  await page.keyboard.press('Escape');
  await runCommand('View: Close All Editors');

  await check(`Quick Open (Ctrl+P) finds ${SEED} by the words ${TITLE_WORDS} of its title, and opens it`, async () => {
    await quickInput('Control+p', TITLE_WORDS);
    const rows = page.locator('.quick-input-list .monaco-list-row');
    await rows.first().waitFor({ timeout: 10_000 }).catch(() => {});
    const labels = (await rows.allInnerTexts()).map((r) => r.replace(/\s+/g, ' '));
    const screenshot = await shot('quick-open-title');
    await page.keyboard.press('Escape');
    const found = labels.some((l) => l.includes(path.basename(SEED)));
    if (found) await openFile(SEED);
    return { ok: found, detail: `results: ${JSON.stringify(labels.slice(0, 5))}`, screenshot };
  });

  await check('Outline view lists 第一条 … 第十二条', async () => {
    // Give the outline room: collapse the file tree, widen the side bar.
    const folders = page.locator('.pane-header:has-text("sample-workspace")').first();
    if ((await folders.getAttribute('aria-expanded')) === 'true') await folders.click();
    const outline = page.locator('.pane-header:has-text("Outline")').first();
    if ((await outline.getAttribute('aria-expanded')) !== 'true') await outline.click();
    const bar = await page.locator('.part.sidebar').boundingBox();
    if (bar && bar.width < 400) {
      const x = bar.x + bar.width + 1; // the sash on the side bar's right edge
      await page.mouse.move(x, 450);
      await page.mouse.down();
      await page.mouse.move(x + 420 - bar.width, 450, { steps: 8 });
      await page.mouse.up();
    }
    // One group per provider: ours first, then markdown's headings. Expand ours.
    const group = page.locator('.outline-pane .monaco-list-row').first();
    await group.waitFor({ timeout: 15_000 });
    if ((await group.getAttribute('aria-expanded')) === 'false') await group.locator('.monaco-tl-twistie').click();
    await page.locator('.outline-pane .monaco-list-row:has-text("第一条")').first().waitFor({ timeout: 15_000 });
    const rows = (await page.locator('.outline-pane .monaco-list-row').allInnerTexts()).map((r) => r.replace(/\s+/g, ' '));
    const articles = rows.filter((r) => /^第[一二三四五六七八九十]+条/.test(r));
    const screenshot = await shot('outline-seed-000');
    return { ok: articles.some((r) => r.startsWith('第一条')), detail: `${rows.length} rows visible, first: ${JSON.stringify(rows.slice(0, 4))}`, screenshot };
  });

  const ref = find(workspace, SEED, new RegExp(REF), 4);
  const article12 = find(workspace, SEED, /^#+\s*第\s*十\s*二\s*条/);

  await check(`F12 on ${REF} (line ${ref.line}) lands on 第十二条 (line ${article12.line})`, async () => {
    await openFile(SEED);
    await cursorInto(REF, 4);
    const before = await cursorLine();
    await page.keyboard.press('F12');
    let line = before;
    for (let i = 0; i < 25 && line !== article12.line; i++) {
      await page.waitForTimeout(200);
      line = await cursorLine();
    }
    const screenshot = await shot('f12-article-12');
    return { ok: line === article12.line, detail: `status bar Ln ${before} → Ln ${line}`, screenshot };
  });

  await check(`hover (Ctrl+K Ctrl+I) on ${REF} shows article 12`, async () => {
    await cursorInto(REF, 4);
    await page.keyboard.press('Control+k');
    await page.keyboard.press('Control+i');
    const hover = page.locator('.monaco-hover:visible').first();
    const text = await hover.innerText({ timeout: 5000 }).catch(() => '');
    const screenshot = await shot('hover-article-12');
    return { ok: /自签字之日起生效/.test(text.replace(/\s+/g, '')), detail: `hover: ${JSON.stringify(text.slice(0, 80))}`, screenshot };
  });

  await check('typing a clause prefix (shengxiao) on an empty line offers the snippet', async () => {
    const blank = find(workspace, SEED, /^本协议自签字之日起生效/);
    await page.keyboard.press('Escape');
    await goTo(blank.line + 1, 1);
    await page.keyboard.type('shengxiao');
    await page.keyboard.press('Control+Space');
    const rows = page.locator('.suggest-widget.visible .monaco-list-row');
    await rows.first().waitFor({ timeout: 5000 }).catch(() => {});
    const labels = (await rows.allInnerTexts()).map((r) => r.replace(/\s+/g, ' '));
    const screenshot = await shot('completion-shengxiao');
    await page.keyboard.press('Escape');
    await runCommand('File: Revert File');
    return { ok: labels.some((l) => /shengxiao|生效/.test(l)), detail: `suggestions: ${JSON.stringify(labels.slice(0, 6))}`, screenshot };
  });

  // Issue #10: completions accepted as a person accepts them (typing, Ctrl+Space, a click on the row), in a
  // scratch file of the workspace; VS Code filters the server's items by what was typed, which no API call shows.
  // The file is saved (Ctrl+S) and read from disk, then removed.
  // The scratch files are made (empty) with the workspace, so that Quick Open has them listed.
  const scratch = async (name, text, fn) => {
    const file = path.join(workspace, name);
    fs.writeFileSync(file, text);
    try {
      await openFile(name);
      return await fn(() => fs.readFileSync(file, 'utf8'));
    } finally {
      await page.keyboard.press('Escape');
      await runCommand('View: Revert and Close Editor').catch(() => {});
      fs.writeFileSync(file, '');
    }
  };
  /**
   * Types `text` at the cursor; asks for suggestions (Ctrl+Space) unless typing opened them; accepts the
   * row showing `label` (Enter when it is the focused one, else a click), then saves. Returns the rows seen.
   */
  const accept = async (text, label) => {
    await page.keyboard.type(text);
    const widget = page.locator('.suggest-widget.visible');
    if (!(await widget.waitFor({ timeout: 1500 }).then(() => true, () => false))) await page.keyboard.press('Control+Space');
    const row = page.locator(`.suggest-widget.visible .monaco-list-row:has-text("${label}")`).first();
    await row.waitFor({ timeout: 8000 }).catch(() => {});
    await page.waitForTimeout(400); // the list settles (an incomplete list is asked again as you type)
    const rows = (await page.locator('.suggest-widget.visible .monaco-list-row').allInnerTexts()).map((r) => r.replace(/\s+/g, ' '));
    const found = await row.isVisible();
    const viewText = () => document.querySelector('.monaco-editor.focused .view-lines')?.textContent ?? '';
    const before = await page.evaluate(viewText);
    if (found && /\bfocused\b/.test((await row.getAttribute('class')) ?? '')) await page.keyboard.press('Enter');
    else if (found) await row.click();
    if (found) {
      // The item is resolved, then inserted: wait for the editor's text to change (bounded; slow on a loaded machine).
      await page.waitForFunction((b) => (document.querySelector('.monaco-editor.focused .view-lines')?.textContent ?? '') !== b,
        before, { timeout: 15_000 }).catch(() => {});
      await page.waitForTimeout(300);
    }
    await page.keyboard.press('Escape'); // the suggestions if nothing was accepted; else the snippet's placeholders
    await page.keyboard.press('Control+s');
    // Saved when the active tab is no longer dirty.
    await page.waitForFunction(() => !document.querySelector('.tab.active.dirty'), undefined, { timeout: 10_000 }).catch(() => {});
    await page.waitForTimeout(300);
    return { rows, found };
  };

  await check('completion after # on a blank line: accepting 第二条 (下一条) writes the heading ## 第二条, not #第二条', async () =>
    scratch(SCRATCH_FILES[0], '# 测试协定\n\n## 第一条\n\n双方开展合作。\n\n', async (read) => {
      await page.keyboard.press('Control+End');
      const { rows, found } = await accept('#', '第二条'); // `#` opens the suggestions itself
      const line = read().split('\n')[6];
      const screenshot = await shot('completion-hash-heading');
      return { ok: found && line === '## 第二条', detail: `line 7: ${JSON.stringify(line)}; suggestions: ${JSON.stringify(rows.slice(0, 4))}`, screenshot };
    }));

  await check('a whole-document template by its prefixes (协定模板, template-agreement + Ctrl+Space) in an empty .treaty.md writes the template', async () =>
    scratch(SCRATCH_FILES[1], '', async (read) => {
      const seen = [];
      let ok = true;
      for (const prefix of ['协定模板', 'template-agreement']) {
        await page.keyboard.press('Control+a');
        await page.keyboard.press('Delete');
        const { rows, found } = await accept(prefix, '协定模板');
        const text = read();
        // The template's first lines with their placeholders' defaults (snippets/treaty.code-snippets), and no prefix left over.
        const written = text.startsWith('# 中华人民共和国政府和……政府关于……合作的协定\n\n中华人民共和国政府和……政府（以下简称“双方”），\n') && !text.includes(prefix);
        ok &&= found && written;
        seen.push(`${prefix}: ${found ? 'offered' : `not offered (${JSON.stringify(rows.slice(0, 3))})`}, ${written ? 'written' : `file: ${JSON.stringify(text.slice(0, 60))}`}`);
      }
      const screenshot = await shot('completion-template');
      return { ok, detail: seen.join('; '), screenshot };
    }));

  await check(`Problems panel (Ctrl+Shift+M) shows ref.no-such-article for ${DRAFT_WITH_ERROR}`, async () => {
    await openFile(DRAFT_WITH_ERROR);
    await page.waitForTimeout(1500);
    await page.keyboard.press('Control+Shift+KeyM');
    const panel = page.locator('.markers-panel');
    await panel.waitFor({ timeout: 5000 });
    const row = page.locator('.markers-panel .monaco-list-row:has-text("no-such-article")').first();
    await row.waitFor({ timeout: 8000 }).catch(() => {});
    const rows = (await page.locator('.markers-panel .monaco-list-row').allInnerTexts()).map((r) => r.replace(/\s+/g, ' '));
    const screenshot = await shot('problems-draft-02');
    return { ok: rows.some((r) => r.includes('no-such-article')), detail: `${rows.length} rows: ${JSON.stringify(rows.slice(0, 4))}`, screenshot };
  });

  // Issue #10: the status bar item, the palette's Treaty commands, the walkthrough.
  const MEMO = 'drafts/上海合作组织成员国边防部门合作谅解备忘录.treaty.md'; // test/fixtures/drafts/draft_03_sco_memorandum.treaty.md
  const statusItem = page.locator('.statusbar-item:has(.codicon-law)').first();

  await check('status bar: 谅解备忘录 · 4 条 · … for the active treaty; a click opens the outline or the problems', async () => {
    await openFile(MEMO);
    await statusItem.waitFor({ timeout: 15_000 });
    const text = (await statusItem.innerText()).replace(/\s+/g, ' ').trim();
    const screenshot = await shot('status-bar');
    await statusItem.click();
    const opened = page.locator('.outline-pane:visible, .markers-panel:visible').first();
    const shown = await opened.waitFor({ timeout: 5000 }).then(() => true, () => false);
    return { ok: /谅解备忘录 · 4 (条|articles) · /.test(text) && shown, detail: `status bar: ${JSON.stringify(text)}; click opened a view: ${shown}`, screenshot };
  });

  await check('Command Palette: the Treaty commands are listed for a treaty file', async () => {
    await openFile(MEMO);
    await quickInput('F1', 'Treaty: ');
    const rows = (await page.locator('.quick-input-widget .monaco-list-row').allInnerTexts()).map((r) => r.replace(/\s+/g, ' '));
    const screenshot = await shot('palette-commands');
    await page.keyboard.press('Escape');
    const wanted = ['Insert Article Here', 'Renumber Articles', 'Show Documents Citing', 'New Treaty from Template'];
    return { ok: wanted.every((w) => rows.some((r) => r.includes(w))), detail: `${rows.length} rows: ${JSON.stringify(rows.slice(0, 8))}`, screenshot };
  });

  await check('Command Palette: Treaty: Insert Article Here adds 第二条 after 第一条, the status bar counts 5', async () => {
    await openFile(MEMO);
    const four = await page.locator('.statusbar-item:has(.codicon-law):has-text(" 4 ")').first().waitFor({ timeout: 10_000 }).then(() => true, () => false);
    await cursorInto('各方在本备忘录第二条所列领域', 2);
    await runCommand('Treaty: Insert Article Here');
    const five = await page.locator('.statusbar-item:has(.codicon-law):has-text(" 5 ")').first().waitFor({ timeout: 10_000 }).then(() => true, () => false);
    let line = await cursorLine();
    for (let i = 0; i < 25 && line !== 16; i++) {
      await page.waitForTimeout(200);
      line = await cursorLine();
    }
    const text = (await statusItem.innerText()).replace(/\s+/g, ' ').trim();
    const screenshot = await shot('command-insert-article');
    // VS Code saves what a workspace edit changes (files.refactoring.autoSave): undo, and save the original.
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+s');
    await page.waitForTimeout(500);
    // 第一条 is on line 11, its text on 13; the new 第二条 on 15, its empty line 16.
    return { ok: four && five && line === 16, detail: `status bar: ${JSON.stringify(text)}; cursor on Ln ${line}`, screenshot };
  });

  await check('Get Started: the treaty walkthrough opens with its steps', async () => {
    await runCommand('Welcome: Open Walkthrough');
    await page.waitForTimeout(500);
    await page.keyboard.type('Draft a Treaty');
    await page.waitForTimeout(500);
    await page.keyboard.press('Enter');
    const step = page.locator('.gettingStartedContainer :text("Open a treaty")').first();
    const ok = await step.waitFor({ timeout: 10_000 }).then(() => true, () => false);
    await page.waitForTimeout(1500); // the step's markdown media renders in a webview
    const screenshot = await shot('walkthrough');
    await runCommand('View: Close All Editors');
    return { ok, detail: ok ? 'walkthrough shown' : 'no walkthrough step "Open a treaty" on the page', screenshot };
  });

  await check('Developer: Show Running Extensions reports Treaty Drafting activated', async () => {
    await runCommand('Developer: Show Running Extensions');
    const list = page.locator('.runtime-extensions-editor .monaco-list').first();
    await list.waitFor({ timeout: 10_000 });
    // The list is virtual and sorted by activation time: scroll until our row is rendered.
    const row = page.locator('.runtime-extensions-editor .monaco-list-row:has-text("Treaty Drafting")').filter({ hasNotText: 'test host' }).first();
    for (let i = 0; i < 20 && !(await row.isVisible()); i++) {
      await list.hover();
      await page.mouse.wheel(0, 300);
      await page.waitForTimeout(150);
    }
    const text = (await row.innerText()).replace(/\s+/g, ' ');
    const ms = /Activation: (\d+)ms/.exec(text)?.[1];
    metrics.runningExtensionsActivationMs = ms ? Number(ms) : undefined;
    await shot('running-extensions');
    return { ok: ms !== undefined, detail: text };
  }, { always: true });

  return { checks: results, metrics };
}
