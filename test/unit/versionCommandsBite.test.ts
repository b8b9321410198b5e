// The versions commands as the editor calls them (features/versionCommands.ts): two texts in,
// the 修改对照表, the changed units with the line (0-based) where each starts on either side,
// the amending instrument and its number of clauses, the consolidated text with each problem at
// its line and character in the instrument, the .docx table. Every expected value was written by
// reading the two texts (the line numbers counted in the fixtures below, one article every other
// line), never by running the server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import JSZip from 'jszip';
import { amendmentOf, changedUnits, compareTexts, comparisonDocxBase64, consolidateTexts } from '../../server/src/features/versionCommands';
import { compareVersions } from '../../server/src/features/compare';
import { getLocale, setLocale } from '../../server/src/features/messages';
import { elementNamed, elementsNamed, readXml, textOf } from '../support/xml';

// Lines: 0 title, 2 第一条, 4 第二条, 6 第三条, 8 第四条.
const OLD = '# 中华人民共和国测试法\n\n第一条　为了规范测试工作，制定本法。\n\n第二条　国家鼓励开展测试研究。\n\n第三条　测试机构应当依法登记。\n\n第四条　本法自公布之日起施行。\n';
// 第二条 changed, 第三条 deleted, 第四条 now 第三条 (line 6).
const NEW = '# 中华人民共和国测试法\n\n第一条　为了规范测试工作，制定本法。\n\n第二条　国家支持开展测试研究。\n\n第三条　本法自公布之日起施行。\n';

test('compareTexts: a changed, a deleted and a renumbered article, the unchanged one left out; each at its line on either side', () => {
  const r = compareTexts(OLD, NEW);
  assert.deepEqual(r.changes, [
    { type: 'modified', note: '内容修改', old: { name: '第二条', line: 4 }, new: { name: '第二条', line: 4 } },
    { type: 'deleted', note: '删去', old: { name: '第三条', line: 6 }, new: undefined },
    { type: 'renumbered', note: '原第四条改为第三条', old: { name: '第四条', line: 8 }, new: { name: '第三条', line: 6 } },
  ]);
  assert.equal(
    r.table,
    '# 《中华人民共和国测试法》修改对照表\n\n| 原条文 | 修改后条文 | 说明 |\n| --- | --- | --- |\n' +
      '| 第二条　国家~~鼓励~~开展测试研究。 | 第二条　国家**支持**开展测试研究。 | 内容修改 |\n' +
      '| 第三条　测试机构应当依法登记。 |  | 删去 |\n' +
      '| 第四条　本法自公布之日起施行。 | 第三条　本法自公布之日起施行。 | 原第四条改为第三条 |\n',
  );
});

test('compareTexts: an added article has no old place; a moved one is listed though its text is the same', () => {
  // 第二条 moved to the end: 第三条 and 第四条 move up; then an article added after it.
  const moved = '# 中华人民共和国测试法\n\n第一条　为了规范测试工作，制定本法。\n\n第二条　测试机构应当依法登记。\n\n第三条　本法自公布之日起施行。\n\n第四条　国家鼓励开展测试研究。\n\n第五条　本法由国务院解释。\n';
  assert.deepEqual(compareTexts(OLD, moved).changes, [
    { type: 'renumbered', note: '原第三条改为第二条', old: { name: '第三条', line: 6 }, new: { name: '第二条', line: 4 } },
    { type: 'renumbered', note: '原第四条改为第三条', old: { name: '第四条', line: 8 }, new: { name: '第三条', line: 6 } },
    { type: 'renumbered', note: '原第二条移至第四条', old: { name: '第二条', line: 4 }, new: { name: '第四条', line: 8 } },
    { type: 'added', note: '新增', old: undefined, new: { name: '第五条', line: 10 } },
  ]);
});

test('compareTexts: the line of a unit is the physical line, after a preamble of two lines and with CRLF line breaks', () => {
  const old = '# 中华人民共和国测试法\r\n\r\n为了规范测试工作，\r\n制定本法。\r\n\r\n第一条　国家鼓励开展测试研究。\r\n';
  const r = compareTexts(old, old.replace('为了规范测试工作，\r\n制定本法。\r\n\r\n', '').replace('鼓励', '支持'));
  assert.deepEqual(r.changes, [{ type: 'modified', note: '内容修改', old: { name: '第一条', line: 5 }, new: { name: '第一条', line: 2 } }]);
});

test('compareTexts: two texts with the same articles: no change, the table says so', () => {
  const r = compareTexts(OLD, OLD.replace('# 中华人民共和国测试法', '# 中华人民共和国测试管理法'));
  assert.deepEqual(r.changes, []);
  assert.equal(r.table, '# 《中华人民共和国测试管理法》修改对照表\n\n两个文本的条文相同。\n');
});

test('changedUnits: the comparison given, the same answer as compareTexts', () => {
  assert.deepEqual(changedUnits(compareVersions(OLD, NEW)), compareTexts(OLD, NEW).changes);
});

test('amendmentOf: a 修改决定 for a law, its clauses counted (the renumbered article too), and it consolidates back', () => {
  const r = amendmentOf(OLD, NEW);
  assert.equal(r.clauses, 3);
  assert.equal(
    r.text,
    '# 全国人民代表大会常务委员会关于修改《中华人民共和国测试法》的决定\n\n全国人民代表大会常务委员会决定对《中华人民共和国测试法》作如下修改：\n\n' +
      '一、将第二条中的“鼓励”修改为“支持”。\n\n二、删去第三条。\n\n本决定自公布之日起施行。\n\n' +
      '《中华人民共和国测试法》根据本决定作相应修改并对条文顺序作相应调整，重新公布。\n',
  );
  assert.deepEqual(consolidateTexts(OLD, r.text), { text: NEW, problems: [] });
});

test('amendmentOf: the kind asked for (a protocol to a law), and none for two texts with the same articles', () => {
  assert.equal(
    amendmentOf(OLD, NEW, 'protocol').text,
    '# 关于修改《中华人民共和国测试法》的议定书\n\n缔约双方同意对《中华人民共和国测试法》（以下简称“原法”）作如下修改：\n\n' +
      '## 第一条\n\n将原法第二条中的“鼓励”修改为“支持”。\n\n## 第二条\n\n删去原法第三条。\n\n' +
      '## 第三条\n\n原法根据本议定书作相应修改并对条文顺序作相应调整。\n\n## 第四条\n\n本议定书自双方完成各自国内法律程序并相互通知之日起生效。\n',
  );
  assert.equal(amendmentOf(OLD, OLD).clauses, 0);
  // A moved article: two renumbered and one moved, each a clause.
  const moved = '# 中华人民共和国测试法\n\n第一条　为了规范测试工作，制定本法。\n\n第二条　测试机构应当依法登记。\n\n第三条　本法自公布之日起施行。\n\n第四条　国家鼓励开展测试研究。\n';
  assert.equal(amendmentOf(OLD, moved).clauses, 3);
});

test('consolidateTexts: the clauses applied, each problem at its line and character in the instrument', () => {
  const amendment = '# 决定\n\n一、将第二条中的“鼓励”修改为“支持”。\n\n二、删去第九条。\n\n三、将第三条中的“依法”修改为“按规定”。\n';
  assert.deepEqual(consolidateTexts(OLD, amendment), {
    text: OLD.replace('鼓励', '支持').replace('依法', '按规定'),
    problems: [{ code: 'amend.no-such-article', message: '没有第九条', line: 4, character: 2 }],
  });
  // CRLF line breaks in the instrument: the same lines; two problems in the order of the clauses.
  const crlf = '# 决定\r\n\r\n一、删去第八条。\r\n\r\n二、将第一条中的“甲”修改为“乙”。\r\n';
  assert.deepEqual(consolidateTexts(OLD, crlf), {
    text: OLD,
    problems: [
      { code: 'amend.no-such-article', message: '没有第八条', line: 2, character: 2 },
      { code: 'amend.text-not-found', message: '第一条中没有“甲”', line: 4, character: 2 },
    ],
  });
});

test('compareTexts: to an English display each change is said in English (the table, a document, stays Chinese)', () => {
  const before = getLocale();
  try {
    setLocale('en');
    const r = compareTexts(OLD, NEW);
    assert.deepEqual(r.changes.map((c) => c.note), ['text changed', 'deleted', '第四条 renumbered 第三条']);
    assert.match(r.table, /\| 第四条　本法自公布之日起施行。 \| 第三条　本法自公布之日起施行。 \| 原第四条改为第三条 \|/);
    // 第二条 and 第三条 swapped: the second kept in place, the third moved before it.
    const swapped = OLD.replace('第二条　国家鼓励开展测试研究。', '第二条　测试机构应当依法登记。').replace('第三条　测试机构应当依法登记。', '第三条　国家鼓励开展测试研究。');
    assert.deepEqual(compareTexts(OLD, swapped).changes.map((c) => c.note), ['第三条 moved to 第二条', '第二条 renumbered 第三条']);
    setLocale('zh-cn');
    assert.deepEqual(compareTexts(OLD, swapped).changes.map((c) => c.note), ['原第三条移至第二条', '原第二条改为第三条']);
  } finally {
    setLocale(before);
  }
});

test('consolidateTexts: to an English display each problem is said in English, the Chinese naming the clause\'s units after it', () => {
  const before = getLocale();
  const crlf = '# 决定\r\n\r\n一、删去第八条。\r\n\r\n二、将第一条中的“甲”修改为“乙”。\r\n';
  try {
    setLocale('en');
    assert.deepEqual(consolidateTexts(OLD, crlf).problems, [
      { code: 'amend.no-such-article', message: 'Not applied: the base text has no such article or chapter (没有第八条).', line: 2, character: 2 },
      { code: 'amend.text-not-found', message: 'Not applied: the words the clause quotes from the base text are not there (第一条中没有“甲”).', line: 4, character: 2 },
    ]);
    // Two clauses on one article: the later one is in conflict.
    const twice = '# 决定\n\n一、将第二条修改为：“国家支持测试研究。”\n\n二、将第二条修改为：“国家资助测试研究。”\n';
    assert.deepEqual(consolidateTexts(OLD, twice).problems.map((p) => p.message.replace(/ \(.*$/s, '')), ['Not applied: another clause changes the same text']);
  } finally {
    setLocale(before);
  }
});

test('comparisonDocxBase64: the 修改对照表 as a .docx, base64: its title and one row a change', async () => {
  const { base64 } = await comparisonDocxBase64(OLD, NEW);
  const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'));
  const document = readXml(await zip.file('word/document.xml')!.async('string'));
  const body = elementNamed(document, 'w:body');
  const rows = elementsNamed(body, 'w:tr');
  // The header row and the three changes.
  assert.equal(rows.length, 4);
  const cells = rows.map((r) => elementsNamed(r, 'w:tc').map((c) => textOf(c)));
  assert.deepEqual(cells[0], ['原条文', '修改后条文', '说明']);
  assert.deepEqual(cells[2], ['第三条　测试机构应当依法登记。', '', '删去']);
  assert.deepEqual(cells[3], ['第四条　本法自公布之日起施行。', '第三条　本法自公布之日起施行。', '原第四条改为第三条']);
  assert.equal(textOf(elementsNamed(body, 'w:p')[0]), '《中华人民共和国测试法》修改对照表');
});
