// Readings of real text shapes the corpus lacked until session 43 (test/fixtures/real: treaty_gb_ae_friendship_1971_nujm.md,
// notes_cn_su_port_arthur_1952_wikisource.md, convention_vienna_treaties_1969_fabao_p9_oneline.md), as data: a small text
// laid out as such pages lay it out, the reading a reader gives, and the texts each rule must leave alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { textContext } from '../../server/src/features/context';
import { documentSymbols } from '../../server/src/features/documentSymbols';

function names(symbols: DocumentSymbol[], out: string[] = []): string[] {
  for (const s of symbols) {
    out.push(s.name);
    if (s.children) names(s.children, out);
  }
  return out;
}

// A writing manual's description ending with its example label (`…这里介绍的是狭义的条约。 例:`), the model's title on the
// next line, broken by a space inside a name as the page wrapped it: that line is the title.
const MANUAL = '内容 |\n一、条约\n【主题索引】第七编 条约契据类 > 一、条约 条约有广义和狭义之分。这里介绍的是狭义的条约。 例:\n' +
  '甲国和乙 国友好条约\n(1971年12月2日订于某城) 甲国和乙国 希望以友好条约的形式来表达上述意愿; 议定下列各条:\n' +
  '第一条 两国之间的关系,应本着亲密友好的精神处理。\n第二条 本条约应自本日起生效,有效期为十年。\n';
test('a manual\'s example label ending its description: the next line is the model\'s title', () => {
  const t = textContext(MANUAL).treaty;
  assert.equal(t.title?.text, '甲国和乙国友好条约');
  assert.equal(t.kind, '条约');
});
test('a manual\'s description ending with the label alone on its line: the next line is the title', () => {
  const t = textContext(MANUAL.replace('这里介绍的是狭义的条约。 例:', '这里介绍的是狭义的条约。\n例:')).treaty;
  assert.equal(t.title?.text, '甲国和乙国友好条约');
});
// Not: `例如:` or `条例:` ending a line (a sentence going on with examples, a law's name): no label, no title from it.
for (const ending of ['例如:', '依照本条例:']) {
  test(`a line ending with ${ending}: no example label`, () => {
    const t = textContext(MANUAL.replace('这里介绍的是狭义的条约。 例:', `这里介绍的是狭义的条约,${ending}`)).treaty;
    assert.notEqual(t.title?.text, '甲国和乙国友好条约');
  });
}

// An exchange of notes headed as the 1950s headed them: `去文` over the first note, `覆文` (覆 for 复) over the reply; and `复文`.
for (const reply of ['覆文', '复文', '覆照']) {
  test(`an exchange of notes headed 去文 and ${reply}: two notes`, () => {
    const source = '甲国外交部部长与乙国外交部部长关于延长某期限的换文\n去文\n敬爱的部长同志:\n兹提议将期限予以延长。\n' +
      '本照会和您的覆照即成为两国协定的组成部份。\n此照\n一九五二年九月十五日\n' +
      `${reply}\n敬爱的部长同志:\n接获您本年九月十五日照会,我同意上述提议。\n此照\n一九五二年九月十五日\n`;
    const outline = names(documentSymbols(textContext(source)));
    assert.deepEqual(outline.filter((n) => n === '去文' || n === reply), ['去文', reply]);
  });
}
// Not: a sentence ending with 复文 inside a paragraph (a comma before it): no note's head.
test('a line saying a reply was sent (…并已复文): no note\'s head', () => {
  const source = '甲国和乙国关于互免签证的换文\n(一)中方去文\n乙国驻华大使馆:\n兹建议互免签证。\n顺致最崇高的敬意。\n' +
    '外交部已于次日收到来照,并已复文\n二〇〇一年一月一日于北京\n';
  const outline = names(documentSymbols(textContext(source)));
  assert.ok(!outline.includes('外交部已于次日收到来照,并已复文'), outline.join(' | '));
});

// A law-style article's caption run into its text after a space, the text opening with the instrument's original as its
// subject (`第八十五条 作准文本 本公约之原本应送请联合国秘书长存放`): the caption; as `第八十三条 加入 本公约应…` was.
test('a caption before 本公约之原本应…: the article\'s caption', () => {
  const t = textContext('某公约\n\n第八十三条 加入 本公约应听由各国加入。\n\n第八十五条 作准文本 本公约之原本应送请联合国秘书长存放,其中文、英文文本同一作准。\n').treaty;
  assert.deepEqual(t.articles.map((a) => a.caption), ['加入', '作准文本']);
});
// Not: a subject of words spaced off before its verb (`第五条 双方 应当…`): no caption.
test('本公约 spaced off before 的原本以外: no caption', () => {
  const t = textContext('某公约\n\n第八十五条 作准文本之规定 本公约原件另行保存。\n').treaty;
  assert.equal(t.articles[0].caption, undefined);
});

// A page joining its lines into one, the annex after the signing clause run into its first point (`…订于维也纳。 附件 一、联合国
// 秘书长应制成…`): the annex is cut out as the heading `附件`, its points under it, no signatures.
const ONE_LINE = '|\n[接上页] 本公约须经批准。 第八十三条 加入 本公约应听由各国加入。 第八十四条 发生效力 一、本公约应于第三十五件批准书存放之日后第三十日起发生效力。 二、对于其他国家,本公约应于各该国存放批准书后第三十日起发生效力。 第八十五条 作准文本 本公约之原本应送请联合国秘书长存放。 ' +
  '为此,下列全权代表各秉本国政府正式授予签字之权,谨签字于本公约,以昭信守。 公历一千九百六十九年五月二十三日订于维也纳。 附件 一、联合国秘书长应制成并保持一和解员名单。 二、秘书长应将争端提交和解委员会: (甲)和解员一人;及 (乙)另一和解员一人。\n';
test('an annex run into its first point on a joined line: the heading 附件, no signatures', () => {
  const ctx = textContext(ONE_LINE);
  const outline = names(documentSymbols(ctx));
  assert.ok(outline.includes('附件'), outline.join(' | '));
  assert.ok(!outline.includes('签字'), outline.join(' | '));
  assert.deepEqual(ctx.treaty.articles.map((a) => [a.name, a.paragraphs.length]), [['第八十三条', 1], ['第八十四条', 2], ['第八十五条', 1]]);
});
// Not: 附件 inside a sentence on such a line (`…依照 附件 一、二所列…`, no sentence end before it): the article's text.
test('附件 after words of a sentence on a joined line: no annex', () => {
  const ctx = textContext('某公约\n\n第一条 总则 缔约国应依照 附件 一、二所列的规则行事。 第二条 生效 本公约自签字之日起生效。\n');
  const outline = names(documentSymbols(ctx));
  assert.ok(!outline.includes('附件'), outline.join(' | '));
  assert.deepEqual(ctx.treaty.articles.map((a) => a.name), ['第一条', '第二条']);
});

// A page opening inside a treaty divided into numbered parts (the 1959 consular treaty's last gazette page: `第二十四條…` /
// `四、最後條款` / `第二十五條…`): the part heading, numbered past one with no paragraph of article 24 leading up to it, is
// no paragraph of article 24; the articles after it stand under it.
const PARTS = '岸,或發生其他事故時,駐在國有關機關應將有關情況通知領事。\n\n第二十四條 本條約第二十二條的規定,對於飛機也同樣適用。\n\n四、最後條款\n\n' +
  '第二十五條 本條約須經批准,並且自互換批准書之日起生效。\n\n第二十六條 本條約將一直有效。\n\n本條約於一九五九年六月二十三日在北京簽訂,共兩份。\n';
test('a numbered part heading after an article with no numbered paragraph: no paragraph of it', () => {
  const ctx = textContext(PARTS);
  assert.deepEqual(ctx.treaty.articles.map((a) => [a.name, a.paragraphs.length]), [['第二十四条', 1], ['第二十五条', 1], ['第二十六条', 1]]);
  assert.ok(names(documentSymbols(ctx)).includes('四、最後條款'));
});
// Not: the next paragraph of an article numbering its own (`一、` `二、` `三、` then `四、其他` right before the next article).
test('a short paragraph numbered on from the article\'s own before the next article: its paragraph', () => {
  const t = textContext('# 甲国和乙国协定\n\n第二条 合作领域\n\n一、贸易。\n\n二、投资。\n\n三、旅游。\n\n四、其他领域\n\n第三条 本协定自签字之日起生效。\n').treaty;
  assert.deepEqual(t.articles.map((a) => [a.name, a.paragraphs.length]), [['第二条', 4], ['第三条', 1]]);
});

// A forum's copy keeping the page source's HTML around a heading (`<div align=center>第一章總則</div>`, the cross-strait ECFA
// on a forum's change history): the element's words are the line's, a chapter heading here.
const HTML_CHAPTERS = '海峽兩岸經濟合作架構協議\n\n雙方經協商,達成協議如下:\n\n<div align=center>第一章總則</div>\n\n第一條 目標\n\n本協議目標為加強合作。\n\n' +
  '<div align=center>第二章貿易與投資</div>\n\n第二條 貨品貿易\n\n雙方同意展開磋商。\n';
test('a chapter heading inside an HTML element: a chapter, its articles under it', () => {
  const t = textContext(HTML_CHAPTERS).treaty;
  assert.deepEqual(t.chapters.map((c) => [c.name, c.caption, t.articles.filter((a) => a.chapter === c).map((a) => a.name)]),
    [['第一章', '總則', ['第一条']], ['第二章', '貿易與投資', ['第二条']]]);
  assert.deepEqual(t.articles.map((a) => a.paragraphs.length), [1, 1]);
});
// Not: a line whose tags do not wrap it whole (`<b>第一章</b>總則<b>…</b>`), nor a tag left open: no chapter.
for (const line of ['<b>第一章</b>總則<b>附</b>', '<div align=center>第一章總則']) {
  test(`${line}: not a wrapped line`, () => {
    const t = textContext(HTML_CHAPTERS.replace('<div align=center>第一章總則</div>', line)).treaty;
    assert.deepEqual(t.chapters.map((c) => c.name), ['第二章']);
  });
}

// A short name for the instrument named in quotation marks after the verb concluding it (`透過簽署「海峽兩岸經濟合作架構協議」
// (以下簡稱本協議)`): the name is what it stands for, as a name in 《》 after 签署 is.
for (const [open, close] of [['「', '」'], ['“', '”'], ['《', '》']]) {
  test(`签署${open}…${close}(以下简称本协议): the name`, () => {
    const t = textContext(`海峽兩岸經濟合作架構協議\n\n雙方同意,透過簽署${open}海峽兩岸經濟合作架構協議${close}(以下簡稱本協議),增進雙方的貿易關係;經協商,達成協議如下:\n\n第一條 目標\n\n本協議目標為加強合作。\n`).treaty;
    assert.deepEqual(t.definitions.map((d) => [d.term, d.meaning]), [['本協議', `${open}海峽兩岸經濟合作架構協議${close}`]]);
  });
}

// The 1950s' short names of a text's languages (`每份均以中文、波文和俄文书就`, the 1954 China–Poland agreement; 捷文 for Czech):
// the signing clause's languages have their codes, as 波兰文 and 捷克文 have.
for (const [word, code] of [['波文', 'pl'], ['捷文', 'cs']]) {
  test(`${word} in a signing clause: ${code}`, () => {
    const t = textContext(`甲国和乙国技术合作协定\n\n第一条 双方合作。\n\n本协定于一九五四年七月二十日签订于华沙,共两份,每份均以中文、${word}和俄文书就,中文和${word}的条文均有同等效力。\n`).treaty;
    assert.deepEqual(t.signing?.languageCodes, ['zh', code, 'ru']);
  });
}
