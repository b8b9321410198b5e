// Every record of the workspace index after a scan of FOLDER, one line a document (its refusal, whether it is
// a treaty and served, its title key, its info with the hover facts read, the titles it cites, what cites it,
// hashes of its text and outline, the documents of its title): to hold a change of the scan to the index it
// leaves, with the scan workers (pool) or on the main thread alone (none), against another build's:
//   npx tsc -p . && node scripts/dump-index.js BUILD FOLDER pool|none > a.txt   (BUILD: a checkout with out/, e.g. .)
// or both in one process, compared (`same`): exits 1, printing the first record that differs, when the scan workers leave
// another index than the main thread alone does:
//   node scripts/dump-index.js BUILD FOLDER same
const crypto = require('crypto');
const path = require('path');
const [build, dir, mode] = process.argv.slice(2);
const out = (m) => require(path.resolve(build, 'out/server/src', m));
const { WorkspaceIndex } = out('index/workspace');
const { WorkspaceFiles } = out('protocol/files');
const { ScanPool } = out('protocol/scanPool');
const hash = (s) => crypto.createHash('sha1').update(s).digest('hex').slice(0, 16);
async function dump(withPool) {
  const index = new WorkspaceIndex();
  const files = new WorkspaceFiles(index, () => undefined);
  const pool = withPool ? new ScanPool(2).start() : undefined;
  await files.setRoots([path.resolve(dir)]);
  const list = await files.list(path.resolve(dir));
  const treaties = await files.readAll(list, pool, () => undefined);
  const lines = [`treaties ${treaties} kept ${files.keptCharacters} headOnly ${files.takeHeadOnly().length}`];
  for (const s of [...index.all()].sort((a, b) => (a.uri < b.uri ? -1 : 1))) {
    const info = s.info;
    lines.push(JSON.stringify([s.uri, s.refusal, s.isTreaty(true), s.isTreaty(false), index.isServed(s), s.titleKey, { ...info, parties: info.parties, entryIntoForce: info.entryIntoForce }, s.cites, index.citedAs(s.uri), hash(s.text), hash(JSON.stringify(s.outline)), s.titleKey ? index.withTitle(s.titleKey).map((x) => x.uri) : null]));
  }
  return lines;
}
(async () => {
  if (mode !== 'same') {
    process.stdout.write((await dump(mode === 'pool')).join('\n') + '\n');
    return;
  }
  const [none, pool] = [await dump(false), await dump(true)];
  const at = none.findIndex((line, i) => line !== pool[i]);
  if (at < 0 && none.length === pool.length) {
    console.log(`the same index with the scan workers as on the main thread alone: ${none[0]}, ${none.length - 1} records`);
    return;
  }
  console.log(`the scan workers left another index (record ${at}):\n  main thread alone: ${none[at] ?? '(none)'}\n  with the workers:  ${pool[at] ?? '(none)'}`);
  process.exitCode = 1;
})();
