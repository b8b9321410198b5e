// Cases for survivors of samples F and G (docs/mutation.md, “Samples F and G”) that were gaps or
// bugs: the readers of texts in other languages, numbers in words, and the file a bare name resolves
// to. Each names the place it guards. Whole readings as data, spans ⟦…⟧, written by reading the
// texts (branch g12refs; the other Chinese cases went into referencesBite, renumberBite,
// signingBite and partiesBite beside their kind).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTreaty } from '../../server/src/model/treaty';
import { numbersRead } from '../support/numbers';
import { contextOf } from '../../server/src/features/context';
import { resolve } from '../../server/src/features/resolve';
import { referencesOf } from '../../server/src/model/references';
import { workspace } from '../support/workspace';
import { cut, foreignRefs as refs } from '../support/foreignRefs';

// model/foreignReferences.ts MORE: a list with a serial comma (`, and 5`), its comma right after
// the number and a space after it; every number of the list is an article.
test('foreign references: a list of articles with a serial comma, "Articles 3, 4, and 5"', () => {
  const text = '# Agreement\n\nArticle 1\n\nUnder Articles 3, 4, and 5, each State acts.\n\nArticle 2\n\nNothing.\n';
  assert.deepEqual(refs(text), [
    '⟦Articles 3⟧ article 3 label⟦Articles 3⟧',
    '⟦4⟧ article 4 label⟦4⟧',
    '⟦5⟧ article 5 label⟦5⟧',
  ]);
});

// model/foreignDefinitions.ts termForms: a term whose last word has a y inside, not at its end
// (`System`), is used as written and in the plural (`Systems`); only a word ending in y takes -ies.
test('foreign references: uses of a term with a y inside its last word, "System" and "Systems"', () => {
  const text = '# Agreement\n\nThe Parties shall set up a joint information system (hereinafter referred to as "the System").\n\nArticle 1\n\nThe System shall be linked to other Systems.\n';
  assert.deepEqual(refs(text), [
    '⟦System⟧ term System',
    '⟦Systems⟧ term System',
  ]);
});

/** The signing clause's languages, their codes and the authentic texts, as foreignBite reads them. */
function languages(text: string): object | undefined {
  const t = buildTreaty(text);
  const s = t.signing;
  if (!s) return undefined;
  return {
    place: s.place, languages: s.languages, languageCodes: s.languageCodes,
    authentic: s.authentic !== undefined ? `${cut(t, s.authenticStart!, s.authenticEnd!)} ${s.authentic}` : undefined,
  };
}

// model/foreign.ts LANGUAGES_FR: a list of languages broken over two lines of a CRLF file (`anglaise`
// / `et française`): the break before `et` is two characters of white space.
test('foreign signing clause: French languages listed over a CRLF line break, all three read', () => {
  const text = ['Article premier', '', 'Les Parties coopèrent.', '',
    'Fait à Genève, le 3 mars 2003, en trois exemplaires, en langues chinoise, anglaise', 'et française, tous les textes faisant également foi.', '',
    'Pour la première Partie', '', 'Pour la seconde Partie', ''].join('\r\n');
  assert.deepEqual(languages(text), {
    place: 'Genève', languages: ['chinoise', 'anglaise', 'française'], languageCodes: ['zh', 'en', 'fr'],
    authentic: '⟦tous les textes faisant également foi⟧ 3',
  });
});

// model/quantities.ts boundaryAfter (sample F's quantities.ts:386 `i >= at + 30`, listed as an
// equivalent boundary; it is not: it skips the loop, and the stretch read around a number then ends
// exactly 120 characters after its first digit, cutting the word there). `thousands` is no number, wherever it
// falls after `30 days`: cut to `thousand` it read as 1000.
test('numbers: a word after a number is never cut where the stretch read around the number ends ("thousands" is no 1000)', () => {
  // The places named put `thousands` 117 to 128 characters into the sentence; the stretch read around `30` ends at 128 (villages: `thousand`).
  for (const places of ['towns', 'cities', 'regions', 'villages', 'provinces', 'communities', 'municipalities', 'border districts']) {
    const text = `Within 30 days the Parties shall inform the public of the measures taken, and shall hold meetings in the ${places} where thousands of people live.`;
    assert.deepEqual(numbersRead(text, 'en'), ['30 days=30 day'], places);
  }
});

/** The article references of a workspace's a.md, each as written → what it resolves to, in which file. */
function articleTargets(source: string): string[] {
  const ws = workspace(source);
  const ctx = contextOf(ws.index, ws.snapshot(ws.file('a.md')));
  return referencesOf(ctx.treaty).filter((r) => r.kind === 'article').map((r) => {
    const t = resolve(ctx, r);
    return `${ctx.treaty.text.slice(r.start, r.end)} → ${t?.kind} ${t && 'snapshot' in t ? t.snapshot.uri.replace(/.*\//, '') : ''}`;
  });
}

// features/resolve.ts bareNameTarget (sample G's resolve.ts:249 `>=`, listed as equivalent: "ties keep
// the first"; the first of the files in the order they were opened). Two versions of one law, in
// files of the same title: a name written bare (刑法第二条) names the same file as the title in
// brackets (《中华人民共和国刑法》第二条), the first by URI, whichever was opened first.
test('a bare name and the title in brackets, of a law kept in two files, name the same file in either opening order', () => {
  const law = (version: string) => `# 中华人民共和国刑法\n\n第一条　甲${version}。\n\n第二条　乙${version}。\n`;
  const citing = '%! a.md\n# 甲国和乙国司法协助条约\n\n## 第一条\n\n依照刑法第二条和《中华人民共和国刑法》第二条。\n';
  for (const [first, second] of [['b.md', 'c.md'], ['c.md', 'b.md']]) {
    assert.deepEqual(articleTargets(`${citing}%! ${first}\n${law(first)}%! ${second}\n${law(second)}`), ['第二条 → article b.md', '《中华人民共和国刑法》第二条 → article b.md'], `${first} opened first`);
  }
});

// … and of files whose titles end the name at different lengths, the longest ending, whichever
// file sorts or was opened first (劳动合同法 is not 合同法).
test('a bare name names the file whose title is its longest ending, in either opening order', () => {
  const law = (title: string) => `# ${title}\n\n第一条　甲。\n\n第二条　乙。\n`;
  const files: Record<string, string> = { 'b.md': law('中华人民共和国合同法'), 'c.md': law('中华人民共和国劳动合同法') };
  for (const order of [['b.md', 'c.md'], ['c.md', 'b.md']]) {
    assert.deepEqual(articleTargets(`%! a.md\n# 甲国和乙国劳务合作协定\n\n## 第一条\n\n依照劳动合同法第二条。\n${order.map((f) => `%! ${f}\n${files[f]}`).join('')}`), ['第二条 → article c.md'], `${order[0]} opened first`);
  }
});
