// A snapshot's title key (what the title map files it under) is read once: a keystroke in
// a long document parses its 8 KB head once, however often the server asks for the title
// (before and after the change, the title map, resolution); a long document given whole reads
// it off its model, built once, and a keystroke below its head keeps it without a parse.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import * as v8 from 'v8';
import * as vm from 'vm';
import * as treatyModule from '../../server/src/model/treaty';
import { Snapshot, WorkspaceIndex, analyse } from '../../server/src/index/workspace';

/** Counts the parses `fn` makes (the index calls the model's exported `buildTreaty`). */
function parses(fn: () => void): number {
  const mod = treatyModule as { buildTreaty: typeof treatyModule.buildTreaty };
  const original = mod.buildTreaty;
  let n = 0;
  mod.buildTreaty = (...args) => {
    n++;
    return original(...args);
  };
  try {
    fn();
  } finally {
    mod.buildTreaty = original;
  }
  return n;
}

const body = '缔约双方同意在边境地区开展合作，并为此交换信息。\n\n'.repeat(400);
const long = `# 中华人民共和国政府和哈萨克斯坦共和国政府边境合作协定\n\n## 第一条\n\n${body}`;

const TITLE = '中华人民共和国政府和哈萨克斯坦共和国政府边境合作协定';

test('a long document given whole: three reads of the title key, one parse, its model, then used as the model', () => {
  const index = new WorkspaceIndex();
  let keys: (string | undefined)[] = [];
  const n = parses(() => {
    const s = index.set('file:///w/a.md', long, 1, 'markdown');
    keys = [s.titleKey, s.titleKey, s.titleKey];
    void index.model(s);
  });
  assert.deepEqual({ n, keys }, { n: 1, keys: Array(3).fill(TITLE) });
});

test('a keystroke in the head of a long document: one parse of the head, no model built; below the head: no parse', () => {
  const index = new WorkspaceIndex();
  const uri = 'file:///w/a.md';
  index.set(uri, long, 1, 'markdown');
  const at = long.indexOf('缔约双方');
  const inHead = long.slice(0, at) + '甲' + long.slice(at);
  let s = index.get(uri)!;
  let n = parses(() => {
    s = index.update(uri, inHead, [{ start: at, end: at, text: '甲' }], 2, 'markdown');
    void [s.titleKey, s.titleKey];
  });
  assert.deepEqual({ n, key: s.titleKey, model: s.hasModel }, { n: 1, key: TITLE, model: false });
  const end = inHead.length - 3;
  n = parses(() => {
    s = index.update(uri, inHead.slice(0, end) + '乙' + inHead.slice(end), [{ start: end, end, text: '乙' }], 3, 'markdown');
    void s.titleKey;
  });
  assert.deepEqual({ n, key: s.titleKey, model: s.hasModel }, { n: 0, key: TITLE, model: false });
});

// A file read from disk (the workspace scan on one thread, a file changed on disk) has its info read, which builds its model:
// its title comes off that model, as a scan worker's `analyse` reads it — one parse, and the same title key whichever thread
// read the file. Here the title stands below a licence comment of 8 KB: the head alone holds none (the file name, here none).
test('a long file read from disk: one parse, its title key the model\'s (as a scan worker reads it)', () => {
  const text = `<!--\n${'本文件依照知识共享许可协议发布。\n'.repeat(600)}-->\n\n# ${TITLE}\n\n## 第一条\n\n${body}`;
  const index = new WorkspaceIndex();
  let key: string | undefined;
  const n = parses(() => {
    key = index.set('file:///w/a.md', text, 0).titleKey;
  });
  assert.ok(text.indexOf(TITLE) > 8192);
  assert.deepEqual({ n, key, worker: analyse('file:///w/a.md', text).analysis.titleKey }, { n: 1, key: TITLE, worker: TITLE });
});

/** Every text under test/fixtures, by path. */
function fixtureTexts(): [string, string][] {
  const out: [string, string][] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(md|txt)$/.test(e.name)) out.push([p, fs.readFileSync(p, 'utf8')]);
    }
  };
  walk(path.join(__dirname, '../../../test/fixtures'));
  return out;
}

test('every fixture gets the same title key given whole (off its model) as after a keystroke in its head (off the head)', () => {
  const texts = fixtureTexts();
  let long = 0;
  const differ: string[] = [];
  for (const [file, text] of texts) {
    const index = new WorkspaceIndex();
    const uri = 'file:///w/' + path.basename(file);
    const whole = index.set(uri, text, 1, 'markdown').titleKey;
    // An edit at the very start that changes nothing: the head is read again, the model is not built.
    const edited = index.update(uri, text, [{ start: 0, end: 0, text: '' }], 2, 'markdown');
    if (edited.titleKey !== whole) differ.push(`${file}: ${edited.titleKey} / ${whole}`);
    if (!edited.hasModel) long++;
  }
  assert.deepEqual(differ, []);
  // (Long ones among them, whose head alone is read after the keystroke: the comparison is not of the model with itself.)
  assert.ok(long >= 10, `${long} fixtures longer than the head`);
});

test('a text without a title: the file name’s, read once', () => {
  const s = new Snapshot('file:///w/%E8%81%94%E5%90%88%E5%9B%BD%E5%AE%AA%E7%AB%A0.md', `我联合国人民同兹决心，\n\n${body}`, 1, undefined);
  let keys: (string | undefined)[] = [];
  const n = parses(() => {
    keys = [s.titleKey, s.titleKey];
  });
  assert.deepEqual({ n, keys }, { n: 1, keys: ['联合国宪章', '联合国宪章'] });
});

// normalizeTitle keeps the titles it met and their keys (its cache): each a string of its own, never a slice holding the
// text it was cut from (the 5,000 generated treaties' titles kept 55 MB of their texts so).
test('the title keys kept hold the titles\' characters, not the texts they were cut from', () => {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  gc();
  const before = process.memoryUsage().heapUsed;
  const keys: string[] = [];
  for (let k = 0; k < 24; k++) {
    // A 4 MB text of its own each time, its title cut from it (a slice), normalized and the text let go.
    let text: string | undefined = `中华人民共和国政府和第${k}国政府关于相互促进和保护投资协定\n第一条 定义\n`.repeat(50000);
    keys.push(treatyModule.normalizeTitle(text.slice(0, 30 + (k % 3))));
    text = undefined;
  }
  gc();
  const grown = process.memoryUsage().heapUsed - before;
  assert.equal(keys.length, 24);
  assert.ok(grown < 16 * 1024 * 1024, `heap grew by ${(grown / 1024 / 1024).toFixed(1)} MB`);
});
