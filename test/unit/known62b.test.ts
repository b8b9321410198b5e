// New texts of the real corpus (test/fixtures/real, docs/variants.md) read by rules in session 62 (s62unseenB: modern texts as
// drafters paste them from a ministry's law database, a periodical archive, a document viewer's PDF text and others). Each rule is
// about how such pages are written or copied, shown on a fixture string with what a careful reader reads in it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textContext } from '../../server/src/features/context';
import { diagnostics } from '../../server/src/features/diagnostics';

const read = (source: string) => textContext(source).treaty;
const codes = (source: string) => diagnostics(textContext(source)).filter((d) => d.severity === 1 || d.severity === 2).map((d) => d.code);
const meaning = (source: string, term: string) => read(source).definitions.filter((d) => d.term === term).map((d) => d.meaning);

// The Ministry of Justice's page of a treaty (test/fixtures/real/treaty_cn_th_transfer_sentenced_moj.md): the site's security
// registration, broken over two lines, the page's first lines as stored, the preamble right under it.
const REGISTERED = '京公网安备\n11010502035627号\n' +
  '中华人民共和国和泰王国(以下称“双方”),在相互尊重主权和平等互利的基础上,希望在执行刑罚方面展开合作;达成协议如下:\n' +
  '第一条 定义\n为本条约的目的:\n(一)“移交国”指可能或者已经将被判刑人移交出的一方;\n(二)“接收国”指可能或者已经向其移交被判刑人的一方。\n' +
  '第二条 一般原则\n在一方境内被判刑的人可以根据本条约的规定,被移交至另一方境内,以便其服完被判处的刑期。\n';

test('known 62b: a site\'s registration over the page, broken over lines, is no part of the preamble\'s first words', () => {
  assert.deepEqual(meaning(REGISTERED, '双方'), ['中华人民共和国和泰王国']);
  // Written whole on one line, with its province (`京ICP备05072101号`), likewise.
  assert.deepEqual(meaning(REGISTERED.replace('京公网安备\n11010502035627号\n', '京ICP备05072101号\n'), '双方'), ['中华人民共和国和泰王国']);
  // A line of a name broken by a width still goes on (as before): the names over two lines are one.
  assert.deepEqual(meaning(REGISTERED.replace('京公网安备\n11010502035627号\n中华人民共和国', '中华人民共和\n国'), '双方'), ['中华人民共和国和泰王国']);
  assert.deepEqual(codes(REGISTERED), []);
});

// A document viewer's text of a PDF (agreement_cn_jp_migratory_birds_1981_docsqq_pdf.md): the collection's date and place under
// the title in brackets, the database's fields glued after them.
const PDF_TITLE = '中华人民共和国政府和日本国政府保护候鸟及其栖息环境协定\n' +
  '中华人民共和 国政府和日本国政府保护候鸟及 其栖息环境协定( 1981 年 03 月 03 日订于北京)(签订日期一九八一年三月三日 生效日期一九八一年六月八日)中华人民共和国政府和日本国政府考虑到鸟\n';

test('known 62b: a place after 订于 ends at a closing bracket', () => {
  const s = read(PDF_TITLE).signing;
  assert.deepEqual([s?.date?.year, s?.date?.month, s?.date?.day, s?.place], [1981, 3, 3, '北京']);
  // With no bracket after it, the place runs to the comma (as before).
  assert.equal(read(PDF_TITLE.replace('订于北京)(签订日期', '订于北京,(签订日期')).signing?.place, '北京');
});

// A periodical archive's reprint of the third protocol amending the China–Pakistan tax agreement (protocol_cn_pk_tax_third_2016_fx361.md).
const THIRD_PROTOCOL = '中华人民共和国政府和巴基斯坦伊斯兰共和国政府关于对所得避免双重征税和防止偷漏税的协定第三议定书\n' +
  '中华人民共和国政府和巴基斯坦伊斯兰共和国政府,愿意缔结议定书,以修订一九八九年十一月十五日在伊斯兰堡签订的《中华人民共和国政府和巴基斯坦伊斯兰共和国政府关于对所得避免双重征税和防止偷漏税的协定》(以下简称“协定”)和二OO七年四月十七日在北京签订的协定第二议定书(以下简称“第二议定书”),达成协议如下:\n' +
  '第一条\n关于第二议定书第一条,“国家银行”包括中国工商银行和丝路基金。\n' +
  '第二条\n本第三议定书应自后一份通知收到之日起生效。\n' +
  '下列代表,经两国政府正式授权,在本议定书上签字,以昭信守。本议定书于2016年12月8日在伊斯兰堡签订,用中文和英文写成,两种文本同等作准。\n';

test('known 62b: a date before a short name and the instrument named after it (协定第二议定书) is that instrument\'s', () => {
  assert.deepEqual(codes(THIRD_PROTOCOL), []);
  // The short name alone after the date: the agreement's, dated otherwise — still reported (as before).
  const wrong = THIRD_PROTOCOL.replace('和二OO七年四月十七日在北京签订的协定第二议定书(以下简称“第二议定书”)', ',即二OO七年四月十七日在北京签订的协定');
  assert.deepEqual(codes(wrong), ['ref.date-mismatch']);
});

// The NPC database's decision ratifying a treaty, the treaty under it (decision_npc_ir_transfer_sentenced_2015_freewechat.md): the
// decision cites the treaty by its name, the treaty's title line says which language's text it is.
const RATIFIED = '全国人民代表大会常务委员会关于批准《中华人民共和国和伊朗伊斯兰共和国关于移管被判刑人的条约》的决定\n\n' +
  '第十二届全国人民代表大会常务委员会第十八次会议决定:批准2012年9月10日由中华人民共和国代表在德黑兰签署的《中华人民共和国和伊朗伊斯兰共和国关于移管被判刑人的条约》。\n\n' +
  '中华人民共和国和伊朗伊斯兰共和国关于移管被判刑人的条约(中文本)\n\n' +
  '中华人民共和国和伊朗伊斯兰共和国(以下简称双方),为加强两国在刑事司法领域的合作,议定下列各条:\n\n' +
  '第一条 一般规定\n\n根据本条约的规定,一方可以向另一方移管被判刑人。\n\n第二条 生效\n\n本条约自第三十日起生效。\n';

test('known 62b: the decision above a treaty cites it by its title without the remark naming its text\'s language (（中文本）)', () => {
  const ctx = textContext(RATIFIED);
  assert.equal(ctx.treaty.title?.text, '中华人民共和国和伊朗伊斯兰共和国关于移管被判刑人的条约(中文本)');
  // The decision's two citations name this page: neither is reported missing from the workspace.
  const missing = (c: typeof ctx) => diagnostics(c).filter((d) => d.code === 'ref.citation-not-found').length;
  assert.equal(missing(ctx), 0);
  // Another treaty's name is still missing (as before).
  assert.equal(missing(textContext(RATIFIED.replace(/伊朗伊斯兰共和国关于移管被判刑人的条约》/g, '伊朗伊斯兰共和国引渡条约》'))), 2);
  // Without the remark, the title not the citation's, nothing names the page either (as before).
  assert.equal(missing(textContext(RATIFIED.replace('的条约(中文本)\n', '的条约补充议定书\n'))), 2);
});
