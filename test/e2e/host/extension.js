// Test host for code-server: the extension host inherits code-server's
// environment, so the e2e runner passes the suite and the results file there.
const fs = require('fs');
const vscode = require('vscode');

exports.activate = async function activate() {
  const suite = process.env.TREATY_E2E_SUITE;
  const resultsFile = process.env.TREATY_E2E_RESULTS;
  if (!suite || !resultsFile) return;
  let results;
  try {
    results = await require(suite).runSuite({ grep: process.env.TREATY_E2E_GREP || undefined });
  } catch (e) {
    results = { failed: 1, passed: 0, pending: 0, tests: [], error: String((e && e.stack) || e) };
  }
  // Write then rename, so the runner never reads half a file. Written before anything
  // that could wait on the user (a save prompt), so results are never lost.
  fs.writeFileSync(resultsFile + '.tmp', JSON.stringify(results, null, 2));
  fs.renameSync(resultsFile + '.tmp', resultsFile);
  // Leave the window clean for the browser checks that follow.
  await vscode.commands.executeCommand('workbench.action.closeAllEditors').then(undefined, () => {});
};

exports.deactivate = function deactivate() {};
