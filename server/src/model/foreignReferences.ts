// References to articles in a treaty text in another language: `Article 5`, `Articles 5 and 6`,
// `Article 5(2)`, `Article 5(2)(a)`, `Articles 6 (b) and 7 (b)`, `paragraph 2 of Article 5`, `paragraph 2 of this Article`,
// `article 5 of this Agreement`, `статья 5`, `статьи 5 настоящего Соглашения`, `пункт 2 статьи 5`,
// `подпункт «а» пункта 2 статьи 5`, `пункт 2 настоящей статьи`, `l'article 5`, `paragraphe 2 de
// l'article 5`, `5-бабы`. An article of another instrument (`Article 5 of the Charter` in an
// agreement, `статьи 5 Устава`) is uncertain, never reported, and `elsewhere` (resolved in no
// document) unless the instrument is of this text's own kind (`of the Agreement` in an agreement). Self-references (`this Agreement`,
// `настоящего Соглашения`) are found too, and uses of defined terms (`Parties`, `Сторонами`).
// Found once per model; offsets are the user's.
import { foreignKind, parseRoman, SELF_WORDS } from '../syntax/foreign';
import { once } from '../syntax/memo';
import { isDecimal, parseNumeral } from '../syntax/numerals';
import { joinedRun } from '../syntax/runs';
import { Treaty, articleAt } from './treaty';
import { termForms } from './foreignDefinitions';

const NUM = '(\\d{1,4}|[IVXLC]{1,7})';
const SP = '[ \\t\\u00a0]{1,3}';
/** `Article 5`, `Articles 5, 6 and 7`, `Article 5(2)(a)`, `article 5 bis`. */
const enArticle = (NUM: string) => new RegExp(`(?<![\\p{L}])(?:(sub-?paragraphs?|subparagraphs?)${SP}\\(([a-z])\\)${SP}of${SP})?(?:(paragraphs?)${SP}(\\d{1,3})${SP}of${SP})?(?:(this${SP}Article)|(l'|the${SP})?(Articles?|articles?|ARTICLES?)${SP}${NUM}((?:[ \\t]?\\(\\d{1,3}\\))?(?:[ \\t]?\\([a-z]\\))?))`, 'dgu');
/** French: `paragraphe 2 de l'article 5`, `paragraphe 2 du présent article`, `l'article 5`, `articles 5 et 6`. */
const frArticle = (NUM: string) => new RegExp(`(?<![\\p{L}])(?:(paragraphes?|alinéas?)${SP}(\\d{1,3})${SP}(?:de${SP}l'|du${SP}(?=présent${SP}article)))?(?:(présent${SP}article)|(l'|les${SP})?(articles?|Articles?)${SP}${NUM}((?:\\(\\d{1,3}\\))?))`, 'dgu');
/** Russian: `подпункт «а» пункта 2 статьи 5`, `пункт 2 статьи 5`, `статья 5`, `пункт 2 настоящей статьи`. */
const ruArticle = (NUM: string) => new RegExp(`(?<![\\p{L}])(?:(подпункт\\p{L}{0,3})${SP}«?([а-я])»?(?:\\))?${SP})?(?:(пункт\\p{L}{0,3})${SP}(\\d{1,3})${SP})?(?:(настоящей${SP}стать\\p{L}{1,3})|([Сс]тат(?:ья|ьи|ье|ью|ьей|ьям|ьями|ьях|ей))${SP}${NUM})`, 'dgu');
/**
 * In a text whose articles are numbered by chapter (`Article 1.1: Establishment of a Free Trade Area`): `Article 2.3` is
 * article 3 of chapter 2 (numerals.ts DECIMAL_ARTICLE). Elsewhere `Article 5.2` is read as before, article 5.
 */
const DECIMAL_NUM = '(\\d{1,4}\\.\\d{1,3}(?!\\.?\\d)|\\d{1,4}(?!\\d|\\.\\d)|[IVXLC]{1,7})';
/**
 * The patterns, made at the first text in another language read: most texts checked are Chinese and read none, and a
 * pattern of `\p{L}` with the `u` flag costs ~0.5 M instructions to make (these ~7.8 M, valgrind) — paid at load by every
 * isolate of treaty-check (the main thread's, each check worker's) before.
 */
function makePatterns() {
  return {
    EN_ARTICLE: enArticle(NUM),
    FR_ARTICLE: frArticle(NUM),
    RU_ARTICLE: ruArticle(NUM),
    /** Kazakh and Kyrgyz: `5-бап`, `5-бабы`, `5-бабында`, `5-беренеси`. */
    KK_ARTICLE: /(?<![\p{L}\d])(\d{1,4})-(?:ба[пб]\p{L}{0,6}|берене\p{L}{0,6})/gu,
    /** Numbers listed after the first: `, 6 and 7`, ` и 6`, ` et 6`, ` to 9`. */
    MORE: /^(?:\s*,\s*|\s+(?:and|or|и|или|et|ou)\s+|\s*,\s*(?:and|и|et)\s+)(\d{1,4})(?!\p{L})((?:[ \t]?\(\d{1,3}\))?(?:[ \t]?\([a-z]\))?)/u,
    DECIMAL_PATTERNS: { en: enArticle(DECIMAL_NUM), fr: frArticle(DECIMAL_NUM), ru: ruArticle(DECIMAL_NUM) },
    DECIMAL_MORE: /^(?:\s*,\s*|\s+(?:and|or|и|или|et|ou)\s+|\s*,\s*(?:and|и|et)\s+)(\d{1,4}\.\d{1,3}(?!\.?\d)|\d{1,4}(?!\d|\.\d))(?!\p{L})((?:[ \t]?\(\d{1,3}\))?(?:[ \t]?\([a-z]\))?)/u,
    /**
     * In a text of points alone (`1.` `2.`, no article: a declaration, a resolution), `paragraph 4` (`paragraph 4 above`,
     * `paragraphe 4`, `пункт 4`) names point 4, as `第4款` does in its Chinese text (the Doha Declaration on TRIPS, 2001);
     * not `paragraph 2 of Article 5` (EN_ARTICLE's).
     */
    POINT_PARAGRAPH: /(?<![\p{L}])(?:paragraphs?|paragraphes?|пункт\p{L}{0,3})[ \t\u00a0]{1,3}(\d{1,3})(?![\d.]|[ \t\u00a0]*\(|[ \t\u00a0]+(?:of|de|du|des|стать|настоящ)(?!\p{L}))/gu,
    /** After an article: this instrument (`of this Agreement`, `настоящего Соглашения`) … */
    OF_THIS: /^(?:\s+(?:of|de)\s+(?:this|the\s+present|la\s+présente|le\s+présent|cet|cette)\s+\p{Lu}\p{L}+|\s+настоящ\p{L}{1,3}\s+\p{L}+)/u,
    /**
     * … or another one (`of the Charter`, `de la Convention`, `Устава`, `Договора о …`); not `Стороны` (`статьей 2 Стороны …`).
     * Groups: the word after `of the` (1), or the capitalised word right after (2).
     */
    OF_OTHER: /^(?:\s+(?:of|de|du)\s+(?:the\s+|la\s+|l')?(\p{Lu}\p{L}*)|\s+(?!Сторон)(\p{Lu}\p{Ll}+))/u,
  };
}
const referencePatterns = once(makePatterns);
const CYRILLIC_ITEMS = 'абвгдежзиклмнопрстуфхцчшщэюя';

/** An article of this text: its number, paragraph (1-based) and item (1-based). */
interface ArticleTarget {
  num: number;
  paragraph?: number;
  item?: number;
}
/** The references found here, in the shape of model/references.ts's `Reference` (which returns them). */
type ArticleRef = { kind: 'article'; start: number; end: number; labelStart: number; labelEnd: number; target: ArticleTarget; relative?: '本条'; uncertain?: true; elsewhere?: true };
export type ForeignReference = ArticleRef | { kind: 'self'; start: number; end: number } | { kind: 'term'; start: number; end: number; term: string; definition: number };

/** Every reference in a text in another language, in text order. */
export function findForeignReferences(treaty: Treaty): ForeignReference[] {
  const text = treaty.text;
  const out: ForeignReference[] = [];
  // A text told Kazakh or Kyrgyz by a few letters may be Russian naming places in them (`«Қорғас»`): read by the Russian words too.
  const cyrillic = treaty.language === 'kk' || treaty.language === 'ky';
  const decimal = treaty.articles.some((a) => a.num !== undefined && isDecimal(a.num));
  const { EN_ARTICLE, FR_ARTICLE, RU_ARTICLE, DECIMAL_PATTERNS, POINT_PARAGRAPH, KK_ARTICLE } = referencePatterns();
  const patterns = decimal ? DECIMAL_PATTERNS : { en: EN_ARTICLE, fr: FR_ARTICLE, ru: RU_ARTICLE };
  const pattern = treaty.language === 'ru' || cyrillic ? patterns.ru : treaty.language === 'fr' ? patterns.fr : treaty.language === 'en' ? patterns.en : undefined;
  const self = SELF_WORDS[cyrillic ? 'ru' : treaty.language];
  const noArticles = treaty.tree.unitStyle !== 'article';
  // Defined terms, longest first (`Contracting Parties` before `Parties`), each by its first definition.
  const terms: { re: RegExp; index: number }[] = [];
  const seen = new Set<string>();
  treaty.definitions
    .map((d) => d.term)
    .sort((a, b) => b.length - a.length)
    .forEach((term) => {
      if (seen.has(term)) return;
      seen.add(term);
      terms.push({ re: termForms(term), index: treaty.definitions.findIndex((d) => d.term === term) });
    });
  const definitionAt = new Set(treaty.definitions.map((d) => d.start));
  const lines = treaty.tree.lines;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.kind === 'blank' || line.kind === 'break') continue;
    // A hard line break inside a phrase (`…provided for in Articles` / `31 and 32, …`): the line is read
    // with the lines that continue it (syntax/runs.ts: over a page number too), joined by a space.
    const run = joinedRun(text, lines, i);
    if (!run) continue;
    i = run.last;
    const { s, at } = run;
    const refs: ForeignReference[] = [];
    const add = (r: ArticleRef) => {
      // The heading of an article is not a reference to it.
      if (line.label && r.labelStart <= line.label.start && r.labelEnd >= line.label.end) return;
      if (noArticles) r.uncertain = true;
      refs.push(r);
    };
    if (pattern) {
      pattern.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = pattern.exec(s))) read(treaty, s, at, m, add, decimal);
    }
    if (pattern && treaty.tree.unitStyle === 'paragraph') {
      POINT_PARAGRAPH.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = POINT_PARAGRAPH.exec(s))) {
        const num = Number(m[1]);
        const start = at(m.index);
        const end = at(m.index + m[0].length);
        if (treaty.articles.some((a) => a.num === num) && !refs.some((r) => r.start < end && start < r.end)) add({ kind: 'article', start, end, labelStart: start, labelEnd: end, target: { num } });
      }
    }
    if (cyrillic) {
      KK_ARTICLE.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = KK_ARTICLE.exec(s))) {
        const start = at(m.index);
        const end = at(m.index + m[0].length);
        add({ kind: 'article', start, end, labelStart: start, labelEnd: end, target: { num: Number(m[1]) } });
      }
    }
    // Uses of defined terms (not the definitions themselves), in their other forms too: `Party`, `Сторонами`.
    for (const { re, index } of terms) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(s))) {
        const start = at(m.index);
        const end = at(m.index + m[0].length);
        if (definitionAt.has(start) || inDefinition(treaty, start) || refs.some((r) => r.start < end && start < r.end)) continue;
        const exact = treaty.definitions.findIndex((d) => d.term === m![0]);
        refs.push({ kind: 'term', start, end, term: m[0], definition: exact >= 0 ? exact : index });
      }
    }
    if (self) {
      const re = new RegExp(self.source, self.flags);
      let m: RegExpExecArray | null;
      while ((m = re.exec(s))) {
        const start = at(m.index);
        if (!refs.some((r) => r.start <= start && start < r.end)) refs.push({ kind: 'self', start, end: at(m.index + m[0].length) });
      }
    }
    refs.sort((a, b) => a.start - b.start);
    for (const r of refs) out.push(r);
  }
  return out;
}

/** Inside a definition's clause or the phrase it defines (`the Hong Kong area (including Hong Kong Island, …)`): not a use of its term. */
function inDefinition(treaty: Treaty, at: number): boolean {
  return treaty.definitions.some((d) => (at >= d.clauseStart && at < d.clauseEnd) || (at >= d.meaningStart && at < d.meaningEnd));
}

/** Reads one match of the language's pattern into references (several for a list). */
function read(treaty: Treaty, s: string, at: (k: number) => number, m: RegExpExecArray, add: (r: ArticleRef) => void, decimal: boolean): void {
  const { OF_THIS, OF_OTHER, MORE, DECIMAL_MORE } = referencePatterns();
  const ru = treaty.language === 'ru' || treaty.language === 'kk' || treaty.language === 'ky';
  const fr = treaty.language === 'fr';
  // Groups: item word, item letter, paragraph word, paragraph number, `this Article`, article word, number, `(2)(a)`.
  const [itemLetter, paragraphNum, thisArticle, articleNum, tail] = ru
    ? [m[2], m[4], m[5], m[7], undefined]
    : fr
      ? [undefined, m[2], m[3], m[6], m[7]]
      : [m[2], m[4], m[5], m[8], m[9]];
  // The label names the article: `статьи 5` in `пункт 2 статьи 5`, `Article 5` in `paragraph 2 of Article 5(2)`, `this Article`.
  const [wordGroup, numGroup, thisGroup] = ru ? [6, 7, 5] : fr ? [5, 6, 3] : [7, 8, 5];
  const spans = m.indices!;
  const [labelFrom, labelTo] = thisArticle ? spans[thisGroup]! : [spans[wordGroup]![0], spans[numGroup]![1]];
  // Offsets in the joined line (`s`), mapped to the text's by `at` when a reference is made.
  const start = at(m.index);
  let end = m.index + m[0].length;
  let target: ArticleTarget;
  if (thisArticle) {
    const a = articleAt(treaty, start);
    if (!a || a.num === undefined || paragraphNum === undefined) return;
    target = { num: a.num };
  } else {
    const num = numberOf(articleNum!);
    if (num === undefined) return;
    target = { num };
  }
  let labelStart = at(labelFrom);
  const labelEnd = at(labelTo);
  // A label broken over a page number (`Articles` / `16` / `2`): its number alone is the label, so that an edit
  // of the label (renumbering) leaves the page number alone.
  if (!thisArticle && squeezed(treaty.text.slice(labelStart, labelEnd)) !== squeezed(s.slice(labelFrom, labelTo))) labelStart = at(spans[numGroup]![0]);
  if (paragraphNum !== undefined) target.paragraph = Number(paragraphNum);
  if (tail) {
    const units = subUnits(tail);
    if (units.paragraph !== undefined && target.paragraph === undefined) target.paragraph = units.paragraph;
    if (units.item !== undefined) target.item = units.item;
  }
  if (itemLetter !== undefined) {
    const i = ru ? CYRILLIC_ITEMS.indexOf(itemLetter) + 1 : itemLetter.charCodeAt(0) - 0x60;
    if (i > 0) target.item = i;
  }
  const after = s.slice(end, end + 80);
  let uncertain = false;
  let elsewhere = false;
  const own = OF_THIS.exec(after);
  const other = own || thisArticle ? null : OF_OTHER.exec(after);
  if (own) end += own[0].length;
  else if (other) {
    uncertain = true;
    // Another instrument's for sure: named after `of the` (`Article 102 of the Charter`, `of the Vienna Convention`, `of the
    // Basic Law`), or a kind of instrument right after (`статьи 5 Устава`) — not one of this text's own kind (`of the
    // Agreement` in an agreement, an annex naming its agreement's article), nor a capital starting the next sentence.
    const kind = foreignKind(other[1] ?? other[2]);
    elsewhere = kind !== treaty.kind && (other[1] !== undefined || kind !== undefined);
  }
  const first: ArticleRef = { kind: 'article', start, end: at(end), labelStart, labelEnd, target, ...(thisArticle ? { relative: '本条' as const } : {}), ...(uncertain ? { uncertain: true as const } : {}), ...(elsewhere ? { elsewhere: true as const } : {}) };
  add(first);
  // `Articles 5, 6 and 7`: each number a reference of its own.
  let next = m.index + m[0].length;
  for (let k = 0; k < 20 && !own; k++) {
    const more = (decimal ? DECIMAL_MORE : MORE).exec(s.slice(next, next + 40));
    if (!more) break;
    const numStart = next + more[0].length - more[2].length - more[1].length;
    const numLabelEnd = at(numStart + more[1].length);
    add({ kind: 'article', start: at(numStart), end: at(numStart + more[1].length + more[2].length), labelStart: at(numStart), labelEnd: numLabelEnd, target: { num: numberOf(more[1])!, ...subUnits(more[2]) }, ...(uncertain ? { uncertain: true as const } : {}), ...(elsewhere ? { elsewhere: true as const } : {}) });
    next += more[0].length;
  }
}

/** A text without its white space. */
const squeezed = (x: string) => x.replace(/\s+/g, '');

/** The units written after an article's number: `(2)(a)`, ` (b)` → paragraph 2, item 1 / item 2. */
function subUnits(tail: string): { paragraph?: number; item?: number } {
  const units = /^(?:[ \t]?\((\d{1,3})\))?(?:[ \t]?\(([a-z])\))?$/.exec(tail);
  return {
    ...(units?.[1] !== undefined ? { paragraph: Number(units[1]) } : {}),
    ...(units?.[2] !== undefined ? { item: units[2].charCodeAt(0) - 0x60 } : {}),
  };
}

function numberOf(raw: string): number | undefined {
  return /^\d+$/.test(raw) ? Number(raw) : /^\d+\.\d+$/.test(raw) ? parseNumeral(raw) : parseRoman(raw);
}
