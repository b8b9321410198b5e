// Protocols amending bilateral agreements, as real ones are written (sources in test/fixtures/amendments/README.md):
// the Mainland's arrangements with Hong Kong and Macao (取消《安排》第二条第三款(一)项的规定，用下列规定代替：“…”,
// 取消…中“六个月”的规定，用“一百八十三天”代替), China–UK (协定第十条第二款第(一)项删除，以下列代替：“…”), China–Singapore
// (关于协定第五条： over clauses naming only 款 and 项). The clauses of each real protocol were listed by reading it
// before the reader ran; then the focused forms, each on a small agreement, with the text written by reading.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { consolidate, readClauses } from '../../server/src/features/consolidate';

const fixtures = join(__dirname, '..', '..', '..', 'test', 'fixtures');
/** A fixture under test/fixtures/amendments, or under test/fixtures/real when named `real/…`. */
const read = (f: string) => readFileSync(f.startsWith('real/') ? join(fixtures, f) : join(fixtures, 'amendments', f), 'utf8');

// What each clause of the real protocols changes, by reading: [protocol, ops of the clauses read, problems' first words].
const REAL: [string, unknown[][], string[]][] = [
  ['real/protocol_cn_hk_tax_2008_second.md', [
    // 第一条: item (一) of 第二条第三款 replaced by the three lines quoted.
    [{ op: 'replace', target: { num: 2, para: 3, item: 1 }, lines: ['(一)在内地:', '1.个人所得税;', '2.企业所得税。'] }],
    // 第三条: the words 六个月 in 第五条第三款(二)项.
    [{ op: 'replaceText', target: { num: 5, para: 3, item: 2 }, from: '六个月', to: '一百八十三天' }],
  ],
  // 第二条 and 第五条: the page lost the ” closing each quotation (next line: 第三条, 第六条) — not applied, said.
  // 第四条 (按以下规定执行: how 第十三条第四款 is read) changes no text but the article's effect: said (amend.effect-only);
  // 第六条 (生效) is the protocol's own.
  ['引号没有闭合', '这一条款不修', '引号没有闭合']],
  ['macao-protocol3-2016-page.md', [
    [{ op: 'replace', target: { num: 8, para: 1 }, lines: ['一、一方企业在另一方以船舶、飞机或陆运车辆经营海运、空运和陆运运输所取得的收入和利润,该另一方应予免税(在内地包括增值税及其它类似税种)。'] }],
  ],
  // 第二条 (关于《安排》第十二条第二款，…不应超过…5%) and 第三条 (…则相关条款规定不适用) change the effect, not the text:
  // each said (amend.effect-only), none skipped silently.
  ['这一条款不修改条文的文字，而改变第十二条第二款的适用', '这一条款不修改条文的文字，而改变第十条等的适用，合并']],
  ['real/protocol_cn_gb_tax_2013.md', [
    [{ op: 'replace', target: { num: 10, para: 2, item: 1 }, lines: ['(一)在受益所有人是公司,并直接拥有支付股息的公司至少25%资本的情况下,不应超过股息总额的5%;'] }],
  ], []],
  ['sg-protocol2-2009-page.md', [
    // 第一条: 关于协定第五条： then 取消第三款第(二)项中“六个月”的规定 — of 第五条.
    [{ op: 'replaceText', target: { num: 5, para: 3, item: 2 }, from: '六个月', to: '一百八十三天' }],
  ],
  // 第二条 一、: the page stops inside the quotation.
  ['引号没有闭合']],
  ['real/protocol_cn_pk_tax_2007.md', [
    // 取消协定第十一条第三款第(三)项的规定，用下列规定代替：⏎“(三)…”: the item, its own “国家银行” inside.
    [{ op: 'replace', target: { num: 11, para: 3, item: 3 }, lines: ['(三)缔约国双方主管当局随时同意的缔约国另一方地方当局、金融机构和部门。第(二)项中所说的“国家银行”,在中国是指中国人民银行、中国银行、中国进出口银行、中国农业发展银行和国家开发银行,在巴基斯坦是指巴基斯坦国家银行。'] }],
  ], []],
  // 取消《安排》第二十四条，用下列规定代替： then the new article unquoted (and cut by the store): where it ends is not said.
  ['real/protocol_cn_hk_tax_2010_third.md', [], ['读不懂这一修改']],
];

for (const [file, ops, problems] of REAL) {
  test(`real protocol ${file}: every clause read as written, the rest said`, () => {
    const r = readClauses(read(file));
    assert.deepEqual(JSON.parse(JSON.stringify(r.clauses.map((c) => c.ops))), ops);
    assert.deepEqual(r.problems.map((p) => p.message.slice(0, problems[0]?.length ?? 0)), problems);
  });
}

test('real pair: the Mainland–Hong Kong arrangement (第一条, 第二条) with its 第二议定书 — item (一) of 第二条第三款 replaced', () => {
  const base = read('hk-arrangement-2006-page.md');
  const r = consolidate(base, read('real/protocol_cn_hk_tax_2008_second.md'));
  // Written by reading: the base with 2.外商投资企业和外国企业所得税。 now 2.企业所得税。, every line as the page indents
  // it (two spaces), the lines of the paragraph rewritten too.
  assert.equal(r.text, base.replace('2.外商投资企业和外国企业所得税。', '2.企业所得税。'));
  // The base kept here is 第一条, 第二条 only: 第三条's 第五条 is not in it; 第二条, 第五条 have no closing ”.
  // 第四条 changes how 第十三条第四款 is applied, not its words: said too.
  assert.deepEqual(r.problems.map((p) => p.code).sort(), ['amend.effect-only', 'amend.no-such-article', 'amend.unreadable', 'amend.unreadable']);
});

const BASE = `# 甲国和乙国关于合作的协定

第一条　范围

本协定适用于缔约国双方。

第二条　定义

一、在本协定中，“主管当局”一语是指财政部。

二、本协定所用其他用语依缔约国法律解释。

第三条　税种

一、本协定适用的现行税种是：

（一）在甲国：所得税；

（二）在乙国：企业所得税。

二、本协定也适用于相同税收。

第四条　生效

本协定自签字之日起生效。
`;
const protocol = (body: string) => `# 议定书\n\n甲国和乙国达成协议如下：\n\n第一条\n\n${body}\n\n第二条\n\n本议定书应作为协定的组成部分，自签字之日起生效。\n`;

// [what, the protocol's 第一条, the agreement as it leaves it (undefined: as it was), the problem's first words].
const FORMS: [string, string, string | undefined, string?][] = [
  ['应删除，并由下列规定代替 (an item)',
    '协定第三条第一款第（二）项应删除，并由下列规定代替：“（二）在乙国：个人所得税和企业所得税。”',
    BASE.replace('（二）在乙国：企业所得税。', '（二）在乙国：个人所得税和企业所得税。')],
  ['删去…，代之以下列内容',
    '删去协定第二条第二款，代之以下列内容：“二、本协定未定义的用语依缔约国法律解释。”',
    BASE.replace('二、本协定所用其他用语依缔约国法律解释。', '二、本协定未定义的用语依缔约国法律解释。')],
  ['应修改为, the quotation holding its own “”',
    '协定第二条第一款应修改为：“一、在本协定中，“主管当局”一语是指税务总局。”',
    BASE.replace('是指财政部', '是指税务总局')],
  ['修订为', '将协定第四条修订为：“本协定自第二份通知之日起生效。”', BASE.replace('本协定自签字之日起生效。', '本协定自第二份通知之日起生效。')],
  ['替换为', '协定第四条替换为：“本协定自第二份通知之日起生效。”', BASE.replace('本协定自签字之日起生效。', '本协定自第二份通知之日起生效。')],
  ['在第三条后增加第三条之一',
    '在协定第三条后增加第三条之一：“缔约国双方应交换信息。”',
    BASE.replace('第四条　生效', '第三条之一\n\n缔约国双方应交换信息。\n\n第四条　生效')],
  ['增加新的第五条 (no article named before it): the article where its number puts it',
    '增加新的第五条：“第五条　终止\n任何一方可以书面通知终止本协定。”',
    BASE + '\n第五条　终止\n\n任何一方可以书面通知终止本协定。\n'],
  ['在第三条后增加第三条之一, quoted with its label and caption',
    '在协定第三条后增加第三条之一：“第三条之一　信息交换\n缔约国双方应交换信息。”',
    BASE.replace('第四条　生效', '第三条之一　信息交换\n\n缔约国双方应交换信息。\n\n第四条　生效')],
  ['traditional characters: 刪除，並以下列條文取代',
    '協定第二條第二款刪除，並以下列條文取代：“二、本協定未定義之用語依締約國法律解釋。”',
    BASE.replace('二、本协定所用其他用语依缔约国法律解释。', '二、本協定未定義之用語依締約國法律解釋。')],
  ['取消…的规定，用下列规定代替, the item without its 第 (第一款(二)项)',
    '取消协定第三条第一款(二)项的规定，用下列规定代替：“（二）在乙国：个人所得税。”',
    BASE.replace('（二）在乙国：企业所得税。', '（二）在乙国：个人所得税。')],
  ['取消…中“A”的规定，用“B”代替',
    '取消协定第三条第一款第（一）项中“所得税”的规定，用“个人所得税”代替。',
    BASE.replace('（一）在甲国：所得税；', '（一）在甲国：个人所得税；')],
  ['关于协定第三条， then paragraphs in a row replaced (取消第一款、第二款，用下列代替)',
    '关于协定第三条，取消第一款、第二款，用下列代替：“一、本协定适用于所得税。\n二、本协定也适用于类似税收。”',
    BASE.replace('一、本协定适用的现行税种是：\n\n（一）在甲国：所得税；\n\n（二）在乙国：企业所得税。\n\n二、本协定也适用于相同税收。', '一、本协定适用于所得税。\n\n二、本协定也适用于类似税收。')],
  ['关于协定第三条： on its own line, the clause under it naming only the 款',
    '关于协定第三条：\n\n取消第二款并用如下规定代替：“二、本协定也适用于类似税收。”',
    BASE.replace('二、本协定也适用于相同税收。', '二、本协定也适用于类似税收。')],
  ['a clause numbered 一、, its quotation on the next line, ‘’ inside',
    '一、删去协定第一条，代之以：\n“本协定适用于‘居民’。”',
    BASE.replace('本协定适用于缔约国双方。', '本协定适用于“居民”。')],
  ['Taiwan\'s order, 第一項第二款 (paragraph, then item), quoted with 「」',
    '協定第三條第一項第二款刪除，並以下列條文取代：「（二）在乙國：個人所得稅。」',
    BASE.replace('（二）在乙国：企业所得税。', '（二）在乙國：個人所得稅。')],
  ['第四條第一項 alone: a paragraph in Taiwan\'s counting, an item in the Mainland\'s — not guessed, said',
    '協定第四條第一項刪除，並以下列條文取代：「本協定自簽字之日起生效。」', undefined, '“條第一項”'],
  ['第二條第二款 in an instrument quoting with 「」: an item in Taiwan\'s counting, a paragraph in the Mainland\'s — said',
    '協定第二條第二款刪除，並以下列條文取代：「二、本協定未定義之用語依締約國法律解釋。」', undefined, '“條第二款”'],
  ['a clause of the agreement\'s protocol (协定议定书第二条): not applied to the agreement\'s 第二条',
    '删去协定议定书第二条，代之以：“二、无。”', undefined, '修改的是协定所附议定书'],
  ['a sub-item (第（二）项第1目): not read, said', '删去协定第三条第一款第（二）项第1目，代之以：“1.企业所得税；”', undefined, '读不懂这一修改'],
  ['paragraphs not in a row (第一款、第三款): not read, said', '关于协定第二条，取消第一款、第三款，用下列代替：“一、无。”', undefined, '读不懂这一修改'],
  // A clause that changes what an article does, not its words (a rate capped, an article set aside): the text stays, the
  // clause is said (amend.effect-only) — before, it was passed over in silence.
  ['关于协定第三条第一款，…不应超过…5%: the effect changed, not the words — said',
    '关于协定第三条第一款，缔约国双方同意，对股息所征税款不应超过股息总额的5%。', undefined, '这一条款不修改条文的文字，而改变第三条第一款的适用'],
  ['协定第二条第二款的规定不适用于…: said',
    '协定第二条第二款的规定不适用于本议定书生效前取得的所得。', undefined, '这一条款不修改条文的文字，而改变第二条第二款的适用'],
  ['《协定》第一条和第三条…，按以下规定执行: said, naming the first article and 等',
    '《甲国和乙国关于合作的协定》第一条和第三条所述的居民，按以下规定执行：', undefined, '这一条款不修改条文的文字，而改变第一条等的适用'],
  ['an article cited as a sentence\'s ground (根据协定第四条的规定，…): nothing to say', '根据协定第四条的规定，缔约国双方已交换批准书。', undefined],
  ['the protocol\'s own article (本议定书第二条…适用): nothing to say', '本议定书第二条的规定自二〇二〇年一月一日起适用。', undefined],
  ['关于协定第二条和第三条 alone (a heading over points): nothing said of them yet', '关于协定第二条和第三条', undefined],
];

for (const [what, body, expected, problem] of FORMS) {
  test(`protocol form: ${what}`, () => {
    const r = consolidate(BASE, protocol(body));
    assert.equal(r.text, expected ?? BASE);
    assert.deepEqual(r.problems.map((p) => p.message.slice(0, problem?.length ?? 0)), problem ? [problem] : []);
  });
}

test('protocol form: a clause amending an article applied, the next one changing another\'s effect said (amend.effect-only)', () => {
  const r = consolidate(BASE, protocol('将协定第四条修改为：“本协定自第二份通知之日起生效。”\n\n关于协定第三条，缔约国双方同意，所征税款不应超过所得总额的10%。'));
  assert.equal(r.text, BASE.replace('本协定自签字之日起生效。', '本协定自第二份通知之日起生效。'));
  assert.deepEqual(r.problems.map((p) => [p.code, p.message]), [['amend.effect-only', '这一条款不修改条文的文字，而改变第三条的适用，合并后的文本中看不出，需另行注明：关于协定第三条，缔约国双方同意，所征税款不应超过所得总额的10%']]);
});

test('protocol form: in traditional characters, the protocol\'s own 第一條 headings are no clause about an article; 關於協定第三條… is', () => {
  const amendment = '# 議定書\n\n第一條\n\n關於協定第三條，締約國雙方同意，所徵稅款不應超過所得總額的10%。\n\n第二條\n\n本議定書自簽字之日起生效。\n';
  const r = consolidate(BASE, amendment);
  assert.equal(r.text, BASE);
  assert.deepEqual(r.problems.map((p) => [p.code, p.message.slice(0, 22)]), [['amend.effect-only', '这一条款不修改条文的文字，而改变第三条的适用']]);
});

test('protocol form: a quotation the page left open stops before the next article, whose clause is applied', () => {
  const amendment = '# 议定书\n\n第一条\n删去协定第二条第二款，代之以：“二、本协定未定义的用语\n第二条\n将协定第四条修改为：“本协定自第二份通知之日起生效。”\n第三条\n本议定书自签字之日起生效。\n';
  const r = consolidate(BASE, amendment);
  assert.equal(r.text, BASE.replace('本协定自签字之日起生效。', '本协定自第二份通知之日起生效。'));
  assert.deepEqual(r.problems.map((p) => p.message.slice(0, 6)), ['引号没有闭合']);
});

test('real protocol (China–Brazil): the title, the preamble and 第一条 replaced (应删除并替换为), 第一条 quoted with its label and caption', () => {
  const base = '# 中华人民共和国政府和巴西联邦共和国政府关于对所得避免双重征税和防止偷漏税的协定\n\n中华人民共和国政府和巴西联邦共和国政府，愿意缔结关于对所得避免双重征税和防止偷漏税的协定，达成协议如下：\n\n第一条 人的范围\n\n本协定适用于缔约国一方或者同时为双方居民的人。\n\n第二条 税种范围\n\n一、本协定适用于所得税。\n';
  const r = consolidate(base, read('real/protocol_cn_br_tax_amending_lawinsider.md'));
  // By reading: the new title; the new preamble as the page writes it (over two lines); 第一条 keeps its heading
  // (the quotation's 第一条 人的范围 is that heading) and takes the three paragraphs quoted; 第四条's quotation is cut by the store.
  assert.equal(r.text, '# 中华人民共和国政府和巴西联邦共和国政府对所得消除双重征税和防止逃避税的协定\n\n' +
    '中华人民共和国政府和巴西联邦共和国政府,为了进一步发展两国经济关系,加强税收事务合作,愿意缔结一项协定,以消除对所得的双重征税,同时防止逃避税行为造成的不征税或少征税\n\n' +
    '(包括第三国居民通过择协避税安排,取得本协定规定的税收优惠而间接获益的情况),达成协议如下:\n\n' +
    '第一条 人的范围\n\n一、本协定适用于缔约国一方或者同时为双方居民的人。\n\n' +
    '二、在本协定中,按照缔约国任何一方的税法视为完全透明或部分透明的实体或安排,其取得或通过其取得的所得应视为缔约国一方居民取得的所得,但仅以该缔约国一方在税收上将该所得作为其居民取得的所得处理为限。\n\n' +
    '三、除第十八条第二款、第十九条、第二十条、第二十一条、第二十三条、第二十四条、第二十五条及第二十七条所规定的税收待遇外,本协定不应影响缔约国一方对其居民的征税。\n\n' +
    '第二条 税种范围\n\n一、本协定适用于所得税。\n');
  assert.deepEqual(r.problems.map((p) => p.message.slice(0, 6)), ['引号没有闭合']);
});

test('an article quoted with a caption other than its own is not applied (the caption would be lost), said', () => {
  const r = consolidate(BASE, protocol('删去协定第四条，代之以：“第四条　生效和终止\n一、本协定自签字之日起生效。\n二、任何一方可以书面通知终止本协定。”'));
  assert.equal(r.text, BASE);
  assert.deepEqual(r.problems.map((p) => p.message), ['引文的条标题“生效和终止”与第四条的“生效”不同']);
});

test('an article quoted with its own label and caption: the paragraphs replace the article\'s', () => {
  const r = consolidate(BASE, protocol('删去协定第四条，代之以：“第四条　生效\n一、本协定自签字之日起生效。\n二、任何一方可以书面通知终止本协定。”'));
  assert.equal(r.text, BASE.replace('本协定自签字之日起生效。', '一、本协定自签字之日起生效。\n\n二、任何一方可以书面通知终止本协定。'));
  assert.deepEqual(r.problems, []);
});

test('the preamble and an article quoted together (序言及第一条修改为) are not read as the article', () => {
  const r = consolidate(BASE, protocol('将协定序言及第一条修改为：“甲国和乙国达成协议如下：\n“本协定适用于缔约国。”'));
  assert.equal(r.text, BASE);
  assert.deepEqual(r.problems.map((p) => p.message.slice(0, 7)), ['读不懂这一修改']);
});

test('real 修正案 (刑法修正案, 六、): the quoted article over paragraphs, only some opened by “, is read whole', () => {
  const { clauses } = readClauses(read('xingfa-amendment-1.md'));
  const c = clauses.find((x) => x.text.includes('第一百八十二条'))!;
  // By reading: the article's first paragraph, its four items, its second paragraph (opened by “, closed by ”).
  assert.deepEqual(c.ops.map((op) => (op.op === 'replace' ? op.lines.map((l) => l.slice(0, 4)) : [])), [['有下列情', '（一）单', '（二）与', '（三）以', '（四）以', '单位犯前']]);
});

test('a protocol quoting with 「」, 『』 inside, on an agreement quoting with 「」: its inner marks are the text\'s 「」', () => {
  const base = BASE.replace('“主管当局”', '「主管当局」');
  const r = consolidate(base, protocol('协定第二条第一款应修改为：「一、在本协定中，『主管当局』一语是指税务总局。」'));
  assert.equal(r.text, base.replace('是指财政部', '是指税务总局'));
  assert.deepEqual(r.problems, []);
});

test('a quoted article over paragraphs, the later ones not opened by “, one opening 二、在本协定中: read whole', () => {
  const r = consolidate(BASE, protocol('删去协定第三条，代之以：“一、本协定适用于所得税。\n\n二、在本协定中，税收包括附加。”'));
  assert.equal(r.text, BASE.replace('一、本协定适用的现行税种是：\n\n（一）在甲国：所得税；\n\n（二）在乙国：企业所得税。\n\n二、本协定也适用于相同税收。', '一、本协定适用于所得税。\n\n二、在本协定中，税收包括附加。'));
  assert.deepEqual(r.problems, []);
});

test('a quotation whose end is not sure (a later paragraph closes it, one reading as a clause between) is not applied with its first paragraph only', () => {
  const r = consolidate(BASE, protocol('删去协定第三条，代之以：“一、本协定适用于所得税。\n\n二、在第一款所述情况下，税收包括附加。”'));
  assert.equal(r.text, BASE);
  assert.equal(r.problems[0]?.message.slice(0, 6), '引号没有闭合');
});

test('关于协定第三条： names the article for its own protocol article only: the next (第二条 on the clause\'s line) names none', () => {
  const amendment = '# 议定书\n\n第一条 关于协定第三条：\n\n取消第二款并用如下规定代替：“二、本协定也适用于类似税收。”\n\n第二条 取消第一款，用下列代替：“一、无。”\n\n第三条 本议定书自签字之日起生效。\n';
  const r = consolidate(BASE, amendment);
  assert.equal(r.text, BASE.replace('二、本协定也适用于相同税收。', '二、本协定也适用于类似税收。'));
  assert.deepEqual(r.problems.map((p) => p.message.slice(0, 7)), ['读不懂这一修改']);
});

// A memorandum's points, each under a caption on its own line (the China–Australia memorandum of 2005,
// test/fixtures/real/memorandum_cn_au_leadership_2005_fsou_p2.md: `修正` / `14.本备忘录…可随时修改。`): the caption heads its
// point alone, so 删去第十四点 deletes it with the point — kept, it was read as the last words of point 13. A caption heading
// several points stays when one of them is deleted.
test('protocol form: deleting a point deletes the caption heading it alone', () => {
  const base =
    '中国商务部和澳大利亚国际发展署关于项目的谅解备忘录\n正式联系\n13.澳大利亚驻中国大使馆将作为澳发署的代表。\n修正\n14.本备忘录经协调机构之间的换文,可随时修改。\n' +
    '附件状况\n15.附件1至附件3是备忘录的必要组成部分。\n本备忘录于2005年3月15日在北京签署,中英文字两种文本,一式两份。\n';
  const r = consolidate(base, '# 修改备忘录的换文\n\n一、删去原备忘录第十四点。\n\n二、原备忘录第十五点改为第十四点。\n');
  assert.equal(r.text,
    '中国商务部和澳大利亚国际发展署关于项目的谅解备忘录\n正式联系\n13.澳大利亚驻中国大使馆将作为澳发署的代表。\n' +
    '附件状况\n14.附件1至附件3是备忘录的必要组成部分。\n本备忘录于2005年3月15日在北京签署,中英文字两种文本,一式两份。\n');
  assert.deepEqual(r.problems, []);
  // `正式联系` over points 13 and 14: deleting 13 leaves it over 14, numbered 13 now.
  const shared = base.replace('\n修正\n', '\n');
  const r2 = consolidate(shared, '# 修改备忘录的换文\n\n一、删去原备忘录第十三点。\n\n二、原备忘录第十四点改为第十三点。\n\n三、原备忘录第十五点改为第十四点。\n');
  assert.equal(r2.text,
    '中国商务部和澳大利亚国际发展署关于项目的谅解备忘录\n正式联系\n13.本备忘录经协调机构之间的换文,可随时修改。\n' +
    '附件状况\n14.附件1至附件3是备忘录的必要组成部分。\n本备忘录于2005年3月15日在北京签署,中英文字两种文本,一式两份。\n');
});
