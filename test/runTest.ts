// Runs the end-to-end suite (test/e2e/suite) in desktop VS Code downloaded by
// @vscode/test-electron. Needs internet to download VS Code; on machines without
// it, use `npm run test:e2e` (code-server) instead.
//   npm run build && npm run compile && npx tsc -p test/e2e/tsconfig.json && node out/test/runTest.js
import * as path from 'path';
import { pathToFileURL } from 'url';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..', '..'); // out/test → repo root
  const workspace = path.join(root, '.vscode-test', 'sample-workspace');
  // The same sample workspace as `npm start` and `npm run test:e2e`: files named by their titles.
  const env = pathToFileURL(path.join(root, 'scripts', 'vscode-env.mjs')).href;
  const { makeSampleWorkspace } = await import(env);
  await makeSampleWorkspace(workspace);
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
