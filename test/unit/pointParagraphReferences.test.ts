// References to the points of a text of points alone (`1.` `2.`, no article: a declaration, a resolution), as the Doha
// Declaration on TRIPS (2001) writes them (test/fixtures/multilingual/wto_doha_trips_2001_para1-5): `根据以上第4款` in the
// Chinese text and `in the light of paragraph 4 above` in the English name point 4, where the point they are written in has
// no such paragraph. Cases are data: a text, the reference's words, and the unit it names (`null`: none), written by reading.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WorkspaceIndex } from '../../server/src/index/workspace';
import { referencesOf, resolveInTreaty } from '../../server/src/model/references';

const ZH = `关于公共卫生的宣言

1. 我们认识到公共卫生问题的严重性。
2. 我们强调需要采取行动。
3. 我们认识到知识产权保护的重要性。
4. 我们同意，该协定不应阻止成员采取保护公共卫生的措施。
5. 为此并根据以上第4款，我们认识到这些灵活性包括：
(a) 每一条款都应予以理解。
(b) 每一成员有权发放强制许可。
`;
const EN = `DECLARATION ON PUBLIC HEALTH

1. We recognize the gravity of the public health problems.

2. We stress the need for action.

3. We recognize that intellectual property protection is important.

4. We agree that the Agreement does not prevent Members from taking measures to protect public health.

5. Accordingly and in the light of paragraph 4 above, we recognize that these flexibilities include:

(a) Each provision shall be read in the light of its object.

(b) Each Member has the right to grant compulsory licences.
`;

const CASES: [string, string, string, string, string | null][] = [
  ['Chinese: `以上第4款` in point 5 (one paragraph) names point 4', 'd.zh.md', ZH, '第4款', '4.'],
  ['Chinese: `第9款`, a point the text lacks: read as before, a paragraph of the point it is in', 'd.zh.md', ZH.replace('以上第4款', '以上第9款'), '第9款', '5.'],
  ['Chinese: `第四款` after another instrument\'s article on its line (`《安排》第二十八条（经济和技术合作）第四款`, a CEPA work plan) is not point 4: read as before, a paragraph of the point it is in', 'd.zh.md', ZH.replace('3. 我们认识到知识产权保护的重要性。', '3. 根据《安排》第二十八条（经济和技术合作）第四款的规定，双方决定增补合作领域。'), '第四款', '3.'],
  ['English: `paragraph 4 above` names point 4', 'd.en.md', EN, 'paragraph 4', '4.'],
  ['English: `paragraph 9 above`, a point the text lacks: no reference', 'd.en.md', EN.replace('paragraph 4 above', 'paragraph 9 above'), 'paragraph 9', null],
  ['English: `paragraph 2 of Article 4` stays the article\'s paragraph (unit 4), not point 2', 'd.en.md', EN.replace('paragraph 4 above', 'paragraph 2 of Article 4'), 'paragraph 2', '4.'],
];

for (const [name, file, text, words, target] of CASES) {
  test(`point references: ${name}`, () => {
    const index = new WorkspaceIndex();
    index.set(`file:///ws/${file}`, text, 1, 'markdown');
    const t = index.model(index.get(`file:///ws/${file}`)!);
    const at = text.indexOf(words);
    const ref = referencesOf(t).find((r) => r.kind === 'article' && r.start <= at && at < r.end);
    const got = ref && ref.kind === 'article' ? resolveInTreaty(t, ref.target)?.article.name ?? null : null;
    assert.equal(got, target);
  });
}
