// New texts and known failures of the real corpus (test/fixtures/real, known-failures.json, docs/variants.md) read by rules in
// session 52 (s52unseen). Each rule is about how Chinese treaty text is written or copied, shown on a fixture string with what a
// careful reader reads in it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textContext } from '../../server/src/features/context';
import { referencesOf } from '../../server/src/model/references';

const read = (source: string) => textContext(source).treaty;

// The foreign ministry's page of the plan of action to implement the China–ASEAN joint declaration (2021–2025,
// test/fixtures/real/plan_cn_asean_2021_fmprc.md): its title over two lines, the kind 行动计划 with the plan's years after it.
const PLAN = '落实中国—东盟面向和平与繁荣的战略伙伴关系联合宣言的\n行动计划(2021-2025)\n来源:    2020-11-12\n\n  本《行动计划》旨在落实《中国-东盟面向和平与繁荣的战略伙伴关系联合宣言》。\n\n  本《行动计划》将指导中国和东盟在共同感兴趣的领域进一步加强合作。\n\n  一、政治与安全合作\n\n  (一)深化政治安全对话和合作\n\n  1.举行年度中国-东盟领导人会议;\n\n  2.加强高层交流;\n\n  (二)落实《东南亚友好合作条约》\n';

test('known 52: an action plan (行动计划) is a kind, its years in brackets after it, its title read over two lines', () => {
  const t = read(PLAN);
  assert.deepEqual([t.title?.text, t.kind, t.selfRef], ['落实中国—东盟面向和平与繁荣的战略伙伴关系联合宣言的行动计划(2021-2025)', '行动计划', '本行动计划']);
  assert.ok(t.isTreaty);
  // The Forum on China–Africa Cooperation's, in traditional script with a converter's pinyin inside the kind.
  const focac = read('亞的斯亞貝巴行動計(jì)劃\n\n(2004至2006年)\n\n1.1 我們,來自中國和非洲44個國家的外長,共同舉行中非合作論壇第2屆部長級會議。\n\n1.2 我們一致通過本行動計劃。\n');
  assert.deepEqual([focac.title?.text, focac.kind], ['亞的斯亞貝巴行動計(jì)劃', '行动计划']);
  // A work plan keeps its own kind (工作计划, 本计划).
  assert.equal(read('内地与香港关于建立更紧密经贸关系的安排经济技术合作工作计划\n\n一、甲。\n\n二、乙。\n').kind, '工作计划');
});

test('known 52: a lone point 一、 captioned by a few words over its sub-point (一) is the text\'s first point', () => {
  const t = read(PLAN);
  assert.deepEqual(t.articles.map((a) => a.name), ['一、']);
  // The caption with its first sub-point glued after it on its line (the Greater Bay Area framework agreement as a PDF gives it).
  const gba = '深化粵港澳合作 推進大灣區建設框架協議\n\n為充分發揮粵港澳地區的綜合優勢,深化粵港澳合作,制定本協議。\n\n一、總則 (一)合作宗旨。全面準確貫徹「一國兩制」方針。\n(二)合作目標。強化廣東作為全國改革開放先行區。\n';
  assert.deepEqual(read(gba).articles.map((a) => a.name), ['一、']);
  // One 一、 opening a sentence (a letter's lone numbered paragraph) is no point, nor a caption with no sub-point under it.
  assert.deepEqual(read(PLAN.replace('一、政治与安全合作', '一、中国和东盟同意深化政治与安全合作。')).articles, []);
  assert.deepEqual(read(PLAN.replace('(一)深化', '深化')).articles, []);
});

// A statement by the President of the Security Council as a wiki mirror names it (test/fixtures/real/
// statement_unsc_prst_2017_19_zhonghuashu.md): its kind, then its number of the year, the site's name after a space.
test('known 52: a title numbered by its year after its kind (…主席声明2017年第19号) is of that kind; the site\'s name after it is none of it', () => {
  const prst = '联合国安理会主席声明2017年第19号 中华文库\n|\n安全理事会主席在2017年10月10日安全理事会第8065次会议上,代表安理会发表声明如下:\n- “安全理事会重申对利比亚主权、独立、领土完整和国家统一的坚定承诺。\n- “安全理事会重申,《利比亚政治协议》仍然是结束利比亚政治危机的唯一可行框架。\n';
  const t = read(prst);
  assert.deepEqual([t.title?.text, t.kind, t.isTreaty], ['联合国安理会主席声明2017年第19号', '声明', true]);
  // A number with no year after the kind names no kind by its ending (a list's entry, `…声明第19号`).
  assert.notEqual(read(prst.replace('2017年第19号', '第19号')).title?.text, '联合国安理会主席声明第19号');
});

// The joint statement on the Declaration on the Conduct of Parties' 20th anniversary (2022) on a news site, no title on the
// page (test/fixtures/real/statement_cn_asean_doc_20th_2022_cjyun.md), and the Lancang–Mekong leaders' statement whose first
// point opens with them speaking (statement_lmc_production_capacity_2016_pinyin_bilingual_hant.md).
test('known 52: points under the makers\' 我们,… with no title on the page are a joint text\'s', () => {
  const doc = '我们,中华人民共和国和东南亚国家联盟成员国(以下称“各方”),于2022年11月11日相聚于柬埔寨王国金边。\n认识到将南海建设为和平、友谊、合作之海惠及各方;\n鉴此,我们:\n一、重申以《联合国宪章》宗旨和原则作为处理国家间关系的基本准则;\n二、重申根据国际法相互尊重彼此独立、主权和领土完整;\n';
  const t = read(doc);
  assert.ok(t.isTreaty);
  assert.deepEqual(t.articles.map((a) => a.name), ['一、', '二、']);
  assert.ok(read('一、我們,瀾滄江-湄公河國家的國家元首/政府首腦憶及經濟交往取得了迅速發展。\n二、我們認識到,各國都面臨挑戰。\n').isTreaty);
  // Points with no title and no makers speaking (an annex's page, a list of demands) stay no treaty.
  assert.ok(!read(doc.replace('我们,中华人民共和国', '中华人民共和国')).isTreaty);
  assert.ok(!read('一、日方提供渔船资料。\n二、中方提供渔船资料。\n').isTreaty);
});

// The reply note of the China–Israel exchange of notes on visa exemption for Hong Kong SAR passports (1997, a law site's one
// line, test/fixtures/real/notes_il_hk_visa_1997_fabao_oneline.md): it quotes the proposal whose points are the agreement the
// exchange makes, and its `本协议` inside them is this text, not another instrument quoted.
test('known 52: 本协议 in the points of a note quoted by the reply (its points this text\'s) is this text', () => {
  const reply = '|\n以色列国 副总理兼外交部长 戴维·利维阁下 阁下: 我荣幸地收到阁下的来照,内容如下: “我谨荣幸地建议我们两国政府就互免签证问题达成协议如下: 一、以色列国公民持有效护照免办签证。 二、双方主管部门应在本协议生效前交换护照样本。 三、本协议自一九九七年七月一日起生效。” 我谨代表中华人民共和国政府确认上述来照内容。\n';
  const selves = referencesOf(read(reply)).filter((r) => r.kind === 'self');
  assert.deepEqual(selves.map((r) => [reply.slice(r.start, r.end), r.uncertain]), [['本协议', undefined], ['本协议', undefined]]);
  // A quotation opened inside a point's own line (an amendment's new words, `二、将“本协定”改为…`) stays another's words.
  const quotedInPoint = referencesOf(read('一、将第一条中的“依照本协定”修改为“依照本议定书”。\n二、本议定书自签字之日起生效。\n')).filter((r) => r.kind === 'self' && r.uncertain);
  assert.ok(quotedInPoint.length > 0);
});

// The China–Africa forum's Addis Ababa action plan (2004–2006) on a copy of the government portal's page (test/fixtures/real/
// plan_focac_addis_ababa_2003_gymcjnpx_pinyin_hant.md): sections `1、` `2、`, each over its paragraphs numbered by decimals under it.
test('known 52: sections 1、 2、 over paragraphs numbered 1.1, 1.2 … under them are the text\'s points', () => {
  const plan = '亞的斯亞貝巴行動計劃\n\n    1、序言\n\n    1.1 我們,來自中國和非洲44個國家的外長,共同舉行中非合作論壇第2屆部長級會議。\n\n    1.2 我們回顧了中國和非洲國家(以下簡稱“雙方”)共同落實後續行動的情況。\n\n    1.3 我們深信,本行動計劃有利於落實《中非合作論壇北京宣言》。\n\n    2、政治事務及和平與安全\n\n    2.1 高層交往和政治對話\n\n    2.1.1 注意到雙方高層領導人互訪頻繁。\n';
  const t = read(plan);
  assert.deepEqual(t.articles.map((a) => a.name), ['1、', '2、']);
  assert.equal(t.articles[0].paragraphs.length, 3);
  // A list `1、` `2、` whose entries no decimal follows stays a list: no points.
  assert.deepEqual(read(plan.replace(/\n\n    1\.\d [^\n]*/g, '')).articles, []);
});
