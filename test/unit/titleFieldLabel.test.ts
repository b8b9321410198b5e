// A database's field label in square brackets before a title ("The World and Japan" database's pages, GRIPS/Tokyo:
// `[Title] Treaty of Friendship and Alliance between …`, test/fixtures/multilingual/cn_su_alliance_1945_art1-2.en.md; its
// Chinese pages `[文件名称] …`): the label is no part of the title. Cases are data: a text and its title and kind, by reading.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WorkspaceIndex } from '../../server/src/index/workspace';

const EN_BODY = '\n\n[Date] August 14, 1945\n[Full text]\n\nArticle 1 The High Contracting Parties undertake to prosecute the war.\n\nArticle 2 The High Contracting Parties undertake not to enter into separate negotiations.\n';
const ZH_BODY = '\n日本和美利坚合众国，\n决定缔结一项共同合作和安全条约，\n因此协议如下：\n第一条\n缔约国保证用和平方法解决任何国际争端。\n第二条\n缔约国将对进一步发展和平和友好的国际关系作出贡献。\n';

const CASES: [string, string, string, string | undefined, string | undefined][] = [
  ['English: `[Title] Treaty of …`', 't.en.md', '[Title] Treaty of Friendship and Alliance between the Republic of China and the Union of Soviet Socialist Republics' + EN_BODY, 'Treaty of Friendship and Alliance between the Republic of China and the Union of Soviet Socialist Republics', '条约'],
  ['Chinese: `[文件名称] …条约`', 't.zh.md', '[文件名称] 日本和美利坚合众国共同合作和安全条约' + ZH_BODY, '日本和美利坚合众国共同合作和安全条约', '条约'],
  ['another word in brackets stays the title\'s (`[Draft] …`)', 't.en.md', '[Draft] Treaty of Friendship between Utopia and Atlantis' + EN_BODY, '[Draft] Treaty of Friendship between Utopia and Atlantis', '条约'],
];

for (const [name, file, text, title, kind] of CASES) {
  test(`title field label: ${name}`, () => {
    const index = new WorkspaceIndex();
    index.set(`file:///ws/${file}`, text, 1, 'markdown');
    const t = index.model(index.get(`file:///ws/${file}`)!);
    assert.deepEqual([t.title?.text, t.kind], [title, kind]);
  });
}
