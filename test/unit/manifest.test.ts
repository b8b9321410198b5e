// The extension manifest stays in step with the server: every diagnostic code
// can be configured, and the settings the server reads are declared.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { DIAGNOSTIC_CODES } from '../../server/src/features/diagnostics';
import { ROOT } from '../support/fixture';

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const props = pkg.contributes.configuration.properties;

test('every diagnostic code has a severity setting, and no setting names a code that does not exist', () => {
  assert.deepEqual(Object.keys(props['treaty.diagnostics.severity'].properties).sort(), Object.keys(DIAGNOSTIC_CODES).sort());
});

test('the extension activates only for treaty and markdown documents', () => {
  assert.deepEqual(pkg.activationEvents, ['onLanguage:treaty', 'onLanguage:markdown']);
});

test('settings are described', () => {
  for (const [name, p] of Object.entries<Record<string, unknown>>(props)) assert.ok(p.description || p.markdownDescription, name);
});
