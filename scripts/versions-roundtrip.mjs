// The versions round trip (issue #16) over many seeds: for every text of test/fixtures/real, unseen
// and pasted, every kind of edit of test/support/amendEdits.ts and each seed, a new version is made,
// compared with the old one, its amending instrument generated and consolidated into the old text
// (checkVersion). Every failure is printed with its file, kind and seed; exit 1 if any. Not in CI.
//
//   npx tsc -p . && nice -n 19 node scripts/versions-roundtrip.mjs [--seeds 50] [--from 1] [--kinds insert,delete] [--files REGEX]
//
// One failure is replayed by ROUNDTRIP_SEED=<seed> node --test out/test/unit/versionsRoundTrip.test.js
// (or --from <seed> --seeds 1 --files <name> here).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const out = path.resolve(opt('--out', 'out'));
const { EDIT_KINDS, checkVersion, deriveVersion, roundTripFiles } = require(path.join(out, 'test/support/amendEdits.js'));
const { buildTreaty } = require(path.join(out, 'server/src/model/treaty.js'));

const seeds = Number(opt('--seeds', 50));
const from = Number(opt('--from', 1));
const kinds = opt('--kinds') ? opt('--kinds').split(',') : EDIT_KINDS;
const only = opt('--files') ? new RegExp(opt('--files')) : undefined;

let versions = 0;
let skipped = 0;
const failures = [];
const started = Date.now();
for (const file of roundTripFiles()) {
  if (only && !only.test(file)) continue;
  const old = fs.readFileSync(file, 'utf8');
  const treaty = buildTreaty(old);
  const seen = new Set();
  for (let seed = from; seed < from + seeds; seed++) {
    for (const kind of kinds) {
      let v;
      try {
        v = deriveVersion(old, kind, seed, treaty);
      } catch (e) {
        failures.push({ file, kind, seed, edit: '(generator)', message: e.stack });
        continue;
      }
      if (!v) { skipped++; continue; }
      // The same edit from another seed is tested once.
      if (seen.has(v.text)) continue;
      seen.add(v.text);
      versions++;
      try {
        checkVersion(old, v);
      } catch (e) {
        failures.push({ file, kind, seed, edit: v.edit, message: String(e.message).split('\n').slice(0, 12).join('\n') });
      }
    }
  }
}
for (const f of failures) console.log(`FAIL ${path.relative(process.cwd(), f.file)} ${f.kind} seed ${f.seed} (${f.edit})\n${f.message}\n`);
const byFile = new Map();
for (const f of failures) byFile.set(f.file, (byFile.get(f.file) ?? 0) + 1);
console.log(`${versions} versions (${skipped} edits with nowhere to be made), ${failures.length} failing in ${byFile.size} files, ${((Date.now() - started) / 1000).toFixed(1)} s`);
for (const [f, n] of byFile) console.log(`  ${path.relative(process.cwd(), f)}: ${n}`);
process.exit(failures.length ? 1 : 0);
