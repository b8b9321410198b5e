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
  const parties = ['哈萨克斯坦共和国国防部', '美利坚合众国政府', '印度共和国', '印度尼西亚共和国', '新加坡共和国', '大不列颠及北爱尔兰联合王国'];
  assert.deepEqual(parties.map((p) => [languageOf(p), capitalOf(p)]), [
    ['哈文', '阿斯塔纳'], ['英文', undefined], ['印地文', '新德里'], ['印度尼西亚文', '雅加达'], ['英文', '新加坡'], ['英文', undefined],
  ]);
});

test('neighbours, SCO and ASEAN states: the language their texts are written in and the capital (`用中文和朝鲜文写成`)', () => {
  const parties = ['越南社会主义共和国政府', '老挝人民民主共和国政府', '缅甸联邦共和国', '蒙古国政府', '朝鲜民主主义人民共和国政府', '大韩民国政府', '日本国政府',
    '巴基斯坦伊斯兰共和国', '阿富汗伊斯兰共和国', '尼泊尔', '不丹王国', '柬埔寨王国政府', '泰王国政府', '白俄罗斯共和国', '乌克兰', '土耳其共和国', '土库曼斯坦'];
  assert.deepEqual(parties.map((p) => [languageOf(p), capitalOf(p)]), [
    ['越南文', '河内'], ['老挝文', '万象'], ['缅甸文', '内比都'], ['蒙文', '乌兰巴托'], ['朝鲜文', '平壤'], ['韩文', '首尔'], ['日文', undefined],
    ['乌尔都文', '伊斯兰堡'], ['普什图文', '喀布尔'], ['尼泊尔文', '加德满都'], ['宗卡文', '廷布'], ['柬埔寨文', '金边'], ['泰文', '曼谷'],
    ['白俄罗斯文', '明斯克'], ['乌克兰文', '基辅'], ['土耳其文', '安卡拉'], ['土文', '阿什哈巴德'],
  ]);
});

test('a party’s state is the one whose longest name it begins with: a state’s row, not the first that matches', () => {
  const parties = ['阿拉伯联合酋长国', '阿拉伯国家联盟', '沙特阿拉伯王国', '墨西哥合众国', '澳大利亚联邦', '白俄罗斯共和国', '俄罗斯联邦', '美国', '意大利共和国', '甲国'];
  assert.deepEqual(parties.map((p) => [languageOf(p), capitalOf(p)]), [
    ['阿拉伯文', undefined], ['阿拉伯文', undefined], ['阿拉伯文', undefined], ['西班牙文', undefined], ['英文', undefined], ['白俄罗斯文', '明斯克'],
    ['俄文', '莫斯科'], ['英文', undefined], [undefined, undefined], [undefined, undefined],
  ]);
});

test('short forms of the neighbours: 中老, 中缅, 中柬, 中泰, 中白 joint statements are cited by them; 中新, 中尼 (two states each) are not', () => {
  assert.deepEqual(
    ['中老联合声明', '中缅联合声明', '中柬联合公报', '中泰联合声明', '中白联合声明', '中新联合声明', '中尼联合声明'].map((s) => shortFormParts(s)?.names[1]),
    ['老挝人民民主共和国', '缅甸联邦共和国', '柬埔寨王国', '泰王国', '白俄罗斯共和国', undefined, undefined],
  );
});

test('the article key: number and sub-number', () => {
  assert.deepEqual([articleKey(10), articleKey(10, 1), articleKey(undefined)], ['10/', '10/1', 'undefined/']);
});
