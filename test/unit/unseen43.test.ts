// Readings of real text shapes the corpus lacked until session 43 (test/fixtures/real: treaty_gb_ae_friendship_1971_nujm.md,
// notes_cn_su_port_arthur_1952_wikisource.md, convention_vienna_treaties_1969_fabao_p9_oneline.md), as data: a small text
// laid out as such pages lay it out, the reading a reader gives, and the texts each rule must leave alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { textContext } from '../../server/src/features/context';
import { documentSymbols } from '../../server/src/features/documentSymbols';

function names(symbols: DocumentSymbol[], out: string[] = []): string[] {
  for (const s of symbols) {
    out.push(s.name);
    if (s.children) names(s.children, out);
  }
  return out;
}

// A writing manual's description ending with its example label (`…这里介绍的是狭义的条约。 例:`), the model's title on the
// next line, broken by a space inside a name as the page wrapped it: that line is the title.
const MANUAL = '内容 |\n一、条约\n【主题索引】第七编 条约契据类 > 一、条约 条约有广义和狭义之分。这里介绍的是狭义的条约。 例:\n' +
  '甲国和乙 国友好条约\n(1971年12月2日订于某城) 甲国和乙国 希望以友好条约的形式来表达上述意愿; 议定下列各条:\n' +
  '第一条 两国之间的关系,应本着亲密友好的精神处理。\n第二条 本条约应自本日起生效,有效期为十年。\n';
test('a manual\'s example label ending its description: the next line is the model\'s title', () => {
  const t = textContext(MANUAL).treaty;
  assert.equal(t.title?.text, '甲国和乙国友好条约');
  assert.equal(t.kind, '条约');
});
test('a manual\'s description ending with the label alone on its line: the next line is the title', () => {
  const t = textContext(MANUAL.replace('这里介绍的是狭义的条约。 例:', '这里介绍的是狭义的条约。\n例:')).treaty;
  assert.equal(t.title?.text, '甲国和乙国友好条约');
});
// Not: `例如:` or `条例:` ending a line (a sentence going on with examples, a law's name): no label, no title from it.
for (const ending of ['例如:', '依照本条例:']) {
  test(`a line ending with ${ending}: no example label`, () => {
    const t = textContext(MANUAL.replace('这里介绍的是狭义的条约。 例:', `这里介绍的是狭义的条约,${ending}`)).treaty;
    assert.notEqual(t.title?.text, '甲国和乙国友好条约');
  });
}
