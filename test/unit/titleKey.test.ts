// A snapshot's title key (what the title map files it under) is read once: a keystroke in
// a long document parses its 8 KB head once, however often the server asks for the title
// (before and after the change, the title map, resolution).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as treatyModule from '../../server/src/model/treaty';
import { Snapshot } from '../../server/src/index/workspace';

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

test('a long document: three reads of the title key, one parse of the head, no model built', () => {
  const s = new Snapshot('file:///w/a.md', long, 2, 'markdown');
  let keys: (string | undefined)[] = [];
  const n = parses(() => {
    keys = [s.titleKey, s.titleKey, s.titleKey];
  });
  assert.deepEqual({ n, keys, model: s.hasModel }, {
    n: 1,
    keys: Array(3).fill('中华人民共和国政府和哈萨克斯坦共和国政府边境合作协定'),
    model: false,
  });
});

test('a text without a title: the file name’s, read once', () => {
  const s = new Snapshot('file:///w/%E8%81%94%E5%90%88%E5%9B%BD%E5%AE%AA%E7%AB%A0.md', `我联合国人民同兹决心，\n\n${body}`, 1, undefined);
  let keys: (string | undefined)[] = [];
  const n = parses(() => {
    keys = [s.titleKey, s.titleKey];
  });
  assert.deepEqual({ n, keys }, { n: 1, keys: ['联合国宪章', '联合国宪章'] });
});
