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
