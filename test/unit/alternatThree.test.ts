// The alternat of a trilateral instrument (features/export/alternat.ts, model/foreignParties.ts): three copies, each naming its
// party first wherever the text names the parties together — all three (`A、B和C`, `A, B и C`) or two of them (`A和C`) —, its
// language first among the parties' in the signing clause, its signature first; the other two in the agreed order. Texts written
// for these tests as the 1994 agreement of China, Russia and Mongolia on the junctions of their boundaries is written, and that
// agreement's two real texts (test/fixtures/multilingual/cn_ru_mn_junction_1994_preamble.*); each copy's words were written by
// reading the text, not by running the export. Four parties, each a state, a copy each too (session 63); two sides read as three
// names, two copies; parties not told apart, one copy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { signingCopies } from '../../server/src/features/export/alternat';
import { ROOT } from '../support/fixture';

const ZH = `# 中华人民共和国政府、俄罗斯联邦政府和蒙古国政府关于确定三国国界交界点的协定

中华人民共和国政府、俄罗斯联邦政府与蒙古国政府（以下简称“缔约三方”），达成协议如下：

## 第一条

中华人民共和国和蒙古国的国界与俄罗斯联邦和蒙古国的国界交于塔班博格达山。

## 第二条

本协定于一九九四年一月二十七日在乌兰巴托签订，一式三份，每份均用中文、俄文和蒙文写成，三种文本同等作准。

中华人民共和国政府代表
（签字）

俄罗斯联邦政府代表
（签字）

蒙古国政府代表
（签字）
`;

/** The lines of the Chinese text a copy changes, as each copy writes them (read, not run). */
const ZH_COPIES: Array<[string, string[]]> = [
  ['中华人民共和国政府', []],
  ['俄罗斯联邦政府', [
    '# 俄罗斯联邦政府、中华人民共和国政府和蒙古国政府关于确定三国国界交界点的协定',
    '俄罗斯联邦政府、中华人民共和国政府与蒙古国政府（以下简称“缔约三方”），达成协议如下：',
    // (China and Mongolia, Russia and Mongolia: in the order of Russia's copy already.)
    '中华人民共和国和蒙古国的国界与俄罗斯联邦和蒙古国的国界交于塔班博格达山。',
    '本协定于一九九四年一月二十七日在乌兰巴托签订，一式三份，每份均用俄文、中文和蒙文写成，三种文本同等作准。',
  ]],
  ['蒙古国政府', [
    '# 蒙古国政府、中华人民共和国政府和俄罗斯联邦政府关于确定三国国界交界点的协定',
    '蒙古国政府、中华人民共和国政府与俄罗斯联邦政府（以下简称“缔约三方”），达成协议如下：',
    '蒙古国和中华人民共和国的国界与蒙古国和俄罗斯联邦的国界交于塔班博格达山。',
    '本协定于一九九四年一月二十七日在乌兰巴托签订，一式三份，每份均用蒙文、中文和俄文写成，三种文本同等作准。',
  ]],
];

/** The signature block of each copy: its party's first, then the others in the agreed order. */
const ZH_SIGNATURES = ['中华人民共和国政府代表', '俄罗斯联邦政府代表', '蒙古国政府代表'];
const ZH_ORDER = [[0, 1, 2], [1, 0, 2], [2, 0, 1]];

test('alternat of three: a Chinese text, a copy each, its party first everywhere, the others in the agreed order', () => {
  const copies = signingCopies(ZH);
  assert.deepEqual(copies.map((c) => c.party), ZH_COPIES.map(([p]) => p));
  assert.equal(copies[0].text, ZH, "the first party's copy is the text as written");
  copies.forEach((c, i) => {
    const lines = c.text.split('\n');
    for (const want of ZH_COPIES[i][1]) assert.ok(lines.includes(want), `${c.party}'s copy: ${want}`);
    const block = lines.filter((l) => l.endsWith('代表'));
    assert.deepEqual(block, ZH_ORDER[i].map((k) => ZH_SIGNATURES[k]), `${c.party}'s signatures`);
    // The copy only reorders: the same characters, the same lines.
    const letters = (t: string) => [...t.replace(/\s+/g, '')].sort().join('');
    assert.equal(letters(c.text), letters(ZH));
    assert.equal(lines.length, ZH.split('\n').length);
  });
});

const EN = `# Agreement between the Government of the People's Republic of China, the Government of the Russian Federation and the Government of Mongolia on the Determination of the Junction Points of the State Boundaries of the Three States

The Government of the People's Republic of China, the Government of the Russian Federation and the Government of Mongolia, hereinafter referred to as "the Contracting Parties", have agreed as follows:

## Article 1

The Government of the People's Republic of China and the Government of Mongolia shall mark the western junction point jointly with the Government of the Russian Federation.

## Article 2

Done at Ulaanbaatar on 27 January 1994, in triplicate, in the Chinese, Russian, Mongolian and English languages, all texts being equally authentic.

For the Government of the People's Republic of China
(signed)

For the Government of the Russian Federation
(signed)

For the Government of Mongolia
(signed)
`;

const EN_COPIES: Array<[string, string[]]> = [
  ["Government of the People's Republic of China", []],
  ['Government of the Russian Federation', [
    "# Agreement between the Government of the Russian Federation, the Government of the People's Republic of China and the Government of Mongolia on the Determination of the Junction Points of the State Boundaries of the Three States",
    'The Government of the Russian Federation, the Government of the People\'s Republic of China and the Government of Mongolia, hereinafter referred to as "the Contracting Parties", have agreed as follows:',
    "The Government of the People's Republic of China and the Government of Mongolia shall mark the western junction point jointly with the Government of the Russian Federation.",
    'Done at Ulaanbaatar on 27 January 1994, in triplicate, in the Russian, Chinese, Mongolian and English languages, all texts being equally authentic.',
  ]],
  ['Government of Mongolia', [
    "# Agreement between the Government of Mongolia, the Government of the People's Republic of China and the Government of the Russian Federation on the Determination of the Junction Points of the State Boundaries of the Three States",
    'The Government of Mongolia, the Government of the People\'s Republic of China and the Government of the Russian Federation, hereinafter referred to as "the Contracting Parties", have agreed as follows:',
    // (Two of the three named together: the copy's party first, the article with the sentence's place.)
    "The Government of Mongolia and the Government of the People's Republic of China shall mark the western junction point jointly with the Government of the Russian Federation.",
    // (The parties' languages in the copy's order where they stood, English after them as written.)
    'Done at Ulaanbaatar on 27 January 1994, in triplicate, in the Mongolian, Chinese, Russian and English languages, all texts being equally authentic.',
  ]],
];
const EN_SIGNATURES = ["For the Government of the People's Republic of China", 'For the Government of the Russian Federation', 'For the Government of Mongolia'];

test('alternat of three: a text in another language, a copy each, named as its preamble names them', () => {
  const copies = signingCopies(EN);
  assert.deepEqual(copies.map((c) => c.party), EN_COPIES.map(([p]) => p));
  assert.equal(copies[0].text, EN);
  copies.forEach((c, i) => {
    const lines = c.text.split('\n');
    for (const want of EN_COPIES[i][1]) assert.ok(lines.includes(want), `${c.party}'s copy: ${want}`);
    assert.deepEqual(lines.filter((l) => l.startsWith('For ')), ZH_ORDER[i].map((k) => EN_SIGNATURES[k]), `${c.party}'s signatures`);
    const letters = (t: string) => [...t.replace(/\s+/g, '').toLowerCase()].sort().join('');
    assert.equal(letters(c.text), letters(EN));
  });
});

const real = (name: string) => readFileSync(join(ROOT, 'test/fixtures/multilingual', name), 'utf8');

test('alternat of three: the 1994 junction agreement, its Chinese and Russian texts (each naming its own party first)', () => {
  const zh = signingCopies(real('cn_ru_mn_junction_1994_preamble.zh.md'));
  assert.deepEqual(zh.map((c) => c.party), ['中华人民共和国政府', '俄罗斯联邦政府', '蒙古国政府']);
  const zhTitle = (t: string) => t.split('\n')[2];
  assert.equal(zhTitle(zh[1].text), '俄羅斯聯邦政府、中華人民共和國政府和蒙古國政府關於確定三國國界交界點的協定');
  assert.equal(zhTitle(zh[2].text), '蒙古國政府、中華人民共和國政府和俄羅斯聯邦政府關於確定三國國界交界點的協定');
  // The preamble's list (`與` before the last, as written); the instruments cited in 《》 as written.
  assert.ok(zh[2].text.includes('蒙古國政府、中華人民共和國政府與俄羅斯聯邦政府(以下簡稱締約三方)'));
  assert.ok(zh[2].text.includes('《中華人民共和國和蘇維埃社會主義共和國聯盟關於中蘇國界東段的協定》'));
  const ru = signingCopies(real('cn_ru_mn_junction_1994_preamble.ru.md'));
  // Named in the nominative, as the preamble names them after the database's record of adoption (the title's instrumental there).
  assert.deepEqual(ru.map((c) => c.party), ['Правительство Российской Федерации', 'Правительство Китайской Народной Республики', 'Правительство Монголии']);
  assert.ok(ru[1].text.includes('Соглашение между Правительством Китайской Народной Республики, Правительством Российской Федерации и Правительством Монголии об определении'));
  assert.ok(ru[2].text.includes('    Правительство Монголии, Правительство Российской Федерации и Правительство Китайской Народной Республики, далее именуемые'));
  // The record of adoption, the page's, names each on a line of its own: as written.
  assert.ok(ru[2].text.includes('Принято\nПравительством Российской Федерации\n27 января 1994 года,\nПравительством Китайской Народной Республики'));
});

const FOUR = `# 中华人民共和国、哈萨克斯坦共和国、吉尔吉斯共和国和俄罗斯联邦关于边境地区军事领域信任的协定

中华人民共和国、哈萨克斯坦共和国、吉尔吉斯共和国和俄罗斯联邦（以下简称“四方”），达成协议如下：

## 第一条

四方商定，中华人民共和国和俄罗斯联邦的边防部队相互通报情况。

## 第二条

本协定于一九九六年四月二十六日在上海签订，一式四份，每份均用中文和俄文写成，两种文本同等作准。

中华人民共和国代表
（签字）

哈萨克斯坦共和国代表
（签字）

吉尔吉斯共和国代表
（签字）

俄罗斯联邦代表
（签字）
`;

/** The lines of FOUR each copy changes, as each copy writes them (read, not run): the list of four, its separators in place; a pair. */
const FOUR_COPIES: Array<[string, string[]]> = [
  ['中华人民共和国', []],
  ['哈萨克斯坦共和国', [
    '# 哈萨克斯坦共和国、中华人民共和国、吉尔吉斯共和国和俄罗斯联邦关于边境地区军事领域信任的协定',
    '哈萨克斯坦共和国、中华人民共和国、吉尔吉斯共和国和俄罗斯联邦（以下简称“四方”），达成协议如下：',
    '四方商定，中华人民共和国和俄罗斯联邦的边防部队相互通报情况。',
  ]],
  ['吉尔吉斯共和国', [
    '# 吉尔吉斯共和国、中华人民共和国、哈萨克斯坦共和国和俄罗斯联邦关于边境地区军事领域信任的协定',
    '吉尔吉斯共和国、中华人民共和国、哈萨克斯坦共和国和俄罗斯联邦（以下简称“四方”），达成协议如下：',
    '四方商定，中华人民共和国和俄罗斯联邦的边防部队相互通报情况。',
  ]],
  ['俄罗斯联邦', [
    '# 俄罗斯联邦、中华人民共和国、哈萨克斯坦共和国和吉尔吉斯共和国关于边境地区军事领域信任的协定',
    '俄罗斯联邦、中华人民共和国、哈萨克斯坦共和国和吉尔吉斯共和国（以下简称“四方”），达成协议如下：',
    // (Two of the four named together: the copy's party first.)
    '四方商定，俄罗斯联邦和中华人民共和国的边防部队相互通报情况。',
  ]],
];
const FOUR_SIGNATURES = ['中华人民共和国代表', '哈萨克斯坦共和国代表', '吉尔吉斯共和国代表', '俄罗斯联邦代表'];
const FOUR_ORDER = [[0, 1, 2, 3], [1, 0, 2, 3], [2, 0, 1, 3], [3, 0, 1, 2]];

// Session 63: four parties, each a state of its own, get a copy each, as three do.
test('alternat of four: a copy each, its party first in every list of the parties and its signature first, the others in the agreed order', () => {
  const copies = signingCopies(FOUR);
  assert.deepEqual(copies.map((c) => c.party), FOUR_COPIES.map(([p]) => p));
  assert.equal(copies[0].text, FOUR);
  copies.forEach((c, i) => {
    const lines = c.text.split('\n');
    for (const want of FOUR_COPIES[i][1]) assert.ok(lines.includes(want), `${c.party}'s copy: ${want}`);
    assert.deepEqual(lines.filter((l) => l.endsWith('代表')), FOUR_ORDER[i].map((k) => FOUR_SIGNATURES[k]), `${c.party}'s signatures`);
    // (The languages the clause lists, China's and Russia's, in the copy's order of their parties: Russia's copy names 俄文 first;
    // the list names no language of Kazakhstan or Kyrgyzstan.)
    const languages = c.party === '俄罗斯联邦' ? '俄文和中文' : '中文和俄文';
    assert.ok(lines.includes(`本协定于一九九六年四月二十六日在上海签订，一式四份，每份均用${languages}写成，两种文本同等作准。`), `${c.party}'s signing clause`);
    const letters = (t: string) => [...t.replace(/\s+/g, '')].sort().join('');
    assert.equal(letters(c.text), letters(FOUR));
    assert.equal(lines.length, FOUR.split('\n').length);
  });
});

test('alternat: two sides read as three names (a name with 和 inside, under 双方) are two parties, a copy each, the name whole', () => {
  const sides = '# 中华人民共和国国家发展和改革委员会与巴西联邦共和国工业部谅解备忘录\n\n中华人民共和国国家发展和改革委员会与巴西联邦共和国工业部（以下简称“双方”），达成谅解如下：\n\n## 第一条\n\n双方开展合作。\n';
  const copies = signingCopies(sides);
  assert.deepEqual(copies.map((c) => c.party), ['中华人民共和国国家发展和改革委员会', '巴西联邦共和国工业部']);
  assert.equal(copies[1].text, '# 巴西联邦共和国工业部与中华人民共和国国家发展和改革委员会谅解备忘录\n\n巴西联邦共和国工业部与中华人民共和国国家发展和改革委员会（以下简称“双方”），达成谅解如下：\n\n## 第一条\n\n双方开展合作。\n');
});

test('alternat: one copy for parties not told apart — four names not each a state or made in one original, two sides read as three with no name cut to join, one party or none', () => {
  // (Four names, one of them no state's: `边防部队`.)
  const notStates = FOUR.replace(/俄罗斯联邦（以下简称/, '边防部队（以下简称');
  // (The armistice's commanders, under 双方: no state opens their names.)
  const commanders = '# 军事停战协定\n\n朝鲜人民军最高司令官、中国人民志愿军司令员和联合国军总司令（以下简称“双方”），达成协议如下：\n\n## 第一条\n\n双方停火。\n';
  // (The armistice as its title names the sides, `…一方與…另一方`: the piece after 与 a side of its own, no organ's end of a name cut.)
  const sidesNamed = commanders.replace('朝鲜人民军最高司令官、中国人民志愿军司令员和联合国军总司令', '朝鲜人民军最高司令官及中国人民志愿军司令员一方与联合国军总司令另一方');
  // (Four states made in one original, for a depositary: a multilateral treaty, one copy.)
  const oneOriginal = FOUR.replace('一式四份', '一式一份');
  const none = '# 关于口岸的协定\n\n## 第一条\n\n中华人民共和国和蒙古国商定。\n';
  for (const text of [notStates, commanders, sidesNamed, oneOriginal, none, '', '中华人民共和国和和\n']) assert.deepEqual(signingCopies(text).map((c) => c.party), [undefined], text.slice(0, 40));
  const en4 = "# Agreement between the Government of the People's Republic of China, the Government of the Republic of Kazakhstan, the Government of the Kyrgyz Republic and the Government of the Russian Federation on Confidence Building\n\nThe Parties have agreed as follows:\n\n## Article 1\n\nText.\n";
  assert.deepEqual(signingCopies(en4).map((c) => c.party), [undefined]);
});
