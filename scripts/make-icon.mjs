// Draws images/icon.png (128x128): a red seal with 约 on it, rendered by
// Debian's Chromium through playwright-core (needs fonts-noto-cjk).
// Run: node scripts/make-icon.mjs
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, CHROMIUM } from './vscode-env.mjs';

const html = `<!doctype html><html><body style="margin:0;background:transparent">
<div style="width:128px;height:128px;display:flex;align-items:center;justify-content:center">
  <div style="width:116px;height:116px;box-sizing:border-box;border-radius:14px;background:#b3261e;
              display:flex;align-items:center;justify-content:center;box-shadow:inset 0 0 0 3px #b3261e">
    <div style="width:100px;height:100px;box-sizing:border-box;border:4px solid #fff6ee;border-radius:6px;
                display:flex;align-items:center;justify-content:center;color:#fff6ee;
                font:900 82px/1 'Noto Serif CJK SC','Noto Sans CJK SC',serif;padding-bottom:6px">约</div>
  </div>
</div></body></html>`;

const out = path.join(ROOT, 'images', 'icon.png');
fs.mkdirSync(path.dirname(out), { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 128, height: 128 } });
  await page.setContent(html);
  await page.screenshot({ path: out, omitBackground: true });
} finally {
  await browser.close();
}
console.log(`wrote ${path.relative(ROOT, out)}`);
