// The readers of treaty texts in other languages, as whole readings with their spans ⟦…⟧:
// references to articles, self-references and uses of defined terms (model/foreignReferences.ts),
// defined terms with what they stand for and their clause (model/foreignDefinitions.ts), the
// signing clause's fields, the kind and self-reference of a text without a title, and article
// names (model/foreign.ts). Expected readings written by reading the texts and the patterns;
// they guard the mutants of those files (docs/mutation.md, “Runs of branch mutpar12”).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTreaty, Treaty } from '../../server/src/model/treaty';
import { findForeignReferences } from '../../server/src/model/foreignReferences';

const cut = (t: Treaty, start: number, end: number) => `⟦${t.text.slice(start, end)}⟧`;

/** Every reference of a text: `⟦written⟧ article 5¶2.1 label⟦Article 5⟧ 本条 ?` (¶ paragraph, `.` item, `?` uncertain), `⟦…⟧ self`, `⟦…⟧ term T`. */
function refs(text: string): string[] {
  const t = buildTreaty(text);
  return findForeignReferences(t).map((r) => {
    if (r.kind === 'self') return `${cut(t, r.start, r.end)} self`;
    if (r.kind === 'term') return `${cut(t, r.start, r.end)} term ${t.definitions[r.definition].term}`;
    const g = r.target;
    return `${cut(t, r.start, r.end)} article ${g.num}${g.paragraph !== undefined ? `¶${g.paragraph}` : ''}${g.item !== undefined ? `.${g.item}` : ''} label${cut(t, r.labelStart, r.labelEnd)}${r.relative ? ` ${r.relative}` : ''}${r.uncertain ? ' ?' : ''}`;
  });
}

const REFERENCES: [string, string, string[]][] = [
  ['English: lists, sub-units written after the number, a paragraph or sub-paragraph of an article, this Agreement, another instrument, Roman numerals, this Article',
    `# Agreement

The Government of A and the Government of B (hereinafter referred to as "the Parties"),

Article 1

Under Article 2, Articles 3, 4 and 5, Article 2(1)(a), Articles 2 (b) and 3 (b), paragraph 2 of Article 3 and subparagraph (b) of paragraph 1 of Article 2, each Party acts.

Also Article 5 of this Agreement, Article 6 of the Charter and article IV apply; paragraph 2 of this Article binds the Parties to this Agreement.

Article 2

Nothing.
`, [
      '⟦Article 2⟧ article 2 label⟦Article 2⟧',
      '⟦Articles 3⟧ article 3 label⟦Articles 3⟧',
      '⟦4⟧ article 4 label⟦4⟧',
      '⟦5⟧ article 5 label⟦5⟧',
      '⟦Article 2(1)(a)⟧ article 2¶1.1 label⟦Article 2⟧',
      '⟦Articles 2 (b)⟧ article 2.2 label⟦Articles 2⟧',
      '⟦3 (b)⟧ article 3.2 label⟦3⟧',
      '⟦paragraph 2 of Article 3⟧ article 3¶2 label⟦Article 3⟧',
      '⟦subparagraph (b) of paragraph 1 of Article 2⟧ article 2¶1.2 label⟦Article 2⟧',
      '⟦Party⟧ term Parties',
      '⟦Article 5 of this Agreement⟧ article 5 label⟦Article 5⟧',
      '⟦Article 6⟧ article 6 label⟦Article 6⟧ ?',
      '⟦article IV⟧ article 4 label⟦article IV⟧',
      '⟦paragraph 2 of this Article⟧ article 1¶2 label⟦this Article⟧ 本条',
      '⟦Parties⟧ term Parties',
      '⟦this Agreement⟧ self',
    ]],
  ['Russian: a sub-paragraph and paragraph of an article, this Agreement, another instrument, lists, this article; a capitalised Сторон… after the number is no other instrument',
    `# Соглашение

Правительство А и Правительство Б (далее — «Стороны»),

Статья 1

Согласно подпункту «б» пункта 2 статьи 2, статье 2 настоящего Соглашения и статьей 3 Устава, а также статьям 2 и 3 Стороны действуют; пункт 2 настоящей статьи применяется.

В соответствии со статьей 2 Стороны сотрудничают.

Статья 2

Ничего.
`, [
      '⟦подпункту «б» пункта 2 статьи 2⟧ article 2¶2.2 label⟦статьи 2⟧',
      '⟦статье 2 настоящего Соглашения⟧ article 2 label⟦статье 2⟧',
      '⟦статьей 3⟧ article 3 label⟦статьей 3⟧ ?',
      '⟦статьям 2⟧ article 2 label⟦статьям 2⟧',
      '⟦3⟧ article 3 label⟦3⟧',
      '⟦Стороны⟧ term Стороны',
      '⟦пункт 2 настоящей статьи⟧ article 1¶2 label⟦настоящей статьи⟧ 本条',
      '⟦статьей 2⟧ article 2 label⟦статьей 2⟧',
      '⟦Стороны⟧ term Стороны',
    ]],
  ['French: a paragraph of an article, lists, this article', `# Accord

Article premier

Conformément au paragraphe 2 de l'article 2, aux articles 2 et 3 et au paragraphe 1 du présent article, l'Accord s'applique.

Article 2

Rien.
`, [
    "⟦paragraphe 2 de l'article 2⟧ article 2¶2 label⟦article 2⟧",
    '⟦articles 2⟧ article 2 label⟦articles 2⟧',
    '⟦3⟧ article 3 label⟦3⟧',
    '⟦paragraphe 1 du présent article⟧ article 1¶1 label⟦présent article⟧ 本条',
  ]],
  ['Kazakh: 2-бабына', `1-бап\n\nОсы Келісімнің 2-бабына сәйкес Тараптар ынтымақтасады.\n\n2-бап\n\nТараптар ақпарат алмасады.\n`, [
    '⟦2-бабына⟧ article 2 label⟦2-бабына⟧',
  ]],
  ['a text without articles: every article reference uncertain', `# Joint Statement\n\n1. The two sides recall Article 3.\n\n2. They agree to meet.\n`, [
    '⟦Article 3⟧ article 3 label⟦Article 3⟧ ?',
  ]],
];

for (const [name, text, expected] of REFERENCES) {
  test(`foreign references: ${name}`, () => assert.deepEqual(refs(text), expected));
}
