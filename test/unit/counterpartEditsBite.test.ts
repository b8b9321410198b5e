// Renumbering and rename across the texts of one instrument in several languages
// (features/counterpartEdits.ts), as data: a workspace of a Chinese text and its English
// counterpart (found by their names, 协定.zh.md / 协定.en.md), and the whole answer — every edit
// ⟦old→new⟧ in place, by file, the count, the dangling references and the refusal as the user
// reads it. Written by reading the texts, for the mutation run of counterpartEdits.ts
// (docs/mutation.md, branch mutren12).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contextOf } from '../../server/src/features/context';
import { renameWithCounterparts, renumberWithCounterparts } from '../../server/src/features/counterpartEdits';
import { RenameWant, RenumberingWant, markedEdit, renumbering } from '../support/editMarks';
import { workspace } from '../support/workspace';
import { ROOT } from '../support/fixture';
import * as fs from 'fs';
import * as path from 'path';

const zh = (...heads: string[]) => `# 中华人民共和国政府和测试国政府关于测试合作的协定\n\n${heads.map((h) => `## ${h}\n\n双方合作。\n`).join('\n')}`;
const en = (...heads: string[]) => `# Agreement between the Government of the People's Republic of China and the Government of Testland on Cooperation\n\n${heads.map((h) => `## ${h}\n\nThe Parties shall cooperate.\n`).join('\n')}`;
const pair = (a: string, b: string) => `%! 协定.zh.md\n${a}%! 协定.en.md\n${b}`;


const RENUMBERS: [string, string, RenumberingWant][] = [
  ['closing a gap in both texts: each heading takes its new number',
    pair(zh('第一条', '第三条', '第四条'), en('Article 1', 'Article 3', 'Article 4')),
    { files: {
      '协定.zh.md': ['7: ## 第⟦三→二⟧条', '11: ## 第⟦四→三⟧条'],
      '协定.en.md': ['7: ## Article ⟦3→2⟧', '11: ## Article ⟦4→3⟧'],
    }, articles: 2, dangling: [] }],
  ['the counterpart already numbered right is left alone',
    pair(zh('第一条', '第三条'), en('Article 1', 'Article 2')),
    { files: { '协定.zh.md': ['7: ## 第⟦三→二⟧条'] }, articles: 1, dangling: [] }],
  ['nothing to renumber: no edit, with counterparts',
    pair(zh('第一条', '第二条'), en('Article 1', 'Article 2')),
    { articles: 0, dangling: [] }],
  ['the Chinese text refuses: its answer as it is, the counterpart not looked at',
    pair(zh('第一条', '第三条').replace('双方合作。\n', '依照第二条。\n'), en('Article 1', 'Article 3')),
    { articles: 1, dangling: ['第5行“第二条”'], refused: '悬空引用第5行“第二条”会指向新编号的条款' }],
  ['the counterpart refuses (its dangling `Article 2` would come to name an article): the whole edit is refused',
    pair(zh('第一条', '第三条'), en('Article 1', 'Article 3').replace('The Parties shall cooperate.\n', 'Under Article 2.\n')),
    { articles: 1, dangling: [], refused: '英文本无法同样修改：悬空引用第5行“Article 2”会指向新编号的条款' }],
];

for (const [name, source, want] of RENUMBERS) {
  test(`counterpart renumber: ${name}`, () => {
    const ws = workspace(source);
    assert.deepEqual(renumbering(ws, renumberWithCounterparts(contextOf(ws.index, ws.snapshot(ws.file('协定.zh.md'))))), want);
  });
}

const RENAMES: [string, string, string, RenameWant][] = [
  ['the paired article of the counterpart is renamed too',
    pair(zh('第一条', '第‸二条'), en('Article 1', 'Article 2')), '第五条',
    { '协定.zh.md': ['7: ## 第⟦二→五⟧条'], '协定.en.md': ['7: ## Article ⟦2→5⟧'] }],
  ['renamed to its own number: nothing to change',
    pair(zh('第一条', '第‸二条'), en('Article 1', 'Article 2')), '二',
    {}],
  ['a number another article has: refused, as for one text',
    pair(zh('第一条', '第‸二条'), en('Article 1', 'Article 2')), '第一条',
    { refused: '本协定已有第一条。请选择其他条号，或先“重新编号全部条款”。' }],
  ['not on an article: nothing',
    pair(zh('第一条', '第二条').replace('双方‸合作', '双方合作').replace('# 中华', '# 中‸华'), en('Article 1', 'Article 2')), '第五条',
    null],
  ['the counterpart refuses: the rename is refused with its reason',
    pair(zh('第一条', '第‸二条'), en('Article 1', 'Article 2').replace('The Parties shall cooperate.\n', 'Under Article 5.\n')), '第五条',
    { refused: '英文本无法同样修改：悬空引用第5行“Article 5”会指向新编号的条款' }],
];

for (const [name, source, newName, want] of RENAMES) {
  test(`counterpart rename: ${name}`, () => {
    const ws = workspace(source);
    const r = renameWithCounterparts(contextOf(ws.index, ws.snapshot()), ws.offset, newName);
    assert.deepEqual(r && 'changes' in r ? markedEdit(ws, r) : r, want);
  });
}

// The Korean Armistice Agreement's first article as its Chinese (traditional, Wikisource) and English (a PDF's copy) texts
// give it (test/fixtures/multilingual/kr_armistice_1953_art1): renamed 第二條 as the traditional text writes it, the
// English `ARTICLE I: …` follows as `ARTICLE II`.
test('counterpart rename: a traditional text renamed in its own script (第二條), the English counterpart\'s Roman number follows', () => {
  const dir = path.join(ROOT, 'test/fixtures/multilingual');
  const ws = workspace(`%! 协定.zh.md\n${fs.readFileSync(path.join(dir, 'kr_armistice_1953_art1.zh.md'), 'utf8').replace('第一條、', '第‸一條、')}%! 协定.en.md\n${fs.readFileSync(path.join(dir, 'kr_armistice_1953_art1.en.md'), 'utf8')}`);
  const r = renameWithCounterparts(contextOf(ws.index, ws.snapshot()), ws.offset, '第二條');
  assert.deepEqual(r && 'changes' in r ? markedEdit(ws, r) : r, { '协定.zh.md': ['7: 第⟦一→二⟧條、軍事分界綫與非軍事區 编辑'], '协定.en.md': ['9:     ARTICLE ⟦I→II⟧: MILITARY DEMARCATION LINE AND DEMILITARIZEDZONE'] });
});

test('counterpart rename: an article with no pair in the counterpart renames in its own text only; a paired one moves by as much', () => {
  const three = workspace(pair(zh('第一条', '第二条', '第‸三条'), en('Article 1', 'Article 2')));
  const r = renameWithCounterparts(contextOf(three.index, three.snapshot()), three.offset, '第五条');
  assert.deepEqual(r && 'changes' in r ? markedEdit(three, r) : r, { '协定.zh.md': ['11: ## 第⟦三→五⟧条'] });
  const offset = workspace(pair(zh('第一条', '第‸三条'), en('Article 1', 'Article 2')));
  const o = renameWithCounterparts(contextOf(offset.index, offset.snapshot()), offset.offset, '第五条');
  assert.deepEqual(o && 'changes' in o ? markedEdit(offset, o) : o, { '协定.zh.md': ['7: ## 第⟦三→五⟧条'], '协定.en.md': ['7: ## Article ⟦2→4⟧'] });
});
