// The size of the outline given to the editor (protocol/outlineSize.ts, issue #13): the whole
// outline while it has at most `treaty.outline.maxSymbols` symbols, else every article without its
// paragraphs and items. Small documents keep their outline exactly (the same object, so the same
// bytes); a short outline's article symbols are made once and kept while the article is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { DocumentSymbol } from 'vscode-languageserver-types';
import { contextOf, textContext } from '../../server/src/features/context';
import { ARTICLE_SYMBOL_KIND, documentSymbols } from '../../server/src/features/documentSymbols';
import { WorkspaceIndex } from '../../server/src/index/workspace';
import { composed, encodeParts } from '../../server/src/protocol/encode';
import { DEFAULT_OUTLINE_MAX_SYMBOLS, outlineMaxSymbols, sizedOutline, symbolCount } from '../../server/src/protocol/outlineSize';
import { outlineText } from '../support/outline';
import { ROOT, seeds } from '../support/fixture';

const DOC = [
  '# 测试合作协定',
  '',
  '缔约双方达成协议如下：',
  '',
  '## 第一章 总则',
  '',
  '### 第一条',
  '',
  '双方合作。',
  '',
  '### 第二条',
  '',
  '双方在以下方面合作：',
  '',
  '（一）交流；',
  '',
  '（二）培训。',
  '',
  '本条所列合作由主管机关实施。',
  '',
  '## 第二章 附则',
  '',
  '### 第三条',
  '',
  '本协定自签署之日起生效。',
  '',
  '本协定于2002年12月23日在北京签署，一式两份。',
  '',
].join('\n');

/** The whole outline of DOC, as read from it: 12 symbols. */
const WHOLE = [
  'title 测试合作协定 L1-27',
  '  part 序言 L3-3',
  '  chapter 第一章 L5-19',
  '    article 第一条 L7-9',
  '    article 第二条 L11-19',
  '      paragraph 第一款 L13-17',
  '        item （一） L15-15',
  '        item （二） L17-17',
  '      paragraph 第二款 L19-19',
  '  chapter 第二章 L21-25',
  '    article 第三条 L23-25',
  '  signing 签署 L27-27',
  '',
].join('\n');

/** Articles alone: the paragraph and item lines of WHOLE gone, every other line as it was. */
const ARTICLES_ALONE = [
  'title 测试合作协定 L1-27',
  '  part 序言 L3-3',
  '  chapter 第一章 L5-19',
  '    article 第一条 L7-9',
  '    article 第二条 L11-19',
  '  chapter 第二章 L21-25',
  '    article 第三条 L23-25',
  '  signing 签署 L27-27',
  '',
].join('\n');

/** Every symbol of an outline, depth first. */
const flat = (symbols: DocumentSymbol[]): DocumentSymbol[] => symbols.flatMap((s) => [s, ...flat(s.children ?? [])]);

test('a document within the limit keeps its whole outline: the same object', () => {
  const whole = documentSymbols(textContext(DOC));
  assert.equal(outlineText(whole), WHOLE);
  assert.equal(symbolCount(whole), 12);
  assert.equal(sizedOutline(whole, 12), whole);
  assert.equal(sizedOutline(whole, DEFAULT_OUTLINE_MAX_SYMBOLS), whole);
  assert.equal(sizedOutline(whole, 0), whole, '0: never shortened');
  assert.equal(sizedOutline(whole, -1), whole);
});

test('past the limit: every article, chapter, part and the signing clause, no paragraph or item', () => {
  const whole = documentSymbols(textContext(DOC));
  const short = sizedOutline(whole, 11);
  assert.equal(outlineText(short), ARTICLES_ALONE);
  // Each symbol given is the whole outline's, field for field, only without the paragraphs and items.
  const byLine = new Map(flat(whole).map((s) => [`${s.kind} ${s.name} ${s.range.start.line}`, s]));
  for (const s of flat(short)) {
    const { children: wholeChildren, ...fields } = byLine.get(`${s.kind} ${s.name} ${s.range.start.line}`)!;
    const { children, ...shortFields } = s;
    assert.deepStrictEqual(shortFields, fields);
    if (s.kind === ARTICLE_SYMBOL_KIND) assert.equal(children, undefined, `${s.name} has no children`);
    else assert.equal(children?.length, wholeChildren?.length, `${s.name} holds as many as before`);
  }
  // The whole outline is not changed by it.
  assert.equal(outlineText(whole), WHOLE);
});

test('every seed and real instrument keeps its whole outline at the default limit, byte for byte', () => {
  const realDir = path.join(ROOT, 'test/fixtures/real');
  const texts = [...[...seeds().values()].map((s) => s.text), ...fs.readdirSync(realDir).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => fs.readFileSync(path.join(realDir, f), 'utf8'))];
  for (const text of texts) {
    const whole = documentSymbols(textContext(text));
    const json = JSON.stringify(whole);
    assert.equal(sizedOutline(whole, DEFAULT_OUTLINE_MAX_SYMBOLS), whole);
    assert.equal(encodeParts(composed(sizedOutline(whole, DEFAULT_OUTLINE_MAX_SYMBOLS))).toString('utf8'), json);
  }
});

test('seed 000 past its limit: its .outline without the paragraph and item lines', () => {
  const seed = seeds().get('000')!;
  const expected = fs.readFileSync(path.join(ROOT, 'test/fixtures/outlines/000.outline'), 'utf8').split('\n').filter((l) => !/^\s*(paragraph|item) /.test(l)).join('\n');
  const whole = documentSymbols(textContext(seed.text));
  assert.equal(outlineText(sizedOutline(whole, symbolCount(whole) - 1)), expected);
});

test('after a keystroke the untouched articles\' short symbols are the same objects, frozen, their JSON kept', () => {
  const index = new WorkspaceIndex();
  const uri = 'file:///w/draft.md';
  const text = DOC;
  const before = sizedOutline(documentSymbols(contextOf(index, index.set(uri, text, 1, 'treaty'))), 1);
  // Typed in the first article: the second, with paragraphs and items, is given its short symbol again.
  const at = text.indexOf('双方合作。');
  const next = text.slice(0, at) + '经' + text.slice(at);
  const after = sizedOutline(documentSymbols(contextOf(index, index.update(uri, next, [{ start: at, end: at, text: '经' }], 2, 'treaty'))), 1);
  const articles = (o: DocumentSymbol[]) => flat(o).filter((s) => s.kind === ARTICLE_SYMBOL_KIND);
  assert.deepEqual(articles(after).map((s, i) => s === articles(before)[i]), [false, true, true]);
  assert.ok(articles(after).every((s) => Object.isFrozen(s)));
  assert.deepStrictEqual(after, sizedOutline(documentSymbols(textContext(next)), 1));
  assert.equal(encodeParts(composed(after)).toString('utf8'), JSON.stringify(after));
});

test('a count and a short symbol are kept for a frozen symbol alone: an outline built of objects that are not frozen is counted and cut again', () => {
  const at = { line: 0, character: 0 };
  const range = { start: at, end: at };
  const leaf = (name: string): DocumentSymbol => ({ name, kind: ARTICLE_SYMBOL_KIND, range, selectionRange: range });
  const article: DocumentSymbol = { name: '第一条', kind: ARTICLE_SYMBOL_KIND, range, selectionRange: range, children: [leaf('一、')] };
  const title: DocumentSymbol = { name: '协定', kind: 1, range, selectionRange: range, children: [article] };
  assert.equal(symbolCount([title]), 3);
  article.children!.push(leaf('二、'));
  assert.equal(symbolCount([title]), 4);
  // Frozen, its count and its short symbol are kept: the same short symbol each time.
  const kept = Object.freeze({ ...article, children: [leaf('一、')] });
  const outline = [{ ...title, children: [kept] }];
  assert.equal(symbolCount(outline), 3);
  const [a, b] = [sizedOutline(outline, 1), sizedOutline(outline, 1)];
  assert.equal(a[0].children![0], b[0].children![0]);
  assert.deepEqual(a[0].children![0], { name: '第一条', kind: ARTICLE_SYMBOL_KIND, range, selectionRange: range });
});

test('the setting: a number is taken (whole), anything else is the default', () => {
  assert.deepEqual([3000, 0, -5, 2.7, undefined, null, '100', NaN, Infinity].map(outlineMaxSymbols), [3000, 0, -5, 2, 5000, 5000, 5000, 5000, 5000]);
});
