// Runs the end-to-end suite (test/e2e/suite) in desktop VS Code downloaded by
// @vscode/test-electron. Needs internet to download VS Code; on machines without
// it, use `npm run test:e2e` (code-server) instead.
//   npm run build && npm run compile && npx tsc -p test/e2e/tsconfig.json && node out/test/runTest.js
import * as fs from 'fs';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..', '..'); // out/test → repo root
  const workspace = path.join(root, '.vscode-test', 'sample-workspace');
  fs.rmSync(workspace, { recursive: true, force: true });
  for (const sub of ['seeds', 'drafts']) {
    const from = path.join(root, 'test', 'fixtures', sub);
    fs.mkdirSync(path.join(workspace, sub), { recursive: true });
    for (const f of fs.readdirSync(from).filter((f) => f.endsWith('.md'))) fs.copyFileSync(path.join(from, f), path.join(workspace, sub, f));
  }
  await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'out', 'test', 'e2e', 'suite', 'index'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
  });
}

main().catch((err) => {
  console.error('end-to-end tests failed:', err);
  process.exit(1);
});
