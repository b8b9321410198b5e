// New texts of the real corpus (test/fixtures/real, known-failures.json, docs/variants.md) read by rules in session 55
// (s55unseen). Each rule is about how Chinese treaty text is written or copied, shown on a fixture string with what a careful
// reader reads in it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contextOf, textContext } from '../../server/src/features/context';
import { WorkspaceIndex } from '../../server/src/index/workspace';
import { definition } from '../../server/src/features/definition';

const read = (source: string) => textContext(source).treaty;

// The 1858 Treaty of Tianjin with the United States on a history site (test/fixtures/real/treaty_cn_us_tianjin_1858_newdu_oneline.md):
// one line, its articles labelled 第一款、 第二款、 … after white space.
const TIANJIN = '一八五八年六月十八日,咸丰八年五月初八日,天津。 兹中华大清国与大亚美理驾合众国因欲固存坚久真诚友谊,修订友睦条约,为此美举。 各将所奉钦赐之权互相校阅,俱属善当,所有议定条款胪列于左: 第一款、嗣后大清与大合众两国并其民人,各皆照前和平友好,毋得或异。 第二款、俟大清大皇帝既得议允,各将条约批准互易后,必须敬谨收藏。 第三款、条约各款必使两国军民人等尽得闻知,俾可遵守。 第四款、因欲坚立友谊,嗣后大合众国驻扎中华之大臣任听以平行之礼交往。\n';

test('known 55: an older treaty\'s articles 第一款、 第二款、 … run into one line are its articles', () => {
  const names = (source: string) => read(source).articles.map((a) => a.name);
  assert.deepEqual(names(TIANJIN), ['第一款', '第二款', '第三款', '第四款']);
  // The same articles each opening a line: 条约 after 第三款、 is the article's first word, no reference going on from the label.
  assert.deepEqual(names(TIANJIN.replace(/ 第/g, '\n第')), ['第一款', '第二款', '第三款', '第四款']);
  // One such label is no run: a law's sentence opening with a paragraph it cites stays the sentence.
  assert.deepEqual(names('为了规范管理,制定本规定。 第一款、第二款规定的人员应当登记。 其他人员不在此限。\n'), []);
  // Nor labels out of order (a sentence citing 第二款 before 第一款).
  assert.deepEqual(names(TIANJIN.replace('第一款、', '第三款、')), []);
});

// A protocol to the China–Thailand investment agreement as a writing guide's model (test/fixtures/real/
// protocol_cn_th_investment_model_wenyi3.md): the page cut in its first point, whose text opens with its first sub-point.
const PROTOCOL = '议定书\n值此中华人民共和国政府和泰王国政府关于促进和保护投资的协定签字之际,双方授权代表议定如下各项,作为本协定的组成部分:\n一、(一)关于本协定第六条第一款和第三款所述的自由转移,应依照外汇管理法律和法规转移。\n(二)若上述外汇存款帐户中的外汇不够转移,属下列款项,应提供外汇:\n(1)本协定第六条第一款第(二)项所述的款项;\n(2)本协定第六条第一款第(三)项所述的款项。\n';

test('known 55: a lone point 一、 whose text opens with its first sub-point, the second under it, is the text\'s point', () => {
  assert.deepEqual(read(PROTOCOL).articles.map((a) => a.name), ['一、']);
  // Its first sub-point's own items may stand between (the second sub-point under them).
  assert.deepEqual(read(PROTOCOL.replace('一、(一)关于本协定第六条第一款和第三款所述的自由转移,应依照外汇管理法律和法规转移。\n', '一、(一)关于自由转移:\n(1)利润;\n(2)利息。\n')).articles.map((a) => a.name), ['一、']);
  // No second sub-point under it: one numbered sentence (a letter's) is no point.
  assert.deepEqual(read(PROTOCOL.replace(/\(二\)[^\n]*\n\(1\)[^\n]*\n\(2\)[^\n]*\n/, '')).articles.map((a) => a.name), []);
});

test('known 55: a protocol titled by its kind alone whose preamble names the agreement signed with it (值此…协定签字之际) reads 本协定 as that agreement', () => {
  const index = new WorkspaceIndex();
  const uri = 'file:///ws/protocol.md';
  index.set(uri, PROTOCOL, 1, 'markdown');
  const snapshot = index.get(uri)!;
  const at = PROTOCOL.indexOf('作为本协定') + 3;
  // Not this protocol (the agreement is not in the workspace: no target).
  assert.deepEqual(definition(contextOf(index, snapshot), at), []);
  // A preamble naming no agreement leaves 本协定 the text's own word, read as it was.
  const own = PROTOCOL.replace('值此中华人民共和国政府和泰王国政府关于促进和保护投资的协定签字之际,', '');
  index.set(uri, own, 2, 'markdown');
  const links = definition(contextOf(index, index.get(uri)!), own.indexOf('作为本协定') + 3);
  assert.equal(links.length, 1);
});

// The China–Russia agreement on the boundary's western section on the mobile Wikisource (test/fixtures/real/
// agreement_cn_ru_western_boundary_1994_wikisource.md): the wiki's edit link glued to each label.
test('known 55: a wiki\'s edit link glued to an article\'s label (第一条编辑) is no caption', () => {
  const text = '中华人民共和国和俄罗斯联邦关于中俄国界西段的协定\n\n第一条编辑\n\n缔约双方同意公正合理地解决边界问题。\n\n第二條編輯\n\n缔约双方同意,边界线走向如下。\n\n第三条 生效\n\n本协定自签字之日起生效。\n';
  assert.deepEqual(read(text).articles.map((a) => a.caption), [undefined, undefined, '生效']);
  // A caption spaced off the label stays one, that word too (`第三条 编辑`, an article on editing).
  assert.equal(read(text.replace('第三条 生效', '第三条 编辑')).articles[2].caption, '编辑');
});

// The Convention for the Extension of Hong Kong Territory (1898) on a history page (test/fixtures/real/
// convention_gb_qing_hongkong_extension_1898_pinyin_hant.md): a 专条 is a kind of instrument.
test('known 55: a Qing-era convention on one matter (…专条, …專條) is of the kind 专条', () => {
  const text = '展拓香港界址專條\n\n一八九八年六月九日,光緒二十四年四月二十一日,北京。\n\n溯查多年以來,素悉香港一處非展拓界址不足以資保衛,今中、英兩國政府議定大略,展擴英界,作為新租之地。\n\n以九十九年為限期。\n';
  assert.equal(read(text).kind, '专条');
  assert.equal(read(text.replace('展拓香港界址專條', '订租威海卫专条')).kind, '专条');
});

// The joint press communique on Premier Hua Guofeng's visit to Japan (1980) on a law database (test/fixtures/real/
// communique_cn_jp_hua_guofeng_visit_1980_fsou_p2.md): the site's banner on the line right above a title opening with 关于.
test('known 55: a site\'s banner right above the title (法搜网--中国法律信息搜索网) is no line of it', () => {
  const text = '法搜网--中国法律信息搜索网\n关于中华人民共和国华国锋总理访日的联合新闻公报\n\n  七、两国领导人满意地注意到中国政府恢复在国际货币基金组织的代表权。\n  八、两国领导人确认了继续扩大两国间贸易等经济交流的重要性。\n';
  assert.equal(read(text).title?.text, '关于中华人民共和国华国锋总理访日的联合新闻公报');
  // A title broken over two lines is read over both, as before (its first line no banner).
  const broken = text.replace('法搜网--中国法律信息搜索网\n关于中华人民共和国华国锋总理访日的联合新闻公报', '关于中华人民共和国华国锋总理\n访日的联合新闻公报');
  assert.equal(read(broken).title?.text, '关于中华人民共和国华国锋总理访日的联合新闻公报');
  // A site's name with no separator in it is no banner: the lines are read as they were.
  assert.notEqual(read(text.replace('法搜网--中国法律信息搜索网', '中国法律信息搜索网')).title?.text, '关于中华人民共和国华国锋总理访日的联合新闻公报');
});
