// Amending clauses as the drafters of real decisions write them (the NPC Standing Committee, the
// Supreme People's Court, the State Council; sources in test/fixtures/amendments/README.md): a
// quotation on the paragraph after the colon, its paragraphs not opened by “ each; 将第二条修改为第六条：“…”;
// 原第四条作为第五条; 增加一条，作为《解释》第七条; 第一条第二款开始部分增加规定; 第五条条首部分修改为 and
// 并增加一项作为第三项规定 (the article named once for the whole clause); 将第六条和第七条合并修改为;
// 删去第十二条和第十三条; 删去第十六条第二款规定的“…” (the whole paragraph); 第二条增加一款，作为第一款.
// Each case: the base (test/support/versions LAW), the clause, the consolidated text written by reading.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { consolidate } from '../../server/src/features/consolidate';
import { LAW, LAW_PARTS } from '../support/versions';

const { A1, A2, A3, A4, HEAD, CH2 } = LAW_PARTS;

const CASES: [string, string, string][] = [
  ['the quotation on the paragraph after the colon, its paragraphs not opened by “',
    '一、将第三条修改为：\n\n“国家支持示例研究。\n\n地方人民政府提供便利。”\n\n二、删去第四条。\n',
    HEAD + A1 + A2 + CH2 + '第三条　国家支持示例研究。\n\n地方人民政府提供便利。\n'],
  ['an article renumbered and replaced: 将第三条修改为第四条：“…”, and 将第四条修改为第三条 alone',
    '一、将第三条修改为第四条：“国家支持示例研究。”\n\n二、将第四条修改为第三条。\n',
    HEAD + A1 + A2 + '第三条　本法自公布之日起施行。\n\n' + CH2 + '第四条　国家支持示例研究。\n'],
  ['增加一条作为第二条 with no anchor and 原第N条作为第M条: the new article where its number puts it',
    '一、增加一条作为第二条：“示例工作应当公正。”\n\n二、原第二条作为第三条。\n\n三、原第三条作为第四条。\n\n四、原第四条作为第五条。\n',
    HEAD + A1 + '第二条　示例工作应当公正。\n\n' + A2.replace('第二条', '第三条') + CH2 + A3.replace('第三条', '第四条') + A4.replace('第四条', '第五条')],
  ['the instrument named in the clause: 将《示例法》原第四条改为修改后《示例法》第五条，修改为, 增加一条，作为《示例法》第四条',
    '一、增加一条，作为《示例法》第四条：“示例工作应当公开。”\n\n二、将《示例法》原第四条改为修改后《示例法》第五条，修改为：“本法自2025年1月1日起施行。”\n',
    HEAD + A1 + A2 + CH2 + A3 + '第四条　示例工作应当公开。\n\n第五条　本法自2025年1月1日起施行。\n'],
  ['words put before a paragraph (开始部分增加规定), joined to its own by a semicolon',
    '一、第二条第二款开始部分增加规定：“情节轻微的，不予处罚”。\n',
    LAW.replace('违反前款规定，情节严重的', '情节轻微的，不予处罚；违反前款规定，情节严重的')],
  ['the words leading into the items replaced (条首部分), the colon kept; an unlabelled item added last in the same clause (并增加一项作为第三项规定)',
    '一、第二条条首部分修改为：“有下列情形之一的，由有关部门责令改正”;并增加一项作为第三项规定：“其他违法情形的。”\n',
    LAW.replace('由主管部门责令改正：', '由有关部门责令改正：').replace('（二）拒绝检查的。', '（二）拒绝检查的；\n\n（三）其他违法情形的。')],
  ['two articles merged (将第三条和第四条合并修改为)',
    '一、将第三条和第四条合并修改为：“国家鼓励开展示例研究。本法自公布之日起施行。”\n',
    HEAD + A1 + A2 + CH2 + '第三条　国家鼓励开展示例研究。本法自公布之日起施行。\n'],
  ['one clause, several units of one article, and a second article after 并将',
    '一、删去第二条第二款中的“情节严重的，”和第一款第二项中的“拒绝”，并将第三条中的“鼓励”修改为“支持”。\n',
    LAW.replace('违反前款规定，情节严重的，处', '违反前款规定，处').replace('（二）拒绝检查的', '（二）检查的').replace('国家鼓励', '国家支持')],
  ['the words after a comma deleted: the comma goes with them (删去第二条第二款中的“…”)',
    '一、删去第二条第二款中的“处一万元以下罚款”。\n',
    LAW.replace('违反前款规定，情节严重的，处一万元以下罚款。', '违反前款规定，情节严重的。')],
  ['the words at the end of a paragraph deleted (末尾的), the comma before them too; words inside a sentence keep theirs',
    '一、删去第二条第二款末尾的“，处一万元以下罚款”和第一款第一项中的“按规定”。\n',
    LAW.replace('违反前款规定，情节严重的，处一万元以下罚款。', '违反前款规定，情节严重的。').replace('未按规定登记的', '未登记的')],
  ['a quotation inside the quoted text (‘示例’) is the text\'s own quotation (“示例”)',
    '一、将第三条修改为：“国家鼓励开展‘示例’研究。”\n',
    LAW.replace('国家鼓励开展示例研究。', '国家鼓励开展“示例”研究。')],
  ['two articles deleted in one clause', '一、删去第三条和第四条。\n', HEAD + A1 + A2 + '## 第二章　附则\n'],
  ['the words of a whole paragraph deleted (删去…规定的“…”): the paragraph goes',
    '一、删去第二条第二款规定的“违反前款规定，情节严重的，处一万元以下罚款”。\n',
    LAW.replace('\n\n违反前款规定，情节严重的，处一万元以下罚款。', '')],
  ['a comma before 修改为, and the next sentence (同时，将第二款中的…) of the same article',
    '一、将第二条第一款中的“主管部门”，修改为“有关部门”。同时，将第二款中的“一万元”修改为“五万元”。\n',
    LAW.replace('主管部门', '有关部门').replace('一万元', '五万元')],
  ['同时增加一款作为第三款规定 after a clause naming the article',
    '一、删去第二条第二款中的“情节严重的，”。同时增加一款作为第三款规定：“情节严重的，处五万元以下罚款。”\n',
    LAW.replace('违反前款规定，情节严重的，处一万元以下罚款。', '违反前款规定，处一万元以下罚款。\n\n情节严重的，处五万元以下罚款。')],
  ['第三条增加一款，作为第一款 (在 and 中 left unwritten)',
    '一、第三条增加一款，作为第一款：“示例研究应当遵守法律。”\n',
    LAW.replace('第三条　国家鼓励开展示例研究。', '第三条　示例研究应当遵守法律。\n\n国家鼓励开展示例研究。')],
];

// A decision amending several instruments (the court's 关于修改《…》等二十七件民事类司法解释的决定, the State
// Council's 关于修改和废止部分行政法规的决定): the clauses under this text's name apply, numbered 1. 2. under it.
const SEVERAL = [
  '# 关于修改《中华人民共和国甲法》等两件法律的决定',
  '',
  '一、修改《中华人民共和国示例法》',
  '',
  '1.删除第三条。',
  '',
  '2.增加一条作为第三条：“示例工作应当公开。”',
  '',
  '3.条文顺序作相应调整。',
  '',
  '二、修改《中华人民共和国乙法》',
  '',
  '1.将第一条修改为：“乙。”',
  '',
  '三、将《中华人民共和国丙法》第二条修改为：“丙。”',
  '',
].join('\n');
CASES.push(
  ['several instruments: the clauses under this one\'s name (1. 2. under 一、修改《…》), 删除 as 删去, 增加一条作为第三条 placed by its number when the order is adjusted',
    SEVERAL,
    // Placed after 第二条, as an article added after it would be: the heading stays before the article it opened (old 第四条).
    HEAD + A1 + A2 + '第三条　示例工作应当公开。\n\n' + CH2 + A4],
);

for (const [what, amendment, expected] of CASES) {
  test(`decision clause: ${what}`, () => {
    const r = consolidate(LAW, amendment);
    assert.deepEqual(r.problems, []);
    assert.equal(r.text, expected);
  });
}

test('decision clause: a renumbering the reader cannot apply whole is a problem, never skipped', () => {
  const r = consolidate(LAW, '一、原第三条作为第四条第一款。\n');
  assert.deepEqual(r.problems.map((p) => p.code), ['amend.unreadable']);
  assert.equal(r.text, LAW);
});

test('decision clause: a clause with one part not read is not applied in part', () => {
  const r = consolidate(LAW, '一、将第三条中的“鼓励”修改为“支持”，并将第二条条尾部分改写。\n');
  assert.deepEqual(r.problems.map((p) => p.code), ['amend.unreadable']);
  assert.equal(r.text, LAW);
});

test('decision clause: a decision amending several instruments, none of them this one, is a problem, and nothing is applied', () => {
  const r = consolidate(LAW.replace('示例法', '丁法'), SEVERAL);
  assert.deepEqual(r.problems.map((p) => p.code), ['amend.unreadable']);
  assert.match(r.problems[0].message, /本决定修改3件文件/);
  assert.equal(r.text, LAW.replace('示例法', '丁法'));
});

test('decision clause: an article added as 第N条 with no anchor, the order adjusted, is the N-th', () => {
  const r = consolidate(LAW, '一、增加一条作为第二条：“示例工作应当公正。”\n\n二、条文顺序作相应调整。\n');
  assert.deepEqual(r.problems, []);
  assert.equal(r.text, HEAD + A1 + '第二条　示例工作应当公正。\n\n' + A2.replace('第二条', '第三条') + CH2 + A3.replace('第三条', '第四条') + A4.replace('第四条', '第五条'));
});

test('decision clause: the preamble called 引言 (将引言修改为)', () => {
  const base = '# 示例规定\n\n为了规范示例，制定本规定。\n\n第一条　甲。\n';
  const r = consolidate(base, '一、将引言修改为：“为了规范和促进示例，制定本规定。”\n');
  assert.deepEqual(r.problems, []);
  assert.equal(r.text, base.replace('为了规范示例', '为了规范和促进示例'));
});

// A protocol amending a tax agreement, as its drafters write it (test/fixtures/unseen: the China–Singapore
// agreement and the protocol revising it): 删去协定第五条第三款，代之以：“…”, 删去…第（一）项中的“A”，代之以“B”,
// 协定第十一条第二款后增加以下规定：“…” (before, read as nothing and skipped without a word).
test('protocol clauses: 删去…，代之以, 中的“A”，代之以“B”, 第X条第Y款后增加以下规定 — the agreement as the protocol leaves it', () => {
  const dir = 'test/fixtures/unseen/';
  const fs = require('fs') as typeof import('fs');
  const base = fs.readFileSync(dir + 'agreement_double_taxation.md', 'utf8');
  const r = consolidate(base, fs.readFileSync(dir + 'protocol_double_taxation.md', 'utf8'));
  assert.deepEqual(r.problems, []);
  assert.equal(r.text, base
    .replace('但仅以该工地、工程或活动连续六个月以上的为限', '但仅以该工地、工程或活动连续十二个月以上的为限')
    .replace('至少百分之二十五资本', '至少百分之十资本')
    .replace('应和根据该国国内法律所获得的情报一样作密件处理。', '应和根据该国国内法律所获得的情报一样作密件处理。\n\n三、在任何情况下，第一款和第二款的规定均不得被解释为缔约国一方仅因情报由银行、其他金融机构、被指定人或者代理人所掌握，而拒绝提供情报。'));
});

test('protocol clauses: 第X条第Y款应删除，并由以下代替; a clause naming an article it cannot be applied to, or written in a form not read, is a problem', () => {
  const r = consolidate(LAW, '一、原法第二条第二款应删除，并由以下代替：“违反前款规定的，处罚款。”\n');
  assert.deepEqual(r.problems, []);
  assert.equal(r.text, LAW.replace('违反前款规定，情节严重的，处一万元以下罚款。', '违反前款规定的，处罚款。'));
  const bad = consolidate(LAW, '一、原法第九条第二款后增加以下规定：“甲。”\n');
  assert.deepEqual(bad.problems.map((p) => p.code), ['amend.no-such-article']);
  // Numbered as a clause, naming a paragraph and quoting words for it, in a form not read: said so, not skipped.
  const unread = consolidate(LAW, '一、原法第二条第二款以下列文字代之：“甲。”\n');
  assert.deepEqual(unread.problems.map((p) => p.code), ['amend.unreadable']);
  assert.equal(unread.text, LAW);
});

test('a quoted item that ends the text\'s own quotation (“（二）…。””) is one quotation, not a clause going on after it', () => {
  const base = '# 议定书\n\n第一条　删去协定第五条，代之以：\n\n“一、甲：\n\n（一）乙；\n\n（二）丙。”\n';
  const r = consolidate(base, '一、将第一条第二项修改为：“（二）丁。””\n');
  assert.deepEqual(r.problems, []);
  assert.equal(r.text, base.replace('（二）丙。”', '（二）丁。”'));
});
