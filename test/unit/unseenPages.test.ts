// Shapes of real pages the corpus had not seen (test/fixtures/real: treaty_cn_kz_consular_1992_chinaqw_oneline.md,
// convention_ilo_c87_1948_guayunfan.md, statement_cn_gb_hongkong_1984_gazette_p9.md), each read by a rule about
// Chinese treaty text, here on fixture strings written for it: the date and place of signing printed before a title,
// a page's source note after a text cut short, a page's name over the instrument it prints under a breadcrumb of
// white-space-separated sections, and a joint declaration's own word 本联合声明.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTreaty } from '../../server/src/model/treaty';
import { textContext } from '../../server/src/features/context';
import { diagnostics } from '../../server/src/features/diagnostics';

const warnings = (text: string) => diagnostics(textContext(text)).filter((d) => d.severity === 1 || d.severity === 2).map((d) => d.code);

test('unseen pages: the date and place of signing before a title, a space after them, are no part of it', () => {
  const t = buildTreaty('一九九二年四月二十日于北京 中华人民共和国和甲国领事条约\n中华人民共和国和甲国,决定缔结本条约,议定下列各条:\n第一条 就本条约而言,“领馆”指总领事馆。\n第二条 本条约自互换批准书之日起生效。\n');
  assert.equal(t.title?.text, '中华人民共和国和甲国领事条约');
  assert.equal(t.kind, '条约');
  // In digits, and 在 for 于.
  assert.equal(buildTreaty('1992年4月20日在北京 中华人民共和国和甲国领事条约\n第一条 就本条约而言,“领馆”指总领事馆。\n').title?.text, '中华人民共和国和甲国领事条约');
  // A date that is the title's own words stays (no space after a place: `…于北京签订的…`), as does a title naming no kind after the date.
  assert.equal(buildTreaty('一九九二年四月二十日于北京签订的中华人民共和国和甲国领事条约\n第一条 就本条约而言,“领馆”指总领事馆。\n').title?.text, '一九九二年四月二十日于北京签订的中华人民共和国和甲国领事条约');
});

test('unseen pages: a source note after a text cut in a list is the page\'s, and the text stops short', () => {
  const body = '中华人民共和国和甲国领事条约\n中华人民共和国和甲国,决定缔结本条约,议定下列各条:\n第一章 定 义\n第一条 定义\n就本条约而言,下列用语具有以下意义:\n(一)“领馆”指总领事馆、领事馆;\n(二)“领区”指为领馆执行领事职务而设定的区域;\n';
  // Cut after an entry of the list (its `;`): the final clauses past the cut are not asked for.
  assert.deepEqual(warnings(`${body}(资料来源:全国人大华侨委员会办公室法案室《侨务法律法规实用手册》)\n|\n`), []);
  assert.deepEqual(warnings(`${body}(資料來源:全國人大華僑委員會辦公室法案室《僑務法律法規實用手冊》)\n`), []);
  // A text ending its last sentence, the note after it: asked for, as before.
  const whole = '中华人民共和国和甲国领事条约\n中华人民共和国和甲国,决定缔结本条约,议定下列各条:\n第一条 双方发展领事关系。\n';
  assert.ok(warnings(`${whole}(资料来源:《侨务法律法规实用手册》)\n`).includes('final.no-entry-into-force'));
});

test('unseen pages: a page\'s name over the instrument it prints, under a breadcrumb of sections, is no title', () => {
  const page = '首页 理论教育 国际核心劳工标准公约\n\n国际核心劳工标准公约\n\n时间:2022-10-28 理论教育 版权反馈\n\n国际核心劳工标准公约\n\n《结社自由和保护组织权利公约》\n\n(第87号公约)\n\n国际劳工组织大会,\n\n于1948年7月9日通过以下公约:\n\n第一部分结社自由\n\n第1条\n\n凡本公约对其生效的会员国,承诺实行下列规定。\n\n第2条\n\n工人和雇主有权建立组织。\n';
  const t = buildTreaty(page);
  assert.equal(t.title?.text, '结社自由和保护组织权利公约');
  assert.deepEqual(t.chapters.map((c) => [c.name, c.caption]), [['第一部分', '结社自由']]);
  // The breadcrumb alone, the page's name not repeated over a name in 《》: the first title line after it.
  assert.equal(buildTreaty('首页 理论教育 国际核心劳工标准公约\n\n结社自由和保护组织权利公约\n\n国际劳工组织大会,\n\n第1条\n\n凡本公约对其生效的会员国,承诺实行下列规定。\n').title?.text, '结社自由和保护组织权利公约');
  // A title printed twice, nothing in 《》 under it: the title.
  assert.equal(buildTreaty('结社自由和保护组织权利公约\n\n结社自由和保护组织权利公约\n\n国际劳工组织大会,\n\n第1条\n\n凡本公约对其生效的会员国,承诺实行下列规定。\n').title?.text, '结社自由和保护组织权利公约');
  // A navigation bar of four sections and more after 网站首页 is no breadcrumb (the page's menu, read as before).
  assert.equal(buildTreaty('网站首页 语文基础 语文资料 古诗文阅读 写作范文\n\n国际核心劳工标准公约\n\n第1条\n\n凡本公约对其生效的会员国,承诺实行下列规定。\n').title?.text, '国际核心劳工标准公约');
});

test('unseen pages: an untitled page of a joint declaration takes its kind from 本联合声明', () => {
  const page = '五、双方声明:为求本联合声明得以有效执行,成立联合联络小组。\n\n六、双方同意,上述各项声明和本联合声明的附件均将付诸实施。\n\n七、本联合声明须经批准,并自互换批准书之日起生效。\n\n一九八四年  月  日在北京签订,共两份,每份都用中文和英文写成,两种文本具有同等效力。\n';
  const t = buildTreaty(page);
  assert.equal(t.kind, '联合声明');
  assert.ok(t.isTreaty);
  assert.deepEqual(t.articles.map((a) => a.name), ['五、', '六、', '七、']);
  // Once is not enough for a text of points (twice at least, as 本宪章).
  assert.equal(buildTreaty('五、双方声明:成立联合联络小组。\n\n六、本联合声明须经批准。\n').kind, undefined);
});
