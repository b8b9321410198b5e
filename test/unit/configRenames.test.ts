// `.treatyrc.json`'s counterparts followed through a rename (protocol/configRenames.ts, `workspace/willRenameFiles`),
// without a client: the configuration's text and the renames in, the text the replacements leave out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'path';
import { Rename, counterpartRenames } from '../../server/src/protocol/configRenames';

const ROOT = path.resolve('/ws/条约');
const at = (p: string) => path.join(ROOT, p);

/** The configuration `text` after the replacements for `renames` (relative to ROOT, or absolute). */
function renamed(text: string, renames: [string, string][]): string {
  const list: Rename[] = renames.map(([from, to]) => ({ from: path.isAbsolute(from) ? from : at(from), to: path.isAbsolute(to) ? to : at(to) }));
  let out = text;
  // From the end, so that earlier offsets hold.
  for (const r of [...counterpartRenames(text, ROOT, list)].sort((a, b) => b.start - a.start)) out = out.slice(0, r.start) + r.text + out.slice(r.end);
  return out;
}

const CASES: { name: string; config: string; renames: [string, string][]; expected: string }[] = [
  {
    name: 'a text renamed: its path in the group, nothing else',
    config: '{\n  "severity": { "ref.citation-not-found": "off" },\n  "counterparts": [\n    ["协定.md", "协定.ru.md"],\n    ["议定书.md", "议定书.en.md"]\n  ]\n}\n',
    renames: [['协定.ru.md', '文本/协定.俄文.md']],
    expected: '{\n  "severity": { "ref.citation-not-found": "off" },\n  "counterparts": [\n    ["协定.md", "文本/协定.俄文.md"],\n    ["议定书.md", "议定书.en.md"]\n  ]\n}\n',
  },
  {
    name: 'a folder renamed: every text in it, in every group; a folder whose name it begins not',
    config: '{"counterparts": [["texts/协定.md", "texts/ru/协定.md"], ["texts2/a.md", "b.md"]]}',
    renames: [['texts', '文本']],
    expected: '{"counterparts": [["文本/协定.md", "文本/ru/协定.md"], ["texts2/a.md", "b.md"]]}',
  },
  {
    name: 'written as before: ./ kept, an absolute path absolute, a text moved out of the folder relative to it',
    config: `{"counterparts": [["./协定.md", ${JSON.stringify(at('协定.ru.md'))}, "协定.en.md"]]}`,
    renames: [['协定.md', '新协定.md'], ['协定.ru.md', '俄文.md'], ['协定.en.md', path.resolve('/ws/other/协定.en.md')]],
    expected: `{"counterparts": [["./新协定.md", ${JSON.stringify(at('俄文.md'))}, "../other/协定.en.md"]]}`,
  },
  {
    name: 'a path written with an escape, or through a folder: matched by the file it names',
    config: '{"counterparts": [["\\u534f\\u5b9a.md", "sub/../协定.ru.md"]]}',
    renames: [['协定.md', '甲.md'], ['协定.ru.md', '乙.md']],
    expected: '{"counterparts": [["甲.md", "乙.md"]]}',
  },
  {
    name: 'the same names elsewhere in the file (ignore, include, a value "counterparts", groups under another key): untouched',
    config: '{"ignore": ["协定.md", "counterparts"], "include": ["协定.md"], "other": [["协定.md", "b.md"]], "counterparts": [["协定.md", "b.md"]], "markdownDetection": true}',
    renames: [['协定.md', '甲.md']],
    expected: '{"ignore": ["协定.md", "counterparts"], "include": ["协定.md"], "other": [["协定.md", "b.md"]], "counterparts": [["甲.md", "b.md"]], "markdownDetection": true}',
  },
  {
    name: 'counterparts not in groups (a flat list, which the server does not read as pairs): untouched',
    config: '{"counterparts": ["协定.md", "b.md"]}',
    renames: [['协定.md', '甲.md']],
    expected: '{"counterparts": ["协定.md", "b.md"]}',
  },
  {
    name: 'no counterpart renamed (another file, a name it begins, a text renamed to itself): no edit',
    config: '{"counterparts": [["a.md", "b.md"]], "ignore": ["c.md"]}',
    renames: [['c.md', 'd.md'], ['a.md.bak', 'x.md'], ['b.md', 'b.md']],
    expected: '{"counterparts": [["a.md", "b.md"]], "ignore": ["c.md"]}',
  },
  {
    name: 'a configuration that is not JSON (being typed): no edit',
    config: '{"counterparts": [["a.md", "b.md"]',
    renames: [['a.md', 'c.md']],
    expected: '{"counterparts": [["a.md", "b.md"]',
  },
];

for (const c of CASES) {
  test(`configRenames: ${c.name}`, () => {
    assert.equal(renamed(c.config, c.renames), c.expected);
  });
}

test('configRenames: each replacement is one string literal of the counterparts, quotes included', () => {
  const config = '{"counterparts": [["协定.md", "协定.ru.md"]]}';
  const [r, ...rest] = counterpartRenames(config, ROOT, [{ from: at('协定.ru.md'), to: at('俄.md') }]);
  assert.deepEqual(rest, []);
  assert.equal(config.slice(r.start, r.end), '"协定.ru.md"');
  assert.equal(r.text, '"俄.md"');
  // Renamed to itself: no replacement at all.
  assert.deepEqual(counterpartRenames(config, ROOT, [{ from: at('协定.md'), to: at('协定.md') }]), []);
});
