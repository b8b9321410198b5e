// More readings of treaty texts in other languages (session 11): word ends after a letter outside
// ASCII (`le présent Traité`, `Communiqué`), Russian kinds in every case (`настоящей Декларацией`,
// `настоящим Протоколом`), a number of copies written `2-х`, doubled spaces in the clause on equally
// authentic texts, a short name defined inside a definition by meaning, and `(the "Contracting
// Parties")`. Every expected reading is written by reading the text: spans as ⟦written⟧.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTreaty, Treaty } from '../../server/src/model/treaty';
import { findForeignReferences } from '../../server/src/model/foreignReferences';
import { textContext } from '../../server/src/features/context';
import { definition } from '../../server/src/features/definition';

const cut = (t: Treaty, start: number, end: number) => `⟦${t.text.slice(start, end)}⟧`;

/**
 * What a text calls itself and every reference in it: `⟦…⟧ self`, `⟦…⟧ term T`, `⟦…⟧ article 5¶2.1 ?` (¶ paragraph, `.` item,
 * `?` uncertain, `?!` another instrument's for sure).
 */
function reading(text: string): { language: string | undefined; kind: string | undefined; selfRef: string; refs: string[] } {
  const t = buildTreaty(text);
  const refs = findForeignReferences(t).map((r) => {
    if (r.kind === 'self') return `${cut(t, r.start, r.end)} self`;
    if (r.kind === 'term') return `${cut(t, r.start, r.end)} term ${t.definitions[r.definition].term}`;
    const g = r.target;
    return `${cut(t, r.start, r.end)} ${r.kind} ${g.num}${g.paragraph !== undefined ? `¶${g.paragraph}` : ''}${g.item !== undefined ? `.${g.item}` : ''}${r.uncertain ? ' ?' : ''}${r.elsewhere ? '!' : ''}`;
  });
  return { language: t.tree.language, kind: t.kind, selfRef: t.selfRef, refs };
}

/** Every definition: `term⟦term⟧ = ⟦meaning⟧ in ⟦clause⟧`, `by meaning` for a term defined by what it means. */
function definitions(text: string): string[] {
  const t = buildTreaty(text);
  return t.definitions.map((d) => {
    assert.equal(d.meaning, t.text.slice(d.meaningStart, d.meaningEnd), `the meaning of ${d.term} is the text at its span`);
    return `${d.term}${cut(t, d.start, d.end)} = ${cut(t, d.meaningStart, d.meaningEnd)} in ${cut(t, d.clauseStart, d.clauseEnd)}${d.byMeaning ? ' by meaning' : ''}`;
  });
}

/** The signing clause's copies and equally authentic texts, each with what it was read from. */
function signing(text: string): { copies?: string; languages: string[]; authentic?: string } {
  const t = buildTreaty(text);
  const s = t.signing!;
  return {
    copies: s.copies !== undefined ? `${cut(t, s.copiesStart!, s.copiesEnd!)} ${s.copies}` : undefined,
    languages: s.languages,
    authentic: s.authentic !== undefined ? `${cut(t, s.authenticStart!, s.authenticEnd!)} ${s.authentic}` : undefined,
  };
}

// ——— 1. A word ends after é as after e: `\b` is an ASCII word boundary ———

test('French: le présent Traité is what the text calls itself, and its kind; « le Comité » is used after its definition (words ending in é)', () => {
  assert.deepEqual(reading(`Les Hautes Parties contractantes établissent une commission mixte (ci-après dénommée « le Comité »).

Article premier

Le présent Traité entre en vigueur à la date de l'échange des instruments de ratification; le Comité en suit l'application.

Article 2

Le présent Traité est conclu pour une durée de vingt ans.
`), {
    language: 'fr', kind: '条约', selfRef: 'Le présent Traité',
    refs: ['⟦Le présent Traité⟧ self', '⟦Comité⟧ term Comité', '⟦Le présent Traité⟧ self'],
  });
});

test('English: a title Communiqué is a communiqué, and this Communiqué names the text', () => {
  assert.deepEqual(reading(`# Communiqué

1. The two sides held talks in Beijing and agreed on the following.

2. This Communiqué shall be published.
`), { language: 'en', kind: '公报', selfRef: 'This Communiqué', refs: ['⟦This Communiqué⟧ self'] });
});

// ——— 2. Russian kinds in every case ———

test('Russian: the kinds in the genitive, dative and instrumental are self-references, each whole; the kind of a declaration', () => {
  assert.deepEqual(reading(`Статья 1

Стороны руководствуются настоящей Декларацией.

Статья 2

Положения настоящей Декларации применяются без ущерба для настоящего Соглашения и согласно настоящему Протоколу.
`), {
    language: 'ru', kind: '宣言', selfRef: 'настоящей Декларацией',
    refs: ['⟦настоящей Декларацией⟧ self', '⟦настоящей Декларации⟧ self', '⟦настоящего Соглашения⟧ self', '⟦настоящему Протоколу⟧ self'],
  });
  assert.deepEqual(reading(`Статья 1

Настоящим Протоколом, настоящим Договором, настоящей Конвенцией, настоящей Хартией, настоящим Меморандумом и настоящим Уставом Стороны вносят изменения в настоящую Декларацию и в настоящую Конвенцию.
`).refs, [
    '⟦Настоящим Протоколом⟧ self', '⟦настоящим Договором⟧ self', '⟦настоящей Конвенцией⟧ self', '⟦настоящей Хартией⟧ self',
    '⟦настоящим Меморандумом⟧ self', '⟦настоящим Уставом⟧ self', '⟦настоящую Декларацию⟧ self', '⟦настоящую Конвенцию⟧ self',
  ]);
});

test('Russian: a text without a title is the kind it names most, in any case (Конвенцией, Конвенции)', () => {
  const r = reading('Статья 1\n\nСтороны руководствуются настоящей Хартией и настоящей Конвенцией.\n\nСтатья 2\n\nНастоящая Конвенция вступает в силу.\n');
  assert.deepEqual({ kind: r.kind, selfRef: r.selfRef }, { kind: '公约', selfRef: 'настоящей Хартией' });
});

// ——— 3. Copies in digits with a case suffix ———

const RU_BODY = 'Статья 1\n\nСтороны сотрудничают.\n\n';
const SIGNATURES = '\n\nЗа Правительство А\n\nЗа Правительство Б\n';

test('Russian: в 2-х экземплярах is two copies, в 3-х подлинных экземплярах three', () => {
  assert.deepEqual(signing(`${RU_BODY}Совершено в г. Пекине 1 июня 2005 года в 2-х экземплярах, каждый на китайском и русском языках, причем оба текста имеют одинаковую силу.${SIGNATURES}`), {
    copies: '⟦в 2-х экземпляр⟧ 2', languages: ['китайском', 'русском'], authentic: '⟦оба текста имеют одинаковую силу⟧ 2',
  });
  assert.deepEqual(signing(`${RU_BODY}Совершено в г. Астане 5 июля 2005 года в 3-х подлинных экземплярах, каждый на китайском, казахском и русском языках, причем все тексты имеют одинаковую силу.${SIGNATURES}`), {
    copies: '⟦в 3-х подлинных экземпляр⟧ 3', languages: ['китайском', 'казахском', 'русском'], authentic: '⟦все тексты имеют одинаковую силу⟧ 3',
  });
});

// ——— 4. Doubled spaces in the clause on equally authentic texts ———

test('a doubled space inside the equally authentic clause: French tous  les textes, English both  texts', () => {
  assert.deepEqual(signing(`Article premier\n\nLes Parties coopèrent.\n\nFait à Genève, le 3 mars 2003, en trois exemplaires, en langues chinoise, anglaise et française, tous  les textes faisant également foi.\n\nPour A\n\nPour B\n`), {
    copies: '⟦en trois exemplaires⟧ 3', languages: ['chinoise', 'anglaise', 'française'], authentic: '⟦tous  les textes faisant également foi⟧ 3',
  });
  assert.deepEqual(signing(`Article 1\n\nThe Parties shall cooperate.\n\nDone at Beijing on 5 July 1996, in  duplicate, in the Chinese and English languages, both  texts being  equally authentic.\n\nFor A\n\nFor B\n`), {
    copies: '⟦in  duplicate⟧ 2', languages: ['Chinese', 'English'], authentic: '⟦both  texts being  equally authentic⟧ 2',
  });
});

// `both equally authentic` without `texts` (`…in the Chinese and English languages, both equally authentic.`): the two texts, as
// `both texts being equally authentic` says (model/foreign.ts AUTHENTIC); a word that counts nothing (`the following`) says none.
test('English: both equally authentic, without texts, is two authentic texts', () => {
  assert.deepEqual(signing(`Article 1\n\nThe Parties shall cooperate.\n\nDone at Beijing on 5 July 1996, in duplicate, in the Chinese and English languages, both equally authentic.\n\nFor A\n\nFor B\n`), {
    copies: '⟦in duplicate⟧ 2', languages: ['Chinese', 'English'], authentic: '⟦both equally authentic⟧ 2',
  });
});

// ——— 5. A short name defined inside a definition by meaning ———

test('English: "Fund" means … (hereinafter "IFAD"): both stand for the Fund\'s name, neither for the other\'s clause', () => {
  assert.deepEqual(definitions(`# Agreement

Article 1

For the purposes of this Agreement:
(a) "Fund" means the International Fund for Agricultural Development (hereinafter "IFAD");
(b) "Member" means a State which is a member of the Fund.

Article 2

IFAD shall act through its Members.
`), [
    'Fund⟦Fund⟧ = ⟦the International Fund for Agricultural Development⟧ in ⟦"Fund" means ⟧ by meaning',
    'IFAD⟦IFAD⟧ = ⟦the International Fund for Agricultural Development⟧ in ⟦(hereinafter "IFAD")⟧',
    'Member⟦Member⟧ = ⟦a State which is a member of the Fund⟧ in ⟦"Member" means ⟧ by meaning',
  ]);
});

// ——— 6. An article and a quoted name in brackets ———

test('English: (the "Contracting Parties") defines Contracting Parties as the phrase before the brackets; its uses are found', () => {
  const text = `# Agreement

The Government of the People's Republic of China and the Government of the Republic of Singapore (the "Contracting Parties"),

Desiring to promote cooperation (the "Programme" of 1990 included),

Article 1

The Contracting Parties shall cooperate.
`;
  assert.deepEqual(definitions(text), [
    'Contracting Parties⟦Contracting Parties⟧ = ⟦The Government of the People\'s Republic of China and the Government of the Republic of Singapore⟧ in ⟦(the "Contracting Parties")⟧',
  ]);
  assert.deepEqual(reading(text).refs, ['⟦Contracting Parties⟧ term Contracting Parties']);
});

// ——— Cases for the survivors of the mutation runs (docs/mutation.md, “Runs of branch s11foreign”) ———

test('Kyrgyz: 2-беренесине is a reference to article 2', () => {
  assert.deepEqual(reading(`1-берене

Ушул Макулдашуунун 2-беренесине ылайык Тараптар өз ара кызматташат жана маалымат алмашуу үчүн күч-аракет көрөт.

2-берене

Тараптар өз ара жардам көрсөтүшөт.
`), { language: 'ky', kind: undefined, selfRef: '', refs: ['⟦2-беренесине⟧ article 2'] });
});

test('English: an article\'s caption naming another article refers to it; the heading\'s own label does not', () => {
  assert.deepEqual(reading(`# Agreement

Article 1

The Parties cooperate.

Article 2. Exceptions to Article 1

Nothing in Article 1 applies to the sea.
`).refs, ['⟦Article 1⟧ article 1', '⟦Article 1⟧ article 1']);
});

test('English: a term used before its definition is a use; the phrase a term stands for may start with it; a self-reference before a term; two-digit numbers', () => {
  assert.deepEqual(reading(`# Agreement

Noting that the Member States met in 1990,

Member States of the Organization (hereinafter "the Member States") and the Secretariat agree:

Article 1

This Agreement binds the Member States under Article 12 and Article 2(10).
`).refs, [
    '⟦Member States⟧ term Member States',
    '⟦This Agreement⟧ self',
    '⟦Member States⟧ term Member States',
    '⟦Article 12⟧ article 12',
    '⟦Article 2(10)⟧ article 2¶10',
  ]);
});

test('English: "both texts" with no languages named are two authentic texts', () => {
  assert.deepEqual(signing(`Article 1\n\nThe Parties shall cooperate.\n\nDone at Beijing on 1 March 2010 in duplicate, both texts being equally authentic.\n\nFor A\n\nFor B\n`), {
    copies: '⟦in duplicate⟧ 2', languages: [], authentic: '⟦both texts being equally authentic⟧ 2',
  });
});

test('Russian: a signing clause broken over lines (a PDF\'s lines) is read whole, its text joined with spaces', () => {
  const text = `${RU_BODY}Совершено в г. Москве 16 июля 2001 года в двух\nэкземплярах, каждый на китайском и русском языках, причем оба текста имеют\nодинаковую силу.${SIGNATURES}`;
  assert.deepEqual({ text: buildTreaty(text).signing!.text, ...signing(text) }, {
    text: 'Совершено в г. Москве 16 июля 2001 года в двух экземплярах, каждый на китайском и русском языках, причем оба текста имеют одинаковую силу.',
    copies: '⟦в двух\nэкземпляр⟧ 2', languages: ['китайском', 'русском'], authentic: '⟦оба текста имеют\nодинаковую силу⟧ 2',
  });
});

test('English short names: unquoted right after the bracket; inside brackets holding brackets of their own; the phrase stops at a bracket left open; a bracket closing later is no part of the clause; hereinafter as an adverb defines nothing', () => {
  assert.deepEqual(definitions(`# Agreement

The Hong Kong Special Administrative Region (hereinafter referred to as Hong Kong) and the Government of A agree:

The Hong Kong area (including Hong Kong Island, Kowloon (with New Kowloon) and the New Territories, hereinafter referred to as the Area) is covered.

The parties (the Bank of A (hereinafter "the Bank") and the Fund of B) agree.

The International Fund (hereinafter referred to as "the Fund", established in 1977) shall act as provided hereinafter.
`), [
    'Hong Kong⟦Hong Kong⟧ = ⟦The Hong Kong Special Administrative Region⟧ in ⟦(hereinafter referred to as Hong Kong)⟧',
    'Area⟦Area⟧ = ⟦The Hong Kong area⟧ in ⟦(including Hong Kong Island, Kowloon (with New Kowloon) and the New Territories, hereinafter referred to as the Area)⟧',
    'Bank⟦Bank⟧ = ⟦the Bank of A⟧ in ⟦(hereinafter "the Bank")⟧',
    'Fund⟦Fund⟧ = ⟦The International Fund⟧ in ⟦(hereinafter referred to as "the Fund"⟧',
  ]);
});

test('French definitions by meaning: a space before the semicolon (French typography) is no part of the meaning; s\'entend d\', désigne', () => {
  assert.deepEqual(definitions(`# Accord

Article premier

Aux fins du présent Accord :
a) « Partie » s'entend d'un État lié par le présent Accord ;
b) « territoire » désigne le territoire terrestre et la mer territoriale.
`), [
    "Partie⟦Partie⟧ = ⟦un État lié par le présent Accord⟧ in ⟦« Partie » s'entend d'⟧ by meaning",
    'territoire⟦territoire⟧ = ⟦le territoire terrestre et la mer territoriale⟧ in ⟦« territoire » désigne ⟧ by meaning',
  ]);
});

test('Russian with place names in Kazakh or Kyrgyz letters («Қорғас», «Өзгөн») is Russian — a few such letters among many are names, not the language — and its references, self-references and kind are read', () => {
  assert.deepEqual(reading(`Статья 1

Стороны открывают пункты пропуска «Қорғас» и «Бақты» в соответствии со статьей 2 настоящего Соглашения.

Статья 2

Настоящее Соглашение вступает в силу.
`), {
    language: 'ru', kind: '协定', selfRef: 'настоящего Соглашения',
    refs: ['⟦статьей 2 настоящего Соглашения⟧ article 2', '⟦Настоящее Соглашение⟧ self'],
  });
  assert.deepEqual(reading(`Статья 1

Стороны открывают пункты пропуска «Төрүгарт» и «Өзгөн» согласно статье 2 настоящего Соглашения.

Статья 2

Настоящее Соглашение вступает в силу.
`), {
    language: 'ru', kind: '协定', selfRef: 'настоящего Соглашения',
    refs: ['⟦статье 2 настоящего Соглашения⟧ article 2', '⟦Настоящее Соглашение⟧ self'],
  });
});

// Branch h12model (sample H, foreignReferences.ts:121 `false` for `treaty.language === 'kk'`): a text
// with as many Kazakh (or Kyrgyz) letters as to be told Kazakh (Kyrgyz) — one in 25 — still has its
// references read in Russian words, paragraph and article each in its place.
test('a text told Kazakh or Kyrgyz by its place names: its Russian references read as Russian', () => {
  const body = (places: string) => `Статья 1\n\nПункты пропуска ${places} действуют согласно пункту 2 статьи 2.\n\nСтатья 2\n\n1. Стороны сотрудничают.\n\n2. Стороны встречаются.\n`;
  assert.deepEqual(reading(body('«Қорғас», «Бақты» и «Нұр-Сұлтан»')), {
    language: 'kk', kind: undefined, selfRef: '', refs: ['⟦пункту 2 статьи 2⟧ article 2¶2'],
  });
  assert.deepEqual(reading(body('«Төрүгарт», «Өзгөн» и «Көк-Жар»')), {
    language: 'ky', kind: undefined, selfRef: '', refs: ['⟦пункту 2 статьи 2⟧ article 2¶2'],
  });
});

test('English: a short name inside a meaning (it stays whole), one after a meaning ended by `;`, one before a meaning on its line; a colon inside a scale is no end', () => {
  assert.deepEqual(definitions(`# Agreement

Article 1

(a) "Fund" means the International Fund (hereinafter "IFAD") established in Rome;
(b) "loan" means a sum lent by the Fund; the Bank of A (hereinafter "the Bank") lends it.
(c) The Bank of B (hereinafter "the Second Bank") agrees that "grant" means a gift of the Bank.
(d) "map" means the map at a scale of 1:100 000 annexed to this Agreement;
`), [
    'Fund⟦Fund⟧ = ⟦the International Fund (hereinafter "IFAD") established in Rome⟧ in ⟦"Fund" means ⟧ by meaning',
    'IFAD⟦IFAD⟧ = ⟦the International Fund⟧ in ⟦(hereinafter "IFAD")⟧',
    'loan⟦loan⟧ = ⟦a sum lent by the Fund⟧ in ⟦"loan" means ⟧ by meaning',
    'Bank⟦Bank⟧ = ⟦the Bank of A⟧ in ⟦(hereinafter "the Bank")⟧',
    'Second Bank⟦Second Bank⟧ = ⟦The Bank of B⟧ in ⟦(hereinafter "the Second Bank")⟧',
    'grant⟦grant⟧ = ⟦a gift of the Bank⟧ in ⟦"grant" means ⟧ by meaning',
    'map⟦map⟧ = ⟦the map at a scale of 1:100 000 annexed to this Agreement⟧ in ⟦"map" means ⟧ by meaning',
  ]);
});

// ——— Another instrument's article, named after it: in no article of this text ———

test('English and Russian: an article of another instrument named after it (of the Charter, Устава) is none of this text\'s; of this text\'s own kind, or a capital starting a sentence, only uncertain', () => {
  const en = `# Agreement between A and B

## Article 1

In conformity with Article 2 of the Charter of the United Nations and article 5 of the Vienna Convention, and Article 2 of the Agreement.

## Article 2

As Article 1 provides. Article 1 The Parties agree.
`;
  assert.deepEqual(reading(en).refs, ['⟦Article 2⟧ article 2 ?!', '⟦article 5⟧ article 5 ?!', '⟦Article 2⟧ article 2 ?', '⟦Article 1⟧ article 1', '⟦Article 1⟧ article 1 ?']);
  // Go to Definition on `Article 2 of the Charter` goes to no article of this agreement (it has an Article 2).
  const ctx = textContext(en);
  const at = en.indexOf('Article 2 of the Charter') + 9;
  assert.deepEqual(definition(ctx, at), []);
  assert.equal(definition(ctx, en.indexOf('Article 2 of the Agreement') + 9).length, 1);
  const ru = `# Соглашение между А и Б

## Статья 1

В соответствии со статьей 2 Устава Организации Объединенных Наций и статьей 2 Соглашения о торговле.

## Статья 2

Текст.
`;
  assert.deepEqual(reading(ru).refs, ['⟦статьей 2⟧ article 2 ?!', '⟦статьей 2⟧ article 2 ?']);
});
