// An amending protocol quotes the new text of the article it amends after `修改为：` (`修订为：`,
// `改为：`, `表述为：` …), often unquoted, the article's label on its own line (`第五条　常设机构`): that
// line is the amending article's text, not an article of the protocol, until the protocol's own next
// article. Expected readings written by reading the texts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { buildTreaty, Treaty } from '../../server/src/model/treaty';
import { referencesOf } from '../../server/src/model/references';
import { diagnostics } from '../../server/src/features/diagnostics';
import { textContext } from '../../server/src/features/context';
import { parseTreaty } from '../../server/src/syntax/parser';
import { reparse } from '../../server/src/syntax/reparse';

const HEAD = '中华人民共和国政府和甲国政府关于对所得避免双重征税和防止偷漏税的协定的议定书\n\n中华人民共和国政府和甲国政府，愿意修改一九九五年签订的关于对所得避免双重征税和防止偷漏税的协定（以下简称“协定”），达成协议如下：\n\n';
const TAIL = '\n\n本议定书于二〇一五年五月一日在北京签订，一式两份，每份均用中文和英文写成，两种文本同等作准。\n';

/** Each article with the first characters of each of its paragraphs (a law-style article's first paragraph is its label's line). */
function articles(t: Treaty): string[] {
  return t.articles.map((a) => `${a.name}: ${a.paragraphs.map((p) => t.text.slice(p.start, p.end).trim().slice(0, 6)).join(' | ')}`);
}
function complaints(text: string): string[] {
  return diagnostics(textContext(text)).filter((d) => d.severity === DiagnosticSeverity.Error || d.severity === DiagnosticSeverity.Warning).map((d) => `${d.code}: ${d.message}`);
}

test('quoted articles: the new text of an amended article after 修改为：, unquoted, is the amending article\'s, and the protocol numbers on', () => {
  const text = HEAD + '第一条　删去协定第二条第三款。\n\n第二条　协定第五条修改为：\n\n第五条　常设机构\n\n一、在本协定中，“常设机构”一语是指企业进行全部或部分营业的固定营业场所。\n\n二、“常设机构”一语特别包括管理场所。\n\n第三条　本议定书自双方完成各自法律程序之日起生效。' + TAIL;
  const t = buildTreaty(text);
  assert.deepEqual(articles(t), [
    '第一条: 第一条　删去',
    '第二条: 第二条　协定 | 第五条　常设 | 一、在本协定 | 二、“常设机',
    '第三条: 第三条　本议',
  ]);
  assert.deepEqual(complaints(text), []);
});

test('quoted articles: two articles written anew (修订为：, 改为： after a bare heading), each label on its own line, and a quoted one whose number is the protocol\'s next', () => {
  const text = HEAD + '第一条\n\n协定第四条和第五条修订为：\n\n第四条\n\n居民。\n\n第五条\n\n常设机构。\n\n第二条\n\n协定第三条改为：\n\n第三条　一般定义\n\n一般定义。\n\n第三条\n\n本议定书自双方完成各自法律程序之日起生效。' + TAIL;
  const t = buildTreaty(text);
  // Each article's whole text: the quoted articles inside the amending ones.
  assert.deepEqual(t.articles.map((a) => t.text.slice(a.start, a.end).trim()), [
    '第一条\n\n协定第四条和第五条修订为：\n\n第四条\n\n居民。\n\n第五条\n\n常设机构。',
    '第二条\n\n协定第三条改为：\n\n第三条　一般定义\n\n一般定义。',
    '第三条\n\n本议定书自双方完成各自法律程序之日起生效。',
  ]);
  assert.deepEqual(complaints(text), []);
});

test('quoted articles: a treaty\'s own articles after a sentence that merely ends in 为： stay its articles', () => {
  const text = '中华人民共和国政府和甲国政府经济合作协定\n\n第一条　双方合作的领域为：\n\n贸易、投资。\n\n第二条　本协定自签字之日起生效。\n\n第三条　本协定有效期五年。\n\n本协定于二〇一五年五月一日在北京签订，一式两份，每份均用中文和英文写成，两种文本同等作准。\n';
  assert.deepEqual(buildTreaty(text).articles.map((a) => a.name), ['第一条', '第二条', '第三条']);
});

test('quoted articles: an edit that writes or removes 修改为： reparses to the full parse (the quoted article is read across articles)', () => {
  const text = HEAD + '第一条　删去协定第二条第三款。\n\n第二条　协定第五条修改为：\n\n第五条　常设机构\n\n一、固定营业场所。\n\n第三条　本议定书自双方完成各自法律程序之日起生效。' + TAIL;
  const intro = text.indexOf('修改为：');
  const tail = text.indexOf('第二条　协定') - 2;
  for (const [start, end, ins] of [[intro, intro + 4, '。'], [intro, intro + 4, '修订为：'], [intro + 3, intro + 4, ''], [tail, tail, '双方同意下列条款修改为：'], [text.indexOf('固定'), text.indexOf('固定'), '在'], [text.indexOf('常设机构'), text.indexOf('常设机构') + 4, '居民']] as [number, number, string][]) {
    const tree = reparse(parseTreaty(text), [{ start, end, text: ins }]);
    assert.deepStrictEqual(tree, parseTreaty(tree.text), `${start}–${end} → ${ins}`);
  }
});

/** Each self-reference and article reference: its text, `~` when read as another text's words. */
function refs(t: Treaty): string[] {
  return referencesOf(t).flatMap((r) => (r.kind === 'self' || r.kind === 'article' ? [`${t.text.slice(r.start, r.end)}${r.uncertain ? ' ~' : ''}`] : []));
}

test('quoted articles: a quotation opened in an article and never closed (a page lost its mark) ends at the next article', () => {
  const text = HEAD + '第一条　协定第四条第一款修改为：“一、在本协定中，缔约国一方居民一语是指按照该缔约国法律负有纳税义务的人。\n\n第二条　本议定书自签字之日起生效。' + TAIL;
  // (The term 协定 before each label is a reference of its own; 本协定 in a protocol is the defined term's.)
  assert.deepEqual(refs(buildTreaty(text)), ['第四条第一款', '本议定书', '本议定书']);
});

test('quoted articles: the new text after 用下列规定代替：, unquoted, is the amended text\'s words up to the next article: its references are not this text\'s', () => {
  const text = HEAD + '第一条\n\n取消协定第二十四条，用下列规定代替：\n\n一、双方主管当局应交换信息。信息交换不受第一条的限制。\n\n二、一方根据第一款收到的任何信息应作密件处理。\n\n第二条\n\n本议定书自签字之日起生效。' + TAIL;
  assert.deepEqual(refs(buildTreaty(text)), ['第二十四条', '第一条 ~', '第一款 ~', '本议定书', '本议定书']);
});
