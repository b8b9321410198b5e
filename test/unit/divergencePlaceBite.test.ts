// Where align.reference is reported (features/divergence.ts, references): a reference that
// differs is reported in the paragraph where it differs, not on a later one citing the same
// article. Found by alignEdits on world_heritage_1972 (第6條: 第11條 changed to 第1條 in paragraph 2
// was reported on paragraph 3's 第1條, which agrees with the English). Written by reading the texts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings } from '../support/divergence';

const ZH = `# 甲乙协定

## 第一条

双方合作。

## 第二条

双方交流。

## 第三条

一、第一条和第二条所述合作应予加强。

二、依照第一条规定开展交流。

三、第一条和第二条的规定同样适用。
`;

const EN = `# Agreement

## Article 1

The Parties cooperate.

## Article 2

The Parties exchange.

## Article 3

1. The cooperation referred to in Articles 1 and 2 shall be strengthened.

2. Exchanges shall be conducted in accordance with Article 2.

3. The provisions of Articles 1 and 2 apply likewise.
`;

test('divergence align.reference: reported in the paragraph whose reference differs, on both sides', () => {
  assert.deepEqual(findings(ZH, EN), {
    zh: ['15 align.reference ⟦第一条⟧ “第一条”所指条款与英文本Article 3中的引用（Articles 1, 2, Article 2, Articles 1, 2）不对应 → Article 3 13:34⟦Articles 1⟧'],
    en: ['15 align.reference ⟦Article 2⟧ “Article 2”所指条款与中文本第三条中的引用（第一条, 第二条, 第一条, 第一条, 第二条）不对应 → 第三条 13:2⟦第一条⟧'],
  });
});
