// Every record of the workspace index after a scan of FOLDER, one line a document (its refusal, whether it is
// a treaty and served, its title key, its info with the hover facts read, the titles it cites, what cites it,
// hashes of its text and outline, the documents of its title): to hold a change of the scan to the index it
// leaves, with the scan workers (pool) or on the main thread alone (none), against another build's:
//   npx tsc -p . && node scripts/dump-index.js BUILD FOLDER pool|none > a.txt   (BUILD: a checkout with out/, e.g. .)
// or both in one process, compared (`same`): exits 1, printing the first record that differs, when the scan workers leave
// another index than the main thread alone does, or when a record of the index differs from what a whole reading of its
// text gives — the info read whole (`infoOf` with the hover facts, off a model of its own, titled by the file name when
// the text has none), the title key off that model, the titles it cites off every reference of it (`referencesOf`, not
// the scan's `citedTitles`), and the title its head alone gives (8 KB: what an open document's keystroke reads) — so that
// what the scan leaves out or reads another way (the hover facts read later, the titles cited read without the references)
// gives the same answers:
//   node scripts/dump-index.js BUILD FOLDER same
const crypto = require('crypto');
const path = require('path');
const [build, dir, mode] = process.argv.slice(2);
const out = (m) => require(path.resolve(build, 'out/server/src', m));
const { WorkspaceIndex, fileTitle } = out('index/workspace');
const { WorkspaceFiles } = out('protocol/files');
const { ScanPool } = out('protocol/scanPool');
const { buildTreaty, kindOf } = out('model/treaty');
const { infoOf } = out('model/info');
const { referencesOf } = out('model/references');
const hash = (s) => crypto.createHash('sha1').update(s).digest('hex').slice(0, 16);
/** JSON with each object's keys in order: two infos built in another order of their fields compare equal. */
const canonical = (v) => JSON.stringify(v, (k, x) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.keys(x).sort().filter((y) => x[y] !== undefined).map((y) => [y, x[y]])) : x));
/** `uri`'s record of a whole reading of `text` (see above), beside the index's own. */
function whole(uri, text) {
  const model = buildTreaty(text);
  let info = infoOf(model, true);
  const t = info.title === undefined ? fileTitle(uri) : undefined;
  if (t) info = { ...info, title: t.text, normalized: t.normalized, kind: info.kind ?? kindOf(t.normalized) };
  const cites = [...new Set(referencesOf(model).filter((r) => r.kind === 'citation').map((r) => r.citation.normalized))].sort();
  let cut = text.lastIndexOf('\n', 8192);
  if (cut < 0) cut = 8192;
  const head = text.length > 8192 ? buildTreaty(text.slice(0, cut)).title?.normalized : model.title?.normalized;
  return { info: canonical(info), titleKey: model.title?.normalized ?? fileTitle(uri)?.normalized, cites: JSON.stringify(cites), head, model: model.title?.normalized };
}
async function dump(withPool, wholes) {
  const index = new WorkspaceIndex();
  const files = new WorkspaceFiles(index, () => undefined);
  const pool = withPool ? new ScanPool(2).start() : undefined;
  await files.setRoots([path.resolve(dir)]);
  const list = await files.list(path.resolve(dir));
  const treaties = await files.readAll(list, pool, () => undefined);
  const lines = [`treaties ${treaties} kept ${files.keptCharacters} headOnly ${files.takeHeadOnly().length}`];
  for (const s of [...index.all()].sort((a, b) => (a.uri < b.uri ? -1 : 1))) {
    const info = s.info;
    const read = { ...info, parties: info.parties, entryIntoForce: info.entryIntoForce };
    lines.push(JSON.stringify([s.uri, s.refusal, s.isTreaty(true), s.isTreaty(false), index.isServed(s), s.titleKey, read, s.cites, index.citedAs(s.uri), hash(s.text), hash(JSON.stringify(s.outline)), s.titleKey ? index.withTitle(s.titleKey).map((x) => x.uri) : null]));
    if (!wholes || s.refusal) continue;
    const w = whole(s.uri, s.text);
    const kept = { info: canonical(read), titleKey: s.titleKey, cites: JSON.stringify([...s.cites].sort()) };
    for (const k of Object.keys(kept)) if (kept[k] !== w[k]) wholes.push(`${s.uri} ${k}:\n  the index:     ${kept[k]}\n  read whole:    ${w[k]}`);
    // (A text with no title of its own has none in its head either, nor does a model of the head: the file name's is the index's.)
    if (w.head !== w.model) wholes.push(`${s.uri} the title of its head alone:\n  the model's:   ${w.model}\n  the head's:    ${w.head}`);
  }
  return lines;
}
(async () => {
  if (mode !== 'same') {
    process.stdout.write((await dump(mode === 'pool')).join('\n') + '\n');
    return;
  }
  const wholes = [];
  const [none, pool] = [await dump(false, wholes), await dump(true)];
  const at = none.findIndex((line, i) => line !== pool[i]);
  if (at < 0 && none.length === pool.length) console.log(`the same index with the scan workers as on the main thread alone: ${none[0]}, ${none.length - 1} records`);
  else {
    console.log(`the scan workers left another index (record ${at}):\n  main thread alone: ${none[at] ?? '(none)'}\n  with the workers:  ${pool[at] ?? '(none)'}`);
    process.exitCode = 1;
  }
  if (wholes.length === 0) console.log(`every record as a whole reading of its text gives it (info with the hover facts, title key, titles cited, the head's title)`);
  else {
    console.log(`${wholes.length} records differ from a whole reading of their texts; the first ten:\n${wholes.slice(0, 10).join('\n')}`);
    process.exitCode = 1;
  }
})();
