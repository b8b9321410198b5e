// The 修改对照表 as a Word table (issue #16): treaty-diff --format docx, read back with mammoth
// (cells as HTML: struck words <s>, added words <strong>) and the document XML (underline).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import mammoth from 'mammoth';
import JSZip from 'jszip';
import { compareVersions } from '../../server/src/features/compare';
import { comparisonDocx } from '../../server/src/features/export/comparisonDocx';
import { runDiff } from '../../server/src/cli/treatyDiff';
import { tempDir } from '../support/fixture';

const OLD = `# 中华人民共和国测试法

第一条　为了规范测试工作，制定本法。

第二条　下列情形之一的，由主管部门责令改正：

（一）未按规定登记的；

（二）拒绝检查的。

第三条　国家鼓励开展测试研究。

第四条　本法自公布之日起施行。
`;

/** 第二条之一 added, 第三条 changed word by word, 第四条 unchanged. */
const NEW = OLD.replace('国家鼓励开展测试研究。', '国家支持开展测试研究。')
  .replace('（二）拒绝检查的。\n', '（二）拒绝检查的。\n\n第二条之一　测试机构应当依法登记。\n');

/** The table's rows, each a list of its cells' inner HTML. */
function cells(html: string): string[][] {
  const table = /<table>([\s\S]*)<\/table>/.exec(html);
  assert.ok(table, html);
  return [...table[1].matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => [...r[1].matchAll(/<t[dh]>([\s\S]*?)<\/t[dh]>/g)].map((c) => c[1]));
}

async function read(buffer: Buffer) {
  const html = (await mammoth.convertToHtml({ buffer })).value;
  const xml = await (await JSZip.loadAsync(buffer)).file('word/document.xml')!.async('string');
  return { html, xml };
}

test('docx: the 修改对照表 is a three-column table, removed words struck, added words bold and underlined', async () => {
  const { html, xml } = await read(await comparisonDocx(compareVersions(OLD, NEW)));
  assert.match(html, /^<p>《中华人民共和国测试法》修改对照表<\/p><table>/);
  assert.deepEqual(cells(html), [
    ['<p><strong>原条文</strong></p>', '<p><strong>修改后条文</strong></p>', '<p><strong>说明</strong></p>'],
    ['', '<p>第二条之一　测试机构应当依法登记。</p>', '<p>新增</p>'],
    ['<p>第三条　国家<s>鼓励</s>开展测试研究。</p>', '<p>第三条　国家<strong>支持</strong>开展测试研究。</p>', '<p>内容修改</p>'],
  ]);
  // The added word is underlined as well as bold; the struck one is not.
  assert.match(xml, /<w:r><w:rPr>(?:(?!<\/w:rPr>).)*<w:u w:val="single"\/>(?:(?!<\/w:rPr>).)*<\/w:rPr><w:t xml:space="preserve">支持<\/w:t><\/w:r>/);
  assert.doesNotMatch(xml, /<w:u w:val="single"\/>(?:(?!<\/w:rPr>).)*<\/w:rPr><w:t xml:space="preserve">鼓励/);
});

test('docx: an article of several paragraphs keeps them as paragraphs of its cell; --all lists unchanged articles', async () => {
  const edited = OLD.replace('（二）拒绝检查的。', '（二）拒绝或者阻碍检查的。');
  const rows = cells((await read(await comparisonDocx(compareVersions(OLD, edited), { unchanged: true }))).html);
  assert.equal(rows.length, 5);
  assert.deepEqual(rows[2], [
    '<p>第二条　下列情形之一的，由主管部门责令改正：</p><p>（一）未按规定登记的；</p><p>（二）拒绝检查的。</p>',
    '<p>第二条　下列情形之一的，由主管部门责令改正：</p><p>（一）未按规定登记的；</p><p>（二）拒绝<strong>或者阻碍</strong>检查的。</p>',
    '<p>内容修改</p>',
  ]);
  assert.deepEqual(rows[1], ['<p>第一条　为了规范测试工作，制定本法。</p>', '<p>第一条　为了规范测试工作，制定本法。</p>', '<p>未修改</p>']);
});

test('treaty-diff --format docx --out writes the table; without --out it is a usage error', async () => {
  const dir = tempDir('treaty-diff-docx-');
  fs.writeFileSync(path.join(dir, 'old.md'), OLD);
  fs.writeFileSync(path.join(dir, 'new.md'), NEW);
  const io = { cwd: dir, out: '', err: '', stdout(s: string) { io.out += s; }, stderr(s: string) { io.err += s; } };
  assert.equal(await runDiff(['old.md', 'new.md', '--format', 'docx', '--out', 'table.docx'], io), 0, io.err);
  assert.equal(io.out, `${path.join(dir, 'table.docx')}\n`);
  const rows = cells((await read(fs.readFileSync(path.join(dir, 'table.docx')))).html);
  assert.deepEqual(rows.map((r) => r[2]), ['<p><strong>说明</strong></p>', '<p>新增</p>', '<p>内容修改</p>']);
  const bad = { cwd: dir, out: '', err: '', stdout(s: string) { bad.out += s; }, stderr(s: string) { bad.err += s; } };
  assert.equal(await runDiff(['old.md', 'new.md', '--format', 'docx'], bad), 2);
  assert.match(bad.err, /^treaty-diff: --format docx writes a Word file: give --out FILE\.docx\n$/);
});
