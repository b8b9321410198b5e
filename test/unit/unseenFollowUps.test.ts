// Readings of real texts that an earlier first read left open (test/fixtures/real, docs/variants.md): how a text
// names itself with its title's words, and a bare article that is another instrument's. Each rule is about how Chinese
// treaty text is written, shown on a fixture string with what a careful reader reads in it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textContext } from '../../server/src/features/context';
import { referencesOf } from '../../server/src/model/references';

const read = (source: string) => textContext(source).treaty;
/** Each reference as its text, its kind, and for an article its number and the instrument it is cited from (`own` for none). */
const refs = (source: string) =>
  referencesOf(read(source)).map((r) => {
    const text = source.slice(r.start, r.end);
    if (r.kind === 'article') return `${text} article ${r.target.num} ${r.citation ? r.citation.normalized : 'own'}`;
    return `${text} ${r.kind}`;
  });

// The Korean Armistice Agreement calls itself 本停战协定: its kind with words of its title before it, as agreements
// called …临时贸易协定 or …框架协议 write 本临时协定, 本框架协议. That is the text itself, as 本协定 is, and an article
// after it is its own — not an article of another instrument titled 本停战协定.
test('unseen follow-ups: 本 + words of the title + the kind (本停战协定, 本临时协定) names the text itself', () => {
  const armistice = '朝鲜停战协定\n第一条 总则\n本停战协定第二条所述事项依照本停战协定办理。\n第二条 生效\n本停战协定自签字之日起生效。\n';
  assert.deepEqual(refs(armistice), ['本停战协定第二条 article 2 own', '本停战协定 self', '本停战协定 self']);
  const interim = '中华人民共和国政府和某国政府临时贸易协定\n第一条 本临时协定第二条所述货物,依照本临时贸易协定交换。\n第二条 本临时协定自签字之日起生效。\n';
  assert.deepEqual(refs(interim), ['本临时协定第二条 article 2 own', '本临时贸易协定 self', '本临时协定 self']);
  const framework = '中国—东盟全面经济合作框架协议\n第一条 目标\n本框架协议的目标是加强缔约各方之间的经济合作。\n第二条 生效\n本框架协议自签字之日起生效。\n';
  assert.deepEqual(refs(framework), ['本框架协议 self', '本框架协议 self']);
  // Traditional script, as the armistice is published in Taiwan and Hong Kong.
  const hant = '朝鮮停戰協定\n第一條 總則\n本停戰協定適用於一切敵對的地面軍事力量。\n第二條 生效\n本停戰協定自簽字之日起生效。\n';
  assert.deepEqual(refs(hant), ['本停戰協定 self', '本停戰協定 self']);
  // A 本 far before the kind (本国, 本条) and the titled self-word after it on the same line: the reader skips the far 本
  // to the last place a title's words could start, not past the 本 that starts one.
  const after = '朝鲜停战协定\n第一条 本国一切军事力量不得越过依照本停战协定划定的军事分界线。\n第二条 本停战协定自签字之日起生效。\n';
  assert.deepEqual(refs(after), ['本停战协定 self', '本停战协定 self']);
});

test('unseen follow-ups: 本 + words that are not the title\'s, another kind, or 本 ending a word, is no titled self-reference', () => {
  // Words the title does not hold: another agreement's name.
  assert.deepEqual(refs('朝鲜停战协定\n第一条 本贸易协定的规定不受影响。\n第二条 本协定自签字之日起生效。\n'), ['本协定 self']);
  // 日本, 基本: 本 ends another word (NOT_SELF).
  assert.deepEqual(refs('中华人民共和国和日本国渔业协定\n第一条 日本国协定所列渔船适用本协定。\n第二条 本协定自签字之日起生效。\n'), ['本协定 self', '本协定 self']);
  // A law's one-character kind follows words that are no title's: 本公司法定代表人 in 公司法 is the company's representative.
  const law = '中华人民共和国公司法\n第一条 本公司法定代表人依照本法行使职权。\n第二条 本法自公布之日起施行。\n';
  assert.deepEqual(refs(law).filter((r) => r.endsWith(' self')), ['本法 self', '本法 self']);
  // In a protocol to an agreement, 本临时协定 is the agreement's, not the protocol's: only the text's own kind counts.
  const protocol = '关于临时贸易协定的议定书\n第一条 本临时协定第二条修改如下。\n第二条 本议定书自签字之日起生效。\n';
  assert.ok(!refs(protocol).includes('本临时协定 self'), refs(protocol).join(' | '));
});

// The Organic Law of the State Council: 国务院依照宪法的规定，行使第八十九条规定的职权 — the article is the Constitution's,
// named earlier in the sentence; the law has eleven articles. A bare article past the text's last one, after another
// instrument named in the same sentence (in 《》, or after a word citing it: 依照宪法, 根据…), is that instrument's.
const ORGANIC = (third: string) =>
  `中华人民共和国国务院组织法\n第一条 根据宪法,制定本法。\n第二条 国务院由总理、副总理、国务委员组成。\n第三条 ${third}\n第四条 国务院会议分为全体会议和常务会议。\n`;
test('unseen follow-ups: a bare article past the text\'s last, after another instrument named in the sentence, is that instrument\'s', () => {
  assert.deepEqual(refs(ORGANIC('国务院依照宪法的规定,行使第八十九条规定的职权。')).filter((r) => r.includes('article')), ['第八十九条 article 89 宪法']);
  assert.deepEqual(refs(ORGANIC('国务院根据《中华人民共和国宪法》的规定,行使第八十九条规定的职权。')).filter((r) => r.includes('article')), ['第八十九条 article 89 中华人民共和国宪法']);
  // Its own article when it has one: 第二条 after 宪法 is this law's.
  assert.deepEqual(refs(ORGANIC('国务院依照宪法的规定,适用第二条的规定。')).filter((r) => r.includes('article')), ['第二条 article 2 own']);
  // Another sentence, or no instrument named (依法 is by law, no name): this law's, and past its end.
  assert.deepEqual(refs(ORGANIC('国务院依照宪法的规定。行使第八十九条规定的职权。')).filter((r) => r.includes('article')), ['第八十九条 article 89 own']);
  assert.deepEqual(refs(ORGANIC('国务院依法行使第八十九条规定的职权。')).filter((r) => r.includes('article')), ['第八十九条 article 89 own']);
  // The text named itself after the other instrument: what follows is its own (`《刑法》第一条，本解释第九条、第十条`).
  assert.deepEqual(refs(ORGANIC('国务院依照宪法和本法,行使第八十九条规定的职权。')).filter((r) => r.includes('article')), ['第八十九条 article 89 own']);
  const armistice = '朝鲜停战协定\n第一条 总则\n依照《联合国宪章》和本停战协定,适用第八十九条。\n第二条 生效\n本停战协定自签字之日起生效。\n';
  assert.deepEqual(refs(armistice).filter((r) => r.includes('article')), ['第八十九条 article 89 own']);
});

// The International Health Regulations: `交通工具的“到达”系指:` and the items under it — the definition's line ends at its
// verb, and what the term means is the list. Laws write it so too (`“不能清偿到期债务”是指：` / blank line / `（一）…`): the meaning is the items, one a line.
test('unseen follow-ups: a definition whose line ends at its verb means the items listed under it', () => {
  const ihr = '国际卫生条例\n第一条 定义\n1. 适用于本条例:\n  “机场”系指国际航班到达或离开的任何机场;\n  交通工具的“到达”系指:\n(1) 远洋航轮到达或停泊港口的限定地区;\n(2) 飞机到达机场;\n  “行李”系指旅行者的个人物品;\n第二条 目的\n本条例的目的是预防疾病的国际传播。\n';
  const meanings = Object.fromEntries(read(ihr).definitions.map((d) => [d.term, d.meaning]));
  assert.deepEqual(meanings, { 机场: '国际航班到达或离开的任何机场', 到达: '(1) 远洋航轮到达或停泊港口的限定地区;\n(2) 飞机到达机场;', 行李: '旅行者的个人物品' });
  const law = '某某规定\n第一条 “不能清偿到期债务”是指：\n\n（一）债务的履行期限已届满；\n\n（二）债务人明显缺乏清偿能力。\n\n第二条 本规定自公布之日起施行。\n';
  assert.equal(read(law).definitions.find((d) => d.term === '不能清偿到期债务')?.meaning, '（一）债务的履行期限已届满；\n（二）债务人明显缺乏清偿能力。');
  // A comment line between the items (a drafter's note) is no part of the meaning.
  const noted = law.replace('\n\n（二）', '\n<!-- 核对 -->\n（二）');
  assert.equal(read(noted).definitions.find((d) => d.term === '不能清偿到期债务')?.meaning, '（一）债务的履行期限已届满；\n（二）债务人明显缺乏清偿能力。');
  // The items hard-wrapped at a PDF's width (the UN model tax convention's `“国民”一词系指:`): each item's lines are one.
  const wrapped = '某某规定\n第一条 “国民”一词系指:\n(1)具有某个国家国籍的所有\n个人;\n(2)依某个国家的现行法律获\n得其地位的所有法人。\n第二条 本规定自公布之日起施行。\n';
  assert.equal(read(wrapped).definitions.find((d) => d.term === '国民')?.meaning, '(1)具有某个国家国籍的所有个人;\n(2)依某个国家的现行法律获得其地位的所有法人。');
  // The definition an item of the definitions' list (the UN model tax convention's `(e)“国民”一词系指:`): its meaning is the
  // sub-items under it, up to the list's next item (`(f)“主管当局”一词系指:`, numbered on in the definition's own style) or
  // the outer list's next paragraph (`2.确定…`, the ILC's draft articles) — not the next terms and their lists.
  const un = '某某公约\n第三条 一般定义\n1.为本公约之目的:\n(e)“国民”一词系指:\n(1)具有某个国家国籍的所有个人;\n(2)依某个国家的现行法律获得其地位的所有法人。\n(f)“主管当局”一词系指:\n(1)(甲国)的……;和\n(2)(乙国)的……;\n2.确定“国民”时,应考虑其国籍。\n第四条 生效\n本公约自签字之日起生效。\n';
  const unMeanings = Object.fromEntries(read(un).definitions.map((d) => [d.term, d.meaning]));
  assert.deepEqual(unMeanings, {
    国民: '(1)具有某个国家国籍的所有个人;\n(2)依某个国家的现行法律获得其地位的所有法人。',
    主管当局: '(1)(甲国)的……;和\n(2)(乙国)的……;',
  });
  // The meaning's items in the definition's own style, numbered again from 1 (`(a)` under `(c)`): the parser reads them as
  // the list's next members, but a list starting again is the meaning's, up to where its numbers stop going on.
  const restart = '某某公约\n第三条 用语\n(b)“法院”是指任何机关;\n(c)“国家”是指:\n(a)国家机关;\n(b)联邦的组成单位;\n(d)“财产”是指财产和权利。\n第四条 生效\n本公约自签字之日起生效。\n';
  assert.equal(read(restart).definitions.find((d) => d.term === '国家')?.meaning, '(a)国家机关;\n(b)联邦的组成单位;');
  // A meaning on its own line is that line's: the items after it are no part of it.
  const container = '国际卫生条例\n第一条 定义\n  “集装箱”系指一种运输设备:\n(1) 具有永久特性;\n(2) 专门设计;\n第二条 目的\n本条例的目的是预防疾病的国际传播。\n';
  assert.equal(read(container).definitions.find((d) => d.term === '集装箱')?.meaning, '一种运输设备');
});

// The Kyoto Protocol copied from a PDF: `…按照《公` / (blank line) / `约》的各项规定`, `通过的《联合国气候变化纲` / `要公约》`.
// A blank line ends a paragraph, but not inside a title in 《》: one left open at a line's end and closed at the next
// line's start is one title, broken by the copy.
test('unseen follow-ups: a title in 《》 broken over a blank line is one citation', () => {
  const kyoto = '京都议定书\n第一条 为实现《公约》的最终目标,按照《公\n\n约》的各项规定,各缔约方应当履行承诺。\n第二条 本议定书依照一九九二年五月九日在纽约通过的《联合国气候变化纲\n\n要公约》制定。\n';
  const cited = referencesOf(read(kyoto)).filter((r) => r.kind === 'citation').map((r) => r.kind === 'citation' && r.citation.normalized);
  assert.deepEqual(cited, ['公约', '公约', '联合国气候变化纲要公约']);
  // A title closed on its line, or a 《 a sentence's end follows, leaves the blank line a paragraph's end.
  const closed = '京都议定书\n第一条 按照《公约》\n\n第二条所述的最终目标,各缔约方应当履行承诺。\n第二条 本议定书自签字之日起生效。\n';
  assert.deepEqual(refs(closed).filter((r) => r.includes('article')), ['第二条 article 2 own']);
  const ended = '京都议定书\n第一条 各方应当遵守《公。\n\n约》的规定。\n第二条 本议定书自签字之日起生效。\n';
  assert.deepEqual(referencesOf(read(ended)).filter((r) => r.kind === 'citation'), []);
});

// A protocol amending a free trade agreement (China–Singapore, 2011, on Wikisource): `在北京达成《…自由贸易协定》(以下简称
// 中国-新加坡自贸协定或协定)` — two short names joined by 或, unquoted, for the instrument cited right before the brackets;
// its articles then cited by the longer one (`中国-新加坡自贸协定第21条`).
test('unseen follow-ups: unquoted short names joined by 或 are each one; a name right after 《…》 stands for the instrument cited', () => {
  const protocol = '关于修改《甲乙自由贸易协定》的议定书\n2008年10月23日,甲国政府和乙国政府在北京达成《甲国政府和乙国政府自由贸易协定》(以下简称甲-乙自贸协定或协定);\n第一条 甲-乙自贸协定第21条应由以下内容取代。\n第二条 本议定书自签字之日起生效。\n';
  const t = read(protocol);
  assert.deepEqual(t.definitions.map((d) => `${d.term} ← ${d.meaning}`), ['甲-乙自贸协定 ← 《甲国政府和乙国政府自由贸易协定》', '协定 ← 《甲国政府和乙国政府自由贸易协定》']);
  assert.deepEqual(refs(protocol).filter((r) => r.includes('article')), ['第21条 article 21 甲国政府和乙国政府自由贸易协定']);
  // 或者 joins the words of one name (`红色旧址、纪念设施或者场所`), and a name after words that are no citation keeps them.
  assert.deepEqual(read('某某条例\n第一条 本条例保护革命旧址(以下简称旧址或者场所),适用本条例。\n').definitions.map((d) => d.term), ['旧址或者场所']);
});

// A meaning that only points to the list under it (导弹及相关物项和技术出口管制条例, its 清单's definitions: `(五)“技术资料”是指下列形式：`
// / `1．规划` / `2．计划` …): the meaning is the forms listed, as when the line ends at its verb (`(四)“使用”是指：`), not `下列形式`
// (words.ts LIST_POINTERS). A meaning going on after the pointer (`是指下列形式以外的资料`) is read as before.
test('unseen follow-ups: a definition meaning 下列形式 means the items listed under it', () => {
  const missile = '某某条例\n第二十条 本清单中：\n\n(四)“使用”是指：\n\n1．操作\n\n2．安装(包括现场安装)\n\n(五)“技术资料”是指下列形式：\n\n1．规划\n\n2．计划\n\n3．图表\n\n(六)“技术援助”是指以下形式：\n\n1．技术指导\n\n2．培训\n\n第二十一条 本条例自公布之日起施行。\n';
  const meanings = Object.fromEntries(read(missile).definitions.map((d) => [d.term, d.meaning]));
  assert.deepEqual(meanings, { 使用: '1．操作\n2．安装(包括现场安装)', 技术资料: '1．规划\n2．计划\n3．图表', 技术援助: '1．技术指导\n2．培训' });
  const other = missile.replace('是指下列形式：', '是指下列形式以外的资料。');
  assert.equal(read(other).definitions.find((d) => d.term === '技术资料')?.meaning, '下列形式以外的资料');
});
