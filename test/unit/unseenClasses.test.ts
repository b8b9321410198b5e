// First reads of real instruments of classes the corpus had none of (agreed minutes of talks, an amendment adopted by a
// meeting of parties, agreements with a schedule of border crossings, a communique of two delegations), as data: the
// text as a drafter pastes it, and the reading a reader gives. Each rule is about how Chinese treaty text is written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contextOf, textContext } from '../../server/src/features/context';
import { definition } from '../../server/src/features/definition';
import { diagnostics } from '../../server/src/features/diagnostics';
import { WorkspaceIndex } from '../../server/src/index/workspace';
import { applyEdits, renumberArticles } from '../../server/src/features/renumber';
import { LineMap } from '../../server/src/syntax/positions';

const read = (source: string) => textContext(source).treaty;

// Agreed minutes (and memoranda) often sign in their last point: `八、本纪要于…在中国北京签署，…。`, the signatories'
// lines under it. The point keeps its sentence, which is the signing clause; the lines under it are the signatures,
// not a second paragraph of the point.
const MINUTES = (last: string, under: string) =>
  `甲国商检局和乙国标准委员会会谈纪要\n\n双方商定如下：\n一、双方相互承认检验证书。\n${last}\n${under}`;
test('unseen classes: minutes signed in their last point (八、本纪要于…签署，…): the point is the signing clause, the lines under it the signatures', () => {
  const t = read(MINUTES('二、本纪要于一九九四年四月六日在北京签署，一式两份，用中文和俄文写成，两种文本具有同等效力。', '甲国　　　乙国\n副局长　　副主席\n张三　　　李四\n（签名）　（签名）\n'));
  assert.deepEqual(t.articles.map((a) => `${a.name}${a.paragraphs.length}`), ['一、1', '二、1']);
  assert.deepEqual([t.signing?.date?.year, t.signing?.date?.month, t.signing?.date?.day, t.signing?.place, t.signing?.copies], [1994, 4, 6, '北京', 2]);
  assert.deepEqual(t.signing?.languages, ['中文', '俄文']);
  assert.ok(t.signatures && t.text.slice(t.signatures.start, t.signatures.end).startsWith('甲国'));
  // A last point that is no signing clause keeps the lines under it (no signatures read).
  const plain = read(MINUTES('二、双方每年会晤一次。', '双方同意在北京会晤\n'));
  assert.equal(plain.signing, undefined);
  // The point signing them deleted (a draft's round): the signatories' lines ending with their marks are still the signatures,
  // no paragraph of the point above them; no signing clause is read from that point.
  const unsigned = read(MINUTES('二、双方每年会晤一次。', '甲国　　　乙国\n张三　　　李四\n（签名）　（签名）\n'));
  assert.deepEqual(unsigned.articles.map((a) => `${a.name}${a.paragraphs.length}`), ['一、1', '二、1']);
  assert.equal(unsigned.signing, undefined);
  assert.ok(unsigned.signatures);
  // A signing clause in the last point with running text under it, no signatories' lines: nothing is cut off the point.
  const ran = read(MINUTES('二、本纪要于一九九四年四月六日在北京签署，一式两份。', '双方还商定，下次会谈在乙国举行，具体日期另行商定。\n'));
  assert.equal(ran.signing, undefined);
  assert.equal(ran.articles[1].paragraphs.length, 2);
});

// `用中、俄两种文字书就`: one character a language, the count of languages after the last (中文 and 俄文).
test('unseen classes: languages as one character each before their count (中、俄两种文字; 中、英、法三种文字)', () => {
  const clause = (langs: string) => read(`# 甲国和乙国文化协定\n\n第一条 双方发展文化合作。\n\n第二条 本协定自签字之日起生效。\n\n本协定于一九九四年四月六日在北京签署,用${langs}书就,两种文本具有同等效力。\n`).signing;
  assert.deepEqual(clause('中、俄两种文字')?.languages, ['中文', '俄文']);
  assert.deepEqual(clause('中、俄两种文字')?.languageCodes, ['zh', 'ru']);
  assert.deepEqual(clause('中、英、法三种文字')?.languages, ['中文', '英文', '法文']);
  assert.deepEqual(clause('中文和俄文两种文字')?.languages, ['中文', '俄文']);
});

/** The targets `definition` gives at the end of the first `needle` in `source`, opened alone. */
function targets(source: string, needle: string): number {
  const index = new WorkspaceIndex();
  index.set('file:///a.md', source, 1, 'markdown');
  const snapshot = index.get('file:///a.md')!;
  return definition(contextOf(index, snapshot), source.indexOf(needle) + needle.length - 1).length;
}
/** The codes of the errors and warnings on `source`, opened alone. */
function warned(source: string): string[] {
  const index = new WorkspaceIndex();
  index.set('file:///a.md', source, 1, 'markdown');
  return diagnostics(contextOf(index, index.get('file:///a.md')!)).filter((d) => d.severity === 1 || d.severity === 2).map((d) => String(d.code));
}

// An amendment to a multilateral instrument adopted by a meeting of its parties is named after it: `《蒙特利尔议定书》的修正`,
// `…议定书伦敦修正`. Its title is the amendment's (the name in 《》 is what it amends), its kind an amendment's, and the
// articles its instructions name (`议定书第1条第4款`) are the amended Protocol's, never its own.
const AMENDMENT = (title: string) => `${title}\n\n第1条 修正\n\n1. 议定书第1条第4款应以下文取代\n\n4. 受控物质是指附件A所载物质\n\n2. 议定书第1条第5款应以下文取代\n\n5. 生产量是指受控物质的生产量\n\n3. 议定书第1条内应加列下款\n\n9. 过渡性物质是指附件C所载物质\n`;
test('unseen classes: an amendment named after the instrument it amends (《…》的修正, …伦敦修正) is an amendment; the Protocol\'s articles it names are not its own', () => {
  for (const [title, read_] of [
    ['《蒙特利尔议定书》的修正 下载本文', '《蒙特利尔议定书》的修正'],
    ['关于消耗臭氧层物质的蒙特利尔议定书伦敦修正', '关于消耗臭氧层物质的蒙特利尔议定书伦敦修正'],
  ]) {
    const t = read(AMENDMENT(title));
    assert.equal(t.title?.text, read_, title);
    assert.equal(t.kind, '修正案', title);
    assert.equal(targets(AMENDMENT(title), '议定书第1条第4款'), 0, `${title}: 议定书第1条第4款 is the Protocol's`);
  }
  // A name in 《》 with other words after it stays the name (`《大西洋憲章》（1941年8月14日）`).
  assert.equal(read('《大西洋宪章》（1941年8月14日）\n\n一、两国不寻求扩张。\n\n二、两国尊重各民族的权利。\n').title?.text, '大西洋宪章');
});

// The amended text's words after an instruction (`应以下文取代`, `应加列下款`), unquoted, keep the Protocol's numbers (4., 9.):
// no gap in the instructions' numbering. A gap among the instructions themselves is still one.
test('unseen classes: the new text after `应以下文取代` keeps the amended text\'s numbers: no numbering gap', () => {
  assert.deepEqual(warned(AMENDMENT('关于消耗臭氧层物质的蒙特利尔议定书伦敦修正')), []);
  const gap = '# 甲协定\n\n第一条 双方同意：\n\n1. 双方合作。\n\n3. 双方交流。\n\n第二条 本协定自签字之日起生效。\n';
  assert.deepEqual(warned(gap), ['numbering.item-gap']);
});

// A name defined inside a purpose clause (`为进一步巩固和发展两国（以下简称“双方”）间的睦邻友好合作关系`, the China–DPRK
// border crossings agreement): the purpose's verbs (巩固, 深化, 增进, 扩大, 加深 as 发展 and 加强 were) govern it, no part of it.
test('unseen classes: a name defined after a purpose\'s verbs (为进一步巩固和发展两国（以下简称“双方”）) is what they govern', () => {
  const terms = (preamble: string) => Object.fromEntries(read(`# 甲国政府和乙国政府关于边境口岸的协定\n\n甲国政府和乙国政府（以下简称“缔约双方”），${preamble}，达成协议如下：\n\n第一条 双方开放边境口岸。\n\n第二条 本协定自签字之日起生效。\n`).definitions.map((d) => [d.term, d.meaning]));
  assert.equal(terms('为进一步巩固和发展两国（以下简称“双方”）间的睦邻友好合作关系')['双方'], '两国');
  assert.equal(terms('为深化两国（以下简称“双方”）间的合作')['双方'], '两国');
  assert.equal(terms('为增进两国人民（以下简称“人民”）之间的友谊')['人民'], '两国人民');
  assert.equal(terms('为进一步巩固和发展两国（以下简称“双方”）间的睦邻友好合作关系')['缔约双方'], '甲国政府和乙国政府');
});

// A document site's preview gives the title and the preamble as one line with no space between (`…管理制度的协定中华人民共和国
// 政府和越南…政府(以下简称双方),…`): the preamble opens by naming the parties the title opens with, and the title ends there.
test('unseen classes: a title glued to the preamble that repeats its opening (…的协定中华人民共和国政府和…) ends at the repeated name', () => {
  const t = read('文档简介\n中华人民共和国政府和甲国政府关于边境口岸及其管理制度的协定中华人民共和国政府和甲国政府(以下简称双方),为促进两国贸易发展,达成协议如下: 第一条 双方开放边境口岸。 第二条 本协定自签字之日起生效。\n');
  assert.equal(t.title?.text, '中华人民共和国政府和甲国政府关于边境口岸及其管理制度的协定');
  assert.equal(t.kind, '协定');
  assert.deepEqual(t.articles.map((a) => a.name), ['第一条', '第二条']);
  // A title whose words after the kind are no repeated opening stays as it was read (no title glued there).
  assert.notEqual(read('文档简介\n中华人民共和国政府和甲国政府关于边境口岸的协定中方口岸名单如下,为促进两国贸易发展: 第一条 双方开放边境口岸。 第二条 本协定自签字之日起生效。\n').title?.text, '中华人民共和国政府和甲国政府关于边境口岸的协定');
});

// A page of a longer text (a database's second page opening inside article 5 at 第六条, minutes' last page at 六、): no
// title, its first unit numbered past 1. Deleting 第七条 and renumbering makes 第八条 the seventh; before, every article
// was numbered from 第一条, so 第六条 became 第一条 and the page said what the treaty does not.
test('unseen classes: renumbering a page of a longer text (no title, first unit past 1) keeps its first number', () => {
  const renumbered = (source: string) => {
    const index = new WorkspaceIndex();
    index.set('file:///a.md', source, 1, 'markdown');
    const snapshot = index.get('file:///a.md')!;
    const r = renumberArticles(contextOf(index, snapshot));
    const edits = r.edit?.changes?.['file:///a.md'] ?? [];
    return applyEdits(source, new LineMap(index.model(snapshot).tree.lines), edits);
  };
  assert.equal(
    renumbered('为本条约的目的,缔约双方应通过各自指定的机关进行联系。\n第六条 语言\n缔约双方应使用本国官方语言。\n第八条 补充材料\n一、请求方应提交补充材料。\n第九条 临时羁押\n请求方可以请求临时羁押。\n'),
    '为本条约的目的,缔约双方应通过各自指定的机关进行联系。\n第六条 语言\n缔约双方应使用本国官方语言。\n第七条 补充材料\n一、请求方应提交补充材料。\n第八条 临时羁押\n请求方可以请求临时羁押。\n',
  );
  assert.equal(renumbered('六、本纪要自通知之日起生效。\n八、本纪要于一九九四年四月六日在北京签署。\n'), '六、本纪要自通知之日起生效。\n七、本纪要于一九九四年四月六日在北京签署。\n');
  // A draft with its title is numbered from 第一条, as before.
  assert.equal(renumbered('# 甲乙协定\n\n第六条 双方合作。\n\n第八条 本协定自签字之日起生效。\n'), '# 甲乙协定\n\n第一条 双方合作。\n\n第二条 本协定自签字之日起生效。\n');
});

