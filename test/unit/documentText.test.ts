// Text taken from a document is shown as text: a hover or a completion's
// documentation never carries a link, an image or HTML written in a document
// (a remote image would be fetched as soon as the hover shows: a tracking pixel).
// Rendered with markdown-it, raw HTML and linkify on: the most permissive editor.
import { test } from 'node:test';
import { contextOf } from '../../server/src/features/context';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { MarkupContent } from 'vscode-languageserver-types';
import { hover } from '../../server/src/features/hover';
import { resolveCompletion } from '../../server/src/features/completion';
import { markdownEscape } from '../../server/src/features/plainText';
import { workspace } from '../support/workspace';
import { renderMarkdown, textOf } from '../support/markdown';

/** What a hostile document may hold. */
const ATTACK = '![x](https://evil.example/track.png) [运行](command:workbench.action.terminal.new) <img src="https://evil.example/p.gif"> <script>alert(1)</script> https://evil.example/a www.evil.example a@evil.example &lt;b&gt; _斜_ `代码` [参见][1]\n\n[1]: https://evil.example/ref';
/** Rendered HTML that reaches out or runs: links, images, any raw tag. */
const LIVE = /<(?:a|img|script|iframe|svg|video|audio|link|style|object|embed)\b|<[^>]*\b(?:href|src)=/i;

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

function assertInert(markdown: string, shown: string): void {
  const html = renderMarkdown(markdown);
  assert.doesNotMatch(html, LIVE, html);
  assert.ok(textOf(html).includes(collapse(shown)), `${textOf(html)}\n  does not show\n${collapse(shown)}`);
}

test('hover on an article reference shows the article as text, links and images inert', () => {
  const ws = workspace(`# 测试协议\n\n## 第一条\n\n见本协议第二‸条。\n\n## 第二条\n\n${ATTACK}\n`);
  const h = hover(contextOf(ws.index, ws.snapshot()), ws.offset);
  assertInert((h!.contents as MarkupContent).value, ATTACK.split('\n\n')[0]);
});

test('hover on an article of another instrument: its title and caption are text too', () => {
  const ws = workspace(`%! a.md\n# 测试协定\n\n根据《甲乙协议》第一‸条，达成协议如下：\n\n## 第一条\n\n甲。\n%! b.md\n# 甲乙协议\n\n## 第一条 <img src="https://evil.example/c.png">\n\n![x](https://evil.example/t.png) 双方合作。\n`);
  const h = hover(contextOf(ws.index, ws.snapshot()), ws.offset);
  const value = (h!.contents as MarkupContent).value;
  assertInert(value, '![x](https://evil.example/t.png) 双方合作。');
  assert.ok(textOf(renderMarkdown(value)).startsWith('甲乙协议 第一条'), value);
});

test('hover on a defined term: what it stands for is text', () => {
  const ws = workspace(`# 测试协议\n\n[甲国](https://evil.example/x)和![乙国](https://evil.example/y.png)（以下简称“双方”），达成协议如下：\n\n## 第一条\n\n双‸方开展合作。\n`);
  const h = hover(contextOf(ws.index, ws.snapshot()), ws.offset);
  const value = (h!.contents as MarkupContent).value;
  assert.doesNotMatch(renderMarkdown(value), LIVE, value);
});

test('completion documentation of an article and of an instrument is text', () => {
  const ws = workspace(`%! a.md\n# 测试协定\n\n‸\n%! b.md\n# 甲乙协议<img src="https://evil.example/t.png">\n\n甲国和乙国，达成协议如下：\n\n## 第一条\n\n${ATTACK}\n\n本协议于2002年1月17日在[北京](https://evil.example/)签署。\n`);
  const b = ws.file('b.md').uri;
  const article = resolveCompletion({ label: '第一条', data: { k: 'article', uri: b, num: 1 } }, ws.index);
  assertInert((article.documentation as MarkupContent).value, ATTACK.split('\n\n')[0]);
  const title = resolveCompletion({ label: '《甲乙协议》', data: { k: 'title', uri: b } }, ws.index);
  const value = (title.documentation as MarkupContent).value;
  assert.doesNotMatch(renderMarkdown(value), LIVE, value);
  assert.match(textOf(renderMarkdown(value)), /甲乙协议<img src="https:\/\/evil\.example\/t\.png">/);
});

test('markdownEscape: any text renders as itself, with nothing live in it', () => {
  const alphabet = fc.constantFrom(...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~ \n\tabcwh12345条款《》（），。：'.split(''), 'https://', 'www.', '<img src=x>', '![a](b)', '&amp;', '&#60;', '\n\n', '    ', '1. ', '- ', '# ', '> ', '```', '<!--');
  fc.assert(fc.property(fc.array(alphabet, { maxLength: 40 }).map((a) => a.join('')), (s) => {
    const html = renderMarkdown(markdownEscape(s));
    assert.doesNotMatch(html, LIVE, html);
    assert.equal(textOf(html), collapse(s));
  }), { numRuns: 500 });
});
