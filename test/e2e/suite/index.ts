// Entry point of the end-to-end suite. `run()` is what @vscode/test-electron
// calls (extensionTestsPath); `runSuite()` is what the code-server test host
// (test/e2e/host) calls to get the results as data.
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import Mocha from 'mocha';
import { metrics } from './helpers';

export interface TestResult {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  error?: string;
}

export interface SuiteResults {
  vscodeVersion: string;
  startedAt: string;
  durationMs: number;
  passed: number;
  failed: number;
  pending: number;
  tests: TestResult[];
  metrics: Record<string, unknown>;
}

/** Runs every *.test.js next to this file; `grep` (a regexp) selects tests by full title. */
export function runSuite(options: { grep?: string } = {}): Promise<SuiteResults> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000, reporter: 'spec' });
  if (options.grep) mocha.grep(new RegExp(options.grep));
  const first = ['outline.test.js']; // activation and outline first: they measure the cold start
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js'));
  for (const f of [...first.filter((f) => files.includes(f)), ...files.filter((f) => !first.includes(f)).sort()]) {
    mocha.addFile(path.join(__dirname, f));
  }
  const startedAt = new Date();
  const tests: TestResult[] = [];
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run(() => {
        resolve({
          vscodeVersion: vscode.version,
          startedAt: startedAt.toISOString(),
          durationMs: Date.now() - startedAt.getTime(),
          passed: tests.filter((t) => t.state === 'passed').length,
          failed: tests.filter((t) => t.state === 'failed').length,
          pending: tests.filter((t) => t.state === 'pending').length,
          tests,
          metrics,
        });
      });
      runner.on('pass', (t) => tests.push({ title: t.fullTitle(), state: 'passed', durationMs: t.duration }));
      runner.on('pending', (t) => tests.push({ title: t.fullTitle(), state: 'pending' }));
      runner.on('fail', (t, err) => tests.push({ title: t.fullTitle(), state: 'failed', durationMs: t.duration, error: String(err?.stack ?? err) }));
    } catch (e) {
      reject(e);
    }
  });
}

export async function run(): Promise<void> {
  const results = await runSuite({ grep: process.env.TREATY_E2E_GREP });
  console.log(`e2e metrics: ${JSON.stringify(results.metrics)}`);
  if (results.failed > 0) throw new Error(`${results.failed} of ${results.tests.length} end-to-end tests failed`);
}
