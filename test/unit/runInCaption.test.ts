// A caption running into the text of a one-line article, as pages give law-style articles of a
// treaty (`第二条 合作领域 双方在…`): a short name, white space, then the article's sentence opening with
// its subject and verb. The name is the article's caption; the article's text is still its paragraph.
// Expected readings written by reading the text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTreaty } from '../../server/src/model/treaty';

test('run-in captions: a short name before the article\'s sentence on its line is the caption', () => {
  const text = '中华人民共和国政府和甲国政府经济合作协定\n\n中华人民共和国政府和甲国政府（以下简称“双方”），达成协议如下：\n\n' +
    '第一条 宗旨 双方在平等互利的基础上发展经济合作。\n\n第二条 合作领域 双方在贸易、投资和技术领域开展合作。\n\n第三条　生效　本协定自签字之日起生效。\n\n' +
    '第四条 本协定有效期五年。\n\n第五条 双方 应当定期磋商。\n\n第六条 缔约双方 同意设立混合委员会。\n';
  const t = buildTreaty(text);
  // 第四条 has no name before its sentence; in 第五条 and 第六条 the words before the space are the sentence's subject, not a name.
  assert.deepEqual(t.articles.map((a) => [a.name, a.caption]), [
    ['第一条', '宗旨'], ['第二条', '合作领域'], ['第三条', '生效'], ['第四条', undefined], ['第五条', undefined], ['第六条', undefined],
  ]);
  // The article's text is its one paragraph, as before.
  assert.deepEqual(t.articles.map((a) => a.paragraphs.length), [1, 1, 1, 1, 1, 1]);
});

test('run-in captions: a draft law\'s caption in brackets before the article\'s text is the caption', () => {
  // Drafts published for comment caption each article in brackets glued to the label and the text (`第一条【立法目的】为了…`,
  // `第一条(立法目的)为了…`); a bracket that is the text's own (a number, a remark with punctuation) is no caption.
  const text = '甲市社会信用条例（征求意见稿）\n\n第一章 总则\n\n' +
    '第一条【立法目的】为了规范社会信用管理，制定本条例。\n\n第一条之一【領(lǐng)導(dǎo)機構(gòu)】設(shè)立市信用工作領(lǐng)導(dǎo)機構(gòu)。\n\n第二条(社会信用界定)本条例所称社会信用，是指信用主体履行义务的状态。\n\n' +
    '第三条（适用范围）本市行政区域内的社会信用活动，适用本条例。\n\n第四条 （一）项所列事项，由市人民政府规定。\n\n' +
    '第五条（2018年修订）本条例自公布之日起施行。\n\n第六条（十一）项所列事项，适用前款规定。\n';
  const t = buildTreaty(text);
  assert.deepEqual(t.articles.map((a) => [a.name, a.caption]), [
    ['第一条', '立法目的'], ['第一条之一', '領(lǐng)導(dǎo)機構(gòu)'], ['第二条', '社会信用界定'], ['第三条', '适用范围'], ['第四条', undefined], ['第五条', undefined], ['第六条', undefined],
  ]);
  assert.deepEqual(t.articles.map((a) => a.paragraphs.length), [1, 1, 1, 1, 1, 1, 1]);
});

test('run-in captions: the name is two to twelve ideographs or 、, read as folded, before white space', () => {
  // What is read before the line is cut out and folded (model/treaty.ts wordsSpacedOff) must agree with the
  // pattern read after: twelve characters are a name, thirteen none; one none; a traditional name is one (read
  // folded, given as written); an invisible character a copy left between the name and the sentence is white space.
  const text = '中华人民共和国政府和甲国政府经济合作协定\n\n中华人民共和国政府和甲国政府（以下简称“双方”），达成协议如下：\n\n' +
    '第一条 经济合作领域、方式和范围 双方在贸易、投资和技术领域开展合作。\n\n' +
    '第二条 经济合作的领域、方式和范围 双方在贸易、投资和技术领域开展合作。\n\n' +
    '第三条 合 双方在贸易、投资和技术领域开展合作。\n\n' +
    '第四条 合作 双方在贸易、投资和技术领域开展合作。\n\n' +
    '第五条 合作領域 雙方在貿易、投資和技術領域開展合作。\n\n' +
    '第六条 合作领域\u200b双方在贸易、投资和技术领域开展合作。\n\n' +
    '第七条 合作领域，双方在贸易、投资和技术领域开展合作。\n';
  const t = buildTreaty(text);
  assert.deepEqual(t.articles.map((a) => [a.name, a.caption]), [
    ['第一条', '经济合作领域、方式和范围'], ['第二条', undefined], ['第三条', undefined], ['第四条', '合作'], ['第五条', '合作領域'], ['第六条', '合作领域'], ['第七条', undefined],
  ]);
});
