// A Chinese instrument printed with its English on the same page (a law database's bilingual view: each English
// clause followed by its Chinese, the English title above the Chinese one) is a Chinese text with its translation,
// though its Latin letters outnumber its Chinese characters: a Chinese title line naming a kind of instrument, a
// database's status after it apart (`[现行有效]`), and a line of Chinese text after it. An English page quoting one
// Chinese title, or Chinese names here and there, stays English. Expected readings written from the texts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textLanguage } from '../../server/src/syntax/language';
import { buildTreaty } from '../../server/src/model/treaty';
import { endingKind, withoutRemarks } from '../../server/src/syntax/words';

const MENU = 'Font Size:  A A A Search Window English 中文 = 简体  繁体\n  Favorite   DownLoad   Print\n';
const EN_TITLE = 'Agreement on Trade in Goods between the Government of the Republic of A and the Government of the Republic of B [Effective]\n';
const ZH_TITLE = '甲国政府和乙国政府货物贸易协定 [现行有效]\n';
const EN_CLAUSE = 'The Government of the Republic of A and the Government of the Republic of B (hereinafter referred to as "the Parties"), desiring to strengthen their economic relations and to promote trade in goods on the basis of equality and mutual benefit, have agreed as follows: ';
const ZH_CLAUSE = '甲国政府和乙国政府(以下简称“双方”),愿意加强两国的经济关系,在平等互利的基础上促进货物贸易,达成协议如下:\n';
const EN_ONLY = 'Article 1\nThe Parties shall promote trade in goods between the two countries, and shall take all measures necessary to that end.\nArticle 2\nThis Agreement shall enter into force on the date of its signature and shall remain in force for five years.\n';

const CASES: [label: string, text: string, language: string, title?: string, kind?: string][] = [
  ['a bilingual view: English title, Chinese title with its status, each clause in English then Chinese (ASCII marks)',
    MENU + EN_TITLE + ZH_TITLE + '\n' + EN_CLAUSE + ZH_CLAUSE + EN_ONLY, 'zh', '甲国政府和乙国政府货物贸易协定', '协定'],
  ['the Chinese clause on its own line, full-width marks',
    EN_TITLE + ZH_TITLE + '\n' + EN_CLAUSE + '\n甲国政府和乙国政府（以下简称“双方”），愿意加强两国的经济关系，在平等互利的基础上促进货物贸易，达成协议如下：\n' + EN_ONLY, 'zh', '甲国政府和乙国政府货物贸易协定', '协定'],
  ['a Russian page with the Chinese title and clauses',
    'Соглашение между Правительством Республики А и Правительством Республики Б о торговле товарами, заключенное в целях развития сотрудничества и взаимной торговли\n' + ZH_TITLE + 'Правительство Республики А и Правительство Республики Б, далее именуемые Сторонами, желая укрепить экономические отношения и содействовать торговле товарами на основе равенства и взаимной выгоды, согласились о нижеследующем: ' + ZH_CLAUSE, 'zh', '甲国政府和乙国政府货物贸易协定', '协定'],
  // English pages.
  ['an English page quoting the Chinese title alone', EN_TITLE + ZH_TITLE + '\n' + EN_CLAUSE + '\n' + EN_ONLY, 'en'],
  ['an English page with the Chinese title and Chinese names, no Chinese sentence',
    EN_TITLE + ZH_TITLE + '\nThe Parties (甲国, 乙国) agree that the ports of 甲港 and 乙港, and the cities of 北京 and 上海, are open to trade.\n' + EN_ONLY, 'en'],
  ['a Chinese sentence quoted in an English page without a Chinese title', EN_TITLE + '\n' + EN_CLAUSE + ZH_CLAUSE + EN_ONLY, 'en'],
  ['a Chinese line naming no kind of instrument over a Chinese sentence', EN_TITLE + '甲国政府和乙国政府货物贸易 [现行有效]\n' + EN_CLAUSE + ZH_CLAUSE + EN_ONLY, 'en'],
  ['a Chinese title only after forty lines of English', 'Line of the site\n'.repeat(40) + ZH_TITLE + EN_CLAUSE + ZH_CLAUSE + EN_ONLY, 'en'],
];

for (const [label, text, language, title, kind] of CASES) {
  test(`bilingual page: ${label} → ${language}`, () => {
    assert.equal(textLanguage(text), language);
    const t = buildTreaty(text);
    assert.equal(t.language, language);
    if (title !== undefined) assert.equal(t.title?.text, title);
    if (kind !== undefined) assert.equal(t.kind, kind);
  });
}

test('bilingual page: the bilingual view reads the defined parties', () => {
  const t = buildTreaty(MENU + EN_TITLE + ZH_TITLE + '\n' + EN_CLAUSE + ZH_CLAUSE + EN_ONLY);
  assert.deepEqual(t.definitions.map((d) => [d.term, d.meaning]), [['双方', '甲国政府和乙国政府']]);
});

// A law database's status after the title (`[现行有效]`, `【已失效】`) is no part of its name: the kind is the one before it.
const REMARKS: [words: string, bare: string, kind: string | undefined][] = [
  ['甲乙货物贸易协定[现行有效]', '甲乙货物贸易协定', '协定'],
  ['甲乙货物贸易协定【已失效】', '甲乙货物贸易协定', '协定'],
  ['甲乙货物贸易协定（草案）[现行有效]', '甲乙货物贸易协定', '协定'],
  ['甲乙货物贸易协定[附件]', '甲乙货物贸易协定[附件]', undefined],
];
for (const [words, bare, kind] of REMARKS) {
  test(`bilingual page: withoutRemarks(${words}) = ${bare}, kind ${kind}`, () => {
    assert.equal(withoutRemarks(words), bare);
    assert.equal(endingKind(words), kind);
  });
}
