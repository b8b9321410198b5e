// Every record of the workspace index after a scan of FOLDER, one line a document (its refusal, whether it is
// a treaty and served, its title key, its info with the hover facts read, the titles it cites, what cites it,
// hashes of its text and outline, the documents of its title): to hold a change of the scan to the index it
// leaves, with the scan workers (pool) or on the main thread alone (none), against another build's:
//   npx tsc -p . && node scripts/dump-index.js BUILD FOLDER pool|none > a.txt   (BUILD: a checkout with out/, e.g. .)
const crypto = require('crypto');
const path = require('path');
const [build, dir, mode] = process.argv.slice(2);
const out = (m) => require(path.resolve(build, 'out/server/src', m));
const { WorkspaceIndex } = out('index/workspace');
const { WorkspaceFiles } = out('protocol/files');
const { ScanPool } = out('protocol/scanPool');
const hash = (s) => crypto.createHash('sha1').update(s).digest('hex').slice(0, 16);
(async () => {
  const index = new WorkspaceIndex();
  const files = new WorkspaceFiles(index, () => undefined);
  const pool = mode === 'pool' ? new ScanPool(2).start() : undefined;
  await files.setRoots([path.resolve(dir)]);
  const list = await files.list(path.resolve(dir));
  const treaties = await files.readAll(list, pool, () => undefined);
  const lines = [`treaties ${treaties} kept ${files.keptCharacters} headOnly ${files.takeHeadOnly().length}`];
  for (const s of [...index.all()].sort((a, b) => (a.uri < b.uri ? -1 : 1))) {
    const info = s.info;
    lines.push(JSON.stringify([s.uri, s.refusal, s.isTreaty(true), s.isTreaty(false), index.isServed(s), s.titleKey, { ...info, parties: info.parties, entryIntoForce: info.entryIntoForce }, s.cites, index.citedAs(s.uri), hash(s.text), hash(JSON.stringify(s.outline)), s.titleKey ? index.withTitle(s.titleKey).map((x) => x.uri) : null]));
  }
  process.stdout.write(lines.join('\n') + '\n');
})();
