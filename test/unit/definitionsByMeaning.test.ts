// Definition articles as data: `“X”一语是指…；`, `“X”系指…`, `本法所称X，是指…。` — the terms
// read with what they mean (the whole list), a later use going to its definition, and the term
// checks staying silent on correct texts that define terms so (used in the preamble, only in an
// annex, defined again in a protocol, quoted again when spoken of).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { contextOf, textContext } from '../../server/src/features/context';
import { definition } from '../../server/src/features/definition';
import { diagnostics } from '../../server/src/features/diagnostics';
import { workspace } from '../support/workspace';

/** The whole list read: term, meaning, and how it is defined (`short`: 以下简称; `means`: by meaning). */
function read(name: string, source: string, want: [string, string, 'short' | 'means'][]): void {
  test(`definitions by meaning: ${name}`, () => {
    const got = textContext(source).treaty.definitions.map((d) => [d.term, d.meaning, d.byMeaning ? 'means' : 'short']);
    assert.deepEqual(got, want);
  });
}

const HEAD = '# 中华人民共和国和甲国关于边境口岸的协定\n\n中华人民共和国政府和甲国政府（以下简称“双方”），达成协议如下：\n\n';

read('本协定所称“X”是指', `${HEAD}## 第一条\n\n本协定所称“边境口岸”是指双方商定的供人员、货物和交通工具出入境的地点。\n`, [
  ['双方', '中华人民共和国政府和甲国政府', 'short'],
  ['边境口岸', '双方商定的供人员、货物和交通工具出入境的地点', 'means'],
]);
read('“X”系指, “X”指, “X”，是指, 「X」意指', `${HEAD}## 第一条\n\n一、“主管机关”系指双方指定的机关；\n二、“人员”指持有效证件的人；\n三、“交通工具”，是指车辆；\n四、「货物」意指商品。\n`, [
  ['双方', '中华人民共和国政府和甲国政府', 'short'],
  ['主管机关', '双方指定的机关', 'means'],
  ['人员', '持有效证件的人', 'means'],
  ['交通工具', '车辆', 'means'],
  ['货物', '商品', 'means'],
]);
read('a colon between the quoted term and its verb (“物种”:系指…, as Chinese sites print the CITES text)', '# 濒临绝种野生动植物国际贸易公约\n\n## 第1条 定义\n\n就适用本公约而言,除参照约文需另作解释外:\n1.“物种”:系指任何种、亚种或其于地理上分隔之族群;\n2.“贸易”：系指输出、再输入或自海洋引入;\n3.“会员国”: 系指本公约对该国业已生效之国家。\n', [
  ['物种', '任何种、亚种或其于地理上分隔之族群', 'means'],
  ['贸易', '输出、再输入或自海洋引入', 'means'],
  ['会员国', '本公约对该国业已生效之国家', 'means'],
]);
read('several terms at once, 的用语, 按照上下文', '# 协定\n\n## 第三条\n\n（一）“中国”一语是指中华人民共和国；用于地理概念时，是指中华人民共和国领土；\n\n（三）“缔约国一方”和“缔约国另一方”的用语，按照上下文，是指中国或者新加坡；\n\n（四）“人”一语包括个人、公司和其他团体。\n', [
  ['中国', '中华人民共和国', 'means'],
  ['缔约国一方', '中国或者新加坡', 'means'],
  ['缔约国另一方', '中国或者新加坡', 'means'],
  ['人', '个人、公司和其他团体', 'means'],
]);
read('a list whose members are split by ； in one sentence, its last joined by 以及: the meaning is the whole list', `${HEAD}## 第一条\n\n四、“执行公务人员”系指边防代表和联络官；从事边防检查的人员；官员；以及从事文化工作的人员。\n\n五、“边境地区”系指边界线两侧各二十公里的地区；“边境居民”系指边境地区的常住居民。\n`, [
  ['双方', '中华人民共和国政府和甲国政府', 'short'],
  ['执行公务人员', '边防代表和联络官；从事边防检查的人员；官员；以及从事文化工作的人员', 'means'],
  // Members that define terms of their own are no list: each meaning ends at its ；.
  ['边境地区', '边界线两侧各二十公里的地区', 'means'],
  ['边境居民', '边境地区的常住居民', 'means'],
]);
read('在本协定中，“X”一语是指 (brackets and quotes inside the meaning)', '# 协定\n\n## 第五条\n\n一、在本协定中，“常设机构”一语是指企业（包括“分支”；）进行营业的固定场所。\n', [
  ['常设机构', '企业（包括“分支”；）进行营业的固定场所', 'means'],
]);
read('本细则所称X，是指, 本解释所称X，是指 (rules and interpretations name themselves so)', '# 中华人民共和国甲法实施细则\n\n第二条 本细则所称口岸，是指供人员出入境的地点。\n\n本解释所称出境，是指离开中国境内。\n', [
  ['口岸', '供人员出入境的地点', 'means'],
  ['出境', '离开中国境内', 'means'],
]);
read('本法所称的X，是指: 的 is no part of the term (著作权法 2020, 第三条)', '# 中华人民共和国著作权法\n\n第三条 本法所称的作品，是指文学、艺术和科学领域内具有独创性并能以一定形式表现的智力成果，包括：\n\n（一）文字作品；\n', [
  // (A clause's last comma or colon is left out of its meaning.)
  ['作品', '文学、艺术和科学领域内具有独创性并能以一定形式表现的智力成果，包括', 'means'],
]);
read('本法所称X，是指 (unquoted)', '# 中华人民共和国甲法\n\n第二条 本法所称外国中央银行，是指外国的中央银行。\n\n本法所称出境，不包括过境。\n', [
  ['外国中央银行', '外国的中央银行', 'means'],
]);
read('not a definition: 应指明, 应指派 (a request\'s contents, an appointment: 应 before a verb of its own)', `${HEAD}## 第一条\n\n“请求书”应指明请求机关的名称和地址。“被请求方”应指派联络人。\n`, [
  ['双方', '中华人民共和国政府和甲国政府', 'short'],
]);
read('not a definition: 指定, 指导', `${HEAD}## 第一条\n\n“主管机关”指定联络人。“双方”指导工作。\n`, [
  ['双方', '中华人民共和国政府和甲国政府', 'short'],
]);

// The UN conventions' Chinese texts (维也纳条约法公约, 维也纳外交关系公约) and the Republic's laws: `称“X”者，谓…`.
read('称‘X’者，谓 (the UN conventions\' form), 称「X」者謂 in traditional script', '# 甲公约\n\n第二条 用语\n\n一、就适用本公约而言：\n（甲）称‘条约’者，谓国家间所缔结之国际书面协定；\n（乙）稱「使館館長」者謂派遣國責成擔任此項職位之人；\n', [
  ['条约', '国家间所缔结之国际书面协定', 'means'],
  ['使館館長', '派遣國責成擔任此項職位之人', 'means'],
]);
// Tax agreements and their models: `“X”这一用语是指…`, `“X”这个词包括…`.
read('“X”这一用语是指, “X”这个词包括 (tax agreements)', '# 甲国和乙国关于对所得避免双重征税的协定\n\n第三条 一般定义\n\n一、在本协定中：\n（一）“公司”这一用语是指任何法人团体；\n（二）“人”这个词包括个人和公司。\n', [
  ['公司', '任何法人团体', 'means'],
  ['人', '个人和公司', 'means'],
]);
// The UN model tax convention's Chinese: `，依照上下文而定，应指`, `这两个词分别指`.
read('“X”和“Y”这两个词，依照上下文而定，应指; 分别指 (the UN model tax convention)', '# 甲国和乙国关于对所得避免双重征税的协定\n\n第三条 一般定义\n\n为本协定之目的，除非上下文另有所指：\n（一）“缔约国一方”和“缔约国另一方”这两个词，依照上下文而定，应指甲国或乙国；\n（二）“甲企业”和“乙企业”这两个词分别指甲国居民经营的企业和乙国居民经营的企业。\n', [
  ['缔约国一方', '甲国或乙国', 'means'],
  ['缔约国另一方', '甲国或乙国', 'means'],
  ['甲企业', '甲国居民经营的企业和乙国居民经营的企业', 'means'],
  ['乙企业', '甲国居民经营的企业和乙国居民经营的企业', 'means'],
]);
// The State Taxation Administration's Mainland–Macao arrangement (2003), as a wiki gives it: `“稅收”一語按照上下文,是指…`, no comma before 按照.
read('一语按照上下文，是指 (no comma after 一语)', '# 协定\n\n## 第三条\n\n（二）“税收”一语按照上下文，是指甲方税收或者乙方税收；\n\n（三）“人”一语包括个人、公司和其他团体。\n', [
  ['税收', '甲方税收或者乙方税收', 'means'],
  ['人', '个人、公司和其他团体', 'means'],
]);
// Macao's Official Gazette (the 2005 Macao–Switzerland readmission agreement): `(以下簡稱: 締約雙方)`, a colon after the words introducing the name.
read('以下简称: X (a colon after 以下简称), quoted or not', '# 甲乙关于合作的协定\n\n甲方政府和乙方委员会(以下简称: 缔约双方),为了加强合作,达成协议如下:\n\n## 第一条\n\n主管机关(以下简称：“机关”)负责执行。\n', [
  ['缔约双方', '甲方政府和乙方委员会', 'short'],
  ['机关', '主管机关', 'short'],
]);
// Taiwan's treaties: `「A」及「B」,依其文義係指…` (by its context, as 按照上下文).
read('「A」及「B」,依其文義係指 (Taiwan\'s tax agreements)', '# 甲國與乙國避免所得稅雙重課稅協定\n\n第三條 一般定義\n\n一 除上下文另有規定外,本協定稱:\n(一) 「一方締約國」及「他方締約國」,依其文義係指甲國或乙國。\n', [
  ['一方締約國', '甲國或乙國', 'means'],
  ['他方締約國', '甲國或乙國', 'means'],
]);
// Taiwan's laws say 指 alone after the comma (香港澳門關係條例 第二條).
read('本條例所稱X，指… (Taiwan\'s laws)', '法規名稱：香港澳門關係條例\n\n第 2 條\n本條例所稱香港，指原由英國治理之香港島、九龍半島、新界及其附屬部分。\n本條例所稱主管機關，指定之機關為行政院大陸委員會。\n', [
  ['香港', '原由英國治理之香港島、九龍半島、新界及其附屬部分', 'means'],
]);
// 分别指 before quoted words maps term to term (香港国安法 第六十四条): no meaning of the whole; a definition after it is read.
read('“A”和“B”分别指“C”和“D”: no definition', '# 中华人民共和国甲法\n\n第六十四条 本法规定的“没收财产”和“罚金”分别指“充公犯罪所得”和“罚款”，“吊销执照”指“取消牌照”。\n', [
  ['吊销执照', '“取消牌照”', 'means'],
]);
test('definitions by meaning: a later use goes to its definition', () => {
  const ws = workspace('# 协定\n\n## 第一条\n\n在本协定中，“⟦常设机构⟧”一语是指固定营业场所。\n\n## 第二条\n\n常设‸机构的利润应仅在该国征税。\n');
  const links = definition(contextOf(ws.index, ws.snapshot()), ws.offset);
  assert.deepEqual(links.map((l) => ({ uri: l.targetUri, range: l.targetSelectionRange })), [ws.location(ws.fx.main)]);
});

/** Term checks that assume a short name: none is said about a term defined by what it means. */
const TERM_CHECKS = /^term\./;

function silent(name: string, source: string, terms: string[]): void {
  test(`definitions by meaning, silent: ${name}`, () => {
    const ctx = textContext(source);
    assert.deepEqual(ctx.treaty.definitions.filter((d) => d.byMeaning).map((d) => d.term), terms);
    assert.deepEqual(diagnostics(ctx).filter((d) => TERM_CHECKS.test(String(d.code))).map((d) => String(d.code)), []);
  });
}

const TAIL = '\n## 第三条\n\n本协定自签字之日起生效，有效期五年。\n\n本协定于2001年7月16日在北京签订，一式两份，每份均用中文和甲文写成，两种文本同等作准。\n';
silent('used in the preamble before its definition', `# 中华人民共和国和甲国关于常设机构的协定\n\n中华人民共和国和甲国（以下简称“双方”），为避免常设机构的双重征税，达成协议如下：\n\n## 第一条\n\n在本协定中，“常设机构”一语是指固定营业场所。\n\n## 第二条\n\n双方对常设机构征税。\n${TAIL}`, ['常设机构']);
silent('used nowhere after its definition, defined again, quoted again, 「」 among “”', `# 中华人民共和国和甲国友好合作协定\n\n中华人民共和国和甲国（以下简称“双方”），达成协议如下：\n\n## 第一条\n\n一、「主管机关」系指双方指定的机关；\n二、“缔约国一方”和“缔约国另一方”的用语，按照上下文，是指中国或者甲国。\n\n## 第二条\n\n“主管机关”一语还包括其授权代表。“缔约国一方”是指中国或者甲国。双方发展合作。\n${TAIL}`, ['主管机关', '缔约国一方', '缔约国另一方', '缔约国一方']);

// Every correct text under test/fixtures: definitions by meaning are read in them, and no term
// check is said at one of those definitions or at a use of their terms.
test('definitions by meaning: silent on test/fixtures', () => {
  const root = path.join(__dirname, '../../../test/fixtures');
  let read = 0;
  const said: string[] = [];
  for (const dir of ['seeds', 'real', 'unseen', 'multilingual', 'amendments']) {
    const at = path.join(root, dir);
    if (!fs.existsSync(at)) continue;
    for (const f of fs.readdirSync(at).filter((x) => x.endsWith('.md') && x !== 'README.md')) {
      const ctx = textContext(fs.readFileSync(path.join(at, f), 'utf8'));
      const own = ctx.treaty.definitions.filter((d) => d.byMeaning);
      if (ctx.treaty.language !== 'zh' || own.length === 0) continue;
      read += own.length;
      const terms = new Set(own.map((d) => d.term));
      const text = ctx.treaty.text;
      for (const d of diagnostics(ctx)) {
        if (!TERM_CHECKS.test(String(d.code))) continue;
        const start = ctx.lines.offsetAt(d.range.start);
        const word = text.slice(start, ctx.lines.offsetAt(d.range.end));
        if ([...terms].some((t) => word.includes(t))) said.push(`${dir}/${f}: ${String(d.code)} ${word}`);
      }
    }
  }
  assert.ok(read >= 30, `definitions by meaning read: ${read}`);
  assert.deepEqual(said, []);
});
