// What the workspace index keeps of a document's citations (TreatyInfo.cites, model/info.ts):
// read by a walk that looks for citations only (model/references.ts `citedTitles`), which must
// give the titles the full reading of references gives, on every fixture text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildTreaty } from '../../server/src/model/treaty';
import { citedTitles, referencesOf } from '../../server/src/model/references';
import { infoOf } from '../../server/src/model/info';
import { ROOT } from '../support/fixture';

const TEXT = [
  '# 中华人民共和国和哈萨克斯坦共和国边防合作协定',
  '',
  '缔约双方根据2002年12月23日《中华人民共和国和哈萨克斯坦共和国睦邻友好合作条约》和中哈联合声明，达成协议如下：',
  '',
  '第一条　双方依照“中华人民共和国和哈萨克斯坦共和国贸易协定”开展合作。',
  '',
  '第二条　本协定第一条的规定适用于《关于〈联合国海洋法公约〉的议定书》，并依照',
  '《中华人民共和国和哈萨克斯坦共和国睦邻友好合作条约》第三条。',
  '',
].join('\n');

test('cited titles: 《…》, nested 〈…〉, quoted titles and short forms, first citation first, each once', () => {
  const expected = [
    '中华人民共和国和哈萨克斯坦共和国睦邻友好合作条约',
    '中华人民共和国和哈萨克斯坦共和国联合声明',
    '中华人民共和国和哈萨克斯坦共和国贸易协定',
    '关于联合国海洋法公约的议定书',
    '联合国海洋法公约',
  ];
  assert.deepEqual(citedTitles(buildTreaty(TEXT)), expected);
  assert.deepEqual(infoOf(buildTreaty(TEXT)).cites, expected);
});

// A sentence quoted (a writing manual's closing formula, notes_cn_jp_airline_offices_1979_manual.md) is no title, though it
// ends with a kind: its comma full-width or half-width, as a page's store writes it; a quoted title keeps none.
test('cited titles: a quoted sentence ending with a kind (“以上如蒙复函确认,本函…的一项协议”) is none, its comma either width', () => {
  for (const comma of ['，', ',', ';', ':']) {
    const text = `# 关于设立代表机构的换文\n\n也有用习惯用语作结的，如“以上如蒙复函确认${comma}本函和××的复函即作为××的一项协议”。\n\n一、双方依照“中华人民共和国和日本国航空运输协定”设立代表机构。\n`;
    const t = buildTreaty(text);
    assert.deepEqual(citedTitles(t), ['中华人民共和国和日本国航空运输协定'], comma);
    assert.deepEqual(referencesOf(t).filter((r) => r.kind === 'citation').map((r) => r.citation.normalized), ['中华人民共和国和日本国航空运输协定'], comma);
  }
});

/** The titles of the citations among all the references, as they were read before citedTitles. */
function fromReferences(text: string): string[] {
  const cites = new Set<string>();
  for (const r of referencesOf(buildTreaty(text))) if (r.kind === 'citation') cites.add(r.citation.normalized);
  return [...cites];
}

function markdownFiles(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) markdownFiles(p, out);
    else if (e.name.endsWith('.md') && e.name !== 'README.md') out.push(p);
  }
  return out;
}

test('cited titles: the same as read with every reference, on every fixture text (and after reading them)', () => {
  const files = markdownFiles(path.join(ROOT, 'test/fixtures'));
  assert.ok(files.length > 50, `${files.length} fixture texts`);
  let citing = 0;
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    const expected = fromReferences(text);
    if (expected.length) citing++;
    assert.deepEqual(citedTitles(buildTreaty(text)), expected, file);
    const read = buildTreaty(text);
    void referencesOf(read);
    assert.deepEqual(citedTitles(read), expected, file);
  }
  assert.ok(citing > 20, `${citing} fixture texts cite`);
});

test('cited titles: a short name in 《》 defined after a citation is that instrument, in every later line (《安排》第三十條)', () => {
  const text = '# 經濟和技術合作工作計劃\n\n一、根據《甲乙關於建立更緊密經貿關係的安排》(以下簡稱《安排》)第二十八條的規定，制定本工作計劃。\n\n二、根據《安排》第三十條設立委員會。\n';
  assert.deepEqual(citedTitles(buildTreaty(text)), ['甲乙关于建立更紧密经贸关系的安排']);
  assert.deepEqual(fromReferences(text), ['甲乙关于建立更紧密经贸关系的安排']);
});

test('cited titles: short names given in other shapes (a list of them, after a remark\'s bracket) and the text\'s former title are no titles of their own', () => {
  const text = '# 甲省森林管理条例\n\n第一条 根据《中华人民共和国森林法》《中华人民共和国森林法实施条例》（以下简称《森林法》《森林法实施条例》）和《关于修改〈甲法〉的决定》（2012年8月31日通过）（以下简称《决定》），制定本条例。\n\n第二条 违反《森林法》的，依照《决定》处理。\n\n第三条 本条例（原称《甲省林木管理条例》）自公布之日起施行。\n';
  const want = ['中华人民共和国森林法', '中华人民共和国森林法实施条例', '关于修改甲法的决定', '甲法'];
  assert.deepEqual(citedTitles(buildTreaty(text)), want);
  assert.deepEqual(fromReferences(text), want);
});
