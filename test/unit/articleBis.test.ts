// An article added after another as ICAO's Chinese texts write Article 3 bis (the Chicago Convention's 第三条分条, added
// in 1984; 第八十三条分条): an article of its own, numbered as the UN's 第三条之二 (bis, the second) and named as written.
// Before, `第三条分条` was read as a second 第三条 (its 分条 a caption): numbering.duplicate 第三条重复 on a correct text,
// and the outline showed two articles 第三条. Expected readings written from the texts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTreaty } from '../../server/src/model/treaty';
import { diagnostics } from '../../server/src/features/diagnostics';
import { textContext } from '../../server/src/features/context';
import { documentSymbols } from '../../server/src/features/documentSymbols';
import { DocumentSymbol } from 'vscode-languageserver-types';

const text = (heading: string) => `# 国际民用航空公约\n\n第三条\n\n一、本公约仅适用于民用航空器。\n\n二、用于军事的航空器，应认为是国家航空器。\n\n${heading}\n\n一、缔约各国承认，每一国家必须避免对飞行中的民用航空器使用武器。\n\n二、缔约各国承认，每一国家在行使其主权时，有权要求航空器降落。\n\n第四条\n\n缔约各国同意不将民用航空用于和本公约的宗旨不相符的任何目的。\n`;

const CASES: [label: string, heading: string, name: string, caption?: string][] = [
  ['第三条分条 alone on its line', '第三条分条', '第三条分条'],
  ['traditional: 第三條分條', '第三條分條', '第三条分条'],
  ['with a space and a caption', '第三条 分条 对民用航空器使用武器', '第三条分条', '对民用航空器使用武器'],
  ['the UN\'s 第三条之二, as before', '第三条之二', '第三条之二'],
];

const names = (symbols: DocumentSymbol[]): string[] => symbols.flatMap((s) => [s.name, ...names(s.children ?? [])]);

for (const [label, heading, name, caption] of CASES) {
  test(`article bis: ${label}`, () => {
    const t = buildTreaty(text(heading));
    assert.deepEqual(t.articles.map((a) => [a.name, a.num, a.sub, a.paragraphs.length]), [['第三条', 3, undefined, 2], [name, 3, 2, 2], ['第四条', 4, undefined, 1]]);
    if (caption !== undefined) assert.equal(t.articles[1].caption, caption);
    assert.deepEqual(diagnostics(textContext(text(heading))).filter((d) => d.severity === 1 || d.severity === 2).map((d) => `${d.code} ${d.message}`), []);
    assert.ok(names(documentSymbols(textContext(text(heading)))).includes(name));
  });
}

test('article bis: 分条 inside a sentence is no label (加分条件)', () => {
  const t = buildTreaty('# 甲省考试条例\n\n第三条 对符合加分条件的考生应当公示。\n\n第四条 本条例自公布之日起施行。\n');
  assert.deepEqual(t.articles.map((a) => a.name), ['第三条', '第四条']);
});
