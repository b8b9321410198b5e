// Cases for mutants that survived sample A of the sampled mutation score (docs/mutation.md,
// “A sampled estimate”): each names the place it guards. Whole results, as data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contextOf } from '../../server/src/features/context';
import { codeLenses } from '../../server/src/features/codeLens';
import { completion } from '../../server/src/features/completion';
import { definition } from '../../server/src/features/definition';
import { diagnostics } from '../../server/src/features/diagnostics';
import { documentHighlights, references } from '../../server/src/features/references';
import { WorkspaceIndex } from '../../server/src/index/workspace';
import { buildTreaty } from '../../server/src/model/treaty';
import { referencesOf } from '../../server/src/model/references';
import { LineMap } from '../../server/src/syntax/positions';
import { formatChinese } from '../../server/src/syntax/numerals';
import { CURSOR, fixture } from '../support/fixture';
import { workspace } from '../support/workspace';
import { answerOf, expected } from '../support/resolveAnswer';

// features/codeLens.ts citedArticles: a cancelled request gives no lens (and stops searching).
test('code lens: a cancelled request gives none; the same request not cancelled gives each cited article its count', () => {
  const ws = workspace(`%! a.md
# 甲国和乙国合作协议

## 第一条

双方合作。

## 第二条

依照第一条。
%! b.md
# 甲国和乙国合作议定书

根据《甲国和乙国合作协议》第一条，达成协议如下：
`);
  const s = ws.snapshot(ws.file('a.md'));
  const lens = (cancelled: boolean) => codeLenses(contextOf(ws.index, s, { isCancellationRequested: cancelled })).map((l) => ({
    line: l.range.start.line, title: l.command!.title,
    locations: (l.command!.arguments![2] as { uri: string; range: { start: { line: number; character: number } } }[]).map((x) => `${x.uri.replace(/.*\//, '')}@${x.range.start.line}:${x.range.start.character}`).sort(),
  }));
  assert.deepEqual(lens(true), []);
  assert.deepEqual(lens(false), [{ line: 2, title: '被引用 2 次', locations: ['a.md@8:2', 'b.md@2:2'] }]);
});

// features/resolve.ts isTarget: a reference that resolves to nothing (a missing article, a
// paragraph the article does not have) goes nowhere and has no references or highlights.
test('a reference to a missing article or paragraph: no definition, no references, no highlight', () => {
  for (const ref of ['第九条', '第一条第五款']) {
    const ws = workspace(`# 甲国和乙国合作协议\n\n## 第一条\n\n双方合作。\n\n## 第二条\n\n依照${ref.slice(0, 1)}${CURSOR}${ref.slice(1)}。\n`);
    const ctx = contextOf(ws.index, ws.snapshot());
    assert.deepEqual(definition(ctx, ws.offset), [], ref);
    assert.deepEqual(references(ctx, ws.offset, true), [], ref);
    assert.deepEqual(documentHighlights(ctx, ws.offset), [], ref);
  }
});

// features/completionReferences.ts candidates: past MAX_ARTICLE_ITEMS articles, the ones nearest
// the cursor (here after 第二百条: 第五十一条 … 第三百五十条), not the last ones.
test('articles in a long treaty: with the cursor in the middle, the 300 nearest it', () => {
  const article = (i: number) => `## 第${formatChinese(i)}条\n\n双方合作${i}。\n`;
  const before = Array.from({ length: 200 }, (_, i) => article(i + 1)).join('\n');
  const after = Array.from({ length: 200 }, (_, i) => article(i + 201)).join('\n');
  const f = fixture(`# 测试协定\n\n双方达成协议如下：\n\n${before}\n依照本协定第${CURSOR}的规定。\n\n${after}`);
  const index = new WorkspaceIndex();
  index.set(f.main.uri, f.main.text, 1, 'markdown');
  const s = index.get(f.main.uri)!;
  const list = completion(contextOf(index, s), new LineMap(index.model(s).tree.lines).positionAt(f.main.cursor!));
  assert.equal(list.isIncomplete, true);
  assert.deepEqual(list.items.map((i) => i.label), Array.from({ length: 300 }, (_, i) => `第${formatChinese(i + 51)}条`));
});

// model/references.ts leadArticle: a bare item in an item of a list is the item of the one other
// article the list's lead names; a lead naming two articles (第一条、第二条), or two paragraphs of
// one, names none, and the item is the list's own (第三条's 第（三）项), not the last one's.
test('a bare item under a lead naming two articles is the list\'s own item', () => {
  const source = '%! 条例.md\n# 甲市乙条例\n\n第一条 禁止下列行为：\n\n（一）甲；\n\n（二）乙；\n\n（三）丙。\n\n第二条 限制下列行为：\n\n（一）甲；\n\n（二）乙；\n\n（三）丙。\n\n'
    + '第三条 违反本条例第一条、第二条规定，有下列行为之一的，按照下列规定处理：\n\n（一）违反第‸三项规定的，处罚款；\n\n（二）违反第一项规定的，处警告；\n\n⟦（三）其他的，责令改正。\n⟧';
  assert.deepEqual(answerOf(source), expected(source, 'marked article'));
  // With one article in the lead, that article's item (as law-references.test.ts has it).
  const one = source.replace('第一条、第二条规定', '第二条规定').replace('⟦', '').replace('⟧', '').replace('第二条 限制下列行为：\n\n（一）甲；\n\n（二）乙；\n\n（三）丙。', '第二条 限制下列行为：\n\n（一）甲；\n\n（二）乙；\n\n⟦（三）丙。\n⟧');
  assert.deepEqual(answerOf(one), expected(one, 'marked article'));
  // Two paragraphs of one article (第二条第一款和第二条第二款) name no one list either.
  const paragraphs = '%! 条例.md\n# 甲市乙条例\n\n第一条 甲。\n\n第二条 禁止下列行为：\n\n（一）甲；\n\n（二）乙；\n\n（三）丙。\n\n限制下列行为：\n\n（一）甲；\n\n（二）乙；\n\n（三）丙。\n\n'
    + '第三条 违反本条例第二条第一款和第二条第二款规定，有下列行为之一的，按照下列规定处理：\n\n（一）违反第‸三项规定的，处罚款；\n\n（二）违反第一项规定的，处警告；\n\n⟦（三）其他的，责令改正。\n⟧';
  assert.deepEqual(answerOf(paragraphs), expected(paragraphs, 'marked article'));
});

// features/divergence.ts structure: a counterpart with no articles at all (a text not yet split
// into articles) — each article is missing there, pointed at the counterpart's start, 0:0.
test('align.article-count against a counterpart without articles: every article, pointed at its start', () => {
  const files: Record<string, string> = {
    '协定.zh.md': '# 中华人民共和国和俄罗斯联邦合作协定\n\n中华人民共和国和俄罗斯联邦（以下简称“双方”），达成协议如下：\n\n## 第一条\n\n双方合作。\n\n## 第二条\n\n双方交流。\n',
    '协定.ru.md': '# Соглашение между Китайской Народной Республикой и Российской Федерацией о сотрудничестве\n\nКитайская Народная Республика и Российская Федерация, именуемые в дальнейшем Сторонами, договорились о сотрудничестве.\n',
  };
  const index = new WorkspaceIndex();
  const uri = (name: string) => `file:///ws/${encodeURI(name)}`;
  for (const [name, text] of Object.entries(files)) index.set(uri(name), text, 1, 'markdown');
  const found = (name: string) => diagnostics(contextOf(index, index.get(uri(name))!)).filter((d) => d.code === 'align.article-count')
    .map((d) => ({ range: d.range, message: d.message, related: d.relatedInformation!.map((r) => ({ uri: r.location.uri, range: r.location.range, message: r.message })) }));
  const at = (line: number, from: number, to: number) => ({ start: { line, character: from }, end: { line, character: to } });
  assert.deepEqual(found('协定.zh.md'), [
    { range: at(4, 3, 6), message: '俄文本没有与第一条对应的条款（本文本共2条，俄文本共0条）', related: [{ uri: uri('协定.ru.md'), range: at(0, 0, 0), message: '俄文本对应处：' }] },
    { range: at(8, 3, 6), message: '俄文本没有与第二条对应的条款（本文本共2条，俄文本共0条）', related: [{ uri: uri('协定.ru.md'), range: at(0, 0, 0), message: '俄文本对应处：' }] },
  ]);
  assert.deepEqual(found('协定.ru.md'), [
    { range: at(0, 0, 0), message: '中文本的第一条在本文本中没有对应条款（本文本共0条，中文本共2条）', related: [{ uri: uri('协定.zh.md'), range: at(4, 3, 6), message: '中文本对应处：第一条' }] },
    { range: at(0, 0, 0), message: '中文本的第二条在本文本中没有对应条款（本文本共0条，中文本共2条）', related: [{ uri: uri('协定.zh.md'), range: at(8, 3, 6), message: '中文本对应处：第二条' }] },
  ]);
});

// model/foreignDefinitions.ts phraseBefore: the meaning of a term defined in another language is
// the phrase before the clause, back to a comma or a full stop followed by a space (not a decimal
// point, not the start of the line).
test('a definition in English: the meaning stops at a comma or a sentence\'s end, not at a decimal point', () => {
  const meanings = (line: string) => buildTreaty(`# Agreement between Kazakhstan and Mongolia on Cooperation\n\n${line}\n\n## Article 1\n\nThe Parties shall cooperate.\n`)
    .definitions.map((d) => `${d.term} = ${d.meaning}`);
  assert.deepEqual(meanings('Desiring to cooperate, the Government of Kazakhstan and the Government of Mongolia (hereinafter referred to as "the Parties") have agreed as follows:'),
    ['Parties = the Government of Kazakhstan and the Government of Mongolia']);
  assert.deepEqual(meanings('The delegations met in Astana. The Government of Kazakhstan and the Government of Mongolia (hereinafter referred to as "the Parties") have agreed as follows:'),
    ['Parties = The Government of Kazakhstan and the Government of Mongolia']);
  assert.deepEqual(meanings('The delegations met in Astana on 1.5 March. The Government of Kazakhstan (hereinafter "Kazakhstan") agrees:'),
    ['Kazakhstan = The Government of Kazakhstan']);
});

// model/foreignReferences.ts MORE: a number listed after the first article takes its paragraph
// written with a space before the bracket (`and 1 (2)`, `, 1 (1)`), as the first one does.
test('articles listed in English: the paragraph after a space belongs to the listed number', () => {
  const text = '# Agreement between Kazakhstan and Mongolia on Cooperation\n\n## Article 1\n\nThe Parties shall cooperate.\n\n1. First.\n\n2. Second.\n\n## Article 2\n\nAs provided in Articles 3 and 1 (2) of this Agreement, and Article 3, 1 (1).\n\n## Article 3\n\nThird.\n';
  const refs = referencesOf(buildTreaty(text)).flatMap((r) => (r.kind === 'article' ? [[text.slice(r.start, r.end), r.target]] : []));
  assert.deepEqual(refs, [['Articles 3', { num: 3 }], ['1 (2)', { num: 1, paragraph: 2 }], ['Article 3', { num: 3 }], ['1 (1)', { num: 1, paragraph: 1 }]]);
});

// features/references.ts referencesWork: a cancelled request stops before the first document is
// searched (the declaration alone); not cancelled, the use in the document and the citation.
test('references: a cancelled request gives the declaration alone', () => {
  const ws = workspace('%! a.md\n# 甲国和乙国合作协议\n\n## 第一条\n\n双方合作。\n\n## 第二条\n\n依照第‸一条。\n%! b.md\n# 甲国和乙国合作议定书\n\n根据《甲国和乙国合作协议》第一条，达成协议如下：\n');
  const s = ws.snapshot(ws.file('a.md'));
  const found = (cancelled: boolean) => references(contextOf(ws.index, s, { isCancellationRequested: cancelled }), ws.offset, true)
    .map((l) => `${l.uri.replace(/.*\//, '')}@${l.range.start.line}:${l.range.start.character}-${l.range.end.line}:${l.range.end.character}`);
  assert.deepEqual(found(true), ['a.md@2:3-2:6']);
  assert.deepEqual(found(false), ['a.md@2:3-2:6', 'a.md@8:2-8:5', 'b.md@2:2-2:16']);
});

// features/divergence.ts signing: copies are compared only when both texts give their number;
// a count written in one text alone is no divergence.
test('align.signing copies: only when both texts count them', () => {
  const zh = (copies: string) => `# 中华人民共和国和俄罗斯联邦合作协定\n\n中华人民共和国和俄罗斯联邦（以下简称“双方”），达成协议如下：\n\n## 第一条\n\n双方合作。\n\n本协定于2001年7月16日在莫斯科签订，${copies}每份均用中文和俄文写成，两种文本同等作准。\n`;
  const ru = (copies: string) => `# Соглашение между Китайской Народной Республикой и Российской Федерацией о сотрудничестве\n\nКитайская Народная Республика и Российская Федерация, именуемые в дальнейшем Сторонами, договорились о нижеследующем:\n\n## Статья 1\n\nСтороны сотрудничают.\n\nСовершено в Москве 16 июля 2001 года ${copies}на китайском и русском языках, причем оба текста имеют одинаковую силу.\n`;
  const found = (zhCopies: string, ruCopies: string) => {
    const index = new WorkspaceIndex();
    const files: Record<string, string> = { '协定.zh.md': zh(zhCopies), '协定.ru.md': ru(ruCopies) };
    for (const [name, text] of Object.entries(files)) index.set(`file:///ws/${encodeURI(name)}`, text, 1, 'markdown');
    return Object.keys(files).map((name) => diagnostics(contextOf(index, index.get(`file:///ws/${encodeURI(name)}`)!))
      .filter((d) => String(d.code).startsWith('align.')).map((d) => `${d.range.start.line}:${d.code}:${d.message}`));
  };
  assert.deepEqual(found('一式两份，', ''), [[], []]);
  assert.deepEqual(found('', 'в двух экземплярах, каждый '), [[], []]);
  assert.deepEqual(found('一式两份，', 'в трех экземплярах, каждый '), [['8:align.signing:本文本为2份，俄文本为3份'], ['8:align.signing:本文本为3份，中文本为2份']]);
});
