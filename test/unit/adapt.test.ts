// Answers fitted to what a client takes: an editor that declares only plain text
// for hovers or completion documentation gets the text itself, without the
// backslashes that keep document text from being markup.
import { test } from 'node:test';
import { contextOf } from '../../server/src/features/context';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { MarkupKind } from 'vscode-languageserver-types';
import { plainDocumentation, plainHover, plainMarkup, takesMarkdown } from '../../server/src/protocol/adapt';
import { markdownEscape } from '../../server/src/features/plainText';
import { hover } from '../../server/src/features/hover';
import { workspace } from '../support/workspace';

test('takesMarkdown: undeclared or listing markdown; a plain-text-only client does not', () => {
  assert.equal(takesMarkdown(undefined), true);
  assert.equal(takesMarkdown(['markdown', 'plaintext']), true);
  assert.equal(takesMarkdown(['plaintext']), false);
});

test('plainMarkup gives back the document text and drops only our own emphasis', () => {
  fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'*_\\`[]()<>!#-.: ab第条\n'.split('')) }), fc.string({ unit: fc.constantFrom(...'*_\\[]()ab协定'.split('')) }), (text, title) => {
    const md = { kind: MarkupKind.Markdown, value: `**${markdownEscape(title)}**\n\n*${markdownEscape(text)}*` };
    const plain = plainMarkup(md);
    assert.equal(plain.kind, MarkupKind.PlainText);
    assert.equal(plain.value, `${title}\n\n${text.replace(/^[ \t]+/gm, '')}`);
  }), { numRuns: 300 });
});

test('a hover and a completion item become plain text', () => {
  const ws = workspace(`# 测试协议\n\n## 第一条\n\n见本协议第二‸条。\n\n## 第二条\n\n双方(甲方、乙方)合作，见 *附件* 。\n`);
  const h = plainHover(hover(contextOf(ws.index, ws.snapshot()), ws.offset))!;
  assert.deepEqual(h.contents, { kind: MarkupKind.PlainText, value: '第二条\n\n双方(甲方、乙方)合作，见 *附件* 。' });
  assert.equal(plainHover(null), null);
  const item = plainDocumentation({ label: 'x', documentation: { kind: MarkupKind.Markdown, value: '**《甲\\(乙\\)协定》**' } });
  assert.deepEqual(item.documentation, { kind: MarkupKind.PlainText, value: '《甲(乙)协定》' });
});
