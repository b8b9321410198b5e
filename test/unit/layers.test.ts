// The layers of ARCHITECTURE.md, enforced by dependency-cruiser (.dependency-cruiser.cjs):
// the real tree has no violation, and a tree that breaks each rule is caught.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from '../support/fixture';

const CONFIG = path.join(ROOT, '.dependency-cruiser.cjs');
const DEPCRUISE = path.join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

function cruise(cwd: string): { status: number | null; rules: Set<string>; output: string } {
  const r = spawnSync(process.execPath, [DEPCRUISE, 'server/src', 'client/src', '--config', CONFIG, '--output-type', 'json'], { cwd, encoding: 'utf8' });
  const rules = new Set<string>();
  try {
    for (const v of JSON.parse(r.stdout).summary.violations) rules.add(v.rule.name);
  } catch {
    /* the status and output say what went wrong */
  }
  return { status: r.status, rules, output: r.stdout + r.stderr };
}

test('layers: the source tree keeps every rule', () => {
  const r = cruise(ROOT);
  assert.deepEqual([...r.rules], [], r.output.slice(0, 2000));
  assert.equal(r.status, 0, r.output.slice(0, 2000));
});

test('layers: imports pointing up, IO in the core, the connection in a feature and cycles are caught', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layers-'));
  try {
    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    };
    write('tsconfig.json', JSON.stringify({ compilerOptions: { module: 'commonjs', target: 'es2022', strict: true } }));
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
    write('server/src/syntax/lines.ts', "import { model } from '../model/treaty';\nexport const lines = model;\n");
    write('server/src/model/treaty.ts', "import * as fs from 'fs';\nexport const model = fs.existsSync('.');\n");
    write('server/src/features/hover.ts', "import { createConnection } from 'vscode-languageserver/node';\nexport const c = createConnection;\n");
    write('server/src/index/a.ts', "import { b } from './b';\nexport const a = () => b;\n");
    write('server/src/index/b.ts', "import { a } from './a';\nexport const b = () => a;\n");
    write('client/src/extension.ts', "import { lines } from '../../server/src/syntax/lines';\nexport const x = lines;\n");
    const r = cruise(dir);
    for (const rule of ['syntax-points-down', 'core-does-no-io', 'core-has-no-connection', 'no-cycles', 'client-knows-no-treaty']) {
      assert.ok(r.rules.has(rule), `${rule} caught: ${[...r.rules].join(', ')}`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
