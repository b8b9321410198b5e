// A list under a chapeau written with bullets — markdown's `- ` and `* `, a page's `• `, a word processor's
// `· ` and `● ` — enumerates the paragraph's items (项), unnumbered: `双方鼓励在下列领域开展合作：` / `- 文化和艺术；`
// / `- 教育和体育；` is one paragraph with two items, not three paragraphs. A page that bullets every line (a
// database's bilingual view, real fixture agreement_cn_jp_social_security_2018_bilingual.md) reads as it did:
// there the lead is a bullet too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTreaty } from '../../server/src/model/treaty';
import { textContext } from '../../server/src/features/context';
import { diagnostics } from '../../server/src/features/diagnostics';

const treaty = (list: string) => `# 中华人民共和国政府和甲国政府文化合作协定

中华人民共和国政府和甲国政府（以下简称“双方”），达成协议如下：

## 第一条

双方鼓励在下列领域开展合作：

${list}

## 第二条

双方就第一条所列领域制定执行计划。

## 第三条

本协定自签字之日起生效，有效期五年。

本协定于2001年7月16日在北京签订，一式两份，每份均用中文和甲文写成，两种文本同等作准。
`;

/** The items of each paragraph of article 1. */
const shape = (text: string) => buildTreaty(text).articles[0].paragraphs.map((p) => p.items.length);

for (const [name, list] of [
  ['markdown dashes', '- 文化和艺术；\n- 教育和体育；\n- 新闻和出版。'],
  ['markdown stars, a loose list', '* 文化和艺术；\n\n* 教育和体育；\n\n* 新闻和出版。'],
  ["a page's bullets", '• 文化和艺术；\n• 教育和体育；\n• 新闻和出版。'],
  ["a word processor's middle dots", '·\t文化和艺术；\n·\t教育和体育；\n·\t新闻和出版。'],
  ["a word processor's black circles, glued", '●文化和艺术；\n●教育和体育；\n●新闻和出版。'],
] as const) {
  test(`bullets under a chapeau are its items: ${name}`, () => {
    const text = treaty(list);
    assert.deepEqual(shape(text), [3]);
    assert.deepEqual(diagnostics(textContext(text)).map((d) => d.code), []);
  });
}

test('an entry wrapped over two lines is one item; a sub-list indented under an entry is its sub-items', () => {
  assert.deepEqual(shape(treaty('- 文化和艺术，包括\n  音乐和戏剧；\n- 教育：\n  - 高等教育；\n  - 职业教育。')), [2]);
  const t = buildTreaty(treaty('- 文化和艺术；\n- 教育：\n  - 高等教育；\n  - 职业教育。'));
  assert.deepEqual(t.articles[0].paragraphs[0].items.map((i) => i.items.length), [0, 2]);
});

test('bullets after a sentence that is no chapeau, or under a lead that is a bullet itself, read as before', () => {
  // No lead ending with a colon: each bullet its paragraph, as today.
  assert.deepEqual(shape(treaty('- 双方开展文化合作。\n\n- 双方开展教育合作。').replace('双方鼓励在下列领域开展合作：\n\n', '')), [0, 0]);
  // Every line a bullet (a database's view): the lead is one too.
  assert.deepEqual(shape(treaty('- 文化和艺术；\n\n- 教育和体育。').replace('双方鼓励在下列领域开展合作：', '- 双方鼓励在下列领域开展合作：')), [0, 0, 0]);
});
