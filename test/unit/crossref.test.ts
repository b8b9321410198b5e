// Cross-references: definition, hover, references, highlights, links, workspace
// symbols, code lens and diagnostics. Each case is data: a workspace in one string
// (`%! name.md` starts a file), `‸` the cursor, `⟦…⟧` the expected target(s).
import { test } from 'node:test';
import { contextOf } from '../../server/src/features/context';
import assert from 'node:assert/strict';
import { definition } from '../../server/src/features/definition';
import { hover } from '../../server/src/features/hover';
import { references, documentHighlights } from '../../server/src/features/references';
import { documentLinks } from '../../server/src/features/documentLinks';
import { workspaceSymbols } from '../../server/src/features/workspaceSymbols';
import { codeLenses } from '../../server/src/features/codeLens';
import { diagnostics } from '../../server/src/features/diagnostics';
import { completion } from '../../server/src/features/completion';
import { documentSymbols } from '../../server/src/features/documentSymbols';
import { codeActions } from '../../server/src/features/codeActions';
import { renumberArticles } from '../../server/src/features/renumber';
import fc from 'fast-check';
import { workspace } from '../support/workspace';
import { seeds } from '../support/fixture';
import { unescapeMarkdown } from '../support/markdown';

const CHARTER = `%! charter.md
# 联合国宪章

## 第一条

联合国之宗旨为维持国际和平及安全。

## 第一百零二条

⟦一、本宪章发生效力后，联合国任何会员国所缔结之一切条约及国际协定应尽速在秘书处登记，并由秘书处公布之。⟧

二、未经依本条第一项规定登记之条约或国际协定，不得向联合国任何机关援引之。
`;

/** [name, workspace source] — the cursor's reference must go to the first ⟦…⟧ of the file holding marks. */
const DEFINITIONS: [string, string][] = [
  ['本协议第十二条 → article 12', `# 测试协议\n\n## 第一条\n\n按照本协议第十二‸条执行。\n\n## ⟦第十二条⟧\n\n本协议自签字之日起生效。\n`],
  ['bare 第X条 with spaces and Arabic numerals', `# 测试协议\n\n## ⟦第三条⟧\n\n甲。\n\n## 第四条\n\n依照第 ‸3 条办理。\n`],
  ['spaced heading 第 十 一 条 is found by 第十一条', `# 测试条约\n\n## ⟦第 十 一 条⟧\n\n甲。\n\n## 第十二条\n\n见本条约第十一‸条。\n`],
  ['第X条第Y款 → the paragraph', `# 测试协议\n\n## 第一条\n\n甲。\n\n⟦乙。⟧\n\n## 第二条\n\n适用第一条第二‸款。\n`],
  ['第X条第（Z）项 → the item', `# 测试协定\n\n## 第二条\n\n双方在以下方面合作：\n\n（一）甲；\n\n⟦（三）丙。⟧\n\n## 第三条\n\n本协定第二条第（三‸）项所列事项。\n`.replace('⟦（三）丙。⟧', '（二）乙；\n\n⟦（三）丙。⟧')],
  ['本条 → the enclosing article', `# 测试协议\n\n## ⟦第一条⟧\n\n本‸条所称信息，指书面信息。\n`],
  ['前条 → the preceding article', `# 测试协议\n\n## ⟦第一条⟧\n\n甲。\n\n## 第二条\n\n前‸条规定的信息。\n`],
  ['前款 → the preceding paragraph', `# 测试协议\n\n## 第一条\n\n⟦甲。⟧\n\n前‸款规定的信息。\n`],
  ['前两款 → the first of the two paragraphs before it', `# 测试协议\n\n## 第一条\n\n⟦甲。⟧\n\n乙。\n\n前‸两款规定的信息。\n`],
  ['前两条 → the first of the two articles before it', `# 测试协议\n\n## 第一条\n\n甲。\n\n## ⟦第二条⟧\n\n乙。\n\n## 第三条\n\n丙。\n\n## 第四条\n\n前‸两条规定的信息。\n`],
  ['次两条 → the first of the two articles after it', `# 测试协议\n\n## 第一条\n\n次‸两条规定的信息。\n\n## ⟦第二条⟧\n\n乙。\n\n## 第三条\n\n丙。\n\n## 第四条\n\n丁。\n`],
  ['上款 → the preceding paragraph, as 前款', `# 测试协议\n\n## 第一条\n\n⟦甲。⟧\n\n依照上‸款规定。\n`],
  ['该条 → the article named before it on its line', `# 测试协议\n\n## ⟦第一条⟧\n\n甲。\n\n## 第二条\n\n违反第一条的，依照该‸条规定处理。\n`],
  ['a range 第一条至第二条: the second end', `# 测试协议\n\n## 第一条\n\n甲。\n\n## ⟦第二条⟧\n\n乙。\n\n## 第三条\n\n第一条至第二‸条的规定。\n`],
  ['several numbers sharing one 條 (第1和2條): the first', `# 测试协议\n\n## ⟦第一条⟧\n\n甲。\n\n## 第二条\n\n乙。\n\n## 第三条\n\n第‸1和2條的規定。\n`],
  ['several numbers sharing one 條 (第1和2條): the second', `# 测试协议\n\n## 第一条\n\n甲。\n\n## ⟦第二条⟧\n\n乙。\n\n## 第三条\n\n第1和‸2條的規定。\n`],
  ['a range sharing one 条 (第一至二条): the second end', `# 测试协议\n\n## 第一条\n\n甲。\n\n## ⟦第二条⟧\n\n乙。\n\n## 第三条\n\n第一至二‸条的规定。\n`],
  ['a range 第一条至第二条: the first end', `# 测试协议\n\n## ⟦第一条⟧\n\n甲。\n\n## 第二条\n\n乙。\n\n## 第三条\n\n第一‸条至第二条的规定。\n`],
  ['《title》 → the document holding it', `%! a.md\n# 测试协定\n\n根据《联合国‸宪章》，达成协议如下：\n\n## 第一条\n\n甲。\n${CHARTER.replace('# 联合国宪章', '# ⟦联合国宪章⟧').replace('⟦一、', '一、').replace('之。⟧', '之。')}`],
  ['《title》第X条 → that article there', `%! a.md\n# 测试协定\n\n## 第一条\n\n本协定需根据《联合国宪章》第 102 ‸条规定登记。\n${CHARTER.replace('## 第一百零二条', '## ⟦第一百零二条⟧').replace('⟦一、', '一、').replace('之。⟧', '之。')}`],
  ['《title》 with OCR spaces and footnote markers matches the normalized title', `%! a.md\n# 测试协定\n\n根据《中华人民共和国国防部和哈萨克斯坦共和国民族安全委员会边防合‸作协议》，达成协议如下：\n\n## 第一条\n\n甲。\n%! b.md\n# ⟦中华人民共和国国防部 和哈萨克斯坦共和国民族 安全委员会边防合作协议<sup>\\*</sup>⟧\n\n## 第一条\n\n甲。\n`],
  ['the date before the citation picks one of two same-titled documents', `%! a.md\n# 测试协定\n\n重申1995年9月11日中哈联合‸声明的原则。\n\n## 第一条\n\n甲。\n%! s1993.md\n〖RQ/日期〗19931019〖-RQ/日期〗\n〖BT/标题〗中华人民共和国和哈萨克斯坦共和国联合声明〖-BT/标题〗\n〖ZW/正文〗\n    一、甲。\n    二、乙。\n    1993年10月18日于北京\n%! s1995.md\n〖RQ/日期〗19950912〖-RQ/日期〗\n〖BT/标题〗⟦中华人民共和国和哈萨克斯坦共和国联合声明⟧〖-BT/标题〗\n〖ZW/正文〗\n    一、甲。\n    二、乙。\n    1995年9月11日于北京\n`],
  ['a defined short name of an instrument: 协议第二条', `%! a.md\n# 测试议定书\n\n根据《测试边防合作协议》（以下简称“协议”），达成协议如下：\n\n## 第一条\n\n协议第二‸条所称信息，包括本议定书规定的信息。\n%! b.md\n# 测试边防合作协议\n\n## 第一条\n\n甲。\n\n## ⟦第二条⟧\n\n乙。\n`],
  ['a defined term → its definition', `# 测试协议\n\n中华人民共和国国防部和哈萨克斯坦共和国民族安全委员会（以下简称“⟦双方⟧”），达成协议如下：\n\n## 第一条\n\n双‸方开展合作。\n`],
  ['本协议 → this document\'s title', `# ⟦测试协议⟧\n\n## 第一条\n\n本协‸议自签字之日起生效。\n`],
];

for (const [name, source] of DEFINITIONS) {
  test(`definition: ${name}`, () => {
    const ws = workspace(source);
    const target = ws.fx.files.find((f) => f.marks.length > 0)!;
    const links = definition(contextOf(ws.index, ws.snapshot()), ws.offset);
    assert.equal(links.length, 1, 'one target');
    const expected = ws.location(target);
    assert.equal(links[0].targetUri, expected.uri);
    assert.deepEqual(links[0].targetSelectionRange.start, expected.range.start);
    assert.deepEqual(links[0].targetSelectionRange.end.line, expected.range.end.line);
  });
}

test('definition: a 《title》 → the title\'s lines, the selection inside, no line break', () => {
  // [the citation, the cited file's title as written, its first and last line]: one line, then
  // a title broken over two lines (as PDFs and databases break them).
  const CASES = [
    ['《测试边防合作协‸议》', '# 测试边防合作协议', 1, 1],
    ['《测试国和乙国关于边防合作的协‸议》', '测试国和乙国关于边防\n合作的协议', 1, 2],
  ] as const;
  for (const [citation, title, first, last] of CASES) {
    const ws = workspace(`%! a.md\n# 测试议定书\n\n根据${citation}，达成协议如下：\n\n## 第一条\n\n甲。\n%! b.md\n\n${title}\n\n## 第一条\n\n甲。\n`);
    const [link] = definition(contextOf(ws.index, ws.snapshot()), ws.offset);
    assert.ok(link, title);
    assert.deepEqual(link.targetRange, { start: { line: first, character: 0 }, end: link.targetSelectionRange.end }, title);
    assert.deepEqual([link.targetSelectionRange.start.line, link.targetSelectionRange.end.line], [first, last], title);
  }
});

test('definition: on seed 000, 本协议第十二条 lands on article 12', () => {
  const seed = seeds().get('000')!;
  const at = seed.text.indexOf('本协议第十二条') + 5;
  const ws = workspace(`%! ${seed.name}\n${seed.text.slice(0, at)}‸${seed.text.slice(at)}`);
  const [link] = definition(contextOf(ws.index, ws.snapshot()), ws.offset);
  assert.equal(link.targetSelectionRange.start.line, seed.text.split('\n').findIndex((l) => l === '## 第 十 二 条'));
});

test('definition: no answer on plain text, a missing article or an unknown citation', () => {
  for (const src of ['# 测试协议\n\n## 第一条\n\n双方开‸展合作。\n', '# 测试协议\n\n## 第一条\n\n依照第九‸条。\n', '# 测试协议\n\n根据《不存在的‸条约》。\n\n## 第一条\n\n甲。\n']) {
    const ws = workspace(src);
    assert.deepEqual(definition(contextOf(ws.index, ws.snapshot()), ws.offset), []);
  }
});

const HOVERS: [string, string, RegExp][] = [
  ['an article shows its text', `# 测试协议\n\n## 第一条\n\n见本协议第二‸条。\n\n## 第二条\n\n本协议自签字之日起生效。\n`, /\*\*第二条\*\*\n\n本协议自签字之日起生效。/],
  ['an instrument shows title, date, place, parties, languages, file', `%! a.md\n# 测试协定\n\n根据2002年1月17日《甲国和乙国边防合‸作协议》，达成协议如下：\n\n## 第一条\n\n甲。\n%! b.md\n# 甲国和乙国边防合作协议\n\n甲国和乙国（以下简称“双方”），达成协议如下：\n\n## 第一条\n\n本协议自签字之日起生效。\n\n本协议于2002年1月17日在北京签署，一式两份，每份均用中文和俄文写成，两种文本同等作准。\n`, /甲国和乙国边防合作协议[\s\S]*2002年1月17日，北京[\s\S]*甲国、乙国[\s\S]*中文、俄文[\s\S]*生效：本协议自签字之日起生效[\s\S]*b\.md/],
  ['a defined term shows what it stands for', `# 测试协议\n\n甲国和乙国（以下简称“双方”），达成协议如下：\n\n## 第一条\n\n双‸方开展合作。\n`, /“双方”\*\* 指 甲国和乙国/],
  ['前两款 shows the two paragraphs it names, not the one it is written in', `# 测试协议\n\n## 第一条\n\n甲。\n\n乙。\n\n前两‸款规定的信息。\n`, /^\*\*第一条\*\*\n\n甲。\n\n乙。$/],
  ['前两条 shows the two articles it names, each under its name', `# 测试协议\n\n## 第一条\n\n甲。\n\n## 第二条\n\n乙。\n\n## 第三条\n\n丙。\n\n## 第四条\n\n前两‸条规定的信息。\n`, /^\*\*第二条\*\*\n\n乙。\n\n\*\*第三条\*\*\n\n丙。$/],
  ['the second of two numbers sharing one 条 shows its article', `# 测试协议\n\n## 第一条\n\n甲。\n\n## 第二条\n\n乙。\n\n## 第三条\n\n依照第一、二‸条。\n`, /^\*\*第二条\*\*\n\n乙。$/],
  ['a long article is shortened', `# 测试协议\n\n## 第一条\n\n见第二‸条。\n\n## 第二条\n\n${'双方开展合作。'.repeat(200)}\n`, /……$/],
];
for (const [name, source, expected] of HOVERS) {
  test(`hover: ${name}`, () => {
    const ws = workspace(source);
    const h = hover(contextOf(ws.index, ws.snapshot()), ws.offset);
    assert.ok(h, 'a hover');
    assert.match(unescapeMarkdown((h!.contents as { value: string }).value), expected);
  });
}

test('references: an article, from this document and from a citing one', () => {
  const ws = workspace(`%! charter.md\n# 联合国宪章\n\n## 第一条\n\n甲。\n\n## 第一百零‸二条\n\n登记。\n\n## 第一百零三条\n\n依照⟦第一百零二条⟧。\n%! a.md\n# 测试协定\n\n## 第一条\n\n本协定需根据《联合国宪章》⟦第 102 条⟧规定登记。\n%! b.md\n# 测试条约\n\n## 第一条\n\n本条约需根据《联合国宪章》⟦第一百零二条⟧规定登记；本条约第一条。\n`);
  const locs = references(contextOf(ws.index, ws.snapshot()), ws.offset, false);
  const got = locs.map((l) => `${l.uri.split('/').pop()}:${l.range.start.line}:${l.range.start.character}`).sort();
  const want = ['charter.md', 'a.md', 'b.md'].map((n) => {
    const loc = ws.location(ws.file(n));
    return `${n}:${loc.range.start.line}:${loc.range.start.character}`;
  });
  // The citation's article reference starts at 《; the label is marked.
  assert.equal(got.length, 3);
  assert.ok(got.includes(want[0]));
  assert.deepEqual(got.filter((g) => !g.startsWith('charter')).map((g) => g.split(':')[0]).sort(), ['a.md', 'b.md']);
});

test('references: a title, every citing document', () => {
  const ws = workspace(`%! charter.md\n# 联合‸国宪章\n\n## 第一条\n\n甲。\n%! a.md\n# 测试协定\n\n遵循《联合国宪章》的宗旨。\n\n## 第一条\n\n甲。\n%! b.md\n# 测试条约\n\n## 第一条\n\n遵循《联合国宪章》。\n%! c.md\n# 无关条约\n\n## 第一条\n\n甲。\n`);
  const locs = references(contextOf(ws.index, ws.snapshot()), ws.offset, true);
  assert.deepEqual(locs.map((l) => l.uri.split('/').pop()).sort(), ['a.md', 'b.md', 'charter.md']);
});

test('document highlights: an article heading and its references in the document', () => {
  const ws = workspace(`# 测试协议\n\n## 第‸二条\n\n乙。\n\n## 第三条\n\n依照第二条和本协议第二条，不适用第三条。\n`);
  const hs = documentHighlights(contextOf(ws.index, ws.snapshot()), ws.offset);
  assert.equal(hs.length, 3);
});

test('document links: a resolved citation links to its file, and its article to the line', () => {
  const ws = workspace(`%! a.md\n# 测试协定\n\n## 第一条\n\n本协定需根据《联合国宪章》第一百零二条规定登记。\n${CHARTER}`);
  const links = documentLinks(contextOf(ws.index, ws.snapshot(ws.file('a.md'))));
  assert.deepEqual(links.map((l) => l.target), ['file:///ws/charter.md', 'file:///ws/charter.md#L7']);
});

test('workspace symbols: 第12条 finds 第十二条; a title word finds the instrument', () => {
  const seed = seeds().get('000')!;
  const ws = workspace(`%! ${seed.name}\n${seed.text}\n${CHARTER.replace(/⟦|⟧/g, '')}`);
  const arts = workspaceSymbols(ws.index, '第12条');
  assert.deepEqual(arts.map((s) => s.name), ['第十二条 第12条']);
  assert.deepEqual(workspaceSymbols(ws.index, '宪章').map((s) => s.name), ['联合国宪章']);
  assert.deepEqual(workspaceSymbols(ws.index, '宪章第102条').map((s) => s.name), ['第一百零二条 宪章第102条']);
});

test('code lens: cited N times on referenced articles', () => {
  const ws = workspace(`%! charter.md\n# 联合国宪章\n\n## 第一条\n\n甲。\n\n## 第一百零二条\n\n登记。\n\n## 第一百零三条\n\n依照第一百零二条。\n%! a.md\n# 测试协定\n\n## 第一条\n\n根据《联合国宪章》第102条。\n`);
  const lenses = codeLenses(contextOf(ws.index, ws.snapshot(ws.file('charter.md'))));
  assert.deepEqual(lenses.map((l) => [l.range.start.line, l.command?.title]), [[6, '被引用 2 次']]);
});

test('diagnostics: missing article (error), unknown citation (information), date mismatch (warning)', () => {
  const ws = workspace(`%! a.md\n# 测试协定\n\n根据2001年1月1日《联合国宪章》和《不存在的条约》，达成协议如下：\n\n## 第一条\n\n依照本协定第九条和《联合国宪章》第五条。\n\n本协定于2002年1月17日在北京签署，一式两份，每份均用中文和俄文写成，两种文本同等作准。\n%! charter.md\n# 联合国宪章\n\n## 第一条\n\n甲。\n\n本宪章于1945年6月26日在旧金山签字。\n`);
  const ds = diagnostics(contextOf(ws.index, ws.snapshot(ws.file('a.md'))));
  assert.deepEqual(ds.map((d) => [d.code, d.severity]).sort(), [
    ['ref.citation-not-found', 3], ['ref.date-mismatch', 2], ['ref.no-such-article', 1], ['ref.no-such-article', 1],
  ].sort());
  const off = diagnostics(contextOf(ws.index, ws.snapshot(ws.file('a.md')), undefined, { severity: { 'ref.citation-not-found': 'off', 'ref.date-mismatch': 'error' } }));
  assert.deepEqual(off.map((d) => [d.code, d.severity]).sort(), [['ref.date-mismatch', 1], ['ref.no-such-article', 1], ['ref.no-such-article', 1]].sort());
});

test('diagnostics: numbering gaps and repeats, signing-clause consistency', () => {
  const ws = workspace('# 测试协定\n\n## 第一条\n\n甲。\n\n## 第三条\n\n乙。\n\n## 第三条\n\n丙。\n\n本协议于2002年1月17日在北京签署，一式两份，每份均用中文、哈文和俄文写成，两种文本同等作准。\n');
  assert.deepEqual(diagnostics(contextOf(ws.index, ws.snapshot())).map((d) => d.code), ['numbering.gap', 'numbering.duplicate', 'signing.self-reference', 'signing.authentic-count']);
});

test('diagnostics: the five seeds have no reference errors', () => {
  for (const [id, seed] of seeds()) {
    const ws = workspace(`%! ${seed.name}\n${seed.text}`);
    const errors = diagnostics(contextOf(ws.index, ws.snapshot())).filter((d) => d.severity === 1);
    assert.deepEqual(errors.map((d) => d.message), [], `seed ${id}`);
  }
});

test('bad input: cyclic citations, self-citation, two documents with one title, impossible dates', () => {
  const ws = workspace(`%! a.md\n# 甲条约\n\n根据《乙条约》和《甲条约》，以及2002年13月45日《乙条约》，达成协议如下：\n\n## 第一条\n\n见《甲条约》第一条和《乙条约》第一条。\n%! b.md\n# 乙条约\n\n根据《甲条约》。\n\n## 第一条\n\n见《甲条约》第一条。\n%! b2.md\n# 乙条约\n\n## 第一条\n\n甲。\n`);
  for (const f of ws.fx.files) {
    const s = ws.snapshot(f);
    diagnostics(contextOf(ws.index, s));
    codeLenses(contextOf(ws.index, s));
    for (let i = 0; i < s.text.length; i += 3) {
      definition(contextOf(ws.index, s), i);
      hover(contextOf(ws.index, s), i);
      references(contextOf(ws.index, s), i, true);
    }
  }
  const self = definition(contextOf(ws.index, ws.snapshot(ws.file('a.md'))), ws.snapshot(ws.file('a.md')).text.indexOf('《甲条约》第一条') + 6);
  assert.equal(self[0].targetUri, 'file:///ws/a.md');
});

test('index: a deleted document no longer resolves; a renamed one resolves under its new name', () => {
  const ws = workspace(`%! a.md\n# 测试协定\n\n根据《联合国‸宪章》。\n\n## 第一条\n\n甲。\n${CHARTER.replace(/⟦|⟧/g, '')}`);
  assert.equal(definition(contextOf(ws.index, ws.snapshot()), ws.offset).length, 1);
  const text = ws.snapshot(ws.file('charter.md')).text;
  // The charter is a file on disk, not open in the editor (an open document outlives its file).
  ws.index.close('file:///ws/charter.md');
  ws.index.set('file:///ws/charter.md', text, 0);
  assert.equal(definition(contextOf(ws.index, ws.snapshot()), ws.offset).length, 1);
  ws.index.delete('file:///ws/charter.md');
  assert.equal(definition(contextOf(ws.index, ws.snapshot()), ws.offset).length, 0);
  ws.index.set('file:///ws/renamed.md', text, 0);
  assert.equal(definition(contextOf(ws.index, ws.snapshot()), ws.offset)[0].targetUri, 'file:///ws/renamed.md');
});

// Skipped under mutation testing (stryker.config.mjs): seconds per mutant, and it only checks that nothing throws.
test('property: on randomly edited seeds every feature answers without throwing', { skip: process.env.MUTATION_SKIP_PROPERTIES === '1' }, () => {
  const texts = [...seeds().values()].map((s) => s.text);
  const pieces = ['第', '条', '款', '项', '第十二条', '本协议第三条第二款', '《联合国宪章》第102条', '前款', '本条', '至', '（以下简称“双方”）', '\n', '## ', '一、', '（三）', '2002年13月45日', '《', '》', '签署', '作准'];
  fc.assert(
    fc.property(fc.constantFrom(...texts), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 60 }), fc.constantFrom(...pieces)), { maxLength: 6 }), fc.nat(), (text, edits, at) => {
      let t = text;
      for (const [i, del, ins] of edits) {
        const p = i % (t.length + 1);
        t = t.slice(0, p) + ins + t.slice(p + del);
      }
      const ws = workspace(`%! a.md\n${t}\n%! b.md\n${texts[0]}`);
      const s = ws.snapshot(ws.file('a.md'));
      const offset = at % (s.text.length + 1);
      const ds = diagnostics(contextOf(ws.index, s));
      codeActions(contextOf(ws.index, s), ds);
      renumberArticles(contextOf(ws.index, s));
      definition(contextOf(ws.index, s), offset);
      hover(contextOf(ws.index, s), offset);
      references(contextOf(ws.index, s), offset, true);
      documentHighlights(contextOf(ws.index, s), offset);
      documentLinks(contextOf(ws.index, s));
      codeLenses(contextOf(ws.index, s));
      documentSymbols(contextOf(ws.index, s));
      completion(contextOf(ws.index, s), contextOf(ws.index, s).lines.positionAt(offset), { snippets: [] });
    }),
    { numRuns: 200 },
  );
});

test('inlay hints name the target of 本条, 前款 and 前条', async () => {
  const { inlayHints } = await import('../../server/src/features/inlayHints.js');
  const ws = workspace('# 测试协议\n\n## 第四条\n\n甲。\n\n## 第五条\n\n一、前条和本条适用。\n\n二、前款第（二）项除外。\n');
  const hints = inlayHints(contextOf(ws.index, ws.snapshot()), { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } });
  assert.deepEqual(hints.map((h) => h.label), ['第四条', '第五条', '第五条第一款第（二）项']);
});

test('inlay hints name the paragraphs of 前两款 and 前三款', async () => {
  const { inlayHints } = await import('../../server/src/features/inlayHints.js');
  const ws = workspace('# 测试协议\n\n## 第五条\n\n一、甲。\n\n二、乙。\n\n三、前两款适用。\n\n四、前三款除外。\n');
  const hints = inlayHints(contextOf(ws.index, ws.snapshot()), { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } });
  assert.deepEqual(hints.map((h) => h.label), ['第五条第一款、第二款', '第五条第一款至第三款']);
});

test('inlay hints name the articles of 前两条 and 前三条, and the target of 上款', async () => {
  const { inlayHints } = await import('../../server/src/features/inlayHints.js');
  const ws = workspace('# 测试协议\n\n## 第一条\n\n甲。\n\n## 第二条\n\n乙。\n\n## 第二条之一\n\n丙。\n\n## 第三条\n\n前两条和前三条除外。\n\n依照上款。\n');
  const hints = inlayHints(contextOf(ws.index, ws.snapshot()), { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } });
  assert.deepEqual(hints.map((h) => h.label), ['第二条、第二条之一', '第一条至第二条之一', '第三条第一款']);
});

test('inlay hints name the articles of 次两条 and 次三条, as of 前两条 and 前三条; none past the last article', async () => {
  const { inlayHints } = await import('../../server/src/features/inlayHints.js');
  const ws = workspace('# 测试协议\n\n## 第一条\n\n次两条和次三条除外。\n\n## 第二条\n\n乙。\n\n## 第二条之一\n\n丙。\n\n## 第三条\n\n次两条除外。\n\n## 第四条\n\n丁。\n');
  const hints = inlayHints(contextOf(ws.index, ws.snapshot()), { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } });
  assert.deepEqual(hints.map((h) => h.label), ['第二条、第二条之一', '第二条至第三条']);
});

test('inlay hints name the article 该条 stands for in this text, and nothing after another instrument\'s', async () => {
  const { inlayHints } = await import('../../server/src/features/inlayHints.js');
  const ws = workspace('# 测试协议\n\n## 第一条\n\n甲。\n\n## 第二条\n\n违反第一条的，依照该条规定处理；违反刑法第五条的，依照该条规定处理。\n');
  const hints = inlayHints(contextOf(ws.index, ws.snapshot()), { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } });
  assert.deepEqual(hints.map((h) => h.label), ['第一条']);
});

test('inlay hints name the items of 前两项 and 前三项', async () => {
  const { inlayHints } = await import('../../server/src/features/inlayHints.js');
  const ws = workspace('# 测试协议\n\n## 第五条\n\n甲：\n\n（一）乙；\n\n（二）丙；\n\n（三）前两项以外的；\n\n（四）前三项以外的。\n');
  const hints = inlayHints(contextOf(ws.index, ws.snapshot()), { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } });
  assert.deepEqual(hints.map((h) => h.label), ['第五条第一款第（一）项、第（二）项', '第五条第一款第（一）项至第（三）项']);
});

test('definition: 《X》第十条和第十一条 — the second reference is X\'s too', () => {
  const ws = workspace(`%! a.md\n# 测试备忘录\n\n遵循《测试条约》第十条和第十一‸条的规定。\n\n## 第一条\n\n甲。\n%! b.md\n# 测试条约\n\n## 第十条\n\n甲。\n\n## ⟦第十一条⟧\n\n乙。\n`);
  const [link] = definition(contextOf(ws.index, ws.snapshot()), ws.offset);
  assert.equal(link?.targetUri, 'file:///ws/b.md');
});
