// Real amending instruments as their drafters wrote them (sources in test/fixtures/amendments/README.md).
//
// 1. The criminal law before and after the 修正案（十二） (LawRefBook/Laws: the earlier text from the
//    repository's history, cut to the same articles as xingfa-2023.md): the real amendment applied to the
//    real earlier text gives the real later text; and the clauses treaty-diff writes for the same pair,
//    compared with the drafters' (written down below, with where they differ and why).
// 2. Decisions of the Supreme People's Court (and of the two high courts) amending a judicial
//    interpretation, as the repository keeps them: every clause read, by reading — what it changes,
//    the renumbering it implies — and no problem; each article a clause quotes whole is the later text's
//    article of that number. (The earlier texts, before these decisions, are not in the repository.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { compareVersions, unitText, unitsOf } from '../../server/src/features/compare';
import { amendmentClauses, amendmentText } from '../../server/src/features/amend';
import { ClauseOp, Target, consolidate, readClauses } from '../../server/src/features/consolidate';
import { articleName } from '../../server/src/model/clauses';
import { buildTreaty } from '../../server/src/model/treaty';
import { ROOT } from '../support/fixture';

const DIR = path.join(ROOT, 'test/fixtures/amendments');
const read = (f: string) => fs.readFileSync(path.join(DIR, f), 'utf8');

test('real pair: the criminal law before the 修正案（十二）, the 修正案 applied, gives the law after it', () => {
  const r = consolidate(read('xingfa-2020.md'), read('xingfa-amendment-12.md'));
  assert.deepEqual(r.problems, []);
  // Byte for byte: the two cuts hold the same articles, and nothing outside them changes.
  assert.equal(r.text, read('xingfa-2023.md'));
});

test('real pair: the criminal law, the clauses treaty-diff writes against the drafters\' 修正案（十二）', () => {
  const cmp = compareVersions(read('xingfa-2020.md'), read('xingfa-2023.md'));
  const lead = (c: string) => c.replace(/：“[\s\S]*$/, '：“…”').replace(/(中的“[^”]*”后增加)“[\s\S]*$/, '$1“…”');
  // The drafters' (xingfa-amendment-12.md), in order:
  //   一、在刑法第一百六十五条中增加一款作为第二款，将该条修改为：“…”   — the server: the article replaced whole
  //   二、在刑法第一百六十六条中增加一款作为第二款，将该条修改为：“…”   — the same
  //   三、在刑法第一百六十九条中增加一款作为第二款，将该条修改为：“…”   — the server: the paragraph added alone
  //   四、将刑法第三百八十七条第一款修改为：“…”                       — the same
  //   五、将刑法第三百九十条修改为：“…”                               — the same
  //   六、将刑法第三百九十一条第一款修改为：“…”                       — the server: the words added after 并处罚金
  //   七、将刑法第三百九十三条修改为：“…”                             — the same
  // Where they differ, both say the same change (the round trip below holds); the drafters of a 修正案 quote
  // the whole article or paragraph a penalty changes in, where the server writes the narrowest unit.
  assert.deepEqual(amendmentClauses(cmp).clauses.map(lead), [
    '将第一百六十五条修改为：“…”',
    '将第一百六十六条修改为：“…”',
    '在第一百六十九条中增加一款，作为第二款：“…”',
    '将第三百八十七条第一款修改为：“…”',
    '将第三百九十条修改为：“…”',
    '在第三百九十一条中的“并处罚金”后增加“…”',
    '将第三百九十三条修改为：“…”',
  ]);
});

const name = (t: Target) => `${articleName(t.num, t.sub)}${t.para ? `第${'一二三四五六七八九'[t.para - 1]}款` : ''}${t.item ? `第${'一二三四五六七八九'[t.item - 1]}项` : ''}`;
const cut = (s: string) => (s.length > 8 ? `${s.slice(0, 8)}…` : s);
function summary(op: ClauseOp): string {
  switch (op.op) {
    case 'replace': return `${name(op.target)}修改为（${op.lines.length}段）`;
    case 'replaceText': return op.to ? `${name(op.target)}“${cut(op.from)}”→“${cut(op.to)}”` : `${name(op.target)}删去“${cut(op.from)}”`;
    case 'delete': return `删去${name(op.target)}`;
    case 'addParagraph': return `${name(op.target)}增加第${op.at}款`;
    case 'addItem': return `${name(op.target)}增加第${op.at}项`;
    case 'addArticle': return `增加${articleName(op.num, op.sub)}${op.anchor ? `（${name(op.anchor)}后）` : ''}（${op.lines.length}段）`;
    case 'renumber': return op.pairs.map((p) => `${name(p.from)}→${articleName(p.num, p.sub)}`).join('，');
    case 'prefix': return `${name(op.target)}开头增加“${cut(op.words)}”`;
    case 'lead': return `${name(op.target)}条首修改为“${cut(op.words)}”`;
    case 'renumberAll': return op.chapters ? '章、条的序号作相应调整' : '条文顺序作相应调整';
    case 'deleteChapter': return `删去第${op.num}章`;
    case 'moved': return `${name(op.target)}作为第${op.to}${op.target.item !== undefined ? '项' : '款'}`;
    case 'preamble': return op.reply ? `正文第${op.from + 1}段` : '序言';
    case 'title': return op.from !== undefined ? `名称“${cut(op.from)}”→“${cut(op.words)}”` : `名称修改为“${cut(op.words)}”`;
    case 'heading': return `${op.from !== undefined ? `标题“${cut(op.from)}”` : `第${op.part}部分标题`}修改为“${cut(op.words)}”`;
    case 'expect': return `${op.target ? name(op.target) : `序言第${op.para}段`}原有“${cut(op.words.join(''))}”`;
  }
}

interface Decision {
  name: string;
  decision: string;
  /** The later text, as the repository keeps it. */
  later?: string;
  /** Each clause (each sentence) as read, its parts joined by ；, by reading the decision. */
  clauses: string[];
  /** The articles quoted whole that the later text writes otherwise: the difference, and why. */
  differs?: Record<string, string>;
}

const DECISIONS: Decision[] = [
  {
    name: '上海金融法院案件管辖的规定 (2021): articles replaced and renumbered (将第二条修改为第六条：), added (增加一条作为第二条：), renumbered (将第五条修改为第十条), every quotation on the paragraph after its colon',
    decision: 'spc-shjr-decision.md',
    later: 'spc-shjr-2021.md',
    clauses: [
      '第一条修改为（7段）',
      '第二条修改为（1段）；第二条→第六条',
      '增加第二条（3段）',
      '第三条修改为（1段）；第三条→第五条',
      '增加第三条（1段）',
      '增加第四条（1段）',
      '第四条修改为（1段）；第四条→第七条',
      '增加第八条（1段）',
      '增加第九条（2段）',
      '第五条→第十条',
      '第六条→第十一条',
      '第七条→第十二条',
    ],
    // The decision as the repository keeps it ends item （二） with an ASCII semicolon, the later text with ；.
    differs: { 第一条: '；' },
  },
  {
    name: '仲裁司法审查案件报核问题的有关规定 (2021): 增加一条作为第四条 and 原第四条作为第五条 … (read, no longer skipped)',
    decision: 'spc-zhongcai-decision.md',
    later: 'spc-zhongcai-2021.md',
    clauses: ['第三条修改为（1段）', '增加第四条（1段）', '第四条→第五条', '第五条→第六条', '第六条→第七条', '第七条→第八条', '第八条→第九条'],
  },
  {
    name: '铁路运输人身损害赔偿解释 (2021): 开始部分增加规定, 同时增加一款作为第二款规定, 条首部分修改为 and 并增加一项作为第三项规定, 合并修改为, 末尾的 … 和第二款末尾的 …，并将第二款中的, 删去第十二条和第十三条, 规定的, the closing renumbering',
    decision: 'spc-tielu-decision.md',
    later: 'spc-tielu-2021.md',
    clauses: [
      '第一条第二款开头增加“铁路运输企业在客…”',
      '第二条删去“依法由受害人承担…”',
      // A sentence of its own (。同时…, ;并…), of the article the clause named.
      '第三条第一款删去“赔偿权利人依照民…”',
      '第三条增加第2款',
      '第五条条首修改为“铁路行车事故及其…”',
      '第五条增加第3项',
      '第六条修改为（4段）；删去第七条',
      '第八条第一款删去“但铁路运输企业承…”；第八条第二款删去“但铁路运输企业承…”；第八条第二款“及”→“或者”',
      '第九条第一款“按照各自的过错分…”→“的责任份额根据各…”',
      '第九条第二款“第七条”→“第六条”',
      '删去第十二条；删去第十三条',
      '第十六条第二款删去“本解释施行前已经…”',
      '条文顺序作相应调整',
    ],
  },
  {
    name: '食品药品纠纷案件规定 (2021): one clause, no number, a quotation of two paragraphs',
    decision: 'spc-shipin-decision.md',
    later: 'spc-shipin-2021.md',
    clauses: ['第十二条修改为（2段）'],
  },
  {
    name: '两高 妨害信用卡管理解释 (2018): 将《解释》原第六条修改为, 增加一条，作为《解释》第七条, 将《解释》原第八条改为修改后《解释》第十三条，修改为',
    decision: 'spc-xinyongka-decision.md',
    clauses: [
      '第六条修改为（9段）',
      '增加第七条（7段）',
      '增加第八条（1段）',
      '增加第九条（3段）',
      '增加第十条（1段）',
      '增加第十一条（1段）',
      '第七条→第十二条',
      '第八条修改为（1段）；第八条→第十三条',
    ],
  },
];

for (const d of DECISIONS) {
  test(`real decision: ${d.name}`, () => {
    const { clauses, problems } = readClauses(read(d.decision));
    assert.deepEqual(problems, []);
    assert.deepEqual(clauses.map((c) => c.ops.map(summary).join('；')), d.clauses);
    if (!d.later) return;
    // Each article quoted whole is the later text's article under the number the clause gives it.
    const later = new Map(unitsOf(buildTreaty(read(d.later))).map((u) => [u.name, unitText(u)]));
    const differs: Record<string, string> = {};
    for (const c of clauses) {
      for (const op of c.ops) {
        const whole = op.op === 'addArticle' || (op.op === 'replace' && op.target.para === undefined && op.target.item === undefined);
        if (!whole) continue;
        const moved = c.ops.find((o) => o.op === 'renumber');
        const n = op.op === 'addArticle' ? articleName(op.num, op.sub) : moved?.op === 'renumber' ? articleName(moved.pairs[0].num, moved.pairs[0].sub) : articleName(op.target.num, op.target.sub);
        const quoted = op.lines.join('\n');
        const written = later.get(n);
        assert.ok(written !== undefined, `${n} in ${d.later}`);
        if (quoted !== written) differs[n] = [...written!].filter((ch, i) => ch !== quoted[i]).slice(0, 1).join('');
      }
    }
    assert.deepEqual(differs, d.differs ?? {});
  });
}

test('real decision: the court\'s 二十七件民事类司法解释 decision (2020) amends 27 interpretations, each under 一、修改《…》 with clauses 1. 2. …: applied to one, only its own clauses', () => {
  const decision = read('spc-minshi27-decision.md');
  const { clauses, problems } = readClauses(decision);
  // Every one of the 27 has a clause read (the two 批复 by their paragraphs).
  assert.equal(new Set(clauses.map((c) => c.group)).size, 27);
  // Not read, and said so (by reading): 将十一条修改为 — 第 left out in the decision as the repository keeps it.
  assert.deepEqual(problems.map((p) => p.message.replace(/：“.*$/, '')), ['读不懂这一修改（“十一条”前少了“第”？）：将十一条修改为']);
  // The paragraphs of a 批复, which has no articles (十、 将第二段修改为, 十八、 将正文第一段修改为).
  assert.deepEqual(clauses.flatMap((c) => c.ops.filter((op) => op.op === 'preamble' && op.reply).map(summary)), ['正文第2段', '正文第1段']);
  // A part's heading, by its words (买卖合同, 五、1.) and by its number (融资租赁合同, 六、1.).
  assert.deepEqual(clauses.flatMap((c) => c.ops.filter((op) => op.op === 'heading').map((op) => `${c.group}：${summary(op)}`)), [
    '最高人民法院关于审理买卖合同纠纷案件适用法律问题的解释：标题“一、买卖合同的成…”修改为“一、买卖合同的成…”',
    '最高人民法院关于审理融资租赁合同纠纷案件适用法律问题的解释：第1部分标题修改为“一、融资租赁合同…”',
  ]);
  // Applied to the interpretation on personal injury (its text after this decision: the earlier one is not in
  // the repository), the clauses of 二十三、 only, as read; the other instruments' problems are theirs.
  const later = read('renshen-2020.md');
  const r = consolidate(later, decision);
  assert.deepEqual(r.clauses.map((c) => c.ops.map(summary).join('；')), [
    '序言',
    '第一条修改为（3段）',
    ['第二条', '第三条', '第四条', '第六条', '第七条', '第八条', '第九条', '第十条', '第十一条', '第十五条', '第十六条', '第十七条', '第十八条', '第三十一条'].map((a) => `删去${a}`).join('；'),
    '第十三条修改为（1段）',
    '第十四条修改为（2段）',
    '增加第十六条（1段）',
    '第三十三条修改为（1段）',
    '增加第二十三条（1段）',
    '条文顺序作相应调整',
  ]);
  // The later text has fewer articles than the clauses name (it is the text after them).
  assert.deepEqual(r.problems.map((p) => p.message), ['没有第三十一条', '没有第三十三条']);
  // The articles added and the first are the later text's, the inner ‘’ of the quotation its own “”.
  const articles = new Map(unitsOf(buildTreaty(later)).map((u) => [u.name, unitText(u)]));
  const own = (lines: string[]) => lines.join('\n').replace(/‘/g, '“').replace(/’/g, '”');
  for (const [i, name] of [[1, '第一条'], [5, '第十六条'], [7, '第二十三条']] as const) {
    const op = r.clauses[i].ops[0];
    assert.ok(op.op === 'replace' || op.op === 'addArticle');
    assert.equal(own(op.lines), articles.get(name));
  }
});

test('real decision: the court\'s 十八件知识产权类司法解释 decision (2020) — every clause read, the title and several articles at once, a part\'s heading by its words', () => {
  const { clauses, problems } = readClauses(read('spc-ip18-decision.md'));
  assert.deepEqual(problems, []);
  assert.equal(new Set(clauses.map((c) => c.group)).size, 18);
  // 十三、1. 将名称、第一条、第三条、第八条中的“侵犯”修改为“侵害”.
  const plant = clauses.filter((c) => c.group === '最高人民法院关于审理侵犯植物新品种权纠纷案件具体应用法律问题的若干规定');
  assert.deepEqual(plant[0].ops.map(summary), ['名称“侵犯”→“侵害”', '第一条“侵犯”→“侵害”', '第三条“侵犯”→“侵害”', '第八条“侵犯”→“侵害”']);
  // 十七、 将“三、技术转让合同”修改为：“三、技术转让合同和技术许可合同”.
  const heading = clauses.flatMap((c) => c.ops).filter((op) => op.op === 'heading');
  assert.deepEqual(heading, [{ op: 'heading', from: '三、技术转让合同', words: '三、技术转让合同和技术许可合同' }]);
});

// The texts before the court's decisions are not in the repository: these short texts, written for the tests,
// hold what the decisions' clauses name, as the interpretations did (a title, parts headed 一、 between articles).
const PLANT = [
  '# 最高人民法院关于审理侵犯植物新品种权纠纷案件具体应用法律问题的若干规定',
  '',
  '第一条 人民法院受理的侵犯植物新品种权纠纷案件，依法由省级人民法院管辖。',
  '',
  '第二条 未经品种权人许可，生产或者销售授权品种的繁殖材料的，应当认定为侵权。',
  '',
  '第三条 侵犯植物新品种权纠纷案件由侵权行为地人民法院管辖。',
  '',
].join('\n');

const PARTS = [
  '# 最高人民法院关于审理买卖合同纠纷案件适用法律问题的解释',
  '',
  '## 一、买卖合同的成立及效力',
  '',
  '第一条 当事人之间没有书面合同的，人民法院应当作出认定。',
  '',
  '## 二、标的物交付和所有权转移',
  '',
  '第二条 标的物为无需以有形载体交付的电子信息产品的，依照约定。',
  '',
].join('\n');

const consolidation = [
  {
    what: 'the same words in the title and in several articles (将名称、第一条、第三条中的“A”修改为“B”)',
    base: PLANT,
    amendment: '1.将名称、第一条、第三条中的“侵犯”修改为“侵害”。',
    text: PLANT.replace(/侵犯/g, '侵害'),
    problems: [],
  },
  {
    what: 'words the title does not hold: reported, the articles still changed',
    base: PLANT.replace('侵犯植物', '侵害植物'),
    amendment: '1.将名称、第一条中的“侵犯”修改为“侵害”。',
    text: PLANT.replace(/侵犯/g, '侵害').replace('第三条 侵害', '第三条 侵犯'),
    problems: ['标题中没有“侵犯”'],
  },
  {
    what: 'the title replaced whole, then words in it: one after the other',
    base: PLANT,
    amendment: '一、将名称修改为：“最高人民法院关于审理侵犯植物新品种权纠纷案件的规定”。\n二、将名称中的“侵犯”修改为“侵害”。',
    text: PLANT.replace('侵犯植物新品种权纠纷案件具体应用法律问题的若干规定', '侵害植物新品种权纠纷案件的规定'),
    problems: [],
  },
  {
    what: 'a part\'s heading by its words and another by its number, kept as the base writes headings (##)',
    base: PARTS,
    amendment: '1.将“一、买卖合同的成立及效力”修改为：“一、买卖合同的成立”。\n2.将第二部分标题修改为：“二、标的物交付”。',
    text: PARTS.replace('一、买卖合同的成立及效力', '一、买卖合同的成立').replace('二、标的物交付和所有权转移', '二、标的物交付'),
    problems: [],
  },
  {
    what: 'a part\'s heading the text does not have, and one named twice: reported, the text unchanged',
    base: PARTS,
    amendment: '1.将“三、违约责任”修改为：“三、违约责任及其承担”。\n2.将第一部分标题修改为：“一、甲”。\n3.将第一部分标题修改为：“一、乙”。',
    text: PARTS.replace('一、买卖合同的成立及效力', '一、甲'),
    problems: ['没有标题“三、违约责任”', '“一、买卖合同的成立及效力”已由另一条修改'],
  },
];

for (const c of consolidation) {
  test(`consolidation, the court's forms: ${c.what}`, () => {
    const r = consolidate(c.base, c.amendment);
    assert.deepEqual(r.problems.map((p) => p.message), c.problems);
    assert.equal(r.text, c.text);
  });
}

test('consolidation: two clauses changing the same words (a title a page writes inside the preamble\'s line) — the later reported, never both half-made', () => {
  const text = fs.readFileSync(path.join(ROOT, 'test/fixtures/real/agreement_model_tax_oneline.md'), 'utf8');
  const r = consolidate(text, '一、将名称修改为：“甲国和乙国关于对所得避免双重征税的协定”。\n\n二、将序言第二段修改为：“协定名称 甲国和乙国关于避免双重征税的协定”。\n');
  assert.deepEqual(r.problems.map((p) => [p.code, r.clauses.find((c) => c.start === p.start)?.text]), [['amend.conflict', '将名称修改为：“甲国和乙国关于对所得避免双重征税的协定”']]);
  assert.ok(r.text.includes('协定名称 甲国和乙国关于避免双重征税的协定 第一章'), r.text.slice(0, 80));
});

test('the amendment treaty-diff writes: a renamed title and a part\'s heading, as the court writes them, consolidated back to the new text', () => {
  const after = PARTS.replace('审理买卖合同纠纷案件', '审理买卖合同纠纷案件若干').replace('一、买卖合同的成立及效力', '一、买卖合同的成立').replace('第二条 标的物', '第二条 交付的标的物');
  const cmp = compareVersions(PARTS, after);
  assert.deepEqual(amendmentClauses(cmp).clauses, [
    '将名称修改为：“最高人民法院关于审理买卖合同纠纷案件若干适用法律问题的解释”',
    '将“一、买卖合同的成立及效力”修改为：“一、买卖合同的成立”',
    '将第二条修改为：“交付的标的物为无需以有形载体交付的电子信息产品的，依照约定。”',
  ]);
  const r = consolidate(PARTS, amendmentText(cmp));
  assert.deepEqual(r.problems, []);
  assert.equal(r.text, after);
  // Spaced out as laws space a heading (总 则): the same heading, no clause.
  assert.deepEqual(amendmentClauses(compareVersions(PARTS, PARTS.replace('二、标的物交付和所有权转移', '二、标的物交付和 所有权转移'))).clauses, []);
});

test('real pair: a 批复 of 1994 (its paragraphs, no articles) and the court\'s 二十七件 decision: 将第二段修改为 counts the paragraphs after the line addressing who asked', () => {
  const base = read('spc-pifu-qiankuantiao-1994.md');
  const r = consolidate(base, read('spc-minshi27-decision.md'));
  assert.deepEqual(r.problems, []);
  // By reading: 第二段 is 据你院报告称… (the first, 你院…请示收悉; 山东省高级人民法院: addresses the court that asked).
  const lines = base.split('\n');
  lines[4] = '据你院报告称，双方当事人原约定，供方交货后，需方立即付款。需方收货后因无款可付，经供方同意写了没有还款日期的欠款条。根据民法典第一百九十五条的规定，应认定诉讼时效中断。如果供方在诉讼时效中断后一直未主张权利，诉讼时效期间则应从供方收到需方所写欠款条之日起重新计算。';
  assert.equal(r.text, lines.join('\n'));
  // treaty-diff from the 1994 text to the 2020 one writes the court's decision (最高人民法院, 将第二段修改为), which gives it back.
  const cmp = compareVersions(base, r.text);
  const decision = amendmentText(cmp);
  assert.match(decision, /^# 最高人民法院关于修改《最高人民法院关于债务人[^》]*的批复》的决定/);
  assert.deepEqual(amendmentClauses(cmp).clauses.map((c) => c.replace(/：“[\s\S]*$/, '：“…”')), ['将第二段修改为：“…”']);
  assert.equal(consolidate(base, decision).text, r.text);
  // A text with articles has no reply's paragraphs to count: reported, unchanged.
  const law = consolidate(PARTS, '将第二段修改为：“甲。”');
  assert.deepEqual(law.problems.map((p) => p.message), ['没有正文']);
  assert.equal(law.text, PARTS);
  // No line addresses anyone: none either.
  assert.deepEqual(consolidate(base.replace('山东省高级人民法院:\n', ''), '将第二段修改为：“甲。”').problems.map((p) => p.message), ['没有正文']);
});

test('real local decisions as pages give them: straight quotes, no 将 or 在 before the unit, 即: before the quotation, a regulation named in clause 1. under a heading naming none', () => {
  const ops = (f: string) => readClauses(read(f)).clauses.map((c) => `${c.group ? `《${c.group}》` : ''}${c.ops.map(summary).join('；')}`);
  assert.deepEqual(readClauses(read('local-sichuan-fangzhen-1999-page.md')).problems, []);
  assert.deepEqual(ops('local-sichuan-fangzhen-1999-page.md'), ['第三条第二款修改为（2段）', '第四条第一款修改为（1段）', '第五条增加第3款', '第六条修改为（1段）']);
  assert.deepEqual(readClauses(read('local-gansu-several-page.md')).problems, []);
  assert.deepEqual(ops('local-gansu-several-page.md'), ['第七条增加第6项', '第九条修改为（1段）', '第十三条增加第2款', '增加第十四条（第十三条后）（1段）'].map((x) => `《甘肃省农村能源建设管理条例》${x}`));
  // 五、 as the page goes on (its quotation cut short here): a paragraph merged into the next article, which takes the text.
  const merged = readClauses('五、将原第六条第一款与第七条合并为第七条,修改为:"县以上地震行政主管部门依法履行防震减灾有关职能。"');
  assert.deepEqual(merged.clauses.map((c) => c.ops.map(summary).join('；')), ['第七条修改为（1段）；删去第六条第一款']);
  const six = '# 四川省防震减灾条例\n\n第六条 有关部门各负其责。\n\n地震行政主管部门履行职能。\n\n第七条 监督检查防震减灾工作。\n';
  assert.equal(consolidate(six, '五、将原第六条第一款与第七条合并为第七条,修改为:"县以上地震行政主管部门依法履行防震减灾有关职能。"').text,
    '# 四川省防震减灾条例\n\n第六条 地震行政主管部门履行职能。\n\n第七条 县以上地震行政主管部门依法履行防震减灾有关职能。\n');
  // Applied: 第五条第二款后增加 is the article's third paragraph; the straight quotes are no part of the words.
  const base = '# 四川省防震减灾条例\n\n第五条 各级人民政府应当加强领导。\n\n防震减灾经费列入财政预算。\n\n第六条 有关部门各负其责。\n';
  const r = consolidate(base, read('local-sichuan-fangzhen-1999-page.md'));
  assert.deepEqual(r.problems.map((p) => p.message), ['没有第三条', '没有第四条']);
  assert.equal(r.text, '# 四川省防震减灾条例\n\n第五条 各级人民政府应当加强领导。\n\n防震减灾经费列入财政预算。\n\n少数民族地区所需的防震减灾经费应由省人民政府给予特殊补助。\n\n第六条 县以上地震行政主管部门或者机构(以下称地震行政主管部门)、经济综合主管部门、建设行政主管部门、民政部门以及其它有关部门,在同级人民政府领导下,按照职责分工,各负其责,密切配合,共同做好防震减灾工作。\n');
});

test('real 修正案 of the criminal law (一, 四, 七, 九, 十): every clause read, as the drafters wrote them', () => {
  for (const f of ['xingfa-amendment-1.md', 'xingfa-amendment-4.md', 'xingfa-amendment-7.md', 'xingfa-amendment-9.md', 'xingfa-amendment-10.md']) {
    assert.deepEqual(readClauses(read(f)).problems.map((p) => p.message), [], f);
  }
  const ops = (f: string, words: string) => readClauses(read(f)).clauses.filter((c) => c.text.includes(words)).map((c) => c.ops.map(summary).join('；'));
  // By reading (the article each clause amends named in it or in the clause's first sentence):
  assert.deepEqual(ops('xingfa-amendment-7.md', '第二百八十五条中增加两款'), ['第二百八十五条增加第2款']);
  assert.deepEqual(ops('xingfa-amendment-7.md', '原第三款作为第四款'), ['第三百七十五条第三款作为第4款；第三百七十五条第三款修改为（1段）']);
  assert.deepEqual(ops('xingfa-amendment-9.md', '原第二款作为第三款'), ['第六十九条第二款作为第3款']);
  assert.deepEqual(ops('xingfa-amendment-9.md', '增加五条'), [['之二', '之三', '之四', '之五', '之六'].map((x) => `增加第一百二十条${x}（第一百二十条之一后）（${x === '之二' ? 6 : 1}段）`).join('；')]);
  assert.deepEqual(ops('xingfa-amendment-9.md', '第三百五十条第一款、第二款'), ['第三百五十条第一款修改为（2段）；删去第三百五十条第二款']);
  assert.deepEqual(ops('xingfa-amendment-1.md', '第二百二十五条增加一项'), ['第二百二十五条增加第3项；第二百二十五条第三项作为第4项']);
  assert.deepEqual(ops('xingfa-amendment-4.md', '第二百四十四条后'), ['增加第二百四十四条之一（第二百四十四条后）（2段）']);
  assert.deepEqual(ops('xingfa-amendment-10.md', '国歌'), ['第二百九十九条修改为（2段）']);
});

test('the criminal law\'s forms applied: two paragraphs added and the old third renumbered and replaced; articles added with their labels; an item added and the next renumbered', () => {
  const base = '# 中华人民共和国刑法\n\n第一条 甲。\n\n第二条 乙。\n\n丙。\n\n丁。\n\n第三条 有下列情形之一的：\n\n（一）戊；\n\n（二）己；\n\n（三）庚。\n';
  const amendment = [
    '一、在刑法第二条中增加两款作为第二款、第三款：“子。',
    '',
    '“丑。”',
    '',
    '原第三款作为第五款，修改为：“寅。”',
    '',
    '二、在刑法第一条后增加二条，作为第一条之一、第一条之二：',
    '',
    '“第一条之一 卯。',
    '',
    '“第一条之二 辰。”',
    '',
    '三、刑法第三条增加一项，作为第三项：“（三）巳；”原第三项改为第四项。',
  ].join('\n');
  const r = consolidate(base, amendment);
  assert.deepEqual(r.problems, []);
  assert.equal(r.text, '# 中华人民共和国刑法\n\n第一条 甲。\n\n第一条之一 卯。\n\n第一条之二 辰。\n\n第二条 乙。\n\n子。\n\n丑。\n\n丙。\n\n寅。\n\n第三条 有下列情形之一的：\n\n（一）戊；\n\n（二）己；\n\n（三）巳；\n\n（四）庚。\n');
  // A paragraph said to move that is not there: reported.
  assert.deepEqual(consolidate(base, '一、原第九款作为第十款，修改为：“午。”').problems.map((p) => p.code), ['amend.unreadable']);
});
