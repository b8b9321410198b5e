// The lexicon (server/src/syntax/words.ts) is the one table of states: a state's short form is
// read the same way in a short title (中美…), a short-form citation (中美联合公报) and its
// expansion; its language and capital come from the same row.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTreaty } from '../../server/src/model/treaty';
import { shortTitleOf } from '../../server/src/model/shortTitle';
import { capitalOf, languageOf } from '../../server/src/model/parties';
import { referencesOf, shortFormParts } from '../../server/src/model/references';
import { articleKey } from '../../server/src/model/treaty';

const citations = (text: string) =>
  referencesOf(buildTreaty(text)).flatMap((r) => (r.kind === 'citation' ? [{ title: r.citation.title, normalized: r.citation.normalized }] : []));

test('a short form means the same state in a short title and in a citation', () => {
  const title = '# 中华人民共和国和美利坚合众国联合公报\n\n中华人民共和国和美利坚合众国（以下简称“双方”）发表如下联合公报：\n\n一、双方同意。\n\n二、双方重申。\n';
  assert.deepEqual(
    { short: shortTitleOf(buildTreaty(title)), cited: citations('回顾中美联合公报。\n'), parts: shortFormParts('中美联合公报') },
    {
      short: '中美联合公报',
      cited: [{ title: '中美联合公报', normalized: '中华人民共和国和美利坚合众国联合公报' }],
      parts: { names: ['中华人民共和国', '美利坚合众国'], kind: '联合公报' },
    },
  );
});

test('日 and 土 shorten a title but are not read as short forms in running text (`9月29日中日联合声明`)', () => {
  const title = '# 中华人民共和国和日本国联合声明\n\n中华人民共和国和日本国（以下简称“双方”）声明如下：\n\n一、双方同意。\n\n二、双方重申。\n';
  assert.deepEqual(
    { short: shortTitleOf(buildTreaty(title)), cited: citations('1972年9月29日中日联合声明发表。\n') },
    { short: '中日联合声明', cited: [] },
  );
});

test('a state’s language and capital by how its name begins; 印度尼西亚 is not 印度', () => {
  const parties = ['哈萨克斯坦共和国国防部', '美利坚合众国政府', '印度共和国', '印度尼西亚共和国', '新加坡共和国'];
  assert.deepEqual(parties.map((p) => [languageOf(p), capitalOf(p)]), [
    ['哈文', '阿斯塔纳'], ['英文', undefined], ['印地文', undefined], [undefined, undefined], [undefined, undefined],
  ]);
});

test('the article key: number and sub-number', () => {
  assert.deepEqual([articleKey(10), articleKey(10, 1), articleKey(undefined)], ['10/', '10/1', 'undefined/']);
});
